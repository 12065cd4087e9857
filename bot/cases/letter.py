"""The follow-up letter of the manual's step 8 (Source B): within 7 days after the help,
a letter to the destination province's social development and human security office
asking it to follow up on the person sent home. Text, and a PDF with a Thai font.

Bangkok has no provincial office of the ministry; its social development office is the
Bangkok Metropolitan Administration's สำนักพัฒนาสังคม (Source A, 6).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from bot.cases.amounts import Amounts, stored_amounts
from bot.cases.deadlines import thai_time
from bot.cases.errors import LetterError
from bot.cases.follow_up import letter_line
from bot.cases.pdf import find_thai_font, render_pdf
from dialogs.texts import baht

__all__ = ["find_thai_font", "follow_up_letter", "head_of", "letter_pdf", "office_of", "place",
           "thai_long_date"]

_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
           "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
BANGKOK = "กรุงเทพมหานคร"
RIGHT = " " * 40  # the right-hand column: sender's office, date, signature
INDENT = " " * 8  # a paragraph's first line
ITEM = " " * 12
REGULATION = ("ระเบียบกระทรวงแรงงานและสวัสดิการสังคม ว่าด้วยการสงเคราะห์ผู้ตกทุกข์ได้ยาก"
              "ในประเทศให้กลับภูมิลำเนาเดิม พ.ศ. 2543")


def thai_long_date(day: dt.date) -> str:
    """'1 ธันวาคม 2569' (full month, Buddhist era), as in official letters."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year + 543}"


def _province(name: str) -> str:
    name = name.strip()
    return name.removeprefix("จังหวัด").strip()


def office_of(province: str) -> str:
    """The social development office of a province, by its Thai name."""
    p = _province(province)
    return f"สำนักพัฒนาสังคม {BANGKOK}" if p == BANGKOK else (
        f"สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด{p}")


def place(province: str) -> str:
    """'จังหวัดเชียงใหม่', but 'กรุงเทพมหานคร' (not a จังหวัด)."""
    p = _province(province)
    return p if p == BANGKOK else f"จังหวัด{p}"


def head_of(province: str) -> str:
    """The title of that office's head, used after เรียน."""
    p = _province(province)
    return f"ผู้อำนวยการสำนักพัฒนาสังคม {BANGKOK}" if p == BANGKOK else (
        f"พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด{p}")


def _day(case: Mapping[str, Any], key: str) -> dt.date:
    value = case.get(key)
    if not value:
        what = "วันที่ให้ความช่วยเหลือ" if key == "assisted_at" else "วันที่รับเรื่อง"
        raise LetterError(f"ยังไม่มี{what}ของเรื่องนี้ จึงออกหนังสือติดตามผลไม่ได้")
    try:
        return thai_time(value).date()
    except ValueError as exc:
        raise LetterError(f"{key} {exc}") from None


def _amount_lines(a: Amounts) -> list[str]:
    items = [
        (f"ค่าอาหาร {a.food_days} วัน", a.food), ("ค่าพาหนะ", a.fare),
        ("ค่าที่พัก", a.lodging), ("ค่ารักษาพยาบาล", a.medical),
        ("ค่าใช้จ่ายอื่นที่จำเป็น", a.other),
    ]
    given = [(what, money) for what, money in items if money > 0]
    return [f"{ITEM}{n}. {what} เป็นเงิน {baht(money)}"
            for n, (what, money) in enumerate(given, start=1)]


def _amounts(case: Mapping[str, Any]) -> Amounts:
    try:
        return stored_amounts(case.get("amounts"))
    except ValueError as exc:
        raise LetterError(str(exc)) from None


def follow_up_letter(case: Mapping[str, Any], officer_name: str, from_province: str,
                     today: dt.date, officer_role: str = "") -> str:
    """The letter's Thai text; `case` is a bot.store Case.as_dict() with assisted_at.
    Signed by `officer_name` (a staff member's display name, never a username; blank
    for a signature by hand) and `officer_role`. What the person answered to the
    follow-up question (step 8), if asked, is told in the letter."""
    home = _province(str(case.get("home_province") or ""))
    if not home:
        raise LetterError("ยังไม่ทราบจังหวัดภูมิลำเนาเดิม จึงออกหนังสือติดตามผลไม่ได้")
    if not from_province.strip():
        raise LetterError("ต้องระบุจังหวัดของสำนักงานผู้ส่งหนังสือ")
    sender = office_of(from_province)
    name = str(case.get("name") or "").strip() or "(ไม่ระบุชื่อ)"
    ref = str(case.get("ref") or case.get("id") or "-")
    travellers = int(case.get("travellers") or 1)
    amounts = _amounts(case)
    company = "เดินทางคนเดียว" if travellers == 1 else f"รวมผู้เดินทาง {travellers} คน"
    heard = letter_line(case, lambda moment: thai_long_date(thai_time(moment).date()))
    lines = [
        "ที่ ................../..........",
        f"{RIGHT}{sender}",
        "",
        f"{RIGHT}{thai_long_date(today)}",
        "",
        "เรื่อง  ขอให้ติดตามผลการช่วยเหลือผู้ตกทุกข์ได้ยากในประเทศให้กลับภูมิลำเนาเดิม",
        "",
        f"เรียน  {head_of(home)}",
        "",
        f"{INDENT}ด้วย{sender} ได้รับคำขอความช่วยเหลือจากผู้ตกทุกข์ได้ยากชื่อ {name} "
        f"(เรื่องเลขที่ {ref}) เมื่อวันที่ {thai_long_date(_day(case, 'created_at'))} "
        f"ซึ่งประสงค์เดินทางกลับภูมิลำเนาเดิมที่{place(home)} ({company}) "
        f"และได้ให้ความช่วยเหลือส่งกลับภูมิลำเนาเดิมตาม{REGULATION} แล้วเมื่อวันที่ "
        f"{thai_long_date(_day(case, 'assisted_at'))} "
        f"เป็นเงินรวมทั้งสิ้น {baht(amounts.total)} ดังนี้",
        *(_amount_lines(amounts) or [f"{ITEM}ไม่มีการจ่ายเงิน (ช่วยเหลือด้านอื่น)"]),
        *([f"{INDENT}{heard}"] if heard else []),
        "",
        f"{INDENT}จึงเรียนมาเพื่อโปรดพิจารณามอบหมายให้{office_of(home)} "
        f"ติดตามผลความเป็นอยู่ของ {name} และผู้เดินทางหลังกลับถึงภูมิลำเนาเดิม "
        f"ให้ความช่วยเหลือต่อตามความจำเป็น และแจ้งผลให้{sender}ทราบด้วย จะขอบคุณยิ่ง",
        "",
        f"{RIGHT}ขอแสดงความนับถือ",
        "",
        "",
        f"{RIGHT}({officer_name.strip() or '....................'})",
        f"{RIGHT}{officer_role.strip() or 'เจ้าหน้าที่ผู้รับผิดชอบ'}",
        "กลุ่มพัฒนาสังคมและสวัสดิการ",
        "โทร. ....................",
    ]
    return "\n".join(lines) + "\n"


def letter_pdf(text: str) -> bytes:
    """The letter as an A4 PDF in a Thai font; ThaiFontMissing if none is installed."""
    return render_pdf(text, title="หนังสือติดตามผลการช่วยเหลือผู้ตกทุกข์ได้ยาก")
