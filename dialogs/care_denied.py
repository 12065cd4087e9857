"""An illness denied now by one who travels alone ("แผลหายแล้ว หมอให้กลับบ้านได้ ไม่ได้ป่วย
แล้ว", dev104: a leg lost in a crash, out of hospital): the sickness read before from the
story ("เพิ่งออกจากโรงบาล") is no care need any more. Never when the same message tells an
illness ("ไม่ได้ป่วยแล้ว แต่ยังต้องกินยาความดัน"), nor of a group (one of them may be ill), nor
of someone else ("แม่ไม่ได้ป่วยอะไร", "ลูกชายไม่ได้ป่วยครับ", review rev2)."""

from __future__ import annotations

import re
from typing import Any

from dialogs.parse import facts_of

__all__ = ["without_denied_illness"]

# "ไม่ได้ป่วยแล้ว", "ไม่ป่วยแล้ว", "ไม่ได้ป่วยอะไร", "บ่ได้ป่วยหยัง", "หายป่วยแล้ว", "ไม่ได้เจ็บป่วย
# อะไรแล้ว"; never "ไม่ได้ป่วยหนัก" (ill, not badly), "ไม่ป่วยบ่อย"
_DENIED = re.compile(r"(?:(?:ไม่|บ่)(?:ได้)?(?:เจ็บ)?ป่วย(?:อะไร|ไร|หยัง)?"
                     r"(?:แล้ว|เลย|นะ|ค่ะ|คะ|ครับ|คับ|จ้า|$)"
                     r"|(?:ไม่|บ่)(?:ได้)?(?:เจ็บ)?ป่วย(?:อะไร|ไร|หยัง)|หายป่วยแล้ว)(?!.{0,12}?แต่)")
# the last one named before the denial: the writer, or another ("เพื่อนที่มาด้วยไม่ป่วยค่ะ")
_NAMED = re.compile(r"ผม|หนู|ฉัน|ดิฉัน|ข้อย|กระผม|(?P<other>แม่|พ่อ|ลูก|เมีย|ผัว|สามี|ภรรยา|แฟน|ยาย"
                    r"|ตา(?![มย])|ปู่|ย่า|หลาน|น้อง|พี่|ลุง|ป้า|น้า|เพื่อน|คนอื่น|เขา|เค้า)")


def _of_the_writer(compact: str, at: int) -> bool:
    named = list(_NAMED.finditer(compact, max(0, at - 16), at))
    return not named or named[-1]["other"] is None


def without_denied_illness(text: str, answers: dict[str, Any]) -> dict[str, Any]:
    """`answers` without "sick" among the care needs when `text` denies an illness now, of
    one travelling alone, and tells none."""
    needs = answers.get("special_needs") or ()
    if "sick" not in needs or answers.get("travellers") != 1:
        return answers
    compact = re.sub(r"\s+", "", text)
    if not any(_of_the_writer(compact, m.start()) for m in _DENIED.finditer(compact)) or (
            "sick" in facts_of(text).special_needs):
        return answers
    return {**answers, "special_needs": [n for n in needs if n != "sick"]}
