"""Persona set dev23 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: people in crisis and how they really talk about it -- fleeing violence from a
husband or an employer, rescued trafficking victims, mental-health trouble and
illness, pregnant women near term, a man with HIV just released from prison,
teenagers who ran away, people robbed at night. Some write in panic (short bursts,
several messages, no punctuation), some are calm but vague; several ask about the
service in the middle (how long, is it free, which documents); a few refuse to give
their real name or a phone number.

Counts: 22 personas, 16 eligible (case), 6 refused (2 not Thai, 2 no card and no
letter, 1 already in the home province, 1 no hardship); 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # A young Isan mother beaten by her husband, fled with two small children, at a
    # petrol station in Rangsit with no money. Thai, has her card. Eligible: 002 "ไม่มี
    # ค่าพาหนะเดินทางกลับภูมิลำเนาเดิม"; urgent: no place tonight and unsafe (002:
    # "กรณีเร่งด่วนจะดำเนินงานภายใน ๒๔ ชั่วโมง"). Three travel, two are children.
    "wife fleeing husband with two kids, panic": Persona(
        ("ช่วยด้วยค่ะ", "ผัวตีหนูอีกแล้ว หนีออกมากับลูกสองคน",
         "ตอนนี้อยู่ปั๊มแถวรังสิต ไม่มีเงินสักบาท", "อยากกลับบ้านแม่ที่ร้อยเอ็ด"),
        {"consent": "ได้ค่ะ ยอม", "idle": "อยากกลับบ้านค่ะ ไม่มีค่ารถ",
         "hardship": "ไม่มีเงินเลยค่ะ ค่ารถก็ไม่มี ข้าวลูกก็ยังไม่ได้กิน",
         "id_card": "มีค่ะ หยิบบัตรมาได้", "nationality_letter": "ไม่มีค่ะ มีแต่บัตร",
         "nationality": "ไทยค่ะ", "current_province": "ปทุมธานีค่ะ รังสิต",
         "home_province": "ร้อยเอ็ดค่ะ บ้านแม่",
         "travellers": "3 คนค่ะ หนูกับลูกอีก2",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน กลัวเขาตามมา ต้องรอนานไหมคะ",
         "special_needs": "ลูกเล็กสองคนค่ะ 5ขวบกับ2ขวบ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีแล้วค่ะ แค่อยากไปให้พ้นเขา", "sensitive_consent": "ได้ค่ะ",
         "name": "ปัทมา ศรีบุญเรือง", "phone": "081 742 6631",
         "confirm": "ถูกค่ะ ส่งเลย"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ร้อยเอ็ด",
                "travellers": 3, "urgent": True, "special": ["child"],
                "referrals": [], "name": "ปัทมา", "phone": "0817426631"},
    ),
    # A foundation officer writing for a Thai woman of 22 rescued from a karaoke bar in
    # Hat Yai. The broker kept her card, but she has a district letter certifying Thai
    # nationality: 002 "กรณีผู้ประสบปัญหาฯ ขาดเอกสารราชการ ให้มีหนังสือรับรองว่ามีสัญชาติ
    # ไทย". Safe in a shelter, so not urgent. Only the victim travels. Asks for training.
    "NGO for Thai trafficking victim, has letter": Persona(
        ("สวัสดีค่ะ ดิฉันเป็นเจ้าหน้าที่มูลนิธิ ติดต่อแทนผู้เสียหายจากการค้ามนุษย์ 1 ราย "
         "เป็นหญิงไทยอายุ 22 ช่วยออกมาจากร้านคาราโอเกะที่หาดใหญ่เมื่อสัปดาห์ก่อน "
         "น้องอยากกลับบ้านที่เชียงรายแต่ไม่มีเงินเลยค่ะ",),
        {"consent": "น้องยินยอมแล้วค่ะ ดิฉันอธิบายให้ฟังแล้ว",
         "idle": "ขอความช่วยเหลือค่ารถกลับภูมิลำเนาให้น้องค่ะ",
         "hardship": "น้องไม่มีเงินและไม่มีรายได้เลยค่ะ ค่าจ้างโดนนายหน้าหักหมด "
                     "ไม่มีค่าพาหนะกลับบ้าน",
         "id_card": "บัตรประชาชนโดนนายหน้ายึดไว้ค่ะ ยังไม่ได้คืน",
         "nationality_letter": "มีค่ะ ได้หนังสือรับรองสัญชาติไทยและถิ่นที่อยู่จาก"
                               "อำเภอแม่สายมาแล้ว",
         "nationality": "สัญชาติไทยค่ะ",
         "current_province": "ตอนนี้น้องอยู่สงขลาค่ะ อำเภอหาดใหญ่",
         "home_province": "เชียงรายค่ะ อำเภอแม่สาย",
         "travellers": "น้องคนเดียวค่ะ ดิฉันไม่ได้ไปด้วย",
         "urgent": "ไม่ด่วนค่ะ ตอนนี้น้องพักที่บ้านพักเด็กและครอบครัวได้อย่างปลอดภัย",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "น้องเดินทางเองได้ค่ะ",
         "needs": "น้องอยากฝึกอาชีพค่ะ อยากเรียนทำขนมหรือตัดผม",
         "sensitive_consent": "ได้ค่ะ", "name": "น้องชื่อสุดารัตน์ แสงคำ ค่ะ",
         "phone": "ติดต่อดิฉันได้ค่ะ 089-210-3345", "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_training"], "name": "สุดารัตน์",
                "phone": "0892103345"},
    ),
    # Released yesterday from Khlong Prem, slept at Hua Lamphong, HIV positive and often
    # ill. Calm and vague at first; asks whether the release paper is needed. Eligible
    # (card, Thai, no fare); urgent (no place tonight). Sick. Asks for HIV help (000:
    # "การให้การสงเคราะห์ช่วยเหลือผู้ป่วยเอดส์ หรือผู้ติดเชื้อ HIV") and a job.
    "released prisoner with HIV, calm": Persona(
        ("สวัสดีครับ", "เพิ่งออกมาจากข้างในเมื่อวานครับ"),
        {"consent": "ครับ ได้ครับ",
         "idle": "ไม่รู้จะไปไหนครับ อยากกลับบ้านแต่ไม่มีตังค์",
         "hardship": "ไม่มีเงินเลยครับ เมื่อคืนนอนหัวลำโพง ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีครับ บัตรยังไม่หมดอายุ ต้องใช้ใบปล่อยตัวด้วยไหมครับ",
         "nationality_letter": "ไม่มีครับ มีแต่บัตร", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ ออกจากคลองเปรม",
         "home_province": "นครสวรรค์ครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ก็ไม่มีที่นอนอีก",
         "special_needs": "ผมติดเชื้อ HIV ครับ ต้องกินยาต้านทุกวัน ช่วงนี้ป่วยบ่อย "
                          "ไม่ค่อยมีแรง",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้ความช่วยเหลือเรื่องยาต้าน HIV ครับ ยาเหลือไม่กี่วัน "
                  "แล้วก็อยากหางานทำครับ",
         "sensitive_consent": "บันทึกได้ครับ", "name": "ณรงค์ มีสุข",
         "phone": "๐๖๒-๓๓๔-๘๘๑๗", "confirm": "ครับ ถูกแล้ว"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครสวรรค์",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["hiv_aid", "job_placement"], "name": "ณรงค์",
                "phone": "0623348817"},
    ),
    # Isan housemaid locked in by her employer, unpaid three months, escaped with her
    # card; standing at the mouth of the soi in Pak Kret. Asks whether it costs money
    # (002: "ไม่มีค่าธรรมเนียม"). Eligible, urgent (no place tonight, afraid). Wants work.
    "maid fleeing employer, Isan, one part": Persona(
        ("ข่อยหนีออกมาจากบ้านนายจ้างค่ะ เพิ่นขังไว้บ่ให้ออกไปไส ค่าจ้างกะบ่จ่ายสามเดือน "
         "ตอนนี้ยืนอยู่ปากซอย บ่มีเงินจักบาท",),
        {"consent": "ได้ค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "บ่มีเงินเลยค่ะ ค่ารถกะบ่มี ข้าวกะยังบ่ได้กิน ต้องเสียเงินบ่คะ",
         "id_card": "มีค่ะ แอบเอาบัตรออกมาได้", "nationality_letter": "บ่มีค่ะ",
         "nationality": "คนไทยค่ะ", "current_province": "นนทบุรีค่ะ แถวปากเกร็ด",
         "home_province": "อุดรค่ะ อุดรธานี", "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้บ่มีบ่อนนอน ย้านนายจ้างมาเห็น",
         "special_needs": "บ่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากหางานใหม่ทำอยู่บ้านเฮาค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "บุญเรือน พิลาแดง", "phone": "0954412876",
         "confirm": "แม่นแล้วค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "อุดรธานี",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "name": "บุญเรือน",
                "phone": "0954412876"},
        one_part=True,
    ),
    # Nine months pregnant, husband gone, evicted tomorrow morning in Map Ta Phut;
    # writes คำเมือง. Must leave within 24 hours, so urgent. Says plainly she cannot
    # travel alone (002 ข้อ ๖(๓): "ไม่อาจเดินทางกลับภูมิลำเนาเดิมได้โดยลำพัง ... สุขภาพ").
    # Asks how long it takes.
    "pregnant near term evicted, kham mueang": Persona(
        ("สวัสดีเจ้า", "ท้องได้เก้าเดือนแล้วเจ้า ผัวหนีไปแล้ว",
         "เจ้าของห้องไล่ออกพรุ่งนี้เช้า บ่มีเงินค่าห้อง อยากกลับบ้านลำปาง"),
        {"consent": "ได้เจ้า", "idle": "อยากได้ค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีเงินเลยเจ้า งานกะบ่ได้ทำเพราะท้องแก่ ค่ารถกลับบ้านกะบ่มี",
         "id_card": "มีเจ้า", "nationality_letter": "บ่มีเจ้า มีแต่บัตร",
         "nationality": "ไทยเจ้า", "current_province": "ระยองเจ้า มาบตาพุด",
         "home_province": "ลำปางเจ้า", "travellers": "ตัวเองคนเดียวเจ้า",
         "urgent": "ด่วนเจ้า พรุ่งนี้เช้าต้องออกจากห้องแล้ว ต้องรอนานก่อเจ้า "
                   "จะทันก่อนคลอดก่อ",
         "special_needs": "ท้องแก่เก้าเดือนเจ้า หมอนัดคลอดอาทิตย์หน้า",
         "travel_alone": "ไปคนเดียวบ่ได้เจ้า กลัวเจ็บท้องคลอดบนรถ ต้องมีคนไปด้วย",
         "needs": "บ่มีแล้วเจ้า", "sensitive_consent": "ได้เจ้า",
         "name": "ศรีนวล ใจคำ", "phone": "083-771-9024",
         "confirm": "ถูกแล้วเจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "ลำปาง",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "pregnant"],
                "referrals": [], "name": "ศรีนวล", "phone": "0837719024"},
    ),
    # Ran away from home at 17, now 19, dumped by a boyfriend in Pattaya, slept on the
    # beach. Slang, no spaces. Wants to go to grandma in Surin (002: ภูมิลำเนาเดิม
    # "ให้หมายความรวมถึงภูมิลำเนาของญาติ"). Eligible, urgent. Says she is 19: no child.
    "runaway teen dumped in Pattaya": Persona(
        ("พี่คะหนูหนีออกจากบ้านมาตั้งแต่อายุ17อ่ะตอนนี้19แล้ว",
         "ตอนนี้อยู่พัทยาแฟนทิ้งไปแล้ว",
         "อยากกลับไปอยู่กับยายที่สุรินทร์แต่ไม่มีตังค์เลยค่ะ"),
        {"consent": "โอเคค่ะ", "idle": "อยากกลับบ้านยายค่ะ",
         "hardship": "ไม่มีตังค์เลยอ่ะพี่ เมื่อคืนนอนชายหาด ข้าวก็ไม่ได้กิน",
         "id_card": "มีค่ะ บัตรอยู่ในกระเป๋าตังค์", "nationality_letter": "ไม่มีอ่ะ",
         "nationality": "ไทยค่ะ", "current_province": "พัทยาค่ะ ชลบุรี",
         "home_province": "สุรินทร์ค่ะ บ้านยาย", "travellers": "หนูคนเดียว",
         "urgent": "ด่วนค่ะคืนนี้ไม่มีที่นอนอีกแล้ว", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "กมลชนก บุญมา",
         "phone": "0641239987", "confirm": "okค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "special": [], "referrals": [],
                "name": "กมลชนก", "phone": "0641239987"},
    ),
    # Southern man held up at 2 a.m. at Mo Chit, money and phone gone, the card still in
    # the other pocket. Writes on a vendor's phone and has no number to give. Eligible,
    # urgent (sat at the terminal all night). His card is fine: no ID-card referral.
    "robbed at Mo Chit at night, no phone": Persona(
        ("ช่วยผมทีครับ", "โดนจี้เมื่อคืนตีสองแถวหมอชิต",
         "เงินโทรศัพท์ไปหมดแหละ ไม่รู้ทำพรือแล้ว", "ยืมเครื่องแม่ค้าพิมพ์อยู่"),
        {"consent": "ได้ครับ", "idle": "อยากได้ค่ารถกลับบ้านนครศรีฯ",
         "hardship": "ไม่มีตังค์สักบาทแล้วครับ โดนเอาไปหมด ค่ารถกลับบ้านก็ไม่มี",
         "id_card": "บัตรประชาชนยังอยู่ครับ ใส่กระเป๋ากางเกงอีกข้าง มันไม่ได้เอาไป",
         "nationality_letter": "ไม่มีครับ", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ หมอชิต",
         "home_province": "นครศรีธรรมราชครับ อำเภอทุ่งสง",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ไม่มีที่นอน เมื่อคืนนั่งอยู่ท่ารถทั้งคืน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีแล้วครับ บัตรก็ยังอยู่", "sensitive_consent": "ได้ครับ",
         "name": "ประเสริฐ ทองคำ",
         "phone": ("ไม่มีเบอร์แล้วครับ โทรศัพท์โดนเอาไปด้วย",
                   "ไม่มีจริงๆครับ เครื่องนี้ก็ของแม่ค้า ผมจะไปที่สำนักงานเอง"),
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร",
                "home": "นครศรีธรรมราช", "travellers": 1, "urgent": True,
                "special": [], "referrals": [], "no_referrals": ["id_card"],
                "name": "ประเสริฐ"},
    ),
    # Depressed man in Chiang Mai, jobless three months, one meal a day. Vague first
    # ("ไม่ไหวแล้ว"), then says what he wants. Room until month's end: not urgent (002:
    # "กรณีที่พักอาศัยอยู่ไม่เร่งด่วน จะดำเนินงานไม่เกิน ๑๕ วัน"). Sick; asks for a
    # psychiatrist near home (000 กรมสุขภาพจิต).
    "depressed jobless man, vague, one part": Persona(
        ("สวัสดีครับ",),
        {"consent": "ครับ",
         "idle": ("ช่วงนี้ไม่ไหวแล้วครับ ไม่รู้จะเริ่มยังไง",
                  "อยากกลับไปอยู่กับแม่ครับ แต่ไม่มีเงินค่ารถ"),
         "hardship": "ตกงานมาสามเดือนแล้วครับ ไม่มีรายได้ เงินเหลือไม่พอค่ารถกลับบ้าน "
                     "กินข้าววันละมื้อ",
         "id_card": "มีครับ", "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ", "current_province": "เชียงใหม่ครับ",
         "home_province": "พิษณุโลกครับ บ้านแม่", "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ห้องเช่ายังอยู่ได้ถึงสิ้นเดือน",
         "special_needs": "ผมเป็นโรคซึมเศร้าครับ หมอให้ยามา ยาใกล้หมดแล้ว",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้หมอจิตเวชใกล้บ้านครับ จะได้รักษาต่อ",
         "sensitive_consent": "ได้ครับ", "name": "ธนากร วงศ์ใหญ่",
         "phone": "0916683402", "confirm": "ครับ ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "พิษณุโลก",
                "travellers": 1, "urgent": False, "special": ["sick"],
                "referrals": ["mental_health_care"], "name": "ธนากร",
                "phone": "0916683402"},
        one_part=True,
    ),
    # A neighbour writing for a 68-year-old grandmother beaten by her drunk son; the
    # aunt can keep her one night only, so she must leave within 24 hours: urgent.
    # Elderly (60+). Asks for the old-age allowance (000 กรมกิจการผู้สูงอายุ). The
    # neighbour mistypes her own number and fixes it after sending.
    "neighbour for grandma beaten by son": Persona(
        ("สวัสดีค่ะ พิมพ์แทนยายข้างบ้านนะคะ",
         "ยายทองใบอายุ 68 ลูกชายกินเหล้าแล้วตียาย ยายหนีมาอยู่บ้านป้าเมื่อคืน "
         "แต่ป้าให้อยู่ได้คืนเดียว พรุ่งนี้ต้องออกแล้ว",
         "ยายอยากไปอยู่กับน้องสาวที่ยโสธร ไม่มีเงินค่ารถเลยค่ะ"),
        {"consent": "ยายบอกว่ายินยอมค่ะ", "idle": "ขอค่ารถให้ยายกลับยโสธรค่ะ",
         "hardship": "ยายไม่มีเงินเลยค่ะ ไม่มีรายได้ ลูกชายเอาเงินไปหมด ค่ารถก็ไม่มี",
         "id_card": "ยายมีบัตรค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "สมุทรปราการค่ะ บางพลี",
         "home_province": "ยโสธรค่ะ บ้านน้องสาวยาย",
         "travellers": "ยายคนเดียวค่ะ ป้าไม่ได้ไป",
         "urgent": "ด่วนค่ะ พรุ่งนี้ยายต้องออกจากบ้านป้าแล้ว กลับบ้านตัวเองก็ไม่ปลอดภัย",
         "special_needs": "ยายอายุ 68 ค่ะ",
         "travel_alone": "ยายไปเองได้ค่ะ เคยนั่งรถทัวร์ไปยโสธรบ่อย",
         "needs": "ยายไม่เคยได้เบี้ยผู้สูงอายุเลยค่ะ อยากให้ช่วยเรื่องนี้ด้วย",
         "sensitive_consent": "ได้ค่ะ", "name": "ทองใบ ศรีสุข ค่ะ",
         "phone": "ใช้เบอร์ป้านะคะ 0865550132", "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ยโสธร",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "name": "ทองใบ",
                "phone": "0865550123"},
        after=("ขอโทษค่ะ เบอร์ป้าพิมพ์ผิด ที่ถูกคือ 0865550123",),
    ),
    # A mother in Nakhon Phanom writing for her son with schizophrenia, found at a
    # temple in Phuket, off his medicine for a month. She asks which documents are
    # needed. He cannot travel alone (002 ข้อ ๖(๓) "สติปัญญา สุขภาพ"). Sleeps at the
    # temple: not urgent. Only the son travels. Asks for psychiatric care.
    "mother for son with schizophrenia": Persona(
        ("สวัสดีค่ะ แม่อยากถามว่า ลูกชายป่วยจิตเวช หนีออกจากบ้านไปตั้งแต่เดือนก่อน "
         "ตอนนี้หลวงพ่อวัดที่ภูเก็ตโทรมาบอกว่าเจอลูกอยู่ที่วัด แม่ไม่มีเงินไปรับค่ะ "
         "ต้องใช้เอกสารอะไรบ้างคะ",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากให้ช่วยพาลูกกลับบ้านค่ะ",
         "hardship": "ลูกไม่มีเงินติดตัวเลยค่ะ แม่ก็ไม่มีเงินค่ารถให้ลูกกลับ",
         "id_card": "บัตรประชาชนของลูกอยู่กับหลวงพ่อค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ลูกอยู่ภูเก็ตค่ะ",
         "home_province": "บ้านอยู่นครพนมค่ะ",
         "travellers": "ลูกคนเดียวค่ะ แม่ไม่ได้ไปด้วย",
         "urgent": "ไม่ด่วนค่ะ หลวงพ่อให้ลูกนอนที่วัดได้ก่อน",
         "special_needs": "ลูกป่วยเป็นโรคจิตเภทค่ะ ขาดยามาเดือนนึงแล้ว",
         "travel_alone": "ลูกไปเองไม่ได้ค่ะ จำทางไม่ได้ ต้องมีคนพาไป",
         "needs": "อยากให้ลูกได้รักษาต่อที่โรงพยาบาลจิตเวชค่ะ",
         "sensitive_consent": "ได้ค่ะ บันทึกได้",
         "name": "ลูกชื่อวีระพงษ์ พรมมา ค่ะ", "phone": "เบอร์แม่ค่ะ 0887134529",
         "confirm": "ถูกแล้วค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครพนม",
                "travellers": 1, "urgent": False,
                "special": ["cannot_travel_alone", "sick"],
                "referrals": ["mental_health_care"], "name": "วีระพงษ์",
                "phone": "0887134529"},
    ),
    # A calm southern wife in Khon Kaen, still living with a husband who hurts her and
    # keeps the money. Opens with questions (can you help, is it free). Unsafe: urgent.
    # Refuses her own phone (he checks it), then gives her sister's.
    "abused wife, calm, refuses own phone": Persona(
        ("อยากสอบถามค่ะ",
         "ถ้าอยากกลับบ้านแต่ไม่มีเงิน ขอให้ช่วยได้ไหมคะ ฟรีไหมคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านที่พัทลุงค่ะ",
         "hardship": "ไม่มีเงินค่ะ สามีคุมเงินหมด ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "ขอนแก่นค่ะ",
         "home_province": "พัทลุงค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ยังอยู่บ้านเดียวกับเขา เขาทำร้ายหนูเป็นประจำ "
                   "อยู่ต่อไม่ปลอดภัย",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่ต้องค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "อรอุมา แก้วมณี",
         "phone": ("ไม่สะดวกให้เบอร์ค่ะ เขาเช็คโทรศัพท์หนูตลอด",
                   "ถ้าจำเป็นจริงๆ ใช้เบอร์น้องสาวนะคะ 0934567812"),
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "พัทลุง",
                "travellers": 1, "urgent": True, "special": [], "referrals": [],
                "name": "อรอุมา", "phone": "0934567812"},
        one_part=True,
    ),
    # A woman just released from the women's prison in Chiang Mai with a one-year-old
    # born inside; opens with two stickers, writes คำเมือง. No place tonight: urgent.
    # Two travel, one a child. Wants Thai massage training (000 กรมการแพทย์แผนไทย).
    "released mother with baby, stickers": Persona(
        ("(สติกเกอร์)", "(สติกเกอร์)"),
        {"consent": "ได้เจ้า",
         "idle": "เพิ่งพ้นโทษออกมาเจ้า มีลูกน้อยอายุขวบนึงติดมาด้วย "
                 "อยากกลับบ้านแม่ฮ่องสอน บ่มีค่ารถเจ้า",
         "hardship": "บ่มีเงินเลยเจ้า บ่มีที่อยู่ ค่ารถกะบ่มี",
         "id_card": "มีบัตรเจ้า", "nationality_letter": "บ่มีเจ้า",
         "nationality": "คนไทยเจ้า", "current_province": "เชียงใหม่เจ้า",
         "home_province": "แม่ฮ่องสอนเจ้า",
         "travellers": "สองคนเจ้า ตัวเองกับลูก",
         "urgent": "ด่วนเจ้า คืนนี้บ่มีที่นอน",
         "special_needs": "ลูกน้อยอายุขวบนึงเจ้า", "travel_alone": "ไปเองได้เจ้า",
         "needs": "อยากฝึกนวดแผนไทยเจ้า จะได้มีงานทำ", "sensitive_consent": "ได้เจ้า",
         "name": "ดวงใจ คำแสน", "phone": "0981276543",
         "confirm": "ถูกแล้วเจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 2, "urgent": True, "special": ["child"],
                "referrals": ["thai_massage_training"], "name": "ดวงใจ",
                "phone": "0981276543"},
        one_part=True,
    ),
    # A young woman tricked into forced sex work at a karaoke in Sungai Kolok, escaped
    # last night with her card, hiding in a petrol-station toilet. Panic bursts.
    # Urgent. Will not give her real name, only a nickname; Thai digits for the phone.
    "escaped trafficking victim, nickname only": Persona(
        ("หนูหนีออกมาได้แล้วค่ะ",
         "เขาหลอกมาทำงานร้านคาราโอเกะที่สุไหงโกลก บังคับให้ขายตัว",
         "เมื่อคืนหนีออกมาตอนเขาหลับ ตอนนี้หลบอยู่ในห้องน้ำปั๊ม", "ช่วยหนูด้วย"),
        {"consent": "ได้ค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ เขาไม่เคยจ่ายเงินหนู ค่ารถกลับบ้านก็ไม่มี",
         "id_card": "มีค่ะ ตอนหนีแอบหยิบบัตรมาได้", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "นราธิวาสค่ะ สุไหงโกลก",
         "home_province": "เพชรบูรณ์ค่ะ", "travellers": "หนูคนเดียวค่ะ",
         "urgent": "ด่วนมากค่ะ ไม่มีที่นอน กลัวเขาตามมาเจอ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากมีงานทำที่บ้านค่ะ ช่วยหางานให้ได้ไหม",
         "sensitive_consent": "ได้ค่ะ",
         "name": ("ไม่อยากบอกชื่อจริงค่ะ กลัวเขาตามเจอ เรียกหนูว่ามายด์ได้ไหมคะ",
                  "มายด์ค่ะ"),
         "phone": "๐๘๖๑๒๓๔๕๖๗", "confirm": "ถูกค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นราธิวาส", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "name": "มายด์",
                "phone": "0861234567"},
    ),
    # A factory worker who lost a leg in an accident, fired, staying at a friend's room
    # (not urgent). Voice typing, one long message. In a wheelchair, cannot travel
    # alone; at the summary he adds his wife, so two travel (002 ข้อ ๒: "เจ็บป่วย พิการ
    # หรือทุพพลภาพ"). Asks for the disability allowance.
    "amputee worker, voice typing, adds wife": Persona(
        ("สวัสดีครับผมพิมพ์ด้วยเสียงนะครับถ้าผิดขออภัย ผมประสบอุบัติเหตุที่โรงงาน"
         "ขาขวาถูกตัดไปแล้วครับตอนนี้ออกจากโรงพยาบาลแล้วนายจ้างให้ออกจากงาน"
         "ไม่มีเงินกลับบ้านที่บุรีรัมย์ครับ",),
        {"consent": "ยินยอมครับ", "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีรายได้แล้วครับ ตกงาน ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีบัตรประชาชนครับ", "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ", "current_province": "ฉะเชิงเทราครับ อยู่ห้องเพื่อน",
         "home_province": "บุรีรัมย์ครับ", "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ยังพักห้องเพื่อนได้อีกหลายวัน",
         "special_needs": "ผมขาขาดข้างนึงครับ ต้องนั่งวีลแชร์",
         "travel_alone": "ไปเองไม่ไหวครับ ขึ้นลงรถเองไม่ได้ ต้องมีคนช่วย",
         "needs": "อยากทำบัตรคนพิการ จะได้เบี้ยคนพิการครับ",
         "sensitive_consent": "ได้ครับ", "name": "สมบัติ ดีประเสริฐ",
         "phone": "082 209 4417",
         "confirm": "ขอแก้จำนวนคนครับ ภรรยาผมจะไปด้วยเพื่อช่วยผม รวมเป็น 2 คนครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": False,
                "special": ["cannot_travel_alone", "disabled"],
                "referrals": ["disability_allowance"], "name": "สมบัติ",
                "phone": "0822094417"},
    ),
    # A trans woman beaten and thrown out by her boyfriend on Koh Samui, slept in a
    # roadside sala: urgent. Won't give the (male) name on her card, only น้ำหวาน. Says
    # the wound is light, no doctor needed. At the summary she changes home to her
    # aunt's in Maha Sarakham (002: "ภูมิลำเนาของญาติ").
    "trans woman beaten, nickname, fixes home": Persona(
        ("สวัสดีค่า",
         "คือแฟนทำร้ายร่างกายค่ะ ไล่ออกจากห้องเมื่อคืน ตอนนี้อยู่เกาะสมุย "
         "ไม่มีเงินสักบาทเลยค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากได้ค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีที่พัก ค่ารถก็ไม่มี",
         "id_card": "มีบัตรค่ะ แต่ชื่อในบัตรเป็นชื่อผู้ชายนะคะ",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "สุราษฎร์ค่ะ เกาะสมุย", "home_province": "ขอนแก่นค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ เมื่อคืนนอนศาลาริมทาง กลัวแฟนตามมาอีก",
         "special_needs": "ไม่มีค่ะ แผลไม่หนัก ไม่ต้องหาหมอค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "ไม่มีค่ะ ขอบคุณค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": ("ไม่อยากบอกชื่อจริงได้ไหมคะ เรียกว่าน้ำหวานนะคะ", "น้ำหวานค่ะ"),
         "phone": "065-887-1230",
         "confirm": "ขอแก้นิดนึงค่ะ จริงๆจะไปอยู่บ้านป้าที่มหาสารคามนะคะ ไม่ใช่ขอนแก่น"},
        outcome="case",
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "มหาสารคาม",
                "travellers": 1, "urgent": True, "special": [], "referrals": [],
                "no_referrals": ["medical_services"], "name": "น้ำหวาน",
                "phone": "0658871230"},
    ),
    # Eight months pregnant, hit by her drunk husband, ran with her 3-year-old to a
    # Lotus in Nakhon Pathom. Six bursts, no punctuation; asks how many days. Urgent.
    # Two travel; pregnant and a child.
    "pregnant wife with toddler, six bursts": Persona(
        ("ช่วยด้วยค่ะ", "ผัวเมาตีหนู", "หนูท้อง8เดือน", "อุ้มลูกหนีออกมา",
         "อยู่หน้าโลตัสนครปฐม", "อยากกลับบ้านสกลนคร"),
        {"consent": "ได้ค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีตังเลยค่ะ เขาเอาไปหมด ไม่มีค่ารถ",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทย",
         "current_province": "นครปฐม", "home_province": "สกลนครค่ะ",
         "travellers": "2คนค่ะ หนูกับลูก",
         "urgent": "ด่วนค่ะ ไม่มีที่นอน กลับไปบ้านเขาไม่ได้ กี่วันถึงจะได้คะ",
         "special_needs": "หนูท้อง8เดือนค่ะ ลูก3ขวบ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "จันทร์เพ็ญ ภูผา", "phone": "0973345061", "confirm": "ถูกค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "สกลนคร",
                "travellers": 2, "urgent": True, "special": ["child", "pregnant"],
                "referrals": [], "name": "จันทร์เพ็ญ", "phone": "0973345061"},
    ),
    # --- refusals ---
    # A volunteer for a Myanmar woman rescued from a seafood factory in Mahachai. She is
    # not Thai: 002 ข้อ ๔ "ผู้ตกทุกข์ได้ยาก หมายความว่า บุคคลผู้มีสัญชาติไทย". Refused.
    "NGO for Myanmar trafficking victim": Persona(
        ("สวัสดีครับ ผมอาสาสมัครมูลนิธิ ติดต่อแทนผู้เสียหายค้ามนุษย์ที่ตำรวจช่วยออกมา"
         "จากโรงงานแปรรูปอาหารทะเลที่มหาชัย",
         "น้องเป็นผู้หญิงพม่าอายุ 20 ไม่มีเงินเลย อยากกลับบ้านครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถให้น้องกลับบ้านครับ",
         "hardship": "ไม่มีเงินเลยครับ ไม่ได้ค่าจ้าง",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ น้องเป็นคนพม่า",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "พม่าครับ ไม่ได้มีสัญชาติไทย",
         "current_province": "สมุทรสาครครับ",
         "home_province": "บ้านน้องอยู่เมียวดี ประเทศพม่าครับ",
         "travellers": "น้องคนเดียวครับ",
         "urgent": "ไม่ด่วนครับ น้องพักที่บ้านพักของรัฐอยู่",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "name": "น้องชื่อ ซูซู ครับ", "phone": "0812290456", "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),
    # A Cambodian worker beaten and unpaid by his employer in Rayong, broken Thai. Not
    # Thai (002 ข้อ ๔ "ผู้มีสัญชาติไทย"), home is in Cambodia. Refused.
    "Cambodian worker fleeing employer": Persona(
        ("สวัสดีครับ ผมคนกัมพูชา นายจ้างไม่จ่ายเงิน ตีผมด้วย ผมหนีออกมา",
         "อยู่ระยอง จะกลับบ้าน ไม่มีเงิน"),
        {"consent": "ได้ครับ", "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีเงินครับ นายจ้างไม่จ่าย",
         "id_card": "ไม่มีบัตรไทยครับ มีพาสปอร์ต แต่นายจ้างเอาไป",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "กัมพูชาครับ ไม่ใช่คนไทย",
         "current_province": "ระยองครับ",
         "home_province": "พระตะบอง กัมพูชาครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ไม่มีที่นอน", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ", "name": "สุเพียบ", "phone": "0926617730",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),
    # A runaway boy in Bangkok whose card was lost before he left and never renewed,
    # with no letter either: 002 เงื่อนไข "แสดงบัตรประจำตัวประชาชน" or "หนังสือรับรองว่า
    # มีสัญชาติไทย". Refused for the card.
    "runaway boy, no card, no letter": Persona(
        ("หวัดดีครับ", "ผมหนีออกจากบ้านมาอยู่กรุงเทพได้เดือนนึง",
         "ตอนนี้ไม่มีเงินแล้วครับ อยากกลับบ้านที่ลพบุรี"),
        {"consent": "ครับ", "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีเงินครับ นอนสนามหลวงมาสามคืนแล้ว ค่ารถก็ไม่มี",
         "id_card": "ไม่มีครับ บัตรหายไปตั้งแต่ก่อนหนีออกมา ยังไม่ได้ทำใหม่",
         "nationality_letter": "ไม่มีครับ ไม่มีเอกสารอะไรเลย",
         "nationality": "ไทยครับ", "current_province": "กรุงเทพครับ",
         "home_province": "ลพบุรีครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ไม่มีที่นอน", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ", "name": "ภูมิ", "phone": "0617782093",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "บัตร"},
    ),
    # Bag snatched at night at the Khorat bus terminal, but her home is in Pak Thong
    # Chai, the same province: she is already in her home province (002: help is to
    # "กลับภูมิลำเนาเดิม"). Refused.
    "robbed at Khorat, already home province": Persona(
        ("เมื่อคืนโดนกระชากกระเป๋าที่บขส.โคราชค่ะ เงินหมดเลย",
         "จะกลับบ้านที่ปักธงชัยไม่มีค่ารถ"),
        {"consent": "ได้ค่ะ", "idle": "อยากได้ค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ โดนกระชากไปหมด",
         "id_card": "บัตรยังอยู่ค่ะ ใส่กระเป๋าเสื้อไว้", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "โคราชค่ะ นครราชสีมา",
         "home_province": "นครราชสีมาค่ะ บ้านอยู่อำเภอปักธงชัย โคราชนี่แหละ",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "สุภาพร มั่นคง", "phone": "0898812364", "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"},
    ),
    # A man with bipolar disorder in Lamphun who wants to move home to Trang and asks
    # how long it takes; he has savings, a salary, a room and the fare. Not in hardship
    # (002: "ผู้ประสบปัญหาความเดือดร้อนทางสังคม"). Refused.
    "bipolar man with savings, no hardship": Persona(
        ("สอบถามครับ ผมเป็นไบโพลาร์ รักษาอยู่ ตอนนี้อยู่ลำพูน อยากย้ายกลับไปอยู่บ้านที่ตรัง "
         "ถ้าขอให้ช่วยค่ารถต้องใช้เวลานานไหมครับ",),
        {"consent": "ได้ครับ", "idle": "อยากรู้ว่าขอค่ารถกลับบ้านได้ไหมครับ",
         "hardship": "ไม่ได้ลำบากครับ มีเงินเก็บอยู่ ค่ารถก็มีพอ ยังทำงานมีเงินเดือน "
                     "ที่พักก็มี แค่อยากรู้ว่าขอได้ไหม",
         "id_card": "มีครับ", "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ", "current_province": "ลำพูนครับ",
         "home_province": "ตรังครับ", "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ไม่อยากให้บันทึกครับ", "name": "กิตติ",
         "phone": "0834409127", "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"},
    ),
    # A wife in Saraburi whose husband keeps her ID card; she fled without it and has no
    # letter. 002 เงื่อนไข needs the card or "หนังสือรับรองว่ามีสัญชาติไทย". Refused for
    # the card. Answers one thing at a time.
    "wife fled, husband kept her card, one part": Persona(
        ("ผัวยึดบัตรประชาชนไว้ค่ะ", "หนูหนีออกมาแล้ว", "ขอค่ารถกลับบ้านได้ไหม"),
        {"consent": "ได้ค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีค่ารถกลับบ้าน",
         "id_card": "ไม่มีค่ะ บัตรอยู่กับผัว ไม่กล้ากลับไปเอา",
         "nationality_letter": "ไม่มีค่ะ ไม่มีหนังสืออะไรเลย",
         "nationality": "ไทยค่ะ", "current_province": "สระบุรีค่ะ",
         "home_province": "กำแพงเพชรค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ไม่มีที่นอน", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "ลำดวน", "phone": "0957738214",
         "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "บัตร"},
        one_part=True,
    ),
}
