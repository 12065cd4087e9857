"""A need asked about at the needs question ("มีเงินช่วยคนติดเชื้อไหมครับ", dev45): the help
asked of is the help wished for; never a hypothetical ("ถ้าไม่มีบัตรประชาชนจะได้ไหม"), nor
a card the person has said they have ("ต้องใช้บัตรประชาชนไหมคะ")."""

from __future__ import annotations

import re
from typing import Any

from dialogs.slots import Slot

__all__ = ["wished_in_question"]

_IF = re.compile(r"(?:ถ้า|หาก|สมมติ|สมมุติ|กรณี)")


def wished_in_question(slot: Slot, text: str, answers: dict[str, Any]) -> bool:
    """Whether a question at `slot` names a need wished for."""
    if slot.key != "needs" or _IF.search(text):
        return False
    wished = slot.parse(text, None) or []
    return any(n != "id_card" or answers.get("id_card") is not True for n in wished)
