"""Persona set holdout28 for bench/dialogs.py.

Date: 2026-12-08. Written from the seeds only.

Focus: a broad everyday mix: realistic hardship across Thailand's regions (Isan,
northern and southern dialect words), families, elders, released prisoners, laid-off
workers, people robbed, people fleeing violence, expired / damaged / lost cards (with a
kamnan's letter), people who are not Thai, and people who only ask a question. Lengths
and styles vary: one-word openings, long buried stories, Thai digits, self-corrections.

Counts: 23 personas: 17 case, 3 refused (สัญชาติ, หนังสือรับรอง, เดือดร้อน),
3 answered (no consent, nothing stored); 4 one_part.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan construction worker, contractor ran off with the wages, thrown out of the
    # camp in Chachoengsao tonight, home Roi Et, wants work. -> case, urgent.
    "holdout28 isan builder camp closed": Persona(
        ("สวัสดีครับ", "ยินยอมครับ",
         "ผมเฮ็ดงานก่อสร้างอยู่แปลงยาว ผู้รับเหมาเชิดเงินหนีไปแล้ว เขาไล่ออกจากแคมป์ "
         "คืนนี้บ่มีบ่อนนอนเลยครับ อยากกลับบ้านเฮาที่ร้อยเอ็ด แต่บ่มีเงินค่ารถ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ บ่มีค่ารถ",
         "hardship": "บ่มีค่ารถกลับบ้าน แล้วก็บ่มีที่นอนครับ",
         "id_card": "มีบัตรประชาชนครับ ยังบ่หมดอายุ",
         "nationality": "คนไทยครับ",
         "nationality_letter": "บ่มีครับ แต่มีบัตรประชาชนอยู่",
         "current_province": "ฉะเชิงเทราครับ อำเภอแปลงยาว",
         "home_province": "ร้อยเอ็ด อำเภอเสลภูมิครับ",
         "travellers": "ไปคนเดียวครับ",
         "special_needs": "บ่มีครับ ผมแข็งแรงดี",
         "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "คืนนี้บ่มีบ่อนนอนเลยครับ ข้าวก็ยังบ่ได้กิน",
         "name": "ชื่อบุญมีครับ",
         "phone": "089 456 1230",
         "needs": "อยากได้งานใหม่ครับ ไปถึงบ้านแล้วอยากหางานทำ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [], "name": "บุญมี",
                "phone": "0894561230", "referrals": ["job_placement"],
                "no_referrals": HEALTH}),

    # Man released from Khlong Prem this morning after 6 years, card expired while
    # inside, must report to probation in Phayao; wants a new card and work. -> case.
    "holdout28 released today expired card": Persona(
        ("ผมเพิ่งพ้นโทษออกมาจากคลองเปรมเมื่อเช้าครับ ติดมา6ปี บัตรประชาชนหมดอายุตั้งแต่อยู่ข้างใน "
         "เงินที่ได้ตอนออกมาก็หมดแล้ว อยากกลับบ้านที่พะเยา ต้องไปรายงานตัวคุมประพฤติที่นั่นด้วย",
         "ยินยอม"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับแต่หมดอายุแล้ว หมดตั้งแต่ปี66",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ มีแต่บัตรที่หมดอายุกับใบปล่อยตัวจากเรือนจำ",
         "current_province": "กรุงเทพครับ ตอนนี้นั่งอยู่หน้าเรือนจำ",
         "home_province": "พะเยา อำเภอเชียงคำครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ยินยอมครับ เรื่องติดคุกบันทึกได้",
         "urgent": "ยังไม่รู้เลยครับว่าคืนนี้จะนอนไหน",
         "name": "นายสมศักดิ์ครับ",
         "phone": "0627714403",
         "needs": "อยากทำบัตรใหม่ครับ แล้วก็อยากหางานทำ ไม่รู้ใครจะรับคนเคยติดคุก",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พะเยา",
                "travellers": 1, "urgent": True, "special": [], "name": "สมศักดิ์",
                "phone": "0627714403", "id_card_state": "expired",
                "referrals": ["id_card", "job_placement", "probation_support"],
                "no_referrals": HEALTH}),

    # Isan grandmother, 73, grandson never came to pick her up at Mo Chit, money gone,
    # slept in the station; one thing per message, phone in Thai digits. -> case, urgent.
    "holdout28 isan grandma stuck at mochit": Persona(
        ("สวัสดีจ้า",),
        {"consent": "ยินยอมจ้า",
         "idle": "ยายมาหาหลานที่กรุงเทพ หลานบ่มารับ โทรหาก็บ่ติด ยายอยากกลับบ้าน",
         "hardship": "เงินหมดแล้วจ้า บ่มีค่ารถกลับ",
         "id_card": "มีบัตรประชาชนจ้า หลานใส่ถุงให้",
         "nationality": "คนไทยจ้า",
         "nationality_letter": "บ่มีจ้า มีแต่บัตร",
         "current_province": "อยู่หมอชิตนี่แหละจ้า กรุงเทพ",
         "home_province": "นครพนมจ้า ธาตุพนม",
         "travellers": "ยายคนเดียว",
         "special_needs": "ยายอายุ ๗๓ แล้วจ้า",
         "more_care": "บ่มีจ้า",
         "travel_alone": "นั่งรถทัวร์ไปเองได้จ้า เคยไปมาหลายเที่ยว",
         "sensitive_consent": "ได้จ้า",
         "urgent": "นั่งรออยู่ในสถานีมาตั้งแต่เมื่อวาน คืนนี้ก็บ่มีที่นอน ข้าวก็ยังบ่ได้กิน",
         "name": "ยายทองใบ",
         "phone": "ยายบ่มีมือถือ ใช้เบอร์หลานสาว ๐๘๖-๕๕๔-๓๒๑๐",
         "needs": "บ่เอาอีกแล้วจ้า อยากกลับบ้านอย่างเดียว",
         "confirm": "ถูกแล้วจ้า"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "ทองใบ", "phone": "0865543210", "no_referrals": HEALTH},
        one_part=True),

    # Southern man (ฉาน, หลบบ้าน, พรือ), pickpocketed at the southern bus terminal,
    # card kept in another pocket; home Nakhon Si Thammarat. -> case, urgent.
    "holdout28 southern man pickpocketed bkk": Persona(
        ("หวัดดีครับ ฉานโดนล้วงกระเป๋าตังค์ที่สายใต้ใหม่ เงินหมดตัวเลย บัตรยังอยู่เพราะเก็บไว้กระเป๋ากางเกงอีกใบ "
         "อยากหลบบ้านนครศรีฯ ทำพรือดีครับ",
         "ยินยอมครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากหลบบ้านครับ",
         "hardship": "ไม่มีตังค์ค่ารถหลบบ้านครับ โดนล้วงไปหมด",
         "id_card": "บัตรยังอยู่ครับ ไม่โดนเอาไป",
         "nationality": "ไทยแท้ครับ คนใต้",
         "nationality_letter": "ไม่มีครับ แต่บัตรมีอยู่",
         "current_province": "กรุงเทพครับ อยู่สถานีขนส่งสายใต้",
         "home_province": "นครศรีธรรมราชครับ อำเภอทุ่งสง",
         "travellers": "ฉานคนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "คืนนี้ก็คงนอนในสถานีแหละครับ ไม่มีที่ไป",
         "name": "ชื่อนิพนธ์ครับ",
         "phone": "โทร 0817776543 ครับ แต่แบตจะหมดแล้ว",
         "needs": "ไม่ต้องครับ ขอแค่ได้หลบบ้าน",
         "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "name": "นิพนธ์",
                "phone": "0817776543", "no_referrals": HEALTH}),

    # Northern mother (เจ้า, ละอ่อน, ปิ๊กบ้าน) fled a violent husband in Phuket with a
    # 4-year-old and an 8-month baby, slept at a temple; home Lampang. Story before
    # consent. -> case, urgent, child.
    "holdout28 northern mum fled husband phuket": Persona(
        ("ช่วยเจ้าแหม่ ผัวตุ๊บทุกวัน หนีออกมากับละอ่อนสองคนแล้วเจ้า ตอนนี้อยู่ภูเก็ต บ่มีสตางค์ บ่มีที่ไป "
         "อยากปิ๊กบ้านลำปาง",),
        {"consent": "ยินยอมเจ้า",
         "idle": "อยากปิ๊กบ้านเจ้า",
         "hardship": "บ่มีสตางค์ค่ารถปิ๊กบ้าน บ่มีที่นอนเจ้า",
         "id_card": "มีบัตรประชาชนเจ้า คว้ามาทันอยู่",
         "nationality": "คนไทยเจ้า",
         "nationality_letter": "บ่มีเจ้า มีบัตร",
         "current_province": "ภูเก็ตเจ้า อยู่ศาลาวัดแถวกะทู้",
         "home_province": "ลำปางเจ้า อำเภอเกาะคา",
         "travellers": "สามคนเจ้า ข้าเจ้ากับละอ่อน คนโตสี่ขวบ คนเล็กแปดเดือน",
         "special_needs": "ละอ่อนน้อยแปดเดือนยังกินนมอยู่เจ้า",
         "more_care": "บ่มีแล้วเจ้า",
         "travel_alone": "ไปเองได้เจ้า",
         "sensitive_consent": "ได้เจ้า",
         "urgent": "เมื่อคืนนอนศาลาวัด คืนนี้ก็บ่ฮู้จะนอนไหน ปิ๊กไปห้องบ่ได้ กลัวผัว",
         "name": "ชื่อบัวคำเจ้า",
         "phone": "๐๖๓ ๒๑๘ ๔๔๐๗",
         "needs": "บ่เอาเจ้า ขอปิ๊กบ้านก่อน",
         "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ลำปาง", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "บัวคำ",
                "phone": "0632184407", "no_referrals": HEALTH}),

    # Couple laid off when a Bang Phli factory closed, last wages unpaid, 3 kids
    # (12, 9, 1.5); room paid to month end; wants husband trained. -> case, not urgent.
    "holdout28 factory shut family of five": Persona(
        ("สวัสดีค่ะ โรงงานที่บางพลีปิดกะทันหันค่ะ ผัวเมียตกงานทั้งคู่ ค่าแรงเดือนสุดท้ายก็ไม่จ่าย "
         "มีลูก3คน อยากพากันกลับไปอยู่บ้านที่สุรินทร์ แต่ไม่มีเงินค่ารถเลยค่ะ ห้องเช่าจ่ายไว้ถึงสิ้นเดือน",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีรายได้แล้ว",
         "id_card": "มีบัตรทั้งผัวทั้งเมียค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีบัตรประชาชน",
         "current_province": "สมุทรปราการค่ะ บางพลี",
         "home_province": "สุรินทร์ค่ะ อ.ท่าตูม",
         "travellers": "ไป5คนค่ะ พ่อแม่ ลูกคนโต12 คนกลาง9ขวบ คนเล็กขวบครึ่ง",
         "special_needs": "มีลูกคนเล็กขวบครึ่งค่ะ นอกนั้นไม่มี",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปกันเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "ยังมีห้องนอนถึงสิ้นเดือนค่ะ ข้าวสารยังพอมี",
         "name": "สุภาพรค่ะ",
         "phone": "095-440-1823",
         "needs": "อยากให้ผัวได้ไปฝึกอาชีพค่ะ ช่างเชื่อมอะไรแบบนี้ จะได้มีวิชาติดตัว",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "สุรินทร์",
                "travellers": 5, "urgent": False, "special": ["child"], "name": "สุภาพร",
                "phone": "0954401823", "referrals": ["job_training"],
                "no_referrals": HEALTH}),

    # Fisherman laid off in Ranong, card lost overboard, has the kamnan's letter
    # certifying Thai nationality and residence; no food today; wants a new card.
    # Consent asked after the story. -> case (letter instead of card), urgent.
    "holdout28 fisherman card lost has letter": Persona(
        ("เรือประมงที่ผมลงไม่ออกแล้วครับ เถ้าแก่เลิกจ้างทั้งลำ บัตรประชาชนตกทะเลหายไปตอนอยู่บนเรือ "
         "แต่ให้กำนันที่บ้านทำหนังสือรับรองว่าผมเป็นคนไทย มีบ้านอยู่ที่นั่นจริง ส่งไปรษณีย์มาถึงแล้ว "
         "จะขอค่ารถกลับกาฬสินธุ์ได้ไหมครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีเงินกินข้าวด้วยครับ",
         "id_card": "บัตรหายครับ ตกทะเลไป",
         "nationality": "คนไทยครับ",
         "nationality_letter": "มีครับ หนังสือรับรองจากกำนันตำบลบ้านผม ว่าเป็นคนไทยมีบ้านอยู่ที่นั่นจริง",
         "current_province": "ระนองครับ อยู่แพปลา",
         "home_province": "กาฬสินธุ์ครับ อำเภอยางตลาด",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "นอนแพปลาได้อีกคืนสองคืนครับ แต่ข้าววันนี้ยังไม่ได้กินเลย",
         "name": "สมพงษ์ครับ",
         "phone": "087-441-2290",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "confirm": "ครับ ถูกต้อง"},
        expect={"eligible": True, "reason": "หนังสือรับรอง", "current": "ระนอง",
                "home": "กาฬสินธุ์", "travellers": 1, "urgent": True, "special": [],
                "name": "สมพงษ์", "phone": "0874412290", "referrals": ["id_card"],
                "no_referrals": HEALTH}),

    # Woman 7 months pregnant, boyfriend left, evicted in Pattaya, wants to give birth
    # at her mother's in Udon; no bed tonight. -> case, urgent, pregnant.
    "holdout28 pregnant evicted in pattaya": Persona(
        ("สวัสดีค่ะ มีเรื่องจะขอให้ช่วยค่ะ",
         "คือแฟนทิ้งไปค่ะ ท้อง7เดือนแล้ว อยู่พัทยา ห้องเช่าโดนไล่ออกเพราะค้างค่าห้อง อยากกลับไปคลอดที่บ้านแม่ที่อุดร"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านแม่ค่ะ ไม่มีค่ารถ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่อยู่ค่ะ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีบัตร",
         "current_province": "พัทยาค่ะ ชลบุรี",
         "home_province": "อุดรค่ะ บ้านแม่อยู่กุมภวาปี",
         "travellers": "ไปคนเดียวค่ะ",
         "special_needs": "ตัวเองท้อง7เดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถไหว",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ ฝากกระเป๋าไว้ร้านข้าวต้ม",
         "name": "เรียกฝนก็ได้ค่ะ",
         "phone": "0922238871",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 1,
                "urgent": True, "special": ["pregnant"], "name": "ฝน",
                "phone": "0922238871"}),

    # Man living with HIV, lost his restaurant job in Rangsit, room until Sunday;
    # worried about ARVs and asks about aid for people with HIV. -> case, hiv_aid.
    "holdout28 hiv man jobless rangsit": Persona(
        ("สอบถามหน่อยครับ ผมติดเชื้อเอชไอวี ตกงานจากร้านอาหารแถวรังสิต ค่าห้องก็จะไม่มีจ่าย "
         "อยากกลับไปอยู่กับพี่สาวที่ศรีสะเกษ ขอค่ารถได้ไหมครับ",
         "ยินยอมครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ เงินเหลือไม่ถึงร้อย",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ มีบัตรประชาชน",
         "current_province": "ปทุมธานีครับ รังสิต",
         "home_province": "ศรีสะเกษครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมป่วยครับ ติดเชื้อ HIV ต้องกินยาต้านทุกวัน",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ยินยอมครับ บันทึกเรื่องสุขภาพได้",
         "urgent": "ห้องยังอยู่ได้ถึงวันอาทิตย์ครับ ข้าววันนี้มีกิน",
         "name": "กิตติครับ",
         "phone": "061 883 9902",
         "needs": "ยาต้านจะหมดครับ อยากรู้ว่ามีความช่วยเหลือสำหรับผู้ติดเชื้อไหม",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": False, "special": ["sick"], "name": "กิตติ",
                "phone": "0618839902", "referrals": ["hiv_aid"]}),

    # Widower, 64, crutch-walker, wife died, alone in Rayong with no carer; cannot
    # travel alone; never registered as disabled. -> case, elderly+disabled.
    "holdout28 disabled widower 64 rayong": Persona(
        ("ลุงขาพิการ เดินไม้ค้ำ เมียตายไปเดือนที่แล้ว อยู่ระยองคนเดียวไม่มีใครดูแล "
         "อยากกลับไปอยู่กับน้องสาวที่บุรีรัมย์", "ยินยอม"),
        {"consent": "ยินยอม",
         "idle": "อยากกลับไปอยู่กับน้องสาว",
         "hardship": "ไม่มีคนดูแล แล้วก็ไม่มีเงินค่ารถ",
         "id_card": "มีบัตร",
         "nationality": "ไทย",
         "nationality_letter": "ไม่มี มีบัตรประชาชน",
         "current_province": "ระยอง บ้านฉาง",
         "home_province": "บุรีรัมย์ นางรอง",
         "travellers": "ลุงคนเดียว",
         "special_needs": "ลุงอายุ ๖๔ ขาขวาพิการ เดินต้องใช้ไม้ค้ำ",
         "more_care": "ไม่มี",
         "travel_alone": "ไปคนเดียวไม่ไหวหรอก ขึ้นลงรถเองลำบาก อยากมีคนไปส่ง",
         "sensitive_consent": "ได้",
         "urgent": "ห้องเช่ายังอยู่ได้ ข้าวพอมีกิน",
         "name": "ลุงเสถียร",
         "phone": "๐๘๑๙๙๘๒๒๓๔",
         "needs": "ยังไม่เคยไปขึ้นทะเบียนคนพิการเลย อยากได้เบี้ยคนพิการ",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "ระยอง", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": False, "special": ["elderly", "disabled", "cannot_travel_alone"],
                "name": "เสถียร", "phone": "0819982234",
                "referrals": ["disability_allowance"]}),

    # Isan couple tapping rubber in Yala, their employer was shot dead yesterday; they
    # are afraid and out of work, still have the workers' house. -> case, 2 travellers.
    "holdout28 couple fleeing shooting yala": Persona(
        ("เมื่อวานมีคนยิงเถ้าแก่สวนยางที่ผมกับเมียรับจ้างกรีดอยู่ครับ ตายคาที่ ตอนนี้กลัวมาก ไม่กล้าอยู่แล้ว "
         "งานก็ไม่มี ค่าแรงก็ยังไม่ได้ อยากพาเมียกลับบ้านที่สกลนคร", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "เงินไม่พอค่ารถสองคนครับ",
         "id_card": "มีทั้งสองคนครับ",
         "nationality": "คนไทยครับ",
         "nationality_letter": "ไม่มีครับ มีบัตร",
         "current_province": "ยะลาครับ อำเภอบันนังสตา",
         "home_province": "สกลนครครับ",
         "travellers": "2คนครับ ผมกับเมีย",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ยังนอนบ้านพักคนงานได้ครับ ข้าวก็มี แต่ไม่อยากอยู่นาน",
         "name": "ประสิทธิ์ครับ",
         "phone": "0857712093",
         "needs": "กลับไปแล้วอยากหางานทำแถวบ้านครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ยะลา", "home": "สกลนคร", "travellers": 2,
                "urgent": False, "special": [], "name": "ประสิทธิ์",
                "phone": "0857712093", "referrals": ["job_placement"],
                "no_referrals": HEALTH}),

    # Young Karen man with a Thai card, lured to Bangkok by a fake job, slept in a
    # park; simple Thai, one thing per message; wants mechanic training. -> case, urgent.
    "holdout28 karen youth fake job bkk": Persona(
        ("สวัสดีครับ", "ผมมาทำงานกรุงเทพ เขาบอกมีงาน มาถึงไม่มีงาน เงินเขาเอาไป"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้าน",
         "hardship": "ไม่มีเงินกลับบ้านครับ",
         "id_card": "มีบัตรครับ",
         "nationality": "ผมคนไทยครับ เป็นปกาเกอะญอ มีบัตรประชาชนคนไทย",
         "nationality_letter": "ไม่มีครับ มีบัตร",
         "current_province": "กรุงเทพ อยู่สวนจตุจักร",
         "home_province": "แม่ฮ่องสอน แม่สะเรียง",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "travel_alone": "ไปได้",
         "sensitive_consent": "ได้ครับ",
         "urgent": "เมื่อคืนนอนในสวน คืนนี้ก็ไม่มีที่",
         "name": "ดาวิด",
         "phone": "064 002 1187",
         "needs": "อยากเรียนช่างซ่อมรถครับ",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": True, "special": [], "name": "ดาวิด",
                "phone": "0640021187", "referrals": ["job_training"],
                "no_referrals": HEALTH},
        one_part=True),

    # Grandmother, 66, visited her imprisoned son at Khao Bin with her 5-year-old
    # grandchild, spent everything; a temple lets them sleep; asks for the elderly
    # hardship money. Long rambling opening. -> case, elderly+child, not urgent.
    "holdout28 grandma after prison visit": Persona(
        ("แม่มาเยี่ยมลูกชายที่ติดคุกอยู่เรือนจำเขาบินราชบุรีจ้า พาหลานมาด้วย ลูกสะใภ้ก็ทิ้งไปแล้ว "
         "เงินที่เตรียมมาก็ฝากเข้าบัญชีให้ลูกซื้อของในคุกหมด นึกว่าจะพอ ตอนนี้ค่ารถกลับชัยภูมิไม่พอแล้ว "
         "หลวงพ่อที่วัดให้นอนก่อน ขอความช่วยเหลือหน่อยจ้า", "ยินยอมจ้า"),
        {"consent": "ยินยอมจ้า",
         "idle": "ขอค่ารถกลับบ้านจ้า",
         "hardship": "ไม่มีค่ารถกลับจ้า",
         "id_card": "มีบัตรประชาชนจ้า",
         "nationality": "ไทยจ้า",
         "nationality_letter": "ไม่มีจ้า มีบัตร",
         "current_province": "ราชบุรีจ้า อยู่วัดใกล้เรือนจำ",
         "home_province": "ชัยภูมิ อำเภอภูเขียวจ้า",
         "travellers": "สองคน ยายกับหลาน หลานห้าขวบ",
         "special_needs": "ยายอายุ66 หลานห้าขวบจ้า",
         "more_care": "ไม่มีจ้า",
         "travel_alone": "ไปได้จ้า นั่งรถทัวร์",
         "sensitive_consent": "ได้จ้า",
         "urgent": "คืนนี้นอนวัดได้ หลวงพ่อให้นอน ข้าวก็มีคนให้",
         "name": "นางบุญเรือน",
         "phone": "093-665-4412",
         "needs": "ยายลำบากมาก ได้ยินว่ามีเงินช่วยคนแก่ที่ลำบาก อยากขอจ้า",
         "confirm": "ถูกแล้วจ้า"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ชัยภูมิ", "travellers": 2,
                "urgent": False, "special": ["elderly", "child"], "name": "บุญเรือน",
                "phone": "0936654412", "referrals": ["elderly_hardship_grant"],
                "no_referrals": HEALTH}),

    # Southern hotel worker laid off in Chiang Mai, staff room until tomorrow, home
    # Surat Thani; terse, one thing per message. -> case, not urgent.
    "holdout28 southern hotel worker in cnx": Persona(
        ("ตกงานครับ",),
        {"consent": "โอเคครับ ยินยอม",
         "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "ไม่มีตังค์ค่ารถครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "เชียงใหม่ครับ โรงแรมปิดปรับปรุงเลยเลิกจ้าง",
         "home_province": "สุราษฎร์ครับ อำเภอพุนพิน",
         "travellers": "ฉานคนเดียว",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้",
         "urgent": "ห้องพักพนักงานให้อยู่ถึงพรุ่งนี้ครับ ข้าวมีกิน",
         "name": "ธีระ",
         "phone": "0823314456",
         "needs": "ไม่ต้องครับ",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "สุราษฎร์ธานี",
                "travellers": 1, "urgent": False, "special": [], "name": "ธีระ",
                "phone": "0823314456", "no_referrals": HEALTH},
        one_part=True),

    # Woman from Nan, laid off in Ayutthaya, boyfriend threw her out and snapped her
    # card in half; a friend's room tonight only; one thing per message. -> case.
    "holdout28 nan woman snapped card ayutthaya": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านที่น่านค่ะ ไม่มีค่ารถ",
         "hardship": "ไม่มีค่ารถค่ะ แล้วก็ไม่มีที่อยู่ แฟนไล่ออกจากห้อง",
         "id_card": "มีค่ะ แต่บัตรหักครึ่งแล้ว แฟนหักตอนทะเลาะกัน ยังเห็นชื่อกับรูปอยู่",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีแต่บัตรที่หัก",
         "current_province": "อยุธยาค่ะ โรงงานแถวโรจนะ",
         "home_province": "น่านค่ะ อำเภอปัว",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "คืนนี้ขอนอนห้องเพื่อนได้คืนนึงค่ะ ข้าวเพื่อนเลี้ยง",
         "name": "นางสาวพิมพ์ชนก",
         "phone": "098-776-5433",
         "needs": "อยากทำบัตรใหม่ค่ะ แล้วก็อยากหางานทำที่น่าน",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "น่าน",
                "travellers": 1, "urgent": False, "special": [], "name": "พิมพ์ชนก",
                "phone": "0987765433", "id_card_state": "damaged",
                "referrals": ["id_card", "job_placement"], "no_referrals": HEALTH},
        one_part=True),

    # Ten-wheeler truck boy dumped at a Saraburi petrol station; first says Khon Kaen,
    # corrects to Maha Sarakham; corrects his phone too; hungry since yesterday.
    # -> case, urgent, home มหาสารคาม.
    "holdout28 truck boy dumped corrects home": Persona(
        ("ผมเป็นเด็กรถสิบล้อครับ ทะเลาะกับคนขับ มันทิ้งผมไว้ที่ปั๊มแถวสระบุรี เงินไม่มีสักบาท จะกลับบ้านขอนแก่น",
         "เอ้ยไม่ใช่ครับ พ่อแม่ย้ายไปอยู่มหาสารคามแล้ว กลับมหาสารคามครับ",
         "ยินยอมครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีตังค์สักบาทครับ ค่ารถก็ไม่มี ข้าวก็ไม่ได้กิน",
         "id_card": "มีครับ อยู่ในกระเป๋าตังค์ที่ว่างเปล่า555",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ มีบัตร",
         "current_province": "สระบุรีครับ ปั๊มแถวแก่งคอย",
         "home_province": "มหาสารคามครับ บ้านพ่อแม่ตอนนี้",
         "travellers": "ผมคนเดียว",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ตั้งแต่เมื่อวานยังไม่ได้กินอะไรเลยครับ คืนนี้คงนอนปั๊ม",
         "name": "ต้อมครับ",
         "phone": "089-123-4587 เอ้ยไม่ใช่ 089-123-4578 ครับ",
         "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สระบุรี", "home": "มหาสารคาม",
                "travellers": 1, "urgent": True, "special": [], "name": "ต้อม",
                "phone": "0891234578", "no_referrals": HEALTH}),

    # Mother, jobless, with a 31-year-old son just discharged from a psychiatric
    # hospital, renting in Nonthaburi; son cannot travel alone (she goes with him);
    # wants continued psychiatric care at home. -> case, mental_health_care.
    "holdout28 mother with psychiatric son": Persona(
        ("ลูกชายป่วยจิตเวชค่ะ ออกจากโรงพยาบาลศรีธัญญามาได้อาทิตย์นึง ยาจะหมดแล้ว ตัวแม่ก็ตกงาน "
         "ไม่มีเงินพาลูกกลับบ้านที่อุตรดิตถ์ค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากพาลูกกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีรายได้ด้วย",
         "id_card": "มีทั้งแม่ทั้งลูกค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีบัตร",
         "current_province": "ตอนนี้เช่าห้องอยู่นนทบุรีค่ะ ปากเกร็ด",
         "home_province": "อุตรดิตถ์ค่ะ อำเภอพิชัย",
         "travellers": "2คนค่ะ แม่กับลูกชาย ลูกอายุ31",
         "special_needs": "ลูกชายป่วยจิตเวชค่ะ ต้องกินยาตลอด",
         "more_care": "ไม่มีค่ะ แม่แข็งแรงอยู่ อายุ57",
         "travel_alone": "ลูกไปคนเดียวไม่ได้ค่ะ แม่ต้องไปด้วย",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "ห้องยังอยู่ได้ค่ะ ข้าวพอมี",
         "name": "อำไพค่ะ",
         "phone": "0814420987",
         "needs": "อยากให้ลูกได้รักษาต่อที่บ้านค่ะ มีคนติดตามดูแลเรื่องจิตเวช",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "อุตรดิตถ์", "travellers": 2,
                "urgent": False, "special": ["sick", "cannot_travel_alone"], "name": "อำไพ",
                "phone": "0814420987", "referrals": ["mental_health_care"]}),

    # Lao housemaid (Lao words) fired in Bang Na, wants to go home to Savannakhet;
    # only a Lao passport and pink card. -> refused: not Thai.
    "holdout28 lao maid fired wants laos": Persona(
        ("สะบายดีเจ้า ข้อยเป็นคนลาว มาเฮ็ดงานแม่บ้านอยู่บางนา นายจ้างไล่ออก บ่ให้เงินเดือน "
         "อยากกลับบ้านที่สะหวันนะเขต ให้ช่วยค่ารถได้บ่", "ยินยอมเจ้า"),
        {"consent": "ยินยอมเจ้า",
         "idle": "ขอค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีเงินค่ารถ บ่มีบ่อนอยู่เจ้า",
         "id_card": "บ่มีบัตรประชาชนไทยเจ้า มีแต่พาสปอร์ตลาวกับบัตรชมพู",
         "nationality": "สัญชาติลาวเจ้า",
         "nationality_letter": "บ่มีเจ้า",
         "current_province": "กรุงเทพ บางนาเจ้า",
         "home_province": "สะหวันนะเขต ประเทศลาวเจ้า",
         "travellers": "ผู้เดียวเจ้า",
         "special_needs": "บ่มีเจ้า",
         "more_care": "บ่มีเจ้า",
         "travel_alone": "ไปได้เจ้า",
         "sensitive_consent": "ได้เจ้า",
         "urgent": "คืนนี้ไปนอนนำหมู่ได้อยู่เจ้า",
         "name": "ดอกจำปา",
         "phone": "0652209981",
         "needs": "บ่มีเจ้า",
         "confirm": "แม่นแล้วเจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Man in Si Racha, card lost years ago, never renewed, no one at home to certify
    # him, no papers at all. -> refused: no card and no certifying letter.
    "holdout28 no card no letter sriracha": Persona(
        ("ผมกลับบ้านไม่ได้ครับ ไม่มีค่ารถ บัตรประชาชนหายไปนานแล้วไม่ได้ทำใหม่", "ยินยอม"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีครับ หายไปสามสี่ปีแล้ว",
         "nationality": "คนไทยครับ",
         "nationality_letter": ("ไม่มีครับ ผู้ใหญ่บ้านที่บ้านเปลี่ยนคนแล้ว ไม่มีใครรู้จักผม ขอไม่ได้แน่ๆ",
                                "ไม่มีจริงๆครับ ไม่มีเอกสารอะไรสักอย่าง"),
         "current_province": "ชลบุรีครับ ศรีราชา",
         "home_province": "เพชรบูรณ์ หล่มสัก",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "นอนใต้สะพานครับ",
         "name": "วีระครับ",
         "phone": "0839901276",
         "needs": "ไม่รู้ครับ",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Salaried clerk in Bangkok with a room and food who just wants a free ride home
    # to Korat for New Year. -> refused: no hardship.
    "holdout28 salaried clerk wants free ride": Persona(
        ("สวัสดีครับ ปีใหม่นี้อยากกลับบ้านโคราชฟรีๆ ขอค่ารถได้ไหมครับ", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านช่วงปีใหม่ครับ",
         "hardship": "ก็ไม่ได้ลำบากอะไรครับ มีเงินเดือน มีห้อง มีข้าวกิน แค่อยากประหยัดค่ารถ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ มีบัตร",
         "current_province": "กรุงเทพครับ ลาดพร้าว",
         "home_province": "โคราชครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ไม่ด่วนครับ มีห้องมีข้าว",
         "name": "ภาคินครับ",
         "phone": "0801122334",
         "needs": "ไม่มีครับ",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Isan woman asks how much food money per day the aid gives while waiting; does
    # not consent. -> answered (food rate), nothing stored.
    "holdout28 asks food money per day": Persona(
        ("ถามแหน่เด้อ ถ้าได้รับช่วยค่ารถกลับบ้าน ระหว่างรอรถเขาให้ค่าข้าวจักบาทต่อมื้อ วันละเท่าใด",),
        {"consent": "บ่ยินยอมเด้อ ถามเฉยๆ",
         "idle": "ถามเฉยๆ ขอบใจหลายเด้อ",
         "sensitive_consent": "บ่"},
        outcome="answered", answered="100 บาท",
        expect={"stored": False}),

    # Woman with a room asks how long a non-urgent request takes; refuses data
    # keeping. -> answered (15 days), nothing stored.
    "holdout28 asks how long if has a room": Persona(
        ("สวัสดีค่ะ",
         "ถ้ายังมีห้องพักอยู่ ไม่ได้ด่วนอะไร ยื่นขอค่ารถกลับบ้านแล้วต้องรอนานแค่ไหนคะ"),
        {"consent": "ไม่ค่ะ ยังไม่อยากให้เก็บข้อมูล แค่สอบถาม",
         "idle": "แค่นี้ค่ะ ขอบคุณค่ะ",
         "sensitive_consent": "ไม่ค่ะ"},
        outcome="answered", answered="15 วัน",
        expect={"stored": False}),

    # Northern man asks how much the disability allowance is for his mother who
    # cannot walk; tells about her but does not consent. -> answered (800 baht).
    "holdout28 asks disability allowance mum": Persona(
        ("แม่ผมขาเดินบ่ได้แล้ว เป็นคนพิการ เบี้ยคนพิการได้เดือนละเต้าใดครับ ต้องไปขึ้นทะเบียนก่อนก่อ",),
        {"consent": "บ่ครับ บ่ต้องเก็บข้อมูล ถามเฉยๆ",
         "idle": "แค่นี้แหละครับ",
         "sensitive_consent": "บ่ครับ"},
        outcome="answered", answered="800 บาท",
        expect={"stored": False}),
}
