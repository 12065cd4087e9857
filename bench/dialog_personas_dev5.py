"""Development persona set dev5 for bench/dialogs.py.

Written 2026-12-04 from the source documents in /work/shared/seeds/ (the DSDW
officers' manual on เงินสงเคราะห์ช่วยเหลือคนไทยตกทุกข์ได้ยากในประเทศกลับภูมิลำเนาเดิม:
Thai nationality, one of the three hardships, an ID card or else a letter certifying
Thai nationality, urgent = no place to stay, an escort for who cannot travel alone)
without reading the dialog code or its knowledge base. A development set: people who
write unlike the typical personas (third parties typing for someone, dialects, broken
or unspaced Thai, emoji, English words, Thai digits, abbreviations, districts instead of
provinces, indirect answers, fixes at the summary), to find where the bot misreads them.
Answers are keyed as bench/dialogs.py reads them; "travel_alone" ("can you go alone?",
asked of one with a care need) is given where the default "ไปเองได้" would be untrue.
Expectations hold only what a careful officer would conclude from what was said.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # --- third parties typing for someone else -------------------------------------
    "temple boy typing for a novice's mother": Persona(
        ("นมัสการครับ ผมเป็นลูกศิษย์วัด พิมพ์แทนโยมแม่ของสามเณรที่วัดครับ", "ยินยอมครับ",
         "โยมแม่มาเยี่ยมลูกที่วัดแถวบางนา แล้วโดนขโมยกระเป๋าเงิน ไม่มีค่ารถกลับบ้านที่อุบลครับ"),
        {"hardship": "ไม่มีค่ารถกลับบ้านครับ", "id_card": "โยมแม่มีบัตรประชาชนครับ",
         "current_province": "ตอนนี้อยู่วัดแถวบางนาครับ",
         "home_province": "บ้านโยมแม่อยู่อุบลครับ", "travellers": "โยมแม่ไปคนเดียวครับ",
         "urgent": "คืนนี้ให้พักที่วัดได้ครับ ไม่ด่วน", "name": "โยมแม่ชื่อ บัวผัน ครับ",
         "phone": "เบอร์ผมเองนะครับ 0817654321"},
        expect={"current": "กรุงเทพมหานคร", "home": "อุบลราชธานี", "travellers": 1,
                "urgent": False, "special": [], "name": "บัวผัน", "phone": "0817654321"}),
    "nurse typing for an old woman in a wheelchair": Persona(
        ("สวัสดีค่ะ ดิฉันเป็นพยาบาล พิมพ์แทนคุณยายที่มานั่งรอหน้าโรงพยาบาลค่ะ", "ยินยอมค่ะ"),
        {"hardship": "คุณยายไม่มีเงินกลับบ้าน ลูกหลานไม่มารับค่ะ",
         "id_card": "คุณยายมีบัตรประชาชนค่ะ", "current_province": "ตอนนี้อยู่อยุธยาค่ะ",
         "home_province": "บ้านคุณยายอยู่สุพรรณค่ะ",
         "travellers": "คุณยายคนเดียวค่ะ อายุ 78 นั่งรถเข็น ไปเองไม่ได้",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ",
         "special_needs": "นั่งรถเข็น เดินไม่ได้ ต้องมีคนพาไปค่ะ",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีคนพาไป",
         "name": "ยายทองใบ", "phone": "ใช้เบอร์ดิฉันได้ค่ะ 0951239876"},
        expect={"current": "พระนครศรีอยุธยา", "home": "สุพรรณบุรี", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone", "disabled", "elderly"],
                "name": "ยายทองใบ", "phone": "0951239876"}),
    # --- documents ------------------------------------------------------------------
    "wife whose husband took her ID card": Persona(
        ("ช่วยด้วยค่ะ", "ยินยอมค่ะ"),
        {"hardship": "สามีทำร้ายแล้วหนีออกมาค่ะ ไม่มีเงินกลับบ้านเลย",
         "id_card": "บัตรประชาชนสามียึดไปค่ะ",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านที่บ้านทำหนังสือรับรองให้แล้ว",
         "current_province": "ตอนนี้อยู่ปากเกร็ดค่ะ", "home_province": "บ้านอยู่ยโสธรค่ะ",
         "travellers": "2 คนค่ะ หนูกับลูกสาว 5 ขวบ",
         "urgent": "คืนนี้ยังไม่รู้จะนอนไหนค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "needs": "อยากได้ที่พักปลอดภัยคืนนี้ค่ะ", "name": "อรอุมา", "phone": "0634445566"},
        expect={"current": "นนทบุรี", "home": "ยโสธร", "travellers": 2, "urgent": True,
                "special": ["child"], "reason": "หนังสือรับรอง", "name": "อรอุมา",
                "phone": "0634445566"}),
    "employer holds his ID card, no letter (refused)": Persona(
        ("ผมทำสวนยางที่ชุมพรครับ นายจ้างยึดบัตรประชาชนไว้ไม่คืน หนีออกมาแล้ว "
         "ไม่มีค่ารถกลับบ้านที่ศรีสะเกษ", "ยินยอมครับ"),
        {"hardship": "ไม่มีค่ารถกลับบ้านครับ", "id_card": "ไม่มีครับ นายจ้างยึดไว้",
         "nationality_letter": "ไม่มีครับ ไม่มีเอกสารอะไรเลย",
         "current_province": "อยู่ชุมพรครับ", "home_province": "บ้านอยู่ศรีสะเกษครับ",
         "travellers": "คนเดียวครับ", "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "name": "ทองดี", "phone": "0845556677"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),
    "pickpocketed, no card and no letter (refused)": Persona(
        ("โดนล้วงกระเป๋าครับ บัตรประชาชนหาย เงินก็หายหมด", "ยินยอมครับ"),
        {"hardship": "ไม่มีค่ารถกลับบ้านครับ", "id_card": "ไม่มีครับ หายไปกับกระเป๋า",
         "nationality_letter": ("หนังสือรับรองอะไรครับ ไม่มีครับ", "ไม่มีครับ"),
         "current_province": "ตอนนี้อยู่หัวลำโพงครับ", "home_province": "บ้านอยู่ลำปางครับ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ นอนบ้านเพื่อนได้",
         "name": "ธีรพงษ์", "phone": "0826663311"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),
    # --- nationality and hardship refusals -------------------------------------------
    "Myanmar worker with a pink card (refused)": Persona(
        ("สวัสดีครับ ผมเป็นคนพม่า ทำงานโรงงานที่มหาชัย", "ยินยอม"),
        {"hardship": "ตกงาน ไม่มีเงินกลับบ้านครับ",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ มีบัตรชมพู",
         "nationality_letter": "ไม่มีครับ ผมไม่ใช่คนไทย",
         "current_province": "อยู่สมุทรสาครครับ", "home_province": "บ้านอยู่เมียวดี พม่าครับ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ",
         "name": "ซอ วิน", "phone": "0987001122"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),
    "Lao widow of a Thai man (refused)": Persona(
        ("สะบายดีเด้อ ข้อยเป็นคนลาว แต่งงานกับคนไทย ผัวเสียแล้ว "
         "บ่มีเงินไปบ้านผัวที่หนองคาย", "ยินยอม"),
        {"hardship": "บ่มีเงินค่ารถ", "id_card": "บ่มีบัตรไทย มีแต่พาสปอร์ตลาว",
         "nationality_letter": "บ่มี ข้อยบ่แม่นคนไทย",
         "current_province": "ตอนนี้อยู่ชลบุรี", "home_province": "จะไปหนองคาย",
         "travellers": "คนเดียว", "urgent": "บ่ด่วน", "name": "คำพอน",
         "phone": "0935550101"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),
    "has money, just wants a free Songkran ride (refused)": Persona(
        ("สวัสดีครับ สงกรานต์นี้จะกลับบ้านที่อุดร รัฐช่วยค่ารถไหมครับ", "ยินยอม"),
        {"hardship": "ไม่ได้เดือดร้อนอะไรครับ มีงานทำ มีเงินเดือน มีห้องพัก "
                     "แค่อยากได้ค่ารถฟรี",
         "id_card": "มีครับ", "current_province": "ตอนนี้อยู่กทมครับ",
         "home_province": "บ้านอยู่อุดรครับ", "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ", "name": "ณัฐวุฒิ", "phone": "0899012345"},
        outcome="refused",
        expect={"eligible": False}),
    # --- who travels and who needs care ----------------------------------------------
    "trans woman thrown out by her aunt": Persona(
        ("สวัสดีค่ะ", "โอเคค่ะ",
         "หนูเป็นสาวข้ามเพศค่ะ อยู่บ้านน้าที่พัทยา น้ารับไม่ได้เลยไล่ออกมา "
         "อยากกลับไปอยู่กับยายที่มุกดาหาร แต่ไม่มีเงินค่ารถเลยค่ะ"),
        {"consent": "โอเคค่ะ", "hardship": "ไม่มีเงินค่ารถกลับบ้านยายค่ะ",
         "id_card": "มีค่ะ แต่ชื่อในบัตรเป็นชื่อผู้ชายนะคะ",
         "current_province": "ตอนนี้อยู่พัทยาค่ะ", "home_province": "บ้านยายอยู่มุกดาหารค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "เมื่อคืนนอนป้ายรถเมล์ค่ะ คืนนี้ก็ยังไม่มีที่ไป",
         "name": "ชื่อในบัตร ธนากร ค่ะ เรียกหนูว่ามายด์ก็ได้", "phone": "0921234567"},
        expect={"current": "ชลบุรี", "home": "มุกดาหาร", "travellers": 1, "urgent": True,
                "special": [], "phone": "0921234567"}),
    "deaf man typing broken Thai": Persona(
        ("ผม หู หนวก พิมพ์ ไม่ เก่ง", "ยินยอม",
         "ไม่มี เงิน กลับ บ้าน ตรัง อยู่ หาดใหญ่ มี บัตร"),
        {"hardship": "ไม่มี เงิน กลับ บ้าน", "id_card": "มี บัตร",
         "current_province": "อยู่ หาดใหญ่", "home_province": "บ้าน ตรัง",
         "travellers": "คน เดียว", "urgent": "นอน สถานี รถไฟ ไม่มี ที่ นอน",
         "special_needs": "หู หนวก พูด ไม่ได้", "name": "สมศักดิ์",
         "phone": "โทร ไม่ได้ ส่ง ข้อความ 095-222-3344", "confirm": "ถูก"},
        expect={"current": "สงขลา", "home": "ตรัง", "travellers": 1, "urgent": True,
                "special": ["disabled"], "name": "สมศักดิ์", "phone": "0952223344"}),
    "grandfather with two grandchildren, one thing per message": Persona(
        ("สวัสดีครับ", "ตกลงครับ"),
        {"consent": "ตกลงครับ", "idle": "อยากขอความช่วยเหลือค่ารถครับ",
         "hardship": "ลูกสาวทิ้งหลานไว้ให้ ไม่มีเงินพาหลานกลับบ้านครับ",
         "id_card": "มีบัตรครับ", "current_province": "ตอนนี้อยู่รังสิตครับ",
         "home_province": "บ้านอยู่ร้อยเอ็ดครับ",
         "travellers": "3 คนครับ ผมอายุ ๖๗ หลานสองคน 7 ขวบกับ 4 ขวบ",
         "urgent": "มีที่ซุกหัวนอนอยู่ครับ", "name": "ตาเปลี่ยน", "phone": "0898765432"},
        one_part=True,
        expect={"current": "ปทุมธานี", "home": "ร้อยเอ็ด", "travellers": 3,
                "urgent": False, "special": ["child", "elderly"], "name": "ตาเปลี่ยน",
                "phone": "0898765432"}),
    "mother with twins (count implied)": Persona(
        ("หนูอยู่มหาชัยค่ะ ตกงาน ไม่มีเงินพาลูกกลับบ้านที่สกลนคร", "ยินยอมค่ะ"),
        {"hardship": "ไม่มีเงินค่ารถค่ะ", "id_card": "มีค่ะ",
         "current_province": "ตอนนี้อยู่มหาชัยค่ะ", "home_province": "บ้านอยู่สกลนครค่ะ",
         "travellers": "หนูกับลูกแฝดค่ะ ลูก 2 ขวบ",
         "urgent": "ห้องเช่ายังอยู่ได้ถึงสิ้นเดือนค่ะ", "name": "จันทร์เพ็ญ",
         "phone": "086-555-1212"},
        expect={"current": "สมุทรสาคร", "home": "สกลนคร", "travellers": 3,
                "urgent": False, "special": ["child"], "name": "จันทร์เพ็ญ",
                "phone": "0865551212"}),
    "man just out of a psychiatric hospital": Persona(
        ("สวัสดีครับ ผมเพิ่งออกจากโรงพยาบาลจิตเวชเมื่อวาน", "ยินยอม"),
        {"hardship": "ไม่มีเงินค่ารถกลับบ้านครับ ญาติไม่มีใครมารับ", "id_card": "มีครับ",
         "current_province": "ตอนนี้อยู่นนท์ครับ", "home_province": "บ้านอยู่พิดโลกครับ",
         "travellers": "คนเดียวครับ แต่หมอบอกว่าไม่ควรเดินทางคนเดียว",
         "urgent": "มูลนิธิให้พักได้ 3 วันครับ",
         "special_needs": "ป่วยเป็นโรคจิตเภท ต้องกินยาทุกวัน หมอบอกไม่ควรเดินทางคนเดียว",
         "travel_alone": "ไม่ไหวครับ หมอบอกต้องมีคนพาไป",
         "sensitive_consent": "ยินยอมครับ", "needs": "อยากรับยาต่อที่โรงพยาบาลใกล้บ้าน",
         "name": "วิชัย", "phone": "0813337788"},
        expect={"current": "นนทบุรี", "home": "พิษณุโลก", "travellers": 1,
                "urgent": False, "special": ["cannot_travel_alone", "sick"],
                "name": "วิชัย", "phone": "0813337788"}),
    "injured builder in a cast, fixes his name": Persona(
        ("ผมทำงานก่อสร้างที่มาบตาพุด ตกนั่งร้านแขนหัก ใส่เฝือกอยู่ นายจ้างไม่จ่ายเงิน"
         "แล้วไล่ออกจากแคมป์ ไม่มีค่ารถกลับกาฬสินธุ์ครับ", "ยินยอมครับ"),
        {"hardship": "ไม่มีค่ารถกลับบ้านครับ", "id_card": "มีครับ",
         "current_province": "อยู่ระยองครับ", "home_province": "บ้านอยู่กาฬสินธุ์ครับ",
         "travellers": "คนเดียวครับ", "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "special_needs": "แขนหักใส่เฝือก เดินเองได้ครับ", "sensitive_consent": "ยินยอมครับ",
         "needs": "อยากให้ช่วยเรื่องนายจ้างไม่จ่ายค่าแรง", "name": "ประเสิรฐ",
         "phone": "0829990011", "confirm": ("ชื่อผิดครับ ที่ถูกคือ ประเสริฐ", "ถูกต้องครับ")},
        expect={"current": "ระยอง", "home": "กาฬสินธุ์", "travellers": 1, "urgent": True,
                "special": ["sick"], "name": "ประเสริฐ", "phone": "0829990011"}),
    "family of six with a grandmother and three kids": Persona(
        ("สวัสดีครับ", "ยินยอมครับ",
         "ผมตกงาน อยู่บางพลี จะพาครอบครัวกลับบุรีรัมย์ แต่ไม่มีค่ารถครับ"),
        {"hardship": "ไม่มีค่ารถครับ", "id_card": "มีครับ",
         "current_province": "อยู่บางพลีครับ", "home_province": "บ้านอยู่บุรีรัมย์ครับ",
         "travellers": "6 คนครับ ผม เมีย แม่ยายอายุ 70 ลูก 3 คน 10 ขวบ 8 ขวบ 1 ขวบ",
         "urgent": "ยังมีที่ซุกหัวนอนอยู่ครับ", "name": "บุญเลิศ", "phone": "0971230099"},
        expect={"current": "สมุทรปราการ", "home": "บุรีรัมย์", "travellers": 6,
                "urgent": False, "special": ["child", "elderly"], "name": "บุญเลิศ",
                "phone": "0971230099"}),
    "pregnant woman left by her boyfriend": Persona(
        ("หนูท้อง 7 เดือนค่ะ แฟนทิ้งไป ไม่มีเงินกลับบ้าน", "ยินยอมค่ะ"),
        {"hardship": "ไม่มีเงินค่ารถกลับบ้านค่ะ", "id_card": "มีค่ะ",
         "current_province": "ตอนนี้อยู่ศรีราชาค่ะ", "home_province": "บ้านอยู่นครศรีฯ ค่ะ",
         "travellers": "หนูคนเดียวค่ะ",
         "urgent": "โดนไล่ออกจากห้องแล้วค่ะ ตอนนี้นั่งอยู่หน้าเซเว่น",
         "special_needs": "ท้อง 7 เดือนค่ะ", "name": "ชื่อ น้ำฝน ค่ะ",
         "phone": "0614567890"},
        expect={"current": "ชลบุรี", "home": "นครศรีธรรมราช", "travellers": 1,
                "urgent": True, "special": ["pregnant"], "name": "น้ำฝน",
                "phone": "0614567890"}),
    # --- how people write places, numbers and answers ---------------------------------
    "student mixing English words, +66 phone": Persona(
        ("Hi ค่ะ",),
        {"consent": "ok ค่ะ", "idle": "อยากขอ help เรื่องค่ารถกลับบ้านค่ะ",
         "hardship": "เป็นนักศึกษาค่ะ ที่บ้านส่ง money มาไม่ได้แล้ว ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีค่ะ", "current_province": "ตอนนี้อยู่ Chiang Mai ค่ะ",
         "home_province": "บ้านอยู่ยะลาค่ะ", "travellers": "1 คนค่ะ อายุ 20",
         "urgent": "อยู่หอได้ค่ะ not urgent", "name": "ฟ้าใส", "phone": "+66 84 567 1234",
         "confirm": "yes ค่ะ"},
        expect={"current": "เชียงใหม่", "home": "ยะลา", "travellers": 1, "urgent": False,
                "special": [], "name": "ฟ้าใส", "phone": "0845671234"}),
    "districts and sub-districts, no province": Persona(
        ("สวัสดีค่ะ", "ยินยอม"),
        {"hardship": "ไม่มีค่าพาหนะกลับบ้านค่ะ", "id_card": "มีค่ะ",
         "current_province": ("ตอนนี้อยู่ ต.แม่ปะ อ.แม่สอด ค่ะ", "จังหวัดตากค่ะ"),
         "home_province": ("บ้านอยู่ ต.ในเมือง อ.บ้านไผ่ ค่ะ", "จังหวัดขอนแก่นค่ะ"),
         "travellers": "คนเดียวค่ะ", "urgent": "มีที่พักอยู่ค่ะ ไม่ด่วน",
         "name": "สุดารัตน์", "phone": "0935557788"},
        expect={"current": "ตาก", "home": "ขอนแก่น", "travellers": 1, "urgent": False,
                "special": [], "name": "สุดารัตน์", "phone": "0935557788"}),
    "abbreviations and Thai digits": Persona(
        ("ขอความช่วยเหลือครับ", "ยินยอม", "อยู่ กทม ครับ ไม่มีค่ารถกลับ สฎ มีบัตร ปชช"),
        {"hardship": "ไม่มีค่ารถครับ", "id_card": "มีบัตร ปชช ครับ",
         "current_province": "อยู่ กทม ครับ", "home_province": "บ้านอยู่ สฎ ครับ",
         "travellers": "๒ คนครับ ผมกับเมีย", "urgent": "ไม่ด่วนครับ", "name": "ชาญ",
         "phone": "๐๘๓-๔๕๖-๗๘๙๐"},
        expect={"current": "กรุงเทพมหานคร", "home": "สุราษฎร์ธานี", "travellers": 2,
                "urgent": False, "special": [], "name": "ชาญ", "phone": "0834567890"}),
    "emoji everywhere, นม and อบ": Persona(
        ("😭😭 ช่วยด้วยค่ะ",),
        {"consent": ("👍", "ยินยอมค่ะ 🙏"), "idle": "ขอความช่วยเหลือค่ะ 🙏",
         "hardship": "ไม่มีตังค์กลับบ้าน 😢🚌", "id_card": "มีค่ะ 🪪",
         "current_province": "อยู่ นม ค่ะ 📍", "home_province": "บ้านอยู่ อบ 🏠",
         "travellers": "คนเดียวค่ะ 🙋‍♀️", "urgent": "คืนนี้ไม่มีที่นอน 😭",
         "name": "ปู 🦀", "phone": "0887776655 📱", "confirm": "👍"},
        expect={"current": "นครราชสีมา", "home": "อุบลราชธานี", "travellers": 1,
                "urgent": True, "special": [], "name": "ปู", "phone": "0887776655"}),
    "voice-to-text without spaces (จังหวัดเลย)": Persona(
        ("สวัสดีครับผมอยู่ที่สถานีขนส่งหมอชิตไม่มีเงินค่ารถกลับบ้านที่จังหวัดเลยครับ"
         "มีบัตรประชาชนครับ", "ยินยอมครับ"),
        {"hardship": "ไม่มีเงินค่ารถกลับบ้านครับ", "id_card": "มีบัตรประชาชนครับ",
         "current_province": "อยู่หมอชิตกรุงเทพครับ", "home_province": "บ้านอยู่จังหวัดเลยครับ",
         "travellers": "ไปคนเดียวครับ", "urgent": "คืนนี้ไม่มีที่นอนครับต้องนอนที่ขนส่ง",
         "name": "ชื่อสมบัติครับเบอร์0891234567ครับ", "phone": "เบอร์0891234567ครับ"},
        expect={"current": "กรุงเทพมหานคร", "home": "เลย", "travellers": 1, "urgent": True,
                "special": [], "name": "สมบัติ", "phone": "0891234567"}),
    "fixes the count at the summary": Persona(
        ("สวัสดีค่ะ อยู่ศาลายา ไม่มีเงินค่ารถกลับบ้านที่แพร่ค่ะ", "ยินยอมค่ะ"),
        {"hardship": "ไม่มีเงินค่ารถค่ะ", "id_card": "มีบัตรค่ะ",
         "current_province": "นครปฐมค่ะ", "home_province": "บ้านอยู่แพร่ค่ะ",
         "travellers": "2 คนค่ะ หนูกับแม่", "urgent": "ไม่ด่วนค่ะ ยังพักบ้านเพื่อนได้",
         "special_needs": "ไม่มีค่ะ", "name": "กาญจนา", "phone": "0659998877",
         "confirm": ("ไม่ใช่ค่ะ ไป 3 คน ลืมนับน้องสาว", "ถูกต้องค่ะ")},
        expect={"current": "นครปฐม", "home": "แพร่", "travellers": 3, "urgent": False,
                "name": "กาญจนา", "phone": "0659998877"}),
    "southern dialect (หลบบ้าน), สุราษฎร์": Persona(
        ("ไม่มีตังค์หลบบ้านพัทลุงแล้วหนา อยู่สุราษฎร์ มีบัตรอยู่", "ได้ครับ"),
        {"consent": "ได้ครับ", "hardship": "ไม่มีตังค์หลบบ้านครับ", "id_card": "มีบัตรครับ",
         "current_province": "อยู่สุราษฎร์ครับ", "home_province": "บ้านอยู่พัทลุงครับ",
         "travellers": "คนเดียวครับ", "urgent": "คืนนี้ไม่มีที่หลับที่นอนแล้วครับ",
         "name": "เอียด", "phone": "0801112222"},
        expect={"current": "สุราษฎร์ธานี", "home": "พัทลุง", "travellers": 1,
                "urgent": True, "special": [], "name": "เอียด", "phone": "0801112222"}),
    "northern dialect (ปิ๊กบ้าน), fixes the phone after": Persona(
        ("สวัสดีเจ้า", "ยินยอมเจ้า"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีสตางค์ปิ๊กบ้านเจ้า", "id_card": "มีเจ้า",
         "current_province": "ตอนนี้อยู่ลำพูนเจ้า", "home_province": "บ้านอยู่น่านเจ้า",
         "travellers": "ไปคนเดียวเจ้า", "urgent": "ยังมีห้องอยู่เจ้า บ่ด่วน",
         "name": "คำแก้ว", "phone": "0861112234", "confirm": "ถูกแล้วเจ้า"},
        after=("เบอร์ผิดเจ้า เบอร์ที่ถูกคือ 0861112233",),
        expect={"current": "ลำพูน", "home": "น่าน", "travellers": 1, "urgent": False,
                "special": [], "name": "คำแก้ว", "phone": "0861112233"}),
}
