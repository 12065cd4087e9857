"""dev102: Blind dialog personas for the Namjai benchmark, 2026-12-07.

Written from the seeds only.
Focus: third parties writing for someone else (police officers, hospital social
workers, temple abbots, village heads, shop owners, landlords, bus-station staff,
children for a parent, parents for a grown child). They mix their own details (their
phone, their own place and name) with the person's, and often say the person's name
only once. The stranded person is the applicant: name = the person's name, phone = the
contact number the writer gives, current = where the person is (not the writer),
travellers = only those going home (never the writer).
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # A police sergeant at the Nakhon Sawan city station writes for a confused 74-year-old
    # man found at the bus station; home Sakon Nakhon. He has his ID, no money, slept on a
    # bench last night and has nowhere tonight; he cannot travel alone (memory). The
    # officer's own name and station come first; the contact phone is the officer's.
    # Right outcome: case, urgent, elderly + cannot_travel_alone, 1 traveller.
    "dev102 police sergeant, confused grandfather at Nakhon Sawan bus station": Persona(
        ("สวัสดีครับ",
         "ผม ด.ต.ประยูร อยู่ สภ.เมืองนครสวรรค์ ครับ มีเรื่องขอความช่วยเหลือให้คนอื่น",
         "เจอคุณตาคนนึงนั่งอยู่ขนส่งนครสวรรค์ตั้งแต่เมื่อวาน ชื่อบุญเรือน แก้วมา อายุ74 "
         "บอกว่าบ้านอยู่สว่างแดนดิน สกลนคร ไม่มีเงินติดตัวเลย ลูกหลานติดต่อไม่ได้",
         "ความจำแกไม่ค่อยดี ถามซ้ำไปมา ให้ไปเองคงไม่รอด คืนนี้ก็ไม่มีที่นอน"),
        {"consent": "ยินยอมครับ ถามคุณตาแล้ว แกโอเค",
         "idle": "ขอความช่วยเหลือส่งคุณตากลับบ้านครับ",
         "hardship": "ไม่มีที่พัก ไม่มีค่ารถครับ ข้าวผมซื้อให้กินไปมื้อนึง",
         "id_card": "มีบัตรประชาชนครับ อยู่ในกระเป๋าตา",
         "nationality": "คนไทยครับ",
         "current_province": "นครสวรรค์ครับ ตอนนี้พามานั่งที่โรงพัก",
         "home_province": "สกลนครครับ อ.สว่างแดนดิน",
         "travellers": "คุณตาคนเดียวครับ ผมไม่ได้ไปด้วย",
         "special_needs": "อายุ 74 ครับ ความจำสับสน ถามซ้ำไปมา",
         "more_care": "ต้องมีคนไปส่งครับ ไปเองหลงแน่",
         "travel_alone": "ไม่ได้ครับ ต้องมีคนพาไป",
         "urgent": "คืนนี้ไม่มีที่นอนครับ เมื่อคืนก็นอนม้านั่งที่ขนส่ง",
         "name": "บุญเรือน แก้วมา ครับ (ชื่อคุณตานะครับ ไม่ใช่ชื่อผม)",
         "phone": "ติดต่อผมเลยครับ 081-652-4410 คุณตาไม่มีโทรศัพท์",
         "needs": "อยากให้มีเจ้าหน้าที่ไปส่งถึงบ้านครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นครสวรรค์", "home": "สกลนคร",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "name": "บุญเรือน แก้วมา", "phone": "0816524410"}),

    # A hospital social worker at Khon Kaen hospital writes for a 38-year-old man living
    # with HIV, home Chumphon, no income, no fare; the hospital keeps him until transport
    # is arranged (not urgent). She asks about aid for people with HIV. Her own name and
    # mobile appear in the phone answer; the name to keep is the patient's.
    # Right outcome: case, not urgent, sick, hiv_aid offered.
    "dev102 hospital social worker, HIV patient discharged in Khon Kaen": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ ดิฉันเป็นนักสังคมสงเคราะห์ รพ.ขอนแก่นนะคะ",
         "มีผู้ป่วยชายอายุ 38 ปี ชื่อนายวัชระ ทองคำ แพทย์ให้กลับบ้านได้แล้วค่ะ "
         "ภูมิลำเนาชุมพร มาทำงานที่ขอนแก่นแล้วป่วย ไม่มีญาติทางนี้ ไม่มีเงินค่าเดินทางกลับ",
         "ผู้ป่วยเป็นผู้ติดเชื้อ HIV ค่ะ อยากสอบถามเรื่องเงินสงเคราะห์ผู้ติดเชื้อให้ด้วย"),
        {"consent": "ยินยอมค่ะ ผู้ป่วยรับทราบและยินยอมแล้ว",
         "sensitive_consent": "ยินยอมค่ะ ผู้ป่วยเซ็นใบยินยอมไว้แล้ว",
         "idle": "ขอความช่วยเหลือส่งผู้ป่วยกลับภูมิลำเนาค่ะ",
         "hardship": "ไม่มีค่าเดินทางกลับค่ะ ไม่มีรายได้มาสองเดือน ห้องเช่าเดิมเจ้าของก็เก็บของออกแล้ว",
         "id_card": "มีบัตรประชาชนค่ะ",
         "nationality": "สัญชาติไทยค่ะ",
         "current_province": "ขอนแก่นค่ะ ผู้ป่วยอยู่ที่ รพ.",
         "home_province": "ชุมพรค่ะ อ.หลังสวน",
         "travellers": "ผู้ป่วยคนเดียวค่ะ",
         "special_needs": "ผู้ป่วยติดเชื้อ HIV กินยาต้านอยู่ค่ะ อาการคงที่ เดินเองได้",
         "more_care": "ต้องได้รับยาต้านต่อเนื่องที่ชุมพรค่ะ",
         "travel_alone": "เดินทางเองได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังนอน รพ.ได้จนกว่าจะได้รถกลับ อาหารก็มีของ รพ.",
         "name": "นายวัชระ ทองคำ ค่ะ",
         "phone": "ติดต่อดิฉันได้ค่ะ อรุณี ศรีวงศ์ นักสังคมฯ 089-712-5530 ผู้ป่วยไม่มีมือถือ",
         "needs": "อยากให้ผู้ป่วยได้รับเงินสงเคราะห์ผู้ติดเชื้อ HIV ด้วยค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "ชุมพร",
                "travellers": 1, "urgent": False, "special": ["sick"],
                "name": "วัชระ ทองคำ", "phone": "0897125530",
                "referrals": ["hiv_aid"]}),

    # A temple abbot near Chiang Mai writes (monk's register, อาตมา/โยม) for a young man
    # robbed of his cash who has slept at the temple three nights; home Nan. Shelter and
    # food come from the temple, so not urgent. The phone is the abbot's own, in Thai
    # digits. Answers one thing at a time.
    # Right outcome: case, not urgent, no special needs.
    "dev102 temple abbot, robbed young man sleeping at a Chiang Mai temple": Persona(
        ("เจริญพร",
         "อาตมาเป็นเจ้าอาวาสวัดอยู่อำเภอสารภี เชียงใหม่ มีโยมผู้ชายมาขออาศัยนอนที่วัดสามคืนแล้ว "
         "เงินโดนขโมยหมด จะกลับบ้านที่น่านก็ไม่มีค่ารถ ทางนี้พอจะช่วยได้ไหม"),
        {"consent": "ยินยอม โยมเขาก็ยินยอม",
         "idle": "ขอให้ช่วยโยมเขาได้กลับบ้าน",
         "hardship": "ไม่มีค่ารถกลับบ้าน",
         "id_card": "บัตรประชาชนยังอยู่ โจรเอาไปแต่เงิน",
         "nationality": "คนไทย",
         "current_province": "เชียงใหม่",
         "home_province": "น่าน อำเภอปัว",
         "travellers": "โยมเขาคนเดียว",
         "special_needs": "ไม่มี แข็งแรงดี",
         "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้",
         "urgent": "นอนศาลาวัดได้ ข้าวก็กินกับวัด ไม่ต้องห่วง",
         "name": "ชื่อเอกชัย",
         "phone": "๐๘๑ ๗๖๓ ๒๙๐๔ เบอร์อาตมาเอง",
         "needs": "แค่ค่ารถ",
         "confirm": "ถูกต้อง"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน",
                "travellers": 1, "urgent": False, "special": [],
                "name": "เอกชัย", "phone": "0817632904", "no_referrals": HEALTH}),

    # A village head in Kut Chum, Yasothon (the writer is in the home province) writes
    # for a villager cheated of his wages, sleeping at Mo Chit in Bangkok, no food today.
    # The villager's ID is lost; the village head offers the certifying letter. The
    # contact is the village head's own phone (the villager called from a borrowed one).
    # Right outcome: case (letter instead of ID), urgent, current Bangkok, home Yasothon.
    "dev102 village head in Yasothon for a villager stranded at Mo Chit": Persona(
        ("สวัสดีครับ ผมเป็นผู้ใหญ่บ้านอยู่ อ.กุดชุม ยโสธรครับ",
         "ลูกบ้านผมไปทำงานก่อสร้างอยู่กรุงเทพ ผู้รับเหมาเบี้ยวค่าแรงหนีไป ตอนนี้นอนอยู่ขนส่งหมอชิตสองคืนแล้ว "
         "ข้าวก็ยังไม่ได้กิน เขายืมโทรศัพท์คนอื่นโทรมาหาผม",
         "กระเป๋าตังหายไปด้วย บัตรประชาชนก็หาย ผมจะช่วยให้เขากลับบ้านยังไงได้บ้างครับ"),
        {"consent": "ยินยอมครับ ผมโทรถามเขาแล้ว เขาให้ผมช่วยติดต่อแทน",
         "idle": "ช่วยลูกบ้านผมกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอน ไม่มีข้าวกินครับ ครบทุกอย่าง",
         "id_card": "บัตรหายไปกับกระเป๋าครับ",
         "nationality_letter": "ได้ครับ ผมเป็นผู้ใหญ่บ้าน ออกหนังสือรับรองให้ได้ว่าเป็นคนไทย "
                               "อยู่หมู่บ้านผมจริง",
         "nationality": "คนไทยแท้ครับ เกิดที่หมู่บ้านนี้",
         "current_province": "กรุงเทพครับ อยู่หมอชิต",
         "home_province": "ยโสธรครับ อ.กุดชุม",
         "travellers": "คนเดียวครับ ผมอยู่บ้าน ไม่ได้ไปด้วย",
         "special_needs": "ไม่มีครับ อายุ 40 กว่า แข็งแรง",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้ก็ต้องนอนหมอชิตอีกครับ ข้าวยังไม่ได้กินทั้งวัน",
         "name": "สมพงษ์ บุญล้น ครับ",
         "phone": "โทรเบอร์ผมผู้ใหญ่เลยครับ 0624417859 เบอร์ที่เขาโทรมาเป็นเบอร์ยืมคนอื่น",
         "needs": "อยากให้เขาได้กลับมาบ้านก่อนครับ เรื่องค่าแรงค่อยว่ากัน",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยโสธร",
                "travellers": 1, "urgent": True, "special": [],
                "name": "สมพงษ์ บุญล้น", "phone": "0624417859",
                "no_referrals": HEALTH}),

    # A grocery-shop owner in Ban Chang, Rayong, writes for a young mother abandoned by
    # her husband, sitting in front of the shop with two small children (5 and 1), no
    # money, the children have not eaten, nowhere to sleep; home Buriram. The owner gives
    # her own phone in Thai digits; the mother's name comes once, first name only.
    # Right outcome: case, urgent, 3 travellers, child.
    "dev102 grocery owner in Rayong, abandoned mother and two small kids": Persona(
        ("สวัสดีค่ะ",
         "พี่เปิดร้านขายของชำอยู่บ้านฉางนะคะ มีน้องผู้หญิงพาลูกเล็กสองคนมานั่งหน้าร้านตั้งแต่เช้า "
         "ผัวทิ้งไปเมื่อวาน ไม่มีตังสักบาท",
         "เด็กยังไม่ได้กินข้าวเลย พี่ให้นมกับขนมไปก่อน น้องเขาอยากกลับไปหาแม่ที่บุรีรัมย์ค่ะ"),
        {"consent": "ยินยอมค่ะ น้องเขานั่งอยู่ข้างๆ พี่ถามให้แล้ว",
         "idle": "อยากให้ช่วยน้องเขากลับบ้านค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ทั้งค่ารถทั้งค่าข้าว ห้องที่เช่ากับผัวก็โดนไล่ออก",
         "id_card": "น้องมีบัตรประชาชนค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "ระยองค่ะ อ.บ้านฉาง",
         "home_province": "บุรีรัมย์ค่ะ น้องบอกว่านางรอง",
         "travellers": "3คนค่ะ น้องเขากับลูก คนโตห้าขวบ คนเล็กขวบกว่าๆ",
         "special_needs": "มีเด็กเล็กสองคนค่ะ",
         "more_care": "คนเล็กยังกินนมอยู่ค่ะ",
         "travel_alone": "น้องพาลูกไปเองได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ ข้าวก็ยังไม่ได้กิน พี่ให้นอนในร้านไม่ได้จริงๆ",
         "name": "ชื่อฝนค่ะ นามสกุลพี่ไม่ได้ถาม",
         "phone": "ใช้เบอร์พี่นะคะ ๐๖๑ ๒๒๗ ๘๘๓๕ ของน้องเขาไม่มีเงินเติม",
         "needs": "ขอแค่ให้ได้กลับบ้านค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "บุรีรัมย์",
                "travellers": 3, "urgent": True, "special": ["child"],
                "name": "ฝน", "phone": "0612278835"}),

    # A landlady in Bang Phli, Samut Prakan, writes for a tenant couple who both lost
    # their factory jobs; home Chaiyaphum. She lets them stay free till month end and
    # shares food (not urgent). They want work back home. Her own name and phone come in
    # one answer; the name to keep is the husband's.
    # Right outcome: case, not urgent, 2 travellers, job_placement offered.
    "dev102 landlady in Bang Phli for a jobless tenant couple": Persona(
        ("สวัสดีจ้า ป้าเป็นเจ้าของห้องเช่าแถวบางพลี",
         "มีผัวเมียคู่นึงเช่าห้องป้าอยู่ โรงงานปิดตกงานกันทั้งคู่ เงินหมดแล้ว อยากกลับบ้านที่ชัยภูมิ"
         "แต่ไม่มีค่ารถ ป้าเห็นใจเลยมาถามให้",
         "ค่าห้องป้าไม่เอาแล้ว ให้อยู่ได้ถึงสิ้นเดือน"),
        {"consent": "ยินยอมจ้ะ ถามเขาแล้ว",
         "idle": "ขอความช่วยเหลือให้เขาหน่อยจ้ะ",
         "hardship": "ตกงาน ไม่มีรายได้ ไม่มีค่ารถกลับบ้านจ้ะ",
         "id_card": "มีบัตรทั้งสองคนจ้ะ",
         "nationality": "คนไทยจ้ะ",
         "current_province": "สมุทรปราการจ้ะ บางพลี",
         "home_province": "ชัยภูมิจ้ะ อ.ภูเขียว",
         "travellers": "สองคนผัวเมียจ้ะ ป้าไม่ได้ไปด้วย",
         "special_needs": "ไม่มีจ้ะ หนุ่มสาวกันทั้งคู่",
         "more_care": "ไม่มีจ้ะ",
         "travel_alone": "ไปเองได้จ้ะ",
         "urgent": "ไม่ด่วนขนาดนั้นจ้ะ ยังนอนห้องป้าได้ ข้าวป้าก็แบ่งให้กิน",
         "name": "ชื่อมานพจ้ะ",
         "phone": "เบอร์ป้าเลยจ้ะ ป้าชื่อสำเนียง 086-409-7731",
         "needs": "เขาอยากได้งานทำแถวบ้านด้วยจ้ะ ถ้ามีที่ช่วยหางานให้ได้ก็ดี",
         "confirm": "ถูกแล้วจ้ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ชัยภูมิ",
                "travellers": 2, "urgent": False, "special": [],
                "name": "มานพ", "phone": "0864097731",
                "referrals": ["job_placement"], "no_referrals": HEALTH}),

    # Bus-station staff at the Udon Thani terminal write for a woman about 7 months
    # pregnant whose purse and ticket were snatched; home Loei (a province name that is
    # also a common word). Last bus has gone, the station closes, nowhere to sleep.
    # Her phone went with the purse; the contact is the staff member's.
    # Right outcome: case, urgent, pregnant.
    "dev102 bus-station staff in Udon Thani, pregnant passenger robbed": Persona(
        ("สวัสดีครับ แจ้งจากเจ้าหน้าที่สถานีขนส่งอุดรธานีครับ",
         "มีผู้โดยสารผู้หญิงท้องประมาณ7เดือน โดนวิ่งราวกระเป๋าเงินที่ชานชาลา ตั๋วก็อยู่ในนั้น "
         "จะกลับบ้านที่เลย รถเที่ยวสุดท้ายก็ออกไปแล้ว",
         "ตอนนี้ให้นั่งพักห้องเจ้าหน้าที่อยู่ แต่คืนนี้ไม่มีที่นอนครับ สถานีปิดสี่ทุ่ม"),
        {"consent": "ยินยอมครับ เขาตกลงให้ผมแจ้งแทน",
         "idle": "ขอความช่วยเหลือให้ผู้โดยสารครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีที่พักคืนนี้ครับ",
         "id_card": "บัตรประชาชนอยู่ในกระเป๋าเสื้อครับ ไม่หาย",
         "nationality": "คนไทยครับ",
         "current_province": "อุดรธานีครับ ขนส่งอุดร",
         "home_province": "จังหวัดเลยครับ อ.วังสะพุง",
         "travellers": "คนเดียวครับ",
         "special_needs": "ตั้งครรภ์ 7 เดือนครับ",
         "more_care": "ไม่มีอะไรเพิ่มครับ เขาบอกว่าไม่ได้เจ็บตรงไหน",
         "travel_alone": "นั่งรถไปเองได้ครับ แค่ขาดค่ารถ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "name": "ชื่อสุภาพรครับ",
         "phone": "โทรศัพท์เขาหายไปกับกระเป๋าครับ ติดต่อผมได้ 087 441 9023 ผมเข้าเวรถึงเช้า",
         "needs": "อยากให้ได้กลับถึงบ้านครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "อุดรธานี", "home": "เลย",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "name": "สุภาพร", "phone": "0874419023"}),

    # A jobless daughter in Bangkok writes for her 65-year-old mother, pickpocketed in
    # Hat Yai (Songkhla) after a trip; home Lampang. The mother slept at Hat Yai station
    # and has nowhere tonight. The daughter's own city (Bangkok) is mentioned, but the
    # mother is in Songkhla; the contact phone is the daughter's.
    # Right outcome: case, urgent, elderly, current Songkhla (not Bangkok).
    "dev102 daughter in Bangkok for her mother stranded in Hat Yai": Persona(
        ("สวัสดีค่ะ ขอสอบถามหน่อยค่ะ",
         "แม่หนูอายุ65 ไปเที่ยวกับเพื่อนที่หาดใหญ่ แล้วโดนล้วงกระเป๋า เงินหายหมด มือถือก็หาย "
         "เพื่อนกลับไปก่อนแล้ว แม่ยืมโทรศัพท์แม่ค้าโทรมาหาหนู",
         "หนูอยู่กทม.ค่ะ ตอนนี้หนูก็ตกงาน ไม่มีเงินโอนให้แม่เลย บ้านแม่อยู่ลำปาง ช่วยแม่กลับบ้านได้มั้ยคะ"),
        {"consent": "ยินยอมค่ะ แม่ก็โอเค",
         "idle": "ช่วยแม่หนูกลับบ้านค่ะ",
         "hardship": "แม่ไม่มีเงินเลยค่ะ ไม่มีค่ารถ ไม่มีที่พัก",
         "id_card": "บัตรประชาชนแม่ยังอยู่ค่ะ แม่เก็บแยกไว้อีกกระเป๋า",
         "nationality": "คนไทยค่ะ",
         "current_province": "แม่อยู่หาดใหญ่ค่ะ สงขลา (หนูอยู่กทม.นะคะ)",
         "home_province": "ลำปางค่ะ อ.เกาะคา",
         "travellers": "แม่คนเดียวค่ะ",
         "special_needs": "แม่อายุ 65 ค่ะ นอกนั้นแข็งแรงดี",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "แม่นั่งรถทัวร์เองได้ค่ะ เคยไปมาบ่อย",
         "urgent": "เมื่อคืนแม่นั่งหลับที่สถานีรถไฟหาดใหญ่ค่ะ คืนนี้ก็ยังไม่มีที่นอน",
         "name": "แม่ชื่อบัวผันค่ะ",
         "phone": "ติดต่อหนูนะคะ 095-338-2176 แม่ไม่มีโทรศัพท์แล้ว",
         "needs": "แค่อยากให้แม่ได้กลับบ้านค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "บัวผัน", "phone": "0953382176"}),

    # A father in Roi Et (which is also the home province) writes in Isan for his grown
    # son, jobless in Chonburi after the factory closed. The son sleeps in a friend's room
    # and the friend shares food (not urgent). The son's phone is broken; contact is the
    # father. Answers one thing at a time.
    # Right outcome: case, not urgent, current Chonburi, home Roi Et.
    "dev102 father in Roi Et for his jobless son in Chonburi": Persona(
        ("สวัสดีครับ",
         "ลูกชายผมไปเฮ็ดงานโรงงานอยู่ชลบุรี โรงงานปิด บ่มีเงินค่ารถกลับบ้านครับ",
         "ผมอยู่ร้อยเอ็ด ผมก็บ่มีเงินส่งไปให้ครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากให้ลูกได้กลับบ้านครับ",
         "hardship": "บ่มีค่ารถครับ",
         "id_card": "มีครับ",
         "nationality": "คนไทยครับ",
         "current_province": "ชลบุรีครับ",
         "home_province": "ร้อยเอ็ดครับ",
         "travellers": "ลูกคนเดียวครับ",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ตอนนี้อาศัยนอนห้องหมู่เขาอยู่ครับ ข้าวหมู่ก็แบ่งให้กิน",
         "name": "ธนพลครับ",
         "phone": "093 771 5264 เบอร์ผมพ่อเขาครับ โทรศัพท์ลูกจอแตก",
         "needs": "แค่ค่ารถครับ",
         "confirm": "แม่นแล้วครับ"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": False, "special": [],
                "name": "ธนพล", "phone": "0937715264", "no_referrals": HEALTH}),

    # A mother in Bangkok (the home) writes for her grown daughter with schizophrenia,
    # off her medicine, found by police in Phitsanulok. The mother cannot go (bedridden
    # husband, no money); the daughter cannot travel alone and may wait at the station
    # only today. The mother wants her back in psychiatric care. Contact: mother's phone.
    # Right outcome: case, urgent, sick + cannot_travel_alone, mental_health_care offered.
    "dev102 mother in Bangkok for her psychiatric daughter found in Phitsanulok": Persona(
        ("สวัสดีค่ะ ช่วยด้วยค่ะ",
         "ลูกสาวป้าป่วยจิตเวช ขาดยามาเดือนกว่า หายออกจากบ้านไปตั้งแต่อาทิตย์ก่อน "
         "เมื่อเช้าตำรวจ สภ.เมืองพิษณุโลก โทรมาบอกว่าเจอตัวแล้ว ตอนนี้อยู่โรงพัก",
         "ป้าอยู่กรุงเทพ ไปรับเองไม่ได้ ต้องเฝ้าพ่อเขาที่ติดเตียง เงินก็ไม่มี "
         "จะให้ลูกไปเองก็ไม่ได้ เดี๋ยวหลงอีก"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ยินยอมค่ะ บอกได้หมด อยากให้ลูกได้รักษา",
         "idle": "อยากให้ช่วยพาลูกกลับบ้านค่ะ",
         "hardship": "ลูกไม่มีเงินเลยค่ะ ไม่มีที่อยู่ ไม่มีค่ารถ",
         "id_card": "ตำรวจบอกว่าบัตรประชาชนอยู่ในกระเป๋าลูกค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "พิษณุโลกค่ะ อยู่ที่โรงพัก",
         "home_province": "กรุงเทพค่ะ บ้านอยู่ลาดพร้าว",
         "travellers": "ลูกคนเดียวค่ะ",
         "special_needs": "ลูกป่วยจิตเวชค่ะ เป็นโรคจิตเภท ขาดยา พูดจาไม่ค่อยรู้เรื่อง",
         "more_care": "ต้องมีคนพาไปค่ะ ไปเองไม่ได้",
         "travel_alone": "ไม่ได้ค่ะ ต้องมีคนไปส่ง",
         "urgent": "ตำรวจบอกให้นั่งรอที่โรงพักได้แค่วันนี้ค่ะ คืนนี้ไม่มีที่นอน",
         "name": "ลูกชื่อปรียาค่ะ",
         "phone": "เบอร์ป้าค่ะ 089-554-0127 ลูกไม่มีโทรศัพท์",
         "needs": "อยากให้ลูกได้กลับไปรักษาต่อ ได้ยาต่อเนื่องค่ะ ป้าดูแลคนเดียวไม่ไหวแล้ว",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "พิษณุโลก", "home": "กรุงเทพมหานคร",
                "travellers": 1, "urgent": True,
                "special": ["sick", "cannot_travel_alone"],
                "name": "ปรียา", "phone": "0895540127",
                "referrals": ["mental_health_care"]}),

    # A police officer at Chalong station, Phuket, writes tersely for four construction
    # workers left unpaid by their contractor; home Nakhon Phanom. The camp was torn down
    # and they have not eaten today. The officer gives the foreman's name and his own
    # phone (Thai digits). Answers one thing at a time.
    # Right outcome: case, urgent, 4 travellers, no special needs.
    "dev102 police officer in Phuket for four unpaid construction workers": Persona(
        ("สวัสดีครับ",
         "ผมตำรวจ สภ.ฉลอง ภูเก็ตครับ มีคนงานก่อสร้าง 4 คนมาแจ้งความ ผู้รับเหมาทิ้งงานหนี ไม่จ่ายค่าแรง"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือส่งคนงานกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถกลับครับ",
         "id_card": "มีบัตรครบทุกคนครับ",
         "nationality": "คนไทยทั้งหมดครับ",
         "current_province": "ภูเก็ตครับ",
         "home_province": "นครพนมครับ",
         "travellers": "4 คนครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "แคมป์โดนรื้อแล้วครับ วันนี้ยังไม่ได้กินอะไรเลย",
         "name": "หัวหน้าคนงานชื่อสุริยาครับ",
         "phone": "เบอร์ผมครับ ๐๘๑๙๙๐๔๔๓๒",
         "needs": "ค่ารถกับค่าข้าวครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case", one_part=True,
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครพนม",
                "travellers": 4, "urgent": True, "special": [],
                "name": "สุริยา", "phone": "0819904432", "no_referrals": HEALTH}),

    # A hospital social worker in Nakhon Ratchasima writes for a 45-year-old man whose
    # right leg was amputated after a road accident; home Trang. Still in hospital until
    # next week (not urgent). He uses a wheelchair and needs help boarding, is not yet
    # registered as disabled and needs a prosthesis. Her name and phone in one answer.
    # Right outcome: case, disabled + cannot_travel_alone, disability_allowance and
    # disability_devices offered.
    "dev102 hospital social worker in Korat for an amputee going home to Trang": Persona(
        ("สวัสดีค่ะ ติดต่อจากงานสังคมสงเคราะห์ โรงพยาบาลมหาราชนครราชสีมาค่ะ",
         "ผู้ป่วยชายอายุ 45 ปี ประสบอุบัติเหตุรถชนระหว่างมาทำงาน ต้องตัดขาขวาเหนือเข่า "
         "แพทย์ให้กลับบ้านได้สัปดาห์หน้า ภูมิลำเนาจังหวัดตรัง ไม่มีญาติทางนี้ ไม่มีเงินค่าเดินทาง",
         "ผู้ป่วยยังไม่ได้จดทะเบียนคนพิการค่ะ อยากทราบเรื่องเบี้ยคนพิการกับการขอขาเทียมด้วย"),
        {"consent": "ยินยอมค่ะ ผู้ป่วยรับทราบแล้ว",
         "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือส่งผู้ป่วยกลับภูมิลำเนาค่ะ",
         "hardship": "ไม่มีค่าเดินทาง ไม่มีรายได้ค่ะ ทำงานเดิมไม่ได้แล้ว",
         "id_card": "มีบัตรประชาชนค่ะ",
         "nationality": "สัญชาติไทยค่ะ",
         "current_province": "นครราชสีมาค่ะ",
         "home_province": "ตรังค่ะ อ.ห้วยยอด",
         "travellers": "ผู้ป่วยคนเดียวค่ะ",
         "special_needs": "พิการขาขาด 1 ข้าง ใช้รถเข็นค่ะ",
         "more_care": "ขึ้นลงรถต้องมีคนช่วย นั่งรถทัวร์เองไม่ได้ค่ะ",
         "travel_alone": "เดินทางเองไม่ได้ค่ะ ต้องมีคนช่วย",
         "urgent": "ไม่ด่วนค่ะ ผู้ป่วยยังนอนโรงพยาบาลอยู่ จะกลับได้สัปดาห์หน้า",
         "name": "นายอดิศักดิ์ ชูแก้ว ค่ะ",
         "phone": "ติดต่อดิฉันได้ค่ะ กมลวรรณ 081-224-6638 โทรศัพท์ผู้ป่วยพังตอนเกิดเหตุ",
         "needs": "อยากให้ผู้ป่วยได้ขึ้นทะเบียนคนพิการ ได้เบี้ยคนพิการ และได้ขาเทียมค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ตรัง",
                "travellers": 1, "urgent": False,
                "special": ["disabled", "cannot_travel_alone"],
                "name": "อดิศักดิ์ ชูแก้ว", "phone": "0812246638",
                "referrals": ["disability_allowance", "disability_devices"]}),

    # A son working in Bangkok writes for his 61-year-old father released yesterday from
    # Surat Thani central prison; home Mukdahan. The father may sleep at a temple but has
    # not eaten today. His ID card expired while inside; he wants a new card and work
    # back home. Contact: the son's phone.
    # Right outcome: case, urgent, elderly, id_card and job_placement offered.
    "dev102 son in Bangkok for his father just released in Surat Thani": Persona(
        ("สวัสดีครับ",
         "พ่อผมเพิ่งพ้นโทษออกจากเรือนจำกลางสุราษฎร์ธานีเมื่อวานครับ อายุ61แล้ว",
         "ผมทำงานอยู่กรุงเทพ เงินเดือนยังไม่ออก ไม่มีเงินส่งให้พ่อเลย พ่ออยากกลับบ้านที่มุกดาหาร"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ยินยอมครับ พ่อรู้ว่าผมมาขอให้",
         "idle": "ขอความช่วยเหลือให้พ่อครับ",
         "hardship": "พ่อไม่มีเงินเลยครับ ค่ารถก็ไม่มี ข้าวก็ไม่มีกิน",
         "id_card": "มีครับ แต่หมดอายุไปตอนอยู่ในเรือนจำ",
         "nationality_letter": "มีใบปล่อยตัวจากเรือนจำครับ ผู้ใหญ่บ้านที่มุกดาหารก็รับรองให้ได้",
         "nationality": "คนไทยครับ",
         "current_province": "พ่ออยู่สุราษฎร์ครับ แถวหน้าเรือนจำ (ผมอยู่กทม.)",
         "home_province": "มุกดาหารครับ อ.ดงหลวง",
         "travellers": "พ่อคนเดียวครับ",
         "special_needs": "พ่ออายุ 61 ครับ ไม่ได้ป่วยอะไร",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้พ่ออาศัยนอนศาลาวัดแถวนั้นได้ครับ แต่วันนี้ยังไม่ได้กินข้าวเลย",
         "name": "พ่อชื่อสมบัติครับ",
         "phone": "ติดต่อผมครับ 0658820493 พ่อไม่มีโทรศัพท์",
         "needs": "พ่ออยากทำบัตรประชาชนใหม่ แล้วก็อยากหางานทำที่บ้านครับ",
         "confirm": "ครับ ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "มุกดาหาร",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "สมบัติ", "phone": "0658820493",
                "referrals": ["id_card", "job_placement"], "no_referrals": HEALTH}),

    # A daughter working in Taiwan writes for her parents (70 and 68), unpaid durian
    # pickers in Chanthaburi; home Sisaket. They can still sleep in the orchard camp and
    # have rice (not urgent). Here the contact is the father's phone, not the writer's
    # (hers is a Taiwan number), and the name given is the father's.
    # Right outcome: case, not urgent, 2 travellers, elderly.
    "dev102 daughter in Taiwan for her elderly parents in Chanthaburi": Persona(
        ("สวัสดีค่ะ หนูทำงานอยู่ไต้หวันนะคะ",
         "พ่อกับแม่หนูไปรับจ้างเก็บทุเรียนที่จันทบุรี นายจ้างไม่จ่ายเงิน ตอนนี้ไม่มีค่ารถกลับบ้านที่ศรีสะเกษค่ะ "
         "พ่อ70 แม่68",
         "หนูส่งเงินไปให้ได้ต้นเดือนหน้า ช่วยพ่อแม่ก่อนได้มั้ยคะ"),
        {"consent": "ยินยอมค่ะ โทรถามพ่อแม่แล้ว",
         "idle": "ช่วยพ่อแม่หนูกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ นายจ้างค้างค่าแรง",
         "id_card": "มีบัตรทั้งสองคนค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "จันทบุรีค่ะ อ.ท่าใหม่ (หนูอยู่ไต้หวันนะคะ)",
         "home_province": "ศรีสะเกษค่ะ อ.ขุขันธ์",
         "travellers": "2 คนค่ะ พ่อกับแม่",
         "special_needs": "พ่อ 70 แม่ 68 ค่ะ อายุเยอะทั้งคู่",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปด้วยกันสองคนได้ค่ะ พ่อนั่งรถทัวร์เป็น",
         "urgent": "ยังนอนที่แคมป์ในสวนได้ค่ะ ข้าวสารยังพอมี แต่เจ้าของให้ออกสิ้นสัปดาห์นี้",
         "name": "ใส่ชื่อพ่อนะคะ สุวรรณ",
         "phone": "โทรหาพ่อได้เลยค่ะ 080-713-6652 เบอร์หนูเป็นเบอร์ไต้หวันโทรยาก",
         "needs": "แค่อยากให้พ่อแม่ได้กลับบ้านค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "จันทบุรี", "home": "ศรีสะเกษ",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "name": "สุวรรณ", "phone": "0807136652"}),

    # A bus-station employee in Ayutthaya writes for a deaf man who talks by writing on
    # paper; he has a disability card and ID, no money, home Surin, nowhere to sleep
    # tonight. The man's name (as he wrote it) is said once in the opening; contact is the
    # employee's phone. "อยุธยา" must become พระนครศรีอยุธยา.
    # Right outcome: case, urgent, disabled (travels alone).
    "dev102 bus-station employee in Ayutthaya for a deaf man": Persona(
        ("สวัสดีครับ ผมพนักงานสถานีขนส่งอยุธยาครับ",
         "มีผู้ชายหูหนวกพูดไม่ได้มานั่งที่สถานีตั้งแต่บ่าย เขียนกระดาษคุยกัน บอกว่าเงินหมด จะกลับสุรินทร์",
         "เขาเขียนชื่อให้ว่า ประเสริฐ มีบัตรคนพิการกับบัตรประชาชนด้วยครับ"),
        {"consent": "ยินยอมครับ เขียนถามเขาแล้ว เขาพยักหน้า",
         "idle": "ขอความช่วยเหลือให้เขากลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถครับ คืนนี้ก็ไม่มีที่นอน",
         "id_card": "มีบัตรประชาชนครับ",
         "nationality": "คนไทยครับ",
         "current_province": "อยุธยาครับ",
         "home_province": "สุรินทร์ครับ เขาเขียนว่า อ.ท่าตูม",
         "travellers": "คนเดียวครับ",
         "special_needs": "หูหนวก พูดไม่ได้ครับ มีบัตรคนพิการ",
         "more_care": "คุยต้องเขียนกระดาษครับ นอกนั้นเดินทางเองได้",
         "travel_alone": "ไปเองได้ครับ ขอแค่มีคนบอกคนขับให้ว่าลงที่ไหน",
         "urgent": "คืนนี้ไม่มีที่นอนครับ สถานีปิดตอนดึก",
         "name": "ประเสริฐครับ ตามที่เขาเขียนให้",
         "phone": "เขาไม่มีโทรศัพท์ครับ ติดต่อผมได้ 092-660-1845",
         "needs": "ขอแค่ค่ารถกลับบ้านครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "name": "ประเสริฐ", "phone": "0926601845", "no_referrals": HEALTH}),

    # A motorcycle-repair shop owner in Kabin Buri, Prachinburi, writes for a young man
    # whose bike broke down on the way home to Ubon; no money for repair or bus fare. He
    # sleeps and eats at the shop tonight (not urgent). The shop's landline comes first in
    # the opening, but the contact given when asked is the young man's own mobile.
    # Right outcome: case, not urgent, phone = the young man's.
    "dev102 motorbike repair shop owner in Prachinburi for a young rider": Persona(
        ("สวัสดีครับ ร้านซ่อมรถผมอยู่กบินทร์บุรี ปราจีนบุรี โทรร้าน 037 281 455",
         "มีน้องผู้ชายขี่มอไซค์จากกรุงเทพจะกลับบ้านอุบล รถเครื่องพังมาจอดที่ร้านผม ค่าซ่อมสี่พันกว่า "
         "น้องเขาไม่มีเงินเลย จะขึ้นรถทัวร์กลับก็ไม่มีค่ารถ",
         "รถฝากไว้ร้านผมก่อนได้ คืนนี้ผมให้นอนหลังร้าน ข้าวก็กินกับผม"),
        {"consent": "ยินยอมครับ น้องเขาอยู่นี่",
         "idle": "ช่วยน้องเขากลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ",
         "nationality": "คนไทยครับ",
         "current_province": "ปราจีนบุรีครับ กบินทร์",
         "home_province": "อุบลครับ วารินชำราบ",
         "travellers": "น้องคนเดียวครับ",
         "special_needs": "ไม่มีครับ อายุยี่สิบกว่า",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "ไม่ด่วนครับ คืนนี้นอนร้านผมได้",
         "name": "ชื่อณัฐวุฒิครับ",
         "phone": "โทรหาน้องเขาเลยครับ 098-552-1367 มือถือเขายังใช้ได้ เบอร์ร้านบางทีไม่มีคนรับ",
         "needs": "ค่ารถอย่างเดียวครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ปราจีนบุรี", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": False, "special": [],
                "name": "ณัฐวุฒิ", "phone": "0985521367", "no_referrals": HEALTH}),

    # A mother in Nakhon Si Thammarat ("นคร", southern speech) writes for her grown
    # daughter who fled a violent partner in Bang Na, Bangkok, with her 8-month-old baby,
    # no money, nowhere to sleep tonight. The partner took the daughter's phone; contact
    # is the mother's.
    # Right outcome: case, urgent, 2 travellers, child, current Bangkok.
    "dev102 mother in Nakhon Si Thammarat for her daughter and baby in Bang Na": Persona(
        ("สวัสดีค่ะ",
         "ลูกสาวฉานอยู่บางนา หนีผัวมา ผัวมันตบตี ตอนนี้อุ้มลูกแปดเดือนนั่งอยู่หน้าเซเว่น ไม่มีตังสักบาท",
         "ฉานอยู่นคร ไม่มีรถไปรับ เงินก็ไม่มี ช่วยให้ลูกกลับมาบ้านหน่อยค่ะ"),
        {"consent": "ยินยอมค่ะ ลูกให้แม่ช่วยแจ้ง",
         "sensitive_consent": "ได้ค่ะ ยินยอม",
         "idle": "ช่วยลูกสาวฉานค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงิน ไม่มีค่ารถค่ะ",
         "id_card": "ลูกมีบัตรค่ะ หยิบติดตัวมา",
         "nationality": "คนไทยค่ะ",
         "current_province": "กรุงเทพค่ะ แถวบางนา",
         "home_province": "นครศรีธรรมราชค่ะ อ.ทุ่งสง",
         "travellers": "2 คนค่ะ ลูกสาวกับหลาน หลานแปดเดือน",
         "special_needs": "มีเด็กอ่อนแปดเดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ลูกอุ้มหลานนั่งรถไฟมาเองได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ กลับห้องผัวไม่ได้ เดี๋ยวโดนตีอีก",
         "name": "ลูกชื่อนิภาพรค่ะ",
         "phone": "โทรเบอร์ฉานนะคะ 081 193 7745 โทรศัพท์ลูกผัวมันยึดไป",
         "needs": "อยากให้ลูกกับหลานปลอดภัยค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 2, "urgent": True, "special": ["child"],
                "name": "นิภาพร", "phone": "0811937745"}),

    # --- refused ---

    # A restaurant owner in Mahachai (Samut Sakhon) writes for her Burmese employee who
    # wants to go home to Myawaddy; no passport, no Thai papers, not Thai. Answers one
    # thing at a time.
    # Right outcome: refused (not Thai, no documents).
    "dev102 restaurant owner in Mahachai for a Burmese worker": Persona(
        ("สวัสดีค่ะ",
         "เป็นเจ้าของร้านข้าวแกงอยู่มหาชัยค่ะ ลูกจ้างร้านเป็นคนพม่า อยากกลับบ้านแต่ไม่มีเงินค่ารถ ขอความช่วยเหลือได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากให้ช่วยลูกจ้างกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "ไม่มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ พาสปอร์ตก็หาย",
         "nationality": "เป็นคนพม่าค่ะ ไม่ใช่คนไทย",
         "current_province": "สมุทรสาครค่ะ",
         "home_province": "เมียวดีค่ะ ฝั่งพม่า",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "นอนที่ร้านได้ค่ะ",
         "name": "มะเอค่ะ",
         "phone": "0847712093 เบอร์ร้านค่ะ",
         "needs": "ค่ารถค่ะ",
         "confirm": "ค่ะ"},
        outcome="refused", one_part=True,
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # A village head in Yang Talat, Kalasin, writes for a villager laid off in Chonburi
    # who already came home last week on money lent by the village fund; he wants the
    # fare paid back. He is at home in his own province.
    # Right outcome: refused (already in the home province).
    "dev102 village head in Kalasin for a villager already back home": Persona(
        ("สวัสดีครับ ผมผู้ใหญ่บ้านอยู่ อ.ยางตลาด กาฬสินธุ์ครับ",
         "ลูกบ้านผมชื่อลุงคำปั่น ไปทำงานที่ชลบุรีแล้วโดนเลิกจ้าง อาทิตย์ก่อนผมยืมเงินกองทุนหมู่บ้านให้เขาซื้อตั๋วกลับมา "
         "ตอนนี้เขาอยู่บ้านแล้วครับ",
         "อยากขอเงินค่ารถกลับบ้านให้เขาหน่อยครับ เขาไม่มีเงินคืนกองทุน"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถที่เขากลับมาให้หน่อยครับ",
         "hardship": "ตอนนี้ไม่มีงาน ไม่มีเงินครับ แต่กลับมาอยู่บ้านตัวเองแล้ว",
         "id_card": "มีครับ",
         "nationality": "คนไทยครับ",
         "current_province": "กาฬสินธุ์ครับ อยู่บ้านแล้ว",
         "home_province": "กาฬสินธุ์ครับ ยางตลาด",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไม่ต้องเดินทางแล้วครับ อยู่บ้านแล้ว",
         "urgent": "ไม่ด่วนครับ อยู่บ้านกับลูกเมีย",
         "name": "คำปั่นครับ",
         "phone": "เบอร์ผมผู้ใหญ่ครับ 0872205516",
         "needs": "อยากได้เงินคืนกองทุนครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "current": "กาฬสินธุ์", "home": "กาฬสินธุ์"}),

    # A dormitory owner in Rangsit (Pathum Thani) applies for a tenant who wants a free
    # ticket home to Phichit for Songkran: he has a salaried job, a room and food.
    # Right outcome: refused (not in hardship).
    "dev102 dorm owner in Rangsit for a salaried tenant wanting a free ticket": Persona(
        ("สวัสดีค่ะ",
         "พี่เป็นเจ้าของหอพักแถวรังสิตค่ะ มีน้องผู้ชายที่เช่าห้องอยู่ สงกรานต์นี้อยากกลับบ้านที่พิจิตร "
         "พี่อยากสมัครขอค่ารถกลับบ้านให้น้องเขาค่ะ",
         "น้องเขาทำงานบริษัทปกติค่ะ เงินเดือนออกทุกเดือน ห้องก็ยังเช่าอยู่ แค่อยากประหยัด"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ารถกลับบ้านให้น้องเขาค่ะ",
         "hardship": "ไม่ได้ลำบากค่ะ มีงาน มีเงินเดือน มีห้องอยู่ แค่อยากได้ค่ารถฟรี",
         "id_card": "มีค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "ปทุมธานีค่ะ รังสิต",
         "home_province": "พิจิตรค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ มีที่นอน มีข้าวกิน",
         "name": "ชื่อต้นค่ะ",
         "phone": "เบอร์พี่ค่ะ 0891437762",
         "needs": "ค่ารถอย่างเดียวค่ะ",
         "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "current": "ปทุมธานี", "home": "พิจิตร"}),

    # --- answered ---

    # An abbot in Lopburi asks in advance which number to call when stranded people ask
    # to stay at the temple; nobody is there now. Answer: hotline 1300.
    "dev102 abbot asks which number to call for stranded visitors": Persona(
        ("เจริญพร",
         "อาตมาอยู่วัดในอำเภอเมืองลพบุรี บางทีมีญาติโยมเดินทางมาติดค้าง ไม่มีค่ารถกลับบ้าน มาขออาศัยวัด "
         "ถ้าจะแจ้งหน่วยงานให้ช่วย ต้องโทรเบอร์ไหน"),
        {"consent": "ยินยอม",
         "idle": "ถามเบอร์โทรไว้ก่อน ตอนนี้ยังไม่มีใครมา",
         "hardship": "ตอนนี้ยังไม่มีใครเดือดร้อน อาตมาแค่ถามไว้"},
        outcome="answered", answered="1300"),

    # A mother asks how much the monthly disability allowance is for her 30-year-old son,
    # disabled in an accident and already registered. Answer: 800 baht a month.
    "dev102 mother asks the disability allowance for her grown son": Persona(
        ("สวัสดีค่ะ",
         "ลูกชายป้าอายุ30 ขาพิการจากอุบัติเหตุ ขึ้นทะเบียนคนพิการแล้ว เบี้ยคนพิการเขาได้เดือนละเท่าไหร่คะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ถามเรื่องเบี้ยคนพิการค่ะ",
         "hardship": "ไม่ได้ขอค่ารถค่ะ อยู่บ้านกันอยู่แล้ว แค่ถามเรื่องเบี้ย"},
        outcome="answered", answered="800"),

    # A hospital social worker asks how much food money per person per day can be paid
    # while a patient waits and travels home. Answer: not over 100 baht a day per person.
    "dev102 hospital social worker asks the daily food rate": Persona(
        ("สวัสดีค่ะ งานสังคมสงเคราะห์ รพ.ค่ะ",
         "ขอสอบถามค่ะ ถ้าส่งผู้ป่วยกลับภูมิลำเนา ค่าอาหารระหว่างรอความช่วยเหลือกับระหว่างเดินทาง "
         "เบิกได้วันละกี่บาทต่อคนคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "สอบถามอัตราค่าอาหารค่ะ",
         "hardship": "ตอนนี้ยังไม่มีผู้ป่วยค่ะ สอบถามไว้ก่อน"},
        outcome="answered", answered="100"),
}
