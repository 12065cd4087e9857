"""Blind persona set dev105 for bench/dialogs.py.

Set: dev105
Date: 2026-12-07
Written from the seeds only.

Focus: people who change what they said. Corrections mid-way (a province typed
wrong and fixed in the next message), contradictions corrected later (first
"alone", then a spouse turns out to be going too; first "three of us", then one
stays), people who misunderstand a question and answer another one, people who
answer yes/no questions with long stories, and people who fix their phone number
or name in free text at the summary.

Counts: 23 personas: 17 outcome="case", 3 outcome="refused", 3 outcome="answered";
4 of them one_part=True.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Northern man, stranded; types the wrong province first (Phitsanulok) and fixes it
    # in the next message: he is in Phichit. Home Nan, alone, no bed tonight, no food.
    # Right outcome: case, current พิจิตร, home น่าน, 1 traveller, urgent.
    "dev105 types the wrong province then fixes it": Persona(
        ("สวัสดีครับ",
         "ผมติดอยู่พิษณุโลกครับ ตังค์หมดเกลี้ยง ค่ารถกลับบ้านน่านก็บ่มี",
         "เดี๋ยวครับๆ พิมพ์ผิด ไม่ใช่พิษณุโลก ผมอยู่พิจิตรครับ พิจิตร",
         "มีบัตรประชาชนครับ คืนนี้ยังบ่รู้จะนอนตรงไหนเลย"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน แล้วก็ไม่มีที่นอนครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "พิจิตรครับ (ไม่ใช่พิษณุโลกนะครับ)",
         "home_province": "น่านครับ", "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ ข้าวก็ยังบ่ได้กินตั้งแต่เช้า",
         "name": "จักรพันธ์ 081-903-4412", "phone": "081-903-4412",
         "needs": "ไม่มีครับ ขอกลับบ้านอย่างเดียว", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "พิจิตร", "home": "น่าน", "travellers": 1,
                "urgent": True, "special": [], "name": "จักรพันธ์",
                "phone": "0819034412", "no_referrals": HEALTH}),

    # Laid-off construction worker in Bang Phli. Says he goes alone, then, when asked
    # about special needs, remembers his wife goes too and is 7 months pregnant.
    # He still has the workers' room till month end and has eaten today.
    # Right outcome: case, 2 travellers, special pregnant, not urgent.
    "dev105 alone first then the pregnant wife comes too": Persona(
        ("ขอความช่วยเหลือครับ",
         "ผมโดนเลิกจ้างจากไซต์งานแถวบางพลี เงินเดือนงวดสุดท้ายก็ไม่ได้ ไม่มีค่ารถกลับกาฬสินธุ์ครับ",
         "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "สมุทรปราการครับ อยู่บางพลี",
         "home_province": "กาฬสินธุ์ครับ",
         "travellers": ("คนเดียวครับ", "2 คนครับ ผมกับเมีย"),
         "special_needs": "อ้อ ลืมบอกครับ เมียผมไปด้วย เขาท้องได้ 7 เดือนแล้ว "
                          "รวมเป็นสองคนนะครับ ไม่ใช่คนเดียว",
         "more_care": "ไม่มีแล้วครับ มีแค่เมียที่ท้อง",
         "travel_alone": "ไปกันเองได้ครับ เมียยังเดินไหวอยู่",
         "urgent": "ยังมีที่นอนครับ นายจ้างให้อยู่ห้องพักคนงานได้ถึงสิ้นเดือน ข้าววันนี้ก็ยังมีกิน",
         "name": "ประเสริฐ 0928815076", "phone": "0928815076",
         "needs": "ไม่มีครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "กาฬสินธุ์",
                "travellers": 2, "urgent": False, "special": ["pregnant"],
                "name": "ประเสริฐ", "phone": "0928815076"}),

    # Young mother at Don Mueang; answers one thing per message. Says three are going
    # (herself, her 68-year-old mother, her 4-year-old son), then her mother decides to
    # stay with an aunt in Bangkok: only she and the boy go. They sleep at the aunt's.
    # Right outcome: case, 2 travellers, special child only (the elderly mother stays).
    "dev105 three going then mother stays, one thing at a time": Persona(
        ("สวัสดีค่ะ", "อยากขอค่ารถกลับบ้านค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ดอนเมืองค่ะ กรุงเทพ", "home_province": "ลำปางค่ะ",
         "travellers": ("สามคนค่ะ ฉัน แม่ แล้วก็ลูกชายสี่ขวบ",
                        "สองคนค่ะ ฉันกับลูก แม่ไม่ไปแล้ว"),
         "special_needs": "แม่อายุ 68 ค่ะ... เอ้อ เดี๋ยวนะคะ แม่เพิ่งบอกว่าไม่กลับแล้ว "
                          "จะอยู่กับน้าที่นี่ต่อ งั้นไปแค่สองคนค่ะ ฉันกับลูกสี่ขวบ",
         "more_care": "ไม่มีแล้วค่ะ", "travel_alone": "ได้ค่ะ",
         "urgent": "มีที่นอนค่ะ นอนบ้านน้า ข้าวก็มี",
         "name": "ศิริพร", "phone": "๐๘๙-๕๕๒-๑๗๓๔",
         "needs": "ไม่มีค่ะ", "confirm": "ถูกต้องค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง",
                "travellers": 2, "urgent": False, "special": ["child"],
                "name": "ศิริพร", "phone": "0895521734", "no_referrals": HEALTH}),

    # Southern masseuse in Phuket, shop closed, home Nakhon Si Thammarat ("นครศรีฯ").
    # Has a room tonight but nothing to eat today. At the summary she fixes her phone:
    # the last two digits were swapped. Right outcome: case, urgent (no food today),
    # phone 0864412093.
    "dev105 fixes swapped phone digits at the summary": Persona(
        ("ฮัลโหล",
         "ฉานอยู่ภูเก็ตค่ะ ร้านนวดปิด ไม่มีตังค์กลับบ้านนครศรีฯ",
         "มีบัตรค่ะ ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ แล้วก็ไม่มีข้าวกินค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ภูเก็ตค่ะ", "home_province": "นครศรีธรรมราชค่ะ",
         "travellers": "ไปคนเดียวค่ะ", "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "คืนนี้ยังมีห้องนอนค่ะ แต่ข้าววันนี้ไม่มีกินแล้ว ตังค์หมดจริงๆ หิดเลย",
         "name": "ยุพิน 0864412039", "phone": "0864412039",
         "needs": "ไม่มีค่ะ",
         "confirm": ("เบอร์ผิดค่ะ สองตัวท้ายต้องเป็น 93 ไม่ใช่ 39 ที่ถูกคือ 0864412093 ค่ะ",
                     "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "name": "ยุพิน",
                "phone": "0864412093", "no_referrals": HEALTH}),

    # Worker in Rayong, everything in one unspaced message; no bed tonight. At the
    # summary he corrects the spelling of his own name (typed it fast the first time).
    # Right outcome: case, name ธีระพงศ์, urgent.
    "dev105 corrects the spelling of his name at the summary": Persona(
        ("ผมอยู่ระยองไม่มีค่ารถกลับสุรินทร์ครับมีบัตรประชาชนครับ", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ", "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "ระยองครับ", "home_province": "สุรินทร์ครับ",
         "travellers": "1คนครับ", "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "ไม่มีที่นอนครับ คืนนี้คงต้องนอนปั๊ม",
         "name": "ธีรพงษ์ 0973308861", "phone": "0973308861", "needs": "ไม่มีครับ",
         "confirm": ("ชื่อผิดนิดนึงครับ ที่ถูกคือ ธีระพงศ์ มีสระอะหลัง ร ลงท้าย ศ ศาลา ครับ",
                     "ถูกต้องครับ")},
        expect={"eligible": True, "current": "ระยอง", "home": "สุรินทร์", "travellers": 1,
                "urgent": True, "special": [], "name": "ธีระพงศ์", "phone": "0973308861",
                "no_referrals": HEALTH}),

    # Woman of 62 who came to Bangkok to find her daughter and lost contact. Asked for
    # her home province she first tells where she sleeps now (a temple in Bang Na, where
    # she also gets food), then understands: home is Chaiyaphum.
    # Right outcome: case, current กรุงเทพมหานคร, home ชัยภูมิ, special elderly, not urgent.
    "dev105 answers where she sleeps when asked for home": Persona(
        ("สวัสดีจ้ะ",
         "ป้ามาหาลูกสาวที่กรุงเทพ ลูกย้ายงานไปแล้วโทรไม่ติดเลย เงินหมด ไม่มีค่ารถกลับ",
         "ป้ามีบัตรประชาชนจ้ะ"),
        {"consent": "ยินยอมจ้ะ", "idle": "ป้าอยากกลับบ้านจ้ะ ขอค่ารถ",
         "hardship": "ไม่มีค่ารถกลับบ้านจ้ะ", "id_card": "มีจ้ะ", "nationality": "ไทยจ้ะ",
         "current_province": "กรุงเทพจ้ะ",
         "home_province": ("ตอนนี้ป้านอนวัดแถวบางนาจ้ะ หลวงพี่ให้อาศัย มีข้าวก้นบาตรให้กิน",
                           "อ๋อ ถามบ้านเกิดเหรอ ชัยภูมิจ้ะ อำเภอภูเขียว"),
         "travellers": "ป้าคนเดียวจ้ะ",
         "special_needs": "ป้าอายุหกสิบสองแล้วจ้ะ นอกนั้นแข็งแรงดี",
         "more_care": "ไม่มีจ้ะ",
         "travel_alone": "ไปเองได้จ้ะ ขึ้นรถทัวร์เป็น",
         "urgent": "มีที่นอนที่วัดจ้ะ ข้าววันนี้ก็ได้กินแล้ว",
         "name": "ป้าบุญเรือน 063-114-7852", "phone": "0631147852",
         "needs": "ไม่มีจ้ะ", "confirm": "ถูกต้องจ้ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "name": "บุญเรือน", "phone": "0631147852", "no_referrals": HEALTH}),

    # Isan cane cutter of 58 in Kanchanaburi who answers every yes/no with a story
    # (the card that broke, his grandparents' village). Not elderly, healthy. Can sleep
    # in the boss's field hut but has eaten nothing today.
    # Right outcome: case, home อุดรธานี, urgent (no food today), special none.
    "dev105 answers every yes or no with a story": Persona(
        ("สบายดีบ่ลูกหลาน",
         "ลุงมาตัดอ้อยอยู่กาญจนบุรี เถ้าแก่บ่จ่ายเงินงวดสุดท้าย อยากกลับบ้านอุดรแต่ค่ารถบ่มี"),
        {"consent": "ยินยอมอยู่ลูก บันทึกได้เลย",
         "idle": "ลุงอยากได้ค่ารถกลับบ้านลูก",
         "hardship": "ค่ารถบ่มีลูก เงินหมดตั้งแต่วานซืน ข้าวก็บ่ได้กิน",
         "id_card": "มีอยู่ลูก คือว่าบัตรใบเก่ามันหักตอนลุงตกจากรถอ้อย ลุงเลยไปทำใหม่ที่อำเภอ"
                    "เมื่อปีกลาย ตอนนี้ใส่ถุงพลาสติกไว้ในกระเป๋าเสื้อนี่ มีอยู่",
         "nationality": "คนไทยแท้ๆ ลูก พ่อแม่ปู่ย่าก็อยู่บ้านนาข่านี่แหละ เกิดที่อุดร โตที่อุดร",
         "current_province": "กาญจนบุรีลูก ไร่อ้อยแถวท่าม่วง",
         "home_province": "อุดรธานีลูก บ้านนาข่า",
         "travellers": "ลุงคนเดียวลูก เมียอยู่บ้านอยู่แล้ว",
         "special_needs": "บ่มีลูก ลุงอายุห้าสิบแปด ยังแข็งแรง ตัดอ้อยได้วันละหลายมัด",
         "more_care": "บ่มีลูก",
         "travel_alone": "ไปได้ลูก ลุงนั่งรถทัวร์มาหลายเทื่อแล้ว ตาก็ยังดี ขาก็ยังดี ไปเองได้",
         "urgent": "นอนเถียงนาของเถ้าแก่ได้อยู่ แต่ข้าวมื้อนี้ยังบ่ได้กินเลย มื้อเช้าก็บ่ได้กิน",
         "name": "ลุงสมพร 0857720419", "phone": "0857720419",
         "needs": "บ่มีดอกลูก อยากกลับบ้านอย่างเดียว",
         "confirm": "ถูกแล้วลูก ขอบใจหลายๆ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "อุดรธานี",
                "travellers": 1, "urgent": True, "special": [], "name": "สมพร",
                "phone": "0857720419", "no_referrals": HEALTH}),

    # Student-age woman in Chiang Mai, evicted from her dorm today; answers one thing per
    # message. Types an old number first and replaces it in the same message.
    # Right outcome: case, home เพชรบูรณ์, urgent, phone 0956671208.
    "dev105 replaces an old number in the same message, one thing at a time": Persona(
        ("ขอความช่วยเหลือหน่อยค่ะ", "[sticker]"),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้านค่ะ ไม่มีเงิน",
         "hardship": "ไม่มีค่ารถกลับค่ะ", "id_card": "มีค่ะ", "nationality": "ไทย",
         "current_province": "เชียงใหม่", "home_province": "เพชรบูรณ์ค่ะ",
         "travellers": "คนเดียว", "special_needs": "ไม่มี", "more_care": "ไม่มี",
         "travel_alone": "ได้",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ หอไล่ออกเพราะค้างค่าห้อง",
         "name": "กมลชนก",
         "phone": "0812223344 อ๊ะ ไม่ใช่ค่ะ นั่นเบอร์เก่า ซิมหายไปแล้ว ใช้ 0956671208 นะคะ",
         "needs": "ไม่มีค่ะ", "confirm": "ถูกต้อง"},
        one_part=True,
        expect={"eligible": True, "current": "เชียงใหม่", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": True, "special": [], "name": "กมลชนก",
                "phone": "0956671208", "no_referrals": HEALTH}),

    # Man in Nonthaburi who first says home is Ubon, then corrects himself: the Ubon house
    # was sold, his parents moved to Amnat Charoen and he goes back to them there.
    # Sleeps and eats at a friend's. Right outcome: case, home อำนาจเจริญ, not urgent.
    "dev105 home province changes to where the parents moved": Persona(
        ("สวัสดีครับ ผมชื่อวีระ",
         "ผมอยู่นนทบุรี จะกลับบ้านที่อุบลครับ แต่เงินไม่พอค่ารถ",
         "เอ่อ ขอแก้ครับ บ้านที่อุบลขายไปแล้ว พ่อแม่ย้ายไปอยู่อำนาจเจริญ "
         "ผมจะกลับไปอยู่กับพ่อแม่ที่อำนาจเจริญครับ ไม่ใช่อุบล"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ", "id_card": "มีครับ",
         "nationality": "ไทยครับ", "current_province": "นนทบุรีครับ",
         "home_province": "อำนาจเจริญครับ ที่พ่อแม่อยู่ตอนนี้",
         "travellers": "1 คนครับ", "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "มีที่นอนครับ นอนห้องเพื่อน ข้าวเพื่อนก็เลี้ยงอยู่",
         "name": "วีระ 0614438290", "phone": "0614438290", "needs": "ไม่มีครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "อำนาจเจริญ",
                "travellers": 1, "urgent": False, "special": [], "name": "วีระ",
                "phone": "0614438290", "no_referrals": HEALTH}),

    # Southern woman in Surat Thani, one thing per message. Says she has a room and food;
    # at the summary she says that changed: the landlord has just thrown her out and she
    # has nowhere to sleep tonight. Right outcome: case, home ตรัง, urgent.
    "dev105 evicted after saying she had a room, fixes it at the summary": Persona(
        ("สวัสดีค่ะ", "อยากกลับบ้านที่ตรังค่ะ", "ตอนนี้อยู่สุราษฎร์"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ม่ายมีตังค์ค่ารถค่ะ", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "สุราษฎร์ธานีค่ะ", "home_province": "ตรังค่ะ",
         "travellers": "คนเดียวค่ะ", "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ", "urgent": "มีที่พักค่ะ ข้าวก็ยังมีกิน",
         "name": "อรุณี", "phone": "0887765123", "needs": "ไม่มีค่ะ",
         "confirm": ("ไม่ถูกค่ะ ตรงที่บอกว่ามีที่พัก ตอนนี้ไม่มีแล้ว เจ้าของห้องเพิ่งไล่ออก"
                     "เมื่อกี้ ของวางอยู่หน้าห้อง คืนนี้ไม่มีที่นอนเลยค่ะ",
                     "ถูกต้องค่ะ")},
        one_part=True,
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ตรัง",
                "travellers": 1, "urgent": True, "special": [], "name": "อรุณี",
                "phone": "0887765123", "no_referrals": HEALTH}),

    # Man released from prison yesterday in Ratchaburi, card returned to him, slept at
    # the station. Asks for a job, then corrects himself: he wants to finish the Thai
    # massage training he began inside. Right outcome: case, urgent, referral
    # thai_massage_training, nothing about health.
    "dev105 released prisoner changes what help he wants": Persona(
        ("ผมเพิ่งออกจากเรือนจำเมื่อวานครับ",
         "ไม่มีเงินกลับบ้านลำพูน ตอนนี้ยังอยู่ราชบุรี",
         "มีบัตรประชาชนครับ ทางเรือนจำคืนให้แล้ว"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ", "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "ราชบุรีครับ", "home_province": "ลำพูนครับ",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ", "travel_alone": "ได้ครับ",
         "urgent": "เมื่อคืนนอนสถานีรถไฟครับ คืนนี้ก็ยังไม่มีที่นอน",
         "name": "ณัฐวุฒิ 0934401187", "phone": "0934401187",
         "needs": "อยากได้งานครับ เอ่อ ไม่ใช่ครับ ขอแก้ ตอนอยู่ข้างในผมเรียนนวดแผนไทยไปครึ่งทาง "
                  "อยากฝึกนวดแผนไทยต่อให้จบ แล้วค่อยไปทำงานนวดครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ลำพูน", "travellers": 1,
                "urgent": True, "special": [], "name": "ณัฐวุฒิ", "phone": "0934401187",
                "referrals": ["thai_massage_training"], "no_referrals": HEALTH}),

    # Woman from Maha Sarakham working in Pattaya. Asked for consent she answers where
    # she is; asked where she is now she gives her home, then catches herself. Asked if
    # she can travel alone she first says she goes with her daughter, then answers: yes.
    # Right outcome: case, current ชลบุรี, home มหาสารคาม, 2 travellers, child, not urgent.
    "dev105 keeps answering the question before": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือค่ะ",),
        {"consent": ("ตอนนี้อยู่พัทยาค่ะ", "อ๋อ ให้กดยินยอมหรอคะ ยินยอมค่ะ"),
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ร้านที่ทำงานปิดไปแล้ว",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "มหาสารคามค่ะ อ้าว ไม่ใช่ค่ะ ถามว่าตอนนี้อยู่ไหนใช่ไหม "
                             "ตอนนี้อยู่พัทยา ชลบุรีค่ะ มหาสารคามคือบ้าน",
         "home_province": "มหาสารคามค่ะ",
         "travellers": "2 คนค่ะ ฉันกับลูกสาว",
         "special_needs": "ลูกสาว 2 ขวบค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไม่ได้ไปคนเดียวค่ะ ไปกับลูก... อ๋อ ถามว่าเดินทางเองไหวไหม "
                         "ไหวค่ะ ไม่ต้องมีคนพา",
         "urgent": "ยังมีห้องค่ะ ข้าวมีพอถึงพรุ่งนี้",
         "name": "น้ำฝน 082-991-4476", "phone": "0829914476", "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "มหาสารคาม",
                "travellers": 2, "urgent": False, "special": ["child"],
                "name": "น้ำฝน", "phone": "0829914476", "no_referrals": HEALTH}),

    # Southern Muslim man in Hat Yai whose right leg was amputated after a motorbike
    # accident last year. Says he can travel alone, then admits he cannot get on and off
    # the bus by himself. Sleeps and eats at the mosque. Asks to register as disabled
    # for the allowance. Right outcome: case, home พัทลุง, special disabled and
    # cannot_travel_alone, referral disability_allowance.
    "dev105 says he can travel alone then takes it back": Persona(
        ("สวัสดีครับ",
         "ผมขาขาดข้างนึงจากอุบัติเหตุมอไซค์ตั้งแต่ปีที่แล้วครับ ตอนนี้อยู่หาดใหญ่ "
         "ไม่มีค่ารถกลับบ้านพัทลุง",
         "มีบัตรครับ ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "สงขลาครับ หาดใหญ่", "home_province": "พัทลุงครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ผมพิการขาครับ ขาขวาขาดใต้เข่า ใช้ไม้ค้ำยัน",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ... เอ่อ ไม่ได้หรอกครับ พูดตามจริง ขึ้นลงรถทัวร์เองไม่ไหว "
                         "ไม้ค้ำยังใช้ไม่คล่อง ต้องมีคนช่วยพาไปครับ",
         "urgent": "นอนที่มัสยิดได้ครับ โต๊ะอิหม่ามให้นอน มีข้าวให้กิน",
         "name": "อับดุลเลาะ 0874453390", "phone": "0874453390",
         "needs": "อยากขึ้นทะเบียนคนพิการครับ จะได้รับเบี้ยคนพิการ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "พัทลุง", "travellers": 1,
                "urgent": False, "special": ["disabled", "cannot_travel_alone"],
                "name": "อับดุลเลาะ", "phone": "0874453390",
                "referrals": ["disability_allowance"]}),

    # Grandmother of 72 in Chachoengsao with her 5-year-old grandson; answers one thing
    # per message. Gives Nakhon Phanom as home, then corrects: that is her son-in-law's
    # house, hers is Sakon Nakhon. Has never received the old-age allowance and wants it.
    # Right outcome: case, home สกลนคร, 2 travellers, elderly and child, referral
    # elderly_allowance.
    "dev105 grandmother names the son-in-law's province first": Persona(
        ("สวัสดีจ้า", "[sticker]", "ยายอยากกลับบ้านแต่บ่มีเงินจ้า"),
        {"consent": "ยินยอมจ้า", "idle": "อยากกลับบ้านจ้า บ่มีค่ารถ",
         "hardship": "บ่มีค่ารถจ้า", "id_card": "มีจ้า", "nationality": "ไทยจ้า",
         "current_province": "ฉะเชิงเทราจ้า",
         "home_province": "นครพนม เอ้ย บ่แม่น สกลนครจ้า นครพนมนั่นบ้านลูกเขย บ้านยายอยู่สกลนคร",
         "travellers": "สองคนจ้า ยายกับหลาน",
         "special_needs": "ยายอายุ 72 แล้ว หลานอายุ 5 ขวบจ้า",
         "more_care": "บ่มีแล้วจ้า", "travel_alone": "ไปได้จ้า",
         "urgent": "มีที่นอนจ้า นอนบ้านนายจ้างเก่า ข้าวก็มี",
         "name": "ยายทองใบ", "phone": "๐๘๖๗๗๑๒๓๐๕",
         "needs": "เบี้ยคนแก่ยายยังบ่เคยได้เลยจ้า อยากได้เบี้ยยังชีพผู้สูงอายุ",
         "confirm": "ถูกแล้วจ้า"},
        one_part=True,
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "สกลนคร",
                "travellers": 2, "urgent": False, "special": ["elderly", "child"],
                "name": "ทองใบ", "phone": "0867712305",
                "referrals": ["elderly_allowance"], "no_referrals": HEALTH}),

    # Farm worker in Mae Sot whose employer kept his ID card and ran off without paying.
    # Says he has no letter either, then remembers mid-message: the kamnan wrote him a
    # letter certifying he is Thai and lives there; he has it in his bag. Wants a new
    # ID card. Eats nothing today. Right outcome: case (letter), urgent, referral id_card.
    "dev105 remembers the kamnan's letter mid-answer": Persona(
        ("สวัสดีครับ",
         "ผมทำงานไร่ที่แม่สอด นายจ้างหนีไม่จ่ายค่าแรง บัตรประชาชนก็อยู่กับนายจ้าง ไม่ได้คืน",
         "อยากกลับบ้านกำแพงเพชรครับ ไม่มีค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ข้าวก็หมดครับ",
         "id_card": "ไม่มีครับ นายจ้างยึดไว้",
         "nationality": "คนไทยครับ",
         "nationality_letter": "ไม่มีครับ... เอ้ย มีครับ ลืมไป ก่อนมาทำงาน กำนันที่บ้านเขียน"
                               "หนังสือรับรองให้ว่าเป็นคนไทย อยู่ตำบลนี้จริง ตัวจริงอยู่ในกระเป๋าครับ",
         "current_province": "ตากครับ แม่สอด", "home_province": "กำแพงเพชรครับ",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ", "travel_alone": "ได้ครับ",
         "urgent": "นอนกระต๊อบในไร่ได้อีกคืนครับ แต่ข้าวหมดแล้ว วันนี้ยังไม่ได้กินอะไรเลย",
         "name": "สมศักดิ์ 0648830127", "phone": "0648830127",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ ใบเก่านายจ้างเอาไป",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ตาก", "home": "กำแพงเพชร", "travellers": 1,
                "urgent": True, "special": [], "name": "สมศักดิ์", "phone": "0648830127",
                "referrals": ["id_card"], "no_referrals": HEALTH}),

    # Hotel worker let go in Hua Hin. Says no card then finds it in the same message;
    # asked how many go home he lists his whole family, then understands: only he goes.
    # Fixes a phone number missing a digit in the same message. Still sleeps and eats at
    # the staff dorm. Right outcome: case, current ประจวบคีรีขันธ์, 1 traveller.
    "dev105 lists the whole family when asked who travels": Persona(
        ("ครับ ผมทำงานโรงแรมที่หัวหิน", "โดนให้ออก", "ไม่มีตังกลับบุรีรัมย์ครับ", "ยินยอม"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีครับ... เดี๋ยวนะครับ มีครับ อยู่ในช่องลับกระเป๋าตังค์ เจอแล้ว",
         "nationality_letter": "ไม่ต้องครับ บัตรประชาชนเจอแล้ว มีบัตรครับ",
         "nationality": "ไทยครับ",
         "current_province": "หัวหินครับ ประจวบคีรีขันธ์", "home_province": "บุรีรัมย์ครับ",
         "travellers": "ที่บ้านมีห้าคนครับ พ่อ แม่ เมีย ลูกสองคน... อ้อ ถามคนที่จะเดินทางกลับ"
                       "หรอครับ ผมคนเดียวครับ คนอื่นเขาอยู่บ้านที่บุรีรัมย์อยู่แล้ว",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ", "travel_alone": "ได้ครับ",
         "urgent": "คืนนี้ยังนอนหอพนักงานได้ครับ ข้าวโรงแรมก็ยังให้กิน",
         "name": "ภานุวัฒน์ 081778903 เอ้ย ขาดไปตัวนึง 0817789034",
         "phone": "0817789034", "needs": "ไม่มีครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": False, "special": [], "name": "ภานุวัฒน์",
                "phone": "0817789034", "no_referrals": HEALTH}),

    # Woman at Hua Lamphong with her adult brother, both going home to Phitsanulok, two
    # nights sleeping at the station. Says nobody needs special care; at the summary she
    # admits her brother is a psychiatric patient out of medicine for three days and asks
    # for help continuing his treatment. She looks after him; no officer needed.
    # Right outcome: case, 2 travellers, urgent, special sick, referral mental_health_care.
    "dev105 admits the brother's illness only at the summary": Persona(
        ("สวัสดีค่ะ",
         "ฉันกับน้องชายติดอยู่หัวลำโพงค่ะ ไม่มีเงินค่ารถกลับพิษณุโลก",
         "มีบัตรประชาชนทั้งสองคนค่ะ ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนค่ะ", "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "กรุงเทพค่ะ",
         "home_province": "พิษณุโลกค่ะ", "travellers": "2 คนค่ะ ฉันกับน้องชาย",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปกันเองได้ค่ะ ฉันดูแลน้องเอง ไม่ต้องมีเจ้าหน้าที่ไปด้วย",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ นอนสถานีมาสองคืนแล้ว",
         "name": "รัชนี 0623385519", "phone": "0623385519", "needs": "ไม่มีค่ะ",
         "confirm": ("ขอแก้ค่ะ ที่บอกว่าไม่มีใครต้องดูแลพิเศษ จริงๆ น้องชายเป็นผู้ป่วยจิตเวช "
                     "ยาหมดมาสามวันแล้ว ตอนแรกไม่กล้าบอก อยากให้ช่วยเรื่องรักษาต่อเนื่องที่บ้านด้วยค่ะ "
                     "ส่วนเดินทางฉันพาน้องไปเองได้",
                     "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พิษณุโลก",
                "travellers": 2, "urgent": True, "special": ["sick"], "name": "รัชนี",
                "phone": "0623385519", "referrals": ["mental_health_care"]}),

    # Construction worker in Chonburi who first says he is Thai, then corrects himself:
    # he is Cambodian with a pink card, going home to Poipet. Right outcome: refused,
    # not Thai.
    "dev105 says Thai then corrects to Cambodian": Persona(
        ("สวัสดีครับ",
         "ผมเป็นคนไทยครับ ทำงานก่อสร้างที่ชลบุรี ไม่มีค่ารถกลับบ้าน",
         "ขอโทษครับ พูดไม่ตรง ผมไม่ใช่คนไทยครับ เป็นคนกัมพูชา มีบัตรชมพู อยู่ไทยมาแปดปี "
         "อยากกลับบ้านที่ปอยเปต"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ", "nationality": "กัมพูชาครับ ไม่ใช่ไทย",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ มีแต่บัตรชมพู",
         "nationality_letter": "ไม่มีครับ", "current_province": "ชลบุรีครับ",
         "home_province": "ปอยเปต กัมพูชาครับ", "travellers": "คนเดียวครับ",
         "urgent": "มีที่นอนที่แคมป์ครับ", "name": "สุชาติ 0935527781",
         "phone": "0935527781", "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Woman who says she is stuck in Khon Kaen, then corrects: she left that job a month
    # ago and is now in Roi Et town; she wants fare to Selaphum, in Roi Et too.
    # Right outcome: refused, already in the home province.
    "dev105 corrects to a town already in her home province": Persona(
        ("สวัสดีค่ะ",
         "ติดอยู่ที่ขอนแก่นค่ะ ไม่มีค่ารถกลับบ้านร้อยเอ็ด",
         "เอ้ย ไม่ใช่ค่ะ ขอนแก่นคือที่ทำงานเก่า ออกมาตั้งแต่เดือนก่อน ตอนนี้อยู่ในเมืองร้อยเอ็ดแล้ว "
         "อยากได้ค่ารถกลับไปบ้านที่อำเภอเสลภูมิค่ะ",
         "มีบัตรค่ะ ยินยอม"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ในเมืองร้อยเอ็ดค่ะ ไม่ใช่ขอนแก่นแล้ว",
         "home_province": "ร้อยเอ็ดค่ะ อำเภอเสลภูมิ", "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ", "urgent": "มีที่นอนค่ะ นอนบ้านเพื่อน",
         "name": "จันทร์เพ็ญ 0846619023", "phone": "0846619023",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "ร้อยเอ็ด",
                "home": "ร้อยเอ็ด"}),

    # Man in Chiang Rai with no fare home to Lopburi; a few messages later his brother
    # transfers 2,000 baht: he now has the fare, a room and food. Right outcome:
    # refused, no hardship any more.
    "dev105 money arrives while he is still typing": Persona(
        ("สวัสดีครับ",
         "ผมอยู่เชียงราย ไม่มีค่ารถกลับบ้านที่ลพบุรีครับ",
         "ยินยอมครับ มีบัตรครับ",
         "อ้าว เดี๋ยวครับ พี่ชายเพิ่งโอนเงินมาให้ 2,000 บาท พอค่ารถทัวร์กลับลพบุรีแล้ว "
         "ที่พักก็มี ข้าวก็มีกิน ตอนนี้ไม่ได้เดือดร้อนแล้วครับ"),
        {"consent": "ยินยอมครับ", "idle": "ตอนนี้ไม่ต้องแล้วครับ มีเงินกลับเองแล้ว",
         "hardship": "ตอนนี้ไม่เดือดร้อนแล้วครับ มีค่ารถ มีที่พัก มีข้าวกินครับ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "เชียงรายครับ", "home_province": "ลพบุรีครับ",
         "travellers": "คนเดียวครับ", "special_needs": "ไม่มีครับ",
         "urgent": "มีที่นอน มีข้าวกินครับ", "name": "ปิยะ 0921146635",
         "phone": "0921146635", "confirm": "ไม่ต้องแล้วครับ มีเงินกลับเองแล้ว"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Woman who types consent, then takes it back, and only wants the phone number to
    # call about fare home. Right outcome: answered with the hotline, nothing stored.
    "dev105 gives consent then withdraws it and asks the hotline": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ",
         "เอ๊ะ เดี๋ยวก่อนค่ะ ขอเปลี่ยนใจ ไม่ยินยอมแล้วค่ะ ไม่อยากให้เก็บข้อมูลอะไรเลย",
         "แค่อยากรู้ว่าถ้าจะโทรถามเรื่องค่ารถกลับบ้าน ต้องโทรเบอร์ไหนคะ"),
        {"consent": "ไม่ยินยอมค่ะ ขอแค่เบอร์โทร",
         "idle": "ขอเบอร์โทรสายด่วนค่ะ"},
        outcome="answered", answered="1300",
        expect={"stored": False}),

    # Son who asks about the fare home by mistake, then says he meant the disability
    # allowance for his father: how much a month. Right outcome: answered (800 baht).
    "dev105 asks the wrong question then the real one": Persona(
        ("สอบถามหน่อยครับ", "ค่ารถกลับบ้านได้กี่บาทครับ",
         "ไม่ใช่ครับ ถามผิด ผมจะถามเรื่องเบี้ยคนพิการ พ่อผมพิการขา ได้เดือนละเท่าไหร่ครับ"),
        {"consent": "ไม่ต้องครับ แค่ถามเฉยๆ",
         "idle": "ถามเรื่องเบี้ยคนพิการครับ เดือนละเท่าไหร่"},
        outcome="answered", answered="800",
        expect={}),

    # Woman who starts asking about documents, then says that is not what she meant:
    # she wants to know how many days it takes. Not applying yet.
    # Right outcome: answered (up to 15 days).
    "dev105 not that question, how many days": Persona(
        ("ขอค่ารถกลับบ้าน ต้องใช้เอกสารอะไรบ้างคะ",
         "เอ่อ เอกสารรู้แล้วค่ะ ที่อยากถามจริงๆ คือยื่นแล้วต้องรอกี่วันกว่าจะได้ค่ะ"),
        {"consent": "ยังไม่ขอค่ะ แค่ถามก่อนว่ากี่วัน",
         "idle": "ถามว่าต้องรอกี่วันค่ะ"},
        outcome="answered", answered="15 วัน",
        expect={}),
}
