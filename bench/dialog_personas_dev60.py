"""Dialog personas, set "dev60" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: people just released from prison or on probation (men and women, from central
prisons such as Khlong Prem, Bang Khwang, Songkhla and Khlong Phai, from the women's
correctional institutions of Chiang Mai and Phitsanulok, and from the district prisons
of Mae Sot, Fang and Thung Song), the families who came to visit or fetch them, people
with disabilities (wheelchair user, a deaf man typing in deaf Thai word order) and
chronic illness (dialysis, HIV, psychiatric illness), elders abandoned at a hospital in
Korat and at a temple in Sam Phran, people burned out in Khlong Toei or flooded in Hat
Yai, and people robbed or cheated by a job broker (Amata/Bo Win, Patong, Mahachai).
Southern (หลบบ้าน, เหม็ด, หนิ, หวันนี้, ไหร), northern (เจ้า, ปิ๊ก, บ่, ตี้, เปิ้น) and
Isan (เมือบ้าน, บ่อนนอน, เฮ็ดจั่งได๋, มื้อนี้) beside standard Thai; some write for
someone else (a hospital volunteer, a monk, a sister). Several give only a district or a
landmark (ปัว, ควนขนุน, หลังสวน, ธาตุพนม, แม่สอด, กันทรลักษ์, เชียงคาน...), some are vague
or unsure (ไม่แน่ใจ, น่าจะ), and three correct a fact at the summary (phone, number of
travellers).

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # man released today from Khlong Prem central prison, Isan speech, expired card;
    # Bangkok -> Roi Et; case
    "dev60 released from Khlong Prem, Isan, to Selaphum": Persona(
        ("สวัสดีครับ",
         "ผมพึ่งออกจากคุกคลองเปรมมื้อนี้ครับ บ่มีเงินเมือบ้าน เฮ็ดจั่งได๋ดีครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากขอค่ารถเมือบ้านครับ",
         "hardship": "บ่มีค่ารถเมือบ้านครับ เงินที่ได้ตอนออกมาเหลือ 40 บาท คืนนี้กะบ่มีบ่อนนอน",
         "id_card": "มีครับ แต่หมดอายุตอนอยู่ในคุก",
         "nationality_letter": "มีแต่ใบปล่อยตัวครับ",
         "current_province": "ยังนั่งอยู่หน้าคุกคลองเปรม จตุจักรครับ",
         "home_province": "บ้านอยู่เสลภูมิ ร้อยเอ็ดครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอนเลย",
         "special_needs": "บ่มีครับ แข็งแรงดี",
         "travel_alone": "ไปเองได้ครับ",
         "more_care": "บ่มีครับ",
         "needs": "อยากได้งานทำครับ แล้วกะอยากทำบัตรใหม่",
         "sensitive_consent": "ได้ครับ",
         "name": "ทองใบครับ 093-456-7812",
         "phone": "093-456-7812",
         "confirm": "แม่นแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [], "name": "ทองใบ",
                "phone": "0934567812", "referrals": ["job_placement", "id_card"],
                "no_referrals": HEALTH}),

    # woman out of Chiang Mai women's correctional institution, northern speech, with her
    # 6-year-old; Chiang Mai -> Pua (Nan, district only); case, not urgent
    "dev60 woman out of Chiang Mai women's prison with daughter, to Pua": Persona(
        ("สวัสดีเจ้า",
         "ข้าเจ้าเพิ่งออกจากทัณฑสถานหญิงเชียงใหม่ได้ 3 วัน อยากปิ๊กบ้านเจ้า บ่มีสตางค์ค่ารถ"),
        {"consent": "ยินยอมเจ้า",
         "idle": "ขอความช่วยเหลือค่ารถปิ๊กบ้านเจ้า",
         "hardship": "บ่มีสตางค์ค่ารถปิ๊กบ้านเจ้า งานก็บ่มี",
         "id_card": "มีเจ้า บัตรยังบ่หมดอายุ",
         "current_province": "อยู่เชียงใหม่เจ้า แถวกาดหลวง นอนบ้านเปื้อน",
         "home_province": "บ้านอยู่ปัวเจ้า",
         "travellers": "2 คนเจ้า ข้าเจ้ากับลูกสาว ลูก 6 ขวบ ตอนข้าเจ้าอยู่ข้างในฝากเปื้อนเลี้ยงไว้",
         "urgent": "บ่ด่วนเจ้า นอนบ้านเปื้อนได้อีกสองสามคืน",
         "special_needs": "ลูกสาว 6 ขวบเจ้า นอกนั้นบ่มี",
         "travel_alone": "ลูกไปกับข้าเจ้า ข้าเจ้าดูแลเองได้เจ้า",
         "more_care": "บ่มีแล้วเจ้า",
         "needs": "ตอนอยู่ข้างในได้ฝึกนวดแผนไทย อยากได้งานนวดที่โรงพยาบาลแถวบ้านเจ้า",
         "sensitive_consent": "ได้เจ้า",
         "name": "ชื่อบัวเจ้า 0869012345",
         "phone": "0869012345",
         "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน", "travellers": 2,
                "urgent": False, "special": ["child"], "name": "บัว",
                "phone": "0869012345", "referrals": ["thai_massage_training"],
                "no_referrals": HEALTH}),

    # probationer out of money in Hat Yai, southern speech, one thing per message;
    # Songkhla (district only) -> Khuan Khanun (Phatthalung, district only); case
    "dev60 probationer stuck in Hat Yai, southern, one part": Persona(
        ("ช่วยฉานหน่อยครับ",
         "ฉานติดคุมประพฤติอยู่ ต้องไปรายงานตัวที่บ้าน แต่ตังค์เหม็ดแล้วหนิ หลบบ้านไม่ได้"),
        {"consent": "ได้ครับ",
         "idle": "อยากหลบบ้านครับ",
         "hardship": "ไม่มีตังค์ค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "หาดใหญ่ครับ",
         "home_province": "ควนขนุนครับ",
         "travellers": "คนเดียว",
         "urgent": "คืนนี้นอนสถานีรถไฟหาดใหญ่แหละครับ ไม่มีที่ไป",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้",
         "more_care": "ไม่มี",
         "needs": ("แล้วคุมประพฤติเขาช่วยค่ารถได้ม่ายครับ", "ไม่มีแล้วครับ"),
         "sensitive_consent": "ได้ครับ",
         "name": "เอ็ม",
         "phone": "081-222-3344",
         "confirm": "ช่าย ถูกแล้วครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "พัทลุง", "travellers": 1,
                "urgent": True, "special": [], "name": "เอ็ม", "phone": "0812223344",
                "referrals": ["probation_support"], "no_referrals": HEALTH},
        one_part=True),

    # 67-year-old mother who came to fetch her son at Bang Khwang central prison, pickpocketed,
    # southern speech; Nonthaburi -> Lang Suan (Chumphon, district only); case; changes the
    # phone at the summary
    "dev60 mother fetching son at Bang Khwang, southern, phone fixed at summary": Persona(
        ("สวัสดีค่ะ",
         "ฉานมารับลูกชายออกจากเรือนจำบางขวาง ตังค์โดนล้วงกระเป๋าไปบนรถเมล์ "
         "ตอนนี้ไม่มีตังค์หลบบ้านเลยหนิ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ช่วยค่ารถหลบบ้านหน่อยค่ะ",
         "hardship": "ไม่มีตังค์ค่ารถ ไม่มีที่นอนคืนนี้ค่ะ",
         "id_card": "มีทั้งสองคนค่ะ ของลูกหมดอายุแล้วแต่บัตรยังอยู่",
         "current_province": "อยู่หน้าเรือนจำบางขวาง นนท์ค่ะ",
         "home_province": "หลังสวนค่ะ",
         "travellers": "สองคน ฉานกับลูกชาย",
         "urgent": "ด่วนค่ะ คืนนี้ไม่รู้นอนไหน",
         "special_needs": "ฉานอายุ 67 แล้ว ขาไม่ค่อยดี เดินนานไม่ไหว",
         "travel_alone": "ลูกชายไปด้วย ช่วยกันได้ค่ะ",
         "more_care": "ไม่มีแล้วค่ะ",
         "needs": "ลูกชายอยากได้งานทำค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "สายใจค่ะ เบอร์ลูก 0851239876",
         "phone": "0851239876",
         "confirm": ("เบอร์นั้นเบอร์ลูก ไม่ค่อยเปิดเครื่อง เอาเบอร์ฉานดีกว่า 089-777-6655",
                     "ถูกแล้วค่ะ")},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ชุมพร", "travellers": 2,
                "urgent": True, "special": ["elderly"], "name": "สายใจ",
                "phone": "0897776655", "referrals": ["job_placement"]}),

    # grandpa left at Maharat Nakhon Ratchasima hospital by a nephew, a volunteer writes;
    # Nakhon Ratchasima -> Ban Dung (Udon Thani); case, urgent, cannot travel alone
    "dev60 grandpa abandoned at Korat hospital, volunteer writes": Persona(
        ("สวัสดีค่ะ หนูเป็นจิตอาสาที่ รพ.มหาราชโคราชค่ะ",
         "มีคุณตาคนนึงหลานพามาส่งแล้วหายไปเลยค่ะ ติดต่อไม่ได้ หมอให้กลับบ้านได้วันนี้"
         "แต่ไม่มีใครมารับ คุณตาอยากกลับบ้านที่อุดรค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอให้ช่วยส่งคุณตากลับบ้านค่ะ",
         "hardship": "คุณตาไม่มีเงินเลยค่ะ ไม่มีคนดูแล ไม่มีที่ไป",
         "id_card": "มีบัตรประชาชนค่ะ แบบตลอดชีพ",
         "current_province": "รพ.มหาราชนครราชสีมาค่ะ",
         "home_province": "อำเภอบ้านดุง อุดรธานีค่ะ คุณตาบอกว่าบ้านอยู่ใกล้วัด แต่จำเลขที่บ้านไม่ได้",
         "travellers": "คุณตาคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ วันนี้ต้องออกจาก รพ. แล้ว คืนนี้ไม่มีที่นอน",
         "special_needs": "คุณตาอายุ 78 ค่ะ เดินช้า หลงๆลืมๆบ้าง",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีคนพาไป",
         "more_care": "ไม่มีแล้วค่ะ",
         "needs": "ที่บ้านไม่มีใครดูแลเลยค่ะ อยากให้คุณตาได้เบี้ยผู้สูงอายุ แล้วมีคนไปดูแล",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "เรียกหนูว่าน้ำฝนค่ะ 0856667788 คุณตาไม่มีโทรศัพท์",
         "phone": "0856667788",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "อุดรธานี",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"], "name": "น้ำฝน",
                "phone": "0856667788", "referrals": ["elderly_allowance"]}),

    # grandma left at Wat Rai Khing by her son, a monk writes, unsure of her district;
    # Sam Phran (Nakhon Pathom) -> Kalasin; case, not urgent (stays at the temple)
    "dev60 grandma left at a temple in Sam Phran, monk writes": Persona(
        ("เจริญพรโยม",
         "อาตมาอยู่วัดไร่ขิง มีโยมยายแก่ๆคนนึง ลูกชายพามาทิ้งไว้ที่ศาลาตั้งแต่เมื่อวานซืน "
         "ไม่กลับมาอีกเลย ยายอยากกลับบ้าน"),
        {"consent": "ยินยอม",
         "idle": "ขอให้ช่วยส่งโยมยายกลับบ้าน",
         "hardship": "ถูกทิ้ง ไม่มีคนดูแล ไม่มีเงินติดตัวเลย",
         "id_card": "มีบัตร แต่หมดอายุไปหลายปีแล้ว",
         "current_province": "วัดไร่ขิง อ.สามพราน",
         "home_province": "แกบอกว่ากาฬสินธุ์ อำเภออะไรแกจำไม่ได้ ไม่แน่ใจว่าท่าคันโทหรือกุฉินารายณ์ "
                          "ในบัตรเขียนว่ากุฉินารายณ์",
         "travellers": "โยมยายคนเดียว",
         "urgent": "ไม่ด่วน ให้แกพักที่กุฏิแม่ชีไปก่อนได้",
         "special_needs": "ยายอายุน่าจะแปดสิบกว่า หูตึง ไปเองไม่ได้แน่นอน",
         "travel_alone": "ไม่ได้ ต้องมีคนพาไป",
         "more_care": "ไม่มี",
         "needs": "ถ้าที่บ้านไม่มีคนรับ อยากให้มีคนช่วยดูแลยาย",
         "sensitive_consent": "ได้",
         "name": "พระสมพงษ์ วัดไร่ขิง ๐๘๒๓๓๓๔๔๕๕",
         "phone": "๐๘๒๓๓๓๔๔๕๕",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "นครปฐม", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False,
                "special": ["elderly", "cannot_travel_alone"], "name": "สมพงษ์",
                "phone": "0823334455"}),

    # family burned out in a Khlong Toei community fire, card half burned, baby;
    # Bangkok (district only) -> Prakhon Chai (Buriram); case, not urgent (temple shelter)
    "dev60 family burned out in Khlong Toei, half-burned card": Persona(
        ("ไฟไหม้ชุมชนที่คลองเตยเมื่อคืนค่ะ ของหมดเลย ไม่เหลืออะไร",
         "อยากกลับไปอยู่บ้านที่บุรีรัมย์ ไม่มีเงินค่ารถค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไฟไหม้บ้านเช่าหมดค่ะ ไม่มีเงิน ไม่มีเสื้อผ้า ไม่มีค่ารถกลับบ้าน",
         "id_card": "บัตรหนูไหม้ไปครึ่งใบค่ะ ยังพอเห็นเลข ของแฟนคว้าออกมาทัน",
         "nationality_letter": "ไม่มีค่ะ มีแค่บัตรที่ไหม้",
         "current_province": "คลองเตยค่ะ ตอนนี้อยู่ที่วัดสะพาน",
         "home_province": "ประโคนชัย บุรีรัมย์ค่ะ",
         "travellers": "3 คนค่ะ หนู แฟน ลูก 8 เดือน",
         "urgent": "ตอนนี้อยู่ที่วัดสะพานค่ะ เขาเปิดให้ผู้ประสบภัยนอนได้ถึงสิ้นเดือน ยังไม่ด่วนมาก",
         "special_needs": "ลูก 8 เดือนค่ะ ยังกินนมอยู่",
         "travel_alone": "ลูกไปกับพ่อแม่ค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "นมลูกกับผ้าอ้อมค่ะ ไม่เหลือเลย",
         "sensitive_consent": "ได้ค่ะ",
         "name": "เจี๊ยบค่ะ 062-789-4561",
         "phone": "062-789-4561",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 3, "urgent": False, "special": ["child"], "name": "เจี๊ยบ",
                "phone": "0627894561"}),

    # Isan worker flooded out in Hat Yai, soaked card, one thing per message, Thai digits;
    # Songkhla (district only) -> That Phanom (Nakhon Phanom, district only); case
    "dev60 flooded out in Hat Yai, Isan, one part": Persona(
        ("น้ำท่วมห้องพักผมที่หาดใหญ่ครับ ของเสียหมด",
         "อยากเมือบ้านครับ บ่มีเงินเลย"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถเมือบ้านครับ",
         "hardship": "บ่มีเงินค่ารถครับ",
         "id_card": "บัตรเปียกน้ำ ลอกหมดแล้วครับ แต่ยังอยู่",
         "current_province": "หาดใหญ่ครับ",
         "home_province": "ธาตุพนมครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ศูนย์อพยพเต็มครับ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "more_care": "บ่มี",
         "needs": "บ่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "แสน",
         "phone": "๐๙๑-๒๓๔-๕๖๗๘",
         "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "นครพนม", "travellers": 1,
                "urgent": True, "special": [], "name": "แสน", "phone": "0912345678"},
        one_part=True),

    # man who paid a broker 8,000 for a factory job at Amata, broker vanished;
    # Bo Win, Si Racha (Chonburi) -> Dan Sai (Loei); case, urgent
    "dev60 cheated by job broker at Bo Win, to Dan Sai": Persona(
        ("สวัสดีครับ โดนนายหน้าหลอกครับ",
         "จ่ายค่าหัวไป 8000 บอกจะได้เข้าโรงงานที่อมตะ มาถึงไม่มีงาน นายหน้าบล็อคไลน์หนีไปแล้ว",
         "ตอนนี้เงินหมด กลับบ้านไม่ได้ครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ช่วยค่ารถกลับบ้านหน่อยครับ",
         "hardship": "ไม่มีเงินกลับบ้าน ไม่มีที่นอนครับ",
         "id_card": "มีครับ",
         "current_province": "นั่งอยู่ บขส.บ่อวินครับ ศรีราชา",
         "home_province": "ด่านซ้าย จ.เลยครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้คงนอนที่ บขส.",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "more_care": "ไม่มีครับ",
         "needs": ("อยากได้งานครับ แล้วแจ้งความนายหน้าได้มั้ยครับ", "อยากได้งานทำแถวบ้านครับ"),
         "sensitive_consent": "ได้ครับ",
         "name": "ชื่อ วีระพงษ์ ครับ 0815556677",
         "phone": "0815556677",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "เลย", "travellers": 1,
                "urgent": True, "special": [], "name": "วีระพงษ์", "phone": "0815556677",
                "referrals": ["job_placement"], "no_referrals": HEALTH}),

    # young woman lured to Phuket by a broker for a "massage job", escaped, phone taken,
    # northern speech, writes on a borrowed phone; Patong (Phuket) -> Thoeng (Chiang Rai);
    # case, urgent (unsafe)
    "dev60 woman escaped a fake job in Patong, northern": Persona(
        ("ช่วยข้าเจ้าแน่เจ้า",
         "นายหน้าพามาบอกว่าจะได้ทำงานนวดที่ภูเก็ต มาถึงบ่ใช่งานนวด เขาเอาโทรศัพท์ข้าเจ้าไป "
         "ข้าเจ้าหนีออกมาได้ ยืมโทรศัพท์ป้าร้านข้าวพิมพ์อยู่",
         "กลัวเขาตามมาเจ้า"),
        {"consent": "ยินยอมเจ้า",
         "idle": "อยากปิ๊กบ้านเจ้า",
         "hardship": "บ่มีสตางค์ บ่มีตี้นอน ค่ารถปิ๊กบ้านก็บ่มีเจ้า",
         "id_card": "มีเจ้า ซ่อนไว้ในกระเป๋าเงิน เขาบ่ได้เอาไป",
         "current_province": "ป่าตองเจ้า อยู่ร้านข้าวแกงใกล้ตลาด",
         "home_province": "เทิง เชียงรายเจ้า",
         "travellers": "คนเดียวเจ้า",
         "urgent": "ด่วนเจ้า กลัวเขาตามมา คืนนี้บ่มีตี้นอน",
         "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปเองได้เจ้า",
         "more_care": "บ่มีเจ้า",
         "needs": "บ่มีเจ้า อยากปิ๊กบ้านอย่างเดียว",
         "sensitive_consent": "ได้เจ้า",
         "name": "ดาวเจ้า เบอร์ป้าเจ้าของร้าน 0619876543 ข้าเจ้าบ่มีโทรศัพท์แล้ว",
         "phone": "0619876543",
         "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เชียงราย", "travellers": 1,
                "urgent": True, "special": [], "name": "ดาว", "phone": "0619876543",
                "no_referrals": HEALTH}),

    # wheelchair user out of work, wheelchair broken; Pak Kret (Nonthaburi, district only)
    # -> Sawang Daen Din (Sakon Nakhon, district only); case, not urgent
    "dev60 wheelchair user in Pak Kret, broken wheelchair": Persona(
        ("สวัสดีครับ ผมนั่งวีลแชร์ครับ ขาอ่อนแรงตั้งแต่รถชนเมื่อสองปีก่อน",
         "ตกงานมาสามเดือน อยากกลับไปอยู่กับแม่ที่บ้าน ไม่มีค่ารถ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอให้ช่วยค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีรายได้ ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ บัตรคนพิการก็มี",
         "current_province": "ปากเกร็ดครับ",
         "home_province": "สว่างแดนดินครับ",
         "travellers": "คนเดียวครับ แม่รออยู่ที่บ้าน",
         "urgent": "ยังไม่ด่วนครับ ห้องจ่ายถึงสิ้นเดือน",
         "special_needs": "ผมเองครับ นั่งวีลแชร์ ขึ้นรถเองไม่ได้",
         "travel_alone": "ไปคนเดียวไม่ได้ครับ ต้องมีคนช่วยยกขึ้นรถ",
         "more_care": "ไม่มีครับ",
         "needs": "รถเข็นล้อมันแตก ซ่อมหลายรอบแล้ว อยากได้คันใหม่ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ณัฐพล 0923456781",
         "phone": "0923456781",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "สกลนคร", "travellers": 1,
                "urgent": False, "special": ["disabled", "cannot_travel_alone"],
                "name": "ณัฐพล", "phone": "0923456781",
                "referrals": ["disability_devices"]}),

    # deaf man typing word by word, one thing per message;
    # Mo Chit (Bangkok) -> Sikhoraphum (Surin, district only); case, urgent
    "dev60 deaf man at Mo Chit, one part": Persona(
        ("สวัสดี ครับ",
         "ผม หูหนวก พูด ไม่ได้ พิมพ์ ได้",
         "เงิน หมด กลับ บ้าน ไม่ได้"),
        {"consent": "ยินยอม ครับ",
         "idle": "ช่วย ผม กลับ บ้าน",
         "hardship": "เงิน ไม่มี ค่า รถ",
         "id_card": "มี บัตร ครับ",
         "current_province": "หมอชิต",
         "home_province": "ศีขรภูมิ",
         "travellers": "1 คน",
         "urgent": "คืนนี้ นอน หมอชิต ไม่มี ที่ นอน",
         "special_needs": "ผม หูหนวก",
         "travel_alone": "ไป คนเดียว ได้ ครับ ขึ้น รถ เป็น",
         "more_care": "ไม่มี",
         "needs": "ไม่มี",
         "sensitive_consent": "ได้",
         "name": "ต้น",
         "phone": "0945551234",
         "confirm": "ถูก ครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "special": ["disabled"], "name": "ต้น",
                "phone": "0945551234"},
        one_part=True),

    # woman on dialysis who lost her factory job; Bang Phli (Samut Prakan, district only)
    # -> Det Udom (Ubon Ratchathani); case, not urgent; adds her sister at the summary
    "dev60 dialysis patient in Bang Phli, sister added at summary": Persona(
        ("สอบถามค่ะ คนป่วยฟอกไตขอค่ารถกลับบ้านได้มั้ยคะ",
         "หนูป่วยเป็นไตวาย ต้องฟอกไตอาทิตย์ละ 2 ครั้ง ทำงานไม่ไหวแล้ว โรงงานให้ออก "
         "อยากกลับไปอยู่บ้านที่อุบลค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีรายได้ ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "บางพลีค่ะ",
         "home_province": "เดชอุดมค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ พักห้องพี่สาวอยู่",
         "special_needs": "หนูเองค่ะ ป่วยไตวาย ต้องฟอกไต",
         "travel_alone": "ไปเองได้ค่ะ แต่ต้องไปก่อนวันฟอกรอบหน้า วันศุกร์",
         "more_care": "ไม่มีค่ะ",
         "needs": "อยากไปฟอกไตต่อที่ รพ.ใกล้บ้านค่ะ ไม่รู้ต้องย้ายสิทธิ์ยังไง",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "อรทัย 0887654320",
         "phone": "0887654320",
         "confirm": ("พี่สาวจะไปส่งด้วยค่ะ เป็น 2 คนนะคะ", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "อุบลราชธานี",
                "travellers": 2, "urgent": False, "special": ["sick"], "name": "อรทัย",
                "phone": "0887654320", "referrals": ["medical_services"]}),

    # man with HIV released from Mae Sot district prison, northern speech, expired card;
    # Mae Sot (Tak, district only) -> Long (Phrae, district only); case, urgent
    "dev60 released from Mae Sot district prison, HIV, to Long": Persona(
        ("สวัสดีครับ",
         "ผมพ้นโทษออกมาจากเรือนจำอำเภอแม่สอดเมื่อวานครับ บ่มีสตางค์ปิ๊กบ้าน"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถปิ๊กบ้านครับ",
         "hardship": "บ่มีสตางค์ บ่มีตี้นอนครับ",
         "id_card": "มีครับ หมดอายุแล้ว",
         "current_province": "แม่สอดครับ",
         "home_province": "อำเภอลองครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ เมื่อคืนนอนศาลาวัด คืนนี้เปิ้นบ่หื้อนอนแล้ว",
         "special_needs": "ผมติดเชื้อ HIV ครับ กินยาต้านอยู่ แต่เดินทางได้ปกติ",
         "travel_alone": "ไปเองได้ครับ",
         "more_care": "บ่มีครับ",
         "needs": "ยาต้านเหลืออีกไม่กี่วันครับ อยากได้ยาต่อ",
         "sensitive_consent": "ได้ครับ บันทึกได้",
         "name": "เดช 0641237890",
         "phone": "0641237890",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ตาก", "home": "แพร่", "travellers": 1,
                "urgent": True, "name": "เดช", "phone": "0641237890",
                "referrals": ["hiv_aid"]}),

    # sister writes for her brother with a psychiatric illness, released from Songkhla
    # central prison, southern speech; Hat Yai (Songkhla) -> Pak Phanang (Nakhon Si
    # Thammarat); case, urgent, cannot travel alone
    "dev60 sister writes for brother out of Songkhla prison, psychiatric": Persona(
        ("สวัสดีค่ะ พิมพ์แทนน้องชายค่ะ",
         "น้องชายออกจากเรือนจำกลางสงขลาเมื่อวาน เขาป่วยจิตเวช กินยาอยู่ ตอนนี้เขานั่งอยู่"
         "สถานีรถไฟหาดใหญ่ ไม่มีตังค์หลบบ้าน ฉานอยู่ปากพนัง ไปรับไม่ไหว"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากให้ช่วยส่งน้องหลบบ้านค่ะ",
         "hardship": "น้องไม่มีตังค์ ไม่มีที่นอนค่ะ",
         "id_card": "น้องมีบัตรค่ะ",
         "current_province": "เขาอยู่สถานีรถไฟหาดใหญ่ค่ะ",
         "home_province": "ปากพนัง นครศรีฯ ค่ะ",
         "travellers": "น้องคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ เมื่อคืนเขานอนที่สถานี คืนนี้ก็ไม่มีที่นอน กลัวเขาหลงไปไหน",
         "special_needs": "น้องป่วยจิตเวชค่ะ บางทีก็สับสน",
         "travel_alone": "ไปเองไม่ได้ค่ะ กลัวลงผิดที่ ต้องมีคนพามา",
         "more_care": "ไม่มีค่ะ",
         "needs": "อยากให้น้องได้รักษาต่อ ยาเหลือไม่กี่เม็ดแล้วค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ฉานชื่อหนึ่งค่ะ เป็นพี่สาว 0898765432",
         "phone": "0898765432",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True,
                "special": ["sick", "cannot_travel_alone"], "name": "หนึ่ง",
                "phone": "0898765432", "referrals": ["mental_health_care"]}),

    # woman released from Phitsanulok women's correctional institution, unsure about her
    # card and her night, one thing per message; Phitsanulok -> Kantharalak (Si Sa Ket,
    # district only); case, not urgent
    "dev60 woman out of Phitsanulok women's prison, unsure, one part": Persona(
        ("สวัสดีค่ะ",
         "เพิ่งพ้นโทษออกมาค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ไม่มีเงินกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "ไม่แน่ใจค่ะ น่าจะหมดอายุแล้ว แต่บัตรยังอยู่",
         "current_province": "พิดโลกค่ะ",
         "home_province": "กันทรลักษ์ค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "น่าจะไม่ด่วนค่ะ เพื่อนที่ออกมาด้วยกันให้นอนห้องได้",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "อยากทำบัตรใหม่ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ปู",
         "phone": "0836669900",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": False, "special": [], "name": "ปู",
                "phone": "0836669900", "referrals": ["id_card"], "no_referrals": HEALTH},
        one_part=True),

    # wife who visited her husband at Khlong Phai central prison with two children, wallet
    # lost, Isan speech; Sikhio (Nakhon Ratchasima) -> Chiang Khan (Loei, district only);
    # case, urgent; makes the count clear at the summary
    "dev60 wife visiting Khlong Phai prison with two kids, to Chiang Khan": Persona(
        ("สวัสดีค่ะ",
         "มาเยี่ยมผัวที่เรือนจำกลางคลองไผ่ค่ะ กระเป๋าตังค์หายบนรถสองแถว เหลือเงิน 20 บาท",
         "พาลูกมาสองคน บ่ฮู้สิเฮ็ดจั่งได๋"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถเมือบ้านค่ะ",
         "hardship": "บ่มีค่ารถเมือบ้าน ข้าวกะบ่มีกินค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "อยู่แถวคลองไผ่ สีคิ้วค่ะ",
         "home_province": "เชียงคานค่ะ",
         "travellers": "ลูก 2 คนค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้บ่มีบ่อนนอน ลูกหิวแล้ว",
         "special_needs": "ลูกน้อย 4 ขวบ ลูกใหญ่ 9 ขวบค่ะ",
         "travel_alone": "ไปกับแม่ค่ะ",
         "more_care": "บ่มีค่ะ",
         "needs": "บ่มีค่ะ ขอแค่ได้เมือบ้าน",
         "sensitive_consent": "ได้ค่ะ",
         "name": "เปิ้ลค่ะ 0955432100",
         "phone": "0955432100",
         "confirm": ("รวมแม่ด้วยเป็น 3 คนเด้อค่ะ", "แม่นแล้วค่ะ")},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "เลย", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "เปิ้ล",
                "phone": "0955432100"}),

    # --- refused ---

    # man released from Thung Song district prison whose home is Pak Phanang, same province,
    # southern speech; Nakhon Si Thammarat -> Nakhon Si Thammarat; refused (ภูมิลำเนา)
    "dev60 released at Thung Song, home in the same province": Persona(
        ("ออกจากเรือนจำอำเภอทุ่งสงหวันนี้ครับ",
         "อยากหลบบ้าน ไม่มีตังค์ค่ารถ"),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "ไม่มีตังค์ค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "ทุ่งสงครับ",
         "home_province": "ปากพนัง เมืองคอนแหละครับ",
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนครับ นอนบ้านน้าที่ทุ่งสงได้",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "more_care": "ไม่มี",
         "needs": "อยากได้งานครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "โต้ง 0871112233",
         "phone": "0871112233",
         "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # man released from Fang district prison, card lost long ago, no letter, northern speech;
    # Fang (Chiang Mai) -> Chiang Kham (Phayao); refused (หนังสือรับรอง)
    "dev60 released at Fang, no card and no letter": Persona(
        ("สวัสดีครับ",
         "ผมออกจากเรือนจำอำเภอฝางครับ บัตรประชาชนหายไปนานแล้ว อยากปิ๊กบ้านพะเยา"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถปิ๊กบ้านครับ",
         "hardship": "บ่มีสตางค์ค่ารถ บ่มีตี้นอนครับ",
         "id_card": "บ่มีครับ หายตั้งแต่ก่อนติดคุก บ่ได้ไปทำใหม่",
         "nationality_letter": "บ่มีครับ บ่เคยไปขอ ผู้ใหญ่บ้านก็เปลี่ยนคนแล้ว บ่รู้จัก",
         "current_province": "ฝางครับ",
         "home_province": "พะเยาครับ อำเภอเชียงคำ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้บ่มีตี้นอน",
         "special_needs": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "more_care": "บ่มีครับ",
         "needs": "อยากทำบัตรใหม่ครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "หน่อง 0634445566",
         "phone": "0634445566",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Lao woman robbed by a broker at a Mahachai shrimp factory, has only a migrant worker's
    # pink card; Samut Sakhon -> Savannakhet (Laos); refused (สัญชาติ)
    "dev60 Lao worker robbed by broker in Mahachai": Persona(
        ("สะบายดีเจ้า",
         "ข้อยเป็นคนลาว นายหน้าพามาเฮ็ดงานโรงงานกุ้งมหาชัย เอาเงินข้อยไปหมดแล้วหนี",
         "อยากกลับบ้านเจ้า บ่มีเงิน"),
        {"consent": "ได้เจ้า",
         "idle": "อยากกลับบ้านเจ้า",
         "hardship": "บ่มีเงิน บ่มีบ่อนอยู่เจ้า",
         "id_card": "มีแต่บัตรชมพูเจ้า บ่แม่นบัตรคนไทย",
         "nationality_letter": "บ่มีเจ้า ข้อยเป็นคนลาว",
         "current_province": "มหาชัยเจ้า",
         "home_province": "สะหวันนะเขด ประเทศลาวเจ้า",
         "travellers": "คนเดียวเจ้า",
         "urgent": "ด่วนเจ้า คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปเองได้เจ้า",
         "more_care": "บ่มีเจ้า",
         "needs": "บ่มีเจ้า",
         "sensitive_consent": "ได้เจ้า",
         "name": "น้อย 0657778899",
         "phone": "0657778899",
         "confirm": "แม่นแล้วเจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # --- answered ---

    # mother of a son who lost a leg asks the disability allowance; answered
    "dev60 mother asks the disability allowance": Persona(
        ("สอบถามค่ะ ลูกชายขาขาดจากอุบัติเหตุ ได้เบี้ยคนพิการเดือนละเท่าไหร่คะ ต้องไปขึ้นทะเบียนก่อนมั้ย",),
        {"consent": "ยินยอมค่ะ",
         "idle": "แค่นี้ค่ะ ขอบคุณค่ะ"},
        outcome="answered",
        answered="800"),

    # Isan man asks how much food money there is while waiting to be sent home; answered
    "dev60 Isan man asks food money while waiting": Persona(
        ("ถามแน่ครับ",
         "ถ้าขอให้ส่งเมือบ้าน ระหว่างรอเจ้าหน้าที่ เขามีค่าข้าวให้บ่ครับ วันละจักบาท"),
        {"consent": "ยินยอมครับ",
         "idle": "บ่มีแล้วครับ ขอบใจหลายๆ"},
        outcome="answered",
        answered="100"),

    # southern woman after the flood asks whether she can get help at night; answered
    "dev60 southern woman asks about calling at night": Persona(
        ("ตอนกลางคืนติดต่อขอความช่วยเหลือได้ม่ายคะ โทรเบอร์ไหร",),
        {"consent": "ได้ค่ะ",
         "idle": "ไม่มีแล้วค่ะ ขอบคุณหนิ"},
        outcome="answered",
        answered="1300"),
}
