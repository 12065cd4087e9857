"""Review 4 of the dev107-dev110 readings (7ad35a8 -> 4c75005): probe sentences each new rule
must read, and those it must not (a guess, a fear, a question, a sum, another's number, a
supposed case followed by one's own story)."""

from __future__ import annotations

import pytest

from dialogs.care_answers import read_travel_alone
from dialogs.consent_words import own_facts
from dialogs.parse import parse_phone
from dialogs.understand import read_message


def _special(text: str) -> list[str]:
    return list(read_message(text).get("special_needs") or [])


@pytest.mark.parametrize("text", ["พ่อเป็นอัลไซเมอร์ค่ะ", "แม่หนูเป็นสมองเสื่อม จำทางไม่ได้",
                                  "ยายเปนอัลไซเมอร์ค่ะ", "หมอบอกว่าพ่อเป็นอัลไซเมอร์ค่ะ",
                                  "ยายเป็นสมองเสื่อมมาสามปีแล้ว"])
def test_dementia_named_is_sick(text: str) -> None:
    assert "sick" in _special(text)


@pytest.mark.parametrize("text", [
    "พ่อไม่ได้เป็นอัลไซเมอร์นะคะ แค่แก่", "แม่บ่ได้เป็นอัลไซเมอร์ดอก", "พ่อบ่เป็นสมองเสื่อมเด้อ",
    "กลัวแม่จะเป็นอัลไซเมอร์ค่ะ", "สงสัยพ่อเป็นอัลไซเมอร์ ยังไม่ได้ไปหาหมอ",
    "คิดว่าแม่คงเป็นอัลไซเมอร์มั้ง ขี้ลืมมาก", "ไม่แน่ใจว่าพ่อเป็นอัลไซเมอร์รึเปล่า",
    "คนเป็นอัลไซเมอร์ขอความช่วยเหลือได้ไหมคะ", "แม่ไม่น่าจะเป็นอัลไซเมอร์ค่ะ",
    "พ่อเหมือนจะเป็นอัลไซเมอร์นิดๆ"])
def test_dementia_guessed_feared_asked_or_denied_is_not_sick(text: str) -> None:
    assert "sick" not in _special(text)


@pytest.mark.parametrize("text", ["ต้องไปล้างแผลทุกวันที่โรงพยาบาลค่ะ", "ผมโดนรถชน ต้องทำแผลทุกวัน",
                                  "แผลยังไม่หาย ต้องไปทำแผลทุกวัน"])
def test_wound_dressed_is_health(text: str) -> None:
    assert "health" in read_message(text).get("need_hints", [])


@pytest.mark.parametrize("text", ["แผลหายแล้วค่ะ ไม่ต้องล้างแผลแล้ว", "ผมไม่ได้ทำแผลอะไร สบายดี",
                                  "เมื่อเดือนก่อนไปทำแผลที่อนามัย ตอนนี้หายแล้ว",
                                  "ผมเป็นพยาบาล ทำแผลให้คนไข้ทุกวัน", "ลูกไปล้างแผลมาแล้วค่ะ หายแล้ว",
                                  "เด็กมันชอบทำแผลงๆ ครับ"])
def test_wound_healed_or_another_s_is_no_health(text: str) -> None:
    assert "health" not in read_message(text).get("need_hints", [])


@pytest.mark.parametrize(("text", "phone"), [
    ("เบอร์แม่ 0812345678 แต่แม่ไม่ค่อยได้ยิน ใช้เบอร์หนูดีกว่าค่ะ 0898765432", "0898765432"),
    ("0812345678 เอ๊ะ ไม่เอาดีกว่า เอาเบอร์ป้า 0898765432", "0898765432"),
    ("โทรหาผม 0812345678 ดีกว่าครับ หรือโทรหาแม่ 0898765432 ก็ได้", "0812345678"),
    ("เบอร์ 0812345678 ค่ะ โทรดีกว่าไลน์นะคะ ติดต่อพี่สาวก็ได้ 0898765432", "0812345678"),
    ("เบอร์หนู 0812345678 ค่ะ หนูพิมพ์แทนยาย ติดต่อยาย 0898765432", "0812345678"),
    ("เบอร์ผม 0812345678 นะครับ ไม่เอาเงินสด เอาเป็นตั๋วรถ โทรหาเมีย 0898765432", "0812345678"),
    ("ผม 0812345678 ครับ ไลน์ไม่ค่อยได้ใช้ แทนที่จะไลน์โทรเลยดีกว่า หรือติดต่อน้อง 0898765432",
     "0812345678"),
    ("เบอร์หนู 0812345678 ค่ะ โทรมาเบอร์นี้ดีกว่า ถ้าไม่ติดโทรหาแม่ 0898765432", "0812345678"),
    ("ใช้เบอร์ 0812345678 ดีกว่าครับ เบอร์เก่า 0898765432 ไม่ใช้แล้ว", "0812345678")])
