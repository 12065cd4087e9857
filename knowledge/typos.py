"""Typo tolerance: a word the knowledge base does not know is read as the one
it knows that it nearly spells.

Thai typos mostly drop or swap a letter, drop a tone mark, or write a
sound-alike consonant (อุปกรน for อุปกรณ์, เอด for เอดส์); the tokeniser then cuts
the word into pieces (อุป|กรน, เอ|ด). So words are compared as skeletons (tone
marks out, sound-alike consonants merged), pieces are glued back before the
look-up, and a skeleton one letter away (one dropped, added or changed letter,
or two swapped) still finds its word when only one word is that close.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_MARKS = re.compile("[\u0e47-\u0e4e]")  # tone marks, thanthakhat, mai taikhu ...
_SOUND_ALIKE = str.maketrans({
    "ณ": "น", "ญ": "ย", "ฐ": "ท", "ฑ": "ท", "ฒ": "ท", "ธ": "ท", "ศ": "ส", "ษ": "ส",
    "ฬ": "ล", "ภ": "พ", "ฆ": "ค", "ฅ": "ค", "ฃ": "ข", "ฎ": "ด", "ฏ": "ต", "ฌ": "ช",
    "ซ": "ส", "ฉ": "ช", "ผ": "พ", "ฝ": "ฟ",
})
_THAI = re.compile("[\u0e01-\u0e4e]+")
_ONE_LETTER = re.compile("[\u0e01-\u0e4e]")
MIN_FUZZY = 4  # skeletons shorter than this must match exactly
MAX_GLUE = 3  # pieces glued back at most


def skeleton(word: str) -> str:
    return _MARKS.sub("", word).translate(_SOUND_ALIKE)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class TypoFixer:
    """Immutable: built from the words of the knowledge base."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        exact: dict[str, set[str]] = {}
        near: dict[str, set[str]] = {}
        for word in vocabulary:
            if not _THAI.fullmatch(word) or len(word) < 3:
                continue
            sk = skeleton(word)
            exact.setdefault(sk, set()).add(word)
            if len(sk) >= MIN_FUZZY:
                for d in _deletions(sk):
                    near.setdefault(d, set()).add(word)
        # Only unambiguous skeletons are kept: a typo is fixed only when one word fits.
        self._exact = {k: next(iter(v)) for k, v in exact.items() if len(v) == 1}
        self._near = {k: next(iter(v)) for k, v in near.items() if len(v) == 1}

    def lookup(self, text: str) -> str | None:
        """The known word `text` nearly spells, if exactly one fits."""
        sk = skeleton(text)
        if sk in self._exact:
            return self._exact[sk]
        if len(sk) < MIN_FUZZY - 1:
            return None
        if sk in self._near:  # a letter dropped
            return self._near[sk]
        if len(sk) < MIN_FUZZY:
            return None
        found = {self._exact[d] for d in _deletions(sk) if d in self._exact}  # one added
        found |= {self._near[d] for d in _deletions(sk) if d in self._near}  # changed, swapped
        return found.pop() if len(found) == 1 else None

    def fix(self, tokens: list[str], known: Callable[[str], bool]) -> list[str]:
        """Unknown words and one-letter pieces glued back and corrected where a
        known word fits; leftover one-letter pieces dropped."""
        out: list[str] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if known(token) or not _THAI.fullmatch(token):
                out.append(token)
                i += 1
                continue
            for span in range(min(MAX_GLUE, len(tokens) - i), 0, -1):
                pieces = tokens[i:i + span]
                if span > 1 and not all(_THAI.fullmatch(p) and not known(p) for p in pieces):
                    continue
                word = self.lookup("".join(pieces))
                if word is not None:
                    out.append(word)
                    i += span
                    break
            else:
                glued = (self.lookup(out[-1] + token)
                         if _ONE_LETTER.fullmatch(token) and out and _THAI.fullmatch(out[-1])
                         else None)
                if glued is not None:  # a last letter cut off a known piece: เอ|ด
                    out[-1] = glued
                elif not _ONE_LETTER.fullmatch(token):
                    out.append(token)
                i += 1
        return out
