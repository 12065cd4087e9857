"""A name cut by the tokeniser around "จิต" ("สม|จิต ทองแก้ว", dev73: the summary fix
recorded a mental-health need from the grandmother's name) is no need; the mind told
beside the words that say so still is."""

from __future__ import annotations

import pytest

from dialogs.understand import read_message


@pytest.mark.parametrize("text", [
    "สมจิต ทองแก้ว จ้า ๐๘๙๒๗๓๖๖๑๔",  # dev73, at the summary
    "ชื่อจิตค่ะ", "พี่จิตครับ", "ประจิต 0812345678", "บุญจิต ใจดี", "จิตติ ค่ะ"])
def test_a_name_holding_jit_is_no_need(text: str) -> None:
    assert "mental" not in (read_message(text).get("need_hints") or [])


@pytest.mark.parametrize("text", [
    "ป่วยทางจิต", "ป่วยจิต", "มีปัญหาเรื่องจิต", "จิตไม่ปกติ", "น้องจิตใจไม่ดี",
    "ลูกจิตไม่ค่อยดี", "จิตเวช", "อยากพบจิตแพทย์"])
def test_the_mind_told_is_a_need(text: str) -> None:
    assert "mental" in (read_message(text).get("need_hints") or [])


def test_a_wary_question_with_a_name_and_phone_gives_both() -> None:
    """dev29: the name said after "must it be my real name?" with a phone is taken, with the
    phone (the wary question alone with a phone keeps only the phone, dev103)."""
    from dialogs.summary_questions import question_at_contact
    assert question_at_contact("ต้องชื่อจริงด้วยเหรอครับ... เอกชัยครับ มือถือผมโดนขโมยไปแล้ว "
                               "ใช้เบอร์พี่ที่ทำงานได้ไหมครับ 0817770213") is None
    assert question_at_contact("ต้องใช้ชื่อจริงไหมคะ 😳 0958812346") == {"phone": "0958812346"}


@pytest.mark.parametrize("text", ["ok,ok", "ok/no", "go,ok", "OK,ok!", "yes,ok"])
def test_short_english_replies_joined_by_marks_stay_english(text: str) -> None:
    from dialogs.layout import layout_decoded
    assert layout_decoded(text) == text


def test_thai_typed_on_the_english_layout_is_still_read() -> None:
    from dialogs.layout import layout_decoded
    assert layout_decoded("pbopv,") == "ยินยอม"
    assert layout_decoded("l;ylfu8jt") == "สวัสดีค่ะ"
