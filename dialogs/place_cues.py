"""The words that give a place said in a message its role (dialogs.places): home,
here, a workplace or an event there (as weak as a workplace), a prison just left, or
neither (work wanted or done long ago; where someone else lives or works)."""

from __future__ import annotations

import re

__all__ = ["ADJACENT_HOME", "CERTIFIED", "CERTIFIES", "CUE", "JUST", "KIN_LIVES", "LANDMARK_CUE",
           "LANDMARK_START", "LEFT_FROM", "PARENTS_HOME", "PARTNER", "POLICE", "PRISON_NAMED",
           "PRONOUN", "ROUTE", "SOMEONE_ELSE", "SOMEONE_ELSES_JOB", "STAFF_HERE", "TODAY_AFTER",
           "passed"]

# old people name themselves by kin words ("บ้านยายอยู่ร้อยเอ็ด", "ทิ้งยายไว้ที่เชียงใหม่")
_ELDER_SELF = r"ยาย|ตา|ปู่|ย่า|ลุง|ป้า|น้า"
# where one is, by a landmark right before the place: a rented room, or in front of, behind
# or near a landmark named ("ห้องเช่าหลังนิคม...", "หน้าทัณฑสถานหญิงกลาง", dev46: the
# landmark's own word is added to the window when the place begins with it, LANDMARK_START);
# never one's home near it ("บ้านอยู่ใกล้ขอนแก่น", "จะกลับบ้านใกล้..."), a time ("อาทิตย์
# หน้า"), a past or wanted job or stay ("เคยทำงานหน้านิคม...", "อยากไปทำงานใกล้...")
LANDMARK_START = re.compile(r"นิคม|ตลาด|โรงพยาบาล|วัด|สถานี|ขนส่ง|ทัณฑสถาน|เรือนจำ|คุก")
LANDMARK_CUE = (r"(?<!อยู่)(?<!บ้าน)(?<!เกิด)(?<!ที่)(?<!ทำงาน)(?<!หางาน)(?<!เช่า)(?<!เคย)(?<!เคยอยู่)"
                r"(?<!เช่าห้อง)(?<!เช่าบ้าน)(?<!บ้านผม)(?<!บ้านหนู)(?<!บ้านฉัน)(?<!บ้านเรา)(?<!บ้านเฮา)"
                r"(?<!บ้านข้อย)(?<!บ้านแม่)(?<!บ้านพ่อ)(?<!บ้านยาย)"
                r"(?:ห้องเช่า|หอพัก|บ้านเช่า)?(?:หน้า|หลัง|ข้าง|ใกล้|ตรงข้าม)(?:นิคม(?:อุตสาหกรรม)?|ตลาด"
                r"|โรงพยาบาล|รพ\.?|วัด|สถานี|ขนส่ง|ห้าง|โรงงาน|ทัณฑสถาน|เรือนจำ|คุก)$"
                # ("ห้องเช่าแถวลาดกระบังค่ะ", dev58: around it)
                r"|(?<!เคยอยู่)(?<!เคย)(?<!อยู่)(?<!ไม่มี)(?<!บ่มี)(?<!หา)(?<!อยากได้)(?<!ย้ายจาก)(?<!ย้ายออกจาก)"
                r"(?:ห้องเช่า|หอพัก|บ้านเช่า)(?:อยู่)?(?:แถว|ย่าน)?$")
# "บ้านแม่เขาอยู่ด่านซ้าย": the home of the mother one writes for (แม่เขา: "her mother" or
# "the mother", said of the traveller)
# ("บ้านแกอยู่กาฬสินธุ์": an elder spoken of, dev60; southern ฉาน, northern ข้าเจ้า; a friend
# spoken of, "บ้านมันอยู่ลำปางเจ้า", dev89)
PRONOUN = (r"(?:ของ)?(?:ผม|ฉัน|หนู|เรา|เฮา|ข้อย|ดิฉัน|ข้าเจ้า|ฉาน|พี่|เค้า|เขา|แก|ท่าน|เปิ้น|มัน"
           r"|(?:แม่|พ่อ)(?:เขา|เค้า)?|ตัวเอง)?")
