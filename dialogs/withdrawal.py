"""Consent taken back after a yes ("ขอถอนความยินยอม", "ไม่ยินยอมแล้ว", "เปลี่ยนใจ ไม่ให้เก็บ
ข้อมูลแล้ว", "ลบข้อมูลผมด้วย"): what the privacy notice promises, the erasure of "ลบข้อมูล",
asked first (open requests closed, messages deleted, nothing to restore); a no to it keeps
everything and goes back where the conversation was."""

from __future__ import annotations

from dialogs import replies, texts
from dialogs import state as st
from dialogs.consent_no import withdraws
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.types import Reply

__all__ = ["withdrawal"]


def withdrawal(state: State, text: str, value: str | None) -> StepResult | None:
    """The erasure asked for when `text` takes consent back, else None. At a question whose
    no is an answer (recording sensitive data) only the words of withdrawal count."""
    if value is not None or state.data.get("consent") is not True or (
            state.name == st.CONFIRM_ERASE):
        return None
    asked = state.data.get("slot") == "sensitive_consent" or bool(state.data.get("needs_pending"))
    if not withdraws(text, answering_no=asked):
        return None
    back = state.with_(st.CONFIRM_ERASE, back=state.name)
    return respond(back, Reply(texts.WITHDRAW_CONFIRM, replies.YES_NO_CHOICES))
