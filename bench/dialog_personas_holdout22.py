"""Dialog personas, set "holdout22" (held-out set).

Date: 2026-12-07. Written from the seeds only.

Focus: a broad, realistic mix of the people the 1300 hotline meets, from every region
of Thailand. Stranded and cheated workers (a builder whose contractor ran off in
Samut Prakan, a sugarcane-cutting family left unpaid in Kanchanaburi at the start of
the cutting season, a fishing-boat hand put ashore at Mahachai, a mother whose
Phuket employer did not pay), people robbed (a pickpocketed woman at the Nakhon
Sawan bus station, a wheelchair lottery seller at Sanam Luang, a teenager left in
Hua Hin), people just released from prison (Khlong Phai, Bang Khwang, Phitsanulok),
families with small children, a woman fleeing a violent husband, elders, a pregnant
woman, a kidney patient, a psychiatric patient, a person with a disability, and
people writing for someone else (a social development volunteer, a daughter, a
sister). They write Isan, Kham Mueang, Southern and Southern-Malay-Muslim Thai,
Bangkok slang, voice-typed run-on text with no spaces, typos, Thai digits, several
short messages, corrections of a province or phone number, and one-thing-at-a-time
answers. Three are refused (not Thai, no card and no letter, already in the home
province) and three only ask a question (where/when to apply, the disability
allowance, the food money while waiting).

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan builder, contractor fled, Samut Prakan (Bang Phli) -> Roi Et; wants work; urgent
    "holdout22 Isan builder cheated by contractor in Bang Phli": Persona(
        ("สวัสดีครับ", "ผู้รับเหมาหนีไปแล้วครับ บ่จ่ายค่าแรงสองอาทิตย์",
         "ตอนนี้อยู่บางพลี แคมป์เขาปิดแล้ว คืนนี้บ่มีบ่อนนอน"),
        {"consent": "ได้ครับ ยินยอม", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "บ่มีเงินค่ารถ บ่มีที่นอนครับ", "id_card": "มีบัดประชาชนครับ",
         "current_province": "สมุทรปราการ อำเภอบางพลีครับ",
         "home_province": "ร้อยเอ็ดครับ อ.เสลภูมิ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอนอีหลี", "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้งานทำแถวบ้านครับ ถ้ามี", "sensitive_consent": "ได้ครับ",
         "name": "ทองใบ ศรีวงษ์", "phone": "095-118-2437",
         "confirm": "แม่นแล้วครับ ถูกต้อง"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ทองใบ ศรีวงษ์", "phone": "0951182437"}),

    # Northern woman pickpocketed at Nakhon Sawan bus station -> Chiang Rai (Mae Sai); urgent
    "holdout22 northern woman pickpocketed at Nakhon Sawan bus station": Persona(
        ("สวัสดีเจ้า", "โดนล้วงกระเป๋าตังที่ขนส่งนครสวรรค์เจ้า ตังค์หมดเลย เหลือแต่โทรสับ",
         "จะปิ๊กบ้านแม่สายเจ้า บ่มีค่าตั๋วรถ"),
        {"consent": "ได้เจ้า", "idle": "ขอค่ารถปิ๊กบ้านเจ้า",
         "hardship": "บ่มีค่ารถปิ๊กบ้านเจ้า",
         "id_card": "บัตรประชาชนยังอยู่เจ้า เหน็บไว้หลังเคสโทรสับ โชคดีแต๊ๆ",
         "current_province": "นครสวรรค์เจ้า อยู่ขนส่ง", "home_province": "เชียงรายเจ้า อ.แม่สาย",
         "travellers": "คนเดียวเจ้า",
         "urgent": "ด่วนเจ้า คืนนี้บ่มีที่นอน นั่งอยู่ขนส่งนี่แหละ",
         "special_needs": "บ่มีเจ้า", "more_care": "บ่มีเจ้า", "travel_alone": "ไปเองได้เจ้า",
         "needs": "บ่มีเจ้า ขอแค่ได้ปิ๊กบ้าน", "sensitive_consent": "ได้เจ้า",
         "name": "ศรีนวล", "phone": "๐๘๙๓๓๔๑๒๗๖", "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "นครสวรรค์", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "ศรีนวล", "phone": "0893341276"}),

    # Southern man released from Khlong Phai prison (Korat) -> Nakhon Si Thammarat;
    # expired card, wants new card and work; fixes his phone at the summary; urgent
    "holdout22 southerner released from Khlong Phai, expired card, phone fix": Persona(
        ("ฉานเพิ่งออกจากคุกคลองไผ่เมื่อเช้านี้", "ไม่มีตังค์ไปบ้านหนิ บ้านอยู่ทุ่งสง",
         "ช่วยได้ม้าย"),
        {"consent": "ได้ ยินยอม", "idle": "ขอค่ารถไปบ้าน",
         "hardship": "ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีแต่หมดอายุแล้วหนิ หมดตอนอยู่ในคุก",
         "current_province": "โคราช ยังอยู่หน้าเรือนจำคลองไผ่",
         "home_province": "นครศรีธรรมราช อำเภอทุ่งสง", "travellers": "คนเดียว",
         "urgent": "ด่วนหนิ คืนนี้ไม่รู้นอนไหน", "special_needs": "ไม่มี",
         "more_care": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "อยากทำบัตรใหม่ แล้วก็อยากได้งาน", "sensitive_consent": "ได้",
         "name": "อนุชา ทองแก้ว", "phone": "081 762 3049",
         "confirm": ("เบอร์ผิดหนิ 081 762 3094", "ถูกแล้ว")},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "อนุชา ทองแก้ว",
                "phone": "0817623094"}),

    # Pregnant woman (7 months) and partner evicted in Pattaya -> Kalasin; one part; urgent
    "holdout22 pregnant woman evicted in Pattaya, one thing at a time": Persona(
        ("ขอความช่วยเหลือค่ะ", "ท้อง7เดือนค่ะ แฟนตกงาน โดนไล่ออกจากห้องเช่าวันนี้"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "มีค่ะ",
         "current_province": "พัทยาค่ะ", "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "2 คนค่ะ", "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "หนูท้องค่ะ 7 เดือน", "more_care": "ไม่มีค่ะ",
         "travel_alone": "แฟนไปด้วยค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "มะปราง", "phone": "0628145390",
         "confirm": "ถูกต้องค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "กาฬสินธุ์",
                "travellers": 2, "urgent": True, "special": ["pregnant"],
                "name": "มะปราง", "phone": "0628145390"}),

    # Sugarcane-cutting family unpaid in Kanchanaburi -> Sisaket, kids 9 and 4,
    # still sleeping in the field shack; Thai digits; not urgent
    "holdout22 sugarcane cutters unpaid in Kanchanaburi, two kids": Persona(
        ("สวัสดีค่ะ", "มาตัดอ้อยที่กาญจนบุรีค่ะ หัวหน้าคิวเอาเงินหนีไป ไม่ได้ค่าแรงเลย",
         "ผัวเมียลูก๒คน อยากกลับบ้านศรีษะเกษ ไม่มีค่ารถค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ ผัวกับหนูมีบัตร ลูกยังเล็ก",
         "current_province": "กาญจนบุรีค่ะ อ.ท่าม่วง",
         "home_province": "ศรีสะเกษค่ะ อ.กันทรลักษ์", "travellers": "๔ คนค่ะ",
         "urgent": "ยังพอนอนเพิงในไร่อ้อยได้อีกสองสามวันค่ะ ข้าวสารยังพอมีอยู่",
         "special_needs": "ลูก๒คนค่ะ คนโต๙ขวบ คนเล็ก๔ขวบ", "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ลูกไปกับพ่อแม่ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "บัวผัน", "phone": "๐๘๐-๗๒๑-๔๔๕๘",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "ศรีสะเกษ",
                "travellers": 4, "urgent": False, "special": ["child"],
                "name": "บัวผัน", "phone": "0807214458"}),

    # Social development volunteer writes for a 72-year-old woman in Saraburi -> Nan;
    # cannot travel alone, never got the old-age allowance; not urgent
    "holdout22 volunteer for forgetful grandmother from Nan": Persona(
        ("สวัสดีค่ะ หนูเป็น อพม. ที่สระบุรีค่ะ",
         "มียายคนนึงอายุ72 มาตามหาลูกชายแต่หาไม่เจอ ยายความจำไม่ค่อยดี บ้านยายอยู่น่าน",
         "ขอให้ช่วยส่งยายกลับบ้านได้ไหมคะ"),
        {"consent": "ยายบอกว่าได้ค่ะ ยินยอม", "idle": "ขอค่ารถส่งยายกลับบ้านค่ะ",
         "hardship": "ยายไม่มีเงินค่ารถกลับบ้าน ไม่มีญาติที่นี่ค่ะ",
         "id_card": "ยายมีบัตรประชาชนค่ะ", "current_province": "สระบุรี อ.แก่งคอยค่ะ",
         "home_province": "น่านค่ะ อ.ปัว", "travellers": "ยายคนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ ตอนนี้ยายพักที่บ้านหนูก่อนได้",
         "special_needs": "ยายอายุ72ค่ะ ไม่ได้ป่วยอะไร แต่แก่แล้ว",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีคนพาไป ยายหลงทางแน่",
         "needs": "ยายบอกไม่เคยได้เบี้ยคนแก่เลย อยากให้ช่วยดูเรื่องเบี้ยยังชีพด้วยค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "ยายชื่อ จันทร์แก้ว อินต๊ะ ค่ะ",
         "phone": "ยายไม่มีโทรศัพท์ เบอร์หนูนะคะ 0934567812",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สระบุรี", "home": "น่าน",
                "travellers": 1, "urgent": False,
                "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["elderly_allowance"], "name": "จันทร์แก้ว อินต๊ะ",
                "phone": "0934567812"}),

    # Man released from Bang Khwang (Nonthaburi) -> Sakon Nakhon; card lost, kamnan's
    # letter; HIV, wants ARV help and a new card; voice-typed; urgent
    "holdout22 released from Bang Khwang, kamnan letter, HIV": Persona(
        ("ผมพ้นโทษออกจากบางขวางวันนี้ครับไม่มีเงินกลับบ้านที่สกลนครครับ",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ", "id_card": "บัตรหายครับหายตั้งแต่ก่อนเข้าคุก",
         "nationality_letter": "มีครับ กำนันทำหนังสือรับรองให้ว่าเป็นคนไทยอยู่ตำบลนี้จริง พี่สาวส่งมาให้แล้ว",
         "current_province": "นนทบุรีครับ", "home_province": "สกลนครครับอำเภอสว่างแดนดิน",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับคืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "ผมติดเชื้อเอชไอวีครับต้องกินยาต้านต่อเนื่องอยากรู้ว่ามีช่วยไหม แล้วก็อยากทำบัตรใหม่",
         "sensitive_consent": "ยินยอมครับ", "name": "วีระพงษ์", "phone": "0843390217",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "สกลนคร",
                "travellers": 1, "urgent": True,
                "referrals": ["hiv_aid", "id_card", "probation_support"],
                "name": "วีระพงษ์", "phone": "0843390217"}),

    # Muslim mother unpaid by a Phuket restaurant -> Narathiwat (Sungai Kolok), daughter 6,
    # staying with a friend; not urgent
    "holdout22 Muslim mother unpaid in Phuket, daughter six": Persona(
        ("อัสลามูอาลัยกุมค่ะ",
         "ทำงานร้านอาหารที่ภูเก็ตค่ะ เถ้าแก่ไม่จ่ายเงินเดือนสองเดือนแล้ว แล้วก็ให้ออก",
         "อยากพาลูกกลับบ้านที่สุไหงโกลกค่ะ ไม่มีเงินเลย"),
        {"consent": "ได้ค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ", "id_card": "มีค่ะ",
         "current_province": "ภูเก็ตค่ะ แถวป่าตอง",
         "home_province": "นราธิวาสค่ะ สุไหงโก-ลก", "travellers": "2คนค่ะ หนูกับลูกสาว",
         "urgent": "ตอนนี้ค้างบ้านเพื่อนได้อีกสองสามคืนค่ะ",
         "special_needs": "ลูกสาวอายุ6ขวบค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ลูกไปกับหนูค่ะ", "needs": "ไม่มีค่ะ ขอบคุณค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "ซูไฮลา", "phone": "0897402513",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นราธิวาส",
                "travellers": 2, "urgent": False, "special": ["child"],
                "no_referrals": HEALTH, "name": "ซูไฮลา", "phone": "0897402513"}),

    # Wheelchair lottery seller robbed at Sanam Luang, Bangkok -> Buriram; broken
    # wheelchair; urgent
    "holdout22 wheelchair lottery seller robbed at Sanam Luang": Persona(
        ("สวัสดีครับ ผมพิการขาครับ นั่งวีลแชร์ ขายลอตเตอรี่อยู่สนามหลวง",
         "เมื่อคืนโดนขโมยลอตเตอรี่กับเงินไปหมด", "อยากกลับบ้านบุรีรัมย์ครับ"),
        {"consent": "ได้ครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินเลยครับ ค่ารถก็ไม่มี",
         "id_card": "มีครับ บัตรคนพิการก็มี", "current_province": "กรุงเทพครับ",
         "home_province": "บุรีรัมย์ อ.นางรอง", "travellers": "ผมคนเดียวครับ",
         "urgent": "ด่วนครับ นอนข้างถนนแถวสนามหลวง",
         "special_needs": "ผมพิการครับ ขาขาดข้างนึง", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ ชินแล้ว",
         "needs": "วีลแชร์ล้อมันแตกครับ อยากได้คันใหม่หรือซ่อม",
         "sensitive_consent": "ได้ครับ", "name": "ประยูร", "phone": "0861957730",
         "confirm": "ครับ ถูกต้อง"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "referrals": ["disability_devices"], "name": "ประยูร",
                "phone": "0861957730"}),

    # Kidney patient discharged in Chiang Mai with his wife -> Mae Hong Son (Mae Sariang);
    # Kham Mueang; one part; urgent
    "holdout22 kidney patient discharged in Chiang Mai, one thing at a time": Persona(
        ("สวัสดีครับ", "ผมมารักษาตัวที่โรงพยาบาลสวนดอก หมอหื้อออกจากโรงพยาบาลแล้ว",
         "ตังค์หมดแล้วครับ บ่มีค่ารถปิ๊กบ้านแม่ฮ่องสอน"),
        {"consent": "ได้ครับ", "idle": "ขอค่ารถปิ๊กบ้านครับ",
         "hardship": "บ่มีค่ารถครับ", "id_card": "มีครับ",
         "current_province": "เชียงใหม่ครับ", "home_province": "แม่ฮ่องสอนครับ",
         "travellers": "สองคนครับ",
         "urgent": "ด่วนครับ นอนม้านั่งหน้าโรงพยาบาลมาสองคืนแล้ว",
         "special_needs": "ผมป่วยครับ เป็นโรคไต", "more_care": "บ่มีครับ",
         "travel_alone": "เมียไปด้วยครับ", "needs": "บ่มีครับ",
         "sensitive_consent": "ได้ครับ", "name": "แสง", "phone": "0657781204",
         "confirm": "ถูกแล้วครับ"},
        one_part=True,
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 2, "urgent": True, "special": ["sick"],
                "name": "แสง", "phone": "0657781204"}),

    # Daughter in Ubon writes for her father (65) cheated by a job broker, stuck in
    # Hat Yai -> Ubon Ratchathani; urgent
    "holdout22 daughter writes for father cheated by broker in Hat Yai": Persona(
        ("สวัสดีค่ะ หนูพิมพ์แทนพ่อนะคะ",
         "พ่อโดนนายหน้าหลอกว่าจะพาไปทำงานมาเลเซีย เอาเงินไปหมด ตอนนี้พ่อติดอยู่ที่หาดใหญ่",
         "พ่ออายุ65แล้วค่ะ หนูอยู่อุบลส่งเงินไปให้ไม่ได้เพราะหนูก็ไม่มี"),
        {"consent": "ได้ค่ะ ยินยอม", "idle": "ขอค่ารถให้พ่อกลับบ้านค่ะ",
         "hardship": "พ่อไม่มีค่ารถกลับบ้านค่ะ", "id_card": "พ่อมีบัตรค่ะ",
         "current_province": "พ่ออยู่หาดใหญ่ค่ะ สงขลา",
         "home_province": "อุบลค่ะ อ.วารินชำราบ", "travellers": "พ่อคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ พ่อนอนที่ขนส่งหาดใหญ่ ไม่มีที่นอน",
         "special_needs": "พ่ออายุ65ค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "พ่อไปเองได้ค่ะ แข็งแรงอยู่", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "พ่อชื่อ สมบัติ แก้วมณี ค่ะ",
         "phone": "เบอร์พ่อ 086-222-3344 ค่ะ",
         "confirm": "ถูกต้องค่ะ ขอบคุณมากๆค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "no_referrals": HEALTH, "name": "สมบัติ แก้วมณี",
                "phone": "0862223344"}),

    # Teenager left by a friend in Hua Hin -> Chaiyaphum (corrects Korat); slang; urgent
    "holdout22 teen ditched in Hua Hin, corrects his home": Persona(
        ("พี่ครับบบ", "ผมโดนเพื่อนเทที่หัวหิน มันเอารถกลับไปก่อน ตังค์ก็หมด",
         "บ้านผมโคราชครับ เอ้ย ไม่ใช่ ชัยภูมิ ผมงงละ"),
        {"consent": "ได้ครับพี่", "idle": "ขอค่ารถกลับบ้านคับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ", "id_card": "มีคับ",
         "current_province": "หัวหินครับ ประจวบ", "home_province": "ชัยภูมิครับ อ.ภูเขียว",
         "travellers": "คนเดียวคับ",
         "urgent": "ด่วนครับ คืนนี้ไม่รู้นอนไหน แบตก็จะหมด",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มีคับ",
         "travel_alone": "ไปเองได้คับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้คับ", "name": "บอส", "phone": "099-4471-382",
         "confirm": "ถูกครับพี่ ขอบคุณคร้าบบ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "บอส", "phone": "0994471382"}),

    # Woman released from prison in Phitsanulok -> Phayao; foundation lodging till
    # Friday; wants Thai-massage work; not urgent
    "holdout22 woman released in Phitsanulok wants massage work": Persona(
        ("สวัสดีเจ้า", "เพิ่งพ้นโทษออกมาจากเรือนจำพิษณุโลกได้ 2 วันเจ้า",
         "อยากปิ๊กบ้านพะเยา แต่บ่มีตังค์ค่ารถ"),
        {"consent": "ได้เจ้า", "idle": "ขอค่ารถปิ๊กบ้านเจ้า",
         "hardship": "บ่มีค่ารถเจ้า", "id_card": "มีเจ้า ทำใหม่ตอนอยู่ในเรือนจำ",
         "current_province": "พิษณุโลกเจ้า", "home_province": "พะเยาเจ้า อ.เชียงคำ",
         "travellers": "คนเดียวเจ้า",
         "urgent": "บ่ด่วนเจ้า ตอนนี้มีที่พักอยู่ มูลนิธิเขาหื้อพักได้ถึงวันศุกร์",
         "special_needs": "บ่มีเจ้า", "more_care": "บ่มีเจ้า",
         "travel_alone": "ไปเองได้เจ้า",
         "needs": "ในเรือนจำเคยเรียนนวดแผนไทยเจ้า อยากได้งานนวด",
         "sensitive_consent": "ได้เจ้า", "name": "บัวคำ", "phone": "0954412860",
         "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "พะเยา",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["thai_massage_training", "probation_support"],
                "no_referrals": HEALTH, "name": "บัวคำ", "phone": "0954412860"}),

    # Fishing-boat hand put ashore unpaid at Mahachai -> Nakhon Phanom; voice-typed;
    # one part; wants work on land; urgent
    "holdout22 fishing hand unpaid at Mahachai, one thing at a time": Persona(
        ("ผมทำงานเรือประมงที่มหาชัยครับไต๋ไม่จ่ายตังค์เรือขึ้นฝั่งแล้วให้ลงเลยครับไม่มีที่นอนอยากกลับบ้านครับ",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ", "id_card": "มีครับ",
         "current_province": "สมุทรสาครครับ", "home_province": "นครพนมครับ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับคืนนี้นอนท่าเรือ",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้งานบนบกครับไม่อยากลงเรือแล้ว", "sensitive_consent": "ได้ครับ",
         "name": "สุริยา", "phone": "0887015542", "confirm": "ถูกต้องครับ"},
        one_part=True,
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "สุริยา", "phone": "0887015542"}),

    # Grandmother (63) and grandson (8) after a prison visit in Bangkok -> Yasothon;
    # Isan, Thai digits, one part; urgent
    "holdout22 grandmother and grandson after prison visit, one thing at a time": Persona(
        ("สวัสดีจ้า", "ยายพาหลานมาเยี่ยมแม่มันที่คุกกรุงเทพ เงินหมดแล้ว บ่มีค่ารถกลับยโสธร"),
        {"consent": "ได้จ้า", "idle": "ขอค่ารถกลับบ้านจ้า",
         "hardship": "บ่มีค่ารถจ้า", "id_card": "ยายมีบัตรจ้า",
         "current_province": "กรุงเทพจ้า อยู่หมอชิต", "home_province": "ยโสธรจ้า",
         "travellers": "๒ คนจ้า", "urgent": "ด่วนจ้า คืนนี้สิได้นอนหมอชิต",
         "special_needs": "ยายอายุ ๖๓ จ้า",
         "more_care": ("หลานอายุ ๘ ขวบจ้า", "บ่มีแล้วจ้า"),
         "travel_alone": "ยายพาหลานไปเองได้จ้า", "needs": "บ่มีจ้า",
         "sensitive_consent": "ได้จ้า", "name": "สมหมาย บุญมา",
         "phone": "๐๘๑๒๐๓๖๖๕๗", "confirm": "ถูกแล้วจ้า"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยโสธร",
                "travellers": 2, "urgent": True, "special": ["elderly", "child"],
                "name": "สมหมาย บุญมา", "phone": "0812036657"}),

    # Sister writes for her brother with schizophrenia, in hospital in Surat Thani ->
    # Lampang; cannot travel alone; wants follow-up care; not urgent
    "holdout22 sister writes for psychiatric patient found in Surat Thani": Persona(
        ("สวัสดีค่ะ",
         "น้องชายหนูป่วยจิตเวชค่ะ หายออกจากบ้านไปเดือนนึง ตอนนี้ตำรวจเจอที่สุราษฎร์ธานี ส่งโรงพยาบาลสวนสราญรมย์แล้ว",
         "หมอให้ญาติไปรับ แต่หนูไม่มีเงินค่ารถเลยค่ะ บ้านอยู่ลำปาง"),
        {"consent": "ได้ค่ะ", "idle": "ขอค่ารถพาน้องกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถพาน้องกลับบ้านค่ะ",
         "id_card": "น้องมีบัตรค่ะ อยู่กับหมอที่โรงพยาบาล",
         "current_province": "สุราษฎร์ธานีค่ะ", "home_province": "ลำปางค่ะ อ.เกาะคา",
         "travellers": "น้องคนเดียวค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ น้องอยู่โรงพยาบาล หมอให้อยู่ได้จนกว่าจะมีคนมารับ",
         "special_needs": "น้องป่วยเป็นจิตเภทค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีคนพาไป เดี๋ยวหายอีก",
         "needs": "อยากให้มีคนติดตามดูแลเรื่องกินยาต่อที่บ้านค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "น้องชื่อ ธนากร ปัญญาวงค์ ค่ะ หนูชื่อ อร",
         "phone": "เบอร์หนู 0639927415", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ลำปาง",
                "travellers": 1, "urgent": False,
                "referrals": ["mental_health_care"], "phone": "0639927415"}),

    # Mother fleeing a violent husband with kids 2 and 11, Map Ta Phut (Rayong) ->
    # her mother's home in Phetchabun (Lom Sak); urgent
    "holdout22 mother fleeing violence in Rayong with two kids": Persona(
        ("ช่วยด้วยค่ะ", "หนีผัวออกมาค่ะ มันตบหนูทุกวัน",
         "พาลูกออกมาด้วย2คน ตอนนี้นั่งอยู่เซเว่นแถวมาบตาพุด ไม่มีเงินเลย อยากกลับบ้านแม่ที่เพชรบูรณ์"),
        {"consent": "ได้ค่ะ", "idle": "ขอค่ารถกลับบ้านแม่ค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนค่ะ", "id_card": "มีค่ะ หยิบมาทัน",
         "current_province": "ระยองค่ะ มาบตาพุด",
         "home_province": "เพชรบูรณ์ค่ะ หล่มสัก บ้านแม่",
         "travellers": "3 คนค่ะ หนูกับลูก2คน",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่ไป กลับไปบ้านไม่ได้",
         "special_needs": "ลูกคนเล็ก2ขวบ คนโต11ขวบค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ลูกไปกับหนูค่ะ", "needs": "ไม่มีค่ะ ขอแค่ไปให้พ้นจากมัน",
         "sensitive_consent": "ได้ค่ะ", "name": "นก", "phone": "0926638801",
         "confirm": "ค่ะ ถูกต้อง"},
        expect={"eligible": True, "current": "ระยอง", "home": "เพชรบูรณ์",
                "travellers": 3, "urgent": True, "special": ["child"],
                "name": "นก", "phone": "0926638801"}),

    # --- refused ---

    # Shan worker with a pink card (Myanmar nationality), Lamphun -> Mae Hong Son;
    # refused: not Thai
    "holdout22 Shan worker with pink card in Lamphun": Persona(
        ("สวัสดีครับ", "ผมเป็นคนไทใหญ่ครับ มาจากรัฐฉาน ทำงานก่อสร้างที่ลำพูน",
         "งานหมดแล้ว ไม่มีตังค์ อยากไปหาพี่ชายที่แม่ฮ่องสอน"),
        {"consent": "ได้ครับ", "idle": "ขอค่ารถครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ มีแต่บัตรชมพู สัญชาติพม่า",
         "nationality_letter": "ไม่มีครับ", "current_province": "ลำพูนครับ",
         "home_province": "แม่ฮ่องสอนครับ พี่ชายอยู่ที่นั่น",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "needs": "อยากได้งานครับ",
         "sensitive_consent": "ได้ครับ", "name": "จายแสง", "phone": "0971234406",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # ID card stolen at Mo Chit, no letter and no papers at all -> Kamphaeng Phet;
    # voice-typed; refused: no card and no letter
    "holdout22 robbed at Mo Chit with no papers at all": Persona(
        ("สวัสดีครับผมโดนขโมยกระเป๋าที่หมอชิตบัตรประชาชนเงินหายหมดเลยครับ",
         "อยากกลับบ้านกำแพงเพชร"),
        {"consent": "ได้ครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "หายครับโดนขโมยไปพร้อมกระเป๋า",
         "nationality_letter": ("ไม่มีครับ", "ไม่มีเลยครับ ไม่มีเอกสารอะไรเลย"),
         "current_province": "กรุงเทพครับหมอชิต", "home_province": "กำแพงเพชรครับ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มี", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากทำบัตรใหม่ครับ", "sensitive_consent": "ได้ครับ",
         "name": "ชัยวัฒน์", "phone": "0859913327", "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Man in Trang town wants fare to his village in Palian, same province;
    # refused: already in the home province
    "holdout22 man in Trang town going to Palian, same province": Persona(
        ("หวัดดีครับ", "อยู่ในเมืองตรังครับ ไม่มีตังค์กลับบ้านที่ปะเหลียนหนิ",
         "ช่วยค่ารถได้ม้ายครับ"),
        {"consent": "ได้ครับ", "idle": "ขอค่ารถครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ", "current_province": "ตรังครับ",
         "home_province": "ตรังครับ อำเภอปะเหลียน", "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนครับ นอนบ้านเพื่อนได้", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มี", "travel_alone": "ไปเองได้ครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ", "name": "หมาน", "phone": "0813349026",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # --- answered ---

    # Northern woman asks for a neighbour where and when one can apply (weekend?)
    "holdout22 neighbour asks where and when to apply": Persona(
        ("สวัสดีเจ้า",
         "ถ้าจะขอค่ารถกลับบ้าน ต้องไปติดต่อที่ไหนเจ้า วันเสาร์อาทิตย์เปิดก่อ ถามหื้อป้าข้างบ้าน"),
        {"consent": "ได้เจ้า", "idle": "ถามเฉยๆเจ้า ว่าติดต่อที่ไหน",
         "hardship": "บ่ได้ขอเจ้า ถามหื้อป้าข้างบ้าน"},
        outcome="answered", answered="1300"),

    # Southern mother asks how much the disability allowance is (typos)
    "holdout22 mother asks the disability allowance amount": Persona(
        ("สวัสดีค่ะ", "ลูกชายพิกานทางสติปัญญาค่ะ เบี้ยคนพิกานได้เดือนละเท่าไรคะ"),
        {"consent": "ได้ค่ะ", "idle": "ถามเรื่องเบี้ยคนพิการค่ะ",
         "hardship": "ไม่ได้ขอค่ารถค่ะ แค่ถามเรื่องเบี้ยคนพิการ"},
        outcome="answered", answered="800"),

    # Isan wife asks whether food money is given while waiting to travel, how much a day
    "holdout22 wife asks about food money while waiting": Persona(
        ("ระหว่างรอรถกลับบ้าน เพิ่นให้ค่ากินข้าวบ่ วันละจั๊กบาท",),
        {"consent": "ได้", "idle": "ถามเรื่องค่ากินข้าวระหว่างรอรถ",
         "hardship": "ยังบ่ได้ขอ ถามไว้ก่อน ผัวสิออกจากคุกเดือนหน้า"},
        outcome="answered", answered="100"),
}
