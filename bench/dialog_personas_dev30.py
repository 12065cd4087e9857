"""Persona set dev30 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: people the earlier sets may have missed. Thais rescued or deported from scam centres
and from work abroad who arrive at a border checkpoint (Mae Sot, Aranyaprathet, Sungai Kolok)
or an airport with nothing; patients discharged from hospital with no way home (an old man
after a stroke, a hill-tribe mother with a newborn, a worker with a broken leg); street vendors
and motorbike-taxi riders who were robbed; a bar worker living with HIV and a trans woman thrown
out by her boyfriend; hill-tribe people who hold Thai cards and write simple spaced-out Thai
(and one Karen man with a pink card, who is not yet Thai); Malay Muslims from the deep south;
a deaf man who writes two or three words a message; people who answer the consent question
together with their story or their first answer; people who type the whole story as one long
message without spaces. Refusals follow the seed rules only: the aid is for "บุคคลผู้มีสัญชาติไทย"
in hardship, who must show "บัตรประจำตัวประชาชน" or, lacking papers, "หนังสือรับรองว่ามีสัญชาติไทย
และมีถิ่นฐานพื้นที่นั้นจริง", and it pays the way back to "ภูมิลำเนาเดิม".
Counts: 22 personas; 16 eligible (case), 5 refused (2 not Thai, 1 no card and no letter,
1 no hardship, 1 already in the home province), 1 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Scam-centre victim handed over at Mae Sot (Tak) by the army, home Si Sa Ket. The gang kept
    # his ID card and passport, and he has no letter and nobody at home to ask the village head
    # for one. Condition ๑: "แสดงบัตรประจำตัวประชาชน"; condition ๒: "กรณีผู้ประสบปัญหาฯ
    # ขาดเอกสารราชการ ให้มีหนังสือรับรองว่ามีสัญชาติไทย และมีถิ่นฐานพื้นที่นั้นจริง".
    # He has neither, so the request cannot be made by the rules (he is told how to get a letter
    # or a new card, but no request is sent).
    "dev30 scam Mae Sot card seized no letter": Persona(
        ("สวัสดีครับ ผมเพิ่งออกมาจากเมียวดีครับ โดนหลอกไปทำงานแก๊งคอลเซ็นเตอร์ "
         "ทหารเพิ่งพามาส่งที่แม่สอดเมื่อบ่าย ไม่มีอะไรติดตัวมาเลยครับ เสื้อผ้าชุดเดียว",),
        {
            "consent": "ยินยอมครับ",
            "idle": "ขอค่ารถกลับบ้านครับ",
            "hardship": "ไม่มีเงินสักบาทครับ ไม่มีที่นอนด้วย อยากกลับบ้านที่ศรีสะเกษ",
            "id_card": "บัตรประชาชนโดนพวกมันยึดไปตั้งแต่วันแรกที่ไปถึงครับ พาสปอร์ตก็ยึด ไม่ได้คืนเลย",
            "nationality_letter": ("หนังสือรับรองไม่มีครับ พ่อแม่เสียหมดแล้ว ที่บ้านไม่มีใครไปขอผู้ใหญ่บ้านให้",
                                   "ไม่มีจริงๆครับ"),
            "nationality": "คนไทยครับ เกิดศรีสะเกษ",
            "current_province": "ตากครับ แม่สอด",
            "home_province": "ศรีสะเกษครับ กันทรลักษ์",
            "travellers": "ผมคนเดียวครับ",
            "urgent": "ด่วนครับ คืนนี้ไม่รู้จะนอนไหน",
            "special_needs": "ไม่มีครับ",
            "needs": "อยากทำบัตรประชาชนใหม่ครับ",
            "name": "ต้น",
            "phone": "0951234567",
            "confirm": "ถูกต้องครับ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
    ),
    # Young woman rescued from a scam building in Poipet, released by immigration at
    # Aranyaprathet (Sa Kaeo); the police gave her card back. Types the whole story as one long
    # message with no spaces. No money, no bed tonight: criteria ๑ and ๓; urgent because she has
    # nowhere to sleep tonight ("กรณีเร่งด่วนจะดำเนินงานภายใน ๒๔ ชั่วโมง"). Phone typed with dashes.
    "dev30 Poipet rescue no-space story": Persona(
        ("สวัสดีค่ะหนูชื่อแพรวพึ่งถูกช่วยออกมาจากตึกที่ปอยเปตค่ะโดนหลอกว่าไปทำงานแอดมินเงินดีพอไปถึง"
         "โดนยึดโทรศัพท์ยึดบัตรแต่ตำรวจเอาบัตรประชาชนคืนมาให้แล้วค่ะตอนนี้อยู่อรัญประเทศจังหวัดสระแก้ว"
         "ตม.ปล่อยตัวออกมาแล้วไม่มีเงินเลยสักบาทคืนนี้ก็ไม่มีที่นอนอยากกลับบ้านที่ขอนแก่นไปคนเดียวค่ะ"
         "ช่วยหนูด้วยนะคะ",),
        {
            "consent": "ยินยอมค่ะ",
            "hardship": "ไม่มีเงินค่ารถกลับบ้านเลยค่ะ ข้าวก็ยังไม่ได้กิน",
            "id_card": "มีค่ะ ตำรวจคืนให้แล้ว",
            "nationality": "ไทยค่ะ",
            "current_province": "อรัญประเทศ สระแก้วค่ะ",
            "home_province": "ขอนแก่นค่ะ อำเภอชุมแพ",
            "travellers": "คนเดียวค่ะ",
            "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอนเลย",
            "special_needs": "ไม่มีค่ะ",
            "needs": "ไม่มีค่ะ อยากกลับบ้านอย่างเดียว",
            "name": "แพรว",
            "phone": "086-214-7793",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={"eligible": True, "current": "สระแก้ว", "home": "ขอนแก่น", "travellers": 1,
                "urgent": True, "special": [], "referrals": [], "name": "แพรว",
                "phone": "0862147793"},
    ),
    # Illegal worker ("ผีน้อย") deported from Korea, landed at Suvarnabhumi (Samut Prakan) with
    # only his card, slept at the airport, no fare to Udon Thani: criterion ๓ "ไม่มีค่าพาหนะ
    # เดินทางกลับภูมิลำเนาเดิม". Urgent: nowhere to sleep tonight. Asks what the data is for before
    # consenting. Clearly wants work at home: job_placement (Department of Employment).
    "dev30 Korea deportee at Suvarnabhumi": Persona(
        ("ครับ ผมพึ่งโดนส่งกลับจากเกาหลีครับ ไปเป็นผีน้อย ตม.เกาหลีจับ ลงเครื่องที่สุวรรณภูมิเมื่อวาน "
         "เงินไม่มีเลยครับ ของก็ไม่ได้เอามา", "ช่วยได้ไหมครับ"),
        {
            "consent": ("ข้อมูลเอาไปทำอะไรครับ ผมจะโดนคดีเพิ่มไหม", "โอเคครับ ยินยอม"),
            "hardship": "เงินหมดครับ ค่าจ้างเดือนสุดท้ายนายจ้างไม่จ่าย ค่ารถกลับอุดรไม่มี",
            "id_card": "บัตรประชาชนมีครับ อยู่ในกระเป๋าตังค์ แต่กระเป๋าตังค์ไม่มีเงิน 555",
            "nationality": "ไทยครับ",
            "current_province": "ยังอยู่สนามบินสุวรรณภูมิครับ สมุทรปราการ",
            "home_province": "อุดรธานีครับ อำเภอบ้านดุง",
            "travellers": "คนเดียวครับ",
            "urgent": "ด่วนครับ เมื่อคืนก็นอนเก้าอี้ในสนามบิน คืนนี้ไม่รู้จะไปนอนไหน",
            "special_needs": "ไม่มีครับ",
            "needs": "อยากได้งานทำครับ กลับไปแล้วไม่มีงาน ช่วยหางานให้หน่อย",
            "name": "สมศักดิ์",
            "phone": "0897781204",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "อุดรธานี", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement"], "name": "สมศักดิ์",
                "phone": "0897781204"},
    ),
    # 72-year-old man discharged from Siriraj (Bangkok) after a stroke, came alone, no family to
    # fetch him, no fare to Nakhon Sawan. Voice-typed run-on opening. He walks with a cane and
    # cannot take the bus alone: the rule allows "จัดให้เจ้าหน้าที่ร่วมเดินทางไปด้วย" when the
    # person "ไม่อาจเดินทางกลับภูมิลำเนาเดิมได้โดยลำพัง เนื่องจาก อายุ ... สุขภาพ". Urgent: the
    # hospital sends him out this evening with nowhere to sleep.
    "dev30 stroke patient discharged Siriraj": Persona(
        ("หมอให้กลับบ้านวันนี้แล้วแต่ลุงไม่มีเงินกลับบ้านเลยลุงอยู่ศิริราชมารักษาเส้นเลือดในสมองตีบ"
         "มาคนเดียวลูกหลานไม่มีใครมารับเลยครับ",),
        {
            "consent": "ยินยอมครับ พยาบาลอ่านให้ฟังแล้ว",
            "hardship": "ไม่มีเงินค่ารถกลับนครสวรรค์ครับ เงินหมดไปกับค่ากินตอนนอนโรงพยาบาล",
            "id_card": "มีครับ บัตรประชาชนอยู่กับลุง",
            "nationality": "ไทยครับ",
            "current_province": "กรุงเทพครับ ศิริราช",
            "home_province": "นครสวรรค์ อำเภอตาคลีครับ",
            "travellers": "ลุงคนเดียวครับ",
            "urgent": "ด่วนครับ เขาให้ออกเย็นนี้ ออกไปแล้วไม่มีที่นอน",
            "special_needs": "ลุงอายุ ๗๒ แล้วครับ เดินต้องใช้ไม้เท้า แขนขวายังไม่มีแรง หมอบอกยังต้องกินยาต่อ",
            "travel_alone": "ไปเองคงไม่ไหวครับ ขึ้นรถทัวร์เองไม่ได้ กลัวล้ม",
            "sensitive_consent": "ยินยอมครับ",
            "needs": "ไม่มีครับ กลับบ้านได้ก็พอ",
            "name": "ชื่อบุญมีครับ",
            "phone": "๐๘๑๖๖๒๓๔๐๙",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครสวรรค์", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone", "elderly", "sick"],
                "referrals": [], "name": "บุญมี", "phone": "0816623409"},
    ),
    # Motorbike-taxi rider in Pattaya (Chon Buri) robbed of his bike and cash at knifepoint; his
    # card survived in his phone case. Evicted for unpaid rent, sleeping at the taxi stand:
    # criteria ๒ and ๓, urgent (no place tonight). Wants only to go home to Roi Et.
    "dev30 Pattaya win rider robbed": Persona(
        ("พี่ครับ ผมขับวินอยู่พัทยา เมื่อคืนโดนจี้ชิงรถ ชิงเงินไปหมดเลย",
         "แจ้งความแล้ว แต่ตอนนี้ไม่เหลืออะไร ห้องก็ค้างค่าเช่า เจ้าของไล่ออกแล้ว"),
        {
            "consent": "ยินยอม",
            "hardship": "ไม่มีรถหากิน ไม่มีเงินสักบาท อยากกลับบ้านร้อยเอ็ดก่อน",
            "id_card": "บัตรรอดครับ เสียบไว้ในเคสโทรศัพท์ โจรไม่ได้เอาไป",
            "nationality": "ไทย",
            "current_province": "ชลบุรี พัทยาครับ",
            "home_province": "ร้อยเอ็ด เสลภูมิ",
            "travellers": "คนเดียว",
            "urgent": "ด่วนครับ คืนนี้นอนวินไปก่อน ไม่มีห้องแล้ว",
            "special_needs": "ไม่มี",
            "needs": "ไม่มีครับ ขอกลับบ้านก่อน",
            "name": "เอก",
            "phone": "0623390815",
            "confirm": "ถูก",
        },
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": [], "referrals": [], "name": "เอก",
                "phone": "0623390815"},
    ),
    # Street vendor (fried meatballs) in Bangkok, bag snatched with all her cash; travelling home
    # to Sakon Nakhon with her two small children (4 and 7). A friend lets them sleep in her room,
    # so not urgent ("ถ้าเป็นกรณีที่พักอาศัยอยู่ ไม่เร่งด่วน จะดำเนินงานไม่เกิน ๑๕ วัน").
    # ONE_PART: answers one thing per message.
    "dev30 meatball vendor snatched with kids": Persona(
        ("ขายลูกชิ้นทอดอยู่ค่ะ โดนวิ่งราวกระเป๋าเงินไปหมด",),
        {
            "consent": "ยินยอม",
            "hardship": "ไม่มีเงินกลับบ้าน",
            "id_card": "มีบัตร",
            "nationality": "ไทย",
            "current_province": "กทม",
            "home_province": "สกลนคร",
            "travellers": "3 คน แม่กับลูก",
            "urgent": "ไม่ด่วน นอนห้องเพื่อนได้",
            "special_needs": "ลูกเล็ก 4 ขวบกับ 7 ขวบ",
            "travel_alone": "ไปได้ค่ะ",
            "needs": "ไม่มี",
            "name": "นิด",
            "phone": "0945512876",
            "confirm": "ถูกต้อง",
        },
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สกลนคร", "travellers": 3,
                "urgent": False, "special": ["child"], "referrals": [], "name": "นิด",
                "phone": "0945512876"},
        one_part=True,
    ),
    # Bar worker in Pattaya (Chon Buri), no customers and no income for two months: criteria ๒
    # "ขาดแคลนอาหาร ... ไม่มีรายได้" and ๓. Worried whether telling her job gets her in trouble
    # before consenting. Rent paid to month end, so not urgent. She is HIV positive, on
    # medication, travels fine by herself (special needs: none), and clearly wants help with it at
    # home: hiv_aid ("การสงเคราะห์ช่วยเหลือผู้ป่วยเอดส์ หรือผู้ติดเชื้อ HIV").
    "dev30 Pattaya bar worker HIV": Persona(
        ("สวัสดีค่ะ ขอถามหน่อย ทำงานบาร์อยู่พัทยา ตอนนี้ไม่มีแขก ไม่มีรายได้มาสองเดือนแล้วค่ะ อยากกลับบ้าน",
         "ช่วยค่ารถได้ไหมคะ"),
        {
            "consent": ("ถ้าเล่าเรื่องงานจะมีปัญหาไหมคะ ตำรวจจะรู้ไหม", "ยินยอมค่ะ"),
            "hardship": "ไม่มีรายได้เลยค่ะ ค่ารถกลับหนองคายก็ไม่มี ยืมเพื่อนกินข้าวอยู่",
            "id_card": "มีค่ะ",
            "nationality": "ไทยค่ะ",
            "current_province": "ชลบุรีค่ะ พัทยา",
            "home_province": "หนองคายค่ะ",
            "travellers": "คนเดียวค่ะ",
            "urgent": "ยังไม่ด่วนค่ะ ห้องจ่ายถึงสิ้นเดือน",
            "special_needs": "ไม่มีค่ะ เดินทางเองได้ปกติ",
            "sensitive_consent": "ยินยอมค่ะ บันทึกได้",
            "needs": "มีค่ะ หนูติดเชื้อ HIV กินยาต้านอยู่ กลับไปแล้วอยากได้ความช่วยเหลือเรื่องนี้ด้วยค่ะ",
            "name": "มิ้นท์",
            "phone": "0918834452",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "หนองคาย", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["hiv_aid"], "name": "มิ้นท์",
                "phone": "0918834452"},
    ),
    # Trans woman thrown out of her boyfriend's condo in Lat Phrao (Bangkok) with 40 baht, sitting
    # in a convenience store and afraid he will follow her: no place tonight and unsafe, so
    # urgent. Her card still says "นาย"; she asks whether that is a problem (it is a valid Thai
    # card). She wants to be called Fern, not the name on the card.
    "dev30 trans woman thrown out Lat Phrao": Persona(
        ("แฟนไล่ออกจากคอนโดค่ะ ของก็ไม่ให้เอาออกมา ตอนนี้นั่งอยู่ในเซเว่น",
         "เป็นสาวประเภทสองนะคะ บอกไว้ก่อน บัตรยังเป็นนายอยู่"),
        {
            "consent": "ยินยอมค่ะ",
            "hardship": "ไม่มีที่นอนค่ะ เงินเหลือ 40 บาท อยากกลับไปหาแม่ที่พิษณุโลก",
            "id_card": "มีค่ะ แต่รูปในบัตรเป็นผู้ชาย คำนำหน้านาย จะมีปัญหาไหมคะ",
            "nationality": "ไทยค่ะ",
            "current_province": "กรุงเทพค่ะ แถวลาดพร้าว",
            "home_province": "พิษณุโลกค่ะ",
            "travellers": "คนเดียวค่ะ",
            "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่ไป แล้วก็กลัวเขาตามมาด้วย",
            "special_needs": "ไม่มีค่ะ",
            "needs": "ไม่มีค่ะ",
            "name": "เรียกเฟิร์นนะคะ ชื่อในบัตรไม่อยากใช้",
            "phone": "0827719036",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พิษณุโลก", "travellers": 1,
                "urgent": True, "special": [], "referrals": [], "name": "เฟิร์น",
                "phone": "0827719036"},
    ),
    # Akha man with a Thai ID card, writes simple Thai with a space between every word. Works on a
    # construction site in Pathum Thani, employer did not pay, no fare to Chiang Rai. He can stay
    # in the workers' camp three more days, so he has a place: not urgent. ONE_PART.
    "dev30 Akha builder unpaid spaced Thai": Persona(
        ("สวัสดี ผม อาข่า ทำงาน ก่อสร้าง นาย จ้าง ไม่ จ่าย เงิน",),
        {
            "consent": "ยินยอม",
            "hardship": "ไม่ มี เงิน กลับ บ้าน",
            "id_card": "มี บัตร ประชาชน ไทย",
            "nationality": "ไทย",
            "current_province": "ปทุมธานี",
            "home_province": "เชียงราย",
            "travellers": "คน เดียว",
            "urgent": "ไม่ ด่วน นอน แคมป์ ได้ อีก 3 วัน",
            "special_needs": "ไม่มี",
            "needs": "ไม่มี",
            "name": "อาเชอ",
            "phone": "0634428190",
            "confirm": "ถูก ต้อง",
        },
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "เชียงราย", "travellers": 1,
                "urgent": False, "special": [], "referrals": [], "name": "อาเชอ",
                "phone": "0634428190"},
        one_part=True,
    ),
    # Karen farm worker in Chiang Mai, laid off, wants to go back to Tha Song Yang (Tak). He holds
    # a pink card for people without Thai nationality and is still applying for it. The aid is
    # only for "บุคคลผู้มีสัญชาติไทย", so refused on nationality.
    "dev30 Karen pink card farm worker": Persona(
        ("สวัสดีครับ ผมเป็นคนกะเหรี่ยง อยู่เชียงใหม่ ทำงานสวนลำไย เจ้าของสวนไม่จ้างแล้ว "
         "อยากกลับบ้านท่าสองยาง ไม่มีเงินค่ารถครับ",),
        {
            "consent": "ยินยอมครับ",
            "hardship": "ไม่มีเงินครับ ไม่มีงานแล้ว",
            "id_card": "มีบัตรสีชมพูครับ ยังไม่ได้สัญชาติไทย กำลังยื่นขออยู่ที่อำเภอ",
            "nationality": "ยังไม่ได้สัญชาติไทยครับ เกิดฝั่งพม่า มาอยู่ไทยตั้งแต่เด็ก",
            "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านบอกทำให้ไม่ได้เพราะยังไม่ได้สัญชาติ",
            "current_province": "เชียงใหม่ครับ",
            "home_province": "ตาก ท่าสองยาง",
            "travellers": "คนเดียวครับ",
            "urgent": "ยังนอนที่สวนได้อีกสองสามวัน",
            "special_needs": "ไม่มีครับ",
            "needs": "ไม่มีครับ",
            "name": "พะเง",
            "phone": "0857729013",
            "confirm": "ถูกต้องครับ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),
    # Malay Muslim couple from Pattani in Bangkok: the roti shop closed, husband out of work, no
    # fare home. Wife 7 months pregnant. Room paid until Friday, so not urgent. ONE_PART.
    "dev30 Pattani couple roti shop closed": Persona(
        ("อัสลามูอาลัยกุม ขอความช่วยเหลือค่ะ",),
        {
            "consent": "ยินยอมค่ะ",
            "hardship": "สามีตกงาน ไม่มีเงินกลับบ้าน",
            "id_card": "มีทั้งสองคนค่ะ",
            "nationality": "ไทย",
            "current_province": "กรุงเทพ",
            "home_province": "ปัตตานี",
            "travellers": "2 คน",
            "urgent": "ยังมีห้องอยู่ถึงวันศุกร์",
            "special_needs": "ท้อง 7 เดือนค่ะ",
            "travel_alone": "ไปกับสามีได้",
            "needs": "ไม่มีค่ะ",
            "name": "ฟาตีมะห์",
            "phone": "0873356124",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ปัตตานี", "travellers": 2,
                "urgent": False, "special": ["pregnant"], "referrals": [], "name": "ฟาตีมะห์",
                "phone": "0873356124"},
        one_part=True,
    ),
    # Malay Muslim man from Yala who worked in a tom-yum shop in Malaysia, arrested for having no
    # work permit and pushed back through the Sungai Kolok checkpoint (Narathiwat) with nothing.
    # Answers the consent question together with more of his story and his home. Nowhere to sleep
    # tonight ("maybe the mosque"): urgent. Clearly wants work near home: job_placement.
    "dev30 tom-yum worker pushed back Sungai Kolok": Persona(
        ("สลามครับ ผมทำงานร้านต้มยำที่มาเลย์ ตำรวจมาเลย์จับเพราะไม่มีใบอนุญาตทำงาน "
         "ส่งตัวกลับทางด่านสุไหงโก-ลกเมื่อเช้า เงินโดนเอาไปหมดครับ",),
        {
            "consent": "ยินยอมครับ เงินหมดจริงๆ จะกลับยะลา บ้านอยู่บันนังสตา",
            "hardship": "ไม่มีเงินค่ารถครับ ค่าข้าวก็ไม่มี",
            "id_card": "บัตรประชาชนมีครับ พาสปอร์ตเขาก็คืนให้",
            "nationality": "ไทยครับ",
            "current_province": "นราธิวาสครับ สุไหงโก-ลก",
            "home_province": "ยะลาครับ",
            "travellers": "คนเดียวครับ",
            "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน อาจจะไปขอนอนมัสยิด",
            "special_needs": "ไม่มีครับ",
            "needs": "อยากได้งานแถวบ้านครับ ไม่อยากไปมาเลย์แล้ว",
            "name": "อิสมาแอ",
            "phone": "0810094567",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={"eligible": True, "current": "นราธิวาส", "home": "ยะลา", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement"], "name": "อิสมาแอ",
                "phone": "0810094567"},
    ),
    # Deaf man, writes two or three words at a time, at the Korat bus station (Nakhon
    # Ratchasima), money gone, wants to go to Buriram. Sleeping at the bus station: urgent. Deaf
    # (disabled) but can travel alone. Wants the disability allowance ("เบี้ยคนพิการ เดือนละ
    # 800 บาท ซึ่งต้องดำเนินการขึ้นทะเบียนคนพิการแล้ว"). ONE_PART.
    "dev30 deaf man Korat bus station": Persona(
        ("หูหนวก", "ไม่มีเงิน กลับบ้าน"),
        {
            "consent": "ยินยอม",
            "hardship": "เงินหมด",
            "id_card": "มี",
            "nationality": "ไทย",
            "current_province": "โคราช",
            "home_province": "บุรีรัมย์",
            "travellers": "1",
            "urgent": "ด่วน นอนสถานีรถ",
            "special_needs": "หูหนวก",
            "travel_alone": "ไปเองได้",
            "needs": "อยากได้เบี้ยคนพิการ",
            "name": "ต่าย",
            "phone": "0958820374",
            "confirm": "ถูก",
        },
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": True, "special": ["disabled"], "referrals": ["disability_allowance"],
                "name": "ต่าย", "phone": "0958820374"},
        one_part=True,
    ),
    # Lahu mother with a Thai card, simple spaced Thai, gave birth at a hospital in Chiang Mai and
    # is discharged today with a five-day-old baby, no fare to Mae Hong Son and nowhere to stay:
    # urgent. Two travellers (she and the baby). ONE_PART.
    "dev30 Lahu mother newborn discharged": Persona(
        ("คลอด ลูก ที่ โรงพยาบาล หมอ ให้ ออก วันนี้",),
        {
            "consent": "ยินยอม",
            "hardship": "ไม่ มี เงิน ค่า รถ",
            "id_card": "มี บัตร ประชาชน",
            "nationality": "ไทย",
            "current_province": "เชียงใหม่",
            "home_province": "แม่ฮ่องสอน",
            "travellers": "2 คน กับ ลูก",
            "urgent": "ด่วน ไม่ มี ที่ นอน",
            "special_needs": "ลูก เพิ่ง เกิด 5 วัน",
            "travel_alone": "ไป ได้",
            "needs": "ไม่มี",
            "name": "นาหนอ",
            "phone": "0649917735",
            "confirm": "ถูก ต้อง",
        },
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน", "travellers": 2,
                "urgent": True, "special": ["child"], "referrals": [], "name": "นาหนอ",
                "phone": "0649917735"},
        one_part=True,
    ),
    # Woman trafficked to Malaysia, escaped, now in a foundation shelter in Hat Yai (Songkhla).
    # The agent kept her card, but her mother got the village head's letter: condition ๒
    # "หนังสือรับรองว่ามีสัญชาติไทย และมีถิ่นฐานพื้นที่นั้นจริง", so she qualifies. Sleeps at the
    # shelter: not urgent. Clearly wants a new ID card: id_card.
    "dev30 trafficked to Malaysia letter from village head": Persona(
        ("ค่ะ หนูโดนนายหน้าพาไปทำงานนวดที่มาเลเซีย แต่จริงๆให้ไปทำอย่างอื่น หนีออกมาได้ค่ะ "
         "ตอนนี้อยู่หาดใหญ่ มูลนิธิเขารับไว้ก่อน",),
        {
            "consent": "ยินยอมค่ะ",
            "hardship": "ไม่มีเงินเลยค่ะ ค่ารถกลับชัยภูมิก็ไม่มี",
            "id_card": "บัตรประชาชนนายหน้ายึดไว้ค่ะ ไม่ได้คืน",
            "nationality_letter": "มีค่ะ แม่ไปขอผู้ใหญ่บ้านทำหนังสือรับรองให้แล้วว่าเป็นคนไทย อยู่หมู่บ้านนี้จริง "
                                  "ส่งไปรษณีย์มาที่มูลนิธิแล้ว",
            "nationality": "ไทยค่ะ",
            "current_province": "สงขลาค่ะ หาดใหญ่",
            "home_province": "ชัยภูมิ อำเภอภูเขียวค่ะ",
            "travellers": "คนเดียวค่ะ",
            "urgent": "ไม่ด่วนค่ะ นอนที่มูลนิธิได้",
            "special_needs": "ไม่มีค่ะ",
            "sensitive_consent": "ยินยอมค่ะ",
            "needs": "อยากทำบัตรประชาชนใหม่ค่ะ",
            "name": "ฝน",
            "phone": "0837761298",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["id_card"], "name": "ฝน",
                "phone": "0837761298"},
    ),
    # Man back from Japan when his visa ran out, landed at Don Mueang (Bangkok), wants the state
    # to pay his fare to Lampang, but says he has about 100,000 baht saved and a place to stay. He
    # meets none of the three hardship criteria ("ผู้ประสบปัญหาความเดือดร้อนทางสังคม"), so refused.
    "dev30 Japan returnee with savings": Persona(
        ("สวัสดีครับ ผมเพิ่งกลับจากญี่ปุ่น วีซ่าหมด ลงดอนเมือง ขอใช้สิทธิ์ค่ารถกลับบ้านลำปางครับ",),
        {
            "consent": "ยินยอมครับ",
            "idle": "ขอค่ารถกลับบ้านครับ",
            "hardship": "ไม่ได้ลำบากอะไรครับ มีเงินเก็บจากญี่ปุ่นอยู่แสนกว่าๆ ที่พักก็มี "
                        "แค่ถ้ารัฐช่วยค่ารถได้ก็ประหยัดไป",
            "id_card": "มีครับ",
            "nationality": "ไทยครับ",
            "current_province": "กรุงเทพครับ ดอนเมือง",
            "home_province": "ลำปางครับ",
            "travellers": "คนเดียว",
            "urgent": "ไม่ด่วนครับ พักโรงแรมอยู่",
            "special_needs": "ไม่มี",
            "needs": "ไม่มีครับ",
            "name": "ณัฐพล",
            "phone": "0861904427",
            "confirm": "ถูกต้องครับ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"},
    ),
    # Motorbike-taxi rider in Khon Kaen city whose bike was stolen; he wants help getting to his
    # house in Phon district, which is in Khon Kaen too. The aid is to return to "ภูมิลำเนาเดิม"
    # from another place; he is already in his home province, so refused.
    "dev30 Khon Kaen rider bike stolen same province": Persona(
        ("โดนขโมยรถมอไซค์ครับ ขับวินอยู่หน้ามอขอนแก่น ตอนนี้กลับบ้านไม่ได้",),
        {
            "consent": "ยินยอม",
            "hardship": "ไม่มีรถ ไม่มีเงินกลับบ้านครับ",
            "id_card": "มีครับ",
            "nationality": "ไทย",
            "current_province": "ขอนแก่นครับ ในเมือง",
            "home_province": "ขอนแก่นครับ บ้านอยู่อำเภอพล",
            "travellers": "คนเดียว",
            "urgent": "ไม่ด่วนครับ นอนบ้านเพื่อนได้",
            "special_needs": "ไม่มี",
            "needs": "ไม่มี",
            "name": "บอย",
            "phone": "0887026613",
            "confirm": "ถูกต้อง",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"},
    ),
    # Cambodian woman selling fruit from a cart at Pratunam (Bangkok), robbed, wants to go home to
    # Battambang. She has a Cambodian passport and work permit, no Thai card: the aid is only for
    # "บุคคลผู้มีสัญชาติไทย" and returns people to a home "ในประเทศไทย", so refused on nationality.
    "dev30 Cambodian fruit vendor robbed": Persona(
        ("สวัสดีค่ะ ฉันขายผลไม้รถเข็นอยู่ประตูน้ำ โดนขโมยเงินหมด อยากกลับบ้าน",),
        {
            "consent": "ยินยอมค่ะ",
            "hardship": "ไม่มีเงินเลยค่ะ",
            "id_card": "ไม่มีบัตรประชาชนไทยค่ะ มีพาสปอร์ตกัมพูชากับบัตรทำงาน",
            "nationality": "กัมพูชาค่ะ เป็นคนเขมร",
            "nationality_letter": "ไม่มีค่ะ",
            "current_province": "กรุงเทพค่ะ",
            "home_province": "พระตะบองค่ะ ข้ามด่านคลองลึกไป",
            "travellers": "คนเดียวค่ะ",
            "urgent": "ยังมีห้องเช่าอยู่ค่ะ",
            "special_needs": "ไม่มีค่ะ",
            "needs": "ไม่มีค่ะ",
            "name": "สรีมม",
            "phone": "0952284410",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),
    # Only asks what document replaces a lost ID card for the fare-home aid; does not apply.
    # Seed: "กรณีผู้ประสบปัญหาฯ ขาดเอกสารราชการ ให้มีหนังสือรับรองว่ามีสัญชาติไทย และมีถิ่นฐาน
    # พื้นที่นั้นจริง".
    "dev30 asks what replaces a lost card": Persona(
        ("ถ้าบัตรประชาชนหายต้องใช้เอกสารอะไรแทนคะ จะขอค่ารถกลับบ้าน",),
        {
            "idle": "แค่อยากรู้ค่ะ ขอบคุณค่ะ",
            "consent": "ยังไม่สมัครค่ะ แค่ถามก่อน",
        },
        outcome="answered",
        answered="หนังสือรับรองว่ามีสัญชาติไทย",
    ),
    # Construction worker pickpocketed at Mo Chit bus terminal (Bangkok), going home to Ubon
    # Ratchathani. She answers the consent question together with where she is, where she goes,
    # what happened and that she still has her card. Knows nobody in Bangkok: urgent. At the
    # summary she corrects two swapped digits of her phone number.
    "dev30 Mo Chit pickpocket consent plus story": Persona(
        ("ขอความช่วยเหลือค่ะ",),
        {
            "consent": "ยินยอมค่ะ ตอนนี้อยู่หมอชิต จะกลับอุบล โดนล้วงกระเป๋าเงินหายหมดเลย "
                       "บัตรประชาชนยังอยู่ค่ะ แยกใส่กระเป๋ากางเกงไว้",
            "hardship": "ไม่มีค่ารถค่ะ ทำงานก่อสร้างมาสามเดือน เงินที่เก็บไว้หายหมด",
            "id_card": "มีค่ะ",
            "nationality": "ไทยค่ะ",
            "current_province": "กรุงเทพ หมอชิตค่ะ",
            "home_province": "อุบลราชธานี วารินชำราบค่ะ",
            "travellers": "คนเดียวค่ะ",
            "urgent": "ด่วนค่ะ ไม่มีที่นอน ไม่รู้จักใครในกรุงเทพเลย",
            "special_needs": "ไม่มีค่ะ",
            "needs": "ไม่มีค่ะ",
            "name": "จันทร์เพ็ญ",
            "phone": "0805563321",
            "confirm": ("เบอร์ผิดค่ะ ที่ถูกคือ 0805563312", "ถูกต้องค่ะ"),
        },
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี", "travellers": 1,
                "urgent": True, "special": [], "referrals": [], "name": "จันทร์เพ็ญ",
                "phone": "0805563312"},
    ),
    # Three men from the same village in Nakhon Phanom released from a screening centre at Mae
    # Sot (Tak) after being rescued from a call-centre gang in Myawaddy; all have their cards
    # back, no money, no bed tonight: urgent. Typing on a borrowed phone. All can travel.
    "dev30 three Myawaddy victims Mae Sot": Persona(
        ("พวกผมสามคนเพิ่งถูกปล่อยตัวจากศูนย์คัดกรองที่แม่สอดครับ เป็นเหยื่อแก๊งคอลเซ็นเตอร์ฝั่งเมียวดี",
         "ไม่มีเงิน ไม่มีโทรศัพท์ ยืมเครื่องพี่แม่ค้าแถวนี้พิมพ์อยู่ครับ"),
        {
            "consent": "ยินยอมครับ ทั้งสามคน",
            "hardship": "ไม่มีเงินค่ารถกลับบ้านเลยครับ ทั้งสามคน",
            "id_card": "มีครบทุกคนครับ ตำรวจคืนบัตรให้แล้ว",
            "nationality": "ไทยหมดครับ",
            "current_province": "ตาก แม่สอดครับ",
            "home_province": "นครพนมครับ บ้านเดียวกันทั้งสามคน อำเภอธาตุพนม",
            "travellers": "๓ คนครับ ผม น้องชาย แล้วก็เพื่อนบ้าน",
            "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
            "special_needs": "ไม่มีครับ ทุกคนเดินทางได้",
            "needs": "ไม่มีครับ",
            "name": "วีระ",
            "phone": "0921138456 เบอร์พี่แม่ค้านะครับ",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={"eligible": True, "current": "ตาก", "home": "นครพนม", "travellers": 3,
                "urgent": True, "special": [], "referrals": [], "name": "วีระ",
                "phone": "0921138456"},
    ),
    # Construction worker fell from scaffolding in Rayong, broken leg in a cast, discharged
    # tomorrow; the boss vanished and the camp will not take them back. Wife is with him; both
    # go to Kalasin. No place after discharge: urgent. Injured patient on crutches (sick), but
    # his wife helps him, so he does not need an officer along.
    "dev30 broken leg discharged Rayong with wife": Persona(
        ("สวัสดีครับ ผมตกนั่งร้านที่ไซต์งานระยอง ขาหัก หมอให้ออกจากโรงพยาบาลพรุ่งนี้",
         "เมียเฝ้าอยู่ด้วย ไม่มีเงินสักบาท เถ้าแก่หายไปเลย"),
        {
            "consent": "ยินยอมครับ",
            "hardship": "ไม่มีเงินค่ารถกลับกาฬสินธุ์ครับ แคมป์คนงานก็ไม่ให้กลับไปอยู่แล้ว",
            "id_card": "มีทั้งผมทั้งเมียครับ",
            "nationality": "ไทยครับ",
            "current_province": "ระยองครับ",
            "home_province": "กาฬสินธุ์ ยางตลาดครับ",
            "travellers": "2 คนครับ ผมกับเมีย",
            "urgent": "ด่วนครับ ออกจากโรงพยาบาลแล้วไม่มีที่ไปเลย",
            "special_needs": "ผมขาหักใส่เฝือกครับ เดินต้องใช้ไม้ค้ำ",
            "travel_alone": "ไปได้ครับ เมียช่วยพยุง",
            "sensitive_consent": "ยินยอมครับ",
            "needs": "ไม่มีครับ",
            "name": "ประยูร",
            "phone": "0869012245",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "กาฬสินธุ์", "travellers": 2,
                "urgent": True, "special": ["sick"], "referrals": [], "name": "ประยูร",
                "phone": "0869012245"},
    ),
}
