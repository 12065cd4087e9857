"""Shared province types and alias tables: the Province and Mention records, the 77
provinces, and their Thai, English and abbreviated aliases (from dialogs.province_table)."""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.parse_numbers import clean_text
from dialogs.province_table import TABLE
from dialogs.towns import TOWNS

__all__ = ["ABBREVIATIONS", "EN_ALIASES", "PROVINCES", "TH_ALIASES", "Mention", "Province",
           "alias_key", "unique_best"]


@dataclass(frozen=True)
class Province:
    code: str  # ISO 3166-2:TH, e.g. "TH-10"
    name_th: str  # official Thai name
    name_en: str


@dataclass(frozen=True)
class Mention:
    """A province found in text; start/end index the cleaned text without spaces."""

    province: Province
    start: int
    end: int
    exact: bool = True


PROVINCES: tuple[Province, ...] = tuple(Province(c, th, en) for c, th, en, *_ in TABLE)


def alias_key(text: str) -> str:
    """The lookup form of a name: cleaned, without spaces."""
    return clean_text(text).replace(" ", "")


def _tables() -> tuple[dict[str, Province], dict[str, Province], dict[str, Province]]:
    thai: dict[str, Province] = {}
    english: dict[str, Province] = {}
    abbreviations: dict[str, Province] = {}
    for province, (_, th, en, abbr, th_more, en_more) in zip(PROVINCES, TABLE, strict=True):
        towns = TOWNS.get(province.code, "").split()
        for table, names in ((thai, [th, *th_more.split(), *towns]),
                             (english, [en, *en_more.split()]),
                             (abbreviations, [abbr])):
            for name in names:
                key = alias_key(name)
                if table.get(key, province) != province:
                    raise ValueError(f"alias {name!r} names two provinces")
                table[key] = province
    return thai, english, abbreviations


TH_ALIASES, EN_ALIASES, ABBREVIATIONS = _tables()


def unique_best(scored: dict[tuple[int, str], Province], k: int) -> Province | None:
    """The one province nearest within `k` edits; None on a tie or when none is."""
    good = sorted(key for key in scored if key[0] <= k)
    if not good or (len(good) > 1 and good[1][0] == good[0][0]):
        return None
    return scored[good[0]]
