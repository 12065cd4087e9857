"""Builders of the bot's replies: answers, questions, summaries and results."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dialogs import texts
from dialogs.eligibility import Assessment
from dialogs.needs import NEEDS
from dialogs.parse_phone_id import mask_national_id
from dialogs.readers import SPECIAL
from dialogs.slots import Slot
from dialogs.types import Choice, Reply

MENU_CHOICES = (
    Choice("ขอความช่วยเหลือ", "cmd:screen"),
    Choice("คุยกับเจ้าหน้าที่", "cmd:officer"),
    Choice("เรื่องถึงไหนแล้ว", "cmd:status"),
)
CONSENT_CHOICES = (
    Choice("ยินยอม", "consent:yes"),
    Choice("ไม่ยินยอม", "consent:no"),
)
ASK_ELSE = Choice("ถามเรื่องอื่น", "cmd:menu")  # leaves screening for the menu
YES_NO_CHOICES = (Choice("ใช่", "yes"), Choice("ไม่ใช่", "no"))
PERSON_CHOICES = (
    Choice("คุยกับเจ้าหน้าที่", "cmd:officer"),
    Choice("เริ่มใหม่", "cmd:cancel"),
)
CONFIRM_CHOICES = (
    Choice("ถูกต้อง ส่งเรื่อง", "confirm:yes"),
    Choice("แก้ไข", "confirm:edit"),
)
# the summary that also asks for the phone, when it is the one thing missing
CONFIRM_NO_PHONE_CHOICES = (Choice("ส่งเลย ไม่มีเบอร์", "confirm:yes"), CONFIRM_CHOICES[1])
# the summary that asked for the name, when "ถูกต้อง" came without one
CONFIRM_NO_NAME_CHOICES = (Choice("ส่งเลย", "confirm:yes"), CONFIRM_CHOICES[1])
# the privacy notice when the story told before it holds sensitive data
CONSENT_SENSITIVE_CHOICES = (CONSENT_CHOICES[0], Choice("ไม่รวมข้อมูลอ่อนไหว", "consent:basic"),
                             CONSENT_CHOICES[1])


def question(slot: Slot, prefix: str = "") -> Reply:
    text = f"{prefix}\n{slot.question}" if prefix else slot.question
    return Reply(text, slot.choices)


def ask_again(slot: Slot, lead: str) -> Reply:
    """The question asked a second way, with buttons (yes/no when it has none)."""
    text = slot.again or slot.question
    return Reply(f"{lead}\n{text}\n{slot.example}", slot.choices)


def full_phone(phone: str) -> str:
    """The person's own number, whole and readable: "081-234-5678"."""
    if len(phone) == 10:
        return f"{phone[:3]}-{phone[3:6]}-{phone[6:]}"
    if len(phone) == 9:
        return f"{phone[:2]}-{phone[2:5]}-{phone[5:]}"
    return phone


_ADDRESSED = ("คุณ", "น้อง", "พี่", "ป้า", "ลุง", "ยาย", "น้า", "นาย", "นาง", "แม่", "พ่อ")


def address(name: str) -> str:
    """How the bot calls a person: "คุณสมชาย", but "น้องเอ", "ป้าแดง" as they are, and
    "คุณ John" with a space."""
    if name.startswith(_ADDRESSED):
        return name
    return f"คุณ{name}" if "\u0e00" <= name[:1] <= "\u0e7f" else f"คุณ {name}"


def heard(a: dict[str, Any]) -> str:
    """What the bot understood from a story, said back before the next question."""
    bits = []
    if a.get("name"):
        bits.append(address(a["name"]))
    if a.get("current_province"):
        bits.append(f"อยู่{a['current_province']['name']}")
    if a.get("home_province"):
        bits.append(f"จะกลับ{a['home_province']['name']}")
    for key, label in (("no_fare", "ไม่มีค่ารถ"), ("no_shelter", "ไม่มีที่พัก"),
                       ("no_food", "ไม่มีอาหาร/รายได้")):
        if a.get(key):
            bits.append(label)
    if a.get("id_card") is True:
        bits.append(ID_STATES.get(str(a.get("id_card_state")), "มีบัตรประชาชน"))
    if a.get("travellers"):
        bits.append(f"ไป {a['travellers']} คน")
    bits.extend(SPECIAL[s] for s in a.get("special_needs") or () if s in SPECIAL)
    if a.get("urgent") is not None:
        bits.append("เรื่องด่วน" if a["urgent"] else "ไม่ด่วน")
    return f"รับทราบค่ะ: {' '.join(bits)}" if bits else texts.START_SCREENING


ID_STATES = {"expired": "มีบัตรประชาชน (หมดอายุ)", "damaged": "มีบัตรประชาชน (ชำรุด)"}


def yes_no_text(value: Any, yes: str, no: str) -> str:
    return yes if value is True else no if value is False else "-"


