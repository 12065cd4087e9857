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
from dialogs.parse_numbers import clean_text
from dialogs.step import StepResult
from dialogs.types import EraseUserData, Inbound, Reply, RequestHandoff

__all__ = ["DANGER", "danger_in", "with_safety"]

_NOT = (r"(?<!ไม่ได้)(?<!ไม่เคย)(?<!ไม่)(?<!บ่ได้)(?<!บ่)(?<!ไม่ใช่)(?<!ไม่ถึงกับ)(?<!เคย)"
        r"(?<!ไม่ได้ถูก)(?<!ไม่ได้โดน)")
# acts of violence (never "เตะออกจากงาน": fired; "ซ้อมมวย", "ต่อยอด", "ตบยุง", "ตบมือ",
# "ตบตา": cheated; "ทำร้ายจิตใจ"; "ตีสอง": 2 a.m.)
_HURT = (r"(?:ทำร้าย(?!จิตใจ|ความรู้สึก)(?:ร่างกาย)?|ตบ(?!ยุง|มือ|ตา|ไหล่|บ่า|แต่ง)(?:ตี)?"
         r"|ซ้อม(?!มวย|ดนตรี|ร้อง|เต้น|บอล|ละคร|วิ่ง|ขับ|รบ)|เตะ(?!ออก|บอล|ฝุ่น|ตะกร้อ|ลูก)"
         r"|ต่อย(?!อด|มวย)|ทุบ(?:ตี)?|กระทืบ|แทง|ตี(?:หนู|ผม|ฉัน|ลูก|เมีย|ทุกวัน)|ขู่(?:ว่า)?(?:จะ)?ฆ่า"
         r"|ข่มขืน|ลวนลาม|กักขัง|ขัง(?:หนู|ผม|ฉัน|เรา)?ไว้|จับขัง|ล่ามโซ่)")
_WHO = (r"(?:สามี|ผัว|แฟน|เมีย|พ่อเลี้ยง|แม่เลี้ยง|นายจ้าง|เจ้านาย|หัวหน้า(?:งาน)?|นายหน้า|เจ้าหนี้|แก๊ง"
        r"|พวกมัน|เขา|เค้า|มัน)(?:หนู|ผม|ฉัน|เก่า)?")
# hurt, held or hunted by someone now: "สามีทำร้าย", "ผัวหนูซ้อมหนู", "โดนซ้อม", "บังคับให้
# ไปขายตัว", "กลัวเขาตามมา"; never long ago ("ตอนเด็กๆเคยโดนตบ")
_PEOPLE = re.compile(
    _NOT + r"(?:ถูก|โดน)(?:" + _WHO + r")?" + _HURT
    + r"|" + _WHO + r"(?:ก็)?(?:เมาแล้ว|กลับมา|มา)?" + _NOT + _HURT
    + r"|" + _WHO + r"(?:จะ)?ฆ่า(?:หนู|ผม|ฉัน|เรา)?(?:$|แน่|แล้ว|ทิ้ง)"
    + r"|" + _NOT + r"บังคับ(?:ให้)?(?:ไป)?(?:ขายตัว|ขายบริการ|ค้าประเวณี|นั่งดริ้งค์|นั่งดริงค์)"
    + r"|" + _NOT + r"ค้ามนุษย์|ไม่ให้(?:หนู|ผม|ฉัน)?ออกไปไหน"
    + r"|กลัว" + _WHO + r"(?:จะ)?(?:ตาม(?:มา|หา|ล่า|เจอ)|มา(?:เจอ|ทำร้าย|ฆ่า|ลาก|จับ))(?!ไม่)"
    + r"|(?:ตามมา|ตามหา)(?:ทำร้าย|ฆ่า)|ไล่ฆ่า")
_PAST = re.compile(r"ตอนเด็ก|ปีที่แล้ว|สมัยก่อน|หลายปีก่อน|เมื่อก่อน|ตอนนี้ปลอดภัย|ข่าว")
# a wish to die ("อยากตาย", "คิดสั้น"); never denied ("ไม่ได้อยากตาย"), an old relative's wish to
# die at home, play ("โดดน้ำเล่น") or news ("ข่าวคนฆ่าตัวตาย")
_SELF = re.compile(r"(?<!ไม่)(?<!ไม่ได้)(?<!ไม่เคย)(?<!ไม่ถึงกับ)(?<!บ่)(?<!จะไป)(?<!ใครจะไป)"
                   r"(?:อยาก(?:จะ)?ตาย|ใค่ตาย)(?!ที่บ้าน|ที่บ้านเกิด)"
                   r"|(?<!ไม่เคยคิด)(?<!ไม่ได้คิด)(?<!ไม่เคย)ฆ่าตัวตาย|ไม่อยากมีชีวิต|คิดสั้น|จบชีวิต"
                   r"|ไม่อยากอยู่บนโลก|อยากหายไปจากโลก|กินยา(?:ฆ่าแมลง)?ตาย|ยาฆ่าแมลง|ผูกคอ|กรีดข้อมือ"
                   r"|โดด(?:ตึก|สะพาน)|ตายๆไป")
# a medical emergency now (never "น้ำ เดินทาง": a name then travel; "เครียดจนหายใจไม่ออก")
_MEDICAL = re.compile(_NOT + r"(?:(?<!เครียดจน)(?<!อึดอัดจน)หายใจ(?:ไม่|ม่าย)(?:ออก|ทัน)|ไม่หายใจ|หมดสติ"
                      r"|ชัก(?:กระตุก|ตัวเกร็ง| ตัวเกร็ง)|เลือด(?:ออก|ไหล)ไม่หยุด|เจ็บหน้าอกมาก"
                      r"|แน่นหน้าอก|น้ำเดิน(?!ทาง)|น้ำคร่ำแตก|ปวดท้องจะคลอด|(?:โดน|ถูก)รถชน)")

DANGER = {"people": texts.DANGER_PEOPLE, "self": texts.DANGER_SELF,
          "medical": texts.DANGER_MEDICAL}


def danger_in(text: str) -> tuple[str, ...]:
    """The kinds of danger a message tells ("self", "people", "medical"), in that order."""
    cleaned = clean_text(text.replace("\n", " "))
    compact = cleaned.replace(" ", "")
    kinds = []
    if _SELF.search(compact) and "ข่าว" not in compact:
        kinds.append("self")
    if _PEOPLE.search(compact) and not _PAST.search(compact):
        kinds.append("people")
    if _MEDICAL.search(compact) or _MEDICAL.search(cleaned):
        kinds.append("medical")
    return tuple(kinds)


def with_safety(before: dict[str, object], inbound: Inbound, result: StepResult) -> StepResult:
    """`result`, with where to call said first and a person asked for, when the message
    tells of danger not told before in this conversation (`before`: the state's data,
    whose mark is carried on past consent and screening)."""
    if any(isinstance(e, EraseUserData) for e in result.effects):
        return result  # erased: nothing kept, not even this
    told = before.get("danger") or result.state.data.get("danger")
    kinds = danger_in(inbound.text) if inbound.kind == "text" and not told else ()
    if not kinds:
        return result if not told or result.state.data.get("danger") else dataclasses.replace(
            result, state=result.state.with_(danger=told))
    return dataclasses.replace(
        result, state=result.state.with_(danger=kinds[0]),
        replies=(Reply(" ".join([*(DANGER[k] for k in kinds), texts.DANGER_TOLD])),
                 *result.replies),
        effects=(RequestHandoff("danger"), *result.effects))