# the real home, as against where one worked or stays: "บ้านจริงอยู่", "บ้านผมจริงๆ อยู่"
# (or before the person: "บ้านเดิมเขาอยู่นครพนม", dev87, was read as where he is)
_REAL = r"(?:จริง|แท้|เดิม)?(?:ๆ)?"
_HOME_CUE = (r"(?:จะ|อยาก|ต้องการ|ขอ)(?:เดินทาง)?ไป(?:อยู่|ที่|หา(?!งาน))?"
             # sent to live there ("คุมประพฤติให้ไปอยู่บ้านพี่สาวที่ยโสธร", dev86: read as here;
             # never a camp, a site, a hospital: "นายจ้างให้ไปอยู่แคมป์ที่ระยอง", review 1)
             r"|(?<!ไม่)ให้(?:กลับ)?ไปอยู่(?!(?:ที่)?(?:แคมป์|ไซต์|โรง|รพ|หอ|ห้อง))(?:ที่)?"

             # (never back from a place: "ผมกลับจากภูเก็ตจะไปสุรินทร์", dev56)
             # (to rest at home there too: "อยากกลับไปพักให้ขาหายที่บ้านนครพนม", dev106: read as
             # here; never a rest at a lodging, "กลับไปพักที่หอในชลบุรี": here)
             r"|กลับ(?:ไป)?(?:พัก(?:ฟื้น)?|รักษาตัว)(?:(?!หอ|ห้อง|โรง|แคมป์|ไซต์|รพ|วัด|เพื่อน|ญาติ|นายจ้าง"
             r"|ร้าน|ที่พัก)[ก-๙]){0,16}?(?:ที่|บ้าน(?:เกิด)?|ภูมิลำเนา(?:เดิม)?)(?:ที่)?$"
             r"|กลับ(?!มา|จาก)(?:ไป)?(?:อยู่)?(?:บ้าน(?:เกิด)?|ภูมิลำเนา(?:เดิม)?)?"
             # the southern "go home" ("ไม่มีตังค์ไปบ้านหาดใหญ่", dev74: read as where he was);
             # never a friend's house ("ไปบ้านเพื่อนที่ชลบุรี"): the place right after it (the
             # window's end), never someone's house before it ("ไปบ้านญาติที่ชลบุรี")
             r"|(?<!ไม่)(?<!บ่)ไปบ้าน(?:ที่)?$"
             # the fare onward to a place ("ไม่มีค่ารถต่อไปสุรินทร์", dev56; never the fare
             # there alone: "หมดค่ารถไปชลบุรีแล้ว", "ค่ารถไปขอนแก่นไปรายงานตัว", dev36)
             r"|ค่า(?:รถ|ตั๋ว|เดินทาง|โดยสาร)(?:ทัวร์|บัส|ไฟ)?ต่อ(?:กลับ)?ไป(?:ที่)?(?!หา|ทำ|รายงาน|เยี่ยม|สมัคร|โรง|รพ)"
             r"|(?:บ้านเกิด|ภูมิลำเนา(?:เดิม)?|ทะเบียนบ้าน)" + PRONOUN + r"(?:อยู่)?"
             # not งานบ้าน (housework), "อยู่บ้านตัวเองที่ชลบุรี" (here), "ไม่มีบ้าน อยู่ระยอง"
             # (or moved: "บ้านตายายจริงๆย้ายไปอยู่ อ.ปทุมราชวงศา", dev78: read as where they were)
             r"|(?<!แม่)(?<!เจ้าของ)(?<!งาน)(?<!อยู่)(?<!ไม่มี)(?<!บ่มี)บ้าน(?:เดิม)?" + PRONOUN + _REAL
             + r"(?:ก็)?(?:ย้าย(?:ไป)?)?(?:อยู่|ที่|เป็น|คือ)"  # ("จังหวัดบ้านเป็นชุมพร", dev93)
             r"(?!ห้อง|หอ|บ้านเช่า|แคมป์|ไซต์|กับ(?:นายจ้าง|เจ้านาย|เถ้าแก่))"  # (a rented room,
             # an employer's, is no home; living with kin is: "บ้านผมอยู่กับแม่ที่ขอนแก่น")
             # an elder's home, not one stayed at ("อยู่บ้านน้าที่พัทยา": here), or their
             # kin's, for one who writes for the elder ("บ้านน้องสาวยายอยู่บางปะอิน")
             r"|(?<!อยู่)(?<!พัก)(?<!นอน)(?<!ค้าง)บ้าน(?:ของ)?(?:(?:พี่|น้อง|ลูก)(?:สาว|ชาย)|หลาน)?"
             r"(?:" + _ELDER_SELF + ")(?:" + _ELDER_SELF + ")?" + _REAL
             + r"(?:ก็)?(?:ย้าย(?:ไป)?)?(?:อยู่|ที่)"
             # the home of a child one writes for (a teacher: "บ้านเด็กอยู่สระแก้ว")
             r"|(?<!แม่)(?<!เจ้าของ)(?<!งาน)บ้าน(?:ของ)?(?:เด็ก|น้อง|คนไข้|ผู้ป่วย)(?:คนนี้|คนนั้น)?(?:อยู่|ที่)"
             # the address on the card ("ในย่ามมีบัตรปชช ที่อยู่บุรีรัมย์", dev58), never a
             # place to live had or not ("ไม่มีที่อยู่")
             r"|(?<!ไม่มี)(?<!บ่มี)(?<!หา)(?:(?<![ก-๙])|(?<=บัตร)|(?<=ปชช)|(?<=ประชาชน)|(?<=ค่ะ)|(?<=ครับ)"
             r"|(?<=คับ)|(?<=จ้า)|(?<=นะ))(?:ตาม)?ที่อยู่(?:ตาม|ใน)?(?:บัตร(?:ประชาชน|ปชช)?)?(?:คือ|เป็น|ว่า)?"
             r"(?=(?:ก็|ที่|จังหวัด|จ\.)*$)"
             # going home in Isan, northern and southern words
             # (never เมือง: "วัดในตัวเมืองลำปาง" is a town, not going home)
             # (to live with grandparents or parents there: "พาน้องสองคนหลบไปอยู่กับยายที่ทุ่งสง",
             # dev82; never hiding with a sister or a friend: "จะหลบไปอยู่กับพี่สาวที่ชลบุรี")
             r"|(?:เมือ(?!ง)|ปิ๊ก|ปิก|หลบ)(?:ไปอยู่กับ(?:ยาย|ตา|ปู่|ย่า|พ่อ|แม่)(?:ตา|ยาย)?(?:ที่)?|ไป)?"
             r"(?:บ้าน|เฮือน|เรือน)?")
