"""The patterns of the card and nationality facts (read by dialogs.facts): the writer's
ID card had or not, expired or damaged, the nationality letter, and Thai or not. Written
as in dialogs.fact_rules (the money, food, shelter and urgency facts), on the cleaned
text without spaces; "!": not right after a negation; "@": of the writer."""

from __future__ import annotations

import re

from dialogs.care import KIN
from dialogs.fact_rules import EN_NO, HAVE, NOT_HAVE, own, rules

__all__ = ["ID", "ID_CARD", "ID_DAMAGED", "ID_EXPIRED", "LETTER", "NATIONALITY_LETTER",
           "NOT_OTHER_CARD", "OTHER_PAPER", "SOUTH_ELDERS", "SOUTH_KIN", "THAI"]

# "บัดประชาชน": a typo, only with what follows ("บัดนี้" is "now")
# the Malay-Thai words of the deep south for kin and elders (dev39: "บัตรเปาะยังอยู่ค่ะ"):
# father or an old man, mother or an old woman, grandparent, elder brother, elder sister
SOUTH_KIN = r"เปาะ|เมาะ|โต๊ะ|บัง|ก๊ะ"
SOUTH_ELDERS = r"เปาะ|เมาะ|โต๊ะ"  # (บัง, ก๊ะ also name oneself, as พี่ does: "ช่วยก๊ะหน่อยค่ะ")
ID = r"(?:บัตร(?:ประจำตัว)?(?:ประชาชน|ปชช|ปปช)?|บัด(?:ประชาชน|ปชช)|idcard|ไอดีการ์ด)"
NOT_OTHER_CARD = (r"(?!สวัสดิการ|คนจน|เครดิต|atm|เอทีเอ็ม|คนพิการ|ผู้พิการ|ทอง|ประกัน|ต่างด้าว"
                  r"|ชมพู|สีชมพู|รถ|โดยสาร|แรงงาน"  # "บัตรแรงงาน": a migrant worker's card
                  # "บัตรเลข 0", "บัตรคนไม่มีสัญชาติไทย": the card of one who is not Thai
                  r"|เลข(?:0|ศูนย์)|(?:ประจำตัว)?(?:คน|บุคคล)?(?:ที่|ซึ่ง)?ไม่มีสัญชาติ|(?:ประจำตัว)?คนต่างด้าว)")
# (never another certificate: "หนังสือรับรองจากนายจ้าง", "ใบรับรองแพทย์", "หนังสือรับรองการทำงาน")
LETTER = (r"(?:หนังสือ|ใบ)รับรอง(?:สัญชาติ(?:ไทย)?|ว่า(?:มี|เป็น)?(?:สัญชาติไทย|คนไทย)"
          r"|(?:ความ|การ)เป็นคนไทย|ตัว(?:ตน|บุคคล)|บุคคล)?"
          r"(?!(?:จาก|ของ)?(?:นายจ้าง|บริษัท|โรงงาน|การทำงาน|เงินเดือน|แพทย์|หมอ|โรงพยาบาล|รพ"
          r"|ความพิการ|การศึกษา|โรงเรียน|สถานศึกษา))")
# the end of a clause, in the text without spaces: a particle, the next clause, the end
_CLAUSE_END = (r"(?=$|[\s.,!?]|ค่ะ|คะ|ค่า$|ครับ|คับ|จ้า|จ้ะ|นะ|เลย|เด้อ|ฮะ|หนิ|เจ้า|อะ(?!ไร)|อ่ะ"
               r"|เหมือนกัน|ไม่|บ่|ยัง|แต่|และ|ก็|อยู่|เพราะ|ด้วย|หรือ|ทำให้|จึง|(?:มา)?ตั้งแต่|แล้ว)")
