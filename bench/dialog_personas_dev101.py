"""dev101: Blind dialog personas for the Namjai benchmark, 2026-12-07.

Written from the seeds only.
Focus: laid-off workers in the eastern and central industrial areas (Rayong, Chonburi,
Samut Prakan, Ayutthaya, Pathum Thani) with spouses and children; sleeping in a car, a
factory dorm they must leave, a construction camp that is torn down; English-Thai mix
("โดนเลย์ออฟ", "OT", "ไลน์ผลิต", "ซับคอน") with Isan and northern words.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")
NOT_PRISON = ("probation_support", "criminal_record")

PERSONAS: dict[str, Persona] = {
    # Isan wife (Kalasin) writes for her family of four: both spouses laid off when the
    # Amata Nakorn (Chonburi) plant shut a line; they sleep in their old pickup at a
    # 7-Eleven, it is out of fuel and the children have not eaten today. Urgent case.
    "dev101 family of four sleeping in a pickup at Amata": Persona(
        ("สวัสดีค่ะ",
         "เฮาโดนเลย์ออฟจากโรงงานที่อมตะนคร ชลบุรีค่ะ ทั้งผัวทั้งเมีย บริษัทปิดไลน์ผลิตกะทันหัน"
         " เงินเดือนงวดสุดท้ายก็ยังบ่ออก",
         "ตอนนี้นอนในรถกระบะหน้าเซเว่นมา3คืนแล้ว น้ำมันก็หมด เงินก็บ่มี"
         " ลูกยังบ่ได้กินข้าวมื้อนี้เลยค่ะ อยากพาลูกกลับบ้านกาฬสินธุ์"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอความช่วยเหลือค่ะ อยากกลับบ้าน",
         "hardship": "บ่มีเงินค่ารถกลับบ้านค่ะ บ่มีบ่อนนอน ข้าวก็บ่มีกิน",
         "id_card": "มีค่ะ บัตรอยู่ครบทั้งสองคน",
         "nationality": "คนไทยค่ะ",
         "current_province": "ชลบุรีค่ะ แถวอมตะ",
         "home_province": "กาฬสินธุ์ค่ะ อ.ยางตลาด",
         "travellers": "4 คนค่ะ ข่อย ผัว ลูกอีก 2",
         "special_needs": "ลูกสาว 9 ขวบ ลูกชาย 4 ขวบค่ะ บ่มีไผป่วย",
         "more_care": "บ่มีแล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ ผัวไปนำ",
         "urgent": "คืนนี้ก็ต้องนอนในรถอีกค่ะ ข้าวก็ยังบ่ได้กินเลย",
         "name": "นงลักษณ์ค่ะ",
         "phone": "๐๘๖-๔๕๒-๑๙๗๓",
         "needs": "บ่มีแล้วค่ะ ขอแค่ได้กลับบ้าน",
         "confirm": "แม่นแล้วค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "กาฬสินธุ์", "travellers": 4,
                "urgent": True, "special": ["child"], "name": "นงลักษณ์",
                "phone": "0864521973", "no_referrals": list(HEALTH) + list(NOT_PRISON)}),

    # Young man from Phayao, northern dialect, laid off from a factory in Rojana
    # (Ayutthaya); the company dorm must be left before evening today. Answers one thing
    # per message. Alone, urgent, wants to register for work back home.
    "dev101 Phayao man must leave the Rojana dorm today": Persona(
        ("สวัสดีครับ",
         "ผมโดนเลย์ออฟครับ โรงงานที่โรจนะ อยุธยา ออเดอร์ลด ตัดคนออกทั้งไลน์ OT ก็บ่มีมาเป็นเดือนแล้ว",
         "หอพนักงานบริษัทหื้อออกวันนี้ก่อนหกโมงแลง คืนนี้บ่มีตี้นอนแล้วครับ อยากปิ๊กบ้านพะเยา"),
        {"consent": "ได้ครับ ยินยอม",
         "idle": "อยากปิ๊กบ้านครับ ค่ารถบ่มี",
         "hardship": "ค่ารถบ่มีครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "อยุธยาครับ",
         "home_province": "พะเยาครับ อ.เชียงคำ",
         "travellers": "คนเดียวครับ",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "บ่มีครับ คืนนี้ต้องออกจากหอแล้ว",
         "name": "ธนากร",
         "phone": "0957713264",
         "needs": "อยากหางานทำแถวบ้านครับ ไปลงทะเบียนหางานได้ตี้ไหน",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "พะเยา",
                "travellers": 1, "urgent": True, "special": [], "name": "ธนากร",
                "phone": "0957713264", "referrals": ["job_placement"],
                "no_referrals": list(HEALTH)}),

    # Construction worker from Surin; the subcontractor ran off without paying two
    # instalments and the Bang Phli (Samut Prakan) camp was torn down. He and his wife,
    # eight months pregnant, slept by the road last night. Urgent, pregnant.
    "dev101 camp torn down in Bang Phli, wife pregnant": Persona(
        ("ผู้รับเหมาหนีครับ ไม่จ่ายค่าแรงสองงวด",
         "แคมป์คนงานที่บางพลีเค้ารื้อแล้ว ไฟน้ำตัดหมด",
         "ผมกับเมีย เมียท้องแปดเดือน อยากกลับบ้านสุรินทร์ ไม่มีตังค่ารถเลยครับ ช่วยหน่อยคับ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ที่นอนก็ไม่มี แคมป์รื้อไปแล้ว",
         "id_card": "มีทั้งคู่ครับ",
         "nationality": "คนไทยครับ",
         "current_province": "สมุทรปราการครับ บางพลี",
         "home_province": "สุรินทร์ครับ อ.ปราสาท",
         "travellers": "2 คนครับ ผมกับเมีย",
         "special_needs": "เมียท้อง 8 เดือนครับ",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "ไปด้วยกันได้ครับ ผมดูแลเมียเอง",
         "urgent": "ไม่มีที่นอนครับ เมื่อคืนก็นอนข้างทางหน้าแคมป์",
         "name": "บุญมีครับ",
         "phone": "062-190-8457",
         "needs": "ไม่มีแล้วครับ",
         "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "สุรินทร์",
                "travellers": 2, "urgent": True, "special": ["pregnant"], "name": "บุญมี",
                "phone": "0621908457", "no_referrals": list(NOT_PRISON)}),

    # Subcontract worker at Map Ta Phut (Rayong) from Roi Et, laid off with no severance;
    # the rented room is paid to the end of the month and there is still rice for today,
    # so not urgent. Wife and three children. Asks for rice and dry food meanwhile.
    "dev101 Map Ta Phut subcontractor, room paid to month end": Persona(
        ("สวัสดีครับ ขอสอบถามครับ",
         "ผมเป็นซับคอนที่มาบตาพุด ระยองครับ โดนเลย์ออฟยกชุด ไม่ได้ค่าชดเชยเพราะเป็นซับ",
         "ห้องเช่าจ่ายถึงสิ้นเดือนครับ ยังพอมีที่นอน แต่เงินบ่พอค่ารถพาเมียกับลูกกลับร้อยเอ็ด"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ค่ารถบ่มีครับ งานก็บ่มี รายได้บ่มีเลย",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ระยองครับ",
         "home_province": "ร้อยเอ็ดครับ",
         "travellers": "5 คนครับ ผม เมีย ลูก 3",
         "special_needs": "ลูกคนโต 10 ขวบ คนกลาง 6 ขวบ คนเล็ก 1 ขวบครับ",
         "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ห้องยังอยู่ได้ถึงสิ้นเดือนครับ ข้าวสารยังพอมีอยู่ 2-3 มื้อ",
         "name": "วีระพงษ์",
         "phone": "081 946 2035",
         "needs": "ถ้ามีข้าวสารอาหารแห้งช่วยได้ก็ดีครับ ลูกยังน้อย",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "ร้อยเอ็ด", "travellers": 5,
                "urgent": False, "special": ["child"], "name": "วีระพงษ์",
                "phone": "0819462035", "referrals": ["food_clothing_aid"],
                "no_referrals": list(HEALTH)}),

    # A line leader at Navanakorn (Pathum Thani) writes for a worker from her line who
    # was laid off and put out of the company dorm; the worker waits at the factory gate
    # with her five-year-old son, nowhere to sleep tonight. Two travel, the writer stays.
    "dev101 line leader writes for a mother at the Navanakorn gate": Persona(
        ("สวัสดีค่ะ หนูเป็นลีดเดอร์ไลน์ผลิตที่นวนครค่ะ อยากขอความช่วยเหลือให้น้องในไลน์",
         "น้องเค้าโดนเลย์ออฟเมื่อวาน หอบริษัทก็ให้ออกเลย ตอนนี้นั่งรอกับลูกชาย5ขวบอยู่หน้าโรงงาน"
         " ไม่มีที่นอนคืนนี้ค่ะ",
         "บ้านน้องอยู่นครพนมค่ะ ไม่มีเงินค่ารถเลย"),
        {"consent": "ยินยอมค่ะ น้องเค้าก็โอเคค่ะ นั่งอยู่ข้างๆหนู",
         "idle": "ขอค่ารถให้น้องกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนค่ะ",
         "id_card": "น้องมีบัตรประชาชนค่ะ ลูกมีสูติบัตร",
         "nationality": "คนไทยค่ะ",
         "current_province": "ปทุมธานีค่ะ นวนคร คลองหลวง",
         "home_province": "นครพนมค่ะ",
         "travellers": "2 คนค่ะ น้องกับลูก หนูไม่ได้ไปด้วยนะคะ",
         "special_needs": "ลูกชาย 5 ขวบค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "น้องพาลูกไปเองได้ค่ะ",
         "urgent": "ไม่มีค่ะ คืนนี้ไม่มีที่นอนเลย",
         "name": "ปิยะนุชค่ะ (ชื่อน้องที่จะกลับ)",
         "phone": "เบอร์น้องค่ะ 0923385176",
         "needs": "ไม่มีแล้วค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "นครพนม", "travellers": 2,
                "urgent": True, "special": ["child"], "name": "ปิยะนุช",
                "phone": "0923385176", "no_referrals": list(HEALTH)}),

    # Man from Nan, laid off in Bang Pu (Samut Prakan); his old car's gearbox broke, he has
    # slept in it at a petrol station for two nights and has not eaten since yesterday.
    # Northern words, no spaces; answers one thing per message. Alone, urgent.
    "dev101 Nan man sleeping in a broken car at Bang Pu": Persona(
        ("หวัดดีครับ",
         "โดนเลย์ออฟจากโรงงานบางปูครับ รถเก๋งเก่าเกียร์ก็พัง จอดนอนในรถที่ปั๊มมา2คืนแล้ว",
         "ข้าวบ่ได้กิ๋นตั้งแต่เมื่อวานแลงครับ อยากปิ๊กบ้านน่าน"),
        {"consent": "ครับ ยินยอม",
         "idle": "อยากปิ๊กบ้านครับ",
         "hardship": "บ่มีเงินค่ารถครับ",
         "id_card": "มีครับ",
         "nationality": "คนไทยครับ",
         "current_province": "สมุทรปราการครับ",
         "home_province": "น่านครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้ก็นอนในรถอีกครับ ข้าวก็บ่มีกิ๋น",
         "name": "อนุชา",
         "phone": "0847209316",
         "needs": "บ่มีครับ",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "น่าน", "travellers": 1,
                "urgent": True, "special": [], "name": "อนุชา", "phone": "0847209316",
                "no_referrals": list(HEALTH)}),

    # Worker from Chiang Rai laid off in Sriracha (Chonburi), sleeps on a friend's floor
    # but has no money for food today. Tells later that he has HIV and his antiretrovirals
    # run out next week; he feels well and travels alone. Urgent; HIV aid.
    "dev101 Sriracha worker with HIV, pills running out": Persona(
        ("สวัสดีครับ ขอถามหน่อยครับ",
         "ผมโดนเลย์ออฟจากโรงงานที่ศรีราชาครับ ตอนนี้ขออาศัยนอนห้องเพื่อนอยู่ แต่เงินหมดแล้ว"
         " วันนี้ยังไม่ได้กินอะไรเลย",
         "อยากกลับบ้านเชียงรายครับ ค่ารถไม่มี"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ยินยอมครับ บอกได้",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ เงินค่าข้าวก็ไม่มี",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ชลบุรีครับ ศรีราชา",
         "home_province": "เชียงรายครับ อ.แม่สาย",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ ผมแข็งแรงดี เดินทางเองได้",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "ที่นอนห้องเพื่อนพอได้ครับ แต่วันนี้ไม่มีข้าวกินเลย",
         "name": "ณัฐวุฒิ",
         "phone": "0615827403",
         "needs": "ผมติดเชื้อ HIV ครับ ยาต้านจะหมดอาทิตย์หน้า มีที่ไหนช่วยคนติดเชื้อบ้างไหมครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "เชียงราย", "travellers": 1,
                "urgent": True, "special": [], "name": "ณัฐวุฒิ", "phone": "0615827403",
                "referrals": ["hiv_aid"], "no_referrals": list(NOT_PRISON)}),

    # A 15-year-old daughter types for her Isan parents, both laid off in Wang Noi
    # (Ayutthaya). Five go home to Buriram: parents, her, her 8-year-old brother and their
    # 68-year-old grandmother. Room until tomorrow, instant noodles left: not urgent.
    # Grandma never got the old-age allowance.
    "dev101 teen daughter for a family of five with grandma": Persona(
        ("สวัสดีค่ะ🙏",
         "หนูพิมพ์แทนพ่อกับแม่นะคะ พ่อแม่โดนเลย์ออฟทั้งคู่ค่ะ โรงงานที่วังน้อยอยุธยาย้ายฐานการผลิต",
         "อยากกลับบ้านที่บุรีรัมย์ค่ะแต่เงินไม่พอค่ารถ มีกันห้าคนค่ะมียายด้วย"),
        {"consent": "ยินยอมค่ะ พ่อบอกว่าได้ค่ะ",
         "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ พ่อแม่ไม่มีงานแล้ว",
         "id_card": "พ่อแม่ยายมีบัตรค่ะ หนูกับน้องก็มีค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "อยุธยาค่ะ อ.วังน้อย",
         "home_province": "บุรีรัมย์ค่ะ อ.ประโคนชัย",
         "travellers": "5 คนค่ะ พ่อ แม่ หนู น้องชาย ยาย",
         "special_needs": "ยายอายุ 68 ค่ะ น้องชาย 8 ขวบ หนู 15",
         "more_care": "ยายเดินช้าๆค่ะ แต่ไปด้วยกันได้",
         "travel_alone": "ไปด้วยกันหมดค่ะ",
         "urgent": "ห้องเช่ายังนอนได้ถึงพรุ่งนี้ค่ะ มีมาม่าเหลืออยู่",
         "name": "ชื่อพ่อค่ะ สมศักดิ์",
         "phone": "๐๙๘๗๖๑๒๐๕๔ เบอร์พ่อค่ะ",
         "needs": "ยายยังไม่เคยได้เบี้ยคนแก่เลยค่ะ ทำยังไงให้ยายได้คะ",
         "confirm": "ถูกค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "บุรีรัมย์",
                "travellers": 5, "urgent": False, "special": ["child", "elderly"],
                "name": "สมศักดิ์", "phone": "0987612054",
                "referrals": ["elderly_allowance"], "no_referrals": list(HEALTH)}),

    # Man from Yasothon with a prosthetic leg, hired under the disability quota at a
    # Pathum Thani factory and laid off; out of the dorm, slept at a bus stop last night.
    # Travels alone by coach; the prosthesis is cracked and he asks about repair.
    "dev101 disabled worker from Pathum, prosthetic leg cracked": Persona(
        ("สวัสดีครับ ผมเป็นคนพิการขาขาดข้างนึงใส่ขาเทียมครับ",
         "บริษัทที่ปทุมจ้างผมตามโควต้าคนพิการ ตอนนี้โดนเลย์ออฟแล้ว ต้องออกจากหอด้วย"
         " เมื่อคืนนอนป้ายรถเมล์",
         "อยากกลับยโสธรครับ ไม่มีเงินค่ารถ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถครับ",
         "id_card": "มีครับ บัตรคนพิการก็มี",
         "nationality": "ไทยครับ",
         "current_province": "ปทุมธานีครับ รังสิต",
         "home_province": "ยโสธรครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมพิการขาครับ ใส่ขาเทียม",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ ขึ้นรถทัวร์ได้ปกติ",
         "urgent": "คืนนี้ยังไม่รู้จะนอนไหนครับ",
         "name": "ประเสริฐ",
         "phone": "0890354172",
         "needs": "ขาเทียมร้าวครับ อยากรู้ว่าซ่อมได้ที่ไหน",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ยโสธร", "travellers": 1,
                "urgent": True, "special": ["disabled"], "name": "ประเสริฐ",
                "phone": "0890354172", "referrals": ["disability_devices"],
                "no_referrals": list(NOT_PRISON)}),

    # A monk at a temple in Bang Pa-in (Ayutthaya) writes for a laid-off Isan couple with
    # a one-year-old; the temple lets them sleep in the sala and shares food, so they are
    # not urgent. Home Nong Bua Lamphu. Three travel.
    "dev101 monk writes for a couple sheltering at the sala": Persona(
        ("เจริญพร",
         "อาตมาอยู่วัดแถวบางปะอิน อยุธยา มีโยมสองผัวเมียพาลูกอ่อนมาขออาศัยศาลาวัด"
         " เขาโดนเลย์ออฟจากนิคมไฮเทค",
         "โยมอยากกลับบ้านหนองบัวลำภู แต่ไม่มีค่ารถ อาตมาจะช่วยถามให้"),
        {"consent": "โยมเขายินยอม",
         "idle": "ขอค่ารถให้โยมกลับบ้าน",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีงานไม่มีรายได้",
         "id_card": "โยมทั้งสองมีบัตรประชาชน",
         "nationality": "เป็นคนไทย",
         "current_province": "พระนครศรีอยุธยา อ.บางปะอิน",
         "home_province": "หนองบัวลำภู",
         "travellers": "สามคน ผัว เมีย ลูก",
         "special_needs": "ลูกอายุขวบเดียว",
         "more_care": "ไม่มี",
         "travel_alone": "ไปกันเองได้",
         "urgent": "ตอนนี้พักศาลาวัดไปก่อนได้ ข้าวก็มีจากวัด",
         "name": "โยมผู้ชายชื่อสมหมาย",
         "phone": "เบอร์โยมสมหมาย 088-304-7125",
         "needs": "ไม่มีแล้ว",
         "confirm": "ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "หนองบัวลำภู",
                "travellers": 3, "urgent": False, "special": ["child"], "name": "สมหมาย",
                "phone": "0883047125", "no_referrals": list(HEALTH)}),

    # Northern wife (Lampang) in Bang Sao Thong, Samut Prakan: her husband broke down
    # after the layoff, is under psychiatric care and his pills are running out. Room
    # until Sunday, food for now: not urgent. Two travel.
    "dev101 Lampang wife, husband on psychiatric medicine": Persona(
        ("สวัสดีเจ้า",
         "ผัวโดนเลย์ออฟจากโรงงานบางเสาธงเจ้า หลังจากนั้นเปิ้นเครียดหนัก หมอว่าเป็นจิตเวช"
         " ต้องกินยาทุกวัน",
         "อยากพาเปิ้นปิ๊กบ้านลำปางเจ้า เงินบ่พอค่ารถ"),
        {"consent": "ยินยอมเจ้า",
         "sensitive_consent": "ยินยอมเจ้า",
         "idle": "ขอค่ารถปิ๊กบ้านเจ้า",
         "hardship": "บ่มีค่ารถเจ้า บ่มีรายได้แล้ว",
         "id_card": "มีทั้งสองคนเจ้า",
         "nationality": "คนไทยเจ้า",
         "current_province": "สมุทรปราการเจ้า บางเสาธง",
         "home_province": "ลำปางเจ้า อ.เกาะคา",
         "travellers": "2 คนเจ้า ข้าเจ้ากับผัว",
         "special_needs": "ผัวป่วยจิตเวชเจ้า กินยาอยู่",
         "more_care": "บ่มีแล้วเจ้า",
         "travel_alone": "ข้าเจ้าไปกับเปิ้นเจ้า ดูแลเปิ้นเอง",
         "urgent": "ห้องเช่ายังอยู่ได้ถึงวันอาทิตย์เจ้า ข้าวยังพอมี",
         "name": "ศรีนวลเจ้า",
         "phone": "0639142870",
         "needs": "ยาของผัวจะหมดเจ้า ปิ๊กไปแล้วอยากหื้อมีหมอดูแลต่อเนื่อง",
         "confirm": "ถูกแล้วเจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ลำปาง", "travellers": 2,
                "urgent": False, "special": ["sick"], "name": "ศรีนวล",
                "phone": "0639142870", "referrals": ["mental_health_care"],
                "no_referrals": list(NOT_PRISON)}),

    # Single father from Sakon Nakhon with three children (11, 9, 5), laid off at Bo Win
    # (Chonburi); the family dorm room must be left within seven days; not urgent. Wants
    # to train as an electrician. Answers one thing per message.
    "dev101 single father, family dorm at Bo Win for seven days": Persona(
        ("สวัสดีครับ",
         "ผมโดนเลย์ออฟครับ ทำงานโรงงานที่บ่อวิน ชลบุรี เมียหนีไปแล้วเหลือผมกับลูก3คน",
         "หอครอบครัวของบริษัทให้อยู่ได้อีก7วันครับ จากนั้นต้องออก เงินไม่พอพาลูกกลับสกลนคร"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากขอค่ารถครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "nationality": "คนไทยครับ",
         "current_province": "ชลบุรีครับ",
         "home_province": "สกลนครครับ",
         "travellers": "4 คนครับ",
         "special_needs": "ลูก 3 คนครับ 11 ขวบ 9 ขวบ 5 ขวบ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "ยังมีหออยู่ครับ ข้าวยังมี",
         "name": "ไพโรจน์",
         "phone": "0826603519",
         "needs": "อยากไปฝึกอาชีพช่างไฟครับ มีที่ฝึกไหม",
         "confirm": "ใช่ครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "สกลนคร", "travellers": 4,
                "urgent": False, "special": ["child"], "name": "ไพโรจน์",
                "phone": "0826603519", "referrals": ["job_training"],
                "no_referrals": list(HEALTH)}),

    # A ward nurse in Rayong writes for a laid-off worker from Ubon recovering from
    # dengue, discharged today with nowhere to stay (the factory dorm is gone). He can
    # ride the bus alone; the nurse asks what happens if he falls ill on the way.
    "dev101 nurse in Rayong for a discharged dengue patient": Persona(
        ("สวัสดีค่ะ พยาบาลตึกอายุรกรรมค่ะ",
         "มีคนไข้ชายโดนเลย์ออฟจากโรงงาน เป็นไข้เลือดออกหายแล้ว หมอให้กลับวันนี้"
         " แต่ไม่มีที่พักเลยค่ะ หอโรงงานให้ออกไปแล้ว",
         "คนไข้อยากกลับบ้านอุบลค่ะ ไม่มีเงินค่ารถ"),
        {"consent": "คนไข้ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถให้คนไข้กลับบ้านค่ะ",
         "hardship": "ไม่มีที่พัก ไม่มีค่ารถค่ะ",
         "id_card": "คนไข้มีบัตรประชาชนค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "ระยองค่ะ อยู่โรงพยาบาลระยอง",
         "home_province": "อุบลราชธานีค่ะ อ.วารินชำราบ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ยังอ่อนเพลียจากไข้เลือดออกค่ะ แต่เดินได้",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "นั่งรถเองได้ค่ะ",
         "urgent": "ไม่มีที่นอนคืนนี้ค่ะ ออกจากโรงพยาบาลแล้วไม่มีที่ไป",
         "name": "สุริยาค่ะ (ชื่อคนไข้)",
         "phone": "0935571048",
         "needs": "ถ้าระหว่างรอหรือระหว่างทางไข้ขึ้นอีก ไปหาหมอได้ไหมคะ ใครจ่าย",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "อุบลราชธานี", "travellers": 1,
                "urgent": True, "special": ["sick"], "name": "สุริยา", "phone": "0935571048",
                "referrals": ["medical_care_in_transit"], "no_referrals": list(NOT_PRISON)}),

    # 62-year-old Isan man whose contract in Phra Pradaeng (Samut Prakan) was not renewed
    # "because he is old"; a guard lets him sleep in the booth one last night, but he has
    # had no food today. Home Maha Sarakham. Asks about money for old people in hardship.
    "dev101 62-year-old, contract ended, guard booth": Persona(
        ("สวัสดีครับหลาน",
         "ลุงอายุ62แล้ว โรงงานพระประแดงบ่ต่อสัญญาให้ บอกว่าแก่แล้ว ตกงานเลย",
         "มื้อนี้ยังบ่ได้กินข้าวเลยครับ ยามเพิ่นให้นอนป้อมคืนนี้คืนสุดท้าย อยากกลับมหาสารคาม"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับหลาน",
         "hardship": "บ่มีค่ารถ บ่มีข้าวกินครับ",
         "id_card": "มีครับ",
         "nationality": "คนไทยครับ",
         "current_province": "สมุทรปราการ พระประแดงครับ",
         "home_province": "มหาสารคามครับ อ.วาปีปทุม",
         "travellers": "ลุงคนเดียวครับ",
         "special_needs": "ลุงอายุ 62 ครับ บ่ได้ป่วยอีหยัง",
         "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "มื้อนี้บ่มีข้าวกินครับ",
         "name": "ทองใบ",
         "phone": "0871224596",
         "needs": "ได้ยินว่าคนแก่ลำบากมีเงินช่วย 2500 แม่นบ่ครับ ลุงขอได้บ่",
         "confirm": "แม่นแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "มหาสารคาม",
                "travellers": 1, "urgent": True, "special": ["elderly"], "name": "ทองใบ",
                "phone": "0871224596", "referrals": ["elderly_hardship_grant"],
                "no_referrals": list(NOT_PRISON)}),

    # Construction worker from Chaiyaphum at Laem Chabang (Chonburi): the camp closed and
    # his wallet with his ID card was stolen; his village head can certify him. Sleeps
    # nowhere tonight. Wants a new ID card.
    "dev101 Laem Chabang camp, ID card stolen": Persona(
        ("ช่วยด้วยครับ",
         "แคมป์ก่อสร้างแหลมฉบังปิดแล้วครับ งานจบ ผู้รับเหมาให้ออก กระเป๋าตังโดนขโมยในแคมป์ บัตรปชชหายด้วย",
         "คืนนี้ไม่มีที่นอน อยากกลับชัยภูมิครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถ เงินโดนขโมยหมดครับ",
         "id_card": "บัตรหายครับ โดนขโมยไปกับกระเป๋าตัง มีรูปถ่ายบัตรในมือถือ",
         "nationality_letter": "ผู้ใหญ่บ้านที่บ้านบอกว่าออกหนังสือรับรองให้ได้ครับ",
         "nationality": "คนไทยครับ เกิดชัยภูมิ",
         "current_province": "ชลบุรีครับ แหลมฉบัง",
         "home_province": "ชัยภูมิครับ อ.ภูเขียว",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "ไม่มีครับ คืนนี้ไม่รู้จะนอนไหน",
         "name": "สมบัติ",
         "phone": "0658830274",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "special": [], "name": "สมบัติ", "phone": "0658830274",
                "referrals": ["id_card"], "no_referrals": list(HEALTH)}),

    # Young northern woman from Phrae and her boyfriend, both laid off from an
    # electronics plant in Pluak Daeng (Rayong); the landlord locked their room over
    # unpaid rent and they sit in a 24-hour laundromat. Two travel, urgent.
    "dev101 Phrae couple locked out, sitting in a laundromat": Persona(
        ("สวัสดีเจ้า",
         "เฮากับแฟนโดนเลย์ออฟทั้งคู่เจ้า โรงงานอิเล็กทรอนิกส์ปลวกแดง ระยอง ไลน์ผลิตปิด"
         " OTก็ตัดมาตั้งแต่เดือนก่อน",
         "ค้างค่าห้อง เจ้าของล็อกห้องแล้ว ตอนนี้นั่งในร้านซักผ้าหยอดเหรียญ24ชม."
         " คืนนี้บ่มีตี้นอนเจ้า อยากปิ๊กแพร่"),
        {"consent": "ยินยอมเจ้า",
         "idle": "ขอค่ารถปิ๊กบ้านเจ้า",
         "hardship": "บ่มีตี้นอน บ่มีค่ารถเจ้า",
         "id_card": "มีทั้งสองคนเจ้า",
         "nationality": "คนไทยเจ้า",
         "current_province": "ระยองเจ้า ปลวกแดง",
         "home_province": "แพร่เจ้า อ.ลอง",
         "travellers": "2 คนเจ้า เฮากับแฟน",
         "special_needs": "บ่มีเจ้า",
         "more_care": "บ่มีเจ้า",
         "travel_alone": "ไปกันเองได้เจ้า",
         "urgent": "คืนนี้บ่มีตี้นอนเจ้า นั่งร้านซักผ้าทั้งคืน",
         "name": "กัลยาเจ้า",
         "phone": "0806147392",
         "needs": "บ่มีเจ้า",
         "confirm": "ถูกแล้วเจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "แพร่", "travellers": 2,
                "urgent": True, "special": [], "name": "กัลยา", "phone": "0806147392",
                "no_referrals": list(HEALTH) + list(NOT_PRISON)}),

    # Isan man from Udon, laid off at Saha Rattana Nakorn (Ayutthaya); the dorm must be
    # left tomorrow, tonight they still sleep there and have food: not urgent. Wife and a
    # six-month-old baby. Short replies, one thing per message, typos.
    "dev101 Udon man, wife and baby, dorm until tomorrow": Persona(
        ("สวัสดีคับ",
         "โดนเลย์ออฟคับ นิคมสหรัตนนคร อยุธยา",
         "หอให้ออกพรุ่งนี้ จะพาเมียกับลูกกลับอุดร ไม่มีตังค่ารถคับ"),
        {"consent": "ยินยอมคับ",
         "idle": "ขอค่ารถคับ",
         "hardship": "ไม่มีค่ารถคับ",
         "id_card": "มีคับ",
         "nationality": "ไทยคับ",
         "current_province": "อยุธยาคับ",
         "home_province": "อุดรคับ",
         "travellers": "3 คน",
         "special_needs": "ลูก 6 เดือนคับ",
         "more_care": "ไม่มีคับ",
         "travel_alone": "ได้คับ",
         "urgent": "คืนนี้ยังนอนหอได้คับ ข้าวยังมี",
         "name": "เกียรติศักดิ์",
         "phone": "0914738205",
         "needs": "ไม่มีคับ",
         "confirm": "ถูกคับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "อุดรธานี",
                "travellers": 3, "urgent": False, "special": ["child"],
                "name": "เกียรติศักดิ์", "phone": "0914738205",
                "no_referrals": list(HEALTH)}),

    # --- refused ---

    # Cambodian worker laid off in Rayong; he has only a migrant-worker pink card, no Thai
    # nationality. He wants fare to Battambang. Not eligible: not Thai.
    "dev101 Cambodian worker with a pink card": Persona(
        ("สวัสดีครับ",
         "ผมโดนเลย์ออฟจากโรงงานที่ระยองครับ ผมเป็นคนกัมพูชา มีบัตรชมพู",
         "อยากกลับบ้านที่พระตะบองครับ ไม่มีเงินค่ารถ ช่วยได้ไหมครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีบัตรไทยครับ มีบัตรชมพูกับพาสปอร์ตกัมพูชา",
         "nationality_letter": "ไม่มีครับ ผมไม่ใช่คนไทย",
         "nationality": "กัมพูชาครับ ไม่ใช่คนไทย",
         "current_province": "ระยองครับ",
         "home_province": "พระตะบอง กัมพูชาครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ยังนอนห้องเพื่อนได้ครับ",
         "name": "สุวรรณ",
         "phone": "0957284613",
         "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Isan woman laid off in Samut Prakan who already got home to Khon Kaen on a borrowed
    # fare; she asks to be paid back. Not eligible: she is already home.
    "dev101 already back home in Khon Kaen, wants the fare back": Persona(
        ("สวัสดีค่ะ",
         "ข่อยโดนเลย์ออฟจากโรงงานที่สมุทรปราการค่ะ ยืมเงินหมู่นั่งรถทัวร์กลับมาแล้ว"
         " ตอนนี้อยู่บ้านแม่ที่ขอนแก่น",
         "จะขอเงินค่ารถคืนได้บ่คะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอเงินค่ารถที่จ่ายไปแล้วค่ะ",
         "hardship": "ตอนนี้อยู่บ้านแม่แล้วค่ะ มีข้าวกินมีบ่อนนอน แต่ต้องใช้หนี้ค่ารถหมู่",
         "id_card": "มีค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "ขอนแก่นค่ะ อยู่บ้านแล้ว",
         "home_province": "ขอนแก่นค่ะ",
         "travellers": "คนเดียวค่ะ กลับมาถึงแล้ว",
         "urgent": "บ่ด่วนค่ะ อยู่บ้านแล้ว",
         "name": "อรอุมา",
         "phone": "0843396021",
         "confirm": "แม่นค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "ขอนแก่น",
                "home": "ขอนแก่น"}),

    # Engineer laid off in Pathum Thani with a large severance payment, savings and a
    # condo paid to month end; he heard the state pays fares and wants it "just because".
    # Not eligible: not in hardship.
    "dev101 laid off with big severance, wants free fare": Persona(
        ("สวัสดีครับ",
         "ผมโดนเลย์ออฟจากบริษัทที่ปทุมครับ ได้ค่าชดเชยมาแสนกว่า เงินเก็บก็ยังมี"
         " คอนโดจ่ายถึงสิ้นเดือน",
         "ได้ยินว่ารัฐให้ค่ารถกลับบ้านฟรี จะกลับเชียงใหม่ เลยอยากขอไว้ครับ ประหยัดได้ก็ดี"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับเชียงใหม่ครับ",
         "hardship": "ไม่ได้ลำบากขนาดนั้นครับ มีเงิน มีที่พัก แค่อยากได้สิทธิ์",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ปทุมธานีครับ",
         "home_province": "เชียงใหม่ครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ มีที่พักมีเงินกินข้าว",
         "name": "ภาณุพงศ์",
         "phone": "0899021463",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เกณฑ์"}),

    # --- answered ---

    # Woman in Samut Prakan whose husband was laid off asks only which number to call at
    # night and whether it works around the clock. Answer: hotline 1300, 24 hours.
    "dev101 asks the hotline for a night emergency": Persona(
        ("สวัสดีค่ะ",
         "ขอถามหน่อยค่ะ ผัวเพิ่งโดนเลย์ออฟ ถ้าดึกๆเกิดไม่มีที่นอนขึ้นมา โทรเบอร์ไหนได้บ้างคะ"
         " โทรได้ตลอด24ชมไหม"),
        {"consent": "ยังไม่ขอค่ะ แค่ถามเบอร์ไว้ก่อน",
         "idle": "แค่นี้ค่ะ ขอบคุณค่ะ"},
        outcome="answered",
        answered="1300"),

    # Isan worker in Chonburi, not yet applying, asks how many days the process takes.
    # Answer: 1-15 days, urgent cases within 24 hours.
    "dev101 asks how long the fare takes": Persona(
        ("หวัดดีครับ",
         "สอบถามครับ ถ้ายื่นขอค่ารถกลับบ้าน ใช้เวลากี่วันกว่าจะได้ครับ ยังบ่ได้ขอเด้อ ถามไว้ก่อน"
         " เผื่อโรงงานที่ชลบุรีเลย์ออฟรอบหน้า"),
        {"consent": "ยังบ่ขอครับ ถามเฉยๆ",
         "idle": "บ่มีแล้วครับ ขอบคุณครับ"},
        outcome="answered",
        answered="15"),

    # Laid-off worker in Ayutthaya asks only whether food money is given while waiting
    # and how much a day. Answer: up to 100 baht a day per person.
    "dev101 asks the daily food money while waiting": Persona(
        ("สวัสดีครับ",
         "ขอถามครับ ระหว่างรอเรื่องค่ารถกลับบ้าน เค้ามีค่าข้าวให้ไหมครับ วันละกี่บาทต่อคน"),
        {"consent": "ถามเฉยๆครับ ยังไม่ขอ",
         "idle": "แค่นี้ครับ ขอบคุณครับ"},
        outcome="answered",
        answered="100"),
}
