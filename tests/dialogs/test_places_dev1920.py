"""Places in the blind sets dev19 and dev20: a word not known between two places, a
nickname (เมืองรถม้า), and a home abroad."""

from __future__ import annotations

from dialogs.eligibility import ABROAD, assess, ends_early
from dialogs.places import here_and_home_in
from dialogs.province_abroad import home_abroad_in
from dialogs.provinces import find_provinces
from dialogs.understand import read_message


def _places(text: str) -> list[str]:
    current, home, bare = here_and_home_in(text, text.replace(" ", ""))
    return [p.name_th for p in (current, home, *bare) if p is not None]


def test_nickname_between_places_keeps_the_second() -> None:
    said = "ดอนเมืองค่ะ เมืองรถม้าค่ะ ลำปาง อ.เกาะคา บ้านเดิมพ่อ"
    assert _places(said) == ["กรุงเทพมหานคร", "ลำปาง"]


def test_unknown_word_answered_between_places_keeps_the_second() -> None:
    assert _places("ดอนเมืองค่ะ แปลกค่ะ ลำปาง") == ["กรุงเทพมหานคร", "ลำปาง"]


def test_place_come_from_is_not_bare() -> None:
    assert _places("ดอนเมืองค่ะ หนีมาจาก ลำปาง") == ["กรุงเทพมหานคร"]


def test_lampang_nickname() -> None:
    assert [p.name_th for p in find_provinces("เมืองรถม้าค่ะ")] == ["ลำปาง"]
    assert find_provinces("อยู่ในเมืองค่ะ") == []


def _abroad(text: str) -> bool:
    return home_abroad_in(text, text.replace(" ", ""))


def test_home_abroad_whole_answer() -> None:
    assert _abroad("เมียวดีครับ ฝั่งพม่า")
    assert _abroad("ไม่มีบัตรประชาชนไทยครับ มีบัตรแรงงาน สมุทรสาคร มหาชัย เมียวดีครับ ฝั่งพม่า")
    assert _abroad("ประเทศลาวค่ะ")


def test_home_abroad_after_home_cue() -> None:
    assert _abroad("กลับบ้านที่ลาวค่ะ")
    assert _abroad("บ้านอยู่ปอยเปตค่ะ")


def test_not_home_abroad() -> None:
    for said in ("กลับมาจากมาเลเซียครับ", "เคยทำงานมาเลเซีย", "อยากไปทำงานมาเล ตอนนี้อยู่ยะลา",
                 "กลับบ้านมาเลยค่ะ", "พูดลาวได้ค่ะ", "เขมรสุรินทร์", "บ้านผมอยู่ใกล้ลาว",
                 "หนีมาจาก พม่า", "ยะลาครับ", "บ้านอยู่ลำปางค่ะ"):
        assert not _abroad(said), said


def test_home_abroad_refused_kindly() -> None:
    answers = read_message("เมียวดีครับ ฝั่งพม่า")
    assert answers.get("home_abroad") is True
    answers |= {"no_fare": True, "id_card": True}
    assert ends_early(answers)
    verdict = assess(answers)
    assert not verdict.eligible and ABROAD in verdict.not_met
    assert "home_abroad" not in read_message("กลับบ้านที่ลำปางค่ะ")
