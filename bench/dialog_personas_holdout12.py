"""Persona set holdout12 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: the whole range of users: stranded workers, released prisoners (young and old),
elderly, families with small children, people fleeing violence or threats, pregnant,
sick and disabled travellers, not-Thai workers, people with no papers at all, people
already at home or not in hardship, people who only ask a question; typos, regional
speech (Isan, northern, southern), slang, Thai digits, voice typing, nicknames of
provinces (โคราช, อุบล, นครศรีฯ, หาดใหญ่, พัทยา, หัวลำโพง), a phone fix at confirmation.
Counts: 24 personas; 15 eligible (case), 5 refused, 4 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import HEALTH, Persona

PERSONAS: dict[str, Persona] = {
    # Isan builder left unpaid, sleeping at the Mo Chit bus terminal; everything in one
    # long message, home province misspelt (ศรีษะเกษ). Criteria 2 and 3, ID card: case,
    # urgent (no place tonight). Asks for work near home -> job placement.
    "holdout12 isan builder at mo chit, whole story in one message": Persona(
        ("สวัสดีครับ",
         "ผมมาทำงานก่อสร้างที่กรุงเทพ ผู้รับเหมาหนีไม่จ่ายค่าแรงเลยครับตอนนี้นอนอยู่หมอชิตมา2คืน"
         "แล้วไม่มีเงินซื้อตั๋วกลับบ้านที่ศรีษะเกษ บัตรประชาชนมีครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ข้าวก็ยังไม่ได้กินเลยตั้งแต่เมื่อวาน",
         "id_card": "มีครับ",
         "current_province": "กรุงเทพครับ อยู่หมอชิต",
         "home_province": "ศรีษะเกษครับ อ.กันทรลักษ์",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ก็ต้องนอนท่ารถอีก",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "ถ้ามีงานแถวบ้านก็อยากได้ครับ รับจ้างอะไรก็ได้",
         "name": "สมศักดิ์ครับ 0934567812",
         "phone": "0934567812",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "name": "สมศักดิ์",
                "phone": "0934567812"}),

    # Released yesterday from Khlong Prem (Bangkok), ID card made inside (Source A:
    # DOPA issues cards to inmates). No fare to Chiang Rai, nowhere to sleep. Must report
    # to probation and wants a job: Source A 7.2 and 3.2. Asks about a fee mid-way.
    "holdout12 released from khlong prem, chiang rai, probation and job": Persona(
        ("พึ่งพ้นโทษออกมาจากเรือนจำคลองเปรมเมื่อวานครับ",
         "อยากกลับบ้านที่เชียงรายแต่ไม่มีตังค่ารถเลย ทางนี้ช่วยได้มั้ยครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือค่ารถครับ",
         "hardship": "ไม่มีเงินค่ารถครับ ติดตัวมาเหลือ 40 บาท ต้องเสียค่าอะไรไหมครับ",
         "id_card": "มีครับ เพิ่งทำใหม่ตอนอยู่ข้างใน",
         "current_province": "อยู่กทม.ครับ แถวงามวงศ์วาน",
         "home_province": "เชียงรายครับ อำเภอแม่สาย",
         "travellers": "ไปคนเดียวครับ",
         "urgent": "คืนนี้ยังไม่รู้จะนอนไหนเลยครับ",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ ไม่ปิดบังอะไร",
         "needs": "ต้องไปรายงานตัวคุมประพฤติที่เชียงรายครับ แล้วก็อยากได้งานทำ ไม่อยากกลับไปทำผิดอีกแล้ว",
         "name": "ชื่อเอกครับ เบอร์ 0829914457",
         "phone": "0829914457",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True,
                "referrals": ["probation_support", "job_placement"],
                "name": "เอก", "phone": "0829914457"}),

    # Released from prison in Nakhon Pathom, ID card lost, but carries a village head's
    # letter certifying Thai nationality (Source B condition 2): case. Sleeps at a temple:
    # not urgent. Wants a new ID card (Source A 1.1). Answers one thing per message.
    "holdout12 released prisoner, no card but village head letter, one part": Persona(
        ("ขอความช่วยเหลือครับ",),
        {"consent": "ยินยอม",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีครับ บัตรหายตั้งแต่ก่อนโดนจับ",
         "nationality_letter": "มีครับ หนังสือรับรองจากผู้ใหญ่บ้าน ถือมาด้วย",
         "current_province": "นครปฐมครับ",
         "home_province": "นครพนมครับ",
         "travellers": "1",
         "urgent": "ไม่ด่วนครับ นอนวัดได้อยู่",
         "special_needs": "ไม่มี",
         "travel_alone": "ไปเองได้",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "name": "วิชัยครับ",
         "phone": "0867750213",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "นครปฐม", "home": "นครพนม",
                "travellers": 1, "urgent": False, "referrals": ["id_card"],
                "name": "วิชัย", "phone": "0867750213"}),

    # Grandmother (74) came to see her son in Hat Yai, cannot reach him, money gone,
    # sitting at the train station. Southern/elderly speech. Elderly and cannot travel
    # alone: regulation 6(3) lets an officer travel along. Urgent. Gives a daughter's phone.
    "holdout12 southern grandma stuck in hat yai, cannot go alone": Persona(
        ("ยายพิมพ์ไม่ค่อยเป็นนะลูก",
         "ยายมาหาลูกชายที่หาดใหญ่ ลูกมันย้ายไปไหนแล้วไม่รู้ โทรไม่ติดสักที ตังก็หมดแล้ว "
         "อยากกลับบ้านที่นครศรีฯ"),
        {"consent": "ได้จ้ะ",
         "idle": "อยากกลับบ้านจ้ะลูก",
         "hardship": "ไม่มีตังค่ารถจ้ะ ข้าวก็ไม่ค่อยได้กิน",
         "id_card": "มีจ้ะ บัตรประชาชนยายมี",
         "current_province": "หาดใหญ่จ้ะ",
         "home_province": "นครศรีฯ อำเภอทุ่งสงจ้ะ",
         "travellers": "ยายคนเดียวจ้ะ",
         "urgent": "ตอนนี้นั่งอยู่สถานีรถไฟ คืนนี้ไม่รู้นอนไหนเลยลูก",
         "special_needs": "ยายอายุ 74 แล้วจ้ะ",
         "travel_alone": "ไปคนเดียวไม่ไหวแล้วลูก หลงทางบ่อย",
         "sensitive_consent": "ไม่ต้องหรอกลูก",
         "name": "ยายชื่อบุญมี เบอร์ลูกสาว 0815567789",
         "phone": "0815567789",
         "confirm": "ถูกแล้วจ้ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "name": "บุญมี", "phone": "0815567789"}),

    # Mother fleeing a violent husband with two small children, in Si Racha, going to her
    # mother in Roi Et. No money, no place, unsafe: urgent. 3 travellers, small children.
    "holdout12 mother fleeing violent husband with two kids": Persona(
        ("ช่วยด้วยค่ะ ผัวทำร้ายร่างกาย หนีออกมากับลูกสองคน ตอนนี้อยู่ชลบุรี "
         "อยากกลับไปอยู่กับแม่ที่ร้อยเอ็ดค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ไม่มีที่นอนด้วย ค่ารถก็ไม่มี",
         "id_card": "มีค่ะ หยิบมาได้แค่บัตรกับโทรศัพท์",
         "current_province": "ชลบุรี อ.ศรีราชาค่ะ",
         "home_province": "ร้อยเอ็ดค่ะ",
         "travellers": "3 คนค่ะ หนูกับลูก คนโต 6 ขวบ คนเล็ก 2 ขวบ",
         "urgent": "ด่วนค่ะ กลัวเขาตามมาเจอ วันนี้ได้เลยไหมคะ",
         "special_needs": "ลูกยังเล็กค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ไม่ค่ะ",
         "name": "ฝนค่ะ 0951234876",
         "phone": "0951234876",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด",
                "travellers": 3, "urgent": True, "special": ["child"],
                "name": "ฝน", "phone": "0951234876"}),

    # Pregnant wife (7 months) and husband, both out of work in Patong; room until month
    # end, so not urgent. First asks about the aid, then applies. Corrects the phone at
    # the summary: the corrected number must be kept.
    "holdout12 pregnant wife and husband in phuket, phone fixed at confirm": Persona(
        ("สวัสดีค่ะ", "อยากสอบถามเรื่องเงินช่วยเหลือกลับภูมิลำเนาค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ะ ตอนนี้เดือดร้อนมาก",
         "hardship": "ร้านที่ทำงานปิดค่ะ ตกงานทั้งสองคน ไม่มีรายได้ ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีทั้งสองคนค่ะ",
         "current_province": "ภูเก็ตค่ะ ป่าตอง",
         "home_province": "เพชรบูรณ์ หล่มสักค่ะ",
         "travellers": "2 คนค่ะ หนูกับสามี",
         "urgent": "ยังพอมีห้องอยู่ค่ะ เจ้าของให้อยู่ถึงสิ้นเดือน",
         "special_needs": "หนูท้อง 7 เดือนค่ะ",
         "travel_alone": "ไปได้ค่ะ สามีไปด้วย",
         "sensitive_consent": "ไม่เป็นไรค่ะ",
         "name": "ไอซ์ค่ะ 0623458890",
         "phone": "0623458890",
         "confirm": ("เบอร์ผิดค่ะ ที่ถูกคือ 0623458809", "ถูกต้องแล้วค่ะ")},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เพชรบูรณ์",
                "travellers": 2, "urgent": False, "special": ["pregnant"],
                "name": "ไอซ์", "phone": "0623458809"}),

    # Northern man in Rayong, going home to Nan, northern speech (บ่), stays with a
    # friend: not urgent. Phone in Thai digits. One thing per message.
    "holdout12 northern man in rayong going to nan, thai digits, one part": Persona(
        ("สวัสดีครับ ผมอยากกลับบ้าน บ่มีตังค่ารถครับ",),
        {"consent": "ได้ครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "บ่มีค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "ระยองครับ",
         "home_province": "น่านครับ",
         "travellers": "ไปคนเดียวครับ",
         "urgent": "บ่ด่วนครับ นอนบ้านเปื่อนได้อยู่",
         "special_needs": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "name": "คำแปงครับ",
         "phone": "๐๘๘๕๕๔๓๒๑๐",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ระยอง", "home": "น่าน",
                "travellers": 1, "urgent": False, "special": [],
                "name": "คำแปง", "phone": "0885543210"}),

    # Wheelchair user who came to hospital in Korat and ran out of money; no place
    # tonight; cannot travel alone. Asks about the disability allowance (Source A 2.3).
    "holdout12 wheelchair user in korat going to ubon, disability allowance": Persona(
        ("ผมนั่งวีลแชร์ครับ มาหาหมอที่โคราชแล้วเงินหมด กลับอุบลไม่ได้ ขอความช่วยเหลือได้ไหมครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับครับ",
         "id_card": "มีครับ",
         "current_province": "โคราชครับ",
         "home_province": "อุบลครับ อ.วารินฯ",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ นั่งอยู่หน้าโรงพยาบาล",
         "special_needs": "ผมเป็นคนพิการขาครับ ขึ้นรถทัวร์เองลำบาก",
         "travel_alone": "ไปคนเดียวไม่ได้ครับ ต้องมีคนช่วย",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากรู้เรื่องเบี้ยคนพิการครับ ยังไม่เคยได้เลย",
         "name": "ประสิทธิ์ 0847782231",
         "phone": "0847782231",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True,
                "special": ["disabled", "cannot_travel_alone"],
                "referrals": ["disability_allowance"],
                "name": "ประสิทธิ์", "phone": "0847782231"}),

    # Just discharged from hospital in Khon Kaen after paying the bill, still dizzy, no
    # place: sick and urgent. Home is Loei (answered as the bare word "เลยค่ะ"). Needs
    # continued treatment near home -> medical services. Full name given.
    "holdout12 discharged diabetic in khon kaen going to loei": Persona(
        ("ดิฉันพึ่งออกจากโรงพยาบาลศรีนครินทร์ค่ะ ค่ารักษาจ่ายไปหมดแล้ว ไม่เหลือค่ารถกลับเลย",
         "บ้านอยู่ จ.เลย ค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "ขอนแก่นค่ะ",
         "home_province": "เลยค่ะ อ.ด่านซ้าย",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังเวียนหัวอยู่ค่ะ แล้วก็ไม่มีที่พัก",
         "special_needs": "ป่วยค่ะ เป็นเบาหวาน เพิ่งผ่าตัดนิ้วเท้ามา",
         "travel_alone": "พอไปเองได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "ต้องไปรับยาแล้วก็ล้างแผลต่อที่โรงพยาบาลใกล้บ้านค่ะ",
         "name": "จันทร์เพ็ญ ศรีสุข ค่ะ 0897765432",
         "phone": "0897765432",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["medical_services"],
                "name": "จันทร์เพ็ญ ศรีสุข", "phone": "0897765432"}),

    # Young woman lured by a fake job to Bangkok, money gone; voice-typed, no spaces or
    # punctuation. One night at a friend's, then nothing: urgency left open.
    "holdout12 job scam victim in bangkok, voice typed": Persona(
        ("คือว่าหนูโดนหลอกมาทำงานที่กรุงเทพค่ะบอกว่าจะได้งานร้านอาหารแต่พอมาถึงไม่มีงานจริง"
         "เงินที่มีโอนให้เขาไปหมดแล้วตอนนี้ไม่มีเงินกลับบ้านที่อุดรค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะแล้วก็ไม่มีเงินกินข้าวด้วย",
         "id_card": "มีค่ะ",
         "current_province": "กรุงเทพค่ะแถวบางนา",
         "home_province": "อุดรธานีค่ะอำเภอกุมภวาปี",
         "travellers": "หนึ่งคนค่ะ",
         "urgent": "คืนนี้นอนห้องเพื่อนได้คืนเดียวค่ะพรุ่งนี้ไม่รู้",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ไม่ยินยอมค่ะ",
         "name": "ชื่อพลอยค่ะเบอร์ 081 209 3476",
         "phone": "081 209 3476",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุดรธานี",
                "travellers": 1, "special": [], "no_referrals": list(HEALTH),
                "name": "พลอย", "phone": "0812093476"}),

    # Grandmother (68) with her 4-year-old grandson, the boy's mother never came to
    # Hua Lamphong. No place tonight. Elderly and small child; can travel if given
    # tickets. One thing per message; Thai digits in the count.
    "holdout12 grandma and grandson at hua lamphong going to surin, one part": Persona(
        ("สวัสดีค่ะ",
         "ยายพาหลานมาหาแม่มันที่กรุงเทพ แต่แม่มันไม่มารับ ตังหมดแล้ว อยากกลับสุรินทร์"),
        {"consent": "ได้ค่ะ",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีตังกลับบ้าน",
         "id_card": "มีค่ะ",
         "current_province": "หัวลำโพงค่ะ",
         "home_province": "สุรินทร์",
         "travellers": "๒ คน ยายกับหลาน",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ยายอายุ 68 หลานอายุ 4 ขวบ",
         "travel_alone": "ไปเองได้ค่ะ ขอแค่ตั๋ว",
         "name": "สำรวยค่ะ",
         "phone": "0861239874",
         "confirm": "ถูกค่ะ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 2, "urgent": True, "special": ["elderly", "child"],
                "name": "สำรวย", "phone": "0861239874"}),

    # Young man threatened by loan sharks, fled his rented room in Bang Phli; unsafe:
    # urgent. Slang (คับ). Wants legal advice about the debt: justice centres (Source A
    # 7.1). One thing per message.
    "holdout12 man fleeing loan sharks in samut prakan, one part": Persona(
        ("พี่คับ ผมโดนเจ้าหนี้นอกระบบตามทวง ขู่จะทำร้าย ต้องหนีออกจากห้องเช่าที่สมุทรปราการ ไม่มีตังเลยคับ",),
        {"consent": "คับ ยินยอม",
         "idle": "อยากกลับบ้านคับ",
         "hardship": "ไม่มีที่อยู่คับ",
         "id_card": "มีคับ",
         "current_province": "สมุทรปราการ แถวบางพลี",
         "home_province": "บุรีรัมย์คับ นางรอง",
         "travellers": "คนเดียว",
         "urgent": "ด่วนคับ ไม่ปลอดภัย กลัวเขาเจอ",
         "special_needs": "ไม่มีคับ",
         "travel_alone": "ไปเองได้คับ",
         "sensitive_consent": "ได้คับ",
         "needs": "อยากปรึกษากฎหมายเรื่องหนี้คับ",
         "name": "ต้นคับ",
         "phone": "0809912345",
         "confirm": "ถูกต้องคับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "referrals": ["justice_centre"],
                "name": "ต้น", "phone": "0809912345"}),

    # Woman out of work in Pattaya, room for another week (not urgent). Tells her HIV
    # status only after agreeing to sensitive questions: HIV aid (Source A 2.1).
    "holdout12 woman with hiv in pattaya going to lampang": Persona(
        ("สวัสดีค่ะ ขอปรึกษาค่ะ",
         "ตอนนี้อยู่พัทยา ตกงาน ไม่มีเงิน อยากกลับไปอยู่บ้านที่ลำปางค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือกลับบ้านค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ค่ารถกลับก็ไม่มี",
         "id_card": "มีค่ะ",
         "current_province": "พัทยา ชลบุรีค่ะ",
         "home_province": "ลำปางค่ะ",
         "travellers": "1 คนค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ ยังอยู่ห้องได้อีกอาทิตย์นึง",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "หนูติดเชื้อ HIV ค่ะ ต้องกินยาต่อเนื่อง อยากรู้ว่ามีช่วยเหลืออะไรบ้าง",
         "name": "แพรค่ะ 0658871234",
         "phone": "0658871234",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "referrals": ["hiv_aid"],
                "name": "แพร", "phone": "0658871234"}),

    # Released prisoner aged 66 in Nakhon Si Thammarat, nobody came, going to Trang,
    # no place tonight. Elderly (can travel alone). Wants the old-age allowance
    # (Source A 2.2).
    "holdout12 elderly released prisoner going to trang, old-age allowance": Persona(
        ("ลุงพึ่งออกจากคุกครับ อายุ 66 แล้ว ไม่มีใครมารับ", "จะกลับบ้านที่ตรังครับ ไม่มีค่ารถ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ค่ารถครับ ข้าวก็ไม่มีกิน",
         "id_card": "มีครับ ทำในเรือนจำ",
         "current_province": "นครศรีธรรมราชครับ",
         "home_province": "ตรัง อ.ย่านตาขาว",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "special_needs": "อายุ 66 ครับ แต่ยังแข็งแรงอยู่",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้เบี้ยคนแก่ครับ ไม่รู้ว่ายังได้อยู่ไหม",
         "name": "เสถียร ครับ 0871234590",
         "phone": "0871234590",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นครศรีธรรมราช", "home": "ตรัง",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["elderly_allowance"],
                "name": "เสถียร", "phone": "0871234590"}),

    # Factory closed in Pathum Thani; husband, wife and a 10-month-old baby going to
    # Phitsanulok; still have the room: not urgent. One thing per message.
    "holdout12 factory family with baby in pathum thani, one part": Persona(
        ("ขอความช่วยเหลือครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "โรงงานปิดครับ อยากได้ค่ารถกลับบ้าน",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "ปทุมธานี",
         "home_province": "พิษณุโลก",
         "travellers": "3 คนครับ ผม เมีย ลูก 10 เดือน",
         "urgent": "ไม่ด่วนครับ ยังมีห้องอยู่",
         "special_needs": "ลูกยังเล็กครับ",
         "travel_alone": "ไปเองได้ครับ",
         "name": "ณัฐพล",
         "phone": "0834567129",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ปทุมธานี", "home": "พิษณุโลก",
                "travellers": 3, "urgent": False, "special": ["child"],
                "name": "ณัฐพล", "phone": "0834567129"}),

    # Myanmar worker in Mahachai (Samut Sakhon), unpaid, wants to go home to Myanmar:
    # not Thai, and home is not in Thailand (regulation art. 4): refused.
    "holdout12 myanmar worker in mahachai": Persona(
        ("สวัสดีครับ ผมคนพม่า ทำงานมหาชัย นายจ้างไม่จ่ายเงิน อยากกลับบ้านที่พม่า ช่วยได้ไหมครับ",),
        {"consent": "ได้ครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีเงินกลับบ้านครับ",
         "id_card": "ไม่มีบัตรไทยครับ มีพาสปอร์ตพม่า",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "สมุทรสาครครับ",
         "home_province": "พม่าครับ เมืองทวาย",
         "travellers": "คนเดียวครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย"}),

    # Cambodian woman with a pink card (migrant worker card), out of work in Rayong:
    # the pink card is not a Thai ID card; not Thai: refused.
    "holdout12 cambodian woman with pink card in rayong": Persona(
        ("พี่คะ หนูเป็นคนกัมพูชา มีบัตรชมพู ทำงานระยอง ตอนนี้ตกงาน อยากกลับบ้านค่ะ ไม่มีเงิน",),
        {"consent": "ได้ค่ะ",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ",
         "id_card": "มีบัตรชมพูค่ะ ไม่ใช่บัตรประชาชนไทย",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ระยองค่ะ",
         "home_province": "กัมพูชา พระตะบองค่ะ",
         "travellers": "คนเดียวค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย"}),

    # University student in Bangkok with money who wants a free ticket home to Chiang Mai
    # for New Year: none of the three hardship criteria: refused.
    "holdout12 student wants free new year ticket, no hardship": Persona(
        ("สอบถามค่ะ อยากได้ตั๋วรถกลับบ้านฟรีช่วงปีใหม่ค่ะ ขอได้ไหมคะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ะ",
         "hardship": "ไม่ได้เดือดร้อนอะไรค่ะ มีเงินอยู่ แค่อยากประหยัด",
         "id_card": "มีค่ะ",
         "current_province": "กรุงเทพค่ะ",
         "home_province": "เชียงใหม่ค่ะ",
         "travellers": "คนเดียวค่ะ"},
        outcome="refused",
        expect={"eligible": False}),

    # Man already living at home in Khon Kaen, out of work, rice running out: he needs
    # help, but not a return home (he is already there): refused for this aid.
    "holdout12 already at home in khon kaen, short of food": Persona(
        ("ผมอยู่บ้านที่ขอนแก่นครับ ตกงานมาสามเดือน อยากขอเงินช่วยเหลือครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอเงินช่วยเหลือครับ",
         "hardship": "ไม่มีรายได้ครับ ข้าวสารจะหมดแล้ว",
         "id_card": "มีครับ",
         "current_province": "ขอนแก่นครับ",
         "home_province": "ขอนแก่นครับ ก็อยู่บ้านนี่แหละ",
         "travellers": "คนเดียวครับ"},
        outcome="refused",
        expect={"eligible": False}),

    # Man in Bangkok who never had an ID card and has no letter or paper of any kind;
    # neither condition of Source B can be met: refused.
    "holdout12 never had any papers, stranded in bangkok": Persona(
        ("ผมไม่มีตังกลับบ้านที่สระแก้วครับ ตอนนี้อยู่กรุงเทพ",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่เคยทำบัตรเลยครับ",
         "nationality_letter": "ไม่มีครับ ไม่มีเอกสารอะไรเลย",
         "current_province": "กรุงเทพครับ",
         "home_province": "สระแก้วครับ",
         "travellers": "คนเดียวครับ"},
        outcome="refused",
        expect={"eligible": False}),

    # Only asks what replaces a lost ID card: Source B condition 2, a letter certifying
    # Thai nationality and residence.
    "holdout12 asks what paper replaces a lost id card": Persona(
        ("ถ้าบัตรประชาชนหายจะขอค่ารถกลับบ้านได้ไหมคะ ต้องใช้เอกสารอะไรแทน",),
        {"consent": "ยินยอมค่ะ", "idle": "แค่นี้ค่ะ ขอบคุณค่ะ"},
        outcome="answered",
        answered="หนังสือรับรอง"),

    # Only asks whether there is a fee: Source B, no fee.
    "holdout12 asks if there is a fee, typo": Persona(
        ("ขอค่ารถกลับบ้านต้องเสียค่าธรรมเนียมมั้ยคับ",),
        {"consent": "ยินยอมครับ", "idle": "ไม่มีแล้วคับ ขอบคุณคับ"},
        outcome="answered",
        answered="ค่าธรรมเนียม"),

    # Daughter asks how much the disability allowance is: Source A 2.3, 800 baht a month.
    "holdout12 daughter asks disability allowance amount": Persona(
        ("เบี้ยคนพิการได้เดือนละเท่าไหร่คะ แม่หนูพิการขาค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "แค่นั้นค่ะ ขอบคุณนะคะ"},
        outcome="answered",
        answered="800"),

    # Released prisoner only asks where to find a job: Source A 3.2, Department of
    # Employment (สำนักงานจัดหางาน) registers and places released prisoners.
    "holdout12 released prisoner asks where to find work": Persona(
        ("ผมพึ่งพ้นโทษครับ อยากหางานทำ ต้องไปติดต่อที่ไหนครับ",),
        {"consent": "ยินยอมครับ", "idle": "แค่นี้ครับ ขอบคุณครับ"},
        outcome="answered",
        answered="จัดหางาน"),
}
