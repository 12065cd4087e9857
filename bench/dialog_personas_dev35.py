"""Persona set dev35 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: hardship and documents told in everyday ways (a partner who ran off with the
money, wages withheld, a phone sold for rice, football gambling, a call-centre scam, a
boss who vanished, a rotating-savings scheme that collapsed; an ID card pawned, held by a
landlord as a deposit, expired and being renewed at the district office, a pink card and
a yellow house register, a birth certificate only; a village head or kamnan who is a
relative); places given by landmarks, markets, bus stations, temples, hospitals,
industrial estates, nicknames of provinces and districts alone; self-corrections and
changes at the summary; bursts of short messages; elders and people with disabilities
who need an escort and others who go alone; two released prisoners, one non-Thai, one
with no hardship, two with questions only.
Counts: 22 personas; 17 eligible (case), 3 refused, 2 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import HEALTH, Persona  # noqa: F401

PERSONAS: dict[str, Persona] = {
    # Isan woman whose boyfriend took her savings; sits at Mo Chit (Bangkok bus terminal),
    # home Det Udom, Ubon. No fare home (Source B criterion 3), card in hand, sleeping
    # in the terminal tonight -> urgent.
    "dev35 boyfriend ran off with her savings at Mo Chit": Persona(
        ("สวัสดีค่ะ", "แฟนเอาเงินเก็บหนีไปกับผู้หญิงอื่น เหลือติดตัวร้อยกว่าบาท",
         "ตอนนี้นั่งอยู่หมอชิตค่ะ จะกลับอุบลฯ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ เงินโดนแฟนเอาไปหมดเลย",
         "id_card": "มีค่ะ บัตรยังอยู่ในกระเป๋า โชคดีมันไม่เอาไปด้วย",
         "nationality": "คนไทยค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "หมอชิตค่ะ ขนส่งหมอชิต", "home_province": "อุบลฯค่ะ อ.เดชอุดม",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน ต้องนอนในขนส่ง",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีแล้วค่ะ ขอบคุณมากๆค่ะ🙏", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "แหม่มค่ะ", "phone": "089-123-4567"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": [], "name": "แหม่ม",
                "phone": "0891234567"}),

    # Isan builder at Amata Nakorn estate (Chon Buri), contractor withholding two months'
    # wages, no money for rice or fare (criteria 2, 3). Says two travel, then at the summary
    # adds his 4-year-old daughter -> 3. Camp bed for a few more days -> not urgent.
    "dev35 builder with wages withheld at Amata adds daughter at summary": Persona(
        ("อ้ายครับ ผมเฮ็ดงานก่อสร้างอยู่นิคมอมตะนคร",
         "ผู้รับเหมาบ่จ่ายค่าแฮงสองเดือนแล้ว บ่มีตังค์ซื้อเข่า",
         "อยากกลับโคราชบ้านเฮาครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ค่าแรงโดนกั๊กไว้ครับ บ่มีเงินซื้อข้าว บ่มีค่ารถกลับบ้าน",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "บ่มีครับ",
         "current_province": "นิคมอมตะนครครับ", "home_province": "โคราชครับ ปักธงชัย",
         "travellers": "2 คนครับ ผมกับเมีย",
         "urgent": "ยังบ่ด่วนครับ ยังนอนแคมป์คนงานได้อีกสองสามมื้อ",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "บ่มีแล้วครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ลืมบอกครับ ลูกสาวไปนำ อายุ 4 ขวบ รวมเป็น 3 คนเด้อครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "name": "บุญเลิศครับ", "phone": "๐๘๑-๕๕๔-๒๓๑๐"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครราชสีมา",
                "travellers": 3, "urgent": False, "name": "บุญเลิศ",
                "phone": "0815542310"}),

    # Southern lad at Mahachai market (Samut Sakhon) who sold his phone for rice, types on
    # a friend's phone; home Thung Song (Nakhon Si Thammarat). No food or income (criterion
    # 2). No number of his own, then gives his mother's. Wants work back home.
    "dev35 southern lad sold his phone for rice at Mahachai": Persona(
        ("หวัดดีครับพี่", "ขายโทรศัพท์กินข้าวไปแล้วครับ ตอนนี้ยืมเครื่องเพื่อนพิมพ์"),
        {"consent": "ได้ครับ",
         "hardship": "ไม่มีไหรกินแล้วพี่ งานก็ไม่มี เบี้ยหมดเกลี้ยงแล้วหนิ",
         "id_card": "มีบัตรครับ", "nationality": "ไทยครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "ตลาดมหาชัยครับ", "home_province": "ทุ่งสงครับ เมืองคอน",
         "travellers": "ตัวคนเดียวครับ",
         "urgent": "ยังไม่ด่วนครับ นอนห้องเพื่อนได้อยู่",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากหางานทำที่บ้านครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกแล้วครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "name": "เอ็มครับ",
         "phone": ("ไม่มีเบอร์แล้วครับ ขายเครื่องไปแล้ว", "งั้นเบอร์แม่ที่ทุ่งสงครับ 0813349876")},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False, "referrals": ["job_placement"],
                "name": "เอ็ม", "phone": "0813349876"},
        one_part=True),

    # Lost everything on football betting, evicted, sleeping in the hall of Wat Rai Khing
    # (Sam Phran, Nakhon Pathom); home Wanon Niwat, Sakon Nakhon. Card pawned to a loan
    # shark, but his uncle is village head and sent the nationality letter (Source B
    # conditions 2). The monk lets him stay two nights -> not urgent.
    "dev35 gambler at Wat Rai Khing with card pawned, uncle is village head": Persona(
        ("เล่นพนันบอลจนหมดตัวครับ", "ตอนนี้อาศัยนอนศาลาวัดไร่ขิง"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีที่อยู่ครับ ห้องโดนไล่ ตังค์ก็ไม่มีสักบาท",
         "id_card": "บัตรประชาชนเอาไปจำนำไว้กับเจ้าหนี้นอกระบบครับ ตอนนี้ไม่มีบัตรอยู่กับตัว",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านเป็นอาผมเอง ทำหนังสือรับรองให้แล้ว ส่งรูปมาทางไลน์",
         "current_province": "วัดไร่ขิงครับ สามพราน", "home_province": "วานรนิวาสครับ สกลฯ",
         "travellers": "คนเดียวครับ",
         "urgent": "หลวงพี่ให้นอนศาลาได้อีกสองคืนครับ ยังไม่ด่วน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ ไปเอาคืนจากเจ้าหนี้ไม่ได้แล้ว",
         "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ก้องครับ", "phone": "0876543210"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "สกลนคร",
                "travellers": 1, "urgent": False, "referrals": ["id_card"],
                "name": "ก้อง", "phone": "0876543210"}),

    # Northern grandmother, 72, voice-typing; came to visit a grandchild in Siriraj
    # hospital (Bangkok), a fake-police call drained her account. Cannot read, cannot ride
    # alone -> an officer may travel along (Reg. 2543 art. 6(3)). No bed tonight.
    "dev35 Nan grandma scammed by fake police at Siriraj needs escort": Persona(
        ("ยายมาเยี่ยมหลานนอนโรงบาลศิริราชเจ้า มีคนโทรมาว่าเป็นตำรวจ ให้ยายโอนเงินหมดบัญชีเลยเจ้า บ่มีเงินกลับบ้านแล้ว",),
        {"consent": "ได้เจ้า",
         "hardship": "บ่มีค่ารถกลับบ้านเจ้า",
         "id_card": "มีเจ้า", "nationality": "คนไทยเจ้า", "nationality_letter": "บ่มีเจ้า",
         "current_province": "โรงบาลศิริราชเจ้า", "home_province": "อำเภอปัว เมืองน่านเจ้า",
         "travellers": "ยายคนเดียวเจ้า",
         "urgent": "คืนนี้บ่มีที่นอนเจ้า นั่งม้านั่งหน้าตึกอยู่",
         "special_needs": "ยายอายุ 72 แล้วเจ้า อ่านหนังสือบ่ออก ขึ้นรถคนเดียวบ่เป็น",
         "travel_alone": "ไปคนเดียวบ่ได้เจ้า ต้องมีคนพาไป",
         "needs": "บ่มีแล้วเจ้า", "sensitive_consent": "ได้เจ้า",
         "confirm": "ถูกแล้วเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "name": "ยายคำปันเจ้า", "phone": "0937765412"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort"], "name": "คำปัน", "phone": "0937765412"}),

    # Factory owner at Laem Chabang (Si Racha, Chon Buri) vanished without paying; couple
    # evicted today, wife 7 months pregnant; home given as the district Nang Rong (Buri
    # Ram) only. No income, no shelter tonight -> urgent. Answers one thing at a time.
    "dev35 boss vanished at Laem Chabang, pregnant wife, home Nang Rong": Persona(
        ("เถ้าแก่โรงงานหนีไปแล้วค่ะ ปิดโรงงานเงียบเลย ค่าแรงก็ไม่ได้",),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ห้องเช่าก็โดนไล่ออก",
         "id_card": "มีทั้งสองคนค่ะ", "nationality": "ไทยค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "แหลมฉบังค่ะ ศรีราชา", "home_province": "นางรองค่ะ",
         "travellers": "สองคนค่ะ ดิฉันกับสามี",
         "urgent": "ด่วนค่ะ เจ้าของห้องให้ออกวันนี้ คืนนี้ยังไม่รู้จะนอนไหน",
         "special_needs": "ดิฉันท้อง 7 เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ สามีไปด้วย",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "นิดค่ะ", "phone": "0625558899"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": True, "special": ["pregnant"],
                "name": "นิด", "phone": "0625558899"},
        one_part=True),

    # Southern mother in Hat Yai (Songkhla), the curry shop she worked at closed, behind
    # on rent; the landlady held her card as a deposit but gave it back this morning (has
    # card). Home Phunphin, Surat Thani, with her 3-year-old son. Can stay till Sunday.
    "dev35 Hat Yai mother whose card the landlady held as deposit": Persona(
        ("น้องคะ", "พี่อยู่หาดใหญ่ค่ะ ร้านข้าวแกงที่ทำงานเจ๊งแล้ว ค้างค่าห้องสองเดือน",
         "เจ๊เจ้าของห้องยึดบัตรประชาชนไว้เป็นมัดจำ พี่ไม่รู้ไซแล้ว"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีงานไม่มีเงินค่ะ ค่ารถกลับบ้านก็ไม่มี",
         "id_card": "ได้คืนแล้วค่ะ เมื่อเช้าเจ๊คืนให้ เอาทีวีแลกไว้แทน ตอนนี้มีบัตรค่ะ",
         "nationality": "ไทยค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "หาดใหญ่ค่ะ แถวตลาดกิมหยง", "home_province": "สุราษฎร์ค่ะ พุนพิน",
         "travellers": "สองคนค่ะ พี่กับลูกชาย",
         "urgent": "ไม่ด่วนค่ะ เจ๊ให้อยู่ได้ถึงวันอาทิตย์",
         "special_needs": "ลูกชายสามขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีแล้วค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "พี่อ้อยค่ะ", "phone": "0817001122"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "สุราษฎร์ธานี",
                "travellers": 2, "urgent": False, "special": ["child"],
                "name": "อ้อย", "phone": "0817001122"}),

    # Released yesterday from Chiang Mai central prison, at Arcade bus terminal; card
    # expired inside and is being renewed at the district office (holds the old one ->
    # expired). Home Thoen, Lampang. Sleeping at the terminal -> urgent. Asks for work and
    # Thai massage (Source A 3.2, 5.3); fixes his phone after the request is sent.
    "dev35 released prisoner at Arcade terminal, card expired being renewed": Persona(
        ("เพิ่งพ้นโทษออกจากเรือนจำกลางเชียงใหม่เมื่อวานครับ", "ตอนนี้อยู่ขนส่งอาเขต"),
        {"consent": "ยินยอมครับ",
         "hardship": "บ่มีเงินค่ารถกลับบ้านครับ",
         "id_card": "บัตรหมดอายุตอนอยู่ข้างในครับ ไปยื่นทำใหม่ที่อำเภอแล้ว เขาให้ใบนัดมา ตอนนี้ถือบัตรเก่าอยู่",
         "nationality": "คนไทยครับ", "nationality_letter": "บ่มีครับ",
         "current_province": "ขนส่งอาเขตครับ", "home_province": "เถินครับ ลำปาง",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ต้องนอนขนส่งครับ บ่มีที่ไป",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากหางานทำครับ ถ้ามีฝึกนวดแผนไทยก็ดี ผมเคยเรียนนวดในเรือนจำ",
         "sensitive_consent": "ได้ครับ บันทึกได้",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ต้นครับ", "phone": "0957712468"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "id_card_state": "expired",
                "referrals": ["job_placement", "thai_massage_training"],
                "name": "ต้น", "phone": "0957712486"},
        after=("ขอแก้เบอร์ครับ เมื่อกี้พิมพ์สลับ ที่ถูก 0957712486",)),

    # A volunteer at Rajavithi hospital (Bangkok) types for an amputee wheelchair user,
    # discharged with no fare home to Kantharalak (Si Sa Ket); needs someone to help him on
    # the bus (Reg. art. 6(3)); broken wheelchair and not yet registered (Source A 2.3).
    "dev35 volunteer for wheelchair uncle at Rajavithi, needs escort": Persona(
        ("สวัสดีครับ ผมเป็นจิตอาสาที่ รพ.ราชวิถี พิมพ์แทนคนไข้ครับ",
         "ลุงเขานั่งรถเข็น ขาขาดข้างนึง หมอให้กลับบ้านได้แล้วแต่ไม่มีค่ารถ"),
        {"consent": "ลุงบอกยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ญาติก็ไม่มีอยู่ทางนี้",
         "id_card": "ลุงมีบัตรครับ", "nationality": "คนไทยครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "รพ.ราชวิถีครับ แถวอนุสาวรีย์ชัย", "home_province": "กันทรลักษ์ครับ",
         "travellers": "ลุงคนเดียวครับ",
         "urgent": "ยังนอน รพ. ได้ถึงพรุ่งนี้ครับ",
         "special_needs": "ลุงพิการขาครับ นั่งรถเข็น",
         "travel_alone": "ไปเองไม่ได้ครับ ต้องมีคนช่วยยกขึ้นรถ",
         "needs": "รถเข็นลุงล้อพังครับ อยากได้คันใหม่ แล้วลุงยังไม่ได้ขึ้นทะเบียนคนพิการ อยากได้เบี้ยคนพิการด้วยครับ",
         "sensitive_consent": "ลุงบอกได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือให้คนไข้ครับ",
         "name": "ลุงสุขครับ", "phone": "เบอร์ผมนะครับ 0897001234"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ",
                "travellers": 1, "special": ["disabled", "cannot_travel_alone"],
                "referrals": ["travel_escort", "disability_devices", "disability_allowance"],
                "name": "สุข", "phone": "0897001234"}),

    # Deaf man who texts only; wallet lost at the Victory Monument van stop (Bangkok), card
    # kept apart so he still has it; home Kumphawapi, Udon. Disabled but rides alone, so no
    # escort; a deaf friend puts him up tonight -> not urgent.
    "dev35 deaf man at Victory Monument who goes alone to Udon": Persona(
        ("ผมหูหนวกครับ คุยโทรศัพท์ไม่ได้ พิมพ์ได้อย่างเดียว", "กระเป๋าตังค์หายที่ท่ารถตู้อนุสาวรีย์ชัย",
         "จะกลับอุดรฯ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านครับ",
         "id_card": "มีครับ บัตรประชาชนเก็บไว้กระเป๋าเสื้อ ไม่หาย",
         "nationality": "ไทยครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "อนุสาวรีย์ชัยครับ", "home_province": "อุดรฯครับ อ.กุมภวาปี",
         "travellers": "1 คนครับ",
         "urgent": "ไม่ด่วนครับ คืนนี้นอนบ้านเพื่อนหูหนวกด้วยกันได้",
         "special_needs": "ผมหูหนวกครับ เป็นคนพิการ มีบัตรคนพิการแล้ว",
         "travel_alone": "ไปเองได้ครับ ขึ้นรถทัวร์คนเดียวประจำ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ 👍", "idle": "ขอความช่วยเหลือครับ",
         "name": "เก่งครับ", "phone": "ส่งข้อความได้อย่างเดียวนะครับ 0861234098"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุดรธานี",
                "travellers": 1, "urgent": False, "special": ["disabled"],
                "no_referrals": ["travel_escort"], "name": "เก่ง", "phone": "0861234098"}),

    # 66-year-old left at Hua Lamphong station by his son, no one to care for him (criterion
    # 1); home Phimai, Korat. Fit, rides the train alone -> no escort. Never had the
    # old-age allowance (Source A 2.2). One thing per message.
    "dev35 elder left at Hua Lamphong by his son, goes alone to Phimai": Persona(
        ("ลุงอายุ 66 แล้ว ลูกชายพามาปล่อยไว้หัวลำโพง บอกจะมารับก็ไม่มา", "โทรไปก็ไม่รับ"),
        {"consent": "ยินยอม",
         "hardship": "ไม่มีที่อยู่ ไม่มีใครดูแลครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "หัวลำโพงครับ", "home_province": "พิมายครับ โคราช",
         "travellers": "ลุงคนเดียว",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "special_needs": "ลุงแก่แล้ว 66 แต่ยังแข็งแรงอยู่",
         "travel_alone": "ไปเองได้ครับ ขึ้นรถไฟเป็น",
         "needs": "อยากได้เบี้ยคนแก่ครับ ยังไม่เคยได้เลย", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้อง", "idle": "ขอความช่วยเหลือครับ",
         "name": "ลุงสมบัติ", "phone": "0817778899"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "no_referrals": ["travel_escort"],
                "name": "สมบัติ", "phone": "0817778899"},
        one_part=True),

    # Just out of Klong Prem prison (Lat Yao, Chatuchak, Bangkok); card lost at his arrest,
    # the kamnan (his uncle by marriage) sent a nationality letter; home Selaphum, Roi Et.
    # Needs a new card (Source A 1.1) and HIV medicines (Source A 2.1), records allowed.
    "dev35 released from Klong Prem, no card, kamnan uncle, HIV": Persona(
        ("ผมพ้นโทษออกมาจากคลองเปรมครับ", "บัตรหายตั้งแต่ตอนโดนจับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "บ่มีเงินสักบาทครับ บ่มีค่ารถกลับบ้าน",
         "id_card": "ไม่มีครับ หายไปนานแล้ว", "nationality": "ไทยแท้ครับ",
         "nationality_letter": "มีครับ กำนันเป็นลุงเขยผม เขียนหนังสือรับรองส่งมาทางไลน์ให้แล้ว",
         "current_province": "หน้าเรือนจำคลองเปรมครับ แถวลาดยาว จตุจักร",
         "home_province": "เสลภูมิครับ ร้อยเอ็ด",
         "travellers": "คนเดียวครับ", "urgent": "คืนนี้บ่มีที่นอนครับ",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ แล้วก็ต้องรับยาต้านไวรัสต่อ ผมติดเชื้อ HIV",
         "sensitive_consent": "บันทึกได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ชาติครับ", "phone": "08-2345-6781"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "referrals": ["id_card", "hiv_aid"],
                "name": "ชาติ", "phone": "0823456781"}),

    # Clothes-stall seller at Rong Kluea market (Aranyaprathet, Sa Kaeo) whose stall burned
    # down; takes his mother, 78, home to Pak Phanang (Nakhon Si Thammarat, district only).
    # She is elderly but he travels with her. A temple lets them stay -> not urgent.
    "dev35 son from Rong Kluea market takes his old mother to Pak Phanang": Persona(
        ("แผงเสื้อผ้าผมที่ตลาดโรงเกลือไฟไหม้หมดครับ", "ทุนก็หมด ไม่มีรายได้แล้ว",
         "อยากพาแม่กลับบ้านที่ปากพนัง"),
        {"consent": "โอเคครับ ยินยอม",
         "hardship": "ไม่มีรายได้ครับ ค่ารถกลับบ้านก็ไม่พอ",
         "id_card": "มีครับ ทั้งผมทั้งแม่", "nationality": "ไทยครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "ตลาดโรงเกลือครับ อรัญ", "home_province": "ปากพนังครับ",
         "travellers": "สองคนครับ ผมกับแม่",
         "urgent": "ยังไม่ด่วนครับ พักวัดแถวตลาดได้อยู่",
         "special_needs": "แม่ผมอายุ 78 ครับ เดินช้าแต่เดินได้",
         "travel_alone": "ผมพาแม่ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกแล้วครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "เอกครับ", "phone": "0898887766"},
        outcome="case",
        expect={"eligible": True, "current": "สระแก้ว", "home": "นครศรีธรรมราช",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "name": "เอก", "phone": "0898887766"}),

    # Young Northern woman lured with a fake restaurant job to Mae Sot (Tak), the broker
    # disappeared; 5 months pregnant; people are looking for her -> unsafe, urgent. Home
    # Fang (Chiang Mai, district only). Thai digits in the phone; one thing per message.
    "dev35 pregnant girl lured with a fake job to Mae Sot, home Fang": Persona(
        ("หนูโดนหลอกมาทำงานค่ะ บอกว่าเป็นงานร้านอาหาร", "มาถึงแม่สอดไม่มีงาน คนพามาหายไปเลย"),
        {"consent": "ยินยอมเจ้า",
         "hardship": "บ่มีเงินเจ้า บ่มีค่ารถกลับ ข้าวก็บ่ได้กิน",
         "id_card": "มีค่ะ", "nationality": "คนไทยค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "แม่สอดค่ะ แถวตลาดริมเมย", "home_province": "ฝางค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ไม่ปลอดภัย คนแถวนี้ตามหาหนูอยู่",
         "special_needs": "หนูท้อง 5 เดือนค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ ขอกลับบ้านก่อน", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องเจ้า", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "ฝนค่ะ", "phone": "๐๖๑๒๓๔๕๖๗๘"},
        outcome="case",
        expect={"eligible": True, "current": "ตาก", "home": "เชียงใหม่",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "name": "ฝน", "phone": "0612345678"},
        one_part=True),

    # Isan woman at Talaad Thai (Khlong Luang, Pathum Thani) whose rotating-savings circle
    # collapsed; says home is Ban Phai (Khon Kaen), then at the summary changes it to her
    # sister's in Yang Talat, Kalasin (a relative's home counts: Reg. art. 4).
    "dev35 savings circle collapsed at Talaad Thai, changes home at summary": Persona(
        ("เล่นแชร์แล้วแชร์ล้มค่ะ เงินหายหมดเลย", "ตอนนี้อยู่ตลาดไท"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงินจ่ายค่าห้อง ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ตลาดไทค่ะ คลองหลวง", "home_province": "ขอนแก่นค่ะ บ้านไผ่",
         "travellers": "1 คนค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังนอนห้องได้ถึงสิ้นเดือน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ขอแก้ค่ะ บ้านไผ่ไม่มีใครแล้ว จะไปอยู่กับพี่สาวที่กาฬสินธุ์แทน อำเภอยางตลาดค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "name": "จิ๋วค่ะ", "phone": "0934561278"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "name": "จิ๋ว",
                "phone": "0934561278"}),

    # Isan deckhand, the boat skipper kept three months' pay; starts to say Rayong, then
    # corrects himself: landed at Sattahip (Chon Buri). Home Tha Bo (Nong Khai, district
    # only). Sleeping on the pier tonight -> urgent. One thing per message.
    "dev35 deckhand unpaid by the skipper, corrects Rayong to Sattahip": Persona(
        ("ไต้ก๋งเรือไม่จ่ายค่าแรงครับ ออกทะเลมา 3 เดือน", "ขึ้นฝั่งมาตัวเปล่าเลย"),
        {"consent": "ยอมครับ",
         "hardship": "บ่มีเงินสักบาทครับ ค่ารถกลับบ้านก็บ่มี",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "บ่มีครับ",
         "current_province": "ระยองครับ เอ้ย ไม่ใช่ๆ เรือมาเทียบท่าที่สัตหีบ ตอนนี้อยู่สัตหีบ ชลบุรีครับ",
         "home_province": "ท่าบ่อครับ ริมโขง",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้นอนท่าเรือครับ บ่มีที่ไป",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "บ่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "หนุ่มครับ", "phone": "0841239876"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "หนองคาย",
                "travellers": 1, "urgent": True, "special": [],
                "name": "หนุ่ม", "phone": "0841239876"},
        one_part=True),

    # Sister in Betong (Yala) writes for her brother with a psychiatric illness who wandered
    # off and was found by police at the Sai Tai Mai bus terminal (Taling Chan, Bangkok);
    # he has his card, cannot travel alone (Reg. art. 6(3)), needs continued care (Source A
    # 5.1). Sitting at the police box, off his medicine -> urgent.
    "dev35 sister for brother with psychiatric illness at Sai Tai Mai": Persona(
        ("ขอโทษที่รบกวนค่ะ พิมพ์แทนน้องชาย", "น้องป่วยจิตเวช หนีออกจากบ้านที่เบตง",
         "ตำรวจเจอที่ขนส่งสายใต้ใหม่ค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "น้องไม่มีเงิน ไม่มีที่นอน ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "บัตรอยู่กับน้องค่ะ ตำรวจเห็นแล้ว", "nationality": "ไทยค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ขนส่งสายใต้ใหม่ค่ะ ตลิ่งชัน", "home_province": "เบตงค่ะ",
         "travellers": "น้องคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ น้องขาดยามาหลายวัน ไม่มีที่นอน ตอนนี้ตำรวจให้นั่งรอที่ป้อม",
         "special_needs": "น้องป่วยจิตเวชค่ะ ขาดยามาหลายวัน",
         "travel_alone": "ไปเองไม่ได้ค่ะ เดี๋ยวหลงอีก ต้องมีคนพาไป",
         "needs": "อยากให้น้องได้รักษาจิตเวชต่อเนื่องค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "ฝ้ายค่ะ พี่สาว", "phone": "0819995544"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยะลา",
                "travellers": 1, "urgent": True,
                "referrals": ["travel_escort", "mental_health_care"],
                "name": "ฝ้าย", "phone": "0819995544"}),

    # Tai Yai porter at Warorot market (Chiang Mai), unpaid; holds only a pink card and a
    # yellow house register, no Thai nationality -> not a "ผู้ตกทุกข์ได้ยาก" (Reg. art. 4
    # requires Thai nationality).
    "dev35 Tai Yai porter with a pink card and yellow register": Persona(
        ("ผมเป็นไทใหญ่ครับ แบกของอยู่ตลาดวโรรส", "นายจ้างไม่จ่ายเงิน อยากกลับไปปาย"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีเงิน ไม่มีข้าวกินครับ",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ มีแต่บัตรสีชมพู กับทะเบียนบ้านเล่มเหลือง",
         "nationality": "ไม่ได้สัญชาติไทยครับ เกิดฝั่งพม่า รัฐฉาน",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "ตลาดวโรรสครับ", "home_province": "ปายครับ แม่ฮ่องสอน",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "จายครับ", "phone": "0953216549"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Thai woman laid off from a Hua Hin hotel, home Tak Bai (Narathiwat); never had an ID
    # card, only her birth certificate, and no letter from the village head -> no document
    # the manual accepts (Source B conditions 1-2).
    "dev35 Hua Hin hotel maid with only a birth certificate": Persona(
        ("โรงแรมที่หัวหินเลิกจ้างหนูแล้วค่ะ", "อยากกลับบ้านตากใบ ไม่มีค่ารถ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ เงินเดือนสุดท้ายก็ไม่ได้",
         "id_card": "ไม่มีบัตรค่ะ ไม่เคยทำเลย มีแต่สูติบัตร ใบเกิดเก่าๆ",
         "nationality": "เป็นคนไทยค่ะ พ่อแม่คนไทย",
         "nationality_letter": "ไม่มีค่ะ ผู้ใหญ่บ้านที่โน่นไม่รู้จักหนูแล้ว ออกมาตั้งแต่เด็ก ขอไม่ได้",
         "current_province": "หัวหินค่ะ", "home_province": "ตากใบค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ ยังนอนหอเพื่อนได้",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากทำบัตรประชาชนค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "มีนาค่ะ", "phone": "0647788990"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Factory worker at Bang Pu estate with a job, a room and his salary, only wants the
    # fare to go home for the rocket festival -> none of the three hardships (Source B).
    "dev35 Bang Pu worker wanting fare for the rocket festival, no hardship": Persona(
        ("ขอเงินค่ารถกลับบ้านได้ไหมครับ", "จะกลับไปงานบุญบั้งไฟที่กุดชุม"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่ได้ลำบากอะไรครับ มีงานทำที่นิคมบางปู มีห้องพัก เงินเดือนออกปกติ แค่อยากได้ค่ารถ",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "นิคมบางปูครับ", "home_province": "กุดชุมครับ ยโสธร",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "name": "โอ๊ตครับ", "phone": "0861472583"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Isan woman only asking the hotline number for return-home help: hotline 1300
    # (Source B, channels).
    "dev35 asks the hotline number in Isan": Persona(
        ("เบอร์สายด่วนขอความช่วยเหลือกลับบ้านเบอร์หยังคะ", "ถามไว้ก่อนเฉยๆค่ะ"),
        {"consent": "ยังบ่ขอค่ะ ถามเฉยๆ", "idle": "แค่นี้แหละค่ะ ขอบใจหลายๆ"},
        outcome="answered",
        expect={},
        answered="1300"),

    # Son asking for his father how much the disability allowance is: 800 baht a month
    # after registering (Source A 2.3).
    "dev35 son asks the disability allowance for his father": Persona(
        ("เบี้ยคนพิการได้เดือนละเท่าไหร่ครับ", "ถามแทนพ่อครับ"),
        {"consent": "ยังไม่ต้องครับ แค่ถาม", "idle": "ขอบคุณครับ แค่นี้ครับ"},
        outcome="answered",
        expect={},
        answered="800"),
}
