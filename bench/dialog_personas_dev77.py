"""Dialog personas, set "dev77" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: the East and the West of Thailand (Chonburi, Rayong, Chanthaburi, Trat, Sa Kaeo,
Prachin Buri, Chachoengsao, Kanchanaburi, Ratchaburi, Phetchaburi, Prachuap Khiri Khan,
Samut Sakhon, Samut Songkhram) and people stranded at Ekkamai: factory workers laid off
in industrial estates, fishing-boat crews cheated of their pay at Mahachai, durian and
rubber pickers whose employer ran off, construction-camp families, people stuck at the
Pattaya and Ekkamai bus stations, border-market traders at Rong Kluea and Khlong Yai, a
man just out of Khao Bin prison, a volunteer writing for a lost old man. They name
districts, industrial estates and landmarks instead of provinces (Laem Chabang, Map Ta
Phut, Bo Win, Amata Nakorn, Sattahip, Mahachai, Hua Hin, Cha-am, Tha Mai, Klaeng...),
correct themselves mid-conversation, change their head count, give a wrong or short
phone number and fix it, answer questions with questions, use Thai digits, voice
typing, regional particles and no spaces.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # laid-off port worker at Laem Chabang (Chonburi) to Tha Uthen (Nakhon Phanom); case, urgent
    "dev77 Laem Chabang port worker answers with questions": Persona(
        ("ฮัลโหล มีคนอยู่มั้ยครับ",
         "ผมโดนเลิกจ้างจากลานตู้แหลมฉบังครับ บริษัทปิดไปเฉยๆค่าแรงงวดสุดท้ายก็ไม่ได้"),
        {"consent": ("ต้องเก็บด้วยเหรอครับ เก็บไปทำไม", "ได้ครับ ยินยอม"),
         "idle": "อยากได้ค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ เงินเหลือ40บาท",
         "id_card": "บัตรประชาชนใช่มั้ยครับ มีครับอยู่ในกระเป๋าตังค์",
         "current_province": "ก็อยู่แหลมฉบังนี่แหละครับ ต้องบอกจังหวัดด้วยเหรอ ศรีราชา ชลบุรีครับ",
         "home_province": "บ้านผมท่าอุเทนครับ นครพนม",
         "travellers": "ไปคนเดียวครับ",
         "urgent": "ด่วนมั้ยเหรอครับ? คืนนี้ก็นอนศาลาป้ายรถเมล์หน้าท่าเรือแล้วครับ ห้องโดนไล่ออกเมื่อวาน",
         "special_needs": "ไม่มีครับ ผมคนเดียว แข็งแรงดี",
         "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ ขอแค่กลับบ้านได้",
         "name": "ธนากร ครับ 0937415820",
         "phone": "0937415820",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครพนม", "travellers": 1,
                "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "ธนากร", "phone": "0937415820"}),

    # contract worker at Map Ta Phut (Rayong) with pregnant wife and two children to Roi Et;
    # miscounts then fixes; case, not urgent
    "dev77 Map Ta Phut family recounts to four": Persona(
        ("สวัสดีครับ",
         "ผมเป็นลูกจ้างรับเหมาช่วงในนิคมมาบตาพุด โรงงานลดคนผมโดนด้วย "
         "อยากพาลูกเมียกลับบ้านที่ร้อยเอ็ดครับแต่เงินไม่พอค่ารถ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถกลับครับ",
         "id_card": "มีครับ ทั้งผมทั้งเมีย",
         "current_province": "มาบตาพุด ระยองครับ",
         "home_province": "ร้อยเอ็ดครับ อ.เสลภูมิ",
         "travellers": "3คนครับ ผม เมีย ลูก... เอ้ยไม่ใช่ 4 คนครับ ลืมนับคนเล็ก ลูกมี2คน",
         "urgent": "ห้องเช่ายังอยู่ได้ถึงสิ้นเดือนครับ ข้าวสารยังพอมี ไม่ถึงกับด่วน",
         "special_needs": "ลูก2คนครับ 8ขวบกับ4ขวบ แล้วเมียท้องอยู่5เดือนครับ",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "ไปกันเองได้ครับ ผมดูแลเอง",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "สุริยา ศรีบุญ 081-629-0374",
         "phone": "0816290374",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "ร้อยเอ็ด", "travellers": 4,
                "urgent": False, "special": ["child", "pregnant"],
                "name": "สุริยา ศรีบุญ", "phone": "0816290374"}),

    # fishing-boat crewman cheated of four months' pay at Mahachai (Samut Sakhon) to Nang Rong
    # (Buriram); wrong phone fixed at the summary; wants a job on land; case, urgent
    "dev77 Mahachai boat crew cheated, fixes phone at summary": Persona(
        ("พี่ครับ ช่วยด้วย",
         "ผมลงเรือประมงออกจากมหาชัยไป4เดือน กลับมาไต๋ไม่จ่ายสักบาท บอกหักหนี้หมดแล้ว "
         "ตอนนี้ไม่มีตังเลยครับ"),
        {"consent": "ยอมครับ",
         "idle": "อยากกลับบ้านครับ ไม่มีค่ารถ",
         "hardship": "ไม่มีตังกลับบ้าน ไม่มีที่นอน ข้าวยังไม่ได้กินตั้งแต่เมื่อวาน",
         "id_card": "มีครับ ไต๋ยึดไว้แต่ทวงคืนมาได้แล้ว",
         "current_province": "มหาชัยครับ แถวท่าเรือ",
         "home_province": "นางรอง บุรีรัมย์ครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ต้องนอนแพปลา",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มี",
         "needs": "อยากหางานบนบกทำครับ ไม่เอาเรือแล้ว เข็ด",
         "name": "เกียรติศักดิ์ 0894512763",
         "phone": "0894512763",
         "confirm": ("เบอร์ผิดครับ ที่ถูก 089-451-2736 ตัวท้ายพิมพ์สลับกัน", "ถูกแล้วครับ")},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement"],
                "no_referrals": HEALTH, "name": "เกียรติศักดิ์", "phone": "0894512736"}),

    # restaurant worker fired at Sattahip, now at Pattaya bus station (Chonburi) to Mae Sai
    # (Chiang Rai); corrects her place, short phone then full; case, urgent
    "dev77 Sattahip waitress now at Pattaya bus station": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือหน่อยค่ะ🙏",
         "ทำงานร้านอาหารที่สัตหีบ เจ้าของไม่จ่ายเงินเดือนแล้วไล่ออก จะกลับบ้านแม่สายแต่ตังไม่พอค่ะ"),
        {"consent": "ได้ค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "สัตหีบค่ะ เอ้ยไม่ใช่ ตอนนี้นั่งสองแถวมาถึงขนส่งพัทยาแล้วค่ะ",
         "home_province": "แม่สาย เชียงรายค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ไม่มีที่นอน คืนนี้คงนั่งรอในขนส่งทั้งคืน",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "ปลาค่ะ",
         "phone": ("095123886", "0951238864 ค่ะ ขอโทษค่ะตกไปตัวนึง มือสั่น"),
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "เชียงราย", "travellers": 1,
                "urgent": True, "special": [], "name": "ปลา", "phone": "0951238864"}),

    # laid off in Rayong, pickpocketed on the bus, stuck at Ekkamai (Bangkok) to Pak Thong Chai
    # (Nakhon Ratchasima); phone in Thai digits; case, urgent
    "dev77 pickpocketed at Ekkamai going to Korat": Persona(
        ("ตอนนี้ติดอยู่ขนส่งเอกมัยครับ",
         "นั่งรถมาจากระยองเพราะโดนเลิกจ้าง จะต่อไปหมอชิตกลับโคราช แต่โดนล้วงกระเป๋าบนรถ"
         "ตังหายหมดเลย บัตรยังอยู่ในกระเป๋าเสื้อ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ค่าข้าวก็ไม่มี",
         "id_card": "มีครับ โชคดีเก็บแยกไว้",
         "current_province": "เอกมัย กทม.ครับ",
         "home_province": "โคราชครับ อ.ปักธงชัย",
         "travellers": "1 คนครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่รู้จะนอนไหน ยังไม่ได้กินอะไรเลย",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ",
         "name": "วีรพงษ์ ๐๖๒๔๗๘๑๓๕๙",
         "phone": "๐๖๒๔๗๘๑๓๕๙",
         "confirm": "ครับ ถูกต้อง"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "วีรพงษ์", "phone": "0624781359"}),

    # durian pickers at Tha Mai (Chanthaburi), orchard boss ran off, 5 then 4 people with a
    # 63-year-old uncle, to Amnat Charoen; case, urgent (no food)
    "dev77 Tha Mai durian pickers, five becomes four": Persona(
        ("สวัสดีจ้า",
         "พวกเรามารับจ้างเก็บทุเรียนที่ท่าใหม่ เถ้าแก่สวนหนีหนี้ไป ไม่ได้ค่าจ้างเลยจ้า",
         "อยากกลับบ้านอำนาจเจริญ5คน"),
        {"consent": "ได้จ้า ยินยอมจ้า",
         "idle": "ค่ารถกลับบ้านจ้า",
         "hardship": "ไม่มีค่ารถ ข้าวสารก็หมดแล้วจ้า",
         "id_card": "มีทุกคนจ้า",
         "current_province": "ท่าใหม่ จันทบุรีจ้า",
         "home_province": "อำนาจเจริญ อ.ปทุมราชวงศาจ้า",
         "travellers": "5คนจ้า อ้อไม่ใช่ๆ เหลือ4คน หลานคนนึงพ่อมันมารับกลับไปเมื่อเช้าแล้ว",
         "urgent": "ด่วนจ้า ไม่มีอะไรกินแล้ว เจ้าของสวนคนใหม่ให้ออกจากเพิงพรุ่งนี้",
         "special_needs": "มีลุงคำพันอายุ63ไปด้วยจ้า",
         "more_care": "ไม่มีแล้วจ้า",
         "travel_alone": "ลุงเดินทางได้ พวกเราไปด้วยกันจ้า",
         "needs": "ไม่มีจ้า",
         "name": "แม่ละเอียด 0883057216",
         "phone": "0883057216",
         "confirm": "ถูกต้องจ้า"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "อำนาจเจริญ", "travellers": 4,
                "urgent": True, "special": ["elderly"], "name": "แม่ละเอียด",
                "phone": "0883057216"}),

    # rubber tapper's wife at Klaeng (Rayong), husband's hand wound infected, to Thung Song
    # (Nakhon Si Thammarat); case, not urgent, sick
    "dev77 Klaeng rubber tapper with infected hand": Persona(
        ("ขอโทษที่รบกวนค่ะ",
         "สามีกรีดยางอยู่ที่แกลง มีดกรีดยางบาดมือแผลอักเสบบวมมาก ทำงานไม่ได้ "
         "เถ้าแก่ไม่จ้างต่อ อยากกลับบ้านนครศรีค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ รายได้ไม่มีเลยตั้งแต่เขาเจ็บ",
         "id_card": "มีทั้งสองคนค่ะ",
         "current_province": "แกลง ระยองค่ะ",
         "home_province": "ทุ่งสง นครศรีธรรมราชค่ะ",
         "travellers": "2คนค่ะ ฉันกับสามี",
         "urgent": "ยังไม่ด่วนค่ะ เจ้าของสวนให้อยู่บ้านพักคนงานได้อีกอาทิตย์นึง",
         "special_needs": "สามีป่วยค่ะ แผลที่มืออักเสบ มีไข้ด้วย",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "เขานั่งรถได้ค่ะ ฉันไปด้วย",
         "needs": "อยากให้หมอดูแผลสามีระหว่างรอด้วยค่ะ ไม่มีเงินไปหาหมอ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "กัลยา 0857703412",
         "phone": "0857703412",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "นครศรีธรรมราช",
                "travellers": 2, "urgent": False, "special": ["sick"],
                "referrals": ["medical_care_in_transit"],
                "name": "กัลยา", "phone": "0857703412"}),

    # construction-camp family at Bo Win (Chonburi), contractor fled, 2 children, to Yang
    # Talat (Kalasin); asks back where he is; case, urgent
    "dev77 Bo Win construction camp family": Persona(
        ("ช่วยด้วยครับ แคมป์คนงานปิดแล้ว ผู้รับเหมาหนีไป",),
        {"consent": "ครับ ยินยอม",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่อยู่ครับ ตังก็ไม่มีค่ารถกลับ",
         "id_card": "มีครับ เมียก็มี ลูกยังเล็กไม่มีบัตร",
         "current_province": ("อยู่ไหนเหรอครับ? ตอนนี้นั่งอยู่หน้าเซเว่น",
                              "บ่อวินครับ ศรีราชา ชลบุรี"),
         "home_province": "กาฬสินธุ์ครับ อ.ยางตลาด",
         "travellers": "4คนครับ ผม เมีย ลูก2",
         "urgent": "ด่วนครับ เขารื้อแคมป์ไปแล้ว คืนนี้ไม่มีที่นอน ลูกยังไม่ได้กินข้าว",
         "special_needs": "ลูก2คนครับ 7ขวบกับ10ขวบ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปด้วยกันทั้งครอบครัวครับ",
         "needs": "ไม่มีครับ",
         "name": "บุญมี ครับ 099-318-4427",
         "phone": "0993184427",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "กาฬสินธุ์", "travellers": 4,
                "urgent": True, "special": ["child"], "name": "บุญมี",
                "phone": "0993184427"}),

    # released this morning from Khao Bin central prison (Ratchaburi), expired card and a
    # village head's letter, to Ko Kha (Lampang); wants new card and work; case, urgent
    "dev77 released from Khao Bin, expired card with letter": Persona(
        ("ผมเพิ่งออกจากเรือนจำกลางเขาบินเมื่อเช้าครับ",
         "จะกลับบ้านที่ลำปาง ไม่มีค่ารถ ญาติติดต่อไม่ได้"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีที่พักด้วย",
         "id_card": "บัตรหมดอายุตอนอยู่ข้างในครับ",
         "nationality_letter": "มีหนังสือรับรองจากผู้ใหญ่บ้านครับ พี่สาวส่งมาให้ก่อนออก",
         "current_province": "เขาบิน ราชบุรีครับ",
         "home_province": "ลำปางครับ อ.เกาะคา",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "อยากทำบัตรใหม่ครับ แล้วก็หางานทำ",
         "sensitive_consent": "ได้ครับ",
         "name": "ชาตรี 0614490237",
         "phone": "0614490237",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ลำปาง", "travellers": 1,
                "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "ชาตรี", "phone": "0614490237"}),

    # hotel masseuse laid off in Hua Hin (Prachuap Khiri Khan) with her 68-year-old mother to
    # Phrae; one thing per message; case, not urgent
    "dev77 Hua Hin masseuse with old mother, one thing at a time": Persona(
        ("สวัสดีค่ะ", "โรงแรมที่หัวหินเลิกจ้างค่ะ"),
        {"consent": "ได้ค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "หัวหินค่ะ",
         "home_province": "แพร่ค่ะ",
         "travellers": "2คนค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังมีห้องอยู่ถึงวันเสาร์",
         "special_needs": "แม่ค่ะ อายุ68",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "แม่ไปกับหนูค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "อรุณี",
         "phone": "0869125530",
         "confirm": "ถูกต้องค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "แพร่", "travellers": 2,
                "urgent": False, "special": ["elderly"], "name": "อรุณี",
                "phone": "0869125530"}),

    # social development volunteer writing for a 74-year-old man found at Kanchanaburi bus
    # station, home Bang Khen (Bangkok), cannot travel alone; case, urgent
    "dev77 volunteer for lost old man at Kanchanaburi bus station": Persona(
        ("สวัสดีค่ะ ดิฉันเป็นอพม.ที่กาญจนบุรีค่ะ",
         "เจอคุณลุงนั่งอยู่ที่ขนส่งกาญจน์มา2วันแล้ว ลุงจำได้แค่ว่าบ้านอยู่บางเขน ไม่มีเงินเลยค่ะ"),
        {"consent": "ยินยอมค่ะ ถามลุงแล้วลุงพยักหน้าค่ะ",
         "idle": "ขอให้ช่วยส่งลุงกลับบ้านค่ะ",
         "hardship": "ลุงไม่มีที่พัก ไม่มีเงิน ไม่มีค่ารถค่ะ",
         "id_card": "ลุงมีบัตรประชาชนค่ะ ค้นเจอในย่าม",
         "current_province": "ขนส่งกาญจนบุรีค่ะ ตัวเมือง",
         "home_province": "ตามบัตรบ้านอยู่เขตบางเขน กรุงเทพค่ะ",
         "travellers": "ลุงคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ลุงนอนม้านั่งในขนส่งมา2คืนแล้ว",
         "special_needs": "ลุงอายุ74ค่ะ ความจำไม่ค่อยดี",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีคนพาไปส่งถึงบ้าน ลุงจำทางไม่ได้",
         "needs": "ไม่มีค่ะ ขอแค่ให้ลุงได้กลับบ้าน",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ลุงชื่อสมบัติค่ะ ส่วนดิฉันจันทร์เพ็ญ เบอร์ดิฉัน 0642218879",
         "phone": "0642218879",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "กรุงเทพมหานคร",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"], "phone": "0642218879"}),

    # trader cheated by her partner at Rong Kluea market (Aranyaprathet, Sa Kaeo) with a
    # 3-year-old, to Wang Thong (Phitsanulok); voice typing; case, urgent
    "dev77 Rong Kluea trader with toddler, voice typing": Persona(
        ("สวัสดีค่ะ ฉันมาขายของที่ตลาดโรงเกือ อรัญ",
         "โดนหุ้นส่วนโกงเงินค่าของไปหมดเลยค่ะ ตอนนี้ไม่เหลือเงินกลับบ้านพิดสะนุโลก ลูกก็อยู่ด้วยค่ะ"),
        {"consent": "ยินดีค่ะ ยินยอม",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีตังค่ารถค่ะ ไม่มีที่นอนด้วย",
         "id_card": "มีค่ะ",
         "current_province": "อยู่อรัญประเทศ สระแก้ว ตรงตลาดโรงเกลือค่ะ",
         "home_province": "พิดสะนุโลก วังทองค่ะ",
         "travellers": "สองคนค่ะ ฉันกับลูกสาวสามขวบ",
         "urgent": "ด่วนค่ะ ห้องพักที่ตลาดหมดวันนี้ คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกสาวสามขวบค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ลูกไปกับแม่ค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "นวลจันทร์ ศูนย์แปดเก้า สามสองหนึ่ง ห้าห้าหกเจ็ด",
         "phone": "0893215567",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "สระแก้ว", "home": "พิษณุโลก", "travellers": 2,
                "urgent": True, "special": ["child"], "name": "นวลจันทร์",
                "phone": "0893215567"}),

    # couple from a closed factory at 304 Industrial Park (Prachin Buri) to Chaiyaphum;
    # one thing per message; case, not urgent
    "dev77 304 Industrial Park couple, one thing at a time": Persona(
        ("ขอความช่วยเหลือครับ",),
        {"consent": "ยินยอม",
         "idle": "ค่ารถกลับบ้าน",
         "hardship": "โรงงานปิด ไม่มีค่ารถกลับ",
         "id_card": "มี",
         "current_province": "304 ศรีมหาโพธิครับ",
         "home_province": "ชัยภูมิ",
         "travellers": "2คนครับ ผมกับแฟน",
         "urgent": "ยังไม่ด่วนครับ หอจ่ายถึงวันที่15",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "needs": "ไม่มีครับ",
         "name": "อนุชา",
         "phone": "0807764125",
         "confirm": "ถูกครับ"},
        one_part=True,
        expect={"eligible": True, "current": "ปราจีนบุรี", "home": "ชัยภูมิ", "travellers": 2,
                "urgent": False, "special": [], "name": "อนุชา", "phone": "0807764125"}),

    # factory worker who lost three fingers at Wellgrow estate, Bang Pakong (Chachoengsao),
    # to Phichai (Uttaradit); asks about disability allowance; case, not urgent
    "dev77 Wellgrow worker lost fingers, disability allowance": Persona(
        ("สวัสดีครับ ผมทำงานโรงงานในนิคมเวลโกรว์ บางปะกง",
         "เครื่องปั๊มทับมือขวา นิ้วขาดไป3นิ้ว ตอนนี้บริษัทให้ออกแล้ว อยากกลับไปอยู่กับแม่ที่อุตรดิตถ์ครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ไม่มีรายได้แล้ว",
         "id_card": "มีครับ",
         "current_province": "บางปะกง ฉะเชิงเทราครับ",
         "home_province": "อุตรดิตถ์ครับ อ.พิชัย",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ยังพักห้องเพื่อนได้อีกสักพัก",
         "special_needs": "ผมพิการมือขวาครับ นิ้วขาด3นิ้ว",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากรู้เรื่องเบี้ยคนพิการครับ ยังไม่เคยไปขึ้นทะเบียน",
         "sensitive_consent": "ได้ครับ",
         "name": "พงศกร ๐๙๑๕๕๒๗๓๖๘",
         "phone": "๐๙๑๕๕๒๗๓๖๘",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "อุตรดิตถ์", "travellers": 1,
                "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance"], "name": "พงศกร",
                "phone": "0915527368"}),

    # woman fleeing a violent husband with two small children at Mae Klong (Samut Songkhram)
    # to Pua (Nan); case, urgent
    "dev77 Mae Klong mother fleeing with two kids": Persona(
        ("ฮือ ช่วยหน่อยค่ะ",
         "หนีผัวมาค่ะ มันตีหนักมาก พาลูกสองคนออกมาได้ ตอนนี้อยู่แถวตลาดร่มหุบแม่กลอง",
         "อยากกลับไปอยู่กับแม่ที่น่านค่ะ ไม่มีเงินเลย"),
        {"consent": "ได้ค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงินค่ารถค่ะ",
         "id_card": "เอาบัตรติดมาด้วยค่ะ",
         "current_province": "แม่กลอง สมุทรสงครามค่ะ",
         "home_province": "น่านค่ะ อ.ปัว",
         "travellers": "3คนค่ะ ฉันกับลูก2คน",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน กลับไปบ้านนั้นไม่ได้แล้ว",
         "special_needs": "ลูก5ขวบกับขวบครึ่งค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปด้วยกันค่ะ",
         "needs": "ไม่มีค่ะ แค่อยากไปให้ไกลจากมัน",
         "name": "ดาว 0658830941",
         "phone": "0658830941",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรสงคราม", "home": "น่าน", "travellers": 3,
                "urgent": True, "special": ["child"], "no_referrals": HEALTH,
                "name": "ดาว", "phone": "0658830941"}),

    # beach vendor at Cha-am (Phetchaburi) to Si Satchanalai (Sukhothai); answers with
    # questions, one thing per message; case, not urgent
    "dev77 Cha-am beach vendor asks back, one thing at a time": Persona(
        ("มีคนตอบมั้ยคะ",),
        {"consent": ("ต้องให้ข้อมูลอะไรบ้างคะ?", "ได้ค่ะ ยินยอม"),
         "idle": "ขอค่ารถกลับบ้านได้มั้ยคะ",
         "hardship": "ไม่มีค่ารถค่ะ ขายของริมหาดไม่ได้เลย",
         "id_card": "มีค่ะ",
         "current_province": "ชะอำค่ะ แถวหาด",
         "home_province": "สุโขทัยค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนยังไงคะ? ยังมีห้องเช่าอยู่ค่ะ แต่ค่าห้องเดือนหน้าไม่มีจ่าย",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "หวาน",
         "phone": ("ต้องเบอร์ด้วยเหรอคะ?", "0828845193"),
         "confirm": "ใช่ค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "เพชรบุรี", "home": "สุโขทัย", "travellers": 1,
                "urgent": False, "special": [], "name": "หวาน", "phone": "0828845193"}),

    # pregnant border-market seller at Khlong Yai (Trat) with her husband to Nong Bua Lam Phu;
    # one thing per message; case, urgent
    "dev77 Khlong Yai pregnant seller, one thing at a time": Persona(
        ("สวัสดีค่ะ ขอค่ารถกลับบ้านได้ไหมคะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ะ ตลาดหาดเล็กขายไม่ได้",
         "id_card": "มีค่ะ",
         "current_province": "คลองใหญ่ค่ะ",
         "home_province": "หนองบัวลำภูค่ะ",
         "travellers": "2คนค่ะ",
         "urgent": "ด่วนค่ะ โดนไล่ออกจากห้องแล้ว",
         "special_needs": "หนูท้อง7เดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปกับแฟนค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "แพรวา",
         "phone": "0971536628",
         "confirm": "ถูกค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "ตราด", "home": "หนองบัวลำภู", "travellers": 2,
                "urgent": True, "special": ["pregnant"], "name": "แพรวา",
                "phone": "0971536628"}),

    # Myanmar boat crewman with a pink card at Mahachai (Samut Sakhon); refused: not Thai
    "dev77 Myanmar crewman at Mahachai, refused nationality": Persona(
        ("สวัสดีคับ ผมทำงานเรือ มหาชัย", "นายจ้างไม่ให้เงิน อยากกลับบ้านคับ"),
        {"consent": "ได้คับ",
         "idle": "อยากกลับบ้านคับ",
         "hardship": "ไม่มีเงินคับ",
         "id_card": "ผมเป็นคนพม่าคับ มีบัตรชมพู ไม่มีบัตรไทย",
         "nationality_letter": "ไม่มีคับ",
         "current_province": "มหาชัยคับ",
         "home_province": "บ้านผมอยู่ทวาย พม่าคับ",
         "travellers": "คนเดียวคับ",
         "urgent": "ไม่มีที่นอนคับ",
         "special_needs": "ไม่มีคับ",
         "needs": "ไม่มีคับ",
         "name": "หม่องซอ 0952270418",
         "phone": "0952270418",
         "confirm": "ใช่คับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # rubber tapper at Pong Nam Ron (Chanthaburi), card burnt in a fire, no letter, to Huai
    # Yot (Trang); refused: no card and no letter
    "dev77 Pong Nam Ron card burnt, no letter, refused": Persona(
        ("บ้านพักคนงานไฟไหม้หมดเลยครับ",
         "ผมกรีดยางอยู่โป่งน้ำร้อน ของไหม้หมด บัตรประชาชนก็ไหม้ อยากกลับบ้านที่ตรัง"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีค่ารถครับ",
         "id_card": "ไหม้ไปกับบ้านแล้วครับ",
         "nationality_letter": ("หนังสืออะไรนะครับ?", "ไม่มีครับ เอกสารอะไรก็ไม่เหลือเลย"),
         "current_province": "โป่งน้ำร้อน จันทบุรีครับ",
         "home_province": "ตรังครับ ห้วยยอด",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ตอนนี้อาศัยนอนวัด",
         "special_needs": "ไม่มีครับ",
         "needs": "อยากทำบัตรใหม่ครับ",
         "name": "สุเมธ 0873329051",
         "phone": "0873329051",
         "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง", "current": "จันทบุรี",
                "home": "ตรัง"}),

    # laid off at Amata Nakorn (Chonburi), home Phanat Nikhom (also Chonburi); refused:
    # already in her home province
    "dev77 Amata Nakorn worker, home Phanat Nikhom, refused": Persona(
        ("โดนเลิกจ้างจากโรงงานในอมตะนครค่ะ",
         "อยากกลับไปอยู่บ้านแม่ที่พนัสนิคม แต่ไม่มีค่ารถค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "อมตะนคร ชลบุรีค่ะ",
         "home_province": "พนัสนิคมค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังมีห้องอยู่ค่ะ ไม่ด่วน",
         "special_needs": "ไม่มีค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "สายสุนีย์ 0816634072",
         "phone": "0816634072",
         "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "ชลบุรี",
                "home": "ชลบุรี"}),

    # worker at Ban Chang (Rayong) asking for a friend which hotline to call at night; answered
    "dev77 Ban Chang worker asks the hotline for a friend": Persona(
        ("สายด่วนที่ช่วยเรื่องค่ารถกลับบ้านเบอร์อะไรครับ กลางคืนโทรได้มั้ย ถามให้เพื่อนครับ",),
        {"consent": "ได้ครับ",
         "idle": "แค่ถามเบอร์ครับ"},
        outcome="answered", answered="1300"),

    # wife of an amputee in Chanthaburi asks the monthly disability allowance; answered
    "dev77 Chanthaburi wife asks disability allowance": Persona(
        ("สวัสดีค่ะ",
         "แฟนขาขาดจากอุบัติเหตุ ขึ้นทะเบียนคนพิการแล้ว เบี้ยคนพิการได้เดือนละกี่บาทคะ"),
        {"consent": "ได้ค่ะ",
         "idle": "ถามเรื่องเบี้ยคนพิการค่ะ"},
        outcome="answered", answered="800"),

    # porter at the Three Pagodas Pass market (Sangkhla Buri, Kanchanaburi) asks how many
    # days the aid takes when one still has a room; answered
    "dev77 Sangkhla Buri porter asks how long it takes": Persona(
        ("ถามหน่อยครับ น้องชายอยู่ด่านเจดีย์สามองค์ยังมีที่พักอยู่ ถ้ายื่นขอค่ารถกลับบ้านต้องรอกี่วันถึงได้ครับ",),
        {"consent": "ได้ครับ",
         "idle": "ถามว่ากี่วันครับ"},
        outcome="answered", answered="15"),
}
