"""Persona set dev12 (2026-12-04).

Written from the seeds only (000_* services for released prisoners, 002_* the officers'
manual and the 2000 regulation) and knowledge-topics.md, by a helper who did not read the
dialog code, the knowledge files, the tests, nor any other persona set.

Focus: the East and the South (Chonburi/Pattaya/Si Racha/Bang Saen, Rayong/Map Ta Phut,
Chanthaburi fruit pickers, Trat/Ko Chang, Hat Yai, Songkhla, Pattani fishing port, Phuket,
Surat Thani, Ko Pha-ngan, Ko Tao, Krabi/Ao Nang/Phi Phi, Khao Lak); people who write one or
two words a message; people who answer with questions or doubts; people who refuse some
questions ("ไม่อยากบอก", "ข้าม"); scam and robbery victims; a man who lost everything in a
fire; a gambler; a sex worker leaving the work; a transgender woman; a man whose wife left
with the money; runaway teenagers (16, 17); a family with a sick baby in hospital; two
friends; a couple where one has no card; people who mix up current and home province; people
who name a town, district or island instead of the province.

22 personas: 18 eligible requests, 4 refusals (1 not Thai, 2 with no ID card and no letter,
1 with no hardship), 3 one_part, 2 fixes at the summary (a phone number, a current province).
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Writes one or two words a message. Sleeps on the beach in Pattaya (= Chonburi) tonight:
    # urgent. "โคราช" = Nakhon Ratchasima. No phone (SIM cut off): no phone expected.
    "pattaya two words no sim": Persona(
        ("ช่วยด้วย", "ไม่มีตัง"),
        {"consent": "ok", "idle": "กลับบ้าน", "hardship": "ไม่มีตังกลับ",
         "id_card": "มี", "nationality_letter": "ไม่มี", "nationality": "ไทย",
         "current_province": "พัทยา", "home_province": "โคราช", "travellers": "คนเดียว",
         "urgent": "นอนหาด", "special_needs": "ไม่มี", "travel_alone": "ได้",
         "needs": "ไม่มี", "sensitive_consent": "ได้", "name": "ต้น",
         "phone": "ไม่มีเบอร์ ซิมโดนตัด ทักไลน์นี้", "confirm": "ถูก"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True, "special": [], "name": "ต้น"}),

    # Leader of five durian pickers at Tha Mai; the orchard owner did not pay. Names only a
    # district for home (กันทรลักษ์ = Si Sa Ket). Still sleeps in a shed: not urgent.
    # One of them is 7 months pregnant. They want work back home: job placement.
    "chanthaburi durian pickers five": Persona(
        ("สวัสดีครับ พวกผมมาตัดทุเรียนที่ท่าใหม่ จันท์ เถ้าแก่ไม่จ่ายค่าแรง ติดมาเดือนนึงแล้ว "
         "อยากกลับบ้านกันทรลักษ์ ไม่มีค่ารถเลยครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านให้ทั้งห้าคนครับ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้าน ข้าวก็แทบไม่มีกิน เถ้าแก่ไม่จ่ายสักบาท",
         "id_card": "มีครับ ทุกคนมีบัตร", "nationality_letter": "ไม่ได้ขอครับ มีบัตรอยู่",
         "nationality": "คนไทยหมดครับ", "current_province": "ท่าใหม่ จันทบุรีครับ",
         "home_province": "กันทรลักษ์ครับ", "travellers": "๕ คนครับ ผม น้องชาย เมียน้อง แล้วก็เพื่อนบ้านอีกสอง",
         "urgent": "ยังนอนเพิงในสวนได้อยู่ครับ แต่เถ้าแก่บอกให้ออกภายในอาทิตย์นี้",
         "special_needs": "เมียน้องท้อง ๗ เดือนครับ",
         "travel_alone": "ไปด้วยกันหมดครับ", "needs": "อยากได้งานทำแถวบ้านครับ ไม่อยากมาไกลอีกแล้ว",
         "sensitive_consent": "ยินยอมครับ", "name": "สมพงษ์",
         "phone": "๐๘๙-๓๓๔-๗๑๒๕", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "ศรีสะเกษ",
                "travellers": 5, "urgent": False, "special": ["pregnant"],
                "referrals": ["job_placement"], "name": "สมพงษ์", "phone": "0893347125"}),

    # Online job scam: paid a "deposit" for a hotel job in Hat Yai (= Songkhla) that does not
    # exist, spent all her money. Nowhere to sleep tonight: urgent. Answers with questions.
    "hat yai fake job scam": Persona(
        ("โดนหลอกมาทำงานค่ะ", "เขาให้โอนค่ามัดจำชุดพนักงาน แล้วบล็อกเลย ตอนนี้อยู่หาดใหญ่ไม่มีเงินเหลือเลย"),
        {"consent": "ข้อมูลจะเอาไปทำอะไรคะ... ก็ได้ค่ะ ยินยอม",
         "idle": "อยากกลับบ้านค่ะ ขอความช่วยเหลือค่ารถได้ไหมคะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ เงินหมดเลย ข้าวยังไม่ได้กิน",
         "id_card": "ต้องใช้บัตรไหมคะ มีค่ะ", "nationality_letter": "ข้ามค่ะ มีบัตรแล้ว",
         "nationality": "ไทยค่ะ", "current_province": "หาดใหญ่ค่ะ",
         "home_province": "อุบลฯค่ะ วารินชำราบ", "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่แน่ใจค่ะ คืนนี้คงนั่งที่สถานีรถไฟ ไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ แค่อยากกลับบ้าน", "sensitive_consent": "ยินยอมค่ะ",
         "name": "มะลิ", "phone": "0952284716", "confirm": "ถูกต้องค่ะ 🙏"},
        expect={"eligible": True, "current": "สงขลา", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": [], "name": "มะลิ",
                "phone": "0952284716", "no_referrals": ["probation_support", "hiv_aid"]}),

    # Robbed in Patong (= Phuket): wallet with his ID card taken. He has the police report
    # and the village head already sent a letter certifying him, so he is eligible; he needs
    # a new ID card. Home named by district (หล่มสัก = Phetchabun). Nowhere to sleep: urgent.
    "patong robbed card stolen letter": Persona(
        ("โดนกระชากกระเป๋าที่ป่าตองครับ ตังค์ บัตร มือถือเครื่องเก่าเหลืออยู่เครื่องเดียว แจ้งความแล้ว",),
        {"consent": "ยินยอม",
         "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินเลยสักบาทครับ ค่ารถกลับบ้านก็ไม่มี",
         "id_card": "โดนขโมยไปกับกระเป๋าครับ มีแต่ใบแจ้งความ",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านทำหนังสือรับรองให้แล้ว ส่งมาทางไลน์ ตัวจริงส่งไปรษณีย์ตามมา",
         "nationality": "ไทยครับ", "current_province": "ป่าตองครับ",
         "home_province": "หล่มสักครับ", "travellers": "ผมคนเดียว",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอนเลย", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "sensitive_consent": "ยินยอมครับ", "name": "ชาตรี",
         "phone": "0836619042", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": True, "special": [], "referrals": ["id_card"],
                "name": "ชาตรี", "phone": "0836619042"}),

    # Southern man working in Map Ta Phut (= Rayong); his rented room burned, he lost
    # everything; his ID card is half burnt (damaged still counts). Home "หาดใหญ่" = Songkhla.
    # Staying with a friend for now: not urgent. Wants a new card: id_card.
    "map ta phut room fire burnt card": Persona(
        ("ห้องเช่าฉานไฟไหม้หมดแล้วหนิ ของไม่เหลือสักอย่าง อยากกลับหาดใหญ่",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านหน่อยครับ",
         "hardship": "ไฟไหม้หมดตัวครับ เงินเก็บก็ไหม้ไปกับห้อง ไม่มีค่ารถกลับ",
         "id_card": "มีครับแต่ไหม้ไปครึ่งใบ ยังพออ่านเลขได้",
         "nationality_letter": "ไม่มีครับ", "nationality": "ไทยแท้ครับ",
         "current_province": "มาบตาพุดครับ", "home_province": "กลับหาดใหญ่ครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ตอนนี้อาศัยห้องเพื่อนอยู่ก่อนครับ ไม่ถึงกับด่วน",
         "special_needs": "ไม่มีครับ มือพองนิดหน่อยแต่หายแล้ว",
         "travel_alone": "ไปเองได้ครับ", "needs": "บัตรไหม้ อยากทำใหม่ครับ",
         "sensitive_consent": "ได้ครับ", "name": "บ่าว สุริยา",
         "phone": "0874401938", "confirm": "ถูกแล้วหนิ"},
        expect={"eligible": True, "current": "ระยอง", "home": "สงขลา",
                "travellers": 1, "urgent": False, "special": [], "referrals": ["id_card"],
                "phone": "0874401938"}),

    # Gambler in Si Racha (= Chonburi), lost his wages; ashamed, refuses several questions:
    # "ไม่อยากบอก" on needs, "ข้าม"/no on sensitive consent, so his stress is not recorded and
    # no health referral may appear. Room paid to the end of the month: not urgent.
    # "พิดโลก" = Phitsanulok.
    "si racha gambler refuses questions": Persona(
        ("เล่นพนันหมดตัวครับ อายมาก", "มีทางช่วยให้กลับบ้านไหมครับ"),
        {"consent": "ยินยอม",
         "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "ไม่มีเงินเหลือเลยครับ ค่ารถกลับก็ไม่มี",
         "id_card": "มีครับ", "nationality_letter": "ไม่มี",
         "nationality": "ไทย", "current_province": "ศรีราชา",
         "home_province": "พิดโลกครับ", "travellers": "1",
         "urgent": "ห้องจ่ายถึงสิ้นเดือนครับ ยังอยู่ได้",
         "special_needs": "ไม่อยากบอก", "travel_alone": "ไปคนเดียวได้",
         "needs": "ไม่อยากบอกครับ",
         "sensitive_consent": "ข้าม ไม่ยินยอมครับ", "name": "เอก",
         "phone": "0619927735", "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "พิษณุโลก",
                "travellers": 1, "urgent": False, "name": "เอก", "phone": "0619927735",
                "no_referrals": ["mental_health_care", "medical_services", "hiv_aid"]}),

    # Leaving bar work in Naklua / Bang Lamung (= Chonburi) with her 3-year-old; the mamasan
    # put her out of the room tonight: urgent. She lives with HIV, takes ARV, agrees to
    # sensitive data: HIV aid. Wants to learn a new trade: job training. Gives current and
    # home in one answer.
    "naklua bar worker leaving with child": Persona(
        ("หนูอยากเลิกทำงานบาร์แล้วค่ะ อยากพาลูกกลับบ้านที่อุดร",
         "ตอนนี้ไม่มีเงินเลย แม่เล้าไล่ออกจากห้องด้วย"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากได้ค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีที่อยู่ค่ะ โดนไล่ออกห้อง เงินก็ไม่มี",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ตอนนี้อยู่นาเกลือ บางละมุงค่ะ บ้านจริงๆอยู่อุดร",
         "home_province": "บ้านดุง อุดรธานีค่ะ", "travellers": "หนูกับลูกสาวค่ะ ๒ คน",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน ต้องออกจากห้องวันนี้",
         "special_needs": "ลูก ๓ ขวบค่ะ หนูแข็งแรงดี", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "หนูมีเชื้อ HIV ค่ะ กินยาต้านอยู่ อยากได้ความช่วยเหลือเรื่องนี้ แล้วก็อยากเรียนอาชีพใหม่ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "ฝน",
         "phone": "0648812370", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี",
                "travellers": 2, "urgent": True, "special": ["child"],
                "referrals": ["hiv_aid", "job_training"], "name": "ฝน", "phone": "0648812370"}),

    # Transgender woman, cabaret in Kathu (= Phuket) closed; her card still says นาย and she
    # asks if that is a problem (it is still a Thai ID card). Goes by เฟิร์น. Room until end
    # of the week: not urgent.
    "phuket cabaret trans woman": Persona(
        ("สวัสดีค่ะ โชว์คาบาเร่ต์ที่หนูทำปิดไปแล้วค่ะ ไม่มีรายได้เลย",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านที่สุรินทร์ค่ะ แต่ไม่มีค่ารถ",
         "hardship": "ไม่มีรายได้ค่ะ ค่ารถกลับก็ไม่มี",
         "id_card": "มีค่ะ แต่ในบัตรยังเป็นนายอยู่นะคะ ใช้ได้ไหมคะ",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "กะทู้ ภูเก็ตค่ะ", "home_province": "สุรินทร์ค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ห้องอยู่ได้ถึงวันอาทิตย์ค่ะ ยังไม่ด่วนมาก",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "เรียกเฟิร์นนะคะ", "phone": "0807315562", "confirm": "ถูกต้องค่ะ ขอบคุณนะคะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "สุรินทร์",
                "travellers": 1, "urgent": False, "special": [], "name": "เฟิร์น",
                "phone": "0807315562"}),

    # Construction worker in Ao Nang (= Krabi); wife ran off with the savings and the bike,
    # left him with two kids (7 and 4: a small child). Still in the camp a few days: not
    # urgent. "กาละสิน" = Kalasin (typo). FIX at the summary: the phone he typed was wrong.
    "ao nang wife left with money fixes phone": Persona(
        ("เมียหนีไปกับเงินเก็บหมดเลยครับ ทิ้งลูกสองคนไว้กับผม", "ผมอยากพาลูกกลับบ้าน"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถพาลูกกลับบ้านครับ",
         "hardship": "ไม่มีเงินครับ เงินเก็บเมียเอาไปหมด ค่ารถกลับไม่มี",
         "id_card": "มีครับ", "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ", "current_province": "อ่าวนางครับ",
         "home_province": "กาละสินครับ", "travellers": "ผมกับลูกสองคน รวม ๓ ครับ",
         "urgent": "ยังอยู่แคมป์คนงานได้อีกสองสามวันครับ",
         "special_needs": "ลูกคนเล็ก ๔ ขวบครับ คนโต ๗ ขวบ", "travel_alone": "ผมพาลูกไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ยินยอมครับ", "name": "ประเสริฐ",
         "phone": "081-745-2290",
         "confirm": "เบอร์ผิดครับ ตัวท้ายสลับกัน ที่ถูก 0817452209 ครับ"},
        expect={"eligible": True, "current": "กระบี่", "home": "กาฬสินธุ์",
                "travellers": 3, "urgent": False, "special": ["child"],
                "name": "ประเสริฐ", "phone": "0817452209"}),

    # Runaway girl, 16, left Thung Song (= Nakhon Si Thammarat) with a boyfriend who dumped
    # her at the Phuket bus station. Short messages, no place tonight: urgent. Whether an
    # escort is needed for a 16-year-old is the officer's call: special not expected.
    "phuket bus station runaway girl 16": Persona(
        ("หนูหนีออกจากบ้านมาค่ะ", "แฟนทิ้งไว้ที่บขส"),
        {"consent": "ค่ะ", "idle": "อยากกลับบ้าน", "hardship": "ไม่มีตังค่ะ",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มี", "nationality": "ไทย",
         "current_province": "บขส ภูเก็ต", "home_province": "ทุ่งสงค่ะ",
         "travellers": "หนูคนเดียว", "urgent": "ไม่มีที่นอนค่ะ กลัว",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ค่ะ", "name": "แพรว",
         "phone": "0921047738", "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "name": "แพรว", "phone": "0921047738",
                "no_referrals": ["probation_support"]}),

    # A ward nurse in Hat Yai writes for a family whose 5-month-old was treated there; money
    # spent on the stay, discharged today with nowhere to sleep: urgent. Father, mother,
    # baby (sick, small child), grandmother 63 (elderly). Home Betong (= Yala).
    "hat yai nurse sick baby family": Persona(
        ("สวัสดีค่ะ พยาบาลตึกเด็ก รพ.ในหาดใหญ่ค่ะ พิมพ์แทนครอบครัวคนไข้",
         "น้องอายุ ๕ เดือน ปอดติดเชื้อ วันนี้หมอให้กลับบ้าน แต่ครอบครัวใช้เงินหมดแล้วไม่มีค่ารถกลับเบตงค่ะ"),
        {"consent": "พ่อแม่เด็กยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่าเดินทางกลับบ้านให้ครอบครัวนี้ค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ เงินหมดไปกับค่ากินอยู่ตอนเฝ้าลูก",
         "id_card": "พ่อกับแม่มีบัตรค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "หาดใหญ่ค่ะ",
         "home_province": "เบตงค่ะ", "travellers": "๔ คนค่ะ พ่อ แม่ น้อง แล้วก็ยาย",
         "urgent": "ด่วนค่ะ ออกจากโรงพยาบาลวันนี้ คืนนี้ไม่มีที่พัก น้องยังต้องกินยาอยู่",
         "special_needs": "น้องยังป่วยอยู่ต้องกินยาต่อ ยายอายุ ๖๓ ค่ะ",
         "travel_alone": "ไปด้วยกันทั้งครอบครัวค่ะ", "needs": "ไม่มีเพิ่มค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "แม่น้องชื่อรอฮานีค่ะ",
         "phone": "พ่อน้อง 0937716254 ค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ยะลา",
                "travellers": 4, "urgent": True, "special": ["child", "elderly", "sick"],
                "phone": "0937716254"}),

    # Couple stranded in Bang Saen (= Chonburi), home is Ko Samui (= Surat Thani). The husband
    # has his card, the wife lost hers and never renewed it: he applies, they are eligible;
    # she wants a new card. Sitting at the bus terminal with nowhere tonight: urgent.
    "bang saen couple wife no card home samui": Persona(
        ("ผมกับแฟนตกงานครับ อยากกลับบ้าน", "บ้านอยู่เกาะสมุย"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับสมุยสองคนครับ",
         "hardship": "ไม่มีเงินค่ารถกับค่าเรือครับ",
         "id_card": "ผมมีครับ แต่แฟนไม่มี บัตรหายตั้งแต่ปีที่แล้วยังไม่ได้ทำใหม่",
         "nationality_letter": "ไม่มีครับ", "nationality": "ไทยทั้งคู่ครับ",
         "current_province": "บางแสนครับ", "home_province": "เกาะสมุยครับ",
         "travellers": "สองคน ผมกับแฟน",
         "urgent": "นั่งรออยู่ บขส. ครับ คืนนี้ไม่มีที่ไป",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปด้วยกันครับ",
         "needs": "แฟนอยากทำบัตรประชาชนใหม่ครับ", "sensitive_consent": "ยินยอมครับ",
         "name": "ณัฐ", "phone": "0658893014", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "สุราษฎร์ธานี",
                "travellers": 2, "urgent": True, "special": [], "referrals": ["id_card"],
                "name": "ณัฐ", "phone": "0658893014"}),

    # Two friends from Mae Sai (= Chiang Rai) let go by a resort on Phi Phi (= Krabi).
    # Staff room until the end of the month: not urgent. one_part: one thing per message.
    "phi phi two friends one part": Persona(
        ("สวัสดีครับ", "ผมกับเพื่อนโดนเลิกจ้างที่พีพีครับ"),
        {"consent": "ยินยอม", "idle": "อยากขอค่ารถกลับบ้านสองคน",
         "hardship": "ไม่มีค่ารถกลับครับ เงินเดือนสุดท้ายยังไม่ได้",
         "id_card": "มีทั้งสองคน", "nationality_letter": "ไม่มี", "nationality": "ไทย",
         "current_province": "เกาะพีพี", "home_province": "แม่สาย",
         "travellers": "2 คน ผมกับเพื่อน",
         "urgent": "ไม่ด่วนครับ ยังนอนห้องพนักงานได้ถึงสิ้นเดือน",
         "special_needs": "ไม่มี", "travel_alone": "ไปด้วยกันสองคน", "needs": "ไม่มี",
         "sensitive_consent": "ยินยอม", "name": "บอย", "phone": "0993518207",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กระบี่", "home": "เชียงราย",
                "travellers": 2, "urgent": False, "special": [], "name": "บอย",
                "phone": "0993518207"},
        one_part=True),

    # Factory worker in Ban Chang (= Rayong), laid off. Asked where she is now, she types her
    # home (ร้อยเอ็ด) by mistake; FIX at the summary: she is in Rayong. Factory dorm until the
    # end of the month: not urgent. Isan particles.
    "ban chang worker mixes provinces fixes": Persona(
        ("โรงงานปิดค่ะ ตกงานแล้วเด้อ", "อยากกลับบ้านแต่บ่มีเงินค่ารถ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านเด้อค่ะ",
         "hardship": "บ่มีเงินค่ารถกลับบ้านค่ะ", "id_card": "มีค่ะ",
         "nationality_letter": "บ่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ร้อยเอ็ดค่ะ", "home_province": "ร้อยเอ็ดค่ะ เสลภูมิ",
         "travellers": "คนเดียวค่ะ", "urgent": "ยังอยู่หอโรงงานได้ถึงสิ้นเดือนค่ะ",
         "special_needs": "บ่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากได้งานใหม่ค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "นิด", "phone": "0628840153",
         "confirm": "ผิดค่ะ ตอนนี้อยู่บ้านฉาง ระยองค่ะ บ้านอยู่ร้อยเอ็ด"},
        expect={"eligible": True, "current": "ระยอง", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_placement"], "name": "นิด", "phone": "0628840153"}),

    # Woman of 61 lured to Khao Lak (= Phang Nga) by an online "foreign boyfriend" who never
    # came; hotel checkout today and no money: urgent. Elderly; says she can travel alone.
    # Refuses to give her real name. "ลพ" = Lopburi.
    "khao lak romance scam aunt 61": Persona(
        ("ป้าโดนหลอกค่ะ นัดเจอฝรั่งที่เขาหลัก โอนเงินให้เขาไปหมดแล้ว เขาไม่มา",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ ไม่มีค่ารถแล้ว",
         "hardship": "เงินหมดค่ะ ค่ารถกลับก็ไม่มี", "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "เขาหลักค่ะ", "home_province": "ลพค่ะ ลพบุรี",
         "travellers": "ป้าคนเดียวค่ะ",
         "urgent": "ต้องออกจากโรงแรมวันนี้ค่ะ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ป้าอายุ ๖๑ แล้วค่ะ ความดันนิดหน่อยแต่มียา",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์เป็น",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "ไม่อยากบอกชื่อจริงค่ะ อายเขา เรียกป้าก็ได้",
         "phone": "0897720461", "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "พังงา", "home": "ลพบุรี",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "phone": "0897720461"}),

    # Released this morning from the Songkhla central prison, on probation, home Suphan.
    # Nowhere to sleep tonight: urgent. Agrees to sensitive data: probation support and job
    # placement. one_part.
    "songkhla released prisoner one part": Persona(
        ("พึ่งพ้นโทษเช้านี้ครับ",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "ไม่มีเงินค่ารถครับ", "id_card": "มีครับ บัตรหมดอายุแล้ว",
         "nationality_letter": "ไม่มีครับ", "nationality": "ไทยครับ",
         "current_province": "เรือนจำสงขลาครับ", "home_province": "สุพรรณครับ",
         "travellers": "คนเดียว", "urgent": "ไม่มีที่นอนคืนนี้ครับ",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "ยังต้องรายงานตัวคุมประพฤติครับ แล้วก็อยากได้งานทำ",
         "sensitive_consent": "ยินยอม", "name": "หนุ่ม", "phone": "0631195827",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "สุพรรณบุรี",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement", "probation_support"], "name": "หนุ่ม",
                "phone": "0631195827"},
        one_part=True),

    # A monk on Ko Chang (= Trat) writes for a man of about 70 who sleeps in the temple sala
    # (a safe place: not urgent); he is forgetful and cannot travel alone. Home Prachinburi.
    # Temple landline, 9 digits.
    "ko chang monk for forgetful old man": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดบนเกาะช้าง มีโยมผู้ชายอายุราวเจ็ดสิบมาอาศัยวัดอยู่ "
         "ไม่มีญาติที่นี่ ไม่มีเงิน อยากให้ช่วยส่งกลับบ้านเดิมที่ปราจีน",),
        {"consent": "โยมเขายินยอมแล้ว",
         "idle": "ขอให้ช่วยส่งโยมกลับบ้านเดิม",
         "hardship": "ไม่มีเงิน ไม่มีรายได้ ไม่มีคนดูแล ไม่มีค่ารถกลับ",
         "id_card": "มีบัตร แต่หมดอายุนานแล้ว", "nationality_letter": "ไม่มี",
         "nationality": "คนไทย", "current_province": "เกาะช้าง",
         "home_province": "ปราจีนบุรี บ้านเดิมอยู่กบินทร์", "travellers": "โยมคนเดียว",
         "urgent": "นอนศาลาวัดได้ ปลอดภัยดี ไม่เร่งด่วน",
         "special_needs": "โยมอายุ ๗๐ หลงๆลืมๆ",
         "travel_alone": "ไปเองไม่ได้ หลงทาง ต้องมีคนพาไป",
         "needs": "ไม่มี", "sensitive_consent": "ยินยอม", "name": "ลุงเปลี่ยน",
         "phone": "โทรที่วัด 039-551-247", "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "ตราด", "home": "ปราจีนบุรี",
                "travellers": 1, "urgent": False, "special": ["cannot_travel_alone", "elderly"],
                "phone": "039551247"}),

    # Boy of 17 who ran away from Buriram and worked in a bar on Ko Pha-ngan (= Surat Thani);
    # not paid, thrown out, sleeps on the beach: urgent. One or two words. one_part.
    "pha ngan runaway boy 17 one part": Persona(
        ("ช่วยหน่อย",),
        {"consent": "ได้", "idle": "กลับบ้าน", "hardship": "ไม่มีตัง",
         "id_card": "มี", "nationality_letter": "ไม่มี", "nationality": "ไทย",
         "current_province": "พะงัน", "home_province": "บุรีรัม", "travellers": "1",
         "urgent": "นอนหาด", "special_needs": "ไม่มี", "travel_alone": "ได้",
         "needs": "ไม่มี", "sensitive_consent": "ได้", "name": "โจ้",
         "phone": "0986207741", "confirm": "ถูก"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "name": "โจ้", "phone": "0986207741"},
        one_part=True),

    # REFUSAL (no papers): escaped a fishing boat at the Pattani port; his ID card went into
    # the sea when he jumped; no one at home to get a certifying letter.
    "pattani boat escapee no card no letter": Persona(
        ("ผมหนีออกจากเรือประมงมาครับ ไต๋ไม่จ่ายเงินเลย ทำงานมาแปดเดือน",),
        {"consent": "ยินยอมครับ", "idle": "อยากกลับบ้านครับ ขอค่ารถ",
         "hardship": "ไม่มีเงินเลยครับ ไม่มีที่นอน ไม่มีค่ารถ",
         "id_card": "ไม่มีครับ ตกทะเลไปตอนกระโดดหนี",
         "nationality_letter": "ไม่มีครับ ที่บ้านไม่มีใครแล้ว ติดต่อใครไม่ได้",
         "nationality": "คนไทยครับ", "current_province": "ท่าเรือปัตตานีครับ",
         "home_province": "ยโสธรครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ นอนท่าเรือ", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้", "needs": "อยากทำบัตรใหม่ครับ",
         "sensitive_consent": "ยินยอม", "name": "แดง", "phone": "ไม่มีโทรศัพท์ครับ",
         "confirm": "ถูกครับ"},
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
        outcome="refused"),

    # REFUSAL (not Thai): Cambodian fruit picker at Pong Nam Ron, Chanthaburi, with a pink
    # worker card, asks for fare home to Cambodia. Broken Thai.
    "chanthaburi cambodian picker": Persona(
        ("สวัสดีครับ ผมทำงานสวนผลไม้ โป่งน้ำร้อน", "อยากกลับบ้านเขมร ไม่มีตังครับ"),
        {"consent": "ได้ครับ", "idle": "ขอเงินค่ารถกลับบ้าน",
         "hardship": "ไม่มีตังกลับบ้านครับ", "id_card": "มีบัตรชมพูครับ",
         "nationality_letter": "ไม่มีครับ", "nationality": "ผมคนเขมรครับ ไม่ใช่คนไทย",
         "current_province": "จันทบุรี", "home_province": "พระตะบอง กัมพูชา",
         "travellers": "ผมคนเดียว", "urgent": "ไม่รู้ครับ", "special_needs": "ไม่มี",
         "travel_alone": "ได้ครับ", "needs": "ไม่มี", "sensitive_consent": "ได้",
         "name": "โสภา", "phone": "0972256618", "confirm": "ถูกครับ"},
        expect={"eligible": False, "reason": "สัญชาติ"},
        outcome="refused"),

    # REFUSAL (no hardship): a student on holiday on Ko Tao with money, a room and a return
    # ticket budget, just asking if the state pays the ferry and bus.
    "ko tao student no hardship": Persona(
        ("รัฐออกค่าเรือค่ารถกลับกรุงเทพให้ไหมคะ", "พอดีเที่ยวเกาะเต่าอยู่ ค่าเรือแพงจัง 555"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากรู้ว่าขอค่ารถกลับได้ไหมค่ะ",
         "hardship": "ไม่ได้ลำบากค่ะ มีเงินพอ มีที่พัก แค่ถามดูว่าฟรีไหม",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "เกาะเต่าค่ะ", "home_province": "กทม.ค่ะ",
         "travellers": "มากับเพื่อน ๒ คนค่ะ", "urgent": "ไม่ด่วนค่ะ มีโฮสเทลแล้ว",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "มิ้นท์", "phone": "0815530962",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": False, "reason": "ไม่เข้าเกณฑ์"},
        outcome="refused"),

    # REFUSAL (no papers): woman in Pattaya who says she is Thai but never had an ID card
    # (birth never registered) and has no certifying letter.
    "pattaya woman never had card": Persona(
        ("อยากกลับบ้านค่ะ", "แต่ไม่เคยมีบัตรประชาชนเลย ได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีงาน ไม่มีเงิน ค่ารถกลับก็ไม่มีค่ะ",
         "id_card": "ไม่เคยมีค่ะ พ่อแม่ไม่ได้แจ้งเกิด",
         "nationality_letter": "หนังสืออะไรคะ ไม่มีค่ะ ไม่เคยขอ",
         "nationality": "คนไทยค่ะ เกิดที่ไทย", "current_province": "พัทยาค่ะ",
         "home_province": "แม่ฮ่องสอนค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "ยังนอนห้องเพื่อนได้ค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "อยากมีบัตรค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "หน่อย", "phone": "0946613028",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
        outcome="refused"),
}
