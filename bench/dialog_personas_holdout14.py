"""Dialog personas, set "holdout14" (held-out test set).

Date: 2026-12-06. Written from the seeds only (the officers' manual for the
return-home aid and the services for people released from prison).

Focus: a broad, realistic sample of everyone who would write to Namjai: applicants
from every region (North, Northeast, Central, East, West, South), young and old,
families, released prisoners, people written for by relatives or a social-development
volunteer, people who are not eligible, and people who only ask a question; typed as
they really type (Isan, Northern and Southern speech, typos, no spaces, Thai digits,
emoji, several short messages, indirect answers, a correction at the summary).

Counts: 24 personas: 18 case, 3 refused, 3 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan mother stranded in Pattaya (Chon Buri) with her 5-year-old after the factory
    # closed; no fare home to Ubon; evicted from her room this morning, no place to sleep
    # tonight -> urgent. Thai ID card. Two travel; a small child.
    "holdout14 ดาว แม่ลูกอ่อนอุบลติดพัทยา": Persona(
        opening=(
            "สวัสดีเจ้า",
            "ข้อยอยู่พัทยา โรงงานปิด บ่มีเงินค่ารถกลับบ้าน",
            "มากับลูกสาวนำ",
        ),
        answers={
            "consent": "ยินยอมเจ้า",
            "idle": "อยากกลับบ้านอุบลเจ้า บ่มีค่ารถ",
            "hardship": "บ่มีค่ารถเจ้า เงินเดือนสุดท้ายนายจ้างบ่จ่าย ข้าวก็สิบ่มีกินแล้ว",
            "id_card": "มีเจ้า",
            "nationality_letter": "มีบัตรประชาชนอยู่เจ้า",
            "current_province": "พัทยาเจ้า ชลบุรี",
            "home_province": "อุบลเจ้า อำเภอวารินฯ",
            "travellers": "2 คนเจ้า ข้อยกับลูก",
            "urgent": "ห้องเช่าเพิ่นไล่ออกมื้อเช้านี่ มื้อนี่บ่ฮู้สินอนไส",
            "special_needs": "ลูกสาวอายุ 5 ขวบเจ้า",
            "travel_alone": "ข้อยไปนำลูกเจ้า ไปเองได้",
            "sensitive_consent": "ได้เจ้า",
            "needs": "กลับไปแล้วอยากได้งานเฮ็ดอยู่ใกล้บ้านเจ้า",
            "name": "ดาวเจ้า",
            "phone": "081-234-5678",
            "confirm": "ถูกต้องเจ้า",
        },
        expect={
            "eligible": True,
            "current": "ชลบุรี",
            "home": "อุบลราชธานี",
            "travellers": 2,
            "urgent": True,
            "special": ["child"],
            "name": "ดาว",
            "phone": "0812345678",
        },
    ),
    # Man released today from Khlong Prem prison (Bangkok), home Thung Song, Nakhon Si
    # Thammarat; no fare; no place to sleep tonight -> urgent. Asks for work -> job
    # placement for released prisoners. Answers one thing per message.
    "holdout14 เอก พ้นโทษคลองเปรมกลับคอน": Persona(
        opening=(
            "พี่ครับ",
            "ผมพึ่งพ้นโทษออกมาวันนี้ครับ",
            "ออกจากคลองเปรม บ้านอยู่คอน ไม่มีตังค์ขึ้นรถ",
        ),
        answers={
            "consent": "ยินยอมครับ",
            "idle": "อยากกลับบ้านครับ",
            "hardship": "ไม่มีค่ารถครับ ตังค์ที่มีเหลือร้อยกว่าบาท",
            "id_card": "มีครับ ทำใหม่ก่อนออก",
            "nationality_letter": "มีบัตรครับ",
            "current_province": "กรุงเทพครับ แถวงามวงศ์วาน",
            "home_province": "นครศรีฯครับ อำเภอทุ่งสง",
            "travellers": "คนเดียวครับ",
            "urgent": "คืนนี้ยังไม่รู้จะนอนไหนเลยครับ ญาติที่กรุงเทพไม่มีสักคน",
            "special_needs": "ไม่มีครับ",
            "travel_alone": "ไปเองได้ครับ",
            "sensitive_consent": "ได้ครับ ไม่ปิดบังครับ",
            "needs": "อยากได้งานครับ ใครจะรับคนเคยติดคุกบ้าง ช่วยหางานให้ได้ไหมครับ",
            "name": "เอกครับ",
            "phone": "ยังไม่มีเบอร์ตัวเองครับ ใช้เบอร์พี่สาว 0956781234",
            "confirm": "ถูกต้องครับ",
        },
        expect={
            "eligible": True,
            "current": "กรุงเทพมหานคร",
            "home": "นครศรีธรรมราช",
            "travellers": 1,
            "urgent": True,
            "special": [],
            "name": "เอก",
            "phone": "0956781234",
            "referrals": ["job_placement"],
        },
        one_part=True,
    ),
    # Granddaughter working abroad writes for her 74-year-old grandmother stuck at the
    # Mo Chit bus terminal (Bangkok); grandma sleeps on the terminal benches -> urgent;
    # home Thoen, Lampang; elderly and cannot travel alone. Contact: the aunt's number.
    "holdout14 แพร หลานเขียนแทนยายที่หมอชิต": Persona(
        opening=(
            "สวัสดีค่ะ ขอถามหน่อยค่ะ",
            "ยายหนูอายุ 74 มาหาลุงที่กรุงเทพ แต่ติดต่อลุงไม่ได้",
            "ตอนนี้ยายนั่งอยู่ขนส่งหมอชิต เงินหมด หนูทำงานอยู่เกาหลีส่งเงินไปไม่ทันค่ะ 😢",
        ),
        answers={
            "consent": "ยินยอมค่ะ",
            "idle": "อยากให้ช่วยส่งยายกลับบ้านที่ลำปางค่ะ",
            "hardship": "ยายไม่มีค่ารถกลับค่ะ เงินหมดแล้ว",
            "id_card": "ยายมีบัตรประชาชนค่ะ",
            "nationality_letter": "มีบัตรค่ะ",
            "current_province": "ยายอยู่หมอชิตค่ะ กรุงเทพ",
            "home_province": "ลำปางค่ะ อ.เถิน",
            "travellers": "ยายคนเดียวค่ะ",
            "urgent": "เมื่อคืนยายก็นอนเก้าอี้ที่ขนส่งค่ะ คืนนี้ก็คงต้องนอนที่นั่นอีก",
            "special_needs": "ยายอายุ 74 แล้วค่ะ แก่แล้ว ไปไหนเองไม่ค่อยเป็น",
            "travel_alone": "ไม่ได้ค่ะ ยายไปคนเดียวไม่ไหว ต้องมีคนพาไป",
            "sensitive_consent": "ได้ค่ะ",
            "needs": "ไม่มีแล้วค่ะ ขอแค่ยายถึงบ้าน",
            "name": "เรียกหนูว่าแพรค่ะ",
            "phone": "ยายไม่มีโทรศัพท์ค่ะ ติดต่อน้าที่ลำปางได้ 0871112233",
            "confirm": "ถูกต้องค่ะ ขอบคุณมากๆค่ะ 🙏",
        },
        expect={
            "eligible": True,
            "current": "กรุงเทพมหานคร",
            "home": "ลำปาง",
            "travellers": 1,
            "urgent": True,
            "special": ["cannot_travel_alone", "elderly"],
            "name": "แพร",
            "phone": "0871112233",
        },
    ),
    # A social development volunteer (อพม.) in Hat Yai writes for a 52-year-old homeless
    # man sleeping at Hat Yai station -> urgent; home Sakon Nakhon; diabetic with a foot
    # wound (sick) but walks and can travel alone. Contact: the volunteer.
    "holdout14 ธีระ อพม.หาดใหญ่เขียนแทนลุง": Persona(
        opening=(
            "เรียนเจ้าหน้าที่ครับ ผมเป็น อพม. อยู่หาดใหญ่",
            "เจอลุงคนนึงนอนอยู่แถวสถานีรถไฟหาดใหญ่มาสามคืนแล้ว",
            "ลุงบอกบ้านอยู่สกลนคร อยากกลับบ้าน ไม่มีเงินเลยครับ",
        ),
        answers={
            "consent": "ลุงยินยอมครับ ผมถามลุงแล้ว",
            "idle": "ขอความช่วยเหลือส่งลุงกลับภูมิลำเนาครับ",
            "hardship": "ลุงไม่มีที่พัก ไม่มีเงิน ข้าวก็ได้จากแม่ค้าแถวนั้นให้ครับ",
            "id_card": "ลุงมีบัตรครับ ยังไม่หมดอายุ",
            "nationality_letter": "มีบัตรประชาชนครับ",
            "current_province": "หาดใหญ่ สงขลาครับ",
            "home_province": "สกลนครครับ อ.สว่างแดนดิน",
            "travellers": "ลุงคนเดียวครับ",
            "urgent": "นอนที่สถานีรถไฟครับ ไม่มีที่นอน",
            "special_needs": "ลุงอายุ 52 ครับ เป็นเบาหวาน มีแผลที่เท้า ต้องทำแผลทุกวัน",
            "travel_alone": "ลุงเดินได้ ขึ้นรถเองได้ครับ ไปเองได้",
            "sensitive_consent": "ลุงยอมครับ",
            "needs": "อยากให้ลุงได้หาหมอทำแผลก่อนเดินทางครับ",
            "name": "ธีระครับ",
            "phone": "๐๘๑ ๕๕๕ ๔๓๒๑",
            "confirm": "ถูกต้องครับ",
        },
        expect={
            "eligible": True,
            "current": "สงขลา",
            "home": "สกลนคร",
            "travellers": 1,
            "urgent": True,
            "special": ["sick"],
            "name": "ธีระ",
            "phone": "0815554321",
        },
    ),
    # 19-year-old from Mae Chan, Chiang Rai, cheated by an employer in Phuket; no fare;
    # sleeps at a friend's room for a few more days -> not urgent. Teen typing, one
    # thing per message.
    "holdout14 ต้น วัยรุ่นโดนหลอกที่ภูเก็ต": Persona(
        opening=(
            "หวัดดีคับ",
            "ผมโดนหลอกมาทำงานที่ภูเก็ตอ่ะคับ",
            "เค้าไม่จ่ายตังเลย",
            "อยากกลับบ้าน",
        ),
        answers={
            "consent": "ยินยอมคับ",
            "idle": "อยากกลับบ้านคับไม่มีค่ารถ",
            "hardship": "ไม่มีตังค่ารถคับเหลือ80บาท",
            "id_card": "มีคับ",
            "nationality_letter": "มีบัตรคับ",
            "current_province": "ภูเก็ตคับ",
            "home_province": "เชียงรายคับแม่จัน",
            "travellers": "คนเดียวคับ",
            "urgent": "ตอนนี้นอนห้องเพื่อนไปก่อนคับ มันให้นอนได้อีกสองสามวัน",
            "special_needs": "ไม่มีคับผมอายุ19",
            "travel_alone": "ไปเองได้คับ",
            "sensitive_consent": "ได้คับ",
            "needs": "ไม่มีคับอยากกลับบ้านอย่างเดียว555",
            "name": "เรียกต้นก็ได้คับ",
            "phone": "0634567890",
            "confirm": "ถูกคับ",
        },
        expect={
            "eligible": True,
            "current": "ภูเก็ต",
            "home": "เชียงราย",
            "travellers": 1,
            "urgent": False,
            "special": [],
            "name": "ต้น",
            "phone": "0634567890",
        },
        one_part=True,
    ),
    # Laid-off factory worker in Map Ta Phut, Rayong: him, his wife (6 months pregnant)
    # and two children (7 and 2) -> 4 travellers; home Nang Rong, Buri Ram; rent paid
    # to month's end -> not urgent. Phone in Thai digits.
    "holdout14 บอย ครอบครัวสี่คนระยองกลับบุรีรัมย์": Persona(
        opening=(
            "สวัสดีครับ",
            "ผมทำงานโรงงานที่ระยอง โดนเลิกจ้างครับ",
            "ผม เมีย กับลูกสองคน อยากกลับบุรีรัมย์ แต่เงินชดเชยยังไม่ได้ ไม่มีค่ารถ",
        ),
        answers={
            "consent": "ยินยอมครับ",
            "idle": "ขอค่ารถกลับบ้านครับ",
            "hardship": "ไม่มีค่ารถครับ เงินเหลือไม่พอซื้อตั๋วสี่คน",
            "id_card": "มีครับ ผมกับเมียมีบัตร",
            "nationality_letter": "มีบัตรครับ",
            "current_province": "ระยองครับ มาบตาพุด",
            "home_province": "บุรีรัมย์ครับ อ.นางรอง",
            "travellers": "4 คนครับ",
            "urgent": "ห้องเช่ายังอยู่ได้ถึงสิ้นเดือนครับ จ่ายค่าห้องไว้แล้ว",
            "special_needs": "เมียท้อง 6 เดือนครับ ลูกคนโต 7 ขวบ คนเล็ก 2 ขวบ",
            "travel_alone": "ไปด้วยกันได้ครับ ผมดูแลเอง",
            "sensitive_consent": "ได้ครับ",
            "needs": "ถ้ามีงานแถวนางรองก็ดีครับ",
            "name": "บอยครับ",
            "phone": "๐๘๙-๔๔๓-๒๑๗๖",
            "confirm": "ถูกต้องครับผม",
        },
        expect={
            "eligible": True,
            "current": "ระยอง",
            "home": "บุรีรัมย์",
            "travellers": 4,
            "urgent": False,
            "special": ["child", "pregnant"],
            "name": "บอย",
            "phone": "0894432176",
        },
    ),
    # Southern man who lost a leg, laid off in Pak Kret, Nonthaburi; sleeps in a temple
    # pavilion -> urgent; home Huai Yot, Trang; disabled but travels alone; never
    # registered as a person with disabilities -> disability allowance.
    "holdout14 นุ้ย คนพิการขาขาดนนทบุรีกลับตรัง": Persona(
        opening=(
            "สวัสดีครับ ผมพิการขาขาดข้างนึง",
            "ตอนนี้อยู่ปากเกร็ด นนทบุรี เถ้าแก่ที่จ้างเลิกจ้างแล้ว",
            "อยากกลับตรังหลาว แต่ไม่มีตังค์",
        ),
        answers={
            "consent": "ยินยอมครับ",
            "idle": "ขอค่ารถกลับตรังครับ",
            "hardship": "ไม่มีค่ารถครับ ที่พักก็ไม่มีแล้ว",
            "id_card": "มีครับ",
            "nationality_letter": "มีบัตรครับ",
            "current_province": "นนทบุรีครับ ปากเกร็ด",
            "home_province": "ตรังครับ ห้วยยอด",
            "travellers": "คนเดียวครับ",
            "urgent": "สองคืนแล้วนอนศาลาริมน้ำวัดแถวนี้ครับ",
            "special_needs": "ผมขาขาดข้างซ้ายครับ ใช้ไม้ค้ำ",
            "travel_alone": "ไปเองได้ครับ ขึ้นรถทัวร์เองได้ ชินแล้ว",
            "sensitive_consent": "ได้ครับ",
            "needs": "ผมยังไม่ได้ขึ้นทะเบียนคนพิการเลยครับ ไม่เคยได้เบี้ยสักบาท",
            "name": "เรียกว่านุ้ยครับ",
            "phone": "0821237788",
            "confirm": "ถูกต้องครับ",
        },
        expect={
            "eligible": True,
            "current": "นนทบุรี",
            "home": "ตรัง",
            "travellers": 1,
            "urgent": True,
            "special": ["disabled"],
            "name": "นุ้ย",
            "phone": "0821237788",
            "referrals": ["disability_allowance"],
        },
    ),
    # Woman living with HIV, ill and out of work in Chiang Mai, home Nakhon Phanom;
    # staying with a friend -> not urgent; sick; asks about aid for people with HIV.
    # Hesitates at the privacy notice first. One thing per message.
    "holdout14 ฝน ผู้ติดเชื้อเชียงใหม่กลับนครพนม": Persona(
        opening=(
            "สวัสดีค่ะ",
            "ขอปรึกษาหน่อยค่ะ ป่วยตกงานมาหลายเดือน อยากกลับไปอยู่กับแม่ที่นครพนม",
        ),
        answers={
            "consent": ("ข้อมูลจะมีคนอื่นเห็นไหมคะ", "ยินยอมค่ะ"),
            "idle": "อยากกลับบ้านค่ะ ไม่มีค่ารถ",
            "hardship": "ไม่มีรายได้เลยค่ะ ค่ารถกลับบ้านก็ไม่มี",
            "id_card": "มีค่ะ",
            "nationality_letter": "มีบัตรค่ะ",
            "current_province": "เชียงใหม่ค่ะ",
            "home_province": "นครพนมค่ะ",
            "travellers": "คนเดียวค่ะ",
            "urgent": "ตอนนี้ยังพักกับเพื่อนอยู่ค่ะ แต่ไม่อยากรบกวนเขานาน",
            "special_needs": "เป็นผู้ติดเชื้อ HIV ค่ะ กินยาอยู่ ช่วงนี้ป่วยบ่อย",
            "travel_alone": "ไปเองได้ค่ะ",
            "sensitive_consent": "ได้ค่ะ แต่ไม่อยากให้คนที่บ้านรู้นะคะ",
            "needs": "มีเงินช่วยคนติดเชื้อไหมคะ แล้วยาต้องไปรับที่ไหนต่อ",
            "name": "ฝนค่ะ",
            "phone": "0912223344",
            "confirm": "ถูกต้องค่ะ",
        },
        expect={
            "eligible": True,
            "current": "เชียงใหม่",
            "home": "นครพนม",
            "travellers": 1,
            "urgent": False,
            "special": ["sick"],
            "name": "ฝน",
            "phone": "0912223344",
            "referrals": ["hiv_aid"],
        },
        one_part=True,
    ),
    # Man robbed in Kanchanaburi, ID card stolen with the wallet, but the village head
    # has issued a letter certifying him; home Kut Chum, Yasothon; slept at a petrol
    # station, nowhere tonight -> urgent; no money for food or fare.
    "holdout14 สมพร บัตรหายกาญจน์กลับยโสธร": Persona(
        opening=(
            "ช่วยด้วยครับ กระเป๋าตังโดนขโมยที่กาญจนบุรี",
            "บัตรประชาชนก็อยู่ในนั้น",
            "บ้านผมอยู่ยโสธร",
        ),
        answers={
            "consent": "ยินยอม",
            "idle": "อยากกลับบ้านครับ ไม่มีเงินสักบาท",
            "hardship": "ไม่มีเงินเลยครับ ค่ารถก็ไม่มี ข้าวยังไม่ได้กินตั้งแต่เมื่อวาน",
            "id_card": "ไม่มีแล้วครับ โดนขโมยไปกับกระเป๋า แจ้งความไว้แล้ว",
            "nationality_letter": "ผู้ใหญ่บ้านที่บ้านทำหนังสือรับรองให้แล้วครับ ส่งรูปมาทางไลน์ มีใบแจ้งความด้วย",
            "current_province": "กาญจน์ครับ อยู่แถวตัวเมือง",
            "home_province": "ยโสธรครับ อ.กุดชุม",
            "travellers": "ผมคนเดียวครับ",
            "urgent": "เมื่อคืนนอนปั๊มน้ำมันครับ คืนนี้ก็ไม่รู้จะไปไหน",
            "special_needs": "ไม่มีครับ",
            "travel_alone": "ไปเองได้",
            "sensitive_consent": "ได้ครับ",
            "needs": "อยากทำบัตรประชาชนใหม่ครับ",
            "name": "สมพรครับ",
            "phone": "0887654321",
            "confirm": "ถูกต้องครับ",
        },
        expect={
            "eligible": True,
            "current": "กาญจนบุรี",
            "home": "ยโสธร",
            "travellers": 1,
            "urgent": True,
            "special": [],
            "name": "สมพร",
            "phone": "0887654321",
        },
    ),
    # 67-year-old man who came to Bangkok for work and found none; sleeps around Sanam
    # Luang -> urgent; home Tha Tum, Surin; elderly, travels alone; never received the
    # old-age allowance and asks about it. Types slowly with spaces between words, Thai
    # digits; one thing per message.
    "holdout14 ลุงเปลี่ยน ๖๗ปี สนามหลวงกลับสุรินทร์": Persona(
        opening=(
            "สวัสดี ครับ",
            "ลุง อายุ ๖๗ ปี ครับ มา หา งาน ที่ กรุงเทพ ไม่ได้ งาน",
            "อยาก กลับ บ้าน สุรินทร์",
        ),
        answers={
            "consent": "ยินยอม ครับ",
            "idle": "กลับ บ้าน ครับ ไม่มี ค่า รถ",
            "hardship": "ไม่ มี ค่ารถ ครับ เงิน หมด แล้ว",
            "id_card": "มี ครับ",
            "nationality_letter": "มี บัตร ครับ",
            "current_province": "กรุงเทพ ครับ แถว สนามหลวง",
            "home_province": "สุรินทร์ ครับ อ. ท่าตูม",
            "travellers": "คน เดียว ครับ",
            "urgent": "นอน แถว สนามหลวง ครับ สาม คืน แล้ว",
            "special_needs": "ลุง ๖๗ แล้ว ครับ นอกนั้น ไม่มี อะไร",
            "travel_alone": "ไป เอง ได้ ครับ ขึ้น รถ ที่ หมอชิต",
            "sensitive_consent": "ได้ ครับ",
            "needs": "เบี้ย คนแก่ ลุง ยัง ไม่ เคย ได้ เลย ครับ ต้อง ทำ ยังไง",
            "name": "ลุงเปลี่ยน ครับ",
            "phone": "๐๖๑ ๒๓๔ ๕๕๖๗",
            "confirm": "ถูก ต้อง ครับ",
        },
        expect={
            "eligible": True,
            "current": "กรุงเทพมหานคร",
            "home": "สุรินทร์",
            "travellers": 1,
            "urgent": True,
            "special": ["elderly"],
            "name": "เปลี่ยน",
            "phone": "0612345567",
            "referrals": ["elderly_allowance"],
        },
        one_part=True,
    ),
    # Muslim mother abandoned by her husband in Surat Thani, sitting at the bus terminal
    # with her children, nowhere to sleep tonight -> urgent; home Nong Chik, Pattani.
    # Says "two, me and my child" but at the summary corrects: two children, three in
    # all (children 8 and 3).
    "holdout14 ฮาลีเมาะ แม่ลูกสุราษฎร์กลับปัตตานี": Persona(
        opening=(
            "อัสลามูอาลัยกุมค่ะ",
            "ก๊ะโดนผัวทิ้งอยู่สุราษฎร์ค่ะ",
            "ไม่มีตังค์กลับบ้านปัตตานี",
            "ตอนนี้นั่งอยู่ที่ บขส. กับลูก",
        ),
        answers={
            "consent": "ยินยอมค่ะ",
            "idle": "อยากกลับบ้านปัตตานีค่ะ",
            "hardship": "ไม่มีตังค์ค่ารถค่ะ ผัวเอาไปหมด ที่อยู่ก็ไม่มีแล้ว",
            "id_card": "มีค่ะ",
            "nationality_letter": "มีบัตรประชาชนค่ะ",
            "current_province": "สุราษฎร์ค่ะ",
            "home_province": "ปัตตานีค่ะ อ.หนองจิก",
            "travellers": "สองคนค่ะ ก๊ะกับลูก",
            "urgent": "ยังไม่รู้คืนนี้จะนอนไหนเลยค่ะ นั่งอยู่ขนส่ง",
            "special_needs": "ลูกเล็กค่ะ คนนึง 8 ขวบ คนเล็ก 3 ขวบ",
            "travel_alone": "ไปเองได้ค่ะ",
            "sensitive_consent": "ได้ค่ะ",
            "needs": "ลูกหิวค่ะ ยังไม่ได้กินข้าวกันเลย",
            "name": "ฮาลีเมาะค่ะ",
            "phone": "0981239876",
            "confirm": (
                "ขอแก้ค่ะ ลูกสองคน ก๊ะนับผิด รวมก๊ะด้วยเป็นสามคนค่ะ",
                "ถูกต้องค่ะ",
            ),
        },
        expect={
            "eligible": True,
            "current": "สุราษฎร์ธานี",
            "home": "ปัตตานี",
            "travellers": 3,
            "urgent": True,
            "special": ["child"],
            "name": "ฮาลีเมาะ",
            "phone": "0981239876",
        },
    ),
    # Northern elder sister in Chiang Mai writes for her brother, a psychiatric patient
    # without medicine, wandering and sleeping by the road at Bang Saen (Chon Buri) ->
    # urgent; home San Kamphaeng, Chiang Mai; sick and cannot travel alone; wants
    # continuing psychiatric care -> mental health care.
    "holdout14 จันทร์ พี่สาวเขียนแทนน้องป่วยจิตเวช": Persona(
        opening=(
            "สวัสดีเจ้า",
            "พี่อยู่เชียงใหม่ น้องชายป่วยจิตเวช ไปทำงานที่ชลบุรีแล้วขาดยา",
            "ตอนนี้เขาเดินเร่ร่อนอยู่แถวตลาดบางแสน ร้านค้าโทรมาบอก",
            "พี่บ่มีเงินไปรับเจ้า",
        ),
        answers={
            "consent": "ยินยอมเจ้า",
            "idle": "อยากให้ช่วยพาน้องชายกลับเชียงใหม่เจ้า",
            "hardship": "น้องบ่มีที่อยู่ บ่มีเงิน บ่มีคนดูแลเจ้า",
            "id_card": "น้องมีบัตรเจ้า ร้านค้าบอกว่าอยู่ในกระเป๋าเขา",
            "nationality_letter": "มีบัตรเจ้า",
            "current_province": "ชลบุรีเจ้า แถวบางแสน",
            "home_province": "เชียงใหม่เจ้า อ.สันกำแพง",
            "travellers": "น้องคนเดียวเจ้า",
            "urgent": "น้องนอนข้างถนนแถวตลาดเจ้า หลายคืนแล้ว",
            "special_needs": "น้องป่วยจิตเวชเจ้า ขาดยามาเดือนกว่า พูดจาบ่ค่อยรู้เรื่อง",
            "travel_alone": "บ่ได้เจ้า ไปคนเดียวบ่ได้ หลงแน่นอน ต้องมีเจ้าหน้าที่พาไป",
            "sensitive_consent": "ได้เจ้า",
            "needs": "กลับมาแล้วอยากให้น้องได้หาหมอจิตเวชต่อเนื่องเจ้า",
            "name": "จันทร์เจ้า",
            "phone": "0899876543",
            "confirm": "ถูกต้องเจ้า",
        },
        expect={
            "eligible": True,
            "current": "ชลบุรี",
            "home": "เชียงใหม่",
            "travellers": 1,
            "urgent": True,
            "special": ["cannot_travel_alone", "sick"],
            "name": "จันทร์",
            "phone": "0899876543",
            "referrals": ["mental_health_care"],
        },
    ),
    # Woman released this morning from the women's correctional institution in
    # Ratchaburi; no one there, no place tonight -> urgent; home Pua, Nan; learned Thai
    # massage inside and wants training / a massage job -> Thai massage training.
    "holdout14 แสงเดือน พ้นโทษราชบุรีกลับน่าน": Persona(
        opening=(
            "สวัสดีเจ้า",
            "ออกจากทัณฑสถานหญิงราชบุรีเมื่อเช้าเจ้า",
            "จะกลับน่าน บ่มีสตางค์ค่ารถ",
        ),
        answers={
            "consent": "ยินยอมเจ้า",
            "idle": "อยากกลับบ้านน่านเจ้า",
            "hardship": "บ่มีค่ารถเจ้า สตางค์ที่ได้ตอนออกมาเหลือบ่พอ",
            "id_card": "มีเจ้า",
            "nationality_letter": "มีบัตรเจ้า",
            "current_province": "ราชบุรีเจ้า",
            "home_province": "น่านเจ้า อ.ปัว",
            "travellers": "คนเดียวเจ้า",
            "urgent": "คืนนี้บ่มีที่นอนเจ้า บ่รู้จักไผที่นี่",
            "special_needs": "บ่มีเจ้า",
            "travel_alone": "ไปเองได้เจ้า",
            "sensitive_consent": "ได้เจ้า",
            "needs": "ในเรือนจำได้เรียนนวดแผนไทยมาเจ้า อยากทำงานนวดต่อ มีที่ฝึกเพิ่มหรือรับเข้าทำงานบ่เจ้า",
            "name": "แสงเดือนเจ้า",
            "phone": "0641239988",
            "confirm": "ถูกต้องเจ้า ขอบใจหลายๆเจ้า",
        },
        expect={
            "eligible": True,
            "current": "ราชบุรี",
            "home": "น่าน",
            "travellers": 1,
            "urgent": True,
            "special": [],
            "name": "แสงเดือน",
            "phone": "0641239988",
            "referrals": ["thai_massage_training"],
        },
    ),
    # Construction worker in Bang Na (Bangkok): contractor fled, camp torn down, will
    # sleep in front of the site tonight -> urgent. Him, his wife and his 63-year-old
    # father-in-law -> 3, elderly; home Kantharalak, Si Sa Ket. Mistyped his phone and
    # corrects it at the summary.
    "holdout14 หนุ่ม แคมป์ก่อสร้างบางนากลับศรีสะเกษ": Persona(
        opening=(
            "สวัสดีครับ",
            "แคมป์ก่อสร้างปิด ผู้รับเหมาหนี",
            "ค่าแรงไม่ได้ 2 เดือน",
            "ผม เมีย กับพ่อตา อยากกลับศรีสะเกษ",
        ),
        answers={
            "consent": "ยินยอมครับ",
            "idle": "ขอค่ารถกลับบ้านครับ",
            "hardship": "ไม่มีเงินเลยครับ ค่ารถไม่มี ข้าวก็ต้องขอเขากิน",
            "id_card": "มีครับ ทั้งสามคน",
            "nationality_letter": "มีบัตรครับ",
            "current_province": "กรุงเทพครับ แถวบางนา",
            "home_province": "ศรีสะเกษครับ อ.กันทรลักษ์",
            "travellers": "สามคนครับ",
            "urgent": "แคมป์เขารื้อแล้วครับ คืนนี้คงนอนหน้าไซต์งาน",
            "special_needs": "พ่อตาอายุ 63 ครับ",
            "travel_alone": "ไปด้วยกันได้ครับ ผมกับเมียดูแลพ่อตาเอง",
            "sensitive_consent": "ได้ครับ",
            "needs": "อยากได้ค่าแรงคืนครับ ไปร้องที่ไหนได้บ้าง",
            "name": "หนุ่มครับ",
            "phone": "0861234567",
            "confirm": (
                "เบอร์ผิดครับ ที่ถูกคือ 0861234576 พิมพ์สลับ",
                "ถูกต้องครับ",
            ),
        },
        expect={
            "eligible": True,
            "current": "กรุงเทพมหานคร",
            "home": "ศรีสะเกษ",
            "travellers": 3,
            "urgent": True,
            "special": ["elderly"],
            "name": "หนุ่ม",
            "phone": "0861234576",
        },
    ),
    # Bangkok man lured to a border job, escaped to Mae Sai (Chiang Rai); no money, no
    # place to sleep, afraid -> urgent; home Bang Khae, Bangkok.
    "holdout14 เจมส์ หนีแก๊งที่แม่สายกลับกรุงเทพ": Persona(
        opening=(
            "ช่วยด้วยครับ ผมโดนหลอกไปทำงานชายแดน",
            "หนีออกมาได้ ตอนนี้อยู่แม่สาย",
            "บ้านอยู่กรุงเทพครับ เงินไม่มี โทรศัพท์ใกล้แบตหมด",
        ),
        answers={
            "consent": "ยินยอม",
            "idle": "อยากกลับกรุงเทพครับ",
            "hardship": "ไม่มีเงินสักบาทครับ ไม่มีที่นอน ไม่มีค่ารถ",
            "id_card": "บัตรยังอยู่ครับ ซ่อนไว้ในรองเท้า",
            "nationality_letter": "มีบัตรครับ",
            "current_province": "แม่สาย เชียงรายครับ",
            "home_province": "กรุงเทพครับ เขตบางแค",
            "travellers": "คนเดียวครับ",
            "urgent": "คืนนี้ไม่มีที่นอนครับ นั่งอยู่หน้าเซเว่น กลัวพวกมันตามมา",
            "special_needs": "ไม่มีครับ แค่เหนื่อยมาก",
            "travel_alone": "ไปเองได้ครับ",
            "sensitive_consent": "ได้ครับ",
            "needs": "อยากแจ้งความเรื่องโดนหลอกครับ",
            "name": "เจมส์ครับ",
            "phone": "0627778899",
            "confirm": "ถูกต้องครับ รีบหน่อยนะครับแบตจะหมด",
        },
        expect={
            "eligible": True,
            "current": "เชียงราย",
            "home": "กรุงเทพมหานคร",
            "travellers": 1,
            "urgent": True,
            "special": [],
            "name": "เจมส์",
            "phone": "0627778899",
        },
    ),
    # Woman 8 months pregnant, left by her partner in Bang Pakong (Chachoengsao); no
    # income, no fare to Kalasin; may stay in her room until month's end -> not urgent;
    # pregnant, travels alone. One thing per message.
    "holdout14 มิ้นท์ ท้อง8เดือนฉะเชิงเทรากลับกาฬสินธุ์": Persona(
        opening=(
            "สวัสดีค่ะ",
            "ท้อง 8 เดือนค่ะ แฟนทิ้งไป",
            "อยากกลับไปคลอดที่บ้านกาฬสินธุ์ แต่ไม่มีค่ารถ",
        ),
        answers={
            "consent": "ยินยอมค่ะ",
            "idle": "ขอค่ารถกลับบ้านค่ะ",
            "hardship": "ไม่มีรายได้ค่ะ ทำงานไม่ไหวแล้ว ค่ารถก็ไม่มี",
            "id_card": "มีค่ะ",
            "nationality_letter": "มีบัตรค่ะ",
            "current_province": "ฉะเชิงเทราค่ะ บางปะกง",
            "home_province": "กาฬสินธุ์ค่ะ",
            "travellers": "คนเดียวค่ะ",
            "urgent": "ยังอยู่ห้องเช่าได้ค่ะ แต่เจ้าของให้ออกสิ้นเดือน",
            "special_needs": "ท้อง 8 เดือนค่ะ",
            "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ได้",
            "sensitive_consent": "ได้ค่ะ",
            "needs": "อยากไปฝากครรภ์ที่บ้านค่ะ",
            "name": "เรียกมิ้นท์ค่ะ",
            "phone": "0935551212",
            "confirm": "ถูกต้องค่ะ",
        },
        expect={
            "eligible": True,
            "current": "ฉะเชิงเทรา",
            "home": "กาฬสินธุ์",
            "travellers": 1,
            "urgent": False,
            "special": ["pregnant"],
            "name": "มิ้นท์",
            "phone": "0935551212",
        },
        one_part=True,
    ),
    # Grandmother (65) with her 4-year-old grandson, stood up by her daughter at Hua Hin
    # (Prachuap Khiri Khan), sitting at the station with nowhere to sleep -> urgent;
    # home Lom Sak, Phetchabun; writes on a vendor's phone and gives the vendor's number.
    "holdout14 ยายสมศรีกับหลาน หัวหินกลับเพชรบูรณ์": Persona(
        opening=(
            "ยายยืมโทรศัพท์แม่ค้ามาพิมพ์นะ",
            "ยายมากับหลาน ลูกสาวนัดมารับที่หัวหินแล้วไม่มา โทรไม่ติด",
            "เงินหมดแล้ว อยากกลับเพชรบูรณ์",
        ),
        answers={
            "consent": "ยินยอม",
            "idle": "อยากกลับบ้านเพชรบูรณ์",
            "hardship": "ไม่มีค่ารถ ไม่มีที่นอน",
            "id_card": "ยายมีบัตร",
            "nationality_letter": "มีบัตร",
            "current_province": "หัวหิน ประจวบ",
            "home_province": "เพชรบูรณ์ อ.หล่มสัก",
            "travellers": "ยายกับหลาน ๒ คน",
            "urgent": "นั่งอยู่สถานีรถไฟหัวหิน คืนนี้ไม่มีที่นอน",
            "special_needs": "ยายอายุ ๖๕ หลานอายุ ๔ ขวบ",
            "travel_alone": "ยายพาหลานไปเองได้ ขอแค่ค่ารถ",
            "sensitive_consent": "ได้",
            "needs": "หลานหิวข้าว",
            "name": "ยายสมศรี",
            "phone": "เบอร์แม่ค้านะ ๐๙๒-๓๔๕-๖๗๘๑ ยายไม่มีโทรศัพท์",
            "confirm": "ถูกต้อง ขอบใจนะลูก",
        },
        expect={
            "eligible": True,
            "current": "ประจวบคีรีขันธ์",
            "home": "เพชรบูรณ์",
            "travellers": 2,
            "urgent": True,
            "special": ["child", "elderly"],
            "name": "สมศรี",
            "phone": "0923456781",
        },
    ),
    # Karen man with a Thai ID card, let go by a shrimp factory in Mahachai (Samut
    # Sakhon); sleeps at the pier -> urgent; home Mae Sariang, Mae Hong Son. Simple
    # Thai with typos.
    "holdout14 ทวีศักดิ์ กะเหรี่ยงมหาชัยกลับแม่ฮ่องสอน": Persona(
        opening=(
            "สวัดดีครับ",
            "ผมเป็นคนกะเหรี่ยง มีบัตรประชาชนไทยครับ",
            "ทำงานโรงงานกุ้งมหาชัย โรงงานให้ออก",
            "อยากกลับบ้านแม่ฮ่องสอน",
        ),
        answers={
            "consent": "ยินยอมคับ",
            "idle": "อยากกลับบ้านคับ",
            "hardship": "ไม่มีเงินค่ารถ คับ ห้องก้ไม่มีแล้ว",
            "id_card": "มีคับ บัตรไทย",
            "nationality_letter": "มีบัตรคับ",
            "current_province": "มหาชัยคับ",
            "home_province": "แม่ฮ่องสอน อ.แม่สะเรียง",
            "travellers": "คนเดียวคับ",
            "urgent": "เมื่อคืนนอนท่าเรือคับ คืนนี้ก้คงนอนที่เดิม",
            "special_needs": "ไม่มีคับ",
            "travel_alone": "ไปเองได้คับ",
            "sensitive_consent": "ได้คับ",
            "needs": "ไม่มีคับ",
            "name": "ทวีศักดิ์คับ",
            "phone": "0845556677",
            "confirm": "ถูกคับ",
        },
        expect={
            "eligible": True,
            "current": "สมุทรสาคร",
            "home": "แม่ฮ่องสอน",
            "travellers": 1,
            "urgent": True,
            "special": [],
            "name": "ทวีศักดิ์",
            "phone": "0845556677",
        },
    ),
    # REFUSED: Myanmar worker in Mahachai (Samut Sakhon) with a pink card, no Thai ID
    # and no letter certifying Thai nationality -> not eligible (nationality).
    "holdout14 มะเอ แรงงานพม่ามหาชัย": Persona(
        opening=(
            "สวัดดีคะ",
            "ฉันคนพม่า ทำงานมหาชัย",
            "นายจ้างไม่จ่ายเงิน อยากไปแม่สอด กลับบ้าน",
        ),
        answers={
            "consent": "ยินยอมคะ",
            "idle": "อยากได้ค่ารถไปแม่สอดคะ",
            "hardship": "ไม่มีเงินคะ ค่ารถไม่มี",
            "id_card": "ไม่มีคะ มีบัตรชมพู",
            "nationality_letter": "ไม่มีคะ ฉันไม่ใช่คนไทย",
            "current_province": "มหาชัยคะ",
            "home_province": "บ้านอยู่พม่า เมียวดี ต้องไปแม่สอดก่อน",
            "travellers": "คนเดียวคะ",
            "urgent": "ยังนอนห้องเพื่อนได้คะ",
            "special_needs": "ไม่มีคะ",
            "travel_alone": "ไปเองได้คะ",
            "sensitive_consent": "ได้คะ",
            "needs": "อยากได้เงินเดือนคืนคะ",
            "name": "มะเอคะ",
            "phone": "0659871234",
            "confirm": "ถูกต้องคะ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),
    # REFUSED: woman in Ban Phai, Khon Kaen, out of work and short of food, but she is
    # already in her home province; she asks for money, not a trip home -> not eligible
    # for the return-home aid (home province).
    "holdout14 ปู อยู่ขอนแก่นบ้านก็ขอนแก่น": Persona(
        opening=(
            "สวัสดีค่ะ",
            "ตกงานมาสองเดือนแล้วค่ะ ข้าวสารจะหมดบ้าน",
            "มีเงินช่วยเหลือไหมคะ",
        ),
        answers={
            "consent": "ยินยอมค่ะ",
            "idle": "อยากได้เงินช่วยเหลือค่ะ ไม่มีข้าวกิน",
            "hardship": "ไม่มีรายได้ค่ะ ข้าวจะไม่มีกินแล้ว",
            "id_card": "มีค่ะ",
            "nationality_letter": "มีบัตรค่ะ",
            "current_province": "ขอนแก่นค่ะ บ้านไผ่",
            "home_province": "ขอนแก่นเหมือนกันค่ะ บ้านเกิดอยู่บ้านไผ่นี่แหละ ไม่ได้จะไปไหน",
            "travellers": "คนเดียวค่ะ",
            "urgent": "อยู่บ้านตัวเองค่ะ",
            "special_needs": "ไม่มีค่ะ",
            "travel_alone": "ไม่ได้จะเดินทางค่ะ",
            "sensitive_consent": "ได้ค่ะ",
            "needs": "อยากได้งานทำค่ะ",
            "name": "ปูค่ะ",
            "phone": "0817773344",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"},
    ),
    # REFUSED: office worker in Bangkok who wants a free ticket home to Udon Thani for
    # New Year; has a salary and a room, says she is not in trouble -> no hardship.
    "holdout14 ออม อยากได้ตั๋วฟรีปีใหม่": Persona(
        opening=(
            "สวัสดีค่า",
            "ปีใหม่นี้อยากกลับบ้านอุดรค่ะ",
            "ได้ยินว่ารัฐออกค่ารถให้ฟรี ขอได้ไหมคะ😊",
        ),
        answers={
            "consent": "ยินยอมค่า",
            "idle": "ขอค่ารถกลับบ้านช่วงปีใหม่ค่ะ",
            "hardship": "ก็ไม่ได้เดือดร้อนอะไรค่ะ มีเงินเดือน มีห้องอยู่ แค่อยากประหยัดค่าตั๋ว555",
            "id_card": "มีค่ะ",
            "nationality_letter": "มีบัตรค่ะ",
            "current_province": "กรุงเทพค่ะ",
            "home_province": "อุดรค่ะ",
            "travellers": "คนเดียวค่ะ",
            "urgent": "ไม่ด่วนค่ะ มีคอนโดอยู่",
            "special_needs": "ไม่มีค่ะ",
            "travel_alone": "ไปเองได้ค่ะ",
            "sensitive_consent": "ได้ค่ะ",
            "needs": "ไม่มีค่ะ",
            "name": "ออมค่ะ",
            "phone": "0891234000",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"},
    ),
    # ANSWERED: Isan man only asks which channel works on a weekend for the fare-home
    # aid -> hotline 1300 (24 hours).
    "holdout14 ถามช่องทางวันเสาร์อาทิตย์": Persona(
        opening=(
            "ถามแน่เด้อ",
            "ถ้าสิขอค่ารถกลับบ้านมื้อเสาร์มื้ออาทิตย์ ติดต่อทางไสได้แน่",
        ),
        answers={
            "consent": "ยินยอม",
            "idle": "ถามไว้ก่อนเฉยๆเด้อ ยังบ่ได้ขอตอนนี้ เสาร์อาทิตย์โทรเบอร์ไหน",
            "hardship": "ยังบ่เดือดร้อนเด้อ ถามไว้เฉยๆ",
            "id_card": "มี",
            "nationality_letter": "มีบัตร",
            "current_province": "ชลบุรี",
            "home_province": "มหาสารคาม",
            "travellers": "คนเดียว",
            "urgent": "บ่ด่วน",
            "special_needs": "บ่มี",
            "travel_alone": "ได้",
            "sensitive_consent": "ได้",
            "needs": "บ่มีเด้อ",
            "name": "คำปุน",
            "phone": "0831112222",
            "confirm": "ถูกต้อง",
        },
        outcome="answered",
        answered="1300",
    ),
    # ANSWERED: Southern daughter asks how much the disability allowance is for her
    # father who lost a leg -> 800 baht a month (after registering).
    "holdout14 ลูกสาวถามเบี้ยคนพิการให้พ่อ": Persona(
        opening=(
            "สวัสดีค่ะ",
            "พ่อขาขาดจากอุบัติเหตุ ได้เบี้ยคนพิการเดือนละกี่บาทหนิ",
            "ต้องทำพรือคะ",
        ),
        answers={
            "consent": "ยินยอมค่ะ",
            "idle": "ถามเรื่องเบี้ยคนพิการให้พ่อค่ะ เดือนละเท่าไหร่",
            "hardship": "ไม่ได้ขอค่ารถค่ะ ถามเรื่องเบี้ยพิการ",
            "id_card": "มีค่ะ",
            "nationality_letter": "มีบัตรค่ะ",
            "current_province": "พัทลุงค่ะ",
            "home_province": "พัทลุงค่ะ",
            "travellers": "ไม่ได้เดินทางค่ะ",
            "urgent": "ไม่ด่วนค่ะ",
            "special_needs": "พ่อพิการค่ะ",
            "travel_alone": "ไม่ได้เดินทางค่ะ",
            "sensitive_consent": "ได้ค่ะ",
            "needs": "อยากรู้เรื่องเบี้ยคนพิการค่ะ",
            "name": "หนิงค่ะ",
            "phone": "0874445566",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="answered",
        answered="800",
    ),
    # ANSWERED: son in Korat asks whether there is money for an elderly mother (78) in
    # hardship and how much a time -> 2,500 baht a time, up to 3 times a year.
    "holdout14 ลูกชายถามเงินช่วยผู้สูงอายุลำบาก": Persona(
        opening=(
            "แม่อายุ78แล้วครับ ลำบากมาก",
            "ทางรัฐมีเงินช่วยคนแก่ที่ลำบากไหมครับ ได้ครั้งละเท่าไหร่",
        ),
        answers={
            "consent": "ยินยอมครับ",
            "idle": "ถามเรื่องเงินช่วยผู้สูงอายุที่ลำบากครับ ครั้งละเท่าไหร่",
            "hardship": "ไม่ได้จะกลับบ้านครับ แม่อยู่บ้านที่โคราชอยู่แล้ว",
            "id_card": "มีครับ",
            "nationality_letter": "มีบัตรครับ",
            "current_province": "โคราชครับ",
            "home_province": "โคราชครับ",
            "travellers": "ไม่ได้เดินทางครับ",
            "urgent": "ไม่ด่วนครับ",
            "special_needs": "แม่อายุ 78 ครับ",
            "travel_alone": "ไม่ได้เดินทางครับ",
            "sensitive_consent": "ได้ครับ",
            "needs": "อยากรู้เรื่องเงินช่วยผู้สูงอายุครับ",
            "name": "ชัยครับ",
            "phone": "0442223333",
            "confirm": "ถูกต้องครับ",
        },
        outcome="answered",
        answered="2,500",
    ),
}
