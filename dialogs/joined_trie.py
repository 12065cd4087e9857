"""A tokeniser dictionary that is PyThaiNLP's main word trie with a few more words, read
as one trie without copying the main one (a copy of its 62,000 words costs about 60 MB).

PyThaiNLP's newmm reads a dictionary only through `prefixes` (the words that begin at a
position, shortest first) and its length (empty or not): `JoinedTrie` answers both as
a single trie holding the words of both would, so newmm cuts text the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pythainlp.util import Trie

__all__ = ["JoinedTrie"]


class JoinedTrie(Trie):
    """`main` with the words of `more` added (stripped, as Trie.add does); read-only."""

    def __init__(self, main: Trie, more: Iterable[str]) -> None:
        super().__init__(())
        self._main = main
        stripped = (w.strip() for w in more)
        self._more = frozenset(w for w in stripped if w and w not in main)
        lengths: dict[str, set[int]] = {}
        for word in self._more:
            lengths.setdefault(word[0], set()).add(len(word))
        # the lengths of the added words by their first letter, shortest first
        self._lengths = {first: tuple(sorted(n)) for first, n in lengths.items()}

    def add(self, word: str) -> None:
        raise TypeError("a JoinedTrie is read-only")

    def remove(self, word: str) -> None:
        raise TypeError("a JoinedTrie is read-only")

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        found: list[str] = self._main.prefixes(text, start)
        lengths = self._lengths.get(text[start:start + 1], ())
        more = [text[start:start + n] for n in lengths
                if start + n <= len(text) and text[start:start + n] in self._more]
        if not more:
            return found
        return sorted(found + more, key=len)  # one word of each length: a trie's order

    def __contains__(self, key: str) -> bool:
        return key in self._main or key in self._more

    def __iter__(self) -> Iterator[str]:
        yield from self._main
        yield from self._more

    def __len__(self) -> int:
        return len(self._main) + len(self._more)
