"""Persona set dev44 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: everyday chat as typed on LINE by people under stress, in Isan, northern and
southern speech spelled as spoken (บ่, เฮา, สิ, กะ, เด้อ, เจ้า, ก่, ปิ๊ก, หลบ, แหลง, ไม่หมี),
with typos, missing tone marks, no spaces, emoji and several short messages. Hardship,
shelter, food and fare are told indirectly and in regional words (นอนหมอชิต, กระเป๋าแห้ง,
ท้องร้อง, โดนไล่ออกจากห้อง); ID-card answers are loose (บัตรยังอยู่หลังเคสโทสับ, บัตรชมพู);
family counts are told as relations (ผม ยาย กับหลาน; ผมกับแฟน, then พ่อตาไปด้วย at the
summary); care needs are told in passing (ท้องเจ็ดเดือน, ขาขาดใช้ไม้ค้ำ, หลงๆลืมๆ, เบาหวาน,
ติดเชื้อ). Five answer one thing per message; three are refused (Lao worker without Thai
nationality, someone already in his home province, someone not in hardship) and three
only ask (fee, night-time channel, documents).
Counts: 23 personas; 17 eligible (case), 3 refused, 3 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan builder in Bangkok, boss ran off with wages, sleeping at Mo Chit tonight:
    # no fare home + no food (criteria 2, 3), Thai card -> eligible, urgent.
    "dev44 isan builder sleeping mochit": Persona(
        ("สะบายดีบ่", "ข้อยมาเฮ็ดงานก่อสร้างอยู่กรุงเทพ", "นายจ้างเชิดเงินหนีไปแล้ว😭😭",
         "คืนนี้สิได้นอนหมอชิตแล้วบ่อนนี่"),
        {"consent": "โอเคๆ", "idle": "อยากกลับบ้านครับ กระเป๋าแห้งแล้ว",
         "hardship": "ค่ารถกลับบ้านกะบ่มี ข้าวกะยังบ่ได้กินมื้อนี่ ท้องร้องโครกๆ",
         "id_card": "มีอยู่ครับ บัตรบ่หาย", "nationality_letter": "บ่มีครับ มีแต่บัตร",
         "current_province": "กทมครับ อยู่หมอชิต", "home_province": "ร้อยเอ็ด อำเภอเสลภูมิ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มีครับ ข้อยแข็งแรงดี", "travel_alone": "ไปคนเดียวได้ครับ",
         "sensitive_consent": "ได้ครับ", "needs": "บ่มีครับ อยากกลับบ้านอย่างเดียว",
         "name": "ข้อยซื่อ สมพร ภูแล่นแก้ว", "phone": "๐๘๑๗๗๓๔๕๒๖",
         "confirm": "แม่นแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [], "name": "สมพร",
                "phone": "0817734526"}),

    # Isan family laid off in Pattaya, 4 people told as relations, baby under one, still
    # sleeping at a friend's room -> eligible (no fare), not urgent, child.
    "dev44 isan family pattaya baby": Persona(
        ("สวัสดีค่ะ", "โรงงานปิด เลิกจ้างหมดเลย", "ผัวกะตกงาน ลูกน้อยกะยังบ่ทันขวบ",
         "อยากพาลูกกลับบ้านเฮาแต่ตังบ่พอค่ารถ🥺"),
        {"consent": "ตกลงค่ะ", "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ค่ารถกลับบ่พอค่ะ เงินเดือนสุดท้ายเขากะบ่จ่าย",
         "id_card": "มีค่ะ ทั้งข้อยทั้งผัว", "nationality_letter": "บ่มีค่ะ",
         "current_province": "พัทยาค่ะ", "home_province": "อุดร บ้านเฮาอยู่กุมภวาปี",
         "travellers": "ข้อย ผัว ลูกสาวคนโต๗ขวบ กับน้องคนเล็ก",
         "urgent": "ยังบ่ด่วนปานนั้นค่ะ หมู่ให้นอนห้องนำได้อีกจักมื้อ",
         "special_needs": "ลูกน้อย๘เดือนค่ะ ยังกินนมอยู่",
         "travel_alone": "ลูกไปกับพ่อแม่เขาค่ะ บ่ต้องมีเจ้าหน้าที่ไปนำ",
         "sensitive_consent": "ได้ค่ะ", "needs": "บ่มีค่ะ",
         "name": "นิตยา ค่ะ", "phone": "089-334-1207", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี",
                "travellers": 4, "urgent": False, "special": ["child"], "name": "นิตยา",
                "phone": "0893341207"}),

    # Northern masseuse in Phuket, shop closed, evicted today, seven months pregnant
    # mentioned in passing -> eligible, urgent, pregnant.
    "dev44 northern pregnant phuket evicted": Persona(
        ("สวัสดีเจ้า", "ร้านนวดที่เฮาทำงานปิดละเจ้า",
         "เจ้าของห้องไล่ออกวันนี้ เฮาบ่มีตังจ่ายค่าห้อง", "จะปิ๊กบ้านก่บ่มีค่ารถ🙏🙏"),
        {"consent": "ได้เจ้า", "idle": "อยากปิ๊กบ้านเจ้า",
         "hardship": "ตังบ่มีเลยเจ้า ค่ารถปิ๊กบ้านก่บ่มี", "id_card": "มีเจ้า",
         "nationality_letter": "บ่มีเจ้า", "current_province": "ภูเก็ตเจ้า ป่าตอง",
         "home_province": "เชียงรายเจ้า แม่สาย", "travellers": "ไปคนเดียวเจ้า",
         "urgent": "ด่วนเจ้า คืนนี้บ่รู้จะนอนตางใด",
         "special_needs": "ท้องได้เจ็ดเดือนแล้วเจ้า",
         "travel_alone": "ไปคนเดียวได้เจ้า ขึ้นรถทัวร์ได้อยู่",
         "sensitive_consent": "ได้เจ้า",
         "needs": "อยากไปฝากครรภ์ที่บ้านเจ้า ที่นี่บ่ได้ไปหาหมอเลย",
         "name": "เฮาชื่อ อรทัย เจ้า", "phone": "0935528146", "confirm": "ถูกต้องเจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": ["pregnant"], "name": "อรทัย",
                "phone": "0935528146"}),

    # Southern man with his 72-year-old mother stranded in Bangkok looking for his
    # brother, sleeping at Hua Lamphong; one thing per message -> eligible, elderly.
    "dev44 southern son old mother hualamphong": Persona(
        ("ช่วยหนอยครับ", "ผมกับแม่มาตามหาน้องชายที่กรุงเทพ หาไม่เจอ",
         "ตังหมดแล้ว ไม่หมีค่ารถหลบบ้าน", "คืนนี้นอนหัวลำโพงแหละ"),
        {"consent": "ได้ครับ", "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "ไม่หมีตังหลบบ้านครับ ข้าวกะยังไม่กินเลย",
         "id_card": "หมีครับ ทั้งผมทั้งแม่", "nationality_letter": "ไม่หมีครับ",
         "current_province": "กรุงเทพครับ", "home_province": "นครศรีฯครับ อำเภอชะอวด",
         "travellers": "สองคน ผมกับแม่", "urgent": "ด่วนครับ ไม่หมีที่นอน",
         "special_needs": "แม่แก่แล้วครับ อายุ๗๒",
         "travel_alone": "แม่ไปกับผมได้ครับ", "sensitive_consent": "ได้ครับ",
         "needs": "ไม่หมีแล้วครับ", "name": "ชื่อ อนุชา ครับ",
         "phone": "๐๘๖ ๔๑๒ ๗๗๐๙", "confirm": "ใช่ครับ ถูกหมด"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 2, "urgent": True, "special": ["elderly"], "name": "อนุชา",
                "phone": "0864127709"},
        one_part=True),

    # Released from Bang Khwang yesterday, card lost long ago but has a kamnan's letter
    # certifying Thai nationality and residence (seeds: condition 2) -> eligible; wants
    # a new ID card (DOPA issues cards to released prisoners).
    "dev44 isan released prisoner letter": Persona(
        ("ผมพึ่งพ้นโทษออกมาเมื่อวาน", "ออกจากคุกที่บางขวาง",
         "ไม่มีใครมารับ บ่มีเงินกลับบ้านครับ"),
        {"consent": "ยอมรับครับ", "idle": "อยากกลับบ้านครับ",
         "hardship": "บ่มีเงินสักบาท ค่ารถกลับบ้านกะบ่มี บ่อนนอนกะบ่มี",
         "id_card": "บัตรหายไปตั้งแต่ก่อนโดนจับแล้วครับ",
         "nationality_letter": "มีหนังสือรับรองที่กำนันออกให้ครับ ว่าเป็นคนไทยอยู่บ้านนั้นจริง",
         "current_province": "นนทบุรีครับ แถวท่าน้ำนนท์", "home_province": "สกลนครครับ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ เมื่อคืนกะนอนป้ายรถเมล์",
         "special_needs": "บ่มีครับ", "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ แล้วกะอยากหางานทำ",
         "name": "ธวัชชัย ครับ", "phone": "0621184453", "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "referrals": ["id_card"],
                "name": "ธวัชชัย", "phone": "0621184453"}),

    # Northern grandfather (75) came to find his son who moved away; sleeping at a
    # villager's place tonight -> eligible, not urgent, elderly; one thing per message.
    "dev44 northern grandpa lost son": Persona(
        ("สวัสดีครับ", "ป้อจายมาหาลูกจายที่กรุงเทพ ลูกจายย้ายงานหนีไปละ ติดต่อบ่ได้",
         "ตังค์ก่หมดแล้ว ปิ๊กบ้านบ่ได้"),
        {"consent": "ได้ครับ", "idle": "ปิ๊กบ้านบ่ได้ครับ",
         "hardship": "ค่ารถปิ๊กบ้านบ่มีครับ", "id_card": "มีครับ ใบเก่าแต่ยังใช้ได้",
         "nationality_letter": "บ่มีครับ", "current_province": "อยู่บางซื่อครับ กรุงเทพ",
         "home_province": "ลำปางครับ เกาะคา", "travellers": "คนเดียวครับ",
         "urgent": "บ่ด่วนครับ คืนนี้ได้นอนบ้านหมู่ที่มาจากบ้านเดียวกัน",
         "special_needs": "ป้อจายอายุ๗๕แล้วครับ แข็งแรงอยู่",
         "travel_alone": "ไปคนเดียวได้ครับ ขึ้นรถไฟเป็น", "sensitive_consent": "ได้ครับ",
         "needs": "บ่มีครับ", "name": "ชื่อ อินสม ครับ",
         "phone": "เบอร์หลานครับ 0843326190", "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "special": ["elderly"], "name": "อินสม",
                "phone": "0843326190"},
        one_part=True),

    # Southern mother who fled a violent husband in Mahachai with two small kids, sitting
    # outside a 7-Eleven -> eligible, urgent, 3 travellers, child.
    "dev44 southern mother fled mahachai": Persona(
        ("ช่วยด้วยค่ะ", "หนีผัวมาพร้อมลูกสองคน ผัวมันเมาแล้วตบ",
         "ตอนนี้นั่งอยู่หน้าเซเว่นที่มหาชัย", "ตังไม่หมีเลย อยากหลบบ้านแม่ที่ตรัง😢"),
        {"consent": "ได้ค่ะ", "idle": "อยากหลบบ้านค่ะ",
         "hardship": "ไม่หมีที่อยู่ ไม่หมีตังค่ะ ลูกยังไม่ได้กินข้าวเย็น",
         "id_card": "หมีค่ะ เอาติดมาแค่บัตรกับโทรศัพท์", "nationality_letter": "ไม่หมีค่ะ",
         "current_province": "มหาชัยค่ะ สมุทรสาคร", "home_province": "ตรังค่ะ บ้านแม่อยู่ห้วยยอด",
         "travellers": "หนูกับลูกสองคนค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่รู้จะนอนไหน กลัวผัวตามมาเจอ",
         "special_needs": "ลูกคนโต๕ขวบ คนเล็ก๓ขวบค่ะ", "travel_alone": "ลูกไปกับหนูค่ะ",
         "sensitive_consent": "ได้ค่ะ", "needs": "อยากปรึกษาเรื่องกฎหมาย จะแจ้งความผัวได้ไหม",
         "name": "กัลยา ค่ะ", "phone": "0957710382", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "ตรัง",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "กัลยา",
                "phone": "0957710382"}),

    # Isan teenager tricked by a job broker in Rayong, no food for two meals, sleeping at
    # a petrol station; voice-typed, missing tone marks; one thing per message.
    "dev44 isan teen scammed rayong": Persona(
        ("สวัสดีครับพี่", "ผมโดนนายหน้าหลอกมาทำงานระยองครับ",
         "มาถึงไม่มีงานจิง เงินค่านายหน้ากะโดนเอาไป", "สองมื้อแล้วยังบ่ได้กินหยังเลย"),
        {"consent": "โอเคคับ", "idle": "อยากกลับบานคับ",
         "hardship": "ไม่มีเงินกินขาวคับ ค่ารถกลับบานก็ไม่มี", "id_card": "มีคับ",
         "nationality_letter": "ไม่มีคับ", "current_province": "ระยองคับ แถวมาบตาพุด",
         "home_province": "ศรีสะเกษคับ กันทรลักษ์", "travellers": "คนเดียวคับ",
         "urgent": "ดวนคับ นอนปั๊มน้ำมันมาสองคืนแล้ว",
         "special_needs": "ไม่มีคับ ผมอายุ๑๙", "travel_alone": "ได้คับ",
         "sensitive_consent": "ได้คับ", "needs": "อยากได้งานทำคับ",
         "name": "ชื่อ ณัฐวุฒิ คับ", "phone": "๐๖๔๙๙๘๒๓๑๗", "confirm": "ใชคับ"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": [], "name": "ณัฐวุฒิ",
                "phone": "0649982317"},
        one_part=True),

    # Isan grandmother and her one-legged husband, both over 60, stranded in Pak Nam
    # under a footbridge -> eligible, urgent, elderly + disabled; husband never
    # registered as disabled (disability allowance needs registration).
    "dev44 isan grandma grandpa paknam": Persona(
        ("ยายขอถามแหน่เด้อ", "ยายกับตาพากันมาหาลูกสาวที่ปากน้ำ",
         "ลูกสาวบ่อยู่แล้ว ย้ายไปไสกะบ่ฮู้", "ตาขาขาดข้างนึงต้องใช้ไม้ค้ำ ย่างไกลบ่ได้",
         "เงินกะหมดแล้ว กลับบ้านบ่ได้😢"),
        {"consent": "ได้จ้า", "idle": "อยากกลับบ้านจ้า",
         "hardship": "บ่มีเงินค่ารถกลับบ้าน ข้าวกะบ่ค่อยได้กิน",
         "id_card": "มีทั้งสองคนจ้า", "nationality_letter": "บ่มีจ้า",
         "current_province": "ปากน้ำ สมุทรปราการจ้า", "home_province": "บุรีรัมย์ นางรอง",
         "travellers": "ยายกับตา สองคนจ้า",
         "urgent": "ด่วนจ้า คืนนี้นอนใต้สะพานลอยแถวตลาด",
         "special_needs": "ตาขาขาด ใช้ไม้ค้ำ ยายอายุ๖๘ ตา๗๑",
         "travel_alone": "ตาไปกับยายได้จ้า ยายพาไป", "sensitive_consent": "ได้จ้า",
         "needs": "ตาบ่เคยไปขึ้นทะเบียนคนพิการ อยากรู้ว่าได้เบี้ยบ่",
         "name": "ยายชื่อ บัวผัน", "phone": "0885419036 เบอร์หลานเด้อ",
         "confirm": "แม่นแล้วจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": True, "special": ["elderly", "disabled"],
                "referrals": ["disability_allowance"], "name": "บัวผัน",
                "phone": "0885419036"}),

    # Northern young mother left by her husband in Lat Krabang, rent due by Friday, baby
    # of six months; types her phone wrong and fixes it at the summary.
    "dev44 northern mother left latkrabang": Persona(
        ("ฮัลโหลเจ้า", "ผัวหนีไปมีเมียใหม่ละ ทิ้งเฮากับลูกไว้ในห้องเช่า",
         "ค่าห้องค้างมาสองเดือน เจ้าของห้องหื้อออกภายในวันศุกร์", "อยากปิ๊กบ้านที่น่าน"),
        {"consent": "ตกลงเจ้า", "idle": "อยากปิ๊กบ้านเจ้า",
         "hardship": "บ่มีเงินเลยเจ้า ค่ารถปิ๊กบ้านก่บ่มี นมลูกก่ใกล้หมด",
         "id_card": "มีเจ้า", "nationality_letter": "บ่มีเจ้า",
         "current_province": "กรุงเทพเจ้า ลาดกระบัง", "home_province": "น่านเจ้า อำเภอปัว",
         "travellers": "เฮากับลูกเจ้า สองคน",
         "urgent": "ยังบ่ด่วนเจ้า ยังนอนห้องได้ถึงวันศุกร์",
         "special_needs": "ลูกอายุ๖เดือนเจ้า", "travel_alone": "ลูกไปกับแม่เจ้า",
         "sensitive_consent": "ได้เจ้า", "needs": "บ่มีละเจ้า",
         "name": "ชื่อ พิมพ์ชนก เจ้า", "phone": "0816620943",
         "confirm": ("เบอร์ผิดเจ้า ที่ถูก 0816620934", "ถูกแล้วเจ้า")},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน",
                "travellers": 2, "urgent": False, "special": ["child"], "name": "พิมพ์ชนก",
                "phone": "0816620934"}),

    # Southern worker from Hat Yai laid off in Si Racha, sleeping in the market, diabetic
    # and out of medicine -> eligible, urgent, sick, travels alone.
    "dev44 southern diabetic sriracha market": Persona(
        ("พี่ครับ", "ผมเป็นคนหาดใหญ่ มาทำงานอยู่ศรีราชา", "บริษัทเลิกจ้าง ห้องก็โดนยึด",
         "ตอนนี้นอนตลาด ตังไม่หมีหลบบ้าน"),
        {"consent": "ได้ครับ", "idle": "ขอความช่วยเหลือค่ารถหลบบ้านครับ",
         "hardship": "ไม่หมีที่นอน ไม่หมีตังครับ", "id_card": "หมีครับ",
         "nationality_letter": "ไม่หมีครับ", "current_province": "ศรีราชา ชลบุรีครับ",
         "home_province": "หาดใหญ่ สงขลาครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ นอนแผงผักในตลาด",
         "special_needs": "ผมเป็นเบาหวานครับ ยาหมดมาอาทิตย์นึงแล้ว",
         "travel_alone": "ไปคนเดียวได้ครับ ไม่ต้องห่วง", "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้ยาเบาหวานครับ", "name": "ชื่อ สุเทพ ครับ",
         "phone": "0613307725", "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "สงขลา",
                "travellers": 1, "urgent": True, "special": ["sick"], "name": "สุเทพ",
                "phone": "0613307725"}),

    # Isan daughter asks for her 80-year-old forgetful mother to go back to a sister in
    # Maha Sarakham alone (relative's home counts as ภูมิลำเนาเดิม); the mother cannot
    # travel alone -> an officer may travel along (regulation ข้อ ๖(๓)).
    "dev44 isan daughter sends forgetful mother": Persona(
        ("สวัสดีค่ะ", "ขอถามแทนแม่ค่ะ", "แม่อายุ๘๐ หลงๆลืมๆ มาอยู่กับหนูที่กรุงเทพ",
         "หนูบ่มีเงินพาแม่กลับ งานกะบ่มั่นคง",
         "อยากส่งแม่กลับไปอยู่กับน้องสาวที่สารคาม"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากส่งแม่กลับบ้านค่ะ",
         "hardship": "บ่มีค่ารถส่งแม่กลับค่ะ หาเงินบ่พอ", "id_card": "แม่มีบัตรค่ะ",
         "nationality_letter": "บ่มีค่ะ", "current_province": "กรุงเทพค่ะ บางแค",
         "home_province": "มหาสารคามค่ะ บ้านน้องสาว",
         "travellers": "แม่คนเดียวค่ะ หนูต้องอยู่ทำงาน",
         "urgent": "บ่ด่วนค่ะ แม่อยู่ห้องกับหนูได้",
         "special_needs": "แม่อายุ๘๐ค่ะ หลงลืม จำทางบ่ได้",
         "travel_alone": "แม่ไปเองบ่ได้ค่ะ ต้องมีคนพาไป", "sensitive_consent": "ได้ค่ะ",
         "needs": "แม่ยังบ่ได้เบี้ยคนแก่ค่ะ", "name": "แม่ชื่อ คำปุน ศรีสุข ค่ะ",
         "phone": "เบอร์หนูค่ะ 0917742638", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "มหาสารคาม",
                "travellers": 1, "urgent": False,
                "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort"], "name": "คำปุน", "phone": "0917742638"}),

    # Southern young woman pickpocketed on a bus in Bangkok; card survived behind the
    # phone case; no tone marks at all; one thing per message -> eligible, urgent.
    "dev44 southern pickpocketed no tones": Persona(
        ("พี่คะ", "โดนลวงกระเปาตังบนรถเมล", "ตังหมดเลยคะ", "หลบบานไมได้😭😭"),
        {"consent": "ตกลงคะ", "idle": "อยากหลบบานคะ",
         "hardship": "ไมหมีตังคะ คาตัวรถก็ไมหมี",
         "id_card": "บัตรยังอยูคะ เก็บไวหลังเคสโทสับ รอดมาได",
         "nationality_letter": "ไมหมีคะ", "current_province": "กทมคะ แถวสายใตใหม",
         "home_province": "สุราษคะ บานอยูพุนพิน", "travellers": "คนเดียวคะ",
         "urgent": "ดวนคะ คืนนีไมรูจะนอนไหน", "special_needs": "ไมหมีคะ",
         "travel_alone": "ไปเองไดคะ", "sensitive_consent": "ไดคะ", "needs": "ไมหมีคะ",
         "name": "ชือ ปวีณา คะ", "phone": "๐๙๘๒๒๖๕๑๐๗", "confirm": "ใชคะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุราษฎร์ธานี",
                "travellers": 1, "urgent": True, "special": [], "name": "ปวีณา",
                "phone": "0982265107"},
        one_part=True),

    # Isan man flooded out of his Rangsit room with his grandmother (83) and nephew (4);
    # three travellers told as relations -> eligible, urgent, elderly + child.
    "dev44 isan flood rangsit grandma nephew": Persona(
        ("สบายดีครับ", "ห้องเช่าแถวรังสิตน้ำท่วมเข้า ของเสียหายหมด",
         "ผมพายายกับหลานหนีน้ำออกมา", "เงินกะบ่มี อยากพากลับกาฬสินธุ์🙏"),
        {"consent": "โอเคครับ", "idle": "อยากพายายกับหลานกลับบ้านครับ",
         "hardship": "บ่มีบ่อนอยู่ บ่มีเงินกลับบ้านครับ",
         "id_card": "มีครับ ยายกะมี หลานมีสูติบัตร", "nationality_letter": "บ่มีครับ",
         "current_province": "รังสิตครับ ปทุมธานี", "home_province": "กาฬสินธุ์ครับ ยางตลาด",
         "travellers": "ผม ยาย หลาน", "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "ยายอายุ๘๓ หลานชาย๔ขวบครับ", "travel_alone": "ไปกับผมได้ครับ",
         "sensitive_consent": "ได้ครับ", "needs": "บ่มีครับ",
         "name": "ชื่อ วีระพงษ์ ครับ", "phone": "0876653091", "confirm": "แม่นครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "กาฬสินธุ์",
                "travellers": 3, "urgent": True, "special": ["elderly", "child"],
                "name": "วีระพงษ์", "phone": "0876653091"}),

    # Northern man laid off in Bang Phli, evicted, can't eat or sleep from stress; asks
    # to talk to a doctor about it (Department of Mental Health care); one per message.
    "dev44 northern stressed bangphli": Persona(
        ("สวัสดีครับ", "เฮาโดนออกจากงานที่บางพลีได้เดือนนึงละ", "ตังค์หมด ห้องก่โดนไล่",
         "กิ๋นบ่ลง นอนบ่หลับ เครียดขนาด อยากปิ๊กบ้าน"),
        {"consent": "ได้ครับ", "idle": "อยากปิ๊กบ้านครับ",
         "hardship": "ค่ารถปิ๊กบ้านบ่มี ที่นอนก่บ่มีครับ", "id_card": "มีครับ",
         "nationality_letter": "บ่มีครับ", "current_province": "บางพลีครับ สมุทรปราการ",
         "home_province": "พะเยาครับ เชียงคำ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้บ่มีที่นอน",
         "special_needs": "บ่มีครับ แต่เครียดขนาด บางทีก่คิดบ่ตก",
         "travel_alone": "ไปเองได้ครับ", "sensitive_consent": "ได้ครับ",
         "needs": "อยากคุยกับหมอเรื่องเครียดครับ", "name": "ชื่อ ชัยวัฒน์ ครับ",
         "phone": "0625508814", "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "พะเยา",
                "travellers": 1, "urgent": True, "referrals": ["mental_health_care"],
                "name": "ชัยวัฒน์", "phone": "0625508814"},
        one_part=True),

    # Isan woman living with HIV, lost her job, savings gone on medicine; still has a
    # friend's room for a week -> eligible, not urgent, sick; HIV aid (Source A 2.1).
    "dev44 isan hiv donmueang": Persona(
        ("สวัสดีค่ะ", "ป่วยค่ะ ทำงานบ่ไหวแล้ว ถูกให้ออก",
         "เงินเก็บกะหมดกับค่ายาค่ารถไปโรงบาล", "อยากกลับไปอยู่กับแม่ที่ยโสธร"),
        {"consent": "ยอมรับค่ะ", "idle": "อยากกลับบ้านค่ะ บ่มีค่ารถ",
         "hardship": "บ่มีรายได้ค่ะ ค่ารถกลับบ้านกะบ่มี", "id_card": "มีค่ะ",
         "nationality_letter": "บ่มีค่ะ", "current_province": "กรุงเทพค่ะ ดอนเมือง",
         "home_province": "ยโสธรค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "บ่ด่วนค่ะ ยังอยู่ห้องหมู่ได้อีกอาทิตย์",
         "special_needs": "หนูติดเชื้อHIVค่ะ กินยาต้านอยู่ ตอนนี้ผอมลง",
         "travel_alone": "ไปเองได้ค่ะ", "sensitive_consent": "ได้ค่ะ บันทึกได้",
         "needs": "อยากย้ายไปรับยาโรงบาลใกล้บ้านค่ะ ถ้ามีเงินช่วยคนติดเชื้อกะอยากได้",
         "name": "ชื่อ สุภาพร ค่ะ", "phone": "0654419273", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยโสธร",
                "travellers": 1, "urgent": False, "special": ["sick"],
                "referrals": ["hiv_aid"], "name": "สุภาพร", "phone": "0654419273"}),

    # Southern couple whose Phuket restaurant closed; says two travellers, then adds his
    # father-in-law at the summary -> 3; wife four months pregnant; room for a few days.
    "dev44 southern couple phuket forgot father": Persona(
        ("หวัดดีครับ", "ร้านอาหารที่ผมกับแฟนทำปิดกิจการ", "ตังที่หมีเหลือไม่พอค่ารถหลบพัทลุง",
         "พ่อตาก็มาอยู่ด้วย"),
        {"consent": "ได้ครับ", "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "ค่ารถไม่พอครับ งานก็ไม่หมี", "id_card": "หมีครับ ครบทุกคน",
         "nationality_letter": "ไม่หมีครับ", "current_province": "ภูเก็ตครับ กะทู้",
         "home_province": "พัทลุงครับ ควนขนุน", "travellers": "ผมกับแฟนครับ",
         "urgent": "ยังไม่ด่วนครับ ยังนอนห้องได้อีกสองสามวัน",
         "special_needs": "แฟนท้องสี่เดือนครับ",
         "travel_alone": "ไปด้วยกันครับ ไม่ต้องหมีคนพา", "sensitive_consent": "ได้ครับ",
         "needs": "ไม่หมีครับ", "name": "ชื่อ อัมรินทร์ ครับ", "phone": "0823391457",
         "confirm": ("ลืมบอกครับ พ่อตาไปด้วย รวมเป็นสามคน", "ใช่ครับ")},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "พัทลุง",
                "travellers": 3, "urgent": False, "name": "อัมรินทร์",
                "phone": "0823391457"}),

    # Lao housemaid with a pink migrant card, home in Savannakhet: the aid is for people
    # of Thai nationality (regulation ข้อ ๔) -> refused.
    "dev44 lao maid pink card refused": Persona(
        ("สะบายดีเจ้า", "ข้อยเป็นคนลาว มาเฮ็ดงานแม่บ้านอยู่กรุงเทพ",
         "นายจ้างไล่ออก บ่ได้ค่าแรง", "อยากกลับบ้านแต่บ่มีเงินค่ารถ"),
        {"consent": "ได้เจ้า", "idle": "อยากกลับบ้านเจ้า",
         "hardship": "บ่มีเงินค่ารถเจ้า", "id_card": "บ่มีบัตรไทยเจ้า มีแต่บัตรชมพู",
         "nationality_letter": "บ่มีเจ้า ข้อยบ่แม่นคนไทย",
         "current_province": "กรุงเทพเจ้า", "home_province": "สะหวันนะเขตเจ้า ฝั่งลาว",
         "travellers": "คนเดียวเจ้า", "urgent": "ด่วนเจ้า", "special_needs": "บ่มีเจ้า",
         "travel_alone": "ได้เจ้า", "sensitive_consent": "ได้เจ้า", "needs": "บ่มีเจ้า",
         "name": "ชื่อ คำแพง เจ้า", "phone": "0946620158", "confirm": "แม่นแล้วเจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Isan man in Khon Kaen city whose home is Chum Phae, also Khon Kaen: he is already
    # in his home province, so there is no return to a ภูมิลำเนาเดิม -> refused.
    "dev44 isan same province refused": Persona(
        ("สวัสดีครับ", "ผมอยู่ในเมืองขอนแก่น", "ตกงาน ตังบ่มีค่ารถกลับบ้านที่ชุมแพ"),
        {"consent": "ได้ครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ", "id_card": "มีครับ",
         "nationality_letter": "บ่มีครับ", "current_province": "ขอนแก่นครับ ในเมือง",
         "home_province": "ขอนแก่นครับ อำเภอชุมแพ", "travellers": "คนเดียวครับ",
         "urgent": "บ่ด่วนครับ นอนบ้านหมู่ได้", "special_needs": "บ่มีครับ",
         "travel_alone": "ได้ครับ", "sensitive_consent": "ได้ครับ", "needs": "บ่มีครับ",
         "name": "ชื่อ ประสิทธิ์ ครับ", "phone": "0897315562", "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "ขอนแก่น",
                "home": "ขอนแก่น"}),

    # Southern man with a job, money and a room who just wants a free ride home for
    # Songkran: none of the three hardship criteria -> refused.
    "dev44 southern songkran not hardship refused": Persona(
        ("หวัดดีครับ", "ได้ยินว่ารัฐให้ค่ารถหลบบ้านฟรี จริงไหม",
         "ผมจะหลบสงกรานต์ที่ชุมพร ขอด้วยได้ไหม😁"),
        {"consent": "ได้ครับ", "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "ไม่ได้เดือดร้อนไหรครับ งานหมี ตังก็หมี ห้องก็หมี แค่อยากได้ฟรี",
         "id_card": "หมีครับ", "nationality_letter": "ไม่หมีครับ",
         "current_province": "นนทบุรีครับ", "home_province": "ชุมพรครับ",
         "travellers": "สองคน ผมกับเมีย", "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่หมีครับ", "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ", "needs": "ไม่หมีครับ",
         "name": "ชื่อ สมศักดิ์ ครับ", "phone": "0867724410", "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False}),

    # Northern grandmother asking for her grandson whether the aid costs anything:
    # only asks -> the fee answer (ไม่มีค่าธรรมเนียม).
    "dev44 northern grandma asks fee": Persona(
        ("สวัสดีเจ้า", "แม่อุ๊ยขอถามเจ้า",
         "ถ้าขอหื้อช่วยค่ารถปิ๊กบ้าน ต้องเสียตังค์ก่เจ้า"),
        {"consent": "ได้เจ้า", "idle": "ถามเฉยๆเจ้า ต้องเสียตังค์ก่",
         "hardship": "บ่ได้ขอเจ้า ถามหื้อหลานเฉยๆ", "id_card": "มีเจ้า",
         "nationality_letter": "บ่มีเจ้า", "current_province": "เชียงใหม่เจ้า",
         "home_province": "เชียงใหม่เจ้า", "travellers": "บ่ได้ไปเจ้า",
         "urgent": "บ่ด่วนเจ้า", "special_needs": "บ่มีเจ้า", "travel_alone": "ได้เจ้า",
         "sensitive_consent": "บ่เอาเจ้า", "needs": "บ่มีเจ้า",
         "name": "บ่บอกเจ้า", "phone": "บ่บอกเจ้า", "confirm": "บ่ได้ขอเจ้า ถามเฉยๆ"},
        outcome="answered",
        answered="ค่าธรรมเนียม"),

    # Southern man at night asking whether he can still call and which number: only asks
    # -> the channels answer (hotline 1300, 24 hours).
    "dev44 southern night asks hotline": Persona(
        ("ดึกแล้ว", "ตอนนี้ยังโทรขอความช่วยเหลือได้ไหมครับ", "เบอร์ไหนครับ"),
        {"consent": "ได้ครับ", "idle": "ถามเบอร์โทรครับ กลางคืนโทรได้ไหม",
         "hardship": "ยังไม่ได้ขอครับ ถามไว้ก่อน", "id_card": "หมีครับ",
         "nationality_letter": "ไม่หมีครับ", "current_province": "สงขลาครับ",
         "home_province": "สงขลาครับ", "travellers": "ยังไม่รู้ครับ",
         "urgent": "ไม่ด่วนครับ", "special_needs": "ไม่หมีครับ", "travel_alone": "ได้ครับ",
         "sensitive_consent": "ไม่เอาครับ", "needs": "ไม่หมีครับ",
         "name": "ไม่บอกครับ", "phone": "ไม่บอกครับ", "confirm": "ถามเฉยๆครับ"},
        outcome="answered",
        answered="1300"),

    # Isan aunt asking which papers her nephew must bring: only asks -> the documents
    # answer (ID card; without papers a letter certifying Thai nationality).
    "dev44 isan aunt asks documents": Persona(
        ("ขอถามแหน่เด้อ", "ถ้าสิขอค่ารถกลับบ้าน ต้องเอาเอกสารหยังไปแน่",
         "หลานสิไปขอ มันบ่กล้าถามเอง😅"),
        {"consent": "ได้จ้า", "idle": "ถามเรื่องเอกสารจ้า ต้องใช้หยังแน่",
         "hardship": "บ่แม่นข้อยขอเด้อ ถามแทนหลาน", "id_card": "ข้อยมีจ้า",
         "nationality_letter": "บ่มีจ้า", "current_province": "อุบลจ้า",
         "home_province": "อุบลจ้า", "travellers": "บ่ได้ไปจ้า",
         "urgent": "บ่ด่วนจ้า", "special_needs": "บ่มีจ้า", "travel_alone": "ได้จ้า",
         "sensitive_consent": "บ่ต้องจ้า", "needs": "บ่มีจ้า",
         "name": "บ่ต้องจดจ้า", "phone": "บ่ต้องจ้า", "confirm": "ถามเฉยๆจ้า"},
        outcome="answered",
        answered="บัตรประ"),
}
