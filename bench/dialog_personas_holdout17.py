"""Dialog personas, set "holdout17" (held-out set).

Date: 2026-12-07. Written from the seeds only.

Focus: a realistic mix of what hotline 1300 sees, in roughly the proportions it sees
them: most people are stranded in Bangkok (Mo Chit, Sai Tai Mai, Hua Lamphong,
Krung Thep Aphiwat, Ramkhamhaeng) or the eastern industrial belt (Pattaya, Amata,
Rayong) and want to go home to Isan, fewer to the north and the deep south; the
rest are scattered (Chiang Mai, Khon Kaen, Hat Yai, Phuket, Korat, Bang Phli).
Situations: laid off, robbed, cheated by a job broker, unpaid by a boss who ran off,
released from prison that day, fleeing a violent husband, discharged from hospital,
pregnant and abandoned, an old couple stranded, a wheelchair user, a man with HIV
who is ill, a guard typing for a confused old stranger, a daughter typing for her
mother. Writing styles vary: one long message, several short bursts, indirect
answers ("หลวงพี่ให้นอนศาลาได้", "คืนนี้นอนมัสยิดได้"), self-corrections, questions
asked in the middle of an answer, Thai digits, typos, Isan, northern and southern
dialect, and broken Thai from a hill-tribe woman and a Myanmar worker. Refusals:
not Thai, home in the same province (Korat to Pak Chong), no card and no letter.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Laid-off factory worker at Mo Chit 2, Bangkok -> Roi Et; short bursts; case, urgent.
    "holdout17 laid off at Mo Chit, short bursts": Persona(
        ("สวัสดีคับ", "โดนเลิกจ้างคับ โรงงานปิด", "ตอนนี้อยู่หมอชิตไม่มีตังกลับร้อยเอ็ด"),
        {"consent": "ยอมรับคับ", "idle": "ขอความช่วยเหลือคับ",
         "hardship": "ไม่มีค่ารถคับ เงินเหลือ40บาท",
         "id_card": "มีคับ", "current_province": "หมอชิต2คับ",
         "home_province": "ร้อยเอ็ด อ.เสลภูมิ", "travellers": "ไปคนเดียวคับ",
         "urgent": "คืนนี้ก็นอนในสถานีนี่แหละคับ ไม่มีที่ไป",
         "special_needs": "ไม่มีคับ", "travel_alone": "ไปเองได้คับ", "more_care": "ไม่มี",
         "needs": "อยากได้งานทำแถวบ้านคับ", "sensitive_consent": "ได้คับ",
         "name": "บอย 0918834562", "phone": "0918834562", "confirm": "ถูกคับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [], "name": "บอย",
                "phone": "0918834562", "referrals": ["job_placement"]}),
    # Released from Khlong Prem prison today, southern dialect -> Nakhon Si Thammarat;
    # answers one thing at a time; case, urgent, probation + work.
    "holdout17 released from Khlong Prem, southern, one part": Persona(
        ("หวัดดีครับ", "ฉานพึ่งออกจากคลองเปรมวันนี้ อยากหลบบ้านเมืองคอนแต่ไม่มีตังสักบาท"),
        {"consent": "ตกลงครับ", "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "ไม่มีตังค่ารถครับ",
         "id_card": "มีครับ เรือนจำคืนให้ตอนออก",
         "current_province": "ยังอยู่แถวหน้าเรือนจำคลองเปรม ถนนงามวงศ์วาน",
         "home_province": "ทุ่งสง นครศรีธรรมราชครับ", "travellers": "คนเดียว",
         "urgent": "คืนนี้ยังไม่รู้นอนไหนเลยครับ", "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "more_care": "ไม่มี",
         "needs": "ต้องไปรายงานตัวคุมประพฤติที่บ้านด้วย แล้วก็อยากหางานทำครับ",
         "sensitive_consent": "ได้ครับ", "name": "เอ็มครับ", "phone": "๐๘๗๒๒๓๔๑๕๖",
         "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "name": "เอ็ม",
                "phone": "0872234156",
                "referrals": ["probation_support", "job_placement"]},
        one_part=True),
    # Young woman robbed at Chiang Mai Arcade terminal -> Ubon; one long message; case, urgent.
    "holdout17 bag snatched at Chiang Mai Arcade, one long message": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือหน่อยค่ะ คือหนูมาหางานที่เชียงใหม่ได้เดือนนึงแล้วไม่ได้งาน "
         "เลยจะกลับบ้าน เมื่อคืนโดนกระชากกระเป๋าแถวขนส่งอาเขต เงินหายหมดเลยค่ะ "
         "โทรศัพท์กับบัตรประชาชนรอดเพราะอยู่ในกระเป๋ากางเกง จะกลับบ้านที่อุบลแต่ไม่มีเงินค่ารถ "
         "เมื่อคืนก็นอนเก้าอี้ในขนส่ง คืนนี้คงต้องนอนที่นี่อีกค่ะ ไปแจ้งความมาแล้วด้วย",),
        {"consent": "ยินยอมค่ะ", "idle": "ช่วยหนูด้วยนะคะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ ข้าวก็ยังไม่ได้กินตั้งแต่เมื่อวาน",
         "id_card": "มีค่ะ อยู่กับตัว", "current_province": "ขนส่งอาเขต เชียงใหม่ค่ะ",
         "home_province": "อุบลราชธานี อำเภอวารินค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่มีที่นอนค่ะ นอนเก้าอี้ขนส่ง", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "needs": "ไม่มีแล้วค่ะ ขอแค่ได้กลับบ้าน", "sensitive_consent": "ได้ค่ะ",
         "name": "จอย 0954412387", "phone": "0954412387", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": [], "name": "จอย",
                "phone": "0954412387", "referrals": []}),
    # Mother fleeing a violent husband in Pattaya with two children -> Nakhon Phanom;
    # case, urgent (unsafe), child.
    "holdout17 fleeing violence in Pattaya with two kids": Persona(
        ("ช่วยด้วยค่ะ",
         "สามีเมาแล้วทำร้ายหนูกับลูก หนีออกมาจากห้องที่พัทยาตอนตีสอง ตอนนี้นั่งอยู่ในเซเว่น"
         "ไม่กล้ากลับไปค่ะ อยากพาลูกกลับบ้านแม่ที่นครพนม ไม่มีเงินเลยค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ช่วยด้วยค่ะ กลัวเขาตามมา",
         "hardship": "ไม่มีที่อยู่ค่ะ ไม่มีเงินค่ารถ",
         "id_card": "มีค่ะ หยิบมาได้แต่กระเป๋าตังที่มีบัตร",
         "current_province": "พัทยาค่ะ ชลบุรี", "home_province": "นครพนม อ.ธาตุพนมค่ะ",
         "travellers": "3 คนค่ะ หนูกับลูกสองคน คนโต9ขวบ คนเล็ก4ขวบ",
         "urgent": "ด่วนค่ะ ไม่มีที่ไป กลัวเขาตามมาเจอ",
         "special_needs": "ลูกคนเล็ก4ขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ", "needs": "ไม่มีค่ะ ขอแค่ไปให้พ้นจากเขา",
         "sensitive_consent": "ได้ค่ะ", "name": "ปลา 0867723419", "phone": "0867723419",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครพนม",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "ปลา",
                "phone": "0867723419"}),
    # Station guard typing for a confused 72-year-old stranger at Hua Lamphong -> Phitsanulok;
    # case, urgent, elderly + cannot travel alone, escort.
    "holdout17 guard typing for lost old man at Hua Lamphong": Persona(
        ("สวัสดีครับ ผมเป็น รปภ.อยู่สถานีหัวลำโพงครับ",
         "มีคุณตาคนนึงนั่งอยู่ตั้งแต่เช้า ถามแล้วบอกจะกลับบ้านพิษณุโลก ไม่มีเงิน "
         "พูดวกไปวนมาเหมือนจำอะไรไม่ค่อยได้",
         "ช่วยยังไงได้บ้างครับ"),
        {"consent": "ได้ครับ ยินยอม", "idle": "ช่วยคุณตาด้วยครับ",
         "hardship": "ตาแกไม่มีเงินเลยครับ ไม่มีค่ารถกลับ ข้าวก็ยังไม่ได้กิน ผมซื้อให้",
         "id_card": "ในกระเป๋าแกมีบัตรประชาชนครับ ชื่อนายบุญส่ง อายุ72",
         "current_province": "หัวลำโพง กทม.ครับ",
         "home_province": "พิษณุโลกครับ ในบัตรเขียน อ.วังทอง",
         "travellers": "ตาคนเดียวครับ ผมไม่ได้ไปด้วย",
         "urgent": "ด่วนครับ ตาไม่มีที่นอน กลางคืนผมก็ให้นอนในสถานีไม่ได้",
         "special_needs": "ตาแก่แล้วครับ72 แล้วก็หลงๆลืมๆ",
         "travel_alone": "ไม่น่าไปเองได้ครับ เดี๋ยวลงผิดป้าย ต้องมีคนพาไป",
         "more_care": "ไม่มีครับ", "needs": "ช่วยตามญาติแกให้ด้วยครับ นอกนั้นไม่มี",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ผมชื่อเก่งครับ โทรหาผม 0813390472 ตาไม่มีโทรศัพท์",
         "phone": "0813390472", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"], "name": "เก่ง",
                "phone": "0813390472", "referrals": ["travel_escort"]}),
    # Man with a broken leg discharged tomorrow from Srinagarind hospital, Khon Kaen -> Lampang;
    # case, not urgent (hospital bed tonight), sick.
    "holdout17 discharged with broken leg in Khon Kaen": Persona(
        ("สวัสดีครับ",
         "ผมรถล้มขาหักครับ นอนโรงบาลศรีนครินทร์ขอนแก่นมาสองอาทิตย์ หมอให้กลับบ้านพรุ่งนี้ "
         "แต่เงินหมดไปกับค่าโน่นค่านี่แล้ว",
         "บ้านอยู่ลำปางครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับครับ งานก็ไม่ได้ทำมาครึ่งเดือน", "id_card": "มีครับ",
         "current_province": "ขอนแก่น รพ.ศรีนครินทร์", "home_province": "ลำปาง อ.เกาะคา",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ยังนอนโรงบาลได้ครับ พรุ่งนี้เช้าออก",
         "special_needs": "ขายังใส่เฝือกอยู่ครับ เดินไม้ค้ำ",
         "travel_alone": "พอไปเองได้ครับ ขึ้นรถทัวร์ไหว", "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ ที่บ้านมีแม่ดูแล", "sensitive_consent": "ได้ครับ",
         "name": "ต้น 0623318845", "phone": "0623318845", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "special": ["sick"], "name": "ต้น",
                "phone": "0623318845", "referrals": []}),
    # Three men cheated by a job broker, brought to Hat Yai -> Chaiyaphum; Isan words,
    # question inside an answer; case, not urgent (temple lets them sleep), work.
    "holdout17 three men cheated by broker in Hat Yai": Persona(
        ("สวัสดีครับ พวกผมโดนนายหน้าหลอกมาทำงานโรงงานยางที่หาดใหญ่ มาถึงไม่มีงานจริง "
         "เก็บค่าหัวไปคนละ3พัน",
         "ตอนนี้มากัน3คน กลับบ้านชัยภูมิบ่ได้ บ่มีตังเหลือ"),
        {"consent": "ยินยอมครับ", "idle": "ช่วยพวกผมแหน่ครับ",
         "hardship": "บ่มีเงินค่ารถครับ ข้าวก็กินมื้อเดียว",
         "id_card": "มีครบทั้ง3คนครับ", "current_province": "หาดใหญ่ สงขลาครับ",
         "home_province": "ชัยภูมิ อ.ภูเขียว ทั้งสามคน", "travellers": "3คนครับ",
         "urgent": "หลวงพี่วัดหาดใหญ่ในให้นอนศาลาได้สองสามคืนครับ",
         "special_needs": "บ่มีครับ หนุ่มๆทั้งหมด", "travel_alone": "ไปเองได้ครับ",
         "more_care": "บ่มี",
         "needs": "อยากหางานใหม่ครับ แบบบ่โดนหลอกอีก แล้วนายหน้านี่แจ้งความได้บ่ครับ",
         "sensitive_consent": "ได้ครับ", "name": "สมพงษ์ 0897712365",
         "phone": "0897712365", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ชัยภูมิ",
                "travellers": 3, "urgent": False, "special": [], "name": "สมพงษ์",
                "phone": "0897712365", "referrals": ["job_placement"]}),
    # Construction worker and girlfriend in Phuket, boss ran off -> Nan; northern dialect,
    # Thai digits; case, not urgent (friend's room until tomorrow).
    "holdout17 unpaid builder in Phuket, northern, Thai digits": Persona(
        ("สวัสดีครับ", "ผมทำงานก่อสร้างอยู่ภูเก็ต เถ้าแก่หนีไป บ่ได้ค่าแรงสองเดือนแล้ว",
         "อยากกลับบ้านน่าน บ่มีสตางค์ค่ารถเลยครับ"),
        {"consent": "ได้ครับ", "idle": "ช่วยแน่เต๊อะครับ",
         "hardship": "บ่มีสตางค์ก๋ินข้าว บ่มีค่ารถครับ", "id_card": "มีครับ ทั้งสองคน",
         "current_province": "ภูเก็ตครับ แถวกะทู้", "home_province": "น่านครับ อ.ปัว",
         "travellers": "สองคนครับ ผมกับแฟน",
         "urgent": "ตอนนี้อาศัยห้องเปื้อนอยู่ครับ ได้ถึงพรุ่งนี้ แล้วก็ต้องออก",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "more_care": "บ่มีครับ",
         "needs": "เรื่องค่าแรงที่เถ้าแก่โกงครับ จะไปเอาคืนได้ก่อ",
         "sensitive_consent": "ได้ครับ", "name": "จ๋อง ๐๘๑๕๕๒๓๙๘๗",
         "phone": "๐๘๑๕๕๒๓๙๘๗", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "น่าน",
                "travellers": 2, "urgent": False, "special": [], "name": "จ๋อง",
                "phone": "0815523987"}),
    # Pregnant woman left by her boyfriend at Sai Tai Mai terminal -> Chumphon; corrects
    # how far along she is; case, urgent, pregnant.
    "holdout17 pregnant and abandoned at Sai Tai Mai, corrects herself": Persona(
        ("ขอความช่วยเหลือค่ะ",
         "หนูท้อง7เดือน แฟนทิ้งไปแล้ว อยู่สายใต้ใหม่ค่ะ จะกลับบ้านชุมพร",
         "เอ้ย 8 เดือนแล้วค่ะ นับผิด"),
        {"consent": "ยินยอมค่ะ", "idle": "ช่วยหนูด้วยค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ ที่พักก็ไม่มี แฟนเขาคืนห้องเช่าไปแล้ว",
         "id_card": "มีค่ะ", "current_province": "สายใต้ใหม่ค่ะ ตลิ่งชัน",
         "home_province": "ชุมพร อ.หลังสวนค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่มีที่นอนค่ะ นั่งในขนส่งตั้งแต่บ่าย",
         "special_needs": "ท้อง8เดือนค่ะ", "travel_alone": "ได้ค่ะ นั่งรถทัวร์ไปเองได้",
         "more_care": "ไม่มีค่ะ", "needs": "อยากไปฝากท้องที่บ้านค่ะ ยังไม่ได้ฝากเลย",
         "sensitive_consent": "ได้ค่ะ", "name": "มุก 0638874120", "phone": "0638874120",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชุมพร",
                "travellers": 1, "urgent": True, "special": ["pregnant"], "name": "มุก",
                "phone": "0638874120"}),
    # Old couple (68, 65) waiting at Bang Phli police station, son unreachable -> Buriram;
    # typos, one thing per message; case, urgent, elderly.
    "holdout17 old couple at Bang Phli police station, one part": Persona(
        ("สวัสดีครับหลาน",
         "ตากับยายมาหาลูกชาบที่บางพลี ลูกย้ายที่ทำงานไปติดต่อไม่ได้ เงินหมดเเล้ว"),
        {"consent": "ตกลง", "idle": "ตารออยู่นะหลาน",
         "hardship": "ไม่มีเงินกลับบ้าน", "id_card": "มีทั้งสองคน",
         "current_province": "สถานีตำรวจบางพลี ตำรวจให้นั่งรอ",
         "home_province": "บุรีรัมย์ อำเภอนางรอง", "travellers": "2 คน ตากับยาย",
         "urgent": "คืนนี้ไม่รู้จะนอนไหน", "special_needs": "ตา 68 ยาย 65",
         "travel_alone": "ไปเองได้ นั่งรถทัวร์เคยนั่ง", "more_care": "ไม่มี",
         "needs": "ไม่มี", "sensitive_consent": "ได้", "name": "ตาบุญมี",
         "phone": "0857763201", "confirm": "ถูกแล้ว"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "บุรีรัมย์",
                "travellers": 2, "urgent": True, "special": ["elderly"],
                "name": "บุญมี", "phone": "0857763201"},
        one_part=True),
    # Laid-off worker at Amata, Chonburi -> Kalasin; Isan words, keeps asking how much and
    # when mid-answer; case, not urgent (room until Sunday), work.
    "holdout17 laid off at Amata, asks questions mid-answer": Persona(
        ("สวัสดีครับ โรงงานที่อมตะเลิกจ้างครับ ได้เงินชดเชยไม่ครบ",
         "จะกลับกาฬสินธุ์ ไม่มีค่ารถ"),
        {"consent": "ยินยอมครับ แล้วได้เงินกี่บาทครับ", "idle": "ยังอยู่ครับ",
         "hardship": "ค่ารถบ่มีครับ ข้าวก็กินมาม่ามาสามวันแล้ว", "id_card": "มีครับ",
         "current_province": "ชลบุรีครับ นิคมอมตะ", "home_province": "กาฬสินธุ์ อ.ยางตลาด",
         "travellers": "ผู้เดียวครับ",
         "urgent": "ห้องเช่ายังอยู่ได้ถึงวันอาทิตย์ครับ เจ้าของให้ออก",
         "special_needs": "บ่มีครับ", "travel_alone": "ได้ครับ", "more_care": "บ่มี",
         "needs": "หางานใกล้บ้านครับ แล้วเรื่องเงินชดเชยที่โรงงานจ่ายบ่ครบนี่ทำไงได้ครับ",
         "sensitive_consent": "ได้ครับ", "name": "ชื่อ หนุ่ม ครับ 0812098876",
         "phone": "0812098876", "confirm": "ถูกต้องครับ ได้เงินตอนไหนครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": [], "name": "หนุ่ม",
                "phone": "0812098876", "referrals": ["job_placement"]}),
    # Muslim restaurant worker let go at Ramkhamhaeng with a 2-year-old -> Pattani;
    # case, not urgent (imam lets them sleep at the mosque), child.
    "holdout17 mother and toddler at Ramkhamhaeng to Pattani": Persona(
        ("อัสลามูอาลัยกุมค่ะ",
         "ร้านอาหารที่ทำงานอยู่รามคำแหงให้ออกค่ะ ห้องก็ไม่มีแล้ว อยากพาลูกกลับบ้านปัตตานี"),
        {"consent": "ยินยอมค่ะ", "idle": "รออยู่ค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีงานแล้ว", "id_card": "มีค่ะ",
         "current_province": "กรุงเทพค่ะ แถวรามคำแหง", "home_province": "ปัตตานีค่ะ อ.หนองจิก",
         "travellers": "สองคนค่ะ ฉันกับลูก ลูก2ขวบ",
         "urgent": "คืนนี้นอนที่มัสยิดแถวนี้ได้ค่ะ โต๊ะอิหม่ามให้นอน",
         "special_needs": "ลูก2ขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ", "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "ฮาลีเมาะ 0935512784", "phone": "0935512784",
         "confirm": "ถูกต้องค่ะ ต้องไปรับเงินที่ไหนคะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ปัตตานี",
                "travellers": 2, "urgent": False, "special": ["child"],
                "name": "ฮาลีเมาะ", "phone": "0935512784"}),
    # Man with HIV, feverish, evicted in Pattaya -> Sakon Nakhon; one thing per message;
    # case, urgent (sick now), HIV aid.
    "holdout17 ill man with HIV in Pattaya, one part": Persona(
        ("สวัสดีครับ", "ผมป่วยครับ ตกงานที่พัทยา อยากกลับบ้านสกลนคร"),
        {"consent": "ยินยอม", "idle": "ครับ", "hardship": "ไม่มีเงินค่ารถ",
         "id_card": "มีครับ", "current_province": "พัทยา", "home_province": "สกลนคร",
         "travellers": "คนเดียว", "urgent": "ไข้ขึ้นมาสามวันแล้ว ห้องก็โดนไล่ออก",
         "special_needs": "ผมติดเชื้อเอชไอวีครับ ตอนนี้มีไข้",
         "travel_alone": "น่าจะพอไหวครับ", "more_care": "ไม่มี",
         "needs": "ยาต้านหมดแล้วครับ อยากไปรับยาต่อที่บ้าน",
         "sensitive_consent": "ยินยอมครับ", "name": "เจ", "phone": "0946628813",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "special": ["sick"], "name": "เจ",
                "phone": "0946628813", "referrals": ["hiv_aid"]},
        one_part=True),
    # Wheelchair user selling lottery tickets, stuck at Korat bus terminal 2 -> Yasothon;
    # one message; case, urgent, disabled, not yet registered.
    "holdout17 wheelchair lottery seller at Korat terminal": Persona(
        ("สวัสดีครับ ผมนั่งวีลแชร์ครับ ขาลีบตั้งแต่เด็ก มาขายลอตเตอรี่ที่โคราช ขายไม่ได้ "
         "เงินหมด อยากกลับยโสธรครับ ตอนนี้อยู่ บขส.2 ครับ",),
        {"consent": "ยินยอมครับ", "idle": "รอครับ",
         "hardship": "ไม่มีค่ารถกับค่าข้าวครับ", "id_card": "มีครับ",
         "current_province": "บขส.ใหม่ โคราช", "home_province": "ยโสธร อ.คำเขื่อนแก้ว",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ จะนอนขนส่งนี่แหละ",
         "special_needs": "พิการขาครับ นั่งวีลแชร์",
         "travel_alone": "ไปเองได้ครับ เคยนั่งรถทัวร์ คนขับช่วยยกวีลแชร์ให้",
         "more_care": "ไม่มีครับ",
         "needs": "ยังไม่ได้ทำบัตรคนพิการเลยครับ อยากได้เบี้ยคนพิการ",
         "sensitive_consent": "ได้ครับ", "name": "แสน 0827745193", "phone": "0827745193",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ยโสธร",
                "travellers": 1, "urgent": True, "special": ["disabled"], "name": "แสน",
                "phone": "0827745193", "referrals": ["disability_allowance"]}),
    # Akha housemaid, unpaid, at Krung Thep Aphiwat (Bang Sue) -> Chiang Rai; simple
    # broken Thai, one thing per message; case, urgent.
    "holdout17 hill-tribe maid at Bang Sue, broken Thai, one part": Persona(
        ("สวัดดี", "ฉันไม่มีเงินกลับบ้าน เชียงราย", "นายจ้างไม่ให้เงิน ออกมาแล้ว"),
        {"consent": "ตกลง", "idle": "ช่วยหน่อย", "hardship": "เงินไม่มี ค่ารถไม่มี",
         "id_card": "มี บัตรไทย", "current_province": "สถานีรถไฟใหญ่ บางซื่อ",
         "home_province": "เชียงราย แม่ฟ้าหลวง", "travellers": "คนเดียว",
         "urgent": "ไม่มีที่นอน", "special_needs": "ไม่มี", "travel_alone": "ได้",
         "more_care": "ไม่มี", "needs": "ไม่มี", "sensitive_consent": "ได้",
         "name": "หมี่ปู", "phone": "0649932157", "confirm": "ใช่"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [], "name": "หมี่ปู",
                "phone": "0649932157"},
        one_part=True),
    # Released from Rayong central prison this morning, no card but a kamnan's letter
    # -> Prachinburi; corrects his home province; case, urgent, ID card + probation.
    "holdout17 released in Rayong with kamnan letter, fixes home": Persona(
        ("ครับ สอบถามครับ ผมออกจากเรือนจำกลางระยองเมื่อเช้า", "ไม่มีตังกลับบ้านครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ เงินที่ได้ตอนออกมีไม่ถึงร้อย",
         "id_card": "ไม่มีครับ บัตรหายตั้งแต่ก่อนโดนจับ",
         "nationality_letter": "มีครับ แม่ไปขอกำนันทำให้ตั้งแต่เดือนก่อน ส่งมาเรือนจำ ผมถือออกมาด้วย",
         "current_province": "ระยองครับ ตอนนี้อยู่ขนส่งระยอง",
         "home_province": "ฉะเชิงเทรา เอ้ยไม่ใช่ครับ ปราจีนบุรี อ.กบินทร์บุรี ฉะเชิงเทรานั่นบ้านป้า",
         "travellers": "คนเดียวครับ", "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "special_needs": "ไม่มี", "travel_alone": "ได้ครับ", "more_care": "ไม่มีครับ",
         "needs": "ทำบัตรประชาชนใหม่ครับ แล้วก็ต้องไปรายงานตัวคุมประพฤติ",
         "sensitive_consent": "ยินยอมครับ", "name": "ชัย 0968812374",
         "phone": "0968812374", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "ปราจีนบุรี",
                "travellers": 1, "urgent": True, "special": [], "name": "ชัย",
                "phone": "0968812374", "referrals": ["id_card", "probation_support"]}),
    # Daughter in Mukdahan typing for her 68-year-old mother pickpocketed at Victory
    # Monument, Bangkok; expired card; case, not urgent (acquaintance's house), elderly.
    "holdout17 daughter typing for pickpocketed mother": Persona(
        ("สวัสดีค่ะ พิมพ์แทนแม่นะคะ",
         "แม่ไปเยี่ยมหลานที่กรุงเทพแล้วโดนล้วงกระเป๋าที่อนุสาวรีย์ชัย เงินหายหมด "
         "ตอนนี้แม่ไม่มีค่ารถกลับมุกดาหาร หนูอยู่มุกก็ไม่มีเงินโอนให้ค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "รอคำตอบอยู่ค่ะ",
         "hardship": "แม่ไม่มีเงินค่ารถกลับค่ะ",
         "id_card": "มีค่ะ อยู่ในย่ามอีกใบไม่ได้หาย แต่บัตรหมดอายุไปปีนึงแล้ว",
         "current_province": "กรุงเทพค่ะ ตอนนี้อยู่บ้านคนรู้จักแถวดินแดง",
         "home_province": "มุกดาหารค่ะ อ.ดอนตาล", "travellers": "แม่คนเดียวค่ะ หนูไม่ได้ไป",
         "urgent": "คืนนี้แม่นอนบ้านคนรู้จักได้ค่ะ แต่อยู่นานไม่ได้",
         "special_needs": "แม่อายุ68ค่ะ", "travel_alone": "แม่นั่งรถทัวร์เองได้ค่ะ เคยนั่ง",
         "more_care": "ไม่มีค่ะ", "needs": "แม่ยังไม่ได้เบี้ยคนแก่เลยค่ะ ไม่รู้ต้องทำไง",
         "sensitive_consent": "ยินยอมค่ะ", "name": "โทรหาหนูนะคะ ฝน 0874431098",
         "phone": "0874431098", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "มุกดาหาร",
                "travellers": 1, "urgent": False, "special": ["elderly"], "name": "ฝน",
                "phone": "0874431098", "referrals": ["elderly_allowance"]}),
    # Myanmar shrimp-factory worker in Mahachai, pink card; refused: not Thai.
    "holdout17 Myanmar worker in Mahachai": Persona(
        ("สวัสดีค่ะ",
         "ฉันทำงานโรงงานกุ้งมหาชัย นายจ้างไม่จ่ายเงิน อยากกลับบ้าน ไม่มีเงินค่ารถค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ช่วยได้ไหมคะ",
         "hardship": "ไม่มีเงินค่ารถ ค่ากินก็ไม่มี",
         "id_card": "ไม่มีบัตรไทยค่ะ มีบัตรชมพู ฉันเป็นคนพม่า",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "มหาชัย สมุทรสาคร",
         "home_province": "บ้านอยู่พม่า ทวายค่ะ ไปทางแม่สอดก็ได้",
         "travellers": "คนเดียวค่ะ", "urgent": "นอนห้องเพื่อนได้ค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ", "more_care": "ไม่มี",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ", "name": "มะเอ 0612234598",
         "phone": "0612234598", "confirm": "ค่ะ"},
        outcome="refused", expect={"eligible": False, "reason": "สัญชาติ"}),
    # Man robbed at Korat old bus terminal, home in Pak Chong (same province);
    # refused: home is in the province he is in.
    "holdout17 robbed in Korat, home Pak Chong": Persona(
        ("สวัสดีครับ ผมโดนขโมยกระเป๋าตังที่ขนส่งโคราช", "จะกลับบ้านปากช่องครับ ไม่มีค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ช่วยได้ไหมครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ บัตรอยู่ในกระเป๋าเสื้อไม่หาย",
         "current_province": "ขนส่งโคราชเก่าครับ ในเมือง",
         "home_province": "ปากช่องครับ อยู่แถวหมูสี", "travellers": "คนเดียว",
         "urgent": "ถ้ากลับไม่ได้คืนนี้ก็ไม่มีที่นอนครับ", "special_needs": "ไม่มี",
         "travel_alone": "ได้", "more_care": "ไม่มี", "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้", "name": "กอล์ฟ 0842217765", "phone": "0842217765",
         "confirm": "ถูกต้องครับ"},
        outcome="refused", expect={"eligible": False, "reason": "ภูมิลำเนา"}),
    # Homeless man sleeping at Sanam Luang for months -> Chiang Mai; card lost long ago,
    # no letter (village head does not know him); refused: no card, no letter.
    "holdout17 homeless at Sanam Luang, no card no letter": Persona(
        ("ครับ",
         "ผมนอนสนามหลวงมาหลายเดือนแล้ว อยากกลับบ้านเชียงใหม่ มันมีเงินช่วยค่ารถใช่ไหมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงินเลยครับ",
         "id_card": "ไม่มีครับ หายไปนานแล้ว ไม่เคยไปทำใหม่",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านคนเก่าตายไปแล้ว คนใหม่ไม่รู้จักผม ญาติก็ไม่เหลือ",
         "current_province": "สนามหลวง กทม.", "home_province": "เชียงใหม่ อ.สันป่าตอง",
         "travellers": "คนเดียวครับ", "urgent": "นอนสนามหลวงทุกคืนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ", "more_care": "ไม่มี",
         "needs": "อยากทำบัตรใหม่ครับ", "sensitive_consent": "ได้ครับ", "name": "ดำ",
         "phone": "ไม่มีโทรศัพท์ครับ ยืมเบอร์พี่มูลนิธิ 0823349910", "confirm": "ครับ"},
        outcome="refused", expect={"eligible": False, "reason": "หนังสือรับรอง"}),
    # Isan man asking how much food money is given while waiting; answered: 100 baht/day.
    "holdout17 asks food money while waiting": Persona(
        ("ถามหน่อยครับ ถ้ารอเงินค่ารถกลับบ้าน ระหว่างรอเขาให้ค่าข้าวด้วยบ่ วันละเท่าไหร่ครับ",),
        {"idle": "ถามเฉยๆครับ ขอบคุณครับ", "consent": "ถามเฉยๆครับ ยังบ่ได้ขอ"},
        outcome="answered", answered="100"),
    # Southern mother in Surat Thani asking about the disability allowance; answered: 800.
    "holdout17 southern mother asks disability allowance": Persona(
        ("สวัสดีค่ะ", "ลูกบ่าวพิการค่ะ เบี้ยคนพิการได้เดือนละกี่บาทคะ ต้องทำพรือ ต้องขึ้นทะเบียนก่อนไหม"),
        {"idle": "ขอบคุณค่ะ", "consent": "ถามเฉยๆค่ะ"},
        outcome="answered", answered="800"),
    # Northern woman asking how long a non-urgent request takes; answered: within 15 days.
    "holdout17 northern woman asks how long": Persona(
        ("สวัสดีเจ้า", "ถามไว้ก่อนเจ้า ยังบ่ได้ขอ ถ้าขอค่ารถกลับบ้านแบบบ่ด่วน มีที่พักอยู่แล้ว "
         "นานก่อเจ้า กี่วันได้"),
        {"idle": "ขอบคุณเจ้า", "consent": "ถามเฉยๆเจ้า"},
        outcome="answered", answered="15"),
}
