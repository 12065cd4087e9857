"""Development personas, set dev9: the South and the North-East in their own words.

Written 2026-12-04 from the seeds only (seeds/000_*: services for released prisoners;
seeds/002_*: the officers' manual and the 2000 regulation on return-home aid) and
knowledge-topics.md, by a helper who did not read the dialog code, the knowledge
files, the tests, nor any other persona set. Expectations are what a careful officer
would conclude from the person's words by the seeds: Thai nationality, an ID card or
a letter certifying Thai nationality and residence, one of the three hardships
(no shelter / no food or income / no fare home); urgent when there is no safe place
to stay tonight (the manual: with shelter it is not urgent).

Focus: southern (ปักษ์ใต้) and Isan dialect, the deep South, hill people with Thai
cards, fishermen, farm workers after harvest, island resort staff, patients far from
home, students, people fleeing violence, rescued trafficking victims, no phone,
landlines and relatives' numbers, a withheld name, a found card, emoji and stickers,
one very long message, English only. Four refusals, two open with a knowledge
question, three answer one thing per message, two correct a fact at the summary.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ["hiv_aid", "medical_services", "mental_health_care"]

PERSONAS: dict[str, Persona] = {
    # Southern dialect throughout: ฉาน (I), หลบบ้าน (go home), ตังค์, "นครศรีฯ"
    # abbreviated; a friend's floor for two nights means shelter, so not urgent.
    "southerner in Bangkok, nakhon si": Persona(
        ("ฉานติดอยู่กรุงเทพ ไม่มีตังค์หลบบ้านนครศรีฯ ช่วยได้ม้ายพี่",),
        {"consent": "ยินยอมครับ", "idle": "อยากขอค่ารถหลบบ้านครับ",
         "hardship": "ไม่มีตังค์ค่ารถหลบบ้าน งานก็ไม่มีแล้ว",
         "id_card": "มีบัตรประชาชนครับ", "nationality_letter": "ไม่ต้อง มีบัตรอยู่",
         "nationality": "คนไทยครับ", "current_province": "อยู่กรุงเทพแถวบางแค",
         "home_province": "นครศรีธรรมราช อำเภอทุ่งสง",
         "travellers": "ฉานคนเดียว", "urgent": "นอนห้องเพื่อนได้อีกสองคืน ไม่ด่วนหรอก",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ไม่ยินยอม",
         "name": "ณรงค์", "phone": "0815432198", "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False, "special": [], "name": "ณรงค์",
                "phone": "0815432198", "no_referrals": ["probation_support"]}),

    # Isan farm hand after the cane harvest; answers one thing per message; "กาญ"
    # for Kanchanaburi; thrown out of the camp tonight, so urgent; wife travels too.
    "cane cutter after harvest, one part": Persona(
        ("ตัดอ้อยหมดหน้าแล้ว นายจ้างบ่จ่ายเงิน บ่มีเงินกลับเฮือน",),
        {"consent": "ยินยอม", "idle": "อยากให้ช่วยค่ารถกลับเฮือน",
         "hardship": "บ่มีเงินค่ารถ บ่มีกินนำ", "id_card": "มีบัตรอยู่",
         "nationality_letter": "มีบัตรแล้ว", "nationality": "คนไทย",
         "current_province": "อยู่กาญ ท่าม่วง", "home_province": "ยโสธร",
         "travellers": "2 คน ข้อยกับเมีย", "urgent": "ด่วน นายจ้างไล่ออกจากแคมป์ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มี", "travel_alone": "ไปเองได้",
         "needs": "บ่มี", "sensitive_consent": "บ่ยินยอม",
         "name": "สมพงษ์", "phone": "0897765432", "confirm": "แม่นแล้ว"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "ยโสธร", "travellers": 2,
                "urgent": True, "special": [], "name": "สมพงษ์", "phone": "0897765432"},
        one_part=True),

    # Akha man: "ชาวเขา" must not be read as not Thai; he has a Thai card.
    "hill man with a Thai card": Persona(
        ("ผมเป็นคนอาข่า มีบัตรประชาชนไทยนะครับ ตกงานอยู่กรุงเทพ อยากกลับบ้านที่เชียงราย "
         "ไม่มีค่ารถ",),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือค่ารถครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีรายได้", "id_card": "มีบัตรประชาชนไทยครับ",
         "nationality_letter": "มีบัตรครับ", "nationality": "สัญชาติไทยครับ เป็นชาวเขาแต่ได้บัตรไทยแล้ว",
         "current_province": "กรุงเทพ ห้วยขวาง", "home_province": "เชียงราย แม่ฟ้าหลวง",
         "travellers": "คนเดียวครับ", "urgent": "ยังมีห้องเช่าถึงสิ้นเดือนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ไม่ยินยอมครับ",
         "name": "อาจ่า", "phone": "0862234455", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [], "name": "อาจ่า",
                "phone": "0862234455"}),

    # Isan deckhand at a deep-South port; "ไต๋เรือ" (skipper); put off the boat, so
    # urgent; Pattani as current, Sisaket as home.
    "Isan fisherman at Pattani port": Persona(
        ("ข้อยลงเรือประมงอยู่ปัตตานี ไต๋เรือบ่จ่ายค่าแรง ไล่ลงจากเรือแล้ว บ่มีเงินกลับเฮือนศรีสะเกษ",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถกลับเฮือน",
         "hardship": "บ่มีบ่อนอยู่ บ่มีเงินค่ารถ", "id_card": "มีบัตร",
         "nationality_letter": "มีบัตรอยู่", "nationality": "คนไทย",
         "current_province": "ปัตตานี ท่าเรือ", "home_province": "ศรีสะเกษ กันทรลักษ์",
         "travellers": "คนเดียว", "urgent": "ด่วน คืนนี้นอนท่าเรือ",
         "special_needs": "บ่มี", "travel_alone": "ไปได้",
         "needs": "บ่มี", "sensitive_consent": "บ่",
         "name": "ทองดี", "phone": "0924456781", "confirm": "แม่น"},
        expect={"eligible": True, "current": "ปัตตานี", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": True, "special": [], "name": "ทองดี", "phone": "0924456781"}),

    # Samui is a district, not a province (Surat Thani); she corrects home at the
    # summary: Udon was where she worked before, home is Nong Bua Lam Phu.
    "Samui resort maid, fixes home at summary": Persona(
        ("สวัสดีค่ะ รีสอร์ทที่เกาะสมุยปิดหน้าโลว์ ไม่มีเงินค่าเรือค่ารถกลับบ้านอุดรค่ะ",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีรายได้แล้ว", "id_card": "มีบัตรค่ะ",
         "nationality_letter": "มีบัตรประชาชนค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "เกาะสมุยค่ะ", "home_province": "อุดรค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ยังอยู่ห้องพนักงานได้ถึงวันศุกร์ค่ะ ไม่ด่วน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ไม่ยินยอมค่ะ",
         "name": "พิมพ์ชนก", "phone": "0638812345",
         "confirm": ("ขอแก้ค่ะ บ้านจริงอยู่หนองบัวลำภู อุดรเป็นที่ทำงานเก่า", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "หนองบัวลำภู",
                "travellers": 1, "urgent": False, "special": [], "name": "พิมพ์ชนก",
                "phone": "0638812345"}),

    # Father at a Bangkok hospital with a sick child from Mae Hong Son; money went on
    # treatment; adds the mother at the summary (3 travellers); discharged, no bed.
    "father at Siriraj, child discharged, adds mother": Persona(
        ("ลูกป่วยมารักษาที่ศิริราชครับ หมอให้กลับบ้านแล้ว แต่เงินหมดไปกับค่ารักษา "
         "ไม่มีค่ารถกลับแม่ฮ่องสอน",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ไม่มีที่พัก", "id_card": "มีบัตรประชาชนครับ",
         "nationality_letter": "มีบัตรครับ", "nationality": "คนไทยครับ",
         "current_province": "กรุงเทพ โรงพยาบาลศิริราช", "home_province": "แม่ฮ่องสอน อำเภอปาย",
         "travellers": "2 คน ผมกับลูกสาว 7 ขวบ ลูกยังป่วยอยู่",
         "urgent": "ด่วนครับ ออกจากโรงพยาบาลแล้ว คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกสาว 7 ขวบ ยังป่วย ต้องกินยาต่อเนื่อง",
         "travel_alone": "ผมพาลูกไปเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ไม่ยินยอมครับ",
         "name": "จันทร์ดี", "phone": "0851239876",
         "confirm": ("ขอแก้ครับ แม่ของเด็กจะไปด้วย รวมเป็น 3 คนครับ", "ถูกต้องครับ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "แม่ฮ่องสอน",
                "travellers": 3, "urgent": True, "special": ["child", "sick"],
                "name": "จันทร์ดี", "phone": "0851239876"}),

    # Student from Pattani studying in Chiang Mai, southern words, one part a
    # message; the dorm runs to month's end, so not urgent.
    "Pattani student in Chiang Mai, one part": Persona(
        ("ฉานเป็นนักศึกษาอยู่เชียงใหม่ ที่บ้านขายยางไม่ได้ราคา ไม่มีตังค์หลบบ้านปัตตานี",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากขอค่ารถหลบบ้านค่ะ",
         "hardship": "ไม่มีตังค์ค่ารถหลบบ้านค่ะ", "id_card": "มีบัตรประชาชนค่ะ",
         "nationality_letter": "มีบัตรค่ะ", "nationality": "คนไทยค่ะ",
         "current_province": "เชียงใหม่ค่ะ", "home_province": "ปัตตานี หนองจิกค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ยังอยู่หอได้ถึงสิ้นเดือนค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ไม่ยินยอมค่ะ",
         "name": "ฟาตีมะห์", "phone": "0987123456", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ปัตตานี", "travellers": 1,
                "urgent": False, "special": [], "name": "ฟาตีมะห์", "phone": "0987123456"},
        one_part=True),

    # Fleeing a violent husband with two children; safety makes it urgent; the old
    # phone stays with him, so she gives her mother's number.
    "mother fleeing violence, mother's phone": Persona(
        ("ผัวตีค่ะ หนีออกมากับลูกสองคน ตอนนี้นั่งอยู่ปั๊มน้ำมันที่ระยอง กลัวเขาตามมา "
         "อยากกลับบ้านแม่ที่มหาสารคาม",),
        {"consent": "ยินยอมค่ะ", "idle": "ช่วยด้วยค่ะ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงินค่ารถค่ะ", "id_card": "มีบัตรค่ะ เอาติดมา",
         "nationality_letter": "มีบัตรค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ระยอง ปั๊มน้ำมันค่ะ", "home_province": "มหาสารคาม บ้านแม่",
         "travellers": "3 คน ฉันกับลูก 2 คน อายุ 4 ขวบกับ 9 ขวบ",
         "urgent": "ด่วนมากค่ะ ไม่ปลอดภัย คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกเล็กสองคนค่ะ", "travel_alone": "ไปเองได้ค่ะ ขอแค่ค่ารถ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ไม่ยินยอมค่ะ",
         "name": "วันเพ็ญ",
         "phone": "อย่าโทรเบอร์เดิมนะคะ ผัวเอาไป ใช้เบอร์แม่ 0843217654",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "มหาสารคาม", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "วันเพ็ญ",
                "phone": "0843217654"}),

    # Rescued from a karaoke bar in Sungai Kolok: the town names the province
    # (Narathiwat); afraid of the broker, she cannot travel alone; urgent for safety.
    "trafficking victim rescued in Sungai Kolok": Persona(
        ("ตำรวจช่วยหนูออกมาจากร้านคาราโอเกะที่สุไหงโก-ลกค่ะ หนูถูกหลอกมาทำงาน "
         "อยากกลับบ้านที่พะเยา ไม่มีเงินเลย",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีเงิน ไม่มีที่อยู่ค่ะ",
         "id_card": "นายหน้ายึดบัตรไว้ แต่ตำรวจเอาคืนมาให้แล้วค่ะ",
         "nationality_letter": "ได้บัตรคืนแล้วค่ะ", "nationality": "คนไทยค่ะ",
         "current_province": "สุไหงโก-ลก นราธิวาสค่ะ", "home_province": "พะเยา อำเภอจุนค่ะ",
         "travellers": "หนูคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ กลัวนายหน้าตามมา ไม่มีที่ปลอดภัย",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไม่กล้าไปคนเดียวค่ะ กลัว อยากมีเจ้าหน้าที่ไปด้วย",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ไม่ยินยอมค่ะ",
         "name": "น้ำฝน", "phone": "0612345098", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นราธิวาส", "home": "พะเยา", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone"], "name": "น้ำฝน",
                "phone": "0612345098"}),

    # Phone broken, typing from a library computer: no number to give at all;
    # sleeping at Hua Lamphong, so urgent. No phone is expected.
    "southerner with a broken phone": Persona(
        ("โทรศัพท์ฉานพังแล้ว พิมพ์จากคอมห้องสมุด ไม่มีตังค์หลบบ้านพัทลุง นอนหัวลำโพงมาสองคืนแล้ว",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถหลบบ้าน",
         "hardship": "ไม่มีที่นอน ไม่มีตังค์ค่ารถ", "id_card": "มีบัตรประชาชน",
         "nationality_letter": "มีบัตร", "nationality": "คนไทย",
         "current_province": "กรุงเทพ หัวลำโพง", "home_province": "พัทลุง ควนขนุน",
         "travellers": "คนเดียว", "urgent": "ด่วน ไม่มีที่นอน",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "ไม่มี", "sensitive_consent": "ไม่ยินยอม",
         "name": "สุธรรม",
         "phone": ("ไม่มีเบอร์ โทรศัพท์พัง", "ไม่มีจริงๆ ไม่มีเครื่อง"),
         "confirm": "ถูกแล้ว"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พัทลุง",
                "travellers": 1, "urgent": True, "special": [], "name": "สุธรรม"}),

    # Grandmother left behind by a pilgrimage bus; a temple landline (9 digits);
    # 78 and poor sight: elderly and cannot travel alone.
    "grandmother left by the tour, temple landline": Persona(
        ("ยายมากับคณะทัวร์ไหว้พระ รถทัวร์ทิ้งยายไว้ที่เชียงใหม่ เงินก็ไม่มี บ้านยายอยู่ร้อยเอ็ด",),
        {"consent": "ยินยอมจ้ะ", "idle": "ช่วยยายด้วย",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านจ้ะ", "id_card": "มีบัตรจ้ะ",
         "nationality_letter": "มีบัตรจ้ะ", "nationality": "คนไทยจ้ะ",
         "current_province": "เชียงใหม่ อยู่วัด", "home_province": "ร้อยเอ็ด เสลภูมิ",
         "travellers": "ยายคนเดียว อายุ 78 แล้ว",
         "urgent": "หลวงพ่อให้นอนที่วัดได้จ้ะ",
         "special_needs": "ยายแก่แล้ว ตาไม่ค่อยดี",
         "travel_alone": "ไปเองไม่ไหวจ้ะ ตามองไม่ค่อยเห็น",
         "needs": "ไม่มีจ้ะ", "sensitive_consent": "ไม่ยินยอม",
         "name": "ยายคำ", "phone": "โทรที่วัดได้ 053-214-567", "confirm": "ถูกแล้วจ้ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": False, "special": ["cannot_travel_alone", "elderly"],
                "name": "คำ", "phone": "053214567"}),

    # Released from Songkhla prison, Isan speaker, will not give a name at all;
    # consents to the sensitive question and wants work and probation advice.
    "released man who will not give a name": Persona(
        ("ข้อยเพิ่งพ้นโทษออกจากเรือนจำสงขลา บ่มีเงินกลับเฮือนนครพนม",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถกลับเฮือน",
         "hardship": "บ่มีเงินค่ารถ บ่มีรายได้", "id_card": "มีบัตร",
         "nationality_letter": "มีบัตร", "nationality": "คนไทย",
         "current_province": "สงขลา", "home_province": "นครพนม ธาตุพนม",
         "travellers": "คนเดียว", "urgent": "บ่ด่วน นอนศาลาวัดได้",
         "special_needs": "บ่มี", "travel_alone": "ไปเองได้",
         "needs": "อยากหางานทำ แล้วก็อยากปรึกษาคุมประพฤติ",
         "sensitive_consent": "ยินยอม",
         "name": ("บ่บอกชื่อได้บ่", "บ่อยากบอกชื่อ ขอโทษเด้อ"),
         "phone": "0956781234", "confirm": "แม่นแล้ว"},
        expect={"eligible": True, "current": "สงขลา", "home": "นครพนม", "travellers": 1,
                "urgent": False, "special": [], "phone": "0956781234",
                "referrals": ["job_placement", "probation_support"],
                "no_referrals": HEALTH}),

    # Says "no card" first, then finds it while asked about the kamnan's letter.
    "Phuket worker finds her card": Persona(
        ("ข้อยอยู่ภูเก็ต ร้านอาหารเจ๊ง บ่มีเงินกลับเฮือนกาฬสินธุ์",),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือค่ารถ",
         "hardship": "บ่มีเงินค่ารถกลับเฮือน", "id_card": "บ่มีบัตร คือสิหายแล้ว",
         "nationality_letter": "อ้าว เจอแล้ว บัตรอยู่ในกระเป๋าตังค์ มีบัตรประชาชน",
         "nationality": "คนไทย",
         "current_province": "ภูเก็ต ป่าตอง", "home_province": "กาฬสินธุ์ ยางตลาด",
         "travellers": "คนเดียว", "urgent": "บ่ด่วน ยังมีห้องเช่าอยู่",
         "special_needs": "บ่มี", "travel_alone": "ไปได้",
         "needs": "บ่มี", "sensitive_consent": "บ่ยินยอม",
         "name": "แสงเดือน", "phone": "0829876541", "confirm": "แม่นแล้วจ้า"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "กาฬสินธุ์", "travellers": 1,
                "urgent": False, "special": [], "name": "แสงเดือน",
                "phone": "0829876541"}),

    # Emoji and stickers instead of words for yes/thanks; the first 👍 is not clear
    # consent, so a plain word follows when asked again; one part a message.
    "builder who answers with stickers, one part": Persona(
        ("[สติกเกอร์]", "ไซต์ก่อสร้างชลบุรีหมดงาน บ่มีเงินกลับเฮือนบุรีรัมย์ 🙏"),
        {"consent": ("👍", "ยินยอม"), "idle": "🙏 ขอค่ารถกลับบ้าน",
         "hardship": "บ่มีเงินค่ารถ 😢", "id_card": "มี 👍",
         "nationality_letter": "มีบัตร", "nationality": "ไทย 🇹🇭",
         "current_province": "ชลบุรี บ่อวิน", "home_province": "บุรีรัมย์ นางรอง",
         "travellers": "คนเดียว", "urgent": "แคมป์ให้อยู่ได้ถึงอาทิตย์หน้า 👌",
         "special_needs": "บ่มี", "travel_alone": "ไปเองได้ 👍",
         "needs": "บ่มี", "sensitive_consent": "ไม่ยินยอม",
         "name": "บุญเลิศ 😊", "phone": "0871122334",
         "confirm": ("👍👍", "ถูกต้อง")},
        expect={"eligible": True, "current": "ชลบุรี", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": False, "special": [], "name": "บุญเลิศ", "phone": "0871122334"},
        one_part=True),

    # One very long message: old jobs in Rayong, the wife's family in Surin and a
    # debt are distractions; home is Chaiyaphum; wife pregnant, a child; 4 people.
    "long story mixing everything": Persona(
        ("สวัสดีครับ ขอเล่ายาวหน่อยนะครับ ผมเคยทำงานโรงงานที่ระยองมาสามปี แล้วย้ายมา"
         "ทำงานก่อสร้างที่กรุงเทพแถวบางนา ตอนนี้บริษัทปิด ไม่จ่ายเงินเดือนสองเดือน "
         "ติดหนี้ค่าห้อง เจ้าของห้องไล่ให้ออกภายในพรุ่งนี้ เมียท้องได้ 7 เดือน "
         "ลูกชายอายุ 5 ขวบ แม่ผมอายุ 60 ก็อยู่ด้วย ญาติเมียอยู่สุรินทร์แต่ไม่ได้ติดต่อกัน "
         "บ้านผมจริงๆ อยู่ชัยภูมิ อยากพาทุกคนกลับบ้าน ไม่มีค่ารถเลยครับ มีบัตรประชาชนครบ",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถพาครอบครัวกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีรายได้ครับ", "id_card": "มีบัตรประชาชนครับ",
         "nationality_letter": "มีบัตรครับ", "nationality": "คนไทยทุกคนครับ",
         "current_province": "กรุงเทพ บางนา", "home_province": "ชัยภูมิ ภูเขียว",
         "travellers": "4 คน ผม เมียท้อง 7 เดือน ลูกชาย 5 ขวบ แม่ผมอายุ 60",
         "urgent": "ยังอยู่ห้องได้ถึงพรุ่งนี้ครับ",
         "special_needs": "เมียท้อง 7 เดือน ลูกชาย 5 ขวบ",
         "travel_alone": "ไปกันเองได้ครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ไม่ยินยอมครับ",
         "name": "ประเสริฐ", "phone": "0814567823", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 4, "urgent": False, "special": ["child", "pregnant"],
                "name": "ประเสริฐ", "phone": "0814567823"}),

    # English only (grew up abroad, no Thai keyboard); Thai card; Pattaya is in
    # Chon Buri; hostel paid to Sunday, so not urgent.
    "English only, Thai card, Pattaya": Persona(
        ("Hello, I am Thai but I can't type Thai. I'm stuck in Pattaya with no money "
         "for the bus home to Udon Thani.",),
        {"consent": "I agree", "idle": "I need help to go home",
         "hardship": "No money for the fare home, no income",
         "id_card": "Yes, I have my Thai ID card",
         "nationality_letter": "I have the ID card", "nationality": "Thai",
         "current_province": "Pattaya, Chonburi", "home_province": "Udon Thani",
         "travellers": "Just me, one person",
         "urgent": "Not urgent, the hostel is paid until Sunday",
         "special_needs": "No", "travel_alone": "Yes, I can travel alone",
         "needs": "Nothing else", "sensitive_consent": "No, I don't agree",
         "name": "Somchai", "phone": "0891234560", "confirm": "Yes, correct"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 1,
                "urgent": False, "special": [], "name": "Somchai",
                "phone": "0891234560"}),

    # Asks about food money first (a knowledge question), then applies; Hat Yai is in
    # Songkhla; southern speech; two small children.
    "Hat Yai mother asks about food money first": Persona(
        ("ถามหน่อยค่ะ ถ้าขอค่ารถหลบบ้าน ได้ค่ากินระหว่างทางด้วยม้ายคะ",
         "ฉานอยู่หาดใหญ่กับลูกสองคน ไม่มีตังค์หลบบ้านชุมพรค่ะ อยากขอความช่วยเหลือ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีตังค์ค่ารถค่ะ ไม่มีรายได้", "id_card": "มีบัตรค่ะ",
         "nationality_letter": "มีบัตรค่ะ", "nationality": "คนไทยค่ะ",
         "current_province": "หาดใหญ่ค่ะ", "home_province": "ชุมพร หลังสวนค่ะ",
         "travellers": "3 คนค่ะ ฉันกับลูก 2 ขวบ และ 6 ขวบ",
         "urgent": "ยังพักบ้านเพื่อนได้ค่ะ",
         "special_needs": "ลูกเล็กสองคนค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ไม่ยินยอมค่ะ",
         "name": "กัลยา", "phone": "0652347789", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ชุมพร", "travellers": 3,
                "urgent": False, "special": ["child"], "name": "กัลยา",
                "phone": "0652347789"}),

    # Asks about the disability allowance first, then wants to go home; in a
    # wheelchair he cannot board a bus alone: disabled and cannot travel alone.
    "wheelchair user asks about the allowance first": Persona(
        ("เบี้ยคนพิการได้เดือนละเท่าไหร่ครับ",
         "ข้อยนั่งรถเข็น อยู่กรุงเทพ บ่มีเงินกลับเฮือนที่เลย อยากขอค่ารถครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับเฮือนครับ",
         "hardship": "บ่มีเงินค่ารถ บ่มีรายได้ครับ", "id_card": "มีบัตรครับ",
         "nationality_letter": "มีบัตรครับ", "nationality": "คนไทยครับ",
         "current_province": "กรุงเทพ ดินแดง", "home_province": "เลย วังสะพุง",
         "travellers": "คนเดียวครับ", "urgent": "บ่ด่วนครับ ยังพักกับหมู่ได้",
         "special_needs": "ข้อยพิการขา นั่งรถเข็นครับ",
         "travel_alone": "ไปเองบ่ได้ครับ ขึ้นรถทัวร์เองบ่ได้",
         "needs": "บ่มีครับ", "sensitive_consent": "บ่ยินยอมครับ",
         "name": "สมหมาย", "phone": "0803456712", "confirm": "แม่นแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เลย", "travellers": 1,
                "urgent": False, "special": ["cannot_travel_alone", "disabled"],
                "name": "สมหมาย", "phone": "0803456712"}),

    # REFUSED: Myanmar deckhand with a pink card (a migrant worker card), not Thai.
    "Myanmar deckhand with a pink card": Persona(
        ("ผมคนพม่า ทำงานเรือประมงที่ปัตตานี ไม่มีเงินกลับบ้าน ช่วยได้ไหม",),
        {"consent": "ยินยอม", "idle": "ขอช่วยค่ารถ",
         "hardship": "ไม่มีเงินค่ารถ", "id_card": "ไม่มีบัตรไทย มีบัตรชมพู",
         "nationality_letter": "ไม่มี ผมเป็นคนพม่า", "nationality": "พม่าครับ ไม่ใช่คนไทย",
         "current_province": "ปัตตานี", "home_province": "บ้านอยู่พม่า เมืองทวาย",
         "travellers": "คนเดียว", "urgent": "นอนบนเรือได้",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "ไม่มี", "sensitive_consent": "ไม่ยินยอม",
         "name": "ซอ", "phone": "0934567812", "confirm": "ถูกต้อง"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSED: a foreign tourist on Phi Phi, English only, lost wallet: not Thai.
    "foreign tourist on Phi Phi, English": Persona(
        ("Hi, I'm a tourist from Germany on Koh Phi Phi. I lost my wallet and need "
         "money for the ferry and bus to Bangkok. Can you help?",),
        {"consent": "I agree", "idle": "I need help",
         "hardship": "No money for the ferry", "id_card": "No Thai ID, I have a passport",
         "nationality_letter": "No, I'm German", "nationality": "German, not Thai",
         "current_province": "Koh Phi Phi, Krabi", "home_province": "Germany",
         "travellers": "Only me", "urgent": "The hotel is paid for tonight",
         "special_needs": "No", "travel_alone": "Yes",
         "needs": "No", "sensitive_consent": "No",
         "name": "Jonas", "phone": "0612349876", "confirm": "Yes"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSED: lost card and no letter possible (the kamnan does not know him);
    # the seeds ask for one or the other.
    "southerner with no card and no letter": Persona(
        ("ฉานทำบัตรหายตอนอยู่ระนอง อยากหลบบ้านตรัง ไม่มีตังค์",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถหลบบ้าน",
         "hardship": "ไม่มีตังค์ค่ารถ", "id_card": "ไม่มีบัตร หายไปแล้ว",
         "nationality_letter": "ไม่มีหนังสือรับรอง กำนันไม่รู้จักฉาน ขอไม่ได้หรอก",
         "nationality": "คนไทย", "current_province": "ระนอง", "home_province": "ตรัง",
         "travellers": "คนเดียว", "urgent": "ไม่ด่วน",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "ไม่มี", "sensitive_consent": "ไม่ยินยอม",
         "name": "เอียด", "phone": "0823344556", "confirm": "ถูกแล้ว"},
        outcome="refused",
        expect={"eligible": False}),

    # REFUSED: has money and a room on Samui; only wants the state to pay to save
    # his own money: none of the three hardships.
    "Samui boat driver with money, no hardship": Persona(
        ("ฉานขับเรืออยู่สมุย มีตังค์อยู่แต่อยากประหยัด รัฐช่วยค่ารถหลบบ้านสงขลาได้ม้าย",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถหลบบ้าน",
         "hardship": ("ไม่ได้ลำบากอะไร มีงานมีเงิน มีห้องอยู่ แค่อยากให้ช่วยค่ารถ",
                      "ไม่มีข้อไหนเลย"),
         "id_card": "มีบัตร", "nationality_letter": "มีบัตร", "nationality": "คนไทย",
         "current_province": "เกาะสมุย", "home_province": "สงขลา",
         "travellers": "คนเดียว", "urgent": "ไม่ด่วน",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "ไม่มี", "sensitive_consent": "ไม่ยินยอม",
         "name": "หมาน", "phone": "0976543210", "confirm": "ถูกแล้ว"},
        outcome="refused",
        expect={"eligible": False}),
}
