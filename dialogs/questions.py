"""Whether a message asks something (then it is answered from the knowledge base, not
read as an answer to the question the dialog waits for)."""

from __future__ import annotations

import re

QUESTION_WORDS = ("ไหม", "มั้ย", "อะไร", "เท่าไหร่", "เท่าไร", "กี่", "ยังไง", "อย่างไร",
                  "ที่ไหน", "หรือเปล่า", "ป่าว", "?", "ใคร", "บ้างคะ", "บ้างครับ", "บ้างคับ",
                  "บ้างค่ะ", "เมื่อไหร่", "เมื่อไร", "ทำไม",
                  # (dev39: "ช่วยค่ารถกลับบ้านได้ด้วยเหรอคะ")
                  # (never "หรอ": "ไม่มีหรอค่ะ" is หรอก misspelt, no question)
                  "เหรอ", "มั๊ย", "รึเปล่า", "หรือป่าว",
                  # (dev42: "อยู่ชลบุรีค่ะ พมจ.อยู่ตรงไหนคะ" was read as a place alone, the
                  # question dropped)
                  "ตรงไหน", "แถวไหน")
# not asking: "อีกไม่กี่วัน" (a few days), "ไม่มีใครช่วย" (nobody helps), "ไม่มีหนังสือ
# อะไรเลย" (no letter at all), "ไม่ได้กินอะไรเลย", "บ้านไหม้" (burnt, not ไหม)
NOT_ASKING = ("ไม่กี่", "ไม่มีใคร", "ไม่ใคร", "ใครก็ได้", "อะไรเลย", "อะไรสักอย่าง", "ไหม้",
              # "ติดต่อใครไม่ได้", "ใครก็ไม่รู้จัก": nobody, not who
              "ใครไม่ได้", "ใครก็ไม่", "ใครเลย",
              # "job อะไรก็ได้", "ที่ไหนก็ได้": anything, anywhere, not what or where
              "อะไรก็ได้", "ที่ไหนก็ได้", "เมื่อไหร่ก็ได้", "ยังไงก็ได้",
              # "นอนตรงไหนก็ได้", "แถวไหนก็ไม่รู้", "ตรงไหนไม่รู้": anywhere, or unknown
              "ตรงไหนก็", "แถวไหนก็", "ตรงไหนไม่", "แถวไหนไม่", "ไม่มีตรงไหน", "ตรงไหนบอก",
              # "อยากไปล้างแผลตัดไหม" (dev70): the stitches taken out, not a question
              # (never "ต้องไปตัดไหมคะ": do I have to go?)
              "ล้างแผลตัดไหม", "อยากไปตัดไหม", "นัดไปตัดไหม",
              # the northern "ใคร่" (wish: "ใคร่ได้งานยะที่ลำปางครับ", dev94), never who
              "ใคร่",
              # no number, any number ("ไม่มีเบอร์ไหนติดต่อได้เลย", "เบอร์ไหนก็ได้")
              "ไม่มีเบอร์ไหน", "เบอร์ไหนก็", "บ่มีเบอร์ไหน")
# not knowing where ("ไม่รู้จะไปนอนตรงไหน", "จำไม่ได้ว่าบ้านอยู่ตรงไหน"): told, not asked
# ("บ้านอยู่แถวไหน ผมก็จำไม่ได้แล้ว", "อยู่แถวไหนสักแห่งในบางนา", "นอนตรงไหนได้ก็นอน")
_NOT_KNOWING_WHERE = re.compile(r"(?:ไม่รู้|บ่รู้|จำไม่(?:ค่อย)?ได้|ไม่แน่ใจ|ลืม)(?:ไป)?(?:แล้ว)?(?:ว่า)?.{0,20}?"
                                r"(?:ตรงไหน|แถวไหน)|ถามว่า.{0,20}?(?:ตรงไหน|แถวไหน)"
                                r"|(?:ตรงไหน|แถวไหน)(?:สักแห่ง|ได้ก็"
                                r"|\s?[^ ]{0,14}?(?:จำไม่(?:ค่อย)?ได้|ไม่รู้|ลืม)"
                                r"|[^ ]{0,16}?ก็(?:นอน|ไป|ได้|ไม่|จะ))")
