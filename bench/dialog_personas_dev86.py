"""Blind persona set dev86 for bench/dialogs.py.

Date: 2026-12-07. Written from the seeds only.

Focus: people just released from prison or a juvenile training centre (prisons named
the way people say them: ลาดยาว, บางขวาง, เขาบิน, คลองไผ่, คุกพิดโลก, ทัณฑ์หญิง,
คุกหลังสวน, คุกยะลา ...), some on parole or probation, some wearing an EM ankle
bracelet, some whose family will not take them back and who go to an aunt, a
grandmother, a sister or a nephew instead (ภูมิลำเนา includes a relative's home),
some with no card (seized at arrest, expired inside, lost) but a village head's
certifying letter, some holding only prison release papers; wives and mothers
writing for them. Southern Thai (หลบบ้าน, เบี้ย, แหลง, ไส), northern, Isan and rough
Bangkok speech, swearing-free. Besides the fare home, several want work, a new card,
a criminal-record check, massage work, disability or old-age allowance, HIV or
psychiatric care, help for a family in Bangkok, or legal advice on debt. Refusals:
not Thai; no card and no certifying letter (only a release paper); already back home.

Counts: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Southern lad out of Lat Yao (Klong Prem, Bangkok) this morning, card returned with his
    # belongings, sleeping at the bus stop; home Thung Song, Nakhon Si Thammarat; wants work.
    # Route: story in openings -> questions. Outcome: case, urgent, job placement.
    "dev86 southern lad out of Lat Yao today, sleeping rough": Persona(
        ("สวัสดีครับ", "ฉานพึ่งออกจากลาดยาวเมื่อเช้านี้ ไม่มีเบี้ยหลบบ้านเลยครับ",
         "บ้านอยู่เมืองคอน ทุ่งสง"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ ยอม",
         "hardship": "ไม่มีเบี้ยค่ารถ คืนนี้ก็ไม่รู้นอนไส นั่งอยู่ป้ายรถเมล์หน้าคุกนิ",
         "id_card": "มีครับ ได้คืนมาพร้อมของฝากตอนออก มีใบปล่อยตัวด้วย",
         "current_province": "กทม ครับ แถวงามวงศ์วาน",
         "home_province": "นครศรีธรรมราช อ.ทุ่งสง",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอนจริงๆ",
         "name": "อนุชา ทองแก้ว (บ่าวเอ็ม) 0815524937",
         "needs": "อยากได้งานทำครับ หลบไปแล้วไม่อยากอยู่เปล่า ไม่อยากหวนไปทำแบบเก่าแล",
         "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "อนุชา", "phone": "0815524937"}),

    # Wife in Udon writes for her husband paroled yesterday from Bang Khwang with an EM
    # bracelet; he sits at Tha Nam Non (Nonthaburi) with 300 baht; card expired inside,
    # village head's certifying letter; must report to probation in Udon; wants a new card.
    # Outcome: case, urgent; id_card, probation_support, job_placement.
    "dev86 wife for EM-bracelet parolee out of Bang Khwang": Persona(
        ("ขอสอบถามค่ะ ผัวพึ่งได้พักโทษออกจากบางขวางเมื่อวาน ติดกำไลEMที่ข้อเท้า",
         "ตอนนี้เขานั่งรออยู่ท่าน้ำนนท์ค่ะ ไม่มีเงินค่ารถกลับอุดร เงินที่ฝากไว้ในเรือนจำได้คืนมาแค่สามร้อยกว่าบาท"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ เรื่องคดีเขาบอกได้",
         "hardship": "ไม่มีค่ารถค่ะ ตั๋วรถทัวร์ไปอุดรหลายร้อย เงินไม่พอ เมื่อคืนเขานอนศาลาท่าน้ำ",
         "id_card": "บัตรเขาหมดอายุตั้งแต่อยู่ข้างในค่ะ แต่ผู้ใหญ่บ้านที่บ้านทำหนังสือรับรองให้แล้ว ส่งรูปให้เขาทางไลน์",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านรับรองว่าเป็นคนไทย อยู่หมู่บ้านนี้จริง",
         "nationality": "คนไทยค่ะ",
         "current_province": "นนทบุรีค่ะ ท่าน้ำนนท์",
         "home_province": "อุดรธานีค่ะ อ.กุมภวาปี บ้านแม่เขา",
         "travellers": "เขาคนเดียวค่ะ ฉันอยู่อุดรแล้ว",
         "special_needs": "ไม่มีค่ะ เขาแข็งแรงดี",
         "urgent": "ด่วนค่ะ คืนนี้เขาก็ไม่มีที่นอนอีก",
         "name": "ฉันชื่อลำดวน เป็นเมียเขา เบอร์ฉัน 086-221-9045 เขาไม่มีโทรศัพท์ ผัวชื่อธนากร",
         "phone": "0862219045",
         "needs": "อยากให้เขาได้ทำบัตรใหม่ค่ะ กับต้องไปรายงานตัวคุมประพฤติที่อุดร ไม่รู้ต้องทำยังไง ถ้ามีงานให้ทำก็ดีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "อุดรธานี",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "probation_support", "job_placement"],
                "no_referrals": HEALTH, "phone": "0862219045"}),

    # Isan mother in Mukdahan for her 15-year-old son leaving a juvenile training centre in
    # Ubon on Friday; he has his card; she wants an escort and training for him.
    # 15 is not a "child" (under 12). Outcome: case, not urgent (still inside), job_training.
    "dev86 Isan mother for son leaving Ubon juvenile centre Friday": Persona(
        ("ลูกชายแม่อายุ15 จะได้ออกจากศูนย์ฝึกที่อุบลวันศุกร์นี้ค่ะ",
         "แม่อยู่มุกดาหาร บ่มีเงินไปรับ บ่มีเงินค่ารถให้เขาเมือบ้าน", "ช่วยได้บ่คะ🙏"),
        {"consent": "ยินยอมจ้า", "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "บ่มีเงินค่ารถค่ะ แม่รับจ้างรายวัน เงินบ่พอกิน",
         "id_card": "ลูกมีบัตรค่ะ ทางศูนย์เก็บไว้ให้ ตอนออกก็ได้คืน",
         "current_province": "อุบลราชธานีค่ะ ลูกอยู่ศูนย์ฝึกที่อุบล",
         "home_province": "มุกดาหาร อ.ดงหลวง",
         "travellers": "ลูกคนเดียวค่ะ",
         "special_needs": "ลูกบ่ได้ป่วยค่ะ แต่อายุ15 แม่บ่อยากให้มาคนเดียว กลัวหมู่เก่าชวนไปทางเก่า",
         "travel_alone": "แม่ว่าบ่ควรมาคนเดียวค่ะ ถ้ามีเจ้าหน้าที่มาส่งได้จะดีหลาย",
         "more_care": "บ่มีอย่างอื่นค่ะ ขอคนมาส่งอย่างเดียว",
         "urgent": "คืนนี้บ่ด่วนค่ะ เขายังอยู่ในศูนย์ ออกวันศุกร์",
         "name": "แม่บุญเรือน ๐๙๘๗๗๔๑๓๖๒",
         "needs": "อยากให้ลูกได้ฝึกอาชีพค่ะ ช่างไฟช่างอะไรก็ได้ เขาบ่อยากเรียนหนังสือแล้ว",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "อุบลราชธานี", "home": "มุกดาหาร",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_training"], "no_referrals": HEALTH,
                "phone": "0987741362"}),

    # Northern woman out of the central women's prison in Bangkok; her mother won't take her
    # back, going to her aunt in Chiang Rai; card fine; nowhere to sleep. ONE PART per message.
    # Outcome: case, urgent, job placement.
    "dev86 woman out of the women's prison, mother refuses, one part": Persona(
        ("สวัสดีเจ้า", "เพิ่งออกจากทัณฑ์หญิงเจ้า"),
        {"consent": "ยินยอมเจ้า", "sensitive_consent": "ยินยอมเจ้า",
         "idle": "อยากปิ๊กบ้านเจ้า",
         "hardship": ("บ่มีเงินค่ารถเจ้า", "แม่บ่รับกลับบ้านแล้วเจ้า"),
         "id_card": "มีบัตรเจ้า",
         "current_province": "กรุงเทพเจ้า",
         "home_province": "เชียงรายเจ้า",
         "travellers": "คนเดียวเจ้า",
         "special_needs": "บ่มีเจ้า",
         "urgent": "คืนนี้บ่มีที่นอนเจ้า",
         "name": "ชื่อแก้วเจ้า",
         "phone": "0913358827",
         "needs": "อยากได้งานเจ้า",
         "confirm": "ถูกเจ้า"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "แก้ว", "phone": "0913358827"}),

    # Isan man, 47, four days out of Khao Bin (Ratchaburi), sleeping at a temple in Photharam;
    # home Sakon Nakhon; ex-wife took an informal loan in his name; reports to probation monthly.
    # Route: one long story with consent. Outcome: case, not urgent; justice centre (legal
    # advice on the debt), job placement, probation support.
    "dev86 Khao Bin parolee at a temple with loan-shark debt": Persona(
        ("สวัสดีครับ ผมชื่อสมพงษ์ อายุ47 พึ่งพ้นโทษออกมาจากเรือนจำกลางเขาบินได้4วัน คดียา ติดไป6ปี "
         "ตอนนี้อาศัยนอนวัดแถวโพธาราม หลวงพ่อให้นอนได้แต่ก็เกรงใจท่าน อยากเมือบ้านที่สกลนคร "
         "แต่บ่มีค่ารถ เงินติดตัวมาร้อยกว่าบาทกินข้าวหมดแล้ว แล้วยังมีหนี้นอกระบบที่เมียเก่าไปกู้ใส่ชื่อผมไว้ "
         "เขาโทรมาทวงทุกวัน ไม่รู้จะทำยังไงดีครับ",
         "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ เงินหมดแล้ว",
         "id_card": "มีบัตรครับ ยังไม่หมดอายุ มีใบปล่อยตัวด้วย",
         "current_province": "ราชบุรีครับ อ.โพธาราม",
         "home_province": "สกลนคร อ.สว่างแดนดิน",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "urgent": "คืนนี้ยังนอนวัดได้ครับ ไม่ถึงกับด่วน",
         "name": "สมพงษ์ ศรีบุญเรือง 093-447-1205",
         "needs": "เรื่องหนี้ครับ อยากได้คนแนะนำทางกฎหมาย แล้วก็อยากหางานทำ ผมต้องไปรายงานตัวคุมประพฤติเดือนละครั้งด้วย",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "สกลนคร",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["justice_centre", "job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "สมพงษ์", "phone": "0934471205"}),

    # Man of 63 out of Phitsanulok prison after 20 years, nobody came; wife dead, children
    # refuse; going to his nephew in Laplae, Uttaradit; got a new card made inside before
    # release. Asks about old-age allowance. Outcome: case, urgent, elderly, elderly_allowance.
    "dev86 old man out of Phitsanulok after twenty years": Persona(
        ("หลานครับ ลุงพิมพ์ไม่ค่อยเป็น", "ลุงออกจากคุกพิดโลกวันนี้ ติดมา20ปี ไม่มีใครมารับ",
         "เมียตายแล้ว ลูกก็ไม่เอา จะไปอยู่กับหลานที่อุตรดิตถ์"),
        {"consent": "ยอม", "sensitive_consent": "ยอมครับ",
         "idle": "ขอค่ารถไปบ้านหลาน",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีที่นอน",
         "id_card": "บัตรเก่าหมดไปนานแล้ว แต่ก่อนออกเขาพาทำบัตรใหม่ให้ในคุก มีบัตรแล้ว",
         "current_province": "พิษณุโลก",
         "home_province": "อุตรดิตถ์ บ้านหลานอยู่ลับแล",
         "travellers": "ลุงคนเดียว อายุ63",
         "special_needs": "ไม่มีอะไร แค่แก่ เดินช้าหน่อย",
         "travel_alone": "ไปเองได้ครับ ให้หลานมารับที่ขนส่ง",
         "urgent": "ด่วน คืนนี้ไม่รู้จะนอนไหน",
         "name": "ลุงเฉลิม 0639015528 เบอร์หลาน",
         "needs": "อยากได้เบี้ยคนแก่ ไม่รู้ว่าคนติดคุกมาจะได้ไหม",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "อุตรดิตถ์",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "name": "เฉลิม",
                "phone": "0639015528"}),

    # Pregnant (7 months) young woman who came to Rayong to collect her boyfriend from the
    # central prison; money gone, slept at a petrol station; both have cards; home Nang Rong,
    # Buriram. Outcome: case, 2 travellers, urgent, pregnant, job placement for him.
    "dev86 pregnant girlfriend stuck in Rayong after pickup": Persona(
        ("ฮัลโหลค่ะ😭",
         "มารับแฟนออกจากเรือนจำกลางระยองค่ะ เขาออกเมื่อวานซืน เงินที่มีหมดไปกับค่ารถมาแล้ว ตอนนี้ไม่มีเงินกลับบุรีรัมย์",
         "หนูท้อง7เดือนด้วยค่ะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับ ไม่มีเงินกินข้าวด้วยค่ะ เมื่อคืนนอนปั๊มน้ำมัน",
         "id_card": "มีทั้งสองคนค่ะ",
         "current_province": "ระยองค่ะ",
         "home_province": "บุรีรัมย์ค่ะ อ.นางรอง",
         "travellers": "2คนค่ะ หนูกับแฟน",
         "special_needs": "หนูท้อง7เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ แฟนดูแลอยู่",
         "urgent": "ด่วนค่ะ คืนนี้ก็ต้องนอนปั๊มอีก",
         "name": "ปิยะนุช 0958120374",
         "needs": "แฟนอยากหางานทำค่ะ ใกล้ๆบ้าน",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": True, "special": ["pregnant"],
                "referrals": ["job_placement"], "name": "ปิยะนุช",
                "phone": "0958120374"}),

    # Bangkok-speaking 19-year-old out of a juvenile training centre; stepfather won't let him
    # in; staying at a friend's room in Rangsit (Pathum Thani) for a few nights; card lost at
    # arrest, grandmother got the village head's letter in Ko Kha, Lampang; wants a new card
    # and mechanic training. Outcome: case, not urgent; id_card, job_training.
    "dev86 teen out of juvenile centre, stepdad shuts door, grandma in Lampang": Persona(
        ("เพ่ ช่วยหน่อยดิ",
         "ผมพึ่งออกจากศูนย์ฝึกเมื่อวาน พ่อเลี้ยงไม่ให้เข้าบ้าน แม่ก็ไม่กล้าขัด",
         "ตอนนี้ขออาศัยห้องเพื่อนอยู่รังสิตก่อน แต่ไม่มีตังค์ไปหาย่าที่ลำปางอ่ะ"),
        {"consent": "โอเคครับ ยินยอม", "sensitive_consent": "ได้ครับ",
         "hardship": "ไม่มีตังค์ค่ารถครับ ตังค์ไม่มีสักบาท",
         "id_card": "บัตรหายตอนโดนจับอะครับ ตอนนี้ไม่มีบัตร",
         "nationality_letter": "ย่าไปขอผู้ใหญ่บ้านทำหนังสือรับรองให้แล้วครับ ว่าเป็นคนไทยอยู่หมู่บ้านนั้น ย่าถ่ายรูปส่งไลน์มา",
         "nationality": "ไทยครับ",
         "current_province": "ปทุมครับ รังสิต",
         "home_province": "ลำปาง บ้านย่าอยู่เกาะคา",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "urgent": "ไม่ด่วนมากครับ นอนห้องเพื่อนได้อีกสองสามคืน",
         "name": "ต้น 0827736419",
         "needs": "อยากทำบัตรใหม่ แล้วอยากเรียนช่างซ่อมรถครับ",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card", "job_training"], "no_referrals": HEALTH,
                "name": "ต้น", "phone": "0827736419"}),

    # Southern man out of Songkhla prison two days, in Hat Yai; HIV positive, the pills the
    # prison gave run out in days; slept at Hat Yai station; home Phunphin, Surat Thani.
    # Outcome: case, urgent, hiv_aid offered.
    "dev86 HIV-positive man out of Songkhla prison in Hat Yai": Persona(
        ("หวัดดีครับ",
         "ผมพ้นโทษจากคุกสงขลามาได้สองวัน ตอนนี้อยู่หาดใหญ่ ไม่มีเบี้ยหลบบ้านสุราษฎร์",
         "ขอแหลงตรงๆนะ ผมติดเชื้อ hiv กินยาอยู่ ยาที่เรือนจำให้มาเหลืออีกไม่กี่วัน"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ บอกได้ไม่เป็นไร",
         "hardship": "ไม่มีเบี้ยค่ารถ เมื่อคืนนอนสถานีรถไฟหาดใหญ่",
         "id_card": "มีครับ",
         "current_province": "สงขลา หาดใหญ่",
         "home_province": "สุราษฎร์ธานีครับ อ.พุนพิน",
         "travellers": "คนเดียว",
         "special_needs": "ติดเชื้อhivครับ แต่ยังแข็งแรง ไปเองได้",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ด่วนครับ คืนนี้ก็ไม่มีที่นอนแล",
         "name": "ชื่อวิทยา เบอร์ 0643328170",
         "needs": "อยากรู้ว่ารับยาต่อที่ไหน แล้วมีเงินช่วยคนติดเชื้อไหมครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "สุราษฎร์ธานี",
                "travellers": 1, "urgent": True, "referrals": ["hiv_aid"],
                "name": "วิทยา", "phone": "0643328170"}),

    # Northern mother in Pua, Nan, for her son out of Phayao prison a week ago, psychiatric
    # patient on daily medication, sleeping by a temple near the Phayao bus station, cannot
    # travel alone. Outcome: case, urgent, sick, mental_health_care.
    "dev86 Nan mother for psychiatric son out of Phayao prison": Persona(
        ("สวัสดีเจ้า แม่ขอถามแทนลูกชายเจ้า",
         "ลูกเปิ้นออกจากคุกพะเยามาอาทิตย์ก่อน เปิ้นป่วยจิตเวช ต้องกินยาทุกวัน "
         "ตอนนี้ไปนอนอยู่หน้าวัดแถวท่ารถพะเยา บ่มีตังค์ปิ๊กน่าน แม่ก็บ่มีเงินไปฮับ"),
        {"consent": "ยินยอมเจ้า", "sensitive_consent": "ยินยอมเจ้า เรื่องป่วยบอกได้",
         "hardship": "บ่มีค่ารถเจ้า บ่มีที่นอน นอนหน้าวัด",
         "id_card": "บัตรมีอยู่เจ้า ลูกถือไว้",
         "current_province": "พะเยาเจ้า",
         "home_province": "น่านเจ้า อ.ปัว",
         "travellers": "ลูกคนเดียวเจ้า",
         "special_needs": "ป่วยจิตเวชเจ้า บางทีหลงๆ ยาใกล้หมด",
         "travel_alone": "ไปคนเดียวบ่ได้เจ้า กลัวลงผิดที่ หลงทาง",
         "more_care": "ถ้ามีเจ้าหน้าที่พาไปส่งได้จะดีเจ้า แล้วอยากให้ได้ยาต่อ",
         "urgent": "ด่วนเจ้า นอนข้างถนน",
         "name": "แม่จันทร์ฟอง 0857730291 ลูกชื่อณัฐพล",
         "needs": "อยากให้ลูกได้หาหมอรับยาจิตเวชต่อเจ้า",
         "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "พะเยา", "home": "น่าน",
                "travellers": 1, "urgent": True, "special": ["sick", "cannot_travel_alone"],
                "referrals": ["mental_health_care"], "phone": "0857730291"}),

    # Man three days out of Khlong Phai (Korat); police seized his card; village head's letter;
    # going to his wife's home in Chanthaburi; staying with a friend. ONE PART per message.
    # Outcome: case, not urgent, id_card.
    "dev86 Khlong Phai man, card seized, one part": Persona(
        ("ขอความช่วยเหลือครับ", "ออกจากคลองไผ่มาได้3วันครับ"),
        {"consent": "ยินยอม", "sensitive_consent": "ยินยอม",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "บัตรโดนตำรวจยึดไปครับ",
         "nationality_letter": "มีหนังสือรับรองจากผู้ใหญ่บ้านครับ",
         "nationality": "ไทยครับ",
         "current_province": "โคราชครับ",
         "home_province": "จันท์ครับ",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มีครับ",
         "urgent": "นอนบ้านเพื่อนได้ครับ",
         "name": "บุญมีครับ",
         "phone": "๐๘๐๔๔๑๗๓๕๙",
         "needs": "อยากทำบัตรใหม่ครับ",
         "confirm": "ถูกต้อง"},
        one_part=True,
        expect={"eligible": True, "current": "นครราชสีมา", "home": "จันทบุรี",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card"], "no_referrals": HEALTH,
                "name": "บุญมี", "phone": "0804417359"}),

    # Man who lost a leg, uses crutches, just released, in Nakhon Pathom, home Kalasin; has
    # card; nowhere to sleep; wants the disability allowance. ONE PART per message.
    # Outcome: case, urgent, disabled, disability_allowance.
    "dev86 one-legged ex-prisoner in Nakhon Pathom, one part": Persona(
        ("สวัสดีครับ", "ผมพึ่งพ้นโทษครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถครับ",
         "id_card": "มีบัตรครับ",
         "current_province": "นครปฐมครับ",
         "home_province": "กาฬสินธุ์ครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ขาขาดข้างนึงครับ",
         "more_care": "ใช้ไม้ค้ำครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "name": "สุริยาครับ",
         "phone": "0896654012",
         "needs": "อยากได้เบี้ยคนพิการครับ",
         "confirm": "ถูกต้องครับ"},
        one_part=True,
        expect={"eligible": True, "current": "นครปฐม", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "referrals": ["disability_allowance"], "name": "สุริยา",
                "phone": "0896654012"}),

    # Wife who moved to Trang with two children (8 and 4) to visit her husband in prison;
    # he was released Friday; her market job is gone, room paid to month end; the four go home
    # to Song Phi Nong, Suphan Buri. Long story. Outcome: case, 4 travellers, child, not
    # urgent, job placement for him.
    "dev86 wife and two kids in Trang, husband just freed": Persona(
        ("สวัสดีค่ะ ขอเล่ายาวหน่อยนะคะ สามีติดคุกอยู่เรือนจำกลางตรัง3ปี ดิฉันกับลูกสองคนก็ย้ายมาเช่าห้องอยู่ใกล้ๆ "
         "ขายของตลาดจะได้ไปเยี่ยมเขาได้ ตอนนี้เขาพ้นโทษแล้วค่ะ ออกมาเมื่อวันศุกร์ แต่ร้านที่ดิฉันช่วยขายของปิดไป "
         "ไม่มีรายได้เลย ค่าห้องก็ค้าง เจ้าของห้องให้ออกสิ้นเดือนนี้ อยากพากันกลับบ้านที่สุพรรณค่ะ ไม่มีเงินค่ารถ4คน",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีรายได้ ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีบัตรค่ะ ทั้งดิฉันกับสามี ลูกก็มีสูติบัตร",
         "current_province": "ตรังค่ะ",
         "home_province": "สุพรรณบุรีค่ะ อ.สองพี่น้อง",
         "travellers": "4คนค่ะ ดิฉัน สามี ลูกสาว8ขวบ ลูกชาย4ขวบ",
         "special_needs": "มีเด็กเล็กสองคนค่ะ ไม่มีใครป่วย",
         "urgent": "ยังมีห้องอยู่ถึงสิ้นเดือนค่ะ ไม่ถึงกับไม่มีที่นอน",
         "name": "วาสนา 0817290468",
         "needs": "สามีอยากหางานทำค่ะ เขาเคยเป็นช่างปูน",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ตรัง", "home": "สุพรรณบุรี",
                "travellers": 4, "urgent": False, "special": ["child"],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "วาสนา", "phone": "0817290468"}),

    # Parolee with an EM bracelet out of Phuket prison; probation approved living at his
    # sister's in Kham Khuean Kaeo, Yasothon, must report there by Thursday; sleeps at a
    # friend's construction camp; wants to sell som tam. Outcome: case; probation_support,
    # self_employment_advice. (Urgency not fixed: shelter tonight but a reporting deadline.)
    "dev86 EM parolee in Phuket must report in Yasothon": Persona(
        ("ผมติดกำไลอีเอ็มอยู่ครับ พักโทษออกจากเรือนจำภูเก็ต",
         "คุมประพฤติให้ไปอยู่บ้านพี่สาวที่ยโสธรตามที่ขอไว้ ต้องไปรายงานตัวที่ยโสธรภายในวันพฤหัส",
         "แต่ไม่มีตังค่ารถเลยครับ รถทัวร์ภูเก็ตไปยโสพันกว่าบาท"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ",
         "hardship": "ไม่มีตังค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "ภูเก็ตครับ",
         "home_province": "ยโสธร บ้านพี่สาว อ.คำเขื่อนแก้ว",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "urgent": "คืนนี้นอนแคมป์ก่อสร้างเพื่อนได้ครับ แต่ต้องรีบไปให้ทันรายงานตัววันพฤหัส",
         "name": "ประเสริฐ 0619987423",
         "needs": "กลับไปอยากขายส้มตำหน้าบ้านครับ อยากรู้ว่าต้องเริ่มยังไง คิดต้นทุนยังไง",
         "confirm": "ครับ ถูกต้อง"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ยโสธร",
                "travellers": 1, "special": [],
                "referrals": ["probation_support", "self_employment_advice"],
                "no_referrals": HEALTH, "name": "ประเสริฐ", "phone": "0619987423"}),

    # Woman of 40 out of the Chiang Mai women's prison today; learnt Thai massage inside and
    # has the certificate, wants hospital massage work; going to her mother in Pai, Mae Hong
    # Son; nowhere to sleep. Outcome: case, urgent, thai_massage_training.
    "dev86 woman out of Chiang Mai women's prison wants massage work": Persona(
        ("สวัสดีค่ะ ออกจากทัณฑ์หญิงเชียงใหม่วันนี้ค่ะ",
         "ข้างในได้เรียนนวดแผนไทยมา มีใบประกาศด้วย อยากรู้ว่าไปทำงานนวดที่โรงพยาบาลได้ไหมคะ",
         "แต่ตอนนี้ไม่มีเงินกลับบ้านที่ปายค่ะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ คืนนี้ก็ไม่มีที่นอน",
         "id_card": "มีบัตรค่ะ",
         "current_province": "เชียงใหม่ค่ะ",
         "home_province": "แม่ฮ่องสอนค่ะ อ.ปาย บ้านแม่",
         "travellers": "คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ",
         "urgent": "ด่วนค่ะ ไม่มีที่นอนคืนนี้",
         "name": "ป้อม สุนันทา 0926671830",
         "needs": "อยากทำงานนวดค่ะ ที่โรงพยาบาลปายได้ไหม",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["thai_massage_training"], "name": "สุนันทา",
                "phone": "0926671830"}),

    # Rough-talking Bangkok man just out of Yala prison (arrested on a building job there);
    # wife and kids in Min Buri behind on rent; sleeping at the bus stand; has card.
    # Outcome: case, urgent, home Bangkok; bangkok_support, job_placement.
    "dev86 Min Buri man out of Yala prison, family broke in Bangkok": Persona(
        ("ขอค่ารถกลับกรุงเทพได้ป่าววะ เอ้ย ได้ไหมครับ",
         "พึ่งออกจากคุกยะลามา ไปโดนคดีตอนไปทำงานก่อสร้างที่นั่น",
         "เมียกับลูกอยู่กทม.แถวมีนบุรี ตอนนี้เมียก็ลำบาก ค่าเช่าห้องค้าง"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยอมครับ",
         "hardship": "ไม่มีตังค์ค่ารถเลยครับ เงินที่ได้ตอนออกเหลือสองร้อย ไม่พอ คืนนี้นอนท่ารถ",
         "id_card": "มีครับ",
         "current_province": "ยะลาครับ",
         "home_province": "กทม ครับ เขตมีนบุรี",
         "travellers": "ผมคนเดียว", "special_needs": "ไม่มี",
         "urgent": "ด่วนครับ ไม่มีที่นอน",
         "name": "เอ็กซ์ ชื่อจริงชัยวัฒน์ 0846120938",
         "needs": "เมียกับลูกที่กทม.ลำบากครับ ค่าห้องค้าง อยากให้มีใครช่วยดูครอบครัว แล้วผมก็อยากได้งาน",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ยะลา", "home": "กรุงเทพมหานคร",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["bangkok_support", "job_placement"],
                "no_referrals": HEALTH, "name": "ชัยวัฒน์", "phone": "0846120938"}),

    # Man of 24 out of Lang Suan district prison (Chumphon); his mother won't have him back,
    # going to his aunt in Kamphaeng Phet; has card; wants a criminal-record check for job
    # applications. ONE PART per message. Outcome: case, urgent, criminal_record.
    "dev86 Lang Suan release, mother says no, one part": Persona(
        ("สวัสดีครับ", "ผมพึ่งออกจากคุกหลังสวนครับ"),
        {"consent": "ยินยอม", "sensitive_consent": "ยินยอมครับ",
         "idle": "อยากได้ค่ารถกลับบ้านครับ",
         "hardship": ("ไม่มีค่ารถครับ", "แม่ไม่ให้กลับบ้านแล้วครับ"),
         "id_card": "มีครับ",
         "current_province": "ชุมพรครับ",
         "home_province": "กำแพงเพชรครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "urgent": "ไม่มีที่นอนครับ",
         "name": "ชื่อโจ้ครับ",
         "phone": "0658802147",
         "needs": "อยากตรวจประวัติอาชญากรครับ",
         "confirm": "ถูกต้องครับ"},
        one_part=True,
        expect={"eligible": True, "current": "ชุมพร", "home": "กำแพงเพชร",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["criminal_record"], "no_referrals": HEALTH,
                "name": "โจ้", "phone": "0658802147"}),

    # --- refused ---

    # Myanmar man out of Ranong prison, pink card expired, no Thai nationality, wants to reach
    # relatives in Mae Sot. Outcome: refused, not Thai.
    "dev86 Myanmar man out of Ranong prison": Persona(
        ("ผมเป็นคนพม่าครับ พูดไทยได้นิดหน่อย", "ออกจากเรือนจำระนองแล้ว อยากไปแม่สอด ไม่มีเงิน"),
        {"consent": "ยินยอม ครับ", "sensitive_consent": "ได้ครับ",
         "hardship": "ไม่มีเงิน ไม่มีที่นอน",
         "id_card": "ไม่มีบัตรไทย มีบัตรชมพู หมดอายุแล้ว",
         "nationality": "พม่าครับ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "ระนอง",
         "home_province": "บ้านอยู่พม่า ญาติอยู่แม่สอด",
         "travellers": "คนเดียว",
         "urgent": "ด่วน",
         "name": "หม่อง 0972235816",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Man a week out of Bang Khwang sleeping under the Phra Nang Klao bridge; card seized and
    # never returned, only a prison release paper, no certifying letter and nobody at home to
    # get one; home Sukhothai. Outcome: refused, no card and no certifying letter.
    "dev86 Bang Khwang man with only a release paper": Persona(
        ("ออกจากบางขวางมาอาทิตย์นึงแล้วครับ บัตรโดนยึดตอนโดนจับแล้วไม่ได้คืน",
         "อยากกลับสุโขทัย ไม่มีค่ารถ"),
        {"consent": "ยินยอม", "sensitive_consent": "ยินยอม",
         "hardship": "ไม่มีค่ารถครับ นอนใต้สะพานพระนั่งเกล้า",
         "id_card": "ไม่มีครับ มีแต่ใบปล่อยตัวจากเรือนจำ",
         "nationality_letter": "ไม่มีครับ ไม่มีหนังสือรับรองอะไรเลย ที่บ้านก็ไม่เหลือใครแล้ว ผู้ใหญ่บ้านก็ไม่รู้จัก",
         "nationality": "ไทยครับ",
         "current_province": "นนทบุรี",
         "home_province": "สุโขทัย",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ",
         "name": "สมศักดิ์ 0893306627",
         "needs": "อยากทำบัตรใหม่",
         "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Southern mother: her son came out of Nakhon Si Thammarat prison yesterday and is already
    # home in Pak Phanang (she borrowed for the songthaew); she wants the fare paid back.
    # Outcome: refused, already at home province.
    "dev86 mother asks fare back, son already home in Pak Phanang": Persona(
        ("สวัสดีค่ะ แม่ถามแทนลูกบ่าวนะคะ",
         "ลูกออกจากเรือนจำกลางนครศรีฯเมื่อวาน ตอนนี้หลบมาถึงบ้านที่ปากพนังแล้วค่ะ นั่งรถสองแถวมา แม่ยืมเบี้ยข้างบ้านจ่ายค่ารถไป",
         "ขอเงินค่ารถคืนได้ม่ายคะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "เบี้ยไม่มีค่ะ ยืมเขามา",
         "id_card": "ลูกมีบัตรค่ะ",
         "current_province": "นครศรีธรรมราชค่ะ อยู่บ้านแล้ว",
         "home_province": "นครศรีธรรมราช ปากพนังค่ะ",
         "travellers": "ลูกคนเดียวค่ะ ถึงบ้านแล้ว",
         "urgent": "ไม่ด่วนค่ะ อยู่บ้านแล้ว",
         "name": "แม่สมใจ 0810456723",
         "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา",
                "current": "นครศรีธรรมราช", "home": "นครศรีธรรมราช"}),

    # --- answered ---

    # Wife asks which number to call if her husband is let out on a Saturday evening when
    # offices are shut. Outcome: answered, hotline 1300 (24 hours).
    "dev86 wife asks the night hotline for a weekend release": Persona(
        ("ขอถามหน่อยค่ะ ถ้าผัวออกจากคุกตอนเย็นวันเสาร์ แล้วไม่มีค่ารถกลับบ้าน จะโทรขอความช่วยเหลือเบอร์อะไรคะ ตอนนั้นหน่วยงานคงปิดแล้ว",),
        {"consent": "ยังไม่ต้องค่ะ แค่ถามไว้ก่อน", "idle": "แค่อยากรู้เบอร์โทรค่ะ"},
        outcome="answered", answered="1300"),

    # Man of 66, released a year ago and living at home in Sisaket, asks how much an elderly
    # ex-prisoner can borrow to raise chickens. Outcome: answered, 30,000 baht.
    "dev86 old ex-prisoner asks about a loan to raise chickens": Persona(
        ("สอบถามครับ ผมอายุ66 พ้นโทษมาได้ปีนึงแล้ว อยู่บ้านที่ศรีสะเกษ",
         "อยากกู้เงินทำทุนเลี้ยงไก่ขาย คนแก่ที่เคยติดคุกกู้ได้ไหม ได้เท่าไหร่ครับ"),
        {"consent": "ยินยอม", "idle": "ถามเรื่องกู้เงินครับ"},
        outcome="answered", answered="30,000"),

    # Mother asks how long the fare home takes if her daughter is released next week with
    # nowhere to stay. Outcome: answered, urgent cases within 24 hours.
    "dev86 mother asks how fast the fare comes for a daughter out next week": Persona(
        ("ลูกสาวจะพ้นโทษสัปดาห์หน้าค่ะ",
         "ถ้าออกมาแล้วไม่มีที่พัก ขอค่ารถกลับบ้าน ต้องรอกี่วันคะกว่าจะได้ ต้องนอนรอหลายวันไหม"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากรู้ว่านานไหมค่ะ"},
        outcome="answered", answered="24"),
}