def summary_lines(a: dict[str, Any]) -> list[str]:
    hardship = [label for key, label in (("no_shelter", "ไม่มีที่พัก"),
                                         ("no_food", "ไม่มีอาหาร/รายได้"),
                                         ("no_fare", "ไม่มีค่ารถกลับบ้าน")) if a.get(key)]
    special = [SPECIAL[s] for s in a.get("special_needs", []) if s in SPECIAL]
    lines = [
        f"ชื่อ: {a.get('name') or '-'}",
        f"เบอร์โทร: {full_phone(a['phone']) if a.get('phone') else '-'}",
        f"เดือดร้อน: {', '.join(hardship) or '-'}",
        f"บัตรประชาชน: {id_card_text(a)}",
        f"อยู่ที่: {(a.get('current_province') or {}).get('name', '-')}",
        f"กลับไป: {(a.get('home_province') or {}).get('name', '-')}",
        f"จำนวนคน: {a.get('travellers') or '-'}",
        f"ดูแลพิเศษ: {', '.join(special) or 'ไม่มี'}",
        f"เร่งด่วน: {yes_no_text(a.get('urgent'), 'ด่วน', 'ไม่ด่วน')}",
    ]
    if a.get("id_card") is False and "nationality_letter" in a:
        lines.append("หนังสือรับรองสัญชาติ: "
                     + yes_no_text(a.get("nationality_letter"), "มี", "ไม่มี"))
    needs = [NEEDS[n][0] for n in a.get("needs") or [] if n in NEEDS]
    if needs:
        lines.append(f"เรื่องอื่น: {', '.join(needs)}")
    if a.get("national_id"):
        lines.append(f"เลขบัตร: {mask_national_id(a['national_id'])}")
    return lines


def id_card_text(a: dict[str, Any]) -> str:
    if a.get("id_card") is True:
        return {"expired": "มี (หมดอายุ)", "damaged": "มี (ชำรุด)"}.get(
            str(a.get("id_card_state")), "มี")
    return "ไม่มี" if a.get("id_card") is False else "ไม่ทราบ"


EDITABLE = (("name", "ชื่อ"), ("phone", "เบอร์โทร"), ("hardship", "ความเดือดร้อน"),
            ("id_card", "บัตรประชาชน"), ("current_province", "จังหวัดที่อยู่"),
            ("home_province", "จังหวัดที่จะกลับ"), ("travellers", "จำนวนคน"),
            ("special_needs", "ดูแลพิเศษ"), ("urgent", "ความเร่งด่วน"))


def confirm(a: dict[str, Any]) -> Reply:
    """The summary before sending. While the name was never asked, it also asks for
    the name and the phone (typing them sends); while only the phone is missing (a
    name came without one), for the phone."""
    lines = summary_lines(a)
    if "name" not in a:  # not known yet: asked below, not shown as "-"
        lines = [line for line in lines if not line.startswith(("ชื่อ:", "เบอร์โทร:"))
                 or (line.startswith("เบอร์โทร:") and a.get("phone"))]
    head = "ตรวจข้อมูลก่อนส่งเรื่องนะคะ\n" + "\n".join(lines)
    if "name" not in a:
        ask = texts.CONTACT_ON_SUMMARY if "phone" not in a else texts.NAME_ON_SUMMARY
        return Reply(f"{head}\n{ask}", CONFIRM_CHOICES[1:])
    if "phone" not in a:
        return Reply(f"{head}\n{texts.PHONE_ON_SUMMARY}", CONFIRM_NO_PHONE_CHOICES)
    return Reply(f"{head}\nถูกต้องไหมคะ ถ้าผิด พิมพ์แก้ได้เลย เช่น \"เบอร์ผิด 0891234567\"",
                 CONFIRM_CHOICES)


def edit_menu(a: dict[str, Any]) -> Reply:
    choices = tuple(Choice(label, f"edit:{key}") for key, label in EDITABLE)
    return Reply("ต้องการแก้ข้อไหนคะ", choices)


