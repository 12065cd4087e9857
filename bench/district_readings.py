"""The place readings of districts for a large set of sentences, one line each, to compare
before and after a change of dialogs.districts (or of what it reads): the output must be
identical (`diff`).

Sentences: every string of the persona sets (never a holdout set) and of
tests/dialogs/*.py, and every GeoThai district name alone, after "อ." / "อำเภอ" (with and
without a space), and inside sentences. Each line: the sentence, `district_mentions`
(province code, start, end), the unread spans, `district_answer`, `province_mentions`
and `match_province`; the first line is `district_names()`.
Run: .venv/bin/python bench/district_readings.py OUT_FILE
"""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

# bench/dialogs.py would shadow the `dialogs` package: import from the root.
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from dialogs.districts import district_answer, district_mentions, district_names  # noqa: E402
from dialogs.parse_numbers import clean_text  # noqa: E402
from dialogs.province_types import Mention  # noqa: E402
from dialogs.provinces import match_province, province_mentions  # noqa: E402

_AROUND = ("{}", "อ.{}", "อำเภอ{}", "อ. {}", "อำเภอ {}", "ตอนนี้อยู่{}ค่ะ", "บ้านอยู่ อ.{} ค่ะ",
           "ผมอยู่ {} ครับ", "{}ค่ะ", "กลับบ้าน{}")


def sentences() -> set[str]:
    from geothai import districts, provinces

    files = [f for f in sorted((ROOT / "bench").glob("dialog_personas*.py"))
             if "holdout" not in f.name]
    files += sorted((ROOT / "tests" / "dialogs").glob("*.py"))
    out: set[str] = set()
    for f in files:
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.add(node.value)
    for p in provinces():
        for d in districts(p.code):
            for name in {d.name_th, d.name_th.removeprefix("เขต")}:
                out |= {form.format(name) for form in _AROUND}
    return out


def _spans(found: list[Mention]) -> list[tuple[str, int, int]]:
    return [(m.province.code, m.start, m.end) for m in found]


def main() -> None:
    texts = sentences()
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write(repr(sorted(district_names())) + "\n")
        for text in sorted(texts):
            cleaned = clean_text(text)
            found, unread = district_mentions(cleaned)
            answer = district_answer(cleaned.replace(" ", ""))
            whole = match_province(text)
            out.write(repr((text, _spans(found), unread, answer and answer.code,
                            _spans(province_mentions(text)), whole and whole.code)) + "\n")
    print(f"{len(texts)} sentences")


if __name__ == "__main__":
    main()
