"""How many travel, from a message: a total said as such wins, a couple is two."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.readers import read_travellers
from dialogs.travellers import CHILD_UNDER, people_and_ages


@pytest.mark.parametrize(("text", "count"), [
    ("พวกเรา5คนครับผัวเมียกับลูก3คน", 5),  # the total said wins
    ("ทั้งหมด3คนค่ะ", 3),
    ("สามีภรรยากับลูก1คน", 3),  # the couple and the child
    ("ไปกับเมียและลูกอีก2คน", 4),
])
def test_totals_and_couples(text: str, count: int) -> None:
    assert people_and_ages(text)[0] == count


@pytest.mark.parametrize(("text", "count"), [
    ("ไปกับพ่อแม่ครับ", 3), ("กลับกับตายายค่ะ", 3), ("ไปกับแม่", 2)])
def test_parents_are_two(text: str, count: int) -> None:
    assert read_travellers(text, None) == count


@pytest.mark.parametrize(("text", "count"), [
    ("4 คนครับ ไม่สิ 3 คน น้องไม่ได้ไปด้วย", 3), ("ไปกัน 2 คน เอ๊ย 3 คนค่ะ", 3),
    ("5 คน พิมพ์ผิด 6 คนครับ", 6), ("ไม่ใช่ 4 คน ไป 2 คน", 2)])
def test_a_count_taken_back_is_replaced(text: str, count: int) -> None:
    assert read_travellers(text, None) == count


@pytest.mark.parametrize(("text", "people"), [
    ("สองแม่ลูกติดอยู่ที่ขนส่ง", 2), ("สามพ่อแม่ลูก", 3), ("ไปกันสามชีวิต", 3),
    ("เราสองพี่น้อง", 2),
    ("มีพี่น้องสามคน", None), ("พี่น้อง 5 คน อยู่ต่างจังหวัด", None),  # family, not travellers
])
def test_a_group_counted_by_what_it_is(text: str, people: int | None) -> None:
    assert extract_facts(text).travellers == people


@pytest.mark.parametrize(("text", "needs"), [
    ("ลูก 2 คน 4ขวบ กับ 1ขวบ", {"child"}),
    ("หลานอายุ 9 ขวบ", {"child"}),
    ("ลูกอายุ 18 เดือน", {"child"}),  # counted in months
    ("พ่ออายุ 65 ปี", {"elderly"}),
    ("ตาอายุเจ็ดสิบ หลานหกขวบ", {"child", "elderly"}),
])
def test_care_needs_told_by_age(text: str, needs: set[str]) -> None:
    assert people_and_ages(text.replace(" ", ""))[1] == needs


@pytest.mark.parametrize("text", ["ลูกอายุ 15 ปี", "หลาน 14 ขวบ", "ผมอายุ 40", "แม่อายุ 59"])
def test_older_children_and_adults_need_no_care_by_age(text: str) -> None:
    assert people_and_ages(text.replace(" ", ""))[1] == set()


def test_child_ages_share_one_limit() -> None:
    below, at = CHILD_UNDER - 1, CHILD_UNDER
    assert people_and_ages(f"ลูกอายุ{below}ขวบ")[1] == {"child"}
    assert people_and_ages(f"ลูกอายุ{at}ขวบ")[1] == set()


@pytest.mark.parametrize("text", ["เดินทางคนเดียวไม่ค่อยไหว", "ไปคนเดียวไม่ค่อยได้ค่ะ"])
def test_cannot_go_alone_is_no_count_of_one(text: str) -> None:
    assert people_and_ages(text)[0] is None
    assert "cannot_travel_alone" in extract_facts(text).special_needs


def test_alone_is_still_one() -> None:
    assert people_and_ages("ไปคนเดียวค่ะ")[0] == 1