def result_eligible(a: dict[str, Any], verdict: Assessment, aid: dict[str, Any],
                    due: dt.datetime, refs: list[dict[str, Any]],
                    phone_given: bool = False) -> list[Reply]:
    """The result, the estimate and what happens next; `phone_given`: the phone (or
    the name) was typed on the summary, so it is read back with how to fix it."""
    within = "24 ชั่วโมง" if verdict.urgent else "15 วัน"
    first = Reply(
        "ผลตรวจสิทธิ์: เข้าเกณฑ์ขอเงินช่วยเหลือกลับภูมิลำเนาค่ะ\n" + "\n".join(verdict.reasons),
        card={"type": "screening_result", "eligible": True, "reasons": verdict.reasons,
              "estimate": aid, "due": due.isoformat(), "urgent": verdict.urgent})
    estimate = (
        f"ประมาณการ ({aid['travellers']} คน): ค่าอาหารวันละ {texts.baht(aid['food_per_day'])} "
        f"ช่วงรอและเดินทาง ประมาณ {texts.baht(aid['food'])} ค่าใช้จ่ายอื่นไม่เกิน "
        f"{texts.baht(aid['other_max'])} และค่ารถตามราคาถูกที่สุดที่เจ้าหน้าที่กำหนดค่ะ "
        "ยอดจริงอาจเปลี่ยน ยืนยันกับเจ้าหน้าที่หรือ 1300 นะคะ")
    who = f"{address(a['name'])} ที่" if phone_given and a.get("name") else ""  # read back
    contact = (f"เจ้าหน้าที่จะโทรหา{who}เบอร์ {full_phone(a['phone'])}" if a.get("phone")
               else "เจ้าหน้าที่จะติดต่อกลับทางแชตนี้")
    nxt = (f"ส่งเรื่องให้เจ้าหน้าที่ พมจ. แล้วค่ะ จะดำเนินการภายใน {within} "
           f"(ไม่เกิน {texts.thai_datetime(due)}) {contact} "
           f"{texts.PHONE_CHECK if phone_given and a.get('phone') else ''}"
           f"{'' if a.get('phone') else texts.OTHER_PHONE}"
           "ด่วนมากโทร 1300 ได้ 24 ชั่วโมงค่ะ")
    out = [first, Reply(estimate), Reply(nxt, MENU_CHOICES[1:])]
    if refs:
        out.append(Reply(referral_text(refs)))
    return out


def result_not_eligible(verdict: Assessment, refs: list[dict[str, Any]]) -> list[Reply]:
    text = ("ผลตรวจสิทธิ์: ยังขอเงินช่วยกลับภูมิลำเนาไม่ได้ค่ะ เพราะ\n" + "\n".join(verdict.reasons)
            + "\nแต่ยังมีทางช่วยค่ะ โทรสายด่วน 1300 ได้ 24 ชั่วโมง หรือคุยกับเจ้าหน้าที่ได้ค่ะ")
    out = [Reply(text, PERSON_CHOICES[:1],
                 card={"type": "screening_result", "eligible": False,
                       "reasons": verdict.reasons})]
    if refs:
        out.append(Reply(referral_text(refs)))
    return out


def result_not_thai(refs: list[dict[str, Any]]) -> list[Reply]:
    """Not Thai: the reason is nationality, said kindly, with where to call."""
    out = [Reply(texts.NOT_THAI, PERSON_CHOICES[:1],
                 card={"type": "screening_result", "eligible": False,
                       "reasons": [texts.NOT_THAI_REASON]})]
    if refs:
        out.append(Reply(referral_text(refs)))
    return out


ANYTHING_ELSE_TOPICS = (("หางานทำ", "job_placement"), ("ฝึกอาชีพ", "job_training"),
                        ("ทำบัตรประชาชน", "id_card"), ("ไม่มีแล้ว ขอบคุณ", "thanks"))


def anything_else() -> Reply:
    """After a request is sent: the other needs, offered instead of asked."""
    return Reply(texts.ANYTHING_ELSE, tuple(
        Choice(label, "cmd:thanks" if topic == "thanks" else f"topic:{topic}")
        for label, topic in ANYTHING_ELSE_TOPICS))


def referral_text(refs: list[dict[str, Any]]) -> str:
    lines = [f"• {r['title']}: {r['agency']}" for r in refs]
    return "หน่วยงานที่ช่วยได้เพิ่มเติมค่ะ\n" + "\n".join(lines)


def case_status(cases: list[dict[str, Any]]) -> Reply:
    """A person's own cases, newest first; used by the runtime for LookupCaseStatus."""
    if not cases:
        return Reply(texts.NO_CASE, MENU_CHOICES[:1])
    labels = {"received": "รับเรื่องแล้ว", "reviewing": "กำลังพิจารณา",
              "awaiting_approval": "รออนุมัติ", "approved": "อนุมัติแล้ว",
              "assisted": "ช่วยเหลือแล้ว", "reported": "รายงานผลแล้ว",
              "followed_up": "ติดตามผลแล้ว", "rejected": "ไม่ผ่านการพิจารณา",
              "closed": "ปิดเรื่องแล้ว"}
    lines = []
    for case in cases[:3]:
        due = dt.datetime.fromisoformat(case["due_at"])
        status = labels.get(case["status"], case["status"])
        lines.append(f"เรื่องเลขที่ {case.get('ref', case['id'])}: {status} "
                     f"(กำหนด {texts.thai_datetime(due)})")
    return Reply("\n".join(lines) + "\nสอบถามเพิ่มโทร 1300 ได้ค่ะ")
