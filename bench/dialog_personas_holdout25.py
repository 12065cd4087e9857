"""holdout25: Blind dialog personas for the Namjai benchmark, 2026-12-07.

Written from the seeds only.
Focus: none in particular: a broad realistic mix of everyone who would write to this
service, in every region and style (self, relatives, a nurse, a monk, a motorbike-taxi
rider, a rescue volunteer, an อพม.; Isan, northern, southern, Malay-Muslim, Lao speakers;
Gen Z slang, formal letters, Thai digits, fragments).
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan construction worker, cheated of wages by a contractor in Bang Na, now at
    # Mo Chit bus terminal with 40 baht, no bed tonight, home Roi Et. Writes in Isan.
    # Eligible, urgent, no other needs.
    "holdout25 Isan builder cheated of wages, stuck at Mo Chit": Persona(
        ("สวัสดีครับ",
         "ผมโดนนายจ้างโกงค่าแรงครับ งานก่อสร้างแถวบางนา เขาหนีไปเลย",
         "ตอนนี้มานั่งอยู่หมอชิต บ่มีเงินซื้อตัวกลับร้อยเอ็ด เหลือเงิน40บาท"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ ช่วยค่ารถแน่เด้อ",
         "hardship": "บ่มีค่ารถครับ แล้วก็บ่มีที่นอน",
         "id_card": "มีครับ บัตรยังอยู่",
         "nationality": "คนไทยครับ",
         "current_province": "กรุงเทพครับ อยู่หมอชิต",
         "home_province": "ร้อยเอ็ดครับ อ.เสลภูมิ",
         "travellers": "คนเดียวครับ",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้คงนอนหมอชิตนี่แหละครับ ข้าวก็ยังบ่ได้กิน",
         "name": "ทองสุข พรมมา ครับ",
         "phone": "0934567812",
         "needs": "บ่มีแล้วครับ ขอแค่ได้กลับบ้าน",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [],
                "name": "ทองสุข พรมมา", "phone": "0934567812",
                "no_referrals": list(HEALTH)}),

    # A daughter who lives in Chiang Mai writes for her 71-year-old mother, pickpocketed
    # while visiting relatives in Hat Yai; the mother waits at the Hat Yai bus terminal
    # with no money and has not eaten. The traveller is the mother (in Songkhla), not the
    # daughter. Eligible, urgent, elderly.
    "holdout25 daughter in Chiang Mai for her robbed mother at Hat Yai": Persona(
        ("สวัสดีค่ะ รบกวนสอบถามค่ะ",
         "แม่หนูอายุ 71 ไปเยี่ยมญาติที่หาดใหญ่ โดนล้วงกระเป๋าที่ตลาด เงินหายหมดเลยค่ะ ตอนนี้แม่นั่งรออยู่ที่ บขส.หาดใหญ่",
         "หนูอยู่เชียงใหม่ค่ะ บ้านแม่ก็อยู่เชียงใหม่ หนูเพิ่งตกงานเลยโอนเงินให้แม่ไม่ได้จริงๆ 😢"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอให้ช่วยแม่กลับบ้านค่ะ",
         "hardship": "แม่ไม่มีเงินค่ารถกลับค่ะ ข้าวก็ยังไม่ได้กิน",
         "id_card": "บัตรประชาชนแม่ยังอยู่ค่ะ โจรเอาไปแต่เงิน",
         "nationality": "คนไทยค่ะ",
         "current_province": "แม่อยู่สงขลาค่ะ ที่ บขส.หาดใหญ่",
         "home_province": "เชียงใหม่ค่ะ อำเภอสันกำแพง",
         "travellers": "แม่คนเดียวค่ะ",
         "special_needs": "แม่อายุ 71 แล้วค่ะ เดินช้าหน่อยแต่ยังเดินเองได้",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "แม่นั่งรถทัวร์เองได้ค่ะ เคยนั่งประจำ",
         "urgent": "แม่ยังไม่ได้กินข้าวตั้งแต่เช้าค่ะ คืนนี้ก็ยังไม่รู้จะนอนไหน",
         "name": "แม่ชื่อ บัวคำ อินต๊ะ ค่ะ",
         "phone": "ติดต่อหนูได้ค่ะ 089-765-4321 แม่ไม่มีโทรศัพท์แล้ว โดนขโมยไปด้วย",
         "needs": "ไม่มีแล้วค่ะ",
         "confirm": "ถูกต้องค่ะ ขอบคุณมากนะคะ"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "เชียงใหม่",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "บัวคำ อินต๊ะ", "phone": "0897654321"}),

    # A ward nurse at Khon Kaen hospital writes formally for a 52-year-old diabetic
    # patient recovering from sepsis: discharged tomorrow, no relatives, no fare to Nan,
    # still weak and confused at times so he cannot travel alone; she asks for follow-up
    # care near his home. Has a hospital bed tonight: not urgent.
    "holdout25 nurse in Khon Kaen for a discharged patient going to Nan": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ ดิฉันเป็นพยาบาลหอผู้ป่วยอายุรกรรม โรงพยาบาลขอนแก่นค่ะ",
         "มีผู้ป่วยชายอายุ 52 ปี เป็นเบาหวาน นอนรักษาติดเชื้อในกระแสเลือดมา 2 สัปดาห์ ตอนนี้อาการดีขึ้น แพทย์ให้กลับบ้านได้พรุ่งนี้ค่ะ",
         "แต่ผู้ป่วยไม่มีญาติมารับ ไม่มีเงินค่าเดินทางกลับจังหวัดน่านเลยค่ะ"),
        {"consent": "ผู้ป่วยยินยอมค่ะ ดิฉันสอบถามเขาแล้ว",
         "sensitive_consent": "ผู้ป่วยยินยอมให้ใช้ข้อมูลสุขภาพค่ะ",
         "idle": "ขอความช่วยเหลือส่งผู้ป่วยกลับภูมิลำเนาค่ะ",
         "hardship": "ผู้ป่วยไม่มีรายได้ ไม่มีค่าพาหนะกลับบ้าน และไม่มีญาติดูแลค่ะ",
         "id_card": "ผู้ป่วยมีบัตรประชาชนค่ะ",
         "nationality": "สัญชาติไทยค่ะ",
         "current_province": "ขอนแก่นค่ะ",
         "home_province": "น่านค่ะ อำเภอปัว",
         "travellers": "ผู้ป่วย 1 คนค่ะ",
         "special_needs": "ผู้ป่วยยังอ่อนเพลียมาก มีอาการสับสนบ้างเวลาน้ำตาลต่ำ ต้องฉีดอินซูลินค่ะ",
         "more_care": "ต้องได้ยาเบาหวานและติดตามการรักษาต่อเนื่องค่ะ",
         "travel_alone": "เดินทางคนเดียวไม่ได้ค่ะ ไม่ปลอดภัย ต้องมีเจ้าหน้าที่หรือคนพาไป",
         "urgent": "คืนนี้ยังนอนที่โรงพยาบาลได้ค่ะ อาหารทางโรงพยาบาลจัดให้",
         "name": "ชื่อผู้ป่วย เสาร์ แก้วมูล ค่ะ",
         "phone": "ติดต่อพยาบาลได้ที่ 086-551-2290 ค่ะ",
         "needs": "อยากให้ช่วยประสานโรงพยาบาลที่น่านรับดูแลรักษาต่อด้วยค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "น่าน",
                "travellers": 1, "urgent": False,
                "special": ["sick", "cannot_travel_alone"],
                "referrals": ["medical_services"], "no_referrals": ["hiv_aid"],
                "name": "เสาร์ แก้วมูล", "phone": "0865512290"}),

    # A monk at a temple near Bang Pa-in, Ayutthaya, writes for a 68-year-old man who has
    # slept in the temple hall for a week and wants to go home to Chaiyaphum. The temple
    # gives him a bed and food, so not urgent. The man never got the old-age allowance.
    "holdout25 monk in Ayutthaya for an old man sleeping at the temple": Persona(
        ("เจริญพร",
         "อาตมาเป็นพระอยู่วัดแถวบางปะอิน อยุธยา มีโยมผู้ชายแก่ๆมาอาศัยนอนศาลาวัดได้สักอาทิตย์แล้ว อายุ 68 ไม่มีเงิน ไม่มีญาติแถวนี้",
         "โยมเขาอยากกลับบ้านที่ชัยภูมิ จะให้ช่วยอย่างไรได้บ้าง"),
        {"consent": "โยมเขายินยอม อาตมาก็ยินยอม",
         "idle": "ขอให้ช่วยส่งโยมกลับบ้าน",
         "hardship": "ไม่มีค่ารถกลับ ไม่มีรายได้ อาศัยข้าววัดอยู่",
         "id_card": "มีบัตรประชาชน",
         "nationality": "เป็นคนไทย",
         "current_province": "พระนครศรีอยุธยา",
         "home_province": "ชัยภูมิ อำเภอภูเขียว",
         "travellers": "คนเดียว",
         "special_needs": "อายุ 68 ปี ร่างกายยังแข็งแรงพอสมควร",
         "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ เคยนั่งรถไฟเองมาแล้ว",
         "urgent": "นอนที่ศาลาวัดได้ ข้าวก็ทานร่วมกับวัด ไม่ลำบากเรื่องนั้น",
         "name": "บุญเรือน ทองมา",
         "phone": "เบอร์อาตมา 081 902 4455",
         "needs": "โยมเขาบอกไม่เคยได้เบี้ยยังชีพคนแก่เลย อยากรู้ว่าจะไปขอได้อย่างไร",
         "confirm": "ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "referrals": ["elderly_allowance"],
                "name": "บุญเรือน ทองมา", "phone": "0819024455"}),

    # Released yesterday from Ratchaburi central prison, northern dialect, slept at a bus
    # stop, home Lampang. ID card lost at arrest; has a village-head letter certifying Thai
    # nationality (sent on LINE). Uses a borrowed phone, Thai digits. Wants a new ID card
    # and a job. Eligible, urgent.
    "holdout25 northerner released from Ratchaburi prison": Persona(
        ("สวัสดีครับ",
         "ผมเพิ่งออกจากเรือนจำกลางราชบุรีเมื่อวานครับ พ้นโทษแล้ว",
         "อยากปิ๊กบ้านลำปางครับ แต่บ่มีตังค่ารถ เมื่อคืนนอนป้ายรถเมล์"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ได้ครับ ยินยอม",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "บ่มีค่ารถ บ่มีที่นอนครับ",
         "id_card": "บัตรหายตั้งแต่ตอนโดนจับครับ ตอนนี้บ่มีบัตร",
         "nationality_letter": "มีครับ ที่บ้านให้ผู้ใหญ่บ้านทำหนังสือรับรองว่าเป็นคนไทย อยู่บ้านนี้แต๊ ส่งมาในไลน์แล้ว",
         "nationality": "คนไทยครับ คนลำปางแต๊ๆ",
         "current_province": "ราชบุรีครับ",
         "home_province": "ลำปาง อำเภอเกาะคาครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้ก็คงนอนป้ายรถเมล์อีกครับ ข้าวกินมื้อเดียว",
         "name": "อนุชา คำปัน",
         "phone": "ยืมโทรศัพท์พี่ร้านข้าวอยู่ครับ เบอร์นี้ ๐๖๓-๒๑๘-๗๗๔๐",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ แล้วก็อยากหางานทำ บ่อยากกลับไปทำผิดอีกแล้ว",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ราชบุรี", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement"], "no_referrals": list(HEALTH),
                "name": "อนุชา คำปัน", "phone": "0632187740"}),

    # A young woman 7 months pregnant, left by her boyfriend in Pattaya (Chon Buri); room
    # paid to the end of the month, instant noodles for food: not urgent. Home Kalasin.
    # Terse, answers one thing per message.
    "holdout25 pregnant woman left in Pattaya, terse": Persona(
        ("ค่ะ", "ขอความช่วยเหลือหน่อยค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านค่ะ แฟนทิ้ง",
         "hardship": "ไม่มีเงินค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": ("พัทยาค่ะ", "ชลบุรีค่ะ"),
         "home_province": "กาฬสินธุ์",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ท้อง 7 เดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปได้ค่ะ",
         "urgent": "ยังมีห้องเช่าอยู่ถึงสิ้นเดือนค่ะ มีมาม่ากิน",
         "name": "ฝน",
         "phone": "0657893412",
         "needs": "ไม่มีค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "ฝน", "phone": "0657893412"}),

    # Malay-Muslim father from Yala: the shrimp-peeling factory in Mahachai (Samut Sakhon)
    # closed owing two months' pay; he, his wife and two children (9 and 5) have not eaten
    # today and must leave the room. Wants work near home. Eligible, urgent, children.
    "holdout25 Muslim family of four from Yala stranded in Mahachai": Persona(
        ("อัสลามูอาลัยกุมครับ",
         "ผมทำงานโรงงานแกะกุ้งที่มหาชัย โรงงานปิดไม่จ่ายเงินเดือน2เดือน",
         "ผมกับภรรยาลูกอีก2คน อยากกลับบ้านยะลาครับ ไม่มีเงินเลย วันนี้ลูกยังไม่ได้กินข้าว"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีข้าวกิน เจ้าของห้องก็ไล่แล้วครับ",
         "id_card": "มีครับ ผมกับภรรยามีบัตร ลูกมีสูติบัตร",
         "nationality": "คนไทยครับ",
         "current_province": "สมุทรสาครครับ",
         "home_province": "ยะลา อำเภอรามันครับ",
         "travellers": "4 คนครับ ผม ภรรยา ลูกชาย 9 ขวบ ลูกสาว 5 ขวบ",
         "special_needs": "มีลูกเล็กสองคนครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "วันนี้ยังไม่มีอะไรกินเลยครับ พรุ่งนี้ต้องออกจากห้อง",
         "name": "อับดุลเลาะ สาแม",
         "phone": "081-773-4590",
         "needs": "ถ้ากลับไปแล้วมีหน่วยงานช่วยหางานแถวยะลาก็ดีครับ",
         "confirm": "ถูกต้องครับ อินชาอัลลอฮ์"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "ยะลา",
                "travellers": 4, "urgent": True, "special": ["child"],
                "referrals": ["job_placement"], "no_referrals": list(HEALTH),
                "name": "อับดุลเลาะ สาแม", "phone": "0817734590"}),

    # A motorbike-taxi rider in Mae Sai (Chiang Rai) writes for a confused man who has
    # slept by the road for days; his ID card says Suphan Buri; he was treated at a
    # psychiatric hospital and ran out of medicine. Cannot travel alone; needs psychiatric
    # follow-up. Eligible, urgent.
    "holdout25 motorbike taxi rider in Mae Sai for a confused psychiatric patient": Persona(
        ("ฮัลโหลครับ",
         "ผมขับวินอยู่ตลาดแม่สาย เชียงราย มีผู้ชายคนนึงมานั่งอยู่แถววินหลายวันแล้ว คุยไม่ค่อยรู้เรื่อง",
         "เขาบอกว่าเป็นคนสุพรรณ เคยรักษาที่โรงพยาบาลจิตเวช ยาหมดมาเป็นอาทิตย์แล้ว ไม่มีเงิน นอนข้างทาง"),
        {"consent": "ยินยอมครับ ถามเขาแล้วเขาโอเค",
         "sensitive_consent": "ยินยอมครับ",
         "idle": "อยากให้ช่วยพาเขากลับบ้านครับ",
         "hardship": "ไม่มีเงิน ไม่มีที่นอน กินข้าวก็พวกวินซื้อให้",
         "id_card": "มีบัตรในกระเป๋าเขาครับ ผมดูให้แล้ว ชื่อตรงกับที่เขาบอก",
         "nationality": "คนไทยครับ",
         "current_province": "เชียงราย อ.แม่สาย",
         "home_province": "สุพรรณบุรี อำเภออู่ทอง ตามที่อยู่ในบัตรครับ",
         "travellers": "เขาคนเดียวครับ",
         "special_needs": "ป่วยทางจิตครับ ยาหมด พูดวนไปวนมา",
         "more_care": "ต้องได้ยาจิตเวชต่อครับ",
         "travel_alone": "ให้ไปเองไม่ได้แน่ครับ เดี๋ยวหลง ต้องมีคนพาไป",
         "urgent": "คืนนี้ก็นอนข้างทางอีกครับ",
         "name": "ชื่อในบัตร สุรเชษฐ์ บุญประเสริฐ",
         "phone": "เบอร์ผมเองนะครับ เขาไม่มีมือถือ 095-118-3347",
         "needs": "อยากให้เขาได้หาหมอ ได้ยา รักษาต่อเนื่องครับ",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงราย", "home": "สุพรรณบุรี",
                "travellers": 1, "urgent": True,
                "special": ["sick", "cannot_travel_alone"],
                "referrals": ["mental_health_care"], "no_referrals": ["hiv_aid"],
                "name": "สุรเชษฐ์ บุญประเสริฐ", "phone": "0951183347"}),

    # A wheelchair user selling lottery tickets in Pak Kret (Nonthaburi) must leave his
    # room today; home Nang Rong, Buriram. Travels alone but needs a wheelchair-friendly
    # vehicle. His wheelchair is breaking and he has never received the disability
    # allowance. Eligible, urgent, disabled.
    "holdout25 wheelchair lottery seller evicted in Nonthaburi": Persona(
        ("สวัสดีครับ ผมเป็นคนพิการนั่งวีลแชร์ครับ",
         "มาขายลอตเตอรี่แถวนนทบุรี ตึกที่เช่าอยู่เจ้าของขายไปแล้ว ต้องออกภายในวันนี้",
         "อยากกลับบ้านบุรีรัมย์แต่ไม่มีเงินพอ ค่ารถตู้ที่ขึ้นวีลแชร์ได้แพงมากครับ"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีที่พักตั้งแต่คืนนี้ ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "นนทบุรี ปากเกร็ดครับ",
         "home_province": "บุรีรัมย์ อำเภอนางรอง",
         "travellers": "คนเดียวครับ",
         "special_needs": "ขาไม่มีแรงทั้งสองข้าง นั่งวีลแชร์ครับ ขึ้นรถทัวร์ธรรมดาไม่ได้",
         "more_care": "ต้องเป็นรถที่ขึ้นวีลแชร์ได้ครับ",
         "travel_alone": "ไปคนเดียวได้ครับ ผมไปไหนมาไหนคนเดียวประจำ",
         "urgent": "คืนนี้ต้องออกจากห้องแล้วครับ ยังไม่รู้จะไปนอนไหน",
         "name": "วิชัย ศรีนาค",
         "phone": "0843217765",
         "needs": "วีลแชร์ล้อแตกจะพังแล้วครับ อยากได้ที่ซ่อมหรือขอคันใหม่ แล้วผมยังไม่เคยได้เบี้ยคนพิการเลย ไม่รู้ต้องทำยังไง",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "referrals": ["disability_devices", "disability_allowance"],
                "name": "วิชัย ศรีนาค", "phone": "0843217765"}),

    # A 66-year-old lottery seller whose bag was snatched in Korat (Nakhon Ratchasima);
    # home Sisaket; no bed tonight. Isan grandmother, missing tone marks, Thai-digit phone,
    # answers one thing per message.
    "holdout25 Isan grandmother robbed in Korat, one thing at a time": Persona(
        ("สวัสดีจ้า", "ยายโดนกระชากกระเป๋าจ้า"),
        {"consent": "ยินยอมจ้า",
         "idle": "ยายอยากกลับบาน",
         "hardship": "บ่มีเงินคารถจ้า",
         "id_card": "บัตรยังอยู่จ้า เหน็บไว้ในเสื้อ",
         "nationality": "คนไทยจ้า",
         "current_province": "โคราชจ้า",
         "home_province": "ศรีสะเกษ",
         "travellers": "ยายคนเดียว",
         "special_needs": "ยายอายุ 66 แล้ว",
         "more_care": "บ่มีจ้า",
         "travel_alone": "ไปเองได้จ้า",
         "urgent": "คืนนี้บ่มีบ่อนนอนจ้า",
         "name": "สำรวย จันทร์หอม",
         "phone": "๐๘๗๔๔๑๒๒๙๐",
         "needs": "บ่มีจ้า",
         "confirm": "แม่นแล้วจ้า"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "สำรวย จันทร์หอม", "phone": "0874412290"}),

    # Two 20-year-old factory workers laid off in Navanakorn (Khlong Luang, Pathum Thani),
    # dorm contract ends at 6 pm today; home That Phanom, Nakhon Phanom. Gen Z style,
    # stretched vowels, emoji. Want a job near home or vocational training. Eligible, urgent.
    "holdout25 two laid-off factory girls in Pathum Thani, Gen Z": Persona(
        ("สวัสดีค่าาา",
         "คือหนูกับเพื่อนโดนเลิกจ้างจากโรงงานที่นวนครอ่ะค่ะ 😭😭 หอก็หมดสัญญาต้องออกวันนี้",
         "อยากกลับนครพนมแต่เงินไม่พอค่าตัวเลยยย ทำไงดีคะ"),
        {"consent": "ยินยอมค่า",
         "idle": "อยากกลับบ้านค่ะ ขอค่ารถหน่อยค่า",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ คืนนี้ก็ไม่มีที่นอนด้วย",
         "id_card": "มีทั้งสองคนค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ปทุมธานีค่ะ คลองหลวง",
         "home_province": "นครพนมค่ะ ธาตุพนม ทั้งสองคนเลย",
         "travellers": "2 คนค่ะ หนูกับเพื่อน",
         "special_needs": "ไม่มีค่ะ แข็งแรงดี",
         "more_care": "ไม่มีค่า",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "คืนนี้ยังไม่รู้จะนอนไหนเลยค่ะ ต้องคืนกุญแจหอ 6 โมงเย็น",
         "name": "แพรว ค่ะ",
         "phone": "098-765-4012",
         "needs": "กลับไปอยากหางานทำแถวบ้านค่ะ หรือได้ไปฝึกอาชีพ เรียนตัดผมก็ได้ค่า",
         "confirm": "ถูกต้องค่า 🙏"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "นครพนม",
                "travellers": 2, "urgent": True, "special": [],
                "referrals": ["job_placement", "job_training"],
                "no_referrals": list(HEALTH),
                "name": "แพรว", "phone": "0987654012"}),

    # A man from Trang, southern dialect (ฉาน, หลบบ้าน, พรือ), left behind in Chiang Mai by
    # his girlfriend after a fight; wallet gone with the car, ID card in his pocket; slept
    # at a petrol station, has not eaten. Eligible, urgent.
    "holdout25 southerner from Trang abandoned in Chiang Mai": Persona(
        ("หวัดดีครับ",
         "ฉานมาเที่ยวเชียงใหม่กับแฟน ทะเลาะกันแรง เขาขับรถหลบไปแล้ว ทิ้งฉานไว้ กระเป๋าตังอยู่ในรถหมด",
         "ตอนนี้ไม่มีตังสักบาท อยากหลบบ้านตรังครับ ไม่รู้จะทำพรือ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากหลบบ้านครับ",
         "hardship": "ไม่มีตังค่ารถครับ ที่บ้านก็มีแต่แม่แก่ๆ ไม่มีตังส่งมาให้",
         "id_card": "บัตรประชาชนอยู่ในกระเป๋ากางเกงครับ โชคดีหนิ",
         "nationality": "คนไทยครับ",
         "current_province": "เชียงใหม่ครับ",
         "home_province": "ตรังครับ อำเภอกันตัง",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "เมื่อคืนนอนปั๊มน้ำมัน คืนนี้ก็ไม่รู้จะนอนไหน ข้าวยังไม่ได้กินเลยครับ",
         "name": "ณัฐพล เพชรรัตน์",
         "phone": "0619874452",
         "needs": "ไม่มีแล้วครับ",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ตรัง",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": list(HEALTH),
                "name": "ณัฐพล เพชรรัตน์", "phone": "0619874452"}),

    # A young mother who fled a violent partner in Phuket with her 3-year-old, sitting in
    # front of a 7-Eleven with nowhere to sleep; home Sakon Nakhon. Frightened, writes in
    # fragments, answers one thing per message. Eligible, urgent, child.
    "holdout25 mother fleeing violence in Phuket with a toddler": Persona(
        ("ช่วยด้วยค่ะ", "หนีออกมาจากบ้านแฟน เขาตีหนูกับลูก"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านแม่ค่ะ",
         "hardship": "ไม่มีเงินค่ะ",
         "id_card": "มีค่ะ หยิบมาทัน",
         "nationality": "ไทย",
         "current_province": "ภูเก็ตค่ะ",
         "home_province": "สกลนครค่ะ",
         "travellers": "2 คนค่ะ",
         "special_needs": "ลูก 3 ขวบค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ นั่งอยู่หน้าเซเว่น",
         "name": "เมย์",
         "phone": "095 123 4876",
         "needs": "ไม่มีค่ะ อยากไปให้ไกลจากเขา",
         "confirm": "ค่ะ"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "ภูเก็ต", "home": "สกลนคร",
                "travellers": 2, "urgent": True, "special": ["child"],
                "name": "เมย์", "phone": "0951234876"}),

    # A rescue-foundation volunteer in Hua Hin (Prachuap Khiri Khan) writes for a Thai
    # Karen man fired from a pineapple farm; the employer kept his ID card, but the village
    # head in Mae Sariang sent a letter certifying Thai nationality and residence. The
    # foundation gives him a bed and food for a few days: not urgent. Wants a new ID card.
    "holdout25 rescue volunteer in Hua Hin for a Karen worker without his ID": Persona(
        ("สวัสดีครับ ผมอาสากู้ภัยมูลนิธิที่หัวหินครับ",
         "เจอชายอายุ 40 กว่า นอนอยู่ริมหาด เขาบอกโดนนายจ้างสวนสับปะรดไล่ออก ไม่จ่ายค่าแรง ไม่มีเงินกลับบ้านที่แม่ฮ่องสอน",
         "เขาเป็นคนไทยเชื้อสายกะเหรี่ยง พูดไทยไม่ค่อยคล่อง บัตรประชาชนนายจ้างยึดไว้ไม่คืน"),
        {"consent": "เขายินยอมครับ ผมอธิบายให้ฟังแล้ว",
         "idle": "ขอความช่วยเหลือส่งเขากลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีรายได้ ไม่มีที่พักของตัวเองครับ",
         "id_card": "ไม่มีครับ นายจ้างยึดไว้",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านที่แม่สะเรียงทำหนังสือรับรองว่าเขาเป็นคนไทย อยู่หมู่บ้านนั้นจริง ส่งมาทางไลน์แล้ว",
         "nationality": "คนไทยครับ เกิดที่แม่สะเรียง",
         "current_province": "ประจวบคีรีขันธ์ครับ หัวหิน",
         "home_province": "แม่ฮ่องสอน อำเภอแม่สะเรียง",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ แข็งแรงดี แค่พูดไทยไม่ค่อยได้",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ ขามาเขาก็นั่งรถมาเอง",
         "urgent": "คืนนี้ให้นอนที่มูลนิธิได้ครับ ข้าวก็มีให้กิน แต่ให้อยู่ได้ไม่กี่วัน",
         "name": "พะโดะ ไพรพนา",
         "phone": "ติดต่อผมได้ครับ ๐๘๑-๕๕๓-๒๒๔๙",
         "needs": "บัตรประชาชนเขาโดนยึด อยากทำบัตรใหม่ให้เขาครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card"], "no_referrals": list(HEALTH),
                "name": "พะโดะ ไพรพนา", "phone": "0815532249"}),

    # A contract worker at Map Ta Phut (Rayong) not paid by the subcontractor; home
    # Borabue, Maha Sarakham. Living with HIV, on antiretrovirals, healthy, must collect
    # medicine at his home hospital; asks about aid for people with HIV. Staying with a
    # friend for a few days: not urgent.
    "holdout25 unpaid worker in Rayong living with HIV": Persona(
        ("สวัสดีครับ",
         "ผมมาทำงานรับเหมาที่มาบตาพุด ระยอง งานหมดแล้วผู้รับเหมาไม่จ่ายเงิน",
         "อยากกลับบ้านมหาสารคาม ไม่มีค่ารถครับ",
         "แล้วยาต้านผมก็ใกล้หมด ต้องไปรับที่โรงพยาบาลที่บ้าน"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ยินยอมครับ ผมติดเชื้อ HIV กินยาต้านอยู่",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ รายได้ก็ไม่มีครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ระยองครับ",
         "home_province": "มหาสารคาม อำเภอบรบือ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ ร่างกายแข็งแรงดี",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "ยังพักห้องเพื่อนได้อีกสองสามวันครับ ข้าวเพื่อนก็แบ่งให้กิน",
         "name": "ชัยวัฒน์",
         "phone": "0802236614",
         "needs": "อยากรู้ว่ามีเงินช่วยเหลือคนติดเชื้อ HIV ไหมครับ",
         "confirm": "ครับ ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "มหาสารคาม",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["hiv_aid"], "no_referrals": ["mental_health_care"],
                "name": "ชัยวัฒน์", "phone": "0802236614"}),

    # A fruit picker in Trat: the season ended and the orchard boss vanished without
    # paying. He, his wife, his 72-year-old mother and a one-year-old go home to
    # Phetchabun. Can stay in the orchard shack two more days with rice: not urgent.
    # Answers one thing per message.
    "holdout25 fruit-picking family of four stranded in Trat": Persona(
        ("สวัสดีครับ",
         "มารับจ้างเก็บเงาะเก็บทุเรียนที่ตราดครับ หมดฤดูแล้ว เถ้าแก่ยังไม่จ่ายเงินเลย ติดต่อไม่ได้"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ตราด",
         "home_province": "เพชรบูรณ์",
         "travellers": "4 คน",
         "special_needs": "แม่ผมอายุ 72 ครับ กับลูกขวบนึง",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ยังพักเพิงในสวนได้อีก 2 วันครับ ข้าวสารยังพอมี",
         "name": "สมพงษ์",
         "phone": "0892345601",
         "needs": "ไม่มีครับ",
         "confirm": "ใช่ครับ"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "ตราด", "home": "เพชรบูรณ์",
                "travellers": 4, "urgent": False, "special": ["child", "elderly"],
                "name": "สมพงษ์", "phone": "0892345601"}),

    # A wife who brought her husband to Siriraj (Bangkok) for cancer treatment; money gone,
    # two nights on a bench outside the building; home Amnat Charoen. He is sick but she
    # looks after him. Must come back next month: asks for care near home. Eligible, urgent.
    "holdout25 wife with her cancer-patient husband at Siriraj": Persona(
        ("สวัสดีค่ะ",
         "พาสามีมารักษามะเร็งที่ศิริราชค่ะ หมอให้กลับบ้านก่อนแล้วนัดใหม่เดือนหน้า",
         "เงินหมดแล้วค่ะ ไม่มีค่ารถกลับอำนาจเจริญ สองคืนแล้วนอนม้านั่งหน้าตึก"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนค่ะ",
         "id_card": "มีทั้งสองคนค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ อยู่ศิริราช",
         "home_province": "อำนาจเจริญ อำเภอปทุมราชวงศา",
         "travellers": "2 คนค่ะ ดิฉันกับสามี",
         "special_needs": "สามีป่วยมะเร็งค่ะ อ่อนเพลีย เดินได้ช้าๆ ต้องพยุง",
         "more_care": "ต้องกลับมารักษาต่อค่ะ",
         "travel_alone": "ไปได้ค่ะ ดิฉันดูแลเขาเอง",
         "urgent": "คืนนี้ก็นอนม้านั่งอีกค่ะ ข้าวกินวันละมื้อ",
         "name": "ดวงใจ แสนสุข",
         "phone": "0628841175",
         "needs": "เดือนหน้าต้องกลับมาหาหมออีกค่ะ ไม่รู้จะเอาเงินที่ไหน อยากให้ช่วยประสานให้รักษาต่อโรงพยาบาลใกล้บ้านได้ไหมคะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อำนาจเจริญ",
                "travellers": 2, "urgent": True, "special": ["sick"],
                "referrals": ["medical_services"], "no_referrals": ["hiv_aid"],
                "name": "ดวงใจ แสนสุข", "phone": "0628841175"}),

    # REFUSED: a Lao housekeeper fired in Samut Prakan, Lao greeting and dialect, only a
    # Lao passport, no Thai nationality, wants to go home to Savannakhet in Laos.
    "holdout25 Lao housekeeper in Samut Prakan (not Thai)": Persona(
        ("สะบายดีเจ้า",
         "ข่อยเป็นคนลาว มาเฮ็ดงานแม่บ้านอยู่สมุทรปราการ นายจ้างไล่ออก",
         "อยากกลับบ้านสะหวันนะเขตแต่บ่มีเงินค่ารถเลยเด้อ"),
        {"consent": "ยินยอมเจ้า",
         "idle": "อยากกลับบ้านเจ้า",
         "hardship": "บ่มีค่ารถเจ้า",
         "nationality": "บ่แม่นคนไทยเจ้า เป็นคนลาว",
         "id_card": "บ่มีบัตรไทยเจ้า มีแต่พาสปอร์ตลาว",
         "nationality_letter": "บ่มีเจ้า",
         "current_province": "สมุทรปราการ",
         "home_province": "สะหวันนะเขต ประเทศลาวเจ้า",
         "travellers": "คนเดียวเจ้า",
         "urgent": "คืนนี้นอนห้องหมู่ได้อยู่เจ้า",
         "name": "คำแพง",
         "phone": "0921117788",
         "confirm": "แม่นแล้วเจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSED: a man already living at home with his parents in Bueng Kan, jobless for
    # three months, wants fare to go look for work in Bangkok: not a return home. Clearly
    # asks for work.
    "holdout25 jobless man already at home in Bueng Kan": Persona(
        ("สวัสดีครับ ขอความช่วยเหลือครับ",
         "ผมอยู่บ้านที่บึงกาฬ ตกงานมา3เดือนแล้ว ไม่มีเงินเลย",
         "อยากขอค่ารถไปหางานทำที่กรุงเทพได้ไหมครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถไปหางานครับ",
         "hardship": "ไม่มีรายได้ครับ ตกงาน",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "บึงกาฬครับ",
         "home_province": "บึงกาฬครับ บ้านเกิดเลย อยู่กับพ่อแม่",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "urgent": "มีบ้านอยู่ครับ ข้าวก็กินกับพ่อแม่",
         "name": "ธนากร",
         "phone": "0859012377",
         "needs": "อยากได้งานทำครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "current": "บึงกาฬ", "home": "บึงกาฬ",
                "referrals": ["job_placement"]}),

    # REFUSED: an office worker from Khon Kaen on holiday in Krabi missed her flight; she
    # has money and a hotel, just wants the state to pay the new ticket. Not in hardship.
    "holdout25 holidaymaker in Krabi with money, wants a free ticket": Persona(
        ("สวัสดีค่ะ",
         "มาเที่ยวกระบี่ค่ะ ตกเครื่องขากลับ ตั๋วใหม่แพงมาก",
         "รัฐช่วยออกค่าตั๋วกลับขอนแก่นให้ได้ไหมคะ จริงๆเงินก็มีอยู่ค่ะ แต่เสียดาย"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากให้ช่วยค่าตั๋วค่ะ",
         "hardship": "ก็ไม่ได้ลำบากอะไรค่ะ มีเงินอยู่ พักโรงแรมได้ แค่อยากประหยัด",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "กระบี่ค่ะ",
         "home_province": "ขอนแก่นค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "urgent": "พักโรงแรมอยู่ค่ะ ไม่ได้เดือดร้อนอะไร",
         "name": "ศิริพร",
         "phone": "0814567723",
         "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False}),

    # ANSWERED: a grandson wants the 24-hour phone number for his grandmother, who does
    # not use LINE. Only a question.
    "holdout25 grandson asks the 24-hour number for his grandma": Persona(
        ("สวัสดีครับ",
         "ขอเบอร์โทรที่ติดต่อเจ้าหน้าที่ได้ตลอด24ชั่วโมงหน่อยครับ จะให้ยายโทรเอง ยายไม่เล่นไลน์"),
        {"consent": "ยังไม่ต้องครับ แค่ขอเบอร์",
         "idle": "แค่อยากได้เบอร์โทรครับ"},
        outcome="answered", answered="1300"),

    # ANSWERED: a southern mother asks how much the disability allowance is for her son
    # who cannot walk, and whether he must register first. Only a question.
    "holdout25 southern mother asks the disability allowance": Persona(
        ("หวัดดีค่ะ",
         "ลูกชายฉานพิการขาเดินไม่ได้ ได้เบี้ยคนพิการเดือนละกี่บาทหนิ แล้วต้องไปขึ้นทะเบียนก่อนหม้าย"),
        {"consent": "ไม่ต้องค่ะ ถามเฉยๆ",
         "idle": "ถามเรื่องเบี้ยคนพิการค่ะ"},
        outcome="answered", answered="800"),

    # ANSWERED: a social-development volunteer (อพม.) in Ubon Ratchathani asks formally how
    # fast a stranded person with no shelter is helped, and how long when there is shelter.
    "holdout25 อพม. volunteer in Ubon asks how fast urgent cases are helped": Persona(
        ("เรียนเจ้าหน้าที่ครับ ผมเป็น อพม. อยู่ตำบลหนึ่งในจังหวัดอุบลราชธานีครับ",
         "ขอสอบถามว่า กรณีผู้ตกทุกข์ได้ยากที่ไม่มีที่พักเลย ทางสำนักงานจะช่วยเหลือส่งกลับภูมิลำเนาได้ภายในกี่ชั่วโมงครับ และถ้ายังมีที่พักอยู่ใช้เวลากี่วัน"),
        {"consent": "ยังไม่ต้องครับ สอบถามข้อมูลไว้ก่อน",
         "idle": "สอบถามระยะเวลาดำเนินการครับ"},
        outcome="answered", answered="24"),
}
