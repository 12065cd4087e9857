"""Persona set dev16, 2026-12-05. Written from the seeds only, by a writer who did not read the
dialog code, knowledge files, tests or other persona sets. Focus: the South (Songkhla/Hat Yai,
Phuket, Surat Thani, Krabi, Nakhon Si Thammarat, Trang, Pattani, Yala, Narathiwat, Chumphon,
Ranong) and the East (Chonburi/Pattaya, Rayong, Chanthaburi, Trat, Sa Kaeo, Chachoengsao):
fishing crews left ashore, rubber tappers, laid-off hotel staff, job-agent scams, Muslim families
from the deep South, Thais pushed back across the Malaysian and Cambodian borders, people released
from prison in Songkhla, Surat Thani and Chonburi, a pregnant woman, a wheelchair user, a
grandmother with grandchildren. Southern dialect, typos, no spaces, Thai digits, voice-to-text.
22 personas: 19 cases, 3 refusals (nationality; not in hardship; not going home), 5 one_part,
4 corrections at the summary, 2 who tell everything at once, 4 who open with a bare greeting."""
from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan deckhand left ashore at Songkhla fishing port when the boat stopped going out; wages short,
    # money gone, sleeps in a pier shelter. Thai, has ID card, no shelter/food/fare (all 3 criteria)
    # -> case; urgent (nowhere to sleep tonight), 1 traveller, home Roi Et.
    "songkhla boat crew": Persona(
        ("เรือไม่ออกแล้วครับ ไต๋ปล่อยลูกเรือไว้ที่ท่าสงขลา ผมไม่มีค่ารถกลับบ้าน ช่วยได้ไหมครับ",),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไต๋จ่ายค่าแรงไม่ครบ เงินหมดแล้ว ๓ วันกินข้าวมื้อเดียว นอนตามศาลาท่าเรือยุงกัดทั้งคืน",
         "id_card": "มีครับบัตรยังอยู่",
         "nationality_letter": "มีบัตรประชาชนครับ",
         "nationality": "ไทยครับ",
         "current_province": "สงขลาครับ ท่าเรือในเมือง",
         "home_province": "ร้อยเอ็ดครับ อ.เสลภูมิ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ก็ไม่รู้จะนอนไหน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ ขอแค่ได้กลับบ้าน",
         "sensitive_consent": "ได้ครับ",
         "name": "ทองใบ ศรีโคตร",
         "phone": "0937815264",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": [], "name": "ทองใบ ศรีโคตร", "phone": "0937815264"}),

    # Sisaket couple tapping rubber on shares in Surat Thani; owner sold the plantation, no income,
    # rice almost gone, no fare. They may stay in the tapping hut until month end -> case, NOT urgent
    # (shelter for now). 2 adults + children 5 and 9 -> 4 travellers, child.
    "surat rubber tappers": Persona(
        ("สวัสดีค่ะ เรากรีดยางอยู่ที่สุราษฎร์ค่ะ เถ้าแก่ขายสวนแล้ว ไม่มีงานไม่มีเงิน อยากกลับบ้านที่ศรีสะเกษ มีช่วยค่ารถไหมคะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ยางราคาตกมาหลายเดือน แบ่งกับเถ้าแก่แล้วได้ไม่พอกิน ตอนนี้เถ้าแก่ขายสวนให้คนอื่น คนใหม่เขาไม่จ้าง เงินเก็บหมดแล้วค่ะ ข้าวสารเหลือไม่ถึงถัง",
         "id_card": "มีทั้งสองคนค่ะ ลูกยังไม่มีบัตร มีแต่สูติบัตร",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "สุราษฎร์ธานี อ.เวียงสระค่ะ",
         "home_province": "ศรีสะเกษค่ะ อ.ขุขันธ์",
         "travellers": "4 คนค่ะ ผัว เมีย ลูก 2",
         "urgent": "ยังพออยู่ได้ค่ะ เถ้าแก่ให้อยู่ทับยางได้ถึงสิ้นเดือน",
         "special_needs": "ลูกคนเล็ก 5 ขวบ คนโต 9 ขวบค่ะ ไม่มีใครป่วย",
         "travel_alone": "ไปกันเองได้ค่ะ",
         "needs": "ถ้ามีงานที่บ้านให้ทำก็ดีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "บุญเรือน แก้วมณี",
         "phone": "0894412673",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ศรีสะเกษ", "travellers": 4,
                "urgent": False, "special": ["child"], "name": "บุญเรือน แก้วมณี", "phone": "0894412673"}),

    # Laid-off hotel housekeeper in Patong; rent unpaid, landlord locked her room, sleeps on the beach.
    # Bare greeting, then one thing per message. Thai, has card -> case, urgent, home Chiang Rai.
    "phuket housekeeper one part": Persona(
        ("สวัสดีค่ะ",),
        {"consent": "ค่ะ",
         "idle": "โดนเลิกจ้างค่ะ",
         "hardship": ("ไม่มีเงินเลยค่ะ", "ห้องโดนล็อคค่ะ ค้างค่าเช่า", "นอนชายหาดป่าตองค่ะ"),
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทย",
         "current_province": "ภูเก็ต",
         "home_province": "เชียงราย",
         "travellers": "คนเดียว",
         "urgent": "ด่วนค่ะ",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้",
         "name": "อรุณี แสงคำ",
         "phone": "0625839147",
         "confirm": "ถูกค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เชียงราย", "travellers": 1,
                "urgent": True, "special": [], "name": "อรุณี แสงคำ", "phone": "0625839147"}),

    # Nakhon Phanom man who paid a job agent 15,000 baht for a non-existent factory job in Amata
    # Chonburi; agent vanished. Tells everything (incl. name and phone) in the first message.
    # Thai, card, no money, sleeping at the bus terminal -> case, urgent, 1 traveller.
    "chonburi fake agent everything": Persona(
        ("สวัสดีครับผมชื่อสมพงษ์ บุตรวงศ์ อายุ34 มาจากนครพนม จ่ายเงินให้นายหน้า15000บาทบอกจะพาเข้าโรงงานที่อมตะชลบุรี มาถึงไม่มีงานจริงนายหน้าปิดเบอร์หนีไปแล้ว ตอนนี้เงินหมดตัว นอนที่ขนส่งชลบุรีมา2คืนแล้ว ไม่ค่อยได้กินข้าว มีบัตรประชาชนครับเป็นคนไทย มาคนเดียว ไม่ได้ป่วยอะไร อยากขอค่ารถกลับนครพนม ถ้าช่วยหางานได้ด้วยก็ดีครับ เบอร์0817264935",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับนครพนมครับ",
         "hardship": "ตามที่เล่าครับ โดนนายหน้าหลอกเงินหมด ไม่มีที่นอน ไม่มีค่ารถกลับ",
         "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ",
         "current_province": "ชลบุรีครับ",
         "home_province": "นครพนมครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ นอนขนส่งมาสองคืนแล้ว",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "อยากได้งานครับ แล้วจะไปแจ้งความนายหน้าด้วย",
         "sensitive_consent": "ได้ครับ",
         "name": "สมพงษ์ บุตรวงศ์",
         "phone": "0817264935",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครพนม", "travellers": 1,
                "urgent": True, "special": [], "name": "สมพงษ์ บุตรวงศ์", "phone": "0817264935"}),

    # Thai Muslim family from Pattani back from a tom-yum shop in Malaysia that closed without pay;
    # crossed at Sungai Kolok with almost nothing. Thai cards, no food, will sleep at the station
    # -> case, urgent. Father, mother, children 1, 4, 7 -> 5 travellers, child.
    "sungai kolok family to pattani": Persona(
        ("อัสลามูอาลัยกุมครับ",
         "ผมกับครอบครัวเพิ่งข้ามด่านสุไหงโกลกกลับมาจากมาเลครับ ร้านต้มยำที่ทำงานปิด นายจ้างไม่จ่ายเงิน ตอนนี้ไม่มีเงินกลับบ้านที่ปัตตานี"),
        {"consent": "ได้ครับ อินชาอัลลอฮ์",
         "idle": "ขอค่ารถกลับปัตตานีครับ",
         "hardship": "ไม่มีเงินเลยครับ ริงกิตที่เหลือแลกแล้วได้ไม่ถึงร้อยบาท ลูกๆยังไม่ได้กินข้าวตั้งแต่เช้า คืนนี้คงนอนที่สถานีรถไฟ",
         "id_card": "มีครับ ผมกับภรรยามีบัตรไทย ลูกๆมีสูติบัตร",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ คนไทยมุสลิม เกิดที่ปัตตานี",
         "current_province": "นราธิวาสครับ อยู่สุไหงโกลก",
         "home_province": "ปัตตานีครับ อ.สายบุรี",
         "travellers": "5 คนครับ ผม ภรรยา ลูกสามคน",
         "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ลูกคนเล็กขวบเดียวครับ คนกลาง4ขวบ คนโต7ขวบ ไม่มีใครป่วย",
         "travel_alone": "ไปกันเองได้ครับ",
         "needs": "อยากได้งานทำแถวบ้านครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "อับดุลรอแม สะแลแม",
         "phone": "0869532174",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นราธิวาส", "home": "ปัตตานี", "travellers": 5,
                "urgent": True, "special": ["child"], "name": "อับดุลรอแม สะแลแม", "phone": "0869532174"}),

    # Udon Thani man who worked without papers in Malaysia, caught and pushed back at Sadao; bag and ID
    # card lost. Thai; no card but his village head can issue the letter certifying Thai nationality and
    # residence (the seeds' alternative to the card) -> case, urgent. Corrects his phone (Thai digits) at the summary.
    "sadao pushback phone fix": Persona(
        ("ช่วยด้วยครับโดนตำรวจมาเลจับส่งกลับมาที่ด่านสะเดา ไม่มีอะไรติดตัวเลย",),
        {"consent": "ได้ครับๆ",
         "idle": "อยากกลับบ้านครับ ไม่มีค่ารถ",
         "hardship": "เงินโดนยึดหมด กระเป๋าหายบัตรก็หาย ไม่มีที่นอน ไม่ได้กินข้าวตั้งแต่เมื่อวาน",
         "id_card": "หายครับ หายไปกับกระเป๋า",
         "nationality_letter": ("ยังไม่มีครับ", "ผู้ใหญ่บ้านที่บ้านรู้จักผมดีครับ ให้เขาทำหนังสือรับรองส่งมาได้"),
         "nationality": "ไทยแท้ครับ เกิดอุดร",
         "current_province": "สงขลาครับ ที่สะเดา",
         "home_province": "อุดรธานีครับ อ.กุมภวาปี",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน นอนหน้าด่าน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "วีระพงษ์ ทองสุข",
         "phone": "๐๙๕๓๑๘๗๒๔๖",
         "confirm": ("เบอร์ผิดครับ ตัวท้ายเป็น ๘ ไม่ใช่ ๖ เบอร์ที่ถูก ๐๙๕๓๑๘๗๒๔๘", "ถูกแล้วครับ")},
        expect={"eligible": True, "current": "สงขลา", "home": "อุดรธานี", "travellers": 1,
                "urgent": True, "name": "วีระพงษ์ ทองสุข", "phone": "0953187248"}),

    # Nakhon Sawan woman who worked at a Poipet casino, never paid, walked back across at Khlong Luek
    # with only her ID card; her own phone was confiscated so she gives her sister's number.
    # Thai, no money, nowhere to sleep in Aranyaprathet -> case, urgent.
    "poipet casino returnee": Persona(
        ("ขอความช่วยเหลือค่ะ พึ่งข้ามมาจากปอยเปตค่ะ ไม่มีเงินกลับบ้าน",),
        {"consent": "ได้ค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไปทำงานบ่อนที่เขมรค่ะ นายหน้าบอกเงินดีแต่ไม่เคยได้เงินเลย โดนหักค่านู่นค่านี่ หนีข้ามมาตัวเปล่า มีแต่บัตรประชาชน นี่ยืมเครื่องแม่ค้าตลาดโรงเกลือพิมพ์ คืนนี้ไม่มีที่นอนค่ะ",
         "id_card": "มีค่ะ เหลืออย่างเดียวเลย",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "สระแก้วค่ะ อรัญ",
         "home_province": "นครสวรรค์ค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ อยากกลับบ้านอย่างเดียว",
         "sensitive_consent": "ได้ค่ะ",
         "name": "จันทร์เพ็ญ มีสุข",
         "phone": "เบอร์ตัวเองโดนยึดค่ะ ใช้เบอร์พี่สาว 0918264730 นะคะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สระแก้ว", "home": "นครสวรรค์", "travellers": 1,
                "urgent": True, "special": [], "name": "จันทร์เพ็ญ มีสุข", "phone": "0918264730"}),

    # Man released today from Songkhla central prison, home Chumphon; ID card expired while inside,
    # has his release paper. Bare greeting, then one thing per message. Thai, no money, nowhere tonight
    # -> case, urgent. Asks for a new ID card and a job: DOPA ID cards for released prisoners and
    # Department of Employment job placement (Source A) must be offered.
    "songkhla prison release one part": Persona(
        ("สวัสดีครับ",),
        {"consent": "ได้",
         "idle": "ขอค่ารถกลับบ้าน",
         "hardship": ("ไม่มีเงินครับ", "พึ่งออกจากเรือนจำวันนี้", "ไม่มีที่นอน"),
         "id_card": "หมดอายุครับ",
         "nationality_letter": "มีใบปล่อยตัว",
         "nationality": "ไทย",
         "current_province": "สงขลา",
         "home_province": "ชุมพร",
         "travellers": "1",
         "urgent": "ด่วน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": ("บัตรประชาชน", "งานด้วยครับ"),
         "sensitive_consent": "ได้ครับ",
         "name": "ณัฐพล ขุนทอง",
         "phone": "0847192635",
         "confirm": "ถูก"},
        one_part=True,
        expect={"eligible": True, "current": "สงขลา", "home": "ชุมพร", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["id_card", "job_placement"],
                "name": "ณัฐพล ขุนทอง", "phone": "0847192635"}),

    # Woman released two days ago from Surat Thani central prison, home Lampang; release money spent.
    # A temple lets her sleep a few nights -> case, NOT urgent. HIV-positive, medicine running out,
    # hesitates over recording it -> HIV aid (DSDW, Source A 2.1) must be offered.
    "surat prison release hiv": Persona(
        ("หนูพึ่งพ้นโทษจากเรือนจำสุราษฎร์ค่ะ อยากกลับบ้านลำปางแต่ไม่มีค่ารถ ช่วยหนูได้ไหมคะ",),
        {"consent": "ได้ค่ะ",
         "idle": "ขอค่ารถกลับลำปางค่ะ",
         "hardship": "ออกมาได้ 2 วันค่ะ เงินที่ได้ตอนออกหมดแล้ว ทางบ้านไม่มีใครส่งมาให้ แม่แก่แล้ว ข้าวก็อาศัยวัด",
         "id_card": "มีค่ะ ยังไม่หมดอายุ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "สุราษฎร์ธานีค่ะ",
         "home_province": "ลำปางค่ะ",
         "travellers": "หนูคนเดียวค่ะ",
         "urgent": "ตอนนี้พักวัดอยู่ค่ะ หลวงพี่ให้อยู่ได้สองสามวัน",
         "special_needs": "หนูติดเชื้อ HIV ค่ะ กินยาต้านอยู่ ยาเหลืออีกไม่กี่วัน",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากได้ยาต่อเนื่องค่ะ กับอยากได้งานทำ",
         "sensitive_consent": ("ต้องบันทึกด้วยเหรอคะ กลัวคนรู้", "ก็ได้ค่ะ ถ้าไม่เอาไปบอกใคร"),
         "name": "พรทิพย์ ใจคำ",
         "phone": "0658204193",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ลำปาง", "travellers": 1,
                "urgent": False, "referrals": ["hiv_aid"], "name": "พรทิพย์ ใจคำ", "phone": "0658204193"}),

    # Man just out of Chonburi central prison; family in Chonburi won't take him back, so he goes to his
    # aunt in Surin where he was born (a relative's home counts as ภูมิลำเนาเดิม). No money, sleeps at
    # the market -> case, urgent. Left "ศรี" off his surname and fixes it at the summary. Wants a job.
    "chonburi prison release name fix": Persona(
        ("ผมพึ่งพ้นโทษจากเรือนจำกลางชลบุรีครับ ที่บ้านไม่รับ อยากไปอยู่กับน้าที่สุรินทร์ ไม่มีค่ารถ",),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถไปสุรินทร์ครับ",
         "hardship": "ออกมาสามวันแล้วครับ เงินหมด พ่อแม่ไม่ให้เข้าบ้าน นอนแถวตลาด กินข้าววัด",
         "id_card": "มีครับ ทำใหม่ก่อนออก",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ",
         "current_province": "ชลบุรีครับ",
         "home_province": "สุรินทร์ครับ บ้านน้า ผมเกิดที่นั่น",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "อยากได้งานครับ คนมีประวัติหางานยาก",
         "sensitive_consent": "ได้ครับ",
         "name": "เกียรติศักดิ์ จันทร์หอม",
         "phone": "0826413957",
         "confirm": ("นามสกุลผิดครับ ตกไปคำนึง ต้องเป็น เกียรติศักดิ์ จันทร์หอมศรี", "ถูกต้องครับ")},
        expect={"eligible": True, "current": "ชลบุรี", "home": "สุรินทร์", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement"],
                "name": "เกียรติศักดิ์ จันทร์หอมศรี", "phone": "0826413957"}),

    # Southern woman (Thung Song, Nakhon Si Thammarat), 7 months pregnant, husband ran off in Rayong,
    # landlord put her out today; southern dialect ("ไม่มีตังค์ไซ", "หลบบ้าน", "ม่าย"). Thai, card,
    # no money/food/shelter -> case, urgent, pregnant; 1 traveller (the unborn baby is not a passenger).
    "rayong pregnant southern": Persona(
        ("ฉานท้องเจ็ดเดือนแล้ว ผัวหนีไปไหนไม่รู้ ไม่มีตังค์ไซ อยากหลบบ้านนครศรีฯ ทำพรือดีหนิ",),
        {"consent": "ได้แหละ",
         "idle": "อยากหลบบ้านแต่ไม่มีค่ารถ",
         "hardship": "ผัวทำงานนิคมที่ระยอง พาฉานมาอยู่ด้วย แล้วหนีไปกับสาวอื่น ตังค์ม่ายทิ้งไว้สักบาท หวันนี้เจ้าของห้องไล่ออกแล้ว ข้าวไม่ได้กินตั้งแต่เมื่อวาน ไม่ได้กินของหร๋อยๆมาเป็นอาทิตย์",
         "id_card": "มีแหละ",
         "nationality_letter": "มีบัตรแหละ",
         "nationality": "คนไทยแหละ คนใต้",
         "current_province": "ระยอง",
         "home_province": "นครศรีธรรมราช อ.ทุ่งสง",
         "travellers": "ฉานคนเดียว กับลูกในท้อง",
         "urgent": "ด่วนจังหู คืนนี้ไม่รู้นอนไส",
         "special_needs": "ท้องเจ็ดเดือน ไม่ได้ป่วยไหร",
         "travel_alone": "ไปได้แหละ นั่งรถทัวร์ไปทุ่งสงได้",
         "needs": "อยากไปฝากครรภ์ที่บ้าน",
         "sensitive_consent": "ได้",
         "name": "สุนีย์ ทองแก้ว",
         "phone": "0612947385",
         "confirm": "ถูกแล้วแหละ"},
        expect={"eligible": True, "current": "ระยอง", "home": "นครศรีธรรมราช", "travellers": 1,
                "urgent": True, "special": ["pregnant"], "name": "สุนีย์ ทองแก้ว", "phone": "0612947385"}),

    # Khon Kaen man with polio who uses a wheelchair; a "friend" brought him to Pattaya to sell lottery
    # tickets and left with the money. Sleeps under a bridge -> case, urgent. Cannot board a bus without
    # someone lifting him (regulation: escort / chartered vehicle for the disabled); wheelchair broken
    # -> disabled + cannot_travel_alone; assistive-device help must be offered.
    "pattaya wheelchair": Persona(
        ("ผมนั่งวีลแชร์ครับ ติดอยู่พัทยา เพื่อนที่พามาขายล็อตเตอรี่หนีไปเอาเงินไปหมด",),
        {"consent": "ได้ครับ",
         "idle": "อยากกลับบ้านขอนแก่นครับ",
         "hardship": "ไม่มีเงินเลยครับ ล็อตเตอรี่ก็เอาไปหมด สองคืนแล้วนอนใต้สะพานแถวนาเกลือ กินข้าวที่คนเขาให้",
         "id_card": "มีครับ บัตรคนพิการก็มี",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทย",
         "current_province": "ชลบุรี พัทยาครับ",
         "home_province": "ขอนแก่น",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "ด่วนครับ",
         "special_needs": "เป็นโปลิโอตั้งแต่เด็กครับ เดินไม่ได้ ใช้รถเข็น",
         "travel_alone": "ไปเองไม่ได้ครับ ขึ้นรถทัวร์ต้องมีคนยก ล้อรถเข็นก็แตกแล้ว",
         "needs": "อยากได้รถเข็นคันใหม่ครับ หรือซ่อมก็ได้",
         "sensitive_consent": "ได้ครับ",
         "name": "ประสิทธิ์ นาคำ",
         "phone": "0873649152",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ขอนแก่น", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone", "disabled"],
                "referrals": ["disability_devices"], "name": "ประสิทธิ์ นาคำ", "phone": "0873649152"}),

    # Grandmother (67) from Phetchabun came to Trang for her grandchildren (6 and 10) after her daughter
    # was jailed; bag stolen at the market. Dictates by voice (slips: "ลมสัก" for หล่มสัก, run-on ค่ะ).
    # Daughter's room is paid to month end -> case, NOT urgent; 3 travellers, child + elderly.
    # Asks for the old-age allowance she never got. Says the wrong phone digit and fixes it at the summary.
    "trang grandmother voice": Persona(
        ("สวัสดีค่ะยายพูดใส่โทรศัพท์นะคะพิมพ์ไม่เป็นค่ะ ยายจะพาหลานกลับบ้านเพชรบูรณ์ค่ะแต่ว่าเงินไม่มีค่ะโดนขโมยกระเป๋าที่ตลาดค่ะ",),
        {"consent": "ได้ค่ะยายยินยอมค่ะ",
         "idle": "ยายอยากได้ค่ารถพาหลานกลับบ้านค่ะ",
         "hardship": "ลูกสาวยายโดนจับค่ะติดคุกอยู่ที่ตรังค่ะยายก็เลยมาเอาหลานค่ะเงินที่เอามาโดนขโมยหมดเลยค่ะข้าวสารก็จะหมดแล้วค่ะ",
         "id_card": "บัตรประชาชนยายมีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "จังหวัดตรังค่ะอยู่ในเมืองค่ะ",
         "home_province": "เพชรบูรณ์ค่ะอำเภอลมสักค่ะ",
         "travellers": "สามคนค่ะยายกับหลานสองคนค่ะ",
         "urgent": "ยังไม่ด่วนค่ะห้องลูกสาวจ่ายไว้ถึงสิ้นเดือนค่ะ",
         "special_needs": "ยายอายุหกสิบเจ็ดค่ะหลานคนนึงหกขวบคนนึงสิบขวบค่ะไม่มีใครป่วยค่ะ",
         "travel_alone": "ยายพาหลานไปเองได้ค่ะนั่งรถทัวร์ค่ะ",
         "needs": "อยากได้เบี้ยผู้สูงอายุค่ะยายยังไม่เคยได้เลยค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ยายชื่อสำรวย อินทร์แก้วค่ะ",
         "phone": "089 561 2307 ค่ะ",
         "confirm": ("เบอร์ผิดค่ะยายพูดผิดค่ะที่ถูกคือ 089 561 2309 ค่ะ", "ถูกแล้วค่ะ")},
        expect={"eligible": True, "current": "ตรัง", "home": "เพชรบูรณ์", "travellers": 3,
                "urgent": False, "special": ["child", "elderly"], "referrals": ["elderly_allowance"],
                "name": "สำรวย อินทร์แก้ว", "phone": "0895612309"}),

    # Young Bangkok man, helper on a tour boat in Ao Nang; the company folded owing two months' wages,
    # 40 baht left. Sleeping on a friend's floor for a week -> case, NOT urgent. Slang, "คับ", no spaces.
    "krabi tour boat helper": Persona(
        ("พี่ครับผมติดอยู่กระบี่อ่ะ ตังค์หมดเกลี้ยงกลับกทม.ไม่ได้ ช่วยได้มั้ยคับ",),
        {"consent": "โอเคคับ",
         "idle": "ขอค่ารถกลับกทม.คับ",
         "hardship": "บริษัททัวร์ที่อ่าวนางเจ๊งคับเถ้าแก่เบี้ยวค่าแรงสองเดือนตอนนี้เหลือ40บาทกินมาม่าวันละห่อ",
         "id_card": "มีคับ",
         "nationality_letter": "มีบัตรคับ",
         "nationality": "ไทยคับ",
         "current_province": "กระบี่ อ่าวนาง",
         "home_province": "กทม.คับ บางเขน",
         "travellers": "คนเดียวคับ",
         "urgent": "ไม่ถึงกับด่วนคับ ตอนนี้อาศัยนอนห้องเพื่อนได้อีกอาทิตย์",
         "special_needs": "ไม่มีคับ",
         "travel_alone": "ได้คับ",
         "needs": "อยากเอาค่าแรงคืนด้วยทำไงได้บ้างคับ",
         "sensitive_consent": "ได้คับ",
         "name": "ธนากร ปานทอง",
         "phone": "0998126473",
         "confirm": "ถูกคับ"},
        expect={"eligible": True, "current": "กระบี่", "home": "กรุงเทพมหานคร", "travellers": 1,
                "urgent": False, "special": [], "name": "ธนากร ปานทอง", "phone": "0998126473"}),

    # Buriram couple who came to pick durian in Chanthaburi; the crew leader ran off with the whole crew's
    # wages at season end. Owner wants the shed empty today -> case, urgent; 2 travellers.
    # Bare greeting; asks what the data is for before consenting.
    "chanthaburi durian pickers": Persona(
        ("หวัดดีครับ",),
        {"consent": ("ข้อมูลเอาไปใช้ทำอะไรครับ", "โอเคครับ ยินยอม"),
         "idle": "มาขอความช่วยเหลือครับ เรื่องค่ารถกลับบ้าน",
         "hardship": "มาตัดทุเรียนกับเมียที่จันท์ครับ หัวหน้าสายที่พามาหนีไปพร้อมค่าแรงทั้งสาย หมดหน้าทุเรียนแล้วไม่มีงาน เงินเหลือร้อยกว่าบาท",
         "id_card": "มีครับทั้งคู่",
         "nationality_letter": "มีบัตรครับ",
         "nationality": "ไทยครับ",
         "current_province": "จันทบุรีครับ อ.มะขาม",
         "home_province": "บุรีรัมย์ครับ",
         "travellers": "2 คน ผมกับเมีย",
         "urgent": "ด่วนครับ เจ้าของสวนให้ออกจากเพิงวันนี้ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "สุริยา ดีพร้อม",
         "phone": "0801937462",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "บุรีรัมย์", "travellers": 2,
                "urgent": True, "special": [], "name": "สุริยา ดีพร้อม", "phone": "0801937462"}),

    # Kalasin deckhand whose hand was crushed by a winch; the owner left him at the Khlong Yai pier unpaid.
    # Wound infected, fever -> sick (he can still ride a bus alone). One thing per message, Thai digits.
    # Thai, card, nowhere to sleep -> case, urgent.
    "trat injured crew one part": Persona(
        ("ขอค่ารถกลับบ้านครับ",),
        {"consent": "ครับ",
         "idle": "ค่ารถกลับบ้าน",
         "hardship": ("มือเจ็บทำงานไม่ได้", "เจ้าของเรือไม่จ่ายตังค์", "ไม่มีที่นอนครับ"),
         "id_card": "มี",
         "nationality_letter": "มีบัตร",
         "nationality": "ไทย",
         "current_province": "ตราด",
         "home_province": "กาฬสินธุ์",
         "travellers": "๑",
         "urgent": "ด่วน",
         "special_needs": ("มือติดเชื้อครับ", "มีไข้"),
         "travel_alone": "ได้ครับ",
         "needs": "หาหมอ",
         "sensitive_consent": "ได้",
         "name": "บุญมี พลศรี",
         "phone": "๐๘๓๖๑๕๙๒๗๔",
         "confirm": "ครับ"},
        one_part=True,
        expect={"eligible": True, "current": "ตราด", "home": "กาฬสินธุ์", "travellers": 1,
                "urgent": True, "special": ["sick"], "name": "บุญมี พลศรี", "phone": "0836159274"}),

    # Muslim mother from Raman, Yala; husband killed in a factory accident in Bang Pakong, savings spent
    # on the funeral, no job. Room paid 10 more days -> case, NOT urgent. Says 3 travellers, then at the
    # summary remembers the 2-year-old: 4 travellers (her + children 2, 6, 9), child.
    "chachoengsao widow to yala": Persona(
        ("สวัสดีค่ะ ขอสอบถามเรื่องเงินช่วยเหลือกลับภูมิลำเนาค่ะ สามีเสียแล้ว อยากพาลูกกลับบ้านที่ยะลา",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับยะลาค่ะ",
         "hardship": "สามีทำงานโรงงานที่บางปะกง เกิดอุบัติเหตุเสียเมื่อเดือนก่อนค่ะ เงินที่มีใช้จัดการศพหมดแล้ว ตัวเองไม่มีงาน ไม่มีรายได้",
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ฉะเชิงเทราค่ะ",
         "home_province": "ยะลาค่ะ อ.รามัน",
         "travellers": "3 คนค่ะ ฉันกับลูกสองคน",
         "urgent": "ไม่ด่วนค่ะ ห้องจ่ายไว้อีก 10 วัน",
         "special_needs": "ลูกอายุ 6 ขวบกับ 9 ขวบค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ฟาตีเมาะ ยูโซะ",
         "phone": "0629371845",
         "confirm": ("ผิดค่ะ ไป 4 คนค่ะ ลืมนับน้องคนเล็ก 2 ขวบ ฉันกับลูกสามคนค่ะ", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "ยะลา", "travellers": 4,
                "urgent": False, "special": ["child"], "name": "ฟาตีเมาะ ยูโซะ", "phone": "0629371845"}),

    # Myanmar fisherman in Ranong with a pink (migrant worker) card, boat laid up, wants fare to Mahachai.
    # The aid is for Thai nationals only (ผู้ตกทุกข์ได้ยาก = บุคคลผู้มีสัญชาติไทย) -> refused, nationality.
    "ranong myanmar crew refused": Persona(
        ("ผมคนพม่า ทำงานเรือระนอง เรือจอดไม่ออก ไม่มีเงิน อยากไปมหาชัย ช่วยได้ไหมครับ",),
        {"consent": "ได้ครับ",
         "idle": "ขอเงินค่ารถครับ",
         "hardship": "ไม่มีเงินครับ เรือไม่ออกสองเดือน นอนบนเรือ",
         "id_card": "ไม่มีบัตรไทยครับ มีบัตรชมพู",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "พม่าครับ",
         "current_province": "ระนอง",
         "home_province": "บ้านอยู่ทวายครับ แต่จะไปหาญาติมหาชัย",
         "travellers": "คนเดียว",
         "urgent": "ไม่รู้ครับ",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "อยากได้งานใหม่",
         "sensitive_consent": "ได้",
         "name": "ซออ่อง",
         "phone": "0946381527",
         "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Phuket hotel receptionist who still has her job, room and salary; wants a free ticket home to Nan
    # for New Year because flights are dear. She has shelter, food and can pay the bus: none of the three
    # hardship criteria -> refused. Bare greeting.
    "phuket employed holiday refused": Persona(
        ("หวัดดีค่าา",),
        {"consent": "โอเคค่า",
         "idle": "อยากถามว่าขอตั๋วกลับบ้านฟรีได้มั้ยคะ ปีใหม่จะกลับน่าน",
         "hardship": ("ก็ไม่ได้ลำบากอะไรค่ะ ยังทำงานโรงแรมอยู่ มีห้องพัก เงินเดือนก็ได้ปกติ แต่ตั๋วเครื่องบินช่วงปีใหม่แพงมาก",
                      "ไม่ลำบากค่ะ มีที่พัก มีข้าวกิน ค่ารถทัวร์ก็พอมี แค่อยากประหยัด"),
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ภูเก็ต",
         "home_province": "น่าน",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ อีกตั้งเดือน",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "กมลชนก ปัญญาดี",
         "phone": "0954172836",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False}),

    # Young Thai Muslim man living at his mother's house in Yala, with food, wants bus fare to go and work
    # in a tom-yum shop in Malaysia. He is already in his home province and the aid only returns people to
    # their home province in Thailand -> refused. One thing per message.
    "yala to malaysia refused one part": Persona(
        ("ขอค่ารถหน่อยครับ",),
        {"consent": "ได้",
         "idle": "ค่ารถ",
         "hardship": ("ไม่มีงาน", "อยู่บ้านมะครับ", "ข้าวมีกิน"),
         "id_card": "มี",
         "nationality_letter": "มีบัตร",
         "nationality": "ไทย",
         "current_province": "ยะลา",
         "home_province": ("ยะลาครับ", "ไม่ได้จะกลับบ้าน จะไปมาเล"),
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": ("จะไปทำงานมาเล", "ร้านต้มยำที่กัวลาครับ"),
         "sensitive_consent": "ได้",
         "name": "มูฮัมหมัดซาฟรี ดอเลาะ",
         "phone": "0887215946",
         "confirm": "ถูก"},
        outcome="refused", one_part=True,
        expect={"eligible": False}),

    # Uttaradit man, 72, diabetic, came to Hat Yai to find his son who never showed; money and medicine
    # gone, sleeps at Hat Yai station -> case, urgent; elderly + sick (he can ride the train alone).
    # One thing per message, Thai digits for his age.
    "hat yai old man one part": Persona(
        ("ลุงอยากกลับบ้าน",),
        {"consent": "ได้",
         "idle": "กลับบ้าน",
         "hardship": ("ลูกไม่มารับ", "เงินหมด", "นอนสถานีรถไฟ"),
         "id_card": "มี บัตรตลอดชีพ",
         "nationality_letter": "มีบัตร",
         "nationality": "ไทย",
         "current_province": "หาดใหญ่",
         "home_province": "อุตรดิตถ์",
         "travellers": "ลุงคนเดียว",
         "urgent": "ด่วน",
         "special_needs": ("อายุ๗๒", "เป็นเบาหวาน ยาหมด"),
         "travel_alone": "ได้ นั่งรถไฟไปได้",
         "needs": "ยาเบาหวาน",
         "sensitive_consent": "ได้",
         "name": "ลุงชื่อ สมบูรณ์ แก้วเขียว",
         "phone": "0857391624",
         "confirm": "ถูก"},
        one_part=True,
        expect={"eligible": True, "current": "สงขลา", "home": "อุตรดิตถ์", "travellers": 1,
                "urgent": True, "special": ["elderly", "sick"], "name": "สมบูรณ์ แก้วเขียว",
                "phone": "0857391624"}),

    # Muslim woman from Tha Sala, Nakhon Si Thammarat, lured by a Facebook agent to a "massage shop" job in
    # Pattaya that was sex work; ran away with only her card and phone, fears being followed. Tells the
    # whole story, name and phone in the first message. Thai, no money, unsafe tonight -> case, urgent.
    "pattaya massage scam everything": Persona(
        ("สวัสดีค่ะ ชื่อ ซารีนา หมัดอะหลี ค่ะ อายุ 24 คนนครศรีฯ อ.ท่าศาลา นายหน้าในเฟสบอกจะหางานร้านนวดที่พัทยาให้เงินดี เก็บค่าหางานไป8000 พอมาถึงให้ไปนั่งดริงค์ขายตัว หนูไม่ยอมเลยหนีออกมา มีแต่บัตรประชาชนกับโทรศัพท์ ไม่มีตังค์ไซเลยค่ะ คืนนี้ไม่มีที่นอนกลัวพวกมันตามมา เป็นคนไทยค่ะ มาคนเดียว ไม่ได้ท้องไม่ได้ป่วย อยากหลบบ้านค่ะ เบอร์ 0634819275",),
        {"consent": "ได้ค่ะ",
         "idle": "อยากกลับบ้านนครศรีฯค่ะ",
         "hardship": "เงินหมดค่ะ ไม่มีที่นอน ไม่ได้กินข้าว กลัวด้วย",
         "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ชลบุรีค่ะ พัทยา",
         "home_province": "นครศรีธรรมราชค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ไม่ปลอดภัย",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "อยากแจ้งความนายหน้าด้วยค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ซารีนา หมัดอะหลี",
         "phone": "0634819275",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครศรีธรรมราช", "travellers": 1,
                "urgent": True, "special": [], "name": "ซารีนา หมัดอะหลี", "phone": "0634819275"}),
}
