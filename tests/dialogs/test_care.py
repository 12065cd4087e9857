"""Care needs read from a message (dialogs.care through dialogs.facts)."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.readers import read_special, read_travellers, read_urgent


@pytest.mark.parametrize(("text", "needs"), [
    ("ไปคนเดียวไม่ได้ ป่วยอยู่", ["cannot_travel_alone", "sick"]),
    ("ไปคนเดียวไม่ได้ ท้อง 7 เดือน", ["cannot_travel_alone", "pregnant"]),
    ("เดินทางเองไม่ได้ พิการขา", ["cannot_travel_alone", "disabled"]),
    ("กลับคนเดียวไม่ค่อยได้ ไม่สบาย", ["cannot_travel_alone", "sick"]),
    # dev sets' answers to "anyone who needs care?"
    ("ป้าตาบอดครับ อายุ 58 ไปคนเดียวไม่ได้", ["cannot_travel_alone", "disabled"]),
    ("ป่วยครับ เพิ่งออกจากโรงพยาบาล เดินทางคนเดียวไม่ค่อยไหว", ["cannot_travel_alone", "sick"]),
])
def test_cannot_go_alone_then_a_new_clause(text: str, needs: list[str]) -> None:
    assert read_special(text, None) == needs
    assert extract_facts(text).travellers is None  # not "alone": the count is asked


@pytest.mark.parametrize("text", [
    "ไปคนเดียว ไม่ได้ท้อง", "ไปคนเดียวไม่ได้ท้อง", "ไปคนเดียวไม่ได้ป่วยอะไร",
    "ไปคนเดียวค่ะ ไม่ได้ป่วย",
])
def test_alone_and_did_not_is_no_care_need(text: str) -> None:
    assert not extract_facts(text).special_needs
    assert read_travellers(text, None) == 1


@pytest.mark.parametrize("text", [
    "นอนกับแม่ริมถนน", "นอนกับลูกที่สถานีขนส่ง", "นอนกันริมถนน", "นอนอยู่กับแฟนใต้สะพาน",
    "นอนกับลูก 2 คนที่ป้ายรถเมล์", "นอนกับลูกๆที่วัด", "ผมกับแม่นอนริมถนน",
])
def test_sleeping_outside_with_someone_is_no_shelter(text: str) -> None:
    assert extract_facts(text).no_shelter is True
    assert read_urgent(text, None) is True


@pytest.mark.parametrize("text", [
    "นอนกับเพื่อนที่ห้อง", "นอนกับแม่ค่ะ", "นอนกับแม่ที่บ้าน", "ไม่ได้นอนกับแม่ริมถนน",
])
def test_sleeping_with_someone_indoors_is_a_shelter(text: str) -> None:
    assert extract_facts(text).no_shelter is False


def test_tonight_sleeping_out_with_a_child_is_urgent() -> None:
    assert extract_facts("คืนนี้ต้องนอนกับลูกริมถนน").urgent is True


@pytest.mark.parametrize("text", [
    "ตอนนี้นอนอยู่ท่าเรือไม่มีเงินกลับบ้าน", "นอนแถวหมอชิต", "นอนที่ตะหลาด", "นอนในสถานีรถไฟ",
    "นอนกับลูกแถวสนามหลวง", "นอนหน้าเซเว่น", "นอนริมคลอง",
])
def test_more_places_to_sleep_outside(text: str) -> None:
    assert extract_facts(text).no_shelter is True


@pytest.mark.parametrize("text", ["นอนในห้องเพื่อน", "นอนแถวบ้านเพื่อน"])
def test_a_room_near_somewhere_is_not_outside(text: str) -> None:
    assert extract_facts(text).no_shelter is not True


def test_the_expressway_is_no_urgency() -> None:
    assert extract_facts("บ้านอยู่ใกล้ทางด่วน").urgent is None


@pytest.mark.parametrize("text", [
    "ลูกสาว8เดือนค่ะ",  # dev17 ekkamai couple with baby, to "anyone who needs care?"
    "นมลูกเหลือกระป๋องเดียว",  # the same couple's hardship
    "หลานชายอายุสิบเอ็ดเดือน", "ลูก 3 อาทิตย์", "ให้นมลูกอยู่ค่ะ", "ผ้าอ้อมลูกหมดแล้ว"])
def test_a_baby_told_by_its_age_in_months_or_its_milk_is_a_small_child(text: str) -> None:
    assert "child" in extract_facts(text).special_needs


@pytest.mark.parametrize("text", [
    "ลูกสาวท้อง 8 เดือน",  # a pregnancy
    "ลูกชายทำงานมา 8 เดือน", "ผ้าอ้อมผู้ใหญ่ของแม่หมดแล้ว", "ทำงานมา 8 เดือน"])
def test_months_or_milk_of_no_baby_is_no_small_child(text: str) -> None:
    assert "child" not in extract_facts(text).special_needs


def test_an_injured_hand_is_sick() -> None:
    # dev16 trat injured crew: "มือเจ็บทำงานไม่ได้"; never a hurt heart ("เจ็บใจ")
    assert "sick" in extract_facts("มือเจ็บทำงานไม่ได้").special_needs
    assert "sick" not in extract_facts("เจ็บใจที่โดนโกง").special_needs


POLICE = ("เรียนเจ้าหน้าที่ครับ ผม ด.ต.สมบัติ สภ.เมืองนครสวรรค์ เจอชายคนหนึ่งหลงอยู่บขส.นครสวรรค์ "
          "พูดไม่ค่อยชัด น่าจะบกพร่องทางสติปัญญา ในกระเป๋ามีบัตรประชาชนที่อยู่ยโสธรครับ "
          "อยากให้ช่วยส่งกลับบ้าน")  # dev18 police for lost disabled man


@pytest.mark.parametrize("text", [
    POLICE, "บกพร่องทางสติปัญญา พูดไม่ชัด", "น้องปัญญาอ่อน ต้องมีคนคุมไปตลอดทาง",
    "ลูกบกพร่องทางการได้ยินค่ะ", "พ่อบกพร่องทางการเคลื่อนไหว",
])
def test_a_kind_of_disability_named_by_the_law_is_disabled(text: str) -> None:
    assert "disabled" in extract_facts(text).special_needs


@pytest.mark.parametrize("text", [
    "เจ้าหน้าที่บกพร่องทางหน้าที่", "ไม่ได้บกพร่องทางสติปัญญานะครับ แค่เมา", "พูดไม่ค่อยชัด",
])
def test_no_disability_in_a_duty_failed_or_denied(text: str) -> None:
    assert "disabled" not in extract_facts(text).special_needs


@pytest.mark.parametrize("text", ["นายจ้างด่าว่าปัญญาอ่อน", "เขาด่าว่าเป็นปัญญาอ่อน"])
def test_an_insult_is_no_disability(text: str) -> None:
    assert "disabled" not in extract_facts(text).special_needs  # review: a sensitive misreading


@pytest.mark.parametrize("text", ["ไม่ได้เจอลูก 3 เดือนแล้ว", "ส่งเงินให้ลูก3เดือนแล้ว",
                                  "ซื้อผ้าอ้อมให้แม่ที่ติดเตียง"])
def test_time_apart_or_an_adults_diaper_is_no_small_child(text: str) -> None:
    assert "child" not in extract_facts(text).special_needs


@pytest.mark.parametrize("text", ["ลูก 3 เดือนแล้วค่ะ", "ลูกสาว8เดือนค่ะ", "พาลูก 3 เดือนมาด้วย",
                                  "ต้องซื้อผ้าอ้อมให้ลูก", "ไม่มีเงินซื้อผ้าอ้อม"])
def test_a_baby_is_still_a_small_child(text: str) -> None:
    assert "child" in extract_facts(text).special_needs