# not of a relative: "รอสัญชาติลูก", "ยื่นขอสัญชาติให้ลูก" (not "ตาม", "according to")
_NOT_KINS = r"(?!(?:ไทย)?(?:ให้|ของ|แก่)?(?!ตาม)(?:" + KIN + "))"
# who takes a card ("บัตรโดนแก๊งยึดไป"; ไต๋: a boat's skipper, dev52)
_TAKERS = r"แก๊ง|โจร|คนร้าย|มิจฉาชีพ|นายหน้า|เจ้าหนี้|คนปล่อยกู้|นายทุน|ไต๋(?:เรือ)?"
# taken by someone named in a word or two between: "บัตรประชาชนโดนพวกมันยึดไป", "ถูกคนที่
# พาไปยึด" (no negation in it: not "โดนด่าแต่ไม่ได้ยึด")
_BY_SOMEONE = r"(?:ถูก|โดน)(?:(?!ไม่|บ่|แต่|ก็|ครับ|คับ|ค่ะ|คะ|ค่า|นะ|ต้อง)[ก-๙]){1,14}?(?:ยึด|ขโมย)"
# another paper than the ID card, had instead of it ("มีแต่ใบขับขี่", "เหลือแค่พาสปอร์ต")
OTHER_PAPER = (r"(?:ใบขับขี่|ใบขับขี|ใบอนุญาตขับขี่|พาสปอร์ต|หนังสือเดินทาง|ใบเกิด|สูติบัตร|ทะเบียนบ้าน"
               r"|ใบแจ้งความ|บันทึกแจ้งความ"
               r"|บัตร(?:สวัสดิการ|คนจน|นักศึกษา|นักเรียน|พนักงาน|ประกันสังคม|atm|เอทีเอ็ม|เครดิต))")
# a bag and its loss: "กระเป๋าตังที่โดนกระชาก", "กระเป๋าที่หายไป", "กระเป๋าซึ่งถูกขโมย"
_BAG = r"(?:ตัง(?:ค์|ส์)?|สตางค์|เงิน|สะพาย|เป้)?(?:ใบ(?:นั้น|นี้))?"
_GONE = (r"(?:ที่|ซึ่ง|ใบที่)?(?:ก็)?(?:มัน)?(?:(?:ทำ)?(?:หล่น|ตก)?หาย|ลืม|(?:ฝาก|ทิ้ง)ไว้"
         r"|(?:โดน|ถูก)(?:โจร|คน|ขโมย)?(?:กระชาก|ขโมย|ล้วง|ปล้น|ฉก"
         r"|วิ่งราว|จี้|เอาไป)|ขโมยเอาไป|ถูกกระชาก)")
# a village named after where the card is ("บัตรประชาชนยังอยู่ บ้านหนองน้ำใส อำเภอบ้านไผ่":
# still had, from that village), not a card left at home: the common first words of
# village names
_VILLAGE_NAME = (r"(?!หนอง|โนน|ดอน|ห้วย|โคก|บึง|กุด|ซับ|เหล่า|ทุ่ง|สัน(?!ติ)|ท่า|ปาก|บ่อ|คลอง"
                 r"|วัง|ป่า(?!ก)|โพธิ์|ม่วง|ไผ่|นา(?!ย|ฬิกา))")
