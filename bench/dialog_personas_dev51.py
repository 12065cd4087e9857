"""Dialog personas, set "dev51" (development set).

Date: 2026-12-06. Written from the seeds only.

Focus: the Northeast and the Central/East. Isan speakers (บ่, เด้อ, สิ, อีหลี, ข่อย,
บ่อน, มื้อนี้, แม่น/ถืก) going home to Yasothon, Buriram, Surin, Nakhon Phanom, Sisaket,
Khon Kaen, Nong Khai, Udon, Kalasin, Roi Et, Mukdahan, Amnat Charoen; people stuck in
Chonburi (Amata, Pattaya, Bang Lamung), Rayong (the central prison, Map Ta Phut),
Samut Prakan (Bang Phli, Pak Nam, the provincial hospital), Ayutthaya (Rojana, the
railway station) and Bangkok (Mo Chit and Ekkamai bus terminals, Siriraj hospital, the
women's correctional institution); one going the other way (Khon Kaen to Chonburi) and
an elderly couple from Trat. Many tell their story over 2 to 4 short messages before
they answer the consent question, or never say the home province until asked; some
answer only part of a question, name a hospital or bus terminal instead of a province,
or say "not urgent" while telling of a problem. Two released prisoners (a parolee with
no ID card and no phone, a woman who learned Thai massage inside), a mother with two
small children, a family of five with a grandmother and a toddler, a pregnant wife, an
illiterate grandmother who cannot travel alone, an elderly couple, a man sick with fever,
a man on HIV medicine, a man with one leg, a woman fleeing violence, a frightened
17-year-old, a granddaughter writing for her grandfather, a grandmother who types her
number in Thai digits and a factory worker whose number slips between Thai and Arabic
digits. Refusals: a Lao worker, a man already in his home province (Udon to Udon), a
salaried woman who only wants a free ride at Songkran. Knowledge questions: the 24-hour
hotline, the disability allowance, how fast an urgent case is handled.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan man, jobless, stuck at Mo Chit, story in three messages then consent -> case, urgent
    "dev51 Isan jobseeker at Mo Chit, story then consent": Persona(
        ("สวัสดีคับ",
         "ข่อยเข้ามาหางานเฮ็ดอยู่กรุงเทพได้เดือนกว่า บ่ได้งานจักบ่อน เงินหมดแล้วอีหลีคับ",
         "ตอนนี้อยู่หมอชิตใหม่ อยากกลับบ้านยโสธร บ่มีค่ารถ😢",
         "ยินยอมคับ"),
        {"consent": "ยินยอมคับ", "idle": "คับ ช่วยข่อยแหน่เด้อ",
         "hardship": "บ่มีค่ารถกลับบ้าน ข้าวกะบ่ได้กินตั้งแต่มื้อวาน",
         "id_card": "มีคับ บัตรอยู่นำโต", "nationality_letter": "บัตรประชาชนมีอยู่คับ",
         "current_province": "หมอชิตคับ กรุงเทพ", "home_province": "ยโสธร อำเภอกุดชุม",
         "travellers": "คนเดียวคับ",
         "urgent": "คืนนี้กะนอนท่ารถนี่ล่ะคับ บ่มีบ่อนไป",
         "special_needs": "บ่มีคับ", "travel_alone": "ไปเองได้คับ", "more_care": "บ่มีแล้วคับ",
         "sensitive_consent": "ได้คับ", "needs": "บ่มีหยังแล้วคับ อยากกลับบ้านอย่างเดียว",
         "name": "สมพงษ์คับ", "phone": "093-551-8724 คับ แบตใกล้หมดเด้อ",
         "national_id": "ข้ามคับ", "confirm": "แม่นแล้วคับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยโสธร",
                "travellers": 1, "urgent": True, "special": [], "name": "สมพงษ์",
                "phone": "0935518724", "referrals": []}),

    # Mother of two small children left by her husband in Bang Phli, home not said until asked -> case, not urgent
    "dev51 mother of two in Bang Phli, four messages": Persona(
        ("ขอความช่วยเหลือหน่อยค่ะ",
         "แฟนทิ้งไปแล้ว ไม่ส่งเงินมาเลย2เดือน",
         "อยู่บางพลีกับลูก2คน ค่าห้องก็ค้าง นมลูกจะหมดแล้วค่ะ",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ ต้องทำยังไงต่อคะ",
         "hardship": "ไม่มีเงินเลยค่ะ ไม่มีรายได้ ค่ารถกลับบ้านก็ไม่มี",
         "id_card": "มีค่ะ", "nationality_letter": "มีบัตรประชาชนค่ะ",
         "current_province": "สมุทรปราการค่ะ บางพลี",
         "home_province": "บ้านแม่อยู่บุรีรัมย์ค่ะ นางรอง",
         "travellers": "3คนค่ะ หนูกับลูกเล็กอีก2 คนโต4ขวบ คนเล็กขวบครึ่ง",
         "urgent": "ห้องยังอยู่ได้ถึงสิ้นเดือนค่ะ แต่ข้าวกับนมจะหมดแล้ว",
         "special_needs": "ลูกเล็ก2คนค่ะ", "travel_alone": "ไปเองได้ค่ะ อุ้มลูกไปได้",
         "more_care": "ไม่มีแล้วค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "needs": "อยากได้งานทำแถวบ้านค่ะ จะได้เลี้ยงลูกได้",
         "name": "ฝ้ายค่ะ 086 447 2093", "phone": "086 447 2093",
         "national_id": "ข้ามค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "บุรีรัมย์",
                "travellers": 3, "urgent": False, "special": ["child"], "name": "ฝ้าย",
                "phone": "0864472093", "referrals": ["job_placement"]}),

    # Parolee just out of Rayong central prison, ID card lost, no phone (gives his sister's) -> case, urgent
    "dev51 parolee from Rayong prison, no ID, sister's phone": Persona(
        ("ผมพึ่งออกจากเรือนจำกลางระยองเมื่อวานครับ",
         "ได้พักโทษ ต้องไปรายงานตัวคุมประพฤติที่สุรินทร์ แต่ไม่มีค่ารถ"),
        {"consent": "ครับ ยินยอม", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถครับ เงินที่ได้ตอนออกมาหมดแล้ว",
         "id_card": "บัตรหายตั้งแต่โดนจับครับ มีแต่ใบปล่อยตัว",
         "nationality_letter": "ยังไม่มีครับ แต่ผู้ใหญ่บ้านที่บ้านรู้จักผม ให้เขาทำให้ได้",
         "current_province": "ยังอยู่ระยองครับ แถวหน้าเรือนจำ",
         "home_province": "สุรินทร์ อ.ท่าตูม", "travellers": "คนเดียวครับ",
         "urgent": "เมื่อคืนนอนศาลาหน้าวัด คืนนี้ก็คงนอนที่เดิม",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "more_care": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ แล้วก็อยากหางานทำครับ",
         "name": "เอกชัยครับ",
         "phone": ("ยังไม่มีเบอร์ครับ มือถือหายไปตอนโดนจับ",
                   "ถ้าเบอร์ญาติได้ เบอร์พี่สาวครับ 081-772-0394"),
         "national_id": "จำไม่ได้ครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "สุรินทร์", "travellers": 1,
                "urgent": True, "special": [], "name": "เอกชัย", "phone": "0817720394",
                "referrals": ["id_card", "probation_support", "job_placement"]}),

    # Woman released from the women's correctional institution in Bangkok, wants massage work, one thing at a time -> case
    "dev51 released woman, learned massage inside, one part": Persona(
        ("สวัสดีค่ะ",
         "พึ่งพ้นโทษออกมาจากทัณฑสถานหญิงค่ะ อยากกลับบ้านไปหาลูกที่นครพนม"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ", "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ ทำในเรือนจำ", "nationality_letter": "มีบัตรแล้วค่ะ",
         "current_province": "กรุงเทพค่ะ", "home_province": "นครพนม",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ พักกับเพื่อนได้อีก2-3คืน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "ในคุกได้เรียนนวดแผนไทยมา อยากได้งานนวดค่ะ",
         "name": "แพรวค่ะ", "phone": "095-310-6628",
         "national_id": "ข้าม", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 1, "urgent": False, "special": [], "name": "แพรว",
                "phone": "0953106628",
                "referrals": ["thai_massage_training", "job_placement"]},
        one_part=True),

    # Illiterate Isan grandmother, 68, left alone at Siriraj, sleeps on a bench, names the hospital not the province -> case, urgent, escort
    "dev51 grandmother at Siriraj, cannot travel alone": Persona(
        ("สวัสดีจ้า",
         "ยายมาเฝ้าหลานนอนโรงบาลศิริราช หลานออกไปแล้ว ยายบ่มีเงินกลับ"),
        {"consent": "ได้จ้า ยอม", "idle": "ยายบ่เข้าใจจ้า",
         "hardship": "บ่มีค่ารถกลับบ้านจ้า เงินหมดแล้ว",
         "id_card": "มีจ้า", "nationality_letter": "มีบัตรจ้า",
         "current_province": ("อยู่ศิริราชจ้า", "กรุงเทพจ้า"),
         "home_province": "ศรีสะเกษ กันทรลักษ์",
         "travellers": "ยายคนเดียวจ้า อายุ68แล้ว",
         "urgent": "คืนนี้กะนอนม้าหินหน้าตึกนั่นล่ะ",
         "special_needs": "ยายแก่แล้วจ้า อ่านหนังสือบ่ออก",
         "travel_alone": "ไปคนเดียวย่านหลงจ้า อ่านป้ายรถบ่ออก บ่เคยขึ้นรถทัวร์คนเดียว",
         "more_care": "บ่มีแล้วจ้า", "sensitive_consent": "ได้จ้า",
         "needs": "บ่มีหยังแล้ว เบี้ยคนแก่กะได้อยู่",
         "name": "ยายคำปุ่น", "phone": "เบอร์ยาย ๐๘๕๒๑๗๓๐๖๙ จ้า",
         "national_id": "บ่ฮู้จ้า", "confirm": "จ้า ถืกแล้ว"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"], "name": "คำปุ่น",
                "phone": "0852173069", "referrals": ["travel_escort"]}),

    # Factory worker with fever, let go at Amata Nakhon, must leave his room today -> case, urgent, sick
    "dev51 sick worker at Amata, fever": Persona(
        ("ช่วยด้วยครับ", "ยินยอม",
         "ผมไม่สบายเป็นไข้มา3วันแล้ว โดนให้ออกจากงานที่อมตะ ไม่มีตังกลับบ้านขอนแก่น"),
        {"consent": "ยินยอม", "idle": "ครับ",
         "hardship": "ไม่มีตังครับ ไม่มีค่ารถ ค่ายาก็ไม่มี",
         "id_card": "มีครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "ชลบุรีครับ นิคมอมตะ", "home_province": "ขอนแก่นครับ",
         "travellers": "1",
         "urgent": "ด่วนครับ ไข้ขึ้นตลอด ตัวร้อนมาก ห้องก็ต้องคืนวันนี้",
         "special_needs": "ผมป่วยอยู่ครับ",
         "travel_alone": "น่าจะไหวครับ ถ้าได้กินยาก่อน", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ", "needs": "อยากไปหาหมอก่อนครับ ไม่มีตังค่าหมอ",
         "name": "บอยครับ 0614408257", "phone": "0614408257",
         "national_id": "ข้าม", "confirm": "ครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ขอนแก่น", "travellers": 1,
                "urgent": True, "special": ["sick"], "name": "บอย", "phone": "0614408257",
                "referrals": ["medical_care_in_transit"]}),

    # Bar worker in Pattaya on HIV medicine, bar closed, stays with a friend; says HIV only when asked -> case, not urgent
    "dev51 Pattaya bar worker on ARV, home Nong Khai": Persona(
        ("สวัสดีครับ ขอปรึกษาหน่อย",
         "ผมทำงานบาร์ที่พัทยา ร้านปิดไป2เดือนแล้ว ไม่มีรายได้เลย",
         "ยาต้านจะหมดแล้วด้วย ต้องกลับไปรับยาที่โรงพยาบาลหนองคาย",
         "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีรายได้ ไม่มีค่ารถกลับครับ",
         "id_card": "มีครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "พัทยาครับ", "home_province": "หนองคายครับ",
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนมากครับ ยังนอนห้องเพื่อนได้ แต่ยาเหลืออีกแค่5วัน",
         "special_needs": "ไม่มีครับ ผมไปเองได้", "travel_alone": "ไปเองได้ครับ",
         "more_care": "ไม่มีครับ", "sensitive_consent": "ยินยอมครับ",
         "needs": "ผมติดเชื้อ HIV ครับ ถ้ามีความช่วยเหลือสำหรับผู้ติดเชื้อก็อยากได้",
         "name": "ต้นครับ", "phone": "098-771-2450",
         "national_id": "ไม่สะดวกครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "หนองคาย", "travellers": 1,
                "urgent": False, "special": [], "name": "ต้น", "phone": "0987712450",
                "referrals": ["hiv_aid"]}),

    # Student granddaughter writing for her 72-year-old grandfather, pickpocketed at Mo Chit, he sleeps in her dorm -> case, not urgent
    "dev51 granddaughter writes for grandfather": Persona(
        ("สวัสดีค่ะ หนูพิมพ์แทนคุณตานะคะ",
         "ตามาเยี่ยมหนูที่กรุงเทพ แล้วโดนล้วงกระเป๋าที่หมอชิต เงินหายหมดเลยค่ะ",
         "หนูเองก็เป็นนักศึกษา ไม่มีเงินพอซื้อตั๋วให้ตา"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ตาไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "บัตรตายังอยู่ค่ะ โชคดีเก็บไว้อีกกระเป๋า",
         "nationality_letter": "บัตรประชาชนตามีค่ะ",
         "current_province": "ตอนนี้ตาพักห้องหนูแถวรามค่ะ กทม",
         "home_province": "ร้อยเอ็ดค่ะ อ.เสลภูมิ",
         "travellers": "ตาคนเดียวค่ะ หนูไม่ได้กลับด้วย",
         "urgent": "ไม่ด่วนค่ะ ตานอนห้องหนูได้",
         "special_needs": "ตาอายุ72แล้วค่ะ เดินช้าแต่ยังแข็งแรง",
         "travel_alone": "ตาไปเองได้ค่ะ หนูจะไปส่งขึ้นรถ",
         "more_care": "ไม่มีแล้วค่ะ", "sensitive_consent": "ไม่ต้องค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "ตาชื่อบุญเรือนค่ะ เบอร์หนู 0827736104 นะคะ ตาไม่มีมือถือ",
         "phone": "0827736104", "national_id": "ข้ามค่ะ",
         "confirm": "ถูกต้องค่ะ ขอบคุณมากๆเลยค่ะ🙏"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "name": "บุญเรือน", "phone": "0827736104", "referrals": []}),

    # Laid-off factory worker at Rojana with her sister, phone slips between Thai and Arabic digits -> case, not urgent
    "dev51 Rojana factory sisters, mixed-digit phone": Persona(
        ("โรงงานปิดค่ะ ที่โรจนะ อยุธยา ตกงานมาเดือนนึงแล้ว", "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ค่ารถกลับอุดรก็ไม่มี",
         "id_card": "มีค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "อยุธยาค่ะ", "home_province": "อุดรค่ะ บ้านดุง",
         "travellers": "2คนค่ะ กับน้องสาว ตกงานเหมือนกัน",
         "urgent": "หอยังอยู่ได้อีก3วันค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอม",
         "needs": "อยากได้งานค่ะ ที่อุดรมีงานไหม",
         "name": "จอย ๐๘๙-52๗-๑๑๔๐ ค่ะ", "phone": "๐๘๙-52๗-๑๑๔๐",
         "national_id": "ข้ามค่ะ", "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "อุดรธานี",
                "travellers": 2, "urgent": False, "special": [], "name": "จอย",
                "phone": "0895271140", "referrals": ["job_placement"]}),

    # Husband at Map Ta Phut with a wife 7 months pregnant, answers one thing per message -> case, not urgent
    "dev51 pregnant wife at Map Ta Phut, one part": Persona(
        ("ขอความช่วยเหลือครับ",),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ผมตกงานครับ ไม่มีรายได้ ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีทั้ง2คนครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": ("มาบตาพุดครับ", "ระยองครับ"),
         "home_province": "กาฬสินธุ์", "travellers": "2คนครับ ผมกับเมีย",
         "urgent": "ไม่ด่วนครับ มีห้องเช่าอยู่ถึงสิ้นเดือน",
         "special_needs": "เมียท้อง7เดือนครับ",
         "travel_alone": "ไปได้ครับ ผมดูแลเอง", "more_care": "ไม่มีแล้วครับ",
         "sensitive_consent": "ไม่ยินยอมครับ", "needs": "ไม่มีครับ",
         "name": "วีระพงษ์", "phone": "0631158820",
         "national_id": "ข้าม", "confirm": "ครับ ถูกต้อง"},
        expect={"eligible": True, "current": "ระยอง", "home": "กาฬสินธุ์", "travellers": 2,
                "urgent": False, "special": ["pregnant"], "name": "วีระพงษ์",
                "phone": "0631158820", "referrals": []},
        one_part=True),

    # One-legged lottery seller in Pak Nam, tickets stolen, evicted today, never registered as disabled -> case, urgent
    "dev51 one-legged lottery seller in Pak Nam": Persona(
        ("สวัสดีครับ ผมขาพิการ ขาขวาขาดตั้งแต่เด็ก",
         "ขายล็อตเตอรี่อยู่ปากน้ำ โดนขโมยไปหมดทั้งเล่ม ทุนหมดตัวเลยครับ",
         "ยินยอม"),
        {"consent": "ยินยอม", "idle": "ครับ",
         "hardship": "ไม่มีที่พักแล้วครับ เจ้าของห้องไล่ออกวันนี้ ค่ารถกลับก็ไม่มี",
         "id_card": "มีครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "สมุทรปราการครับ ปากน้ำ",
         "home_province": "สุรินทร์ครับ อ.ศีขรภูมิ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ผมพิการขาครับ ใช้ไม้ค้ำ",
         "travel_alone": "ไปเองได้ครับ ขึ้นรถทัวร์คนเดียวประจำ", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "ยังไม่เคยทำบัตรคนพิการเลยครับ อยากได้เบี้ยคนพิการ",
         "name": "สมบัติ 0899046372", "phone": "0899046372",
         "national_id": "ข้ามครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "special": ["disabled"], "name": "สมบัติ",
                "phone": "0899046372", "referrals": ["disability_allowance"]}),

    # Young man lured to Khon Kaen by a fake job, going home to Sriracha, one part at a time -> case, urgent
    "dev51 scammed young man at Khon Kaen terminal, one part": Persona(
        ("ครับบบ",
         "คือผมโดนหลอกมาทำงานที่ขอนแก่นอะครับ มาถึงไม่มีงานจริง ตังหมดแล้ว"),
        {"consent": "ยินยอมครับบ", "idle": "ครับผม",
         "hardship": "ไม่มีตังค่ารถกลับอะครับ ข้าวก็ยังไม่ได้กิน",
         "id_card": "มีครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "ขอนแก่นครับ ตอนนี้อยู่บขส.3",
         "home_province": "ชลบุรีครับ บ้านอยู่ศรีราชา", "travellers": "ผมคนเดียวครับ",
         "urgent": "ด่วนครับบ ไม่มีที่นอนเลยคืนนี้",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ไม่ต้องครับ", "needs": "ไม่มีครับ",
         "name": "ภูมิ", "phone": "097-224-0815",
         "national_id": "ข้าม", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "ชลบุรี", "travellers": 1,
                "urgent": True, "special": [], "name": "ภูมิ", "phone": "0972240815",
                "referrals": []},
        one_part=True),

    # Isan family of five thrown out of a building-site camp in Bang Lamung, grandmother 71 and a toddler -> case, urgent
    "dev51 family of five from a building-site camp": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือแหน่",
         "ผู้รับเหมาหนีไปแล้ว บ่จ่ายค่าแรงจักบาท แคมป์กะให้ออกมื้อนี้",
         "ยินยอม",
         "ตอนนี้นั่งอยู่ป้ายรถแถวบางละมุง มีแม่เฒ่ากับลูกน้อยนำ ข่อยสิพากลับบ้านจั่งใด๋"),
        {"consent": "ยินยอม", "idle": "ค่ะ ช่วยแหน่เด้อ",
         "hardship": "บ่มีบ่อนนอน บ่มีเงิน บ่มีค่ารถกลับบ้านเลยค่ะ",
         "id_card": "มีค่ะ มีทุกคน ลูกน้อยบ่มี", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ชลบุรีค่ะ บางละมุง",
         "home_province": "ศรีสะเกษค่ะ ราษีไศล",
         "travellers": "5คนค่ะ ข่อย ผัว แม่ ลูกสองคน คนโต9ขวบ คนน้อย2ขวบ",
         "urgent": "ด่วนค่ะ คืนนี้บ่มีบ่อนนอนแท้ๆ",
         "special_needs": "แม่อายุ71 ลูกน้อย2ขวบค่ะ",
         "travel_alone": "ไปนำกันได้ค่ะ ผัวช่วยดูแลอยู่", "more_care": "บ่มีแล้วค่ะ",
         "sensitive_consent": "ยินยอม", "needs": "บ่มีแล้วค่ะ ขอให้ได้กลับบ้านก่อน",
         "name": "ลำดวนค่ะ 0847721356", "phone": "0847721356",
         "national_id": "ข้าม", "confirm": "แม่นแล้วค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ศรีสะเกษ", "travellers": 5,
                "urgent": True, "special": ["elderly", "child"], "name": "ลำดวน",
                "phone": "0847721356", "referrals": []}),

    # Woman who fled a violent boyfriend to Samut Prakan hospital, phone smashed, gives her sister's number, no sensitive data -> case, urgent
    "dev51 woman fleeing violence, sister's phone": Persona(
        ("ช่วยหนูด้วยค่ะ",
         "แฟนทำร้ายหนู ตอนนี้หนีมาอยู่โรงพยาบาลสมุทรปราการ ใช้ไวไฟโรงบาลอยู่",
         "กลับไปห้องไม่ได้แล้ว เขาจะตามมา",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่มีที่ไปค่ะ เงินก็อยู่ในห้องหมด ไม่มีค่ารถ",
         "id_card": "บัตรหนูติดตัวมาค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "สมุทรปราการค่ะ", "home_province": "มุกดาหาร บ้านแม่",
         "travellers": "หนูคนเดียวค่ะ", "urgent": "ด่วนค่ะ ไม่ปลอดภัย",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ไม่ค่ะ", "needs": "ไม่ขอตอบค่ะ",
         "name": "ชื่อน้ำค่ะ มือถือหนูโดนเขาทุบพัง",
         "phone": "เบอร์พี่สาวค่ะ 0914485027 โทรหาพี่ได้เลย",
         "national_id": "ข้ามค่ะ", "confirm": "ถูกค่ะ รีบหน่อยนะคะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "มุกดาหาร",
                "travellers": 1, "urgent": True, "special": [], "name": "น้ำ",
                "phone": "0914485027", "referrals": []}),

    # Woman pickpocketed at Ayutthaya station, ID card gone too, headman can vouch, one part -> case, urgent
    "dev51 pickpocketed at Ayutthaya station, no ID, one part": Persona(
        ("ฮือ โดนล้วงกระเป๋าที่สถานีรถไฟอยุธยาค่ะ",),
        {"consent": "ตกลงค่ะ", "idle": "ค่ะ",
         "hardship": "เงินหายหมดเลย ไม่มีค่ารถไฟกลับบ้าน",
         "id_card": "บัตรอยู่ในกระเป๋าที่โดนล้วงไปด้วยค่ะ มีแต่รูปถ่ายบัตรในมือถือ",
         "nationality_letter": "ยังไม่มีค่ะ แต่โทรให้ผู้ใหญ่บ้านทำให้ได้",
         "current_province": "อยุธยาค่ะ", "home_province": "บุรีรัมย์ค่ะ ลำปลายมาศ",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่รู้จะนอนไหนเลยค่ะคืนนี้",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "needs": "อยากทำบัตรประชาชนใหม่ค่ะ",
         "name": "กิ่งแก้ว", "phone": "065-901-3378",
         "national_id": "จำไม่ได้ค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "special": [], "name": "กิ่งแก้ว",
                "phone": "0659013378", "referrals": ["id_card"]},
        one_part=True),

    # Frightened 17-year-old left at Mo Chit at night by her boyfriend, names the terminal first -> case, urgent
    "dev51 frightened girl at Mo Chit at night": Persona(
        ("พี่คะ",
         "หนูอยู่หมอชิต แฟนทิ้งหนูไว้ตรงนี้ ไม่มีตังเลย",
         "กลัวมากค่ะ มีผู้ชายมาตามตื๊อ😭"),
        {"consent": "ค่ะ ยินยอม", "idle": "ค่ะ",
         "hardship": "ไม่มีตังกลับบ้าน ไม่มีที่นอนค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": ("หมอชิตค่ะ", "กรุงเทพค่ะ"),
         "home_province": "อำนาจเจริญค่ะ", "travellers": "หนูคนเดียว",
         "urgent": "ด่วนมากค่ะ ไม่ปลอดภัย",
         "special_needs": "ไม่มีค่ะ หนูอายุ17", "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ", "sensitive_consent": "ไม่ค่ะ", "needs": "ไม่มีค่ะ",
         "name": "มายด์ 0816632091 แบตจะหมดแล้วค่ะ", "phone": "0816632091",
         "national_id": "ข้าม", "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อำนาจเจริญ",
                "travellers": 1, "urgent": True, "special": [], "name": "มายด์",
                "phone": "0816632091", "referrals": []}),

    # Elderly couple from Trat stranded at Ekkamai, son unreachable, old-fashioned polite Thai -> case, urgent
    "dev51 elderly couple at Ekkamai, home Trat": Persona(
        ("เรียนเจ้าหน้าที่ครับ",
         "กระผมกับภรรยามาหาลูกชายที่กรุงเทพ ลูกติดต่อไม่ได้ เงินเหลือไม่พอค่ารถกลับตราด",
         "ตอนนี้อยู่ขนส่งเอกมัยครับ",
         "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ครับผม",
         "hardship": "ไม่มีค่ารถกลับ และไม่มีที่พักครับ",
         "id_card": "มีครับ ทั้งสองคน", "nationality_letter": "มีบัตรประชาชนครับ",
         "current_province": "กรุงเทพฯ เอกมัยครับ", "home_province": "ตราดครับ อำเภอเขาสมิง",
         "travellers": "2 ท่านครับ กระผมอายุ 70 ภรรยา 66",
         "urgent": "เมื่อคืนนอนในสถานีขนส่งครับ คืนนี้ก็ยังไม่มีที่นอน",
         "special_needs": "สูงอายุทั้งคู่ครับ",
         "travel_alone": "ไปเองได้ครับ นั่งรถตรงถึงตราด", "more_care": "ไม่มีแล้วครับ",
         "sensitive_consent": "ได้ครับ", "needs": "ไม่มีครับ ขอบพระคุณ",
         "name": "เสริม ครับ", "phone": "089 441 7263",
         "national_id": "ข้ามครับ", "confirm": "ถูกต้องครับ ขอบพระคุณมากครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ตราด",
                "travellers": 2, "urgent": True, "special": ["elderly"], "name": "เสริม",
                "phone": "0894417263", "referrals": []}),

    # Lao housemaid dismissed in Chonburi, Lao passport only -> refused (nationality)
    "dev51 Lao housemaid in Chonburi": Persona(
        ("สะบายดี",
         "ข่อยเป็นคนลาว มาเฮ็ดงานแม่บ้านอยู่ชลบุรี นายจ้างไล่ออก บ่มีเงินกลับบ้าน"),
        {"consent": "ได้", "idle": "เจ้า",
         "hardship": "บ่มีเงินค่ารถ บ่มีบ่อนอยู่",
         "id_card": "บ่มีบัตรไทย มีแต่พาสปอร์ตลาว", "nationality_letter": "บ่มี",
         "current_province": "ชลบุรี", "home_province": "แขวงสะหวันนะเขต ลาว",
         "travellers": "คนเดียว", "urgent": "ด่วน", "special_needs": "บ่มี",
         "travel_alone": "ไปเองได้", "more_care": "บ่มี", "sensitive_consent": "บ่",
         "needs": "บ่มี", "name": "คำแพง", "phone": "0958820417",
         "national_id": "บ่มี", "confirm": "เจ้า"},
        outcome="refused", expect={"eligible": False, "reason": "สัญชาติ"}),

    # Man discharged from Udon hospital, home district is in Udon too -> refused (home province)
    "dev51 Udon hospital to Kumphawapi": Persona(
        ("สวัสดีครับ ข่อยออกจากโรงพยาบาลศูนย์อุดรมื้อนี้ เงินหมดค่าหมอแล้ว",
         "บ่มีค่ารถกลับบ้านกุมภวาปีครับ", "ยินยอม"),
        {"consent": "ยินยอม", "idle": "ครับ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "อุดรครับ ในเมือง", "home_province": "อุดรครับ อำเภอกุมภวาปี",
         "travellers": "คนเดียว", "urgent": "บ่ด่วนครับ", "special_needs": "บ่มีครับ",
         "travel_alone": "ไปเองได้", "more_care": "บ่มี", "sensitive_consent": "บ่ครับ",
         "needs": "บ่มี", "name": "ทองดี 0826619034", "phone": "0826619034",
         "national_id": "ข้าม", "confirm": "แม่น"},
        outcome="refused", expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # Salaried woman in Rayong who only wants a free ride home at Songkran -> refused (no hardship)
    "dev51 salaried woman wants free Songkran ride": Persona(
        ("ขอค่ารถกลับบ้านหน่อยค่ะ", "ยินยอม"),
        {"consent": "ยินยอม", "idle": "ค่ะ",
         "hardship": ("ไม่ได้ลำบากอะไรค่ะ มีงานทำ มีเงินเดือน แค่อยากประหยัดช่วงสงกรานต์ 😅",
                      "ไม่ขาดอะไรค่ะ เงินค่ารถก็มี แค่ลองถามดู"),
         "id_card": "มีค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ระยองค่ะ", "home_province": "ยโสธรค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้", "more_care": "ไม่มีค่ะ", "sensitive_consent": "ไม่ค่ะ",
         "needs": "ไม่มีค่ะ", "name": "เมย์ 0627730581", "phone": "0627730581",
         "national_id": "ข้าม", "confirm": "ค่ะ"},
        outcome="refused", expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Isan man asks which number works at any hour -> answered (hotline 1300)
    "dev51 asks the 24-hour number, Isan": Persona(
        ("ขอถามแหน่ครับ",
         "ถ้าเดือดร้อนตอนกลางคืน โทรเบอร์ได๋ได้ตลอด24ชั่วโมงครับ"),
        {"consent": "ถามเฉยๆครับ", "idle": "ขอบใจหลายๆเด้อ"},
        outcome="answered", answered="1300"),

    # Sister of a disabled man asks the monthly allowance -> answered (800 baht)
    "dev51 asks the disability allowance": Persona(
        ("สวัสดีค่ะ",
         "น้องชายพิการขาค่ะ ได้เบี้ยคนพิการเดือนละเท่าไหร่คะ ต้องทำไง"),
        {"consent": "ไม่ได้ขอความช่วยเหลือค่ะ แค่ถามเรื่องเบี้ยคนพิการ", "idle": "ขอบคุณค่ะ"},
        outcome="answered", answered="800"),

    # Someone asks how fast an urgent request is handled -> answered (within 24 hours)
    "dev51 asks how fast an urgent case is": Persona(
        ("สอบถามค่ะ",
         "ขอเงินช่วยค่ารถกลับภูมิลำเนา ถ้าเป็นกรณีเร่งด่วนใช้เวลากี่ชั่วโมงคะ"),
        {"consent": "แค่สอบถามค่ะ ยังไม่ได้ขอ", "idle": "โอเคค่ะ ขอบคุณค่ะ"},
        outcome="answered", answered="24"),
}
