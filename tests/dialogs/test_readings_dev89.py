"""Misreadings found this session in the blind development sets dev89 to dev92."""

from __future__ import annotations

import pytest

from dialogs.name_cues import with_nickname
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.understand import read_message


@pytest.mark.parametrize(("text", "want"), [
    # dev89: the nickname the person is called by had been dropped for the real name
    ("บอยค่ะ ชื่อจริงธนากร", "ธนากร (บอย)"),
    ("มิ้นเจ้า ชื่อจริงกมลชนก", "กมลชนก (มิ้น)"),
    ("ชื่อเล่นแบงค์ครับ ชื่อจริงอนุรักษ์", "อนุรักษ์ (แบงค์)"),
    ("ชื่อเล่นต้น ชื่อจริงธนากร ศรีสุขครับ", "ธนากร ศรีสุข (ต้น)"),
    ("เอ็กซ์ ชื่อจริงชัยวัฒน์ 0846120938", "ชัยวัฒน์ (เอ็กซ์)"),
    # no nickname: the real name alone, as before
    ("ขอเป็นชื่อจริงคับ ธนากร", "ธนากร"),
    ("ขอใส่ชื่อจริงครับ ธนวัฒน์ แก้วมณี", "ธนวัฒน์ แก้วมณี"),
    ("ขอบคุณค่ะ ชื่อจริงมาลี", "มาลี"),
    # the surname told first is no nickname; nor someone else's name
    ("ทองสุข สมหมาย ครับ (นามสกุลขึ้นก่อนนะครับ ชื่อจริงสมหมาย)", "สมหมาย"),
    ("ชื่อจริงสมชาย ลูกชื่อต้น", "สมชาย"),
    ("ไม่อยากบอกชื่อจริงค่ะ กลัวเขาตามเจอ เรียกหนูว่ามายด์", "มายด์"),
])
def test_the_nickname_kept_beside_the_real_name(text: str, want: str) -> None:
    assert extract_name(text, bare=True) == want


def test_a_nickname_in_a_story_needs_its_own_cue() -> None:
    assert extract_name("บอยค่ะ ชื่อจริงธนากร") == "ธนากร"  # not the name question
    assert extract_name("ผมชื่อบอย ชื่อจริงธนากร ครับ") == "ธนากร (บอย)"


@pytest.mark.parametrize(("real", "nick", "want"), [
    ("ธนากร", "บอย", "ธนากร (บอย)"),
    ("ธนากร", None, "ธนากร"),
    ("ธนากร", "ธนากร", "ธนากร"),
    ("สมหมาย", "ทองสุข สมหมาย", "สมหมาย"),  # two words: a full name, no nickname
    ("สมหมาย", "หมาย", "สมหมาย"),  # a part of the real name
])
def test_with_nickname(real: str, nick: str | None, want: str) -> None:
    assert with_nickname(real, nick) == want


@pytest.mark.parametrize(("text", "work"), [
    ("อยากทำงานค่ะ", True),  # "ทำงาน" is one word: the need word "งาน" was never seen
    ("อยากกลับไปทำงานที่บ้าน", True),
    ("อยากทำมาหากินสุจริต", True),
    ("ไม่อยากทำงานแล้ว", False),
    ("บ่อยากทำงานแล้ว", False),
    ("ทำงานอยู่โรงงาน", False),  # work had, not wished for
    ("เคยทำงานร้านอาหาร", False),
])
def test_work_wished_with_the_verb(text: str, work: bool) -> None:
    assert ("work" in parse_needs(text)) is work


@pytest.mark.parametrize(("text", "here"), [
    ("ป้อไปผ่าตาต้อกระจกที่โรงบาลเชียงใหม่ ตอนนี้หมอให้ออกแล้ว บ่มีค่ารถกลับ", "เชียงใหม่"),  # dev93
    ("ไปหาหมอที่รพ.ลำปางมาครับ ไม่มีค่ารถกลับบ้าน", None),  # a visit, back from it
    ("แม่ไปฟอกไตที่รพ.สุรินทร์ทุกอาทิตย์", None),  # a routine one
])
def test_a_stay_in_hospital_is_where_one_is(text: str, here: str | None) -> None:
    place = read_message(text).get("current_province")
    assert (place["name"] if place else None) == here
