"""Words of a message, by PyThaiNLP's newmm tokeniser, so that meanings are matched on
whole words and never inside one ("ยา" is not in "อยาก").

The text is cleaned first (`clean_text`: Thai digits, repeats, punctuation); each
space-separated chunk is tokenised on its own, so a space always ends a word.
PyThaiNLP runs offline and read-only (no download is ever attempted).
"""

from __future__ import annotations

import gc
import os
from functools import lru_cache

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from pythainlp.tokenize import word_tokenize

from dialogs.parse_numbers import clean_text

__all__ = ["chunks", "has_phrase", "has_words", "phrase_words", "warm", "word_spans", "words"]


@lru_cache(maxsize=1024)
def _tokenise(chunk: str) -> tuple[str, ...]:
    return tuple(w for w in word_tokenize(chunk, engine="newmm", keep_whitespace=False)
                 if w.strip())


@lru_cache(maxsize=512)
def chunks(text: str) -> tuple[tuple[str, ...], ...]:
    """The words of each space-separated chunk of the cleaned text."""
    return tuple(_tokenise(chunk) for chunk in clean_text(text).split(" ") if chunk)


def warm() -> None:
    """Load the tokeniser's dictionary now (at start-up), not on a person's message."""
    _tokenise("สวัสดีค่ะ")
    from dialogs.districts import warm as warm_districts  # imported here: no cycle
    from dialogs.layout import warm as warm_layout

    warm_districts()
    warm_layout()
    # the dictionaries are millions of objects that live as long as the process: out of
    # the collector's sight, or every full collection (and the exit) walks them again
    gc.freeze()


def words(text: str) -> tuple[str, ...]:
    """All the words of the cleaned text, in order."""
    return tuple(w for chunk in chunks(text) for w in chunk)


@lru_cache(maxsize=4096)
def phrase_words(phrase: str) -> tuple[str, ...]:
    """The words of a phrase to look for (fixed texts of the flows: tokenised once)."""
    return words(phrase)


def has_phrase(tokens: tuple[str, ...], phrase: str) -> bool:
    """Whether `phrase` (tokenised the same way) occurs in `tokens` as whole words."""
    return has_words(tokens, phrase_words(phrase))


def has_words(tokens: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """Whether the words `wanted` occur in `tokens`, one after the other."""
    if len(wanted) == 1:
        return wanted[0] in tokens
    if not wanted:
        return False
    n = len(wanted)
    first = wanted[0]
    at = 0
    while True:
        try:
            at = tokens.index(first, at)
        except ValueError:
            return False
        if tokens[at:at + n] == wanted:
            return True
        at += 1


def word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each word in the cleaned text without its spaces."""
    spans = []
    at = 0
    for word in words(text):
        spans.append((at, at + len(word)))
        at += len(word)
    return tuple(spans)
