"""Dialog personas, set "dev66" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: women and young people. Women fleeing a violent husband or boyfriend, young
people cheated by a fake job offer (Facebook page, TikTok agent, a "receptionist" job
that turned out to be a bar) or an online scam (investment gang, loan app), teenagers
who ran away or got stranded after a concert, single mothers with babies, pregnant
women near term, a nurse and a mall security guard writing for someone else. Places
are Bangkok and its edges (หมอชิต, หัวลำโพง, อนุสาวรีย์ชัย, สายใต้, บางนา, and
รังสิต/ตลาดไท which are ปทุมธานี, มหาชัย which is สมุทรสาคร), Pattaya and Hua Hin;
homes in the north, Isan, the south, the centre, the east and the west. Ways of
writing: answering two things at once or a different question than asked, correcting
themselves ("เชียงใหม่ เอ้ย เชียงราย", a phone number fixed), asking a question back
in the middle, English words (job, agent, no money, discharge), Isan, northern and
southern particles, Thai digits, and messages with no spaces at all.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # woman fled a violent husband, at Mo Chit bus terminal, home Roi Et; case, urgent
    "dev66 woman fleeing husband at mo chit, whole story": Persona(
        ("ช่วยด้วยค่ะ หนีผัวออกมา เค้าตบหนูทุกวันเลย ตอนนี้นั่งอยู่หมอชิตไม่มีตังค่ารถกลับร้อยเอ็ด"
         " มีแค่บัตรประชาชนกับโทรศัพท์ค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ ช่วยหนูด้วย",
         "hardship": "ไม่มีตังค่ารถค่ะ คืนนี้ก็ไม่มีที่นอน",
         "id_card": "มีค่ะ หยิบมาทัน", "current_province": "หมอชิตค่ะ กทม",
         "home_province": "ร้อยเอ็ดค่ะ อ.เสลภูมิ", "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ กลัวเค้าตามมาเจอ", "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ ขอแค่ได้กลับบ้าน", "sensitive_consent": "ได้ค่ะ",
         "name": "ฝนค่ะ", "phone": "0917724518", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [], "name": "ฝน",
                "phone": "0917724518"}),
    # three teenage girls stranded after a concert, now at Future Park Rangsit, home
    # Phitsanulok; asks back whether Rangsit counts as Bangkok; case
    "dev66 three teens stranded after concert at rangsit": Persona(
        ("พี่คะ ช่วยหนูหน่อย omg",
         "พวกหนูมาดูคอนที่กทม แล้วตกรถ ตอนนี้อยู่ฟิวเจอร์รังสิต กระเป๋าตังเพื่อนโดนล้วงไปหมดเลยค่ะ"),
        {"consent": "ok ค่ะ ยินยอม", "idle": "อยากกลับบ้านค่ะ ไม่มีตังขึ้น bus",
         "hardship": "ไม่มีตังกลับบ้านค่ะ เหลือ 40 บาทสามคน",
         "id_card": "มีค่ะ มีทุกคนเลย",
         "current_province": "รังสิตค่ะ ฟิวเจอร์พาร์ค อันนี้นับเป็นกทมมั้ยคะ55",
         "home_province": "พิดโลกค่ะ พิษณุโลก",
         "travellers": "3 คนค่ะ หนูกับเพื่อนอีก2 อายุ16-17 ทุกคน",
         "urgent": "ด่วนมากค่ะ แบตจะหมดแล้วด้วย คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ไม่มีค่ะ แค่เด็กม.ปลาย", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปกันเองได้ค่ะ นั่งรถทัวร์บ่อย",
         "needs": "ไม่มีค่ะ อยากกลับบ้านอย่างเดียว แม่โทรตามแล้ว",
         "sensitive_consent": "ได้ค่ะ", "name": "แพรวาค่ะ", "phone": "063-441-8072",
         "confirm": "ถูกค่ะ ok"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "พิษณุโลก",
                "travellers": 3, "urgent": True, "special": [], "name": "แพรวา",
                "phone": "0634418072"}),
    # single mother with an 8-month baby sleeping at Hua Lamphong, home Surat Thani;
    # one thing per message, Thai-digit phone; case
    "dev66 single mother with baby at hua lamphong, one part": Persona(
        ("สวัสดีค่ะ", "อยู่หัวลำโพงกับลูกค่ะ"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้านค่ะ", "hardship": "ไม่มีเงินค่ะ",
         "id_card": "มีค่ะ", "current_province": "กรุงเทพ",
         "home_province": "สุราษฎร์ค่ะ", "travellers": "2 คนค่ะ",
         "urgent": ("ด่วนค่ะ", "นอนที่สถานีค่ะ"), "special_needs": "ลูก 8 เดือนค่ะ",
         "more_care": "ไม่มี", "travel_alone": "ไปได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "จอย", "phone": "๐๘๔๕๕๒๑๙๓๖",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุราษฎร์ธานี",
                "travellers": 2, "urgent": True, "special": ["child"], "name": "จอย",
                "phone": "0845521936"},
        one_part=True),
    # pregnant near term, boyfriend left, evicted in Pattaya, home Kalasin; corrects
    # the month; case, urgent
    "dev66 pregnant woman abandoned in pattaya": Persona(
        ("ท้องแก่ค่ะ ผัวทิ้ง ไม่มีเงินกลับบ้าน", "อยู่พัทยาค่ะ แถวพัทยากลาง"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับไปคลอดที่บ้านค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ค่ารถก็ไม่มี", "id_card": "มีค่ะ",
         "current_province": "พัทยา ชลบุรีค่ะ", "home_province": "กาฬสินธุ์ค่ะ อ.ยางตลาด",
         "travellers": "หนูคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ห้องเช่าเค้าไล่ออกแล้ว คืนนี้ไม่รู้นอนไหน",
         "special_needs": "หนูท้องค่ะ 7 เดือน เอ้ย 8 เดือนแล้ว", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ แต่ขอเป็นรถทัวร์นะคะ นั่งรถตู้ไม่ไหว",
         "needs": "อยากไปฝากท้องที่โรงบาลใกล้บ้านค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "น้ำผึ้ง", "phone": "0952287641", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "name": "น้ำผึ้ง", "phone": "0952287641"}),
    # young man cheated by a fake factory job page in Mahachai, water-damaged card,
    # home Nakhon Phanom, wants real work; case
    "dev66 fake factory job page in mahachai, damaged card": Persona(
        ("ผมโดนเพจปลอมหลอกครับบอกมีงานโรงงานที่มหาชัยให้โอนค่ามัดจำชุดกับค่าที่พัก1500"
         "มาถึงแล้วไม่มีโรงงานจริงแอดมินบล็อคผมไปเลย",),
        {"consent": "ยินยอมครับ", "idle": "อยากกลับบ้านครับ",
         "hardship": "ตังหมดเลยครับไม่มีค่ารถกลับเมื่อคืนนอนศาลาวัด",
         "id_card": "มีครับแต่โดนน้ำตัวหนังสือลอกไปครึ่งนึง",
         "current_province": "มหาชัยครับ", "home_province": "นครพนมครับธาตุพนม",
         "travellers": "ผมคนเดียว", "urgent": "ด่วนครับคืนนี้ก็ต้องนอนวัดอีก",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มี", "travel_alone": "ได้ครับ",
         "needs": "อยากได้งานครับงานจริงๆนะไม่เอาเพจแล้ว", "sensitive_consent": "ได้ครับ",
         "name": "บอสครับ", "phone": "0618830254", "confirm": "ครับถูก"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": [], "name": "บอส",
                "phone": "0618830254", "id_card_state": "damaged",
                "referrals": ["job_placement"]}),
    # investment-scam victim evicted, at Victory Monument, home Lampang; answers a
    # different question twice before answering; case
    "dev66 investment scam victim at victory monument, off-topic answers": Persona(
        ("โดนแก๊งหลอกลงทุนค่ะ เอาเงินไปหมดเลย4หมื่นกว่า",
         "ตอนนี้นั่งอยู่อนุสาวรีย์ ค่าห้องก็ไม่มีจ่าย เจ้าของไล่ออกแล้ว"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": ("มันบอกได้กำไรวันละ20% หนูโง่เองแหละ",
                      "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีที่นอนด้วย"),
         "id_card": "มีค่ะ", "current_province": "กทมค่ะ อนุสาวรีย์ชัย",
         "home_province": ("แล้วเงินที่โดนไปจะได้คืนมั้ยคะ", "ลำปางค่ะ เกาะคา"),
         "travellers": "คนเดียว", "urgent": "ด่วนค่ะ คืนนี้ต้องนอนป้ายรถเมล์แล้ว",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มี", "travel_alone": "ได้ค่ะ",
         "needs": "อยากแจ้งความค่ะ แต่ไม่รู้ต้องไปไหน", "sensitive_consent": "ได้ค่ะ",
         "name": "เมย์", "phone": "082-991-4473", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "special": [], "name": "เมย์",
                "phone": "0829914473"}),
    # mall security guard in Bang Na writes for a 15-year-old runaway girl, home
    # Chaiyaphum with grandma; needs an escort; case
    "dev66 guard writes for runaway girl in bang na": Persona(
        ("สวัสดีครับ ผมเป็นรปภ.ห้างแถวบางนา",
         "มีเด็กผู้หญิงมานั่งร้องไห้ตั้งแต่บ่าย ถามแล้วหนีออกจากบ้านมาหาแฟนที่คุยในเฟส"
         " แฟนไม่มาตามนัด ไม่มีเงินกลับบ้านครับ"),
        {"consent": "น้องบอกยินยอมครับ", "idle": "อยากให้ช่วยส่งน้องกลับบ้านครับ",
         "hardship": "ไม่มีเงินเลยครับ ไม่มีที่นอนด้วย",
         "id_card": "น้องมีบัตรประชาชนครับ", "current_province": "บางนาครับ ฝั่งกทม.",
         "home_province": "ชัยภูมิครับ น้องบอกอยู่กับยาย อ.ภูเขียว",
         "travellers": "น้องคนเดียวครับ", "urgent": "ด่วนครับ ห้างปิดสี่ทุ่ม น้องไม่มีที่ไป",
         "special_needs": "น้องอายุ15ครับ ยังเด็ก ไปคนเดียวไม่ได้หรอก",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไม่ควรไปคนเดียวครับ มีเจ้าหน้าที่ไปส่งได้มั้ย กลัวโดนหลอกอีก",
         "needs": "ไม่มีครับ ยายรออยู่", "sensitive_consent": "ได้ครับ",
         "name": "น้องชื่อมายด์ครับ", "phone": "เบอร์ผมนะครับ 087-330-6619",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "special": ["cannot_travel_alone"],
                "name": "มายด์", "phone": "0873306619", "referrals": ["travel_escort"]}),
    # mother and two kids fled a drunk husband, in Hua Hin, home Trang; southern
    # speech, answers two things at once; case
    "dev66 southern mother with two kids fleeing in hua hin": Persona(
        ("ช่วยฉานหน่อยค่ะ ผัวเมาแล้วตีฉานกับลูก หนีออกมาแล้วตอนนี้อยู่หัวหิน"
         " ไม่มีตังค์ไหรเลย จะพาลูกกลับบ้านที่ตรัง",),
        {"consent": "ยินยอมค่ะ ช่วยเร็วๆนะ ลูกหิวแล้ว", "idle": "พาลูกกลับบ้านค่ะ",
         "hardship": "ไม่มีตังค์ค่ารถ ข้าวก็ยังไม่ได้กินแต่เช้าแหละ",
         "id_card": "มีบัตรค่ะ ของลูกมีสูติบัตร",
         "current_province": "หัวหินค่ะ ประจวบ", "home_province": "ตรังค่ะ อ.ห้วยยอด",
         "travellers": "3 คนค่ะ ฉานกับลูก2 คนโต9ขวบ คนเล็ก4ขวบ",
         "urgent": "ด่วนค่ะ กลัวเขาตามมาเจอ คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกคนเล็ก4ขวบค่ะ", "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "ม่ายค่ะ ขอกลับบ้านก่อน",
         "sensitive_consent": "ได้ค่ะ", "name": "ก้อย", "phone": "0935507128",
         "confirm": "ถูกแล้วค่ะ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "ตรัง",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "ก้อย",
                "phone": "0935507128"}),
    # Isan teen not paid by a restaurant, ran away, at Mo Chit, expired card, home
    # Sisaket; one thing per message; case
    "dev66 unpaid isan teen at mo chit, one part": Persona(
        ("สวัสดีครับ",
         "เถ้าแก่ร้านอาหารบ่จ่ายค่าแรงผมสองเดือน ผมหนีออกมาแล้ว บ่มีเงินค่ารถกลับบ้านครับ"),
        {"consent": "ยินยอมครับ", "idle": "อยากกลับบ้าน", "hardship": "บ่มีค่ารถครับ",
         "id_card": "มีครับ แต่หมดอายุแล้ว", "current_province": "หมอชิตครับ",
         "home_province": "ศรีสะเกษ", "travellers": "คนเดียว", "urgent": "ด่วนครับ",
         "special_needs": "บ่มี", "more_care": "บ่มีครับ", "travel_alone": "ไปเองได้",
         "needs": "อยากได้งานครับ", "sensitive_consent": "ได้ครับ", "name": "ต้น",
         "phone": "0647193385", "confirm": "ถูก"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": [], "name": "ต้น",
                "phone": "0647193385", "id_card_state": "expired",
                "referrals": ["job_placement"]},
        one_part=True),
    # fake hotel-receptionist job that was a bar, escaped, at Pattaya bus terminal,
    # home Chiang Rai; English words, corrects province and phone; case
    "dev66 fake receptionist job in pattaya, english mixed": Persona(
        ("hello ค่ะ need help ค่ะ",
         "agent บอกมีjob receptionist โรงแรมที่พัทยา พอมาถึงให้ไปนั่งดริ้งในบาร์"
         " หนูไม่เอา หนีออกมาแล้ว no money เลยค่ะ"),
        {"consent": "ok ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ go home",
         "hardship": "no money ค่ะ ค่ารถก็ไม่มี tonight ไม่มีที่นอนด้วย",
         "id_card": "มีค่ะ agent จะยึดแต่หนูแย่งคืนมาได้",
         "current_province": "พัทยาค่ะ อยู่ขนส่งพัทยาเหนือ",
         "home_province": "เชียงใหม่ เอ้ย ไม่ใช่ เชียงรายค่ะ อ.แม่สาย",
         "travellers": "just me ค่ะ คนเดียว", "urgent": "urgent มากค่ะ กลัว agent ตามมา",
         "special_needs": "no ค่ะ", "more_care": "ไม่มี", "travel_alone": "ได้ค่ะ ok",
         "needs": "อยากได้งานจริงๆแถวบ้าน ไม่เอาagentแล้วค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "ปรียา",
         "phone": "0861452209 ผิดค่ะ 0861452290", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [], "name": "ปรียา",
                "phone": "0861452290"}),
    # pregnant 17-year-old due next week, thrown out by boyfriend's mother, at Talad
    # Thai (Pathum Thani), home Nakhon Sawan; asks back, wants someone along; case
    "dev66 pregnant teen due next week at talad thai": Persona(
        ("หนูท้องค่ะ อีกอาทิตย์เดียวก็ครบกำหนดคลอด",
         "แม่แฟนไล่ออกจากบ้าน ตอนนี้อยู่ตลาดไทค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับไปอยู่กับยายค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ไม่มีที่อยู่ด้วย", "id_card": "มีค่ะ",
         "current_province": "ตลาดไท คลองหลวงค่ะ แถวรังสิต",
         "home_province": "นครสวรรค์ค่ะ บ้านยายอยู่ตาคลี",
         "travellers": "หนูคนเดียวค่ะ ลูกยังไม่คลอด555",
         "urgent": "ด่วนค่ะ คืนนี้นอนแผงผักในตลาด", "special_needs": "ท้อง9เดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": ("ถ้าเจ็บท้องบนรถทำไงคะ",
                          "ไปคนเดียวไม่กล้าค่ะ อยากให้มีคนไปด้วย"),
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ", "name": "ใบเตย",
         "phone": "0976624013", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "นครสวรรค์",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "pregnant"], "name": "ใบเตย",
                "phone": "0976624013", "referrals": ["travel_escort"]}),
    # laid-off shrimp-factory worker with a feverish 1-year-old in Mahachai, home
    # Sakon Nakhon, still has a room; one thing per message; case, not urgent
    "dev66 laid-off mother with sick baby in mahachai, one part": Persona(
        ("โรงงานกุ้งเลิกจ้างค่ะ", "ลูกไม่สบายด้วย"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอเงินกลับบ้าน", "hardship": "ไม่มีรายได้ค่ะ",
         "id_card": "มีค่ะ", "current_province": "มหาชัย", "home_province": "สกลนคร",
         "travellers": "2 คน", "urgent": "ไม่ด่วนค่ะ ห้องยังอยู่ได้ถึงสิ้นเดือน",
         "special_needs": "ลูก1ขวบค่ะ", "more_care": "ลูกเป็นไข้ค่ะ ไอด้วย",
         "travel_alone": "ไปได้ค่ะ", "needs": "อยากพาลูกไปหาหมอค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "อ้อม", "phone": "0898816047",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "สกลนคร",
                "travellers": 2, "urgent": False, "special": ["child", "sick"],
                "name": "อ้อม", "phone": "0898816047", "referrals": ["medical_services"]},
        one_part=True),
    # loan-app scam victim lost her job, in Bang Na, expired card, home Kanchanaburi;
    # asks back about the card and about fees; case, not urgent
    "dev66 loan app scam victim in bang na, expired card": Persona(
        ("แอปเงินกู้หลอกค่ะ ให้โอนค่าธรรมเนียมก่อนแล้วหายเลย เงินเก็บหมด",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากได้ค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ งานก็โดนออก",
         "id_card": "มีค่ะ แต่หมดอายุไปปีนึงแล้ว ใช้ได้มั้ยคะ",
         "current_province": "บางนาค่ะ", "home_province": "กาญจน์ค่ะ ทองผาภูมิ",
         "travellers": "คนเดียว",
         "urgent": "ยังไม่ด่วนมากค่ะ นอนห้องเพื่อนได้ถึงวันอาทิตย์",
         "special_needs": "ไม่มี", "more_care": "ไม่มี", "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ", "name": "แนน",
         "phone": "๐๘๑-๕๕๗-๓๙๒๘",
         "confirm": ("เดี๋ยวนะคะ อันนี้ต้องจ่ายค่าอะไรมั้ย กลัวโดนอีก", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "กาญจนบุรี",
                "travellers": 1, "urgent": False, "special": [], "name": "แนน",
                "phone": "0815573928", "id_card_state": "expired"}),
    # northern girl left behind by her boyfriend after a music festival in Hua Hin,
    # home Nan; writes with no spaces; case
    "dev66 northern girl left in hua hin, no spaces": Persona(
        ("มางานดนตรีที่หัวหินกับแฟนแล้วทะเลาะกันมันขับรถหนีไปเลยทิ้งเราไว้บ่มีตังค์สักบาทเจ้า",),
        {"consent": "ยินยอมเจ้า", "idle": "อยากกลับบ้านเจ้า",
         "hardship": "บ่มีตังค์ค่ารถเลยเจ้าข้าวก็ยังบ่ได้กิน",
         "id_card": "มีบัตรเจ้าอยู่ในกระเป๋าโทรศัพท์",
         "current_province": "หัวหินเจ้าแถวตลาดโต้รุ่ง",
         "home_province": "น่านเจ้าอำเภอปัว", "travellers": "คนเดียวเจ้า",
         "urgent": "ด่วนเจ้าคืนนี้บ่มีที่นอน", "special_needs": "บ่มีเจ้า",
         "more_care": "บ่มี", "travel_alone": "ไปเองได้เจ้า", "needs": "บ่มีเจ้า",
         "sensitive_consent": "ได้เจ้า", "name": "ชื่อฟ้าเจ้า0658842137",
         "phone": "0658842137", "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "น่าน",
                "travellers": 1, "urgent": True, "special": [], "name": "ฟ้า",
                "phone": "0658842137"}),
    # nurse at Rajavithi hospital (Victory Monument) writes for a 20-year-old who gave
    # birth 3 days ago, discharged tomorrow, home Yasothon; case
    "dev66 nurse writes for new mother at rajavithi": Persona(
        ("สวัสดีค่ะ พยาบาลตึกหลังคลอด รพ.ราชวิถีนะคะ",
         "มีคนไข้อายุ20 คลอดลูกได้3วัน สามีหนีไป ไม่มีเงินกลับบ้านที่ยโสธรค่ะ"
         " พรุ่งนี้ต้องdischargeแล้ว"),
        {"consent": "คนไข้ยินยอมค่ะ", "idle": "อยากให้ช่วยส่งคนไข้กลับบ้านค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ค่ารถก็ไม่มี ออกจากรพ.แล้วไม่มีที่ไป",
         "id_card": "คนไข้มีบัตรประชาชนค่ะ",
         "current_province": "กรุงเทพค่ะ แถวอนุสาวรีย์ชัย",
         "home_province": "ยโสธรค่ะ อ.เลิงนกทา",
         "travellers": "2 คนค่ะ แม่กับเด็กแรกเกิด",
         "urgent": "ด่วนค่ะ พรุ่งนี้เช้าdischarge ไม่มีที่นอน",
         "special_needs": "เด็กแรกเกิด 3 วันค่ะ", "more_care": "แม่แข็งแรงดีค่ะ ไม่มีแล้ว",
         "travel_alone": "ไปเองได้ค่ะ ญาติจะมารอรับที่ขนส่งยโสธร",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "คนไข้ยินยอมค่ะ",
         "name": "ชื่อคนไข้ ศิริพร ค่ะ", "phone": "เบอร์คนไข้ 0826631750",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยโสธร",
                "travellers": 2, "urgent": True, "special": ["child"], "name": "ศิริพร",
                "phone": "0826631750"}),
    # woman whose boyfriend kept her ID card, has a village head's letter, at the
    # southern bus terminal, home Nakhon Si Thammarat, wants a new card; case
    "dev66 boyfriend kept her card, village head letter, sai tai": Persona(
        ("หนีแฟนมาค่ะ เค้าซ่อนบัตรประชาชนหนูไว้ไม่ให้ไปไหน",
         "ตอนนี้อยู่ขนส่งสายใต้ อยากกลับนครศรีฯ ไม่มีตังค่ารถ"),
        {"consent": "ยินยอมค่ะ", "idle": "กลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ เงินเค้าเอาไปหมด",
         "id_card": "ไม่มีค่ะ แฟนยึดไว้ ไม่กล้ากลับไปเอา",
         "nationality_letter": "มีค่ะ แม่ไปขอผู้ใหญ่บ้านทำหนังสือรับรองให้แล้ว",
         "current_province": "สายใต้ค่ะ กรุงเทพ", "home_province": "นครศรีธรรมราชค่ะ ทุ่งสง",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนมากค่ะ พักบ้านเพื่อนได้อีกสองคืน",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มี", "travel_alone": "ได้ค่ะ",
         "needs": "อยากทำบัตรใหม่ค่ะ", "sensitive_consent": "ได้ค่ะ", "name": "ปุ๋ย",
         "phone": "092 331 8864", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False, "special": [], "name": "ปุ๋ย",
                "phone": "0923318864", "referrals": ["id_card"]}),
    # two sisters cheated by a TikTok hotel-job agent in Hua Hin, home Trat, room paid
    # for two more days; one thing per message; case, not urgent
    "dev66 sisters cheated by tiktok job agent in hua hin, one part": Persona(
        ("โดนหลอกมาทำงานค่ะ", "มาสองคนพี่น้อง"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ", "current_province": "หัวหิน",
         "home_province": "ตราดค่ะ", "travellers": "2 คน",
         "urgent": "ยังไม่ด่วนค่ะ ห้องจ่ายถึงมะรืน", "special_needs": "ไม่มี",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากได้งานค่ะ", "sensitive_consent": "ได้ค่ะ", "name": "แพร",
         "phone": "0627745118", "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "ตราด",
                "travellers": 2, "urgent": False, "special": [], "name": "แพร",
                "phone": "0627745118", "referrals": ["job_placement"]},
        one_part=True),

    # Lao woman cheated by a job broker in Mahachai, has only a pink card; refused
    "dev66 lao woman cheated by broker in mahachai": Persona(
        ("สวัสดีค่ะ อยากกลับบ้าน", "นายหน้าหลอกมาทำงานที่มหาชัย ไม่ได้เงินสักบาท"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ",
         "id_card": "ไม่มีบัตรไทยค่ะ มีแต่บัตรชมพู หนูเป็นคนลาว",
         "nationality_letter": "ไม่มีค่ะ หนูไม่ใช่คนไทย",
         "current_province": "มหาชัยค่ะ", "home_province": "แขวงสะหวันนะเขตค่ะ ลาว",
         "travellers": "คนเดียว", "urgent": "ด่วนค่ะ", "name": "คำแพง",
         "phone": "0956612834", "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),
    # runaway 16-year-old at Hua Lamphong, bag and card stolen on the train, no one
    # to ask the village head; refused
    "dev66 runaway teen with no papers at hua lamphong": Persona(
        ("หนูหนีออกจากบ้านมาค่ะ มาอยู่กรุงเทพได้อาทิตย์นึงแล้ว อยากกลับแล้ว",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้าน",
         "hardship": "ไม่มีเงินเลยค่ะ นอนหัวลำโพง",
         "id_card": ("กระเป๋าโดนขโมยบนรถไฟค่ะ บัตรหายไปด้วย ต้องมีบัตรด้วยเหรอคะ",
                     "ไม่มีค่ะ"),
         "nationality_letter": "ไม่มีค่ะ ผู้ใหญ่บ้านก็ไม่รู้จัก พ่อแม่ไม่อยู่แล้ว ไม่มีใครไปขอให้",
         "current_province": "หัวลำโพงค่ะ", "home_province": "กำแพงเพชรค่ะ",
         "travellers": "คนเดียว", "urgent": "ด่วนค่ะ", "name": "ฝ้าย",
         "phone": "0681127439", "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),
    # woman slapped by her boyfriend in Pattaya wants to go to her mother in
    # Sattahip, same province; refused
    "dev66 pattaya woman going home to sattahip": Persona(
        ("แฟนตบค่ะ หนีออกมาจากห้อง อยู่พัทยา",
         "อยากกลับไปอยู่บ้านแม่ที่สัตหีบ แต่ไม่มีค่ารถเลย"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านแม่ค่ะ",
         "hardship": "ไม่มีตังค่ะ ค่ารถก็ไม่มี", "id_card": "มีค่ะ",
         "current_province": "พัทยาค่ะ",
         "home_province": ("สัตหีบค่ะ", "ชลบุรีค่ะ สัตหีบก็ชลบุรีแหละ"),
         "travellers": "คนเดียว", "urgent": "ด่วนค่ะ", "name": "มุก",
         "phone": "0934471862", "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # pregnant woman asks who pays if she falls ill while waiting or on the bus home;
    # answered (medical care in transit)
    "dev66 pregnant woman asks about falling ill on the way": Persona(
        ("ท้อง8เดือนค่ะ ถามก่อน ถ้าระหว่างรอหรือระหว่างนั่งรถกลับบ้านเกิดไม่สบายขึ้นมา"
         " ค่าโรงบาลใครจ่ายคะ",),
        {"consent": "ยินยอมค่ะ", "idle": "แค่อยากถามก่อนค่ะ ยังไม่ขอตอนนี้"},
        outcome="answered", answered="ผู้ป่วยนอก"),
    # scammed teen asks whether 1300 charges anything; answered (no fee)
    "dev66 scammed teen asks if there is a fee": Persona(
        ("เคยโดนหลอกเก็บค่าดำเนินการมาแล้วอะ",
         "ขอเงินช่วยกลับบ้านกับ1300ต้องเสียตังค่าอะไรมั้ยครับ"),
        {"consent": "ยินยอมครับ", "idle": "ถามเฉยๆครับ"},
        outcome="answered", answered="ค่าธรรมเนียม"),
    # woman whose card is with her ex asks what can replace it; answered (documents)
    "dev66 woman asks what replaces a lost id card": Persona(
        ("ถ้าไม่มีIDcardใช้อะไรแทนได้บ้างคะบัตรอยู่กับแฟนเก่าเอาคืนไม่ได้",),
        {"consent": "ยินยอมค่ะ", "idle": "ถามเรื่องเอกสารค่ะ"},
        outcome="answered", answered="หนังสือรับรอง"),
}