# ("อยู่" of money had is no place: "มีเงินอยู่๑๒๐บาทค่ะ ค่ารถไปอุบล", dev36, was read as
# being in Ubon, and the mother refused as already home)
# ("ติดต่อ" is to contact: "ติดต่อหลานสาวป้าที่ลำปางได้แล้ว", dev78; "บ้านหลานอยู่": theirs)
# the staff of a hospital writing from it ("ดิฉันพยาบาลรพ.น่าน", dev65; its ward, "ในจังหวัด":
# "พยาบาลตึกอายุรกรรมหญิง รพ.จังหวัดภูเก็ต", "นักสังคมสงเคราะห์ รพ.ในจังหวัดขอนแก่น", dev93,
# read by STAFF_HERE from further back), never a doctor seen, one's child, nor a job once had
# ("ไปหาหมอโรงพยาบาลสุรินทร์ไม่ได้", "ลูกเป็นพยาบาลรพ.ชลบุรี", "เคยเป็นพยาบาลรพ.สงขลา")
# (after a particle the staff only, never a doctor seen: "แม่ป่วยค่ะ หมอรพ.ศรีสะเกษบอกให้มา
# รักษาที่กรุงเทพ", review rev2)
_STAFF = (r"(?:(?:(?<![ก-๙])|(?<=ดิฉัน)|(?<=ผม)|(?<=ฉัน)|(?<=หนู)|(?<=เรา))(?:เป็น)?(?:พยาบาล|หมอ|นักสังคม"
          r"(?:สงเคราะห์)?)|(?:(?<=ค่ะ)|(?<=คะ)|(?<=ครับ))(?:เป็น(?:หมอ)?|พยาบาล|นักสังคม(?:สงเคราะห์)?))"
          r"(?:อยู่|ประจำ)?"
          r"(?:(?:ตึก|หอผู้ป่วย|แผนก|วอร์ด|ward)[ก-๙a-z]{0,16}?)?(?:ที่)?(?:รพ|โรงพยาบาล)(?:ใน)?(?:จังหวัด|จ)?")
