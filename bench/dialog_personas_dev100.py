"""dev100: Blind dialog personas for the Namjai benchmark, 2026-12-07.

Written from the seeds only.
Focus: people who write in several short messages before and after the consent
question (greeting, "[sticker]", half a story, a question, more story); people who
correct themselves mid-way ("เอ้ย ไม่ใช่", "ขอแก้"); people who ask a question in the
middle of the intake (how much money, how long, where to go) and then go on.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Young factory worker laid off in Bang Phli, writes in pieces with a sticker,
    # tells where home is only after the consent question, and asks how long it takes
    # before saying how many travel. Still has her room and instant noodles: not urgent.
    "dev100 laid-off girl, sticker, story in bits, asks how long": Persona(
        ("สวัสดีค่าา", "[sticker]", "หนูโดนเลิกจ้างค่ะ โรงงานปิด",
         "ตอนนี้อยู่สมุทรปราการ บางพลี"),
        {"consent": "ยินยอมค่ะ คือหนูไม่มีเงินค่ารถกลับบ้านเลยค่ะ บ้านอยู่ร้อยเอ็ด",
         "idle": "อยากกลับบ้านค่ะ ไม่มีค่ารถ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ เงินเดือนสุดท้ายก็ยังไม่ได้",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "สมุทรปราการค่ะ",
         "home_province": "ร้อยเอ็ดค่ะ อ.เสลภูมิ",
         "travellers": ("แล้วต้องรอนานไหมคะกว่าจะได้กลับ", "คนเดียวค่ะ"),
         "special_needs": "ไม่มีค่ะ",
         "urgent": "ห้องเช่ายังอยู่ได้ถึงสิ้นเดือนค่ะ ข้าวก็ยังพอมีมาม่า",
         "name": "ฝนค่ะ 093-456-7812",
         "phone": "0934567812",
         "needs": "ค่ารถอย่างเดียวค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": False, "special": [], "name": "ฝน",
                "phone": "0934567812", "no_referrals": HEALTH}),

    # Construction worker: first says Chonburi, corrects himself at once to Rayong
    # ("เอ้ยไม่ใช่ๆ"). Contractor ran off with the wages; he and his 19-year-old brother
    # have not eaten since yesterday (urgent) though they can sleep in a temple sala.
    # Phone in Thai digits.
    "dev100 builder, 'เอ้ย ไม่ใช่' Chonburi to Rayong, no food today": Persona(
        ("หวัดดีครับ",
         "ผมทำงานก่อสร้างอยู่ชลบุรี เอ้ยไม่ใช่ๆ ระยองครับ ย้ายไซต์มาได้เดือนนึง",
         "ผรม.หนีไม่จ่ายค่าแรง"),
        {"consent": "ยินยอมครับ ตอนนี้ผมกับน้องไม่มีข้าวกินตั้งแต่เมื่อวาน",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินเลยครับ ข้าวก็ไม่มีกิน ค่ารถก็ไม่มี",
         "id_card": "มีครับ ทั้งสองคน",
         "nationality": "ไทยครับ",
         "current_province": "ระยองครับ ที่บอกชลบุรีตอนแรกพิมพ์ผิด",
         "home_province": "นครพนมครับ",
         "travellers": "2 คนครับ ผมกับน้องชาย น้องอายุ19",
         "special_needs": "ไม่มีครับ",
         "urgent": "คืนนี้นอนศาลาวัดได้ครับ แต่ข้าวยังไม่ได้กินทั้งวัน",
         "name": "ต้นครับ",
         "phone": "๐๘๖ ๕๕๑ ๒๓๐๙",
         "needs": "ค่ารถกับค่าข้าวครับ",
         "confirm": "ครับ ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "นครพนม", "travellers": 2,
                "urgent": True, "special": [], "name": "ต้น", "phone": "0865512309"}),

    # Student-age woman whose wallet was stolen at Mo Chit. Says she is going home to
    # Khon Kaen, then "ขอแก้": home is her mother's in Kalasin (Khon Kaen was only where
    # she studied). Nowhere to sleep tonight. Answers one thing per message.
    "dev100 wallet stolen at Mo Chit, 'ขอแก้' Khon Kaen to Kalasin": Persona(
        ("สวัสดีค่ะ", "กระเป๋าตังหายที่หมอชิตค่ะ", "จะกลับบ้านขอนแก่น",
         "ขอแก้ค่ะ ไม่ใช่ขอนแก่น จะกลับบ้านแม่ที่กาฬสินธุ์ ขอนแก่นแค่ที่เคยเรียน"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "เงินหายหมดเลยค่ะ ไม่มีค่ารถ",
         "id_card": "บัตรยังอยู่ค่ะ เก็บไว้ในเคสโทรศัพท์",
         "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ",
         "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "urgent": "ยังไม่มีที่นอนเลยค่ะ นั่งอยู่ในหมอชิต",
         "name": "แพรวค่ะ",
         "phone": "0617788990",
         "needs": "ค่ารถค่ะ",
         "confirm": "ค่ะ ถูกต้อง"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": [], "name": "แพรว",
                "phone": "0617788990"}),

    # 63-year-old security guard laid off in Chiang Mai, going to his daughter's in
    # Phetchabun. Interrupts the ID question to ask how much money he will get, and
    # asks about the old-age allowance he has never received. Can stay at a friend's.
    "dev100 old guard asks how much mid-way, wants old-age allowance": Persona(
        ("สวัสดีครับ", "ผมอายุ63แล้ว เป็นยามอยู่เชียงใหม่ บริษัทเลิกจ้าง",
         "อยากกลับไปอยู่กับลูกที่เพชรบูรณ์ครับ ไม่มีค่ารถ"),
        {"consent": "ยินยอมครับ แล้วก็อยากถามเรื่องเบี้ยคนแก่ด้วย ผมยังไม่เคยได้เลย",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ เงินเหลือร้อยกว่าบาท",
         "id_card": ("ได้เงินเท่าไหร่ครับ พอค่ารถทัวร์ไหม", "มีบัตรครับ"),
         "nationality": "ไทยครับ",
         "current_province": "เชียงใหม่ครับ",
         "home_province": "เพชรบูรณ์ครับ บ้านลูกสาวอยู่หล่มสัก",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ เดินได้ปกติ แค่แก่",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ยังพักห้องเพื่อนได้อีกสองสามวันครับ ข้าวพอมี",
         "name": "สมบัติ 0897001122",
         "phone": "0897001122",
         "needs": "อยากได้เบี้ยผู้สูงอายุครับ ยังไม่เคยได้เลย",
         "more_care": "เรื่องเบี้ยผู้สูงอายุครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "name": "สมบัติ",
                "phone": "0897001122"}),

    # Ward nurse in Udon Thani writing for a 74-year-old patient recovering from
    # pneumonia, forgetful, discharged tomorrow, no relatives, home Loei. Asks whether
    # an officer can take him home before answering whether he can travel alone.
    # Still has a hospital bed tonight: not urgent.
    "dev100 nurse for an old patient, asks if an officer can go along": Persona(
        ("สวัสดีค่ะ ดิฉันเป็นพยาบาลที่รพ.ในอุดรธานีค่ะ",
         "มีคนไข้ชายอายุ74 เป็นปอดอักเสบ ใกล้หายแล้ว จะให้กลับบ้านพรุ่งนี้",
         "ญาติไม่มีใครมารับ คนไข้ไม่มีเงินค่ารถกลับเลยค่ะ"),
        {"consent": "คนไข้ยินยอมค่ะ คุยกันแล้ว ดิฉันพิมพ์แทน",
         "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ารถกลับบ้านให้คนไข้ค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ ไม่มีญาติดูแล",
         "id_card": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "อุดรธานีค่ะ",
         "home_province": "เลยค่ะ อ.ด่านซ้าย",
         "travellers": "คนไข้คนเดียวค่ะ",
         "special_needs": "อายุ74 เพิ่งหายจากปอดอักเสบ ยังอ่อนเพลีย ขี้หลงขี้ลืมค่ะ",
         "travel_alone": ("มีเจ้าหน้าที่ไปส่งถึงบ้านได้ไหมคะ",
                          "ไปเองไม่ได้ค่ะ ต่อรถเองไม่ไหว"),
         "urgent": "คืนนี้ยังนอนรพ.ได้ค่ะ พรุ่งนี้บ่ายถึงจะออก",
         "name": "จิราพรค่ะ",
         "phone": "088-123-4560",
         "needs": "ค่ารถกับคนพาไปส่งค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "อุดรธานี", "home": "เลย", "travellers": 1,
                "urgent": False, "special": ["elderly", "sick", "cannot_travel_alone"],
                "name": "จิราพร", "phone": "0881234560"}),

    # Monk at a Korat temple writing for a man just released from the central prison
    # who lost his ID card; the village head at home (Chaiyaphum) will certify him.
    # Sleeps and eats at the temple: not urgent. Wants him to get a new card.
    "dev100 monk for a released man without ID card": Persona(
        ("เจริญพร",
         "อาตมาเป็นพระอยู่วัดในโคราช มีโยมผู้ชายคนนึงเพิ่งพ้นโทษออกจากเรือนจำ มาอาศัยวัดได้สามวันแล้ว",
         "เขาอยากกลับบ้านที่ชัยภูมิ แต่ไม่มีเงินเลย บัตรประชาชนก็หาย"),
        {"consent": "โยมเขายินยอมแล้ว อาตมาพิมพ์แทน",
         "sensitive_consent": "เขายินยอม",
         "idle": "ขอความช่วยเหลือค่ารถให้โยมเขากลับบ้าน",
         "hardship": "ไม่มีค่ารถ ไม่มีงาน ไม่มีเงินเลย",
         "id_card": "บัตรหาย ไม่มีบัตรแล้ว",
         "nationality": "คนไทย เกิดที่ชัยภูมิ",
         "nationality_letter": "อาตมาโทรคุยกับผู้ใหญ่บ้านที่บ้านเขาแล้ว ผู้ใหญ่บ้านจะทำหนังสือรับรองให้",
         "current_province": "นครราชสีมา",
         "home_province": "ชัยภูมิ อ.ภูเขียว",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มี แข็งแรงดี",
         "urgent": "นอนที่วัดได้ ข้าวก้นบาตรก็พอมี",
         "name": "เขาชื่อวิชัย",
         "phone": "เบอร์อาตมา 0819876543",
         "needs": "อยากให้เขาได้ทำบัตรประชาชนใหม่ด้วย",
         "confirm": "ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card"], "no_referrals": HEALTH, "name": "วิชัย",
                "phone": "0819876543"}),

    # Young man from Trang scammed by a fake job agency in Bangkok, at the southern bus
    # terminal. Starts with a stray "ครับ", asks where he has to go (or can he do it
    # here) instead of naming home, then goes on. No food, no bed tonight.
    "dev100 scammed job seeker asks where to go, then goes on": Persona(
        ("ครับ", "สวัสดีครับ", "ผมมาสมัครงานที่กทม.แล้วโดนหลอกเอาเงินไปหมดเลยครับ",
         "ตอนนี้อยู่สายใต้ใหม่"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ ไม่มีค่ารถ",
         "hardship": "ไม่มีเงินเลยครับ ค่ารถก็ไม่มี ข้าวก็ยังไม่ได้กิน",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ",
         "home_province": ("ต้องไปติดต่อที่ไหนครับ หรือคุยในนี้ได้เลย", "ตรังครับ อ.ห้วยยอด"),
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "urgent": "ไม่มีที่นอนครับ คงนอนในสถานี",
         "name": "บาส 0954443322",
         "phone": "0954443322",
         "needs": "ค่ารถกลับบ้านครับ",
         "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ตรัง",
                "travellers": 1, "urgent": True, "special": [], "name": "บาส",
                "phone": "0954443322", "no_referrals": HEALTH}),

    # Seven months pregnant, left by her boyfriend in Phuket, wants to give birth at
    # her mother's in Surat Thani. Asks who will see her data before consenting, asks
    # about food money mid-way. Has not eaten today: urgent.
    "dev100 pregnant in Phuket, asks about data and food money": Persona(
        ("สวัสดีค่ะ", "ขอสอบถามหน่อยค่ะ", "ท้อง7เดือนค่ะ แฟนทิ้งไว้ที่ภูเก็ต",
         "อยากกลับไปคลอดที่บ้านแม่ที่สุราษฎร์"),
        {"consent": ("ข้อมูลจะส่งไปให้ใครบ้างคะ", "โอเคค่ะ ยินยอม"),
         "sensitive_consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ค่ารถก็ไม่มี ค่าข้าวก็ไม่มี",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ภูเก็ตค่ะ",
         "home_province": "สุราษฎร์ธานีค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ท้อง7เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": ("ได้ค่าข้าวด้วยไหมคะ",
                    "วันนี้ยังไม่ได้กินอะไรเลยค่ะ ห้องเช่าให้อยู่ถึงพรุ่งนี้"),
         "name": "มุกค่ะ",
         "phone": "062-345-6781",
         "needs": "ค่ารถกับค่าข้าวค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "สุราษฎร์ธานี",
                "travellers": 1, "urgent": True, "special": ["pregnant"], "name": "มุก",
                "phone": "0623456781"}),

    # Wheelchair user selling lottery tickets in Pattaya, home Sisaket, a friend (also
    # broke) goes with him; asks whether the friend may come before giving the number.
    # Never registered as disabled, wants the disability allowance. Has a room till
    # next week. One thing per message.
    "dev100 wheelchair lottery seller, friend along, one at a time": Persona(
        ("สวัสดีครับ", "ผมนั่งวีลแชร์ครับ ขาไม่มีแรงตั้งแต่อุบัติเหตุ",
         "มาขายลอตเตอรี่อยู่พัทยา ขายไม่ได้เลย ไม่มีเงินกลับบ้าน"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ชลบุรีครับ",
         "home_province": "ศรีสะเกษครับ",
         "travellers": ("เพื่อนไปด้วยได้ไหมครับ เพื่อนก็ไม่มีเงิน", "2 คนครับ"),
         "special_needs": "นั่งวีลแชร์ครับ",
         "travel_alone": "มีเพื่อนไปด้วยครับ",
         "urgent": "ยังมีห้องเช่าถึงอาทิตย์หน้าครับ",
         "needs": "ผมยังไม่ได้ขึ้นทะเบียนคนพิการเลยครับ อยากได้เบี้ยคนพิการ",
         "more_care": "อยากได้เบี้ยคนพิการครับ",
         "name": "เอกชัย",
         "phone": "0871112233",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "ศรีสะเกษ",
                "travellers": 2, "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance"], "name": "เอกชัย",
                "phone": "0871112233"}),

    # Man with HIV just out of hospital in Chiang Rai, still weak, home Phayao. Asks
    # whether anyone will learn about his illness before the sensitive consent.
    # No food today, sleeps in front of the hospital. Wants the HIV aid.
    "dev100 HIV, out of hospital, asks about privacy mid-way": Persona(
        ("สวัสดีครับ", "[สติกเกอร์ไหว้]", "ผมเพิ่งออกจากโรงพยาบาลที่เชียงราย",
         "ไม่มีเงินกลับบ้านครับ"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": ("เรื่องโรคจะมีใครรู้ไหมครับ", "ยินยอมครับ"),
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ข้าววันนี้ก็ยังไม่ได้กิน",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "เชียงรายครับ",
         "home_province": "พะเยาครับ อ.จุน",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมติดเชื้อ HIV ครับ เพิ่งออกจากรพ. ยังไม่ค่อยมีแรง",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "วันนี้ยังไม่ได้กินข้าวเลยครับ คืนนี้นอนหน้าโรงพยาบาล",
         "needs": "อยากรู้ว่ามีเงินช่วยคนติดเชื้อไหมครับ",
         "more_care": "เรื่องเงินช่วยผู้ติดเชื้อ HIV ครับ",
         "name": "โอ๊ตครับ",
         "phone": "0829990011",
         "confirm": "ครับ ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงราย", "home": "พะเยา",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["hiv_aid"], "name": "โอ๊ต", "phone": "0829990011"}),

    # Older sister at home in Buriram writing for her brother with a psychiatric illness
    # who stopped his medicine and wandered off; found sleeping at Hua Lamphong. She
    # mentions where she lives (Buriram) right after consenting: he is in Bangkok.
    # He cannot travel alone; she wants him to get continuous psychiatric care.
    "dev100 sister for brother off psychiatric meds at Hua Lamphong": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือหน่อยค่ะ",
         "น้องชายป่วยจิตเวช ขาดยามาเดือนนึง หายออกจากบ้านไป",
         "ตอนนี้มีคนเจอเขาที่หัวลำโพงค่ะ นอนอยู่ที่สถานี"),
        {"consent": "ยินยอมค่ะ ดิฉันเป็นพี่สาวเขา บ้านอยู่บุรีรัมย์ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "idle": "อยากให้ช่วยส่งน้องกลับบ้านค่ะ",
         "hardship": "น้องไม่มีเงิน ไม่มีที่นอน ดิฉันก็ไม่มีเงินไปรับค่ะ",
         "id_card": "คนที่เจอบอกว่าบัตรยังอยู่ในกระเป๋าเขาค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ หัวลำโพง",
         "home_province": "บุรีรัมย์ค่ะ อ.นางรอง",
         "travellers": "น้องคนเดียวค่ะ",
         "special_needs": "ป่วยจิตเวชค่ะ ขาดยา พูดไม่ค่อยรู้เรื่อง",
         "travel_alone": "ไปเองไม่ได้ค่ะ เดี๋ยวหลงอีก",
         "urgent": "เขานอนที่สถานีค่ะ ไม่มีที่นอน",
         "needs": "อยากให้เขาได้รักษาต่อเนื่องค่ะ ได้ยาต่อ มีคนติดตามดูแล",
         "more_care": "อยากให้มีหมอจิตเวชดูแลต่อค่ะ",
         "name": "ดวงใจค่ะ",
         "phone": "085-777-6655",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "special": ["sick", "cannot_travel_alone"],
                "referrals": ["mental_health_care"], "name": "ดวงใจ",
                "phone": "0857776655"}),

    # Father at Mahachai whose factory closed; evicted today with his wife and two
    # children (8 and 5). Says 3 travellers, corrects to 4 in the same message ("ลืมนับ
    # ตัวเอง"); at the summary asks if the money covers four fares, then confirms.
    # One thing per message.
    "dev100 family of four evicted, miscounts then corrects, one at a time": Persona(
        ("สวัสดีครับ", "โรงงานที่มหาชัยปิดครับ ผมกับเมียตกงานทั้งคู่",
         "เจ้าของห้องไล่ออกวันนี้ ลูกเล็กสองคน"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีที่อยู่ครับ ห้องโดนไล่",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "สมุทรสาครครับ",
         "home_province": "สกลนครครับ",
         "travellers": "3 คนครับ เอ้ยไม่ใช่ 4 คน ลืมนับตัวเอง",
         "special_needs": "ลูกคนโต๘ขวบ คนเล็ก๕ขวบครับ",
         "travel_alone": "ไปกันเองได้ครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "name": "ชาติ",
         "phone": "0918882277",
         "needs": "ค่ารถครับ",
         "confirm": ("เงินพอค่ารถ4คนไหมครับ", "ถูกต้องครับ")},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "สกลนคร",
                "travellers": 4, "urgent": True, "special": ["child"], "name": "ชาติ",
                "phone": "0918882277", "no_referrals": HEALTH}),

    # Friend writing from Korat for a friend who escaped a job-agency scam and is
    # staying in her room (fed, not urgent); home Mukdahan. Asks whether she must type
    # herself, and whether she can escort her friend, then answers. Gives the friend's
    # name and her own phone.
    "dev100 friend writes for a scam victim in Korat": Persona(
        ("หวัดดีค่ะ", "ถามแทนเพื่อนนะคะ",
         "เพื่อนโดนนายหน้าหลอกไปทำงาน หนีมาได้ ตอนนี้อยู่กับหนูที่โคราช"),
        {"consent": ("ต้องให้เพื่อนพิมพ์เองไหมคะ", "เพื่อนยินยอมค่ะ นั่งอยู่ข้างๆ"),
         "idle": "เพื่อนอยากกลับบ้านค่ะ ไม่มีค่ารถ",
         "hardship": "เพื่อนไม่มีเงินเลยค่ะ ไม่มีค่ารถกลับ",
         "id_card": "บัตรอยู่กับเพื่อนค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "โคราชค่ะ",
         "home_province": "มุกดาหารค่ะ",
         "travellers": "เพื่อนคนเดียวค่ะ หนูไม่ได้ไป",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": ("หนูพาไปส่งได้ไหมคะ หรือต้องไปเอง", "เพื่อนไปเองได้ค่ะ"),
         "urgent": "นอนห้องหนูได้ค่ะ ข้าวหนูเลี้ยงได้ แต่ค่ารถหนูไม่มีให้",
         "name": "เพื่อนชื่อแอนค่ะ",
         "phone": "เบอร์หนูนะคะ 064-555-1234",
         "needs": "ค่ารถค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "มุกดาหาร",
                "travellers": 1, "urgent": False, "special": [], "name": "แอน",
                "phone": "0645551234"}),

    # 75-year-old grandmother in northern dialect ("เจ้า", "บ่"), came to Chiang Mai to
    # find her son who has moved away; sits at the Arcade bus station with nowhere to
    # sleep. Asks how much money before answering about her card. Thai digits.
    # One thing per message.
    "dev100 northern grandma at Arcade station, asks how much, one at a time": Persona(
        ("สวัสดีเจ้า", "ยายมาหาลูกที่เชียงใหม่ ลูกบ่อยู่แล้ว ย้ายไปไหนบ่รู้",
         "ยายบ่มีเงินกลับบ้าน"),
        {"consent": "ได้เจ้า ยินยอม",
         "idle": "ยายอยากกลับบ้านเจ้า",
         "hardship": "บ่มีเงินค่ารถเจ้า",
         "id_card": ("ได้เงินกี่บาทเจ้า", "มีบัตรเจ้า"),
         "nationality": "คนไทยเจ้า",
         "current_province": "เชียงใหม่เจ้า",
         "home_province": "แพร่เจ้า",
         "travellers": "ยายคนเดียว",
         "special_needs": "ยายอายุ๗๕แล้วเจ้า",
         "travel_alone": "ไปเองได้เจ้า ขึ้นรถเป็น",
         "urgent": "คืนนี้บ่มีที่นอนเจ้า นั่งอยู่ขนส่งอาเขต",
         "name": "คำปัน เจ้า",
         "phone": "0856667788",
         "needs": "ค่ารถเจ้า",
         "confirm": "เจ้า ถูกแล้ว"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แพร่", "travellers": 1,
                "urgent": True, "special": ["elderly"], "name": "คำปัน",
                "phone": "0856667788"}),

    # Southern fisherman ("ฉาน", "หลบบ้าน") unpaid by the boat owner, in Hat Yai, home
    # Thung Song, Nakhon Si Thammarat ("นครศรีฯ"). Says he consents before anyone asks,
    # asks whether he can get the money today, sleeps under a footbridge.
    "dev100 southern fisherman in Hat Yai, asks if money comes today": Persona(
        ("หวัดดีครับ", "ยินยอมครับ", "ฉานไปทำเรือประมงมา เถ้าแก่ไม่จ่ายตังค์",
         "ตอนนี้อยู่หาดใหญ่ ไม่มีตังค์หลบบ้าน"),
        {"consent": "ได้ครับ ยินยอม",
         "idle": "ขอตังค์ค่ารถหลบบ้านครับ",
         "hardship": "ไม่มีตังค์ค่ารถครับ ข้าวกะไม่มีกิน",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "สงขลาครับ หาดใหญ่",
         "home_province": "นครศรีฯ ครับ อ.ทุ่งสง",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "urgent": ("ได้ตังค์วันนี้เลยไหมครับ",
                    "คืนนี้ไม่มีที่นอนครับ นอนใต้สะพานลอย วันนี้ยังไม่ได้กินข้าว"),
         "name": "ดิน 089-912-3456",
         "phone": "0899123456",
         "needs": "ค่ารถกับค่าข้าวครับ",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "name": "ดิน",
                "phone": "0899123456"}),

    # Isan woman ("ข้อย", "บ่", "จักมื้อ") out of work in Rangsit, Pathum Thani, home
    # Ubon. Says two travel, then "ขอแก้": only herself, she and her boyfriend split.
    # Asks how many days it takes before saying she still has a room and food.
    "dev100 Isan woman in Rangsit, 'ขอแก้' two to one, asks how many days": Persona(
        ("สบายดีบ่", "ข้อยอยู่รังสิต ปทุมธานี", "บ่มีเงินกลับบ้านอุบล"),
        {"consent": "ยินยอมค่ะ ตกงานมาสองเดือนแล้ว",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "บ่มีเงินค่ารถค่ะ ตกงาน",
         "id_card": "มีค่ะ",
         "nationality": "ไทย",
         "current_province": "ปทุมธานีค่ะ",
         "home_province": "อุบลค่ะ",
         "travellers": "ไปกันสองคนค่ะ เอ้ยขอแก้ค่ะ ไปคนเดียว ลืมไปว่าแฟนบ่ไปแล้ว เลิกกันแล้ว",
         "special_needs": "บ่มีค่ะ",
         "urgent": ("ต้องรอจักมื้อคะ", "ยังมีห้องอยู่ค่ะ ข้าวก็ยังพอกิน"),
         "name": "บัวผันค่ะ 080-333-4455",
         "phone": "0803334455",
         "needs": "ค่ารถค่ะ",
         "confirm": "แม่นแล้วค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": False, "special": [], "name": "บัวผัน",
                "phone": "0803334455"}),

    # Security guard at the Phitsanulok bus terminal writing for a confused 78-year-old
    # man; the ID card in his bag says home is Uttaradit. Asks if he may answer for the
    # old man. Nowhere to sleep, not eaten; cannot be put on a bus alone.
    "dev100 bus-terminal guard for a confused old man": Persona(
        ("สวัสดีครับ", "ผมเป็นรปภ.อยู่ขนส่งพิษณุโลกครับ",
         "มีลุงแก่ๆคนนึงนั่งอยู่ตั้งแต่เช้า ถามอะไรจำได้บ้างไม่ได้บ้าง",
         "บัตรปชชอยู่ในกระเป๋าลุง อายุ78 บ้านอยู่อุตรดิตถ์"),
        {"consent": ("ผมตอบแทนลุงได้ไหมครับ", "ลุงพยักหน้ายินยอมครับ"),
         "idle": "ช่วยส่งลุงกลับบ้านหน่อยครับ",
         "hardship": "ลุงไม่มีเงินเลยครับ ค่ารถไม่มี",
         "id_card": "มีบัตรครับ",
         "nationality": "ไทยครับ ตามบัตร",
         "current_province": "พิษณุโลกครับ",
         "home_province": "อุตรดิตถ์ครับ ตามที่อยู่ในบัตร",
         "travellers": "ลุงคนเดียวครับ",
         "special_needs": "อายุ78 หลงๆลืมๆครับ",
         "travel_alone": "ไปเองไม่ได้ครับ ปล่อยขึ้นรถเองกลัวหลง",
         "urgent": "ไม่มีที่นอนครับ ขนส่งปิดตอนดึก ลุงยังไม่ได้กินข้าว",
         "name": "ลุงชื่อบุญมีครับ",
         "phone": "เบอร์ผมครับ 086-777-1234",
         "needs": "ค่ารถกับคนพาไปส่งครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "พิษณุโลก", "home": "อุตรดิตถ์",
                "travellers": 1, "urgent": True, "special": ["elderly", "cannot_travel_alone"],
                "name": "บุญมี", "phone": "0867771234"}),

    # REFUSED. Cambodian worker in Chonburi wanting to go home to Poipet; only an
    # expired Cambodian passport, no Thai papers or certifying letter. Asks whether
    # foreigners can apply in the middle of the ID question.
    "dev100 Cambodian worker, asks if foreigners can apply": Persona(
        ("สวัสดีครับ", "[sticker]", "ผมเป็นคนกัมพูชาครับ มาทำงานที่ชลบุรี",
         "ไม่มีเงินกลับบ้านที่ปอยเปต"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถครับ",
         "id_card": ("คนต่างด้าวขอได้ไหมครับ",
                     "ไม่มีบัตรประชาชนไทยครับ มีแต่พาสปอร์ตกัมพูชา หมดอายุแล้ว"),
         "nationality": "กัมพูชาครับ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "ชลบุรีครับ",
         "home_province": "ปอยเปต กัมพูชาครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "นอนแคมป์คนงานได้ครับ",
         "name": "โสภา",
         "phone": "0951231234"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSED. Woman who first says she is in Bangkok, then "เอ้ย ไม่ใช่": she is already
    # back at her mother's in Khon Kaen since last week and wants the fare she borrowed
    # refunded. Already at home.
    "dev100 already home in Khon Kaen, corrects herself, wants refund": Persona(
        ("สวัสดีค่ะ", "อยากขอเงินค่ารถกลับบ้านค่ะ", "ตอนนี้อยู่กรุงเทพ",
         "เอ้ย ไม่ใช่ค่ะ กลับมาถึงบ้านที่ขอนแก่นแล้วตั้งแต่อาทิตย์ก่อน ยืมเงินเพื่อนมา อยากได้ค่ารถคืน"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากได้ค่ารถคืนค่ะ",
         "hardship": "ตอนนี้อยู่บ้านแม่แล้วค่ะ แต่ต้องคืนเงินเพื่อน",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ขอนแก่นค่ะ อยู่บ้านแล้ว",
         "home_province": "ขอนแก่นค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "มีที่นอนค่ะ อยู่บ้านแม่ ข้าวก็มีกิน",
         "name": "จอยค่ะ",
         "phone": "0843219876"},
        outcome="refused",
        expect={"eligible": False}),

    # REFUSED. Office worker in a Bangkok condo who wants the state to pay his Songkran
    # trip to Chiang Mai because tickets are expensive; asks how much he would get,
    # then says he has a job and money. Not in hardship.
    "dev100 Songkran ticket, has job and condo, asks how much": Persona(
        ("หวัดดีครับ", "สงกรานต์นี้จะกลับเชียงใหม่ ตั๋วแพงมาก",
         "รัฐช่วยค่ารถได้ไหมครับ ได้กี่บาท"),
        {"consent": "ยินยอมครับ",
         "idle": "งั้นขอเลยครับ ลงทะเบียนให้หน่อย",
         "hardship": "ก็มีเงินอยู่ครับ มีงานประจำ มีคอนโด แค่อยากประหยัด",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ",
         "home_province": "เชียงใหม่ครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ครับ อยู่คอนโด กินข้าวปกติ",
         "name": "กอล์ฟ",
         "phone": "0812340000"},
        outcome="refused",
        expect={"eligible": False}),

    # ANSWERED. Woman who greets, sends a sticker, then only asks how much food money
    # per day there is while waiting. Not applying now.
    "dev100 sticker then asks food money per day": Persona(
        ("สวัสดีค่ะ", "[sticker]",
         "อยากถามค่ะ ถ้าได้ช่วยค่ารถกลับบ้าน ระหว่างรอได้ค่าข้าวด้วยไหมคะ วันละกี่บาท"),
        {"consent": "ยินยอมค่ะ",
         "idle": "แค่ถามไว้ก่อนค่ะ ยังไม่ขอ ขอบคุณค่ะ"},
        outcome="answered",
        answered="100"),

    # ANSWERED. Nephew asking for his aunt how many days it takes to get the fare.
    "dev100 nephew asks how long it takes": Persona(
        ("สวัสดีครับ", "ถามให้น้าครับ", "ถ้ายื่นขอค่ารถกลับบ้าน ต้องรอกี่วันครับกว่าจะได้"),
        {"consent": "ยินยอมครับ",
         "idle": "โอเคครับ เดี๋ยวบอกน้าเอง ขอบคุณครับ"},
        outcome="answered",
        answered="15"),

    # ANSWERED. Someone asking where to apply, whether there is a phone number, and
    # whether it works at weekends.
    "dev100 asks where to apply and about weekends": Persona(
        ("ดีค่ะ", "ถ้าจะขอค่ารถกลับภูมิลำเนา ต้องไปติดต่อที่ไหนคะ มีเบอร์โทรไหม",
         "วันเสาร์อาทิตย์ได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "แค่สอบถามค่ะ ขอบคุณค่ะ"},
        outcome="answered",
        answered="1300"),
}
