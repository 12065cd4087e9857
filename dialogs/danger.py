"""Safety first: a message that tells of danger now (hurt or hunted by someone, a wish to
die, a medical emergency) gets where to call at once, before anything else, and a
person is asked for (an urgent handoff), whatever the dialog waits for and with or
without consent. Said once per conversation; the dialog goes on as before.

The readings are narrow on purpose: a no before them ("ไม่ได้ถูกทำร้าย", "ไม่อยากตาย"),
southern "หลบบ้าน" (going home, not hiding) and sayings ("หิวจะตาย") are no danger.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from dialogs import texts
from dialogs.parse_numbers import clean_text
from dialogs.step import StepResult
from dialogs.types import EraseUserData, Inbound, Reply, RequestHandoff

__all__ = ["DANGER", "danger_in", "with_safety"]

# a match with one of these right before it (no space between) is denied or of the past
# ("ไม่ได้โดนผัวทำร้าย", "ไม่ได้คิดสั้น", "อย่าคิดสั้น", "ยังไม่ถึงขั้นอยากตาย", "เคยโดนตบ",
# "ไม่มีใครบังคับ", "ใครจะไปอยากตาย"); "กลับห้องไม่ได้ กลัวแฟนตามมา" is not denied
_DENIED = re.compile(r"(?:ไม่|บ่า?|มิ|หม้าย|ม่าย|อย่า|เคย|ใครจะไป)"
                     r"(?:ได้|เคย|มีใคร|ถึง(?:ขั้น|กับ)?|ได้?คิด|โดน|ถูก|เคยคิด|คิด|จะ|ใช่|ค่อย)*$")
# the whole message told of the past, of someone else's past, or of a story, a show, a
# farm job; or of breath lost to debt or work ("หนี้ท่วมจนหายใจไม่ออก")
_PAST = re.compile(r"ตอนเด็ก|ปีที่แล้ว|ปีก่อน|เดือนก่อน|สมัยก่อน|เมื่อก่อน|ตอนนี้ปลอดภัย|ข่าว|ละคร|หนัง(?!สือ)"
                   r"|ตอนปี|เลิกกันแล้ว|เสียเพราะ|เสียชีวิต"
                   r"|เพลง|ตอนอยู่ในคุก|ตอนอยู่ในเรือนจำ")
# acts of violence with someone as their object or done again and again (never "เตะออกจาก
# งาน", "เตะถ่วง", "ซ้อมมวย", "ต่อยอด", "ตบยุง", "ตบเท้า", "ทุบกระปุก", "แทงหวย", "ตีลูกบอล")
_ME = r"(?:หนู|ผม|ฉัน|ดิฉัน|เรา|ลูก|เมีย|น้า|ป้า|ยาย|แม่|หัว|หน้า|ทุกวัน|ตลอด|อีก(?:แล้ว)?|จน)"
_HURT = (r"(?:ทำร้าย(?!จิตใจ|ความรู้สึก|สุขภาพ)(?:ร่างกาย)?|ทุบตี|ตบตี|กระทืบ(?!เท้า)|ข่มขืน|ลวนลาม"
         r"|ล่วงละเมิด|ปล้ำ|บีบคอ|ซ้อม(?!มวย|ดนตรี|ร้อง|เต้น|บอล|ละคร|วิ่ง|ขับ|รบ|ใหญ่)"
         r"|(?:ตบ|เตะ|ทุบ|ต่อย|ชก|ตี|ฟาด|แทง|ยิง)(?!ลูก(?:ฟุต)?บอล|ลูกกอล์ฟ|หัวแล้วลูบ)(?=" + _ME
         + r")|ไล่แทง|(?:ขู่|จะ)(?:ว่า)?(?:จะ)?ฆ่า"
         r"|มีดจ่อ|ข่มขู่)")
_WHO = (r"(?:สามี|ผัว|แฟน|เมีย|พ่อเลี้ยง|แม่เลี้ยง|นายจ้าง|เจ้านาย|หัวหน้า(?:งาน)?|นายหน้า|เจ้าหนี้|แก๊ง"
        r"|พวกมัน|เขา|เค้า)(?:หนู|ผม|ฉัน|เก่า)?")
# hurt, held or hunted by someone now: "สามีทำร้าย", "ผัวหนูซ้อมหนู", "โดนซ้อม", "บังคับให้
# ไปขายตัว", "กลัวเขาตามมา"; held, never in prison ("โดนจับขังมา 3 ปี เพิ่งออกจากคุก")
_PEOPLE = re.compile(
    r"(?:ถูก|โดน)(?:" + _WHO + r")?(?:" + _HURT + r"|(?:ตบ|เตะ|ทุบ|ต่อย|ชก|ตี|ฟาด|แทง|ยิง)"
    r"(?!หวย|บอล|ถ่วง|โด่ง|ออก|ยุง|เท้า|มือ|ตา|กระปุก))"
    + r"|" + _WHO + r"(?:ก็)?(?:เมาแล้ว|กลับมา|มา|กำลัง|ชอบ|ถือมีด|เอามีด)?" + _HURT
    + r"|บังคับ(?:ให้)?(?:ไป)?(?:ขายตัว|ขายบริการ|ค้าประเวณี|นั่งดริ้งค์|นั่งดริงค์)|ค้ามนุษย์(?!หลอก)"
    + r"|(?:ขัง|กักขัง|ล็อคห้อง|ล็อกห้อง)(?:หนู|ผม|ฉัน|เรา)?ไว้(?!ที่โรงพัก)|(?:ยึด|เก็บ)พาสปอร์ต"
    + r"|กลัว" + _WHO + r"(?:จะ)?(?:ตาม(?:มา|หา|ล่า|เจอ)(?!ทวง)|มา(?:ทำร้าย|ฆ่า|ลาก|จับ))(?!ไม่)"
    + r"|(?:ตามมา|ตามหา)(?:ทำร้าย|ฆ่า)|ไล่ฆ่า")
_PRISON = re.compile(r"คุก|เรือนจำ|ทัณฑสถาน|ข้อหา|พ้นโทษ|ติดโทษ|โรงพัก")
_HURTING = re.compile(_WHO + r"(?:ก็)?(?:เมาแล้ว|กลับมา|มา|กำลัง|ชอบ)?" + _HURT)
# a wish to die or a way to die told ("อยากตาย", "คิดสั้น", "ตายไปดีกว่า"); never an old
# relative's wish to die at home, a relative's suicide long ago, farm spraying
_SELF = re.compile(r"(?:อยาก(?:จะ)?|ใค่|ใคร่)ตาย(?!ที่|ใน|บ้าน|ตาหลับ)|ฆ่าตัว(?:ตาย|เอง)|ไม่อยากมีชีวิต"
                   r"|คิดสั้น|จบชีวิต(?!คู่|การ)|ไม่อยากอยู่บนโลก|อยากหายไปจากโลก|ลาโลก|จดหมายลาตาย"
                   r"|(?:กิน|ดื่ม)ยา(?:ฆ่าแมลง|ฆ่าหญ้า|นอนหลับ(?:หมด)?|เกินขนาด)?(?:ตาย|หมดแผง|แล้ว)"
                   r"|ผูกคอ|กรีด(?:ข้อมือ|แขน)|เตรียมเชือก|โดด(?:ตึก|สะพาน)|กระโดด(?:น้ำ|ตึก|สะพาน)ตาย"
                   r"|ตาย(?:ๆ)?ไป(?:ซะ)?ดีกว่า|จะไปตาย|ไม่อยากตื่น(?:มา)?อีก")
_OTHERS_DEATH = re.compile(r"(?:พ่อ|แม่|น้อง|พี่|เพื่อน|ลูก|ญาติ|ผัว|สามี|เมีย)[ก-๙]{0,6}ฆ่าตัวตาย")
# a medical emergency now (never "น้ำ เดินทาง", "ท่อน้ำเดิน", breath lost "จน" debt or work)
_MEDICAL = re.compile(r"(?<!จน)(?<!แทบ)(?<!งานเยอะ)หายใจ(?:ไม่|ม่าย)(?:ค่อย)?(?:ออก|ทัน)|ไม่หายใจ"
                      r"|หมดสติ|ไม่รู้สึกตัว"
                      r"|เป็นลมไม่ฟื้น|ชัก(?:กระตุก|ตัวเกร็ง|ไม่หยุด)|ไข้สูง(?:จน)?ชัก|หัวใจวาย"
                      r"|เลือด(?:ออก|ไหล)(?:ไม่หยุด|เยอะ|มาก)|(?<!จน)(?<!อัดอั้น)(?:เจ็บ|แน่น)หน้าอก(?!เวลา)"
                      r"|(?<!ท่อ)น้ำเดิน(?!ทาง|ไม่)|น้ำคร่ำแตก|(?:ปวด|เจ็บ)ท้องจะคลอด|(?:โดน|ถูก)รถชน|รถคว่ำ"
                      r"|งูกัด|ปากเบี้ยว|กินยาเกินขนาด")


def _said(pattern: re.Pattern[str], cleaned: str) -> bool:
    """A match of `pattern` in the text without spaces that is neither denied nor of the
    past right before it (in the text with its spaces: a space ends a denial)."""
    at = [i for i, ch in enumerate(cleaned) if ch != " "]  # compact index -> cleaned index
    compact = cleaned.replace(" ", "")
    return any(_DENIED.search(cleaned[max(0, at[m.start()] - 14):at[m.start()]]) is None
               for m in pattern.finditer(compact))


DANGER = {"people": texts.DANGER_PEOPLE, "self": texts.DANGER_SELF,
          "medical": texts.DANGER_MEDICAL}


def danger_in(text: str) -> tuple[str, ...]:
    """The kinds of danger a message tells ("self", "people", "medical"), in that order."""
    cleaned = clean_text(text.replace("\n", ""))  # a line break inside a phrase joins it
    compact = cleaned.replace(" ", "")
    if _PAST.search(compact):
        return ()
    kinds = []
    if _said(_SELF, cleaned) and not _OTHERS_DEATH.search(compact):
        kinds.append("self")
    if _said(_PEOPLE, cleaned) and not (_PRISON.search(compact) and not _said(_HURTING, cleaned)):
        kinds.append("people")  # in prison talk, only someone hurting the writer now counts
    if _said(_MEDICAL, cleaned):
        kinds.append("medical")
    return tuple(kinds)


DANGER_FOR = dt.timedelta(hours=24)  # a kind told again after this is said (and alerted) again


def _marked(before: dict[str, object], after: dict[str, object],
            at: dt.datetime) -> tuple[str, str | None]:
    """The kinds of danger told in this conversation and since when, as long as the mark
    holds: a day from the first telling (a mark of no time, or past it, is gone: the
    same kind told a month later is a new danger, not one staff already know of)."""
    told = str(before.get("danger") or after.get("danger") or "")
    since = before.get("danger_at") or after.get("danger_at")
    try:
        fresh = isinstance(since, str) and at - dt.datetime.fromisoformat(since) <= DANGER_FOR
    except ValueError:
        fresh = False
    return (told, str(since)) if told and fresh else ("", None)


def with_safety(before: dict[str, object], inbound: Inbound, result: StepResult) -> StepResult:
    """`result`, with where to call said first and a person asked for, when the message
    tells of a kind of danger not told before in this conversation (`before`: the state's
    data, whose mark, the kinds told, is carried on past consent and screening). A kind
    told again is not said twice; another kind is (one fleeing a husband who later writes
    of ending her life gets the mental health line too, and staff hear of it)."""
    if any(isinstance(e, EraseUserData) for e in result.effects):
        return result  # erased: nothing kept, not even this
    told, since = _marked(before, result.state.data, inbound.at)
    kinds = danger_in(inbound.text) if inbound.kind == "text" else ()
    new = [k for k in kinds if k not in told.split()]
    if not new:
        return result if not told or result.state.data.get("danger") else dataclasses.replace(
            result, state=result.state.with_(danger=told, danger_at=since))
    return dataclasses.replace(
        result, state=result.state.with_(danger=" ".join([*told.split(), *new]),
                                         danger_at=since or inbound.at.isoformat()),
        replies=(Reply(" ".join([*(DANGER[k] for k in new), texts.DANGER_TOLD])),
                 *result.replies),
        effects=(RequestHandoff("danger"), *result.effects))
