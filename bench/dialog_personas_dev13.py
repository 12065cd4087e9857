"""Persona set dev13, 2026-12-04.

Written from the seeds only (000_* services for released prisoners, 002_* the officers'
manual and the 2000 regulation) and knowledge-topics.md, by a helper who did not read the
dialog code, the knowledge files, the tests, nor the other persona sets.

Focus: Isan and the North-East in depth. People write in Isan Lao and Khorat dialect
(บ่, เด้อ, ข่อย, เฮือน, ซิ, หยัง, อีหลี, เอ็ง/ข้า/เหวย), with old spellings, nicknames and
misspellings of provinces (โคราช, อุบลฯ, ขอนเเก่น, ศรีษะเกษ, บุรีรำ, สารคาม), counts given
in words (สามคน, สองแม่ลูก, ผัวเมีย): migrant workers returning from Bangkok and the East,
old people sent home by employers, people released from Khon Kaen and Korat prisons, a
mother with a child with a disability, a man with HIV who agrees to record sensitive data,
a woman who lost her card and has a letter from the village head, mixed groups
(grandmother 80 + toddler + pregnant daughter), whole stories in one long message, and
third-party writers (a daughter, a rescue volunteer, a monk, a social worker, a friend).

22 personas: 18 eligible requests, 4 refusals (2 not Thai, 1 no card and no letter,
1 no hardship), 3 one_part, 2 fixes at the summary (a province, a phone number).
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # A Khorat factory worker laid off in the East tells everything in one message, in
    # Khorat speech. "โคราช" = นครราชสีมา. Evicted from his room tonight -> urgent.
    "korat worker laid off in chonburi, whole story": Persona(
        ("หวัดดีเหวย ข้าชื่อบุญส่ง อยู่ชลบุรีแถวอมตะ โรงงานปิดเลิกจ้างไม่จ่ายเงินเดือน "
         "ห้องเช่าเจ้าของไล่ออกวันนี้ คืนนี้ไม่มีที่นอนเลย เงินไม่มีสักบาท อยากกลับบ้านโคราช "
         "อ.ปักธงชัย ไปคนเดียว บัตรประชาชนมีอยู่ ช่วยข้าหน่อยเด้อ",),
        {"consent": "ยินยอมจ้ะ", "idle": "ขอค่ารถกลับโคราชหน่อยเหวย",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีที่นอนด้วย", "id_card": "มีจ้ะ บัตรยังไม่หมดอายุ",
         "nationality_letter": "ไม่มี มีแต่บัตร", "nationality": "คนไทยแท้ๆ โคราชเบิ้งนี่แหละ",
         "current_province": "ชลบุรี นิคมอมตะ", "home_province": "โคราช ปักธงชัย",
         "travellers": "คนเดียวจ้ะ", "urgent": "ด่วนเหวย คืนนี้ไม่มีที่ซุกหัวนอน",
         "special_needs": "ไม่มีดอก แข็งแรงดี", "travel_alone": "ไปเองได้",
         "needs": "ไม่มีละ ขอแค่กลับบ้าน", "sensitive_consent": "ยินยอม",
         "name": "บุญส่ง", "phone": "0817452290", "confirm": "ถูกต้องจ้ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครราชสีมา", "travellers": 1,
                "urgent": True, "special": [], "name": "บุญส่ง", "phone": "0817452290"}),

    # A pregnant daughter writes for three: her mother aged 80, her 2-year-old son and
    # herself (7 months pregnant). Sleeping at Mo Chit bus terminal -> urgent.
    # "ร้อยเอ็จ" is a typo for ร้อยเอ็ด. Care needs: elderly, small child, pregnant.
    "grandmother 80, toddler and pregnant daughter to roi et": Persona(
        ("สวัสดีค่ะ ข่อยติดอยู่หมอชิตกับแม่และลูก บ่มีเงินเมือบ้านเด้อ",
         "เงินโดนล้วงกระเป๋าไปหมดเลยค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากได้ค่ารถเมือบ้านร้อยเอ็จค่ะ",
         "hardship": "บ่มีค่ารถ เงินหายหมด ข้าวกะยังบ่ได้กิน",
         "id_card": "มีค่ะ ข่อยมี แม่กะมี", "nationality_letter": "บ่มีค่ะ มีบัตร",
         "nationality": "ไทยค่ะ", "current_province": "กทม หมอชิต",
         "home_province": "ร้อยเอ็จ อ.เสลภูมิ",
         "travellers": "สามคนค่ะ แม่ข่อยอายุ80 ลูกชายสองขวบ กับข่อยเอง",
         "urgent": "ด่วนค่ะ คืนนี้ต้องนอนสถานีขนส่ง บ่มีบ่อนนอน",
         "special_needs": "แม่อายุ80 ลูกสองขวบ ข่อยท้อง7เดือนค่ะ",
         "travel_alone": "ไปนำกันสามคนค่ะ ข่อยดูแลเอง",
         "needs": "บ่มีค่ะ ขอให้ได้เมือบ้านก่อน", "sensitive_consent": "ยินยอมค่ะ",
         "name": "แก้วตา", "phone": "๐๘๙๓๓๑๒๔๗๕", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 3, "urgent": True, "special": ["child", "elderly", "pregnant"],
                "name": "แก้วตา", "phone": "0893312475"}),

    # A 67-year-old security guard let go by his employer in Bangkok. He can stay in the
    # staff room until the end of the month -> not urgent. "อุบลฯ" = อุบลราชธานี.
    "old guard let go by employer, to ubon": Persona(
        ("สวัสดีครับ ลุงอายุ67แล้ว บริษัทเพิ่นให้ออกจากงานยาม บอกว่าแก่แล้ว",
         "อยากกลับอุบลฯ แต่เงินบ่พอค่ารถครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับอุบลครับ",
         "hardship": "บ่มีค่ารถเมือบ้าน รายได้กะบ่มีแล้ว", "id_card": "มีครับ",
         "nationality_letter": "บ่มีครับ", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพ แถวบางนา", "home_province": "อุบลฯ อ.วารินฯ",
         "travellers": "ลุงคนเดียวครับ",
         "urgent": "บ่ด่วนครับ ยังนอนห้องพักยามได้ถึงสิ้นเดือน",
         "special_needs": "ลุงอายุ67 แต่ยังแข็งแรงอยู่ครับ", "travel_alone": "ไปเองได้ครับ ขึ้นรถทัวร์เป็น",
         "needs": "บ่มีครับ", "sensitive_consent": "ยินยอมครับ",
         "name": "ลุงสมบัติ", "phone": "0862205531", "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "phone": "0862205531"}),

    # Released this morning from Khon Kaen central prison, home in Loei. His card expired
    # while inside: an expired card still counts. Wants work; agrees to sensitive data, so
    # the criminal history may be recorded -> probation support and job placement.
    "released from khon kaen prison, expired card, to loei": Persona(
        ("ข่อยพึ่งพ้นโทษออกจากเรือนจำกลางขอนแก่นมื้อนี้ บ่มีเงินเมือบ้านเลยครับ "
         "บัตรปชช.หมดอายุตอนอยู่ข้างใน คืนนี้บ่มีบ่อนนอน",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถเมือเลยครับ",
         "hardship": "บ่มีค่ารถ บ่มีบ่อนนอน", "id_card": "มีแต่หมดอายุแล้วครับ",
         "nationality_letter": "บ่มี", "nationality": "ไทยครับ",
         "current_province": "ขอนแก่น", "home_province": "เลย อ.ด่านซ้าย",
         "travellers": "คนเดียว", "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอนอีหลี",
         "special_needs": "บ่มี", "travel_alone": "ไปได้คนเดียว",
         "needs": "อยากได้งานเฮ็ดครับ ออกมาแล้วบ่มีไผรับ", "sensitive_consent": "ยินยอมครับ",
         "name": "ต้น", "phone": "0954418802", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement", "probation_support"],
                "name": "ต้น", "phone": "0954418802"}),

    # Released from Korat prison, going home to Buriram ("บุรีรำ" typo). He refuses the
    # sensitive-data consent: his prison history must not be recorded, so no probation
    # or health referral; the wish for a job is not sensitive.
    "released from korat prison, refuses sensitive data, to buriram": Persona(
        ("พ้นโทษจากเรือนจำโคราชครับ", "อยากกลับบ้านบุรีรำ บ่มีค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "บ่มีค่ารถครับ", "id_card": "มีครับ ทำใหม่ตอนอยู่ข้างใน",
         "nationality_letter": "บ่มีครับ", "nationality": "ไทย",
         "current_province": "โคราช ในเมือง", "home_province": "บุรีรำ อ.นางรอง",
         "travellers": "คนเดียวครับ", "urgent": "บ่ด่วนครับ พักบ้านหมู่ได้คืนนึง",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้",
         "needs": "อยากหางานเฮ็ดที่บ้านครับ",
         "sensitive_consent": "บ่ยินยอมครับ บ่อยากให้บันทึกเรื่องคุก",
         "name": "ชาติชาย", "phone": "0628819043", "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_placement"],
                "no_referrals": ["probation_support", "criminal_record", "hiv_aid",
                                 "medical_services", "mental_health_care"],
                "phone": "0628819043"}),

    # A man with HIV in Pattaya, lost his bar job; he takes ARVs and wants to go home to
    # Udon ("อุดรฯ") and keep his treatment. He agrees to record sensitive data -> hiv_aid.
    # Staying in a friend's room for now -> not urgent.
    "man with hiv in pattaya agrees to sensitive data, to udon": Persona(
        ("สวัสดีครับ ผมตกงานที่พัทยาครับ อยากกลับบ้านอุดรฯ แต่ไม่มีค่ารถ",),
        {"consent": "ยินยอมครับ", "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ตกงาน ไม่มีรายได้ ไม่มีค่ารถกลับครับ", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "nationality": "ไทยครับ",
         "current_province": "พัทยา ชลบุรี", "home_province": "อุดรฯ อ.กุมภวาปี",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ตอนนี้อาศัยห้องเพื่อนอยู่",
         "special_needs": "ไม่มีครับ เดินทางเองได้",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "ผมติดเชื้อ HIV ครับ กินยาต้านอยู่ อยากได้ความช่วยเหลือเรื่องยาตอนกลับไปบ้าน",
         "sensitive_consent": "ยินยอมครับ บันทึกได้",
         "name": "เอ็ม", "phone": "0917723364", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 1,
                "urgent": False, "referrals": ["hiv_aid"], "name": "เอ็ม",
                "phone": "0917723364"}),

    # Her bag was snatched in Rayong with the card in it, but the village head at home in
    # Kalasin sent a letter certifying her Thai nationality and residence -> eligible;
    # she wants a new card -> id_card.
    "lost card, letter from village head, rayong to kalasin": Persona(
        ("หวัดดีจ้า กระเป๋าโดนกระชากที่ระยอง บัตรปชชหายไปพร้อมเงิน",
         "ผญบ.ที่บ้านส่งหนังสือรับรองมาให้ทางไลน์แล้วเด้อ อยากเมือบ้านกาฬสินธุ์"),
        {"consent": "ยินยอมจ้า", "idle": "ขอค่ารถเมือบ้านจ้า",
         "hardship": "บ่มีค่ารถเมือบ้าน เงินหายหมด",
         "id_card": "บัตรหายค่ะ โดนกระชากกระเป๋า",
         "nationality_letter": "มีจ้า ผู้ใหญ่บ้านออกหนังสือรับรองให้ว่าเป็นคนไทย อยู่บ้านนี้อีหลี",
         "nationality": "ไทยจ้า", "current_province": "ระยอง มาบตาพุด",
         "home_province": "กาฬสินธุ์ อ.ยางตลาด", "travellers": "คนเดียวจ้า",
         "urgent": "บ่ด่วนจ้า ยังพักหอเพื่อนได้", "special_needs": "บ่มีจ้า",
         "travel_alone": "ไปเองได้", "needs": "อยากทำบัตรใหม่จ้า",
         "sensitive_consent": "ยินยอม", "name": "นงลักษณ์", "phone": "0843390217",
         "confirm": "ถูกต้องจ้า"},
        expect={"eligible": True, "current": "ระยอง", "home": "กาฬสินธุ์", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["id_card"],
                "name": "นงลักษณ์", "phone": "0843390217"}),

    # A mother and her 12-year-old son who has cerebral palsy and uses a wheelchair
    # ("สองแม่ลูก"). Husband left; she can stay in the rented room until month end -> not
    # urgent. The son is not registered yet and she asks about the disability allowance.
    "mother with disabled son in wheelchair, to surin": Persona(
        ("สวัสดีค่ะ แม่มีลูกพิการนั่งวีลแชร์ ผัวหนีไปแล้ว อยู่สมุทรปราการบ่ไหวแล้วค่ะ "
         "อยากพาลูกเมือบ้านสุรินทร์ แต่บ่มีค่ารถ",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากได้ค่ารถพาลูกกลับบ้านค่ะ",
         "hardship": "บ่มีรายได้ บ่มีค่ารถค่ะ", "id_card": "มีค่ะ",
         "nationality_letter": "บ่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "สมุทรปราการ บางพลี", "home_province": "สุรินทร์ อ.ท่าตูม",
         "travellers": "สองแม่ลูกค่ะ",
         "urgent": "บ่ด่วนค่ะ ห้องเช่ายังอยู่ได้ถึงสิ้นเดือน",
         "special_needs": "ลูกชายอายุ12 พิการสมองพิการ นั่งวีลแชร์ ย่างเองบ่ได้ค่ะ",
         "travel_alone": "แม่ไปนำลูกค่ะ", "needs": "ลูกยังบ่ได้ขึ้นทะเบียนคนพิการ อยากได้เบี้ยคนพิการค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "แม่สมศรี", "phone": "0656671198",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "สุรินทร์",
                "travellers": 2, "urgent": False, "special": ["disabled"],
                "referrals": ["disability_allowance"], "phone": "0656671198"}),

    # A rescue-foundation volunteer writes for a confused 74-year-old woman found at
    # Hua Lamphong, from Nakhon Phanom. She cannot travel alone; nowhere to sleep -> urgent.
    "volunteer for confused old woman at hua lamphong, to nakhon phanom": Persona(
        ("สวัสดีครับ ผมเป็นอาสามูลนิธิ เจอยายคนนึงนั่งอยู่หัวลำโพงตั้งแต่เมื่อวาน "
         "อายุ74 จำทางกลับบ้านไม่ค่อยได้ บอกว่าบ้านอยู่นครพนม ไม่มีเงินเลยครับ",),
        {"consent": "ยินยอมครับ (ยายก็โอเค)", "idle": "อยากให้ช่วยส่งยายกลับบ้านครับ",
         "hardship": "ไม่มีที่พัก ไม่มีเงิน ไม่มีค่ารถกลับครับ",
         "id_card": "ยายมีบัตรประชาชนครับ อยู่ในกระเป๋า",
         "nationality_letter": "ไม่มีครับ มีบัตร", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพ หัวลำโพง", "home_province": "นครพนม อ.ธาตุพนม",
         "travellers": "ยายคนเดียวครับ",
         "urgent": "ด่วนครับ ยายไม่มีที่นอนคืนนี้",
         "special_needs": "ยายอายุ74 หลงๆลืมๆ ไปเองไม่ได้ครับ",
         "travel_alone": "ไม่ได้ครับ ต้องมีคนพาไป กลัวยายหลง",
         "needs": "ไม่มีครับ", "sensitive_consent": "ยินยอมครับ",
         "name": "ยายบุญมี", "phone": "0898124406", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "elderly"], "phone": "0898124406"}),

    # A monk writes for a man from Yasothon cheated by a job broker in Chachoengsao.
    # The man sleeps at the temple -> not urgent.
    "monk writes for man cheated by broker, to yasothon": Persona(
        ("เจริญพร อาตมาอยู่วัดในฉะเชิงเทรา มีโยมผู้ชายคนหนึ่งมาขออาศัยวัด "
         "โดนนายหน้าหลอกมาทำงาน ไม่ได้ค่าจ้าง จะกลับบ้านยโสธรไม่มีค่ารถ",),
        {"consent": "โยมเขายินยอม", "idle": "ขอให้ช่วยค่ารถโยมเขากลับบ้าน",
         "hardship": "ไม่มีค่ารถกลับภูมิลำเนา ไม่มีรายได้",
         "id_card": "โยมมีบัตรประชาชน", "nationality_letter": "ไม่มี",
         "nationality": "คนไทย", "current_province": "ฉะเชิงเทรา บางปะกง",
         "home_province": "ยโสธร อ.กุดชุม", "travellers": "โยมคนเดียว",
         "urgent": "ไม่ด่วน นอนที่วัดได้", "special_needs": "ไม่มี",
         "travel_alone": "ไปเองได้", "needs": "ไม่มี",
         "sensitive_consent": "ยินยอม", "name": "ประสิทธิ์",
         "phone": "0813360725", "confirm": "ถูกต้องแล้ว"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "ยโสธร",
                "travellers": 1, "urgent": False, "special": [], "name": "ประสิทธิ์",
                "phone": "0813360725"}),

    # A husband and wife ("ผัวเมีย") from Amnat Charoen; the fruit season in Chanthaburi
    # ended and the owner did not pay. They can sleep in the orchard shed -> not urgent.
    # Answers one thing per message.
    "couple from chanthaburi orchard, one part, to amnat charoen": Persona(
        ("สวัสดีค่ะ", "ขอความช่วยเหลือค่ะ"),
        {"consent": "ยินยอม", "idle": "ขอค่ารถเมือบ้าน",
         "hardship": "เจ้าของสวนบ่จ่ายเงิน บ่มีค่ารถ", "id_card": "มีค่ะ",
         "nationality_letter": "บ่มี", "nationality": "ไทย",
         "current_province": "จันทบุรี", "home_province": "อำนาจ",
         "travellers": "ผัวเมียค่ะ", "urgent": "บ่ด่วน นอนเถียงนาในสวนได้",
         "special_needs": "บ่มี", "travel_alone": "ไปนำกัน",
         "needs": "บ่มี", "sensitive_consent": "ยินยอม",
         "name": "จันทร์เพ็ญ", "phone": "0987002143", "confirm": "ถูก"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "อำนาจเจริญ",
                "travellers": 2, "urgent": False, "special": [], "name": "จันทร์เพ็ญ",
                "phone": "0987002143"},
        one_part=True),

    # A district social worker writes for a family of five from a Bangkok construction
    # camp that was pulled down: father, mother and three children (one a 1-year-old).
    # Sleeping under an expressway -> urgent.
    "social worker for family of five from bangkok camp, to sakon nakhon": Persona(
        ("เรียนเจ้าหน้าที่ ดิฉันเป็นนักสังคมสงเคราะห์ สำนักงานเขตบางเขน มีครอบครัวคนงานก่อสร้าง "
         "แคมป์ถูกรื้อ ผู้รับเหมาหนี ไม่ได้ค่าแรง ตอนนี้ทั้งครอบครัวนอนใต้ทางด่วน "
         "พ่อแม่และลูกสามคน คนเล็กอายุ1ขวบ ต้องการกลับบ้านที่สกลนคร ทุกคนมีบัตร/สูติบัตรค่ะ",),
        {"consent": "ครอบครัวยินยอมค่ะ", "idle": "ขอค่าพาหนะกลับภูมิลำเนาค่ะ",
         "hardship": "ไม่มีที่พัก ไม่มีรายได้ ไม่มีค่าพาหนะค่ะ",
         "id_card": "พ่อแม่มีบัตรประชาชนค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "สัญชาติไทยทั้งครอบครัวค่ะ", "current_province": "กรุงเทพฯ เขตบางเขน",
         "home_province": "สกลนคร อ.สว่างแดนดิน",
         "travellers": "ห้าคนค่ะ พ่อ แม่ ลูก3 (8ขวบ 5ขวบ 1ขวบ)",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่พัก มีเด็กเล็ก",
         "special_needs": "มีเด็กเล็กค่ะ อายุ1ขวบกับ5ขวบ",
         "travel_alone": "พ่อแม่ดูแลลูกไปเองได้ค่ะ", "needs": "พ่ออยากหางานทำที่บ้านค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "นายสุพัฒน์ (พ่อ)",
         "phone": "0824560913", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สกลนคร",
                "travellers": 5, "urgent": True, "special": ["child"],
                "phone": "0824560913"}),

    # A young man in Samut Sakhon, terse, one thing per message. Sleeps at a bus stop -> urgent.
    "young man in samut sakhon, one part, to mukdahan": Persona(
        ("ขอค่ารถ",),
        {"consent": "ok", "idle": "ขอค่ารถเมือบ้าน", "hardship": "บ่มีตังค่ารถ",
         "id_card": "มี", "nationality_letter": "บ่มี", "nationality": "ไทย",
         "current_province": "มหาชัย", "home_province": "มุกดา", "travellers": "1",
         "urgent": "ด่วน นอนป้ายรถเมล์", "special_needs": "บ่มี", "travel_alone": "ได้",
         "needs": "บ่", "sensitive_consent": "ok", "name": "บอย", "phone": "0631185527",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "มุกดาหาร",
                "travellers": 1, "urgent": True, "special": [], "name": "บอย",
                "phone": "0631185527"},
        one_part=True),

    # She says her home is "หนองคาย อ.เซกา" out of old habit; Seka is now in Bueng Kan,
    # and she fixes the province at the summary -> home บึงกาฬ.
    "woman in nonthaburi fixes home to bueng kan at summary": Persona(
        ("สวัสดีจ้า ข่อยเฮ็ดงานร้านอาหารนนทบุรี ร้านปิดแล้ว บ่มีเงินเมือเฮือนเด้อ",),
        {"consent": "ยินยอมจ้า", "idle": "ขอค่ารถเมือเฮือนจ้า",
         "hardship": "ร้านปิด บ่มีรายได้ บ่มีค่ารถ", "id_card": "มีจ้า",
         "nationality_letter": "บ่มีจ้า", "nationality": "ไทยจ้า",
         "current_province": "นนทบุรี ปากเกร็ด", "home_province": "หนองคาย อ.เซกา",
         "travellers": "คนเดียวจ้า", "urgent": "บ่ด่วนจ้า ยังพักห้องได้อยู่",
         "special_needs": "บ่มีจ้า", "travel_alone": "ไปเองได้จ้า", "needs": "บ่มี",
         "sensitive_consent": "ยินยอม", "name": "ปุ๋ย", "phone": "0806634412",
         "confirm": ("บ่แม่นหนองคายเด้อ เซกาเปิ่นเป็นบึงกาฬแล้ว จังหวัดบึงกาฬจ้า",
                     "ถูกต้องแล้วจ้า")},
        expect={"eligible": True, "current": "นนทบุรี", "home": "บึงกาฬ", "travellers": 1,
                "urgent": False, "special": [], "name": "ปุ๋ย", "phone": "0806634412"}),

    # A man from Nong Bua Lamphu in Bangkok mistypes his number and corrects it at the summary.
    "man fixes phone at summary, to nong bua lamphu": Persona(
        ("ขอความช่วยเหลือครับ ตกงานอยู่กรุงเทพ อยากกลับหนองบัวลำภู ไม่มีค่ารถ",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ตกงาน", "id_card": "มีครับ",
         "nationality_letter": "ไม่มี", "nationality": "ไทย",
         "current_province": "กทม ลาดพร้าว", "home_province": "หนองบัวลำภู อ.นากลาง",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ยังพักหอได้ถึงอาทิตย์หน้า",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอม", "name": "วิชัย", "phone": "0935557877",
         "confirm": ("เบอร์ผิดครับ ที่ถูก 093-555-7788", "ถูกต้องครับ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "หนองบัวลำภู",
                "travellers": 1, "urgent": False, "special": [], "name": "วิชัย",
                "phone": "0935557788"}),

    # A friend writes for a mother who fled a violent husband in Pathum Thani with her
    # 3-year-old ("สองแม่ลูก"). Danger and nowhere to go tonight -> urgent.
    "friend writes for mother fleeing violence with toddler, to chaiyaphum": Persona(
        ("ช่วยเพื่อนหนูหน่อยค่ะ เพื่อนโดนผัวทุบตีที่ปทุมธานี หนีออกมากับลูก3ขวบ "
         "คืนนี้ไม่มีที่ไป กลัวผัวตามมา อยากกลับบ้านชัยภูมิ ไม่มีเงินเลยค่ะ",),
        {"consent": "เพื่อนยินยอมค่ะ", "idle": "ขอค่ารถให้เพื่อนกลับชัยภูมิค่ะ",
         "hardship": "ไม่มีที่พัก ไม่มีเงิน ไม่มีค่ารถค่ะ",
         "id_card": "เพื่อนมีบัตรค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "ปทุมธานี รังสิต",
         "home_province": "ชัยภูมิ อ.ภูเขียว", "travellers": "สองแม่ลูกค่ะ",
         "urgent": "ด่วนมากค่ะ ไม่มีที่นอน กลัวผัวตามมาทำร้าย",
         "special_needs": "ลูกเล็ก3ขวบค่ะ", "travel_alone": "แม่พาลูกไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ อยากไปให้พ้นก่อน", "sensitive_consent": "ยินยอมค่ะ",
         "name": "มาลี", "phone": "0971248830", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ชัยภูมิ",
                "travellers": 2, "urgent": True, "special": ["child"],
                "phone": "0971248830"}),

    # A 63-year-old nanny dismissed by her employer in Nonthaburi, who dropped her at
    # Mo Chit (Bangkok). No place tonight -> urgent. "สารคาม" = มหาสารคาม.
    "old nanny dropped at mo chit by employer, to maha sarakham": Persona(
        ("แม่ใหญ่อายุ63 นายจ้างบ่เอาแล้ว เอามาปล่อยไว้หมอชิต ให้เงินมาร้อยเดียว "
         "ค่ารถเมือสารคามบ่พอ คืนนี้กะบ่ฮู้ซินอนไส ช่วยแหน่เด้อลูก",),
        {"consent": "ยินยอมจ้ะ", "idle": "ขอค่ารถเมือสารคามเด้อ",
         "hardship": "ค่ารถบ่พอ บ่มีบ่อนนอน", "id_card": "มีจ้ะ",
         "nationality_letter": "บ่มีดอก", "nationality": "คนไทยจ้ะ",
         "current_province": "หมอชิต", "home_province": "สารคาม อ.บรบือ",
         "travellers": "แม่ใหญ่คนเดียว", "urgent": "ด่วนจ้ะ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มีหยัง แม่ใหญ่อายุ63 แต่ไปเองได้",
         "travel_alone": "ไปเองได้จ้ะ ขึ้นรถเป็น", "needs": "บ่มีจ้ะ",
         "sensitive_consent": "ยินยอม", "name": "แม่ใหญ่คำปุน",
         "phone": "บ่มีโทรศัพท์ ใช้เบอร์หลาน 0859931207", "confirm": "แม่นแล้วจ้ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "มหาสารคาม",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "phone": "0859931207"}),

    # A man back from Rayong whose card went through the washing machine and broke: a
    # damaged card still counts. Answers one thing per message; Thai-digit phone.
    "damaged card, one part, rayong to nong khai": Persona(
        ("สวัสดีครับ",),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้านหนองคาย บ่มีค่ารถ",
         "hardship": "ค่ารถบ่มี", "id_card": "มีแต่มันหักเป็นสองท่อน โดนซักผ้า 555",
         "nationality_letter": "บ่มี", "nationality": "ไทย",
         "current_province": "ระยอง บ้านฉาง", "home_province": "หนองคาย ศรีเชียงใหม่",
         "travellers": "คนเดียว", "urgent": "บ่ด่วน มีห้องนอนอยู่",
         "special_needs": "บ่มี", "travel_alone": "ไปเองได้", "needs": "บ่มีหยัง",
         "sensitive_consent": "ยินยอม", "name": "แดง", "phone": "๐๘๗๖๖๑๒๐๙๔",
         "confirm": "ถูกแล้ว"},
        expect={"eligible": True, "current": "ระยอง", "home": "หนองคาย", "travellers": 1,
                "urgent": False, "special": [], "name": "แดง", "phone": "0876612094"},
        one_part=True),

    # REFUSAL, not Thai: a Lao woman working in Korat wants fare home to Vientiane.
    "lao woman in korat, not thai": Persona(
        ("สะบายดีเจ้า ข่อยเป็นคนลาวมาเฮ็ดงานโคราช อยากกลับบ้านเวียงจันทน์ บ่มีเงินค่ารถเจ้า",),
        {"consent": "ยินยอมเจ้า", "idle": "ขอค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีค่ารถเจ้า", "id_card": "บ่มีบัตรไทยเจ้า มีแต่พาสปอร์ตลาว",
         "nationality_letter": "บ่มีเจ้า", "nationality": "สัญชาติลาวเจ้า บ่แม่นคนไทย",
         "current_province": "โคราช", "home_province": "เวียงจันทน์ ประเทศลาว",
         "travellers": "คนเดียวเจ้า", "urgent": "บ่ด่วนเจ้า", "special_needs": "บ่มี",
         "travel_alone": "ไปได้", "needs": "บ่มี", "sensitive_consent": "ยินยอม",
         "name": "ดอกจันทร์", "phone": "0612249978", "confirm": "ถูกต้องเจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSAL, not Thai: born in Nakhon Phanom of Vietnamese descent, holds an alien card,
    # has not got Thai nationality yet.
    "alien card holder, not thai yet, bangkok to nakhon phanom": Persona(
        ("สวัสดีครับ ผมอยู่กรุงเทพ อยากกลับนครพนม ไม่มีค่ารถครับ",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับนครพนม",
         "hardship": "ไม่มีค่ารถ ไม่มีงาน", "id_card": "ไม่มีบัตรประชาชนไทยครับ มีบัตรต่างด้าว",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ยังไม่ได้สัญชาติไทยครับ เป็นญวนอพยพ ถือบัตรต่างด้าว",
         "current_province": "กรุงเทพ", "home_province": "นครพนม",
         "travellers": "คนเดียว", "urgent": "ไม่ด่วน", "special_needs": "ไม่มี",
         "travel_alone": "ได้", "needs": "อยากได้สัญชาติไทยครับ",
         "sensitive_consent": "ยินยอม", "name": "เหงียน", "phone": "0899046621",
         "confirm": "ถูกต้อง"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSAL, no papers: lost his card years ago, cannot reach the village head, so no
    # letter certifying nationality and residence. "ศรีษะเกษ" is a common misspelling.
    "no card and no letter, to sisaket": Persona(
        ("สวัสดีครับ อยากกลับศรีษะเกษ บ่มีเงินค่ารถ บัตรกะหายไปหลายปีแล้ว",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถครับ",
         "hardship": "บ่มีค่ารถครับ", "id_card": "บ่มีครับ หายไปหลายปีแล้ว บ่ได้ทำใหม่",
         "nationality_letter": "บ่มีครับ ติดต่อผู้ใหญ่บ้านบ่ได้ เพิ่นเปลี่ยนคนแล้ว",
         "nationality": "คนไทยครับ", "current_province": "สมุทรปราการ",
         "home_province": "ศรีษะเกษ อ.กันทรลักษ์", "travellers": "คนเดียว",
         "urgent": "บ่ด่วนครับ", "special_needs": "บ่มี", "travel_alone": "ได้",
         "needs": "อยากทำบัตรใหม่", "sensitive_consent": "ยินยอม", "name": "สมพร",
         "phone": "0918830456", "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # REFUSAL, no hardship: has a job, money and a room; just wants a free ticket home
    # to Khon Kaen ("ขอนเเก่น" with two sara e) for Songkran.
    "has money, wants free ticket for songkran, to khon kaen": Persona(
        ("ขอตั๋วฟรีกลับขอนเเก่นช่วงสงกรานต์ได้บ่ครับ",),
        {"consent": "ยินยอม", "idle": "อยากได้ค่ารถกลับบ้านฟรีครับ",
         "hardship": "บ่ได้ลำบากหยังดอกครับ มีงานมีเงินอยู่ แต่อยากได้ค่ารถฟรี",
         "id_card": "มีครับ", "nationality_letter": "บ่มี", "nationality": "ไทย",
         "current_province": "กรุงเทพ", "home_province": "ขอนเเก่น",
         "travellers": "คนเดียว", "urgent": "บ่ด่วน มีห้องอยู่", "special_needs": "บ่มี",
         "travel_alone": "ได้", "needs": "บ่มี", "sensitive_consent": "ยินยอม",
         "name": "โอ๊ต", "phone": "0824417760", "confirm": "ถูกต้อง"},
        outcome="refused",
        expect={"eligible": False, "reason": "ไม่เข้าเกณฑ์"}),
}
