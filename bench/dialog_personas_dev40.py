"""Persona set dev40 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: health and release from institutions: people leaving hospitals (TB, kidney
dialysis, after surgery, psychiatric ward, HIV clinic), prisons (named by their prison),
drug rehab and shelters; how they tell their illness or past in everyday words; some
agreeing and some refusing to have sensitive needs recorded, some who tell about their
illness only when asked what other help they need; families travelling together with a
sick member; and some who are not eligible (not Thai, no hardship, already at home, no
papers at all).
Counts: 24 personas; 14 eligible (case), 6 refused, 4 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import HEALTH, Persona

PERSONAS: dict[str, Persona] = {
    # TB patient just discharged from the chest hospital in Nonthaburi; no fare home and
    # no bed tonight (criteria 1 and 3), Thai ID -> case, urgent. Says he is sick (TB, still
    # on pills) when asked about special needs; agrees to sensitive needs and asks for
    # continued TB treatment near home -> medical_services.
    "dev40 TB patient leaving the chest hospital, no bed tonight": Persona(
        ("สวัสดีครับ",
         "ผมพึ่งออกจากโรงบาลโรคทรวงอกที่นนท์ครับ เป็นวัณโรค นอนรพ.มาเดือนนึง ตอนนี้หมอให้"
         "กลับบ้านได้แล้วแต่ไม่มีเงินค่ารถกลับศรีสะเกษเลย งานก็ไม่มีแล้ว คืนนี้ไม่รู้จะนอนไหน"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ที่นอนก็ไม่มี",
         "id_card": "มีครับ",
         "current_province": "นนทบุรีครับ",
         "home_province": "ศรีสะเกษ อ.กันทรลักษ์ครับ",
         "travellers": "๑ คนครับ ไปคนเดียว",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอนจริงๆ",
         "special_needs": "ผมเป็นวัณโรคครับ ยังกินยาอยู่ หมอบอกไม่แพร่เชื้อแล้ว เดินได้ปกติ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากให้ช่วยประสานโรงบาลแถวบ้าน ผมต้องไปรับยาวัณโรคต่ออีก 4 เดือนครับ",
         "name": "ชื่อบุญมีครับ 0934567812",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["medical_services"], "name": "บุญมี",
                "phone": "0934567812"}),

    # Wife of a dialysis patient, voice-typed without spaces; both stuck in Bangkok after
    # treatment, money gone, no fare to Buriram. Two travellers, husband sick; wife goes
    # with him. They can stay at a relative's tonight -> not urgent. Asks about a fee
    # mid-way. Agrees to sensitive needs: wants dialysis follow-up near home.
    "dev40 wife of a dialysis patient, Bangkok to Buriram": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือค่ะ",
         "คือสามีล้างไตอยู่ค่ะมารักษาที่โรงพยาบาลราชวิถีกรุงเทพหมอให้กลับไปล้างไตทางหน้าท้อง"
         "ที่บ้านได้แล้วแต่เงินหมดเลยค่ะค่ารักษาค่าห้องเช่าไม่มีเหลือค่ารถกลับบุรีรัมย์"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ แล้วต้องเสียค่าธรรมเนียมอะไรไหมคะ",
         "id_card": "มีค่ะ มีทั้งสองคน",
         "current_province": "กรุงเทพค่ะ",
         "home_province": "บุรีรัมย์ค่ะ อำเภอนางรอง",
         "travellers": "2 คนค่ะ หนูกับสามี",
         "urgent": "คืนนี้ยังพักห้องญาติได้ค่ะ แต่อยู่นานไม่ได้",
         "special_needs": "สามีป่วยค่ะ ล้างไตอยู่ เดินไกลๆไม่ไหว เหนื่อยง่าย",
         "travel_alone": "ไปกับหนูได้ค่ะ หนูดูแลเอง",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "อยากได้ที่ติดต่อโรงพยาบาลแถวบ้านให้ช่วยดูเรื่องล้างไตต่อค่ะ",
         "name": "ชื่อ จันทร์เพ็ญ ค่ะ 081 765 4321",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": False, "special": ["sick"],
                "referrals": ["medical_services"], "name": "จันทร์เพ็ญ",
                "phone": "0817654321"}),

    # Construction worker out of hospital after an appendix operation, answers one thing
    # at a time. No fare (criterion 3), sleeps at the workers' camp -> not urgent. Says he
    # still hurts from the operation -> sick. Refuses sensitive questions.
    "dev40 worker after appendix surgery, one thing per message": Persona(
        ("ขอความช่วยเหลือครับ",),
        {"consent": "ได้ครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "ชลบุรี",
         "home_province": "อุบล",
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนครับ นอนแคมป์คนงานได้อยู่",
         "special_needs": "เพิ่งผ่าตัดไส้ติ่งมาครับ ออกจากโรงบาลเมื่อวาน ยังเจ็บแผลอยู่",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ไม่ต้องครับ",
         "name": "ต้อม",
         "phone": "0623344556",
         "confirm": "ครับ ถูก"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": False, "special": ["sick"], "name": "ต้อม",
                "phone": "0623344556"}),

    # Mother fetching her son from the psychiatric institute in Thonburi; not enough for two
    # fares to Lampang, no bed tonight -> urgent. Son is sick and cannot go anywhere alone
    # (regulation 6(3)). Wants continued psychiatric follow-up -> mental_health_care.
    "dev40 mother taking her son home from the psychiatric hospital": Persona(
        ("สวัสดีค่ะ",
         "ลูกชายป่วยจิตเวชค่ะ เพิ่งออกจากสถาบันจิตเวชสมเด็จเจ้าพระยา หมอให้กลับบ้านได้ "
         "แม่มารับแต่เงินไม่พอค่ารถกลับลำปางทั้งสองคน"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ค่ารถค่ะ ไม่มีพอกลับบ้าน",
         "id_card": "มีค่ะ",
         "current_province": "อยู่ฝั่งธนค่ะ กรุงเทพ",
         "home_province": "ลำปางค่ะ",
         "travellers": "2 คนค่ะ แม่กับลูก",
         "urgent": "คืนนี้ยังไม่มีที่นอนเลยค่ะ จะไปนอนหมอชิตก็กลัวลูกอาการกำเริบ",
         "special_needs": "ลูกป่วยจิตเวชค่ะ ต้องกินยาตลอด ไปไหนคนเดียวไม่ได้",
         "travel_alone": "ลูกไปเองไม่ได้ค่ะ แม่ไปด้วย",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "อยากให้มีคนช่วยติดตามดูแลลูกต่อที่บ้าน เรื่องยาเรื่องหาหมอค่ะ",
         "name": "แม่ศรีนวลค่ะ 0898765432",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง",
                "travellers": 2, "urgent": True,
                "special": ["sick", "cannot_travel_alone"],
                "referrals": ["mental_health_care"], "name": "ศรีนวล",
                "phone": "0898765432"}),

    # Massage worker in Phuket out of work for 2 months, little food, no fare (criteria 2
    # and 3). Has a room until month end -> not urgent. Says no special needs; tells she is
    # HIV positive only when asked what other help she needs -> hiv_aid, and wants work.
    "dev40 woman tells HIV only when asked other needs": Persona(
        ("สวัสดีค่า",
         "หนูตกงานค่ะ ร้านนวดที่ภูเก็ตปิด ไม่มีรายได้มา2เดือนแล้ว ข้าวก็แทบไม่มีกิน "
         "อยากกลับบ้านที่นครศรีฯค่ะ"),
        {"consent": "ยินยอมค่า",
         "hardship": "ไม่มีรายได้ ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "ภูเก็ตค่ะ",
         "home_province": "นครศรีธรรมราช อ.ทุ่งสง",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังมีห้องอยู่ค่ะ แต่ค่าเช่าค้าง สิ้นเดือนนี้คงโดนไล่",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "พูดตรงๆนะคะ หนูติดเชื้อHIVค่ะ รับยาต้านอยู่ที่วชิระภูเก็ต ถ้ากลับบ้านต้องย้าย"
                  "ที่รับยา แล้วก็อยากหางานทำที่บ้านด้วยค่ะ",
         "name": "มะปรางค่ะ 0956781234",
         "confirm": "ถูกค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False,
                "referrals": ["hiv_aid", "job_placement"], "name": "มะปราง",
                "phone": "0956781234"}),

    # Released this morning from Khlong Prem Central Prison (Bangkok) after 3 years; not
    # enough money for Khon Kaen, no bed tonight -> urgent case. Open about his past:
    # wants a job and must report to probation at home -> job_placement, probation_support.
    "dev40 released this morning from Khlong Prem, no bed tonight": Persona(
        ("ผมพึ่งพ้นโทษออกจากเรือนจำกลางคลองเปรมเมื่อเช้าครับ",
         "ติดมา3ปี ตอนนี้ยืนอยู่หน้าเรือนจำ เงินที่มีไม่พอค่ารถกลับขอนแก่น ญาติก็ติดต่อไม่ได้"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถครับ คืนนี้ก็ไม่มีที่นอน",
         "id_card": "มีครับ ได้คืนตอนออกมา",
         "current_province": "กทม.ครับ จตุจักร",
         "home_province": "ขอนแก่นครับ บ้านไผ่",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ไม่มีที่ไปเลย",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้",
         "sensitive_consent": "ได้ครับ ไม่ปิดบัง",
         "needs": "อยากได้งานครับ ใครจะรับคนติดคุกมาบ้างก็ไม่รู้ แล้วผมต้องไปรายงานตัว"
                  "คุมประพฤติที่ขอนแก่นด้วย",
         "name": "เอกครับ 0871112233",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ขอนแก่น",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement", "probation_support"], "name": "เอก",
                "phone": "0871112233"}),

    # Woman just out of the Central Women's Correctional Institution; her 72-year-old
    # mother came for her and ran out of money. Two travellers, mother elderly. Sleeps at a
    # temple -> not urgent. Refuses sensitive questions, so no health referral is due.
    # Answers one thing per message; phone in Thai digits.
    "dev40 out of the women's prison with her old mother, refuses sensitive": Persona(
        ("สวัสดีค่ะ",
         "หนูพึ่งออกจากทัณฑสถานหญิงกลางค่ะ แม่มารับ แต่เงินแม่หมดแล้ว อยากขอค่ารถกลับบ้าน"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "กรุงเทพค่ะ",
         "home_province": "สุราษฎร์ค่ะ",
         "travellers": "2 คนค่ะ",
         "urgent": "คืนนี้นอนวัดได้ค่ะ หลวงพ่อให้นอน",
         "special_needs": "แม่อายุ 72 แล้วค่ะ",
         "travel_alone": "ไปด้วยกันได้ค่ะ",
         "sensitive_consent": "ไม่ยินยอมค่ะ ไม่อยากให้บันทึกเรื่องพวกนั้น",
         "name": "ชื่อฝนค่ะ",
         "phone": "๐๘๒๓๔๕๖๗๘๙",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุราษฎร์ธานี",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "no_referrals": list(HEALTH), "name": "ฝน", "phone": "0823456789"}),

    # Finishing 4 months of meth rehab at Thanyarak, Pathum Thani; must leave on Friday, no
    # fare to Kalasin. Still has a bed until then -> not urgent. Asks how long it takes.
    # Wants vocational training (motorbike repair) -> job_training.
    "dev40 leaving drug rehab at Thanyarak, wants training": Persona(
        ("สวัสดีครับ ผมอยู่ที่ธัญญารักษ์ปทุมครับ บำบัดยาบ้าครบ 4 เดือนแล้ว วันศุกร์นี้ต้องออก "
         "แต่ไม่มีตังกลับบ้านที่กาฬสินธุ์ ที่บ้านก็ไม่มีเงินส่งมา",),
        {"consent": "ยอมครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "ปทุมธานีครับ",
         "home_province": "กาฬสินธุ์",
         "travellers": "ผมคนเดียว",
         "urgent": "ยังไม่ด่วนครับ อยู่ศูนย์ได้ถึงวันศุกร์ แล้วต้องรอกี่วันครับกว่าจะได้",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากฝึกอาชีพครับ ช่างซ่อมมอไซค์ จะได้ไม่กลับไปยุ่งกับยาอีก",
         "name": "ชื่อบอยครับ 0614455667",
         "confirm": "ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_training"], "name": "บอย", "phone": "0614455667"}),

    # Mother and two children (6 and 2) in a shelter in Nonthaburi after fleeing a violent
    # husband; no money, no income. Shelter keeps them another week -> not urgent. Three
    # travellers, small child. Corrects her phone number at the summary.
    "dev40 mother and two kids leaving a shelter, fixes phone": Persona(
        ("ขอความช่วยเหลือค่ะ",
         "ตอนนี้หนูกับลูกอยู่บ้านพักที่นนทบุรีค่ะ หนีสามีมา เขาทำร้าย ที่บ้านพักให้อยู่ได้อีก"
         "ไม่กี่วัน อยากพาลูกกลับไปอยู่กับแม่ที่ยโสธรแต่ไม่มีเงินเลยค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ ไม่มีรายได้ด้วย",
         "id_card": "มีค่ะ",
         "current_province": "นนทบุรีค่ะ",
         "home_province": "ยโสธรค่ะ",
         "travellers": "3 คนค่ะ หนู ลูกคนโต 6 ขวบ คนเล็ก 2 ขวบ",
         "urgent": "ยังพักที่บ้านพักได้อีกอาทิตย์นึงค่ะ",
         "special_needs": "ลูกยังเล็กค่ะ คนเล็ก 2 ขวบ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ไม่ค่ะ",
         "name": "นุ่นค่ะ 0861234567",
         "phone": "0861234576",
         "confirm": ("เบอร์ผิดค่ะ ที่ถูกคือ 0861234576 ค่ะ", "ถูกต้องแล้วค่ะ")},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "ยโสธร",
                "travellers": 3, "urgent": False, "special": ["child"], "name": "นุ่น",
                "phone": "0861234576"}),

    # Released yesterday from Chanthaburi Provincial Prison; ID card lost at his arrest, but
    # his village head sent a letter certifying Thai nationality and residence (allowed by
    # the conditions) -> case. Voice-typed opening, one thing per message. Sleeps at a
    # temple pavilion (urgency left open). Wants a new ID card -> id_card.
    "dev40 out of Chanthaburi prison, lost ID, village head letter": Persona(
        ("สวัสดีครับผมพ้นโทษจากเรือนจำจังหวัดจันทบุรีครับเมื่อวานนี้บัตรประชาชนหายไปตั้งแต่"
         "ตอนโดนจับครับอยากกลับบ้านพิษณุโลกครับ",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีเงินค่ารถครับ",
         "id_card": "ไม่มีครับ หายไปแล้ว",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านที่บ้านทำหนังสือรับรองส่งมาให้ว่าเป็นคนไทย"
                               "อยู่หมู่บ้านนี้จริง",
         "current_province": "จันทบุรีครับ",
         "home_province": "พิษณุโลกครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "เมื่อคืนนอนศาลาวัดครับ คืนนี้ก็คงนอนที่เดิม",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "name": "ชื่อสมศักดิ์ครับ",
         "phone": "0857788990",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "จันทบุรี", "home": "พิษณุโลก",
                "travellers": 1, "special": [], "referrals": ["id_card"],
                "name": "สมศักดิ์", "phone": "0857788990"}),

    # Isan daughter: father (67) just had heart surgery in Rayong, family of four incl. her
    # 4-year-old; no fare to Maha Sarakham, rent unpaid but room still there -> not urgent.
    # Special: sick, elderly, child. Wants old-age allowance for father -> elderly_allowance.
    "dev40 Isan family of four with father after heart surgery": Persona(
        ("สวัสดีเด้อ",
         "พ่อผ่าตัดหัวใจ ออกจากโรงบาลระยองมื้อวานนี้ หมอให้กลับไปพักฟื้นบ้าน "
         "บ่มีเงินค่ารถกลับสารคามเลย"),
        {"consent": "ยินยอมจ้า",
         "hardship": "บ่มีค่ารถกลับบ้านจ้า",
         "id_card": "มีจ้า",
         "current_province": "ระยองจ้า",
         "home_province": "มหาสารคาม",
         "travellers": "4 คน พ่อ แม่ ข้อย แล้วก็ลูกข้อย 4 ขวบ",
         "urgent": "บ่ด่วนหลาย ยังพักห้องเช่าอยู่ได้ แต่ค่าเช่ากะบ่มีแล้ว",
         "special_needs": "พ่ออายุ 67 พึ่งผ่าตัดหัวใจ ยังเหนื่อยง่าย แล้วก็มีลูกน้อย 4 ขวบไปนำ",
         "travel_alone": "ไปพร้อมกันหมด ไปได้จ้า",
         "sensitive_consent": "ได้จ้า",
         "needs": "อยากให้ช่วยเรื่องเบี้ยผู้สูงอายุให้พ่อ พ่อยังบ่เคยได้",
         "name": "ข้อยชื่อแสงเดือน 0843219876",
         "confirm": "ถูกแล้วจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "มหาสารคาม",
                "travellers": 4, "urgent": False,
                "special": ["sick", "elderly", "child"],
                "referrals": ["elderly_allowance"], "name": "แสงเดือน",
                "phone": "0843219876"}),

    # Southern young man out of hospital in Hat Yai after a broken-leg operation, on
    # crutches; no fare to Trang, can't work; stays at a friend's -> not urgent. One thing
    # per message; tells his story only at the idle prompt. Refuses sensitive questions.
    # Crutches could be read as sick or disabled, so special is not expected.
    "dev40 southern man on crutches after leg surgery, Hat Yai to Trang": Persona(
        ("หวัดดีครับ",),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถกลับบ้านหน่อยครับ ฉานพึ่งออกจากโรงบาลหาดใหญ่ ผ่าตัดขาหักมา รถล้มครับ",
         "hardship": "ไม่มีตังค่ารถครับ งานก็ทำไม่ได้",
         "id_card": "มีครับ",
         "current_province": "หาดใหญ่ สงขลาครับ",
         "home_province": "ตรังครับ",
         "travellers": "ตัวคนเดียวครับ",
         "urgent": "ไม่ถึงกะด่วนครับ นอนห้องเพื่อนได้",
         "special_needs": "ขาหักครับ เดินไม้ค้ำ",
         "travel_alone": "ไปได้ครับ นั่งรถตู้ได้",
         "sensitive_consent": "ไม่เอาครับ",
         "name": "ชื่อเอ็มครับ",
         "phone": "0812223344",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "สงขลา", "home": "ตรัง",
                "travellers": 1, "urgent": False, "name": "เอ็ม",
                "phone": "0812223344"}),

    # Man discharged today from the Khon Kaen psychiatric hospital, nobody came; no fare to
    # Loei ("กลับบ้านที่เลย" reads like "at all"), no bed tonight -> urgent. Says he has no
    # special needs; refuses sensitive questions. Special left open.
    "dev40 man out of the psychiatric hospital, home is Loei, refuses": Persona(
        ("ผมออกจากโรงพยาบาลจิตเวชขอนแก่นวันนี้ครับ ไม่มีใครมารับ",
         "ไม่มีเงินกลับบ้านที่เลย คืนนี้ไม่มีที่นอน"),
        {"consent": "ยินยอม",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถ",
         "id_card": "มีครับ",
         "current_province": "ขอนแก่น",
         "home_province": "จังหวัดเลยครับ อำเภอวังสะพุง",
         "travellers": "1",
         "urgent": "ด่วนครับ",
         "special_needs": "ไม่มีครับ ผมไปเองได้ หมอบอกอาการดีขึ้นแล้ว",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ไม่ยินยอมครับ ไม่อยากให้ใครรู้",
         "name": "วิทย์ 0825556677",
         "confirm": "ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย",
                "travellers": 1, "urgent": True, "name": "วิทย์",
                "phone": "0825556677"}),

    # Released yesterday from Bang Khwang (Nonthaburi) but now at Mo Chit bus terminal
    # (Bangkok), 80 baht left, slept at the terminal -> urgent. Tells HIV only when asked
    # other needs: his ART pills from prison run out in days -> hiv_aid.
    "dev40 out of Bang Khwang, now at Mo Chit, HIV told when asked": Persona(
        ("สวัสดีครับ",
         "ผมพ้นโทษออกจากบางขวางเมื่อวานครับ ตอนนี้มานั่งอยู่ขนส่งหมอชิต ตังที่มีเหลือ 80 บาท "
         "ค่ารถไปอุบลไม่พอ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ",
         "current_province": "หมอชิตครับ กรุงเทพ",
         "home_province": "อุบลราชธานี",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ เมื่อคืนก็นอนขนส่ง",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "needs": "มีเรื่องนึงครับ ผมติดเชื้อเอชไอวี ยาต้านที่ได้จากข้างในเหลืออีกไม่กี่วัน "
                  "กลับไปแล้วไม่รู้จะรับยาที่ไหน",
         "name": "ชื่อหนุ่มครับ เบอร์ 0918887766 เบอร์พี่สาวนะครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "referrals": ["hiv_aid"],
                "name": "หนุ่ม", "phone": "0918887766"}),

    # Myanmar worker out of hospital after a hernia operation in Samut Sakhon; pink migrant
    # card only, no Thai nationality letter. The aid is for Thai nationals -> refused.
    "dev40 Myanmar worker after hernia surgery, not Thai": Persona(
        ("สวัสดีครับ ผมผ่าตัดไส้เลื่อน ออกจากโรงพยาบาลสมุทรสาครแล้ว ไม่มีเงินกลับบ้านครับ",),
        {"consent": "ได้ครับ",
         "hardship": "ไม่มีเงินค่ารถครับ",
         "id_card": "ไม่มีครับ มีแต่บัตรสีชมพู",
         "nationality_letter": "ไม่มีครับ ผมเป็นคนพม่า",
         "current_province": "สมุทรสาคร",
         "home_province": "บ้านอยู่เมียวดีครับ พม่า",
         "travellers": "คนเดียว",
         "name": "ชื่อซออู",
         "phone": "0998877665"},
        outcome="refused",
        one_part=True,
        expect={"eligible": False, "reason": "สัญชาติไทย"}),

    # Lao man treated for TB in Udon Thani, wants to go back to Vientiane; says plainly he
    # is Lao with no Thai card -> not Thai -> refused.
    "dev40 Lao man after TB treatment, wants Vientiane": Persona(
        ("สบายดีครับ ผมเป็นคนลาว มารักษาวัณโรคที่โรงพยาบาลอุดรครับ ตอนนี้หมอให้ออกแล้ว "
         "อยากกลับเวียงจันทน์แต่เงินหมด",),
        {"consent": "ได้ครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีบัตรไทยครับ มีแต่พาสปอร์ตลาว",
         "nationality_letter": "ไม่มีครับ ผมไม่ใช่คนไทย",
         "current_province": "อุดรธานี",
         "home_province": "เวียงจันทน์ ประเทศลาวครับ",
         "travellers": "คนเดียวครับ",
         "name": "คำพอน 0801234599"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย"}),

    # Thai man leaving Thanyarak rehab in Chiang Mai with no ID card and no letter of any
    # kind, and no idea who could write one -> no documents at all -> refused.
    "dev40 leaving rehab in Chiang Mai with no papers at all": Persona(
        ("ผมจะออกจากธัญญารักษ์เชียงใหม่อาทิตย์หน้าครับ เลิกยาแล้ว อยากกลับบ้านที่เชียงราย "
         "แต่ไม่มีตังเลย",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีครับ บัตรหายนานแล้ว",
         "nationality_letter": "ไม่มีครับ ไม่มีอะไรเลย ไม่รู้จะไปขอใคร ผู้ใหญ่บ้านก็ไม่รู้จัก",
         "current_province": "เชียงใหม่",
         "home_province": "เชียงราย",
         "travellers": "คนเดียวครับ",
         "name": "แดง 0897001122"},
        outcome="refused",
        expect={"eligible": False}),

    # Northern woman released from the Chiang Mai women's prison; her sister is driving her
    # home and she only wants fuel money. No shelter, food or fare problem -> no hardship
    # -> refused.
    "dev40 out of Chiang Mai women's prison, sister drives her, no hardship": Persona(
        ("สวัสดีเจ้า",
         "ออกจากทัณฑสถานหญิงเชียงใหม่แล้วเจ้า ขอค่าน้ำมันรถกลับบ้านได้ก่อเจ้า"),
        {"consent": "ยินยอมเจ้า",
         "hardship": "บ่ได้เดือดร้อนอะไรเจ้า ปี้สาวขับรถมารับ มีที่นอน มีข้าวกิน "
                     "แค่อยากได้ค่าน้ำมันช่วยปี้เขา",
         "id_card": "มีเจ้า",
         "current_province": "เชียงใหม่",
         "home_province": "ลำพูนเจ้า",
         "travellers": "2 คนเจ้า",
         "name": "คำแก้ว 0869990011"},
        outcome="refused",
        expect={"eligible": False}),

    # Dialysis patient who lives in Roi Et and is treated in Roi Et; wants money for trips
    # to hospital, not to return home. Already at home -> refused.
    "dev40 dialysis patient already at home in Roi Et": Persona(
        ("สวัสดีครับ ผมล้างไตอาทิตย์ละ 2 ครั้งที่โรงพยาบาลร้อยเอ็ด ค่ารถไปกลับแพงมาก "
         "ขอเงินช่วยค่ารถได้ไหมครับ",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถไปล้างไตครับ",
         "id_card": "มีครับ",
         "current_province": "ร้อยเอ็ดครับ อยู่บ้านนี่แหละ",
         "home_province": "ร้อยเอ็ดครับ",
         "travellers": "คนเดียว",
         "name": "ประสิทธิ์ 0833334444"},
        outcome="refused",
        expect={"eligible": False}),

    # Released from Nakhon Ratchasima Central Prison and already living at home in Korat;
    # wants money because he has no income. The aid is to get home, he is home -> refused.
    "dev40 out of Korat prison and already home": Persona(
        ("ผมออกจากเรือนจำกลางโคราชได้เดือนนึงแล้วครับ ตอนนี้อยู่บ้านกับแม่ที่โคราช "
         "ยังหางานไม่ได้ ขอเงินช่วยเหลือได้ไหม",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีรายได้ครับ แต่มีบ้านอยู่",
         "id_card": "มีครับ",
         "current_province": "นครราชสีมา",
         "home_province": "นครราชสีมาครับ บ้านผมเอง",
         "travellers": "ไม่ได้ไปไหนครับ อยู่บ้าน",
         "name": "ชาติ 0845552211"},
        outcome="refused",
        expect={"eligible": False}),

    # Question only: is there aid for people with HIV (DSDW aid for AIDS patients or
    # people with HIV, Source A 2.1).
    "dev40 asks about aid for a friend with HIV": Persona(
        ("ผู้ติดเชื้อเอชไอวีมีเงินช่วยเหลือจากรัฐไหมคะ เพื่อนเพิ่งรู้ผลจากคลินิก",),
        {"consent": "ยินยอมค่ะ"},
        outcome="answered",
        answered="เอดส์"),

    # Question only: who pays if he falls ill while waiting to go home (outpatient care at
    # a government hospital, actual cost).
    "dev40 heart patient asks who pays if sick on the way": Persona(
        ("ถ้ารอรถกลับบ้านอยู่แล้วไม่สบายขึ้นมาต้องไปหาหมอ ค่ารักษาใครจ่ายครับ ผมเป็นโรคหัวใจ",),
        {"consent": "ยินยอมครับ"},
        outcome="answered",
        answered="ผู้ป่วยนอก"),

    # Question only: ID card expired while in prison; where to get a new one (Department
    # of Provincial Administration makes ID cards for inmates and released prisoners).
    "dev40 ex-prisoner asks where to renew ID card": Persona(
        ("ติดคุกมา5ปี บัตรประชาชนหมดอายุ ออกมาแล้วทำบัตรใหม่ที่ไหนได้บ้างคะ",),
        {"consent": "ยินยอมค่ะ"},
        outcome="answered",
        answered="กรมการปกครอง"),

    # Question only: son out of Srithanya psychiatric hospital needs continued care; which
    # agency follows up (Department of Mental Health).
    "dev40 mother asks who follows up after Srithanya": Persona(
        ("ลูกชายพึ่งออกจากรพ.ศรีธัญญา ต้องรักษาต่อเนื่อง มีหน่วยงานไหนช่วยติดตามดูแลบ้างคะ",),
        {"consent": "ยินยอมค่ะ"},
        outcome="answered",
        answered="สุขภาพจิต"),
}
