"""Names one or two typing slips away from a province (rule 5 of dialogs.provinces):
edit distance on the space-free text, found from rare 3-grams of each name."""

from __future__ import annotations

import functools
import itertools
import re

from dialogs.fuzzy import best_substring, bit_masks, myers_min
from dialogs.province_table import TABLE
from dialogs.province_types import TH_ALIASES, Mention, alias_key
from dialogs.towns import SHORT_TOWNS

__all__ = ["SHORT", "fuzzy_mentions"]


# Short names that are ordinary words or parts of words: left edge required (rule 3).
SHORT = frozenset({"ตาก", "ตราด", "ตรัง", "น่าน", "แพร่", "ยะลา", "สตูล", "ระนอง", "พัทลุง",
                   "อุดร", "อุบล", "กาญ", "กาญจน์", "สกล", "นนท์", "ปทุม", "นรา", "ประจวบ",
                   "มหาชัย", "แม่กลอง", "จันท์",
                   "ยาลา"}) | SHORT_TOWNS  # (Yala voice-typed; never "ไปซื้อยาลาดกระบัง": review 1)
_NO_FUZZY = frozenset({"พิจิตร"})  # one edit from วิจิตร, an everyday word
_EXTRA_FUZZY = ("กรุงเทพ", "อยุธยา", "นครศรี", "สุราษฎร์", "แปดริ้ว")


FUZZY_TH = tuple(sorted({alias_key(th) for _, th, *_ in TABLE if len(th) >= 6}
                        - SHORT - _NO_FUZZY | set(_EXTRA_FUZZY)))


# 3-grams of province names found in 60+ words of PyThaiNLP's word list: poor anchors,
# because everyday text is full of them.
_COMMON_GRAMS = frozenset([
    "การ", "กระ", "ประ", "่อง", "รรม", "พระ", "ียง", "่าง", "ราช", "้อย", "ร้อ", "หาร",
    "ธรร", "สาร", "ระบ", "ระจ", "นทร", "ากา", "ราย", "ครา", "ันท", "ินท", "มหา", "ทอง",
    "ระแ", "รณ์", "ันธ", "พรร", "ราม", "แม่", "รรค", "งกา", "จริ", "สิน", "ปรา", "แก้",
    "ชิง", "าธิ", "องค", "โลก", "หม่", "เอ็", "ูมิ", "เชิ", "วรร", "ภูม", "ทร์", "ราก",
    "ทรา", "รรณ", "าหา", "นาย", "เก็", "ารค", "ริน", "สุร", "ำนา", "จัน", "องส", "แก่",
    "อำน", "เชี", "รปร", "ายก", "กรุ", "ขัน", "นธ์", "ศรี", "อุต", "นคร", "ิ้ว", "ระน",
    "ก้ว", "บุร", "งเท", "นอง", "วาส", "ัตต", "เทพ", "งคร", "นาจ", "สมุ", "ชีย", "รุง",
    "นรา", "านี", "เกษ", "าสา", "มรา", "ชัย", "นธุ", "งคา", "ุริ"
])


def _anchor_index() -> dict[str, list[tuple[str, int, int]]]:
    """k+1 disjoint 3-grams of each fuzzy alias: by the pigeonhole principle one of them
    survives k edits unchanged. The rarest set is chosen, so few places need checking."""
    counts: dict[str, int] = {}
    for alias in FUZZY_TH:
        for i in range(len(alias) - 2):
            counts[alias[i:i + 3]] = counts.get(alias[i:i + 3], 0) + 1

    def cost(gram: str) -> int:
        return counts[gram] + (100 if gram in _COMMON_GRAMS else 0)

    index: dict[str, list[tuple[str, int, int]]] = {}
    for alias in FUZZY_TH:
        k = 2 if len(alias) >= 10 else 1
        choices = [offsets for offsets in itertools.combinations(range(len(alias) - 2), k + 1)
                   if all(b - a >= 3 for a, b in itertools.pairwise(offsets))]
        best = min(choices, key=lambda offsets: sum(cost(alias[o:o + 3]) for o in offsets))
        for off in best:
            index.setdefault(alias[off:off + 3], []).append((alias, off, k))
    return index


_ANCHORS = _anchor_index()
_ANCHOR_AT = re.compile("(?=(" + "|".join(map(re.escape, sorted(_ANCHORS))) + "))")
_MASKS = {alias: bit_masks(alias) for alias in FUZZY_TH}


@functools.lru_cache(maxsize=8192)
def _closest(alias: str, window: str, k: int) -> tuple[int, int, int] | None:
    if myers_min(alias, _MASKS[alias], window) > k:
        return None
    return best_substring(alias, window, k)


def fuzzy_mentions(compact: str, taken: bytearray, inner: bytearray) -> list[Mention]:
    cands: dict[tuple[str, int], tuple[int, int, int] | None] = {}
    for anchor in _ANCHOR_AT.finditer(compact):
        i = anchor.start()
        if taken[i]:
            continue
        for alias, off, k in _ANCHORS[anchor.group(1)]:
            origin = i - off
            if (alias, origin) not in cands:
                lo = max(0, origin - k)
                hit = _closest(alias, compact[lo:origin + len(alias) + k], k)
                cands[(alias, origin)] = hit and (hit[0], lo + hit[1], lo + hit[2])
    ranked = sorted((hit[0], -len(alias), hit[1], hit[2], alias)
                    for (alias, _), hit in cands.items() if hit and hit[0] > 0)
    out: list[Mention] = []
    for d, _, s, e, alias in ranked:
        if any(taken[s:e]) or inner[s]:
            continue
        rivals = {TH_ALIASES[a].code for dd, _, ss, ee, a in ranked
                  if dd == d and ss < e and s < ee}
        taken[s:e] = b"\x01" * (e - s)
        if len(rivals) == 1:
            out.append(Mention(TH_ALIASES[alias], s, e, exact=False))
    return out
