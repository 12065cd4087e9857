"""Persona set dev33 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: people who change their mind or correct themselves mid-answer (a wrong province
then "อ้อ ไม่ใช่", a home that moved, a count that drops, a phone typed wrong, a surname
fixed after sending, two fixes at the summary); answers that give more or something else
than what was asked (the place with the card answer, home with the count, "yes" with a
condition); ID cards in everyday states (half burnt, faded, left with mum, kept by the
employer, only a photo, taken by police, soaked in a flood, expired); polite refusals (no
real name, a sister's phone, not saying who is sick); English and mixed Thai-English.
Counts: 22 personas; 17 eligible (case), 3 refused, 2 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import HEALTH, Persona  # noqa: F401

PERSONAS: dict[str, Persona] = {
    # Isan factory worker, out of work and money; says Rayong then fixes it to Chonburi.
    # No fare home (Source B criterion 3), has a card: eligible.
    "dev33 isan woman wrong province fixed": Persona(
        ("สวัสดีค่ะ", "ตกงานจากโรงงานค่ะ เงินหมดแล้วเด้อ บ่มีค่ารถกลับบ้านเลย"),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีค่ารถกลับบ้านค่ะ เงินหมดเกลี้ยงแล้ว",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ตอนนี้อยู่ระยองค่ะ อ้อ ไม่ใช่ๆ ชลบุรีค่ะ แถวศรีราชา ย้ายมาเดือนนึงแล้วยังจำผิดอยู่เลย 555",
         "home_province": "บ้านอยู่ร้อยเอ็ดค่ะ อ.เสลภูมิ",
         "travellers": "ไปคนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังนอนห้องเพื่อนได้อีกอาทิตย์นึง",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีแล้วค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "แพรวค่ะ", "phone": "0812345670"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": False, "name": "แพรว", "phone": "0812345670"},
        one_part=True),

    # Builder cheated of his wages; home was Lampang but "เดี๋ยวนะ" the parents moved to
    # Chiang Rai. Employer keeps his card, so a village-head letter (Source B condition 2).
    "dev33 home moved lampang to chiang rai employer keeps card": Persona(
        ("ผมโดนนายจ้างโกงค่าแรงครับ", "ไม่เหลือเงินค่ารถกลับบ้านเลยครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ แล้วก็ไม่มีที่นอนด้วย โดนไล่ออกจากแคมป์",
         "id_card": "บัตรนายจ้างเก็บไว้ครับ ขอคืนแล้วเขาไม่ยอมให้",
         "nationality": "คนไทยครับ",
         "nationality_letter": "มีครับ พ่อไปขอผู้ใหญ่บ้านทำหนังสือรับรองให้แล้ว ส่งรูปมาทางไลน์",
         "current_province": "อยู่หมอชิตครับ กรุงเทพ",
         "home_province": "บ้านอยู่ลำปางครับ เดี๋ยวนะครับ พ่อแม่ย้ายไปอยู่กับน้องที่เชียงรายแล้ว ไปเชียงรายครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน ต้องนอนในสถานีขนส่ง",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ ขอแค่ได้กลับบ้าน", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "สมชาย ใจดีครับ", "phone": "๐๘๙๒๓๔๕๖๗๑"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "name": "สมชาย", "phone": "0892345671"}),

    # Southern waitress, restaurant closed; first says two go, then her sister stays.
    # No fare home, has a card: eligible, one traveller.
    "dev33 southern woman count two then sister stays": Persona(
        ("ตอนนี้ฉานลำบากมากค่ะ", "อยากกลับบ้านแต่ไม่มีตังค์แล้วหนิ"),
        {"consent": "ได้ค่ะ ยินยอม",
         "hardship": "ไม่มีตังค์ค่ารถค่ะ ร้านอาหารที่ทำปิดไปแล้ว",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "อยู่กรุงเทพค่ะ แถวบางนา",
         "home_province": "บ้านอยู่สุราษฎร์ค่ะ อ.พุนพิน",
         "travellers": "ไป 2 คนค่ะ ฉานกับน้องสาว... อ้อ น้องไม่ไปแล้วค่ะ น้องเพิ่งได้งานที่นี่ ไปคนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังนอนห้องน้องได้",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกแล้วค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "เพ็ญค่ะ", "phone": "0873334455"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุราษฎร์ธานี",
                "travellers": 1, "urgent": False, "name": "เพ็ญ", "phone": "0873334455"}),

    # 19-year-old who ran from an unpaid sugarcane-farm job; types his phone short and
    # fixes it in the same line. No money, no bed tonight: eligible and urgent.
    "dev33 farm runaway phone typo fixed": Persona(
        ("ผมหนีออกมาจากไร่อ้อยครับ เขาไม่จ่ายเงิน", "อยู่กาญจนบุรี อยากกลับบ้าน"),
        {"consent": "ok ครับ",
         "hardship": "ไม่มีเงินเลยครับ ไม่มีที่นอนด้วย",
         "id_card": "มีครับ อยู่ในกระเป๋าตังค์", "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "กาญจนบุรีครับ อ.ท่าม่วง",
         "home_province": "นครพนมครับ",
         "travellers": "คนเดียวครับ อายุ 19",
         "urgent": "คืนนี้ไม่รู้จะนอนไหนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ok ครับ",
         "confirm": "ok ถูกครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ต้นครับ",
         "phone": "09612345 อ้าวพิมพ์ขาด 0961234578 ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "นครพนม",
                "travellers": 1, "urgent": True, "name": "ต้น", "phone": "0961234578"}),

    # Widow whose savings went on the funeral; card expired a year ago (recorded as
    # expired). Says "yes" with a condition at the summary, fixes her surname once sent.
    "dev33 widow expired card surname fixed after": Persona(
        ("สามีเสียค่ะ ค่าทำศพก็หมดไปแล้ว", "อยากกลับไปอยู่กับแม่ที่พิษณุโลก ไม่มีค่ารถค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ค่ารถกลับบ้านก็ไม่มี",
         "id_card": "มีค่ะ แต่หมดอายุไปปีนึงแล้ว", "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ แค่หมดอายุ",
         "current_province": "นครปฐมค่ะ อยู่ห้องเช่าแถวศาลายา",
         "home_province": "พิษณุโลกค่ะ",
         "travellers": "2 คนค่ะ ไปกับลูกชาย ลูกอายุ 12 แล้ว",
         "urgent": "ไม่ด่วนค่ะ ห้องเช่าอยู่ได้ถึงสิ้นเดือน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ แต่โทรมาหลังบ่ายสามนะคะ ช่วงเช้ารับจ้างล้างจานอยู่",
         "idle": "ขอความช่วยเหลือค่ะ",
         "name": "วันเพ็ญ ศรีสุขค่ะ", "phone": "0815556677"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "พิษณุโลก",
                "travellers": 2, "urgent": False, "name": "วันเพ็ญ",
                "phone": "0815556677", "id_card_state": "expired"},
        after=("ขอแก้นามสกุลค่ะ ที่ถูกคือ ศรีสุขใจ ไม่ใช่ศรีสุข",)),

    # Mother left by her partner and evicted, going home with her 4-year-old; at the
    # summary fixes two things at once: really in Pathum Thani, and a nephew comes too.
    "dev33 mother summary fixes province and count": Persona(
        ("ขอความช่วยเหลือค่ะ", "แฟนทิ้งไปค่ะ ไม่มีเงินจ่ายค่าห้อง จะพาลูกกลับบ้าน"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีที่อยู่ค่ะ โดนไล่ออกจากห้องแล้ว เงินก็ไม่มี",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "นนทบุรีค่ะ",
         "home_province": "นครศรีธรรมราชค่ะ",
         "travellers": "2 คนค่ะ หนูกับลูกสาว 4 ขวบ",
         "urgent": "ตอนนี้อาศัยบ้านเพื่อนอยู่ค่ะ ได้อีก 2-3 วัน ยังไม่ด่วน",
         "special_needs": "ลูกสาว 4 ขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "แก้ 2 อย่างค่ะ ตอนนี้อยู่ปทุมธานีนะคะ ไม่ใช่นนท์ แถวรังสิต แล้วก็ไป 3 คนค่ะ หลานชาย 10 ขวบไปด้วยอีกคน",
         "idle": "ขอความช่วยเหลือค่ะ",
         "name": "มุกค่ะ", "phone": "0898765432"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "นครศรีธรรมราช",
                "travellers": 3, "urgent": False, "special": ["child"],
                "name": "มุก", "phone": "0898765432"}),

    # A passer-by types for a 74-year-old grandma stranded at Mo Chit; answers the card
    # question with where grandma is, and the count with where home is. Elderly, urgent.
    "dev33 volunteer for stranded grandma at bus terminal": Persona(
        ("พิมพ์แทนยายคนนึงค่ะ ยายมานั่งอยู่ที่ขนส่งตั้งแต่เมื่อวาน",
         "ยายมาหาลูกชายแต่ติดต่อไม่ได้ เงินหมดค่ะ"),
        {"consent": "ยายบอกว่ายินยอมค่ะ",
         "hardship": "ยายไม่มีเงินค่ารถกลับบ้านค่ะ ไม่มีที่นอนด้วย",
         "id_card": "มีค่ะ ตอนนี้ยายอยู่ขนส่งหมอชิตค่ะ", "nationality": "ไทยค่ะ",
         "nationality_letter": "ยายมีบัตรค่ะ",
         "current_province": "หมอชิตค่ะ กรุงเทพ",
         "home_province": "ศรีสะเกษค่ะ อ.กันทรลักษ์",
         "travellers": ("บ้านยายอยู่ศรีสะเกษค่ะ", "ยายไปคนเดียวค่ะ"),
         "urgent": "ด่วนค่ะ เมื่อคืนยายนอนที่ขนส่ง คืนนี้ก็ไม่มีที่นอน",
         "special_needs": "ยายอายุ 74 แล้วค่ะ",
         "travel_alone": "ยายว่าไปเองได้ค่ะ ลูกสาวอีกคนจะไปรับที่ขนส่งศรีสะเกษ",
         "needs": "ยายยังไม่ได้เบี้ยคนแก่ค่ะ ไม่รู้ต้องทำยังไง", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือให้ยายค่ะ",
         "name": "ยายบุญมีค่ะ",
         "phone": "ยายไม่มีโทรศัพท์ค่ะ ใช้เบอร์หนูแทนได้ไหมคะ 0865554433"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "บุญมี", "phone": "0865554433"}),

    # Woman fleeing a violent husband with her 2-year-old; consents "but not health data"
    # and asks for legal advice (justice centres give legal advice, Source A 7.1). Unsafe: urgent.
    "dev33 fleeing mother consent with condition legal advice": Persona(
        ("สามีทำร้ายค่ะ หนีออกมากับลูก", "อยากปรึกษาเรื่องกฎหมายด้วยค่ะ อยากหย่า"),
        {"consent": "ยินยอมค่ะ แต่ไม่อยากให้เก็บข้อมูลเรื่องสุขภาพนะคะ",
         "hardship": "ไม่มีเงินเลยค่ะ ไม่มีที่ไปด้วย",
         "id_card": "มีค่ะ คว้ามาได้ทันตอนหนี", "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ขอนแก่นค่ะ",
         "home_province": "บ้านแม่อยู่เพชรบูรณ์ค่ะ หล่มสัก",
         "travellers": "2 คนค่ะ ฉันกับลูก 2 ขวบ",
         "urgent": "ด่วนค่ะ กลัวเขาตามมา ไม่ปลอดภัย คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ลูก 2 ขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากปรึกษากฎหมายเรื่องหย่ากับเรื่องลูกค่ะ",
         "sensitive_consent": "ไม่ค่ะ ไม่ต้องบันทึก",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "ฝนค่ะ", "phone": "0934445566"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เพชรบูรณ์",
                "travellers": 2, "urgent": True, "special": ["child"],
                "referrals": ["justice_centre"], "name": "ฝน", "phone": "0934445566"}),

    # Released this morning from Klong Prem; card half burnt (damaged, still a card).
    # Wants a new card and a job (Source A 1.1, 3.2). No bed tonight: urgent.
    "dev33 released prisoner half burnt card": Persona(
        ("ผมพึ่งพ้นโทษออกมาเมื่อเช้าครับ ออกจากคลองเปรม", "ไม่มีเงินกลับบ้านครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีที่พักด้วย",
         "id_card": "มีครับ แต่ไหม้ไปครึ่งใบ ไฟไหม้ห้องก่อนโดนจับ ยังพอเห็นเลขบัตร",
         "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ แต่ไหม้",
         "current_province": "ยังอยู่แถวหน้าเรือนจำครับ จตุจักร กทม.",
         "home_province": "กาฬสินธุ์ครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากทำบัตรใหม่ครับ แล้วก็อยากหางานทำ ไม่รู้ใครจะรับคนติดคุกมาบ้าง",
         "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ธนากรครับ", "phone": "0621112233"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "id_card_state": "damaged",
                "referrals": ["id_card", "job_placement"],
                "name": "ธนากร", "phone": "0621112233"},
        one_part=True),

    # 66-year-old northern man who found no work in Chiang Mai; card faded unreadable
    # (damaged). Sleeps at a temple, so not urgent. Elderly.
    "dev33 northern elder faded card": Persona(
        ("สวัสดีครับ ลุงจะขอความช่วยเหลือ", "ลุงมาหางานทำเจียงใหม่ บ่ได้งาน ตังค์หมดแล้ว"),
        {"consent": "ได้ครับ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ แต่มันซีดจนอ่านบ่ออกแล้ว รูปก็จางหมด",
         "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "อยู่เชียงใหม่ครับ แถวกาดหลวง",
         "home_province": "บ้านอยู่น่านครับ อ.ปัว",
         "travellers": "ลุงไปคนเดียวครับ",
         "urgent": "บ่ด่วนครับ นอนวัดได้อยู่",
         "special_needs": "ลุงอายุ 66 แล้วครับ",
         "travel_alone": "ไปเองได้ครับ ขึ้นรถทัวร์ไปปัวเลย",
         "needs": "บ่มีแล้วครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกแล้วครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ลุงแก้วครับ", "phone": "0857778899"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "id_card_state": "damaged", "name": "แก้ว", "phone": "0857778899"},
        one_part=True),

    # 22-year-old lured to Pattaya by a fake job; card left at home with mum, who got the
    # village head's letter (Source B condition 2). Thrown out tonight: urgent. "yes ka".
    "dev33 young woman card left with mum yes ka": Persona(
        ("สวัสดีค่ะ โดนหลอกมาทำงานที่พัทยาค่ะ", "ไม่มีงานจริง ตอนนี้ไม่มีเงินเลย"),
        {"consent": "yes ka",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านค่ะ ที่พักก็ไม่มี",
         "id_card": "บัตรทิ้งไว้ที่บ้านกับแม่ค่ะ ไม่ได้เอามา",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีค่ะ แม่ไปขอผู้ใหญ่บ้านทำหนังสือรับรองให้แล้ว ส่งรูปมาในไลน์ค่ะ",
         "current_province": "พัทยาค่ะ",
         "home_province": "อุดรค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ โดนไล่ออกจากที่พัก คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "yes ka",
         "confirm": "ok ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "ไอซ์ค่ะ", "phone": "0640001122"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี",
                "travellers": 1, "urgent": True, "name": "ไอซ์", "phone": "0640001122"}),

    # Man snatched of his bag in Hat Yai; only a photo of his card on the phone, but the
    # village head sent a letter (Source B condition 2). Sleeps at a temple: not urgent.
    "dev33 southern man robbed photo of card only": Persona(
        ("โดนวิ่งราวกระเป๋าที่หาดใหญ่ครับ", "เงินกับบัตรหายหมด เหลือแต่มือถือ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "บัตรหายไปกับกระเป๋าครับ เหลือแต่รูปถ่ายบัตรในมือถือ ส่งให้ดูได้",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีครับ โทรหาผู้ใหญ่บ้านแล้ว เขาทำหนังสือรับรองส่งมาให้ทางไลน์",
         "current_province": "หาดใหญ่ครับ",
         "home_province": "ชุมพรครับ อ.หลังสวน",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ หลวงพ่อให้พักที่วัดก่อน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "สุไลมานครับ", "phone": "0897001234"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "ชุมพร",
                "travellers": 1, "urgent": False, "name": "สุไลมาน", "phone": "0897001234"}),

    # Held on remand three months, case dismissed; police kept his card, the kamnan wrote
    # a letter. Wants legal advice and a new card (Source A 7.1, 1.1). No bed tonight.
    "dev33 remand released police kept card": Persona(
        ("ผมโดนจับไปขังที่เรือนจำ 3 เดือน พึ่งปล่อยตัว ศาลยกฟ้องครับ",
         "บัตรประชาชนตำรวจยึดไว้ตั้งแต่ตอนจับ ยังไม่ได้คืน ไม่มีเงินกลับบ้าน"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีเงินเลยครับ ค่ารถก็ไม่มี",
         "id_card": "ตำรวจยึดไปครับ ไม่มีบัตรอยู่กับตัว",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีครับ กำนันทำหนังสือรับรองให้ พี่สาวถ่ายรูปส่งมาแล้ว",
         "current_province": "อยู่ราชบุรีครับ",
         "home_province": "ลพบุรีครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากปรึกษากฎหมายเรื่องขอบัตรคืนกับเรื่องคดีครับ แล้วก็อยากทำบัตรใหม่ถ้าเอาคืนไม่ได้",
         "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "วีระครับ", "phone": "0659998877"},
        outcome="case",
        expect={"eligible": True, "current": "ราชบุรี", "home": "ลพบุรี",
                "travellers": 1, "urgent": True,
                "referrals": ["justice_centre", "id_card"],
                "name": "วีระ", "phone": "0659998877"}),

    # Couple whose Ayutthaya factory flooded, with a 3-year-old; card soaked but readable.
    # Someone is sick but she won't say who. In an evacuation centre.
    "dev33 flood family card soaked sick one unnamed": Persona(
        ("น้ำท่วมโรงงานที่อยุธยาค่ะ ตกงานทั้งผัวทั้งเมีย", "อยากพาครอบครัวกลับบ้านที่ชัยภูมิ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ค่ารถกลับบ้านก็ไม่มี",
         "id_card": "มีค่ะ บัตรแช่น้ำตอนน้ำท่วม แต่ยังอ่านออกอยู่",
         "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "อยุธยาค่ะ",
         "home_province": "ชัยภูมิค่ะ",
         "travellers": "3 คนค่ะ ฉัน แฟน แล้วก็ลูก 3 ขวบ",
         "urgent": "ตอนนี้อยู่ศูนย์อพยพค่ะ ยังมีที่นอน",
         "special_needs": "ลูก 3 ขวบค่ะ แล้วก็มีคนป่วยอีกคน ขอไม่บอกนะคะว่าใคร",
         "travel_alone": "ไปด้วยกันได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ไม่สะดวกค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "นกค่ะ", "phone": "0801234987"},
        outcome="case",
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "ชัยภูมิ",
                "travellers": 3, "special": ["child", "sick"],
                "name": "นก", "phone": "0801234987"}),

    # Released two days ago in Nakhon Sawan; won't give his real name, has no phone and
    # offers his sister's. Wants Thai massage training (Source A 5.3).
    "dev33 released prisoner no real name sister phone": Persona(
        ("ออกจากคุกมาได้ 2 วันครับ", "ขอความช่วยเหลือค่ารถกลับบ้านหน่อยครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีเงินค่ารถครับ ตอนนี้อาศัยนอนที่วัด",
         "id_card": "มีครับ ทางเรือนจำคืนให้ตอนออก", "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "นครสวรรค์ครับ",
         "home_province": "บ้านอยู่ตากครับ แม่สอด",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ วัดให้นอนได้",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากเรียนนวดแผนไทยครับ ในเรือนจำเคยเรียนนิดหน่อย อยากทำเป็นอาชีพ",
         "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ขอไม่บอกชื่อจริงได้ไหมครับ เรียกผมว่าเอ็มก็ได้",
         "phone": ("ผมไม่มีโทรศัพท์ครับ", "ใช้เบอร์พี่สาวได้ไหมครับ 0823456789")},
        outcome="case",
        expect={"eligible": True, "current": "นครสวรรค์", "home": "ตาก",
                "travellers": 1, "urgent": False,
                "referrals": ["thai_massage_training"],
                "name": "เอ็ม", "phone": "0823456789"},
        one_part=True),

    # Hotel worker laid off in Phuket who writes mostly in English. No fare home, has a
    # card, room until Sunday: eligible, not urgent.
    "dev33 english speaking hotel worker phuket": Persona(
        ("Hi", "I lost my job at a hotel in Phuket, no money to go home ครับ"),
        {"consent": "ok",
         "hardship": "no money for bus ticket home ครับ",
         "id_card": "yes I have ครับ", "nationality": "Thai ครับ",
         "nationality_letter": "I have ID card ครับ",
         "current_province": "Phuket ครับ",
         "home_province": "Nakhon Sawan ครับ",
         "travellers": "just me ครับ 1 คน",
         "urgent": "not urgent, still have room until Sunday",
         "special_needs": "no ครับ", "travel_alone": "ok ไปเองได้",
         "needs": "no thanks", "sensitive_consent": "ok",
         "confirm": "ok correct ครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "Beam ครับ", "phone": "0899876543"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครสวรรค์",
                "travellers": 1, "urgent": False, "name": "Beam", "phone": "0899876543"}),

    # A friend types for a man just released in Ratchaburi who lost a leg and cannot
    # travel alone (escort, Source B rule 6(3)); wants a prosthesis and the disability
    # allowance (Source A 2.3).
    "dev33 friend writes for disabled released prisoner": Persona(
        ("พิมพ์แทนเพื่อนครับ เพื่อนพึ่งพ้นโทษจากเรือนจำราชบุรี",
         "เพื่อนขาข้างนึงไม่มี ต้องใช้ไม้ค้ำ ไม่มีเงินกลับบ้าน"),
        {"consent": "เพื่อนยินยอมครับ",
         "hardship": "เพื่อนไม่มีเงินค่ารถเลยครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "nationality_letter": "เพื่อนมีบัตรครับ",
         "current_province": "ราชบุรีครับ",
         "home_province": "สระแก้วครับ อรัญ",
         "travellers": "เพื่อนคนเดียวครับ ผมไปส่งไม่ได้",
         "urgent": "คืนนี้ยังนอนบ้านผมได้ครับ",
         "special_needs": "เพื่อนขาขาดข้างนึงครับ เป็นคนพิการ ใช้ไม้ค้ำ",
         "travel_alone": "ไปเองไม่ไหวครับ ต้องมีคนพาไป ขึ้นลงรถลำบาก",
         "needs": "อยากได้ขาเทียมครับ แล้วก็เบี้ยคนพิการ เพื่อนยังไม่ได้ขึ้นทะเบียน",
         "sensitive_consent": "ได้ครับ เพื่อนโอเค",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือให้เพื่อนครับ",
         "name": "เพื่อนชื่อชัยวัฒน์ครับ", "phone": "เบอร์เพื่อน 0612345098 ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ราชบุรี", "home": "สระแก้ว",
                "travellers": 1, "urgent": False,
                "special": ["disabled", "cannot_travel_alone"],
                "referrals": ["disability_devices", "disability_allowance", "travel_escort"],
                "name": "ชัยวัฒน์", "phone": "0612345098"},
        one_part=True),

    # Myanmar construction worker who first half-claims Thai, then says he is Burmese with
    # a pink card. The aid is for Thai nationals only (Source B regulation clause 4).
    "dev33 myanmar worker not thai refused": Persona(
        ("สวัสดีครับ ผมทำงานก่อสร้างที่มหาชัย ตกงานครับ", "ไม่มีเงินกลับบ้าน"),
        {"consent": "ได้ครับ",
         "hardship": "ไม่มีเงินครับ",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ มีแต่บัตรชมพู",
         "nationality": "ผมเป็น... เดี๋ยวครับ จริงๆ ผมเป็นคนพม่าครับ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "สมุทรสาครครับ",
         "home_province": "ญาติอยู่ระนองครับ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้งานครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "จอครับ", "phone": "0948887766"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Thai woman, card lost years ago, no letter and cannot get one ("no letter").
    # Without papers the letter is required (Source B condition 2): refused.
    "dev33 no id card no letter mixed english refused": Persona(
        ("hello ค่ะ", "อยากกลับบ้านค่ะ no money"),
        {"consent": "ok ค่ะ",
         "hardship": "no money ค่ะ ไม่มีค่ารถ",
         "id_card": "no ID card ค่ะ หายนานแล้ว",
         "nationality": "Thai ค่ะ คนไทย",
         "nationality_letter": ("no ค่ะ ไม่มี",
                                "ขอไม่ได้ค่ะ ไม่รู้จักผู้ใหญ่บ้าน ไม่ได้กลับบ้านมาสิบปีแล้ว"),
         "current_province": "bangkok ค่ะ",
         "home_province": "สิงห์บุรีค่ะ",
         "travellers": "1 คนค่ะ", "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "no ค่ะ", "travel_alone": "ok ค่ะ",
         "needs": "no ค่ะ", "sensitive_consent": "ok ค่ะ",
         "confirm": "ok ค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "Fern ค่ะ", "phone": "0917776655"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Office worker with a job, a room and the fare, who just wants a free Songkran ticket:
    # none of the three hardships (Source B criteria): refused.
    "dev33 salaried man wants free songkran ticket refused": Persona(
        ("ขอค่ารถกลับบ้านฟรีได้ไหมครับ", "สงกรานต์นี้จะกลับโคราช"),
        {"consent": "ยินยอมครับ",
         "hardship": "ก็ไม่ได้ลำบากครับ มีงานประจำ มีห้องพัก เงินค่ารถก็มี แค่อยากประหยัด 555",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "กรุงเทพครับ", "home_province": "โคราชครับ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "โอ๊ตครับ", "phone": "0826665544"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Only asks whether the return-home aid costs a fee (Source B: no fee).
    "dev33 asks about fee mixed english": Persona(
        ("สอบถามค่ะ เงินช่วยเหลือกลับภูมิลำเนา มีค่าธรรมเนียมไหมคะ", "is it free?"),
        {"consent": "แค่สอบถามค่ะ", "hardship": "แค่สอบถามค่ะ",
         "idle": "ok ขอบคุณค่ะ", "confirm": "แค่สอบถามค่ะ",
         "name": "ไม่ต้องค่ะ", "phone": "ไม่ต้องค่ะ"},
        outcome="answered",
        answered="ค่าธรรมเนียม"),

    # A friend asks where a released prisoner gets a new ID card (Source A 1.1:
    # the Department of Provincial Administration issues cards to released prisoners).
    "dev33 friend asks new card after release": Persona(
        ("เพื่อนพึ่งพ้นโทษค่ะ อยากถามว่าทำบัตรประชาชนใหม่ได้ที่ไหนคะ บัตรเก่าหาย",),
        {"consent": "แค่ถามให้เพื่อนค่ะ", "hardship": "แค่ถามค่ะ",
         "idle": "ขอบคุณค่ะ", "confirm": "แค่ถามค่ะ",
         "name": "ไม่ต้องค่ะ", "phone": "ไม่ต้องค่ะ"},
        outcome="answered",
        answered="กรมการปกครอง"),
}
