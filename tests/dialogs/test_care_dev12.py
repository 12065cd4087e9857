"""Urgency, care needs and counts found by dev12 and dev13: sleeping on the beach, "not
quite urgent", mild blood pressure, both parents and their children."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.readers import read_urgent, said_urgency


@pytest.mark.parametrize("text", ["นอนหาด", "คนเดียว นอนหาด", "นอนริมหาดค่ะ", "นอนชายทะเล"])
def test_sleeping_on_the_beach_is_urgent(text: str) -> None:
    # dev12 Pattaya two words, Pha-ngan runaway boy: "นอนหาด"
    assert read_urgent(text, None) is True
    assert said_urgency(text) is True


@pytest.mark.parametrize("text", ["นอนหาดใหญ่", "อยู่หาดใหญ่ นอนบ้านเพื่อน"])
def test_hat_yai_is_no_beach(text: str) -> None:
    assert extract_facts(text).no_shelter is not True


def test_not_quite_urgent_is_not_urgent() -> None:
    text = "ตอนนี้อาศัยห้องเพื่อนอยู่ก่อนครับ ไม่ถึงกับด่วน"  # dev12 Map Ta Phut room fire
    assert read_urgent(text, None) is False
    assert said_urgency("คนเดียวครับ " + text) is False


@pytest.mark.parametrize("text", ["ไม่ถึงขั้นรีบค่ะ", "ไม่ต้องรีบค่ะ"])
def test_other_softened_no_urgency(text: str) -> None:
    assert read_urgent(text, None) is False


@pytest.mark.parametrize("text", ["ด่วนครับ ไม่ถึงกับต้องนอนข้างถนนแต่ก็ลำบาก", "ด่วนมากค่ะ"])
def test_urgent_stays_urgent(text: str) -> None:
    assert read_urgent(text, None) is True


def test_mild_blood_pressure_of_an_elder_is_no_sickness() -> None:
    text = "ป้าอายุ ๖๑ แล้วค่ะ ความดันนิดหน่อยแต่มียา"  # dev12 Khao Lak aunt
    assert extract_facts(text).special_needs == {"elderly"}


@pytest.mark.parametrize("text", ["ความดันสูงค่ะ", "แม่เป็นความดัน", "ความดันขึ้นค่ะ"])
def test_blood_pressure_is_sickness(text: str) -> None:
    assert "sick" in extract_facts(text).special_needs


def test_both_parents_and_three_children_are_five() -> None:
    text = ("เรียนเจ้าหน้าที่ ดิฉันเป็นนักสังคมสงเคราะห์ สำนักงานเขตบางเขน มีครอบครัวคนงานก่อสร้าง "
            "แคมป์ถูกรื้อ ผู้รับเหมาหนี ไม่ได้ค่าแรง ตอนนี้ทั้งครอบครัวนอนใต้ทางด่วน "
            "พ่อแม่และลูกสามคน คนเล็กอายุ1ขวบ ต้องการกลับบ้านที่สกลนคร ทุกคนมีบัตร/สูติบัตรค่ะ")
    assert extract_facts(text).travellers == 5  # dev13 social worker, Bangkok camp


@pytest.mark.parametrize(("text", "count"), [("ผมกับลูกสามคน", 4), ("ผัวเมียกับลูก 2 คน", 4),
                                             ("ผมกับพ่อแม่และลูก 2 คน", 5)])
def test_other_family_counts(text: str, count: int) -> None:
    assert extract_facts(text).travellers == count


@pytest.mark.parametrize("text", ["ยังอยู่แคมป์คนงานได้อีกสองสามวันครับ",  # dev12 Ao Nang
                                  "ยังอยู่หอโรงงานได้ถึงสิ้นเดือนค่ะ"])  # dev12 Ban Chang
def test_a_camp_or_factory_dorm_for_now_is_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is False
    assert said_urgency("1 " + text) is False


@pytest.mark.parametrize("text", ["ยังอยู่หอโรงงานได้ถึงวันนี้", "ยังอยู่แคมป์ได้แต่คืนนี้ต้องออก",
                                  "ยังอยู่หอโรงงานได้ไม่เกินคืนนี้"])
def test_a_camp_left_tonight_is_not_calm(text: str) -> None:
    assert read_urgent(text, None) is not False
