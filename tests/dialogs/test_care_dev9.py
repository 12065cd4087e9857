"""Care needs and urgency found by dev9: afraid to go alone, the child's parent named
at a correction, whose home is where after "no money", a room kept until tomorrow."""

from __future__ import annotations

import pytest

from dialogs.care_answers import read_travel_alone
from dialogs.facts import extract_facts
from dialogs.readers import read_urgent, said_urgency
from dialogs.understand import corrections


def test_afraid_to_go_alone_cannot_travel_alone() -> None:
    text = "ไม่กล้าไปคนเดียวค่ะ กลัว อยากมีเจ้าหน้าที่ไปด้วย"  # dev9 rescued victim
    assert "cannot_travel_alone" in extract_facts(text).special_needs
    assert read_travel_alone(text, None) is False


@pytest.mark.parametrize("text", ["กล้าไปคนเดียวค่ะ", "ไม่กล้าบอกแม่ ไปคนเดียวได้ค่ะ"])
def test_not_afraid_to_go_alone(text: str) -> None:
    assert "cannot_travel_alone" not in extract_facts(text).special_needs


def test_childs_mother_is_no_child_and_keeps_care_needs() -> None:
    text = "ขอแก้ครับ แม่ของเด็กจะไปด้วย รวมเป็น 3 คนครับ"  # dev9 father at Siriraj
    assert "child" not in extract_facts(text).special_needs
    answers = {"travellers": 2, "special_needs": ["child", "sick"]}
    fixed = corrections(answers, text)
    assert fixed is not None and fixed["travellers"] == 3
    assert fixed["special_needs"] == ["child", "sick"]


@pytest.mark.parametrize("text", ["ไปกับแม่และเด็กเล็ก", "มีเด็ก 5 ขวบไปด้วย"])
def test_a_child_still_is_a_child(text: str) -> None:
    assert "child" in extract_facts(text).special_needs


def test_home_named_after_no_money_is_no_homelessness() -> None:
    text = ("ยายมากับคณะทัวร์ไหว้พระ รถทัวร์ทิ้งยายไว้ที่เชียงใหม่ เงินก็ไม่มี "
            "บ้านยายอยู่ร้อยเอ็ด")  # dev9 grandmother left by the tour
    assert extract_facts(text).no_shelter is None
    assert said_urgency(text) is None


@pytest.mark.parametrize("text", ["ไม่มีบ้านอยู่", "ไม่มีบ้าน นอนข้างถนน", "ไม่มีบ้านให้อยู่ค่ะ"])
def test_no_home_still_is(text: str) -> None:
    assert extract_facts(text).no_shelter is True


def test_temple_for_now_is_not_urgent() -> None:
    assert read_urgent("หลวงพ่อให้นอนที่วัดได้จ้ะ", None) is False  # dev9 grandmother


@pytest.mark.parametrize("text", ["ยังอยู่ห้องได้ถึงพรุ่งนี้ครับ",  # dev9 long story
                                  "4 คน ผม เมียท้อง 7 เดือน ลูกชาย 5 ขวบ แม่ผมอายุ 60 "
                                  "ยังอยู่ห้องได้ถึงพรุ่งนี้ครับ", "ยังอยู่หอได้ถึงสิ้นเดือนค่ะ"])
def test_room_kept_for_now_is_not_urgent(text: str) -> None:
    assert said_urgency(text) is False
    assert read_urgent(text, None) is False


@pytest.mark.parametrize("text", ["ยังอยู่ห้องได้ถึงวันนี้ค่ะ",
                                  "ยังอยู่ห้องได้ แต่คืนนี้เจ้าของจะล็อกห้องแล้ว"])
def test_room_lost_today_is_not_read_calm(text: str) -> None:
    assert read_urgent(text, None) is not False


def test_sixty_is_elderly_by_thai_law() -> None:
    # the Older Persons Act and the old-age allowance count 60 years as elderly
    assert "elderly" in extract_facts("แม่ผมอายุ 60 ก็อยู่ด้วย").special_needs
    assert "elderly" not in extract_facts("แม่ผมอายุ 59 ก็อยู่ด้วย").special_needs


def test_a_summary_fix_adding_someone_keeps_the_care_needs_known() -> None:
    known = {"travellers": 2, "special_needs": ["child", "sick"]}
    fixed = corrections(known, "ขอแก้ครับ ยายไปด้วย อายุ 80 รวมเป็น 3 คน")
    assert fixed is not None
    assert fixed["special_needs"] == ["child", "elderly", "sick"] and fixed["travellers"] == 3
    taken_back = corrections(known, "ไม่ใช่ค่ะ มีแค่เด็กเล็ก")  # a fix, not one more
    assert taken_back is not None and taken_back["special_needs"] == ["child"]