STAFF_HERE = re.compile(_STAFF + "$")
# just arrived or landed at ("เพิ่งถึงดอนเมือง", "ลงเครื่องที่สุวรรณภูมิ", dev108); never a trip's
# end, wished, supposed, once or denied ("จะไปถึง", "อยากลงเครื่องที่อุดร", "ถ้าลงเครื่องที่...",
# "ไม่ได้ลงเครื่องที่สุวรรณภูมิ ลงดอนเมือง"), a death ("พ่อเพิ่งถึงแก่กรรม"), nor a boat boarded
# ("ลงเรือที่ชุมพรไปเกาะเต่า", "ลงเรือประมง": review rev6); another's arrival: places._role
_ARRIVED = (r"(?:เพิ่ง|พึ่ง)ถึง(?!แก่กรรม)|(?<!จะ)(?<!ไป)(?<!ต้อง)(?<!อยาก)(?<!ถ้า)(?<!เคย)(?<!ไม่)"
            r"(?<!ไม่ได้)(?<!พรุ่งนี้)ลงเครื่อง(?:บิน)?(?:ที่)?")
ARRIVED = re.compile(_ARRIVED)
_HERE_CUE = (LANDMARK_CUE + r"|ตอนนี้|ขณะนี้|(?:ติด|ตกค้าง|ค้าง|พัก|นอน|ทำงาน)อยู่"
             # (never money on one's person: "ได้ตังติดตัวออกมานิดหน่อย ค่ารถลงนครศรีฯ ไม่พอ",
             # dev103, was read as being in Nakhon Si Thammarat)
             r"|(?:ติด(?!ต่อ|ตัว)|ตกค้าง|ค้าง|พัก|นอน)"
             r"|(?<!เงิน)(?<!ตังค์)(?<!ตัง)(?<!เหลือ)(?<!มี)(?<!บ้านหลาน)(?<!บ้านลูก)อยู่(?![\d๐-๙]|แค่|ไม่กี่|นิด)"
             # a thing had, kept in a bag ("บัตร มี อยู่กระเป๋าเป้", dev55), is no place of the person
             r"|(?<=มี)อยู่(?![\d๐-๙]|แค่|ไม่กี่|นิด|(?:ใน)?(?:กระเป๋า|เป้))"
             r"|ที่นี่|สถานี(?:ขนส่ง|รถ)|บขส|มา(?:หา|อยู่|เที่ยว|รักษา|ส่ง|เยี่ยม|เรียน)"
             r"|กลับมา(?!จาก)(?:ถึง|อยู่|ที่)?|มาถึง"  # "กลับมาถึงหาดใหญ่": back here, not home
             r"|" + _ARRIVED + r"|"
             # the police of a place found or hold the one written for: there ("ตอนนี้
             # ตำรวจสระบุรีเจอ", "อยู่โรงพักบางซื่อ")
             # (never one caught once: "เคยถูกตำรวจสระบุรีจับ")
             r"(?<!เคย)(?<!ถูก)(?<!โดน)(?:สถานี)?ตำรวจ(?:ภูธร|ท่องเที่ยว)?(?:จังหวัด|จ\.|อำเภอ)?|โรงพัก|สภ\.?"
             r"|(?:ถูก|โดน)ทิ้ง|ทิ้ง(?:ผม|ฉัน|หนู|เรา|ดิฉัน|" + _ELDER_SELF + r")?ไว้"
             r"|" + _STAFF)
_JOB = (r"(?:ทำงาน|รับจ้าง|เฮ็ดงาน|เฮดงาน|ทำการ|ขาย(?:ของ|ลอตเตอรี่|ล็อตเตอรี่|หวย)|ค้าขาย|เที่ยว"
        # a job got ("มาได้งานที่ภูเก็ต"), never wished for, a new one to go to, none
        r"|ทำไร่|ทำสวน|ทำประมง|กรีดยาง|ตัดอ้อย|แบกผัก|แกะกุ้ง"
        # the season's crop cut or picked ("มาตัดทุเรียนจันทบุรี", "มาเก็บส้มที่ฝาง", dev106)
        r"|(?:ตัด|เก็บ)(?:ทุเรียน|ปาล์ม|ส้ม|ลำไย|กาแฟ|ผัก|ผลไม้|มังคุด|เงาะ|ลิ้นจี่|กะหล่ำ|สับปะรด|ข้าวโพด)"
        r"|(?<!ไม่)(?<!อยาก)(?<!จะ)(?<!กลับไป)ได้งาน(?:ทำ)?(?!ใหม่)"
        r"|ก่อสร้าง|ขับ(?:แท็กซี่|วิน|รถรับจ้าง)|เป็น(?:แม่บ้าน|ลูกจ้าง|คนงาน|กรรมกร|พนักงาน|ยาม|รปภ|แรงงาน))")
