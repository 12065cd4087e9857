"""Persona set dev43 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: ordinary people in hardship who tell their story in everyday words the bot may
not expect. Hardship is said indirectly (a boss who ran off without paying wages, a
pickpocket at the bus terminal, eviction by a landlord who changed the lock, a fire in a
rented room, a flood that closed the factory, a missed bus, a lost phone with all the
money in the banking app). Shelter and urgency are said indirectly too (sleeping on a
temple pavilion, at a petrol station, on a hospital bench, under a footbridge, outside a
prison, in a friend's room for one more night, in a tent until Sunday). Health and care
come up in passing (antiretroviral pills, a husband just after an operation, a child with
fever, an old father who gets confused, a withered leg, seven months pregnant), while
past troubles that are over (TB healed years ago, prison twelve years ago) must not turn
into current needs. Counts come as lists or relations ("ผม เมีย ลูก 3 ตายาย" = 7,
"สามคนพ่อแม่ลูก", "ผมกับแม่ยาย", "ฉันกับหลานสองคน", "สองผัวเมีย"), and several people
ask a question in the middle of answering ("...แล้วต้องไปรับเงินที่ไหนคะ"). Isan,
northern and southern speech, typos, Thai digits, a borrowed phone, a correction at the
summary; five people answer one thing per message; three are refused (a Myanmar worker,
a stateless hill-tribe woman with a zero-number card, a Thai woman whose home is in
Malaysia) and three only ask a question (fee, falling ill while waiting, office days).
Counts: 23 personas; 17 eligible (case), 3 refused, 3 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan construction worker, boss ran off with two months' wages; seven people
    # (him, wife, 3 children, grandfather and grandmother); camp being torn down, tonight
    # at a petrol station -> urgent. Thai with ID card, hardship = no fare home -> case.
    "dev43 ค่าแรงไม่ออก ผม เมีย ลูก3 ตายาย": Persona(
        ("สวัสดีครับ", "เถ้าแก่หนีครับ ค่าแรงสองเดือนบ่ได้ซักบาท"),
        {"consent": "ตกลงครับ",
         "idle": "อยากกลับบ้านครับ ทำงานก่อสร้างอยู่ระยอง เถ้าแก่หนีไปแล้ว ค่าแรงบ่ได้ เงินหมดโตแล้ว",
         "hardship": "บ่มีค่ารถกลับบ้านครับ ข้าวกะซื้อกินบ่ค่อยได้แล้ว",
         "id_card": "มีครับ",
         "nationality_letter": "คนไทยครับ มีบัตรอยู่",
         "current_province": "ระยองครับ แคมป์คนงานแถวมาบตาพุด",
         "home_province": "ร้อยเอ็ดครับ อ.เสลภูมิ",
         "travellers": "ผม เมีย ลูก 3 ตายาย ได้หมดบ่ครับ",
         "urgent": "แคมป์เพิ่นสิรื้อแล้วครับ มื้อนี้กะสิไปนอนปั๊มน้ำมันหน้าปากซอยนั่นล่ะ",
         "special_needs": "ลูกคนน้อยสองขวบครับ ตากับยายกะเจ็ดสิบกว่าแล้ว",
         "travel_alone": "ไปนำกันหมดครับ ตายายเดินได้อยู่ บ่ต้องมีคนพาดอก",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้งานทำอยู่บ้านเฮาครับ",
         "name": "สมหมาย พลราช",
         "phone": "089-456-1203",
         "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "ร้อยเอ็ด",
                "travellers": 7, "urgent": True, "special": ["elderly", "child"],
                "name": "สมหมาย", "phone": "0894561203"}),

    # Northern woman pickpocketed at Mo Chit, ticket and money gone; slept at the bus
    # terminal and will again tonight -> urgent. One thing per message.
    "dev43 โดนล้วงที่หมอชิต คนเหนือ ทีละเรื่อง": Persona(
        ("ฮัลโหล", "มีไผ๋ช่วยได้ก่เจ้า"),
        {"consent": "ได้เจ้า",
         "idle": "เงินหายเจ้า โดนล้วงกระเป๋าตอนลงรถตี้หมอชิต ตั๋วก่หาย เงินก่หาย ปิ๊กบ้านบ่ได้แล้ว",
         "hardship": "บ่มีค่ารถปิ๊กบ้านเจ้า",
         "id_card": "บัตรยังอยู่เจ้า ใส่ไว้ในกระเป๋าเสื้อ",
         "nationality_letter": "บ่มีเจ้า แต่มีบัตรประชาชนอยู่",
         "current_province": "กรุงเทพ หมอชิตเจ้า",
         "home_province": "เชียงราย อำเภอแม่จันเจ้า",
         "travellers": "คนเดียวเจ้า",
         "urgent": "เมื่อคืนก่นอนตี้ขนส่งเจ้า คืนนี้ก่คงต้องนอนตี้เก่า",
         "special_needs": "บ่มีเจ้า แข็งแรงดี",
         "travel_alone": "ไปเองได้เจ้า",
         "sensitive_consent": "ได้เจ้า",
         "needs": "บ่มีแล้วเจ้า ขอปิ๊กบ้านอย่างเดียว",
         "name": "ชื่อ คำแปง อินต๊ะ เจ้า",
         "phone": "๐๘๖ ๗๗๒ ๓๔๑๐",
         "confirm": "ถูกแล้วเจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [],
                "name": "คำแปง", "phone": "0867723410"},
        one_part=True),

    # Evicted (landlord changed the lock); "สามคนพ่อแม่ลูก" = 3 with a 5-year-old; a
    # friend's room for one more night (urgency not clear-cut, so not expected); asks where
    # to collect the money in the middle of answering.
    "dev43 โดนไล่ออกจากห้อง สามคนพ่อแม่ลูก": Persona(
        ("สอบถามค่ะ", "พอดีโดนเจ้าของห้องไล่ออก ค้างค่าห้อง2เดือน"),
        {"consent": "ยอมรับค่ะ",
         "idle": "เจ้าของห้องเปลี่ยนกุญแจแล้วค่ะ ของยังเอาออกมาไม่หมดเลย อยากกลับบ้านที่ศรีสะเกษ ไม่มีตังค่ารถ",
         "hardship": "ไม่มีค่ารถกลับบ้าร ที่อยู่ก็ไม่มีแล้วค่ะ",
         "id_card": "มีค่ะ ทั้งฉันทั้งแฟน",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ปทุมธานี แถวรังสิตค่ะ",
         "home_province": "ศรีสะเกษ อำเภอกันทรลักษ์ค่ะ",
         "travellers": "สามคนพ่อแม่ลูกค่ะ",
         "urgent": "คืนนี้เพื่อนให้นอนห้องเขาได้อีกคืนค่ะ พรุ่งนี้แฟนเขากลับมาก็ต้องออก แล้วต้องไปรับเงินที่ไหนคะ",
         "special_needs": "ลูกห้าขวบค่ะ",
         "travel_alone": "ไปด้วยกันค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "แฟนอยากหางานแถวบ้านค่ะ",
         "name": "นางสาวพรทิพย์ แก้วมณี",
         "phone": "0951182746",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ศรีสะเกษ",
                "travellers": 3, "special": ["child"],
                "name": "พรทิพย์", "phone": "0951182746"}),

    # Southern grandmother (65) whose rented room burned; card survived in her wallet;
    # "ฉันกับหลานสองคน" = 3; the abbot lets them sleep on the temple pavilion -> no
    # home of her own tonight -> urgent.
    "dev43 ไฟไหม้ห้อง ยายกับหลานสองคน นอนศาลาวัด": Persona(
        ("ช่วยด้วยค่ะ", "ห้องเช่าไฟไหม้หมดเลย เมื่อคืนนี้"),
        {"consent": "ได้ค่ะ",
         "idle": "ไฟไหม้ห้องแถวที่เช่าอยู่ค่ะ ของวอดหมด เหลือแต่ตัวกับหลาน อยากหลบบ้านที่พัทลุงค่ะ ไม่หมีตังค์แล้ว",
         "hardship": "ไม่มีที่อยู่แล้วค่ะ ตังค์ก็ไม่หมี ค่ารถหลบบ้านก็ไม่หมี",
         "id_card": "มีค่ะ บัตรอยู่ในกระเป๋าตังติดตัวอยู่ รอดมาได้",
         "nationality_letter": "บัตรยังอยู่ค่ะ",
         "current_province": "สมุทรปราการค่ะ แถวบางพลี",
         "home_province": "พัทลุงค่ะ อ.ควนขนุน",
         "travellers": "ฉันกับหลานสองคนค่ะ",
         "urgent": "ตอนนี้หลวงพ่อให้นอนศาลาวัดไปก่อนค่ะ ไม่มีที่ไปแล้วจริงๆ",
         "special_needs": "ฉันอายุ ๖๕ แล้วค่ะ หลานคนโตแปดขวบ คนเล็กสี่ขวบ",
         "travel_alone": "ไปเองได้ค่ะ เคยนั่งรถไปกลับอยู่",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ ขอแค่ได้หลบบ้าน",
         "name": "ชื่อ เพ็ญศรี ทองขาว ค่ะ",
         "phone": "๐๘๙๕๕๓๒๑๗๖",
         "confirm": "ใช่ค่ะ ถูกแล้ว"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "พัทลุง",
                "travellers": 3, "urgent": True, "special": ["elderly", "child"],
                "name": "เพ็ญศรี", "phone": "0895532176"}),

    # Flood in Ayutthaya, factory closed, no income; "ผมกับแม่ยาย" = 2, mother-in-law 72;
    # sleeping in a tent the sub-district put up until Sunday (urgency not expected).
    "dev43 น้ำท่วม ผมกับแม่ยาย ปิ๊กแพร่": Persona(
        ("น้ำท่วมห้องหมดแล้วครับ", "โรงงานก่ปิด"),
        {"consent": "ตกลงครับ",
         "idle": "น้ำท่วมอยุธยาครับ ห้องเช่าจมหมด โรงงานปิดไม่มีกำหนด ไม่มีรายได้ละ อยากปิ๊กบ้านแพร่",
         "hardship": "ไม่มีรายได้ครับ ค่ารถปิ๊กบ้านก่ไม่มี",
         "id_card": "มีครับ แม่ยายก่มี",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "อยุธยา อ.บางบาลครับ",
         "home_province": "แพร่ครับ อ.ลอง",
         "travellers": "ผมกับแม่ยายครับ",
         "urgent": "ตอนนี้นอนเต็นท์ที่ อบต.กางให้อยู่ครับ เปิ้นบอกได้ถึงวันอาทิตย์",
         "special_needs": "แม่ยายอายุ ๗๒ ครับ เข่าไม่ดี เดินไกลบ่ได้ แต่นั่งรถได้",
         "travel_alone": "แม่ยายไปได้อยู่ครับ แต่ผมไปนำ",
         "sensitive_consent": "ได้ครับ",
         "needs": "บ่มีครับ",
         "name": "ชื่อผม ณัฐวุฒิ ปัญญาดี",
         "phone": "0623049918",
         "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "แพร่",
                "travellers": 2, "special": ["elderly"],
                "name": "ณัฐวุฒิ", "phone": "0623049918"}),

    # Isan woman 7 months pregnant who missed her bus; money left is not enough for a
    # new ticket; gave up her room, nowhere tonight -> urgent. One thing per message.
    "dev43 ตกรถ ท้อง7เดือน ทีละเรื่อง": Persona(
        ("ตกรถค่ะ", "รถออกไปแล้ว ตั๋วใช้บ่ได้แล้ว"),
        {"consent": "ค่ะ",
         "idle": "มาขนส่งช้า รถออกไปแล้วค่ะ เงินที่เหลือซื้อตั๋วใหม่บ่พอ อยากกลับหนองบัวลำภู",
         "hardship": "ค่ารถบ่พอค่ะ",
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรอยู่ค่ะ",
         "current_province": "หมอชิต กทม ค่ะ",
         "home_province": "หนองบัวลำภูค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ถ้าบ่ได้ไปคืนนี้กะบ่มีบ่อนนอนค่ะ ห้องคืนเขาไปแล้ว",
         "special_needs": "ท้องเจ็ดเดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ได้อยู่",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "อยากไปฝากครรภ์ที่บ้านค่ะ",
         "name": "อรอุมา ศรีบุญเรือง",
         "phone": "0818890245",
         "confirm": "แม่นแล้วค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "หนองบัวลำภู",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "name": "อรอุมา", "phone": "0818890245"},
        one_part=True),

    # Southern man in Chiang Mai whose phone (and banking app) is lost; types on the
    # security guard's phone and gives the guard's number; slept at a petrol station.
    "dev43 มือถือหาย ยืมเครื่องรปภ คนใต้": Persona(
        ("ยืมเครื่องพี่รปภ.พิมพ์นะครับ", "มือถือผมหาย ตังค์อยู่ในแอพหมด"),
        {"consent": "ได้ครับ",
         "idle": "โทรศัพท์หายครับ เงินอยู่ในแอพธนาคารหมด บัตรเอทีเอ็มก็ไม่มี กดไม่ได้เลย อยากหลบบ้านที่สุราษฎร์",
         "hardship": "ไม่หมีค่ารถหลบบ้านครับ ข้าวก็ยังไม่ได้กินตั้งแต่เมื่อวาน",
         "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "เชียงใหม่ครับ แถวนิมมาน",
         "home_province": "สุราษฎร์ครับ อ.พุนพิน",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "คืนนี้ก็นอนปั๊มน้ำมันอีกแหละครับ เมื่อคืนก็นอนตรงนั้น",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "name": "อนุชา หมาดหลี",
         "phone": "เบอร์ผมหายไปกับเครื่อง ใช้เบอร์พี่รปภ.นะครับ 0873365102",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "สุราษฎร์ธานี",
                "travellers": 1, "urgent": True, "special": [],
                "name": "อนุชา", "phone": "0873365102"}),

    # Isan wife sleeping on a hospital bench for five nights; husband just had an
    # operation and is discharged; she travels with him -> sick; urgent. Asks a
    # question about the stitches while answering.
    "dev43 นอนม้านั่งโรงบาล ผัวเพิ่งผ่าตัด": Persona(
        ("สวัสดีค่ะ", "ตอนนี้อยู่โรงบาลขอนแก่นค่ะ ผัวเพิ่งผ่าตัดไส้ติ่ง หมอให้กลับบ้านได้แล้ว"),
        {"consent": "ตกลงค่ะ",
         "idle": "เงินหมดตั้งแต่ผัวเข้าโรงบาลแล้วค่ะ ค่ารถกลับมุกดาหารกะบ่มี",
         "hardship": "บ่มีค่ารถกลับบ้านค่ะ ข้าวกะกินแต่มาม่า",
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ขอนแก่นค่ะ โรงพยาบาลศูนย์",
         "home_province": "มุกดาหารค่ะ อ.คำชะอี",
         "travellers": "สองคนผัวเมียค่ะ",
         "urgent": "๕ คืนแล้วที่นอนม้านั่งหน้าตึกค่ะ ผัวออกจากวอร์ดแล้วกะบ่มีบ่อนนอนแล้ว",
         "special_needs": "ผัวเพิ่งผ่าตัดค่ะ แผลยังบ่แห้ง เดินช้าๆ",
         "travel_alone": "ไปได้ค่ะ นั่งรถได้อยู่ ฉันนั่งไปนำ",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "หมอนัดตัดไหมอีกอาทิตย์ค่ะ ไปตัดที่โรงบาลอำเภอได้บ่คะ",
         "name": "บุญเรือน ไชยสิทธิ์",
         "phone": "093 551 8702",
         "confirm": "แม่นแล้วค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "มุกดาหาร",
                "travellers": 2, "urgent": True, "special": ["sick"],
                "name": "บุญเรือน", "phone": "0935518702"}),

    # Northern man out of work in Pattaya, still has his room for ten days -> not
    # urgent; mentions antiretroviral pills in passing -> the HIV aid (Source A 2.1)
    # should be suggested. One thing per message.
    "dev43 กินยาต้าน ตกงานพัทยา ทีละเรื่อง": Persona(
        ("อยากขอความช่วยเหลือครับ",),
        {"consent": "โอเคครับ",
         "idle": "ตกงานครับ ร้านที่พัทยาปิด ตังค์หมด อยากปิ๊กลำปาง",
         "hardship": "ไม่มีค่ารถครับ ไม่มีรายได้เลย",
         "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "พัทยาครับ",
         "home_province": "ลำปางครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ยังอยู่ห้องได้ถึงสิ้นเดือนครับ อีก ๑๐ วัน",
         "special_needs": "แข็งแรงดีครับ แต่กินยาต้านไวรัสอยู่ ยาเหลืออีกสามอาทิตย์",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากย้ายไปรับยาต้านที่โรงพยาบาลลำปางครับ ทำไงดี",
         "name": "ธนากร วงค์ษา",
         "phone": "๐๖๑-๒๒๐-๙๙๘๓",
         "confirm": "ครับ ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "referrals": ["hiv_aid"],
                "name": "ธนากร", "phone": "0612209983"},
        one_part=True),

    # Southern mother thrown out by her husband in Phuket, child of 3 with fever; a
    # friend's room one more night (urgency not expected); asks about the hospital
    # mid-answer; corrects her phone number at the summary.
    "dev43 ลูกตัวร้อน ผัวไล่ ภูเก็ตไปตรัง": Persona(
        ("พี่คะ", "ผัวไล่ออกจากบ้านค่ะ ลูกก็ตัวร้อน"),
        {"consent": "ได้ค่ะ",
         "idle": "ผัวกินเหล้าแล้วไล่ออกจากบ้านค่ะ ตังค์เขาเก็บไว้หมด อยากหลบบ้านแม่ที่ตรัง",
         "hardship": "ไม่หมีตังค์สักบาทค่ะ ค่ารถก็ไม่หมี",
         "id_card": "มีค่ะ หยิบมาได้ทันแค่บัตรกับลูก",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ภูเก็ตค่ะ",
         "home_province": "ตรังค่ะ อ.ย่านตาขาว",
         "travellers": "หนูกับลูกค่ะ สองคน",
         "urgent": "คืนนี้ขอนอนห้องเพื่อนอีกคืนค่ะ เพื่อนก็อึดอัดแล้ว",
         "special_needs": "ลูกสามขวบค่ะ ตัวร้อนตั้งแต่เมื่อคืน ต้องพาไปหาหมอก่อนไหมคะ ไปโรงบาลรัฐได้ไหม",
         "travel_alone": "ไปกันสองแม่ลูกได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ ขอแค่ได้หลบบ้าน",
         "name": "ชื่อ สุนิสา เหมือนคง ค่ะ",
         "phone": "0984412350",
         "confirm": ("เบอร์ผิดค่ะ ที่ถูก 0984412305", "ใช่ค่ะ")},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ตรัง",
                "travellers": 2, "special": ["child", "sick"],
                "name": "สุนิสา", "phone": "0984412305"}),

    # Laid-off son with his father (78) who gets confused; room until month-end -> not
    # urgent; father cannot travel alone (age and mind, regulation 6(3)).
    "dev43 พ่อหลงๆลืมๆ มหาชัยไปอุตรดิตถ์": Persona(
        ("สวัสดีครับ ขอถามหน่อย", "ผมตกงานครับ ดูแลพ่อด้วย พ่อเริ่มหลงๆลืมๆ"),
        {"consent": "ได้ครับ",
         "idle": "โรงงานปลดคนครับ ผมโดนด้วย ค่าห้องก็ค้าง พ่ออยู่กับผม พ่อชอบเดินออกไปแล้วกลับห้องไม่ถูก อยากพาพ่อกลับไปอยู่บ้านที่อุตรดิตถ์",
         "hardship": "ไม่มีรายได้ครับ ค่ารถกลับบ้านก็ไม่พอ",
         "id_card": "มีครับ พ่อก็มี",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "มหาชัย สมุทรสาครครับ",
         "home_province": "อุตรดิตถ์ครับ อ.พิชัย",
         "travellers": "ผมกับพ่อครับ",
         "urgent": "เจ้าของห้องให้อยู่ถึงสิ้นเดือนครับ",
         "special_needs": "พ่ออายุ ๗๘ ครับ ความจำไม่ค่อยดี บางทีจำผมไม่ได้",
         "travel_alone": "พ่อไปคนเดียวไม่ได้ครับ หลงแน่นอน ผมไปด้วย",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากพาพ่อไปหาหมอเรื่องความจำครับ แล้วผมก็อยากได้งานแถวบ้าน",
         "name": "วีระพงษ์ สุขเกษม",
         "phone": "0859907314",
         "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "อุตรดิตถ์",
                "travellers": 2, "urgent": False,
                "special": ["elderly", "cannot_travel_alone"],
                "name": "วีระพงษ์", "phone": "0859907314"},
        after=("ลืมบอกครับ พ่อกินยาความดันอยู่ด้วย",)),

    # Restaurant wages withheld two months; sleeps under a footbridge -> urgent; TB
    # three years ago, cured -> no special need now. Voice-typed run-on messages.
    "dev43 เคยเป็นวัณโรคหายแล้ว นอนใต้สะพานลอย": Persona(
        ("ผมขอความช่วยเหลือหน่อยครับ",),
        {"consent": "ตกลง",
         "idle": "ร้านอาหารที่ผมทำอยู่ไม่จ่ายค่าแรงครับเถ้าแก่บอกรอไปก่อนรอมาสองเดือนแล้วตอนนี้หมดตัวอยากกลับกาฬสินธุ์",
         "hardship": "ไม่มีกินครับค่ารถก็ไม่มี",
         "id_card": "มีครับ",
         "nationality_letter": "มีบัตร",
         "current_province": "นนทบุรีครับปากเกร็ด",
         "home_province": "กาฬสินธุ์ครับ",
         "travellers": "คนเดียว",
         "urgent": "สองคืนแล้วครับนอนใต้สะพานลอยหน้าเซเว่น",
         "special_needs": "ไม่มีครับ เคยเป็นวัณโรคเมื่อสามปีก่อนแต่รักษาหายแล้ว หมอบอกหายขาด",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้",
         "needs": "ไม่มีครับ",
         "name": "สุริยา ภูมิสะอาด",
         "phone": "0807712469",
         "confirm": "ใช่"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": [],
                "name": "สุริยา", "phone": "0807712469"}),

    # Savings taken by a friend who ran off; lease ends today -> urgent; mentions prison
    # twelve years ago, no probation now, and asks if it matters (it does not: the
    # criteria are hardship and Thai nationality).
    "dev43 เคยติดคุกนานแล้ว โดนเพื่อนโกง": Persona(
        ("ถามหน่อยครับ ช่วยค่ารถกลับบ้านได้ไหม",),
        {"consent": "ได้ครับ",
         "idle": "เพื่อนยืมเงินไปหมดแล้วหนีครับ เงินเก็บทั้งหมด ตอนนี้อยู่ชลบุรี อยากกลับบุรีรัมย์",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "ศรีราชา ชลบุรีครับ",
         "home_province": "บุรีรัมย์ครับ อ.นางรอง",
         "travellers": "คนเดียวครับ",
         "urgent": "ห้องหมดสัญญาวันนี้ครับ คืนนี้ยังไม่รู้จะนอนไหน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ บอกไว้ก่อนผมเคยติดคุกเมื่อ ๑๒ ปีก่อน พ้นโทษนานแล้ว ไม่ได้คุมประพฤติอะไรแล้ว มีผลไหมครับ",
         "needs": "ไม่มีครับ",
         "name": "ประเสริฐ ดวงดี",
         "phone": "0641238876",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "special": [],
                "name": "ประเสริฐ", "phone": "0641238876"}),

    # Wallet and ID card stolen on a city bus; has the district's letter certifying Thai
    # nationality and residence (Source B condition 2) -> eligible; staying with a
    # coworker -> not urgent; wants a new card.
    "dev43 บัตรหายกับกระเป๋า มีหนังสือรับรองจากอำเภอ": Persona(
        ("กระเป๋าตังหายครับ บัตรก็หายไปด้วย",),
        {"consent": "ครับ",
         "idle": "โดนล้วงกระเป๋าบนรถเมล์ครับ บัตรประชาชนก็หาย เงินก็หาย แจ้งความแล้ว อยากกลับบ้านที่นครสวรรค์",
         "hardship": "ไม่มีค่ารถกลับครับ",
         "id_card": "ไม่มีแล้วครับ หายไปกับกระเป๋า มีใบแจ้งความ",
         "nationality_letter": "มีครับ พี่ชายไปขอที่อำเภอให้ เป็นหนังสือรับรองว่าเป็นคนไทย อยู่ที่นั่นจริง ส่งไปรษณีย์ด่วนมาถึงเมื่อวาน",
         "current_province": "กรุงเทพครับ แถวบางกะปิ",
         "home_province": "นครสวรรค์ครับ อ.ตาคลี",
         "travellers": "คนเดียว",
         "urgent": "นอนห้องเพื่อนร่วมงานอยู่ครับ เขาให้อยู่ได้เรื่อยๆ",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้",
         "needs": "อยากทำบัตรใหม่ครับ ทำที่ไหนได้บ้าง",
         "name": "กิตติศักดิ์ บุญมา",
         "phone": "0917756023",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครสวรรค์",
                "travellers": 1, "urgent": False, "special": [],
                "name": "กิตติศักดิ์", "phone": "0917756023"}),

    # Northern couple picking durian in Chanthaburi; the orchard boss did not pay and is
    # gone; owner chased them out of the shed -> urgent. "สองผัวเมีย" = 2. One per message.
    "dev43 ตัดทุเรียนจันท์ เถ้าแก่บ่จ่าย สองผัวเมีย": Persona(
        ("สวัสดีเจ้า",),
        {"consent": "ได้เจ้า",
         "idle": "มาตัดทุเรียนตี้จันท์เจ้า เถ้าแก่บ่จ่ายค่าจ้าง หนีไปแล้ว อยากปิ๊กบ้านน่าน",
         "hardship": "บ่มีเงินเลยเจ้า ข้าวก่บ่มีกิ๋น",
         "id_card": "มีเจ้า",
         "nationality_letter": "มีบัตรเจ้า",
         "current_province": "จันท์เจ้า อ.ท่าใหม่",
         "home_province": "น่านเจ้า",
         "travellers": "สองผัวเมียเจ้า",
         "urgent": "ตอนนี้นอนเพิงในสวนเปิ้น แต่เจ้าของสวนไล่แล้ว คืนนี้บ่มีตี้นอนเจ้า",
         "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปได้เจ้า",
         "sensitive_consent": "ได้เจ้า",
         "needs": "บ่มีเจ้า",
         "name": "ศรีนวล จันทร์ติ๊บ",
         "phone": "๐๙๕๔๔๑๒๐๘๘",
         "confirm": "ถูกแล้วเจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "จันทบุรี", "home": "น่าน",
                "travellers": 2, "urgent": True, "special": [],
                "name": "ศรีนวล", "phone": "0954412088"},
        one_part=True),

    # Grandmother (69) who spent her money visiting her son in prison; slept at the
    # pavilion in front of the prison -> urgent; elderly but travels alone.
    "dev43 ยายมาเยี่ยมลูกในคุก นอนศาลาหน้าเรือนจำ": Persona(
        ("ยายขอถามหน่อยนะลูก", "ยายมาเยี่ยมลูกชายที่คุก เงินหมดแล้ว"),
        {"consent": "ได้ลูก",
         "idle": "ยายมาเยี่ยมลูกชายที่เรือนจำ เงินที่เตรียมมาฝากเข้าบัญชีให้ลูกหมดแล้ว ค่ารถกลับสุโขทัยไม่มีแล้วลูก",
         "hardship": "ไม่มีค่ารถกลับบ้านจ้ะ",
         "id_card": "มีจ้ะ",
         "nationality_letter": "มีบัตรจ้ะ",
         "current_province": "นครปฐมจ้ะ",
         "home_province": "สุโขทัยจ้ะ อำเภอสวรรคโลก",
         "travellers": "ยายคนเดียวจ้ะ",
         "urgent": "เมื่อคืนนอนศาลาหน้าเรือนจำจ้ะ ยุงกัดทั้งคืน",
         "special_needs": "ยายอายุ ๖๙ แล้วลูก",
         "travel_alone": "ไปเองได้จ้ะ ยายนั่งรถทัวร์เป็น",
         "sensitive_consent": "ได้จ้ะ",
         "needs": "ไม่มีจ้ะ",
         "name": "ยายชื่อ ทองใบ มีสุข",
         "phone": "เบอร์ยาย ๐๘๑ ๓๓๒ ๐๕๗๙",
         "confirm": "ถูกแล้วจ้ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "สุโขทัย",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "ทองใบ", "phone": "0813320579"}),

    # Woman with a withered leg on crutches; dormitory being demolished, must leave
    # today -> urgent; disabled, travels alone.
    "dev43 ขาลีบใช้ไม้ค้ำ หอโดนรื้อ โคราชไปชัยภูมิ": Persona(
        ("สวัสดีค่ะ", "หนูเป็นคนพิการขาค่ะ โดนไล่ออกจากหอ"),
        {"consent": "ยอมรับค่ะ",
         "idle": "หอพักจะรื้อทำคอนโดค่ะ ไล่ออกหมดทุกห้อง หนูไม่มีที่ไป ขายล็อตเตอรี่ก็ไม่ค่อยได้ อยากกลับบ้านชัยภูมิค่ะ",
         "hardship": "ไม่มีที่อยู่ค่ะ ค่ารถก็ไม่พอ",
         "id_card": "มีค่ะ บัตรคนพิการก็มี",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "โคราชค่ะ ในเมือง",
         "home_province": "ชัยภูมิค่ะ อ.ภูเขียว",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ต้องออกวันนี้ค่ะ คืนนี้ยังไม่รู้จะนอนไหน",
         "special_needs": "หนูขาลีบข้างนึงค่ะ ใช้ไม้ค้ำ",
         "travel_alone": "ไปเองได้ค่ะ ขึ้นรถทัวร์ได้ ขอแค่มีคนช่วยยกกระเป๋า",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "จันทร์เพ็ญ ศรีภูธร",
         "phone": "0826643091",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "name": "จันทร์เพ็ญ", "phone": "0826643091"}),

    # Myanmar construction worker with a pink card, wages unpaid, wants to go to
    # Myawaddy: the aid is for people of Thai nationality -> refused.
    "dev43 แรงงานพม่า บัตรชมพู ค่าแรงไม่ออก": Persona(
        ("สวัสดีคับ", "ผมทำงานก่อสร้าง นายจ้างไม่ให้ตัง"),
        {"consent": "ได้คับ",
         "idle": "นายจ้างไม่จ่ายตังสามเดือนคับ อยากกลับบ้านพม่า ไม่มีตังค่ารถ",
         "hardship": "ไม่มีตังคับ ค่ารถไม่มี",
         "id_card": "ไม่มีบัตรไทยคับ มีบัตรสีชมพู ผมเป็นคนพม่า",
         "nationality_letter": "ไม่มีคับ ผมไม่ใช่คนไทย",
         "current_province": "สมุทรสาครคับ",
         "home_province": "พม่าคับ เมียวดี",
         "travellers": "ผมกับเมียคับ",
         "urgent": "นอนแคมป์อยู่คับ",
         "special_needs": "ไม่มีคับ",
         "travel_alone": "ได้คับ",
         "sensitive_consent": "ได้คับ",
         "needs": "อยากได้ตังค่าแรงคืนคับ",
         "name": "ผมชื่อ จอ ซาน",
         "phone": "0968812453",
         "confirm": "ใช่คับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Hill-tribe woman with a zero-number card, nationality still pending at the district:
    # no Thai ID card and no letter certifying Thai nationality -> refused. One per message.
    "dev43 บัตรเลขศูนย์ ยังบ่ได้สัญชาติ ทีละเรื่อง": Persona(
        ("สวัสดีเจ้า", "ปิ๊กบ้านบ่ได้เจ้า"),
        {"consent": "ได้เจ้า",
         "idle": "มาทำงานร้านอาหารตี้ภูเก็ต ร้านปิดเจ้า ตังหมด อยากปิ๊กบ้านตี้เชียงราย",
         "hardship": "บ่มีค่ารถเจ้า",
         "id_card": "มีบัตรเจ้า แต่เป็นบัตรเลขศูนย์ บ่ใช่บัตรคนไทย",
         "nationality_letter": "บ่มีเจ้า ยังบ่ได้สัญชาติ กำลังยื่นเรื่องอยู่ตี้อำเภอ",
         "current_province": "ภูเก็ตเจ้า",
         "home_province": "เชียงรายเจ้า อ.แม่ฟ้าหลวง บนดอย",
         "travellers": "คนเดียวเจ้า",
         "urgent": "คืนนี้ยังนอนหอเพื่อนได้เจ้า",
         "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปได้เจ้า",
         "sensitive_consent": "ได้เจ้า",
         "needs": "อยากได้สัญชาติเจ้า",
         "name": "หมี่ซู แซ่ย่าง",
         "phone": "0938265017",
         "confirm": "เจ้า ถูกแล้ว"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
        one_part=True),

    # Thai woman (card holder) unpaid and fired as a maid in Bangkok who wants to go to
    # her home of twenty years in Kelantan, Malaysia, and refuses Narathiwat (nothing left
    # there): the aid returns people to a home in Thailand -> refused.
    "dev43 อยากหลบกลันตัน มาเลเซีย": Persona(
        ("อัสลามูอาลัยกุมค่ะ", "ขอถามเรื่องค่ารถค่ะ"),
        {"consent": "ได้ค่ะ",
         "idle": "มาทำงานแม่บ้านที่กรุงเทพค่ะ นายจ้างไม่จ่ายเงินเดือน ไล่ออกแล้ว อยากหลบบ้านที่กลันตันค่ะ ผัวกับลูกอยู่โน้น",
         "hardship": "ไม่หมีค่ารถค่ะ",
         "id_card": "มีบัตรประชาชนไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ เป็นคนไทย",
         "current_province": "กรุงเทพค่ะ",
         "home_province": ("โกตาบารู กลันตัน มาเลเซียค่ะ อยู่โน้นยี่สิบปีแล้ว",
                           "ไม่ได้ค่ะ ต้องไปมาเลย์ บ้านที่นราขายไปหมดแล้ว ญาติที่นี่ไม่มีแล้ว"),
         "travellers": "คนเดียวค่ะ",
         "urgent": "ตอนนี้นอนมัสยิดค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "ฟาตีมะห์ สาและ",
         "phone": "0872219048",
         "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "กรุงเทพมหานคร"}),

    # Southern man only asks: someone at the terminal wants 500 baht to "do the paperwork";
    # Source B: no fee.
    "dev43 ถามค่าธรรมเนียม มีคนเรียกห้าร้อย": Persona(
        ("ถามหน่อยเหอ",
         "มีคนที่ขนส่งบอกว่าจ่ายให้เขาห้าร้อยแล้วเขาจะทำเรื่องขอค่ารถกลับบ้านให้ ต้องเสียตังค์จริงไหมเหอ"),
        {"consent": "ได้ แค่ถามเฉยๆ",
         "idle": "ขอค่ารถหลบบ้านต้องเสียค่าไหรไหม",
         "hardship": "ยังไม่ขอ ถามก่อน",
         "id_card": "มี",
         "nationality_letter": "มีบัตร",
         "current_province": "หาดใหญ่",
         "home_province": "นครศรีธรรมราช",
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วน ยังมีที่นอน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "sensitive_consent": "ไม่ต้องบันทึก",
         "needs": "ไม่มี แค่ถาม",
         "name": "ไม่บอกได้ไหม",
         "phone": "ไม่สะดวกให้",
         "confirm": "ไม่ต้อง แค่ถาม"},
        outcome="answered",
        answered="ค่าธรรมเนียม"),

    # Isan man only asks: if someone falls ill while waiting or on the way home, can they
    # go to hospital and who pays. Source B notice 4: government hospital, outpatient.
    "dev43 ถามป่วยระหว่างรอ ใผจ่าย": Persona(
        ("ขอถามแนเด้อ",
         "ถ้าป่วยตอนรอเงินช่วยเหลือ หรือป่วยตอนนั่งรถกลับบ้าน ไปโรงบาลได้บ่ ใผจ่ายค่ายา"),
        {"consent": "ได้ครับ",
         "idle": "อยากฮู้เรื่องป่วยตอนรอครับ แม่เป็นหอบหืด ย้านเป็นตอนเดินทาง",
         "hardship": "ยังบ่ได้ขอครับ ถามไว้ก่อน",
         "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "ชลบุรีครับ",
         "home_province": "ยโสธรครับ",
         "travellers": "ผมกับแม่",
         "urgent": "บ่ด่วนครับ",
         "special_needs": "แม่เป็นหอบหืด",
         "travel_alone": "ไปนำกันครับ",
         "sensitive_consent": "บ่ต้องบันทึกครับ",
         "needs": "บ่มีครับ ถามแค่นี้",
         "name": "บ่ต้องครับ",
         "phone": "บ่ต้องครับ",
         "confirm": "บ่ต้องครับ ถามเฉยๆ"},
        outcome="answered",
        answered="ผู้ป่วยนอก"),

    # Northern woman only asks whether the office is open on Saturday and at what time:
    # Monday to Friday 08.30-16.30; hotline 1300 round the clock.
    "dev43 ถามวันเสาร์เปิดก่เจ้า": Persona(
        ("สวัสดีเจ้า",
         "วันเสาร์ไปยื่นขอค่ารถปิ๊กบ้านตี้สำนักงานได้ก่เจ้า เปิดกี่โมง"),
        {"consent": "ได้เจ้า",
         "idle": "ถามเรื่องวันเวลาเปิดเจ้า",
         "hardship": "ยังบ่ได้ขอเจ้า",
         "id_card": "มีเจ้า",
         "nationality_letter": "มีบัตรเจ้า",
         "current_province": "ลำพูนเจ้า",
         "home_province": "พะเยาเจ้า",
         "travellers": "คนเดียวเจ้า",
         "urgent": "บ่ด่วนเจ้า",
         "special_needs": "บ่มีเจ้า",
         "travel_alone": "ได้เจ้า",
         "sensitive_consent": "บ่ต้องเจ้า",
         "needs": "บ่มีเจ้า",
         "name": "บ่บอกเจ้า",
         "phone": "บ่สะดวกเจ้า",
         "confirm": "บ่ต้องเจ้า"},
        outcome="answered",
        answered="จันทร์"),
}
