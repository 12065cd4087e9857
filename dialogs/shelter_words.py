"""Where people sleep rough or for now, as patterns for dialogs.fact_rules: the places of
a night outside, a hall given for now, a friend's room for one night only, "nowhere to
sleep" said, and "put out of the room" read before a verb (compact text: no spaces)."""

from __future__ import annotations

from dialogs.care import KIN

__all__ = ["DONT_KNOW_WHERE", "HALLS", "HALLS_NO_TEMPLE", "LATER", "ONE_NIGHT", "ONE_NIGHT_ONLY",
           "ROOM_BEFORE", "ROUGH", "SLEEP_OUT", "STAY_WITH", "WITH"]

# a sala or hall given for now (dialogs.urgency): "เขตให้นอนศาลาชุมชนชั่วคราว", never
# a roadside one ("นอนศาลาริมทาง")
# (a temple's sala is still no home: a hardship, though a place for now)
HALLS_NO_TEMPLE = r"(?:ชุมชน|หมู่บ้าน|ประชาคม|อเนกประสงค์|กลางบ้าน|ประจำหมู่บ้าน)"
HALLS = r"(?:วัด|การเปรียญ|ชุมชน|หมู่บ้าน|ประชาคม|อเนกประสงค์|กลางบ้าน|ประจำหมู่บ้าน)"
# out in the open, from the night before ("เมื่อคืนนั่งหน้าหาด", "เมื่อคืนนอนป้ายรถเมล์")
ROUGH = (r"(?:ข้าง|ริม|ตาม|บน|ใต้|ที่|หน้า|แถว)?(?:ถนน|ทาง|ฟุตบาท|ฟุตปาท|สะพาน|ป้ายรถ|สถานี"
         r"|ขนส่ง|สวนสาธารณะ|สนามหลวง|หมอชิต|หัวลำโพง|ท่ารถ|ปั๊ม|ปั้ม|ปั๋ม|ท่าเรือ|ลานจอดรถ|คลอง"
         r"|(?:ชาย|ริม)?หาด(?!ใหญ่)|ชายทะเล|ริมทะเล|ชานชาลา)")
# "นอนกับแม่ริมถนน", "นอนกับลูก 2 คนที่ป้ายรถเมล์", "นอนกันใต้สะพาน": with someone, still outside
WITH = (r"(?:กับ(?:" + KIN + r"|เพื่อน|ครอบครัว)(?:ๆ|\d+คน|(?:สอง|สาม|สี่|ห้า)คน|ด้วย)?|กัน|ด้วยกัน)?")
SLEEP_OUT = (r"นอน(?:อยู่)?" + WITH + r"(?:อยู่)?(?:ข้าง|ริม|ตาม|บน|ใต้|ที่|หน้า|แถว|ใน)?"
             r"(?:ถนน|ทาง|ฟุตบาท|ฟุตปาท|สะพาน|ป้ายรถ|ศาลา(?!" + HALLS_NO_TEMPLE + r")"
             r"|สถานี|ขนส่ง|สวนสาธารณะ|สนามหลวง|หมอชิต|หัวลำโพง|ท่ารถ|ปั๊ม|ปั้ม|ปั๋ม|ห้าง"
             r"|ตลาด|ตะหลาด|วัด|โรงพัก|ท่าเรือ|สนามบิน|เซเว่น|ลานจอดรถ|คลอง"  # ตะหลาด: a typo
             r"|(?:ชาย|ริม)?หาด(?!ใหญ่)|ชายทะเล|ริมทะเล|ชานชาลา"  # "นอนหาด" (not Hat Yai)
             # a stone bench (dev51: "คืนนี้กะนอนม้าหินหน้าตึก"; never one watching over
             # someone at a hospital, a key forgotten, at home)
             r"|(?<!เมื่อวานนอน)(?<!เมื่อวานนอนบน)(?<!ไม่ต้องนอน)(?<!ก่อนนอน)(?<!กลางวันนอน)"
             r"(?:ม้าหิน(?!อ่อน)|ม้านั่ง)(?!.{0,20}?(?:โรงพยาบาล|โรงบาล|รพ|เฝ้า|กุญแจ|ที่บ้าน|บ้านตัวเอง"
             r"|แป๊บ|กลางวัน|ให้พักต่อ|คืนนี้มี(?:ห้อง|ที่))))")

# "ห้องก็โดนไล่ออก": put out of the room, not fired (checked after ถูก/โดน, keeping the
# pattern's first literal)
ROOM_BEFORE = "".join(f"(?<!{place}{glue}{verb})" for place in ("ห้อง", "หอ", "บ้าน", "ที่พัก")
                       for glue in ("", "เช่า", "พัก", "ก็", "เช่าก็") for verb in ("ถูก", "โดน"))
# a friend's room for this one night only ("นอนห้องเพื่อนได้คืนเดียว พรุ่งนี้ต้องไปแล้ว"): no
# place to stay after it (dev21)
ONE_NIGHT_ONLY = (r"(?:(?!แต่).){0,12}?(?:แต่)?(?:(?:ได้|แค่|เพียง)+คืน(?:เดียว|นี้)"
                   r"|พรุ่งนี้(?:ก็)?ต้อง(?:ไปแล้ว|ออก(?!ไป)|ย้ายออก))")  # not "ต้องไปทำงาน"
ONE_NIGHT = "(?!" + ONE_NIGHT_ONLY + ")"
STAY_WITH = (r"(?:พัก|นอน|อาศัย|ค้าง)(?:อยู่)?(?:กับ|บ้าน|ที่บ้าน|ห้อง|ที่ห้อง)(?:ของ)?(?:เพื่อน|ญาติ"
              r"|พี่|น้อง|ป้า|น้า|ลุง|อา|แฟน|คนรู้จัก|นายจ้าง|ลูก|แม่|พ่อ|ยาย)")
LATER = "(?<!จากนั้น)(?<!จากนั้นก็)"  # "ห้องจ่ายถึงสิ้นเดือน หลังจากนั้นไม่รู้จะไปไหน": later (dev61)
DONT_KNOW_WHERE = (LATER + r"(?:ไม่รู้|บ่รู้|บ่ฮู้)(?:ว่า)?(?:คืนนี้|เย็นนี้)?(?:จะ|สิ)?(?:ไป)?"
                   r"(?:นอน|พัก|ซุกหัวนอน|อยู่)(?:ที่|ตี้|บ่อน)?(?:ไหน|ไส|ใด)")
