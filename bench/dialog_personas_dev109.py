"""Persona set dev109 for bench/dialogs.py.

Date: 2026-12-08. Written from the seeds only.

Focus: someone writing FOR another person (a shopkeeper, a monk at a temple, a nurse,
a police officer at a station, a neighbour, a landlady, a motorbike-taxi rider, a grown
child far away, a rescue volunteer): third-person stories ("เขา", "ลุงแก", "ป้าแกบอกว่า"),
the helper's own phone vs the person's, the helper's own province vs the person's, and
sometimes the person takes over the phone mid-way and writes in first person. Every
outcome is about the person in hardship; the name is the person in hardship's name; the
phone is whichever number the conversation settles on (said in each comment).

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Shopkeeper (ป้าแดง) in Saraburi writes for a 70-year-old man who slept outside her
    # shop after losing his wallet; home Nakhon Phanom; has his ID card; no bed tonight;
    # he never got the old-age allowance. Case. Name = the man (ทองดี), not the shopkeeper
    # (แดง). Phone = the shopkeeper's own (he has none).
    "dev109 shopkeeper, old man outside shop": Persona(
        ("สวัสดีจ้า",
         "คือมีลุงคนนึงมานั่งหน้าร้านป้าตั้งแต่เมื่อวานอะ แกบอกกระเป๋าตังหายที่ท่ารถ "
         "กลับบ้านไม่ได้ เมื่อคืนแกนอนหน้าร้านป้าเลย สงสารแก ป้าช่วยถามให้ได้มั้ยจ๊ะ"),
        {"consent": "ได้จ้า ยินยอม ป้าถามลุงแล้วแกก็ว่าได้",
         "idle": "อยากให้ลุงแกได้กลับบ้านอะจ้ะ แกไม่มีค่ารถ",
         "hardship": "ไม่มีค่ารถกลับบ้านจ้ะ แล้วคืนนี้ก็ไม่มีที่นอน ป้าจะให้นอนในร้านลูกป้าก็ไม่ให้",
         "id_card": "บัดประชาชนแกมีอยู่ เหน็บกระเป๋าเสื้อไว้ ไม่ได้หายไปกับตัง",
         "nationality": "คนไทยจ้า พูดอีสานชัดเลย",
         "nationality_letter": "บัตรแกมีนี่จ้ะ ไม่ต้องมั้ง",
         "current_province": "สระบุรีจ้ะ ตรงท่ารถเก่า",
         "home_province": "แกว่าบ้านอยู่นครพนม อ.ธาตุพนม",
         "travellers": "ลุงคนเดียวจ้ะ อายุ70แล้ว",
         "special_needs": "แกแก่แล้ว70 แต่เดินเหินได้ ไม่ได้ป่วยอะไร",
         "more_care": "ไม่มีจ้ะ แกมาคนเดียว",
         "travel_alone": "ไปเองได้ แกนั่งรถมาเองก็ได้นี่",
         "sensitive_consent": "ได้จ้ะ แต่แกไม่ได้ป่วยอะไรนะ",
         "urgent": "คืนนี้ไม่มีที่นอนจ้า ข้าวเที่ยงป้าให้กินไปแล้ว",
         "name": "ลุงแกชื่อ ทองดี จ้ะ ส่วนป้าชื่อแดง เป็นเจ้าของร้าน",
         "phone": "ลุงแกไม่มีโทรศัพท์ ใช้เบอร์ป้าเลย 0819427765",
         "needs": "แกบอกไม่เคยได้เบี้ยคนแก่เลย ช่วยแกเรื่องนี้ด้วยนะ",
         "confirm": "ถูกแล้วจ้า"},
        expect={"eligible": True, "current": "สระบุรี", "home": "นครพนม", "travellers": 1,
                "urgent": True, "special": ["elderly"], "referrals": ["elderly_allowance"],
                "no_referrals": HEALTH, "name": "ทองดี", "phone": "0819427765"}),

    # Monk at a temple in Bang Pa-in writes for a laid-off man staying at the temple
    # (shelter and food there: not urgent); ID card lost but the village head's letter
    # certifying nationality and residence has arrived; home Uttaradit; wants a new card.
    # Case. Name = the man (สมบัติ). Phone = the monk's (Thai digits), the man has none.
    "dev109 monk, man sheltering at temple": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดแถวบางปะอิน ขอสอบถามแทนโยมคนหนึ่งที่มาอาศัยวัดอยู่",
         "โยมเขาตกงานจากนิคมฯ เงินหมด อยากกลับบ้านที่อุตรดิตถ์แต่ไม่มีค่ารถ "
         "ตอนนี้อาตมาให้พักที่ศาลาไปก่อน ภัตตาหารเหลือก็แบ่งให้โยมเขา"),
        {"consent": "เจริญพร โยมเขาอนุญาตแล้ว ยินยอม",
         "idle": "ขอความช่วยเหลือค่ารถให้โยมเขากลับภูมิลำเนา",
         "hardship": "ไม่มีค่าพาหนะกลับบ้าน ส่วนที่พักที่วัดพอมีอยู่",
         "id_card": "บัตรประชาชนหายไปพร้อมกระเป๋าตอนย้ายออกจากห้องเช่า",
         "nationality": "คนไทย เกิดที่อุตรดิตถ์",
         "nationality_letter": "มี ผู้ใหญ่บ้านที่บ้านเขาทำหนังสือรับรองส่งไปรษณีย์มาแล้ว อาตมาเก็บไว้ให้",
         "current_province": "อยุธยา อำเภอบางปะอิน",
         "home_province": "อุตรดิตถ์ อำเภอลับแล",
         "travellers": "โยมเขาคนเดียว อายุสี่สิบกว่า",
         "special_needs": "ไม่มี โยมเขาแข็งแรงดี",
         "more_care": "ไม่มี",
         "travel_alone": "เดินทางเองได้",
         "sensitive_consent": "ได้ แต่ไม่มีเรื่องอะไรจะต้องบันทึก",
         "urgent": "ไม่เร่งด่วน นอนที่วัดได้ อาหารก็มี",
         "name": "โยมเขาชื่อ สมบัติ",
         "phone": "โยมเขาไม่มีโทรศัพท์ ติดต่อที่อาตมา ๐๘๙๕๕๑๒๐๓๔",
         "needs": "อยากทำบัตรประชาชนใหม่ด้วย",
         "confirm": "ถูกต้องแล้ว เจริญพร"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "อุตรดิตถ์",
                "travellers": 1, "urgent": False, "special": [], "referrals": ["id_card"],
                "no_referrals": HEALTH, "name": "สมบัติ", "phone": "0895512034"}),

    # Surgical-ward nurse in Khon Kaen writes for a 52-year-old day labourer discharged
    # tomorrow after surgery; relatives gone; home Bueng Kan; tonight still in the ward
    # (not urgent); can travel alone; wants wound care near home. Case. Name = the patient
    # (คำแสง). Phone = the patient's own (the nurse says not the ward's).
    "dev109 nurse, patient discharged tomorrow": Persona(
        ("สวัสดีค่ะ พยาบาลตึกศัลย์ชาย รพ.ในขอนแก่นนะคะ",
         "มีคนไข้ผ่าตัดไส้ติ่งแตก จะได้กลับบ้านพรุ่งนี้ แต่ญาติกลับไปก่อนแล้ว "
         "คนไข้ไม่มีเงินค่ารถกลับบ้านที่บึงกาฬเลยค่ะ พอจะช่วยได้ไหมคะ"),
        {"consent": "คนไข้ยินยอมค่ะ พี่ถามให้แล้ว",
         "idle": "ขอค่ารถให้คนไข้กลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีรายได้ด้วย เป็นลูกจ้างรายวัน หยุดงานมาสองอาทิตย์",
         "id_card": "มีบัตรประชาชนค่ะ ใช้ตอนadmit",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรแล้วค่ะ",
         "current_province": "ขอนแก่นค่ะ",
         "home_province": "บึงกาฬค่ะ อ.เซกา",
         "travellers": "คนไข้คนเดียวค่ะ ผู้ชาย 52",
         "special_needs": "เพิ่งผ่าตัด ยังมีแผลอยู่ค่ะ ต้องล้างแผลต่อที่รพ.ใกล้บ้าน",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "เดินเองได้แล้วค่ะ นั่งรถทัวร์เองได้ ไม่ต้องมีคนไปด้วย",
         "sensitive_consent": "คนไข้ยินยอมให้บันทึกค่ะ",
         "urgent": "คืนนี้ยังนอนที่wardได้ค่ะ ข้าวก็มีของรพ. พรุ่งนี้บ่ายถึงจะdischarge",
         "name": "คนไข้ชื่อ คำแสง ค่ะ",
         "phone": "เบอร์คนไข้เองนะคะ 087-223-9041 ไม่ต้องใช้เบอร์ตึกค่ะ",
         "needs": "อยากให้ช่วยประสานรพ.ใกล้บ้านเรื่องล้างแผลต่อค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "บึงกาฬ", "travellers": 1,
                "urgent": False, "special": ["sick"], "referrals": ["medical_services"],
                "name": "คำแสง", "phone": "0872239041"}),

    # Police sergeant at a Pattaya station (himself from Nakhon Si Thammarat) writes for a
    # couple and their 4-year-old cheated by a job broker; home Sakon Nakhon; slept on the
    # station bench; the husband wants work. Case. Name = the husband (ประเสริฐ). Phone =
    # the officer's mobile (the broker kept the family's phone).
    "dev109 police Pattaya, cheated family of 3": Persona(
        ("เรียนเจ้าหน้าที่ครับ ผม ด.ต.วิรัตน์ สภ.เมืองพัทยา",
         "มีผู้เสียหายครอบครัวหนึ่ง สามีภรรยาและลูกเล็ก ถูกนายหน้าหลอกมาทำงาน เงินหมด "
         "มาแจ้งความที่สถานีตั้งแต่เมื่อวาน ต้องการกลับภูมิลำเนาครับ"),
        {"consent": "ผู้เสียหายยินยอมครับ ผมอ่านให้ฟังแล้ว",
         "idle": "ขอความช่วยเหลือส่งผู้เสียหายกลับภูมิลำเนาครับ",
         "hardship": "ไม่มีค่าพาหนะ ไม่มีที่พัก ไม่มีรายได้ครับ",
         "id_card": "มีบัตรประชาชนทั้งสามีและภรรยาครับ ผมตรวจแล้ว",
         "nationality": "สัญชาติไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "ชลบุรีครับ อยู่ที่ สภ.เมืองพัทยา",
         "home_province": "ภูมิลำเนาผู้เสียหายคือสกลนครครับ (ผมเองเป็นคนนครศรีฯ คนละทางเลย)",
         "travellers": "3 คนครับ สามี 34 ภรรยา 29 ลูกชาย 4 ขวบ",
         "special_needs": "มีเด็ก 4 ขวบครับ นอกนั้นปกติ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "เดินทางเองได้ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "ครับ คืนนี้ไม่มีที่นอน เมื่อคืนนอนม้านั่งหน้าสถานี",
         "name": "ใช้ชื่อสามีครับ ประเสริฐ",
         "phone": "โทรศัพท์ผู้เสียหายถูกนายหน้ายึดไปครับ ติดต่อผ่านผมได้ 0864410937",
         "needs": "สามีอยากหางานทำแถวบ้านครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "สกลนคร", "travellers": 3,
                "urgent": True, "special": ["child"], "referrals": ["job_placement"],
                "no_referrals": HEALTH, "name": "ประเสริฐ", "phone": "0864410937"}),

    # A neighbour in a Rangsit rented room starts for a 7-months-pregnant woman next door,
    # then hands her the phone: from then on she writes in first person. Evicted tomorrow,
    # no food today (urgent); home Kalasin; wants work after the birth. One part per
    # message. Case. Name = the pregnant woman (เพ็ญศรี). Phone = her own.
    "dev109 neighbour hands phone to pregnant": Persona(
        ("หวัดดีค่ะ พิมพ์แทนน้องห้องข้างๆนะคะ",
         "น้องเขาท้อง7เดือน แฟนทิ้งไปแล้ว เจ้าของห้องจะให้ออกพรุ่งนี้ ไม่มีตังเลย อยากกลับไปคลอดที่บ้าน",
         "สวัสดีค่ะ หนูเองนะคะ คนที่ท้อง พี่ข้างห้องยื่นโทรศัพท์ให้หนูพิมพ์เองค่ะ"),
        {"consent": "หนูยินยอมค่ะ",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": ("ไม่มีค่ารถค่ะ", "ข้าวก็ไม่มีกินค่ะ"),
         "id_card": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "หนูมีบัตรค่ะ",
         "current_province": "ปทุมธานีค่ะ แถวรังสิต",
         "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "หนูคนเดียวค่ะ",
         "special_needs": "หนูท้อง7เดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "วันนี้ยังไม่ได้กินข้าวเลยค่ะ",
         "name": "เพ็ญศรีค่ะ",
         "phone": "0934482716 ค่ะ เบอร์หนูเอง",
         "needs": "หลังคลอดอยากหางานทำใกล้บ้านค่ะ",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "กาฬสินธุ์", "travellers": 1,
                "urgent": True, "special": ["pregnant"], "referrals": ["job_placement"],
                "name": "เพ็ญศรี", "phone": "0934482716"},
        one_part=True),

    # Daughter in Bangkok (just lost her job herself) writes for her 63-year-old mother
    # pickpocketed at the Phuket bus terminal after a funeral; home Yasothon; no bed, no
    # food tonight. Says her Bangkok when asked the province. Case. Name = the mother
    # (บัวผัน). Phone = the daughter's: she gives the mother's then settles on her own.
    "dev109 daughter in BKK, mum stuck Phuket": Persona(
        ("ฮัลโหล ช่วยแม่หนูหน่อยค่ะ😭",
         "แม่ไปงานศพญาติที่ภูเก็ต ขากลับโดนล้วงกระเป๋าที่บขส. เงินหายหมด ตอนนี้แม่นั่งอยู่บขส.ภูเก็ต "
         "หนูอยู่กทม.ก็ไม่มีจะโอนให้ หนูเพิ่งตกงานเหมือนกัน"),
        {"consent": "ยินยอมค่ะ แม่ก็โอเค หนูโทรถามแล้ว",
         "idle": "อยากให้แม่ได้กลับบ้านค่ะ",
         "hardship": "แม่ไม่มีค่ารถกลับบ้านค่ะ เงินหายหมดเลย คืนนี้ก็ไม่รู้จะนอนไหน",
         "id_card": "บัตรแม่ยังอยู่ค่ะ แม่เก็บแยกไว้ในย่ามผ้า",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "แม่มีบัตรค่ะ",
         "current_province": "หนูอยู่กทมค่ะ แต่แม่ติดอยู่ภูเก็ต ที่บขส.ภูเก็ต",
         "home_province": "บ้านแม่อยู่ยโสธรค่ะ อ.กุดชุม",
         "travellers": "แม่คนเดียวค่ะ อายุ63",
         "special_needs": "แม่63แล้วค่ะ แต่แข็งแรงดี ไม่มีโรคประจำตัว",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "แม่ไปเองได้ค่ะ ขามาก็มาเอง",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "ใช่ค่ะ คืนนี้แม่ไม่มีที่นอน ข้าวก็ยังไม่ได้กิน",
         "name": "แม่ชื่อ บัวผัน ค่ะ",
         "phone": "เบอร์แม่ 0857731904 แต่แม่ไม่ค่อยได้ยินเสียงเรียกเข้า ใช้เบอร์หนูดีกว่าค่ะ 0968825137",
         "needs": "ไม่มีค่ะ แค่ให้แม่ถึงบ้านก็พอ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ยโสธร", "travellers": 1,
                "urgent": True, "special": ["elderly"], "no_referrals": HEALTH,
                "name": "บัวผัน", "phone": "0968825137"}),

    # Rescue volunteer (ต้น) in Nakhon Sawan writes for a 38-year-old man found walking
    # home from Rangsit to Chiang Rai; checked at hospital (dehydrated, fine now); ID card
    # sweat-soaked and peeling (damaged); the foundation can't house him tonight; wants a
    # new card and work. Case. Name = the walker (จักรพันธ์), not ต้น. Phone = the
    # volunteer's (the man sold his phone).
    "dev109 rescue volunteer, damaged card": Persona(
        ("ครับ ผมอาสากู้ภัยมูลนิธิที่นครสวรรค์ครับ",
         "เจอผู้ชายคนนึงเดินริมถนนสายเอเชีย บอกเดินมาจากรังสิตจะกลับบ้านเชียงราย ตกงาน บ่มีตังค่ารถ "
         "เดินมา3วันแล้ว เท้าพองหมด เอาไปให้รพ.ดูแล้ว หมอว่าแค่เพลียขาดน้ำ ให้น้ำเกลือแล้วกลับได้"),
        {"consent": "ยินยอมครับ เขาบอกให้ช่วยเลย",
         "idle": "ขอค่ารถให้เขากลับเชียงรายครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีตังกินข้าว ตกงานครับ",
         "id_card": "บัตรมีครับ แต่เปียกเหงื่อจนเปื่อย รูปลอกหมด เลขยังพออ่านได้",
         "nationality": "ไทยครับ คนเชียงราย อู้คำเมือง",
         "nationality_letter": "มีบัตรครับ แต่มันพัง",
         "current_province": "นครสวรรค์ครับ",
         "home_province": "เชียงราย อ.พาน ครับ",
         "travellers": "เขาคนเดียวครับ อายุ38",
         "special_needs": "ไม่มีครับ เท้าพองนิดหน่อยแต่เดินได้",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ที่ศูนย์กู้ภัยให้นอนไม่ได้ครับ ระเบียบมูลนิธิ คืนนี้เขาไม่มีที่นอน",
         "name": "เขาชื่อ จักรพันธ์ ครับ ผมชื่อต้น เป็นคนพามา",
         "phone": "เขาไม่มีมือถือครับ ขายไปแล้ว ใช้เบอร์ผม 0623390815",
         "needs": "อยากทำบัตรใหม่ครับ แล้วก็อยากหางานทำแถวบ้าน",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "นครสวรรค์", "home": "เชียงราย", "travellers": 1,
                "urgent": True, "id_card_state": "damaged",
                "referrals": ["id_card", "job_placement"],
                "name": "จักรพันธ์", "phone": "0623390815"}),

    # Son working in Rayong writes for his 68-year-old father with Alzheimer's who wandered
    # from home in Chaiyaphum and sits at a police box at Korat station; cannot travel
    # alone; no bed tonight. The son first says Khon Kaen, then corrects to Korat. Case.
    # Name = the father (เฉลิม). Phone = the son's (the father has none).
    "dev109 son in Rayong, father w/ dementia": Persona(
        ("ขอความช่วยเหลือด่วนครับ",
         "พ่อผมเป็นอัลไซเมอร์ หลงออกจากบ้านที่ชัยภูมิ ไปขึ้นรถไปไหนไม่รู้ ตอนนี้ตำรวจโทรมาบอกว่าเจอพ่อ"
         "นั่งอยู่ที่ป้อมตำรวจหน้าสถานีรถไฟ ผมทำงานอยู่ระยอง ลางานไม่ได้ ตังก็ไม่มี เงินเดือนยังไม่ออก"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากให้ช่วยส่งพ่อกลับบ้านครับ",
         "hardship": "พ่อไม่มีตังค่ารถเลยครับ ไม่มีใครดูแลตรงนั้น",
         "id_card": "บัตรประชาชนพ่ออยู่ในกระเป๋าตังครับ ตำรวจเปิดดูแล้ว",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "พ่ออยู่ขอนแก่นครับ เอ้ย ไม่ใช่ โคราชครับ ตำรวจโคราชโทรมา ส่วนผมอยู่ระยอง",
         "home_province": "ชัยภูมิครับ อ.ภูเขียว",
         "travellers": "พ่อคนเดียวครับ 68",
         "special_needs": "พ่ออายุ68 เป็นอัลไซเมอร์ครับ จำทางไม่ได้",
         "more_care": "ไม่มีครับ มีพ่อคนเดียว",
         "travel_alone": "ไม่ได้ครับ ไปเองหลงแน่นอน ต้องมีคนพาไป",
         "sensitive_consent": "ยินยอมครับ บันทึกเรื่องโรคได้",
         "urgent": "ครับ คืนนี้พ่อไม่มีที่นอน ตำรวจให้นั่งรอในป้อมได้แค่นั้น",
         "name": "พ่อชื่อ เฉลิม ครับ",
         "phone": "พ่อไม่มีมือถือครับ ติดต่อผม 0914476208",
         "needs": "ไม่มีครับ ขอแค่พ่อถึงบ้าน",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "special": ["elderly", "sick", "cannot_travel_alone"],
                "name": "เฉลิม", "phone": "0914476208"}),

    # Dorm landlady in Bang Phli writes for a tenant, a single mother with children of 8
    # and 2, whose factory closed; may stay until Sunday and gets food from the landlady
    # (not urgent); ID card expired; home Amnat Charoen; wants work. One part per message.
    # Case. Name = the mother (ลำดวน). Phone = the mother's own.
    "dev109 landlady, mother with 2 kids": Persona(
        ("สวัสดีค่ะ ดิฉันเป็นเจ้าของหอพักแถวบางพลีนะคะ",
         "มีผู้เช่าคนนึง เป็นผู้หญิงเลี้ยงลูกคนเดียว โรงงานที่เขาทำปิดไปเดือนที่แล้ว ค้างค่าห้องดิฉันสองเดือน "
         "ดิฉันไม่ได้ไล่นะคะ ให้อยู่ได้ถึงวันอาทิตย์นี้ แต่เขาไม่มีตังกลับบ้าน ข้าวดิฉันก็แบ่งให้กินบ้าง"),
        {"consent": "ถามเขาแล้วค่ะ ยินยอม",
         "idle": "ช่วยเขากลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ แต่หมดอายุไปปีนึงแล้ว",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ แค่หมดอายุ",
         "current_province": "สมุทรปราการค่ะ",
         "home_province": "อำนาจเจริญค่ะ",
         "travellers": "แม่ลูกสามคนค่ะ ลูก 8 ขวบกับ 2 ขวบ",
         "special_needs": "คนเล็กสองขวบค่ะ",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "แม่เขาพาลูกไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังอยู่หอได้ถึงวันอาทิตย์",
         "name": "ลำดวนค่ะ",
         "phone": "0825519347 ค่ะ เบอร์เขาเอง",
         "needs": "เขาอยากได้งานทำค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "อำนาจเจริญ",
                "travellers": 3, "urgent": False, "special": ["child"],
                "id_card_state": "expired", "referrals": ["job_placement"],
                "no_referrals": HEALTH, "name": "ลำดวน", "phone": "0825519347"},
        one_part=True),

    # A motorbike-taxi rider near a Bangkok prison starts for a man released this morning,
    # then lends him the phone: the man writes in first person from then on. Card expired
    # inside; home Trang; no bed, no food (answered indirectly); wants a new card and work.
    # Case. Name = the released man (สุริยา). Phone = the rider's (Thai digits).
    "dev109 moto rider, ex-prisoner takes over": Persona(
        ("พี่ครับ ผมขี่วินอยู่แถวเรือนจำ มีพี่คนนึงเพิ่งออกจากคุกเมื่อเช้า ไม่มีตังเลย จะกลับบ้านที่ตรัง",
         "ผมให้เขายืมโทรศัพท์พิมพ์เองเลยนะครับ",
         "สวัสดีครับ ผมคนที่เพิ่งพ้นโทษนะครับ ขอบคุณน้องวินเขาที่ช่วย"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ตังที่ได้ตอนออกมาหมดไปกับค่าข้าวแล้ว",
         "id_card": "บัตรผมหมดอายุตอนอยู่ข้างในครับ ยังมีตัวบัตรอยู่",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรที่หมดอายุครับ กับใบปล่อยตัว",
         "current_province": "กรุงเทพครับ แถวลาดยาว",
         "home_province": "ตรังครับ อ.ห้วยยอด",
         "travellers": "ผมคนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "บันทึกได้ครับ เรื่องติดคุกผมไม่ปิดบัง",
         "urgent": "จะไปนอนที่ไหนล่ะครับ คงป้ายรถเมล์แหละ ข้าวเย็นก็ยังไม่มี",
         "name": "ผมชื่อ สุริยา ครับ",
         "phone": "ผมไม่มีโทรศัพท์ครับ น้องวินเขาให้ใช้เบอร์เขา ๐๖๑๗๗๒๔๓๐๕",
         "needs": "อยากต่อบัตรใหม่ อยากหางานทำครับ ไม่อยากกลับไปทำผิดอีก",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ตรัง", "travellers": 1,
                "urgent": True, "id_card_state": "expired",
                "referrals": ["id_card", "job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "สุริยา", "phone": "0617724305"}),

    # Nephew in Nonthaburi writes for his 55-year-old uncle, a leg amputee in a wheelchair,
    # stuck in Chiang Mai after a prosthesis fitting; home Phitsanulok; guesthouse paid for
    # tonight (not urgent); can't board a bus alone; wheelchair broken, never registered as
    # disabled. Case. Name = the uncle (ชูชาติ). Phone = the uncle's own.
    "dev109 nephew, amputee uncle in Chiang Mai": Persona(
        ("สวัสดีครับ ผมเป็นหลาน อยู่นนทบุรี พิมพ์แทนลุงครับ",
         "ลุงขาขาดข้างนึง นั่งรถเข็น ไปเชียงใหม่ไปทำขาเทียม ทำเสร็จแล้วแต่เงินหมด กลับพิษณุโลกไม่ได้ "
         "ผมก็ไม่มีตังส่งไปให้ครับ"),
        {"consent": "ลุงยินยอมครับ ผมโทรถามแล้ว",
         "idle": "อยากให้ลุงกลับบ้านได้ครับ",
         "hardship": "ไม่มีค่ารถกลับครับ ลุงไม่มีรายได้",
         "id_card": "มีบัตรประชาชนครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "ลุงอยู่เชียงใหม่ครับ (ผมอยู่นนท์)",
         "home_province": "พิษณุโลกครับ อ.วังทอง",
         "travellers": "ลุงคนเดียวครับ อายุ55",
         "special_needs": "ลุงพิการขาขาดครับ ขาเทียมยังใส่ไม่คล่อง ใช้รถเข็นอยู่",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ขึ้นรถทัวร์เองไม่ได้ครับ ต้องมีคนช่วยยกรถเข็น",
         "sensitive_consent": "ได้ครับ",
         "urgent": "คืนนี้ยังพักเกสต์เฮาส์ได้อีกคืนครับ จ่ายไว้แล้ว ข้าวยังพอมี",
         "name": "ลุงชื่อ ชูชาติ ครับ",
         "phone": "เบอร์ลุงเลยครับ 0898140662",
         "needs": "รถเข็นลุงล้อแตกครับ อยากให้ช่วยซ่อม แล้วลุงยังไม่เคยขึ้นทะเบียนคนพิการเลย",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "พิษณุโลก", "travellers": 1,
                "urgent": False, "special": ["disabled", "cannot_travel_alone"],
                "referrals": ["disability_devices", "disability_allowance"],
                "name": "ชูชาติ", "phone": "0898140662"}),

    # Chicken-rice shop owner on Koh Samui writes for a 19-year-old hill-tribe Thai girl
    # whose resort employer vanished unpaid; sleeps behind the shop (not urgent); card
    # lost, but the village head's letter certifying Thai nationality and residence exists;
    # home Mae Hong Son (she corrects the district). Case. Name = the girl (หน่อแก้ว).
    # Phone = the shop owner's (the girl's phone was lost).
    "dev109 Samui shop, hill-tribe girl, letter": Persona(
        ("สวัสดีค่ะ ร้านข้าวมันไก่ที่สมุยค่ะ",
         "มีน้องผู้หญิงอายุ19 มาทำงานรีสอร์ทแถวนี้ แล้วเจ้าของรีสอร์ทหนีไม่จ่ายเงินเดือน "
         "น้องไม่มีตังกลับบ้าน มานั่งร้องไห้หน้าร้าน พี่เลยให้นอนหลังร้านไปก่อน"),
        {"consent": "ยินยอมค่ะ น้องพยักหน้าแล้ว",
         "idle": "ช่วยให้น้องได้กลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "บัตรหายไปกับกระเป๋าค่ะ ตอนย้ายออกจากที่พักรีสอร์ท",
         "nationality": "ไทยค่ะ น้องเป็นชาวเขาแต่ได้สัญชาติไทยแล้ว มีชื่อในทะเบียนบ้าน",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านที่บ้านน้องทำหนังสือรับรองให้แล้ว พ่อน้องส่งรูปมาทางไลน์ ตัวจริงส่งไปรษณีย์ตามมา",
         "current_province": "สุราษฎร์ค่ะ เกาะสมุย",
         "home_province": "แม่ฮ่องสอนค่ะ อ.ปาย เอ้ย ไม่ใช่ ปางมะผ้าค่ะ",
         "travellers": "น้องคนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ นอนหลังร้านพี่ได้ ข้าวก็กินที่ร้าน",
         "name": "น้องชื่อ หน่อแก้ว ค่ะ",
         "phone": "มือถือน้องหายไปกับกระเป๋า ใช้เบอร์พี่นะคะ 065-508-7213",
         "needs": "ทำบัตรประชาชนใหม่ค่ะ",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": False, "special": [], "referrals": ["id_card"],
                "no_referrals": HEALTH, "name": "หน่อแก้ว", "phone": "0655087213"}),

    # Niece in Pathum Thani types what her blind 66-year-old aunt says on the phone: the
    # aunt's lottery tickets were stolen in Hat Yai and she was put out of her room; sits at
    # the bus station tonight; cannot travel alone; white cane broken; home Buriram. One
    # part per message. Case. Name = the aunt (สำรวย). Phone = the aunt's own (Thai digits).
    "dev109 niece types for blind aunt": Persona(
        ("สวัสดีค่ะ หนูพิมพ์แทนป้านะคะ ป้าตาบอด โทรมาเล่าให้หนูฟัง",
         "ป้าขายล็อตเตอรี่อยู่หาดใหญ่ โดนขโมยล็อตเตอรี่ไปหมด เจ้าของห้องก็ไล่ออกเพราะไม่มีค่าเช่า "
         "ป้าแกบอกว่าอยากกลับบ้านที่บุรีรัมย์ค่ะ"),
        {"consent": "ป้าแกบอกว่ายินยอมค่ะ",
         "idle": "ส่งป้ากลับบ้านค่ะ",
         "hardship": ("ไม่มีที่พักค่ะ", "ค่ารถก็ไม่มีค่ะ"),
         "id_card": "มีบัตรประชาชนค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "หาดใหญ่ สงขลาค่ะ",
         "home_province": "บุรีรัมย์ค่ะ",
         "travellers": "ป้าคนเดียวค่ะ 66",
         "special_needs": "ป้าตาบอดค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ป้าแกบอกว่าไปเองไม่ไหวค่ะ ต้องมีคนพา",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "คืนนี้ป้าไม่มีที่นอนค่ะ",
         "name": "ป้าชื่อสำรวยค่ะ",
         "phone": "๐๘๔๖๖๒๑๗๕๐ ค่ะ เบอร์ป้าเอง",
         "needs": "ไม้เท้าขาวป้าหักค่ะ",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": True, "special": ["elderly", "disabled", "cannot_travel_alone"],
                "referrals": ["disability_devices"], "name": "สำรวย", "phone": "0846621750"},
        one_part=True),

    # Nurse at an antiretroviral clinic in Nonthaburi writes for a 41-year-old construction
    # worker living with HIV: laid off, camp torn down, slept outside the hospital (urgent);
    # home Phayao; consents to HIV being recorded; wants ARVs near home and HIV aid. Case.
    # Name = the patient (ธนากร). Phone = the patient's own.
    "dev109 ARV nurse, HIV patient": Persona(
        ("สวัสดีค่ะ พยาบาลคลินิกยาต้านไวรัส รพ.แถวนนทบุรีค่ะ",
         "มีคนไข้ชายมารับยาวันนี้ เล่าว่าโดนเลิกจ้างจากไซต์ก่อสร้าง แคมป์คนงานรื้อแล้ว เมื่อคืนนอนหน้ารพ. "
         "อยากกลับไปอยู่กับแม่ที่พะเยา แต่ไม่มีค่ารถค่ะ"),
        {"consent": "คนไข้ยินยอมค่ะ นั่งอยู่ข้างๆพี่เลย",
         "idle": "ขอค่าเดินทางให้คนไข้กลับบ้านค่ะ",
         "hardship": "ไม่มีที่พัก ไม่มีค่ารถ ไม่มีรายได้ค่ะ",
         "id_card": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "นนทบุรีค่ะ",
         "home_province": "พะเยาค่ะ อ.เชียงคำ",
         "travellers": "คนไข้คนเดียวค่ะ อายุ41",
         "special_needs": "คนไข้ติดเชื้อเอชไอวี กินยาต้านอยู่ค่ะ อาการคงที่",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "คนไข้ยินยอมให้บันทึกเรื่องเอชไอวีค่ะ",
         "urgent": "ใช่ค่ะ คืนนี้ไม่มีที่นอน",
         "name": "ชื่อ ธนากร ค่ะ",
         "phone": "เบอร์คนไข้ 0638810492 ค่ะ",
         "needs": "อยากให้ส่งต่อรับยาต้านที่รพ.ใกล้บ้าน แล้วก็เรื่องเงินช่วยเหลือผู้ติดเชื้อค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "พะเยา", "travellers": 1,
                "urgent": True, "referrals": ["hiv_aid"],
                "name": "ธนากร", "phone": "0638810492"}),

    # Son working in Taiwan writes for his parents (father 72 with diabetes, mother 69),
    # pickpocketed after a hospital appointment in Bangkok; no bed tonight; home Nan;
    # neither gets the old-age allowance. One part per message. Case. Name = the father
    # (อินสอน, the son says to use his). Phone = the father's (the son's is foreign).
    "dev109 son in Taiwan, parents at hospital": Persona(
        ("สวัสดีครับ ผมทำงานอยู่ไต้หวัน พ่อแม่ผมติดอยู่กรุงเทพครับ",
         "พ่อแม่มาหาหมอที่ศิริราชตามนัด แล้วโดนล้วงกระเป๋าตังที่ป้ายรถเมล์ เงินหายหมด "
         "ผมเองก็ส่งไม่ได้ เพิ่งโดนนายจ้างหักเงิน ยังไม่ได้เงินเดือน"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากให้พ่อแม่กลับบ้านได้ครับ",
         "hardship": ("ไม่มีค่ารถกลับครับ", "คืนนี้ก็ไม่มีที่นอนครับ"),
         "id_card": "มีบัตรทั้งสองคนครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "กทม.ครับ",
         "home_province": "น่านครับ",
         "travellers": "2 คนครับ พ่อ72 แม่69",
         "special_needs": "พ่อเป็นเบาหวานครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปกันเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "name": "ใช้ชื่อพ่อครับ อินสอน",
         "phone": "เบอร์พ่อครับ 0813306728",
         "needs": "พ่อแม่ยังไม่ได้เบี้ยคนแก่ครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน", "travellers": 2,
                "urgent": True, "special": ["elderly", "sick"],
                "referrals": ["elderly_allowance"], "name": "อินสอน", "phone": "0813306728"},
        one_part=True),

    # Vegetable seller at a Nakhon Pathom market writes for a 22-year-old man with
    # schizophrenia, out of medicine, wandering for three days; his mother in Roi Et has no
    # fare either; cannot travel alone; sleeps under the stall. Case. Name = the young man
    # (วีระ). Phone = the seller's: she first gives the mother's, then corrects herself.
    "dev109 vendor, psychiatric boy, phone fix": Persona(
        ("ป้าขายผักอยู่ตลาดนครปฐม มีเด็กผู้ชายคนนึงมาเดินวนในตลาดสามวันแล้ว พูดไม่ค่อยรู้เรื่อง "
         "ป้าค้นกระเป๋าเจอบัตร เจอเบอร์แม่เขาจดไว้ในสมุด เลยโทรไป",
         "แม่เขาบอกลูกเป็นจิตเภท ยาหมดแล้วหนีออกจากบ้านที่ร้อยเอ็ด แม่ก็ไม่มีตังมารับ ทำไงดีล่ะ"),
        {"consent": "ได้ แม่เขาก็ว่าได้ ยินยอม",
         "idle": "ให้เด็กมันได้กลับบ้านไปหาแม่มัน",
         "hardship": "ไม่มีตังกลับบ้าน ไม่มีที่นอน นอนใต้แผงป้านี่แหละ",
         "id_card": "บัตรมี ป้าเห็นในกระเป๋าเสื้อ",
         "nationality": "คนไทยสิ",
         "nationality_letter": "มีบัตรนะ",
         "current_province": "นครปฐม",
         "home_province": "ร้อยเอ็ด อ.เสลภูมิ แม่เขาว่า",
         "travellers": "เขาคนเดียว อายุ22",
         "special_needs": "เขาป่วยจิตเภท ยาหมด พูดจาสับสน",
         "more_care": "ไม่มี",
         "travel_alone": "ไปเองไม่ได้หรอก เดี๋ยวหลงอีก ต้องมีคนพาไปส่ง",
         "sensitive_consent": "ได้ แม่เขาอนุญาตแล้ว",
         "urgent": "ใช่ คืนนี้ไม่มีที่นอน ข้าวป้าก็ให้กินไปมื้อนึง",
         "name": "ชื่อ วีระ",
         "phone": "เบอร์แม่เขา 084-331-7290 อ่ะ เอ๊ะ ไม่เอาดีกว่า แม่เขาไม่ค่อยรับสาย เอาเบอร์ป้า 095-221-8846 ละกัน",
         "needs": "อยากให้เขาได้ยากินต่อ ได้หาหมอจิตเวชใกล้บ้าน",
         "confirm": "ถูกแล้ว"},
        expect={"eligible": True, "current": "นครปฐม", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": ["sick", "cannot_travel_alone"],
                "referrals": ["mental_health_care"], "name": "วีระ", "phone": "0952218846"}),

    # Young officer at an Udon Thani station starts for a woman who fled an abusive husband
    # with her 10-month-old baby, then lets her type (first person from the consent on).
    # Going to her sister in Trat, where she was born; no bed tonight; not injured. Case.
    # Name = the woman (กาญจนา). Phone = her sister's in Trat (the husband kept hers).
    "dev109 police Udon, mother and baby": Persona(
        ("สวัสดีครับ ผมตำรวจ สภ.เมืองอุดรฯ ครับ",
         "มีผู้หญิงอุ้มลูกหนีสามีที่ทำร้ายร่างกายมาที่โรงพัก ไม่มีเงินติดตัวเลย จะกลับไปอยู่กับพี่สาวที่ตราด "
         "เดี๋ยวผมให้เขาพิมพ์เองนะครับ"),
        {"consent": "หนูพิมพ์เองแล้วนะคะ ยินยอมค่ะ",
         "idle": "อยากกลับไปอยู่กับพี่สาวที่ตราดค่ะ",
         "hardship": "ไม่มีตังค่ารถ ไม่มีที่อยู่ค่ะ กลับไปบ้านสามีไม่ได้",
         "id_card": "มีบัตรค่ะ คว้ากระเป๋ามาทัน",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "อุดรค่ะ",
         "home_province": "ตราดค่ะ บ้านเกิดหนู พี่สาวอยู่ที่นั่น",
         "travellers": "2 คนค่ะ หนูกับลูก10เดือน",
         "special_needs": "ลูกยังเล็กค่ะ 10 เดือน หนูไม่ได้บาดเจ็บอะไร",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "หนูไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ ตำรวจให้นั่งในห้องรอได้แค่นั้น",
         "name": "กาญจนา ค่ะ",
         "phone": "มือถือหนูสามียึดไว้ค่ะ ใช้เบอร์พี่สาวที่ตราดได้ 0897725316",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "อุดรธานี", "home": "ตราด", "travellers": 2,
                "urgent": True, "special": ["child"],
                "name": "กาญจนา", "phone": "0897725316"}),

    # Shop owner in Mahachai writes for her Myanmar employee (pink card, Myanmar passport)
    # who wants fare to Mae Sot to cross home. Refused: not Thai nationality.
    "dev109 shop, Myanmar worker (refused)": Persona(
        ("สวัสดีค่ะ ขอถามแทนลูกจ้างร้านค่ะ",
         "น้องเขาเป็นคนพม่า ทำงานร้านหนูมา2ปี ตอนนี้ร้านจะปิด น้องไม่มีตังกลับบ้าน "
         "อยากไปแม่สอดแล้วข้ามกลับ รัฐช่วยค่ารถได้มั้ยคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถให้น้องค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "น้องไม่มีบัตรประชาชนไทยค่ะ มีแต่บัตรชมพูกับพาสปอร์ตพม่า",
         "nationality": "พม่าค่ะ ไม่ได้เป็นคนไทย",
         "nationality_letter": "ไม่มีค่ะ เขาไม่ใช่คนไทย",
         "current_province": "สมุทรสาครค่ะ มหาชัย",
         "home_province": "จะไปแม่สอด ตากค่ะ แล้วข้ามกลับพม่า",
         "travellers": "น้องคนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "ยังนอนที่ร้านได้ค่ะ",
         "name": "น้องชื่อ มิ้นท์ ค่ะ",
         "phone": "0629914538 เบอร์หนูค่ะ",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # A woman in Ratchaburi writes for an old man living under a bridge near her house who
    # wants to go home to Ubon; he never had an ID card and the village head she phoned
    # cannot certify him. Refused: no card and no letter certifying nationality/residence.
    "dev109 bridge man, no card no letter": Persona(
        ("มีตาคนนึงนอนใต้สะพานแถวบ้านค่ะ อยู่มาเป็นปีแล้ว",
         "วันนี้แกบอกอยากกลับบ้านที่อุบลก่อนตาย หนูเลยลองถามให้ค่ะ"),
        {"consent": "แกว่าได้ค่ะ ยินยอม",
         "idle": "อยากให้ตาแกได้กลับบ้านค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีค่ารถ ไม่มีกินค่ะ",
         "id_card": "ไม่มีค่ะ แกบอกไม่เคยทำบัตรเลยตั้งแต่เด็ก",
         "nationality": "แกว่าเป็นคนไทยค่ะ พูดอีสาน",
         "nationality_letter": "ไม่มีค่ะ หนูโทรไปถามผู้ใหญ่บ้านหมู่บ้านที่แกบอกแล้ว เขาว่าไม่รู้จัก ไม่มีชื่อในทะเบียน ออกหนังสือให้ไม่ได้",
         "current_province": "ราชบุรีค่ะ",
         "home_province": "อุบลค่ะ แกว่าอย่างนั้น",
         "travellers": "ตาคนเดียวค่ะ น่าจะเจ็ดสิบกว่า",
         "special_needs": "แก่แล้วค่ะ เดินช้า",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "น่าจะไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "แกนอนใต้สะพานค่ะ",
         "name": "แกบอกชื่อ ตาเหลา ค่ะ",
         "phone": "แกไม่มีโทรศัพท์ เบอร์หนู 0801127649",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Son writes for his 65-year-old mother on holiday at her sister's house in Chiang Rai:
    # she has a pension, a place to stay and money, he just wants the state to pay the fare
    # back to Samut Prakan. Refused: no hardship.
    "dev109 son, well-off mum on holiday": Persona(
        ("สวัสดีครับ แม่ผมไปเที่ยวบ้านน้าที่เชียงราย จะกลับสมุทรปราการอาทิตย์หน้า",
         "ได้ยินว่ารัฐออกค่ารถกลับบ้านให้ ขอให้แม่หน่อยได้มั้ยครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถให้แม่ครับ",
         "hardship": "ก็ไม่ได้ลำบากอะไรครับ แม่มีเงินบำนาญ ที่พักก็อยู่บ้านน้า แค่อยากประหยัดหน่อย",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "เชียงรายครับ",
         "home_province": "สมุทรปราการครับ",
         "travellers": "แม่คนเดียวครับ 65",
         "special_needs": "ไม่มีครับ แข็งแรง",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "ไม่ด่วนครับ อยู่บ้านน้าสบายดี",
         "name": "แม่ชื่อ อรุณี ครับ",
         "phone": "0846650218",
         "needs": "ไม่มีครับ",
         "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Monk asks only how much food money a day a man waiting at the temple would get;
    # keeps nothing. Answered: food up to 100 baht per day per person.
    "dev109 monk asks food rate only": Persona(
        ("เจริญพร อาตมาขอถามหน่อย",
         "ถ้ามีโยมมาพักที่วัดระหว่างรอเงินช่วยเหลือกลับบ้าน ทางราชการให้ค่าอาหารวันละเท่าไหร่"),
        {"consent": "ไม่ต้องเก็บข้อมูลอะไร อาตมาถามไว้เป็นความรู้เฉยๆ ไม่ยินยอม",
         "idle": "แค่อยากรู้เรื่องค่าอาหารระหว่างรอ"},
        outcome="answered", answered="100 บาท", expect={"stored": False}),

    # Rescue volunteer asks who pays if the person they send home falls ill on the way;
    # declines data keeping. Answered: government hospital, outpatient, actual cost.
    "dev109 rescue asks illness en route": Persona(
        ("สอบถามครับ ผมอาสากู้ภัย",
         "ถ้าส่งคนกลับบ้านแล้วเขาป่วยกลางทาง ต้องเข้ารพ. ใครจ่ายค่ารักษาครับ"),
        {"consent": "ไม่ต้องครับ ไม่ยินยอม ถามเฉยๆ ยังไม่มีเคส",
         "idle": "อยากรู้เรื่องค่ารักษาถ้าป่วยระหว่างเดินทางครับ"},
        outcome="answered", answered="ผู้ป่วยนอก", expect={"stored": False}),

    # Police officer asks how long a non-urgent request takes when the person has a place
    # to stay; declines data keeping. Answered: no more than 15 days.
    "dev109 police asks non-urgent timeline": Persona(
        ("สวัสดีครับ ตำรวจสายตรวจครับ",
         "ถ้าคนที่จะขอความช่วยเหลือมีที่พักแล้ว ไม่ด่วน เรื่องจะเสร็จภายในกี่วันครับ"),
        {"consent": "ไม่ยินยอมครับ แค่สอบถามข้อมูล",
         "idle": "ถามระยะเวลาดำเนินการครับ"},
        outcome="answered", answered="15 วัน", expect={"stored": False}),
}
