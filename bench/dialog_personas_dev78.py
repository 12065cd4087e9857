"""Dialog personas, set "dev78" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: people who write for someone else, and people with care needs. A hospital
social worker in Korat and a psychiatric-ward nurse in Nonthaburi write for discharged
patients and give their own mobiles; a police sergeant at Krung Thep Aphiwat station
and a southern station guard at Hat Yai write for men sleeping at the station (the man
at Bangsue takes over the phone); a foundation volunteer in Chiang Mai writes for a
pregnant woman and her child; a monk ("อาตมา", "โยม", "เจริญพร") writes for a homeless
diabetic elder sleeping in the sala; a university student writes for her grandparents
stuck in Pattaya and corrects their home province at the summary; a neighbour in Bang
Phli writes for an old woman with dementia going to her niece in Lampang; a durian
orchard owner in Chanthaburi sends off an amputee worker who then types himself; a
teacher in Mahachai writes for a pupil's mother, who takes over. People with
disabilities write themselves: a blind lottery seller with voice typing (no spaces, no
punctuation), a deaf woman in Patong who types in Thai-sign-language word order and
cannot take calls, a paraplegic man in a wheelchair at Rangsit market. Chronic illness:
stroke, breast cancer after chemo (her daughter types for her), schizophrenia, HIV after
release from prison, diabetes, kidney dialysis. A woman at 37 weeks in Map Ta Phut, an
83-year-old retired teacher in Lopburi typing slowly with spaces and Thai digits. Writers
switch between "เขา/น้อง/ป้า/ลุง/ผู้ป่วย" and "ผม/หนู/ดิฉัน". Refused: a Myanmar
worker (nurse writing), a fire victim with his card burnt and no letter (rescue
volunteer writing), a dialysis patient at home in Buriram who wants fare to hospital in
his own province (village health volunteer writing). Answered: disability allowance,
how fast an urgent case is handled, and whom to call on a Saturday night.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # hospital social worker for a stroke patient, Nakhon Ratchasima to Nan; needs escort, not urgent
    "dev78 hospital social worker, stroke patient Korat to Nan, needs escort": Persona(
        ("สวัสดีค่ะ ติดต่อจากงานสังคมสงเคราะห์ รพ.มหาราชนครราชสีมานะคะ",
         "มีผู้ป่วยชายอายุ58 เป็นstrokeค่ะ แพทย์ให้dischargeได้แล้ว แต่ไม่มีญาติมารับเลย "
         "ตัวผู้ป่วยไม่มีเงินติดตัว บ้านเดิมอยู่น่านค่ะ อยากขอค่ารถส่งเค้ากลับ"),
        {"consent": "ได้ค่ะ ดิฉันถามผู้ป่วยแล้ว เค้ายินยอมค่ะ",
         "idle": "ขอค่ารถส่งผู้ป่วยกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ ไม่มีรายได้ ญาติมีแค่น้องสาวที่น่านแต่ก็ไม่มีเงินส่งมา",
         "id_card": "บัตรประชาชนมีค่ะ ยังไม่หมดอายุ ดิฉันถ่ายสำเนาเก็บไว้แล้ว",
         "current_province": "ยังนอนอยู่ตึกอายุรกรรม รพ.มหาราชนครราชสีมาค่ะ โคราช",
         "home_province": "อ.ปัว จ.น่านค่ะ จะไปอยู่กับน้องสาว",
         "travellers": "ผู้ป่วยคนเดียวค่ะ ดิฉันไม่ได้ไปด้วย",
         "urgent": "ยังไม่ด่วนค่ะ วอร์ดให้นอนรอได้ถึงวันศุกร์ แต่หลังจากนั้นเค้าไม่มีที่ไปเลย",
         "special_needs": "ตัวผู้ป่วยเองค่ะ เป็นโรคหลอดเลือดสมอง พูดไม่ค่อยชัด สับสนเรื่องเวลา ลืมง่าย",
         "more_care": "ไม่มีแล้วค่ะ มีเค้าคนเดียว",
         "travel_alone": "ให้ไปเองไม่ได้ค่ะ ต้องต่อรถที่พิษณุโลก หลงแน่ๆ ต้องมีเจ้าหน้าที่ไปส่งค่ะ",
         "needs": "อยากให้ประสานรพ.ปัวรับดูแลต่อเนื่องด้วยค่ะ ต้องรับยากับทำกายภาพต่อ",
         "sensitive_consent": "ยินยอมค่ะ ผู้ป่วยรับทราบแล้ว",
         "name": "ชื่อผู้ป่วย สมบัติ ใจยา ค่ะ",
         "phone": "ผู้ป่วยไม่มีโทรศัพท์ค่ะ ติดต่อเบอร์ดิฉันได้เลย 081-765-4321",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "น่าน", "travellers": 1,
                "urgent": False, "special": ["sick", "cannot_travel_alone"],
                "referrals": ["travel_escort", "medical_services"],
                "name": "สมบัติ ใจยา", "phone": "0817654321"}),

    # police sergeant for a robbed man sleeping at Krung Thep Aphiwat station, Bangkok to Sisaket; man takes over; urgent
    "dev78 police officer for man sleeping at Bangsue station, man takes over phone": Persona(
        ("สวัสดีครับ ผม ด.ต.ประเสริฐ สน.บางซื่อครับ",
         "ที่สถานีกลางกรุงเทพอภิวัฒน์มีผู้ชายมานอน3คืนแล้ว สอบถามแล้วโดนล้วงกระเป๋าตังหมด "
         "อยากกลับบ้านศรีสะเกษ ผมจะช่วยเขายังไงได้บ้างครับ"),
        {"consent": "ยินยอมครับ ถามเจ้าตัวแล้วเขาโอเค",
         "idle": "ขอค่ารถให้เขากลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอน ข้าวก็ยังไม่ได้กินตั้งแต่เมื่อวาน ผมซื้อข้าวให้ไปกล่องนึงแล้ว",
         "id_card": "บัตรประชาชนเขายังอยู่ครับ เก็บไว้กระเป๋าเสื้อ ไม่ได้หายไปกับกระเป๋าตัง",
         "current_province": "สถานีกลางบางซื่อ กทม.ครับ",
         "home_province": "กันทรลักษ์ ศรีสะเกษครับ",
         "travellers": "เขาคนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้เขาก็ต้องนอนสถานีอีก",
         "special_needs": "ไม่มีครับ อายุ45 แข็งแรงดี",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ แค่ได้กลับบ้านก็พอ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ผมเองครับ คนที่นอนสถานี ดาบให้ยืมโทรศัพท์พิมพ์ ผมชื่อ สุริยา บุญเรือง ครับ",
         "phone": "ผมไม่มีโทรศัพท์ครับ มือถือหายไปกับกระเป๋า ใช้เบอร์ดาบนะครับ 0625558190",
         "confirm": "ถูกต้องครับ ขอบคุณมากครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "สุริยา บุญเรือง", "phone": "0625558190"}),

    # station guard (southern speech) for an 81-year-old man on the platform, Hat Yai to Chumphon; urgent; one thing per message
    "dev78 station guard Hat Yai for 81-year-old man, one thing per message": Persona(
        ("สวัสดีครับ",
         "ผมเป็น รปภ.สถานีรถไฟหาดใหญ่ มีลุงแก่ๆมานอนที่ชานชาลาหลายคืนแล้วหนิ"),
        {"consent": "ได้ครับ",
         "idle": "ขอให้ช่วยลุงกลับบ้านครับ",
         "hardship": "ลุงไม่มีตังค่ารถครับ",
         "id_card": "มีครับ ลุงยื่นให้ดูแล้ว",
         "current_province": "หาดใหญ่ครับ",
         "home_province": "ลุงแกว่าบ้านอยู่หลังสวน ชุมพร",
         "travellers": "ลุงคนเดียว",
         "urgent": "ด่วนครับ ลุงนอนชานชาลา",
         "special_needs": "ลุงอายุ81ครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ลุงว่าไปเองได้ นั่งรถไฟเป็น ลงหลังสวนได้เลย",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ลุงชื่อ เจริญ ทองคำ",
         "phone": "ลุงไม่มีมือถือ ใช้เบอร์ผมครับ ๐๘๔-๓๑๒-๗๗๐๙",
         "confirm": "ครับ ถูก"},
        expect={"eligible": True, "current": "สงขลา", "home": "ชุมพร", "travellers": 1,
                "urgent": True, "special": ["elderly"], "no_referrals": HEALTH,
                "name": "เจริญ ทองคำ", "phone": "0843127709"},
        one_part=True),

    # foundation volunteer for a woman 8 months pregnant with a 5-year-old, Chiang Mai to Kamphaeng Phet; staying at the foundation, not urgent
    "dev78 foundation volunteer for pregnant woman and child, Chiang Mai to Kamphaeng Phet": Persona(
        ("สวัสดีค่ะ เป็นอาสามูลนิธิค่ะ ขอปรึกษาเคสนึงค่ะ",
         "มีน้องผู้หญิงท้องได้8เดือนกว่า พาลูกชาย5ขวบมาด้วย สามีทิ้งไว้ที่เชียงใหม่ ไม่มีเงินเลยค่ะ",
         "น้องอยากกลับไปอยู่กับแม่ที่กำแพงเพชร"),
        {"consent": "น้องเค้ายินยอมค่ะ",
         "idle": "ขอค่ารถให้น้องกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ ไม่มีรายได้ ท้องแก่แล้วทำงานไม่ได้",
         "id_card": "น้องมีบัตรประชาชนค่ะ ลูกมีสูติบัตร",
         "current_province": "ตอนนี้พักที่มูลนิธิ แถวสันทราย เชียงใหม่ค่ะ",
         "home_province": "บ้านแม่น้องอยู่ขาณุวรลักษบุรี กำแพงเพชรค่ะ",
         "travellers": "2คนค่ะ แม่กับลูก พี่ไม่ได้ไปด้วย",
         "urgent": "ที่มูลนิธิให้พักได้อีกประมาณอาทิตย์นึงค่ะ ยังมีที่นอน แต่อยากให้ได้กลับก่อนคลอด",
         "special_needs": "น้องท้อง8เดือนครึ่งค่ะ แล้วก็ลูกชาย5ขวบ",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "น้องว่าไปเองได้ค่ะ นั่งรถทัวร์ไม่กี่ชั่วโมง",
         "needs": "ไม่มีค่ะ ไปถึงแม่เค้าดูแลต่อ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "น้องชื่อ กัญญารัตน์ ค่ะ",
         "phone": "น้องไม่มีเบอร์ค่ะ ใช้เบอร์พี่ที่เป็นอาสาได้เลย 0932201456",
         "confirm": "ถูกต้องค่ะ ขอบคุณค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "กำแพงเพชร",
                "travellers": 2, "urgent": False, "special": ["pregnant", "child"],
                "name": "กัญญารัตน์", "phone": "0932201456"}),

    # monk for a 73-year-old diabetic man sleeping in the temple sala, Nonthaburi to Ubon; not urgent
    "dev78 monk for homeless diabetic elder, Bang Bua Thong to Ubon": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดแถวบางบัวทอง",
         "มีโยมผู้ชายแก่ๆอายุเจ็ดสิบกว่า มาอาศัยนอนศาลาวัดเดือนกว่าแล้ว ไม่มีญาติที่นี่ "
         "กินข้าวก้นบาตรพระ โยมอยากกลับอุบล จะขอให้ทางราชการช่วยได้ไหม"),
        {"consent": "โยมเขายินยอมแล้ว",
         "idle": "ขอให้ช่วยส่งโยมกลับบ้าน",
         "hardship": "ไม่มีเงิน ไม่มีงาน ไม่มีบ้าน อาศัยนอนวัด ค่ารถก็ไม่มี",
         "id_card": "บัตรประชาชนมี เป็นบัตรตลอดชีพ อาตมาดูให้แล้ว",
         "current_province": "วัดอยู่ อ.บางบัวทอง นนทบุรี",
         "home_province": "อ.วารินชำราบ จ.อุบลราชธานี มีหลานสาวอยู่ที่นั่น",
         "travellers": "โยมเขาคนเดียว",
         "urgent": "ไม่ถึงกับด่วน ที่วัดให้นอนได้ แต่โยมอยากกลับก่อนปีใหม่",
         "special_needs": "โยมอายุ73 เป็นเบาหวาน ต้องฉีดอินซูลิน ยาใกล้หมดแล้ว",
         "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ เคยนั่งรถไฟ หลานจะไปรับที่สถานีวารินฯ",
         "needs": "ห่วงเรื่องยาเบาหวานระหว่างรอ นอกนั้นไม่มี",
         "sensitive_consent": "ยินยอม เจริญพร",
         "name": "โยมชื่อ ประยูร แสงทอง",
         "phone": "โยมไม่มีโทรศัพท์ ติดต่อที่อาตมา 086 447 2031",
         "confirm": "ถูกต้อง เจริญพร"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": False, "special": ["elderly", "sick"],
                "name": "ประยูร แสงทอง", "phone": "0864472031"}),

    # granddaughter in Bangkok for grandparents 84 and 79 stuck in Pattaya, corrects home Yasothon -> Amnat Charoen; urgent
    "dev78 granddaughter for grandparents stuck in Pattaya, corrects home at summary": Persona(
        ("สวัสดีค่ะ หนูขอความช่วยเหลือให้ตากับยายหน่อยค่ะ😭😭",
         "ตายายมาเยี่ยมน้าที่พัทยา แต่น้าโดนจับไปแล้ว ตายายติดอยู่ เจ้าของห้องไม่ให้อยู่ต่อ",
         "หนูเรียนอยู่กทม. ไม่มีเงินส่งไปให้เลยค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถให้ตายายกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถกลับ ไม่มีที่นอนด้วยค่ะ ตอนนี้ตายายนั่งอยู่หน้าเซเว่นใกล้ห้องน้า",
         "id_card": "มีบัตรทั้งสองคนค่ะ",
         "current_province": "พัทยาค่ะ แถวพัทยากลาง",
         "home_province": "ยโสธรค่ะ",
         "travellers": "2 คนค่ะ ตากับยาย หนูไม่ได้ไปด้วย",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอนเลยยย",
         "special_needs": "ตาอายุ84 ยาย79ค่ะ",
         "more_care": "ไม่มีแล้วค่ะ แข็งแรงทั้งคู่ แค่แก่",
         "travel_alone": "ไปกันเองได้ค่ะ ยายยังคล่อง นั่งรถทัวร์เป็น",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ใส่ชื่อตานะคะ ทองดี ศรีภูมิ",
         "phone": "โทรหาหนูนะคะ 065-123-9874 ตายายไม่มีมือถือ",
         "confirm": ("อ๊ะ ขอแก้ค่ะ บ้านตายายจริงๆย้ายไปอยู่ อ.ปทุมราชวงศา อำนาจเจริญแล้วค่ะ "
                     "หนูจำผิด ยโสธรคือบ้านเก่า",
                     "ถูกแล้วค่ะ")},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อำนาจเจริญ",
                "travellers": 2, "urgent": True, "special": ["elderly"],
                "name": "ทองดี ศรีภูมิ", "phone": "0651239874"}),

    # neighbour for a 76-year-old woman with dementia, Bang Phli to her niece in Lampang; needs escort, not urgent
    "dev78 neighbour for old woman with dementia, Samut Prakan to niece in Lampang": Persona(
        ("สวัสดีครับ ผมเป็นเพื่อนบ้านป้าแกครับ อยู่ห้องเช่าติดกัน",
         "ป้าแกอายุ76 อยู่คนเดียว ลูกชายเสียไปเมื่อเดือนก่อน ตอนนี้ป้าหลงๆลืมๆ หมอว่าสมองเสื่อม "
         "เมื่อวานเดินออกไปหายทั้งวัน",
         "ติดต่อหลานสาวป้าที่ลำปางได้แล้ว เขาจะรับไปดูแล แต่ไม่มีเงินมารับ ป้าก็ไม่มีเงินเลยครับ"),
        {"consent": "ยินยอมครับ หลานเขาก็โอเคแล้ว",
         "idle": "ขอให้ช่วยส่งป้ากลับไปอยู่กับหลานครับ",
         "hardship": "ป้าไม่มีรายได้ ไม่มีคนดูแล ค่ารถก็ไม่มีครับ",
         "id_card": "บัตรป้ามีครับ ผมเก็บไว้ให้",
         "current_province": "ห้องเช่าแถวบางพลีครับ",
         "home_province": "ลำปางครับ บ้านหลานอยู่ อ.เกาะคา ป้าเกิดที่นั่น",
         "travellers": "ป้าคนเดียวครับ",
         "urgent": "ตอนนี้ผมกับแฟนให้ป้านอนห้องผมไปก่อน ยังไม่ถึงกับไม่มีที่นอนครับ",
         "special_needs": "ป้าอายุ76 เป็นสมองเสื่อม ต้องกินยาทุกวันครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองไม่ได้แน่นอนครับ เมื่อวานยังหลงอยู่แถวบ้านเลย ต้องมีคนพาไปส่งถึงมือหลาน",
         "needs": "อยากให้มีคนไปส่งถึงบ้านหลานครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ป้าชื่อ จำปี แก้วมูล ครับ",
         "phone": "ใช้เบอร์ผมนะครับ 081-904-3377",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ลำปาง",
                "travellers": 1, "urgent": False,
                "special": ["elderly", "sick", "cannot_travel_alone"],
                "referrals": ["travel_escort"],
                "name": "จำปี แก้วมูล", "phone": "0819043377"}),

    # durian orchard owner sends off a worker whose leg was amputated, Chanthaburi to Sakon Nakhon; worker types himself; not urgent
    "dev78 employer sends off amputee worker, Chanthaburi to Sakon Nakhon": Persona(
        ("สวัสดีครับ ผมเจ้าของสวนทุเรียนที่ท่าใหม่ครับ",
         "ลูกน้องผมคนนึงโดนรถไถทับขา หมอตัดขาขวาใต้เข่าไปแล้ว เพิ่งออกจากโรงพยาบาลครับ",
         "เขาอยากกลับบ้านสกลนคร ผมช่วยค่ารักษาไปเยอะแล้ว ไม่ไหวแล้วจริงๆครับ 🙏"),
        {"consent": "ยินยอมครับ เขานั่งอยู่ข้างๆผม",
         "idle": "ขอค่ารถให้ลูกน้องกลับบ้านครับ",
         "hardship": "เขาไม่มีเงินค่ารถครับ ทำงานไม่ได้แล้ว ไม่มีรายได้",
         "id_card": "มีครับ",
         "current_province": "ท่าใหม่ จันทบุรีครับ",
         "home_province": "อ.วานรนิวาส สกลนครครับ",
         "travellers": "เขาคนเดียวครับ เมียเขาอยู่ที่บ้านโน่น",
         "urgent": "ยังพักบ้านพักคนงานในสวนได้ครับ ไม่รีบมาก ขอให้ได้กลับภายในเดือนนี้",
         "special_needs": "เขาขาขาดข้างนึงครับ ใช้ไม้ค้ำ เดินได้",
         "more_care": "ไม่มีครับ",
         "travel_alone": "เขาบอกไปเองได้ครับ ขึ้นรถทัวร์ได้ ผมจะขับไปส่งที่ขนส่ง",
         "needs": "ผมเองครับ ลูกน้อง พี่เขาให้พิมพ์เอง ผมอยากได้ขาเทียมครับ แล้วก็อยากทำบัตรคนพิการ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "วีระพงษ์ พลศรี ครับ",
         "phone": "๐๖๓๘๘๑๒๔๕๐ เบอร์ผมเองครับ",
         "confirm": "ถูกครับ ขอบคุณครับ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "สกลนคร",
                "travellers": 1, "urgent": False, "special": ["disabled"],
                "referrals": ["disability_devices", "disability_allowance"],
                "name": "วีระพงษ์ พลศรี", "phone": "0638812450"}),

    # teacher for a pupil's mother and two children, Samut Sakhon to Nakhon Phanom; mother takes over; not urgent
    "dev78 teacher for pupil's family, mother takes over, Mahachai to Nakhon Phanom": Persona(
        ("สวัสดีค่ะ ดิฉันเป็นครูประจำชั้น ป.5 โรงเรียนแถวมหาชัยค่ะ",
         "แม่ของนักเรียนโดนเลิกจ้างจากโรงงาน ค่าห้องค้างสองเดือน เจ้าของห้องให้ออกแล้ว "
         "อยากพาลูกๆกลับบ้านที่นครพนม ไม่มีค่ารถเลยค่ะ"),
        {"consent": "คุณแม่น้องยินยอมค่ะ นั่งอยู่ด้วยกัน",
         "idle": "ขอค่ารถให้ครอบครัวนักเรียนกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ ตกงานไม่มีรายได้ค่ะ",
         "id_card": "คุณแม่มีบัตรประชาชนค่ะ",
         "current_province": "สมุทรปราการค่ะ เอ้ย ไม่ใช่ สมุทรสาคร มหาชัยค่ะ พิมพ์ผิด",
         "home_province": "ธาตุพนม นครพนมค่ะ",
         "travellers": "3 คนค่ะ แม่กับลูก2คน",
         "urgent": "ตอนนี้ดิฉันให้มานอนบ้านพักครูก่อนค่ะ อยู่ได้สักพัก ไม่ถึงกับไม่มีที่นอน",
         "special_needs": "ลูกคนโต11ขวบ คนเล็ก8ขวบค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปกันเองได้ค่ะ",
         "needs": "แม่น้องเองนะคะ ครูให้พิมพ์เอง อยากหางานทำที่บ้านด้วยค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "สุภาพร ดวงแก้ว ค่ะ",
         "phone": "0957732618 เบอร์แม่เองค่ะ",
         "confirm": "ถูกต้องค่ะ ขอบคุณคุณครูด้วยค่ะ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "นครพนม",
                "travellers": 3, "urgent": False, "special": ["child"],
                "no_referrals": HEALTH, "name": "สุภาพร ดวงแก้ว", "phone": "0957732618"}),

    # blind lottery seller, voice typing, robbed at Victory Monument, Bangkok to Maha Sarakham; urgent
    "dev78 blind lottery seller, voice typing, Victory Monument to Maha Sarakham": Persona(
        ("สวัสดีครับผมตาบอดนะครับใช้พิมพ์ด้วยเสียงถ้าพิมพ์ผิดขอโทษด้วยครับ",
         "ผมขายลอตเตอรี่อยู่อนุสาวรีย์ชัยสมรภูมิโดนขโมยเงินกับลอตเตอรี่ไปหมดเลยครับ"
         "ตอนนี้ไม่มีเงินกลับบ้านมหาสารคามครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับแล้วก็ไม่มีที่นอนด้วยคืนนี้ต้องนอนป้ายรถเมล์",
         "id_card": "มีครับบัตรประชาชนกับบัตรคนพิการอยู่ในกระเป๋าเสื้อโชคดีไม่หาย",
         "current_province": "กรุงเทพครับอนุสาวรีย์ชัย",
         "home_province": "อำเภอบรบือมหาสารคามครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับคืนนี้ไม่มีที่นอน",
         "special_needs": "ผมตาบอดสองข้างครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ผมเดินทางคนเดียวได้ครับชินแล้วนั่งรถทัวร์กลับบ้านประจำ",
         "needs": "อยากได้ไม้เท้าขาวอันใหม่ครับอันเก่าหักตอนวิ่งตามขโมย",
         "sensitive_consent": "ยินยอมครับ",
         "name": "สมศักดิ์ ภูผาครับ",
         "phone": "เบอร์ 089 551 2073 ครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "มหาสารคาม",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "referrals": ["disability_devices"],
                "name": "สมศักดิ์ ภูผา", "phone": "0895512073"}),

    # deaf woman typing only, sign-language word order, Patong to Trang; staying with a friend, not urgent; one thing per message
    "dev78 deaf woman types only, Patong to Trang, one thing per message": Persona(
        ("สวัสดี", "ฉัน หูหนวก โทร ไม่ได้ พิมพ์ อย่างเดียว"),
        {"consent": "ยินยอม ได้",
         "idle": "ช่วย ฉัน กลับ บ้าน",
         "hardship": "เงิน ไม่มี ค่ารถ",
         "id_card": "บัตร ประชาชน มี",
         "current_province": "ภูเก็ต ป่าตอง",
         "home_province": "ตรัง",
         "travellers": "ฉัน คนเดียว",
         "urgent": "ไม่ ด่วน นอน ห้อง เพื่อน ได้",
         "special_needs": "ฉัน หูหนวก มี บัตร คนพิการ",
         "more_care": "ไม่มี",
         "travel_alone": "ไป เอง ได้",
         "needs": "ไม่มี",
         "sensitive_consent": "ได้",
         "name": "ชื่อ นุชจรี",
         "phone": "0876642190 ส่ง ข้อความ อย่างเดียว โทร ไม่ได้",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ตรัง", "travellers": 1,
                "urgent": False, "special": ["disabled"],
                "name": "นุชจรี", "phone": "0876642190"},
        one_part=True),

    # paraplegic man in a wheelchair thrown out by his brother, Rangsit market to Phitsanulok; cannot travel alone; urgent
    "dev78 wheelchair user at Rangsit market, cannot board bus alone, to Phitsanulok": Persona(
        ("ช่วยด้วยครับ",
         "ผมนั่งวีวแชร์ครับ อัมพาตท่อนล่าง ตอนนี้อยู่ตลาดรังสิต พี่ชายที่มาอาศัยอยู่ด้วยไล่ออกมาแล้ว ไม่มีที่ไป"),
        {"consent": "ครับ ยินยอม",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีที่นอนครับ ไม่มีตังค่ารถกลับบ้าน",
         "id_card": "มีครับ บัตรคนพิการก็มี",
         "current_province": "ตลาดรังสิต ปทุมธานีครับ",
         "home_province": "พิษณุโลกครับ อ.วังทอง แม่อยู่ที่นั่น",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "ด่วนครับ เมื่อคืนก็นอนใต้หลังคาตลาด",
         "special_needs": "ผมเป็นคนพิการครับ ขาไม่มีแรงเลย ต้องนั่งวีลแชร์ตลอด",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ขึ้นรถทัวร์เองไม่ได้ครับ ต้องมีคนยกทั้งคนทั้งรถเข็น ไปคนเดียวไม่ไหว",
         "needs": "เบี้ยคนพิการผมยังไม่เคยได้เลยครับ อยากรู้ว่าต้องทำยังไง",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ผมชื่อ อนุชา ครับ",
         "phone": "0614478823",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True, "special": ["disabled", "cannot_travel_alone"],
                "referrals": ["travel_escort", "disability_allowance"],
                "name": "อนุชา", "phone": "0614478823"}),

    # woman with breast cancer after chemo, daughter takes over, Bangkok to Mukdahan; relatives' lodging, not urgent
    "dev78 cancer patient after chemo, daughter types, Bangkok to Mukdahan": Persona(
        ("สวัสดีค่ะ",
         "ป้าเป็นมะเร็งเต้านมค่ะ มาให้คีโมที่โรงพยาบาลในกรุงเทพ ครบคอร์สแล้ว เงินหมดค่ะ "
         "บ่มีค่ารถกลับมุกดาหารเลย"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ ที่นาก็จำนองไปแล้ว",
         "id_card": "มีบัตรค่ะ",
         "current_province": "ตอนนี้พักบ้านพักญาติผู้ป่วยของโรงพยาบาล แถวราชวิถี กทม.ค่ะ",
         "home_province": "มุกดาหารค่ะ อ.ดอนตาล",
         "travellers": "ป้าคนเดียวค่ะ ลูกสาวต้องกลับไปทำงานที่นี่",
         "urgent": "ยังพักได้อีก3วันค่ะ ไม่ถึงกับนอนข้างถนน",
         "special_needs": "ป้าเป็นมะเร็งค่ะ อายุ54 เพิ่งให้ยาเคมีเสร็จ เพลียมาก",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองไหวค่ะ นั่งรถทัวร์นอนหลับไป",
         "needs": ("ลูกสาวพิมพ์แทนนะคะ แม่พิมพ์ช้า อยากให้ส่งต่อประวัติไปโรงพยาบาลมุกดาหารค่ะ "
                   "แม่ต้องไปตรวจติดตามทุกเดือน"),
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "แม่ชื่อ ทองใบ คำมุงคุณ ค่ะ",
         "phone": "เบอร์แม่ 0897720614 ค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "มุกดาหาร",
                "travellers": 1, "urgent": False, "special": ["sick"],
                "referrals": ["medical_services"],
                "name": "ทองใบ คำมุงคุณ", "phone": "0897720614"}),

    # woman at 37 weeks thrown out of her dorm, Map Ta Phut to Chaiyaphum; urgent; one thing per message
    "dev78 woman 37 weeks pregnant, Map Ta Phut to Chaiyaphum, one thing per message": Persona(
        ("สวัสดีค่ะ", "ขอความช่วยเหลือค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "current_province": "มาบตาพุดค่ะ",
         "home_province": "ชัยภูมิ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ หอไล่ออกวันนี้ ไม่มีที่นอน",
         "special_needs": "ท้อง37weekค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ปิยะนุช",
         "phone": "0823349917",
         "confirm": "ค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "special": ["pregnant"],
                "name": "ปิยะนุช", "phone": "0823349917"},
        one_part=True),

    # 83-year-old retired teacher typing slowly, Lopburi to Nakhon Si Thammarat; staying with a relative, not urgent; one thing per message
    "dev78 retired teacher aged 83 types slowly, Lopburi to Nakhon Si Thammarat, one thing per message": Persona(
        ("สวัสดี ครับ กระผม อายุ ๘๓ ปี พิมพ์ ช้า ขออภัย ครับ",),
        {"consent": "ยินยอม ครับ",
         "idle": "ขอ ความช่วยเหลือ กลับ บ้าน ครับ",
         "hardship": "ไม่มี ค่ารถ ครับ",
         "id_card": "มี ครับ บัตร ตลอดชีพ",
         "current_province": "ลพบุรี",
         "home_province": "นครศรีธรรมราช ครับ อ.ทุ่งสง",
         "travellers": "คนเดียว",
         "urgent": "ไม่ ด่วน ตอนนี้ อาศัย บ้าน หลานเขย อยู่",
         "special_needs": "อายุ ๘๓ ครับ",
         "more_care": "ไม่มี",
         "travel_alone": "ไป เอง ได้ ครับ เคย เป็น ครู นั่ง รถไฟ เป็น",
         "needs": "ไม่มี ครับ",
         "sensitive_consent": "ยินยอม",
         "name": "เฉลิม ชูแก้ว ครับ",
         "phone": "๐๘๑ ๒๒๓ ๔๐๕๖",
         "confirm": "ถูกต้อง ครับ ขอบคุณ มาก"},
        expect={"eligible": True, "current": "ลพบุรี", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "no_referrals": HEALTH, "name": "เฉลิม ชูแก้ว", "phone": "0812234056"},
        one_part=True),

    # psychiatric ward nurse for a stable patient, expired card but headman's letter, Nonthaburi to Phrae; needs escort, not urgent
    "dev78 psychiatric nurse for discharged patient, expired card with letter, to Phrae": Persona(
        ("สวัสดีค่ะ พยาบาลหอผู้ป่วยจิตเวช รพ.ในนนทบุรีค่ะ",
         "มีผู้ป่วยชายอายุ41 อาการสงบแล้ว แพทย์ให้กลับบ้านได้ ญาติที่แพร่ยินดีรับแต่ไม่มีเงินมารับ "
         "ตัวผู้ป่วยก็ไม่มีเงินค่ะ"),
        {"consent": "ผู้ป่วยยินยอมค่ะ",
         "idle": "ขอค่ารถส่งผู้ป่วยกลับภูมิลำเนาค่ะ",
         "hardship": "ไม่มีค่ารถกลับภูมิลำเนาค่ะ ไม่มีรายได้",
         "id_card": "บัตรหมดอายุไปแล้วค่ะ ทำใหม่ไม่ทัน",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านที่แพร่ทำหนังสือรับรองว่าเป็นคนไทยอยู่ที่นั่นจริง ส่งมาทางไลน์แล้ว",
         "current_province": "นนทบุรีค่ะ",
         "home_province": "อ.ร้องกวาง จ.แพร่ค่ะ",
         "travellers": "ผู้ป่วยคนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังอยู่หอผู้ป่วยได้จนกว่าจะได้กลับ",
         "special_needs": "เป็นผู้ป่วยจิตเวชค่ะ ต้องทานยาต่อเนื่อง",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไม่ควรไปเองค่ะ เคยหนีหายระหว่างทางมาแล้วครั้งนึง ต้องมีเจ้าหน้าที่ไปส่ง",
         "needs": "อยากให้ประสานการติดตามดูแลต่อที่แพร่ค่ะ เรื่องรับยาจิตเวช",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ผู้ป่วยชื่อ ณัฐพล อินต๊ะ ค่ะ",
         "phone": "ติดต่อผ่านเบอร์มือถือดิฉันค่ะ 086-390-1177",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "แพร่", "travellers": 1,
                "urgent": False, "special": ["sick", "cannot_travel_alone"],
                "referrals": ["travel_escort", "mental_health_care"],
                "name": "ณัฐพล อินต๊ะ", "phone": "0863901177"}),

    # HIV network volunteer for a man just released from prison, Khon Kaen to Loei; urgent
    "dev78 HIV volunteer for man just released, Khon Kaen bus station to Loei": Persona(
        ("สวัสดีครับ ผมเป็นอาสาเครือข่ายผู้ติดเชื้อเอชไอวีขอนแก่นครับ",
         "มีน้องผู้ชายเพิ่งพ้นโทษออกจากเรือนจำกลางขอนแก่นเมื่อวาน เป็นผู้ติดเชื้อ ไม่มีตังกลับบ้านที่เลย"),
        {"consent": "น้องเขายินยอมครับ",
         "idle": "ขอค่ารถให้น้องกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีที่พัก เมื่อคืนนอนที่ขนส่งครับ",
         "id_card": "บัตรยังไม่หมดอายุครับ เรือนจำคืนให้แล้ว",
         "current_province": "ขอนแก่นครับ ตอนนี้อยู่ บขส.3",
         "home_province": "อ.ด่านซ้าย จ.เลย ครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "น้องเป็นผู้ติดเชื้อ HIV ครับ กินยาต้านอยู่ ยาเหลือแค่5วัน",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากให้ช่วยเรื่องยาต้านต่อที่บ้าน แล้วก็น้องอยากหางานทำครับ",
         "sensitive_consent": "ยินยอมครับ น้องโอเค",
         "name": "น้องชื่อ ธนากร ครับ",
         "phone": "น้องยังไม่มีโทรศัพท์ ใช้เบอร์ผมไปก่อน 0908812364",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย", "travellers": 1,
                "urgent": True, "special": ["sick"],
                "referrals": ["hiv_aid", "job_placement"],
                "name": "ธนากร", "phone": "0908812364"}),

    # REFUSED: nurse for a discharged Myanmar worker (pink card, not Thai), Samut Sakhon to Mae Sot
    "dev78 nurse for discharged Myanmar worker, refused nationality": Persona(
        ("สวัสดีค่ะ พยาบาลรพ.สมุทรสาครค่ะ",
         "มีผู้ป่วยหญิงเป็นแรงงานพม่า ขาหักผ่าตัดแล้ว ดิสชาร์จได้ นายจ้างไม่รับกลับ "
         "เค้าอยากกลับบ้านที่พม่าทางแม่สอด ไม่มีเงินเลยค่ะ ขอค่ารถได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถให้ผู้ป่วยค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ออกจากรพ.แล้วก็ไม่มีที่ไป",
         "id_card": "ไม่มีบัตรประชาชนไทยค่ะ เค้าเป็นคนพม่า มีแต่บัตรชมพูแรงงาน",
         "nationality_letter": "ไม่มีค่ะ เค้าไม่ได้มีสัญชาติไทย",
         "current_province": "สมุทรสาครค่ะ",
         "home_province": "บ้านอยู่เมียวดี ฝั่งพม่าค่ะ จะไปข้ามที่แม่สอด",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังนอนรพ.ได้อีกวันสองวันค่ะ",
         "special_needs": "ขาหักค่ะ ยังต้องใช้ไม้ค้ำ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "มะขิ่น ค่ะ",
         "phone": "ใช้เบอร์ดิฉันค่ะ 0841176530",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSED: rescue volunteer for a fire victim whose card burnt, no letter, Sriracha to Phetchabun
    "dev78 rescue volunteer for fire victim, card burnt and no letter, refused": Persona(
        ("สวัสดีครับ ผมอาสากู้ภัยครับ",
         "เมื่อคืนไฟไหม้ห้องแถวที่ศรีราชา มีพี่ผู้ชายคนนึงไม่เหลืออะไรเลย บัตรไหม้ เงินไหม้หมด",
         "เขาอยากกลับบ้านเพชรบูรณ์ครับ"),
        {"consent": "เขายินยอมครับ",
         "idle": "ขอค่ารถให้เขากลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ",
         "id_card": "บัตรไหม้ไปกับห้องครับ ไม่เหลือ",
         "nationality_letter": ("ไม่มีครับ เอกสารอะไรก็ไม่เหลือเลย",
                                "ยังไม่มีครับ ผู้ใหญ่บ้านที่โน่นก็ติดต่อไม่ได้"),
         "current_province": "ศรีราชา ชลบุรีครับ",
         "home_province": "หล่มสัก เพชรบูรณ์ครับ",
         "travellers": "เขาคนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "ทำบัตรใหม่ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "เขาชื่อ สมหมาย ครับ",
         "phone": "เบอร์ผมนะครับ 0893308142",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # REFUSED: village health volunteer for a dialysis patient at home in Nang Rong who wants fare to hospital in his own province
    "dev78 village health volunteer for dialysis patient at home in Buriram, refused": Persona(
        ("สวัสดีค่ะ เป็น อสม.ค่ะ",
         "มีลุงในหมู่บ้านต้องฟอกไตอาทิตย์ละ2ครั้งที่โรงพยาบาลบุรีรัมย์ในเมือง บ้านลุงอยู่นางรอง "
         "ตอนนี้ไม่มีค่ารถไปฟอกไตแล้วค่ะ ขอค่ารถได้ไหมคะ"),
        {"consent": "ลุงยินยอมค่ะ",
         "idle": "ขอค่ารถให้ลุงไปฟอกไตค่ะ",
         "hardship": "ไม่มีค่ารถไปโรงพยาบาลค่ะ ไม่มีรายได้",
         "id_card": "มีค่ะ",
         "current_province": "อ.นางรอง บุรีรัมย์ค่ะ ลุงอยู่บ้านตัวเอง",
         "home_province": "บุรีรัมย์ค่ะ นางรองนี่แหละ ลุงเกิดที่นี่",
         "travellers": "ลุงคนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ ลุงมีบ้านอยู่ แต่รอบฟอกไตวันพฤหัส",
         "special_needs": "ลุงอายุ67 ฟอกไตค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ค่ารถไปฟอกไตค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ลุงชื่อ บุญส่ง ค่ะ",
         "phone": "เบอร์ อสม.นะคะ 0986612045",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # ANSWERED: neighbour of a registered wheelchair user asks how much the disability allowance is
    "dev78 neighbour asks disability allowance amount": Persona(
        ("สวัสดีค่ะ สอบถามหน่อยค่ะ",
         "ข้างบ้านนั่งวีลแชร์ ขึ้นทะเบียนคนพิการแล้ว เค้าจะได้เบี้ยคนพิการเดือนละเท่าไหร่คะ"),
        {"consent": "ค่ะ ยินยอม",
         "idle": "ถามเรื่องเบี้ยคนพิการค่ะ ได้เดือนละเท่าไหร่"},
        outcome="answered",
        answered="800"),

    # ANSWERED: police officer asks how fast an urgent case (no place to sleep) is handled
    "dev78 police officer asks how fast an urgent case is handled": Persona(
        ("สวัสดีครับ ตำรวจสายตรวจนะครับ",
         "ถ้าเคสคนนอนหน้าสถานีไม่มีที่นอนเลย ส่งเรื่องขอค่ารถกลับบ้านแล้ว เร่งด่วนจะได้เร็วสุดภายในกี่ชั่วโมงครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ถามว่าเคสด่วนใช้เวลานานแค่ไหนครับ"},
        outcome="answered",
        answered="24"),

    # ANSWERED: temple nun asks whom to call on a Saturday night when the office is closed
    "dev78 temple nun asks whom to call on Saturday night": Persona(
        ("สวัสดีจ้ะ แม่ชีอยู่วัดนะจ๊ะ",
         "ตอนนี้สามทุ่มแล้ว วันเสาร์ด้วย สำนักงานพัฒนาสังคมปิดแล้วใช่ไหม "
         "ถ้าจะแจ้งเรื่องคนแก่ที่มาอาศัยวัด โทรเบอร์ไหนได้บ้างจ๊ะ"),
        {"consent": "ยินยอมจ้ะ",
         "idle": "ถามเบอร์โทรที่ติดต่อได้ตอนกลางคืนจ้ะ"},
        outcome="answered",
        answered="1300"),
}
