"""holdout24: Blind dialog personas for the Namjai benchmark.

Date: 2026-12-07. Written from the seeds only.
Focus: a broad mix of everyone the return-home aid serves, from every region
(North, Northeast, Central, East, West, South), every writing style (Isan,
Northern and Southern dialect, formal officers, teen slang, Thai digits, stickers,
Latin-letter Thai, broken Thai, sign-language word order), people writing for
themselves and for others (kin, volunteer, railway, hospital and justice-centre
officers).
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Laid-off Isan construction worker with wife and two kids (one a baby), evicted tonight.
    # Samut Prakan -> Roi Et, 4 travellers, urgent, wants work near home; case.
    "holdout24 isan dad, family of four, evicted tonight": Persona(
        ("สวัสดีครับ", "ยินยอมครับ",
         "ผมตกงานครับ ไซต์ก่อสร้างปิด เถ้าแก่หนีบ่จ่ายค่าแรง ห้องเช่าเขาไล่ออกมื้อนี้ "
         "บ่มีบ่อนนอนครับ อยู่บางพลี สมุทรปราการ อยากพาลูกเมียกลับบ้านร้อยเอ็ด บ่มีเงินค่ารถเลยครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีค่ารถกลับบ้าน แล้วก็บ่มีบ่อนนอนครับ",
         "id_card": "มีครับ เมียก็มี", "nationality": "คนไทยครับ",
         "travellers": "4 คนครับ ผม เมีย ลูกสาว 6 ขวบ ลูกชาย 10 เดือน",
         "special_needs": "ลูกน้อยยังกินนมอยู่ครับ 10 เดือน", "more_care": "บ่มีครับ",
         "travel_alone": "ไปกันเองได้ครับ", "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอนแท้ๆ",
         "name": "ทองใบ 0894417235", "needs": "ถ้ามีงานแถวบ้านก็อยากได้ครับ",
         "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ร้อยเอ็ด",
                "travellers": 4, "urgent": True, "special": ["child"],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ทองใบ", "phone": "0894417235"}),

    # Railway station officer writes for a confused 74-year-old woman stranded in Bangkok.
    # Bangkok -> Nan, 1 traveller, elderly, cannot travel alone, urgent; case.
    "holdout24 station officer for a confused grandmother from nan": Persona(
        ("เรียนเจ้าหน้าที่ครับ ผมเป็นเจ้าหน้าที่ประจำสถานีกลางกรุงเทพอภิวัฒน์ ขอแจ้งเรื่องผู้สูงอายุหญิงพลัดหลงครับ",
         "คุณยายอายุ 74 ปี พูดคำเมือง บอกว่าบ้านอยู่น่าน มาหาลูกชายแต่ติดต่อลูกไม่ได้ "
         "เงินหมด ตั้งแต่เช้ายังไม่ได้ทานอะไรเลยครับ"),
        {"consent": "ยินยอมครับ คุณยายยินยอมด้วยแล้วครับ",
         "idle": "ขอความช่วยเหลือให้คุณยายครับ",
         "hardship": "ไม่มีค่าเดินทางกลับภูมิลำเนา ไม่มีที่พัก และไม่มีเงินซื้ออาหารครับ",
         "id_card": "คุณยายมีบัตรประชาชนครับ", "nationality": "สัญชาติไทยครับ",
         "current_province": "กรุงเทพฯ ครับ", "home_province": "จังหวัดน่าน อำเภอปัว ครับ",
         "travellers": "คุณยายคนเดียวครับ",
         "special_needs": "ผู้สูงอายุ 74 ปี มีอาการหลงลืม ถามซ้ำบ่อยครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไม่ได้ครับ ไม่ควรเดินทางคนเดียว กลัวลงผิดสถานี",
         "urgent": "ด่วนครับ คืนนี้คุณยายไม่มีที่พัก", "name": "จันทร์ดี ครับ",
         "phone": "ติดต่อผมได้ครับ 081-306-5524",
         "needs": "ไม่มีครับ ขอให้ได้กลับบ้านก่อน", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort"], "name": "จันทร์ดี", "phone": "0813065524"}),

    # Southern fishing-boat hand; the skipper kept his ID card, he has the kamnan's certifying letter.
    # Samut Sakhon -> Nakhon Si Thammarat, 1, not urgent, wants a new ID and work; case.
    "holdout24 southern boat hand, id kept by skipper, has letter": Persona(
        ("หวัดดีครับ",
         "ฉานทำงานเรือประมงอยู่มหาชัยครับ นายหัวไม่จ่ายตังค์สามเดือนแล้ว บัตรประชาชนนายหัวยึดไว้ไม่คืน "
         "ตอนนี้ขึ้นฝั่งมาแล้ว อยากหลบบ้านนครศรีฯ ไม่มีตังค์ค่ารถสักบาท ไม่รู้ทำพรือแล้วครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีตังค์ค่ารถหลบบ้านครับ ไม่มีรายได้ด้วย",
         "id_card": "ไม่มีครับ นายหัวยึดไว้",
         "nationality_letter": "มีครับ หนังสือรับรองจากกำนันว่าเป็นคนไทย อยู่ตำบลนั้นจริง แม่ส่งมาให้แล้ว อยู่กับตัวครับ",
         "nationality": "ไทยแท้ครับ คนคอน",
         "current_province": "สมุทรสาครครับ มหาชัย",
         "home_province": "นครศรีธรรมราชครับ อำเภอปากพนัง",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ไม่ด่วนครับ ตอนนี้นอนห้องเพื่อนได้อยู่หนิ",
         "name": "อนันต์ ครับ", "phone": "0627783190",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ แล้วก็หางานทำใกล้บ้าน ไม่เอาเรือแล้ว เข็ดแล้ว",
         "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card", "job_placement"], "no_referrals": HEALTH,
                "name": "อนันต์", "phone": "0627783190"}),

    # Pregnant spa worker (7 months) laid off in Phuket, partner gone, staying with a friend.
    # Phuket -> Udon Thani, 1 traveller, pregnant, not urgent; case.
    "holdout24 pregnant spa worker in phuket, emoji": Persona(
        ("สวัสดีค่ะ🙏", "พอดีว่าหนูท้อง7เดือนค่ะ ร้านสปาปิด แฟนก็ทิ้งไปแล้ว😢",
         "อยากกลับบ้านที่อุดรค่ะ ไม่มีเงินค่ารถเลย", "ตอนนี้อาศัยห้องเพื่อนอยู่ภูเก็ตค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ🙏",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีรายได้ด้วย",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "travellers": "คนเดียวค่ะ",
         "special_needs": "ท้อง7เดือนค่ะ", "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ แต่นั่งรถนานๆจะเมื่อยหน่อย",
         "urgent": "ไม่ด่วนมากค่ะ เพื่อนให้อยู่ได้ถึงสิ้นเดือน",
         "name": "ฝน", "phone": "0956628104",
         "needs": "อยากฝากครรภ์ต่อที่บ้านค่ะ ไม่รู้ต้องทำไง",
         "confirm": "ใช่ค่ะ ขอบคุณมากๆค่ะ💕"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "อุดรธานี",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "ฝน", "phone": "0956628104"}),

    # Young hotel worker who starts in Latin-letter Thai, then answers one word per message.
    # Chiang Mai -> Mae Hong Son, 1, not urgent; case, one_part.
    "holdout24 latin keyboard, then one word at a time": Persona(
        ("sawasdee krub", "sorry keyboard thai mai dai",
         "mai mee ngern kha rot glub baan krub",
         "ได้ละครับ แป้นไทยกลับมาแล้ว", "ขอความช่วยเหลือครับ"),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ", "hardship": "ไม่มีค่ารถ",
         "id_card": "มี", "nationality": "ไทย", "current_province": "เชียงใหม่",
         "home_province": "แม่ฮ่องสอน", "travellers": "1", "special_needs": "ไม่มี",
         "more_care": "ไม่มี", "travel_alone": "ได้", "urgent": "ไม่ด่วน",
         "name": "เก่ง", "phone": "0648820371", "needs": "ไม่มี", "confirm": "ใช่"},
        one_part=True,
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": False, "special": [],
                "no_referrals": HEALTH, "name": "เก่ง", "phone": "0648820371"}),

    # Man released today from prison in Ratchaburi, has ID card, nowhere to sleep, wants welding training.
    # Ratchaburi -> Sakon Nakhon, 1, urgent; case.
    "holdout24 just released in ratchaburi, wants training": Persona(
        ("สวัสดีครับ ผมพึ่งพ้นโทษออกมาวันนี้ครับ",
         "ออกมาจากเรือนจำราชบุรี มีเงินติดตัวนิดหน่อยไม่พอค่ารถกลับสกลนคร"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ บันทึกได้",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ค่ารถไม่พอครับ คืนนี้ก็ไม่รู้จะนอนไหน",
         "id_card": "มีครับ ทำใหม่ตอนอยู่ข้างใน", "nationality": "ไทยครับ",
         "travellers": "ผมคนเดียวครับ", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ", "travel_alone": "ได้ครับ",
         "urgent": "ครับ คืนนี้ไม่มีที่นอนเลย", "name": "สมศักดิ์ ๐๘๗๕๕๑๔๙๒๖",
         "needs": "อยากฝึกอาชีพช่างเชื่อมครับ จะได้มีงานทำ ไม่อยากกลับไปทำผิดอีก",
         "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_training", "probation_support"],
                "no_referrals": HEALTH, "name": "สมศักดิ์", "phone": "0875514926"}),

    # Social development volunteer (อพม.) writes for a 72-year-old man sleeping at the Korat bus terminal.
    # Nakhon Ratchasima -> Chaiyaphum, 1, elderly, urgent, never got the old-age allowance; case.
    "holdout24 volunteer for an old man at the korat bus terminal": Persona(
        ("สวัสดีค่ะ หนูเป็น อพม. อยู่โคราชค่ะ",
         "เจอคุณตาคนนึงนอนอยู่ที่บขส.2 มา3คืนแล้วค่ะ อายุ72 ไม่มีเงินกลับบ้านที่ชัยภูมิ ลูกหลานไม่มีใครมารับ",
         "ตายังไม่เคยได้เบี้ยผู้สูงอายุเลยค่ะ อยากให้ช่วยแนะนำด้วย"),
        {"consent": "ยินยอมค่ะ คุณตาก็ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีที่พัก ไม่มีรายได้ ไม่มีค่ารถกลับบ้านค่ะ ครบทั้ง3ข้อเลย",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "นครราชสีมาค่ะ", "home_province": "ชัยภูมิค่ะ อ.ภูเขียว",
         "travellers": "คุณตาคนเดียวค่ะ",
         "special_needs": "ผู้สูงอายุ72ค่ะ เดินช้าแต่เดินเองได้", "more_care": "ไม่มีค่ะ",
         "travel_alone": "นั่งรถเองได้ค่ะ ตายังแข็งแรง",
         "urgent": "ด่วนค่ะ ตานอนที่บขส. ไม่มีที่นอน", "name": "เพิ่ม ค่ะ",
         "phone": "เบอร์หนูค่ะ 093-447-1852 ตาไม่มีโทรศัพท์",
         "needs": "อยากให้ตาได้เบี้ยยังชีพผู้สูงอายุค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "name": "เพิ่ม", "phone": "0934471852"}),

    # Justice-centre officer writes for a mother fleeing a violent husband with kids aged 5 and 8;
    # first counts only the kids, fixes it at the summary. Pathum Thani -> Phetchabun, 3, urgent; case.
    "holdout24 justice centre officer, mother and two kids fleeing violence": Persona(
        ("เรียนเจ้าหน้าที่ ดิฉันเป็นเจ้าหน้าที่ศูนย์ยุติธรรมชุมชนอำเภอธัญบุรี จ.ปทุมธานี ค่ะ",
         "มีผู้หญิงพาลูกหนีสามีที่ทำร้ายร่างกายมาขอความช่วยเหลือที่ศูนย์ฯ ต้องการกลับไปอยู่บ้านแม่ที่เพชรบูรณ์ "
         "ไม่มีเงินค่าเดินทางค่ะ",
         "สามีตามหาอยู่ ไม่ปลอดภัยถ้ากลับไปที่ห้องเช่า"),
        {"consent": "ยินยอมค่ะ ผู้ประสบปัญหายินยอมแล้ว",
         "sensitive_consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่าพาหนะกลับภูมิลำเนา ไม่มีที่พักที่ปลอดภัยค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ", "nationality": "สัญชาติไทยค่ะ",
         "travellers": "2 คนค่ะ ลูก 5 ขวบกับ 8 ขวบ",
         "special_needs": "เด็กเล็ก 2 คน อายุ 5 ขวบกับ 8 ขวบค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "เดินทางเองได้ค่ะ",
         "urgent": "ด่วนค่ะ มีความเสี่ยงถูกทำร้าย คืนนี้ไม่มีที่พักที่ปลอดภัย",
         "name": "กัลยา ค่ะ", "phone": "เบอร์คุณแม่ 0918830647 ค่ะ", "needs": "ไม่มีค่ะ",
         "confirm": ("ขอแก้ไขค่ะ จำนวนผู้เดินทางรวมคุณแม่ด้วยเป็น 3 คน", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "เพชรบูรณ์",
                "travellers": 3, "urgent": True, "special": ["child"],
                "name": "กัลยา", "phone": "0918830647"}),

    # Terse leader of five durian pickers, season over, unpaid, no food for two days.
    # Chanthaburi -> Buriram, 5 travellers, urgent; case, one_part.
    "holdout24 five durian pickers in chanthaburi, terse leader": Persona(
        ("ช่วยด้วยครับ", "พวกผมมาตัดทุเรียนจันท์ หมดหน้าแล้ว นายจ้างไม่จ่าย",
         "ข้าวไม่มีกินสองวันแล้ว"),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีข้าวกิน ไม่มีค่ารถ", "id_card": "มีทุกคน", "nationality": "ไทย",
         "current_province": "จันทบุรี", "home_province": "บุรีรัมย์",
         "travellers": "5 คน บ้านเดียวกันหมด", "special_needs": "ไม่มี",
         "more_care": "ไม่มี", "travel_alone": "ได้", "urgent": "ด่วน ไม่มีข้าวกิน",
         "name": "ประยูร", "phone": "0803396215", "needs": "ไม่มีครับ", "confirm": "ใช่"},
        one_part=True,
        expect={"eligible": True, "current": "จันทบุรี", "home": "บุรีรัมย์",
                "travellers": 5, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "ประยูร", "phone": "0803396215"}),

    # Deaf man writing in sign-language word order, wallet stolen, staying with a deaf friend.
    # Bangkok -> Lampang, 1, disabled, not urgent, wants disability allowance; case.
    "holdout24 deaf man in bangkok writes in sign order": Persona(
        ("สวัสดี ผม หูหนวก พิมพ์ ไม่เก่ง ขอโทษ",
         "กระเป๋าตังค์ ขโมย หมด เงิน กลับ บ้าน ลำปาง ไม่ได้",
         "ตอนนี้ อยู่ กรุงเทพ บ้าน เพื่อน หูหนวก"),
        {"consent": "ยินยอม ครับ", "idle": "ขอ ความช่วยเหลือ",
         "hardship": "เงิน ไม่มี ค่ารถ กลับ บ้าน ไม่มี",
         "id_card": "บัตร มี ครับ ขโมย เอา แต่ เงิน", "nationality": "ไทย",
         "travellers": "ผม คนเดียว",
         "special_needs": "ผม หูหนวก พูด ไม่ได้ โทร ไม่ได้ ใช้ ไลน์ พิมพ์ ได้",
         "more_care": "ไม่มี", "travel_alone": "ไป เอง ได้ รถทัวร์ เคย",
         "urgent": "ไม่ ด่วน นอน บ้าน เพื่อน ได้", "name": "วิชัย",
         "phone": "เบอร์ 0659917340 ส่ง SMS ไลน์ ได้ โทร ไม่ได้",
         "needs": "บัตร คนพิการ ยัง ไม่ ทำ เบี้ย คนพิการ อยาก ได้",
         "confirm": "ใช่ ครับ ขอบคุณ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance"], "name": "วิชัย",
                "phone": "0659917340"}),

    # Sister at home in Surin writes for her brother with schizophrenia, off medication, found in Hat Yai.
    # Songkhla -> Surin, 1 traveller (she stays), sick, cannot travel alone, urgent; case.
    "holdout24 sister in surin for a brother found in hat yai": Persona(
        ("สวัสดีค่ะ ขอปรึกษาเรื่องน้องชายค่ะ",
         "น้องชายป่วยจิตเภท ขาดยามาหลายเดือน หายออกจากบ้านไป ตอนนี้ตำรวจหาดใหญ่โทรมาบอกว่าเจอเขาเดินเร่ร่อนอยู่",
         "หนูอยู่สุรินทร์ค่ะ ไม่มีเงินไปรับ อยากให้เขาได้กลับบ้าน"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ บันทึกได้ อยากให้เขาได้รักษาต่อ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "น้องไม่มีค่ารถกลับบ้าน ไม่มีที่พักค่ะ",
         "id_card": "น้องมีบัตรประชาชนค่ะ ตำรวจบอกว่าอยู่ในกระเป๋าเขา",
         "nationality": "ไทยค่ะ",
         "current_province": "ตอนนี้น้องอยู่สงขลาค่ะ หาดใหญ่",
         "home_province": "สุรินทร์ค่ะ",
         "travellers": "น้องคนเดียวค่ะ หนูไม่ได้ไป",
         "special_needs": "ป่วยจิตเภทค่ะ ขาดยา บางทีพูดไม่รู้เรื่อง",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไม่ได้ค่ะ ให้ไปคนเดียวเดี๋ยวหายอีก",
         "urgent": "ด่วนค่ะ เขาไม่มีที่นอน ตำรวจให้รอได้ถึงเย็นนี้เท่านั้น",
         "name": "สุริยา ค่ะ", "phone": "เบอร์หนูค่ะ 0612094438",
         "needs": "อยากให้ได้รักษาต่อเนื่องค่ะ กลับไปแล้วกลัวเขาไม่ยอมกินยา",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "สุรินทร์",
                "travellers": 1, "urgent": True,
                "special": ["sick", "cannot_travel_alone"],
                "referrals": ["mental_health_care"], "name": "สุริยา",
                "phone": "0612094438"}),

    # Pattaya bartender living with HIV, bar closed, medicine running out, staying with a friend.
    # Chonburi -> Kalasin, 1, not urgent; case with hiv_aid.
    "holdout24 pattaya bartender living with hiv": Persona(
        ("หวัดดีค่าาา", "พอดีบาร์ที่พัทยาปิดค่ะ ตกงานมาเดือนนึงแล้ว เงินหมดเกลี้ยง 555 ขำไม่ออก",
         "อยากกลับบ้านที่กาฬสินธุ์ค่ะ ไม่มีค่ารถ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ได้ค่ะ บันทึกได้",
         "idle": "ขอความช่วยเหลือค่ะ", "hardship": "ไม่มีรายได้ ไม่มีค่ารถค่ะ",
         "id_card": "มีค่า", "nationality": "ไทยค่ะ",
         "current_province": "ชลบุรีค่ะ พัทยา", "travellers": "คนเดียวค่ะ",
         "special_needs": "เป็นผู้ติดเชื้อ HIV ค่ะ กินยาต้านอยู่ ร่างกายปกติดีค่ะ เดินทางได้",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังนอนห้องเพื่อนได้", "name": "ต้นข้าว",
         "phone": "0987762351",
         "needs": "อยากได้ยาต้านต่อที่บ้านค่ะ ยาเหลืออีกอาทิตย์เดียว แล้วก็อยากรู้ว่ามีเงินช่วยเหลือคนติดเชื้อไหม",
         "confirm": "ใช่ค่ะ ขอบคุณนะคะ🥹"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "referrals": ["hiv_aid"],
                "name": "ต้นข้าว", "phone": "0987762351"}),

    # Muslim daughter and her 66-year-old mother pickpocketed after a wedding, sleeping at a mosque.
    # Bangkok -> Yala, 2 travellers, elderly, not urgent; case.
    "holdout24 yala daughter and mother pickpocketed in bangkok": Persona(
        ("อัสสลามุอะลัยกุมค่ะ",
         "ดิฉันกับแม่มางานแต่งญาติที่กรุงเทพค่ะ โดนล้วงกระเป๋าที่ตลาด เงินหายหมด ค่ารถกลับยะลาไม่มีเลยค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่าพาหนะกลับบ้านค่ะ",
         "id_card": "บัตรอยู่ค่ะ เขาเอาไปแต่เงิน ทั้งสองคนมีบัตร", "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ แถวหนองจอก", "home_province": "ยะลาค่ะ อำเภอรามัน",
         "travellers": "2 คนค่ะ ดิฉันกับแม่", "special_needs": "แม่อายุ 66 ค่ะ",
         "more_care": "ไม่มีค่ะ แม่แข็งแรงดี",
         "travel_alone": "เดินทางเองได้ค่ะ ดิฉันดูแลแม่เอง",
         "urgent": "ไม่ด่วนค่ะ ตอนนี้อาศัยนอนที่มัสยิดได้ อิหม่ามใจดี",
         "name": "ฟาตีมะห์", "phone": "0823378916", "needs": "ไม่มีค่ะ",
         "confirm": "ใช่ค่ะ ขอบคุณค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยะลา",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "no_referrals": HEALTH, "name": "ฟาตีมะห์", "phone": "0823378916"}),

    # 71-year-old woman typing slowly with Thai digits and stickers; her daughter cannot be reached.
    # Ayutthaya -> Sukhothai, 1, elderly, not urgent (temple lets her stay); case, one_part.
    "holdout24 elderly woman, thai digits and stickers": Persona(
        ("สวัดดีจ้ะ", "[sticker]", "ยายมาหาลูกสาวที่อยุธยา ลูกไม่อยู่แล้ว ติดต่อไม่ได้"),
        {"consent": "ยินยอมจ้ะ", "idle": "ขอความช่วยเหลือจ้ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านจ้ะ", "id_card": "มีจ้ะ", "nationality": "ไทยจ้ะ",
         "current_province": "อยุธยาจ้ะ", "home_province": "สุโขทัยจ้ะ",
         "travellers": "คนเดียวจ้ะ", "special_needs": "ยายอายุ ๗๑ แล้วจ้ะ",
         "more_care": "ไม่มีจ้ะ", "travel_alone": "ไปเองได้จ้ะ",
         "urgent": "ไม่ด่วนจ้ะ หลวงพ่อให้นอนที่วัดได้", "name": "สมจิตร จ้ะ",
         "phone": "๐๘๖๕๕๓๐๑๗๔", "needs": "ไม่มีจ้ะ", "confirm": "ใช่จ้ะ [sticker]"},
        one_part=True,
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "สุโขทัย",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "name": "สมจิตร", "phone": "0865530174"}),

    # 19-year-old vocational student, phone and wallet stolen, writing from a friend's phone;
    # says Trang, then fixes it: her parents moved to Phatthalung. Nonthaburi -> Phatthalung, 1; case.
    "holdout24 vocational student, phone stolen, parents moved": Persona(
        ("สวัสดีค่าา คือแบบหนูพิมพ์จากมือถือเพื่อนนะคะ",
         "คือโดนขโมยโทรศัพท์กับกระเป๋าตังค์อะค่ะ ตอนนี้ไม่มีเงินกลับบ้านเลย ปิดเทอมแล้วด้วย หอก็จะหมดสัญญา",
         "หนูเรียนปวช.อยู่นนทบุรีค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่า",
         "hardship": "ไม่มีค่ารถกลับบ้านอะค่ะ", "id_card": "บัตรยังอยู่ค่ะ พกแยกไว้ 555",
         "nationality": "ไทยค่ะ", "current_province": "นนทบุรีค่ะ",
         "home_province": "ตรังค่ะ", "travellers": "หนูคนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่า", "travel_alone": "ได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ หอยังอยู่ได้อีกอาทิตย์นึง", "name": "มายด์",
         "phone": "เบอร์เพื่อนนะคะ 0614458093", "needs": "ไม่มีค่ะ",
         "confirm": ("เดี๋ยวนะคะ ขอแก้ค่ะ พ่อแม่ย้ายไปอยู่พัทลุงแล้ว หนูต้องกลับพัทลุงค่ะ ไม่ใช่ตรัง",
                     "ใช่ค่ะ ถูกแล้วค่ะ")},
        expect={"eligible": True, "current": "นนทบุรี", "home": "พัทลุง",
                "travellers": 1, "urgent": False, "special": [],
                "no_referrals": HEALTH, "name": "มายด์", "phone": "0614458093"}),

    # Hospital social worker writes for a discharged 54-year-old amputee in a wheelchair and his wife.
    # Khon Kaen -> Loei, 2 travellers, disabled and sick, not registered as disabled yet; case.
    "holdout24 hospital social worker for an amputee in khon kaen": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ ดิฉันเป็นนักสังคมสงเคราะห์ โรงพยาบาลในจังหวัดขอนแก่นค่ะ",
         "มีผู้ป่วยชาย อายุ 54 ปี ได้รับการผ่าตัดตัดขาขวา แพทย์ให้กลับบ้านได้แล้ว "
         "แต่ผู้ป่วยและภรรยาไม่มีค่าใช้จ่ายในการเดินทางกลับภูมิลำเนาที่จังหวัดเลยค่ะ",
         "ผู้ป่วยต้องนั่งรถเข็น ไม่สามารถโดยสารรถประจำทางได้"),
        {"consent": "ยินยอมค่ะ ผู้ป่วยและภรรยายินยอมแล้ว", "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่าพาหนะกลับภูมิลำเนา ไม่มีรายได้ค่ะ",
         "id_card": "มีบัตรประชาชนทั้งสองคนค่ะ", "nationality": "สัญชาติไทยค่ะ",
         "current_province": "ขอนแก่นค่ะ", "home_province": "จังหวัดเลยค่ะ",
         "travellers": "2 คนค่ะ ผู้ป่วยและภรรยา",
         "special_needs": "ผู้ป่วยพิการขาขวา นั่งรถเข็น แผลผ่าตัดยังต้องทำต่อเนื่องค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ภรรยาไปด้วยค่ะ ดูแลได้ แต่ต้องเป็นรถเหมาเพราะขึ้นรถโดยสารไม่ได้",
         "urgent": "ไม่ด่วนค่ะ ผู้ป่วยยังพักที่โรงพยาบาลได้ถึงพรุ่งนี้",
         "name": "บุญเลิศ ค่ะ", "phone": "ติดต่อภรรยา 0847720593 ค่ะ",
         "needs": "ผู้ป่วยยังไม่ได้ขึ้นทะเบียนคนพิการค่ะ ขอข้อมูลเบี้ยคนพิการและการขอกายอุปกรณ์ด้วย",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย",
                "travellers": 2, "urgent": False, "special": ["disabled", "sick"],
                "referrals": ["disability_allowance", "disability_devices"],
                "name": "บุญเลิศ", "phone": "0847720593"}),

    # Akha woman with a Thai ID card and little Thai, resort job in Hua Hin ended, with her 3-year-old son.
    # Prachuap Khiri Khan -> Chiang Rai, 2 travellers, child, not urgent, wants work; case.
    "holdout24 akha mother with thai id, broken thai": Persona(
        ("สวัสดี ค่ะ ภาษาไทย ไม่ค่อยเก่ง",
         "ทำงาน รีสอร์ท หัวหิน เขา เลิกจ้าง แล้ว เงิน ไม่พอ กลับ บ้าน เชียงราย",
         "มี ลูก ชาย 3 ขวบ ด้วย"),
        {"consent": "ยินยอม ค่ะ", "idle": "ขอความช่วยเหลือ ค่ะ",
         "hardship": "ไม่มี ค่ารถ กลับ บ้าน",
         "id_card": "มี ค่ะ บัตร ประชาชน ไทย ลูก ก็ มี สูติบัตร",
         "nationality": "คนไทย ค่ะ เป็น อาข่า เกิด แม่สรวย",
         "current_province": "ประจวบ ค่ะ หัวหิน",
         "home_province": "เชียงราย ค่ะ อำเภอ แม่สรวย",
         "travellers": "2 คน ฉัน กับ ลูก", "special_needs": "ลูก 3 ขวบ",
         "more_care": "ไม่มี", "travel_alone": "ไป เอง ได้",
         "urgent": "ไม่ ด่วน ค่ะ ห้อง ยัง อยู่ ได้ อีก 3 วัน",
         "name": "หมี่ยะ", "phone": "0966103847",
         "needs": "อยาก หา งาน ใกล้ บ้าน ค่ะ", "confirm": "ใช่ ค่ะ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "เชียงราย",
                "travellers": 2, "urgent": False, "special": ["child"],
                "referrals": ["job_placement"], "name": "หมี่ยะ", "phone": "0966103847"}),

    # Myanmar shrimp-factory worker with a pink card (not Thai) in Samut Sakhon wants fare home to Myanmar.
    # Refused: nationality.
    "holdout24 myanmar worker in mahachai, broken thai": Persona(
        ("สวัสดี ครับ พี่", "ผม คน พม่า ทำงาน โรงงาน กุ้ง มหาชัย",
         "โรงงาน ปิด ไม่มี เงิน อยาก กลับ บ้าน พม่า ช่วย ได้ ไหม ครับ"),
        {"consent": "ยินยอม ครับ", "idle": "ขอความช่วยเหลือ ครับ",
         "hardship": "ไม่มี เงิน ค่ารถ",
         "id_card": "ไม่มี บัตร ประชาชน ไทย มี บัตร ชมพู", "nationality": "พม่า ครับ",
         "nationality_letter": "ไม่มี ครับ",
         "current_province": "มหาชัย สมุทรสาคร", "home_province": "พม่า เมือง ทวาย",
         "travellers": "คนเดียว", "name": "จ่อ ซอ", "phone": "0639902741",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ", "current": "สมุทรสาคร"}),

    # Thai man in Chonburi, ID lost long ago, no one at home left who could certify him.
    # Chonburi -> Nakhon Phanom; refused: no ID card and no certifying letter; one_part.
    "holdout24 no papers, nobody to vouch, one word at a time": Persona(
        ("ขอความช่วยเหลือครับ", "อยากกลับบ้าน"),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ", "hardship": "ไม่มีค่ารถ",
         "id_card": "ไม่มี หายไปนานแล้ว",
         "nationality_letter": ("ไม่มี",
                                "ขอไม่ได้ครับ ที่บ้านไม่มีใครแล้ว ผู้ใหญ่บ้านก็ไม่รู้จักผม"),
         "nationality": "ไทย", "current_province": "ชลบุรี", "home_province": "นครพนม",
         "travellers": "คนเดียว", "special_needs": "ไม่มี", "more_care": "ไม่มี",
         "travel_alone": "ได้", "urgent": "คืนนี้นอนศาลาวัด", "name": "แดง",
         "phone": "0925518307", "needs": "ไม่มี", "confirm": "ใช่"},
        outcome="refused", one_part=True,
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Isan mother in Ubon city after a doctor's visit wants bus fare to her village in Khemarat, same province.
    # Ubon Ratchathani -> Ubon Ratchathani; refused: already in her home province.
    "holdout24 ubon mother already in her home province": Persona(
        ("สบายดีบ่ลูก", "แม่มาหาหมอในเมืองอุบล ตอนนี้เงินหมด บ่มีค่ารถกลับบ้านเขมราฐ",
         "ช่วยแม่แหน่เด้อ"),
        {"consent": "ยินยอมจ้า", "idle": "ขอความช่วยเหลือเด้อ",
         "hardship": "บ่มีค่ารถกลับบ้าน", "id_card": "มีจ้า", "nationality": "ไทยจ้า",
         "current_province": "อุบลฯ ในเมือง",
         "home_province": "อุบลนี่ล่ะ อำเภอเขมราฐ", "travellers": "ผู้เดียว",
         "name": "บุญหลาย", "phone": "0935547208", "confirm": "แม่นแล้ว"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "อุบลราชธานี",
                "home": "อุบลราชธานี"}),

    # Night-shift shop clerk asks which number to call at night about fare home.
    # Answered: hotline 1300.
    "holdout24 night clerk asks the hotline number": Persona(
        ("สอบถามหน่อยครับ",
         "ถ้าจะขอค่ารถกลับบ้าน ตอนกลางคืนโทรเบอร์อะไรได้บ้างครับ มีสายด่วนที่รับ24ชมไหม"),
        {"consent": "ยินยอมครับ", "idle": "ขอบคุณครับ"},
        outcome="answered", answered="1300"),

    # Isan man asks whether food money is paid while waiting for the bus home, and how much a day.
    # Answered: 100 baht a day.
    "holdout24 isan man asks about food money while waiting": Persona(
        ("ถามแหน่ครับ",
         "ถ้าขอค่ารถกลับบ้าน ระหว่างรอรถเพิ่นให้ค่ากินข้าวนำบ่ครับ ได้มื้อละจั๊กบาท"),
        {"consent": "ยินยอมครับ", "idle": "ขอบใจหลายๆครับ"},
        outcome="answered", answered="100"),

    # Southern wife asks, for her husband who can no longer walk, how much the disability allowance is.
    # Answered: 800 baht a month.
    "holdout24 southern wife asks the disability allowance": Persona(
        ("หวัดดีค่ะ",
         "ผัวฉานขาไม่ดี เดินไม่ได้แล้ว อยากรู้ว่าเบี้ยคนพิการได้เดือนละกี่บาทหนิ ต้องทำพรือ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอบคุณค่ะ"},
        outcome="answered", answered="800"),
}