# a trip to come, wished, once, not made, or the fare or money to make it
_NOT_MADE = (r"(?<!จะ)(?<!อยาก)(?<!ต้อง)(?<!เคย)(?<!ไม่ได้)(?<!ค่ารถ)(?<!เงิน)(?<!ตังค์)(?<!ตัง)"
             r"(?<!ค่าเดินทาง)(?<!ตั๋ว)(?<!ขอ)")
# what just happened somewhere ("กระเป๋าหายที่ภูเก็ต", "หนีขึ้นฝั่งที่มหาชัย",
# "น้ำท่วมห้องเช่าที่อยุธยา"): as weak as a workplace; a flooded home ("น้ำท่วมบ้านที่อุบล")
# may be the home left behind, so only a rented room or a community counts
_EVENT = (r"(?:(?:หนี)?ขึ้นฝั่ง(?:มา)?"
          r"|(?:กระเป๋า|ของ|เงิน|เอกสาร|มือถือ)(?:ก็)?หาย(?:หมด)?"
          r"|(?:ถูก|โดน)(?:ขโมย|ล้วง|ปล้น|กระชาก|วิ่งราว|จี้)(?:กระเป๋า|ของ|เงิน|มือถือ)?(?:หมด)?"
          r"|(?:อุบัติเหตุ|รถชน|รถคว่ำ)(?:ใน(?:โรงงาน|ไซต์งาน|ที่ทำงาน))?)(?:ที่|ใน)"
          r"|(?:น้ำท่วม|ไฟไหม้)(?:ห้องเช่า|บ้านเช่า|หอพัก|หอ|ห้องพัก|ชุมชน|แคมป์(?:คนงาน)?)(?:ที่|ใน)?"
          # gone to a family's rite there ("ไปงานศพญาติที่ท่าม่วง กาญจนบุรี", dev104); never
          # one to come, wished, not made or the fare to it ("จะไปงานบวชที่...", "ขอค่ารถไปงานศพ
          # แม่ที่อุบล", "ไม่ได้ไปงานศพที่...", review rev2)
          r"|" + _NOT_MADE + r"ไป(?:ร่วม)?งาน(?:ศพ|บวช|แต่ง|บุญ)[ก-๙]{0,8}?(?:ที่|ใน)")
# a stay in a hospital there for care ("ป้อไปผ่าตาต้อกระจกที่โรงบาลเชียงใหม่ ตอนนี้หมอให้ออก
# แล้ว", dev93): as weak as a workplace; never a visit nor a routine one ("ไปหาหมอที่รพ.ลำปาง
# มาครับ", "ไปฟอกไตที่รพ.สุรินทร์ทุกอาทิตย์", review 2), one to come or wished, once, or not
# made ("จะไปผ่าตัดที่รพ.ขอนแก่น", "เคยไปรักษาตัวที่...", "ไม่มีค่ารถไปนอนที่...")
_CARE_TRIP = (r"(?<!จะ)(?<!อยาก)(?<!ต้อง)(?<!นัด)(?<!เคย)(?<!ไม่ได้)(?<!ค่ารถ)(?<!เงิน)(?<!ตังค์)(?<!ตัง)"
              r"(?<!ค่าเดินทาง)ไป(?:ผ่า|รักษาตัว|นอน|แอดมิท|คลอด)[ก-๙]{0,14}?(?:ที่|ใน)"
              r"(?:โรงพยาบาล|โรงบาล|รพ)(?:จังหวัด|จ)?")
# what one came there to do, or a family event gone to ("มาตัดทุเรียนจันทบุรี", "มาผ่าตัดหัวใจ
# ที่เจียงใหม่", "มาไหว้เจ้าที่เยาวราช", "มากับยายมางานศพน้าที่ขอนแก่น", "ตากับยายไปงานศพญาติที่
# ท่าม่วง กาญจนบุรี": dev92-dev106, asked where they are): as weak as a workplace
_TRIP = (_NOT_MADE + r"(?:(?:ไป|มา)(?:ร่วม)?งาน(?:ศพ|บวช|แต่ง|บุญ)"
         r"|มา(?:ผ่าตัด|ไหว้|ทำบุญ|ตัด|เก็บ|เกี่ยว)[ก-๙]{0,12}?(?:ที่|ใน)?)")
