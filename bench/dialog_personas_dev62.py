"""Dialog personas, set "dev62" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: people from Source A and Source B. Released prisoners and probationers and
their families: a man just out of Klong Prem, a woman released from the Chiang Mai
women's correctional institution with a baby born inside, a probationer with a
pregnant wife, an old man robbed outside Bang Khwang prison while visiting his son,
elderly parents left alone after their son was jailed, a prisoner's pregnant wife.
People stranded by illness and disability: dialysis, a stroke, cancer after
radiotherapy, diabetes, epilepsy, HIV, schizophrenia, blindness, a wheelchair, late
pregnancy. Elders who call themselves ยาย/ตา/ลุง/ป้า, and people writing for someone
else: a ward nurse, a social development volunteer (อพม.), a neighbour, a grandchild,
a mother, a husband. Places in all regions, given as people give them (หัวลำโพง,
หน้าคุกบางขวาง, บขส.พิดโลก, ศรีนครินทร์ มข., พัทยา, มหาชัย, รังสิตคลอง3, กะทู้).
Ways of writing: typos by sound (คับ, บัด, ไชยภูมิ, หาดไหญ่, กะเป๋า, พึ่ง), no
spaces, Isan/southern/northern words, Thai digits, medical shorthand (d/c, stroke),
people who answer one thing per message, who correct themselves (7 เอ้ย 8 เดือน, a
wrong phone number fixed at the summary), and who ask a question back in the middle.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # man released from Klong Prem yesterday, card expired; Bangkok -> Roi Et; case
    "dev62 released from Klong Prem, expired card, wants work": Persona(
        ("สวัสดีครับ",
         "ผมพึ่งออกจากเรือนจำคลองเปรมเมื่อวานครับ ไม่มีตังกลับบ้านเลย",
         "บ้านอยู่ร้อยเอ็ดครับ อ.เสลภูมิ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีตังค่ารถครับ เมื่อคืนนอนป้ายรถเมล์ ไม่มีที่นอน",
         "id_card": "มีครับแต่หมดอายุไปตั้งแต่ปี66 ตอนอยู่ข้างใน",
         "current_province": "กรุงเทพครับ แถวงามวงศ์วาน",
         "home_province": "ร้อยเอ็ดครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ก็ไม่มีที่นอนอีก",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "อยากหางานทำครับ แล้วก็อยากทำบัตรใหม่ด้วย",
         "sensitive_consent": "ได้ครับ บันทึกได้",
         "name": "ชื่อต้นครับ 0935527418",
         "phone": "0935527418",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [], "name": "ต้น",
                "phone": "0935527418", "referrals": ["job_placement", "id_card"],
                "no_referrals": list(HEALTH)}),

    # probationer who lost his job, wife 7 months pregnant, room till month end;
    # Chiang Mai -> Sakon Nakhon; case, not urgent
    "dev62 probationer with pregnant wife asks about reporting": Persona(
        ("ผมอยู่ระหว่างคุมประพฤติครับ ถามหน่อยว่าถ้าจะย้ายกลับไปอยู่บ้านที่สกลนครต้องทำไง",
         "ตอนนี้ตกงาน ไม่มีเงินเลยครับ เมียท้องด้วย"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีรายได้ ไม่มีค่ารถกลับครับ",
         "id_card": "มีครับ ทั้งผมทั้งเมีย",
         "current_province": "เชียงใหม่ครับ อยู่แถวสันทราย",
         "home_province": "สกลนครครับ อ.สว่างแดนดิน",
         "travellers": "2คนครับ ผมกับเมีย",
         "urgent": "ยังพอมีห้องเช่าอยู่ได้ถึงสิ้นเดือนครับ แต่ข้าวจะไม่มีกินแล้ว",
         "special_needs": "เมียท้อง7เดือนครับ",
         "travel_alone": "ไปกับผมครับ",
         "more_care": "ไม่มีแล้วครับ",
         "needs": "อยากได้งานที่สกลครับ แล้วเรื่องรายงานตัวคุมประพฤติต้องย้ายไปที่นั่นยังไงครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "บอย 0617293845",
         "phone": "0617293845",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "สกลนคร",
                "travellers": 2, "urgent": False, "special": ["pregnant"],
                "name": "บอย", "phone": "0617293845",
                "referrals": ["probation_support", "job_placement"],
                "no_referrals": ["hiv_aid", "mental_health_care"]}),

    # ward nurse writing for a 68-year-old stroke patient in a wheelchair, discharged
    # tomorrow; Nakhon Ratchasima -> Phitsanulok; case, urgent
    "dev62 nurse for stroke patient discharged tomorrow": Persona(
        ("สวัสดีค่ะ พยาบาลจากตึกอายุรกรรมชาย รพ.มหาราชนครราชสีมาค่ะ",
         "มีผู้ป่วยชายอายุ68ปี stroke อ่อนแรงซีกซ้าย นั่งwheelchair แพทย์ให้ d/c พรุ่งนี้ค่ะ "
         "แต่ไม่มีญาติที่นี่ ไม่มีเงินกลับบ้านที่พิษณุโลก",
         "จะขอความช่วยเหลือส่งกลับภูมิลำเนาได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ ผู้ป่วยก็ยินยอมแล้วค่ะ",
         "idle": "ขอส่งผู้ป่วยกลับภูมิลำเนาค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ ไม่มีญาติดูแลที่นี่ ไม่มีรายได้ด้วย",
         "id_card": "ผู้ป่วยมีบัตรประชาชนค่ะ ยังไม่หมดอายุ",
         "current_province": "โคราชค่ะ",
         "home_province": "พิษณุโลกค่ะ อ.วัดโบสถ์ มีน้องสาวอยู่",
         "travellers": "ผู้ป่วยคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ พรุ่งนี้ต้องออกจาก รพ. แล้วไม่มีที่ไป",
         "special_needs": "ผู้สูงอายุ ป่วยอัมพฤกษ์ นั่งรถเข็นค่ะ",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีคนดูแลไปด้วย ขึ้นรถทัวร์เองไม่ได้",
         "more_care": "ไม่มีค่ะ",
         "needs": "อยากให้ช่วยเรื่องขึ้นทะเบียนคนพิการกับรถเข็นด้วยค่ะ ตอนนี้ยืมของ รพ.อยู่",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "จิตรา (พยาบาล) 081-946-2307 ค่ะ",
         "phone": "081-946-2307",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "sick", "disabled", "cannot_travel_alone"],
                "name": "จิตรา", "phone": "0819462307",
                "referrals": ["disability_allowance", "disability_devices"]}),

    # dialysis patient evicted, southern speech, one thing per message;
    # Bangkok -> Nakhon Si Thammarat; case, urgent
    "dev62 dialysis patient evicted, southern, one part": Persona(
        ("ช่วยหนูด้วยค่ะ",
         "หนูฟอกไตอยู่ที่ราชวิถีค่ะ อาทิตย์ละ2ครั้ง ตอนนี้ไม่มีตังสักบาทแล้ว "
         "โดนไล่ออกจากห้องเช่า อยากหลบบ้านนครค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากหลบบ้านค่ะ",
         "hardship": ("ไม่มีที่อยู่ค่ะ", "ไม่มีตังค่ารถด้วยค่ะ"),
         "id_card": "มีค่ะ",
         "current_province": "กทม.ค่ะ",
         "home_province": "นครศรีค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้นอนม้านั่งหน้าตึกไตเทียม",
         "special_needs": "หนูป่วยค่ะ ฟอกไต",
         "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "อยากย้ายไปฟอกไตที่ รพ.มหาราชนครค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "กิ่งแก้วค่ะ",
         "phone": "0894471256",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "name": "กิ่งแก้ว", "phone": "0894471256",
                "referrals": ["medical_services"],
                "no_referrals": ["hiv_aid", "mental_health_care"]},
        one_part=True),

    # blind lottery seller robbed, types by ear with sound typos;
    # Hat Yai (Songkhla) -> Chaiyaphum; case, urgent
    "dev62 blind lottery seller robbed in Hat Yai": Persona(
        ("สวัสดีครับผมตาบอดครับใช้โปรแกรมอ่านจอถ้าพิมพ์ผิดขอโทษด้วยนะคับ",
         "ผมขายล็อตเตอรี่อยู่หาดไหญ่โดนขโมยล็อตเตอรี่ไปหมดเลยตอนนี้ไม่มีตังกลับบ้านที่ไชยภูมิคับ"),
        {"consent": "ยินยอมคับ",
         "idle": "ขอค่ารถกลับบ้านคับ",
         "hardship": "ไม่มีตังค่ารถคับ ไม่มีที่นอนด้วย",
         "id_card": "มีคับ บัดประชาชนกับบัดคนพิการ",
         "current_province": "หาดไหญ่ สงขลาคับ อยู่แถวตลาดกิมหยง",
         "home_province": "ไชยภูมิคับ",
         "travellers": "คนเดียวคับ",
         "urgent": "ด่วนคับ คืนนี้ม่ายรู้จะนอนไหน",
         "special_needs": "ผมตาบอดคับ",
         "travel_alone": "ไปเองได้คับ ชินแล้ว มีไม้เท้าขาว",
         "more_care": "ไม่มีคับ",
         "needs": "ไม่มีคับ ขอกลับบ้านอย่างเดียว",
         "sensitive_consent": "ได้คับ",
         "name": "ชื่อสมหมายคับ เบอร์ 086 321 7945",
         "phone": "086 321 7945",
         "confirm": "ถูกต้องคับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "name": "สมหมาย", "phone": "0863217945",
                "no_referrals": ["mental_health_care", "hiv_aid"]}),

    # granddaughter working in Rayong writes for her 78-year-old grandmother stuck at
    # the Phitsanulok bus terminal after an eye appointment; Phitsanulok -> Nan; case
    "dev62 granddaughter for grandma at Phitsanulok bus terminal": Persona(
        ("สวัสดีค่ะ หนูเป็นหลานค่ะ ขอถามแทนยายได้มั้ยคะ",
         "ยายมาหาหมอตาตามนัดที่พุทธชินราชค่ะ ตอนนี้เงินยายหายหมดเลย ยายนั่งอยู่ที่ บขส.พิดโลก",
         "หนูทำงานอยู่ระยองไปรับไม่ทันค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากให้ช่วยส่งยายกลับบ้านที่น่านค่ะ",
         "hardship": "ยายไม่มีเงินค่ารถค่ะ แล้วก็ไม่มีที่นอนด้วย ไม่มีคนดูแล",
         "id_card": "ยายมีบัตรค่ะ บัตรตลอดชีพ",
         "current_province": "พิษณุโลกค่ะ ที่ บขส.ค่ะ",
         "home_province": "น่านค่ะ อ.ท่าวังผา",
         "travellers": "ยายคนเดียวค่ะ",
         "urgent": "ด่วนนี่คือยังไงคะ... ยายไม่มีที่นอนคืนนี้ค่ะ ด่วนค่ะ",
         "special_needs": "ยายอายุ78ค่ะ",
         "travel_alone": "ไปคนเดียวไม่ได้ค่ะ ตาไม่ค่อยดี หูตึง อ่านหนังสือไม่ออกด้วย",
         "more_care": "ไม่มีค่ะ มียายคนเดียว",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "มายด์ค่ะ หลานยาย 091-204-5378",
         "phone": "0912045378",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "น่าน",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "name": "มายด์", "phone": "0912045378"}),

    # 64-year-old Isan construction worker, card soaked and peeling, can stay at the
    # camp till Friday; Phuket -> Nakhon Phanom; case, not urgent
    "dev62 old Isan builder laid off in Phuket, damaged card": Persona(
        ("ลุงขอถามหน่อยเด้อ",
         "ลุงมาเฮ็ดงานก่อสร้างอยู่ภูเก็ตงานหมดเขาเลิกจ้างแล้วบ่มีเงินกลับบ้านนครพนม"),
        {"consent": "ได้ๆ ยินยอม",
         "idle": "อยากกลับบ้านลุงบ่มีค่ารถ",
         "hardship": "บ่มีค่ารถ บ่มีเงินซื้อข้าวกินแล้ว",
         "id_card": "มีบัตรอยู่แต่มันเปียกน้ำลอกหมดแล้ว อ่านบ่ออก",
         "current_province": "ภูเก็ตแถวกะทู้",
         "home_province": "นครพนม อ.ธาตุพนม",
         "travellers": "ลุงคนเดียว",
         "urgent": "ยังนอนแคมป์คนงานได้อยู่ถึงวันศุกร์เขาให้อยู่",
         "special_needs": "ลุงอายุ64 ยังแข็งแรงอยู่",
         "travel_alone": "ไปเองได้",
         "more_care": "บ่มี",
         "needs": "บ่มีหยังแล้ว อยากกลับบ้านอย่างเดียว",
         "sensitive_consent": "ได้",
         "name": "ชื่อคำปัน ๐๘๗๕๕๓๑๒๖๔",
         "phone": "๐๘๗๕๕๓๑๒๖๔",
         "confirm": "ถูกแล้ว"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครพนม",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "name": "คำปัน", "phone": "0875531264",
                "no_referrals": list(HEALTH)}),

    # mother at home writes for her son with schizophrenia sleeping rough near
    # Hua Lamphong; Bangkok -> Buriram; case, urgent
    "dev62 mother for psychiatric son at Hua Lamphong": Persona(
        ("ฮัลโหลค่ะ แม่อยากให้ช่วยลูกชาย",
         "ลูกป่วยจิตเวชค่ะ หนีออกจากบ้านไปตั้งแต่เดือนที่แล้ว ตอนนี้มีคนเห็นเขานอนอยู่แถวหัวลำโพง",
         "แม่อยู่บุรีรัมย์ ไม่มีเงินไปรับเลยค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากให้พาลูกกลับบ้านค่ะ",
         "hardship": "เขาไม่มีที่นอนค่ะ ไม่มีใครดูแล ไม่มีเงินกลับบ้าน",
         "id_card": "บัตรลูกมีค่ะ แม่เก็บไว้ที่บ้าน ถ่ายรูปส่งให้ได้",
         "current_province": ("หัวลำโพงค่ะ", "กรุงเทพค่ะ"),
         "home_province": "บุรีรัมย์ค่ะ อ.ลำปลายมาศ",
         "travellers": "ลูกคนเดียวค่ะ อายุ32",
         "urgent": "ด่วนค่ะ เขานอนข้างถนน ไม่ได้กินยามาเป็นเดือนแล้ว กลัวเขาเป็นอันตราย",
         "special_needs": "ลูกป่วยจิตเวชค่ะ เป็นจิตเภท",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีคนพามา เขาจำทางไม่ได้",
         "more_care": "ไม่มีค่ะ",
         "needs": "อยากให้เขาได้รักษาต่อค่ะ ได้ยาต่อเนื่อง",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ทองใบค่ะ แม่ของเขา 0648813927",
         "phone": "0648813927",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True,
                "special": ["sick", "cannot_travel_alone"],
                "name": "ทองใบ", "phone": "0648813927",
                "referrals": ["mental_health_care"], "no_referrals": ["hiv_aid"]},
        after=("ขอโทษค่ะลืมบอก ลูกใส่เสื้อสีแดง มีคนเห็นแถวสถานีรถไฟค่ะ",)),

    # prisoner's wife, 8 months pregnant (corrects herself), with a 4-year-old, room
    # until next week; Surat Thani -> Lampang; case, not urgent
    "dev62 prisoner's pregnant wife with a child": Persona(
        ("สวัสดีค่ะ",
         "ขอสอบถามค่ะ แฟนติดคุกอยู่เรือนจำสุราษฎร์ หนูท้อง7เดือน เอ้ย8เดือนแล้วค่ะ "
         "อยู่กับลูกคนโตที่ห้องเช่า ไม่มีใครช่วย",
         "อยากกลับไปคลอดที่บ้านแม่ลำปางค่ะ ค่ารถไม่มีเลย"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ไม่มีค่ารถกลับ",
         "id_card": "มีค่ะ",
         "current_province": "สุราษฎร์ค่ะ อยู่แถวพุนพิน",
         "home_province": "ลำปางค่ะ อ.เกาะคา",
         "travellers": ("สองคนค่ะ หนูกับลูก4ขวบ นับลูกในท้องด้วยมั้ยคะ", "2 คนค่ะ"),
         "urgent": "เจ้าของห้องให้อยู่ได้ถึงอาทิตย์หน้าค่ะ ยังไม่ถึงกับไม่มีที่นอน",
         "special_needs": "หนูท้องแก่ค่ะ กับลูกยังเล็ก4ขวบ",
         "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ฝน 0956620481",
         "phone": "0956620481",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ลำปาง",
                "travellers": 2, "urgent": False, "special": ["pregnant", "child"],
                "name": "ฝน", "phone": "0956620481"}),

    # wheelchair user, firm closed, evicted today, broken wheel, one thing per message;
    # Pattaya (Chon Buri) -> Udon Thani; case, urgent
    "dev62 wheelchair user evicted in Pattaya, one part": Persona(
        ("ผมนั่งวีลแชร์ครับ", "ตอนนี้อยู่พัทยา", "บริษัทปิด ห้องก็โดนไล่วันนี้"),
        {"consent": "ยินยอม",
         "idle": "ขอกลับบ้านครับ",
         "hardship": ("ไม่มีที่พักครับ", "ค่ารถกลับก็ไม่มี"),
         "id_card": "มีครับ",
         "current_province": "ชลบุรีครับ",
         "home_province": "อุดรครับ",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ",
         "special_needs": "พิการครับ ขาอ่อนแรงทั้งสองข้าง",
         "travel_alone": "ไปเองไม่ได้ครับ ต้องมีคนยกขึ้นรถ",
         "more_care": "ไม่มี",
         "needs": "ล้อรถเข็นแตกครับ อยากได้ซ่อม",
         "sensitive_consent": "ได้ครับ",
         "name": "วีระพงษ์",
         "phone": "0802217763",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี",
                "travellers": 1, "urgent": True,
                "special": ["disabled", "cannot_travel_alone"],
                "name": "วีระพงษ์", "phone": "0802217763",
                "referrals": ["disability_devices"],
                "no_referrals": ["mental_health_care", "hiv_aid"]},
        one_part=True),

    # social development volunteer writes for an old couple whose son was jailed;
    # Rayong -> Yasothon; case, not urgent
    "dev62 volunteer for old couple left alone after son jailed": Persona(
        ("เรียนเจ้าหน้าที่ค่ะ ดิฉันเป็น อพม.ในพื้นที่ ต.ทับมา อ.เมืองระยองค่ะ",
         "มีผู้สูงอายุ2ท่าน ตาอายุ81 ยายอายุ76 ลูกชายที่พามาอยู่ด้วยโดนจับคดียาเสพติด "
         "ตอนนี้อยู่เรือนจำ ท่านไม่มีรายได้ ไม่มีคนดูแลค่ะ",
         "ท่านอยากกลับบ้านที่ยโสธรค่ะ"),
        {"consent": "ยินยอมค่ะ ท่านทั้งสองยินยอมแล้ว",
         "idle": "ขอความช่วยเหลือส่งท่านกลับภูมิลำเนาค่ะ",
         "hardship": "ไม่มีรายได้ ไม่มีคนดูแล ไม่มีค่ารถกลับค่ะ",
         "id_card": "มีบัตรทั้งสองท่านค่ะ",
         "current_province": "ระยองค่ะ",
         "home_province": "ยโสธรค่ะ อ.กุดชุม มีหลานอยู่",
         "travellers": "2ท่านค่ะ ตากับยาย",
         "urgent": "ยังพักบ้านเช่าเดิมได้ค่ะ ค่าเช่าจ่ายถึงสิ้นเดือน แต่ข้าวสารใกล้หมด",
         "special_needs": "ผู้สูงอายุทั้งคู่ค่ะ",
         "travel_alone": "ไปด้วยกันเองได้ค่ะ ยายยังแข็งแรงดูแลตาได้",
         "more_care": "ไม่มีแล้วค่ะ",
         "needs": "ขอเงินช่วยผู้สูงอายุที่ลำบากด้วยได้ไหมคะ "
                  "แล้วเบี้ยยังชีพของท่านย้ายไปรับที่ยโสธรได้ไหม",
         "sensitive_consent": "ได้ค่ะ",
         "name": "วันเพ็ญ อพม. 0833047715",
         "phone": "0833047715",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "ยโสธร",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "name": "วันเพ็ญ", "phone": "0833047715",
                "referrals": ["elderly_hardship_grant", "elderly_allowance"],
                "no_referrals": ["hiv_aid", "mental_health_care"]}),

    # man with HIV out of work, staying at a friend's for a week, no spaces;
    # Rangsit (Pathum Thani) -> Trang; case, not urgent
    "dev62 man with HIV out of work in Rangsit": Persona(
        ("ขอความช่วยเหลือครับผมตกงานมา2เดือนแล้วอยู่รังสิตอยากกลับบ้านที่ตรังแต่ไม่มีค่ารถ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีรายได้ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "ปทุมธานีครับรังสิตคลอง3",
         "home_province": "ตรังครับอ.ห้วยยอด",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนมากครับตอนนี้อาศัยห้องเพื่อนอยู่ได้อีกสักอาทิตย์",
         "special_needs": "ไม่มีครับเดินทางเองได้",
         "more_care": "ไม่มีครับ",
         "needs": "มีครับแต่ไม่อยากให้ใครรู้ผมติดเชื้อHIVยาต้านใกล้หมดอยากไปรับยาต่อที่รพ.ห้วยยอด",
         "sensitive_consent": "บันทึกได้ครับแต่อย่าบอกคนที่บ้านนะครับ",
         "name": "เจ 0623318840",
         "phone": "0623318840",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ตรัง",
                "travellers": 1, "urgent": False, "special": [],
                "name": "เจ", "phone": "0623318840", "referrals": ["hiv_aid"]}),

    # woman released today with a baby born inside, trained in Thai massage,
    # one thing per message; Chiang Mai -> Kanchanaburi; case, urgent
    "dev62 woman released with baby, wants massage work, one part": Persona(
        ("สวัสดีค่ะ",
         "พึ่งพ้นโทษออกมาจากทัณฑสถานหญิงเชียงใหม่วันนี้ค่ะ มีลูกอ่อนมาด้วย"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": ("ไม่มีค่ารถค่ะ", "ไม่มีที่นอนด้วยค่ะ"),
         "id_card": "มีค่ะ ทำให้ตอนอยู่ข้างใน",
         "current_province": "เชียงใหม่ค่ะ",
         "home_province": "กาญจนบุรีค่ะ",
         "travellers": "2 คนค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกเล็กค่ะ ขวบนึง",
         "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "อยากทำงานนวดค่ะ เรียนนวดแผนไทยมาตอนอยู่ข้างใน",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ปราณี",
         "phone": "0984405126",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "กาญจนบุรี",
                "travellers": 2, "urgent": True, "special": ["child"],
                "name": "ปราณี", "phone": "0984405126",
                "referrals": ["thai_massage_training"], "no_referrals": list(HEALTH)},
        one_part=True),

    # neighbour writes for a 63-year-old diabetic widow put out of her room today;
    # Pak Kret (Nonthaburi) -> Lopburi; case, urgent
    "dev62 neighbour for diabetic widow evicted in Pak Kret": Persona(
        ("สวัสดีครับ ผมเป็นเพื่อนข้างห้องป้าแก อยากช่วยถามให้ครับ ป้าแกใช้มือถือไม่เป็น",
         "ป้าอายุ63 เป็นเบาหวาน แผลที่เท้ายังไม่หาย ผัวแกตายเดือนก่อน เจ้าของห้องให้ออกวันนี้",
         "ป้าอยากกลับไปอยู่กับน้องสาวที่ลพบุรีครับ"),
        {"consent": "ป้าบอกยินยอมครับ",
         "idle": "ช่วยส่งป้ากลับบ้านครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงิน ไม่มีค่ารถครับ",
         "id_card": ("เดี๋ยวนะครับ ถามป้าก่อน", "มีครับ บัตรยังไม่หมดอายุ"),
         "current_province": "นนทบุรีครับ ปากเกร็ด แถวท่าน้ำ",
         "home_province": "ลพบุรีครับ อ.บ้านหมี่",
         "travellers": "ป้าคนเดียวครับ",
         "urgent": "ด่วนครับ ของแกกองอยู่หน้าห้องแล้ว คืนนี้ไม่มีที่นอน ห้องผมเล็กให้นอนด้วยไม่ได้",
         "special_needs": "ป้าสูงอายุ เป็นเบาหวาน เดินช้าๆได้ครับ",
         "travel_alone": "ไปเองได้ครับ นั่งรถตู้ไปลงบ้านหมี่ น้องแกมารับ",
         "more_care": "ไม่มีครับ",
         "needs": "ป้าอยากรักษาเบาหวานต่อที่โน่นครับ ยาใกล้หมด",
         "sensitive_consent": "ได้ครับ ป้าบอกได้",
         "name": "ผมชื่อโจ้ครับ 0859931142 ป้าชื่อบุญเรือน",
         "phone": "0859931142",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ลพบุรี",
                "travellers": 1, "urgent": True, "special": ["elderly", "sick"],
                "phone": "0859931142", "referrals": ["medical_services"],
                "no_referrals": ["hiv_aid", "mental_health_care"]}),

    # young man with epilepsy let go by a factory, asks about the real ID card first,
    # corrects himself about the card; Mahachai (Samut Sakhon) -> Phetchabun; case, urgent
    "dev62 factory worker with epilepsy asks about ID first": Persona(
        ("สอบถามครับ ต้องใช้บัตรประชาชนตัวจริงไหมครับ",
         "คือผมชักที่โรงงานที่มหาชัย เขาเลยให้ออก ตอนนี้ไม่มีเงินกลับบ้าน"),
        {"consent": "ครับ ยินยอม",
         "idle": "ขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "ไม่มีเงิน ไม่มีค่ารถ ที่นอนก็ไม่มี หอโรงงานให้ออกแล้วครับ",
         "id_card": "บัตรอยู่กับหัวหน้าที่โรงงานครับ เขายึดไว้ตอนเข้างาน... "
                    "เอ้ยไม่ใช่ ได้คืนแล้วครับเมื่อวาน อยู่ในกระเป๋า",
         "current_province": "มหาชัยครับ สมุทรสาคร",
         "home_province": "เพชรบูรณ์ครับ หล่มสัก",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ เมื่อคืนนอนศาลาวัด คืนนี้ก็ยังไม่รู้จะนอนไหน",
         "special_needs": "ผมเป็นลมชักครับ แต่กินยาอยู่",
         "travel_alone": "ไปเองได้ครับ",
         "more_care": "ไม่มีครับ",
         "needs": "อยากหางานแถวบ้านครับ ที่เขารับคนเป็นลมชัก",
         "sensitive_consent": "ได้ครับ",
         "name": "ณัฐวุฒิ ครับ 0657782903",
         "phone": "0657782903",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "name": "ณัฐวุฒิ", "phone": "0657782903",
                "referrals": ["job_placement"],
                "no_referrals": ["hiv_aid", "mental_health_care"]}),

    # 72-year-old man pickpocketed outside Bang Khwang prison while visiting his son,
    # Thai digits, one thing per message; Nonthaburi -> Sukhothai; case, urgent
    "dev62 old man robbed outside Bang Khwang, one part": Persona(
        ("สวัสดี", "ตามาเยี่ยมลูกที่คุกบางขวาง โดนล้วงกะเป๋า ตังหายหมด"),
        {"consent": "ยินยอม",
         "idle": "ช่วยตาด้วย",
         "hardship": ("ไม่มีค่ารถ", "ไม่มีที่นอน"),
         "id_card": "มีบัตร บัตรอยู่ในกะเป๋าเสื้อไม่หาย",
         "current_province": ("หน้าคุกบางขวาง", "นนทบุรี"),
         "home_province": "สุโขทัย",
         "travellers": "คนเดียว",
         "urgent": "ด่วน ไม่มีที่นอนคืนนี้",
         "special_needs": "ตาอายุ๗๒",
         "travel_alone": "ไปเองได้ มาเองก็ได้",
         "more_care": "ไม่มี",
         "needs": "ไม่มี",
         "sensitive_consent": "ได้",
         "name": "เปลี่ยน",
         "phone": "๐๘๑๖๖๒๐๓๙๗",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "สุโขทัย",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "เปลี่ยน", "phone": "0816620397",
                "no_referrals": list(HEALTH)},
        one_part=True),

    # husband of a cervical cancer patient after radiotherapy, asks how long it takes,
    # fixes his phone number at the summary; Khon Kaen -> Loei; case, urgent
    "dev62 husband of cancer patient after radiotherapy": Persona(
        ("สวัสดีครับ ภรรยาผมเป็นมะเร็งปากมดลูก มาฉายแสงที่ศรีนครินทร์ มข.ครับ",
         "ฉายครบแล้ว หมอให้กลับไปพักที่บ้าน แต่เงินหมดเกลี้ยง บ้านอยู่เลยครับ",
         "ขอถามก่อนครับ ถ้าขอแล้วกี่วันถึงได้"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอยื่นเรื่องเลยครับ",
         "hardship": "ไม่มีค่ารถกลับครับ สองคืนแล้วนอนใต้ตึก รปภ.ก็ไล่",
         "id_card": "มีทั้งสองคนครับ",
         "current_province": "ขอนแก่นครับ",
         "home_province": "เลยครับ อ.ด่านซ้าย",
         "travellers": "2คนครับ ผมกับเมีย",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน เมียก็อ่อนเพลียมาก",
         "special_needs": "เมียป่วยครับ เป็นมะเร็ง เพิ่งฉายแสงเสร็จ",
         "travel_alone": "ผมไปด้วยครับ ดูแลเองได้",
         "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "สุริยา 0896025534",
         "phone": "0896025534",
         "confirm": ("เบอร์ผิดครับ 0896025543 ครับ", "ถูกต้องครับ")},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย",
                "travellers": 2, "urgent": True, "special": ["sick"],
                "name": "สุริยา", "phone": "0896025543",
                "no_referrals": ["hiv_aid", "mental_health_care"]}),

    # --- refused ---

    # 80-year-old grandmother in Nakhon Ping hospital wants to go home to Fang, same
    # province; Chiang Mai -> Chiang Mai; refused (ภูมิลำเนา)
    "dev62 grandma in Nakhon Ping hospital, home in Fang": Persona(
        ("สวัสดีเจ้า ยายพิมพ์เองเน้อ หลานสอนให้",
         "ยายมานอนโรงพยาบาลนครพิงค์ หมอให้กลับแล้ว ยายบ่มีสตางค์ค่ารถกลับบ้าน"),
        {"consent": "ยินยอมเจ้า",
         "idle": "ยายอยากกลับบ้าน",
         "hardship": "บ่มีค่ารถกลับบ้านเจ้า",
         "id_card": "มีเจ้า",
         "current_province": "เชียงใหม่ โรงพยาบาลนครพิงค์",
         "home_province": "ฝางเจ้า เชียงใหม่นี่แหละ",
         "travellers": "ยายคนเดียว",
         "urgent": "หมอให้ออกวันนี้เจ้า",
         "special_needs": "ยายอายุ80แล้ว",
         "travel_alone": "ไปเองบ่ได้ ต้องมีคนพา",
         "more_care": "บ่มีเจ้า",
         "needs": "บ่มีเจ้า",
         "sensitive_consent": "ได้เจ้า",
         "name": "ยายจันทร์ 0931180264",
         "phone": "0931180264",
         "confirm": "ถูกแล้วเจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # man released from Ubon prison, card lost long ago, no letter, nothing at all;
    # Ubon Ratchathani -> Kamphaeng Phet; refused (หนังสือรับรอง)
    "dev62 released from Ubon prison with no papers at all": Persona(
        ("ออกจากคุกอุบลมา3วันแล้วครับ",
         "ไม่มีเงินกลับบ้านที่กำแพงเพชร นอนวัดอยู่"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากได้ค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ",
         "id_card": "ไม่มีครับ หายไปตั้งแต่ก่อนโดนจับ",
         "nationality_letter": "ไม่มีครับ ไม่มีเอกสารอะไรเลย ใบที่เรือนจำให้มาก็หายไปแล้ว",
         "current_province": "อุบลครับ",
         "home_province": "กำแพงเพชรครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "อยากทำบัตรใหม่ครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "แดง 0667349120",
         "phone": "0667349120",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Thai neighbour writes for a Lao man with a stroke who wants to go home to Laos;
    # Samut Prakan -> Laos; refused (สัญชาติ)
    "dev62 neighbour for Lao man after a stroke": Persona(
        ("สวัสดีค่ะ ขอถามแทนลุงข้างบ้านค่ะ",
         "ลุงเป็นอัมพฤกษ์ครึ่งซีก ทำงานไม่ได้แล้ว ไม่มีเงิน อยากกลับบ้าน",
         "แต่ลุงเป็นคนลาวนะคะ มีพาสปอร์ตลาว ไม่มีบัตรไทย แบบนี้ได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากให้ช่วยส่งลุงกลับบ้านค่ะ",
         "hardship": "ไม่มีรายได้ ไม่มีค่ารถค่ะ",
         "id_card": "ไม่มีบัตรไทยค่ะ เขาเป็นคนลาว มีแต่พาสปอร์ต",
         "nationality_letter": "ไม่มีค่ะ เขาไม่ใช่คนไทย",
         "current_province": "สมุทรปราการค่ะ บางพลี",
         "home_province": "บ้านเขาอยู่สะหวันนะเขตค่ะ ข้ามที่มุกดาหาร",
         "travellers": "ลุงคนเดียวค่ะ",
         "urgent": "ยังอยู่ห้องเช่าได้ค่ะ",
         "special_needs": "ลุงเดินไม่ค่อยได้ค่ะ",
         "travel_alone": "ไปเองไม่ได้ค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "นก 0870052316",
         "phone": "0870052316",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # --- answered ---

    # man three months in a wheelchair asks the disability allowance; answered
    "dev62 new wheelchair user asks disability allowance": Persona(
        ("สวัสดีครับ ผมพึ่งรถคว่ำ นั่งวีลแชร์ได้3เดือน",
         "เบี้ยคนพิการได้เดือนละเท่าไหร่ครับ ต้องทำไงบ้าง"),
        {"consent": "ยินยอมครับ",
         "idle": "แค่นี้ครับ ขอบคุณครับ",
         "needs": "ไม่มีครับ ถามเฉยๆ"},
        outcome="answered", answered="800"),

    # granddaughter asks the hardship grant for her 83-year-old grandmother at home
    # in Amnat Charoen; answered
    "dev62 granddaughter asks elderly hardship grant": Persona(
        ("ยายหนูอายุ83 อยู่คนเดียวที่อำนาจ ลำบากมากค่ะ",
         "เคยได้ยินว่ามีเงินช่วยผู้สูงอายุที่ลำบาก ได้ครั้งละกี่บาทคะ ปีนึงขอได้กี่ครั้ง"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอบคุณค่ะ แค่อยากรู้ก่อน",
         "needs": "ไม่มีค่ะ"},
        outcome="answered", answered="2,500"),

    # aunt asks, no spaces, which number to call at night and whether it costs; answered
    "dev62 aunt asks the night hotline, no spaces": Persona(
        ("ป้าอยากถามว่าถ้าติดอยู่ต่างจังหวัดกลางคืนกลับบ้านไม่ได้โทรเบอร์ไหนได้บ้างมีเสียตังไหม",),
        {"consent": "ยินยอม",
         "idle": "ถามไว้ก่อนเฉยๆจ้ะ ขอบใจ",
         "needs": "ไม่มีจ้ะ"},
        outcome="answered", answered="1300"),
}
