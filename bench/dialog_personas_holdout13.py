"""Persona set holdout13 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: a held-out cross-section of real users of the return-home aid. Stranded workers
(a laid-off Isan builder, five factory workers who correct their head count at the
summary, a hotel worker with HIV), released prisoners (one going to the aunt who raised
her, which the 2000 regulation counts as ภูมิลำเนาเดิม, one who needs work and probation,
one with no card and no nationality letter at all), an elderly woman stranded at a bus
terminal who cannot travel alone, families with small children and an old father after
eviction and a house fire, a woman fleeing an abusive partner who will not let the
violence be recorded, a man fleeing loan-shark threats who corrects his phone at the
summary, a pregnant woman with a room until month end (not urgent), a dialysis patient
and a man off his psychiatric medicine sleeping rough, a wheelchair user from the south,
a Thai citizen with a nationality letter instead of a card; refusals for a Myanmar
worker and a stateless woman (no Thai nationality), a man already back home who wants
his fare repaid, and a salaried worker who wants a free Songkran ticket; and four people
who only ask a question (documents, office days, fee, disability allowance). Written
in Isan, northern and southern speech, slang, voice typing, Thai digits, place
nicknames (ปากน้ำ, มหาชัย, เมืองคอน, พิดโลก, หมอชิต, สนามหลวง), nicknames beside real
names, and several short messages at the start.
Counts: 24 personas; 15 eligible (case), 5 refused, 4 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan construction worker laid off in Samut Prakan; Thai card, no fare (criterion 3),
    # thrown out of the camp tonight -> urgent (24-hour track). Eligible.
    "holdout13 isan builder laid off at paknam": Persona(
        ("สวัสดีครับ", "ผมตกงานครับ ไซต์ก่อสร้างปิด", "บ่มีเงินกลับบ้านเลย"),
        {"consent": "ยอมรับครับ",
         "idle": "อยากกลับบ้านครับ บ่มีค่ารถ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ ข้าวกะบ่ค่อยได้กิน",
         "id_card": "มีครับ",
         "nationality_letter": "บ่มีครับ มีแต่บัตร",
         "current_province": ("อยู่ปากน้ำครับ", "สมุทรปราการครับ"),
         "home_province": "ร้อยเอ็ดครับ อำเภอเสลภูมิ",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "ด่วนครับ เขาไล่ออกจากแคมป์แล้ว คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "บ่มีครับ ขอแค่ได้กลับบ้าน",
         "name": "นายทองใบ ศรีสุขครับ",
         "phone": "0937721456",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [],
                "name": "ทองใบ", "phone": "0937721456"}),

    # Northern man released from Nakhon Pathom central prison yesterday; card made inside,
    # money gone, nowhere to sleep. Wants work and must report to probation: Source A 3.2
    # (job placement for released prisoners) and 7.2 (probation). Eligible.
    "holdout13 released prisoner to phayao needs job": Persona(
        ("สวัสดีครับ ผมพึ่งออกจากเรือนจำมาเมื่อวานครับ", "อยากกลับบ้านที่พะเยา ตังค์บ่มีเลย"),
        {"consent": "ตกลงครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "บ่มีค่ารถครับ เงินตี้ได้ออกมาก่หมดแล้ว",
         "id_card": "มีครับ ทำใหม่ตอนอยู่ในเรือนจำ",
         "nationality_letter": "บ่มีครับ",
         "current_province": "นครปฐมครับ อยู่แถวหน้าเรือนจำกลาง",
         "home_province": "พะเยาครับ อำเภอเชียงคำ",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้บ่รู้จะนอนตี้ไหนครับ",
         "special_needs": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ บันทึกได้",
         "needs": "อยากได้งานทำครับ กลับไปแล้วอยากหางาน แล้วก่ต้องไปรายงานตัวคุมประพฤติด้วย",
         "name": "ชื่อ อินจันทร์ คำปัน ครับ",
         "phone": "ยืมเบอร์น้องสาวครับ 086-415-2290",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "พะเยา",
                "travellers": 1, "urgent": True,
                "referrals": ["job_placement", "probation_support"],
                "name": "อินจันทร์", "phone": "0864152290"}),

    # Woman released from prison in Ratchaburi going to the aunt who raised her in
    # Chanthaburi: the regulation's ภูมิลำเนาเดิม includes a relative's or carer's home.
    # Sleeps at a temple for a week -> not urgent. Wants Thai massage (Source A 5.3).
    # Answers one thing at a time; phone in Thai digits. Eligible.
    "holdout13 released woman to aunt in chanthaburi one part": Persona(
        ("สวัสดีค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "หนูเพิ่งพ้นโทษค่ะ อยากไปอยู่กับน้า แต่ไม่มีค่ารถ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ราชบุรีค่ะ",
         "home_province": ("บ้านน้าที่จันท์ค่ะ น้าเลี้ยงหนูมาตั้งแต่เด็ก", "จันทบุรีค่ะ"),
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ ตอนนี้อาศัยนอนที่วัดได้อยู่ หลวงพ่อให้อยู่ได้อาทิตย์นึง",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "อยากเรียนนวดแผนไทยค่ะ ในเรือนจำเคยเรียนมานิดหน่อย อยากทำเป็นอาชีพ",
         "name": "ปรางทิพย์ แสงอรุณ ค่ะ",
         "phone": "๐๖๒๕๕๘๑๙๐๓",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ราชบุรี", "home": "จันทบุรี",
                "travellers": 1, "urgent": False,
                "referrals": ["thai_massage_training"],
                "name": "ปรางทิพย์", "phone": "0625581903"},
        one_part=True),

    # 72-year-old woman at Mo Chit terminal, daughter never came, pocket picked (card kept
    # in a cloth bag). Voice typing, no spaces. Cannot travel alone (age, eyesight):
    # regulation 6(3) allows an officer to travel along. Urgent. Eligible.
    "holdout13 grandma stranded at mochit voice typing one part": Persona(
        ("ฮัลโหลหนูช่วยยายหน่อยได้ไหมยายมาหาลูกที่กรุงเทพลูกไม่มารับ",),
        {"consent": "ได้จ้ะ",
         "idle": "ยายอยากกลับบ้านจ้ะกระเป๋าตังค์โดนล้วงไปหมดแล้ว",
         "hardship": "ไม่มีตังค์ค่ารถกลับบ้านจ้ะโดนล้วงกระเป๋า",
         "id_card": "บัตรยายเก็บไว้ในถุงผ้ายังอยู่จ้ะ",
         "nationality_letter": "ไม่มีจ้ะ",
         "current_province": ("อยู่หมอชิตจ้ะขนส่งหมอชิต", "กรุงเทพจ้ะ"),
         "home_province": ("พิดโลกจ้ะบางระกำ", "พิษณุโลกจ้ะ"),
         "travellers": "ยายคนเดียวจ้ะ",
         "urgent": "ด่วนจ้ะคืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ยายอายุเจ็ดสิบสองแล้วจ้ะ",
         "travel_alone": "ยายไปเองไม่ค่อยไหวจ้ะตาก็ไม่ค่อยดีขึ้นรถผิดคันมาแล้วทีนึง",
         "sensitive_consent": "ได้จ้ะ",
         "needs": "ไม่มีจ้ะ",
         "name": "ยายชื่อบุญมี จันทร์หอมจ้ะ",
         "phone": "089 563 2147 เบอร์ลูกสาวจ้ะ",
         "confirm": "จ้ะถูกแล้ว"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "บุญมี", "phone": "0895632147"},
        one_part=True),

    # Mother left by her partner and evicted in Rayong with children of 7 and 3; no shelter
    # and no fare (criteria 1 and 3), sleeping outside a 7-Eleven tonight. Three travel.
    "holdout13 evicted mother two kids rayong": Persona(
        ("ช่วยด้วยค่ะ", "แฟนทิ้งไปแล้ว โดนไล่ออกจากห้องเช่า", "มีลูก2คนค่ะ"),
        {"consent": "ตกลงค่ะ",
         "idle": "อยากพาลูกกลับบ้านที่นครพนมค่ะ",
         "hardship": "ไม่มีที่อยู่ค่ะ เงินก็ไม่มีค่ารถ",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ระยองค่ะ แถวมาบตาพุด",
         "home_province": "นครพนม ธาตุพนมค่ะ",
         "travellers": "3คนค่ะ หนูกับลูกสองคน",
         "urgent": "ด่วนมากค่ะ คืนนี้นอนศาลาหน้าเซเว่น",
         "special_needs": "ลูกเล็กค่ะ คนโต7ขวบ คนเล็ก3ขวบ",
         "travel_alone": "ไปเองได้ค่ะ หนูดูลูกเอง",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "อยากได้นมกับข้าวให้ลูกค่ะ กลับไปแล้วก็อยากหางานทำ",
         "name": "สุภาวดี พรมมา ค่ะ",
         "phone": "0918824731",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "นครพนม",
                "travellers": 3, "urgent": True, "special": ["child"],
                "name": "สุภาวดี", "phone": "0918824731"}),

    # Northern woman fleeing a violent partner in Pattaya; nowhere safe tonight -> urgent.
    # Refuses to have the violence recorded (sensitive consent: no). Wants legal advice:
    # justice centres give legal advice (Source A 7.1). Eligible.
    "holdout13 fleeing abusive partner pattaya no sensitive": Persona(
        ("ขอคุยแบบไม่ให้ใครรู้ได้มั้ยคะ", "หนูหนีแฟนมา เขาทำร้ายหนู"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับไปอยู่กับแม่ที่ลำปางค่ะ ไม่มีเงินเลย",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีที่นอนด้วย",
         "id_card": "มีค่ะ ติดตัวมา",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": ("พัทยาค่ะ", "ชลบุรีค่ะ"),
         "home_province": "ลำปางเจ้า",
         "travellers": "คนเดียวเจ้า",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่ไป กลัวเขาตามมาเจอ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ไม่อยากให้บันทึกเรื่องที่โดนทำร้ายค่ะ",
         "needs": "อยากปรึกษากฎหมายค่ะ จะแจ้งความเขาได้มั้ย",
         "name": "แสงดาว อินต๊ะ เจ้า",
         "phone": "0654471209",
         "confirm": "ถูกแล้วค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "referrals": ["justice_centre"],
                "name": "แสงดาว", "phone": "0654471209"}),

    # Eight months pregnant, partner gone, no work, not enough for the fare to Surin; room
    # paid to month end -> not urgent (15-day track). Gives nickname then real name.
    "holdout13 pregnant eight months bangkok to surin": Persona(
        ("สวัสดีค่าาา", "ท้องแปดเดือนแล้วค่ะ แฟนหนีไป อยากกลับไปคลอดที่บ้าน"),
        {"consent": "โอเคค่ะ",
         "idle": "ขอค่ารถกลับสุรินทร์ค่ะ",
         "hardship": "ตังค์ไม่พอค่ารถค่ะ งานก็ไม่มีทำ ท้องแก่แล้วเขาไม่จ้าง",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "กทม ค่ะ อยู่ลาดพร้าว",
         "home_province": "สุรินทร์ค่ะ อ.ศีขรภูมิ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ ห้องเช่าจ่ายถึงสิ้นเดือน",
         "special_needs": "ท้องแปดเดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ แต่ขอรถที่นั่งสบายหน่อย",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "อยากฝากครรภ์ค่ะ ยังไม่ได้ไปหาหมอเลย",
         "name": "ชื่อเล่นแพรวค่ะ ชื่อจริง กมลชนก บุญเรือง",
         "phone": "081 990 3345",
         "confirm": "ถูกค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "กมลชนก", "phone": "0819903345"}),

    # Kidney patient who came to Khon Kaen for treatment, money ran out, sleeping on a
    # hospital bench; too weak to travel alone (regulation 6(3)); wants care near home.
    # One thing per message. Eligible, urgent.
    "holdout13 dialysis patient khon kaen one part": Persona(
        ("สวัสดีครับ ผมป่วยเป็นโรคไตครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "มารักษาที่โรงบาลขอนแก่น เงินหมดแล้วครับ อยากกลับบ้าน",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "ขอนแก่นครับ",
         "home_province": "บึงกาฬครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ นอนม้านั่งโรงบาลมาสองคืนแล้ว",
         "special_needs": "ผมป่วยครับ ต้องฟอกไต",
         "travel_alone": "ไปคนเดียวไม่ไหวครับ เวียนหัว เดินไม่ค่อยไหว",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้ที่รักษาต่อใกล้บ้านครับ",
         "name": "วีระ ภูมิสาร",
         "phone": "0849013376",
         "confirm": "ครับ ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "บึงกาฬ",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["medical_services"],
                "name": "วีระ", "phone": "0849013376"},
        one_part=True),

    # Southern wheelchair user (leg amputated) in Hat Yai, home เมืองคอน; staying with a
    # workmate for a week -> not urgent. Not yet registered as disabled, wheelchair broken:
    # Source A 2.3 (800 baht after registering; assistive devices). Eligible.
    "holdout13 southern wheelchair user hat yai": Persona(
        ("หวัดดีครับ", "ฉานนั่งวีลแชร์ครับ ขาขาดจากอุบัติเหตุ", "อยากหลบบ้านครับ"),
        {"consent": "ได้ครับ",
         "idle": "อยากหลบบ้านครับ ไม่มีตังค์ค่ารถ",
         "hardship": "ไม่มีค่ารถครับ งานกะไม่มีทำแล้ว",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "current_province": ("หาดใหญ่ครับ", "สงขลาครับ"),
         "home_province": ("เมืองคอนครับ", "นครศรีธรรมราชครับ อ.ทุ่งสง"),
         "travellers": "ฉานคนเดียวครับ",
         "urgent": "ไม่ด่วนครับ หลาวพักกับเพื่อนที่ทำงานได้อีกสักอาทิตย์",
         "special_needs": "ฉานพิการครับ นั่งวีลแชร์",
         "travel_alone": "ไปคนเดียวได้ครับ ถ้ามีคนช่วยยกรถเข็นขึ้นรถทัวร์",
         "sensitive_consent": "ได้ครับ",
         "needs": "ยังไม่ได้ขึ้นทะเบียนคนพิการครับ อยากได้เบี้ยคนพิการ แล้ววีลแชร์กะพังแล้ว",
         "name": "อาหมัด เส็นหละ",
         "phone": "0817738820",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance", "disability_devices"],
                "name": "อาหมัด", "phone": "0817738820"}),

    # Akha Thai citizen whose card was lost; holds a letter from the district certifying
    # Thai nationality (condition 2 of Source B). Room seized -> urgent. Eligible.
    "holdout13 akha lost card has nationality letter": Persona(
        ("สวัสดีครับ ผมบัตรประชาชนหายครับ แต่มีหนังสือจากอำเภอ",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านที่เชียงรายครับ ไม่มีค่ารถ ตกงาน",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีครับ หายตอนย้ายห้อง ยังไม่ได้ทำใหม่",
         "nationality_letter": "มีครับ หนังสือรับรองจากอำเภอแม่ฟ้าหลวงว่าเป็นคนไทย อยู่ที่นั่นจริง",
         "current_province": "กรุงเทพครับ อยู่บางนา",
         "home_province": "เชียงรายครับ แม่ฟ้าหลวง",
         "travellers": "1 คนครับ",
         "urgent": "ด่วนครับ ห้องโดนยึดแล้ว",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "name": "อาโซ่ แซ่หมื่อ",
         "phone": "0986653102",
         "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True,
                "name": "อาโซ่", "phone": "0986653102"}),

    # Group leader of factory workers in Ayutthaya; Thai digits; says ๕ then corrects to
    # ๔ at the summary. Dorm until the 30th -> not urgent. Eligible, 4 travel.
    "holdout13 factory group ayutthaya corrects count": Persona(
        ("สวัสดีครับ โรงงานปิดครับ พวกผมตกงานกันหลายคน", "เงินเดือนเดือนสุดท้ายก็ไม่ได้"),
        {"consent": "ยอมรับ",
         "idle": "อยากขอค่ารถกลับบ้านครับ กลับกันหลายคน",
         "hardship": "ไม่มีค่ารถกลับครับ",
         "id_card": "มีครับ ทุกคนมีบัตร",
         "nationality_letter": "ไม่มีครับ มีบัตรครบทุกคน",
         "current_province": "อยุธยาครับ นิคมโรจนะ",
         "home_province": "สกลนครครับ ทุกคนบ้านอยู่สกล",
         "travellers": "๕ คนครับ",
         "urgent": "ยังไม่ด่วนครับ หอให้อยู่ได้ถึงวันที่ ๓๐",
         "special_needs": "ไม่มีครับ หนุ่มๆทั้งนั้น",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้งานใหม่ครับ ทุกคนเลย",
         "name": "สมศักดิ์ ไชยวงศ์ ครับ เป็นหัวหน้ากลุ่ม",
         "phone": "๐๘๐-๒๒๑-๕๕๖๗",
         "confirm": ("ผิดครับ ไปแค่ ๔ คน อีกคนมันไปกับแฟนแล้ว", "ใช่ครับ")},
        outcome="case",
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "สกลนคร",
                "travellers": 4, "urgent": False,
                "name": "สมศักดิ์", "phone": "0802215567"}),

    # Man off psychiatric medication sleeping at Sanam Luang; no shelter, no food; mental
    # illness counts as เจ็บป่วย; wants his medicine (Source A 5.1). One thing per message.
    "holdout13 psychiatric patient sleeping sanam luang one part": Persona(
        ("ผมนอนสนามหลวงครับ",),
        {"consent": "ครับ",
         "idle": "อยากกลับบ้านครับ ที่ชัยภูมิ",
         "hardship": "ไม่มีที่นอนครับ ไม่มีข้าวกิน",
         "id_card": "มีครับ เก่าแล้ว",
         "nationality_letter": "ไม่มี",
         "current_province": ("สนามหลวงครับ", "กรุงเทพ"),
         "home_province": "ชัยภูมิ",
         "travellers": "ผมคนเดียว",
         "urgent": "คืนนี้ก็นอนสนามหลวงครับ",
         "special_needs": "ผมป่วยจิตเวชครับ ยาหมดมาเดือนนึงแล้ว",
         "travel_alone": "ไม่รู้ครับ บางทีก็หลงๆ",
         "sensitive_consent": "ได้",
         "needs": "อยากได้ยาจิตเวชครับ อยากหาหมอ",
         "name": "ประยูร ทองดี",
         "phone": "ไม่มีโทรศัพท์ครับ ยืมเขาพิมพ์ เบอร์พี่สาว 0872210984",
         "confirm": "ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["mental_health_care"],
                "name": "ประยูร", "phone": "0872210984"},
        one_part=True),

    # Southern hotel worker with HIV, laid off in Phuket, must leave her room today ->
    # urgent. Asks about money for people with HIV (Source A 2.1). Typo in her surname,
    # fixed at the summary (given name unchanged). Eligible.
    "holdout13 hiv hotel worker phuket to trang": Persona(
        ("หวัดดีค่ะ", "ตกงานจากโรงแรมค่ะ", "อยากหลบบ้านตรัง"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถหลบบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ค่าห้องก็ค้าง",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ภูเก็ตค่ะ ป่าตอง",
         "home_province": "ตรังค่ะ ห้วยยอด",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ เจ้าของห้องให้ออกวันนี้",
         "special_needs": "หนูติดเชื้อเอชไอวีค่ะ กินยาต้านอยู่ แต่แข็งแรงดี",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ แต่อย่าบอกใครนะคะ",
         "needs": "ยาต้านใกล้หมดค่ะ มีเงินช่วยคนติดเชื้อไหมคะ",
         "name": "จิราพร ทองเกลี้ยน",
         "phone": "0624419075",
         "confirm": ("นามสกุลพิมผิดค่ะ ทองเกลี้ยง", "ใช่ค่ะ")},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ตรัง",
                "travellers": 1, "urgent": True, "referrals": ["hiv_aid"],
                "name": "จิราพร", "phone": "0624419075"}),

    # Man and wife fleeing loan-shark threats in Bangkok; cannot go back to the room ->
    # urgent. Wants legal advice (justice centre). Wrong phone fixed at the summary;
    # adds his wife's name after sending. Eligible, 2 travel.
    "holdout13 fleeing loan shark corrects phone": Persona(
        ("พี่ครับช่วยผมด้วย", "โดนเจ้าหนี้นอกระบบตามทวง ขู่จะทำร้าย", "ต้องหนีกลับบ้านด่วนๆ"),
        {"consent": "ok ครับ",
         "idle": "ขอเงินค่ารถกลับอุบลครับ",
         "hardship": "ไม่มีค่ารถครับ เงินหมดตัว",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มี",
         "current_province": "บางกะปิ กทม ครับ",
         "home_province": ("อุบลครับ วารินชำราบ", "อุบลราชธานีครับ"),
         "travellers": "ผมกับเมีย 2 คนครับ",
         "urgent": "ด่วนครับ กลับห้องไม่ได้แล้ว มันดักรออยู่",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากปรึกษาเรื่องกฎหมายครับ หนี้มันโหด ดอกร้อยละยี่สิบต่อเดือน",
         "name": "ณัฐพล แก้วมณี",
         "phone": "0951234876",
         "confirm": ("เบอร์ผิดครับ ที่ถูกคือ 0951234867", "ใช่ครับ")},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 2, "urgent": True, "referrals": ["justice_centre"],
                "name": "ณัฐพล", "phone": "0951234867"},
        after=("ขอโทษครับ ลืมบอก เมียผมชื่อ รัตนา นะครับ",)),

    # Rented house burned down in Nonthaburi; mother, her 1-year-old and her 78-year-old
    # father; nowhere tonight. The father has never had the old-age allowance (Source A
    # 2.2). Eligible, 3 travel.
    "holdout13 house fire family baby and grandpa": Persona(
        ("บ้านเช่าไฟไหม้ค่ะ ไหม้หมดเลย", "ตอนนี้อยู่กับลูกกับพ่อ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับไปอยู่บ้านที่นครสวรรค์ค่ะ ไม่เหลืออะไรเลย",
         "hardship": "ไม่มีที่อยู่ค่ะ ไม่มีเงินด้วย ของไหม้หมด",
         "id_card": "บัตรหนูกับบัตรพ่อคว้ามาทันค่ะ ลูกยังไม่มีบัตร อายุแค่ 1 ขวบ",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "บางบัวทอง นนทบุรีค่ะ",
         "home_province": "นครสวรรค์ค่ะ ลาดยาว",
         "travellers": "3 คนค่ะ หนู ลูก พ่อ",
         "urgent": "คืนนี้ยังไม่รู้จะนอนไหนเลยค่ะ",
         "special_needs": "ลูกเล็ก 1 ขวบค่ะ พ่ออายุ 78 แล้ว เดินช้า",
         "travel_alone": "พ่อไปเองไม่ได้ค่ะ แต่หนูไปด้วย",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "พ่อไม่เคยได้เบี้ยคนแก่เลยค่ะ",
         "name": "มาลัย อ่อนศรี ค่ะ",
         "phone": "0899015522",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "นครสวรรค์",
                "travellers": 3, "urgent": True, "special": ["child", "elderly"],
                "referrals": ["elderly_allowance"],
                "name": "มาลัย", "phone": "0899015522"}),

    # Myanmar worker in Mahachai, unpaid; pink card, no Thai nationality, home is in
    # Myanmar. The aid is for ผู้มีสัญชาติไทย only -> refused.
    "holdout13 myanmar worker mahachai": Persona(
        ("สวัดดีคับ", "ผมคนพม่าคับ ทำงานมหาชัย", "นายจ้างไม่จ่ายตัง อยากกลับบ้าน"),
        {"consent": "ได้คับ",
         "idle": "อยากกลับบ้านคับ ไม่มีตัง",
         "hardship": "ไม่มีตังค่ารถคับ",
         "id_card": "ไม่มีบัตรไทยคับ มีบัตรชมพู",
         "nationality_letter": "ไม่มีคับ ผมไม่ใช่คนไทย",
         "current_province": "มหาชัยคับ สมุทรสาคร",
         "home_province": "บ้านอยู่พม่าคับ เมาะลำเลิง",
         "travellers": "ผมกับเพื่อน 2 คน",
         "urgent": "ด่วนคับ",
         "special_needs": "ไม่มีคับ",
         "travel_alone": "ได้คับ",
         "sensitive_consent": "ได้คับ",
         "needs": "อยากได้ค่าแรงคืนคับ",
         "name": "ซออ่อง",
         "phone": "0972238814",
         "confirm": "ใช่คับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Stateless northern woman in Chiang Mai, home Mae Hong Son; holds a "zero" card,
    # nationality application pending, no letter certifying Thai nationality -> refused.
    "holdout13 stateless woman chiang mai": Persona(
        ("สวัสดีเจ้า อยากกลับบ้านแม่ฮ่องสอนเจ้า",),
        {"consent": "เจ้า ยินยอม",
         "idle": "บ่มีค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีค่ารถเจ้า งานก็บ่มี",
         "id_card": "บ่มีบัตรประชาชนเจ้า มีแต่บัตรเลขศูนย์ ยังบ่ได้สัญชาติไทย",
         "nationality_letter": "บ่มีเจ้า กำลังยื่นขอสัญชาติอยู่ ยังบ่ได้",
         "current_province": "เชียงใหม่เจ้า",
         "home_province": "แม่ฮ่องสอน ปางมะผ้าเจ้า",
         "travellers": "คนเดียวเจ้า",
         "urgent": "บ่ด่วนเจ้า ยังอยู่หอเพื่อนได้",
         "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปเองได้เจ้า",
         "sensitive_consent": "ได้เจ้า",
         "needs": "อยากได้สัญชาติเจ้า",
         "name": "นาหมี่ เลาหลี่",
         "phone": "0883016624",
         "confirm": "เจ้า ถูกแล้ว"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Isan man already back home in Udon Thani for a week, asks to be repaid the fare he
    # spent; no longer away from ภูมิลำเนาเดิม -> refused.
    "holdout13 already home udon wants refund": Persona(
        ("สบายดีบ่", "ข่อยกลับมาฮอดบ้านแล้วเด้อ", "อยากขอเงินค่ารถคืนได้บ่"),
        {"consent": "ได้",
         "idle": "ขอเงินค่ารถที่จ่ายไปตอนกลับจากกรุงเทพคืนได้บ่",
         "hardship": "ตอนนี้บ่มีเงินซื้อข้าว ค่ารถกะหมดไปแล้ว",
         "id_card": "มี",
         "nationality_letter": "บ่มี",
         "current_province": "อุดรครับ อยู่บ้านตัวเองนี่ล่ะ",
         "home_province": "อุดรธานี กุมภวาปี",
         "travellers": "คนเดียว",
         "urgent": "บ่ด่วน อยู่บ้านแม่",
         "special_needs": "บ่มี",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้",
         "needs": "อยากได้งานแถวบ้าน",
         "name": "คำผาย บุตรดี",
         "phone": "0646632018",
         "confirm": "แม่นแล้ว"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา",
                "current": "อุดรธานี", "home": "อุดรธานี"}),

    # Salaried office worker with a room in Bangkok who wants a free Songkran ticket to
    # Buriram; none of the three hardship criteria -> refused.
    "holdout13 salaried worker wants free songkran ticket": Persona(
        ("สงกรานต์นี้ขอตั๋วรถกลับบ้านฟรีได้มั้ยครับ",),
        {"consent": "ยอมรับครับ",
         "idle": "อยากได้ค่ารถกลับบุรีรัมย์ช่วงสงกรานต์ครับ",
         "hardship": "ก็ไม่ได้ลำบากอะไรครับ มีงานประจำ มีห้องอยู่ แค่อยากประหยัดค่ารถ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "กรุงเทพครับ",
         "home_province": "บุรีรัมย์ครับ",
         "travellers": "2 คนครับ กับแฟน",
         "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "name": "ธนวัฒน์ สายทอง",
         "phone": "0812906633",
         "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False}),

    # Released from Klong Prem with no ID card and no letter certifying Thai nationality
    # (neither condition of Source B met) -> refused for now; the Department of Provincial
    # Administration makes ID cards for released prisoners (Source A 1). One per message.
    "holdout13 released no card no letter one part": Persona(
        ("ผมออกจากคุกคลองเปรมครับ",),
        {"consent": "ครับ ยอม",
         "idle": "อยากกลับบ้านกำแพงเพชรครับ ไม่มีตังค์",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีครับ บัตรหายนานแล้ว ตั้งแต่ก่อนติดคุก",
         "nationality_letter": ("ไม่มีครับ ไม่มีเอกสารอะไรเลย", "ไม่มีครับ ไม่รู้จะไปขอที่ไหน"),
         "current_province": "กรุงเทพครับ",
         "home_province": "กำแพงเพชรครับ",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากทำบัตรประชาชนครับ",
         "name": "สุเมธ จันทร์แดง",
         "phone": "0923347781",
         "confirm": "ใช่"},
        outcome="refused",
        expect={"eligible": False, "referrals": ["id_card"]},
        one_part=True),

    # Only asks which documents are needed when the card is lost: Source B condition 2,
    # a letter certifying Thai nationality.
    "holdout13 asks documents card lost": Persona(
        ("ถ้าจะขอค่ารถกลับบ้าน ต้องใช้เอกสารอะไรบ้างคะ บัตรประชาชนหายไปแล้ว",),
        {"consent": "ยินยอมค่ะ",
         "idle": "แค่ถามก่อนค่ะ ยังไม่ขอตอนนี้",
         "hardship": "ยังไม่แน่ใจค่ะ",
         "id_card": "บัตรหายค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ชลบุรีค่ะ",
         "home_province": "ศรีสะเกษค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "ไม่บอกได้มั้ยคะ แค่ถาม",
         "phone": "ไม่สะดวกให้ค่ะ",
         "confirm": "ไม่ต้องส่งค่ะ แค่ถาม"},
        outcome="answered",
        expect={},
        answered="หนังสือรับรอง"),

    # Only asks whether the office is open on Saturday: Source B, Mon-Fri 08.30-16.30.
    "holdout13 asks office open saturday typo": Persona(
        ("พมจ.เปิดวันเสานมั้ยคับ จะไปขอค่ารถกลับบ้าน",),
        {"consent": "ยอมรับคับ",
         "idle": "ถามเรื่องวันเปิดคับ",
         "hardship": "ไม่มีค่ารถคับ",
         "id_card": "มีคับ",
         "nationality_letter": "ไม่มีคับ",
         "current_province": "จันทบุรีคับ",
         "home_province": "ยโสธรคับ",
         "travellers": "คนเดียวคับ",
         "urgent": "ไม่ด่วนคับ มีที่อยู่",
         "special_needs": "ไม่มีคับ",
         "travel_alone": "ได้คับ",
         "sensitive_consent": "ได้คับ",
         "needs": "ไม่มีคับ",
         "name": "ไว้ก่อนคับ",
         "phone": "ไว้ก่อนคับ",
         "confirm": "ยังไม่ส่งคับ"},
        outcome="answered",
        expect={},
        answered="จันทร์"),

    # Only asks whether applying costs money: Source B, no fee.
    "holdout13 asks if it costs money": Persona(
        ("ขอความช่วยเหลือกลับบ้าน ต้องเสียตังค์มั้ยคะ", "ต้องจ่ายค่าอะไรรึป่าว"),
        {"consent": "ไม่ยินยอมค่ะ แค่ถาม",
         "idle": "อยากรู้ว่าเสียเงินมั้ยค่ะ",
         "hardship": "ไม่ได้ลำบากค่ะ ถามให้น้อง",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "นนทบุรีค่ะ",
         "home_province": "มหาสารคามค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ไม่ค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "ไม่ต้องค่ะ",
         "phone": "ไม่ต้องค่ะ",
         "confirm": "ไม่ค่ะ แค่ถาม"},
        outcome="answered",
        expect={},
        answered="ค่าธรรมเนียม"),

    # Northern mother asks how much the disability allowance is for her son, just out of
    # prison and unable to walk: Source A 2.3, 800 baht a month after registering.
    "holdout13 mother asks disability allowance for son": Persona(
        ("ลูกจายขาเดินบ่ได้เจ้า เพิ่งออกจากคุก", "ได้เบี้ยคนพิการเดือนละเต้าใดเจ้า"),
        {"consent": "เจ้า",
         "idle": "ถามเรื่องเบี้ยคนพิการเจ้า",
         "hardship": "บ่ได้ขอค่ารถเจ้า อยู่บ้านแล้ว",
         "id_card": "มีเจ้า",
         "nationality_letter": "บ่มีเจ้า",
         "current_province": "น่านเจ้า",
         "home_province": "น่านเจ้า",
         "travellers": "บ่ได้ไปไหนเจ้า",
         "urgent": "บ่ด่วนเจ้า",
         "special_needs": "ลูกจายพิการเจ้า",
         "travel_alone": "บ่ได้เจ้า",
         "sensitive_consent": "ได้เจ้า",
         "needs": "เบี้ยคนพิการเจ้า",
         "name": "แม่ศรีนวล เจ้า",
         "phone": "0856120934",
         "confirm": "บ่ต้องส่งเจ้า ถามเฉยๆ"},
        outcome="answered",
        expect={},
        answered="800"),
}
