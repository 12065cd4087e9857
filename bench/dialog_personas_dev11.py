"""Persona set dev11 (2026-12-04) for bench/dialogs.py.

Written from the seeds only (000_* services for released prisoners, 002_* the officers'
manual and the 2000 regulation) and knowledge-topics.md, by a helper who did not read the
dialog code, the knowledge files, the tests, nor any other persona set.

Focus: people just released from prison or on probation (release day at the prison gate,
parole with an ankle monitor, drug cases, a woman released from a women's prison with her
baby); third-party writers (prison social worker, police officer at a station, hospital
nurse discharging a patient, a monk, shelter staff, a hotline volunteer, a neighbour);
the North and the West (hill people holding Thai cards, Mae Sot, Tak, Mae Sai, Mae Hong
Son); people not (yet) Thai: pink card / nationality pending, a Myanmar migrant worker;
expired, damaged and lost ID cards (one with a village-head letter); people without a
phone (a sister's number, a police-station and a prison landline); people who give only
a nickname.

22 personas: 18 eligible requests, 4 refusals (2 not Thai, 1 no card and no letter,
1 no hardship), 3 one_part, 2 fixes at the summary (a phone number, the number of
travellers).
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Released this morning from Klong Prem, standing at the gate with 100 baht from the
    # prison. Tells most of it in the first message. Card expired while inside: expired
    # still counts as having one. No place tonight in Bangkok -> urgent. Wants a job.
    "klong prem gate release day": Persona(
        ("สวัสดีครับ ผมพึ่งพ้นโทษออกจากคลองเปรมเมื่อเช้านี้ครับ ได้เงินติดตัวมาร้อยเดียว "
         "จะกลับบ้านนครพนมค่ารถไม่พอ ไม่รู้จะนอนไหนคืนนี้ ช่วยได้ไหมครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านครับ ไม่มีที่นอนด้วย ญาติที่กรุงเทพไม่มีเลย",
         "id_card": "มีครับ แต่หมดอายุตอนอยู่ในคุก",
         "nationality_letter": "ไม่มีครับ มีแต่บัตรหมดอายุ",
         "nationality": "คนไทยครับ",
         "current_province": "หน้าคุกคลองเปรม กทม.ครับ",
         "home_province": "นครพนม อ.ธาตุพนมครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอนเลย",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้งานทำครับ ออกมาแล้วไม่มีใครรับเข้าทำงาน",
         "sensitive_consent": "ได้ครับ บันทึกได้",
         "name": "สมศักดิ์ ไชยวงศ์ครับ",
         "phone": "ไม่มีโทรศัพท์ครับ ใช้เบอร์แม่ 0812764409",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "name": "สมศักดิ์",
                "phone": "0812764409"}),

    # Released from the Chiang Mai women's correctional institution with a baby born inside.
    # Two travel (she and the baby) -> child. No place tonight -> urgent. Northern dialect.
    "women's prison mother with baby": Persona(
        ("สวัสดีเจ้า พึ่งออกจากทัณฑสถานหญิงเจียงใหม่มื้อนี้เจ้า อุ้มลูกน้อยออกมาด้วย",
         "อยากกลับบ้านพะเยา บ่มีเงินค่ารถเจ้า"),
        {"consent": "ยินยอมเจ้า",
         "idle": "ขอความช่วยเหลือค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีเงินซักบาทเจ้า ค่ารถก็บ่มี ค่านมลูกก็บ่มี",
         "id_card": "มีบัตรประชาชนเจ้า ทางเรือนจำคืนให้แล้ว",
         "nationality_letter": "บ่มีเจ้า",
         "nationality": "คนไทยเจ้า",
         "current_province": "เชียงใหม่เจ้า อยู่หน้าทัณฑสถาน",
         "home_province": "พะเยาเจ้า อ.เชียงคำ",
         "travellers": "2 คนเจ้า ข้ากับลูกน้อย",
         "urgent": "ด่วนเจ้า คืนนี้บ่มีที่นอน ลูกน้อยก็ยังเล็ก",
         "special_needs": "ลูกอายุ 8 เดือนเจ้า เกิดในเรือนจำ",
         "travel_alone": "ไปได้เจ้า อุ้มลูกไปเอง",
         "needs": "อยากหางานนวดเจ้า เคยเรียนนวดแผนไทยในเรือนจำ",
         "sensitive_consent": "ได้เจ้า",
         "name": "นางสาวพิมพ์ใจ ใจคำ เจ้า เรียกพิมก็ได้",
         "phone": "๐๙๓๒๒๘๑๕๗๔ เจ้า",
         "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "พะเยา",
                "travellers": 2, "urgent": True, "special": ["child"],
                "name": "พิมพ์ใจ", "phone": "0932281574"}),

    # Paroled with an electronic ankle monitor (EM) after a drug case; the relative he
    # stayed with in Samut Sakhon wants him out at month's end. Has a room until then
    # -> not urgent. Must move his probation reporting home to Lampang -> probation_support.
    "parolee with ankle monitor": Persona(
        ("พี่ครับ ผมพักโทษอยู่ ใส่กำไลอีเอ็มที่ข้อเท้าครับ คดียา ตอนนี้อยู่มหาชัย "
         "ญาติไม่ให้อยู่แล้ว อยากกลับไปอยู่กับแม่ที่ลำปางแต่ไม่มีค่ารถครับ",),
        {"consent": "โอเคครับ ยินยอม",
         "idle": "ขอช่วยค่ารถกลับลำปางครับ",
         "hardship": "ไม่มีค่ารถครับ งานก็ไม่มีใครรับเพราะใส่กำไล",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ แต่มีบัตรปชช",
         "nationality": "ไทยครับ",
         "current_province": "มหาชัย สมุทรสาครครับ",
         "home_province": "ลำปาง อ.เกาะคาครับ",
         "travellers": "1 คนครับ",
         "urgent": "ยังไม่ด่วนครับ เพื่อนให้นอนห้องได้ถึงสิ้นเดือน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ต้องย้ายไปรายงานตัวคุมประพฤติที่ลำปางครับ แล้วก็อยากเลิกยาให้ขาด",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ธนากร แก้วมูล ชื่อเล่นต้นครับ",
         "phone": "0658813240",
         "confirm": "ถูกต้องครับผม"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["probation_support"], "name": "ธนากร",
                "phone": "0658813240"}),

    # A prison social worker at Tak central prison writes for an inmate of 63 released
    # tomorrow, going home to Chaiyaphum. Third party, formal voice. Elderly (60+) but
    # healthy and can go alone. The contact is the prison's 9-digit landline.
    # Urgency is unclear (in prison tonight, nothing outside tomorrow): not expected.
    "tak prison social worker for elderly inmate": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ ดิฉันเป็นนักสังคมสงเคราะห์เรือนจำกลางตาก ขอประสานเรื่องค่าพาหนะ"
         "กลับภูมิลำเนาให้ผู้ต้องขังที่จะพ้นโทษพรุ่งนี้ค่ะ",),
        {"consent": "ยินยอมค่ะ ผู้ต้องขังรับทราบและยินยอมแล้ว",
         "idle": "ขอยื่นเรื่องค่าพาหนะกลับภูมิลำเนาให้ผู้ต้องขังค่ะ",
         "hardship": "ไม่มีเงินค่าพาหนะกลับบ้านค่ะ ญาติไม่ได้มาเยี่ยมเลยหลายปี",
         "id_card": "มีบัตรประจำตัวประชาชนค่ะ ยังไม่หมดอายุ",
         "nationality_letter": "ไม่มีค่ะ ใช้บัตรประชาชน",
         "nationality": "สัญชาติไทยค่ะ",
         "current_province": "ตากค่ะ เรือนจำกลางตาก",
         "home_province": "ชัยภูมิค่ะ อ.ภูเขียว",
         "travellers": "1 คนค่ะ",
         "urgent": "ออกพรุ่งนี้เช้าค่ะ อยากให้เดินทางได้ในวันนั้นเลย",
         "special_needs": "อายุ 63 ปีค่ะ สุขภาพแข็งแรงดี",
         "travel_alone": "เดินทางคนเดียวได้ค่ะ",
         "needs": "ไม่มีเพิ่มเติมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "นายสมาน ศรีภูมิ ค่ะ",
         "phone": "ติดต่อดิฉันที่เรือนจำค่ะ 055-508-123",
         "confirm": "ถูกต้องค่ะ ขอบคุณค่ะ"},
        expect={"eligible": True, "current": "ตาก", "home": "ชัยภูมิ",
                "travellers": 1, "special": ["elderly"], "name": "สมาน",
                "phone": "055508123"}),

    # A police officer at Mae Sai station writes for a confused old man (72) found at the
    # bus station at night. Card expired but in his bag. Knows only his first name.
    # Cannot travel alone (forgets where he is) -> elderly + cannot_travel_alone. Urgent.
    "mae sai police for lost old man": Persona(
        ("สวัสดีครับ ผม ด.ต.ประจำ สภ.แม่สาย ครับ มีคุณลุงอายุ 72 มานั่งที่ บขส.ตั้งแต่หัวค่ำ "
         "หลงๆลืมๆ ไม่มีเงิน บอกว่าบ้านอยู่ลพบุรี ขอความช่วยเหลือส่งกลับบ้านครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือส่งลุงกลับบ้านครับ",
         "hardship": "ลุงไม่มีเงินเลยครับ ไม่มีที่พัก ไม่มีค่ารถ",
         "id_card": "มีบัตรในกระเป๋าลุงครับ แต่หมดอายุไป 2 ปีแล้ว",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "แม่สาย เชียงรายครับ",
         "home_province": "ลพบุรีครับ ตามที่อยู่ในบัตร อ.โคกสำโรง",
         "travellers": "ลุงคนเดียวครับ",
         "urgent": "ด่วนครับ ลุงไม่มีที่นอน ตอนนี้ให้นั่งพักที่โรงพักไปก่อน",
         "special_needs": "ลุงอายุ 72 ครับ หลงลืม จำทางไม่ได้",
         "travel_alone": "ไปเองไม่ได้ครับ ต้องมีคนพาไปส่ง เดี๋ยวหลงอีก",
         "needs": "อยากให้ญาติที่บ้านมารับช่วงดูแลต่อครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ลุงจำได้แค่ชื่อ แดง ครับ นามสกุลในบัตรลบเลือนอ่านไม่ออก",
         "phone": "โทรหาผมที่โรงพักครับ 053731550",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "เชียงราย", "home": "ลพบุรี",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "elderly"], "name": "แดง",
                "phone": "053731550"}),

    # A nurse at Mae Sot hospital discharging a Thai construction worker from Kalasin
    # with a leg in a cast; employer gone, no money, no place tonight. Sick, but can go
    # alone on crutches. Urgent.
    "mae sot nurse discharging worker": Persona(
        ("สวัสดีค่ะ พยาบาลตึกศัลย์ รพ.แม่สอดนะคะ มีคนไข้ชายขาหักใส่เฝือก หมอให้กลับบ้านวันนี้ค่ะ",
         "แต่เขาไม่มีเงินค่ารถกลับกาฬสินธุ์ นายจ้างหายไปแล้ว"),
        {"consent": "ยินยอมค่ะ คนไข้ยินยอม",
         "idle": "ขอค่ารถให้คนไข้กลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีรายได้ ไม่มีที่พักหลังออกจาก รพ.ค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "แม่สอด จ.ตากค่ะ",
         "home_province": "กาฬสินธุ์ค่ะ อ.ยางตลาด",
         "travellers": "คนไข้คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ออกจาก รพ.วันนี้ คืนนี้ไม่มีที่นอน",
         "special_needs": "ขาหักข้างขวา ใส่เฝือก เดินไม้ค้ำค่ะ",
         "travel_alone": "ไปคนเดียวได้ค่ะ เดินไม้ค้ำได้คล่อง",
         "needs": "ต้องไปตัดเฝือกที่ รพ.ยางตลาด อีก 6 อาทิตย์ค่ะ ทำใบส่งตัวให้แล้ว",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "นายวีระพงษ์ ภูโคกหวาย ค่ะ",
         "phone": "เบอร์คนไข้ 0986632017 ค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ตาก", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "name": "วีระพงษ์", "phone": "0986632017"}),

    # A monk at a temple in Lampang writes for a man released a month ago who sleeps at
    # the temple (a place to stay -> not urgent). His card is broken/faded: damaged still
    # counts as having one; he wants a new one -> id_card.
    "lampang monk for released man": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดในตัวเมืองลำปาง มีโยมผู้ชายพ้นโทษมาได้เดือนนึง "
         "มาอาศัยนอนที่วัด อยากกลับบ้านที่สุราษฎร์ แต่ไม่มีปัจจัยค่ารถ",),
        {"consent": "ยินยอม เจริญพร",
         "idle": "ขอให้ช่วยค่ารถโยมเขากลับบ้าน",
         "hardship": "โยมไม่มีเงินค่ารถกลับบ้าน ไม่มีงานทำ อาศัยข้าววัดกิน",
         "id_card": "มีบัตร แต่หักครึ่ง ตัวหนังสือลบเลือนหมดแล้ว",
         "nationality_letter": "ไม่มี",
         "nationality": "คนไทย",
         "current_province": "ลำปาง อยู่ที่วัด",
         "home_province": "สุราษฎร์ธานี อ.พุนพิน",
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วน นอนที่วัดได้ อาตมาให้พักไปก่อน",
         "special_needs": "ไม่มี แข็งแรงดี",
         "travel_alone": "ไปเองได้",
         "needs": "อยากทำบัตรประชาชนใหม่ บัตรเก่ามันหักใช้ไม่ได้",
         "sensitive_consent": "โยมเขายินยอม",
         "name": "นายเอกชัย ทองสุข ชื่อเล่นเอก",
         "phone": "โทรหาอาตมาแทน 0897130452",
         "confirm": "ถูกต้อง เจริญพร"},
        expect={"eligible": True, "current": "ลำปาง", "home": "สุราษฎร์ธานี",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card"], "name": "เอกชัย", "phone": "0897130452"}),

    # Shelter staff in Bangkok write for a mother (husband in prison, evicted) and her
    # children. First say 3 travellers, then fix at the summary: 4 (forgot the eldest).
    # At the shelter -> not urgent. Small child. She wants work back home -> job_placement.
    "bangkok shelter staff for mother and kids": Persona(
        ("สวัสดีค่ะ เจ้าหน้าที่บ้านพักเด็กและครอบครัว กทม.ค่ะ ขอส่งเรื่องแม่และลูกกลับบ้านที่อุบลค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่าพาหนะให้ครอบครัวกลับภูมิลำเนาค่ะ",
         "hardship": "สามีติดคุก ค้างค่าเช่าห้องโดนไล่ออก ไม่มีรายได้ ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "แม่มีบัตรประชาชนค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะทุกคน",
         "current_province": "กรุงเทพค่ะ",
         "home_province": "อุบลราชธานี อ.วารินชำราบค่ะ",
         "travellers": "3 คนค่ะ แม่กับลูก",
         "urgent": "ไม่ด่วนค่ะ ตอนนี้พักที่บ้านพักได้",
         "special_needs": "มีเด็กเล็กค่ะ คนเล็ก 1 ขวบ",
         "travel_alone": "แม่พาลูกไปเองได้ค่ะ",
         "needs": "คุณแม่อยากได้งานทำที่อุบลค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "นางสาวอรอุมา บุญมา ค่ะ",
         "phone": "เบอร์คุณแม่ 0627719385 ค่ะ",
         "confirm": ("จำนวนคนผิดค่ะ ที่ถูกคือ 4 คน แม่กับลูก 3 คน ลืมนับคนโตค่ะ",
                     "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 4, "urgent": False, "special": ["child"],
                "referrals": ["job_placement"], "name": "อรอุมา",
                "phone": "0627719385"}),

    # A hotline volunteer writes for a pregnant woman who fled a violent boyfriend in
    # Pattaya tonight; her phone was smashed, so the volunteer's number. Danger -> urgent.
    "hotline volunteer for pregnant woman": Persona(
        ("สวัสดีครับ ผมเป็นอาสาสมัครรับสายช่วยเหลือครับ มีน้องผู้หญิงท้อง 6 เดือนหนีแฟนที่ทำร้ายร่างกาย"
         "ออกมาจากห้องที่พัทยาคืนนี้ ไม่มีเงินติดตัว อยากกลับบ้านแม่ที่ร้อยเอ็ดครับ",),
        {"consent": "ยินยอมครับ น้องเขาโอเค",
         "idle": "ขอช่วยส่งน้องเขากลับบ้านครับ",
         "hardship": "ไม่มีเงิน ไม่มีที่นอน ไม่มีค่ารถครับ",
         "id_card": "มีบัตรครับ คว้ากระเป๋าตังค์ออกมาได้แต่เงินไม่มี",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "คนไทยครับ",
         "current_province": "พัทยา ชลบุรีครับ",
         "home_province": "ร้อยเอ็ดครับ อ.เสลภูมิ",
         "travellers": "น้องคนเดียวครับ",
         "urgent": "ด่วนมากครับ กลับห้องไม่ได้ กลัวแฟนตามมาทำร้าย",
         "special_needs": "ท้อง 6 เดือนครับ",
         "travel_alone": "ไปเองได้ครับ นั่งรถทัวร์ได้",
         "needs": "ยังไม่ได้ฝากครรภ์เลยครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ชนิดา พลศรี ครับ ชื่อเล่นฝน",
         "phone": "มือถือน้องโดนแฟนทุบพัง ติดต่อผมแทนครับ 0614408827",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "name": "ชนิดา", "phone": "0614408827"}),

    # A neighbour in Hang Dong (Chiang Mai) writes in Northern dialect for an old couple
    # (68 and 75) whose son died; they go to live with their daughter in Nan. They sleep at
    # the neighbour's -> not urgent. Want the old-age allowance -> elderly_allowance.
    "chiang mai neighbour for old couple": Persona(
        ("สวัสดีเจ้า ข้าเป็นคนบ้านใกล้เรือนเคียงเจ้า ป้อหม่อนแม่หม่อนข้างบ้านลูกจายเปิ้นตายไปแล้ว "
         "บ่มีไผเลี้ยง อยากไปอยู่กับลูกสาวที่น่านเจ้า",),
        {"consent": "ยินยอมเจ้า",
         "idle": "ขอค่ารถให้ป้อหม่อนแม่หม่อนไปน่านเจ้า",
         "hardship": "บ่มีไผดูแลเจ้า บ่มีรายได้ ค่ารถก็บ่มี",
         "id_card": "มีบัตรทั้งสองคนเจ้า",
         "nationality_letter": "บ่มีเจ้า",
         "nationality": "คนไทยเจ้า",
         "current_province": "หางดง เจียงใหม่เจ้า",
         "home_province": "น่านเจ้า อยู่กับลูกสาวที่ อ.ปัว",
         "travellers": "สองคนเจ้า ป้อหม่อนกับแม่หม่อน",
         "urgent": "บ่ด่วนเจ้า นอนบ้านข้าไปก่อนได้",
         "special_needs": "แม่หม่อน 68 ป้อหม่อน 75 เจ้า เฒ่าแล้ว แต่บ่ได้ป่วยไข้",
         "travel_alone": "สองคนไปด้วยกันได้เจ้า ลูกสาวจะมารับที่ท่ารถ",
         "needs": "ยังบ่ได้เบี้ยคนเฒ่าเลยเจ้า อยากให้ช่วยสมัครให้",
         "sensitive_consent": "ได้เจ้า",
         "name": "แม่หม่อนจันทร์ฟอง ปัญญาดี เจ้า",
         "phone": "ใช้เบอร์ข้าเจ้า 0815532906",
         "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "name": "จันทร์ฟอง",
                "phone": "0815532906"}),

    # A young Akha man with a Thai ID card, laid off from a Bangkok restaurant, going home to
    # Mae Fah Luang (Chiang Rai). Hill person but Thai. Answers one thing per message.
    # Sleeps at a friend's for a few nights -> not urgent. Wants work near home.
    "akha waiter one thing at a time": Persona(
        ("หวัดดีครับ",),
        {"consent": "ครับ ยอมรับ",
         "idle": "อยากกลับบ้านครับ ไม่มีตังค่ารถ",
         "hardship": "ร้านปิด ตกงานครับ ไม่มีตังกลับบ้าน",
         "id_card": "มีบัตรประชาชนไทยครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ ผมเป็นอาข่า แต่ได้สัญชาติไทยตั้งแต่เกิด",
         "current_province": "กทม ครับ อยู่แถวรามอินทรา",
         "home_province": "แม่ฟ้าหลวง เชียงรายครับ",
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนครับ นอนห้องเพื่อนได้อีกสามสี่วัน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "needs": "อยากได้งานแถวบ้านครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "อาเซอ เชอหมื่อ",
         "phone": "0956017743",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_placement"], "name": "อาเซอ",
                "phone": "0956017743"},
        one_part=True),

    # A Lisu woman who held a pink card and got Thai nationality last year (now a Thai ID
    # card). Her 4-year-old was discharged from Nakhon Ping hospital; her purse was stolen.
    # Going home to Pai (Mae Hong Son). Thai now -> eligible. No place tonight -> urgent.
    "ex pink card mother now thai": Persona(
        ("สวัสดีค่ะ พาลูกมาหาหมอที่ รพ.นครพิงค์ ลูกหายแล้วหมอให้กลับ แต่กระเป๋าตังโดนขโมย "
         "ไม่มีค่ารถกลับปายค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านค่ะ เงินโดนขโมยหมด",
         "id_card": "มีค่ะ เมื่อก่อนถือบัตรสีชมพู ปีที่แล้วได้บัตรประชาชนไทยแล้วค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีบัตรประชาชนแล้ว",
         "nationality": "ไทยค่ะ ได้สัญชาติไทยแล้วปีที่แล้ว เป็นลีซู",
         "current_province": "เชียงใหม่ค่ะ หน้า รพ.นครพิงค์",
         "home_province": "ปาย แม่ฮ่องสอนค่ะ",
         "travellers": "2 คนค่ะ ฉันกับลูก",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกอายุ 4 ขวบค่ะ หายป่วยแล้ว",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "หมี่ลา แสนแก้ว ค่ะ",
         "phone": "0884410296",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 2, "urgent": True, "special": ["child"],
                "name": "หมี่ลา", "phone": "0884410296"}),

    # A Karen man on probation (drunk driving) in Kanchanaburi, card expired (still counts),
    # wants to go home to Mae Sariang and move his probation reporting there. Sleeps in a
    # hut at the cane farm -> not urgent. Mistypes the last digits of his
    # phone, fixes it at the summary.
    "karen probationer expired card fixes phone": Persona(
        ("สวัสดีครับ ผมโดนคุมประพฤติอยู่กาญจนบุรี อยากกลับบ้านแม่สะเรียงครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอเงินค่ารถกลับบ้านครับ",
         "hardship": "ตัดอ้อยหมดฤดูแล้ว ไม่มีงาน ไม่มีค่ารถกลับครับ",
         "id_card": "มีครับแต่หมดอายุแล้ว",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ เป็นกะเหรี่ยง มีบัตรไทย",
         "current_province": "กาญจนบุรี อ.ท่ามะกาครับ",
         "home_province": "แม่สะเรียง แม่ฮ่องสอนครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ยังนอนเถียงนาที่ไร่ได้",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากย้ายไปรายงานตัวคุมประพฤติที่แม่ฮ่องสอนครับ คดีเมาแล้วขับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "นายพะโด่ ใจดี ครับ",
         "phone": "0891234567",
         "confirm": ("เบอร์ผิดครับ ตัวท้ายพิมพ์ผิด ที่ถูก 0891234577", "ถูกต้องครับ")},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["probation_support"], "name": "พะโด่",
                "phone": "0891234577"}),

    # A Thai construction worker in Mae Sot from Phetchabun; lost his card, but carries a
    # letter from his village head certifying Thai nationality and residence -> eligible.
    # Wants a new card -> id_card. One thing per message. Camp bed for a night or two.
    "mae sot lost card village head letter": Persona(
        ("ดีครับ ขอค่ารถกลับบ้านได้ไหมครับ",),
        {"consent": "ยินยอม",
         "idle": "ขอค่ารถกลับเพชรบูรณ์ครับ",
         "hardship": "งานก่อสร้างเสร็จแล้ว ผู้รับเหมาไม่จ่าย ไม่มีค่ารถครับ",
         "id_card": "บัตรหายครับ ตกน้ำตอนน้ำท่วมแคมป์",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านที่บ้านเขียนหนังสือรับรองส่งมาให้ทางไลน์พี่สาว ปริ้นมาแล้ว",
         "nationality": "คนไทยครับ",
         "current_province": "แม่สอด",
         "home_province": "เพชรบูรณ์ หล่มสักครับ",
         "travellers": "1",
         "urgent": "ไม่ด่วนครับ นอนแคมป์ได้อีกคืนสองคืน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "ทำบัตรใหม่ครับ",
         "sensitive_consent": "ได้",
         "name": "ชาญวิทย์ มีสุข",
         "phone": "0634458812",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "ตาก", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card"], "name": "ชาญวิทย์",
                "phone": "0634458812"},
        one_part=True),

    # Released today from Phitsanulok central prison (drug case), gives only a nickname,
    # has no phone (his sister's number, Thai digits). One thing per message. Refuses to
    # have sensitive data recorded: no drug/health/criminal-history referrals expected;
    # the job request is not sensitive. No place tonight -> urgent.
    "boy nickname only no phone": Persona(
        ("ครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "พึ่งออกจากคุกพิดโลกวันนี้ครับ ไม่มีตังกลับบ้าน",
         "hardship": "ไม่มีตังค่ารถครับ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มี",
         "nationality": "ไทย",
         "current_province": "พิดโลกครับ",
         "home_province": "สมุทรปราการ บางพลีครับ",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้",
         "needs": "อยากหางานทำครับ อยากเลิกยาด้วย",
         "sensitive_consent": "ไม่อยากให้บันทึกเรื่องคดีเรื่องยาครับ ไม่ยินยอม",
         "name": "เรียกบอยพอครับ",
         "phone": "ไม่มีมือถือครับ ใช้เบอร์พี่สาว ๐๘๖-๔๔๑-๒๐๗๙",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "สมุทรปราการ",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"],
                "no_referrals": ["hiv_aid", "medical_services", "mental_health_care",
                                 "probation_support"],
                "name": "บอย", "phone": "0864412079"},
        one_part=True),

    # Released from Chiang Mai central prison, HIV positive (drug case), sleeping at the
    # Arcade bus station, going home to Long (Phrae). Tells it all up front. Needs his
    # ARV medicine continued and HIV aid -> hiv_aid (sensitive consent given). Urgent.
    "released hiv positive going to phrae": Persona(
        ("สวัสดีครับ ผมพ้นโทษจากเรือนจำกลางเชียงใหม่ได้ 3 วันแล้ว คดียา ผมติดเชื้อเอชไอวีด้วย "
         "ตอนนี้นอนที่ขนส่งอาเขต ไม่มีเงินกลับบ้านที่ลอง จ.แพร่ ยาต้านก็ใกล้หมดครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับแพร่ครับ",
         "hardship": "ไม่มีที่นอน ไม่มีเงินกินข้าว ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "เชียงใหม่ ขนส่งอาเขตครับ",
         "home_province": "แพร่ อ.ลองครับ",
         "travellers": "1 คนครับ",
         "urgent": "ด่วนครับ นอนขนส่งมา 3 คืนแล้ว ยาต้านเหลือ 2 วัน",
         "special_needs": "ผมติดเชื้อ HIV ครับ กินยาต้านอยู่ แต่ยังเดินทางเองไหว",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้ยาต้านต่อที่ รพ.ลอง แล้วก็ความช่วยเหลือผู้ติดเชื้อครับ",
         "sensitive_consent": "ยินยอมครับ บันทึกได้",
         "name": "ณัฐพล ศรีวิชัย ครับ",
         "phone": "0927754160",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แพร่",
                "travellers": 1, "urgent": True, "referrals": ["hiv_aid"],
                "name": "ณัฐพล", "phone": "0927754160"}),

    # A Thai family from Sisaket in Mae Sot: the garment factory closed and they were put out
    # of the dormitory today. Husband, wife and three children incl. a baby -> 5, child.
    # Isan dialect. Urgent.
    "sisaket family stranded in mae sot": Persona(
        ("สวัสดีค่ะ โรงงานเย็บผ้าที่แม่สอดปิด เถ้าแก่หนี ค่าแรงก็บ่ได้ โดนไล่ออกจากหอมื้อนี้ค่ะ "
         "อยากพาลูกๆกลับบ้านศรีสะเกษ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "บ่มีเงินค่ะ บ่มีที่อยู่ บ่มีค่ารถ ข้าวก็จะบ่มีกินแล้ว",
         "id_card": "มีค่ะ ผัวก็มี",
         "nationality_letter": "บ่มีค่ะ",
         "nationality": "คนไทยค่ะ ทั้งครอบครัว",
         "current_province": "แม่สอด ตากค่ะ",
         "home_province": "ศรีสะเกษค่ะ อ.กันทรลักษ์",
         "travellers": "5 คนค่ะ ผัว เมีย ลูก 3",
         "urgent": "ด่วนค่ะ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "ลูกคนเล็ก 10 เดือนค่ะ คนกลาง 3 ขวบ",
         "travel_alone": "ไปกันทั้งครอบครัวค่ะ",
         "needs": "อยากได้งานใกล้บ้านค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "นางบัวพันธ์ ทองดี ค่ะ",
         "phone": "0807712936 ค่ะ",
         "confirm": "ถูกแล้วค่ะ"},
        expect={"eligible": True, "current": "ตาก", "home": "ศรีสะเกษ",
                "travellers": 5, "urgent": True, "special": ["child"],
                "name": "บัวพันธ์", "phone": "0807712936"}),

    # Six Thai farm workers from Buriram stranded in Tak after the employer fled without
    # paying; put out of the farm lodging, sleeping at a petrol station -> urgent. Group of 6.
    "six buriram workers in tak": Persona(
        ("สวัสดีครับ พวกผม 6 คนมาทำไร่ข้าวโพดที่ตาก นายจ้างหนีไม่จ่ายค่าแรง ไล่ออกจากที่พัก "
         "ตอนนี้นอนปั๊มน้ำมัน อยากกลับบุรีรัมย์ครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านให้ 6 คนครับ",
         "hardship": "ไม่มีเงินค่ารถครับ ไม่มีที่อยู่ ไม่มีข้าวกิน",
         "id_card": "มีบัตรทุกคนครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยทั้งหมดครับ",
         "current_province": "ตาก อ.เมืองครับ",
         "home_province": "บุรีรัมย์ อ.ประโคนชัยครับ",
         "travellers": "6 คนครับ ผู้ชาย 4 ผู้หญิง 2",
         "urgent": "ด่วนครับ นอนปั๊มมา 2 คืนแล้ว",
         "special_needs": "ไม่มีครับ ผู้ใหญ่หมด แข็งแรงดี",
         "travel_alone": "ไปด้วยกันได้ครับ",
         "needs": "ไม่มีครับ แค่อยากกลับบ้าน",
         "sensitive_consent": "ได้ครับ",
         "name": "ประยูร ศรีประโคน ครับ เป็นหัวหน้ากลุ่ม",
         "phone": "0843390518",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ตาก", "home": "บุรีรัมย์",
                "travellers": 6, "urgent": True, "special": [],
                "name": "ประยูร", "phone": "0843390518"}),

    # REFUSAL. A Myanmar migrant worker (pink worker card) in Samut Sakhon wants to go to his
    # family in Mae Sot. Not Thai -> not eligible under the regulation (Thai nationality).
    "myanmar worker mahachai": Persona(
        ("สวัสดีครับ ผมคนพม่าทำงานโรงงานปลามหาชัย โดนเลิกจ้าง อยากกลับไปหาครอบครัวที่แม่สอดครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอเงินค่ารถไปแม่สอดครับ",
         "hardship": "ไม่มีงาน ไม่มีเงินค่ารถครับ",
         "id_card": "ไม่มีบัตรไทยครับ มีบัตรชมพูแรงงานต่างด้าว",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "พม่าครับ ไม่ใช่คนไทย",
         "current_province": "มหาชัยครับ",
         "home_province": "แม่สอดครับ",
         "travellers": "2 คนครับ ผมกับเมีย",
         "urgent": "ด่วนครับ ห้องต้องคืนพรุ่งนี้",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปได้ครับ",
         "needs": "อยากหางานใหม่ครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "หม่องซอ ครับ",
         "phone": "0971128845",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSAL. A Karen woman in Tha Song Yang holding a pink card (highland person), her Thai
    # nationality still pending at the district office. Not (yet) Thai -> not eligible.
    "pink card nationality pending": Persona(
        ("สวัสดีค่ะ ฉันถือบัตรสีชมพูค่ะ ยื่นขอสัญชาติไทยอยู่ยังไม่ได้ อยากขอค่ารถกลับบ้านที่อุ้มผางได้ไหมคะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับอุ้มผางค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ งานรับจ้างหมดแล้ว",
         "id_card": "ไม่มีบัตรประชาชนไทยค่ะ มีบัตรชมพู บัตรบุคคลบนพื้นที่สูง",
         "nationality_letter": "ไม่มีค่ะ เรื่องสัญชาติยังรออยู่ที่อำเภอ",
         "nationality": "ยังไม่ได้สัญชาติไทยค่ะ รอผลอยู่",
         "current_province": "ท่าสองยาง ตากค่ะ",
         "home_province": "อุ้มผาง ตากค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ นอนบ้านญาติได้",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปได้ค่ะ",
         "needs": "อยากให้เรื่องสัญชาติเร็วๆค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "หน่อเส่ง ค่ะ",
         "phone": "0835562071",
         "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSAL. A Thai man at the Tak bus station: card lost years ago and never remade, and
    # he says his village head will not write a letter for him. No card and no letter.
    "no card no letter at tak bus station": Persona(
        ("หวัดดีครับ ผมอยู่ขนส่งตาก อยากกลับบ้านที่สุโขทัย ไม่มีเงินครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับสุโขทัยครับ",
         "hardship": "ไม่มีเงินค่ารถครับ ไม่มีที่นอน",
         "id_card": "ไม่มีครับ หายไปนานแล้วไม่เคยไปทำใหม่",
         "nationality_letter": "ไม่มีครับ ผญบ.คนใหม่ไม่รู้จักผม เขาไม่ออกให้",
         "nationality": "คนไทยครับ",
         "current_province": "ขนส่งตากครับ",
         "home_province": "สุโขทัย ศรีสำโรงครับ",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ นอนขนส่ง",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "แก่น ครับ",
         "phone": "ไม่มีโทรศัพท์ครับ",
         "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # REFUSAL. Released on probation in Khon Kaen, but his mother will drive to pick him up,
    # he sleeps at his aunt's and has money: he only asks whether the state pays anyway.
    # No hardship -> not eligible.
    "released but no hardship": Persona(
        ("สอบถามครับ ผมพึ่งได้ปล่อยตัวคุมประพฤติ รัฐมีเงินค่ารถกลับบ้านให้ไหมครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากรู้ว่าขอค่ารถได้ไหมครับ",
         "hardship": "ก็ไม่ได้ลำบากอะไรครับ แม่จะขับรถมารับ มีที่นอนบ้านน้า เงินก็มีพอ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ขอนแก่นครับ",
         "home_province": "เลยครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "กิตติ ครับ",
         "phone": "0866120943",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ไม่เข้าเกณฑ์"}),
}
