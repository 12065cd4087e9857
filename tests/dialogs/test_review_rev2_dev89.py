"""Review rev2 of 53717ae..3c796ad: what the change read worse than before."""

from __future__ import annotations

import pytest

from dialogs.after_needs import told_devices
from dialogs.understand import read_message

FAMILY_AID = "disability_family_aid"


def _province(text: str, key: str) -> str | None:
    place = read_message(text).get(key)
    return place["name"] if isinstance(place, dict) else None


@pytest.mark.parametrize("text", [
    "แม่ผมกับน้องไม่มีบัตรครับ",          # the mother's and the sibling's, not the writer's
    "ลูกหนูกับหลานไม่มีบัตรค่ะ",
    "แม่หนูกับพ่อไม่มีบัตรค่ะ",
    "ยายเรากับตาไม่มีบัตรเลย",
])
def test_kin_with_another_no_card_not_writers(text: str) -> None:
    assert "id_card" not in read_message(text)


def test_kin_with_another_nationality_not_writers() -> None:
    assert "thai" not in read_message("เมียผมกับลูกเป็นคนพม่าครับ")


@pytest.mark.parametrize(("text", "key", "value"), [
    ("หนูกับลูกเป็นคนไทยค่ะ", "thai", True),    # the writer with the child: kept
    ("หนูกับลูกเป็นคนลาวค่ะ", "thai", False),
    ("ผมกับเมียไม่มีบัตรครับ", "id_card", False),
    ("หนูกับแฟนก็ไม่มีบัตรค่ะ", "id_card", False),
])
def test_writer_with_another_kept(text: str, key: str, value: bool) -> None:
    assert read_message(text)[key] is value


@pytest.mark.parametrize("text", [
    "ลูกอยู่ชลบุรี ไม่มีเงินไปรับลูกค่ะ",     # the writer cannot go: the child is there
    "ลูกอยู่ชลบุรี จะไปรับลูกก็ไม่มีเงิน",
    "ลูกอยู่กรุงเทพ มาดูแลไม่ได้",            # a child away who cannot care
    "ลูกอยู่กรุงเทพ มาดูแลแม่ไม่ไหว ยายอยู่คนเดียว",
    "แม่อยู่ขอนแก่น ไปหาแม่ไม่ได้ ไม่มีค่ารถ",
])
def test_kin_place_not_home_unless_cannot_come_fetch(text: str) -> None:
    assert _province(text, "home_province") is None


@pytest.mark.parametrize(("text", "home"), [
    ("ญาติอยู่ จ.นครพนม แต่ไม่มีค่าใช้จ่ายมารับ", "นครพนม"),
    ("แม่อยู่ขอนแก่น มารับไม่ได้", "ขอนแก่น"),
])
def test_kin_cannot_come_fetch_home(text: str, home: str) -> None:
    assert _province(text, "home_province") == home


@pytest.mark.parametrize(("text", "here"), [
    ("แม่ป่วยค่ะ หมอรพ.ศรีสะเกษบอกให้มารักษาที่กรุงเทพ", "กรุงเทพมหานคร"),   # a doctor seen
    ("ผมป่วยครับ หมอ รพ.จังหวัดศรีสะเกษ ส่งตัวมารักษาที่กรุงเทพ", "กรุงเทพมหานคร"),
    ("ดิฉันเป็นพยาบาลตึกอายุรกรรมหญิง รพ.จังหวัดภูเก็ต มีผู้ป่วยชายบ้านอยู่ศรีสะเกษ", "ภูเก็ต"),
    ("ดิฉันเป็นนักสังคมสงเคราะห์ รพ.ในจังหวัดขอนแก่น ผู้ป่วยบ้านอยู่เลย", "ขอนแก่น"),
])
def test_staff_here_not_doctor_seen(text: str, here: str) -> None:
    assert _province(text, "current_province") == here


@pytest.mark.parametrize("text", [
    "ขอบคุณที่ช่วยครอบครัวคนพิการ",            # thanks, no request
    "ไม่อยากขอเงินช่วยครอบครัวคนพิการ",         # a wish denied
    "ไม่ต้องการเงินช่วยครอบครัวคนพิการ",
    "ครอบครัวคนพิการค่ะ",
])
def test_family_aid_not_asked(text: str) -> None:
    assert FAMILY_AID not in told_devices(text, None)


def test_family_aid_asked() -> None:
    assert FAMILY_AID in told_devices("อยากขอเงินช่วยครอบครัวคนพิการคะ", None)


@pytest.mark.parametrize(("text", "count"), [
    ("ผู้ใหญ่ 2 คนค่ะ ไม่มีเด็ก", 2),           # no children: two, not asked again
    ("ผู้ใหญ่ 2 คน เด็กไม่ไป", 2),
    ("ผู้ใหญ่ 2 คน เด็กอยู่กับยาย", 2),
    ("ผู้ใหญ่ 2 คน ส่วนเด็กฝากไว้กับยาย", 2),
    ("ผู้ใหญ่ 2 คนค่ะ เด็กๆอยู่ที่บ้านแล้ว", 2),
    ("ผู้ใหญ่ 2 คน เด็ก 1 คน", 3),
    ("ผู้ใหญ่ 2 คน กับเด็กเล็ก 1 คน", 3),
])
def test_counted_adults_children_none_or_staying(text: str, count: int) -> None:
    assert read_message(text).get("travellers") == count


def test_children_uncounted_asked() -> None:
    assert "travellers" not in read_message("ผู้ใหญ่สองคนมีบัตรค่ะ เด็กมีสูติบัตร")


@pytest.mark.parametrize("text", [
    "ห้องโดนไล่ไปห้องอื่น",                  # moved to another room: a roof
    "ห้องเช่าโดนไล่ไปอยู่ห้องเล็ก",
])
def test_moved_room_not_evicted(text: str) -> None:
    assert "no_shelter" not in read_message(text)


@pytest.mark.parametrize("text", [
    "ห้องพักกะโดนไล่แล้ว", "ห้องก็โดนไล่ครับ", "บ้านเช่าโดนไล่ครับ",
])
def test_evicted_kept(text: str) -> None:
    assert read_message(text).get("no_shelter") is True