# a work site or camp named ("ตกนั่งร้านที่ไซต์งานศรีราชา", dev106): where one worked
_SITE = r"(?<!ไม่มี)(?:ไซต์|ไซด์|แคมป์)(?:งาน|คนงาน)?(?:ก่อสร้าง)?(?:ที่|ใน|แถว)?$"
# where the person went to work: where they are, unless another place is said to be
_WORK_CUE = r"(?:ไป|มา|ได้)?" + _JOB + "|" + _EVENT + "|" + _CARE_TRIP + "|" + _SITE + "|" + _TRIP
# work wanted, or done long ago: the place is neither here nor home
_AWAY_CUE = (r"(?:จะ|อยาก|ต้องการ|ขอ|หา|กำลังจะ)(?:เดินทาง)?(?:ไป|มา)?(?:หา)?" + _JOB
             + r"|หางาน(?:ทำ)?|เคย(?:ไป|มา)?(?:" + _JOB + r"|อยู่)"
             # "ติดคุกเชียงใหม่มา 5 ปี": the sentence
             + r"|(?:ติด|อยู่|นอน)(?:คุก|เรือนจำ|ตะราง)"
             # a place come back from ("กลับมาจากภูเก็ต"): left, neither here nor home
             + r"|กลับ(?:มา)?จาก|(?:เดิน)?หลง(?:ทาง)?(?:มา)?จาก"  # ("เดินหลงมาจากอุตรดิตถ์", dev65)
             # a place bordering the one said ("อ.ภูเขียว ติดเขตขอนแก่น", dev55): not here
             + r"|(?:อยู่)?ติด(?:เขต(?!อำเภอ|อ\.|ตำบล|ต\.)|ชายแดน|กับ(?:เขต|จังหวัด|จ\.|ชายแดน))"
             r"(?:จังหวัด|จ\.)?"
             # a job lost there is where one was, not surely where one is ("ไม่มีเงินค่ะ
             # ตกงานที่พัทยา" may be said in Bangkok): the person is asked where they are
             + r"|(?:ตกงาน|(?:ถูก|โดน)(?:เลิกจ้าง|ไล่ออก|ให้ออก))(?:มา)?(?:จาก)?(?:ที่|ใน)?")
_HOME_CUE_EN = r"gohome|gobackhome|backhome|goback|hometown|homeis|homein|hometo|from"
_HERE_CUE_EN = r"iamin|iamat|imin|imat|stuckin|stuckat|stayingin|stayingat|nowin|nowat|currentlyin"
# the prison just left: where the person is, as weakly as a workplace ("เพิ่งออกจากคุก
# บางขวางวันนี้"); one left long ago is no place of now ("ออกจากคุกเชียงใหม่มาสองปีแล้ว")
# (the day said before the prison is named: "พึ่งออกจากคุกเมื่อวานเรือนจำกลางสุราษฎร์ธานี", dev97)
# (or a prison known by its name alone, whose place follows: "ผมพ้นโทษออกจากคลองไผ่เมื่อเช้าครับ
# Korat", dev103; the central prison of Nakhon Ratchasima)
_PRISON = r"(?:(?:คุก|เรือนจำ|ทัณฑสถาน)(?:กลาง|จังหวัด|อำเภอ|หญิง|ชาย|พิเศษ)*|คลองไผ่)"
_FRESH = r"(?:มา)?(?:ได้)?(?:วันนี้|เมื่อวาน|เมื่อเช้า|เช้านี้|เมื่อกี้|เมื่อคืน)"
_FREED_CUE = (r"(?:ออก|พ้นโทษ|(?:ถูก|ได้รับการ)?ปล่อยตัว|พ้น)(?:ออก)?(?:มา)?จาก" + _PRISON
              + r"(?:" + _FRESH + r"(?:ที่)?(?:" + _PRISON + r")?)?(?:ที่)?")
PRISON_NAMED = re.compile(r"คุก|เรือนจำ")  # a prison known by name ("คุกบางขวาง")
# a place left right before it ("พ้นโทษออกจากทัณฑสถานหญิงกลางได้สามวัน", dev56: read as home
# by a "กลับบ้าน" said before it): never home
LEFT_FROM = re.compile(r"(?:ออก|พ้นโทษ|ปล่อยตัว|พ้น|หนี)(?:ออก)?(?:มา)?จาก$")
JUST = re.compile(r"(?:เพิ่ง|พึ่ง)(?:จะ)?(?:ได้)?$")
TODAY_AFTER = re.compile(_FRESH)
CUE = re.compile(f"(?P<away>{_AWAY_CUE})|(?P<freed>{_FREED_CUE})"
                  f"|(?P<home>{_HOME_CUE}|{_HOME_CUE_EN})"
                  f"|(?P<here>{_HERE_CUE}|{_HERE_CUE_EN})|(?P<work>{_WORK_CUE})")
