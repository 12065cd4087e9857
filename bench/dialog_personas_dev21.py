"""Persona set dev21 (2026-12-05) for bench/dialogs.py.

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: people who write little and answer one thing at a time (8 one_part), elders,
disabled people and their carers, people who change or correct a fact mid-way
("เดี๋ยวนะ ไม่ใช่ ...", "ขอแก้ ..."), people who ask a question about the service in
the middle, people who say where they sleep indirectly (a friend's room for tonight
only, a hospital bench, a temple, a police station, a shelter of the ministry), and
families with several members.

Counts: 22 personas, 16 eligible (cases), 6 refused; 8 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Grandfather, 72, came to Bangkok to sit with a grandson in hospital; the grandson
    # went home, he stayed, money gone, he sleeps on a bench at the hospital. Writes one
    # or two words at a time. 002 criteria ๑/๓ (no shelter, no fare home); urgent
    # because he has no place to sleep ("กรณีเร่งด่วนจะดำเนินงานภายใน ๒๔ ชั่วโมง").
    # Elderly: 72 >= 60. Card shown. -> case.
    "Grandpa on hospital bench, one word": Persona(
        ("สวัสดีครับ",),
        {"consent": "ได้", "idle": "ขอค่ารถกลับบ้าน", "hardship": "ไม่มีเงิน",
         "id_card": "มีบัตร", "nationality_letter": "มีบัตรแล้ว", "nationality": "ไทย",
         "current_province": "กทม", "home_province": "ร้อยเอ็ด", "travellers": "คนเดียว",
         "urgent": "นอนม้านั่งโรงบาล ไม่มีที่นอน", "special_needs": "อายุ72",
         "travel_alone": "ไปเองได้", "needs": "ไม่มี", "sensitive_consent": "ได้",
         "name": "สมบัติ ศรีภูมิ", "phone": "0861234507", "confirm": "ถูก"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "no_referrals": ["hiv_aid", "mental_health_care"],
                "name": "สมบัติ", "phone": "0861234507"},
        one_part=True,
    ),
    # Isan man in Chonburi whose younger brother is in a wheelchair since a factory
    # accident; both lost work. They still have the room to the end of the month, so
    # not urgent (002: "ถ้าเป็นกรณีที่พักอาศัยอยู่ ไม่เร่งด่วน"). 2 travellers, the brother
    # disabled; the carer travels with him, so no officer escort is needed (he says so
    # plainly). Asks for the disability allowance (000 2.3 เบี้ยคนพิการ 800 บาท). -> case.
    "Carer with brother in wheelchair": Persona(
        ("สวัสดีครับ ผมเขียนแทนน้องชายด้วยนะครับ",
         "น้องผมนั่งวีลแชร์ครับ โดนเครื่องจักรทับขาที่โรงงานตั้งแต่ปีที่แล้ว ตอนนี้โรงงานเลิกจ้างทั้งผมทั้งน้อง",
         "อยากพาน้องกลับบ้านกาฬสินธุ์ครับ แต่บ่มีเงินค่ารถเลย"),
        {"consent": "ได้ครับ ยินยอม", "idle": "อยากขอค่ารถพาน้องกลับบ้านครับ",
         "hardship": "ตกงานทั้งสองคนครับ เงินเก็บหมดแล้ว ค่ารถกลับบ้านบ่มี",
         "id_card": "มีบัตรประชาชนทั้งสองคนครับ", "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ", "current_province": "อยู่ชลบุรีครับ แถวบ่อวิน",
         "home_province": "กาฬสินธุ์ครับ", "travellers": "2 คนครับ ผมกับน้อง",
         "urgent": "ยังมีห้องนอนอยู่ครับ จ่ายค่าห้องถึงสิ้นเดือน ไม่ได้ต้องออกพรุ่งนี้",
         "special_needs": "น้องชายพิการครับ ขาใช้ไม่ได้ต้องนั่งวีลแชร์",
         "travel_alone": "ไปด้วยกันครับ ผมเข็นน้องเอง ไม่ต้องมีเจ้าหน้าที่ไปด้วย",
         "needs": "น้องยังไม่ได้เบี้ยคนพิการครับ อยากให้ช่วยเรื่องเบี้ยคนพิการด้วย",
         "sensitive_consent": "บันทึกได้ครับ",
         "name": "ประเสริฐ ภูผาลา", "phone": "0934417762", "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "กาฬสินธุ์",
                "travellers": 2, "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance"], "no_referrals": ["hiv_aid"],
                "name": "ประเสริฐ", "phone": "0934417762"},
    ),
    # Father of a family: wife 7 months pregnant, children 6 and 3; the site camp in
    # Rayong closes and they must be out tomorrow morning -> urgent (must leave within
    # 24 hours). He first says 4, then corrects himself: 5, his mother-in-law (64) comes
    # too -> elderly. Typed his phone wrong in Thai digits and fixes it at the summary.
    # -> case, 5 travellers, special child, elderly, pregnant.
    "Family of five, recount and phone fix": Persona(
        ("สวัสดีครับ แคมป์ก่อสร้างปิด ต้องย้ายออกพรุ่งนี้เช้า ไม่มีเงินพาครอบครัวกลับบ้านครับ",),
        {"consent": "ได้ครับ", "idle": "ขอความช่วยเหลือค่ารถกลับบ้านครับ",
         "hardship": "ผู้รับเหมาไม่จ่ายค่าแรงสองเดือนครับ เงินไม่มีเลย ค่ารถก็ไม่มี",
         "id_card": "มีครับ มีบัตรประชาชน", "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ", "current_province": "ระยองครับ",
         "home_province": "ศรีสะเกษครับ อำเภอกันทรลักษ์",
         "travellers": "4 คนครับ ผม เมีย ลูกสองคน เดี๋ยวนะครับ ไม่ใช่ 5 คน ลืมนับแม่ยาย แม่ยายไปด้วย",
         "urgent": "แคมป์ให้ออกพรุ่งนี้เช้าครับ หลังจากนั้นไม่มีที่อยู่",
         "special_needs": "เมียท้อง 7 เดือนครับ ลูกอายุ 6 ขวบกับ 3 ขวบ แม่ยายอายุ 64",
         "travel_alone": "ไปด้วยกันทั้งหมดครับ",
         "needs": "ไม่มีแล้วครับ ขอบคุณครับ", "sensitive_consent": "ได้ครับ",
         "name": "วีระพงษ์ สายทอง", "phone": "๐๘๙๒๒๑๗๗๕๔",
         "confirm": "เบอร์ผิดครับ ที่ถูกคือ 0892217745"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "ศรีสะเกษ",
                "travellers": 5, "urgent": True,
                "special": ["child", "elderly", "pregnant"],
                "name": "วีระพงษ์", "phone": "0892217745"},
    ),
    # Man released from Bang Kwang prison (Nonthaburi) last week; a friend lets him
    # sleep in his room tonight only, the friend's girlfriend comes back tomorrow ->
    # must leave within 24 hours -> urgent. Southern dialect, whole story in one message.
    # Asks for help finding a job (000 3.2 การรับลงทะเบียนและการจัดหางานให้แก่...ผู้พ้นโทษ).
    # -> case.
    "Released man, friend's room tonight only": Persona(
        ("สวัสดีครับ ผมเพิ่งพ้นโทษออกจากบางขวางอาทิตย์ก่อน หลาวนี้อาศัยห้องเพื่อนอยู่นนทบุรี เพื่อนให้นอนได้แค่คืนนี้คืนเดียว พรุ่งนี้แฟนเพื่อนกลับมาผมต้องออก ตังค่ารถกลับบ้านนครไม่มีสักบาทเลยครับ บัตรประชาชนมีอยู่ครับ",),
        {"consent": "ได้ครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีตังเลยครับ งานก็ยังไม่ได้",
         "id_card": "มีครับ", "nationality_letter": "มีบัตรแล้วครับ",
         "nationality": "ไทยครับ", "current_province": "นนทบุรีครับ",
         "home_province": "นครศรีธรรมราชครับ ทุ่งสง",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "คืนนี้นอนห้องเพื่อนได้คืนเดียว พรุ่งนี้ไม่มีที่ไปแล้วครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้งานทำครับ ช่วยหางานให้ได้ม้าย",
         "sensitive_consent": "ได้ครับ",
         "name": "อนุชา แก้วประดับ", "phone": "0817730451", "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"],
                "no_referrals": ["hiv_aid", "mental_health_care"],
                "name": "อนุชา", "phone": "0817730451"},
    ),
    # Woman from Phrae who came to cook in her nephew's shop in Chiang Mai; the shop
    # closed and the nephew left. The abbot lets her sleep in the temple hall as long as
    # she needs -> she has shelter, not urgent (002 non-urgent: within 15 days). She
    # first says she is 58, then corrects: born 2507, now 62 -> elderly. คำเมือง.
    # Asks about the old-age allowance (000 2.2 เบี้ยยังชีพผู้สูงอายุ). -> case.
    "Auntie at temple, corrects her age": Persona(
        ("สวัสดีเจ้า",
         "ป้าอยู่เจียงใหม่เจ้า มาอยู่กับหลานจายเปิดร้านข้าวซอย ร้านเจ๊งแล้ว หลานหนีไปแล้ว ป้าอยากปิ๊กบ้านแพร่ บ่มีสตางค์ค่ารถเจ้า"),
        {"consent": "ได้เจ้า", "idle": "อยากปิ๊กบ้านเจ้า บ่มีค่ารถ",
         "hardship": "บ่มีสตางค์เลยเจ้า ค่ารถก็บ่มี",
         "id_card": "มีบัตรประชาชนเจ้า", "nationality_letter": "มีบัตรเจ้า",
         "nationality": "คนไทยเจ้า", "current_province": "เจียงใหม่เจ้า",
         "home_province": "แพร่เจ้า",
         "travellers": "ป้าคนเดียวเจ้า",
         "urgent": "ตอนนี้นอนศาลาวัดเจ้า หลวงพ่อหื้อนอนได้จนกว่าจะได้ปิ๊กบ้าน บ่ฟั่งเจ้า",
         "special_needs": "ป้าอายุ 58 เจ้า เอ๊ะ บ่ใช่ ขอแก้เจ้า ป้าเกิด 2507 ปีนี้ 62 แล้ว",
         "travel_alone": "ไปได้เจ้า ขึ้นรถบัสเป็น",
         "needs": "เบี้ยคนเฒ่าป้าบ่เคยได้เลยเจ้า อยากได้เบี้ยยังชีพผู้สูงอายุ",
         "sensitive_consent": "ได้เจ้า",
         "name": "บัวตอง ใจหล้า", "phone": "0897715026", "confirm": "ถูกแล้วเจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แพร่",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "no_referrals": ["hiv_aid"],
                "name": "บัวตอง", "phone": "0897715026"},
    ),
    # Young woman in Pattaya whose bag (money) was snatched; her ID card was in her
    # trouser pocket. The police let her sit in the station tonight; nowhere to sleep ->
    # urgent. Opens with a sticker, answers one thing at a time. -> case.
    "Robbed woman sitting at police station": Persona(
        ("(สติกเกอร์)",),
        {"consent": "ตกลงค่ะ", "idle": "โดนวิ่งราวกระเป๋าค่ะ เงินหมด",
         "hardship": "เงินอยู่ในกระเป๋าหมดเลยค่ะ ไม่มีค่ารถกลับบ้าน",
         "id_card": "บัตรยังอยู่ค่ะ อยู่กระเป๋ากางเกง",
         "nationality_letter": "มีบัตรค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "พัทยาค่ะ ชลบุรี", "home_province": "เพชรบูรณ์",
         "travellers": "คนเดียวค่ะ",
         "urgent": "คืนนี้นั่งอยู่ที่โรงพักค่ะ ไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "กนกวรรณ มีสุข", "phone": "0628830194", "confirm": "ถูกค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": ["hiv_aid", "mental_health_care"],
                "name": "กนกวรรณ", "phone": "0628830194"},
        one_part=True,
    ),
    # Man who lost a leg, staying at a protection centre for the destitute of the
    # ministry (พม.) in Pathum Thani; he may stay there until he goes home -> shelter,
    # not urgent. Disabled, travels alone on crutches. Asks for the disability allowance
    # and, asked again, a new crutch (000 2.3 จัดหาและซ่อมแซมกายอุปกรณ์). -> case.
    "Amputee at ministry shelter, one thing": Persona(
        ("สวัสดีครับ",),
        {"consent": "ได้ครับ", "idle": "อยากกลับบ้านครับ ไม่มีค่ารถ",
         "hardship": "ไม่มีเงินครับ ไม่มีงาน",
         "id_card": "มีครับ", "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทย", "current_province": "ปทุมธานีครับ",
         "home_province": "สุรินทร์",
         "travellers": "คนเดียว",
         "urgent": "พักอยู่ศูนย์คุ้มครองคนไร้ที่พึ่งของ พม. ครับ อยู่ได้จนกว่าจะกลับ ไม่รีบ",
         "special_needs": "ขาขาดข้างนึงครับ ใช้ไม้ค้ำ",
         "travel_alone": "ไปเองได้ครับ ขึ้นรถทัวร์เองได้",
         "needs": ("อยากได้เบี้ยคนพิการครับ",
                   "ไม้ค้ำยันหักแล้ว อยากได้อันใหม่ครับ"),
         "sensitive_consent": "ได้ครับ",
         "name": "สุเทพ บุญเรือง", "phone": "0950248836", "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "สุรินทร์",
                "travellers": 1, "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance", "disability_devices"],
                "name": "สุเทพ", "phone": "0950248836"},
        one_part=True,
    ),
    # Woman laid off in Nakhon Pathom; asks first what documents are needed, and in the
    # middle whether there is a fee (002: ไม่มีค่าธรรมเนียม). Room paid to month end ->
    # not urgent. Asks for vocational training (000 3.1 ฝึกอาชีพ). -> case.
    "Asks documents first, fee in the middle": Persona(
        ("ขอถามหน่อยค่ะ ขอเงินค่ารถกลับบ้าน ต้องใช้เอกสารอะไรบ้างคะ",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "โดนเลย์ออฟค่ะ เงินหมดแล้ว ค่ารถกลับบ้านไม่มี ว่าแต่ต้องเสียค่าธรรมเนียมอะไรไหมคะ",
         "id_card": "มีบัตรประชาชนค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "นครปฐมค่ะ อ.สามพราน",
         "home_province": "พิษณุโลกค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "ยังมีห้องอยู่ค่ะ จ่ายค่าห้องถึงสิ้นเดือน ไม่รีบค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากฝึกอาชีพค่ะ พวกช่างเสริมสวยหรือทำอาหาร",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ศิริพร นาคสวัสดิ์", "phone": "0845590317", "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "พิษณุโลก",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_training"], "no_referrals": ["hiv_aid"],
                "name": "ศิริพร", "phone": "0845590317"},
    ),
    # Isan man in Bangkok, two nights at the railway station -> no place to sleep,
    # urgent. Says home is Sisaket, then corrects: his parents moved to his sister's in
    # Yasothon and he goes there (002: ภูมิลำเนาเดิม "ให้หมายความรวมถึงภูมิลำเนาของญาติ").
    # Fixes his own first name once the request is sent. -> case, home Yasothon.
    "Changes home to sister's, fixes name after": Persona(
        ("สวัสดีครับ", "ผมนอนสถานีรถไฟมาสองคืนแล้วครับ เงินหมด อยากกลับบ้าน"),
        {"consent": "ได้ครับ", "idle": "อยากได้ค่ารถกลับบ้านครับ",
         "hardship": "งานก่อสร้างหมดครับ ไม่มีเงินเลย",
         "id_card": "มีบัตรครับ", "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ", "current_province": "กรุงเทพครับ",
         "home_province": "ศรีสะเกษครับ เดี๋ยวนะ ไม่ใช่ๆ พ่อแม่ย้ายไปอยู่บ้านน้องสาวที่ยโสธรแล้ว ผมจะไปยโสธรครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่มีที่นอนครับ นอนสถานีรถไฟ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "name": "ทองใบ แก้วมณี", "phone": "0873306621", "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยโสธร",
                "travellers": 1, "urgent": True, "special": [],
                "name": "ทองใส", "phone": "0873306621"},
        after=("ขอแก้ชื่อครับ พิมพ์ผิด ชื่อทองใส ไม่ใช่ทองใบ",),
    ),
    # Young mother in Samut Prakan; the landlord locked the room, a friend lets her and
    # the baby sleep tonight only -> urgent. Says 3 travellers, then "ขอแก้" 2: the
    # husband left. Baby 1 year -> child. Story over several messages, no spaces.
    # -> case, 2 travellers.
    "Mother corrects count, husband left": Persona(
        ("สวัสดีค่ะ",
         "เจ้าของห้องล็อคห้องค่ะค้างค่าเช่าสองเดือน",
         "คืนนี้ขอนอนห้องเพื่อนได้คืนเดียวค่ะพรุ่งนี้ต้องไปแล้ว อยากกลับบ้านนครพนมกับลูกค่ะ"),
        {"consent": "ได้ค่ะ", "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ะแฟนทิ้งไปแล้วไม่มีรายได้เลย",
         "id_card": "มีค่ะ", "nationality_letter": "มีบัตรค่ะ", "nationality": "ไทย",
         "current_province": "สมุทรปราการค่ะ บางพลี", "home_province": "นครพนมค่ะ",
         "travellers": "3คนค่ะ ฉัน แฟน ลูก ขอแก้ค่ะ 2คน แฟนไม่ไปแล้วเค้าทิ้งไปแล้ว",
         "urgent": "นอนห้องเพื่อนได้แค่คืนนี้ค่ะ พรุ่งนี้ไม่มีที่นอน",
         "special_needs": "ลูกอายุขวบนึงค่ะ",
         "travel_alone": "ไปกับลูกได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "น้ำฝน จันทร์หอม", "phone": "0641187735", "confirm": "ถูกค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "นครพนม",
                "travellers": 2, "urgent": True, "special": ["child"],
                "name": "น้ำฝน", "phone": "0641187735"},
    ),
    # Mother with a 5-year-old discharged from Srinagarind hospital (Khon Kaen) after
    # dengue, still weak; two nights on a chair by the ward, discharged today, nowhere to
    # sleep -> urgent. Child and sick. Isan. -> case, 2 travellers.
    "Mother and sick child on ward chair": Persona(
        ("สวัสดีจ้า ลูกป่วยเป็นไข้เลือดออกมานอนโรงบาลศรีนครินทร์ ขอนแก่น หมอให้กลับบ้านมื้อนี้ แต่บ่มีเงินค่ารถกลับบึงกาฬจ้า",),
        {"consent": "ได้จ้า", "idle": "ขอค่ารถกลับบ้านจ้า",
         "hardship": "เงินหมดแล้วจ้า หมดไปกับค่ากินค่าอยู่ตอนเฝ้าลูก",
         "id_card": "มีบัตรจ้า", "nationality_letter": "มีบัตรจ้า",
         "nationality": "ไทยจ้า", "current_province": "ขอนแก่นจ้า",
         "home_province": "บึงกาฬจ้า", "travellers": "2 คน แม่กับลูก",
         "urgent": "นอนเก้าอี้หน้าวอร์ดมาสองคืนแล้วจ้า มื้อนี้ออกจากโรงบาลแล้ว บ่มีบ่อนนอน",
         "special_needs": "ลูกอายุ 5 ขวบ ยังป่วยอยู่ อ่อนเพลีย",
         "travel_alone": "ไปนำกันได้จ้า แม่ดูแลลูกเอง",
         "needs": "บ่มีจ้า", "sensitive_consent": "บันทึกได้จ้า",
         "name": "สุภาพร ดวงจันทร์", "phone": "0806652913", "confirm": "ถูกแล้วจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "บึงกาฬ",
                "travellers": 2, "urgent": True, "special": ["child", "sick"],
                "name": "สุภาพร", "phone": "0806652913"},
    ),
    # Daughter in Uttaradit writes for her father, 81, who got lost in Bangkok and has
    # sat in a police station since last night -> no place to sleep, urgent. He travels
    # alone and cannot (002 ข้อ ๖(๓) "ไม่อาจเดินทางกลับภูมิลำเนาเดิมได้โดยลำพัง เนื่องจาก
    # อายุ"). Not sick, she says. One thing at a time. Name is the father's, phone hers.
    "Daughter for lost father at police station": Persona(
        ("สวัสดีค่ะ ขอถามแทนพ่อค่ะ",),
        {"consent": "ได้ค่ะ", "idle": "พ่อหลงทางอยู่กรุงเทพค่ะ ไม่มีเงินกลับบ้าน",
         "hardship": "พ่อไม่มีเงินเลยค่ะ หนูก็ไม่มีจะส่งให้",
         "id_card": "พ่อมีบัตรค่ะ ตำรวจดูให้แล้ว", "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "พ่ออยู่โรงพักบางซื่อ กรุงเทพค่ะ",
         "home_province": "อุตรดิตถ์ค่ะ",
         "travellers": "พ่อคนเดียวค่ะ หนูไปรับไม่ได้",
         "urgent": "พ่อนั่งอยู่โรงพักตั้งแต่เมื่อคืนค่ะ ไม่มีที่นอน",
         "special_needs": "พ่ออายุ 81 ค่ะ ไม่ได้ป่วยอะไร แต่แก่มากแล้ว",
         "travel_alone": "ไม่ได้ค่ะ พ่อไปคนเดียวไม่ได้ ต้องมีคนพาไป",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "บุญมา ทองดี", "phone": "0659920184", "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุตรดิตถ์",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "elderly"],
                "name": "บุญมา", "phone": "0659920184"},
        one_part=True,
    ),
    # Man, 66, released today from the Nakhon Ratchasima central prison; his ID card was
    # lost inside, but he has the district's letter certifying Thai nationality and
    # residence (002 เงื่อนไข ๒). Does not know where to sleep tonight -> urgent.
    # Wants a new ID card (000 1 จัดทำบัตรประชาชนให้...ผู้พ้นโทษ) and the old-age
    # allowance. One thing at a time. -> case.
    "Released elder with nationality letter": Persona(
        ("ครับ",),
        {"consent": "ได้", "idle": "ออกจากคุกวันนี้ อยากกลับบ้าน",
         "hardship": "ไม่มีเงิน",
         "id_card": "ไม่มี หายตอนอยู่ข้างใน",
         "nationality_letter": "มี หนังสือรับรองที่อำเภอออกให้ ว่าเป็นคนไทย อยู่ชัยภูมิจริง",
         "nationality": "ไทย", "current_province": "โคราช",
         "home_province": "ชัยภูมิ", "travellers": "คนเดียว",
         "urgent": "คืนนี้ยังไม่รู้จะนอนไหน",
         "special_needs": "อายุ 66", "travel_alone": "ไปเองได้",
         "needs": ("ทำบัตรประชาชนใหม่", "เบี้ยคนแก่ด้วย"),
         "sensitive_consent": "ได้",
         "name": "ลุงเฉลิม พรมมา", "phone": "๐๙๘๓๓๔๑๒๐๗", "confirm": "ถูก"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["id_card", "elderly_allowance"],
                "name": "เฉลิม", "phone": "0983341207"},
        one_part=True,
    ),
    # Deaf man in Phuket (writes in sign-language word order, short). Restaurant job
    # lost, room contract ends and he must leave tomorrow morning -> urgent. Disabled,
    # travels alone. Wants a job with a firm that hires people with disabilities (000
    # 2.3 สถานประกอบการที่มีบุคลากร 100 คน ต้องมีการจ้างคนพิการ). -> case.
    "Deaf man, short words, one thing": Persona(
        ("ช่วย ด้วย",),
        {"consent": "ได้", "idle": "ผม หูหนวก งาน ไม่มี เงิน ไม่มี กลับบ้าน อยาก",
         "hardship": "เงิน หมด ค่ารถ ไม่มี",
         "id_card": "บัตร มี", "nationality_letter": "บัตร มี", "nationality": "ไทย",
         "current_province": "ภูเก็ต", "home_province": "บ้าน ตรัง",
         "travellers": "ผม คนเดียว",
         "urgent": "ห้อง หมดสัญญา พรุ่งนี้เช้า ออก ต้อง",
         "special_needs": "ผม หูหนวก พูดไม่ได้ พิมพ์ได้ โทรไม่ได้",
         "travel_alone": "ไป เอง ได้ รถทัวร์ เป็น",
         "needs": "งาน อยากได้ บริษัท รับ คนพิการ",
         "sensitive_consent": "ได้",
         "name": "ธนากร ศรีสุข", "phone": "0956612083 ส่งข้อความ โทร ไม่ได้",
         "confirm": "ถูก"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ตรัง",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "referrals": ["disability_employment"],
                "name": "ธนากร", "phone": "0956612083"},
        one_part=True,
    ),
    # Blind masseur in Bangkok, voice typing (no punctuation, "เว้นวรรค" typed out).
    # The massage shop closed; a monk lets him sleep at the temple tonight only, he must
    # leave tomorrow -> urgent (unlike the auntie at the temple above). Cannot travel
    # alone (002 ข้อ ๖(๓)). Asks for hospital massage work (000 5.3). -> case.
    "Blind masseur, voice typing, temple 1 night": Persona(
        ("สวัสดีครับผมตาบอดครับใช้พิมพ์ด้วยเสียงนะครับ เว้นวรรค ร้านนวดที่ผมทำงานปิดแล้วครับไม่มีเงินกลับบ้านอุบลครับ",),
        {"consent": "ได้ครับยินยอมครับ", "idle": "อยากขอเงินค่ารถกลับบ้านอุบลครับ",
         "hardship": "ไม่มีรายได้เลยครับร้านปิดเงินเดือนสุดท้ายก็ไม่ได้",
         "id_card": "มีบัตรประชาชนครับ", "nationality_letter": "มีบัตรครับ",
         "nationality": "คนไทยครับ", "current_province": "กรุงเทพมหานครครับ",
         "home_province": "อุบลราชธานีครับ", "travellers": "ผมคนเดียวครับ",
         "urgent": "ตอนนี้พักวัดครับหลวงพี่ให้นอนได้แค่คืนนี้พรุ่งนี้ต้องออกครับ",
         "special_needs": "ผมตาบอดสองข้างครับ",
         "travel_alone": "ไปคนเดียวไม่ได้ครับต้องมีคนพาขึ้นรถพาลงรถ",
         "needs": "อยากได้งานนวดครับได้ยินว่าโรงพยาบาลจ้างหมอนวดแผนไทย",
         "sensitive_consent": "ได้ครับ",
         "name": "สมหมาย พิมพ์ดี", "phone": "081 774 2290", "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "disabled"],
                "referrals": ["thai_massage_training"],
                "name": "สมหมาย", "phone": "0817742290"},
    ),
    # Grandmother, 67, raising grandchildren while their mother is in prison; in Samut
    # Sakhon, the owner lets them stay another week -> shelter, not urgent. Asks mid-way
    # whether the children's fares are paid too. At the summary she fixes the count: the
    # eldest grandchild (15) comes too -> 4 travellers. Asks for the grant for elderly in
    # hardship (000 2.2 ครั้งละ 2,500 บาท). -> case.
    "Grandma with grandkids, fixes count at end": Persona(
        ("สวัสดีจ้ะ ยายเลี้ยงหลานอยู่ แม่มันติดคุก ยายอยากพาหลานกลับบ้านกาฬสินธุ์ ไม่มีเงินเลยจ้ะ",),
        {"consent": "ได้จ้ะ", "idle": "อยากได้ค่ารถพาหลานกลับบ้านจ้ะ",
         "hardship": "ไม่มีรายได้จ้ะ ยายรับจ้างล้างจานเขาก็เลิกจ้างแล้ว",
         "id_card": "ยายมีบัตรจ้ะ", "nationality_letter": "มีบัตรจ้ะ",
         "nationality": "ไทยจ้ะ", "current_province": "สมุทรสาครจ้ะ มหาชัย",
         "home_province": "กาฬสินธุ์จ้ะ",
         "travellers": "3 คนจ้ะ ยายกับหลาน 2 คน แล้วหลานต้องเสียค่ารถเองไหมจ๊ะ เขาช่วยค่ารถหลานด้วยหรือเปล่า",
         "urgent": "เจ้าของห้องให้อยู่ได้อีกอาทิตย์นึงจ้ะ ยังไม่ต้องออก",
         "special_needs": "ยายอายุ 67 หลานอายุ 8 ขวบกับ 11 ขวบจ้ะ",
         "travel_alone": "ไปด้วยกันได้จ้ะ",
         "needs": "อยากได้เงินช่วยคนแก่ที่ลำบากจ้ะ ได้ยินว่ามีให้ครั้งละสองพันห้า",
         "sensitive_consent": "ได้จ้ะ",
         "name": "ยายทองคำ ศรีบุญเรือง", "phone": "0872245019",
         "confirm": "ขอแก้จ้ะ ไป 4 คน ลืมหลานคนโตอายุ 15 ไปด้วยอีกคน"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "กาฬสินธุ์",
                "travellers": 4, "urgent": False, "special": ["child", "elderly"],
                "referrals": ["elderly_hardship_grant"],
                "name": "ทองคำ", "phone": "0872245019"},
    ),
    # --- refusals -------------------------------------------------------------------
    # Myanmar worker in Samut Sakhon with a pink card, wants to go home to Myawaddy.
    # 002 ข้อ ๔: ผู้ตกทุกข์ได้ยาก = "บุคคลผู้มีสัญชาติไทย" -> refused (nationality).
    "Myanmar worker, pink card, one thing": Persona(
        ("ค่ารถ ช่วยได้ไหม",),
        {"consent": "ได้", "idle": "อยากกลับบ้าน", "hardship": "เงินไม่มี",
         "id_card": "บัตรชมพู มี", "nationality_letter": "ไม่มี",
         "nationality": "พม่า ไม่ใช่คนไทย", "current_province": "มหาชัย",
         "home_province": "เมียวดี พม่า", "travellers": "คนเดียว",
         "urgent": "มีห้อง", "special_needs": "ไม่มี", "travel_alone": "ได้",
         "needs": "ไม่มี", "sensitive_consent": "ได้",
         "name": "ซอ วิน", "phone": "0923381470", "confirm": "ถูก"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
        one_part=True,
    ),
    # Lao woman married to a Thai man; first says she is Thai, then corrects herself:
    # she is Lao and has not got Thai nationality. 002 ข้อ ๔ requires Thai nationality
    # -> refused (nationality).
    "Says Thai, then corrects: Lao": Persona(
        ("สวัสดีค่ะ สามีตกงาน อยากกลับบ้านสามีที่หนองคายค่ะ ไม่มีค่ารถ",),
        {"consent": "ได้ค่ะ", "idle": "ขอค่ารถกลับหนองคายค่ะ",
         "hardship": "ไม่มีเงินค่ะ สามีตกงาน",
         "id_card": "มีบัตรค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ เดี๋ยวนะคะ ขอแก้ค่ะ จริงๆฉันเป็นคนลาว แต่งงานกับคนไทย ยังไม่ได้สัญชาติไทยค่ะ บัตรที่มีเป็นบัตรต่างด้าว",
         "current_province": "กรุงเทพค่ะ", "home_province": "หนองคายค่ะ",
         "travellers": "ฉันคนเดียวค่ะ สามีไปทีหลัง", "urgent": "ยังมีห้องค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "คำแพง", "phone": "0618824405", "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),
    # Man in Songkhla who lost his wallet with the card; has no card and no letter of
    # any kind and has not been to the district office. 002 เงื่อนไข ๑-๒: card, or a
    # letter certifying Thai nationality -> refused (card).
    "No card and no letter at all": Persona(
        ("สวัสดีครับ กระเป๋าตังหายครับ บัตรก็หาย เงินก็หาย อยากกลับบ้านสุราษฎร์",),
        {"consent": "ได้ครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินเลยครับ",
         "id_card": "ไม่มีครับ หายไปกับกระเป๋าตัง",
         "nationality_letter": "ไม่มีครับ ไม่มีหนังสืออะไรเลย ยังไม่ได้ไปอำเภอ ไม่มีเอกสารอะไรสักอย่าง",
         "nationality": "ไทยครับ", "current_province": "หาดใหญ่ สงขลาครับ",
         "home_province": "สุราษฎร์ธานีครับ", "travellers": "คนเดียวครับ",
         "urgent": "นอนร้านเพื่อนได้ครับ ไม่รีบ", "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "name": "ชัยวัฒน์ ทองสม", "phone": "0827714630", "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "บัตร"},
    ),
    # Son asking for his mother (70), visiting him in Bangkok; she has the fare and a
    # place to stay, he just wants to know "in case". None of the three hardship
    # criteria of 002 -> refused (no hardship).
    "Son asks for mum, has money, just in case": Persona(
        ("สอบถามครับ แม่ผมมาเที่ยวกรุงเทพ อยากรู้ว่าขอค่ารถกลับบ้านได้ไหมครับ",),
        {"consent": "ได้ครับ", "idle": "ถามเผื่อไว้ครับ ค่ารถกลับบ้านแม่",
         "hardship": "ไม่ได้ลำบากอะไรครับ มีเงินค่ารถพอ แม่พักบ้านผม กินอยู่ปกติ แค่อยากได้เผื่อไว้",
         "id_card": "แม่มีบัตรครับ", "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ", "current_province": "กรุงเทพครับ",
         "home_province": "ลำปางครับ", "travellers": "แม่คนเดียวครับ",
         "urgent": "ไม่รีบครับ พักบ้านผมได้สบาย", "special_needs": "แม่อายุ 70 ครับ",
         "travel_alone": "ไปเองได้ครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "แม่ศรีนวล คำปัน", "phone": "0896630218", "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"},
    ),
    # Elderly woman already at her home in Udon Thani, short of rice; she is not going
    # anywhere. The aid sends a person back to the home province; she is there already
    # -> refused (home province). One thing at a time.
    "Elder already at home in Udon, one thing": Persona(
        ("สวัสดีจ้า",),
        {"consent": "ได้", "idle": "ข้าวสารหมด", "hardship": "บ่มีเงินซื้อข้าว",
         "id_card": "มีบัตร", "nationality_letter": "มีบัตร", "nationality": "ไทย",
         "current_province": "อยู่บ้านอุดรแล้ว", "home_province": "อุดรธานี",
         "travellers": "บ่ได้ไปไส อยู่บ้านแล้ว", "urgent": "มีบ้านอยู่",
         "special_needs": "อายุ 74", "travel_alone": "บ่ได้ไปไส",
         "needs": "ไม่มี", "sensitive_consent": "ได้",
         "name": "ยายคำปุน", "phone": "0854419027", "confirm": "ถูก"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"},
        one_part=True,
    ),
    # Woman who starts "in Rayong, going home to Chanthaburi", then corrects: her brother
    # fetched her yesterday and she is at her mother's house in Chanthaburi now. Already
    # at home -> refused (home province).
    "Corrects: already back home in Chanthaburi": Persona(
        ("สวัสดีค่ะ อยู่ระยองค่ะ อยากขอค่ารถกลับจันทบุรี",
         "เดี๋ยวนะคะ ขอแก้ค่ะ ไม่ใช่ระยอง ตอนนี้อยู่บ้านแม่ที่จันทบุรีแล้ว น้องชายขับรถไปรับมาเมื่อวาน แต่ไม่มีเงินใช้เลยค่ะ"),
        {"consent": "ได้ค่ะ", "idle": "ไม่มีเงินใช้ค่ะ",
         "hardship": "ตกงานค่ะ ไม่มีเงิน",
         "id_card": "มีค่ะ", "nationality_letter": "มีบัตรค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "จันทบุรีค่ะ อยู่บ้านแม่แล้ว",
         "home_province": "จันทบุรีค่ะ", "travellers": "ไม่ได้ไปไหนแล้วค่ะ ถึงบ้านแล้ว",
         "urgent": "อยู่บ้านแม่ค่ะ มีที่นอน", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไม่ได้เดินทางแล้วค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "รัตนา เพ็ชรรัตน์", "phone": "0631150928", "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"},
    ),
}
