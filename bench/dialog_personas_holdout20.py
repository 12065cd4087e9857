"""Dialog personas, set "holdout20" (held-out set).

Date: 2026-12-07. Written from the seeds only.

Focus: a broad mix of the people the 1300 service meets, from every region of
Thailand (Bangkok and the central plains, the east, the west, the north, Isan and
the deep south): stranded workers whose pay was withheld, people cheated by fake job
offers or robbed, people just released from prison or on parole, families with young
children, elders, a pregnant woman, sick people (HIV, cancer, psychiatric illness),
people with disabilities (wheelchair user, deaf person), and people who write for
someone else (a station guard, a foundation volunteer, a granddaughter, relatives).
They write in every register: Isan, northern and southern dialect, teen slang,
broken Thai of a deaf writer and of a migrant worker, typos and missing spaces, Thai
digits, emoji, one-word answers, long stories, corrections, district and landmark
names instead of provinces, and one to three opening messages.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan builder, contractor ran off with wages, sleeping at Mo Chit, Bangkok -> Roi Et; case
    "holdout20 Isan builder stiffed by contractor at Mo Chit": Persona(
        ("สะบายดีครับ",
         "ขอความช่วยเหลือแหน่ครับ ผู้รับเหมาเชิดเงินหนี ค่าแรงบ่ได้จักบาท",
         "ตอนนี้นอนอยู่หมอชิตครับ อยากกลับบ้านร้อยเอ็ด บ่มีค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ เงินหมดแล้ว",
         "id_card": "มีครับ บัตรยังบ่หมดอายุ", "nationality_letter": "บ่มีครับ แต่มีบัตรอยู่",
         "current_province": "กรุงเทพครับ หมอชิตใหม่",
         "home_province": "ร้อยเอ็ดครับ อำเภอเสลภูมิ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ก็นอนท่ารถอีก", "special_needs": "บ่มีครับ",
         "more_care": "บ่มี", "travel_alone": "ไปเองได้ครับ",
         "needs": "บ่มีครับ ขอแค่ได้กลับบ้าน", "sensitive_consent": "ยินยอมครับ",
         "name": "บุญมีครับ", "phone": "081-774-2390", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "บุญมี", "phone": "0817742390"}),

    # southern woman, bag snatched in Patong, Phuket -> Nakhon Si Thammarat; case
    "holdout20 southern woman robbed in Patong": Persona(
        ("ช่วยด้วยค่ะ โดนกระชากกระเป๋าที่ป่าตองเมื่อคืน ตังหมดเลยหลาว 😭",
         "บัตรประชาชนยังอยู่ค่ะ เหน็บไว้ในกระเป๋ากางเกง แต่เงินไม่เหลือสักบาท ไม่รู้จะกลับบ้านยังไงแล้วนิ"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากได้ค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ แล้วก็ไม่มีข้าวกินด้วย",
         "id_card": "มีค่ะ บัตรไม่หาย", "nationality_letter": "ไม่มีค่ะ แต่บัตรอยู่กับตัว",
         "current_province": "ภูเก็ตค่ะ ตอนนี้ฉานนั่งอยู่หน้าโรงพักป่าตอง",
         "home_province": "นครศรีฯ ค่ะ อำเภอทุ่งสง", "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่ซุกหัวนอนเลย ห้องพักหมดสัญญาแล้ว",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "ม่ายมีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "จิราพร ค่ะ",
         "phone": "๐๘๙ ๔๕๑ ๒๒๗๓", "confirm": "ถูกแล้วค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "จิราพร", "phone": "0894512273"}),

    # parolee just out of Khao Bin prison, expired card + village-head letter, Ratchaburi -> Chaiyaphum; case
    "holdout20 parolee from Khao Bin, expired card": Persona(
        ("ผมเพิ่งได้พักโทษออกจากเรือนจำกลางเขาบินเมื่อเช้าครับ",
         "ไม่มีเงินกลับบ้านที่ชัยภูมิ ต้องไปรายงานตัวคุมประพฤติที่โน่นภายใน 15 วัน"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ เงินที่เหลือจากในเรือนจำมี 60 บาท",
         "id_card": "มีครับแต่หมดอายุไปตั้งแต่ตอนอยู่ข้างใน",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านออกหนังสือรับรองให้ ผมถือมาด้วย",
         "current_province": "ราชบุรีครับ อำเภอเมือง",
         "home_province": "ชัยภูมิ อำเภอภูเขียวครับ", "travellers": "คนเดียว",
         "urgent": "ด่วนครับ ไม่มีที่นอนคืนนี้", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ แล้วก็อยากได้งานทำครับ จะได้ไม่กลับไปทำผิดอีก",
         "sensitive_consent": "ยินยอมครับ", "name": "นายสุริยา ครับ",
         "phone": "ยังไม่มีมือถือครับ ใช้เบอร์แม่ได้ไหม 0862219054",
         "confirm": "ครับ ถูกต้อง"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "สุริยา", "phone": "0862219054"}),

    # mother of two, factory closed, evicted today, Si Racha (Chonburi) -> Nakhon Phanom; case
    "holdout20 family of four evicted in Si Racha": Persona(
        ("สวัสดีค่ะ ขอรบกวนหน่อยนะคะ",
         "คือโรงงานที่แฟนทำอยู่ที่ศรีราชาปิดไปเดือนที่แล้วค่ะ ไม่จ่ายค่าแรงเดือนสุดท้าย หางานใหม่ก็ยังไม่ได้ เงินเก็บหมดแล้ว เจ้าของห้องให้ออกภายในวันนี้ค่ะ",
         "มีลูก2คน คนโต6ขวบ คนเล็กขวบครึ่ง อยากกลับไปอยู่กับแม่ที่นครพนม แต่ไม่มีเงินค่ารถเลยค่ะ 🙏🙏"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ แล้วก็ไม่มีที่อยู่แล้วด้วย",
         "id_card": "มีค่ะ ทั้งเราและแฟน", "nationality_letter": "ไม่มีค่ะ แต่มีบัตรค่ะ",
         "current_province": "ชลบุรีค่ะ ศรีราชา",
         "home_province": "นครพนมค่ะ อ.ธาตุพนม",
         "travellers": "3 คนค่ะ เอ้ย ไม่ใช่ 4 คน ลืมนับตัวเอง ฉัน แฟน แล้วก็ลูกอีก 2",
         "urgent": "ด่วนค่ะ ต้องออกจากห้องวันนี้ คืนนี้ยังไม่รู้จะนอนไหน",
         "special_needs": "มีลูกเล็กสองคนค่ะ 6 ขวบกับขวบครึ่ง",
         "more_care": "ไม่มีแล้วค่ะ", "travel_alone": "ลูกไปกับเราค่ะ",
         "needs": "แฟนอยากได้งานที่นครพนมค่ะ ถ้ามี",
         "sensitive_consent": "ยินยอมค่ะ", "name": "วิไลวรรณ ค่ะ",
         "phone": "093-128-4476", "confirm": "ถูกต้องค่ะ ขอบคุณมากๆเลยค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครพนม",
                "travellers": 4, "urgent": True, "special": ["child"],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "วิไลวรรณ", "phone": "0931284476"}),

    # station guard writes for an abandoned grandmother at Bang Sue, Bangkok -> Phitsanulok; case
    "holdout20 guard writes for abandoned grandmother at Bang Sue": Persona(
        ("สวัสดีครับ ผมเป็น รปภ. อยู่สถานีกลางบางซื่อ",
         "มียายคนนึงนั่งอยู่ตั้งแต่เมื่อวาน ลูกชายพามาทิ้งไว้ บอกจะไปซื้อตั๋วแล้วไม่กลับมา ยายอายุ 78 อยากกลับบ้านที่พิษณุโลก แกไม่มีเงินเลยครับ"),
        {"consent": "ยายยินยอมครับ ผมอ่านให้ฟังแล้ว", "idle": "ขอให้ช่วยส่งยายกลับบ้านครับ",
         "hardship": "ยายถูกทิ้งครับ ไม่มีเงิน ไม่มีที่ไป",
         "id_card": "มีครับ อยู่ในกระเป๋ายาย ผมดูให้แล้ว",
         "nationality_letter": "ไม่มีครับ แต่ยายมีบัตร",
         "current_province": "กรุงเทพครับ สถานีกลางกรุงเทพอภิวัฒน์ บางซื่อ",
         "home_province": "พิษณุโลกครับ ยายบอกว่าอยู่บางระกำ",
         "travellers": "ยายคนเดียวครับ ผมไปด้วยไม่ได้ ต้องเข้าเวร",
         "urgent": "ด่วนครับ ยายนอนที่สถานีมาคืนนึงแล้ว",
         "special_needs": "ยายแก่แล้วครับ 78 ปี เดินช้า",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไม่ได้ครับ ยายอ่านหนังสือไม่ออก ไม่เคยขึ้นรถไฟเอง กลัวหลง",
         "needs": "ยายบอกไม่เคยได้เบี้ยคนแก่ครับ อยากให้ช่วยดูด้วย",
         "sensitive_consent": "ยินยอมครับ", "name": "ยายชื่อ ทองใบ ครับ",
         "phone": "ยายไม่มีโทรศัพท์ครับ ใช้เบอร์ผม 0614458823 ได้",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort", "elderly_allowance"],
                "no_referrals": HEALTH, "name": "ทองใบ", "phone": "0614458823"}),

    # pregnant woman left by partner, Mahachai (Samut Sakhon) -> Kalasin, not urgent; case
    "holdout20 pregnant woman left in Mahachai": Persona(
        ("ท้อง7เดือนค่ะะ แฟนทิ้งไปแล้ว อยู่มหาชัย อยากกลับไปคลอดที่บ้านกาฬสินธุ์ แต่ไม่มีตังค่ารถเลย",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ งานก็ทำไม่ได้แล้ว ท้องแก่",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ มีแต่บัตร",
         "current_province": "สมุทรสาครค่ะ มหาชัย",
         "home_province": "กาฬสินธุ์ค่ะ อ.ยางตลาด", "travellers": "คนเดียวค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ ตอนนี้อาศัยห้องเพื่อนอยู่ได้อีกอาทิตย์นึง",
         "special_needs": "ตัวเองท้อง 7 เดือนค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ไหว",
         "needs": "ไม่มีค่ะ กลับไปแม่ดูแล", "sensitive_consent": "ยินยอมค่ะ",
         "name": "น้ำฝน", "phone": "0985530612", "confirm": "ค่ะ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "น้ำฝน", "phone": "0985530612"}),

    # man with HIV, lost orchard job, Chanthaburi -> Chiang Rai; case, one part at a time
    "holdout20 orchard worker with HIV in Chanthaburi": Persona(
        ("สวัสดีครับ",
         "ผมติดเชื้อเอชไอวีครับ ตกงานจากสวนทุเรียนที่จันท์ อยากกลับบ้านไปรักษาต่อที่เชียงราย"),
        {"consent": "ครับ ยินยอม", "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "ไม่มีค่ารถ", "id_card": "มีครับ", "nationality_letter": "ไม่มี",
         "current_province": "จันทบุรี", "home_province": "เชียงราย แม่สาย",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ นายจ้างให้ออกจากที่พักคนงานแล้ว",
         "special_needs": "ผมป่วยครับ ติดเชื้อ ยาต้านจะหมดอาทิตย์หน้า",
         "more_care": "ไม่มี", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากรับยาต้านต่อที่ รพ.แม่สาย ครับ",
         "sensitive_consent": "ยินยอมครับ", "name": "ชัยวัฒน์",
         "phone": "0645127788", "confirm": "ใช่ครับ"},
        one_part=True,
        expect={"eligible": True, "current": "จันทบุรี", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["hiv_aid"], "name": "ชัยวัฒน์", "phone": "0645127788"}),

    # wheelchair lottery seller paid with fake notes, Nakhon Pathom -> Det Udom (Ubon); case
    "holdout20 wheelchair lottery seller cheated in Nakhon Pathom": Persona(
        ("ผมนั่งวีลแชร์ขายลอตเตอรี่อยู่นครปฐมครับ โดนโกง คนซื้อจ่ายแบงค์ปลอมไปเกือบหมดแผง ทุนหมดเลย",
         "อยากกลับบ้านที่เดชอุดมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ทุนหมด", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ มีบัตร",
         "current_province": "นครปฐมครับ แถวองค์พระ",
         "home_province": "อุบลครับ อ.เดชอุดม", "travellers": "คนเดียวครับ",
         "urgent": "ไม่ถึงกับด่วนครับ ยังนอนห้องเช่าได้ถึงสิ้นเดือน",
         "special_needs": "ผมขาขาดทั้งสองข้างครับ นั่งวีลแชร์",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปคนเดียวไม่ได้ครับ ขึ้นลงรถเองไม่ได้ ต้องมีคนช่วยยกรถเข็น",
         "needs": "ยังไม่ได้ทำบัตรคนพิการครับ อยากได้เบี้ยคนพิการ",
         "sensitive_consent": "ยินยอม", "name": "สมศักดิ์",
         "phone": "08-1556-3092", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครปฐม", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": False,
                "special": ["disabled", "cannot_travel_alone"],
                "referrals": ["travel_escort", "disability_allowance"],
                "no_referrals": HEALTH, "name": "สมศักดิ์", "phone": "0815563092"}),

    # foundation volunteer writes for a psychiatric patient off meds, Surat Thani -> Khon Kaen; case
    "holdout20 volunteer writes for psychiatric patient at Surat terminal": Persona(
        ("เรียนเจ้าหน้าที่ครับ ผมเป็นอาสามูลนิธิอยู่สุราษฎร์ฯ",
         "เจอผู้ชายอายุประมาณ 30 เดินเร่ร่อนอยู่ที่ บขส.สุราษฎร์ ครับ คุยรู้เรื่องบ้างไม่รู้เรื่องบ้าง บอกว่าเป็นผู้ป่วยจิตเวช ยาหมดมาหลายวัน",
         "ค้นกระเป๋าเจอบัตรประชาชน ที่อยู่ตามบัตรเป็นขอนแก่นครับ โทรหาญาติได้แล้ว ญาติรออยู่ที่บ้าน"),
        {"consent": "เขาพยักหน้ายินยอมครับ ผมอธิบายให้ฟังแล้ว",
         "idle": "ขอให้ช่วยส่งเขากลับบ้านครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงินครับ เร่ร่อน", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ แต่มีบัตร",
         "current_province": "สุราษฎร์ธานีครับ",
         "home_province": "ขอนแก่นครับ อ.ชุมแพ", "travellers": "เขาคนเดียวครับ",
         "urgent": "ด่วนครับ เขาไม่มีที่นอน นอนข้างท่ารถ",
         "special_needs": "เขาป่วยจิตเวชครับ ขาดยา", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองไม่ได้ครับ กลัวหลงหรือลงผิดที่",
         "needs": "อยากให้เขาได้รักษาต่อ ได้รับยาจิตเวชครับ",
         "sensitive_consent": "ยินยอมครับ ญาติเขาก็โอเค",
         "name": "ชื่อเขาตามบัตร นายธีรวัฒน์ ครับ",
         "phone": "เบอร์ผมนะครับ 0823901457", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ขอนแก่น",
                "travellers": 1, "urgent": True,
                "special": ["sick", "cannot_travel_alone"],
                "referrals": ["travel_escort", "mental_health_care"],
                "name": "ธีรวัฒน์", "phone": "0823901457"}),

    # woman lured by fake factory job, stuck in Mae Sot (Tak) -> Yasothon; case
    "holdout20 fake job victim stuck in Mae Sot": Persona(
        ("มีคนในเฟสมาชวนไปทำงานโรงงานที่แม่สอด บอกเงินเดือน 18000 ให้โอนค่าชุดค่าเอกสาร 3500 พอมาถึงไม่มีโรงงานจริง ติดต่อไม่ได้เลยค่ะ โดนหลอก",
         "ตอนนี้ติดอยู่แม่สอด เงินเหลือ 40 บาท อยากกลับยโสธรค่ะ ช่วยหน่อยได้มั้ยคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ ข้าวก็ยังไม่ได้กิน",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ มีบัตร",
         "current_province": "ตากค่ะ อ.แม่สอด", "home_province": "ยโสธรค่ะ อ.คำเขื่อนแก้ว",
         "travellers": "คนเดียวค่ะ", "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากได้งานทำแถวบ้านค่ะ ที่ไม่หลอก",
         "sensitive_consent": "ยินยอมค่ะ", "name": "ปิยะนุช",
         "phone": "0956634120", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ตาก", "home": "ยโสธร",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ปิยะนุช", "phone": "0956634120"}),

    # teen whose motorbike broke down in Hua Hin (Prachuap) -> U Thong (Suphan); case, one part, fixes phone
    "holdout20 teen with broken motorbike in Hua Hin": Persona(
        ("ฮัลโหลลล",
         "คือผมขี่มอไซค์มาเที่ยวหัวหินกะเพื่อน รถพังงับ ซ่อมไปหมดตัวเลย เพื่อนก็ทิ้งกลับไปก่อนแล้ว 5555 ไม่ขำละ"),
        {"consent": "ได้ครับ ยอม", "idle": "ขอตังค่ารถกลับบ้านได้มั้ยงับ",
         "hardship": "ไม่มีค่ารถกลับบ้านอ่ะครับ", "id_card": "มีงับ",
         "nationality_letter": "ไม่มีอ่ะ มีบัตร",
         "current_province": "หัวหินครับ ประจวบ", "home_province": "สุพรรณงับ อู่ทอง",
         "travellers": "คนเดียว", "urgent": "ก็ด่วนอ่ะครับ คืนนี้ไม่รู้นอนไหน",
         "special_needs": "ม่ายมีครับ", "more_care": "ไม่มี",
         "travel_alone": "ได้ครับ", "needs": "ไม่มีครับ รถทิ้งไว้ร้านซ่อมก่อน",
         "sensitive_consent": "ได้ครับ", "name": "ไอซ์ ครับ",
         "phone": "0925581407",
         "confirm": ("เบอร์ผิดครับ ที่ถูกคือ 0925581470", "ถูกแล้วครับ")},
        one_part=True,
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "สุพรรณบุรี",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "ไอซ์", "phone": "0925581470"}),

    # northern elderly couple, daughter moved away, Pak Kret (Nonthaburi) -> Nan, sleeping at a temple; case, one part
    "holdout20 northern elderly couple in Pak Kret": Persona(
        ("สวัสดีเจ้า",
         "ลุงกับป้ามาหาลูกสาวที่ปากเกร็ด ลูกสาวย้ายห้องไปแล้ว ติดต่อบ่ได้ เงินก็หมดแล้วเจ้า ขอค่ารถกลับน่านได้ก่อ"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีค่ารถกลับบ้านเจ้า", "id_card": "มีเจ้า ทั้งสองคน",
         "nationality_letter": "บ่มีเจ้า มีแต่บัตร",
         "current_province": "นนทบุรีเจ้า ปากเกร็ด",
         "home_province": "น่านเจ้า อำเภอปัว", "travellers": "๒ คนเจ้า ลุงกับป้า",
         "urgent": "บ่ด่วนเจ้า ตอนนี้อาศัยวัดนอนอยู่ พระท่านให้นอนได้",
         "special_needs": "ลุงอายุ ๗๒ ป้า ๖๘ เจ้า", "more_care": "บ่มีแล้วเจ้า",
         "travel_alone": "ไปกันเองได้เจ้า ขึ้นรถทัวร์ที่หมอชิตเป็น",
         "needs": "บ่มีเจ้า ได้เบี้ยคนเฒ่าอยู่แล้ว", "sensitive_consent": "ยินยอมเจ้า",
         "name": "ป้าจันทร์เจ้า", "phone": "๐๘๔ ๖๗๒ ๑๓๕๐",
         "confirm": "ถูกแล้วเจ้า ขอบใจหลาย"},
        one_part=True,
        expect={"eligible": True, "current": "นนทบุรี", "home": "น่าน",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "no_referrals": HEALTH, "name": "จันทร์", "phone": "0846721350"}),

    # Muslim mother and son thrown out by restaurant owner, Ayutthaya -> La-ngu (Satun); case
    "holdout20 Satun mother and son thrown out in Ayutthaya": Persona(
        ("สวัสดีค่ะ รบกวนสอบถามค่ะ คือดิฉันมาทำงานร้านอาหารที่อยุธยาได้สามเดือน นายจ้างไม่จ่ายเงินเดือนเลย พอทวงก็ไล่ออก ของก็โยนออกมานอกห้อง ตอนนี้พาลูกชายมานั่งอยู่ที่ศาลาหน้าวัดค่ะ อยากกลับบ้านที่สตูล แต่เงินเหลือไม่ถึงร้อย ไม่รู้จะทำยังไงแล้วค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีที่พัก ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีบัตรประชาชน",
         "current_province": "อยุธยาค่ะ", "home_province": "สตูลค่ะ อ.ละงู",
         "travellers": "2 คนค่ะ ดิฉันกับลูกชาย 10 ขวบ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกชาย 10 ขวบค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ลูกไปกับดิฉันค่ะ", "needs": "ไม่มีค่ะ ขอแค่กลับบ้าน",
         "sensitive_consent": "ยินยอมค่ะ", "name": "ฟาตีมะห์ ค่ะ",
         "phone": "0897703215", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "สตูล",
                "travellers": 2, "urgent": True, "special": ["child"],
                "no_referrals": HEALTH, "name": "ฟาตีมะห์", "phone": "0897703215"}),

    # woman released today from the women's prison in Chiang Mai -> Khlong Yai (Trat); case
    "holdout20 woman released from Chiang Mai women's prison": Persona(
        ("พึ่งออกจากทัณฑสถานหญิงเชียงใหม่วันนี้ค่ะ",
         "ติดคุกมา 4 ปี ครอบครัวไม่มาเอา ไม่มีเงินกลับบ้านที่ตราดค่ะ",
         "บัตรปชช.มีค่ะ ทำใหม่ก่อนออก"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "มีค่ะ เพิ่งทำใหม่",
         "nationality_letter": "ไม่มีค่ะ แต่มีบัตรแล้ว",
         "current_province": "เชียงใหม่ค่ะ", "home_province": "ตราดค่ะ อ.คลองใหญ่",
         "travellers": "คนเดียวค่ะ", "urgent": "ด่วนค่ะ ไม่มีที่นอนคืนนี้",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากหางานทำค่ะ ในคุกเรียนนวดแผนไทยมา อยากทำงานนวด",
         "sensitive_consent": "ยินยอมค่ะ", "name": "ณัฐธิดา ค่ะ",
         "phone": "0617289034", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ตราด",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ณัฐธิดา", "phone": "0617289034"}),

    # deaf car-wash worker, shop closed, Rangsit (Pathum Thani) -> Sakon Nakhon, not urgent; case
    "holdout20 deaf car-wash worker in Rangsit": Persona(
        ("สวัสดี ครับ ผม หูหนวก พูด ไม่ได้ พิมพ์ ได้",
         "ทำงาน ร้าน ล้างรถ รังสิต เจ้าของ ปิด ร้าน ตกงาน เงิน หมด บ้าน สกลนคร กลับ อยาก ค่ารถ ไม่มี"),
        {"consent": "ยินยอม ครับ", "idle": "ค่ารถ กลับ บ้าน ขอ",
         "hardship": "ค่ารถ ไม่มี", "id_card": "บัตร ประชาชน มี บัตร คนพิการ มี",
         "nationality_letter": "ไม่มี บัตร มี",
         "current_province": "ปทุมธานี รังสิต", "home_province": "สกลนคร",
         "travellers": "1 คน ผม",
         "urgent": "ไม่ ด่วน ห้อง นอน ได้ อีก 5 วัน",
         "special_needs": "ผม หูหนวก", "more_care": "ไม่มี",
         "travel_alone": "ได้ ไป เอง ได้ เคย ขึ้น รถทัวร์",
         "needs": "ไม่มี", "sensitive_consent": "ยินยอม",
         "name": "ผม ชื่อ อาทิตย์",
         "phone": "โทร ไม่ ได้ยิน ส่ง ข้อความ 0956271843", "confirm": "ถูก ครับ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "สกลนคร",
                "travellers": 1, "urgent": False, "special": ["disabled"],
                "no_referrals": HEALTH, "name": "อาทิตย์", "phone": "0956271843"}),

    # granddaughter writes: grandfather with cancer after treatment at Siriraj, Bangkok -> Lang Suan (Chumphon); case
    "holdout20 granddaughter with grandfather after Siriraj treatment": Persona(
        ("สวัสดีค่ะ หนูพาปู่มารักษาที่ศิริราชค่ะ",
         "ปู่เป็นมะเร็ง หมอนัดมาฉายแสง ตอนนี้ครบแล้วแต่เงินหมด ค่ารถกลับชุมพรไม่พอ ปู่อายุ 74 ค่ะ"),
        {"consent": "ยินยอมค่ะ ปู่ก็ยินยอม", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "มีทั้งคู่ค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีบัตรทั้งคู่",
         "current_province": "กรุงเทพค่ะ แถวศิริราช บางกอกน้อย",
         "home_province": "ชุมพรค่ะ อ.หลังสวน", "travellers": "2 คนค่ะ หนูกับปู่",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน ห้องพักญาติเต็ม",
         "special_needs": "ปู่ป่วยเป็นมะเร็งค่ะ อายุ 74 เดินช้าๆได้",
         "more_care": "ไม่มีค่ะ หนูอายุ 20 แล้ว",
         "travel_alone": "ปู่ไปได้ค่ะ หนูไปด้วย ดูแลเองได้ ไม่ต้องมีเจ้าหน้าที่",
         "needs": "ปู่ต้องไปรับยาต่อที่โรงพยาบาลหลังสวนค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "กานดาค่ะ",
         "phone": "0872346619", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชุมพร",
                "travellers": 2, "urgent": True, "special": ["elderly", "sick"],
                "referrals": ["medical_services"], "name": "กานดา",
                "phone": "0872346619"}),

    # man answering in single words, Hat Yai (Songkhla) -> Krabi; case, one part
    "holdout20 one-word answers at Hat Yai": Persona(
        ("ช่วยด้วย",),
        {"consent": "ยินยอม", "idle": "ค่ารถ", "hardship": "3", "id_card": "มี",
         "nationality_letter": "ไม่มี", "current_province": "หาดใหญ่",
         "home_province": "กระบี่", "travellers": "1", "urgent": "ด่วน",
         "special_needs": "ไม่มี", "more_care": "ไม่", "travel_alone": "ได้",
         "needs": "ไม่", "sensitive_consent": "ได้", "name": "ดล",
         "phone": "0807754216", "confirm": "ใช่"},
        one_part=True,
        expect={"eligible": True, "current": "สงขลา", "home": "กระบี่",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "ดล", "phone": "0807754216"}),

    # Myanmar construction worker with a pink card, Bang Phli (Samut Prakan) -> Mae Sot; refused (nationality)
    "holdout20 Myanmar worker in Bang Phli": Persona(
        ("สวัสดีครับ ผม ทำงาน ก่อสร้าง อยู่บางพลี ครับ งานหมดแล้ว นายจ้าง ไม่จ่ายตังค์ อยากกลับแม่สอด",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีบัตรไทยครับ ผมเป็นคนพม่า มีบัตรชมพู",
         "nationality_letter": "ไม่มีครับ มีแต่พาสปอร์ตพม่า",
         "current_province": "สมุทรปราการ บางพลี",
         "home_province": "ตาก แม่สอด เมียอยู่ที่นั่น", "travellers": "1 คน",
         "urgent": "ด่วนครับ", "special_needs": "ไม่มี", "more_care": "ไม่มี",
         "travel_alone": "ได้ครับ", "needs": "ไม่มี", "sensitive_consent": "ยินยอม",
         "name": "ซอวิน", "phone": "0659981234", "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # card burned in a room fire, no letter, Map Ta Phut (Rayong) -> Phrae; refused (no letter)
    "holdout20 card burned in Rayong fire, no letter": Persona(
        ("ห้องเช่าไฟไหม้ที่ระยองค่ะ ของไหม้หมด บัตรประชาชนก็ไหม้ไปด้วย",
         "อยากกลับบ้านแพร่ ไม่มีเงินเลยสักบาท"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีค่ารถค่ะ",
         "id_card": "ไม่มีแล้วค่ะ ไหม้ไปกับห้อง",
         "nationality_letter": "ไม่มีค่ะ ทางบ้านไม่เหลือใครแล้ว ติดต่อผู้ใหญ่บ้านก็ไม่ได้",
         "current_province": "ระยองค่ะ มาบตาพุด", "home_province": "แพร่ค่ะ อ.ร้องกวาง",
         "travellers": "คนเดียว", "urgent": "ด่วนค่ะ", "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ",
         "needs": "อยากทำบัตรใหม่ค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "สุดารัตน์", "phone": "0824467109", "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # lost wallet at Korat terminal 2, home Dan Khun Thot in the same province; refused (already home province)
    "holdout20 Korat terminal to Dan Khun Thot": Persona(
        ("อยู่ บขส.2 โคราชครับ กระเป๋าตังหาย ไม่มีค่ารถกลับบ้านที่ด่านขุนทด",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ บัตรเก็บไว้กระเป๋าเสื้อ", "nationality_letter": "ไม่มีครับ",
         "current_province": "นครราชสีมาครับ ในเมือง",
         "home_province": "ด่านขุนทดครับ โคราชนี่แหละ", "travellers": "คนเดียว",
         "urgent": "ด่วนครับ", "special_needs": "ไม่มี", "more_care": "ไม่มี",
         "travel_alone": "ได้", "needs": "ไม่มี", "sensitive_consent": "ยินยอม",
         "name": "ประเสริฐ", "phone": "0871239904", "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # Isan mother asks the disability allowance amount for her son; answered
    "holdout20 Isan mother asks disability allowance": Persona(
        ("ลูกชายพิการทางสมองเด้อค่ะ ขึ้นทะเบียนคนพิการแล้ว ได้เบี้ยคนพิการเดือนละจั๊กบาทคะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ถามเฉยๆค่ะ เรื่องเบี้ยคนพิการ"},
        outcome="answered", answered="800"),

    # granddaughter asks about the grant for elders in hardship (grandma in Phatthalung); answered
    "holdout20 asks elderly hardship grant for grandma": Persona(
        ("ยายอายุ 81 อยู่คนเดียวที่พัทลุงค่ะ ลำบากมาก",
         "ได้ยินว่ามีเงินช่วยผู้สูงอายุที่ตกอยู่ในภาวะยากลำบาก ได้ครั้งละกี่บาทคะ ปีนึงขอได้กี่ครั้ง"),
        {"consent": "ยินยอมค่ะ", "idle": "แค่อยากถามเรื่องเงินช่วยคนแก่ค่ะ"},
        outcome="answered", answered="2,500"),

    # sister asks where a released prisoner can find a job; answered
    "holdout20 sister asks jobs for released brother": Persona(
        ("พี่ชายพึ่งพ้นโทษออกมาค่ะ อยากหางานทำ มีหน่วยงานไหนช่วยหางานให้คนพ้นโทษบ้างคะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ถามเรื่องหางานให้พี่ชายค่ะ"},
        outcome="answered", answered="จัดหางาน"),
}
