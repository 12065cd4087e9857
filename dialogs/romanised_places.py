"""English (romanised) province names in chat: "Chiang Mai", "chiangmai", "Chaing Mai".

Case-insensitive over 1-4 consecutive Latin words, spaces optional; 1 edit (transpositions
count as one) for 6+ letters, 2 for 10+ (rule 6 of dialogs.provinces)."""

from __future__ import annotations

import functools
import re

from dialogs.fuzzy import osa_distance
from dialogs.province_table import TABLE
from dialogs.province_types import EN_ALIASES, Mention, Province, unique_best

__all__ = ["LATIN_WORD", "english_mentions"]

LATIN_WORD = re.compile(r"[a-z]+")


def _english_buckets() -> dict[str, tuple[str, ...]]:
    buckets: dict[str, list[str]] = {}
    for alias in EN_ALIASES:
        if len(alias) >= 6:
            for key in {"^" + alias[:2], alias[-2:] + "$"}:
                buckets.setdefault(key, []).append(alias)
    return {key: tuple(aliases) for key, aliases in buckets.items()}


_EN_BUCKETS = _english_buckets()


def _bigrams(word: str) -> set[str]:
    return {word[i:i + 2] for i in range(len(word) - 1)}


_EN_BIGRAMS = {alias: _bigrams(alias) for alias in EN_ALIASES}


@functools.lru_cache(maxsize=4096)
def _english_fuzzy(key: str) -> Province | None:
    """Closest English name within 1 edit (2 from 10 letters); the first or last two
    letters must be right, which keeps the search small."""
    k = 2 if len(key) >= 10 else 1
    aliases = {*_EN_BUCKETS.get("^" + key[:2], ()), *_EN_BUCKETS.get(key[-2:] + "$", ())}
    grams = _bigrams(key)
    scored = {(osa_distance(key, alias, k), EN_ALIASES[alias].code): EN_ALIASES[alias]
              for alias in aliases if abs(len(alias) - len(key)) <= k
              # one edit (a swap included) removes at most three distinct bigrams
              and len(grams & _EN_BIGRAMS[alias]) >= len(_EN_BIGRAMS[alias]) - 3 * k}
    return unique_best(scored, k)

_EN_LONGEST = max(len(alias) for alias in EN_ALIASES) + 2
_EN_NAME_WORDS = frozenset(word for _, _, en, _, _, en_more in TABLE
                           for word in f"{en} {en_more}".lower().split() if len(word) >= 3)


def english_mentions(cleaned: str) -> list[Mention]:
    """English names over 1-4 consecutive words, exact first, then fuzzy."""
    words = [(m.group(), m.start()) for m in LATIN_WORD.finditer(cleaned)]
    out: list[Mention] = []
    i = 0
    while i < len(words):
        keys: list[str] = []
        for word, _ in words[i:i + 4]:
            key = (keys[-1] if keys else "") + word
            if len(key) > _EN_LONGEST:
                break
            keys.append(key)
        found: tuple[Province, int, bool] | None = None
        for n in range(len(keys), 0, -1):
            if keys[n - 1] in EN_ALIASES:
                found = (EN_ALIASES[keys[n - 1]], n, True)
                break
        for n in range(len(keys), 0, -1):
            key = keys[n - 1]
            if found is not None or len(key) < 6:
                break
            # a misspelt name of several words keeps one of its words intact
            if n > 1 and not any(w in _EN_NAME_WORDS for w, _ in words[i:i + n]):
                continue
            if "^" + key[:2] in _EN_BUCKETS or key[-2:] + "$" in _EN_BUCKETS:
                province = _english_fuzzy(key)
                found = None if province is None else (province, n, False)
        if found is None:
            i += 1
            continue
        at = words[i][1] - cleaned.count(" ", 0, words[i][1])
        last_word, last_at = words[i + found[1] - 1]
        end = last_at + len(last_word) - cleaned.count(" ", 0, last_at)
        out.append(Mention(found[0], at, end, exact=found[2]))
        i += found[1]
    return out
