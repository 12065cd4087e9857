"""Persona set dev27 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: young people and families: students stranded after a trip or a scam job, young
couples with a baby, teenagers who ran away, LGBT people thrown out, gig workers whose
motorbike was seized, seasonal farm workers (sugar cane, fruit) in the south and east,
fishermen's families, people stuck after a hospital stay; indirect answers, emoji,
mixed Thai and English, voice-typing errors, places given as landmarks or districts.
Counts: 22 personas; 16 eligible (case), 5 refused (2 สัญชาติ, 1 เดือดร้อน,
1 หนังสือรับรอง, 1 ภูมิลำเนา), 1 answered; 5 one_part; 10 urgent; fixes: 4 at the
summary (2 phone, 1 name, 1 travellers), 1 after the request is sent (phone).
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Three university students robbed after the Full Moon party, now at Don Sak pier
    # (Surat Thani), home Det Udom (Ubon). "ไม่มีค่าพาหนะเดินทางกลับภูมิลำเนาเดิม" and
    # nowhere to sleep: "กรณีเร่งด่วนจะดำเนินงานภายใน ๒๔ ชั่วโมง". All carry ID cards.
    "dev27 Ubon students robbed after Full Moon party": Persona(
        ("hello ค่ะ 🙏",
         "พวกหนูมาเที่ยวฟูลมูนที่เกาะพะงัน 3 คน กระเป๋าตังค์โดนขโมยหมดเลยค่ะ 😭 ตอนนี้ข้ามฝั่งมาอยู่ท่าเรือดอนสักแล้ว ไม่มีเงินกลับอุบลเลย"),
        {"consent": "ยินยอมค่ะ ok", "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ โดนขโมย wallet ไปหมด ค่ารถก็ไม่มี",
         "id_card": "บัตรประชาชนยังอยู่ค่ะ เก็บแยกไว้ในเคสมือถือ มีครบ 3 คน",
         "nationality_letter": "ไม่มีค่ะ แต่มีบัตรประชาชนนะคะ", "nationality": "ไทยค่ะ",
         "current_province": "ท่าเรือดอนสัก สุราษฎร์ค่ะ",
         "home_province": "อุบลค่ะ อ.เดชอุดม",
         "travellers": "3 คนค่ะ นักศึกษาหมดเลย",
         "urgent": "ด่วนค่ะ 😢 คืนนี้ไม่มีที่นอน นั่งรอกันอยู่ที่ท่าเรือ",
         "special_needs": "ไม่มีค่ะ แข็งแรงดีทุกคน", "travel_alone": "ไปกันเองได้ค่ะ",
         "needs": "ไม่มีค่ะ แค่อยากกลับบ้าน", "sensitive_consent": "ได้ค่ะ",
         "name": "ต้นข้าวค่ะ", "phone": "0823456719",
         "confirm": "ถูกต้องค่ะ thank you ค่ะ 🙏"},
        outcome="case",
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "อุบลราชธานี",
                "travellers": 3, "urgent": True, "special": [],
                "referrals": [], "name": "ต้นข้าว", "phone": "0823456719"},
    ),
    # Young man lured by a fake admin job into a scam call centre across the border,
    # escaped to Mae Sot (Tak) with nothing but his hidden ID card; home Kuchinarai
    # (Kalasin). No money, no bed, afraid: urgent. He asks for honest work back home,
    # so job_placement (Department of Employment registration and placement).
    "dev27 Kalasin man escaped scam call centre at Mae Sot": Persona(
        ("ผมหนีออกมาจากแก๊งคอลเซ็นเตอร์ครับ เขาหลอกว่าจะให้ทำงานแอดมิน เงินเดือนสามหมื่น พาข้ามไปฝั่งพม่า ผมหนีกลับมาได้ ตอนนี้นั่งอยู่หน้า สภ.แม่สอด ไม่มีเงินสักบาทครับ",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินไม่มีที่นอนครับ ของโดนยึดหมด",
         "id_card": "บัตรประชาชนยังอยู่ครับ ซ่อนไว้ในพื้นรองเท้า 555",
         "nationality_letter": "ไม่มีครับ มีบัตรประชาชน", "nationality": "คนไทยครับ",
         "current_province": "แม่สอดครับ จ.ตาก",
         "home_province": "กุฉินารายณ์ กาฬสินธุ์ครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ กลัวพวกมันตามมา คืนนี้ก็ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้งานทำสุจริตๆ ครับ กลับไปแล้วอยากหางานแถวบ้าน",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ธนากรครับ", "phone": "093-882-1145",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ตาก", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "name": "ธนากร", "phone": "0938821145"},
    ),
    # Voice-typed (spaces between words, split place names). Couple with an 8-month
    # baby, husband laid off, evicted, slept at Mo Chit bus terminal (Bangkok); home
    # Selaphum (Roi Et). No shelter: urgent; child. Fixes the phone at the summary.
    "dev27 Roi Et couple with baby at Mo Chit voice typed": Persona(
        ("สวัสดี ค่ะ คือ อยาก จะ ขอ ความ ช่วยเหลือ ค่ะ ตอนนี้ อยู่ ที่ ขนส่ง หมอ ชิต กับ แฟน แล้ว ก็ ลูก 8 เดือน ค่ะ แฟน โดน เลิก จ้าง ห้อง ก็ โดน ไล่ ออก ไม่มี เงิน กลับ บ้าน ที่ เส ลภูมิ ร้อย เอ็ด ค่ะ",),
        {"consent": "ยินยอม ค่ะ", "idle": "ขอ ค่า รถ กลับ บ้าน ค่ะ",
         "hardship": "ไม่มี เงิน ไม่มี ที่ อยู่ ค่ะ แฟน ตก งาน",
         "id_card": "มี ค่ะ ทั้ง หนู และ แฟน",
         "nationality_letter": "ไม่มี ค่ะ มี บัตร ประชาชน", "nationality": "ไทย ค่ะ",
         "current_province": "ขนส่ง หมอ ชิต กรุงเทพ ค่ะ",
         "home_province": "ร้อยเอ็ด ค่ะ อำเภอ เส ลภูมิ",
         "travellers": "3 คน ค่ะ หนู แฟน แล้ว ก็ ลูก",
         "urgent": "ด่วน ค่ะ เมื่อ คืน ก็ นอน ที่ ขนส่ง ลูก ยัง เล็ก อยู่",
         "special_needs": "ลูก 8 เดือน ค่ะ ยัง กิน นม อยู่",
         "travel_alone": "ไป กัน เอง ได้ ค่ะ",
         "needs": "ไม่มี ค่ะ ขอ กลับ บ้าน อย่าง เดียว", "sensitive_consent": "ได้ ค่ะ",
         "name": "แพรว ค่ะ", "phone": "086 771 2345",
         "confirm": "เบอร์ ผิด ค่ะ ที่ ถูก คือ 086 771 2354"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 3, "urgent": True, "special": ["child"],
                "referrals": [], "name": "แพรว", "phone": "0867712354"},
    ),
    # Runaway 15-year-old boy left by his friend in Pattaya (Chon Buri), sleeping at a
    # petrol station; home Wanon Niwat (Sakon Nakhon). Says he is a child and dares not
    # travel alone: "ไม่อาจเดินทางกลับภูมิลำเนาเดิมได้โดยลำพัง เนื่องจาก อายุ".
    "dev27 runaway 15 year old boy in Pattaya": Persona(
        ("พี่ครับ",
         "ผมหนีออกจากบ้านมาครับ มากับเพื่อนมาพัทยา เพื่อนทิ้งผมไปแล้ว ตอนนี้อยากกลับบ้านครับ ไม่มีเงินเลย"),
        {"consent": "ยินยอมครับ", "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีตังค์ครับ ไม่มีที่นอนด้วย นอนปั๊มแถวพัทยากลาง",
         "id_card": "มีครับ ทำตอน 7 ขวบ ยังพกอยู่",
         "nationality_letter": "ไม่มีครับ มีแต่บัตร", "nationality": "ไทยครับ",
         "current_province": "พัทยาครับ ชลบุรี",
         "home_province": "วานรนิวาส สกลนครครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ เมื่อคืนก็นอนปั๊ม",
         "special_needs": "ผมอายุ 15 ครับ ยังเป็นเด็กอยู่",
         "travel_alone": "ไม่กล้าไปคนเดียวครับ กลัวหลง ไม่เคยขึ้นรถทัวร์เอง",
         "needs": "ไม่มีครับ อยากกลับไปหาแม่", "sensitive_consent": "ได้ครับ",
         "name": "ภูมิครับ", "phone": "0619087342",
         "confirm": "ครับ ถูกแล้ว"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "สกลนคร",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "child"],
                "referrals": [], "name": "ภูมิ", "phone": "0619087342"},
    ),
    # Trans woman thrown out by her boyfriend in Patong (Phuket), parents reject her;
    # going to her aunt in Ko Kha (Lampang): "ภูมิลำเนาเดิม ... ให้หมายความรวมถึง
    # ภูมิลำเนาของญาติ". Sat on the beach all night: urgent. Says she is healthy and
    # travels alone, but her HIV medicine runs out: hiv_aid.
    "dev27 trans woman thrown out in Patong to aunt in Lampang": Persona(
        ("สวัสดีค่า 🥺🏳️‍🌈",
         "หนูเป็นกะเทยค่ะ แฟนไล่ออกจากห้องที่ป่าตองเมื่อคืน ของก็โยนทิ้งหมด 💔 พ่อแม่ก็ไม่รับแล้ว อยากไปอยู่กับป้าที่เกาะคา ลำปางค่ะ ไม่มีค่ารถเลย"),
        {"consent": "ยินยอมค่า", "idle": "ขอค่ารถไปบ้านป้าค่ะ 🙏",
         "hardship": "ไม่มีที่อยู่ ไม่มีตังค์ค่ะ 😭",
         "id_card": "มีค่ะ บัตรยังอยู่ในกระเป๋าตังค์ (ชื่อในบัตรเป็นชื่อผู้ชายนะคะ 😅)",
         "nationality_letter": "ไม่มีค่ะ มีบัตรประชาชนค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ป่าตอง ภูเก็ตค่ะ",
         "home_province": "เกาะคา ลำปางค่ะ บ้านป้า",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ เมื่อคืนนั่งอยู่ริมหาดทั้งคืน 🥲",
         "special_needs": "ไม่มีค่ะ หนูแข็งแรงดี", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ยาต้านไวรัสเหลืออีกแค่ 3 วันค่ะ หนูติดเชื้อ HIV อยากรับยาต่อที่ลำปาง",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "มายด์ค่ะ", "phone": "0957713380",
         "confirm": "ถูกต้องค่ะ ขอบคุณมากๆ เลยค่ะ 🙏💕"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["hiv_aid"], "name": "มายด์", "phone": "0957713380"},
    ),
    # A tom and his girlfriend thrown out by her family in Tha Sala (Nakhon Si
    # Thammarat); going to his home in Si Chiang Mai (Nong Khai). "พอนอนได้อยู่ครับ" at a
    # friend's house: "กรณีที่พักอาศัยอยู่ ไม่เร่งด่วน". Fixes his name at the summary.
    "dev27 tom and girlfriend thrown out in Tha Sala": Persona(
        ("ขอความช่วยเหลือครับ ผมเป็นทอม แฟนผมเป็นผู้หญิง ที่บ้านแฟนรับไม่ได้ไล่เราสองคนออกมา ตอนนี้อยู่ท่าศาลา นครศรีฯ อยากกลับไปอยู่บ้านผมที่หนองคายครับ",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับหนองคายครับ",
         "hardship": "ไม่มีเงินค่ารถครับ งานก็ไม่มี",
         "id_card": "มีครับ ทั้งสองคน",
         "nationality_letter": "ไม่มีครับ มีบัตร", "nationality": "ไทยครับ",
         "current_province": "ท่าศาลา นครศรีธรรมราชครับ",
         "home_province": "ศรีเชียงใหม่ หนองคายครับ",
         "travellers": "2 คนครับ ผมกับแฟน",
         "urgent": "พอนอนได้อยู่ครับ บ้านเพื่อนให้อยู่ได้สักอาทิตย์",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "เดี๋ยวค่อยว่ากันครับ ตอนนี้ขอกลับบ้านก่อน",
         "sensitive_consent": "ได้ครับ",
         "name": "ต้มครับ", "phone": "0884561290",
         "confirm": "ชื่อพิมพ์ผิดครับ ชื่อตั้มครับ ไม่ใช่ต้ม 555"},
        outcome="case",
        expect={"eligible": True, "current": "นครศรีธรรมราช", "home": "หนองคาย",
                "travellers": 2, "urgent": False, "special": [],
                "referrals": [], "name": "ตั้ม", "phone": "0884561290"},
    ),
    # One part at a time. Grab rider whose motorbike the finance company repossessed,
    # near Victory Monument (Bangkok); home That Phanom (Nakhon Phanom, said in the
    # opening). No income, but the room is paid to the end of the month: not urgent.
    # Phone in Thai digits.
    "dev27 Grab rider near Victory Monument bike repossessed": Persona(
        ("โดนไฟแนนซ์ยึดรถครับ วิ่ง grab ไม่ได้แล้ว ค่าห้องก็ค้าง อยากกลับบ้านนครพนม",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีรายได้เลยครับ รถโดนยึด เงินเหลือร้อยกว่าบาท",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "nationality": "ไทยครับ",
         "current_province": "แถวอนุสาวรีย์ชัยครับ กทม",
         "home_province": "ธาตุพนม นครพนมครับ",
         "travellers": "1",
         "urgent": "ห้องยังอยู่ได้ถึงสิ้นเดือนครับ ไม่ได้รีบมาก",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ",
         "needs": "เดี๋ยวค่อยว่ากันครับ", "sensitive_consent": "ได้ครับ",
         "name": "บอย", "phone": "๐๘๙๕๕๕๑๒๓๔",
         "confirm": "ok ครับ ถูก"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": [], "name": "บอย", "phone": "0895551234"},
    ),
    # LINE MAN rider in Chiang Mai (near Nimman) whose bike the police impounded,
    # evicted from his dorm, slept at a petrol station with his wife 7 months pregnant;
    # home Si Samrong (Sukhothai). Urgent; pregnant; he travels with her.
    "dev27 LINE MAN rider in Chiang Mai with pregnant wife": Persona(
        ("สวัสดีครับ",
         "รถผมโดนตำรวจยึดครับ ไม่มีใบขับขี่ ขับไลน์แมนไม่ได้แล้ว โดนไล่ออกจากหอด้วย เมียท้อง 7 เดือน อยากกลับบ้านที่สุโขทัยครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับสุโขทัยครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีรายได้ครับ",
         "id_card": "มีครับ สองคนเลย",
         "nationality_letter": "ไม่มีครับ มีบัตรอยู่แล้ว", "nationality": "ไทยครับ",
         "current_province": "เชียงใหม่ครับ แถวนิมมาน",
         "home_province": "ศรีสำโรง สุโขทัยครับ",
         "travellers": "2 คนครับ ผมกับเมีย",
         "urgent": "ด่วนครับ เมื่อคืนนอนในปั๊ม ปตท. เมียนอนไม่ค่อยหลับ",
         "special_needs": "เมียท้อง 7 เดือนครับ",
         "travel_alone": "ไปเองได้ครับ ผมดูแลเมียเอง",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "name": "อาร์มครับ", "phone": "0812093347",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "สุโขทัย",
                "travellers": 2, "urgent": True, "special": ["pregnant"],
                "referrals": [], "name": "อาร์ม", "phone": "0812093347"},
    ),
    # One part at a time, Isan words. Sugar-cane cutters at Bo Thong (Chon Buri), boss
    # ran off without paying; she, her husband and her mother aged 63; home
    # Kantharalak (Si Sa Ket). Still sleeping in the shack at the field this week:
    # not urgent. Elderly.
    "dev27 Sisaket cane cutters at Bo Thong with old mother": Persona(
        ("สวัสดีจ้า มาตัดอ้อยอยู่บ่อทอง เถ้าแก่บ่จ่ายค่าแรง อยากกลับบ้านเด้อ",),
        {"consent": "ยินยอมจ้า", "idle": "อยากขอค่ารถกลับบ้านจ้า",
         "hardship": "บ่มีเงินเลยจ้า ตัดอ้อยมาเดือนนึงเถ้าแก่หนีหาย ข้าวสารก็สิหมด",
         "id_card": "มีจ้า ครบทุกคน",
         "nationality_letter": "บ่มีจ้า มีบัตรประชาชน", "nationality": "คนไทยจ้า",
         "current_province": "บ่อทอง ชลบุรีจ้า",
         "home_province": "กันทรลักษ์ ศรีสะเกษจ้า",
         "travellers": "3 คนจ้า ข้อย ผัว กับแม่",
         "urgent": "ยังนอนเพิงในไร่ได้อยู่จ้า เถ้าแก่ให้ออกภายในอาทิตย์นี้",
         "special_needs": "แม่อายุ 63 แล้วจ้า แต่ยังย่างได้อยู่",
         "travel_alone": "ไปนำกันได้จ้า",
         "needs": "บ่มีจ้า", "sensitive_consent": "ได้จ้า",
         "name": "บุญเรือนจ้า", "phone": "087-234-5561",
         "confirm": "ถูกแล้วจ้า"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "ศรีสะเกษ",
                "travellers": 3, "urgent": False, "special": ["elderly"],
                "referrals": [], "name": "บุญเรือน", "phone": "0872345561"},
    ),
    # Durian picker who fell from a tree at Tha Mai, 10 days in Phrapokklao hospital
    # (Chanthaburi), discharged today with nowhere to go; home Nang Rong (Buri Ram).
    # Urgent; ill with a leg in a cast and cannot travel alone ("สุขภาพ").
    "dev27 durian picker discharged at Phrapokklao": Persona(
        ("ผมตกต้นทุเรียนที่ท่าใหม่ครับ ขาหัก นอนโรงบาลพระปกเกล้ามา 10 วัน วันนี้หมอให้กลับแล้ว แต่ไม่มีที่ไป ไม่มีเงินกลับบ้านบุรีรัมย์ เถ้าแก่สวนก็ไม่รับผิดชอบ",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินไม่มีที่พักครับ ค่าแรงหมดไปกับค่ายา",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ มีบัตร", "nationality": "ไทยครับ",
         "current_province": "รพ.พระปกเกล้า จันทบุรีครับ",
         "home_province": "นางรอง บุรีรัมย์ครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ต้องออกจากโรงบาลวันนี้ ไม่มีที่นอน",
         "special_needs": "ยังป่วยอยู่ครับ ขาหักใส่เฝือก หมอนัดดูแผลอีก",
         "travel_alone": "ไปคนเดียวไม่ไหวครับ ขึ้นลงรถเองไม่ได้",
         "needs": "ไม่มีครับ", "sensitive_consent": "ยินยอมครับ",
         "name": "สมศักดิ์ครับ", "phone": "0634452198",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "จันทบุรี", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "sick"],
                "referrals": [], "name": "สมศักดิ์", "phone": "0634452198"},
    ),
    # One part at a time, bare greeting, indirect. Mother from Wiang Sa (Nan) picking
    # mangosteen at Lang Suan (district only; Chumphon), season over, with her daughter
    # aged 4. "พอนอนได้อยู่ค่ะ" at the workers' camp: not urgent. Child.
    "dev27 Nan mother picking mangosteen in Lang Suan with child": Persona(
        ("สวัสดีค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "จะขอค่ารถกลับบ้านค่ะ",
         "hardship": "หมดฤดูเก็บมังคุดแล้วค่ะ นายจ้างไม่จ้างต่อ เงินไม่พอค่ารถ",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "หลังสวนค่ะ",
         "home_province": "น่านค่ะ เวียงสา",
         "travellers": "2 คนค่ะ หนูกับลูก",
         "urgent": "พอนอนได้อยู่ค่ะ ที่แคมป์คนงาน",
         "special_needs": "ลูกสาว 4 ขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "เดี๋ยวค่อยว่ากันค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "นิดค่ะ", "phone": "0917723456",
         "confirm": "ค่ะ"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "ชุมพร", "home": "น่าน",
                "travellers": 2, "urgent": False, "special": ["child"],
                "referrals": [], "name": "นิด", "phone": "0917723456"},
    ),
    # Fisherman lost at sea; his wife and two small children in Mahachai (Samut
    # Sakhon), no income, going to her mother in Phu Khiao (Chaiyaphum). Room until
    # the end of the month: not urgent. She first says 2 (the children) and corrects
    # to 3 at the summary, as the story says "กับลูก 2 คน".
    "dev27 fisherman's wife in Mahachai with two kids": Persona(
        ("สามีออกเรือแล้วหายไปในทะเลค่ะ 3 เดือนแล้ว ยังหาไม่เจอ 😢 หนูอยู่มหาชัยกับลูก 2 คน ไม่มีรายได้เลย อยากกลับไปอยู่กับแม่ที่ภูเขียวค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านแม่ค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ค่าห้องก็ค้าง ข้าวก็แทบไม่มีกิน",
         "id_card": "มีค่ะ ลูกก็มีสูติบัตร",
         "nationality_letter": "ไม่มีค่ะ มีบัตรประชาชน", "nationality": "ไทยค่ะ",
         "current_province": "มหาชัยค่ะ สมุทรสาคร",
         "home_province": "ภูเขียว ชัยภูมิค่ะ",
         "travellers": "2 คนค่ะ",
         "urgent": "ยังอยู่ห้องเช่าได้ค่ะ เจ้าของให้อยู่ถึงสิ้นเดือน",
         "special_needs": "ลูก 2 ขวบกับ 6 ขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "อ้อมค่ะ", "phone": "0845562231",
         "confirm": "ขอแก้ค่ะ ไปกัน 3 คน หนูกับลูก 2 คน ลืมนับตัวเอง 😅"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "ชัยภูมิ",
                "travellers": 3, "urgent": False, "special": ["child"],
                "referrals": [], "name": "อ้อม", "phone": "0845562231"},
    ),
    # Voice-typed deckhand (ไต้ก๋ง heard as ได้ก๋ง), skipper did not pay, put off the boat
    # at the Songkhla fishing port, sleeping on the pier: urgent; home Tha Tum (Surin).
    # After the request is sent he gives a friend's number instead.
    "dev27 Surin deckhand stranded at Songkhla fishing port": Persona(
        ("ผม เป็น ลูกเรือ ประมง ครับ ได้ก๋ง ไม่ จ่าย ค่าจ้าง เรือ จอด อยู่ ท่าเทียบเรือ ประมง สงขลา ผม โดน ไล่ ลง จาก เรือ ไม่มี ที่นอน ไม่มี ตังค์ อยาก กลับ ท่า ตูม สุรินทร์ ครับ",),
        {"consent": "ยินยอม ครับ", "idle": "ขอ ค่า รถ กลับ บ้าน ครับ",
         "hardship": "ไม่มี เงิน ไม่มี ที่นอน ครับ นอน ที่ ท่าเรือ",
         "id_card": "มี ครับ",
         "nationality_letter": "ไม่มี ครับ", "nationality": "ไทย ครับ",
         "current_province": "สงขลา ครับ ท่าเรือ ประมง",
         "home_province": "สุรินทร์ ครับ อำเภอ ท่า ตูม",
         "travellers": "คน เดียว ครับ",
         "urgent": "ด่วน ครับ นอน ท่าเรือ มา สอง คืน แล้ว",
         "special_needs": "ไม่มี ครับ", "travel_alone": "ได้ ครับ",
         "needs": "ไม่มี ครับ", "sensitive_consent": "ได้ ครับ",
         "name": "ชัยวัฒน์ ครับ", "phone": "080 332 1987",
         "confirm": "ถูก ต้อง ครับ"},
        outcome="case",
        after=("ขอ เปลี่ยน เบอร์ ติดต่อ ครับ มือถือ ผม แบต จะ หมด ใช้ เบอร์ เพื่อน 085 998 7766 แทน ครับ",),
        expect={"eligible": True, "current": "สงขลา", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": [], "name": "ชัยวัฒน์", "phone": "0859987766"},
    ),
    # New mother whose premature baby spent 3 weeks in an incubator at Siriraj
    # (landmark only; Bangkok), discharged today, nowhere to sleep, partner
    # unreachable; home Kumphawapi (Udon Thani). Urgent; child (she herself is fine).
    "dev27 new mother discharged from Siriraj to Kumphawapi": Persona(
        ("หนูเพิ่งคลอดลูกที่ศิริราชค่ะ ลูกคลอดก่อนกำหนด อยู่ตู้อบมา 3 อาทิตย์ วันนี้หมอให้กลับบ้านแล้ว แต่หนูไม่มีเงินค่ารถกลับกุมภวาปีค่ะ แฟนก็ติดต่อไม่ได้",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีที่พักด้วย ก่อนหน้านี้นอนเฝ้าลูกที่โรงบาล",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีบัตรค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ศิริราชค่ะ",
         "home_province": "อุดรค่ะ กุมภวาปี",
         "travellers": "2 คนค่ะ หนูกับลูก",
         "urgent": "ด่วนค่ะ ต้องออกจากโรงบาลวันนี้ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ลูกอายุ 3 อาทิตย์ค่ะ หนูเองเดินได้ปกติแล้ว",
         "travel_alone": "ไปเองได้ค่ะ อุ้มลูกไป",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "ฝนค่ะ", "phone": "0649981230",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุดรธานี",
                "travellers": 2, "urgent": True, "special": ["child"],
                "referrals": [], "name": "ฝน", "phone": "0649981230"},
    ),
    # One part at a time; opens with a question but tells a story and applies. Waiter
    # from Mae Sai (Chiang Rai) 2 weeks in hospital in Hat Yai (Songkhla) after a
    # motorbike crash, lost his job, savings gone. Stays at a friend's room: not urgent.
    # Healed, so no care need. Full name given.
    "dev27 Chiang Rai waiter after accident in Hat Yai": Persona(
        ("สอบถามหน่อยครับ ขอค่ารถกลับบ้านได้ไหม ผมรถล้มนอนโรงบาลหาดใหญ่มา 2 อาทิตย์ ตกงานเลย เงินเก็บหมดกับค่ารักษา",),
        {"consent": "ยินยอมครับ", "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ตกงานครับ ไม่มีรายได้ เงินหมด",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "nationality": "ไทยครับ",
         "current_province": "หาดใหญ่ครับ",
         "home_province": "แม่สายครับ เชียงราย",
         "travellers": "คนเดียวครับ",
         "urgent": "พอนอนได้อยู่ครับ อาศัยห้องเพื่อน",
         "special_needs": "ไม่มีแล้วครับ แผลหายแล้ว เดินได้ปกติ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "name": "กิตติพงษ์ แสงคำ", "phone": "091-234-7788",
         "confirm": "ถูกต้องครับ"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "สงขลา", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": [], "name": "กิตติพงษ์ แสงคำ", "phone": "0912347788"},
    ),
    # Student from Huai Yot (district only; Trang) scammed by a fake factory job near
    # Map Ta Phut (Rayong), sleeping in a 24-hour game shop: urgent. Her phone lacks a
    # digit; she fixes it at the summary.
    "dev27 Trang student scammed by fake job at Map Ta Phut": Persona(
        ("ช่วยด้วยค่ะ 🙏 หนูโดนหลอกสมัครงานโรงงานแถวมาบตาพุด จ่ายค่าประกันไป 3,500 ไปถึงไม่มีงานจริง 😭 ตอนนี้เงินหมดแล้วค่ะ อยากกลับบ้าน",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "เงินหมดค่ะ ไม่มีที่พัก นอนร้านเกม 24 ชม. มา 2 คืน",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "มาบตาพุด ระยองค่ะ",
         "home_province": "ห้วยยอดค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ไม่มีที่นอนจริงๆ 😢",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ อยากกลับไปเรียนต่อ", "sensitive_consent": "ได้ค่ะ",
         "name": "ปลายฟ้าค่ะ", "phone": "062345678",
         "confirm": "เบอร์ขาดไปตัวนึงค่ะ 0623456781"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "ตรัง",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": [], "name": "ปลายฟ้า", "phone": "0623456781"},
    ),
    # Cambodian cane cutter at Watthana Nakhon (Sa Kaeo), unpaid, wants to go home to
    # Poipet. "ผู้ตกทุกข์ได้ยาก หมายความว่า บุคคลผู้มีสัญชาติไทย": refused (สัญชาติ).
    "dev27 Cambodian cane cutter at Watthana Nakhon": Persona(
        ("สวัสดีค่ะ ฉันคนกัมพูชา มาตัดอ้อยที่วัฒนานคร เถ้าแก่ไม่จ่ายเงิน อยากกลับบ้านที่ปอยเปตค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีข้าวกิน",
         "id_card": "ไม่มีบัตรไทยค่ะ มีพาสปอร์ตกัมพูชา",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "กัมพูชาค่ะ ไม่ใช่คนไทย",
         "current_province": "วัฒนานคร สระแก้วค่ะ",
         "home_province": "ปอยเปต ประเทศกัมพูชาค่ะ",
         "travellers": "2 คนค่ะ กับสามี",
         "urgent": "ด่วนค่ะ", "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "สรีมม", "phone": "0991234560", "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),
    # Myanmar wife of a fisherman in Ranong, mixed English; husband hurt when the boat
    # sank; wants to go to her sister in Mahachai. Pink card, not Thai: refused
    # (สัญชาติ), "บุคคลผู้มีสัญชาติไทย".
    "dev27 Myanmar fisherman's wife in Ranong mixed English": Persona(
        ("Hello. I am from Myanmar ค่ะ husband ทำงานเรือประมงที่ระนอง เรือล่ม he is in hospital. อยากไปหาพี่สาวที่มหาชัย no money ค่ะ",),
        {"consent": "ok ยินยอมค่ะ", "idle": "need help go to my sister ค่ะ",
         "hardship": "no money ค่ะ ไม่มีเงินเลย",
         "id_card": "ไม่มีบัตรประชาชนไทยค่ะ มีบัตรชมพู pink card",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "Myanmar ค่ะ พม่า",
         "current_province": "ระนองค่ะ",
         "home_province": "พี่สาวอยู่มหาชัยค่ะ บ้านจริงอยู่พม่า",
         "travellers": "1 ค่ะ", "urgent": "ด่วนค่ะ", "special_needs": "no ค่ะ",
         "travel_alone": "ได้ค่ะ", "needs": "ไม่มีค่ะ", "sensitive_consent": "ok ค่ะ",
         "name": "มะเอ", "phone": "0926678810", "confirm": "yes ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),
    # Student in Chiang Mai with a dorm and a monthly allowance wants a free ticket to
    # Phitsanulok for New Year to save money. None of the three hardships applies:
    # refused (เดือดร้อน).
    "dev27 Chiang Mai student wants free New Year ticket": Persona(
        ("hi ค่า ✨", "หนูเป็นนักศึกษาอยู่เชียงใหม่ อยากขอค่ารถกลับบ้านพิษณุโลกช่วงปีใหม่ค่ะ 🎉"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านปีใหม่ค่ะ",
         "hardship": "ไม่ได้ลำบากอะไรค่ะ มีหอ พ่อแม่ส่งเงินให้ทุกเดือน แค่อยากประหยัด 😅",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "เชียงใหม่ค่ะ", "home_province": "พิษณุโลกค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ จะกลับช่วง 28 ธ.ค.",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "ใบเตย", "phone": "0958812234",
         "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"},
    ),
    # One part at a time. Ran away at 17, now 19, sleeping around Sanam Luang, wants to
    # go home to Nong Bua Lam Phu, but lost his ID card long ago and has no letter from
    # the village head: "กรณีผู้ประสบปัญหาฯ ขาดเอกสารราชการ ให้มีหนังสือรับรองว่ามีสัญชาติไทย":
    # refused (หนังสือรับรอง).
    "dev27 runaway without card or letter at Sanam Luang": Persona(
        ("ผมหนีออกจากบ้านมาตั้งแต่อายุ 17 ตอนนี้ 19 แล้ว อยู่แถวสนามหลวง อยากกลับบ้านหนองบัวลำภูครับ",),
        {"consent": "ยินยอมครับ", "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีที่นอนครับ ไม่มีเงินด้วย",
         "id_card": "ไม่มีครับ หายไปนานแล้ว ไม่เคยไปทำใหม่",
         "nationality_letter": "ไม่มีครับ ไม่ได้ติดต่อผู้ใหญ่บ้านเลย ขอไม่ได้หรอก",
         "nationality": "คนไทยครับ",
         "current_province": "สนามหลวง กทม.ครับ", "home_province": "หนองบัวลำภูครับ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ นอนข้างถนน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ", "name": "เก่ง", "phone": "0657789012",
         "confirm": "ครับ"},
        outcome="refused", one_part=True,
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
    ),
    # Southern speech. Fisherman's wife in Nong Chik, Pattani, her own home; the boat
    # was seized for illegal nets, no income. She needs no journey home (the aid is
    # "กลับภูมิลำเนาเดิม"): refused (ภูมิลำเนา).
    "dev27 Pattani fisherman's wife already at home": Persona(
        ("ผัวฉานโดนยึดเรือค่ะ เจ้าหน้าที่ว่าอวนผิดกฎหมาย ตอนนี้ไม่มีรายได้เลย ลูกก็เล็ก อยากขอความช่วยเหลือหน่อยค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ข้าวสารจะหมดแล้วหนิ",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "หนองจิก ปัตตานีค่ะ อยู่บ้านตัวเองนี่แหละ",
         "home_province": "ปัตตานีค่ะ บ้านอยู่หนองจิก เกิดที่นี่",
         "travellers": "ไม่ได้ไปไหนค่ะ อยู่บ้านกัน 4 คน",
         "urgent": "ยังมีบ้านอยู่ค่ะ", "special_needs": "ลูก 3 ขวบค่ะ",
         "travel_alone": "ไม่ได้ไปไหนค่ะ", "needs": "อยากได้ข้าวสารค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "รอฮานี", "phone": "0873349021",
         "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"},
    ),
    # Mother asks only what replaces a lost ID card for her son; the manual: "กรณี
    # ผู้ประสบปัญหาฯ ขาดเอกสารราชการ ให้มีหนังสือรับรองว่ามีสัญชาติไทย และมีถิ่นฐานพื้นที่นั้นจริง".
    "dev27 mother asks what replaces a lost ID card": Persona(
        ("สอบถามค่ะ ถ้าลูกชายทำบัตรประชาชนหาย จะขอค่ารถกลับบ้านได้ไหมคะ ต้องใช้เอกสารอะไรแทนบัตร",),
        {"consent": "ยินยอมค่ะ",
         "idle": "แค่อยากถามก่อนค่ะ เดี๋ยวค่อยว่ากัน ขอบคุณค่ะ",
         "hardship": "ยังไม่ได้ขอตอนนี้ค่ะ แค่ถามไว้ก่อน",
         "id_card": "ลูกทำหายค่ะ", "nationality_letter": "ยังไม่มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "ลูกอยู่ กทม. ค่ะ",
         "home_province": "ยโสธรค่ะ", "travellers": "ลูกคนเดียวค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ลูกไปเองได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "แม่ต่าย", "phone": "0857731902",
         "confirm": "ยังไม่ขอค่ะ แค่ถาม"},
        outcome="answered",
        answered="หนังสือรับรอง",
    ),
}
