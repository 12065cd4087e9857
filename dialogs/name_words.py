"""Word lists for reading a name (dialogs.names): where a name stops, what never starts
or is in one, keyboard mash."""

from __future__ import annotations

import re

__all__ = ["LETTER", "MASH", "NAME_STARTS", "NEVER_FIRST", "NEVER_IN", "STARTERS", "VERBS",
           "from_name_start"]

_SURNAME = "นามสกุล"
# Words that start the rest of a sentence ("มาลีอยู่ชลบุรี"); at the end of a name they
# are part of it ("บุญมี").
STARTERS = frozenset({
    "อยู่", "จาก", "เป็น", "ไม่", "มี", "อายุ", "ตอนนี้", "บ้าน", "จะ", "กลับ", "และ", "กับ",
    "แต่", "อะไร", "ไหม", "มั้ย", "ที่", "เพิ่ง", "ไม่มี", "อยาก", "ขอ", "ช่วย", "ด้วย", _SURNAME})
# a name may start like a word ("จะหวะ", "อยู่เย็น"), never like a verb ("จะกลับ")
NAME_STARTS = frozenset({"จะ", "อยู่", "มี"})
VERBS = frozenset({"ไป", "มา", "กลับ", "ทำ", "ให้", "บอก", "ส่ง", "โทร", "รอ", "หา", "ถาม", "ตอบ",
                   "ขอ", "เอา", "ได้", "ลอง", "พิมพ์", "แจ้ง", "ใช้", "เดินทาง", "ออก", "ถึง",
                   "นอน", "กิน", "ช่วย", "ว่า", "พา", "ย้าย", "หยุด", "เลิก", "แก้", "คิด", "ดู",
                   "ต้อง", "เข้า", "ขึ้น", "ลง", "ไหน", "ที่ไหน", "แล้ว", "อะไร", "ปัญหา",
                   "เงิน", "งาน", "ลูก", "บัตร", "เบอร์", "คน", "ค่า", "ทาง", "ญาติ",
                   # "จะรีบค่ะ", "จะลองดูค่ะ": what one will do, no name
                   "รีบ", "ลองดู", "พยายาม", "ตาม", "เล่า", "เช็ค", "คุย", "อธิบาย", "เปลี่ยน",
                   "ตัดสินใจ", "จ่าย", "ซื้อ", "เก็บ", "เตรียม", "ไม่", "ยัง", "เป็น", "อยู่"})
# Never the first word of a name: fillers, "wait", "huh", verbs a chat opens with
# ("เดี๋ยวขอหาเบอร์ก่อน", "อ๋อค่ะ", "ใช้เบอร์เพื่อน").
NEVER_FIRST = frozenset({
    "เดี๋ยว", "งง", "อ๋อ", "อ้อ", "เอ่อ", "อืม", "เออ", "หือ", "ห๊ะ", "ห้ะ", "ฮะ", "ใช้", "ขอโทษ",
    "ขอบคุณ", "ขอบใจ", "สวัสดี", "ใคร", "ทำไม", "ยังไง", "อย่างไร", "ไหน", "ก่อน", "ชื่อ",
    "ชื่อเล่น", "ชื่อจริง", "เรียก", "ลืม", "ยัง", "ต้อง", "ถาม", "ตอบ", "บอก", "เข้าใจ", "ตกลง",
    "โอเค", "ok", "okay", "ส่งเลย", "ถูกต้อง", "แก้", "แก้ไข", "อะไร", "เอา", "my", "name",
    "hello", "hi", "thanks", "thank", "ยืม", "ฝาก", "โทร", "โทรหา", "ติดต่อ", "เบอร์",
    "อย่า", "ห้าม", "กรุณา", "โปรด", "รบกวน",  # "อย่าโทรเบอร์เดิมนะคะ": a request
    # a line of the summary said wrong ("จำนวนคนผิดค่ะ ที่ถูกคือ 4 คน")
    "จำนวน", "จังหวัด", "ข้อมูล"})
# Never in a name at all: waiting, the phone, what a sticker or a picture shows as text
# ("รอแป๊บนะคะ", "โทรศัพท์หายค่ะ", "[สติกเกอร์]").
NEVER_IN = frozenset({
    "แป๊บ", "แปป", "สักครู่", "ก่อน", "ชื่อ", "ชื่อเล่น", "ชื่อจริง", "โทรศัพท์", "มือถือ", "เบอร์",
    "ผิด",  # a line of the summary said wrong ("จำนวนคนผิดค่ะ", "บ้านผิด")
    "สติกเกอร์", "สติ๊กเกอร์", "sticker",
    "รูปภาพ", "photo", "image", "video", "วิดีโอ", "คลิป", "ไฟล์", "file", "emoji", "อิโมจิ"})
# Keyboard mash: four keys in a row of the Thai Kedmanee layout ("ฟหกด", "ๅ/-ภ"); no
# Thai name or dictionary word holds such a run.
_KEY_ROWS = ("ๅ/-ภถุึคตจขช", "ๆไำพะัีรนยบลฃ", "ฟหกดเ้่าสวง", "ผปแอิืทมใฝ",
             "qwertyuiop", "asdfghjkl", "zxcvbnm")
MASH = frozenset(row[i:i + 4] for r in _KEY_ROWS for row in (r, r[::-1])
                 for i in range(len(row) - 3))
LETTER = re.compile(r"[a-z\u0e01-\u0e2e]", re.IGNORECASE)  # a Latin or a Thai consonant

# after "I am" / "I'm", what one is rather than one's name ("I am Thai", "I'm stuck")
NOT_NAMES_EN = frozenset({
    "thai", "german", "english", "american", "british", "french", "chinese", "russian",
    "burmese", "lao", "laotian", "cambodian", "vietnamese", "a", "an", "the", "not", "from",
    "in", "at", "here", "there", "stuck", "lost", "sick", "ill", "homeless", "tourist",
    "foreigner", "sorry", "fine", "ok", "okay", "going", "trying", "looking", "sleeping",
    "staying", "alone", "with", "pregnant", "disabled", "old", "hungry", "broke", "so",
    "very", "really", "still", "now", "currently", "just", "only", "writing", "typing",
    "calling", "asking", "unemployed", "injured", "afraid", "scared", "on", "living", "working"})

# a northern elder's title ("แม่หม่อนจันทร์ฟอง", "ป้ออุ๊ยแก้ว": grandmother, grandfather)
_ELDER = (frozenset({"แม่", "ป้อ", "พ่อ"}), frozenset({"หม่อน", "อุ๊ย", "อุ้ย"}))


def from_name_start(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words from where a name starts: without a leading northern elder's title,
    which is no part of it and would leave the name too many words ("แม่หม่อนจันทร์ฟอง"
    -> จันทร์ฟอง); none when the first word never starts a name ("เดี๋ยว", "จำนวน")."""
    if len(tokens) > 2 and tokens[0] in _ELDER[0] and tokens[1] in _ELDER[1]:
        tokens = tokens[2:]
    return () if tokens and tokens[0] in NEVER_FIRST else tokens