# asking for a number or to know ("ขอเบอร์ พมจ.หน่อย", "ขอทราบสิทธิ์ค่ะ"), at the start of a
# part, never one asked for by others or kept ("เจ้าหน้าที่ขอเบอร์ไปแล้ว", "ผมขอเบอร์นายจ้าง
# ไว้แล้ว"), nor a number given ("ขอเบอร์ติดต่อกลับ 0812345678")
_ASKS_FOR = re.compile(r"(?:^|\s|ผม|หนู|ฉัน|ดิฉัน)ขอ(?:เบอร์|ทราบ)"
                       r"(?!.{0,25}?(?:ไว้|แล้ว|ไม่ให้|มาจาก|โทรไม่ติด|ก็ไม่))")


# Isan's "บ่" ending the message asks ("ต้องเสียค่าธรรมเนียมบ่", "ได้บ่จ้า"); one before more
# words denies them ("บ่มีเงิน", "ผมบ่ มีบัตร"), as does "กะบ่", "ยังบ่" (not either, not yet)
_ISAN_ASKS = re.compile(r"[ก-๏](?<!ไม่)(?<!กะ)(?<!ก็)(?<!ยัง)บ่(?:คะ|ค่ะ|ครับผม|ครับ|คับ|จ้า|จ้ะ|จ๊ะ|นอ"
                        r"|น้อ|หนอ|หลาน|ลูก)*\s*\??\s*$"
                        # "can it?" before more words (dev67: "เหมารถไปพร้อมกันได้บ่ ด่วน")
                        r"|(?<![ก-๏])(?:[ก-๏]*(?:ได้|แม่น))บ่(?:คะ|ค่ะ|ครับ|คับ|จ้า|จ้ะ|นอ|น้อ)?\??\s")


