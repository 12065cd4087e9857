"""dev91: Blind dialog personas.

Date: 2026-12-07. Written from the seeds only.
Focus: people just released from prison or on parole/probation, and their families;
wishes for work, self-employment (selling food, a small shop), training, a new ID card,
a clean record; some with health issues (addiction, HIV, mental health) and some with
none; probation officers, social workers and volunteers writing for them.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Parolee (34) out of Klong Prem, stuck at Mo Chit, Bangkok -> Nakhon Phanom, alone,
    # nowhere to sleep, no food; wants to sell grilled pork. Case, urgent, no health need.
    "dev91 parolee at Mo Chit, Isan, wants to sell grilled pork": Persona(
        ("สวัสดีครับ",
         "ผมพึ่งออกจากคลองเปรมมาเมื่อวานครับ ได้พักโทษ ต้องไปรายงานตัวที่คุมประพฤตินครพนม",
         "ตอนนี้อยู่หมอชิต บ่มีเงินค่ารถเมือบ้านเลยครับ เงินที่ติดตัวออกมาหมดแล้ว"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ บันทึกได้",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีค่ารถครับ คืนนี้กะบ่มีบ่อนนอน",
         "id_card": "มีครับ บัตรยังบ่หมดอายุ",
         "current_province": "กทม ครับ อยู่หมอชิต",
         "home_province": "นครพนม อำเภอท่าอุเทนครับ",
         "travellers": "คนเดียวครับ", "special_needs": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ด่วนครับ คืนนี้นอนท่ารถ ข้าวกะยังบ่ได้กินแต่เช้า",
         "needs": "อยากขายหมูปิ้งข้าวเหนียวอยู่หน้าบ้านครับ แต่บ่ฮู้สิเริ่มจั่งได๋ คิดต้นทุนกะบ่เป็น",
         "name": "ธนากรครับ ชื่อเล่นต้น", "phone": "093-551-8274",
         "confirm": "แม่นแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["self_employment_advice", "probation_support"],
                "no_referrals": HEALTH, "name": "ธนากร", "phone": "0935518274"}),

    # Mother in Lampang (Northern) writes for her son (41, HIV, on ARV) just out of
    # Bang Khwang: Nonthaburi -> Lampang, 1 traveller, sleeping at a temple. Case.
    "dev91 mother writes for son with HIV out of Bang Khwang": Persona(
        ("สวัสดีเจ้า แม่ขอถามหน่อยเจ้า",
         "ลูกชายแม่ออกจากคุกบางขวางเมื่อวานซืน ติดมา12ปี ตอนนี้อยู่นนทบุรี บ่มีสตางค์ปิ๊กบ้านลำปาง แม่ก็บ่มีจะส่งไปให้เลยเจ้า"),
        {"consent": "ยินยอมเจ้า", "sensitive_consent": "ได้เจ้า",
         "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีค่ารถปิ๊กบ้านเจ้า ตอนนี้เปิ้นขออาศัยนอนวัดแถวบางขวางไปก่อน หลวงพ่อให้ค้างได้2-3คืน",
         "id_card": "มีเจ้า บัตรประชาชนเรือนจำคืนให้แล้ว",
         "current_province": "นนทบุรีเจ้า", "home_province": "ลำปางเจ้า อำเภอเกาะคา",
         "travellers": "ลูกชายคนเดียวเจ้า แม่บ่ได้ไปรับ",
         "special_needs": "ลูกเป็นเอชไอวีเจ้า กินยาต้านอยู่ทุกวัน",
         "more_care": "ยาต้านใกล้จะหมดแล้วเจ้า อยากให้ได้รับยาต่อที่ลำปาง",
         "travel_alone": "ไปเองได้เจ้า เปิ้นแข็งแรงดี",
         "urgent": "บ่ด่วนขนาดนั้นเจ้า ยังนอนวัดได้อยู่",
         "needs": "อยากให้ลูกได้เรียนอาชีพเจ้า เปิ้นอยากเป็นช่างไฟ",
         "name": "ลูกชื่อวิชัย คำแสนเจ้า แม่ชื่อบัวผัน",
         "phone": "๐๘๗๔๔๑๒๙๓๐ เบอร์แม่เจ้า",
         "confirm": "ถูกแล้วเจ้า ขอบคุณหลายๆเจ้า 🙏"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ลำปาง", "travellers": 1,
                "urgent": False, "referrals": ["hiv_aid", "job_training"],
                "name": "วิชัย", "phone": "0874412930"}),

    # Probation officer in Bangkok writes for a woman (29) out of the Central Women's
    # Correctional Institution, home to Surin with her 2 children (5, 8); ID lost, village
    # head will certify. 3 travellers, staying with a neighbour. Case, no health need.
    "dev91 probation officer for mother of two, lost ID, to Surin": Persona(
        ("เรียนเจ้าหน้าที่ครับ ผมเป็นพนักงานคุมประพฤติ สำนักงานคุมประพฤติกรุงเทพมหานคร ขอประสานกรณีผู้พ้นโทษรายหนึ่งครับ",
         "นางสาวกาญจนา อายุ 29 ปี พ้นโทษจากทัณฑสถานหญิงกลางเมื่อ 3 วันก่อน ประสงค์จะกลับภูมิลำเนาที่จังหวัดสุรินทร์พร้อมบุตร 2 คน อายุ 5 ขวบและ 8 ขวบ ซึ่งฝากเพื่อนบ้านเลี้ยงไว้ที่เขตจตุจักร ไม่มีเงินค่าเดินทางครับ"),
        {"consent": "ผู้รับบริการยินยอมแล้วครับ",
         "sensitive_consent": "ยินยอมครับ เจ้าตัวทราบแล้ว",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่าพาหนะกลับภูมิลำเนา ไม่มีรายได้ครับ",
         "id_card": "บัตรประชาชนสูญหายระหว่างต้องโทษครับ มีใบแจ้งความ",
         "nationality_letter": "ผู้ใหญ่บ้านที่สุรินทร์ยืนยันว่าออกหนังสือรับรองให้ได้ครับ เป็นคนในหมู่บ้านจริง",
         "nationality": "สัญชาติไทยครับ",
         "current_province": "กรุงเทพมหานครครับ",
         "home_province": "สุรินทร์ อำเภอศีขรภูมิครับ",
         "travellers": "3 คนครับ แม่กับลูก 2 คน",
         "special_needs": "มีเด็กเล็ก 2 คนครับ อายุ 5 กับ 8 ขวบ",
         "travel_alone": "เดินทางเองได้ครับ",
         "urgent": "ไม่ด่วนครับ ขณะนี้พักห้องเพื่อนบ้านได้ชั่วคราว",
         "needs": "เจ้าตัวต้องการทำบัตรประชาชนใหม่ และอยากขายส้มตำไก่ย่างที่บ้านครับ ขอคำแนะนำเรื่องต้นทุนและทำเล",
         "name": "นางสาวกาญจนา ศรีสุข ครับ",
         "phone": "ติดต่อผ่านผมได้ครับ 089-210-4476",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 3, "urgent": False, "special": ["child"],
                "referrals": ["id_card", "self_employment_advice"],
                "no_referrals": HEALTH, "name": "กาญจนา", "phone": "0892104476"}),

    # Sister in Ubon writes for her brother (27) out of the drug-treatment correctional
    # institution in Pathum Thani, sleeping at a bus stop: Pathum Thani -> Ubon Ratchathani,
    # 1 traveller, urgent; wants him to work and stay off drugs. Case.
    "dev91 sister writes for brother out of drug-treatment prison": Persona(
        ("ขอความช่วยเหลือค่ะ",
         "น้องชายหนูพึ่งพ้นโทษออกมาจากทัณฑสถานบำบัดพิเศษปทุมธานีค่ะ คดียาบ้า ตอนนี้ไม่มีเงินกลับบ้านเลย เมื่อคืนนอนป้ายรถเมล์",
         "หนูอยู่อุบลค่ะ ไม่มีเงินโอนไปให้ 😢"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ได้ค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนค่ะ ตังกินข้าวก็ไม่มี",
         "id_card": "น้องมีบัตรค่ะ",
         "current_province": "ปทุมธานีค่ะ แถวธัญบุรี",
         "home_province": "อุบลราชธานีค่ะ อ.วารินฯ",
         "travellers": "น้องคนเดียวค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ โตแล้ว",
         "urgent": "ด่วนค่ะ คืนนี้ก็ไม่มีที่นอนอีก",
         "more_care": "อยากให้น้องได้บำบัดต่อค่ะ กลัวกลับไปเสพอีก",
         "needs": "อยากให้น้องมีงานทำค่ะ ไม่อยากให้กลับไปยุ่งกับเพื่อนกลุ่มเดิม",
         "name": "น้องชื่อ อภิสิทธิ์ ค่ะ หนูชื่อแพรว",
         "phone": "0628837415", "confirm": "ใช่ค่ะ [sticker]"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "referrals": ["job_placement"],
                "name": "อภิสิทธิ์", "phone": "0628837415"}),

    # Quiet man (39) out of Khlong Phai prison: Nakhon Ratchasima -> Chaiyaphum, alone,
    # nowhere to sleep; wants a job; answers one word at a time. Case, one_part.
    "dev91 one word at a time, Khlong Phai to Chaiyaphum": Persona(
        ("ขอความช่วยเหลือ", "พึ่งออกจากคุกคลองไผ่"),
        {"consent": "ยินยอม", "sensitive_consent": "ได้", "idle": "ขอความช่วยเหลือ",
         "hardship": "ไม่มีค่ารถ", "id_card": "มี", "current_province": "โคราช",
         "home_province": "ชัยภูมิ", "travellers": "1", "special_needs": "ไม่มี",
         "travel_alone": "ได้", "urgent": "ไม่มีที่นอน", "needs": "หางาน",
         "name": "สุริยา", "phone": "0817093362", "confirm": "ใช่"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "สุริยา", "phone": "0817093362"},
        one_part=True),

    # Woman (38) with HIV, out of the Chiang Mai women's correctional institution:
    # Chiang Mai -> Phayao, alone, staying with a friend; learned Thai massage inside and
    # wants hospital massage work. Case.
    "dev91 woman with HIV wants massage work, Chiang Mai to Phayao": Persona(
        ("สวัสดีเจ้า", "ยินยอมเจ้า",
         "เปิ้นพึ่งออกจากทัณฑสถานหญิงเชียงใหม่เจ้า ตอนนี้ยังอยู่เชียงใหม่ อยากปิ๊กบ้านพะเยาแต่บ่มีค่ารถ ขออาศัยนอนห้องเพื่อนไปก่อน"),
        {"consent": "ยินยอมเจ้า", "sensitive_consent": "ได้เจ้า",
         "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีสตางค์ค่ารถเจ้า งานก็บ่มี",
         "id_card": "มีเจ้า", "current_province": "เชียงใหม่",
         "home_province": "พะเยา อำเภอจุนเจ้า", "travellers": "คนเดียวเจ้า",
         "special_needs": "เป็นเอชไอวีเจ้า แต่กินยาต้านอยู่ แข็งแรงดี",
         "more_care": "อยากฝากเรื่องยาต้านกับโรงพยาบาลใกล้บ้านเจ้า",
         "travel_alone": "ไปเองได้เจ้า",
         "urgent": "บ่ด่วนเจ้า นอนห้องเพื่อนได้อีกสองสามคืน",
         "needs": "ในเรือนจำได้เรียนนวดแผนไทยมาเจ้า อยากได้งานนวดที่โรงพยาบาลใกล้บ้าน",
         "name": "ศรีนวลเจ้า", "phone": "095-441-7208", "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "พะเยา",
                "travellers": 1, "urgent": False,
                "referrals": ["hiv_aid", "thai_massage_training"],
                "name": "ศรีนวล", "phone": "0954417208"}),

    # Prison social worker in Songkhla writes for a man (45) with schizophrenia released
    # today: Songkhla -> Trang, 1 traveller, cannot travel alone, in a shelter tonight. Case.
    "dev91 social worker for psychiatric patient, Songkhla to Trang": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ ดิฉันเป็นนักสังคมสงเคราะห์ เรือนจำกลางสงขลา ขอส่งเรื่องผู้พ้นโทษ 1 รายค่ะ",
         "นายประสิทธิ์ อายุ 45 ปี พ้นโทษวันนี้ เป็นผู้ป่วยจิตเวช (โรคจิตเภท) รับยาต่อเนื่อง ภูมิลำเนาจังหวัดตรัง ไม่มีค่าเดินทาง และไม่สามารถเดินทางคนเดียวได้ เนื่องจากมีอาการหลงลืม สับสนทิศทางค่ะ"),
        {"consent": "ผู้พ้นโทษและญาติยินยอมแล้วค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่าพาหนะ ไม่มีรายได้ ไม่มีผู้ดูแลในพื้นที่ค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ", "current_province": "สงขลาค่ะ",
         "home_province": "ตรัง อำเภอห้วยยอดค่ะ", "travellers": "1 คนค่ะ",
         "special_needs": "ป่วยจิตเวช ต้องรับยาทุกวัน เดินทางคนเดียวไม่ได้ค่ะ",
         "travel_alone": "ไม่ได้ค่ะ ต้องมีคนพาไป มารดาอายุมากแล้ว มารับไม่ไหวค่ะ",
         "more_care": "ต้องส่งต่อการรักษาจิตเวชที่โรงพยาบาลใกล้บ้าน และติดตามอาการต่อเนื่องค่ะ",
         "urgent": "คืนนี้พักที่บ้านพักชั่วคราวได้ค่ะ ไม่เร่งด่วน",
         "needs": "ขอส่งต่อการดูแลด้านจิตเวชค่ะ",
         "name": "นายประสิทธิ์ แก้วมณี",
         "phone": "ติดต่อดิฉัน สุภาวดี ได้ที่ 0861529047 ค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ตรัง", "travellers": 1,
                "urgent": False, "special": ["sick", "cannot_travel_alone"],
                "referrals": ["mental_health_care"], "name": "ประสิทธิ์",
                "phone": "0861529047"}),

    # Wife came with their baby to fetch her husband out of Rayong central prison; all 3
    # stuck in Rayong -> Sisaket, no food, urgent; says 2 first, fixes to 3 at the summary.
    # Husband wants a factory job and fears his record. Case, no health need.
    "dev91 wife and baby fetch husband at Rayong, changes count": Persona(
        ("สวัสดีค่ะ 🙏 [sticker]",
         "แฟนหนูพึ่งออกจากเรือนจำระยองเมื่อเช้าค่ะ หนูพาลูกมารับ เงินหมดแล้วค่ะ ค่ารถกลับบ้านก็ไม่มี ข้าวก็ยังไม่ได้กินกันเลย 😭😭"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ได้ค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีเงินซื้อข้าวค่ะ ลูกก็หิวนม",
         "id_card": "มีค่ะ ทั้งหนูทั้งแฟน", "current_province": "ระยองค่ะ",
         "home_province": "ศรีสะเกษ อ.กันทรลักษ์ค่ะ",
         "travellers": ("2 คนค่ะ หนูกับแฟน", "3 คนค่ะ รวมลูกด้วย"),
         "special_needs": "มีลูกอ่อนค่ะ 10 เดือน",
         "travel_alone": "ได้ค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน นั่งอยู่ท่ารถ ลูกก็ยังไม่ได้กินนม",
         "needs": "แฟนอยากได้งานโรงงานค่ะ แต่เขาขอใบตรวจประวัติอาชญากรรม กลัวติดประวัติแล้วไม่มีใครรับ",
         "name": "หนูชื่อ อรอุมา ค่ะ แฟนชื่อ เกียรติศักดิ์",
         "phone": "0987263514",
         "confirm": ("ไม่ใช่ค่ะ ไป 3 คน ลืมนับลูก 😅", "ใช่ค่ะ")},
        expect={"eligible": True, "current": "ระยอง", "home": "ศรีสะเกษ",
                "travellers": 3, "urgent": True, "special": ["child"],
                "referrals": ["job_placement", "criminal_record"],
                "no_referrals": HEALTH, "phone": "0987263514"}),

    # Young man (23) out of Chonburi central prison writes Thai in Latin letters:
    # Chonburi -> Chiang Rai, alone, no bed tonight; wants mechanic training. Case.
    "dev91 Latin-letter Thai, Chonburi to Chiang Rai, mechanic training": Persona(
        ("sawasdee krub",
         "pom pueng pon thot jak rueanjum chonburi krub mai mee ngern klub baan chiang rai",
         "yinyom krub"),
        {"consent": "yinyom krub", "sensitive_consent": "dai krub",
         "idle": "kor kwam chuay luea krub",
         "hardship": "mai mee kha rot krub kuen nee gor mai mee tee non",
         "id_card": "mee krub", "current_province": "chonburi krub",
         "home_province": "chiang rai krub amphoe mae chan",
         "travellers": "kon diew krub", "special_needs": "mai mee krub",
         "travel_alone": "pai eng dai krub",
         "urgent": "duan krub kuen nee non sathanee rot",
         "needs": "yak rian chang som rot krub chang motorcy",
         "name": "Nattapong krub", "phone": "0641938827", "confirm": "chai krub"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_training"], "no_referrals": HEALTH,
                "name": "Nattapong", "phone": "0641938827"}),

    # Elderly parolee (66) out of Phitsanulok central prison: Phitsanulok -> Uttaradit,
    # alone, sleeping at a temple; wants a loan for a small grocery shop. Case, one_part.
    "dev91 elderly parolee wants grocery shop, one thing per message": Persona(
        ("สวัสดีครับ", "ลุงออกจากเรือนจำพิษณุโลกครับ พักโทษ"),
        {"consent": "ยินยอมครับผม", "sensitive_consent": "ได้ครับ",
         "idle": "ขอความช่วยเหลือครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ", "current_province": "พิษณุโลก",
         "home_province": "อุตรดิตถ์", "travellers": "คนเดียว",
         "special_needs": "อายุ 66 แล้วครับ", "travel_alone": "ไปเองได้ครับ",
         "urgent": "ไม่ด่วนครับ นอนวัดได้", "more_care": "ไม่มีครับ",
         "needs": "อยากเปิดร้านขายของชำเล็กๆครับ", "name": "ลุงบุญมี",
         "phone": "๐๖๕๒๗๑๘๓๔๐", "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "อุตรดิตถ์",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "referrals": ["elderly_loan", "probation_support"],
                "no_referrals": HEALTH, "name": "บุญมี", "phone": "0652718340"},
        one_part=True),

    # Woman (31) on probation in Samut Prakan, evicted today, Southern dialect; home to
    # Nakhon Si Thammarat with her daughter (4) to sell khanom jeen. 2 travellers, urgent.
    # Case, one_part.
    "dev91 Southern woman on probation, evicted, wants to sell khanom jeen": Persona(
        ("ขอความช่วยเหลือค่ะ", "ฉานติดคุมประพฤติอยู่ค่ะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ได้ค่ะ",
         "idle": "ขอความช่วยเหลือ", "hardship": "ไม่มีเบี้ยค่ารถหลบบ้านค่ะ",
         "id_card": "มีค่ะ", "current_province": "สมุทรปราการ",
         "home_province": "นครศรีฯ ค่ะ", "travellers": "2 คนค่ะ",
         "special_needs": "ลูกสาว 4 ขวบค่ะ", "travel_alone": "ได้ค่ะ",
         "urgent": "เจ้าของห้องไล่ออกวันนี้ค่ะ ไม่มีที่นอน",
         "needs": ("อยากหลบไปขายขนมจีนที่บ้านค่ะ",
                   "ต้องย้ายไปรายงานตัวคุมประพฤติที่นครศรีฯ ด้วยค่ะ"),
         "name": "จันทร์เพ็ญ", "phone": "0823374196", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "นครศรีธรรมราช",
                "travellers": 2, "urgent": True, "special": ["child"],
                "referrals": ["self_employment_advice", "probation_support"],
                "no_referrals": HEALTH, "name": "จันทร์เพ็ญ", "phone": "0823374196"},
        one_part=True),

    # Social development volunteer (อพม.) writes for a man (52) released 3 months ago,
    # sleeping under a bridge in Bang Sue; ID lost, village head will certify:
    # Bangkok -> Roi Et, alone, urgent; wants a new ID card. Case, no health need.
    "dev91 volunteer for homeless released man, lost ID, to Roi Et": Persona(
        ("สวัสดีครับ ผมเป็น อพม. เขตบางซื่อครับ",
         "เจอลุงคนนึงอายุ52 นอนใต้สะพาน เขาบอกว่าพ้นโทษจากคลองเปรมมาได้3เดือนแล้ว ไม่มีใครมารับ บัตรประชาชนก็หาย อยากกลับบ้านที่ร้อยเอ็ดครับ"),
        {"consent": "ลุงเขาตกลงแล้วครับ ยินยอม", "sensitive_consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีรายได้ ไม่มีค่ารถครับ ครบทั้ง3ข้อเลย",
         "id_card": "บัตรหายครับ ไม่มีเอกสารอะไรเลย",
         "nationality": "คนไทยครับ เกิดร้อยเอ็ด",
         "nationality_letter": "ผมโทรคุยผู้ใหญ่บ้านที่บ้านเขาแล้วครับ ผู้ใหญ่รู้จักลุง ยินดีออกหนังสือรับรองให้",
         "current_province": "กรุงเทพครับ บางซื่อ",
         "home_province": "ร้อยเอ็ด อ.เสลภูมิครับ", "travellers": "ลุงคนเดียวครับ",
         "special_needs": "ไม่มีครับ เดินเหินได้ปกติ", "travel_alone": "ได้ครับ",
         "urgent": "ด่วนครับ นอนใต้สะพานมาหลายคืนแล้ว",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ ไม่มีบัตรหางานไม่ได้",
         "name": "ลุงชื่อ ทองใบ ครับ",
         "phone": "ลุงไม่มีมือถือครับ ใช้เบอร์ผมได้ 0856620913",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card"], "no_referrals": HEALTH,
                "name": "ทองใบ", "phone": "0856620913"}),

    # Father (57) came from Nakhon Sawan to fetch his daughter (24, depression) out of the
    # Thonburi women's correctional institution; pickpocketed, both stuck in Bangkok ->
    # Nakhon Sawan, 2 travellers, nowhere tonight. Case, urgent.
    "dev91 father fetches daughter with depression, pickpocketed": Persona(
        ("ขอความช่วยเหลือครับ",
         "ผมมารับลูกสาวที่ทัณฑสถานหญิงธนบุรีครับ เขาพึ่งพ้นโทษ",
         "เงินที่เตรียมมาโดนล้วงกระเป๋าไปที่ท่ารถ ตอนนี้เหลือไม่ถึงร้อย กลับนครสวรรค์ไม่ได้ครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ คืนนี้ก็ไม่รู้จะนอนไหน",
         "id_card": "มีครับ ทั้งผมทั้งลูก",
         "current_province": "กรุงเทพครับ อยู่สายใต้ใหม่",
         "home_province": "นครสวรรค์ อำเภอบรรพตพิสัย",
         "travellers": "2 คนครับ ผมกับลูกสาว",
         "special_needs": "ลูกเป็นโรคซึมเศร้าครับ ตอนอยู่ข้างในเคยทำร้ายตัวเอง",
         "more_care": "อยากให้ลูกได้หาหมอจิตเวชต่อครับ หมอข้างในบอกต้องกินยาต่อเนื่อง",
         "travel_alone": "ผมพาไปเองได้ครับ",
         "urgent": "ด่วนครับ ไม่มีที่นอนคืนนี้",
         "needs": "อยากให้ลูกได้รักษาต่อ แล้วก็อยากให้เขามีงานทำครับ",
         "name": "ผมชื่อ สมศักดิ์ ครับ ลูกชื่อ ฝน",
         "phone": "091 882 5406", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครสวรรค์",
                "travellers": 2, "urgent": True, "referrals": ["mental_health_care"],
                "phone": "0918825406"}),

    # Man (36) out of Phuket central prison tells everything in one long message:
    # Phuket -> Kalasin, alone, at an ex-coworker's room till Sunday; wants a driving job
    # and asks about his criminal record. Case, no health need.
    "dev91 whole story at once, Phuket to Kalasin, record worries": Persona(
        ("ยินยอม",
         "สวัสดีครับผมพึ่งพ้นโทษจากเรือนจำภูเก็ตมาได้5วันครับติดคดีทำร้ายร่างกายตอนนี้อาศัยห้องเพื่อนที่เคยทำงานไซต์ก่อสร้างด้วยกันอยู่ภูเก็ตแต่เพื่อนให้อยู่ได้ถึงวันอาทิตย์นี้ไม่มีเงินค่ารถกลับกาฬสินธุ์ครับมีบัตรประชาชนครับไปคนเดียวอยากได้งานขับรถส่งของแต่กลัวเขาตรวจประวัติแล้วไม่รับครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ", "id_card": "มีครับ",
         "current_province": "ภูเก็ต", "home_province": "กาฬสินธุ์ครับ อ.ยางตลาด",
         "travellers": "1 คน", "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ",
         "urgent": "ยังไม่ด่วนครับ นอนห้องเพื่อนได้ถึงวันอาทิตย์",
         "needs": "อยากขับรถส่งของครับ มีใบขับขี่ แต่อยากรู้ว่าประวัติอาชญากรรมจะลบได้ไหม",
         "name": "วีระพงษ์ครับ", "phone": "0897715328", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["criminal_record", "job_placement"],
                "no_referrals": HEALTH, "name": "วีระพงษ์", "phone": "0897715328"}),

    # Wife writes for her husband (44) out of Min Buri special prison, legs paralysed after a
    # fall inside, in a wheelchair, not yet registered disabled: Bangkok -> Buriram,
    # 2 travellers (wife goes too), rented room till month end. Case.
    "dev91 wife for husband in wheelchair, Min Buri to Buriram": Persona(
        ("สวัสดีค่ะ อยากสอบถามค่ะ",
         "สามีดิฉันพ้นโทษจากเรือนจำพิเศษมีนบุรีค่ะ ตอนอยู่ข้างในตกบันไดขาอ่อนแรงทั้งสองข้าง ต้องนั่งรถเข็น",
         "อยากพากลับบ้านที่บุรีรัมย์ค่ะ แต่ขึ้นรถทัวร์ไม่ได้ เงินก็ไม่มี"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีรายได้ค่ะ ดิฉันต้องดูแลเขาทำงานไม่ได้",
         "id_card": "มีทั้งสองคนค่ะ",
         "current_province": "กรุงเทพฯ แถวมีนบุรีค่ะ",
         "home_province": "บุรีรัมย์ อ.นางรองค่ะ",
         "travellers": "2 คนค่ะ ดิฉันกับสามี",
         "special_needs": "สามีนั่งรถเข็นค่ะ เดินไม่ได้ ขึ้นรถโดยสารธรรมดาไม่ได้",
         "travel_alone": "ดิฉันไปด้วยค่ะ ดูแลเขาเอง",
         "more_care": "ยังไม่ได้ทำบัตรคนพิการเลยค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังอยู่ห้องเช่าได้ถึงสิ้นเดือน",
         "needs": "อยากขึ้นทะเบียนคนพิการค่ะ แล้วเขาอยากรับซ่อมโทรศัพท์ที่บ้าน",
         "name": "ดิฉัน รัชนี ค่ะ สามี ชาตรี", "phone": "061-339-0572",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance"], "phone": "0613390572"}),

    # Woman (33) out of Udon Thani central prison, used meth and wants to quit:
    # Udon Thani -> Loei, alone, nowhere tonight; wants hairdressing training.
    # Case, one_part, urgent.
    "dev91 woman who used meth, Udon to Loei, one thing per message": Persona(
        ("สวัสดีค่ะ", "พึ่งออกจากคุกค่ะ ขอความช่วยเหลือ"),
        {"consent": "ยินยอม", "sensitive_consent": "ได้ค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ", "hardship": "ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีค่ะ", "current_province": "อุดร", "home_province": "เลย",
         "travellers": "คนเดียว", "special_needs": "ไม่มีค่ะ",
         "more_care": "เคยติดยาบ้าค่ะ อยากเลิกให้ได้", "travel_alone": "ได้",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ", "needs": "อยากเรียนทำผมค่ะ",
         "name": "มณีรัตน์", "phone": "080 226 4819", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "อุดรธานี", "home": "เลย",
                "travellers": 1, "urgent": True, "referrals": ["job_training"],
                "name": "มณีรัตน์", "phone": "0802264819"},
        one_part=True),

    # Man (28) from Khlong Toei, Bangkok, released from Surat Thani central prison:
    # Surat Thani -> Bangkok, alone, slept outside a 7-Eleven; wants a short course in
    # Bangkok, his mother there struggles. Case, urgent, no health need.
    "dev91 Bangkok man stuck in Surat Thani after release": Persona(
        ("ครับผม ขอความช่วยเหลือหน่อยครับ",
         "ผมบ้านอยู่คลองเตยครับ โดนจับที่สุราษฎร์ ตอนนี้พ้นโทษแล้วแต่ไม่มีตังกลับ กทม"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีที่นอนด้วย", "id_card": "มีครับ",
         "current_province": "สุราษฎร์ธานีครับ", "home_province": "กรุงเทพครับ คลองเตย",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "urgent": "ด่วนครับ เมื่อคืนนอนหน้าเซเว่น",
         "needs": "อยากเรียนอาชีพระยะสั้นครับ ทำอาหารหรือช่างแอร์ก็ได้ แม่ผมอยู่คลองเตยคนเดียวก็ลำบาก",
         "name": "กิตติพัฒน์ ครับ เรียกบอสก็ได้", "phone": "0946072853",
         "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "กรุงเทพมหานคร",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["bangkok_support"], "no_referrals": HEALTH,
                "name": "กิตติพัฒน์", "phone": "0946072853"}),

    # Foundation social worker in Samut Sakhon writes for a Myanmar man (30) released from
    # Samut Sakhon central prison who wants to reach relatives in Mae Sot, Tak.
    # Refused: not Thai.
    "dev91 Myanmar man released in Samut Sakhon": Persona(
        ("สวัสดีครับ ผมเป็นนักสังคมสงเคราะห์มูลนิธิในสมุทรสาครครับ",
         "มีผู้พ้นโทษจากเรือนจำกลางสมุทรสาคร ชื่อ อ่องจ่อ เป็นคนสัญชาติเมียนมาครับ อยากไปหาญาติที่แม่สอด จ.ตาก ไม่มีค่าเดินทาง ขอรับเงินช่วยเหลือค่ารถได้ไหมครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่าเดินทาง ไม่มีรายได้ครับ",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ มีแต่บัตรสีชมพูที่หมดอายุไปแล้ว",
         "nationality": "สัญชาติเมียนมาครับ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีครับ เขาไม่ได้มีสัญชาติไทย",
         "current_province": "สมุทรสาคร",
         "home_province": "ญาติอยู่แม่สอด จังหวัดตากครับ", "travellers": "1 คนครับ",
         "special_needs": "ไม่มีครับ", "name": "อ่องจ่อ", "phone": "0829051736",
         "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ", "current": "สมุทรสาคร"}),

    # Man (47) out of Ratchaburi central prison; ID lost, parents dead, the new village head
    # in Kamphaeng Phet does not know him and will not certify him: Ratchaburi ->
    # Kamphaeng Phet. Refused: no ID card and no certifying letter.
    "dev91 no ID and nobody will certify, Ratchaburi to Kamphaeng Phet": Persona(
        ("ขอความช่วยเหลือครับ",
         "ผมออกจากเรือนจำราชบุรีมาอาทิตย์นึงแล้วครับ บัตรประชาชนหายไปตั้งแต่ก่อนโดนจับ อยากกลับบ้านกำแพงเพชร"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถครับ นอนศาลาวัดอยู่",
         "id_card": "ไม่มีครับ หายหมด เอกสารอะไรก็ไม่มี",
         "nationality": "คนไทยครับ",
         "nationality_letter": ("ผมโทรไปหาผู้ใหญ่บ้านแล้วครับ ผู้ใหญ่คนใหม่บอกไม่รู้จักผม ไม่กล้าเซ็นรับรองให้ พ่อแม่ก็ตายหมดแล้ว",
                                "ไม่มีใครรับรองให้เลยครับ"),
         "current_province": "ราชบุรี",
         "home_province": "กำแพงเพชร อ.ขาณุวรลักษบุรี", "travellers": "คนเดียว",
         "special_needs": "ไม่มีครับ", "urgent": "ยังพอนอนวัดได้ครับ",
         "needs": "อยากทำบัตรใหม่ครับ", "name": "สมหมาย",
         "phone": "ไม่มีโทรศัพท์ครับ ยืมเครื่องหลวงพี่มา 0631847205",
         "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง", "current": "ราชบุรี",
                "home": "กำแพงเพชร"}),

    # Woman (35) released from Khon Kaen central prison, home in Chum Phae district of the
    # same province, asks for the fare home. Refused: already in her home province.
    "dev91 released in Khon Kaen, home is Chum Phae": Persona(
        ("สวัสดีค่ะ",
         "หนูพึ่งพ้นโทษจากเรือนจำกลางขอนแก่นค่ะ อยากขอเงินค่ารถกลับบ้านเด้อค่ะ บ้านอยู่ชุมแพ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ได้ค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ", "hardship": "บ่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ", "current_province": "ขอนแก่นค่ะ ในเมือง",
         "home_province": "ขอนแก่นค่ะ อำเภอชุมแพ", "travellers": "คนเดียวค่ะ",
         "special_needs": "บ่มีค่ะ", "urgent": "บ่ด่วนค่ะ",
         "needs": "อยากหางานทำค่ะ", "name": "พิมพ์ชนก", "phone": "0659937140",
         "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "ขอนแก่น",
                "home": "ขอนแก่น"}),

    # Wife asks how much an elderly released prisoner (64) may borrow to start a som tam
    # stall. Answered: 30,000 baht.
    "dev91 wife asks elderly loan for som tam stall": Persona(
        ("สอบถามค่ะ พ่อบ้านอายุ 64 พึ่งพ้นโทษ อยากตั้งร้านส้มตำหน้าบ้าน ผู้สูงอายุที่พ้นโทษกู้เงินทำทุนได้เท่าไหร่คะ",),
        {"consent": "ยินยอมค่ะ", "idle": "แค่สอบถามค่ะ"},
        outcome="answered", answered="30,000"),

    # Released man asks where to check his criminal record before job applications.
    # Answered: the criminal records division.
    "dev91 asks where to check criminal record": Persona(
        ("ออกจากคุกมาแล้วถ้าจะเช็คประวัติอาชญากรรมตัวเองต้องไปติดต่อที่ไหนครับ สมัครงานทีไรโดนขอใบนี้ตลอด",),
        {"consent": "ยินยอมครับ", "idle": "ถามเฉยๆครับ"},
        outcome="answered", answered="ทะเบียนประวัติ"),

    # Probation officer asks the daily food allowance per person while a released person
    # waits and travels home. Answered: 100 baht.
    "dev91 probation officer asks daily food rate": Persona(
        ("เรียนสอบถามครับ กรณีผู้พ้นโทษรอส่งกลับภูมิลำเนา ค่าอาหารระหว่างรอและระหว่างเดินทางเบิกได้วันละเท่าไหร่ต่อคนครับ",),
        {"consent": "ยินยอมครับ", "idle": "สอบถามข้อมูลครับ"},
        outcome="answered", answered="100"),
}
