"""Dialog personas, set "holdout19" (held-out set).

Date: 2026-12-07. Written from the seeds only.

Focus: a broad mix of everyone the 1300 service meets, from every region of
Thailand: a builder cheated in Pattaya, a fishing-boat hand in Mahachai, a
durian picker from Phrae stuck in Chumphon and a mangosteen cutter robbed in
Chanthaburi; two men just out of prison (Khlong Prem, Khlong Phai), one with an
expired card and one with only a village head's letter; a northern grandmother
at Hua Lamphong who speaks of herself as "ยาย"; a sick diabetic patient, a man
with HIV whose medicine ran out, a woman with a psychiatric illness and a
wheelchair user; a mother fleeing a violent husband in Phuket with two small
children, a factory family of four, a pregnant woman at Mo Chit; people writing
for someone else (a nurse, a grandson, a monk, a market security guard, a
neighbour). Ways of writing: the whole story at once, or two or three short
messages before anything; four answer only one thing per message; Isan,
northern (คำเมือง) and southern words (หลบบ้าน, เบี้ย, ปิ๊กบ้าน, บ่, เจ้า),
sound typos (บัด, ศรีสระเกด, กิง), Thai digits, a correction ("๗ เอ้ย ๘",
"3 เอ้ย 4"), districts, bus terminals, stations, hospitals and markets instead
of provinces. Refusals: a Myanmar worker with a pink card in Mae Sot, a man with
no card and no letter, a woman whose home district is in the same province.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan builder cheated by a contractor in Pattaya, home Roi Et; whole story; case
    "holdout19 Isan builder in Pattaya, whole story at once": Persona(
        ("สวัสดีครับ ผมมาทำงานก่อสร้างอยู่พัทยา ผรับเหมาหนีไม่จ่ายค่าแรง ตอนนี้บ่มีเงิน"
         "สักบาท ค่ารถกลับร้อยเอ็ดก็บ่มี คืนนี้คงนอนป้ายรถเมล์ มีบัตรปชชอยู่ครับ",),
        {"consent": "ยินยอมครับ", "idle": "อยากกลับบ้านครับ",
         "hardship": "บ่มีค่ารถ บ่มีเงินกินข้าวครับ",
         "id_card": "มีครับ บัตรยังบ่หมดอายุ", "nationality_letter": "มีบัตรอยู่แล้วครับ",
         "current_province": "ชลบุรี พัทยาครับ", "home_province": "ร้อยเอ็ด อำเภอเสลภูมิ",
         "travellers": "ผมคนเดียวครับ", "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มีครับ", "more_care": "บ่มี", "travel_alone": "ไปเองได้ครับ",
         "needs": "ถ้ามีงานแถวบ้านก็อยากได้ครับ", "sensitive_consent": "ได้ครับ",
         "name": "สมศักดิ์", "phone": "0812457390", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": [], "name": "สมศักดิ์", "phone": "0812457390",
                "referrals": ["job_placement"]}),
    # released from Khlong Prem (Bangkok), southern words, expired card, home Nakhon Si Thammarat; case
    "holdout19 released prisoner from Khlong Prem, southern, expired card": Persona(
        ("ฮัลโหล", "มีคนอยู่ไหมครับ",
         "ผมพึ่งออกจากคุกคลองเปรมเมื่อวาน จะหลบบ้านนครฯ ไม่มีเบี้ยค่ารถ"),
        {"consent": "ยินยอม", "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "ไม่มีค่ารถแหละ เบี้ยที่ติดตัวออกมาหมดแล้ว",
         "id_card": "มีแต่หมดอายุไปตั้งแต่อยู่ข้างในแล้วครับ",
         "nationality_letter": "ไม่มีครับ มีแต่บัตรหมดอายุ",
         "current_province": "กรุงเทพ แถวงามวงศ์วาน",
         "home_province": "นครศรีธรรมราช อำเภอทุ่งสง", "travellers": "ไปคนเดียวครับ",
         "urgent": "ด่วนครับ เมื่อคืนนอนศาลาวัด คืนนี้ยังไม่รู้จะไปไหน",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มี", "travel_alone": "ได้ครับ",
         "needs": "อยากทำงาน แต่ใครจะรับคนมีคดีก็ไม่รู้ บัตรก็ต้องทำใหม่",
         "sensitive_consent": "ได้ครับ บันทึกได้", "name": "ธีรวัฒน์",
         "phone": "09-3581-2207", "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "name": "ธีรวัฒน์",
                "phone": "0935812207", "id_card_state": "expired",
                "referrals": ["id_card", "job_placement", "probation_support"],
                "no_referrals": HEALTH}),
    # northern grandmother at Hua Lamphong, third person, home Lampang; one part; case
    "holdout19 northern grandmother at Hua Lamphong, one thing per message": Persona(
        ("ยายมาหาลูกที่กรุงเทพ ลูกบ่อยู่แล้ว ย้ายไปไหนบ่รู้ ยายบ่มีสตางค์กลับ",),
        {"consent": "ยินยอมเจ้า", "idle": "ยายอยากกลับบ้านเจ้า",
         "hardship": "บ่มีสตางค์ค่ารถไฟเจ้า ข้าวก็ยังบ่ได้กิน",
         "id_card": "มีเจ้า บัตรคนเฒ่า บ่หมดอายุ", "nationality_letter": "ยายมีบัตรเจ้า",
         "current_province": "หัวลำโพงเจ้า", "home_province": "ลำปาง เกาะคาเจ้า",
         "travellers": "ยายคนเดียว", "urgent": "ด่วนเจ้า คืนนี้ยายนั่งอยู่ในสถานี",
         "special_needs": "ยายอายุ ๗๒ แล้วเจ้า", "more_care": "บ่มีเจ้า",
         "travel_alone": "ไปเองได้เจ้า ขึ้นรถไฟเป็น",
         "needs": "ยายยังบ่เคยได้เบี้ยคนเฒ่าเลยเจ้า", "sensitive_consent": "ได้เจ้า",
         "name": "ยายบัวคำ", "phone": "๐๘๙๓๓๒๑๔๕๗", "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "special": ["elderly"], "name": "บัวคำ",
                "phone": "0893321457", "referrals": ["elderly_allowance"]},
        one_part=True),
    # nurse at Srinagarind hospital, Khon Kaen, for a diabetic patient going to Nan; case
    "holdout19 nurse in Khon Kaen writing for a patient going to Nan": Persona(
        ("สวัสดีค่ะ เป็นพยาบาลตึกอายุรกรรม รพ.ศรีนครินทร์ ขอนแก่นค่ะ",
         "มีคนไข้ชายอายุ 58 จะจำหน่ายพรุ่งนี้ ไม่มีญาติมารับ ไม่มีเงินกลับบ้านที่น่านค่ะ "
         "เดินเองได้แต่ยังอ่อนแรง ไปคนเดียวไม่ไหว"),
        {"consent": "คนไข้ยินยอมค่ะ", "idle": "อยากให้ช่วยส่งคนไข้กลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีญาติค่ะ", "id_card": "คนไข้มีบัตรประชาชนค่ะ",
         "nationality_letter": "มีบัตรค่ะ", "current_province": "ขอนแก่นค่ะ",
         "home_province": "น่าน อ.ปัว ค่ะ", "travellers": "คนไข้คนเดียวค่ะ",
         "urgent": "ยังนอนโรงพยาบาลได้ถึงพรุ่งนี้ค่ะ ไม่ถึงกับด่วน",
         "special_needs": "ป่วยค่ะ เป็นเบาหวาน แผลที่เท้ายังไม่หาย",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไม่ได้ค่ะ ต้องมีคนพาไป",
         "needs": "ต้องไปรับยาต่อที่ รพ.น่าน ด้วยค่ะ",
         "sensitive_consent": "คนไข้ยินยอมให้บันทึกค่ะ", "name": "คนไข้ชื่อประเสริฐค่ะ",
         "phone": "ใช้เบอร์พยาบาลนะคะ 0861194527", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "น่าน", "travellers": 1,
                "urgent": False, "special": ["cannot_travel_alone", "sick"],
                "name": "ประเสริฐ", "phone": "0861194527",
                "referrals": ["travel_escort", "medical_services"]}),
    # mother fleeing a violent husband in Phuket with two small children, home Surin; case
    "holdout19 mother fleeing violence in Phuket with two small children": Persona(
        ("ช่วยด้วยค่ะ", "ผัวตีหนูกับลูก หนูหนีออกมาแล้ว ตอนนี้อยู่ภูเก็ต",
         "จะกลับบ้านแม่ที่สุรินทร์ค่ะ เงินไม่มีเลย"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านแม่ค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ไม่มีที่นอนด้วย", "id_card": "มีค่ะ คว้าติดมา",
         "nationality_letter": "มีบัตรค่ะ", "current_province": "ภูเก็ตค่ะ นั่งอยู่ บขส.",
         "home_province": "สุรินทร์ อ.ท่าตูม",
         "travellers": "3 คนค่ะ หนูกับลูกสองคน คนโต4ขวบ คนเล็กขวบครึ่ง",
         "urgent": "ด่วนค่ะ กลัวเขาตามมา คืนนี้ไม่มีที่ไป",
         "special_needs": "ลูกเล็กสองคนค่ะ", "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "ขอแค่ได้กลับไปหาแม่ก่อนค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "ปวีณา", "phone": "0647823315",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "สุรินทร์", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "ปวีณา",
                "phone": "0647823315"}),
    # wheelchair user selling lottery tickets in Hat Yai, home Chiang Rai; case
    "holdout19 wheelchair user in Hat Yai going to Chiang Rai": Persona(
        ("ผมนั่งวีลแชร์ครับ มาขายลอตเตอรี่ที่หาดใหญ่ ขายไม่ได้ เงินหมด ค่าห้องก็ค้าง "
         "เจ้าของไล่ออกแล้ว อยากกลับเชียงรายครับ",),
        {"consent": "ยินยอม", "idle": "กลับบ้านครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงินครับ", "id_card": "มีบัตรปชชครับ",
         "nationality_letter": "มีบัตรครับ", "current_province": "หาดใหญ่ครับ",
         "home_province": "เชียงราย แม่สาย", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้นอนหน้าร้านเค้า",
         "special_needs": "ผมขาลีบสองข้าง เดินไม่ได้ครับ", "more_care": "ไม่มี",
         "travel_alone": "ต้องมีคนช่วยยกรถเข็นขึ้นรถครับ ไปเองลำบาก",
         "needs": "ยังไม่เคยได้เบี้ยคนพิการเลยครับ ไม่ได้ไปขึ้นทะเบียน",
         "sensitive_consent": "ได้ครับ", "name": "อนุชา", "phone": "0957720468",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "เชียงราย", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone", "disabled"],
                "name": "อนุชา", "phone": "0957720468",
                "referrals": ["disability_allowance", "travel_escort"]}),
    # pregnant woman at Mo Chit, home Sakon Nakhon, Thai digits and a correction; case
    "holdout19 pregnant woman at Mo Chit, Thai digits, corrects the months": Persona(
        ("หนูท้องได้ ๗ เดือนค่ะ เพื่อนที่ชวนมาทำงานหายไปแล้ว ตอนนี้อยู่หมอชิต "
         "ไม่มีเงินซื้อตั๋วกลับสกล",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ะ เหลือ ๔๐ บาท", "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ", "current_province": "กทม ค่ะ หมอชิต",
         "home_province": "สกลนครค่ะ อำเภอสว่างแดนดิน",
         "travellers": "คนเดียวค่ะ มีลูกในท้อง",
         "urgent": "ด่วนค่ะ เมื่อคืนก็นอนในขนส่ง",
         "special_needs": "ท้องค่ะ ๗ เอ้ย ๘ เดือนแล้ว นับผิด", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ รถตรงถึงบ้าน",
         "needs": "ไม่มีค่ะ กลับไปฝากท้องที่บ้าน", "sensitive_consent": "ได้ค่ะ",
         "name": "มะลิ", "phone": "๐๖๑-๔๔๕-๗๘๒๓", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "special": ["pregnant"], "name": "มะลิ",
                "phone": "0614457823"}),
    # grandson writes for a forgetful grandfather held at Ayutthaya station, home Phitsanulok; case
    "holdout19 grandson writing for a forgetful grandfather in Ayutthaya": Persona(
        ("สวัสดีครับ ผมเขียนแทนตาครับ",
         "ตาผมหลงขึ้นรถไฟมาลงอยุธยา ตอนนี้อยู่กับตำรวจที่สถานีรถไฟอยุธยา ตาความจำไม่ดีแล้ว "
         "ไม่มีตังค่ารถกลับพิษณุโลก ผมเรียนอยู่ต่างจังหวัดไปรับไม่ได้"),
        {"consent": "ยินยอมครับ ตาก็โอเค", "idle": "อยากให้ช่วยส่งตากลับบ้านครับ",
         "hardship": "ไม่มีเงินเลยครับ กระเป๋าตังหาย",
         "id_card": "บัตรตาอยู่กับตำรวจครับ มีครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "อยุธยาครับ", "home_province": "พิษณุโลก อ.วังทอง",
         "travellers": "ตาคนเดียวครับ",
         "urgent": "ด่วนครับ ตำรวจบอกให้อยู่ได้ถึงเย็นนี้",
         "special_needs": "ตาอายุ 81 แล้วครับ หลงๆลืมๆ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไม่ได้ครับ ต้องมีคนพาไป ไม่งั้นหลงอีก",
         "needs": "ไม่มีแล้วครับ ขอแค่ให้ตาถึงบ้าน", "sensitive_consent": "ยินยอมครับ",
         "name": "ตาชื่อทองดีครับ", "phone": "0823310964", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "elderly"], "name": "ทองดี",
                "phone": "0823310964", "referrals": ["travel_escort"]}),
    # monk at a temple in Chiang Mai for a man with a water-damaged card, home Ubon; case
    "holdout19 monk in Chiang Mai writing for a man with a damaged card": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดแถวช้างเผือก เชียงใหม่ มีโยมผู้ชายมาขออาศัยนอนวัด"
         "สามคืนแล้ว เขาอยากกลับอุบลแต่ไม่มีปัจจัยค่ารถ",),
        {"consent": "โยมเขายินยอม", "idle": "ขอให้ช่วยโยมเขากลับบ้าน",
         "hardship": "ไม่มีเงิน ไม่มีงาน ค่ารถกลับก็ไม่มี",
         "id_card": "มี แต่ตกน้ำ ขาดไปครึ่งใบ ยังพอเห็นเลข",
         "nationality_letter": "มีบัตรที่ขาดนั่นแหละ", "current_province": "เชียงใหม่",
         "home_province": "อุบลราชธานี อำเภอวารินชำราบ", "travellers": "โยมคนเดียว",
         "urgent": "ไม่ด่วนมาก นอนวัดได้อยู่",
         "special_needs": "ไม่มี ร่างกายแข็งแรงดี", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้", "needs": "เขาอยากทำบัตรใหม่ด้วย",
         "sensitive_consent": "ได้", "name": "โยมชื่อสุริยา",
         "phone": "ใช้เบอร์อาตมา 0898843126", "confirm": "ถูกต้อง เจริญพร"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": False, "special": [], "name": "สุริยา",
                "phone": "0898843126", "id_card_state": "damaged",
                "referrals": ["id_card"]}),
    # market guard in Tha Muang, Kanchanaburi, for a laid-off woman from Phatthalung; case
    "holdout19 market guard in Kanchanaburi writing for a woman from Phatthalung": Persona(
        ("ผมเป็นยามตลาดครับ มีผู้หญิงมานอนหน้าตลาดสองคืนแล้ว",
         "แกบอกว่าจะกลับพัทลุง โดนโรงงานเลิกจ้าง ไม่มีตังเลย",
         "ช่วยแกหน่อยได้ไหมครับ"),
        {"consent": "แกยินยอมครับ", "idle": "ช่วยส่งแกกลับบ้านครับ",
         "hardship": "ไม่มีที่นอน ไม่มีกิน ไม่มีค่ารถครับ", "id_card": "แกมีบัตรครับ",
         "nationality_letter": "มีบัตรครับ", "current_province": "กาญจนบุรีครับ ท่าม่วง",
         "home_province": "พัทลุงครับ", "travellers": "แกคนเดียว",
         "urgent": "ด่วนครับ นอนหน้าตลาด ยุงกัดทั้งคืน",
         "special_needs": "ไม่มีครับ แกแข็งแรงดี อายุสักสี่สิบ", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ครับ", "needs": "แกอยากหางานทำที่บ้านครับ",
         "sensitive_consent": "ได้", "name": "แกชื่อจันทร์เพ็ญครับ",
         "phone": "แกไม่มีโทรศัพท์ ใช้เบอร์ผม 0869021573 ครับ", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "พัทลุง",
                "travellers": 1, "urgent": True, "special": [], "name": "จันทร์เพ็ญ",
                "phone": "0869021573", "referrals": ["job_placement"]}),
    # fishing-boat hand in Mahachai, sound typos, home Sisaket; one part; case
    "holdout19 fishing-boat hand in Mahachai, typos, one thing per message": Persona(
        ("ผมทำงานเรือประมงที่มหาชัย เถ้าแก่ไม่จ่ายตังค์ เรือจอดไม่ออก ไม่มีตังกลับบ้านศรีสระเกด",),
        {"consent": "ยินยอม", "idle": "กลับบ้าน",
         "hardship": "ไม่มีตังกิงข้าว ค่ารถก้ไม่มี", "id_card": "มีบัดครับ",
         "nationality_letter": "มีบัด", "current_province": "มหาชัย",
         "home_province": "ศรีสระเกด กันทรลัก", "travellers": "คนเดียว",
         "urgent": "ด่วน นอนบนเรือไม่ได้แล้ว เถ้าแก่ไล่", "special_needs": "ไม่มี",
         "more_care": "ไม่มี", "travel_alone": "ไปเองได้", "needs": "ไม่มีคับ",
         "sensitive_consent": "ได้", "name": "บุญมี", "phone": "0918826604",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": [], "name": "บุญมี",
                "phone": "0918826604"},
        one_part=True),
    # released from Khlong Phai prison (Nakhon Ratchasima), no card but a village head letter, home Kalasin; case
    "holdout19 released prisoner from Khlong Phai with a village head letter": Persona(
        ("ผมพ้นโทษจากเรือนจำกลางคลองไผ่ครับ",
         "บัตรปชชหายตั้งแต่ก่อนโดนจับ แต่ผู้ใหญ่บ้านทำหนังสือรับรองให้แล้ว ส่งมาทางไลน์",
         "จะกลับกาฬสินธุ์ครับ ไม่มีค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "ไม่มีค่ารถครับ เงินที่เหลือจากข้างในร้อยกว่าบาท",
         "id_card": "ไม่มีครับ หาย",
         "nationality_letter": "มีครับ ผญบ.บ้านโนนสูงเซ็นให้แล้ว",
         "current_province": "โคราชครับ สีคิ้ว", "home_province": "กาฬสินธุ์ ยางตลาด",
         "travellers": "คนเดียว", "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "special_needs": "ไม่มี", "more_care": "ไม่มี", "travel_alone": "ได้",
         "needs": "อยากทำบัตรใหม่ แล้วก็หางานครับ ติดมาสี่ปี",
         "sensitive_consent": "ยินยอม", "name": "วีระพงษ์", "phone": "0807714352",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": [], "name": "วีระพงษ์",
                "phone": "0807714352",
                "referrals": ["id_card", "job_placement", "probation_support"],
                "no_referrals": HEALTH}),
    # factory family of four in Pathum Thani, short messages first, corrects the count, home Buriram; case
    "holdout19 factory family of four in Pathum Thani, short messages first": Persona(
        ("สวัสดีค่ะ", "โรงงานปิด", "ขอถามหน่อยค่ะ กลับบ้านต้องทำยังไง"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านบุรีรัมย์ค่ะ ไม่มีเงินค่ารถ",
         "hardship": "โรงงานแถวนวนครปิด ไม่จ่ายชดเชย ไม่มีรายได้เลยค่ะ",
         "id_card": "มีค่ะ ทั้งหนูทั้งแฟน", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ปทุมค่ะ คลองหลวง", "home_province": "บุรีรัมย์ นางรอง",
         "travellers": "3 เอ้ย 4 คนค่ะ หนู แฟน ลูก 5 ขวบ กับลูก 8 เดือน",
         "urgent": "ยังอยู่ห้องได้ถึงสิ้นเดือนค่ะ",
         "special_needs": "ลูกเล็กสองคนค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "แฟนอยากได้งานแถวบ้านค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "สุนิสา", "phone": "0623398170",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "บุรีรัมย์",
                "travellers": 4, "urgent": False, "special": ["child"],
                "name": "สุนิสา", "phone": "0623398170",
                "referrals": ["job_placement"]}),
    # man with HIV, out of medicine, came over from Samui to Surat Thani, home Phayao; case
    "holdout19 man with HIV in Surat Thani going home to Phayao": Persona(
        ("ขอโทษครับ ไม่รู้จะถามใคร",
         "ผมติดเชื้อ HIV ครับ ยาต้านหมด ทำงานบาร์ที่สมุยแต่ป่วยบ่อยเลยโดนออก "
         "ตอนนี้ข้ามฝั่งมาสุราษฎร์ อยากกลับไปรักษาที่บ้านพะเยา"),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "ไม่มีเงินครับ ไม่มีที่พักด้วย", "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ", "current_province": "สุราษฎร์ครับ อยู่ บขส.",
         "home_province": "พะเยา เชียงคำ", "travellers": "คนเดียว",
         "urgent": "ด่วนครับ นอนขนส่งมาสองคืนแล้ว",
         "special_needs": "ผมป่วยครับ ไข้ขึ้นๆลงๆ", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ครับ ยังพอไหว", "needs": "ยาต้านครับ อยากได้ยาต่อ",
         "sensitive_consent": "ยินยอมครับ", "name": "ณัฐพล", "phone": "0931126745",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "พะเยา",
                "travellers": 1, "urgent": True, "special": ["sick"], "name": "ณัฐพล",
                "phone": "0931126745", "referrals": ["hiv_aid"]}),
    # northern durian picker cheated in Lang Suan, Chumphon, home Phrae; one part; case
    "holdout19 northern durian picker in Chumphon, one thing per message": Persona(
        ("ผมมาเก็บทุเรียนที่ชุมพร เถ้าแก่สวนบ่จ่ายตังค์ อยากปิ๊กบ้านแพร่ บ่มีค่ารถครับ",),
        {"consent": "ยินยอมครับ", "idle": "ปิ๊กบ้านครับ",
         "hardship": "บ่มีค่ารถ บ่มีข้าวกิ๋นครับ", "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ", "current_province": "ชุมพร อำเภอหลังสวน",
         "home_province": "แพร่ครับ อำเภอลอง", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้บ่มีที่นอน เถ้าแก่ไล่ออกจากแคมป์",
         "special_needs": "บ่มีครับ", "more_care": "บ่มี",
         "travel_alone": "ไปคนเดียวได้ครับ", "needs": "บ่มีแล้วครับ",
         "sensitive_consent": "ได้ครับ", "name": "คำแสน", "phone": "0885401239",
         "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "ชุมพร", "home": "แพร่", "travellers": 1,
                "urgent": True, "special": [], "name": "คำแสน", "phone": "0885401239"},
        one_part=True),
    # neighbour in Pak Kret, Nonthaburi, for a woman with a psychiatric illness, home Trang; case
    "holdout19 neighbour writing for a psychiatric patient in Nonthaburi": Persona(
        ("เขียนแทนเพื่อนบ้านค่ะ",
         "น้องเขาเป็นผู้ป่วยจิตเวช เคยรักษาที่ศรีธัญญา ตอนนี้ยาหมด บางทีพูดไม่รู้เรื่อง "
         "สามีทิ้งไป ค่าห้องค้างจะโดนไล่ออกวันนี้",
         "บ้านแม่เขาอยู่ตรัง แม่ยินดีรับกลับ แต่ไม่มีเงินค่ารถค่ะ"),
        {"consent": "น้องเขายินยอมค่ะ หนูถามแล้ว", "idle": "อยากส่งน้องกลับบ้านแม่ค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีที่อยู่แล้ว", "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ", "current_province": "นนทบุรีค่ะ ปากเกร็ด",
         "home_province": "ตรัง อ.ห้วยยอด", "travellers": "น้องคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ เจ้าของห้องไล่วันนี้",
         "special_needs": "น้องป่วยทางจิตค่ะ ต้องกินยาประจำ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองไม่ได้ค่ะ กลัวหลง ต้องมีคนไปส่ง",
         "needs": "อยากให้มีคนดูแลเรื่องยาต่อที่บ้านค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "น้องชื่อกาญจนาค่ะ",
         "phone": "เบอร์หนูนะคะ 0815527834", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ตรัง", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone", "sick"],
                "name": "กาญจนา", "phone": "0815527834",
                "referrals": ["mental_health_care", "travel_escort"]}),
    # Isan mangosteen cutter robbed in Tha Mai, Chanthaburi, short messages, home Yasothon; one part; case
    "holdout19 robbed fruit cutter in Chanthaburi, one thing per message": Persona(
        ("โดนขโมยกระเป๋าตังค่ะ", "อยู่จันท์", "มาตัดมังคุด"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้านยโสธร ค่ารถบ่มีแล้ว",
         "hardship": "บ่มีค่ารถ บ่มีเงินซื้อข้าว",
         "id_card": "บัตรยังอยู่ค่ะ แยกไว้ในกระเป๋าเสื้อ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "จันทบุรี ท่าใหม่", "home_province": "ยโสธร",
         "travellers": "ผู้เดียวค่ะ",
         "urgent": "ยังนอนแคมป์คนงานได้อีกสองสามมื้อค่ะ",
         "special_needs": "บ่มีค่ะ", "more_care": "บ่มี", "travel_alone": "ไปเองได้",
         "needs": "บ่มีค่ะ", "sensitive_consent": "ได้ค่ะ", "name": "อรอุมา",
         "phone": "๐๙๘๗๑๒๓๔๐๖", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "ยโสธร", "travellers": 1,
                "urgent": False, "special": [], "name": "อรอุมา", "phone": "0987123406"},
        one_part=True),

    # Myanmar worker with a pink card in Mae Sot, Tak; refused (nationality)
    "holdout19 Myanmar worker with a pink card in Mae Sot": Persona(
        ("สวัสดีค่ะ หนูเป็นคนพม่า ทำงานที่แม่สอด",
         "นายจ้างไม่จ่ายเงิน อยากไปหาพี่สาวที่มหาชัย ไม่มีค่ารถค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอเงินค่ารถค่ะ", "hardship": "ไม่มีเงินค่ะ",
         "id_card": "มีบัตรชมพูค่ะ ไม่มีบัตรคนไทย",
         "nationality_letter": "ไม่มีค่ะ หนูไม่ใช่คนไทย",
         "current_province": "ตาก แม่สอดค่ะ",
         "home_province": "บ้านหนูอยู่พม่า เมียวดีค่ะ พี่สาวอยู่มหาชัย",
         "travellers": "คนเดียวค่ะ", "urgent": "ด่วนค่ะ", "name": "มะเอ",
         "phone": "0946673218", "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),
    # man from Narathiwat in Salaya, Nakhon Pathom, no card and no letter; refused
    "holdout19 man in Nakhon Pathom with no card and no letter": Persona(
        ("บัตรหายหมดแล้วครับ กระเป๋าโดนกระชากไป",
         "จะกลับนราฯ ตอนนี้อยู่นครปฐม ไม่มีอะไรเลย"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้าน",
         "hardship": "ไม่มีเงิน ไม่มีที่นอน",
         "id_card": "ไม่มีครับ หายไปกับกระเป๋า",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านที่นู่นก็ติดต่อไม่ได้ ไม่มีใครรับรองให้",
         "current_province": "นครปฐม ศาลายา", "home_province": "นราธิวาส ตากใบ",
         "travellers": "คนเดียว", "urgent": "ด่วนครับ", "name": "อับดุลเลาะ",
         "phone": "0873345129", "confirm": "ถูก"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),
    # woman at Udon bus terminal whose home is Kumphawapi, same province; refused
    "holdout19 woman at Udon terminal going home to Kumphawapi": Persona(
        ("อยู่บขส.อุดรค่ะ ตกรถเที่ยวสุดท้าย เงินหมด",
         "บ้านอยู่กุมภวาปีค่ะ อยากให้ช่วยค่ารถกลับ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถค่ะ", "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ", "current_province": "อุดรธานีค่ะ ในเมือง",
         "home_province": "อุดรเหมือนกันค่ะ อำเภอกุมภวาปี", "travellers": "คนเดียว",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ", "name": "พิมพ์ชนก", "phone": "0612278943",
         "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # southern man asks whether the service costs anything; answered
    "holdout19 southern man asks if there is a fee": Persona(
        ("ถามหน่อยพี่ ติดต่อขอให้ช่วยกลับบ้านเนี่ย ต้องเสียตังค่าไหรมั้ย หรือฟรี",),
        {"consent": "ยินยอม", "idle": "แค่นี้แหละ ขอบใจ"},
        outcome="answered", answered="ไม่มีค่าธรรมเนียม"),
    # Isan grandchild asks how much the hardship grant for elderly is; answered
    "holdout19 grandchild asks about the grant for a poor grandmother": Persona(
        ("ยายหนูอายุ 78 อยู่คนเดียว ลำบากหลาย ได้ยินว่ามีเงินช่วยคนแก่ที่ยากลำบาก "
         "ได้ครั้งละเท่าไหร่คะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอบคุณค่ะ แค่นี้แหละ"},
        outcome="answered", answered="2,500"),
    # northern mother asks the monthly disability allowance; answered
    "holdout19 northern mother asks the disability allowance": Persona(
        ("ลูกชายพิการขาเจ้า เบี้ยคนพิการได้เดือนละกี่บาทเจ้า",),
        {"consent": "ยินยอมเจ้า", "idle": "แค่นี้เจ้า ขอบคุณเจ้า"},
        outcome="answered", answered="800"),
}
