"""dev90: Blind dialog personas for the Namjai benchmark.

Date: 2026-12-07. Written from the seeds only.
Focus: Southern and Northern speech and the deep South; people hit by floods, fires,
landslides or evictions; elder couples travelling together (one needing an escort);
people sleeping at stations, temples, hospitals.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Young Southern man flooded out of his room in Hat Yai (Songkhla), sleeping at Hat Yai
    # station, no food; 1 traveller home to Trang. Case, urgent.
    "dev90 Hat Yai flood, sleeping at the station, home Trang": Persona(
        ("สวัสดีครับ", "ยินยอมครับ",
         "น้ำท่วมหาดใหญ่ห้องเช่าฉานจมหมดแล้วครับ ของเหม็ดเลย ตางค์ก็ไม่มี "
         "หลาวนอนอยู่สถานีรถไฟหาดใหญ่ อยากหลบบ้านที่ตรัง มีบัตรประชาชนอยู่ครับ เปียกแต่ยังใช้ได้"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่นอน ไม่มีตางค์ค่ารถ ข้าวก็ไม่มีกินครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "หาดใหญ่ สงขลาครับ", "home_province": "ตรังครับ อำเภอห้วยยอด",
         "travellers": "ฉานคนเดียวครับ", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้ต้องนอนสถานีอีกคืนครับ ไม่มีที่ไป ข้าวก็ยังไม่ได้กินตั้งแต่เมื่อวาน",
         "name": "อนุชา แก้วมณี", "phone": "093-771-4052",
         "needs": "ไม่มีแล้วครับ ขอหลบบ้านก่อน", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ตรัง", "travellers": 1,
                "urgent": True, "special": [], "name": "อนุชา", "phone": "0937714052",
                "no_referrals": HEALTH}),

    # Malay-Muslim mother from Narathiwat evicted from her room in Bangkok, sleeping at
    # Krung Thep Aphiwat (Bang Sue) station with two small children; 3 travellers. Case, urgent.
    "dev90 deep South mother evicted, Bang Sue with two kids": Persona(
        ("อัสลามูอาลัยกุมค่ะ",
         "ขอความช่วยเหลือค่ะ เจ้าของห้องไล่ออก ค้างค่าห้อง ๒ เดือน ตอนนี้นอนสถานีกลางบางซื่อกับอาเนาะ ๒ คน",
         "อยากกลับบ้านที่นราฯ สุไหงปาดี ไม่มีเงินค่ารถเลยค่ะ 😢"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงิน ไม่มีค่ารถ ทั้งหมดเลยค่ะ",
         "id_card": "มีค่ะ บัตรยังอยู่", "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ แถวบางซื่อ", "home_province": "นราธิวาสค่ะ",
         "travellers": "๓ คนค่ะ กะกับลูก ๒ คน คนโต ๖ ขวบ คนเล็ก ๒ ขวบ",
         "special_needs": "ลูกเล็กค่ะ คนเล็กยังกินนมอยู่", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ ลูกหิวด้วย ยังไม่ได้กินข้าว",
         "name": "ซูไฮดา เจ๊ะมะ", "phone": "๐๖๕๓๓๘๑๙๒๗",
         "needs": "ไม่มีค่ะ อยากกลับบ้านอย่างเดียว", "confirm": "ใช่ค่ะ ตรีมอกาเซ๊ะค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นราธิวาส",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "ซูไฮดา",
                "phone": "0653381927", "no_referrals": HEALTH}),

    # Grandson in Nan writes (Northern) for his grandparents, 79 and 74, sleeping on a bench at
    # Siriraj hospital in Bangkok; they cannot read or change buses, he asks for an officer
    # escort; 2 travellers (he stays). Case, urgent.
    "dev90 Northern elder couple at a Bangkok hospital, escort": Persona(
        ("สวัสดีครับ ผมพิมพ์แทนป้ออุ๊ยกับแม่อุ๊ยครับ",
         "อุ๊ยสองคนลงไปเฝ้าป้าตี้นอนโรงบาลศิริราช ตอนนี้เงินหมดแล้ว นอนม้านั่งโรงบาลมา ๓ คืนแล้วครับ "
         "บ่มีค่ารถปิ๊กน่าน",
         "ผมอยู่น่าน ลงไปรับบ่ได้ ทำงานรายวัน อุ๊ยสองคนอ่านหนังสือบ่ออก ต่อรถเองบ่เป็นครับ "
         "มีเจ้าหน้าที่พาไปส่งได้ก่อครับ 🙏"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีค่ารถปิ๊กบ้าน บ่มีที่นอน เงินหมดแล้วครับ",
         "id_card": "มีครับ บัตรอุ๊ยอยู่กับตัวตึงสองคน", "nationality": "คนไทยครับ",
         "current_province": "กรุงเทพครับ โรงบาลศิริราช", "home_province": "น่านครับ อำเภอปัว",
         "travellers": "๒ คนครับ ป้ออุ๊ย ๗๙ แม่อุ๊ย ๗๔ ผมบ่ได้ไปด้วย",
         "special_needs": "แก่แล้วครับ เดินช้า แต่บ่ได้ป่วยไหน ไปเองบ่ได้เพราะอ่านบ่ออก ต่อรถบ่เป็น",
         "more_care": "บ่มีแล้วครับ",
         "travel_alone": "บ่ได้ครับ ต้องมีคนพาไป อยากหื้อเจ้าหน้าที่ไปส่งครับ",
         "urgent": "นอนม้านั่งโรงบาลครับ ข้าวก็กินวันละมื้อ คืนนี้ก็ต้องนอนตรงนั้นอีก",
         "name": "จันทร์ต๊ะ ใจปิน ครับ ชื่อป้ออุ๊ย", "phone": "0898127345",
         "needs": "บ่มีครับ ขอหื้ออุ๊ยได้ปิ๊กบ้านก่อน", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน", "travellers": 2,
                "urgent": True, "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort"], "name": "จันทร์ต๊ะ", "phone": "0898127345"}),

    # Northern construction worker from Lampang whose room in Phuket was buried by a landslide;
    # the temple lets him sleep one night only, no food; 1 traveller; wants work. Case, urgent.
    "dev90 Phuket landslide, temple for one night, home Lampang": Persona(
        ("ดินสไลด์ทับห้องพักผมที่ภูเก็ตครับ ของหายหมด รอดมาแต่ตัวกับบัตรประชาชน",
         "ผมเป็นคนลำปาง มาทำงานก่อสร้างที่นี่ อยากปิ๊กบ้านครับ บ่มีสตางค์เลย",
         "ตอนนี้นอนศาลาวัดอยู่ แถวกะทู้"),
        {"consent": "ได้ครับ ยินยอม", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีที่อยู่ บ่มีสตางค์ ค่ารถก็บ่มีครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "ภูเก็ตครับ", "home_province": "ลำปางครับ เกาะคา",
         "travellers": "คนเดียวครับ", "special_needs": "บ่มีครับ", "more_care": "บ่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "พระหื้อนอนศาลาได้คืนนี้คืนเดียวครับ พรุ่งนี้ต้องออก ข้าวก็ยังบ่ได้กิน",
         "name": "ณัฐพล ปัญญาดี", "phone": "0817093364",
         "needs": "ถ้ามีงานตี้ลำปางก็ดีครับ อยากหางานทำใกล้บ้าน", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ลำปาง", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement"],
                "no_referrals": HEALTH, "name": "ณัฐพล", "phone": "0817093364"}),

    # Southern mother from Nakhon Si Thammarat: a community fire in Khlong Toei (Bangkok) burned
    # their house; at a temple sala with her mother (68) and a 1-year-old, no food or milk;
    # 3 travellers. Case, urgent.
    "dev90 Bangkok community fire, temple sala, three generations": Persona(
        ("ช่วยด้วยค่ะ ไฟไหม้ชุมชนเมื่อคืน บ้านฉานไหม้เหม็ดเลย", "[sticker]",
         "ตอนนี้มาอาศัยศาลาวัดอยู่กับแม่กับลูก ข้าวของไม่เหลือไหรสักอย่าง อยากหลบบ้านที่นครค่ะ "
         "แต่ไม่มีตางค์"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "บ้านไหม้ ไม่มีตางค์ ข้าวไม่มีกิน ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ บัตรฉานกับบัตรแม่พกติดตัวออกมาได้", "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ แถวคลองเตย",
         "home_province": "นครศรีธรรมราชค่ะ อำเภอทุ่งสง",
         "travellers": "๓ คนค่ะ ฉาน แม่ แล้วก็ลูก",
         "special_needs": "แม่อายุ ๖๘ ค่ะ ลูกขวบเดียว", "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปกันเองได้ค่ะ",
         "urgent": "ข้าวไม่มีกินเลยค่ะ นมลูกก็หมด ที่วัดให้นอนได้แต่ไม่รู้ถึงวันไหน",
         "name": "สุภาวดี ทองขาว", "phone": "092-554-6810",
         "needs": "ไม่มีค่ะ ขอหลบบ้านก่อน", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 3, "urgent": True, "special": ["elderly", "child"],
                "no_referrals": HEALTH, "name": "สุภาวดี", "phone": "0925546810"}),

    # Northern woman from Phayao evicted from her rented room in Chonburi, can stay at a
    # friend's for a few days; 1 traveller; answers one thing at a time. Case, not urgent.
    "dev90 Northern woman evicted in Chonburi, one word at a time": Persona(
        ("สวัสดีเจ้า", "เจ้าของห้องไล่ออกเจ้า"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีค่ารถปิ๊กบ้านเจ้า", "id_card": "มีเจ้า", "nationality": "ไทยเจ้า",
         "current_province": "ชลบุรีเจ้า", "home_province": "พะเยาเจ้า",
         "travellers": "คนเดียวเจ้า", "special_needs": "บ่มีเจ้า", "more_care": "บ่มีเจ้า",
         "travel_alone": "ได้เจ้า",
         "urgent": "บ่ด่วนเจ้า นอนห้องเพื่อนได้อีกสัก ๔-๕ วัน",
         "name": "พรทิพย์", "phone": "๐๖๑๒๒๘๙๐๗๔", "needs": "บ่มีเจ้า",
         "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "พะเยา", "travellers": 1,
                "urgent": False, "special": [], "no_referrals": HEALTH, "name": "พรทิพย์",
                "phone": "0612289074"},
        one_part=True),

    # Man from Yala and his wife, 7 months pregnant: their construction camp in Phuket was torn
    # down, sleeping at the Phuket bus terminal; 2 travellers home to Yala. Case, urgent.
    "dev90 Yala couple, camp torn down, pregnant wife at the bus terminal": Persona(
        ("สลามครับ",
         "แคมป์ก่อสร้างเขารื้อ ไล่คนงานออกหมด ผมกับบินีนอนบขส.ภูเก็ตมา ๒ คืนแล้ว",
         "บินีท้อง ๗ เดือน อยากพาหลบยะลา ไม่มีตางค์ค่ารถครับ นายจ้างก็หายไปไม่จ่ายค่าแรง"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีตางค์ ไม่มีค่ารถครับ",
         "id_card": "มีครับ ทั้งสองคน", "nationality": "ไทยครับ",
         "current_province": "ภูเก็ตครับ", "home_province": "ยะลา บันนังสตาครับ",
         "travellers": "๒ คนครับ ผมกับเมีย", "special_needs": "เมียท้อง ๗ เดือนครับ",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "urgent": "ไม่มีที่นอนครับ นอนบขส. เมียก็เพลียมาก",
         "name": "มะรอนิง สาแม", "phone": "0874402619",
         "needs": "ไม่มีครับ", "confirm": "ใช่ครับ อินชาอัลลอฮ์"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ยะลา", "travellers": 2,
                "urgent": True, "special": ["pregnant"], "name": "มะรอนิง",
                "phone": "0874402619"}),

    # Social development volunteer (อพม.) in Chiang Mai writes for a 72-year-old man from Surat
    # Thani sleeping at Arcade bus station, who cannot travel alone; 1 traveller; asks for an
    # escort and the old-age allowance. Case, urgent.
    "dev90 volunteer for an old Southern man at Chiang Mai Arcade": Persona(
        ("สวัสดีค่ะ ดิฉันเป็น อพม. ที่เชียงใหม่ค่ะ พิมพ์แทนลุงคนนึงนะคะ",
         "ลุงนอนอยู่ที่ขนส่งอาเขตมา ๓ คืนแล้ว บอกว่ามาตามหาลูกชายแต่หาไม่เจอ เงินหมด "
         "อยากกลับบ้านที่สุราษฎร์ค่ะ",
         "ลุงมีบัตรประชาชนค่ะ ลุงยินยอมให้เก็บข้อมูลแล้วค่ะ"),
        {"consent": "ยินยอมค่ะ ลุงยินยอมแล้ว", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีที่พัก ไม่มีเงิน ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "เชียงใหม่ค่ะ", "home_province": "สุราษฎร์ธานีค่ะ อำเภอพุนพิน",
         "travellers": "ลุงคนเดียวค่ะ",
         "special_needs": "ลุงอายุ ๗๒ ค่ะ อ่านหนังสือไม่ออก ไม่เคยนั่งรถไกล เดินทางเองไม่ได้",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไม่ได้ค่ะ อยากให้มีเจ้าหน้าที่ไปส่งถึงบ้านค่ะ",
         "urgent": "ค่ะ คืนนี้ลุงไม่มีที่นอน ข้าวก็ดิฉันซื้อให้กินมื้อนึง",
         "name": "ลุงชื่อเจริญ ศรีสุข ค่ะ",
         "phone": "เบอร์ดิฉันนะคะ 0956631280 ลุงไม่มีโทรศัพท์",
         "needs": "อยากให้ลุงได้เบี้ยคนชราด้วยค่ะ แกบอกไม่เคยได้เลย",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "สุราษฎร์ธานี",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort", "elderly_allowance"], "name": "เจริญ",
                "phone": "0956631280"}),

    # Woman from Pattani with her husband (55), whose leg was amputated for diabetes; discharged
    # from hospital in Hat Yai (Songkhla), sleeping under the hospital building; 2 travellers;
    # wants the disability allowance. Case, urgent.
    "dev90 Pattani wife, husband in a wheelchair, sleeping at Hat Yai hospital": Persona(
        ("อัสลามูอาลัยกุม",
         "ขอความช่วยเหลือค่ะ ฉานอยู่โรงพยาบาลหาดใหญ่ ผัวเพิ่งตัดขาเพราะเบาหวาน หมอให้กลับบ้านแล้ว "
         "แต่ไม่มีเงินกลับปัตตานี",
         "นอนรอที่ใต้ตึกโรงบาลมา ๒ คืนแล้วค่ะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีที่นอน ไม่มีเงิน ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ ทั้งสองคน", "nationality": "ไทยค่ะ",
         "current_province": "สงขลาค่ะ หาดใหญ่", "home_province": "ปัตตานีค่ะ อำเภอยะรัง",
         "travellers": "๒ คนค่ะ ฉานกับผัว",
         "special_needs": "ผัวขาขาด นั่งวีลแชร์ เป็นเบาหวานด้วยค่ะ อายุ ๕๕",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ฉานพาไปเองได้ค่ะ แต่ขึ้นรถตู้ไม่ได้ วีลแชร์ใส่ไม่ลง",
         "urgent": "ค่ะ ไม่มีที่นอน นอนใต้ตึกโรงบาล ข้าวก็ไม่ค่อยได้กิน",
         "name": "รอกีเยาะ ดอเลาะ", "phone": "084 662 0193",
         "needs": "อยากให้ผัวได้เบี้ยคนพิการค่ะ ยังไม่ได้ขึ้นทะเบียน",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ปัตตานี", "travellers": 2,
                "urgent": True, "special": ["sick", "disabled"],
                "referrals": ["disability_allowance"], "name": "รอกีเยาะ",
                "phone": "0846620193"}),

    # Southern son in Bangkok, evicted, writes for his parents (75 and 70; mother just out of
    # hospital with high blood pressure) going home to Phatthalung with an officer escort;
    # they can stay at a friend's 2-3 days; 2 travellers; one thing per message. Case, not urgent.
    "dev90 Southern son for his old parents, escort to Phatthalung": Persona(
        ("สวัสดีครับ", "พ่อแม่ผมติดอยู่กรุงเทพ อยากหลบบ้านครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถให้พ่อแม่หลบบ้านครับ ผมโดนไล่ออกจากห้องด้วย",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ", "home_province": "พัทลุงครับ",
         "travellers": "๒ คนครับ พ่อกับแม่ ผมไม่ไป",
         "special_needs": "พ่อ ๗๕ แม่ ๗๐ ครับ",
         "more_care": "แม่ความดันสูง เพิ่งออกจากโรงบาลครับ",
         "travel_alone": "ไม่ได้ครับ ไปกันสองคนไม่ไหว อยากให้มีเจ้าหน้าที่ไปด้วยได้ม่ายครับ",
         "urgent": "ไม่ด่วนครับ อาศัยห้องเพื่อนได้อีก ๒-๓ วัน",
         "name": "สมพงษ์ ชูช่วย", "phone": "0639905218",
         "needs": "ไม่มีครับ", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พัทลุง",
                "travellers": 2, "urgent": False,
                "special": ["elderly", "sick", "cannot_travel_alone"],
                "referrals": ["travel_escort"], "name": "สมพงษ์", "phone": "0639905218"},
        one_part=True),

    # Northern factory worker from Chiang Rai: his dorm in Samut Sakhon burned down with his ID
    # card; the kamnan has written a certifying letter; 1 traveller; wants a new ID card.
    # Case, urgent.
    "dev90 Samut Sakhon dorm fire, ID burned, kamnan's letter": Persona(
        ("หอพักโรงงานไฟไหม้เมื่อวานครับ ของในห้องไหม้หมด บัตรประชาชนก็ไหม้",
         "ผมเป็นคนเชียงราย อยากปิ๊กบ้านก่อน บ่มีสตางค์สักบาท เงินเดือนยังบ่ออก",
         "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีที่นอน บ่มีสตางค์ ค่ารถก็บ่มีครับ",
         "id_card": "บัตรไหม้ไปแล้วครับ",
         "nationality_letter": "มีครับ กำนันบ้านผมทำหนังสือรับรองหื้อแล้ว แม่ถ่ายรูปส่งมาทางไลน์ "
                               "ตัวจริงส่งไปรษณีย์มา",
         "nationality": "ไทยครับ",
         "current_province": "สมุทรสาครครับ มหาชัย", "home_province": "เชียงรายครับ อ.พาน",
         "travellers": "คนเดียวครับ", "special_needs": "บ่มีครับ", "more_care": "บ่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "คืนนี้บ่มีที่นอนครับ หอไหม้หมด เมื่อคืนนอนหน้าโรงงาน",
         "name": "กิตติศักดิ์ อินต๊ะวงศ์", "phone": "0801147726",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "เชียงราย", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["id_card"],
                "no_referrals": HEALTH, "name": "กิตติศักดิ์", "phone": "0801147726"}),

    # Northern woman from Lamphun living in Sungai Kolok (Narathiwat): the flood wrecked the
    # house, husband left; at an evacuation centre with food and a bed, with her 4-year-old;
    # 2 travellers. Case, not urgent.
    "dev90 Sungai Kolok flood, evacuation centre, home Lamphun": Persona(
        ("สวัสดีเจ้า ข้าเจ้าอยู่สุไหงโก-ลก น้ำท่วมบ้านพังหมดเลยเจ้า",
         "ตอนนี้อยู่ศูนย์อพยพในโรงเรียน มีข้าวกิน มีที่นอน แต่ผัวหนีไปแล้ว บ่มีไผเหลือตี้นี่",
         "อยากพาลูกปิ๊กบ้านที่ลำพูนเจ้า บ่มีค่ารถ"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ้านพัง บ่มีรายได้ บ่มีค่ารถเจ้า",
         "id_card": "บัตรยังอยู่เจ้า ใส่ถุงพลาสติกไว้", "nationality": "ไทยเจ้า",
         "current_province": "นราธิวาสเจ้า", "home_province": "ลำพูนเจ้า บ้านโฮ่ง",
         "travellers": "๒ คนเจ้า ข้าเจ้ากับลูกสาว ๔ ขวบ",
         "special_needs": "ลูกยังน้อยเจ้า ๔ ขวบ", "more_care": "บ่มีเจ้า",
         "travel_alone": "ไปได้เจ้า",
         "urgent": "บ่ด่วนเจ้า อยู่ศูนย์อพยพได้อยู่ มีข้าวกิน",
         "name": "บัวเขียว ปันแก้ว", "phone": "0972038815",
         "needs": "บ่มีเจ้า", "confirm": "ใช่แล้วเจ้า"},
        expect={"eligible": True, "current": "นราธิวาส", "home": "ลำพูน", "travellers": 2,
                "urgent": False, "special": ["child"], "no_referrals": HEALTH,
                "name": "บัวเขียว", "phone": "0972038815"}),

    # Man of 63 from Krabi, evicted when his canal-side community in Bangkok was cleared,
    # sleeping at a temple with the abbot's leave; 1 traveller; wants the old-age allowance;
    # one thing per message. Case, not urgent.
    "dev90 Krabi man evicted from a canal community, sleeping at a temple": Persona(
        ("หวัดดีครับ",),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ",
         "hardship": "ไม่มีตางค์ค่ารถหลบบ้าน เขารื้อบ้านริมคลองแล้ว",
         "id_card": "มี", "nationality": "ไทย",
         "current_province": "กทม", "home_province": "กระบี่ คลองท่อม",
         "travellers": "คนเดียว", "special_needs": "อายุ ๖๓ แล้ว", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้",
         "urgent": "ไม่ด่วน หลวงพ่อให้นอนวัดได้",
         "name": "เสถียร", "phone": "๐๘๙๗๗๑๔๒๕๓",
         "needs": "เบี้ยคนแก่ยังไม่เคยได้ อยากได้", "confirm": "ใช่"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "กระบี่",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "no_referrals": HEALTH,
                "name": "เสถียร", "phone": "0897714253"},
        one_part=True),

    # Woman from Mae Hong Son hurt (broken arm) when a landslide hit her rented room in Mae Rim,
    # discharged from hospital in Chiang Mai, sleeping on a bench outside; 1 traveller.
    # Case, urgent.
    "dev90 Mae Rim landslide, broken arm, sleeping outside the hospital": Persona(
        ("จ้วยข้าเจ้าแนเจ้า 🙏",
         "ดินถล่มใส่ห้องเช่าตี้ข้าเจ้าอยู่ที่แม่ริม แขนหัก หมอหื้อออกจากโรงบาลนครพิงค์แล้ว",
         "บ่มีสตางค์ปิ๊กแม่ฮ่องสอนเจ้า นอนม้าหินหน้าโรงบาล"),
        {"consent": "ยินยอมเจ้า", "sensitive_consent": "ยินยอมเจ้า",
         "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีที่อยู่ บ่มีสตางค์ บ่มีค่ารถเจ้า",
         "id_card": "มีเจ้า", "nationality": "ไทยเจ้า",
         "current_province": "เชียงใหม่เจ้า", "home_province": "แม่ฮ่องสอนเจ้า อำเภอขุนยวม",
         "travellers": "คนเดียวเจ้า",
         "special_needs": "แขนหักเจ้า ใส่เฝือกอยู่ หมอนัดไปล้างแผลที่โรงบาลใกล้บ้าน",
         "more_care": "บ่มีเจ้า", "travel_alone": "ไปคนเดียวได้เจ้า เดินได้อยู่",
         "urgent": "บ่มีที่นอนเจ้า นอนม้าหินหน้าโรงบาลมา ๒ คืนแล้ว",
         "name": "นันทนา", "phone": "0658847102",
         "needs": "บ่มีเจ้า", "confirm": "ใช่เจ้า"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": True, "special": ["sick"], "name": "นันทนา",
                "phone": "0658847102"}),

    # Young man from Yala pickpocketed at the Southern bus terminal in Bangkok, sleeping there;
    # short replies, some Latin-letter Thai; 1 traveller; one thing per message. Case, urgent.
    "dev90 Yala youth pickpocketed at Sai Tai Mai": Persona(
        ("ช่วยหน่อยครับ", "โดนล้วงกระเป๋า ตังหมด"),
        {"consent": "ok ครับ", "idle": "ขอความช่วยเหลือ",
         "hardship": "ไม่มีค่ารถ", "id_card": "บัตรอยู่ครับ ไม่ได้อยู่ในกระเป๋าตัง",
         "nationality": "ไทย", "current_province": "กทม สายใต้ใหม่",
         "home_province": "ยะลา", "travellers": "1", "special_needs": "ไม่มี",
         "more_care": "ไม่มี", "travel_alone": "dai krub",
         "urgent": "ไม่มีที่นอน นอนสายใต้", "name": "อิสมาแอ",
         "phone": "0986320457", "needs": "mai mee", "confirm": "ใช่ครับ ตรีมอกาซิ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยะลา",
                "travellers": 1, "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "อิสมาแอ", "phone": "0986320457"},
        one_part=True),

    # Northern father from Phrae: the landlord in Bangkok sold the building; with his wife and
    # kids (8 and 3) at Mo Chit with nowhere to sleep; says 3 then corrects to 4 travellers;
    # wants vocational training. Case, urgent.
    "dev90 Phrae family evicted, Mo Chit, miscounts then fixes": Persona(
        ("สวัสดีครับ ขอความจ่วยเหลือครับ",
         "โดนไล่ออกจากห้องเช่า เจ้าของขายตึก ตอนนี้พาเมียกับลูกมานั่งอยู่หมอชิต คืนนี้บ่มีที่นอน",
         "อยากปิ๊กบ้านที่แพร่ครับ บ่มีเงินค่ารถ มีบัตรประชาชนครบ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีที่อยู่ บ่มีเงิน บ่มีค่ารถครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ หมอชิต", "home_province": "แพร่ครับ อ.ลอง",
         "travellers": ("๓ คนครับ เมียกับลูก ๒ ... อ้าว บ่ใช่ ๔ คนครับ ลืมนับตัวเอง",
                        "๔ คนครับ ผม เมีย ลูก ๒"),
         "special_needs": "ลูกคนเล็ก ๓ ขวบครับ คนโต ๘ ขวบ", "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "urgent": "คืนนี้บ่มีที่นอนครับ",
         "name": "ประเสริฐ ใจคำ", "phone": "0827719054",
         "needs": "อยากไปฝึกอาชีพครับ เรียนช่างเพิ่ม จะได้หางานตี้แพร่ได้",
         "confirm": ("ใช่ครับ ๔ คน",)},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "แพร่",
                "travellers": 4, "urgent": True, "special": ["child"],
                "referrals": ["job_training"], "no_referrals": HEALTH, "name": "ประเสริฐ",
                "phone": "0827719054"}),

    # Southern elder couple (63 and 67) from Chumphon whose shop in Mae Sai (Chiang Rai) was
    # buried by the mud flood; at a temple shelter with food; both fit to travel; 2 travellers;
    # asks about the grant for old people in hardship. Case, not urgent.
    "dev90 Mae Sai mud flood, Southern elder couple at a temple shelter": Persona(
        ("สวัสดีค่ะ ฉานกับผัวอยู่แม่สาย ร้านขายของโดนน้ำท่วมดินโคลนทับเหม็ดแล้ว",
         "ตอนนี้อาศัยอยู่ศูนย์พักพิงในวัด มีข้าวกินอยู่ค่ะ แต่ไม่มีตางค์หลบบ้านชุมพร",
         "แก่แล้วทั้งคู่ ไม่มีแรงเริ่มใหม่ที่นี่แล้วค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีรายได้แล้ว ไม่มีค่ารถค่ะ",
         "id_card": "มีทั้งสองคนค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "เชียงรายค่ะ แม่สาย", "home_province": "ชุมพรค่ะ อำเภอหลังสวน",
         "travellers": "๒ คนค่ะ ฉาน ๖๓ ผัว ๖๗",
         "special_needs": "แก่แล้วค่ะ แต่ยังแข็งแรงดี เดินทางเองได้", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปกันเองได้ค่ะ", "urgent": "ไม่ด่วนค่ะ อยู่ศูนย์ที่วัดได้",
         "name": "วันเพ็ญ ศรีทอง", "phone": "0918854376",
         "needs": "เงินช่วยคนแก่ที่ลำบากมีม่ายคะ ได้ข่าวว่ามี", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "เชียงราย", "home": "ชุมพร", "travellers": 2,
                "urgent": False, "special": ["elderly"],
                "referrals": ["elderly_hardship_grant"], "no_referrals": HEALTH,
                "name": "วันเพ็ญ", "phone": "0918854376"}),

    # Shan (Tai Yai) woman in Chiang Mai with a pink card, not Thai: her rented room burned,
    # wants fare to relatives in Mae Hong Son. Refused (nationality).
    "dev90 Shan worker after a fire, pink card": Persona(
        ("สวัสดีเจ้า ห้องเช่าไฟไหม้เจ้า",
         "ข้าเจ้าเป็นไทใหญ่ มีบัตรสีชมพู ยังบ่ได้สัญชาติไทยเจ้า",
         "อยากไปอยู่กับญาติที่แม่ฮ่องสอน บ่มีค่ารถ จ้วยได้ก่อเจ้า"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีที่อยู่ บ่มีสตางค์เจ้า",
         "nationality": "บ่ใช่คนไทยเจ้า เป็นไทใหญ่ บัตรสีชมพู",
         "id_card": "บ่มีบัตรคนไทยเจ้า มีแต่บัตรสีชมพู", "nationality_letter": "บ่มีเจ้า",
         "current_province": "เชียงใหม่เจ้า", "home_province": "แม่ฮ่องสอนเจ้า",
         "travellers": "คนเดียวเจ้า", "urgent": "คืนนี้นอนวัดเจ้า",
         "name": "นางหอม", "phone": "0623390418", "confirm": "ใช่เจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Southern man in Hat Yai whose ID card was swept away by the flood; no kin left in Satun and
    # the village head does not know him, so no certifying letter. Refused (letter).
    "dev90 Hat Yai flood took his ID, nobody to vouch in Satun": Persona(
        ("น้ำพัดบัตรประชาชนฉานไปกับกระเป๋าแล้วครับ",
         "อยากหลบบ้านที่สตูล แต่ที่บ้านไม่มีใครแล้ว พ่อแม่ตายหมด",
         "หนังสือรับรองที่ว่าก็ขอไม่ได้ครับ ผู้ใหญ่บ้านไม่รู้จักฉาน ออกจากบ้านมาตั้งแต่สิบขวบ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่นอน ไม่มีตางค์ครับ",
         "id_card": "ไม่มีแล้วครับ น้ำพัดไป",
         "nationality_letter": "ไม่มีครับ ขอใครก็ไม่ได้ ไม่มีใครรับรองให้",
         "nationality": "ไทยครับ",
         "current_province": "สงขลาครับ หาดใหญ่", "home_province": "สตูลครับ",
         "travellers": "คนเดียวครับ", "urgent": "นอนศาลาริมทางครับ",
         "name": "อะหมาด", "phone": "0947702381", "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Northern woman flooded out by the Ping in Chiang Mai city, sleeping at a temple, wants to go
    # to her mother's house in Saraphi, same province. Refused (home province).
    "dev90 Ping river flood, wants to go to Saraphi in the same province": Persona(
        ("สวัสดีเจ้า น้ำปิงท่วมบ้านข้าเจ้าเจ้า อยู่ในเมืองเชียงใหม่",
         "ตอนนี้มานอนวัดเกตฯ อยากปิ๊กไปอยู่บ้านแม่ที่สารภีเจ้า บ่มีค่ารถ",
         "บ้านแม่ก็เชียงใหม่นี่ละเจ้า"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ้านน้ำท่วม บ่มีค่ารถเจ้า",
         "id_card": "มีเจ้า", "nationality": "ไทยเจ้า",
         "current_province": "เชียงใหม่เจ้า", "home_province": "เชียงใหม่เจ้า อำเภอสารภี",
         "travellers": "๒ คนเจ้า ข้าเจ้ากับผัว", "urgent": "นอนวัดได้อยู่เจ้า",
         "name": "ศรีนวล", "phone": "0869924415", "confirm": "ใช่เจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "เชียงใหม่",
                "home": "เชียงใหม่"}),

    # Northern grandmother in Lampang asks how much the money for old people in hardship is.
    # Answered (2,500 baht a time).
    "dev90 Northern grandma asks about the elderly hardship money": Persona(
        ("สวัสดีเจ้า", "เงินจ้วยคนเฒ่าตี้ลำบาก ได้เต้าใดเจ้า ได้ปีละกี่เตื้อ"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอบใจเจ้า"},
        outcome="answered", answered="2,500"),

    # Southern daughter asks whether an officer can travel with her old father if he cannot go
    # home alone. Answered (an officer may travel along).
    "dev90 Southern daughter asks about an escort for her father": Persona(
        ("ถามหน่อยค่ะ",
         "ถ้าพ่อเฒ่าหลบบ้านคนเดียวไม่ไหว แก่แล้วหูตาไม่ดี มีเจ้าหน้าที่ไปส่งด้วยม่ายคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอบคุณค่ะ"},
        outcome="answered", answered="เจ้าหน้าที่"),

    # Deep South woman asks what paper replaces an ID card lost in a flood when applying for the
    # fare home. Answered (a letter certifying Thai nationality).
    "dev90 deep South woman asks what replaces an ID lost in the flood": Persona(
        ("สลามค่ะ",
         "ถามหน่อยค่ะ ถ้าบัตรประชาชนหายไปกับน้ำท่วม จะขอเงินค่ารถกลับภูมิลำเนาต้องใช้เอกสารไหรแทนคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ตรีมอกาเซ๊ะค่ะ"},
        outcome="answered", answered="หนังสือรับรอง"),
}
