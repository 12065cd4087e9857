"""The audit trail as Thai sentences: the desk's fixed English notes never show."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.console.history import actor_name, amounts_text, event_sentence, note_sentence
from bot.store import CaseEvent

AT = dt.datetime(2026, 12, 3, 7, 0, tzinfo=dt.UTC)


def event(note: str, before: str | None = "received", after: str = "received",
          actor: str = "somsri") -> CaseEvent:
    return CaseEvent(1, actor, before, after, note, AT)


def test_amounts_read_as_baht_with_the_days_of_food() -> None:
    assert amounts_text("food_days=2, food=200, fare=420, lodging=0, medical=0, other=0") == (
        "ค่าอาหาร 200 บาท (2 วัน), ค่าพาหนะ 420 บาท รวม 620 บาท")
    assert amounts_text("fare=1250") == "ค่าพาหนะ 1,250 บาท"
    assert amounts_text("food_days=0, food=0") == "ไม่มีรายการ (ทุกช่องเป็น 0)"


@pytest.mark.parametrize(("note", "thai"), [
    ("claimed", "รับเรื่อง"),
    ("released (was malee)", "คืนเรื่อง (ผู้รับเดิม: malee)"),
    ("reassigned to malee", "มอบหมายเรื่องให้ malee"),
    ("first contact (takeover)", "ติดต่อผู้ขอครั้งแรก (รับช่วงการสนทนา)"),
    ("note: โทรแล้วไม่รับสาย", "บันทึก: โทรแล้วไม่รับสาย"),
    ("reminder: late:help", "แจ้งเตือนในแชตเจ้าหน้าที่: เกินกำหนดช่วยเหลือ"),
    ("reminder: soon:letter", "แจ้งเตือนในแชตเจ้าหน้าที่: ใกล้ครบกำหนดหนังสือติดตามผล"),
    ("reminder: unclaimed", "แจ้งเตือนในแชตเจ้าหน้าที่: เรื่องด่วนยังไม่มีผู้รับเกิน 15 นาที"),
    ("handoff answered: โทรกลับแล้ว (2 request(s))",
     "ติดต่อผู้ที่ขอคุยกับเจ้าหน้าที่แล้ว (2 คำขอ) — โทรกลับแล้ว"),
    ("handoff answered", "ติดต่อผู้ที่ขอคุยกับเจ้าหน้าที่แล้ว"),
    ("(erased)", "(บันทึกนี้ถูกลบ เพราะผู้ขอลบข้อมูลของตน)"),
    ("follow-up asked", "ถามผู้ขอว่าถึงบ้านปลอดภัยไหม (ติดตามผล)"),
    ("follow-up answered: safe", "ตอบคำถามติดตามผล: ถึงบ้านปลอดภัยแล้ว"),
    ("follow-up answered: problem", "ตอบคำถามติดตามผล: มีปัญหาหลังได้รับความช่วยเหลือ"),
    ("follow-up: no answer", "ผู้ขอยังไม่ตอบคำถามติดตามผล"),
    ("ตรวจบัตรแล้ว", "ตรวจบัตรแล้ว"),  # typed by staff: as it is
])
def test_notes_become_thai(note: str, thai: str) -> None:
    assert note_sentence(note) == thai


def test_events_say_what_moved() -> None:
    assert event_sentence(event("ตรวจบัตรแล้ว", "received", "reviewing")) == (
        "เปลี่ยนสถานะจาก \u201cรับเรื่องแล้ว\u201d เป็น \u201cกำลังพิจารณา\u201d — ตรวจบัตรแล้ว")
    assert event_sentence(event("", "reviewing", "rejected")) == (
        "เปลี่ยนสถานะจาก \u201cกำลังพิจารณา\u201d เป็น \u201cไม่ผ่านการพิจารณา\u201d")
    assert event_sentence(event("created by the screening dialog", None, "received",
                                "bot")) == "สร้างเรื่องจากการคัดกรองในแชต"
    assert event_sentence(event("", None, "received")) == (
        "เริ่มเรื่องที่สถานะ \u201cรับเรื่องแล้ว\u201d")
    erased = event("the person erased their data", "reviewing", "closed", "person")
    assert event_sentence(erased).endswith("— ลบข้อมูลของตน")
    assert (actor_name("person"), actor_name("bot"), actor_name("somsri")) == (
        "ผู้ขอ", "ระบบ", "somsri")


def test_no_english_word_of_the_desk_is_left() -> None:
    notes = ["claimed", "amounts: food_days=1, food=100, fare=0", "reminder: late:letter",
             "first contact (takeover)", "handoff answered (1 request(s))", "(erased)",
             "created by the screening dialog", "the person asked for a human",
             "follow-up asked", "follow-up answered: not_yet", "follow-up: no answer"]
    for note in notes:
        text = event_sentence(event(note))
        assert not any(c.isascii() and c.isalpha() for c in text), text
