"""Dialog personas, set "dev81" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: how people behave around the consent question and the flow of screening.
People who fire off several short messages ("ฮัลโหล", "มีคนบ่") before answering
anything; who ask what the data is for and who will see it before saying yes; who
first refuse consent and then agree when they see they cannot be helped otherwise;
who say yes with a condition ("แต่อย่าบอกผัวเก่า", "ติดต่อทางไลน์นะ โทรไม่ได้ยิน");
who slip a question about the aid into an answer (how much, how many days, where to
go); who answer a different question than the one asked (home instead of where they
are now, days since release instead of how many travel); who correct an earlier
answer later ("เอ้ย เมื่อกี้ผิด"); who pour everything into one long voice-typed
message; who reply only with an emoji or sticker-like word; and relatives, a
motorcycle-taxi driver and a son far away who type for someone else. From every
region: Isan (ร้อยเอ็ด, นครพนม, กาฬสินธุ์, บุรีรัมย์, ยโสธร, สกลนคร, อุดรธานี,
อุบลราชธานี, เลย, มุกดาหาร, ศรีสะเกษ), the North (น่าน, ลำปาง, เชียงใหม่, เชียงราย,
อุตรดิตถ์, พิษณุโลก), the Centre and Bangkok, the East (ชลบุรี, ระยอง, ฉะเชิงเทรา,
จันทบุรี), the West (ราชบุรี, ตาก) and the South (สุราษฎร์ธานี, กระบี่, ภูเก็ต, ตรัง,
สงขลา, พัทลุง); in everyday Thai, Isan (บ่, ข่อย, เด้อ, บ่อนนอน), Northern (เจ้า,
ก่อ, ปิ๊กบ้าน, เปิ้น) and Southern (บ่าว, หลาว, ไหร) speech, with typos, Thai
digits, no spaces and voice-typing slips. Three are refused (not Thai, no card and
no letter, already in the home province) and three only ask a question.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan man stranded at the Pattaya bus stop, home Roi Et; short bursts first,
    # one thing per message; urgent.
    "dev81 isan man short bursts at pattaya, one part": Persona(
        ("ฮัลโหล", "มีคนบ่ครับ", "ขอความช่วยเหลือแน่ครับ"),
        {"consent": "ได้ครับ",
         "idle": "อยากกลับบ้านครับ บ่มีค่ารถ",
         "hardship": "บ่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ",
         "current_province": "ท่ารถพัทยาครับ พัทยาเหนือ",
         "home_province": "ร้อยเอ็ดครับ อำเภอเสลภูมิ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ นอนท่ารถมาสองคืนแล้ว ข้าวกะบ่ได้กิน",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ",
         "needs": "บ่มีครับ ขอแค่ได้กลับบ้าน",
         "name": "บุญมี ศรีสุข",
         "phone": "0891234567",
         "confirm": "แม่นแล้วครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [],
                "name": "บุญมี ศรีสุข", "phone": "0891234567",
                "no_referrals": HEALTH},
        one_part=True),

    # Pregnant factory worker in Rayong, home Nakhon Phanom; asks what the data is
    # for before agreeing; room until month end, not urgent.
    "dev81 pregnant worker asks what data is for, rayong": Persona(
        ("สวัสดีค่ะ", "อยากสอบถามเรื่องขอค่ารถกลับบ้านค่ะ ท้องอยู่ค่ะ"),
        {"consent": ("ขอถามก่อนได้มั้ยคะ ข้อมูลเก็บไปทำอะไร ใครเห็นบ้างคะ",
                     "เข้าใจแล้วค่ะ ยินยอมค่ะ"),
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "โรงงานปิดค่ะ ไม่ได้ค่าแรงเดือนสุดท้าย ไม่มีเงินค่ารถกลับบ้าน",
         "id_card": "มีค่ะ",
         "current_province": "ระยองค่ะ แถวมาบตาพุด",
         "home_province": "นครพนมค่ะ อ.ธาตุพนม",
         "travellers": "คนเดียวค่ะ แฟนทิ้งไปแล้ว",
         "urgent": "ยังไม่ด่วนค่ะ ห้องเช่ายังอยู่ได้ถึงสิ้นเดือน ข้าวยังพอมีกิน",
         "special_needs": "ท้อง 7 เดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ไหว",
         "needs": "ไม่มีค่ะ",
         "name": "กัญญา พิมพ์ทอง ค่ะ",
         "phone": "0623344556",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "นครพนม",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "กัญญา พิมพ์ทอง", "phone": "0623344556"}),

    # Northern man at Mo Chit, Bangkok, home Nan; refuses consent first, then
    # agrees; no food since yesterday, urgent.
    "dev81 nan man refuses consent then agrees, mo chit": Persona(
        ("สวัสดีครับ", "ผมอยู่หมอชิตครับ จะปิ๊กบ้านน่าน ตังค์บ่พอ"),
        {"consent": ("บ่เอาครับ บ่อยากให้เก็บข้อมูล",
                     "ถ้าบ่ให้เก็บก็ช่วยบ่ได้ใช่ก่อครับ งั้นยินยอมครับ"),
         "idle": "อยากได้ค่ารถปิ๊กบ้านครับ",
         "hardship": "ตังค์บ่มีค่ารถครับ ข้าวก็ยังบ่ได้กินตั้งแต่เมื่อวาน",
         "id_card": "มีครับ",
         "current_province": "หมอชิต กรุงเทพครับ",
         "home_province": "น่านครับ อำเภอปัว",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ข้าวบ่ได้กินตั้งแต่เมื่อวาน คืนนี้ก็นอนท่ารถ",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ",
         "needs": "บ่มีครับ",
         "name": "ผมชื่อ จันทร์ ใจมา ครับ",
         "phone": "0857788990",
         "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน",
                "travellers": 1, "urgent": True, "special": [],
                "name": "จันทร์ ใจมา", "phone": "0857788990",
                "no_referrals": HEALTH}),

    # Mother fleeing her husband with two children, Surat Thani to Lampang; yes with
    # a condition (do not tell the ex); slept at a temple, urgent.
    "dev81 mother two kids yes with condition, surat to lampang": Persona(
        ("ขอความช่วยเหลือเจ้า", "อยู่สุราษฎร์กับลูกสองคน จะกลับลำปาง"),
        {"consent": "ยินยอมเจ้า แต่ขออย่าบอกผัวเก่าได้ก่อเจ้า บ่อยากให้เปิ้นฮู้ว่าอยู่ไหน",
         "idle": "อยากพาลูกกลับบ้านลำปางเจ้า",
         "hardship": "หนีผัวมาเจ้า บ่มีเงินสักบาท บ่มีที่อยู่",
         "id_card": "มีเจ้า ลูกมีสูติบัตร",
         "current_province": "สุราษฎร์ธานีเจ้า อยู่แถวท่ารถในเมือง",
         "home_province": "ลำปางเจ้า อ.เกาะคา บ้านแม่",
         "travellers": "3 คนเจ้า ตัวเองกับลูก 2 คน",
         "urgent": "ด่วนเจ้า เมื่อคืนนอนศาลาวัด คืนนี้ยังบ่ฮู้จะนอนไหน",
         "special_needs": "ลูกคนโต 8 ขวบ คนเล็ก 5 ขวบเจ้า",
         "more_care": "บ่มีแล้วเจ้า",
         "travel_alone": "ลูกไปกับตัวเองเจ้า บ่ต้องมีเจ้าหน้าที่ไปด้วย",
         "needs": "บ่มีเจ้า",
         "name": "ศรีนวล คำปัน",
         "phone": "0934567812",
         "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ลำปาง",
                "travellers": 3, "urgent": True, "special": ["child"],
                "name": "ศรีนวล คำปัน", "phone": "0934567812",
                "no_referrals": HEALTH}),

    # Laid-off worker at Ao Nang, Krabi, home Chaiyaphum; asks how much and how long
    # in the middle of his answers; friend's room for a few days, not urgent.
    "dev81 krabi worker asks how much and how long mid-answer": Persona(
        ("สวัสดีครับ ขอค่ารถกลับบ้านได้ที่นี่ใช่ไหมครับ",),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "โดนเลิกจ้างครับ นายจ้างไม่จ่ายค่าแรง ไม่มีค่ารถกลับ "
                     "ว่าแต่ได้ให้กี่บาทครับ พอค่ารถทัวร์ไหม",
         "id_card": "มีครับ แล้วต้องรอกี่วันครับกว่าจะได้",
         "current_province": "กระบี่ครับ อ่าวนาง",
         "home_province": "ชัยภูมิครับ ภูเขียว",
         "travellers": "คนเดียวครับ",
         "urgent": "ยังพอมีที่นอนครับ เพื่อนให้นอนห้องได้อีกสามสี่วัน ข้าวก็ยังมีกิน",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ",
         "name": "วีระพงษ์ ครับ ๐๘๐๒๒๓๔๔๕๕",
         "phone": "๐๘๐-๒๒๓-๔๔๕๕",
         "confirm": "ครับ ถูกแล้ว"},
        expect={"eligible": True, "current": "กระบี่", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": False, "special": [],
                "name": "วีระพงษ์", "phone": "0802234455",
                "no_referrals": HEALTH}),

    # Woman of 67 at Ayutthaya station, home Phitsanulok; asks where to go while
    # answering; one thing per message; sleeping at the station, urgent.
    "dev81 elderly woman asks where to go, ayutthaya, one part": Persona(
        ("สวัสดีจ้ะ", "ป้าเองนะ พิมพ์ช้าหน่อย"),
        {"consent": "ได้จ้ะ",
         "idle": "ป้าอยากกลับบ้านจ้ะ ไม่มีเงินค่ารถไฟ",
         "hardship": "เงินหายจ้ะ กระเป๋าตังค์หายบนรถไฟ",
         "id_card": "บัตรยังอยู่จ้ะ อยู่ในกระเป๋าเสื้อ แล้วป้าต้องไปติดต่อที่ไหนจ๊ะ ไปเองได้ไหม",
         "current_province": "สถานีรถไฟอยุธยาจ้ะ",
         "home_province": "พิษณุโลกจ้ะ บางระกำ",
         "travellers": "ป้าคนเดียวจ้ะ",
         "urgent": "ด่วนจ้ะ คืนนี้ไม่รู้จะนอนไหน นั่งอยู่สถานีนี่แหละ",
         "special_needs": "ป้าอายุ 67 แล้วจ้ะ",
         "more_care": "ไม่มีจ้ะ",
         "travel_alone": "ป้าไปเองได้จ้ะ ขึ้นรถไฟเป็น",
         "needs": "ไม่มีจ้ะ",
         "name": "ป้าชื่อ ละเอียด มีสุข จ้ะ",
         "phone": "เบอร์ป้า 0816543210 จ้ะ",
         "confirm": "ถูกแล้วจ้ะ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "ละเอียด มีสุข", "phone": "0816543210"},
        one_part=True),

    # Man released from prison, at Bang Na, Bangkok, home Kalasin; answers a
    # different question than asked (twice); wants a job; temple bed, not urgent.
    "dev81 released man answers the wrong question, bang na to kalasin": Persona(
        ("ผมเพิ่งออกจากเรือนจำครับ", "อยากกลับบ้านแต่ไม่มีตังค์"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากได้ค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ ได้คืนตอนออกมา",
         "current_province": ("บ้านอยู่กาฬสินธุ์ครับ", "อ๋อ ตอนนี้อยู่บางนาครับ กรุงเทพ"),
         "home_province": "กาฬสินธุ์ครับ อ.ยางตลาด",
         "travellers": ("ออกมาได้ 3 วันแล้วครับ", "คนเดียวครับ"),
         "urgent": "ยังไม่ด่วนครับ หลวงพี่ให้นอนวัดได้อีกสองสามวัน",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "อยากได้งานครับ กลับไปอยากหางานทำที่บ้าน",
         "sensitive_consent": "ได้ครับ",
         "name": "ธนากร ครับ",
         "phone": "0971239876",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ธนากร", "phone": "0971239876"}),

    # Jobless couple in Chachoengsao, home Buriram; at the summary corrects the
    # number of travellers ("เอ้ย เมื่อกี้ผิด", forgot their 4-year-old); not urgent.
    "dev81 couple corrects travellers at summary, chachoengsao": Persona(
        ("สวัสดีค่ะ", "ขอค่ารถกลับบ้านค่ะ ผัวเมียตกงานทั้งคู่"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ตกงานค่ะ ไม่มีเงินกลับบ้าน",
         "id_card": "มีทั้งสองคนค่ะ",
         "current_province": "ฉะเชิงเทราค่ะ บางปะกง",
         "home_province": "บุรีรัมย์ค่ะ นางรอง",
         "travellers": ("2 คนค่ะ ผัวกับเมีย", "3 คนค่ะ มีลูกสาวด้วย"),
         "urgent": "ยังไม่ด่วนจ้า นายจ้างให้อยู่ห้องถึงวันอาทิตย์",
         "special_needs": ("ไม่มีค่ะ", "ลูกสาว 4 ขวบค่ะ"),
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ลูกไปกับพ่อแม่ค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "มาลัย สุขเจริญ 0645557788",
         "phone": "0645557788",
         "confirm": ("เอ้ย เมื่อกี้ผิดค่ะ ไป 3 คน ลืมนับลูกสาว อายุ 4 ขวบค่ะ",
                     "ถูกแล้วค่ะ")},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "บุรีรัมย์",
                "travellers": 3, "urgent": False, "special": ["child"],
                "name": "มาลัย สุขเจริญ", "phone": "0645557788",
                "no_referrals": HEALTH}),

    # Construction worker cheated by a contractor in Chiang Mai; said Sisaket, then
    # corrects mid-flow: his mother moved to Yasothon; no bed tonight, urgent.
    "dev81 builder corrects home mid-flow, chiang mai to yasothon": Persona(
        ("สวัสดีครับ", "ผมติดอยู่เชียงใหม่ ไม่มีค่ารถกลับบ้านศรีสะเกษครับ"),
        {"consent": "โอเคครับ ยินยอม",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ งานก่อสร้างเสร็จ ผู้รับเหมาเชิดเงินหนี",
         "id_card": "มีครับ เอ้ย เมื่อกี้ผิดครับ บ้านไม่ใช่ศรีสะเกษ "
                    "แม่ย้ายไปอยู่ยโสธรแล้ว กลับยโสธรครับ",
         "current_province": "ขนส่งอาเขต เชียงใหม่ครับ",
         "home_province": "ยโสธรครับ อ.กุดชุม บ้านแม่",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "needs": "ไม่มีครับ",
         "name": "สุรชัย แก้วดี",
         "phone": "0918887766",
         "confirm": "ถูกครับ ยโสธรนะครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ยโสธร",
                "travellers": 1, "urgent": True, "special": [],
                "name": "สุรชัย แก้วดี", "phone": "0918887766",
                "no_referrals": HEALTH}),

    # Pickpocketed man at the Hat Yai bus terminal, home Uttaradit; everything in
    # one long voice-typed message before consent; urgent.
    "dev81 one long voice message, hat yai to uttaradit": Persona(
        ("สวัสดีครับผมชื่อสมศักดิ์ บุญเรือง ครับตอนนี้อยู่ที่ขนส่งหาดใหญ่จังหวัดสงขลาครับ "
         "โดนล้วงกระเป๋าตังค์หายหมดเลยครับแต่บัตรประชาชนยังอยู่เพราะเก็บไว้กระเป๋ากางเกง"
         "อีกใบ จะกลับบ้านที่อุตรดิตถ์อำเภอลับแลครับไปคนเดียวครับ คืนนี้ไม่มีที่นอนเลยครับ"
         "ข้าวก็ยังไม่ได้กิน ไม่มีใครต้องดูแลพิเศษครับ ไม่ต้องการอะไรอย่างอื่นขอแค่ค่ารถ "
         "เบอร์โทรศัพท์ 089 345 6712 ครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ โดนล้วงกระเป๋า",
         "id_card": "มีครับ",
         "current_province": "ขนส่งหาดใหญ่ สงขลาครับ",
         "home_province": "อุตรดิตถ์ครับ ลับแล",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ",
         "name": "สมศักดิ์ บุญเรือง",
         "phone": "089 345 6712",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "อุตรดิตถ์",
                "travellers": 1, "urgent": True, "special": [],
                "name": "สมศักดิ์ บุญเรือง", "phone": "0893456712",
                "no_referrals": HEALTH}),

    # Young woman thrown out of her room at Patong, Phuket, home Trang; replies with
    # emoji first, then words; one thing per message; urgent.
    "dev81 emoji replies, patong to trang, one part": Persona(
        ("🙏🙏", "ช่วยหนูด้วย"),
        {"consent": ("👍", "ยินยอมค่ะ"),
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": ("😭", "ไม่มีตังค่ารถค่ะ หลาวไม่มีไหรแล้ว"),
         "id_card": "มีค่ะ",
         "current_province": "ภูเก็ตค่ะ ป่าตอง",
         "home_province": "ตรังค่ะ",
         "travellers": "คนเดียว",
         "urgent": ("😭😭", "ด่วนค่ะ โดนไล่ออกจากห้อง คืนนี้ไม่มีที่นอน"),
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "needs": "ไม่มีค่ะ",
         "name": "ฟ้าใส ค่ะ",
         "phone": "0987654123",
         "confirm": ("👌", "ถูกค่ะ")},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ตรัง",
                "travellers": 1, "urgent": True, "special": [],
                "name": "ฟ้าใส", "phone": "0987654123",
                "no_referrals": HEALTH},
        one_part=True),

    # Motorcycle-taxi driver typing for a forgetful man of 74 stranded at the Nakhon
    # Sawan bus terminal, home Sakon Nakhon; cannot travel alone; urgent.
    "dev81 moto taxi types for forgetful old man, nakhon sawan": Persona(
        ("สวัสดีครับ ผมเป็นวินมอไซค์หน้า บขส.นครสวรรค์ครับ",
         "มีลุงคนนึงมานั่งอยู่ท่ารถสองวันแล้ว จะกลับสกลนคร ไม่มีตังค์ "
         "ผมพิมพ์แทนนะครับ ลุงพิมพ์ไม่เป็น"),
        {"consent": ("เดี๋ยวผมถามลุงก่อนนะครับ", "ลุงพยักหน้าแล้วครับ ยินยอมครับ"),
         "idle": "ขอค่ารถให้ลุงกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีที่นอนครับ ลุงนอนม้านั่งท่ารถ",
         "id_card": "ลุงมีบัตรครับ ผมดูให้แล้ว ยังไม่หมดอายุ",
         "current_province": "บขส.นครสวรรค์ครับ",
         "home_province": "สกลนครครับ ลุงบอกว่า อ.สว่างแดนดิน",
         "travellers": "ลุงคนเดียวครับ",
         "urgent": "ด่วนครับ ลุงไม่มีที่นอน ข้าวผมซื้อให้กินมื้อนึง",
         "special_needs": "ลุงอายุ 74 ครับ แกหลงๆลืมๆ ถามอะไรตอบไม่ค่อยตรง",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองไม่ได้แน่ครับ เดี๋ยวหลงอีก ต้องมีคนพาไป",
         "needs": "ไม่มีครับ ขอให้ลุงได้กลับบ้าน",
         "sensitive_consent": "ได้ครับ",
         "name": "ลุงชื่อ สมาน ครับ นามสกุลแกจำไม่ได้",
         "phone": "ลุงไม่มีโทรศัพท์ครับ ใช้เบอร์ผมได้ 086-111-2233 ผมชื่อต้อม",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครสวรรค์", "home": "สกลนคร",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "phone": "0861112233"}),

    # Son in Udon Thani typing for his mother stuck at a pig farm in Ratchaburi;
    # answers where HE is when asked where she is; staying with a friend, not urgent.
    "dev81 son far away types for mother, ratchaburi to udon": Persona(
        ("สวัสดีครับ ผมพิมพ์แทนแม่นะครับ แม่ใช้ไลน์ไม่เป็น",
         "แม่ไปทำงานฟาร์มหมูที่ราชบุรี นายจ้างไม่จ่ายเงิน แม่อยากกลับบ้านอุดร "
         "ผมอยู่อุดรครับ ไม่มีเงินส่งไปให้"),
        {"consent": "ผมโทรถามแม่แล้ว แม่ยินยอมครับ",
         "idle": "ขอค่ารถให้แม่กลับบ้านครับ",
         "hardship": "แม่ไม่มีค่ารถกลับครับ",
         "id_card": "แม่มีบัตรครับ",
         "current_province": ("ผมอยู่อุดรครับ", "อ๋อ แม่เหรอครับ แม่อยู่ราชบุรี อ.โพธาราม"),
         "home_province": "อุดรธานีครับ อ.เพ็ญ",
         "travellers": "แม่คนเดียวครับ",
         "urgent": "ยังไม่ด่วนครับ แม่อาศัยนอนบ้านเพื่อนอยู่ ข้าวมีกิน",
         "special_needs": "แม่อายุ 58 ครับ ไม่ได้ป่วยอะไร",
         "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ",
         "name": "แม่ชื่อ บัวผัน ทองดี ครับ",
         "phone": "เบอร์แม่ 0823349901 ครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "อุดรธานี",
                "travellers": 1, "urgent": False, "special": [],
                "name": "บัวผัน ทองดี", "phone": "0823349901",
                "no_referrals": HEALTH}),

    # Nephew in Ubon typing for his deaf aunt after the durian season in
    # Chanthaburi; yes on condition of LINE contact; wants disability allowance;
    # shed until Friday, not urgent.
    "dev81 nephew types for deaf aunt, chanthaburi to ubon": Persona(
        ("สวัสดีครับ",
         "ผมหลานนะครับ พิมพ์ให้น้าสาว น้าหูไม่ได้ยินครับ คุยทางโทรไม่ได้",
         "น้าไปรับจ้างเก็บทุเรียนที่จันท์ หมดงานแล้วไม่มีค่ารถกลับอุบลครับ"),
        {"consent": "ยินยอมครับ แต่ขอให้ติดต่อทางไลน์นะครับ โทรมาน้าไม่ได้ยิน",
         "idle": "ขอค่ารถให้น้ากลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "จันทบุรีครับ อ.มะขาม",
         "home_province": "อุบลราชธานีครับ อ.วารินชำราบ",
         "travellers": "น้าคนเดียวครับ ผมรออยู่อุบล",
         "urgent": "ยังไม่ด่วนครับ เจ้าของสวนให้นอนเพิงได้ถึงวันศุกร์",
         "special_needs": "น้าหูหนวกครับ เป็นคนพิการ แต่ยังไม่ได้ทำบัตรคนพิการ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "น้าไปเองได้ครับ นั่งรถทัวร์เป็น ผมจะไปรับที่วาริน",
         "needs": "อยากให้น้าได้เบี้ยคนพิการครับ ไม่รู้ต้องทำยังไง",
         "sensitive_consent": "ยินยอมครับ",
         "name": "น้าชื่อ คำปุน ศรีบุญ ครับ",
         "phone": "เบอร์ผมนะครับ 0958881234 ส่งไลน์มาได้",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance"],
                "name": "คำปุน ศรีบุญ", "phone": "0958881234"}),

    # Man released today from Khlong Phai prison (Sikhio, Nakhon Ratchasima), home
    # Loei; ID lost but has the village head's letter; asks whether data goes to the
    # police; wants a new card and work; urgent.
    "dev81 released today, lost id with letter, korat to loei": Persona(
        ("ผมพึ่งพ้นโทษออกมาวันนี้ครับ จากคลองไผ่",
         "บัตรประชาชนหายไปนานแล้ว จะกลับบ้านเลย ทำไงได้บ้างครับ"),
        {"consent": ("ข้อมูลผมจะส่งไปถึงตำรวจไหมครับ", "โอเคครับ ยินยอม"),
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถครับ ไม่มีที่นอนด้วย",
         "id_card": "บัตรหายครับ หายตั้งแต่ก่อนเข้าไป",
         "nationality_letter": "มีครับ หนังสือรับรองจากผู้ใหญ่บ้าน แม่ส่งมาให้ ถือมาด้วย",
         "current_province": "โคราชครับ อ.สีคิ้ว",
         "home_province": "เลยครับ อ.ด่านซ้าย",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ แล้วก็อยากได้งาน",
         "sensitive_consent": "ได้ครับ",
         "name": "อนุชา พรมมา",
         "phone": "0614445566",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "เลย",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement"], "no_referrals": HEALTH,
                "name": "อนุชา พรมมา", "phone": "0614445566"}),

    # Southern young man at the Sai Tai Mai terminal, Bangkok, home Phatthalung;
    # short bursts, asks how many days in his urgency answer; one part; urgent.
    "dev81 southern man asks how many days, sai tai to phatthalung, one part": Persona(
        ("หวัดดีครับ", "บ่าวอยู่กรุงเทพ", "ขอค่ารถกลับบ้านได้ม่ายครับ"),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ตังหมดครับ มาสมัครงานไม่ได้งาน",
         "id_card": "มีครับ",
         "current_province": "สายใต้ใหม่ครับ กทม",
         "home_province": "พัทลุงครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ นอนท่ารถมาคืนนึงแล้ว แล้วกี่วันได้เงินครับ หลาวไม่ไหวแล้ว",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "ไม่มีแล้วครับ",
         "name": "บ่าวเอก ครับ ชื่อจริง เอกชัย ทองแก้ว",
         "phone": "0829990011",
         "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พัทลุง",
                "travellers": 1, "urgent": True, "special": [],
                "phone": "0829990011", "no_referrals": HEALTH},
        one_part=True),

    # Isan wife of 63 with her sick husband of 66, discharged from Srinagarind
    # hospital in Khon Kaen, home Mukdahan; story out of order; wants his medicine
    # continued near home; no bed tonight, urgent.
    "dev81 old couple after hospital, khon kaen to mukdahan": Persona(
        ("สวัสดีค่ะ ผัวป่วยมาหาหมอที่ขอนแก่น",
         "ค่ารถหมดแล้วค่ะ เงินที่เอามาหมดค่ากินค่าหอ",
         "จะกลับมุกดาหาร"),
        {"consent": "ยินยอมจ้า",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "บ่มีค่ารถกลับค่ะ",
         "id_card": "มีทั้งสองคนจ้า",
         "current_province": "โรงพยาบาลศรีนครินทร์ ขอนแก่นค่ะ",
         "home_province": "มุกดาหารจ้า อ.คำชะอี",
         "travellers": "สองคนค่ะ ตาเขากับข่อย",
         "urgent": "ด่วนค่ะ หมอให้ออกจากโรงบาลวันนี้ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "ตาเขาอายุ 66 ป่วยเป็นโรคหัวใจ ข่อยอายุ 63 ค่ะ",
         "more_care": "บ่มีแล้วจ้า",
         "travel_alone": "ไปกันเองได้ค่ะ ข่อยดูแลตาเขาเอง นั่งรถทัวร์ได้อยู่",
         "needs": "อยากให้ช่วยประสานโรงพยาบาลใกล้บ้าน ตาเขาต้องรับยาต่อเนื่องค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ทองใบ แสนสุข ค่ะ",
         "phone": "0887001234",
         "confirm": "แม่นแล้วค่ะ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "มุกดาหาร",
                "travellers": 2, "urgent": True, "special": ["elderly", "sick"],
                "referrals": ["medical_services"],
                "name": "ทองใบ แสนสุข", "phone": "0887001234"}),

    # --- refused ---

    # Myanmar worker at Mahachai (Samut Sakhon) with a pink card, wants to reach his
    # sister in Mae Sot; refused: not Thai.
    "dev81 myanmar worker pink card, mahachai, refused": Persona(
        ("สวัสดีคับ", "ผมทำงานมหาชัย นายจ้างไม่ให้เงิน อยากไปแม่สอด หาพี่สาว",
         "ช่วยได้ไหมคับ"),
        {"consent": "ได้คับ",
         "idle": "อยากได้ค่ารถคับ",
         "hardship": "ไม่มีเงินค่ารถคับ",
         "id_card": "ไม่มีบัตรประชาชนคับ ผมคนพม่า มีบัตรชมพู",
         "nationality_letter": "ไม่มีคับ",
         "current_province": "มหาชัย สมุทรสาครคับ",
         "home_province": "แม่สอด ตากคับ",
         "travellers": "คนเดียวคับ",
         "urgent": "ด่วนคับ ไม่มีที่นอน",
         "special_needs": "ไม่มีคับ",
         "needs": "ไม่มีคับ",
         "name": "ซอ มิน",
         "phone": "0951237788",
         "confirm": "ใช่คับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Woman whose rented room burnt in Bang Phli (Samut Prakan) with her ID card,
    # home Sisaket; no letter either; refused for lack of papers, sent to get a card.
    "dev81 id burnt no letter, bang phli, refused": Persona(
        ("ช่วยด้วยค่ะ", "ไฟไหม้ห้องเช่าเมื่อวาน ของหมดเลย อยากกลับบ้านศรีสะเกษ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงิน ไม่มีที่อยู่ค่ะ ไหม้หมด",
         "id_card": "บัตรไหม้ไปกับห้องค่ะ",
         "nationality_letter": ("หนังสืออะไรคะ ไม่มีค่ะ",
                                "ไม่มีค่ะ ไม่มีเอกสารอะไรเลย ผู้ใหญ่บ้านคนใหม่ก็ไม่รู้จัก"),
         "current_province": "สมุทรปราการค่ะ บางพลี",
         "home_province": "ศรีสะเกษค่ะ อ.กันทรลักษ์",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ",
         "needs": "อยากทำบัตรใหม่ค่ะ",
         "name": "พรทิพย์ ค่ะ",
         "phone": "0659876543",
         "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง",
                "referrals": ["id_card"]}),

    # Northern woman at the Chiang Rai city bus terminal who wants fare to Mae Sai,
    # in the same province; refused: already in her home province.
    "dev81 already in home province, chiang rai, refused": Persona(
        ("สวัสดีเจ้า", "ขอค่ารถปิ๊กบ้านได้ก่อเจ้า"),
        {"consent": "ได้เจ้า แต่บ่เอาไปประกาศเน่อ",
         "idle": "ขอค่ารถปิ๊กบ้านเจ้า",
         "hardship": "บ่มีค่ารถเจ้า",
         "id_card": "มีเจ้า",
         "current_province": "ขนส่งเชียงรายในเมืองเจ้า",
         "home_province": "แม่สายเจ้า เชียงรายนี่แหละ",
         "travellers": "คนเดียวเจ้า",
         "urgent": "บ่ด่วนเจ้า",
         "special_needs": "บ่มีเจ้า",
         "needs": "บ่มีเจ้า",
         "name": "คำแปง ใจดี",
         "phone": "0841239090",
         "confirm": "แม่นแล้วเจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # --- answered ---

    # Man who refuses consent and only asks which number to call at night: 1300.
    "dev81 asks night hotline, no consent, answered": Persona(
        ("ถามหน่อยครับ",
         "ถ้าตอนกลางคืนจะขอความช่วยเหลือค่ารถกลับบ้าน โทรเบอร์ไหนได้บ้างครับ มีคนรับไหม"),
        {"consent": "ไม่ต้องเก็บครับ แค่ถามเฉยๆ",
         "idle": "แค่อยากรู้เบอร์โทรครับ"},
        outcome="answered", answered="1300"),

    # Daughter asking for her father how much food money is given while waiting: 100.
    "dev81 daughter asks food money per day, answered": Persona(
        ("สวัสดีค่ะ",
         "พ่อหนูจะขอค่ารถกลับบ้าน ระหว่างรอเขาให้ค่ากินด้วยไหมคะ วันละเท่าไหร่คะ"),
        {"consent": "แค่ถามก่อนค่ะ ยังไม่ต้องเก็บอะไร",
         "idle": "อยากรู้ว่าได้ค่ากินวันละเท่าไหร่ค่ะ"},
        outcome="answered", answered="100"),

    # Isan woman asking how many days it takes when it is not urgent: 15.
    "dev81 isan woman asks how many days, answered": Persona(
        ("สอบถามแหน่เด้อ",
         "ขอค่ารถกลับบ้าน ต้องรอจักมื้อคะ ถ้าบ่ด่วน ยังมีบ่อนพักอยู่"),
        {"consent": "ถามเฉยๆก่อนค่ะ บ่ต้องเก็บ",
         "idle": "อยากฮู้ว่าต้องรอจักมื้อค่ะ"},
        outcome="answered", answered="15"),
}
