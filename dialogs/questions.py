"""Whether a message asks something (then it is answered from the knowledge base, not
read as an answer to the question the dialog waits for)."""

from __future__ import annotations

QUESTION_WORDS = ("ไหม", "มั้ย", "อะไร", "เท่าไหร่", "เท่าไร", "กี่", "ยังไง", "อย่างไร",
                  "ที่ไหน", "หรือเปล่า", "ป่าว", "?", "ใคร", "บ้างคะ", "บ้างครับ", "บ้างคับ",
                  "บ้างค่ะ", "เมื่อไหร่", "เมื่อไร", "ทำไม")
# not asking: "อีกไม่กี่วัน" (a few days), "ไม่มีใครช่วย" (nobody helps), "ไม่มีหนังสือ
# อะไรเลย" (no letter at all), "ไม่ได้กินอะไรเลย", "บ้านไหม้" (burnt, not ไหม)
NOT_ASKING = ("ไม่กี่", "ไม่มีใคร", "ไม่ใคร", "ใครก็ได้", "อะไรเลย", "อะไรสักอย่าง", "ไหม้")


def is_question(text: str) -> bool:
    """Asks something ("ได้เท่าไหร่", "กี่วัน", "ใครมีสิทธิ์บ้างคะ")."""
    for phrase in NOT_ASKING:
        text = text.replace(phrase, " ")
    return any(w in text for w in QUESTION_WORDS)
