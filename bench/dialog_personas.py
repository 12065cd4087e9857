"""Personas for bench/dialogs.py: how each person writes, and the right outcome.

An answer may be a tuple: the person's successive answers when the same question
(or state) comes again. Expected keys: eligible, reason (a substring of one reason),
current/home (province names), travellers, urgent, special (special needs),
referrals (ids that must be there), no_referrals (ids that must not), needs, name,
phone, id_card_state, stored (what a no-consent conversation keeps: a list of its
state keys, or False for nothing the person told).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STORY = "ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน"
HEALTH = ("medical_services", "mental_health_care", "hiv_aid")


@dataclass(frozen=True)
class Persona:
    """What a person writes first, then how they answer each question asked."""

    opening: tuple[str, ...]
    answers: dict[str, str | tuple[str, ...]]
    outcome: str = "case"  # "case", "refused" or "answered"
    expect: dict[str, Any] = field(default_factory=dict)
    answered: str = ""  # for "answered": a piece of the knowledge answer
    after: tuple[str, ...] = ()  # said once the request is sent (a fix); not counted
    one_part: bool = False  # answers one thing per message, even when asked two


PERSONAS: dict[str, Persona] = {
    "stranded worker, whole story at once": Persona(
        ("สวัสดีครับ", "ยินยอม", STORY),
        {"travellers": "คนเดียว", "name": "สมชาย 0812345678"},
        expect={"current": "ชลบุรี", "home": "ขอนแก่น", "travellers": 1, "urgent": True,
                "special": [], "name": "สมชาย", "phone": "0812345678"}),
    "story before consent": Persona(
        ("ติดอยู่หมอชิต ไม่มีตังกลับบ้านที่อุดร มีบัตรปชช คืนนี้ไม่มีที่นอน", "ยินยอม"),
        {"current_province": "กทม", "travellers": "1 คน", "name": "นิด 089-999-9999",
         "confirm": "ใช่"},
        expect={"current": "กรุงเทพมหานคร", "home": "อุดรธานี", "travellers": 1,
                "urgent": True, "phone": "0899999999"}),
    "mother with a child": Persona(
        ("ขอความช่วยเหลือค่ะ", "ยินยอม",
         "อยู่ระยองค่ะ ไม่มีเงินค่ารถพาลูกกลับบ้านที่ศรีสะเกษ มีบัตรประชาชน"),
        {"travellers": "2 คน ลูกอายุ 3 ขวบ", "name": "แม่ปุ้ย ๐๘๖๑๒๓๔๕๖๗"},
        expect={"current": "ระยอง", "home": "ศรีสะเกษ", "travellers": 2, "urgent": False,
                "special": ["child"], "name": "แม่ปุ้ย"}),
    "released prisoner, lost ID, wants work": Persona(
        ("เพิ่งพ้นโทษ ไม่มีค่ารถกลับบ้าน อยู่นครปฐม บ้านอยู่สุรินทร์", "ยินยอม"),
        {"id_card": "บัตรหาย มีหนังสือรับรองจากผู้ใหญ่บ้าน", "travellers": "คนเดียว",
         "sensitive_consent": "ยินยอม", "needs": "บัตรหาย อยากได้งาน",
         "name": "เอก 0823456789"},
        expect={"current": "นครปฐม", "home": "สุรินทร์", "reason": "หนังสือรับรอง",
                "referrals": ["id_card", "job_placement", "probation_support"],
                "no_referrals": HEALTH}),
    "elderly man, step by step": Persona(
        ("สวัสดี",),  # then answers what is asked: "ยินยอม", and help when offered
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ", "hardship": "3", "id_card": "มี",
         "current_province": "กทม", "home_province": "โคราช",
         "travellers": "คนเดียว อายุ 72", "name": "ตาสม", "phone": "02-123-4567"},
        expect={"current": "กรุงเทพมหานคร", "home": "นครราชสีมา", "travellers": 1,
                "special": ["elderly"], "urgent": False, "phone": "021234567"}),
    "Isan speaker": Persona(
        ("บ่มีค่ารถกลับเฮือนที่อุบล อยู่ชลบุรี มีบัตรปชช", "แม่นแล้ว"),
        {"travellers": "คนเดียว", "urgent": "บ่ด่วน", "sensitive_consent": "บ่",
         "name": "บุญมี 0834567890", "confirm": "แม่น"},
        expect={"current": "ชลบุรี", "home": "อุบลราชธานี", "urgent": False,
                "name": "บุญมี"}),
    "woman fleeing, urgent": Persona(
        ("สวัสดีค่ะ", "ยินยอม",
         "หนีสามีออกมา ไม่ปลอดภัย ไม่มีที่นอนคืนนี้ อยู่พัทยา อยากกลับบ้านที่เชียงราย "
         "มีบัตรประชาชน"),
        {"travellers": "3 คน มีลูกเล็ก 2 คน", "name": "ฝน 0845678901", "confirm": "ใช่ค่ะ"},
        expect={"current": "ชลบุรี", "home": "เชียงราย", "travellers": 3, "urgent": True,
                "special": ["child"]}),
    "asks a question mid-screening": Persona(
        ("สวัสดี", "ยินยอม", "ไม่มีค่ารถกลับบ้าน มีบัตรประชาชน",
         "ค่าอาหารได้วันละเท่าไหร่คะ"),
        {"current_province": "อยู่สระบุรี บ้านอยู่จังหวัดเลย", "travellers": "คนเดียว",
         "name": "จันทร์ 0856789012"},
        expect={"current": "สระบุรี", "home": "เลย", "urgent": False}),
    "typos and English province": Persona(
        ("ไม่มีค่ารถกลับบ้านครับ", "ok"),
        {"id_card": "มีบัตรประชาชนครับ", "current_province": "Chiang Mai",
         "home_province": "โคราด", "travellers": "1", "urgent": "ด่วน",
         "name": "Tom +66 81 234 5678", "confirm": "yes"},
        expect={"current": "เชียงใหม่", "home": "นครราชสีมา", "urgent": True, "name": "Tom",
                "phone": "0812345678"}),
    "family of four": Persona(
        ("สวัสดีครับ", "ยินยอม",
         "ตกงาน ไม่มีข้าวกิน ไม่มีค่ารถกลับบ้านที่นครศรีธรรมราช อยู่สมุทรปราการ มีบัตรประชาชน"),
        {"travellers": "4 คน", "name": "พ่อบ้าน 0867890123"},
        expect={"current": "สมุทรปราการ", "home": "นครศรีธรรมราช", "travellers": 4,
                "reason": "รายได้"}),
    # -- one per misreading of issue 9 -------------------------------------------------
    "wants work: never a health need": Persona(
        ("เพิ่งออกจากคุก อยากได้งานทำ ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร "
         "มีบัตรประชาชน", "ยินยอม"),
        {"travellers": "คนเดียว", "sensitive_consent": "ยินยอม", "needs": "ไม่มี",
         "name": "ดำ 0811112222"},
        expect={"needs": ["work", "probation"], "referrals": ["job_placement"],
                "no_referrals": HEALTH}),
    "rather not say: no need recorded": Persona(
        ("เพิ่งพ้นโทษ ไม่มีค่ารถกลับบ้าน อยู่ระยอง จะกลับยโสธร มีบัตรประชาชน", "ยินยอม"),
        {"travellers": "คนเดียว", "sensitive_consent": "ยินยอม", "needs": "ไม่อยากตอบ",
         "name": "แดง 0811113333"},
        expect={"needs": [], "referrals": [], "no_referrals": HEALTH}),
    "name phrase with Thai digits": Persona(
        ("ไม่มีค่ารถกลับบ้าน อยู่ลำปาง จะกลับน่าน มีบัตรประชาชน", "ยินยอม"),
        {"travellers": "คนเดียว", "name": "เรียกเอกก็ได้ครับ เบอร์ ๐๘๙๑๒๓๔๕๖๗"},
        expect={"name": "เอก", "phone": "0891234567", "current": "ลำปาง", "home": "น่าน"}),
    "name and 'จะไป' in the story": Persona(
        ("ดิฉันชื่อมาลี อยู่ชลบุรี จะไปขอนแก่น ไม่มีค่ารถ มีบัตรประชาชน", "ยินยอม"),
        {"travellers": "คนเดียว", "phone": "0861112222"},
        expect={"name": "มาลี", "current": "ชลบุรี", "home": "ขอนแก่น",
                "phone": "0861112222"}),
    "refuses to say how many and if urgent": Persona(
        ("ไม่มีค่ารถกลับบ้าน อยู่ตาก จะกลับพะเยา มีบัตรประชาชน", "ยินยอม"),
        {"travellers": "จำไม่ได้", "special_needs": "ไม่สะดวก", "urgent": "ไม่อยากตอบ",
         "name": "ต้น 0822223333"},
        expect={"travellers": 1, "urgent": False, "home": "พะเยา"}),
    "has a place to stay (indirect no)": Persona(
        ("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับสกลนคร มีบัตรประชาชน", "ยินยอม"),
        {"travellers": "คนเดียว", "urgent": "มีที่พักค่ะ", "name": "นก 0833334444"},
        expect={"urgent": False, "home": "สกลนคร"}),
    "sleeps at a bus stop (indirect yes)": Persona(
        ("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับสกลนคร มีบัตรประชาชน", "ยินยอม"),
        {"travellers": "คนเดียว", "urgent": "นอนป้ายรถเมล์", "name": "นุ่น 0833335555"},
        expect={"urgent": True, "home": "สกลนคร"}),
    "says the same unclear thing twice": Persona(
        ("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับแพร่ มีบัตรประชาชน", "ยินยอม"),
        {"travellers": "แล้วแต่", "special_needs": "แล้วแต่", "urgent": "แล้วแต่",
         "name": "โอ๋ 0844445555"},
        expect={"home": "แพร่", "urgent": False}),
    "expired ID card": Persona(
        ("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับตราด", "ยินยอม"),
        {"id_card": "บัตรหมดอายุแล้ว", "travellers": "คนเดียว", "name": "ปู 0855556666"},
        expect={"id_card_state": "expired", "reason": "หมดอายุ", "home": "ตราด"}),
    "Myanmar national": Persona(
        ("สวัสดีครับ", "ยินยอม", "ผมเป็นคนพม่า ไม่มีเงินค่ารถกลับบ้าน"),
        {}, outcome="refused", expect={"eligible": False, "reason": "สัญชาติไทย"}),
    "Myanmar national, said as an answer": Persona(
        ("ขอความช่วยเหลือครับ", "ยินยอม"),
        {"hardship": "ผมเป็นคนพม่า"}, outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย"}),
    "no hardship at all": Persona(
        ("ขอความช่วยเหลือ", "ยินยอม"),
        {"hardship": "ไม่มีปัญหาเหล่านี้"}, outcome="refused",
        expect={"eligible": False, "reason": "ไม่เข้าเกณฑ์ความเดือดร้อน"}),
    "lost ID and no letter": Persona(
        ("ไม่มีค่ารถกลับบ้าน บัตรหาย", "ยินยอม"),
        {"nationality_letter": "ไม่มี"}, outcome="refused",
        expect={"eligible": False, "reason": "บัตรประชาชน"}),
    "no consent, asks a question": Persona(
        ("ค่าอาหารได้วันละเท่าไหร่", "ไม่ยินยอม", "เบี้ยคนพิการได้เท่าไหร่"),
        {}, outcome="answered", answered="800", expect={"stored": ["consent"]}),
    "corrects the phone at the summary": Persona(
        ("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับลำพูน มีบัตรประชาชน", "ยินยอม"),
        {"travellers": "คนเดียว", "name": "แอน 0812223333",
         "confirm": ("เบอร์ผิด 0891234567", "ถูกต้อง")},
        expect={"phone": "0891234567", "name": "แอน", "home": "ลำพูน"}),
    # -- written the way stressed people write (guards the unseen personas) -----------
    "daughter writing for her father": Persona(
        ("ช่วยพ่อหนูด้วยค่ะ พ่ออายุ68 ติดอยู่ขนส่งเชียงใหม่ ไม่มีเงินกลับบ้านลำปาง "
         "บัตรปชชพ่อมีค่ะ", "ยินยอมค่ะ"),
        {"travellers": "พ่อไปคนเดียวค่ะ", "urgent": "คืนนี้พ่อต้องนอนที่ขนส่ง",
         "name": "หนูชื่อแพรเป็นลูกสาว ๐๘๙-๑๑๑-๒๒๓๓"},
        expect={"current": "เชียงใหม่", "home": "ลำปาง", "travellers": 1, "urgent": True,
                "special": ["elderly"], "name": "แพร", "phone": "0891112233"}),
    "slang, typos and Thai digits": Persona(
        ("ตกงานคับ ตังหมดเกลี้ยง จะกลับบานโคราชแต่ไม่มีค่ารถ ตอนนี้อยุ่ชลบุรี", "ok คับ"),
        {"id_card": "มีคับ", "travellers": "๒ คนกับแฟน", "urgent": "ยังพอมีที่นอนคับ",
         "name": "บอย ๐๘๑๒๓๔๕๖๗๘"},
        expect={"current": "ชลบุรี", "home": "นครราชสีมา", "travellers": 2, "urgent": False,
                "name": "บอย", "phone": "0812345678"}),
    "Isan words, no place to sleep": Persona(
        ("เฮ็ดงานอยู่ระยองถืกเลิกจ้าง บ่มีเงินกลับบ้านอุดร บ่มีบ่อนนอนคืนนี้ มีบัตรอยู่",
         "แม่นค่ะ"),
        {"travellers": "ไปคนเดียว", "name": "คำปุน 0861234567", "confirm": "แม่นแล้ว"},
        expect={"current": "ระยอง", "home": "อุดรธานี", "travellers": 1, "urgent": True,
                "name": "คำปุน"}),
    "long story first, then one word": Persona(
        ("สวัสดีค่ะ", "ยินยอม",
         "คือมาทำงานร้านอาหารที่ภูเก็ตได้สองเดือน นายจ้างไม่จ่ายเงินเดือนแล้วไล่ออก "
         "ตอนนี้เงินหมด ไม่มีค่ารถกลับบ้านที่สุรินทร์ ยังพักห้องเพื่อนได้อีกไม่กี่วัน "
         "บัตรประชาชนยังอยู่ค่ะ"),
        {"travellers": "1", "urgent": "ไม่", "name": "ฝ้าย", "phone": "0987654321"},
        expect={"current": "ภูเก็ต", "home": "สุรินทร์", "travellers": 1, "urgent": False,
                "name": "ฝ้าย", "phone": "0987654321"}),
    "answers a different question": Persona(
        ("ไม่มีค่ารถกลับบ้านค่ะ อยู่นนทบุรี จะกลับพิษณุโลก มีบัตรประชาชน", "ยินยอม"),
        {"travellers": ("ชื่อสมศรีค่ะ เบอร์ 081-222-3344", "ไปกับลูก 1 คนค่ะ"),
         "urgent": "ไม่ด่วนค่ะ"},
        expect={"current": "นนทบุรี", "home": "พิษณุโลก", "travellers": 2, "urgent": False,
                "name": "สมศรี", "phone": "0812223344"}),
    "just out of prison, short and blunt": Persona(
        ("พึ่งออกจากเรือนจำวันนี้ ไม่มีตังกลับบ้าน", "ยินยอม"),
        {"id_card": "บัตรหมดอายุ", "current_province": "อยู่ราชบุรี กลับกาญ",
         "travellers": "คนเดียว", "urgent": "ไม่มีที่นอน", "sensitive_consent": "ได้",
         "needs": "อยากหางานทำ", "name": "เก่ง 0899998888"},
        expect={"current": "ราชบุรี", "home": "กาญจนบุรี", "urgent": True,
                "id_card_state": "expired", "referrals": ["job_placement"],
                "no_referrals": HEALTH}),
    "everything in one message": Persona(
        ("สวัสดีค่ะ ชื่อนิดา 0891234567 อยู่ขอนแก่น จะกลับบ้านที่เลย ไปกับลูก 2 คน "
         "ลูกอายุ 5 ขวบกับ 8 ขวบ ไม่มีค่ารถ บัตรประชาชนมีค่ะ ไม่ด่วนค่ะ", "ยินยอมค่ะ"),
        {},
        expect={"current": "ขอนแก่น", "home": "เลย", "travellers": 3, "urgent": False,
                "special": ["child"], "name": "นิดา", "phone": "0891234567"}),
    "emoji, left behind, not a penny": Persona(
        ("😭😭 ช่วยด้วยค่ะ โดนแฟนทิ้งไว้ที่พัทยา ไม่มีตังสักบาท จะกลับบ้านที่ร้อยเอ็ด", "ยินยอม"),
        {"id_card": "มีค่ะ", "travellers": "คนเดียวค่ะ", "name": "จอย 0823334444"},
        expect={"current": "ชลบุรี", "home": "ร้อยเอ็ด", "urgent": True, "travellers": 1}),
    "corrects the province at the summary": Persona(
        ("ไม่มีค่ารถกลับบ้าน อยู่ระนอง จะกลับชุมพร มีบัตรประชาชน", "ยินยอม"),
        {"travellers": "คนเดียว", "name": "หมู 0845556666",
         "confirm": ("ไม่ใช่ค่ะ อยู่ระยอง ไม่ใช่ระนอง", "ถูกต้อง")},
        expect={"current": "ระยอง", "home": "ชุมพร"}),
}
