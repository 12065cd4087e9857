"""Dialog personas, set "dev53" (development set).

Date: 2026-12-06. Written from the seeds only.

Focus: Bangkok and its edges, with people from every region trying to get home: Mo Chit
bus terminal, Hua Lamphong and Krung Thep Aphiwat (Bang Sue) stations, Don Mueang,
Bangkok hospitals (Ramathibodi, Rajavithi, Siriraj), a construction camp whose contractor
ran off, a shrimp factory in Mahachai (Samut Sakhon), Pak Kret and Bang Yai (Nonthaburi),
Rangsit and Khlong Luang (Pathum Thani). People who type very little or only send emoji at
first, misspell provinces (โคราด, อุบน, สุรินท์, ไชยภูมิ, กาฬสิน), name places instead of
provinces (หมอชิต, มหาชัย, ราชวิถี, บางซื่อ), use abbreviations (กทม., อ., จ., รพ., ปชช.) and
Thai digits. Released prisoners on parole who must report to probation at home (one with
an expired card, one living with HIV); a family with a five-month-old baby; a man beaten
and robbed, writing from a motorbike-taxi rider's phone; a deaf man writing in sign-language
word order; an old man with dementia found at a bus stop by a stranger who writes for him;
a woman eight months pregnant; a woman fleeing a violent boyfriend who first refuses
consent and then changes her mind (and refuses the sensitive questions); a homeless man
with no card, no letter and no phone number of his own. Refusals: a Myanmar worker in
Mahachai, a Bangkok woman going home within Bangkok, a student who is not in hardship.
Knowledge questions: food money while waiting, disability allowance, how many days.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 3 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Young man stuck at Mo Chit, types two or three words, writes โคราด; case, urgent.
    "dev53 Mo Chit, types almost nothing, misspells Korat": Persona(
        ("ช่วยหน่อย",),
        {"consent": "ยอมรับ", "idle": "กลับบ้าน", "hardship": "ไม่มีตังค่ารถ",
         "id_card": "มี", "nationality_letter": "ไม่มี", "current_province": "หมอชิต",
         "home_province": "โคราด", "travellers": "1", "urgent": "นอนหมอชิต",
         "special_needs": "ไม่มี", "travel_alone": "ได้", "more_care": "ไม่มี",
         "sensitive_consent": "ได้", "needs": "ไม่มี", "name": "เบียร์",
         "phone": "0934417782", "national_id": "ข้าม", "confirm": "ถูก"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True, "special": [], "name": "เบียร์",
                "phone": "0934417782", "referrals": []},
        one_part=True),

    # Young housemaid sacked without pay, only emoji at first, at Bang Sue, writes อุบน; case, urgent.
    "dev53 emoji only at first, Krung Thep Aphiwat, misspells Ubon": Persona(
        ("🙏🙏", "😭😭😭"),
        {"consent": "ยินยอมค่ะ", "idle": "หนูอยากกลับบ้านค่ะ 😭",
         "hardship": "โดนนายจ้างไล่ออกค่ะ เงินเดือนไม่ให้ ตอนนี้เหลือ40บาท ไม่พอค่ารถไฟ",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "สถานีกลางบางซื่อค่ะ", "home_province": "อุบนค่ะ อ.วารินฯ",
         "travellers": "คนเดียวค่ะ", "urgent": "คืนนี้ไม่รู้จะนอนไหนค่ะ 😢",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "needs": "ไม่มีค่ะ อยากกลับบ้านอย่างเดียว",
         "name": "น้องฝน ค่ะ 0657781203", "phone": "0657781203",
         "national_id": "ไม่สะดวกค่ะ", "confirm": "ถูกต้องค่ะ 🙏"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": [], "name": "ฝน",
                "phone": "0657781203", "referrals": []}),

    # Man hit on the head and robbed near Don Mueang station, card and phone gone, writes
    # สุรินท์ on a motorbike-taxi rider's phone; case, urgent, hurt, needs a new card.
    "dev53 beaten and robbed at Don Mueang, borrowed phone": Persona(
        ("พี่ครับผมโดนตีหัวชิงกระเป๋าแถวสถานีรถไฟดอนเมืองเมื่อคืน",
         "ตังค์ บัตร มือถือไปหมดเลย ยืมเครื่องพี่วินพิมพ์อยู่ครับ"),
        {"consent": "ยินยอมครับ", "idle": "ผมอยากกลับบ้านครับ ไม่มีตังค์สักบาท",
         "hardship": "ไม่มีตังค์เลยครับ ข้าวยังไม่ได้กิน ไม่มีที่นอน",
         "id_card": "โดนขโมยไปพร้อมกระเป๋าครับ",
         "nationality_letter": "ไม่มีครับ แต่ผู้ใหญ่บ้านรู้จักผม โทรถามได้",
         "current_province": "ดอนเมืองครับ", "home_province": "สุรินท์ครับ อ.ศีขรภูมิ",
         "travellers": "ผมคนเดียว",
         "urgent": "ด่วนครับ หัวยังเวียนอยู่ เมื่อคืนนอนป้ายรถเมล์",
         "special_needs": "ผมเองนี่แหละครับ หัวแตกเย็บไป6เข็มที่รพ.ภูมิพล ยังมึนๆอยู่",
         "travel_alone": "ไปเองได้ครับ", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "needs": "บัตรประชาชนหายไปกับกระเป๋า อยากทำใหม่ครับ",
         "name": "ต้นครับ ใช้เบอร์พี่วินนะ 0918765432",
         "phone": "เบอร์ผมโดนขโมยไป ใช้เบอร์พี่วินก่อน 0918765432",
         "national_id": "1320500187423", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "special": ["sick"], "name": "ต้น",
                "phone": "0918765432", "referrals": ["id_card"]}),

    # Man out of Khlong Prem on parole, must report to probation in Roi Et, card expired,
    # wants work; case, urgent.
    "dev53 parolee from Khlong Prem, must report in Roi Et": Persona(
        ("สวัสดีครับ ผมพึ่งได้พักโทษออกจากคลองเปรมเมื่อวาน",
         "ต้องไปรายงานตัวที่คุมประพฤติร้อยเอ็ดภายในวันพฤหัส แต่ไม่มีค่ารถครับ"),
        {"consent": "ยินยอมครับ", "idle": "ช่วยเรื่องค่ารถกลับบ้านครับ ต้องไปรายงานตัว",
         "hardship": "ไม่มีค่ารถครับ เงินที่ได้ตอนออกมาหมดแล้ว เมื่อคืนนอนวัด",
         "id_card": "มีครับแต่หมดอายุตั้งแต่อยู่ข้างใน", "nationality_letter": "ไม่มีครับ",
         "current_province": "แถวงามวงศ์วานครับ กทม",
         "home_province": "ร้อยเอ็ด อ.เสลภูมิ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ วัดให้นอนได้คืนเดียว คืนนี้ยังไม่รู้จะไปไหน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ บันทึกได้",
         "needs": "อยากทำบัตรใหม่ แล้วก็อยากหางานทำครับ ติดคุกมาใครเขาจะรับ",
         "name": "สมพงษ์ 0981236654", "phone": "0981236654",
         "national_id": "3 4503 00112 98 1", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [], "name": "สมพงษ์",
                "phone": "0981236654",
                "referrals": ["probation_support", "id_card", "job_placement"]}),

    # Northern woman out of the women's correctional institution on parole, staying with a
    # friend in Nonthaburi, lives with HIV (says it only when asked for more); case, not urgent.
    "dev53 paroled woman with HIV, Nonthaburi to Chiang Rai": Persona(
        ("สวัสดีเจ้า",
         "ออกจากทัณฑสถานหญิงได้3วัน เป็นพักการลงโทษ ต้องไปรายงานตัวคุมประพฤติเชียงราย",
         "ตอนนี้นอนบ้านเพื่อนที่นนท์ค่ะ แต่ไม่มีค่ารถ"),
        {"consent": "ยินยอมเจ้า", "idle": "อยากกลับบ้านเชียงรายเจ้า",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีรายได้ด้วย", "id_card": "มีเจ้า ทำใหม่ก่อนออก",
         "nationality_letter": "มีบัตรแล้วเจ้า", "current_province": "นนท์ค่ะ แถวแคราย",
         "home_province": "เชียงรายเจ้า อ.แม่จัน", "travellers": "คนเดียวเจ้า",
         "urgent": "ไม่ด่วนค่ะ อยู่บ้านเพื่อนได้อีกหลายวัน แต่ต้องไปรายงานตัวให้ทัน",
         "special_needs": "ไม่มีเจ้า", "travel_alone": "ไปเองได้เจ้า",
         "more_care": "ไม่มีแล้วเจ้า", "sensitive_consent": "ยินยอมค่ะ",
         "needs": ("เรื่องคุมประพฤติค่ะ กลัวไปรายงานตัวไม่ทัน",
                   "อีกเรื่องค่ะ หนูติดเชื้อHIV กินยาต้านอยู่ ยาเหลืออาทิตย์เดียว"),
         "name": "แสงเดือน 062-334-8871", "phone": "0623348871", "national_id": "ข้าม",
         "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "เชียงราย", "travellers": 1,
                "urgent": False, "special": [], "name": "แสงเดือน", "phone": "0623348871",
                "referrals": ["probation_support", "hiv_aid"]}),

    # Couple from a closed shrimp factory in Mahachai with a 5-month-old, writes กาฬสิน,
    # fixes the phone once read back; case, not urgent, husband wants work.
    "dev53 family with a baby, Mahachai to Kalasin": Persona(
        ("สวัสดีค่ะ โรงงานแกะกุ้งที่มหาชัยปิด หนูกับแฟนตกงานทั้งคู่ค่ะ",
         "มีลูกอ่อน5เดือน อยากกลับไปอยู่กับแม่ที่กาฬสินธุ์ แต่เงินไม่พอค่ารถ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือเรื่องค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ รายได้ไม่มีเลยตั้งแต่โรงงานปิด นมลูกก็จะหมด",
         "id_card": "มีทั้งสองคนค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "มหาชัยค่ะ", "home_province": "กาฬสินค่ะ อ.ยางตลาด",
         "travellers": "3 คนค่ะ หนู แฟน แล้วก็ลูก",
         "urgent": "ยังไม่ด่วนค่ะ ห้องเช่ายังอยู่ได้ถึงสิ้นเดือน",
         "special_needs": "ลูก5เดือนค่ะ", "travel_alone": "ไปกันเองได้ค่ะ",
         "more_care": "ไม่มีแล้วค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "needs": "แฟนอยากหางานทำแถวบ้านค่ะ", "name": "จอย 0841122390",
         "phone": "0841122390", "national_id": "ข้ามค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "กาฬสินธุ์",
                "travellers": 3, "urgent": False, "special": ["child"], "name": "จอย",
                "phone": "0841122930", "referrals": ["job_placement"]},
        after=("เบอร์ผิดค่ะ ที่ถูกคือ 0841122930 ค่ะ",)),

    # Deaf man let go from a car wash in Pak Kret, writes word by word, cannot take calls,
    # no disability card yet; case, not urgent.
    "dev53 deaf man, Pak Kret to Lampang": Persona(
        ("สวัสดี ผม หูหนวก โทร ไม่ได้ พิมพ์ อย่างเดียว",
         "งาน ร้าน ล้างรถ ปากเกร็ด เจ้าของ ไล่ ออก เงิน หมด",
         "อยาก กลับ บ้าน ลำปาง"),
        {"consent": "ยินยอม", "idle": "ผม ไม่ เข้าใจ ช่วย กลับ บ้าน",
         "hardship": "เงิน ไม่มี ค่ารถ ไม่มี ข้าว กิน วันละ มื้อ",
         "id_card": "บัตร ประชาชน มี บัตร คนพิการ ไม่มี", "nationality_letter": "ไม่มี",
         "current_province": "ปากเกร็ด นนทบุรี", "home_province": "ลำปาง",
         "travellers": "1 คน ผม", "urgent": "ร้าน ให้ นอน ถึง วันพุธ",
         "special_needs": "ผม หูหนวก", "travel_alone": "ไป เอง ได้ นั่ง รถทัวร์ ได้",
         "more_care": "ไม่มี", "sensitive_consent": "ยินยอม",
         "needs": "อยาก ทำ บัตร คนพิการ อยาก ได้ เบี้ย",
         "name": "ผม ชื่อ เอ็ม 0897731560 ส่ง ข้อความ ได้ โทร ไม่ได้ยิน",
         "phone": "0897731560 ส่ง SMS LINE ได้ โทร ไม่ได้", "national_id": "ข้าม",
         "confirm": "ใช่"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ลำปาง", "travellers": 1,
                "urgent": False, "special": ["disabled"], "name": "เอ็ม",
                "phone": "0897731560", "referrals": ["disability_allowance"]}),

    # Stranger writing for an 85-year-old man with dementia found at a Rangsit bus stop,
    # his card says Suphan Buri; the phone is hers; case, urgent, needs an escort.
    "dev53 stranger writes for old man with dementia, Rangsit": Persona(
        ("สวัสดีค่ะ หนูไม่ได้เดือดร้อนเองนะคะ เจอคุณตาคนนึงนั่งอยู่ป้ายรถเมล์หน้าฟิวเจอร์รังสิตตั้งแต่บ่าย",
         "ถามอะไรก็ตอบไม่ค่อยได้ หลงๆลืมๆ บอกแต่ว่าจะกลับบ้าน",
         "ในกระเป๋าเสื้อมีบัตรประชาชน ที่อยู่ อ.ศรีประจันต์ จ.สุพรรณบุรีค่ะ"),
        {"consent": "ยินยอมค่ะ หนูพิมพ์แทนคุณตานะคะ",
         "idle": "ช่วยพาคุณตากลับบ้านได้ไหมคะ",
         "hardship": "คุณตามีเงินติดตัวแค่20บาทค่ะ ไม่มีญาติมาด้วย ไม่มีที่นอน",
         "id_card": "มีค่ะ อยู่ในกระเป๋าเสื้อคุณตา", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "รังสิตค่ะ ปทุมธานี", "home_province": "สุพรรณค่ะ ตามบัตร",
         "travellers": "คุณตาคนเดียวค่ะ หนูไม่ได้ไปด้วย",
         "urgent": "ด่วนค่ะ จะมืดแล้ว ทิ้งไว้ตรงนี้ไม่ปลอดภัย",
         "special_needs": "คุณตาอายุ85ค่ะ (เกิด2484) จำทางไม่ได้ ไปเองไม่ได้แน่นอน",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีคนพาไป", "more_care": "ไม่มีแล้วค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "อยากให้เจ้าหน้าที่พาไปส่งถึงบ้านค่ะ ถ้าตามญาติได้ด้วยจะดีมาก",
         "name": "ตามบัตรชื่อ นายบุญมี ทองดี ค่ะ เบอร์ติดต่อเป็นเบอร์หนูนะคะ 086-555-1234",
         "phone": "086-555-1234 เบอร์หนูเองค่ะ ชื่อแพร",
         "national_id": "3720500031752", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "สุพรรณบุรี",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"], "name": "บุญมี",
                "phone": "0865551234", "referrals": ["travel_escort"]}),

    # Woman 8 months pregnant, boyfriend gone, room until Saturday at Ram Inthra, misses a
    # digit of her phone; case, not urgent.
    "dev53 eight months pregnant, Ram Inthra to Sisaket": Persona(
        ("ท้อง8เดือนค่ะ แฟนหนีไปแล้ว",
         "อยู่ห้องเช่าแถวรามอินทรา ค่าเช่าค้าง2เดือน เจ้าของให้ออกภายในเสาร์นี้",
         "อยากกลับไปคลอดที่บ้านค่ะ เงินไม่มีเลย"),
        {"consent": "ยินยอมค่ะ", "idle": "ช่วยหนูด้วยนะคะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ งานก็ไม่มีเพราะท้องใหญ่แล้ว", "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ", "current_province": "กทมค่ะ รามอินทรา กม.8",
         "home_province": "ศรีสะเกษค่ะ อ.กันทรลักษ์",
         "travellers": "คนเดียวค่ะ ท้อง8เดือน",
         "urgent": "ยังไม่ด่วนค่ะ มีห้องอยู่ถึงวันเสาร์ แต่กลัวคลอดก่อน",
         "special_needs": "หนูท้อง8เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ ขอเป็นรถไฟได้ไหม นั่งรถทัวร์นานๆไม่ไหว",
         "more_care": "ไม่มีค่ะ", "sensitive_consent": "ยินยอมค่ะ", "needs": "ไม่มีค่ะ",
         "name": "กิ๊ฟค่ะ 095667342", "phone": "0956673421 ค่ะ ขอโทษพิมพ์ตกไป",
         "national_id": "ข้ามค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": False, "special": ["pregnant"], "name": "กิ๊ฟ",
                "phone": "0956673421", "referrals": []}),

    # Construction worker, contractor fled, camp torn down at Lat Phrao, with wife, son 13
    # and mother-in-law 63, slept under the expressway; case, urgent.
    "dev53 construction camp family of four, Lat Phrao to Sakon Nakhon": Persona(
        ("ผู้รับเหมาหนีครับ ค่าแรงค้าง2เดือน แคมป์ที่ลาดพร้าว71โดนรื้อแล้ว",
         "ผม เมีย ลูก แม่ยาย ไม่มีที่อยู่เลยครับ เมื่อคืนนอนใต้ทางด่วน"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับสกลครับ",
         "hardship": "ไม่มีที่นอน ไม่มีตังค์ ไม่มีค่ารถครับ ครบทุกข้อ",
         "id_card": "มีครับทุกคน ลูกใช้สูติบัตร", "nationality_letter": "มีบัตรครับ",
         "current_province": "ลาดพร้าว กทม", "home_province": "สกลครับ อ.วานรฯ",
         "travellers": "4 คนครับ", "urgent": "ด่วนครับ คืนนี้ก็ต้องนอนใต้ทางด่วนอีก",
         "special_needs": "แม่ยายอายุ63ครับ ลูกชายอายุ13 ดูแลตัวเองได้",
         "travel_alone": "ไปด้วยกันได้ครับ แม่ยายเดินได้", "more_care": "ไม่มีแล้วครับ",
         "sensitive_consent": "ยินยอมครับ",
         "needs": "ค่าแรงที่ค้างอยู่ทำไงได้บ้างครับ",
         "name": "ประยูร 0874459012", "phone": "0874459012", "national_id": "ข้าม",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สกลนคร",
                "travellers": 4, "urgent": True, "special": ["elderly"], "name": "ประยูร",
                "phone": "0874459012", "referrals": []}),

    # Woman who fled a violent boyfriend in Bang Yai, refuses consent, asks, then agrees;
    # refuses the sensitive questions; case, urgent (unsafe).
    "dev53 refuses consent then agrees, fleeing boyfriend in Bang Yai": Persona(
        ("ขอความช่วยเหลือค่ะ", "ไม่ยินยอมค่ะ ไม่อยากให้เก็บข้อมูลอะไร",
         "ถ้าไม่ยินยอมจะช่วยได้ไหมคะ"),
        {"consent": "โอเคค่ะ ยินยอม เปลี่ยนใจแล้ว",
         "idle": "งั้นยินยอมค่ะ หนูต้องการความช่วยเหลือจริงๆ",
         "hardship": "หนีแฟนออกมาค่ะ เขาตบหนู ตอนนี้ไม่มีเงินเลย ไม่มีที่ไป",
         "id_card": "มีค่ะ หยิบมาได้แค่บัตรกับมือถือ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "บางใหญ่ค่ะ นั่งอยู่ในเซเว่น", "home_province": "จันทบุรีค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ด่วนค่ะ กลับห้องไม่ได้ กลัวเขาตามมา",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ไม่ยินยอมค่ะ", "needs": "ไม่ขอตอบค่ะ",
         "name": "มดค่ะ 061-220-9987", "phone": "061-220-9987",
         "national_id": "ไม่สะดวกค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "จันทบุรี", "travellers": 1,
                "urgent": True, "special": [], "name": "มด", "phone": "0612209987",
                "referrals": []}),

    # Son who brought his 72-year-old mother with cancer to Ramathibodi, now at Mo Chit,
    # writes Thai digits; case, urgent.
    "dev53 son and sick mother after Rama hospital, Thai digits, Buriram": Persona(
        ("พาแม่มาหาหมอที่รามาครับ หมอนัดต่อ เลยอยู่นานกว่าที่คิด ตังหมด",
         "ตอนนี้อยู่หมอชิต ๒ คนแม่ลูก จะกลับบุรีรัมย์"),
        {"consent": "ยินยอมครับ", "idle": "ช่วยค่ารถกลับบุรีรัมย์ครับ",
         "hardship": "ไม่มีค่ารถครับ เงินหมดไปกับค่ากินค่ายาแล้ว",
         "id_card": "มีครับ ทั้ง ๒ คน", "nationality_letter": "มีบัตรครับ",
         "current_province": "หมอชิตครับ", "home_province": "บุรีรัมย์ อ.นางรอง",
         "travellers": "๒ คน",
         "urgent": "ด่วนครับ คืนนี้ต้องนอนในสถานี แม่ก็ยังไม่ค่อยสบาย",
         "special_needs": "แม่อายุ ๗๒ เป็นมะเร็งครับ เพิ่งให้คีโมมา",
         "travel_alone": "ไปด้วยกันครับ ผมดูแลแม่เอง", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ", "needs": "ไม่มีครับ",
         "name": "วิชัย ๐๘๙-๔๕๖-๗๘๑๒", "phone": "๐๘๙๔๕๖๗๘๑๒",
         "national_id": "๓-๓๑๐๔-๐๐๕๑๒-๓๔-๕", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": True, "special": ["elderly", "sick"],
                "name": "วิชัย", "phone": "0894567812", "referrals": []}),

    # Southern man laid off from a restaurant in Bang Kapi, writes กทม. อ. จ., still has his
    # room, wants to train as an air-con technician; case, not urgent.
    "dev53 abbreviations, Bang Kapi to Trang, wants training": Persona(
        ("สวัสดีครับ ขอสอบถามเรื่องค่ารถกลับบ้านครับ",
         "ตกงานจากร้านอาหารแถวบางกะปิ กทม. บ้านอยู่ อ.ห้วยยอด จ.ตรัง ครับ"),
        {"consent": "ยินยอม", "idle": "อยากได้ค่ารถกลับตรังครับ",
         "hardship": "ไม่มีค่ารถครับ เงินเดือนสุดท้ายร้านยังไม่จ่าย", "id_card": "มีครับ",
         "nationality_letter": "มีบัตร ปชช. ครับ", "current_province": "กทม. เขตบางกะปิ",
         "home_province": "จ.ตรัง", "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ห้องยังอยู่ได้ถึงสิ้นเดือน", "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "needs": "อยากเรียนช่างแอร์ครับ กลับไปจะได้มีอาชีพ",
         "name": "ฟาอิส ครับ 082-334-5567", "phone": "082-334-5567",
         "national_id": "ข้ามครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ตรัง",
                "travellers": 1, "urgent": False, "special": [], "name": "ฟาอิส",
                "phone": "0823345567", "referrals": ["job_training"]}),

    # Wife writing for her husband just discharged after leg surgery at Rajavithi, home in
    # Mae Sot; she is the contact; case, urgent.
    "dev53 wife after husband's leg surgery, Rajavithi to Mae Sot": Persona(
        ("เมียพิมพ์แทนนะคะ สามีผ่าตัดขาที่ราชวิถี เพิ่งได้ออกจากรพ.วันนี้",
         "ค่ารถกลับแม่สอดไม่มีค่ะ เงินหมดไปกับค่ากินตอนเฝ้าไข้"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ที่พักก็ไม่มี ตอนเฝ้าไข้นอนที่รพ. พอออกแล้วก็นอนไม่ได้",
         "id_card": "มีค่ะทั้งสองคน", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ราชวิถีค่ะ กทม", "home_province": "แม่สอดค่ะ",
         "travellers": "2 คนค่ะ", "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน สามียังเดินไม่ได้",
         "special_needs": "สามีเพิ่งผ่าตัดขา ต้องใช้ไม้ค้ำ ยังเจ็บอยู่ค่ะ",
         "travel_alone": "ไปด้วยกันได้ค่ะ หนูพยุงเขาเอง", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "needs": "ไม่มีค่ะ",
         "name": "นวลค่ะ 0641239980", "phone": "0641239980", "national_id": "ข้ามค่ะ",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ตาก", "travellers": 2,
                "urgent": True, "special": ["sick"], "name": "นวล",
                "phone": "0641239980", "referrals": []}),

    # Factory worker laid off in Khlong Luang, answers one thing per message; case, not urgent.
    "dev53 laid off in Khlong Luang, one thing per message, Phayao": Persona(
        ("โรงงานเลิกจ้างครับ",),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้านครับ", "hardship": "ไม่มีค่ารถ ไม่มีงาน",
         "id_card": "มี", "nationality_letter": "ไม่มี", "current_province": "คลองหลวง ปทุม",
         "home_province": "พะเยา", "travellers": "คนเดียว",
         "urgent": "ยังพอมีห้องอยู่ครับ", "special_needs": "ไม่มี", "travel_alone": "ได้",
         "more_care": "ไม่มี", "sensitive_consent": "ยินยอม", "needs": "หางาน",
         "name": "ก้อง", "phone": "0809912345", "national_id": "ข้าม", "confirm": "ใช่"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "พะเยา", "travellers": 1,
                "urgent": False, "special": [], "name": "ก้อง", "phone": "0809912345",
                "referrals": ["job_placement"]},
        one_part=True),

    # Grandmother 67 with her 4-year-old grandson, came looking for her daughter, all in one
    # long message, stuck at Hua Lamphong; case, urgent.
    "dev53 grandmother and grandson at Hua Lamphong, Uttaradit": Persona(
        ("ยายมาตามหาลูกสาวที่กรุงเทพ มันไม่รับโทรศัพท์เลยตั้งแต่เดือนที่แล้ว ยายพาหลานมาด้วย"
         "หลานอายุ๔ขวบ ไปหาที่ห้องเช่ามันก็ย้ายไปแล้ว เงินที่มีก็หมดค่ารถค่ากิน ตอนนี้นั่งอยู่"
         "หัวลำโพง เขาบอกรถไฟขึ้นเหนือย้ายไปบางซื่อแล้ว ยายจะกลับบ้านอุตรดิตถ์ไม่มีตังค่ารถไฟ",),
        {"consent": "ยินยอมจ้ะ", "idle": "ช่วยยายด้วยนะ",
         "hardship": "ไม่มีตังค่ารถไฟจ้ะ ข้าวก็ซื้อให้หลานกินได้อีกมื้อเดียว",
         "id_card": "มีจ้ะ", "nationality_letter": "มีบัตรจ้ะ",
         "current_province": "หัวลำโพงจ้ะ", "home_province": "อุตรดิตถ์ อ.ลับแล",
         "travellers": "ยายกับหลาน 2 คนจ้ะ", "urgent": "ด่วนจ้ะ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ยายอายุ67 หลาน4ขวบจ้ะ", "travel_alone": "ยายไปได้จ้ะ ขึ้นรถไฟเป็น",
         "more_care": "ไม่มีแล้วจ้ะ", "sensitive_consent": "ยินยอมจ้ะ",
         "needs": "อยากตามหาลูกสาวด้วย แต่ไม่รู้จะทำยังไง",
         "name": "ยายทองใบ เบอร์ 0858806621", "phone": "0858806621",
         "national_id": "จำไม่ได้จ้ะ", "confirm": "ถูกแล้วจ้ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุตรดิตถ์",
                "travellers": 2, "urgent": True, "special": ["elderly", "child"],
                "name": "ทองใบ", "phone": "0858806621", "referrals": []}),

    # Homeless man near Hua Lamphong, no card, no letter, no number of his own (gives his
    # sister's when asked for another), writes ไชยภูมิ; case, urgent.
    "dev53 homeless, no card no letter no phone, Chaiyaphum": Persona(
        ("นอนหัวลำโพงมาอาทิดนึงแล้ว", "อยากกลับบ้าน"),
        {"consent": "ยินยอม", "idle": "กลับไชยภูมิ",
         "hardship": "ไม่มีตังไม่มีที่นอน ข้าววัดให้กิน", "id_card": "หายนานแล้ว",
         "nationality_letter": "ไม่มีอะไรเลย", "current_province": "หัวลำโพง",
         "home_province": "ไชยภูมิ", "travellers": "คนเดียว", "urgent": "นอนข้างถนน",
         "special_needs": "ไม่มี", "travel_alone": "ได้", "more_care": "ไม่มี",
         "sensitive_consent": "ได้", "needs": "อยากได้บัตรคืน", "name": "สมหมาย",
         "phone": ("ไม่มีเบอร์ ซิมโดนตัด ใช้ไวไฟฟรีสถานี",
                   "เบอร์น้องสาวที่บ้าน 0872345610"),
         "national_id": "จำไม่ได้", "confirm": "ใช่"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": [], "name": "สมหมาย",
                "phone": "0872345610", "referrals": ["id_card"]},
        one_part=True),

    # Myanmar worker from a Mahachai fish factory, broken Thai, pink card; refused (nationality).
    "dev53 Myanmar worker in Mahachai": Persona(
        ("สวัสดีค่ะพี่ ชั้นเป็นคนพม่า ทำงานโรงงานปลามหาชัย",
         "โรงงานปิดแล้ว ไม่มีตังค์ อยากกับบ้าน ช่วยได้มั้ยคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ช่วยหน่อยค่ะพี่",
         "hardship": "ไม่มีตังค์ค่ะ ไม่มีงาน",
         "id_card": "ไม่มีบัตรคนไทยค่ะ มีบัตรชมพู กับพาสปอร์ตพม่า",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "มหาชัยค่ะ",
         "home_province": "บ้านอยู่ทวายค่ะ ประเทศพม่า", "travellers": "2 คน ชั้นกับน้องสาว",
         "urgent": "ยังมีห้องอยู่ค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "needs": "ไม่มีค่ะ",
         "name": "มะเอ 0957712203", "phone": "0957712203", "national_id": "ไม่มีค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Woman discharged from Siriraj with no taxi fare home to Nong Chok, Bangkok; refused
    # (already in her home province).
    "dev53 Siriraj patient going home within Bangkok": Persona(
        ("ขอค่ารถกลับบ้านค่ะ เพิ่งออกจากศิริราช ไม่มีเงินเรียกแท็กซี่",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถค่ะ", "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ศิริราชค่ะ บางกอกน้อย",
         "home_province": "หนองจอกค่ะ กทมเหมือนกัน", "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ", "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ", "sensitive_consent": "ยินยอมค่ะ", "needs": "ไม่มีค่ะ",
         "name": "ป้าเล็ก 0816654432", "phone": "0816654432", "national_id": "ข้ามค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # Student in Rangsit wanting a free ticket home for New Year, has a dorm and money from
    # home; refused (no hardship).
    "dev53 student in Rangsit, not in hardship": Persona(
        ("อยากกลับบ้านเชียงใหม่ช่วงปีใหม่ค่ะ ตั๋วแพงมาก ขอเงินช่วยค่ารถได้ไหมคะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับเชียงใหม่ค่ะ",
         "hardship": "ไม่ได้เดือดร้อนขนาดนั้นค่ะ มีหอพัก ที่บ้านโอนเงินให้ทุกเดือน แค่ตั๋วแพง",
         "id_card": "มีค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "รังสิตค่ะ หอหน้ามอ", "home_province": "เชียงใหม่ค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "needs": "ไม่มีค่ะ",
         "name": "มิ้นท์ 0992203311", "phone": "0992203311", "national_id": "ข้ามค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Man at Mo Chit asking how much food money is paid while waiting; answered (100 baht).
    "dev53 asks food money while waiting": Persona(
        ("ถ้ารอเจ้าหน้าที่ส่งกลับบ้าน ระหว่างรอมีค่าข้าวให้มั้ยครับ วันละกี่บาท",),
        {"consent": "ยินยอมครับ", "idle": "ถามเฉยๆครับ ค่าข้าววันละเท่าไหร่"},
        outcome="answered", answered="100"),

    # Mother of a disabled son in Pak Kret asking the monthly disability allowance;
    # answered (800 baht).
    "dev53 mother asks disability allowance amount": Persona(
        ("ลูกชายพิการทางสมองค่ะ อยู่ปากเกร็ด เบี้ยคนพิการได้เดือนละกี่บาทคะ",),
        {"consent": "ยินยอมค่ะ", "idle": "แค่อยากรู้ว่าเบี้ยคนพิการได้เดือนละเท่าไหร่ค่ะ"},
        outcome="answered", answered="800"),

    # Someone asking how many days the return-home aid takes; answered (1-15 days).
    "dev53 asks how many days it takes": Persona(
        ("ยื่นเรื่องขอค่ารถกลับภูมิลำเนา ปกติกี่วันถึงได้คะ",),
        {"consent": "ยินยอมค่ะ", "idle": "สอบถามเฉยๆค่ะ ว่าใช้เวลากี่วัน"},
        outcome="answered", answered="15"),
}
