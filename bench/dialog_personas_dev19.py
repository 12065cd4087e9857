"""Persona set dev19, 2026-12-05. Written from the seeds only, by a writer who did not read the
dialog code, knowledge files, tests or other persona sets. Focus: people with little reading
stamina who answer in one or two words, emoji or stickers written as text ("(สติกเกอร์)");
indirect answers about where they sleep tonight and so whether the case is urgent (002: urgent =
within 24 h; has a place to stay = not urgent, up to 15 days); groups and families with elders,
small children, pregnant women, sick or disabled members (002 ข้อ 6(3) escort, rates ข้อ 2 and 4);
people writing on behalf of others (nurse, daughter, monk, social development volunteer, grandson,
coworker; 002 step 1.1 lets another person or agency file the request); released prisoners (000).
22 personas: 16 eligible, 6 refused (3 not Thai, no hardship, no card and no letter, already at
home). 5 one_part, 10 opening with a bare greeting, sticker or emoji, 6 telling much in the
first message, 6 written for someone else, 4 released prisoners, 3 corrections at the summary,
all regions (north, Isan, south, central, east, west, Bangkok)."""
from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Young Korat man stuck at Mo Chit, sends a sticker first and then one or two words per answer.
    # "นอนท่ารถ" = sleeps at the bus terminal -> no bed tonight -> urgent. Has his card -> eligible.
    "sticker only, sleeps at mo chit": Persona(
        ("(สติกเกอร์)",),
        {"consent": "ได้ 👍",
         "idle": "ช่วยด้วย",
         "hardship": "ไม่มีตังค์กลับบ้าน",
         "id_card": "มี",
         "nationality_letter": "มีบัตร",
         "nationality": "ไทย",
         "current_province": "หมอชิต",
         "home_province": "โคราช",
         "travellers": "1",
         "urgent": "นอนท่ารถ",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "ไม่",
         "sensitive_consent": "ok",
         "name": "เก่ง",
         "phone": "0891234567",
         "confirm": "ถูก 👍"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True, "special": [], "name": "เก่ง",
                "phone": "0891234567"}),

    # Couple laid off from a factory in Chachoengsao, wife 8 months pregnant, whole story at once.
    # The landlord lets them stay in the room until the end of the month -> has shelter -> not
    # urgent, but no income and no fare (criteria 2, 3) -> eligible. Two travellers, pregnant.
    "laid off couple, wife pregnant, room till month end": Persona(
        ("สวัสดีค่ะ โรงงานที่แปดริ้วปิดค่ะ เราสองคนผัวเมียตกงาน เงินเดือนสุดท้ายก็ไม่ได้ เมียท้อง8เดือนแล้ว "
         "อยากกลับไปคลอดที่บ้านกาฬสินธุ์ แต่ไม่มีค่ารถเลยค่ะ มีบัตรประชาชนทั้งสองคน",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีรายได้เลยค่ะ ข้าวก็ต้องซื้อมาม่ากินประหยัด",
         "id_card": "มีค่ะทั้งสองคน",
         "nationality_letter": "มีบัตรค่ะ ไม่ต้องใช้มั้ง",
         "nationality": "ไทยค่ะ",
         "current_province": "ฉะเชิงเทราค่ะ อ.บางปะกง",
         "home_province": "กาฬสินธุ์ค่ะ อ.ยางตลาด",
         "travellers": "2 คนค่ะ หนูกับแฟน",
         "urgent": "ยังพักห้องเช่าได้ถึงสิ้นเดือนค่ะ เจ้าของห้องใจดีไม่เก็บค่าห้อง",
         "special_needs": "หนูท้อง8เดือนค่ะ นั่งรถนานๆเจ็บท้อง",
         "travel_alone": "แฟนไปด้วยค่ะ ไปกันเองได้",
         "needs": "แฟนอยากได้งานแถวบ้านค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "น้ำฝน",
         "phone": "086-245-7731",
         "confirm": "ถูกต้องค่ะ 🙏"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "กาฬสินธุ์", "travellers": 2,
                "urgent": False, "special": ["pregnant"], "name": "น้ำฝน",
                "phone": "0862457731"}),

    # A ward nurse in Phitsanulok writes for a 72-year-old man discharged today after a stroke, no
    # relatives came, nowhere to sleep tonight -> urgent. He cannot travel alone -> travel_escort
    # (002 ข้อ 6(3)). Has his card. Gives the ward's landline (9 digits). Name is the patient's,
    # given together with hers, so left out of expect.
    "nurse for discharged stroke patient": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ ดิฉันพยาบาลหอผู้ป่วยชาย รพ.พุทธชินราช พิษณุโลก มีผู้ป่วยชายอายุ72ปี "
         "หลังเป็นอัมพฤกษ์ซีกซ้าย แพทย์ให้กลับบ้านวันนี้ แต่ไม่มีญาติมารับ ไม่มีเงินค่ารถกลับบ้านที่น่านค่ะ "
         "คืนนี้ไม่มีที่พัก ผู้ป่วยเดินทางคนเดียวไม่ได้ค่ะ",),
        {"consent": "ผู้ป่วยยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือส่งผู้ป่วยกลับภูมิลำเนาค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ไม่มีที่พัก ไม่มีค่ารถ ญาติติดต่อไม่ได้",
         "id_card": "มีบัตรประชาชนค่ะ ยังไม่หมดอายุ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "พิษณุโลกค่ะ",
         "home_province": "น่านค่ะ อ.ท่าวังผา",
         "travellers": "ผู้ป่วยคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ จำหน่ายออกวันนี้ เตียงต้องคืน คืนนี้ไม่มีที่ไป",
         "special_needs": "อายุ72 เพิ่งเป็นอัมพฤกษ์ ยังป่วยอยู่ต้องกินยาต่อเนื่อง เดินต้องใช้ walker ค่ะ",
         "travel_alone": "ไม่ได้ค่ะ ต้องมีคนพาไป",
         "needs": "ขอเจ้าหน้าที่ไปส่งด้วยค่ะ",
         "sensitive_consent": "ผู้ป่วยยินยอมให้บันทึกค่ะ",
         "name": "ลุงบุญมี ติดต่อพยาบาลศิริพรได้ค่ะ",
         "phone": "055-270-300",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "น่าน", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone", "elderly", "sick"],
                "referrals": ["travel_escort"], "phone": "055270300"}),

    # A 16-year-old daughter writes for her mother, who uses a wheelchair, and her little brother
    # (5). Thrown out of their room in Bangkok, waiting at a temple pavilion, no idea where to sleep
    # -> urgent. Mother is not yet registered as disabled and wants the allowance.
    "daughter for mother in wheelchair and little brother": Persona(
        ("สวัสดีค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "หนูพิมพ์แทนแม่ค่ะ แม่นั่งวีลแชร์ อยากกลับบ้านที่สุรินทร์ค่ะ ไม่มีเงิน",
         "hardship": "โดนไล่ออกจากห้องค่ะ ค้างค่าห้อง2เดือน ตังค์ไม่มีเลย",
         "id_card": "แม่มีบัตรค่ะ หนูก็มี น้องยังเด็ก",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทย",
         "current_province": "กทม ค่ะ แถวดินแดง",
         "home_province": "สุรินทร์",
         "travellers": "3 คนค่ะ แม่ หนู น้อง",
         "urgent": "ตอนนี้นั่งรอที่ศาลาวัดค่ะ ไม่รู้คืนนี้จะนอนไหน 😢",
         "special_needs": "แม่เดินไม่ได้ค่ะ นั่งวีลแชร์ น้องชายอายุ5ขวบ",
         "travel_alone": "ไปกันเองได้ค่ะ หนูเข็นแม่เอง",
         "needs": "แม่ยังไม่ได้ทำบัตรคนพิการค่ะ อยากได้เบี้ยคนพิการ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "มายด์ค่ะ ลูกสาว",
         "phone": "0957718264",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์", "travellers": 3,
                "urgent": True, "special": ["child", "disabled"],
                "referrals": ["disability_allowance"], "phone": "0957718264"}),

    # A monk in Ratchaburi writes for a man released from prison last week who sleeps at the
    # temple: "นอนกุฏิวัดได้" -> has shelter -> not urgent. Has his card back. Must report to
    # probation at home and wants work (000: probation, Department of Employment).
    "monk for released man staying at the temple": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดในราชบุรี มีโยมผู้ชายเพิ่งพ้นโทษออกจากเรือนจำเขาบินได้อาทิตย์นึง "
         "มาขออาศัยนอนที่วัด ไม่มีเงินกลับบ้านที่ชุมพร จะขอความช่วยเหลือได้ไหม",),
        {"consent": "โยมเขายินยอม",
         "idle": "ขอให้ช่วยค่ารถให้โยมเขากลับบ้าน",
         "hardship": "ไม่มีเงินเลย ค่ารถก็ไม่มี อาศัยข้าวก้นบาตรกินอยู่",
         "id_card": "มีบัตรประชาชน ทางเรือนจำคืนให้แล้ว",
         "nationality_letter": "มีบัตรแล้ว",
         "nationality": "คนไทย",
         "current_province": "ราชบุรี",
         "home_province": "ชุมพร อำเภอหลังสวน",
         "travellers": "คนเดียว",
         "urgent": "ไม่รีบ นอนกุฏิวัดได้ อาตมาให้พักได้ก่อน",
         "special_needs": "ไม่มี แข็งแรงดี",
         "travel_alone": "ไปเองได้",
         "needs": "เขาต้องไปรายงานตัวคุมประพฤติที่ชุมพร และอยากหางานทำ",
         "sensitive_consent": "โยมยินยอมให้บันทึกได้",
         "name": "วิชัย",
         "phone": "๐๘๗๖๕๔๓๒๑๐ เบอร์ของวัด",
         "confirm": "ถูกต้อง เจริญพร"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ชุมพร", "travellers": 1,
                "urgent": False, "special": [],
                "referrals": ["job_placement", "probation_support"], "phone": "0876543210"}),

    # A social development volunteer (อพม.) writes for a family: grandmother 70, parents and
    # children. They can stay at her house a few nights -> not urgent. At the summary she corrects
    # the place (Bang Na is Bangkok, not Samut Prakan) and the head count (3 children, so 6).
    "volunteer for family with grandma, corrects place and count": Persona(
        ("สวัสดีค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "เป็น อพม.ค่ะ จะแจ้งแทนครอบครัวนึงที่ตกงาน อยากกลับบุรีรัมย์",
         "hardship": "พ่อเขาตกงานจากไซต์ก่อสร้าง ไม่มีรายได้ ไม่มีค่ารถกลับค่ะ",
         "id_card": "ผู้ใหญ่มีบัตรครบค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยทั้งครอบครัวค่ะ",
         "current_province": "สมุทรปราการค่ะ",
         "home_province": "บุรีรัมย์ อ.ประโคนชัย",
         "travellers": "5 คนค่ะ ยาย พ่อ แม่ ลูก",
         "urgent": "ตอนนี้พักบ้านพี่ได้ก่อนค่ะ สองสามคืน",
         "special_needs": "ยายอายุ70ค่ะ มีลูกเล็กขวบครึ่ง",
         "travel_alone": "ไปกันเองได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "พี่จันทร์ อพม.",
         "phone": "081 442 9085",
         "confirm": ("ขอแก้ค่ะ ตอนนี้อยู่บางนา กรุงเทพ ไม่ใช่สมุทรปราการ แล้วลูกมี 3 คน รวมเป็น 6 คนค่ะ",
                     "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 6, "urgent": False, "special": ["child", "elderly"],
                "phone": "0814429085"}),

    # A 66-year-old southern man, voice typing, one thing per message. Came to Phuket for work,
    # got none, money gone, sleeps in a roadside sala -> urgent. Never got the old-age allowance.
    "elderly southern man, voice typing": Persona(
        ("สวัสดีครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากให้ช่วยพากลับบ้านครับ",
         "hardship": "ไม่มีเงินสักบาทแล้วหนามาหางานทำไม่ได้งาน",
         "id_card": "มีบัตรประชาชนครับ",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ",
         "current_province": "ภูเก็ตครับ",
         "home_province": "นครศรีธรรมราชครับอำเภอทุ่งสง",
         "travellers": "ไปคนเดียวครับ",
         "urgent": "นอนศาลาริมทางครับสองคืนแล้ว",
         "special_needs": "อายุ66แล้วครับ",
         "travel_alone": "ไปได้ครับ",
         "needs": "เบี้ยคนแก่ยังไม่เคยได้สักทีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ลุงเจริญครับ",
         "phone": "089 321 7754 ครับ",
         "confirm": "ถูกต้องครับ"},
        one_part=True,
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครศรีธรรมราช", "travellers": 1,
                "urgent": True, "special": ["elderly"], "referrals": ["elderly_allowance"],
                "phone": "0893217754"}),

    # A deaf man in Sattahip, reads and writes short, one thing per message. Sleeps in front of a
    # convenience store -> urgent. Disabled (deaf) but travels alone by writing notes.
    "deaf man, short writer, sattahip": Persona(
        ("ช่วยด้วยครับ หูหนวก พิมพ์ได้",),
        {"consent": "ยินยอม",
         "idle": "กลับบ้าน ไม่มีเงิน",
         "hardship": "เงินหมด",
         "id_card": "มี",
         "nationality_letter": "มีบัตร",
         "nationality": "ไทย",
         "current_province": "สัตหีบ",
         "home_province": "ลำปาง",
         "travellers": "คนเดียว",
         "urgent": "นอนหน้าเซเว่น",
         "special_needs": "หูหนวก มีบัตรคนพิการ",
         "travel_alone": "ได้ เขียนคุย",
         "needs": "ไม่มี",
         "sensitive_consent": "ได้",
         "name": "ต้น",
         "phone": "0628851902 (พิมพ์อย่างเดียว โทรไม่ได้)",
         "confirm": "ถูกต้อง"},
        one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "ลำปาง", "travellers": 1,
                "urgent": True, "special": ["disabled"], "name": "ต้น",
                "phone": "0628851902"}),

    # A woman in Pattaya living with HIV, locked out of her room with her things inside -> urgent.
    # Agrees to record it; wants HIV aid and medicine at home in Phayao (000: DSDW HIV aid).
    "hiv woman locked out in pattaya": Persona(
        ("ขอความช่วยเหลือค่ะ",),
        {"consent": "ยินยอม",
         "idle": "อยากกลับบ้านพะเยาค่ะ ไม่มีตังค์",
         "hardship": "ป่วยทำงานไม่ได้มาเดือนนึง ไม่มีรายได้ ค่ารถก็ไม่มี",
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทย",
         "current_province": "พัทยาค่ะ",
         "home_province": "พะเยา อ.เชียงคำ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "เจ้าของห้องล็อคห้องแล้วค่ะ ของอยู่ข้างในหมด เมื่อคืนนั่งหน้าหาด",
         "special_needs": "ติดเชื้อ hiv ค่ะ กินยาต้านอยู่ ยาจะหมดแล้ว",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากไปรับยาต้านที่ รพ.บ้าน กับขอความช่วยเหลือคนติดเชื้อค่ะ",
         "sensitive_consent": "ยินยอมค่ะ บันทึกได้",
         "name": "แอน",
         "phone": "0641187720",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "พะเยา", "travellers": 1,
                "urgent": True, "referrals": ["hiv_aid"], "name": "แอน",
                "phone": "0641187720"}),

    # A grandson at home in Nong Khai writes for his 75-year-old forgetful grandmother stranded at
    # Krung Thep Aphiwat station; a guard lets her sit there, no bed tonight -> urgent. She cannot
    # travel alone -> travel_escort. The family has no money for the fare either.
    "grandson for forgetful grandma at bang sue": Persona(
        ("สวัสดีครับ พิมพ์แทนยายครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ยายหลงอยู่กรุงเทพครับ อยากให้ช่วยส่งกลับหนองคาย",
         "hardship": "ยายไม่มีเงินติดตัวครับ ที่บ้านก็ไม่มีเงินส่งไปให้",
         "id_card": "ยายมีบัตรครับ อยู่ในกระเป๋า",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ สถานีกลางบางซื่อ",
         "home_province": "หนองคายครับ",
         "travellers": "ยายคนเดียวครับ",
         "urgent": "ยายนั่งอยู่ในสถานี รปภ.ดูให้อยู่ คืนนี้ไม่มีที่นอนครับ",
         "special_needs": "ยายอายุ75 ขี้หลงขี้ลืมครับ",
         "travel_alone": "ไม่ได้ครับ ยายหลง ต้องมีคนพากลับ",
         "needs": "ขอคนไปส่งยายครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ยายคำปุ่น ผมชื่อบอลเป็นหลาน",
         "phone": "๐๙๓-๕๕๒-๑๘๔๐",
         "confirm": "ถูกต้องครับ ขอบคุณมากครับ 🙏"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "หนองคาย", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone", "elderly"],
                "referrals": ["travel_escort"], "phone": "0935521840"}),

    # A Thai coworker writes for a Myanmar couple (wife pregnant) who want to go home to Myanmar.
    # Not Thai -> refused (002 applies to people of Thai nationality only).
    "coworker for myanmar couple": Persona(
        ("ช่วยเพื่อนหน่อยครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "เพื่อนร่วมงานผมเป็นคนพม่า ผัวเมีย เมียท้อง อยากกลับบ้านแต่ไม่มีเงินครับ",
         "hardship": "ไม่มีค่ารถครับ นายจ้างไม่จ่ายเงิน",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ มีบัตรแรงงาน",
         "nationality_letter": "ไม่มีครับ เขาเป็นพม่า",
         "nationality": "พม่าครับ",
         "current_province": "สมุทรสาคร มหาชัย",
         "home_province": "เมียวดีครับ ฝั่งพม่า",
         "travellers": "2",
         "urgent": "ยังนอนห้องผมได้ครับ",
         "special_needs": "เมียท้อง6เดือน",
         "travel_alone": "ไปกันเองได้",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้",
         "name": "โก่ซอ",
         "phone": "0827716650",
         "confirm": "ถูกต้อง"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Bare greeting. A mother staying at her sister's house, with a salary and money, just wants a
    # free trip home for the holidays -> none of the three hardship criteria -> refused.
    "mother with money wants a free ride": Persona(
        ("หวัดดีค่ะ",),
        {"consent": "ค่ะ ยินยอม",
         "idle": "ขอค่ารถกลับบ้านฟรีได้ไหมคะ",
         "hardship": "มีเงินอยู่ค่ะ ทำงานมีเงินเดือน แต่อยากประหยัด ค่ารถแพง",
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทย",
         "current_province": "นนทบุรี",
         "home_province": "สกลนคร",
         "travellers": "2 คนค่ะ กับลูก",
         "urgent": "ไม่ด่วนค่ะ พักบ้านพี่สาว",
         "special_needs": "ลูก 4 ขวบค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ปู",
         "phone": "0851239876",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ไม่เข้าเกณฑ์"}),

    # Released prisoner whose card was lost; parents dead, house gone, the new village head does
    # not know him and will not certify him -> no card and no letter -> refused by 002 conditions.
    # He needs a new ID card (000: DOPA issues cards to released prisoners).
    "released, no card, no one to certify": Persona(
        ("ออกจากคุกมาครับ ไม่มีอะไรเลย",),
        {"consent": "ยินยอม",
         "idle": "อยากกลับบ้าน",
         "hardship": "ไม่มีเงิน ไม่มีที่นอน",
         "id_card": "หายตั้งแต่ก่อนติดคุกแล้ว",
         "nationality_letter": "ไม่มี ขอไม่ได้ พ่อแม่ตายหมด บ้านก็ไม่มีแล้ว ผู้ใหญ่บ้านคนใหม่ไม่รู้จักผม",
         "nationality": "ไทย",
         "current_province": "นครปฐม",
         "home_province": "เพชรบูรณ์",
         "travellers": "คนเดียว",
         "urgent": "นอนตามป้ายรถเมล์",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "อยากทำบัตรใหม่ครับ",
         "sensitive_consent": "ได้",
         "name": "หนุ่ม",
         "phone": "0619934412",
         "confirm": "ถูกต้อง"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง", "referrals": ["id_card"]}),

    # Bare greeting, one or two words. She is already in Udon Thani, which is her home province;
    # she needs food, not a trip home -> refused (nothing to return to). Reason word left out.
    "already home in udon, short words": Persona(
        ("ดีค่ะ",),
        {"consent": "ค่ะ",
         "idle": "ขอเงินช่วย",
         "hardship": "ไม่มีข้าวกิน",
         "id_card": "มี",
         "nationality_letter": "มีบัตร",
         "nationality": "ไทย",
         "current_province": "อุดร",
         "home_province": "อุดรค่ะ บ้านอยู่นี่แหละ",
         "travellers": "1",
         "urgent": "อยู่บ้าน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "อยากได้ข้าวสาร",
         "sensitive_consent": "ได้",
         "name": "แดง",
         "phone": "0804456712",
         "confirm": "ถูกต้อง"},
        outcome="refused",
        expect={"eligible": False}),

    # A Lao worker in Bangkok, Isan-like speech, wants to go home to Savannakhet; passport only.
    # Not Thai -> refused.
    "lao worker, passport only": Persona(
        ("สะบายดีครับ",),
        {"consent": "ได้ครับ",
         "idle": "อยากกลับบ้านครับ บ่มีเงิน",
         "hardship": "บ่มีเงินค่ารถ",
         "id_card": "บ่มีบัตรไทย มีแต่พาสปอร์ตลาว",
         "nationality_letter": "บ่มี",
         "nationality": "ลาวครับ",
         "current_province": "กรุงเทพ",
         "home_province": "สะหวันนะเขต ลาว",
         "travellers": "คนเดียว",
         "urgent": "นอนห้องหมู่ได้อยู่",
         "special_needs": "บ่มี",
         "travel_alone": "ได้",
         "needs": "บ่มี",
         "sensitive_consent": "ได้",
         "name": "คำแพง",
         "phone": "0923318805",
         "confirm": "ถูกต้อง"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # A Shan worker in Chiang Mai with a pink card (non-Thai ID), no Thai nationality yet, wants to
    # go to relatives in Mae Hong Son. Not Thai -> refused.
    "shan worker with pink card": Persona(
        ("ขอถามหน่อยครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือค่ารถไปแม่ฮ่องสอนครับ",
         "hardship": "ตกงานครับ เงินหมด",
         "id_card": "มีบัตรสีชมพูครับ ไม่ใช่บัตรคนไทย",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ยังไม่ได้สัญชาติไทยครับ เป็นไทใหญ่",
         "current_province": "เชียงใหม่",
         "home_province": "แม่ฮ่องสอน บ้านญาติ",
         "travellers": "คนเดียวครับ",
         "urgent": "นอนแคมป์คนงานได้อีกสองสามวัน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "จายแสง",
         "phone": "0887126630",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # A woman released from the women's correctional institution in Chiang Mai with a baby born
    # inside. A foundation lets them stay 3 days -> has shelter -> not urgent. Must report to
    # probation at home in Mae Hong Son and wants work (000).
    "released mother with baby, foundation bed": Persona(
        ("สวัสดีเจ้า เพิ่งออกจากทัณฑสถานหญิงเชียงใหม่ มีลูกอ่อนติดมาด้วย ไม่มีค่ารถกลับบ้านแม่ฮ่องสอนเจ้า",),
        {"consent": "ยินยอมเจ้า",
         "idle": "ขอค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีเงินเลยเจ้า ค่ารถก็บ่มี",
         "id_card": "มีบัตรเจ้า",
         "nationality_letter": "มีบัตรเจ้า",
         "nationality": "ไทยเจ้า",
         "current_province": "เชียงใหม่เจ้า",
         "home_province": "แม่ฮ่องสอน อ.ปาย",
         "travellers": "2 คนเจ้า แม่กับลูก",
         "urgent": "มูลนิธิให้พักได้ 3 วันเจ้า",
         "special_needs": "ลูกอายุ 8 เดือนเจ้า",
         "travel_alone": "ไปเองได้เจ้า",
         "needs": "ต้องไปรายงานตัวคุมประพฤติที่บ้าน อยากได้งานทำเลี้ยงลูกเจ้า",
         "sensitive_consent": "ได้เจ้า",
         "name": "ดวงใจ",
         "phone": "0836619025",
         "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน", "travellers": 2,
                "urgent": False, "special": ["child"],
                "referrals": ["job_placement", "probation_support"], "name": "ดวงใจ",
                "phone": "0836619025"}),

    # Released from Klong Prem today, Bangkok, home Chaiyaphum. "ฮัลโหล" then one thing per
    # message, a sticker now and then. Does not know where he sleeps tonight -> urgent. Wants work.
    "released today, hello and stickers": Persona(
        ("ฮัลโหล",),
        {"consent": "ได้",
         "idle": "ออกคุกวันนี้ (สติกเกอร์ร้องไห้)",
         "hardship": "ไม่มีตัง",
         "id_card": "มี",
         "nationality_letter": "มีบัตร",
         "nationality": "ไทย",
         "current_province": "กทม",
         "home_province": "ชัยภูมิ",
         "travellers": "1",
         "urgent": "คืนนี้ไม่รู้นอนไหน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "งาน",
         "sensitive_consent": "ได้",
         "name": "บอย",
         "phone": "0975520148",
         "confirm": "ถูกต้อง (สติกเกอร์ไหว้)"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement"], "name": "บอย",
                "phone": "0975520148"}),

    # A Pattani family of four in Bangkok: their 3-year-old still has a fever, the hospital sent
    # them out and they sit on a bench in front of it -> urgent. Fear the child falls ill on the
    # way -> medical care in transit (002 rates ข้อ 4).
    "pattani family with feverish child": Persona(
        ("อัสลามูอาลัยกุมค่ะ พาลูกมารักษาที่กรุงเทพ เงินหมดแล้ว ลูกยังป่วยอยู่ อยากกลับปัตตานี 4 คนพ่อแม่ลูก",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับปัตตานีค่ะ",
         "hardship": "ค่ารักษาค่าห้องหมดเงินแล้วค่ะ ไม่เหลือค่ารถ",
         "id_card": "มีค่ะ ทั้งผัวทั้งเมีย",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ",
         "home_province": "ปัตตานี อ.สายบุรี",
         "travellers": "4 คนค่ะ",
         "urgent": "หมอให้กลับแล้วค่ะ ตอนนี้นั่งที่ม้านั่งหน้า รพ. คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกคนเล็ก 3 ขวบยังป่วยมีไข้ค่ะ คนโต 7 ขวบ",
         "travel_alone": "ไปกันเองได้ค่ะ",
         "needs": "กลัวลูกไข้ขึ้นระหว่างทางค่ะ ถ้าป่วยบนรถจะทำยังไง",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ฟาตีมะห์",
         "phone": "0816623097",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ปัตตานี", "travellers": 4,
                "urgent": True, "special": ["child", "sick"],
                "referrals": ["medical_care_in_transit"], "name": "ฟาตีมะห์",
                "phone": "0816623097"}),

    # A northern man in Bangkok with his 82-year-old mother who has diabetes and injects insulin.
    # They may stay in the room until the 10th, but have no food or income -> not urgent,
    # eligible. Corrects his phone number at the summary.
    "northern son with elderly diabetic mother": Persona(
        ("สวัสดีครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากพาแม่กลับบ้านน่านครับ ไม่มีเงิน",
         "hardship": "ตกงานมาสองเดือนครับ ข้าวก็จะไม่มีกินแล้ว ค่ารถไม่มี",
         "id_card": "มีครับ แม่ก็มี",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ",
         "current_province": "ลาดพร้าว กรุงเทพครับ",
         "home_province": "น่านครับ อ.ปัว",
         "travellers": "2 คนครับ ผมกับแม่",
         "urgent": "ยังอยู่ห้องได้ถึงวันที่10ครับ ค่าห้องจ่ายถึงแค่นั้น",
         "special_needs": "แม่อายุ82 ป่วยเบาหวานครับ ต้องฉีดอินซูลินทุกวัน",
         "travel_alone": "ผมดูแลแม่ไปเองได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "อ้าย เสาร์ครับ",
         "phone": "0845512093",
         "confirm": ("เบอร์ผิดครับ ที่ถูก 0845512039", "ถูกต้องครับ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน", "travellers": 2,
                "urgent": False, "special": ["elderly", "sick"], "phone": "0845512039"}),

    # A 17-year-old, 7 months pregnant, boyfriend gone, in Si Racha; answers with a word or an
    # emoji, one thing per message. A friend lets her sleep tonight only -> whether that is urgent
    # is arguable, so urgent is left out of expect.
    "pregnant teen, emoji replies": Persona(
        ("🥺",),
        {"consent": "ค่ะ ยินยอม",
         "idle": "ช่วยหนูด้วยค่ะ",
         "hardship": "ไม่มีเงินกลับบ้าน 😭",
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตร",
         "nationality": "ไทย",
         "current_province": "ศรีราชา",
         "home_province": "สกลฯ",
         "travellers": "คนเดียว",
         "urgent": "คืนนี้นอนบ้านเพื่อนได้ พรุ่งนี้ไม่รู้ค่ะ",
         "special_needs": "ท้อง7เดือน",
         "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มี",
         "sensitive_consent": "ได้",
         "name": "เมย์",
         "phone": "0659901273",
         "confirm": "ถูกต้องค่ะ 🙏"},
        one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "สกลนคร", "travellers": 1,
                "special": ["pregnant"], "name": "เมย์", "phone": "0659901273"}),

    # An Isan grandmother (64) left with grandchildren in Samut Sakhon by their mother, sleeping
    # under a bridge -> urgent. Whole story at once. At the summary she remembers a third grandchild
    # -> 4 travellers.
    "isan grandma with grandchildren under a bridge": Persona(
        ("ยายขอความช่วยเหลือแหน่เด้อ แม่มันหนีไปแล้ว ทิ้งหลานไว้กับยาย อยู่มหาชัย บ่มีเงินกลับบ้านยโสธร "
         "นอนอยู่ใต้ขัวมาสองคืนแล้ว มีบัตรอยู่",),
        {"consent": "ยินยอม",
         "idle": "อยากกลับบ้านยโสธร",
         "hardship": "บ่มีเงินจักบาท ข้าวกะบ่มีกิน",
         "id_card": "มีบัตรอยู่",
         "nationality_letter": "มีบัตร",
         "nationality": "คนไทย",
         "current_province": "มหาชัย สมุทรสาคร",
         "home_province": "ยโสธร อ.เลิงนกทา",
         "travellers": "3 คน ยายกับหลานสองคน",
         "urgent": "นอนใต้ขัว บ่มีบ่อนนอน",
         "special_needs": "ยายอายุ64 หลานน้อย 2ขวบ กับ 6ขวบ",
         "travel_alone": "ไปเองได้",
         "needs": "บ่มี",
         "sensitive_consent": "ได้",
         "name": "ยายแต๋ว",
         "phone": "๐๘๙ ๗๗๑ ๔๒๓๐",
         "confirm": ("ลืมบอก หลานมีสามคนเด้อ คนกลางอีกคน รวมยายเป็น4คน", "ถูกต้อง")},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "ยโสธร", "travellers": 4,
                "urgent": True, "special": ["child", "elderly"], "name": "ยายแต๋ว",
                "phone": "0897714230"}),
}