# the card in English, in the text without spaces: "idcard", or "id" ending a word ("no ID
# ka", "lost my ID"; never "no idea", "no I dont", "ID line"); "have thai card" (dev47)
_EN_ID = r"(?:idcard|thaicard|cardthai|id(?=$|ka|kha|krub|khrub|[^a-z]))"
ID_CARD = rules(  # the writer's own card only
    own([HAVE + r"(?:แต่|แค่)?" + ID + NOT_OTHER_CARD,
     # "บัตรประชาชนอยู่นี่", "บัตรอยู่นี่ลูก": here, with the writer (an elder, dev22)
     ID + NOT_OTHER_CARD + r"(?:ก็)?(?:ยัง)?อยู่(?:ที่)?(?:นี่|นี้|ตรงนี้)(?!ไม่|บ่)",
     ID + NOT_OTHER_CARD + r"(?:ก็)?(?:ยัง)?อยู่(?:กับ(?:ตัว|ผม|ฉัน|หนู|ดิฉัน)|ครบ|ในกระเป๋า"
     + _BAG + r"(?!" + _GONE + r"))",
     # "บัตรหนูติดตัวมาค่ะ", "บัตรติดตัวอยู่" (dev51: asked three times)
     # (never "ไม่มีบัตรติดตัว", a card not had, nor one lost since: "บัตรติดตัวมาแต่โดนขโมย")
     r"(?<!มี)(?<!ไม่ได้เอา)(?<!ไม่ได้พก)(?<!ไม่ได้ถือ)(?<!ลืมเอา)(?<!ลืมพก)" + ID + NOT_OTHER_CARD
     + r"(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน|เรา)?(?:ก็)?(?:ยัง)?"
     r"(?:(?:เอา|พก|ถือ|ติด)(?:ติดตัว)?มา(?:ด้วย)?|ติดตัว(?:มา|อยู่)?(?!ไม่|บ่))"
     # (a loss said after it, before any other thing named lost: "บัตรติดตัวมา แต่เมื่อคืนโดน
     # ล้วงไปแล้ว"; never the money's: "บัตรติดตัวอยู่ แต่เงินโดนขโมย")
     r"(?!(?:(?!เงิน|ตังค์|ตัง|มือถือ|โทรศัพท์|กระเป๋าตัง).)*?(?<!ไม่เคย)(?:หาย|ขโมย|ยึด|ล้วง|กระชาก)"
     r"|(?:มา|อยู่)?ที่(?:นายจ้าง|บ้าน))",
     r"ถือ" + ID + NOT_OTHER_CARD,
     # "บัตรปชชพ่อมีค่ะ", "บัตรประชาชนยังอยู่ค่ะ": the card first, then that it is there
     # (an Isan elder's "พ่อใหญ่", "แม่ใหญ่"; kept safe after it: "มีอยู่ เก็บไว้ในถุง")
     # (an aunt's or uncle's written for, with nothing lacking said after it: "บัตรประชาชน
     # ป้ายังอยู่เจ้า", dev46; never "บัตรประชาชนลุงมี ส่วนผมไม่มี")
     ID + NOT_OTHER_CARD + r"(?:ของ)?(?:ป้า|ลุง|น้า|ปู่|ย่า)(?:ก็)?(?:มี|ยังอยู่|ยังมี)"
     r"(?:ค่ะ|ครับ|คับ|จ้า|เจ้า|นะ|เด้อ)*(?:$|ขโมย(?:เอา)?ไป(?:แค่|แต่))",
     ID + NOT_OTHER_CARD + r"(?:ของ)?(?:ผม|ฉัน|หนู|(?:พ่อ|แม่)(?:ใหญ่)?|เขา|เค้า|ยาย|ตา|ลูก|แฟน|"
     + SOUTH_KIN + r")?(?:ก็)?"
     r"(?:ยัง)?(?:มี|อยู่)(?:อยู่|ครบ)?(?:แล้ว)?(?=ค่ะ|ค่า|คะ|ครับ|คับ|นะ|จ้า|จ้ะ|จ๊ะ|หนิ|เจ้า|เด้อ|เน้อ|$"
     r"|ไม่มี(?!บัตร)|ส่วน|ตอนนี้|อยาก|จะ|และ|เก็บ(?:ไว้)?(?:ใน|อย่างดี|ดี)"  # "บัตรประชาชนก็มี ไม่มีเงินกลับบ้าน"
     # kept in a bag ("บัตร มี อยู่กระเป๋าเป้", dev55), never one gone with it
     r"|(?:ใน)?(?:กระเป๋า|เป้)(?!" + _BAG + _GONE + r")(?!" + _BAG
     + r"(?:ของ)?(?:แม่|พ่อ|แฟน|ผัว|เมีย|สามี|เพื่อน|นายจ้าง|คนอื่น)"
     r"|.*(?:กระเป๋า|เป้)\S{0,8}?(?:หาย|โดน|ถูก)))",
     r"(?:ถือ|พก|เอา)" + ID + NOT_OTHER_CARD + r"(?:มา|ติดตัว)",
     # "บัตรประชาชนเก่าๆ ยังไม่หมดอายุค่ะ", "บัตรเก่าแต่ยังใช้ได้": there, and valid
     ID + NOT_OTHER_CARD + r"(?:(?!ไม่มี|หาย).){0,12}?(?:ยังไม่หมดอายุ|ยังใช้ได้)",
     # the card taken, then got back: "นายหน้ายึดบัตรไว้ แต่ตำรวจเอาคืนมาให้แล้วค่ะ"
     r"(?<!ไม่)(?<!บ่)ได้" + ID + r"คืน",
     # found in the bag of the one written for ("ค้นกระเป๋าลุงเจอบัตรประชาชนครับ", dev56)
     r"(?<!ไม่)(?<!บ่)(?<!หา)(?<!ไม่ได้)(?<!บ่ได้)(?<!เคย)(?:(?<=กว่าจะ)|(?<!จะ))(?<!ถ้า)(?<!หาก)(?<!ตำรวจ)เจอ"
     + ID + NOT_OTHER_CARD
     + r"(?!ของคนอื่น|คนอื่น|ของเพื่อน|.*(?:ของคนอื่น|ยังไม่คืน)"
     r"|(?:(?!แล้ว|ครับ|ค่ะ|คะ|คับ|จ้า).)*(?:ให้ตำรวจ|ตก(?:อยู่)?(?:ที่|บน|ใน)))",
     ID + r"(?:(?!ไม่|บ่).){0,24}?(?:ได้|เอา)คืน(?:มา)?(?:ให้)?(?:แล้ว|ละ)",
     # "ตำรวจคืนบัตรให้แล้ว" (never "ยังไม่คืนบัตรให้"); "บัตรรอดครับ": it survived
     r"(?<!ไม่)(?<!บ่)(?<!ยัง)(?<!ยอม)(?<!จะ)คืน" + ID + r"(?:ให้)?(?:มา)?(?:แล้ว|ละ)(?!.*ยังไม่)",
     ID + NOT_OTHER_CARD + r"(?:ยัง)?รอด(?!.*(?:ไหม|มั้ย|หรือ|ป่ะ|ปะ|บ่|ก่อ|คง|ยาก))",
     # in English: "I have my ID card", with no word against it ("not yet have id card",
     # "I never have", "used to have ... lost it", "my wife have ID card but I dont")
     r"^(?!.*(?:not|never|no|n't|dont|lost|forgot|usedto|but|wife|husband|mom|mother|dad"
     r"|father|son|daughter|friend|number))"
     r".*?(?:have|got)(?:my|a|an)?(?:thai)?" + _EN_ID]),
    own([r"(?:ไม่|บ่|ยังไม่)(?:เคย)?(?:ได้)?ทำ" + ID + r"(?!หาย)", NOT_HAVE + r"เอกสาร",
     # in English: "no ID card", "lost my ID", "ID card stolen", "forgot my ID card" (not
     # "no idea", "no I dont")
     r"(?:" + EN_NO + r"|forgot(?:my)?|lost)(?:thai)?" + _EN_ID,
     r"(?:thai)?" + _EN_ID + r"(?:is|was|got)?(?:lost|stolen|gone)",
     # "เอกสารหายหมดเลย", "เอกสารทุกอย่างโดนขโมย": the card with them
     r"เอกสาร(?:ทุกอย่าง|ทั้งหมด|ทุกใบ)?(?:ก็)?(?:หาย|(?:โดน|ถูก)ขโมย)(?:ไป)?(?:หมด|ทั้งหมด)",
     r"เอกสาร(?:ทุกอย่าง|ทั้งหมด|ทุกใบ)(?:ก็)?(?:หาย|(?:โดน|ถูก)ขโมย)",
     r"(?:" + NOT_HAVE + r"|(?:ไม่|บ่)เคยมี)" + ID + NOT_OTHER_CARD,
     ID + NOT_OTHER_CARD + r"(?:มี|แต่|แล้ว|ก็|ผม|ฉัน|หนู|เขา|มัน|ยัง){0,3}"
     r"(?:หาย|(?:ถูก|โดน)?(?:ตำรวจ|นายจ้าง"
     r"|เจ้านาย|แฟน|ผัว|สามี|เขา|" + _TAKERS + r")?(?:เขา|ก็)?(?:ขโมย|ยึด)|" + _BY_SOMEONE +
     r"|อยู่(?:ที่|กับ)?(?:บ้าน" + _VILLAGE_NAME + r"|เรือนจำ|คุก|นายจ้าง|โรงพัก)"
     # left behind, as "อยู่ที่บ้าน": "บัตรทิ้งไว้ที่บ้านกับแม่ค่ะ ไม่ได้เอามา" (dev33)
     # (not a photo of it sent: "ลืมไว้ที่บ้านแต่ให้แม่ถ่ายรูปส่งมาได้", had)
     r"|(?:ทิ้ง|ลืม)ไว้(?:ที่)?บ้าน" + _VILLAGE_NAME + r"(?!.*(?:ถ่ายรูป|ส่งรูป|รูปถ่าย)))",
     r"(?:ตำรวจ|นายจ้าง|เจ้านาย|แฟน|ผัว|สามี|" + _TAKERS + r")(?:เขา|เค้า)?"
     r"(?:ยึด|ขโมย|เก็บ)(?:เอา)?(?:ไป)?" + ID,
     r"(?:ไม่ได้|ลืม)(?:เอา|พก)?" + ID + NOT_OTHER_CARD,
     # in the bag that was snatched: "บัตรอยู่ในกระเป๋าที่โดนกระชาก", "...กระเป๋าตังที่หาย"
     ID + NOT_OTHER_CARD + r"(?:ก็)?อยู่ในกระเป๋า" + _BAG + _GONE,
     # burnt to nothing: "บัตรไหม้ไปกับห้องหมดแล้ว" (not "ไหม้ไปครึ่งใบ", damaged, still had)
     ID + NOT_OTHER_CARD + r"(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน|เรา)?(?:ก็|มัน|โดน|ถูก)*(?:ไฟ)?ไหม้(?:ไป)?"
     r"(?:กับ[ก-๙]{1,10}?)?(?:หมด|ทั้งใบ|เกลี้ยง"
     r"|เป็น(?:ขี้)?เถ้า|เป็นจุณ)",
     r"(?:มี|เหลือ)(?:แต่|แค่|เพียง)" + OTHER_PAPER + r"(?!หาย)"]))
