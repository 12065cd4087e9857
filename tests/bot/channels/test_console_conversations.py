"""Whole conversations through the JSON Lines console on a real SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialogs import texts

from .conftest import ConsoleBot, cases

STORY = "ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน"


def consent(bot: ConsoleBot, first: str = "สวัสดีค่ะ") -> None:
    reply = bot.say(first)
    assert any("ยินยอม" in c for r in reply for c in r["choices"])
    bot.say("ยินยอม")


def finish_intake(bot: ConsoleBot, last: str, sensitive: str = "ไม่ยินยอม",
                  needs: str = "ไม่มี") -> str:
    """Answer whatever is still asked with sensible values until the case is sent."""
    answers = {
        "เดือดร้อนเรื่องไหน": "ไม่มีค่ารถกลับบ้าน",
        "บัตรประชาชนไหม": "มี",
        "อยู่จังหวัดไหน": "ชลบุรี",
        "กลับบ้านที่จังหวัดไหน": "ขอนแก่น",
        "กี่คน": "คนเดียว",
        "เร่งด่วนไหม": "ไม่ด่วน",
        "ดูแลเป็นพิเศษไหม": "ไม่มี",  # asked outright of one who answers one thing at a time
        "ยินยอมไหม": sensitive,
        "ด้านไหนอีก": needs,
        "ชื่อที่ให้เจ้าหน้าที่เรียก": "สมชาย 081-234-5678",
        "เลขบัตรประชาชน 13 หลัก": "ข้าม",
        "ถูกต้องไหม": "ถูกต้อง ส่งเรื่อง",
    }
    for _ in range(20):
        asked = last.splitlines()[-1] if last else ""
        cue = next((c for c in answers if c in asked), None)
        assert cue is not None, f"unexpected question: {last}"
        last = bot.text(answers[cue])
        if "เลขที่เรื่อง" in last:
            return last
    raise AssertionError(f"intake did not finish: {last}")


def test_urgent_eligible_person_tells_everything_at_once(bot: ConsoleBot, db: Path) -> None:
    consent(bot)
    reply = bot.text(STORY)
    assert "ชลบุรี" in reply and "ขอนแก่น" in reply
    assert "จังหวัดไหน" not in reply  # provinces are not asked again
    for answer in ("1 คน", "สมชาย 0812345678"):  # name and phone on the summary: sent
        reply = bot.text(answer)
    assert "เข้าเกณฑ์" in reply and "24 ชั่วโมง" in reply and "เลขที่เรื่อง" in reply
    [case] = cases(db)
    assert case["status"] == "received" and case["urgent"] is True
    assert case["current_province"] == "ชลบุรี" and case["home_province"] == "ขอนแก่น"
    assert case["travellers"] == 1 and case["eligible"] is True
    assert case["estimated_aid"]["food_per_day"] == 100
    assert any("ค่าพาหนะ" in r for r in case["reasons"])


def test_eligible_non_urgent_step_by_step(bot: ConsoleBot, db: Path) -> None:
    consent(bot)
    assert "เดือดร้อนเรื่องไหน" in bot.text("ขอความช่วยเหลือ")
    assert "บัตรประชาชน" in bot.text("3")  # third choice: no fare home
    assert "จังหวัดไหน" in bot.text("มีค่ะ")
    assert "กลับบ้านที่จังหวัดไหน" in bot.text("กทม")
    assert "กี่คน" in bot.text("โคราช")
    # only "no fare" picked says nothing of a roof: urgency is asked; then, no sensitive
    # block for a person who mentioned no other need: name and phone next
    assert "เร่งด่วนไหม" in bot.text("สองคน แม่อายุ 70")
    assert "เบอร์โทร" in bot.text("ไม่ด่วนค่ะ พักบ้านญาติได้")
    # a name without a phone: the summary, asking for the phone; typing it sends
    summary = bot.text("ป้าแดง")
    assert "ป้าแดง" in summary and "กรุงเทพมหานคร" in summary and "นครราชสีมา" in summary
    assert texts.PHONE_ON_SUMMARY in summary and not cases(db)
    result = bot.text("02-123-4567")
    assert "15 วัน" in result and "มีเรื่องอื่นให้ช่วย" in result
    assert "02-123-4567" in result  # the person's own number, whole, read back
    [case] = cases(db)
    assert case["urgent"] is False and case["travellers"] == 2
    assert case["special_needs"] == ["elderly"]
    assert case["estimated_aid"]["food_per_day"] == 200


def test_no_id_card_but_certifying_letter(bot: ConsoleBot, db: Path) -> None:
    consent(bot)
    bot.text("ไม่มีค่ารถกลับบ้านครับ")
    assert "หนังสือรับรอง" in bot.text("บัตรหาย")
    last = bot.text("มีหนังสือรับรอง")
    assert "จังหวัดไหน" in last
    finish_intake(bot, last)
    [case] = cases(db)
    assert any("หนังสือรับรอง" in r for r in case["reasons"])


def test_not_thai_is_not_eligible_with_reasons_and_referrals(bot: ConsoleBot, db: Path) -> None:
    consent(bot)
    reply = bot.text("ผมเป็นคนลาว ไม่มีค่ารถกลับบ้าน")
    assert "ไม่ได้" in reply and "สัญชาติไทย" in reply
    assert "1300" in reply and "หน่วยงานที่ช่วยได้" in reply
    assert cases(db) == []


def test_question_mid_screening_then_resumes(bot: ConsoleBot) -> None:
    consent(bot)
    assert "จังหวัดไหน" in bot.text("ไม่มีค่ารถกลับบ้าน มีบัตรประชาชน")
    reply = bot.text("ค่าอาหารได้วันละเท่าไหร่คะ")
    assert "100" in reply and "จังหวัดไหน" in reply
    assert "กลับบ้านที่จังหวัดไหน" in bot.text("ระยอง")


def test_killed_mid_screening_resumes(db: Path) -> None:
    first = ConsoleBot(db, "u2")
    consent(first)
    assert "จังหวัดไหน" in first.text("ไม่มีค่ารถกลับบ้าน มีบัตรประชาชน")
    first.text("อยู่ระยอง")
    first.kill()
    again = ConsoleBot(db, "u2")
    try:
        assert "กี่คน" in again.text("อุดร")
    finally:
        again.close()


def test_consent_declined_stores_nothing_personal(bot: ConsoleBot, db: Path) -> None:
    bot.say("ไม่มีค่ารถกลับบ้าน ผมชื่อสมชาย")
    assert "1300" in bot.text("ไม่ยินยอม")
    assert "100" in bot.text("ค่าอาหารได้วันละเท่าไหร่")
    bot.close()
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM messages").fetchone() == (0,)
        [(data,)] = con.execute("SELECT data FROM conversations").fetchall()
    assert "สมชาย" not in data and "ค่ารถ" not in data


def test_sensitive_consent_declined_skips_sensitive_questions(bot: ConsoleBot, db: Path) -> None:
    consent(bot)
    bot.text("เพิ่งพ้นโทษ " + STORY)
    assert "ยินยอม" in bot.text("คนเดียว")  # released from prison: other needs are offered
    summary = bot.text("ไม่ยินยอม")
    assert "ชื่อที่ให้เจ้าหน้าที่เรียก" in summary and "เลขบัตร" not in summary
    assert "เลขที่เรื่อง" in bot.text("นก 0899999999")
    [case] = cases(db)
    assert case["national_id"] is None and case["referrals"] == []
    assert "released" not in case["answers"] and "need_hints" not in case["answers"]


def test_released_prisoner_lost_id_wants_work(bot: ConsoleBot, db: Path) -> None:
    consent(bot)
    last = bot.text("เพิ่งพ้นโทษ ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี บ้านอยู่ขอนแก่น")
    last = bot.text("บัตรหาย มีหนังสือรับรองสัญชาติ")
    finish_intake(bot, last, sensitive="ยินยอม", needs="บัตรหาย อยากได้งาน")
    [case] = cases(db)
    ids = {r["id"] for r in case["referrals"]}
    assert {"id_card", "job_placement", "job_training"} <= ids, ids


def test_delete_my_data_removes_it_everywhere(bot: ConsoleBot, db: Path) -> None:
    consent(bot)
    bot.text(STORY)
    for answer in ("1 คน", "สมชาย 0812345678"):
        bot.text(answer)
    warning = bot.text("ลบข้อมูล")
    assert "คำขอที่ยังเปิดอยู่จะถูกปิด" in warning and "ข้อความทั้งหมดจะถูกลบ" in warning
    assert "ลบข้อมูลของคุณแล้ว" in bot.text("ใช่")
    bot.close()
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM messages").fetchone() == (0,)
        assert con.execute("SELECT COUNT(*) FROM conversations").fetchone() == (0,)
        rows = con.execute("SELECT channel, user_id, data FROM cases").fetchall()
        dump = repr(con.execute("SELECT * FROM cases").fetchall())
        assert con.execute("SELECT COUNT(*) FROM audit").fetchone() == (1,)
    assert rows and rows[0][0] is None and rows[0][1] is None
    for secret in ("สมชาย", "0812345678", "u1"):
        assert secret not in dump


def test_garbage_is_answered_politely(bot: ConsoleBot) -> None:
    for message in ("asdkjh qwe", "😀😀😀", "ก" * 5000, "", "[sticker]", {"type": "sticker"}):
        replies = bot.say(message)
        assert replies and all(r["text"].strip() for r in replies)
        assert all("Traceback" not in r["text"] for r in replies)
    consent(bot, "สวัสดี")
    assert "สติกเกอร์" in bot.text("[sticker]")
    assert "ยังไม่ได้พิมพ์" in bot.text("")