# a place passed through, right before its name ("ส่งตัวกลับทางด่านสุไหงโก-ลก", "ผ่านด่าน
# แม่สอด", "ข้ามมาทางแม่สาย"): a route, neither here nor home, whatever cue came before
# (never "บ้านอยู่ทางอุดร", "ไปทางเชียงใหม่", "ติดอยู่ที่ด่านสะเดา": no route word there)
ROUTE = re.compile(r"(?:ผ่าน(?:มา|ไป)?(?:ทาง)?(?:ด่าน)?|ทางด่าน|(?:ส่ง(?:ตัว)?กลับ(?:มา)?"
                   r"|ข้าม(?:แดน|ด่าน|ฝั่ง)?(?:มา|กลับ)?|เข้ามา)ทาง(?:ด่าน)?)(?:ที่)?$")
# the fare to a place, right before its name ("ค่ารถลงนครศรีฯ ไม่พอ", "ติดอยู่ขนส่ง ค่ารถไป
# อุบลไม่มี"): never where one is, whatever here cue came before (home still may be: "อยาก
# กลับบ้าน ไม่มีค่ารถไปอุบล"; the fare back, "ค่ารถกลับ", is a home cue)
_FARE_TO = re.compile(r"ค่า(?:รถ|ตั๋ว|เดินทาง|โดยสาร)(?:ทัวร์|บัส|ไฟ|เมล์|ตู้)?(?:ไป|ลง|ขึ้น|เข้า)(?:ไป)?"
                      r"(?:ที่|จังหวัด|จ\.)?$")


def passed(window: str, role: str | None) -> bool:
    """Whether the place after `window` is passed through (ROUTE: neither here nor home), or
    is the fare's end read as here (neither)."""
    fare = role == "here" and _FARE_TO.search(window) is not None
    return fare or ROUTE.search(window) is not None


# a native of it ("คนขอนแก่น", "เป็นชาวลำปาง"), never a count before it ("ทั้ง 3 คน สมุทรปราการ",
# "มีค่ะ สองคน ยโสธร": people counted, then a place)
ADJACENT_HOME = re.compile(r"(?<![\d๐-๙])(?<!หนึ่ง)(?<!สอง)(?<!สาม)(?<!สี่)(?<!ห้า)(?<!หก)(?<!เจ็ด)"
                           r"(?<!แปด)(?<!เก้า)(?<!สิบ)(?<!เดียว)(?<!ทั้ง)(?<!หลาย)(?<!ทุก)(?<!กัน)"
                           r"(?:เป็น)?(?:คน|ชาว)(?:จังหวัด)?$")
# where someone else lives ("แม่อยู่ลำปาง"): not where the writer is, unless the writer is
# with them ("ผมกับแม่อยู่ลำปาง", "พร้อมลูก 3 คน อยู่ปทุมธานี", "(สอง)แม่ลูกอยู่ระยองคะ", dev93:
# the mother and her child, never "แม่ลูกผม", the child's mother); พี่, น้อง, ยาย... also
# name the writer, and stay (never พี่ชาย, พี่สาว, น้องชาย, น้องสาว); an age may come between
# ("ลูกอายุ 10 ขวบอยู่กับยายที่ยโสธร")
_OTHER_KIN = (
    r"(?<!กับ)(?<!และ)(?<!พา)(?<!พร้อม)(?<!ตาม)(?:พ่อ|แม่|(?<!แม่)(?<!พ่อ)ลูก(?:สาว|ชาย)?"
    r"|(?:แม่|พ่อ)ลูก(?=(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน|เรา))|เมีย|ผัว|สามี|ภรรยา|แฟน|ญาติ"
    r"|เพื่อน|นายจ้าง|พี่ชาย|พี่สาว|น้องชาย|น้องสาว|หลานสาว|หลานชาย"  # ("หลานสาวอยู่ลำปาง", dev78)
    # the rest of the family ("คนอื่นเขาอยู่บ้านที่บุรีรัมย์", dev105), never another's house or
    # room, nor one troubled or served ("อาศัยบ้านคนอื่นอยู่ที่ระยอง", "ไม่อยากรบกวนคนอื่น": rev2)
    r"|(?<!บ้าน)(?<!ห้อง)(?<!หอ)(?<!ของ)(?<!กวน)(?<!ให้)(?<!ช่วย)คนอื่น(?:ๆ)?(?:เขา|เค้า)?)"
    r"(?:เก่า)?(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน|เรา)?(?:อายุ\d+(?:ขวบ|ปี|เดือน)?|\d+(?:ขวบ|ปี|เดือน))?(?:ก็|ยัง)?")
