"""dev93: Blind dialog personas for the Namjai benchmark.

Date: 2026-12-07
Written from the seeds only.
Focus: people with disabilities and chronic illness (wheelchair users, blind and deaf
people, dialysis, stroke, cancer and HIV patients, psychiatric patients discharged from
hospital), and the hospital social workers, nurses, volunteers, caregivers and kin who
write for them; some need an officer to travel along, some travel alone.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Wheelchair user (Isan), pickpocketed at Mo Chit, Bangkok -> Roi Et, alone, travels
    # alone; nowhere to sleep tonight; never registered as disabled. Case, urgent.
    "dev93 wheelchair man robbed at Mo Chit": Persona(
        ("สวัสดีครับ",
         "ผมนั่งวีลแชร์ ติดอยู่หมอชิตครับ เงินหมดเกลี้ยงโดนล้วงกระเป๋าตังค์ บัตรปชชยังอยู่เพราะเก็บไว้กระเป๋าเสื้อ",
         "อยากกลับบ้านร้อยเอ็ดครับ คืนนี้บ่มีบ่อนนอน"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "sensitive_consent": "ได้ครับ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ คืนนี้กะบ่มีบ่อนนอน",
         "current_province": "กทมครับ หมอชิตใหม่",
         "travellers": "ไปคนเดียวครับ",
         "special_needs": "ผมพิการขาครับ ขาลีบตั้งแต่น้อย นั่งวีลแชร์",
         "more_care": "ขอคนช่วยยกวีลแชร์ขึ้นใต้ท้องรถทัวร์แค่นั้นครับ",
         "travel_alone": "ไปคนเดียวได้ครับ เคยไปมาหลายเที่ยวแล้ว",
         "urgent": "บ่มีครับ ตอนนี้นั่งอยู่ชานชาลา",
         "needs": "ยังบ่เคยไปขึ้นทะเบียนคนพิการ อยากรับเบี้ยคนพิการครับ",
         "name": "ทองใบ ศรีภูมิ", "phone": "093-512-7748", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "referrals": ["disability_allowance"], "name": "ทองใบ ศรีภูมิ",
                "phone": "0935127748"}),

    # Hospital social worker in Khon Kaen for a 64-year-old stroke patient going home to
    # Nakhon Phanom; 1 traveller, needs an officer escort; stays on ward. Case, not urgent.
    "dev93 social worker, stroke patient needs escort": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ ดิฉันเป็นนักสังคมสงเคราะห์ รพ.ในจังหวัดขอนแก่น ขอประสานส่งผู้ป่วยกลับภูมิลำเนาค่ะ",
         "ผู้ป่วยหญิงอายุ 64 ปี โรคหลอดเลือดสมอง อ่อนแรงซีกซ้าย แพทย์ให้จำหน่ายวันศุกร์นี้ ญาติอยู่ จ.นครพนม แต่ไม่มีค่าใช้จ่ายมารับ ผู้ป่วยเองไม่มีเงินเลยค่ะ"),
        {"consent": "ผู้ป่วยยินยอมให้ข้อมูลแล้วค่ะ",
         "sensitive_consent": "ยินยอมค่ะ ผู้ป่วยรับทราบแล้ว",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่าพาหนะกลับภูมิลำเนา และไม่มีผู้ดูแลที่นี่ค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ ยังไม่หมดอายุ",
         "travellers": "ผู้ป่วย 1 รายค่ะ",
         "special_needs": "ผู้สูงอายุ ป่วยอ่อนแรงซีกซ้ายจากหลอดเลือดสมอง ต้องใช้รถเข็นค่ะ",
         "more_care": "ต้องมีคนช่วยเคลื่อนย้ายขึ้นลงรถ และดูแลเรื่องยาค่ะ",
         "travel_alone": "เดินทางเองไม่ได้ค่ะ ขอเจ้าหน้าที่ร่วมเดินทางไปส่งด้วย",
         "urgent": "ไม่เร่งด่วนค่ะ ผู้ป่วยยังพักที่หอผู้ป่วยได้จนถึงวันจำหน่าย",
         "needs": "ขอให้ประสาน รพ.ปลายทางรับทำกายภาพบำบัดต่อเนื่องด้วยค่ะ",
         "name": "ผู้ป่วยชื่อ คำปุน วงศ์ไชย ค่ะ",
         "phone": "ติดต่อดิฉันได้ที่ 081 765 4402 ค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "นครพนม", "travellers": 1,
                "urgent": False, "special": ["elderly", "sick", "cannot_travel_alone"],
                "referrals": ["travel_escort", "medical_services"],
                "name": "คำปุน วงศ์ไชย", "phone": "0817654402"}),

    # Blind lottery seller using voice typing, cheated of his stock in Bangkok -> Ubon
    # Ratchathani, alone, travels alone, room paid. Case, not urgent, no health need.
    "dev93 blind lottery seller, voice typing": Persona(
        ("สวัสดีครับพิมพ์ด้วยเสียงนะครับผมตาบอดมองไม่เห็น",
         "ผมขายลอตเตอรี่อยู่สนามหลวงกรุงเทพครับโดนคนโกงเอาลอตเตอรี่ไปหมดทุนหมดเลยครับอยากกลับบ้านที่อุบลราชธานีไม่มีค่ารถครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับไม่มีรายได้แล้วด้วย",
         "id_card": "มีครับบัตรประชาชนมีครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมตาบอดสองข้างครับมีบัตรคนพิการแล้ว",
         "more_care": "ไม่ต้องครับ",
         "travel_alone": "ไปเองได้ครับผมนั่งรถทัวร์กลับบ้านประจำมีไม้เท้าขาว",
         "urgent": "ยังมีห้องเช่าอยู่ครับจ่ายถึงสิ้นเดือน",
         "needs": "ไม่มีครับกลับไปขายลอตเตอรี่ที่บ้านต่อ",
         "name": "ชื่อสุรชัยครับนามสกุลบุญประเสริฐ",
         "phone": "089 345 1278", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": False, "special": ["disabled"],
                "no_referrals": list(HEALTH), "name": "สุรชัย", "phone": "0893451278"}),

    # Deaf young woman (Thai Sign Language word order), factory closed in Chon Buri ->
    # Nakhon Sawan, alone, dorm till Friday, wants work. Case, not urgent; one part a message.
    "dev93 deaf factory worker, sign-language word order": Persona(
        ("สวัสดี ค่ะ", "ฉัน หูหนวก โทร ไม่ได้ คุย พิมพ์ ได้ ส่ง ไลน์",
         "โรงงาน ชลบุรี ปิด ไม่มี งาน เงิน หมด กลับ บ้าน นครสวรรค์ ไม่มี เงิน ค่า รถ"),
        {"consent": "ยินยอม ค่ะ", "idle": "ขอความช่วยเหลือ",
         "sensitive_consent": "ได้ ค่ะ",
         "hardship": "ค่า รถ ไม่มี",
         "id_card": "มี บัตร",
         "travellers": "1 คน",
         "special_needs": "หูหนวก มี บัตร คนพิการ",
         "more_care": "ไม่มี",
         "travel_alone": "ได้ ไป เอง ได้",
         "urgent": "หอ พัก ได้ ถึง วันศุกร์",
         "needs": "อยาก ทำงาน ใหม่",
         "name": "ฝน", "phone": "0628813905", "confirm": "ใช่ ค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครสวรรค์", "travellers": 1,
                "urgent": False, "special": ["disabled"], "referrals": ["job_placement"],
                "no_referrals": list(HEALTH), "name": "ฝน", "phone": "0628813905"}),

    # Dialysis patient and his wife, evicted today in Nonthaburi -> Sisaket; 2 travellers;
    # wants dialysis moved near home. Case, urgent.
    "dev93 dialysis patient and wife evicted": Persona(
        ("[sticker]", "ขอความช่วยเหลือครับ",
         "ผมป่วยไตวายต้องฟอกไตอาทิตย์ละ3ครั้ง ตกงานมา2เดือนแล้ว วันนี้เจ้าของห้องไล่ออก ผมกับเมียไม่มีที่ไปคืนนี้ครับ อยู่นนท์"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ บันทึกได้",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีรายได้ ไม่มีค่ารถกลับบ้านครับ ครบทุกข้อเลย",
         "id_card": "มีทั้งผมทั้งเมียครับ",
         "current_province": "นนทบุรีครับ",
         "home_province": "ศรีสะเกษครับ อ.กันทรลักษ์",
         "travellers": "2 คนครับ ผมกับเมีย",
         "special_needs": "ผมป่วยฟอกไตครับ เมียไม่ป่วย",
         "more_care": "ต้องฟอกไตทุกจันทร์ พุธ ศุกร์ ถ้าเลยวันจะเหนื่อยหอบครับ",
         "travel_alone": "เมียไปด้วยครับ ไปได้",
         "urgent": "ใช่ครับ คืนนี้ไม่มีที่นอน",
         "needs": "ขอย้ายที่ฟอกไตไป รพ.ใกล้บ้านที่ศรีสะเกษครับ",
         "name": "วีระพงษ์", "phone": "095-447-2016", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ศรีสะเกษ", "travellers": 2,
                "urgent": True, "special": ["sick"], "referrals": ["medical_services"],
                "name": "วีระพงษ์", "phone": "0954472016"}),

    # Psychiatric hospital social worker in Saraburi for a discharged patient (lost ID,
    # village head's certifying letter) -> sister in Lampang; 1 traveller, escort. Case.
    "dev93 psychiatric social worker, no ID but letter": Persona(
        ("สวัสดีค่ะ ติดต่อจากงานสังคมสงเคราะห์ โรงพยาบาลจิตเวชค่ะ ขอปรึกษาเรื่องค่าเดินทางส่งผู้ป่วยกลับบ้าน",
         "ผู้ป่วยชายอายุ 38 ปี ป่วยจิตเวช อาการสงบแล้ว แพทย์ให้กลับบ้านได้ พี่สาวอยู่ลำปางยินดีรับ แต่ไม่มีเงินมารับ ผู้ป่วยเองก็ไม่มีเงินเลยค่ะ"),
        {"consent": "ผู้ป่วยยินยอมค่ะ ลงชื่อในแบบยินยอมของ รพ.แล้ว",
         "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่าพาหนะกลับภูมิลำเนา ไม่มีรายได้ค่ะ",
         "id_card": "บัตรประชาชนหายค่ะ ผู้ป่วยไม่มีบัตรตั้งแต่ตอนรับเข้ารักษา",
         "nationality": "สัญชาติไทยค่ะ",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านที่ลำปางทำหนังสือรับรองว่าเป็นคนไทยและมีภูมิลำเนาอยู่ในหมู่บ้านจริง ส่งรูปมาทางไลน์แล้ว ตัวจริงส่งไปรษณีย์ตามมาค่ะ",
         "current_province": "สระบุรีค่ะ",
         "travellers": "ผู้ป่วย 1 คนค่ะ",
         "special_needs": "ผู้ป่วยจิตเวช ต้องกินยาต่อเนื่องค่ะ",
         "more_care": "ต้องมีคนดูแลให้กินยาตรงเวลา และส่งถึงมือญาติค่ะ",
         "travel_alone": "ไม่ควรเดินทางคนเดียวค่ะ ขอเจ้าหน้าที่ร่วมเดินทางไปด้วย",
         "urgent": "ไม่เร่งด่วนค่ะ ผู้ป่วยยังพักที่ตึกผู้ป่วยได้",
         "needs": "ขอประสาน รพ.ที่ลำปางติดตามการรักษาต่อ และช่วยทำบัตรประชาชนใหม่ค่ะ",
         "name": "ผู้ป่วยชื่อ อนุชา ใจคำ ค่ะ",
         "phone": "ติดต่อดิฉันที่ 086 230 5519 ค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "reason": "หนังสือรับรอง", "current": "สระบุรี",
                "home": "ลำปาง", "travellers": 1, "urgent": False,
                "special": ["sick", "cannot_travel_alone"],
                "referrals": ["travel_escort", "mental_health_care", "id_card"],
                "name": "อนุชา ใจคำ", "phone": "0862305519"}),

    # Mother (58) with autistic adult son, abandoned by husband in Rayong -> her mother's
    # home in Phetchabun; 2 travellers, she escorts him. Case, not urgent.
    "dev93 mother with autistic son": Persona(
        ("สวัสดีคะ", "ยินยอมคะ",
         "แม่ลูกอยู่ระยองคะ ลูกชายเป็นออทิสติก อายุ24 พ่อเขาทิ้งไปแล้ว แม่ทำงานไม่ได้เพราะต้องดูลูกตลอด ไม่มีเงินเลยคะ อยากพาลูกกลับไปอยู่บ้านแม่ที่เพชรบูรณ์"),
        {"idle": "ขอความช่วยเหลือคะ", "sensitive_consent": "ได้คะ",
         "hardship": "ไม่มีรายได้คะ ไม่มีคนช่วยดูลูก ไม่มีค่ารถกลับด้วย",
         "id_card": "มีคะ ทั้งแม่ทั้งลูก",
         "travellers": "2คนคะ แม่กับลูก",
         "special_needs": "ลูกเป็นออทิสติกคะ มีบัตรคนพิการแล้ว",
         "more_care": "ลูกกลัวคนเยอะๆ เสียงดังจะร้องโวยวาย ถ้าได้นั่งรถที่คนไม่เยอะจะดีคะ",
         "travel_alone": "ลูกไปคนเดียวไม่ได้คะ แต่แม่ไปด้วยตลอด",
         "urgent": "ยังพอมีห้องอยู่คะ ค่าห้องจ่ายถึงสิ้นเดือน",
         "needs": "อยากขอเงินช่วยครอบครัวคนพิการคะ กลับไปก็ยังไม่มีงานทำ",
         "name": "นงลักษณ์คะ", "phone": "๐๘๔๗๗๒๖๐๓๑", "confirm": "ใช่คะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "เพชรบูรณ์", "travellers": 2,
                "urgent": False, "special": ["disabled"],
                "referrals": ["disability_family_aid"], "name": "นงลักษณ์",
                "phone": "0847726031"}),

    # Leg amputee (Isan, short answers) thrown out by a rubber-plantation employer in Surat
    # Thani -> Buriram, alone, prosthesis broken. Case, urgent; one part a message.
    "dev93 amputee rubber tapper, short answers": Persona(
        ("ขอความช่วยเหลือแหน่ครับ", "ยินยอม"),
        {"idle": "ขอความช่วยเหลือ", "sensitive_consent": "ได้ครับ",
         "hardship": "บ่มีค่ารถกลับบ้าน",
         "id_card": "มีครับ",
         "current_province": "สุราษครับ",
         "home_province": "บุรีรัมย์",
         "travellers": "คนเดียว",
         "special_needs": "ขาขาดข้างนึงครับ มีบัตรคนพิการ",
         "more_care": "ขาเทียมหัก ใช้ไม้ค้ำอยู่",
         "travel_alone": "ไปเองได้",
         "urgent": "บ่มีบ่อนนอนครับ นายจ้างไล่ออกจากบ้านพักสวนยางมื้อนี้",
         "needs": "ขาเทียมอันใหม่",
         "name": "บุญเลิศ", "phone": "0918275536", "confirm": "แม่นครับ ok"},
        one_part=True,
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "referrals": ["disability_devices"], "name": "บุญเลิศ",
                "phone": "0918275536"}),

    # Daughter in Nan (Northern dialect) for her 73-year-old father, just had eye surgery in
    # Chiang Mai, waiting outside the hospital -> Nan; 1 traveller, needs escort. Case, urgent.
    "dev93 northern daughter for father after eye surgery": Persona(
        ("สวัสดีเจ้า",
         "ขอความช่วยเหลือเจ้า ป้ออายุ 73 ไปผ่าตาต้อกระจกที่โรงบาลเชียงใหม่ ตอนนี้หมอให้ออกแล้ว แต่ตังค์หมดบ่มีค่ารถกลับน่าน",
         "ป้อตาบ่ค่อยหันเลย ปิดตาไว้ข้างนึง ข้าเจ้าอยู่น่าน จะลงไปรับก็บ่มีตังค์เจ้า"),
        {"consent": "ยินยอมเจ้า", "sensitive_consent": "ได้เจ้า",
         "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีค่ารถกลับบ้าน บ่มีคนดูแลอยู่ตางพุ้นเจ้า",
         "id_card": "ป้อมีบัตรประชาชนเจ้า",
         "travellers": "ป้อคนเดียวเจ้า ข้าเจ้าบ่ได้ไปด้วย",
         "special_needs": "ป้อเฒ่าแล้ว 73 ตาเพิ่งผ่า มองบ่ค่อยหัน",
         "more_care": "ต้องหยอดตาทุก 4 ชั่วโมงเจ้า",
         "travel_alone": "ไปคนเดียวบ่ได้เจ้า อยากได้คนพาไปส่งถึงบ้าน",
         "urgent": "ป้อนั่งรออยู่หน้าโรงบาล คืนนี้บ่มีที่นอนเจ้า",
         "needs": "บ่มีแล้วเจ้า",
         "name": "ป้อชื่อ อินสม ปัญญาวงค์ เจ้า",
         "phone": "เบอร์ข้าเจ้าเน้อ 0659021184 ป้อบ่มีโทรศัพท์",
         "confirm": "ถูกแล้วเจ้า [sticker]"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน", "travellers": 1,
                "urgent": True, "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort"], "name": "อินสม", "phone": "0659021184"}),

    # Man living with HIV, too weak to work in Samut Sakhon -> Kalasin, alone, staying with
    # a friend; hesitant about recording health. Case, not urgent; one part a message.
    "dev93 HIV patient, hesitant": Persona(
        ("สอบถามหน่อยครับ", "คือ ผมป่วยครับ ไม่อยากพูดมาก", "ขอความช่วยเหลือครับ"),
        {"consent": "ยินยอม",
         "sensitive_consent": ("ข้อมูลจะไปถึงใครบ้างครับ", "โอเค ยินยอมครับ"),
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ทำงานไม่ไหวแล้ว ไม่มีรายได้",
         "id_card": "มี",
         "current_province": "สมุทรสาคร",
         "home_province": "กาฬสินธุ์",
         "travellers": "1",
         "special_needs": "ผมติดเชื้อ HIV ครับ ร่างกายไม่ค่อยไหว",
         "more_care": "ต้องกินยาต้านทุกวัน",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ตอนนี้อาศัยห้องเพื่อนอยู่ครับ",
         "needs": "อยากรับยาต้านต่อที่โรงบาลแถวบ้าน",
         "name": "เอ็ม", "phone": "0804419327", "confirm": "ครับ ถูกต้อง"},
        one_part=True,
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": ["sick"],
                "referrals": ["hiv_aid", "medical_services"], "name": "เอ็ม",
                "phone": "0804419327"}),

    # Ward nurse in Phuket for a 71-year-old woman with dementia found wandering; daughter
    # waits in Yasothon; 1 traveller, needs escort; still in hospital. Case, not urgent.
    "dev93 nurse for wandering woman with dementia": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ พยาบาลตึกอายุรกรรมหญิง รพ.จังหวัดภูเก็ตค่ะ",
         "มีผู้ป่วยหญิงสูงอายุภาวะสมองเสื่อม ตำรวจพามาส่งเพราะเดินหลงอยู่ในตลาด ตอนนี้อาการทางกายดีแล้ว ค้นกระเป๋าเจอบัตรประชาชน ภูมิลำเนายโสธร ประสานผู้ใหญ่บ้านได้แล้ว ลูกสาวอยู่ที่นั่นพร้อมรับ แต่ไม่มีค่าเดินทางมารับค่ะ"),
        {"consent": "ได้ค่ะ ญาติยินยอมทางโทรศัพท์แล้ว",
         "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีผู้ดูแลที่นี่ ไม่มีเงิน ไม่มีค่าพาหนะกลับค่ะ",
         "travellers": "1 คนค่ะ ตัวผู้ป่วย",
         "special_needs": "อายุ ๗๑ ปี สมองเสื่อม จำทางไม่ได้ค่ะ",
         "more_care": "ต้องมีคนดูตลอด เสี่ยงเดินหลง ใส่ผ้าอ้อมผู้ใหญ่ค่ะ",
         "travel_alone": "เดินทางเองไม่ได้ค่ะ ต้องมีเจ้าหน้าที่ไปส่งถึงมือญาติ",
         "urgent": "ไม่เร่งด่วนค่ะ ผู้ป่วยยังอยู่ในความดูแลของ รพ.",
         "needs": "ไม่มีค่ะ",
         "name": "ผู้ป่วยชื่อ สำลี ทองมา ค่ะ",
         "phone": "ติดต่อพยาบาลผู้ประสาน 089-730-2648",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ยโสธร", "travellers": 1,
                "urgent": False, "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort"], "name": "สำลี ทองมา",
                "phone": "0897302648"}),

    # Low-vision wife writes for herself and her blind husband, street musicians evicted in
    # Hat Yai (Songkhla) -> Korat; 2 travellers, travel on their own. Case, urgent.
    "dev93 blind street musicians evicted": Persona(
        ("สวัสดีค่ะ พิมพ์ช้านะคะ ตามองเห็นนิดเดียว", "ยินยอมค่ะ",
         "สามีตาบอด ฉันสายตาเลือนราง เล่นดนตรีเปิดหมวกอยู่หาดใหญ่ ช่วงนี้ฝนตกทุกวันไม่มีรายได้ โดนไล่ออกจากห้องเช่าเมื่อเช้า คืนนี้ไม่รู้จะนอนไหนค่ะ อยากกลับบ้านโคราช"),
        {"idle": "ขอความช่วยเหลือค่ะ", "sensitive_consent": "ได้ค่ะ",
         "current_province": "สงขลาค่ะ",
         "hardship": "ไม่มีที่พัก ไม่มีรายได้ ไม่มีค่ารถค่ะ",
         "id_card": "มีทั้งสองคนค่ะ",
         "travellers": "2 คนค่ะ ฉันกับสามี",
         "special_needs": "พิการทางการมองเห็นทั้งคู่ค่ะ มีบัตรคนพิการ",
         "more_care": "มีกีตาร์กับลำโพงไปด้วยค่ะ",
         "travel_alone": "ไปกันเองสองคนได้ค่ะ ไปมาหลายรอบแล้ว",
         "urgent": "ใช่ค่ะ คืนนี้ไม่มีที่นอน",
         "needs": "อยากกู้ทุนคนพิการไปเปิดร้านนวดที่บ้านค่ะ สามีเรียนนวดมา",
         "name": "จันทร์เพ็ญ", "phone": "0612094475", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "นครราชสีมา", "travellers": 2,
                "urgent": True, "special": ["disabled"], "referrals": ["disability_loan"],
                "name": "จันทร์เพ็ญ", "phone": "0612094475"}),

    # Social development volunteer writes for a deaf-mute construction worker sleeping at
    # Mo Chit, Bangkok -> Sakon Nakhon; 1 traveller, can travel alone. Case, urgent.
    "dev93 volunteer for deaf-mute man at bus terminal": Persona(
        ("สวัสดีครับ ผมเป็น อพม. เขตจตุจักร เจอผู้ชายคนนึงนั่งอยู่หมอชิตสองวันแล้ว เป็นใบ้หูหนวก คุยกันด้วยการเขียนกระดาษครับ",
         "เขาเขียนบอกว่าบ้านอยู่สกลนคร มาทำงานก่อสร้างแล้วโดนโกงค่าแรง เงินหมด มีบัตรประชาชนครับ ผมดูแล้ว"),
        {"consent": "เขาพยักหน้ายินยอมครับ ผมเขียนอธิบายให้อ่านแล้ว",
         "sensitive_consent": "ได้ครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่นอน ไม่มีเงิน ไม่มีค่ารถกลับบ้านครับ",
         "current_province": "กรุงเทพครับ",
         "travellers": "เขาคนเดียวครับ",
         "special_needs": "หูหนวก พูดไม่ได้ครับ นอกนั้นแข็งแรงดี",
         "more_care": "ไม่มีครับ แค่เขียนป้ายบอกคนขับว่าลงที่ไหน",
         "travel_alone": "เขาเขียนว่าไปเองได้ เคยนั่งรถทัวร์มาเองครับ",
         "urgent": "ใช่ครับ เขานอนม้านั่งหมอชิตมาสองคืนแล้ว",
         "needs": "ไม่มีครับ",
         "name": "ชื่อตามบัตร สมศักดิ์ พิมพ์สาร ครับ",
         "phone": "ติดต่อผมนะครับ เขาไม่มีโทรศัพท์ 0823316650",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "no_referrals": list(HEALTH), "name": "สมศักดิ์ พิมพ์สาร",
                "phone": "0823316650"}),

    # Southern Muslim woman, breast cancer chemo finished in Bangkok -> Pattani, alone,
    # lodging at hospital relatives' house for a few days. Case, not urgent.
    "dev93 cancer patient going home to Pattani": Persona(
        ("อัสลามูอาลัยกุมค่ะ",
         "ก๊ะป่วยมะเร็งเต้านม มารักษาที่กรุงเทพ คีโมครบแล้วค่ะ หมอให้ไปตรวจต่อใกล้บ้านได้ ตอนนี้เงินหมดแล้ว ไม่มีค่ารถหลบบ้านปัตตานี"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ได้ค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถหลบบ้านค่ะ ผัวเสียแล้ว ไม่มีรายได้",
         "id_card": "มีค่ะ",
         "travellers": "ก๊ะคนเดียวค่ะ",
         "special_needs": "ป่วยมะเร็งค่ะ ยังเพลียๆ อยู่",
         "more_care": "ขอที่นั่งติดทางเดินค่ะ เข้าห้องน้ำบ่อย",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถไฟไปหาดใหญ่แล้วต่อรถ",
         "urgent": "ไม่ด่วนค่ะ ยังพักบ้านพักญาติผู้ป่วยของโรงพยาบาลได้อีกสองสามวัน",
         "needs": "ขอส่งตัวไปตรวจต่อที่ รพ.ปัตตานีค่ะ",
         "name": "รอฮานี", "phone": "0931487720", "confirm": "ถูกแล้วค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ปัตตานี",
                "travellers": 1, "urgent": False, "special": ["sick"],
                "referrals": ["medical_services"], "name": "รอฮานี",
                "phone": "0931487720"}),

    # Young man with bipolar disorder discharged today, locked out of his dorm in Pathum
    # Thani; first says Surat Thani, corrects to mother's home Chumphon at the summary.
    # 1 traveller, travels alone. Case, urgent.
    "dev93 bipolar man discharged, corrects home": Persona(
        ("ช่วยด้วยครับ",
         "ผมเพิ่งออกจากโรงพยาบาลจิตเวชวันนี้ เป็นไบโพลาร์ ตอนนี้อาการโอเคแล้วนะครับ",
         "ที่หอโดนขนของออกไปหมดแล้วเพราะค้างค่าห้อง คืนนี้ไม่มีที่นอน",
         "อยากกลับบ้านที่สุราษครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ ไม่ได้ปิดบังอะไร",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงิน ไม่มีค่ารถครับ",
         "id_card": "มีครับ อยู่ในกระเป๋าตัง",
         "current_province": "ปทุมครับ รังสิต",
         "home_province": "ชุมพรครับ บ้านแม่",
         "travellers": "คนเดียวครับ",
         "special_needs": "เป็นไบโพลาร์ครับ กินยาอยู่",
         "more_care": "ต้องกินยาตามเวลา ยามีติดตัวพอ 1 เดือน",
         "travel_alone": "ไปเองได้ครับ หมอบอกว่าไม่เป็นไร",
         "urgent": "ไม่มีที่นอนจริงๆครับคืนนี้",
         "needs": "อยากไปรับยาต่อที่โรงพยาบาลชุมพรครับ",
         "name": "ภาคิน", "phone": "097-451-8362",
         "confirm": ("ขอแก้ครับ จังหวัดบ้านเป็นชุมพร บ้านแม่ สุราษไม่มีใครอยู่แล้ว",
                     "ใช่ครับ")},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ชุมพร", "travellers": 1,
                "urgent": True, "special": ["sick"], "referrals": ["mental_health_care"],
                "name": "ภาคิน", "phone": "0974518362"}),

    # Neighbour types for a 66-year-old wheelchair-using amputee grandmother and her
    # 5-year-old granddaughter in Samut Prakan -> Maha Sarakham; 2 travellers. Case.
    "dev93 neighbour for grandma in wheelchair with grandchild": Persona(
        ("สวัสดีค่ะ ป้าพิมพ์แทนยายข้างห้องนะคะ ยายพิมพ์ไม่เป็น",
         "ยายอายุ66 ขาขาดข้างนึงเพราะเบาหวาน นั่งรถเข็น เลี้ยงหลานสาว5ขวบอยู่สองคน ลูกชายยายไปทำงานแล้วติดต่อไม่ได้มา3เดือน ไม่มีเงินค่าห้องแล้วค่ะ ยายอยากกลับบ้านมหาสารคาม"),
        {"consent": "ยายบอกว่ายินยอมค่ะ", "sensitive_consent": "ยายให้บันทึกได้ค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีรายได้ ไม่มีคนดูแล ไม่มีค่ารถกลับค่ะ",
         "id_card": "ยายมีบัตรค่ะ หลานมีสูติบัตร",
         "current_province": "สมุทรปราการค่ะ บางพลี",
         "travellers": "2 คนค่ะ ยายกับหลาน",
         "special_needs": "ยายแก่แล้ว ขาขาด นั่งรถเข็น หลานยังเล็ก 5 ขวบค่ะ",
         "more_care": "ต้องขนรถเข็นไปด้วยค่ะ ยายขึ้นรถทัวร์เองไม่ได้ ต้องมีคนยก",
         "travel_alone": "ไม่มีผู้ใหญ่คนอื่นไปด้วยค่ะ มียายกับหลานสองคน",
         "urgent": "ยังไม่ถึงกับไม่มีที่นอนค่ะ เจ้าของห้องให้อยู่ถึงสิ้นเดือน",
         "needs": "รถเข็นยายยางแตกทั้งสองข้าง อยากได้คันใหม่ค่ะ",
         "name": "ยายชื่อ บัวผัน ค่ะ", "phone": "เบอร์ป้านะคะ 0816639051",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "มหาสารคาม",
                "travellers": 2, "urgent": False,
                "special": ["elderly", "disabled", "child"],
                "referrals": ["disability_devices"], "name": "บัวผัน",
                "phone": "0816639051"}),

    # Stroke survivor (58) typing one-handed with typos, sleeping at a friend's shop in
    # Phitsanulok -> Loei, alone, walks with a cane. Case, not urgent; one part a message.
    "dev93 stroke survivor typing one-handed": Persona(
        ("สวัสดี", "เปนอัมพฤก มือขวาใช้ไม่ได้ พิมช้า", "ขอความชวยเหลือ"),
        {"consent": "ยินยอม", "sensitive_consent": "ได้",
         "idle": "ขอความชวยเหลือ",
         "hardship": "ไม่มีค่ารถกลับบ้าน",
         "id_card": "มี",
         "current_province": "พิดโลก",
         "home_province": "เลย",
         "travellers": "1",
         "special_needs": "อัมพฤก ครึ่งซีก",
         "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ มีไม้เท้า",
         "urgent": "นอนร้านเพื่อนได้",
         "needs": "ไม่มี",
         "name": "ประยูร", "phone": "0869915043", "confirm": "ใช่"},
        one_part=True,
        expect={"eligible": True, "current": "พิษณุโลก", "home": "เลย", "travellers": 1,
                "urgent": False, "name": "ประยูร", "phone": "0869915043"}),

    # Lao factory worker with kidney disease in Chachoengsao wants to go home to
    # Savannakhet (Laos); Lao passport, not Thai. Refused: nationality.
    "dev93 Lao worker with kidney disease": Persona(
        ("สะบายดีค่ะ",
         "ข้อยเป็นคนลาวค่ะ มาเฮ็ดงานโรงงานอยู่ฉะเชิงเทรา ตอนนี้เป็นโรคไต เฮ็ดงานบ่ได้ อยากกลับบ้านสะหวันนะเขต บ่มีค่ารถ ช่วยได้บ่คะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ได้ค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "nationality": "สัญชาติลาวค่ะ มีพาสปอร์ตลาว",
         "id_card": "บ่มีบัตรประชาชนไทยค่ะ มีแต่พาสปอร์ตลาว",
         "nationality_letter": "บ่มีค่ะ",
         "hardship": "บ่มีเงิน บ่มีค่ารถค่ะ",
         "current_province": "ฉะเชิงเทราค่ะ",
         "home_province": "สะหวันนะเขต ประเทศลาวค่ะ",
         "travellers": "คนเดียวค่ะ",
         "name": "คำแพง", "phone": "0657738214", "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ", "current": "ฉะเชิงเทรา"}),

    # Monk types for a man with an intellectual disability sheltering at a temple in Lop
    # Buri; never had an ID card, no one can certify him. Refused: certifying letter.
    "dev93 monk for man without any papers": Persona(
        ("เจริญพร อาตมาพิมพ์แทนโยมคนหนึ่งที่มาอาศัยวัดอยู่ลพบุรี",
         "โยมเขาสติปัญญาไม่ค่อยดี บอกว่าบ้านอยู่ชัยภูมิ แต่จำหมู่บ้านไม่ได้ ไม่เคยมีบัตรประชาชนเลย อยากให้เขาได้กลับบ้าน"),
        {"consent": "โยมเขายินยอม", "sensitive_consent": "ได้",
         "idle": "ขอความช่วยเหลือ",
         "hardship": "ไม่มีญาติดูแล ไม่มีเงิน ไม่มีค่ารถ",
         "id_card": "ไม่มี ไม่เคยทำบัตรเลย",
         "nationality": "เขาว่าเป็นคนไทย พูดสำเนียงอีสาน แต่ไม่มีเอกสารอะไรเลย",
         "nationality_letter": "ไม่มี อาตมาถามแล้ว ไม่มีใครรับรองให้ได้ ไม่รู้ว่าบ้านอยู่ตำบลไหน ติดต่อผู้ใหญ่บ้านไม่ได้",
         "current_province": "ลพบุรี",
         "home_province": "ชัยภูมิ แต่ไม่รู้อำเภอ",
         "travellers": "เขาคนเดียว",
         "urgent": "ไม่ด่วน นอนที่วัดได้",
         "name": "เขาบอกชื่อ แดง", "phone": "0892260417", "confirm": "ใช่"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง", "current": "ลพบุรี"}),

    # Dialysis patient already living at home in Udon Thani wants bus fare to his
    # hospital sessions, not a trip home. Refused: already at his home province.
    "dev93 dialysis patient already at home": Persona(
        ("สวัสดีครับ",
         "ผมฟอกไตอยู่ครับ บ้านอยู่อุดร อำเภอกุมภวาปี ต้องเข้าไปฟอกที่โรงบาลในเมืองอาทิตย์ละ 2 ครั้ง ค่ารถไปกลับเดือนนึงหลายพัน ไม่ไหวแล้วครับ ขอค่ารถได้ไหม"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถไปโรงบาลครับ",
         "id_card": "มีครับ",
         "current_province": "อุดรธานีครับ อยู่บ้านตัวเอง",
         "home_province": "อุดรครับ บ้านผมเอง",
         "travellers": "ผมคนเดียว",
         "urgent": "ไม่ด่วนครับ มีบ้านอยู่",
         "name": "สมหมาย", "phone": "0834429175", "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "อุดรธานี",
                "home": "อุดรธานี"}),

    # Mother asks how much the disability allowance is, daughter just got her disability
    # card. Answered: 800 baht a month.
    "dev93 mother asks disability allowance amount": Persona(
        ("สวัสดีค่ะ",
         "ลูกสาวเพิ่งได้บัตรคนพิการค่ะ อยากทราบว่าเบี้ยคนพิการได้เดือนละเท่าไหร่คะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอบคุณค่ะ"},
        outcome="answered", answered="800"),

    # Son caring for a blind father asks what one-off help families of disabled people
    # get in a crisis. Answered: 3,000 baht a time.
    "dev93 son asks aid for family of disabled person": Persona(
        ("ขอสอบถามครับ",
         "พ่อผมตาบอดครับ ครอบครัวคนพิการที่เดือดร้อนเฉพาะหน้า รัฐช่วยเงินได้ครั้งละเท่าไหร่ครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอบคุณครับ"},
        outcome="answered", answered="3,000"),

    # Wife asks where her husband's broken wheelchair can be repaired. Answered: the
    # disability department provides and repairs assistive devices.
    "dev93 wife asks wheelchair repair": Persona(
        ("รถเข็นแฟนล้อหลุดค่ะ เขาเป็นคนพิการ", "มีหน่วยงานไหนซ่อมรถเข็นให้คนพิการบ้างคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอบคุณค่ะ"},
        outcome="answered", answered="ซ่อม"),
}
