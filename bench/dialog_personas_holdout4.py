"""Persona set holdout4 (2026-12-04): a HELD-OUT cross-section of people writing to the hotline bot
for the return-home aid.

Written from the seeds only (000_* services for released prisoners, 002_* officers' manual and the
2000 regulation) and knowledge-topics.md, by a helper who did not read the dialog code, the
knowledge files, the tests, nor any other persona set. Expectations are what a careful officer
would conclude from the person's own words under the seeds' rules.

Focus: every region (Isan, North, South, Central, Bangkok, East), ages 19 to 72, groups of 1-6,
first-person and third-party writers (a shop owner, a nurse, a monk, a social development
volunteer, a daughter, a co-worker), released prisoners and people stranded for ordinary reasons
(robbed, scammed, lost job, left by a tour bus, discharged from hospital, fleeing violence),
short and long first messages, everyday typing (typos, no spaces, slang, dialects, Thai digits,
emoji).

22 personas: 18 eligible requests, 4 refusals (2 not Thai, 1 no ID card and no letter,
1 no hardship), 3 one_part, 2 fixes at the summary (a phone number, a home province).
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan man, 41, released on parole (พักโทษ) from Khlong Prem this morning; tells most of the
    # story up front in Isan dialect. Expired ID card still counts. Nowhere to sleep tonight ->
    # urgent. Must report to probation at home and wants work -> probation + job placement.
    "udon parolee out of klong prem": Persona(
        ("สวัสดีครับ ผมพึ่งออกจากคุกคลองเปรมมื้อนี่ ได้พักโทษ บ่มีเงินค่ารถกลับบ้านอุดรเลยครับ "
         "ญาติกะบ่มีอยู่กรุงเทพ ช่วยได้บ่ครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ เงินติดตัวมาร้อยกว่าบาทพอแค่ค่าข้าว",
         "id_card": "มีครับแต่หมดอายุไปตั้งแต่อยู่ในคุก",
         "nationality_letter": "บ่มีครับ มีแต่บัตรที่หมดอายุ",
         "nationality": "คนไทยครับ",
         "current_province": "ตอนนี้อยู่หน้าเรือนจำคลองเปรม กรุงเทพครับ",
         "home_province": "บ้านผือ อุดรธานีครับ",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอนเลย",
         "special_needs": "บ่มีครับ แข็งแรงดี",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากหางานทำครับ แล้วกะต้องไปรายงานตัวคุมประพฤติที่อุดรด้วย",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ทองใบครับ",
         "phone": "ยืมเบอร์พี่สาวครับ 092-345-6781",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุดรธานี",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement", "probation_support"],
                "name": "ทองใบ", "phone": "0923456781"}),

    # Northern woman, 34, bag snatched at the Arcade bus station in Chiang Mai; very short first
    # message with emoji; kam muang. Her ID card was in her trouser pocket so she still has it.
    # Her phone was stolen: she gives the number of the food-shop auntie who lent hers.
    "nan woman robbed at chiang mai arcade": Persona(
        ("ถูกกระชากกระเป๋าเจ้า ตังค์หมดเลย😭😭",),
        {"consent": "ตกลงเจ้า",
         "idle": "อยากกลับบ้านเจ้า บ่มีค่ารถ",
         "hardship": "บ่มีค่ารถกลับบ้านเจ้า ตังค์อยู่ในกระเป๋าที่ถูกกระชากหมดเลย",
         "id_card": "บัตรประชาชนยังอยู่เจ้า อยู่ในกระเป๋ากางเกง",
         "nationality_letter": "บ่มีเจ้า แต่มีบัตรอยู่",
         "nationality": "คนไทยเจ้า",
         "current_province": "ขนส่งอาเขต เชียงใหม่เจ้า",
         "home_province": "อำเภอปัว จังหวัดน่านเจ้า",
         "travellers": "ไปคนเดียวเจ้า",
         "urgent": "ด่วนเจ้า คืนนี้บ่มีที่นอน รถเที่ยวสุดท้ายก็ออกไปแล้ว",
         "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปคนเดียวได้เจ้า",
         "needs": "บ่มีเจ้า ขอแค่ได้กลับบ้าน",
         "sensitive_consent": "ได้เจ้า",
         "name": "แสงเดือนเจ้า",
         "phone": "โทรศัพท์ถูกขโมยไปด้วยเจ้า ยืมมือถือป้าร้านข้าว เบอร์ป้า 0861234509",
         "confirm": "ถูกแล้วเจ้า ขอบคุณหลายเจ้า🙏"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": ["probation_support"],
                "name": "แสงเดือน", "phone": "0861234509"}),

    # Southern man, 27, answered a fake job ad in Bangkok, paid a "deposit", lost it all; sleeping
    # at Hua Lamphong -> urgent. Home is "นคร" (Nakhon Si Thammarat, Thung Song). Southern
    # dialect (หม้าย = ไม่มี, แหละ). Wants work back home -> job placement.
    "southern scam victim at hua lamphong": Persona(
        ("ผมโดนหลอกมาทำงานกรุงเทพแหละครับ จ่ายค่ามัดจำไปหมดตัว ตอนนี้หม้ายตังค์สักบาท",
         "ช่วยค่ารถกลับบ้านได้หม้ายครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือค่ารถกลับบ้านครับ",
         "hardship": "หม้ายตังค์กลับบ้านครับ ข้าวก็ยังหม้ายได้กินเลยตั้งแต่เมื่อวาน",
         "id_card": "มีครับ",
         "nationality_letter": "หม้ายครับ มีบัตรอยู่",
         "nationality": "ไทยครับ",
         "current_province": "นอนอยู่หัวลำโพงครับ",
         "home_province": "ทุ่งสง เมืองนครครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ นอนหัวลำโพงมาสองคืนแล้ว ยามไล่ทุกคืน",
         "special_needs": "หม้ายครับ",
         "travel_alone": "ได้ครับ",
         "needs": "อยากได้งานทำที่บ้านครับ ไม่อยากขึ้นมากรุงเทพอีกแล้วแหละ",
         "sensitive_consent": "ได้ครับ",
         "name": "อาทิตย์ครับ",
         "phone": "081 234 9876",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": ["probation_support"],
                "name": "อาทิตย์", "phone": "0812349876"}),

    # Central Thai father, 38, laid off from a factory in Map Ta Phut, Rayong; family of four
    # incl. a 2-year-old. Whole story in one long message, no spaces. Rent paid to month's end
    # -> a place to stay, not urgent. Wants a job -> job placement.
    "laid off family rayong to suphan": Persona(
        ("สวัสดีครับผมตกงานครับโรงงานที่มาบตาพุดปิดไปตั้งแต่เดือนที่แล้วเงินชดเชยก็ไม่ได้ตอนนี้เงินเก็บหมด"
         "แล้วจะพาเมียกับลูกสองคนกลับบ้านที่สุพรรณแต่ไม่มีค่ารถเลยครับห้องเช่าจ่ายถึงสิ้นเดือนนี้ครับ"
         "รบกวนช่วยหน่อยครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านให้ครอบครัวครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ไม่มีรายได้แล้วด้วย",
         "id_card": "มีครับ เมียก็มี",
         "nationality_letter": "ไม่มีครับ มีบัตรประชาชน",
         "nationality": "ไทยทั้งบ้านครับ",
         "current_province": "ระยองครับ แถวมาบตาพุด",
         "home_province": "อู่ทอง สุพรรณบุรีครับ",
         "travellers": "4คนครับ ผม เมีย ลูกคนโต9ขวบ คนเล็ก2ขวบ",
         "urgent": "ไม่ด่วนมากครับ ห้องเช่ายังอยู่ได้ถึงสิ้นเดือน",
         "special_needs": "มีลูกเล็ก2ขวบครับ นอกนั้นไม่มี",
         "travel_alone": "ไปกันทั้งครอบครัวครับ",
         "needs": "อยากหางานทำแถวบ้านครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "วิชัยครับ",
         "phone": "0898765432",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "สุพรรณบุรี",
                "travellers": 4, "urgent": False, "special": ["child"],
                "referrals": ["job_placement"],
                "name": "วิชัย", "phone": "0898765432"}),

    # Third party: a som-tam shop owner in Pattaya writes for a 67-year-old grandmother from
    # Chum Phae (Khon Kaen) left behind by a temple tour bus; her bag and money went on with the
    # bus, her ID card is in her pocket. No place tonight -> urgent. Elderly; says she can ride a
    # bus alone. The name asked is ambiguous (writer or grandmother), so not expected.
    "tour bus left grandma at pattaya": Persona(
        ("สวัสดีค่ะ พิมพ์แทนยายคนนึงนะคะ ยายมากับรถทัวร์ทำบุญ ลงมาเข้าห้องน้ำแถวพัทยา รถออกไปเลยทิ้งยายไว้ "
         "กระเป๋าตังค์อยู่บนรถหมด โทรหาคนในรถก็ไม่ติดค่ะ",),
        {"consent": "ยินยอมค่ะ ยายก็โอเคค่ะ",
         "idle": "ช่วยส่งยายกลับบ้านหน่อยค่ะ",
         "hardship": "ยายไม่มีเงินเลยค่ะ ค่ารถกลับบ้านไม่มี",
         "id_card": "ยายมีบัตรประชาชนค่ะ อยู่ในกระเป๋าเสื้อ",
         "nationality_letter": "ไม่มีค่ะ แต่มีบัตร",
         "nationality": "คนไทยค่ะ",
         "current_province": "พัทยาค่ะ ร้านส้มตำหนูอยู่นาเกลือ",
         "home_province": "ชุมแพ ขอนแก่นค่ะ",
         "travellers": "ยายคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ยายไม่มีที่นอน ร้านหนูก็ปิดสามทุ่ม",
         "special_needs": "ยายอายุ67แล้วค่ะ แต่ยังแข็งแรงเดินได้",
         "travel_alone": "ยายบอกไปเองได้จ้า เคยนั่งรถ บขส. คนเดียวบ่อย",
         "needs": "ไม่มีค่ะ ยายอยากกลับบ้านอย่างเดียว",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ยายชื่อบุญมีค่ะ หนูชื่อแอนเป็นคนพิมพ์ให้",
         "phone": "เบอร์หนูนะคะ 063-445-5667",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ขอนแก่น",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "no_referrals": ["probation_support", "job_placement"],
                "phone": "0634455667"}),

    # Third party: a hospital social-work nurse in Bangkok, formal language, writes for a 52-year-
    # old construction worker discharged today after a motorbike accident; leg in a cast, on
    # crutches, cannot get on a bus alone. Sick, cannot travel alone; needs follow-up care at
    # home -> medical services. Ward landline (9 digits).
    "nurse for discharged patient": Persona(
        ("เรียนเจ้าหน้าที่ ดิฉันเป็นพยาบาลหอผู้ป่วยศัลยกรรมกระดูก โรงพยาบาลศิริราช ขอประสานความช่วยเหลือ"
         "ผู้ป่วยชาย อายุ 52 ปี แพทย์ให้กลับบ้านวันนี้หลังผ่าตัดขาจากอุบัติเหตุรถจักรยานยนต์ "
         "ผู้ป่วยไม่มีญาติในกรุงเทพฯ และไม่มีเงินค่าเดินทางกลับภูมิลำเนาค่ะ",),
        {"consent": "ผู้ป่วยยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่าเดินทางกลับภูมิลำเนาให้ผู้ป่วยค่ะ",
         "hardship": "ไม่มีค่าเดินทางกลับบ้าน และไม่มีที่พักหลังออกจากโรงพยาบาลค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีบัตรประชาชน",
         "nationality": "สัญชาติไทยค่ะ",
         "current_province": "โรงพยาบาลศิริราช บางกอกน้อย กรุงเทพฯ ค่ะ",
         "home_province": "อำเภอกันทรลักษ์ จังหวัดศรีสะเกษค่ะ",
         "travellers": "ผู้ป่วย 1 คนค่ะ",
         "urgent": "เร่งด่วนค่ะ จำหน่ายวันนี้และไม่มีที่พักคืนนี้",
         "special_needs": "ผู้ป่วยใส่เฝือกขาขวา เดินด้วยไม้ค้ำยัน ยังเจ็บแผลอยู่ค่ะ",
         "travel_alone": "เดินทางคนเดียวไม่ได้ค่ะ ต้องมีคนช่วยพาขึ้นลงรถ",
         "needs": "ต้องไปทำแผลและตัดเฝือกต่อที่โรงพยาบาลใกล้บ้านค่ะ",
         "sensitive_consent": "ผู้ป่วยยินยอมค่ะ",
         "name": "นายสมพร ค่ะ ผู้ประสานคือพยาบาลจิราพร",
         "phone": "ติดต่อที่หอผู้ป่วยค่ะ ๐๒-๔๑๙-๘๘๑๒",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "sick"],
                "referrals": ["medical_services"],
                "phone": "024198812"}),

    # Third party and one_part: a monk at a temple in Photharam (Ratchaburi) writes for a man,
    # 45, released from Ratchaburi prison two weeks ago who sleeps at the temple (a safe place ->
    # not urgent). His ID card is lost but the village head at home sent a letter certifying
    # nationality and residence -> eligible. Wants a new ID card and carpentry training.
    "monk for released man at temple": Persona(
        ("เจริญพร อาตมาขอสอบถามเรื่องค่ารถกลับบ้านให้โยมที่พ้นโทษมาพักอยู่ที่วัด",),
        {"consent": "ยินยอม เจริญพร",
         "idle": "ขอให้ช่วยค่ารถส่งโยมกลับบ้าน",
         "hardship": "โยมไม่มีค่ารถกลับบ้าน",
         "id_card": "บัตรประชาชนหายไปตั้งแต่ก่อนเข้าเรือนจำ",
         "nationality_letter": "มี ผู้ใหญ่บ้านที่ลำปางทำหนังสือรับรองส่งมาให้แล้ว",
         "nationality": "คนไทย",
         "current_province": "วัดอยู่โพธาราม ราชบุรี",
         "home_province": "เกาะคา ลำปาง",
         "travellers": "โยมคนเดียว",
         "urgent": "ไม่ด่วน พักที่วัดได้",
         "special_needs": "ไม่มี",
         "travel_alone": "ไปเองได้",
         "needs": "อยากทำบัตรประชาชนใหม่ และอยากฝึกอาชีพช่างไม้",
         "sensitive_consent": "ยินยอม",
         "name": "โยมเอก",
         "phone": "โทรที่วัด ๐๓๒-๓๕๑-๒๔๗",
         "confirm": "ถูกต้อง เจริญพร"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card", "job_training"],
                "phone": "032351247"},
        one_part=True),

    # Teen typing (no spaces, emoji, งื้อ): a 19-year-old, five months pregnant, thrown out by her
    # boyfriend in Huai Khwang tonight -> urgent. Home Kaeng Khro (Chaiyaphum). Fixes her phone
    # number at the summary (swapped the last two digits).
    "pregnant teen thrown out in bangkok": Persona(
        ("งื้อ แฟนไล่ออกจากห้องอ่ะค่ะ ไม่มีตังเลย อยากกลับบ้าน🥺",),
        {"consent": "ยินยอมค่า",
         "idle": "อยากได้ค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีตังค่ารถค่ะ ไม่มีที่นอนด้วย",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีบัตร",
         "nationality": "คนไทยค่ะ",
         "current_province": "ห้วยขวาง กทม ค่ะ",
         "home_province": "แก้งคร้อ ชัยภูมิค่ะ",
         "travellers": "หนูคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่รู้จะนอนไหน😭",
         "special_needs": "หนูท้อง5เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากไปฝากท้องที่บ้านค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "นุ่นค่ะ",
         "phone": "0945556781",
         "confirm": ("เบอร์ผิดค่ะ😅 ที่ถูกคือ 0945556718 ค่ะ", "ถูกแล้วค่ะ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "no_referrals": ["probation_support"],
                "name": "นุ่น", "phone": "0945556718"}),

    # Group of six durian pickers from Lahan Sai (Buriram); the broker ran off with their wages
    # in Tha Mai (Chanthaburi). They can still sleep in the orchard shack for a few days -> not
    # urgent. One aunt is 63 -> elderly. Isan dialect, leader writes.
    "buriram durian pickers in chanthaburi": Persona(
        ("สวัสดีครับ พวกผมมาตัดทุเรียนอยู่ท่าใหม่ นายหน้าเชิดค่าแรงหนีไปแล้ว บ่มีเงินกลับบ้านครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านบุรีรัมย์ให้ทั้งทีมครับ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ บ่ได้ค่าแรงเลยสักบาท",
         "id_card": "มีบัตรครบทุกคนครับ",
         "nationality_letter": "บ่มีครับ มีบัตรกันหมด",
         "nationality": "คนไทยทุกคนครับ",
         "current_province": "ท่าใหม่ จันทบุรีครับ",
         "home_province": "ละหานทราย บุรีรัมย์ครับ",
         "travellers": "ไปกันหกคนครับ มีผม เมียผม น้องสาว ลูกพี่ลูกน้องสองคน แล้วก็ป้าอายุ63",
         "urgent": "ยังบ่ด่วนครับ เจ้าของสวนให้นอนเพิงในสวนได้อีกสองสามวัน",
         "special_needs": "มีป้าอายุ63ครับ นอกนั้นแข็งแรง",
         "travel_alone": "ไปพร้อมกันหมดครับ",
         "needs": "บ่มีครับ ขอแค่ได้กลับบ้าน",
         "sensitive_consent": "ได้ครับ",
         "name": "สมหมายครับ",
         "phone": "0857771234",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "บุรีรัมย์",
                "travellers": 6, "urgent": False, "special": ["elderly"],
                "name": "สมหมาย", "phone": "0857771234"}),

    # one_part: an elderly Isan couple (71 and 68) pickpocketed at Mo Chit after visiting a
    # grandson who has since moved to Rayong and does not answer; sleeping at the terminal ->
    # urgent. Grandpa types slowly, one fact per message, Thai digits in the phone number.
    "elderly couple pickpocketed at mochit": Persona(
        ("ช่วยแน่เด้อ",),
        {"consent": "ยินยอม",
         "idle": "ถูกล้วงกระเป๋า บ่มีค่ารถกลับบ้าน",
         "hardship": "บ่มีค่ารถกลับบ้าน",
         "id_card": "มีบัตรอยู่ทั้งสองคน",
         "nationality_letter": "บ่มี",
         "nationality": "คนไทย",
         "current_province": "หมอชิต",
         "home_province": "เสลภูมิ ร้อยเอ็ด",
         "travellers": "สองคนตายาย",
         "urgent": "ด่วน นอนขนส่งมาคืนนึงแล้ว",
         "special_needs": "ตาอายุ71 ยายอายุ68",
         "travel_alone": "ไปนำกันสองคน",
         "needs": "บ่มี",
         "sensitive_consent": "ยินยอม",
         "name": "ตาสี",
         "phone": "๐๘๗๑๒๓๔๕๖๗",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 2, "urgent": True, "special": ["elderly"],
                "name": "ตาสี", "phone": "0871234567"},
        one_part=True),

    # Third party: a social development volunteer (อพม.) in Chonburi writes for a man, 33,
    # released from Chonburi prison, living with HIV and out of his medicine, sleeping at the
    # Nong Mon market -> urgent. Expired ID card counts. Sensitive consent given -> HIV aid.
    "volunteer for released man with hiv": Persona(
        ("สวัสดีครับ ผมเป็น อพม. ที่ชลบุรี มีน้องผู้ชายคนนึงพ้นโทษจากเรือนจำชลบุรีมาได้อาทิตย์นึง "
         "นอนอยู่ตลาดหนองมน อยากกลับบ้านที่พิษณุโลกแต่ไม่มีเงินเลยครับ",),
        {"consent": "เขายินยอมครับ",
         "idle": "ขอค่ารถส่งน้องเขากลับบ้านครับ",
         "hardship": "ไม่มีที่พัก ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ แต่หมดอายุแล้ว",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "คนไทยครับ",
         "current_province": "ตลาดหนองมน บางแสน ชลบุรีครับ",
         "home_province": "วังทอง พิษณุโลกครับ",
         "travellers": "น้องเขาคนเดียวครับ",
         "urgent": "ด่วนครับ นอนตลาดทุกคืน ไม่มีที่พัก",
         "special_needs": "ไม่มีครับ เดินเหินได้ปกติ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "น้องเขาติดเชื้อ HIV ครับ ยาต้านหมดมาหลายวันแล้ว อยากได้ความช่วยเหลือเรื่องนี้ด้วย",
         "sensitive_consent": "เขายินยอมครับ",
         "name": "น้องต้นครับ ส่วนผมชื่อประเสริฐ",
         "phone": "เบอร์ผมครับ 089-112-3344",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True,
                "referrals": ["hiv_aid"],
                "phone": "0891123344"}),

    # Southern Muslim man, 29, released from Songkhla central prison, stranded in Hat Yai; the
    # imam lets him sleep at the mosque -> a safe place, not urgent. Says he used ya ba and wants
    # to quit, but REFUSES sensitive consent -> no health/drug referrals; work is fine.
    "pattani ex-prisoner refuses sensitive": Persona(
        ("อัสลามูอาลัยกุมครับ ผมพ้นโทษจากเรือนจำสงขลาอาทิตย์ก่อน ตอนนี้อยู่หาดใหญ่ ไม่มีตังค์กลับบ้านปัตตานีครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ งานก็ยังไม่มี",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "หาดใหญ่ครับ",
         "home_province": "ยะรัง ปัตตานีครับ",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "ไม่ด่วนครับ อิหม่ามให้นอนที่มัสยิดได้",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "เคยติดยาบ้าครับ อยากเลิกให้ได้ แล้วก็อยากได้งานทำ",
         "sensitive_consent": "ไม่ยินยอมครับ ไม่อยากให้บันทึกเรื่องพวกนี้",
         "name": "ฟาอิซครับ",
         "phone": "0937654321",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ปัตตานี",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_placement"],
                "no_referrals": ["medical_services", "mental_health_care", "hiv_aid"],
                "name": "ฟาอิซ", "phone": "0937654321"}),

    # one_part: a 23-year-old warehouse worker in Bang Phli (Samut Prakan) who lost his job;
    # sleeps in a friend's room -> not urgent. Home Khlong Yai (Trat, East). Slang, terse.
    "laid off young man bangphli to trat": Persona(
        ("ตกงานอ่ะครับ เงินหมดตัว",),
        {"consent": "ok ครับ",
         "idle": "ขอค่ารถกลับบ้านได้ปะครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มี",
         "nationality": "ไทย",
         "current_province": "บางพลี สมุทรปราการ",
         "home_province": "คลองใหญ่ ตราด",
         "travellers": "1",
         "urgent": "ไม่ด่วนครับ นอนห้องเพื่อนอยู่",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้",
         "name": "โอ๊ต",
         "phone": "0623456789",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ตราด",
                "travellers": 1, "urgent": False, "special": [],
                "name": "โอ๊ต", "phone": "0623456789"},
        one_part=True),

    # A mother, 31, fled her drunk, violent husband tonight with three children (10, 6 and a
    # 1-year-old); sitting at a 7-Eleven in Pak Kret (Nonthaburi) -> danger, urgent. Home Lom Sak
    # (Phetchabun). Four travellers, a small child.
    "mother fleeing husband in pakkret": Persona(
        ("ช่วยด้วยค่ะ ผัวเมาตีหนูอีกแล้ว หนูพาลูกสามคนหนีออกมาจากบ้าน ตอนนี้นั่งอยู่หน้าเซเว่น",
         "อยากกลับบ้านแม่ที่เพชรบูรณ์ค่ะ ไม่มีเงินเลย"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือกลับบ้านค่ะ",
         "hardship": "ไม่มีที่อยู่แล้วค่ะ ไม่มีค่ารถด้วย",
         "id_card": "มีค่ะ เอาติดตัวมาแค่บัตรกับลูก",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "ปากเกร็ด นนทบุรีค่ะ",
         "home_province": "หล่มสัก เพชรบูรณ์ค่ะ บ้านแม่",
         "travellers": "หนูกับลูก3คนค่ะ คนโต10ขวบ คนกลาง6ขวบ คนเล็กขวบเดียว",
         "urgent": "ด่วนมากค่ะ กลับบ้านไม่ได้ กลัวผัวตามมา",
         "special_needs": "ลูกคนเล็กยังกินนมอยู่ค่ะ",
         "travel_alone": "ไปกับลูกค่ะ",
         "needs": "ตอนนี้ขอแค่กลับบ้านก่อนค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "มาลัยค่ะ",
         "phone": "095-888-1212",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "เพชรบูรณ์",
                "travellers": 4, "urgent": True, "special": ["child"],
                "name": "มาลัย", "phone": "0958881212"}),

    # Southern man, 48, in a wheelchair since a work accident, came to Hat Yai with his wife; money
    # ran out, room paid to month's end -> not urgent. Home Huai Yot (Trang). Disabled; not yet
    # registered and wants the disability allowance.
    "wheelchair man and wife in hatyai": Persona(
        ("ผมนั่งวีลแชร์ครับ มากับเมียที่หาดใหญ่ ตังค์หมดแล้วหนิ อยากกลับบ้านตรัง",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านแล้วครับ ไม่มีรายได้",
         "id_card": "มีครับ ทั้งผมทั้งเมีย",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "หาดใหญ่ สงขลาครับ",
         "home_province": "ห้วยยอด ตรังครับ",
         "travellers": "สองคนครับ ผมกับเมีย",
         "urgent": "ไม่ด่วนครับ ห้องพักจ่ายไว้ถึงสิ้นเดือน",
         "special_needs": "ผมเดินไม่ได้ครับ ขาอ่อนแรงตั้งแต่ตกนั่งร้าน นั่งวีลแชร์",
         "travel_alone": "ไปกับเมียครับ",
         "needs": "ยังไม่ได้ขึ้นทะเบียนคนพิการเลยครับ อยากได้เบี้ยคนพิการ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "สุรชัยครับ",
         "phone": "0814445566",
         "confirm": "ถูกต้องครับหนิ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ตรัง",
                "travellers": 2, "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance"],
                "name": "สุรชัย", "phone": "0814445566"}),

    # Northern woman, 55, on a temple pilgrimage tour, left behind at Wat Yai Chai Mongkhon in
    # Ayutthaya with her bag on the bus; evening, nowhere to sleep -> urgent. She types "ลำปาง" as
    # home by mistake and fixes it at the summary: it is Pa Sang, Lamphun.
    "lamphun pilgrim left in ayutthaya": Persona(
        ("ไปเข้าห้องน้ำที่วัดใหญ่ชัยมงคล ออกมารถทัวร์ไปแล้วเจ้า กระเป๋าตังค์อยู่บนรถหมด",),
        {"consent": "ยินยอมเจ้า",
         "idle": "อยากขอค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีค่ารถกลับบ้านเจ้า",
         "id_card": "มีเจ้า พกไว้ในกระเป๋าเสื้อ",
         "nationality_letter": "บ่มีเจ้า",
         "nationality": "คนไทยเจ้า",
         "current_province": "อยุธยาเจ้า วัดใหญ่ชัยมงคล",
         "home_province": "ลำปางเจ้า",
         "travellers": "คนเดียวเจ้า",
         "urgent": "ด่วนเจ้า ค่ำแล้ว บ่มีที่นอน",
         "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปเองได้เจ้า",
         "needs": "บ่มีเจ้า",
         "sensitive_consent": "ได้เจ้า",
         "name": "บัวคำเจ้า",
         "phone": "0898123456",
         "confirm": ("ขอโทษเจ้า พิมพ์ผิด บ้านอยู่ป่าซาง ลำพูน บ่ใช่ลำปางเจ้า", "ถูกแล้วเจ้า")},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "ลำพูน",
                "travellers": 1, "urgent": True, "special": [],
                "name": "บัวคำ", "phone": "0898123456"}),

    # Third party: a daughter in Bangkok writes for her 72-year-old father, forgetful, who took
    # the wrong bus and is sitting at the Korat bus terminal; she has no money to fetch him.
    # No place to sleep -> urgent. Elderly and cannot travel alone.
    "daughter for forgetful father at korat": Persona(
        ("สวัสดีค่ะ พ่อหนูอายุ72 ช่วงนี้หลงๆลืมๆ ขึ้นรถผิดคันไปโผล่ขนส่งโคราช เจ้าหน้าที่ขนส่งโทรมาบอก "
         "หนูอยู่กทม ไม่มีเงินไปรับพ่อค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากให้ช่วยส่งพ่อกลับบ้านค่ะ",
         "hardship": "พ่อไม่มีเงินติดตัวเลยค่ะ ไม่มีค่ารถกลับบ้าน",
         "id_card": "บัตรพ่ออยู่ในกระเป๋าพ่อค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีบัตร",
         "nationality": "คนไทยค่ะ",
         "current_province": "ขนส่งโคราชค่ะ",
         "home_province": "ตาคลี นครสวรรค์ค่ะ",
         "travellers": "พ่อคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ พ่อไม่มีที่นอน นั่งรออยู่ที่ขนส่ง",
         "special_needs": "พ่ออายุ72 ความจำไม่ค่อยดีค่ะ",
         "travel_alone": "พ่อไปคนเดียวไม่ได้ค่ะ เดี๋ยวหลงอีก ต้องมีคนพาไป",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "พ่อชื่อประยูรค่ะ หนูชื่อเปิ้ล",
         "phone": "เบอร์หนูค่ะ 086 777 2020",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "นครสวรรค์",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "elderly"],
                "phone": "0867772020"}),

    # Bangkok native, 25, robbed of phone and money in Mae Sot (Tak) where he went for work; a
    # guesthouse owner lets him stay free a few nights -> not urgent. Home Bang Khen, Bangkok.
    # Hesitates at the privacy notice, then agrees. Gives his mother's number.
    "bangkok guy robbed in mae sot": Persona(
        ("โดนปล้นมือถือกับตังค์ที่แม่สอด เซ็งมาก 555 ขอค่ารถกลับกรุงเทพได้ปะ",),
        {"consent": ("ข้อมูลจะเอาไปทำไรอ่ะ", "โอเค ยินยอมครับ"),
         "idle": "ขอค่ารถกลับกรุงเทพครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "บัตรยังอยู่ครับ ไม่ได้โดนเอาไป",
         "nationality_letter": "ไม่มี",
         "nationality": "ไทยครับ",
         "current_province": "แม่สอด ตาก",
         "home_province": "บางเขน กทม",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ เจ้าของเกสต์เฮาส์ให้นอนฟรีได้อีกสองคืน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "เจมส์ครับ",
         "phone": "ไม่มีมือถือแล้วครับ โทรหาแม่ผมได้ 0819998877",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ตาก", "home": "กรุงเทพมหานคร",
                "travellers": 1, "urgent": False, "special": [],
                "name": "เจมส์", "phone": "0819998877"}),

    # REFUSAL (not Thai): a Lao woman, 26, a maid in Bangkok whose employer did not pay, wants to
    # go home to Vientiane; has a Lao passport only. Writes Thai with Lao words.
    "lao maid unpaid in bangkok": Persona(
        ("นายจ้างบ่จ่ายเงินเดือนเด้อ อยากกลับบ้านเวียงจันทน์ ช่วยค่ารถได้บ่",),
        {"consent": "ยินยอมเด้อ",
         "idle": "ขอค่ารถกลับบ้านเด้อ",
         "hardship": "บ่มีเงินค่ารถ นายจ้างบ่จ่าย",
         "id_card": "บ่มีบัตรไทย มีแต่พาสปอร์ตลาว",
         "nationality_letter": "บ่มี",
         "nationality": "เป็นคนลาวเด้อ สัญชาติลาว",
         "current_province": "อยู่ลาดพร้าว กรุงเทพ",
         "home_province": "เวียงจันทน์ ประเทศลาว ข้ามทางหนองคาย",
         "travellers": "คนเดียว",
         "urgent": "ด่วน บ่มีที่นอน นายจ้างไล่ออกแล้ว",
         "special_needs": "บ่มี",
         "travel_alone": "ไปเองได้",
         "needs": "บ่มี",
         "sensitive_consent": "ได้",
         "name": "ดาวเรือง",
         "phone": "0642223344",
         "confirm": "แม่นแล้ว"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSAL (no ID card and no letter): a Thai man, 50, doing odd jobs in Surat Thani; his card
    # burned with his rented room long ago and he never made a new one; has not been home to
    # Kalasin for twenty years and nobody there can certify him. Thai, in hardship, but no papers.
    "no papers man in surat": Persona(
        ("ผมอยากกลับบ้านกาฬสินธุ์ครับ อยู่สุราษฎร์มายี่สิบปีแล้ว ไม่มีเงินเลย",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีงาน ไม่มีที่อยู่เป็นหลักแหล่งครับ",
         "id_card": "ไม่มีครับ ไฟไหม้ไปกับห้องเช่านานแล้ว ไม่ได้ไปทำใหม่",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านคงจำผมไม่ได้แล้ว ไม่มีใครรับรองให้",
         "nationality": "คนไทยครับ",
         "current_province": "สุราษฎร์ธานีครับ",
         "home_province": "กาฬสินธุ์ครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "นอนศาลาวัดได้ครับ",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากทำบัตรใหม่ครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "บุญเลิศครับ",
         "phone": "ไม่มีโทรศัพท์ครับ ฝากเบอร์เจ้าของร้านรับซื้อของเก่า 0773214455",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # REFUSAL (no hardship): a retired teacher, 63, on holiday in Hua Hin, has his pension, a hotel
    # and the fare; just thinks the free fare home is "his right". None of the three hardships.
    "retired teacher wants free ride": Persona(
        ("สวัสดีครับ ได้ยินว่ารัฐช่วยค่ารถกลับบ้าน ผมมาเที่ยวหัวหินอยากใช้สิทธิ์นี้ครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอใช้สิทธิ์ค่ารถกลับบ้านครับ",
         "hardship": "ไม่ได้เดือดร้อนอะไรครับ มีบำนาญ มีที่พัก ค่ารถก็มี แค่อยากใช้สิทธิ์ที่มี",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "หัวหิน ประจวบครับ",
         "home_province": "ฉะเชิงเทราครับ",
         "travellers": "สองคนกับภรรยาครับ",
         "urgent": "ไม่ด่วนครับ พักโรงแรมอยู่",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปกับภรรยาครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "อาจารย์สมศักดิ์ครับ",
         "phone": "0816543210",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ไม่เข้าเกณฑ์"}),

    # REFUSAL (not Thai), third party: a Thai co-worker in Rayong writes for a Cambodian factory
    # worker laid off with a pink migrant-worker card, who wants to go home to Battambang.
    "coworker for cambodian worker in rayong": Persona(
        ("ขอถามแทนเพื่อนร่วมงานครับ เขาโดนเลิกจ้าง อยากกลับบ้านแต่ไม่มีตังค์",),
        {"consent": "ยินยอมครับ",
         "idle": "ช่วยค่ารถให้เพื่อนผมกลับบ้านได้ไหมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ไม่มีงานแล้ว",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ มีบัตรชมพูแรงงานต่างด้าว",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "เขาเป็นคนกัมพูชาครับ ไม่ใช่คนไทย",
         "current_province": "ปลวกแดง ระยองครับ",
         "home_province": "พระตะบอง กัมพูชาครับ ไปทางอรัญ",
         "travellers": "เขาคนเดียวครับ",
         "urgent": "ยังพักหอโรงงานได้อีกอาทิตย์ครับ",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "เพื่อนชื่อโสพลครับ ผมชื่อเก่ง",
         "phone": "0828889900",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),
}
