"""Both provinces in one answer to "where are you now, and where is home?": two places in
order (here first, then home), a town and its province as one place, typos."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.facts import extract_facts

from .test_engine import consented


def both(dialog: Dialog, answer: str) -> tuple[str | None, str | None]:
    chat = consented(dialog)
    chat.say("ไม่มีค่ารถกลับบ้าน มีบัตรประชาชน")
    assert chat.state.data["slot"] == "current_province"
    chat.say(answer)
    answers = chat.state.data["answers"]
    return ((answers.get("current_province") or {}).get("name"),
            (answers.get("home_province") or {}).get("name"))


@pytest.mark.parametrize(("answer", "here", "home"), [
    ("สะบุรีคะ อยู่ตะหลาดเสาไห้ ยโสธรคะ อำเภอกุดชุม", "สระบุรี", "ยโสธร"),  # dev4
    ("ชลบุรี ร้อยเอ็ด", "ชลบุรี", "ร้อยเอ็ด"),
    ("ศรีราชา ชลบุรี ร้อยเอ็ด อ.เสลภูมิ", "ชลบุรี", "ร้อยเอ็ด"),
    ("อยู่ศรีราชา ชลบุรี ร้อยเอ็ด", "ชลบุรี", "ร้อยเอ็ด"),
    ("สะบุรี ยโสธร", "สระบุรี", "ยโสธร"),
    ("ชลบุี ร้อยเอ็ด", "ชลบุรี", "ร้อยเอ็ด"),
    ("อยู่ชลบุรี ร้อยเอ็ด", "ชลบุรี", "ร้อยเอ็ด"),
    ("อยู่มวกเหล็กค่ะ เลิงนกทา", "สระบุรี", "ยโสธร"),
    # Loei said as a chunk of its own: a province, as a whole answer would be
    ("นครปฐมค่ะ เลยค่ะ", "นครปฐม", "เลย"),
    ("อยู่ชลบุรี เลย", "ชลบุรี", "เลย"),
    # a district said after each province (dev16 sadao pushback): still here, then home
    ("สงขลาครับ ที่สะเดา อุดรธานีครับ อ.กุมภวาปี", "สงขลา", "อุดรธานี"),
    ("ชลบุรีค่ะ อำเภอบ้านบึง ร้อยเอ็ดค่ะ", "ชลบุรี", "ร้อยเอ็ด"),
    ("ระยอง แถวมาบตาพุด ขอนแก่นค่ะ", "ระยอง", "ขอนแก่น"),
])
def test_two_places_in_order_are_here_then_home(dialog: Dialog, answer: str, here: str,
                                                home: str) -> None:
    assert both(dialog, answer) == (here, home)


@pytest.mark.parametrize(("answer", "here"), [
    # a place named before the one said with a cue may be the cue's own place: home is asked
    ("ขอนแก่น อยู่ชลบุรี", "ชลบุรี"),
    # a workplace or a wish is no home
    ("มาทำงานที่ระยอง ตอนนี้อยู่ชลบุรี", "ชลบุรี"),
    ("อยู่ระยอง อยากไปทำงานที่ชลบุรี", "ระยอง"),
    ("แม่อยู่ขอนแก่น ผมอยู่ชลบุรี", "ชลบุรี"),
    # เลย as a word, an abbreviation that is also a word: no province
    ("ชลบุรี ไปเลยค่ะ", "ชลบุรี"), ("ชลบุรีค่ะ ได้เลยค่ะ", "ชลบุรี"),
    ("อยู่ชลบุรีเลยค่ะ", "ชลบุรี"), ("ชลบุรี ชม", "ชลบุรี"),
    # what is said between them is no district: a workplace, not home
    ("ชลบุรี ที่ทำงานอยู่ ขอนแก่น", "ขอนแก่น"),
])
def test_a_place_with_a_cue_that_is_not_home_is_not_taken_for_home(
        dialog: Dialog, answer: str, here: str) -> None:
    assert both(dialog, answer) == (here, None)


def test_bare_provinces_are_those_named_without_a_cue() -> None:
    facts = extract_facts("อยู่ชลบุรี ร้อยเอ็ด")
    assert [p.name_th for p in facts.bare_provinces] == ["ร้อยเอ็ด"]
    assert [p.name_th for p in extract_facts("ชลบุรี ร้อยเอ็ด").bare_provinces] == [
        "ชลบุรี", "ร้อยเอ็ด"]
    # a town and its province are one place, here
    assert extract_facts("อยู่ศรีราชา ชลบุรี").bare_provinces == ()
    # said as neither here nor home: not bare
    assert extract_facts("อยากไปทำงานที่ชลบุรี").bare_provinces == ()
    assert extract_facts("ไม่ได้อยู่ระยองแล้ว").bare_provinces == ()


@pytest.mark.parametrize(("text", "here", "home"), [
    ("มาหาหมอที่ศิริราช อยู่นนทบุรี", "นนทบุรี", None),
    ("อยู่หมอชิต อยู่ชลบุรี", "ชลบุรี", None),
    ("กลับหาดใหญ่ บ้านอยู่สตูล", None, "สตูล"),
    ("ติดอยู่หมอชิต จะกลับหาดใหญ่ บ้านอยู่สงขลา", "กรุงเทพมหานคร", "สงขลา"),
])
def test_a_province_named_outright_beats_a_town_for_the_same_role(
        text: str, here: str | None, home: str | None) -> None:
    facts = extract_facts(text)
    assert (facts.current_province and facts.current_province.name_th) == here
    assert (facts.home_province and facts.home_province.name_th) == home


@pytest.mark.parametrize(("text", "here", "home"), [
    ("อยู่ชลบุรี มาหาหมอที่ศิริราช", "ชลบุรี", None),  # the province first: kept
    ("อยู่ศรีราชา จะกลับอุบล", "ชลบุรี", "อุบลราชธานี"),  # another role: both kept
    ("อยู่บางนา แม่อยู่ชลบุรี", "กรุงเทพมหานคร", None),  # someone else's place
    ("อยู่บางนา กทม", "กรุงเทพมหานคร", None),
])
def test_a_town_stays_when_no_province_is_named_for_its_role(
        text: str, here: str | None, home: str | None) -> None:
    facts = extract_facts(text)
    assert (facts.current_province and facts.current_province.name_th) == here
    assert (facts.home_province and facts.home_province.name_th) == home
