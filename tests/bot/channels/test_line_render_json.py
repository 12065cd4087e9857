"""The request JSON built without the SDK's models is what the models would send."""

from __future__ import annotations

import pytest

from bot.channels.line_render import render_all, render_json
from dialogs import replies, texts
from dialogs.types import Choice, Reply

CASES = {
    "welcome": [Reply(texts.WELCOME), Reply(texts.PRIVACY, replies.CONSENT_CHOICES)],
    "long text split, menu on the last part": [Reply("ข้อความยาวค่ะ " * 900,
                                                     replies.MENU_CHOICES)],
    "screening card": [Reply("มีสิทธิ์ได้รับความช่วยเหลือค่ะ\nเหตุผล: ไม่มีค่ารถ\nเจ้าหน้าที่จะโทรหาค่ะ",
                             (), {"type": "screening", "eligible": True})],
    "long labels, too many choices": [Reply("เลือกได้เลยค่ะ", tuple(
        Choice(f"ตัวเลือกที่ยาวเกินยี่สิบตัวอักษรค่ะ {i}", f"v{i}") for i in range(15)))],
    "no text": [Reply("", replies.MENU_CHOICES), Reply("  ")],
    "a choice without a usable value": [Reply("เลือกค่ะ", (Choice("ใช่ค่ะ", ""),
                                                        Choice("ไม่ใช่ค่ะ", "no")))],
}


@pytest.mark.parametrize("name", CASES)
def test_json_equals_the_sdk_models(name: str) -> None:
    out = CASES[name]
    assert render_json(out) == [part.to_dict() for part in render_all(out)]


def test_the_same_choices_give_the_same_json_and_texts_are_not_shared() -> None:
    first = render_json([Reply("คำตอบแรกค่ะ", replies.MENU_CHOICES)])
    second = render_json([Reply("คำตอบที่สองค่ะ", replies.MENU_CHOICES)])
    assert first[0]["quickReply"] == second[0]["quickReply"]
    assert (first[0]["text"], second[0]["text"]) == ("คำตอบแรกค่ะ", "คำตอบที่สองค่ะ")
