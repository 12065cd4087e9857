"""Persona set dev110 for bench/dialogs.py.

Date: 2026-12-08. Written from the seeds only.

Focus: messages typed by voice (speech-to-text: no punctuation, no spaces or odd
spaces, homophones and misheard words such as province names heard wrong, numbers
written as words or digits, "ครับ" repeated), very short replies ("ครับ", "ค่ะ",
"อือ", "ได้", "ไม่"), people who reply with only a number or only a province, Thai
digits in phone numbers, and people on a cheap phone sending one word at a time in
several messages.

Counts: 23 personas: 17 case, 3 refused (สัญชาติ, หนังสือรับรอง, เดือดร้อน),
3 answered (no consent, nothing stored); 4 with one_part=True.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Laid-off construction worker at Laem Chabang, one long voice message, STT wrote
    # ร้อยเอ็ด as "101เอ็ด", "ครับ" everywhere; no bed tonight, wants work.
    # Outcome: case, urgent, Chon Buri -> Roi Et, 1 traveller, job placement.
    "dev110 voice run-on, 101เอ็ด, ครับครับ": Persona(
        ("สวัสดีครับครับ",
         "ผมอยู่แหลมฉบังครับงานก่อสร้างเขาเลิกจ้างแล้วเงินก็ไม่ได้ครับครับ"
         "ไม่มีค่ารถกลับบ้านที่101เอ็ดครับ คืนนี้ไม่รู้จะนอนไหนครับ"),
        {"consent": "ยินยอมครับครับ",
         "idle": "อยากกลับบ้านครับไม่มีค่ารถครับ",
         "hardship": "ไม่มีค่ารถครับที่นอนก็ไม่มีครับ",
         "id_card": "มีครับมีบัตรประชาชนครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับแต่มีบัตรครับ",
         "current_province": "ชลบุรีครับ แหลมฉบังครับ",
         "home_province": "ร้อยเอ็ดครับ ร้อย เอ็ด ไม่ใช่ตัวเลขครับ",
         "travellers": "คนเดียวครับครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ใช่ครับคืนนี้ไม่มีที่นอนครับ ข้าวก็ยังไม่ได้กินครับ",
         "name": "สมบัติครับ สมบัติ ศรีสุขครับ",
         "phone": "081 555 24 68 ครับ",
         "needs": "อยากได้งานครับ งานก่อสร้างก็ได้ครับ",
         "confirm": "ถูกต้องครับครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": [], "name": "สมบัติ", "phone": "0815552468",
                "referrals": ["job_placement"], "no_referrals": HEALTH}),

    # Young man who answers everything with one bare word ("ครับ", "ได้", "ไม่");
    # sleeps at a friend's room, only lacks the fare. Writes ยโสธร as "ยะโสธร".
    # Outcome: case, not urgent, Rayong -> Yasothon, 1 traveller.
    "dev110 bare replies ครับ ได้ ไม่": Persona(
        ("ขอความช่วยเหลือครับ",),
        {"consent": "ครับ",
         "idle": "กลับบ้าน",
         "hardship": "ค่ารถ",
         "id_card": "มี",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตร",
         "current_province": "ระยอง",
         "home_province": "ยะโสธร",
         "travellers": "1",
         "special_needs": "ไม่",
         "more_care": "ไม่",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้",
         "urgent": "มีที่นอน",
         "name": "ต้น",
         "phone": "0891473625",
         "needs": "ไม่",
         "confirm": "ครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "ยโสธร", "travellers": 1,
                "urgent": False, "special": [], "name": "ต้น", "phone": "0891473625",
                "no_referrals": HEALTH}),

    # Abandoned mother at ปากน้ำ with two kids (1.5 and 7), no food since yesterday;
    # misspells ศรีสะเกษ, says only "3" for travellers, phone read out in words first.
    # Outcome: case, urgent, Samut Prakan -> Si Sa Ket, 3 travellers, child.
    "dev110 mum at ปากน้ำ, phone said in words": Persona(
        ("สวัสดีค่ะ", "ค่ะ",
         "คือหนูอยู่ปากน้ำค่ะสามีทิ้งไปแล้วไม่มีเงินพาลูกกลับบ้านแม่ที่ศรีษะเกษ"
         "ข้าวก็ไม่มีกินตั้งแต่เมื่อวาน"),
        {"consent": "ค่ะ ยินยอมค่ะ",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ข้าวก็ไม่มีกิน",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "สมุทรปราการค่ะ ปากน้ำ",
         "home_province": "ศรีสะเกษค่ะ อำเภอกันทรลักษ์",
         "travellers": ("3", "3 คนค่ะ หนูกับลูกสองคน"),
         "special_needs": "ลูกคนเล็กขวบครึ่งค่ะ คนโตเจ็ดขวบ",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "ค่ะ วันนี้ยังไม่ได้กินอะไรเลย ลูกก็หิว",
         "name": "ปุ๋ยค่ะ",
         "phone": ("ศูนย์ หก สาม เจ็ด เจ็ด แปด สอง หนึ่ง เก้า ศูนย์", "0637782190"),
         "needs": "ไม่มีค่ะ แค่อยากกลับบ้าน",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ศรีสะเกษ",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "ปุ๋ย",
                "phone": "0637782190", "no_referrals": HEALTH}),

    # Man who replies to the place questions with the bare province only: "นนท์",
    # then "เลย" (the province Loei, not the particle). Friend feeds and houses him.
    # Outcome: case, not urgent, Nonthaburi -> Loei, 1 traveller.
    "dev110 province-only replies นนท์ / เลย": Persona(
        ("ไม่มีค่ารถกลับบ้านครับ",),
        {"consent": "ยินยอม",
         "idle": "ค่ารถกลับบ้าน",
         "hardship": "ค่ารถครับ เงินหมด",
         "id_card": "มีครับ",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตรแล้วครับ",
         "current_province": "นนท์",
         "home_province": "เลย",
         "travellers": "1",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้ครับ",
         "urgent": "นอนหอเพื่อนได้อีกสองสามวันครับ ข้าวเพื่อนเลี้ยง",
         "name": "บอย",
         "phone": "0952468013",
         "needs": "ไม่มีครับ",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "เลย", "travellers": 1,
                "urgent": False, "special": [], "name": "บอย", "phone": "0952468013",
                "no_referrals": HEALTH}),

    # 66-year-old on a cheap phone: one word per message, also one answer per message;
    # writes สุรินทร์ as "สุริน", Thai-digit phone; no bed tonight; wants old-age allowance.
    # Outcome: case, urgent, Bangkok -> Surin, 1 traveller, elderly.
    "dev110 one word per msg, old man สุริน": Persona(
        ("สวัสดี", "ครับ", "ผม", "ไม่มี", "ค่ารถ", "กลับบ้าน", "ครับ"),
        {"consent": "ยินยอม",
         "idle": "กลับบ้าน",
         "hardship": "ค่ารถ",
         "id_card": "มี",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตร",
         "current_province": "กรุงเทพ",
         "home_province": "สุริน",
         "travellers": "คนเดียว",
         "special_needs": "อายุ66",
         "more_care": "ไม่มี",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้",
         "urgent": "ไม่มีที่นอน",
         "name": "เฉลิม",
         "phone": "๐๘๗๓๒๑๐๙๘๗",
         "needs": "เบี้ยคนแก่",
         "confirm": "ใช่"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "special": ["elderly"], "name": "เฉลิม",
                "phone": "0873210987", "referrals": ["elderly_allowance"],
                "no_referrals": HEALTH},
        one_part=True),

    # Pregnant hotel worker in Phuket; voice typing wrote เชียงใหม่, she corrects it
    # to เชียงราย in the next message. Still has her room till month end.
    # Outcome: case, not urgent, Phuket -> Chiang Rai, 1 traveller, pregnant, work.
    "dev110 STT wrote เชียงใหม่, means เชียงราย": Persona(
        ("สวัสดีค่ะอยู่ภูเก็ตค่ะโรงแรมปิดให้ออกหมดเลยไม่มีเงินค่ารถกลับบ้านเชียงใหม่",
         "ขอโทษค่ะเครื่องพิมพ์ผิด เชียงรายค่ะ ไม่ใช่เชียงใหม่"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "nationality": "คนไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ภูเก็ตค่ะ ป่าตอง",
         "home_province": "เชียงรายค่ะ เชียงรายนะคะ ไม่ใช่เชียงใหม่",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ท้องห้าเดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "ห้องพักยังอยู่ได้ถึงสิ้นเดือนค่ะ มีมาม่าอยู่",
         "name": "ดาวค่ะ",
         "phone": "0614825937",
         "needs": "อยากได้งานทำที่บ้านค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เชียงราย", "travellers": 1,
                "urgent": False, "special": ["pregnant"], "name": "ดาว",
                "phone": "0614825937", "referrals": ["job_placement"]}),

    # Cheated of wages at มหาชัย, evicted today with his wife; card expired a year ago;
    # STT "กาละสิน"; phone in Thai digits with dashes; wants to renew his card.
    # Outcome: case, urgent, Samut Sakhon -> Kalasin, 2 travellers, card expired.
    "dev110 Thai-digit phone, expired card": Persona(
        ("ผมอยู่มหาชัยครับโดนโกงค่าแรงไม่มีเงินกลับบ้านที่กาละสิน", "ขอความช่วยเหลือครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ค่ารถกลับบ้าน",
         "hardship": "ค่ารถครับ",
         "id_card": "มีครับแต่หมดอายุไปปีนึงแล้ว",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ มีแต่บัตรหมดอายุ",
         "current_province": "สมุทรสาครครับ",
         "home_province": "กาฬสินธุ์ครับ",
         "travellers": "ผมกับเมียครับ 2 คน",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ห้องเช่าเขาไล่ออกวันนี้ครับ คืนนี้ไม่มีที่นอน",
         "name": "ณรงค์ครับ",
         "phone": "๐๘๙-๔๕๖-๗๘๙๐",
         "needs": "อยากต่อบัตรประชาชนครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "กาฬสินธุ์",
                "travellers": 2, "urgent": True, "special": [], "name": "ณรงค์",
                "phone": "0894567890", "id_card_state": "expired",
                "referrals": ["id_card"], "no_referrals": HEALTH}),

    # Diabetic man at ลาดกระบัง, STT wrote น่าน as "นาน" (homophone), out of medicine,
    # sleeps at a friend's shop. Outcome: case, not urgent, Bangkok -> Nan, sick.
    "dev110 น่าน heard as นาน, diabetic": Persona(
        ("ผมจะกลับบ้านที่นานครับจังหวัดนานทางเหนือติดลาวครับไม่มีค่ารถตอนนี้อยู่ลาดกระบัง",),
        {"consent": "ยินยอมครับ",
         "idle": "กลับบ้านที่น่านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "กรุงเทพครับ ลาดกระบัง",
         "home_province": "น่าน ไม้เอกครับ จังหวัดน่าน",
         "travellers": "1 คนครับ",
         "special_needs": "ผมเป็นเบาหวานครับ ยาหมดแล้ว",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "มีที่นอนครับ นอนที่ร้านเพื่อน",
         "name": "ประเสริฐ",
         "phone": "0829137465",
         "needs": "ยาเบาหวานหมดครับ อยากไปหาหมอ",
         "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน",
                "travellers": 1, "urgent": False, "special": ["sick"], "name": "ประเสริฐ",
                "phone": "0829137465", "referrals": ["medical_services"]}),

    # Factory closed at "8ริ้ว" (แปดริ้ว = ฉะเชิงเทรา); family of four told in words:
    # him, wife, mother 68, son 3; "บุรีรัม"; room till month end; wants training.
    # Outcome: case, not urgent, Chachoengsao -> Buri Ram, 4, elderly + child.
    "dev110 family of 4 in words, 8ริ้ว": Persona(
        ("สวัสดีครับอยู่8ริ้วครับโรงงานปิดไม่มีตังค์พาครอบครัวกลับบ้านบุรีรัม",),
        {"consent": "ยินยอมครับ",
         "idle": "ค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "มีครับ ผู้ใหญ่มีทุกคน ลูกยังไม่มี",
         "nationality": "ไทยทั้งบ้านครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "ฉะเชิงเทราครับ แปดริ้ว",
         "home_province": "บุรีรัมย์ครับ",
         "travellers": "สี่คนครับ ผม เมีย แม่ผมอายุหกสิบแปด แล้วก็ลูกสามขวบ",
         "special_needs": "แม่แก่แล้วครับหกสิบแปด ลูกสามขวบ",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "แม่ไปกับพวกผมได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ยังมีห้องอยู่ครับถึงสิ้นเดือน ข้าวยังพอมี",
         "name": "วีระ",
         "phone": "0993216548",
         "needs": "อยากฝึกอาชีพครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "บุรีรัมย์",
                "travellers": 4, "urgent": False, "special": ["elderly", "child"],
                "name": "วีระ", "phone": "0993216548", "referrals": ["job_training"],
                "no_referrals": HEALTH}),

    # Grandmother of 70, one short answer per message ("อือ", "ได้"), "ไชยภูมิ" for
    # ชัยภูมิ, bad legs so cannot travel alone, turned out by her daughter tonight.
    # Outcome: case, urgent, Ayutthaya -> Chaiyaphum, elderly, cannot travel alone.
    "dev110 grandma อือ/ได้, ไชยภูมิ": Persona(
        ("สวัสดีจ้า", "ยายอยู่อยุธยา", "อยากกลับบ้าน"),
        {"consent": "อือ",
         "idle": "กลับบ้าน",
         "hardship": "ไม่มีตังค่ารถ",
         "id_card": "มี",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตร",
         "current_province": "อยุธยา",
         "home_province": "ไชยภูมิ",
         "travellers": "คนเดียว",
         "special_needs": "ยายเจ็ดสิบแล้ว",
         "more_care": "ไม่มี",
         "travel_alone": "ไม่ได้ ขาไม่ดี",
         "sensitive_consent": "ได้",
         "urgent": "ไม่มีที่นอน",
         "name": "ยายทองใบ",
         "phone": "๐๖๕๔๓๒๑๐๙๘",
         "needs": "เบี้ยคนแก่ไม่เคยได้",
         "confirm": "อือ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"], "name": "ทองใบ",
                "phone": "0654321098", "referrals": ["elderly_allowance"]},
        one_part=True),

    # Released this morning from Klong Prem prison, card expired inside, "สกล";
    # no bed tonight; wants a job and a new card.
    # Outcome: case, urgent, Bangkok -> Sakon Nakhon, card expired.
    "dev110 released prisoner, สกล, expired": Persona(
        ("เพิ่งออกจากเรือนจำคลองเปรมเมื่อเช้าครับครับไม่มีตังค่ารถกลับบ้านที่สกลครับ",),
        {"consent": "ยอมครับ",
         "idle": "กลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีที่นอนด้วย",
         "id_card": "มีครับ บัตรหมดอายุตอนอยู่ข้างใน",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "กรุงเทพครับ",
         "home_province": "สกลนครครับ",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ บอกได้ ผมติดมาสามปี",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "name": "อนุชา",
         "phone": "0847261953",
         "needs": "อยากได้งานครับ แล้วก็ทำบัตรใหม่",
         "confirm": "ครับ ถูก"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "special": [], "name": "อนุชา",
                "phone": "0847261953", "id_card_state": "expired",
                "referrals": ["job_placement", "id_card"], "no_referrals": HEALTH}),

    # Bar worker in Pattaya living with HIV, antiretrovirals running out, "อุดร";
    # room for another week. Outcome: case, not urgent, Chon Buri -> Udon Thani, sick.
    "dev110 HIV, meds running out, พัทยา": Persona(
        ("สวัสดีครับ",
         "ผมอยู่พัทยาครับงานบาร์ปิดไม่มีตังกลับบ้านอุดร ยาต้านก็ใกล้หมดแล้วครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับไปรักษาที่บ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "ชลบุรีครับ พัทยา",
         "home_province": "อุดรธานีครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมติดเชื้อเอชไอวีครับ กินยาต้านอยู่",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ห้องยังอยู่ได้อีกอาทิตย์ครับ",
         "name": "กิตติ",
         "phone": "0928374615",
         "needs": "อยากได้ยาต่อเนื่องครับ เรื่องเอชไอวี",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 1,
                "urgent": False, "special": ["sick"], "name": "กิตติ",
                "phone": "0928374615", "referrals": ["hiv_aid"]}),

    # Exhausted woman who mostly answers "ค่ะ"; "สารคาม"; nowhere to go tonight;
    # tells only at the end that she cannot sleep and wants to talk to a doctor.
    # Outcome: case, urgent, Nakhon Pathom -> Maha Sarakham, mental health care.
    "dev110 answers only ค่ะ, stressed": Persona(
        ("ช่วยด้วยค่ะ",),
        {"consent": "ค่ะ",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีที่อยู่ค่ะ ไม่มีเงินกลับ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "นครปฐมค่ะ",
         "home_province": "สารคามค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ค่ะ",
         "urgent": "ค่ะ คืนนี้ไม่มีที่ไป",
         "name": "ฝน",
         "phone": "0618273645",
         "needs": "เครียดมากค่ะ นอนไม่หลับหลายคืนแล้ว อยากคุยกับหมอ",
         "confirm": "ค่ะ"},
        expect={"eligible": True, "current": "นครปฐม", "home": "มหาสารคาม",
                "travellers": 1, "urgent": True, "name": "ฝน", "phone": "0618273645",
                "referrals": ["mental_health_care"]}),

    # Young mother on a cheap phone, one word per message; says "รังสิต" for where
    # she is (then "ปทุม"), "อุบล", "สาม" in words, baby 8 months; no food today.
    # Outcome: case, urgent, Pathum Thani -> Ubon Ratchathani, 3, child, work.
    "dev110 one word per msg, baby, รังสิต": Persona(
        ("ค่ะ", "ช่วย", "ด้วย", "ค่ะ", "กลับ", "บ้าน"),
        {"consent": "ยินยอม",
         "idle": "ค่ารถ",
         "hardship": "ค่ารถ",
         "id_card": "มี",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตร",
         "current_province": ("รังสิต", "ปทุม"),
         "home_province": "อุบล",
         "travellers": "สาม",
         "special_needs": "ลูก8เดือน",
         "more_care": "ไม่",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้",
         "urgent": "ไม่มีข้าว",
         "name": "แพรว",
         "phone": "๐๘๐๑๒๓๙๘๗๖",
         "needs": "งาน",
         "confirm": "ใช่"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "อุบลราชธานี",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "แพรว",
                "phone": "0801239876", "referrals": ["job_placement"],
                "no_referrals": HEALTH},
        one_part=True),

    # Wheelchair user; voice typing puts a space between every word ("สะบุรี",
    # "นคร สวัน"); cannot board a bus alone; temple gives bed and food.
    # Outcome: case, not urgent, Saraburi -> Nakhon Sawan, disabled, escort.
    "dev110 wheelchair, odd spaces, สะบุรี": Persona(
        ("สวัส ดี ครับ ผม นั่ง วีล แชร์ ครับ อยู่ สะบุรี จะ กลับ บ้าน นคร สวัน"
         " ไม่ มี ค่า รถ ครับ",),
        {"consent": "ยิน ยอม ครับ",
         "idle": "กลับ บ้าน ครับ",
         "hardship": "ไม่ มี ค่า รถ ครับ",
         "id_card": "มี บัตร ประชาชน ครับ",
         "nationality": "ไทย ครับ",
         "nationality_letter": "มี บัตร ประชาชน ครับ",
         "current_province": "สระบุรี ครับ",
         "home_province": "นครสวรรค์ ครับ",
         "travellers": "คน เดียว ครับ",
         "special_needs": "ผม ขา ลีบ สอง ข้าง นั่ง รถ เข็น ครับ",
         "more_care": "ไม่ มี ครับ",
         "travel_alone": "ไป เอง ไม่ ได้ ครับ ขึ้น รถ ทัวร์ เอง ไม่ ได้",
         "sensitive_consent": "ได้ ครับ",
         "urgent": "มี ที่ นอน ที่ วัด ครับ ข้าว วัด ก็ มี ให้",
         "name": "ชาญ ครับ",
         "phone": "091 234 0987",
         "needs": "อยาก ได้ เบี้ย คน พิการ ครับ ยัง ไม่ ได้ ขึ้น ทะเบียน รถ เข็น ก็ พัง",
         "confirm": "ถูก ครับ"},
        expect={"eligible": True, "current": "สระบุรี", "home": "นครสวรรค์",
                "travellers": 1, "urgent": False,
                "special": ["disabled", "cannot_travel_alone"], "name": "ชาญ",
                "phone": "0912340987",
                "referrals": ["disability_allowance", "disability_devices"]}),

    # Construction worker in Chiang Mai left unpaid, "นครศรี"; says two travellers
    # then corrects to three adults; hasn't eaten today; Thai digits with spaces.
    # Outcome: case, urgent, Chiang Mai -> Nakhon Si Thammarat, 3 travellers.
    "dev110 corrects 2 to 3 people, นครศรี": Persona(
        ("ครับผมอยู่เชียงใหม่ครับมาทำงานก่อสร้างผู้รับเหมาหนีไม่ได้ค่าแรง"
         "ไม่มีค่ารถกลับนครศรีครับวันนี้ยังไม่ได้กินข้าวเลยครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีข้าวครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "เชียงใหม่ครับ สันทราย",
         "home_province": "นครศรีธรรมราชครับ",
         "travellers": "สองคนครับผมกับน้อง เอ้ยไม่ใช่ สามคนครับ ลืมลูกพี่ลูกน้องอีกคน"
                       " โตแล้วทุกคนครับ",
         "special_needs": "ไม่มีครับ ผู้ชายหมด",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ใช่ครับ วันนี้ยังไม่ได้กินเลย",
         "name": "สุริยา",
         "phone": "๐๘๖ ๓๓๓ ๑๒๑๒",
         "needs": "หางานครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "นครศรีธรรมราช",
                "travellers": 3, "urgent": True, "special": [], "name": "สุริยา",
                "phone": "0863331212", "referrals": ["job_placement"],
                "no_referrals": HEALTH}),

    # Rubber tapper in Chanthaburi, lost her card but has a letter from the village
    # head; one thing per message; "หนองบัว ลำพู"; travels with mother 61 ("๒ คน").
    # Outcome: case, not urgent, Chanthaburi -> Nong Bua Lam Phu, 2, elderly.
    "dev110 lost card, has letter, หนองบัว": Persona(
        ("สวัสดีค่ะ", "อยู่จันทบุรีค่ะ", "ตัดยางไม่ได้ค่าจ้าง", "อยากกลับบ้าน"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ค่ารถกลับบ้านค่ะ",
         "hardship": "ค่ารถค่ะ",
         "id_card": "บัตรหายค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านออกให้",
         "current_province": "จันทบุรี",
         "home_province": "หนองบัว ลำพู",
         "travellers": "๒ คนค่ะ",
         "special_needs": "แม่อายุ61ค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ ไปกับหนู",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "มีที่นอนค่ะ นอนบ้านนายจ้าง ข้าวยังมี",
         "name": "บัวผัน",
         "phone": "089 765 4321",
         "needs": "ทำบัตรใหม่ค่ะ",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "หนองบัวลำภู",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "name": "บัวผัน", "phone": "0897654321", "referrals": ["id_card"],
                "no_referrals": HEALTH},
        one_part=True),

    # Myanmar fish-factory worker at มหาชัย with a pink worker card, wants to go to
    # his brother in Mae Sot. Outcome: refused, not Thai nationality.
    "dev110 refused: Myanmar worker, pink card": Persona(
        ("สวัสดีครับผมเป็นคนพม่าครับทำงานโรงงานปลามหาชัยตกงานอยากไปหาพี่ที่แม่สอดครับ"
         "ไม่มีค่ารถ",),
        {"consent": "ยินยอมครับ",
         "idle": "ค่ารถไปแม่สอดครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีบัตรชมพูครับ บัตรแรงงาน",
         "nationality": "พม่าครับ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "สมุทรสาครครับ",
         "home_province": "ตากครับ แม่สอด",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "มีที่นอนครับ",
         "name": "ซอวิน",
         "phone": "0658812345",
         "needs": "อยากได้งานครับ",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Thai man in Korat who lost his wallet and card, no letter and nobody at home
    # who would certify him. Outcome: refused, no card and no certifying letter.
    "dev110 refused: no card, no letter": Persona(
        ("กระเป๋าตังหายครับบัตรก็หายหมดเลยอยู่โคราชครับจะกลับบ้านที่ไชยนาทครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ค่ารถครับ",
         "hardship": "ไม่มีค่ารถครับ เงินหายหมด",
         "id_card": "ไม่มีครับ หายไปกับกระเป๋า",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ ไม่มีใครออกให้ ผู้ใหญ่บ้านก็ไม่รู้จักผม",
         "current_province": "นครราชสีมาครับ โคราช",
         "home_province": "ชัยนาทครับ",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ไม่มีที่นอนครับ",
         "name": "เอก",
         "phone": "0834455667",
         "needs": "อยากทำบัตรใหม่ครับ",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Salaried man in Bang Na with a car, saw on TikTok that fares home are free and
    # wants petrol money for New Year to "แพ" (แพร่). Outcome: refused, no hardship.
    "dev110 refused: salary and car, no hardship": Persona(
        ("สวัสดีครับเห็นในติ๊กต็อกว่ารัฐให้ค่ารถกลับบ้านฟรีครับผมอยู่บางนาจะกลับบ้านแพ"
         "ช่วงปีใหม่ขอด้วยครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านปีใหม่ครับ",
         "hardship": "ไม่ได้เดือดร้อนครับ มีงานประจำ มีเงินเดือน มีรถด้วย แค่อยากได้ค่าน้ำมัน",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "กรุงเทพครับ บางนา",
         "home_province": "แพร่ครับ",
         "travellers": "สองคนครับ กับแฟน",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ไม่ครับ มีคอนโดอยู่ ข้าวก็มีกิน",
         "name": "ภูมิ",
         "phone": "0811119999",
         "needs": "ไม่มีครับ",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Voice-typed question about the food allowance while waiting, "ครับครับ";
    # declines consent. Outcome: answered (100 baht a day), nothing stored.
    "dev110 asks food money per day, no consent": Persona(
        ("ถามหน่อยครับครับระหว่างรอกลับบ้านเขาให้ค่าข้าววันละเท่าไหร่ครับครับ",),
        {"consent": "ไม่ยินยอมครับ แค่ถามเฉยๆครับ",
         "idle": "แค่ถามครับ ไม่ได้ขอ"},
        outcome="answered", answered="100 บาท",
        expect={"stored": False}),

    # Woman who still has a place to stay asks how many days it takes; answers the
    # consent question with a bare "ไม่". Outcome: answered (15 days), nothing stored.
    "dev110 asks how many days, says ไม่": Persona(
        ("ถามก่อนนะคะถ้าจะขอค่ารถกลับบ้านนี่ต้องรอกี่วันถึงจะได้คะ",
         "ยังมีที่พักอยู่ค่ะไม่รีบแค่อยากรู้ก่อน"),
        {"consent": "ไม่",
         "idle": "อยากรู้ว่ากี่วันค่ะ"},
        outcome="answered", answered="15 วัน",
        expect={"stored": False}),

    # Son asking for his father about the disability allowance, voice typing with
    # odd spaces; refuses consent. Outcome: answered (800 baht), nothing stored.
    "dev110 asks disability allowance, odd space": Persona(
        ("เบี้ยคน พิการ ได้เดือน ละเท่าไหร่ ครับ ถามให้พ่อครับ",),
        {"consent": "ไม่ครับ ไม่ต้องเก็บ",
         "idle": "ถามเรื่องเบี้ยคนพิการครับ"},
        outcome="answered", answered="800 บาท",
        expect={"stored": False}),
}
