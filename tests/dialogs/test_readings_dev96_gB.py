"""dev96/dev98 group gB: a beaten limb (a hurt: sick, its urgency asked), a complaint to
the police wished for (legal advice), a particle before a pregnancy's months, a "special
child" (disabled, no small child) and the writer's place kept by small children."""

from __future__ import annotations

import pytest

from dialogs.needs import parse_needs
from dialogs.understand import read_message


def _needs(text: str) -> list[str]:
    return list(read_message(text).get("special_needs") or [])


# --- a limb beaten: sick (not disabled while it heals), urgency left to the question ---

@pytest.mark.parametrize("text", [
    "เขาส่งตัวกลับมาด่านคลองลึกเมื่อวาน ตอนนี้อยู่อรัญ ขาโดนตีบวมเดินไม่ค่อยได้",
    "ขาโดนตีบวมเดินไม่ค่อยได้", "ขาซ้ายโดนมันกระทืบ เดินไม่ได้", "แขนถูกตีจนบวมค่ะ"])
def test_a_beaten_limb_is_sick_not_urgent(text: str) -> None:
    said = read_message(text)
    assert said.get("special_needs") == ["sick"]
    assert "urgent" not in said


@pytest.mark.parametrize("text", ["เขาโดนตี", "หนูโดนตีทุกวัน", "ถูกทำร้ายค่ะ", "แขนโดนผัวทุบ"])
def test_a_beating_of_the_person_or_by_a_named_abuser_stays_urgent(text: str) -> None:
    assert read_message(text).get("urgent") is True


@pytest.mark.parametrize("text", ["เขาโดนตี", "หลังโดนตีก็หนีออกมา", "เดินไม่ค่อยได้ค่ะ"])
def test_no_limb_no_beaten_limb(text: str) -> None:
    assert "sick" not in _needs(text)


# --- a complaint to the police against someone: legal advice ---

@pytest.mark.parametrize("text", [
    "อยากปรึกษาเรื่องแจ้งความเขาค่ะ กลัวเขาตามมา", "อยากแจ้งความเอาผิดนายหน้าค่ะ",
    "อยากแจ้งความจับผัวค่ะ", "ขอคำแนะนำเรื่องการแจ้งความค่ะ"])
def test_charges_wished_are_legal(text: str) -> None:
    assert "legal" in parse_needs(text)


@pytest.mark.parametrize("text", [
    "แจ้งความบัตรหายแล้วค่ะ", "ต้องแจ้งความประสงค์ก่อนไหม", "ไม่อยากแจ้งความเขาค่ะ",
    "มีใบแจ้งความค่ะ", "แจ้งความคนหายไว้แล้ว", "ปรึกษาเรื่องแจ้งความบัตรหาย"])
def test_a_report_of_a_thing_lost_or_not_wished_is_no_legal_need(text: str) -> None:
    assert "legal" not in parse_needs(text)


# --- a particle between the pregnancy and its months ---

@pytest.mark.parametrize("text", ["ท้องค่ะ5เดือน", "ท้องครับ 7 เดือน", "ท้องจ้า 6 เดือน"])
def test_pregnant_with_a_particle_before_the_months(text: str) -> None:
    assert "pregnant" in _needs(text)


@pytest.mark.parametrize("text", ["ปวดท้องค่ะ 2 อาทิตย์", "มวนท้องค่ะ3อาทิตย์", "หิวท้องค่ะ 2 วัน"])
def test_a_belly_with_a_particle_is_no_pregnancy(text: str) -> None:
    assert "pregnant" not in _needs(text)


# --- a "special child", a grown-up "like a child" ---

@pytest.mark.parametrize("text", [
    "ป้าพาลูกชายมาหาหมอที่กรุงเทพ ลูกเปนเด็กพิเศษ อายุ24แล้วแต่เหมือนเด็ก",
    "ลูกเป็นเด็กพิเศษค่ะ", "น้องชายเปนเด็กพิเศษ"])
def test_a_special_child_is_disabled_not_small(text: str) -> None:
    assert _needs(text) == ["disabled"]


@pytest.mark.parametrize("text", ["หนูเป็นครูสอนเด็กพิเศษ", "เขาทำตัวเหมือนเด็ก", "อายุ 30 แต่นิสัยเหมือนเด็ก"])
def test_no_special_child_no_child(text: str) -> None:
    assert _needs(text) == []


def test_a_small_child_still_is() -> None:
    assert "child" in _needs("มีเด็กเล็กไปด้วย")
    assert "child" in _needs("หลานชายเป็นเด็กพิเศษ 8 ขวบ")


# --- the writer's place, kept there by small children, who cannot go and fetch ---

@pytest.mark.parametrize("text", [
    "หนูอยู่นครสวรรค์ ลูกยังเล็ก ไม่มีเงินไปรับ แม่กลับเองก็ไม่ได้ มีเจ้าหน้าที่พาแม่มาส่งได้ไหมคะ",
    "ผมอยู่เชียงใหม่ ติดงาน ไปรับไม่ได้", "หนูอยู่พิจิตร มีลูกเล็ก ไม่มีเงินไปรับแม่"])
def test_the_writers_place_is_not_the_travellers(text: str) -> None:
    assert "current_province" not in read_message(text)


def test_the_traveller_found_elsewhere_stays_there() -> None:
    said = read_message("แม่อายุ78 หลงๆลืมๆ แอบขึ้นรถไฟไปคนเดียว ตอนนี้มีคนเจอที่สถานีอยุธยาค่ะ "
                        "หนูอยู่นครสวรรค์ ลูกยังเล็ก ไม่มีเงินไปรับ แม่กลับเองก็ไม่ได้")
    assert said["current_province"]["name"] == "พระนครศรีอยุธยา"


@pytest.mark.parametrize("text", ["หนูอยู่ระยอง ลูกยังเล็ก ไม่มีเงินกลับบ้าน", "หนูอยู่ระยอง แม่ไปรับไม่ได้"])
def test_the_writer_stranded_is_where_they_are(text: str) -> None:
    assert read_message(text)["current_province"]["name"] == "ระยอง"
