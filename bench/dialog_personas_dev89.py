"""dev89: Blind dialog personas for the Namjai benchmark.

Date: 2026-12-07
Written from the seeds only.
Focus: siblings, cousins, friends and neighbours writing for each other; writers who
call themselves พี่/น้อง/เค้า/เรา/หนู; nicknames before names; the writer lives in a
different place from where the traveller is stranded; third persons' workplaces
("มันไปทำงานอยู่ศรีราชา") that are not where the traveller is.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Older sister at home in Khon Kaen writes (Isan) for her brother laid off at Sriracha,
    # Chonburi; 1 traveller, evicted, sleeping at a petrol station tonight -> case, urgent.
    "dev89 sister in Khon Kaen for brother laid off at Sriracha": Persona(
        ("สวัสดีค่ะ พี่ขอสอบถามหน่อยค่ะ",
         "คือน้องชายพี่มันไปทำงานอยู่ศรีราชา โรงงานปิด เถ้าแก่หนี ตอนนี้มันบ่มีเงินกลับบ้าน"
         "ห้องเช่าก็โดนไล่ออกแล้ว คืนนี้มันว่าจะนอนปั๊มเอา😢",
         "พี่อยู่ขอนแก่นค่ะ บ้านเฮาอยู่ขอนแก่น อยากให้น้องได้กลับบ้าน มีทางช่วยบ่คะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "บ่มีค่ารถกลับ แล้วก็บ่มีบ่อนนอนค่ะ",
         "id_card": "มันมีบัตรค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ศรีราชาค่ะ น้องอยู่ศรีราชา",
         "home_province": "ขอนแก่น อ.ชุมแพค่ะ",
         "travellers": "มันไปคนเดียวค่ะ", "special_needs": "บ่มีค่ะ แข็งแรงดี",
         "more_care": "บ่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ มันโตแล้ว 24",
         "urgent": "ค่ะ คืนนี้บ่มีบ่อนนอนแท้ๆ",
         "name": "บอยค่ะ ชื่อจริงธนากร",
         "phone": "เบอร์มันแบตหมดค่ะ โทรเบอร์พี่เด้อ 093-552-7814",
         "needs": "บ่มีค่ะ ขอแค่ให้มันได้กลับบ้าน", "confirm": "ถูกต้องค่ะ"},
        expect={"current": "ชลบุรี", "home": "ขอนแก่น", "travellers": 1, "urgent": True,
                "special": [], "name": "บอย", "phone": "0935527814",
                "no_referrals": HEALTH}),

    # Younger cousin (หนู) in Bangkok writes for pregnant cousin left by her husband in
    # Bang Phli, Samut Prakan, with a 4-year-old; home Si Sa Ket; 2 -> case, not urgent.
    "dev89 cousin in Bangkok for pregnant cousin in Bang Phli": Persona(
        ("สวัสดีค่ะ",
         "หนูจะขอความช่วยเหลือให้พี่แจ๋วค่ะ ลูกป้าหนูเอง",
         "หนูอยู่กทมค่ะ แต่พี่เค้าอยู่บางพลี ผัวทิ้งไปแล้ว พี่เค้าโทรมาร้องไห้"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "พี่เค้ามีบัตรค่ะ", "nationality": "ไทยค่ะ",
         "current_province": ("บางพลีค่ะ", "สมุทรปราการค่ะ"),
         "home_province": "ศรีสะเกษค่ะ",
         "travellers": "2 คนค่ะ",
         "special_needs": ("พี่เค้าท้องค่ะ 7 เดือนแล้ว", "ลูกพี่เค้า 4 ขวบค่ะ"),
         "more_care": "ลูกเค้า 4 ขวบค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ ห้องยังอยู่ได้ถึงวันอาทิตย์",
         "name": "แจ๋วค่ะ", "phone": "0617745290",
         "needs": "ไม่มีค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"current": "สมุทรปราการ", "home": "ศรีสะเกษ", "travellers": 2,
                "urgent": False, "special": ["pregnant", "child"], "name": "แจ๋ว",
                "phone": "0617745290"},
        one_part=True),

    # Neighbour girl (หนู) in Rangsit, Pathum Thani writes for the 72-year-old forgetful man
    # next door, evicted today, going to his daughter in Nakhon Sawan; 1 -> case, urgent.
    "dev89 neighbour for evicted old man in Rangsit": Persona(
        ("ขอความช่วยเหลือค่ะ", "ยินยอม",
         "หนูเป็นเพื่อนบ้านนะคะ ตาเปลี่ยนห้องติดกันโดนไล่ออกจากห้องวันนี้ ค้างค่าเช่า3เดือน"
         " ตาอายุ72แล้ว ไม่มีที่ไป ตอนนี้นั่งอยู่หน้าตึกเลยค่ะ",
         "ตาอยากไปอยู่กับลูกสาวที่นครสวรรค์ค่ะ แต่ตาไปคนเดียวไม่ได้นะคะ หลงๆลืมๆแล้ว"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงินเลยค่ะ",
         "id_card": "มีค่ะ บัตรตลอดชีพ", "nationality": "ไทยค่ะ",
         "current_province": ("รังสิตค่ะ", "ปทุมธานีค่ะ"),
         "home_province": "นครสวรรค์ค่ะ บ้านลูกสาวตา",
         "travellers": "ตาคนเดียวค่ะ",
         "special_needs": "ตาอายุเยอะ เดินช้า ถือไม้เท้าค่ะ",
         "travel_alone": "ไม่ไหวค่ะ ต้องมีคนพาไป เดี๋ยวตาหลง",
         "urgent": "ด่วนค่ะ คืนนี้ตาไม่มีที่นอน",
         "name": "ตาชื่อเปลี่ยนค่ะ เปลี่ยน แก้วมณี",
         "phone": "ตาไม่มีมือถือค่ะ ใช้เบอร์หนูได้ 086-441-9302",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "ไม่มีค่ะ ขอให้ตาถึงบ้านลูก", "confirm": "ใช่ค่ะ"},
        expect={"current": "ปทุมธานี", "home": "นครสวรรค์", "travellers": 1,
                "urgent": True, "special": ["elderly", "cannot_travel_alone"],
                "name": "เปลี่ยน", "phone": "0864419302",
                "referrals": ["travel_escort"]}),

    # Friend (เค้า) studying in Chiang Mai writes (Northern) for a friend robbed by her
    # boyfriend, stuck at Mo Chit bus station, Bangkok; home Lampang; 1 -> case, urgent.
    "dev89 friend in Chiang Mai for friend stuck at Mo Chit": Persona(
        ("ฮัลโหลเจ้า",
         "เค้าขอถามแทนเพื่อนได้ก่อเจ้า เพื่อนเค้าติดอยู่หมอชิต แฟนมันหลอกเอาตังไปหมดเลย"
         " ตอนนี้มันนั่งไห้อยู่ในสถานี",
         "เค้าอยู่เจียงใหม่ ไปฮับมันบ่ได้ 😭 บ้านมันอยู่ลำปางเจ้า"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีค่ารถกลับเจ้า คืนนี้ก็บ่มีที่นอน",
         "id_card": "บัตรมันยังอยู่เจ้า แฟนเอาไปแค่ตังค์", "nationality": "ไทยเจ้า",
         "current_province": "หมอชิตเจ้า กทม",
         "home_province": "ลำปาง อ.เกาะคาเจ้า",
         "travellers": "มันคนเดียวเจ้า", "special_needs": "บ่มีเจ้า",
         "travel_alone": "ได้เจ้า",
         "urgent": "ด่วนเจ้า มันบ่มีที่นอนคืนนี้ กลัวมันเป็นอะหยัง",
         "name": "มิ้นเจ้า ชื่อจริงกมลชนก",
         "phone": "มือถือมันยังอยู่เจ้า 0953308127",
         "needs": "บ่มีเจ้า", "confirm": "ใช่เจ้า ขอบคุณหลายๆเจ้า🙏"},
        expect={"current": "กรุงเทพมหานคร", "home": "ลำปาง", "travellers": 1,
                "urgent": True, "special": [], "name": "มิ้น", "phone": "0953308127",
                "no_referrals": HEALTH}),

    # Older brother in Hat Yai writes (Southern) for his brother, wife and baby after the
    # Patong hotel closed, Phuket; home Nakhon Si Thammarat; 3 -> case, not urgent.
    "dev89 brother in Hat Yai for family stuck in Phuket": Persona(
        ("สวัสดีครับ",
         "ผมเป็นพี่ชายครับ อยู่หาดใหญ่ ส่วนไอ้เอ็มน้องผมมันไปทำงานโรงแรมอยู่ภูเก็ต"
         " โรงแรมปิดแล้วหลาว เงินเดือนก็ไม่ได้ไหร ตอนนี้มันกับเมียกับลูกนอนห้องเพื่อนมันอยู่ป่าตอง",
         "บ้านเราอยู่นครศรีฯครับ ทุ่งสง อยากให้มันพาลูกเมียกลับบ้านแม่ ผมเองก็ไม่มีตังส่งให้แล"),
        {"consent": "ได้ครับ ยินยอม", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับครับ รายได้ก็ไม่มีแล้ว",
         "id_card": "มีครับ ทั้งมันทั้งเมียมัน", "nationality": "ไทยหมดครับ",
         "current_province": "ภูเก็ตครับ ป่าตอง",
         "home_province": "นครศรีธรรมราชครับ",
         "travellers": "3 คนครับ เอ็ม เมียมัน แล้วก็ลูก 8 เดือน",
         "special_needs": "ลูกมันยังเล็กครับ 8 เดือน",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ไม่ด่วนขนาดนั้นครับ เพื่อนให้นอนได้อีกสักอาทิตย์",
         "name": "เอ็มครับ อนุชา", "phone": "เบอร์เอ็มครับ 0825516093",
         "needs": "ไม่มีครับ ขอแค่ค่ารถ", "confirm": "ถูกครับ"},
        expect={"current": "ภูเก็ต", "home": "นครศรีธรรมราช", "travellers": 3,
                "urgent": False, "special": ["child"], "name": "เอ็ม",
                "phone": "0825516093", "no_referrals": HEALTH}),

    # Young woman (หนู) alone and hungry in Rayong, her sister works at Sriracha but has no
    # money; home Nakhon Phanom; 1 -> case, urgent (no food since yesterday).
    "dev89 young woman in Rayong, sister works at Sriracha": Persona(
        ("สวัสดีค่ะ", "หนูอยากกลับบ้านค่ะ",
         "พี่สาวหนูทำงานอยู่ศรีราชา แต่เค้าก็ไม่มีเงินส่งมาค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": ("ไม่มีตังค่ารถค่ะ", "ข้าวก็ยังไม่ได้กินตั้งแต่เมื่อวานค่ะ"),
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ระยองค่ะ", "home_province": "นครพนมค่ะ",
         "travellers": "หนูคนเดียวค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ", "urgent": "ค่ะ ไม่มีข้าวกินเลย",
         "name": "ฝ้ายค่ะ", "phone": "๐๖๓๙๑๘๒๗๐๔",
         "needs": "ไม่มีค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"current": "ระยอง", "home": "นครพนม", "travellers": 1, "urgent": True,
                "special": [], "name": "ฝ้าย", "phone": "0639182704",
                "no_referrals": HEALTH},
        one_part=True),

    # Man (เรา) and his cousin, shrimp factory closed in Mahachai, Samut Sakhon; another
    # cousin works in Rayong and stays; home Roi Et; 2, want jobs -> case, not urgent.
    "dev89 two cousins from Mahachai shrimp factory": Persona(
        ("ขอความช่วยเหลือครับ", "ยินยอมครับ",
         "เรากับลูกพี่ลูกน้องทำงานโรงงานกุ้งอยู่มหาชัย โรงงานปิดครับ บ่มีเงินกลับบ้านร้อยเอ็ด"
         " ห้องยังอยู่ได้ถึงสิ้นเดือน",
         "อีกคนมันไปทำงานอยู่ระยอง อันนั้นมันบ่เป็นหยัง มันบ่กลับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีค่ารถกลับครับ",
         "id_card": "มีครับทั้งสองคน", "nationality": "ไทยครับ",
         "current_province": "สมุทรสาครครับ มหาชัย",
         "home_province": "ร้อยเอ็ด อ.เสลภูมิครับ",
         "travellers": "2 คนครับ ผมกับไอ้ต้น", "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ", "travel_alone": "ไปได้ครับ",
         "urgent": "บ่ด่วนครับ ยังมีห้องนอนอยู่",
         "name": "ชื่อเล่นแบงค์ครับ ชื่อจริงอนุรักษ์", "phone": "081 774 3390",
         "needs": "อยากหางานทำแถวบ้านครับ ทั้งสองคน", "confirm": "ถูกต้องครับ"},
        expect={"current": "สมุทรสาคร", "home": "ร้อยเอ็ด", "travellers": 2,
                "urgent": False, "special": [], "name": "แบงค์", "phone": "0817743390",
                "referrals": ["job_placement"], "no_referrals": HEALTH}),

    # Friend in Bangkok writes for a friend just released from Ratchaburi prison, ID lost,
    # village head will certify; home Kalasin; 1 -> case (certifying letter).
    "dev89 friend in Bangkok for friend released in Ratchaburi": Persona(
        ("สวัสดีครับ ขอสอบถามแทนเพื่อนครับ",
         "เพื่อนผมชื่อตั้ม เพิ่งพ้นโทษออกจากเรือนจำราชบุรีเมื่อวาน ไม่มีตังกลับบ้านที่กาฬสินธุ์ครับ"
         " บัตรประชาชนก็หายตั้งแต่ตอนโดนจับ",
         "ผมอยู่กทม. จะไปหามันก็ไม่มีรถ ตอนนี้มันนอนศาลาวัดแถวนั้นไปก่อน"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ มันบอกว่าโอเค",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับ ไม่มีงานครับ",
         "id_card": "บัตรหายครับ หายตั้งแต่ตอนโดนจับ",
         "nationality_letter": "ได้ครับ ผู้ใหญ่บ้านที่บ้านมันบอกจะทำหนังสือรับรองให้ มีใบปล่อยตัวด้วย",
         "nationality": "ไทยครับ",
         "current_province": "ราชบุรีครับ", "home_province": "กาฬสินธุ์ครับ อ.ยางตลาด",
         "travellers": "มันคนเดียวครับ", "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "ก็นอนศาลาวัดอยู่ครับ ข้าวก็ขอวัดกิน",
         "name": "ตั้มครับ ชื่อจริงสุทธิพงษ์",
         "phone": "มันไม่มีมือถือครับ ใช้เบอร์ผม 0897760215",
         "needs": "มันอยากทำบัตรใหม่ แล้วก็อยากหางานทำครับ", "confirm": "ใช่ครับ"},
        expect={"current": "ราชบุรี", "home": "กาฬสินธุ์", "travellers": 1,
                "reason": "หนังสือรับรอง", "name": "ตั้ม", "phone": "0897760215",
                "referrals": ["id_card", "job_placement"], "no_referrals": HEALTH}),

    # Neighbour (พี่) at home in Chaiyaphum writes (Isan) for a deaf, slow neighbour who took
    # the wrong bus and is alone at Korat terminal at dusk; 1 -> case, urgent, escort.
    "dev89 neighbour for deaf man lost at Korat bus terminal": Persona(
        ("สวัสดีค่ะ พี่อยู่ชัยภูมิ บ้านติดกันกับบ้านหนุ่มค่ะ",
         "หนุ่มเพิ่นเป็นใบ้ หูบ่ได้ยิน สติปัญญาเพิ่นบ่ค่อยเต็ม ขึ้นรถผิดคัน ตอนนี้ไปตกอยู่ขนส่งโคราช"
         " มีคนโทรมาบอกแม่เพิ่น",
         "แม่เพิ่นแก่แล้ว ไปรับบ่ไหว บ่มีเงินนำ ช่วยแหน่เด้อค่ะ ฟ้าสิมืดแล้ว"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ แม่เพิ่นให้พี่ถามแทน",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "บ่มีค่ารถค่ะ ค่ำนี้กะบ่มีบ่อนนอน",
         "id_card": "มีค่ะ บัตรประชาชนกับบัตรคนพิการอยู่ในกระเป๋าเพิ่น",
         "nationality": "ไทยค่ะ",
         "current_province": "ขนส่งโคราชค่ะ นครราชสีมา",
         "home_province": "ชัยภูมิค่ะ อ.บ้านเขว้า",
         "travellers": "หนุ่มคนเดียวค่ะ",
         "special_needs": "เพิ่นพิการค่ะ หูหนวก เป็นใบ้",
         "travel_alone": "บ่ได้ค่ะ ไปเองบ่ได้ บ่ฮู้ทาง",
         "urgent": "ด่วนค่ะ ค่ำนี้เพิ่นบ่มีบ่อนนอน",
         "name": "หนุ่มค่ะ ชื่อจริงสมหมาย",
         "phone": "เบอร์แม่เพิ่นค่ะ ๐๘๔-๙๙๒-๐๓๗๑",
         "needs": "บ่มีค่ะ ขอให้เพิ่นได้กลับบ้านก่อน", "confirm": "แม่นแล้วค่ะ"},
        expect={"current": "นครราชสีมา", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "special": ["disabled", "cannot_travel_alone"],
                "name": "หนุ่ม", "phone": "0849920371",
                "referrals": ["travel_escort"]}),

    # Younger sister (น้อง) at home in Lop Buri writes for her brother, a builder in Pattaya
    # (Chonburi) with a broken leg, staying with a workmate; 1 -> case, sick, not urgent.
    "dev89 sister in Lop Buri for injured brother in Pattaya": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ",
         "น้องเป็นน้องสาวพี่โต้งนะคะ พี่เค้าทำงานก่อสร้างอยู่พัทยา ตกนั่งร้านขาหัก"
         " หมอให้กลับบ้านแล้วแต่พี่ไม่มีเงินค่ารถกลับ",
         "ตอนนี้พี่เค้าพักห้องเพื่อนคนงานด้วยกันอยู่ค่ะ เดินต้องใช้ไม้ค้ำ น้องอยู่ลพบุรี บ้านเราอยู่ลพบุรีค่ะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับ ไม่มีรายได้ด้วยค่ะ ทำงานไม่ได้",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "พัทยาค่ะ ชลบุรี",
         "home_province": "ลพบุรีค่ะ อ.โคกสำโรง",
         "travellers": "พี่โต้งคนเดียวค่ะ",
         "special_needs": "ขาหัก เข้าเฝือกค่ะ เดินใช้ไม้ค้ำ",
         "travel_alone": "ขึ้นรถเองลำบากค่ะ แต่พี่เค้าว่าไปได้",
         "urgent": "ไม่ด่วนค่ะ เพื่อนให้พักได้ แต่อยากให้กลับเร็วๆ",
         "name": "โต้งค่ะ ชื่อจริงวีระพงษ์", "phone": "0806623148",
         "needs": "อยากให้พี่ได้ไปหาหมอต่อที่บ้านค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"current": "ชลบุรี", "home": "ลพบุรี", "travellers": 1,
                "urgent": False, "special": ["sick"], "name": "โต้ง",
                "phone": "0806623148"}),

    # Builder writes in Latin-letter Thai, then Thai: he and 2 friends left unpaid at a
    # Hua Hin site (Prachuap Khiri Khan), thrown out tonight; home Sakon Nakhon; 3 -> urgent.
    "dev89 three builders unpaid in Hua Hin, Latin letters": Persona(
        ("sawasdee krub",
         "khor kwam chuay leua noi krub",
         "pom kab puean 2 kon ma tam ngan kor sang yu huahin pu rub mao nee pai mai jai ngern"
         " mai mee ngern glub baan sakon",
         "kuen nee mai mee tee non krub kon fao kaw lai ork laew"),
        {"consent": ("yinyom krub", "ยินยอมครับ"), "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ได้แล้วครับ พิมพ์ไทยได้แล้ว 555 ไม่มีค่ารถกลับ ไม่มีที่นอนครับ",
         "id_card": "มีครับทุกคน", "nationality": "ไทยครับ",
         "current_province": "หัวหินครับ ประจวบ",
         "home_province": "สกลนครครับ อ.พังโคน",
         "travellers": "3 คนครับ ผมกับเพื่อนอีก 2",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปกันเองได้ครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอนจริงๆ",
         "name": "เต้ยครับ", "phone": "092 884 5106",
         "needs": "ไม่มีครับ กลับบ้านก่อน", "confirm": "ใช่ครับ"},
        expect={"current": "ประจวบคีรีขันธ์", "home": "สกลนคร", "travellers": 3,
                "urgent": True, "special": [], "name": "เต้ย", "phone": "0928845106",
                "no_referrals": HEALTH}),

    # Neighbour (เรา) in Pak Kret, Nonthaburi writes for the 63-year-old lady next door who
    # must leave her room tomorrow; son works in Taiwan; home Sukhothai; 1 -> case.
    "dev89 neighbour for elderly lady next door in Pak Kret": Persona(
        ("สวัสดีค่ะ",
         "เราอยากขอความช่วยเหลือให้ป้าข้างห้องค่ะ ป้าสมร อายุ63 ขายของไม่ได้ ค้างค่าห้อง"
         " เจ้าของให้ออกพรุ่งนี้",
         "ลูกชายป้าไปทำงานอยู่ไต้หวัน ติดต่อไม่ได้เลย ป้าอยากกลับไปอยู่กับน้องสาวที่สุโขทัยค่ะ"),
        {"consent": "ยินยอมค่ะ ถามป้าแล้ว", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีรายได้ ไม่มีค่ารถค่ะ",
         "id_card": "ป้ามีบัตรค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ปากเกร็ดค่ะ นนทบุรี",
         "home_province": "สุโขทัย อ.ศรีสำโรงค่ะ",
         "travellers": "ป้าคนเดียวค่ะ",
         "special_needs": "ป้าแข็งแรงดีค่ะ แค่อายุเยอะ",
         "travel_alone": "ป้าไปเองได้ค่ะ เคยนั่งรถทัวร์กลับบ้าน",
         "urgent": "คืนนี้ยังนอนห้องได้ค่ะ พรุ่งนี้ต้องออกแล้ว",
         "name": "ป้าสมรค่ะ สมร ทองดี", "phone": "ป้ามีเบอร์ค่ะ 0873305619",
         "needs": "ป้าอยากได้เบี้ยคนแก่ด้วยค่ะ ไม่รู้ว่าได้อยู่รึเปล่า",
         "confirm": "ใช่ค่ะ"},
        expect={"current": "นนทบุรี", "home": "สุโขทัย", "travellers": 1,
                "special": ["elderly"], "name": "สมร", "phone": "0873305619",
                "referrals": ["elderly_allowance"], "no_referrals": HEALTH}),

    # Older sister (พี่นุ่น) in Saraburi writes for her sister fleeing a violent husband in
    # Mae Sot, Tak, with two small children; home Nakhon Ratchasima; 3 -> case, urgent.
    "dev89 sister in Saraburi for sister fleeing husband in Mae Sot": Persona(
        ("ช่วยด้วยค่ะ",
         "พี่ชื่อนุ่นค่ะ น้องสาวพี่ชื่อเมย์ อยู่แม่สอด ผัวมันทุบตี เมย์หนีออกมากับลูกสองคน"
         " ตอนนี้หลบอยู่ร้านสะดวกซื้อ ไม่มีเงินเลย",
         "พี่อยู่สระบุรี ไปรับไม่ทันค่ะ บ้านพ่อแม่อยู่โคราช อยากให้น้องกลับไปอยู่บ้านพ่อแม่",
         "[sticker]"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงิน ไม่มีที่พักค่ะ กลัวผัวมันตามมา",
         "id_card": "เมย์เอาบัตรติดตัวมาค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "แม่สอดค่ะ จ.ตาก",
         "home_province": "โคราชค่ะ อ.ปักธงชัย",
         "travellers": "3 คนค่ะ เมย์ ลูกคนโต 5 ขวบ คนเล็กขวบนึง",
         "special_needs": "ลูกเล็กสองคนค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปได้ค่ะ",
         "urgent": "ด่วนมากค่ะ กลัวมันตามมาเจอ",
         "name": "เมย์ค่ะ ชื่อจริงสุภาวดี", "phone": "เบอร์เมย์ค่ะ 098-447-2613",
         "needs": "ไม่มีค่ะ ขอให้ถึงบ้านก่อน", "confirm": "ใช่ค่ะ"},
        expect={"current": "ตาก", "home": "นครราชสีมา", "travellers": 3, "urgent": True,
                "special": ["child"], "name": "เมย์", "phone": "0984472613"}),

    # Cousin (ก๊ะ) in Yala writes for her cousin fired unpaid from a restaurant in Surat
    # Thani, sleeping at a mosque; home Pattani; 1 -> case, not urgent.
    "dev89 cousin in Yala for cousin in Surat Thani": Persona(
        ("อัสลามุอะลัยกุมค่ะ",
         "ก๊ะขอถามแทนน้องค่ะ ลูกพี่ลูกน้อง ชื่อดาค่ะ ฟารีดา ไปทำงานร้านอาหารอยู่สุราษฎร์"
         " นายจ้างไม่จ่ายเงิน ไล่ออก ตอนนี้ดาไม่มีเงินกลับบ้านปัตตานีค่ะ",
         "ก๊ะอยู่ยะลาค่ะ ตอนนี้ดาขอนอนที่มัสยิดแถวนั้นไปก่อน อิหม่ามให้นอนได้"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "สุราษฎร์ค่ะ ในเมือง",
         "home_province": "ปัตตานีค่ะ อ.หนองจิก",
         "travellers": "ดาคนเดียวค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ มีที่นอนที่มัสยิด",
         "name": "ดาค่ะ ฟารีดา", "phone": "0652281947",
         "needs": "ไม่มีค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"current": "สุราษฎร์ธานี", "home": "ปัตตานี", "travellers": 1,
                "urgent": False, "special": [], "name": "ดา", "phone": "0652281947",
                "no_referrals": HEALTH}),

    # Son brought his 68-year-old mother to Bangkok for surgery, money gone, sleeping on a
    # bench outside the hospital; home Ubon Ratchathani; 2 -> case, urgent, one part.
    "dev89 son with mother after surgery in Bangkok": Persona(
        ("ขอความช่วยเหลือครับ", "พาแม่มาผ่าตัดที่กรุงเทพครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": ("ไม่มีค่ารถกลับครับ", "เงินหมดแล้วครับ"),
         "id_card": "มีครับ", "nationality": "ไทย",
         "current_province": "กรุงเทพครับ", "home_province": "อุบลครับ",
         "travellers": "2 คนครับ ผมกับแม่",
         "special_needs": ("แม่อายุ 68 ครับ", "แม่เพิ่งผ่าตัดครับ ยังเดินไม่ค่อยไหว"),
         "more_care": "แม่เพิ่งผ่าตัดครับ",
         "travel_alone": "ผมไปกับแม่ครับ",
         "urgent": "ด่วนครับ คืนนี้นอนม้านั่งหน้าโรงบาล",
         "name": "เก่งครับ", "phone": "0916604738",
         "needs": "ไม่มีครับ", "confirm": "ใช่ครับ"},
        expect={"current": "กรุงเทพมหานคร", "home": "อุบลราชธานี", "travellers": 2,
                "urgent": True, "special": ["elderly", "sick"], "name": "เก่ง",
                "phone": "0916604738"},
        one_part=True),

    # Younger sister (หนู) at home in Buri Ram writes for her brother: he worked at Amata
    # (Chonburi), bike stolen in Chachoengsao, sleeps at a temple; 1 -> case, not urgent.
    "dev89 little sister for brother robbed in Chachoengsao": Persona(
        ("สวัสดีค่ะ", "หนูขอช่วยพี่ชายค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": ("พี่ไม่มีค่ารถกลับบ้านค่ะ",
                      "พี่ทำงานอยู่นิคมอมตะชลบุรี ออกจากงานแล้ว ไปหาเพื่อนที่แปดริ้ว รถโดนขโมยค่ะ"),
         "id_card": "บัตรยังอยู่ค่ะ พี่ใส่กระเป๋าเสื้อ", "nationality": "ไทยค่ะ",
         "current_province": ("แปดริ้วค่ะ", "ฉะเชิงเทราค่ะ"),
         "home_province": "บุรีรัมย์ค่ะ",
         "travellers": "พี่คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ", "urgent": "คืนนี้พี่นอนวัดได้ค่ะ",
         "name": "บิวค่ะ", "phone": "0979053386",
         "needs": "ไม่มีค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"current": "ฉะเชิงเทรา", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": False, "special": [], "name": "บิว", "phone": "0979053386",
                "no_referrals": HEALTH},
        one_part=True),

    # Friend in Rangsit writes for a friend laid off in Ayutthaya, home Loei ("เลย"); says 2
    # travellers, fixes to 3 at the summary (forgot the child) -> case, not urgent.
    "dev89 friend fixes the count for family laid off in Ayutthaya": Persona(
        ("สวัสดีครับ ยินยอมครับ",
         "ขอถามให้เพื่อนครับ ไอ้โจ้มันทำงานโรงงานอยู่อยุธยา โดนเลิกจ้าง ไม่มีตังกลับเลย"
         " บ้านมันอยู่เลยครับ ด่านซ้าย",
         "ผมอยู่รังสิต ช่วยมันได้แค่ค่าข้าว"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "อยุธยาครับ บางปะอิน",
         "home_province": "จังหวัดเลยครับ",
         "travellers": "2 คนครับ โจ้กับเมียมัน",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ยังพักหอได้ครับ หอหมดสัญญาสิ้นเดือน",
         "name": "โจ้ครับ ชื่อจริงสมศักดิ์", "phone": "0948812057",
         "needs": "ไม่มีครับ",
         "confirm": ("ผิดครับ 3 คน ลืมลูกมันไป ลูกมัน 3 ขวบครับ", "ใช่ครับ")},
        expect={"current": "พระนครศรีอยุธยา", "home": "เลย", "travellers": 3,
                "urgent": False, "name": "โจ้", "phone": "0948812057"}),

    # Thai coworker (เค้า) writes for a Myanmar friend laid off in Mahachai, Samut Sakhon,
    # who wants to go home to Myawaddy -> refused: not Thai.
    "dev89 coworker for Myanmar friend in Mahachai": Persona(
        ("สวัสดีค่ะ",
         "เค้าขอถามให้เพื่อนที่ทำงานค่ะ เพื่อนเป็นคนพม่า ชื่อมะเอ โดนเลิกจ้าง ไม่มีตังกลับบ้านที่พม่า"
         " ช่วยได้มั้ยคะ",
         "ตอนนี้อยู่มหาชัยค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "ไม่มีบัตรประชาชนไทยค่ะ มีแต่บัตรชมพู บัตรแรงงาน",
         "nationality": "พม่าค่ะ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีค่ะ เค้าเป็นคนพม่า",
         "current_province": "สมุทรสาครค่ะ",
         "home_province": "บ้านอยู่เมียวดี พม่าค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ",
         "name": "มะเอค่ะ", "phone": "0626673014", "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Younger cousin (น้อง) at home in Suphan Buri writes for her cousin in Sattahip,
    # Chonburi: no ID for years, out of the house register, no one will certify -> refused.
    "dev89 cousin for cousin with no papers in Sattahip": Persona(
        ("สวัสดีค่ะ ยินยอมค่ะ",
         "น้องขอถามแทนพี่ดำค่ะ ลูกลุงน้องเอง ไปรับจ้างอยู่สัตหีบ งานหมด ไม่มีเงินกลับบ้านสุพรรณ",
         "ปัญหาคือพี่เค้าไม่มีบัตรค่ะ หายไปหลายปีแล้ว ไม่เคยไปทำใหม่"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ",
         "id_card": "ไม่มีค่ะ หายไปหลายปีแล้ว",
         "nationality": "ไทยค่ะ พ่อแม่ก็คนไทย",
         "nationality_letter": ("ไม่ได้ค่ะ ชื่อพี่เค้าถูกย้ายออกจากทะเบียนบ้านนานแล้ว"
                                " ผู้ใหญ่บ้านคนใหม่บอกไม่รู้จัก ไม่ออกให้",
                                "ไปถามกำนันแล้วก็ไม่ได้ค่ะ"),
         "current_province": "สัตหีบค่ะ ชลบุรี",
         "home_province": "สุพรรณบุรีค่ะ อ.ดอนเจดีย์",
         "travellers": "พี่ดำคนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ นอนแคมป์คนงานได้อยู่",
         "name": "ดำค่ะ", "phone": "085-771-2396", "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง", "current": "ชลบุรี",
                "home": "สุพรรณบุรี"}),

    # Friend (เค้า) still working in Rayong writes for a friend who already got home to
    # Yasothon yesterday on borrowed money and wants the fare back -> refused: home already.
    "dev89 friend in Rayong for friend already home in Yasothon": Persona(
        ("สวัสดีค่า",
         "เค้าขอถามแทนเพื่อนค่ะ เพื่อนเค้าชื่อแพรว เมื่อวานยืมตังคนที่ทำงานนั่งรถกลับบ้านที่ยโสธรแล้ว"
         " ตอนนี้ถึงบ้านแล้วค่ะ",
         "เค้าอยู่ระยอง ทำงานที่เดียวกับมัน จะขอเงินค่ารถคืนให้มันได้มั้ยคะ เอาไปใช้หนี้ มันไม่มีงานแล้ว"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ยโสธรค่ะ อยู่บ้านแล้ว",
         "home_province": "ยโสธรค่ะ",
         "travellers": "แพรวคนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ อยู่บ้านแม่แล้ว",
         "name": "แพรวค่ะ", "phone": "0881926450",
         "needs": "อยากหางานแถวบ้านค่ะ", "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "ยโสธร",
                "home": "ยโสธร"}),

    # Sister (หนู) asks how much the disability allowance is for her brother, lame since a
    # crash -> answered (800 baht a month).
    "dev89 sister asks disability allowance for brother": Persona(
        ("สวัสดีค่ะ",
         "น้องชายหนูขาพิการค่ะ เดินไม่ได้ตั้งแต่รถชน อยากถามว่าเบี้ยคนพิการได้เดือนละเท่าไหร่คะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอบคุณค่ะ"},
        outcome="answered", answered="800"),

    # Neighbour (ผม) asks whether anyone can be reached at the weekend or which number to
    # call for fare home -> answered (hotline 1300).
    "dev89 neighbour asks hotline at the weekend": Persona(
        ("ขอถามหน่อยครับ",
         "ถ้าจะขอค่ารถกลับบ้านให้เพื่อนบ้าน วันเสาร์อาทิตย์ติดต่อได้มั้ย หรือต้องโทรเบอร์ไหนครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอบคุณครับ"},
        outcome="answered", answered="1300"),

    # Older cousin (พี่) asks how many days it takes after applying for a cousin's fare
    # -> answered (1-15 days).
    "dev89 cousin asks how many days it takes": Persona(
        ("พี่ขอถามหน่อยนะคะ",
         "ถ้ายื่นขอค่ารถกลับบ้านให้น้องแล้ว ต้องรอกี่วันถึงจะได้คะ น้องอยู่กรุงเทพ บ้านอยู่พะเยา"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอบคุณค่ะ"},
        outcome="answered", answered="15"),
}