# regional asking (dev63: "ถ้าบ่มีบัตรประชาชน ใช้หยังแทนได้แหน่ครับ" was taken for a story):
# Isan's "หยัง" (what) with no "บ่"/"ไม่" before it in its part ("บ่มีหยัง": nothing), "ไส"
# (where) after a going or being, "จั่งใด" (how), "เท่าใด"; and what to do, asked ("ต้อง
# ทำไง", "ถ้าเจ็บท้องบนรถทำไงคะ", dev66; never "จะทำไงดี", a lament)
_REGIONAL_ASKS = re.compile(r"(?:^|\s)(?:(?!บ่|ไม่)[^\s])*?หยัง(?!ไง|\s?(?:กะ|ก็)?(?:บ่|ไม่))"
                            r"|(?:ไป|อยู่|ที่|แต่|จาก)ไส(?=$|\s|ครับ|คับ|คะ|ค่ะ|จ้า|นิ|ล่ะ|หล่ะ|\?)"
                            r"|จั่งใด|จังใด|จั๋งใด|เท่าใด|"
                            # Isan's which ("โทรเบอร์ได๋ได้ตลอด24ชั่วโมงครับ", dev51)
                            r"(?<=[ก-๙])ได๋(?=$|\s|ได้|ครับ|คับ|คะ|ค่ะ|จ้า|เด้อ|น้อ|\?)|(?:ต้อง|ควร)ทำไง|ถ้า[^\s]{1,30}ทำไง"
                            # how many days (dev81), never not one meal eaten nor "some days,
                            # fine" ("ยังบ่ได้กินข้าวจักมื้อเลย", "รอจักมื้อกะได้": review 2)
                            r"|(?<!ข้าว)(?<!เข่า)(?<!กิน)จัก(?:มื้อ|วัน)(?!\s?(?:เลย|แล้ว|กะ|ก็))"
                            # must one pay, in the south ("ต้องเสียตั้งหม้ายครับ หรือฟรี", dev73)
                            r"|ต้อง(?:เสีย|จ่าย)[^\s]{0,12}?(?:หม้าย|ม้าย)(?!ได้|มี|ไหว|พอ|หมด|ครบ|ทัน)|หรือฟรี(?:ครับ|ค่ะ|คะ|จ้ะ)?\s*\??\s*$"
                            # the south's ไหม ending its clause ("มีหน่วยงานไหนช่วยหางานให้คนพ้นโทษ
                            # ม้ายครับ", dev99), after words (never "ม้ายยย", "ม้าย ไม่เอา": no!;
                            # nor a widow, "แม่หม้าย", "เป็นแม่ม้ายค่ะ": review rev1)
                            r"|(?<=[ก-๙])(?<!ห)(?<!แม่)(?<!เป็น)(?<!เปน)(?<!ว่า)ม้าย(?:ครับ|คับ|คะ|ค่ะ|จ้ะ|จ้า|นะ|หนิ)*(?=$|\s|\?)"
                            # and "ม่าย" with a particle asking ("มีเจ้าหน้าที่ไปส่งด้วยม่ายคะ",
                            # dev90), never a bare no ("เค้าบอกว่าม่าย") nor a widow
                            # (nor a widow misspelt, "เป็นหม่ายคะ", nor a no after a word: "ยังม่ายคะ",
                            # "ผมตอบม่ายครับ", "ก็เลยม่ายครับ", "หนูม่ายคะ": review rev6)
                            r"|(?<=[ก-๙])(?<!ห)(?<!แม่)(?<!พ่อ)(?<!เป็น)(?<!เปน)(?<!ว่า)(?<!ยัง)(?<!คง)(?<!ก็)"
                            r"(?<!เลย)(?<!บอก)(?<!ตอบ)(?<!อ๋อ)(?<!ไม่)(?<!ผม)(?<!หนู)(?<!ฉัน)"
                            r"ม่าย(?:ครับ|คับ|คะ|จ้ะ|จ๊ะ)(?:นะ)?(?=$|\s|\?)"
                            # which number or way (dev57: "ต้องโทรเบอร์ไหนขอความช่วยเหลือได้คะ" was kept
                            # as a story), never any ("ไปทางไหนได้ก็ไป", "โทรเบอร์ไหนก็ไม่ติด")
                            r"|(?:เบอร์(?:ไหน|ได๋)|(?<!ช่อง)ทาง(?:ไหน|ได๋)ได้)(?!\s?(?:ก็|กะ|ไม่|บ่)|เลย|ๆ)"
                            # which office ("ต้องไปขอที่หน่วยงานไหนคะ", dev99), never any or
                            # none ("หน่วยงานไหนก็ไม่รับ", "ไม่มีหน่วยงานไหนช่วย")
                            r"|(?<!ไม่มี)(?<!บ่มี)(?:หน่วยงาน|สำนักงาน|องค์กร|มูลนิธิ|ช่องทาง)(?:ไหน|ใด)"
                            r"(?!\s?(?:ก็|กะ)|เลย|ๆ)")
