"""Safety first: a message that tells of danger now (hurt or hunted by someone, a wish to
die, a medical emergency) gets where to call at once, before anything else, and a
person is asked for (an urgent handoff), whatever the dialog waits for and with or
without consent. Said once per conversation; the dialog goes on as before.

The readings are narrow on purpose: a no before them ("ไม่ได้ถูกทำร้าย", "ไม่อยากตาย"),
southern "หลบบ้าน" (going home, not hiding) and sayings ("หิวจะตาย") are no danger.
"""

from __future__ import annotations

import dataclasses
import re

from dialogs import texts
from dialogs.step import StepResult
from dialogs.types import Inbound, Reply, RequestHandoff

__all__ = ["DANGER", "danger_in", "with_safety"]

_NOT = r"(?<!ไม่ได้)(?<!ไม่เคย)(?<!ไม่)(?<!บ่ได้)(?<!บ่)"
_HURT = (r"(?:ทำร้าย(?:ร่างกาย)?|ตบ(?:ตี)?|ซ้อม|เตะ|ต่อย|ทุบตี|ขู่(?:จะ)?ฆ่า|ข่มขืน|ลวนลาม|กักขัง"
         r"|ขังไว้|จับขัง|ล่ามโซ่)")
# hurt, held or hunted by someone: "สามีทำร้าย", "โดนซ้อม", "บังคับให้ขายตัว", "กลัวเขาตามมา"
_PEOPLE = re.compile(
    _NOT + r"(?:ถูก|โดน)" + _HURT
    + r"|(?:สามี|ผัว|แฟน|เมีย|นายจ้าง|เจ้านาย|นายหน้า|แก๊ง|พวกมัน|เขา|เค้า|มัน)(?:ก็)?(?:มา)?"
    + _NOT + _HURT
    + r"|บังคับ(?:ให้)?(?:ขายตัว|ขายบริการ|ค้าประเวณี|นั่งดริ้งค์|นั่งดริงค์)|ค้ามนุษย์"
    + r"|กลัว(?:เขา|เค้า|มัน|พวกมัน|สามี|ผัว|แฟน|นายหน้า|นายจ้าง)?(?:จะ)?(?:ตาม(?:มา)?|มา)"
      r"(?:เจอ|หา|ทำร้าย|ฆ่า|ลาก|จับ)|(?:ตามมา|ตามหา)(?:ทำร้าย|ฆ่า)|ไล่ฆ่า")
# a wish to die ("อยากตาย", "ไม่อยากมีชีวิตอยู่"); never "ไม่อยากตาย", "หิวจะตาย"
_SELF = re.compile(r"(?<!ไม่)อยากตาย|ฆ่าตัวตาย|ไม่อยากมีชีวิต|จบชีวิต(?:ตัวเอง)?|กินยาตาย|ผูกคอ"
                   r"|โดด(?:ตึก|สะพาน|น้ำ)|อยากหายไปจากโลก")
# a medical emergency now
_MEDICAL = re.compile(_NOT + r"(?:หายใจไม่ออก|หมดสติ|ชักกระตุก|เลือดออกไม่หยุด|เจ็บหน้าอกมาก"
                      r"|น้ำเดิน|จะคลอดแล้ว|ปวดท้องจะคลอด)")

DANGER = {"people": texts.DANGER_PEOPLE, "self": texts.DANGER_SELF,
          "medical": texts.DANGER_MEDICAL}


def danger_in(text: str) -> str | None:
    """The kind of danger a message tells ("people", "self", "medical"), or None."""
    compact = text.replace(" ", "")
    if _SELF.search(compact):
        return "self"
    if _MEDICAL.search(compact):
        return "medical"
    return "people" if _PEOPLE.search(compact) else None


def with_safety(before: dict[str, object], inbound: Inbound, result: StepResult) -> StepResult:
    """`result`, with where to call said first and a person asked for, when the message
    tells of danger not told before in this conversation (`before`: the state's data)."""
    kind = danger_in(inbound.text) if inbound.kind == "text" else None
    if kind is None or before.get("danger") or result.state.data.get("danger"):
        return result
    return dataclasses.replace(
        result, state=result.state.with_(danger=kind),
        replies=(Reply(DANGER[kind]), *result.replies),
        effects=(RequestHandoff("danger"), *result.effects))
