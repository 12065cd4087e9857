"""Province names spelled as they sound, as voice typing and hurried typing write them
("บุรีรำ" for บุรีรัมย์, "สุรินท" for สุรินทร์, "ลำพูล"-style slips aside).

The sound key of a name drops what is not heard: a silent letter with its ์ (ย์, ทร์,
ธุ์), and tone marks (so a dropped or doubled one does not count); and writes ำ as ัม.
A name is found by its key when the key is 5+ code points long and belongs to one
province only; in running text it needs the left edge of a short name (start, space or
place cue) and must not run on into a vowel or tone mark. A whole answer may also be a
name begun ("อุบลราช"): the key of 5+ code points starting the key of one province's
names only, when the answer is no dictionary word.
"""

from __future__ import annotations

import functools
import re

from dialogs.fuzzy import trie_pattern
from dialogs.province_types import TH_ALIASES, Mention, Province

__all__ = ["begun_by_sound", "sound_key", "sound_mentions"]

_SILENT = re.compile("[ก-ฮ][ิุ]?์")
_TONE = re.compile("[่-๋]")
_AM = re.compile("ำ")
_MIN_KEY = 5
_RUNS_ON = re.compile("[ะ-ฺ็-๎]")  # a vowel sign or mark after it: the word goes on


def _keyed(text: str) -> tuple[str, list[int]]:
    """The sound key of `text` and, for each of its characters, where it came from."""
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        silent = _SILENT.match(text, i)
        if silent:
            i = silent.end()
            continue
        ch = text[i]
        if _TONE.match(ch):
            pass
        elif ch == "ำ":
            out += ["ั", "ม"]
            origin += [i, i]
        else:
            out.append(ch)
            origin.append(i)
        i += 1
    origin.append(len(text))
    return "".join(out), origin


def sound_key(text: str) -> str:
    return _keyed(text)[0]


@functools.cache
def _all_keys() -> dict[str, dict[str, Province]]:
    """The provinces of each sound key of a Thai name or alias."""
    keys: dict[str, dict[str, Province]] = {}
    for alias, province in TH_ALIASES.items():
        keys.setdefault(sound_key(alias), {})[province.code] = province
    return keys


@functools.cache
def _keys() -> dict[str, Province]:
    """Sound keys of 5+ code points naming one province only."""
    return {key: next(iter(found.values())) for key, found in _all_keys().items()
            if len(found) == 1 and len(key) >= _MIN_KEY}


@functools.cache
def _pattern() -> re.Pattern[str]:
    return re.compile("(?=(" + trie_pattern(list(_keys())) + "))")


def sound_mentions(compact: str) -> list[Mention]:
    """Provinces in `compact` (cleaned, no spaces) found by their sound key only; the
    caller checks the left edge and leaves out what an exact name already covers."""
    keyed, origin = _keyed(compact)
    out: list[Mention] = []
    last_end = 0
    for m in _pattern().finditer(keyed):
        start, key = m.start(), m.group(1)
        end = start + len(key)
        s, e = origin[start], origin[end - 1] + 1
        if start < last_end or _RUNS_ON.match(keyed, end) or _RUNS_ON.match(compact, e):
            continue  # "ตากใบ้" (mute) is no ตากใบ
        silent = _SILENT.match(compact, e)  # the silent ending written after all
        e = silent.end() if silent else e
        out.append(Mention(_keys()[key], s, e, exact=False))
        last_end = end
    return out


def begun_by_sound(core: str) -> Province | None:
    """The one province whose name's sound key begins with the key of `core`."""
    key = sound_key(core)
    if len(key) < _MIN_KEY:
        return None
    begun = {code: p for k, found in _all_keys().items() if k.startswith(key)
             for code, p in found.items()}
    return next(iter(begun.values())) if len(begun) == 1 else None
