"""Persona set holdout7 (2026-12-05) for bench/dialogs.py.

HELD-OUT SET: run it only at the session's start commit and at its end; it is never
read by those who change the dialogs.

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: the usual mix - every region and dialect (Isan, คำเมือง, ปักษ์ใต้, central,
east, west, Bangkok), every kind of opener (bare greeting, sticker, whole story in one
message, story over 2-3 messages, question first), people writing for someone else,
people just released from prison, families with care needs (child, elderly, pregnant,
sick, disabled, cannot travel alone), fixes at the summary and after sending, Thai
digits, voice typing, typos, slang and English words, and refusals (not Thai, no
hardship, no card and no letter, already in the home province).

Counts: 22 personas - 16 eligible ("case"), 6 refused; 5 one_part; 2 fixes at the
summary, 1 fix after the request is sent; 5 released prisoners; 4 written for
someone else.

Seed rules used (002, the return-home aid):
- หลักเกณฑ์: "๑. ไม่มีที่พักอาศัย-ถูกทอดทิ้ง ฐานะยากจน ไม่มีผู้ดูแล ๒. ขาดแคลน
  อาหาร/เครื่องนุ่งห่ม ฐานะยากจน ไม่มีรายได้ ๓. ไม่มีค่าพาหนะเดินทางกลับภูมิลำเนาเดิม"
- ข้อ ๔: "“ผู้ตกทุกข์ได้ยาก” หมายความว่า บุคคลผู้มีสัญชาติไทยซึ่งไม่สามารถช่วยเหลือ
  ตนเองได้ ..."
- เงื่อนไข: "๑. ผู้ประสบปัญหาทางสังคมแสดงบัตรประจำตัวประชาชน ... ๒. กรณีผู้ประสบปัญหาฯ
  ขาดเอกสารราชการ ให้มีหนังสือรับรองว่ามีสัญชาติไทย และมีถิ่นฐานพื้นที่นั้นจริง"
- "กรณีเร่งด่วนจะดำเนินงานภายใน ๒๔ ชั่วโมง แต่ถ้าเป็นกรณีที่พักอาศัยอยู่ ไม่เร่งด่วน
  จะดำเนินงานไม่เกิน ๑๕ วัน"
- ข้อ ๖ (๓): "ในกรณีที่ผู้ตกทุกข์ได้ยากไม่อาจเดินทางกลับภูมิลำเนาเดิมได้โดยลำพัง
  เนื่องจาก อายุ สติปัญญา สุขภาพ ... อาจจัดให้เจ้าหน้าที่ร่วมเดินทางไปด้วยก็ได้"
(000, services for released prisoners: DSDW fare home, justice centres, probation.)
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan factory worker laid off in Si Racha (Chonburi), home Udon Thani. Bare
    # greeting, then Isan. Thai, has an ID card, no money or food ("ขาดแคลนอาหาร ...
    # ไม่มีรายได้", "ไม่มีค่าพาหนะ") -> eligible. Room taken back, sleeping at the
    # factory shelter tonight: no place to sleep -> urgent. Asks for a job -> job_placement.
    "Isan worker laid off in Chonburi": Persona(
        ("สวัสดีครับ",),
        {
            "consent": "ได้ครับ ยินยอม",
            "idle": "อยากขอค่ารถกลับบ้านครับ ตกงานมา บ่มีเงินเหลือแล้ว",
            "hardship": "โรงงานปิดครับ เถ้าแก่หนี ค่าแรงเดือนสุดท้ายกะบ่ได้ เงินหมดแล้ว ข้าวกะบ่ได้กินมาสองมื้อแล้วครับ",
            "id_card": "มีครับ บัตรยังบ่หมดอายุ",
            "nationality_letter": "บ่มีครับ มีแต่บัตรประชาชน",
            "nationality": "คนไทยครับ",
            "current_province": "ตอนนี้อยู่ศรีราชา ชลบุรีครับ",
            "home_province": "บ้านอยู่อุดรครับ อำเภอกุมภวาปี",
            "travellers": "ไปคนเดียวครับ",
            "urgent": "ด่วนครับ ห้องเช่าเขายึดคืนแล้ว คืนนี้ต้องนอนศาลาหน้าโรงงาน บ่มีที่นอน",
            "special_needs": "บ่มีครับ",
            "travel_alone": "ไปเองได้ครับ",
            "needs": "ถ้าหางานแถวอุดรให้ได้กะดีครับ อยากทำงาน",
            "sensitive_consent": "ได้ครับ",
            "name": "สมพงษ์ ภูผาทองครับ",
            "phone": "0812345671",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 1,
            "urgent": True, "special": [], "referrals": ["job_placement"],
            "name": "สมพงษ์", "phone": "0812345671",
        },
    ),
    # Released this morning from Khlong Prem central prison (Bangkok), home Surin.
    # Whole story in one message. Thai, card given back, no money, no relatives ->
    # eligible ("ไม่มีที่พักอาศัย", "ไม่มีค่าพาหนะ"). Nowhere to sleep tonight -> urgent.
    # Asks for free mechanic training -> job_training.
    "Released today from Khlong Prem, to Surin": Persona(
        ("ผมพึ่งพ้นโทษออกจากเรือนจำกลางคลองเปรมเมื่อเช้านี้ครับ เงินติดตัวมามีแค่ร้อยกว่าบาท บ้านอยู่สุรินทร์ บัตรประชาชนมีครับ เรือนจำคืนให้แล้ว คืนนี้ไม่มีที่นอนเลย ขอค่ารถกลับบ้านได้ไหมครับ",),
        {
            "consent": "ยินยอมครับ",
            "idle": "ขอค่ารถกลับบ้านที่สุรินทร์ครับ",
            "hardship": "ไม่มีเงิน ไม่มีงาน ไม่มีที่อยู่ครับ ญาติที่กรุงเทพก็ไม่มีสักคน",
            "id_card": "มีครับ",
            "nationality_letter": "ไม่มีครับ มีบัตรประชาชนแล้ว",
            "nationality": "ไทยครับ",
            "current_province": "กรุงเทพครับ แถวงามวงศ์วาน",
            "home_province": "สุรินทร์ครับ อำเภอท่าตูม",
            "travellers": "คนเดียวครับ",
            "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอนจริงๆ",
            "special_needs": "ไม่มีครับ",
            "travel_alone": "ไปเองได้ครับ",
            "needs": "อยากเรียนช่างซ่อมรถครับ มีที่ฝึกอาชีพฟรีไหมครับ",
            "sensitive_consent": "ได้ครับ",
            "name": "อนุชา แก้วมณี",
            "phone": "0923456781",
            "confirm": "ถูกครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์", "travellers": 1,
            "urgent": True, "special": [], "referrals": ["job_training"],
            "name": "อนุชา", "phone": "0923456781",
        },
    ),
    # Northern man (คำเมือง) released 3 days ago from Ratchaburi central prison, home
    # Chiang Rai. Story over two messages. ID card lost at arrest, but he holds a
    # letter from the village head certifying Thai nationality and residence ("ขาด
    # เอกสารราชการ ให้มีหนังสือรับรองว่ามีสัญชาติไทย และมีถิ่นฐานพื้นที่นั้นจริง") ->
    # eligible. Sleeps at a temple for another week -> not urgent. Wants a new ID card
    # (id_card) and says plainly he does NOT want job help (no job_placement).
    "Northern ex-inmate with headman's letter": Persona(
        ("สวัสดีครับ", "ผมออกจากเรือนจำกลางราชบุรีได้ 3 วันแล้วครับ บ้านอยู่เชียงราย อยากปิ๊กบ้านแต่บ่มีสตางค์ค่ารถ บัตรประชาชนหายตอนโดนจับ"),
        {
            "consent": "ได้ครับ",
            "idle": "อยากได้ค่ารถปิ๊กบ้านครับ",
            "hardship": "บ่มีเงินเลยครับ เงินที่ได้ตอนออกมากินหมดแล้ว บ่มีงานทำ บ่มีรายได้",
            "id_card": "บ่มีครับ หายไปตั้งแต่โดนจับ ยังบ่ได้ทำใหม่",
            "nationality_letter": "มีครับ หนังสือรับรองจากผู้ใหญ่บ้านว่าเป็นคนไทย มีบ้านอยู่ที่นั่นจริง แม่ส่งไปรษณีย์มาให้ ถือไว้อยู่ครับ",
            "nationality": "คนไทยครับ",
            "current_province": "ราชบุรีครับ",
            "home_province": "เชียงรายครับ อำเภอเทิง",
            "travellers": "คนเดียวครับ",
            "urgent": "บ่ด่วนครับ ตอนนี้นอนวัดอยู่ หลวงพี่ให้อยู่ได้อีกอาทิตย์นึง",
            "special_needs": "บ่มีครับ",
            "travel_alone": "ไปเองได้ครับ",
            "needs": "อยากทำบัตรประชาชนใหม่ครับ เรื่องหางานบ่ต้องเน้อครับ กลับไปจะช่วยแม่ทำสวน",
            "sensitive_consent": "ได้ครับ",
            "name": "ธนกร ใจคำ",
            "phone": "0867788990",
            "confirm": "ถูกแล้วครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "ราชบุรี", "home": "เชียงราย", "travellers": 1,
            "urgent": False, "special": [], "referrals": ["id_card"],
            "no_referrals": ["job_placement"], "name": "ธนกร", "phone": "0867788990",
        },
    ),
    # Daughter (not travelling) writes for her 72-year-old mother stuck in Rayong,
    # home Roi Et. Question first. Mother is Thai, has a lifetime ID card, no money,
    # being put out of the house -> eligible ("ถูกทอดทิ้ง ... ไม่มีผู้ดูแล"). Must leave
    # tomorrow morning -> urgent (within 24 hours). 72 -> elderly; deaf and forgetful,
    # daughter says plainly she cannot go alone ("ไม่อาจเดินทาง ... โดยลำพัง เนื่องจาก
    # อายุ สติปัญญา") -> cannot_travel_alone. Only the mother travels -> 1.
    # Asks about the old-age allowance -> elderly_allowance.
    "Daughter asks for elderly mother in Rayong": Persona(
        ("สอบถามค่ะ ถ้าจะขอให้ช่วยส่งแม่กลับบ้านต้องทำยังไงคะ แม่อายุ72แล้ว ไม่ได้อยู่กับหนู",),
        {
            "consent": "ยินยอมค่ะ",
            "idle": "แม่ติดอยู่ที่ระยองค่ะ อยากให้ช่วยส่งแม่กลับร้อยเอ็ด",
            "hardship": "แม่ไปอยู่กับน้าที่ระยอง น้าเสียแล้ว ลูกน้าจะขายบ้าน ไล่แม่ออก แม่ไม่มีเงินเลยค่ะ ไม่มีใครดูแล หนูเองก็ทำงานรายวัน ส่งเงินให้ไม่ไหว",
            "id_card": "แม่มีบัตรประชาชนค่ะ เป็นบัตรตลอดชีพ",
            "nationality_letter": "ไม่มีค่ะ แต่แม่มีบัตรประชาชน",
            "nationality": "ไทยค่ะ",
            "current_province": "แม่อยู่ระยองค่ะ อำเภอแกลง",
            "home_province": "ร้อยเอ็ดค่ะ อ.เสลภูมิ",
            "travellers": "แม่คนเดียวค่ะ หนูไม่ได้ไปด้วย",
            "urgent": "ด่วนค่ะ เขาให้แม่ออกจากบ้านพรุ่งนี้เช้าแล้ว",
            "special_needs": "แม่อายุ72 หูไม่ค่อยได้ยิน หลงๆลืมๆค่ะ",
            "travel_alone": "ไปคนเดียวไม่ได้ค่ะ กลัวแม่ลงรถผิดที่ หลงทาง ต้องมีคนพาไป",
            "needs": "แม่ยังไม่เคยได้เบี้ยผู้สูงอายุเลยค่ะ ช่วยดูให้หน่อยได้ไหมคะ",
            "sensitive_consent": "ได้ค่ะ",
            "name": "ชื่อแม่ค่ะ นางทองใบ ศรีวงษ์",
            "phone": "0891112233 เบอร์หนูนะคะ",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "ระยอง", "home": "ร้อยเอ็ด", "travellers": 1,
            "urgent": True, "special": ["cannot_travel_alone", "elderly"],
            "referrals": ["elderly_allowance"], "name": "ทองใบ", "phone": "0891112233",
        },
    ),
    # Southern hotel worker (ปักษ์ใต้: หม้าย = ไม่มี, หลบบ้าน = กลับบ้าน) laid off in
    # Phuket, home Trang, with wife and two children (5 and 8). Story over three
    # messages. No income, running out of rice -> eligible. Room paid to month's end ->
    # not urgent ("กรณีที่พักอาศัยอยู่ ไม่เร่งด่วน"). He first says 3 (forgets himself)
    # and fixes it to 4 at the summary. Children -> child. Nothing else needed.
    "Southern family of four, Phuket to Trang": Persona(
        ("หวัดดีครับ", "ผมทำงานโรงแรมที่ภูเก็ต โรงแรมปิดปรับปรุง เขาเลิกจ้างหมด", "ตอนนี้หม้ายตังค์แล้ว อยากพาลูกเมียหลบบ้านที่ตรัง ค่ารถหม้ายพอ"),
        {
            "consent": "ได้ครับ",
            "idle": "ขอค่ารถหลบบ้านครับ",
            "hardship": "หม้ายรายได้เลยครับ เงินชดเชยเขาก็ยังหม้ายจ่าย ข้าวสารเหลือไม่กี่กิโลแล้ว",
            "id_card": "มีครับ ทั้งผมทั้งเมีย",
            "nationality_letter": "หม้ายครับ มีแต่บัตร",
            "nationality": "ไทยครับ",
            "current_province": "ภูเก็ตครับ อยู่กะทู้",
            "home_province": "ตรังครับ ห้วยยอด",
            "travellers": "3 คนครับ",
            "urgent": "ยังไม่ด่วนครับ เจ้าของห้องให้อยู่ถึงสิ้นเดือน ยังมีที่นอน",
            "special_needs": "มีลูกเล็กสองคนครับ 5 ขวบกับ 8 ขวบ",
            "travel_alone": "ไปกันเองได้ครับ ผมกับเมียดูลูกเอง",
            "needs": "หม้ายแล้วครับ ขอบคุณครับ",
            "sensitive_consent": "ได้ครับ",
            "name": "วีระพงษ์ หนูแก้ว",
            "phone": "0819998877",
            "confirm": "ขอแก้ครับ ไปกัน 4 คน นับผมด้วย ผม เมีย ลูกสองคน",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "ภูเก็ต", "home": "ตรัง", "travellers": 4,
            "urgent": False, "special": ["child"], "referrals": [],
            "name": "วีระพงษ์", "phone": "0819998877",
        },
    ),
    # Pregnant woman (7 months) in Bangkok, left by her boyfriend, home Kalasin.
    # Opens with a sticker; short typed answers, one thing at a time. No income ->
    # eligible. Put out of her room today, nowhere tonight -> urgent. Pregnant.
    "Pregnant woman evicted in Bangkok": Persona(
        ("(สติกเกอร์)",),
        {
            "consent": "ตกลงค่ะ",
            "idle": "อยากกลับบ้านค่ะแต่ไม่มีตังค่ารถ",
            "hardship": "แฟนทิ้งไปแล้วค่ะ ท้องแก่ทำงานไม่ได้ ไม่มีรายได้ เงินหมดแล้วค่ะ",
            "id_card": "มีค่ะ",
            "nationality_letter": "ไม่มีค่ะ",
            "nationality": "คนไทยค่ะ",
            "current_province": "กทม.ค่ะ อยู่แถวบางกะปิ",
            "home_province": "กาฬสินธุ์ค่ะ",
            "travellers": "ไปคนเดียวค่ะ",
            "urgent": "ด่วนค่ะ เจ้าของห้องไล่ออกวันนี้ คืนนี้ไม่มีที่นอน",
            "special_needs": "ท้อง7เดือนค่ะ",
            "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ไหว",
            "needs": "ไม่มีแล้วค่ะ",
            "sensitive_consent": "ได้ค่ะ",
            "name": "น้ำฝน ศรีสุข",
            "phone": "098-700-1234",
            "confirm": "ถูกค่ะ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "กรุงเทพมหานคร", "home": "กาฬสินธุ์", "travellers": 1,
            "urgent": True, "special": ["pregnant"], "referrals": [],
            "name": "น้ำฝน", "phone": "0987001234",
        },
        one_part=True,
    ),
    # 64-year-old construction worker in Korat, contractor ran off without paying,
    # home Ubon Ratchathani. Voice-typed: one long run-on message, no punctuation.
    # No money, no food -> eligible. Camp torn down tomorrow morning, must leave ->
    # urgent (within 24 hours). 64 -> elderly; can travel alone. Asks for the old-age
    # allowance and the hardship money for old people -> elderly_allowance,
    # elderly_hardship_grant.
    "Voice-typed old builder, Korat to Ubon": Persona(
        ("สวัสดีครับผมชื่อบุญเลิศนะครับอายุ 64 แล้วมาทำงานก่อสร้างอยู่ที่โคราชผู้รับเหมาหนีไม่จ่ายค่าแรงตอนนี้ไม่มีเงินสักบาทอยากกลับบ้านที่อุบลครับมีบัตรประชาชนครับแคมป์เขาจะรื้อพรุ่งนี้ต้องออกแล้วครับ",),
        {
            "consent": "ได้ครับยินยอมครับ",
            "idle": "อยากได้ค่ารถกลับบ้านที่อุบลครับ",
            "hardship": "ไม่มีเงินครับไม่มีข้าวกินผู้รับเหมาหนีไปแล้วไม่ได้ค่าแรงเลย",
            "id_card": "มีครับบัตรประชาชนมีครับ",
            "nationality_letter": "ไม่มีครับ",
            "nationality": "คนไทยครับ",
            "current_province": "โคราชครับนครราชสีมา",
            "home_province": "อุบลราชธานีครับอำเภอวารินชำราบ",
            "travellers": "ไปคนเดียวครับ",
            "urgent": "ด่วนครับพรุ่งนี้เช้าต้องออกจากแคมป์แล้วไม่มีที่ไป",
            "special_needs": "ผมอายุ 64 แล้วครับนอกนั้นไม่มีอะไร",
            "travel_alone": "ไปเองได้ครับขึ้นรถเป็น",
            "needs": "เบี้ยคนแก่ผมยังไม่เคยได้เลยครับแล้วก็ถ้ามีเงินช่วยคนแก่ที่ลำบากก็อยากได้ครับ",
            "sensitive_consent": "ได้ครับ",
            "name": "บุญเลิศ ทองดีครับ",
            "phone": "089 765 4321",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "นครราชสีมา", "home": "อุบลราชธานี", "travellers": 1,
            "urgent": True, "special": ["elderly"],
            "referrals": ["elderly_allowance", "elderly_hardship_grant"],
            "name": "บุญเลิศ", "phone": "0897654321",
        },
    ),
    # Released today from Songkhla central prison, home Surat Thani. Whole story in
    # one message, then one answer per message. No money, no relatives nearby ->
    # eligible; nowhere to sleep tonight -> urgent. He says plainly he is healthy and
    # travels alone (no special needs), and asks, once asked what else, about aid for
    # people with HIV -> hiv_aid (agrees it may be recorded).
    "Ex-inmate with HIV, Songkhla to Surat": Persona(
        ("ผมเพิ่งออกจากเรือนจำกลางสงขลาวันนี้ครับ บ้านอยู่สุราษฎร์ ไม่มีตังค์ค่ารถ บัตรประชาชนมีครับ คืนนี้ยังไม่รู้จะนอนไหน",),
        {
            "consent": "ได้ครับ",
            "idle": "ขอค่ารถกลับบ้านครับ",
            "hardship": "ไม่มีเงินเลยครับ ไม่มีญาติแถวนี้ ไม่มีงาน",
            "id_card": "มีครับ",
            "nationality_letter": "ไม่มีครับ",
            "nationality": "ไทยครับ",
            "current_province": "สงขลาครับ",
            "home_province": "สุราษฎร์ธานีครับ อ.พุนพิน",
            "travellers": "คนเดียวครับ",
            "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
            "special_needs": "ไม่มีครับ เดินทางเองได้",
            "travel_alone": "ไปเองได้ครับ",
            "needs": "ผมติดเชื้อเอชไอวีครับ กินยาต้านอยู่ สุขภาพยังดี อยากรู้เรื่องเงินช่วยเหลือผู้ติดเชื้อครับ",
            "sensitive_consent": "ได้ครับ บันทึกได้",
            "name": "สุริยา ทองคำ",
            "phone": "0645551234",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "สงขลา", "home": "สุราษฎร์ธานี", "travellers": 1,
            "urgent": True, "special": [], "referrals": ["hiv_aid"],
            "name": "สุริยา", "phone": "0645551234",
        },
        one_part=True,
    ),
    # Northern son (คำเมือง) with his 58-year-old father, an amputee in a wheelchair,
    # discharged today from a Chiang Mai hospital, home Nan. Story over three messages.
    # Money spent on the hospital stay, no income -> eligible. Must leave the hospital
    # today, no lodging -> urgent. Both travel -> 2. Father disabled; son escorts him,
    # no officer needed (so not cannot_travel_alone). Asks for the disability allowance
    # and a new/repaired wheelchair -> disability_allowance, disability_devices.
    "Son and disabled father, Chiang Mai to Nan": Persona(
        ("สวัสดีครับ", "พ่อผมนอนโรงพยาบาลนครพิงค์ เชียงใหม่มาเดือนนึงแล้ว หมอให้กลับบ้านวันนี้ พ่อขาขาดข้างนึงนั่งรถเข็น", "บ่มีเงินค่ารถพาพ่อปิ๊กน่านเลยครับ"),
        {
            "consent": "ได้ครับ",
            "idle": "ขอค่ารถพาพ่อปิ๊กบ้านครับ",
            "hardship": "เงินหมดไปกับค่าเฝ้าไข้แล้วครับ ผมบ่ได้ทำงานมาเดือนนึง บ่มีรายได้เลย",
            "id_card": "มีครับ ทั้งพ่อทั้งผม",
            "nationality_letter": "บ่มีครับ",
            "nationality": "คนไทยครับ",
            "current_province": "เชียงใหม่ครับ",
            "home_province": "น่านครับ อำเภอปัว",
            "travellers": "2 คนครับ ผมกับพ่อ",
            "urgent": "ด่วนครับ ต้องออกจากโรงพยาบาลวันนี้ บ่มีที่พัก",
            "special_needs": "พ่อพิการครับ ขาขาดข้างนึง นั่งรถเข็น อายุ 58",
            "travel_alone": "ไปได้ครับ ผมไปด้วยดูแลพ่อเอง บ่ต้องมีเจ้าหน้าที่ไปส่ง",
            "needs": "พ่อยังบ่ได้ขึ้นทะเบียนคนพิการ อยากได้เบี้ยคนพิการครับ แล้วก็รถเข็นพ่อล้อมันพัง อยากได้คันใหม่หรือซ่อมให้",
            "sensitive_consent": "ได้ครับ",
            "name": "ณัฐวุฒิ อินต๊ะครับ",
            "phone": "0831234455",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "เชียงใหม่", "home": "น่าน", "travellers": 2,
            "urgent": True, "special": ["disabled"],
            "referrals": ["disability_allowance", "disability_devices"],
            "name": "ณัฐวุฒิ", "phone": "0831234455",
        },
    ),
    # Young mother fleeing a violent partner in Pattaya (Chonburi) with her 3-year-old,
    # home Lampang. Cry for help, then the story over two more messages. Has her ID
    # card, no money -> eligible. Unsafe, cannot go back, nowhere tonight -> urgent.
    # Child. Phone in Thai digits. Wants a job -> job_placement.
    "Mother fleeing abuse in Pattaya": Persona(
        ("ช่วยด้วยค่ะ", "แฟนหนูทำร้ายร่างกาย หนูหนีออกมากับลูก ตอนนี้นั่งอยู่ที่ปั๊มน้ำมันที่พัทยา ไม่กล้ากลับห้อง", "อยากกลับบ้านที่ลำปางค่ะ แต่ไม่มีเงินเลย กระเป๋าตังค์อยู่ที่ห้อง"),
        {
            "consent": "ยินยอมค่ะ",
            "idle": "อยากกลับบ้านค่ะ",
            "hardship": "ไม่มีเงินสักบาทค่ะ ไม่ได้ทำงาน แฟนเป็นคนถือเงินหมด",
            "id_card": "มีค่ะ บัตรประชาชนพกติดตัวมา อยู่ในซองโทรศัพท์",
            "nationality_letter": "ไม่มีค่ะ",
            "nationality": "ไทยค่ะ",
            "current_province": "ชลบุรีค่ะ พัทยา",
            "home_province": "ลำปางค่ะ",
            "travellers": "2 คนค่ะ หนูกับลูก",
            "urgent": "ด่วนมากค่ะ กลับห้องไม่ได้ กลัวเขาตามมา คืนนี้ไม่มีที่นอน",
            "special_needs": "ลูกสาว 3 ขวบค่ะ",
            "travel_alone": "ไปเองได้ค่ะ",
            "needs": "อยากได้งานค่ะ กลับไปลำปางจะหางานทำเลี้ยงลูก",
            "sensitive_consent": "ได้ค่ะ",
            "name": "ปวีณา คำมูล",
            "phone": "๐๙๘๗๖๕๔๓๒๑",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "ชลบุรี", "home": "ลำปาง", "travellers": 2,
            "urgent": True, "special": ["child"], "referrals": ["job_placement"],
            "name": "ปวีณา", "phone": "0987654321",
        },
    ),
    # Young man from Mae Sot (Tak) scammed by an "online job" ad, stuck in Bangkok,
    # Thai/English mix. Question first. No money, no income -> eligible. A friend
    # lets him sleep 3-4 more nights -> not urgent. Declines the health part of the
    # consent (he has no health matter). Gives a friend's number, then once the
    # request is sent gives his own new number -> phone is the new one. Nothing else.
    "Scam victim in Bangkok, home Mae Sot": Persona(
        ("ขอสอบถามหน่อยครับ ถ้าไม่มีค่ารถกลับบ้าน รัฐช่วยได้จริงมั้ยครับ",),
        {
            "consent": "OK ครับ ยินยอม แต่ข้อมูลสุขภาพไม่ต้องเก็บนะครับ",
            "idle": "อยากขอค่ารถกลับบ้านครับ โดน scam มา",
            "hardship": "มาทำงาน online ที่กทม ตามโฆษณาในเฟส โดนหลอกครับ เงินหมด มือถือก็ขายไปแล้ว ไม่มีรายได้เลย",
            "id_card": "มีครับ",
            "nationality_letter": "ไม่มีครับ",
            "nationality": "ไทยครับ",
            "current_province": "กทม ครับ ห้วยขวาง",
            "home_province": "ตากครับ แม่สอด",
            "travellers": "1 คน",
            "urgent": "ไม่ด่วนครับ เพื่อนให้นอนห้องได้อีก 3-4 วัน",
            "special_needs": "ไม่มีครับ",
            "travel_alone": "ได้ครับ",
            "needs": "ไม่มีครับ แค่นี้พอ thank you ครับ",
            "sensitive_consent": "ไม่ครับ",
            "name": "กิตติพัฒน์ แสงดี",
            "phone": "0812223344 เบอร์เพื่อนนะครับ",
            "confirm": "ok ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "กรุงเทพมหานคร", "home": "ตาก", "travellers": 1,
            "urgent": False, "special": [], "referrals": [],
            "name": "กิตติพัฒน์", "phone": "0634445566",
        },
        after=("เพิ่งนึกได้ครับ เบอร์ที่ให้ไปเป็นของเพื่อน ติดต่อผมเบอร์นี้ดีกว่าครับ 0634445566 ซิมใหม่ใส่เครื่องสำรองเพื่อน",),
    ),
    # Grandmother (70) in Bangkok with her 6-year-old grandson; her son was jailed,
    # no one earns. Bare greeting, one answer per message. No income, food running
    # out -> eligible. Evicted today, nowhere tonight -> urgent. Both travel -> 2;
    # elderly and child; she can travel alone. Asks for the old-age allowance ->
    # elderly_allowance.
    "Grandma and grandson, son in jail": Persona(
        ("สวัสดีจ้า",),
        {
            "consent": "ได้จ้า",
            "idle": "ยายอยากกลับบ้านศรีสะเกษจ้า ไม่มีเงินค่ารถ",
            "hardship": "ลูกชายโดนจับติดคุกแล้ว ยายอยู่กับหลาน ไม่มีใครหาเงิน ข้าวก็จะไม่มีกินแล้วจ้า",
            "id_card": "มีจ้า",
            "nationality_letter": "ไม่มี",
            "nationality": "ไทยจ้า",
            "current_province": "กรุงเทพจ้า อยู่ดอนเมือง",
            "home_province": "ศรีสะเกษ อำเภอกันทรลักษ์",
            "travellers": "สองคนจ้า ยายกับหลาน",
            "urgent": "ด่วนจ้า เจ้าของห้องให้ออกวันนี้ ค่าห้องค้างสามเดือน คืนนี้ไม่รู้จะนอนไหน",
            "special_needs": "ยายอายุ 70 หลานอายุ 6 ขวบจ้า",
            "travel_alone": "ไปเองได้จ้า ยายเคยนั่งรถทัวร์ไปกลับหลายหน",
            "needs": "ยายยังไม่ได้เบี้ยคนแก่เลยจ้า อยากได้",
            "sensitive_consent": "ได้จ้า",
            "name": "ยายสมศรี บุญมา",
            "phone": "0856667788",
            "confirm": "ถูกแล้วจ้า",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ", "travellers": 2,
            "urgent": True, "special": ["child", "elderly"], "referrals": ["elderly_allowance"],
            "name": "สมศรี", "phone": "0856667788",
        },
        one_part=True,
    ),
    # Man released a week ago, in Phitsanulok, home Ayutthaya; nobody hires him.
    # Bare "ฮัลโหล", writes คับ. No income -> eligible. Sleeps at a friend's -> not
    # urgent. Asks for Thai massage training for ex-inmates -> thai_massage_training.
    "Ex-inmate in Phitsanulok, massage course": Persona(
        ("ฮัลโหล",),
        {
            "consent": "ยินยอมคับ",
            "idle": "ผมพ้นโทษมาอาทิตย์นึงแล้วคับ อยากขอค่ารถกลับบ้าน",
            "hardship": "ไม่มีเงินคับ ยังหางานไม่ได้ ใครรู้ว่าติดคุกมาก็ไม่รับ ไม่มีรายได้เลย",
            "id_card": "มีคับ",
            "nationality_letter": "ไม่มีคับ",
            "nationality": "ไทยคับ",
            "current_province": "อยู่พิดโลกคับ พิษณุโลก",
            "home_province": "อยุธยาคับ อ.บางปะอิน",
            "travellers": "คนเดียวคับ",
            "urgent": "ไม่ด่วนคับ ตอนนี้พักบ้านเพื่อนได้ ยังมีที่นอน",
            "special_needs": "ไม่มีคับ",
            "travel_alone": "ได้คับ",
            "needs": "อยากเรียนนวดแผนไทยคับ ได้ยินว่ามีสอนให้คนพ้นโทษ แล้วไปนวดที่โรงพยาบาลได้",
            "sensitive_consent": "ได้คับ",
            "name": "ชัยวัฒน์ พึ่งบุญ",
            "phone": "0614443322",
            "confirm": "ถูกคับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "พิษณุโลก", "home": "พระนครศรีอยุธยา", "travellers": 1,
            "urgent": False, "special": [], "referrals": ["thai_massage_training"],
            "name": "ชัยวัฒน์", "phone": "0614443322",
        },
    ),
    # Woman on dialysis treated in Hat Yai (Songkhla) with her husband, home Pattani.
    # Question first. Money gone, husband cannot work -> eligible. Staying with a
    # relative in Hat Yai -> not urgent. Both travel -> 2. Sick (kidney disease),
    # agrees it may be recorded; husband goes with her, no officer needed.
    "Dialysis patient and husband, Hat Yai": Persona(
        ("คนป่วยขอค่ารถกลับบ้านได้ไหมคะ",),
        {
            "consent": "ยินยอมค่ะ",
            "idle": "อยากขอค่ารถกลับบ้านค่ะ",
            "hardship": "หนูเป็นโรคไต ต้องฟอกเลือด มารักษาที่หาดใหญ่ เงินหมดแล้วค่ะ ผัวต้องเฝ้าหนู ไม่ได้ทำงาน ไม่มีรายได้",
            "id_card": "มีค่ะ ทั้งสองคน",
            "nationality_letter": "ไม่มีค่ะ",
            "nationality": "ไทยค่ะ",
            "current_province": "สงขลาค่ะ หาดใหญ่",
            "home_province": "ปัตตานีค่ะ อ.หนองจิก",
            "travellers": "2 คนค่ะ หนูกับผัว",
            "urgent": "ไม่ด่วนค่ะ ตอนนี้พักบ้านญาติที่หาดใหญ่ได้อยู่",
            "special_needs": "หนูป่วยเป็นโรคไตค่ะ ฟอกเลือดอาทิตย์ละสองครั้ง",
            "travel_alone": "ไปได้ค่ะ ผัวไปด้วย ไม่ต้องมีเจ้าหน้าที่ไปส่ง",
            "needs": "ไม่มีค่ะ ขอบคุณค่ะ",
            "sensitive_consent": "ได้ค่ะ บันทึกได้",
            "name": "ฟาตีมะ สาและ",
            "phone": "0877654321",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "สงขลา", "home": "ปัตตานี", "travellers": 2,
            "urgent": False, "special": ["sick"], "referrals": [],
            "name": "ฟาตีมะ", "phone": "0877654321",
        },
    ),
    # Northern housemaid (คำเมือง: เจ้า, บ่, ปิ๊กบ้าน) fired without pay in Bangkok,
    # home Phayao. Bare greeting. No money or food -> eligible. At a friend's room for
    # a week -> not urgent. Says Bangkok first, then fixes at the summary: she is now
    # in Nonthaburi (Pak Kret) -> current Nonthaburi. Nothing else.
    "Northern maid fired, fixes her province": Persona(
        ("สวัสดีเจ้า",),
        {
            "consent": "ได้เจ้า",
            "idle": "อยากขอค่ารถปิ๊กบ้านเจ้า นายจ้างไล่ออก",
            "hardship": "นายจ้างไล่ออกบ่จ่ายค่าจ้างเจ้า เงินบ่มีสักบาท ข้าวก็บ่ได้กิน",
            "id_card": "มีเจ้า",
            "nationality_letter": "บ่มีเจ้า",
            "nationality": "คนไทยเจ้า",
            "current_province": "อยู่กรุงเทพเจ้า",
            "home_province": "พะเยาเจ้า อำเภอเชียงคำ",
            "travellers": "คนเดียวเจ้า",
            "urgent": "บ่ด่วนเจ้า ตอนนี้อยู่ห้องเพื่อน เพื่อนให้อยู่ได้อาทิตย์นึง",
            "special_needs": "บ่มีเจ้า",
            "travel_alone": "ไปได้เจ้า",
            "needs": "บ่มีแล้วเจ้า ขอบคุณหลายๆเจ้า",
            "sensitive_consent": "ได้เจ้า",
            "name": "จันทร์เพ็ญ ปัญญาวงค์",
            "phone": "0953332211",
            "confirm": "ขอแก้เจ้า ตอนนี้อยู่นนทบุรีเน้อ บ่ใช่กรุงเทพ ห้องเพื่อนอยู่ปากเกร็ด",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "นนทบุรี", "home": "พะเยา", "travellers": 1,
            "urgent": False, "special": [], "referrals": [],
            "name": "จันทร์เพ็ญ", "phone": "0953332211",
        },
    ),
    # Food-shop owner (not travelling) writes for a 45-year-old man who has slept in
    # front of her shop near Hua Lamphong (Bangkok) for three nights, home Phetchabun.
    # Two stickers first, one answer per message. He is Thai with an ID card, no money,
    # no work, no shelter -> eligible; sleeps on the street -> urgent; 1 traveller.
    # Shop phone in Thai digits. He wants work -> job_placement.
    "Shop owner writes for man on the street": Persona(
        ("(สติกเกอร์)", "(สติกเกอร์)"),
        {
            "consent": "ยินยอมค่ะ",
            "idle": "มีพี่ผู้ชายคนนึงอายุ45 มานอนหน้าร้านหนูสามคืนแล้วค่ะ เขาอยากกลับบ้านแต่ไม่มีเงิน ช่วยเขาได้ไหมคะ",
            "hardship": "เขาไม่มีเงิน ไม่มีงาน ไม่มีที่นอนค่ะ ข้าวหนูก็ให้กินไปหลายมื้อแล้ว",
            "id_card": "เขามีบัตรประชาชนค่ะ หนูเห็นแล้ว",
            "nationality_letter": "ไม่มีค่ะ",
            "nationality": "คนไทยค่ะ",
            "current_province": "กทม.ค่ะ แถวหัวลำโพง",
            "home_province": "เพชรบูรณ์ค่ะ เขาบอกว่าหล่มสัก",
            "travellers": "เขาคนเดียวค่ะ หนูไม่ได้ไป",
            "urgent": "ด่วนค่ะ เขาไม่มีที่นอน นอนข้างถนนทุกคืน",
            "special_needs": "ไม่มีค่ะ เขาแข็งแรงดี",
            "travel_alone": "ไปเองได้ค่ะ",
            "needs": "เขาอยากได้งานทำค่ะ ถ้ามีที่หางานให้เขาด้วยก็ดี",
            "sensitive_consent": "ได้ค่ะ",
            "name": "เขาชื่อ ประยูร มีสุข ค่ะ",
            "phone": "๐๘๑๔๕๖๗๘๙๐ เบอร์ร้านหนูนะคะ เขาไม่มีโทรศัพท์",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "กรุงเทพมหานคร", "home": "เพชรบูรณ์", "travellers": 1,
            "urgent": True, "special": [], "referrals": ["job_placement"],
            "name": "ประยูร", "phone": "0814567890",
        },
        one_part=True,
    ),
    # --- refusals ---
    # Myanmar worker in Mahachai (Samut Sakhon) with a pink card, broken Thai, one
    # answer per message. Says plainly he is Burmese, not Thai: the aid is for
    # "บุคคลผู้มีสัญชาติไทย" -> refused on nationality.
    "Myanmar worker with pink card": Persona(
        ("สวัดดีคับ",),
        {
            "consent": "ได้คับ",
            "idle": "อยากกับบ้านคับ ไม่มีตังค่ารถ",
            "hardship": "โรงงานปิดคับ ไม่มีงาน ไม่มีตัง",
            "id_card": "ไม่มีบัตรประชาชนคับ มีแต่บัตรชมพู ผมเป็นคนพม่า",
            "nationality_letter": "ไม่มีคับ",
            "nationality": "พม่าคับ ไม่ใช่คนไทย",
            "current_province": "มหาชัยคับ สมุทรสาคร",
            "home_province": "บ้านอยู่พม่าคับ ทวาย",
            "travellers": "คนเดียวคับ",
            "urgent": "ด่วนคับ ไม่มีที่นอน",
            "special_needs": "ไม่มีคับ",
            "travel_alone": "ไปได้คับ",
            "needs": "ไม่มีคับ",
            "sensitive_consent": "ได้คับ",
            "name": "ซอ มิน",
            "phone": "0629998811",
            "confirm": "ถูกคับ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
        one_part=True,
    ),
    # Durian-orchard owner in Chanthaburi asks for his Cambodian worker (written for
    # someone else, question first). The worker has a Cambodian passport, no Thai
    # nationality -> refused on nationality ("บุคคลผู้มีสัญชาติไทย").
    "Orchard owner asks for Cambodian worker": Persona(
        ("สอบถามครับ ลูกจ้างผมเป็นคนเขมร ทำสวนทุเรียนกับผมที่จันทบุรี หมดฤดูแล้วไม่มีเงินกลับบ้าน ทางรัฐช่วยค่ารถได้ไหมครับ",),
        {
            "consent": "ได้ครับ",
            "idle": "ขอค่ารถให้ลูกจ้างกลับบ้านครับ",
            "hardship": "เขาไม่มีเงินเก็บครับ หมดงานแล้วก็ไม่มีรายได้",
            "id_card": "เขาไม่มีบัตรประชาชนไทยครับ มีพาสปอร์ตกัมพูชา",
            "nationality_letter": "ไม่มีครับ",
            "nationality": "เขาเป็นคนกัมพูชาครับ ไม่มีสัญชาติไทย",
            "current_province": "จันทบุรีครับ อำเภอมะขาม",
            "home_province": "บ้านเขาอยู่พระตะบอง กัมพูชาครับ",
            "travellers": "เขาคนเดียวครับ",
            "urgent": "ไม่ด่วนครับ ยังพักที่สวนผมได้",
            "special_needs": "ไม่มีครับ",
            "travel_alone": "ไปเองได้ครับ",
            "needs": "ไม่มีครับ",
            "sensitive_consent": "ได้ครับ",
            "name": "สุเทพ รักษ์สวน (ผมเป็นนายจ้างครับ)",
            "phone": "0894412233",
            "confirm": "ถูกต้องครับ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),
    # Office worker in Bangkok with a steady salary wants the fare home to Maha
    # Sarakham for Songkran to save money. Says plainly he is not in hardship -> none
    # of the three hardship criteria -> refused on hardship.
    "Salaried worker wants free Songkran fare": Persona(
        ("หวัดดีครับ",),
        {
            "consent": "ได้ครับ",
            "idle": "จะขอค่ารถกลับบ้านช่วงสงกรานต์ครับ ได้ป่าว",
            "hardship": "ไม่ได้เดือดร้อนอะไรครับ มีงานประจำ เงินเดือนก็ออกปกติ มีที่พัก แค่อยากประหยัดค่ารถ",
            "id_card": "มีครับ",
            "nationality_letter": "ไม่มีครับ",
            "nationality": "ไทยครับ",
            "current_province": "กรุงเทพครับ",
            "home_province": "มหาสารคามครับ",
            "travellers": "คนเดียวครับ",
            "urgent": "ไม่ด่วนครับ",
            "special_needs": "ไม่มีครับ",
            "travel_alone": "ได้ครับ",
            "needs": "ไม่มีครับ",
            "sensitive_consent": "ได้ครับ",
            "name": "ธีรวัฒน์ มาลัย",
            "phone": "0817776655",
            "confirm": "ถูกต้องครับ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"},
    ),
    # Man out of prison in Nakhon Pathom, home Suphan Buri, story over two messages.
    # ID card lost and he says plainly he has no letter of any kind ("แสดงบัตรประจำตัว
    # ประชาชน" / "หนังสือรับรองว่ามีสัญชาติไทย") -> refused on documents (card).
    "Ex-inmate with no card and no letter": Persona(
        ("ผมออกจากคุกมาครับ บัตรประชาชนหายไม่รู้ไปไหน", "ขอค่ารถกลับบ้านได้ไหมครับ"),
        {
            "consent": "ได้ครับ",
            "idle": "ขอค่ารถกลับบ้านครับ",
            "hardship": "ไม่มีเงินครับ ไม่มีงาน",
            "id_card": "ไม่มีครับ หายแล้ว ยังไม่ได้ทำใหม่",
            "nationality_letter": "ไม่มีครับ ไม่มีหนังสืออะไรเลย ผู้ใหญ่บ้านก็ไม่รู้จัก",
            "nationality": "ไทยครับ",
            "current_province": "นครปฐมครับ",
            "home_province": "สุพรรณครับ",
            "travellers": "คนเดียวครับ",
            "urgent": "ด่วนครับ ไม่มีที่นอน",
            "special_needs": "ไม่มีครับ",
            "travel_alone": "ได้ครับ",
            "needs": "ไม่มีครับ",
            "sensitive_consent": "ได้ครับ",
            "name": "สมชาย ดีงาม",
            "phone": "0828889900",
            "confirm": "ถูกครับ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "บัตร"},
    ),
    # Woman out of work in Khon Kaen city who wants the fare to Chum Phae, also in
    # Khon Kaen. Whole story in one message. She is already in her home province, so
    # this is not a return to "ภูมิลำเนาเดิม" -> refused on home province.
    "Already in home province Khon Kaen": Persona(
        ("สวัสดีค่ะ ตอนนี้หนูอยู่ในเมืองขอนแก่น ตกงานไม่มีเงินเลยค่ะ อยากกลับบ้านที่อำเภอชุมแพ ขอนแก่นเหมือนกัน ขอค่ารถได้ไหมคะ มีบัตรประชาชนค่ะ",),
        {
            "consent": "ยินยอมค่ะ",
            "idle": "ขอค่ารถกลับบ้านค่ะ",
            "hardship": "ตกงานค่ะ ไม่มีรายได้ เงินหมดแล้ว",
            "id_card": "มีค่ะ",
            "nationality_letter": "ไม่มีค่ะ",
            "nationality": "ไทยค่ะ",
            "current_province": "ขอนแก่นค่ะ ในเมือง",
            "home_province": "ขอนแก่นค่ะ อำเภอชุมแพ",
            "travellers": "คนเดียวค่ะ",
            "urgent": "ไม่ด่วนค่ะ ยังมีห้องอยู่",
            "special_needs": "ไม่มีค่ะ",
            "travel_alone": "ได้ค่ะ",
            "needs": "ไม่มีค่ะ",
            "sensitive_consent": "ได้ค่ะ",
            "name": "อรุณี พลสูงเนิน",
            "phone": "0843216549",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"},
    ),
    # Southern couple (ปักษ์ใต้: ม้าย, ไหร) on holiday in Chiang Mai, home Nakhon Si
    # Thammarat. Question first. They have money and jobs, just asking in case ->
    # not in hardship -> refused on hardship.
    "Southern tourists with money in Chiang Mai": Persona(
        ("ถามหน่อยครับ ค่ารถกลับบ้านนี่รัฐออกให้ได้ม้าย",),
        {
            "consent": "ได้ครับ",
            "idle": "ผมกับแฟนมาเที่ยวเชียงใหม่ครับ ขากลับว่าจะขอค่ารถ",
            "hardship": "ไม่ได้ลำบากไหรครับ มีตังค์อยู่ มีงานทำ แค่ถามดูเผื่อได้",
            "id_card": "มีครับ",
            "nationality_letter": "ไม่มีครับ",
            "nationality": "ไทยครับ",
            "current_province": "เชียงใหม่ครับ",
            "home_province": "นครศรีฯ ครับ",
            "travellers": "2 คนครับ ผมกับแฟน",
            "urgent": "ไม่ด่วนครับ พักโรงแรมอยู่",
            "special_needs": "ไม่มีครับ",
            "travel_alone": "ได้ครับ",
            "needs": "ไม่มีครับ",
            "sensitive_consent": "ได้ครับ",
            "name": "อดิศักดิ์ ชูทอง",
            "phone": "0656543210",
            "confirm": "ถูกต้องครับ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"},
    ),
}
