"""dev98: Blind dialog personas for the Namjai benchmark, 2026-12-07.

Written from the seeds only.
Focus: families and care: pregnant women, mothers with babies, grandparents raising
grandchildren, people just discharged from hospital, teenagers who ran away from home,
people travelling with a disabled relative; written by themselves or by a relative,
neighbour, nurse or social worker on their behalf.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")
NOT_PRISON = ("probation_support", "criminal_record")

PERSONAS: dict[str, Persona] = {
    # Noi, 24, seven months pregnant; her husband left her in Saraburi where they cut
    # sugarcane; she slept at the bus station last night and has not eaten; home is her
    # mother's in Roi Et. Writes herself, no spaces. Case, urgent, pregnant.
    "dev98 pregnant woman abandoned at Saraburi bus station": Persona(
        ("สวัสดีค่ะ",
         "ขอความช่วยเหลือหน่อยค่ะ ท้อง7เดือนแล้ว ผัวทิ้งไว้ที่สระบุรี",
         "ตังหมดเลยค่ะ จะกลับบ้านแม่ที่ร้อยเอ็ด เมื่อคืนนอนที่ท่ารถ"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีที่นอนด้วย", "id_card": "มีบัตรค่ะ",
         "nationality": "คนไทยค่ะ", "current_province": "สระบุรีค่ะ",
         "home_province": "ร้อยเอ็ดค่ะ อ.เสลภูมิ", "travellers": "ไปคนเดียวค่ะ",
         "special_needs": "ท้อง7เดือนค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "คืนนี้ก็คงนอนท่ารถอีกค่ะ ข้าวยังไม่ได้กินเลย",
         "name": "น้อยค่ะ", "phone": "0931457720", "needs": "ขอแค่ได้กลับบ้านค่ะ",
         "confirm": "ถูกค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สระบุรี", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": ["pregnant"], "name": "น้อย",
                "phone": "0931457720", "no_referrals": NOT_PRISON}),

    # Janpen, 29, her factory in Pathum Thani closed without the last pay; she has a
    # two-month-old daughter; the room is paid until Sunday and there is rice, but the
    # formula is running out. Home Nakhon Phanom. Holding the baby, answers one thing
    # per message. Case, not urgent, child; asks for milk and nappies (food/consumer
    # goods for people who still have shelter).
    "dev98 mother with two-month baby, factory closed, formula running out": Persona(
        ("สวัสดีค่ะ",
         "โรงงานปิดค่ะ ไม่ได้เงินเดือนงวดสุดท้าย",
         "อยากพาลูกกลับบ้านที่นครพนม ไม่มีค่ารถเลยค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ปทุมธานีค่ะ แถวนวนคร", "home_province": "นครพนมค่ะ",
         "travellers": "2 คนค่ะ", "special_needs": "ลูกอ่อนค่ะ 2 เดือน",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไปได้ค่ะ",
         "urgent": "ห้องยังอยู่ได้ถึงวันอาทิตย์ค่ะ ข้าวสารยังพอมี",
         "name": "จันทร์เพ็ญค่ะ", "phone": "๐๘๙ ๒๒๔ ๖๗๑๐",
         "needs": "นมผงลูกจะหมดแล้วค่ะ ถ้ามีช่วยเรื่องนมกับผ้าอ้อมด้วยก็ดีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ปทุมธานี", "home": "นครพนม", "travellers": 2,
                "urgent": False, "special": ["child"], "name": "จันทร์เพ็ญ",
                "phone": "0892246710", "referrals": ["food_clothing_aid"],
                "no_referrals": NOT_PRISON}),

    # A station volunteer at Hua Lamphong writes for Yai Samai, 67, who brought her
    # grandchildren (8 and 5) to Bangkok to look for their mother, did not find her and
    # ran out of money; they slept in the station. Home Buriram. She has never received
    # the old-age allowance and asks how. Case, urgent, elderly + child.
    "dev98 grandmother and two grandchildren at Hua Lamphong, by a volunteer": Persona(
        ("สวัสดีครับ ผมเป็นจิตอาสาอยู่สถานีหัวลำโพงครับ",
         "มียายคนนึงอายุ67 พาหลานสองคนมาตามหาแม่เด็กที่กรุงเทพ หาไม่เจอ เงินหมดแล้วครับ",
         "เมื่อคืนนอนในสถานีกันสามคน ยายอยากกลับบุรีรัมย์ครับ"),
        {"consent": "ยายบอกว่ายินยอมครับ", "idle": "ขอความช่วยเหลือให้ยายครับ",
         "hardship": "ไม่มีเงินค่ารถไฟกลับครับ ไม่มีที่นอน ข้าวก็ต้องขอเขากิน",
         "id_card": "ยายมีบัตรประชาชนครับ", "nationality": "คนไทยครับ",
         "current_province": "กรุงเทพครับ",
         "home_province": "บุรีรัมย์ครับ อำเภอลำปลายมาศ",
         "travellers": "3 คนครับ ยายกับหลาน",
         "special_needs": "ยาย67 หลานคนโต8ขวบ คนเล็ก5ขวบครับ",
         "more_care": "ไม่มีครับ ยายยังเดินไหว",
         "travel_alone": "ยายพาหลานไปเองได้ครับ",
         "urgent": "คืนนี้ก็ไม่มีที่นอนครับ ยังไม่ได้กินข้าวเย็นกัน",
         "name": "ยายสมัย ครับ",
         "phone": "ยายไม่มีโทรศัพท์ ใช้เบอร์ผมได้ครับ 081-530-2264",
         "needs": "ยายบอกว่ายังไม่เคยได้เบี้ยคนแก่เลยครับ อยากรู้ว่าต้องไปขอยังไง",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 3, "urgent": True, "special": ["elderly", "child"],
                "name": "สมัย", "phone": "0815302264",
                "referrals": ["elderly_allowance"], "no_referrals": NOT_PRISON}),

    # The social-work unit of a Khon Kaen hospital writes for Mr Prasit, 45, a
    # construction worker from Lampang with a leg broken in a motorbike accident. He is
    # discharged today on crutches, has no relatives here, no money and nowhere to stay
    # tonight, and cannot manage the bus alone: they ask for an officer to go with him.
    # Case, urgent, sick + cannot travel alone; escort.
    "dev98 man discharged on crutches, hospital social worker asks for escort": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ ติดต่อจากงานสังคมสงเคราะห์ โรงพยาบาลขอนแก่นค่ะ",
         "มีผู้ป่วยชาย อายุ 45 ปี ขาหักจากอุบัติเหตุรถจักรยานยนต์ แพทย์ให้กลับบ้านได้วันนี้ "
         "แต่ไม่มีญาติที่นี่และไม่มีเงินกลับภูมิลำเนาที่ลำปางค่ะ",
         "ผู้ป่วยยังต้องใช้ไม้ค้ำยัน ขึ้นรถทัวร์คนเดียวไม่ไหว "
         "อยากทราบว่ามีเจ้าหน้าที่เดินทางไปส่งได้ไหมคะ"),
        {"consent": "ผู้ป่วยยินยอมแล้วค่ะ",
         "sensitive_consent": "ผู้ป่วยยินยอมให้แจ้งข้อมูลสุขภาพค่ะ",
         "idle": "ขอความช่วยเหลือให้ผู้ป่วยค่ะ",
         "hardship": "ไม่มีค่าพาหนะกลับบ้านค่ะ เงินหมดไปกับค่ารักษา",
         "id_card": "มีบัตรประชาชนค่ะ", "nationality": "สัญชาติไทยค่ะ",
         "current_province": "ขอนแก่นค่ะ", "home_province": "ลำปางค่ะ อำเภอเกาะคา",
         "travellers": "ผู้ป่วยคนเดียวค่ะ",
         "special_needs": "ขาหัก เพิ่งออกจากโรงพยาบาล ใช้ไม้ค้ำยันค่ะ",
         "more_care": "ต้องมีคนช่วยพยุงขึ้นลงรถค่ะ",
         "travel_alone": "เดินทางคนเดียวไม่ได้ค่ะ",
         "urgent": "ออกจากตึกผู้ป่วยวันนี้ คืนนี้ยังไม่มีที่พักค่ะ",
         "name": "นายประสิทธิ์ ค่ะ", "phone": "ติดต่อผู้ป่วยได้ที่ 0862718453 ค่ะ",
         "needs": "ขอเจ้าหน้าที่ร่วมเดินทางไปส่งด้วยค่ะ", "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "ลำปาง", "travellers": 1,
                "urgent": True, "special": ["sick", "cannot_travel_alone"],
                "name": "ประสิทธิ์", "phone": "0862718453",
                "referrals": ["travel_escort"]}),

    # Fon, 16, ran away from home in Phetchabun two weeks ago and followed a friend to
    # Pattaya; the friend's boyfriend threw her out; she is sitting outside a 7-Eleven
    # with nowhere to sleep and wants to go back to her grandma. Slang, one thing per
    # message. Case, urgent; 16 is not a child under 12, so no special needs.
    "dev98 runaway girl, 16, thrown out in Pattaya": Persona(
        ("หวัดดีค่ะ",
         "หนูหนีออกจากบ้านมาอยู่พัทยากับเพื่อนได้2อาทิตย์ แต่ตอนนี้เค้าไล่ออกมาแล้ว",
         "อยากกลับบ้านที่เพชรบูรณ์ค่ะ ไม่มีตังเลย"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีที่นอนค่ะ ตังก็ไม่มี", "id_card": "มีบัตรค่ะ ทำตอน15",
         "nationality": "ไทยค่ะ", "current_province": "พัทยาค่ะ",
         "home_province": "เพชรบูรณ์ หล่มสักค่ะ", "travellers": "หนูคนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "คืนนี้ไม่รู้จะนอนไหนเลยค่ะ นั่งอยู่หน้าเซเว่น",
         "name": "ฝน", "phone": "0617734092", "needs": "ไม่มีค่ะ อยากกลับไปหายาย",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "เพชรบูรณ์", "travellers": 1,
                "urgent": True, "special": [], "name": "ฝน", "phone": "0617734092",
                "no_referrals": NOT_PRISON}),

    # A monk at a temple in Nonthaburi writes for Bank (Thanakorn), 14, who ran away
    # from Korat over a month ago and now lives at the temple, which feeds him and gives
    # him a place to sleep. His parents want him back but cannot afford to come; his
    # father will wait at the Korat bus terminal. Case, not urgent, no special needs,
    # no health services.
    "dev98 runaway boy, 14, sheltered at a temple, written by a monk": Persona(
        ("เจริญพร อาตมาเขียนจากวัดในนนทบุรี",
         "มีเด็กชายอายุ ๑๔ ปี หนีออกจากบ้านที่โคราชมาได้เดือนกว่า ตอนนี้มาอาศัยอยู่ที่วัด",
         "โยมพ่อแม่เด็กอยากให้กลับบ้าน แต่ไม่มีเงินค่ารถมารับ เด็กเองก็ไม่มีเงิน "
         "จะขอความช่วยเหลือได้ไหม"),
        {"consent": "เด็กยินยอม อาตมาก็ยินยอม", "idle": "ขอความช่วยเหลือให้เด็ก",
         "hardship": "ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีบัตรประชาชน เด็กพกติดตัวมา", "nationality": "เป็นคนไทย",
         "current_province": "นนทบุรี",
         "home_province": "นครราชสีมา อำเภอปักธงชัย",
         "travellers": "เด็กคนเดียว", "special_needs": "ไม่มี เด็กแข็งแรงดี",
         "more_care": "ไม่มี",
         "travel_alone": "ขึ้นรถเองได้ โยมพ่อจะไปรอรับที่ขนส่งโคราช",
         "urgent": "ที่วัดมีที่นอนให้ มีข้าวให้กิน ไม่เดือดร้อนเรื่องนี้",
         "name": "ด.ช.ธนากร ชื่อเล่นแบงค์",
         "phone": "ติดต่อที่วัดได้ ๐๙๒-๕๕๐-๑๓๘๖",
         "needs": "ไม่มีอะไรแล้ว ขออนุโมทนา", "confirm": "ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "นครราชสีมา",
                "travellers": 1, "urgent": False, "special": [], "name": "ธนากร",
                "phone": "0925501386", "no_referrals": HEALTH + NOT_PRISON}),

    # Kaew, 38, brought her paraplegic brother (wheelchair, disability card) to Hat Yai
    # for a check-up; her purse was stolen and a wheelchair wheel broke. The guesthouse
    # is paid for two more nights and they have food; home Surat Thani; the brother
    # cannot ride a normal bus. She travels with him and cares for him. Case, not
    # urgent, disabled; asks for the wheelchair to be repaired.
    "dev98 sister with brother in a broken wheelchair, Hat Yai": Persona(
        ("สวัสดีค่ะ รบกวนสอบถามค่ะ",
         "พาน้องชายที่นั่งวีลแชร์มาหาหมอที่หาดใหญ่ค่ะ โดนล้วงกระเป๋าเงินหายหมด",
         "จะกลับสุราษฎร์ก็ไม่มีเงินแล้ว รถเข็นน้องก็ล้อหักอีก ทำไงดีคะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ได้ค่ะ ยินยอม",
         "idle": "ขอความช่วยเหลือค่ะ", "hardship": "ไม่มีค่ารถกลับค่ะ",
         "id_card": "บัตรเก็บไว้กระเป๋าอีกใบ ยังอยู่ค่ะ มีทั้งสองคน",
         "nationality": "คนไทยค่ะ", "current_province": "สงขลาค่ะ อยู่หาดใหญ่",
         "home_province": "สุราษฎร์ธานีค่ะ", "travellers": "2 คนค่ะ พี่กับน้อง",
         "special_needs": "น้องเป็นคนพิการค่ะ ขาอ่อนแรงเดินไม่ได้ นั่งวีลแชร์ มีบัตรคนพิการ",
         "more_care": "ขึ้นรถทัวร์ไม่ได้ค่ะ ต้องเป็นรถตู้ที่ยกวีลแชร์ขึ้นได้",
         "travel_alone": "ไปกันเองได้ค่ะ พี่ดูแลน้องเอง",
         "urgent": "ห้องพักจ่ายไว้แล้วอีก 2 คืนค่ะ ข้าวยังพอมี",
         "name": "แก้วค่ะ", "phone": "0873319045",
         "needs": "อยากให้ช่วยซ่อมรถเข็นน้องด้วยค่ะ ล้อหักใช้ไม่ได้",
         "confirm": "ถูกค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "สุราษฎร์ธานี",
                "travellers": 2, "urgent": False, "special": ["disabled"], "name": "แก้ว",
                "phone": "0873319045", "referrals": ["disability_devices"],
                "no_referrals": NOT_PRISON}),

    # A ward nurse at a Chanthaburi hospital writes for Uncle Somsak, 72, an orchard
    # day-labourer with no relatives here, weak on his right side after a stroke. He may
    # stay on the ward until transport is arranged; his daughter in Sakon Nakhon will
    # take him in but cannot afford to come. He cannot travel alone. Case, not urgent,
    # elderly + sick + cannot travel alone; escort.
    "dev98 nurse for a 72-year-old stroke patient, Chanthaburi": Persona(
        ("สวัสดีค่ะ พยาบาลตึกอายุรกรรมชาย โรงพยาบาลในจันทบุรีค่ะ",
         "คนไข้ตาสมศักดิ์ อายุ72 เส้นเลือดสมองตีบ แขนขาขวายังอ่อนแรง "
         "มารับจ้างเก็บผลไม้ที่นี่ ไม่มีญาติเลยค่ะ",
         "ลูกสาวอยู่สกลนครจะรับไปดูแล แต่ไม่มีเงินมารับ และแกเดินทางเองไม่ได้ค่ะ"),
        {"consent": "คนไข้ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือให้คนไข้ค่ะ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านค่ะ ไม่มีรายได้แล้ว",
         "id_card": "มีบัตรประชาชนค่ะ", "nationality": "คนไทยค่ะ",
         "current_province": "จันทบุรีค่ะ",
         "home_province": "สกลนครค่ะ บ้านลูกสาวอยู่ อ.สว่างแดนดิน",
         "travellers": "คนไข้คนเดียวค่ะ",
         "special_needs": "อายุ72 เพิ่งเป็นเส้นเลือดสมองตีบ เดินต้องมีคนพยุงค่ะ",
         "more_care": "ต้องมีคนช่วยเรื่องเข้าห้องน้ำกับขึ้นลงรถค่ะ",
         "travel_alone": "ไม่ได้ค่ะ ต้องมีคนไปด้วย",
         "urgent": "ตอนนี้ให้นอนรอที่ตึกได้ก่อนค่ะ อาหารโรงพยาบาลมีให้",
         "name": "สมศักดิ์ค่ะ", "phone": "เบอร์ลูกสาวคนไข้ 0954420871 ค่ะ",
         "needs": "อยากให้มีเจ้าหน้าที่ไปส่งถึงบ้านค่ะ", "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "จันทบุรี", "home": "สกลนคร", "travellers": 1,
                "urgent": False, "special": ["elderly", "sick", "cannot_travel_alone"],
                "name": "สมศักดิ์", "phone": "0954420871",
                "referrals": ["travel_escort"]}),

    # Ploy, 31, left her violent husband tonight with her three children (10, 6 and 2);
    # she is sitting in a 7-Eleven in Samut Prakan with 60 baht and her ID card, and
    # wants to go to her mother's in Udon Thani. Writes in bursts. Case, urgent, child.
    "dev98 mother fleeing a violent husband with three children": Persona(
        ("ช่วยด้วยค่ะ",
         "หนีผัวออกมากับลูก3คน มันทุบตีทุกวัน ทนไม่ไหวแล้ว",
         "ตอนนี้นั่งอยู่เซเว่นแถวปากน้ำ มีเงินติดตัว60บาท จะไปบ้านแม่ที่อุดรค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีที่ไปค่ะ ไม่มีค่ารถ",
         "id_card": "มีบัตรประชาชนค่ะ หยิบมาได้แค่นี้", "nationality": "ไทยค่ะ",
         "current_province": "สมุทรปราการค่ะ", "home_province": "อุดรธานีค่ะ",
         "travellers": "4 คนค่ะ หนูกับลูก3",
         "special_needs": "ลูก10ขวบ 6ขวบ แล้วก็2ขวบค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ ลูกยังไม่ได้กินข้าวเย็น",
         "name": "พลอยค่ะ", "phone": "06-3902-8815",
         "needs": "ขอให้ได้ไปให้ไกลจากเขาก่อนค่ะ", "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "อุดรธานี",
                "travellers": 4, "urgent": True, "special": ["child"], "name": "พลอย",
                "phone": "0639028815", "no_referrals": NOT_PRISON}),

    # Daeng, 33, and his wife, eight months pregnant, worked on a building site in
    # Phuket; the contractor vanished without paying. They may stay in the camp three
    # more days and still have rice. He wants to take her home to Kalasin to give birth
    # and asks where to find work there. Case, not urgent, pregnant; job placement.
    "dev98 husband and pregnant wife, unpaid construction workers in Phuket": Persona(
        ("สวัสดีครับ",
         "ผมกับเมียทำงานก่อสร้างอยู่ภูเก็ตครับ ผู้รับเหมาหนีไม่จ่ายค่าแรง",
         "เมียท้อง8เดือนแล้ว อยากพากลับไปคลอดที่บ้านกาฬสินธุ์ แต่ไม่มีเงินค่ารถเลยครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ไม่มีรายได้",
         "id_card": "มีครับ ทั้งผมทั้งเมีย", "nationality": "คนไทยครับ",
         "current_province": "ภูเก็ตครับ", "home_province": "กาฬสินธุ์ครับ",
         "travellers": "2 คนครับ", "special_needs": "เมียท้อง 8 เดือนครับ",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ ผมดูแลเมียเอง",
         "urgent": "ยังพักในแคมป์ได้อีก 3 วันครับ ข้าวสารยังพอมี",
         "name": "แดงครับ", "phone": "0826607193",
         "needs": "กลับไปแล้วอยากได้งานทำครับ มีที่ไหนช่วยหางานไหม",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "กาฬสินธุ์", "travellers": 2,
                "urgent": False, "special": ["pregnant"], "name": "แดง",
                "phone": "0826607193", "referrals": ["job_placement"]}),

    # Grandpa Kham, 63, raises his grandson (4) alone; the boy had heart surgery in
    # Chiang Mai and was discharged today; the money is gone, the rented room is over
    # and they have nowhere to sleep tonight. Home Mae Hong Son. Writes in northern
    # dialect, one thing per message. Case, urgent, elderly + child + sick.
    "dev98 grandfather and grandson after heart surgery, northern dialect": Persona(
        ("สวัสดีครับ",
         "ปู่อายุ63 พาหลาน4ขวบมาผ่าตัดหัวใจที่เจียงใหม่ครับ หมอหื้อออกจากโฮงยาวันนี้",
         "สตางค์บ่มีแล้ว บ่มีค่ารถปิ๊กบ้านแม่ฮ่องสอนครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ ยินยอม",
         "idle": "ขอความช่วยเหลือครับ", "hardship": "บ่มีค่ารถปิ๊กบ้านครับ",
         "id_card": "มีบัตรครับ", "nationality": "คนไทยครับ",
         "current_province": "เจียงใหม่ครับ",
         "home_province": "แม่ฮ่องสอนครับ อำเภอขุนยวม",
         "travellers": "สองคนครับ ปู่กับหลาน",
         "special_needs": "หลานเพิ่งผ่าตัดหัวใจครับ", "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้บ่มีที่นอนครับ ห้องเช่าบ่มีสตางค์จ่ายแล้ว",
         "name": "ปู่คำครับ", "phone": "0848152267",
         "needs": "บ่มีแล้วครับ ขอบคุณหลายๆ", "confirm": "แม่นแล้วครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 2, "urgent": True, "special": ["elderly", "child", "sick"],
                "name": "คำ", "phone": "0848152267", "no_referrals": NOT_PRISON}),

    # Nok, 27, living with HIV, was discharged yesterday from a Nakhon Sawan hospital
    # after a lung infection and is still weak; her boyfriend left her with their
    # one-year-old son; nowhere to sleep tonight. She wants to go home to her mother in
    # Phrae, keep taking her ARVs there, and asks about the aid for people with HIV.
    # Gives sensitive consent. Case, urgent, child + sick; HIV aid.
    "dev98 mother with HIV and a baby, just discharged in Nakhon Sawan": Persona(
        ("สวัสดีค่ะ",
         "เพิ่งออกจากโรงพยาบาลที่นครสวรรค์เมื่อวานค่ะ เป็นปอดติดเชื้อ ตอนนี้ยังเพลียๆอยู่",
         "มีลูกชายขวบนึง แฟนทิ้งไปแล้ว อยากกลับไปอยู่กับแม่ที่แพร่ค่ะ แต่ไม่มีเงินเลย"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ ไม่อยากให้ใครรู้มากนะคะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ ไม่มีที่อยู่ด้วย", "id_card": "มีค่ะ",
         "nationality": "คนไทยค่ะ", "current_province": "นครสวรรค์ค่ะ",
         "home_province": "แพร่ค่ะ", "travellers": "2 คนค่ะ หนูกับลูก",
         "special_needs": "ลูกขวบนึงค่ะ ตัวหนูเพิ่งออกจากโรงพยาบาล "
                          "แล้วก็ติดเชื้อเอชไอวีค่ะ กินยาต้านอยู่",
         "more_care": "ต้องไปรับยาต้านต่อที่โรงพยาบาลแพร่ค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "คืนนี้ยังไม่รู้จะนอนที่ไหนค่ะ",
         "name": "นกค่ะ", "phone": "0898043351",
         "needs": "ได้ยินว่ามีเงินช่วยคนติดเชื้อ HIV อยากขอด้วยค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นครสวรรค์", "home": "แพร่", "travellers": 2,
                "urgent": True, "special": ["child", "sick"], "name": "นก",
                "phone": "0898043351", "referrals": ["hiv_aid"],
                "no_referrals": NOT_PRISON}),

    # Buakham, 52, brought her son (24, intellectual disability, cannot be left alone)
    # to a Bangkok hospital appointment; her wallet was stolen at Mo Chit but the ID
    # cards were in her shirt pocket. No fare to Chaiyaphum, nowhere to sleep tonight.
    # The son was never registered as disabled; she asks how to get the disability
    # allowance. Poor typing (คะ for ค่ะ, misspellings). Case, urgent, disabled.
    "dev98 mother with intellectually disabled son robbed at Mo Chit": Persona(
        ("สวัสดีคะ",
         "ป้าพาลูกชายมาหาหมอที่กรุงเทพ ลูกเปนเด็กพิเศษ อายุ24แล้วแต่เหมือนเด็ก",
         "โดนขะโมยกะเป๋าตังที่หมอชิต ไม่มีค่ารถกลับชัยภูมิคะ"),
        {"consent": "ยินยอมคะ", "sensitive_consent": "ยินยอมคะ",
         "idle": "ขอความช่วยเหลือคะ",
         "hardship": "ไม่มีค่ารถคะ ไม่มีที่นอนด้วย",
         "id_card": "บัตรเก็บไว้กระเป๋าเสื้อ ไม่หายคะ ของลูกก็มี",
         "nationality": "คนไทยคะ", "current_province": "กรุงเทพคะ อยู่หมอชิต",
         "home_province": "ชัยภูมิ อ.ภูเขียวคะ", "travellers": "2คนคะ ป้ากับลูก",
         "special_needs": "ลูกพิการทางสติปัญญาคะ ปล่อยคลาดสายตาไม่ได้",
         "more_care": "ไม่มีคะ ป้าดูเองได้", "travel_alone": "ป้าพาไปเองได้คะ",
         "urgent": "คืนนี้ไม่มีที่นอนคะ นั่งรอในสถานี",
         "name": "บัวคำ", "phone": "๐๘๐ ๗๗๑ ๔๕๒๙",
         "needs": "ลูกยังไม่เคยไปทำบัตรคนพิการเลยคะ อยากได้เบี้ยคนพิการ ต้องทำยังไงคะ",
         "confirm": "ถูกคะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 2, "urgent": True, "special": ["disabled"],
                "name": "บัวคำ", "phone": "0807714529",
                "referrals": ["disability_allowance"], "no_referrals": NOT_PRISON}),

    # Ying, in Nakhon Sawan, writes for her mother Chan, 78, forgetful, who boarded a
    # train alone and was found at Ayutthaya station; a social development volunteer
    # there has taken her in for a night or two. Ying has small children and no money
    # to fetch her; her mother cannot travel alone. She asks for an officer to bring
    # her home. Case, not urgent, elderly + cannot travel alone; escort.
    "dev98 daughter asks for her forgetful mother found at Ayutthaya": Persona(
        ("สวัสดีค่ะ ขอสอบถามหน่อยค่ะ",
         "แม่อายุ78 หลงๆลืมๆ แอบขึ้นรถไฟไปคนเดียว ตอนนี้มีคนเจอที่สถานีอยุธยาค่ะ",
         "หนูอยู่นครสวรรค์ ลูกยังเล็ก ไม่มีเงินไปรับ แม่กลับเองก็ไม่ได้ "
         "มีเจ้าหน้าที่พาแม่มาส่งได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือให้แม่ค่ะ",
         "hardship": "แม่ไม่มีเงินติดตัวเลยค่ะ หนูก็ไม่มีค่ารถไปรับ",
         "id_card": "แม่มีบัตรประชาชนค่ะ ตำรวจเห็นในกระเป๋าแม่",
         "nationality": "คนไทยค่ะ", "current_province": "อยุธยาค่ะ",
         "home_province": "นครสวรรค์ค่ะ", "travellers": "แม่คนเดียวค่ะ",
         "special_needs": "แม่อายุ78 ความจำไม่ดีค่ะ",
         "more_care": "ต้องมีคนพาถึงบ้านค่ะ ไม่งั้นหลงอีก",
         "travel_alone": "ไม่ได้ค่ะ แม่ไปเองไม่ได้",
         "urgent": "ตอนนี้ อพม.ที่นั่นรับแม่ไปนอนบ้านก่อนได้ค่ะ มีข้าวกิน",
         "name": "แม่ชื่อ จันทร์ ค่ะ", "phone": "0851196634 เบอร์หนูค่ะ",
         "needs": "ขอเจ้าหน้าที่พาแม่มาส่งค่ะ", "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "นครสวรรค์",
                "travellers": 1, "urgent": False,
                "special": ["elderly", "cannot_travel_alone"], "name": "จันทร์",
                "phone": "0851196634", "referrals": ["travel_escort"],
                "no_referrals": NOT_PRISON}),

    # Mint, 17, five months pregnant, ran off with her boyfriend to Rayong and he has
    # disappeared; a friend lets her sleep on the dorm floor until Saturday but she has
    # not eaten today. Wants to go home to her mother in Surin. Text-speak, one thing
    # per message. Case, urgent (no food today), pregnant.
    "dev98 pregnant teenager, 17, left by her boyfriend in Rayong": Persona(
        ("ดีค่ะ",
         "หนูท้อง5เดือน แฟนหายไปแล้ว",
         "อยู่ระยองค่ะ อยากกลับบ้านแม่ที่สุรินทร์ แต่ไม่มีตังค์"),
        {"consent": "ค่ะ ยินยอม", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีตังค่ะ ข้าวยังไม่ได้กินเลย", "id_card": "มีค่ะ",
         "nationality": "ไทย", "current_province": "ระยอง",
         "home_province": "สุรินทร์ค่ะ", "travellers": "คนเดียวค่ะ",
         "special_needs": "ท้องค่ะ5เดือน", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้",
         "urgent": "วันนี้ยังไม่ได้กินอะไรเลยค่ะ นอนห้องเพื่อนได้ถึงเสาร์",
         "name": "มิ้นท์", "phone": "0947728150", "needs": "ไม่มีค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ระยอง", "home": "สุรินทร์", "travellers": 1,
                "urgent": True, "special": ["pregnant"], "name": "มิ้นท์",
                "phone": "0947728150", "no_referrals": NOT_PRISON}),

    # Chai, 45, brought his father (81) from Nan to Buddhachinaraj Hospital in
    # Phitsanulok for bowel surgery; the money went on food and lodging while he sat
    # by the bed. Father is discharged, must lie flat, cannot sit in a coach; they can
    # stay in a relative's rented room a few more days. Chai asks who pays if father
    # falls ill on the way. Case, not urgent, elderly + sick; care in transit.
    "dev98 son taking his 81-year-old father home after surgery": Persona(
        ("สวัสดีครับ",
         "ผมพาพ่ออายุ 81 มาผ่าตัดที่โรงพยาบาลพุทธชินราช พิษณุโลกครับ "
         "ตอนนี้หมอให้กลับบ้านได้แล้ว",
         "เงินหมดไปกับค่ากินค่าอยู่ระหว่างเฝ้าไข้ ไม่มีค่ารถพาพ่อกลับน่านครับ "
         "พ่อต้องนอนราบ นั่งรถทัวร์ไม่ไหว"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือครับ", "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ ทั้งผมและพ่อ", "nationality": "คนไทยครับ",
         "current_province": "พิษณุโลกครับ", "home_province": "น่านครับ อำเภอปัว",
         "travellers": "2 คนครับ ผมกับพ่อ",
         "special_needs": "พ่ออายุ81 เพิ่งผ่าตัดลำไส้ครับ ต้องนอนราบ",
         "more_care": "ต้องเป็นรถที่นอนไปได้ครับ",
         "travel_alone": "ผมดูแลพ่อไปเองได้ครับ",
         "urgent": "ตอนนี้พักห้องเช่าของญาติได้อีกสองสามวันครับ ข้าวยังมีกิน",
         "name": "ชัยครับ", "phone": "0816234478",
         "needs": "กลัวพ่อไม่สบายระหว่างทางครับ ถ้าต้องแวะโรงพยาบาลกลางทาง ค่ารักษาใครจ่าย",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "พิษณุโลก", "home": "น่าน", "travellers": 2,
                "urgent": False, "special": ["elderly", "sick"], "name": "ชัย",
                "phone": "0816234478", "referrals": ["medical_care_in_transit"],
                "no_referrals": NOT_PRISON}),

    # A neighbour in a Mahachai rental block writes for Yai Phim, 66, from Yasothon,
    # whose son died in a factory accident; the funeral took all her money and she must
    # take his two children (11 and 7) home to raise. The landlord lets them stay in the
    # son's room until month-end and neighbours share food. She has no income and asks
    # about money for elderly people in hardship. Case, not urgent, elderly + child.
    "dev98 grandmother taking orphaned grandchildren home, by a neighbour": Persona(
        ("สวัสดีค่ะ ขอเรียนสอบถามแทนคุณยายข้างห้องค่ะ",
         "ลูกชายยายเสียจากอุบัติเหตุที่โรงงานมหาชัย ยายอายุ66 มาจากยโสธร "
         "เงินหมดไปกับงานศพ",
         "ยายต้องพาหลานสองคนกลับไปเลี้ยงที่ยโสธร แต่ไม่มีค่ารถค่ะ"),
        {"consent": "ยายยินยอมค่ะ", "idle": "ขอความช่วยเหลือให้ยายค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ ยายไม่มีรายได้", "id_card": "ยายมีบัตรค่ะ",
         "nationality": "คนไทยค่ะ", "current_province": "สมุทรสาครค่ะ",
         "home_province": "ยโสธรค่ะ", "travellers": "3 คนค่ะ ยายกับหลานสองคน",
         "special_needs": "ยาย66 หลาน11ขวบกับ7ขวบค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ยายพาหลานไปเองได้ค่ะ",
         "urgent": "เจ้าของห้องให้อยู่ห้องลูกชายได้ถึงสิ้นเดือนค่ะ ข้าวเพื่อนบ้านช่วยกันอยู่",
         "name": "ยายพิมพ์ค่ะ", "phone": "ใช้เบอร์หนูนะคะ 0659917302",
         "needs": "ยายถามว่ามีเงินช่วยคนแก่ที่ลำบากไหมคะ ต้องเลี้ยงหลานอีกสองคน",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "ยโสธร", "travellers": 3,
                "urgent": False, "special": ["elderly", "child"], "name": "พิมพ์",
                "phone": "0659917302", "referrals": ["elderly_hardship_grant"],
                "no_referrals": NOT_PRISON}),

    # REFUSED. A Thai neighbour in Bangkok writes for Ma Aye, a Myanmar worker with a
    # one-month-old baby whose husband left; she wants to go to Mae Sot and cross home.
    # She has only a worker card and a Myanmar passport, no Thai papers: not Thai, so
    # not eligible for the return-home aid.
    "dev98 refused: Myanmar mother with newborn, no Thai papers": Persona(
        ("สวัสดีค่ะ ถามแทนเพื่อนบ้านค่ะ",
         "เขาเป็นคนพม่า เพิ่งคลอดลูกได้เดือนนึง ผัวทิ้ง อยากกลับไปแม่สอดแล้วข้ามไปฝั่งพม่า "
         "ไม่มีเงินค่ารถ",
         "ขอเงินช่วยค่ารถกลับได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "ไม่มีบัตรประชาชนไทยค่ะ มีแต่บัตรแรงงานกับพาสปอร์ตพม่า",
         "nationality": "ไม่ใช่คนไทยค่ะ เป็นคนพม่า", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "กรุงเทพค่ะ", "home_province": "บ้านเขาอยู่พม่าค่ะ",
         "travellers": "2 คน แม่กับลูก", "special_needs": "ลูกเพิ่งเดือนเดียวค่ะ",
         "urgent": "ยังพักห้องเช่าอยู่ค่ะ", "name": "มะเอ", "phone": "0896627715",
         "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSED. Yai Boonmee, 68, raises three grandchildren in her own village in Ubon
    # Ratchathani; their parents in Bangkok stopped sending money and the rice is
    # running out. She is already at home and needs no journey: not eligible for the
    # return-home aid, but she asks about money for elderly people in hardship.
    "dev98 refused: grandmother already at home in Ubon, rice running out": Persona(
        ("สวัสดีจ้า",
         "ยายอายุ68 เลี้ยงหลาน3คนอยู่บ้านที่อุบล พ่อแม่มันไปทำงานกรุงเทพไม่ส่งเงินมาหลายเดือนแล้ว",
         "ข้าวสารจะหมด ขอความช่วยเหลือหน่อยจ้า"),
        {"consent": "ยินยอมจ้า", "idle": "ขอความช่วยเหลือจ้า",
         "hardship": "ไม่มีเงินซื้อข้าวจ้า", "id_card": "มีจ้า",
         "nationality": "คนไทยจ้า", "current_province": "อุบลจ้า อยู่บ้านตัวเอง",
         "home_province": "อุบลราชธานีจ้า บ้านยายอยู่นี่แหละ",
         "travellers": "ไม่ได้ไปไหนจ้า อยู่บ้าน",
         "urgent": "มีบ้านอยู่จ้า ข้าวพอกินถึงพรุ่งนี้", "name": "บุญมี",
         "phone": "0887345126", "needs": "มีเงินช่วยคนแก่ที่ลำบากไหมจ้า",
         "confirm": "จ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา",
                "referrals": ["elderly_hardship_grant"]}),

    # REFUSED. Bee, 30, an office worker in Bangkok, six months pregnant, with a salary,
    # a room and the fare in hand, wants the state to pay her fare home to Chiang Rai to
    # give birth "to save money". Not in hardship on any of the three criteria.
    "dev98 refused: pregnant office worker with salary wants free fare": Persona(
        ("สวัสดีค่ะ",
         "ท้อง6เดือนค่ะ จะกลับไปคลอดที่บ้านเชียงราย",
         "เห็นว่ารัฐมีค่ารถกลับบ้านให้ อยากขอด้วยค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่ได้ลำบากค่ะ มีงานประจำ มีห้องพัก มีเงินค่ารถอยู่ แค่อยากประหยัดค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ", "home_province": "เชียงรายค่ะ",
         "travellers": "คนเดียวค่ะ", "special_needs": "ท้อง6เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "มีที่พักค่ะ ไม่ได้เดือดร้อนเรื่องกิน", "name": "บี",
         "phone": "0920048861", "needs": "ไม่มีค่ะ", "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False}),

    # ANSWERED. A granddaughter types for her grandmother, who raises a grandson with
    # cerebral palsy at home; she only asks how much the disability allowance is and
    # how to get it. No journey, no request: the answer gives 800 baht a month.
    "dev98 answered: grandmother asks about disability allowance for grandson": Persona(
        ("สวัสดีค่ะ หลานพิมพ์ให้ยายนะคะ",
         "ยายเลี้ยงหลานชายที่เป็นซีพี เดินไม่ได้ ได้ยินว่ามีเบี้ยคนพิการ "
         "ได้เดือนละเท่าไหร่คะ ต้องทำยังไง"),
        {"consent": "ยินยอมค่ะ", "idle": "ถามแค่นี้ค่ะ ขอบคุณค่ะ",
         "hardship": "ไม่ได้ขอค่ารถค่ะ อยู่บ้านตัวเอง แค่ถามเรื่องเบี้ยคนพิการ"},
        outcome="answered",
        answered="800"),

    # ANSWERED. A mother of two small children whose husband is already in touch with
    # an officer only wants to know how much food money per person per day is given
    # while waiting and travelling home: at most 100 baht.
    "dev98 answered: mother asks food money per day while waiting": Persona(
        ("สอบถามค่ะ",
         "ถ้าได้ความช่วยเหลือกลับบ้าน ระหว่างรอรถกับนั่งรถ เขาให้ค่ากินวันละกี่บาทต่อคนคะ "
         "มีลูกเล็กสองคน"),
        {"consent": "ยินยอมค่ะ",
         "idle": "แค่อยากรู้ไว้ก่อนค่ะ สามีติดต่อเจ้าหน้าที่แล้ว",
         "hardship": "ไม่ได้สมัครตรงนี้ค่ะ แค่ถาม"},
        outcome="answered",
        answered="100"),

    # ANSWERED. A night-shift nurse only asks which number can be called at night to
    # arrange a fare home for a patient discharged tomorrow (the relatives will call
    # themselves): hotline 1300, 24 hours.
    "dev98 answered: night nurse asks for the hotline": Persona(
        ("สวัสดีค่ะ พยาบาลเวรดึกค่ะ",
         "ถ้าจะประสานขอค่ารถกลับบ้านให้คนไข้ตอนกลางคืน โทรเบอร์ไหนได้บ้างคะ เปิดกี่โมง"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอแค่เบอร์ค่ะ พรุ่งนี้ญาติเขาจะติดต่อเอง",
         "hardship": "ยังไม่สมัครค่ะ ขอแค่เบอร์โทร"},
        outcome="answered",
        answered="1300"),
}