# "ขาดอายุ" (lapsed) is expired, not torn ("บัตรขาด")
# expired, not only old: "บัตรประชาชนเก่าๆ อยู่ใบนึงค่ะ ยังไม่หมดอายุ" is valid
# (a particle or whose card between: "มีบัตรครับ หมดอายุแล้ว", "บัตรประชาชนลุงหมดอายุ", dev56)
ID_EXPIRED = re.compile(ID + NOT_OTHER_CARD + r"(?:ค่ะ|ค่า|ครับ|คับ|จ้า|จ้ะ|นะ|เจ้า)*(?:แต่|มัน|ก็"
                        r"|(?:ของ)?(?:ผม|ฉัน|หนู|เขา|เค้า|ลุง|ป้า|ยาย|ตา|น้า|ปู่|ย่า)){0,2}"
                        r"(?:หมดอายุ(?!หรือยัง|ยัง|ไหม|มั้ย|ปี|(?:เดือน|อาทิตย์|สัปดาห์)หน้า(?:นี้)?(?:แล้ว|นะ|ค่ะ|คะ|ครับ|คับ|จ้า|เจ้า|แต่|ยัง|ต้อง|เลย|ไม่รู้|พอดี|$))|เกินอายุ"
                        r"|ขาดอายุ|เก่า(?!ๆ|\s*เก่า|แต่|(?:(?!หมด).){0,24}?ไม่(?:ได้)?หมด))"
                        r"|(?:^|มี|แต่)(?:มัน|ก็)?(?:หมด|ขาด)อายุ"
                        r"|(?:idcard|id)(?:is|was|has|already)*expired|expired(?:thai)?id(?:card)?")
