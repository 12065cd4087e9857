"""Review 2 of the dev85 readers: what the change read worse than before."""

from __future__ import annotations

import pytest

from dialogs.needs import parse_needs
from dialogs.writer_place import for_another, without_writer

FOR_ANOTHER = {"for_another": True}


@pytest.mark.parametrize("text", [
    "ผ่อนรถไม่ไหว จ่ายไม่ได้ โดนฟ้องค่ะ",      # an inability, then a suit: no denial
    "หนี้บัตรจ่ายไม่ได้โดนฟ้อง",
    "ทำงานไม่ได้ โดนทวงหนี้ทุกวันค่ะ",
    "เงินไม่มี หนี้นอกระบบเต็มเลย",           # a lack of money, then a debt
    "ตังค์ก็ไม่มี หนี้นอกระบบก็เยอะ",
    "งานก็ไม่มี คดีก็ยังไม่จบ",
])
def test_legal_need_kept(text: str) -> None:
    assert "legal" in parse_needs(text)


@pytest.mark.parametrize("text", [
    "ไม่ได้โดนคดีครับ", "ผมไม่มีหนี้นอกระบบครับ", "ไม่มีหนี้ครับ แต่ไม่มีงาน", "ไม่มีค่ารถ ไม่มีหนี้",
    "ผมไม่มีหนี้ ไม่มีคดีครับ",
])
def test_legal_need_denied(text: str) -> None:
    assert "legal" not in parse_needs(text)


@pytest.mark.parametrize("text", [
    "แม่หนูอยู่ลพบุรีค่ะ", "พี่ชายหนูอยู่ภูเก็ตค่ะ", "หลานผมอยู่ระยองครับ",  # a kin's place
    "แม่อยู่กับหนูค่ะ หนูอยู่ลพบุรี", "หนูอยู่ลพบุรีค่ะ แม่ก็อยู่ด้วย",       # with the writer
])
def test_traveller_place_kept(text: str) -> None:
    assert without_writer(text, FOR_ANOTHER) == text


def test_writer_place_still_dropped() -> None:
    text = "ประจวบคีรีขันธ์ หัวหินค่ะ ไม่ใช่กทม.นะคะ หนูอยู่กทม."
    assert "หนูอยู่กทม" not in without_writer(text, FOR_ANOTHER)


@pytest.mark.parametrize("text", [
    "ผมอาศัยอยู่ที่มูลนิธิกระจกเงา อยากกลับบ้านที่ชัยภูมิครับ ตกงาน",
    "หนูพักอยู่ที่มูลนิธิค่ะ อยากกลับบ้าน",
    "หนูเคยได้รับความช่วยเหลือจากมูลนิธิ ตอนนี้อยู่กทม.อยากกลับบ้านที่เลย",
    "มูลนิธิส่งผมมาอยู่ที่นี่ ผมอยากกลับบ้านที่พะเยา",
    "อาสาพาผมมาที่ศูนย์ ผมอยู่กรุงเทพ อยากกลับมหาสารคาม",
    "ผมอาสาไปทำงานที่ระยอง ตอนนี้ตกงาน",
])
def test_own_trouble_at_a_foundation(text: str) -> None:
    assert not for_another(text)


@pytest.mark.parametrize("text", [
    "หนูเป็นอาสามูลนิธิด้านเอชไอวี อยู่กทม.ค่ะ",
    "ผมเป็นเจ้าหน้าที่มูลนิธิ อยู่กทม. มีผู้ป่วยอยากกลับบ้านที่ลำปาง",
    "อาสามาช่วยพิมพ์ให้ค่ะ ตอนนี้อยู่ขอนแก่น",
])
def test_volunteer_still_for_another(text: str) -> None:
    assert for_another(text)
