"""Places in the blind sets dev21, dev22 (and dev17): what a letter certifies is home, a
place denied after it was said loses its role, and a job lost somewhere is not where one
is now."""

from __future__ import annotations

import pytest

from dialogs.parse_numbers import clean_text
from dialogs.places import here_and_home_in, place_cue_in
from dialogs.provinces import find_provinces, match_province


def _here_home(text: str) -> tuple[str | None, str | None]:
    cleaned = clean_text(text)
    current, home, _ = here_and_home_in(cleaned, cleaned.replace(" ", ""))
    return (current.name_th if current else None, home.name_th if home else None)


def test_letter_certifies_home_not_here() -> None:
    said = "มี หนังสือรับรองที่อำเภอออกให้ ว่าเป็นคนไทย อยู่ชัยภูมิจริง"
    assert _here_home(said) == (None, "ชัยภูมิ")
    assert _here_home("มีหนังสือรับรองที่อยู่ ขอนแก่น") == (None, "ขอนแก่น")
    assert place_cue_in(clean_text(said).replace(" ", "")[:-len("อยู่ชัยภูมิจริง")])


@pytest.mark.parametrize(("said", "expected"), [
    # a letter named, then where one is now: here
    ("ผู้ใหญ่บ้านรับรองให้แล้ว ตอนนี้อยู่ชลบุรี", ("ชลบุรี", None)),
    ("มีหนังสือรับรองค่ะ อยู่ระยอง", ("ระยอง", None)),
    ("ยืนยันว่าเป็นคนไทย แต่ตอนนี้อยู่ระยอง", ("ระยอง", None)),
])
def test_letter_without_certified_place_keeps_here(said: str,
                                                   expected: tuple[str | None, str | None]
                                                   ) -> None:
    assert _here_home(said) == expected


def test_correction_before_consent_overrides_the_place_before() -> None:
    story = ("สวัสดีค่ะ อยู่ระยองค่ะ อยากขอค่ารถกลับจันทบุรี เดี๋ยวนะคะ ขอแก้ค่ะ ไม่ใช่ระยอง "
             "ตอนนี้อยู่บ้านแม่ที่จันทบุรีแล้ว น้องชายขับรถไปรับมาเมื่อวาน แต่ไม่มีเงินใช้เลยค่ะ")
    assert _here_home(story) == ("จันทบุรี", "จันทบุรี")


@pytest.mark.parametrize(("said", "expected"), [
    ("อยู่ระยอง ไม่ได้อยู่ระยองแล้ว ตอนนี้อยู่ชลบุรี", ("ชลบุรี", None)),
    # a denied home does not take away where one is
    ("อยู่ระยอง บ้านไม่ใช่ระยอง", ("ระยอง", None)),
    # denying another place keeps the one said
    ("อยู่ระยอง ไม่ใช่ชลบุรี", ("ระยอง", None)),
])
def test_denial_takes_back_only_that_place_and_role(said: str,
                                                    expected: tuple[str | None, str | None]
                                                    ) -> None:
    assert _here_home(said) == expected


@pytest.mark.parametrize("said", [
    "ไม่มีเงินค่ะ ตกงานที่พัทยา",
    "ถูกเลิกจ้างที่ระยอง",
    "โดนไล่ออกจากโรงงานที่ชลบุรี",
])
def test_job_lost_there_is_not_here(said: str) -> None:
    assert _here_home(said)[0] is None


@pytest.mark.parametrize(("said", "expected"), [
    ("ตกงานที่ระยอง ตอนนี้ยังอยู่ระยอง", "ระยอง"),
    ("ตกงานค่ะ อยู่พัทยา", "ชลบุรี"),
    ("กระเป๋าหายที่ภูเก็ต", "ภูเก็ต"),  # other events still weakly here
    ("มาทำงานที่ระยอง", "ระยอง"),
])
def test_here_said_besides_a_job_lost(said: str, expected: str) -> None:
    assert _here_home(said)[0] == expected


@pytest.mark.parametrize(("said", "expected"), [
    ("มีครับ โก-ลกครับ", "นราธิวาส"),  # Su-ngai Kolok, short name
    ("อยู่ขนส่งอาเขตครับ", "เชียงใหม่"),  # Chiang Mai Arcade bus terminal
    ("อยู่อาเขตครับ", "เชียงใหม่"),
    ("เมืองทองค่ะ", "นนทบุรี"),  # Muang Thong Thani (was read as Nakhon Si Thammarat)
    ("อยู่เมืองทองธานี", "นนทบุรี"),
])
def test_towns_and_terminals(said: str, expected: str) -> None:
    found = match_province(said)
    assert found is not None and found.name_th == expected


@pytest.mark.parametrize("said", ["ไปโกลกัตตา", "ทองคำ", "ราคาทองในเมืองไทย"])
def test_not_towns(said: str) -> None:
    assert find_provinces(said) == []


def test_kolok_here_udon_home() -> None:
    assert _here_home("ตอนนี้อยู่โก-ลก ไม่มีตังกลับอุดรฯ") == ("นราธิวาส", "อุดรธานี")


def test_yaso_short_for_yasothon_after_a_cue_or_as_an_answer() -> None:
    assert _here_home("อยู่พัทยา อยากกลับบ้านยโส บ่มีเงินค่าฮถ") == ("ชลบุรี", "ยโสธร")
    found = match_province("มีค่ะ ยโสค่ะ")
    assert found is not None and found.name_th == "ยโสธร"
    nickname = match_province("มีค่ะ เมืองลุงค่ะ")  # Phatthalung's nickname
    assert nickname is not None and nickname.name_th == "พัทลุง"


@pytest.mark.parametrize("said", ["เขาเป็นคนยโส", "คนนั้นยโสมาก", "พี่เขายโสค่ะ", "นายจ้างยโส"])
def test_yaso_as_haughty_is_no_place(said: str) -> None:
    assert find_provinces(said) == []
