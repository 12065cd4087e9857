"""Approximate string matching for province names: edit distance with transpositions,
Myers' bit-parallel filter, Sellers' best substring, and a regex trie of words."""

from __future__ import annotations

import re

__all__ = ["best_substring", "bit_masks", "myers_min", "osa_distance", "trie_pattern"]


def osa_distance(a: str, b: str, limit: int | None = None) -> int:
    """Edit distance where swapping two neighbouring characters costs one. With `limit`,
    only a band of that width is computed and any distance above it is `limit + 1`."""
    big = len(a) + len(b) + 1 if limit is None else limit + 1
    if abs(len(a) - len(b)) >= big:
        return big
    band = big if limit is None else limit
    prev2: list[int] = []
    prev = [j if j < big else big for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        row = [big] * (len(b) + 1)
        row[0] = min(i, big)
        for j in range(max(1, i - band), min(len(b), i + band) + 1):
            cost = a[i - 1] != b[j - 1]
            best = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, prev2[j - 2] + 1)
            row[j] = min(best, big)
        if min(row) >= big:
            return big
        prev2, prev = prev, row
    return prev[-1]


def bit_masks(pattern: str) -> dict[str, int]:
    masks: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        masks[ch] = masks.get(ch, 0) | 1 << i
    return masks


def myers_min(pattern: str, masks: dict[str, int], text: str) -> int:
    """Smallest edit distance between `pattern` and any substring of `text` (Myers'
    bit-parallel algorithm, Hyyro's formulation): a cheap filter before `best_substring`."""
    m = len(pattern)
    full, top = (1 << m) - 1, 1 << (m - 1)
    pv, mv, score = full, 0, m
    best = m
    for ch in text:
        eq = masks.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        best = min(best, score)
        ph = (ph << 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
    return best


def best_substring(pattern: str, text: str, k: int) -> tuple[int, int, int] | None:
    """(distance, start, end) of the substring of `text` closest to `pattern`, if within
    `k` edits (Sellers' algorithm with start tracking)."""
    dist = [0] * (len(text) + 1)
    start = list(range(len(text) + 1))
    for i, cp in enumerate(pattern, 1):
        new_dist, new_start = [i], [0]
        for j, ct in enumerate(text, 1):
            best, origin = dist[j - 1] + (cp != ct), start[j - 1]
            if dist[j] + 1 < best:
                best, origin = dist[j] + 1, start[j]
            if new_dist[j - 1] + 1 < best:
                best, origin = new_dist[j - 1] + 1, new_start[j - 1]
            new_dist.append(best)
            new_start.append(origin)
        if min(new_dist) > k:
            return None
        dist, start = new_dist, new_start
    d = min(dist)
    if d > k:
        return None
    end = dist.index(d)
    return d, start[end], end


def trie_pattern(words: list[str]) -> str:
    """A regex for any of `words` that prefers the longest one at a position."""
    trie: dict[str, dict[str, object]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def build(node: dict[str, dict[str, object]]) -> str:
        branches = [re.escape(ch) + build(child)  # type: ignore[arg-type]
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
