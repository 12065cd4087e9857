"""Blind persona set dev85 for bench/dialogs.py.

Date: 2026-12-07. Written from the seeds only.

Focus: elderly people and old couples in their 70s and 80s stranded far from home,
often travelling together or with a grandchild; children, grandchildren, a neighbour
or a volunteer writing for them from another province; Northern Thai (คำเมือง) and
Isan speech, slow step-by-step answers, trouble hearing or seeing, walking sticks and
wheelchairs; several who cannot say their own phone number and give a relative's.
Refusals follow the seeds: not Thai, no card and no certifying letter, already at home.
Questions are answered from the seeds (elderly hardship grant, hotline, disability allowance).

Counts: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Granddaughter in Chiang Mai writes for her grandparents (76, 73) robbed at Mo Chit,
    # home Chiang Rai, cards kept, nowhere to sleep -> case, urgent, 2 elderly.
    "dev85 granddaughter for Chiang Rai grandparents robbed at Mo Chit": Persona(
        ("สวัสดีค่ะ",
         "หนูเป็นหลานค่ะ อยู่เชียงใหม่ ป้ออุ้ยกับแม่อุ้ยโดนล้วงกระเป๋าตังที่หมอชิต😭😭",
         "ตอนนี้นั่งรออยู่ในสถานีขนส่ง โทรมาหาหนูด้วยโทรศัพท์คนแถวนั้น",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "เงินหมดเลยค่ะ ไม่มีค่ารถปิ๊กบ้าน คืนนี้ก็ไม่มีที่นอน",
         "id_card": "มีค่ะ บัตรอยู่ในถุงผ้าแม่อุ้ย ไม่ได้หายไปกับกระเป๋าตัง",
         "current_province": "กรุงเทพค่ะ หมอชิต",
         "home_province": "เชียงรายค่ะ อ.เวียงป่าเป้า",
         "travellers": "2 คนค่ะ ป้ออุ้ย 76 แม่อุ้ย 73 ป้ออุ้ยเดินถือไม้เท้า",
         "travel_alone": "ไปกันสองคนได้ค่ะ ขอแค่มีคนพาขึ้นรถถูกคัน",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอนจริงๆ",
         "name": "แม่อุ้ยชื่อ บัวแก้ว ค่ะ แม่อุ้ยไม่มีโทรศัพท์ ใช้เบอร์หนู 0895512467",
         "phone": "0895512467 เบอร์หนูค่ะ",
         "needs": "ไม่มีแล้วค่ะ ขอให้ได้กลับบ้านก่อน",
         "confirm": "ถูกต้องค่ะ ขอบคุณมากๆนะคะ🙏"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 2, "urgent": True, "special": ["elderly"],
                "name": "บัวแก้ว", "phone": "0895512467", "no_referrals": HEALTH}),

    # Granddaughter in Khon Kaen writes for grandma (82, stick, poor sight) let go as a
    # nanny in Pattaya, sleeping at a temple for now -> case, not urgent, 1 elderly.
    "dev85 granddaughter for grandma 82 let go as nanny in Pattaya": Persona(
        ("สวัสดีค่ะ หนูเป็นหลานนะคะ อยู่ขอนแก่น ยายหนูอายุ82แล้ว ไปรับจ้างเลี้ยงเด็กที่พัทยา"
         " นายจ้างให้ออกแล้วไม่จ่ายเงินเดือนสุดท้าย ตอนนี้ยายไปขออาศัยอยู่วัดแถวบางละมุง"
         " หลวงพ่อให้นอนได้2-3คืน ยายไม่มีเงินค่ารถกลับบ้านเลยค่ะ หนูก็ตกงานอยู่ส่งเงินให้ยายไม่ได้😢",
         "ยายมีบัตรประชาชนนะคะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ยายไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ ยังไม่หมดอายุ",
         "current_province": "ชลบุรีค่ะ บางละมุง",
         "home_province": "ขอนแก่นค่ะ อ.ชุมแพ",
         "travellers": "ยายคนเดียวค่ะ",
         "special_needs": "ยายเดินต้องใช้ไม้เท้า ตาฝ้าฟางมองป้ายรถไม่เห็น",
         "more_care": "หูยังดีอยู่ค่ะ คุยโทรศัพท์ได้",
         "travel_alone": "ไม่ค่อยได้ค่ะ กลัวยายขึ้นรถผิดแล้วหลง",
         "urgent": "คืนนี้ยังนอนวัดได้ค่ะ แต่อยู่นานไม่ได้",
         "name": "ยายชื่อ ทองใบ ค่ะ ยายไม่มีมือถือ ใช้เบอร์หนู 0931457788",
         "phone": "0931457788",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ขอนแก่น", "travellers": 1,
                "urgent": False, "special": ["elderly", "cannot_travel_alone"], "name": "ทองใบ",
                "phone": "0931457788", "no_referrals": ("hiv_aid", "mental_health_care")}),

    # Isan grandpa (77, hard of hearing) left on his own in Rayong after a building job,
    # home Roi Et, gives his son's number; one fact per message -> case, urgent.
    "dev85 Isan grandpa 77 hard of hearing in Rayong, one part": Persona(
        ("สวัสดีครับ", "ข่อยอายุ77แล้วครับ", "หูบ่ค่อยได้ยิน พิมพ์ซ้าๆเด้อ"),
        {"consent": "ยินยอมครับ",
         "idle": "บ่มีค่ารถเมือบ้านครับ",
         "hardship": "บ่มีเงินค่ารถครับ",
         "id_card": "มีบัตรครับ",
         "current_province": "ระยองครับ",
         "home_province": "ร้อยเอ็ดครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "หูตึงครับ",
         "more_care": "บ่มีแล้วครับ",
         "travel_alone": "ไปได้ครับ",
         "urgent": "คืนนี้นอนศาลารอรถครับ",
         "name": "สี ทองมา",
         "phone": "จำเบอร์ตัวเองบ่ได้ครับ เบอร์ลูกชาย 0817762390",
         "needs": "บ่มีครับ",
         "confirm": "แม่นแล้วครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": ["elderly"], "name": "สี ทองมา",
                "phone": "0817762390", "no_referrals": HEALTH},
        one_part=True),

    # Son in Bangkok writes for parents (75, and 71 in a wheelchair after a stroke) stuck
    # in Hat Yai, home Nakhon Phanom, wheelchair broken, room until the 15th
    # -> case, not urgent, elderly + disabled, assistive devices offered.
    "dev85 son for parents in Hat Yai, mother in broken wheelchair": Persona(
        ("สวัสดีครับ ขอสอบถามเรื่องช่วยค่ารถกลับบ้านให้พ่อแม่ครับ", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ยินยอมครับ",
         "hardship": "พ่อแม่ไปหาน้องสาวที่หาดใหญ่ น้องไปทำงานมาเลแล้วติดต่อไม่ได้"
                     " พ่อแม่ไม่มีเงินค่ารถกลับบ้านครับ ผมเองก็ส่งไม่ไหว",
         "id_card": "มีทั้งคู่ครับ แม่มีบัตรคนพิการด้วย",
         "current_province": "หาดใหญ่ครับ จ.สงขลา",
         "home_province": "นครพนมครับ อ.ธาตุพนม",
         "travellers": "2 คนครับ พ่อ 75 แม่ 71 แม่เป็นอัมพฤกษ์ซีกขวา นั่งวีลแชร์",
         "special_needs": "แม่ต้องนั่งวีลแชร์ ขึ้นรถทัวร์เองไม่ได้ ต้องมีคนยก",
         "more_care": "ล้อวีลแชร์แตกครับ เข็นแทบไม่ไป",
         "travel_alone": "พ่อแก่แล้วครับ ยกแม่คนเดียวไม่ไหว",
         "urgent": "ยังพักห้องน้องสาวได้ถึงวันที่ 15 ครับ ไม่ถึงกับคืนนี้",
         "name": "พ่อชื่อ สมพงษ์ ครับ เบอร์พ่อ 0862315590",
         "phone": "0862315590",
         "needs": "อยากได้วีลแชร์ใหม่ให้แม่ครับ ตัวเก่าล้อแตก",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "นครพนม", "travellers": 2,
                "urgent": False, "special": ["elderly", "disabled", "cannot_travel_alone"],
                "referrals": ["disability_devices"], "name": "สมพงษ์",
                "phone": "0862315590", "no_referrals": ("hiv_aid",)}),

    # Neighbour in Nan writes for an old couple (80, 78) in Phuket who spent everything
    # visiting their arrested daughter; slept at the police station -> case, urgent.
    "dev85 Nan neighbour for old couple stuck in Phuket": Persona(
        ("สวัสดีค่ะ ป้าเป็นเพื่อนบ้านลุงแก้วกับป้าป้อนที่น่านค่ะ ลุงกะป้าไปภูเก็ตไปหาลูกสาวที่โดนตำรวจจับ"
         " เงินที่เอาไปหมดแล้ว ลุงโทรมาร้องไห้ เมื่อคืนนอนม้านั่งหน้าโรงพัก คืนนี้ก็ไม่มีที่นอน"
         " ป้าก็ไม่มีเงินโอนให้ ช่วยลุงกับป้าหน่อยนะคะ🙏🙏",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับ ไม่มีที่นอนค่ะ",
         "id_card": "มีบัตรค่ะทั้งสองคน ลุงถ่ายรูปส่งมาให้ดูแล้ว",
         "current_province": "ภูเก็ตค่ะ",
         "home_province": "น่านค่ะ อ.ปัว",
         "travellers": "2 คนค่ะ ลุงแก้ว 80 ป้าป้อน 78",
         "special_needs": "ลุงหูตึงต้องพูดดังๆ เดินช้าถือไม้เท้า",
         "travel_alone": "สองคนไปกันเองได้ค่ะ ขอแค่มีตั๋ว",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "name": "ป้อน ค่ะ ใช้เบอร์ลุงแก้ว 0649912083 ป้าป้อนไม่มีโทรศัพท์",
         "phone": "0649912083",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "น่าน", "travellers": 2,
                "urgent": True, "special": ["elderly"], "phone": "0649912083",
                "no_referrals": ("hiv_aid", "mental_health_care")}),

    # Isan grandpa (73) with grandson (8) in Samut Prakan, the boy's mother moved away,
    # home Sakon Nakhon, 40 baht left -> case, urgent, elderly + child.
    "dev85 grandpa 73 with grandson 8 in Samut Prakan": Persona(
        ("สวัสดีครับ",
         "พ่อใหญ่พาหลานมาหาแม่มันที่สมุทรปราการ แม่มันย้ายห้องหนีไปแล้ว โทรบ่ติด",
         "บ่มีเงินเมือสกลฯครับ เหลือ 40 บาท"),
        {"consent": "ยินยอมครับ",
         "hardship": "บ่มีค่ารถเมือบ้านครับ บ่มีบ่อนนอนนำ",
         "id_card": "พ่อใหญ่มีบัตรครับ หลานยังบ่มี",
         "current_province": "สมุทรปราการ บางพลีครับ",
         "home_province": "สกลนครครับ อ.วานรนิวาส",
         "travellers": "2 คนครับ พ่อใหญ่ 73 กับหลานชาย 8 ขวบ",
         "special_needs": "บ่มีครับ หลานหิวข้าวแล้ว",
         "travel_alone": "ไปได้ครับ",
         "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอน",
         "name": "ประสิทธิ์ 0955608147",
         "phone": "0955608147",
         "needs": "บ่มีครับ",
         "confirm": "แม่นแล้วครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "สกลนคร",
                "travellers": 2, "urgent": True, "special": ["elderly", "child"],
                "name": "ประสิทธิ์", "phone": "0955608147", "no_referrals": HEALTH}),

    # Blind lottery seller (68) left by his guide-nephew in Chanthaburi, home Yasothon,
    # not registered as disabled, room paid to month's end -> case, not urgent,
    # elderly + disabled, disability allowance offered.
    "dev85 blind lottery seller 68 left in Chanthaburi": Persona(
        ("สวัสดีครับ ผมตาบอดนะครับ ใช้โปรแกรมอ่านหน้าจอกับพูดพิมพ์ อาจจะผิดบ้าง",
         "ผมขายลอตเตอรี่อยู่จันทบุรี หลานที่จูงผมเขาทิ้งผมกลับไปแล้ว เอาเงินทุนไปด้วย"
         " อยากกลับบ้านที่ยโสธรครับ ไม่มีค่ารถ"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ไม่มีรายได้แล้ว",
         "id_card": "บัตรประชาชนมีครับ",
         "current_province": "จันทบุรีครับ",
         "home_province": "ยโสธรครับ อ.เลิงนกทา",
         "travellers": "คนเดียวครับ อายุ 68",
         "special_needs": "ตาบอดสนิทครับ ต้องมีคนพาขึ้นรถ",
         "more_care": "ลงรถที่ยโสธรก็ต้องมีคนรับครับ",
         "travel_alone": "ไปคนเดียวไม่ได้ครับ มองไม่เห็นเลย",
         "urgent": "ห้องเช่ายังอยู่ได้ถึงสิ้นเดือนครับ",
         "name": "บุญเลิศ ๐๘๑๓๓๔๗๙๐๒",
         "phone": "๐๘๑๓๓๔๗๙๐๒",
         "needs": "บัตรคนพิการผมยังไม่เคยทำเลยครับ ไม่เคยได้เบี้ยคนพิการ อยากได้",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "ยโสธร", "travellers": 1,
                "urgent": False, "special": ["elderly", "disabled", "cannot_travel_alone"],
                "referrals": ["disability_allowance"], "name": "บุญเลิศ",
                "phone": "0813347902", "no_referrals": ("hiv_aid", "mental_health_care")}),

    # Social development volunteer finds a forgetful grandma (85) at Hua Lamphong, card
    # says Lampang, no money, no bed -> case, urgent, cannot travel alone.
    "dev85 volunteer for forgetful grandma 85 at Hua Lamphong": Persona(
        ("สวัสดีค่ะ ดิฉันเป็น อพม. เขตปทุมวัน เจอคุณยายนั่งอยู่หน้าหัวลำโพงตั้งแต่เช้า"
         " คุณยายจำอะไรไม่ค่อยได้ พูดคำเมือง ถามได้ความว่าจะปิ๊กบ้าน"
         " ในกระเป๋ามีบัตรประชาชน ที่อยู่ อ.เกาะคา จ.ลำปาง อายุ 85 ค่ะ",
         "ไม่มีเงินติดตัวเลย มีเหรียญสิบอยู่สองเหรียญ",
         "ยินยอมค่ะ (ขอแทนคุณยายนะคะ)"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีที่พักค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ ยังไม่หมดอายุ",
         "current_province": "กรุงเทพฯ ค่ะ หัวลำโพง",
         "home_province": "ลำปางค่ะ ตามที่อยู่ในบัตร",
         "travellers": "คุณยายคนเดียวค่ะ",
         "special_needs": "คุณยายหลงๆลืมๆ เดินช้าค่ะ",
         "more_care": "ถามชื่อลูกหลานก็ตอบไม่ได้ค่ะ",
         "travel_alone": "ไม่ได้แน่นอนค่ะ ต้องมีเจ้าหน้าที่ไปส่ง",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "name": "คุณยายชื่อ บัวผัน ตามบัตรค่ะ คุณยายไม่มีโทรศัพท์ ติดต่อดิฉันได้ 0628840153",
         "phone": "0628840153",
         "needs": "ถ้ามีหน่วยงานที่ลำปางช่วยตามหาญาติได้ก็ดีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "special": ["elderly", "cannot_travel_alone"],
                "name": "บัวผัน", "phone": "0628840153", "no_referrals": ("hiv_aid",)}),

    # Northern grandma (72) left behind by a temple tour bus in Ayutthaya, home Phayao,
    # answers slowly one thing at a time, phone in Thai digits -> case, urgent.
    "dev85 kham mueang grandma 72 left by tour bus in Ayutthaya, one part": Persona(
        ("สวัสดีเจ้า", "แม่อุ้ยอายุ72แล้วเจ้า"),
        {"consent": "ยินยอมเจ้า",
         "idle": "รถทัวร์ทิ้งแม่อุ้ยไว้เจ้า",
         "hardship": "บ่มีสตางค์ปิ๊กบ้านเจ้า",
         "id_card": "มีบัตรเจ้า",
         "current_province": "อยุธยาเจ้า",
         "home_province": "พะเยาเจ้า",
         "travellers": "ผู้เดียวเจ้า",
         "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปได้เจ้า",
         "urgent": "คืนนี้บ่มีตี้นอนเจ้า",
         "name": "จันทร์ดี",
         "phone": "๐๘๔๗๒๑๖๖๓๙",
         "needs": "บ่มีเจ้า",
         "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "พะเยา",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "จันทร์ดี", "phone": "0847216639", "no_referrals": HEALTH},
        one_part=True),

    # Laid-off son in Bangkok writes for parents (79, 76) robbed on a merit trip in
    # Nong Khai, home Surat Thani, a temple lets them stay -> case, not urgent.
    "dev85 son for Surat Thani parents robbed on merit trip in Nong Khai": Persona(
        ("สวัสดีครับ ผมพิมพ์แทนพ่อกับแม่นะครับ ผมอยู่กทม. พ่อแม่ผมอายุ 79 กับ 76"
         " ไปทำบุญที่หนองคายกับทัวร์วัด เงินในกระเป๋าโดนขโมยที่ที่พัก ทัวร์กลับไปก่อนแล้ว"
         " ตอนนี้พ่อแม่กลับบ้านที่สุราษฎร์ไม่ได้ ไม่มีเงินเลย ผมเพิ่งโดนเลิกจ้างส่งเงินไปไม่ได้ครับ",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "บัตรประชาชนยังอยู่ครับ โชคดีไม่ได้ใส่ไว้ในกระเป๋าเงิน",
         "current_province": "หนองคายครับ",
         "home_province": "สุราษฎร์ธานีครับ อ.พุนพิน",
         "travellers": "2 คนครับ พ่อกับแม่",
         "special_needs": "ไม่มีครับ แค่แก่แล้วเดินช้า",
         "travel_alone": "ไปกันเองได้ครับ ถ้าได้ตั๋ว",
         "urgent": "ไม่ถึงกับด่วนครับ หลวงพี่ให้พักที่วัดได้ก่อน",
         "name": "พ่อชื่อ เจริญ ครับ เบอร์ผม 0899034516 พ่อแม่ใช้มือถือไม่เป็น",
         "phone": "0899034516",
         "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "หนองคาย", "home": "สุราษฎร์ธานี",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "name": "เจริญ", "phone": "0899034516", "no_referrals": HEALTH}),

    # Daughter writes for parents (80 with heart disease, 74) stranded at the Chiang Mai
    # Arcade bus station after his hospital visit, home Mae Hong Son -> case, urgent,
    # elderly + sick.
    "dev85 daughter for Mae Hong Son parents after heart clinic in Chiang Mai": Persona(
        ("ขอความช่วยเหลือค่ะ พ่อแม่ติดอยู่ขนส่งอาเขตเชียงใหม่",
         "พ่อไปหาหมอหัวใจที่รพ.สวนดอก ค่ายาค่ารถค่ากินหมดแล้ว ค่ารถกลับแม่ฮ่องสอนไม่มีเลยค่ะ",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีที่นอนค่ะ",
         "id_card": "มีบัตรประชาชนไทยทั้งสองคนค่ะ",
         "current_province": "เชียงใหม่ค่ะ",
         "home_province": "แม่ฮ่องสอน อ.ปายค่ะ",
         "travellers": "2 คนค่ะ พ่อ 80 แม่ 74",
         "special_needs": "พ่อเป็นโรคหัวใจ เหนื่อยง่าย เดินไกลไม่ได้ รถตู้ขึ้นดอยโค้งเยอะกลัวพ่อเป็นอะไร",
         "more_care": "พ่อมียาจากโรงพยาบาลแล้วค่ะ",
         "travel_alone": "แม่ดูแลพ่อไปด้วยกันได้ค่ะ",
         "urgent": "ด่วนค่ะ เมื่อคืนนอนในสถานีขนส่ง คืนนี้ก็ไม่มีที่ไป",
         "name": "พ่อชื่อ จายคำ ค่ะ เบอร์แม่ 0923381175",
         "phone": "0923381175",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 2, "urgent": True, "special": ["elderly", "sick"],
                "name": "จายคำ", "phone": "0923381175", "no_referrals": ("hiv_aid",)}),

    # A 9-year-old types for her grandma (74) who came to Samut Sakhon to take her and
    # her brother (5) home to Buriram after their mother ran off; room until month's end
    # -> case, not urgent, 3 travellers, elderly + child.
    "dev85 girl 9 types for grandma taking grandkids home to Buriram": Persona(
        ("สวัสดีค่ะ หนูพิมพ์ให้ยายนะคะ ยายพิมพ์ไม่เป็น",
         "แม่หนีไปแล้ว ยายมารับหนูกับน้องกลับบุรีรัมย์ แต่ยายไม่มีตังค่ารถค่ะ"),
        {"consent": "ยายบอกว่ายินยอมค่ะ",
         "hardship": "ไม่มีตังค่ารถค่ะ ข้าวก็ซื้อได้วันละนิดเดียว",
         "id_card": "ยายมีบัตรค่ะ",
         "current_province": "สมุทรสาครค่ะ มหาชัย",
         "home_province": "บุรีรัมย์ค่ะ อ.ประโคนชัย",
         "travellers": "3 คนค่ะ ยาย หนู น้อง ยายอายุ74 หนู9ขวบ น้อง5ขวบ",
         "special_needs": "ไม่มีค่ะ ยายเดินช้านิดหน่อย",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ยังอยู่ห้องแม่ได้ค่ะ แต่เจ้าของห้องบอกสิ้นเดือนต้องออก",
         "name": "ยายชื่อ มะลิ ค่ะ เบอร์ ๐๙๘๐๑๔๓๒๗๖",
         "phone": "๐๙๘๐๑๔๓๒๗๖",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "บุรีรัมย์",
                "travellers": 3, "urgent": False, "special": ["elderly", "child"],
                "name": "มะลิ", "phone": "0980143276", "no_referrals": HEALTH}),

    # Man (70, walking stick) released this morning from prison in Ratchaburi, home
    # Uttaradit, card renewed before release, wants a small loan to sell food
    # -> case, urgent, elderly loan offered.
    "dev85 released man 70 in Ratchaburi wants elderly loan": Persona(
        ("ผมเพิ่งออกจากเรือนจำราชบุรีเมื่อเช้าครับ อายุ70แล้ว ติดมา6ปี",
         "ไม่มีเงินค่ารถกลับอุตรดิตถ์ ลูกเมียไม่มีใครมารับ"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีที่นอนครับ",
         "id_card": "มีครับ ทางเรือนจำพาไปทำบัตรใหม่ก่อนออก",
         "current_province": "ราชบุรีครับ",
         "home_province": "อุตรดิตถ์ครับ อ.ลับแล",
         "travellers": "คนเดียวครับ ขาไม่ค่อยดี ถือไม้เท้า",
         "special_needs": "ไม่มีครับ เดินช้าหน่อย",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่รู้จะนอนไหน",
         "name": "เสถียร 0616628403",
         "phone": "0616628403",
         "needs": "อยากทำงานครับ อายุมากแล้วใครจะรับ อยากกู้เงินทุนมาขายกล้วยทอดหน้าบ้าน",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "อุตรดิตถ์", "travellers": 1,
                "urgent": True, "special": ["elderly"], "referrals": ["elderly_loan"],
                "name": "เสถียร", "phone": "0616628403", "no_referrals": HEALTH}),

    # Lamphun weaver couple (71, 74, he is hard of hearing) cheated by a fair organiser
    # in Hua Hin, wife writes in kham mueang -> case, urgent, 2 elderly.
    "dev85 Lamphun weaver couple cheated at Hua Hin fair": Persona(
        ("สวัสดีเจ้า ป้าขอความช่วยเหลือเจ้า",
         "ป้ากับลุงมาขายผ้าฝ้ายงานแสดงสินค้าที่หัวหิน คนจัดงานโกงค่าบูธหนีไปแล้ว"
         " ของก็ขายบ่ได้ สตางค์หมดเลยเจ้า😢😢"),
        {"consent": "ยินยอมเจ้า",
         "hardship": "บ่มีสตางค์ค่ารถปิ๊กบ้านเจ้า",
         "id_card": "มีเจ้า ทั้งสองคน",
         "current_province": "ประจวบเจ้า หัวหิน",
         "home_province": "ลำพูนเจ้า อ.ป่าซาง",
         "travellers": "2 คนเจ้า ป้า 71 ลุง 74",
         "special_needs": "ลุงหูตึงเจ้า ต้องอู้ดังๆ",
         "travel_alone": "ไปกันสองคนได้เจ้า",
         "urgent": "ด่วนเจ้า คืนนี้บ่มีตี้นอน เต็นท์งานเปิ้นรื้อแล้ว",
         "name": "ศรีนวล 0872249510",
         "phone": "0872249510",
         "needs": "บ่มีเจ้า",
         "confirm": "ถูกแล้วเจ้า ขอบใจหลายเจ้า"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "ลำพูน",
                "travellers": 2, "urgent": True, "special": ["elderly"],
                "name": "ศรีนวล", "phone": "0872249510", "no_referrals": HEALTH}),

    # Grandson (14) types one fact per message for his grandma (77, stick) after unpaid
    # fruit-picking work in Trat, home Kalasin, gives his aunt's number -> case, urgent.
    "dev85 grandson 14 for Kalasin grandma after fruit picking in Trat, one part": Persona(
        ("สวัสดีครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถครับ",
         "id_card": "มีบัตรครับ",
         "current_province": "ตราดครับ",
         "home_province": "กาฬสินธุ์ครับ",
         "travellers": ("2 คนครับ", "ยายกับผมครับ", "ผมอายุ 14 ครับ"),
         "special_needs": "ยายอายุ 77 ครับ",
         "more_care": "ยายถือไม้เท้าครับ",
         "travel_alone": "ผมดูแลยายเองครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "name": "คำปุน",
         "phone": "เบอร์น้าครับ 0659083327",
         "needs": "ไม่มีครับ",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ตราด", "home": "กาฬสินธุ์", "travellers": 2,
                "urgent": True, "special": ["elderly"], "name": "คำปุน",
                "phone": "0659083327", "no_referrals": HEALTH},
        one_part=True),

    # Daughter in Nakhon Si Thammarat writes for her father (81, leg amputated, wheelchair)
    # discharged today in Nakhon Sawan where the son who cared for him died; home is
    # hers -> case, urgent, elderly + disabled, disability allowance offered.
    "dev85 daughter for amputee father 81 discharged in Nakhon Sawan": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือด่วนค่ะ",
         "พ่อดิฉันอายุ81 อยู่กับพี่ชายที่นครสวรรค์ พี่ชายเพิ่งเสียเดือนที่แล้ว"
         " พ่อโดนตัดขาข้างซ้ายเพราะเบาหวาน นอนโรงพยาบาลอยู่ หมอให้กลับบ้านวันนี้"
         " บ้านเช่าพี่ชายเจ้าของก็เอาคืนไปแล้ว ดิฉันอยู่นครศรีฯ อยากรับพ่อมาอยู่ด้วย"
         " แต่ไม่มีเงินค่ารถพาพ่อลงมาเลยค่ะ",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่พักค่ะ",
         "id_card": "พ่อมีบัตรประชาชนค่ะ",
         "current_province": "นครสวรรค์ค่ะ",
         "home_province": "นครศรีธรรมราชค่ะ พ่อเกิดที่นี่ บ้านดิฉันอยู่ อ.ทุ่งสง",
         "travellers": "พ่อคนเดียวค่ะ",
         "special_needs": "พ่อขาขาดข้างนึง นั่งรถเข็น ขึ้นรถทัวร์เองไม่ได้ค่ะ แผลหายดีแล้ว",
         "more_care": "ต้องมีคนยกขึ้นลงรถค่ะ",
         "travel_alone": "ไม่ได้เลยค่ะ",
         "urgent": "ด่วนค่ะ ออกจากโรงพยาบาลวันนี้แล้วไม่มีที่ไป",
         "name": "พ่อชื่อ ประเสริฐ ค่ะ พ่อใช้โทรศัพท์ไม่ได้ เบอร์ดิฉัน 0817054962",
         "phone": "0817054962",
         "needs": "พ่อยังไม่ได้ขึ้นทะเบียนคนพิการค่ะ อยากให้ได้เบี้ยคนพิการ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นครสวรรค์", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": ["elderly", "disabled", "cannot_travel_alone"],
                "referrals": ["disability_allowance"], "name": "ประเสริฐ",
                "phone": "0817054962", "no_referrals": ("hiv_aid", "mental_health_care")}),

    # Ubon couple (75, 72) came to Kanchanaburi looking for their missing son, money
    # gone, grandpa answers step by step and gives his daughter's number, asks about
    # money for old people -> case, urgent, elderly hardship grant offered.
    "dev85 Ubon couple searching for son in Kanchanaburi, one part": Persona(
        ("สวัสดีครับ", "พ่อใหญ่อายุ75ครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีเงินค่ารถเมือบ้านครับ",
         "id_card": "มีบัตรครับ",
         "current_province": "กาญจนบุรีครับ",
         "home_province": "อุบลครับ",
         "travellers": ("2 คนครับ", "พ่อใหญ่กับแม่ใหญ่ครับ", "แม่ใหญ่อายุ72ครับ"),
         "special_needs": "บ่มีครับ",
         "travel_alone": "ไปได้ครับ",
         "urgent": "คืนนี้บ่มีบ่อนนอนครับ",
         "name": "ทองดี",
         "phone": "จำเบอร์บ่ได้ครับ เบอร์ลูกสาว ๐๖๓๕๕๗๑๒๔๘",
         "needs": "มีเงินช่วยคนเฒ่าลำบากบ่ครับ",
         "confirm": "แม่นแล้วครับ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "อุบลราชธานี",
                "travellers": 2, "urgent": True, "special": ["elderly"],
                "referrals": ["elderly_hardship_grant"], "name": "ทองดี",
                "phone": "0635571248", "no_referrals": HEALTH},
        one_part=True),

    # ---- refused ----

    # Neighbour in Nong Khai writes for a Lao grandma (76) with a pink non-Thai card,
    # stranded in Pathum Thani -> refused: not Thai nationality.
    "dev85 neighbour for Lao grandma with pink card in Pathum Thani": Persona(
        ("สวัสดีค่ะ ถามแทนยายเพ็งข้างบ้านค่ะ",
         "ยายเพ็งอายุ76 เป็นคนลาว อยู่หนองคายมา30กว่าปีแล้ว ไปหาลูกชายที่ปทุมธานี"
         " ลูกชายย้ายงานไปแล้วติดต่อไม่ได้ ยายไม่มีเงินกลับหนองคายค่ะ",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ",
         "id_card": "ไม่มีบัตรประชาชนไทยค่ะ มีแต่บัตรสีชมพู",
         "nationality": "ลาวค่ะ ยังไม่ได้สัญชาติไทย",
         "nationality_letter": "ไม่มีค่ะ ยายไม่ได้สัญชาติไทย",
         "current_province": "ปทุมธานีค่ะ",
         "home_province": "หนองคายค่ะ",
         "travellers": "ยายคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "name": "เพ็ง ใช้เบอร์ดิฉัน 0946602381 ค่ะ",
         "phone": "0946602381",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Old man (79) lost his bag with his card on the train, now in Chachoengsao, home
    # Sukhothai; no certifying letter and no one to ask -> refused: no card, no letter.
    "dev85 old man 79 lost card on train, no letter": Persona(
        ("สวัสดีครับ ลุงอายุ79 กระเป๋าหายบนรถไฟ บัตรประชาชนหายไปด้วย",
         "ตอนนี้อยู่ฉะเชิงเทรา อยากกลับบ้านสุโขทัย ไม่มีเงินเลย"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "ไม่มีครับ หายไปกับกระเป๋า ใบแจ้งความก็ไม่ได้ไปแจ้ง",
         "nationality": "คนไทยครับ",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านคนเก่าตายไปแล้ว ไม่รู้จะไปขอใคร",
         "current_province": "ฉะเชิงเทราครับ",
         "home_province": "สุโขทัยครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ยังพักบ้านเพื่อนได้อีก2คืนครับ",
         "name": "สมบุญ 0873319064",
         "phone": "0873319064",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Grandson in Bangkok writes: grandparents are at home in Lampang and want fare to
    # come to his graduation -> refused: already at home, not stranded.
    "dev85 grandson asks fare for Lampang grandparents to visit Bangkok": Persona(
        ("สวัสดีครับ ปู่ย่าผมอยู่บ้านที่ลำปาง อยากมางานรับปริญญาผมที่กรุงเทพ",
         "ปู่ย่าไม่มีเงินค่ารถมาครับ ขอช่วยค่ารถได้ไหมครับ",
         "ยินยอมครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถมากรุงเทพครับ ที่บ้านอยู่กันปกติ",
         "id_card": "มีครับทั้งสองคน",
         "current_province": "ลำปางครับ อยู่บ้านตัวเอง",
         "home_province": "ลำปางครับ",
         "travellers": "2 คนครับ ปู่ 78 ย่า 75",
         "urgent": "ไม่ด่วนครับ งานเดือนหน้า",
         "name": "ปู่ชื่อ อินสม เบอร์ผม 0983127745",
         "phone": "0983127745",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "current": "ลำปาง", "home": "ลำปาง"}),

    # ---- answered ----

    # Daughter asks what money there is for her mother (78) living poor alone in Roi Et
    # -> answered: elderly hardship grant, 2,500 baht a time.
    "dev85 daughter asks about money for mother 78 in hardship": Persona(
        ("สวัสดีค่ะ",
         "แม่อายุ78 อยู่คนเดียวที่ร้อยเอ็ด ลำบากมาก ผู้สูงอายุที่ลำบากมีเงินช่วยไหมคะ ได้ครั้งละเท่าไหร่"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากรู้ว่าคนแก่ที่ลำบากได้เงินช่วยครั้งละเท่าไหร่คะ"},
        outcome="answered", answered="2,500"),

    # Grandson asks which number his hard-of-hearing grandpa, who has no LINE, can call at
    # night to ask for fare home -> answered: hotline 1300, 24 hours.
    "dev85 grandson asks number grandpa can call at night": Persona(
        ("ปู่หูไม่ค่อยดี ใช้ไลน์ไม่เป็นครับ",
         "ถ้าจะขอให้ช่วยค่ารถกลับบ้าน โทรเบอร์ไหนได้บ้างครับ กลางคืนโทรได้มั้ย"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอเบอร์โทรที่ปู่โทรเองได้ครับ"},
        outcome="answered", answered="1300"),

    # Wife asks how much the disability allowance is for her husband (80) in a wheelchair
    # -> answered: 800 baht a month.
    "dev85 wife asks disability allowance for husband in wheelchair": Persona(
        ("ผัวอายุ80นั่งวีลแชร์ค่ะ เบี้ยคนพิการได้เดือนละกี่บาทคะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "เบี้ยคนพิการเดือนละเท่าไหร่คะ"},
        outcome="answered", answered="800"),
}
