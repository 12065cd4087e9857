"""Persona set dev41 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: short messages in bursts before and after the privacy notice (greeting, story in
2-4 pieces, then a question); self-corrections of a count, a province, a name or a phone
number mid-way or at the summary; families and groups counted in many ways (ผม เมีย ลูก2,
สามคนแม่ลูก, ทั้งบ้าน 4 คน, ยายกับหลาน); names and phones in odd forms (nickname only,
Thai digits, spaces and dashes, a relative's number, no phone); elderly people who answer
one thing per message; a few refused (already home, has money, not Thai) or only asking.
Counts: 24 personas; 17 eligible (case), 4 refused, 3 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Factory closed in Rayong, no fare to Yasothon, can stay with a friend: criterion 3
    # (no fare home), has shelter so not urgent. Story in bursts, ends with a question.
    "dev41 bursts then question, Rayong to Yasothon": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ", "คือว่าหนูมาทำงานโรงงานที่ระยองค่ะ",
         "โรงงานปิดไปตั้งแต่วันศุกร์ เงินเดือนก็ยังไม่ได้",
         "ตอนนี้เหลือเงินร้อยกว่าบาท ไม่พอค่ารถกลับบ้านยโสธร",
         "แบบนี้ขอความช่วยเหลือได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ ข้าวก็กินประหยัดๆอยู่",
         "id_card": "มีค่ะ",
         "current_province": "ระยองค่ะ แถวมาบตาพุด",
         "home_province": "ยโสธร อ.กุดชุมค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ พักห้องเพื่อนได้อยู่",
         "special_needs": "ไม่มีค่ะ",
         "name": "ปนัดดา ศรีบุญ 0935518842",
         "phone": "0935518842"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "ยโสธร", "travellers": 1,
                "urgent": False, "special": [], "name": "ปนัดดา", "phone": "0935518842"}),

    # Family of four stuck at Mo Chit, sleeping at the station tonight: no fare, no
    # shelter -> urgent. "ผม เมีย ลูก2" = 4; children 1.5 and 4 years -> child. Dashed phone.
    "dev41 ผม เมีย ลูก2 at Mo Chit, Buriram": Persona(
        ("สวัสดีครับ", "ครับยินยอม", "ผมอยู่หมอชิตครับ มากับครอบครัว",
         "ผม เมีย ลูก2 ตังหมดเกลี้ยงเลย ค่ารถกลับบุรีรัมย์ไม่มี",
         "คืนนี้คงต้องนอนสถานีครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนด้วยครับ",
         "id_card": "มีครับ ทั้งผมทั้งเมีย",
         "current_province": "กทม หมอชิต2ครับ",
         "home_province": "บุรีรัมย์ครับ นางรอง",
         "travellers": "ผม เมีย ลูก2 ครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอนจริงๆ",
         "special_needs": "ลูกคนเล็กขวบครึ่ง คนโต 4 ขวบครับ",
         "travel_alone": "ไปเองได้ครับ",
         "name": "บอย 089-417-2256",
         "phone": "089-417-2256"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 4, "urgent": True, "special": ["child"], "name": "บอย",
                "phone": "0894172256"}),

    # Mother fleeing a violent husband in Pattaya with two children: no shelter, unsafe
    # -> urgent. "สามคนแม่ลูก" = 3, one child 3 years. Phone with spaces.
    "dev41 สามคนแม่ลูก fleeing, Pattaya to Udon": Persona(
        ("ขอความช่วยเหลือค่ะ", "ยินยอม", "ตอนนี้หนีผัวออกมาค่ะ มันทุบตี",
         "อยู่พัทยา สามคนแม่ลูก ไม่มีเงินเลยค่ะ อยากกลับบ้านแม่ที่อุดร"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงินค่ารถค่ะ",
         "id_card": "มีค่ะ ติดตัวมา",
         "current_province": "ชลบุรี พัทยาค่ะ",
         "home_province": "อุดรธานีค่ะ",
         "travellers": "สามคนแม่ลูกค่ะ ลูกสาว 9 ขวบ ลูกชาย 3 ขวบ",
         "urgent": "ด่วนค่ะ กลัวเขาตามมา คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกเล็ก 3 ขวบค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "name": "น้ำฝน 081 507 3390",
         "phone": "081 507 3390"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "น้ำฝน",
                "phone": "0815073390"}),

    # Whole household of four (with grandma 79) laid off in Samut Prakan; room paid to
    # month end -> not urgent. Gives the wrong home province, fixes it at the summary.
    "dev41 ทั้งบ้าน 4 คน, home province fixed at summary": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ", "อยู่สมุทรปราการค่ะ บริษัทลอยแพ",
         "ทั้งบ้าน 4 คนจะกลับบ้าน แต่ค่ารถไม่พอ", "มียายไปด้วยอายุ 79 แล้วค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีครบทุกคนค่ะ",
         "current_province": "สมุทรปราการ บางพลีค่ะ",
         "home_province": "สุรินทร์ค่ะ",
         "travellers": "ทั้งบ้าน 4 คนค่ะ ยาย ตัวเอง แฟน กับลูกชายอายุ 15",
         "urgent": "ห้องเช่าจ่ายถึงสิ้นเดือนค่ะ ยังไม่ด่วน",
         "special_needs": "ยายอายุมากแล้วค่ะ 79 เดินช้า",
         "travel_alone": "ไปด้วยกันได้ค่ะ ดูแลยายเอง",
         "name": "สุภาพร 0867741203",
         "phone": "0867741203",
         "confirm": ("ขอแก้จังหวัดค่ะ บ้านอยู่ศรีสะเกษ ไม่ใช่สุรินทร์ พิมพ์ผิดไป",
                     "ถูกต้องแล้วค่ะ")},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ศรีสะเกษ",
                "travellers": 4, "urgent": False, "special": ["elderly"],
                "name": "สุภาพร", "phone": "0867741203"}),

    # Grandma 71 with grandson 5 in Bangkok, nowhere to sleep -> urgent; elderly + child.
    # One thing per message; no phone of her own, gives her granddaughter's number.
    "dev41 ยายกับหลาน one_part, relative's number": Persona(
        ("สวัสดีจ้ะ", "ยินยอมจ้ะ", "ยายอยากกลับบ้าน"),
        {"consent": "ยินยอมจ้ะ",
         "idle": "ยายอยากได้ค่ารถกลับบ้านจ้ะ",
         "hardship": "ไม่มีเงินค่ารถจ้ะ",
         "id_card": "มีจ้ะ",
         "current_province": "กรุงเทพ",
         "home_province": "นครพนม",
         "travellers": ("ยายกับหลาน", "สองคนจ้ะ"),
         "urgent": "ด่วนจ้ะ ไม่มีที่นอน",
         "special_needs": "ยายอายุ 71 หลาน 5 ขวบ",
         "travel_alone": "ไปได้จ้ะ",
         "name": "บุญมา จ้ะ",
         "phone": "ยายไม่มีโทรสับ ใช้เบอร์หลานสาว 061 229 8475"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 2, "urgent": True, "special": ["elderly", "child"],
                "name": "บุญมา", "phone": "0612298475"}),

    # Northern construction worker, boss ran off without paying; no fare to Chiang Rai,
    # still sleeps at the workers' camp -> not urgent. Phone in Thai digits.
    "dev41 northern speech, Thai-digit phone, Bangkok to Chiang Rai": Persona(
        ("สวัสดีครับ", "ยินยอมครับ", "ผมมาทำงานก่อสร้างกรุงเทพฯ เถ้าแก่หนีบ่จ่ายค่าแรง",
         "บ่มีเงินขึ้นรถกลับเจียงฮายครับ", "จะขอได้ก่อครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ",
         "current_province": "กรุงเทพครับ แถวบางนา",
         "home_province": "เชียงราย อำเภอเทิงครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ยังนอนแคมป์คนงานได้อยู่ครับ บ่ด่วน",
         "special_needs": "บ่มีครับ",
         "name": "ศักดิ์ชัย ครับ เบอร์ ๐๘๔๗๖๕๑๓๒๙",
         "phone": "๐๘๔๗๖๕๑๓๒๙"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [], "name": "ศักดิ์ชัย",
                "phone": "0847651329"}),

    # Pickpocketed at Phitsanulok bus station with pregnant girlfriend, nowhere to sleep
    # -> urgent, pregnant. Says 2 travellers, corrects to 3 at the summary.
    "dev41 count fixed at summary, pregnant, Phitsanulok": Persona(
        ("หวัดดีครับ", "ยินยอม", "ผมกับแฟนติดอยู่ที่ขนส่งพิษณุโลกครับ",
         "โดนล้วงกระเป๋า เงินหายหมด", "จะกลับบ้านที่กำแพงเพชร", "แฟนท้องด้วยครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "เงินหาย ไม่มีค่ารถครับ",
         "id_card": "บัตรยังอยู่ครับ เงินหายอย่างเดียว",
         "current_province": "พิษณุโลก",
         "home_province": "กำแพงเพชร",
         "travellers": "2 คนครับ",
         "urgent": "ด่วนครับ ไม่มีที่นอน แฟนก็ท้อง",
         "special_needs": "แฟนท้อง 7 เดือนครับ",
         "travel_alone": "ไปเองได้ครับ ผมดูแลแฟนเอง",
         "name": "ธีรวัฒน์ 0957320148",
         "phone": "0957320148",
         "confirm": ("จำนวนคนผิดครับ ไป 3 คน น้องชายแฟนมาด้วย ลืมบอก", "ถูกต้องครับ")},
        outcome="case",
        expect={"eligible": True, "current": "พิษณุโลก", "home": "กำแพงเพชร",
                "travellers": 3, "urgent": True, "special": ["pregnant"],
                "name": "ธีรวัฒน์", "phone": "0957320148"}),

    # Spent everything on mother's hospital bills in Chiang Mai, stays at a temple -> not
    # urgent. Fixes her phone (two digits swapped) after the request is sent.
    "dev41 phone fixed after sending, Chiang Mai to Nan": Persona(
        ("สวัสดีค่ะ ขอสอบถามค่ะ", "ยินยอมค่ะ",
         "ตอนนี้อยู่ที่เชียงใหม่ค่ะ มาเฝ้าแม่ที่โรงบาล แม่เสียแล้ว",
         "เงินหมดไปกับค่าโรงบาล", "อยากกลับบ้านที่น่านค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "เชียงใหม่",
         "home_province": "น่านค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ พักที่วัดได้อยู่",
         "special_needs": "ไม่มีค่ะ",
         "name": "วิไลวรรณ 0819934572",
         "phone": "0819934572"},
        outcome="case",
        after=("ขอโทษค่ะ เบอร์เมื่อกี้ผิด ที่ถูกคือ 0819934527 ค่ะ",),
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน", "travellers": 1,
                "urgent": False, "special": [], "name": "วิไลวรรณ",
                "phone": "0819934527"}),

    # Jobless in Nonthaburi, no fare to Khon Kaen, not urgent. Corrects the province
    # mid-answer (ปทุม -> นนทบุรี) and the spelling of his name at the summary.
    "dev41 province fixed mid-answer, name fixed at summary": Persona(
        ("ผมอยากขอเงินค่ารถกลับบ้านครับ", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ตกงานครับ ไม่มีค่ารถกลับ",
         "id_card": "มี",
         "current_province": "ปทุม เอ้ยไม่ใช่ นนทบุรีครับ ปากเกร็ด",
         "home_province": "ขอนแก่น",
         "travellers": "1",
         "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มี",
         "name": "ณัฐวุธ 0629914406",
         "phone": "0629914406",
         "confirm": ("ชื่อผิดครับ ที่ถูกคือ ณัฐวุฒิ ฒ ผู้เฒ่าครับ", "ถูกแล้วครับ")},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "ขอนแก่น", "travellers": 1,
                "urgent": False, "name": "ณัฐวุฒิ", "phone": "0629914406"}),

    # Three restaurant workers in Phuket (southern speech), no fare to "นครฯ". Count fixed
    # in the same message (2 -> 3). Lodging "until tomorrow": urgency left open.
    "dev41 southern, three friends, count fixed mid-message": Persona(
        ("หวัดดีครับ", "ยินยอมครับ",
         "ผมกับเพื่อนอีกสองคนมาทำงานร้านอาหารที่ภูเก็ต ร้านปิดแล้วหนิ",
         "ไม่มีตังค์กลับบ้านนครฯครับ ช่วยพวกผมได้ม้าย"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถ กินข้าวก็แทบไม่มีครับ",
         "id_card": "มีกันทุกคนครับ",
         "current_province": "ภูเก็ต ป่าตอง",
         "home_province": "นครศรีฯ ทุ่งสงครับ",
         "travellers": "2 คน เอ้ย 3 ครับ ลืมนับตัวเอง",
         "urgent": "เจ้าของร้านให้นอนร้านได้ถึงพรุ่งนี้ครับ",
         "special_needs": "ไม่มีครับ",
         "name": "อาร์ม 0837750219",
         "phone": "0837750219"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครศรีธรรมราช",
                "travellers": 3, "special": [], "name": "อาร์ม", "phone": "0837750219"}),

    # Released from prison yesterday in Nakhon Pathom, no fare to Chaiyaphum and nowhere
    # to sleep -> urgent. Consents to sensitive questions, wants work (Source A 3.2).
    "dev41 released prisoner, wants a job": Persona(
        ("สวัสดีครับ", "ยินยอม", "ผมพึ่งพ้นโทษออกมาจากเรือนจำเมื่อวานครับ",
         "อยู่นครปฐม จะกลับบ้านที่ชัยภูมิ ไม่มีเงินค่ารถเลย"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถครับ ที่นอนก็ไม่มี",
         "id_card": "มีครับ",
         "current_province": "นครปฐม",
         "home_province": "ชัยภูมิ",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้งานทำครับ กลับไปแล้วอยากมีงาน ไม่อยากกลับไปทำผิดอีก",
         "name": "สมบัติ 0806612730",
         "phone": "0806612730"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "referrals": ["job_placement"], "name": "สมบัติ",
                "phone": "0806612730"}),

    # Old man 76 in Khon Kaen, no fare to Loei, has a place to stay; cannot travel alone
    # (regulation ข้อ 6(3): an officer may go along). One thing per message.
    "dev41 old man one_part, cannot travel alone, Khon Kaen to Loei": Persona(
        ("สวัสดีครับ", "ยินยอม", "ลุงอยากกลับบ้าน"),
        {"consent": "ยินยอม",
         "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "ไม่มีเงินค่ารถ",
         "id_card": "มี",
         "current_province": "ขอนแก่น",
         "home_province": "เลย",
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วน",
         "special_needs": "ลุงอายุ 76 แล้ว",
         "travel_alone": "ไปคนเดียวไม่ไหว",
         "name": "ทองใบ",
         "phone": "0898126643"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย", "travellers": 1,
                "urgent": False, "special": ["elderly", "cannot_travel_alone"],
                "name": "ทองใบ", "phone": "0898126643"}),

    # Factory in Rangsit closed, no fare to Kalasin, room until next week -> not urgent.
    # Nickname only; drops a digit and retypes the phone in the same message.
    "dev41 nickname only, phone retyped, Pathum Thani to Kalasin": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ", "ตกงานค่ะ โรงงานที่รังสิตปิด",
         "อยากกลับกาฬสินธุ์ แต่ไม่มีค่ารถ", "ต้องเตรียมอะไรบ้างคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "ปทุมธานีค่ะ",
         "home_province": "กาฬสินธุ์",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ ห้องยังอยู่ได้ถึงอาทิตย์หน้า",
         "special_needs": "ไม่มีค่ะ",
         "name": "เรียกเจ๋งก็ได้ค่ะ 091882536 เอ้ยขาดไปตัว 0918825364",
         "phone": "0918825364"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": [], "name": "เจ๋ง",
                "phone": "0918825364"}),

    # Phone and wallet stolen on the bus, typing on a petrol-station worker's phone in
    # Nakhon Sawan at night, nowhere to sleep -> urgent. Has ID card. No phone number.
    "dev41 no phone, robbed on the bus, Nakhon Sawan to Phrae": Persona(
        ("ช่วยด้วยค่ะ", "ยินยอมค่ะ", "โทรศัพท์กับกระเป๋าตังโดนขโมยบนรถทัวร์",
         "ตอนนี้อยู่ปั๊มที่นครสวรรค์ ยืมมือถือพนักงานปั๊มพิมพ์อยู่ค่ะ", "จะกลับแพร่"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ค่ารถก็ไม่มี",
         "id_card": "บัตรอยู่ในกระเป๋าอีกใบค่ะ ยังมีอยู่",
         "current_province": "นครสวรรค์",
         "home_province": "แพร่",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ มืดแล้ว ไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ",
         "name": "อรทัย ค่ะ ไม่มีเบอร์นะคะ โทรศัพท์โดนขโมย",
         "phone": "ไม่มีค่ะ ติดต่อทางแชทนี้ไปก่อน"},
        outcome="case",
        expect={"eligible": True, "current": "นครสวรรค์", "home": "แพร่", "travellers": 1,
                "urgent": True, "special": [], "name": "อรทัย"}),

    # Isan wife in Chonburi with a husband who lost a leg, no fare to Roi Et, not urgent.
    # Disabled traveller. One thing per message; dashed phone.
    "dev41 Isan wife one_part, disabled husband, Chonburi to Roi Et": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ", "อยากขอค่ารถกลับบ้านค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "บ่มีค่ารถเด้อ",
         "id_card": "มีค่ะ",
         "current_province": "ชลบุรี",
         "home_province": "ร้อยเอ็ด",
         "travellers": "2 คน",
         "urgent": "บ่ด่วนค่ะ",
         "special_needs": "ผัวขาขาดข้างนึง นั่งวีลแชร์",
         "travel_alone": "ไปได้ค่ะ ข่อยไปนำ",
         "name": "มาลี",
         "phone": "085-441-2389"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 2,
                "urgent": False, "special": ["disabled"], "name": "มาลี",
                "phone": "0854412389"}),

    # Asks what the data is for before consenting; mother and child in Hat Yai, no fare
    # to Trang, staying with a friend -> not urgent. Asks a question inside an answer.
    "dev41 asks before consent, question mid-way, Hat Yai to Trang": Persona(
        ("สวัสดีค่ะ", "ขอถามก่อนค่ะ ข้อมูลจะเอาไปทำอะไร", "โอเคค่ะ ยินยอม",
         "อยู่หาดใหญ่ค่ะ มากับลูก เงินหมด อยากกลับตรัง"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "สงขลา หาดใหญ่",
         "home_province": "ตรังค่ะ",
         "travellers": "2 คนค่ะ หนูกับลูก ลูกได้ค่ารถด้วยไหมคะ",
         "urgent": "ไม่ด่วนค่ะ พักบ้านเพื่อนอยู่",
         "special_needs": "ไม่มีค่ะ",
         "name": "ฟาตีเมาะ 0882104573",
         "phone": "0882104573"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "ตรัง", "travellers": 2,
                "urgent": False, "name": "ฟาตีเมาะ", "phone": "0882104573"}),

    # Lost his ID card but has a village head's letter (seed condition 2: a letter
    # certifying Thai nationality) -> eligible. Wants a new ID card. One thing a message.
    "dev41 one_part, lost ID card with village letter, Bangkok to Ubon": Persona(
        ("ครับ", "ยินยอม", "ขอค่ารถกลับบ้าน"),
        {"consent": "ยินยอม",
         "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "บัตรหาย",
         "nationality_letter": "มีใบรับรองผู้ใหญ่บ้าน",
         "current_province": "กทม",
         "home_province": "อุบล",
         "travellers": "1",
         "urgent": "ไม่",
         "special_needs": "ไม่มี",
         "sensitive_consent": "ได้",
         "needs": "อยากทำบัตรประชาชนใหม่",
         "name": "ต้น",
         "phone": "086-455-5123"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": False, "referrals": ["id_card"], "name": "ต้น",
                "phone": "0864555123"}),

    # Grandma already in her home province (Maha Sarakham), short of food: the aid is
    # for going back home, she is already there -> refused. One thing per message.
    "dev41 grandma already home one_part": Persona(
        ("สวัสดีค่ะ", "ยินยอม", "ยายลำบากค่ะ"),
        {"consent": "ยินยอม",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินซื้อข้าว",
         "id_card": "มี",
         "current_province": "มหาสารคาม",
         "home_province": "มหาสารคาม",
         "travellers": "คนเดียว",
         "name": "ทองม้วน",
         "phone": "0843317760"},
        outcome="refused",
        one_part=True,
        expect={"eligible": False, "current": "มหาสารคาม", "home": "มหาสารคาม"}),

    # Family of five already back in Sakon Nakhon on borrowed money, asks for the fare
    # back: already home -> refused.
    "dev41 ทั้งบ้าน 5 คน already home, wants fare back": Persona(
        ("สวัสดีครับ", "ยินยอมครับ",
         "ผมพาครอบครัวกลับมาถึงบ้านที่สกลนครแล้วครับเมื่อวาน",
         "ยืมเงินญาติมาจ่ายค่ารถ ทั้งบ้าน 5 คน", "จะขอเงินค่ารถคืนได้ไหมครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอเงินค่ารถคืนครับ",
         "hardship": "ตอนนี้ไม่มีเงินแล้วครับ ติดหนี้ญาติ",
         "id_card": "มีครับ",
         "current_province": "สกลนครครับ อยู่บ้านแล้ว",
         "home_province": "สกลนคร",
         "travellers": "5 คน",
         "name": "ประเสริฐ 0871126684",
         "phone": "0871126684"},
        outcome="refused",
        expect={"eligible": False, "current": "สกลนคร", "home": "สกลนคร"}),

    # Has salary, fare and a room; just wants the aid to save money for New Year: none of
    # the three hardship criteria -> refused.
    "dev41 has money and a room, wants aid anyway": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ", "อยากขอเงินช่วยค่ารถกลับบ้านค่ะ",
         "จะกลับบ้านช่วงปีใหม่ที่เพชรบูรณ์"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอเงินช่วยค่ารถค่ะ",
         "hardship": "ก็ไม่ได้เดือดร้อนอะไรค่ะ เงินเดือนออกแล้ว ค่ารถก็มี ห้องก็มี "
                     "แค่อยากได้ช่วยประหยัด",
         "id_card": "มีค่ะ",
         "current_province": "ปทุมธานี",
         "home_province": "เพชรบูรณ์",
         "travellers": "คนเดียวค่ะ",
         "name": "กัญญา 0654429183",
         "phone": "0654429183"},
        outcome="refused",
        expect={"eligible": False}),

    # Myanmar worker in Mahachai with a pink card, no Thai ID and no Thai nationality
    # letter: the regulation is for people of Thai nationality -> refused.
    "dev41 Myanmar worker, pink card": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ", "ฉันเป็นคนพม่า ทำงานที่มหาชัย",
         "โรงงานปิด อยากไปหาญาติที่ตาก ไม่มีเงินค่ารถ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "ไม่มีบัตรไทย มีบัตรชมพูค่ะ",
         "nationality_letter": "ไม่มีค่ะ ไม่ใช่คนไทย",
         "current_province": "สมุทรสาคร",
         "home_province": "ตาก",
         "travellers": "2 คน ฉันกับน้องสาว",
         "name": "มิ้นท์ 0947712350",
         "phone": "0947712350"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Only asks, in three bursts, what to bring if the ID card is lost (seed condition 2).
    "dev41 asks in bursts: lost ID card, what document": Persona(
        ("สอบถามค่ะ", "ถ้าจะขอเงินค่ารถกลับบ้าน แต่บัตรประชาชนหาย",
         "ต้องใช้เอกสารอะไรแทนคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "แค่นี้ค่ะ ขอบคุณค่ะ"},
        outcome="answered",
        answered="หนังสือรับรอง"),

    # Only asks whether there is a fee (seed: ไม่มีค่าธรรมเนียม).
    "dev41 asks about a fee": Persona(
        ("สวัสดีครับ",
         "ขอเงินค่ารถกลับบ้านต้องเสียค่าธรรมเนียมอะไรไหมครับ หรือต้องจ่ายค่าดำเนินการ"),
        {"consent": "ยินยอมครับ",
         "idle": "โอเคครับ ขอบคุณครับ"},
        outcome="answered",
        answered="ค่าธรรมเนียม"),

    # Only asks when the office is open, weekends (seed: Monday to Friday 08:30-16:30).
    "dev41 asks office days": Persona(
        ("หวัดดีจ้า", "ติดต่อ พมจ ได้วันไหนบ้าง เสาร์อาทิตย์เปิดไหม"),
        {"consent": "ยินยอมจ้า",
         "idle": "ขอบคุณจ้า"},
        outcome="answered",
        answered="จันทร์"),
}
