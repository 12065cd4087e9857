"""Blind persona set holdout26 for bench/dialogs.py.

Date: 2026-12-07. Written from the seeds only.
Focus: a broad, realistic mix of everyone who writes to this service: stranded workers,
released prisoners, mothers with children, elderly people, people writing for others,
people asking only questions, people not eligible; all regions and registers; short and
long messages.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 with one_part=True.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan construction worker at Si Racha (Chonburi); the contractor ran off with the
    # wages, the camp is closed. Home Sisaket. Card. Nowhere to sleep tonight, not eaten.
    # Right outcome: case, eligible, urgent, alone, no special needs.
    "holdout26 isan builder, contractor fled, si racha": Persona(
        ("สวัสดีครับ",
         "ผมมาเฮ็ดงานก่อสร้างอยู่ศรีราชา ผู้รับเหมาหนีไปแล้ว ค่าแรงกะบ่ได้ ตอนนี้บ่มีเงินกลับบ้านเลยครับ",
         "บ้านอยู่ศรีสะเกษ อ.กันทรลักษ์"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "บ่มีค่ารถกลับบ้าน แล้วกะบ่มีบ่อนนอนครับ", "id_card": "มีครับ",
         "nationality": "ไทยครับ", "current_province": "ชลบุรีครับ อยู่ศรีราชา",
         "home_province": "ศรีสะเกษครับ", "travellers": "ไปคนเดียวครับ",
         "special_needs": "บ่มีครับ", "more_care": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "คืนนี้บ่มีบ่อนนอนครับ แคมป์เขาปิดแล้ว ข้าวมื้อนี้กะยังบ่ได้กิน",
         "name": "สมพงษ์ แก้วมณี 0934567812", "phone": "0934567812",
         "needs": "บ่มีครับ อยากกลับบ้านอย่างเดียว", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": True, "special": [], "name": "สมพงษ์ แก้วมณี",
                "phone": "0934567812", "no_referrals": HEALTH}),

    # Southern man released from Khlong Prem prison (Bangkok) this morning; home Nakhon
    # Si Thammarat; has his card; nowhere to sleep tonight; clearly asks for work.
    # Right outcome: case, eligible, urgent; job_placement offered; nothing of health.
    "holdout26 released from khlong prem, southern, wants work": Persona(
        ("หวัดดีครับ", "ผมพึ่งออกจากเรือนจำคลองเปรมเมื่อเช้านี้ครับ",
         "อยากกลับบ้านนครศรีฯ แต่ตังค์ไม่พอค่ารถ ได้มาไม่กี่ร้อยก็หมดแล้ว", "ช่วยได้ม้ายครับ"),
        {"consent": "ยินยอมครับ", "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ที่นอนก็ไม่มี", "id_card": "มีครับ บัตรยังไม่หมดอายุ",
         "nationality": "ไทยครับ", "current_province": "กรุงเทพครับ แถวงามวงศ์วาน",
         "home_province": "นครศรีธรรมราชครับ อำเภอทุ่งสง", "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ", "travel_alone": "ได้ครับ",
         "sensitive_consent": "ยินยอมครับ ไม่ปิดบัง",
         "urgent": "คืนนี้ยังไม่รู้จะนอนไหนเลยครับ",
         "name": "อนุชา ทองขาว ครับ เบอร์พี่สาว 0817723490", "phone": "0817723490",
         "needs": "อยากได้งานทำครับ กลับไปแล้วอยากหางานแถวบ้าน ไม่อยากกลับไปทำผิดอีก",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "name": "อนุชา ทองขาว",
                "phone": "0817723490", "referrals": ["job_placement"],
                "no_referrals": HEALTH}),

    # Mother left by her partner in Pattaya (Chonburi) with a 4-year-old and a
    # 10-month-old; home Kalasin; card; the room is paid to month end and there is food.
    # Right outcome: case, eligible, 3 travellers, child, not urgent.
    "holdout26 mother of two left in pattaya": Persona(
        ("สวัสดีค่ะ ขอโทษที่รบกวนนะคะ",
         "แฟนทิ้งไปค่ะ เงินไม่เหลือเลย ตอนนี้อยู่พัทยากับลูกสองคน คนโตสี่ขวบ คนเล็กยังไม่ขวบ",
         "อยากพาลูกกลับไปอยู่กับแม่ที่กาฬสินธุ์ค่ะ ไม่มีค่ารถ", "ยินยอมให้เก็บข้อมูลค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ชลบุรีค่ะ พัทยา", "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "สามคนค่ะ ฉันกับลูกสองคน",
         "special_needs": "ลูกเล็กสองคนค่ะ สี่ขวบกับสิบเดือน", "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "คืนนี้ยังนอนห้องเช่าได้ค่ะ จ่ายถึงสิ้นเดือน ข้าวยังพอมีให้ลูกกิน",
         "name": "รัตนา ภูผาลา 062-334-8190", "phone": "0623348190",
         "needs": "ไม่มีแล้วค่ะ ขอแค่ได้กลับบ้าน", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "กาฬสินธุ์", "travellers": 3,
                "urgent": False, "special": ["child"], "name": "รัตนา ภูผาลา",
                "phone": "0623348190", "no_referrals": HEALTH}),

    # Man of 68 pickpocketed in Hat Yai (Songkhla); his card was in his shirt pocket and
    # is safe; home Lampang; the temple lets him sleep and eat. One thing per message.
    # Right outcome: case, eligible, elderly, not urgent.
    "holdout26 old man pickpocketed in hat yai, one at a time": Persona(
        ("สวัสดีครับ", "ลุงโดนล้วงกระเป๋าตังค์ครับ"),
        {"consent": "ยินยอมครับ", "idle": "ลุงอยากกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ", "id_card": "มีครับ บัตรอยู่กระเป๋าเสื้อ ไม่ได้หายไปกับตังค์",
         "nationality": "ไทยครับ", "current_province": "หาดใหญ่ครับ",
         "home_province": "ลำปางครับ", "travellers": "ลุงคนเดียวครับ",
         "special_needs": "ลุงอายุ ๖๘ แล้วครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "sensitive_consent": "ยินยอมครับ",
         "urgent": "หลวงพ่อให้นอนวัดได้ครับ ข้าววัดก็ได้กินแล้ว",
         "name": "ประเสริฐ วงศ์ใหญ่ครับ", "phone": "๐๘๕ ๙๙๐ ๑๒๓๔",
         "needs": "ไม่มีครับ", "confirm": "ถูกต้องครับ"},
        one_part=True,
        expect={"eligible": True, "current": "สงขลา", "home": "ลำปาง", "travellers": 1,
                "urgent": False, "special": ["elderly"], "name": "ประเสริฐ วงศ์ใหญ่",
                "phone": "0859901234", "no_referrals": HEALTH}),

    # A motorbike-taxi rider at Mo Chit (Bangkok) types for a woman of 75 from Surin who
    # has sat at his stand since yesterday: no money, nowhere to sleep tonight, she has
    # her card, is physically well but forgetful and would get lost alone; no phone, so
    # his number is the contact. The applicant is the grandmother.
    # Right outcome: case, eligible, urgent, elderly + cannot travel alone.
    "holdout26 taxi rider writes for lost grandmother at mo chit": Persona(
        ("ครับ สวัสดีครับ ผมเป็นวินมอไซค์อยู่หมอชิต",
         "มียายคนนึงมานั่งอยู่ตรงวินตั้งแต่เมื่อวาน บอกจะกลับสุรินทร์แต่ไม่มีเงิน ถามอะไรตอบได้บ้างไม่ได้บ้าง",
         "ผมพิมพ์แทนให้นะครับ ยายไม่มีโทรศัพท์"),
        {"consent": "ยายบอกว่าตกลงครับ ยินยอม", "idle": "อยากให้ช่วยส่งยายกลับบ้านครับ",
         "hardship": "ยายไม่มีเงินค่ารถ ไม่มีที่นอนด้วยครับ",
         "id_card": "ยายมีบัตรประชาชนครับ ผมดูให้แล้ว", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ หมอชิต",
         "home_province": "สุรินทร์ครับ ยายบอกอำเภอท่าตูม",
         "travellers": "ยายคนเดียวครับ ผมไม่ได้ไปด้วย",
         "special_needs": "ยายอายุ 75 ครับ ร่างกายแข็งแรงดี ไม่ได้ป่วย แต่ขี้หลงขี้ลืม",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ผมว่าไม่ได้ครับ ไปเองน่าจะหลงอีก ต้องมีคนพาไป",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "ไม่มีที่นอนครับ เมื่อคืนยายนอนม้านั่ง คืนนี้ก็ไม่มีที่ไป",
         "name": "ชื่อยายคือ บุญมา ศรีสุข ครับ เบอร์ใช้เบอร์ผมได้เลย 0896652013",
         "phone": "0896652013", "needs": "ไม่มีครับ ขอแค่ให้ยายได้กลับบ้าน",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"], "name": "บุญมา ศรีสุข",
                "phone": "0896652013"}),

    # Young man laid off in Patong (Phuket), evicted, slept outside a 7-Eleven, not eaten
    # today; home Warin, Ubon Ratchathani; card; slang, no spaces; asks for a job back home.
    # Right outcome: case, eligible, urgent; job_placement offered.
    "holdout26 laid off in phuket, no spaces, wants a job": Persona(
        ("ดีครับ",
         "ผมโดนเลิกจ้างอะครับร้านปิดเงินเดือนก็ไม่ได้ห้องก็โดนไล่ออกแล้วตอนนี้อยู่ภูเก็ตอยากกลับอุบลแต่ตังไม่มีเลยสักบาท",
         "[sticker]", "ช่วยไรได้บ้างอะ"),
        {"consent": "ได้ครับยินยอม", "idle": "ขอกลับบ้านอะครับ",
         "hardship": "ไม่มีทั้งค่ารถทั้งที่นอนอะ", "id_card": "มีคับ", "nationality": "ไทยคับ",
         "current_province": "ภูเก็ตคับ ป่าตอง", "home_province": "อุบลคับ วารินฯ",
         "travellers": "1", "special_needs": "ไม่มีคับ", "more_care": "ไม่มีคับ",
         "travel_alone": "ได้คับ", "sensitive_consent": "ยินยอมคับ",
         "urgent": "ไม่มีที่นอนคับเมื่อคืนนอนหน้าเซเว่นวันนี้ยังไม่ได้กินไรเลย",
         "name": "ธนกรครับ 098-123-7765", "phone": "0981237765",
         "needs": "อยากได้งานใหม่อะครับ กลับไปแล้วมีงานแถวอุบลมั้ย ช่วยหางานให้หน่อย",
         "confirm": "ถูกคับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": [], "name": "ธนกร",
                "phone": "0981237765", "referrals": ["job_placement"],
                "no_referrals": HEALTH}),

    # Formal woman, 7 months pregnant, and her husband; their factory in Bang Phli (Samut
    # Prakan) closed; both go home to Phetchabun; both have cards; dorm paid to month end,
    # food on hand. She writes "นางสาว" before her name.
    # Right outcome: case, eligible, 2 travellers, pregnant, not urgent.
    "holdout26 pregnant factory worker and husband, formal": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ ดิฉันและสามีทำงานโรงงานที่บางพลี สมุทรปราการ โรงงานปิดกิจการกะทันหันเมื่อสัปดาห์ก่อน "
         "ยังไม่ได้รับค่าจ้างค้างจ่าย ขณะนี้ดิฉันตั้งครรภ์ได้ 7 เดือน ต้องการกลับไปคลอดที่บ้านจังหวัดเพชรบูรณ์ "
         "แต่ไม่มีเงินค่าเดินทางค่ะ จึงขอรับความช่วยเหลือค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอรับความช่วยเหลือค่าเดินทางกลับภูมิลำเนาค่ะ",
         "hardship": "ไม่มีค่าเดินทางกลับบ้านค่ะ", "id_card": "มีทั้งสองคนค่ะ",
         "nationality": "สัญชาติไทยค่ะ", "current_province": "สมุทรปราการค่ะ",
         "home_province": "เพชรบูรณ์ค่ะ", "travellers": "2 คนค่ะ ดิฉันกับสามี",
         "special_needs": "ดิฉันตั้งครรภ์ 7 เดือนค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "เดินทางเองได้ค่ะ สามีไปด้วย", "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "ยังพักหอพักได้ถึงสิ้นเดือนค่ะ อาหารยังพอมี",
         "name": "นางสาวพิมพ์ชนก แสงทอง เบอร์ 0645571239", "phone": "0645571239",
         "needs": "ไม่มีค่ะ ขอบคุณค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "เพชรบูรณ์",
                "travellers": 2, "urgent": False, "special": ["pregnant"],
                "name": "พิมพ์ชนก แสงทอง", "phone": "0645571239"}),

    # Lottery seller with one leg amputated, on crutches, in Pak Kret (Nonthaburi); home
    # Roi Et; card and disability card; room for a few more days, food today; travels on
    # his own; never got the disability allowance and wants new crutches.
    # Right outcome: case, eligible, disabled, not urgent; allowance + devices offered.
    "holdout26 amputee lottery seller in pak kret": Persona(
        ("สวัสดีครับ ผมขาขาดข้างนึงครับ เดินไม้ค้ำ",
         "มาขายลอตเตอรี่อยู่ปากเกร็ด ช่วงนี้ขายไม่ได้เลย ค่าห้องก็จะไม่มีจ่าย อยากกลับร้อยเอ็ดครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ", "id_card": "มีครับ บัตรคนพิการก็มี",
         "nationality": "ไทยครับ", "current_province": "นนทบุรีครับ ปากเกร็ด",
         "home_province": "ร้อยเอ็ดครับ", "travellers": "คนเดียวครับ",
         "special_needs": "ผมพิการครับ ขาขาดข้างซ้าย", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ ชินแล้ว", "sensitive_consent": "ยินยอมครับ",
         "urgent": "ยังนอนห้องได้อีกสองสามวันครับ ข้าววันนี้มีกิน",
         "name": "วิชัย บุญเรือง 0873320154", "phone": "0873320154",
         "needs": "ผมยังไม่เคยได้เบี้ยคนพิการเลยครับ อยากทำเรื่องขอ แล้วไม้ค้ำก็จะหักแล้ว อยากได้อันใหม่",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": False, "special": ["disabled"], "name": "วิชัย บุญเรือง",
                "phone": "0873320154",
                "referrals": ["disability_allowance", "disability_devices"],
                "no_referrals": HEALTH}),

    # Fishing-boat hand put ashore in Ranong unpaid; his card fell in the sea; the village
    # head's letter certifying he is Thai and lives there reached him by bus and is in his
    # hand. Home Chaiyaphum. Sleeping on the pier. Wants a new ID card.
    # Right outcome: case, eligible (letter instead of card), urgent; id_card offered.
    "holdout26 boat hand in ranong, card lost, has village letter": Persona(
        ("สวัสดีครับ ผมลงเรือประมงอยู่ระนองมาสามเดือน ไต๋เรือไม่จ่ายเงิน ทะเลาะกันแล้วเขาไล่ลงจากเรือ "
         "กระเป๋าตกน้ำตอนขึ้นฝั่ง บัตรประชาชนหายไปด้วย ตอนนี้ไม่เหลืออะไรเลย อยากกลับบ้านที่ชัยภูมิ "
         "แม่ให้ผู้ใหญ่บ้านทำหนังสือรับรองว่าผมเป็นคนไทย อยู่หมู่บ้านนี้จริง แล้วฝากรถทัวร์มาให้ ตอนนี้หนังสืออยู่กับผมแล้วครับ",
         "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ", "id_card": "ไม่มีครับ บัตรตกน้ำหายไปแล้ว",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีครับ หนังสือรับรองจากผู้ใหญ่บ้าน ตัวจริงอยู่กับผมแล้ว",
         "current_province": "ระนองครับ", "home_province": "ชัยภูมิครับ",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "sensitive_consent": "ยินยอมครับ",
         "urgent": "ไม่มีที่นอนครับ ตอนนี้นอนที่ท่าเรือ",
         "name": "สุริยา ป้องกัน 0910023345", "phone": "0910023345",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ระนอง", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "special": [], "name": "สุริยา ป้องกัน",
                "phone": "0910023345", "referrals": ["id_card"], "no_referrals": HEALTH}),

    # Karen woman with a Thai ID card, unpaid by her employer in Bang Khae (Bangkok);
    # home Mae Sariang, Mae Hong Son; simple broken Thai; no food today, sleeps in a park.
    # Right outcome: case, eligible, urgent.
    "holdout26 karen woman unpaid in bangkok, simple thai": Persona(
        ("สวัดดี", "ฉานมาทำงานกรุงเทพ นายจ้างไม่ให้เงิน ไม่มีเงินกลับบ้าน", "บ้านอยู่แม่สะเรียง"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้าน ช่วยหน่อย",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีข้าวกิน", "id_card": "มี บัตรคนไทย",
         "nationality": "ไทย เป็นคนกะเหรี่ยง มีบัตรประชาชนไทย",
         "current_province": "กรุงเทพ บางแค", "home_province": "แม่สะเรียง แม่ฮ่องสอน",
         "travellers": "คนเดียว", "special_needs": "ไม่มี", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้", "sensitive_consent": "ยินยอม",
         "urgent": "วันนี้ยังไม่ได้กินข้าว คืนนี้นอนสวนสาธารณะ",
         "name": "มึดา พนาไพร 0957781204", "phone": "0957781204", "needs": "ไม่มี",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": True, "special": [], "name": "มึดา พนาไพร",
                "phone": "0957781204", "no_referrals": HEALTH}),

    # Woman of 63 with her husband of 67, in Khon Kaen hospital after his stroke; he is
    # discharged tomorrow, walks only with help, she goes with him and can manage; home
    # Nakhon Phanom; both have cards; tonight she sleeps at his bedside, hospital food.
    # She asks where he can keep being treated at home.
    # Right outcome: case, eligible, 2 travellers, elderly + sick, not urgent; medical_services.
    "holdout26 wife 63 bringing stroke husband home from khon kaen": Persona(
        ("สวัสดีจ้า",
         "ป้าพาลุงมาหาหมอที่โรงพยาบาลขอนแก่น ลุงเป็นเส้นเลือดในสมองตีบ นอนโรงบาลมาเกือบเดือน เงินหมดแล้ว",
         "หมอให้กลับบ้านได้พรุ่งนี้ แต่ป้าไม่มีค่ารถพาลุงกลับนครพนม"),
        {"consent": "ยินยอมจ้า", "idle": "ขอค่ารถพาลุงกลับบ้านจ้า",
         "hardship": "ไม่มีค่ารถกลับบ้านจ้า", "id_card": "มีทั้งสองคนจ้า",
         "nationality": "ไทยจ้า", "current_province": "ขอนแก่นจ้า",
         "home_province": "นครพนมจ้า", "travellers": "สองคน ป้ากับลุง",
         "special_needs": "ลุงอายุ 67 ป้า 63 ลุงเพิ่งเป็นเส้นเลือดในสมองตีบ เดินได้ช้าๆต้องมีคนพยุง",
         "more_care": "ไม่มีแล้วจ้า",
         "travel_alone": "ไปกันเองได้จ้า ป้าดูแลลุงเอง", "sensitive_consent": "ยินยอมจ้า",
         "urgent": "คืนนี้ป้านอนเฝ้าลุงที่โรงบาลได้ ข้าวโรงบาลก็มีจ้า",
         "name": "ป้าชื่อ บัวลอง พรมมา เบอร์ 0887654012", "phone": "0887654012",
         "needs": "ลุงต้องรักษาต่อ กลับไปแล้วจะไปหาหมอรักษาต่อที่ไหนได้บ้างจ้า",
         "confirm": "ถูกต้องจ้า"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "นครพนม", "travellers": 2,
                "urgent": False, "special": ["elderly", "sick"], "name": "บัวลอง พรมมา",
                "phone": "0887654012", "referrals": ["medical_services"]}),

    # Man released today from Phitsanulok prison; home Chiang Rai; card; a relative in
    # Phitsanulok lets him sleep tonight and feeds him; learned Thai massage inside and
    # asks for massage work. Right outcome: case, eligible, not urgent; thai_massage_training.
    "holdout26 released in phitsanulok, learned massage inside": Persona(
        ("ขอสอบถามครับ",
         "ผมพ้นโทษออกจากเรือนจำพิษณุโลกวันนี้ ได้เงินติดตัวมานิดหน่อยแต่ไม่พอค่ารถไปเชียงราย",
         "มีบัตรประชาชนครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือค่ารถครับ",
         "hardship": "ค่ารถกลับบ้านไม่พอครับ", "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "พิษณุโลกครับ", "home_province": "เชียงรายครับ อำเภอพาน",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "sensitive_consent": "ได้ครับ ยินยอม",
         "urgent": "คืนนี้น้าที่พิษณุโลกให้นอนบ้านครับ ข้าวก็มีกิน ขาดแค่ค่ารถ",
         "name": "กิตติพงษ์ ครับ 082 998 7765", "phone": "0829987765",
         "needs": "ในเรือนจำผมเรียนนวดแผนไทยมาครับ อยากทำงานเป็นหมอนวด มีที่ไหนรับบ้างไหม",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "เชียงราย", "travellers": 1,
                "urgent": False, "special": [], "name": "กิตติพงษ์",
                "phone": "0829987765", "referrals": ["thai_massage_training"],
                "no_referrals": HEALTH}),

    # Northern maid (kham mueang) let go in Lat Phrao (Bangkok) without her last month's
    # pay; home Nan; card; sleeps at a friend's room, has eaten. She types her number
    # wrong and fixes it at the summary. Right outcome: case, eligible, not urgent,
    # phone as corrected.
    "holdout26 northern maid in bangkok, fixes her number": Persona(
        ("สวัสดีเจ้า", "[sticker]", "เปิ้นเลิกจ้างข้าเจ้าแล้วเจ้า นายจ้างบ่หื้อเงินเดือนเดือนสุดท้าย",
         "ใคร่ปิ๊กบ้านน่านเจ้า บ่มีสตางค์ค่ารถ"),
        {"consent": "ยินยอมเจ้า", "idle": "ใคร่ปิ๊กบ้านเจ้า ขอความช่วยเหลือ",
         "hardship": "บ่มีสตางค์ค่ารถเจ้า", "id_card": "มีเจ้า", "nationality": "ไทยเจ้า",
         "current_province": "กรุงเทพเจ้า ลาดพร้าว", "home_province": "น่านเจ้า",
         "travellers": "ผู้เดียวเจ้า", "special_needs": "บ่มีเจ้า", "more_care": "บ่มีเจ้า",
         "travel_alone": "ไปเองได้เจ้า", "sensitive_consent": "ยินยอมเจ้า",
         "urgent": "คืนนี้นอนห้องหมู่ได้เจ้า กิ๋นข้าวแล้ว",
         "name": "ศรีนวล อินต๊ะ 0614428180", "phone": "0614428180",
         "needs": "บ่มีเจ้า",
         "confirm": ("เบอร์ผิดเจ้า ตี้ถูกคือ 0614428810", "ถูกต้องแล้วเจ้า")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน",
                "travellers": 1, "urgent": False, "special": [], "name": "ศรีนวล อินต๊ะ",
                "phone": "0614428810", "no_referrals": HEALTH}),

    # Southern Muslim man lured to Chiang Mai by a fake job; home Trang; card; nowhere to
    # sleep and nothing eaten today; very short messages, one thing per message.
    # Right outcome: case, eligible, urgent.
    "holdout26 southern man tricked to chiang mai, terse": Persona(
        ("หวัดดีครับ", "โดนหลอกมาทำงาน", "เชียงใหม่"),
        {"consent": "ได้ครับ", "idle": "อยากกลับบ้าน", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มี", "nationality": "ไทย", "current_province": "เชียงใหม่",
         "home_province": "ตรังครับ", "travellers": "คนเดียว", "special_needs": "ไม่มี",
         "more_care": "ไม่มี", "travel_alone": "ได้", "sensitive_consent": "ยินยอม",
         "urgent": "ไม่มีที่นอนครับ วันนี้ไม่มีไหรกินเลย",
         "name": "ฟาริส หมัดหลี", "phone": "0807716543", "needs": "ไม่มี",
         "confirm": "ถูกต้อง"},
        one_part=True,
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ตรัง", "travellers": 1,
                "urgent": True, "special": [], "name": "ฟาริส หมัดหลี",
                "phone": "0807716543", "no_referrals": HEALTH}),

    # Grandmother of 61 who brought her 5-year-old grandson to Korat (Nakhon Ratchasima)
    # to find her daughter, who has moved away; home Lam Plai Mat, Buriram; card; sitting
    # at the bus terminal with nowhere to sleep tonight. One thing per message; Thai digits.
    # Right outcome: case, eligible, 2 travellers, elderly + child, urgent.
    "holdout26 grandmother and grandson stuck in korat": Persona(
        ("สวัสดีจ้ะ", "ยายพาหลานมาหาลูกสาวที่โคราช แต่มันย้ายไปแล้ว ติดต่อไม่ได้เลยจ้ะ"),
        {"consent": "ยินยอมจ้ะ", "idle": "ยายอยากพาหลานกลับบ้านจ้ะ",
         "hardship": "เงินหมดแล้วจ้ะ ไม่มีค่ารถ", "id_card": "มีจ้ะ", "nationality": "ไทยจ้ะ",
         "current_province": "โคราชจ้ะ", "home_province": "บุรีรัมย์ อ.ลำปลายมาศ",
         "travellers": "สองคน ยายกับหลาน", "special_needs": "ยายอายุ ๖๑ หลานห้าขวบจ้ะ",
         "more_care": "ไม่มีแล้วจ้ะ", "travel_alone": "ไปเองได้จ้ะ",
         "sensitive_consent": "ยินยอมจ้ะ",
         "urgent": "คืนนี้ไม่รู้จะนอนไหนจ้ะ นั่งอยู่ บขส.",
         "name": "ยายชื่อ สำลี จันทร์หอม", "phone": "๐๙๒๕๕๘๑๑๔๗", "needs": "ไม่มีจ้ะ",
         "confirm": "ถูกแล้วจ้ะ"},
        one_part=True,
        expect={"eligible": True, "current": "นครราชสีมา", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": True, "special": ["elderly", "child"],
                "name": "สำลี จันทร์หอม", "phone": "0925581147", "no_referrals": HEALTH}),

    # Man living with HIV, out of work in Udon Thani, feverish and weak now, medicine
    # running out; home Loei; card; room until month end but has not eaten today; asks
    # about aid for people with HIV. Right outcome: case, eligible, sick, urgent; hiv_aid.
    "holdout26 man with hiv in udon, sick, going to loei": Persona(
        ("สวัสดีครับ ขอปรึกษาหน่อย",
         "ผมติดเชื้อ HIV ครับ ตอนนี้อยู่อุดร ตกงาน ยาก็ใกล้หมด ช่วงนี้ไม่ค่อยสบาย มีไข้ ไม่มีแรง",
         "อยากกลับไปอยู่กับแม่ที่เลยครับ แต่ไม่มีเงินค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีรายได้ครับ", "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "อุดรธานีครับ", "home_province": "เลยครับ",
         "travellers": "คนเดียวครับ", "special_needs": "ผมป่วยครับ ติดเชื้อ มีไข้อยู่",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "ห้องยังอยู่ได้ถึงสิ้นเดือนครับ แต่วันนี้ยังไม่ได้กินข้าวเลย เงินหมด",
         "name": "ณัฐวุฒิ 0836671209", "phone": "0836671209",
         "needs": "อยากรู้ว่ามีเงินช่วยเหลือคนติดเชื้อ HIV ไหมครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "อุดรธานี", "home": "เลย", "travellers": 1,
                "urgent": True, "special": ["sick"], "name": "ณัฐวุฒิ",
                "phone": "0836671209", "referrals": ["hiv_aid"]}),

    # Four sugar-cane cutters in Bo Phloi, Kanchanaburi; the crew boss ran off with the
    # pay; all four Thai with cards, healthy men, all go home to Sakon Nakhon; a shed in
    # the field to sleep in but nothing eaten today. The leader answers one thing a message.
    # Right outcome: case, eligible, 4 travellers, urgent.
    "holdout26 four cane cutters in kanchanaburi": Persona(
        ("สวัสดีครับ พวกผม ๔ คนมาตัดอ้อยที่กาญจนบุรี", "หัวหน้าคนงานเอาเงินหนีไปหมด"),
        {"consent": "ยินยอมครับ", "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถ แล้วก็ไม่มีข้าวกินครับ", "id_card": "มีครบทุกคนครับ",
         "nationality": "ไทยทุกคนครับ", "current_province": "กาญจนบุรี อ.บ่อพลอย",
         "home_province": "สกลนครครับ ทั้ง ๔ คน", "travellers": "๔ คนครับ",
         "special_needs": "ไม่มีครับ ผู้ชายหมด แข็งแรงดี", "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "sensitive_consent": "ยินยอมครับ",
         "urgent": "วันนี้ยังไม่ได้กินอะไรเลยครับ นอนเพิงในไร่ได้อยู่",
         "name": "บุญชู ไชยวงศ์", "phone": "0908812234", "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        one_part=True,
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "สกลนคร", "travellers": 4,
                "urgent": True, "special": [], "name": "บุญชู ไชยวงศ์",
                "phone": "0908812234", "no_referrals": HEALTH}),

    # --- refused ---

    # Myanmar woman at a shrimp factory in Mahachai (Samut Sakhon), unpaid, wants to go
    # home to Myawaddy; pink card only, no Thai nationality.
    # Right outcome: refused, reason nationality.
    "holdout26 myanmar worker in mahachai": Persona(
        ("สวัสดีค่ะ", "หนูเป็นคนพม่า ทำงานโรงงานกุ้งมหาชัย",
         "นายจ้างไม่จ่ายตังค์ อยากกลับบ้านที่เมียวดี ไม่มีค่ารถ ช่วยได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ", "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "ไม่มีบัตรไทยค่ะ มีแต่บัตรชมพู", "nationality": "พม่าค่ะ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "สมุทรสาครค่ะ",
         "home_province": "เมียวดี ประเทศพม่าค่ะ", "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "urgent": "มีที่นอนค่ะ หอคนงาน",
         "name": "มะเอ 0954412378", "phone": "0954412378", "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Thai man robbed in Sattahip (Chonburi), card gone; home Yasothon, which he left 15
    # years ago; parents dead, nobody there, the village head does not know him, so he
    # has no certifying letter and cannot get one.
    # Right outcome: refused, reason no card and no letter.
    "holdout26 robbed in sattahip, no card, no letter": Persona(
        ("ผมโดนขโมยกระเป๋าที่สัตหีบครับ เงินบัตรหายหมด", "อยากกลับยโสธร ช่วยได้ไหมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ", "id_card": "หายครับ ไม่มีบัตรแล้ว",
         "nationality": "ไทยครับ",
         "nationality_letter": ("ไม่มีครับ ที่บ้านไม่มีใครแล้ว ผู้ใหญ่บ้านก็ไม่รู้จักผม",
                                "ไม่มีจริงๆครับ ขอใครก็ไม่ได้"),
         "current_province": "ชลบุรีครับ สัตหีบ", "home_province": "ยโสธรครับ",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "sensitive_consent": "ยินยอมครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ", "name": "ชาตรี 0862239145",
         "phone": "0862239145", "needs": "ไม่มีครับ", "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Woman out of work for two months, living in her own home in Ubon Ratchathani with
    # her mother; wants money, not a trip: she is already at home.
    # Right outcome: refused, reason already in home province.
    "holdout26 jobless woman already at home in ubon": Persona(
        ("สวัสดีค่ะ อยากขอเงินช่วยเหลือค่ะ", "ตกงานมาสองเดือนแล้ว ไม่มีเงินซื้อข้าว",
         "ตอนนี้อยู่บ้านที่อุบลค่ะ อยู่กับแม่"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีงาน", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "อุบลราชธานีค่ะ อยู่บ้านตัวเอง",
         "home_province": "อุบลค่ะ บ้านเกิดเลย อยู่ที่นี่แหละ",
         "travellers": "ไม่ได้จะไปไหนค่ะ อยู่บ้านแล้ว", "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไม่ได้เดินทางค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "urgent": "มีบ้านนอนค่ะ แต่ข้าวจะหมดแล้ว",
         "name": "จันทร์เพ็ญ 0659934410", "phone": "0659934410", "needs": "อยากได้งานค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "อุบลราชธานี",
                "home": "อุบลราชธานี"}),

    # --- answered ---

    # Southern man who only wants the hotline number and refuses consent.
    # Right outcome: answered (1300), nothing stored.
    "holdout26 southern asks hotline only, no consent": Persona(
        ("สายด่วนช่วยคนตกค้างกลับบ้านเบอร์ไหรครับ",),
        {"consent": "ไม่ยินยอมครับ ถามเฉยๆ ไม่ต้องเก็บข้อมูล",
         "idle": "แค่อยากรู้เบอร์โทรครับ"},
        outcome="answered", answered="1300", expect={"stored": False}),

    # Isan mother asking how much the disability allowance is for her son who cannot walk.
    # Right outcome: answered (800 baht a month).
    "holdout26 isan mother asks disability allowance": Persona(
        ("สอบถามแหน่เด้อ", "ลูกชายพิการ ขาเดินบ่ได้ ได้เบี้ยคนพิการเดือนละจักบาท",
         "ต้องเฮ็ดจั่งใด๋"),
        {"consent": "ยินยอม", "idle": "ถามเรื่องเบี้ยคนพิการจ้า"},
        outcome="answered", answered="800", expect={}),

    # Formal woman asking, for now only, how long the return-home aid takes and how fast
    # an urgent case is handled; she does not consent yet.
    # Right outcome: answered (urgent within 24 hours), nothing stored.
    "holdout26 formal question on processing time": Persona(
        ("ขอสอบถามค่ะ ถ้ายื่นขอเงินช่วยเหลือค่าเดินทางกลับภูมิลำเนา ใช้เวลาดำเนินการกี่วันคะ "
         "กรณีเร่งด่วนเร็วที่สุดกี่ชั่วโมงคะ ตอนนี้ขอถามไว้ก่อนค่ะ ยังไม่ได้จะยื่น",),
        {"consent": "ยังไม่ยินยอมค่ะ ขอสอบถามข้อมูลก่อน",
         "idle": "แค่สอบถามระยะเวลาค่ะ"},
        outcome="answered", answered="24", expect={"stored": False}),
}
