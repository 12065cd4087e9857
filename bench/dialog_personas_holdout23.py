"""Blind dialog personas, set holdout23 (held-out).

Date: 2026-12-07. Written from the seeds only.

Focus: a broad mix of everyone the return-home aid serves. Stranded workers cheated
of their wages (a building site in Phuket, a fishing boat in Pattani, a factory in
Samut Sakhon). People who were robbed or scammed (a bag snatched at Hat Yai bus
station, a fake hotel job in Bangkok, a wallet stolen in a Chanthaburi orchard).
A homeless man at Sanam Luang. A man and a woman just released from prison. An elderly
couple thrown out by their son. A forgetful 75-year-old left at a bus station. A
wheelchair user, a man with a broken leg who is living with HIV, a pregnant mother, a
woman escaping a violent husband, and a grandmother with her grandchild. Some people write
for someone else (a temple volunteer, a neighbour, a daughter, a father). They write from
every region and in every style: long stories, several short messages, one thing per
message, Isan, Northern and Southern speech, typos, Thai digits and Thai in Latin letters.
The three refusals are a Cambodian worker (not Thai), a man with no card who cannot get a
certifying letter, and a woman who is already at home. The three questions are about the
1300 hotline, the grant for elderly people in hardship and the disability allowance.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan construction worker in Phuket, the contractor ran off without paying him,
    # evicted from his room; Phuket -> Nakhon Phanom, alone, card. Case, urgent.
    "holdout23 builder cheated of wages in Phuket, Isan long story": Persona(
        ("สวัสดีครับ",
         "ผมชื่อบุญเลิศครับ มาทำงานก่อสร้างอยู่ภูเก็ตได้3เดือน ผู้รับเหมาหนีไปเลยบ่จ่ายค่าแรง"
         "สักบาท เพื่อนๆแยกย้ายกันหมดแล้ว ตอนนี้บ่มีเงินเหลือเลยครับ ค่าห้องกะบ่มีจ่าย"
         "เจ้าของห้องไล่ออกแล้ว คืนนี้กะสิไปนอนศาลาวัดแถวนี้ละครับ อยากกลับบ้านที่นครพนม"
         "แต่ค่ารถทัวร์ตั้งพันกว่าบาท บัตรประชาชนยังอยู่นำครับ ช่วยผมแหน่เด้อครับ🙏🙏"),
        {"consent": "ยินยอมครับ", "id_card": "มีครับ บัตรยังอยู่", "travellers": "ไปคนเดียวครับ",
         "special_needs": "บ่มีครับ แข็งแรงดี", "urgent": "ครับ คืนนี้บ่มีบ่อนนอนแท้ๆ",
         "name": "บุญเลิศ 0934567812", "phone": "0934567812",
         "needs": "บ่มีครับ ขอแค่ได้กลับบ้าน", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครพนม", "travellers": 1,
                "urgent": True, "special": [], "name": "บุญเลิศ", "phone": "0934567812",
                "no_referrals": HEALTH}),

    # Woman whose bag (money, ID card) was snatched at Hat Yai bus station; the village
    # head at home will send a certifying letter; Songkhla -> Chiang Rai. Case, urgent.
    "holdout23 bag snatched at Hat Yai, card gone, village head letter": Persona(
        ("ช่วยด้วยค่ะ😭😭",
         "โดนวิ่งราวกระเป๋าที่ท่ารถหาดใหญ่ เงินบัตรทุกอย่างอยู่ในกระเป๋าหมดเลย",
         "แจ้งความแล้วค่ะ ได้ใบแจ้งความมาใบนึง"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ ไม่มีเงินเลย",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านค่ะ ที่นอนก็ไม่มี",
         "id_card": "บัตรโดนขโมยไปกับกระเป๋าค่ะ",
         "nationality_letter": "โทรหาผู้ใหญ่บ้านที่บ้านแล้วค่ะ เขาบอกจะทำหนังสือรับรองส่งมาให้",
         "nationality": "ไทยค่ะ", "current_province": "หาดใหญ่ จ.สงขลาค่ะ",
         "home_province": "เชียงรายค่ะ อ.เทิง", "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ", "urgent": "ใช่ค่ะ คืนนี้ไม่รู้จะนอนไหน",
         "name": "กัลยา 0815563902", "needs": "อยากทำบัตรประชาชนใหม่ค่ะ",
         "confirm": "ถูกต้องค่ะ ขอบคุณมากค่ะ"},
        expect={"eligible": True, "reason": "หนังสือรับรอง", "current": "สงขลา",
                "home": "เชียงราย", "travellers": 1, "urgent": True, "special": [],
                "name": "กัลยา", "phone": "0815563902", "no_referrals": HEALTH}),

    # Homeless man sleeping at Sanam Luang, short messages full of typos, fixes his phone
    # number at the summary; Bangkok -> Phitsanulok, alone, card. Case, urgent.
    "holdout23 homeless man at Sanam Luang, typos, corrects phone": Persona(
        ("ขอควมช่วยเหลอ", "ผมนอนสนามหลวงมาอาทิดนึงแล้ว", "อยากกลับบ้านพิดโลก",
         "ไม่มีตังสักบาท"),
        {"consent": "ยอม", "id_card": "มีบัตรอยู่ แต่ยับๆ", "current_province": "กทม",
         "home_province": "พิษณุโลก", "travellers": "คนเดว", "special_needs": "ไม่มี",
         "urgent": "ใช่ ไม่มีที่นอน นอนข้างถนน", "name": "ชาติ 0861112332",
         "needs": "ไม่มี", "confirm": ("เบอร์ผิดครับ 0861112233", "ถูกแล้ว")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True, "special": [], "name": "ชาติ",
                "phone": "0861112233", "no_referrals": HEALTH}),

    # Man released this morning from Khao Bin prison after 4 years, learned Thai massage
    # inside and wants massage work; Ratchaburi -> Chaiyaphum, alone, card made in
    # prison. Case, urgent; massage training/jobs and probation offered.
    "holdout23 released from Khao Bin, wants Thai massage work": Persona(
        ("สวัสดีครับ ผมเพิ่งออกจากเรือนจำเขาบินเมื่อเช้า ติดมา4ปี",
         "ไม่มีเงินกลับบ้านที่ชัยภูมิครับ ญาติก็ติดต่อไม่ได้"),
        {"consent": "ยินยอม", "sensitive_consent": "ยินยอมครับ",
         "id_card": "มีครับ เขาทำให้ตอนอยู่ข้างใน", "current_province": "ราชบุรี",
         "home_province": "ชัยภูมิ อ.ภูเขียว", "travellers": "ผมคนเดียว",
         "special_needs": "ไม่มีครับ", "urgent": "ครับ คืนนี้ยังไม่มีที่นอน",
         "needs": "ตอนอยู่ข้างในได้เรียนนวดแผนไทยมา อยากทำงานนวดครับ ได้ยินว่าโรงพยาบาล"
                  "รับคนพ้นโทษเป็นหมอนวด",
         "name": "ณรงค์ ๐๘๙ ๔๔๑ ๒๗๓๐", "confirm": "ครับ ถูกครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "name": "ณรงค์", "phone": "0894412730",
                "referrals": ["thai_massage_training", "probation_support"],
                "no_referrals": HEALTH}),

    # Old man (72) and his wife (70) put out by their son, answering one thing at a time;
    # Chiang Mai -> Ubon Ratchathani, 2 elderly, cards; old-age allowance not received.
    # Case, urgent, elderly; elderly allowance offered.
    "holdout23 elderly couple put out by son, one thing per message": Persona(
        ("สวัสดีลูก",),
        {"consent": "ยินยอม", "idle": "ลุงอยากกลับบ้าน", "hardship": "ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีบัตร", "nationality": "คนไทย", "current_province": "เชียงใหม่",
         "home_province": "อุบล", "travellers": "2 คนกับเมีย",
         "special_needs": "แก่แล้วทั้งคู่ ลุง72 ป้า70", "more_care": "ไม่ต้อง",
         "travel_alone": "ไปเองได้ ขึ้นรถทัวร์เป็น", "urgent": "คืนนี้ไม่มีที่นอน",
         "name": "สมบัติ", "phone": "เบอร์หลาน 0652349810",
         "needs": "เบี้ยคนแก่ไม่ได้มาหลายเดือนแล้ว", "confirm": "ถูก"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "อุบลราชธานี",
                "travellers": 2, "urgent": True, "special": ["elderly"], "name": "สมบัติ",
                "phone": "0652349810", "referrals": ["elderly_allowance"],
                "no_referrals": HEALTH},
        one_part=True),

    # Woman 7 months pregnant with a 2-year-old son, left by her partner and put out of
    # her room in Pak Nam; Samut Prakan -> Lampang, 2 travellers, card. Case, urgent,
    # pregnant + child.
    "holdout23 pregnant mother with toddler, put out in Pak Nam": Persona(
        ("ยินยอมค่ะ",
         "หนูท้อง7เดือนค่ะ แฟนทิ้งไปตั้งแต่เดือนที่แล้ว ห้องที่ปากน้ำเจ้าของให้ออกวันนี้ "
         "ไม่มีเงินเลยค่ะ มีลูกชาย2ขวบด้วย อยากกลับไปอยู่กับแม่ที่ลำปางค่ะ"),
        {"consent": "ยินยอมค่ะ", "id_card": "มีค่ะ", "current_province": "สมุทรปราการค่ะ",
         "home_province": "ลำปางค่ะ", "travellers": "2คนค่ะ หนูกับลูก",
         "special_needs": "หนูท้อง7เดือน ลูก2ขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ใช่ค่ะ คืนนี้ไม่มีที่ไปเลย", "name": "พิมพ์ชนก 098-771-4420",
         "needs": "ไม่มีค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ลำปาง", "travellers": 2,
                "urgent": True, "special": ["pregnant", "child"], "name": "พิมพ์ชนก",
                "phone": "0987714420"}),

    # Temple volunteer writes for a forgetful 75-year-old man left at the bus station, who
    # sleeps in the temple hall now and cannot travel alone; Nakhon Ratchasima -> Trang,
    # 1 traveller, card. Case, elderly; an officer may travel with him.
    "holdout23 temple volunteer for forgetful old man left at Korat": Persona(
        ("สวัสดีครับ ผมเป็นอาสาอยู่วัดแห่งหนึ่งในโคราช",
         "มีตาคนนึงมานอนที่ศาลาวัดหลายวันแล้ว อายุ75 พูดใต้ บอกว่าบ้านอยู่ตรัง ลูกหลานพามา"
         "ทิ้งไว้ที่ท่ารถ ตาจำอะไรได้ไม่ค่อยดี หลงๆลืมๆ",
         "ตามีบัตรประชาชนครับ ที่อยู่ในบัตรเป็นตรัง อ.ย่านตาขาว ไม่มีเงินติดตัวเลย "
         "ผมอยากช่วยส่งตากลับบ้านครับ"),
        {"consent": "ยินยอมครับ ถามตาแล้วตาก็โอเคครับ", "sensitive_consent": "ยินยอมครับ",
         "id_card": "ตามีบัตรครับ", "current_province": "นครราชสีมา", "home_province": "ตรัง",
         "travellers": "ตาคนเดียวครับ", "special_needs": "ตาอายุ75 หลงลืม เดินช้าครับ",
         "travel_alone": "ไปเองไม่ได้ครับ กลัวตาหลง ต้องมีคนพาไปส่ง",
         "more_care": "ต้องมีคนพาไปส่งถึงบ้านครับ",
         "urgent": "ตอนนี้นอนศาลาวัดไปก่อนได้ครับ แต่อยากให้ตาได้กลับเร็วๆ",
         "name": "ผมธนากรครับ 0819087765 ตาชื่อเคลื่อน", "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ตรัง", "travellers": 1,
                "special": ["elderly", "cannot_travel_alone"], "phone": "0819087765",
                "referrals": ["travel_escort"]}),

    # Wheelchair user whose job at a craft shop ended, still at a friend's room till month
    # end, not registered as disabled, one thing per message; Khon Kaen -> Surat Thani,
    # alone, card. Case, not urgent, disabled; disability allowance offered.
    "holdout23 wheelchair user in Khon Kaen, one thing per message": Persona(
        ("สวัสดีครับ", "ผมนั่งวีลแชร์ครับ"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้านครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ", "current_province": "ขอนแก่น", "home_province": "สุราษฎร์ธานี",
         "travellers": "คนเดียว", "special_needs": "ขาพิการครับ ใช้วีลแชร์",
         "more_care": "ขึ้นรถทัวร์เองไม่ได้ครับ", "travel_alone": "ไปเองไม่ได้ครับ",
         "urgent": "ไม่ด่วนครับ อยู่ห้องเพื่อนได้ถึงสิ้นเดือน", "name": "วีรยุทธ",
         "phone": "0627785013", "needs": "ยังไม่ได้ขึ้นทะเบียนคนพิการครับ",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "สุราษฎร์ธานี",
                "travellers": 1, "urgent": False, "special": ["disabled", "cannot_travel_alone"],
                "name": "วีรยุทธ", "phone": "0627785013",
                "referrals": ["disability_allowance"]},
        one_part=True),

    # Restaurant worker in Pattaya with a broken leg in a cast after a motorbike crash,
    # lost his job, savings gone on treatment, living with HIV and short of medicine;
    # Chonburi -> Roi Et, alone, card. Case, sick; HIV aid offered.
    "holdout23 Pattaya cook with broken leg and HIV": Persona(
        ("ผมทำงานร้านอาหารที่พัทยาครับ เดือนก่อนรถมอไซค์ล้มขาหัก เพิ่งออกจากโรงพยาบาลได้3วัน "
         "ยังใส่เฝือกอยู่ ร้านให้ออกเพราะทำงานไม่ได้ เงินเก็บหมดไปกับค่ารักษา "
         "อยากกลับไปพักฟื้นที่บ้านร้อยเอ็ดครับ ไม่มีค่ารถ",),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ", "id_card": "มีบัตรครับ",
         "current_province": "ชลบุรีครับ พัทยา", "home_province": "ร้อยเอ็ด",
         "travellers": "คนเดียวครับ", "special_needs": "ขาหักใส่เฝือก เดินไม้ค้ำครับ",
         "travel_alone": "พอไปได้ครับ ถ้าได้ขึ้นรถตรงถึงร้อยเอ็ด",
         "urgent": "ห้องหมดสัญญาพรุ่งนี้ครับ คืนนี้ยังนอนได้",
         "needs": "มีอีกเรื่องครับ ผมเป็นผู้ติดเชื้อhivด้วย ยาต้านใกล้หมด "
                  "อยากรู้ว่ามีเงินช่วยเหลือไหมครับ",
         "name": "อภิชาติ 0957613348", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 1,
                "special": ["sick"], "name": "อภิชาติ", "phone": "0957613348",
                "referrals": ["hiv_aid"]}),

    # Mother of a family of five, the factory in Mahachai closed, rent paid to month end;
    # Samut Sakhon -> Kalasin, 5 travellers (children 8, 5, 1), parents have cards.
    # Case, not urgent, child.
    "holdout23 family of five after Mahachai factory closed": Persona(
        ("สวัสดีค่ะ โรงงานที่มหาชัยปิดกิจการค่ะ ผัวเมียตกงานทั้งคู่ เงินชดเชยก็ยังไม่ได้ "
         "อยากพาลูกๆกลับไปอยู่บ้านที่กาฬสินธุ์ค่ะ ค่ารถ5คนไม่ไหวจริงๆ",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "id_card": "มีทั้งสองคนค่ะ ลูกๆยังไม่มีบัตร",
         "current_province": "สมุทรสาคร", "home_province": "กาฬสินธุ์",
         "travellers": "5คนค่ะ พ่อแม่ลูก3 ลูกอายุ 8ขวบ 5ขวบ กับ1ขวบค่ะ",
         "special_needs": "มีเด็กเล็กค่ะ คนเล็กยังกินนมอยู่", "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ ห้องเช่าจ่ายไว้ถึงสิ้นเดือน",
         "name": "สุนันทา 0843320157", "needs": "ไม่มีค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "กาฬสินธุ์",
                "travellers": 5, "urgent": False, "special": ["child"], "name": "สุนันทา",
                "phone": "0843320157", "no_referrals": HEALTH}),

    # Young Southern man lured to Bangkok by a fake hotel job, paid a 5,000 baht fee,
    # now at Hua Lamphong (Southern speech); Bangkok -> Nakhon Si Thammarat, alone, card;
    # wants advice about the scam. Case, urgent; justice centre offered.
    "holdout23 Southern man scammed by fake job, at Hua Lamphong": Persona(
        ("สวัสดีครับ",
         "ฉานโดนหลอกมาทำงานที่กรุงเทพครับ บอกว่าเป็นงานโรงแรม มาถึงจริงให้จ่ายค่าหัวคิวก่อน "
         "5000 ตังโหม้ดแล้วครับ งานก็ไม่มีจริง",
         "ตอนนี้นั่งอยู่หัวลำโพง อยากหลบบ้านเมืองคอน ไม่มีตังหลบแล้วหนิ"),
        {"consent": "ยินยอมครับ", "id_card": "บัตรมีอยู่ครับ", "current_province": "กทม.ครับ",
         "home_province": "นครศรีธรรมราช อ.ทุ่งสง", "travellers": "ฉานคนเดียวครับ",
         "special_needs": "ม่ายมีครับ", "urgent": "ครับ คืนนี้ไม่รู้นอนไหนเลย",
         "name": "อารีฟ 0902216684",
         "needs": "อยากแจ้งเรื่องโดนหลอกด้วยครับ ไม่รู้ต้องไปทางพรือ อยากได้คนแนะนำเรื่องกฎหมาย",
         "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "name": "อารีฟ",
                "phone": "0902216684", "referrals": ["justice_centre"],
                "no_referrals": HEALTH}),

    # Northern woman, a maid fired in Nonthaburi, Northern speech, one thing per message;
    # Nonthaburi -> Nan, alone, card. Case, urgent.
    "holdout23 Northern maid fired in Nonthaburi, one thing per message": Persona(
        ("สวัสดีเจ้า", "อยากปิ๊กบ้านเจ้า"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีเงินค่ารถเจ้า", "id_card": "มีบัตรเจ้า", "nationality": "คนไทยเจ้า",
         "current_province": "นนทบุรีเจ้า", "home_province": "น่านเจ้า",
         "travellers": "คนเดียวเจ้า", "special_needs": "บ่มีเจ้า", "travel_alone": "ไปได้เจ้า",
         "urgent": "คืนนี้บ่มีตี้นอนเจ้า", "name": "บัวคำเจ้า", "phone": "0878325561",
         "needs": "บ่มีเจ้า", "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "น่าน", "travellers": 1,
                "urgent": True, "special": [], "name": "บัวคำ", "phone": "0878325561",
                "no_referrals": HEALTH},
        one_part=True),

    # Durian orchard worker whose wallet was stolen, writes Thai in Latin letters;
    # Chanthaburi -> Mukdahan, alone, card kept in another pocket. Case, urgent.
    "holdout23 orchard worker robbed in Chanthaburi, Latin letters": Persona(
        ("sawatdee krub",
         "pom tam ngan suan turian yoo chanburi krub, krapao tang doan kamoy tang mod loey",
         "yak glub baan mukdahan tae mai mee kha rot krub"),
        {"consent": "yinyom krub", "id_card": "mee krub, bat prachachon yang yoo yu kra pao kang",
         "current_province": "chanthaburi", "home_province": "mukdahan",
         "travellers": "kon diew krub", "special_needs": "mai mee krub",
         "urgent": "krub, kuen nee mai mee tee non", "name": "Somsak 0641198273",
         "phone": "0641198273", "needs": "mai mee krub", "confirm": "took tong krub"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "มุกดาหาร", "travellers": 1,
                "urgent": True, "special": [], "phone": "0641198273"}),

    # Fishing boat hand paid 500 baht for 8 months at sea, thrown off the fish pier, Thai
    # digits; Pattani -> Sakon Nakhon, alone, card; wants a job near home. Case, urgent;
    # job placement offered.
    "holdout23 fishing boat hand cheated in Pattani, Thai digits": Persona(
        ("สวัสดีครับ ผมลงเรือประมงที่ปัตตานีมา ๘ เดือน ไต๋เรือบอกจะจ่ายตอนขึ้นฝั่ง ขึ้นมาแล้ว"
         "จ่ายให้แค่ ๕๐๐ บาท บอกหักค่ากินค่าเบิกหมด ตอนนี้เหลือ ๔๐ บาท",
         "อยากกลับบ้านสกลนครครับ"),
        {"consent": "ยินยอมครับ", "id_card": "บัตรอยู่กับผมครับ",
         "current_province": "ปัตตานี", "home_province": "สกลนคร", "travellers": "๑ คน",
         "special_needs": "ไม่มีครับ", "urgent": "ครับ นอนที่แพปลาเขาไล่ออกแล้ว",
         "name": "ประยงค์ ๐๘๑๓๔๕๖๐๒๙",
         "needs": "อยากหางานทำใกล้บ้านครับ ไม่อยากลงเรืออีกแล้ว", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ปัตตานี", "home": "สกลนคร", "travellers": 1,
                "urgent": True, "special": [], "name": "ประยงค์", "phone": "0813456029",
                "referrals": ["job_placement"], "no_referrals": HEALTH}),

    # Woman just released from prison, card expired (village head can certify), wants a
    # new card, one thing per message; Pathum Thani -> Phetchabun, alone. Case, urgent;
    # ID card and probation help offered.
    "holdout23 released woman with expired card, one thing per message": Persona(
        ("สวัสดีค่ะ", "เพิ่งพ้นโทษค่ะ"),
        {"consent": "ยินยอม", "sensitive_consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ", "id_card": "บัตรหมดอายุค่ะ",
         "nationality_letter": "ขอจากผู้ใหญ่บ้านได้ค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ปทุมธานี", "home_province": "เพชรบูรณ์",
         "travellers": "คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ",
         "urgent": "ไม่มีที่นอนค่ะ", "name": "จันทร์เพ็ญ", "phone": "๐๖๓๒๒๑๙๘๔๗",
         "needs": "อยากทำบัตรใหม่ค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": True, "special": [], "name": "จันทร์เพ็ญ",
                "phone": "0632219847", "referrals": ["id_card", "probation_support"],
                "no_referrals": HEALTH},
        one_part=True),

    # Neighbour writes for an 80-year-old grandmother raising her 6-year-old granddaughter,
    # evicted today in Mae Sot, going back to her sister at her old home; Tak ->
    # Prachinburi, 2 travellers, grandmother's card. Case, urgent, elderly + child.
    "holdout23 neighbour for grandmother and grandchild evicted in Mae Sot": Persona(
        ("สวัสดีค่ะ พิมพ์แทนยายข้างห้องนะคะ",
         "ยายอายุ80แล้ว เลี้ยงหลานสาว6ขวบคนเดียว ลูกสาวยายไปทำงานแล้วหายติดต่อไม่ได้ "
         "ค่าห้องค้าง3เดือน เจ้าของห้องให้ออกวันนี้เลย ยายอยากกลับไปอยู่กับน้องสาวที่ปราจีน "
         "บ้านเดิมยายอยู่ที่นั่นค่ะ ไม่มีเงินเลยสักบาท"),
        {"consent": "ยินยอมค่ะ ยายก็ยินยอมค่ะ", "id_card": "ยายมีบัตรค่ะ หลานมีสูติบัตร",
         "current_province": "แม่สอด จ.ตากค่ะ", "home_province": "ปราจีนบุรีค่ะ",
         "travellers": "2คนค่ะ ยายกับหลาน",
         "special_needs": "ยาย80 เดินไม่ค่อยไหว หลาน6ขวบค่ะ",
         "travel_alone": "ยายไปเองน่าจะลำบากค่ะ ต้องต่อรถหลายทอด",
         "urgent": "ด่วนค่ะ คืนนี้ยายกับหลานยังไม่รู้จะนอนไหน",
         "name": "ยายชื่อบุญมาค่ะ เบอร์หนูนะคะ 0926651830 หนูชื่อแจน",
         "needs": "ยายไม่เคยได้เบี้ยคนแก่เลยค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ตาก", "home": "ปราจีนบุรี", "travellers": 2,
                "urgent": True, "special": ["elderly", "child"], "phone": "0926651830",
                "referrals": ["elderly_allowance"]}),

    # Woman who fled a husband who beats her and her 10-year-old son, at a petrol station
    # near Ayutthaya, took her card; Phra Nakhon Si Ayutthaya -> Phatthalung, 2 travellers.
    # Case, urgent, child; legal advice (justice centre) offered.
    "holdout23 mother fleeing violent husband near Ayutthaya": Persona(
        ("ขอความช่วยเหลือด่วนค่ะ",
         "หนีผัวออกมาค่ะ มันตีหนูกับลูกทุกวัน ตอนนี้อยู่ปั๊มน้ำมันแถวอยุธยา เอาลูกมาด้วย "
         "ลูกชาย10ขวบ มีเงินติดตัวไม่ถึงร้อย อยากกลับไปหาแม่ที่พัทลุงค่ะ",
         "บัตรประชาชนหยิบมาได้ค่ะ"),
        {"consent": "ยินยอมค่ะ", "id_card": "มีค่ะ หยิบมาแล้ว",
         "current_province": "พระนครศรีอยุธยา", "home_province": "พัทลุง",
         "travellers": "2คนค่ะ หนูกับลูก", "special_needs": "ลูก10ขวบค่ะ ไม่มีใครป่วย",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน กลัวมันตามมา", "name": "ปวีณา 0897402218",
         "needs": "อยากปรึกษาเรื่องกฎหมาย จะหย่าแล้วขอเลี้ยงลูกเองค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "พัทลุง",
                "travellers": 2, "urgent": True, "special": ["child"], "name": "ปวีณา",
                "phone": "0897402218", "referrals": ["justice_centre"]}),

    # Cambodian maid fired in Bangkok, pink card only, wants to reach Aranyaprathet and
    # cross home; broken Thai. Refused: not Thai.
    "holdout23 Cambodian maid with pink card, not Thai": Persona(
        ("สวัสดีคะ ฉันคนกำพูชา ทำงานแม่บ้านที่กรุงเทบ",
         "นายจ้างไล่ออก ไม่มีเงินกลับบ้าน อยากไปอรันแล้วข้ามกลับเขมร"),
        {"consent": "ยินยอมคะ", "id_card": "ไม่มีบัตรไทยคะ มีบัตรชมพู",
         "nationality": "กำพูชาคะ", "nationality_letter": "ไม่มีคะ",
         "current_province": "กรุงเทบ", "home_province": "อยู่เขมรคะ",
         "travellers": "คนเดียว", "name": "สเรยหมอม 0612207734"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Man sleeping by the market near Phra Pathom Chedi, card lost years ago, nobody at
    # home can certify him; Nakhon Pathom -> Nong Bua Lam Phu. Refused: no card and no
    # certifying letter.
    "holdout23 man with no card and no letter in Nakhon Pathom": Persona(
        ("อยากกลับบ้านหนองบัวลำภูครับ ไม่มีเงิน นอนข้างตลาดองค์พระ",),
        {"consent": "ยินยอม", "id_card": "บัตรหายไปนานแล้วครับ หลายปี",
         "nationality_letter": "ไม่มีครับ ที่บ้านไม่มีใครแล้ว ผู้ใหญ่บ้านก็ไม่รู้จักผม "
                               "ขอไม่ได้หรอก",
         "nationality": "คนไทยครับ", "current_province": "นครปฐม",
         "home_province": "หนองบัวลำภู", "travellers": "คนเดียว", "urgent": "ครับ",
         "name": "สมหมาย ไม่มีเบอร์ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Woman living in her home town in Lopburi who wants fare to Bangkok to look for work.
    # Refused: already at home, not a return home.
    "holdout23 woman at home in Lopburi wants fare to Bangkok": Persona(
        ("สวัสดีค่ะ อยากขอเงินช่วยเหลือค่ารถค่ะ",
         "ตอนนี้อยู่บ้านที่ลพบุรีค่ะ ไม่มีงานทำ อยากได้ค่ารถไปหางานที่กรุงเทพ"),
        {"consent": "ยินยอมค่ะ", "id_card": "มีค่ะ", "current_province": "ลพบุรี",
         "home_province": "ลพบุรีค่ะ บ้านเกิดเลย อยู่บ้านตัวเองนี่แหละ",
         "travellers": "คนเดียวค่ะ", "needs": "อยากได้งานค่ะ", "name": "รัตนา 0859021376"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "ลพบุรี",
                "home": "ลพบุรี"}),

    # Isan neighbour asks only for the hotline number and whether it works at night.
    # Answered: hotline 1300, 24 hours.
    "holdout23 neighbour asks hotline number, Isan": Persona(
        ("สายด่วนช่วยเหลือคนตกทุกข์กลับบ้านเบอร์หยังคะ โทรได้ตอนกลางคืนบ่",),
        {"consent": "ยินยอมค่ะ", "idle": "ถามเบอร์สายด่วนเฉยๆค่ะ จะบอกเพื่อนบ้าน",
         "hardship": "บ่ได้ขอเองค่ะ ถามเบอร์ไว้ให้เพื่อนบ้าน"},
        outcome="answered", answered="1300"),

    # Daughter asks how much the grant for elderly people in hardship is for her 70-year-old
    # mother. Answered: 2,500 baht a time, up to 3 times a year.
    "holdout23 daughter asks elderly hardship grant amount": Persona(
        ("แม่หนูอายุ70แล้วค่ะ ลำบากมาก มีเงินช่วยคนแก่ที่ลำบากไหมคะ ได้ครั้งละเท่าไหร่",),
        {"consent": "ยินยอมค่ะ", "idle": "ถามเรื่องเงินช่วยผู้สูงอายุค่ะ",
         "hardship": "ไม่ได้ขอค่ารถค่ะ ถามเรื่องเงินช่วยแม่"},
        outcome="answered", answered="2,500"),

    # Father asks how much the monthly disability allowance is for his son.
    # Answered: 800 baht a month, after registering.
    "holdout23 father asks disability allowance for son": Persona(
        ("สวัสดีครับ", "ลูกชายผมพิการตั้งแต่เกิด เบี้ยคนพิการได้เดือนละกี่บาทครับ"),
        {"consent": "ยินยอมครับ", "idle": "ถามเรื่องเบี้ยคนพิการครับ",
         "hardship": "ไม่ได้เดือดร้อนเรื่องกลับบ้านครับ ถามเรื่องเบี้ยคนพิการ"},
        outcome="answered", answered="800"),
}