# ("ลูกชายเจ็บอยู่กรุงเทพ": a sick son's place, not the writer's)
SOMEONE_ELSE = re.compile(_OTHER_KIN + r"(?:ที่)?(?:เจ็บ|ป่วย|ไม่สบาย|เรียน|แอดมิท)?(?:หนี|ย้าย)?(?:ไป|มา)?$"
                          # a family without the writer ("เมียกับลูกอยู่กทม.", dev86: read as here)
                          # (never with the writer: "ผมกับเมียกับลูกอยู่ชลบุรี", review 1)
                          r"|(?<!กับ)(?<!และ)(?<!พา)(?<!พร้อม)(?<!ผม)(?<!หนู)(?<!ฉัน)(?<!เรา)"
                          r"(?:เมีย|ผัว|สามี|ภรรยา|แฟน)(?:กับ|และ)(?:ลูก|หลาน)(?:ๆ|สาว|ชาย)?(?:ก็|ยัง)?$")
# a relative living there ("ญาติอยู่ จ.นครพนม"), for dialogs.place_writer.kin_cannot_fetch
KIN_LIVES = re.compile(_OTHER_KIN + r"อยู่(?:ที่|ใน)?(?:จังหวัด|จ)?$")
# where someone else works ("ผัวไปเฮ็ดงานกรุงเทพ", "ลูกทำงานอยู่ระยอง"): not where the
# writer is (never "ตามผัวไปทำงาน", "กับลูกไปทำงาน", nor แม่ค้า, ลูกค้า: a vendor, a customer)
SOMEONE_ELSES_JOB = re.compile(r"(?:" + _OTHER_KIN + r"(?:ไป|มา|ได้)?(?!ค้า)" + _JOB
                               # ("ไอ้ต้อมมันไม่กลับ มันได้งานที่สมุยแล้ว", dev75)
                               + r"|(?:มัน|เขา|เค้า)(?:ก็)?ได้งาน(?:ทำ)?)(?:อยู่)?$")
# "บ้านแม่เขาอยู่ชลบุรี" said of a partner ("แฟนหนู ..."): the partner's mother's home,
# not surely the traveller's (of a child one writes for, "น้อง ... บ้านแม่เขา", it is)
PARENTS_HOME = re.compile(r"บ้าน(?:ของ)?(?:แม่|พ่อ)(?:เขา|เค้า)")
PARTNER = re.compile(r"แฟน|สามี|ภรรยา|เมีย|ผัว")
# "ตำรวจสระบุรีจับ": caught there once, not surely held there now
POLICE = re.compile(r"ตำรวจ|โรงพัก|สภ")
# a letter that certifies something ("หนังสือรับรอง ... ว่าเป็นคนไทย"), never an employer's
CERTIFIES = re.compile(r"หนังสือรับรอง(?!(?:(?!ว่า).){0,12}?(?:นายจ้าง|บริษัท|โรงงาน|การทำงาน))"
                       r"(?:(?!ตอนนี้|ขณะนี้|แต่).){0,30}?(?:ว่า|ที่อยู่)")
# what a letter certifies is where home is, not where the person is now ("มี หนังสือ
# รับรองที่อำเภอออกให้ ว่าเป็นคนไทย อยู่ชัยภูมิจริง", "หนังสือรับรองที่อยู่ ขอนแก่น")
CERTIFIED = re.compile(r"หนังสือรับรอง(?!(?:(?!ว่า).){0,12}?(?:นายจ้าง|บริษัท|โรงงาน|การทำงาน))"
                       r"(?:(?!ตอนนี้|ขณะนี้|แต่).){0,30}?"
                       r"(?:ว่า(?:(?!ตอนนี้|ขณะนี้|แต่).){0,16}?อยู่|(?:ถิ่น)?ที่อยู่(?:ว่า)?(?:อยู่)?)"
                       r"(?:จริง)?(?:ที่|ใน|จังหวัด|จ\.)?$")
