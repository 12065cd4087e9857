"""Dialog personas, set "dev75" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: families and groups of every size asking for the fare home together: a couple
evicted in Phuket, a mother alone with three children of 1, 6 and 13 in Pattaya,
"สามแม่ลูก" with children of 3 and 7, a grandson typing for his grandparents of 80 and
76 and his little sister, a sister with a brother with an intellectual disability, a
foreman for a crew of six where one man stays behind, a husband with a pregnant wife
and two small children, "หนู พ่อ แม่ ยาย" after the grandmother's cancer treatment in
Bangkok, a daughter writing for her elderly parents abandoned by a tour, a northern
mother who forgets to count her baby, a southern father of "ห้าชีวิต", three orphaned
siblings, an old couple, a son with a father in a wheelchair who needs an escort, a
seasonal family with a village-head letter, and a cane-cutting family of seven; plus a
Myanmar family, a man and his mother with burnt cards and no letter, and a mother
already in her home province; three family questions. They count in words, Thai
digits, ages and kinship lists, correct the count, say who is not coming, and write in
Isan, northern and southern speech, from every region, with district and landmark
names instead of provinces.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # couple out of hotel work, Patong (Phuket) -> Selaphum (Roi Et); case, urgent
    "dev75 couple evicted in Patong": Persona(
        ("สวัสดีครับ ผมกับแฟนตกงานจากโรงแรมที่ป่าตอง เจ้าของห้องไล่ออกวันนี้ "
         "ไม่มีตังค่ารถกลับบ้านร้อยเอ็ดครับ",),
        {"consent": "ยินยอมครับ", "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ คืนนี้ก็ไม่มีที่นอน",
         "id_card": "มีครับ ทั้งผมทั้งแฟน",
         "current_province": "ภูเก็ตครับ ป่าตอง อ.กะทู้",
         "home_province": "ร้อยเอ็ด อ.เสลภูมิครับ",
         "travellers": "2 คนครับ ผมกับแฟน",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอนเลย",
         "special_needs": "ไม่มีครับ สองคนแข็งแรงดี", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปกันเองได้ครับ",
         "needs": "อยากได้งานทำแถวบ้านครับ", "sensitive_consent": "ยินยอมครับ",
         "name": "ธนากร ศรีบุญเรือง ครับ 093-441-7825", "phone": "093-441-7825",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ร้อยเอ็ด",
                "travellers": 2, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ธนากร ศรีบุญเรือง", "phone": "0934417825"}),

    # mother left by husband with children of 1, 6 and 13, Pattaya -> That Phanom; case
    "dev75 mother with three children in Pattaya": Persona(
        ("ขอความช่วยเหลือค่ะ",
         "แฟนทิ้งไปแล้ว หนูอยู่กับลูกสามคนที่พัทยา ค่าห้องก็ค้าง ไม่มีเงินพาลูกกลับบ้านค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ",
         "current_province": "ชลบุรีค่ะ", "home_province": "นครพนม ธาตุพนมค่ะ",
         "travellers": "4 คนค่ะ หนูกับลูก 3",
         "urgent": "ยังพอนอนห้องได้ถึงสิ้นเดือนค่ะ",
         "special_needs": "ลูกเล็กค่ะ คนเล็ก 1 ขวบ คนกลาง 6 ขวบ คนโต 13",
         "more_care": "ไม่มีแล้วค่ะ", "travel_alone": "ไปกับหนูค่ะ หนูดูแลเอง",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "อรอุมา", "phone": "0862219904", "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครพนม",
                "travellers": 4, "urgent": False, "special": ["child"],
                "no_referrals": HEALTH, "name": "อรอุมา", "phone": "0862219904"},
        one_part=True),

    # สามแม่ลูก, children 3 and 7, Bang Phli market -> Sakon Nakhon; case, urgent
    "dev75 สามแม่ลูก at Bang Phli": Persona(
        ("สวัสดีค่ะ สามแม่ลูกติดอยู่บางพลีค่ะ ลูก 3 ขวบกับ 7 ขวบ อยากกลับบ้านที่สกลนคร "
         "ไม่มีเงินเลยค่ะ", "ยินยอม"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ ไม่มีที่อยู่ด้วย", "id_card": "มีค่ะ",
         "current_province": "สมุทรปราการค่ะ บางพลี",
         "home_province": "สกลนครค่ะ อ.สว่างแดนดิน",
         "travellers": "3 คนค่ะ หนูกับลูกสองคน",
         "urgent": "ตอนนี้นั่งอยู่ตลาดบางพลี ไม่มีที่ไปค่ะ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ลูกเล็กค่ะ 3 ขวบกับ 7 ขวบ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปกับหนูค่ะ", "needs": "ไม่มีค่ะ ขอกลับบ้านก่อน",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "น้ำฝนค่ะ ๐๘๙๗๗๒๑๔๓๐", "phone": "๐๘๙๗๗๒๑๔๓๐", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "สกลนคร",
                "travellers": 3, "urgent": True, "special": ["child"],
                "no_referrals": HEALTH, "name": "น้ำฝน", "phone": "0897721430"}),

    # grandson (15) types for grandma 80, grandpa 76, sister 8; Rayong terminal -> Ko Kha; case
    "dev75 grandson for ตายาย robbed at Rayong terminal": Persona(
        ("สวัสดีครับ ผมเป็นหลานนะครับ พิมพ์แทนยาย",
         "ตากับยายพาผมกับน้องมางานศพญาติที่ระยอง กระเป๋าตังยายโดนล้วงที่ขนส่ง "
         "ตอนนี้นั่งอยู่ขนส่งระยองครับ กลับลำปางไม่ได้"),
        {"consent": "ยินยอมครับ ยายบอกว่ายินยอม", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับครับ เงินหายหมด",
         "id_card": "ตากับยายมีบัตรครับ ผมก็มี น้องยังไม่มี",
         "current_province": "ระยองครับ ขนส่งระยอง",
         "home_province": "ลำปางครับ อ.เกาะคา",
         "travellers": "4 คนครับ ตา ยาย ผม น้องสาว",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน ยายนั่งหลับอยู่ที่เก้าอี้",
         "special_needs": "ยายอายุ 80 ครับ ตา 76 น้องสาว 8 ขวบ",
         "more_care": "ไม่มีแล้วครับ ผมอายุ 15",
         "travel_alone": "ไปด้วยกันครับ ผมช่วยดูได้ ยายเดินช้าแต่เดินเองได้",
         "needs": "ยายยังไม่ได้เบี้ยคนแก่ครับ อยากให้ช่วยดูให้",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ยายชื่อ บัวผัน คำมา ครับ", "phone": "เบอร์ยาย 0817653209 ครับ",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "ลำปาง",
                "travellers": 4, "urgent": True, "special": ["elderly", "child"],
                "referrals": ["elderly_allowance"], "no_referrals": HEALTH,
                "name": "บัวผัน คำมา", "phone": "0817653209"}),

    # sister with a brother with an intellectual disability, Map Ta Phut -> Warin Chamrap; case
    "dev75 sister and disabled brother from Map Ta Phut": Persona(
        ("พี่คะ หนูกับน้องชายตกงานค่ะ โรงงานที่มาบตาพุดปิด น้องหนูเป็นคนพิการทางสติปัญญา "
         "อยากพาน้องกลับบ้านอุบลค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถพาน้องกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ ข้าวก็จะไม่มีกินแล้ว",
         "id_card": "มีค่ะทั้งสองคน น้องมีบัตรคนพิการด้วย",
         "current_province": "ระยองค่ะ", "home_province": "อุบลราชธานี อ.วารินชำราบค่ะ",
         "travellers": "2 คนค่ะ หนูกับน้องชาย",
         "urgent": "ยังมีห้องอยู่ค่ะ แต่เจ้าของให้ออกอาทิตย์หน้า",
         "special_needs": "น้องชายพิการค่ะ ทางสติปัญญา", "more_care": "ไม่มีค่ะ",
         "travel_alone": "น้องไปกับหนูค่ะ หนูดูแลเองได้ ไม่ต้องมีเจ้าหน้าที่ไปด้วย",
         "needs": "หนูอยากได้งานที่อุบลค่ะ น้องได้เบี้ยคนพิการอยู่แล้ว",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "นางสาวพิมพ์ชนก แก้วมณี", "phone": "0625180347", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "อุบลราชธานี",
                "travellers": 2, "urgent": False, "special": ["disabled"],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "พิมพ์ชนก แก้วมณี", "phone": "0625180347"}),

    # foreman, crew of six on Ko Samui -> Nang Rong; one stays, fixed at summary; case, urgent
    "dev75 crew of six on Samui, one stays": Persona(
        ("สวัสดีครับ ผมหัวหน้าช่างครับ",
         "ผู้รับเหมาเชิดเงินหนี ไม่จ่ายค่าแรงสองเดือน พวกผมติดอยู่เกาะสมุย ไปกันหกชีวิตครับ "
         "จะกลับบุรีรัมย์ แคมป์ก็โดนรื้อแล้ว"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านให้ลูกน้องด้วยครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีข้าวกินด้วยครับ", "id_card": "มีครบทุกคนครับ",
         "current_province": "สุราษฎร์ครับ เกาะสมุย",
         "home_province": "บุรีรัมย์ครับ นางรอง ทั้งหมดเลย",
         "travellers": "6 คนครับรวมผม",
         "urgent": "ด่วนครับ นอนศาลาวัดมาสองคืนแล้ว",
         "special_needs": "ไม่มีครับ ผู้ชายหมด", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "needs": "อยากได้งานครับ ทุกคนเลย",
         "sensitive_consent": "ยินยอมครับ",
         "name": "สมพงษ์ 0879934126", "phone": "0879934126",
         "confirm": ("ขอแก้ครับ เหลือ 5 คน ไอ้ต้อมมันไม่กลับ มันได้งานที่สมุยแล้ว",
                     "ถูกแล้วครับ")},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "บุรีรัมย์",
                "travellers": 5, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "สมพงษ์", "phone": "0879934126"}),

    # husband, pregnant wife, children 5 and 2, Rangsit -> Yang Talat; case
    "dev75 ผมกับเมียและลูกสองคน, wife pregnant": Persona(
        ("ผมกับเมียและลูกสองคนครับ อยู่รังสิต เมียท้อง 7 เดือน ผมโดนเลิกจ้าง "
         "ไม่มีค่ารถกลับกาฬสินธุ์ครับ", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ", "id_card": "มีครับ ผมกับเมีย",
         "current_province": "ปทุมธานีครับ รังสิต คลองหนึ่ง",
         "home_province": "กาฬสินธุ์ครับ อ.ยางตลาด",
         "travellers": "4 คนครับ ผม เมีย ลูกชาย 5 ขวบ ลูกสาว 2 ขวบ",
         "urgent": "ไม่ด่วนมากครับ ยังอยู่ห้องเช่าได้อีกอาทิตย์",
         "special_needs": "เมียท้อง 7 เดือนครับ แล้วก็ลูกเล็กสองคน",
         "more_care": "ไม่มีแล้วครับ", "travel_alone": "ไปด้วยกันหมดครับ ผมดูแลเอง",
         "needs": "หางานที่บ้านครับ", "sensitive_consent": "ยินยอมครับ",
         "name": "วีระพงษ์ครับ 091 772 8340", "phone": "091 772 8340",
         "confirm": "ครับ ถูกต้อง"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "กาฬสินธุ์",
                "travellers": 4, "urgent": False, "special": ["pregnant", "child"],
                "referrals": ["job_placement"],
                "no_referrals": ("mental_health_care", "hiv_aid"),
                "name": "วีระพงษ์", "phone": "0917728340"}),

    # granddaughter with พ่อ แม่ ยาย after Siriraj, Mo Chit -> Phan (Chiang Rai); case, urgent, sick
    "dev75 หนู พ่อ แม่ ยาย after Siriraj": Persona(
        ("หนูขอความช่วยเหลือค่ะ พายายมาหาหมอที่ศิริราช ตอนนี้เงินหมดแล้ว",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ค่ารักษาหมดเลยค่ะ ไม่มีค่ารถกลับ", "id_card": "มีทุกคนค่ะ",
         "current_province": "อยู่หมอชิตค่ะ", "home_province": "เชียงราย อ.พานค่ะ",
         "travellers": "4 คนค่ะ หนู พ่อ แม่ ยาย",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน นอนที่ขนส่ง",
         "special_needs": "ยายอายุ 78 เป็นมะเร็งค่ะ ต้องกลับไปรักษาต่อที่ รพ.เชียงราย",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ยายนั่งรถทัวร์ได้ค่ะ มีหนูกับแม่ดูแล",
         "needs": "อยากให้ช่วยประสานโรงพยาบาลให้ยายรักษาต่อค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "กัญญารัตน์ 0958812406", "phone": "0958812406", "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 4, "urgent": True, "special": ["elderly", "sick"],
                "referrals": ["medical_services"], "no_referrals": ("hiv_aid",),
                "name": "กัญญารัตน์", "phone": "0958812406"}),

    # daughter in Nonthaburi writes for parents (72, 69) left by a tour in Chiang Mai -> Thung Song; case
    "dev75 daughter writes for parents left in Chiang Mai": Persona(
        ("สวัสดีค่ะ สอบถามแทนพ่อแม่ได้ไหมคะ",
         "พ่อแม่ไปเที่ยวเชียงใหม่กับทัวร์ แล้วโดนทิ้ง ทัวร์ไม่พากลับ เงินก็หมด "
         "หนูอยู่นนทบุรี จะโอนให้ก็ไม่มีเหมือนกันค่ะ"),
        {"consent": "ยินยอมค่ะ พ่อแม่ก็ยินยอม", "idle": "ขอค่ารถให้พ่อแม่กลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ", "id_card": "พ่อแม่มีบัตรค่ะ",
         "current_province": "พ่อแม่อยู่เชียงใหม่ค่ะ แถวประตูท่าแพ ส่วนหนูอยู่นนท์",
         "home_province": "นครศรีธรรมราชค่ะ อ.ทุ่งสง",
         "travellers": "2 คนค่ะ พ่อกับแม่ หนูไม่ได้ไป",
         "urgent": "ด่วนค่ะ คืนนี้พ่อแม่ไม่มีที่นอน",
         "special_needs": "พ่ออายุ 72 แม่ 69 ค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "เดินทางกันเองได้ค่ะ ขึ้นรถทัวร์เป็น",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "ชื่อพ่อนะคะ นายประเสริฐ ทองคำ", "phone": "เบอร์พ่อ 0810046732 ค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "นครศรีธรรมราช",
                "travellers": 2, "urgent": True, "special": ["elderly"],
                "no_referrals": HEALTH, "name": "ประเสริฐ ทองคำ",
                "phone": "0810046732"}),

    # northern mother forgets the baby in her count, Mae Sot (Tak) -> Chun (Phayao); case
    "dev75 kham muang mother forgets the baby": Persona(
        ("สวัสดีเจ้า",
         "เปิ้นอยู่แม่สอดเจ้า โรงงานปิด ตกงานทั้งผัวทั้งเมีย บ่มีเงินค่ารถปิ๊กบ้านพะเยาเจ้า"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอค่ารถปิ๊กบ้านเจ้า",
         "hardship": "บ่มีค่ารถเจ้า", "id_card": "มีเจ้า ทั้งเปิ้นทั้งผัว",
         "current_province": "แม่สอด จังหวัดตากเจ้า", "home_province": "พะเยาเจ้า อ.จุน",
         "travellers": "3 คนเจ้า ผัว เปิ้น กับลูกสาว 4 ขวบ... อ้าว บ่ใจ้ 4 คนเจ้า "
                       "ลืมนับน้องอ่อน 8 เดือน",
         "urgent": "ยังมีห้องนอนอยู่เจ้า บ่ด่วนขนาด",
         "special_needs": "ลูกน้อยสองคนเจ้า 4 ขวบ กับ 8 เดือน",
         "more_care": "บ่มีแล้วเจ้า", "travel_alone": "ไปกับพ่อแม่เจ้า",
         "needs": "บ่มีเจ้า", "sensitive_consent": "ยินยอมเจ้า",
         "name": "ศรีนวล 083-127-5569", "phone": "083-127-5569",
         "confirm": "แม่นแล้วเจ้า"},
        expect={"eligible": True, "current": "ตาก", "home": "พะเยา",
                "travellers": 4, "urgent": False, "special": ["child"],
                "no_referrals": HEALTH, "name": "ศรีนวล", "phone": "0831275569"}),

    # southern father, ห้าชีวิต, Pak Kret -> Khuan Khanun (Phatthalung); case
    "dev75 southern father, five lives from Pak Kret": Persona(
        ("หวัดดีครับ ฉานกับเมียกับลูกสามคน ไปกันห้าชีวิต ตกงานที่นนท์ "
         "ไม่มีตังค์ได้ลงบ้านพัทลุงครับ",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถลงบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ข้าวก็แค่พอกินวันนี้",
         "id_card": "มีครับ ฉานกับเมีย", "current_province": "นนทบุรีครับ ปากเกร็ด",
         "home_province": "พัทลุงครับ อ.ควนขนุน", "travellers": "5 คนครับ",
         "urgent": "หลาวยังพอนอนห้องได้ครับ เจ้าของให้อยู่ถึงวันเสาร์",
         "special_needs": "ลูกคนเล็ก 3 ขวบครับ คนกลาง 9 คนโต 14",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปด้วยกันหมดครับ",
         "needs": "อยากได้งานครับ แถวบ้าน", "sensitive_consent": "ยินยอมครับ",
         "name": "สุริยา ทองแก้ว", "phone": "08 4561 2093", "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "พัทลุง",
                "travellers": 5, "urgent": False, "special": ["child"],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "สุริยา ทองแก้ว", "phone": "0845612093"}),

    # สามแม่ลูก but the eldest stays to work, Bang Pakong -> Yasothon; case
    "dev75 สามแม่ลูก, eldest stays in Bang Pakong": Persona(
        ("สวัสดีค่ะ สามแม่ลูกค่ะ",
         "อยู่บางปะกง ไม่มีเงินค่ารถกลับยโสธร แต่ลูกคนโตไม่กลับนะคะ เขาทำงานอยู่นิคมต่อ "
         "ไปแค่หนูกับลูกคนเล็ก"),
        {"consent": "ยินยอม", "idle": "ขอค่ารถค่ะ", "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ", "current_province": "ฉะเชิงเทราค่ะ",
         "home_province": "ยโสธร", "travellers": "2 คน",
         "urgent": "ไม่ด่วนค่ะ", "special_needs": "ลูกคนเล็ก 5 ขวบค่ะ",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไปกับหนูค่ะ", "needs": "ไม่มี",
         "sensitive_consent": "ยินยอม", "name": "ลำดวน", "phone": "0896620418",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "ยโสธร",
                "travellers": 2, "urgent": False, "special": ["child"],
                "no_referrals": HEALTH, "name": "ลำดวน", "phone": "0896620418"},
        one_part=True),

    # three siblings (20, 17, 12) after their father died in Aranyaprathet -> grandma in Phu Khiao; case
    "dev75 three siblings from Aranyaprathet to grandma": Persona(
        ("สามพี่น้องค่ะ พ่อเสียที่อรัญ ไม่มีใครแล้ว จะไปอยู่กับยายที่ชัยภูมิ ไม่มีเงินค่ารถค่ะ",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถไปบ้านยายค่ะ",
         "hardship": "ไม่มีที่อยู่แล้วค่ะ เจ้าของห้องให้ออก ไม่มีค่ารถด้วย",
         "id_card": "หนูมีค่ะ น้อง 17 ก็มี น้องเล็กยังไม่มี",
         "current_province": "สระแก้วค่ะ อ.อรัญประเทศ",
         "home_province": "ชัยภูมิค่ะ บ้านยายอยู่ภูเขียว",
         "travellers": "3 คนค่ะ หนู 20 น้องชาย 17 น้องสาว 12",
         "urgent": "ด่วนค่ะ เจ้าของห้องให้ออกวันนี้ คืนนี้ไม่มีที่นอน",
         "special_needs": "น้องเล็ก 12 ขวบค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "หนูดูแลน้องเองได้ค่ะ",
         "needs": "หนูอยากหางานทำที่ชัยภูมิค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "ชื่อ ปวีณา ค่ะ 0614487350", "phone": "0614487350",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สระแก้ว", "home": "ชัยภูมิ",
                "travellers": 3, "urgent": True, "special": ["child"],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ปวีณา", "phone": "0614487350"}),

    # old couple (74, 71) left in Hua Hin by their son -> Uttaradit; grandpa's card expired; case
    "dev75 สองตายาย left in Hua Hin": Persona(
        ("สวัสดีจ้า สองตายายจ้ะ ลูกพามาทำงานหัวหิน แล้วลูกหายไปเลย ไม่มีเงินกลับบ้าน",),
        {"consent": "ยินยอมจ้ะ", "idle": "อยากกลับบ้านจ้ะ",
         "hardship": "ไม่มีค่ารถจ้ะ", "id_card": "มีจ้ะ แต่ของตาหมดอายุแล้ว",
         "current_province": "หัวหินจ้ะ", "home_province": "อุตรดิตถ์จ้ะ",
         "travellers": "สองคน ตากับยาย",
         "urgent": "นอนที่วัดได้จ้ะ หลวงพ่อให้นอน",
         "special_needs": "แก่แล้วจ้ะ ตา 74 ยาย 71", "more_care": "ไม่มีจ้ะ",
         "travel_alone": "ไปกันเองได้จ้ะ", "needs": "ตาอยากทำบัตรใหม่จ้ะ",
         "sensitive_consent": "ยินยอมจ้ะ", "name": "บุญมี",
         "phone": "ยืมเครื่องเด็กวัดจ้ะ 0928843017", "confirm": "ถูกแล้วจ้ะ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "อุตรดิตถ์",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "referrals": ["id_card"], "no_referrals": HEALTH,
                "name": "บุญมี", "phone": "0928843017"},
        one_part=True),

    # son with a father in a wheelchair after a stroke and a daughter of 5, Photharam -> Wang Saphung; escort
    "dev75 son, father in wheelchair and little girl": Persona(
        ("ผมต้องพาพ่อกลับบ้านครับ พ่อเป็นอัมพฤกษ์ครึ่งซีก นั่งรถเข็น ผมมีลูกสาวห้าขวบอีกคน",
         "อยู่โพธาราม ราชบุรีครับ บ้านอยู่เลย ไม่มีตังเลยครับ ค่าจ้างยังไม่ออก"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถพาพ่อกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ", "id_card": "มีครับ ผมกับพ่อ",
         "current_province": "ราชบุรีครับ", "home_province": "เลยครับ อ.วังสะพุง",
         "travellers": "3 คนครับ ผม พ่อ ลูกสาว",
         "urgent": "ไม่ด่วนครับ ยังมีห้องอยู่",
         "special_needs": "พ่อพิการครับ เป็นอัมพฤกษ์ นั่งวีลแชร์ แล้วก็ลูกสาว 5 ขวบ",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "พ่อไปรถทัวร์เองไม่ได้ครับ ผมคนเดียวอุ้มพ่อกับดูลูกไม่ไหว "
                         "อยากให้มีเจ้าหน้าที่ช่วยไปด้วย",
         "needs": "พ่อยังไม่ได้ขึ้นทะเบียนคนพิการครับ อยากได้เบี้ยคนพิการ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "เกียรติศักดิ์ 0873390521", "phone": "0873390521",
         "confirm": "ครับ ถูกต้อง"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "เลย",
                "travellers": 3, "urgent": False,
                "special": ["disabled", "child", "cannot_travel_alone"],
                "referrals": ["travel_escort", "disability_allowance"],
                "no_referrals": ("mental_health_care", "hiv_aid"),
                "name": "เกียรติศักดิ์", "phone": "0873390521"}),

    # seasonal fruit pickers, mother's card lost but letter from village head, Khao Saming -> Na Klang; case
    "dev75 fruit-picking family, mother's card lost": Persona(
        ("สวัสดีค่ะ ตัดผลไม้ที่ตราดหมดฤดูแล้ว นายจ้างไม่ให้อยู่ต่อ หนูกับแฟนกับลูกค่ะ "
         "บัตรหนูหายค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "บัตรหนูหายค่ะ แฟนมีบัตร",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านทำหนังสือรับรองส่งมาให้แล้ว ถ่ายรูปไว้ด้วย",
         "current_province": "ตราดค่ะ อ.เขาสมิง",
         "home_province": "หนองบัวลำภูค่ะ อ.นากลาง",
         "travellers": "3 คนค่ะ หนู แฟน ลูกชาย 10 ขวบ",
         "urgent": "ด่วนค่ะ คืนนี้ต้องออกจากบ้านพักคนงาน ไม่มีที่นอน",
         "special_needs": "ลูก 10 ขวบค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปกับพ่อแม่ค่ะ", "needs": "อยากทำบัตรใหม่ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "นิตยา พรมมา", "phone": "0640923378", "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ตราด", "home": "หนองบัวลำภู",
                "travellers": 3, "urgent": True, "special": ["child"],
                "referrals": ["id_card"], "no_referrals": HEALTH,
                "name": "นิตยา พรมมา", "phone": "0640923378"}),

    # cane-cutting family of seven, Bo Phloi (Kanchanaburi) -> Mukdahan; case
    "dev75 cane cutters, seven of the family": Persona(
        ("ตัดอ้อยที่กาญจน์ครับ หมดงานแล้ว ไม่มีค่ารถกลับมุกดาหาร ไปกันเจ็ดคน "
         "พ่อ แม่ ผม เมีย ลูกสามคน",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ ผู้ใหญ่มีทุกคน", "current_province": "กาญจนบุรี บ่อพลอย",
         "home_province": "มุกดาหาร", "travellers": "7 คน",
         "urgent": "ไม่ด่วนครับ ยังอยู่เพิงที่ไร่ได้",
         "special_needs": "พ่อแม่แก่แล้วครับ 66 กับ 63",
         "more_care": "ลูกเล็กสามคนครับ 2 ขวบ 6 ขวบ 10 ขวบ",
         "travel_alone": "ไปด้วยกันหมดครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอม", "name": "บุญเลิศ",
         "phone": "๐๘๑ ๙๗๔ ๒๒๕๘", "confirm": "ถูก"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "มุกดาหาร",
                "travellers": 7, "urgent": False, "special": ["elderly", "child"],
                "no_referrals": HEALTH, "name": "บุญเลิศ", "phone": "0819742258"},
        one_part=True),

    # Myanmar family of four at Mahachai with pink cards -> Myawaddy; refused (nationality)
    "dev75 Myanmar family at Mahachai": Persona(
        ("ผมเป็นคนพม่าครับ ทำงานโรงงานกุ้งมหาชัย มีเมียกับลูกสองคน",
         "อยากกลับบ้านที่เมียวดีครับ ไม่มีเงินค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีบัตรชมพูครับ ไม่มีบัตรคนไทย",
         "nationality_letter": "ไม่มีครับ ผมไม่ใช่คนไทย",
         "current_province": "สมุทรสาครครับ", "home_province": "เมียวดี พม่าครับ",
         "travellers": "4 คนครับ", "urgent": "ยังมีห้องครับ",
         "special_needs": "ลูก 2 ขวบ กับ 6 ขวบครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปด้วยกันครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ", "name": "โซ วิน 0957731842",
         "phone": "0957731842", "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # man and his mother of 80, cards burnt, no letter, Nakhon Sawan -> Amnat Charoen; refused
    "dev75 son and mother of 80, cards burnt": Persona(
        ("ห้องเช่าไฟไหม้ครับ บัตรประชาชนผมกับแม่ไหม้หมด",
         "แม่ผมอายุ 80 แล้ว อยากพาแม่กลับบ้านอำนาจเจริญ ตอนนี้อยู่นครสวรรค์ครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีค่ารถครับ ของไหม้หมด",
         "id_card": "ไม่มีครับ ไหม้ไปหมดทั้งสองใบ",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านเปลี่ยนไปแล้ว ไม่รู้จักใคร ติดต่อไม่ได้",
         "current_province": "นครสวรรค์ครับ", "home_province": "อำนาจเจริญครับ",
         "travellers": "2 คนครับ ผมกับแม่",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "แม่อายุ 80 ครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "แม่ไปกับผมครับ", "needs": "อยากทำบัตรใหม่ครับ",
         "sensitive_consent": "ยินยอมครับ", "name": "ประยูร 0826651094",
         "phone": "0826651094", "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # mother with two children in Hat Yai, home Sadao (both Songkhla); refused (home province)
    "dev75 Hat Yai mother, home in Sadao": Persona(
        ("ขอค่ารถพาลูกกลับบ้านได้ไหมคะ อยู่หาดใหญ่ บ้านอยู่สะเดาค่ะ ไม่มีตังค์สักบาท",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถค่ะ", "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ", "current_province": "สงขลาค่ะ หาดใหญ่",
         "home_province": "สงขลาค่ะ อ.สะเดา", "travellers": "3 คนค่ะ หนูกับลูกสองคน",
         "urgent": "หลาวไม่มีที่นอนค่ะ", "special_needs": "ลูก 4 ขวบกับ 9 ขวบค่ะ",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไปกับหนูค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "ซารีนา 0937720518",
         "phone": "0937720518", "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # question: where to apply at the weekend with mother and child (Yala); answered
    "dev75 asks where to apply at the weekend": Persona(
        ("ถามหน่อยค่ะ จะพาแม่กับลูกไปขอค่ารถกลับบ้าน วันเสาร์อาทิตย์ติดต่อได้ที่ไหนคะ "
         "อยู่ยะลาค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "แค่อยากถามข้อมูลก่อนค่ะ"},
        outcome="answered", answered="1300"),

    # question: aid for a mother of 80 raising two grandchildren in Nan; answered
    "dev75 asks about aid for a mother of 80": Persona(
        ("แม่หนูอายุ 80 แล้วค่ะ เลี้ยงหลานสองคนอยู่ที่น่าน ลำบากมาก",
         "มีเงินช่วยคนแก่ที่ลำบากไหมคะ ได้เท่าไหร่"),
        {"consent": "ยินยอมค่ะ", "idle": "แค่อยากถามค่ะ"},
        outcome="answered", answered="2,500"),

    # question: a family of eight with a father in a wheelchair asks to hire a van; answered
    "dev75 asks to hire a van for eight": Persona(
        ("ไปกันทั้งบ้านแปดคนครับ มีพ่อนั่งรถเข็นด้วย ขึ้นรถทัวร์ลำบาก "
         "ขอเหมารถตู้กลับบ้านได้ไหมครับ",),
        {"consent": "ยินยอมครับ", "idle": "ถามเรื่องเหมารถครับ"},
        outcome="answered", answered="เหมา"),
}