# ...never told: not knowing what to do or where to go ("บ่ฮู้สิเฮ็ดจั่งใด", "ไม่รู้ต้องทำไงดี",
# "ถ้าไม่ได้กลับก็ไม่รู้จะทำไง", "บ่รู้สิไปไส", "บ้านอยู่ไส บ่รู้"), anything or anyhow ("งานหยัง
# กะได้", "ต้องทำไงก็ยอม"), not much ("เงินเหลือบ่เท่าใด"), nothing at all ("บ่ได้กิน หยังเลย")
_REGIONAL_TOLD = re.compile(r"(?:ไม่|บ่)(?:รู้|ฮู้)(?:ว่า)?\s?(?:จะ|สิ|ซิ|ต้อง|ควร)?\s?[^\s]{0,8}?"
                            r"(?:จั่งใด|จังใด|จั๋งใด|ทำไง|หยัง|ไส)"
                            r"|(?:ไส|หยัง|จั่งใด|จังใด|จั๋งใด|ทำไง)(?:\s?(?:กะ|ก็)(?:ได้|ยอม)"
                            r"|\s?(?:กะ|ก็)?\s?(?:บ่|ไม่)(?:รู้|ฮู้))|(?:ไม่|บ่)(?:ได้|มี|เหลือ)?เท่าใด|หยังเลย"
                            # none gone to nor joined ("ยังไม่ได้ติดต่อหน่วยงานไหนค่ะ", "ไม่เคยไป
                            # หน่วยงานใด", "ไม่ได้สังกัดมูลนิธิใด": told, review rev1)
                            r"|(?:ไม่|บ่)(?:ได้|เคย)(?:ได้)?(?:ไป|ติดต่อ|สังกัด|อยู่|ขอ|ยื่น|ถาม|แจ้ง|คุย)?(?:ที่|กับ|ใน)?"
                            r"(?:หน่วยงาน|สำนักงาน|องค์กร|มูลนิธิ|ช่องทาง)(?:ไหน|ใด)"
                            # no number or way, none called, one not known ("ไม่มีทางไหนได้แล้ว",
                            # "ยังไม่ได้โทรเบอร์ไหนเลย", "จำไม่ได้ว่าเบอร์ไหน", "บ่มีเบอร์ได๋ค่ะ",
                            # "ไม่รู้จะไปทางไหนได้": review rev6)
                            r"|(?:(?:ไม่|บ่)(?:มี|เหลือ|ได้|เคย)|(?:ไม่|บ่)(?:รู้|ฮู้)(?:ว่า|จะ|สิ)"
                            r"|จำ(?:ไม่|บ่)(?:ค่อย)?ได้)[^\s]{0,12}?(?:เบอร์|ทาง)(?:ไหน|ได๋)")


# young people's asking (dev108): "ปะ"/"ป่ะ" (ป่าว) ending a clause after a word ("ยังขอค่ารถได้ปะ",
# "ใช่ปะครับ"; never a patch, "ปะยาง", nor a word's end, "กะปะ"), and "ไร" (อะไร) after a
# doing ("ต้องใช้ไรแทน", "ทำไรได้บ้าง"; never nothing, "ไม่มีไร", "ไม่ได้กินไรเลย", nor ไร่, ไร้)
# (nor a tyre patched, "ยางแตก เลยต้องไปปะ", nor despair, "ไม่รู้จะทำไรดี", review rev3)
_SLANG_ASKS = re.compile(r"(?<=[ก-๙])(?<!กะ)(?<!ตะ)(?<!สะ)(?<!ไป)(?<!มา)(?<!ต้อง)ป[่้]?ะ"
                         r"(?:ครับ|คับ|คะ|ค่ะ|อะ|อ่ะ|เนี่ย|555)*(?=$|\s|\?)"
                         r"|(?<!ไม่)(?<!บ่)(?<!ไม่ได้)(?<!ไม่ต้อง)(?<!รู้จะ)(?<!รู้ว่าจะ)(?<!รู้จะไป)"
                         r"(?:ใช้|ทำ|เอา|เตรียม|ต้อง)ไร"
                         r"(?=$|\s|\?|แทน|บ้าง|มั่ง|ได้บ้าง|ดี|อะ|อ่ะ|ครับ|คับ|คะ|ค่ะ)")


def is_question(text: str) -> bool:
    """Asks something ("ได้เท่าไหร่", "กี่วัน", "ใครมีสิทธิ์บ้างคะ", "ได้บ่")."""
    for phrase in NOT_ASKING:
        text = text.replace(phrase, " ")
    text = _NOT_KNOWING_WHERE.sub(" ", text)
    asks_for = _ASKS_FOR.search(text) is not None and sum(ch.isdigit() for ch in text) < 9
    return (any(w in text for w in QUESTION_WORDS) or asks_for
            or _ISAN_ASKS.search(text) is not None or _SLANG_ASKS.search(text) is not None
            or _REGIONAL_ASKS.search(_REGIONAL_TOLD.sub(" ", text)) is not None)


