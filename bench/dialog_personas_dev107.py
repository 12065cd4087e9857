"""Persona set dev107 for bench/dialogs.py.

Date: 2026-12-08. Written from the seeds only.

Focus: people just discharged from a hospital or still in one, sick travellers with
medicines, people living with HIV, people with mental illness or epilepsy, kidney
dialysis patients, carers of the sick; many sensitive details told before consent,
some who refuse to have health details recorded but still want the fare; some who
only say "ไม่สบาย" vaguely.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Haemodialysis patient, came to Bangkok for treatment, money gone; sleeps at a temple
    # for now (shelter and food). Tells his kidney disease before consent.
    # Outcome: case, not urgent, sick, referred to medical services.
    "dev107 dialysis man, Bangkok to Roi Et": Persona(
        ("สวัสดีครับ ผมเปนโรคไตครับ ต้องฟอกไตอาทิตย์ละ3ครั้ง มารักษาที่กทม.ตั้งแต่เดือนก่อน"
         " ตอนนี้เงินหมดเกลี้ยงแล้ว อยากกลับไปฟอกที่ร้อยเอ็ดใกล้บ้าน",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ที่นอนตอนนี้อาศัยวัดอยู่",
         "id_card": "มีบัตรประชาชนครับ ยังไม่หมดอายุ",
         "nationality": "คนไทยครับ",
         "nationality_letter": "ไม่มีหนังสือครับ แต่มีบัตรปชช.",
         "current_province": "กรุงเทพครับ แถวบางซื่อ",
         "home_province": "ร้อยเอ็ดครับ อำเภอเสลภูมิ",
         "travellers": "ไปคนเดียวครับ",
         "special_needs": "ผมนี่แหละครับป่วย ไตวายต้องฟอกเลือด คนอื่นไม่มี",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "ไปเองได้ครับ ฟอกเสร็จแล้วขึ้นรถได้",
         "sensitive_consent": "ยินยอมครับ บันทึกเรื่องโรคได้",
         "urgent": "คืนนี้ยังนอนวัดได้ครับ ข้าวก็ได้จากวัด หลวงพ่อให้อยู่ถึงสิ้นเดือน",
         "name": "บุญมี ครับ",
         "phone": "0812233445",
         "needs": "อยากให้ช่วยประสานโรงพยาบาลที่ร้อยเอ็ดเรื่องฟอกไตต่อครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": False, "special": ["sick"],
                "referrals": ["medical_services"], "name": "บุญมี", "phone": "0812233445"}),

    # Man living with HIV, jobless in Pattaya, evicted, no food today; tells his HIV status
    # before consent; ID card expired; wants ARVs at home and a job.
    # Outcome: case, urgent, sick, hiv_aid + job placement, card expired.
    "dev107 HIV man, Pattaya to Phayao": Persona(
        ("ผมติดเชื้อHIVครับ กินยาต้านมา5ปีแล้ว",
         "ตกงานที่พัทยามา2เดือน ห้องก็โดนไล่ออก วันนี้ยังไม่ได้กินไรเลย อยากกลับบ้านไปหาแม่ที่พะเยา"),
        {"consent": "ok ครับ ยินยอม",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีข้าวกิน ไม่มีค่ารถ ไม่มีที่นอนด้วยครับ ทุกข้อเลย",
         "id_card": "มีครับ แต่หมดอายุไปตั้งแต่ปีที่แล้ว ยังไม่ได้ไปทำใหม่",
         "nationality": "ไทยแท้ครับ",
         "nationality_letter": "ไม่มีครับ มีแต่บัตรที่หมดอายุ",
         "current_province": "พัทยาครับ ชลบุรี",
         "home_province": "พะเยา อ.จุน",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมเองครับ กินยาต้านทุกวัน ยาเหลืออีกไม่กี่เม็ด ช่วงนี้ผอมลงเยอะ ไม่ค่อยมีแรง",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ยินยอมครับ จดได้ ไม่อายแล้ว",
         "urgent": "ใช่ครับ คืนนี้ไม่มีที่นอน นอนชายหาดมาสองคืนแล้ว ข้าวก็ยังไม่ได้กิน",
         "name": "ต้นครับ",
         "phone": "093-456-7812",
         "needs": "อยากได้ยาต้านต่อที่บ้าน แล้วก็อยากหางานทำแถวพะเยาครับ",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "พะเยา", "travellers": 1,
                "urgent": True, "special": ["sick"], "referrals": ["hiv_aid", "job_placement"],
                "name": "ต้น", "phone": "0934567812", "id_card_state": "expired"}),

    # Woman just out of hospital with an HIV-related lung infection; tells it before consent,
    # then refuses to have health details recorded; only wants the fare. Stays with a friend.
    # Outcome: case, not urgent, nothing health-related recorded (special empty).
    "dev107 HIV woman, no health record": Persona(
        ("สวัสดีค่ะ",
         "เพิ่งออกจากโรงพยาบาลบ้านแพ้วเมื่อวานค่ะ ปอดติดเชื้อ หมอบอกว่าแทรกซ้อนจากเอชไอวี ไม่อยากให้ใครรู้นะคะ",
         "ขอค่ารถกลับบ้านที่อุทัยได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ แต่เรื่องโรคไม่อยากให้จดนะคะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ เงินหมดไปกับค่าห้องตอนนอนรพ.",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรอยู่แล้วค่ะ",
         "current_province": "สมุทรสาคร บ้านแพ้วค่ะ",
         "home_province": "อุทัยธานีค่ะ",
         "travellers": "ไปคนเดียวค่ะ",
         "special_needs": "ขอไม่ตอบเรื่องนี้ได้ไหมคะ ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ไม่ยินยอมค่ะ ไม่ต้องบันทึกเรื่องสุขภาพเลยนะคะ ขอแค่ค่ารถกลับบ้าน",
         "urgent": "คืนนี้นอนห้องเพื่อนได้ค่ะ ข้าวเพื่อนก็แบ่งให้ แต่อยู่นานไม่ได้",
         "name": "จันทร์เพ็ญค่ะ",
         "phone": "๐๖๕๒๒๑๑๓๓๔",
         "needs": "ไม่ต้องค่ะ ขอแค่ค่ารถพอ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "อุทัยธานี", "travellers": 1,
                "urgent": False, "special": [], "name": "จันทร์เพ็ญ", "phone": "0652211334"}),

    # Mother (62) of a son (35) with schizophrenia discharged from Srithanya today; no money,
    # nowhere to sleep; son cannot travel alone. Diagnosis told before consent.
    # Outcome: case, urgent, elderly+sick+cannot_travel_alone, mental health care.
    "dev107 mother of son with schizophrenia": Persona(
        ("ฮัลโหลค่ะ ลูกชายป่วยเปนจิตเภทค่ะ นอนศรีธัญญามาเดือนนึง หมอให้ออกวันนี้",
         "แม่ไม่มีตังพาเขากลับสกลเลยค่ะ ทำไงดี"),
        {"consent": "ยินยอมค่ะ ช่วยแม่ด้วยนะ",
         "idle": "ขอค่ารถพาลูกกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ ที่นอนคืนนี้ก็ยังไม่รู้เลย",
         "id_card": "มีทั้งแม่ทั้งลูกค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ ไม่ต้องใช้หนังสือ",
         "current_province": "นนทบุรีค่ะ ตรงศรีธัญญา",
         "home_province": "สกลนครค่ะ อ.พังโคน",
         "travellers": "สองคนค่ะ แม่อายุ62 กับลูกชาย35",
         "special_needs": "ลูกชายป่วยทางจิตค่ะ ต้องกินยาตลอด แม่ก็แก่แล้ว62",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไม่ได้ค่ะ ปล่อยไปคนเดียวไม่ได้ เดี๋ยวหลง บางทีเขายังหูแว่วอยู่ แม่ต้องไปด้วย",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ รพ.ให้ออกแล้ว",
         "name": "ทองใบ ค่ะ",
         "phone": "๐๘๙-๕๕๕-๑๒๓๔",
         "needs": "อยากให้มีหมอหรือคนไปดูเรื่องกินยาของลูกที่บ้านค่ะ กลัวเขาหยุดยา",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "สกลนคร", "travellers": 2,
                "urgent": True, "special": ["elderly", "sick", "cannot_travel_alone"],
                "referrals": ["mental_health_care"], "name": "ทองใบ", "phone": "0895551234"}),

    # Young construction worker with epilepsy, seizure on site, 3 days in hospital, fired;
    # no food today; card water-damaged. Answers one thing per message.
    # Outcome: case, urgent, sick, medical services + job placement, card damaged.
    "dev107 epilepsy worker, one thing a message": Persona(
        ("ช่วยผมหน่อยครับ",),
        {"consent": "ยินยอม",
         "idle": "ค่ารถกลับบ้าน",
         "hardship": "ไม่มีตังกลับบ้านครับ ข้าวก็ไม่มีกิน",
         "id_card": "มีครับ แต่บัตรตกน้ำ ยับหมด ตัวหนังสือลอก",
         "nationality": "ไทย",
         "nationality_letter": "ไม่มี",
         "current_province": "ระยอง",
         "home_province": "บุรีรัมย์",
         "travellers": "ผมคนเดียว",
         "special_needs": "ผมเป็นลมชักครับ เพิ่งชักตกนั่งร้านที่ไซต์งาน นอนรพ.3วัน",
         "more_care": "ไม่มี",
         "travel_alone": "ไปได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "วันนี้ยังไม่ได้กินข้าวเลยครับ",
         "name": "เอ็ม",
         "phone": "0987654321",
         "needs": "อยากได้ยากันชักต่อ กับหางานใหม่ครับ หัวหน้าไล่ออกเพราะกลัวผมชักอีก",
         "confirm": "ครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": True, "special": ["sick"],
                "referrals": ["medical_services", "job_placement"], "name": "เอ็ม",
                "phone": "0987654321", "id_card_state": "damaged"},
        one_part=True),

    # Young man who only says "ไม่สบาย", stuck at a bus terminal, will sleep there tonight;
    # declines to have health details noted. Outcome: case, urgent, nothing special recorded.
    "dev107 vague ไม่สบาย, bus terminal": Persona(
        ("ไม่สบายอะ", "อยากกลับบ้าน"),
        {"consent": "ได้",
         "idle": "อยากกลับบ้านอะ ไม่มีตัง",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "มี",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตรอยู่แล้ว",
         "current_province": "อยู่ขนส่งนครสวรรค์อะ",
         "home_province": "น่าน",
         "travellers": "คนเดียว",
         "special_needs": "ก็ไม่สบายแหละ ไม่ได้เป็นไรมากหรอก",
         "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้",
         "sensitive_consent": "ไม่ต้องจดหรอก ไม่ได้เป็นไรมาก",
         "urgent": "คืนนี้ก็นอนขนส่งนี่แหละ",
         "name": "เจ",
         "phone": "080 123 4567",
         "needs": "ไม่มี",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "นครสวรรค์", "home": "น่าน", "travellers": 1,
                "urgent": True, "special": [], "name": "เจ", "phone": "0801234567"}),

    # Aunt who is vaguely "ไม่ค่อยสบาย", employer has not paid; first says alone then
    # corrects: takes her 4-year-old grandson. Still has a bed until Friday. Wants work.
    # Outcome: case, not urgent, child, job placement.
    "dev107 vague auntie with grandson": Persona(
        ("สวัสดีจ้ะ ป้าไม่ค่อยสบายมาหลายวันแล้ว อยากกลับไปอยู่บ้านที่ชุมพร",
         "แต่ค่ารถไม่มีเลยจ้า นายจ้างยังไม่จ่ายเงินเดือน"),
        {"consent": "ยินยอมจ้ะ",
         "idle": "ขอค่ารถกลับชุมพรจ้ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านจ้ะ",
         "id_card": "มีจ้ะ",
         "nationality": "ไทยจ้ะ",
         "nationality_letter": "มีบัตรจ้ะ",
         "current_province": "รังสิต ปทุมธานีจ้ะ",
         "home_province": "ชุมพร อ.หลังสวน",
         "travellers": "ป้าคนเดียวจ้ะ... เอ้ยไม่ใช่ๆ สองคน พาหลานไปด้วย หลานสี่ขวบ",
         "special_needs": "หลานยังเล็กจ้ะ 4 ขวบ ป้าก็แค่ไม่ค่อยสบายเฉยๆ",
         "more_care": "ไม่มีแล้วจ้ะ",
         "travel_alone": "ไปได้จ้ะ ป้าดูหลานเองได้",
         "sensitive_consent": "ไม่ต้องจดหรอกจ้ะ ป้าไม่ได้เป็นอะไรมาก",
         "urgent": "ยังนอนบ้านนายจ้างได้ถึงวันศุกร์จ้ะ ข้าวก็มีกิน",
         "name": "ชื่อสมศรีจ้ะ",
         "phone": "๐๘๑ ๗๗๗ ๖๖๕๕",
         "needs": "ถ้ามีงานแถวบ้านให้ทำก็ดีจ้ะ",
         "confirm": "ถูกแล้วจ้ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ชุมพร", "travellers": 2,
                "urgent": False, "special": ["child"], "referrals": ["job_placement"],
                "name": "สมศรี", "phone": "0817776655"}),

    # Granddaughter (19) with grandma (74) after a stroke, in a borrowed wheelchair,
    # discharged today, nowhere to sleep; wants a wheelchair and old-age allowance.
    # Outcome: case, urgent, elderly+sick+disabled+cannot_travel_alone.
    "dev107 granddaughter, grandma after stroke": Persona(
        ("ยายหนูเป็นเส้นเลือดในสมองแตกค่ะ นอนราชวิถีมา2อาทิตย์ ซีกขวาอ่อนแรง ต้องนั่งรถเข็น",
         "รพ.ให้ออกวันนี้ แต่หนูไม่มีเงินพายายกลับสุรินทร์เลยค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถพายายกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ แล้วคืนนี้ก็ไม่มีที่นอนค่ะ",
         "id_card": "ยายมีบัตรค่ะ หนูก็มี",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "กทม.ค่ะ",
         "home_province": "สุรินทร์ค่ะ อำเภอท่าตูม",
         "travellers": "2 คนค่ะ ยาย 74 กับหนู 19",
         "special_needs": "ยายอายุ74ค่ะ เป็นอัมพฤกษ์ครึ่งซีก เดินเองไม่ได้ ต้องนั่งรถเข็น",
         "more_care": "ไม่มีแล้วค่ะ หนูแข็งแรงดี",
         "travel_alone": "ไม่ได้ค่ะ ยายไปเองไม่ได้เลย ขึ้นรถเองยังไม่ได้",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "ใช่ค่ะ คืนนี้ไม่มีที่นอน",
         "name": "ฝน ค่ะ",
         "phone": "0991237788",
         "needs": "อยากได้รถเข็นให้ยายค่ะ อันนี้ยืมรพ.มา ต้องคืน แล้วยายก็ยังไม่เคยได้เบี้ยคนแก่เลยค่ะ",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 2, "urgent": True,
                "special": ["elderly", "sick", "disabled", "cannot_travel_alone"],
                "referrals": ["disability_devices", "elderly_allowance"], "name": "ฝน",
                "phone": "0991237788"}),

    # Pregnant woman (7 months) with gestational diabetes on insulin, just discharged,
    # husband left, room until Sunday, with a 2-year-old; corrects her own phone number.
    # Outcome: case, not urgent, pregnant+sick+child, medical services.
    "dev107 pregnant diabetic with toddler": Persona(
        ("สวัสดีค่ะ ท้อง7เดือนค่ะ เป็นเบาหวานตอนท้อง ต้องฉีดอินซูลินทุกวัน เพิ่งออกจากรพ.บางพลีเมื่อเช้า",
         "ผัวทิ้งไปแล้วค่ะ ห้องเช่าต้องออกวันอาทิตย์ อยากกลับไปคลอดที่บ้านกาฬสินธุ์ แต่ไม่มีค่ารถ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ รายได้ก็ไม่มีแล้ว",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรประชาชนค่ะ",
         "current_province": "สมุทรปราการค่ะ บางพลี",
         "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "สองคนค่ะ หนูกับลูกสาว 2 ขวบ",
         "special_needs": "หนูท้อง7เดือนค่ะ เป็นเบาหวานต้องฉีดยา แล้วก็มีลูกสาวสองขวบ",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ แต่ยาอินซูลินต้องแช่เย็น",
         "sensitive_consent": "ได้ค่ะ ยินยอม",
         "urgent": "ยังมีห้องนอนถึงวันอาทิตย์ค่ะ ข้าวพอมี",
         "name": "ชื่อ กัญญา ค่ะ",
         "phone": "089-765-4312 เอ้ยไม่ใช่ค่ะ 089-765-4321",
         "needs": "อยากฝากครรภ์ต่อที่โรงพยาบาลแถวบ้านค่ะ ยาเบาหวานจะได้ไม่ขาด",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "กาฬสินธุ์",
                "travellers": 2, "urgent": False, "special": ["pregnant", "sick", "child"],
                "referrals": ["medical_services"], "name": "กัญญา", "phone": "0897654321"}),

    # Southern man (58) with bowel cancer after a chemo round in Hat Yai, carrying oral
    # chemo drugs; stays at a patients' foundation house. Outcome: case, not urgent, sick,
    # medical services.
    "dev107 cancer patient, Hat Yai to Trang": Persona(
        ("ฉานเป็นมะเร็งลำไส้ ไปให้คีโมที่ม.อ.หาดใหญ่ รอบนี้ครบแล้ว",
         "ตังหมดแล้วหนิ ค่ารถกลับตรังก็ไม่มี ยาคีโมแบบกินก็ต้องหิ้วกลับด้วย"),
        {"consent": "ได้ ยินยอม",
         "idle": "ขอค่ารถกลับตรัง",
         "hardship": "ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีบัตร",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตรแล้ว",
         "current_province": "หาดใหญ่ สงขลา",
         "home_province": "ตรัง อ.ย่านตาขาว",
         "travellers": "คนเดียว",
         "special_needs": "ฉานนี่แหละป่วย มะเร็ง ต้องกินยาต่อ อายุ58",
         "more_care": "ไม่มีแล้ว",
         "travel_alone": "ไปเองได้อยู่ ถ้าได้นั่ง",
         "sensitive_consent": "ได้ จดไปเถอะ",
         "urgent": "คืนนี้นอนบ้านพักผู้ป่วยของมูลนิธิได้ ข้าวเขาก็ให้กิน",
         "name": "เอียด ทองแก้ว",
         "phone": "0856677889",
         "needs": "อยากให้ส่งเรื่องไปรักษาต่อที่รพ.ตรัง ไม่ต้องขึ้นมาหาดใหญ่บ่อยๆ",
         "confirm": "ถูกแล้ว"},
        expect={"eligible": True, "current": "สงขลา", "home": "ตรัง", "travellers": 1,
                "urgent": False, "special": ["sick"], "referrals": ["medical_services"],
                "name": "เอียด ทองแก้ว", "phone": "0856677889"}),

    # Northern father with his 10-year-old daughter with leukaemia after chemo in Chiang Mai;
    # sleeps at the relatives' hall; his card is broken in half.
    # Outcome: case, not urgent, sick+cannot_travel_alone, medical services, card damaged.
    "dev107 father, daughter with leukaemia": Persona(
        ("สวัสดีครับ ลูกสาวผมเป็นมะเร็งเม็ดเลือดขาว อายุ10ขวบ มาให้ยาที่สวนดอก เชียงใหม่ ครบรอบแล้วครับ",
         "ตอนนี้บ่มีเงินค่ารถกลับแม่ฮ่องสอนเลยครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถพาลูกกลับบ้านครับ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ",
         "id_card": "ผมมีบัตรครับ แต่หักครึ่ง เอาเทปแปะไว้ ลูกมีสูติบัตร",
         "nationality": "ไทยครับ",
         "nationality_letter": "บ่มีครับ มีแต่บัตรที่หัก",
         "current_province": "เชียงใหม่ครับ",
         "home_province": "แม่ฮ่องสอนครับ อ.ขุนยวม",
         "travellers": "สองคนครับ ผมกับลูกสาวสิบขวบ",
         "special_needs": "ลูกสาวป่วยมะเร็งเม็ดเลือดครับ เพิ่งให้ยาเคมีเสร็จ ยังอ่อนเพลีย อาเจียน",
         "more_care": "บ่มีแล้วครับ",
         "travel_alone": "ไปเองบ่ได้ครับ เด็กป่วยแถมอายุแค่สิบขวบ ผมต้องไปด้วย",
         "sensitive_consent": "ได้ครับ ยินยอม",
         "urgent": "คืนนี้ยังนอนศาลาญาติที่รพ.ได้ครับ ข้าวก็มีโรงทาน",
         "name": "อินสอน ครับ",
         "phone": "061-888-9900",
         "needs": "ยาแก้อาเจียนของลูกหมดแล้วครับ อยากให้มีหมอที่แม่ฮ่องสอนดูต่อ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 2, "urgent": False, "special": ["sick", "cannot_travel_alone"],
                "referrals": ["medical_services"], "name": "อินสอน", "phone": "0618889900",
                "id_card_state": "damaged"}),

    # Man discharged from a psychiatric hospital after a suicide attempt (told before consent);
    # hesitates on recording health details, then agrees in the same reply; nowhere to sleep.
    # Outcome: case, urgent, sick, mental health care.
    "dev107 depression, agrees on second thought": Persona(
        ("ผมเพิ่งออกจากรพ.สวนสราญรมย์ครับ",
         "ไปนอนมาเพราะกินยาจะฆ่าตัวตาย ตอนนี้ดีขึ้นแล้ว อยากกลับไปอยู่กับแม่ที่พัทลุง แต่ไม่มีเงินสักบาท"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ ขอค่ารถ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่อยู่ครับ ห้องเช่าเก่าเขาให้คนอื่นเช่าไปแล้ว",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรปชช.ครับ",
         "current_province": "สุราษฎร์ครับ",
         "home_province": "พัทลุงครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมเป็นซึมเศร้าครับ ต้องกินยาต่อเนื่อง",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ หมอบอกอาการดีขึ้นแล้ว",
         "sensitive_consent": "ไม่อยากให้จดอ่ะครับ... เอ่อ คิดอีกที จดได้ครับ ยินยอม ถ้ามันช่วยให้มีหมอตามดูผมต่อที่บ้าน",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "name": "โอ๊ตครับ",
         "phone": "0640001122",
         "needs": "อยากให้มีหมอหรือพยาบาลตามดูอาการผมที่พัทลุงครับ กลัวตัวเองเป็นอีก",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "พัทลุง", "travellers": 1,
                "urgent": True, "special": ["sick"], "referrals": ["mental_health_care"],
                "name": "โอ๊ต", "phone": "0640001122"}),

    # Isan mother with her 5-year-old son with epilepsy, a week at Srinagarind; can sleep at
    # the relatives' hall one more night; Thai digits; one thing per message.
    # Outcome: case, not urgent, child+sick+cannot_travel_alone, medical services.
    "dev107 mum, boy 5 with epilepsy, one part": Persona(
        ("สวัสดีเด้อ", "ลูกชายเป็นลมชัก นอนศรีนครินทร์มาอาทิตย์นึง มื้อนี้หมอให้กลับบ้านแล้ว"),
        {"consent": "ยินยอม",
         "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "บ่มีค่ารถ",
         "id_card": "มี",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตร",
         "current_province": "ขอนแก่น",
         "home_province": "มุกดาหาร",
         "travellers": "๒ คน แม่กับลูก",
         "special_needs": "ลูกชาย ๕ ขวบ เป็นลมชัก",
         "more_care": "บ่มี",
         "travel_alone": "ลูกไปเองบ่ได้ แม่ไปนำ",
         "sensitive_consent": "ได้",
         "urgent": "คืนนี้นอนศาลาญาติได้อีกคืน",
         "name": "นก",
         "phone": "๐๖๒๓๓๔๔๕๕๖",
         "needs": "อยากให้หมอที่มุกดาหารดูลูกต่อ",
         "confirm": "แม่นแล้ว"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "มุกดาหาร", "travellers": 2,
                "urgent": False, "special": ["child", "sick", "cannot_travel_alone"],
                "referrals": ["medical_services"], "name": "นก", "phone": "0623344556"},
        one_part=True),

    # Peritoneal-dialysis patient carrying fluid bags, pickpocketed at Mo Chit; tells it
    # before consent, then refuses to have health details recorded; no bed tonight.
    # Outcome: case, urgent, nothing health-related recorded (special empty).
    "dev107 PD dialysis, refuses health record": Persona(
        ("โดนล้วงกระเป๋าที่หมอชิตครับ ตังหมดเลย",
         "ผมล้างไตทางหน้าท้อง ต้องเปลี่ยนน้ำยาวันละ4รอบ หิ้วถุงน้ำยามาด้วย ต้องรีบกลับชัยภูมิ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับชัยภูมิครับ",
         "hardship": "ไม่มีค่ารถครับ เมื่อคืนก็นอนในสถานี",
         "id_card": "บัตรยังอยู่ครับ อยู่กระเป๋าเสื้อ โชคดี",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "หมอชิต กรุงเทพฯ",
         "home_province": "ชัยภูมิครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่ต้องใส่อะไรครับ",
         "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ไม่ยินยอมครับ เรื่องโรคไม่ต้องจด ขอแค่ค่ารถกลับบ้านพอ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ ข้าวก็ยังไม่ได้กิน",
         "name": "ประยูร ครับ",
         "phone": "0823456700",
         "needs": "ไม่มีครับ ขอกลับบ้านอย่างเดียว",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": [], "name": "ประยูร",
                "phone": "0823456700"}),

    # Thai fisherman with TB on treatment, fired by the skipper, ID card lost at sea but has
    # the village head's letter certifying nationality and residence; sleeps at the pier.
    # Outcome: case, urgent, sick, id card + medical services.
    "dev107 TB fisherman, lost card, has letter": Persona(
        ("สวัสดีครับ ผมเป็นวัณโรคครับ นอนรพ.ระนองมา2อาทิตย์ ต้องกินยาต่ออีก5เดือน",
         "ไต้ก๋งไม่ให้ลงเรือแล้ว กลัวติด บัตรประชาชนก็หายตอนอยู่ในทะเล"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านศรีสะเกษครับ ไม่มีค่ารถ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนด้วยครับ",
         "id_card": "ไม่มีครับ บัตรหายในทะเล",
         "nationality": "คนไทยครับ เกิดศรีสะเกษ",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านทำหนังสือรับรองให้ ส่งมาทางไลน์ ผมปริ้นมาแล้ว",
         "current_province": "ระนองครับ",
         "home_province": "ศรีสะเกษครับ อ.ขุขันธ์",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมป่วยวัณโรคครับ กินยาอยู่ หมอบอกตอนนี้ไม่แพร่เชื้อแล้ว",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ นอนท่าเรือ",
         "name": "สมพงษ์ ครับ",
         "phone": "0957778899",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ แล้วก็ต้องไปรับยาวัณโรคต่อที่บ้าน",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ระนอง", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": True, "special": ["sick"],
                "referrals": ["id_card", "medical_services"], "name": "สมพงษ์",
                "phone": "0957778899"}),

    # Woman with bipolar disorder, lost wallet and phone during an episode, discharged in
    # Hua Hin, no food today; gives her sister's number; one thing per message.
    # Outcome: case, urgent, sick, mental health care.
    "dev107 bipolar woman, Hua Hin, one part": Persona(
        ("ขอความช่วยเหลือค่ะ", "เพิ่งออกจากโรงพยาบาลหัวหินค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ค่ารถกลับบ้านค่ะ",
         "hardship": "กระเป๋าตังหายตอนอาการกำเริบ ไม่มีเงินค่ารถเลยค่ะ",
         "id_card": "มีค่ะ โรงพยาบาลเก็บไว้ให้",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "หัวหินค่ะ",
         "home_province": "ลพบุรี",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "เป็นไบโพลาร์ค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "วันนี้ยังไม่ได้กินข้าวเลยค่ะ",
         "name": "แพรว",
         "phone": "0871112222 เบอร์พี่สาวค่ะ มือถือหนูหาย",
         "needs": "อยากมีหมอจิตเวชที่ลพบุรีดูต่อค่ะ ยาเหลือ3วัน",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "ลพบุรี",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["mental_health_care"], "name": "แพรว", "phone": "0871112222"},
        one_part=True),

    # Widower (66) still in hospital after a heart stent, discharged tomorrow, doctor says
    # not to travel alone; wants elderly hardship money and heart follow-up; one part.
    # Outcome: case, not urgent, elderly+sick+cannot_travel_alone.
    "dev107 heart patient still in hospital": Persona(
        ("ผมยังนอนอยู่โรงพยาบาลพุทธชินราชครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "หมอให้กลับพรุ่งนี้ แต่ไม่มีค่ารถกลับบ้านเลยครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "พิษณุโลก",
         "home_province": "เลย",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมอายุ66 เป็นโรคหัวใจ เพิ่งใส่ขดลวด",
         "more_care": "ไม่มีครับ เมียตายแล้ว",
         "travel_alone": "ไปคนเดียวไม่ไหวครับ หมอไม่ให้ไปคนเดียว",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "คืนนี้ยังนอนโรงพยาบาลครับ",
         "name": "สุข",
         "phone": "๐๙๑๒๓๔๕๖๗๘",
         "needs": "อยากได้เงินช่วยคนแก่ที่ลำบากครับ กับต้องไปรับยาหัวใจต่อที่เลย",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "เลย", "travellers": 1,
                "urgent": False, "special": ["elderly", "sick", "cannot_travel_alone"],
                "referrals": ["elderly_hardship_grant", "medical_services"], "name": "สุข",
                "phone": "0912345678"},
        one_part=True),

    # Myanmar worker with TB (pink card, no Thai papers) wants to go to relatives in Mae Sot.
    # Outcome: refused, not Thai nationality.
    "dev107 Myanmar worker with TB, not Thai": Persona(
        ("สวัสดีคับ ผมเปนคนพม่า ทำงานโรงงานกุ้งมหาชัย",
         "ป่วยวัณโรค นอนโรงบาลเพิ่งออก นายจ้างไม่เอาแล้ว อยากไปอยู่แม่สอดกับญาติ ไม่มีเงินค่ารถ"),
        {"consent": "ยินยอมคับ",
         "idle": "ขอค่ารถคับ",
         "hardship": "ไม่มีค่ารถคับ ไม่มีที่นอน",
         "id_card": "ไม่มีบัตรไทยคับ มีบัตรชมพู",
         "nationality": "พม่าคับ",
         "nationality_letter": "ไม่มีคับ",
         "current_province": "มหาชัย สมุทรสาคร",
         "home_province": "แม่สอด ตาก ญาติอยู่ที่นั่น",
         "travellers": "คนเดียว",
         "special_needs": "ผมป่วยวัณโรค กินยาอยู่",
         "more_care": "ไม่มี",
         "travel_alone": "ไปได้",
         "sensitive_consent": "ได้คับ",
         "urgent": "คืนนี้ไม่มีที่นอนคับ",
         "name": "ซอ",
         "phone": "0923334455",
         "needs": "อยากได้ยาต่อ",
         "confirm": "ถูกคับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Dialysis patient living in his own home province wants bus fare to hospital
    # twice a week; he has a home and food. Outcome: refused, no home province elsewhere.
    "dev107 dialysis trips, same province": Persona(
        ("ผมฟอกไตอยู่ครับ ต้องไปโรงพยาบาลมหาราชโคราชอาทิตย์ละ2ครั้ง",
         "บ้านอยู่ปักธงชัย ค่ารถไปกลับครั้งละ200 ไม่ไหวแล้วครับ ขอค่ารถได้ไหม"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถไปฟอกไตครับ",
         "hardship": "ไม่มีค่ารถไปโรงพยาบาลครับ ข้าวยังพอมีกิน มีบ้านอยู่",
         "id_card": "มีครับ",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "นครราชสีมาครับ อยู่บ้านที่ปักธงชัย",
         "home_province": "ก็นครราชสีมานี่แหละครับ เกิดที่นี่ อยู่ที่นี่มาตลอด",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมป่วยไตวายครับ",
         "more_care": "ไม่มี",
         "travel_alone": "ไปได้ครับ",
         "sensitive_consent": "ยินยอม",
         "urgent": "มีบ้านนอนครับ ข้าวมีกิน",
         "name": "เสาร์",
         "phone": "0886665544",
         "needs": "อยากได้ค่ารถไปฟอกไตทุกอาทิตย์",
         "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "นครราชสีมา",
                "home": "นครราชสีมา"}),

    # Heart patient travelling home with a bag of medicines; has money, a hotel and a plane
    # ticket, just wants the state to pay. Outcome: refused, not in hardship.
    "dev107 traveller with medicines, has money": Persona(
        ("สอบถามครับ ผมมาตรวจหัวใจที่กรุงเทพ ตอนนี้จะกลับอุดร",
         "มีเงินอยู่ครับ ตั๋วเครื่องบินก็ซื้อแล้ว แต่ได้ยินว่ารัฐให้ค่ารถกลับบ้าน ขอได้ไหมครับ ค่ายามันแพง"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากขอค่าเดินทางกลับบ้านครับ",
         "hardship": "ก็ไม่ถึงกับไม่มีหรอกครับ มีเงิน มีที่พักโรงแรม แต่อยากได้คืนบ้าง",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "กรุงเทพครับ",
         "home_province": "อุดรธานีครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมเป็นโรคหัวใจ หิ้วยามาเต็มกระเป๋า แต่ไม่เป็นไรครับ เดินได้",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ไม่ครับ มีโรงแรมนอน กินข้าวแล้ว",
         "name": "วิชัย",
         "phone": "0815559900",
         "needs": "ไม่มีครับ",
         "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Mother of a child with epilepsy asks who pays if he has a seizure while waiting or on the
    # way; does not consent. Outcome: answered (government hospital, outpatient), nothing kept.
    "dev107 asks: seizure on the way, who pays": Persona(
        ("ถามหน่อยค่ะ ลูกเป็นลมชัก ถ้าได้ค่ารถกลับบ้านแล้วเกิดชักระหว่างรอรถหรือระหว่างทาง"
         " ต้องเข้าโรงพยาบาล ค่ารักษาเบิกได้ไหมคะ",),
        {"consent": ("ไม่ยินยอมค่ะ แค่อยากรู้เฉยๆ", "ไม่ค่ะ ไม่ต้องเก็บข้อมูลอะไร"),
         "idle": "แค่ถามเรื่องค่ารักษาระหว่างทางค่ะ",
         "confirm": "ไม่ค่ะ"},
        outcome="answered", answered="ผู้ป่วยนอก",
        expect={"stored": False}),

    # Wife of a dialysis patient asks whether there is food money while waiting and how much
    # a day; does not consent. Outcome: answered (100 baht a day), nothing kept.
    "dev107 asks: food money while waiting": Persona(
        ("สามีฟอกไตอยู่รพ.ค่ะ ถ้าขอค่ารถกลับบ้าน ระหว่างรอเรื่องได้ค่ากินด้วยไหมคะ วันละเท่าไหร่",),
        {"consent": ("ไม่ค่ะ ยังไม่ขอ ถามไว้ก่อน", "ไม่ยินยอมค่ะ"),
         "idle": "ถามเรื่องค่าอาหารค่ะ",
         "confirm": "ไม่ค่ะ"},
        outcome="answered", answered="100 บาท",
        expect={"stored": False}),

    # Man living with HIV, still in hospital, asks how many days the aid takes; tells his
    # status but does not consent. Outcome: answered (within 15 days), nothing kept.
    "dev107 asks from hospital bed: how long": Persona(
        ("ผมเป็นผู้ติดเชื้อครับ ยังนอนโรงพยาบาลอยู่",
         "ถ้ายื่นขอเงินช่วยกลับบ้าน ใช้เวลากี่วันครับกว่าจะได้"),
        {"consent": ("ไม่ยินยอมครับ ขอถามก่อน", "ไม่ครับ"),
         "idle": "ถามว่าใช้เวลากี่วันครับ",
         "confirm": "ไม่ครับ"},
        outcome="answered", answered="15 วัน",
        expect={"stored": False}),
}
