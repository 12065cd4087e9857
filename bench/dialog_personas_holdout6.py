"""Persona set holdout6, 2026-12-05. Written from the seeds only, by a writer who did not read the
dialog code, knowledge files, tests or other persona sets. Focus: a broad, representative mix of
real applicants from every region (North, Northeast, Central, East, West, South) in natural
everyday Thai (Isan, northern and southern words, no spaces, typos, Thai digits, emoji, English
words). Decisions follow 002 (hardship criteria 1-3, Thai nationality, ID card or a letter
certifying Thai nationality and residence, urgent = no bed tonight / sick now -> 24 h, has a place
to stay -> up to 15 days, officer may travel along when a person cannot travel alone) and 000
(services for released prisoners: ID cards, job placement and training, probation, HIV aid,
elderly and disability allowances).
22 personas: 16 eligible (unpaid workers, pickpocketed with a kamnan letter, sick teenager, job-scam
victim, pregnant mother with a child, wheelchair user with his wife, farm-worker family with a
grandmother and a child, 4 released prisoners incl. HIV and parole, elderly patient written for by
a nurse, elderly released prisoner written for by a monk, father with memory loss written for by
his daughter), 6 refused (2 not Thai, 2 no hardship, no card and no letter, already at home).
5 one_part, 4 bare greetings, 4 long first messages, 3 written for someone else, 3 corrections at
the summary."""
from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan builder whose employer ran off without paying; at Mo Chit with 20 baht, no bed tonight.
    # Thai, has card, no fare/food/shelter -> eligible, urgent. Tells it all in the first message.
    "unpaid builder at mo chit": Persona(
        ("สวัสดีครับ ผมมาทำงานก่อสร้างที่กรุงเทพ นายจ้างหนีไม่จ่ายค่าแรง ตอนนี้นั่งอยู่หมอชิต บ่มีตังค่ารถกลับกาฬสินธุ์เลยครับ คืนนี้ก็บ่รู้จะนอนไส บัตรประชาชนมีอยู่ครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ช่วยค่ารถกลับบ้านแหน่ครับ",
         "hardship": "บ่มีเงินเลยครับ เหลือ20บาท ข้าวก็ยังบ่ได้กินมื้อนี้",
         "id_card": "มีครับ",
         "nationality_letter": "บ่มีครับ แต่บัตรประชาชนมีอยู่",
         "nationality": "ไทยครับ",
         "current_province": "กรุงเทพ หมอชิตครับ",
         "home_province": "กาฬสินธุ์ครับ อ.ยางตลาด",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "บ่มีครับ อยากกลับบ้านอย่างเดียว",
         "sensitive_consent": "ได้ครับ",
         "name": "บุญมี ศรีภูมิ",
         "phone": "0934567812",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "กาฬสินธุ์", "travellers": 1,
                "urgent": True, "special": [], "name": "บุญมี ศรีภูมิ", "phone": "0934567812"}),

    # A nurse in Phitsanulok writes for a 78-year-old diabetic patient with memory problems who is
    # discharged tomorrow with no money and no relative to fetch her home to Nan. Thai, has card ->
    # eligible; cannot travel alone -> an officer should go along (002 ข้อ 6(3)). She still has a
    # ward bed tonight, so urgency is arguable and left out.
    "nurse for discharged grandmother": Persona(
        ("สวัสดีค่ะ เป็นพยาบาลที่ รพ.พุทธชินราช พิษณุโลกนะคะ มีคนไข้สูงอายุอยากขอความช่วยเหลือเรื่องส่งกลับบ้านค่ะ",),
        {"consent": "ยินยอมค่ะ คุณยายให้ดิฉันพิมพ์แทนค่ะ",
         "idle": "ขอความช่วยเหลือส่งคนไข้กลับบ้านค่ะ",
         "hardship": "หมอให้คุณยายกลับบ้านได้พรุ่งนี้ แต่ไม่มีญาติมารับเลย เงินติดตัวก็ไม่มี ค่ารถกลับน่านก็ไม่มีค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ เก็บไว้ที่เวชระเบียน",
         "nationality_letter": "ไม่มีค่ะ แต่มีบัตรประชาชนนะคะ",
         "nationality": "ไทยค่ะ",
         "current_province": "พิษณุโลกค่ะ",
         "home_province": "น่านค่ะ อำเภอปัว",
         "travellers": "คุณยายคนเดียวค่ะ",
         "urgent": "คืนนี้ยังนอนที่วอร์ดได้ค่ะ แต่พรุ่งนี้ออกจาก รพ.แล้วไม่มีที่ไป",
         "special_needs": "อายุ ๗๘ ปีค่ะ เป็นเบาหวานความดัน หลงๆลืมๆ",
         "travel_alone": "ไม่ได้ค่ะ ต้องมีคนพาไป ไปเองหลงแน่นอน",
         "needs": "อยากให้มีเจ้าหน้าที่ไปส่งถึงบ้านด้วยค่ะ",
         "sensitive_consent": "คุณยายบอกว่าบันทึกได้ค่ะ",
         "name": "คำแปง ใจดี",
         "phone": "ติดต่อพยาบาลเอ๋ได้ค่ะ 089-123-4560",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "น่าน", "travellers": 1,
                "special": ["cannot_travel_alone", "elderly", "sick"],
                "referrals": ["travel_escort"], "name": "คำแปง ใจดี", "phone": "0891234560"}),

    # Southern deckhand in Mahachai; the boats stopped going out, money gone, no fare home to
    # Nakhon Si Thammarat. Sleeps in a friend's room for a week -> eligible, not urgent.
    # Bare greeting, one thing per message.
    "deckhand in mahachai": Persona(
        ("สวัสดีครับ",),
        {"consent": "ครับ ยินยอม",
         "idle": "อยากขอค่ารถหลบบ้านครับ",
         "hardship": "เรือหยุดออก ไม่มีงาน ตังค์หมดแล้วหนา ค่ารถหลบบ้านไม่มีครับ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ มีบัตร",
         "nationality": "ไทยครับ",
         "current_province": "มหาชัยครับ สมุทรสาคร",
         "home_province": "นครศรีฯครับ ปากพนัง",
         "travellers": "คนเดียว",
         "urgent": "ยังนอนห้องเพื่อนได้อยู่ครับ สักอาทิตย์นึง",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "สมพงษ์ ทองแก้ว",
         "phone": "๐๖๑๒๓๔๗๘๙๐",
         "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "นครศรีธรรมราช", "travellers": 1,
                "urgent": False, "special": [], "name": "สมพงษ์ ทองแก้ว", "phone": "0612347890"},
        one_part=True),

    # Released from Rayong prison yesterday; his card expired while inside but he still has it.
    # Slept at a temple pavilion, no bed tonight -> eligible, urgent. Wants a new card and a job
    # (000: DOPA ID cards for released prisoners; Department of Employment job placement).
    "released in rayong, expired card, wants work": Persona(
        ("ผมเพิ่งออกจากเรือนจำระยองเมื่อวานครับ", "ขอความช่วยเหลือหน่อยครับ"),
        {"consent": "ยินยอม",
         "idle": "อยากกลับบ้านครับ ไม่มีค่ารถ",
         "hardship": "เงินที่ได้ตอนออกมาใช้กินหมดแล้วครับ เมื่อคืนนอนศาลาหน้าวัด",
         "id_card": "บัตรหมดอายุตอนอยู่ข้างในครับ ตัวบัตรยังมีอยู่",
         "nationality_letter": "ไม่มีครับ มีใบปล่อยตัวกับบัตรหมดอายุ",
         "nationality": "คนไทยครับ",
         "current_province": "ระยอง",
         "home_province": "บุรีรัมย์ครับ อ.นางรอง",
         "travellers": "ผมคนเดียว",
         "urgent": "ครับ คืนนี้ก็ไม่มีที่นอน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "needs": "อยากทำบัตรใหม่ครับ แล้วก็อยากหางานทำ ไม่รู้ใครจะรับคนเคยติดคุก",
         "sensitive_consent": "ได้ครับ บันทึกได้",
         "name": "ชาติชาย",
         "phone": "098-765-4321",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["id_card", "job_placement"],
                "name": "ชาติชาย", "phone": "0987654321"}),

    # Woman just released from the Central Women's Correctional Institution in Bangkok, HIV
    # positive, a few days of antiretrovirals left, no bed tonight, family not answering.
    # Thai, has card -> eligible, urgent; HIV aid (000 2.1) and job placement.
    "released woman with hiv": Persona(
        ("ดิฉันเพิ่งพ้นโทษออกมาจากทัณฑสถานหญิงกลางค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านที่ลำปางค่ะ ไม่มีค่ารถ",
         "hardship": "ไม่มีเงินเลยค่ะ ไม่มีใครมารับ ญาติก็ไม่รับสาย",
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทย",
         "current_province": "กทม.ค่ะ",
         "home_province": "ลำปาง อ.เกาะคาค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ดิฉันติดเชื้อHIVค่ะ กินยาต้านอยู่ ยาเหลืออีกไม่กี่วัน",
         "travel_alone": "ได้ค่ะ",
         "needs": "อยากได้ยาต้านต่อเนื่องค่ะ แล้วก็อยากมีงานทำ",
         "sensitive_consent": "ได้ค่ะ ให้เจ้าหน้าที่รู้ได้",
         "name": "อรุณี",
         "phone": "0823344556",
         "confirm": "ถูกต้องค่ะ 🙏"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง", "travellers": 1,
                "urgent": True, "referrals": ["hiv_aid", "job_placement"], "name": "อรุณี",
                "phone": "0823344556"}),

    # A monk in Ayutthaya writes for a 64-year-old man released from prison who sleeps at the
    # temple; no money, no relatives to fetch him home to Sisaket. Thai, card made in prison ->
    # eligible; has shelter -> not urgent. Never got the old-age allowance (000 2.2).
    "monk for elderly released man": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดในอยุธยา มีโยมผู้ชายแก่ๆพ้นโทษออกมา มาอาศัยนอนที่วัด อยากกลับบ้านศรีสะเกษแต่ไม่มีปัจจัยค่ารถ",),
        {"consent": "โยมเขายินยอม",
         "idle": "ขอความช่วยเหลือให้โยมเขาด้วย",
         "hardship": "โยมไม่มีเงินติดตัวเลย ไม่มีญาติมารับ ค่ารถกลับบ้านก็ไม่มี",
         "id_card": "มีบัตรประชาชน ทำใหม่ตอนอยู่ในเรือนจำ",
         "nationality_letter": "มีบัตรแล้ว",
         "nationality": "คนไทย",
         "current_province": "อยุธยา",
         "home_province": "ศรีสะเกษ อำเภอกันทรลักษ์",
         "travellers": "โยมคนเดียว",
         "urgent": "ไม่รีบมาก นอนที่วัดได้ กินข้าวก้นบาตรกับเด็กวัดได้",
         "special_needs": "โยมอายุ ๖๔ ร่างกายยังแข็งแรงดี",
         "travel_alone": "ไปเองได้ ขึ้นรถทัวร์เป็น",
         "needs": "โยมยังไม่เคยได้เบี้ยคนแก่ อยากให้ช่วยเรื่องนี้ด้วย",
         "sensitive_consent": "โยมเขาว่าบันทึกได้",
         "name": "สมหมาย จันทร์หอม",
         "phone": "เบอร์อาตมา 0856677889",
         "confirm": "ถูกต้องแล้ว"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": False, "special": ["elderly"], "referrals": ["elderly_allowance"],
                "name": "สมหมาย จันทร์หอม", "phone": "0856677889"}),

    # Seven months pregnant in Pattaya with a 4-year-old, partner left, evicted today, no money to
    # go home to Udon Thani. Thai, card -> eligible, urgent; pregnant + child. Long first message.
    "pregnant mother evicted in pattaya": Persona(
        ("ช่วยด้วยค่ะ ตอนนี้อยู่พัทยา ท้อง7เดือน มีลูกเล็กอีกคน แฟนทิ้งไปแล้ว เจ้าของห้องไล่ออกวันนี้ ไม่มีเงินกลับบ้านที่อุดรค่ะ 😭",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านอุดรค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ค่าห้องก็ค้าง ข้าวมีแค่มาม่าห่อเดียว",
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "พัทยาค่ะ",
         "home_province": "อุดรค่ะ บ้านแม่อยู่กุมภวาปี",
         "travellers": "2คนค่ะ หนูกับลูก ลูก4ขวบ",
         "urgent": "ด่วนมากค่ะ คืนนี้ไม่มีที่นอนแล้ว",
         "special_needs": "หนูท้อง7เดือนค่ะ ลูกก็ยังเล็ก",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ ขอกลับบ้านก่อน",
         "sensitive_consent": "ได้ค่ะ",
         "name": "น้ำฝน",
         "phone": "0645558821",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 2,
                "urgent": True, "special": ["child", "pregnant"], "name": "น้ำฝน",
                "phone": "0645558821"}),

    # Wheelchair user (lost a leg in an accident) and his wife in Bangkok, lottery sales gone,
    # room paid only to the end of the month -> eligible, not urgent. Not yet registered as a
    # person with disabilities -> disability allowance (000 2.3). Corrects his phone at the summary.
    # Whether the bot also marks cannot_travel_alone is arguable, so special is left out.
    "wheelchair user and wife to sakon": Persona(
        ("ขอความช่วยเหลือครับ ผมนั่งวีลแชร์",),
        {"consent": "ยินยอม",
         "idle": "อยากกลับบ้านสกลครับ ไม่มีค่ารถ",
         "hardship": "ผมขาขาดจากอุบัติเหตุ ทำงานไม่ได้ เมียขายลอตเตอรี่ก็ขายไม่ออก เงินหมดแล้วครับ",
         "id_card": "มีทั้งสองคนครับ",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ",
         "current_province": "กทม.ครับ แถวดินแดง",
         "home_province": "สกลนครครับ",
         "travellers": "2 คน ผมกับเมีย",
         "urgent": "ยังมีห้องอยู่ครับ จ่ายค่าห้องถึงสิ้นเดือน",
         "special_needs": "ผมพิการครับ ขาขาดข้างนึง ต้องนั่งรถเข็น",
         "travel_alone": "ไปกับเมียครับ เมียช่วยยกรถเข็นขึ้นรถ",
         "needs": "ยังไม่ได้ขึ้นทะเบียนคนพิการครับ อยากได้เบี้ยคนพิการ",
         "sensitive_consent": "ได้ครับ",
         "name": "ประยูร",
         "phone": "0817788990",
         "confirm": ("เบอร์ผิดครับ ที่ถูก 0817788909", "ถูกต้องครับ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สกลนคร", "travellers": 2,
                "urgent": False, "referrals": ["disability_allowance"], "name": "ประยูร",
                "phone": "0817788909"}),

    # Northern factory worker in Bang Phli; the factory closed without paying the last month.
    # Sleeps at a friend's -> eligible, not urgent. Wants work near home. One thing per message.
    "factory closed, back to phayao": Persona(
        ("สวัสดีครับ โรงงานปิดครับ อยากกลับบ้าน",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับพะเยาครับ",
         "hardship": "โรงงานปิดบ่จ่ายเงินเดือน เงินหมดแล้วครับ ค่ารถกลับบ้านบ่มี",
         "id_card": "มีครับ",
         "nationality_letter": "บ่มีครับ มีบัตรอยู่",
         "nationality": "คนไทยครับ",
         "current_province": "สมุทรปราการ บางพลีครับ",
         "home_province": "พะเยา อ.เชียงคำครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "บ่ด่วนครับ นอนห้องเปื้อนได้อยู่",
         "special_needs": "บ่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "อยากได้งานทำแถวบ้านครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ต้น",
         "phone": "0953332211",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "พะเยา", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["job_placement"], "name": "ต้น",
                "phone": "0953332211"},
        one_part=True),

    # Isan family who came to cut durian in Chanthaburi; season over, paid short. Husband, wife,
    # grandmother 71 and a 5-year-old; the employer lets them sleep in a shed until Friday ->
    # eligible, not urgent. At the summary she adds her younger brother: 5 travellers.
    "durian pickers family to yasothon": Persona(
        ("สวัสดีค่ะ มาตัดทุเรียนที่จันทบุรีกันทั้งครอบครัว หมดฤดูแล้ว นายจ้างจ่ายไม่ครบ ไม่มีเงินพากันกลับยโสธรค่ะ มีแม่แก่ๆกับลูกเล็กด้วย",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "เงินเหลือไม่ถึงร้อย ค่ารถหลายคนไม่พอ ข้าวก็ต้องขอเขากิน",
         "id_card": "มีบัตรทุกคนค่ะ ลูกมีสูติบัตร",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยหมดค่ะ",
         "current_province": "จันทบุรี อ.มะขามค่ะ",
         "home_province": "ยโสธรค่ะ",
         "travellers": "4 คนค่ะ หนู สามี แม่ แล้วก็ลูกสาว5ขวบ",
         "urgent": "นายจ้างให้นอนเพิงในสวนได้ถึงวันศุกร์ค่ะ",
         "special_needs": "แม่อายุ 71 ค่ะ ลูก 5 ขวบ",
         "travel_alone": "ไปด้วยกันหมดค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "บัวผัน",
         "phone": "0628881234",
         "confirm": ("ขอแก้ค่ะ น้องชายจะกลับด้วย รวมเป็น5คนค่ะ", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "จันทบุรี", "home": "ยโสธร", "travellers": 5,
                "urgent": False, "special": ["child", "elderly"], "name": "บัวผัน",
                "phone": "0628881234"}),

    # Bag stolen in Phuket: card, money and phone gone; slept sitting at the bus terminal. The
    # kamnan already sent a signed letter certifying she is Thai and lives there (002 condition 2)
    # -> eligible, urgent. Wants a new card. Long first message.
    "bag stolen in phuket, kamnan letter": Persona(
        ("กระเป๋าโดนขโมยที่ภูเก็ตค่ะ บัตรประชาชน เงิน มือถือหายหมด ตอนนี้ยืมโทรศัพท์ร้านค้าพิมพ์ อยากกลับบ้านหนองคายค่ะ กำนันทำหนังสือรับรองส่งมาให้แล้ว",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอช่วยค่ารถกลับหนองคายค่ะ",
         "hardship": "ไม่เหลือเงินเลยค่ะ เมื่อคืนนั่งหลับที่บขส.",
         "id_card": "หายค่ะ โดนขโมยไปกับกระเป๋า แจ้งความไว้แล้ว",
         "nationality_letter": "มีค่ะ กำนันเซ็นรับรองว่าเป็นคนไทยอยู่ตำบลนี้จริง ส่งEMSมาถึงเมื่อเช้าค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ภูเก็ตค่ะ",
         "home_province": "หนองคายค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "อยากทำบัตรประชาชนใหม่ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "จันทร์เพ็ญ",
         "phone": "0897001122 เบอร์ร้านค้านะคะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "หนองคาย", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["id_card"], "name": "จันทร์เพ็ญ",
                "phone": "0897001122"}),

    # A daughter in Korat writes for her 74-year-old father with memory loss who wandered to Hua
    # Hin and sits at the police station with no money. Thai, card -> eligible, urgent (no bed);
    # he cannot travel alone -> officer escort. Whether memory loss counts as "sick" is arguable,
    # so special is left out.
    "daughter for lost father in hua hin": Persona(
        ("สวัสดีค่ะ พ่อหนูหลงไปอยู่หัวหินค่ะ", "ตำรวจโทรมาบอกว่าพ่ออยู่ที่โรงพัก หนูอยู่โคราชไปรับไม่ได้ ไม่มีเงินค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากให้ช่วยส่งพ่อกลับบ้านค่ะ",
         "hardship": "พ่อไม่มีเงินติดตัวเลยค่ะ หนูก็ไม่มีเงินไปรับ",
         "id_card": "พ่อมีบัตรประชาชนค่ะ ตำรวจดูแล้ว",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "พ่ออยู่หัวหิน ประจวบค่ะ",
         "home_province": "โคราชค่ะ อ.โนนสูง",
         "travellers": "พ่อคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ พ่อไม่มีที่นอน นั่งรออยู่ที่โรงพัก",
         "special_needs": "พ่ออายุ74 ความจำไม่ดี หลงๆลืมๆค่ะ",
         "travel_alone": "ไม่ได้ค่ะ ต้องมีคนพามา ไม่งั้นหลงอีก",
         "needs": "อยากให้มีเจ้าหน้าที่พาพ่อมาส่งค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "พ่อชื่อทองดี มั่นคงค่ะ",
         "phone": "เบอร์หนู 0869990011 ค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True, "referrals": ["travel_escort"],
                "phone": "0869990011"}),

    # Southern Muslim restaurant worker in Bangkok, dismissed without the last month's pay; stays
    # in a friend's room -> eligible, not urgent. Bare greeting, one thing per message.
    "restaurant worker to narathiwat": Persona(
        ("สวัสดีค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากได้ความช่วยเหลือค่ะ กลับบ้านไม่ได้",
         "hardship": "โดนเลิกจ้าง เถ้าแก่ไม่จ่ายค่าแรงเดือนสุดท้าย ไม่มีเงินค่ารถไฟกลับค่ะ",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีแต่บัตร",
         "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ ห้วยขวาง",
         "home_province": "นราธิวาส ตากใบค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ ตอนนี้อาศัยห้องเพื่อนอยู่",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ ขอบคุณค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ฟาตีมะห์",
         "phone": "0931112233",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นราธิวาส", "travellers": 1,
                "urgent": False, "special": [], "name": "ฟาตีมะห์", "phone": "0931112233"},
        one_part=True),

    # 19-year-old left by her boyfriend in Chiang Mai, high fever, sitting at a bus stop, no
    # money. Thai, card -> eligible; sick now and no bed -> urgent, special sick.
    "feverish teen in chiang mai": Persona(
        ("หนูอยู่เชียงใหม่ค่ะ ไม่สบาย อยากกลับบ้าน",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ช่วยหนูหน่อยค่ะ อยากกลับกาญ",
         "hardship": "แฟนทิ้งไว้ ไม่มีตังเลยค่ะ ค่ารถก็ไม่มี",
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "เชียงใหม่ค่ะ",
         "home_province": "กาญจนบุรีค่ะ",
         "travellers": "หนูคนเดียว",
         "urgent": "ด่วนค่ะ ตอนนี้ไข้ขึ้นสูง นั่งอยู่ป้ายรถเมล์ ไม่มีที่นอน",
         "special_needs": "ไม่สบายค่ะ ไข้สูง ไอด้วย",
         "travel_alone": "ได้ค่ะ ถ้าไข้ลด",
         "needs": "อยากไปหาหมอค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "มิ้นท์",
         "phone": "0654443322",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "กาญจนบุรี", "travellers": 1,
                "urgent": True, "special": ["sick"], "name": "มิ้นท์", "phone": "0654443322"}),

    # Lured to Mae Sot by a broker promising work; no job, money gone, slept on the street two
    # nights. Thai, card -> eligible, urgent. Bare greeting, one thing per message.
    "job scam in mae sot": Persona(
        ("สวัสดี",),
        {"consent": "ok ครับ ยินยอม",
         "idle": "ผมโดนหลอกมาทำงานครับ อยากกลับบ้าน",
         "hardship": "นายหน้าหลอกว่ามีงาน มาถึงไม่มีงาน เงินหมดครับ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "แม่สอดครับ",
         "home_province": "ลพบุรี",
         "travellers": "1",
         "urgent": "ด่วนครับ นอนข้างถนนมาสองคืนแล้ว",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้",
         "name": "วีระ",
         "phone": "๐๙๒๕๕๕๖๖๗๗",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "ตาก", "home": "ลพบุรี", "travellers": 1,
                "urgent": True, "special": [], "name": "วีระ", "phone": "0925556677"},
        one_part=True),

    # Paroled from Songkhla prison, must report to probation in his home province Chumphon within
    # three days, no fare, no bed. Thai, card made inside -> eligible, urgent. Wants mechanic
    # training and help with probation (000 3.1, 7.2). Gives his nickname, then his real name at
    # the summary.
    "parolee to chumphon": Persona(
        ("ผมได้พักโทษออกมาจากเรือนจำสงขลาครับ ต้องไปรายงานตัวคุมประพฤติที่ชุมพรบ้านเกิด แต่ไม่มีค่ารถครับ",),
        {"consent": "ได้ครับ ยินยอม",
         "idle": "ขอค่ารถกลับชุมพรครับ",
         "hardship": "ไม่มีเงินครับ ที่บ้านก็ไม่มีใครส่งมาให้",
         "id_card": "มีครับ ทำตอนอยู่ในเรือนจำ",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทย",
         "current_province": "สงขลาครับ",
         "home_province": "ชุมพร อ.หลังสวน",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน ต้องไปรายงานตัวภายใน3วันด้วย",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "อยากเรียนช่างซ่อมรถครับ จะได้มีอาชีพ แล้วก็อยากให้ช่วยประสานคุมประพฤติที่ชุมพรด้วย",
         "sensitive_consent": "ได้ครับ",
         "name": "บ่าว",
         "phone": "0613339900",
         "confirm": ("ขอแก้ชื่อเป็นชื่อจริงครับ อนุชา แก้วมณี", "ถูกต้องครับ")},
        expect={"eligible": True, "current": "สงขลา", "home": "ชุมพร", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_training", "probation_support"],
                "name": "อนุชา แก้วมณี", "phone": "0613339900"}),

    # Cambodian worker in Chonburi with a pink card, jobless, wants to go home to Battambang.
    # Not Thai (002: the aid is for persons of Thai nationality) -> refused.
    "cambodian worker in chonburi": Persona(
        ("สวัดดีคับ ผมคนเขมร ทำงานที่ชลบุรี ตกงาน ไม่มีเงินกลับบ้านคับ",),
        {"consent": "ยินยอมคับ",
         "idle": "ช่วยผมกลับบ้านคับ",
         "hardship": "ไม่มีเงินเลยคับ นายจ้างไม่จ่าย",
         "id_card": "ไม่มีบัตรไทยคับ มีบัตรชมพู",
         "nationality_letter": "ไม่มีคับ",
         "nationality": "กัมพูชาคับ",
         "current_province": "ชลบุรี",
         "home_province": "บ้านผมอยู่พระตะบอง กัมพูชาคับ",
         "travellers": "คนเดียว",
         "urgent": "ไม่มีที่นอนคับ",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้คับ",
         "needs": "ไม่มีคับ",
         "sensitive_consent": "ได้คับ",
         "name": "สุเภียบ",
         "phone": "0984561230",
         "confirm": "ถูกต้องคับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Lao housemaid dismissed in Bangkok, only a Lao passport, wants to go home to Vientiane.
    # Not Thai -> refused.
    "lao housemaid in bangkok": Persona(
        ("สะบายดีค่ะ ข้อยเป็นคนลาว มาเฮ็ดงานแม่บ้านอยู่กรุงเทพ นายจ้างไล่ออก อยากกลับบ้านค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอให้ช่วยข้อยกลับบ้านแหน่ค่ะ",
         "hardship": "บ่มีเงินค่ะ นายจ้างบ่ให้ค่าจ้าง",
         "id_card": "บ่มีบัตรไทยค่ะ มีแต่พาสปอร์ตลาว",
         "nationality_letter": "บ่มีค่ะ",
         "nationality": "ลาวค่ะ",
         "current_province": "กรุงเทพค่ะ",
         "home_province": "เวียงจันทน์ค่ะ",
         "travellers": "ผู้เดียวค่ะ",
         "urgent": "ตอนนี้นอนอยู่บ้านหมู่ได้อีกสองสามคืนค่ะ",
         "special_needs": "บ่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "บ่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "คำเพียร",
         "phone": "0926781234",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Bangkok office worker with a salary and a condo who wants a free ride home to Chiang Rai for
    # Songkran to save money. None of the hardship criteria -> refused.
    "salaried worker wants free songkran ride": Persona(
        ("ขอลงทะเบียนรับค่ารถกลับบ้านช่วงสงกรานต์ครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากได้ค่ารถกลับเชียงรายช่วงสงกรานต์ครับ",
         "hardship": "ก็ไม่ได้ลำบากอะไรครับ มีงานทำ มีเงินเดือน แต่ตั๋วช่วงเทศกาลแพง อยากประหยัด",
         "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ",
         "current_province": "กทม.",
         "home_province": "เชียงรายครับ",
         "travellers": "2 คน ผมกับแฟน",
         "urgent": "ไม่ด่วนครับ มีคอนโดอยู่",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ภูมิ",
         "phone": "0801239876",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ไม่เข้าเกณฑ์"}),

    # Thai man sleeping at Sanam Luang, card lost years ago; the old village head died, the new one
    # does not know him, no relatives left: no card and no letter can be had -> refused (002
    # condition 2). One thing per message.
    "no card no letter at sanam luang": Persona(
        ("ขอความช่วยเหลือครับ",),
        {"consent": "ยินยอม",
         "idle": "อยากกลับบ้านอุบลครับ",
         "hardship": "ไม่มีเงิน ไม่มีที่อยู่ครับ นอนสนามหลวง",
         "id_card": "หายนานแล้วครับ หลายปี",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านคนเก่าตายแล้ว คนใหม่ไม่รู้จักผม ญาติก็ไม่เหลือ ขอไม่ได้หรอกครับ",
         "nationality": "คนไทยครับ",
         "current_province": "กรุงเทพ",
         "home_province": "อุบลครับ",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้",
         "name": "สุวิทย์",
         "phone": "0891110022",
         "confirm": "ถูกต้อง"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
        one_part=True),

    # Woman in her own house in Khon Kaen asking for money for food; she is already at home, so
    # there is no return journey to pay for -> refused (the reason word is arguable, left out).
    # Bare greeting.
    "already at home in khon kaen": Persona(
        ("สวัสดีค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอเงินช่วยเหลือค่ะ ลำบากมาก",
         "hardship": "ไม่มีเงินซื้อข้าวค่ะ ผัวตกงาน",
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทย",
         "current_province": "ขอนแก่นค่ะ อยู่บ้านตัวเอง",
         "home_province": "ขอนแก่นค่ะ บ้านอยู่นี่แหละ",
         "travellers": "ไม่ได้จะไปไหนค่ะ อยู่บ้าน",
         "urgent": "ไม่ด่วนค่ะ มีบ้านอยู่",
         "special_needs": "มีลูก 2 ขวบค่ะ",
         "travel_alone": "ไม่ได้ไปไหนค่ะ",
         "needs": "อยากได้ข้าวสารอาหารแห้งค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "สมใจ",
         "phone": "0871234000",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "current": "ขอนแก่น", "home": "ขอนแก่น"}),

    # Retired teacher in Hat Yai with a pension and his own house who wants the state to pay his
    # bus fare to visit his daughter in Lampang. Elderly but not in hardship -> refused.
    "pensioner in hat yai visiting daughter": Persona(
        ("สวัสดีครับ ผมอายุ 67 อยากขอค่าเดินทางไปหาลูกสาวที่ลำปางครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถไปลำปางครับ",
         "hardship": "ก็ไม่ถึงกับเดือดร้อนครับ มีบำนาญครู มีบ้านอยู่ เงินพอ แต่คิดว่ารัฐช่วยได้ก็ดี",
         "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ",
         "current_province": "หาดใหญ่ สงขลา",
         "home_province": "ลูกสาวอยู่ลำปางครับ ผมเองบ้านอยู่หาดใหญ่",
         "travellers": "ผมกับภรรยา 2 คนครับ",
         "urgent": "ไม่ด่วนครับ",
         "special_needs": "อายุมากหน่อยแต่แข็งแรงครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "อาจารย์ประสิทธิ์",
         "phone": "0862345678",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ไม่เข้าเกณฑ์"}),
}
