"""Persona set holdout11 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: the whole range of people who write in: stranded workers, people just released
(and on parole), elders, mothers with small children, a woman fleeing violence, people
writing for someone else, a hill-tribe Thai without a card, a Lao worker, people only
asking a question; Isan, Northern, Southern and Malay-Muslim voices; bursts, run-ons,
typos, Thai digits, emoji, corrections at the summary and after sending.
Counts: 22 personas; 17 eligible (case), 3 refused, 2 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import HEALTH, Persona  # noqa: F401

PERSONAS: dict[str, Persona] = {
    # Released this morning from Klong Prem (Bangkok), Isan speaker, card expired inside,
    # no fare and nowhere to sleep: eligible (seed B criteria 1 and 3; seed A 7.2 fare
    # home), urgent; asks for a new card and work (seed A 1.1, 3.2). No phone of his own.
    "holdout11 isan released prisoner klong prem expired card": Persona(
        ("เพิ่งออกจากคุกคลองเปรมมื้อเช้านี่ละครับ",
         "บ่มีตังค์กลับบ้านเลย บ้านอยู่ขอนแก่น ช่วยข่อยแหน่ครับ"),
        {"consent": "ได้ครับ ยินยอม", "hardship": "บ่มีเงินค่ารถครับ คืนนี้ที่นอนกะบ่มี",
         "id_card": "มีครับ แต่บัตรหมดอายุตอนอยู่ในคุก", "nationality": "คนไทยครับ",
         "nationality_letter": "บ่มีครับ",
         "current_province": "ยังอยู่หน้าคุกคลองเปรม จตุจักร กทม ครับ",
         "home_province": "ขอนแก่นครับ อำเภอบ้านไผ่", "travellers": "ไปคนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอน", "special_needs": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ แล้วกะอยากหางานทำครับ",
         "sensitive_consent": "บันทึกได้ครับ", "confirm": "ถูกแล้วครับ",
         "idle": "ขอความช่วยเหลือครับ", "name": "บุญมีครับ",
         "phone": ("ยังบ่มีโทรศัพท์ครับ เครื่องยังบ่ได้คืน",
                   "เบอร์น้องสาวครับ 0623345518")},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ขอนแก่น",
                "travellers": 1, "urgent": True, "referrals": ["id_card", "job_placement"],
                "name": "บุญมี", "id_card_state": "expired"}),

    # Construction worker left unpaid by a contractor in Pattaya, with wife and two kids,
    # heavy typos: no fare, food running out (seed B 2, 3); room until the weekend, so
    # not urgent; a small child travels.
    "holdout11 unpaid builder pattaya family typos": Persona(
        ("ผรับเหมาหนีคับ ไม่จ่ายค่าแรง",
         "อยุ่พัทยา จะกลับบุรีรัม มีเมียกับลูก2"),
        {"consent": "ok คับ", "hardship": "ไม่มีตังกลับบ้านคับ ข้าวก็จะไม่มีกินละ",
         "id_card": "มีคับ", "nationality": "ไทยคับ", "nationality_letter": "ไม่มีคับ",
         "current_province": "พัทยา ชลบุรี", "home_province": "บุรีรัม อ.นางรอง",
         "travellers": "4คน", "urgent": "ยังมีห้องอยุ่ถึงวันอาทิด ไม่ด่วนคับ",
         "special_needs": "ลูกคนเล็ก3ขวบ คนโต9ขวบ", "travel_alone": "ไปเองได้คับ",
         "needs": "อยากได้งานคับ", "sensitive_consent": "ได้",
         "confirm": "ถูกคับ", "idle": "ขอความช่วยเหลือคับ", "name": "เอก",
         "phone": "086 771 2290"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "บุรีรัมย์",
                "travellers": 4, "urgent": False, "special": ["child"],
                "no_referrals": ["hiv_aid"], "name": "เอก", "phone": "0867712290"}),

    # A passer-by writes for a pickpocketed grandmother of 78 at Bang Sue station; she
    # still has her card, no fare and no bed tonight, cannot travel alone (seed B
    # regulation 6(3): an officer may travel along); never had the old-age allowance
    # (seed A 2.2). The writer is the contact.
    "holdout11 stranger writes for robbed grandmother bang sue": Persona(
        ("สวัสดีครับ เจอยายคนนึงนั่งร้องไห้อยู่สถานีกลางบางซื่อครับ",
         "ยายบอกโดนล้วงกระเป๋า เงินหายหมด จะกลับลำปาง ช่วยได้ไหมครับ"),
        {"consent": "ยายบอกโอเคครับ ยินยอม",
         "hardship": "ไม่มีเงินค่ารถครับ แล้วคืนนี้ยายก็ไม่มีที่นอน",
         "id_card": "บัตรประชาชนยายยังอยู่ครับ เก็บไว้ในกระเป๋าเสื้อ",
         "nationality": "คนไทยครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "สถานีกลางบางซื่อ กทม ครับ",
         "home_province": "ลำปางครับ อำเภอเกาะคา", "travellers": "ยายคนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ยายไม่มีที่นอน",
         "special_needs": "ยายอายุ 78 แล้วครับ หลงๆลืมๆ",
         "travel_alone": "ไม่ได้ครับ ยายไปคนเดียวไม่ไหว ต้องมีคนพาไป",
         "needs": "ยายบอกไม่เคยได้เบี้ยคนแก่เลยครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือให้ยายครับ",
         "name": "เรียกผมต้นก็ได้ครับ ผมเป็นคนติดต่อ", "phone": "095-778-1234"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort", "elderly_allowance"],
                "name": "ต้น", "phone": "0957781234"}),

    # Southern mother fleeing a violent husband with two small children, at a petrol
    # station in Bang Phli: unsafe and nowhere to sleep tonight, so urgent (seed B: 24
    # hours); no fare. One thing per message.
    "holdout11 southern mother fleeing husband two kids": Persona(
        ("ช่วยด้วยค่ะ ผัวซ้อม ฉานหนีออกมากับลูกสองคน ตอนนี้นั่งอยู่ปั๊มน้ำมัน",
         "ไม่มีตังค์ติดตัวเลยหนิ อยากกลับบ้านแม่ที่นครศรีฯ"),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีที่ไป ไม่มีตังค์ค่ารถค่ะ",
         "id_card": "บัตรมีค่ะ หยิบมาทัน", "nationality": "ไทยค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "สมุทรปราการค่ะ แถวบางพลี",
         "home_province": "นครศรีธรรมราชค่ะ ทุ่งสง",
         "travellers": "3 คนค่ะ ฉานกับลูก",
         "urgent": "ด่วนค่ะ กลัวเขาตามมา คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกเล็กค่ะ 5 ขวบกับขวบกว่า", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ ขอแค่ได้กลับบ้าน", "sensitive_consent": "ไม่ต้องบันทึกค่ะ",
         "confirm": "ถูกแล้วค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "เรียกมุกค่ะ", "phone": "091-665-2043"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "นครศรีธรรมราช",
                "travellers": 3, "urgent": True, "special": ["child"],
                "name": "มุก", "phone": "0916652043"},
        one_part=True),

    # Seven months pregnant, lost her hotel job in Patong, card snapped in two: no
    # income and no fare (seed B 2, 3); room until month end, not urgent; damaged card
    # still shown (seed B conditions 1).
    "holdout11 pregnant hotel worker phuket broken card": Persona(
        ("สวัสดีค่ะ",),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีรายได้ค่ะ ค่ารถก็ไม่มี",
         "id_card": "มีค่ะ แต่บัตรหักเป็นสองท่อน", "nationality": "ไทยค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "ภูเก็ตค่ะ ป่าตอง",
         "home_province": "อุดรค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ ห้องเช่าหมดสัญญาสิ้นเดือน",
         "special_needs": "หนูท้อง 7 เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ไหว", "needs": "ไม่มีแล้วค่ะ",
         "sensitive_consent": "ได้ค่ะ", "confirm": "ถูกต้องค่ะ",
         "idle": "อยากขอความช่วยเหลือค่ะ ท้อง7เดือน ตกงาน อยากกลับบ้าน",
         "name": "ฝนค่ะ", "phone": "0654428817"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "อุดรธานี",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "ฝน", "phone": "0654428817", "id_card_state": "damaged"}),

    # Northern cook from Nan, restaurant closed in Lat Phrao, sleeping at a temple for a
    # few nights: no income, no fare (seed B 2, 3), not urgent. Consents but without
    # sensitive data.
    "holdout11 northern cook nan temple partial consent": Persona(
        ("สวัสดีครับ ผมเป็นคนน่านครับ มาทำงานร้านอาหารที่กรุงเทพ ร้านปิดเลยตกงาน "
         "บ่มีตังค์กลับบ้านเลยครับ",),
        {"consent": "ยินยอมครับ แต่ข้อมูลที่อ่อนไหวบ่ต้องเก็บเน้อ",
         "hardship": "ตกงาน บ่มีรายได้ ค่ารถกลับบ้านก็บ่มีครับ", "id_card": "มีครับ",
         "nationality": "คนไทยครับ", "nationality_letter": "บ่มีครับ",
         "current_province": "กรุงเทพครับ แถวลาดพร้าว",
         "home_province": "น่านครับ อ.ปัว", "travellers": "คนเดียวครับ",
         "urgent": "บ่ด่วนครับ หลวงพี่ให้นอนวัดได้อีกสองสามคืน",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "บ่มีครับ", "sensitive_consent": "บ่ต้องครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "เรียกผมว่าเต้ยครับ", "phone": "083-810-2467"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน",
                "travellers": 1, "urgent": False, "special": [],
                "name": "เต้ย", "phone": "0838102467"}),

    # Woman just released from the Chiang Mai women's correctional institution, living
    # with HIV, learned Thai massage inside: no fare (seed B 3); HIV aid (seed A 2.1) and
    # massage training/jobs (seed A 5.3); a foundation shelter tonight, not urgent.
    "holdout11 released woman chiang mai hiv massage": Persona(
        ("หนูเพิ่งพ้นโทษออกมาจากทัณฑสถานหญิงเชียงใหม่ค่ะ",
         "อยากกลับบ้านที่ชัยภูมิ แต่ไม่มีค่ารถ",
         "แล้วก็มีเชื้อ HIV ต้องกินยาต่อเนื่องค่ะ"),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "เชียงใหม่ค่ะ", "home_province": "ชัยภูมิค่ะ",
         "travellers": "1 คนค่ะ",
         "urgent": "ไม่ด่วนค่ะ คืนนี้ยังนอนบ้านพักของมูลนิธิได้",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากได้ความช่วยเหลือเรื่องยาต้านค่ะ แล้วก็อยากทำงานนวด "
                  "เพราะเรียนนวดแผนไทยมาตอนอยู่ข้างใน",
         "sensitive_consent": "บันทึกได้ค่ะ", "confirm": "ถูกต้องค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ", "name": "นุ่นค่ะ", "phone": "0801234976"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": False,
                "referrals": ["hiv_aid", "thai_massage_training"],
                "name": "นุ่น", "phone": "0801234976"}),

    # Leg amputee whose prosthesis broke while at hospital in Khorat, money gone, staying
    # with a friend: no fare (seed B 3); cannot travel alone (regulation 6(3)); device
    # repair (seed A 2.3). One thing per message.
    "holdout11 amputee broken prosthesis khorat to surin": Persona(
        ("ผมขาขาดข้างนึงครับ ขาเทียมหัก มาหาหมอที่โคราชแล้วเงินหมด",),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีเงินค่ารถกลับครับ",
         "id_card": "มีครับ บัตรคนพิการก็มี", "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "โคราชครับ",
         "home_province": "สุรินทร์ครับ อำเภอศีขรภูมิ", "travellers": "1 คนครับ",
         "urgent": "ไม่ด่วนครับ พักบ้านเพื่อนได้",
         "special_needs": "ผมพิการขาครับ ขาเทียมหัก เดินไม่ค่อยได้",
         "travel_alone": "ไปคนเดียวไม่ไหวครับ ขึ้นรถเองลำบาก อยากให้มีคนช่วยพาไป",
         "needs": "อยากซ่อมขาเทียมครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ชื่อสมหมายครับ", "phone": "0847720315"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "สุรินทร์",
                "travellers": 1, "urgent": False,
                "special": ["disabled", "cannot_travel_alone"],
                "referrals": ["disability_devices", "travel_escort"],
                "name": "สมหมาย", "phone": "0847720315"},
        one_part=True),

    # Voice-typed run-on: fishing-boat hand in Songkhla with a crushed, infected hand,
    # thrown off the boat: no money, no bed, no fare (seed B 1-3), sick now so urgent;
    # medical care (seed A 5.2, 5.4; regulation 6(4)).
    "holdout11 voice typed injured fisherman songkhla": Persona(
        ("สวัสดีครับผมชื่อสมพงษ์ทำงานเรือประมงอยู่ที่สงขลาครับมือโดนเครื่องกว้านหนีบ"
         "นิ้วเละเถ้าแก่ไม่รับผิดชอบไล่ออกจากเรือตอนนี้ไม่มีเงินสักบาทอยากกลับบ้าน"
         "ศรีสะเกษครับ",),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีเงินไม่มีที่นอนไม่มีค่ารถครับ",
         "id_card": "มีครับบัตรอยู่", "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "สงขลาครับอยู่แถวท่าเรือ",
         "home_province": "ศรีสะเกษครับกันทรลักษ์", "travellers": "ไปคนเดียวครับ",
         "urgent": "ด่วนครับมือยังเจ็บมากบวมเป็นหนองแล้ว",
         "special_needs": "ผมเองครับมือเจ็บอยู่", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากหาหมอรักษามือครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "สมพงษ์ครับ", "phone": "089 331 2761"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["medical_services"],
                "name": "สมพงษ์", "phone": "0893312761"}),

    # Man of 68 who came to Ayutthaya to find his son, who had moved away; Thai digits
    # throughout; a food-stall owner lets him sleep a few nights: no fare (seed B 3),
    # elderly, not urgent. One thing per message.
    "holdout11 elder thai digits ayutthaya to yasothon": Persona(
        ("ลุงอายุ ๖๘ ปี มาหาลูกชายที่อยุธยา ลูกย้ายไปแล้วติดต่อไม่ได้ เงินหมด",),
        {"consent": "ยินยอม", "hardship": "ไม่มีค่ารถกลับ", "id_card": "มีบัตร",
         "nationality": "ไทย", "nationality_letter": "ไม่มี",
         "current_province": "อยุธยา", "home_province": "ยโสธร",
         "travellers": "๑ คน", "urgent": "ป้าร้านข้าวให้นอนได้ ๒-๓ วัน ไม่ด่วน",
         "special_needs": "ลุงแก่แล้ว ๖๘", "travel_alone": "ไปเองได้ ขึ้นรถทัวร์เป็น",
         "needs": "ไม่มี", "sensitive_consent": "ได้", "confirm": "ถูก",
         "idle": "ขอความช่วยเหลือ", "name": "ลุงเปลี่ยน", "phone": "๐๘๕๒๒๗๔๖๑๐"},
        outcome="case",
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "ยโสธร",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "name": "เปลี่ยน", "phone": "0852274610"},
        one_part=True),

    # 19-year-old tricked by a fake job in Rangsit, all money taken, emoji and stickers:
    # no money, no bed tonight (seed B 1-3), urgent; nothing else needed.
    "holdout11 scammed teen rangsit emoji": Persona(
        ("โดนหลอกมาทำงานค่ะ😭😭 เขาเอาเงินไปหมดเลย",
         "ตอนนี้อยู่รังสิตค่ะ อยากกลับบ้านเชียงใหม่🙏🙏"),
        {"consent": "👍", "hardship": "ไม่มีเงินเลยค่ะ ค่ารถก็ไม่มี ที่นอนก็ไม่มี😭",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "รังสิต ปทุมค่ะ", "home_province": "เชียงใหม่ค่ะ สันทราย",
         "travellers": "คนเดียวค่ะ", "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน 😢",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ค่ะ", "confirm": "ถูกค่ะ👍",
         "idle": "ขอความช่วยเหลือค่ะ🙏", "name": "เรียกแพรวค่ะ",
         "phone": "0925517380"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "เชียงใหม่",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": ["elderly_allowance", "disability_allowance"],
                "name": "แพรว", "phone": "0925517380"}),

    # A social development volunteer (seed A 2.1, อพม.) writes for a family of five
    # stranded at the Nakhon Sawan bus terminal (seed B 1.1: another person may apply);
    # grandmother of 70 and a baby; sleeping at the terminal, urgent. She first forgets
    # to count the grandmother and fixes the count at the summary.
    "holdout11 volunteer writes for family of five nakhon sawan": Persona(
        ("สวัสดีค่ะ พี่เป็น อพม. นะคะ",
         "เจอครอบครัวนึงนอนอยู่ บขส.นครสวรรค์ จะกลับกาฬสินธุ์แต่ไม่มีค่ารถค่ะ"),
        {"consent": "ยินยอมค่ะ เขาให้พี่คุยแทน",
         "hardship": "ไม่มีค่ารถ ไม่มีที่พักค่ะ", "id_card": "มีบัตรกันครบค่ะ",
         "nationality": "คนไทยทั้งหมดค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "นครสวรรค์ค่ะ ที่ บขส.",
         "home_province": "กาฬสินธุ์ค่ะ อำเภอยางตลาด", "travellers": "4 คนค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ต้องนอน บขส.",
         "special_needs": "มียายอายุ 70 กับลูกเล็ก 10 เดือนค่ะ",
         "travel_alone": "ไปกันเองได้ค่ะ พ่อเขาดูแลได้",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "แก้นิดนึงค่ะ ไปทั้งหมด 5 คน พี่ลืมนับยาย",
         "idle": "ขอความช่วยเหลือให้เขาค่ะ",
         "name": "พี่นกค่ะ เป็นคนประสาน", "phone": "081-903-4471"},
        outcome="case",
        expect={"eligible": True, "current": "นครสวรรค์", "home": "กาฬสินธุ์",
                "travellers": 5, "urgent": True, "special": ["elderly", "child"],
                "name": "นก", "phone": "0819034471"}),

    # Out on parole from Nakhon Pathom central prison, schizophrenia medicine running
    # out, must report to probation at home: no fare (seed B 3); mental health care (seed
    # A 5.1) and probation follow-up (seed A 7.2). Temporary shelter, not urgent.
    "holdout11 parolee mental health nakhon pathom": Persona(
        ("ผมได้พักโทษออกมาจากเรือนจำกลางนครปฐมครับ อยากกลับบ้าน",),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีเงินค่ารถกลับบ้านครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "นครปฐมครับ", "home_province": "เพชรบูรณ์ หล่มสักครับ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ มีที่พักชั่วคราวอยู่",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ผมต้องกินยาจิตเวชครับ ยาใกล้หมด อยากรักษาต่อที่บ้าน "
                  "แล้วต้องไปรายงานตัวคุมประพฤติที่เพชรบูรณ์ด้วย",
         "sensitive_consent": "ได้ครับ บันทึกได้", "confirm": "ครับ ถูกต้อง",
         "idle": "ขอความช่วยเหลือครับ", "name": "ชัยครับ", "phone": "0614408832"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": False,
                "referrals": ["mental_health_care", "probation_support"],
                "name": "ชัย", "phone": "0614408832"}),

    # Malay-Muslim mother from Narathiwat who brought her daughter for heart surgery in
    # Bangkok; the child is well now, money gone: no fare (seed B 3); a relatives' lodge
    # until Friday, not urgent; a small child travels.
    "holdout11 narathiwat mother after child surgery bangkok": Persona(
        ("อัสลามูอาลัยกุมค่ะ",
         "พาลูกมารักษาที่โรงพยาบาลเด็กกรุงเทพ หมอให้กลับบ้านได้แล้ว แต่เงินหมดค่ะ"),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีค่ารถกลับค่ะ", "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "กรุงเทพค่ะ ราชเทวี",
         "home_province": "นราธิวาสค่ะ อำเภอระแงะ",
         "travellers": "2 คนค่ะ ฉันกับลูก",
         "urgent": "ไม่ด่วนค่ะ พักบ้านพักญาติผู้ป่วยได้ถึงวันศุกร์",
         "special_needs": "ลูกสาว 4 ขวบค่ะ หายดีแล้ว", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีแล้วค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "ฟาตีเมาะค่ะ", "phone": "0898830215"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นราธิวาส",
                "travellers": 2, "urgent": False, "special": ["child"],
                "name": "ฟาตีเมาะ", "phone": "0898830215"}),

    # Long-winded Isan woman of 54 and her husband, unpaid durian pickers in Chanthaburi
    # (the seed's own province): no fare, short of food (seed B 2, 3); still a shack in
    # the orchard, not urgent. One thing per message.
    "holdout11 long story durian pickers chanthaburi to roi et": Persona(
        ("สวัสดีค่ะ ขอรบกวนหน่อยนะคะ คือว่าป้ากับสามีมารับจ้างเก็บทุเรียนที่จันทบุรี"
         "ตั้งแต่เดือนพฤษภา เจ้าของสวนบอกว่าจะจ่ายค่าแรงตอนหมดฤดู",
         "พอหมดฤดูเขาก็บอกว่าขาดทุนไม่มีเงินจ่าย ให้รอไปก่อน รอมาเดือนนึงแล้วก็ไม่ได้ "
         "ตอนนี้เงินที่เก็บไว้ก็หมดแล้ว กินข้าวก็ต้องขอเขากิน",
         "ป้าอยากกลับบ้านที่ร้อยเอ็ดค่ะ บ้านอยู่เสลภูมิ ลูกหลานก็อยู่ทางนั้น "
         "แต่ค่ารถไม่มีเลยจริงๆ ป้าไม่รู้จะทำยังไงแล้ว ช่วยป้าหน่อยนะคะ"),
        {"consent": "ยินยอมจ้า", "hardship": "ไม่มีเงินค่ารถ ข้าวก็ไม่ค่อยมีกินจ้า",
         "id_card": "มีทั้งสองคนจ้า", "nationality": "คนไทยจ้า",
         "nationality_letter": "ไม่มีจ้า",
         "current_province": "จันทบุรีจ้า อำเภอมะขาม",
         "home_province": "ร้อยเอ็ด เสลภูมิจ้า",
         "travellers": "2 คนจ้า ป้ากับพ่อบ้าน",
         "urgent": "ยังพอนอนที่เพิงในสวนได้อยู่จ้า ไม่ด่วน",
         "special_needs": "ไม่มีจ้า ป้า 54 พ่อบ้าน 57 ยังแข็งแรงอยู่ทั้งคู่",
         "travel_alone": "ไปเองได้จ้า", "needs": "ไม่มีจ้า",
         "sensitive_consent": "ได้จ้า", "confirm": "ถูกแล้วจ้า ขอบใจหลายๆเด้อ",
         "idle": "ขอความช่วยเหลือจ้า", "name": "ป้าบัวเรียนจ้า",
         "phone": "081-726-5590"},
        outcome="case",
        expect={"eligible": True, "current": "จันทบุรี", "home": "ร้อยเอ็ด",
                "travellers": 2, "urgent": False, "special": [],
                "name": "บัวเรียน", "phone": "0817265590"},
        one_part=True),

    # Young man just out of Surat Thani prison, home Trang, no bed tonight: no fare, no
    # work (seed B 2, 3), urgent; wants mechanic training (seed A 3.1) and legal advice
    # on a pending case (seed A 7.1). Fixes a swapped phone digit once sent.
    "holdout11 young released man surat thani training legal": Persona(
        ("พึ่งออกจากเรือนจำสุราษครับ จะกลับบ้านตรังแต่ไม่มีตังค์",),
        {"consent": "ได้ครับ", "hardship": "ไม่มีตังค์ค่ารถ ไม่มีงานครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "สุราษครับ", "home_province": "ตรังครับ",
         "travellers": "คนเดียวครับ", "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากเรียนช่างยนต์ครับ แล้วก็มีเรื่องคดีค้างอยากปรึกษากฎหมาย",
         "sensitive_consent": "ได้ครับ", "confirm": "ถูกครับ",
         "idle": "ขอความช่วยเหลือครับ", "name": "ฟิล์มครับ", "phone": "0956612384"},
        outcome="case",
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ตรัง",
                "travellers": 1, "urgent": True,
                "referrals": ["job_training", "justice_centre"],
                "name": "ฟิล์ม", "phone": "0956612348"},
        after=("เบอร์ผิดครับ ที่ถูก 0956612348",)),

    # Akha man, Thai national from Mae Fa Luang, lost his card on a Bangkok building
    # site; the village head has issued a letter of Thai nationality and residence (seed
    # B conditions 2): eligible; wants a new card (seed A 1.1).
    "holdout11 akha builder no card with headman letter": Persona(
        ("สวัสดีครับ ผมเป็นคนอาข่า บ้านอยู่เชียงราย มาทำงานก่อสร้างกรุงเทพ",
         "บัตรประชาชนหาย เงินหมด อยากกลับบ้านครับ"),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีเงินค่ารถครับ",
         "id_card": "บัตรหายครับ ไม่มี",
         "nationality": "สัญชาติไทยครับ เกิดที่แม่ฟ้าหลวง",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านทำหนังสือรับรองส่งไปรษณีย์มาให้แล้ว "
                               "ถืออยู่นี่",
         "current_province": "กรุงเทพครับ บางนา",
         "home_province": "เชียงรายครับ แม่ฟ้าหลวง", "travellers": "1 คน",
         "urgent": "นอนแคมป์คนงานได้อยู่ครับ ไม่ด่วน", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปได้ครับ", "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "sensitive_consent": "ได้ครับ", "confirm": "ถูกต้องครับ",
         "idle": "ขอความช่วยเหลือครับ", "name": "อาจูครับ", "phone": "0973345120"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "referrals": ["id_card"],
                "name": "อาจู", "phone": "0973345120"}),

    # Lao housemaid dismissed in Bangkok, writing in Lao: the aid is for Thai nationals
    # only (seed B regulation 4: ผู้ตกทุกข์ได้ยาก = บุคคลผู้มีสัญชาติไทย), so refused.
    "holdout11 lao housemaid bangkok not thai": Persona(
        ("สะบายดีเจ้า ข้อยเป็นคนลาว มาเฮ็ดงานแม่บ้านอยู่บางกอก",
         "นายจ้างไล่ออก บ่มีเงินกลับบ้าน ช่วยได้บ่เจ้า"),
        {"consent": "ได้เจ้า", "hardship": "บ่มีเงินค่ารถ บ่มีบ่อนอยู่เจ้า",
         "id_card": "บ่มีบัตรไทยเจ้า มีแต่พาสปอร์ตลาว", "nationality": "ลาวเจ้า",
         "nationality_letter": "บ่มีเจ้า", "current_province": "บางกอกเจ้า",
         "home_province": "เวียงจันเจ้า", "travellers": "คนเดียวเจ้า",
         "urgent": "คืนนี้บ่มีบ่อนนอนเจ้า", "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปได้เจ้า", "needs": "บ่มีเจ้า",
         "sensitive_consent": "ได้เจ้า", "confirm": "แม่นแล้วเจ้า",
         "idle": "ขอความช่วยเหลือเจ้า", "name": "นางแก้ว", "phone": "0638829104"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Office worker with a job and a salary who heard fares home are handed out at
    # Songkran: none of the three hardship criteria (seed B), so refused.
    "holdout11 salaried man wants free songkran ticket": Persona(
        ("อยากลงทะเบียนขอค่ารถกลับบ้านช่วงสงกรานต์ครับ ได้ข่าวว่ารัฐช่วย",),
        {"consent": "ยินยอมครับ",
         "hardship": "ก็ไม่ได้ลำบากอะไรครับ มีงานมีเงินเดือน มีห้องพัก แค่อยากได้ตั๋วฟรี 555",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "นนทบุรีครับ", "home_province": "อุบลครับ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "name": "โจ้", "phone": "0812290456"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Wallet and card stolen in Rayong, and the new village head at home will not vouch
    # for him: no card and no letter of Thai nationality (seed B conditions 2), so
    # refused. One thing per message.
    "holdout11 robbed rayong no card no headman letter": Persona(
        ("กระเป๋าตังหายหมดเลยครับ บัตรก็หาย",
         "อยู่ระยอง จะกลับกาญจนบุรี"),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีครับ หายไปกับกระเป๋า", "nationality": "คนไทยครับ",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านเปลี่ยนคนใหม่ ไม่รู้จักผม ขอไม่ได้",
         "current_province": "ระยองครับ", "home_province": "กาญจนบุรีครับ",
         "travellers": "คนเดียวครับ", "urgent": "ยังนอนบ้านเพื่อนได้ครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากทำบัตรใหม่ครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ต่อครับ", "phone": "0869921735"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
        one_part=True),

    # Daughter asking only how much the disability allowance is for her father: seed A
    # 2.3 (800 baht a month once registered).
    "holdout11 daughter asks disability allowance amount": Persona(
        ("พ่อพิการขาขาดข้างนึงค่ะ เบี้ยคนพิการได้เดือนละเท่าไหร่คะ ต้องทำไงบ้าง",),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีค่ะ แค่อยากรู้เรื่องเบี้ย",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "พิษณุโลกค่ะ", "home_province": "พิษณุโลกค่ะ",
         "travellers": "ไม่ได้จะเดินทางค่ะ", "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "พ่อพิการค่ะ", "travel_alone": "ไม่ได้เดินทางค่ะ",
         "needs": "เบี้ยคนพิการค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ค่ะ", "idle": "ขอบคุณค่ะ แค่อยากรู้เฉยๆ",
         "name": "จอย", "phone": "0871145528"},
        outcome="answered",
        expect={},
        answered="800"),

    # Son asking only for the 24-hour hotline for his mother to call: seed B channels
    # (hotline 1300, 24 hours).
    "holdout11 son asks 24 hour hotline number": Persona(
        ("ขอเบอร์สายด่วน พม. ที่โทรได้ 24 ชม. หน่อยครับ จะให้แม่โทร",),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีครับ แค่ขอเบอร์",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "ลพบุรีครับ", "home_province": "ลพบุรีครับ",
         "travellers": "ไม่ได้เดินทางครับ", "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไม่ได้เดินทางครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ", "confirm": "ครับ",
         "idle": "ขอบคุณครับ", "name": "บอส", "phone": "0824417763"},
        outcome="answered",
        expect={},
        answered="1300"),
}
