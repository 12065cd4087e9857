"""Persona set dev108 for bench/dialogs.py.

Date: 2026-12-08. Written from the seeds only.

Focus: young people 18-25: students stranded without money, young gay/trans/tom people
thrown out by family, online gambling and loan-app debts, Thai victims of job scams
brought back from Cambodia/Myanmar scam compounds (border crossing, airport), teenage
mothers; heavy internet slang, English words, abbreviations (ตจว, กทม, ปชช, บ.),
emoji, "555", tiny replies.

Counts: 23 personas: 17 case, 3 refused (สัญชาติ, เดือดร้อน, หนังสือรับรอง),
3 answered (no consent, nothing stored); 4 with one_part=True.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # University student in Bangkok, lost part-time job, evicted from dorm this morning,
    # 37 baht left, home Nakhon Si Thammarat. Case: urgent, wants part-time work at home.
    "dev108 uni student evicted, กทม to นครศรีฯ": Persona(
        ("สวัสดีค่าา",
         "คือแบบ หนูเป็นนศ.อยู่กทมค่ะ ตกงานพาร์ทไทม์ ค่าหอค้าง2เดือน เจ้าของหอเพิ่งไล่ออกเมื่อเช้า🥲 "
         "ตังในบัญชีเหลือ 37 บาท อยากกลับบ้านที่นครศรีฯ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากได้ค่ารถกลับบ้านค่ะ กลับนครศรีฯ",
         "hardship": "ไม่มีที่นอนด้วย ไม่มีค่ารถด้วยค่ะ ทั้งคู่เลย",
         "id_card": "มีค่ะ บัตรปชชยังไม่หมดอายุ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "ไม่ต้องมั้งคะ มีบัตรอยู่",
         "current_province": "กทมค่ะ แถวรามฯ",
         "home_province": "นครศรีธรรมราช อ.ทุ่งสงค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ แต่ไม่มีไรนะคะ",
         "urgent": "คืนนี้ไม่มีที่นอนเลยค่ะ ว่าจะไปนั่งในเซเว่น24ชม.",
         "name": "ฟ้าใส ค่ะ 0934567812",
         "phone": "0934567812",
         "needs": "อยากหางานพาร์ทไทม์แถวบ้านช่วงปิดเทอมค่ะ จะได้มีตังจ่ายค่าเทอม",
         "confirm": "ถูกต้องค่าา ขอบคุณมากๆ🙏"},
        expect={"current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement"],
                "no_referrals": HEALTH, "name": "ฟ้าใส", "phone": "0934567812"}),

    # Gay 19-year-old thrown out by his father in Sriracha after coming out; grew up with
    # his grandmother in Nakhon Phanom, who takes him back. Case: urgent (sleeps at a temple),
    # asks for counselling -> mental_health_care.
    "dev108 gay teen kicked out, to grandma": Persona(
        ("ขอความช่วยเหลือหน่อยครับ",
         "ผมโดนพ่อไล่ออกจากบ้านเพราะบอกว่าเป็นเกย์😭 ผมโตที่นครพนมกับยาย เพิ่งย้ายมาอยู่กับพ่อตอนม.4 "
         "ยายบอกให้กลับไปอยู่ด้วยได้ แต่ผมไม่มีตังค่ารถเลย"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถไปหายายที่นครพนมครับ",
         "hardship": "ไม่มีที่อยู่แล้วครับ ตังก็ไม่มี เหลืออยู่60บาท",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "ชลบุรี ศรีราชาครับ",
         "home_province": "นครพนม บ้านยายครับ",
         "travellers": "ผมคนเดียวครับ",
         "special_needs": "ไม่มีใครป่วยครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "เมื่อคืนนอนศาลาวัด คืนนี้ก็คงที่เดิมครับ ไม่มีที่ไป",
         "name": "ต้นน้ำครับ เบอร์ 0881239045",
         "phone": "0881239045",
         "needs": "อยากคุยกับหมอหรือนักจิตวิทยาครับ ช่วงนี้เครียดมาก นอนไม่หลับ ร้องไห้ทุกวัน",
         "confirm": "ถูกครับ"},
        expect={"current": "ชลบุรี", "home": "นครพนม", "travellers": 1, "urgent": True,
                "referrals": ["mental_health_care"], "name": "ต้นน้ำ",
                "phone": "0881239045"}),

    # Trans woman, 23, Pattaya bar closed, unpaid, locked out of her room; parents disown
    # her but an aunt in Roi Et takes her. ID card snapped in half (damaged). Case: urgent,
    # wants a new card and beauty training.
    "dev108 trans woman Pattaya, broken card": Persona(
        ("ฮัลโหลลล มีคนอยู่มั้ยคะ",
         "หนูเป็นสาวประเภทสองค่ะ ทำงานบาร์พัทยา บาร์ปิดละ เจ๊ไม่จ่ายเงินเดือน "
         "ห้องก็โดนล็อคเพราะค้างค่าเช่า ตอนนี้ตัวเปล่าเลยค่ะ😮‍💨",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับร้อยเอ็ดค่ะ ไปอยู่กับน้าสาว พ่อแม่ไม่รับหนูแล้วแต่น้ารับ",
         "hardship": "ไม่มีที่นอนค่ะ ข้าวก็ยังไม่ได้กิน ตังไม่มีซักบาท",
         "id_card": "มีค่ะแต่บัตรหักครึ่ง โดนประตูหนีบ555 เลขยังอ่านออกอยู่",
         "nationality": "ไทยค่ะ คนร้อยเอ็ดแท้ๆ",
         "nationality_letter": "ไม่มีค่ะ มีแต่บัตรหักๆนั่นแหละ",
         "current_province": "ชลบุรีค่ะ พัทยา",
         "home_province": "ร้อยเอ็ดค่ะ อ.เสลภูมิ",
         "travellers": "หนูคนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ วันนี้ยังไม่ได้กินไรเลย",
         "name": "เจนนี่ค่ะ ชื่อในบัตรยังเป็นชื่อผู้ชายอยู่นะคะ 062-778-1234",
         "phone": "062-778-1234",
         "needs": "อยากทำบัตรใหม่ค่ะ แล้วก็อยากเรียนอาชีพ แต่งหน้าทำผมอะไรก็ได้ค่ะ",
         "confirm": "ถูกแล้วค่ะ"},
        expect={"current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 1, "urgent": True,
                "special": [], "id_card_state": "damaged",
                "referrals": ["id_card", "job_training"], "no_referrals": HEALTH,
                "name": "เจนนี่", "phone": "0627781234"}),

    # 21-year-old who lost everything on online baccarat, borrowed from loan apps, fled his
    # room from debt collectors; sitting in Lumphini park, no food since yesterday; home Surin.
    # Case: urgent, wants to quit gambling and see a doctor -> mental_health_care.
    "dev108 baccarat debt, fled to park": Persona(
        ("ผมพังแล้วครับ เล่นบาคาร่าออนไลน์หมดตัว กู้แอปมาเล่นต่ออีก ตอนนี้เจ้าหนี้โทรขู่ทั้งวัน หนีออกจากห้องมาละ",
         "มีโครงการพาคนกลับบ้านใช่ปะครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอกลับบ้านที่สุรินทร์ครับ ไม่มีค่ารถ",
         "hardship": "ไม่มีตังเลยครับ ค่ารถก็ไม่มี ข้าวก็ไม่ได้กินตั้งแต่เมื่อวาน",
         "id_card": "มีบัตรครับ",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตรแล้วครับ",
         "current_province": "กทมครับ ตอนนี้นั่งอยู่สวนลุม",
         "home_province": "สุรินทร์ครับ",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "วันนี้ยังไม่ได้กินอะไรเลยครับ คืนนี้ก็ไม่รู้นอนไหน",
         "name": "ชื่ออาร์มครับ 0957713388",
         "phone": "0957713388",
         "needs": "อยากเลิกพนันจริงๆครับ อยากปรึกษาหมอเรื่องติดพนัน เครียดจนหัวจะระเบิด",
         "confirm": "ครับ ถูกต้อง"},
        expect={"current": "กรุงเทพมหานคร", "home": "สุรินทร์", "travellers": 1,
                "urgent": True, "referrals": ["mental_health_care"], "name": "อาร์ม",
                "phone": "0957713388"}),

    # Young mother, 24, laid off from a Bang Phli factory, loan-app debts, with a 2-year-old;
    # a friend's room for a night or two but no food today; mother in Kalasin.
    # Case: urgent (no food), child, wants work near home. Thai-digit phone.
    "dev108 loan-app mom with toddler": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ",
         "โดนเลิกจ้างจากโรงงานที่บางพลีค่ะ กู้แอปเงินด่วนไว้หลายแอป ตอนนี้โดนทวงจนต้องหนีออกจากห้อง "
         "มีลูกสาวอีกคน อยากพาลูกกลับไปอยู่กับแม่ที่กาฬสินธุ์ค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากได้ค่ารถพาลูกกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ข้าวก็จะไม่มีกินแล้ว",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "สมุทรปราการค่ะ อ.บางพลี",
         "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "2คนค่ะ หนูกับลูก ลูก2ขวบ",
         "special_needs": "ลูก2ขวบค่ะ นอกนั้นไม่มี",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ลูกไปกับหนูค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "วันนี้ยังไม่มีไรกินเลยค่ะ ลูกกินมาม่าครึ่งซองตั้งแต่เช้า ที่นอนยังพอมีห้องเพื่อนอีกคืนสองคืน",
         "name": "พลอยค่ะ ๐๖๔๕๕๒๑๙๘๗",
         "phone": "๐๖๔๕๕๒๑๙๘๗",
         "needs": "อยากหางานทำแถวบ้านค่ะ",
         "confirm": "ถูกค่ะ"},
        expect={"current": "สมุทรปราการ", "home": "กาฬสินธุ์", "travellers": 2,
                "urgent": True, "special": ["child"], "referrals": ["job_placement"],
                "no_referrals": HEALTH, "name": "พลอย", "phone": "0645521987"}),

    # 20-year-old lured to a Poipet call-centre compound, card and passport seized, tortured
    # with electric shocks; handed over at the Aranyaprathet border. No ID card, but a village
    # head's letter his mother obtained. Case: urgent, injured (sick), wants doctor, new card, work.
    "dev108 Poipet scam victim at Aranyaprathet": Persona(
        ("ช่วยด้วยครับ ผมเพิ่งหลุดออกมาจากแก๊งคอลเซ็นเตอร์ที่ปอยเปต โดนหลอกไปทำงานแอดมินบอกเงินเดือน3หมื่น "
         "ไปถึงโดนยึดพาสปอร์ตยึดบัตร โดนช็อตไฟฟ้า😢 ตอนนี้ทหารส่งตัวมาอยู่ด่านอรัญละครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ บ้านอยู่พะเยา ไม่มีตังซักบาท",
         "hardship": "ไม่มีอะไรเลยครับ ที่นอนไม่มี ข้าวไม่มี ค่ารถไม่มี",
         "id_card": "ไม่มีครับ บัตรโดนแก๊งยึดไว้ไม่ได้คืน",
         "nationality": "คนไทยครับ",
         "nationality_letter": "มีครับ แม่ไปขอหนังสือรับรองจากผู้ใหญ่บ้านให้แล้ว ส่งมาทางไลน์",
         "current_province": "สระแก้วครับ อรัญประเทศ",
         "home_province": "พะเยาครับ อ.จุน",
         "travellers": "ผมคนเดียวครับ เพื่อนที่ไปด้วยกันยังไม่ได้ออกมาเลย",
         "special_needs": "ผมเองครับ หลังกับแขนยังเจ็บ โดนช็อตโดนตี ยังปวดอยู่",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ แค่เจ็บๆ",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ ข้าวก็ยังไม่ได้กิน",
         "name": "ภูมิ ครับ 0812203344",
         "phone": "0812203344",
         "needs": "อยากไปหาหมอตรวจหลังครับ แล้วอยากทำบัตรประชาชนใหม่ แล้วก็หางานจริงๆที่ไม่ใช่งานหลอก",
         "confirm": "ถูกต้องครับ"},
        expect={"reason": "หนังสือรับรอง", "current": "สระแก้ว", "home": "พะเยา",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["medical_services", "id_card", "job_placement"],
                "name": "ภูมิ", "phone": "0812203344"}),

    # 22-year-old woman rescued from a Myawaddy scam compound, crossed to Mae Sot yesterday;
    # a foundation shelters and feeds her for a few days; kept her ID card hidden.
    # Case: not urgent, nightmares -> mental_health_care, work in Korat -> job_placement.
    "dev108 Myawaddy scam survivor at Mae Sot": Persona(
        ("สวัสดีค่ะ หนูเป็นคนไทยที่ถูกหลอกไปทำงานสแกมที่เมียวดีค่ะ",
         "เพิ่งได้รับการช่วยเหลือข้ามมาแม่สอดเมื่อวาน ตอนนี้มูลนิธิให้พักก่อน แต่หนูไม่มีเงินกลับบ้านเลย"),
        {"consent": "ขอโทษค่ะอ่านไม่ทัน ยินยอมค่ะ",
         "idle": "อยากกลับบ้านที่โคราชค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ ซ่อนไว้ในกระเป๋าใบเล็กตลอด มันเลยไม่ได้ยึด",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ตากค่ะ แม่สอด",
         "home_province": "โคราชค่ะ อ.ปักธงชัย",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "คืนนี้ยังนอนที่มูลนิธิได้ค่ะ เขามีข้าวให้ แต่ให้อยู่ได้ไม่กี่วัน",
         "name": "มิ้นท์ค่ะ 0619988776",
         "phone": "0619988776",
         "needs": "ฝันร้ายทุกคืนเลยค่ะ อยากได้คนคุยด้วยหรือหมอ แล้วก็อยากหางานที่โคราช",
         "confirm": "ใช่ค่ะ"},
        expect={"current": "ตาก", "home": "นครราชสีมา", "travellers": 1, "urgent": False,
                "referrals": ["mental_health_care", "job_placement"], "name": "มิ้นท์",
                "phone": "0619988776"}),

    # Two young men (20, 22) deported from Cambodia by plane, landed at Don Mueang at 9 pm
    # with nothing; both from Ubon. Speaker's card expired while abroad. Case: urgent,
    # 2 travellers, expired card, no other needs.
    "dev108 deported pair at Don Mueang": Persona(
        ("ถึงดอนเมืองแล้วครับ โดนส่งกลับจากกัมพูชา",
         "ไม่มีตังเลยซักบาท กับเพื่อนอีกคน บ้านอุบลทั้งคู่",
         "ช่วยไรได้มั้ยครับ"),
        {"consent": "ok ยินยอมครับ",
         "idle": "ขอค่ารถกลับอุบลครับ 2คน",
         "hardship": "ไม่มีค่ารถกลับครับ ตังไม่มีเลย",
         "id_card": "มีครับ แต่บัตรหมดอายุไปตั้งแต่ตอนอยู่โน่น",
         "nationality": "ไทยครับทั้งคู่",
         "nationality_letter": "ไม่มีครับ มีแต่บัตรหมดอายุ",
         "current_province": "กทมครับ สนามบินดอนเมือง",
         "home_province": "อุบลราชธานีครับ วารินฯ",
         "travellers": "2คนครับ ผมกับเพื่อน อายุ20กับ22",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "urgent": "เครื่องลงตอนสามทุ่มครับ คืนนี้ไม่มีที่นอน ข้าวยังไม่ได้กิน",
         "name": "โอ๊ต 0893321456",
         "phone": "0893321456",
         "needs": "ไม่มีครับ ขอแค่กลับบ้านก่อน",
         "confirm": "ถูกต้องครับ"},
        expect={"current": "กรุงเทพมหานคร", "home": "อุบลราชธานี", "travellers": 2,
                "urgent": True, "special": [], "id_card_state": "expired",
                "no_referrals": HEALTH, "name": "โอ๊ต", "phone": "0893321456"}),

    # Teen mother, 19, six months pregnant with an 18-month-old, boyfriend gone; in Ban Bueng.
    # First names the boyfriend's home (Korat), then decides on her mother's in Buriram.
    # Case: urgent (no food today), pregnant + child, wants antenatal care -> medical_services.
    "dev108 pregnant teen mom, changes home": Persona(
        ("แม่วัยใสค่ะ 19 ท้องที่สองได้6เดือน ลูกคนแรกขวบครึ่ง แฟนทิ้งไปแล้ว😭",
         "ตอนนี้อยู่ชลบุรี ไม่มีเงินเลยค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ข้าวสารก็หมดแล้ว",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ชลบุรี บ้านบึงค่ะ",
         "home_province": "ตอนแรกว่าจะไปบ้านแฟนที่โคราช แต่บ้านเขาไม่รับ555 ขอเป็นบ้านแม่ที่บุรีรัมย์ดีกว่าค่ะ",
         "travellers": "2คนค่ะ หนูกับลูก ลูกขวบครึ่ง",
         "special_needs": "หนูท้อง6เดือนค่ะ แล้วก็มีลูกเล็กขวบครึ่ง",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "วันนี้ยังไม่ได้กินข้าวค่ะ ลูกกินนมกล่องสุดท้ายไปละ ห้องยังอยู่ได้ถึงสิ้นเดือน",
         "name": "น้ำหวานค่ะ 0987654012",
         "phone": "0987654012",
         "needs": "อยากไปฝากครรภ์ค่ะ ยังไม่เคยฝากเลย",
         "confirm": "ถูกค่ะ"},
        expect={"current": "ชลบุรี", "home": "บุรีรัมย์", "travellers": 2, "urgent": True,
                "special": ["pregnant", "child"], "referrals": ["medical_services"],
                "name": "น้ำหวาน", "phone": "0987654012"}),

    # 18-year-old mother with a 2-month-old baby in Rayong, staying at a friend's room with food;
    # mother in Sakon Nakhon. Tiny one-part replies. Case: not urgent, child, no other needs.
    "dev108 18yo mom, baby 2 months, one part": Persona(
        ("สวัสดีค่ะ", "ขอความช่วยเหลือหน่อยค่ะ🙏"),
        {"consent": "ค่ะ ยินยอม",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "มีค่ะ",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ระยอง",
         "home_province": "สกลค่ะ",
         "travellers": "2คน",
         "special_needs": "มีลูกอ่อนค่ะ 2เดือน",
         "more_care": "ไม่มี",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ได้",
         "urgent": "ยังนอนห้องเพื่อนได้ค่ะ ข้าวมี",
         "name": "แพรวา",
         "phone": "0658812340",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูก"},
        expect={"current": "ระยอง", "home": "สกลนคร", "travellers": 2, "urgent": False,
                "special": ["child"], "no_referrals": HEALTH, "name": "แพรวา",
                "phone": "0658812340"},
        one_part=True),

    # 18-year-old vocational student came to Bangkok to meet a TikTok girl who never showed
    # (he had already paid her "ticket"); sleeping at Bang Sue Grand station; home Lampang.
    # One-part, slang. Case: urgent, no other needs.
    "dev108 ghosted vocational kid at Bang Sue": Persona(
        ("ตึ้งงง พี่ๆช่วยหน่อย",
         "นัดสาวจาก tiktok มาเจอที่กทม เขาไม่มา โอนค่าตั๋วให้เขาไปแล้วด้วย🥲 โดนเทครับ 555 ไม่ขำ"),
        {"consent": "ok ยินยอมครับ",
         "idle": "ขอตังค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "มี",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "กทม",
         "home_province": "ลำปาง",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้ครับ",
         "urgent": "คืนนี้นอนสถานีกลางบางซื่อครับ",
         "name": "บอส",
         "phone": "0806457788",
         "needs": "ไม่มีครับ",
         "confirm": "ครับ"},
        expect={"current": "กรุงเทพมหานคร", "home": "ลำปาง", "travellers": 1,
                "urgent": True, "special": [], "no_referrals": HEALTH, "name": "บอส",
                "phone": "0806457788"},
        one_part=True),

    # Tom (masculine lesbian), 20, thrown out by stepfather in Nonthaburi, grew up in
    # Phetchabun with her mother; sleeps at a petrol station. One-part, very short replies,
    # Thai-digit phone. Case: urgent, wants mechanic training -> job_training.
    "dev108 tom kicked out by stepdad, one part": Persona(
        ("โดนพ่อเลี้ยงไล่ออกจากบ้าน", "เพราะเป็นทอม",
         "ขอไปอยู่กับแม่ที่เพชรบูรณ์ได้ปะ ผมโตที่นั่น"),
        {"consent": "ยินยอม",
         "idle": "ขอค่ารถ",
         "hardship": "ไม่มีที่นอน",
         "id_card": "มี",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตร",
         "current_province": "นนท์",
         "home_province": "เพชรบูรณ์ หล่มสัก",
         "travellers": "1",
         "special_needs": "ไม่มี",
         "more_care": "ไม่",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้",
         "urgent": "ไม่มีที่นอน นอนในปั๊ม",
         "name": "เจ",
         "phone": "๐๙๑๒๓๔๐๐๕๖",
         "needs": "อยากเรียนช่างซ่อมรถ",
         "confirm": "ถูก"},
        expect={"current": "นนทบุรี", "home": "เพชรบูรณ์", "travellers": 1, "urgent": True,
                "special": [], "referrals": ["job_training"], "no_referrals": HEALTH,
                "name": "เจ", "phone": "0912340056"},
        one_part=True),

    # Second-year student in Chiang Mai; flood ruined her parents' farm in Sukhothai so no money
    # comes; dorm contract ended, sleeping on a friend's floor and sharing food. Corrects her
    # phone at the summary. Case: not urgent (fare only), wants part-time work.
    "dev108 CM student, flood at home, fixes tel": Persona(
        ("สวัสดีค่ะ อยากสอบถามค่ะ",
         "นศ.ปี2 มช.ค่ะ บ้านน้ำท่วมนาเสียหมด พ่อแม่ส่งตังมาไม่ได้ละ หอก็หมดสัญญา "
         "ตอนนี้ไปนอนกองกับเพื่อนก่อน จะขอค่ารถกลับสุโขทัยได้มั้ยคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ แล้วก็ไม่มีรายได้เลยค่ะ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "เชียงใหม่ค่ะ",
         "home_province": "สุโขทัย ศรีสำโรงค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "urgent": "ยังนอนห้องเพื่อนได้ค่ะ เพื่อนแบ่งข้าวให้กิน ไม่ถึงกับไม่มีกินค่ะ",
         "name": "ปาล์มค่ะ",
         "phone": "0623456780",
         "needs": "อยากหางานพาร์ทไทม์ค่ะ ช่วยที่บ้านด้วย",
         "confirm": ("เบอร์ผิดค่ะ ต้องเป็น 0623456708 ค่ะ", "ถูกแล้วค่ะ")},
        expect={"current": "เชียงใหม่", "home": "สุโขทัย", "travellers": 1, "urgent": False,
                "special": [], "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ปาล์ม", "phone": "0623456708"}),

    # 24-year-old released from Klong Prem this morning after 2 years as an online-gambling
    # site admin; card expired inside; home Chaiyaphum. Case: urgent, expired card, wants a new
    # card and honest work (released prisoner -> probation support).
    "dev108 released gambling-site admin, 24": Persona(
        ("พึ่งออกจากคลองเปรมเมื่อเช้าครับ ติดมา2ปีคดีเป็นแอดมินเว็บพนัน",
         "ยินยอมครับ",
         "ไม่มีตังกลับบ้านครับ บ้านอยู่ชัยภูมิ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับชัยภูมิครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่พักครับ",
         "id_card": "บัตรหมดอายุตั้งแต่อยู่ข้างในครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ มีแต่ใบปล่อยตัว",
         "current_province": "กรุงเทพครับ",
         "home_province": "ชัยภูมิครับ ภูเขียว",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ยินยอมครับ บอกได้ คดีพนันออนไลน์ พ้นโทษแล้ว",
         "urgent": "คืนนี้ยังไม่มีที่นอนครับ",
         "name": "กอล์ฟ ครับ 0847712093",
         "phone": "0847712093",
         "needs": "อยากทำบัตรใหม่ครับ แล้วอยากได้งานสุจริต ไม่อยากกลับไปวงการเดิมละ",
         "confirm": "ถูกครับ"},
        expect={"current": "กรุงเทพมหานคร", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "special": [], "id_card_state": "expired",
                "referrals": ["id_card", "job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "กอล์ฟ", "phone": "0847712093"}),

    # Three friends (19, 20, 20) lured by a Facebook ad to a durian orchard in Klaeng, never
    # paid, thrown out of the camp; one has a fever but can travel with the others.
    # Case: urgent, 3 travellers, sick, doctor -> medical_services, honest work.
    "dev108 3 lads, fake durian job, one fever": Persona(
        ("พวกผม3คนโดนหลอกมาทำงานสวนทุเรียนที่ระยองครับ ในเฟสบอกวันละ500 มาจริงไม่ได้ซักบาท นายจ้างหนีไปละ",
         "เพื่อนอีกคนไข้ขึ้นด้วย ทำไงดีครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ หนองบัวลำภู",
         "hardship": "ไม่มีค่ารถ ที่นอนก็ไม่มีครับ โดนไล่ออกจากแคมป์",
         "id_card": "มีทั้ง3คนครับ",
         "nationality": "ไทยหมดครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "ระยอง แกลงครับ",
         "home_province": "หนองบัวลำภูครับ บ้านเดียวกันหมด",
         "travellers": "3คนครับ อายุ 19 20 20",
         "special_needs": "ไอ้เบียร์มันไข้ขึ้นครับ ตัวร้อนตั้งแต่เมื่อวาน",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "มันไปกับพวกผมได้ครับ ไม่ต้องมีเจ้าหน้าที่",
         "sensitive_consent": "ได้ครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ นั่งอยู่หน้าเซเว่น",
         "name": "ผมชื่อแมนครับ 0871122334",
         "phone": "0871122334",
         "needs": "อยากพาเพื่อนไปหาหมอครับ แล้วก็อยากหางานที่ไม่โกง",
         "confirm": "ถูกครับ"},
        expect={"current": "ระยอง", "home": "หนองบัวลำภู", "travellers": 3, "urgent": True,
                "special": ["sick"], "referrals": ["medical_services", "job_placement"],
                "name": "แมน", "phone": "0871122334"}),

    # 21-year-old wheelchair user who paid a fake "disability job" recruiter 1,500 baht and got
    # blocked on arrival at Mo Chit; one wheel cracked; cannot board a coach alone.
    # Case: urgent, disabled + cannot travel alone, device repair and disability employment.
    "dev108 wheelchair user, fake disability job": Persona(
        ("สวัสดีครับ ผมนั่งวีลแชร์นะครับ",
         "มีคนโพสต์รับสมัครงานคนพิการ ให้โอนค่าดำเนินการ1500 ผมโอนไป มาถึงกทมติดต่อไม่ได้เลย บล็อกไปละ🙃"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับยโสธรครับ",
         "hardship": "ไม่มีค่ารถครับ ที่พักก็ไม่มี",
         "id_card": "มีครับ บัตรคนพิการก็มี",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "กทมครับ อยู่หมอชิต",
         "home_province": "ยโสธรครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมพิการขาครับ นั่งวีลแชร์ ล้อข้างนึงแตกด้วย",
         "more_care": "ไม่มีครับ",
         "travel_alone": "คนเดียวไม่ไหวครับ ขึ้นลงรถทัวร์ต้องมีคนยก",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "name": "ชื่อก้องครับ 0834455667",
         "phone": "0834455667",
         "needs": "อยากซ่อมวีลแชร์ครับ แล้วก็อยากได้งานจริงๆที่รับคนพิการ",
         "confirm": "ถูกต้องครับ"},
        expect={"current": "กรุงเทพมหานคร", "home": "ยโสธร", "travellers": 1,
                "urgent": True, "special": ["disabled", "cannot_travel_alone"],
                "referrals": ["disability_devices", "disability_employment"],
                "name": "ก้อง", "phone": "0834455667"}),

    # Phuket bartender, 23, lost his job, loan-app debts; he and his girlfriend (both from Nan)
    # can stay at a friend's until the weekend. One-part tiny replies.
    # Case: not urgent, 2 travellers, no other needs.
    "dev108 Phuket bartender + gf, one part": Persona(
        ("หวัดดีครับ", "ตกงานจากภูเก็ต ติดหนี้แอปด้วย🥲 แฟนก็ตกงาน"),
        {"consent": "ยินยอม",
         "idle": "อยากกลับบ้าน",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "มีครับ",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "ภูเก็ต",
         "home_province": "น่าน",
         "travellers": "2คนครับ ผมกับแฟน",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้",
         "urgent": "ยังนอนห้องเพื่อนได้ถึงอาทิตย์นี้ครับ ข้าวพอมี",
         "name": "ตั้ม",
         "phone": "0966677889",
         "needs": "ไม่มีครับ",
         "confirm": "ครับ"},
        expect={"current": "ภูเก็ต", "home": "น่าน", "travellers": 2, "urgent": False,
                "special": [], "no_referrals": HEALTH, "name": "ตั้ม",
                "phone": "0966677889"},
        one_part=True),

    # REFUSED: 19-year-old Myanmar worker (pink card) who lived in Mahachai, escaped a Myawaddy
    # compound to Mae Sot and wants fare to Samut Sakhon. Not Thai -> refused (สัญชาติ).
    "dev108 Myanmar youth, pink card (refused)": Persona(
        ("สวัสดีครับ ผมชื่อจ่อครับ ผมเป็นคนพม่า ทำงานที่มหาชัยมา3ปี",
         "โดนหลอกไปทำงานที่เมียวดี เพิ่งหนีออกมาได้ อยู่แม่สอด อยากกลับไปมหาชัยครับ ไม่มีเงิน"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถไปมหาชัยครับ",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีที่นอนครับ",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ มีบัตรชมพู",
         "nationality": "พม่าครับ",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "ตาก แม่สอดครับ",
         "home_province": "สมุทรสาครครับ มหาชัย",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "name": "จ่อ 0951234876",
         "phone": "0951234876",
         "needs": "อยากทำงานครับ",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSED: 20-year-old student with a condo and money in the bank who just wants a free
    # ticket home to Chiang Rai for New Year. No hardship -> refused (เดือดร้อน).
    "dev108 condo student wants free ticket": Persona(
        ("ขอถามหน่อยครับ ที่รัฐให้ค่ารถกลับบ้านฟรีอ่ะ",
         "ผมเรียนอยู่กทม ปีใหม่อยากกลับเชียงราย ขอได้ปะ 555"),
        {"consent": "ได้ครับ ยินยอม",
         "idle": "ขอตั๋วกลับบ้านฟรีครับ",
         "hardship": "ก็ไม่ได้ลำบากไรครับ ตังมีอยู่ แค่อยากประหยัด555 คอนโดก็มีอยู่",
         "id_card": "มีครับ",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตร",
         "current_province": "กทม",
         "home_province": "เชียงราย",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้",
         "urgent": "ไม่ครับ สบายดี มีที่นอนมีข้าวกิน",
         "name": "ไบร์ท 0909876543",
         "phone": "0909876543",
         "needs": "ไม่มีครับ",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # REFUSED: 23-year-old in Pathum Thani whose ID card is held by an informal lender as
    # collateral; refuses to ask the village head for a letter. No card, no letter -> refused.
    "dev108 card pawned to loan shark, no letter": Persona(
        ("ติดหนี้นอกระบบครับ บัตรปชชก็โดนนายทุนยึดไว้ค้ำ",
         "อยากกลับบ้านที่อุตรดิตถ์ ไม่มีค่ารถครับ"),
        {"consent": "ยินยอม",
         "idle": "ขอค่ารถกลับอุตรดิตถ์",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีครับ บัตรเอาไปค้ำหนี้นอกระบบไว้555 ไม่ได้คืน",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ ไม่ไปขอด้วย ไม่อยากให้ผญบ.รู้ เดี๋ยวถึงหูแม่",
         "current_province": "ปทุม",
         "home_province": "อุตรดิตถ์",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "travel_alone": "ได้",
         "sensitive_consent": "ได้",
         "urgent": "ยังมีที่นอนครับ ห้องเพื่อน",
         "name": "เต้ 0823344556",
         "phone": "0823344556",
         "needs": "ไม่มี",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # ANSWERED: asks how much food money is given per day; declines data keeping.
    "dev108 asks food money per day, no consent": Persona(
        ("ถามหน่อยค่ะ ถ้าขอค่ารถกลับบ้าน เขาให้ค่าข้าวด้วยมั้ย วันละกี่บาทอ่ะ",),
        {"consent": "ไม่ค่ะ ไม่ต้องเก็บอะไร แค่ถามเฉยๆ",
         "idle": "แค่ถามเฉยๆค่ะ ขอบคุณค่ะ"},
        outcome="answered", answered="100 บาท",
        expect={"stored": False}),

    # ANSWERED: asks for a friend how many days it takes; declines data keeping.
    "dev108 asks how many days, for a friend": Persona(
        ("ยื่นเรื่องขอค่ารถกลับบ้านแล้วกี่วันถึงจะได้อะครับ", "เพื่อนฝากถามมา อีกอาทิตย์หอหมดสัญญา"),
        {"consent": "ไม่ครับ แค่ถามแทนเพื่อน",
         "idle": "แค่นี้แหละครับ ขอบคุณครับ"},
        outcome="answered", answered="15 วัน",
        expect={"stored": False}),

    # ANSWERED: lost ID card, asks what papers can replace it; declines data keeping.
    "dev108 asks papers without ID card": Persona(
        ("บัตรปชชหายอะ ยังขอค่ารถกลับบ้านได้ปะ ต้องใช้ไรแทน",),
        {"consent": "ไม่อะ ยังไม่ให้เก็บ ถามก่อน",
         "idle": "ถามเฉยๆ ty"},
        outcome="answered", answered="หนังสือรับรอง",
        expect={"stored": False}),
}
