"""Persona set dev31 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: people who write for someone else (a daughter for her old father, a police
officer and hospital social workers for stranded people, a monk for a lay man, a
neighbour for an old woman, a son for his mother), people who correct themselves
mid-message, people who tell their story over several short messages before answering,
Isan and northern dialect writers, ID cards that are expired, damaged, burnt or held by
someone else, families with elders and small children, and a few who are refused (not
Thai, no hardship, no card and no letter) or only ask a question.
Counts: 22 personas; 16 eligible (case), 4 refused, 2 answered; 6 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import HEALTH, Persona

PERSONAS: dict[str, Persona] = {
    # Daughter in Bangkok writes for her 78-year-old father stranded at the Chiang Mai bus
    # station. Eligible: Thai, "ไม่มีค่าพาหนะเดินทางกลับภูมิลำเนาเดิม", card still with him.
    # Her own place (Bangkok) is not where the traveller is.
    "dev31 daughter for old father stuck in chiang mai": Persona(
        ("สวัสดีค่ะ หนูพิมพ์แทนพ่อนะคะ พ่ออายุ78แล้ว",
         "พ่อไปเที่ยวหาเพื่อนที่เชียงใหม่ โดนล้วงกระเป๋าตังค์ ตอนนี้นั่งอยู่ขนส่งอาเขต "
         "หนูอยู่กทม.ไปรับไม่ทันค่ะ"),
        {"consent": "ยินยอมค่ะ หนูอ่านให้พ่อฟังทางโทรศัพท์แล้ว พ่อโอเค",
         "hardship": "พ่อเงินหายหมดเลยค่ะ ไม่มีค่ารถกลับบ้านที่น่าน",
         "id_card": "บัตรประชาชนพ่อยังอยู่ค่ะ เหน็บไว้กระเป๋าเสื้อ ไม่ได้หายไปกับกระเป๋าตังค์",
         "nationality": "คนไทยค่ะ",
         "current_province": "พ่ออยู่เชียงใหม่ค่ะ ที่ขนส่งอาเขต",
         "home_province": "บ้านพ่ออยู่น่านค่ะ อ.ปัว",
         "travellers": "พ่อคนเดียวค่ะ หนูไม่ได้ไปด้วย",
         "urgent": "ด่วนค่ะ พ่อไม่มีที่นอนคืนนี้ นั่งรอที่ขนส่ง",
         "special_needs": "พ่ออายุ78ค่ะ หูไม่ค่อยดี แต่เดินเองได้",
         "travel_alone": "ไปเองได้ค่ะ พ่อขึ้นรถทัวร์เป็น เคยนั่งประจำ",
         "name": "ชื่อพ่อ นายบุญมา ใจดี ค่ะ",
         "phone": "ติดต่อเบอร์หนูนะคะ 089-123-4567 พ่อไม่มีมือถือ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน", "travellers": 1,
                "urgent": True, "special": ["elderly"], "name": "บุญมา",
                "phone": "0891234567"}),

    # Police officer at a Hat Yai station writes formally for a robbed man. Eligible:
    # "บุคคล/หน่วยงานอื่นที่พบ หรือประสานคำขอรับการช่วยเหลือ" may apply for him; card seen.
    "dev31 police officer for robbed man in hat yai": Persona(
        ("เรียนเจ้าหน้าที่ครับ ผม ร.ต.ท. ประจำ สภ.หาดใหญ่ มีชายไทยรายหนึ่งมาแจ้งความ"
         "ถูกลักทรัพย์ เงินหมดตัว ต้องการกลับภูมิลำเนา จึงขอประสานความช่วยเหลือครับ",),
        {"consent": "ผู้ประสบเหตุยินยอมครับ ผมอธิบายให้ฟังแล้ว",
         "hardship": "ถูกลักเงินไปทั้งหมด ไม่มีค่าพาหนะกลับบ้าน ไม่มีเงินซื้ออาหารครับ",
         "id_card": "บัตรประจำตัวประชาชนยังอยู่ครับ ผมตรวจสอบแล้ว",
         "nationality": "สัญชาติไทยครับ",
         "current_province": "ปัจจุบันอยู่ที่ สภ.หาดใหญ่ จ.สงขลา ครับ",
         "home_province": "ภูมิลำเนา จ.สกลนคร ครับ",
         "travellers": "1 คนครับ",
         "urgent": "ด่วนครับ ไม่มีที่พักคืนนี้ ไม่มีเงินกินข้าว",
         "special_needs": "ไม่มีครับ สุขภาพแข็งแรงดี",
         "name": "นายสมชาย แก้วมณี ครับ",
         "phone": "เบอร์ผมครับ 0815550123 ตัวเขาไม่มีโทรศัพท์"},
        expect={"eligible": True, "current": "สงขลา", "home": "สกลนคร", "travellers": 1,
                "urgent": True, "special": [], "name": "สมชาย", "phone": "0815550123",
                "no_referrals": list(HEALTH)}),

    # Hospital social worker in Khon Kaen for a woman discharged with a leg in plaster; her
    # card got wet in the accident but is still readable. Eligible; an officer may travel
    # along "เนื่องจาก อายุ สติปัญญา สุขภาพ" (ข้อ ๖ (๓)).
    "dev31 hospital social worker for discharged woman": Persona(
        ("สวัสดีค่ะ ดิฉันนักสังคมสงเคราะห์ รพ.ศูนย์ขอนแก่นค่ะ",
         "มีผู้ป่วยหญิงหมอให้กลับบ้านได้วันนี้ แต่ไม่มีญาติมารับ ไม่มีเงินค่ารถกลับนครพนมค่ะ"),
        {"consent": "ผู้ป่วยยินยอมค่ะ",
         "hardship": "ไม่มีเงิน ไม่มีรายได้ ไม่มีญาติมารับ ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีบัตรค่ะ แต่เปียกน้ำตอนรถคว่ำ ตัวหนังสือลบไปบ้าง เลขบัตรยังอ่านออกค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ตอนนี้อยู่ รพ.ที่ขอนแก่นค่ะ",
         "home_province": "บ้านอยู่นครพนมค่ะ",
         "travellers": "ผู้ป่วย 1 คนค่ะ",
         "urgent": "ด่วนค่ะ ออกจาก รพ.วันนี้ ไม่มีที่ไป",
         "special_needs": "ยังป่วยอยู่ค่ะ ขาหักเข้าเฝือก ต้องกินยาต่อ ไปคนเดียวไม่ได้",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีเจ้าหน้าที่ไปส่ง",
         "sensitive_consent": "ผู้ป่วยยินยอมให้บันทึกข้อมูลสุขภาพค่ะ",
         "needs": "อยากให้ช่วยประสานโรงพยาบาลใกล้บ้านให้ไปทำแผลต่อด้วยค่ะ",
         "name": "นางสาวพิมพา ศรีวงศ์ ค่ะ",
         "phone": "0869876543 เบอร์ดิฉันค่ะ ห้องสังคมสงเคราะห์"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "นครพนม", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone", "sick"],
                "referrals": ["medical_services"], "name": "พิมพา",
                "phone": "0869876543"}),

    # A monk in Korat writes for a lay man who has slept at the temple for three nights.
    # Eligible: an expired card is still a Thai ID card ("แสดงบัตรประจำตัวประชาชน"); he
    # has shelter at the temple, so not urgent ("กรณีที่พักอาศัยอยู่ไม่เร่งด่วน").
    "dev31 monk for lay man sleeping at the temple": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดในโคราช มีโยมผู้ชายมาอาศัยนอนที่วัดได้สามคืนแล้ว "
         "ตกงาน ไม่มีเงินค่ารถกลับบ้าน อาตมาช่วยพิมพ์แทนให้จ้ะ",),
        {"consent": "โยมเขายินยอมจ้ะ นั่งอยู่ข้างๆอาตมา",
         "hardship": "โยมตกงาน ไม่มีรายได้ ไม่มีค่ารถกลับบ้านจ้ะ",
         "id_card": "โยมมีบัตรประชาชนจ้ะ แต่หมดอายุไปปีกว่าแล้ว",
         "nationality": "คนไทยจ้ะ",
         "current_province": "อยู่วัดในโคราชจ้ะ นครราชสีมา",
         "home_province": "บ้านโยมอยู่สุรินทร์จ้ะ",
         "travellers": "โยมคนเดียวจ้ะ",
         "urgent": "ไม่ด่วนมากจ้ะ นอนที่วัดได้ ข้าวปลาวัดก็มีให้",
         "needs": "โยมอยากทำบัตรประชาชนใหม่ด้วยจ้ะ บัตรหมดอายุ",
         "name": "โยมชื่อ ทองดี มีสุข จ้ะ",
         "phone": "โทรมาเบอร์อาตมาได้ ๐๙๒๔๔๔๕๕๖๖ เจริญพร"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "สุรินทร์",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card"], "name": "ทองดี", "phone": "0924445566"}),

    # Neighbour writes for an 81-year-old widow who wants to go to her daughter in Roi Et;
    # the neighbour keeps grandma's card. Eligible: home "รวมถึงภูมิลำเนาของญาติ", no carer;
    # room until month's end, so not urgent.
    "dev31 neighbour for old widow keeps her card": Persona(
        ("สวัสดีค่ะ หนูเป็นข้างห้องยายค่ะ ยายอยู่คนเดียว ลูกชายเพิ่งเสีย "
         "ไม่มีใครดูแล อยากกลับไปอยู่กับลูกสาวที่ร้อยเอ็ด แต่ไม่มีเงินค่ารถค่ะ",),
        {"consent": "ยินยอมค่ะ ยายบอกว่าได้",
         "hardship": "ยายไม่มีคนดูแลค่ะ ไม่มีรายได้ ไม่มีค่ารถกลับบ้าน",
         "id_card": "บัตรยายอยู่กับหนูค่ะ ยายฝากไว้ กลัวหาย",
         "nationality": "ไทยค่ะ",
         "current_province": "อยู่สมุทรปราการค่ะ แถวบางพลี",
         "home_province": "ไปบ้านลูกสาวที่ร้อยเอ็ดค่ะ",
         "travellers": "ยายคนเดียวค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ ห้องเช่าอยู่ได้ถึงสิ้นเดือน",
         "special_needs": "ยายอายุ81ค่ะ เดินช้า หลงๆลืมๆ",
         "travel_alone": "ไปคนเดียวไม่ได้ค่ะ กลัวยายหลง ต้องมีคนพาไป",
         "needs": "อยากให้ช่วยดูเรื่องเบี้ยผู้สูงอายุให้ยายด้วยค่ะ ไม่รู้ได้อยู่ไหม",
         "name": "ยายคำปุ่น ค่ะ นามสกุล ศรีบุญเรือง",
         "phone": "เบอร์หนูค่ะ 063-456-7891"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": False,
                "special": ["cannot_travel_alone", "elderly"],
                "referrals": ["elderly_allowance"], "name": "คำปุ่น",
                "phone": "0634567891"}),

    # Construction worker who first names the wrong province and corrects himself
    # ("เอ้ย ไม่ใช่ อยู่ลำปาง"). One part per message. Eligible: no fare home, has card.
    "dev31 worker corrects himself lampang one part": Persona(
        ("ขอความช่วยเหลือหน่อยครับ งานก่อสร้างหมด ผู้รับเหมาไม่จ่ายค่าแรง",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ",
         "nationality": "ไทย",
         "current_province": "อยู่เชียงใหม่ เอ้ย ไม่ใช่ อยู่ลำปางครับ",
         "home_province": "อุตรดิตถ์ครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ยังนอนแคมป์ได้",
         "name": "เอก ครับ",
         "phone": "0871234576"},
        one_part=True,
        expect={"eligible": True, "current": "ลำปาง", "home": "อุตรดิตถ์", "travellers": 1,
                "urgent": False, "special": [], "name": "เอก", "phone": "0871234576"}),

    # Isan mother tells her story in short messages before answering; two small children,
    # thrown out of her room tonight. Eligible: no shelter, no income, no fare; urgent.
    "dev31 isan mother two kids short messages": Persona(
        ("สวัสดีค่ะ", "คือว่าโรงงานปิดแล้วค่ะ นายจ้างหนีบ่จ่ายเงินเดือน",
         "มีลูกน้อยสองคนเด้อ", "อยากกลับบ้านอุดรค่ะ บ่มีเงินค่ารถ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "บ่มีเงินเลยค่ะ บ่มีค่ารถกลับบ้าน ห้องกะโดนไล่",
         "id_card": "มีบัตรค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "อยู่ชลบุรีค่ะ แถวอมตะ",
         "home_province": "อุดรค่ะ อุดรธานี",
         "travellers": "3 คนค่ะ แม่กับลูก2",
         "urgent": "ด่วนเด้อค่ะ เจ้าของห้องไล่ออกแล้ว คืนนี้บ่มีบ่อนนอน",
         "special_needs": "ลูกน้อยค่ะ คนนึง2ขวบ คนนึง5ขวบ",
         "name": "นิตยา บุญมา ค่ะ",
         "phone": "๐๘๖๑๒๓๔๕๖๗"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "นิตยา",
                "phone": "0861234567", "no_referrals": list(HEALTH)}),

    # Northern grandmother (kam mueang, "เชียงฮาย") with her 6-year-old grandson; card
    # expired but still in hand. One part per message. Eligible; staying with a friend.
    "dev31 northern grandma with grandson expired card one part": Persona(
        ("สวัสดีเจ้า ยายบ่มีสตางค์ขึ้นรถกลับบ้านเจ้า",),
        {"consent": "ยินยอมเจ้า",
         "hardship": "บ่มีสตางค์ค่ารถเจ้า",
         "id_card": ("บัตรหมดอายุแล้วเจ้า", "มีอยู่เจ้า บัตรยังอยู่ แต่หมดอายุ"),
         "nationality": "คนไทยเจ้า",
         "current_province": "อยู่กรุงเทพฯเจ้า",
         "home_province": "เชียงฮายเจ้า",
         "travellers": "สองคนเจ้า ยายกับหลาน",
         "urgent": "บ่ด่วนเจ้า ยังนอนบ้านเปื้อนได้",
         "special_needs": "ยายอายุ70 หลานหกขวบเจ้า",
         "name": "จันทร์ฟอง เจ้า",
         "phone": "0945556677"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 2, "urgent": False, "special": ["child", "elderly"],
                "name": "จันทร์ฟอง", "phone": "0945556677"}),

    # Released yesterday from prison, tells it over short messages; card expired inside.
    # Eligible (Source A 7.2: "สงเคราะห์ค่าพาหนะเดินทางกลับภูมิลำเนาของผู้พ้นโทษ"); wants a
    # new card (Source A 1: "จัดทำบัตรประชาชนให้กับผู้ต้องขัง ผู้พ้นโทษ").
    "dev31 released prisoner expired card short messages": Persona(
        ("ผมเพิ่งออกจากคุกครับ", "ออกเมื่อวาน",
         "เงินไม่มีสักบาท บ้านอยู่ชัยภูมิ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีเงิน ไม่มีที่นอน ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "บัตรหมดอายุตอนอยู่ในเรือนจำครับ ยังมีบัตรเก่าอยู่",
         "nationality": "ไทยครับ",
         "current_province": "นครปฐมครับ",
         "home_province": "ชัยภูมิ",
         "travellers": "1",
         "urgent": "ด่วนครับ เมื่อคืนนอนป้ายรถเมล์ คืนนี้ก็ไม่มีที่นอน",
         "sensitive_consent": "ยินยอมครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "name": "ชัยวัฒน์ ครับ",
         "phone": "0957778899"},
        expect={"eligible": True, "current": "นครปฐม", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["id_card"],
                "name": "ชัยวัฒน์", "phone": "0957778899"}),

    # Isan worker in Rayong, card expired last year, answers one thing at a time, very
    # short. Eligible: unpaid, no fare; nowhere to sleep tonight.
    "dev31 isan worker rayong expired card one part": Persona(
        ("นายจ้างบ่จ่ายค่าแรง บ่มีเงินกลับบ้านเด้อ",),
        {"consent": "ยอม",
         "hardship": "บ่มีค่ารถ",
         "id_card": ("หมดอายุแล้ว", "มีบัตรอยู่ แต่หมดอายุปีกลาย ยังบ่ได้ไปต่อ"),
         "nationality": "ไทย",
         "current_province": "ระยอง",
         "home_province": "ยโสธร",
         "travellers": "คนเดียว",
         "urgent": "ด่วน คืนนี้บ่มีบ่อนนอน",
         "name": "สมศักดิ์",
         "phone": "0823334455"},
        one_part=True,
        expect={"eligible": True, "current": "ระยอง", "home": "ยโสธร", "travellers": 1,
                "urgent": True, "special": [], "name": "สมศักดิ์",
                "phone": "0823334455"}),

    # Housemaid in Phuket whose employer kept her card, but the village head at home sent
    # a letter. Eligible: "ขาดเอกสารราชการ ให้มีหนังสือรับรองว่ามีสัญชาติไทย".
    "dev31 maid card held by employer has village letter": Persona(
        ("ช่วยหนูด้วยค่ะ นายจ้างไล่ออก ยึดบัตรประชาชนไว้ไม่คืน ไม่มีเงินกลับบ้านศรีสะเกษ",),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงิน ไม่มีที่พัก ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "ไม่มีค่ะ นายจ้างยึดไว้ ไม่ยอมคืน",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านที่บ้านทำหนังสือรับรองให้แล้ว ญาติเอามาให้",
         "nationality": "คนไทยค่ะ",
         "current_province": "ภูเก็ตค่ะ",
         "home_province": "ศรีสะเกษค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "name": "บุษบา ค่ะ",
         "phone": "0612223344"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": True, "special": [], "name": "บุษบา", "phone": "0612223344"}),

    # Northern husband writes for himself and his 7-months-pregnant wife; one part per
    # message. Eligible; staying at a friend's room, not urgent.
    "dev31 northern husband pregnant wife one part": Persona(
        ("ผมกับแฟนบ่มีเงินกลับบ้านครับ",),
        {"consent": "ยินยอมครับ",
         "hardship": "ตกงานครับ บ่มีค่ารถ",
         "id_card": "มีครับ ทั้งสองคน",
         "nationality": "ไทยครับ",
         "current_province": "กทม.ครับ",
         "home_province": "พะเยาครับ",
         "travellers": "2 คนครับ",
         "urgent": "บ่ด่วนครับ นอนห้องเปื้อนได้",
         "special_needs": "แฟนท้อง7เดือนครับ",
         "travel_alone": "ไปกันเองได้ครับ ผมดูแลเมียเอง",
         "name": "ณัฐพล ครับ",
         "phone": "0918889900"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พะเยา",
                "travellers": 2, "urgent": False, "special": ["pregnant"],
                "name": "ณัฐพล", "phone": "0918889900"}),

    # Son writes for his forgetful 72-year-old mother and corrects her home mid-message
    # (moved to her sister's in Maha Sarakham). Eligible: relative's home counts.
    "dev31 son for forgetful mother corrects home": Persona(
        ("สวัสดีครับ ผมขอความช่วยเหลือให้แม่ครับ แม่มาอยู่กับผม แต่ผมตกงาน "
         "เลี้ยงแม่ไม่ไหว อยากส่งแม่กลับบ้าน",),
        {"consent": "ยินยอมครับ",
         "hardship": "ผมตกงานครับ ไม่มีเงินค่ารถส่งแม่กลับ ไม่มีคนดูแลแม่ตอนกลางวัน",
         "id_card": "แม่มีบัตรครับ",
         "nationality": "ไทยครับ",
         "current_province": "ปทุมธานีครับ รังสิต",
         "home_province": "บ้านแม่อยู่กาฬสินธุ์ อ้อ ไม่ใช่ครับ แม่ย้ายไปอยู่กับน้าที่มหาสารคามแล้ว "
                          "ส่งไปมหาสารคามครับ",
         "travellers": "แม่คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ยังอยู่ห้องผมได้",
         "special_needs": "แม่อายุ72ครับ ความจำไม่ค่อยดี",
         "travel_alone": "ไปคนเดียวไม่ได้ครับ กลัวแม่ลงผิดป้าย ผมไปส่งไม่ได้ต้องทำงาน",
         "name": "แม่ชื่อ ประไพ ทองคำ ครับ",
         "phone": "0897654321 เบอร์ผมครับ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "มหาสารคาม",
                "travellers": 1, "urgent": False,
                "special": ["cannot_travel_alone", "elderly"], "name": "ประไพ",
                "phone": "0897654321"}),

    # Young Isan man who fixes his own phone number as he types it; one part per message.
    # Eligible: no fare home, has card.
    "dev31 isan young man fixes phone one part": Persona(
        ("สวัสดีครับ บ่มีค่ารถกลับบ้านครับ",),
        {"consent": "ยินยอม",
         "hardship": "บ่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ",
         "nationality": "ไทย",
         "current_province": "สระบุรีครับ",
         "home_province": "บุรีรัมครับ",
         "travellers": "คนเดียว",
         "urgent": "บ่ด่วนครับ",
         "name": "ต้น",
         "phone": "0981112233 อุ้ย ผิด 0981112234 ครับ"},
        one_part=True,
        expect={"eligible": True, "current": "สระบุรี", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": False, "special": [], "name": "ต้น", "phone": "0981112234"}),

    # Family of four burnt out of their rented room in Samut Sakhon: husband, wife, a
    # baby and grandma 75. His card is half burnt but the number shows. Eligible
    # ("ประสบภัยพิบัติ"); urgent, no roof tonight.
    "dev31 family of four fire burnt card": Persona(
        ("ไฟไหม้ห้องเช่าผมเมื่อคืนครับ ของหมดเลย",
         "มีเมีย ลูกขวบนึง กับแม่ผมอายุ75 อยากพากันกลับบ้านที่กาฬสินธุ์"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไฟไหม้หมดครับ ไม่มีที่อยู่ ไม่มีเงิน ไม่มีค่ารถ",
         "id_card": "บัตรผมไหม้ไปครึ่งใบครับ ยังเห็นรูปกับเลขบัตร",
         "nationality": "ไทยครับทุกคน",
         "current_province": "สมุทรสาครครับ มหาชัย",
         "home_province": "กาฬสินธุ์ครับ",
         "travellers": "4 คนครับ ผม เมีย ลูก แม่",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกขวบเดียวครับ แม่ผมอายุ75",
         "travel_alone": "ไปกันเองได้ครับ ผมดูแลเอง",
         "name": "วีระ ครับ",
         "phone": "086 555 1212"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "กาฬสินธุ์",
                "travellers": 4, "urgent": True, "special": ["child", "elderly"],
                "name": "วีระ", "phone": "0865551212"}),

    # Woman on her way home with her 4-year-old who gives the province she left, then the
    # one she is in ("อ่อไม่ใช่ค่ะ ตอนนี้มาถึงลพบุรีแล้ว"). One part per message. Eligible.
    "dev31 mother corrects current lopburi one part": Persona(
        ("ขอค่ารถกลับบ้านค่ะ เงินหมดกลางทาง",),
        {"consent": "ยินยอมค่ะ",
         "hardship": "เงินหมดค่ะ ไม่มีค่ารถต่อ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "สระบุรีค่ะ อ่อไม่ใช่ค่ะ ตอนนี้มาถึงลพบุรีแล้ว",
         "home_province": "เพชรบูรณ์ค่ะ",
         "travellers": "2 คนค่ะ หนูกับลูก",
         "urgent": "ไม่ด่วนค่ะ พักบ้านญาติที่ลพบุรีได้คืนนึง",
         "special_needs": "ลูก4ขวบค่ะ",
         "name": "สุดา ค่ะ",
         "phone": "0623334567"},
        one_part=True,
        expect={"eligible": True, "current": "ลพบุรี", "home": "เพชรบูรณ์",
                "travellers": 2, "urgent": False, "special": ["child"], "name": "สุดา",
                "phone": "0623334567"}),

    # Hospital social worker for a Myanmar worker with a pink work card. Refused:
    # "“ผู้ตกทุกข์ได้ยาก” หมายความว่า บุคคลผู้มีสัญชาติไทย".
    "dev31 social worker for myanmar patient refused": Persona(
        ("สวัสดีค่ะ ดิฉันนักสังคมสงเคราะห์ รพ.สมุทรสาครค่ะ มีผู้ป่วยชายชาวเมียนมา "
         "หายแล้วแต่ไม่มีเงินเดินทางกลับ ขอความช่วยเหลือได้ไหมคะ",),
        {"consent": "ผู้ป่วยยินยอมค่ะ",
         "hardship": "ไม่มีเงิน ไม่มีงาน ไม่มีค่าเดินทางค่ะ",
         "id_card": "ไม่มีบัตรประชาชนไทยค่ะ มีบัตรชมพูแรงงานต่างด้าว",
         "nationality_letter": "ไม่มีค่ะ เขาไม่ใช่คนไทย",
         "nationality": "สัญชาติเมียนมาค่ะ ไม่ใช่คนไทย",
         "current_province": "สมุทรสาครค่ะ",
         "home_province": "บ้านเขาอยู่เมียวดี ประเทศเมียนมาค่ะ",
         "name": "หม่อง ค่ะ",
         "phone": "0867771234"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย"}),

    # Lao worker in Khon Kaen writing in Lao/Isan, wants to go to Vientiane. Refused: not
    # Thai, and home is not "ภูมิลำเนาในประเทศไทย".
    "dev31 lao worker khon kaen refused": Persona(
        ("สะบายดี ข้อยเป็นคนลาว มาเฮ็ดงานอยู่ขอนแก่น เงินหมดแล้ว อยากกลับบ้านเวียงจันทน์",),
        {"consent": "ยินยอม",
         "hardship": "บ่มีเงินค่ารถเด้อ",
         "id_card": "บ่มีบัตรประชาชนไทย มีแต่พาสปอร์ตลาว",
         "nationality_letter": "บ่มี",
         "nationality": "ลาวเด้อ บ่แม่นคนไทย",
         "current_province": "ขอนแก่น",
         "home_province": "เวียงจันทน์ ประเทศลาว",
         "name": "คำแสง",
         "phone": "0934445566"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย"}),

    # Daughter who wants a free ticket for her father although they can pay. Refused: not
    # in hardship ("ผู้ประสบปัญหาความเดือดร้อนทางสังคม").
    "dev31 daughter wants free ticket no hardship refused": Persona(
        ("อยากขอค่ารถกลับบ้านให้พ่อค่ะ พ่อจะกลับแพร่",),
        {"consent": "ยินยอมค่ะ",
         "hardship": ("ไม่ได้เดือดร้อนอะไรค่ะ มีเงินจ่ายเองได้ แค่คิดว่าถ้ารัฐออกให้ก็ดี",
                      "ไม่ได้ลำบากค่ะ มีเงิน มีบ้านอยู่ แค่อยากได้ตั๋วฟรี"),
         "id_card": "พ่อมีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "นนทบุรีค่ะ",
         "home_province": "แพร่ค่ะ",
         "travellers": "พ่อคนเดียวค่ะ",
         "name": "สมพงษ์ ค่ะ ชื่อพ่อ",
         "phone": "0817776655"},
        outcome="refused",
        expect={"eligible": False}),

    # Man whose card is held by a loan shark and who has no letter and no one to ask.
    # Refused: neither "บัตรประจำตัวประชาชน" nor "หนังสือรับรองว่ามีสัญชาติไทย".
    "dev31 card held by loan shark no letter refused": Persona(
        ("ผมอยากกลับบ้านที่นครสวรรค์ครับ เงินหมด เจ้าหนี้ยึดบัตรประชาชนไปด้วย",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีเงินครับ ไม่มีค่ารถกลับบ้าน",
         "id_card": "ไม่มีครับ เจ้าหนี้นอกระบบยึดไว้ ไม่กล้าไปเอาคืน",
         "nationality_letter": ("ไม่มีครับ ไม่รู้จะไปขอใคร ผู้ใหญ่บ้านก็ไม่รู้จัก",
                                "ไม่มีจริงๆครับ"),
         "nationality": "ไทยครับ",
         "current_province": "ชลบุรีครับ พัทยา",
         "home_province": "นครสวรรค์ครับ",
         "travellers": "คนเดียว",
         "name": "ธนา",
         "phone": "0894443322"},
        outcome="refused",
        expect={"eligible": False, "reason": "บัตร"}),

    # Neighbour asks only which number to call, and whether at night (apply_channels:
    # "โทรสายด่วน ๑๓๐๐ ... ตลอด ๒๔ ชั่วโมง").
    "dev31 neighbour asks hotline at night answered": Persona(
        ("ข้างบ้านหนูเขาจะขอค่ารถกลับบ้านค่ะ ต้องโทรเบอร์ไหนคะ กลางคืนโทรได้ไหม",),
        {"idle": "ขอบคุณค่ะ เดี๋ยวบอกเขาให้"},
        outcome="answered", answered="1300"),

    # Police officer asks only how fast an urgent case is handled (return_home_timeline:
    # "กรณีเร่งด่วนจะดำเนินงานภายใน ๒๔ ชั่วโมง").
    "dev31 police asks urgent timeline answered": Persona(
        ("สอบถามครับ ถ้าเป็นกรณีเร่งด่วน คนตกค้างไม่มีที่นอน ช่วยส่งกลับบ้านได้ภายในกี่ชั่วโมงครับ",),
        {"idle": "รับทราบครับ ขอบคุณครับ"},
        outcome="answered", answered="24"),
}
