"""A reviewer's care misreadings: who else needs care ("ตัวเองท้องค่ะ", "สามีขาเจ็บ",
"ลูกคนเดียว"), a bedridden parent, a child of 12."""

from __future__ import annotations

import pytest

from dialogs.care_answers import read_more_care
from dialogs.parse import facts_of


@pytest.mark.parametrize(("text", "expected"), [
    ("ตัวเองท้องค่ะ", ["pregnant"]),
    ("ตัวเองก็ท้องอยู่ค่ะ", ["pregnant"]),
    ("สามีด้วยค่ะ สามีขาเจ็บ", ["sick"]),
    ("พ่อเจ็บขาค่ะ", ["sick"]),
    ("สามีขาหัก", ["sick"]),
    ("ลูกเล็ก 2 คน", ["child"]),
    ("ลูก 2 ขวบ กับ 5 ขวบ", ["child"]),
    ("ลูกคนเดียว", []),
    ("มีแค่ลูกคนเดียวค่ะ", []),
    # children of unknown age: asked again with the buttons, never guessed
    ("ลูก 2 คนค่ะ", None),
    ("ลูก 13 กับ 15", None),
])
def test_more_care(text: str, expected: list[str] | None) -> None:
    assert read_more_care(text, None) == expected


@pytest.mark.parametrize("text", ["ตัวเองท้องเสีย", "ปวดท้องค่ะ"])
def test_belly_is_sick_not_pregnant(text: str) -> None:
    assert facts_of(text).special_needs == frozenset({"sick"})


@pytest.mark.parametrize("text", ["ไม่ได้เจ็บขา", "เจ็บใจค่ะ"])
def test_no_injury(text: str) -> None:
    assert facts_of(text).special_needs == frozenset()


def test_belly_pain_is_no_pregnancy() -> None:
    assert "pregnant" not in facts_of("เจ็บท้องค่ะ").special_needs


def test_one_child_with_a_need_is_that_need() -> None:
    assert read_more_care("มีลูกคนเดียวที่ป่วย", None) == ["sick"]


@pytest.mark.parametrize("text", ["แม่ที่ป่วยติดเตียง", "ติดเตียง", "พ่อนอนติดเตียงค่ะ"])
def test_bedridden_cannot_travel_alone(text: str) -> None:
    assert {"sick", "cannot_travel_alone"} <= facts_of(text).special_needs


def test_not_bedridden() -> None:
    assert facts_of("ไม่ได้ติดเตียงค่ะ").special_needs == frozenset()


@pytest.mark.parametrize("text", ["เด็ก 12 ขวบ", "เด็กอายุ 12 ปี", "ลูก 12 ขวบ", "ลูกสาวอายุ 12 ปี",
                                  "เด็กผู้หญิงอายุ 14 ปี"])
def test_twelve_is_no_small_child(text: str) -> None:
    assert "child" not in facts_of(text).special_needs


@pytest.mark.parametrize("text", ["เด็ก 11 ขวบ", "ลูก 2 ขวบ", "มีเด็กเล็ก", "เด็กอายุ 5 ขวบ"])
def test_under_twelve_is_a_small_child(text: str) -> None:
    assert "child" in facts_of(text).special_needs
