"""Persona set dev104 for bench/dialogs.py.

Set: dev104
Date: 2026-12-07
Written from the seeds only.
Focus: elderly people and people with disabilities and their carers: deaf people writing
in Thai-sign-language word order, blind people using voice typing (no punctuation,
homophone errors), wheelchair users, people with a stroke or dementia, carers writing for
a parent; several needing someone to travel with them; some asking about allowances
after the aid.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Deaf man, 34, writes in Thai-sign-language word order. Construction job in Pattaya
    # ended, employer ran off without paying; no fare home to Roi Et; has ID card; sleeps
    # at the bus terminal tonight (no place). Can travel alone. Asks about the disability
    # allowance. -> case, urgent, disabled, referral disability_allowance.
    "dev104 deaf builder in Pattaya, sign-language order": Persona(
        ("สวัสดี",
         "ผม หูหนวก พูด ไม่ได้ พิมพ์ ได้",
         "งาน ก่อสร้าง พัทยา หมด แล้ว นายจ้าง หนี เงิน ให้ ไม่",
         "บ้าน ร้อยเอ็ด กลับ อยาก ค่า รถ ไม่มี",
         "คืนนี้ นอน ขนส่ง ที่ อื่น ไม่มี"),
        {"consent": "ยินยอม ตกลง",
         "idle": "ช่วย ผม กลับ บ้าน",
         "hardship": "ค่า รถ ไม่มี ที่ นอน ไม่มี",
         "id_card": "บัตร ประชาชน มี",
         "nationality": "ไทย",
         "current_province": "พัทยา ชลบุรี",
         "home_province": "ร้อยเอ็ด",
         "travellers": "ผม คน เดียว",
         "special_needs": "ผม หูหนวก คน พิการ บัตร คนพิการ มี",
         "more_care": "ไม่มี",
         "travel_alone": "ไป เอง ได้ รถ ทัวร์ นั่ง เป็น",
         "sensitive_consent": "ตกลง",
         "urgent": "คืนนี้ ที่ นอน ไม่มี",
         "name": "ธนากร ศรีบุญเรือง 086-441-7290",
         "phone": "086-441-7290",
         "needs": "เบี้ย คนพิการ ผม ได้ ไม่ เคย ทำ ยังไง",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": ["disabled"], "name": "ธนากร",
                "phone": "0864417290", "referrals": ["disability_allowance"],
                "no_referrals": HEALTH}),

    # Blind woman, 52, voice typing: one run-on message, no punctuation, homophone errors
    # (พัดลุง for พัทลุง, บัด for บัตร, ขาว for ข้าว, ตัว for ตั๋ว). Came to a Hat Yai hospital
    # for a routine eye appointment; the neighbour who brought her went home; money lost.
    # No place tonight (sits on a hospital bench). Cannot travel alone. Says plainly she is
    # not ill. -> case, Songkhla -> Phatthalung, urgent, disabled + cannot_travel_alone.
    "dev104 blind woman voice typing at Hat Yai hospital": Persona(
        ("สวัสดีค่ะดิฉันตาบอดนะคะใช้เสียงพิมพ์ถ้าพิมพ์ผิดขอโทษด้วยคะวันนี้มาตรวจตาตามนัดที่"
         "โรงพยาบาลหาดใหญ่กับเพื่อนบ้านแต่เพื่อนบ้านกลับไปก่อนแล้วกระเป๋าตังค์ก็หายดิฉันไม่มี"
         "เงินซื้อตัวรถกลับบ้านที่พัดลุงคะคืนนี้ก็ไม่รู้จะนอนที่ไหนนั่งอยู่ม้าหินหน้าตึกคะ",),
        {"consent": "ยินยอมคะ",
         "idle": "ขอความช่วยเหลือกลับบ้านคะ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านคะแล้วก็ไม่มีที่นอนคืนนี้",
         "id_card": "มีบัดประชาชนคะอยู่ในกระเป๋าเสื้อไม่ได้หาย",
         "nationality": "คนไทยคะ",
         "current_province": "หาดใหญ่สงขลาคะ",
         "home_province": "จังหวัดพัทลุงคะ",
         "travellers": "คนเดียวคะ",
         "special_needs": "ตาบอดสองข้างคะเป็นคนพิการมีบัดคนพิการแล้วไม่ได้ป่วยอะไรแค่มาตรวจตาตามนัด",
         "more_care": "ไม่มีคะ",
         "travel_alone": "ไปคนเดียวไม่ได้คะมองไม่เห็นเลยขึ้นรถเองไม่ถูกต้องมีคนพาไปส่ง",
         "sensitive_consent": "ยินยอมคะ",
         "urgent": "คืนนี้ไม่มีที่นอนคะยังไม่ได้กินขาวตั้งแต่เที่ยงด้วย",
         "name": "มาลี แก้วสุวรรณ เบอร์ 081 772 3456",
         "phone": "081 772 3456",
         "needs": "ไม่มีคะขอแค่ได้กลับบ้าน",
         "confirm": "ถูกต้องคะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "พัทลุง", "travellers": 1,
                "urgent": True, "special": ["disabled", "cannot_travel_alone"],
                "name": "มาลี", "phone": "0817723456"}),

    # Man, 47, wheelchair user (polio since childhood, registered disabled), sold lottery
    # tickets near Sanam Luang, lost his quota, no income for two months. Wants to go back
    # to Nakhon Sawan (home, his sister is there). Room paid until Sunday, still has instant
    # noodles -> not urgent. Travels alone. Wheelchair broken -> asks for repair.
    # -> case, disabled, referral disability_devices.
    "dev104 wheelchair lottery seller in Bangkok": Persona(
        ("สวัสดีครับ ขอสอบถามหน่อยครับ",
         "ผมนั่งวีลแชร์ ขายลอตเตอรี่อยู่แถวสนามหลวง ตอนนี้โดนตัดโควต้า ไม่มีรายได้มา2เดือนแล้ว",
         "อยากกลับไปอยู่กับพี่สาวที่บ้านเกิดนครสวรรค์ แต่ไม่มีค่ารถเลยครับ ช่วยได้ไหมครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีรายได้ครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "กรุงเทพฯ ครับ เช่าห้องอยู่บางลำพู",
         "home_province": "นครสวรรค์ครับ",
         "travellers": "ผมคนเดียวครับ",
         "special_needs": "ผมพิการขาสองข้าง นั่งวีลแชร์ครับ มีบัตรคนพิการแล้ว",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปคนเดียวได้ครับ ชินแล้ว",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "ห้องยังอยู่ได้ถึงวันอาทิตย์ครับ ข้าวยังพอมีกิน มาม่ายังมี",
         "name": "วิชัย พรหมมา 095 310 4482",
         "phone": "095 310 4482",
         "needs": "วีลแชร์ผมล้อแตก ซี่ล้อหักด้วยครับ อยากให้ช่วยซ่อมหรือได้คันใหม่",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครสวรรค์",
                "travellers": 1, "urgent": False, "special": ["disabled"], "name": "วิชัย",
                "phone": "0953104482", "referrals": ["disability_devices"],
                "no_referrals": HEALTH}),

    # Daughter (factory worker in Rayong) writes for her father, 68, who had a stroke while
    # visiting her; discharged yesterday, weak right side, needs support to walk (she says
    # he is ill, not disabled). Father and mother (63) go home to Sisaket; she stays. Money
    # spent on treatment. They stay in her room -> not urgent. Mother cannot manage him on
    # a bus, she asks for an officer to go with them. Wants his physiotherapy continued at
    # the Sisaket hospital. Gives only her father's name with her own number.
    # -> case, 2 travellers, elderly + sick + cannot_travel_alone, referral medical_services.
    "dev104 daughter for stroke father in Rayong": Persona(
        ("สวัสดีค่ะ",
         "รบกวนสอบถามค่ะ พ่อหนูมาเยี่ยมที่ระยอง แล้วเส้นเลือดในสมองตีบ นอนโรงพยาบาลไป10วัน"
         " เพิ่งออกเมื่อวาน",
         "ตอนนี้พ่อกับแม่อยากกลับบ้านที่ศรีสะเกษ แต่เงินหมดไปกับค่ารักษาค่ะ หนูเองเงินเดือนก็ไม่พอ",
         "[sticker]"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ารถให้พ่อแม่กลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถให้พ่อแม่กลับบ้านค่ะ",
         "id_card": "พ่อกับแม่มีบัตรประชาชนทั้งคู่ค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ระยองค่ะ อยู่ห้องเช่าหนูแถวนิคม",
         "home_province": "ศรีสะเกษค่ะ อ.ราษีไศล",
         "travellers": "2 คนค่ะ พ่อกับแม่ หนูไม่ได้กลับด้วย",
         "special_needs": "พ่อ 68 ป่วยเป็นอัมพฤกษ์ แขนขาขวาอ่อนแรง เดินต้องมีคนพยุง แม่ 63 ค่ะ"
                          " พ่อไม่ได้พิการนะคะ หมอว่าทำกายภาพแล้วจะดีขึ้น",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไม่ได้ค่ะ แม่ตัวเล็กพยุงพ่อขึ้นรถทัวร์ไม่ไหว หนูก็ลางานไม่ได้"
                         " อยากให้มีเจ้าหน้าที่ไปส่งด้วยค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "พักห้องหนูได้ค่ะ ข้าวก็ยังมีกิน",
         "name": "ชื่อพ่อ ประยูร บุญล้อม ค่ะ ติดต่อเบอร์หนู 088-261-9034",
         "phone": "088-261-9034",
         "needs": "อยากให้พ่อได้ทำกายภาพกับหาหมอต่อที่โรงพยาบาลศรีสะเกษค่ะ ส่งตัวต่อได้ไหมคะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "ศรีสะเกษ", "travellers": 2,
                "urgent": False, "special": ["elderly", "sick", "cannot_travel_alone"],
                "name": "ประยูร", "phone": "0882619034",
                "referrals": ["medical_services"]}),

    # A noodle-shop owner near the Phitsanulok bus terminal writes for a confused old man
    # (ID card in his pocket: 79, Phichai district, Uttaradit), who seems to have dementia,
    # has 20 baht and nowhere to sleep tonight. The old man alone goes home; he cannot
    # travel alone. Name = the old man's from the card; phone = the shop owner's.
    # -> case, urgent, elderly + sick + cannot_travel_alone.
    "dev104 shop owner for old man with dementia at Phitsanulok terminal": Persona(
        ("สวัสดีครับ ไม่รู้ทักถูกที่รึเปล่า",
         "มีลุงแก่ๆคนนึงมานั่งหน้าร้านก๋วยเตี๋ยวผมแถวบขส.พิษณุโลกตั้งแต่เช้า ถามอะไรก็ตอบวนๆ"
         " จำไม่ได้ว่ามายังไง",
         "ค้นกระเป๋าเจอบัตรประชาชน อายุ79 ที่อยู่ อ.พิชัย อุตรดิตถ์ มีเงินติดตัวแค่20บาท",
         "น่าจะสมองเสื่อมครับ ตอนนี้เย็นแล้ว คืนนี้ลุงไม่มีที่นอนแน่ๆ ช่วยส่งลุงกลับบ้านได้ไหมครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอให้ช่วยส่งลุงกลับบ้านครับ",
         "hardship": "ลุงไม่มีเงิน ไม่มีที่นอน ไม่มีค่ารถครับ",
         "id_card": "มีบัตรประชาชนลุงครับ อยู่ในกระเป๋าเสื้อ",
         "nationality": "ไทยครับ",
         "current_province": "พิษณุโลกครับ",
         "home_province": "อุตรดิตถ์ครับ ตามที่อยู่ในบัตร อ.พิชัย",
         "travellers": "ลุงคนเดียวครับ ผมไม่ได้ไปด้วย",
         "special_needs": "ลุงอายุ 79 แล้วครับ ป่วยเป็นโรคสมองเสื่อม ถามชื่อลูกก็จำไม่ได้",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไม่ได้แน่นอนครับ ปล่อยไปเองหลงอีกแน่ ต้องมีคนพาไปส่งถึงบ้าน",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "คืนนี้ลุงไม่มีที่นอนครับ ข้าวเที่ยงผมให้กินไปแล้ว",
         "name": "ชื่อในบัตร นายบุญมี ทองคำ ครับ เบอร์ติดต่อเป็นเบอร์ผม 062-145-8839",
         "phone": "062-145-8839",
         "needs": "ไม่มีครับ ขอให้ลุงถึงบ้านปลอดภัยก็พอ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "อุตรดิตถ์", "travellers": 1,
                "urgent": True, "special": ["elderly", "sick", "cannot_travel_alone"],
                "name": "บุญมี", "phone": "0621458839"}),

    # Grandmother, 72, from Udon Thani, writes in Isan with typos and Thai digits. Came to
    # Bangkok to see her grandson in hospital after a motorbike crash; purse picked at Mo
    # Chit; ID card kept in a cloth bag. Sleeps beside her grandson at the hospital, but has
    # eaten nothing today -> urgent. Travels alone (the grandson stays). Asks about the
    # 2,500-baht grant for elderly in hardship.
    # -> case, urgent, elderly, referral elderly_hardship_grant.
    "dev104 Isan grandma robbed at Mo Chit": Persona(
        ("สะบายดีลูกหลาน",
         "ยายอายุ ๗๒ ปีเด้อ มาเยี่ยมหลานชายอยู่โรงบาลในกรุงเทพ หลานรถล้ม",
         "กะเป๋าเงินถืกล้วงไปตอนลงรถที่หมอชิต เงินหมดเกลี้ยง กลับบ้านอุดรบ่ได้แล้ว",
         "มื้อนี้ยังบ่ได้กินข้าวจักคำ"),
        {"consent": "ยินยอมจ้า",
         "idle": "อยากกลับบ้าน ขอค่ารถแหน่",
         "hardship": "บ่มีค่ารถกลับบ้าน บ่มีเงินซื้อข้าว",
         "id_card": "บัดประชาชนยังอยู่ ยายเก็บไว้ในถงผ้า",
         "nationality": "คนไทยแท้ๆ",
         "current_province": "กรุงเทพ",
         "home_province": "อุดร อ.กุมภวาปี",
         "travellers": "ยายคนเดียว หลานยังนอนโรงบาล",
         "special_needs": "ยายแก่ ๗๒ แต่บ่ได้ป่วยหยัง",
         "more_care": "บ่มี",
         "travel_alone": "ไปเองได้ ขึ้นรถทัวร์เป็น",
         "sensitive_consent": "ยินยอม",
         "urgent": "มื้อนี้ยังบ่ได้กินหยังเลย กลางคืนนอนเฝ้าหลานอยู่โรงบาลได้",
         "name": "คำปุน ศรีสุข ๐๙๘๗๒๑๔๕๖๓",
         "phone": "๐๙๘๗๒๑๔๕๖๓",
         "needs": "ได้ยินเพิ่นว่ามีเงินช่วยคนเฒ่าที่ลำบาก ครั้งละ ๒ พันกว่า ยายขอได้บ่",
         "confirm": "ถืกต้องแล้ว"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุดรธานี",
                "travellers": 1, "urgent": True, "special": ["elderly"], "name": "คำปุน",
                "phone": "0987214563", "referrals": ["elderly_hardship_grant"]}),

    # Daughter, 45, lost her housekeeping job; evicted today with her mother, 81, a
    # registered disabled wheelchair user. Sitting outside a 7-Eleven in Lat Phrao, no place
    # tonight. Both go home to Chaiyaphum; the daughter looks after her mother on the way.
    # Asks how to move her mother's old-age and disability allowances to Chaiyaphum.
    # -> case, urgent, 2 travellers, elderly + disabled, referrals elderly_allowance,
    # disability_allowance.
    "dev104 daughter and wheelchair mother evicted in Lat Phrao": Persona(
        ("ขอความช่วยเหลือด่วนค่ะ",
         "เจ้าของห้องไล่ออกวันนี้ ค้างค่าเช่า3เดือน",
         "หนูอยู่กับแม่ แม่นั่งรถเข็น อายุ81",
         "ตอนนี้นั่งอยู่หน้าเซเว่นแถวลาดพร้าว ไม่รุ้จะไปไหน",
         "อยากพาแม่กลับชัยภูมิ แต่ตังไม่พอค่ารถ"),
        {"consent": "ยินยอมค่ะ ยินยอมๆ",
         "idle": "ขอค่ารถพาแม่กลับบ้านค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีทั้งหนูทั้งแม่ค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "กทม ลาดพร้าวค่ะ",
         "home_province": "ชัยภูมิค่ะ",
         "travellers": "2 คนค่ะ หนูกับแม่",
         "special_needs": "แม่81 ขาไม่มีแรงเดินไม่ได้ นั่งรถเข็น มีบัตรคนพิการแล้วค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปด้วยกันได้ค่ะ หนูดูแลแม่เอง ขอแค่ค่ารถ",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ",
         "name": "สุนีย์ ปานทอง 061-442-9071",
         "phone": "061-442-9071",
         "needs": "เบี้ยคนแก่กับเบี้ยคนพิการของแม่ ถ้าย้ายไปอยู่ชัยภูมิต้องไปทำเรื่องรับที่ไหนคะ",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 2, "urgent": True, "special": ["elderly", "disabled"],
                "name": "สุนีย์", "phone": "0614429071",
                "referrals": ["elderly_allowance", "disability_allowance"],
                "no_referrals": HEALTH}),

    # Blind masseur, voice typing, no punctuation, homophones (นาน for น่าน, ตัว for ตั๋ว,
    # บัด for บัตร). The massage shop in Chiang Mai closed. Stays with a friend another
    # week, has food -> not urgent. Travels alone. His white cane broke. Answers one thing
    # per message. -> case, Chiang Mai -> Nan, disabled, referral disability_devices.
    "dev104 blind masseur voice typing, one part at a time": Persona(
        ("สวัสดีครับผมตาบอดพิมพ์ด้วยเสียงนะครับร้านนวดที่ผมทำอยู่เชียงใหม่ปิดไปแล้วตอนนี้ไม่มีงาน"
         "ไม่มีเงินจะกลับบ้านที่นานครับไม่มีค่าตัวรถ",
         "ขอความช่วยเหลือได้ใหม่ครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "ไม่มีค่าตัวรถกลับบ้านครับ",
         "id_card": "มีบัดประชาชนครับ",
         "nationality": "ไทยครับ",
         "current_province": "เชียงใหม่ครับ",
         "home_province": "จังหวัดน่านครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมตาบอดสนิทครับเป็นคนพิการ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับนั่งรถทัวร์คนเดียวประจำ",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "ยังพักกับเพื่อนได้อีกอาทิตย์นึงครับข้าวยังมีกิน",
         "name": "สมศักดิ์ อินต๊ะ",
         "phone": "093 442 8175",
         "needs": "ไม้เท้าขาวผมหักครับอยากได้อันใหม่",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน", "travellers": 1,
                "urgent": False, "special": ["disabled"], "name": "สมศักดิ์",
                "phone": "0934428175", "referrals": ["disability_devices"],
                "no_referrals": HEALTH},
        one_part=True),

    # Man, 61, southern speech, had a stroke three months ago and types with his left
    # hand: short, misspelt messages. Lost his guard job in Bang Phli; the temple lets him
    # sleep in the sala and feeds him -> not urgent. Falls often, cannot go alone. Blood
    # pressure pills ran out, wants a doctor. Answers one thing per message.
    # -> case, Samut Prakan -> Nakhon Si Thammarat, elderly + sick + cannot_travel_alone,
    # referral medical_services.
    "dev104 southern stroke survivor typing one-handed": Persona(
        ("หวัดดี",
         "ผมเปนอำพรึก พิมมือซ้ายนะ ช้า",
         "อยู่สมุทปราการ อยากกลับบ้านคอนหลาว ไม่มีตังค่ารถ"),
        {"consent": "ยินยอม",
         "idle": "ช่วยกลับบ้าน",
         "hardship": "ไม่มีตังค่ารถ งานก็ไม่มี",
         "id_card": "มี",
         "nationality": "ไทย",
         "current_province": "สมุทรปราการ บางพลี",
         "home_province": "นครศรีธรรมราช",
         "travellers": "คนเดียว",
         "special_needs": "อายุ61 เปนอัมพฤกษ์ ยังป่วยอยู่",
         "more_care": "ไม่มี",
         "travel_alone": "ไปคนเดียวไม่ไหว ล้มบ่อย อยากมีคนไปด้วย",
         "sensitive_consent": "ยินยอม",
         "urgent": "นอนศาลาวัดได้ หลวงพี่ให้ข้าวกิน",
         "name": "เจริญ ทองแก้ว",
         "phone": "0817364952",
         "needs": "ยาความดันหมด อยากหาหมอ",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False,
                "special": ["elderly", "sick", "cannot_travel_alone"], "name": "เจริญ",
                "phone": "0817364952", "referrals": ["medical_services"]},
        one_part=True),

    # Deaf couple in Bang Kapi, Bangkok, writing in sign-language order; wife 7 months
    # pregnant. Evicted today, no money, no place tonight. Both go home to Surin and travel
    # together. Consent typed in the opening. Wants a job for her husband in Surin.
    # -> case, urgent, 2 travellers, disabled + pregnant, referral job_placement.
    "dev104 deaf couple, wife pregnant, evicted in Bang Kapi": Persona(
        ("สวัสดี ค่ะ",
         "ยินยอม",
         "ฉัน หูหนวก สามี หูหนวก สอง คน",
         "ห้อง เช่า เจ้าของ ไล่ วันนี้ เงิน จ่าย ไม่มี",
         "ฉัน ท้อง 7 เดือน บ้าน สุรินทร์ กลับ อยาก",
         "คืนนี้ นอน ที่ไหน ไม่ รู้"),
        {"consent": "ยินยอม",
         "idle": "ช่วย กลับ บ้าน",
         "hardship": "ที่ นอน ไม่มี เงิน ไม่มี ค่า รถ ไม่มี",
         "id_card": "บัตร ประชาชน มี สอง คน",
         "nationality": "ไทย",
         "current_province": "กรุงเทพ บางกะปิ",
         "home_province": "สุรินทร์",
         "travellers": "สอง คน ฉัน สามี",
         "special_needs": "ฉัน ท้อง 7 เดือน สอง คน หูหนวก พิการ",
         "more_care": "ไม่มี",
         "travel_alone": "ไป เอง ได้ สอง คน ด้วย กัน",
         "sensitive_consent": "ตกลง",
         "urgent": "คืนนี้ ที่ นอน ไม่มี",
         "name": "ปาริชาติ มีสุข 0635128840 โทร ไม่ได้ ข้อความ ส่ง ได้",
         "phone": "0635128840",
         "needs": "สามี งาน อยาก ได้ สุรินทร์ หา งาน ช่วย ได้ ไหม",
         "confirm": "ถูก ต้อง"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 2, "urgent": True, "special": ["disabled", "pregnant"],
                "name": "ปาริชาติ", "phone": "0635128840",
                "referrals": ["job_placement"]}),

    # Grandson, 24, in Bangkok, writes for his grandparents (84 and 80), who went to a
    # relative's funeral in Tha Muang, Kanchanaburi, and had their fare home stolen. The
    # host family lets them stay a few more days -> not urgent. They are healthy for their
    # age but cannot read and have never travelled alone -> cannot travel alone. He cannot
    # go (just lost his job). Asks where they apply for the old-age allowance. Gives his
    # grandfather's name with his own number.
    # -> case, Kanchanaburi -> Lamphun, 2 travellers, elderly + cannot_travel_alone,
    # referral elderly_allowance.
    "dev104 grandson for grandparents stuck after a funeral": Persona(
        ("สวัสดีครับ ผมขอปรึกษาเรื่องตายายครับ",
         "ตากับยายผมไปงานศพญาติที่ท่าม่วง กาญจนบุรี เงินค่ารถขากลับโดนขโมยไปในงาน"
         " ตอนนี้ยังพักบ้านญาติอยู่ แต่เขาก็ไม่ได้อยากให้อยู่นาน",
         "บ้านตายายอยู่ลำพูนครับ ผมทำงานกรุงเทพ เพิ่งโดนเลิกจ้าง ไม่มีเงินส่งไปให้เลย"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากขอให้ช่วยส่งตายายกลับบ้านที่ลำพูนครับ",
         "hardship": "ตายายไม่มีค่ารถกลับบ้านครับ",
         "id_card": "ตากับยายพกบัตรประชาชนไปทั้งคู่ครับ",
         "nationality": "ไทยครับ",
         "current_province": "กาญจนบุรีครับ อ.ท่าม่วง",
         "home_province": "ลำพูนครับ",
         "travellers": "2 คนครับ ตากับยาย ผมไม่ได้ไปด้วย",
         "special_needs": "ตา 84 ยาย 80 ครับ แข็งแรงตามวัย ไม่ได้ป่วยอะไร",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไม่ได้ครับ ตายายอ่านหนังสือไม่ออก ไม่เคยนั่งรถทัวร์เองเลย"
                         " ต้องต่อรถหลายทอดหลงแน่ ต้องมีคนพาไป",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "ยังพักบ้านญาติได้อีกสองสามวันครับ ข้าวปลามีกิน",
         "name": "ตาชื่อ ทองใบ สุขเกษม ครับ เบอร์ผม 093-456-7812",
         "phone": "093-456-7812",
         "needs": "ตายายยังไม่เคยได้เบี้ยยังชีพคนแก่เลยครับ ต้องไปสมัครที่ไหน",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "ลำพูน", "travellers": 2,
                "urgent": False, "special": ["elderly", "cannot_travel_alone"],
                "name": "ทองใบ", "phone": "0934567812",
                "referrals": ["elderly_allowance"], "no_referrals": HEALTH}),

    # Woman, 38, market vendor in Khon Kaen, lost a leg in a motorbike crash; discharged,
    # wound healed (she says she is no longer ill); now uses a wheelchair and cannot get on
    # a bus alone. Staying with a friend two more nights -> not urgent. Home Mukdahan.
    # Wants to register as disabled for the allowance and get a prosthetic leg.
    # -> case, disabled + cannot_travel_alone, referrals disability_allowance,
    # disability_devices.
    "dev104 young amputee leaving hospital in Khon Kaen": Persona(
        ("สวัสดีค่ะแอดมิน",
         "หนูรถล้มเมื่อเดือนก่อน ขาขวาขาดค่ะ😭 เพิ่งออกจากโรงบาลที่ขอนแก่น",
         "ตอนนี้นั่งวีลแชร์ ทำงานขายของในตลาดไม่ได้แล้ว เงินหมดเลยค่ะ อยากกลับไปอยู่กับแม่ที่มุกดาหาร"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีรายได้ค่ะ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ขอนแก่นค่ะ",
         "home_province": "มุกดาหารค่ะ",
         "travellers": "หนูคนเดียวค่ะ",
         "special_needs": "ขาขาดข้างนึง นั่งวีลแชร์ค่ะ แผลหายแล้ว หมอให้กลับบ้านได้ ไม่ได้ป่วยแล้ว",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปคนเดียวไม่ได้ค่ะ ขึ้นรถเองไม่ได้ ต้องมีคนช่วยยกขึ้นรถ",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "ยังนอนห้องเพื่อนได้อีกสองคืนค่ะ",
         "name": "กัลยา วงศ์ไชย 0928831607",
         "phone": "0928831607",
         "needs": "อยากทำบัตรคนพิการเพื่อรับเบี้ยคนพิการค่ะ แล้วก็อยากได้ขาเทียม",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "มุกดาหาร", "travellers": 1,
                "urgent": False, "special": ["disabled", "cannot_travel_alone"],
                "name": "กัลยา", "phone": "0928831607",
                "referrals": ["disability_allowance", "disability_devices"]}),

    # Man, 66, laid off as a village security guard in Bangkok; says only "hello" and then
    # answers one thing per message. Sleeps at a friend's, has food -> not urgent. Travels
    # alone. Asks where to sign up for the old-age allowance.
    # -> case, Bangkok -> Phetchabun, elderly, referral elderly_allowance.
    "dev104 retired guard, one word at a time": Persona(
        ("สวัสดีครับ",),
        {"consent": "ตกลง",
         "idle": "ขอความช่วยเหลือครับ ถูกเลิกจ้าง",
         "hardship": "ไม่มีค่ารถกลับบ้าน",
         "id_card": "มี",
         "nationality": "ไทย",
         "current_province": "กทม.",
         "home_province": "เพชรบูรณ์",
         "travellers": "1",
         "special_needs": "อายุ 66",
         "more_care": "ไม่มี",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้",
         "urgent": "นอนบ้านเพื่อนได้ ข้าวมี",
         "name": "ประเสริฐ จันทร์หอม",
         "phone": "089-701-2364",
         "needs": "เบี้ยคนแก่ ต้องไปลงชื่อที่ไหน",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "name": "ประเสริฐ", "phone": "0897012364",
                "referrals": ["elderly_allowance"], "no_referrals": HEALTH},
        one_part=True),

    # Mother, 52, and her son, 25, who has a registered intellectual disability; the shrimp
    # factory in Samut Sakhon closed. Room until month end, but no food today -> urgent.
    # Both go home to Kalasin; she looks after him on the way. Asks about the emergency
    # money for families of disabled people. -> case, urgent, 2 travellers, disabled,
    # referral disability_family_aid.
    "dev104 mother and intellectually disabled son, factory closed": Persona(
        ("สวัสดีค่ะ ขอเล่าเรื่องนะคะ โรงงานแกะกุ้งที่มหาชัยปิดไปแล้ว แม่กับลูกชายทำอยู่ด้วยกัน"
         " ลูกชายเป็นคนพิการทางสติปัญญา มีบัตรคนพิการค่ะ ตอนนี้ไม่มีเงินเหลือเลย"
         " อยากพาลูกกลับบ้านที่กาฬสินธุ์ วันนี้ทั้งแม่ทั้งลูกยังไม่ได้กินอะไรเลยค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินซื้อข้าว ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ ทั้งของแม่ของลูก",
         "nationality": "ไทยค่ะ",
         "current_province": "สมุทรสาคร มหาชัยค่ะ",
         "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "2 คนค่ะ แม่กับลูกชาย",
         "special_needs": "ลูกชาย 25 พิการทางสติปัญญาค่ะ แม่ 52",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปด้วยกันได้ค่ะ แม่ดูแลลูกเอง",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "วันนี้ยังไม่มีข้าวกินค่ะ ห้องยังอยู่ได้ถึงสิ้นเดือน",
         "name": "บัวผัน ภูผาทอง 080-615-2297",
         "phone": "080-615-2297",
         "needs": "ได้ยินว่าครอบครัวคนพิการที่เดือดร้อนมีเงินช่วยครั้งละ 3,000 อยากขอค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "กาฬสินธุ์",
                "travellers": 2, "urgent": True, "special": ["disabled"],
                "name": "บัวผัน", "phone": "0806152297",
                "referrals": ["disability_family_aid"], "no_referrals": HEALTH}),

    # Woman who turned 60 last month, diabetic with a foot wound that will not heal;
    # durian picking in Chanthaburi ended and the employer left. She may still sleep in the
    # orchard hut and has rice -> not urgent. Travels alone. Out of diabetes medicine, wants
    # a doctor. -> case, Chanthaburi -> Yasothon, elderly + sick, referral medical_services.
    "dev104 diabetic orchard worker just turned 60": Persona(
        ("สวัสดีคะ",
         "ดิฉันมารับจ้างเก็บทุเรียนที่จันทบุรี หมดฤดูแล้วเถ้าแก่ก็ไปแล้วคะ",
         "เงินไม่มีพอค่ารถกลับยโสธร ขอความชวยเหลือได้ไหมคะ"),
        {"consent": "ยินยอมคะ",
         "idle": "ขอความชวยเหลือค่ารถกลับบ้านคะ",
         "hardship": "ไม่มีค่ารถกลับบ้านคะ งานก็หมด",
         "id_card": "มีบัตรประชาชนคะ",
         "nationality": "ไทยคะ",
         "current_province": "จันทบุรี อ.มะขามคะ",
         "home_province": "ยโสธรคะ",
         "travellers": "คนเดียวคะ",
         "special_needs": "เพิ่งอายุครบ 60 เมื่อเดือนที่แล้วคะ ป่วยเป็นเบาหวาน แผลที่เท้ายังไม่หาย",
         "more_care": "ไม่มีคะ",
         "travel_alone": "ไปเองได้คะ",
         "sensitive_consent": "ยินยอมคะ",
         "urgent": "ยังนอนเพิงในสวนได้คะ ข้าวสารยังมี",
         "name": "ทองม้วน ศรีชัย 0857423310",
         "phone": "0857423310",
         "needs": "ยาเบาหวานหมดแล้วคะ แผลที่เท้าก็ยังไม่หาย อยากไปหาหมอ",
         "confirm": "ถูกต้องคะ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "ยโสธร", "travellers": 1,
                "urgent": False, "special": ["elderly", "sick"], "name": "ทองม้วน",
                "phone": "0857423310", "referrals": ["medical_services"]}),

    # Wife, 70, types with a space between every word; her husband, 74, has dementia and
    # wanders off. They came to live with their son in Bang Yai, Nonthaburi; he left for
    # work abroad and stopped answering; the room is gone. They slept at a bus stop last
    # night and have no place tonight. She cannot take him home alone and wants someone
    # to go with them. -> case, Nonthaburi -> Sukhothai, urgent, 2 travellers,
    # elderly + sick + cannot_travel_alone.
    "dev104 old wife with husband who has dementia, Bang Yai": Persona(
        ("สวัสดี จ้ะ",
         "ป้า กับ ลุง มา อยู่ กับ ลูกชาย ที่ บางใหญ่ ลูก ไป ทำงาน ต่าง ประเทศ แล้ว ติดต่อ ไม่ ได้"
         " ห้อง ก็ ไม่ มี ให้ อยู่ แล้ว",
         "เมื่อ คืน นอน ป้าย รถเมล์ ลุง เขา ป่วย เป็น อัลไซเมอร์ ป้า ดูแล คน เดียว ไม่ ไหว แล้ว",
         "อยาก กลับ บ้าน สุโขทัย จ้ะ"),
        {"consent": "ยินยอม จ้ะ",
         "idle": "อยาก กลับ บ้าน สุโขทัย",
         "hardship": "ไม่ มี ที่ อยู่ ไม่ มี เงิน ค่า รถ",
         "id_card": "มี ทั้ง สอง คน จ้ะ",
         "nationality": "ไทย",
         "current_province": "นนทบุรี บางใหญ่",
         "home_province": "สุโขทัย อ.ศรีสำโรง",
         "travellers": "สอง คน ป้า กับ ลุง",
         "special_needs": "ป้า 70 ลุง 74 ลุง ป่วย เป็น สมองเสื่อม จำ อะไร ไม่ ค่อย ได้",
         "more_care": "ไม่ มี",
         "travel_alone": "ป้า พา ลุง ไป เอง ไม่ ไหว ลุง ชอบ เดิน หาย เมื่อวาน หาย ไป ครึ่ง วัน"
                         " อยาก ได้ คน ช่วย พา ไป",
         "sensitive_consent": "ยินยอม",
         "urgent": "คืน นี้ ไม่ มี ที่ นอน จ้ะ",
         "name": "ละเอียด ปิ่นแก้ว 0843097716",
         "phone": "0843097716",
         "needs": "ไม่ มี อะไร แล้ว จ้ะ ขอ ให้ ได้ กลับ บ้าน ก่อน",
         "confirm": "ถูก แล้ว จ้ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "สุโขทัย", "travellers": 2,
                "urgent": True, "special": ["elderly", "sick", "cannot_travel_alone"],
                "name": "ละเอียด", "phone": "0843097716"}),

    # Deaf man, 45, sign-language word order, with his mother, 71 (hearing, healthy). Hotel
    # laundry job in Phuket ended; room paid until the 10th -> not urgent. Both go home to
    # Trang and travel together. Asks how to move his mother's old-age allowance from
    # Phuket to Trang. Answers one thing per message.
    # -> case, 2 travellers, disabled + elderly, referral elderly_allowance.
    "dev104 deaf son with his mother in Phuket, one part at a time": Persona(
        ("สวัสดี ครับ",
         "ผม หูหนวก แม่ ผม แก่ ภูเก็ต อยู่ งาน โรงแรม ซักผ้า หมด แล้ว",
         "ตรัง กลับ อยาก เงิน พอ ไม่"),
        {"consent": "ยินยอม",
         "idle": "ช่วย ค่า รถ กลับ บ้าน",
         "hardship": "ค่า รถ ไม่มี",
         "id_card": "มี ผม แม่ มี",
         "nationality": "ไทย",
         "current_province": "ภูเก็ต",
         "home_province": "ตรัง",
         "travellers": "สอง ผม แม่",
         "special_needs": "ผม หูหนวก พิการ แม่ 71 ป่วย ไม่",
         "more_care": "ไม่มี",
         "travel_alone": "ไป เอง ได้ ผม แม่ ด้วย กัน",
         "sensitive_consent": "ตกลง",
         "urgent": "ห้อง ได้ ถึง วันที่ 10 ข้าว มี",
         "name": "อนุชา แสงทอง",
         "phone": "0827719305",
         "needs": "เบี้ย คนแก่ แม่ ภูเก็ต รับ ตรัง ย้าย ทำ ยังไง",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ตรัง", "travellers": 2,
                "urgent": False, "special": ["disabled", "elderly"], "name": "อนุชา",
                "phone": "0827719305", "referrals": ["elderly_allowance"],
                "no_referrals": HEALTH},
        one_part=True),

    # REFUSED. Burmese woman, 40, was a live-in carer for a bedridden Thai grandmother in
    # Nonthaburi; the grandmother died and the family let her go. No money to get back to
    # Mae Sot. Myanmar national with a pink card, no Thai ID, no Thai-nationality letter.
    # -> refused, reason nationality.
    "dev104 Myanmar carer after her patient died": Persona(
        ("สวัสดีค่ะ หนูคนพม่านะคะ พูดไทยไม่ค่อยเก่ง",
         "หนูดูแลยายแก่ติดเตียงที่นนทบุรี 3 ปี ยายตายแล้วเมื่ออาทิตย์ก่อน ลูกยายให้หนูออก",
         "เงินไม่มีเลย อยากกลับแม่สอด ช่วยหนูได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากได้ค่ารถกลับแม่สอดค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีงานแล้วค่ะ",
         "id_card": "ไม่มีบัตรประชาชนไทยค่ะ มีบัตรชมพู",
         "nationality": "พม่าค่ะ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "นนทบุรีค่ะ",
         "home_province": "แม่สอด ตากค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "urgent": "ตอนนี้นอนวัดค่ะ",
         "name": "มะเอ 0968142275",
         "phone": "0968142275",
         "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ", "current": "นนทบุรี"}),

    # REFUSED. Wife, 58, writes for her husband, 63, who had a stroke while cutting cane
    # in Saraburi. Both wallets with their ID cards were lost in the hospital; they have no
    # papers at all and no letter certifying Thai nationality (she could not reach the
    # village head in Buriram). -> refused, reason certifying letter.
    "dev104 cane cutter's wife, stroke husband, no papers at all": Persona(
        ("สวัสดีจ้า",
         "ผัวอายุ63 เป็นลมปัจจุบันตอนตัดอ้อยที่สระบุรี นอนโรงบาลมาอาทิตย์นึง ตอนนี้หมอให้ออกแล้ว",
         "กระเป๋าตังหายในโรงบาล บัตรประชาชนหายหมดทั้งของผัวของเมีย",
         "อยากกลับบุรีรัมย์ ไม่มีค่ารถจ้า"),
        {"consent": "ยินยอมจ้า",
         "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "ไม่มีค่ารถกลับบ้านจ้า",
         "id_card": "ไม่มีจ้า หายหมด",
         "nationality": "ไทยจ้า",
         "nationality_letter": "ไม่มีจ้า ไม่มีเอกสารอะไรเลย โทรหาผู้ใหญ่บ้านก็ไม่ติด",
         "current_province": "สระบุรี",
         "home_province": "บุรีรัมย์",
         "travellers": "2 คน ผัวกับเมีย",
         "special_needs": "ผัว 63 เป็นอัมพฤกษ์ ยังป่วยอยู่",
         "more_care": "ไม่มี",
         "travel_alone": "ไปด้วยกันได้จ้า",
         "sensitive_consent": "ยินยอมจ้า",
         "urgent": "ยังพักที่แคมป์อ้อยได้",
         "name": "สมพร ดีพร้อม 0874410538",
         "phone": "0874410538",
         "confirm": "ถูกจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # REFUSED. Daughter in Nakhon Ratchasima (Korat speech) caring for her bedridden
    # mother at their own home in Korat; wants money for the taxi to take her mother to
    # the city hospital every month. They are at home, not stranded anywhere.
    # -> refused, reason already at home (ภูมิลำเนา).
    "dev104 Korat carer at home wanting hospital fare": Persona(
        ("หวัดดีจ้ะ",
         "แม่ติดเตียงอยู่บ้านฮิ ต้องพาไปหาหมอในเมืองโคราชทุกเดือน เหมารถทีละ500",
         "เดือนนี้ไม่มีตังค์จริงๆ ขอเงินค่ารถได้มั้ยจ้ะ บ้านก็อยู่โคราชนี่แหละ ไม่ได้ไปติดที่ไหน"),
        {"consent": "ยินยอมจ้ะ",
         "idle": "ขอค่ารถพาแม่ไปหาหมอ",
         "hardship": "ไม่มีค่ารถพาแม่ไปโรงบาลจ้ะ",
         "id_card": "มีจ้ะ",
         "nationality": "ไทย",
         "current_province": "โคราช อ.โนนสูง อยู่บ้านตัวเองจ้ะ",
         "home_province": "โคราชนี่แหละ บ้านเกิด",
         "travellers": "2 คน ฉันกับแม่",
         "special_needs": "แม่ 84 ติดเตียง",
         "more_care": "ไม่มี",
         "travel_alone": "แม่ไปเองไม่ได้ ฉันพาไป",
         "sensitive_consent": "ยินยอม",
         "urgent": "อยู่บ้านตัวเองจ้ะ ข้าวมีกิน",
         "name": "วันเพ็ญ โคตรมณี 0616203384",
         "phone": "0616203384",
         "confirm": "ถูกจ้ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "นครราชสีมา",
                "home": "นครราชสีมา"}),

    # ANSWERED. Blind man, voice typing (ใหม่ for ไหม), just registered as disabled, asks
    # how much the disability allowance is a month; refuses consent, only asking.
    # -> answered, 800 baht.
    "dev104 blind man asks the disability allowance, no consent": Persona(
        ("สวัสดีครับผมตาบอดเพิ่งไปขึ้นทะเบียนคนพิการมาอยากรู้ว่าเบี้ยคนพิการได้เดือนละเท่าไหร่ครับ"
         "แล้วได้ทุกเดือนใหม่ครับ",),
        {"consent": "ไม่ยินยอมครับแค่อยากถามเฉยๆ",
         "idle": "เบี้ยคนพิการได้เดือนละเท่าไหร่ครับ",
         "needs": "แค่อยากรู้เรื่องเบี้ยคนพิการครับ"},
        outcome="answered", answered="800", expect={"stored": False}),

    # ANSWERED. Daughter-in-law in Yala asks for her mother-in-law, 77, living in
    # hardship: how much the grant for elderly in hardship is and how often; not applying
    # for anything here, refuses consent. -> answered, 2,500 baht.
    "dev104 daughter-in-law asks the elderly hardship grant": Persona(
        ("สวัสดีค่ะ ขอถามหน่อยค่ะ",
         "แม่สามีอายุ77 อยู่ยะลา ลำบากมาก ไม่มีใครส่งเงินให้ ได้ยินว่ามีเงินช่วยคนแก่ที่ลำบาก"
         " ได้ครั้งละเท่าไหร่คะ ปีนึงขอได้กี่ครั้ง"),
        {"consent": "ไม่ยินยอมค่ะ ถามข้อมูลเฉยๆ",
         "idle": "เงินช่วยผู้สูงอายุที่ลำบาก ได้ครั้งละเท่าไหร่คะ"},
        outcome="answered", answered="2,500", expect={"stored": False}),

    # ANSWERED. Deaf woman, sign-language word order, cannot phone; asks which ways there
    # are to contact the office about the return-home money and when it is open; refuses
    # consent for now. -> answered, hotline/e-service 1300.
    "dev104 deaf woman asks how to contact without a phone call": Persona(
        ("สวัสดี",
         "ฉัน หูหนวก โทร ไม่ได้",
         "ถาม ก่อน เงิน กลับ บ้าน ขอ ติดต่อ ทาง ไหน ได้ บ้าง เปิด กี่ โมง"),
        {"consent": "ไม่ ยินยอม ถาม ก่อน",
         "idle": "ติดต่อ ทาง ไหน ได้ บ้าง โทร ไม่ได้"},
        outcome="answered", answered="1300", expect={"stored": False}),
}
