"""Answers that answer the question asked: the part of an entry chosen by the
kind of question (how, how much, where, which papers, how long), and both
answers when a message asks about two topics.

Pure functions over the loaded knowledge base; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.matcher import Decision
from knowledge.schema import Asks, Entry

# Checked on the text with its spaces taken out; the first kind found in the
# order below wins when a question has several ("ทำยังไงถึงได้เดือนละ 800").
_KINDS: tuple[tuple[Asks, re.Pattern[str]], ...] = (
    ("amount", re.compile(
        r"เท่า(ไหร่|ไร|ใด|ได)|กี่บาท|ได้กี่|กี่ตัง|จำนวนเงิน|ยอดเงิน|ได้เดือนละ|ดนปานใด"
        r"|howmuch|amount|(เดือน|ครั้ง|ปี)ละ(กี่|เท่า)")),
    ("documents", re.compile(r"เอกสาร|ใช้อะไรบ้าง|เตรียมอะไร|หลักฐาน|document")),
    ("where", re.compile(
        r"ที่ไหน|ตรงไหน|ไปไหน|ไปที่|ที่อยู่|อยู่ไหน|สำนักงาน.*อยู่|ยื่นไหน|ติดต่อใคร|ถามใคร"
        r"|where|address|ไสเด้|ที่ใด")),
    ("when", re.compile(r"กี่วัน|นานไหม|นานมั้ย|นานแค่ไหน|เมื่อไหร่|เมื่อไร|ตอนไหน|howlong")),
    ("how", re.compile(
        r"ยังไง|อย่างไร|ทำไง|ยังงัย|ยังไร|วิธี|ขั้นตอน|ทำอะไรบ้าง|ต้องทำอะไร|สมัคร|ลงทะเบียน"
        r"|ขึ้นทะเบียน|ทำบัตร|how|register|apply|จั่งใด|จั๋งใด|แนวใด")),
)


def question_kinds(text: str) -> list[Asks]:
    """The kinds of question `text` asks, most specific first."""
    compact = re.sub(r"\s+", "", text.lower())
    return [kind for kind, pattern in _KINDS if pattern.search(compact)]


def answer_text(entry: Entry, question: str) -> str:
    """The entry's part for this kind of question, else its general answer."""
    for kind in question_kinds(question):
        for part in entry.parts:
            if kind in part.asks:
                return part.answer
    return entry.answer


def answer_texts(entries: Mapping[str, Entry], decision: Decision,
                 question: str) -> list[str]:
    """What to reply to an answered question: one answer, or two when the
    message asks about two topics. Empty when there is nothing to answer with."""
    if decision.decision != "answer":
        return []
    first = entries.get(decision.topic or "")
    if first is None:
        return []
    out = [answer_text(first, question)]
    second = entries.get(decision.second.id) if decision.second is not None else None
    if second is not None and second.id != first.id:
        out.append(answer_text(second, question))
    return out
