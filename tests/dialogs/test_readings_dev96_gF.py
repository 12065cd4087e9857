"""Needless questions found in the blind sets dev89-dev98 (group gF): a roof for tonight
told in words the urgency reader missed (a room paid for more nights, a rented room with
the rent owed, the writer's own home for now, a camp kept until the month's end), one put
out sitting in the open now, and a village head who knows the person and is willing to
issue the letter."""

from __future__ import annotations

import pytest

from dialogs.letter import read_letter
from dialogs.understand import read_message
from dialogs.urgency import read_urgent, said_urgency


# dev98: "ห้องพักจ่ายไว้แล้วอีก 2 คืนค่ะ" (the guesthouse paid for two more nights) was asked
# twice and skipped; dev95: "ยังมีห้องเช่าอยู่เจ้า แต่ค่าห้องค้าง" (rent owed, the room still
# had); dev95: "ตอนนี้ยายพักที่บ้านผมก่อนได้ครับ" (the writer's home for now)
@pytest.mark.parametrize("text", [
    "ห้องพักจ่ายไว้แล้วอีก 2 คืนค่ะ ข้าวยังพอมี", "ห้องเหลืออีกสามคืนค่ะ",
    "จ่ายค่าห้องไว้ถึงสิ้นเดือนค่ะ", "หอจ่ายแล้วถึงวันอาทิตย์ครับ",
    "ยังมีห้องเช่าอยู่เจ้า แต่ค่าห้องค้าง", "ยังมีห้องอยู่ค่ะ แต่ค่าเช่ายังไม่ได้จ่าย",
    "ยังมีห้องเช่าอยู่ครับ แต่ค่าห้องค้างเดือนนึง",
    "ตอนนี้ยายพักที่บ้านผมก่อนได้ครับ มีข้าวกิน", "ให้ยายพักบ้านผมไปก่อนครับ",
    "ยายนอนที่บ้านหนูชั่วคราวได้ค่ะ", "ยังพักอยู่แคมป์ได้ถึงสิ้นเดือน"])
def test_roof_for_tonight_is_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is False
    assert said_urgency(text) is False


# the same answers given with the count ("2 คนค่ะ ... ห้องพักจ่ายไว้แล้วอีก 2 คืนค่ะ")
@pytest.mark.parametrize("text", [
    "2 คนค่ะ พี่กับน้อง ห้องพักจ่ายไว้แล้วอีก 2 คืนค่ะ ข้าวยังพอมี น้องเป็นคนพิการค่ะ"
    " ขาอ่อนแรงเดินไม่ได้ นั่งวีลแชร์ มีบัตรคนพิการ",
    "ไปคนเดียวเจ้า ยังมีห้องเช่าอยู่เจ้า แต่ค่าห้องค้าง",
    "ยายคนเดียวครับ ผมไม่ได้ไปด้วย ตอนนี้ยายพักที่บ้านผมก่อนได้ครับ มีข้าวกิน ไม่ได้ครับ"
    " ต้องมีเจ้าหน้าที่ไปส่ง ยายอายุ79 เดินช้า จำทางไม่ค่อยได้ ไปคนเดียวไม่ได้ครับ"])
def test_roof_with_the_count(text: str) -> None:
    assert said_urgency(text) is False


# never a room that ends, one lost, a debt of days, a wish, a refusal or a time before
@pytest.mark.parametrize("text", [
    "ห้องหมดอีก 2 วัน", "ห้องค้างค่าเช่าอีก 2 วันจะโดนไล่",
    "ยังมีห้องเช่าอยู่ แต่ค่าห้องค้าง เจ้าของไล่แล้ว", "ยังมีห้องเช่าอยู่ แต่เจ้าของให้ออก",
    "อยากให้ยายพักที่บ้านผมก่อน แต่เมียไม่ยอม", "ยายพักที่บ้านผมก่อนไม่ได้ครับ",
    "เคยพักที่บ้านผมก่อนหน้านี้"])
def test_no_roof_read(text: str) -> None:
    assert read_urgent(text, None) is not False


@pytest.mark.parametrize("text", ["ยังมีห้องอยู่ แต่พรุ่งนี้ต้องออก",
                                  "ยายพักที่บ้านผมก่อน แต่พรุ่งนี้ต้องออก"])
def test_roof_ending_tomorrow_is_urgent(text: str) -> None:
    assert read_urgent(text, None) is True


