"""Persona set dev39 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: the deep south and the border (Yala, Pattani, Narathiwat, Satun, Songkhla;
Malaysia as a place worked or crossed from, not as home; Malay-Thai speech and titles
บัง/ก๊ะ/เปาะ/มะ), people writing for someone else (a daughter, a grandson, a neighbour,
a village volunteer, a monk, an imam), brief and indirect answers, and places given
as a landmark, district or sub-district instead of a province.
Counts: 23 personas; 14 eligible (case), 4 refused, 5 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import HEALTH, Persona

PERSONAS: dict[str, Persona] = {
    # Isan tom-yum cook, unpaid in Alor Setar, walked back over the Sadao border; no fare,
    # no food, no bed tonight, has ID card. ด่านนอก is the Thai town at Sadao (Songkhla).
    "dev39 tom yum cook back from Malaysia at Dan Nok": Persona(
        ("สวัสดีครับ",
         "ผมเพิ่งกลับจากมาเลครับ ไปทำร้านต้มยำที่อลอสตาร์ นายจ้างไม่จ่ายเงินเดือนสองเดือน "
         "เดินข้ามด่านมาเมื่อเช้า",
         "ตอนนี้อยู่ด่านนอก ตังเหลือ60บาท อยากกลับบ้านศรีสะเกษครับ"),
        {"consent": "ได้ครับ",
         "hardship": "ไม่มีค่ารถครับ ข้าวก็ยังไม่ได้กินตั้งแต่เมื่อวาน",
         "id_card": "มีครับ พาสปอร์ตก็มี",
         "current_province": ("ด่านนอกครับ", "อ.สะเดา จ.สงขลาครับ"),
         "home_province": "ศรีสะเกษ อ.ขุขันธ์ครับ",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากหางานทำแถวบ้านครับ ไม่อยากไปมาเลแล้ว",
         "name": "สมพงษ์ครับ 0631457720"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement"],
                "name": "สมพงษ์", "phone": "0631457720"}),

    # A daughter in Bangkok types for her father (เปาะ), 71, pickpocketed at Hat Yai
    # station; he still has his ID card; home Rueso (Narathiwat). One thing per message.
    "dev39 daughter types for old father stranded at Hat Yai station": Persona(
        ("สวัสดีค่ะ หนูพิมพ์แทนเปาะนะคะ เปาะใช้โทรศัพท์ไม่เป็น",
         "เปาะไปเยี่ยมน้าที่หาดใหญ่ แล้วโดนล้วงกระเป๋าตังหายหมดเลยค่ะ กลับบ้านไม่ได้ "
         "หนูอยู่กทม โอนเงินไปให้ก็ไม่ได้เพราะเปาะไม่มีบัญชี"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ",
         "id_card": "บัตรเปาะยังอยู่ค่ะ โจรเอาไปแต่ตัง",
         "current_province": "ตอนนี้เปาะนั่งรออยู่สถานีรถไฟหาดใหญ่ค่ะ",
         "home_province": "บ้านอยู่รือเสาะค่ะ นราธิวาส",
         "travellers": "เปาะคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้เปาะไม่มีที่นอน",
         "special_needs": "เปาะอายุ71แล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถไฟประจำ",
         "sensitive_consent": "ไม่ค่ะ",
         "name": "ชื่อเปาะ มะแซ ค่ะ",
         "phone": "เบอร์หนูนะคะ 0862219054 เปาะไม่มีโทรศัพท์"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "สงขลา", "home": "นราธิวาส", "travellers": 1,
                "urgent": True, "special": ["elderly"], "name": "มะแซ",
                "phone": "0862219054"}),

    # A monk in Yala town writes for a man cheated of his wages who sleeps at the wat's
    # sala; has ID card, home Chiang Rai; shelter at the wat, so not urgent.
    "dev39 monk in Yala town writes for a man sleeping at the wat": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดในตัวเมืองยะลา",
         "มีโยมผู้ชายคนหนึ่งมาขออาศัยนอนที่ศาลาวัดได้สามคืนแล้ว โยมบอกว่ามาทำงานก่อสร้าง"
         "แล้วโดนเบี้ยวค่าแรง อยากกลับบ้านที่เชียงรายแต่ไม่มีค่ารถ อาตมาช่วยติดต่อแทนได้หรือไม่"),
        {"consent": "โยมเขายินยอมแล้ว",
         "hardship": "ไม่มีค่ารถกลับภูมิลำเนา",
         "id_card": "โยมมีบัตรประชาชน",
         "current_province": "ยะลา",
         "home_province": "เชียงราย อำเภอเทิง",
         "travellers": "โยมคนเดียว",
         "urgent": "ไม่ด่วนมาก นอนที่วัดไปก่อนได้",
         "special_needs": "ไม่มี โยมแข็งแรงดี",
         "sensitive_consent": "ไม่ต้อง",
         "name": "โยมชื่อ บุญมี ติดต่อผ่านอาตมาที่เบอร์ 0815437762"},
        outcome="case",
        expect={"eligible": True, "current": "ยะลา", "home": "เชียงราย", "travellers": 1,
                "urgent": False, "special": [], "name": "บุญมี", "phone": "0815437762"}),

    # A social development volunteer (อพม.) in ต.กำแพง อ.ละงู (Satun) writes for a woman
    # left by her husband with two children (6 and 1½); they stay at the volunteer's house.
    "dev39 village volunteer in La-ngu writes for abandoned mother": Persona(
        ("สวัสดีค่ะ ดิฉันเป็น อพม. อยู่ ต.กำแพง อ.ละงู ค่ะ",
         "มีผู้หญิงคนนึงกับลูก2คน สามีทิ้งไว้ที่นี่ ไม่มีงานไม่มีเงิน อยากกลับไปอยู่กับแม่"
         "ที่พัทลุง ตอนนี้ให้มาพักบ้านดิฉันก่อน ขอค่ารถให้เขาได้ไหมคะ"),
        {"consent": "เขายินยอมค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ค่ารถก็ไม่มี",
         "id_card": "มีค่ะ",
         "current_province": "สตูลค่ะ",
         "home_province": "พัทลุงค่ะ อ.ควนขนุน",
         "travellers": "แม่กับลูกสองคน รวมสามคนค่ะ คนโต6ขวบ คนเล็กขวบครึ่ง",
         "urgent": "ไม่ด่วนค่ะ พักบ้านดิฉันได้",
         "special_needs": "มีลูกเล็กค่ะ ขวบครึ่ง",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "อยากให้เขาได้ฝึกอาชีพค่ะ กลับไปจะได้มีงานทำ",
         "name": "ชื่อ สุนิสา ค่ะ เบอร์ อพม. 0898120345 นะคะ เขาไม่มีโทรศัพท์"},
        outcome="case",
        expect={"eligible": True, "current": "สตูล", "home": "พัทลุง", "travellers": 3,
                "urgent": False, "special": ["child"], "referrals": ["job_training"],
                "name": "สุนิสา", "phone": "0898120345"}),

    # A neighbour (writes in Malay-Thai) asks for ก๊ะเยาะ, sent back from a job on Langkawi,
    # stuck at Tammalang pier (Satun) with two kids (2 and 9); home Yaring (Pattani).
    # First he has to ask her whether she has her card.
    "dev39 neighbour asks for Kak Yoh stuck at Tammalang pier": Persona(
        ("อัสลามูอาลัยกุม",
         "ผมเป็นเพื่อนบ้านก๊ะเยาะครับ ก๊ะไปทำงานที่ลังกาวีแล้วโดนส่งกลับ ตอนนี้ติดอยู่"
         "ท่าเรือตำมะลัง ไม่มีตังกลับบ้านที่ยะหริ่ง ก๊ะโทรมาร้องไห้ให้ผมช่วยถามให้"),
        {"consent": "ได้ครับ ก๊ะบอกว่าได้",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": ("เดี๋ยวถามก๊ะก่อนนะ", "ก๊ะบอกมีบัตรครับ"),
         "nationality_letter": "ก๊ะมีบัตรประชาชนครับ ไม่ต้องใช้หนังสือ",
         "current_province": "ท่าเรือตำมะลังครับ สตูล",
         "home_province": "ยะหริ่ง ปัตตานีครับ",
         "travellers": "ก๊ะกับลูกสองคนครับ ลูก2ขวบกับ9ขวบ",
         "urgent": "ด่วนครับ คืนนี้ก๊ะไม่มีที่นอน นั่งอยู่ท่าเรือ",
         "special_needs": "ลูกเล็ก2ขวบครับ",
         "sensitive_consent": "ไม่เป็นไรครับ",
         "name": "ก๊ะชื่อ มารีเยาะ ครับ โทรเบอร์ผม 0937768210 มือถือก๊ะแบตจะหมดแล้ว"},
        outcome="case",
        expect={"eligible": True, "current": "สตูล", "home": "ปัตตานี", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "มารีเยาะ",
                "phone": "0937768210"}),

    # A young man who answers in one or two words ("อืม", "ไม่รู้สิ", "👍"), one thing per
    # message; in Pattani, home Chumphon, has a bed for now.
    "dev39 terse young man in Pattani going to Chumphon": Persona(
        ("ขอค่ารถกลับบ้าน",),
        {"consent": ("อืม", "ได้"),
         "idle": "ค่ารถ",
         "hardship": "ค่ารถ",
         "id_card": "มี",
         "current_province": "ปัตตานี",
         "home_province": "ชุมพร",
         "travellers": "1",
         "urgent": ("ไม่รู้สิ", "ยังมีที่นอน"),
         "special_needs": "ไม่มี",
         "sensitive_consent": "ไม่",
         "name": "เอ",
         "phone": "0924518836",
         "confirm": "👍"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ปัตตานี", "home": "ชุมพร", "travellers": 1,
                "urgent": False, "special": [], "name": "เอ", "phone": "0924518836",
                "no_referrals": list(HEALTH)}),

    # Fled a factory in Johor; the employer kept her ID card, and she has no letter
    # certifying nationality either. The seeds need one or the other: not yet eligible.
    "dev39 card kept by Johor employer, no papers at Padang Besar": Persona(
        ("สวัสดีค่ะ อยากกลับบ้านค่ะ",
         "ไปทำงานโรงงานที่ยะโฮร์ หนีนายจ้างกลับมา ตอนนี้อยู่ปาดังเบซาร์ค่ะ บ้านอยู่กาฬสินธุ์"),
        {"consent": "ค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "บัตรอยู่กับนายจ้างที่มาเลค่ะ เขายึดไว้",
         "nationality_letter": "ไม่มีค่ะ ไม่มีเอกสารอะไรเลย",
         "current_province": "ปาดังเบซาร์ สะเดาค่ะ",
         "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "คนเดียวค่ะ"},
        outcome="refused",
        expect={"eligible": False}),

    # Left by her boyfriend near Kim Yong market in Hat Yai with an 8-month-old baby;
    # no bed tonight; home Udon Thani; phone typed in Thai digits.
    "dev39 mother with baby near Kim Yong market": Persona(
        ("ช่วยด้วยค่ะ แฟนทิ้งไว้ที่หาดใหญ่ ไม่มีเงินสักบาท มีลูกอ่อนด้วย",
         "อยากกลับบ้านแม่ที่อุดรค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีที่นอนค่ะ เงินก็ไม่มี",
         "id_card": "มีค่ะ",
         "current_province": ("แถวตลาดกิมหยงค่ะ", "หาดใหญ่ค่ะ จ.สงขลา"),
         "home_province": "อุดรธานี อ.กุมภวาปีค่ะ",
         "travellers": "2คนค่ะ หนูกับลูก ลูก8เดือน",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน ลูกร้องทั้งวันแล้ว",
         "special_needs": "ลูกยังเล็กค่ะ 8เดือน",
         "travel_alone": "ไปได้ค่ะ",
         "sensitive_consent": "ไม่ค่ะ",
         "name": "แพรวค่ะ ๐๙๕๗๗๐๒๑๘๔"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "อุดรธานี", "travellers": 2,
                "urgent": True, "special": ["child"], "name": "แพรว",
                "phone": "0957702184"}),

    # Restaurant worker in Betong (Yala) with a stitched hand, let go; can stay with a friend
    # a few more days; wants work near home in Nakhon Phanom. Fixes his phone afterwards.
    "dev39 cut hand cook let go in Betong": Persona(
        ("ผมทำงานร้านอาหารอยู่เบตงครับ มือโดนมีดบาดต้องเย็บ ทำงานไม่ได้ เจ้าของร้านเลยให้ออก",
         "อยากกลับบ้านที่นครพนมครับ ไม่มีค่ารถ"),
        {"consent": "ได้ครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีรายได้ครับ",
         "id_card": "มีครับ",
         "current_province": "เบตงครับ",
         "home_province": "นครพนม อ.ศรีสงคราม",
         "travellers": "คนเดียวครับ",
         "urgent": "ยังพักห้องเพื่อนได้ครับ อีกสองสามวัน",
         "special_needs": "มือยังเจ็บอยู่ครับ แต่เดินทางได้",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้งานทำใกล้บ้านครับ",
         "name": "ธนากร ครับ 0882134409"},
        outcome="case",
        after=("ขอโทษครับ เบอร์ผิด ที่ถูก 0882134490 ครับ",),
        expect={"eligible": True, "current": "ยะลา", "home": "นครพนม", "travellers": 1,
                "urgent": False, "referrals": ["job_placement"], "name": "ธนากร"}),

    # Released this morning from Songkhla central prison, nobody came; home La-ngu (Satun);
    # no bed tonight; must report to probation and wants a job.
    "dev39 released from Songkhla prison going to La-ngu": Persona(
        ("สลามครับ ผมเพิ่งพ้นโทษออกจากเรือนจำกลางสงขลาเมื่อเช้าครับ",
         "ที่บ้านไม่มีใครมารับ ไม่มีตังกลับบ้านที่ละงูครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ ได้คืนตอนออก",
         "current_province": "หน้าเรือนจำครับ อ.เมืองสงขลา",
         "home_province": "ละงู สตูลครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "needs": "ต้องไปรายงานตัวคุมประพฤติครับ แล้วก็อยากหางานทำ ใครจะรับคนติดคุกมาบ้าง",
         "name": "ซูไฮมี ครับ 0649302718"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "สตูล", "travellers": 1,
                "urgent": True, "special": [],
                "referrals": ["probation_support", "job_placement"],
                "name": "ซูไฮมี", "phone": "0649302718"}),

    # Tak Bai fisherman at Mahachai (Samut Sakhon); ID card lost with the boat, but his
    # kamnan issued a letter certifying nationality; wife and son (11); room paid to month end.
    "dev39 Tak Bai fisherman at Mahachai with kamnan letter": Persona(
        ("สวัสดีครับ ผมทำประมงอยู่มหาชัย เรือเจ๊งแล้ว เถ้าแก่ไม่จ่ายซักบาทเลยยะ",
         "บัตรประชาชนตกน้ำหายไปกับเรือ อยากพาเมียกับลูกกลับตากใบครับ"),
        {"consent": "ครับ",
         "hardship": "ไม่มีค่ารถครับ ข้าวก็จะไม่มีกินแล้ว",
         "id_card": "ไม่มีครับ หายไปแล้ว",
         "nationality_letter": "มีครับ กำนันบ้านผมที่ตากใบออกให้แล้ว",
         "current_province": "มหาชัยครับ",
         "home_province": "ตากใบ นราธิวาส",
         "travellers": "3คนครับ ผม เมีย ลูกชาย11ขวบ",
         "urgent": "ยังนอนห้องเช่าได้ถึงสิ้นเดือนครับ",
         "special_needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "name": "ดอเลาะ",
         "phone": "0817745093"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "นราธิวาส",
                "travellers": 3, "urgent": False, "special": [], "referrals": ["id_card"],
                "name": "ดอเลาะ", "phone": "0817745093"}),

    # Elderly woman in Chana writing southern dialect: hungry, but she is already in her
    # home district (Songkhla = Songkhla). The return-home aid does not fit.
    "dev39 old woman already home in Chana": Persona(
        ("บ้านฉานอยู่จะนะ ตอนนี้ก็อยู่จะนะนี่แหละ",
         "ไม่มีข้าวกินแล้ว ลูกก็ไม่ส่งเงินมา ช่วยได้ม้าย"),
        {"consent": "ได้",
         "hardship": "ไม่มีข้าวกิน ไม่มีรายได้",
         "id_card": "มี",
         "current_province": "จะนะ สงขลา",
         "home_province": "จะนะ สงขลานี่แหละ บ้านฉานเอง",
         "travellers": "ฉานคนเดียว"},
        outcome="refused",
        expect={"eligible": False}),

    # Myanmar worker at a Pattani fish pier: pink card, not Thai; home is in Myanmar.
    "dev39 Myanmar pier worker in Pattani": Persona(
        ("ผมคนพม่าครับ ทำงานแพปลาที่ท่าเรือปัตตานี",
         "นายจ้างไม่จ่ายตัง อยากกลับบ้านครับ ช่วยค่ารถได้ไหม"),
        {"consent": "ได้ครับ",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "ไม่มีครับ มีบัตรชมพู",
         "nationality_letter": "ไม่มีครับ ผมไม่ใช่คนไทย",
         "current_province": "ปัตตานี",
         "home_province": "พม่า เมืองทวาย"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # PSU student in Hat Yai with money, just wants to save it: no hardship.
    "dev39 PSU student with money going home to Yala": Persona(
        ("สวัสดีค่ะ เป็นนักศึกษา ม.อ. หาดใหญ่ค่ะ",
         "ปิดเทอมจะกลับบ้านที่ยะลา ทางไปเบตงโน่น ขอค่ารถกลับบ้านได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่ได้เดือดร้อนค่ะ มีเงินอยู่ แต่อยากประหยัด",
         "id_card": "มีค่ะ",
         "current_province": "หาดใหญ่ค่ะ",
         "home_province": "ยะลาค่ะ",
         "travellers": "คนเดียวค่ะ"},
        outcome="refused",
        expect={"eligible": False}),

    # An imam in Bacho asks for the villagers whether there is a fee: the seeds say none.
    "dev39 imam in Bacho asks about a fee": Persona(
        ("อัสลามูอาลัยกุม ผมเป็นโต๊ะอิหม่ามที่บาเจาะ ชาวบ้านฝากถามว่าถ้าขอเงินช่วยค่ารถกลับบ้าน"
         "ต้องเสียค่าธรรมเนียมหรือค่าดำเนินการอะไรไหมครับ",),
        {"idle": "ขอบคุณครับ แค่ถามแทนชาวบ้าน",
         "consent": "ได้ครับ"},
        outcome="answered",
        answered="ธรรมเนียม"),

    # A sister in Nong Chik asks whether the justice centre pays fare home for her brother
    # just out of prison: Source A 7.1 says it does.
    "dev39 sister in Nong Chik asks about justice centre fare": Persona(
        ("ศูนย์ยุติธรรมชุมชนที่หนองจิก ช่วยค่ารถกลับบ้านได้ด้วยเหรอคะ น้องชายเพิ่งออกจากคุก",),
        {"idle": "โอเคค่ะ ขอบคุณค่ะ",
         "consent": "ได้ค่ะ"},
        outcome="answered",
        answered="ยุติธรรม"),

    # A mother (มะ) in Sai Buri asks about the disability allowance: 800 baht a month.
    "dev39 mother in Sai Buri asks disability allowance": Persona(
        ("ลูกสาวมะพิการ ขาไม่มีแรงเดินไม่ได้ เบี้ยคนพิการได้เดือนละกี่บาทคะ ต้องทำไงบ้าง",),
        {"idle": "ขอบคุณค่ะ",
         "consent": "ได้ค่ะ"},
        outcome="answered",
        answered="800"),

    # A nephew asks if the provincial office opens on Saturday: Mon-Fri only (1300 all hours).
    "dev39 nephew asks if office opens Saturday": Persona(
        ("พัฒนาสังคมจังหวัดเปิดวันเสาร์อาทิตย์ไหมครับ พรุ่งนี้วันเสาร์ จะพาน้าไปขอค่ารถ",),
        {"idle": "โอเคครับ ขอบคุณ",
         "consent": "ได้ครับ"},
        outcome="answered",
        answered="ศุกร์"),

    # A daughter asks who pays if her diabetic mother falls ill while waiting to go home:
    # a government hospital, outpatient, actual cost.
    "dev39 daughter asks who pays if mother falls ill on the way": Persona(
        ("ถ้าแม่ป่วยระหว่างรอกลับบ้าน ไปหาหมอใครจ่ายคะ แม่เป็นเบาหวาน",),
        {"idle": "เข้าใจแล้วค่ะ ขอบคุณค่ะ",
         "consent": "ได้ค่ะ"},
        outcome="answered",
        answered="โรงพยาบาล"),

    # Worked at a rice shop in Kota Bharu, let go when pregnant (7 months), crossed the
    # bridge to Sungai Kolok; the imam lets her sleep at his house tonight; home Thung Song.
    "dev39 pregnant woman back from Kota Bharu at Sungai Kolok": Persona(
        ("สวัสดีค่ะ",
         "หนูทำงานร้านข้าวที่โกตาบารูค่ะ ท้องแล้วนายจ้างให้ออก เพิ่งข้ามสะพานมาโกลกเมื่อวาน",
         "อยากกลับบ้านทุ่งสงค่ะ ไม่มีตังเลย"),
        {"consent": "ได้ค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "สุไหงโก-ลกค่ะ",
         "home_province": "ทุ่งสง นครศรีฯค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "คืนนี้โต๊ะอิหม่ามให้นอนที่บ้านก่อนค่ะ",
         "special_needs": "ท้อง7เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "อยากฝากครรภ์ค่ะ ยังไม่เคยไปหาหมอเลย",
         "name": "น้ำฝน",
         "phone": "0612048837"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "นราธิวาส", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "น้ำฝน", "phone": "0612048837"}),

    # A grandson types for his grandmother (78, heart disease) discharged today from the
    # PSU hospital in Hat Yai; money went on medicine; she cannot go alone, he goes too.
    "dev39 grandson for grandma discharged from PSU hospital": Persona(
        ("สวัสดีครับ ผมพิมพ์แทนยายครับ",
         "ยายมารักษาที่โรงพยาบาล ม.อ. หาดใหญ่ หมอให้กลับบ้านแล้ว แต่ตังหมดไปกับค่ายาหมดเลยครับ",
         "บ้านอยู่ทุ่งหว้าครับ"),
        {"consent": "👍",
         "hardship": "ไม่มีค่ารถกลับครับ",
         "id_card": "ยายมีครับ",
         "current_province": "หาดใหญ่ครับ",
         "home_province": "ทุ่งหว้า สตูล",
         "travellers": "2คนครับ ผมกับยาย",
         "urgent": "หมอให้ออกวันนี้ครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ยายอายุ78ครับ เป็นโรคหัวใจ เพิ่งออกจากโรงพยาบาล",
         "travel_alone": "ยายไปคนเดียวไม่ได้ครับ ผมต้องพาไป",
         "sensitive_consent": "ยินยอมครับ",
         "needs": "ไม่มีครับ",
         "name": "ผมชื่อฟาริดครับ ยายชื่อเจ๊ะเยาะ 0836675120"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "สตูล", "travellers": 2,
                "urgent": True, "special": ["elderly", "sick", "cannot_travel_alone"],
                "phone": "0836675120"}),

    # Voice-typed: a couple on a building site in Bannang Sata (Yala); the contractor ran off
    # with two months' wages; camp until tomorrow; home Kalasin; wants legal advice.
    "dev39 voice typed couple cheated by contractor in Bannang Sata": Persona(
        ("สวัสดีค่ะ พิมพ์ด้วยเสียงนะคะ ถ้าผิดขอโทษค่ะ",
         "ตอนนี้อยู่ที่อำเภอบันนังสะตา ยะลา มาทำงานก่อสร้างกับสามี ผู้รับเหมาหนีไปแล้ว"
         "ไม่จ่ายค่าแรงเลยค่ะ สองเดือนแล้ว เงินไม่มีเหลือเลย อยากกลับบ้านที่กาฬสินธุ์ค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านค่ะ ข้าวก็ต้องขอเขากิน",
         "id_card": "มีทั้งสองคนค่ะ",
         "current_province": "บันนังสะตาค่ะ",
         "home_province": "กาฬสินธุ์ ยางตลาดค่ะ",
         "travellers": "สองคนค่ะ ฉันกับสามี",
         "urgent": "คืนนี้ยังนอนแคมป์ได้ค่ะ แต่พรุ่งนี้เขาให้ออกแล้ว",
         "special_needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "อยากปรึกษากฎหมายค่ะ จะฟ้องเรื่องค่าแรงได้ไหม",
         "name": "บัวผันค่ะ",
         "phone": "080 712 3345"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ยะลา", "home": "กาฬสินธุ์", "travellers": 2,
                "special": [], "referrals": ["justice_centre"], "name": "บัวผัน",
                "phone": "0807123345"}),

    # Restaurant closed in Bangkok (Ramkhamhaeng); says "ปัตตานี" for the region, then
    # corrects at the summary: home is Raman, Yala. Stays with a friend, not urgent.
    "dev39 says Pattani then corrects to Raman Yala": Persona(
        ("สวัสดีค่ะ อยู่กรุงเทพ แถวราม อยากกลับบ้านปัตตานีค่ะ",
         "ร้านอาหารที่ทำปิดไปแล้ว เงินเดือนก็ไม่ได้"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "กรุงเทพค่ะ รามคำแหง",
         "home_province": "ปัตตานีค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังพักห้องเพื่อนได้ค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "name": "ฟาตีเมาะ 0985512063",
         "confirm": ("บ้านจริงๆอยู่อำเภอรามัน ยะลานะคะ ไม่ใช่ปัตตานี พิมพ์ผิดค่ะ",
                     "ถูกต้องค่ะ")},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยะลา",
                "travellers": 1, "urgent": False, "special": [], "name": "ฟาตีเมาะ",
                "phone": "0985512063"}),
}
