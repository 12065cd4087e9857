"""Persona set dev26 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: people just released from prison or on parole (Source A services: ID card,
probation, job placement and training, Thai massage training, health, HIV, legal aid)
and people with document problems (card lost, expired, damaged, kept by an employer,
an ex-partner or a loan shark; only a house registration copy; a letter from the
village head or kamnan; only a birth certificate for a child). Many tell their story
over 2-3 messages before answering; several fix something at the summary or after
sending.
Counts: 22 personas; 15 eligible (case), 5 refused (2 หนังสือรับรอง, 1 สัญชาติ,
1 เดือดร้อน, 1 ภูมิลำเนา), 2 answered; 5 one_part; 10 urgent; fixes: 6 at the summary
(2 phone, 1 name, 2 count, 1 province), 2 after sending (phone).
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Released from Bang Khwang yesterday, card lost at arrest, but carries a letter
    # from the village head ("กรณีผู้ประสบปัญหาฯ ขาดเอกสารราชการ ให้มีหนังสือรับรองว่ามี
    # สัญชาติไทย"). Sleeping at a bus stop: no shelter -> urgent ("กรณีเร่งด่วนจะ
    # ดำเนินงานภายใน ๒๔ ชั่วโมง"). Wants a new card (DOPA "จัดทำบัตรประชาชนให้กับ
    # ผู้ต้องขัง ผู้พ้นโทษ") and work (จัดหางาน "การรับลงทะเบียนและการจัดหางานให้แก่...ผู้พ้นโทษ").
    "dev26 Bang Khwang release sleeping rough with village letter": Persona(
        (
            "สวัสดีครับ",
            "ผมเพิ่งออกจากเรือนจำกลางบางขวางเมื่อวานครับ ติดมา 6 ปี บัตรประชาชนหายไปตั้งแต่ตอนโดนจับแล้ว",
            "ตอนนี้นอนป้ายรถเมล์แถวงามวงศ์วานครับ เงินที่ได้ตอนออกมากะหมดแล้ว อยากกลับบ้านร้อยเอ็ด แม่ให้ผู้ใหญ่บ้านเขียนหนังสือรับรองส่งมาให้แล้วครับ",
        ),
        {"consent": "ยินยอมครับ", "idle": "อยากกลับบ้านครับ ขอค่ารถ",
         "hardship": "บ่มีเงินเลยครับ นอนป้ายรถเมล์ ค่ารถกะบ่มี",
         "id_card": "บ่มีครับ หายตั้งแต่โดนจับ",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านเขียนให้ แม่ส่งไปรษณีย์มาที่เรือนจำก่อนผมออก อยู่ในถุงนี่ล่ะครับ",
         "nationality": "ไทยครับ คนร้อยเอ็ดแท้ๆ", "current_province": "นนทบุรีครับ แถวงามวงศ์วาน",
         "home_province": "ร้อยเอ็ด อ.เสลภูมิครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้กะบ่มีบ่อนนอน", "special_needs": "บ่มีครับ แข็งแรงดี",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ แล้วก็อยากได้งานทำ กลับไปจะได้บ่เป็นภาระแม่",
         "sensitive_consent": "ยินยอมครับ", "name": "บุญมี", "phone": "0934417265",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement"], "name": "บุญมี",
                "phone": "0934417265"},
    ),
    # Released from the central women's correctional institution with a new card made
    # inside; staying at a friend's room -> not urgent ("ถ้าเป็นกรณีที่พักอาศัยอยู่
    # ไม่เร่งด่วน"). Learnt Thai massage inside and wants hospital work (กรมการแพทย์
    # แผนไทยฯ "ประสานโรงพยาบาล...ในการจ้างงานผู้พ้นโทษเป็นผู้นวดแผนไทย"). Phone fix.
    "dev26 woman trained in Thai massage inside going to Chiang Rai": Persona(
        (
            "สวัสดีเจ้า",
            "ข้าเจ้าพ้นโทษออกมาจากทัณฑสถานหญิงกลางได้ 3 วันละเจ้า ตอนนี้พักห้องเพื่อนอยู่ลาดยาวไปก่อน แต่บ่มีเงินค่ารถขึ้นเชียงราย",
            "ในเรือนจำได้เรียนนวดแผนไทยมา อยากไปนวดที่โรงพยาบาลใกล้บ้าน มีทางไหมเจ้า",
        ),
        {"consent": "ยินยอมเจ้า", "idle": "ขอค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีค่ารถกลับบ้านเจ้า ตังค์หมดแล้ว",
         "id_card": "มีเจ้า ทางเรือนจำทำบัตรใหม่ให้ก่อนออก",
         "nationality_letter": "บ่มีเจ้า แต่มีบัตรประชาชนแล้วเน่อ", "nationality": "คนไทยเจ้า",
         "current_province": "กรุงเทพฯ เจ้า แถวลาดยาว", "home_province": "เชียงราย อำเภอพานเจ้า",
         "travellers": "คนเดียวเจ้า",
         "urgent": "บ่ด่วนเจ้า ยังพักกับเพื่อนได้อีกสักอาทิตย์",
         "special_needs": "บ่มีเจ้า", "travel_alone": "ไปเองได้เจ้า",
         "needs": "อยากทำงานนวดแผนไทยที่โรงพยาบาลเจ้า ได้ใบประกาศมาจากข้างในแล้ว",
         "sensitive_consent": "ยินยอมเจ้า", "name": "คำแปง", "phone": "0896623140",
         "confirm": "เบอร์ผิดเจ้า ที่ถูกคือ 0896623104 เจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["thai_massage_training"], "name": "คำแปง",
                "phone": "0896623104"},
    ),
    # Parolee from Rayong who must report to probation in Udon Thani; has his card,
    # no money, sitting in front of a 7-Eleven tonight -> urgent. Probation gives
    # "การสงเคราะห์ค่าพาหนะเดินทางกลับภูมิลำเนาของผู้พ้นโทษ" and follow-up. One thing a message.
    "dev26 parolee who must report to probation in Udon": Persona(
        (
            "ผมได้พักโทษครับ ออกจากเรือนจำกลางระยองเมื่อเช้า ต้องไปรายงานตัวคุมประพฤติที่อุดรภายในสามวัน",
            "แต่ไม่มีค่ารถเลยครับ",
        ),
        {"consent": "ยินยอม", "idle": "ขอค่ารถกลับอุดรครับ",
         "hardship": "ไม่มีเงินค่ารถครับ", "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ", "nationality": "ไทย",
         "current_province": "ระยอง", "home_province": "อุดรธานี", "travellers": "1",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน นั่งอยู่หน้าเซเว่น",
         "special_needs": "ไม่มี", "travel_alone": "ได้ครับ",
         "needs": "เรื่องรายงานตัวคุมประพฤติที่อุดรครับ กลัวไปไม่ทัน",
         "sensitive_consent": "ยินยอมครับ", "name": "ธนากร", "phone": "๐๘๕๗๗๓๐๒๑๙",
         "confirm": "ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "อุดรธานี",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["probation_support"], "name": "ธนากร",
                "phone": "0857730219"},
        one_part=True,
    ),
    # Fled a violent ex-partner who keeps her card; has the kamnan's letter (original
    # received) and her son's birth certificate. Unsafe, nowhere to sleep -> urgent.
    # Child of 4 -> "child". Wants a new card. Name fixed at the summary.
    "dev26 fled ex-partner who keeps her card with small son": Persona(
        (
            "ช่วยด้วยค่ะ",
            "หนีออกมาจากแฟนเก่าค่ะ เขาทำร้ายร่างกาย ตอนนี้อยู่พัทยา บัตรประชาชนเขายึดไว้ไม่ยอมคืน",
            "มีลูกชาย 4 ขวบมาด้วย ลูกมีแต่สูติบัตร แม่ที่บ้านไปขอหนังสือรับรองจากกำนันให้แล้ว ส่ง EMS มาที่ร้านเพื่อน ได้ตัวจริงแล้วค่ะ",
        ),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ ขอความช่วยเหลือ",
         "hardship": "ไม่มีที่อยู่ค่ะ ไม่มีเงิน หนีมาแต่ตัว",
         "id_card": "ไม่มีค่ะ แฟนเก่ายึดไว้",
         "nationality_letter": "มีค่ะ หนังสือรับรองจากกำนัน ได้ตัวจริงแล้ว",
         "nationality": "ไทยค่ะ", "current_province": "ชลบุรี พัทยาค่ะ",
         "home_province": "นครพนมค่ะ บ้านแม่", "travellers": "2 คนค่ะ หนูกับลูก",
         "urgent": "ด่วนค่ะ กลัวเขาตามมาเจอ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ลูก 4 ขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากทำบัตรประชาชนใหม่ค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "แพรว", "phone": "0812093346",
         "confirm": "ขอแก้ชื่อค่ะ ชื่อ แพรวา ค่ะ ตกสระอาไป"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครพนม",
                "travellers": 2, "urgent": True, "special": ["child"],
                "referrals": ["id_card"], "name": "แพรวา", "phone": "0812093346"},
    ),
    # Construction worker whose employer keeps his card; still carries the village
    # head's letter. Laid off, wages unpaid, camp out tonight -> urgent. Wants legal
    # advice (ศูนย์ยุติธรรม "การดูแลให้คำปรึกษา แนะนำทางกฎหมาย"). Count fix: wife joins.
    "dev26 site worker whose employer keeps his card, wife joins at summary": Persona(
        (
            "สวัสดีครับ ผมทำงานก่อสร้างอยู่สมุทรปราการ นายจ้างเก็บบัตรประชาชนผมไว้ตั้งแต่เข้าทำงาน",
            "ตอนนี้โดนเลิกจ้าง ค่าแรงสองเดือนไม่จ่าย บัตรก็ไม่คืน แคมป์ให้ออกวันนี้เลยครับ",
        ),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินครับ ค่าแรงไม่ได้ ที่พักก็ไม่มี",
         "id_card": "ไม่มีครับ นายจ้างยึดไว้",
         "nationality_letter": "มีครับ หนังสือรับรองของผู้ใหญ่บ้านที่ทำไว้ตอนมาสมัครงาน ยังเก็บไว้ในกระเป๋า",
         "nationality": "ไทยครับ", "current_province": "สมุทรปราการ บางพลีครับ",
         "home_province": "บุรีรัมย์ครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ต้องออกจากแคมป์แล้ว", "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "อยากปรึกษากฎหมายเรื่องค่าแรงกับบัตรที่นายจ้างยึดครับ",
         "sensitive_consent": "ยินยอม", "name": "สมพงษ์", "phone": "0623581947",
         "confirm": "เดี๋ยวครับ เมียผมจะกลับด้วย เพิ่งโทรคุยกัน เมียก็โดนเลิกจ้างเหมือนกัน เป็น 2 คนครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": True, "special": [],
                "referrals": ["justice_centre"], "name": "สมพงษ์",
                "phone": "0623581947"},
    ),
    # 63-year-old, pickpocketed at Hua Lamphong; card expired but he carries a
    # stamped kamnan's letter, so the document condition is met. No shelter ->
    # urgent; 63 -> elderly. Wants to renew the card. Voice typing, Thai digits; phone fix.
    "dev26 elderly man with expired card and kamnan letter at Hua Lamphong": Persona(
        (
            "สวัสดีหลาน",
            "ลุงอายุ 63 แล้ว มาหางานทำกรุงเทพ โดนล้วงกระเป๋าเงินหายหมด ตอนนี้นั่งอยู่หัวลำโพง",
            "บัตรประชาชนลุงหมดอายุมาหลายปีแล้ว แต่มีหนังสือกำนันรับรองติดตัวมาด้วย อยากกลับกาฬสินธุ์ ลุงพูดใส่โทรศัพท์นะหลานพิมพ์ไม่เป็น",
        ),
        {"consent": "ยินยอม", "idle": "ลุงอยากกลับบ้าน",
         "hardship": "เงินหายหมดเลยหลาน ค่ารถก็ไม่มี ที่นอนก็ไม่มี",
         "id_card": "มีแต่หมดอายุแล้ว ยังไม่ได้ไปต่อ",
         "nationality_letter": "มี กำนันเขียนให้ ประทับตรามาด้วย",
         "nationality": "ไทย", "current_province": "กรุงเทพ หัวลำโพง",
         "home_province": "กาฬสินธุ์ อำเภอยางตลาด", "travellers": "คนเดียว",
         "urgent": "ด่วน ลุงนอนสถานีมาคืนนึงแล้ว",
         "special_needs": "ลุงอายุ 63 เดินได้ปกติ", "travel_alone": "ไปเองได้ ขึ้นรถไฟเป็น",
         "needs": "อยากต่อบัตรประชาชนใหม่", "sensitive_consent": "ยินยอม",
         "name": "ทองดี", "phone": "๐๙๘-๒๒๑-๗๔๐๓",
         "confirm": "เบอร์ผิดหลาน ๐๙๘-๒๒๑-๗๔๓๐"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["id_card"], "name": "ทองดี", "phone": "0982217430"},
    ),
    # Southern man released from Songkhla; his card is water-damaged but he has it and
    # the number is readable. Staying with his sister-in-law -> not urgent. Wants a new
    # card and welding training (กรมพัฒนาฝีมือแรงงาน "ให้การฝึกอาชีพ").
    "dev26 southern man with washed-out card released in Songkhla": Persona(
        (
            "หวัดดีครับ ผมพ้นโทษมาจากเรือนจำกลางสงขลาได้ 4 วันแล้ว ตอนนี้อาศัยบ้านน้องเมียอยู่หาดใหญ่ก่อน",
            "บัตรประชาชนมันเปื่อยหมดแล้วครับ ตกน้ำตอนโดนจับ รูปเลือนๆ แต่ยังอ่านเลขได้อยู่",
            "อยากกลับบ้านที่ตรังแต่ไม่มีตังค่ารถเลยครับ",
        ),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับตรังครับ",
         "hardship": "ไม่มีตังค่ารถครับ งานก็ยังไม่มี",
         "id_card": "มีครับ แต่ชำรุด ยังอ่านเลขได้",
         "nationality_letter": "ไม่มีครับ มีแต่บัตรที่เปื่อยๆ นี่แหละ",
         "nationality": "ไทยครับ ตรังแท้", "current_province": "สงขลา หาดใหญ่",
         "home_province": "ตรังครับ อำเภอห้วยยอด", "travellers": "คนเดียวครับ",
         "urgent": "ม่ายด่วนครับ ยังนอนบ้านน้องเมียได้ แต่อยู่นานไม่ได้ เกรงใจเขา",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้หนิ",
         "needs": "อยากทำบัตรใหม่ครับ แล้วอยากเรียนช่างเชื่อมเพิ่ม ข้างในเรียนมานิดหน่อย",
         "sensitive_consent": "ได้ครับ ยินยอม", "name": "หมาน", "phone": "0874412058",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "ตรัง",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card", "job_training"], "name": "หมาน",
                "phone": "0874412058"},
    ),
    # HIV-positive woman released yesterday; ARVs run out in 3 days; the temple asked
    # her to leave -> urgent. Healthy, travels alone (no special need). Asks for
    # help with HIV care (พม. "การให้การสงเคราะห์ช่วยเหลือผู้ป่วยเอดส์ หรือผู้ติดเชื้อ HIV")
    # and the hospital link (สป.สธ. "ประสานโรงพยาบาล ในการดูแลรักษาสุขภาพ"). Phone fix after.
    "dev26 HIV positive woman released needing her ARVs at home": Persona(
        (
            "สวัสดีค่ะ ขอเล่าเรื่องส่วนตัวหน่อยนะคะ",
            "เพิ่งพ้นโทษจากเรือนจำกลางพิษณุโลกเมื่อวานค่ะ หนูติดเชื้อ HIV กินยาต้านอยู่ ยาเหลือแค่ 3 วัน ต้องไปรับยาต่อที่โรงพยาบาลบ้าน",
            "ไม่มีเงินค่ารถกลับเพชรบูรณ์ เมื่อคืนนอนวัดแต่วันนี้หลวงพี่ให้ออกแล้วค่ะ",
        ),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีที่นอนด้วย", "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "พิษณุโลกค่ะ", "home_province": "เพชรบูรณ์ค่ะ หล่มสัก",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอนแล้ว ยาก็ใกล้หมด",
         "special_needs": "ไม่มีค่ะ ร่างกายแข็งแรงดี แค่ต้องกินยาตรงเวลา",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากให้ช่วยประสานโรงพยาบาลที่บ้านเรื่องยาต้านค่ะ แล้วถ้ามีเงินช่วยเหลือผู้ติดเชื้อก็อยากได้",
         "sensitive_consent": "ยินยอมค่ะ ขออย่าให้คนอื่นรู้นะคะ", "name": "ฝน",
         "phone": "0957712384", "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "พิษณุโลก", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["hiv_aid", "medical_services"], "name": "ฝน",
                "phone": "0957712348"},
        after=("ขอโทษค่ะ เบอร์เมื่อกี้ตัวเลขสลับ ที่ถูกคือ 0957712348 ค่ะ",),
    ),
    # Lao man released in Chiang Mai wanting to go to Vientiane. The aid is for
    # "บุคคลผู้มีสัญชาติไทย" -> refused (สัญชาติ).
    "dev26 Lao man released in Chiang Mai": Persona(
        (
            "สบายดีครับ",
            "ผมเป็นคนลาว ทำงานอยู่เชียงใหม่ ติดคุกมาปีนึง เพิ่งออก ไม่มีเงินกลับบ้านที่เวียงจันทน์ครับ",
            "ทางการไทยช่วยค่ารถได้ไหมครับ",
        ),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับลาวครับ",
         "hardship": "ไม่มีเงินครับ", "id_card": "ไม่มีบัตรคนไทยครับ ผมเป็นคนลาว",
         "nationality_letter": "ไม่มีครับ", "nationality": "ลาวครับ",
         "current_province": "เชียงใหม่", "home_province": "เวียงจันทน์ ประเทศลาวครับ",
         "travellers": "คนเดียว", "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มี", "travel_alone": "ได้ครับ",
         "needs": "อยากกลับบ้านอย่างเดียวครับ", "sensitive_consent": "ยินยอม",
         "name": "คำพอน", "phone": "0661234870", "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),
    # Parolee with 3,000 baht from home and a hotel room; wants the fare only to save
    # money. None of the three hardships applies -> refused (เดือดร้อน).
    "dev26 parolee with money who wants a free ride": Persona(
        (
            "สอบถามครับ ผมได้พักโทษออกมาจากเรือนจำกลางคลองเปรม อยากกลับบ้านลำปาง",
            "ที่บ้านโอนเงินมาให้แล้ว 3,000 พักโรงแรมอยู่ แต่ได้ยินว่ารัฐออกค่ารถให้ผู้พ้นโทษ ขอได้ไหมครับ จะได้ประหยัดไว้",
        ),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับลำปางครับ",
         "hardship": "ไม่ได้เดือดร้อนครับ มีเงินอยู่ ที่พักก็มี แค่อยากประหยัด",
         "id_card": "มีครับ", "nationality_letter": "มีบัตรครับ", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ", "home_province": "ลำปางครับ",
         "travellers": "คนเดียว", "urgent": "ไม่ด่วนครับ พักโรงแรมอยู่",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ยินยอม", "name": "เอก",
         "phone": "0840093312", "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"},
    ),
    # Released, no card, no letter, nobody at home to ask for one. Without an ID card
    # the manual requires "หนังสือรับรองว่ามีสัญชาติไทย" -> refused (หนังสือรับรอง).
    # Answers one thing a message.
    "dev26 released man with no card and no letter": Persona(
        ("พึ่งออกจากคุกครับ",),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้าน", "hardship": "ไม่มีตังครับ",
         "id_card": "ไม่มี",
         "nationality_letter": "ไม่มีครับ ที่บ้านไม่เหลือใครแล้ว ขอใครไม่ได้",
         "nationality": "ไทย", "current_province": "กรุงเทพ",
         "home_province": "สุพรรณบุรี", "travellers": "1", "urgent": "ด่วน",
         "special_needs": "ไม่มี", "travel_alone": "ได้", "needs": "บัตรประชาชน",
         "sensitive_consent": "ยินยอม", "name": "ต้น", "phone": "0918830245",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
        one_part=True,
    ),
    # Bag stolen at the southern bus terminal; card gone; only a photo of the house
    # registration on her phone, no certifying letter, village head unreachable ->
    # neither card nor letter: refused (หนังสือรับรอง). Southern dialect.
    "dev26 southern woman with only a house registration photo": Persona(
        (
            "หวัดดีค่ะ กระเป๋าโดนขโมยที่สายใต้ใหม่เมื่อเช้า บัตรประชาชนหาย เงินหายหมดเลยค่ะ",
            "มีแต่รูปสำเนาทะเบียนบ้านในโทรศัพท์ จะกลับบ้านนครศรีฯ ใช้แทนบัตรได้ม่ายคะ",
        ),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ตังหายหมด",
         "id_card": "ไม่มีค่ะ หายไปกับกระเป๋า มีแต่รูปสำเนาทะเบียนบ้าน",
         "nationality_letter": "ไม่มีค่ะ ผู้ใหญ่บ้านโทรไม่ติด ไม่มีหนังสืออะไรเลย",
         "nationality": "ไทยค่ะ", "current_province": "กรุงเทพค่ะ สายใต้",
         "home_province": "นครศรีธรรมราชค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ไม่รู้จะนอนไหน", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ", "needs": "ไม่มีค่ะ", "sensitive_consent": "ยินยอม",
         "name": "จอย", "phone": "0800451173", "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
    ),
    # Released from Surin prison and already living at his mother's house in Surin;
    # the aid is to return "กลับภูมิลำเนาเดิม" -> refused (ภูมิลำเนา).
    "dev26 released man already back at his mother's in Surin": Persona(
        (
            "ผมพ้นโทษจากเรือนจำกลางสุรินทร์ได้อาทิตย์นึง ตอนนี้กลับมาอยู่บ้านแม่ที่ท่าตูมแล้วครับ",
            "แต่บ่มีงาน บ่มีเงินเลย ขอเงินช่วยเหลือกลับภูมิลำเนาได้บ่ครับ",
        ),
        {"consent": "ยินยอมครับ", "idle": "ขอเงินช่วยเหลือครับ",
         "hardship": "บ่มีรายได้ครับ บ่มีงาน", "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ", "nationality": "ไทยครับ",
         "current_province": "สุรินทร์ครับ อยู่บ้านแม่", "home_province": "สุรินทร์ครับ ท่าตูม",
         "travellers": "คนเดียว", "urgent": "บ่ด่วนครับ อยู่บ้านแม่",
         "special_needs": "บ่มี", "travel_alone": "ได้", "needs": "อยากได้งานครับ",
         "sensitive_consent": "ยินยอม", "name": "เสือ", "phone": "0857204418",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"},
    ),
    # A mother asks only where a released prisoner gets a new ID card. Source A: กรม
    # การปกครอง "ดำเนินการจัดทำบัตรประชาชนให้กับผู้ต้องขัง ผู้พ้นโทษ".
    "dev26 mother asking where a released son gets a new card": Persona(
        ("สอบถามค่ะ ลูกชายจะพ้นโทษเดือนหน้า บัตรประชาชนหมดอายุตั้งแต่อยู่ข้างใน ผู้พ้นโทษทำบัตรใหม่ได้ที่ไหนคะ",),
        {"consent": "ยินยอมค่ะ", "idle": "แค่ถามเรื่องบัตรค่ะ ไม่ได้ขอเงิน",
         "hardship": "ไม่ได้เดือดร้อนค่ะ แค่ถาม", "id_card": "แม่มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ขอนแก่นค่ะ", "home_province": "ขอนแก่นค่ะ",
         "travellers": "ยังไม่ได้จะเดินทางค่ะ", "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ",
         "needs": "เรื่องบัตรประชาชนของลูกค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "ป้าแดง", "phone": "0869931027", "confirm": "ค่ะ"},
        outcome="answered",
        answered="กรมการปกครอง",
    ),
    # Asks for her sister what replaces a lost card: "กรณีผู้ประสบปัญหาฯ ขาดเอกสาร
    # ราชการ ให้มีหนังสือรับรองว่ามีสัญชาติไทย และมีถิ่นฐานพื้นที่นั้นจริง".
    "dev26 asking for a sister what replaces a lost card": Persona(
        ("ถามแทนน้องสาวค่ะ น้องบัตรปชช.หาย ถ้าจะขอค่ารถกลับบ้านต้องใช้เอกสารอะไรแทนบัตรคะ",),
        {"consent": "ยินยอมค่ะ", "idle": "แค่ถามไว้ก่อนค่ะ ยังไม่ได้ขอตอนนี้",
         "hardship": "ยังไม่ได้ขอค่ะ ถามไว้ให้น้อง", "id_card": "หนูมีค่ะ น้องไม่มี",
         "nationality_letter": "ไม่รู้ค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ปทุมธานีค่ะ", "home_province": "ลพบุรีค่ะ",
         "travellers": "ยังไม่แน่ใจค่ะ", "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "เมย์", "phone": "0614473390",
         "confirm": "ค่ะ"},
        outcome="answered",
        answered="หนังสือรับรอง",
    ),
    # 19-year-old released from Nakhon Pathom, slang and typos; friend threw him out
    # -> urgent. Has card. Wants a job (จัดหางาน). One thing a message.
    "dev26 young slang guy released from Nakhon Pathom": Persona(
        ("ดีคับ", "พึ่งออกจากเรือนจำนครปฐมเมื่อวานอ่ะ ไม่มีตังกลับบ้านเลยคับ"),
        {"consent": "โอเคยินยอมคับ", "idle": "ขอค่ารถกลับบ้านคับ",
         "hardship": "ไม่มีตังเลยคับ", "id_card": "มีคับ", "nationality_letter": "มีบัตรคับ",
         "nationality": "ไทยคับ", "current_province": "นครปฐม",
         "home_province": "กำแพงเพชรคับ", "travellers": "คนเดียวคับ",
         "urgent": "ด่วนคับ เพื่อนไล่ออกจากห้องละ", "special_needs": "ไม่มีคับ",
         "travel_alone": "ไปเองได้", "needs": "อยากได้งานทำคับ",
         "sensitive_consent": "ยินยอม", "name": "เจมส์", "phone": "064-552-1093",
         "confirm": "ถูกคับ"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "กำแพงเพชร",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "name": "เจมส์", "phone": "0645521093"},
        one_part=True,
    ),
    # Mother (58, not elderly) came to Khlong Phai to fetch her son; bag snatched,
    # cards kept in a shirt pocket; slept in a pavilion -> urgent. Son has a
    # psychiatric illness on medicine -> "sick"; she looks after him (no escort
    # needed). Wants his psychiatric care continued (กรมสุขภาพจิต).
    "dev26 mother fetching a mentally ill son from Khlong Phai": Persona(
        (
            "สวัสดีค่ะ แม่มารับลูกชายที่พ้นโทษจากเรือนจำกลางคลองไผ่ค่ะ",
            "ระหว่างรอโดนกระชากกระเป๋า เงินหายหมด เหลือแต่บัตรประชาชนที่เก็บในกระเป๋าเสื้อ",
            "ลูกป่วยจิตเวช ต้องกินยาต่อเนื่อง เมื่อคืนนอนศาลาหน้าเรือนจำกันสองคนแม่ลูกค่ะ อยากกลับยโสธร",
        ),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "เงินหายหมดค่ะ ไม่มีที่นอน ไม่มีค่ารถ",
         "id_card": "มีค่ะ ทั้งแม่ทั้งลูก", "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "โคราชค่ะ อ.สีคิ้ว",
         "home_province": "ยโสธรค่ะ", "travellers": "2 คน แม่กับลูกชาย",
         "urgent": "ด่วนค่ะ คืนนี้ไม่อยากนอนศาลาอีกแล้ว",
         "special_needs": "ลูกชายป่วยจิตเวชค่ะ ต้องกินยา แม่อายุ 58 ยังแข็งแรง",
         "travel_alone": "ไปด้วยกันได้ค่ะ แม่ดูแลลูกเอง",
         "needs": "อยากให้ลูกได้รักษาจิตเวชต่อที่บ้านค่ะ ยาเหลือไม่กี่เม็ด",
         "sensitive_consent": "ยินยอมค่ะ", "name": "สำลี", "phone": "0827719560",
         "confirm": "ถูกต้องค่ะ ขอบคุณมากๆค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ยโสธร",
                "travellers": 2, "urgent": True, "special": ["sick"],
                "referrals": ["mental_health_care"], "name": "สำลี",
                "phone": "0827719560"},
    ),
    # Seven months pregnant, abandoned, card lost, village head's letter in hand;
    # staying in a friend's room until month end -> not urgent. Fixes the current
    # province at the summary (the friend's room is in Lamphun).
    "dev26 pregnant woman with lost card and village head letter": Persona(
        (
            "สวัสดีค่ะ ตอนนี้ท้อง 7 เดือนค่ะ แฟนทิ้งไป ทำงานอยู่เชียงใหม่ ตอนนี้ไม่มีงาน ไม่มีเงิน",
            "บัตรประชาชนก็หาย แต่ผู้ใหญ่บ้านทำหนังสือรับรองส่งมาให้แล้ว",
            "ตอนนี้อาศัยห้องเพื่อนอยู่ก่อน อยากกลับไปคลอดที่บ้านค่ะ",
        ),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีเงิน ไม่มีรายได้ค่ะ", "id_card": "บัตรหายค่ะ ยังไม่ได้ทำใหม่",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านทำให้ เพื่อนถือมาให้แล้ว",
         "nationality": "ไทยเจ้า", "current_province": "เชียงใหม่ค่ะ",
         "home_province": "น่านค่ะ อ.ปัว", "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังอยู่ห้องเพื่อนได้ถึงสิ้นเดือน",
         "special_needs": "ท้อง 7 เดือนค่ะ", "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ได้",
         "needs": "อยากทำบัตรประชาชนใหม่ค่ะ", "sensitive_consent": "ยินยอม",
         "name": "มายด์", "phone": "0993320481",
         "confirm": "ขอแก้จังหวัดค่ะ ห้องเพื่อนอยู่ลำพูน ไม่ใช่เชียงใหม่ ใกล้ๆกันเลยพิมพ์ผิด"},
        outcome="case",
        expect={"eligible": True, "current": "ลำพูน", "home": "น่าน",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "referrals": ["id_card"], "name": "มายด์", "phone": "0993320481"},
    ),
    # 67-year-old out of Bang Khwang after 15 years, lost in a changed world: cannot
    # travel alone ("ไม่อาจเดินทางกลับภูมิลำเนาเดิมได้โดยลำพัง เนื่องจาก อายุ สติปัญญา")
    # and elderly; no shelter -> urgent. Asks about the old-age allowance. One thing
    # a message; the phone is his niece's.
    "dev26 elderly man out after fifteen years who cannot travel alone": Persona(
        ("สวัสดี", "ลุงออกจากคุกบางขวางวันนี้ ติดมา 15 ปี"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้าน",
         "hardship": "ไม่มีเงิน ไม่มีที่ไป", "id_card": "มี เรือนจำทำให้",
         "nationality_letter": "มีบัตร", "nationality": "ไทย",
         "current_province": "นนทบุรี", "home_province": "ชัยภูมิ", "travellers": "คนเดียว",
         "urgent": "ด่วน ไม่มีที่นอน", "special_needs": "อายุ 67 แล้ว",
         "travel_alone": "ไปเองไม่ได้ ไม่รู้ทาง อะไรเปลี่ยนไปหมด ลุงงง",
         "needs": "เบี้ยคนแก่", "sensitive_consent": "ยินยอม", "name": "เปลื้อง",
         "phone": "เบอร์หลาน 0819046627", "confirm": "ถูก"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "elderly"],
                "referrals": ["elderly_allowance"], "name": "เปลื้อง",
                "phone": "0819046627"},
        one_part=True,
    ),
    # Released from the Chonburi women's correctional institution; took her 6-year-old
    # daughter (birth certificate only) back from her sister, still staying there ->
    # not urgent. Wants sewing training. Counts only herself, fixes to 2 at the summary.
    "dev26 released mother with daughter who has only a birth certificate": Persona(
        (
            "สวัสดีค่ะ",
            "ออกจากทัณฑสถานหญิงชลบุรีเดือนที่แล้วค่ะ รับลูกสาวคืนจากบ้านพี่สาวแล้ว",
            "ลูกมีแต่สูติบัตรนะคะ",
        ),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทย", "current_province": "ชลบุรี", "home_province": "ศรีสะเกษ",
         "travellers": "1 ค่ะ", "urgent": "ไม่ด่วนค่ะ ยังอยู่บ้านพี่สาวได้",
         "special_needs": "ลูก 6 ขวบค่ะ", "travel_alone": "ได้ค่ะ",
         "needs": "อยากฝึกอาชีพตัดเย็บค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "นก", "phone": "0631187752",
         "confirm": "อ้าว ลืมนับลูก ไป 2 คนค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "ศรีสะเกษ",
                "travellers": 2, "urgent": False, "special": ["child"],
                "referrals": ["job_training"], "name": "นก", "phone": "0631187752"},
        one_part=True,
    ),
    # Isan restaurant worker in Phuket whose card a loan shark keeps; has a house
    # registration copy AND the village head's letter, so the document rule is met.
    # Evicted, slept on the beach -> urgent. Wants a new card and legal advice.
    "dev26 Phuket worker whose card a loan shark keeps": Persona(
        (
            "สวัสดีครับ ผมทำงานร้านอาหารที่ภูเก็ต ร้านปิด ไปกู้นอกระบบมา เจ้าหนี้ยึดบัตรประชาชนไว้",
            "ห้องเช่าก็โดนไล่ออกเมื่อวาน ตอนนี้นอนหาดป่าตอง",
            "มีสำเนาทะเบียนบ้านกับหนังสือรับรองผู้ใหญ่บ้านที่แม่ส่งมาครับ อยากกลับมุกดาหาร",
        ),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "บ่มีที่อยู่ บ่มีเงินครับ", "id_card": "ไม่มีครับ เจ้าหนี้ยึดไป",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านรับรอง แม่ส่งไปรษณีย์มา",
         "nationality": "ไทย", "current_province": "ภูเก็ต ป่าตอง",
         "home_province": "มุกดาหารครับ", "travellers": "1",
         "urgent": "ด่วนครับ นอนชายหาดมาคืนนึงแล้ว", "special_needs": "ไม่มี",
         "travel_alone": "ไปเองได้",
         "needs": "อยากทำบัตรใหม่ครับ แล้วก็อยากปรึกษากฎหมายว่าเจ้าหนี้ยึดบัตรได้ไหม ผิดกฎหมายไหม",
         "sensitive_consent": "ยินยอมครับ", "name": "ต่อ", "phone": "0883014629",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "มุกดาหาร",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "justice_centre"], "name": "ต่อ",
                "phone": "0883014629"},
    ),
    # Released on a drug case, staying with a former cellmate in Udon Thani -> not
    # urgent. Fails job applications because of his record: wants work (จัดหางาน) and
    # to ask about the criminal record (กองทะเบียนประวัติอาชญากร). New phone after sending.
    "dev26 drug case release blocked by his record": Persona(
        (
            "ผมออกจากเรือนจำกลางอุดรธานีมาได้สองอาทิตย์ คดียาครับ",
            "ตอนนี้อาศัยบ้านเพื่อนที่เคยอยู่ห้องขังเดียวกันที่อุดร แต่อยากกลับไปหาแม่ที่เลย ไม่มีค่ารถ",
            "สมัครงานที่ไหนก็ไม่ผ่านเพราะมีประวัติ",
        ),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับเลยครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีงานครับ", "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ", "nationality": "ไทยครับ",
         "current_province": "อุดรครับ", "home_province": "เลยครับ อ.วังสะพุง",
         "travellers": "คนเดียว", "urgent": "ไม่ด่วนครับ ยังนอนบ้านเพื่อนได้",
         "special_needs": "ไม่มี", "travel_alone": "ได้ครับ",
         "needs": "อยากได้งานครับ แล้วอยากรู้เรื่องตรวจประวัติอาชญากร ว่าจะทำยังไงให้สมัครงานได้",
         "sensitive_consent": "ยินยอม", "name": "ก้อง", "phone": "0876650312",
         "confirm": "ครับ ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "อุดรธานี", "home": "เลย",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["criminal_record", "job_placement"], "name": "ก้อง",
                "phone": "0612290847"},
        after=("ขอแก้เบอร์ครับ เบอร์เก่าโดนตัดไปแล้ว เบอร์ใหม่ 0612290847",),
    ),
}
