"""Persona set dev106 for bench/dialogs.py.

Date: 2026-12-07. Written from the seeds only.

Focus: fishermen back from boats, construction-camp and plantation workers,
hill-tribe people with Thai nationality (Akha, Hmong, Karen; simple Thai; those
with the pink card or no nationality are refused), deep-south Malay-speaking
Thais, people sleeping at the port or the market; long rambling stories with
the facts buried in them.

Counts: 23 personas; 17 outcome="case", 3 outcome="refused", 3 outcome="answered";
4 with one_part=True.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Deckhand back from 8 months at sea, paid almost nothing, sleeping at a fish
    # pier in Tha Chalom (Samut Sakhon); going to his mother in Yasothon, not to
    # his ex-wife in Rayong. Has his ID card. Outcome: case, urgent, alone.
    "dev106 deckhand sleeping at the fish pier": Persona(
        ("สวัสดีครับ",
         "ผมพึ่งขึ้นจากเรือเมื่อวานซืนครับ ออกไปเกือบ8เดือน ไต้ก๋งบอกจะจ่ายตอนขึ้นฝั่ง "
         "พอขึ้นมาจริงเถ้าแก่บอกหักค่าเบิกล่วงหน้าหมดแล้ว เหลือให้ผมสามร้อย "
         "คืนแรกกินข้าวกับเพื่อนก็หมดแล้วครับ พูดตรงๆ",
         "ตอนนี้นอนอยู่แพปลาแถวท่าฉลอม เขาไล่ทุกเช้า คืนนี้ก็ไม่รู้จะไปนอนไหน",
         "เมียเก่าอยู่ระยองแต่เลิกกันแล้ว ไม่ไปหาหรอก อยากกลับไปอยู่กับแม่ที่ยโสธร "
         "ที่บ้านไม่มีใครมีตังส่งมาให้ บัตรประชาชนยังอยู่ครับ ห่อถุงพลาสติกไว้ตลอด"),
        {"consent": "ยินยอมครับ", "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ที่นอนก็ไม่มี",
         "id_card": "มีครับ บัตรจริงอยู่กับตัว", "nationality": "คนไทยครับ",
         "nationality_letter": "มีบัตรประชาชนครับ",
         "current_province": "สมุทรสาคร แถวท่าฉลอม", "home_province": "ยโสธรครับ อำเภอกุดชุม",
         "travellers": "ผมคนเดียวครับ", "special_needs": "ไม่มีครับ", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ครับ", "sensitive_consent": "ยินยอม",
         "urgent": "คืนนี้ไม่มีที่นอนครับ นอนแพปลา", "name": "บุญเลิศ ศรีคำ 093 447 2185",
         "phone": "0934472185", "needs": "ไม่มีครับ ขอแค่ได้กลับบ้าน", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "ยโสธร", "travellers": 1,
                "urgent": True, "special": [], "name": "บุญเลิศ ศรีคำ",
                "phone": "0934472185", "no_referrals": HEALTH}),

    # Trawler crewman; the boat burned at sea, he lost his ID card and money.
    # Sleeping at the Songkhla pier for two nights. His mother got a letter from
    # the village head (Buriram) certifying he is Thai and lives there; he holds
    # the original. Outcome: case (letter replaces the card), urgent.
    "dev106 trawler fire, card lost, village-head letter": Persona(
        ("ครับขอถามหน่อยครับ",
         "ผมลูกเรืออวนลากครับออกจากท่าสงขลาไปได้สิบกว่าวันเครื่องเรือไฟไหม้กลางทะเล"
         "ทุกคนโดดน้ำเรืออีกลำมารับไว้ไม่มีใครตายแต่ของหายหมดเงินบัตรโทรศัพท์"
         "เครื่องนี้ยืมพี่ที่ท่าเรือพิมพ์",
         "นอนท่าเรือสงขลาสองคืนแล้วครับ เถ้าแก่เรือบอกเรือไม่มีประกันให้ไปรอเอง ไม่รู้รอถึงเมื่อไหร่",
         "บ้านผมอยู่บุรีรัมย์ครับ แม่ไปหาผู้ใหญ่บ้านให้ทำหนังสือรับรองว่าผมเป็นคนไทย "
         "อยู่หมู่บ้านนั้นจริง ส่งไปรษณีย์ด่วนมา เมื่อเช้าได้ตัวจริงแล้วครับ",
         "ยินยอมครับ"),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอน", "id_card": "ไม่มีครับ หายตอนเรือไฟไหม้",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีครับ หนังสือรับรองจากผู้ใหญ่บ้าน ตัวจริงอยู่กับผมแล้ว",
         "current_province": "สงขลาครับ ท่าเรือในเมือง", "home_province": "บุรีรัมย์ อ.ลำปลายมาศ",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "sensitive_consent": "ยินยอมครับ",
         "urgent": "ไม่มีที่นอนครับ นอนท่าเรือ",
         "name": "ธนากร พิมพ์ทอง ๐๖๑-๗๒๔-๓๓๕๐", "phone": "๐๖๑๗๒๔๓๓๕๐",
         "needs": "ไม่มีครับ บัตรเดี๋ยวไปทำเองที่อำเภอแถวบ้าน", "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "สงขลา", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": True, "special": [], "name": "ธนากร พิมพ์ทอง",
                "phone": "0617243350", "no_referrals": HEALTH}),

    # Construction couple in a Bang Na (Bangkok) workers' camp; the subcontractor
    # ran off, the camp is being torn down today. Two children (1.5 and 7).
    # Going to the husband's parents in Kalasin, both have ID cards.
    # Outcome: case, urgent, 4 travellers, child.
    "dev106 camp torn down, family of four": Persona(
        ("สวัสดีค่ะ ขอโทษที่รบกวนนะคะ",
         "คือว่าเราทำงานก่อสร้างกับสามีค่ะ อยู่แคมป์คนงานแถวบางนา กทม. ผู้รับเหมาช่วงหนีไป"
         "ตั้งแต่อาทิตย์ก่อน ค้างค่าแรงเราสองคนเกือบสองหมื่น งานก็หยุด บริษัทใหญ่เขาบอกไม่เกี่ยว "
         "ให้ไปตามเอากับผู้รับเหมาเอง วันนี้เขามารื้อแคมป์ ให้ออกให้หมดก่อนค่ำ",
         "ลูกคนเล็กเพิ่งขวบครึ่ง คนโตเจ็ดขวบ คืนนี้ไม่รู้จะพาลูกไปนอนที่ไหนค่ะ 😢",
         "[sticker]",
         "อยากพากันกลับกาฬสินธุ์ค่ะ บ้านพ่อแม่สามีอยู่ที่นั่น มีบัตรประชาชนทั้งสองคน"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ อยากกลับบ้าน",
         "hardship": "ไม่มีที่นอนคืนนี้ แล้วก็ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ ทั้งเราและสามี", "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรอยู่แล้วค่ะ",
         "current_province": "กรุงเทพค่ะ เขตบางนา", "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "4 คนค่ะ เรา สามี ลูกสองคน", "special_needs": "ลูกเล็กขวบครึ่งค่ะ",
         "more_care": "ไม่มีแล้วค่ะ", "travel_alone": "ไปกันเองได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "urgent": "คืนนี้ไม่มีที่นอนค่ะ",
         "name": "อรุณี ภูผาลา 0897102264", "phone": "0897102264",
         "needs": "ไม่มีค่ะ ขอให้ได้กลับบ้านก่อน", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "กาฬสินธุ์",
                "travellers": 4, "urgent": True, "special": ["child"], "name": "อรุณี ภูผาลา",
                "phone": "0897102264", "no_referrals": HEALTH}),

    # Young construction worker fell from scaffolding in Si Racha (Chon Buri),
    # cracked leg in a cast, laid off; staying and eating with a friend until the
    # end of the month. Wants to go home to Nakhon Phanom, can travel alone on
    # crutches. Outcome: case, not urgent, sick.
    "dev106 fell off scaffolding, staying with a friend": Persona(
        ("หวัดดีคับ",
         "ผมตกนั่งร้านที่ไซต์งานศรีราชาอะคับ ขาซ้ายร้าว หมอใส่เฝือกให้แล้ว นายจ้างจ่ายค่าหมอ"
         "รอบแรกให้แล้วก็บอกไม่ต้องมาทำแล้ว555 ทำงานไม่ได้ก็ไม่มีตังดิคับ",
         "ตอนนี้อาศัยห้องเพื่อนอยู่ มันให้อยู่ได้ถึงสิ้นเดือน ข้าวก็กินกับมัน แต่มันก็ไม่ค่อยมีเหมือนกัน",
         "อยากกลับไปพักให้ขาหายที่บ้านนครพนม ค่ารถไม่มีเลยคับ"),
        {"consent": "ยินยอมคับ", "idle": "อยากได้ค่ารถกลับบ้านคับ", "hardship": "ไม่มีค่ารถคับ",
         "id_card": "มีคับ", "nationality": "ไทยคับ", "nationality_letter": "มีบัตรคับ",
         "current_province": "ชลบุรีคับ ศรีราชา", "home_province": "นครพนม",
         "travellers": "คนเดียวคับ",
         "special_needs": "ผมเจ็บขาอยู่คับ ขาร้าวใส่เฝือก ยังไม่หาย ไม่ได้พิการนะคับ",
         "more_care": "ไม่มีคับ", "travel_alone": "ไปเองได้คับ เดินไม้ค้ำขึ้นรถทัวร์ไหว",
         "sensitive_consent": "ยินยอมคับ",
         "urgent": "ไม่คับ ยังนอนห้องเพื่อนได้ ข้าวก็มีกิน",
         "name": "ณัฐพล แก้วมณี 098 776 5123", "phone": "0987765123",
         "needs": "ไม่มีคับ", "confirm": "ถูกคับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครพนม", "travellers": 1,
                "urgent": False, "special": ["sick"], "name": "ณัฐพล แก้วมณี",
                "phone": "0987765123"}),

    # Rubber tappers in Surat Thani; the plantation was sold and the new owner
    # told them to leave by month's end. Still have the hut and rice. Woman,
    # husband and her healthy 66-year-old mother go home to Roi Et.
    # Outcome: case, not urgent, 3 travellers, elderly.
    "dev106 rubber tappers, plantation sold": Persona(
        ("สวัสดีค่ะ พอดีเพื่อนบ้านบอกว่าทักมาที่นี่ได้",
         "เรามากรีดยางอยู่บ้านนาสารได้เจ็ดปีแล้วค่ะ เถ้าแก่สวนเขาขายสวนไปแล้ว เจ้าของใหม่เอาคนงาน"
         "มาเองบอกให้เราย้ายออกภายในสิ้นเดือนนี้ ช่วงนี้ยางก็ราคาไม่ดี เงินเก็บไม่มีเลยค่ะ "
         "ที่มีก็หมดไปกับค่าเทอมหลานที่บ้าน",
         "ตอนนี้ยังอยู่ในโรงเรือนของสวนได้อยู่ ข้าวสารก็ยังเหลือ แต่ค่ารถกลับร้อยเอ็ดสามคนไม่มีจริงๆ",
         "ไปกันสามคนค่ะ เรา แฟน แล้วก็แม่อายุหกสิบหก แม่แข็งแรงดีไม่มีโรคอะไร "
         "แฟนก็คนร้อยเอ็ดบ้านติดกันค่ะ มีบัตรประชาชนครบทุกคน"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ", "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ ครบทุกคน", "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "สุราษฎร์ธานีค่ะ อำเภอบ้านนาสาร", "home_province": "ร้อยเอ็ดค่ะ",
         "travellers": "สามคนค่ะ", "special_needs": "แม่อายุ 66 ค่ะ นอกนั้นไม่มี",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไปกันเองได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "ยังมีที่นอนค่ะ ข้าวก็ยังมี อยู่ได้ถึงสิ้นเดือน",
         "name": "สุภาพร นามวงศ์ 082-819-3347", "phone": "0828193347",
         "needs": "ไม่มีค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ร้อยเอ็ด", "travellers": 3,
                "urgent": False, "special": ["elderly"], "name": "สุภาพร นามวงศ์",
                "phone": "0828193347", "no_referrals": HEALTH}),

    # Akha woman with Thai nationality and ID card, palm plantation in Krabi;
    # husband left two weeks ago. She has the workers' room but no food today.
    # Going home to Mae Fa Luang (Chiang Rai) with her 4-year-old son. Simple Thai.
    # Outcome: case, urgent (no food today), 2 travellers, child.
    "dev106 Akha mother at the palm plantation": Persona(
        ("สวัดดี ค่ะ",
         "ฉัน คน อาข่า มา ทำงาน สวน ปาล์ม กระบี่ กับ ผัว ผัว ไป แล้ว ไม่ กลับ มา สอง อาทิตย์",
         "ฉัน มี ลูก ชาย 4 ขวบ วันนี้ ยัง ไม่ได้ กิน ข้าว เลย เงิน ไม่มี ห้อง คนงาน ยัง นอน ได้",
         "อยาก กลับ บ้าน แม่ฟ้าหลวง เชียงราย มี บัตร ประชาชน คน ไทย ค่ะ"),
        {"consent": "ยินยอม ค่ะ", "idle": "อยาก กลับ บ้าน ค่ะ ช่วย หน่อย",
         "hardship": "ข้าว ไม่มี กิน เงิน ค่า รถ ไม่มี",
         "id_card": "มี ค่ะ บัตร ประชาชน", "nationality": "ไทย ค่ะ ได้ สัญชาติ ไทย ตั้งแต่ เด็ก",
         "nationality_letter": "มี บัตร ประชาชน ค่ะ",
         "current_province": "กระบี่ ค่ะ", "home_province": "เชียงราย แม่ฟ้าหลวง",
         "travellers": "2 คน ฉัน กับ ลูก", "special_needs": "ลูก 4 ขวบ ค่ะ",
         "more_care": "ไม่มี", "travel_alone": "ไป เอง ได้ ค่ะ",
         "sensitive_consent": "ยินยอม ค่ะ",
         "urgent": "ที่ นอน มี แต่ วันนี้ ข้าว ไม่มี กิน เลย",
         "name": "หมี่จู เชอหมื่อ 062 551 8840", "phone": "0625518840",
         "needs": "ไม่มี ค่ะ", "confirm": "ถูก ค่ะ"},
        expect={"eligible": True, "current": "กระบี่", "home": "เชียงราย", "travellers": 2,
                "urgent": True, "special": ["child"], "name": "หมี่จู เชอหมื่อ",
                "phone": "0625518840", "no_referrals": HEALTH}),

    # Hmong man with Thai nationality, durian cutter in Chanthaburi; season over,
    # boss paid short. Can stay in the orchard hut until Sunday, has rice. Goes
    # home to Bo Kluea (Nan) with his 17-year-old brother (grown, healthy).
    # Answers one thing at a time. Outcome: case, not urgent, 2 travellers.
    "dev106 Hmong durian cutter, one thing at a time": Persona(
        ("สวัสดีครับ ผมคนม้ง คนไทย ครับ",
         "มาตัดทุเรียนจันทบุรี หมดหน้า แล้ว เถ้าแก่ ให้เงิน ไม่ครบ ไม่พอ ค่ารถ กลับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอ ช่วย ค่ารถ กลับบ้านครับ",
         "hardship": "ไม่มี ค่ารถครับ", "id_card": "มีครับ",
         "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "จันทบุรีครับ", "home_province": "น่านครับ บ่อเกลือ",
         "travellers": "2 คน ผม กับ น้องชาย",
         "special_needs": "ไม่มีครับ น้อง 17 โตแล้ว แข็งแรง", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "sensitive_consent": "ยินยอมครับ",
         "urgent": "ไม่ครับ นอน ที่ เพิง ในสวน ได้ ถึง วันอาทิตย์ ข้าว ยัง มี",
         "name": "ซัว แซ่ย่าง", "phone": "0652218094", "needs": "ไม่มีครับ",
         "confirm": "ถูกครับ"},
        one_part=True,
        expect={"eligible": True, "current": "จันทบุรี", "home": "น่าน", "travellers": 2,
                "urgent": False, "special": [], "name": "ซัว แซ่ย่าง", "phone": "0652218094",
                "no_referrals": HEALTH}),

    # Karen (Pgaz K'Nyau) man with Thai nationality, hotel construction in Patong
    # (Phuket); the project ended, his wallet with the ID card was stolen on the
    # bus. The village head in Mae Sariang sent a letter certifying him. Sleeping
    # at the fresh market. Wants a new ID card. Outcome: case, urgent, id_card.
    "dev106 Karen builder in Phuket, wallet stolen": Persona(
        ("สวัสดีครับ ผมเป็นคนปกาเกอะญอ กะเหรี่ยงครับ ได้สัญชาติไทยแล้วนะครับ ไม่ใช่ต่างด้าว",
         "มาทำก่อสร้างโรงแรมที่ป่าตองปีกว่า ตึกเสร็จแคมป์ก็ปิด หัวหน้าให้ไปรอไซต์ใหม่ก็ไม่มีเรียก "
         "ขึ้นรถสองแถวเข้าเมืองกระเป๋าตังโดนล้วง บัตรประชาชนอยู่ในนั้นด้วย เงินก็หมด",
         "โทรไปบอกผู้ใหญ่บ้านที่แม่สะเรียง ผู้ใหญ่เขาทำหนังสือรับรองให้ว่าผมเป็นคนไทย "
         "อยู่บ้านนั้นจริง ส่งไปรษณีย์มาถึงเมื่อวานแล้วครับ",
         "สามคืนแล้วนอนหลังตลาดสดในเมืองภูเก็ต คืนนี้ก็ต้องนอนตรงนั้นอีก"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถ", "id_card": "ไม่มีครับ โดนล้วงไปแล้ว",
         "nationality": "สัญชาติไทยครับ",
         "nationality_letter": "มีครับ หนังสือรับรองจากผู้ใหญ่บ้านที่แม่สะเรียง",
         "current_province": "ภูเก็ตครับ", "home_province": "แม่ฮ่องสอนครับ อำเภอแม่สะเรียง",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ", "more_care": "ไม่มี",
         "travel_alone": "ได้ครับ", "sensitive_consent": "ยินยอมครับ",
         "urgent": "ไม่มีที่นอนครับ นอนหลังตลาด",
         "name": "ชัยวัฒน์ พฤกษาไพร ๐๘๐ ๑๒๓ ๖๖๗๘", "phone": "0801236678",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "แม่ฮ่องสอน", "travellers": 1,
                "urgent": True, "special": [], "name": "ชัยวัฒน์ พฤกษาไพร",
                "phone": "0801236678", "referrals": ["id_card"], "no_referrals": HEALTH}),

    # Malay-speaking Thai woman from Yala, lured to Bangkok with a fake restaurant
    # job, ran away; the broker kept her money, she still has her ID card. Slept
    # next to Bang Kapi market last night. Outcome: case, urgent, alone.
    "dev106 Yala woman at Bang Kapi market": Persona(
        ("อัสลามูอาลัยกุมค่ะ",
         "ซายอมาจากยะลาค่ะ พูดไทยไม่ค่อยเก่ง ขอโทษด้วยนะคะ",
         "มีคนชวนมาทำงานร้านอาหารที่กรุงเทพ บอกเงินดี พอมาถึงเขาให้ไปทำงานอีกแบบ ไม่ใช่งานดีๆ "
         "ซายอไม่เอา หนีออกมาเมื่อวาน ดูวิต(เงิน)อยู่ในกระเป๋าที่เขายึดไว้ เหลือแต่บัตรประชาชนกับโทรศัพท์",
         "เมื่อคืนนอนข้างตลาดบางกะปิ ยังไม่ได้มากัน(กินข้าว)เลยตั้งแต่เมื่อวาน อยากปูแลบ้านไปหามะที่ยะลาค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านยะลาค่ะ",
         "hardship": "ไม่มีที่นอน ไม่มีข้าว ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรประชาชนค่ะ",
         "current_province": "กรุงเทพค่ะ แถวบางกะปิ", "home_province": "ยะลาค่ะ อำเภอรามัน",
         "travellers": "คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "ไม่มีที่นอนคืนนี้ค่ะ ข้าวก็ยังไม่ได้กิน",
         "name": "ฮาลีเมาะ ดอเลาะ 0956603127", "phone": "0956603127",
         "needs": "ไม่มีค่ะ ตือริมอกาซิฮ์", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยะลา", "travellers": 1,
                "urgent": True, "special": [], "name": "ฮาลีเมาะ ดอเลาะ",
                "phone": "0956603127", "no_referrals": HEALTH}),

    # 63-year-old porter at Talad Thai market (Pathum Thani), replaced by younger
    # workers, sleeping under the vegetable stalls. Home Chaiyaphum. Never
    # registered for the old-age allowance and asks about it. One thing per
    # message. Outcome: case, urgent, elderly, elderly_allowance.
    "dev106 old porter under the vegetable stalls": Persona(
        ("สวัดดีครับ",
         "ผมอายุ๖๓ แบกผักอยู่ตลาดไทมาสองปี แก่แล้วแบกไม่ไหว เถ้าแก่เอาคนหนุ่มมาแทน",
         "นอนใต้แผงผักมาสามคืนแล้วครับ"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้านครับ ไม่มีค่ารถ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถ", "id_card": "มีครับ",
         "nationality": "ไทย", "nationality_letter": "มีบัตรครับ",
         "current_province": "ปทุมธานี ตลาดไท", "home_province": "ชัยภูมิครับ",
         "travellers": "คนเดียว", "special_needs": "ผมอายุ ๖๓ ครับ ไม่ได้ป่วยอะไร",
         "more_care": "ไม่มี", "travel_alone": "ไปเองได้", "sensitive_consent": "ยินยอม",
         "urgent": "ไม่มีที่นอนครับ", "name": "เปลี่ยน บุญมา", "phone": "๐๘๔-๓๓๑-๗๒๐๙",
         "needs": "เบี้ยคนแก่ผมยังไม่เคยได้เลย ไม่เคยไปลงชื่อ อยากได้ครับ",
         "confirm": "ถูกต้อง"},
        one_part=True,
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "special": ["elderly"], "name": "เปลี่ยน บุญมา",
                "phone": "0843317209", "referrals": ["elderly_allowance"],
                "no_referrals": HEALTH}),

    # Isan woman 7 months pregnant in Pattani; her fisherman husband went to work
    # on a Malaysian boat 3 months ago and sends nothing. Her landlady lets her
    # stay and feeds her. Going to her mother in Udon Thani to give birth.
    # Outcome: case, not urgent, pregnant.
    "dev106 pregnant wife left at the Pattani port": Persona(
        ("สวัสดีค่ะ มีเรื่องจะปรึกษา ยาวหน่อยนะคะ",
         "เราเป็นคนอีสานค่ะ ได้สามีเป็นลูกเรือประมง ย้ายตามเขามาอยู่แถวท่าเทียบเรือปัตตานีได้ปีกว่า "
         "สามเดือนก่อนเขาไปลงเรือฝั่งมาเลย์ บอกจะส่งเงินมา จนป่านนี้ไม่ส่งมาสักบาท โทรก็ไม่ติด",
         "ตอนนี้ท้องได้เจ็ดเดือนแล้วค่ะ ก๊ะเจ้าของห้องใจดีมาก ให้อยู่ไปก่อนไม่ต้องจ่าย ข้าวก็เอามาให้กิน "
         "แต่จะอยู่อย่างนี้ตลอดก็เกรงใจเขา",
         "อยากกลับไปคลอดที่บ้านแม่ อุดรค่ะ อำเภอบ้านดุง แต่ไม่มีค่ารถเลย บัตรประชาชนมีค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ", "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ปัตตานีค่ะ", "home_province": "อุดรธานีค่ะ",
         "travellers": "คนเดียวค่ะ", "special_needs": "ท้องเจ็ดเดือนค่ะ",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ ขึ้นรถทัวร์ไหว",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "มีที่นอนค่ะ เจ้าของห้องให้อยู่ ข้าวก็มีกิน",
         "name": "กาญจนา ศรีบุญเรือง 064-118-9935", "phone": "0641189935",
         "needs": "ไม่มีค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ปัตตานี", "home": "อุดรธานี", "travellers": 1,
                "urgent": False, "special": ["pregnant"], "name": "กาญจนา ศรีบุญเรือง",
                "phone": "0641189935"}),

    # Boat cook from Surin who lost his right hand in a net winch two years ago
    # and is registered as disabled; the boat was sold in Samut Prakan. Can stay
    # in the crew dorm until Sunday. Had the disability allowance at home before
    # and asks how to get it back. Outcome: case, not urgent, disabled,
    # disability_allowance.
    "dev106 one-handed boat cook": Persona(
        ("สวัสดีครับ",
         "ผมเป็นพ่อครัวบนเรือครับ มือขวาขาดไปตั้งแต่สองปีก่อน โดนกว้านอวนดึงเข้าไป "
         "ขึ้นทะเบียนคนพิการแล้ว มีบัตรคนพิการ ก็ยังลงเรือทำกับข้าวได้ มือเดียวก็ทำได้",
         "เดือนนี้เถ้าแก่ขายเรือทิ้ง ลูกเรือแยกย้าย ผมอยู่ห้องพักลูกเรือที่ปากน้ำได้ถึงวันอาทิตย์ "
         "หลังจากนั้นเขาให้คนอื่นเช่า",
         "คิดว่าพอแล้ว จะกลับบ้านที่สุรินทร์ แต่ค่าแรงเดือนสุดท้ายไม่ได้ ไม่มีค่ารถครับ"),
        {"consent": "ยินยอมครับ", "idle": "อยากได้ค่ารถกลับบ้าน", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ บัตรประชาชนกับบัตรคนพิการ", "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "สมุทรปราการครับ ปากน้ำ", "home_province": "สุรินทร์ครับ",
         "travellers": "คนเดียวครับ", "special_needs": "ผมพิการครับ มือขวาขาด",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "ยังมีที่นอนถึงวันอาทิตย์ครับ ข้าวก็พอกิน",
         "name": "ประยูร ดีพร้อม 0873420561", "phone": "0873420561",
         "needs": "เบี้ยคนพิการครับ เคยได้ตอนอยู่บ้าน ย้ายมาแล้วขาด กลับไปต้องทำยังไง",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "สุรินทร์", "travellers": 1,
                "urgent": False, "special": ["disabled"], "name": "ประยูร ดีพร้อม",
                "phone": "0873420561", "referrals": ["disability_allowance"],
                "no_referrals": HEALTH}),

    # Construction labourer with epilepsy, medicine ran out, seizures often; stays
    # 2-3 more nights in his sister's room in Nonthaburi. She cannot take leave to
    # bring him home to Lampang; he cannot travel alone. Only he goes.
    # Outcome: case, not urgent, sick + cannot_travel_alone.
    "dev106 epileptic labourer needs an escort": Persona(
        ("สวัสดีครับ ขอความช่วยเหลือครับ ยินยอมให้เก็บข้อมูลครับ",
         "ผมเป็นลมชักครับ เป็นมาตั้งแต่เด็ก มาทำงานก่อสร้างแถวนนทบุรีกับพี่สาว ช่วงนี้ยาหมด "
         "ไม่มีเงินไปซื้อ ชักบนไซต์งานสองรอบ โฟร์แมนไม่ให้ทำแล้วเพราะกลัวตกตึก",
         "พี่สาวให้นอนห้องเขาได้อีกสองสามคืน แต่เขาก็ต้องทำงาน ลางานพาผมไปส่งไม่ได้",
         "บ้านอยู่ลำปางครับ ไปคนเดียวไม่กล้า กลัวชักบนรถไม่มีใครรู้ อยากให้มีคนไปส่ง"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีงาน", "id_card": "มีครับ", "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ", "current_province": "นนทบุรีครับ",
         "home_province": "ลำปางครับ", "travellers": "ผมคนเดียวครับ พี่สาวอยู่ทำงานต่อ",
         "special_needs": "ผมเป็นลมชักครับ ยาหมด", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปคนเดียวไม่ได้ครับ กลัวชักบนรถ", "sensitive_consent": "ยินยอมครับ",
         "urgent": "ยังนอนห้องพี่สาวได้อีกสองสามคืนครับ ข้าวมีกิน",
         "name": "อนุชา ใจมา 091-883-4472", "phone": "0918834472",
         "needs": "ไม่มีครับ ขอให้ถึงบ้านก่อน", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ลำปาง", "travellers": 1,
                "urgent": False, "special": ["sick", "cannot_travel_alone"],
                "name": "อนุชา ใจมา", "phone": "0918834472"}),

    # Southern-dialect man ("หลบบ้าน" = go home, "เบี้ย" = money) sleeping at the
    # Ranong fish pier after quitting boat work; home Trang. Wants a job on land
    # near home. Outcome: case, urgent, job_placement.
    "dev106 southern deckhand at the Ranong pier": Persona(
        ("หวัดดีหนิ",
         "ฉานลงเรืออยู่ระนองสามปีแล้ว รอบนี้ขึ้นมาไม่เอาแล้ว คลื่นแรงเพื่อนตกน้ำหายไปคนนึง ใจไม่ดี "
         "เถ้าแก่ว่าถ้าไม่ลงรอบหน้าไม่จ่ายที่ค้าง เบี้ยสักบาทไม่มีแล้วหนิ",
         "นอนสะพานปลามาสองคืนแล้ว คืนนี้ก็นอนตรงนี้แหละ ยุงกินทั้งคืน",
         "อยากหลบบ้านที่ตรัง บัตรประชาชนมีอยู่ไม่ได้หาย"),
        {"consent": "ยินยอม", "idle": "อยากหลบบ้านหนิ ขอค่ารถ",
         "hardship": "ไม่มีที่นอน ไม่มีเบี้ยค่ารถ", "id_card": "มีหนิ", "nationality": "ไทย",
         "nationality_letter": "มีบัตรแล้ว", "current_province": "ระนอง",
         "home_province": "ตรัง อำเภอกันตัง", "travellers": "คนเดียว",
         "special_needs": "ไม่มี", "more_care": "ไม่มี", "travel_alone": "ไปเองได้",
         "sensitive_consent": "ยินยอม", "urgent": "ไม่มีที่นอน นอนสะพานปลา",
         "name": "อำนาจ ทองขาว 080-667-1239", "phone": "0806671239",
         "needs": "อยากได้งานบนบกแถวตรัง ไม่เอาเรือแล้ว มีที่ไหนหางานให้ไหม",
         "confirm": "ถูกแล้วหนิ"},
        expect={"eligible": True, "current": "ระนอง", "home": "ตรัง", "travellers": 1,
                "urgent": True, "special": [], "name": "อำนาจ ทองขาว",
                "phone": "0806671239", "referrals": ["job_placement"]}),

    # Four deckhands put off their boat at Mae Klong (Samut Songkhram), sleeping on
    # the pier; one friend stays to join another boat, so three go home to
    # Si Sa Ket. All have ID cards. The first phone number he types misses a
    # digit. Outcome: case, urgent, 3 travellers.
    "dev106 three deckhands off the boat at Mae Klong": Persona(
        ("สวัสดีครับแอดมิน",
         "พวกผมสี่คนลงเรืออวนด้วยกันครับ เรือเข้าจอดแม่กลองเมื่อวาน เถ้าแก่บอกเรือต้องขึ้นคานซ่อม"
         "สองเดือน ไล่ลงจากเรือหมด จ่ายมาคนละนิดเดียว กินข้าวสองมื้อก็หมด",
         "ไอ้ต้อมมันจะอยู่ต่อรอลงลำใหม่ ไม่กลับ ที่เหลือสามคนรวมผมจะกลับบ้านศรีสะเกษ "
         "บ้านอยู่ตำบลเดียวกันหมด บัตรประชาชนมีครบทุกคน",
         "ตอนนี้นอนกันบนท่าเรือครับ คืนนี้ก็ไม่มีที่ไป"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านให้พวกผมสามคนครับ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถครับ", "id_card": "มีครบทุกคนครับ",
         "nationality": "ไทยหมดครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "สมุทรสงครามครับ แม่กลอง", "home_province": "ศรีสะเกษครับ",
         "travellers": "สามคนครับ ไอ้ต้อมไม่กลับ", "special_needs": "ไม่มีครับ แข็งแรงทุกคน",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปกันเองได้ครับ",
         "sensitive_consent": "ยินยอมครับ", "urgent": "ไม่มีที่นอนครับ นอนท่าเรือ",
         "name": "สมพงษ์ บุตรดี 081555019", "phone": ("0815550192", "081-555-0192"),
         "needs": "ไม่มีครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรสงคราม", "home": "ศรีสะเกษ", "travellers": 3,
                "urgent": True, "special": [], "name": "สมพงษ์ บุตรดี",
                "phone": "0815550192", "no_referrals": HEALTH}),

    # Sugar-cane cutters in Kanchanaburi; season over, advances ate the wages.
    # Can stay in the cane-camp hut until the end of the week, have rice. She,
    # her husband, their 8-month-old baby and her 61-year-old mother go home to
    # Sakon Nakhon. One thing per message. Outcome: case, not urgent, 4
    # travellers, child + elderly.
    "dev106 cane cutters with baby and grandma": Persona(
        ("สวัสดีค่ะ",
         "ไปตัดอ้อยที่กาญจนบุรีมาค่ะ หมดฤดูแล้ว เถ้าแก่หักค่าเบิกหมด ไม่เหลือค่ารถกลับบ้านเลยค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "กาญจนบุรีค่ะ", "home_province": "สกลนครค่ะ",
         "travellers": "4 คนค่ะ", "special_needs": "ลูก 8 เดือนค่ะ",
         "more_care": "แม่อายุ 61 ค่ะ", "travel_alone": "ไปกันเองได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "ยังนอนเพิงไร่อ้อยได้ถึงสิ้นอาทิตย์ค่ะ ข้าวยังมี",
         "name": "บัวผัน ศรีสุข", "phone": "0830047718", "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "สกลนคร", "travellers": 4,
                "urgent": False, "special": ["child", "elderly"], "name": "บัวผัน ศรีสุข",
                "phone": "0830047718", "no_referrals": HEALTH}),

    # Malay-speaking Thai woman from Pattani, laid off from a shrimp-peeling plant
    # in Samut Sakhon; the landlord locked her room today, nowhere to sleep
    # tonight. Has her ID card. One thing per message. Outcome: case, urgent.
    "dev106 shrimp peeler locked out, Pattani": Persona(
        ("อัสลามูอาลัยกุม",
         "ล้งแกะกุ้งที่มหาชัยปิดค่ะ ไม่มีงาน เจ้าของห้องล็อกห้องแล้ว ไม่มีดูวิตจ่ายค่าห้อง"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากปูแลบ้านค่ะ กลับบ้าน",
         "hardship": "ไม่มีที่นอนค่ะ", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ", "current_province": "สมุทรสาครค่ะ",
         "home_province": "ปัตตานีค่ะ", "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "urgent": "คืนนี้ไม่มีที่นอนค่ะ",
         "name": "รอฮานี มะแซ", "phone": "061 298 7745", "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "ปัตตานี", "travellers": 1,
                "urgent": True, "special": [], "name": "รอฮานี มะแซ", "phone": "0612987745",
                "no_referrals": HEALTH}),

    # Karen woman holding only the pink card (not Thai; her nationality request is
    # still pending), cabbage picker in Mae Chaem (Chiang Mai) wanting to go home
    # to Umphang (Tak). Outcome: refused, nationality.
    "dev106 Karen cabbage picker with the pink card": Persona(
        ("สวัสดี ค่ะ",
         "ฉัน กะเหรี่ยง มา เก็บ กะหล่ำ แม่แจ่ม นาย จ้าง ไม่ จ่าย เงิน อยาก กลับ อุ้มผาง ตาก",
         "ฉัน ไม่มี บัตร ประชาชน มี แต่ บัตร สี ชมพู บัตร คน ไม่มี สัญชาติ ไทย ยัง ไม่ ได้ สัญชาติ"),
        {"consent": "ยินยอม ค่ะ", "idle": "อยาก กลับ บ้าน ค่ะ", "hardship": "ไม่มี ค่า รถ",
         "id_card": "ไม่มี ค่ะ มี แต่ บัตร ชมพู",
         "nationality": "ยัง ไม่ ได้ สัญชาติ ไทย ค่ะ",
         "nationality_letter": "ไม่มี ค่ะ", "current_province": "เชียงใหม่ แม่แจ่ม",
         "home_province": "ตาก อุ้มผาง", "travellers": "คน เดียว",
         "special_needs": "ไม่มี", "more_care": "ไม่มี", "travel_alone": "ได้",
         "sensitive_consent": "ยินยอม", "urgent": "นอน ที่ ไร่ ได้ อยู่",
         "name": "หน่อเปอ 0658834210", "phone": "0658834210", "needs": "ไม่มี",
         "confirm": "ถูก ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Akha young man with no nationality at all (no card, birth never registered),
    # orange orchard worker in Fang (Chiang Mai) sleeping at the market; states
    # plainly he is not Thai. Outcome: refused, nationality.
    "dev106 stateless Akha orchard boy": Persona(
        ("หวัดดีครับ",
         "ผมอาข่าครับ ไม่มีสัญชาติ ไม่มีบัตรอะไรเลย พ่อแม่ไม่ได้แจ้งเกิด อยู่บนดอยมาตั้งแต่เกิด",
         "มาเก็บส้มที่ฝางเถ้าแก่ไม่ให้ตังหนีไปแล้ว นอนตลาดฝางสองคืน อยากกลับบ้านดอยที่เชียงราย ช่วยได้ไหมครับ"),
        {"consent": "ยินยอมครับ", "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถ", "id_card": "ไม่มีครับ ไม่มีบัตรอะไรเลย",
         "nationality": "ไม่มีสัญชาติครับ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านรับรองไม่ได้เพราะไม่มีชื่อในทะเบียน",
         "current_province": "เชียงใหม่ อำเภอฝาง", "home_province": "เชียงราย",
         "travellers": "คนเดียว", "special_needs": "ไม่มี", "more_care": "ไม่มี",
         "travel_alone": "ได้ครับ", "sensitive_consent": "ยินยอม",
         "urgent": "ไม่มีที่นอนครับ", "name": "อาเบอ 0631127740", "phone": "0631127740",
         "needs": "ไม่มี", "confirm": "ถูกครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Malay-speaking Thai fisherman from Rueso (Narathiwat) who came back from a
    # Malaysian boat via Sungai Kolok on borrowed money and is already at home in
    # Narathiwat; wants the fare back to repay his friend. Outcome: refused,
    # already at home.
    "dev106 already home in Narathiwat, wants fare back": Persona(
        ("อัสลามูอาลัยกุมครับ",
         "ผมเป็นลูกเรือเรือมาเลย์ครับ เรือโดนจับ เขาปล่อยคนไทยกลับทางสุไหงโกลก ผมไม่มีเงินเลย "
         "ยืมเพื่อนที่ตากใบมาเป็นค่ารถเข้าบ้าน ตอนนี้ถึงบ้านที่รือเสาะแล้วครับ อยู่กับมะกับเปาะแล้ว",
         "อยากขอเงินค่ารถที่จ่ายไปแล้วคืน เอาไปคืนเพื่อน ได้ไหมครับ บัตรประชาชนมี"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถที่จ่ายไปแล้วครับ",
         "hardship": "ไม่มีเงินคืนเพื่อนครับ", "id_card": "มีครับ", "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "นราธิวาสครับ อยู่บ้านที่รือเสาะแล้ว",
         "home_province": "นราธิวาสครับ รือเสาะ", "travellers": "คนเดียว",
         "special_needs": "ไม่มี", "more_care": "ไม่มี", "travel_alone": "ได้ครับ",
         "sensitive_consent": "ยินยอม", "urgent": "มีที่นอนครับ อยู่บ้านแล้ว",
         "name": "อับดุลเลาะ เจ๊ะแว 0894451902", "phone": "0894451902", "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "นราธิวาส",
                "home": "นราธิวาส"}),

    # Fisherman who will not give any personal data, only asks which number he
    # can call at night. Outcome: answered (hotline), nothing stored.
    "dev106 no data, just the night number": Persona(
        ("ขอถามเฉยๆนะครับ ไม่ต้องเก็บชื่อผมนะ",
         "ถ้าคนขึ้นจากเรือตอนกลางคืน ไม่มีค่ารถกลับบ้าน จะโทรเบอร์อะไรที่มีคนรับตลอดคืนครับ"),
        {"consent": "ไม่ยินยอมครับ", "idle": "ขอเบอร์โทรที่โทรได้ตลอดคืนครับ"},
        outcome="answered", answered="1300",
        expect={"stored": False}),

    # Plantation worker asking in advance, for later, how much food money per day
    # is given while waiting and travelling. Outcome: answered (food rate).
    "dev106 palm worker asks the food money per day": Persona(
        ("สวัสดีครับ",
         "ยังไม่ได้จะขอนะครับ ถามไว้ก่อน เผื่อสวนปาล์มปิดจริงๆ",
         "ช่วงรอเจ้าหน้าที่ส่งกลับบ้านกับตอนนั่งรถ เขาให้ค่ากินวันละเท่าไหร่ต่อคนครับ"),
        {"consent": "ยินยอมครับ", "idle": "ค่าอาหารวันละเท่าไหร่ต่อคนครับ"},
        outcome="answered", answered="100"),

    # Malay-speaking Thai from Narathiwat told by a broker to pay 500 baht to "push"
    # the return-home request; asks whether there is a fee. Outcome: answered
    # (no fee).
    "dev106 broker wants 500 baht, is there a fee": Persona(
        ("อัสลามูอาลัยกุมค่ะ",
         "มีนายหน้าที่ท่าเรือบอกว่าถ้าจะขอเงินค่ารถกลับบ้านจากรัฐ ต้องจ่ายให้เขาห้าร้อยก่อน "
         "เขาจะเดินเรื่องให้",
         "จริงไหมคะ ขอเงินช่วยกลับบ้านต้องเสียค่าธรรมเนียมไหมคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ต้องเสียค่าธรรมเนียมไหมคะ"},
        outcome="answered", answered="ค่าธรรมเนียม"),
}
