"""Persona set dev32 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: how people give their name (nicknames, kin words and titles such as พี่ น้า ลุง
ยาย บัง, name with surname, English, Malay and hill-tribe names, a name inside a long
story, a name refused then given, a name given for someone else by a helper or a monk);
urgency said indirectly (bus station, temple, petrol station or beach tonight, a landlord
who throws them out today or at the end of the month, a room paid until Friday, a friend
letting them stay, feeling unsafe, sick now); care needs (pregnant, a baby, a wheelchair,
insulin, a forgetful old mother, a deaf man, a grandmother who cannot travel alone) and
people with none who still use health words in passing; other needs that lead to
referrals (job, training, massage training, new ID card, an unpaid employer, elderly and
disability allowances, HIV medicine, mental health).
Counts: 22 personas; 17 eligible (case), 3 refused, 2 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import HEALTH, Persona

PERSONAS: dict[str, Persona] = {
    # Pregnant Isan woman whose nickname sits inside a long first message; "tonight at the
    # bus station" = no shelter, urgent ("กรณีเร่งด่วนจะดำเนินงานภายใน ๒๔ ชั่วโมง").
    "dev32 pregnant nickname in long story at mo chit": Persona(
        ("สวัสดีค่ะ",
         "หนูชื่อเล่นว่าแป้งนะคะ ตอนนี้ท้องได้7เดือนแล้ว แฟนทิ้งไปตั้งแต่เดือนก่อน เงินหมดเลย "
         "ตอนนี้นั่งอยู่หมอชิต อยากกลับไปอยู่กับแม่ที่ร้อยเอ็ด ไม่มีค่ารถเลยค่ะ 😢"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ เงินเหลือ40บาท",
         "id_card": "มีบัตรประชาชนค่ะ",
         "current_province": "อยู่หมอชิตค่ะ กทม",
         "home_province": "ร้อยเอ็ดค่ะ อ.เสลภูมิ",
         "travellers": "หนูคนเดียวค่ะ",
         "urgent": "คืนนี้คงต้องนอนที่ขนส่งนี่แหละค่ะ ไม่รู้จะไปไหน",
         "special_needs": "หนูท้อง7เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ ขึ้นรถทัวร์ได้",
         "name": "แป้งค่ะ",
         "phone": "0953318274"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": ["pregnant"], "name": "แป้ง",
                "phone": "0953318274"}),

    # Construction worker, title + surname, employer owes two months' pay: legal advice at a
    # justice centre ("แนะนำทางกฎหมาย"); room until the end of the month = has shelter, not urgent.
    "dev32 unpaid worker nai with surname one part": Persona(
        ("สวัสดีครับ ผมนายสมศักดิ์ บุญมา เป็นกรรมกรก่อสร้างอยู่ชลบุรีครับ "
         "นายจ้างไม่จ่ายค่าแรงมา2เดือน ตอนนี้ไม่มีเงินกลับบ้าน",),
        {"hardship": "ไม่มีเงินเลยครับ ค่ารถกลับบ้านก็ไม่มี",
         "id_card": "มีครับ",
         "current_province": "ชลบุรีครับ แถวบ่อวิน",
         "home_province": "ศรีสะเกษครับ",
         "travellers": "ผมคนเดียว",
         "urgent": "ยังพอมีที่นอนครับ เจ้าของห้องให้อยู่ถึงสิ้นเดือน แล้วต้องออก",
         "special_needs": "ไม่มีครับ ผมแข็งแรงดี ไม่ได้ป่วยอะไร",
         "needs": "อยากให้ช่วยเรื่องกฎหมายครับ นายจ้างค้างค่าแรงผม 2 เดือน จะไปร้องที่ไหนได้บ้าง",
         "name": "นายสมศักดิ์ บุญมา",
         "phone": "081-447-2093"},
        one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["justice_centre"],
                "no_referrals": list(HEALTH), "name": "สมศักดิ์", "phone": "0814472093"}),

    # A drink seller writes for a forgetful grandmother at Hua Lamphong: name given for
    # someone else; elderly who cannot travel alone ("อายุ สติปัญญา ... เจ้าหน้าที่ร่วมเดินทาง").
    "dev32 vendor writes for forgetful yai at station": Persona(
        ("สวัสดีค่ะ หนูขายน้ำอยู่หน้าหัวลำโพง มียายคนนึงนั่งอยู่ตั้งแต่เมื่อวาน ยายหลงๆลืมๆ "
         "บอกว่าอยากกลับบ้านที่สุพรรณ ไม่มีเงินเลยค่ะ ช่วยยายได้ไหมคะ",),
        {"consent": "ยายบอกว่ายินยอมค่ะ หนูอ่านให้ยายฟังแล้ว",
         "hardship": "ยายไม่มีเงิน ไม่มีที่นอน ลูกหลานไม่รู้อยู่ไหนค่ะ",
         "id_card": "ในกระเป๋ายายมีบัตรประชาชนค่ะ ยังไม่หมดอายุ",
         "current_province": "กรุงเทพค่ะ หัวลำโพง",
         "home_province": "สุพรรณบุรีค่ะ ยายบอกว่าอยู่อู่ทอง",
         "travellers": "ยายคนเดียวค่ะ หนูไปด้วยไม่ได้ต้องขายของ",
         "urgent": "ด่วนค่ะ ยายนอนม้านั่งที่สถานีมาคืนนึงแล้ว คืนนี้ก็ไม่มีที่นอน",
         "special_needs": "ยายอายุ80กว่าแล้วค่ะ ขี้หลงขี้ลืม ถามอะไรก็ตอบไม่ค่อยตรง",
         "travel_alone": "ยายไปเองไม่ได้หรอกค่ะ เดี๋ยวหลง ต้องมีคนพาไป",
         "needs": "ไม่รู้ว่ายายได้เบี้ยคนแก่รึยัง ถ้ายังไม่ได้ช่วยยายด้วยนะคะ",
         "name": "ยายบอกว่าชื่อทองใบค่ะ นามสกุลยายจำไม่ได้",
         "phone": "หนูให้เบอร์หนูนะคะ 0868840157"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุพรรณบุรี",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "elderly"],
                "referrals": ["elderly_allowance"], "name": "ทองใบ", "phone": "0868840157"}),

    # Malay Muslim mother (calls herself ก๊ะ) with an 8-month baby; room paid until Friday =
    # shelter now, not urgent; "ไม่ได้ป่วยนะคะ แข็งแรงดี" is no health need.
    "dev32 malay mother with baby room paid to friday": Persona(
        ("อัสลามูอาลัยกุมค่ะ",
         "ก๊ะอยู่หาดใหญ่กับลูกเล็ก 8 เดือน สามีหนีไปแล้ว ไม่มีเงินกลับบ้านที่นราค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงินค่ะ งานก็ไม่มี ค่ารถกลับนราก็ไม่พอ",
         "id_card": "มีค่ะ",
         "current_province": "หาดใหญ่ สงขลาค่ะ",
         "home_province": "นราธิวาสค่ะ อ.รือเสาะ",
         "travellers": "2 คนค่ะ ก๊ะกับลูก",
         "urgent": "ห้องจ่ายถึงวันศุกร์ค่ะ หลังจากนั้นก็ไม่รู้",
         "special_needs": "ลูกเล็กค่ะ 8 เดือน ยังกินนมอยู่ ไม่ได้ป่วยนะคะ แข็งแรงดี",
         "travel_alone": "ไปเองได้ค่ะ อุ้มลูกไป",
         "name": "นูรีซัน ยูโซะ ค่ะ",
         "phone": "๐๘๙๗๗๒๑๔๖๓"},
        expect={"eligible": True, "current": "สงขลา", "home": "นราธิวาส", "travellers": 2,
                "urgent": False, "special": ["child"], "no_referrals": list(HEALTH),
                "name": "นูรีซัน", "phone": "0897721463"}),

    # Akha young man, Thai ID card, wants vocational training; a friend's room for a few
    # nights = not urgent ("กรณีที่พักอาศัยอยู่ ไม่เร่งด่วน").
    "dev32 akha man wants training one part": Persona(
        ("สวัสดีครับ ผมเป็นคนอาข่า บ้านอยู่เชียงราย มาทำงานร้านอาหารที่กรุงเทพ ร้านปิดแล้ว "
         "ตกงาน ไม่มีเงินกลับ",),
        {"hardship": "ไม่มีเงินกลับบ้านครับ งานไม่มี",
         "id_card": "มีบัตรประชาชนครับ ผมคนไทย",
         "current_province": "กรุงเทพครับ อยู่ลาดพร้าว",
         "home_province": "เชียงรายครับ แม่ฟ้าหลวง",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ เพื่อนให้นอนห้องได้อีก 3-4 คืน",
         "special_needs": "ไม่มีครับ",
         "needs": "อยากฝึกอาชีพครับ ช่างซ่อมมอเตอร์ไซค์ กลับไปจะได้ทำงานที่บ้าน",
         "name": "อาเผ่อ เชอหมื่อ ครับ",
         "phone": "0627045518"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_training"], "name": "อาเผ่อ", "phone": "0627045518"}),

    # Shan worker from Myanmar with a pink card, refuses his name then gives it; the aid is
    # for "บุคคลผู้มีสัญชาติไทย" only.
    "dev32 shan worker name refused then given": Persona(
        ("ช่วยผมได้ไหมครับ ผมตกงาน ไม่มีเงิน อยากกลับบ้าน",),
        {"hardship": "ไม่มีเงินครับ นายจ้างให้ออก",
         "id_card": "ไม่มีบัตรประชาชนครับ มีบัตรชมพู",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ผมไทใหญ่ครับ มาจากพม่า ไม่ใช่คนไทย",
         "current_province": "เชียงใหม่ครับ",
         "home_province": "บ้านผมอยู่เมืองปั่น รัฐฉาน พม่าครับ",
         "travellers": "คนเดียว",
         "name": ("ไม่บอกได้ไหมครับ กลัวโดนจับ", "จายหอมครับ"),
         "phone": "0931178820"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย"}),

    # Malaysian from Kelantan who lost his passport in Su-ngai Kolok: not Thai, so not
    # "ผู้ตกทุกข์ได้ยาก" under the regulation.
    "dev32 kelantan malaysian lost passport": Persona(
        ("สวัสดีครับ ผมชื่ออาหมัด ฟาอิซ มาจากโกตาบารู กลันตัน มาเลเซีย "
         "พาสปอร์ตหายที่สุไหงโกลก เงินก็หมด อยากกลับบ้านครับ",),
        {"hardship": "เงินหมด พาสปอร์ตหายครับ",
         "id_card": "ไม่มีบัตรไทยครับ ผมคนมาเลเซีย",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "มาเลเซียครับ",
         "current_province": "นราธิวาส สุไหงโกลกครับ",
         "home_province": "กลันตัน มาเลเซียครับ",
         "travellers": "1",
         "name": "อาหมัด ฟาอิซ",
         "phone": "0658843012"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย"}),

    # Lahu woman still without nationality (a "0" card), no letter possible: the letter must
    # certify "มีสัญชาติไทย", so she is not eligible.
    "dev32 lahu woman no nationality yet": Persona(
        ("สวัสดีค่ะ นายจ้างให้ออกจากงานแม่บ้าน ตอนนี้อยู่นนทบุรี อยากกลับหมู่บ้านที่แม่ฮ่องสอนค่ะ "
         "ไม่มีเงินเลย",),
        {"hardship": "ไม่มีเงินค่ะ ไม่มีที่อยู่",
         "id_card": "มีแต่บัตรเลข0ค่ะ บัตรคนไม่มีสถานะ",
         "nationality_letter": "ไม่มีค่ะ ผู้ใหญ่บ้านบอกออกให้ไม่ได้ เพราะยังไม่ได้สัญชาติ",
         "nationality": "ยังไม่ได้สัญชาติไทยค่ะ รอพิสูจน์อยู่ เป็นลาหู่",
         "current_province": "นนทบุรีค่ะ",
         "home_province": "แม่ฮ่องสอนค่ะ",
         "travellers": "คนเดียวค่ะ",
         "name": "นาแส่ จะแฮ ค่ะ",
         "phone": "0804471296"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย"}),

    # Deaf factory worker writing in sign-language word order, sleeping at a petrol station
    # tonight; wants the disability allowance ("เบี้ยคนพิการ ... ต้องขึ้นทะเบียนคนพิการแล้ว").
    "dev32 deaf man sleeping at petrol station": Persona(
        ("สวัสดี ครับ ผม หู หนวก พูด ไม่ได้ พิมพ์ ได้ ครับ",
         "ผม ทำงาน โรงงาน ระยอง โดน ออก เงิน หมด อยาก กลับ บ้าน อุดร"),
        {"consent": "ยินยอม ครับ",
         "hardship": "เงิน ไม่มี ค่า รถ ไม่มี ข้าว ก็ ไม่มี กิน",
         "id_card": "มี บัตร ประชาชน ครับ",
         "current_province": "ระยอง",
         "home_province": "อุดรธานี ครับ บ้าน ผม กุมภวาปี",
         "travellers": "1 คน ผม คน เดียว",
         "urgent": "คืน นี้ นอน ปั้ม น้ำมัน ครับ ไม่มี ห้อง",
         "special_needs": "ผม หู หนวก ครับ ได้ยิน ไม่ได้",
         "travel_alone": "ไป เอง ได้ ครับ ขึ้น รถ ทัวร์ เป็น",
         "needs": "อยาก ได้ เบี้ย คน พิการ ครับ ยัง ไม่ เคย ไป ทำ บัตร คน พิการ",
         "name": "ธีรพงษ์ แสนสุข",
         "phone": "โทร คุย ไม่ได้ ส่ง ข้อความ ได้ 0842290716"},
        expect={"eligible": True, "current": "ระยอง", "home": "อุดรธานี", "travellers": 1,
                "urgent": True, "special": ["disabled"],
                "referrals": ["disability_allowance"], "name": "ธีรพงษ์",
                "phone": "0842290716"}),

    # Uncle (58, not elderly) thrown out by the landlord today with his wife in a wheelchair:
    # urgent, disabled; he escorts her himself; she has no disability allowance yet.
    "dev32 lung plian wheelchair wife evicted today": Persona(
        ("ลุงเปลี่ยนเองนะ พิมพ์ช้าหน่อย",
         "เจ้าของห้องไล่ออกวันนี้ ค้างค่าห้อง2เดือน ของวางหน้าห้องหมดแล้ว เมียลุงนั่งรถเข็น "
         "อยากกลับบ้านแพร่"),
        {"hardship": "ไม่มีที่อยู่ ไม่มีเงินค่ารถ",
         "id_card": "มีทั้งสองคน",
         "current_province": "สมุทรปราการ บางพลี",
         "home_province": "แพร่ อ.ลอง",
         "travellers": "2คน ลุงกับเมีย ลุงอายุ58 เมีย55",
         "urgent": "ด่วนเลย คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "เมียขาไม่ดี เดินไม่ได้ นั่งรถเข็น",
         "travel_alone": "ลุงพาเมียไปเองได้ ไม่ต้องมีเจ้าหน้าที่ไปด้วย",
         "needs": "เมียยังไม่เคยได้เบี้ยคนพิการ อยากทำให้เขา",
         "name": "เปลี่ยน ใจมั่น",
         "phone": "0897360421"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "แพร่", "travellers": 2,
                "urgent": True, "special": ["disabled"],
                "referrals": ["disability_allowance"], "name": "เปลี่ยน",
                "phone": "0897360421"}),

    # Southern Muslim man (บัง = big brother) on insulin, staying at a friend's for a week:
    # sick, not urgent.
    "dev32 bang man insulin friend week one part": Persona(
        ("สลามครับ ฉานอยู่ภูเก็ต ตกงานจากโรงแรม เงินหมด อยากหลบบ้านนครฯ",),
        {"hardship": "ไม่มีตังค่ารถหลบบ้านเลยครับ",
         "id_card": "มีครับ",
         "current_province": "ภูเก็ตครับ ป่าตอง",
         "home_province": "นครศรีธรรมราชครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ถึงกับด่วนครับ เพื่อนให้นอนบ้านได้สักอาทิตย์",
         "special_needs": "ฉานเป็นเบาหวานครับ ต้องฉีดอินซูลินทุกวัน ยาเหลืออีกไม่กี่วัน",
         "travel_alone": "ไปเองได้ครับ",
         "name": "บังหมานครับ",
         "phone": "0817723345"},
        one_part=True,
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False, "special": ["sick"], "name": "หมาน",
                "phone": "0817723345"}),

    # Robbed young man with a high fever at the Chiang Mai bus station: sick now and no bed,
    # urgent.
    "dev32 phi boy fever at arcade bus station": Persona(
        ("ช่วยด้วยครับ ไม่สบายหนักมาก ไข้ขึ้น อาเจียนทั้งคืน นั่งอยู่ขนส่งอาเขตเชียงใหม่ "
         "เงินโดนขโมยหมด",),
        {"hardship": "กระเป๋าตังโดนขโมย ไม่มีเงินสักบาท",
         "id_card": "บัตรยังอยู่ครับ เก็บไว้กระเป๋าเสื้อ",
         "current_province": "เชียงใหม่",
         "home_province": "นครสวรรค์ครับ",
         "travellers": "1",
         "urgent": "ด่วนครับ ป่วยอยู่ตอนนี้เลย ตัวร้อนมาก ไม่มีที่นอนด้วย",
         "special_needs": "ผมป่วยอยู่ครับ ไข้สูง",
         "travel_alone": "น่าจะไปเองได้ครับ",
         "name": "พี่บอยครับ",
         "phone": "0956612087"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "นครสวรรค์",
                "travellers": 1, "urgent": True, "special": ["sick"], "name": "บอย",
                "phone": "0956612087"}),

    # Son taking his forgetful 81-year-old mother home; lease ends at the end of the month
    # (not urgent); he escorts her; asks for her old-age allowance ("เบี้ยยังชีพผู้สูงอายุ").
    "dev32 son with forgetful old mother end of month": Persona(
        ("สวัสดีครับ ผมประเสริฐ ทองมา อยู่ปทุมธานีกับแม่ แม่อายุ81แล้ว เริ่มขี้หลงขี้ลืม "
         "ผมตกงานมา3เดือน อยากพาแม่กลับบ้านกาฬสินธุ์ แต่ไม่มีค่ารถ",),
        {"hardship": "ไม่มีค่ารถครับ ตกงาน",
         "id_card": "มีครับ ทั้งผมทั้งแม่",
         "current_province": "ปทุมธานีครับ รังสิต",
         "home_province": "กาฬสินธุ์",
         "travellers": "2 คนครับ ผมกับแม่",
         "urgent": "ยังไม่ด่วนครับ ห้องเช่าหมดสัญญาสิ้นเดือนนี้",
         "special_needs": "แม่อายุ81ครับ ขี้หลงขี้ลืมบ้าง แต่ยังเดินได้",
         "travel_alone": "ผมพาแม่ไปเองครับ ไม่ต้องมีเจ้าหน้าที่ไปด้วย",
         "needs": "อยากให้แม่ได้เบี้ยผู้สูงอายุครับ ตอนนี้ยังไม่ได้รับเลย",
         "name": "ประเสริฐ ทองมา",
         "phone": "0863342918"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "กาฬสินธุ์",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "name": "ประเสริฐ",
                "phone": "0863342918"}),

    # Woman fleeing a violent partner: unsafe tonight = urgent; refuses her name, then
    # "น้าแดง"; wants mental health care; changes to her sister's number once sent.
    "dev32 na daeng fleeing partner unsafe": Persona(
        ("ช่วยน้าด้วย แฟนมันตบตีน้าทุกวัน เมื่อคืนหนีออกมาได้ ตอนนี้อยู่พัทยา "
         "กลัวมันตามมาเจอ อยากกลับบ้านที่ลพบุรี",),
        {"hardship": "ไม่มีเงินเลย หนีออกมาตัวเปล่า มีแต่มือถือกับบัตร",
         "id_card": "มีบัตร",
         "current_province": "ชลบุรี พัทยา",
         "home_province": "ลพบุรี บ้านหมี่",
         "travellers": "น้าคนเดียว",
         "urgent": "ด่วน น้าไม่ปลอดภัย มันรู้ว่าน้าอยู่แถวนี้ คืนนี้ไม่กล้ากลับห้อง",
         "special_needs": "ไม่มี",
         "needs": "น้านอนไม่หลับมาหลายเดือน ฝันร้าย ใจสั่นตลอด อยากคุยกับหมอเรื่องจิตใจ",
         "sensitive_consent": "ยินยอม",
         "name": ("ขอไม่บอกชื่อจริงได้ไหม กลัวมันรู้", "งั้นเรียกน้าแดงก็ได้"),
         "phone": "0614452307"},
        after=("เบอร์นี้มันรู้ ขอเปลี่ยนเป็นเบอร์น้องสาวน้า 0819906423",),
        expect={"eligible": True, "current": "ชลบุรี", "home": "ลพบุรี", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["mental_health_care"],
                "name": "แดง", "phone": "0819906423"}),

    # Northern man on HIV medicine, fit to travel, room paid until Friday: not urgent, no
    # special care; aid for people with HIV ("ผู้ป่วยเอดส์ หรือผู้ติดเชื้อ HIV").
    "dev32 northern man hiv medicine one part": Persona(
        ("สวัสดีครับ ผมตกงานครับ อยู่กรุงเทพ อยากปิ๊กบ้านลำปาง เงินบ่พอค่ารถ",),
        {"hardship": "เงินบ่พอค่ารถครับ เหลือร้อยกว่าบาท",
         "id_card": "มีครับ",
         "current_province": "กรุงเทพครับ ห้วยขวาง",
         "home_province": "ลำปางครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "บ่ด่วนครับ ห้องจ่ายถึงวันศุกร์นี้",
         "special_needs": "บ่มีครับ ผมแข็งแรงดี เดินทางเองได้",
         "needs": "ผมติดเชื้อ HIV ครับ ยาต้านใกล้หมด ต้องไปรับที่โรงพยาบาลลำปาง "
                  "อยากรู้ว่ามีช่วยเหลือคนติดเชื้อไหม",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ศักดิ์ชัย ครับ",
         "phone": "0924418736"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "special": [], "referrals": ["hiv_aid"],
                "name": "ศักดิ์ชัย", "phone": "0924418736"}),

    # A monk writes for a man released yesterday who sleeps in the temple hall: expired ID
    # card but a village head's letter ("หนังสือรับรองว่ามีสัญชาติไทย"); new ID card and a job.
    "dev32 monk writes for released man at temple": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดแถวบางขวาง นนทบุรี",
         "มีโยมผู้ชายคนนึงเพิ่งพ้นโทษออกมาเมื่อวาน มาขออาศัยนอนศาลาวัด ไม่มีเงิน "
         "ไม่มีญาติแถวนี้ บ้านเขาอยู่สุรินทร์ อาตมาเลยทักมาแทน"),
        {"consent": "โยมเขายินยอม",
         "hardship": "ไม่มีเงิน ไม่มีที่อยู่ ไม่มีค่ารถกลับบ้าน",
         "id_card": "บัตรประชาชนเขาหมดอายุตอนอยู่ในเรือนจำ",
         "nationality_letter": "มี ผู้ใหญ่บ้านที่สุรินทร์ทำหนังสือรับรองส่งมาให้ทางไลน์แล้ว",
         "nationality": "ไทย",
         "current_province": "นนทบุรี",
         "home_province": "สุรินทร์ อำเภอศีขรภูมิ",
         "travellers": "โยมเขาคนเดียว",
         "urgent": "คืนนี้ก็นอนศาลาวัดไปก่อน แต่ไม่ใช่ที่อยู่ เขาไม่มีที่ไปจริงๆ",
         "special_needs": "ไม่มี โยมแข็งแรงดี",
         "sensitive_consent": "โยมเขายินยอมให้บันทึกได้",
         "needs": "อยากให้เขาได้ทำบัตรประชาชนใหม่ แล้วก็อยากหางานทำ",
         "name": "ชื่อโยมนะ เอกชัย ศรีทอง ถ้าจะโทรหาอาตมา บอกว่าหลวงพี่สมควรก็ได้",
         "phone": "ใช้เบอร์อาตมาได้ 0899014472"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "สุรินทร์", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["id_card", "job_placement"],
                "name": "เอกชัย", "phone": "0899014472"}),

    # Isan family of three (son is 16, not a small child); "ยาสีฟันกะบ่มี", "แข็งแรงดีทุกคน":
    # no care needs, no health referral; a friend's room for a few nights = not urgent.
    "dev32 phi nuan isan family toothpaste": Persona(
        ("สวัสดีจ้า พี่นวลเองเด้อ อยู่ระยองกับผัวกับลูก โรงงานปิด บ่มีงานเฮ็ด ตอนนี้บ่มีเงินสักบาท "
         "ยาสีฟันกะบ่มี ข้าวกะกินมื้อเดียว อยากกลับบ้านยโสธร",),
        {"hardship": "บ่มีเงินกินข้าว บ่มีค่ารถกลับบ้านจ้า",
         "id_card": "มีบัตรครบทุกคนจ้า",
         "current_province": "ระยองจ้า มาบตาพุด",
         "home_province": "ยโสธรจ้า",
         "travellers": "3คนจ้า พี่ ผัว ลูกชาย",
         "urgent": "บ่ด่วนจ้า หมู่ให้นอนห้องนำได้อีกสองสามคืน",
         "special_needs": "บ่มีจ้า บ่มีไผป่วย แข็งแรงดีทุกคน ลูกชายกะ16แล้ว โตกว่าพ่อมันอีก",
         "needs": "บ่มีจ้า ขอแค่ได้กลับบ้าน",
         "name": "ชื่อจริงพี่ชื่อ นวลจันทร์ นามสกุล ศรีบุญ เด้อ แต่ใครๆกะเอิ้นว่าพี่นวล",
         "phone": "0987716240"},
        expect={"eligible": True, "current": "ระยอง", "home": "ยโสธร", "travellers": 3,
                "urgent": False, "special": [], "no_referrals": list(HEALTH),
                "name": "นวล", "phone": "0987716240"}),

    # Young woman out of work: "ปวดหัว", "จะบ้าตาย", "ไม่ได้ท้องนะคะ" are all in passing, no
    # care need; wants a job at home (Department of Employment).
    "dev32 ice not pregnant just stressed one part": Persona(
        ("สวัสดีค่ะ คือหนูตกงานค่ะ อยู่กทม. อยากกลับบ้านเชียงใหม่ แต่เงินไม่พอค่ารถเลย "
         "ปวดหัวไปหมดแล้ว จะบ้าตาย 😭",),
        {"hardship": "ตกงานเดือนนึงแล้ว เงินเก็บหมด ค่ารถกลับบ้านก็ไม่พอค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "กรุงเทพค่ะ บางนา",
         "home_province": "เชียงใหม่ค่ะ สันกำแพง",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ เจ้าของห้องให้อยู่ได้ถึงสิ้นเดือน",
         "special_needs": "ไม่มีค่ะ ไม่ได้ท้องนะคะ แค่อ้วน55555 ไม่ได้ป่วยด้วย",
         "needs": "อยากได้งานทำที่เชียงใหม่ค่ะ ทำได้ทุกอย่าง",
         "name": "ไอซ์ค่ะ",
         "phone": "09-1234-8856"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงใหม่",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_placement"], "no_referrals": list(HEALTH),
                "name": "ไอซ์", "phone": "0912348856"}),

    # Thai man with an English first name (father a foreigner), robbed in Pattaya, sleeping
    # on the beach tonight: urgent; phone in Thai digits with spaces.
    "dev32 daniel luk khrueng robbed beach tonight": Persona(
        ("สวัสดีครับ ผมโดนขโมยกระเป๋าที่พัทยา เงินหายหมด บัตรประชาชนยังอยู่ในกระเป๋ากางเกง "
         "อยากกลับบ้านที่อุดรครับ",),
        {"hardship": "เงินหายหมดครับ ไม่มีค่ารถ ไม่มีค่าข้าว",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "พัทยา ชลบุรีครับ",
         "home_province": "อุดรธานีครับ บ้านผือ",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ต้องนอนชายหาดครับ ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "name": "แดเนียล วงศ์ทอง ครับ พ่อเป็นฝรั่ง แต่ผมคนไทยครับ เกิดที่อุดร",
         "phone": "๐๘๔ ๕๕๖ ๗๐๑๒"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 1,
                "urgent": True, "special": [], "name": "แดเนียล",
                "phone": "0845567012"}),

    # Woman who gives her name in Latin letters only; friend's room for a few nights = not
    # urgent; wants Thai massage training (Department of Thai Traditional Medicine).
    "dev32 jenny latin name wants massage training": Persona(
        ("สวัสดีค่ะ ร้านที่ทำงานอยู่ป่าตองปิดแล้ว ไม่มีงาน ไม่มีเงินกลับบ้านเพชรบูรณ์ค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "ภูเก็ตค่ะ",
         "home_province": "เพชรบูรณ์ค่ะ หล่มสัก",
         "travellers": "1 คนค่ะ",
         "urgent": "ไม่ด่วนค่ะ ตอนนี้นอนห้องเพื่อนไปก่อน เพื่อนให้อยู่ได้อีกไม่กี่คืน",
         "special_needs": "ไม่มีค่ะ",
         "needs": "อยากเรียนนวดแผนไทยค่ะ จะได้มีอาชีพติดตัว",
         "name": "Jenny ค่ะ",
         "phone": "0896603174"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เพชรบูรณ์", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["thai_massage_training"],
                "name": "Jenny", "phone": "0896603174"}),

    # A grandmother only asks how much the disability allowance is ("เดือนละ 800 บาท").
    "dev32 yai asks disability allowance amount": Persona(
        ("ยายถามหน่อยจ้า หลานยายพิการ ขาเดินบ่ได้ เบี้ยคนพิการได้เดือนละเท่าไหร่จ้า",),
        {"idle": "ขอบใจจ้า"},
        outcome="answered",
        answered="800"),

    # Someone only asks which number works at night or at weekends ("สายด่วน ๑๓๐๐ ... ตลอด
    # ๒๔ ชั่วโมง").
    "dev32 asks night weekend hotline": Persona(
        ("ถ้าเป็นวันเสาร์อาทิตย์ หรือตอนกลางคืน โทรไปขอความช่วยเหลือเบอร์ไหนได้บ้างคะ",),
        {"idle": "โอเคค่ะ ขอบคุณค่ะ"},
        outcome="answered",
        answered="1300"),
}
