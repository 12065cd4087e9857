"""A place for now with a later end ("แต่...ภายในอาทิตย์นี้") is still a place tonight (dev12
durian pickers: asked twice, then skipped)."""

from __future__ import annotations

import pytest

from dialogs.readers import read_urgent, said_urgency


@pytest.mark.parametrize("text", [
    "ยังนอนเพิงในสวนได้อยู่ครับ แต่เถ้าแก่บอกให้ออกภายในอาทิตย์นี้",
    "นอนวัดไปก่อน แต่หลวงพ่อให้อยู่ได้อีกสองสามวัน"])
def test_a_later_end_is_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is False


@pytest.mark.parametrize(("text", "urgent"), [
    ("ยังนอนห้องเพื่อนได้ แต่อาทิตย์นี้เพื่อนไล่ คืนนี้ไม่มีที่นอน", True),
    ("ยังมีที่นอน แต่ลูกไม่สบายหนัก", True),
    # leaving tomorrow: the place ends within the day of help (dev21), urgent
    ("พักที่มูลนิธิได้ค่ะ แต่คืนพรุ่งนี้ต้องออกแล้ว", True)])
def test_a_but_about_tonight_still_counts(text: str, urgent: bool | None) -> None:
    assert read_urgent(text, None) is urgent


# a room or a camp kept until a later day (dev14 phuket, dev9 builder and hill man, dev12
# gambler: "urgent?" asked twice)
@pytest.mark.parametrize("text", [
    "ยังอยู่ห้องพนักงานได้ถึงวันอาทิตย์ค่ะ", "แคมป์ให้อยู่ได้ถึงอาทิตย์หน้า 👌",
    "ยังมีห้องเช่าถึงสิ้นเดือนครับ", "ห้องจ่ายถึงสิ้นเดือนครับ ยังอยู่ได้"])
def test_a_room_until_a_later_day_is_not_urgent(text: str) -> None:
    assert read_urgent(text, None) is False
    assert said_urgency("คนเดียวครับ " + text) is False


@pytest.mark.parametrize("text", [
    "ห้องหมดถึงคืนนี้", "ไม่มีห้องถึงพรุ่งนี้", "ห้องเช่าอยู่ได้ถึงสิ้นเดือน แต่คืนนี้ไม่มีข้าว"])
def test_a_room_that_ends_or_is_gone_is_not_read_as_kept(text: str) -> None:
    assert read_urgent(text, None) is not False