# burnt or torn too: "มีครับแต่ไหม้ไปครึ่งใบ" to the card question (not "ห้องไฟไหม้")
# (soaked to pulp, still had: "บัตรประชาชนมันเปื่อยหมดแล้วครับ ... แต่ยังอ่านเลขได้อยู่")
ID_DAMAGED = re.compile(ID + NOT_OTHER_CARD + r"(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน|เรา|เขา|เค้า)?"  # "บัตรผมไหม้"
                        r"(?:แต่|มัน|ก็|เปียก(?:น้ำ)?){0,2}(?:ชำรุด|ขาด(?!อายุ)|หัก"
                        r"|เปื่อย|ยุ่ย"
                        r"|พัง|เสีย|ลบเลือน|เลือน|ซีด|จาง|อ่าน(?:ไม่|บ่)ออก|แตก|ไหม้|ไฟไหม้|ฉีก)"
                        # "มีครับ แต่มันซีดจนอ่านบ่ออกแล้ว" to the card question (dev33)
                        r"|(?:^|แต่)(?:มัน|ก็|บัตร)?(?:ชำรุด|หัก|พัง|ไหม้|ฉีก(?:ขาด)?)"
                        # (the card said, or "it" in the answer "มีครับ แต่มัน...": "มีแต่อ่าน
                        # ไม่ออก" may be one who cannot read, "มีทะเบียนบ้าน แต่มันซีด" another paper)
                        r"|(?:^มี(?:ค่ะ|ค่า|ครับ|คับ|จ้า|อยู่|นะ)*แต่มัน|(?:^|แต่)บัตร)(?:ก็)?"
                        r"(?:ซีด|จาง|(?:ลบ)?เลือน|อ่าน(?:ไม่|บ่)ออก)"
                        # only part of it left: "บัตรรอดแค่ครึ่งใบ", "บัตรเหลือครึ่งเดียว"
                        r"|" + ID + NOT_OTHER_CARD + r"(?:ยัง)?(?:รอด|เหลือ)(?:มา)?(?:แค่|เพียง|ไม่ถึง)?"
                        r"(?:ครึ่ง(?!ปี|เดือน|วัน|ชั่วโมง)|เสี้ยว)")
