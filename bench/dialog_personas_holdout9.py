"""Persona set holdout9 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: an ordinary month at the 1300 hotline in the rainy season and around New Year:
flood victims far from home (Hat Yai, Mae Sai, Nakhon Si Thammarat), workers laid off from
factories, orchards, cane fields, hotels and building sites, people robbed or scammed on the
way, two just released from prison, elders and families with small children or a pregnant
wife, and people writing for a relative; a mix of writing styles (long all-at-once messages,
one-word replies, Isan, northern and southern dialect, Thai digits, voice typing, emoji,
typos), some who answer one thing per message, refusals decided by the rules, and one person
who only asks a question.
Counts: 22 personas; 17 eligible (case), 4 refused (สัญชาติ, เดือดร้อน, หนังสือรับรอง,
ภูมิลำเนา), 1 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # A couple working at a restaurant in Hat Yai; the flood took their rented room and the
    # restaurant closed. No money, sleeping at a petrol station, want to go home to Si Sa Ket.
    # Both have ID cards. Eligible: criteria ๑ "ไม่มีที่พักอาศัย" and ๓ "ไม่มีค่าพาหนะเดินทางกลับ
    # ภูมิลำเนาเดิม"; "ผู้ตกทุกข์ได้ยาก" includes "ประสบภัยพิบัติ". No place to sleep tonight, so
    # urgent: "กรณีเร่งด่วนจะดำเนินงานภายใน ๒๔ ชั่วโมง". Gives almost everything at once.
    "hatyai flood couple petrol station": Persona(
        (
            "สวัสดีครับ ผมกับแฟนทำงานร้านอาหารอยู่หาดใหญ่ น้ำท่วมห้องเช่าจมมิดเลยครับ ของหายหมด "
            "ร้านก็ปิดไม่มีกำหนด เงินเก็บก็ไม่มีเหลือ อยากกลับบ้านศรีสะเกษครับ ตอนนี้นอนอยู่ปั๊มน้ำมัน",
            "บัตรประชาชนยังอยู่ทั้งสองคนครับ ใส่ถุงพลาสติกไว้ไม่เปียก",
        ),
        {
            "consent": "ยินยอมครับ",
            "idle": "ขอความช่วยเหลือกลับบ้านครับ",
            "hardship": "ไม่มีเงินเลยครับ ที่พักก็ไม่มี น้ำท่วมหมด ค่ารถกลับบ้านก็ไม่มี",
            "id_card": "มีครับ ทั้งผมทั้งแฟน",
            "nationality": "ไทยครับ",
            "current_province": "หาดใหญ่ สงขลาครับ",
            "home_province": "ศรีสะเกษครับ อ.กันทรลักษ์",
            "travellers": "2 คนครับ ผมกับแฟน",
            "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน นอนปั๊มมาสองคืนแล้ว ยุงกัดทั้งคืน",
            "special_needs": "ไม่มีครับ แข็งแรงทั้งคู่",
            "needs": "ไม่มีครับ ขอกลับบ้านอย่างเดียว",
            "name": "สมหมายครับ",
            "phone": "093-771-8204",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "สงขลา", "home": "ศรีสะเกษ", "travellers": 2,
            "urgent": True, "special": [], "referrals": [], "name": "สมหมาย",
            "phone": "0937718204",
        },
    ),

    # A mother in Map Ta Phut, Rayong: the factory closed a line and laid off her and her
    # husband; the severance is gone on rent and food. Family of three with a 5-year-old, home
    # Nakhon Phanom. Room paid to the end of the month, so shelter now: not urgent ("กรณีที่
    # พักอาศัยอยู่ไม่เร่งด่วน จะดำเนินงานไม่เกิน ๑๕ วัน"). Eligible on criterion ๓ (no fare) and ๒
    # (no income). Asks about the consent first. Clearly wants vocational training ->
    # job_training ("ให้การฝึกอาชีพ ในศูนย์ฝึกอาชีพของกรมพัฒนาฝีมือแรงงาน").
    "rayong factory family with kid": Persona(
        (
            "สอบถามค่ะ โรงงานเลิกจ้างทั้งผัวทั้งเมียเลยค่ะ ปิดไลน์ผลิตตั้งแต่ต้นเดือน "
            "เงินชดเชยได้นิดเดียวหมดไปกับค่าห้องค่ากินแล้ว อยากพาลูกกลับบ้านนครพนมค่ะ "
            "มีทางช่วยค่ารถไหมคะ",
        ),
        {
            "consent": ("ข้อมูลที่ให้ไปจะเอาไปใช้ทำอะไรบ้างคะ", "โอเคค่ะ ยินยอมค่ะ"),
            "idle": "อยากขอค่ารถกลับบ้านค่ะ",
            "hardship": "ตกงานทั้งคู่ค่ะ ไม่มีรายได้ ค่ารถกลับบ้านสามคนก็ไม่พอ",
            "id_card": "มีค่ะ ทั้งสองคน ลูกยังเล็กยังไม่มีบัตร",
            "nationality": "ไทยค่ะ",
            "current_province": "ระยองค่ะ แถวมาบตาพุด",
            "home_province": "นครพนมค่ะ อำเภอนาแก",
            "travellers": "3 คนค่ะ พ่อแม่ลูก ลูกชาย 5 ขวบ",
            "urgent": "ยังไม่ด่วนค่ะ ค่าห้องจ่ายไว้ถึงสิ้นเดือน แต่หลังจากนั้นไม่มีที่อยู่แล้ว",
            "special_needs": "มีเด็กเล็ก 5 ขวบค่ะ นอกนั้นไม่มี",
            "needs": "อยากฝึกอาชีพค่ะ พวกเย็บผ้าหรือทำขนม กลับไปบ้านจะได้มีอาชีพ",
            "name": "เรียกนิดก็ได้ค่ะ",
            "phone": "0852264719",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "ระยอง", "home": "นครพนม", "travellers": 3,
            "urgent": False, "special": ["child"], "referrals": ["job_training"],
            "name": "นิด", "phone": "0852264719",
        },
    ),

    # A couple picking longan on an orchard in Chanthaburi; the employer ended the job and
    # told them to leave the workers' hut tonight. Home Buri Ram. Writes with Thai digits and
    # no spaces. No place tonight -> urgent. Eligible: criteria ๑ and ๓.
    "chanthaburi longan couple thai digits": Persona(
        (
            "สวัสดีค่ะ เราสองคนผัวเมียรับจ้างเก็บลำไยอยู่จันทบุรี นายจ้างเลิกจ้างแล้ว"
            "ให้ออกจากเพิงคืนนี้เลยค่ะ ค่าแรงที่ค้างก็ไม่จ่าย ไม่มีค่ารถกลับบุรีรัมย์",
        ),
        {
            "consent": "ยินยอมค่ะ",
            "idle": "ขอกลับบ้านค่ะ",
            "hardship": "ไม่มีเงินค่ะ ค่าแรงไม่ได้ ที่พักก็ต้องออกคืนนี้",
            "id_card": "มีบัตรประชาชนทั้ง๒คนค่ะ",
            "nationality": "คนไทยค่ะ",
            "current_province": "จันทบุรีค่ะ อ.ท่าใหม่",
            "home_province": "บุรีรัมย์ค่ะ อ.ลำปลายมาศ",
            "travellers": "๒คนค่ะ",
            "urgent": "ด่วนค่ะ คืนนี้ไม่รู้จะนอนไหน นายจ้างให้ออกวันนี้",
            "special_needs": "ไม่มีค่ะ",
            "needs": "ไม่มีค่ะ",
            "name": "ทองใบค่ะ",
            "phone": "๐๘๗๔๔๒๑๙๖๓",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "จันทบุรี", "home": "บุรีรัมย์", "travellers": 2,
            "urgent": True, "special": [], "referrals": [], "name": "ทองใบ",
            "phone": "0874421963",
        },
    ),

    # A young man pickpocketed at Mo Chit bus terminal on his way home for New Year: wallet,
    # money and ID card gone. His mother got the village head to write a letter certifying
    # him (condition ๒: "กรณีผู้ประสบปัญหาฯ ขาดเอกสารราชการ ให้มีหนังสือรับรองว่ามีสัญชาติไทย
    # และมีถิ่นฐานพื้นที่นั้นจริง"), so he meets the document condition. No money, nowhere to
    # sleep tonight -> urgent. Answers one thing per message.
    "mochit pickpocket card gone one part": Persona(
        ("โดนล้วงกระเป๋าที่หมอชิตครับ",),
        {
            "consent": "ยินยอมครับ",
            "idle": "ขอความช่วยเหลือครับ",
            "hardship": "เงินหายหมดครับ ไม่มีค่ารถกลับบ้าน",
            "id_card": "บัตรหายไปกับกระเป๋าตังครับ",
            "nationality_letter": (
                "มีครับ แม่ไปขอผู้ใหญ่บ้านทำหนังสือรับรองว่าเป็นคนไทย อยู่หมู่บ้านนี้จริง "
                "ถ่ายรูปส่งไลน์มาให้แล้ว"
            ),
            "nationality": "ไทยครับ",
            "current_province": "กรุงเทพครับ",
            "home_province": "ชัยภูมิครับ",
            "travellers": "คนเดียวครับ",
            "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
            "special_needs": "ไม่มีครับ",
            "needs": "ไม่มีครับ",
            "name": "ธนากรครับ",
            "phone": "0829305517",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ", "travellers": 1,
            "urgent": True, "special": [], "referrals": [], "name": "ธนากร",
            "phone": "0829305517",
        },
        one_part=True,
    ),

    # A young woman from Mukdahan lured to Bangkok by a fake Facebook job ad; paid a 3,500-baht
    # "uniform deposit" and was blocked. Under 100 baht left. A friend lets her sleep on the
    # floor until Sunday -> has shelter, not urgent. Eligible on criterion ๓. Clearly wants
    # help finding a job near home -> job_placement ("การแนะนำด้านการหางานทำ แหล่งงาน").
    # Emoji style; fixes her phone number after the request is sent.
    "facebook job scam girl emoji": Persona(
        (
            "สวัสดีค่ะ 🙏😢 หนูโดนหลอกมาทำงานค่ะ",
            "เห็นประกาศในเฟสว่ารับพนักงานแพ็คของ เงินเดือนดีมีที่พัก พอมาถึงกรุงเทพเค้าให้โอน"
            "ค่ามัดจำชุด 3,500 แล้วบล็อคหนูเลย 😭😭 ตอนนี้เหลือเงินไม่ถึงร้อย อยากกลับบ้านมุกดาหารค่ะ",
        ),
        {
            "consent": "ยินยอมค่ะ 🙏",
            "idle": "ขอค่ารถกลับบ้านค่ะ",
            "hardship": "ไม่มีเงินค่ารถกลับค่ะ ตังหมดเลย 😢",
            "id_card": "มีค่ะ บัตรยังอยู่",
            "nationality": "ไทยค่ะ",
            "current_province": "อยู่กทม.ค่ะ แถวลาดกระบัง",
            "home_province": "มุกดาหารค่ะ",
            "travellers": "หนูคนเดียวค่ะ",
            "urgent": "เพื่อนให้นอนห้องได้ถึงวันอาทิตย์ค่ะ ยังพอมีที่นอน",
            "special_needs": "ไม่มีค่ะ",
            "needs": "อยากหางานทำแถวบ้านค่ะ มีที่ช่วยหางานไหมคะ 🥺",
            "name": "แพรค่ะ",
            "phone": "065-881-2074",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "กรุงเทพมหานคร", "home": "มุกดาหาร", "travellers": 1,
            "urgent": False, "special": [], "referrals": ["job_placement"], "name": "แพร",
            "phone": "0658812047",
        },
        after=("ขอโทษค่ะ เบอร์เมื่อกี้พิมพ์ผิด ที่ถูกคือ 065-881-2047 ค่ะ 🙏",),
    ),

    # A man released this morning from prison in Nakhon Pathom; his little cash does not cover
    # the fare to Surin. The prison gave back his (valid) ID card. Prison history is sensitive
    # data; he consents. No place to sleep tonight -> urgent. Eligible (criterion ๓; Source A
    # also lists "การสงเคราะห์ค่าพาหนะในการเดินทางกลับภูมิลำเนา"). He learned Thai massage inside
    # and clearly wants that work -> thai_massage_training ("ประสานโรงพยาบาล...ในการจ้างงาน
    # ผู้พ้นโทษเป็นผู้นวดแผนไทย").
    "released nakhon pathom massage": Persona(
        (
            "ผมเพิ่งพ้นโทษออกมาจากเรือนจำเมื่อเช้าครับ เงินที่มีติดตัวไม่พอค่ารถกลับสุรินทร์ "
            "ญาติก็ติดต่อไม่ได้ ขอความช่วยเหลือได้ไหมครับ",
        ),
        {
            "consent": "ยินยอมครับ",
            "sensitive_consent": "ยินยอมครับ ไม่ได้ปิดบังอะไร",
            "idle": "ขอค่ารถกลับบ้านครับ",
            "hardship": "มีเงินติดตัวร้อยกว่าบาทครับ ไม่พอค่ารถ ไม่มีที่พักด้วย",
            "id_card": "มีครับ เรือนจำคืนให้ตอนปล่อยตัว ยังไม่หมดอายุ",
            "nationality": "ไทยครับ",
            "current_province": "นครปฐมครับ",
            "home_province": "สุรินทร์ครับ อ.ท่าตูม",
            "travellers": "คนเดียวครับ",
            "urgent": "คืนนี้ยังไม่มีที่นอนครับ",
            "special_needs": "ไม่มีครับ",
            "needs": (
                "ตอนอยู่ข้างในได้เรียนนวดแผนไทยมาครับ อยากทำงานนวด มีที่ไหนรับคนพ้นโทษบ้างไหมครับ"
            ),
            "name": "ผมชื่อเสกครับ",
            "phone": "0954470318",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "นครปฐม", "home": "สุรินทร์", "travellers": 1,
            "urgent": True, "special": [], "referrals": ["thai_massage_training"],
            "name": "เสก", "phone": "0954470318",
        },
    ),

    # A 74-year-old grandmother who came to Bangkok to see her daughter for New Year; the
    # daughter moved and does not answer. Out of money at Bang Sue station, dictating by voice
    # (run-on text, number in words). Home Amnat Charoen. Lifelong ID card. Sleeping at the
    # station -> urgent. Elderly, but she travels alone fine -> special ["elderly"] only.
    # Clearly asks for the money for elders in hardship -> elderly_hardship_grant
    # ("การสงเคราะห์เงินสำหรับผู้สูงอายุที่อยู่ในภาวะยากลำบาก ครั้งละ 2,500 บาท").
    "grandma bang sue voice typing": Persona(
        (
            "สวัสดีจ้ายายชื่อบุญเรือนอายุ 74 แล้วมาหาลูกสาวที่กรุงเทพช่วงปีใหม่แต่ลูกย้ายห้องไปแล้ว"
            "โทรไม่ติดเลยตอนนี้นั่งอยู่สถานีบางซื่อเงินหมดแล้วจ้าอยากกลับบ้านอำนาจเจริญ"
            "หลานที่นั่งข้างๆช่วยกดให้พูดใส่โทรศัพท์",
        ),
        {
            "consent": "ยินยอมจ้า",
            "idle": "ยายอยากกลับบ้านจ้า",
            "hardship": "เงินหมดแล้วจ้าค่ารถกลับบ้านก็ไม่มีลูกก็ติดต่อไม่ได้",
            "id_card": "มีจ้าบัตรประชาชนยายเป็นแบบตลอดชีพพกติดตัวตลอด",
            "nationality": "คนไทยจ้า",
            "current_province": "อยู่กรุงเทพจ้าสถานีรถไฟบางซื่อ",
            "home_province": "อำนาจเจริญจ้าอำเภอหัวตะพาน",
            "travellers": "ยายคนเดียวจ้า",
            "urgent": "ด่วนจ้าเมื่อคืนก็นอนที่สถานีนี่แหละคืนนี้ก็ไม่มีที่ไป",
            "special_needs": "ยายแก่แล้วจ้า74 แต่ยังเดินได้ไม่ได้ป่วยอะไร",
            "travel_alone": "ยายไปเองได้จ้านั่งรถทัวร์ไปกลับมาหลายหนแล้ว",
            "needs": "ได้ยินว่าคนแก่ที่ลำบากมีเงินช่วยเหลืออีกถ้ามียายอยากได้จ้า",
            "name": "บุญเรือนจ้า",
            "phone": "ศูนย์หกหนึ่ง เจ็ดสองศูนย์ เก้าแปดสี่หนึ่งจ้า",
            "confirm": "ถูกต้องจ้า",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "กรุงเทพมหานคร", "home": "อำนาจเจริญ",
            "travellers": 1, "urgent": True, "special": ["elderly"],
            "referrals": ["elderly_hardship_grant"], "name": "บุญเรือน",
            "phone": "0617209841",
        },
    ),

    # A daughter in Khon Kaen writing for her 70-year-old father, laid off from a building site
    # in Chachoengsao; he is forgetful and once took the wrong bus, so he cannot travel alone:
    # "ในกรณีที่ผู้ตกทุกข์ได้ยากไม่อาจเดินทางกลับภูมิลำเนาเดิมได้โดยลำพัง เนื่องจาก อายุ สติปัญญา
    # ... อาจจัดให้เจ้าหน้าที่ร่วมเดินทางไปด้วยก็ได้". Requests may come from another person
    # ("หรือบุคคล/หน่วยงานอื่นที่พบ หรือประสานคำขอ"). He may stay in the camp until the 5th ->
    # not urgent. She gives her own name and phone as the contact.
    "daughter writes for forgetful father": Persona(
        (
            "สวัสดีค่ะ หนูพิมพ์แทนพ่อนะคะ พ่ออายุ 70 ไปทำงานก่อสร้างอยู่ฉะเชิงเทรา ตอนนี้งานเสร็จ "
            "ผู้รับเหมาเลิกจ้างแล้ว ไม่มีเงินค่ารถกลับขอนแก่นค่ะ",
            "หนูเองก็ไม่มีเงินไปรับ พ่อหลงๆลืมๆ ให้ขึ้นรถเองไม่ไหวค่ะ",
        ),
        {
            "consent": "หนูยินยอมค่ะ คุยกับพ่อแล้ว พ่อก็โอเค",
            "sensitive_consent": "ยินยอมค่ะ",
            "idle": "ขอความช่วยเหลือให้พ่อกลับบ้านค่ะ",
            "hardship": "พ่อไม่มีเงินเลยค่ะ งานหมด ค่าแรงงวดสุดท้ายก็ใช้หมดแล้ว",
            "id_card": "พ่อมีบัตรประชาชนค่ะ อยู่กับตัวพ่อ",
            "nationality": "ไทยค่ะ",
            "current_province": "ฉะเชิงเทราค่ะ แคมป์คนงานแถวบางปะกง",
            "home_province": "ขอนแก่นค่ะ อ.ชุมแพ",
            "travellers": "พ่อคนเดียวค่ะ",
            "urgent": "ยังไม่ด่วนมากค่ะ หัวหน้าคนงานให้พ่อพักแคมป์ได้ถึงวันที่ 5",
            "special_needs": "พ่ออายุ 70 ค่ะ หลงๆลืมๆ เคยขึ้นรถผิดคันมาแล้ว",
            "travel_alone": "ไม่ได้ค่ะ ต้องมีคนพาไป",
            "needs": "ไม่มีค่ะ ขอให้พ่อได้กลับบ้านก่อน",
            "name": "ติดต่อหนูนะคะ ชื่อปิยะนุชค่ะ เป็นลูกสาว",
            "phone": "084-339-0172",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "ฉะเชิงเทรา", "home": "ขอนแก่น", "travellers": 1,
            "urgent": False, "special": ["cannot_travel_alone", "elderly"], "referrals": [],
            "name": "ปิยะนุช", "phone": "0843390172",
        },
    ),

    # A husband in Hat Yai whose family of four (wife 6 months pregnant, children aged 3 and 8)
    # lost their room in the flood; they are now at the evacuation centre in a school, so they
    # have a roof -> not urgent. Home Roi Et. Everything in one long message.
    "hatyai flood family at shelter": Persona(
        (
            "สวัสดีครับ ผมชื่อวีระพงษ์ ครอบครัวผมมี 4 คน ผม ภรรยาท้อง 6 เดือน ลูกสองคน 3 ขวบกับ 8 ขวบ "
            "ทำงานรับจ้างอยู่หาดใหญ่ น้ำท่วมห้องเช่าพังหมด ตอนนี้อยู่ศูนย์อพยพที่โรงเรียน งานก็ไม่มี "
            "อยากพาครอบครัวกลับบ้านที่ร้อยเอ็ดครับ แต่ไม่มีเงินค่ารถ บัตรประชาชนผมกับภรรยามีครับ "
            "เบอร์ 0916624085",
        ),
        {
            "consent": "ยินยอมครับ",
            "idle": "ขอค่ารถกลับบ้านครับ",
            "hardship": "ไม่มีรายได้ครับ ห้องพัง ของเสียหายหมด ค่ารถ 4 คนไม่มี",
            "id_card": "มีครับ ผมกับภรรยา ลูกยังไม่มี",
            "nationality": "ไทยครับ",
            "current_province": "สงขลาครับ หาดใหญ่",
            "home_province": "ร้อยเอ็ดครับ อ.เสลภูมิ",
            "travellers": "4 คนครับ",
            "urgent": "ตอนนี้พักศูนย์อพยพได้อยู่ครับ ยังมีที่นอน แต่อยู่ยาวไม่ได้",
            "special_needs": "ภรรยาท้อง 6 เดือนครับ กับเด็กเล็กสองคน",
            "needs": "ไม่มีครับ",
            "name": "วีระพงษ์ครับ",
            "phone": "0916624085",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "สงขลา", "home": "ร้อยเอ็ด", "travellers": 4,
            "urgent": False, "special": ["child", "pregnant"], "referrals": [],
            "name": "วีระพงษ์", "phone": "0916624085",
        },
    ),

    # A shop worker at the Mae Sai border market; the flood buried the shop in mud and the job
    # is gone. Home Kalasin. Sleeping at a temple that takes flood victims -> shelter, not
    # urgent. Eligible (criteria ๒, ๓; "ประสบภัยพิบัติ"). Answers one thing per message.
    "mae sai mud shop worker one part": Persona(
        ("สวัสดีครับ", "อยากขอความช่วยเหลือค่ารถกลับบ้าน"),
        {
            "consent": "ยินยอม",
            "idle": "ขอค่ารถกลับบ้านครับ",
            "hardship": "ร้านที่ทำงานโดนโคลนถล่ม ตกงานครับ เงินไม่มี",
            "id_card": "มีครับ",
            "nationality": "ไทย",
            "current_province": "แม่สาย เชียงรายครับ",
            "home_province": "กาฬสินธุ์",
            "travellers": "1",
            "urgent": "ไม่ด่วนครับ นอนวัดได้ วัดเปิดให้คนน้ำท่วมนอน",
            "special_needs": "ไม่มี",
            "needs": "ไม่มีครับ",
            "name": "อนุชา",
            "phone": "0807715320",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "เชียงราย", "home": "กาฬสินธุ์", "travellers": 1,
            "urgent": False, "special": [], "referrals": [], "name": "อนุชา",
            "phone": "0807715320",
        },
        one_part=True,
    ),

    # A young woman from Nan laid off when her factory in Samut Prakan closed; writes in the
    # northern dialect. Her room runs to the day after tomorrow -> a place tonight, not urgent.
    # Eligible on criteria ๒ (no income) and ๓ (no fare).
    "nan girl samut prakan kham mueang": Persona(
        (
            "สวัสดีเจ้า โรงงานปิดแล้วเจ้า ข้าเจ้าบ่มีงานยะ บ่มีเงินปิ๊กบ้านน่าน "
            "จะขอความช่วยเหลือได้ก่อเจ้า",
        ),
        {
            "consent": "ยินยอมเจ้า",
            "idle": "อยากปิ๊กบ้านเจ้า ขอค่ารถ",
            "hardship": "บ่มีงาน บ่มีเงินเจ้า ค่ารถปิ๊กบ้านก็บ่มี ตุ๊กขนาดเลย",
            "id_card": "มีบัตรประชาชนเจ้า",
            "nationality": "คนไทยเจ้า",
            "current_province": "สมุทรปราการเจ้า บางพลี",
            "home_province": "น่านเจ้า อำเภอปัว",
            "travellers": "ข้าเจ้าคนเดียวเจ้า",
            "urgent": "ห้องหมดสัญญามะรืนนี้เจ้า คืนนี้ยังนอนห้องได้อยู่",
            "special_needs": "บ่มีเจ้า",
            "needs": "บ่มีเจ้า ขอปิ๊กบ้านก่อน",
            "name": "แสงเดือนเจ้า",
            "phone": "0623358190",
            "confirm": "ถูกต้องเจ้า ขอบคุณหลายเจ้า",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "สมุทรปราการ", "home": "น่าน", "travellers": 1,
            "urgent": False, "special": [], "referrals": [], "name": "แสงเดือน",
            "phone": "0623358190",
        },
    ),

    # A hotel worker from Phatthalung laid off in Pattaya after the season; his bag was
    # snatched, he has no money and sleeps on the beach; writes with southern words. ID card
    # was in his trouser pocket. No place tonight -> urgent. Eligible (criteria ๑, ๓).
    "pattaya hotel southern man beach": Persona(
        (
            "หวัดดีครับ ฉานเป็นคนพัทลุง มาทำงานโรงแรมที่พัทยา โรงแรมเลิกจ้างหนิ "
            "แล้วยังโดนกระชากกระเป๋าอีก ตังเหม็ดแล้ว ไม่รู้จะทำพรือ อยากกลับบ้านครับ",
        ),
        {
            "consent": "ยินยอมครับ",
            "idle": "ขอกลับบ้านครับ",
            "hardship": "ตังเหม็ดเลยครับ ไม่มีสักบาท ค่ารถกลับพัทลุงไม่มี ห้องก็ไม่มี",
            "id_card": "บัตรประชาชนยังอยู่ครับ ใส่กระเป๋ากางเกงไว้ โจรเอาไปแต่กระเป๋าเป้",
            "nationality": "ไทยครับ",
            "current_province": "พัทยา ชลบุรีครับ",
            "home_province": "พัทลุงครับ อำเภอควนขนุน",
            "travellers": "คนเดียวครับ",
            "urgent": "ด่วนครับ นอนริมหาดมาสองคืนแล้วหนิ คืนนี้ก็ไม่มีที่นอน",
            "special_needs": "ไม่มีครับ",
            "needs": "ไม่มีครับ",
            "name": "วิทยาครับ",
            "phone": "089 412 6658",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "ชลบุรี", "home": "พัทลุง", "travellers": 1,
            "urgent": True, "special": [], "referrals": [], "name": "วิทยา",
            "phone": "0894126658",
        },
    ),

    # A cane cutter from Yasothon laid off when the sugarcane harvest job in Kanchanaburi ended
    # early; travelling with his wife and his 75-year-old mother who is still strong and walks
    # by herself. The employer lets them stay in the shed 2-3 more days -> not urgent. Isan
    # dialect; one thing per message. Elderly on board -> special ["elderly"].
    "isan cane cutter with old mother one part": Persona(
        ("สวัสดีครับ ขอความช่วยเหลือแน่เด้อ",),
        {
            "consent": "ยินยอมครับ",
            "idle": "ขอค่ารถกลับบ้านครับ",
            "hardship": "นายจ้างเลิกจ้างแล้ว บ่มีเงินกลับบ้านครับ",
            "id_card": "มีครับ มีทุกคน",
            "nationality": "ไทยครับ",
            "current_province": "กาญจนบุรีครับ",
            "home_province": "ยโสธรครับ",
            "travellers": "3 คนครับ ข้อย เมีย แม่",
            "urgent": "ยังบ่ด่วนครับ นายจ้างให้อยู่เพิงได้อีกสองสามมื้อ",
            "special_needs": "แม่อายุ 75 ครับ",
            "travel_alone": "แม่ยังแข็งแรงอยู่ครับ ย่างเองได้ ไปนำกันได้",
            "needs": "บ่มีครับ",
            "name": "สุริยาครับ",
            "phone": "0857792043",
            "confirm": "แม่นแล้วครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "กาญจนบุรี", "home": "ยโสธร", "travellers": 3,
            "urgent": False, "special": ["elderly"], "referrals": [], "name": "สุริยา",
            "phone": "0857792043",
        },
        one_part=True,
    ),

    # A wheelchair user laid off from an electronics factory in Pathum Thani; wants to go home
    # to Phetchabun. Travels alone routinely, only needs a vehicle he can board -> special
    # ["disabled"] (the rates allow "ค่าจ้างเหมายานพาหนะ" for "พิการหรือทุพพลภาพ"). Still has
    # his room this week -> not urgent. Never registered as disabled and clearly wants the
    # allowance -> disability_allowance ("เบี้ยคนพิการ เดือนละ 800 บาท ซึ่งต้องดำเนินการขึ้น
    # ทะเบียนคนพิการแล้ว").
    "pathum thani wheelchair worker": Persona(
        (
            "เรียนเจ้าหน้าที่ ผมเป็นคนพิการนั่งรถเข็น ถูกเลิกจ้างจากโรงงานอิเล็กทรอนิกส์ที่ปทุมธานี "
            "ต้องการขอความช่วยเหลือค่าเดินทางกลับภูมิลำเนาที่เพชรบูรณ์ครับ",
        ),
        {
            "consent": "ยินยอมครับ",
            "sensitive_consent": "ยินยอมครับ",
            "idle": "ขอความช่วยเหลือค่าเดินทางกลับบ้านครับ",
            "hardship": "ไม่มีรายได้แล้วครับ เงินเหลือไม่พอค่ารถ",
            "id_card": "มีบัตรประชาชนครับ",
            "nationality": "สัญชาติไทยครับ",
            "current_province": "ปทุมธานี อำเภอคลองหลวงครับ",
            "home_province": "เพชรบูรณ์ อำเภอหล่มสักครับ",
            "travellers": "คนเดียวครับ",
            "urgent": "ไม่เร่งด่วนครับ ห้องพักยังอยู่ได้ถึงสิ้นสัปดาห์",
            "special_needs": "ผมนั่งรถเข็นครับ ขาทั้งสองข้างใช้ไม่ได้",
            "travel_alone": "เดินทางคนเดียวได้ครับ ชินแล้ว ขอแค่รถที่เอารถเข็นขึ้นได้",
            "needs": "ผมยังไม่เคยขึ้นทะเบียนคนพิการเลยครับ อยากได้เบี้ยคนพิการด้วย",
            "name": "ประเสริฐครับ",
            "phone": "0968850213",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "ปทุมธานี", "home": "เพชรบูรณ์", "travellers": 1,
            "urgent": False, "special": ["disabled"], "referrals": ["disability_allowance"],
            "name": "ประเสริฐ", "phone": "0968850213",
        },
    ),

    # A young man stuck in flooded Nakhon Si Thammarat, phone battery low, types a few words
    # at a time and one thing per message. Came to work on a construction job that the flood
    # stopped; home Nakhon Sawan. No place tonight -> urgent.
    "nakhon si flood low battery one part": Persona(
        ("ช่วยด้วยครับ", "ไม่มีตังกลับบ้าน"),
        {
            "consent": "ยินยอม",
            "idle": "กลับบ้าน",
            "hardship": "น้ำท่วมงานหยุด ไม่มีตัง",
            "id_card": "มี",
            "nationality": "ไทย",
            "current_province": "นครศรีฯ",
            "home_province": "นครสวรรค์",
            "travellers": "คนเดียว",
            "urgent": "ด่วน ไม่มีที่นอน",
            "special_needs": "ไม่มี",
            "needs": "ไม่มี",
            "name": "ต้น",
            "phone": "0631190447",
            "confirm": "ถูก",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "นครศรีธรรมราช", "home": "นครสวรรค์",
            "travellers": 1, "urgent": True, "special": [], "referrals": [], "name": "ต้น",
            "phone": "0631190447",
        },
        one_part=True,
    ),

    # A young mother in Nonthaburi whose husband left just before New Year; the landlord puts
    # her and her 8-month-old baby out tonight. Home Phitsanulok. Eligible (criterion ๑
    # "ไม่มีที่พักอาศัย-ถูกทอดทิ้ง", ๓). No place tonight -> urgent; baby -> child.
    "nonthaburi abandoned mother baby": Persona(
        (
            "ช่วยด้วยค่ะ 😭 ผัวทิ้งไปตั้งแต่ก่อนปีใหม่ ไม่ส่งเงินเลย ค่าห้องค้างสองเดือน "
            "เจ้าของห้องให้ออกคืนนี้ค่ะ มีลูกอ่อน 8 เดือน ไม่รู้จะพาลูกไปนอนไหน",
            "อยากกลับไปอยู่กับแม่ที่พิษณุโลกค่ะ แต่ไม่มีค่ารถ",
        ),
        {
            "consent": "ยินยอมค่ะ",
            "idle": "ขอกลับบ้านค่ะ ด่วนค่ะ",
            "hardship": "ไม่มีเงินเลยค่ะ ไม่มีที่อยู่ ผัวทิ้ง ต้องเลี้ยงลูกคนเดียว",
            "id_card": "มีค่ะ",
            "nationality": "ไทยค่ะ",
            "current_province": "นนทบุรีค่ะ แถวปากเกร็ด",
            "home_province": "พิษณุโลกค่ะ บ้านแม่อยู่วังทอง",
            "travellers": "สองคนค่ะ หนูกับลูก",
            "urgent": "ด่วนค่ะ คืนนี้ต้องออกจากห้องแล้ว 😢",
            "special_needs": "ลูกอ่อน 8 เดือนค่ะ",
            "needs": "ไม่มีค่ะ ขอแค่ได้กลับบ้าน",
            "name": "กัลยาค่ะ",
            "phone": "081 443 6792",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "นนทบุรี", "home": "พิษณุโลก", "travellers": 2,
            "urgent": True, "special": ["child"], "referrals": [], "name": "กัลยา",
            "phone": "0814436792",
        },
    ),

    # A man laid off from a seafood factory in Samut Sakhon, living with HIV and stable on
    # antiretrovirals; he consents to record health data and clearly asks about aid for people
    # with HIV -> hiv_aid ("การให้การสงเคราะห์ช่วยเหลือผู้ป่วยเอดส์ หรือผู้ติดเชื้อ HIV"). Travels
    # alone fine, so no special needs. Shares a room with a friend -> not urgent. Home Phayao.
    # One thing per message.
    "samut sakhon seafood hiv one part": Persona(
        ("สอบถามครับ",),
        {
            "consent": "ยินยอมครับ",
            "sensitive_consent": "ยินยอมครับ",
            "idle": "อยากขอค่ารถกลับบ้านครับ",
            "hardship": "โรงงานเลิกจ้างครับ ไม่มีเงินกลับบ้าน",
            "id_card": "มีครับ",
            "nationality": "ไทยครับ",
            "current_province": "สมุทรสาครครับ",
            "home_province": "พะเยาครับ",
            "travellers": "คนเดียวครับ",
            "urgent": "ไม่ด่วนครับ อาศัยห้องเพื่อนอยู่",
            "special_needs": "ไม่มีครับ ผมติดเชื้อเอชไอวีแต่กินยาต้านอยู่ แข็งแรงดี เดินทางเองได้",
            "needs": "ผมติดเชื้อเอชไอวีครับ อยากรู้ว่ามีเงินช่วยเหลือผู้ติดเชื้อไหม อยากได้ครับ",
            "name": "ชาตรีครับ",
            "phone": "0927348851",
            "confirm": "ถูกต้องครับ",
        },
        outcome="case",
        expect={
            "eligible": True, "current": "สมุทรสาคร", "home": "พะเยา", "travellers": 1,
            "urgent": False, "special": [], "referrals": ["hiv_aid"], "name": "ชาตรี",
            "phone": "0927348851",
        },
        one_part=True,
    ),

    # REFUSED. A Cambodian orchard worker in Chanthaburi with a pink worker card, laid off,
    # wants to go home to Battambang. The aid is only for Thai nationals: "ผู้ตกทุกข์ได้ยาก
    # หมายความว่า บุคคลผู้มีสัญชาติไทย" and "ภูมิลำเนาเดิม หมายความว่า ภูมิลำเนาในประเทศไทย".
    "cambodian orchard worker pink card": Persona(
        (
            "สวัดดีครับ ผมทำงานสวนที่จันบุรี นายจ้างเลิกจ้าง ไม่มีเงินกลับบ้าน ช่วยได้ไหมครับ",
        ),
        {
            "consent": "ยินยอมครับ",
            "idle": "ขอช่วยกลับบ้านครับ",
            "hardship": "ไม่มีเงินครับ ไม่มีงาน",
            "id_card": "มีบัตรชมพูครับ ไม่มีบัตรประชาชนไทย",
            "nationality": "กัมพูชาครับ ผมคนเขมร",
            "current_province": "จันทบุรีครับ",
            "home_province": "พระตะบองครับ ประเทศกัมพูชา",
            "travellers": "คนเดียวครับ",
            "urgent": "ยังมีที่นอนครับ",
            "special_needs": "ไม่มีครับ",
            "needs": "ไม่มีครับ",
            "name": "สุวรรณครับ",
            "phone": "0649921738",
            "confirm": "ถูกต้องครับ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),

    # REFUSED. An office worker in Bangkok with a salary who wants a free ticket to Chiang Mai
    # for New Year because fares are high. He is not in hardship: none of the criteria (no
    # shelter / no food or income / "ไม่มีค่าพาหนะเดินทางกลับภูมิลำเนาเดิม") applies.
    "bangkok office worker new year free ride": Persona(
        (
            "ปีใหม่นี้ตั๋วรถทัวร์ไปเชียงใหม่แพงมากครับ รัฐมีโครงการส่งกลับบ้านฟรีใช่ไหม ขอใช้สิทธิ์ครับ",
        ),
        {
            "consent": "ยินยอมครับ",
            "idle": "ขอตั๋วกลับบ้านฟรีครับ",
            "hardship": (
                "ก็ไม่ได้ลำบากอะไรครับ ทำงานบริษัทมีเงินเดือน มีเงินค่าตั๋วอยู่ แค่อยากประหยัด"
            ),
            "id_card": "มีครับ",
            "nationality": "ไทยครับ",
            "current_province": "กรุงเทพครับ",
            "home_province": "เชียงใหม่ครับ",
            "travellers": "คนเดียวครับ",
            "urgent": "ไม่ด่วนครับ อยู่คอนโดปกติ",
            "special_needs": "ไม่มีครับ",
            "needs": "ไม่มีครับ",
            "name": "ณัฐวุฒิครับ",
            "phone": "0802217754",
            "confirm": "ถูกต้องครับ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"},
    ),

    # REFUSED. A sister writing for her brother released from prison in Rayong last week; he
    # lost his ID card years before prison, and the village head at home does not know him and
    # will not certify him, so there is neither the card (condition ๑ "แสดงบัตรประจำตัว
    # ประชาชน") nor the letter (condition ๒ "ให้มีหนังสือรับรองว่ามีสัญชาติไทย และมีถิ่นฐาน
    # พื้นที่นั้นจริง"). The documents condition is not met.
    "sister for released brother no papers": Persona(
        (
            "สวัสดีค่ะ พิมพ์แทนน้องชายค่ะ น้องเพิ่งพ้นโทษออกจากเรือนจำระยองเมื่ออาทิตย์ก่อน "
            "ไม่มีเงินกลับบ้านที่ลพบุรี ตอนนี้นอนศาลาวัดอยู่ค่ะ",
        ),
        {
            "consent": "ยินยอมค่ะ",
            "sensitive_consent": "ยินยอมค่ะ",
            "idle": "ขอค่ารถให้น้องกลับบ้านค่ะ",
            "hardship": "น้องไม่มีเงินเลยค่ะ พี่ก็ไม่มีส่งให้",
            "id_card": "ไม่มีค่ะ บัตรหายตั้งแต่ก่อนติดคุก ยังไม่ได้ทำใหม่",
            "nationality_letter": (
                "ไม่มีค่ะ ผู้ใหญ่บ้านคนเก่าเสียไปแล้ว คนใหม่ไม่รู้จักน้อง ไม่ยอมทำหนังสือให้"
            ),
            "nationality": "ไทยค่ะ",
            "current_province": "ระยองค่ะ",
            "home_province": "ลพบุรีค่ะ",
            "travellers": "น้องคนเดียวค่ะ",
            "urgent": "นอนศาลาวัดได้อยู่ค่ะ",
            "special_needs": "ไม่มีค่ะ",
            "needs": "ไม่มีค่ะ",
            "name": "มาลัยค่ะ เป็นพี่สาว",
            "phone": "0873305961",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
    ),

    # REFUSED. A flood evacuee at a Hat Yai shelter who was born and lives in Songkhla and wants
    # a ride to her mother's house in Sadao, also in Songkhla. She is already in her home
    # province: the aid is for returning "กลับภูมิลำเนาเดิม" from elsewhere.
    "hatyai evacuee wants sadao same province": Persona(
        (
            "น้ำท่วมบ้านที่หาดใหญ่ค่ะ ตอนนี้อยู่ศูนย์อพยพ อยากไปอยู่บ้านแม่ที่สะเดา "
            "ขอค่ารถได้ไหมคะ",
        ),
        {
            "consent": "ยินยอมค่ะ",
            "idle": "ขอความช่วยเหลือค่ะ",
            "hardship": "บ้านน้ำท่วม ของเสียหายหมดค่ะ",
            "id_card": "มีค่ะ",
            "nationality": "ไทยค่ะ",
            "current_province": "หาดใหญ่ สงขลาค่ะ",
            "home_province": "ก็สงขลานี่แหละค่ะ เกิดที่หาดใหญ่ บ้านแม่อยู่สะเดา",
            "travellers": "คนเดียวค่ะ",
            "urgent": "อยู่ศูนย์อพยพได้ค่ะ",
            "special_needs": "ไม่มีค่ะ",
            "needs": "ไม่มีค่ะ",
            "name": "ซารีฟะห์ค่ะ",
            "phone": "0818847306",
            "confirm": "ถูกต้องค่ะ",
        },
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"},
    ),

    # ANSWERED. Someone only asking whether help can be requested during the New Year holidays
    # when offices close. The provincial office opens "วันจันทร์ ถึง วันศุกร์ (ยกเว้นวันหยุด
    # ราชการ)", but "โทรสายด่วน ๑๓๐๐ หรือ ระบบ E-service ศูนย์ช่วยเหลือสังคม ๑๓๐๐ ตลอด ๒๔
    # ชั่วโมง".
    "new year holiday question only": Persona(
        (
            "ช่วงหยุดยาวปีใหม่ราชการปิด ถ้ามีคนตกค้างไม่มีค่ารถกลับบ้าน จะติดต่อขอความช่วยเหลือได้ไหมคะ",
        ),
        {
            "consent": "ไม่เป็นไรค่ะ แค่ถามไว้ก่อน",
            "idle": "แค่สอบถามค่ะ ขอบคุณค่ะ",
            "hardship": "ยังไม่ได้เดือดร้อนค่ะ ถามไว้เผื่อญาติ",
        },
        outcome="answered",
        answered="โทรสายด่วน 1300 ได้ตลอด 24 ชั่วโมง",
    ),
}
