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