NATIONALITY_LETTER = rules(
    [HAVE + LETTER, r"!ได้" + LETTER],
    [NOT_HAVE + LETTER, LETTER + r"(?:แต่|ก็)?(?:(?:มัน|ก็)?ไม่มี|(?:มัน|ก็)?หาย)",
     # "ไม่มีหนังสืออะไรเลย": no paper of any kind (not a passport, not books)
     NOT_HAVE + r"หนังสือ(?!เดินทาง|อ่าน|เรียน)(?:อะไร|ใดๆ|สักฉบับ|สักใบ|สักอย่าง)?"
     r"(?:เลย|ทั้งนั้น|ทั้งสิ้น)",
     # "หนังสืออะไรคะ ไม่มีค่ะ ไม่เคยขอ": which letter is meant, asked, then none had
     r"หนังสือ(?:อะไร|ไหน)(?:คะ|ครับ|คับ|นะ|เหรอ|หรอ|อะ)*(?:ไม่|บ่)(?:เคย)?(?:มี|ขอ|ได้|ทำ)"])
THAI = rules(
    [r"i(?:'?m|am)(?:a)?(?:thai|ไทย)(?!land)|(?:thai|ไทย)(?:citizen|national)",  # English
     # (the letter's name says nothing of it, "ออกหนังสือรับรองสัญชาติไทยให้ไม่ได้"; the
     # letter had does: "มีหนังสือรับรองสัญชาติไทย")
     "@" + HAVE + r"(?:หนังสือ|ใบ)รับรอง(?:ว่า(?:มี|เป็น)?|ความเป็น|การเป็น)?(?:สัญชาติ|คน)ไทย",
     r"!@(?:คน|สัญชาติ|ชาว)(?<!รับรองสัญชาติ)(?<!รับรองว่าสัญชาติ)(?<!รับรองว่ามีสัญชาติ)"
     r"(?<!รับรองว่าเป็นคน)(?<!รับรองความเป็นคน)(?<!รับรองการเป็นคน)(?<!ขอสัญชาติ)(?<!รอสัญชาติ)"
     r"ไทย(?!ใหญ่|ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่|ตกทุกข์|ใช่ไหม)",
     # Thai nationality granted since ("เมื่อก่อนถือบัตรสีชมพู ปีที่แล้วได้บัตรประชาชนไทยแล้ว"):
     # said after the pink card, it is the later word
     r"(?<!ไม่)(?<!บ่)(?<!ยัง)ได้(?:รับ)?(?:สัญชาติไทย|(?:บัตร(?:ประชาชน)?|สัญชาติ)(?:คน)?ไทย"
     r"|(?:บัตรประชาชน|สัญชาติ)แล้ว)(?!ไหม|มั้ย|หรือ|รึ|ยัง)"],
    # "ไม่ใช่บัตรคนไทย": the card had is not a Thai's (beside a pink card)
    # (and Isan, northern "บ่ใช่" of a card: "เป็นบัตรเลขศูนย์ บ่ใช่บัตรคนไทย", dev43; never
    # of a person, "บ่ใช่คนไทยบ่ ข้อยเกิดอุบล" asks back)
    [r"@(?:ไม่ใช่|ไม่ได้เป็น)(?:บัตร(?:ประชาชน)?)?(?:คน|ชาว)?(?:ไทย|สัญชาติไทย)",
     r"@(?:บ่ใช่|มิใช่)บัตร(?:ประชาชน)?(?:คน|ชาว)?(?:ไทย|สัญชาติไทย)", "@" + NOT_HAVE + r"สัญชาติ",
     # "ยังไม่ได้สัญชาติไทย"; a card numbered from 0 is one of those without Thai nationality
     r"@(?:ยัง)?(?:ไม่|บ่)ได้(?:รับ|ถือ)?สัญชาติ(?:ไทย)?",
     # Thai nationality applied for, still pending: "ยื่นขอสัญชาติไทยอยู่ยังไม่ได้",
     # "เรื่องสัญชาติยังรออยู่ที่อำเภอ"
     r"@(?:(?:ยื่น(?:เรื่อง)?|กำลัง)ขอ(?:มี)?สัญชาติ|รอ(?:ผล)?(?:การ)?(?:ขอ)?สัญชาติ)"
     + _NOT_KINS + r"|เรื่องสัญชาติ(?:ไทย)?(?:ของ(?:ผม|ฉัน|หนู))?(?:ยัง|ก็)*(?:รอ|ไม่ผ่าน|ไม่ออก|ไม่เสร็จ)",
     r"บัตร(?:ประชาชน)?(?:ที่)?(?:เป็น)?เลข(?:บัตร)?(?:ขึ้นต้น(?:ด้วย)?)?(?:0|ศูนย์)"
     r"|เลข(?:บัตร)?(?:0|ศูนย์)นำหน้า|เลขบัตรขึ้นต้น(?:ด้วย)?(?:เลข)?(?:0|ศูนย์)",
     # "ไม่มีสถานะ", "ไม่มีสถานะทางทะเบียน", "ไร้สถานะ": stateless, not registered as Thai,
     # said as a whole clause (not "ไม่มีสถานะเป็นพนักงาน", "ไม่มีสถานะทางเศรษฐกิจ",
     # "ไม่มีสถานะจะจ่ายค่ารถ")
     "@" + NOT_HAVE + r"สถานะ(?:ทาง)?(?:ทะเบียน(?:ราษฎร)?|บุคคล|ราษฎร|พลเมือง"
     r"|(?:เป็น|ความเป็น)?(?:คน|สัญชาติ)ไทย)?" + _CLAUSE_END,
     # a pink card, a migrant worker's card ("มีบัตรแรงงาน"): not Thai
     r"!@ไร้สัญชาติ|ไร้สถานะ|ไร้รัฐ|ต่างด้าว|ต่างชาติ|บัตร(?:สี)?ชมพู"
     # the writer's own worker card only ("ครับ มีบัตรแรงงาน"), never another's
     # ("นายจ้างมีบัตรแรงงาน", "ทำบัตรแรงงานให้ลูกน้อง")
     r"|(?:^|ครับ|ค่ะ|คะ|จ้า|เจ้า|ผม|ฉัน|หนู|เรา|ข้อย|ข่อย)(?:ก็)?(?:มี|ถือ|ใช้)(?:แค่|แต่)?บัตรแรงงาน",
     r"(?:i(?:'?m|am)(?:a)?(?:tourist|foreigner|german|english|american|british"
     r"|french|chinese|russian|burmese|lao|laotian|cambodian|vietnamese)|not(?:thai|ไทย)"
     r"|tourist(?:from)|(?:german|foreign)passport"
     # "me myanmar work mahachai", "ok no thai card, have passport myanmar" (dev47): said of
     # oneself first, no Thai said anywhere (never "my wife has myanmar passport, i have thai
     # card"; nor Khmer: Thai Khmer of Surin)
     r"|^(?:hello|hi|ok|okay|sawasdee)*(?:me|iam|i'm|im)(?:a)?(?:myanmar|burmese|cambodian|vietnamese)"
     r"(?!wife|husband|friend|boss|people)(?!.*thai)"
     r"|^(?:hello|hi|ok|okay)*(?:,)?(?:nothaicard)?(?:,)?(?:i|me)?(?:have|got)(?:a)?(?:passport"
     r"(?:myanmar|burmese|cambodian|vietnamese)|(?:myanmar|burmese|cambodian|vietnamese)passport)"
     r"(?!.*thai))",
     r"!@(?:คน|ชาว|สัญชาติ|เป็น|แรงงาน|พาสปอร์ต|หนังสือเดินทาง)(?:พม่า|เมียนมา|ลาว|กัมพูชา|เขมร|เวียดนาม|จีน"
     r"|มอญ|ไทใหญ่|ไทยใหญ่)"])  # ไทยใหญ่ (Shan, from Myanmar) is a common spelling of ไทใหญ่
