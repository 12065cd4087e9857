"""Normalise everyday Thai chat text into comparable tokens.

Steps: zero-width characters out, lower case, Thai digits to Arabic,
PyThaiNLP `normalize`, runs of a repeated character shortened, laughter
(555) and punctuation dropped, newmm tokenisation with a domain dictionary,
polite particles dropped, slang / dialect / abbreviations mapped to standard
words. PyThaiNLP's `thai_stopwords` are deliberately kept: they hold words
such as ขอ, กลับ and เกิด that carry meaning here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
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


def clean(text: str) -> str:
    """Character-level clean-up, before tokenisation."""
    text = _ZERO_WIDTH.sub("", text).lower()
    text = thai_digit_to_arabic_digit(text)
    text = normalize(text)
    text = _REPEATS.sub(r"\1", text)
    text = _LAUGH.sub(" ", text)
    text = text.replace(_MAI_YAMOK, " ")
    return _NOT_WORD.sub(" ", text).strip()


class Normalizer:
    """Immutable once built: tokenises and normalises text with the lexicon."""

    def __init__(self, lexicon: Lexicon, extra_words: Iterable[str] = ()) -> None:
        self._particles = frozenset(clean(p) for p in lexicon.particles)
        domain = {clean(w) for w in (*lexicon.words, *lexicon.replace, *extra_words)}
        domain |= self._particles
        self._trie = dict_trie(set(thai_words()) | {w for w in domain if w})
        replace: dict[str, tuple[str, ...]] = {}
        for key, value in lexicon.replace.items():
            replace[clean(key)] = tuple(self._split(clean(value)))
        self._replace: Mapping[str, tuple[str, ...]] = MappingProxyType(replace)

    def _split(self, text: str) -> list[str]:
        words = word_tokenize(text, custom_dict=self._trie, engine="newmm",
                              keep_whitespace=False)
        return [w for w in (x.strip() for x in words) if w]

    def tokens(self, text: str) -> list[str]:
        """Normalised tokens of `text`: particles dropped, slang mapped."""
        out: list[str] = []
        for word in self._split(clean(text)):
            if word in self._particles:
                continue
            out.extend(self._replace.get(word, (word,)))
        return out

    def normalize(self, text: str) -> str:
        return " ".join(self.tokens(text))
