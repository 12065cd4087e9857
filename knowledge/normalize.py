"""Normalise everyday Thai chat text into comparable tokens.

Steps: zero-width characters out, lower case, Thai digits to Arabic,
PyThaiNLP `normalize`, runs of a repeated character shortened, laughter
(555) and punctuation dropped, newmm tokenisation with a domain dictionary
(PyThaiNLP's word list without its rare compounds and fragments, see
split_words.txt and the lexicon's `not_words`), polite particles dropped,
slang / dialect / abbreviations mapped to standard words, and the result
segmented once more as standard Thai. PyThaiNLP's `thai_stopwords` are
deliberately kept: they hold words such as ขอ, กลับ and เกิด that carry meaning
here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import dict_trie, normalize, thai_digit_to_arabic_digit

from knowledge.schema import Lexicon

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_REPEATS = re.compile(r"([^\d])\1{2,}")
_LAUGH = re.compile(r"(?<!\d)5{3,}(?!\d)")
_NOT_WORD = re.compile(r"[^0-9a-z\u0e01-\u0e4f\u0e5a\u0e5b]+")
_MAI_YAMOK = "\u0e46"
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_THAI_WORD = re.compile("[\u0e01-\u0e45\u0e47-\u0e4e]+")  # Thai letters, no ๆ


def clean(text: str) -> str:
    """Character-level clean-up, before tokenisation."""
    text = _ZERO_WIDTH.sub("", text).lower()
    text = thai_digit_to_arabic_digit(text)
    text = normalize(text)
    text = _REPEATS.sub(r"\1", text)
    text = _LAUGH.sub(" ", text)
    text = text.replace(_MAI_YAMOK, " ")
    return _NOT_WORD.sub(" ", text).strip()


SPLIT_WORDS_FILE = Path(__file__).with_name("split_words.txt")


def split_words_from_corpus(rare: int = 5, common: int = 50) -> list[str]:
    """Compounds of PyThaiNLP's word list that the Thai National Corpus hardly
    knows (fewer than `rare` times) although they split into everyday words (of
    two letters or more, each seen `common` times or more, or such a compound
    itself): ใช้เวลานาน, ปัญหาเฉพาะหน้า. newmm would keep them whole, so a
    question and an example saying the same thing in plain words would not meet.
    Province names stay whole. Written once to split_words.txt (loading the
    corpus costs 0.3 s); the Normalizer takes them out of its dictionary."""
    from functools import cache

    from pythainlp.corpus import provinces, tnc

    freq = dict(tnc.word_freqs())
    names = set(provinces())

    @cache
    def plain(part: str) -> bool:
        return freq.get(part, 0) >= common or (freq.get(part, 0) < rare and compound(part))

    @cache
    def compound(word: str) -> bool:
        return any(plain(word[:k]) and plain(word[k:]) for k in range(2, len(word) - 1))

    return sorted(w for w in thai_words() if _THAI_WORD.fullmatch(w) and w not in names
                  and len(w) >= 3 and freq.get(w, 0) < rare and compound(w))


ELDERLY = "ผู้สูงอายุ"
ELDERLY_AGE = range(60, 121)


def _says_elderly_age(tokens: list[str]) -> bool:
    for i, word in enumerate(tokens):
        if word.isdigit() and int(word) in ELDERLY_AGE:
            before = tokens[i - 1] if i else ""
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if before == "อายุ" or after == "ปี":
                return True
    return False


def _join(words: list[str]) -> str:
    """Thai words glued together as Thai is written; a space next to anything else."""
    out = words[:1]
    for before, word in itertools.pairwise(words):
        thai = _THAI_WORD.fullmatch(before[-1]) and _THAI_WORD.fullmatch(word[0])
        out.append(word if thai else f" {word}")
    return "".join(out)


class Normalizer:
    """Immutable once built: tokenises and normalises text with the lexicon."""

    def __init__(self, lexicon: Lexicon, extra_words: Iterable[str] = ()) -> None:
        self._particles = frozenset(clean(p) for p in lexicon.particles)
        # Standard forms stay whole too, so that mapped text segments the same again.
        standard = [v for v in lexicon.replace.values() if " " not in v.strip()]
        domain = {clean(w) for w in (*lexicon.words, *lexicon.replace, *standard,
                                     *extra_words)}
        domain |= self._particles
        split = SPLIT_WORDS_FILE.read_text(encoding="utf-8").splitlines()
        junk = ({clean(w) for w in lexicon.not_words} | set(split)) - domain
        self._trie = dict_trie((set(thai_words()) - junk) | {w for w in domain if w})
        replace: dict[str, tuple[str, ...]] = {}
        for key, value in lexicon.replace.items():
            replace[clean(key)] = tuple(self._split(clean(value)))
        self._replace: Mapping[str, tuple[str, ...]] = MappingProxyType(replace)

    def _split(self, text: str) -> list[str]:
        words = word_tokenize(text, custom_dict=self._trie, engine="newmm",
                              keep_whitespace=False)
        return [w for w in (x.strip() for x in words) if w]

    def _map(self, words: list[str], keep_fragments: bool = False) -> list[str]:
        """Particles and one-letter Thai fragments dropped, slang mapped."""
        return [r for w in words if w not in self._particles
                and (keep_fragments or not _THAI_LETTER.fullmatch(w))
                for r in self._replace.get(w, (w,))]

    def tokens(self, text: str, keep_fragments: bool = False) -> list[str]:
        """Normalised tokens of `text`: particles dropped, slang mapped, and an
        age of 60 or more ("อายุ 65", "70 ปี") also read as ผู้สูงอายุ. Slang is
        mapped, the words glued back and segmented again as standard Thai, so that
        บ่มีตังกลับเฮือน gives the words of ไม่มีเงินกลับบ้าน and spacing does not
        matter (เจ้า หน้าที่ is เจ้าหน้าที่, not the particle เจ้า); then particles go.
        `keep_fragments` keeps one-letter pieces (a misspelt word cut up) for the
        typo fixer to glue back."""
        first = [r for w in self._split(clean(text)) for r in self._replace.get(w, (w,))]
        out = self._map(self._split(_join(first)), keep_fragments)
        if ELDERLY not in out and _says_elderly_age(out):
            out.append(ELDERLY)
        return out

    def normalize(self, text: str) -> str:
        return " ".join(self.tokens(text))
