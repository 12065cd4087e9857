"""Dialog personas, set "dev55" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: people in the East and West (Rayong, Chonburi, Sa Kaeo, Kanchanaburi,
Ratchaburi, Tak/Mae Sot, Prachuap) and Bangkok's outskirts (Samut Prakan, Samut
Sakhon, Pathum Thani): factory lay-offs, fruit-orchard and construction workers
cheated of pay by bosses, contractors and brokers, hospital discharges, people
released from prison that day, a grandmother with her grandchildren, a deaf
traveller and a wheelchair user. Several write in many short messages, four answer
only one thing per message, some type for a neighbour, an uncle or a stranger.
Isan, Northern and plain Bangkok Thai, Thai digits in some phones, indirect
answers, one self-correction of the home province, one phone fix at the summary,
one question before consenting. Refusals: a Myanmar worker, a worker whose home
(Sangkhla Buri) is in the province he is in, a released prisoner with neither
card nor letter.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Laid-off factory worker from Pluak Daeng, at Rayong bus terminal, home Roi Et; case, urgent.
    "dev55 Rayong lay-off, short messages, bus terminal": Persona(
        ("สวัสดีครับ", "โดนเลิกจ้างครับ โรงงานที่ปลวกแดงปิด", "ไม่มีตังกลับบ้าน"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถครับ ห้องก็ต้องคืนเค้าแล้ว",
         "id_card": "มีครับ", "current_province": "ตอนนี้อยู่ขนส่งระยองครับ",
         "home_province": "ร้อยเอ็ด อ.เสลภูมิ", "travellers": "ไปคนเดียว",
         "urgent": "คืนนี้คงนอนขนส่งครับ ไม่มีที่ไป", "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "more_care": "ไม่มี",
         "needs": "ถ้ามีงานแถวบ้านก็อยากได้ครับ ตกงานแล้ว",
         "sensitive_consent": "ได้ครับ", "name": "บอย 0891234506",
         "phone": "0891234506", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": [], "name": "บอย", "phone": "0891234506",
                "referrals": ["job_placement"],
                "no_referrals": ("probation_support", *HEALTH)}),

    # Couple laid off at Amata Nakhon with a 1-year-old, friend's room for now, home Nakhon Phanom; case; phone fixed at summary.
    "dev55 Amata couple with baby, phone fix": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือหน่อยค่ะ",
         "หนูกับแฟนโดนเลิกจ้างจากโรงงานในนิคมอมตะชลบุรีพร้อมกันเลยค่ะ บริษัทปิดไลน์ผลิต "
         "ได้ค่าชดเชยนิดเดียวหมดไปกับค่าห้องแล้ว มีลูกอายุ1ขวบ อยากกลับบ้านที่นครพนม"
         "แต่ไม่มีค่ารถเลยค่ะ ตอนนี้อาศัยห้องเพื่อนอยู่ได้ถึงอาทิตย์หน้า"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ เงินเหลือร้อยกว่าบาท",
         "id_card": "มีทั้งสองคนค่ะ", "current_province": "ชลบุรีค่ะ แถวนิคมอมตะ",
         "home_province": "นครพนม อ.ธาตุพนม", "travellers": "3คนค่ะ หนู แฟน ลูก",
         "urgent": "ไม่ด่วนมากค่ะ ยังพักห้องเพื่อนได้", "special_needs": "ลูกขวบนึงค่ะ",
         "travel_alone": "ไปกันเองได้ค่ะ", "more_care": "ไม่มีแล้วค่ะ",
         "needs": "ไม่มีค่ะ อยากกลับบ้านก่อน", "sensitive_consent": "ได้ค่ะ",
         "name": "ฝน 0954412378", "phone": "0954412387",
         "confirm": ("เบอร์ผิดค่ะ ที่ถูก 0954412387", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครพนม", "travellers": 3,
                "urgent": False, "special": ["child"], "name": "ฝน",
                "phone": "0954412387"}),

    # Durian picker in Klaeng not paid for two months, sleeps at a roadside shelter, home Sisaket; case, one_part.
    "dev55 Klaeng durian picker unpaid, one thing per message": Persona(
        ("ขอความช่วยเหลือ", "ไปรับจ้างเก็บทุเรียนที่แกลง เถ้าแก่บ่จ่ายค่าแรง",
         "สองเดือนแล้ว บ่ได้สักบาท"),
        {"consent": "ยินยอม", "idle": "ครับ", "hardship": "บ่มีเงินค่ารถ",
         "id_card": "มี", "current_province": "ระยอง", "home_province": "ศรีสะเกษ",
         "travellers": "ผู้เดียว", "urgent": "บ่มีบ่อนนอน นอนศาลาริมทาง",
         "special_needs": "บ่มี", "travel_alone": "ไปได้", "more_care": "บ่มี",
         "needs": "อยากรู้ว่าฟ้องเถ้าแก่เอาค่าแรงคืนได้บ่ อยากปรึกษากฎหมาย",
         "sensitive_consent": "ได้", "name": "ทองใบ", "phone": "0623381945",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "ระยอง", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": True, "special": [], "name": "ทองใบ", "phone": "0623381945",
                "referrals": ["justice_centre"]},
        one_part=True),

    # Construction worker and pregnant wife, contractor ran off, camp in Bang Phli torn down, home Buriram; case, urgent.
    "dev55 Bang Phli camp, contractor fled, pregnant wife": Persona(
        ("ผรม.หนีครับ", "ค่าแรงค้างสามงวด", "อยู่แคมป์บางพลี เค้ารื้อแคมป์แล้ว"),
        {"consent": "ยินยอมครับ", "idle": "ครับผม",
         "hardship": "ไม่มีที่นอน ไม่มีตังกินข้าว ค่ารถก็ไม่มี",
         "id_card": "มีครับทั้งผมทั้งเมีย", "current_province": "สมุทรปราการ บางพลี",
         "home_province": "บุรีรัมย์ นางรอง", "travellers": "2 ผมกับเมีย",
         "urgent": "ด่วนครับ คืนนี้ไม่รู้นอนไหน", "special_needs": "เมียท้อง7เดือนครับ",
         "travel_alone": "ไปเองได้ครับ", "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ ขอกลับบ้านก่อน", "sensitive_consent": "ได้ครับ",
         "name": "เก่ง 086-771-2045", "phone": "086-771-2045", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": True, "special": ["pregnant"], "name": "เก่ง",
                "phone": "0867712045"}),

    # Man discharged from Phahonphonphayuhasena hospital with a broken leg, corrects his home province; case, urgent, sick.
    "dev55 Kanchanaburi discharge, leg in cast, corrects home": Persona(
        ("สวัสดีครับ ผมเพิ่งออกจากโรงพยาบาลพหลฯ กาญจนบุรีวันนี้ รถล้ม ขาหักใส่เฝือก",
         "เงินหมดไปกับค่ารักษาแล้วครับ ไม่มีค่ารถกลับบ้าน"),
        {"consent": "ยอมรับครับ", "idle": "ครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ", "current_province": "กาญจนบุรี หน้ารพ.พหลฯ",
         "home_province": "ขอนแก่น เอ้ยไม่ใช่ ชัยภูมิครับ อ.ภูเขียว ติดเขตขอนแก่น",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ นั่งรอหน้ารพ.",
         "special_needs": "ขาหักครับ เดินไม้ค้ำ",
         "travel_alone": "ไปเองได้ครับ ถ้าขึ้นรถทัวร์ได้", "more_care": "ไม่มี",
         "needs": "ไม่มีครับ หมอนัดตัดเฝือกที่รพ.ภูเขียวแล้ว",
         "sensitive_consent": "ได้ครับ", "name": "ต้น 0817704421",
         "phone": "0817704421", "confirm": "ครับถูกต้อง"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": ["sick"], "name": "ต้น",
                "phone": "0817704421"}),

    # Released today from Chonburi Central Prison, expired card, home Lampang, probation and work; case, urgent.
    "dev55 released today Chonburi prison, expired card": Persona(
        ("สวัสดีครับ", "ผมเพิ่งพ้นโทษออกมาวันนี้ครับ เรือนจำกลางชลบุรี",
         "บ้านอยู่ลำปางครับ ไม่มีตังค์กลับ"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "บ่มีค่ารถครับ คืนนี้ก็บ่มีที่นอน",
         "id_card": "มีครับแต่หมดอายุไปแล้ว",
         "current_province": "ชลบุรีครับ ยังอยู่แถวหน้าเรือนจำ",
         "home_province": "ลำปาง เกาะคา", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ไม่มีที่นอน", "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "more_care": "ไม่มีครับ",
         "needs": "ต้องไปรายงานตัวคุมประพฤติที่ลำปาง แล้วก็อยากทำบัตรใหม่ หางานทำครับ",
         "sensitive_consent": "ยินยอมครับ", "name": "จ่อย 0935521870",
         "phone": "0935521870", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ลำปาง", "travellers": 1,
                "urgent": True, "special": [], "name": "จ่อย", "phone": "0935521870",
                "referrals": ["probation_support", "id_card", "job_placement"]}),

    # Released this morning from Mae Sot prison, card lost but has the village head's letter, on HIV medicine, home Ubon; case, one_part.
    "dev55 Mae Sot release, letter not card, ARV, one thing per message": Persona(
        ("ออกจากคุกแม่สอดเมื่อเช้า", "ขอเงินกลับบ้านได้ไหม"),
        {"consent": "ได้", "idle": "ครับ", "hardship": "ไม่มีตังค่ารถ",
         "id_card": "ไม่มี หายตั้งแต่ตอนโดนจับ",
         "nationality_letter": "มี พี่สาวไปขอผู้ใหญ่บ้านทำให้ ส่งมาถึงเรือนจำแล้ว อยู่ในมือ",
         "current_province": "แม่สอด", "home_province": "อุบล",
         "travellers": "คนเดียว", "urgent": "ไม่มีที่นอน",
         "special_needs": "ไม่มี สบายดี แค่ต้องกินยาต้านทุกวัน",
         "travel_alone": "ได้", "more_care": "ไม่มี",
         "needs": "ยาต้านไวรัสใกล้หมด อยากได้ยาต่อ กับอยากทำบัตรใหม่",
         "sensitive_consent": "ได้", "name": "หนุ่ม", "phone": "๐๘๔๗๗๒๑๓๖๙",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "ตาก", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": [], "name": "หนุ่ม",
                "phone": "0847721369", "referrals": ["hiv_aid", "id_card"]},
        one_part=True),

    # Neighbour types for a 67-year-old grandmother and two grandchildren evicted in Ban Pong, home Phetchabun; case, urgent.
    "dev55 neighbour for grandma and grandkids, Ban Pong": Persona(
        ("สวัสดีค่ะ พิมพ์แทนยายข้างห้องนะคะ",
         "ยายแกอายุ67 เลี้ยงหลาน2คน แม่เด็กหายไปไม่ส่งเงินมา5เดือนแล้ว",
         "เจ้าของห้องไล่ออกวันนี้ค่ะ ยายอยากกลับบ้านที่เพชรบูรณ์แต่ไม่มีเงินสักบาท"),
        {"consent": "ยายบอกยินยอมค่ะ", "idle": "รอแป๊บนะคะ ถามยายก่อน",
         "hardship": "ไม่มีที่อยู่แล้วค่ะ เงินก็ไม่มี ข้าวก็แทบไม่มีกิน",
         "id_card": "ยายมีบัตรค่ะ", "current_province": "ราชบุรีค่ะ บ้านโป่ง",
         "home_province": "เพชรบูรณ์ หล่มสัก",
         "travellers": "3คนค่ะ ยายกับหลาน หนูไม่ได้ไปด้วย",
         "urgent": "ไม่มีที่นอนคืนนี้ค่ะ ของยังกองอยู่หน้าห้อง ห้องหนูก็ให้นอนไม่ได้ เจ้าของไม่ยอม",
         "special_needs": "ยาย67 หลานคนเล็ก4ขวบ คนโต8ขวบค่ะ",
         "travel_alone": "ยายพาหลานไปเองได้ค่ะ เคยนั่งรถกลับอยู่",
         "more_care": "ไม่มีค่ะ",
         "needs": "ยายยังไม่เคยได้เบี้ยคนแก่เลยค่ะ อยากให้ช่วยดูให้หน่อย",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ติดต่อหนูนะคะ ชื่อแอ๊ว 0639982154 ยายไม่มีโทรศัพท์",
         "phone": "0639982154", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "เพชรบูรณ์",
                "travellers": 3, "urgent": True, "special": ["elderly", "child"],
                "name": "แอ๊ว", "phone": "0639982154",
                "referrals": ["elderly_allowance"],
                "no_referrals": ("probation_support",)}),

    # Deaf man robbed in Hua Hin, writes in sign-language word order, sleeps at the station, home Nakhon Sawan; case, urgent.
    "dev55 deaf traveller robbed at Hua Hin station": Persona(
        ("สวัสดี ผม หูหนวก พิมพ์ได้ โทรไม่ได้",
         "กระเป๋าตังหาย ขโมย ที่หัวหิน ผม กลับบ้าน ไม่มีเงิน"),
        {"consent": "ยินยอม ครับ", "idle": "รอ ครับ",
         "hardship": "เงินไม่มี ค่ารถไม่มี",
         "id_card": "บัตร มี อยู่กระเป๋าเป้ ไม่หาย",
         "current_province": "หัวหิน สถานีรถไฟ", "home_province": "นครสวรรค์",
         "travellers": "1 ผมคนเดียว", "urgent": "คืนนี้ นอน สถานี ไม่มีที่",
         "special_needs": "ผม หูหนวก คนพิการ",
         "travel_alone": "ไปเองได้ เขียนกระดาษคุย", "more_care": "ไม่มี",
         "needs": "บัตรคนพิการ ยังไม่ได้ทำ อยากทำ ได้เงินเบี้ย",
         "sensitive_consent": "ยินยอม",
         "name": "ชื่อ เอ็ม 0826650193 ส่งข้อความ ได้อย่างเดียว",
         "phone": "0826650193 ส่งSMSเท่านั้น โทรไม่ได้", "confirm": "ถูก ครับ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "นครสวรรค์",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "name": "เอ็ม", "phone": "0826650193",
                "referrals": ["disability_allowance"]}),

    # Market vendor types for a wheelchair lottery seller robbed at Rong Kluea, Aranyaprathet, home Lopburi; case, needs escort.
    "dev55 stranger for wheelchair lottery seller, Aranyaprathet": Persona(
        ("สวัสดีจ้า พิมพ์ให้ลุงคนนึงนะ ลุงนั่งวีลแชร์ ขายลอตเตอรี่แถวตลาดโรงเกลือ",
         "โดนขโมยลอตเตอรี่หมดเลย ทุนหาย ไม่มีเงินกลับบ้านลพบุรี"),
        {"consent": "ลุงว่ายินยอมจ้า", "idle": "จ้า",
         "hardship": "ไม่มีค่ารถ กินข้าวก็ไม่มีตังแล้ว",
         "id_card": "ลุงมีบัตรประชาชน บัตรคนพิการก็มี",
         "current_province": "สระแก้ว อรัญ", "home_province": "ลพบุรี บ้านหมี่",
         "travellers": "ลุงคนเดียว ฉันไม่ได้ไป",
         "urgent": "ลุงนอนแผงที่ตลาด เค้าไม่ให้นอนแล้ว คืนนี้ไม่รู้ไปไหน",
         "special_needs": "ขาขาดข้างนึง นั่งวีลแชร์ อายุ58",
         "travel_alone": "ไปเองไม่ได้หรอก ขึ้นรถทัวร์เองไม่ไหว ต้องมีคนช่วยพาไป",
         "more_care": "ไม่มี",
         "needs": "ไม่มีแล้ว ลุงได้เบี้ยคนพิการอยู่แล้ว ขอแค่มีคนพาไปส่ง",
         "sensitive_consent": "ลุงว่าได้",
         "name": "ลุงไม่มีมือถือ โทรหาฉันได้ ชื่อนก 0871239046",
         "phone": "0871239046", "confirm": "ถูกแล้วจ้า"},
        expect={"eligible": True, "current": "สระแก้ว", "home": "ลพบุรี",
                "travellers": 1, "urgent": True,
                "special": ["disabled", "cannot_travel_alone"], "name": "นก",
                "phone": "0871239046", "referrals": ["travel_escort"],
                "no_referrals": ("disability_allowance",)}),

    # Four mango-orchard workers cheated by a broker in Wang Nam Yen, thrown out of the hut, home Kalasin; case, one_part.
    "dev55 Wang Nam Yen orchard group of four, one thing per message": Persona(
        ("สวัสดีครับ",
         "นายหน้าพาพวกผมมาทำสวนมะม่วงที่วังน้ำเย็น บอกวันละ400",
         "ทำได้เดือนนึง นายหน้าเอาเงินหนีไปหมด"),
        {"consent": "ยินยอม", "idle": "ครับ",
         "hardship": "บ่มีเงินค่ารถ ข้าวกะบ่มีกิน", "id_card": "มีทุกคน",
         "current_province": "สระแก้ว", "home_province": "กาฬสินธุ์",
         "travellers": "4", "urgent": "เจ้าของสวนไล่ออกจากเพิงแล้ว คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มี ผู้ชายหมด", "travel_alone": "ไปได้",
         "more_care": "บ่มี", "needs": "บ่มีครับ", "sensitive_consent": "ได้",
         "name": "คำพอง", "phone": "0908812276", "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "สระแก้ว", "home": "กาฬสินธุ์",
                "travellers": 4, "urgent": True, "special": [], "name": "คำพอง",
                "phone": "0908812276"},
        one_part=True),

    # Camp cook at Thong Pha Phum road works, unpaid, can stay in the camp until Friday, home Nong Bua Lamphu; case, not urgent.
    "dev55 Thong Pha Phum camp cook, long message with a question": Persona(
        ("สวัสดีค่ะ ขอสอบถามหน่อย",
         "ป้าเป็นแม่ครัวแคมป์ก่อสร้างถนนที่ทองผาภูมิ กาญจนบุรี ผู้รับเหมาค้างค่าแรงสามเดือน"
         "แล้วบอกไม่มีจ่าย ป้าอยากกลับบ้านหนองบัวลำภูแต่ไม่มีค่ารถเลย ต้องไปติดต่อที่ไหนคะ "
         "ตอนนี้ยังนอนแคมป์ได้ถึงวันศุกร์"),
        {"consent": "ยินยอมจ้ะ", "idle": "จ้ะ", "hardship": "ไม่มีค่ารถจ้ะ",
         "id_card": "มีจ้ะ", "current_province": "กาญจนบุรี อ.ทองผาภูมิ",
         "home_province": "หนองบัวลำภู อ.ศรีบุญเรือง", "travellers": "ไปคนเดียวจ้ะ",
         "urgent": "ยังไม่ด่วนจ้ะ นอนแคมป์ได้ถึงศุกร์",
         "special_needs": "ไม่มีจ้ะ ป้าอายุ56 ยังแข็งแรง", "travel_alone": "ได้จ้ะ",
         "more_care": "ไม่มี", "needs": "ไม่มีจ้ะ", "sensitive_consent": "ได้จ้ะ",
         "name": "ป้าจันทร์ 0885567012", "phone": "0885567012",
         "confirm": "ถูกต้องจ้ะ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "หนองบัวลำภู",
                "travellers": 1, "urgent": False, "special": [], "name": "ป้าจันทร์",
                "phone": "0885567012"}),

    # Laid off from a Pranburi pineapple cannery, room paid to month end, Northern Thai, home Chiang Rai; case, not urgent.
    "dev55 Pranburi cannery lay-off, northern, wants training": Persona(
        ("สวัสดีเจ้า",
         "เจ้าถูกเลิกจ้างจากโรงงานสับปะรดกระป๋องที่ปราณบุรีเจ้า โรงงานปิดกะทันหัน บ่ได้ค่าชดเชย "
         "ตอนนี้เงินบ่มีแล้ว ข้าวก็กินมื้อเดียว ห้องเช่าจ่ายไว้ถึงสิ้นเดือนนี้ อยากกลับบ้านเชียงรายเจ้า"),
        {"consent": "ยินยอมเจ้า", "idle": "เจ้า",
         "hardship": "บ่มีเงินกินข้าว บ่มีค่ารถเจ้า", "id_card": "มีเจ้า",
         "current_province": "ประจวบ ปราณบุรีเจ้า", "home_province": "เชียงราย แม่จันเจ้า",
         "travellers": "คนเดียวเจ้า", "urgent": "บ่ด่วนเจ้า ยังมีห้องนอนถึงสิ้นเดือน",
         "special_needs": "บ่มีเจ้า", "travel_alone": "ไปได้เจ้า", "more_care": "บ่มี",
         "needs": "อยากฝึกอาชีพเจ้า ตัดผมหรือทำขนมก็ได้",
         "sensitive_consent": "ได้เจ้า", "name": "คำแปง ๐๖๕๓๓๑๗๗๘๙",
         "phone": "๐๖๕๓๓๑๗๗๘๙", "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [], "name": "คำแปง",
                "phone": "0653317789", "referrals": ["job_training"]}),

    # Pregnant woman laid off from a Mahachai shrimp factory, friend's room, asks about a fee first, home Sakon Nakhon; case.
    "dev55 Mahachai shrimp factory, pregnant, asks fee first": Persona(
        ("ขอความช่วยเหลือค่ะ", "โรงงานกุ้งมหาชัยเลิกจ้างค่ะ",
         "ท้องอยู่ด้วย อยากกลับไปคลอดที่บ้านสกลค่ะ"),
        {"consent": ("ต้องเสียค่าอะไรไหมคะ", "ยินยอมค่ะ"), "idle": "ค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ เงินเดือนสุดท้ายยังไม่ได้",
         "id_card": "มีค่ะ", "current_province": "สมุทรสาคร มหาชัย",
         "home_province": "สกลนคร อ.สว่างแดนดิน", "travellers": "คนเดียวค่ะ",
         "urgent": "ตอนนี้อาศัยห้องเพื่อนอยู่ค่ะ ยังไม่ด่วน",
         "special_needs": "ท้อง6เดือนค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ", "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "เมย์ 0972240618", "phone": "0972240618", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "สกลนคร",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "เมย์", "phone": "0972240618"}),

    # Nephew types for his 70-year-old uncle discharged after a stroke from Chonburi hospital, home Korat; case, urgent, escort.
    "dev55 nephew for stroke uncle discharged, Chonburi": Persona(
        ("สวัสดีครับ ผมพิมพ์แทนลุงครับ",
         "ลุงอายุ70 เส้นเลือดในสมองตีบ หมอให้ออกจากรพ.ชลบุรีวันนี้",
         "ห้องผมเป็นหอโรงงาน เค้าไม่ให้คนนอกพัก ลุงไม่มีที่ไป อยากส่งลุงกลับโคราช"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีที่พัก แล้วก็ไม่มีค่ารถครับ ผมเองก็เงินไม่พอ",
         "id_card": "ลุงมีบัตรครับ", "current_province": "ชลบุรีครับ",
         "home_province": "โคราชครับ อ.ปักธงชัย ลูกสาวลุงรออยู่",
         "travellers": "ลุงคนเดียวครับ ผมไปด้วยไม่ได้ ต้องทำงาน",
         "urgent": "ด่วนครับ คืนนี้ลุงนั่งรอที่ล็อบบี้รพ.",
         "special_needs": "ลุงแขนขาซีกซ้ายอ่อนแรง เดินเองไม่ค่อยได้ ต้องกินยาตลอด",
         "travel_alone": "ไปคนเดียวไม่ได้ครับ ต้องมีคนพาไป", "more_care": "ไม่มีครับ",
         "needs": "อยากให้มีเจ้าหน้าที่พาลุงไปส่งถึงบ้านครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ผมชื่อแบงค์ 0813306672 ติดต่อผมได้ครับ", "phone": "0813306672",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "sick", "cannot_travel_alone"], "name": "แบงค์",
                "phone": "0813306672", "referrals": ["travel_escort"]}),

    # Woman fled a violent partner with her 5-year-old, at a 7-Eleven in Naklua, Pattaya, home Yasothon; case, urgent.
    "dev55 Pattaya mother fleeing violence with child": Persona(
        ("ช่วยด้วยค่ะ", "แฟนทำร้าย หนีออกมากับลูก", "ตอนนี้อยู่เซเว่นแถวนาเกลือ พัทยา"),
        {"consent": "ยินยอมค่ะ เร็วๆนะคะ", "idle": "ค่ะ",
         "hardship": "ไม่มีที่ไปค่ะ เงินไม่มี ออกมาแต่ตัว",
         "id_card": "มีค่ะ หยิบกระเป๋ามาทัน", "current_province": "ชลบุรี พัทยาค่ะ",
         "home_province": "ยโสธรค่ะ บ้านแม่", "travellers": "2คนค่ะ หนูกับลูก",
         "urgent": "ด่วนค่ะ กลัวเค้าตามมา คืนนี้กลับห้องไม่ได้",
         "special_needs": "ลูก5ขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ", "needs": "ไม่มีค่ะ ขอกลับบ้านแม่ก่อน",
         "sensitive_consent": "ได้ค่ะ", "name": "แพร 0946619027",
         "phone": "0946619027", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ยโสธร", "travellers": 2,
                "urgent": True, "special": ["child"], "name": "แพร",
                "phone": "0946619027",
                "no_referrals": ("probation_support",)}),

    # 62-year-old laid-off security guard sleeping at Rangsit market, cracked card, home Phitsanulok; case, one_part.
    "dev55 Rangsit old guard laid off, cracked card, one thing per message": Persona(
        ("สวัสดีครับ", "ผมเป็นยามโรงงานแถวรังสิต เค้าเลิกจ้าง"),
        {"consent": "ยินยอม", "idle": "ครับ", "hardship": "ไม่มีค่ารถกลับบ้าน",
         "id_card": "มี แต่หักครึ่ง ยังอ่านออก", "current_province": "ตลาดรังสิต",
         "home_province": "พิษณุโลก", "travellers": "คนเดียว",
         "urgent": "นอนตลาดมาสองคืนแล้ว", "special_needs": "อายุ62",
         "travel_alone": "ไปได้", "more_care": "ไม่มี", "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้", "name": "ลุงเสน่ห์", "phone": "๐๘๙ ๔๔๐ ๒๗๑๕",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "ลุงเสน่ห์", "phone": "0894402715"},
        one_part=True),

    # Myanmar orchard worker in Rayong with a pink card, unpaid, wants to go to Mae Sot; refused (nationality).
    "dev55 Myanmar orchard worker in Rayong, pink card": Persona(
        ("สวัสดีค่ะ หนูเป็นคนพม่าค่ะ ทำสวนผลไม้ที่ระยอง",
         "นายจ้างไม่จ่ายเงิน อยากกลับไปหาแม่ที่แม่สอด ไม่มีค่ารถค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ", "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "ไม่มีบัตรไทยค่ะ มีบัตรชมพู",
         "nationality_letter": "ไม่มีค่ะ หนูไม่ใช่คนไทย",
         "current_province": "ระยอง", "home_province": "แม่สอด ตาก",
         "travellers": "1", "urgent": "นอนกับเพื่อนได้ค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ", "more_care": "ไม่มี",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "มะเอ 0612207734", "phone": "0612207734", "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Construction worker in Mueang Kanchanaburi cheated of pay, home Sangkhla Buri in the same province; refused (home).
    "dev55 Kanchanaburi town to Sangkhla Buri, same province": Persona(
        ("สวัสดีครับ", "ผมทำงานก่อสร้างอยู่ในเมืองกาญ ผู้รับเหมาโกงค่าแรง",
         "อยากกลับบ้านที่สังขละครับ ไม่มีค่ารถ"),
        {"consent": "ยินยอม", "idle": "ครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ", "current_province": "กาญจนบุรี ในเมือง",
         "home_province": "สังขละบุรี กาญจนบุรีครับ", "travellers": "คนเดียว",
         "urgent": "นอนแคมป์ได้อยู่ครับ", "special_needs": "ไม่มี",
         "travel_alone": "ได้", "more_care": "ไม่มี", "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้", "name": "ชาติ 0821147730",
         "phone": "0821147730", "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # Released today from Ratchaburi Central Prison, card lost years ago, no letter and cannot get one, home Sukhothai; refused (letter).
    "dev55 Ratchaburi release, no card no letter": Persona(
        ("พ้นโทษวันนี้ครับ เรือนจำกลางราชบุรี", "ไม่มีตังกลับบ้านสุโขทัย"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ",
         "id_card": "ไม่มีครับ บัตรหายไปตั้งแต่ก่อนติดคุก หลายปีแล้ว",
         "nationality_letter": "ไม่มีครับ ที่บ้านไม่มีใครแล้ว ผู้ใหญ่บ้านคนใหม่ก็ไม่รู้จักผม ขอไม่ได้",
         "current_province": "ราชบุรี", "home_province": "สุโขทัย",
         "travellers": "คนเดียว", "urgent": "ไม่มีที่นอนครับ",
         "special_needs": "ไม่มี", "travel_alone": "ได้", "more_care": "ไม่มี",
         "needs": "อยากทำบัตรใหม่ครับ", "sensitive_consent": "ได้ครับ",
         "name": "โอ๊ต 0857763012", "phone": "0857763012", "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Mother in Sa Kaeo asks how much the disability allowance is for her daughter; answered.
    "dev55 Sa Kaeo mother asks disability allowance amount": Persona(
        ("สวัสดีค่ะ", "เบี้ยคนพิการได้เดือนละกี่บาทคะ ลูกสาวขาพิการ อยู่สระแก้วค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "แค่อยากรู้เฉยๆค่ะ",
         "hardship": "ไม่ได้เดือดร้อนเรื่องกลับบ้านค่ะ แค่ถาม"},
        outcome="answered", answered="800"),

    # Man in Chonburi asks how fast an urgent return-home request is handled; answered.
    "dev55 Chonburi man asks how fast urgent help is": Persona(
        ("ถามหน่อยครับ ถ้าเป็นกรณีด่วนขอเงินช่วยกลับบ้าน เค้าช่วยได้ภายในกี่ชั่วโมงครับ",
         "ถามไว้ให้น้องเฉยๆครับ"),
        {"consent": "ยินยอม", "idle": "แค่ถามครับ ยังไม่ได้จะขอ",
         "hardship": "ผมไม่ได้เดือดร้อนครับ ถามให้น้อง"},
        outcome="answered", answered="24"),

    # Woman in Rayong asks the hotline number and whether it answers at night; answered.
    "dev55 Rayong woman asks hotline at night": Persona(
        ("สายด่วนช่วยเหลือสังคมเบอร์อะไรคะ", "กลางคืนโทรได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอแค่เบอร์ค่ะ",
         "hardship": "ยังไม่ได้ขอความช่วยเหลือค่ะ ถามเบอร์ไว้ก่อน"},
        outcome="answered", answered="1300"),
}
