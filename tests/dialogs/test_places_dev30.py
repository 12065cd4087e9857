"""Places in the blind set dev30: a border checkpoint one was sent back through
("ส่งตัวกลับทางด่านสุไหงโก-ลก") is a route, neither here nor home."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.parse_numbers import clean_text
from dialogs.places import here_and_home_in

from .test_engine import Chat


def _here_home(text: str) -> tuple[str | None, str | None]:
    cleaned = clean_text(text)
    current, home, _ = here_and_home_in(cleaned, cleaned.replace(" ", ""))
    return (current.name_th if current else None, home.name_th if home else None)


def test_sent_back_via_sungai_kolok_is_no_home() -> None:
    said = ("สลามครับ ผมทำงานร้านต้มยำที่มาเลย์ ตำรวจมาเลย์จับเพราะไม่มีใบอนุญาตทำงาน "
            "ส่งตัวกลับทางด่านสุไหงโก-ลกเมื่อเช้า เงินโดนเอาไปหมดครับ")
    assert _here_home(said) == (None, None)


def test_home_said_after_the_route_wins() -> None:
    assert _here_home("ตำรวจส่งตัวกลับทางด่านสะเดา จะกลับยะลา") == (None, "ยะลา")
    said = "ยินยอมครับ เงินหมดจริงๆ จะกลับยะลา บ้านอยู่บันนังสตา ไม่มีเงินค่ารถครับ ค่าข้าวก็ไม่มี"
    assert _here_home(said) == (None, "ยะลา")


@pytest.mark.parametrize("said", ["ข้ามมาทางแม่สายเมื่อวาน", "ผ่านด่านแม่สอดมาเมื่อคืน"])
def test_crossed_through_is_neither(said: str) -> None:
    assert _here_home(said) == (None, None)


@pytest.mark.parametrize(("said", "expected"), [
    ("บ้านอยู่ทางอุดร", (None, "อุดรธานี")),  # home around Udon: no route word
    ("ส่งตัวกลับบ้านที่ยะลา", (None, "ยะลา")),  # sent back home to Yala
    ("ผ่านด่านแม่สอดมา ตอนนี้อยู่ตาก", ("ตาก", None)),
    ("ติดอยู่ที่สุไหงโก-ลก จะกลับยะลา", ("นราธิวาส", "ยะลา")),
])
def test_no_route_word_keeps_the_role(said: str, expected: tuple[str | None, str | None]) -> None:
    assert _here_home(said) == expected


def test_dialog_sent_back_via_the_checkpoint_goes_home_to_yala(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("สลามครับ ผมทำงานร้านต้มยำที่มาเลย์ ตำรวจมาเลย์จับเพราะไม่มีใบอนุญาตทำงาน "
             "ส่งตัวกลับทางด่านสุไหงโก-ลกเมื่อเช้า เงินโดนเอาไปหมดครับ")
    chat.say("ยินยอมครับ เงินหมดจริงๆ จะกลับยะลา บ้านอยู่บันนังสตา ไม่มีเงินค่ารถครับ ค่าข้าวก็ไม่มี")
    chat.say("บัตรประชาชนมีครับ พาสปอร์ตเขาก็คืนให้ นราธิวาสครับ สุไหงโก-ลก")
    answers = chat.state.data["answers"]
    assert answers["home_province"]["name"] == "ยะลา"
    assert answers["current_province"]["name"] == "นราธิวาส"
