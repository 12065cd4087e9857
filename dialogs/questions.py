"""Whether a message asks something (then it is answered from the knowledge base, not
read as an answer to the question the dialog waits for)."""

from __future__ import annotations

QUESTION_WORDS = ("ไหม", "มั้ย", "อะไร", "เท่าไหร่", "เท่าไร", "กี่", "ยังไง", "อย่างไร",
                  "ที่ไหน", "หรือเปล่า", "ป่าว", "?")


def is_question(text: str) -> bool:
    """Asks something ("ได้เท่าไหร่", "กี่วัน"); "อีกไม่กี่วัน" (a few days) does not."""
    text = text.replace("ไม่กี่", " ")
    return any(w in text for w in QUESTION_WORDS)
