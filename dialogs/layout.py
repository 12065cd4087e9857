"""Thai typed with the English keyboard layout on by mistake, read as the Thai meant.

On a computer the layout is switched by a key, and a Thai word typed before switching
comes out as Latin letters and signs: "l;ylfu8jt" is สวัสดีค่ะ, "pbopv," ยินยอม,
"w,j,u9y'8N" ไม่มีตังค์ on the Kedmanee layout (dev103: the consent asked twice, a
province answered so asked again). A run of such keys is read as Thai only when it can
be nothing else: it holds a key that is no letter inside a word (; , ' [ ] a digit...),
it is no web address, e-mail, number or English word with a mark after it, and what it
spells is known Thai words throughout, four letters or more ("ok," spells นาม, a word,
and stays English). A run glued to Thai ("ไม่มีเงินd]y[[hko") is read on its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pythainlp.corpus import thai_words, tnc
from pythainlp.tokenize import word_tokenize
from pythainlp.util import eng_to_thai

__all__ = ["layout_decoded", "warm"]

# a run of keys: no space, no Thai; at least one letter and one key that is no letter
_RUN = re.compile(r"[!-~]+")
_LETTER = re.compile(r"[A-Za-z]")
# a key that is a Thai letter on the layout but no letter in English, inside the run or
# ending it (";", "'", ",", "[", "]", a digit, "=" ...): "pbopv," ends so, "itpv'" too
_THAI_KEY = re.compile(r"[;',.\[\]\\/=\-0-9]")
# what is plainly not Thai: an address, a mail, a tag, a mention, a time, an amount
_NOT_THAI = re.compile(r"://|www\.|@|#|\.(?:com|net|org|co|th|ly|gl)\b|^\d+(?:[.,:/-]\d+)*"
                       r"(?:[ap]m|km|kg|th|st|nd|rd|k|b|x)?$", re.IGNORECASE)
# shaped as English words are, letters then a mark ("ok,", "walk,", "it's"): read only when
# they spell one word ("pbopv," ยินยอม, "itpv'" ระยอง), never two ("walk," spells ไฟสาม)
_ENGLISH_SHAPE = re.compile(r"^[A-Za-z]+(?:'[a-z]{1,2})?[.,;:'!?]*$")
# ...and never three letters shaped as an English syllable, a letter, a vowel and a letter,
# a name more likely ("mew," spells ทำไม, "gib," เริม, "gai," เฟรม, "mik," ทราม)
_SYLLABLE = re.compile(r"^[a-z][aeiou][a-z][.,;:'!?]?$", re.IGNORECASE)
_MIN_LETTERS = 4  # Thai letters spelt: "ok," is นาม, three, and stays
# times the Thai National Corpus meets a word for it to be read: a dictionary word met 100
# times, or one of two letters met 5,000 times (ไม่, มี, ค่ะ; never the pieces "dev60," spells,
# กำอุจม)
_COMMON, _COMMON_SHORT = 100, 5000
_LONG = 4  # ...or a dictionary word of four letters or more, however rare ("มีเงิน")
_PARTICLES = frozenset({"ค่ะ", "คะ", "ครับ", "นะ", "จ้ะ", "จ้า", "ค่า", "คับ"})
# marks that never begin a Thai word (vowels written after or over a consonant, tones)
_NO_START = frozenset("ะัาำิีึืุู็่้๊๋์ํฺๅ")


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    """Thai words of everyday use (loaded on the first run of keys that may be Thai)."""
    words = thai_words()
    return frozenset(w for w, n in tnc.word_freqs() if n >= _COMMON_SHORT or (
        n >= _COMMON and len(w) > 2 and w in words)) | _PARTICLES


def _common_words(spelt: str, most: int) -> bool:
    """Whether `spelt` is everyday Thai words from start to end, `most` of them at most."""
    if spelt[0] in _NO_START or sum("ก" <= c <= "ฮ" for c in spelt) < 2:
        return False
    tokens = word_tokenize(spelt, engine="newmm", keep_whitespace=False)
    common, words = _common(), thai_words()
    return 0 < len(tokens) <= most and all(
        (t in common and len(t) > 1) or (len(t) >= _LONG and t in words) for t in tokens)


# short English replies joined by marks ("ok,ok", "ok/no", "go,ok"): English, never Thai
_REPLY = r"(?:ok|okay|no|yes|go|hi|thx|thanks|sorry|pls|please)"
_REPLIES = re.compile(_REPLY + r"(?:[,./;'-]+" + _REPLY + r")+[,./;'!?]*", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _spelt(run: str) -> str | None:
    """The Thai the run of keys spells, or None when it is not Thai typed so."""
    if not _LETTER.search(run) or not _THAI_KEY.search(run) or _NOT_THAI.search(run) or (
            _REPLIES.fullmatch(run)):
        return None
    spelt = eng_to_thai(run)
    english = _ENGLISH_SHAPE.match(run) is not None
    if len(spelt) < _MIN_LETTERS or _SYLLABLE.match(run) or not _common_words(
            spelt, 1 if english else len(spelt)):
        return None
    return spelt


def layout_decoded(text: str) -> str:
    """`text` with each run typed with the English layout for Thai spelt in Thai."""
    if not _THAI_KEY.search(text):
        return text
    return _RUN.sub(lambda m: _spelt(m.group()) or m.group(), text)


def warm() -> None:
    """Load the everyday words now (at start-up), not on a person's message."""
    _common()