# dev96, dev89: a camp or a room kept until the month's end told in the story: not urgent
@pytest.mark.parametrize("text", [
    "ตอนนี้ยังพักอยู่แคมป์ได้ถึงสิ้นเดือน แต่ตังค่ารถกลับบ้านกาฬสินธุ์บ่มีแล้วครับ",
    "เรากับลูกพี่ลูกน้องทำงานโรงงานกุ้งอยู่มหาชัย โรงงานปิดครับ บ่มีเงินกลับบ้านร้อยเอ็ด"
    " ห้องยังอยู่ได้ถึงสิ้นเดือน",
    "ห้องพักจ่ายไว้แล้วอีก 2 คืนค่ะ", "หอยังอยู่ได้อีกสามวันครับ"])
def test_story_room_kept_until_later(text: str) -> None:
    assert read_message(text).get("urgent") is False


@pytest.mark.parametrize("text", [
    "ห้องยังอยู่ได้ถึงสิ้นเดือน แต่เจ้าของให้ออกพรุ่งนี้", "ไม่มีห้องอยู่ถึงสิ้นเดือน",
    "ห้องจ่ายถึงสิ้นเดือน หลังจากนั้นไม่รู้จะไปไหน"])
def test_story_room_not_kept(text: str) -> None:
    assert read_message(text).get("urgent") is not False


def test_story_sick_after_the_room_stays_urgent() -> None:
    assert read_message("ห้องยังอยู่ได้อีก 2 คืน แต่ลูกป่วยหนัก").get("urgent") is True


# dev96: put out last night, sitting outside a 7-Eleven now: nowhere to sleep, so urgent
# (the urgency is not asked)
@pytest.mark.parametrize("text", [
    "หนูโดนหลอกมาทำงานร้านอาหารที่พัทยา พอมาถึงเป็นร้านคาราโอเกะให้นั่งดริ้ง หนูไม่ยอม"
    " เจ้าของร้านเลยไม่ให้ตังแล้วไล่ออกมาเมื่อคืน ตอนนี้นั่งอยู่หน้าเซเว่น ตังเหลือ40บาท",
    "ไล่ออกมาเมื่อคืน ตอนนี้นั่งอยู่หน้าเซเว่น", "โดนไล่ออกจากห้อง ตอนนี้นั่งที่ป้ายรถเมล์",
    "โดนไล่ออกจากหอ ตอนนี้นอนอยู่ข้างถนน"])
def test_put_out_and_outside_now(text: str) -> None:
    said = read_message(text)
    assert said.get("no_shelter") is True and not said.get("roof_unknown")


@pytest.mark.parametrize("text", [
    "โดนไล่ออกจากห้อง ตอนนี้นั่งอยู่ที่ร้านกาแฟเพื่อน",
    "โดนไล่ออกจากห้อง ตอนนี้นั่งอยู่หน้าเซเว่น รอเพื่อนมารับไปนอนบ้าน"])
def test_put_out_roof_still_asked(text: str) -> None:
    assert read_message(text).get("roof_unknown") is True


def test_sitting_outside_alone_is_no_hardship() -> None:
    assert "no_shelter" not in read_message("ตอนนี้นั่งอยู่หน้าเซเว่น")


# dev91: the village head knows the man and is willing to issue the letter (asked twice)
@pytest.mark.parametrize("text", [
    "ผมโทรคุยผู้ใหญ่บ้านที่บ้านเขาแล้วครับ ผู้ใหญ่รู้จักลุง ยินดีออกหนังสือรับรองให้",
    "ผู้ใหญ่รู้จักลุง ยินดีออกหนังสือรับรองให้", "กำนันรู้จักแม่ดี พร้อมเซ็นให้",
    "ผู้ใหญ่บ้านจำยายได้ จะออกหนังสือให้"])
def test_letter_willing(text: str) -> None:
    assert read_letter(text, None) is True


@pytest.mark.parametrize("text", [
    "ผู้ใหญ่รู้จักลุง แต่ไม่ยอมออกหนังสือให้", "กำนันรู้จักลุง ยินดีออกให้ไม่ได้",
    "ผู้ใหญ่บ้านไม่รู้จักลุง ไม่ออกให้", "ผู้ใหญ่บ้านไม่รู้จักลุง จะออกหนังสือให้ได้ยังไง"])
def test_letter_not_given(text: str) -> None:
    assert read_letter(text, None) is not True
