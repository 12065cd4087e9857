"""Persona set holdout27 for bench/dialogs.py.

Date: 2026-12-07. Written from the seeds only.
Focus: a broad, realistic mix of people in the hardest moments: tonight with nowhere
to sleep, robbed, thrown out, just out of hospital or prison, with children or old
parents, plus a few only asking questions and a few not eligible; many writing in
short bursts from a cheap phone, with typos and slang from every region.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 with one_part=True.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan man, pickpocketed at the Mo Chit bus terminal in Bangkok; money gone but the ID
    # card was in his shirt pocket. Going home to Nakhon Phanom, nowhere to sleep tonight.
    # Right outcome: case, eligible, urgent, alone, nothing special.
    "holdout27 pickpocketed at mo chit, isan bursts": Persona(
        ("ฮัลโหล", "ช่วยแด่ครับ",
         "โดนล้วงกระเป๋าตังที่หมอชิต เงินหมดเกลี้ยงเลย",
         "บัตรปชชยังอยู่ เก็บไว้กระเป๋าเสื้อ",
         "สิกลับนครพนม บ่มีค่ารถ คืนนี้บ่ฮู้สิไปนอนไส"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีค่ารถกลับบ้าน คืนนี้กะบ่มีบ่อนนอน",
         "id_card": "มีครับ", "nationality": "คนไทยครับ",
         "current_province": "กทม ครับ อยู่หมอชิตใหม่",
         "home_province": "นครพนม อ.ธาตุพนม", "travellers": "คนเดียวครับ",
         "special_needs": "บ่มีครับ", "more_care": "บ่มี",
         "travel_alone": "ไปเองได้ครับ", "urgent": "แม่นครับ คืนนี้บ่มีที่นอน",
         "name": "ทองใบ 093 482 1175", "phone": "0934821175",
         "needs": "บ่มีแล้วครับ ขอกลับบ้านอย่างเดียว", "confirm": "แม่นแล้วครับ ถูกต้อง"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": [], "name": "ทองใบ",
                "phone": "0934821175", "no_referrals": HEALTH}),

    # Young mother thrown out of the room by her boyfriend tonight in Bang Pakong
    # (Chachoengsao) with her two children (5 and 2), sitting in front of a 7-Eleven, no
    # money. Home Phetchabun. Answers one thing per message.
    # Right outcome: case, eligible, urgent, 3 travellers, child.
    "holdout27 thrown out with two small kids, one part": Persona(
        ("สวัสดีค่ะ", "[sticker]",
         "แฟนไล่ออกจากห้องค่ะ หนูอุ้มลูกออกมาสองคน ตอนนี้นั่งอยู่หน้าเซเว่น",
         "ไม่มีเงินติดตัวเลยค่ะ ไม่รุจะไปไหน"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีที่นอนค่ะ", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ฉะเชิงเทราค่ะ", "home_province": "เพชรบูรณ์ค่ะ",
         "travellers": "3 คนค่ะ", "special_needs": "ลูกคนโต 5 ขวบค่ะ",
         "more_care": ("คนเล็ก 2 ขวบค่ะ", "ไม่มีแล้วค่ะ"),
         "travel_alone": "ไปเองได้ค่ะ", "urgent": "ใช่ค่ะ คืนนี้ไม่มีที่นอน",
         "name": "อรอุมา", "phone": "086-339-0471", "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "เพชรบูรณ์",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "อรอุมา",
                "phone": "0863390471", "no_referrals": HEALTH}),

    # Man of 68, security guard, discharged today from the provincial hospital in Korat after
    # a minor stroke; lost the job and the bed at the worksite. Home Lampang. The doctor
    # told him not to travel alone. Types slowly, one thing per message.
    # Right outcome: case, eligible, urgent, elderly + sick + cannot travel alone.
    "holdout27 old guard out of hospital in korat, one part": Persona(
        ("สวัสดีครับ",
         "ลุงเพิ่งออกจากโรงพยาบาลมหาราชโคราชวันนี้ครับ",
         "ไม่มีเงินกลับบ้าน"),
        {"consent": "ยินยอมครับ", "idle": "อยากกลับบ้านครับ ไม่มีค่ารถ",
         "hardship": "ไม่มีค่ารถครับ", "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "โคราชครับ", "home_province": "ลำปางครับ",
         "travellers": "ลุงคนเดียวครับ", "special_needs": "ลุงอายุ 68 ครับ",
         "more_care": ("เพิ่งเป็นเส้นเลือดในสมองตีบ เดินต้องใช้ไม้เท้า", "ไม่มีแล้วครับ"),
         "travel_alone": "ไปคนเดียวไม่ไหวครับ หมอห้ามไม่ให้ไปคนเดียว",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "ใช่ครับ คืนนี้ไม่มีที่นอน ที่พักยามเขาให้คนใหม่ไปแล้ว",
         "name": "บุญมา", "phone": "๐๘๑-๕๕๒-๗๓๔๖", "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        one_part=True,
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ลำปาง",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "sick", "cannot_travel_alone"], "name": "บุญมา",
                "phone": "0815527346"}),

    # Released this morning from Rayong central prison, nobody came to fetch him, only a few
    # baht left; the prison returned his ID card. Home Kalasin, nowhere to sleep tonight.
    # Clearly asks for help finding a job (forklift driver with a licence).
    # Right outcome: case, eligible, urgent; job placement offered; no health.
    "holdout27 out of rayong prison this morning, wants work": Persona(
        ("ดีครับ",
         "ผมเพิ่งพ้นโทษออกจากเรือนจำกลางระยองเมื่อเช้า",
         "ญาติไม่มีใครมารับ โทรไม่ติด ตังที่ได้มาเหลือไม่กี่สิบบาท",
         "บ้านอยู่กาฬสินธุ์ครับ อยากกลับบ้าน"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับ คืนนี้ก็ไม่มีที่นอน",
         "id_card": "มีครับ เรือนจำคืนบัตรให้แล้ว", "nationality": "ไทยครับ",
         "current_province": "ระยอง", "home_province": "กาฬสินธุ์ อ.ยางตลาด",
         "travellers": "คนเดียว", "special_needs": "ไม่มีครับ", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ครับ", "sensitive_consent": "ได้ครับ ยินยอม",
         "urgent": "ใช่ครับ คืนนี้ยังไม่รู้จะนอนไหน",
         "name": "ณัฐพล 0627814490", "phone": "0627814490",
         "needs": "อยากให้ช่วยหางานทำครับ ขับรถยกได้ มีใบขับขี่",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": [], "name": "ณัฐพล",
                "phone": "0627814490", "referrals": ["job_placement"],
                "no_referrals": HEALTH}),

    # Woman from Suphanburi working at a resort in Chiang Mai; bag snatched by a motorbike
    # thief with her ID card and money, then laid off. Her village head issued a letter
    # certifying she is Thai and lives in the village; the original arrived by EMS and she
    # holds it. Sleeps and eats at a coworker's room, so not urgent. Asks how to get a new
    # ID card. Right outcome: case, eligible (letter replaces the card), not urgent;
    # id_card offered; no health.
    "holdout27 bag snatched in chiang mai, has village head letter": Persona(
        ("สวัสดีคะ",
         "หนูโดนวิ่งราวกระเป๋าที่เชียงใหม่เมื่ออาทิตย์ก่อนค่ะ บัตรประชาชนกับเงินไปหมดเลย",
         "แล้วรีสอร์ทก็เลิกจ้างพอดี อยากกลับบ้านที่สุพรรณค่ะแต่ไม่มีค่ารถ"),
        {"consent": "ยินยอมคะ", "idle": "ขอความช่วยเหลือค่ะ", "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "ไม่มีค่ะ บัตรหายไปกับกระเป๋า แจ้งความไว้แล้ว",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านทำหนังสือรับรองให้ว่าเป็นคนไทยอยู่หมู่บ้านจริง พี่สาวส่ง EMS มา ตัวจริงอยู่กับหนูแล้วค่ะ",
         "current_province": "เชียงใหม่ค่ะ", "home_province": "สุพรรณบุรี อ.ดอนเจดีย์",
         "travellers": "คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "urgent": "ไม่ค่ะ ตอนนี้นอนห้องเพื่อนที่ทำงานได้ ข้าวก็กินกับเพื่อน",
         "name": "จันทร์เพ็ญ 095-661-3028", "phone": "0956613028",
         "needs": "อยากทำบัตรประชาชนใหม่ด้วยค่ะ ต้องทำยังไง", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "สุพรรณบุรี",
                "travellers": 1, "urgent": False, "special": [], "name": "จันทร์เพ็ญ",
                "phone": "0956613028", "referrals": ["id_card"], "no_referrals": HEALTH}),

    # Southern man from Phatthalung (southern dialect: หม้าย = not, หลบบ้าน = go home),
    # fired from a factory in Bang Phli (Samut Prakan), wages unpaid, put out of the dorm;
    # has eaten nothing today. Asks where to train as a welder.
    # Right outcome: case, eligible, urgent; job training offered; no health.
    "holdout27 southern worker fired in bang phli, hungry": Persona(
        ("หวัดดีครับ",
         "โรงงานที่บางพลีเลิกจ้าง นายจ้างเบี้ยวค่าแรง แล้วไล่ออกจากหอด้วย",
         "ตั้งแต่เช้าหม้ายได้กินไหรเลย",
         "อยากหลบบ้านพัทลุง หม้ายมีตังค์สักบาท ทำพรือดีครับ"),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ", "hardship": "หม้ายมีข้าวกิน หม้ายมีค่ารถ",
         "id_card": "มีครับ", "nationality": "ไทย",
         "current_province": "สมุทรปราการ บางพลี", "home_province": "พัทลุง อ.ควนขนุน",
         "travellers": "คนเดียวครับ", "special_needs": "หม้ายมี", "more_care": "หม้ายมีครับ",
         "travel_alone": "ไปเองได้", "urgent": "ใช่ วันนี้ยังหม้ายได้กินข้าวสักมื้อ",
         "name": "วีระ ๐๖๕๔๔๗๐๙๑๒", "phone": "0654470912",
         "needs": "อยากไปฝึกอาชีพช่างเชื่อม ฝึกที่ไหนได้บ้างครับ", "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "พัทลุง",
                "travellers": 1, "urgent": True, "special": [],
                "name": "วีระ", "phone": "0654470912", "referrals": ["job_training"],
                "no_referrals": HEALTH}),

    # Northern grandmother (71, kham mueang: เจ้า, บ่, ปิ๊ก, กิ๋น) came down to Ayutthaya
    # with her 4-year-old grandson to find her daughter, who cannot be reached; money ran
    # out. The abbot lets them sleep and eat at the temple, so not urgent. Home Nan. She has
    # never received the old-age allowance and asks about it.
    # Right outcome: case, eligible, not urgent, 2 travellers, elderly + child;
    # elderly allowance offered; no health.
    "holdout27 northern grandma with grandson at ayutthaya temple": Persona(
        ("สวัสดีเจ้า",
         "อุ๊ยลงมาตามหาลูกสาวที่อยุธยา ลูกสาวติดต่อบ่ได้ละ",
         "เงินหมดละเจ้า อยากปิ๊กบ้านน่าน พาหลานไปพ่องคนนึ่ง"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีค่ารถปิ๊กบ้านเจ้า", "id_card": "มีเจ้า", "nationality": "คนไทยเจ้า",
         "current_province": "อยุธยาเจ้า อยู่วัด", "home_province": "น่าน อ.ปัว",
         "travellers": "2 คนเจ้า อุ๊ยกับหลาน",
         "special_needs": "อุ๊ยอายุ 71 หลานชายอายุ 4 ขวบเจ้า", "more_care": "บ่มีละเจ้า",
         "travel_alone": "ไปได้เจ้า เคยขึ้นรถทัวร์",
         "urgent": "บ่เจ้า ตุ๊เจ้าหื้อนอนวัด มีข้าวกิ๋น",
         "name": "คำปัน 089 771 2054", "phone": "0897712054",
         "needs": "อุ๊ยบ่เคยได้เบี้ยคนเฒ่าเลยเจ้า อยากได้", "confirm": "ถูกละเจ้า"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "น่าน",
                "travellers": 2, "urgent": False, "special": ["elderly", "child"],
                "name": "คำปัน", "phone": "0897712054",
                "referrals": ["elderly_allowance"], "no_referrals": HEALTH}),

    # Isan woman, 7 months pregnant, in Phuket; husband left with the money, landlord
    # evicted her, she sleeps at a beach pavilion and has not eaten today. Home Roi Et.
    # Right outcome: case, eligible, urgent, alone, pregnant.
    "holdout27 pregnant and evicted in phuket": Persona(
        ("ขอความช่วยเหลือค่ะ",
         "ท้อง7เดือนค่ะ ผัวหนีไปเอาเงินไปหมด",
         "เจ้าของห้องไล่ออกเมื่อวาน นอนศาลาริมหาดอยู่ มื้อนี้ยังบ่ได้กินหยังเลย",
         "บ้านอยู่ร้อยเอ็ดค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีข้าวกิน ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "current_province": "ภูเก็ต ป่าตองค่ะ",
         "home_province": "ร้อยเอ็ด", "travellers": "คนเดียวค่ะ",
         "special_needs": "ตั้งท้อง 7 เดือนค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ใช่ค่ะ วันนี้ยังไม่ได้กินข้าว คืนนี้ก็นอนศาลา",
         "name": "ฝน 0612087743", "phone": "0612087743", "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": ["pregnant"], "name": "ฝน",
                "phone": "0612087743"}),

    # Lottery seller in a wheelchair (lost a leg in a motorbike crash two years ago) in
    # Saraburi; his lottery tickets were stolen. Sleeps and eats at a friend's room, so not
    # urgent. Home Sakon Nakhon. Never registered as disabled; asks about the disability
    # allowance. Travels alone fine.
    # Right outcome: case, eligible, not urgent, disabled; disability allowance offered.
    "holdout27 wheelchair lottery seller robbed in saraburi": Persona(
        ("สวัสดีครับ ผมนั่งวีลแชร์ ขาขาดข้างนึง",
         "ขายลอตเตอรี่อยู่สระบุรี โดนขโมยลอตเตอรี่ไปหมดทั้งเล่ม ทุนหมดเลยครับ",
         "อยากกลับบ้านสกลนคร"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน", "id_card": "มีครับ", "nationality": "ไทย",
         "current_province": "สระบุรีครับ", "home_province": "สกลนคร อ.สว่างแดนดิน",
         "travellers": "คนเดียวครับ", "special_needs": "ผมพิการขาขาด นั่งวีลแชร์ครับ",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ ชินแล้ว",
         "urgent": "ไม่ครับ นอนห้องเพื่อนได้ ข้าวเพื่อนก็แบ่งให้",
         "name": "สมพงษ์ 098-220-6415", "phone": "0982206415",
         "needs": "ยังไม่เคยขึ้นทะเบียนคนพิการเลย อยากได้เบี้ยคนพิการครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สระบุรี", "home": "สกลนคร",
                "travellers": 1, "urgent": False, "special": ["disabled"],
                "name": "สมพงษ์", "phone": "0982206415",
                "referrals": ["disability_allowance"]}),

    # Man driving home to Chumphon with his wife and his healthy mother-in-law (63); the
    # finance company seized the car in Ratchaburi. They sit at a petrol station with
    # nowhere to sleep tonight. All three have ID cards.
    # Right outcome: case, eligible, urgent, 3 travellers, elderly.
    "holdout27 car seized in ratchaburi with wife and mother in law": Persona(
        ("สวัสดีครับ รบกวนหน่อยครับ",
         "ขับรถจะกลับบ้านชุมพร ไฟแนนซ์มายึดรถกลางทางที่ราชบุรี",
         "ผม เมีย แล้วก็แม่ยาย นั่งอยู่ปั๊มตอนนี้ ตังเหลือ 80 บาท",
         "คืนนี้ไม่รู้จะนอนไหนครับ"),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่นอนคืนนี้ ไม่มีค่ารถกลับชุมพร",
         "id_card": "มีครับ ทั้งสามคน", "nationality": "ไทยทุกคนครับ",
         "current_province": "ราชบุรี", "home_province": "ชุมพร อ.หลังสวน",
         "travellers": "3 คนครับ", "special_needs": "แม่ยายอายุ 63 ครับ แข็งแรงดี แค่แก่",
         "more_care": "ไม่มีแล้วครับ", "travel_alone": "ไปกันเองได้ครับ",
         "urgent": "ใช่ครับ คืนนี้ไม่มีที่นอน",
         "name": "สุริยา 081 904 3357", "phone": "0819043357", "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ชุมพร",
                "travellers": 3, "urgent": True, "special": ["elderly"], "name": "สุริยา",
                "phone": "0819043357", "no_referrals": HEALTH}),

    # Man of 34 discharged today from the psychiatric hospital in Nonthaburi; nobody came to
    # fetch him, no fare to Phitsanulok, nowhere to sleep tonight. The doctor said he should
    # not travel alone. Asks who can keep giving him his medicine near home.
    # Right outcome: case, eligible, urgent, sick + cannot travel alone; mental health care.
    "holdout27 discharged from psychiatric hospital nonthaburi": Persona(
        ("สวัสดีครับ",
         "หมอที่ศรีธัญญาให้กลับบ้านวันนี้ครับ แต่ไม่มีใครมารับ",
         "ผมไม่มีค่ารถกลับพิษณุโลก แล้วคืนนี้ก็ไม่มีที่นอน"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถ", "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "นนทบุรีครับ", "home_province": "พิษณุโลก อ.วังทอง",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมป่วยจิตเวชครับ เพิ่งออกจากโรงพยาบาล",
         "more_care": "ไม่มีครับ",
         "travel_alone": "หมอบอกไม่ควรเดินทางคนเดียวครับ",
         "sensitive_consent": "ยินยอมครับ", "urgent": "ใช่ครับ คืนนี้ไม่มีที่นอน",
         "name": "ก้องภพ 0843306619", "phone": "0843306619",
         "needs": "กลับไปแล้วอยากรับยาจิตเวชต่อเนื่อง มีใครดูแลได้บ้างครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True, "special": ["sick", "cannot_travel_alone"],
                "name": "ก้องภพ", "phone": "0843306619",
                "referrals": ["mental_health_care"]}),

    # Bar worker of 29 in Pattaya (Chonburi), lost his job, evicted, sleeping on the beach
    # tonight. Home Chiang Rai. He is HIV positive on ARVs, feels well, and asks about the
    # aid for people with HIV. (Whether he counts as "sick" is left open: no special check.)
    # Right outcome: case, eligible, urgent; hiv_aid offered.
    "holdout27 evicted in pattaya, hiv positive, asks hiv aid": Persona(
        ("สวัสดีค้าบบบ", "[sticker]",
         "ตกงานค่ะ บาร์ปิด โดนไล่ออกจากห้องเมื่อวาน",
         "คืนนี้คงนอนชายหาดพัทยาอีกคืน งื้อออ",
         "อยากกลับบ้านเชียงรายแล้ว"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "พัทยา ชลบุรี",
         "home_province": "เชียงราย อ.แม่จัน", "travellers": "คนเดียวค่ะ",
         "special_needs": "ติดเชื้อ HIV ค่ะ แต่กินยาต้านอยู่ แข็งแรงดี",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "urgent": "ใช่ค่ะ คืนนี้ไม่มีที่นอน",
         "name": "ธนากร 0923357180", "phone": "0923357180",
         "needs": "ได้ยินว่ามีเงินช่วยคนติดเชื้อ HIV ขอข้อมูลหน่อยค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "name": "ธนากร",
                "phone": "0923357180", "referrals": ["hiv_aid"]}),

    # Jobless man sleeping at Sanam Luang in Bangkok for three nights, hungry two days,
    # writes with no spaces and Thai digits. Home Buriram. One thing per message.
    # Right outcome: case, eligible, urgent, alone, nothing special.
    "holdout27 sleeping at sanam luang, no spaces, one part": Persona(
        ("ช่วยด้วยครับ",
         "นอนสนามหลวงมา๓คืนแล้วตกงานไม่มีตังกลับบ้านบุรีรัมย์",
         "หิวข้าวมา๒วันแล้วครับ"),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ", "hardship": "ไม่มีข้าวกิน",
         "id_card": "มีบัตร", "nationality": "ไทย", "current_province": "กรุงเทพ",
         "home_province": "บุรีรัมย์", "travellers": "คนเดียว", "special_needs": "ไม่มี",
         "more_care": "ไม่มี", "travel_alone": "ไปเองได้",
         "urgent": "ใช่ไม่มีที่นอนไม่มีข้าว", "name": "สมบัติ", "phone": "๐๘๗๖๒๓๙๐๑๔",
         "needs": "ขอกลับบ้านก่อนครับ", "confirm": "ถูก"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "special": [], "name": "สมบัติ",
                "phone": "0876239014", "no_referrals": HEALTH}),

    # Karen (Pgaz K'Nyau) woman, Thai citizen with a Thai ID card, ran away tonight from a
    # housemaid job in Rangsit (Pathum Thani) where she was shouted at and not paid. Broken
    # Thai. Home Mae Hong Son. Nowhere to sleep tonight.
    # Right outcome: case, eligible (ethnic Karen but Thai nationality), urgent, alone.
    "holdout27 karen housemaid ran away in rangsit": Persona(
        ("สวัสดี คะ",
         "หนู เป็น กะเหรี่ยง แต่ มีบัตรไทย นะคะ",
         "ทำงาน แม่บ้าน นายจ้าง ด่า ไม่ให้เงิน หนู หนีออกมา คืนนี้",
         "ไม่มีที่นอน อยากกลับแม่ฮ่องสอน"),
        {"consent": "ยินยอม คะ", "idle": "ขอช่วย คะ",
         "hardship": "ไม่มีที่นอน ไม่มีเงิน กลับบ้าน",
         "id_card": "มี คะ บัตรประชาชน อยู่ในกระเป๋า",
         "nationality": "ไทย คะ หนูเกิด แม่ฮ่องสอน",
         "current_province": "รังสิต ปทุมธานี คะ", "home_province": "แม่ฮ่องสอน แม่สะเรียง",
         "travellers": "คนเดียว", "special_needs": "ไม่มี คะ", "more_care": "ไม่มี",
         "travel_alone": "ไปได้ คะ", "urgent": "ใช่ คะ คืนนี้ ไม่มีที่นอน",
         "name": "ดวงพร 0807219936", "phone": "0807219936", "needs": "ไม่มี คะ",
         "confirm": "ถูก คะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": True, "special": [], "name": "ดวงพร",
                "phone": "0807219936", "no_referrals": HEALTH}),

    # Young man of 20 robbed after a concert in Khon Kaen; kept his ID card in his trouser
    # pocket; types on a friend's phone and gives the friend's number. Sleeps and eats at
    # the friend's dorm, so not urgent. Home Loei.
    # Right outcome: case, eligible, not urgent, alone, phone = the friend's number.
    "holdout27 robbed after concert in khon kaen, friend's phone": Persona(
        ("หวัดดีครับ",
         "โดนกระชากกระเป๋าหลังคอนเสิร์ตที่ขอนแก่นอะครับ ตังหายหมด มือถือด้วย",
         "ยืมเครื่องเพื่อนพิมพ์อยู่ 555 ไม่ขำเลย",
         "อยากกลับบ้านที่เลยครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือค่ารถครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ บัตรอยู่กระเป๋ากางเกง รอดมา", "nationality": "ไทยครับ",
         "current_province": "ขอนแก่น", "home_province": "เลย อ.ด่านซ้าย",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ", "more_care": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "urgent": "ไม่ครับ นอนหอเพื่อนได้ เพื่อนเลี้ยงข้าวอยู่",
         "name": "ภาณุวัฒน์ เบอร์เพื่อนนะครับ 064-221-9087", "phone": "0642219087",
         "needs": "ไม่มีครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย", "travellers": 1,
                "urgent": False, "special": [], "name": "ภาณุวัฒน์",
                "phone": "0642219087", "no_referrals": HEALTH}),

    # Old couple from Yasothon (husband 74, wife 70) who came to live with their son in
    # Mahachai (Samut Sakhon); the son was arrested and the daughter-in-law put them out
    # today; nowhere to sleep tonight. The husband types, one thing per message, and asks
    # about the 2,500-baht grant for elderly in hardship.
    # Right outcome: case, eligible, urgent, 2 travellers, elderly;
    # elderly hardship grant offered.
    "holdout27 old couple put out in mahachai, one part": Persona(
        ("สวัสดีครับ",
         "ตากับยายโดนสะใภ้ไล่ออกจากบ้านครับ",
         "ลูกชายโดนตำรวจจับไปแล้ว"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่อยู่ครับ", "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "มหาชัย สมุทรสาครครับ", "home_province": "ยโสธรครับ",
         "travellers": "2 คนครับ", "special_needs": "ตาอายุ 74 ครับ",
         "more_care": ("ยายอายุ 70 ครับ", "ไม่มีแล้วครับ"),
         "travel_alone": "ไปกันเองได้ครับ", "urgent": "ใช่ครับ คืนนี้ไม่มีที่นอน",
         "name": "ทองสี", "phone": "๐๘๐-๖๑๗-๒๒๕๘",
         "needs": "ได้ยินว่ามีเงินช่วยคนแก่ที่ลำบาก 2,500 บาท ขอด้วยครับ",
         "confirm": "ถูกต้องครับ"},
        one_part=True,
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "ยโสธร",
                "travellers": 2, "urgent": True, "special": ["elderly"], "name": "ทองสี",
                "phone": "0806172258", "referrals": ["elderly_hardship_grant"],
                "no_referrals": HEALTH}),

    # Man on parole released from the central prison in Nakhon Si Thammarat; ID card
    # returned; a temple gives him a bed and food, so not urgent. Home Nong Khai. Learned
    # Thai massage inside and wants a hospital masseur job; asks whether he can report to
    # probation in Nong Khai instead.
    # Right outcome: case, eligible, not urgent; Thai massage and probation offered.
    "holdout27 parolee in nakhon si thammarat, massage and probation": Persona(
        ("สวัสดีครับ",
         "ผมได้พักโทษออกจากเรือนจำกลางนครศรีธรรมราชได้3วันแล้วครับ",
         "ตอนนี้อาศัยนอนวัดอยู่ อยากกลับไปอยู่กับแม่ที่หนองคาย แต่ไม่มีค่ารถเลย",
         "แล้วต้องไปรายงานตัวคุมประพฤติด้วย ย้ายไปรายงานตัวที่หนองคายได้ไหมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน", "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "นครศรีธรรมราช", "home_province": "หนองคาย อ.โพนพิสัย",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "sensitive_consent": "ยินยอมครับ",
         "urgent": "ไม่ครับ นอนวัดได้ มีข้าววัดกิน",
         "name": "เกรียงไกร 091-883-4026", "phone": "0918834026",
         "needs": "เรียนนวดแผนไทยมาตอนอยู่ข้างใน อยากได้งานเป็นหมอนวดที่โรงพยาบาล แล้วก็เรื่องย้ายรายงานตัวคุมประพฤติครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครศรีธรรมราช", "home": "หนองคาย",
                "travellers": 1, "urgent": False, "special": [], "name": "เกรียงไกร",
                "phone": "0918834026",
                "referrals": ["thai_massage_training", "probation_support"],
                "no_referrals": HEALTH}),

    # Myanmar fishing-boat worker in Songkhla, robbed, wants to go to his family in Mae Sot;
    # he holds a pink migrant-worker card, not a Thai ID card, and says plainly he is
    # Burmese. Right outcome: refused, not Thai nationality.
    "holdout27 myanmar boat worker robbed in songkhla": Persona(
        ("สวัดดีคับ",
         "ผมคนพม่า ทำงานเรือประมงที่สงขลา",
         "โดนขโมยเงินหมด อยากไปหาครอบครัวที่แม่สอด ช่วยได้มั้ยคับ"),
        {"consent": "ยินยอมคับ", "idle": "ขอช่วยคับ", "hardship": "ไม่มีเงินค่ารถคับ",
         "id_card": "ไม่มีบัตรไทยคับ มีแต่บัตรชมพูแรงงาน",
         "nationality": "พม่าคับ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีคับ",
         "current_province": "สงขลา", "home_province": "แม่สอด ตาก",
         "travellers": "คนเดียวคับ", "special_needs": "ไม่มี", "more_care": "ไม่มี",
         "travel_alone": "ได้คับ", "urgent": "ใช่คับ ไม่มีที่นอน",
         "name": "จอ ทุน 0958872213", "phone": "0958872213", "needs": "ไม่มีคับ",
         "confirm": "ถูกคับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Thai man of 52 put out of a construction camp in Bang Saen (Chonburi); lost his ID card
    # years ago, never renewed it, has no letter from any official or village head and says
    # nobody at home can make one. Home Sisaket.
    # Right outcome: refused, no ID card and no certifying letter.
    "holdout27 no card no letter, put out of camp in chonburi": Persona(
        ("ดีครับ",
         "โดนไล่ออกจากแคมป์ก่อสร้างที่บางแสน ไม่มีตังกลับศรีสะเกษ",
         "บัตรประชาชนหายไปหลายปีแล้ว ไม่ได้ไปทำใหม่"),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ",
         "hardship": "ไม่มีค่ารถกลับ ไม่มีที่นอน",
         "id_card": "ไม่มีครับ หายนานแล้ว", "nationality": "ไทยแท้ครับ",
         "nationality_letter": "ไม่มีครับ ไม่มีใครรับรองให้ ผู้ใหญ่บ้านก็ไม่รู้จักผมแล้ว ที่บ้านไม่เหลือใคร",
         "current_province": "ชลบุรี บางแสน", "home_province": "ศรีสะเกษ",
         "travellers": "คนเดียว", "special_needs": "ไม่มี", "more_care": "ไม่มี",
         "travel_alone": "ได้", "urgent": "ใช่ คืนนี้ไม่มีที่นอน",
         "name": "เสถียร 0872245061", "phone": "0872245061", "needs": "ไม่มี",
         "confirm": "ถูก"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Woman in Udon Thani town, laid off and short of food, asks for fare "home" to Ban Dung,
    # which is a district of the same province Udon Thani; she says so herself.
    # Right outcome: refused, already in her home province.
    "holdout27 already in udon, wants fare to ban dung": Persona(
        ("สวัสดีค่ะ อยากขอค่ารถกลับบ้านค่ะ",
         "ตอนนี้อยู่ในเมืองอุดร บ้านอยู่อำเภอบ้านดุง ก็อุดรนี่แหละค่ะ",
         "ตกงานค่ะ เงินจะหมดแล้ว"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "อุดรธานีค่ะ", "home_province": "อุดรธานี อ.บ้านดุงค่ะ",
         "travellers": "คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ", "urgent": "ไม่ค่ะ ยังมีห้องเช่าอยู่ถึงสิ้นเดือน",
         "name": "แพรวพรรณ 0634418872", "phone": "0634418872", "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "อุดรธานี",
                "home": "อุดรธานี"}),

    # Daughter asking on behalf of her father stranded in another province: which number
    # to call and whether it works at night. Refuses consent, only asking.
    # Right outcome: answered with the 1300 hotline; nothing stored.
    "holdout27 daughter asks hotline for stranded father, no consent": Persona(
        ("สอบถามหน่อยค่ะ",
         "พ่อติดอยู่ต่างจังหวัด ไม่มีค่ารถกลับ ต้องโทรเบอร์ไหนคะ กลางคืนโทรได้มั้ย"),
        {"consent": "ไม่ยินยอมค่ะ แค่ถามเฉยๆ", "idle": "ขอเบอร์โทรค่ะ"},
        outcome="answered", answered="1300",
        expect={"stored": False}),

    # Man with nowhere to sleep who first wants to know how fast the money comes before
    # giving any details; does not consent yet.
    # Right outcome: answered: urgent cases within 24 hours; nothing stored.
    "holdout27 asks how fast help comes, no consent yet": Persona(
        ("ถามก่อนครับ",
         "ถ้ายื่นขอค่ารถกลับบ้าน นานมั้ยกว่าจะได้ คนไม่มีที่นอนเลยต้องรอกี่วันครับ"),
        {"consent": "ยังไม่ยินยอมครับ ขอถามก่อน", "idle": "ถามว่าต้องรอนานไหมครับ"},
        outcome="answered", answered="24",
        expect={"stored": False}),

    # Man from the south asking how much the monthly disability allowance is, for his
    # younger brother; just asking, not applying.
    # Right outcome: answered: 800 baht a month.
    "holdout27 brother asks disability allowance amount": Persona(
        ("หวัดดีครับ", "น้องชายพิการขาครับ เบี้ยคนพิการได้เดือนละกี่บาทครับ"),
        {"consent": "หม้ายต้องครับ ถามเฉยๆ", "idle": "ถามเรื่องเบี้ยคนพิการครับ"},
        outcome="answered", answered="800",
        expect={"stored": False}),
}
