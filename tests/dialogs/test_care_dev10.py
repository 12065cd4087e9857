"""Care needs, counts and urgency found by dev10: a temple as a place for tonight,
grandparents together, voice-typed family words, a count taken back for going alone."""

from __future__ import annotations

import pytest

from dialogs.answering import regrouped_count
from dialogs.facts import extract_facts
from dialogs.parse_numbers import clean_text, negations_fixed
from dialogs.slots import BY_KEY


def test_staying_at_a_temple_is_not_urgent() -> None:
    text = ("เจริญพร อาตมาเป็นพระอยู่วัดแถวบางซื่อ มีโยมผู้ชายอายุ68 มาอาศัยนอนศาลาวัด "
            "อยากกลับบ้านที่พิจิตรแต่ไม่มีปัจจัย")  # dev10 monk at Bang Sue
    facts = extract_facts(text)
    assert facts.urgent is False
    assert facts.no_shelter is True  # no home of his own: still a hardship


@pytest.mark.parametrize("text", [
    "จะไปขออาศัยวัดนอนค่ะ",  # a roof only meant
    "อาศัยวัดอยู่ แต่เจ้าอาวาสไล่ออกแล้ว",  # must leave it
    "อาศัยอยู่ที่วัด คืนนี้ต้องออก",
    "ไม่ได้อาศัยวัดค่ะ",
])
def test_a_temple_not_kept_is_no_place_tonight(text: str) -> None:
    assert extract_facts(text).urgent is not False


def test_a_temple_with_nowhere_tonight_after_it_is_urgent() -> None:
    assert extract_facts("อาศัยนอนที่วัด แต่คืนนี้ไม่รู้จะนอนไหน").urgent is True


def test_grandmother_and_grandfather_together_are_elderly() -> None:
    text = "ยายกับตาโดนไล่ออกจากห้องเช่าที่บางเขน"  # dev10 grandparents, Bang Khen
    assert "elderly" in extract_facts(text).special_needs
    count = extract_facts("สามคนจ้ะ ยาย ตา หลานชาย4ขวบ อีกกี่วันถึงจะได้เงินจ๊ะ")
    assert count.travellers == 3 and {"child", "elderly"} <= count.special_needs


@pytest.mark.parametrize("text", ["ยายตายไปแล้วค่ะ", "ยายตามไปทีหลังค่ะ", "ยายตาบอดค่ะ",
                                  "ไปตากกับยาย"])
def test_grandma_and_a_word_starting_with_ta_is_not_the_couple(text: str) -> None:
    assert "elderly" not in extract_facts(text).special_needs


def test_voice_typed_wife_and_small_children() -> None:
    text = ("สวัสดีครับผมโดนเลิกจ้างจากไซร้งานก่อสร้างที่บางพีครับผมกับเมื่อและลูกเหล็กสองคน"
            "อยากกลับบ้านสีสะเกดแต่ไม่มีค่าลดครับ")  # dev10 construction worker
    facts = extract_facts(text)
    assert facts.travellers == 4
    assert facts.special_needs == {"child"}
    assert "child" in extract_facts("มีลูกเหล็กสองคนครับ").special_needs


@pytest.mark.parametrize("text", ["ผมกับเมื่อวานไปหาหมอ", "เมื่อก่อนผมทำงานโรงงาน",
                                  "ลูกค้าซื้อเหล็กเส้น", "ผมเมื่อไหร่จะได้กลับ"])
def test_when_and_iron_stay_themselves(text: str) -> None:
    fixed = negations_fixed(clean_text(text))
    assert "เมีย" not in fixed and "ลูกเล็ก" not in fixed


def test_a_count_taken_back_for_going_alone() -> None:
    text = "2คนครับกับแฟน... อ่อไม่ดีกว่าครับ แฟนไม่ไปแล้ว ผมไปคนเดียวครับ"  # dev10 Pak Kret
    assert extract_facts(text).travellers == 1


@pytest.mark.parametrize("text", ["2 คนครับ แฟนไม่ไปแล้ว",  # alone not said
                                  "2 คน ผมกับแฟน แฟนไปคนเดียวไม่ได้",
                                  "3 คน ไม่ด่วน ลูกคนเดียวยังเล็ก"])
def test_a_count_kept_without_going_alone_after_a_change(text: str) -> None:
    assert extract_facts(text).travellers != 1


@pytest.mark.parametrize(("text", "count"), [("จริงๆ ไปแค่ 2 คนค่ะ", 2),
                                             ("จริงๆ ผมไปคนเดียวครับ แฟนไม่ไป", 1)])
def test_fewer_going_said_later_is_taken(text: str, count: int) -> None:
    assert regrouped_count(BY_KEY["urgent"], text, {"travellers": 4}) == {"travellers": count}


@pytest.mark.parametrize("text", ["มีลูกเล็ก 2 คนค่ะ", "จริงๆ มีลูก 2 คน", "ไปคนเดียวไม่ไหวค่ะ"])
def test_a_smaller_number_is_not_fewer_going(text: str) -> None:
    assert regrouped_count(BY_KEY["urgent"], text, {"travellers": 4}) == {}
