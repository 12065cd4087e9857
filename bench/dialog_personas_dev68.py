"""Dialog personas, set "dev68" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: the South and the West (Surat Thani, Krabi, Phang Nga, Phuket, Trang,
Ratchaburi, Kanchanaburi, Prachuap Khiri Khan, Phetchaburi, with Ranong for one
refusal). Tourism and fishing workers (trawler crew at Kantang, a long-tail helper on
Phi Phi, hotel maids, masseuses, a resort hand on the River Kwai), migrants from Isan
and the North stranded there at the end of the season, Malay-Muslim Thais from
Pattani, Yala and Narathiwat (บัง, เปาะ, มะ, กะ; ตะมีดูวิ, ตรีมอกาซิ), people robbed or
scammed (a Full Moon party theft, a romance scam at Ao Nang, a pick-pocket at Cha-am),
a released prisoner from Khao Bin, people writing for others (a bus-station guard, a
monk). Ways of writing: long messages with no spaces, two or three short messages
before consenting, southern words (หม้าย, ไม่หิด, แล, พรือ, หนิ, ฉาน, หรอย),
northern เจ้า/บ่, Thai digits, a correction ("3 เอ้ย 4"), a question back, and
landmarks (ป่าตอง, อ่าวนาง, เกาะพีพี, เขาหลัก, พุนพิน, ดำเนินสะดวก, บขส.หัวหิน,
สังขละบุรี, เมืองคอน, ตากใบ) instead of province names.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # trawler crew from Roi Et, unpaid at Kantang port (Trang), story with no spaces: case
    "dev68 Kantang trawler crew from Roi Et, no-space story": Persona(
        ("สวัสดีครับ",
         "ผมลงเรืออวนลากที่ท่าเรือกันตังมาสามเดือนไต๋เรือไม่จ่ายค่าแรงไล่ลงเรือเมื่อวาน"
         "ตอนนี้ไม่มีตังสักบาทนอนตามแพปลาบ้านอยู่ร้อยเอ็ดอยากกลับบ้านมีบัตรประชาชนอยู่ครับ"),
        {"consent": "ยินยอมครับ", "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีตังค่ารถ ข้าวยังไม่ได้กินตั้งแต่เมื่อวาน",
         "id_card": "มีครับ บัตรยังไม่หมดอายุ", "nationality_letter": "ไม่มีครับ มีแต่บัตร",
         "current_province": "กันตัง ตรังครับ", "home_province": "ร้อยเอ็ด อ.เสลภูมิ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่รู้นอนไหน นอนแพปลายุงกัดทั้งคืน",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มี", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ ขอกลับบ้านก่อน", "sensitive_consent": "ได้ครับ",
         "name": "สมหมายครับ", "phone": "0815562347", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ตรัง", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": [], "name": "สมหมาย", "phone": "0815562347"}),

    # Malay-Muslim mother (มะ) laid off by a Patong hotel, two kids, to Pattani: case
    "dev68 Malay mother laid off at Patong with two kids": Persona(
        ("อัสลามูอาลัยกุมค่ะ", "มะขอถามหน่อย", "ช่วยคนตกงานไหมคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "มะอยากกลับบ้านที่ปัตตานีค่ะ ตะมีดูวิแล้ว",
         "hardship": "โรงแรมที่ป่าตองให้ออก ห้องพักพนักงานต้องคืนวันนี้ ตังหมดค่ะ",
         "id_card": "มีบัตรค่ะ", "nationality_letter": "ไม่มีค่ะ มีบัตรประชาชน",
         "current_province": "ป่าตอง ภูเก็ตค่ะ", "home_province": "ปัตตานี อำเภอยะหริ่งค่ะ",
         "travellers": "๓ คนค่ะ มะกับลูกสองคน",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกคนเล็ก ๓ ขวบ คนโต ๗ ขวบค่ะ", "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "ไม่มีค่ะ ตรีมอกาซิ",
         "sensitive_consent": "ได้ค่ะ", "name": "ชื่อ รอฮานี ค่ะ", "phone": "๐๘๙๔๔๗๑๒๕๓",
         "confirm": "ถูกต้องค่ะ ตรีมอกาซิ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ปัตตานี", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "รอฮานี",
                "phone": "0894471253"}),

    # grandmother pick-pocketed at Cha-am market (Phetchaburi), southern, third person,
    # home "เมืองคอน": case
    "dev68 southern grandmother pick-pocketed at Cha-am": Persona(
        ("ยายโดนล้วงกระเป๋าที่ตลาดชะอำ ตังหมดเลย หม้ายมีค่ารถกลับเมืองคอน",),
        {"consent": "ยินยอมจ้ะ", "idle": "ยายอยากกลับบ้าน",
         "hardship": "ตังหมด ข้าวก็ไม่หิดได้กินจ้ะ",
         "id_card": "บัตรยายอยู่ในย่ามจ้ะ ขโมยเอาไปแต่ตัง",
         "nationality_letter": "หม้ายมีจ้ะ มีแต่บัตร",
         "current_province": "ชะอำ เพชรบุรีจ้ะ มาหาหลานแต่หลานย้ายไปแล้ว",
         "home_province": "เมืองคอน นครศรีฯ อำเภอปากพนัง", "travellers": "ยายคนเดียว",
         "urgent": "คืนนี้ยายนั่งอยู่ป้ายรถ หม้ายมีที่นอนจ้ะ",
         "special_needs": "ยายอายุ ๗๔ แล้ว", "more_care": "หม้ายมีแล้วจ้ะ",
         "travel_alone": "ยายไปเองได้ ไปมาหลายรอบแล้ว", "needs": "หม้ายมีแล้วจ้ะ",
         "sensitive_consent": "ได้จ้ะ", "name": "ยายเอียด", "phone": "เบอร์ยาย 0872205318",
         "confirm": "ถูกแล้วจ้ะ"},
        expect={"eligible": True, "current": "เพชรบุรี", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": ["elderly"], "name": "เอียด",
                "phone": "0872205318"}),

    # long-tail boat helper on Phi Phi (Krabi), Akha from Chiang Rai, card soaked: case
    "dev68 Phi Phi boat helper, sea-soaked card, one part": Persona(
        ("หมดซีซั่นแล้วไม่มีงาน", "ขอเงินกลับบ้านได้ไหมครับ"),
        {"consent": "ยินยอม", "idle": "ขอกลับบ้าน", "hardship": "ไม่มีรายได้ครับ",
         "id_card": "มีครับ แต่ตกน้ำทะเล รูปลอกหมดแล้ว", "nationality_letter": "ไม่มีครับ",
         "current_province": "เกาะพีพีครับ", "home_province": "เชียงราย",
         "travellers": "คนเดียว", "urgent": "ไม่ด่วนครับ ยังนอนห้องเพื่อนได้",
         "special_needs": "ไม่มี", "more_care": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้", "name": "จะแฮ",
         "phone": "0634417892", "confirm": "ถูกครับ"},
        one_part=True,
        expect={"eligible": True, "current": "กระบี่", "home": "เชียงราย", "travellers": 1,
                "urgent": False, "special": [], "name": "จะแฮ", "phone": "0634417892",
                "id_card_state": "damaged"}),

    # released this morning from Khao Bin prison (Ratchaburi), expired card, to Udon: case
    "dev68 released from Khao Bin prison, expired card, to Udon": Persona(
        ("พึ่งออกจากเรือนจำเขาบินเมื่อเช้าครับ", "ยินยอม",
         "ไม่มีค่ารถกลับอุดร บัตรประชาชนหมดอายุตั้งแต่อยู่ข้างใน"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีตังค่ารถ ได้ติดตัวมาร้อยกว่าบาท",
         "id_card": "มีแต่หมดอายุไปปีนึงแล้ว", "nationality_letter": "ไม่มีครับ",
         "current_province": "ราชบุรีครับ แถวเขาบิน", "home_province": "อุดรธานี บ้านดุง",
         "travellers": "คนเดียวครับ", "urgent": "คืนนี้ยังไม่รู้จะนอนไหนครับ",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "อยากได้งานครับ แต่ใครจะรับคนพึ่งออกจากคุก",
         "sensitive_consent": "ยินยอมครับ", "name": "ชื่อ อนุชา", "phone": "0957713046",
         "confirm": "ครับถูก"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "อุดรธานี", "travellers": 1,
                "urgent": True, "special": [], "name": "อนุชา", "phone": "0957713046",
                "id_card_state": "expired",
                "referrals": ["job_placement", "probation_support"]}),

    # guard at Hua Hin bus station (Prachuap) writes for a dazed old man from Lampang: case
    "dev68 Hua Hin bus station guard for an old man to Lampang": Persona(
        ("ผมเป็นรปภ.อยู่ บขส.หัวหินครับ",
         "มีลุงคนนึงนั่งอยู่ตั้งแต่เมื่อวาน แกดูงงๆ บอกว่าบ้านอยู่ลำปาง ไม่มีตังเลย ช่วยได้ไหมครับ"),
        {"consent": "ยินยอมครับ ลุงแกก็พยักหน้า", "idle": "อยากส่งลุงกลับบ้าน",
         "hardship": "ลุงไม่มีเงินสักบาท ไม่ได้กินข้าว ผมซื้อให้ห่อนึง",
         "id_card": "ในกระเป๋าลุงมีบัตรประชาชนครับ", "nationality_letter": "ไม่มีครับ มีบัตร",
         "current_province": "หัวหิน ประจวบครับ",
         "home_province": "ลำปาง บัตรเขียนว่าอำเภอเกาะคา", "travellers": "ลุงคนเดียวครับ",
         "urgent": "ด่วนครับ ลุงนอนเก้าอี้ในสถานีมาคืนนึงแล้ว",
         "special_needs": "ลุงอายุ ๗๘ ตามบัตร แก่มากแล้ว", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองไม่ได้แน่ครับ แกงงๆ ต้องมีคนพาไปส่ง",
         "needs": "ไม่มีครับ ขอให้ลุงถึงบ้านก็พอ", "sensitive_consent": "ได้ครับ",
         "name": "ลุงชื่อ จันทร์ ครับ ตามบัตร", "phone": "เบอร์ผม รปภ. 0819034562",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "ลำปาง",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "elderly"], "name": "จันทร์",
                "phone": "0819034562", "referrals": ["travel_escort"]}),

    # monk at a Sangkhla Buri temple (Kanchanaburi) for an abandoned pregnant woman: case
    "dev68 monk at Sangkhla temple for a pregnant woman to Chaiyaphum": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดที่สังขละบุรี",
         "มีโยมผู้หญิงท้องได้เจ็ดเดือน แฟนทิ้งไว้ ไม่มีเงินกลับบ้านที่ชัยภูมิ ทางราชการช่วยได้ไหม"),
        {"consent": "โยมเขายินยอม", "idle": "ช่วยส่งโยมเขากลับบ้าน",
         "hardship": "ไม่มีเงินติดตัวเลย ไม่มีงานทำ", "id_card": "โยมมีบัตรประชาชน",
         "nationality_letter": "ไม่มี มีบัตร",
         "current_province": "กาญจนบุรี อำเภอสังขละบุรี", "home_province": "ชัยภูมิ อำเภอภูเขียว",
         "travellers": "โยมคนเดียว",
         "urgent": "ไม่ถึงกับด่วน ตอนนี้ให้พักที่โรงครัววัดไปก่อน",
         "special_needs": "ท้อง ๗ เดือน", "more_care": "ไม่มี",
         "travel_alone": "นั่งรถไปเองได้", "needs": "ไม่มีแล้ว",
         "sensitive_consent": "ได้", "name": "โยมชื่อ ฝน", "phone": "0862219053",
         "confirm": "ถูกต้องแล้ว เจริญพร"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": False, "special": ["pregnant"], "name": "ฝน",
                "phone": "0862219053"}),

    # rubber tapper couple from Sisaket at Phunphin station (Surat Thani), short
    # messages, landmark only: case
    "dev68 rubber tappers at Phunphin station, one part": Persona(
        ("ฮัลโหล", "มีใครอยู่ไหม", "ตัดยางไม่ได้ตังแล้วครับ"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้าน", "hardship": "ไม่มีข้าวกินครับ",
         "id_card": "มีครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": ("สถานีรถไฟพุนพินครับ", "สุราษฎร์ครับ"),
         "home_province": "ศรีสะเกษ", "travellers": "2 คนครับ ผมกับเมีย",
         "urgent": "ไม่ด่วนครับ ยังนอนเพิงในสวนได้", "special_needs": "ไม่มี",
         "more_care": "ไม่มี", "travel_alone": "ไปเองได้", "needs": "ไม่มี",
         "sensitive_consent": "ได้", "name": "บุญมี", "phone": "0928845130",
         "confirm": "ถูกต้อง"},
        one_part=True,
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ศรีสะเกษ",
                "travellers": 2, "urgent": False, "special": [], "name": "บุญมี",
                "phone": "0928845130"}),

    # Malay builder (บัง) with his diabetic old father (เปาะ), Takua Pa (Phang Nga) to
    # Tak Bai: case
    "dev68 Malay builder with diabetic father, Takua Pa to Tak Bai": Persona(
        ("อัสลามุอะลัยกุม บังขอความช่วยเหลือหน่อยครับ",
         "บังมาทำงานก่อสร้างที่ตะกั่วป่ากับเปาะ นายจ้างหนีไม่จ่ายตังสองเดือน เปาะเป็นเบาหวาน"
         " ยาหมดแล้ว อยากพาเปาะกลับตากใบ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "ตะมีดูวิเลยครับ ไม่มีตังซื้อข้าว", "id_card": "มีทั้งสองคนครับ",
         "nationality_letter": "ไม่มีครับ มีบัตร",
         "current_province": "ตะกั่วป่า พังงา", "home_province": "นราธิวาส ตากใบ",
         "travellers": "๒ คน บังกับเปาะ",
         "urgent": "ด่วนครับ ที่พักคนงานโดนรื้อแล้ว ไม่มีที่นอน",
         "special_needs": "เปาะอายุ ๗๑ เป็นเบาหวาน ยาหมด", "more_care": "บังไม่เป็นไรครับ",
         "travel_alone": "ไปกันเองได้ บังดูเปาะเอง",
         "needs": "อยากได้ยาเบาหวานให้เปาะ", "sensitive_consent": "ได้ครับ บันทึกได้",
         "name": "อับดุลเลาะ", "phone": "0817740925", "confirm": "ถูกต้องครับ ตรีมอกาซิ"},
        expect={"eligible": True, "current": "พังงา", "home": "นราธิวาส", "travellers": 2,
                "urgent": True, "special": ["elderly", "sick"], "name": "อับดุลเลาะ",
                "phone": "0817740925", "referrals": ["medical_services"]}),

    # romance-scam victim at Ao Nang (Krabi), story with no spaces, to Korat: case
    "dev68 romance scam victim at Ao Nang, one part": Persona(
        ("คุยกับผู้ชายในเฟสมาครึ่งปีเขาบอกเป็นวิศวกรอยู่กระบี่ให้โอนค่านั่นค่านี่ไปหมดแล้ว"
         "พอมาถึงอ่าวนางติดต่อไม่ได้บล็อกหมดโรงแรมก็จ่ายถึงแค่เมื่อคืนตอนนี้เหลือตังสามสิบบาท"
         "อยากกลับโคราชค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ", "hardship": "ไม่มีตังค่ารถค่ะ",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "อ่าวนาง กระบี่ค่ะ", "home_province": "โคราชค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน ได้เงินวันนี้เลยไหมคะ",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มี", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ", "name": "กัลยา",
         "phone": "0986613274", "confirm": "ถูกต้องค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "กระบี่", "home": "นครราชสีมา", "travellers": 1,
                "urgent": True, "special": [], "name": "กัลยา", "phone": "0986613274"}),

    # Full Moon party theft on Ko Pha Ngan (Surat Thani), card gone, has a village-head
    # letter, home Bang Phli: case
    "dev68 Full Moon theft on Pha Ngan, letter instead of card": Persona(
        ("โดนขโมยกระเป๋าที่ฟูลมูนปาร์ตี้ครับ บัตร ตัง หายหมด",
         "ตอนนี้นั่งอยู่ท่าเรือท้องศาลา อยากกลับบ้านบางพลี"),
        {"consent": "โอเคครับ ยินยอม", "idle": "ขอตังกลับบ้าน",
         "hardship": "ไม่มีตังเลยครับ ค่าเรือข้ามฝั่งยังไม่มี",
         "id_card": "หายไปกับกระเป๋าครับ",
         "nationality_letter": "มีครับ แม่ไปขอผู้ใหญ่บ้านทำหนังสือรับรองให้แล้ว ส่งรูปมาทางไลน์",
         "current_province": "เกาะพะงัน สุราษฎร์ครับ",
         "home_province": "สมุทรปราการ อำเภอบางพลี", "travellers": "คนเดียว",
         "urgent": "ด่วนครับ เมื่อคืนนอนท่าเรือ", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "ทำบัตรใหม่ต้องทำไงครับ", "sensitive_consent": "ได้", "name": "ภูมิ",
         "phone": "0614458290", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "สมุทรปราการ",
                "travellers": 1, "urgent": True, "special": [], "name": "ภูมิ",
                "phone": "0614458290", "referrals": ["id_card"]}),

    # wheelchair lottery seller at Saphan Hin (Phuket), tickets snatched, to Kalasin: case
    "dev68 wheelchair lottery seller in Phuket town, to Kalasin": Persona(
        ("ผมขายลอตเตอรี่อยู่แถวสะพานหิน นั่งวีลแชร์ครับ ขาขาดข้างนึง", "ยินยอม",
         "โดนวิ่งราวลอตเตอรี่ไปทั้งแผง หนี้ท่วม อยากกลับไปอยู่กับแม่ที่กาฬสินธุ์"),
        {"consent": "ยินยอม", "idle": "กลับบ้านครับ",
         "hardship": "ไม่มีรายได้แล้วครับ ข้าวกินมื้อเดียว", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ มีบัตร",
         "current_province": "ภูเก็ต ในเมือง", "home_province": "กาฬสินธุ์ อ.ยางตลาด",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ห้องเช่ายังอยู่ได้ถึงสิ้นเดือน",
         "special_needs": "ผมพิการขาขาดครับ นั่งวีลแชร์", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ครับ ขึ้นรถทัวร์ประจำ",
         "needs": "ยังไม่ได้ทำบัตรคนพิการครับ ต้องทำยังไง", "sensitive_consent": "ได้ครับ",
         "name": "ชื่อ ประยูร", "phone": "๐๖๒๗๗๕๐๘๑๔", "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "กาฬสินธุ์", "travellers": 1,
                "urgent": False, "special": ["disabled"], "name": "ประยูร",
                "phone": "0627750814", "referrals": ["disability_allowance"]}),

    # northern masseuse with a 4-year-old son at Khao Lak (Phang Nga), คำเมือง: case
    "dev68 northern masseuse and small son at Khao Lak": Persona(
        ("สวัสดีเจ้า",
         "ร้านนวดที่เขาหลักปิดแล้วเจ้า เจ้าของบ่จ่ายตังค์ ห้องก็ต้องออกวันนี้ มีลูกชายสี่ขวบ"
         " อยากกลับเจียงใหม่"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอกลับบ้านเจ้า", "hardship": "บ่มีตังค์เลยเจ้า",
         "id_card": "มีเจ้า", "nationality_letter": "บ่มีเจ้า มีบัตร",
         "current_province": "เขาหลัก พังงาเจ้า", "home_province": "เชียงใหม่ อำเภอสันป่าตอง",
         "travellers": "สองคนเจ้า แม่กับลูก", "urgent": "ด่วนเจ้า คืนนี้บ่มีที่นอน",
         "special_needs": "ลูกชาย ๔ ขวบเจ้า", "more_care": "บ่มีแล้วเจ้า",
         "travel_alone": "ไปเองได้เจ้า", "needs": "บ่มีเจ้า", "sensitive_consent": "ได้เจ้า",
         "name": "คำแก้ว", "phone": "0933198476", "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "พังงา", "home": "เชียงใหม่", "travellers": 2,
                "urgent": True, "special": ["child"], "name": "คำแก้ว",
                "phone": "0933198476"}),

    # old roti seller (เปาะ) from Yala robbed at Damnoen Saduak (Ratchaburi): case
    "dev68 old Yala roti seller robbed at Damnoen Saduak, one part": Persona(
        ("เปาะขายโรตีที่ดำเนินสะดวก โดนขโมยตังหมด",),
        {"consent": "ยินยอม", "idle": "เปาะอยากกลับบ้าน", "hardship": "ตะมีดูวิ ไม่มีตังเลย",
         "id_card": "มีบัตร", "nationality_letter": "ไม่มี",
         "current_province": "ดำเนินสะดวก ราชบุรี", "home_province": "ยะลา",
         "travellers": "คนเดียว", "urgent": "ด่วน เปาะนอนศาลาตลาด",
         "special_needs": "เปาะอายุ ๖๙", "more_care": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "ไม่มี", "sensitive_consent": "ได้", "name": "เปาะชื่อ ยูโซะ",
         "phone": "0879021346", "confirm": "ถูก"},
        one_part=True,
        expect={"eligible": True, "current": "ราชบุรี", "home": "ยะลา", "travellers": 1,
                "urgent": True, "special": ["elderly"], "name": "ยูโซะ",
                "phone": "0879021346"}),

    # family of four from Nan, pineapple factory at Pran Buri (Prachuap) closed,
    # corrects the count: case
    "dev68 Pran Buri factory family of four to Nan, corrects count": Persona(
        ("โรงงานสับปะรดที่ปราณบุรีปิดค่ะ ผัวเมียตกงานทั้งคู่", "ขอค่ารถกลับน่านได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอเงินค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ตังเหลือแค่ค่าข้าวสองวัน",
         "id_card": "มีค่ะ ทั้งผัวทั้งเมีย", "nationality_letter": "ไม่มีค่ะ มีบัตร",
         "current_province": "ปราณบุรี ประจวบค่ะ", "home_province": "น่าน อำเภอปัว",
         "travellers": "3 เอ้ย 4 คนค่ะ ลืมนับตัวเอง พ่อแม่ลูกสอง",
         "urgent": "ยังไม่ด่วนค่ะ หอโรงงานให้อยู่ถึงวันศุกร์",
         "special_needs": "ลูกเล็กสองขวบคนนึง อีกคนแปดขวบค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "ผัวอยากหางานที่น่านค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "มยุรี", "phone": "๐๘๕-๓๓๑-๙๐๗๒",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "น่าน",
                "travellers": 4, "urgent": False, "special": ["child"], "name": "มยุรี",
                "phone": "0853319072"}),

    # resort hand from Phatthalung by the River Kwai bridge (Kanchanaburi), thick
    # southern: case
    "dev68 southern resort hand at the River Kwai, to Phatthalung": Persona(
        ("รีสอร์ทริมแควที่ฉานทำงานปิดแล้ว หม้ายมีตังสักบาท", "ทำพรือดีพี่ อยากกลับบ้านที่พัทลุง"),
        {"consent": "ยินยอมแหละ", "idle": "ขอกลับบ้านหนิ",
         "hardship": "หม้ายมีตังแล้ว ตั้งแต่รีสอร์ทปิดข้าวก็ไม่หิดได้กิน คิดถึงแกงไตปลาหรอยๆที่บ้าน",
         "id_card": "มีอยู่ แลแล้วยังไม่หมดอายุ", "nationality_letter": "หม้ายมี มีแต่บัตร",
         "current_province": "กาญจนบุรี แถวสะพานข้ามแม่น้ำแคว",
         "home_province": "พัทลุง อำเภอควนขนุน", "travellers": "ฉานคนเดียว",
         "urgent": "ด่วนแหละ คืนนี้หม้ายมีที่นอน", "special_needs": "หม้ายมี",
         "more_care": "หม้ายมี", "travel_alone": "ไปเองได้ ขึ้นรถไฟสายใต้ไป",
         "needs": "หม้ายมีแล้ว ขอบคุณมากหนิ", "sensitive_consent": "ได้",
         "name": "ชื่อเขียว", "phone": "0899542617", "confirm": "ถูกแล้วแหละ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "พัทลุง", "travellers": 1,
                "urgent": True, "special": [], "name": "เขียว", "phone": "0899542617"}),

    # resort maid on Samui (Surat Thani) fleeing a violent partner, to Ubon: case
    "dev68 Samui maid fleeing violent partner, to Ubon": Persona(
        ("ช่วยด้วยค่ะ", "แฟนตบตีทุกวัน หนีออกมาจากห้องแล้ว ตอนนี้อยู่ท่าเรือหน้าทอน สมุย",
         "ไม่มีตังกลับบ้านอุบลค่ะ"),
        {"consent": "ยินยอมค่ะ เร็วๆนะคะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีตังไม่มีที่อยู่ค่ะ",
         "id_card": "มีค่ะ หยิบมาได้แค่บัตรกับโทรศัพท์", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "เกาะสมุย สุราษฎร์ค่ะ", "home_province": "อุบล อำเภอวารินค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ด่วนมากค่ะ กลัวเขาตามมา",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ อยากไปให้ไกลเขา", "sensitive_consent": "ได้ค่ะ",
         "name": "แพรวา", "phone": "0642279815", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": [], "name": "แพรวา",
                "phone": "0642279815"}),

    # Myanmar trawler worker in Ranong with a pink card: refused (nationality)
    "dev68 Myanmar trawler worker in Ranong, pink card": Persona(
        ("พี่ครับ ผมทำงานเรือประมงที่ระนอง", "เถ้าแก่ไม่ให้ตังค์ อยากกลับบ้าน"),
        {"consent": "ยินยอม ครับ", "idle": "อยากกลับบ้าน", "hardship": "ไม่มีตังค์ ไม่มีข้าว",
         "id_card": "ไม่มีบัตรไทยครับ ผมคนพม่า มีบัตรชมพู",
         "nationality_letter": "ไม่มีครับ ผมไม่ใช่คนไทย",
         "current_province": "ระนอง", "home_province": "บ้านผมอยู่เกาะสอง ฝั่งพม่าครับ",
         "travellers": "คนเดียว", "urgent": "ด่วนครับ", "name": "หม่องซอ",
         "phone": "0931187045", "confirm": "ถูก"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # mugged at Patong (Phuket), no card and no one to certify him, to Sakon Nakhon:
    # refused (letter)
    "dev68 mugged at Patong, no card and no letter": Persona(
        ("โดนจี้ที่ป่าตองเมื่อคืน เอาไปหมดทั้งกระเป๋าตังบัตรมือถือ ยืมเครื่องคนอื่นพิมพ์ครับ",),
        {"consent": "ยินยอมครับ", "idle": "ขอกลับบ้าน", "hardship": "ไม่มีอะไรเหลือเลยครับ",
         "id_card": "หายไปกับกระเป๋าครับ",
         "nationality_letter": ("ไม่มีครับ ไม่มีเอกสารอะไรเลย",
                                "ขอไม่ได้ครับ ผู้ใหญ่บ้านคนใหม่ไม่รู้จักผม"),
         "current_province": "ภูเก็ต", "home_province": "สกลนคร", "travellers": "คนเดียว",
         "urgent": "ด่วนครับ", "name": "ต้น", "phone": "0817744103", "confirm": "ถูก"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # stuck at Krabi bus terminal, home on Ko Lanta (also Krabi): refused (home province)
    "dev68 Krabi bus terminal, home on Ko Lanta": Persona(
        ("บังติดอยู่ บขส.กระบี่ ครับ", "เรือไปลันตาหมดแล้ว ตังก็ไม่พอ อยากกลับบ้านที่เกาะลันตา"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้าน", "hardship": "ไม่มีตังค่ารถครับ",
         "id_card": "มีครับ", "current_province": "กระบี่ ในเมือง",
         "home_province": "เกาะลันตา ก็กระบี่นี่แหละครับ อำเภอเกาะลันตา",
         "travellers": "คนเดียว", "urgent": "คืนนี้นอนบขส.", "name": "หมาด",
         "phone": "0897012553", "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # southerner asks whether applying costs a fee: answered (service_fee)
    "dev68 southerner asks about a fee": Persona(
        ("ขอถามแหละ ฉานหม้ายรู้ว่าขอเงินช่วยกลับบ้านต้องเสียค่าธรรมเนียมกี่บาท",),
        {"consent": "ยินยอม", "idle": "ถามเรื่องค่าธรรมเนียมแหละ"},
        outcome="answered", answered="ค่าธรรมเนียม"),

    # Malay woman (กะ) asks for her brother what replaces a lost ID card: answered
    # (return_home_documents)
    "dev68 Malay sister asks what replaces a lost card": Persona(
        ("อัสลามุอะลัยกุมค่ะ",
         "กะถามแทนน้องชาย ถ้าบัตรประชาชนหาย จะขอเงินกลับบ้านต้องใช้เอกสารอะไรแทนคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ถามเรื่องเอกสารค่ะ"},
        outcome="answered", answered="หนังสือรับรอง"),

    # tour-van driver asks who pays if a traveller falls ill on the way: answered
    # (medical_care_in_transit)
    "dev68 van driver asks who pays if sick on the way": Persona(
        ("ถ้าคนที่ได้เงินกลับบ้านไม่สบายระหว่างทาง ค่าโรงพยาบาลใครจ่ายครับ",),
        {"consent": "ยินยอม", "idle": "ถามเรื่องค่าโรงพยาบาลครับ"},
        outcome="answered", answered="ผู้ป่วยนอก"),
}