def split_question(text: str) -> tuple[str, str]:
    """A message that asks and answers, its parts apart: ("ต้องใช้บัตรไหมคะ", "มีค่ะ
    อุบลฯค่ะ วารินชำราบ"). The parts between spaces that ask make the question, the rest
    what is told; a question with no space in it tells nothing apart ("", when all ask)."""
    chunks = text.split()
    asking = [c for c in chunks if is_question(c)]
    return " ".join(asking), " ".join(c for c in chunks if not is_question(c))


# "หมายถึงยังไงคะ", "งงค่ะ": the question asked, not understood (asked another way)
# ("งง" not as the end of one word and the start of the next: "โรงงาน", "ส่งงาน")
_WHAT_MEANT = re.compile(r"หมายถึง|หมายความ|ยังไงนะ|อะไรนะ|งง(?![ะาำิีึืุูั็])|ไม่เข้าใจ|ไม่เข้าจัย")


def asks_what_is_meant(text: str) -> bool:
    """Asks what the question means ("หมายถึงยังไงคะ", "งงค่ะ")."""
    compact = text.replace(" ", "")
    return len(compact) <= 30 and bool(_WHAT_MEANT.search(compact))


# the cue ends its clause ("บ่ต้องจ้า ถามเฉยๆ"; never "แค่ถามว่าต้องใช้บัตรไหม", nor denied:
# "ไม่ใช่แค่ถามนะคะ อยากได้ความช่วยเหลือจริงๆ"), nor "ยังไม่ขอ" ("ยังไม่ขอใบรับรอง")
# (for someone too: "ไม่ครับ แค่ถามแทนเพื่อน", dev108: asked for consent 24 times)
_JUST_ASKING = re.compile(r"(?<!ไม่ใช่)(?<!ไม่ได้)(?<!ไม่)(?<!บ่)(?:แค่)?ถาม(?:ดู|ไว้)?"
                          r"(?:(?:แทน|ให้)(?:เพื่อน|ญาติ|แม่|พ่อ|พี่|น้อง|ลูก|แฟน|หลาน)(?:ชาย|สาว)?)?"
                          r"(?:เฉยๆ|เฉย)?(?:ก่อน)?"
                          r"(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|เด้อ|เน้อ|เท่านั้น|555)*(?:\s|$)")
_ASKING_CUE = re.compile(r"แค่ถาม|ถาม(?:ดู)?(?:เฉยๆ|เฉย)|ถาม(?:ไว้|ดู)ก่อน")


def just_asking(text: str) -> bool:
    """Says the person only asked, and is not applying ("บ่ต้องจ้า ถามเฉยๆ", "ยังไม่ขอค่ะ
    แค่ถาม"): screening stops (dev28: a village head's wife who asked about the fee was
    screened and met the edit menu 14 times)."""
    return any(_ASKING_CUE.search(m.group(0)) for m in _JUST_ASKING.finditer(text))


# "แบบนี้ขอความช่วยเหลือได้ไหมคะ", "หนูขอความช่วยเหลือได้มั้ยคะ" (dev41)
_HELP_ASKED = re.compile(r"(?:แบบนี้|อย่างนี้|งี้|กรณี(?:นี้)?|(?:ถ้า)?เป็นแบบนี้)?(?:ผม|ฉัน|หนู|เรา|ดิฉัน)?"
                         r"(?:จะ)?(?:(?:ขอ(?:รับ)?|ได้(?:รับ)?)(?:ความ)?ช่วยเหลือ|ช่วย)(?:ได้)?"
                         r"(?:ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|หรือไม่|ป่าว|บ่)(?:คะ|ค่ะ|ครับ|คับ|จ๊ะ|จ้ะ)?\??")


def help_asked(text: str) -> bool:
    """"Can I get help like this?" asked while screening, and nothing more ("ขอเงิน 5000
    ได้ไหม", "แฟนเป็นคนพม่า ขอความช่วยเหลือได้ไหม" are not): yes, it is under way."""
    return _HELP_ASKED.fullmatch(text.replace(" ", "")) is not None
