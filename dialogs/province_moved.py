"""Districts said with the province they belonged to before a new province was made of
them: "หนองคาย อ.เซกา" (Seka has been in Bueng Kan since 2011) is Bueng Kan; people keep
the old province out of habit, and the district tells where home is now."""

from __future__ import annotations

import itertools
import re

from dialogs.parse_numbers import PARTICLE
from dialogs.province_types import Mention
from dialogs.towns import TOWNS

__all__ = ["SPLIT_FROM", "without_old_province"]

# new province: the one its districts were taken from
SPLIT_FROM = {"TH-38": "TH-43"}  # บึงกาฬ from หนองคาย
# only district and province words between them: "หนองคาย อ.เซกา", "อ.เซกา จ.หนองคาย"
_BETWEEN = re.compile(r"(?:อำเภอ|อ\.|จังหวัด|จ\.|ตำบล|ต\.|,|" + PARTICLE + ")*")


def _moved(m: Mention, compact: str) -> bool:
    """Whether `m` names a district of a new province by the district's own name."""
    return (m.province.code in SPLIT_FROM
            and compact[m.start:m.end] in TOWNS.get(m.province.code, "").split())


def without_old_province(found: list[Mention], compact: str) -> list[Mention]:
    """`found` (in order) without the old province said right next to one of its former
    districts."""
    old: set[int] = set()
    for i, (a, b) in enumerate(itertools.pairwise(found)):
        if not _BETWEEN.fullmatch(compact[a.end:b.start]):
            continue
        if _moved(b, compact) and SPLIT_FROM[b.province.code] == a.province.code:
            old.add(i)
        elif _moved(a, compact) and SPLIT_FROM[a.province.code] == b.province.code:
            old.add(i + 1)
    return [m for i, m in enumerate(found) if i not in old]
