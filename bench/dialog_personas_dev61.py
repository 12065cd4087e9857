"""Dialog personas, set "dev61" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: groups and families travelling together - a couple with the wife pregnant, a
mother with a baby and a teenage son, a grandmother or grandfather with grandchildren,
an elderly couple, brothers, friends, workers from one construction camp, a teenager
writing for her mother and little sisters, a son with his blind father - each telling
who needs care in their own way (an age, "ยังกินนมอยู่", "ท้องได้ ๓ เดือน") or not at all.
Some answer one thing per message; some give urgency only indirectly ("ห้องจ่ายถึงสิ้นเดือน",
"หลวงพี่ให้คืนเดียว", "เพื่อนให้นอนได้คืนเดียว", "นอนวัดได้อีกหลายวัน"). Places in all regions
given as districts, bus terminals, piers, hospitals, temples, markets and malls (หมอชิต,
ขนส่งอาเขต, เมกาบางนา, ท่าเรือดอนสัก, วัดเขาสุกิม, รพ.ศรีนครินทร์, นางรอง, ปัว, สะเดา...).
Isan, northern and southern speech, Thai digits, and several people who send two to
four messages before consenting.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan couple, wife 7 months pregnant, slept on the platform; หมอชิต กทม -> ร้อยเอ็ด; case
    "dev61 Isan couple at Mo Chit, wife pregnant": Persona(
        ("สวัสดีจ้า", "เฮาสองคนผัวเมียติดอยู่หมอชิตจ้า บ่มีเงินค่ารถกลับบ้าน",
         "เมียถือท้อง7เดือนแล้ว เมื่อคืนนอนชานชาลา", "ยินยอมจ้า"),
        {"consent": "ยินยอมจ้า", "idle": "อยากขอค่ารถกลับบ้านจ้า",
         "hardship": "บ่มีค่ารถกลับบ้าน เงินหมดแล้ว บ่อนนอนกะบ่มี",
         "id_card": "มีจ้า ทั้งสองคน", "current_province": "หมอชิต กรุงเทพ",
         "home_province": "ร้อยเอ็ดจ้า อำเภอเสลภูมิ", "travellers": "2 คน ข้อยกับเมีย",
         "urgent": "คืนนี้กะคงได้นอนชานชาลาอีกนั่นล่ะ", "special_needs": "เมียท้อง 7 เดือนจ้า",
         "travel_alone": "ไปได้จ้า ข้อยไปนำ", "more_care": "บ่มีแล้วจ้า",
         "needs": "บ่มีจ้า อยากกลับบ้านอย่างเดียว", "sensitive_consent": "ได้จ้า",
         "name": "ทองใบ 0891234567", "phone": "0891234567", "confirm": "ถูกแล้วจ้า"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 2, "urgent": True, "special": ["pregnant"], "name": "ทองใบ",
                "phone": "0891234567"}),

    # mother, baby 8 months and son 14; room paid to month end; รังสิต -> อุบล; case, not urgent
    "dev61 mother with baby and teen son in Rangsit, room paid to month end": Persona(
        ("สอบถามค่ะ", "ถ้าไม่มีเงินพาลูกกลับบ้านต่างจังหวัด มีหน่วยงานไหนช่วยได้บ้างคะ",
         "ตอนนี้อยู่หอแถวตลาดรังสิตค่ะ ห้องจ่ายถึงสิ้นเดือน หลังจากนั้นไม่รู้จะไปไหน"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากขอความช่วยเหลือค่ะ",
         "hardship": "แฟนทิ้งไปค่ะ ไม่มีรายได้ ค่ารถกลับบ้านก็ไม่มี", "id_card": "มีค่ะ",
         "current_province": "รังสิตค่ะ ปทุมธานี", "home_province": "อุบลค่ะ วารินชำราบ",
         "travellers": "3 คนค่ะ หนู ลูกคนเล็ก8เดือน กับคนโต14",
         "urgent": "ยังไม่ด่วนค่ะ ห้องจ่ายถึงสิ้นเดือน",
         "special_needs": "คนเล็กยังกินนมอยู่ค่ะ", "travel_alone": "หนูพาไปเองค่ะ",
         "more_care": "ไม่มีแล้วค่ะ คนโตโตแล้วช่วยแม่ได้",
         "needs": "อยากได้งานทำแถวบ้านค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "กัญญา 095-778-8123", "phone": "0957788123", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "อุบลราชธานี",
                "travellers": 3, "urgent": False, "special": ["child"], "name": "กัญญา",
                "phone": "0957788123", "referrals": ["job_placement"],
                "no_referrals": list(HEALTH)}),

    # northern grandmother (68) with grandchildren 5 and 9, one thing per message;
    # ขนส่งอาเขต เชียงใหม่ -> ปัว น่าน; case
    "dev61 northern grandmother with two grandchildren at Arcade terminal": Persona(
        ("สวัสดีเจ้า", "ยายพาหลานสองคนมาหาแม่มันที่เจียงใหม่ แม่มันบ่อยู่ห้องแล้ว โทรก็บ่ติด",
         "ตอนนี้นั่งอยู่ขนส่งอาเขตเจ้า"),
        {"consent": "ยินยอมเจ้า", "idle": "ยายอยากพาหลานกลับบ้านเจ้า",
         "hardship": "เงินหมดแล้วเจ้า", "id_card": "มีเจ้า",
         "current_province": "ขนส่งอาเขต", "home_province": "บ้านอยู่ปัว เมืองน่านเจ้า",
         "travellers": ("๓ คนเจ้า", "ยายกับหลานสองคน"),
         "urgent": "คืนนี้บ่มีที่นอนเจ้า",
         "special_needs": ("หลานสองคนเจ้า คนเล็ก ๕ ขวบ คนโต ๙ ขวบ", "ยายก็อายุ ๖๘ แล้วเจ้า"),
         "travel_alone": "ยายยังไปไหวอยู่เจ้า",
         "more_care": ("ยายก็อายุ ๖๘ แล้วเจ้า", "บ่มีแล้วเจ้า"),
         "needs": "บ่มีเจ้า", "sensitive_consent": "ได้เจ้า",
         "name": "ศรีนวล", "phone": "๐๘๔-๕๖๗-๘๙๑๒", "confirm": "ถูกแล้วเจ้า"},
        one_part=True,
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน", "travellers": 3,
                "urgent": True, "special": ["elderly", "child"], "name": "ศรีนวล",
                "phone": "0845678912"}),

    # four men from one construction camp, thrown out; เมกาบางนา (บางพลี) -> กันทรลักษ์; case
    "dev61 four camp workers at Mega Bangna, contractor ran off": Persona(
        ("ขอความช่วยเหลือครับ",
         "พวกผม4คนทำงานแคมป์ก่อสร้างแถวบางพลี ผู้รับเหมาหนีไม่จ่ายค่าแรงมา2เดือนแล้ว",
         "เจ้าของที่ไล่ออกจากแคมป์แล้วครับ ตอนนี้นั่งกันอยู่ป้ายรถเมล์หน้าเมกาบางนา"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินเลยครับ ค่ารถก็ไม่มี ที่นอนก็ไม่มี",
         "id_card": "มีครบทุกคนครับ ของไอ้เบิ้มหมดอายุแต่ยังอยู่",
         "current_province": "บางพลี สมุทรปราการครับ",
         "home_province": "ศรีสะเกษครับ กันทรลักษ์ บ้านเดียวกันหมด",
         "travellers": "4 คนครับ ผู้ชายหมด", "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ แข็งแรงทุกคน", "travel_alone": "ไปเองได้ครับ",
         "more_care": "ไม่มีครับ", "needs": "อยากได้งานใหม่ครับ ใกล้บ้านได้ยิ่งดี",
         "sensitive_consent": "ได้ครับ",
         "name": "ประยูร 061-234-5678", "phone": "0612345678", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ศรีสะเกษ",
                "travellers": 4, "urgent": True, "special": [], "name": "ประยูร",
                "phone": "0612345678", "referrals": ["job_placement"],
                "no_referrals": list(HEALTH)}),

    # southern couple with a 2-year-old, friend lets them sleep one night; ป่าตอง -> ห้วยยอด; case
    "dev61 southern couple with toddler in Phuket, friend's floor one night": Persona(
        ("สวัสดีครับ", "ผมกับแฟนแลลูกติดอยู่ภูเก็ตครับ โรงแรมเลิกจ้างหมดซีซั่นแล้ว",
         "เพื่อนให้นอนได้คืนเดียวหนิ พรุ่งนี้ต้องออก"),
        {"consent": "ได้ครับ ยินยอม", "idle": "อยากหลบบ้านครับ ไม่มีตังค์ค่ารถ",
         "hardship": "ไม่มีงาน ไม่มีตังค์ ค่ารถหลบบ้านก็ไม่พอครับ",
         "id_card": "มีครับ ทั้งผมทั้งแฟน", "current_province": "ภูเก็ต แถวป่าตองครับ",
         "home_province": "ตรังครับ ห้วยยอด", "travellers": "3 คนครับ ผม แฟน ลูก",
         "urgent": "คืนนี้ยังนอนบ้านเพื่อนได้ครับ แต่พรุ่งนี้ไม่รู้ไปไหนแล้ว",
         "special_needs": "ลูกสองขวบครับ", "travel_alone": "ลูกไปกับพ่อแม่ครับ",
         "more_care": "ไม่มีแล้วครับ", "needs": "หางานที่ตรังครับ ทำได้หมด",
         "sensitive_consent": "ได้ครับ",
         "name": "อาหมัด 0873456789", "phone": "0873456789", "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ตรัง", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "อาหมัด",
                "phone": "0873456789", "referrals": ["job_placement"],
                "no_referrals": list(HEALTH)}),

    # two young women, pickpocketed, temple for one night only; หาดใหญ่ -> ภูเขียว ชัยภูมิ; case
    "dev61 two friends pickpocketed in Hat Yai, temple one night": Persona(
        ("ช่วยหนูด้วยค่ะ", "หนูกับเพื่อนโดนล้วงกระเป๋าตังที่ตลาดกิมหยง เงินหายหมดเลยค่ะ",
         "ร้านนวดที่ทำอยู่ก็ปิดไปแล้ว",
         "คืนนี้ขอนอนวัดหาดใหญ่ในไปก่อนค่ะ หลวงพี่ให้คืนเดียว"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านค่ะ ไม่มีที่พักด้วย",
         "id_card": "มีค่ะ บัตรเก็บแยกไว้อีกกระเป๋า ไม่หาย",
         "current_province": "หาดใหญ่ค่ะ", "home_province": "ชัยภูมิค่ะ อ.ภูเขียว ทั้งสองคน",
         "travellers": "2 คนค่ะ หนูกับเพื่อน", "urgent": "ด่วนค่ะ หลวงพี่ให้นอนได้แค่คืนนี้",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "needs": "อยากฝึกอาชีพค่ะ อยากมีอาชีพติดตัวตอนกลับไปอยู่บ้าน",
         "sensitive_consent": "ได้ค่ะ",
         "name": "มุกดา 0821239876", "phone": "0821239876", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ชัยภูมิ", "travellers": 2,
                "urgent": True, "special": [], "name": "มุกดา", "phone": "0821239876",
                "referrals": ["job_training"], "no_referrals": list(HEALTH)}),

    # son with his blind father (74) discharged today; รพ.มหาราชโคราช -> วังทอง พิษณุโลก; case
    "dev61 son with blind father discharged from Korat hospital": Persona(
        ("สวัสดีครับ ผมพาพ่อมาผ่าตัดตาที่ รพ.มหาราชโคราช",
         "หมอให้กลับบ้านวันนี้แล้วครับ แต่เงินหมดไปกับค่ากินค่าอยู่ ค่ารถกลับไม่มี",
         "พ่อ74แล้ว ตามองไม่เห็นแล้วทั้งสองข้าง"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีที่พักด้วย", "id_card": "มีครับ ทั้งผมทั้งพ่อ",
         "current_province": "โคราชครับ", "home_province": "พิษณุโลก อำเภอวังทองครับ",
         "travellers": "2 คนครับ ผมกับพ่อ",
         "urgent": "ด่วนครับ หมอให้ออกวันนี้ คืนนี้ไม่มีที่นอน",
         "special_needs": "พ่ออายุ 74 ตาบอดครับ",
         "travel_alone": "พ่อไปคนเดียวไม่ได้ครับ ผมพาไปเอง", "more_care": "ไม่มีแล้วครับ",
         "needs": "พ่อยังไม่ได้ขึ้นทะเบียนคนพิการครับ อยากทำให้พ่อ",
         "sensitive_consent": "ได้ครับ บันทึกได้",
         "name": "วีระ 0814567890", "phone": "0814567890", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "พิษณุโลก",
                "travellers": 2, "urgent": True, "name": "วีระ", "phone": "0814567890",
                "referrals": ["disability_allowance"]}),

    # young couple, terse, one thing per message; หัวลำโพง -> นางรอง บุรีรัมย์; case
    "dev61 young couple at Hua Lamphong, one word at a time": Persona(
        ("ช่วยด้วยครับ",),
        {"consent": "ครับ", "idle": "อยากกลับบ้าน", "hardship": "ไม่มีค่ารถ",
         "id_card": "มีครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "หัวลำโพง", "home_province": "นางรอง",
         "travellers": ("2", "ผมกับแฟน"), "urgent": "นอนสถานีมา2คืนแล้ว",
         "special_needs": "ไม่มี", "travel_alone": "ได้", "more_care": "ไม่มี",
         "needs": "ไม่มี", "sensitive_consent": "ได้",
         "name": "เก่ง", "phone": "0634567890", "confirm": "ถูก"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": True, "special": [], "name": "เก่ง",
                "phone": "0634567890"}),

    # Isan family of five (grandmother 70, kids 3 and 10), forgets grandma in the count and
    # fixes it at the summary; มหาชัย -> ธาตุพนม นครพนม; case, not urgent
    "dev61 Isan family of five at Mahachai, fixes the count": Persona(
        ("สบายดีบ่", "โรงงานปิดแล้ว เฮาตกงานทั้งผัวทั้งเมีย",
         "อยากพาแม่เฒ่ากับลูกๆกลับบ้านนครพนม เงินบ่พอค่ารถ", "ยินยอม"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้านนครพนม",
         "hardship": "ตกงาน บ่มีรายได้ ค่ารถกะบ่พอ",
         "id_card": "ข้อยกับผัวมีบัตร แม่เฒ่ากะมี", "current_province": "มหาชัย",
         "home_province": "ธาตุพนม", "travellers": "๔ คน ข้อย ผัว ลูกสองคน",
         "urgent": "ยังบ่ด่วนจ้า เจ้าของห้องให้อยู่ถึงวันที่ ๓๐",
         "special_needs": "แม่เฒ่าอายุ ๗๐ ลูกคนเล็ก ๓ ขวบ คนโต ๑๐ ขวบ",
         "travel_alone": "ไปนำกันหมดจ้า แม่เฒ่ายังย่างได้", "more_care": "บ่มีแล้ว",
         "needs": "แม่เฒ่ายังบ่เคยได้เบี้ยผู้สูงอายุ อยากให้ช่วยเบิ่งแน",
         "sensitive_consent": "ได้",
         "name": "บุญมี ๐๙๓๒๑๔๕๖๗๘", "phone": "๐๙๓๒๑๔๕๖๗๘",
         "confirm": ("ขอแก้แน ไป ๕ คนเด้อ ลืมนับแม่เฒ่า", "ถูกแล้ว")},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "นครพนม",
                "travellers": 5, "urgent": False, "special": ["elderly", "child"],
                "name": "บุญมี", "phone": "0932145678",
                "referrals": ["elderly_allowance"]}),

    # three northern women, one 3 months pregnant, put out of the staff room today;
    # พัทยากลาง -> เทิง เชียงราย; case
    "dev61 three northern friends in Pattaya, one pregnant": Persona(
        ("สวัสดีเจ้า",
         "ข้าเจ้ากับน้องๆสามคนมาเยียะก๋านร้านอาหารแถวพัทยากลางเจ้า ร้านปิดแล้ว เถ้าแก่บ่จ่ายเงิน",
         "เถ้าแก่หื้อออกจากห้องพักวันนี้เลยเจ้า"),
        {"consent": "ยินยอมเจ้า", "idle": "อยากกลับบ้านเจ้า",
         "hardship": "บ่มีเงินเจ้า ค่ารถก็บ่มี ต้องออกจากห้องวันนี้",
         "id_card": "มีกู้คนเจ้า", "current_province": "พัทยาเจ้า",
         "home_province": "เจียงฮายเจ้า อ.เทิง", "travellers": "สามคนเจ้า ปี้น้องกัน ญิงหมด",
         "urgent": "ด่วนเจ้า คืนนี้บ่มีที่นอน แล้วจะได้ตังค์กี่วันเจ้า",
         "special_needs": "น้องคนเล็กท้องได้ ๓ เดือนเจ้า",
         "travel_alone": "ไปได้เจ้า ไปพร้อมกัน", "more_care": "บ่มีแล้วเจ้า",
         "needs": "บ่มีเจ้า ขอกลับบ้านก่อน", "sensitive_consent": "ได้เจ้า",
         "name": "คำแปง 0856781243", "phone": "0856781243", "confirm": "ถูกแล้วเจ้า"},
        after=("ขอบคุณหลายๆเจ้า",),
        expect={"eligible": True, "current": "ชลบุรี", "home": "เชียงราย", "travellers": 3,
                "urgent": True, "special": ["pregnant"], "name": "คำแปง",
                "phone": "0856781243"}),

    # man with his brother on dialysis, sleeping on a bench at the hospital;
    # รพ.ศรีนครินทร์ ขอนแก่น -> สว่างแดนดิน สกลนคร; case
    "dev61 brothers at Srinagarind hospital, kidney patient": Persona(
        ("เรียนสอบถามครับ",
         "ผมพาน้องชายมารักษาไตที่ รพ.ศรีนครินทร์ ขอนแก่น มาเกือบเดือน เงินหมดแล้วครับ"),
        {"consent": "ยินยอมครับ", "idle": "อยากขอค่ารถพาน้องกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับครับ ไม่มีรายได้ ผมต้องหยุดงานมาเฝ้าน้อง",
         "id_card": "มีครับ", "current_province": "ขอนแก่นครับ",
         "home_province": "สกลนคร สว่างแดนดินครับ", "travellers": "2 คนครับ ผมกับน้อง",
         "urgent": "ตอนนี้นอนม้านั่งหน้าตึกผู้ป่วยครับ",
         "special_needs": "น้องป่วยเป็นโรคไตครับ ต้องฟอกไต",
         "travel_alone": "น้องไปได้ครับ แต่ผมไปด้วย", "more_care": "ไม่มีครับ",
         "needs": "อยากให้ช่วยประสานโรงพยาบาลแถวบ้านให้น้องได้ฟอกไตต่อครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "สมพงษ์ 0898765432", "phone": "0898765432", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "สกลนคร", "travellers": 2,
                "urgent": True, "special": ["sick"], "name": "สมพงษ์",
                "phone": "0898765432", "referrals": ["medical_services"]}),

    # 16-year-old writing for her mother and sisters 4 and 7 after the stepfather hit the
    # mother, one thing per message; มาบตาพุด ระยอง -> ยโสธร (grandmother's); case
    "dev61 teenager writing for mum and little sisters, one thing per message": Persona(
        ("พี่คะ ช่วยหน่อยค่ะ", "แม่โดนพ่อเลี้ยงตี หนีออกมากันแล้วค่ะ"),
        {"consent": "ได้ค่ะ", "idle": "อยากพาแม่กับน้องกลับบ้านยายค่ะ",
         "hardship": "ไม่มีเงินค่ะ", "id_card": "แม่มีบัตรค่ะ",
         "current_province": "มาบตาพุด", "home_province": "ยโสธร",
         "travellers": ("4 คนค่ะ", "แม่ หนู น้อง2คน"),
         "urgent": "ตอนนี้นั่งอยู่เซเว่นหน้านิคมค่ะ กลับห้องไม่ได้แล้ว",
         "special_needs": "น้องคนเล็ก4ขวบค่ะ", "travel_alone": "ไปกับแม่ค่ะ",
         "more_care": ("น้องอีกคน7ขวบค่ะ", "ไม่มีแล้วค่ะ"), "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ฝน", "phone": "0641237788", "confirm": "ถูกค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "ระยอง", "home": "ยโสธร", "travellers": 4,
                "urgent": True, "special": ["child"], "name": "ฝน", "phone": "0641237788"}),

    # Isan grandfather (66) with grandson (12), sleeping at a temple that lets them stay;
    # corrects his district; วัดเขาสุกิม จันทบุรี -> มหาสารคาม; case, not urgent
    "dev61 grandfather and grandson at Wat Khao Sukim, monk lets them stay": Persona(
        ("สวัสดีครับ ตาพาหลานมารับจ้างเก็บลำไยที่จันท์ หมดงานแล้ว",
         "ตอนนี้นอนวัดเขาสุกิมมาสามคืนแล้ว หลวงพ่อว่าอยู่ไปก่อนได้ ยังบ่ไล่",
         "แต่ค่ารถกลับบ้านบ่มีเลย"),
        {"consent": "ยินยอมครับ", "idle": "อยากกลับบ้านครับ",
         "hardship": "บ่มีค่ารถกลับบ้าน นายจ้างจ่ายบ่ครบ", "id_card": "มีครับ",
         "current_province": "วัดเขาสุกิม ท่าใหม่",
         "home_province": "มหาสารคาม บรบือ เอ้ย โกสุมพิสัยครับ ตาแก่แล้วหลงๆ",
         "travellers": "๒ คน ตากับหลาน",
         "urgent": "บ่ด่วนครับ หลวงพ่อให้นอนวัดได้อีกหลายวัน",
         "special_needs": "ตาอายุ ๖๖ หลาน ๑๒ ขวบครับ",
         "travel_alone": "ไปได้ครับ ตายังแข็งแรง", "more_care": "บ่มีครับ",
         "needs": "บ่มีครับ", "sensitive_consent": "ได้ครับ",
         "name": "ทองคำ ๐๘๒-๙๘๗-๖๕๔๓", "phone": "๐๘๒๙๘๗๖๕๔๓", "confirm": "ถูกต้องครับ"},
        after=("หลานชื่อต้นเด้อครับ ลืมบอก",),
        expect={"eligible": True, "current": "จันทบุรี", "home": "มหาสารคาม",
                "travellers": 2, "urgent": False, "special": ["elderly", "child"],
                "name": "ทองคำ", "phone": "0829876543"}),

    # couple laid off by a resort, staff room until Sunday, husband on HIV medicine;
    # ชะอำ เพชรบุรี -> เชียงคำ พะเยา; case, not urgent
    "dev61 couple from a Cha-am resort, husband needs HIV medicine": Persona(
        ("สวัสดีครับ", "ผมกับเมียทำงานรีสอร์ตที่ชะอำ รีสอร์ตปิดปรับปรุง เลิกจ้างหมด",
         "ตอนนี้ยังพักห้องพนักงานได้ถึงวันอาทิตย์ครับ", "อยากกลับบ้านพะเยา แต่ค่ารถบ่พอ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "บ่มีรายได้แล้วครับ ค่ารถกลับบ้านก็บ่พอ", "id_card": "มีครับ",
         "current_province": "ชะอำครับ", "home_province": "พะเยา เชียงคำครับ",
         "travellers": "2 คนครับ ผมกับเมีย",
         "urgent": "ยังบ่ด่วนครับ ยังพักห้องพนักงานได้ถึงวันอาทิตย์",
         "special_needs": "บ่มีครับ ผมสบายดี", "travel_alone": "ไปได้ครับ",
         "more_care": "บ่มีครับ",
         "needs": "ผมติดเชื้อ HIV ครับ กินยาต้านอยู่ ยาจะหมดแล้ว อยากรู้ว่ากลับไปรับยาต่อได้ที่ไหน",
         "sensitive_consent": "ยินยอมครับ",
         "name": "อินทร 0926543210", "phone": "0926543210", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "เพชรบุรี", "home": "พะเยา", "travellers": 2,
                "urgent": False, "name": "อินทร", "phone": "0926543210",
                "referrals": ["hiv_aid"]}),

    # southern elderly couple (72 and 70) turned out by the daughter-in-law, grandfather types
    # one thing per message; สายใต้ใหม่ กทม -> อ่าวลึก กระบี่; case
    "dev61 southern elderly couple at Sai Tai Mai, one thing per message": Persona(
        ("สวัสดีครับ",),
        {"consent": "ยินยอม", "idle": "ตากับยายอยากหลบบ้าน", "hardship": "ไม่มีตังค์ค่ารถ",
         "id_card": "มีครับ", "current_province": "สายใต้ใหม่",
         "home_province": "อ่าวลึก กระบี่", "travellers": ("2 คน", "ตากับยาย"),
         "urgent": "ลูกสะใภ้ไม่ให้อยู่แล้ว คืนนี้ไม่รู้นอนไหนหนิ",
         "special_needs": ("ตาอายุ ๗๒", "ยาย ๗๐"), "travel_alone": "ไปได้ ไปด้วยกัน",
         "more_care": ("ยาย ๗๐", "ไม่มีแล้ว"), "needs": "ไม่มี", "sensitive_consent": "ได้",
         "name": "เจิม", "phone": "๐๘๑๒๓๔๙๘๗๖", "confirm": "ถูก"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "กระบี่",
                "travellers": 2, "urgent": True, "special": ["elderly"], "name": "เจิม",
                "phone": "0812349876"}),

    # single father with kids 6 (feverish) and 9, expired ID card;
    # ท่าเรือดอนสัก สุราษฎร์ -> กุมภวาปี อุดร; case
    "dev61 single father with two kids at Don Sak pier, expired card": Persona(
        ("ผมพาลูกสองคนมาทำงานเกาะพะงัน งานหมดแล้วครับ",
         "ตอนนี้ลงเรือมาถึงท่าเรือดอนสัก เงินหมด",
         "ลูกคนเล็กเป็นไข้ตัวร้อนมาตั้งแต่เมื่อวาน", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "อยากพาลูกกลับบ้านครับ",
         "hardship": "ไม่มีเงินเลยครับ ค่ารถค่าข้าว ไม่มีที่นอน",
         "id_card": "บัตรผมหมดอายุแล้วครับ ยังไม่ได้ไปต่อ",
         "nationality_letter": "ไม่มีครับ มีแต่บัตรหมดอายุ",
         "current_province": "ดอนสัก สุราษฎร์ครับ", "home_province": "อุดร กุมภวาปีครับ",
         "travellers": "3 คนครับ ผมกับลูก 2 คน",
         "urgent": "ด่วนครับ ลูกไม่สบาย คืนนี้ก็ไม่มีที่นอน",
         "special_needs": "ลูกคนเล็ก 6 ขวบเป็นไข้ครับ คนโต 9 ขวบ",
         "travel_alone": "ลูกไปกับผมครับ", "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ ขอแค่ได้กลับบ้าน", "sensitive_consent": "ได้ครับ",
         "name": "สุริยา 0871122334", "phone": "0871122334", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "อุดรธานี",
                "travellers": 3, "urgent": True, "special": ["child", "sick"],
                "name": "สุริยา", "phone": "0871122334"}),

    # southern Muslim couple, husband lost his card but has the kamnan's letter, staying at his
    # sister's room to month end; ปากเกร็ด นนทบุรี -> เบตง ยะลา; case, not urgent
    "dev61 couple from Betong at Pak Kret, lost card with kamnan letter": Persona(
        ("อัสลามูอาลัยกุมครับ", "ผมกับเมียมาทำงานร้านโรตีที่ปากเกร็ด ร้านเจ๊งแล้วครับ",
         "อยากหลบบ้านเบตง ค่ารถไม่พอ ช่วยได้หม้ายครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "ไม่มีรายได้แล้วครับ ค่ารถก็ไม่มี",
         "id_card": "บัตรผมหายครับ ของเมียยังอยู่",
         "nationality_letter": "มีครับ หนังสือรับรองจากกำนันที่เบตง ขอไว้ตอนบัตรหาย",
         "current_province": "ปากเกร็ด นนทบุรีครับ", "home_province": "เบตง ยะลาครับ",
         "travellers": "2 คนครับ ผมกับเมีย",
         "urgent": "ยังไม่ด่วนครับ อาศัยห้องพี่สาวอยู่ อยู่ได้ถึงสิ้นเดือน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "more_care": "ไม่มีครับ", "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ซุลกิฟลี 0935566778", "phone": "0935566778", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ยะลา", "travellers": 2,
                "urgent": False, "special": [], "name": "ซุลกิฟลี", "phone": "0935566778",
                "referrals": ["id_card"], "no_referrals": list(HEALTH)}),

    # --- refused ---

    # three Myanmar camp workers going home to Dawei; แหลมฉบัง ชลบุรี -> Myanmar; refused
    "dev61 three Myanmar camp workers at Laem Chabang": Persona(
        ("สวัสดีคับ", "ผมคนพม่าคับ ทำงานแคมป์แหลมฉบัง 3 คน นายจ้างไม่จ่ายเงิน",
         "อยากกลับบ้านทวาย ช่วยได้มั้ยคับ"),
        {"consent": "ได้คับ", "idle": "อยากกลับบ้านคับ",
         "hardship": "ไม่มีเงิน ไม่มีค่ารถคับ", "id_card": "ไม่มีบัตรไทยคับ มีบัตรชมพู",
         "nationality_letter": "ไม่มีคับ", "current_province": "แหลมฉบัง ชลบุรี",
         "home_province": "ทวาย ประเทศพม่าคับ", "travellers": "3 คนคับ",
         "urgent": "คืนนี้ไม่มีที่นอนคับ", "special_needs": "ไม่มีคับ",
         "more_care": "ไม่มีคับ", "needs": "ไม่มีคับ", "sensitive_consent": "ได้คับ",
         "name": "จออู 0987654321", "phone": "0987654321", "confirm": "ถูกคับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # southern family of four in Hat Yai wanting to go to Sadao (same province); refused
    "dev61 southern family in Hat Yai going home to Sadao": Persona(
        ("สวัสดีค่ะ",
         "ฉานกับแฟนแลลูกสองคนอยู่หาดใหญ่ค่ะ ร้านที่แฟนทำปิดแล้ว ไม่มีตังค์สักบาท",
         "อยากหลบบ้านที่สะเดา ขอค่ารถได้หม้ายคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากหลบบ้านค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ค่ารถก็ไม่มี", "id_card": "มีค่ะ",
         "current_province": "หาดใหญ่ค่ะ แถวตลาดกิมหยง",
         "home_province": "สะเดาค่ะ บ้านแม่อยู่นั่น", "travellers": "4 คนค่ะ ฉาน แฟน ลูก2คน",
         "urgent": "ยังนอนห้องเช่าได้อยู่ค่ะ",
         "special_needs": "ลูกยังเล็กค่ะ 3 ขวบกับ 5 ขวบ", "travel_alone": "ไปกับพ่อแม่ค่ะ",
         "more_care": "ไม่มีแล้วค่ะ", "needs": "อยากได้งานค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "นูรีซัน 0829991122", "phone": "0829991122", "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # grandfather with two grandchildren, card lost long ago and no letter;
    # ขนส่งนครสวรรค์ -> คลองขลุง กำแพงเพชร; refused
    "dev61 grandfather with grandchildren, no card and no letter": Persona(
        ("ตาพาหลานสองคนมาตามหาพ่อมันที่นครสวรรค์ หาไม่เจอ", "ขอค่ารถกลับบ้านได้ไหมลูก"),
        {"consent": "ได้ลูก", "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "เงินหมดแล้ว ไม่มีค่ารถกลับ",
         "id_card": "บัตรหายนานแล้วลูก ไม่ได้ไปทำใหม่",
         "nationality_letter": "ไม่มีอะไรเลยลูก ผู้ใหญ่บ้านก็ไม่ได้ให้อะไรมา",
         "current_province": "ขนส่งนครสวรรค์", "home_province": "กำแพงเพชร คลองขลุง",
         "travellers": "3 คน ตากับหลานสองคน", "urgent": "คืนนี้ยังไม่รู้จะนอนไหน",
         "special_needs": "หลานยังเล็ก 4 ขวบกับ 7 ขวบ ตาก็ 70 แล้ว",
         "travel_alone": "ไปได้", "more_care": "ไม่มีแล้ว", "needs": "อยากทำบัตรใหม่",
         "sensitive_consent": "ได้",
         "name": "เปลี่ยน 0612223344", "phone": "0612223344", "confirm": "ถูกแล้ว"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # --- answered ---

    # mother of a family of four asks how long it takes; answered
    "dev61 mother asks how long the aid takes for a family of four": Persona(
        ("สอบถามค่ะ ถ้าจะขอเงินช่วยเหลือกลับภูมิลำเนา ไปกันทั้งบ้าน ๔ คน ต้องรอกี่วันคะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "แค่สอบถามไว้ก่อนค่ะ ยังไม่ขอตอนนี้ ขอบคุณค่ะ",
         "hardship": "ตอนนี้ยังไม่ได้เดือดร้อนค่ะ แค่ถามไว้"},
        outcome="answered", answered="15"),

    # mother asks the disability allowance for her daughter; answered
    "dev61 mother asks disability allowance for her daughter": Persona(
        ("ลูกสาวพิการทางสมองค่ะ ถ้าขึ้นทะเบียนคนพิการแล้วจะได้เบี้ยเดือนละเท่าไหร่คะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอบคุณค่ะ แค่นี้แหละ"},
        outcome="answered", answered="800"),

    # camp foreman asks the food money per person per day for a group; answered
    "dev61 camp foreman asks food money per person for a group": Persona(
        ("หัวหน้าคนงานครับ ถามหน่อย",
         "ถ้าส่งคนงานกลับบ้านพร้อมกันหลายคน ระหว่างรอรถได้ค่าข้าวคนละวันละเท่าไหร่ครับ"),
        {"consent": "ยินยอมครับ", "idle": "โอเคครับ ขอบคุณ เดี๋ยวไปบอกลูกน้องก่อน",
         "hardship": "ยังไม่ได้ขอครับ ถามไว้ก่อน"},
        outcome="answered", answered="100"),
}
