"""Persona set dev37 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: the end of the intake and the summary. Names in every shape (nickname, title and
full name, surname first, English spelling, a monk or a volunteer naming someone else, a
typo fixed afterwards, no name at all); phones in every shape (spaced, dashed, Thai
digits, +66, landline, two numbers, a missing digit fixed, no phone so a sister's number,
"this chat", a phone given before it is asked); corrections at the summary (two fixes in
one message, count and urgency, home given as a district, "ถูกหมดยกเว้น...") and short
confirmations ("โอเค ส่งเลย", "ถูกค่ะ 👍", "ใช่ๆ").
Counts: 22 personas; 17 eligible (case), 3 refused, 2 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import HEALTH, Persona  # noqa: F401

PERSONAS: dict[str, Persona] = {
    # Isan woman out of work in Bangkok, no fare home (Source B criterion 3); nickname only,
    # spaced phone, confirms with a thumbs-up.
    "dev37 isan nickname spaced phone thumbs up": Persona(
        ("สบายดีบ่ค่ะ", "อยากกลับบ้านร้อยเอ็ดแต่บ่มีเงินค่ารถเด้อ ตกงานมาสองเดือนแล้ว"),
        {"consent": "ยินยอมค่ะ", "hardship": "บ่มีค่ารถกลับบ้านค่ะ เงินหมดแล้ว",
         "id_card": "มีบัตรค่ะ", "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรประชาชนอยู่ค่ะ",
         "current_province": "อยู่กรุงเทพค่ะ แถวบางกะปิ", "home_province": "ร้อยเอ็ดค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "บ่ด่วนค่ะ ยังนอนห้องหมู่ได้อยู่",
         "special_needs": "บ่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "บ่มีแล้วค่ะ", "sensitive_consent": "ได้ค่ะ", "confirm": "ถูกค่ะ 👍",
         "idle": "ขอความช่วยเหลือค่ะ", "name": "เรียกแป้งก็ได้ค่ะ",
         "phone": "089 214 6650"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": False, "special": [], "name": "แป้ง",
                "phone": "0892146650"}),

    # Factory closed, no severance, not enough for the fare (criteria 2 and 3); full name
    # with นางสาว, dashed phone, confirms "โอเค ส่งเลย".
    "dev37 factory closed nangsao full name dashed phone": Persona(
        ("สวัสดีค่ะ โรงงานที่ทำงานปิดไปแล้วค่ะ ไม่ได้ค่าชดเชยเลย",
         "ตอนนี้เงินไม่พอค่ารถกลับบ้านค่ะ"),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีรายได้แล้วค่ะ ค่ารถกลับบ้านก็ไม่พอ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "สมุทรปราการค่ะ บางพลี", "home_province": "พิษณุโลกค่ะ",
         "travellers": "1 คนค่ะ", "urgent": "ไม่ด่วนค่ะ ห้องเช่ายังอยู่ได้ถึงสิ้นเดือน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ", "confirm": "โอเค ส่งเลย",
         "idle": "ขอความช่วยเหลือค่ะ", "name": "นางสาวสุภาพร แก้วมณีค่ะ",
         "phone": "086-555-1234"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "พิษณุโลก",
                "travellers": 1, "urgent": False, "special": [], "name": "สุภาพร",
                "phone": "0865551234"}),

    # Mother evicted with two small children, no place tonight (criterion 1, urgent within
    # 24 hours); name given as นาง with the children's ด.ช./ด.ญ. names; Thai-digit phone.
    "dev37 evicted mother two kids nang dek chai thai digits": Persona(
        ("ช่วยด้วยค่ะ โดนไล่ออกจากห้องเช่า มีลูกเล็ก 2 คน",
         "คืนนี้ไม่มีที่นอนเลยค่ะ อยากพาลูกกลับบ้านที่สกลนคร"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีที่อยู่ค่ะ เงินก็ไม่มี ค่ารถก็ไม่มี",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ชลบุรี อยู่ศรีราชาค่ะ", "home_province": "สกลนครค่ะ",
         "travellers": "3 คนค่ะ หนูกับลูกอีก 2",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูก 2 คนยังเล็กค่ะ 4 ขวบกับขวบนึง",
         "travel_alone": "ไปเองได้ค่ะ หนูพาลูกไปเอง",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ รีบหน่อยนะคะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "นางสมพร ศรีสุข ค่ะ (ลูกชื่อ ด.ช.ภูมิ กับ ด.ญ.ใบเตย)",
         "phone": "๐๘๔๒๒๓๓๔๔๕"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "สกลนคร",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "สมพร",
                "phone": "0842233445"}),

    # Southern man whose wallet was stolen at the Mo Chit bus terminal, sleeping there
    # tonight (criteria 1 and 3, urgent); surname first, +66 phone, confirms "ใช่ๆ".
    "dev37 southern wallet stolen surname first plus66": Persona(
        ("กระเป๋าตังค์หายที่หมอชิตครับ", "ไม่มีตังค์กลับบ้านหนิ บ้านอยู่นครศรีฯ"),
        {"consent": "ได้ครับ ยินยอม", "hardship": "ไม่มีค่ารถกลับบ้านครับ ตังค์หายหมด",
         "id_card": "บัตรยังอยู่ครับ อยู่คนละกระเป๋า", "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "กรุงเทพครับ ที่หมอชิต",
         "home_province": "นครศรีธรรมราชครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน ต้องนอนในขนส่งแล้ว",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ", "confirm": "ใช่ๆ",
         "idle": "ขอความช่วยเหลือครับ",
         "name": "ทองสุข สมหมาย ครับ (นามสกุลขึ้นก่อนนะครับ ชื่อจริงสมหมาย)",
         "phone": "+66 92 345 6789"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "name": "สมหมาย",
                "phone": "0923456789"}),

    # Northern woman cheated of wages in Phuket, short of food and fare (criteria 2, 3);
    # name in English letters, gives her own number and her mother's.
    "dev37 northern wage scam english name two phones": Persona(
        ("สวัสดีเจ้า", "มาทำงานภูเก็ตแล้วโดนโกงค่าแรงเจ้า บ่มีตังค์ปิ๊กบ้านเชียงราย"),
        {"consent": "ยินยอมเจ้า",
         "hardship": "บ่มีตังค์ค่ารถปิ๊กบ้านเจ้า ข้าวก็บ่ค่อยมีกิน",
         "id_card": "มีเจ้า", "nationality": "ไทยเจ้า", "nationality_letter": "มีบัตรเจ้า",
         "current_province": "ภูเก็ตเจ้า อยู่ป่าตอง", "home_province": "เชียงรายเจ้า",
         "travellers": "คนเดียวเจ้า",
         "urgent": "บ่ด่วนเจ้า ยังพักกับหมู่ได้อีกสองสามวัน",
         "special_needs": "บ่มีเจ้า", "travel_alone": "ไปเองได้เจ้า",
         "needs": "บ่มีเจ้า", "sensitive_consent": "ได้เจ้า", "confirm": "ถูกแล้วเจ้า",
         "idle": "ขอความช่วยเหลือเจ้า", "name": "Ploy เจ้า",
         "phone": "เบอร์หนู 095-123-4488 ถ้าโทรบ่ติดโทรหาแม่ 0817009911 เจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [], "name": "Ploy",
                "phone": "0951234488"}),

    # A monk writes for a released prisoner sleeping at his temple (Source A 7.2 fare home
    # for released prisoners; Source A 1 ID cards, 3.2 job placement); card expired inside;
    # the monk gives both names and the temple's landline.
    "dev37 monk for released prisoner expired card landline": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดในเมืองขอนแก่น",
         "มีโยมผู้ชายพ้นโทษออกมาได้อาทิตย์นึง มาอาศัยนอนที่วัด อยากกลับบ้านที่กาฬสินธุ์"
         "แต่ไม่มีค่ารถ อาตมาพิมพ์แทนให้"),
        {"consent": "โยมเขายินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีรายได้ด้วย",
         "id_card": "บัตรประชาชนหมดอายุตอนอยู่ในเรือนจำ ยังมีใบเก่าอยู่",
         "nationality": "คนไทย", "nationality_letter": "มีบัตรเก่าที่หมดอายุอยู่",
         "current_province": "ขอนแก่น", "home_province": "กาฬสินธุ์ อำเภอยางตลาด",
         "travellers": "โยมไปคนเดียว", "urgent": "ไม่ด่วน นอนที่วัดได้",
         "special_needs": "ไม่มี โยมแข็งแรงดี", "travel_alone": "ไปเองได้",
         "needs": ("อยากทำบัตรประชาชนใหม่ แล้วก็อยากหางานทำ", "แค่นั้นแหละ"),
         "sensitive_consent": "โยมบอกว่าบันทึกได้", "confirm": "ถูกต้องแล้ว",
         "idle": "ขอความช่วยเหลือ",
         "name": "โยมชื่อประยูรครับ ส่วนอาตมาพระมหาสุชาติ",
         "phone": "โทรมาที่วัดได้ 043-241-567"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card", "job_placement"], "id_card_state": "expired",
                "name": "ประยูร", "phone": "043241567"}),

    # A social development volunteer (อพม., Source A 2.1) finds an abandoned 81-year-old at
    # the Korat bus station who cannot travel alone: officer escort (Source B ข้อ 6(3)),
    # old-age allowance (Source A 2.2); the volunteer's number, the grandmother's name.
    "dev37 volunteer for abandoned elder escort": Persona(
        ("สวัสดีค่ะ หนูเป็น อพม. นะคะ",
         "เจอยายคนนึงนั่งอยู่ที่ขนส่งโคราชตั้งแต่เช้า ยายอายุ 81 แล้ว ลูกพามาทิ้งไว้ "
         "จะกลับบ้านที่บุรีรัมย์แต่ไม่มีเงิน"),
        {"consent": "ยายยินยอมค่ะ", "hardship": "ยายถูกทิ้งค่ะ ไม่มีที่อยู่ ไม่มีเงินเลย",
         "id_card": "ยายมีบัตรค่ะ", "nationality": "ไทยค่ะ",
         "nationality_letter": "ยายมีบัตรประชาชนค่ะ",
         "current_province": "นครราชสีมาค่ะ ขนส่งแห่งที่ 2",
         "home_province": "บุรีรัมย์ค่ะ อำเภอประโคนชัย", "travellers": "ยายคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ยายไม่มีที่นอน",
         "special_needs": "ยายอายุ 81 แล้วค่ะ แก่มากแล้ว",
         "travel_alone": "ยายไปเองไม่ได้ค่ะ ต้องมีคนพาไปส่ง",
         "needs": ("ยายบอกไม่เคยได้เบี้ยผู้สูงอายุเลยค่ะ", "ไม่มีแล้วค่ะ"),
         "sensitive_consent": "ได้ค่ะ", "confirm": "ถูกต้องค่ะ",
         "idle": "ขอความช่วยเหลือให้ยายค่ะ",
         "name": "ยายชื่อทองใบค่ะ ส่วนหนูชื่อนุช เป็นคนแจ้ง",
         "phone": "โทรหาหนูนะคะ 0898765432 ยายไม่มีโทรศัพท์"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort", "elderly_allowance"],
                "name": "ทองใบ", "phone": "0898765432"}),

    # Northern man laid off in Rayong, no income, no fare (criteria 2, 3); types his name
    # with a missing vowel and fixes it once it is read back. Answers one thing at a time.
    "dev37 northern laid off name typo fixed": Persona(
        ("สวัสดีครับ", "โดนเลิกจ้างที่ระยองครับ บ่มีสตางค์ปิ๊กบ้านลำปาง"),
        {"consent": "ยินยอมครับ", "hardship": "บ่มีสตางค์ค่ารถครับ บ่มีงานด้วย",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "ระยองครับ มาบตาพุด", "home_province": "ลำปางครับ",
         "travellers": "คนเดียวครับ", "urgent": "บ่ด่วนครับ ห้องยังอยู่ได้ถึงวันที่ 10",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "บ่มีครับ", "sensitive_consent": "ได้ครับ", "confirm": "ถูกต้องครับ",
         "idle": "ขอความช่วยเหลือครับ", "name": "วิชย ครับ", "phone": "0816023947"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "name": "วิชัย",
                "phone": "0816023947"},
        after=("ขอแก้ชื่อครับ พิมพ์ผิด ตกไม้หันอากาศ ชื่อที่ถูกคือ วิชัย ครับ",),
        one_part=True),

    # Woman fleeing a violent partner in Pattaya, unsafe tonight (urgent within 24 hours;
    # criterion 1); consents but not to sensitive data; will not give a name, gives a phone.
    "dev37 fleeing partner no name given": Persona(
        ("ขอความช่วยเหลือค่ะ",
         "หนีแฟนออกมาค่ะ เขาทำร้ายร่างกาย ตอนนี้อยู่พัทยา ไม่กล้ากลับห้อง"),
        {"consent": "ยินยอมค่ะ แต่ข้อมูลอ่อนไหวไม่ต้องเก็บนะคะ",
         "hardship": "ไม่มีที่อยู่ค่ะ เงินก็ไม่มี", "id_card": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ชลบุรีค่ะ พัทยา", "home_province": "สุรินทร์ค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ด่วนค่ะ ไม่ปลอดภัย กลัวเขาตามมา",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ แค่อยากกลับบ้าน", "sensitive_consent": "ไม่ต้องบันทึกค่ะ",
         "confirm": "ถูกค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": ("ขอไม่บอกชื่อได้ไหมคะ กลัวเขาตามเจอ", "ไม่สะดวกบอกค่ะ ขอโทษนะคะ"),
         "phone": "063-444-5512"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "special": [],
                "phone": "0634445512"}),

    # Isan construction worker and wife left unpaid in Chiang Mai (criteria 2, 3); types
    # his phone a digit short and gives it whole when asked again / read back.
    "dev37 unpaid builder couple phone missing digit": Persona(
        ("ผู้รับเหมาหนีไปครับ ไม่ได้ค่าแรงเลย",
         "อยู่เชียงใหม่ อยากกลับบ้านอุบลฯ ไม่มีค่ารถครับ"),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีค่ารถ ไม่มีรายได้ครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "เชียงใหม่ครับ", "home_province": "อุบลราชธานีครับ",
         "travellers": "ไปสองคนครับ ผมกับเมีย",
         "urgent": "ยังไม่ด่วนครับ ยังนอนแคมป์ได้อีกสองสามวัน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ครับ ถูกต้อง", "idle": "ขอความช่วยเหลือครับ",
         "name": "นายบุญมี ครับ",
         "phone": ("086-123-456", "0861234567 ครับ เมื่อกี้ขาดไปตัวนึง")},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "อุบลราชธานี",
                "travellers": 2, "urgent": False, "special": [], "name": "บุญมี",
                "phone": "0861234567"},
        after=("เบอร์เมื่อกี้พิมพ์ขาดไปตัวนึงครับ ที่ถูก 0861234567",)),

    # Homeless man sleeping near Hua Lamphong, no money (criteria 1-3, urgent); no phone of
    # his own (typing at a net cafe), gives his sister's number. One thing at a time.
    "dev37 homeless no phone sister number": Persona(
        ("ผมไม่มีที่อยู่ครับ นอนแถวหัวลำโพงมาหลายคืนแล้ว",
         "อยากกลับบ้านที่สุพรรณ พี่สาวอยู่ที่นั่น"),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีที่อยู่ ไม่มีเงิน ไม่มีค่ารถครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "กรุงเทพครับ", "home_province": "สุพรรณบุรีครับ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ คืนนี้ก็ต้องนอนข้างถนนอีก",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ", "confirm": "ครับ",
         "idle": "ขอความช่วยเหลือครับ", "name": "เล็กครับ",
         "phone": ("ไม่มีโทรศัพท์ครับ นี่ยืมเครื่องร้านเน็ตพิมพ์ ให้โทรหาพี่สาวผมแทนได้",
                   "เบอร์พี่สาวครับ 089-777-6655 ชื่อพี่แดง")},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุพรรณบุรี",
                "travellers": 1, "urgent": True, "special": [], "name": "เล็ก",
                "phone": "0897776655"},
        one_part=True),

    # Young Southern man from Trang, no job found in Bangkok, short of food and fare
    # (criteria 2, 3); "ใช้เบอร์นี้แหละ" means this LINE chat, so no phone number is known.
    "dev37 trang job seeker use this chat": Persona(
        ("หวัดดีครับ", "มาหางานที่กรุงเทพไม่ได้งาน ตังค์หมดแล้วหนิ อยากกลับตรังครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ข้าวก็ไม่ค่อยได้กิน",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "กทม.ครับ", "home_province": "ตรังครับ",
         "travellers": "1", "urgent": "ไม่ด่วนครับ ยังพักบ้านเพื่อนอยู่",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ", "confirm": "ถูกครับ",
         "idle": "ขอความช่วยเหลือครับ", "name": "บอลครับ",
         "phone": ("ใช้เบอร์นี้แหละครับ ทักไลน์นี้มาได้เลย",
                   "ไม่มีเบอร์อื่นครับ ทักไลน์นี้แหละ")},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ตรัง",
                "travellers": 1, "urgent": False, "special": [], "name": "บอล"}),

    # Out of work in Samut Sakhon, no fare to Phetchabun (criterion 3); gives name and phone
    # in his first message; at the summary "ถูกหมดยกเว้น" the count: his girlfriend comes too.
    "dev37 phone before asked all right except count": Persona(
        ("สวัสดีครับ ผมชื่อเอก เบอร์ 087-123-4567 นะครับ",
         "ตกงานอยู่สมุทรสาคร อยากกลับบ้านเพชรบูรณ์ ไม่มีค่ารถครับ"),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีค่ารถครับ ตกงาน",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "สมุทรสาครครับ มหาชัย", "home_province": "เพชรบูรณ์ครับ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": ("ถูกหมดยกเว้นจำนวนคนครับ แฟนจะไปด้วย เป็น 2 คน", "ถูกต้องครับ"),
         "idle": "ขอความช่วยเหลือครับ", "name": "เอกครับ", "phone": "0871234567"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "เพชรบูรณ์",
                "travellers": 2, "urgent": False, "name": "เอก",
                "phone": "0871234567"}),

    # Jobless daughter taking her 67-year-old mother home to Yasothon (criteria 2, 3);
    # two fixes in one message at the summary: where they are now, and the count.
    "dev37 daughter and mother two fixes one message": Persona(
        ("สวัสดีค่ะ อยากขอค่ารถกลับบ้านให้แม่กับหนูค่ะ",
         "หนูตกงาน ไม่มีรายได้ ไม่มีเงินเลยค่ะ บ้านอยู่ยโสธร"),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีรายได้ ไม่มีค่ารถค่ะ",
         "id_card": "มีทั้งคู่ค่ะ", "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "กรุงเทพค่ะ", "home_province": "ยโสธรค่ะ",
         "travellers": "2 คนค่ะ หนูกับแม่", "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "แม่อายุ 67 ค่ะ", "travel_alone": "ไปเองได้ค่ะ หนูพาแม่ไป",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": ("แก้ 2 อย่างค่ะ ตอนนี้อยู่ปทุมธานีนะคะ คลองหลวง ไม่ใช่กรุงเทพ "
                     "แล้วก็ไป 3 คนค่ะ ลืมนับน้องชาย", "ถูกแล้วค่ะ"),
         "idle": "ขอความช่วยเหลือค่ะ", "name": "ลำดวนค่ะ", "phone": "092 615 8830"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ยโสธร",
                "travellers": 3, "urgent": False, "special": ["elderly"],
                "name": "ลำดวน", "phone": "0926158830"}),

    # Isan man laid off in Chonburi (criterion 3); while he answers, the landlord throws him
    # out: at the summary he fixes the count (his wife too) and the urgency (tonight).
    "dev37 laid off fix count and urgency at summary": Persona(
        ("สวัสดีครับ ตกงานครับ โรงงานเลิกจ้าง",
         "อยากกลับบ้านหนองบัวลำภู บ่มีค่ารถครับ"),
        {"consent": "ยินยอมครับ", "hardship": "บ่มีค่ารถครับ บ่มีรายได้",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "ชลบุรีครับ อมตะนคร", "home_province": "หนองบัวลำภูครับ",
         "travellers": "คนเดียวครับ", "urgent": "ยังบ่ด่วนครับ",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "บ่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": ("ขอแก้ครับ ไปสองคนกับเมีย แล้วตอนนี้ด่วนแล้วครับ เจ้าของห้องเพิ่งไล่ออก "
                     "คืนนี้บ่มีบ่อนนอน", "ถูกแล้วครับ"),
         "idle": "ขอความช่วยเหลือครับ", "name": "สมชายครับ", "phone": "097-531-8642"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "หนองบัวลำภู",
                "travellers": 2, "urgent": True, "name": "สมชาย",
                "phone": "0975318642"}),

    # Housemaid let go in Nonthaburi (criteria 2, 3); home is where her mother lives now
    # (Source B ข้อ 4: home includes a relative's), which she fixes at the summary by
    # district only: อ.นางรอง, Buriram. One thing at a time.
    "dev37 maid home fixed as district nang rong": Persona(
        ("สวัสดีค่ะ ป้าทำงานแม่บ้านอยู่นนทบุรี โดนเลิกจ้างค่ะ",
         "อยากกลับไปอยู่กับแม่ แต่ไม่มีเงินค่ารถ"),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีรายได้ค่ะ ค่ารถก็ไม่มี",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "นนทบุรีค่ะ ปากเกร็ด", "home_province": "ขอนแก่นค่ะ",
         "travellers": "ป้าคนเดียวค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ นายจ้างให้อยู่ถึงสิ้นเดือน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": ("บ้านผิดค่ะ แม่ย้ายไปอยู่กับน้าที่ อ.นางรอง แล้ว ป้าจะไปที่นั่น",
                     "ถูกค่ะ"),
         "idle": "ขอความช่วยเหลือค่ะ", "name": "ป้าจันทร์เพ็ญค่ะ",
         "phone": "๐๘๙-๖๖๑-๒๓๔๐"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": False, "name": "จันทร์เพ็ญ",
                "phone": "0896612340"},
        one_part=True),

    # Released today from Khlong Prem, no money, nowhere tonight (Source A 7.2; urgent);
    # broken card; wants a new card (Source A 1) and Thai massage training (Source A 5.3).
    # Name with นาย. One thing at a time.
    "dev37 released today damaged card massage training": Persona(
        ("ผมเพิ่งพ้นโทษออกมาวันนี้ครับ",
         "ออกจากเรือนจำคลองเปรม ไม่มีเงินกลับบ้านนครพนมครับ"),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ",
         "id_card": "มีครับ แต่บัตรชำรุด หักครึ่งไปแล้ว", "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรแต่หักครับ",
         "current_province": "กรุงเทพครับ", "home_province": "นครพนมครับ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": ("อยากทำบัตรใหม่ครับ แล้วก็อยากเรียนนวดแผนไทย ในเรือนจำเคยเรียนมานิดหน่อย",
                   "แค่นี้ครับ"),
         "sensitive_consent": "บันทึกได้ครับ", "confirm": "ถูกต้องครับ",
         "idle": "ขอความช่วยเหลือครับ", "name": "นายสมพงษ์ ครับ",
         "phone": "0935556677"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "thai_massage_training"],
                "id_card_state": "damaged", "name": "สมพงษ์", "phone": "0935556677"},
        one_part=True),

    # Myanmar worker in Mahachai, unpaid, wants to go home to Myanmar: the aid is for
    # people of Thai nationality only (Source B ข้อ 4 "ผู้มีสัญชาติไทย") -> refused.
    "dev37 myanmar worker not thai refused": Persona(
        ("สวัสดีค่ะ หนูเป็นคนพม่า ทำงานมหาชัย",
         "นายจ้างไม่จ่ายเงิน อยากกลับบ้านค่ะ ไม่มีค่ารถ"),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีเงินค่ะ ไม่มีค่ารถ",
         "id_card": "ไม่มีบัตรประชาชนไทยค่ะ มีแต่บัตรชมพู", "nationality": "พม่าค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "สมุทรสาครค่ะ",
         "home_province": "บ้านอยู่พม่าค่ะ เมียวดี", "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "confirm": "ถูกค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ", "name": "มะเอค่ะ", "phone": "0841239876"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Has a job, a salary and a room, just wants the fare paid: none of the three hardship
    # criteria (Source B หลักเกณฑ์) -> refused.
    "dev37 employed no hardship refused": Persona(
        ("สอบถามครับ ผมย้ายงานจะกลับไปอยู่บ้านที่ลพบุรี", "ขอค่ารถกลับบ้านได้ไหมครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีข้อไหนเลยครับ มีงานมีเงินเดือน มีห้องพัก แค่อยากได้ค่ารถ",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "กรุงเทพครับ", "home_province": "ลพบุรีครับ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ", "confirm": "ถูกครับ",
         "idle": "ขอความช่วยเหลือครับ", "name": "ต้นครับ", "phone": "0819990011"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Card lost years ago and no letter from the kamnan/village head certifying Thai
    # nationality (Source B เงื่อนไข ๒) -> refused. One thing at a time.
    "dev37 no card no letter refused": Persona(
        ("บัตรประชาชนหายไปนานแล้วครับ",
         "อยากกลับบ้านที่ศรีสะเกษ แต่ไม่มีตังค์ ตอนนี้อยู่ระยอง"),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีตังค์ค่ารถครับ ไม่มีงานด้วย",
         "id_card": "ไม่มีครับ หายไปหลายปีแล้ว", "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านก็เปลี่ยนคนแล้ว ไม่มีใครออกให้",
         "current_province": "ระยองครับ", "home_province": "ศรีสะเกษครับ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ ยังนอนที่แคมป์ได้",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ", "confirm": "ถูกครับ",
         "idle": "ขอความช่วยเหลือครับ", "name": "แดงครับ", "phone": "0867412345"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
        one_part=True),

    # Only asks where and when to apply; hotline 1300 runs 24 hours (Source B ช่องทาง).
    "dev37 question where to apply weekend": Persona(
        ("ถ้าจะขอค่ารถกลับบ้านต้องไปติดต่อที่ไหนคะ วันเสาร์เปิดไหม",),
        {"consent": "ยินยอมค่ะ", "hardship": "แค่ถามไว้ก่อนค่ะ",
         "confirm": "ถูกค่ะ", "idle": "ขอบคุณค่ะ แค่อยากรู้เฉยๆ",
         "name": "ไม่บอกค่ะ", "phone": "ไม่ให้ค่ะ"},
        outcome="answered",
        answered="1300"),

    # A mother only asks how much the disability allowance is for her son, who has a
    # disabled leg and was just released: 800 baht a month (Source A 2.3).
    "dev37 question disability allowance for son": Persona(
        ("ลูกชายขาพิการค่ะ เพิ่งพ้นโทษออกมา", "เบี้ยคนพิการได้เดือนละกี่บาทคะ"),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่ได้ขอค่ารถค่ะ ถามเรื่องเบี้ยเฉยๆ",
         "confirm": "ถูกค่ะ", "idle": "ขอบคุณมากค่ะ",
         "name": "ไม่บอกค่ะ", "phone": "ไม่ให้ค่ะ"},
        outcome="answered",
        answered="800"),
}
