"""dev97: Blind dialog personas for the Namjai benchmark, 2026-12-07.

Written from the seeds only.
Focus: very short, low-literacy writing: elders and people who type little,
voice-to-text mistakes, Thai digits, one or two words per message, missing tone
marks, bare answers ("ค่ะ", "มี", "ไม่รู้", a number alone), and a few who pour the
whole story into one long run-on message without spaces.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Grandmother, 68, typing one word at a time. Came to Bangkok to visit, money
    # gone, sits at Hua Lamphong station with nowhere to sleep, home Roi Et. Gives
    # the station, not the province, at first. Eligible, urgent, elderly.
    "dev97 grandma one word at a time, Hua Lamphong": Persona(
        ("สวัสดีจ้า", "ยายไม่มีตังกลับบ้าน"),
        {"consent": "จ้า", "idle": "ช่วยยายด้วย", "hardship": "ไม่มีค่ารถ",
         "current_province": ("หัวลำโพง", "กรุงเทพ"), "home_province": "ร้อยเอ็ด",
         "id_card": "มี", "nationality": "ไทย", "travellers": "คนเดียว",
         "special_needs": "ยายแก่แล้ว", "more_care": "๖๘",
         "travel_alone": "ไปเองได้", "urgent": "ไม่มีที่นอน นอนหัวลำโพง",
         "name": "ยายบุญมี", "phone": "๐๘๙๔๔๗๒๑๓๕", "needs": "ไม่มี",
         "confirm": "จ้า"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "บุญมี", "phone": "0894472135"}),

    # Construction worker, whole story in one run-on message without spaces: the
    # employer ran off without paying, no food since yesterday, with his wife in
    # Chonburi, home Kalasin, has ID, name and phone inside. Eligible, urgent, 2.
    "dev97 builder run-on story, Chonburi to Kalasin with wife": Persona(
        ("สวัสดีครับผมชื่อสมศักดิ์ทำงานก่อสร้างอยู่ชลบุรีนายจ้างหนีไม่จ่ายค่าแรง"
         "ตอนนี้ไม่มีเงินสักบาทข้าวยังไม่ได้กินตั้งแต่เมื่อวานอยากกลับบ้านที่กาฬสินธุ์"
         "มีบัตรประชาชนครับมากับเมียสองคนเบอร์0815527394",),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีทั้งข้าวทั้งค่ารถครับ",
         "id_card": "มีครับ ทั้งผมทั้งเมีย", "travellers": "2",
         "special_needs": "ไม่มีครับ", "urgent": "ข้าวยังไม่ได้กินเลยครับ",
         "name": "สมศักดิ์ 0815527394", "phone": "0815527394",
         "needs": "ไม่มีครับ", "confirm": "ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "กาฬสินธุ์",
                "travellers": 2, "urgent": True, "special": [],
                "name": "สมศักดิ์", "phone": "0815527394",
                "no_referrals": HEALTH}),

    # Young woman speaking into her phone (voice-to-text): no spaces, "ค่ะคะ"
    # doubled, "ตั้ง" for "ตังค์", and Lampang misheard as "น้ำปาง". Pickpocketed at
    # Chiang Mai Arcade bus station, ID kept in another bag, no place tonight.
    "dev97 voice-to-text, pickpocketed at Chiang Mai bus station": Persona(
        ("สวัสดีค่ะคะ",
         "ตอนนี้อยู่ขนส่งอาเขตเชียงใหม่ค่ะโดนล้วงกระเป๋าตั้งไปหมดเลยค่ะจะกลับบ้านที่"
         "น้ำปางไม่มีค่ารถค่ะคืนนี้ไม่รู้จะนอนที่ไหนคะ"),
        {"consent": "ยินยอมค่ะ", "current_province": "เชียงใหม่ค่ะ",
         "home_province": ("ลำปางค่ะ ลำปาง", "จังหวัดลำปางค่ะ"),
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีที่นอนด้วย",
         "id_card": "บัตรประชาชนยังอยู่ค่ะเก็บไว้อีกกระเป๋า",
         "travellers": "คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ",
         "urgent": "ไม่มีที่นอนค่ะคืนนี้", "name": "อรทัยค่ะ",
         "phone": "087 321 5586",
         "needs": "ไม่มีค่ะ", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "special": [],
                "name": "อรทัย", "phone": "0873215586"}),

    # Father of three who writes numbers only in Thai digits. Came to pick durian
    # in Chanthaburi ("จันท์"), work finished, not enough for the fare back to
    # Yasothon for him, wife and 8-year-old son. Staying at a friend's, has food.
    "dev97 durian picker family, Thai digits, Chanthaburi to Yasothon": Persona(
        ("สวัสดีครับ",
         "มารับจ้างเก็บทุเรียนที่จันท์ หมดงานแล้ว เงินไม่พอค่ารถกลับยโสธร"),
        {"consent": "ครับ", "hardship": "๓", "current_province": "จันทบุรี",
         "home_province": "ยโสธร", "id_card": "มี", "nationality": "ไทย",
         "travellers": "๓", "special_needs": "ลูกชาย ๘ ขวบ",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปกันเองได้",
         "urgent": "ยังพักบ้านเพื่อนได้ครับ ข้าวมีกิน",
         "name": "ทองดี", "phone": "๐๘๖-๒๒๓-๔๙๑๐", "needs": "ไม่มี",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "จันทบุรี", "home": "ยโสธร",
                "travellers": 3, "urgent": False, "special": ["child"],
                "name": "ทองดี", "phone": "0862234910"}),

    # Old man, 72, types with no tone marks at all and answers one thing at a time.
    # Came to find his son in Pak Nam (Samut Prakan); the son moved away. No money
    # to get back to Phichit ("พิจิต"), nowhere to sleep tonight. Eligible, urgent.
    "dev97 old man without tone marks, Pak Nam to Phichit": Persona(
        ("สวัสดีครับ", "ลุงมาหาลูกทีปากนำ ลูกยายไปแลว หาไมเจอ",
         "ไมมีเงินกลับบานพิจิต"),
        {"consent": "ครับ", "hardship": "ไมมีคารถ",
         "current_province": ("ปากนำ", "สมุทรปราการ"),
         "home_province": "พิจิต", "id_card": "มีครับ", "nationality": "ไทย",
         "travellers": "คนเดียว", "special_needs": "ลุงแกแลว",
         "more_care": "๗๒", "travel_alone": "ไปเองได",
         "urgent": "คืนนีไมรูจะนอนไหน", "name": "ลุงสมาน",
         "phone": "0815567023", "needs": "ไมมี", "confirm": "ครับ"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "พิจิตร",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "สมาน", "phone": "0815567023"}),

    # Young man who writes two words per message. Stuck in Hat Yai (Songkhla),
    # home "นครศรี" (Nakhon Si Thammarat), sleeps at a bus stop. Eligible, urgent.
    "dev97 two words per message, Hat Yai to Nakhon Si": Persona(
        ("ช่วยด้วย", "ไม่มีตัง", "กลับบ้าน"),
        {"consent": "ok", "idle": "ช่วยด้วย", "hardship": "ไม่มีค่ารถ",
         "current_province": "หาดใหญ่", "home_province": "นครศรี",
         "id_card": "มี", "nationality": "ไทย", "travellers": "1",
         "special_needs": "ไม่มี", "travel_alone": "ได้",
         "urgent": "นอนป้ายรถ", "name": "บอย", "phone": "0923345781",
         "needs": "ไม่มี", "confirm": "ช่าย"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [],
                "name": "บอย", "phone": "0923345781"}),

    # A woman selling food at Khorat bus terminal types for an old woman (80+,
    # hard of hearing) whose money was picked from her pocket; she slept on a
    # terminal bench and cannot make the trip to Buriram alone. The phone is the
    # vendor's. Eligible, urgent, elderly, cannot travel alone.
    "dev97 vendor types for deaf grandma at Khorat terminal": Persona(
        ("สวัสดีค่ะ พิมพ์แทนยายคนนึงนะคะ",
         "ยายนั่งอยู่ขนส่งโคราชตั้งแต่เมื่อวาน โดนล้วงเงินหมด",
         "จะกลับบ้านบุรีรัมย์ ยายอายุ 80 กว่าแล้ว หูตึง ไปคนเดียวไม่ไหวค่ะ"),
        {"consent": "ยายบอกว่าได้ค่ะ", "hardship": "ไม่มีค่ารถค่ะ",
         "current_province": "โคราชค่ะ", "home_province": "บุรีรัมย์",
         "id_card": "ยายมีบัตรค่ะ", "nationality": "คนไทยค่ะ",
         "travellers": "ยายคนเดียวค่ะ", "special_needs": "แก่แล้ว หูตึง",
         "more_care": "ต้องพูดดังๆ ค่ะ", "travel_alone": "ไม่ไหวค่ะ ต้องมีคนไปส่ง",
         "urgent": "เมื่อคืนยายนอนเก้าอี้ที่ขนส่ง ไม่มีที่นอนค่ะ",
         "name": "ยายสมบูรณ์ค่ะ เบอร์หนูนะคะ 0857712093",
         "phone": "0857712093", "needs": "ไม่มีค่ะ", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "name": "สมบูรณ์", "phone": "0857712093"}),

    # Released prisoner, whole story in one run-on message: out of Surat Thani
    # central prison yesterday, slept in front of a 7-Eleven, home Chumphon, still
    # has his ID card, wants to go back to his mother and find work.
    "dev97 released prisoner run-on, Surat Thani to Chumphon": Persona(
        ("ผมพึ่งออกจากคุกเมื่อวานเรือนจำกลางสุราษฎร์ธานีบ้านอยู่ชุมพรไม่มีเงินติดตัวเลย"
         "เมื่อคืนนอนหน้าเซเว่นบัตรประชาชนยังมีอยู่อยากกลับไปหาแม่แล้วก็อยากหางานทำครับ",),
        {"consent": "ได้ครับ", "sensitive_consent": "ได้ครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอน", "id_card": "มี",
         "travellers": "คนเดียว", "special_needs": "ไม่มี",
         "urgent": "ไม่มีที่นอนครับ", "name": "ต้น", "phone": "0634471298",
         "needs": "อยากได้งานทำครับ", "confirm": "ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ชุมพร",
                "travellers": 1, "urgent": True, "special": [],
                "name": "ต้น", "phone": "0634471298",
                "referrals": ["job_placement"], "no_referrals": HEALTH}),

    # A monk writes briefly for a man who has slept two nights at his temple in
    # Nakhon Pathom and has no fare home to Phrae. The temple gives him a place
    # and food, so not urgent. The phone is the monk's.
    "dev97 monk writes for a man sheltering at the temple": Persona(
        ("เจริญพร",
         "มีโยมผู้ชายมาอาศัยนอนที่วัด ๒ คืนแล้ว จะกลับบ้านที่แพร่ ไม่มีค่ารถ"),
        {"consent": "โยมเขายินยอม", "hardship": "ไม่มีค่ารถ",
         "current_province": "นครปฐม", "home_province": "แพร่",
         "id_card": "โยมมีบัตร", "nationality": "ไทย", "travellers": "คนเดียว",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้",
         "urgent": "นอนที่วัดได้ อาหารก็มีจากวัด",
         "name": "โยมชื่อจำลอง เบอร์อาตมา 0819934402", "phone": "0819934402",
         "needs": "ไม่มี", "confirm": "ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "แพร่",
                "travellers": 1, "urgent": False, "special": [],
                "name": "จำลอง", "phone": "0819934402"}),

    # Pregnant factory worker (7 months) evicted from her room in Pathum Thani
    # ("ปทุม"), no place tonight, home Uttaradit. Answers one thing at a time with
    # "ค่ะ". Eligible, urgent, pregnant.
    "dev97 pregnant worker evicted, Pathum to Uttaradit": Persona(
        ("สวัสดีค่ะ", "ขอความช่วยเหลือค่ะ"),
        {"consent": "ค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินกลับบ้านค่ะ", "current_province": "ปทุม",
         "home_province": "อุตรดิตถ์", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "travellers": "คนเดียวค่ะ", "special_needs": "ท้องค่ะ",
         "more_care": "๗ เดือนค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "โดนไล่ออกจากห้องเช่า ไม่มีที่นอนค่ะ", "name": "แพร",
         "phone": "๐๙๕๓๓๘๑๗๒๖", "needs": "ไม่มีค่ะ", "confirm": "ค่ะ"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "ปทุมธานี", "home": "อุตรดิตถ์",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "name": "แพร", "phone": "0953381726"}),

    # 19-year-old factory girl writing in abbreviations: "รง." (factory), "อบ."
    # (Ubon Ratchathani), "อยุธยา". Can sleep at a friend's room and still has food.
    # Eligible, not urgent.
    "dev97 abbreviations, Ayutthaya factory to Ubon": Persona(
        ("หวัดดีค่ะ", "รง.ปิด ตกงาน อยากกลับบ้าน อบ. ค่ะ", "ตังไม่พอค่ารถ"),
        {"consent": "ได้ค่ะ", "hardship": "3", "current_province": "อยุธยา",
         "home_province": "อุบล", "id_card": "มีค่ะ", "nationality": "ไทย",
         "travellers": "1", "special_needs": "ม่ายมีค่ะ",
         "urgent": "นอนห้องเพื่อนได้ค่ะ ข้าวก็ยังมี", "name": "ฝน",
         "phone": "0982217640", "needs": "ไม่มีค่ะ", "confirm": "ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "พระนครศรีอยุธยา",
                "home": "อุบลราชธานี", "travellers": 1, "urgent": False,
                "special": [], "name": "ฝน", "phone": "0982217640"}),

    # Man with paralysed legs in a wheelchair in Pattaya; no fare home to Sakon
    # Nakhon ("สกล"), staying at a friend's room. Never registered for disability
    # allowance and his wheelchair is broken: asks for both. Travels alone.
    "dev97 wheelchair user in Pattaya, wants allowance and chair": Persona(
        ("ผมขาพิการ นั่งรถเข็น", "อยู่พัทยา อยากกลับบ้านสกล ไม่มีค่ารถ"),
        {"consent": "ได้ครับ", "sensitive_consent": "ได้ครับ",
         "hardship": "ไม่มีค่ารถครับ", "current_province": "ชลบุรี พัทยา",
         "home_province": "สกลนคร", "id_card": "มีครับ", "nationality": "ไทย",
         "travellers": "คนเดียว", "special_needs": "ขาพิการ นั่งรถเข็น",
         "more_care": "ขึ้นรถต้องมีคนช่วยยกรถเข็นนิดหน่อย",
         "travel_alone": "ไปเองได้ครับ ชินแล้ว",
         "urgent": "ยังพักห้องเพื่อนได้อยู่ครับ",
         "name": "วิชัย", "phone": "0633408812",
         "needs": "ยังไม่เคยได้เบี้ยคนพิการเลย อยากได้ แล้วรถเข็นก็พังอยากได้คันใหม่",
         "confirm": "ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "สกลนคร",
                "travellers": 1, "urgent": False, "special": ["disabled"],
                "name": "วิชัย", "phone": "0633408812",
                "referrals": ["disability_allowance", "disability_devices"]}),

    # Grandmother, 71, dictating to her phone: one run-on voice message with "ตั้ง"
    # for "ตังค์". Came to see her grandson in Rayong, he had moved away, money
    # gone, slept in a market pavilion. Home Surin. Phone comes with spaces.
    "dev97 grandma voice message, Rayong to Surin": Persona(
        ("สวัสดีค่ะยายพูดใส่โทรศัพท์นะคะยายมาหาหลานที่ระยองหลานย้ายไปแล้วไม่รู้ไปไหน"
         "ตั้งหมดแล้วจะกลับบ้านที่สุรินทร์ไม่มีค่ารถค่ะ",),
        {"consent": "ได้ค่ะ", "hardship": "ไม่มีค่ารถค่ะ",
         "current_province": "ระยองค่ะ", "home_province": "สุรินทร์ค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "travellers": "ยายคนเดียวค่ะ", "special_needs": "ยายอายุ 71 ค่ะ",
         "travel_alone": "ไปเองได้ค่ะ ขึ้นรถเป็น",
         "urgent": "ไม่มีที่นอนค่ะ เมื่อคืนนอนศาลาตลาด",
         "name": "ยายทองใบค่ะ", "phone": "081 774 2390",
         "needs": "ไม่มีค่ะ", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "ทองใบ", "phone": "0817742390"}),

    # Fisherman cheated by a broker in Mahachai (Samut Sakhon): one run-on message,
    # no spaces, Thai digits for the days and the phone; sleeps at the pier with no
    # food; home Nan; has ID. Eligible, urgent.
    "dev97 fisherman run-on with Thai digits, Mahachai to Nan": Persona(
        ("ผมทำงานเรือประมงที่มหาชัยนายหน้าโกงไม่ได้เงินสักบาทขึ้นฝั่งมาได้๓วันแล้ว"
         "นอนท่าเรือไม่มีข้าวกินอยากกลับบ้านน่านบัตรประชาชนมีครับเบอร์๐๖๒๘๘๑๔๓๗๕ชื่อเด่น",),
        {"consent": "ครับ", "hardship": "ไม่มีทุกอย่างครับ",
         "current_province": "สมุทรสาคร", "home_province": "น่าน",
         "id_card": "มี", "travellers": "๑", "special_needs": "ไม่มี",
         "urgent": "ไม่มีที่นอน ข้าวก็ไม่มี", "name": "เด่น",
         "phone": "๐๖๒๘๘๑๔๓๗๕", "needs": "ไม่มี", "confirm": "ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "น่าน",
                "travellers": 1, "urgent": True, "special": [],
                "name": "เด่น", "phone": "0628814375"}),

    # Mother of two (5 and 10) who lost her hotel job in Phuket; family of four,
    # no food today, home Phetchabun. Writes "คะ" for "ค่ะ" and Thai digits.
    "dev97 Phuket mother of two, no food today": Persona(
        ("สวัสดีคะ", "ตกงานคะ อยู่ภูเก็ต จะกลับเพชรบูรณ์ ไม่มีค่ารถ", "ลูก๒คน"),
        {"consent": "คะ", "hardship": "ไม่มีค่ารถ ไม่มีข้าวคะ",
         "current_province": "ภูเก็ต", "home_province": "เพชรบูรณ์",
         "id_card": "มีคะ", "nationality": "ไทยคะ", "travellers": "๔",
         "special_needs": "ลูกเล็ก ๕ ขวบ กับ ๑๐ ขวบ",
         "travel_alone": "ไปกันเองได้คะ",
         "urgent": "วันนี้ยังไม่ได้กินข้าวเลยคะ ลูกหิว",
         "name": "จันทร์เพ็ญ", "phone": "0617784520", "needs": "ไม่มีคะ",
         "confirm": "คะ"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เพชรบูรณ์",
                "travellers": 4, "urgent": True, "special": ["child"],
                "name": "จันทร์เพ็ญ", "phone": "0617784520"}),

    # Psychiatric ward nurse at Saraburi hospital, busy, short messages: a male
    # patient is discharged today with no relative to fetch him and no fare home to
    # Loei; needs his medicine continuously and cannot travel alone. The phone is
    # the nurse's. Eligible, urgent, sick + cannot travel alone, mental health care.
    "dev97 nurse for discharged psychiatric patient, Saraburi to Loei": Persona(
        ("สวัสดีค่ะ พยาบาลตึกจิตเวช รพ.สระบุรีค่ะ",
         "คนไข้ชายจะจำหน่ายวันนี้ ไม่มีญาติมารับ ไม่มีค่ารถกลับบ้านที่เลยค่ะ"),
        {"consent": "ผู้ป่วยยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่พักค่ะ", "current_province": "สระบุรี",
         "home_province": "เลย", "id_card": "มีบัตรค่ะ", "nationality": "ไทย",
         "travellers": "1", "special_needs": "ป่วยจิตเวช ต้องกินยาต่อเนื่อง",
         "more_care": "ต้องมีคนดูเรื่องกินยา",
         "travel_alone": "ไม่ได้ค่ะ ต้องมีเจ้าหน้าที่ไปส่ง",
         "urgent": "ออกจาก รพ.วันนี้ ไม่มีที่พักค่ะ",
         "name": "นายประยูร เบอร์พยาบาล 0899012264", "phone": "0899012264",
         "needs": "อยากให้มีคนติดตามเรื่องยาที่บ้านด้วยค่ะ", "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สระบุรี", "home": "เลย",
                "travellers": 1, "urgent": True,
                "special": ["sick", "cannot_travel_alone"],
                "name": "ประยูร", "phone": "0899012264",
                "referrals": ["mental_health_care"]}),

    # Isan-speaking young woman in Pak Kret (Nonthaburi), home Mukdahan: dialect
    # ("บ่มี", "ผู้เดียว", "บ่อนนอน"), one thing per message, answers "ไม่รู้" to the
    # care questions. No place to sleep tonight. Eligible, urgent.
    "dev97 Isan dialect, Pak Kret to Mukdahan, says ไม่รู้": Persona(
        ("สะบายดีเด้อ", "บ่มีเงินกลับบ้าน"),
        {"consent": "ได้", "idle": "อยากกลับบ้าน", "hardship": "บ่มีค่ารถ",
         "current_province": ("ปากเกร็ด", "นนทบุรี"), "home_province": "มุกดาหาร",
         "id_card": "มี", "nationality": "ไทย", "travellers": "ผู้เดียว",
         "special_needs": "ไม่รู้", "more_care": "ไม่รู้", "travel_alone": "ได้",
         "urgent": "บ่มีบ่อนนอน", "name": "หล้า", "phone": "0641238890",
         "needs": "บ่มี", "confirm": "แม่นแล้ว"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "นนทบุรี", "home": "มุกดาหาร",
                "travellers": 1, "urgent": True, "special": [],
                "name": "หล้า", "phone": "0641238890"}),

    # Myanmar migrant worker in Mae Sot (Tak) with only a pink migrant card and no
    # Thai papers, wants to go home to Myanmar. Not Thai: refused.
    "dev97 Myanmar worker with pink card": Persona(
        ("สวัสดีครับ", "ผมคนพม่า ไม่มีเงินกลับบ้าน"),
        {"consent": "ครับ", "hardship": "ไม่มีค่ารถ", "current_province": "แม่สอด",
         "home_province": "พม่า", "id_card": "ไม่มีบัตรไทย มีบัตรสีชมพู",
         "nationality_letter": "ไม่มี", "nationality": "พม่าครับ",
         "travellers": "1", "name": "ซอ", "phone": "0657720143"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Old woman at her own home in Khon Kaen, no money for food; she is not away
    # from home and needs no trip. Not eligible for the return-home aid.
    "dev97 grandma already at home in Khon Kaen": Persona(
        ("ขอตังหน่อย", "ยายไม่มีตังกินข้าว"),
        {"consent": "จ้า", "idle": "ไม่มีตัง",
         "hardship": "ไม่มีตังกินข้าว", "current_province": "ขอนแก่น",
         "home_province": "ขอนแก่นนี่แหละ อยู่บ้านตัวเอง ไม่ได้ไปไหน",
         "id_card": "มี", "travellers": "ยายคนเดียว",
         "urgent": "อยู่บ้านตัวเอง", "name": "ยายคำ", "phone": "0874410932"},
        outcome="refused",
        expect={"eligible": False, "current": "ขอนแก่น"}),

    # Office worker in Bangkok with a salary and a room who just wants the state
    # to pay his Songkran bus fare to Sisaket. Not in hardship: refused.
    "dev97 salaried man wants free Songkran fare": Persona(
        ("ขอค่ารถกลับบ้านสงกรานต์", "กทม ไป ศรีสะเกษ"),
        {"consent": "ได้", "hardship": "ไม่ได้ลำบากอะไร มีห้องพัก มีงานทำ แค่อยากประหยัด",
         "current_province": "กทม", "home_province": "ศรีสะเกษ", "id_card": "มี",
         "travellers": "1", "urgent": "มีห้องพัก มีข้าวกิน", "name": "เก่ง",
         "phone": "0891123345"},
        outcome="refused",
        expect={"eligible": False}),

    # Elderly man who types little, missing marks: only wants the phone number to
    # call and ask for help himself.
    "dev97 old man asks which number to call": Persona(
        ("เบอโทรขอความช่วยเหลือ เบอไร",),
        {"consent": "ไม่เอา แค่ถามเบอ", "idle": "แค่ถามเบอ",
         "sensitive_consent": "ไม่เอา"},
        outcome="answered", answered="1300"),

    # Woman asks, in one short message, how much food money a day is given while
    # waiting and travelling home. Only a question.
    "dev97 asks food money per day": Persona(
        ("ค่าข้าวระหว่างรอกลับบ้านได้วันละกี่บาทคะ",),
        {"consent": "ไม่ค่ะ แค่ถาม", "idle": "แค่ถามค่ะ"},
        outcome="answered", answered="100"),

    # A relative of a disabled man asks, without tone marks, how much the monthly
    # disability allowance is. Only a question.
    "dev97 asks disability allowance per month, no tone marks": Persona(
        ("เบียคนพิการได้เดือนละเทาไหร",),
        {"consent": "ไมตอง แคถาม", "idle": "แคถาม"},
        outcome="answered", answered="800"),
}
