"""Persona set holdout10 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: people who write to the 1300 hotline's chat in the cold season: southern flood
victims stranded in another province, laid-off construction and factory workers, elderly
people alone, people just released from prison, women fleeing violence with children,
young runaways, people robbed or cheated on the way; fluent run-on writers and people who
answer one thing per message; dialect, typos, Thai digits, emoji; a few refusals (not
Thai, no hardship, no card and no letter) and two who only ask a question.
Counts: 23 personas; 17 eligible (case), 4 refused, 2 answered; 6 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import HEALTH, Persona

PERSONAS: dict[str, Persona] = {
    # Southern worker in Chonburi; sent all his money to his flooded family in Hat Yai.
    # "ไม่มีค่าพาหนะเดินทางกลับภูมิลำเนาเดิม"; still has a workers' room, so not urgent.
    "holdout10 hatyai flood worker stuck in chonburi": Persona(
        ("สวัสดีครับ ผมทำงานรับเหมาอยู่ชลบุรี บ้านผมอยู่หาดใหญ่ น้ำท่วมหมดเลยครับ "
         "แม่กับน้องต้องหนีขึ้นหลังคา ผมส่งเงินไปให้หมดแล้ว ตอนนี้ไม่มีค่ารถกลับไปช่วยที่บ้าน "
         "มีบัตรประชาชนครับ ไปคนเดียว",),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีค่ารถกลับบ้านครับ เงินส่งให้แม่หมดแล้ว",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "ชลบุรีครับ แถวบ่อวิน", "home_province": "หาดใหญ่ สงขลาครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ยังมีห้องพักคนงานอยู่ครับ ไม่ถึงกับด่วน", "special_needs": "ไม่มีครับ",
         "name": "ฟาริด หมัดหลี", "phone": "0817743925", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "สงขลา", "travellers": 1,
                "urgent": False, "special": [], "name": "ฟาริด", "phone": "0817743925"}),

    # Flood family from Nakhon Si Thammarat sheltering at a temple in Surat Thani; southern
    # dialect ("หลบบ้าน" = go home, "ตางค์" = money). Child of 3 and a mother-in-law of 70;
    # the temple still lets them sleep, so not urgent.
    "holdout10 nakhon si flood family at surat temple": Persona(
        ("ช่วยด้วยค่ะ",
         "บ้านที่นครศรีน้ำท่วมถึงหลังคา หนีน้ำมาอยู่ศาลาวัดที่สุราษฎร์ หลาวน้ำลดแล้วอยากหลบบ้าน "
         "แต่ไม่มีตางค์ค่ารถสักบาทเลยค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีตางค์ค่ารถหลบบ้านค่ะ ของในบ้านจมน้ำหมด",
         "id_card": "บัตรมีค่ะ ของแม่แฟนก็มี ใส่ถุงพลาสติกหนีน้ำมาได้",
         "nationality": "ไทยค่ะ", "current_province": "สุราษฎร์ธานีค่ะ อยู่วัดในอำเภอเมือง",
         "home_province": "นครศรีธรรมราช อำเภอปากพนังค่ะ",
         "travellers": "๔ คนค่ะ ฉาน แฟน ลูกสามขวบ แล้วก็แม่แฟนอายุเจ็ดสิบแล้ว",
         "urgent": "ไม่ถึงกับด่วนค่ะ วัดยังให้นอนได้อยู่",
         "special_needs": "ลูกสามขวบ กับแม่แฟนแก่แล้วค่ะ",
         "travel_alone": "ไปกันเองได้ค่ะ แฟนช่วยพยุงแม่", "name": "จันทร์เพ็ญ ทองสุข",
         "phone": "0862219048", "confirm": "ถูกแล้วค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "นครศรีธรรมราช",
                "travellers": 4, "urgent": False, "special": ["child", "elderly"],
                "name": "จันทร์เพ็ญ", "phone": "0862219048"}),

    # Young mother from Narathiwat cut off by the flood in Hat Yai with a feverish baby;
    # answers one thing at a time. Sick baby now, so urgent.
    "holdout10 narathiwat mother with sick baby cut off in hatyai": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือค่ะ",),
        {"consent": "ยินยอม", "hardship": "ติดน้ำท่วมค่ะ เงินหมด ไม่มีค่ารถกลับ",
         "id_card": "มีค่ะ", "nationality": "ไทย", "current_province": "หาดใหญ่ค่ะ",
         "home_province": "นราธิวาส สุไหงโกลก", "travellers": "2 คน ฉันกับลูก",
         "urgent": "ด่วนค่ะ ลูกตัวร้อน", "special_needs": "ลูก 8 เดือน ไม่สบายมีไข้",
         "travel_alone": "ไปเองได้ค่ะ", "name": "นูรีซัน", "phone": "0934482017",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "นราธิวาส", "travellers": 2,
                "urgent": True, "special": ["child", "sick"], "name": "นูรีซัน",
                "phone": "0934482017"},
        one_part=True),

    # Isan construction couple in Bangkok; contractor ran off unpaid, camp closed, nowhere
    # to sleep tonight. Short Isan replies, one thing per message, Thai digits.
    "holdout10 isan construction couple camp closed bangkok": Persona(
        ("ขอความช่วยเหลือแหน่ครับ",),
        {"consent": "ยอมครับ",
         "hardship": "ผู้รับเหมาหนี บ่จ่ายค่าแรง แคมป์ปิดแล้ว บ่มีบ่อนนอน บ่มีเงินค่ารถ",
         "id_card": "มีครับ", "nationality": "คนไทยครับ", "current_province": "กรุงเทพ บางนา",
         "home_province": "ศรีสะเกษ กันทรลักษ์", "travellers": "2 ผมกับเมีย",
         "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอน", "special_needs": "บ่มี",
         "name": "สมพงษ์", "phone": "๐๘๑๕๕๒๓๗๔๐", "confirm": "ถืกแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ",
                "travellers": 2, "urgent": True, "special": [], "name": "สมพงษ์",
                "phone": "0815523740"},
        one_part=True),

    # Northern factory worker laid off in Rayong, rent paid to month's end (not urgent);
    # wants a job near home, nothing about health.
    "holdout10 phayao factory worker laid off in rayong": Persona(
        ("สวัสดีเจ้า โรงงานที่ระยองปิดไลน์ผลิต ให้ออกเป็นร้อยคนเลยเจ้า ได้ค่าชดเชยบ่ครบ "
         "ตอนนี้เงินบ่พอค่ารถกลับพะเยาเจ้า",),
        {"consent": "ยินยอมเจ้า", "hardship": "ตกงาน บ่มีรายได้ ค่ารถกลับบ้านก็บ่มีเจ้า",
         "id_card": "มีเจ้า", "nationality": "ไทยเจ้า", "current_province": "ระยอง ปลวกแดงเจ้า",
         "home_province": "พะเยาเจ้า อ.เชียงคำ", "travellers": "คนเดียวเจ้า",
         "urgent": "บ่ด่วนเจ้า ห้องเช่าจ่ายไว้ถึงสิ้นเดือน", "special_needs": "บ่มีเจ้า",
         "needs": "อยากได้งานทำแถวบ้านเจ้า", "name": "ดวงใจ", "phone": "0658840213",
         "confirm": "ถูกต้องเจ้า"},
        expect={"eligible": True, "current": "ระยอง", "home": "พะเยา", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["job_placement"],
                "no_referrals": list(HEALTH), "name": "ดวงใจ", "phone": "0658840213"}),

    # Laid-off factory worker in Bang Phli, wife 7 months pregnant, evicted today.
    "holdout10 bangphli layoff couple pregnant wife evicted": Persona(
        ("ผมโดนเลิกจ้างครับ โรงงานที่บางพลีปิด เมียท้องได้ 7 เดือน ห้องเช่าไล่ออกวันนี้เพราะค้างค่าห้อง "
         "2 เดือน อยากพาเมียกลับไปคลอดที่บ้านกาฬสินธุ์ครับ แต่ไม่มีเงินเลย",),
        {"consent": "ยินยอม", "hardship": "ตกงาน ไม่มีเงิน ไม่มีที่อยู่แล้วครับ",
         "id_card": "มีทั้งสองคนครับ", "nationality": "ไทย",
         "current_province": "สมุทรปราการ บางพลี", "home_province": "กาฬสินธุ์",
         "travellers": "2 คนครับ ผมกับเมีย เมียท้อง 7 เดือน",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน", "special_needs": "เมียท้อง 7 เดือนครับ",
         "travel_alone": "ไปด้วยกันได้ครับ ผมดูแลเอง", "name": "ธีรวัฒน์ ศรีบุญเรือง",
         "phone": "0897765102", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "กาฬสินธุ์",
                "travellers": 2, "urgent": True, "special": ["pregnant"],
                "name": "ธีรวัฒน์", "phone": "0897765102"}),

    # Deaf factory worker laid off in Mahachai, writes in sign-language word order; room
    # for 3 more days (not urgent tonight). Deaf: disabled.
    "holdout10 deaf worker laid off in mahachai": Persona(
        ("สวัสดี ผม หูหนวก โทร ไม่ได้ พิมพ์ ได้",
         "โรงงาน มหาชัย เลิกจ้าง ผม เงิน หมด กลับบ้าน สกลนคร อยาก"),
        {"consent": "ยินยอม ครับ", "hardship": "เงิน ไม่มี งาน ไม่มี ค่ารถ ไม่มี",
         "id_card": "มี บัตร ประชาชน มี บัตร คนพิการ ด้วย", "nationality": "ไทย",
         "current_province": "สมุทรสาคร มหาชัย", "home_province": "สกลนคร",
         "travellers": "1 คน", "urgent": "ห้อง ยัง อยู่ ได้ 3 วัน",
         "special_needs": "ผม หูหนวก ฟัง ไม่ได้", "travel_alone": "ไป เอง ได้ ครับ",
         "name": "อนุชา", "phone": "0614470938", "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "สกลนคร", "travellers": 1,
                "urgent": False, "special": ["disabled"], "name": "อนุชา",
                "phone": "0614470938"}),

    # Grandmother from Surin came to find her son in Bangkok, he is gone; two cold nights
    # at Mo Chit. Voice typing, no spaces. 72 and confused by buses: cannot travel alone
    # ("ไม่อาจเดินทางกลับภูมิลำเนาเดิมได้โดยลำพัง เนื่องจาก อายุ").
    "holdout10 surin grandmother alone at mochit": Persona(
        ("ยายมาหาลูกชายที่กรุงเทพลูกไม่รับโทรศัพท์ห้องก็ย้ายไปแล้วยายไม่มีเงินกลับบ้านสุรินทร์"
         "นอนอยู่ที่ขนส่งหมอชิตสองคืนแล้วหนาวมากลูก",),
        {"consent": "ยินยอมจ้ะ", "hardship": "ไม่มีเงินกลับบ้านจ้ะไม่มีที่นอนด้วย",
         "id_card": "มีจ้ะบัตรประชาชนยายมี", "nationality": "คนไทยจ้ะ",
         "current_province": "กรุงเทพจ้ะหมอชิต", "home_province": "สุรินทร์จ้ะอำเภอท่าตูม",
         "travellers": "ยายคนเดียวจ้ะ", "urgent": "ด่วนจ้ะนอนขนส่งมาสองคืนแล้ว",
         "special_needs": "ยายแก่แล้วลูกเจ็ดสิบสองจำทางไม่ค่อยได้",
         "travel_alone": "ไปคนเดียวไม่ไหวหรอกลูกขึ้นรถผิดคันมาแล้วทีนึง",
         "name": "ยายบุญมี",
         "phone": "เบอร์ยายไม่มีจ้ะยืมเครื่องพี่ยามเขา0894417256",
         "confirm": "ถูกแล้วจ้ะขอบใจนะลูก"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "special": ["cannot_travel_alone", "elderly"],
                "name": "บุญมี", "phone": "0894417256"}),

    # Old man from Uttaradit sleeping by a market in Chiang Mai in the cold; terse, one
    # thing per message. 68: elderly; can go alone.
    "holdout10 uttaradit old man sleeping rough chiang mai": Persona(
        ("ขอความช่วยเหลือครับ",),
        {"consent": "ยินยอม", "hardship": "เงินหมด ไม่มีที่นอน", "id_card": "มี",
         "nationality": "ไทย", "current_province": "เชียงใหม่", "home_province": "อุตรดิตถ์",
         "travellers": "คนเดียว", "urgent": "ด่วน นอนข้างกาด หนาวมาก",
         "special_needs": "อายุ 68 แล้ว", "travel_alone": "ไปเองได้",
         "name": "ลุงเสาร์ อินทร์แก้ว", "phone": "062 331 8805", "confirm": "ถูก"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "อุตรดิตถ์", "travellers": 1,
                "urgent": True, "special": ["elderly"], "name": "เสาร์",
                "phone": "0623318805"},
        one_part=True),

    # Released from Khlong Prem yesterday, new ID card made in prison, ~100 baht, nowhere
    # sure tonight; agrees to record his prison history; wants a job.
    "holdout10 released khlong prem man to nakhon phanom": Persona(
        ("สวัสดีครับ ผมเพิ่งพ้นโทษออกจากเรือนจำคลองเปรมเมื่อวานครับ ติดมา 4 ปี ที่บ้านไม่มีใครมารับ "
         "เงินติดตัวมีร้อยกว่าบาท ไม่พอค่ารถกลับนครพนม บัตรประชาชนเรือนจำทำให้ใหม่ก่อนออกครับ",),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ เพิ่งทำใหม่", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ แถวจตุจักร", "home_province": "นครพนมครับ",
         "travellers": "คนเดียวครับ", "urgent": "เมื่อคืนนอนวัดครับ คืนนี้ยังไม่รู้จะนอนไหน",
         "special_needs": "ไม่มีครับ", "sensitive_consent": "บันทึกได้ครับ ไม่ปิดบัง",
         "needs": "อยากได้งานทำครับ ออกมาแล้วไม่รู้ใครจะรับ", "name": "วิทยา",
         "phone": "0950126634", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": list(HEALTH),
                "name": "วิทยา", "phone": "0950126634"}),

    # Released from prison in Rayong, HIV positive and running out of medicine; can stay
    # at a friend's (not urgent); consents to sensitive data. One thing per message.
    "holdout10 released man with hiv rayong to trang": Persona(
        ("ขอความช่วยเหลือหน่อยครับ พึ่งออกจากคุก",),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีเงินกลับบ้าน", "id_card": "มีครับ",
         "nationality": "ไทย", "current_province": "ระยอง", "home_province": "ตรัง",
         "travellers": "1", "urgent": "ไม่ด่วน พักบ้านเพื่อนได้",
         "special_needs": "ไม่มีครับ", "sensitive_consent": "ยินยอมครับ",
         "needs": "ผมติดเชื้อhivครับ ยาต้านจะหมดแล้ว", "name": "กิตติศักดิ์",
         "phone": "0956608143", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "ตรัง", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["hiv_aid"],
                "name": "กิตติศักดิ์", "phone": "0956608143"},
        one_part=True),

    # Mother fleeing a violent drunk husband with two small children, hiding at a shop in
    # Rangsit; unsafe now, urgent. Tells everything at once.
    "holdout10 mother fleeing violence rangsit two kids": Persona(
        ("ช่วยด้วยค่ะ ตอนนี้หนีผัวออกมากับลูกสองคน เขาเมาแล้วทุบตีทุกวัน เมื่อคืนเอามีดขู่ "
         "ตอนนี้หลบอยู่ร้านสะดวกซื้อแถวรังสิต ไม่มีเงินเลย อยากกลับไปอยู่กับแม่ที่เพชรบูรณ์ค่ะ "
         "มีบัตรประชาชนค่ะ ลูกคนโต 6 ขวบ คนเล็ก 2 ขวบ",),
        {"consent": "ยินยอมค่ะ",
         "hardship": "หนีสามีที่ทำร้ายร่างกาย ไม่มีเงิน ไม่มีที่ไปค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ปทุมธานี รังสิตค่ะ", "home_province": "เพชรบูรณ์ หล่มสักค่ะ",
         "travellers": "3 คนค่ะ ฉันกับลูก 2 คน",
         "urgent": "ด่วนมากค่ะ กลัวเขาตามมาเจอ",
         "special_needs": "ลูกเล็กสองคนค่ะ 6 ขวบกับ 2 ขวบ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ ขอแค่ได้กลับบ้าน", "name": "สุนันทา", "phone": "0918823467",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "เพชรบูรณ์", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "สุนันทา",
                "phone": "0918823467"}),

    # Young woman fled a boyfriend who beats her, with a 3-year-old, in Chonburi; scared,
    # one short thing per message; "อุดร" for Udon Thani. Unsafe: urgent.
    "holdout10 young mother fleeing boyfriend chonburi": Persona(
        ("ช่วยหนูด้วย",),
        {"consent": "ยินยอม", "hardship": "หนีแฟนมา มันตบตี ไม่มีเงิน", "id_card": "มี",
         "nationality": "ไทย", "current_province": "ชลบุรี", "home_province": "อุดร",
         "travellers": "2", "urgent": "ด่วนค่ะ ไม่ปลอดภัย", "special_needs": "ลูก 3 ขวบ",
         "travel_alone": "ได้ค่ะ", "name": "แพรวา", "phone": "0639902145",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 2,
                "urgent": True, "special": ["child"], "name": "แพรวา",
                "phone": "0639902145"},
        one_part=True),

    # 17-year-old girl who ran away with a boyfriend to Bangkok, now dumped; sleeping in a
    # game shop. Emoji.
    "holdout10 runaway girl dumped in bangkok to lampang": Persona(
        ("หวัดดีค่ะ🙏 หนูหนีออกจากบ้านมาอยู่กับแฟนที่กทม. ตอนนี้มันทิ้งหนูไปแล้ว😭 เงินก็ไม่มี "
         "อยากกลับบ้านที่ลำปางค่ะ",),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีเงินเลยค่ะ ค่ารถก็ไม่มี ที่นอนก็ไม่มี",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "กทม.ค่ะ อยู่แถวรามคำแหง", "home_province": "ลำปางค่ะ",
         "travellers": "หนูคนเดียวค่ะ", "urgent": "ด่วนค่ะ😢 คืนนี้ต้องนอนร้านเกมอีกแล้ว",
         "special_needs": "ไม่มีค่ะ", "name": "ฝ้าย", "phone": "0982217745",
         "confirm": "ถูกค่ะ🙏"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "special": [], "name": "ฝ้าย",
                "phone": "0982217745"}),

    # 16-year-old boy fired from a restaurant in Pattaya, can sleep at a friend's (not
    # urgent); one word at a time, Thai digits for the phone.
    "holdout10 runaway boy fired in pattaya to buriram": Persona(
        ("สวัสดีครับ",),
        {"consent": "ยินยอมครับ", "hardship": "โดนไล่ออกจากร้าน ไม่มีตังกลับบ้าน😅",
         "id_card": "มีครับ", "nationality": "ไทย", "current_province": "พัทยา",
         "home_province": "บุรีรัมย์", "travellers": "1",
         "urgent": "ไม่ด่วนครับ นอนห้องเพื่อนได้", "special_needs": "ไม่มี", "name": "ต้น",
         "phone": "๐๖๕๓๓๘๑๒๐๙", "confirm": "ครับ ถูก"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": False, "special": [], "name": "ต้น", "phone": "0653381209"},
        one_part=True),

    # Plantation worker from Chumphon on his way home to Ubon, bag stolen asleep at Mo Chit;
    # ID card was in his shirt pocket. Night, not a baht: urgent.
    "holdout10 robbed at mochit on the way to ubon": Persona(
        ("พี่ครับ ผมโดนขโมยกระเป๋าที่หมอชิต ตอนหลับรอรถ เงินหายหมด ตั๋วก็หาย จะกลับอุบลครับ",
         "บัตรประชาชนยังอยู่ครับ เหน็บไว้กระเป๋าเสื้อ"),
        {"consent": "ยินยอมครับ", "hardship": "โดนขโมยเงินหมด ไม่มีค่ารถกลับบ้าน",
         "id_card": "ยังอยู่ครับ", "nationality": "ไทย",
         "current_province": "กรุงเทพ หมอชิต", "home_province": "อุบลราชธานี วารินครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ไม่มีเงินสักบาท คืนนี้ต้องนอนขนส่ง",
         "special_needs": "ไม่มีครับ", "name": "ประสิทธิ์", "phone": "๐๘๗-๒๒๑-๔๖๐๙",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": [], "name": "ประสิทธิ์",
                "phone": "0872214609"}),

    # Woman lured to Sadao by a fake job broker who kept her ID card; her village head has
    # written the nationality letter ("หนังสือรับรองว่ามีสัญชาติไทย"). Sleeping at a petrol
    # station: urgent. Fixes the last digit of her phone at the summary.
    "holdout10 job scam victim in sadao card taken": Persona(
        ("สวัสดีค่ะ มีคนชวนมาทำงานร้านอาหารที่สะเดา บอกเงินดี หนูจ่ายค่าหัวไปสามพัน "
         "พอมาถึงไม่มีงานจริง เขายึดบัตรประชาชนหนูไว้แล้วหายไปเลย ตอนนี้ไม่มีเงินกลับมุกดาหารค่ะ",),
        {"consent": "ยินยอมค่ะ", "hardship": "โดนหลอกมาทำงาน เงินหมด ไม่มีค่ารถกลับ",
         "id_card": "ไม่มีค่ะ เขายึดไป", "nationality": "ไทยค่ะ",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านเขียนหนังสือรับรองให้แล้ว แม่ถ่ายรูปส่งไลน์มาให้",
         "current_province": "สงขลา อ.สะเดาค่ะ", "home_province": "มุกดาหารค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ด่วนค่ะ ตอนนี้นอนในปั๊มน้ำมัน",
         "special_needs": "ไม่มีค่ะ", "name": "กัลยา", "phone": "0935517726",
         "confirm": "เบอร์ผิดค่ะ ตัวท้ายเป็น 9 ค่ะ 0935517729"},
        expect={"eligible": True, "current": "สงขลา", "home": "มุกดาหาร", "travellers": 1,
                "urgent": True, "special": [], "name": "กัลยา", "phone": "0935517729"}),

    # Just out of Korat prison: card expired and lost inside, no letter from the village
    # head. Source B needs the ID card or, without papers, the nationality letter.
    "holdout10 released woman korat no card no letter": Persona(
        ("ขอค่ารถกลับบ้านได้ไหมคะ เพิ่งออกจากเรือนจำโคราช",),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีเงินค่ารถกลับบ้านค่ะ",
         "id_card": "ไม่มีค่ะ บัตรหมดอายุตอนอยู่ข้างใน แล้วก็หายไปแล้ว",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "ไม่มีค่ะ ผู้ใหญ่บ้านคนใหม่ไม่รู้จักหนูเลย ขอไม่ได้",
         "current_province": "นครราชสีมา", "home_province": "ชัยภูมิ",
         "travellers": "คนเดียวค่ะ", "sensitive_consent": "ได้ค่ะ", "name": "อรุณี",
         "phone": "0827719034"},
        outcome="refused",
        expect={"eligible": False, "reason": "บัตร"}),

    # Myanmar factory worker laid off in Mahachai, pink card only: the aid is for
    # "บุคคลผู้มีสัญชาติไทย".
    "holdout10 myanmar worker laid off mahachai": Persona(
        ("สวัดดีครับ ผมทำงานโรงงานมหาชัย โดนเลิกจ้าง อยากกลับบ้านครับ",),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีงาน ไม่มีเงินครับ",
         "id_card": "มีบัตรชมพูครับ ไม่มีบัตรไทย", "nationality": "พม่าครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "สมุทรสาคร",
         "home_province": "เมียวดีครับ ประเทศพม่า", "travellers": "1",
         "name": "ซอ วิน", "phone": "0968812034"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย"}),

    # Cambodian construction worker unpaid in Bangkok, passport, wants to go to Poipet:
    # not Thai.
    "holdout10 cambodian construction worker unpaid bangkok": Persona(
        ("ฉันคนกัมพูชา ทำงานก่อสร้างกรุงเทพ นายจ้างไม่จ่ายเงิน อยากกลับบ้านปอยเปต ช่วยได้ไหม",),
        {"consent": "ยินยอม", "hardship": "ไม่มีเงิน ไม่มีงาน", "id_card": "มีพาสปอร์ต",
         "nationality": "กัมพูชา", "nationality_letter": "ไม่มี",
         "current_province": "กรุงเทพ", "home_province": "ปอยเปต กัมพูชา",
         "travellers": "1", "name": "สร้อย", "phone": "0617730925"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติไทย"}),

    # Office worker with a salary and a flat who wants a free ride home to Nan for New
    # Year: not "ผู้ตกทุกข์ได้ยาก", none of the three hardship criteria.
    "holdout10 salaried man wants free new year ride to nan": Persona(
        ("ขอลงทะเบียนรับค่ารถกลับบ้านช่วงปีใหม่ครับ ตั๋วเครื่องบินไปน่านแพงมาก",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่ได้เดือดร้อนอะไรครับ มีงานประจำ มีที่พัก แค่อยากประหยัดค่าเดินทาง",
         "id_card": "มีครับ", "nationality": "ไทย", "current_province": "กรุงเทพ",
         "home_province": "น่าน", "travellers": "1", "name": "ภาคิน",
         "phone": "0842265190"},
        outcome="refused",
        expect={"eligible": False}),

    # Only asks what replaces a lost ID card for the return-home aid (Source B condition 2).
    "holdout10 asks what to use without an id card": Persona(
        ("สอบถามค่ะ เงินช่วยค่ารถกลับบ้าน ถ้าไม่มีบัตรประชาชนต้องใช้เอกสารอะไรแทนได้บ้างคะ",),
        {"consent": "ยินยอมค่ะ", "idle": "แค่สอบถามค่ะ ขอบคุณค่ะ"},
        outcome="answered", answered="หนังสือรับรอง"),

    # Only asks whether there is a fee; someone told him to pay 500 first. "ไม่มีค่าธรรมเนียม".
    "holdout10 asks about a fee someone demanded": Persona(
        ("ขอความช่วยเหลือค่ารถกลับบ้านต้องเสียค่าธรรมเนียมไหมครับ มีคนมาบอกว่าต้องโอนให้เขา500ก่อน",),
        {"consent": "ยินยอมครับ", "idle": "แค่ถามเฉยๆครับ ขอบคุณครับ"},
        outcome="answered", answered="ค่าธรรมเนียม"),
}
