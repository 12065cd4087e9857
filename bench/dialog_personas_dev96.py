"""dev96: Blind dialog personas for the Namjai benchmark, 2026-12-07.

Written from the seeds only.
Focus: people sent back from scam compounds and trafficking (call-centre and
romance-scam victims returned across the Myanmar, Cambodia and Laos borders, a man
trafficked onto a fishing boat, women cheated by fake jobs), women leaving violent
partners with their children; mixed with ordinary stranded workers. Written the way
stressed people write on LINE: in pieces, typos, no spaces, dialect, Thai digits.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")
NOT_OFFENDER = ("probation_support", "criminal_record")

PERSONAS: dict[str, Persona] = {
    # Young man, 4 months in a call-centre compound in Myawaddy, handed back at Mae Sot
    # (Tak). Police have let him go; he sits at the bus station with nothing, has not
    # eaten since yesterday. Kept his ID card hidden in his shoe. Phone seized, so he
    # first has no number, then gives the number of the man whose phone he borrows.
    # Wants legal advice to go after the recruiter -> justice centre. Case, urgent.
    "dev96 call-centre returnee at Mae Sot bus station": Persona(
        ("สวัสดีครับ",
         "ผมพึ่งถูกส่งตัวกลับมาจากฝั่งเมียวดีครับ โดนหลอกไปทำงานแก๊งคอลเซ็นเตอร์ 4 เดือน",
         "ตอนนี้ตำรวจปล่อยออกมาแล้ว ผมนั่งอยู่ท่ารถแม่สอด ไม่มีเงินสักบาทเลยครับ "
         "ตั้งแต่เมื่อวานยังไม่ได้กินอะไรเลย อยากกลับบ้านที่ร้อยเอ็ด"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ได้ครับ",
         "idle": "อยากขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถครับ ข้าวก็ยังไม่ได้กิน คืนนี้ก็ไม่รู้จะนอนไหน",
         "id_card": "บัตรประชาชนยังอยู่ครับ มันยึดแค่พาสปอร์ตกับโทรศัพท์ ผมซ่อนบัตรไว้ในรองเท้า",
         "nationality": "คนไทยครับ",
         "current_province": "แม่สอด จ.ตากครับ",
         "home_province": "ร้อยเอ็ดครับ อ.เสลภูมิ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ยังไม่ได้กินข้าวเลยครับ คืนนี้ก็ไม่มีที่นอน",
         "name": "ณัฐวุฒิครับ",
         "phone": ("โทรศัพท์โดนยึดไปครับ นี่ยืมเครื่องพี่ที่ท่ารถพิมพ์อยู่",
                   "เบอร์พี่เขาครับ 085-741-9302 ติดต่อผมผ่านเบอร์นี้ได้"),
         "needs": "อยากแจ้งความเอาผิดคนที่หลอกผมไปครับ อยากได้คนแนะนำเรื่องกฎหมาย",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ตาก", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["justice_centre"],
                "no_referrals": [*NOT_OFFENDER, *HEALTH],
                "name": "ณัฐวุฒิ", "phone": "0857419302"}),

    # Woman lured to Pattaya (Chon Buri) with a "restaurant job" that was a karaoke bar;
    # refused to sit with customers, thrown out unpaid last night. 40 baht left, spent
    # the night in front of a 7-Eleven. Has depression, medicine ran out a week ago and
    # she asks for a psychiatric doctor -> mental health care. Case, urgent, sick.
    "dev96 fake restaurant job in Pattaya, depression meds ran out": Persona(
        ("สวัสดีค่ะ ขอโทษที่ทักมานะค่ะ",
         "หนูโดนหลอกมาทำงานร้านอาหารที่พัทยา พอมาถึงเป็นร้านคาราโอเกะให้นั่งดริ้ง "
         "หนูไม่ยอม เจ้าของร้านเลยไม่ให้ตังแล้วไล่ออกมาเมื่อคืน",
         "ตอนนี้นั่งอยู่หน้าเซเว่น ตังเหลือ40บาท บ้านหนูอยู่หล่มสัก เพชรบูรณ์ค่ะ",
         "แล้วหนูเป็นซึมเศร้าด้วย ยาหมดมาอาทิตย์นึงแล้ว ช่วงนี้แย่มากๆเลยค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีที่นอนค่ะ ตังก็ไม่พอค่ารถ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ชลบุรีค่ะ อยู่พัทยา",
         "home_province": "เพชรบูรณ์ค่ะ",
         "travellers": "หนูคนเดียวค่ะ",
         "special_needs": "หนูป่วยเป็นซึมเศร้าค่ะ ต้องกินยาประจำ",
         "more_care": "อยากได้ยาค่ะ อยากไปหาหมอจิตเวช",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "เมื่อคืนนั่งหน้าเซเว่นทั้งคืนค่ะ คืนนี้ก็ไม่มีที่ไป",
         "name": "ปิยะนุช",
         "phone": "0948826135",
         "needs": "อยากหาหมอจิตเวชค่ะ ยาหมด นอนไม่หลับเลย",
         "confirm": "ค่ะ ถูกแล้ว"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "เพชรบูรณ์", "travellers": 1,
                "urgent": True, "special": ["sick"], "referrals": ["mental_health_care"],
                "no_referrals": [*NOT_OFFENDER, "hiv_aid"],
                "name": "ปิยะนุช", "phone": "0948826135"}),

    # Mother who ran from a violent partner this morning in Bang Phli (Samut Prakan)
    # with her two children (5 years and 8 months). Left with only her ID card, phone
    # battery dying, nowhere to sleep tonight; going to her mother in Yasothon. Answers
    # one thing per message; phone in Thai digits. Case, urgent, child.
    "dev96 mother fled violent partner with baby, Samut Prakan": Persona(
        ("สวัสดีค่ะ",
         "ขอความช่วยเหลือหน่อยค่ะ แฟนทำร้ายร่างกาย หนูพาลูกหนีออกมาจากห้องเมื่อเช้า",
         "ออกมาแต่ตัวเลยค่ะ ไม่มีตัง มือถือแบตจะหมดแล้ว"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "hardship": "ไม่มีที่นอนค่ะ",
         "id_card": "มีค่ะ หยิบบัตรติดมา",
         "nationality": "ไทย",
         "current_province": "สมุทรปราการค่ะ แถวบางพลี",
         "home_province": "ยโสธร บ้านแม่หนู",
         "travellers": "3 คนค่ะ",
         "special_needs": "ลูก 2 คนค่ะ คนโต 5 ขวบ คนเล็ก 8 เดือน",
         "more_care": "คนเล็กยังกินนมผงอยู่ค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ ไม่กล้ากลับห้อง",
         "name": "กัลยา",
         "phone": "๐๖๓๕๕๑๗๒๐๘",
         "needs": "ไม่มีค่ะ อยากกลับบ้านอย่างเดียว",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ยโสธร", "travellers": 3,
                "urgent": True, "special": ["child"], "no_referrals": list(NOT_OFFENDER),
                "name": "กัลยา", "phone": "0635517208"}),

    # Ordinary stranded workers: Isan construction couple in Rayong, contractor ran off
    # with two months' wages. They can stay at the camp until the end of the month and
    # still have rice, only the fare home to Kalasin is missing. Wants work near home
    # -> job placement. Case, not urgent.
    "dev96 construction couple, contractor ran off, Rayong": Persona(
        ("สวัสดีครับ",
         "ผมกับเมียมาทำงานก่อสร้างที่ระยอง ผู้รับเหมาหนีไปแล้ว ค่าแรงสองเดือนบ่ได้เลยครับ",
         "ตอนนี้ยังพักอยู่แคมป์ได้ถึงสิ้นเดือน แต่ตังค่ารถกลับบ้านกาฬสินธุ์บ่มีแล้วครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ขาดแต่ค่ารถกลับบ้านครับ ข้าวยังพอมีกินอยู่",
         "id_card": "มีบัตรทั้งสองคนครับ",
         "nationality": "ไทยครับ",
         "current_province": "ระยองครับ",
         "home_province": "กาฬสินธุ์ครับ อ.ยางตลาด",
         "travellers": "2 คน ผมกับเมียครับ",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ยังนอนแคมป์ได้ครับ ข้าวยังพอมี",
         "name": "บุญเลิศ",
         "phone": "081-903-4476",
         "needs": "กลับไปแล้วอยากหางานทำแถวบ้านครับ มีที่ช่วยหางานให้บ่",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "กาฬสินธุ์", "travellers": 2,
                "urgent": False, "special": [], "referrals": ["job_placement"],
                "no_referrals": [*NOT_OFFENDER, *HEALTH],
                "name": "บุญเลิศ", "phone": "0819034476"}),

    # Woman lured to Poipet as an "admin", forced to run online-gambling/romance scams,
    # handed back at Khlong Luek checkpoint, now in Aranyaprathet (Sa Kaeo). Leg beaten
    # and swollen, walks slowly. A market vendor lets her sleep at her house and feeds
    # her. Home Lampang. One thing per message. Case, not urgent, sick.
    "dev96 Poipet scam returnee with beaten leg, Aranyaprathet": Persona(
        ("สวัสดีค่ะ",
         "หนูพึ่งออกมาจากปอยเปตค่ะ โดนหลอกไปเป็นแอดมิน แต่เขาให้ไปหลอกคนเล่นเว็บพนัน",
         "เขาส่งตัวกลับมาด่านคลองลึกเมื่อวาน ตอนนี้อยู่อรัญ ขาโดนตีบวมเดินไม่ค่อยได้"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอม",
         "hardship": "ไม่มีตังค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "สระแก้วค่ะ",
         "home_province": "ลำปาง",
         "travellers": "คนเดียว",
         "special_needs": "ขาเจ็บค่ะ",
         "more_care": "เดินได้แต่ช้าๆค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ตอนนี้อาศัยนอนบ้านป้าแม่ค้าที่ตลาดโรงเกลือค่ะ ป้าให้ข้าวกิน",
         "name": "อรอุมา",
         "phone": "0926073581",
         "needs": "อยากไปหาหมอดูขาค่ะ",
         "confirm": "ถูกค่ะ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "สระแก้ว", "home": "ลำปาง", "travellers": 1,
                "urgent": False, "special": ["sick"], "no_referrals": list(NOT_OFFENDER),
                "name": "อรอุมา", "phone": "0926073581"}),

    # Older sister at home in Udon Thani writes for her brother (22), rescued from a
    # Shwe Kokko call-centre compound and now held at a centre in Mae Sot (Tak) with
    # food and a bed. He has no phone: she gives her own number. Case, not urgent.
    "dev96 sister writes for brother back from Shwe Kokko": Persona(
        ("สวัสดีค่ะ พี่สาวพิมพ์แทนน้องนะคะ",
         "น้องชายโดนหลอกไปทำคอลเซ็นเตอร์ที่ชเวโก๊กโก่ ฝั่งพม่า ตอนนี้ได้ออกมาแล้วค่ะ "
         "ทหารส่งตัวมาไว้ที่แม่สอด",
         "น้องไม่มีตังเลยค่ะ โทรศัพท์ก็ไม่มี ทางบ้านก็ไม่มีเงินโอนไปให้ "
         "อยากให้น้องได้กลับบ้านที่อุดรค่ะ"),
        {"consent": "ยินยอมค่ะ น้องก็ยินยอม",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "น้องไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "บัตรน้องยังอยู่ค่ะ เจ้าหน้าที่ที่นั่นถ่ายรูปส่งมาให้ดูแล้ว",
         "nationality": "คนไทยค่ะ",
         "current_province": "ตากค่ะ อ.แม่สอด",
         "home_province": "อุดรธานีค่ะ",
         "travellers": "น้องคนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "น้องกลับเองได้ค่ะ อายุ 22 แล้ว",
         "urgent": "ตอนนี้เจ้าหน้าที่ให้พักที่ศูนย์ก่อนค่ะ มีข้าวกิน",
         "name": "ธนพลค่ะ ชื่อน้องชายนะคะ",
         "phone": "0931278845 เบอร์พี่เองค่ะ น้องไม่มีโทรศัพท์",
         "needs": "ไม่มีค่ะ ขอแค่ให้น้องได้กลับบ้าน",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ตาก", "home": "อุดรธานี", "travellers": 1,
                "urgent": False, "special": [], "no_referrals": [*NOT_OFFENDER, *HEALTH],
                "name": "ธนพล", "phone": "0931278845"}),

    # Two young women from Buriram who paid a Facebook "factory job" agent 3,000 baht
    # each in Mahachai (Samut Sakhon); he vanished. Slept near the market last night,
    # no food today. One thing per message. Case, urgent, 2 travellers.
    "dev96 two friends cheated by factory-job agent, Mahachai": Persona(
        ("สวัสดีจ้า",
         "หนูกับเพื่อนเห็นประกาศในเฟสรับสมัครงานโรงงานแถวมหาชัย นายหน้าเก็บค่าสมัครไปคนละ3000 "
         "แล้วหายเลย โทรไม่ติด บล็อกเฟสด้วย",
         "เมื่อคืนนอนแถวตลาดกันค่ะ วันนี้ยังไม่ได้กินข้าวเลย"),
        {"consent": "ยินยอม",
         "hardship": "ไม่มีที่นอน",
         "id_card": "มีค่ะ ทั้งสองคน",
         "nationality": "ไทย",
         "current_province": "สมุทรสาคร",
         "home_province": "บุรีรัมย์",
         "travellers": "2 คน",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "urgent": "ยังไม่ได้กินข้าวเลยค่ะ",
         "name": "เมย์",
         "phone": "0987712354",
         "needs": "ไม่มี",
         "confirm": "ใช่"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "บุรีรัมย์", "travellers": 2,
                "urgent": True, "special": [], "no_referrals": [*NOT_OFFENDER, *HEALTH],
                "name": "เมย์", "phone": "0987712354"}),

    # Southern man who escaped the Golden Triangle SEZ on the Lao side, crossed by boat
    # to Chiang Saen (Chiang Rai). ID card, passport and phone seized; his kamnan has
    # made a letter certifying his Thai nationality (photo on LINE). Slept by the pier,
    # nowhere tonight. Wants a new ID card -> id_card. Case, urgent.
    "dev96 Golden Triangle escapee with kamnan's letter, Chiang Saen": Persona(
        ("หวัดดีครับ",
         "ผมหนีออกมาจากเขตเศรษฐกิจฝั่งลาวครับ ที่สามเหลี่ยมทองคำ นั่งเรือข้ามมาเชียงแสนเมื่อวาน",
         "บัตรปชช โทรศัพท์ พาสปอร์ต โดนมันยึดหมดครับ ตังก็ไม่มี "
         "อยากหลบบ้านที่นครศรีฯ แต่ไกลมากครับ"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ได้ครับ",
         "hardship": "ไม่มีตังค่ารถครับ บ้านไกลด้วย",
         "id_card": "ไม่มีครับ โดนยึดไป",
         "nationality_letter": "มีครับ กำนันบ้านผมทำหนังสือรับรองให้แล้ว ถ่ายรูปส่งมาทางไลน์",
         "nationality": "ไทยครับ คนนครฯแท้ๆ",
         "current_province": "เชียงรายครับ อยู่อำเภอเชียงแสน",
         "home_province": "นครศรีธรรมราชครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "เมื่อคืนนอนข้างท่าเรือครับ คืนนี้ก็ไม่รู้จะนอนไหน",
         "name": "สุริยา",
         "phone": "0895531027 เบอร์เพื่อนที่เชียงแสนครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงราย", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "referrals": ["id_card"],
                "no_referrals": [*NOT_OFFENDER, *HEALTH],
                "name": "สุริยา", "phone": "0895531027"}),

    # Six months pregnant, ran from a boyfriend who beats her while he slept; at Mo Chit
    # bus terminal (Bangkok) with 200 baht, not enough to Phitsanulok, nowhere to sleep.
    # Afraid he will follow her, wants advice on filing a complaint -> justice centre.
    # Case, urgent, pregnant.
    "dev96 pregnant woman fled boyfriend, Mo Chit": Persona(
        ("สวัสดีค่ะ",
         "ท้อง6เดือนค่ะ แฟนตบตีทุกวัน ทนไม่ไหวแล้ว หนีออกมาตอนมันหลับ",
         "ตอนนี้อยู่หมอชิตค่ะ ตังมี200 ไม่พอค่ารถกลับพิดโลก คืนนี้ไม่รู้จะนอนไหน"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีที่นอนค่ะ ตังไม่พอค่ารถ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ",
         "home_province": "พิษณุโลกค่ะ",
         "travellers": "หนูคนเดียวค่ะ ลูกยังอยู่ในท้อง",
         "special_needs": "ท้อง 6 เดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ",
         "name": "น้ำฝน",
         "phone": "061-442-9087",
         "needs": "อยากปรึกษาเรื่องแจ้งความเขาค่ะ กลัวเขาตามมา",
         "confirm": "ค่ะ ถูกค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "referrals": ["justice_centre"], "no_referrals": list(NOT_OFFENDER),
                "name": "น้ำฝน", "phone": "0614429087"}),

    # Security guard at the Korat bus terminal (Nakhon Ratchasima) writes for a
    # 67-year-old man whose wallet was picked; the guard bought him a meal but he has
    # nowhere to sleep tonight. Home Wang Saphung, Loei. Gives his own phone. The man
    # has never had the old-age allowance -> elderly_allowance. Case, urgent, elderly.
    "dev96 bus-station guard writes for pickpocketed old man, Korat": Persona(
        ("สวัสดีครับ ผมเป็นรปภ.อยู่ บขส.โคราชครับ",
         "มีลุงคนนึงมานั่งอยู่ตั้งแต่เช้า ลุงอายุ 67 กระเป๋าตังโดนล้วงไปหมด จะกลับบ้านที่เลยครับ",
         "ลุงไม่มีมือถือ ผมเลยทักแทนครับ"),
        {"consent": "ลุงบอกว่ายินยอมครับ",
         "hardship": "ไม่มีตังค่ารถครับ ข้าวผมซื้อให้ลุงกินแล้ว แต่คืนนี้ลุงไม่มีที่นอน",
         "id_card": "บัตรลุงอยู่ครับ เก็บไว้กระเป๋าเสื้อ ไม่โดนล้วง",
         "nationality": "คนไทยครับ",
         "current_province": "นครราชสีมาครับ",
         "home_province": "เลยครับ อ.วังสะพุง",
         "travellers": "ลุงคนเดียวครับ",
         "special_needs": "ลุงอายุ 67 ครับ",
         "more_care": "ไม่มีครับ ลุงเดินได้ปกติ",
         "travel_alone": "ลุงบอกไปเองได้ครับ นั่งรถสายนี้ประจำ",
         "urgent": "คืนนี้ลุงไม่มีที่นอนครับ",
         "name": "ลุงชื่อสมบัติครับ",
         "phone": "0872206419 เบอร์ผมเองครับ",
         "needs": "ลุงบอกยังไม่เคยได้เบี้ยคนแก่เลยครับ อยากรู้ว่าต้องไปขอที่ไหน",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "เลย", "travellers": 1,
                "urgent": True, "special": ["elderly"], "referrals": ["elderly_allowance"],
                "no_referrals": [*NOT_OFFENDER, "hiv_aid"],
                "name": "สมบัติ", "phone": "0872206419"}),

    # Woman from Fang (Chiang Mai) lured to Hat Yai (Songkhla) with a massage job and
    # forced into sex work; police raided the place and she got her ID card back. A
    # friend puts her up and feeds her. Just tested HIV positive, feels well; asks for
    # continued ARVs and help for people with HIV -> hiv_aid. Case, not urgent.
    "dev96 trafficked to Hat Yai, HIV positive": Persona(
        ("สวัสดีค่ะ",
         "หนูมาจากเชียงใหม่ค่ะ มีคนชวนมาทำงานนวดที่หาดใหญ่ แต่พอมาถึงเขาบังคับให้ขายบริการ "
         "ยึดบัตรไว้ พอตำรวจเข้าไปค้นร้านหนูเลยได้ออกมา ได้บัตรคืนแล้ว",
         "ตอนนี้มาพักกับเพื่อนที่รู้จักกันที่นี่ก่อนค่ะ",
         "ไปตรวจเลือดมา หมอบอกติดเชื้อ HIV ค่ะ 😢"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ ได้คืนแล้ว",
         "nationality": "ไทยค่ะ",
         "current_province": "สงขลาค่ะ หาดใหญ่",
         "home_province": "เชียงใหม่ค่ะ อ.ฝาง",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ติดเชื้อค่ะ แต่ยังแข็งแรงดี เดินทางได้",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "urgent": "พักกับเพื่อนได้ค่ะ เพื่อนให้ข้าวกิน แต่อยู่นานไม่ได้",
         "name": "จันทร์เพ็ญ",
         "phone": "0810654392",
         "needs": "อยากได้ยาต้านต่อเนื่องค่ะ แล้วก็ความช่วยเหลือสำหรับคนติดเชื้อ",
         "confirm": "ถูกค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "เชียงใหม่", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["hiv_aid"],
                "no_referrals": list(NOT_OFFENDER),
                "name": "จันทร์เพ็ญ", "phone": "0810654392"}),

    # Nurse at Phrapokklao Hospital, Chanthaburi, writes for a 35-year-old man handed
    # back from Cambodia at Ban Laem with a head injury. Discharged today, still dizzy
    # and confused, no money, no relative, nowhere to stay tonight. Home Nakhon Phanom.
    # Case, urgent, sick, cannot travel alone.
    "dev96 nurse writes for head-injured returnee, Chanthaburi": Persona(
        ("สวัสดีค่ะ ดิฉันเป็นพยาบาลที่โรงพยาบาลพระปกเกล้า จันทบุรีค่ะ",
         "มีผู้ป่วยชายอายุ 35 ปี ถูกส่งตัวกลับมาจากฝั่งกัมพูชาทางด่านบ้านแหลม "
         "โดนทำร้ายที่ศีรษะ แพทย์ให้กลับบ้านได้วันนี้ค่ะ",
         "แต่คนไข้ยังมึนๆ สับสนบ้าง ไม่มีเงิน ไม่มีญาติมารับ บ้านอยู่นครพนมค่ะ"),
        {"consent": "คนไข้ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ออกจาก รพ.แล้วไม่มีที่พัก และไม่มีค่าเดินทางค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ",
         "nationality": "สัญชาติไทยค่ะ",
         "current_province": "จันทบุรีค่ะ",
         "home_province": "นครพนมค่ะ อ.ธาตุพนม",
         "travellers": "1 คนค่ะ",
         "special_needs": "ป่วยค่ะ บาดเจ็บที่ศีรษะ ยังมึนงง",
         "more_care": "ต้องกินยาต่อเนื่องอีก 1 สัปดาห์ค่ะ",
         "travel_alone": "ไม่ควรเดินทางคนเดียวค่ะ ยังสับสน อาจหลงทางได้",
         "urgent": "ออกจาก รพ.วันนี้ คืนนี้ไม่มีที่พักค่ะ",
         "name": "ประเสริฐค่ะ",
         "phone": "ติดต่อเบอร์ดิฉันได้ค่ะ 089-661-2045",
         "needs": "ขอให้มีเจ้าหน้าที่เดินทางไปส่งด้วยค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "จันทบุรี", "home": "นครพนม", "travellers": 1,
                "urgent": True, "special": ["sick", "cannot_travel_alone"],
                "no_referrals": list(NOT_OFFENDER),
                "name": "ประเสริฐ", "phone": "0896612045"}),

    # Hotel worker in Phuket whose drunk husband beats her and the children every night
    # and takes her wages. She and three children (10, 7, 2) stay in a colleague's room
    # for a few days with food. Home Maha Sarakham. Wants hairdressing training to
    # support the kids -> job_training. Case, not urgent, child.
    "dev96 mother and three kids leaving drunk husband, Phuket": Persona(
        ("สวัสดีค่ะ",
         "อยากพาลูกกลับบ้านค่ะ ผัวกินเหล้าแล้วทุบตีทุกคืน ลูกก็โดนด้วย",
         "ตอนนี้พาลูก๓คนมาอาศัยห้องเพื่อนที่ทำงานโรงแรมด้วยกันก่อน "
         "เพื่อนให้อยู่ได้สองสามวัน ข้าวเพื่อนก็แบ่งให้กิน",
         "เงินเดือนผัวเอาไปหมด ไม่มีค่ารถกลับสารคามเลยค่ะ"),
        {"consent": "ยินยอม",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "nationality": "ไทย",
         "current_province": "ภูเก็ตค่ะ",
         "home_province": "มหาสารคามค่ะ",
         "travellers": "4 คนค่ะ หนูกับลูก3",
         "special_needs": "ลูกค่ะ 10 ขวบ 7 ขวบ 2 ขวบ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ยังอยู่ห้องเพื่อนได้ค่ะ มีข้าวกิน",
         "name": "สุดารัตน์",
         "phone": "0828870513",
         "needs": "กลับไปอยากเรียนตัดผมค่ะ จะได้มีอาชีพเลี้ยงลูกเอง",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "มหาสารคาม", "travellers": 4,
                "urgent": False, "special": ["child"], "referrals": ["job_training"],
                "no_referrals": list(NOT_OFFENDER),
                "name": "สุดารัตน์", "phone": "0828870513"}),

    # 19-year-old restaurant worker in Hua Hin (Prachuap Khiri Khan), fired without pay,
    # phone battery dying, nowhere to sleep; home Lopburi. Teen spelling ("คับ"), one
    # thing per message. Case, urgent.
    "dev96 teen fired unpaid in Hua Hin": Persona(
        ("หวัดดีคับ",
         "ช่วยด้วยคับ",
         "ผมอายุ19 มาทำงานร้านอาหารหัวหินแล้วเจ้าของไม่จ่ายตังไล่ออก "
         "ตอนนี้ไม่มีตังกลับบ้านลพบุรี แบตจะหมดด้วย"),
        {"consent": "ยินยอมคับ",
         "hardship": "ไม่มีตังค่ารถ",
         "id_card": "มีคับ",
         "nationality": "ไทย",
         "current_province": "ประจวบ",
         "home_province": "ลพบุรี",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มีคับ",
         "travel_alone": "ได้คับ",
         "urgent": "ไม่มีที่นอนคับ",
         "name": "ต้น",
         "phone": "0642183390",
         "needs": "ไม่มีคับ",
         "confirm": "คับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "ลพบุรี",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": [*NOT_OFFENDER, *HEALTH],
                "name": "ต้น", "phone": "0642183390"}),

    # A monk at a temple in Sangkhla Buri (Kanchanaburi) writes for a woman whose
    # boyfriend took her to work at a casino across the Myanmar border, unpaid and
    # beaten; she carried her 4-year-old back across. The temple gives them a place and
    # food. Home Nong Bua Lam Phu. Monk's phone in Thai digits. Case, not urgent, child.
    "dev96 monk writes for mother and child back from a border casino": Persona(
        ("เจริญพร",
         "อาตมาเป็นพระอยู่วัดที่อำเภอสังขละบุรี กาญจนบุรี มีโยมผู้หญิงพาลูกเล็กมาขออาศัยที่วัด",
         "โยมเล่าว่าแฟนพาข้ามไปทำงานบ่อนฝั่งพม่า แล้วไม่ให้ค่าแรง ทำร้ายร่างกาย "
         "โยมเลยอุ้มลูกหนีข้ามกลับมา",
         "โยมอยากกลับบ้านที่หนองบัวลำภู แต่ไม่มีปัจจัยค่ารถเลย"),
        {"consent": "โยมเขายินยอม",
         "sensitive_consent": "ยินยอม",
         "hardship": "ไม่มีค่าเดินทางกลับบ้าน",
         "id_card": "โยมมีบัตรประชาชนอยู่",
         "nationality": "คนไทย",
         "current_province": "กาญจนบุรี",
         "home_province": "หนองบัวลำภู",
         "travellers": "สองคน โยมแม่กับลูก",
         "special_needs": "ลูกโยมอายุ ๔ ขวบ",
         "more_care": "ไม่มี",
         "travel_alone": "โยมไปเองได้",
         "urgent": "ตอนนี้พักที่วัดได้ มีข้าวปลาให้กิน ไม่ลำบาก",
         "name": "โยมชื่อบัวผัน",
         "phone": "เบอร์อาตมา ๐๘๕๖๖๔๒๙๑๗",
         "needs": "ไม่มี อาตมาฝากช่วยส่งโยมกลับบ้านอย่างเดียว",
         "confirm": "ถูกต้องแล้ว"},
        outcome="case",
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "หนองบัวลำภู",
                "travellers": 2, "urgent": False, "special": ["child"],
                "no_referrals": list(NOT_OFFENDER),
                "name": "บัวผัน", "phone": "0856642917"}),

    # Man tricked by a broker with a "factory job" and put on a fishing boat for eight
    # months without pay; jumped ashore at Ranong. Nothing to eat since morning, no bed,
    # no phone (gives a market vendor's number). Home Amnat Charoen. Wants work on land
    # -> job_placement. Case, urgent.
    "dev96 trafficked onto fishing boat, escaped at Ranong": Persona(
        ("สวัสดีครับ",
         "ผมโดนนายหน้าหลอกว่าจะพาไปทำงานโรงงาน แต่เอาไปลงเรือประมง อยู่กลางทะเลแปดเดือน "
         "ไม่ได้ค่าจ้างเลยสักบาท",
         "เรือเข้าฝั่งที่ระนองผมเลยหนีขึ้นมา ตอนนี้ไม่มีอะไรเลยครับ ขอกลับบ้านอำนาจเจริญ"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ได้ครับ",
         "hardship": "ไม่มีที่นอน ไม่มีข้าว ไม่มีค่ารถครับ ทุกข้อเลย",
         "id_card": "บัตรยังอยู่ครับ แต่เปียกน้ำซีดๆ",
         "nationality": "ไทยครับ",
         "current_province": "ระนองครับ",
         "home_province": "อำนาจเจริญครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "ยังไม่ได้กินอะไรเลยครับตั้งแต่เช้า คืนนี้ก็ไม่มีที่นอน",
         "name": "วีระพงษ์",
         "phone": "ไม่มีโทรศัพท์ครับ ยืมป้าแม่ค้าพิมพ์ เบอร์ป้า 0801236654",
         "needs": "กลับไปแล้วอยากหางานบนบกครับ ไม่เอาเรือแล้ว",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ระนอง", "home": "อำนาจเจริญ", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement"],
                "no_referrals": list(NOT_OFFENDER),
                "name": "วีระพงษ์", "phone": "0801236654"}),

    # Deaf man (writes in sign-language word order, with spaces) cheated by an agent
    # who promised a good job in Nonthaburi and took his money. Staying with a deaf
    # friend, has food. Home Sakon Nakhon. Has a disability card but never received
    # the allowance -> disability_allowance. Text only, no calls. Case, not urgent.
    "dev96 deaf man cheated by job agent, Nonthaburi": Persona(
        ("สวัสดี ครับ ผม หูหนวก พิมพ์ ได้ โทร ไม่ได้",
         "คน หลอก ผม มา ทำงาน นนทบุรี บอก เงินเดือน ดี ไม่ จริง เงิน ผม เอา ไป หมด",
         "ผม อยาก กลับ บ้าน สกลนคร เงิน ไม่มี"),
        {"consent": "ยินยอม ครับ",
         "hardship": "ไม่มี เงิน ค่า รถ",
         "id_card": "มี บัตร ประชาชน มี บัตร คนพิการ ด้วย",
         "nationality": "ไทย",
         "current_province": "นนทบุรี",
         "home_province": "สกลนคร",
         "travellers": "1 คน",
         "special_needs": "ผม หูหนวก",
         "more_care": "ติดต่อ ผม พิมพ์ ข้อความ อย่า โทร",
         "travel_alone": "ไป เอง ได้ ครับ",
         "urgent": "นอน ห้อง เพื่อน หูหนวก ได้ ข้าว มี",
         "name": "อนุชา",
         "phone": "0831590472 ส่ง ข้อความ เท่านั้น",
         "needs": "บัตร คนพิการ มี แล้ว เงิน เบี้ย ไม่ เคย ได้ อยาก รู้ ทำ ยังไง",
         "confirm": "ถูก ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "สกลนคร", "travellers": 1,
                "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance"], "no_referrals": list(NOT_OFFENDER),
                "name": "อนุชา", "phone": "0831590472"}),

    # --- refused ---

    # Myanmar domestic worker in Bangkok, kept locked in and unpaid, escaped; no Thai
    # papers at all, passport kept by the employer, wants to go home to Myawaddy.
    # Not Thai, no document -> refused (nationality).
    "dev96 Myanmar housemaid escaped employer, no Thai papers": Persona(
        ("สวัดดีค่ะ",
         "ฉันคนพม่า มาทำงานแม่บ้าน นายจ้างไม่ให้เงิน ไม่ให้ออกจากบ้าน ฉันหนีมา",
         "ไม่มีบัตรไทย พาสปอร์ตนายจ้างเก็บ อยากกลับบ้านเมียวดีค่ะ ช่วยหนอย"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงิน ไม่มีที่นอนค่ะ",
         "id_card": "ไม่มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "พม่าค่ะ ไม่ใช่คนไทย",
         "current_province": "กรุงเทพ",
         "home_province": "เมียวดี ประเทศพม่า",
         "travellers": "คนเดียว",
         "urgent": "ไม่มีที่นอนค่ะ",
         "name": "มะเอ",
         "phone": "0959947218"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Woman who fled a violent husband in Bangkok last week on money borrowed from a
    # friend; she is already at her mother's house in Ubon Ratchathani with food, and
    # asks to be paid back the 650-baht fare. Already at home -> refused.
    "dev96 already home in Ubon, wants fare paid back": Persona(
        ("สวัสดีค่ะ",
         "หนูหนีผัวที่ตีหนูออกมาจากกรุงเทพเมื่ออาทิตย์ก่อน ตอนนี้มาอยู่บ้านแม่ที่อุบลแล้วค่ะ",
         "ค่ารถที่ยืมเพื่อนมา650บาท ขอเบิกคืนได้ไหมคะ อยากได้ความช่วยเหลือค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "มีที่อยู่แล้วค่ะ อยู่บ้านแม่ แต่ไม่มีเงินใช้หนี้เพื่อน",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "อุบลค่ะ อยู่บ้านแม่แล้ว",
         "home_province": "อุบลราชธานีค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "อยู่บ้านแม่ค่ะ มีข้าวกิน",
         "name": "พรทิพย์",
         "phone": "0906635128"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา",
                "current": "อุบลราชธานี", "home": "อุบลราชธานี"}),

    # Thai co-worker writes for a Lao man from Savannakhet cheated into unpaid rubber
    # tapping in Rayong, with no documents at all; he wants to get to Mukdahan and
    # across to Laos. Not Thai -> refused (nationality).
    "dev96 friend asks for Lao rubber tapper, no papers": Persona(
        ("สวัสดีครับ ถามแทนเพื่อนครับ",
         "เพื่อนผมเป็นคนลาว มาจากสะหวันนะเขต โดนนายหน้าหลอกมาทำสวนยางที่ระยอง "
         "ไม่ได้ตังเลย ไม่มีเอกสารอะไรสักอย่าง",
         "เขาอยากกลับบ้านที่ลาวครับ ไม่มีตังค่ารถไปมุกดาหาร รัฐช่วยได้ไหมครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีตังค่ารถ ไม่มีที่นอนครับ",
         "id_card": "ไม่มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ลาวครับ ไม่ได้เป็นคนไทย",
         "current_province": "ระยอง",
         "home_province": "สะหวันนะเขต ลาวครับ",
         "travellers": "1 คน",
         "urgent": "คืนนี้เขาไม่มีที่นอนครับ",
         "name": "คำแสง",
         "phone": "0869920471"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # --- answered ---

    # Mother whose son was sent back from Cambodia got a call from a "government
    # officer" demanding 3,500 baht to send him home; she only asks whether the state
    # aid has a fee (it has none).
    "dev96 mother asks if the fare aid has a fee, scam call": Persona(
        ("สวัสดีค่ะ",
         "ลูกชายป้าโดนหลอกไปทำงานกัมพูชา ตอนนี้ได้ข่าวว่าถูกส่งตัวกลับมาแล้ว",
         "มีคนโทรมาบอกว่าเป็นเจ้าหน้าที่รัฐ ให้ป้าโอนค่าดำเนินการส่งตัวกลับบ้าน 3,500 บาท "
         "ป้าขอถามหน่อยค่ะ ความช่วยเหลือค่ารถกลับบ้านของรัฐต้องเสียค่าธรรมเนียมไหมคะ"),
        {"idle": "แค่นี้แหละค่ะ ขอบคุนมากค่ะ",
         "consent": "ยังไม่ขอค่ะ ป้าแค่ถาม"},
        outcome="answered",
        answered="ค่าธรรมเนียม"),

    # Woman still living with a violent husband asks which number she can call at
    # night if she runs with her child; she is not leaving yet (hotline 1300, 24 hours).
    "dev96 woman planning to leave asks for a night number": Persona(
        ("ขอถามหน่อยค่ะ",
         "ถ้าวันไหนหนูพาลูกหนีออกจากบ้านตอนกลางคืน แล้วไม่มีตังกลับบ้าน "
         "โทรเบอร์ไหนได้บ้างคะ กลางคืนมีคนรับสายไหม"),
        {"idle": "ไว้ก่อนค่ะ ตอนนี้ยังไม่ได้ออกมา ขอเบอร์ไว้ก่อน",
         "consent": "ยังไม่ต้องค่ะ แค่ขอเบอร์"},
        outcome="answered",
        answered="1300"),

    # Returnee already home in Surin asks, for a friend still stuck in Mae Sot whose ID
    # card the gang kept, what document replaces the ID card (a certifying letter).
    "dev96 returnee asks what replaces a seized ID card": Persona(
        ("สวัสดีครับ",
         "ถามหน่อยครับ ผมกลับมาจากเมียวดีถึงบ้านสุรินทร์แล้ว แต่เพื่อนอีกคนบัตรประชาชนโดนแก๊งยึดไป",
         "ถ้าจะขอเงินค่ารถกลับบ้านแต่ไม่มีบัตรประชาชน ต้องใช้เอกสารอะไรแทนครับ"),
        {"idle": "แค่ถามเฉยๆครับ เดี๋ยวบอกเพื่อนให้ทักมาเอง",
         "consent": "ยังไม่ขอครับ แค่ถามแทนเพื่อน"},
        outcome="answered",
        answered="หนังสือรับรอง"),
}
