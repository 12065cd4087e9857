"""What is typed once the request is sent: a plain fix of one's own name first (its words
may hold a need's: "ชื่อพิมพ์ผิดค่ะ ชื่อ บัวเรียน"), with any need told beside it ("ขอแก้ชื่อ
ค่ะ ชื่อ บุญเรียน อยากได้งานทำด้วย"); else the needs told, or a fix or fact for the request.
"""

from __future__ import annotations

from dialogs.after_needs import needs_after_sent
from dialogs.contact import after_sent, fixes_name
from dialogs.needs import parse_needs
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.types import UpdateContact
from knowledge import KnowledgeBase

__all__ = ["sent_turn"]


def sent_turn(kb: KnowledgeBase, state: State, text: str,
              value: str | None) -> StepResult | None:
    """The step for a message after sending, or None (handled as at the menu)."""
    fix = after_sent(state, text) if value is None and fixes_name(text) else None
    if fix is None:
        return needs_after_sent(kb, state, text, value) or (
            after_sent(state, text) if value is None else None)
    named = next((e.name for e in fix.effects if isinstance(e, UpdateContact) and e.name), "")
    rest = text.replace(named, " ") if named else text
    more = needs_after_sent(kb, fix.state, rest, None) if parse_needs(rest) else None
    if more is None:
        return fix
    return respond(more.state, *fix.replies, *more.replies, effects=(*fix.effects, *more.effects))