def test_a_number_rather_is_only_one_chosen_over_the_first(text: str, phone: str) -> None:
    assert parse_phone(text) == phone


@pytest.mark.parametrize("text", ["จะไปนอนที่ไหนล่ะครับ คงป้ายรถเมล์แหละ",
                                  "ไม่มีตังเลยค่ะ จะไปนอนที่ไหนล่ะ", "แล้วคืนนี้จะไปนอนไหนละ ก็ไม่รู้"])
def test_where_to_sleep_asked_back_is_no_roof(text: str) -> None:
    assert read_message(text).get("no_shelter") is True


@pytest.mark.parametrize("text", ["ถ้าไม่ได้ค่ารถ จะไปนอนที่ไหนล่ะคะ",
                                  "กลับบ้านไปแล้วจะไปอยู่ที่ไหนล่ะ บ้านก็ขายไปแล้ว",
                                  "มีห้องเช่าอยู่แล้วค่ะ แต่ลูกจะไปนอนที่ไหนล่ะ ห้องมันเล็ก",
                                  "ตอนนี้นอนบ้านน้าอยู่ค่ะ แต่พรุ่งนี้จะไปนอนที่ไหนล่ะ",
                                  "แม่ถามว่าคืนนี้จะไปนอนไหนละ หนูบอกนอนห้องเพื่อนค่ะ"])
def test_where_to_sleep_supposed_or_another_s_is_not_no_roof(text: str) -> None:
    assert read_message(text).get("no_shelter") is not True


@pytest.mark.parametrize("text", ["ป้าคนเดียว 66", "พ่อไปคนเดียวครับ 72"])
def test_an_elder_alone_then_the_age(text: str) -> None:
    assert "elderly" in _special(text)


@pytest.mark.parametrize("text", ["ค่ารถพ่อไปคนเดียว 90", "ตั๋วแม่คนเดียว 80", "ส่งเงินให้แม่คนเดียว 70",
                                  "แม่ไปคนเดียว 9"])
def test_a_sum_for_one_alone_is_no_age(text: str) -> None:
    assert "elderly" not in _special(text) and "child" not in _special(text)


@pytest.mark.parametrize("text", ["ถ้ามีคนไม่มีเงินกลับบ้านขอได้มั้ยคะ ตอนนี้ไม่มีตังเลย ติดอยู่หมอชิต",
                                  "ถ้าคนตกงานขอได้ไหมครับ เพิ่งโดนเลิกจ้างเมื่อวาน ไม่มีค่ารถกลับศรีสะเกษ",
                                  "สวัสดีค่ะ ถ้าคนท้องขอได้ไหมคะ ท้อง 7 เดือนแล้ว อยู่บางนา",
                                  "ถ้าใครไม่มีที่นอนคืนนี้ ช่วยได้ไหมครับ นอนป้ายรถเมล์มาสองคืนแล้ว",
                                  "ถามให้แม่ค่ะ แม่ไม่มีเงินกลับบ้านอุบล ขอได้ไหมคะ"])
def test_a_case_supposed_then_one_s_own_story_is_kept(text: str) -> None:
    assert own_facts(text)


@pytest.mark.parametrize("text", ["ถ้าคนที่จะขอไม่มีบัตรประชาชน ขอได้ไหมครับ",
                                  "เบี้ยคนพิการได้เดือนละเท่าไหร่ครับ ถามให้พ่อครับ"])
def test_a_case_supposed_or_asked_for_alone_is_nobody_s(text: str) -> None:
    assert not own_facts(text)


@pytest.mark.parametrize(("text", "alone"), [("ไม่ได้ ขาไม่ดี", False), ("ไม่ได้ค่ะ ท้องแก่แล้ว", False),
                                             ("ไม่ได้หรอก แม่ป่วย แต่ผมไปคนเดียวได้", None),
                                             ("ไม่ได้ครับ ไม่ได้ป่วยอะไร ไปเองได้", None)])
def test_a_bare_no_then_a_care_need(text: str, alone: bool | None) -> None:
    assert read_travel_alone(text, None) is alone
