"""Builds dialogs/district_table.py, the district names dialogs.districts reads, from the
open GeoThai dataset (package ``geothai``; data CC-BY-4.0, attribution: GeoThai,
https://github.com/GeoThai/data) and PyThaiNLP's word lists: done once here, not in every
process (the dataset, the word frequencies and a second dictionary cost about 50 MB and
1 s at each start).

The table holds every district name of one province only (a name in two provinces is
left out: a wrong province is worse than a question), with its province and three marks:

- ``s``: a subdistrict of another province has the name ("หนองบัว": a village many
  provinces share); those provinces' codes follow the marks;
- ``p``: the name reads as two or more everyday words (Thai National Corpus, met
  `EVERYDAY_FREQ` times or more) when the district names are not known ("ท่า+แพ",
  "เหนือ+คลอง", "จะ+นะ");
- ``w``: the name itself is a word met `WORD_FREQ` times or more in that corpus ("สอง",
  "ลอง", "องครักษ์"), not one PyThaiNLP's dictionary holds only as a place ("ท่ามะกา").

What depends on our own lists (curated towns, province aliases, the weak words) is left to
dialogs.districts, so that a change there needs no new table.
Run: .venv/bin/python -m dialogs.district_build (writes dialogs/district_table.py)
"""

from __future__ import annotations

from pathlib import Path

from dialogs.province_types import alias_key

__all__ = ["EVERYDAY_FREQ", "TABLE_FILE", "WORD_FREQ", "render", "rows"]

TABLE_FILE = Path(__file__).with_name("district_table.py")
# how often a word must be met (Thai National Corpus) to count as an everyday one
EVERYDAY_FREQ = 500
# how often a district's own name must be met to count as a word, not only a place
WORD_FREQ = 40
_WIDTH = 96  # of a line of the table

_HEADER = '''"""District names of the GeoThai dataset (CC-BY-4.0, attribution: GeoThai,
https://github.com/GeoThai/data) for dialogs.districts, written by dialogs.district_build
(`.venv/bin/python -m dialogs.district_build`): do not edit by hand.

Each entry is name/province code/marks[/codes]: ``s`` a subdistrict of another province
has the name (the codes of those provinces follow), ``p`` the name reads as two or more
everyday words, ``w`` the name is a word too.
"""

TABLE = """
'''


def _words() -> frozenset[str]:
    from dialogs.provinces import thai_dictionary, thai_names

    return thai_dictionary() | thai_names()


def _word_counts() -> dict[str, int]:
    from pythainlp.corpus import tnc

    return dict(tnc.word_freqs())


def _phrases(names: list[str]) -> set[str]:
    """Names that read as two or more everyday words when the district names are not
    known ("ท่า+แพ", "เหนือ+คลอง", "จะ+นะ", "น้ำ+ขุ่น")."""
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    words = _words()
    trie = dict_trie(set(words))
    everyday = {w for w, n in _word_counts().items() if n >= EVERYDAY_FREQ and w in words}
    out = set()
    for name in names:
        tokens = word_tokenize(name, custom_dict=trie, engine="newmm")
        if len(tokens) > 1 and all(t in everyday for t in tokens):
            out.add(name)
    return out


def rows() -> list[tuple[str, str, str, str]]:
    """(name, province code without "TH-", marks, the codes of the other provinces with a
    subdistrict of the name joined by ".") of every district name of one province, in the
    dataset's order."""
    from geothai import districts, provinces, subdistricts

    homes: dict[str, set[str]] = {}
    sub: dict[str, set[str]] = {}
    for p in provinces():
        for d in districts(p.code):
            name = alias_key(d.name_th.removeprefix("เขต"))  # Bangkok's are "เขต..."
            homes.setdefault(name, set()).add(str(p.code))
            for s in subdistricts(d.code):
                sub.setdefault(alias_key(s.name_th.removeprefix("แขวง")), set()).add(
                    str(p.code))
    single = {name: next(iter(codes)) for name, codes in homes.items() if len(codes) == 1}
    phrases, counts = _phrases(list(single)), _word_counts()
    out = []
    for name, code in single.items():
        if not name or "/" in name or any(c.isspace() for c in name):
            raise ValueError(f"district name unfit for the table: {name!r}")
        elsewhere = sorted(sub.get(name, set()) - {code})
        marks = ("s" if elsewhere else "") + (
            "p" if name in phrases else "") + ("w" if counts.get(name, 0) >= WORD_FREQ else "")
        out.append((name, code, marks, ".".join(elsewhere)))
    return out


def render(table: list[tuple[str, str, str, str]]) -> str:
    """The text of dialogs/district_table.py for `table`."""
    lines, line = [], ""
    for name, code, marks, elsewhere in table:
        entry = f"{name}/{code}/{marks}" + (f"/{elsewhere}" if elsewhere else "")
        if line and len(line) + 1 + len(entry) > _WIDTH:
            lines.append(line)
            line = ""
        line = f"{line} {entry}" if line else entry
    if line:
        lines.append(line)
    return _HEADER + "\n".join(lines) + '\n"""\n'


def main() -> None:
    TABLE_FILE.write_text(render(rows()), encoding="utf-8")
    print(f"wrote {TABLE_FILE}")


if __name__ == "__main__":
    main()
