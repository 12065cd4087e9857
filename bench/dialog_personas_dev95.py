"""dev95: Blind dialog personas for the Namjai benchmark, 2026-12-07.

Written from the seeds only.
Focus: refusals and edge cases handled kindly: migrants and stateless people
(Myanmar, Lao, Cambodian, hill peoples without Thai nationality, people with only a
pink card), people already near or at home, people with no card and no letter, and
people asking questions only (allowances, the 1300 hotline, help while waiting);
plus ordinary eligible cases between them, several of which only look like edge
cases (hill people, Lao-born and Khmer-speaking people who hold Thai ID cards).
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Akha man WITH a Thai ID card, unpaid restaurant worker, Bangkok -> Chiang Rai,
    # alone, has a friend's room for now, wants work back home. Case (eligible).
    "dev95 Akha man with Thai card, Bangkok to Chiang Rai": Persona(
        ("สวัสดีครับ",
         "ผมเป็นคนอาข่าครับ แต่มีบัตรประชาชนไทยนะครับ ได้สัญชาติไทยตั้งแต่เด็กแล้ว",
         "มาทำงานร้านอาหารที่กรุงเทพ เจ้าของร้านปิดร้านหนีไป2เดือนไม่จ่ายเงินเดือน "
         "ตอนนี้ไม่มีค่ารถกลับบ้านที่แม่สรวย เชียงรายครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ เงินเหลือร้อยกว่าบาท",
         "id_card": "มีครับ บัตรประชาชนไทย", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ แถวห้วยขวาง",
         "home_province": "เชียงรายครับ อ.แม่สรวย",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่ต้องครับ", "travel_alone": "ไปเองได้ครับ",
         "urgent": "ยังมีที่นอนครับ นอนห้องเพื่อนได้อีก2-3วัน",
         "name": "อาหมื่อ แซ่เบว 0937614428", "phone": "0937614428",
         "needs": "อยากได้งานทำที่เชียงรายครับ", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "อาหมื่อ แซ่เบว", "phone": "0937614428"}),

    # Thai mother and her 4-year-old go home; her Myanmar husband (pink card) stays to
    # work. Samut Sakhon (Mahachai) -> Kalasin, 2 travellers. Case (eligible).
    "dev95 Thai mother, Myanmar husband stays, Mahachai to Kalasin": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ",
         "หนูอยู่มหาชัยค่ะ ทำงานโรงงานแกะกุ้ง โรงงานปิดไปแล้ว ไม่มีเงินพาลูกกลับบ้านที่กาฬสินธุ์",
         "แฟนหนูเป็นพม่า มีบัตรชมพู เขาไม่ไปนะคะ จะอยู่หางานต่อที่นี่ "
         "หนูกับลูกเป็นคนไทยค่ะ หนูมีบัตรประชาชน ลูกมีสูติบัตร"),
        {"idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีรายได้ ค่าห้องก็ค้างเขาอยู่",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ ทั้งหนูทั้งลูก",
         "current_province": "สมุทรสาครค่ะ",
         "home_province": "กาฬสินธุ์ค่ะ อ.ยางตลาด",
         "travellers": "2 คนค่ะ หนูกับลูก ลูก4ขวบ แฟนไม่ไปค่ะ",
         "special_needs": "ลูกเล็ก4ขวบค่ะ", "more_care": "ไม่ต้องค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ยังพอมีห้องอยู่ค่ะ แต่เจ้าของห้องให้ออกสิ้นเดือนนี้",
         "name": "ขวัญใจ 086-550-3917", "phone": "086-550-3917",
         "needs": "ไม่มีค่ะ ขอแค่ได้กลับบ้าน", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "กาฬสินธุ์",
                "travellers": 2, "urgent": False, "special": ["child"],
                "no_referrals": HEALTH, "name": "ขวัญใจ", "phone": "0865503917"}),

    # Khmer-speaking Thai man, 68, from Surin, stranded in Chonburi with nowhere to
    # sleep tonight; alone. Speaks Khmer but is Thai. Case (eligible), one part a message.
    "dev95 Khmer-speaking Thai elder, Chonburi to Surin, one part": Persona(
        ("สวัสดีครับ",
         "ผมคนสุรินทร์ อายุ68 พูดเขมรคล่องกว่าไทย พิมผิดขอโทดด้วยครับ"),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ",
         "hardship": "ไม่มีตังกลับบ้าน", "id_card": "มีบัตรประชาชนครับ",
         "nationality": "ไทยครับ คนไทยเชื้อสายเขมร เกิดสุรินทร์",
         "current_province": "ชลบุรี", "home_province": "สุรินทร์",
         "travellers": "คนเดียว", "special_needs": "ไม่มี แก่แล้วแค่นั้น",
         "more_care": "ไม่ต้อง", "travel_alone": "ไปเองได้ครับ นั่งรถทัวร์เป็น",
         "urgent": "คืนนี้ไม่มีที่นอนครับ นอนศาลาริมทาง",
         "name": "ตาสุข", "phone": "๐๘๑๙๐๒๔๓๗๖",
         "needs": "ไม่มีครับ", "confirm": "ใช่"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "no_referrals": HEALTH, "name": "ตาสุข", "phone": "0819024376"},
        one_part=True),

    # Lao-born widow, 55, naturalised Thai with a Thai ID card, Nonthaburi -> Nong Khai
    # (her daughter's home), alone, Isan writing, still has a room. Case (eligible).
    "dev95 Lao-born widow with Thai card, Nonthaburi to Nong Khai": Persona(
        ("สะบายดีเจ้า", "ข้อยเกิดฝั่งลาวเด้อ แต่ได้สัญชาติไทยแล้ว มีบัตรประชาชนไทยเจ้า",
         "ผัวเสียแล้ว บ่มีไผเลี้ยง เงินกะบ่มี อยากกลับไปอยู่นำลูกสาวอยู่หนองคาย "
         "บ่มีค่ารถเจ้า ตอนนี้อยู่นนทบุรี"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีค่ารถ ข้าวกะกินบ่อิ่ม บ่มีรายได้เลยเจ้า",
         "id_card": "มีเจ้า บัตรไทย", "nationality": "ไทยเจ้า แปลงสัญชาติแล้ว",
         "current_province": "นนทบุรี ปากเกร็ดเจ้า",
         "home_province": "หนองคายเจ้า บ้านลูกสาว อ.โพนพิสัย",
         "travellers": "ไปคนเดียวเจ้า", "special_needs": "บ่มีเจ้า อายุ55",
         "more_care": "บ่ต้องเจ้า", "travel_alone": "ไปเองได้เจ้า",
         "urgent": "ยังมีห้องเช่าอยู่เจ้า แต่ค่าห้องค้าง",
         "name": "บัวพัน 0894417230", "phone": "0894417230",
         "needs": "บ่มีแล้วเจ้า", "confirm": "แม่นแล้วเจ้า"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "หนองคาย",
                "travellers": 1, "urgent": False, "special": [],
                "no_referrals": HEALTH, "name": "บัวพัน", "phone": "0894417230"}),

    # Man who lost his wallet and ID card; the kamnan back home has issued a letter.
    # Pathum Thani -> Chaiyaphum, alone, sleeping at a petrol station. Case (eligible).
    "dev95 lost card but kamnan letter, Pathum Thani to Chaiyaphum": Persona(
        ("ช่วยด้วยครับ กระเป๋าตังหายบนรถเมล์ บัตรประชาชนหายหมด เงินก็ไม่เหลือ",
         "ยินยอมครับ",
         "อยู่รังสิต ปทุมธานีครับ บ้านอยู่ชัยภูมิ โทรหากำนันที่บ้านแล้ว "
         "กำนันทำหนังสือรับรองให้ว่าเป็นคนไทยอยู่หมู่บ้านนี้จริง ส่งมาทางไลน์แล้วครับ"),
        {"idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ไม่มีที่พักด้วย",
         "id_card": "บัตรหายครับ แต่มีหนังสือรับรองจากกำนัน",
         "nationality_letter": "มีครับ กำนันออกให้แล้ว", "nationality": "ไทยครับ",
         "current_province": "ปทุมธานี", "home_province": "ชัยภูมิ อ.ภูเขียว",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่ต้องครับ", "travel_alone": "ได้ครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ เมื่อคืนก็นอนปั๊ม",
         "name": "ธีรวัฒน์ 0628851904", "phone": "0628851904",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": [],
                "reason": "หนังสือรับรอง", "referrals": ["id_card"],
                "no_referrals": HEALTH, "name": "ธีรวัฒน์", "phone": "0628851904"}),

    # Social development volunteer writes for a 79-year-old woman found wandering a
    # market; Nakhon Pathom -> Phitsanulok, she goes alone and cannot travel alone. Case.
    "dev95 volunteer for lost grandmother, Nakhon Pathom to Phitsanulok": Persona(
        ("สวัสดีครับ ผมเป็นอพม.ครับ ขอแจ้งเรื่องแทนยายคนหนึ่งครับ",
         "เจอยายนั่งอยู่ตลาดนครปฐมสองวันแล้ว อายุ79 ลูกที่พามาทิ้งไว้ติดต่อไม่ได้ "
         "ในกระเป๋ายายมีบัตรประชาชน บ้านอยู่บางระกำ พิษณุโลก ยายไม่มีเงินเลยครับ",
         "ยินยอมครับ"),
        {"idle": "ขอความช่วยเหลือแทนยายครับ",
         "hardship": "ยายถูกทิ้ง ไม่มีคนดูแล ไม่มีเงิน ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ บัตรยายอยู่ในกระเป๋า", "nationality": "ไทยครับ",
         "current_province": "นครปฐมครับ", "home_province": "พิษณุโลกครับ อ.บางระกำ",
         "travellers": "ยายคนเดียวครับ ผมไม่ได้ไปด้วย",
         "special_needs": "ยายอายุ79 เดินช้า จำทางไม่ค่อยได้ ไปคนเดียวไม่ได้ครับ",
         "more_care": "ต้องมีคนพาไปส่งถึงบ้านครับ",
         "travel_alone": "ไม่ได้ครับ ต้องมีเจ้าหน้าที่ไปส่ง",
         "urgent": "ตอนนี้ยายพักที่บ้านผมก่อนได้ครับ มีข้าวกิน",
         "name": "เพียร ทองดี", "phone": "เบอร์ผมนะครับ 0957320186 ยายไม่มีโทรศัพท์",
         "needs": "ไม่มีครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครปฐม", "home": "พิษณุโลก",
                "travellers": 1, "urgent": False,
                "special": ["elderly", "cannot_travel_alone"],
                "name": "เพียร ทองดี", "phone": "0957320186"}),

    # Southern man cheated by a job broker, Bangkok (Hua Lamphong) -> Trang, alone,
    # no food and nowhere to sleep tonight; southern dialect. Case (eligible, urgent).
    "dev95 southern man at Hua Lamphong, Bangkok to Trang": Persona(
        ("หวัดดีครับ", "ฉานโดนนายหน้าหลอกมาทำงานกรุงเทพ ไม่ได้งานสักที ตังหมดแหล่ว "
         "ตอนนี้นั่งอยู่หัวลำโพง อยากหลบบ้านตรังแต่ไม่มีตังสักบาท"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีตังหลบบ้าน ข้าวก็ยังไม่ได้กินตั้งแต่เมื่อวาน",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพ หัวลำโพงนิ", "home_province": "ตรังครับ อ.กันตัง",
         "travellers": "ฉานคนเดียว", "special_needs": "ไม่มีไหรครับ",
         "more_care": "ม้ายต้องครับ", "travel_alone": "ไปเองได้",
         "urgent": "คืนนี้ไม่มีที่นอนครับ นอนสถานีนี่แหละ ข้าวก็ไม่มีกิน",
         "name": "หมาด หลีเส็น 0823069514", "phone": "0823069514",
         "needs": "ไม่มีไหรแล้ว ขอหลบบ้านก่อน", "confirm": "ใช่แล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ตรัง",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "หมาด หลีเส็น", "phone": "0823069514"}),

    # Northern woman, 7 months pregnant, Phuket -> Lampang, alone, staying with a friend;
    # northern dialect. Case (eligible), pregnant.
    "dev95 pregnant northern woman, Phuket to Lampang": Persona(
        ("สวัสดีเจ้า", "ยินยอมเจ้า",
         "ตอนนี้อยู่ภูเก็ตเจ้า ท้อง7เดือนแล้ว แฟนหนีไป ร้านที่ทำงานก็ให้ออก "
         "อยากปิ๊กบ้านลำปางแต่บ่มีเงินค่ารถเจ้า มีบัตรประชาชนอยู่เจ้า"),
        {"idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีค่ารถปิ๊กบ้าน บ่มีรายได้เลยเจ้า",
         "id_card": "มีเจ้า", "nationality": "ไทยเจ้า",
         "current_province": "ภูเก็ตเจ้า", "home_province": "ลำปางเจ้า อ.เกาะคา",
         "travellers": "คนเดียวเจ้า", "special_needs": "ท้อง7เดือนเจ้า",
         "more_care": "บ่ต้องเจ้า", "travel_alone": "ไปเองได้เจ้า ขอนั่งรถทัวร์",
         "urgent": "ตอนนี้นอนห้องเพื่อนได้เจ้า บ่ด่วนขนาด",
         "name": "เอื้อง ๐๖๔๒๑๘๗๗๕๓", "phone": "๐๖๔๒๑๘๗๗๕๓",
         "needs": "อยากไปฝากท้องที่โรงพยาบาลใกล้บ้านเจ้า", "confirm": "แม่นแล้วเจ้า"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "เอื้อง", "phone": "0642187753"}),

    # Man released from Ratchaburi prison this morning, Ratchaburi -> Sakon Nakhon,
    # alone, nowhere to sleep tonight, wants work. Case (eligible, urgent).
    "dev95 released this morning, Ratchaburi to Sakon Nakhon": Persona(
        ("สวัสดีครับ ผมพึ่งออกจากเรือนจำราชบุรีเมื่อเช้าครับ",
         "ไม่มีเงินกลับบ้านที่สกลนครครับ ญาติก็ติดต่อไม่ได้"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ บันทึกได้",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีที่พักด้วย",
         "id_card": "มีครับ ได้คืนตอนออกมา", "nationality": "ไทยครับ",
         "current_province": "ราชบุรีครับ", "home_province": "สกลนคร อ.สว่างแดนดิน",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่ต้องครับ", "travel_alone": "ได้ครับ",
         "urgent": "คืนนี้ยังไม่มีที่นอนครับ",
         "name": "ณัฐพล 0918842635", "phone": "0918842635",
         "needs": "อยากหางานทำครับ ไม่อยากกลับไปทำผิดอีก", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ณัฐพล", "phone": "0918842635"}),

    # Woman living with HIV, medicine running out, Bangkok -> Phayao, alone, has a room
    # for now; agrees to record the sensitive fact. Case (eligible), hiv_aid offered.
    "dev95 woman with HIV, Bangkok to Phayao": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ",
         "หนูตกงานค่ะ อยู่กรุงเทพ อยากกลับบ้านพะเยา ไม่มีค่ารถ",
         "หนูติดเชื้อเอชไอวีค่ะ กินยาต้านอยู่ ยาใกล้หมดแล้ว อยากไปรับยาต่อที่โรงบาลบ้านเกิด"),
        {"sensitive_consent": "ยินยอมค่ะ บันทึกได้", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีรายได้ค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ ดินแดง", "home_province": "พะเยาค่ะ อ.จุน",
         "travellers": "คนเดียวค่ะ", "special_needs": "ต้องกินยาต้านทุกวันค่ะ",
         "more_care": "ไม่ต้องค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "ยังมีห้องอยู่ได้ถึงอาทิตย์หน้าค่ะ",
         "name": "ฝน 0869930451", "phone": "0869930451",
         "needs": "อยากได้ความช่วยเหลือเรื่องเอชไอวีด้วยค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พะเยา",
                "travellers": 1, "urgent": False, "referrals": ["hiv_aid"],
                "name": "ฝน", "phone": "0869930451"}),

    # Wife writes for her husband who lost a leg at work and uses a wheelchair; both go,
    # Samut Prakan -> Buriram, 2; he is not yet registered as disabled. Case (eligible).
    "dev95 wife for husband in wheelchair, Samut Prakan to Buriram": Persona(
        ("สวัสดีค่ะ ขอปรึกษาค่ะ",
         "แฟนหนูโดนเครื่องจักรที่โรงงานทับขา ตัดขาไปข้างนึง ตอนนี้นั่งวีลแชร์ "
         "โรงงานก็ไม่จ้างต่อ เงินหมดแล้ว อยากพากันกลับบ้านที่บุรีรัมย์ค่ะ อยู่สมุทรปราการ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีรายได้ทั้งสองคนค่ะ",
         "id_card": "มีค่ะ มีทั้งสองคน", "nationality": "ไทยค่ะ",
         "current_province": "สมุทรปราการ บางพลีค่ะ",
         "home_province": "บุรีรัมย์ค่ะ อ.นางรอง",
         "travellers": "2 คนค่ะ หนูกับแฟน",
         "special_needs": "แฟนพิการขาขาด นั่งวีลแชร์ค่ะ ขึ้นรถทัวร์ลำบาก",
         "more_care": "หนูไปด้วยค่ะ หนูดูแลเองได้",
         "travel_alone": "หนูไปด้วยค่ะ",
         "urgent": "ยังมีห้องอยู่ค่ะ แต่จะหมดสัญญาเดือนหน้า",
         "name": "จันทร์เพ็ญ 0974408216", "phone": "0974408216",
         "needs": "แฟนยังไม่ได้ทำบัตรคนพิการค่ะ อยากได้เบี้ยคนพิการ",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance"],
                "name": "จันทร์เพ็ญ", "phone": "0974408216"}),

    # Construction worker's family (2 adults, children 8 and 1½) thrown out of a closed
    # camp today, Rayong -> Phetchabun, 4, nowhere to sleep tonight. Case (urgent).
    "dev95 family of four from closed camp, Rayong to Phetchabun": Persona(
        ("ขอความช่วยเหลือครับ",
         "แคมป์คนงานก่อสร้างที่ระยองปิดครับ ผู้รับเหมาหนี ไม่ได้ค่าแรง "
         "ต้องออกจากแคมป์วันนี้ มีผม เมีย ลูก2คน คืนนี้ไม่มีที่นอน "
         "อยากกลับบ้านเพชรบูรณ์ทั้งครอบครัวครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่พัก ไม่มีเงิน ไม่มีค่ารถ ครบทุกข้อเลยครับ",
         "id_card": "มีครับ ผมกับเมียมีบัตร", "nationality": "ไทยครับ ทั้งบ้าน",
         "current_province": "ระยองครับ", "home_province": "เพชรบูรณ์ อ.หล่มสัก",
         "travellers": "4 คนครับ ผม เมีย ลูกคนโต8ขวบ คนเล็กขวบครึ่ง",
         "special_needs": "ลูกคนเล็กยังไม่ถึง2ขวบครับ",
         "more_care": "ไม่ต้องครับ", "travel_alone": "ไปกันเองได้ครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอนจริงๆ",
         "name": "สมพงษ์ 0630592714", "phone": "0630592714",
         "needs": "ไม่มีครับ ขอกลับบ้านก่อน", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "เพชรบูรณ์",
                "travellers": 4, "urgent": True, "special": ["child"],
                "no_referrals": HEALTH, "name": "สมพงษ์", "phone": "0630592714"}),

    # Woman in Pattaya says home is Yasothon, then fixes it at the summary: her mother
    # moved to Amnat Charoen. Chonburi -> Amnat Charoen, alone. Case, one part a message.
    "dev95 changes home province at summary, Pattaya to Amnat Charoen, one part": Persona(
        ("สวัสดีค่ะ", "อยากกลับบ้านค่ะ ไม่มีค่ารถ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ", "nationality": "ไทย",
         "current_province": "พัทยาค่ะ ชลบุรี",
         "home_province": ("ยโสธรค่ะ", "อำนาจเจริญค่ะ"),
         "travellers": "คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่ต้องค่ะ", "travel_alone": "ได้ค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังอยู่หอได้",
         "name": "แพรวา", "phone": "0613378842", "needs": "ไม่มีค่ะ",
         "confirm": ("ไม่ใช่ค่ะ ขอแก้จังหวัดบ้าน แม่ย้ายไปอยู่อำนาจเจริญแล้ว "
                     "จะกลับไปหาแม่ที่อำนาจเจริญค่ะ", "ใช่ค่ะ")},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อำนาจเจริญ",
                "travellers": 1, "urgent": False, "special": [],
                "no_referrals": HEALTH, "name": "แพรวา", "phone": "0613378842"},
        one_part=True),

    # Young man, 19, lured by an online job ad, stuck in Hat Yai, writes in Latin-letter
    # Thai then Thai; Songkhla -> Nakhon Phanom, alone, nowhere to sleep. Case (urgent).
    "dev95 young man in Hat Yai, Latin-letter Thai, to Nakhon Phanom": Persona(
        ("sawasdee krub",
         "pom don kaw ngan online lok ma hatyai, mai mee tang klub baan nakhon phanom krub",
         "kuen nee mai mee tee non krub"),
        {"consent": "yinyom krub", "idle": "kaw kwam chuay leua krub",
         "hardship": "ไม่มีตังกลับบ้าน ไม่มีที่นอนครับ",
         "id_card": "mee krub มีบัตรประชาชน", "nationality": "thai krub ไทย",
         "current_province": "หาดใหญ่ สงขลาครับ", "home_province": "นครพนม อ.ธาตุพนม",
         "travellers": "คนเดียวครับ", "special_needs": "mai mee krub",
         "more_care": "ไม่ต้องครับ", "travel_alone": "ได้ครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอนจริงๆ",
         "name": "แบงค์ 0986623107", "phone": "0986623107",
         "needs": "mai mee krub", "confirm": "chai krub ใช่ครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "แบงค์", "phone": "0986623107"}),

    # Hmong housemaid WITH a Thai ID card, dismissed and put out today, Bangkok ->
    # Phetchabun (Khao Kho), alone, nowhere to sleep. Case (urgent), one part a message.
    "dev95 Hmong maid with Thai card, Bangkok to Phetchabun, one part": Persona(
        ("สวัสดีค่ะ",
         "หนูเป็นม้งค่ะ มาเป็นแม่บ้านที่กรุงเทพ นายจ้างให้ออกวันนี้ ไม่จ่ายเงิน ไม่มีที่ไป"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอช่วยเหลือค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ บัตรประชาชนไทย",
         "nationality": "ไทยค่ะ เป็นม้งแต่มีบัตรไทย เกิดเขาค้อ",
         "current_province": "กรุงเทพค่ะ", "home_province": "เพชรบูรณ์ค่ะ เขาค้อ",
         "travellers": "คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่ต้องค่ะ", "travel_alone": "ไปได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ ตอนนี้นั่งอยู่ป้ายรถเมล์",
         "name": "มัย แซ่ย่าง", "phone": "080-774-5129",
         "needs": "ไม่มีค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "มัย แซ่ย่าง", "phone": "0807745129"},
        one_part=True),

    # Police officer at Mo Chit bus terminal writes for a man in his 50s sleeping there,
    # Bangkok -> Uttaradit, alone, has his ID card. Case (urgent).
    "dev95 officer at Mo Chit for a stranded man, Bangkok to Uttaradit": Persona(
        ("เรียนเจ้าหน้าที่ครับ ผมเป็นตำรวจประจำสถานีขนส่งหมอชิต",
         "มีผู้ชายอายุประมาณ52ปี นอนอยู่ที่สถานี3คืนแล้ว ถูกล้วงกระเป๋า เงินหมด "
         "ต้องการกลับภูมิลำเนาที่อุตรดิตถ์ บัตรประชาชนยังอยู่ครับ",
         "ยินยอมครับ เจ้าตัวยินยอมแล้ว"),
        {"idle": "ขอความช่วยเหลือให้เขาครับ",
         "hardship": "ไม่มีที่พัก ไม่มีเงินซื้ออาหาร ไม่มีค่าพาหนะกลับบ้านครับ",
         "id_card": "มีครับ ตรวจดูแล้ว", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพมหานครครับ สถานีขนส่งหมอชิต2",
         "home_province": "อุตรดิตถ์ครับ อ.พิชัย",
         "travellers": "เขาคนเดียวครับ", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่ต้องครับ", "travel_alone": "เดินทางเองได้ครับ",
         "urgent": "ด่วนครับ ไม่มีที่นอน ยังไม่ได้กินข้าว",
         "name": "บุญมา แก้วคำ",
         "phone": "ใช้เบอร์ผมติดต่อได้ครับ 0851296630 เขาไม่มีโทรศัพท์",
         "needs": "ไม่มีครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุตรดิตถ์",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "บุญมา แก้วคำ", "phone": "0851296630"}),

    # Sister writes for her brother on kidney dialysis, just discharged in Khon Kaen;
    # both go home to Loei, 2; room at the relatives' house until tomorrow. Case.
    "dev95 sister for brother on dialysis, Khon Kaen to Loei": Persona(
        ("สวัสดีค่ะ ยินยอมค่ะ",
         "น้องชายเป็นโรคไตค่ะ ต้องฟอกไต หมอให้ออกจากโรงบาลขอนแก่นแล้ว "
         "เงินหมดไปกับค่ารักษา ไม่มีค่ารถพาน้องกลับบ้านที่เลยค่ะ [sticker]"),
        {"idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีรายได้ค่ะ",
         "id_card": "มีค่ะ ทั้งสองคน", "nationality": "ไทยค่ะ",
         "current_province": "ขอนแก่นค่ะ", "home_province": "เลยค่ะ อ.วังสะพุง",
         "travellers": "2 คนค่ะ หนูกับน้องชาย",
         "special_needs": "น้องป่วยโรคไต ต้องฟอกไตอาทิตย์ละ2ครั้งค่ะ",
         "more_care": "หนูดูแลเองค่ะ", "travel_alone": "หนูไปด้วยค่ะ",
         "urgent": "ไม่ด่วนมากค่ะ พักที่พักญาติผู้ป่วยได้ถึงพรุ่งนี้",
         "name": "ดวงใจ 0826614059", "phone": "0826614059",
         "needs": "อยากให้ช่วยประสานโรงพยาบาลที่เลยให้น้องฟอกไตต่อค่ะ",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย",
                "travellers": 2, "urgent": False, "special": ["sick"],
                "referrals": ["medical_services"],
                "name": "ดวงใจ", "phone": "0826614059"}),

    # Lahu young man from Chiang Rai with only a pink card (no Thai nationality yet),
    # stranded in Bangkok. Refused kindly: the aid is for Thai nationals.
    "dev95 Lahu man with only a pink card, Bangkok, refused": Persona(
        ("สวัสดีครับ",
         "ผมเป็นลาหู่ครับ บ้านอยู่เชียงราย มาทำงานก่อสร้างกรุงเทพ ตกงาน ไม่มีค่ารถกลับบ้าน",
         "ผมไม่มีบัตรประชาชนไทยครับ มีแต่บัตรสีชมพู ยื่นขอสัญชาติอยู่ยังไม่ได้"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ มีบัตรชมพู",
         "nationality": "ยังไม่ได้สัญชาติไทยครับ ถือบัตรชมพู",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านรับรองว่าอยู่หมู่บ้านจริง แต่ยังไม่ได้สัญชาติ",
         "current_province": "กรุงเทพครับ", "home_province": "เชียงราย อ.เมือง",
         "travellers": "คนเดียวครับ", "urgent": "ยังมีที่นอนครับ",
         "name": "จะแฮ 0659013372", "phone": "0659013372", "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Thai woman whose ID card burned in a room fire; no relatives left, and no one at
    # home can certify her. Chachoengsao -> Nakhon Sawan. Refused (no letter), one part.
    "dev95 no card and no letter after a fire, refused, one part": Persona(
        ("สวัสดีค่ะ", "ห้องเช่าไฟไหม้ค่ะ ของหมดเลย บัตรประชาชนก็ไหม้"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "ไม่มีค่ะ ไหม้ไปแล้ว", "nationality": "ไทยค่ะ",
         "nationality_letter": ("ไม่มีค่ะ", "ขอไม่ได้ค่ะ พ่อแม่ตายหมดแล้ว "
                                "ออกจากบ้านตั้งแต่15 ผู้ใหญ่บ้านคนใหม่ไม่รู้จักหนู "
                                "ไม่มีใครรับรองให้ได้เลยค่ะ"),
         "current_province": "ฉะเชิงเทราค่ะ", "home_province": "นครสวรรค์ค่ะ",
         "travellers": "คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ",
         "urgent": "ตอนนี้นอนวัดค่ะ หลวงพี่ให้อยู่ได้",
         "name": "สุนิสา", "phone": "0842275518", "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
        one_part=True),

    # Man already in his home province: in Roi Et town, home village in Selaphum, Roi Et.
    # Refused kindly: he is already in his home province.
    "dev95 already in home province, Roi Et town to Selaphum, refused": Persona(
        ("สวัสดีครับ",
         "ผมอยู่ในเมืองร้อยเอ็ดครับ อยากได้ค่ารถกลับบ้านที่เสลภูมิ ไม่มีตังเลย",
         "มีบัตรประชาชนครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "ร้อยเอ็ดครับ ในเมือง",
         "home_province": "ร้อยเอ็ดครับ อ.เสลภูมิ",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "urgent": "ไม่ด่วนครับ นอนบ้านเพื่อนได้",
         "name": "ประยูร 0887150394", "phone": "0887150394", "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา",
                "current": "ร้อยเอ็ด", "home": "ร้อยเอ็ด"}),

    # Daughter asks only how much the disability allowance is per month for her mother.
    # Answered: 800 baht a month, after registering.
    "dev95 question only: disability allowance amount": Persona(
        ("สอบถามค่ะ", "เบี้ยคนพิการได้เดือนละกี่บาทคะ แม่หนูเดินไม่ได้ ต้องไปขึ้นทะเบียนก่อนไหมคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "แค่สอบถามค่ะ ขอบคุณค่ะ"},
        outcome="answered", answered="800"),

    # Taxi driver asks only for the social help hotline number and whether it answers at
    # night. Answered: hotline 1300.
    "dev95 question only: hotline number at night": Persona(
        ("สายด่วนพม.เบอร์อะไรครับ", "กลางคืนโทรได้ไหม เผื่อเจอคนตกค้างตอนดึกๆ"),
        {"consent": "ยินยอมครับ", "idle": "ถามเฉยๆครับ ขอบคุณครับ"},
        outcome="answered", answered="1300"),

    # Woman asks only whether food money is given while waiting to be sent home, and how
    # much a day. Answered: up to 100 baht a day per person.
    "dev95 question only: food money while waiting": Persona(
        ("ถามไว้ก่อนเฉยๆค่ะ ยังไม่ได้ขอ",
         "ถ้าขอให้ช่วยส่งกลับบ้าน ระหว่างรอเรื่องกับระหว่างเดินทาง มีค่ากินให้ไหมคะ ได้วันละเท่าไหร่"),
        {"consent": "ยินยอมค่ะ", "idle": "แค่อยากรู้ค่ะ ขอบคุณนะคะ"},
        outcome="answered", answered="100"),
}
