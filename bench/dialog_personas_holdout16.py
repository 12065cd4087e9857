"""Dialog personas, set "holdout16" (held-out test set).

Date: 2026-12-06. Written from the seeds only.

Focus: every region of Thailand, both as the place people are stranded and as the home
they want to reach: the North (Chiang Mai, Phitsanulok, Nan, Phrae, Lamphun, Chiang Rai),
Isan (Ubon, Khon Kaen, Buriram, Sisaket, Kalasin, Sakon Nakhon, Chaiyaphum, Maha
Sarakham), the Central plain (Bangkok, Ayutthaya, Samut Prakan, Nakhon Pathom,
Nonthaburi, Suphan Buri, Nakhon Sawan), the East (Rayong, Chanthaburi, Chachoengsao,
Trat), the West (Kanchanaburi, Ratchaburi, Tak/Mae Sot) and the South (Phuket, Krabi,
Ranong, Trang, Surat Thani, Songkhla). People stranded after work (a contractor who ran
off with the wages, durian pickers short-paid, a fishing boat, a resort at season's end,
a factory), a bus (wallet slashed on a city bus, a bus terminal, a coach conductor
asking), a hospital (a cancer patient discharged in Bangkok, a son in hospital in
Phitsanulok), a broken marriage, scams (a job scam across the Mae Sot border, a romance
scam, counterfeit notes for lottery tickets) and release from prison on parole. Some tell
everything at once with no spaces; others send several short messages, answer one thing
at a time, or answer indirectly ("slept on a bench at the terminal", "the monk lets us
sleep in the sala", "home is Songkhla too, Sadao"). Regional words: northern (เจ้า,
ปิ๊กบ้าน, บ่เป็นหยัง, หัน), Isan (บ่, เฮ็ด, บ่อนนอน, แม่น, จักมื้อ), southern (ตางค์,
หลบบ้าน), town and district names for provinces (แม่สอด, แปดริ้ว, พิดโลก, มาบตาพุด, สะพาน
ควาย), Thai digits, emoji, "555" while crying, a Karen man's plain Thai and a deaf man's
Thai Sign Language word order. Elders (a grandmother alone, an elderly couple, a confused
old man, a father with cancer), small children, a pregnant woman, a wheelchair user and a
deaf man; a shop owner writes for the old man she found at her door.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan builder and wife, contractor ran off, thrown out of the Rayong camp tonight -> case, urgent, wants work
    "holdout16 Isan builder couple, Rayong camp, whole story at once": Persona(
        ("สวัสดีครับ ผมชื่อทองดี เป็นคนบุรีรัมย์ มาเฮ็ดงานก่อสร้างอยู่มาบตาพุดกับเมีย "
         "ผู้รับเหมาเชิดเงินหนีไปแล้ว ค้างค่าแรงสองงวด เจ้าของแคมป์ไล่ออกมื้อนี้ "
         "คืนนี้บ่มีบ่อนนอน เงินเหลือร้อยกว่าบาทบ่พอค่ารถกลับบ้าน มีบัตรประชาชนทั้งสองคนครับ",
         "ได้ครับ"),
        {"consent": "ได้ครับ ยอมครับ", "idle": "ช่วยผมแหน่เด้อครับ",
         "hardship": "บ่มีค่ารถกลับบ้าน แล้วก็บ่มีที่นอนครับ",
         "id_card": "มีครับ ทั้งผมทั้งเมีย", "nationality_letter": "มีบัตรอยู่แล้วครับ",
         "current_province": "มาบตาพุด ระยองครับ", "home_province": "บุรีรัมย์ อ.ลำปลายมาศ",
         "travellers": "2 คน ผมกับเมีย", "urgent": "ด่วนครับ คืนนี้บ่ฮู้สิไปนอนไส",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ", "more_care": "บ่มีแล้ว",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้งานทำใกล้บ้าน แล้วก็อยากทวงค่าแรงคืน",
         "name": "ทองดี 089 714 2203", "phone": "0897142203", "national_id": "ข้ามครับ",
         "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "บุรีรัมย์", "travellers": 2,
                "urgent": True, "special": [], "name": "ทองดี", "phone": "0897142203",
                "referrals": ["job_placement"]}),

    # Northern grandmother (74) from Nan, son in hospital, slept at the Phitsanulok terminal -> case, urgent
    "holdout16 Nan grandmother at Phitsanulok terminal, short northern messages": Persona(
        ("สวัสดีเจ้า", "แม่อุ๊ยบ่มีสตางค์ปิ๊กบ้าน", "อยู่ขนส่งพิดโลก"),
        {"consent": ("เจ้า", "ได้เจ้า ยอม"), "idle": "แม่อุ๊ยบ่เข้าใจเจ้า ต้องยะจะใดต่อ",
         "hardship": "ลูกชายนอนโรงพยาบาลพุทธชินราช สตางค์หมดค่ากินค่าอยู่หมดแล้วเจ้า "
                     "ค่ารถปิ๊กน่านบ่มี",
         "id_card": "บัตรประชาชนมีอยู่เจ้า", "nationality_letter": "บ่มีเจ้า มีแต่บัตร",
         "current_province": "พิษณุโลกเจ้า อยู่ขนส่ง", "home_province": "น่าน อำเภอปัว",
         "travellers": "ไปคนเดียวเจ้า ลูกยังนอนโรงบาล",
         "urgent": "เมื่อคืนนอนม้านั่งที่ขนส่งเจ้า คืนนี้ก็คงนอนหั้นแหละ",
         "special_needs": "แม่อุ๊ยอายุ ๗๔ แล้วเจ้า",
         "travel_alone": "ไปได้เจ้า ขึ้นรถแล้วนั่งไปถึงปัวเลย", "more_care": "บ่มีแล้วเจ้า",
         "sensitive_consent": "บ่เป็นหยังเจ้า ถามได้", "needs": "บ่มีเจ้า ขอปิ๊กบ้านอย่างเดียว",
         "name": "แม่อุ๊ยศรีนวลเจ้า", "phone": "เบอร์แม่อุ๊ยเอง ๐๘๖ ๓๒๗ ๕๕๑๘",
         "national_id": "บ่ฮู้เจ้า ตาบ่ค่อยหันตัวหนังสือ", "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "น่าน", "travellers": 1,
                "urgent": True, "special": ["elderly"], "name": "ศรีนวล",
                "phone": "0863275518", "referrals": []},
        one_part=True),

    # Shop owner in Kanchanaburi writes for a confused old cane cutter (67) from Sisaket -> case, urgent, escort
    "holdout16 shop owner writes for confused old man, Kanchanaburi": Persona(
        ("สวัสดีค่ะ พิมพ์แทนลุงคนนึงนะคะ",
         "ลุงมานั่งหน้าร้านหนูตั้งแต่เมื่อวานค่ะ ถามไปถามมาบอกว่ามาตัดอ้อยแถวท่ามะกา "
         "แล้วโดนทิ้ง ไม่มีเงินซักบาท จะกลับบ้านที่ศรีสะเกษ",
         "ลุงมีบัตรประชาชนค่ะ หนูเห็นแล้ว อายุ 67"),
        {"consent": "ได้ค่ะ ลุงก็บอกว่าโอเค", "idle": "ต้องทำยังไงต่อคะ ลุงรออยู่",
         "hardship": "ไม่มีเงินค่ารถกลับค่ะ ข้าวก็หนูให้กิน ไม่มีที่นอนด้วย",
         "id_card": "มีค่ะ บัตรยังไม่หมดอายุ", "nationality_letter": "ลุงมีบัตรค่ะ",
         "current_province": "กาญจนบุรีค่ะ อ.ท่ามะกา",
         "home_province": "ศรีสะเกษค่ะ ลุงบอกกันทรลักษ์", "travellers": "ลุงคนเดียวค่ะ",
         "urgent": "เมื่อคืนลุงนอนศาลาหน้าวัดค่ะ ยุงกัดเต็มตัวเลย",
         "special_needs": "ลุงอายุ 67 ค่ะ แล้วดูงงๆ ถามอะไรตอบไม่ค่อยตรง",
         "travel_alone": "ไม่น่าไหวค่ะ กลัวลุงลงผิดที่ ต้องมีคนพาไป",
         "more_care": "ไม่มีแล้วค่ะ", "sensitive_consent": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ ขอให้ลุงได้กลับบ้านก่อน",
         "name": "ลุงชื่อบุญส่งค่ะ ลุงไม่มีโทรศัพท์ ใช้เบอร์หนูได้ 092-558-1476 หนูชื่อแอน",
         "phone": "0925581476 ค่ะ เบอร์หนูแอนนะคะ",
         "national_id": "เดี๋ยวถ่ายรูปบัตรส่งให้ได้ไหมคะ ตอนนี้ข้ามไปก่อน",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"], "name": "บุญส่ง",
                "phone": "0925581476", "referrals": ["travel_escort"]}),

    # Pregnant woman (6 months) with a 4-year-old, husband threw them out in Phuket -> case, urgent
    "holdout16 pregnant mother thrown out, Phuket terminal, emoji bursts": Persona(
        ("ช่วยด้วยค่ะ😭", "ผัวมีเมียใหม่ ไล่หนูกับลูกออกจากห้อง", "ตอนนี้นั่งอยู่ บขส ภูเก็ต",
         "ท้อง6เดือนค่ะ ไม่มีตังกลับบ้านเลย🙏"),
        {"consent": "ค่ะ ยอมค่ะ", "idle": "หนูต้องทำยังไงคะ🙏",
         "hardship": "ไม่มีตังค่ารถกลับบ้าน ไม่มีที่นอนด้วยค่ะ ลูกยังไม่ได้กินข้าวเย็น",
         "id_card": "มีค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ภูเก็ตค่ะ", "home_province": "กาฬสินธุ์ค่ะ บ้านแม่อยู่ยางตลาด",
         "travellers": "2 คนค่ะ หนูกับลูกชาย", "urgent": "ด่วนค่ะ คืนนี้ไม่รู้จะนอนไหน😢",
         "special_needs": "หนูท้อง 6 เดือน ลูกคนโต 4 ขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีแล้วค่ะ", "sensitive_consent": "ไม่ดีกว่าค่ะ",
         "needs": "ไม่ขอตอบ", "name": "เมย์ค่ะ 063-821-4907", "phone": "0638214907",
         "national_id": "ข้ามค่ะ", "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "กาฬสินธุ์", "travellers": 2,
                "urgent": True, "special": ["pregnant", "child"], "name": "เมย์",
                "phone": "0638214907", "referrals": []}),

    # Parolee released this morning from Khao Bin (Ratchaburi), card expired inside -> case, urgent, ID/job/probation
    "holdout16 parolee out of Khao Bin, terse, expired card": Persona(
        ("ผมเพิ่งออกจากเขาบินเมื่อเช้าครับ", "พักโทษ"),
        {"consent": ("ครับ", "ยินยอมครับ"), "idle": "ต้องทำไงต่อครับ",
         "hardship": "เงินที่ติดตัวออกมาไม่พอค่ารถไปชัยภูมิ ยังไม่ได้กินไรเลย",
         "id_card": "บัตรหมดอายุตอนอยู่ข้างในครับ",
         "nationality_letter": "มีใบปล่อยตัวจากเรือนจำครับ นอกนั้นไม่มี",
         "current_province": "ราชบุรีครับ แถวหน้าเรือนจำ", "home_province": "ชัยภูมิ ภูเขียว",
         "travellers": "คนเดียว", "urgent": "ยังไม่มีที่นอนครับ", "special_needs": "ไม่มี",
         "travel_alone": "ไปเองได้", "more_care": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "needs": "ต้องไปรายงานตัวคุมประพฤติที่ชัยภูมิภายในเจ็ดวัน ทำบัตรใหม่ "
                  "แล้วก็อยากหางานทำครับ ไม่อยากกลับเข้าไปอีก",
         "name": "ต้อมครับ เบอร์นี้ของพี่ร้านข้าวแกงหน้าคุก 0954402318",
         "phone": "0954402318", "national_id": "จำไม่ได้ครับ", "confirm": "ครับ ถูก"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "special": [], "name": "ต้อม", "phone": "0954402318",
                "referrals": ["id_card", "job_placement", "probation_support"]}),

    # Young woman escaped a job scam over the border, now in Mae Sot, card seized -> case, urgent, new ID
    "holdout16 job-scam escapee in Mae Sot, no card, one thing per message": Persona(
        ("พี่คะ", "หนูโดนหลอกไปทำงานฝั่งพม่า หนีออกมาได้แล้ว", "ตอนนี้อยู่แม่สอด"),
        {"consent": "ได้ค่ะ", "idle": "หนูกลัวมากเลยค่ะ ช่วยหนูด้วย",
         "hardship": "ไม่มีเงินเลยค่ะ โทรศัพท์ก็โดนยึด อันนี้ยืมป้าแม่ค้า",
         "id_card": "โดนพวกมันยึดไปค่ะ ทั้งบัตรทั้งพาสปอร์ต",
         "nationality_letter": "ตอนนี้ไม่มีค่ะ แต่ผู้ใหญ่บ้านที่พานรู้จักแม่หนู ให้ออกให้ได้",
         "current_province": ("แม่สอดค่ะ", "ตากค่ะ"), "home_province": "เชียงรายค่ะ อ.พาน",
         "travellers": "หนูคนเดียวค่ะ เพื่อนยังอยู่ข้างในนั้น😢",
         "urgent": "ด่วนค่ะ กลัวพวกมันตามมา ไม่มีที่นอน", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "needs": "อยากทำบัตรใหม่ค่ะ", "name": "ฟ้าค่ะ",
         "phone": ("ไม่มีค่ะ โทรศัพท์โดนยึด", "ใช้เบอร์ป้าแม่ค้าได้ค่ะ 081-704-3365"),
         "national_id": "จำไม่ได้ค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ตาก", "home": "เชียงราย", "travellers": 1,
                "urgent": True, "special": [], "name": "ฟ้า", "phone": "0817043365",
                "referrals": ["id_card"]},
        one_part=True),

    # Wheelchair lottery seller paid in fake notes in Bangkok, sleeps under a bridge -> case, urgent, disability allowance
    "holdout16 wheelchair lottery seller, Bangkok, no spaces": Persona(
        ("สวัสดีครับผมนั่งวีลแชร์ขายลอตเตอรี่อยู่แถวสะพานควายโดนคนมาหลอกเอาลอตเตอรี่ไปหมดทั้งเล่ม"
         "จ่ายแบงค์ปลอมมาตอนนี้ทุนหมดเกลี้ยงอยากกลับบ้านที่มหาสารคามแต่ไม่มีค่ารถ",),
        {"consent": "ยินยอมครับ", "idle": "ครับ รออยู่ครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ข้าวก็ต้องประหยัด",
         "id_card": "มีครับ บัตรประชาชนมี แต่บัตรคนพิการยังไม่ได้ทำ",
         "nationality_letter": "มีบัตรประชาชนครับ",
         "current_province": "กรุงเทพครับ สะพานควาย", "home_province": "สารคามครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ห้องเช่าหมดสัญญาแล้วครับ คืนนี้ก็นอนใต้สะพานไปก่อน",
         "special_needs": "ผมขาไม่ดีครับ นั่งวีลแชร์",
         "travel_alone": "ไปเองได้ครับ ชินแล้ว คนขับรถทัวร์เขาช่วยยกให้ประจำ",
         "more_care": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "needs": "อยากทำบัตรคนพิการ จะได้เบี้ยคนพิการครับ",
         "name": "วิชัย 086-119-7342", "phone": "0861197342",
         "national_id": "3-4401-00315-82-9", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "มหาสารคาม",
                "travellers": 1, "urgent": True, "special": ["disabled"], "name": "วิชัย",
                "phone": "0861197342", "referrals": ["disability_allowance"]}),

    # Southern son with father (68, cancer) discharged tomorrow from a Bangkok hospital -> case, urgent, medical care
    "holdout16 son and father with cancer, Bangkok hospital to Trang": Persona(
        ("สวัสดีครับ",
         "พาพ่อมารักษามะเร็งที่รามาครับ ตางค์หมดแล้ว หมอให้ออกพรุ่งนี้ ไม่มีตางค์หลบบ้านที่ตรัง"),
        {"consent": "ได้ครับ", "idle": "ครับผม",
         "hardship": "ไม่มีตางค์ค่ารถหลบบ้านครับ ค่าข้าวก็ใกล้หมดแล้ว",
         "id_card": "มีครับ ทั้งผมทั้งพ่อ", "nationality_letter": "มีบัตรครับ",
         "current_province": "กทม ครับ อยู่โรงบาลรามา", "home_province": "ตรังครับ อ.ห้วยยอด",
         "travellers": "สองคน ผมกับพ่อ",
         "urgent": "ด่วนครับ พรุ่งนี้ออกจากโรงบาลแล้วไม่มีที่ไป พ่อก็ยังป่วยอยู่",
         "special_needs": "พ่ออายุ 68 ป่วยเป็นมะเร็ง นั่งนานๆไม่ค่อยไหวครับ",
         "travel_alone": "ไปกันเองได้ครับ ผมดูพ่อเอง", "more_care": "ไม่มีแล้วครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากให้ช่วยเรื่องรักษาพ่อต่อที่ตรังครับ ยาเคมีต้องให้ต่อ",
         "name": "หนึ่งครับ 081 772 3045", "phone": "0817723045", "national_id": "ข้ามครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ตรัง", "travellers": 2,
                "urgent": True, "special": ["elderly", "sick"], "name": "หนึ่ง",
                "phone": "0817723045", "referrals": ["medical_services"]}),

    # Factory worker's wallet and ID slashed on a bus in Ayutthaya, going to a funeral in Surat -> case, not urgent, new ID
    "holdout16 wallet slashed on the bus, Ayutthaya to Surat, friend's room": Persona(
        ("สวัสดีค่ะ ขอถามหน่อยค่ะ",
         "เลิกงานจะขึ้นรถกลับบ้านไปงานศพยาย กระเป๋าตังโดนกรีดบนรถเมล์ เงินบัตรหายหมดเลย",
         "ตอนนี้ไม่มีเงินซื้อตั๋วรถทัวร์กลับสุราษฎร์ค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "แล้วต้องทำไงต่อคะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "บัตรหายไปกับกระเป๋าค่ะ แจ้งความไว้แล้ว",
         "nationality_letter": "ไม่มีค่ะ มีแต่ใบแจ้งความ กับรูปบัตรในมือถือ",
         "current_province": "อยุธยาค่ะ แถวโรจนะ", "home_province": "สุราษฎร์ค่ะ พุนพิน",
         "travellers": "คนเดียวค่ะ",
         "urgent": "คืนนี้นอนหอเพื่อนได้ค่ะ แต่งานศพยายสวดวันสุดท้ายวันเสาร์",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "needs": "อยากทำบัตรประชาชนใหม่ค่ะ",
         "name": "ปลา 093-441-2876", "phone": "0934412876",
         "national_id": "1849900173644 ค่ะ ดูจากรูปในมือถือ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "สุราษฎร์ธานี",
                "travellers": 1, "urgent": False, "special": [], "name": "ปลา",
                "phone": "0934412876", "referrals": ["id_card"]}),

    # Five durian pickers short-paid in Chanthaburi, mother 63 and a 3-year-old -> case, not urgent yet
    "holdout16 durian pickers, five of them, Chanthaburi to Sakon": Persona(
        ("สวัสดีค่ะ มาเก็บทุเรียนที่จันท์กันห้าคนค่ะ มีหนู ผัว แม่หนูอายุ63 ลูกสาว3ขวบ "
         "แล้วก็น้องชาย หมดฤดูแล้วเถ้าแก่จ่ายเงินไม่ครบ อ้างว่าทุเรียนราคาตก "
         "เงินที่มีบ่พอค่ารถกลับสกลเลยค่ะ บัตรประชาชนมีครบทุกคนยกเว้นลูก",
         "ยังพักที่เพิงในสวนได้อยู่ แต่เถ้าแก่ให้ออกภายในวันเสาร์"),
        {"consent": "ได้ค่ะ", "idle": "ค่ะ รออยู่เด้อค่ะ",
         "hardship": "บ่มีค่ารถกลับบ้านค่ะ ข้าวสารก็ใกล้หมด",
         "id_card": "มีค่ะ ผู้ใหญ่มีครบ ลูกยังบ่ได้ทำ",
         "nationality_letter": "ผู้ใหญ่มีบัตรหมดค่ะ",
         "current_province": "จันทบุรีค่ะ อ.มะขาม", "home_province": "สกลนครค่ะ อ.สว่างแดนดิน",
         "travellers": "5 คนค่ะ", "urgent": "ยังบ่ด่วนค่ะ มีที่นอนถึงวันเสาร์",
         "special_needs": "แม่อายุ 63 กับลูกสาว 3 ขวบค่ะ",
         "travel_alone": "ไปด้วยกันหมดค่ะ ดูแลกันเองได้", "more_care": "บ่มีแล้วค่ะ",
         "sensitive_consent": "ได้ค่ะ", "needs": "บ่มีค่ะ อยากกลับบ้านเฉยๆ",
         "name": "สมพร 062-091-8457", "phone": "0620918457", "national_id": "ข้ามค่ะ",
         "confirm": "แม่นแล้วค่ะ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "สกลนคร", "travellers": 5,
                "urgent": False, "special": ["elderly", "child"], "name": "สมพร",
                "phone": "0620918457", "referrals": []}),

    # Northern man after a divorce and a factory closure in Samut Prakan, sleeping at a friend's -> case, not urgent, stress and work
    "holdout16 divorced factory worker, Samut Prakan to Phrae": Persona(
        ("สอบถามครับ",
         "เลิกกับเมียแล้ว บ้านเช่าเมียเอาไป ของก็ขายหมด อยากปิ๊กบ้านแพร่"),
        {"consent": "ยอมครับ", "idle": "แล้วจะได้เมื่อไหร่ครับ",
         "hardship": "ตกงานด้วยครับ โรงงานปิด เงินบ่มีเหลือแล้ว ค่ารถก็บ่มี",
         "id_card": "มีครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "บางพลี สมุทรปราการครับ", "home_province": "แพร่ครับ",
         "travellers": "คนเดียวครับ ลูกอยู่กับแม่มัน",
         "urgent": "นอนห้องเพื่อนได้อีกสองสามคืนครับ ไม่ด่วนมาก",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้", "more_care": "ไม่มี",
         "sensitive_consent": "ได้ครับ",
         "needs": "ช่วงนี้เครียดมากครับ นอนบ่หลับมาเป็นเดือน อยากคุยกับหมอ "
                  "แล้วก็อยากได้งานที่แพร่",
         "name": "เรียกเสกก็ได้ครับ 0849927613", "phone": "0849927613",
         "national_id": "ข้าม", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "แพร่", "travellers": 1,
                "urgent": False, "special": [], "name": "เสก", "phone": "0849927613",
                "referrals": ["mental_health_care", "job_placement"]}),

    # Fisherman off an unpaid boat in Ranong, sleeping at the pier, ARVs running out -> case, urgent, HIV aid
    "holdout16 fisherman at Ranong pier, HIV meds, short replies": Persona(
        ("สวัสดีครับ",),
        {"consent": "ครับ ได้",
         "idle": ("ขอความช่วยเหลือครับ ผมลงจากเรือประมงมา ไต๋ไม่จ่ายตังค์", "ครับ"),
         "hardship": "ไม่มีตังค์กลับบ้านครับ นอนท่าเรือมาสามคืนแล้ว",
         "id_card": "มีครับ แต่เปียกน้ำ ลอกๆ ยังอ่านออก", "nationality_letter": "มีบัตรครับ",
         "current_province": "ระนองครับ ปากน้ำ", "home_province": "สุพรรณครับ",
         "travellers": "คนเดียว", "urgent": "ด่วนครับ นอนท่าเรือ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ", "more_care": "ไม่มี",
         "sensitive_consent": "ได้ครับ",
         "needs": "ผมกินยาต้านอยู่ครับ ยาเหลืออีกไม่กี่เม็ด สิทธิ์อยู่โรงบาลที่บ้าน",
         "name": "เล็กครับ", "phone": "๐๘๗ ๖๕๐ ๓๑๒๙", "national_id": "ข้าม",
         "confirm": "ครับ"},
        expect={"eligible": True, "current": "ระนอง", "home": "สุพรรณบุรี", "travellers": 1,
                "urgent": True, "special": [], "name": "เล็ก", "phone": "0876503129",
                "referrals": ["hiv_aid"]},
        one_part=True),

    # Elderly couple (78, 71) left behind in Chiang Mai by their daughter, staying at a temple -> case, not urgent, old-age allowance
    "holdout16 elderly couple at a Chiang Mai temple, grandma types, Thai digits": Persona(
        ("สวัสดีค่ะ ยายพิมพ์ช้านะคะ",
         "ยายกับตามาอยู่กับลูกสาวที่เชียงใหม่ ลูกสาวไปทำงานเกาหลีแล้วไม่ส่งเงินมาเลย "
         "ห้องเช่าก็หมดสัญญา",
         "ตอนนี้หลวงพี่ให้พักที่ศาลาวัดค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ยายไม่ค่อยเข้าใจค่ะ ยายต้องทำอะไร",
         "hardship": "ไม่มีเงินค่ะ ลูกไม่ได้ส่งมาเลย ค่ารถกลับนครสวรรค์ก็ไม่มี",
         "id_card": "มีทั้งสองคนค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "เชียงใหม่ค่ะ วัดอยู่สันทราย",
         "home_province": "นครสวรรค์ค่ะ อ.ท่าตะโก บ้านเดิมยังอยู่ หลานอยู่ที่นั่น",
         "travellers": "๒ คนค่ะ ยายกับตา", "urgent": "ไม่ด่วนค่ะ นอนวัดได้ หลวงพี่ใจดี",
         "special_needs": "ตาอายุ ๗๘ ยาย ๗๑ ค่ะ ตาหูตึง",
         "travel_alone": "ไปกันสองคนได้ค่ะ ยายดูตาเอง", "more_care": "ไม่มีแล้วค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "เบี้ยคนแก่ของตากับยายไม่ได้มาหลายเดือนแล้วค่ะ ไม่รู้ต้องไปทำยังไง",
         "name": "ยายมาลัยค่ะ เบอร์ ๐๘๙-๖๑๗-๒๒๔๐", "phone": "๐๘๙๖๑๗๒๒๔๐",
         "national_id": "ยายจำไม่ได้ค่ะ", "confirm": "ถูกแล้วค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "นครสวรรค์", "travellers": 2,
                "urgent": False, "special": ["elderly"], "name": "มาลัย",
                "phone": "0896172240", "referrals": ["elderly_allowance"]}),

    # Romance-scam victim at the Khon Kaen terminal, home "แปดริ้ว" -> case, urgent
    "holdout16 romance scam at Khon Kaen terminal, home Paet Riw": Persona(
        ("ฮือออ", "ช่วยหน่อยค่ะ",
         "มาหาแฟนที่ขอนแก่น คุยกันในเฟสมาครึ่งปี มาถึงเจอเมียเค้า555 ร้องไห้ไม่หยุด",
         "เค้ายืมเงินไปหมดแล้วด้วย"),
        {"consent": "ยอมค่ะ", "idle": "ทำไงดีคะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ เหลือ 40 บาท", "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ", "current_province": "ขอนแก่นค่ะ อยู่ บขส.3",
         "home_province": ("แปดริ้วค่ะ", "ฉะเชิงเทราค่ะ"), "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่มีที่นอนค่ะ จะนอนในขนส่งนี่แหละ กลัวเหมือนกัน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ไม่ค่ะ", "needs": "ไม่ขอตอบ", "name": "จอยค่ะ",
         "phone": "097-188-2534", "national_id": "ข้าม", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "ฉะเชิงเทรา", "travellers": 1,
                "urgent": True, "special": [], "name": "จอย", "phone": "0971882534",
                "referrals": []},
        one_part=True),

    # Karen hawker from Thong Pha Phum left behind by his boss in Ubon, temple lets him sleep -> case, not urgent, work
    "holdout16 Karen blanket hawker abandoned in Ubon, plain Thai": Persona(
        ("สวัสดีคับ ผมมาขายผ้าห่มกับเถ้าแก่ เถ้าแก่ทิ้งผมที่อุบล ไม่มีเงินกลับบ้าน",),
        {"consent": "ได้คับ", "idle": "ผมไม่เข้าใจคับ",
         "hardship": "ไม่มีเงินกลับคับ ข้าวก็ไม่มี", "id_card": "มีคับ บัตรคนไทย",
         "nationality_letter": "มีบัตรคนไทยคับ", "current_province": "อุบลคับ",
         "home_province": "กาญจนบุรีคับ ทองผาภูมิ บ้านอยู่บนดอย", "travellers": "คนเดียวคับ",
         "urgent": "นอนวัดได้คับ พระให้นอน", "special_needs": "ไม่มีคับ",
         "travel_alone": "ไปได้คับ", "more_care": "ไม่มีคับ", "sensitive_consent": "ได้คับ",
         "needs": "อยากได้งานทำคับ", "name": "ผมชื่อ จอนิ คับ เบอร์ 0659031746",
         "phone": "0659031746", "national_id": "ข้ามคับ", "confirm": "ถูกคับ"},
        expect={"eligible": True, "current": "อุบลราชธานี", "home": "กาญจนบุรี",
                "travellers": 1, "urgent": False, "special": [], "name": "จอนิ",
                "phone": "0659031746", "referrals": ["job_placement"]}),

    # Deaf factory worker fired in Nakhon Pathom, writes in sign-language order, texts only -> case, urgent, work
    "holdout16 deaf worker, Nakhon Pathom to Trat, sign-language word order": Persona(
        ("สวัสดี ผม หูหนวก พูดไม่ได้ พิมพ์ได้",
         "ทำงาน โรงงาน นครปฐม หัวหน้า ไล่ออก เงิน ไม่ให้",
         "กลับบ้าน ตราด อยาก เงิน ไม่มี"),
        {"consent": "ยินยอม ครับ", "idle": "ผม ไม่ เข้าใจ ช้าๆ ครับ",
         "hardship": "เงิน ไม่มี กลับบ้าน ไม่ได้ ข้าว กิน น้อย",
         "id_card": "บัตร มี ครับ บัตรคนพิการ ก็ มี", "nationality_letter": "บัตร มี",
         "current_province": "นครปฐม ครับ", "home_province": "ตราด", "travellers": "คนเดียว",
         "urgent": "ห้อง ไม่มี แล้ว หัวหน้า ไล่ คืนนี้ นอน ไม่มีที่",
         "special_needs": "ผม หูหนวก", "travel_alone": "ไป เอง ได้ ขึ้นรถ เป็น",
         "more_care": "ไม่มี", "sensitive_consent": "ได้", "needs": "งาน อยาก ได้ ที่ ตราด",
         "name": "บอย ครับ", "phone": "082-339-0671 โทร ไม่ได้ ส่ง ข้อความ ได้",
         "national_id": "ข้าม", "confirm": "ถูก ครับ"},
        expect={"eligible": True, "current": "นครปฐม", "home": "ตราด", "travellers": 1,
                "urgent": True, "special": ["disabled"], "name": "บอย",
                "phone": "0823390671", "referrals": ["job_placement"]},
        one_part=True),

    # Lamphun man laid off by a Krabi resort at season's end, high fever, room gone tomorrow -> case, urgent, sick
    "holdout16 feverish resort worker in Krabi, typos, to Lamphun": Persona(
        ("หวัดดีคับ",
         "โดนรีสอร์ทที่อ่าวนางเลิกจ้างหมดซีซั่นเงินเดือนเดือนสุดท้ายยังไม่ได้ ตอนนี้เป็นไข้สูง"
         "มาสองวันแล้วนอนห้องเพื่อนที่กระบี่แต่เพื่อนจะย้ายออกพรุ่งนี้ อยากกลับลำพูนบ่มีตังค่ะรถ "
         "มีบัตรปชชคับ"),
        {"consent": "โอเคคับ", "idle": "ต้องยะจะใดต่อคับ", "hardship": "บ่มีตังค่ารถคับ",
         "id_card": "มีคับ", "nationality_letter": "มีบัตรคับ",
         "current_province": "กระบี่ อ่าวนางคับ", "home_province": "ลำพูนคับ",
         "travellers": "คนเดียวคับ",
         "urgent": "ด่วนคับ ไข้ขึ้นตลอด พรุ่งนี้ก็ไม่มีห้องแล้ว",
         "special_needs": "ผมป่วยอยู่คับ ไข้สูง สงสัยไข้เลือดออก",
         "travel_alone": "ไปเองได้คับ ถ้าไข้ลด", "more_care": "บ่มีคับ",
         "sensitive_consent": "ได้คับ",
         "needs": "อยากไปหาหมอก่อนคับ บัตรทองอยู่ลำพูน",
         "name": "ก้อง 0614428390", "phone": "0614428390", "national_id": "ข้าม",
         "confirm": "ถูกคับ"},
        expect={"eligible": True, "current": "กระบี่", "home": "ลำพูน", "travellers": 1,
                "urgent": True, "special": ["sick"], "name": "ก้อง", "phone": "0614428390",
                "referrals": ["medical_services"]}),

    # -- refused -----------------------------------------------------------------------
    # Lao housemaid in Nonthaburi, unpaid, only a pink migrant card, home Savannakhet -> refused (nationality)
    "holdout16 Lao housemaid with a pink card, Nonthaburi": Persona(
        ("สะบายดีเจ้า",
         "ข้อยมาเฮ็ดแม่บ้านอยู่นนท์ นายจ้างบ่จ่ายเงินเดือนสามเดือน ไล่ออก บ่มีค่ารถกลับบ้าน"),
        {"consent": "ได้เจ้า", "idle": "ช่วยข้อยแหน่เด้อ",
         "hardship": "บ่มีเงินค่ารถกลับบ้านเจ้า บ่มีบ่อนนอนนำ",
         "id_card": "บ่มีบัตรไทยเจ้า มีแต่บัตรชมพู ข้อยเป็นคนลาว",
         "nationality_letter": "บ่มีเจ้า", "current_province": "นนทบุรีเจ้า",
         "home_province": "บ้านอยู่สะหวันนะเขตเจ้า", "travellers": "ผู้เดียวเจ้า",
         "urgent": "ด่วนเจ้า", "special_needs": "บ่มีเจ้า", "travel_alone": "ไปเองได้",
         "more_care": "บ่มี", "sensitive_consent": "บ่เจ้า", "needs": "ไม่ขอตอบ",
         "name": "ต่าย 095-331-8842", "phone": "0953318842", "national_id": "บ่มีเจ้า",
         "confirm": "แม่นแล้วเจ้า"},
        outcome="refused", expect={"eligible": False, "reason": "สัญชาติ"}),

    # Jobless man in Hat Yai wants fare home to Sadao, which is Songkhla too -> refused (home province)
    "holdout16 Hat Yai to Sadao, same province": Persona(
        ("สวัสดีครับ ตกงานครับ ตอนนี้อยู่หาดใหญ่ ไม่มีตางค์หลบบ้านที่สะเดา",),
        {"consent": "ได้ครับ", "idle": "ครับ", "hardship": "ตกงานไม่มีตางค์ครับ",
         "id_card": "มีครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "หาดใหญ่ครับ",
         "home_province": "สะเดาครับ บ้านก็อยู่สงขลานี่แหละ", "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนครับ นอนบ้านน้าได้", "special_needs": "ไม่มี",
         "travel_alone": "ไปเองได้", "more_care": "ไม่มี", "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้งาน", "name": "ฟาริด 0887615520", "phone": "0887615520",
         "national_id": "ข้าม", "confirm": "ถูกครับ"},
        outcome="refused", expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # Office worker in Chiang Mai with a salary wants a free ride home for Songkran -> refused (no hardship)
    "holdout16 salaried worker wants a free Songkran ride": Persona(
        ("สวัสดีเจ้า อยากขอค่ารถกลับบ้านช่วงสงกรานต์ค่ะ ขอได้ไหมคะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ก็ไม่ได้เดือดร้อนขนาดนั้นค่ะ มีงานทำ มีเงินเดือน แค่อยากประหยัด😅",
         "id_card": "มีค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "เชียงใหม่ค่ะ", "home_province": "ลำปางค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ มีคอนโดอยู่",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ไม่ค่ะ", "needs": "ไม่ขอตอบ", "name": "มิ้นท์ 0812296604",
         "phone": "0812296604", "national_id": "ข้าม", "confirm": "ใช่ค่ะ"},
        outcome="refused", expect={"eligible": False, "reason": "เดือดร้อน"}),

    # -- answered ----------------------------------------------------------------------
    # Sister in Ratchaburi asks what the disability allowance pays -> answered (800 a month)
    "holdout16 asks disability allowance for her brother, Ratchaburi": Persona(
        ("สอบถามค่ะ",
         "น้องชายขาขาดจากรถล้มเมื่อปีที่แล้ว อยู่ราชบุรี เบี้ยคนพิการได้เดือนละเท่าไหร่คะ "
         "แล้วต้องทำอะไรก่อน"),
        {"consent": "ยินยอมค่ะ", "idle": "แค่อยากรู้เรื่องเบี้ยคนพิการค่ะ ไม่ได้จะขอค่ารถ",
         "hardship": "ไม่ได้จะขอค่ารถค่ะ ถามเรื่องเบี้ยคนพิการเฉยๆ"},
        outcome="answered", answered="800"),

    # Coach conductor on the Hat Yai-Bangkok line asks what number to give stranded passengers at night -> answered (1300)
    "holdout16 coach conductor asks the night number": Persona(
        ("ผมเป็นกระเป๋ารถทัวร์สายหาดใหญ่-กรุงเทพครับ บางทีเจอผู้โดยสารตกค้างที่ขนส่งตอนดึกๆ "
         "ไม่มีตังค์กลับบ้าน ต้องแนะนำให้เขาโทรเบอร์ไหนครับ ตอนกลางคืนมีคนรับไหม",),
        {"consent": "ได้ครับ", "idle": "ถามไว้แนะนำผู้โดยสารครับ ผมไม่ได้เดือดร้อนเอง",
         "hardship": "ผมไม่ได้เดือดร้อนครับ ถามแทนผู้โดยสาร"},
        outcome="answered", answered="1300"),

    # Isan elder asks how fast an urgent case gets the fare -> answered (within 24 hours)
    "holdout16 Isan elder asks how many days if urgent": Persona(
        ("สวัสดีครับ สอบถามเฉยๆเด้อ",
         "ถ้าคนตกค้างบ่มีค่ารถกลับบ้าน กรณีด่วนแท้ๆ จักมื้อจั่งสิได้รับความช่วยเหลือครับ"),
        {"consent": "ได้ครับ", "idle": "ถามไว้เฉยๆครับ บ่ได้เดือดร้อน",
         "hardship": "บ่ได้เดือดร้อนครับ ถามเฉยๆ"},
        outcome="answered", answered="24"),
}
