"""Blind persona set dev88 for the Namjai intake bench.

Date: 2026-12-07. Written from the seeds only.

Focus: young people and families in sudden trouble. Teenagers and students who
ran away or were thrown out, LGBT youth, young mothers with babies and toddlers,
pregnant women near term, families of five or six with children of several ages,
people fleeing violence at home, and people discharged from hospital after an
accident. They write like TikTok-era phone users: slang, abbreviations (นน., กทม,
ตจว, รพ., ผญบ.), lots of emoji, English words mixed in, very short messages, Thai
digits now and then; some write for someone else (a sister, a daughter, a volunteer,
a girlfriend).

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 with one_part=True.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # 16-year-old girl ghosted by a TikTok guy at Mo Chit, home Chiang Rai; tiny messages;
    # has ID card, no bed tonight -> case, urgent, 1 traveller.
    "dev88 TikTok runaway girl ghosted at Mo Chit": Persona(
        ("พี่คะะะ", "ช่วยหนูด้วยย😭😭", "หนูติดอยู่หมอชิตค่ะ", "ตังหมดเกลี้ยง💸 กลับบ้านบ่ได้"),
        {"consent": "ยินยอมค่าา🙏",
         "idle": "อยากกลับบ้านค่ะ ไม่มีค่ารถ",
         "hardship": "คือหนูหนีมาหาผช.ที่คุยในtiktokอ่ะค่ะ หนูอายุ16 มาถึงกทมเค้าบล็อคหนูเลย😭 "
                     "โดนเทกลางหมอชิต ตังค่ารถกลับไม่มีแล้วค่ะ",
         "id_card": "มีบัตรค่ะ อยู่ในกระเป๋าตังค์🪪",
         "current_province": "กทม ค่ะ หมอชิต2",
         "home_province": "เชียงรายเจ้า อ.แม่สาย",
         "travellers": "หนูคนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ ขึ้นบัสเองได้",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอนเลย นั่งอยู่ในสถานีอ่ะ แบตเหลือ12%🪫",
         "name": "ใบเตยค่ะ 0953318264",
         "phone": "0953318264",
         "needs": "ไม่มีค่ะ อยากกลับบ้านอย่างเดียว เข็ดผู้ชายแล้ว😤",
         "confirm": "ถูกค่ะ✅"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [], "name": "ใบเตย",
                "phone": "0953318264", "no_referrals": HEALTH}),

    # Trans woman, 21, thrown out and robbed by boyfriend in Pattaya, going to grandma in
    # Mukdahan; card still says "นาย" -> case, urgent (slept on the beach, no bed tonight).
    "dev88 trans woman thrown out by boyfriend in Pattaya": Persona(
        ("สวัสดีค่า ขอความช่วยเหลือหน่อยค่ะ🥺", "ยินยอมค่ะ",
         "เฟิร์นเป็นสาวสองนะคะ ทำงานร้านอาหารอยู่พัทยา แฟนไล่ออกจากห้องเมื่อวาน เอาตังไปหมดเลย "
         "เค้าtoxicมากกก😮‍💨 เมื่อคืนนอนหาดจอมเทียน ไม่มีค่ารถกลับบ้านยายที่มุกดาหารค่ะ"),
        {"hardship": "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีที่พักด้วย",
         "id_card": "มีค่ะ แต่บัตรยังเป็นนายอยู่นะคะ555 ไม่ต้องตกใจ💅",
         "current_province": "ชลบุรีค่ะ พัทยา",
         "home_province": "มุกดาหาร บ้านยายค่ะ ยายรับได้ที่เฟิร์นเป็นแบบนี้🥹",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ แข็งแรงดี",
         "travel_alone": "ได้ค่ะ",
         "urgent": "ค่ะ คืนนี้ก็ไม่มีที่นอนอีก ไม่อยากนอนหาดแล้ว🥲",
         "name": "เฟิร์น 0817724059",
         "phone": "0817724059",
         "needs": "ถ้ามีงานที่บ้านก็อยากทำค่ะ ขายของออนไลน์เป็นนะ",
         "confirm": "ถูกต้องค่ะ💖"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "มุกดาหาร", "travellers": 1,
                "urgent": True, "special": [], "name": "เฟิร์น", "phone": "0817724059",
                "no_referrals": HEALTH}),

    # Gay man, 20, lost bar job in Phuket, HIV+ on ARV, treatment rights at home in Yasothon;
    # room until Saturday -> case, not urgent, hiv_aid offered (after sensitive consent).
    "dev88 HIV positive bar worker in Phuket, ARV running out": Persona(
        ("สวัสดีครับ",
         "ผมอยู่ภูเก็ต ตกงานจากบาร์ตั้งแต่ปลายเดือนที่แล้ว ตังหมด ค่าห้องก็ค้าง "
         "จะกลับบ้านที่ยโสธรแต่ไม่มีค่ารถครับ"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ยินยอมครับ แต่ไม่อยากให้ที่บ้านรู้นะครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ไม่มีรายได้เลย",
         "id_card": "มีครับ",
         "current_province": "ภูเก็ตครับ ป่าตอง",
         "home_province": "ยโสธร อ.กุดชุมครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมติดเชื้อHIVครับ กินยาต้านอยู่ ยาจะหมดอาทิตย์หน้า สิทธิ์บัตรทองอยู่รพ.ที่บ้าน "
                          "ร่างกายโอเคครับ เดินทางเองได้",
         "travel_alone": "ได้ครับ",
         "urgent": "ยังพักห้องได้ถึงวันเสาร์ครับ เจ้าของห้องใจดีให้อยู่ก่อน",
         "name": "ต้น 0648821937",
         "phone": "0648821937",
         "needs": "อยากได้ความช่วยเหลือเรื่องยาต้านครับ กลัวยาขาด",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ยโสธร", "travellers": 1,
                "urgent": False, "referrals": ["hiv_aid"], "name": "ต้น",
                "phone": "0648821937"}),

    # Young mother, 19, with a 7-month baby, thrown out by husband's family in Samut Prakan,
    # going to her mother in Kalasin; one fact per message -> case, urgent, child.
    "dev88 teen mum with baby thrown out by in-laws, one fact at a time": Persona(
        ("ช่วยด้วยค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": ("บ้านผัวไล่ออกมาค่ะ", "ไม่มีค่ารถกลับบ้านค่ะ"),
         "id_card": "มีค่ะ",
         "current_province": "สมุทรปราการค่ะ",
         "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "2คนค่ะ หนูกับลูก",
         "special_needs": "ลูก7เดือนค่ะ",
         "more_care": "ลูกนน.ไม่ค่อยขึ้นค่ะ",
         "travel_alone": "ได้ค่ะ",
         "urgent": "ไม่มีที่นอนคืนนี้ค่ะ",
         "name": "แพรวค่ะ",
         "phone": "0868145530",
         "needs": "นมผงค่ะ",
         "confirm": "ถูกค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "กาฬสินธุ์",
                "travellers": 2, "urgent": True, "special": ["child"], "name": "แพรว",
                "phone": "0868145530"}),

    # Woman 9 months pregnant with a 3-year-old, husband vanished on a fishing boat in Trat,
    # wants to give birth at mother's in Roi Et; room paid to month end -> case, not urgent.
    "dev88 pregnant near term with toddler, husband vanished in Trat": Persona(
        ("สวัสดีค่ะ ขอสอบถามค่ะ", "ยินยอม",
         "ตอนนี้ท้อง9เดือนแล้วค่ะ กำหนดคลอดอีก2อาทิตย์ ผัวไปทำงานเรือที่ตราดแล้วหายไปเลย "
         "ติดต่อไม่ได้เดือนกว่า หนูอยู่ห้องเช่ากับลูกสาว3ขวบ ไม่มีรายได้ ค่าห้องจ่ายถึงสิ้นเดือนนี้ "
         "อยากกลับไปคลอดที่บ้านแม่ที่ร้อยเอ็ดแต่ไม่มีค่ารถค่ะ😢"),
        {"hardship": "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีรายได้",
         "id_card": "มีบัตรค่ะ",
         "current_province": "ตราดค่ะ อ.คลองใหญ่",
         "home_province": "ร้อยเอ็ด อ.เสลภูมิ บ้านแม่ค่ะ",
         "travellers": "2 คนค่ะ หนูกับลูกสาว3ขวบ",
         "special_needs": "หนูท้องแก่ใกล้คลอดค่ะ",
         "more_care": "นั่งรถนานๆไม่ค่อยไหวค่ะ หมอนัดตรวจอาทิตย์หน้า",
         "travel_alone": "ไม่แน่ใจค่ะ กลัวเจ็บท้องคลอดบนรถ",
         "urgent": "ยังมีห้องอยู่ถึงสิ้นเดือนค่ะ แต่อยากไปก่อนคลอด",
         "name": "กัญญา ๐๘๙๔๕๑๗๒๖๓",
         "phone": "๐๘๙๔๕๑๗๒๖๓",
         "needs": "อยากไปฝากครรภ์คลอดที่บ้านค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ตราด", "home": "ร้อยเอ็ด", "travellers": 2,
                "urgent": False, "special": ["pregnant", "child"], "name": "กัญญา",
                "phone": "0894517263"}),

    # Father of six, contractor ran off without pay, camp in Nonthaburi closing today,
    # home Buriram; kids 12, 9, 5, 2 -> case, urgent, 6 travellers, child.
    "dev88 family of six from closed construction camp in Nonthaburi": Persona(
        ("สวัสดีคับ",
         "ผู้รับเหมาหนีบ่จ่ายค่าแรง2เดือน แคมป์ที่นนท์เขาให้ออกวันนี้เลย มีกัน6คน "
         "จะกลับบุรีรัมย์ค่ารถบ่พอคับ"),
        {"consent": "ยินยอมคับ",
         "hardship": "บ่มีค่ารถกลับบ้านคับ บ่มีที่อยู่ด้วย",
         "id_card": "มีคับ ทั้งผมทั้งเมีย",
         "current_province": "นนทบุรี บางบัวทองคับ",
         "home_province": "บุรีรัมย์ อ.ประโคนชัยคับ",
         "travellers": "6คนคับ ผม เมีย ลูก4 คนโต12 รองลงมา9ขวบ 5ขวบ กับคนเล็ก2ขวบ",
         "special_needs": "มีเด็กเล็กคับ คนเล็กยังบ่หย่านม",
         "travel_alone": "ไปกันเองได้คับ",
         "urgent": "ด่วนคับ คืนนี้บ่มีที่นอน เขาจะรื้อแคมป์",
         "name": "บุญมี 0639920417",
         "phone": "0639920417",
         "needs": "อยากได้ค่าแรงที่เขาโกงคืนคับ แล้วก็หางานทำที่บ้าน",
         "confirm": "ถูกคับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "บุรีรัมย์", "travellers": 6,
                "urgent": True, "special": ["child"], "name": "บุญมี", "phone": "0639920417",
                "no_referrals": HEALTH}),

    # Mother fleeing a violent husband in Surat Thani with 3 kids (14, 8, 3) and her own
    # mother (63), to her sister's in Phetchabun; wants legal advice -> case, urgent, 5.
    "dev88 mother fleeing violent husband with kids and grandma": Persona(
        ("ขอความช่วยเหลือด่วนค่ะ🙏🙏", "ยินยอมค่ะ",
         "ผัวเมาแล้วทุบตีหนูกับลูกอีกแล้ว เมื่อคืนเอามีดขู่ หนูพาลูก3คนกับแม่หนูหนีออกมาตอนตี2 "
         "ตอนนี้หลบอยู่ปั๊มน้ำมันที่สุราษฎร์ ไม่มีเงินเลย อยากกลับไปอยู่บ้านพี่สาวที่เพชรบูรณ์ค่ะ"),
        {"hardship": "ไม่มีที่อยู่ ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ ของหนูกับแม่ติดมา ของลูกคนโตอยู่บ้าน",
         "current_province": "สุราษฎร์ธานี อ.พุนพินค่ะ",
         "home_province": "เพชรบูรณ์ค่ะ อ.หล่มสัก บ้านเดิมหนูกับแม่ พี่สาวอยู่ที่นั่น",
         "travellers": "5 คนค่ะ หนู แม่หนูอายุ63 ลูก14 ลูก8ขวบ ลูก3ขวบ",
         "special_needs": "แม่หนูอายุ63เข่าไม่ดีค่ะ ลูกคนเล็กยังเล็ก",
         "travel_alone": "ไปเองได้ค่ะ ขอแค่ได้ไปไกลๆ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน กลัวเขาตามมา😭",
         "name": "จันทร์เพ็ญ 0621184596",
         "phone": "0621184596",
         "needs": "อยากปรึกษาเรื่องกฎหมายค่ะ จะแจ้งความ จะหย่า ทำยังไงดีคะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "เพชรบูรณ์",
                "travellers": 5, "urgent": True, "special": ["child", "elderly"],
                "referrals": ["justice_centre"], "name": "จันทร์เพ็ญ",
                "phone": "0621184596"}),

    # Sister (in Loei) writes for her brother, a rider with a broken leg just discharged from
    # hospital in Korat; can't travel alone; friend's room 2-3 days -> case, not urgent, sick.
    "dev88 sister for rider discharged with broken leg in Korat": Persona(
        ("สวัสดีค่ะ พิมแทนพี่ชายนะคะ",
         "พี่ชายหนูขับไรเดอร์อยู่โคราช รถล้มขาหัก เพิ่งออกจากรพ.มหาราชเมื่อเช้า ใส่เฝือกเดินบ่ได้ "
         "รถก็พังหมด ตังค์บ่มี อยากให้พี่กลับมาพักที่บ้านค่ะ ที่บ้านก็บ่มีเงินส่งไปให้"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "พี่ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "พี่มีบัตรค่ะ",
         "current_province": "โคราชค่ะ",
         "home_province": "เลย อ.ด่านซ้ายค่ะ",
         "travellers": "พี่คนเดียวค่ะ",
         "special_needs": "ขาหักใส่เฝือกค่ะ ใช้ไม้ค้ำ",
         "more_care": "ต้องมีคนช่วยขึ้นลงรถค่ะ หมอนัดตัดเฝือกอีก6อาทิตย์",
         "travel_alone": "ไปเองบ่ไหวค่ะ ขึ้นรถทัวร์ลำบาก",
         "urgent": "ตอนนี้พักห้องเพื่อนไรเดอร์ได้อีก2-3วันค่ะ",
         "name": "มิ้นค่ะ(น้องสาว) 0985562071 พี่ชื่อเอกชัย",
         "phone": "0985562071",
         "needs": "อยากให้พี่ได้ไปหาหมอต่อที่รพ.ใกล้บ้านค่ะ",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "เลย", "travellers": 1,
                "urgent": False, "special": ["sick", "cannot_travel_alone"], "referrals": ["medical_services"],
                "phone": "0985562071"}),

    # Boy, 17, thrown out by his stepfather in Mahachai, going to grandma in Phayao; stays at
    # a friend's; one fact per message -> case, not urgent.
    "dev88 boy thrown out by stepdad, one fact at a time": Persona(
        ("สวัสดีครับ",),
        {"consent": "ยินยอม",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": ("พ่อเลี้ยงไล่ออกจากบ้านครับ", "ไม่มีค่ารถไปบ้านยายครับ"),
         "id_card": "มีครับ",
         "current_province": "มหาชัย สมุทรสาครครับ",
         "home_province": "พะเยาครับ บ้านยาย",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "urgent": "ไม่ด่วนครับ นอนบ้านเพื่อนได้",
         "name": "ภูมิครับ",
         "phone": "0614470389",
         "needs": "อยากเรียนต่อครับ",
         "confirm": "ครับ ถูก"},
        one_part=True,
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "พะเยา", "travellers": 1,
                "urgent": False, "special": [], "name": "ภูมิ", "phone": "0614470389",
                "no_referrals": HEALTH}),

    # Mother, 22, husband jailed in Krabi, with kids 4 and 2, going home to Chaiyaphum;
    # room paid until the 15th -> case, not urgent, 3 travellers, child.
    "dev88 young mum of two after husband jailed in Krabi": Persona(
        ("แอดคะ",
         "ผัวโดนจับค่ะ ตอนนี้อยู่ในคุก หนูอยู่กระบี่กับลูก2คน ไม่มีงานไม่มีเงินเลย จะกลับชัยภูมิ",
         "ยินยอมค่ะ"),
        {"hardship": "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีรายได้",
         "id_card": "มีค่ะ",
         "current_province": "กระบี่ แถวอ่าวนางค่ะ",
         "home_province": "ชัยภูมิ อ.ภูเขียวค่ะ",
         "travellers": "3คนค่ะ หนู ลูกชาย4ขวบ ลูกสาว2ขวบ",
         "special_needs": "ลูกเล็กๆทั้งคู่ค่ะ",
         "travel_alone": "ได้ค่ะ",
         "urgent": "ห้องจ่ายถึงวันที่15ค่ะ ยังพอมีที่นอน",
         "name": "นุ่น 0927305168",
         "phone": "0927305168",
         "needs": "อยากได้งานทำที่บ้านค่ะ",
         "confirm": "ถูกต้องค่ะ👍"},
        expect={"eligible": True, "current": "กระบี่", "home": "ชัยภูมิ", "travellers": 3,
                "urgent": False, "special": ["child"], "name": "นุ่น",
                "phone": "0927305168", "no_referrals": HEALTH}),

    # Social development volunteer in Hat Yai writes for a 14-year-old runaway from Udon
    # Thani; card lost, village head's certifying letter sent -> case, not urgent, 1.
    "dev88 volunteer for 14-year-old runaway at Hat Yai bus station": Persona(
        ("สวัสดีครับ ผมเป็นอพม.อยู่หาดใหญ่ครับ",
         "เจอน้องผู้ชายอายุ14 นั่งอยู่บขส.หาดใหญ่2วันแล้ว หนีออกจากบ้านมาตามเพื่อน เพื่อนทิ้ง "
         "ตอนนี้น้องอยากกลับบ้านที่อุดรครับ ไม่มีเงินเลย"),
        {"consent": "ยินยอมครับ น้องก็โอเคครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "บัตรน้องหายครับ",
         "nationality_letter": "ผญบ.ที่บ้านน้องทำหนังสือรับรองว่าเป็นคนไทย อยู่หมู่บ้านนั้นจริง "
                               "ส่งรูปมาทางไลน์แล้วครับ ตัวจริงส่งไปรษณีย์ตามมา",
         "nationality": "ไทยครับ",
         "current_province": "สงขลา หาดใหญ่ครับ",
         "home_province": "อุดรธานี อ.กุมภวาปีครับ",
         "travellers": "น้องคนเดียวครับ",
         "special_needs": "ไม่ป่วยครับ แต่ยังเด็ก ไม่เคยนั่งรถไกลคนเดียว",
         "travel_alone": "ไม่ควรให้ไปเองครับ อายุแค่14 กลัวหนีอีก",
         "urgent": "คืนนี้ให้นอนบ้านผมก่อนครับ",
         "name": "สมศักดิ์ อพม. 0872219043",
         "phone": "0872219043",
         "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "reason": "หนังสือรับรอง", "current": "สงขลา",
                "home": "อุดรธานี", "travellers": 1, "urgent": False, "name": "สมศักดิ์",
                "phone": "0872219043", "no_referrals": HEALTH}),

    # Girl, 17, 8 months pregnant, boyfriend left, thrown out in Pathum Thani, going to her
    # mother in Phatthalung; one fact per message, southern words -> case, urgent, pregnant.
    "dev88 pregnant 17-year-old left by boyfriend, one fact at a time": Persona(
        ("หวัดดีค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": ("แฟนทิ้งค่ะ", "ไม่มีค่ารถกลับบ้านค่ะ"),
         "id_card": "มีค่ะ",
         "current_province": "ปทุมค่ะ",
         "home_province": "พัทลุงค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ท้อง8เดือนค่ะ",
         "more_care": "ยังไม่ได้ฝากครรภ์ค่ะ",
         "travel_alone": "ได้ค่ะ",
         "urgent": "ด่วนค่ะ ไม่มีที่นอน",
         "name": "ข้าวหอมค่ะ",
         "phone": "๐๖๕๗๗๑๒๐๔๘",
         "needs": "ฝากครรภ์ค่ะ",
         "confirm": "ค่ะ ถูกแล้ว"},
        one_part=True,
        expect={"eligible": True, "current": "ปทุมธานี", "home": "พัทลุง", "travellers": 1,
                "urgent": True, "special": ["pregnant"], "name": "ข้าวหอม",
                "phone": "0657712048"}),

    # Vocational student, 19, evicted from a Chiang Mai dorm after his parents' shop failed,
    # home Prachuap; English mixed in, one fact per message -> case, urgent.
    "dev88 student evicted from Chiang Mai dorm, Thai-English, one fact at a time": Persona(
        ("hi ครับ",),
        {"consent": "ok ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": ("โดนไล่ออกจากdormครับ", "ไม่มีตังค่ารถกลับบ้าน"),
         "id_card": "มีครับ",
         "current_province": "เชียงใหม่ครับ",
         "home_province": "ประจวบครับ",
         "travellers": "1",
         "special_needs": "no ครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "name": "แบงค์ครับ",
         "phone": "0803196652",
         "needs": "อยากหางาน part-time ครับ",
         "confirm": "yes ถูกครับ"},
        one_part=True,
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ประจวบคีรีขันธ์",
                "travellers": 1, "urgent": True, "special": [], "name": "แบงค์",
                "phone": "0803196652", "no_referrals": HEALTH}),

    # Woman, 23, escaped an abusive boyfriend in Bangkok; he keeps her ID card; mother got a
    # kamnan's certifying letter; can't sleep, wants to talk to someone -> case, urgent,
    # mental_health_care offered.
    "dev88 woman escaping abusive boyfriend, card seized, letter from kamnan": Persona(
        ("ขอโทษที่ทักมาดึกๆนะคะ",
         "หนูหนีแฟนออกมาค่ะ เขาซ้อมหนูมาเป็นปีแล้ว วันนี้เขาบีบคอหนู หนูวิ่งหนีออกมาแค่ตัวกับมือถือ "
         "บัตรปชช.เขายึดไว้ตั้งนานแล้ว ตอนนี้นั่งอยู่ร้านสะดวกซื้อแถวห้วยขวาง อยากกลับบ้านแม่ที่กาญจน์ค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ไม่มีที่ไป",
         "id_card": "ไม่มีค่ะ แฟนยึดไว้ ไม่กล้ากลับไปเอา",
         "nationality_letter": "แม่ไปหากำนันที่บ้านแล้วค่ะ กำนันทำหนังสือรับรองว่าหนูเป็นคนไทย "
                               "อยู่ตำบลนี้จริง แม่ถ่ายรูปส่งไลน์มาแล้วค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ ห้วยขวาง",
         "home_province": "กาญจนบุรี อ.ท่าม่วง บ้านแม่ค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ แค่ช้ำๆ",
         "travel_alone": "ได้ค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้กลับห้องไม่ได้ ไม่มีที่นอน",
         "name": "มายด์ 0946630715",
         "phone": "0946630715",
         "needs": "หนูนอนไม่หลับ สะดุ้งกลัวตลอดเลย อยากคุยกับหมอหรือใครสักคนค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "reason": "หนังสือรับรอง", "current": "กรุงเทพมหานคร",
                "home": "กาญจนบุรี", "travellers": 1, "urgent": True,
                "referrals": ["mental_health_care"], "name": "มายด์",
                "phone": "0946630715"}),

    # Daughter, 15, types for her father: family of five lost orchard work in Suphan Buri,
    # home Amnat Charoen; kids 15, 10, 6; hut until Sunday -> case, not urgent, child.
    "dev88 teen daughter for family of five after orchard job ended": Persona(
        ("สวัสดีค่ะ พิมแทนพ่อนะคะ พ่ออ่านไม่ค่อยออก😅",
         "คือบ้านหนูมาทำงานสวนที่สุพรรณ แต่เจ้าของขายสวนแล้วไม่จ้างต่อ เงินเก็บหมดไปกับค่ารักษาน้อง"
         "ที่ป่วยเมื่อเดือนก่อน ตอนนี้ไม่มีค่ารถกลับบ้านที่อำนาจเจริญค่ะ"),
        {"consent": "พ่อบอกยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีงานไม่มีรายได้",
         "id_card": "พ่อกับแม่มีบัตรค่ะ หนูก็มี",
         "current_province": "สุพรรณบุรี อ.อู่ทองค่ะ",
         "home_province": "อำนาจเจริญ อ.ปทุมราชวงศาค่ะ",
         "travellers": "5 คนค่ะ พ่อ แม่ หนู(15) น้องชาย10ขวบ น้องสาว6ขวบ",
         "special_needs": "น้องสาวหายป่วยแล้วค่ะ ไม่มีใครต้องดูแลพิเศษ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ เจ้าของให้อยู่เพิงในสวนได้ถึงวันอาทิตย์",
         "name": "พ่อชื่อทองใบค่ะ 0836649127",
         "phone": "0836649127",
         "needs": "พ่ออยากหางานที่บ้านค่ะ ฝึกอาชีพก็ได้",
         "confirm": "ถูกต้องค่ะ พ่อบอกขอบคุณมากๆค่ะ🙏"},
        expect={"eligible": True, "current": "สุพรรณบุรี", "home": "อำนาจเจริญ",
                "travellers": 5, "urgent": False, "special": ["child"], "name": "ทองใบ",
                "phone": "0836649127"}),

    # Girlfriend writes for a 20-year-old who fell from scaffolding at Bang Pakong, back
    # fracture, discharged today in a wheelchair, worker housing gone; home Nakhon Sawan;
    # wants legal advice on compensation -> case, urgent, 2 travellers, sick.
    "dev88 girlfriend for scaffold-fall worker discharged in a wheelchair": Persona(
        ("ยินยอมค่ะ",
         "แฟนหนูตกนั่งร้านที่ไซต์งานบางปะกง หลังเจ็บ กระดูกหลังร้าว นอนรพ.มา2อาทิตย์ หมอให้กลับบ้านวันนี้ "
         "แต่นายจ้างไม่รับผิดชอบอะไรเลย ไม่มีเงินพาเขากลับบ้านที่นครสวรรค์ค่ะ",
         "ยังนั่งรถเข็นอยู่ค่ะ🥲"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีที่พักด้วย",
         "id_card": "มีทั้งคู่ค่ะ",
         "current_province": "ฉะเชิงเทราค่ะ บางปะกง",
         "home_province": "นครสวรรค์ อ.ตาคลีค่ะ",
         "travellers": "2คนค่ะ หนูกับแฟน",
         "special_needs": "แฟนป่วย หลังเจ็บ ต้องนั่งรถเข็นค่ะ นั่งรถทัวร์ไม่ได้",
         "more_care": "ต้องนอนราบๆ มีคนช่วยยกค่ะ",
         "travel_alone": "ไม่ได้ค่ะ หนูต้องไปด้วย",
         "urgent": "ด่วนค่ะ ออกรพ.แล้วไม่มีที่ไป ห้องพักคนงานเขาให้ออกแล้ว",
         "name": "ฝน 0615508842 แฟนชื่อเจมส์ค่ะ",
         "phone": "0615508842",
         "needs": "เรื่องค่าชดเชยจากนายจ้างค่ะ อยากปรึกษากฎหมาย",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "นครสวรรค์",
                "travellers": 2, "urgent": True, "special": ["sick", "cannot_travel_alone"],
                "referrals": ["justice_centre"], "name": "ฝน", "phone": "0615508842"}),

    # Tom (18) and girlfriend (17) ran away from Si Sa Ket to find factory work in Ayutthaya;
    # no job, daily room ends tonight; families now want them back -> case, urgent, 2.
    "dev88 tom and girlfriend who ran away together, stuck in Ayutthaya": Persona(
        ("ขอความช่วยเหลือครับ",
         "ผมเป็นทอมนะครับ หนีมากับแฟนจากศรีสะเกษ ที่บ้านไม่ยอมรับเรา มาหางานโรงงานที่อยุธยา "
         "เขาไม่รับเพราะแฟนอายุไม่ถึง ตอนนี้เงินหมด อยากกลับบ้านแล้วครับ แม่แฟนโทรมาบอกให้กลับ ไม่ว่าแล้ว🥹"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีทั้งสองคนครับ",
         "current_province": "อยุธยาครับ แถวโรจนะ",
         "home_province": "ศรีสะเกษครับ อ.กันทรลักษ์ ทั้งคู่",
         "travellers": "2 คนครับ ผม18 แฟน17",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "ด่วนครับ ห้องรายวันหมดคืนนี้ ไม่มีตังต่อแล้ว",
         "name": "เต้ย 0956613870",
         "phone": "0956613870",
         "needs": "อยากฝึกอาชีพครับ",
         "confirm": "ถูกต้องครับ✌️"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "ศรีสะเกษ",
                "travellers": 2, "urgent": True, "special": [], "name": "เต้ย",
                "phone": "0956613870", "no_referrals": HEALTH}),

    # Myanmar mother, 20, with a 5-month baby in Ranong, wants to reach her sister in Mae Sot;
    # not Thai (pink card) -> refused (Thai nationality required).
    "dev88 Myanmar young mother with baby in Ranong": Persona(
        ("สวัสดีค่ะ ช่วยหน่อยค่ะ",
         "หนูอยู่ระนอง ผัวทิ้ง มีลูก5เดือน ไม่มีเงินค่ารถไปหาพี่สาวที่แม่สอดค่ะ", "ยินยอมค่ะ"),
        {"hardship": "ไม่มีค่ารถค่ะ ไม่มีงาน",
         "id_card": "ไม่มีบัตรไทยค่ะ มีบัตรชมพู",
         "nationality": "หนูเป็นคนพม่าค่ะ ลูกเกิดที่ไทย",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ระนองค่ะ",
         "home_province": "ตาก แม่สอดค่ะ พี่สาวอยู่ที่นั่น",
         "travellers": "2 คนค่ะ หนูกับลูก",
         "urgent": "คืนนี้อยู่บ้านเพื่อนได้ค่ะ",
         "name": "มะเอ 0829914306",
         "phone": "0829914306",
         "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Student, 20, robbed at Nakhon Si Thammarat station, ID card gone, home Nong Khai; no one
    # can certify him -> refused (no card and no certifying letter).
    "dev88 robbed student with no card and no letter": Persona(
        ("ผมตกรถไฟที่นครศรีครับ กระเป๋าตังโดนขโมยหมด บัตรก็ไปด้วย จะกลับหนองคาย", "ยินยอม"),
        {"hardship": "ไม่มีเงินค่ารถกลับบ้านครับ",
         "id_card": "ไม่มีแล้วครับ หายไปกับกระเป๋า",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ ขอใครไม่ได้เลย พ่อแม่เลิกกัน ย้ายทะเบียนบ้านไปมา "
                               "ไม่รู้จักผู้ใหญ่บ้านที่ไหน ไม่มีใครรับรองให้ครับ",
         "current_province": "นครศรีธรรมราชครับ",
         "home_province": "หนองคายครับ",
         "travellers": "คนเดียว",
         "urgent": "คืนนี้นอนสถานีรถไฟครับ",
         "name": "กอล์ฟ 0905527714",
         "phone": "0905527714",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Woman, 20, fled her boyfriend in Chonburi and is already back at her mother's home in
    # Ubon; asks to be paid back the 650-baht fare -> refused (already at home).
    "dev88 already home in Ubon, wants fare refunded": Persona(
        ("สวัสดีค่ะ",
         "หนูหนีแฟนที่ชลบุรีกลับมาบ้านแม่ที่อุบลเมื่อวานค่ะ ยืมตังเพื่อนมาค่ารถ650 "
         "อยากขอเงินค่ารถคืนได้มั้ยคะ", "ยินยอมค่ะ"),
        {"hardship": "อยากได้ค่ารถคืนค่ะ จะได้คืนเพื่อน",
         "id_card": "มีค่ะ",
         "current_province": "อุบลค่ะ อยู่บ้านแม่แล้ว",
         "home_province": "อุบลราชธานีค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ อยู่บ้านแล้ว",
         "name": "ปลา 0874401296",
         "phone": "0874401296",
         "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "current": "อุบลราชธานี", "home": "อุบลราชธานี"}),

    # Teen asks for a number to call late at night for a friend thrown out of home
    # -> answered: hotline 1300, 24 hours.
    "dev88 teen asks for a late-night number for a friend": Persona(
        ("มีเบอร์โทรขอความช่วยเหลือตอนดึกๆมั้ยคะ 24ชม.ป่าว🥺 เพื่อนหนูโดนไล่ออกจากบ้าน",),
        {"consent": "แค่ถามเบอร์ค่ะ",
         "idle": "ขอเบอร์โทรค่ะ"},
        outcome="answered", answered="1300"),

    # Husband of a pregnant wife asks what food money they get while waiting
    # -> answered: at most 100 baht a day per person.
    "dev88 husband asks about food money while waiting": Persona(
        ("สอบถามครับ", "ถ้าระหว่างรอเรื่องค่ารถกลับบ้าน ได้ค่าข้าวด้วยมั้ยครับ วันละกี่บาท เมียท้องอยู่ครับ"),
        {"consent": "ถามเฉยๆครับ",
         "idle": "ค่าอาหารวันละเท่าไหร่ครับ"},
        outcome="answered", answered="100"),

    # Young mother worried by a Facebook group post asking for a 500-baht "processing fee"
    # -> answered: no fee.
    "dev88 young mum asks if there is a fee, warned by Facebook post": Persona(
        ("ขอถามหน่อยค่ะ",
         "ขอเงินค่ารถกลับบ้านต้องเสียค่าอะไรมั้ยคะ มีคนในกลุ่มเฟสบอกต้องโอนค่าดำเนินการก่อน500 จริงป่าวคะ😰"),
        {"consent": "ขอถามก่อนค่ะ",
         "idle": "ต้องเสียค่าธรรมเนียมมั้ยคะ"},
        outcome="answered", answered="ไม่มีค่าธรรมเนียม"),
}
