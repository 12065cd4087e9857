"""dev94: Blind dialog personas for the Namjai benchmark.

Date: 2026-12-07
Written from the seeds only.
Focus: Isan and Northern workers stranded in Bangkok, the East and the South after job
loss, scams and wage theft; couples and families with small children; people who give
their whole story in one long message and people who give it in several; Thai digits
and Isan/Northern particles.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Roi Et factory worker laid off at Amata, Chonburi; whole story in one long Isan
    # message, alone, evicted today -> case, urgent, wants work at home.
    "dev94 Roi Et factory worker laid off in Chonburi, whole story at once": Persona(
        ("สวัสดีครับ", "ยินยอมครับ",
         "ผมชื่อสมพงษ์ ศรีบุญเรือง ครับ อายุ๓๔ เป็นคนร้อยเอ็ด อ.เสลภูมิ มาเฮ็ดงานโรงงาน"
         "ชิ้นส่วนรถอยู่อมตะ ชลบุรี โรงงานปิดกะทันหันเมื่อวันที่๓๐ เลิกจ้างบ่จ่ายค่าชดเชย"
         "ซักบาท ค่าแรงเดือนสุดท้ายกะบ่ได้ ห้องเช่าเจ้าของไล่ออกมื้อนี้เพราะค้างค่าห้อง"
         "ตอนนี้นั่งอยู่ปั๊มแถวบ่อวิน คืนนี้บ่มีบ่อนนอน เงินเหลือ๔๗บาท มีบัตรประชาชนอยู่ครับ"
         "ไปคนเดียว อยากกลับไปหางานเฮ็ดแถวบ้าน เบอร์ ๐๘๔-๓๓๗-๒๙๑๖"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ คืนนี้กะบ่มีบ่อนนอน",
         "id_card": "มีครับ", "current_province": "ชลบุรีครับ บ่อวิน",
         "home_province": "ร้อยเอ็ดครับ", "travellers": "คนเดียวครับ",
         "special_needs": "บ่มีครับ แข็งแรงดี", "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้บ่มีที่นอนครับ", "name": "สมพงษ์ ครับ",
         "phone": "๐๘๔๓๓๗๒๙๑๖", "needs": "อยากได้งานเฮ็ดแถวบ้านครับ ร้อยเอ็ด",
         "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement"],
                "no_referrals": HEALTH, "name": "สมพงษ์", "phone": "0843372916"}),

    # Kalasin couple with a 3-year-old and an 8-month-old in Rayong, factory closed owing
    # two months' wages; wife writes in several short messages; room until month end.
    "dev94 Kalasin couple with two small kids in Rayong, wages unpaid": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ",
         "ผัวกับเมียเฮ็ดงานโรงงานอยู่ระยองค่ะ แถวมาบตาพุด",
         "โรงงานปิดไปแล้ว ค้างค่าแรงสองเดือน ยังบ่ได้เลยค่ะ",
         "อยากพาลูกกลับบ้านที่กาฬสินธุ์ บ่มีค่ารถค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "บ่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ ทั้งผัวทั้งเมีย ลูกยังน้อยยังบ่มีบัตร",
         "current_province": "ระยองค่ะ", "home_province": "กาฬสินธุ์ อ.ยางตลาด ค่ะ",
         "travellers": "๔ คนค่ะ ผัว เมีย ลูกสาว๓ขวบ ลูกชาย๘เดือน",
         "special_needs": "ลูกน้อยสองคนค่ะ คนเล็กยังกินนมแม่",
         "travel_alone": "ไปกันเองได้ค่ะ",
         "urgent": "ยังมีห้องอยู่ค่ะ เจ้าของห้องให้อยู่ถึงสิ้นเดือน ยังพอมีข้าวกิน",
         "name": "พรทิพย์ ค่ะ", "phone": "๐๖๓-๒๑๘-๕๕๔๐",
         "needs": "บ่มีค่ะ ขอกลับบ้านก่อน", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "กาฬสินธุ์", "travellers": 4,
                "urgent": False, "special": ["child"], "no_referrals": HEALTH,
                "name": "พรทิพย์", "phone": "0632185540"}),

    # Chiang Rai woman lured to Phuket by a fake hotel-job ad, no one came to meet her;
    # Northern particles, answers one thing at a time; slept at the bus terminal -> urgent.
    "dev94 Chiang Rai woman lured to Phuket by fake job ad, one part": Persona(
        ("สวัสดีเจ้า", "ข้าเจ้าโดนหลอกมาเฮ็ดงานเจ้า เปิ้นบ่มารับ โทรบ่ติดแล้ว"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีสตางค์ปิ๊กบ้านเจ้า", "id_card": "มีเจ้า",
         "current_province": "ภูเก็ตเจ้า อยู่ขนส่ง", "home_province": "เชียงรายเจ้า อ.เทิง",
         "travellers": "คนเดียวเจ้า", "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปคนเดียวได้เจ้า",
         "urgent": "เมื่อคืนนอนขนส่งเจ้า คืนนี้ก็บ่มีที่นอน",
         "name": "ดวงเดือน", "phone": "0895513027",
         "needs": "บ่มีเจ้า ใคร่ปิ๊กบ้านอย่างเดียว", "confirm": "ใช่เจ้า"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เชียงราย", "travellers": 1,
                "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "ดวงเดือน", "phone": "0895513027"},
        one_part=True),

    # Nan man emptied by a call-centre scam, sleeping at Mo Chit, starts in Latin letters
    # then switches keyboard; alone, hungry, wants legal advice -> case, urgent.
    "dev94 Nan man scammed by call centre, sleeping at Mo Chit": Persona(
        ("sawasdee krub", "pom mai mee tang klub baan krub",
         "ขอโทดครับ เพิ่งเปลี่ยนแป้นได้ ผมโดนแก๊งคอลเซ็นเตอร์หลอกโอนเงินไปหมดบัญชีเลย"
         "ตอนนี้อยู่หมอชิตครับ บ้านอยู่น่าน"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ไม่มีที่นอนด้วย", "id_card": "มีครับ บัตรยังอยู่",
         "current_province": "กทม ครับ หมอชิต", "home_province": "น่านครับ",
         "travellers": "คนเดียว", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "เมื่อคืนนอนหมอชิตครับ คืนนี้ก็ไม่มีที่นอน ยังไม่ได้กินข้าวตั้งแต่เมื่อวาน",
         "name": "กิตติพัฒน์ ครับ เรียกต้นก็ได้", "phone": "0917730458",
         "needs": "อยากปรึกษากฎหมายครับ เรื่องโดนโกง จะเอาเงินคืนได้ไหม",
         "confirm": "ครับ ใช่"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["justice_centre"], "no_referrals": HEALTH,
                "name": "กิตติพัฒน์", "phone": "0917730458"}),

    # Volunteer (อพม.) in Surat Thani writes for a Nakhon Phanom grandmother (66), her
    # daughter and a 4-year-old after a rubber job ended; at the bus station tonight.
    "dev94 volunteer in Surat Thani for Nakhon Phanom grandmother, mother and child": Persona(
        ("สวัสดีค่ะ ดิฉันเป็น อพม. ที่สุราษฎร์ธานีค่ะ", "ยินยอมค่ะ",
         "มีครอบครัวคนอีสานมากรีดยางแถวพุนพิน เถ้าแก่สวนยางเลิกจ้าง ค่าแรงก็ยังจ่ายไม่ครบ "
         "ตอนนี้มานั่งอยู่ที่ บขส.สุราษฎร์ค่ะ มีแม่ใหญ่อายุ๖๖ ลูกสาวอายุ๓๐ แล้วก็หลานอายุ๔ขวบ "
         "อยากกลับบ้านที่นครพนม คืนนี้ไม่มีที่พักค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับภูมิลำเนา คืนนี้ไม่มีที่พักค่ะ",
         "id_card": "ผู้ใหญ่สองคนมีบัตรค่ะ เด็กมีสูติบัตร",
         "current_province": "สุราษฎร์ธานีค่ะ", "home_province": "นครพนม อ.นาแก ค่ะ",
         "travellers": "๓ คนค่ะ ดิฉันไม่ได้ไปด้วย",
         "special_needs": "คุณยายอายุ๖๖ เดินช้า มีเด็ก๔ขวบค่ะ",
         "travel_alone": "ลูกสาวพาแม่กับลูกไปเองได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ",
         "name": "บัวลา คำมุงคุณ ค่ะ (ลูกสาวที่จะพาแม่กับลูกกลับ)",
         "phone": "เบอร์บัวลา ๐๙๓-๔๔๐-๑๗๗๘ ค่ะ",
         "needs": "คุณยายยังไม่เคยได้เบี้ยผู้สูงอายุค่ะ ฝากดูให้ด้วย",
         "confirm": "ใช่ค่ะ ถูกต้อง"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "นครพนม",
                "travellers": 3, "urgent": True, "special": ["elderly", "child"],
                "referrals": ["elderly_allowance"], "name": "บัวลา",
                "phone": "0934401778"}),

    # Udon Thani woman 7 months pregnant in Bangkok, let go and left by her partner, no
    # food now; alone -> case, urgent, pregnant.
    "dev94 pregnant Udon woman left alone in Bangkok": Persona(
        ("ขอความช่วยเหลือค่ะ 🙏",
         "หนูท้อง๗เดือนค่ะ แฟนทิ้งไปแล้ว ตกงานด้วย เพราะท้องเขาเลยให้ออก",
         "ตอนนี้อยู่บางกะปิค่ะ อยากกลับไปคลอดกับแม่ที่อุดร"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ ข้าวก็ไม่มีกิน", "id_card": "มีค่ะ",
         "current_province": "กทม ค่ะ", "home_province": "อุดรธานี อ.กุมภวาปี",
         "travellers": "ไปคนเดียวค่ะ", "special_needs": "ท้อง๗เดือนค่ะ ยังแข็งแรงดีอยู่",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ไหว",
         "urgent": "ยังไม่ได้กินข้าวเลยค่ะ เงินหมด ห้องเช่าเขาให้อยู่ได้ถึงพรุ่งนี้",
         "name": "น้ำฝน", "phone": "๐๖๑๙๘๒๔๐๓๓", "needs": "ไม่มีแล้วค่ะ",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุดรธานี",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "name": "น้ำฝน", "phone": "0619824033"}),

    # Lampang couple and their 5-year-old thrown out of a Si Racha (Chonburi) building-site
    # camp after the contractor ran off unpaid; husband writes; 3 go -> case, urgent.
    "dev94 Lampang couple and child, contractor vanished in Chonburi": Persona(
        ("สวัสดีครับ",
         "ผู้รับเหมาหนีไปแล้วครับ บ่จ่ายค่าแรงคนงานทั้งแคมป์ ค้างผมกับเมีย๒งวด",
         "เจ้าของที่เขาไล่ออกจากแคมป์วันนี้ครับ คืนนี้บ่มีที่นอน",
         "อยู่ศรีราชา ชลบุรี ครับ จะปิ๊กลำปาง"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีสตางค์ปิ๊กบ้านครับ บ่มีที่นอน", "id_card": "มีครับทั้งสองคน",
         "current_province": "ชลบุรีครับ", "home_province": "ลำปาง อ.แม่ทะ",
         "travellers": "๓ คนครับ ผม เมีย ลูก๕ขวบ", "special_needs": "มีละอ่อน๕ขวบครับ",
         "travel_alone": "ไปเองได้ครับ", "urgent": "คืนนี้บ่มีที่นอนครับ",
         "name": "ผมชื่อ ศักดิ์ชัย ครับ", "phone": "0856604192",
         "needs": "ใคร่ได้งานยะที่ลำปางครับ", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ลำปาง", "travellers": 3,
                "urgent": True, "special": ["child"], "referrals": ["job_placement"],
                "no_referrals": HEALTH, "name": "ศักดิ์ชัย", "phone": "0856604192"}),

    # Sisaket man who fled a Songkhla fishing boat; skipper kept his ID card, village head
    # issued a certifying letter; afraid he is followed; one thing per message -> case.
    "dev94 Sisaket man escaped Songkhla fishing boat, certifying letter, one part": Persona(
        ("ช่วยผมแหน่ครับ", "ผมหนีมาจากเรือประมง"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ", "id_card": "บ่มีครับ ไต๋เรือยึดไว้",
         "nationality": "คนไทยครับ",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านออกหนังสือรับรองให้แล้ว",
         "current_province": "สงขลาครับ", "home_province": "ศรีสะเกษครับ",
         "travellers": "คนเดียว", "special_needs": "บ่มีครับ",
         "travel_alone": "ไปได้ครับ",
         "urgent": "บ่มีบ่อนนอนครับ ย่านพวกมันตามมา",
         "name": "บุญมี", "phone": "0807215563",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["id_card"],
                "name": "บุญมี", "phone": "0807215563"},
        one_part=True),

    # Phayao man released yesterday from prison in Nakhon Si Thammarat, slept at a temple,
    # nowhere tonight; alone; wants work -> case, urgent, probation and job referrals.
    "dev94 Phayao man released from prison in Nakhon Si Thammarat": Persona(
        ("สวัสดีครับ",
         "ผมเพิ่งออกจากเรือนจำนครศรีธรรมราชเมื่อวานครับ ติดมา๒ปี บ่มีเงินปิ๊กบ้านพะเยา"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ บันทึกได้",
         "idle": "ขอความช่วยเหลือครับ", "hardship": "บ่มีสตางค์ค่ารถครับ",
         "id_card": "มีครับ ทางเรือนจำทำให้ก่อนออก",
         "current_province": "นครศรีฯ ครับ", "home_province": "พะเยา อ.จุน",
         "travellers": "คนเดียวครับ", "special_needs": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "เมื่อคืนนอนวัดครับ คืนนี้ยังบ่ฮู้จะนอนตี้ไหน",
         "name": "อนุชา", "phone": "๐๙๕๒๖๗๘๐๑๔",
         "needs": "อยากหางานยะครับ ขับรถได้", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "นครศรีธรรมราช", "home": "พะเยา",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "อนุชา", "phone": "0952678014"}),

    # Mukdahan woman (19) who escaped a Pattaya karaoke bar's debt bondage last night,
    # hiding, afraid; whole story in one long message -> case, urgent, alone.
    "dev94 Mukdahan teen escaped debt bondage in Pattaya, one long message": Persona(
        ("หนูขอความช่วยเหลือด่วนค่ะ 😭", "ยินยอมค่ะ",
         "หนูชื่อ ปาริชาติ อายุ19 เป็นคนมุกดาหารค่ะ มีคนชวนมาทำงานเสิร์ฟร้านอาหารที่พัทยา"
         "บอกเดือนละ18000 มาถึงให้ไปนั่งดริ้งร้านคาราโอเกะ เจ้าของร้านบอกหนูติดหนี้ค่าตั๋ว"
         "ค่าห้องค่าชุด30000 ไม่ให้ออก เงินเดือนไม่เคยได้เลย เมื่อคืนหนูแอบหนีออกมาได้ "
         "ตอนนี้หลบอยู่ร้านสะดวกซื้อแถวนาเกลือ กลัวเขาตามมาก ไม่มีเงินสักบาท แบตจะหมดแล้ว "
         "บัตรประชาชนหนูยังเก็บไว้ได้อยู่ค่ะ ไปคนเดียว เบอร์หนู 0648820375"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีที่นอนค่ะ", "id_card": "มีค่ะ",
         "current_province": "ชลบุรี พัทยาค่ะ", "home_province": "มุกดาหารค่ะ",
         "travellers": "คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "urgent": "ด่วนค่ะ กลัวเขาตามมาเจอ ไม่มีที่นอน",
         "name": "ปาริชาติ", "phone": "0648820375",
         "needs": "ไม่มีค่ะ ขอกลับบ้านก่อน", "confirm": "ใช่ค่ะ รีบๆนะคะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "มุกดาหาร", "travellers": 1,
                "urgent": True, "special": [], "name": "ปาริชาติ",
                "phone": "0648820375"}),

    # Buriram wife writes in several messages: husband ill (slipped disc) and laid off in
    # Bang Pakong, Chachoengsao; 5 go with kids 6, 4 and 1; staying with a friend.
    "dev94 Buriram family of five in Chachoengsao, husband ill and laid off": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ",
         "ผัวหนูป่วยค่ะ หมอบอกหมอนรองกระดูกทับเส้น โรงงานให้ออกเลย",
         "ตอนนี้อยู่บางปะกง ฉะเชิงเทรา",
         "อยากกลับบ้านบุรีรัมย์ค่ะ ลูก๓คน", "บ่มีค่ารถ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "บ่มีค่ารถกลับบ้านค่ะ ผัวบ่มีรายได้", "id_card": "มีค่ะ ผัวกับหนู",
         "current_province": "ฉะเชิงเทราค่ะ", "home_province": "บุรีรัมย์ อ.ประโคนชัย",
         "travellers": "๕ คนค่ะ หนู ผัว ลูก๖ขวบ ๔ขวบ แล้วก็๑ขวบ",
         "special_needs": "ผัวป่วยเจ็บหลัง นั่งรถนานๆบ่ค่อยไหว ลูกยังน้อย๓คนค่ะ",
         "more_care": "ผัวต้องกินยาแก้ปวดตลอดค่ะ",
         "travel_alone": "หนูดูแลเขาไปเองได้ค่ะ",
         "urgent": "ยังพักบ้านเพื่อนอยู่ค่ะ เขาให้อยู่ได้อีกอาทิตย์",
         "name": "สุภาพร", "phone": "0829034417",
         "needs": "ผัวต้องไปหาหมอต่อค่ะ ยาจะหมดแล้ว", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "บุรีรัมย์",
                "travellers": 5, "urgent": False, "special": ["child", "sick"],
                "name": "สุภาพร", "phone": "0829034417"}),

    # Phrae security guard (67) fired unpaid in Bangkok, sleeping in Lumphini Park; answers
    # one word at a time; wants old-age allowance -> case, urgent, elderly.
    "dev94 Phrae guard aged 67 sleeping in Lumphini Park, one part": Persona(
        ("สวัสดี",),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ",
         "hardship": "บ่มีสตางค์ปิ๊กบ้าน", "id_card": "มี",
         "current_province": "กรุงเทพ", "home_province": "แพร่",
         "travellers": "คนเดียว", "special_needs": "อายุ ๖๗ แล้ว",
         "travel_alone": "ไปได้", "urgent": "นอนสวนลุมหลายคืนแล้ว บ่มีที่นอน",
         "name": "แก้ว", "phone": "๐๘๖๗๑๔๒๐๙๕",
         "needs": "เบี้ยคนแก่ บ่เคยได้", "confirm": "ใช่"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "แพร่",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "no_referrals": HEALTH,
                "name": "แก้ว", "phone": "0867142095"},
        one_part=True),

    # Yasothon father alone with his 2-year-old in Patong, Phuket; hotel closed, wife gone,
    # out of milk and evicted -> case, urgent, 2 go, child.
    "dev94 Yasothon father with toddler in Phuket, hotel closed": Persona(
        ("สวัสดีครับ",
         "ข่อยอยู่ภูเก็ตครับ ป่าตอง เฮ็ดงานโรงแรม โรงแรมปิดปรับปรุงเลิกจ้างหมด "
         "เมียหนีไปกับผู้ชายอื่นแล้ว เหลือข่อยกับลูกสาวสองขวบ นมลูกกะหมดแล้ว ตังค์บ่มี "
         "อยากพาลูกกลับยโสธรไปอยู่กับแม่ข่อย",
         "[sticker]"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีตังค์ค่ารถครับ บ่มีนมให้ลูก", "id_card": "มีครับ",
         "current_province": "ภูเก็ตครับ", "home_province": "ยโสธร อ.คำเขื่อนแก้ว",
         "travellers": "๒ คน ข่อยกับลูก", "special_needs": "ลูกสาว ๒ ขวบครับ",
         "travel_alone": "ไปได้ครับ",
         "urgent": "นมลูกหมดแล้วครับ ลูกหิว ห้องพักกะโดนไล่แล้ว",
         "name": "ธนากร", "phone": "0998127364", "needs": "บ่มีครับ",
         "confirm": "แม่นแล้วครับ ใช่"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ยโสธร", "travellers": 2,
                "urgent": True, "special": ["child"], "no_referrals": HEALTH,
                "name": "ธนากร", "phone": "0998127364"}),

    # Daughter at home in Khon Kaen writes for her mother (56) and brother (20), unpaid by
    # a durian orchard in Trat; they stay with an acquaintance for now -> case, 2 go.
    "dev94 Khon Kaen daughter writes for mother and brother stuck in Trat": Persona(
        ("สวัสดีค่ะ หนูเขียนแทนแม่ค่ะ แม่อ่านหนังสือไม่คล่อง",
         "แม่กับน้องชายไปรับจ้างเก็บทุเรียนที่ตราด เถ้าแก่สวนไม่จ่ายค่าแรงเลยสักบาท "
         "แล้วบอกให้ออกจากสวน",
         "ตอนนี้ไปพักบ้านคนรู้จักที่เขาสมิงอยู่ค่ะ แต่ไม่มีค่ารถกลับขอนแก่น "
         "หนูเองก็อยู่ขอนแก่นไม่มีเงินส่งไปให้"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "มีทั้งสองคนค่ะ",
         "current_province": "ตราดค่ะ (แม่กับน้องอยู่ตราด)",
         "home_province": "ขอนแก่น อ.พล ค่ะ",
         "travellers": "๒ คนค่ะ แม่กับน้อง หนูไม่ได้ไป",
         "special_needs": "แม่อายุ๕๖ น้องชาย๒๐ ไม่มีใครป่วยค่ะ",
         "travel_alone": "ไปกันเองได้ค่ะ",
         "urgent": "ยังมีที่พักค่ะ อยู่ได้อีกไม่กี่วัน",
         "name": "ชื่อแม่ ทองพูน ค่ะ", "phone": "เบอร์แม่ ๐๖๕-๗๗๐-๘๘๒๑",
         "needs": "ไม่มีค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ตราด", "home": "ขอนแก่น", "travellers": 2,
                "urgent": False, "special": [], "no_referrals": HEALTH,
                "name": "ทองพูน", "phone": "0657708821"}),

    # Surin man with a leg prosthesis laid off from a Rayong plastics plant; room until
    # month end; wants the prosthesis repaired -> case, disabled, not urgent.
    "dev94 Surin amputee laid off in Rayong": Persona(
        ("สวัสดีครับ",
         "ผมเป็นคนพิการขาขาดข้างนึงครับ ใส่ขาเทียม ทำงานโรงงานพลาสติกที่ระยอง "
         "เขาเลิกจ้างคนพิการออกก่อนเลย",
         "อยากกลับบ้านสุรินทร์ครับ ไม่มีค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีรายได้แล้ว",
         "id_card": "มีครับ บัตรคนพิการก็มี",
         "current_province": "ระยองครับ", "home_province": "สุรินทร์ อ.ศีขรภูมิ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ใส่ขาเทียมครับ ขึ้นลงรถลำบากนิดหน่อย",
         "travel_alone": "ไปเองได้ครับ ชินแล้ว",
         "urgent": "ยังมีห้องอยู่ครับ หมดสัญญาปลายเดือน",
         "name": "ประเสริฐ", "phone": "0871256609",
         "needs": "ขาเทียมมันหลวมแล้วครับ อยากซ่อม", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "สุรินทร์", "travellers": 1,
                "urgent": False, "special": ["disabled"],
                "referrals": ["disability_devices"], "name": "ประเสริฐ",
                "phone": "0871256609"}),

    # Akha mother with Thai ID from Mae Fah Luang, Chiang Rai, in Bangkok with her 1-year-old;
    # partner took all her money; weak Thai, one thing per message -> case, urgent, 2 go.
    "dev94 Akha mother and baby in Bangkok, partner took her money, one part": Persona(
        ("สวัสดีค่ะ", "ช่วยด้วย ค่ะ แฟน เอา เงิน ไป หมด"),
        {"consent": "ยินยอม ค่ะ", "idle": "ขอความช่วยเหลือ ค่ะ",
         "hardship": "ไม่มี เงิน กลับบ้าน ค่ะ", "id_card": "มี บัตร ค่ะ",
         "nationality": "คนไทย ค่ะ มี บัตร",
         "current_province": "กรุงเทพ ค่ะ ห้วยขวาง",
         "home_province": "เชียงราย แม่ฟ้าหลวง", "travellers": "2 คน หนู กับ ลูก",
         "special_needs": "ลูก 1 ขวบ", "travel_alone": "ไปได้ ค่ะ",
         "urgent": "ไม่มี ที่นอน ค่ะ คืนนี้", "name": "หมี่จู",
         "phone": "0924418350", "needs": "ไม่มี ค่ะ", "confirm": "ใช่ ค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 2, "urgent": True, "special": ["child"],
                "name": "หมี่จู", "phone": "0924418350"},
        one_part=True),

    # Nong Bua Lamphu couple after the longan season in Chanthaburi, short-paid; at the
    # summary she adds her 15-year-old nephew (3 go); worker housing until Friday.
    "dev94 Nong Bua Lamphu couple in Chanthaburi, adds nephew at summary": Persona(
        ("สวัสดีจ้า", "ยินยอมจ้า",
         "ผัวเมียมาเฮ็ดงานสวนลำไยจันทบุรี หมดงานแล้ว นายจ้างจ่ายบ่ครบ "
         "ตังค์บ่พอค่ารถกลับหนองบัวลำภู", "[sticker]"),
        {"consent": "ยินยอมจ้า", "idle": "ขอความช่วยเหลือจ้า",
         "hardship": "ตังค์บ่พอค่ารถกลับบ้านจ้า", "id_card": "มีจ้า",
         "current_province": "จันทบุรีจ้า", "home_province": "หนองบัวลำภู อ.นากลาง",
         "travellers": ("๒ คนจ้า ผัวกับข่อย", "๓ คนจ้า ข่อย ผัว หลานชายอายุ๑๕"),
         "special_needs": "บ่มีจ้า", "travel_alone": "ไปเองได้จ้า",
         "urgent": "ยังนอนที่พักคนงานได้อยู่จ้า นายจ้างให้อยู่ถึงวันศุกร์",
         "name": "คำปุ่น", "phone": "0614093328", "needs": "บ่มีจ้า",
         "confirm": ("บ่แม่นจ้า ๓ คน หลานชายอายุ๑๕ไปนำ ลืมบอก", "ใช่จ้า")},
        expect={"eligible": True, "current": "จันทบุรี", "home": "หนองบัวลำภู",
                "travellers": 3, "urgent": False, "no_referrals": HEALTH,
                "name": "คำปุ่น", "phone": "0614093328"}),

    # Lao construction worker in Bang Na, Bangkok, unpaid, wants to go home to Savannakhet;
    # Lao passport only -> refused (not Thai).
    "dev94 Lao construction worker in Bangkok, refused nationality": Persona(
        ("สบายดีครับ",
         "ข้อยเป็นคนลาวครับ มาเฮ็ดงานก่อสร้างอยู่บางนา นายจ้างบ่จ่ายค่าแรง "
         "อยากกลับบ้านสะหวันนะเขต บ่มีเงินค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "บ่มีเงินค่ารถครับ",
         "nationality": "ลาวครับ บ่แม่นคนไทย มีแต่พาสปอร์ตลาว",
         "id_card": "บ่มีบัตรประชาชนไทยครับ มีพาสปอร์ต",
         "nationality_letter": "บ่มีครับ",
         "current_province": "กรุงเทพ บางนา", "home_province": "สะหวันนะเขต ประเทศลาว",
         "travellers": "๒ คน ข้อยกับหมู่", "urgent": "บ่มีบ่อนนอนครับ",
         "name": "คำไพ", "phone": "0957713046", "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ", "current": "กรุงเทพมหานคร"}),

    # Woman born in Korat, never registered, no ID card, and no one at home can certify her;
    # jobless in Pattaya, staying with a friend -> refused (no certifying letter).
    "dev94 unregistered Korat woman in Pattaya, no ID and no letter, refused": Persona(
        ("สวัสดีค่ะ",
         "หนูอยากกลับบ้านที่โคราชค่ะ อยู่พัทยา ตกงานจากร้านนวด",
         "หนูไม่มีบัตรประชาชนค่ะ ไม่เคยทำเลย"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "ไม่มีค่ะ ไม่เคยมี",
         "nationality": "คนไทยค่ะ เกิดที่โคราช แต่พ่อแม่ไม่ได้แจ้งเกิด",
         "nationality_letter": ("ไม่มีค่ะ",
                                "ขอไม่ได้ค่ะ ผู้ใหญ่บ้านไม่รู้จักหนู ย้ายมาตั้งแต่เด็ก "
                                "ญาติก็ไม่เหลือแล้ว"),
         "current_province": "ชลบุรีค่ะ พัทยา", "home_province": "นครราชสีมา",
         "travellers": "คนเดียวค่ะ", "urgent": "ยังมีที่นอนค่ะ อยู่กับเพื่อน",
         "name": "แพรว", "phone": "0632907714", "needs": "อยากทำบัตรค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง", "current": "ชลบุรี",
                "home": "นครราชสีมา"}),

    # Lampang woman who already got home from Bangkok on borrowed money and wants the fare
    # back; she is in her home province -> refused (already at home).
    "dev94 Lampang woman already home wants fare back, refused": Persona(
        ("สวัสดีเจ้า",
         "ข้าเจ้าตกงานที่กรุงเทพ ยืมสตางค์เปื้อนปิ๊กบ้านมาแล้วเจ้า ตอนนี้อยู่บ้านลำปางแล้ว",
         "จะขอค่ารถคืนได้ก่อเจ้า เปื้อนทวงแล้ว"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีสตางค์คืนเปื้อนเจ้า", "id_card": "มีเจ้า",
         "current_province": "ลำปางเจ้า อยู่บ้านแล้ว", "home_province": "ลำปาง อ.เกาะคา",
         "travellers": "คนเดียวเจ้า", "urgent": "บ่ด่วนเจ้า อยู่บ้านแม่",
         "name": "จันทร์เพ็ญ", "phone": "0819930462", "confirm": "ใช่เจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "ลำปาง",
                "home": "ลำปาง"}),

    # Isan worker in Chonburi asks which papers he needs for the fare home when his ID card
    # is lost -> answered (documents: a certifying letter).
    "dev94 Isan worker asks what papers without ID card": Persona(
        ("ถามหน่อยครับ",
         "บัตรประชาชนผมหายตอนย้ายห้อง ถ้าสิขอค่ารถกลับบ้านต้องใช้เอกสารหยังแหน่ครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอบคุณครับ"},
        outcome="answered", answered="หนังสือรับรอง"),

    # Northern mother, burnt by a job scam before, asks whether the fare-home help costs a
    # fee -> answered (no fee).
    "dev94 Northern mother asks whether there is a fee": Persona(
        ("สวัสดีเจ้า",
         "ขอค่ารถปิ๊กบ้านต้องเสียค่าธรรมเนียมก่อเจ้า หรือต้องจ่ายค่าดำเนินการหยังก่อ "
         "กลัวโดนหลอกอีกเจ้า"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอบคุณเจ้า"},
        outcome="answered", answered="ค่าธรรมเนียม"),

    # Ubon worker in Phuket late at night asks for a hotline that works 24 hours
    # -> answered (hotline 1300).
    "dev94 Ubon worker in Phuket asks for the night hotline": Persona(
        ("ตอนนี้๕ทุ่มแล้วครับ",
         "มีเบอร์สายด่วนที่โทรได้ตอนกลางคืนมั้ยครับ เรื่องค่ารถกลับบ้านคนตกทุกข์ "
         "โทรได้๒๔ชม.ไหม"),
        {"consent": "ยินยอมครับ", "idle": "ขอบคุณครับ"},
        outcome="answered", answered="1300"),
}
