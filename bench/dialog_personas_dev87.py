"""Blind dialog personas, set dev87.

Date: 2026-12-07. Written from the seeds only.

Focus: people writing for someone else -- a hospital social worker (two), a village
health volunteer (อสม.), a monk and a nun at temples, shop owners, a police officer,
a teacher, foundation volunteers, a friend, a neighbour, a wife, and daughters, sons
and a sister in another province writing for parents or siblings. The writer's own
province (and often their own hometown, phone, age, job or sick child) differs from
the traveller's, and the writer mixes their own facts with the traveller's across
several messages: the expected current/home/name/phone are the traveller's (phone is
the contact number given). Two people add one more wish after the summary (a job for
the traveller; finding a lost sister). Refusals: a Myanmar worker (not Thai), a man
with no card and no certifying letter, an old father already at home. Questions only:
hotline, disability allowance, urgent timeline.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Hospital social worker (lives in Nakhon Si Thammarat) for a 67-year-old stroke
    # patient discharged tomorrow, Surat Thani -> Nakhon Phanom; ID card; needs a carer.
    # Right outcome: case, not urgent (still in hospital), elderly + sick.
    "dev87 hospital social worker for stroke patient, Surat Thani to Nakhon Phanom": Persona(
        ("สวัสดีค่ะ ติดต่อจากงานสังคมสงเคราะห์ รพ.สุราษฎร์ธานีค่ะ",
         "ขอส่งเคสผู้ป่วยกลับภูมิลำเนานะคะ ผู้ป่วยชายอายุ 67 ปี เส้นเลือดสมองตีบ ซีกซ้ายยังอ่อนแรง "
         "แพทย์ให้กลับบ้านได้พรุ่งนี้ แต่ไม่มีญาติมารับ ไม่มีเงินค่ารถเลยค่ะ",
         "บ้านเดิมเขาอยู่นครพนม อ.ธาตุพนม มาทำสวนปาล์มแถวนี้ ส่วนพี่เองบ้านอยู่นครศรีฯ "
         "ขับรถไปกลับทุกวัน จะไปส่งเองไกลขนาดนั้นก็ไม่ไหวค่ะ 😅"),
        {"consent": "ยินยอมค่ะ ผู้ป่วยรับทราบแล้ว",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่าพาหนะกลับภูมิลำเนาค่ะ ไม่มีญาติมารับ",
         "id_card": "ผู้ป่วยมีบัตรประชาชนค่ะ ยังไม่หมดอายุ",
         "current_province": "ตอนนี้นอนอยู่ รพ.สุราษฎร์ธานีค่ะ",
         "home_province": "นครพนมค่ะ",
         "travellers": "ผู้ป่วยคนเดียวค่ะ",
         "special_needs": "อายุ67 เพิ่งเป็นสโตรก เดินได้แต่ต้องมีคนพยุง กินยาความดันต่อเนื่อง",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีคนไปด้วย",
         "more_care": "ต้องมีคนช่วยพยุงขึ้นลงรถ แล้วก็ต้องกินยาตรงเวลาค่ะ",
         "urgent": "ไม่ด่วนขนาดนั้นค่ะ ยังนอนรพ.ได้ถึงพรุ่งนี้ แต่อยากให้เร็วหน่อย",
         "name": "ผู้ป่วยชื่อ นายทองใบ แสนสุข ค่ะ ติดต่อผ่านพี่ได้ที่ 081-457-2290 (นิภา งานสังคมฯ)",
         "phone": "081-457-2290 ค่ะ",
         "needs": "ไม่มีเพิ่มค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "นครพนม",
                "travellers": 1, "urgent": False, "special": ["elderly", "sick", "cannot_travel_alone"],
                "phone": "0814572290"}),

    # อสม. in Roi Et types for a young mother in Si Racha (Chon Buri) with two kids
    # (9 and 5), evicted today, home Roi Et; at the summary adds: find her a job.
    # Right outcome: case, urgent, 3 travellers, child; job placement offered.
    "dev87 village health volunteer for evicted mother of two, adds a job wish": Persona(
        ("สวัสดีจ้า",
         "ป้าเป็น อสม.บ้านหนองแวง อ.เสลภูมิ ร้อยเอ็ดเด้อ พิมพ์แทนหลานสาวลูกบ้านป้า",
         "มันไปทำงานโรงงานอยู่ศรีราชา ชลบุรี โรงงานปิด เจ้าของห้องไล่ออกมื้อนี้ คืนนี้บ่มีบ่อนนอน "
         "ลูกน้อยสองคน อยากกลับมาอยู่บ้านร้อยเอ็ด บ่มีค่ารถจักบาท 😢"),
        {"consent": "ยินยอมจ้า",
         "idle": "ขอค่ารถให้หลานกลับบ้านจ้า",
         "hardship": "บ่มีที่พัก แล้วกะบ่มีค่ารถกลับ",
         "id_card": "มันมีบัตรอยู่จ้า",
         "current_province": "ชลบุรี ศรีราชา",
         "home_province": "ร้อยเอ็ด เสลภูมิ บ้านเดียวกันกับป้า",
         "travellers": "3 คน แม่กับลูก คนโต9ขวบ คนน้อย5ขวบ",
         "special_needs": "เด็กน้อยสองคน บ่มีไผป่วยจ้า",
         "urgent": "ด่วนจ้า คืนนี้คือสิได้นอนหน้าเซเว่นแล้ว",
         "name": "ชื่อ พิมพ์ใจ บุญล้อม เบอร์มัน 0934418260 จ้า ป้าใช้ไลน์ลูกป้าพิมพ์",
         "phone": "0934418260",
         "needs": "บ่มีจ้า",
         "confirm": ("ถูกแล้วจ้า อ้อ ลืม อยากให้ช่วยหางานให้มันเฮ็ดแถวบ้านนำเด้อ มันบ่มีงานเลย",
                     "ถูกต้องจ้า")},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "พิมพ์ใจ",
                "phone": "0934418260", "referrals": ["job_placement"],
                "no_referrals": HEALTH}),

    # Monk (from Suphan Buri) at a temple in Ko Kha, Lampang, for a robbed man sleeping
    # at the temple; card stolen, village head in Yasothon certified him; wants new card.
    # Right outcome: case via certifying letter, not urgent, ID card referral.
    "dev87 monk in Lampang for robbed man with village head letter, Yasothon": Persona(
        ("เจริญพรโยม",
         "อาตมาอยู่วัดใน อ.เกาะคา ลำปาง มีโยมผู้ชายคนนึงมาขออาศัยนอนศาลาวัดได้3คืนแล้ว "
         "ถูกขโมยกระเป๋าที่ขนส่ง เงินหมด บัตรก็หายไปด้วย",
         "เขาอยากกลับบ้านที่ยโสธร อาตมาเองเป็นคนสุพรรณบุรี มาจำพรรษาที่นี่ ช่วยได้แค่ข้าวก้นบาตร "
         "ค่ารถช่วยไม่ไหว"),
        {"consent": "ยินยอม โยมเขาก็ยินยอม",
         "hardship": "ไม่มีค่าพาหนะกลับภูมิลำเนา",
         "id_card": "บัตรหายไปกับกระเป๋า",
         "nationality_letter": "ผู้ใหญ่บ้านที่ยโสธรทำหนังสือรับรองให้แล้วว่าเป็นคนไทย อยู่บ้านนั้นจริง "
                               "ส่งไปรษณีย์มาถึงวัดเมื่อวาน",
         "nationality": "คนไทย",
         "current_province": "ลำปาง",
         "home_province": "ยโสธร อ.กุดชุม",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มี แข็งแรงดี อายุสี่สิบกว่า",
         "urgent": "ไม่ด่วน นอนที่วัดได้",
         "name": "โยมชื่อ สุริยา คำแก้ว มือถือหายไปด้วย ใช้เบอร์วัด 086-223-0917",
         "phone": "0862230917",
         "needs": "อยากทำบัตรประชาชนใหม่",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "reason": "หนังสือรับรอง", "current": "ลำปาง",
                "home": "ยโสธร", "travellers": 1, "urgent": False, "special": [],
                "name": "สุริยา", "phone": "0862230917", "referrals": ["id_card"],
                "no_referrals": HEALTH}),

    # Daughter living in Nonthaburi, just laid off, for her parents (72 and 65)
    # pickpocketed at Hat Yai (Songkhla) after a funeral, home Uttaradit; cards kept.
    # Right outcome: case, urgent (sleeping at the bus station), 2 elderly.
    "dev87 daughter in Nonthaburi for elderly parents stuck in Hat Yai": Persona(
        ("ขอสอบถามค่ะ",
         "หนูพิมพ์แทนพ่อแม่นะคะ หนูอยู่นนทบุรี พ่อกับแม่ไปงานศพญาติที่หาดใหญ่ "
         "กระเป๋าตังโดนล้วงที่ตลาด เหลือแต่บัตรปชชที่แม่แยกเก็บไว้",
         "บ้านพ่อแม่อยู่อุตรดิตถ์ค่ะ ตอนนี้นั่งรออยู่ท่ารถหาดใหญ่ หนูเพิ่งโดนเลิกจ้าง "
         "โอนให้ไม่ได้เลย ญาติที่นั่นก็ไม่มีตังค์ 🙏🙏"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้าน คืนนี้ก็ไม่มีที่นอนค่ะ",
         "id_card": "มีทั้งสองคนค่ะ",
         "current_province": "สงขลา อ.หาดใหญ่ค่ะ (หนูอยู่นนท์นะคะ ไม่ได้ไปด้วย)",
         "home_province": "อุตรดิตถ์ อ.ลับแล",
         "travellers": "2 คน พ่อ72 แม่65",
         "special_needs": "แก่ทั้งคู่ค่ะ แต่เดินเหินได้ปกติ",
         "travel_alone": "ไปกันเองได้ค่ะ สองคน",
         "urgent": "ด่วนค่ะ คืนนี้ต้องนอนท่ารถ",
         "name": "ใส่ชื่อพ่อนะคะ นายสมบัติ อินทร์แก้ว เบอร์แม่ 0857739014 ค่ะ",
         "phone": "0857739014 เบอร์แม่ค่ะ",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ ขอบคุณมากๆค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "อุตรดิตถ์", "travellers": 2,
                "urgent": True, "special": ["elderly"], "name": "สมบัติ",
                "phone": "0857739014", "no_referrals": HEALTH}),

    # Son working in Rayong for his mother (58) let go as a maid in Chiang Mai, home
    # Mae Hong Son; one fact per message. Right outcome: case, not urgent, no special.
    "dev87 son in Rayong for dismissed maid mother, Chiang Mai to Mae Hong Son, one part": Persona(
        ("สวัสดีครับ", "ผมทำงานอยู่ระยองครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากขอค่ารถให้แม่กลับบ้านครับ",
         "hardship": "แม่ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "แม่มีบัตรครับ",
         "current_province": "แม่อยู่เชียงใหม่ครับ",
         "home_province": "แม่ฮ่องสอนครับ",
         "travellers": "แม่คนเดียวครับ",
         "special_needs": "แม่อายุ58ครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ไม่ด่วนครับ",
         "name": "แม่ชื่อ บัวคำ ใจดี",
         "phone": "๐๘๙๕๕๑๒๓๗๘",
         "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        one_part=True,
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": False, "special": [], "name": "บัวคำ",
                "phone": "0895512378", "no_referrals": HEALTH}),

    # Police officer in Mueang Nakhon Ratchasima for a woman 7 months pregnant who fled
    # a violent husband, home Kalasin, no phone; wants legal advice.
    # Right outcome: case, urgent, pregnant; justice centre (legal advice) offered.
    "dev87 police officer in Korat for pregnant woman fleeing husband, Kalasin": Persona(
        ("สวัสดีครับ ผม ด.ต.วิชัย สภ.เมืองนครราชสีมาครับ",
         "มีผู้หญิงมาแจ้งความว่าถูกสามีทำร้าย หนีออกจากบ้านสามีที่โคราช ตั้งครรภ์7เดือน "
         "ไม่มีเงินติดตัวเลย ต้องการกลับไปอยู่กับแม่ที่กาฬสินธุ์",
         "ตอนนี้นั่งพักที่โรงพักไปก่อน แต่คืนนี้ไม่มีที่นอนครับ"),
        {"consent": "ยินยอมครับ ผู้เสียหายยินยอมแล้ว",
         "sensitive_consent": "ยินยอมครับ",
         "hardship": "ไม่มีที่พักและไม่มีค่าเดินทางครับ",
         "id_card": "มีบัตรประชาชนครับ ตรวจดูแล้ว",
         "current_province": "นครราชสีมาครับ",
         "home_province": "กาฬสินธุ์ อ.ยางตลาด",
         "travellers": "1 คน ท้อง7เดือนครับ",
         "special_needs": "ตั้งครรภ์7เดือน มีรอยช้ำที่แขน หมอดูแล้วไม่เป็นไรมาก",
         "travel_alone": "นั่งรถทัวร์ไปเองได้ครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "name": "ผู้เสียหายชื่อ น.ส.กาญจนา ศรีบุญ ไม่มีโทรศัพท์ ติดต่อผ่านผม 0819904426 ครับ",
         "phone": "0819904426",
         "needs": "อยากได้คำปรึกษากฎหมายเรื่องคดีทำร้ายร่างกายครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "name": "กาญจนา", "phone": "0819904426", "referrals": ["justice_centre"]}),

    # Teacher (from Trang) at a school in Lam Luk Ka, Pathum Thani, for a grandmother (68)
    # and her grandson (10) whose mother died; home Buriram; rent paid to month end.
    # Right outcome: case, not urgent, elderly + child; old-age allowance offered.
    "dev87 teacher in Pathum Thani for grandmother and pupil, Buriram": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ ครูประจำชั้น ป.4 โรงเรียนใน อ.ลำลูกกา ปทุมธานีนะคะ",
         "นักเรียนของครูแม่เสียเมื่อเดือนก่อน ตอนนี้อยู่กับยายสองคนที่ห้องเช่า ยายอายุ68 ไม่มีรายได้ "
         "อยากพาหลานกลับไปอยู่บ้านที่บุรีรัมย์ มีญาติอยู่ที่นั่น แต่ไม่มีค่ารถค่ะ",
         "ครูเองเป็นคนตรังค่ะ ไม่รู้จักหน่วยงานทางบุรีรัมย์เลย"),
        {"consent": "ยินยอมค่ะ ยายให้ครูช่วยติดต่อแทน",
         "hardship": "ไม่มีรายได้ ไม่มีค่ารถกลับภูมิลำเนาค่ะ",
         "id_card": "ยายมีบัตรประชาชนค่ะ หลานมีสูติบัตร",
         "current_province": "ปทุมธานีค่ะ",
         "home_province": "บุรีรัมย์ อ.นางรอง",
         "travellers": "2 คน ยาย68 กับหลาน10ขวบ",
         "special_needs": "ยายเข่าไม่ดีเดินช้าหน่อย นอกนั้นปกติค่ะ",
         "travel_alone": "ไปกันเองได้ค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ ค่าห้องจ่ายถึงสิ้นเดือน",
         "name": "ชื่อยาย นางสำรวย ดีมาก เบอร์ยาย ๐๖๒-๘๘๑-๕๕๔๗ ค่ะ",
         "phone": "๐๖๒๘๘๑๕๕๔๗",
         "needs": "ยายไม่เคยได้เบี้ยผู้สูงอายุเลยค่ะ อยากให้ได้ แล้วหลานต้องย้ายโรงเรียนด้วย",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "บุรีรัมย์", "travellers": 2,
                "urgent": False, "special": ["elderly", "child"], "name": "สำรวย",
                "phone": "0628815547", "referrals": ["elderly_allowance"]}),

    # Foundation volunteer (based in Krabi, helping in Phuket) for a 45-year-old laid-off
    # hotel worker sleeping on Patong beach, home Nakhon Si Thammarat; wants training.
    # Right outcome: case, urgent; vocational training offered; no health referral.
    "dev87 foundation volunteer for homeless hotel worker on Patong beach": Persona(
        ("สวัสดีครับ อาสามูลนิธิครับ ลงพื้นที่เจอคนไร้บ้านนอนอยู่หาดป่าตองครับ",
         "ผมประจำมูลนิธิที่กระบี่ แต่ช่วงนี้มาช่วยงานที่ภูเก็ต",
         "พี่เขาอายุ45 เคยทำโรงแรม โดนเลิกจ้าง ตังหมด นอนชายหาดมาอาทิตย์นึงแล้ว อยากกลับนครศรีฯ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีที่พัก ไม่มีเงิน ไม่มีค่ารถ",
         "id_card": "มีบัตรครับ",
         "current_province": "ภูเก็ต ป่าตอง",
         "home_province": "นครศรีธรรมราช อ.ทุ่งสง",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ แข็งแรงดี",
         "urgent": "ด่วนครับ คืนนี้ก็ต้องนอนหาดอีก",
         "name": "พี่เขาชื่อ ประเสริฐ ทองคำ เบอร์ 097-335-6021 ครับ (เบอร์พี่เขาเอง เติมเงินให้แล้ว)",
         "phone": "0973356021",
         "needs": "อยากไปฝึกอาชีพครับ พี่เขาอยากเรียนช่างแอร์",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "name": "ประเสริฐ",
                "phone": "0973356021", "referrals": ["job_training"],
                "no_referrals": HEALTH}),

    # Shop owner in Mae Sot (Tak) for a Myanmar dishwasher not paid, who wants to go to
    # relatives in Mahachai; no Thai card, not Thai. Right outcome: refused (nationality).
    "dev87 shop owner in Mae Sot for Myanmar worker, refused": Persona(
        ("สวัสดีค่ะ พี่เปิดร้านขายของชำอยู่แม่สอด",
         "มีน้องผู้หญิงพม่ามาทำงานล้างจานแถวนี้ นายจ้างไม่จ่ายเงิน อยากไปหาญาติที่มหาชัย "
         "ไม่มีค่ารถเลย ช่วยได้มั้ยคะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีเงินเลย",
         "id_card": "ไม่มีบัตรไทยค่ะ มีแต่บัตรสีชมพูหมดอายุแล้ว",
         "nationality": "เป็นคนพม่าค่ะ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ตาก แม่สอด",
         "home_province": "จะไปสมุทรสาครค่ะ แต่บ้านจริงเขาอยู่พม่า",
         "travellers": "คนเดียว",
         "urgent": "นอนหลังร้านพี่ได้ค่ะ",
         "name": "ชื่อ มะเอ เบอร์พี่ 0845560312",
         "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย", "current": "ตาก"}),

    # Neighbour in a Mahachai rented room for an old man who never had an ID card and
    # has nobody to certify him; home "maybe Phetchabun".
    # Right outcome: refused (no card and no certifying letter).
    "dev87 neighbour for man with no card and no letter, refused": Persona(
        ("ขอโทษนะคับ มีคนข้างห้องอยากกลับบ้าน",
         "ลุงแกไม่มีบัตรประชาชน ไม่เคยทำเลย แกบอกบ้านอยู่แถวเพชรบูรณ์ จำอำเภอไม่ได้ ไม่มีเงินซักบาท",
         "ผมก็อยู่ห้องเช่ามหาชัย เงินเดือนยังไม่ออก ช่วยแกไม่ไหวคับ"),
        {"consent": "ยินยอมคับ",
         "hardship": "ไม่มีตังค่ารถ กินข้าวก็ขอคนแถวนี้",
         "id_card": "ไม่มีคับ ไม่เคยมีบัตรเลย",
         "nationality": "แกพูดไทยนะ บอกว่าเป็นคนไทย แต่ไม่มีเอกสารอะไรเลย",
         "nationality_letter": "ไม่มีคับ ไม่รู้จะไปขอใคร ญาติก็ติดต่อไม่ได้ ผู้ใหญ่บ้านก็ไม่รู้จัก",
         "current_province": "สมุทรสาคร",
         "home_province": "เพชรบูรณ์มั้งคับ",
         "travellers": "แกคนเดียว",
         "urgent": "นอนหน้าห้องผมได้อยู่",
         "name": "ลุงแดง เบอร์ผม 0612207785",
         "needs": "ถ้าทำบัตรให้แกได้ก็ดีคับ",
         "confirm": "คับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง", "current": "สมุทรสาคร"}),

    # Son at a factory in Chon Buri for his 70-year-old father who lives at home in
    # Don Chedi, Suphan Buri, short of food. Nobody travels.
    # Right outcome: refused for return-home aid (already at home); elderly grant offered.
    "dev87 son in Chon Buri for old father already at home in Suphan Buri, refused": Persona(
        ("สวัสดีครับ ผมทำงานอยู่โรงงานที่ชลบุรี",
         "พ่อผมอยู่บ้านที่สุพรรณบุรีคนเดียว อายุ70 ไม่มีเงินกินข้าว ผมส่งเงินให้ไม่พอ "
         "ขอเงินช่วยเหลือให้พ่อได้มั้ยครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ขาดแคลนอาหาร ไม่มีรายได้ครับ",
         "id_card": "พ่อมีบัตรครับ",
         "current_province": "พ่ออยู่สุพรรณ อ.ดอนเจดีย์ ที่บ้านเลยครับ",
         "home_province": "สุพรรณบุรีครับ บ้านพ่อเอง",
         "travellers": "พ่อไม่ได้จะไปไหนครับ อยู่บ้าน",
         "urgent": "ไม่ได้ด่วนครับ",
         "name": "พ่อชื่อ เสถียร มีสุข เบอร์ผม 0926641158",
         "needs": "อยากให้พ่อได้เงินช่วยคนแก่ครับ",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "current": "สุพรรณบุรี", "home": "สุพรรณบุรี",
                "referrals": ["elderly_hardship_grant"]}),

    # Rice-and-curry shop owner in Khon Kaen asks which number her customer should call.
    # Right outcome: answered with hotline 1300.
    "dev87 shop owner asks hotline number for a customer": Persona(
        ("พี่ๆ ถามหน่อยจ้า",
         "ลูกค้าร้านข้าวแกงพี่ที่ขอนแก่น เขาตกงานจะกลับบ้าน ถ้าจะขอเงินค่ารถกลับบ้านต้องโทรเบอร์ไหนจ๊ะ "
         "จะให้เขาโทรเอง"),
        {"consent": "ยินยอม",
         "idle": "ถามเบอร์โทรเฉยๆจ้า",
         "hardship": "ไม่ได้ขอเองจ้า แค่ถามเบอร์"},
        outcome="answered", answered="1300"),

    # อสม. in Phatthalung asks how much the disability allowance is for a villager.
    # Right outcome: answered, 800 baht a month after registering.
    "dev87 village health volunteer asks disability allowance amount": Persona(
        ("สวัสดีค่ะ อสม.จากพัทลุงค่ะ",
         "ในหมู่บ้านมีลุงขาขาดคนนึง ยังไม่เคยได้เบี้ยเลย เบี้ยคนพิการได้เดือนละเท่าไหร่คะ ต้องทำไงบ้าง"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ถามเรื่องเบี้ยคนพิการค่ะ",
         "hardship": "ไม่ได้ขอค่ารถค่ะ ถามเฉยๆ"},
        outcome="answered", answered="800"),

    # Foundation volunteer in Chiang Rai asks how fast an urgent case is handled.
    # Right outcome: answered, within 24 hours.
    "dev87 Chiang Rai volunteer asks urgent-case timeline": Persona(
        ("สอบถามเจ้า",
         "อาสามูลนิธิเจียงฮายเจ้า ถ้าเจอคนตกค้างบ่มีที่นอน ยื่นขอค่ารถกลับบ้าน กรณีด่วนจะได้รับความช่วยเหลือ"
         "ภายในกี่ชั่วโมงเจ้า"),
        {"consent": "ยินยอมเจ้า",
         "idle": "ถามเรื่องระยะเวลาเจ้า",
         "hardship": "ยังบ่ได้ขอเจ้า ถามไว้ก่อน"},
        outcome="answered", answered="24"),

    # Friend (from Chumphon, small house) types for an unpaid fisherman put off the boat,
    # sleeping at the pier tonight, home Amnat Charoen; after the request adds: find his
    # lost sister. Right outcome: case, urgent, 1 traveller, no health referral.
    "dev87 friend types for unpaid fisherman in Chumphon, then asks to find sister": Persona(
        ("ผมพิมพ์แทนเพื่อนนะครับ เพื่อนอ่านหนังสือไม่ค่อยออก",
         "มันทำเรือประมงที่ปากน้ำชุมพร ไต๋ไม่จ่ายค่าแรง3เดือน ไล่ลงจากเรือ ไม่มีที่อยู่ "
         "ไม่มีค่ารถกลับบ้านอำนาจเจริญ",
         "ผมเองเป็นคนชุมพรครับ แต่บ้านผมเล็ก ลูกตั้ง4คน ให้มันนอนด้วยไม่ได้ คืนนี้มันนอนท่าเรือ 😞"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีที่พัก ไม่มีค่ารถ",
         "id_card": "มีบัตรครับ มันเก็บไว้กับตัว",
         "current_province": "ชุมพร",
         "home_province": "อำนาจเจริญ อ.ปทุมราชวงศา",
         "travellers": "มันคนเดียว",
         "special_needs": "ไม่มีครับ",
         "urgent": "ด่วนครับ คืนนี้นอนท่าเรือ",
         "name": "ชื่อ บุญเลิศ พรมมา เบอร์มัน 065-771-2049",
         "phone": "0657712049",
         "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        after=("อีกเรื่องครับ มันอยากตามหาน้องสาว ชื่อบุญมา หายไปตั้งแต่ปีที่แล้ว ได้ข่าวว่าอยู่ระนอง "
               "ช่วยตามให้ได้มั้ยครับ",),
        expect={"eligible": True, "current": "ชุมพร", "home": "อำนาจเจริญ", "travellers": 1,
                "urgent": True, "special": [], "name": "บุญเลิศ", "phone": "0657712049",
                "no_referrals": HEALTH}),

    # Social worker at Srithanya psychiatric hospital (Nonthaburi) for a stable
    # schizophrenia patient, home Dan Sai, Loei; needs escort and continued care.
    # Right outcome: case, not urgent, sick; mental health care offered.
    "dev87 psychiatric hospital social worker for patient going home to Loei": Persona(
        ("สวัสดีค่ะ นักสังคมสงเคราะห์ รพ.ศรีธัญญา ค่ะ",
         "มีผู้ป่วยจิตเวชอาการสงบแล้ว แพทย์จำหน่ายได้ ญาติที่เลยยินดีรับแต่ไม่มีเงินมารับ "
         "ผู้ป่วยเองก็ไม่มีค่าเดินทางค่ะ",
         "เคสนี้ดิฉันรับต่อจากเพื่อนที่ย้ายไปอยู่ รพ.จิตเวชขอนแก่นฯ นะคะ ผู้ป่วยเดินทางคนเดียวไม่ได้ "
         "ต้องมีเจ้าหน้าที่ไปส่ง"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ ผู้ป่วยและญาติยินยอม",
         "hardship": "ไม่มีค่าพาหนะกลับภูมิลำเนาค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ",
         "current_province": "นนทบุรีค่ะ",
         "home_province": "เลย อ.ด่านซ้าย",
         "travellers": "ผู้ป่วย 1 คนค่ะ",
         "special_needs": "ผู้ป่วยจิตเภท ต้องกินยาต่อเนื่อง",
         "travel_alone": "ไปเองไม่ได้ค่ะ",
         "more_care": "ต้องมีเจ้าหน้าที่ร่วมเดินทาง และส่งต่อ รพ.ด่านซ้ายเพื่อรับยาต่อเนื่องค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังอยู่ในรพ.ได้",
         "name": "ผู้ป่วยชื่อ นายอนุชา พรหมวงศ์ อายุ34 ติดต่อผ่านดิฉัน ศศิธร 089-117-0342 ค่ะ",
         "phone": "0891170342",
         "needs": "ขอประสานดูแลสุขภาพจิตต่อเนื่องที่ภูมิลำเนาค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "เลย", "travellers": 1,
                "urgent": False, "special": ["sick", "cannot_travel_alone"], "phone": "0891170342",
                "referrals": ["mental_health_care"]}),

    # HIV foundation volunteer in Bangkok (by LINE) for a 27-year-old woman with HIV
    # evicted today in Hua Hin (Prachuap Khiri Khan), home Chiang Kham, Phayao.
    # Right outcome: case, urgent, sick; HIV aid offered.
    "dev87 Bangkok HIV volunteer for evicted woman in Hua Hin, Phayao": Persona(
        ("สวัสดีค่ะ หนูเป็นอาสามูลนิธิด้านเอชไอวี อยู่กทม.ค่ะ",
         "มีน้องที่ดูแลผ่านไลน์ อยู่หัวหิน น้องติดเชื้อ HIV กินยาต้านอยู่ เจ้าของบ้านเช่ารู้เลยไล่ออกวันนี้ค่ะ",
         "น้องอยากกลับไปอยู่กับแม่ที่พะเยา ไม่มีเงินเลย ยาต้านเหลือ5วัน 😭"),
        {"consent": "ยินยอมค่ะ น้องยินยอมแล้ว",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีที่พัก ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีบัตรค่ะ",
         "current_province": "ประจวบคีรีขันธ์ หัวหินค่ะ ไม่ใช่กทม.นะคะ หนูอยู่กทม.",
         "home_province": "พะเยา อ.เชียงคำ",
         "travellers": "น้องคนเดียวค่ะ อายุ27",
         "special_needs": "ติดเชื้อHIV ต้องกินยาต้านทุกวัน ยาเหลือ5วัน",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "name": "ชื่อ ขวัญใจ ตาคำ เบอร์น้อง 0949023386 ค่ะ",
         "phone": "0949023386",
         "needs": "อยากให้ช่วยเรื่องสงเคราะห์ผู้ติดเชื้อ แล้วก็ส่งต่อรับยาที่ รพ.เชียงคำค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "พะเยา",
                "travellers": 1, "urgent": True, "special": ["sick"], "name": "ขวัญใจ",
                "phone": "0949023386", "referrals": ["hiv_aid"]}),

    # Sister living in Udon Thani for her brother just released from prison in Ratchaburi,
    # home Nong Bua Lam Phu, nowhere to sleep; wants work; one fact per message.
    # Right outcome: case, urgent; job placement offered; no health referral.
    "dev87 sister in Udon for brother released in Ratchaburi, one part": Persona(
        ("สวัสดีค่ะ", "พี่อยู่อุดรค่ะ", "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถให้น้องชายกลับบ้านค่ะ",
         "hardship": ("น้องไม่มีค่ารถค่ะ", "น้องเพิ่งออกจากเรือนจำค่ะ"),
         "id_card": "น้องมีบัตรค่ะ",
         "current_province": "น้องอยู่ราชบุรีค่ะ",
         "home_province": "บ้านน้องหนองบัวลำภูค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ด่วนค่ะ",
         "name": "ณัฐพล",
         "phone": "0803659921",
         "needs": "อยากได้งานค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "ราชบุรี", "home": "หนองบัวลำภู",
                "travellers": 1, "urgent": True, "special": [], "name": "ณัฐพล",
                "phone": "0803659921", "referrals": ["job_placement"],
                "no_referrals": HEALTH}),

    # Wife (hometown Lop Buri, nobody left there) for husband whose leg was amputated after
    # a factory accident in Rayong; both go to his home in Phu Khiao, Chaiyaphum; needs a
    # hired car. Right outcome: case, not urgent, disabled; disability allowance + devices.
    "dev87 wife for amputee husband leaving Rayong hospital, Chaiyaphum": Persona(
        ("ขอควมช่วยเหลือหน่อยค่ะ🙏",
         "ผัวโดนเครื่องจักรหนีบขาที่โรงงานระยอง หมอตัดขาซ้ายไปแล้ว อีก2วันออกจากรพ.",
         "จะกลับไปอยู่บ้านผัวที่ชัยภูมิ บ้านเดิมเค้าอยู่ลพบุรีแต่ไม่มีใครแล้ว ตังหมดเพราะค่ากินในรพ. "
         "นั่งรถทัวร์ไม่ได้ต้องเหมารถ"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับภูมิลำเนาค่ะ",
         "id_card": "มีทั้งสองคนค่ะ",
         "current_province": "ระยองค่ะ",
         "home_province": "ชัยภูมิ อ.ภูเขียว บ้านผัว",
         "travellers": "2คน เค้ากับผัว",
         "special_needs": "ผัวขาขาดต้องนั่งวีลแชร์ ขึ้นรถทัวร์ไม่ได้",
         "travel_alone": "ผัวไปเองไม่ได้ค่ะ แต่เค้าไปด้วย",
         "more_care": "ต้องเหมารถที่เอาวีลแชร์ขึ้นได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังอยู่รพ.อีก2วัน",
         "name": "นงลักษณ์ 0835524190 ค่ะ",
         "phone": "0835524190",
         "needs": "อยากทำบัตรคนพิการให้ผัว ได้เบี้ยคนพิการมั้ยคะ แล้วก็อยากได้ขาเทียม",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "ชัยภูมิ", "travellers": 2,
                "urgent": False, "special": ["disabled", "cannot_travel_alone"], "name": "นงลักษณ์",
                "phone": "0835524190",
                "referrals": ["disability_allowance", "disability_devices"]}),

    # Daughter in Khon Kaen (her own child is sick) for her father (63), rubber tapper out
    # of work in Huai Yot, Trang, home Chum Phae, Khon Kaen; hut until Sunday.
    # Right outcome: case, not urgent, elderly; no health referral (the sick child stays home).
    "dev87 Isan daughter for rubber-tapper father stuck in Trang": Persona(
        ("สวัสดีค่ะ ขอถามแหน่",
         "พ่อข้อยไปรับจ้างกรีดยางอยู่ตรัง เถ้าแก่ขายสวนแล้ว พ่อตกงาน ตังบ่มี",
         "ข้อยอยู่ขอนแก่น บ้านพ่อกะขอนแก่นคือกัน อ.ชุมแพ แต่ข้อยบ่มีเงินส่งไปให้ ลูกข้อยกะป่วยนอนโรงบาลอยู่"),
        {"consent": "ยินยอม",
         "hardship": "บ่มีค่ารถกลับบ้าน บ่มีรายได้",
         "id_card": "พ่อมีบัตรอยู่",
         "current_province": "ตรัง อ.ห้วยยอด",
         "home_province": "ขอนแก่น ชุมแพ",
         "travellers": "พ่อคนเดียว อายุ63",
         "special_needs": "แก่แล้วแต่ยังแข็งแรงอยู่",
         "travel_alone": "ไปเองได้",
         "urgent": "บ่ด่วน นอนขนำในสวนได้ถึงวันอาทิตย์",
         "name": "ชื่อพ่อ คำพอง ศรีหา เบอร์ข้อย 087 209 3316",
         "phone": "0872093316",
         "needs": "บ่มี",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ตรัง", "home": "ขอนแก่น", "travellers": 1,
                "urgent": False, "special": ["elderly"], "name": "คำพอง",
                "phone": "0872093316", "no_referrals": HEALTH}),

    # Restaurant owner in Ao Nang, Krabi, for her kitchen worker, a mother with an
    # 8-month-old baby, home Mukdahan; may sleep at the shop; one fact per message.
    # Right outcome: case, not urgent, 2 travellers, child.
    "dev87 Krabi restaurant owner for worker with baby, one part": Persona(
        ("สวัสดีค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "พิมพ์แทนลูกจ้างค่ะ",
         "hardship": "น้องไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีบัตรค่ะ",
         "current_province": "กระบี่ค่ะ",
         "home_province": "มุกดาหารค่ะ",
         "travellers": "2 คนค่ะ",
         "special_needs": "ลูกอ่อน8เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ",
         "name": "อรอุมา",
         "phone": "0619985203",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "กระบี่", "home": "มุกดาหาร", "travellers": 2,
                "urgent": False, "special": ["child"], "name": "อรอุมา",
                "phone": "0619985203"}),

    # Nun at a temple in Cha-am, Phetchaburi, for a lost 19-year-old with an intellectual
    # disability; sister in Kantharalak, Si Sa Ket will take him; needs someone to bring him.
    # Right outcome: case, not urgent (sleeps at the temple), disabled.
    "dev87 nun in Phetchaburi for lost young man with intellectual disability": Persona(
        ("กราบสวัสดีค่ะ แม่ชีวัดที่ชะอำ เพชรบุรีค่ะ",
         "มีเด็กผู้ชายอายุ19 หลงทางมา พูดไม่ค่อยรู้เรื่อง สติปัญญาไม่เต็มร้อย ถามได้ความว่าบ้านอยู่ศรีสะเกษ "
         "อ.กันทรลักษ์ ในกระเป๋ามีบัตรประชาชนกับบัตรคนพิการ",
         "ติดต่อพี่สาวเขาได้แล้ว พี่สาวยินดีรับ แต่ไม่มีเงินมารับค่ะ ตอนนี้ให้นอนที่วัดไปก่อน"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่าพาหนะกลับบ้านค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ",
         "current_province": "เพชรบุรีค่ะ",
         "home_province": "ศรีสะเกษค่ะ",
         "travellers": "1 คนค่ะ",
         "special_needs": "เป็นคนพิการทางสติปัญญา มีบัตรคนพิการ",
         "travel_alone": "ไปเองไม่ได้ค่ะ กลัวหลงอีก",
         "more_care": "ต้องมีคนพาไปส่งถึงมือพี่สาวค่ะ",
         "urgent": "ไม่ด่วนค่ะ นอนวัดได้",
         "name": "ชื่อ ธนากร ใจงาม ค่ะ เบอร์พี่สาวเขา 0658870134 พี่สาวชื่อ ธนพร",
         "phone": "0658870134",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เพชรบุรี", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": False, "special": ["disabled", "cannot_travel_alone"], "name": "ธนากร",
                "phone": "0658870134"}),

    # Pharmacy owner in Phitsanulok for a 74-year-old broom seller cheated of her money,
    # home Kamphaeng Phet, can sleep at the shop tonight; one fact per message.
    # Right outcome: case, not urgent, elderly.
    "dev87 Phitsanulok pharmacy owner for cheated old woman, one part": Persona(
        ("สวัสดีครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "มีคุณยายมาขอความช่วยเหลือที่ร้านครับ",
         "hardship": "ยายไม่มีค่ารถกลับบ้านครับ",
         "id_card": "ยายมีบัตรครับ",
         "current_province": "พิษณุโลกครับ",
         "home_province": "กำแพงเพชรครับ",
         "travellers": "ยายคนเดียวครับ",
         "special_needs": "ยายอายุ74ครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ไม่ด่วนครับ",
         "name": "ยายชื่อ จันทร์เพ็ญ",
         "phone": "0816043372",
         "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        one_part=True,
        expect={"eligible": True, "current": "พิษณุโลก", "home": "กำแพงเพชร", "travellers": 1,
                "urgent": False, "special": ["elderly"], "name": "จันทร์เพ็ญ",
                "phone": "0816043372"}),
}
