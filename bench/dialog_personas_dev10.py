"""Persona set dev10 (2026-12-04).

Written from the seeds only (000_* services for released prisoners, 002_* the officers'
manual and the 2000 regulation) and knowledge-topics.md, by a helper who did not read the
dialog code, the knowledge files, the tests, nor any other persona set.

Focus: Bangkok and the Central region's urban poor in their own words: evicted tenants,
laid-off construction and factory workers, women fleeing a violent partner (with children),
people with mental illness or confused, a deaf person typing short broken Thai, a drunk
typist, voice-to-text errors, a story spread over 3 short opening messages, side questions
in the middle of an answer ("ต้องเสียเงินไหม"), people who change their mind about a fact,
Thai digits, emoji, elders of 65-85 alone or with a spouse, families of 4-6 with babies and a
pregnant mother; third-party writers (volunteer, nurse, monk, daughter).

24 personas: 20 eligible requests, 4 refusals (2 not Thai, 1 no ID card and no letter,
1 no hardship), 3 one_part, 2 fixes at the summary (a phone number, a home province).
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Evicted tenant in Lat Phrao, tells the story over 3 short messages before any question.
    # Sleeps at a 7-Eleven front tonight: urgent. Asks for work at home: job placement.
    "evicted tenant lat phrao 3 msgs": Persona(
        ("สวัสดีครับ", "โดนเจ้าของห้องไล่ออกเมื่อวาน ค้างค่าเช่า2เดือน",
         "ตอนนี้นั่งอยู่หน้าเซเว่นลาดพร้าว ไม่มีตังกลับบ้านขอนแก่นเลยครับ"),
        {"consent": "ยินยอมครับ", "idle": "อยากขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีที่นอน ไม่มีเงินค่ารถครับ เหลือ20บาท",
         "id_card": "มีบัตรครับ", "nationality_letter": "ไม่มีครับ มีแต่บัตร",
         "nationality": "คนไทยครับ", "current_province": "ลาดพร้าว กทม ครับ",
         "home_province": "ขอนแก่น อำเภอชุมแพครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอนเลย", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "needs": "อยากได้งานทำแถวบ้านครับ ตกงานมา3เดือนแล้ว",
         "sensitive_consent": "ยินยอมครับ", "name": "วีระพงษ์ครับ",
         "phone": "0812345671", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ขอนแก่น",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "name": "วีระพงษ์", "phone": "0812345671"}),

    # Laid-off construction worker dictating by voice: mis-transcribed words (สีสะเกด, บางพี,
    # ลูกเหล็ก, ค่าลด). Wife and two small kids, 4 in all. Camp room until Sunday: not urgent.
    "construction worker voice to text": Persona(
        ("สวัสดีครับผมโดนเลิกจ้างจากไซร้งานก่อสร้างที่บางพีครับผมกับเมื่อและลูกเหล็กสองคน"
         "อยากกลับบ้านสีสะเกดแต่ไม่มีค่าลดครับ",),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือค่าลดกลับบ้านครับ",
         "hardship": "ไม่มีค่าลดกลับบ้านครับผู้รับเหมาหนีไม่จ่ายค่าแรง",
         "id_card": "มีบัตรประชาชนครับทั้งผมและเมื่อ", "nationality_letter": "ไม่มีครับ",
         "nationality": "คนไทยครับ", "current_province": "บางพีสมุทรปราการครับ",
         "home_province": "สีสะเกดอำเภอกันทรลักษณ์ครับ",
         "travellers": "สี่คนครับผมเมื่อแล้วก็ลูกเหล็กสองคนสามขวบกับหกขวบ",
         "urgent": "ยังพักที่แคมป์ได้ถึงวันอาทิตย์ครับ ยังไม่ด่วนมาก",
         "special_needs": "มีลูกเหล็กสองคนครับ", "travel_alone": "ไปกันสี่คนครับ",
         "needs": "ไม่มีครับ", "sensitive_consent": "ยินยอมครับ",
         "name": "สมพงษ์ครับ", "phone": "089 234 5678 ครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ศรีสะเกษ",
                "travellers": 4, "urgent": False, "special": ["child"],
                "name": "สมพงษ์", "phone": "0892345678"}),

    # Factory worker laid off at Rojana estate, Ayutthaya. Asks "ต้องเสียเงินไหม" in the
    # middle of the hardship answer. Dorm until tomorrow: not urgent tonight. Fixes the
    # phone number at the summary.
    "ayutthaya factory layoff fee question phone fix": Persona(
        ("หนูโดนเลิกจ้างค่ะ โรงงานที่โรจนะปิด",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ ขอค่ารถได้ไหมคะ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านค่ะ เงินชดเชยยังไม่ได้ ต้องเสียเงินไหมคะขอแบบนี้",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "อยุธยาค่ะ อยู่หอแถวนิคมโรจนะ",
         "home_province": "นครพนมค่ะ ธาตุพนม", "travellers": "หนูคนเดียวค่ะ",
         "urgent": "ยังอยู่หอได้ถึงพรุ่งนี้ค่ะ คืนนี้ยังมีที่นอน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "น้ำฝนค่ะ", "phone": "0823456789",
         "confirm": ("เบอร์ผิดค่ะ ที่ถูกคือ 0823456780", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "นครพนม",
                "travellers": 1, "urgent": False, "special": [],
                "name": "น้ำฝน", "phone": "0823456780"}),

    # Woman who ran from a violent husband with a baby and a 4-year-old, hiding near Don
    # Mueang. Danger and no safe place: urgent. Small children.
    "woman fleeing violence with kids don mueang": Persona(
        ("ช่วยด้วยค่ะ หนีผัวออกมาพร้อมลูก2คน เค้าตีหนูทุกวัน",
         "ตอนนี้อยู่ดอนเมือง ไม่มีเงินเลยค่ะ อยากกลับไปอยู่กับแม่ที่เพชรบูรณ์"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอเงินค่ารถกลับบ้านแม่ค่ะ",
         "hardship": "ไม่มีที่อยู่ค่ะ ไม่มีเงินสักบาท หนีออกมาแต่ตัว",
         "id_card": "มีค่ะ เอาบัตรติดมา", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "ดอนเมือง กรุงเทพค่ะ",
         "home_province": "เพชรบูรณ์ค่ะ หล่มสัก",
         "travellers": "3คนค่ะ หนู ลูกสาว4ขวบ ลูกชาย8เดือน",
         "urgent": "ด่วนค่ะ กลัวเค้าตามมา คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ลูกเล็กสองคนค่ะ คนเล็กยังกินนมอยู่",
         "travel_alone": "ไปกับลูกค่ะ", "needs": "ไม่มีค่ะ ขอแค่ได้กลับบ้าน",
         "sensitive_consent": "ยินยอมค่ะ", "name": "แอนค่ะ", "phone": "0634567812",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เพชรบูรณ์",
                "travellers": 3, "urgent": True, "special": ["child"],
                "name": "แอน", "phone": "0634567812"}),

    # A social development volunteer (อพม.) writes for a confused man at Hua Lamphong who
    # was treated at a psychiatric hospital and is off his medicine; he cannot go alone.
    # special omitted (an officer may also mark him sick); mental health referral is sure.
    "volunteer for confused man hua lamphong": Persona(
        ("สวัสดีค่ะ ดิฉันเป็น อพม. เขตปทุมวัน เจอคุณลุงคนหนึ่งนั่งอยู่หัวลำโพงสามวันแล้ว "
         "พูดจาสับสน บอกว่าบ้านอยู่สุรินทร์ค่ะ",),
        {"consent": "คุณลุงยินยอมค่ะ ดิฉันอ่านให้ฟังแล้ว",
         "idle": "อยากขอให้ช่วยส่งคุณลุงกลับบ้านค่ะ",
         "hardship": "ไม่มีที่พัก ไม่มีเงิน ไม่มีญาติมารับค่ะ นอนที่สถานี",
         "id_card": "มีบัตรค่ะ หมดอายุแล้วแต่ยังอยู่ในกระเป๋า",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "คนไทยค่ะ",
         "current_province": "หัวลำโพงค่ะ กรุงเทพ",
         "home_province": "สุรินทร์ค่ะ แกบอกว่าอำเภอท่าตูม", "travellers": "คุณลุงคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ แกนอนที่สถานีมาสามคืนแล้ว",
         "special_needs": "ไปเองไม่ได้ค่ะ แกจำทางไม่ได้ ต้องมีคนพาไปส่ง",
         "travel_alone": "ไม่ได้ค่ะ ต้องมีเจ้าหน้าที่ไปด้วย",
         "needs": "แกเคยรักษาที่โรงพยาบาลจิตเวช ตอนนี้ขาดยามาหลายวันค่ะ อยากให้ได้รักษาต่อ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "ลุงบุญมีค่ะ",
         "phone": "แกไม่มีโทรศัพท์ค่ะ ติดต่อดิฉันได้ 0945678123", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 1, "urgent": True, "referrals": ["mental_health_care"],
                "phone": "0945678123"}),

    # Deaf man typing short broken Thai with spaces between words. Sleeps at Mo Chit bus
    # terminal: urgent. Disabled; asks about the disability allowance (no card yet).
    "deaf man mo chit broken thai": Persona(
        ("หู ไม่ ได้ยิน", "ไม่ มี เงิน กลับ บ้าน"),
        {"consent": "ยอม", "idle": "ขอ เงิน กลับ บ้าน", "hardship": "ไม่ มี เงิน ค่า รถ นอน ขนส่ง",
         "id_card": "มี บัตร", "nationality_letter": "ไม่ มี", "nationality": "ไทย",
         "current_province": "หมอชิต", "home_province": "นครสวรรค์ บ้าน แม่",
         "travellers": "1", "urgent": "ด่วน นอน ขนส่ง ไม่ มี ที่",
         "special_needs": "หู หนวก พูด ไม่ ได้", "travel_alone": "ไป เอง ได้ ขึ้น รถ เป็น",
         "needs": "ยัง ไม่ มี บัตร คน พิการ อยาก ได้ เบี้ย", "sensitive_consent": "ยอม",
         "name": "ต้น", "phone": "โทร ไม่ ได้ ส่ง ข้อความ 0856781234", "confirm": "ถูก"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครสวรรค์",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "referrals": ["disability_allowance"], "name": "ต้น", "phone": "0856781234"}),

    # Drunk-typing laid-off man in Rangsit: typos, repeated letters, 555, crying.
    # Sleeping at a bus stop: urgent. No other needs said.
    "drunk typing rangsit": Persona(
        ("ฮัลโหลลลล ผมมมตกงานนน 555 เมาแล้วววว", "อยากกลับร้อยเอ็ดดด ไม่มีตังงง"),
        {"consent": "ยินยอมมมครับบบ", "idle": "ขอตังกลับบ้านนนน ร้อยเอ็ดด",
         "hardship": "ไม่มีตังค่ารถถถ ไม่มีงานนน ไม่มีข้าวกินนน",
         "id_card": "มีีี บัตรอยู่ในกระเปาาา", "nationality_letter": "ม่ายมีีี",
         "nationality": "ไทยยย100%", "current_province": "รังสิตตต ปทุมมม",
         "home_province": "ร้อยเอ็ดดด เสลภูมิ", "travellers": "คนเดียวววว แม่งงทิ้งหมดด",
         "urgent": "ด่วนนนน นอนป้ายรถเมล์อยู่เนี่ยยย", "special_needs": "ไม่มีีี",
         "travel_alone": "ไปเองได้ดิ้ววว", "needs": "ไม่มีีี ขอกลับบ้านพอออ",
         "sensitive_consent": "ยินยอมมม", "name": "เอกกก ครับบ",
         "phone": "089 765 4321 ครับบบ", "confirm": "ถูกกกก"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [],
                "name": "เอก", "phone": "0897654321"}),

    # Man of 78 alone at Sanam Luang; his son in Bangkok did not answer. One thing per
    # message. Slept outdoors last night: urgent. Asks about the old-age allowance.
    "elder 78 alone sanam luang one part": Persona(
        ("ลุงอายุ78แล้ว มาหาลูกชายที่กรุงเทพ ลูกไม่รับสาย เงินหมด",),
        {"consent": "ยินยอม", "idle": "อยากกลับบ้านอุทัย", "hardship": "ไม่มีเงินค่ารถ",
         "id_card": "มีบัตรประชาชน", "nationality_letter": "ไม่มี", "nationality": "ไทย",
         "current_province": "สนามหลวง", "home_province": "อุทัยธานี",
         "travellers": "คนเดียว", "urgent": "เมื่อคืนนอนสนามหลวง ด่วน",
         "special_needs": "แก่แล้ว ตาไม่ค่อยดี", "travel_alone": "ไปเองได้ ขึ้นรถตู้เป็น",
         "needs": "เบี้ยคนแก่ไม่เคยได้เลย", "sensitive_consent": "ยินยอม",
         "name": "ลุงเชิด", "phone": "ไม่มีมือถือ เบอร์ลูกสาว 0861237890",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุทัยธานี",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "phone": "0861237890"},
        one_part=True),

    # A ward nurse in Nonthaburi writes for an elderly couple: he is 82 with a heart
    # condition, discharged today; she is 76. Nowhere to sleep tonight: urgent.
    "nurse for elderly couple nonthaburi": Persona(
        ("สวัสดีค่ะ พยาบาลจากโรงพยาบาลในนนทบุรีค่ะ มีคุณตาคุณยายจะกลับบ้านชัยนาทแต่ไม่มีค่ารถค่ะ",),
        {"consent": "ทั้งสองท่านยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่าเดินทางให้คนไข้ค่ะ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้าน ค่ารักษาหมดไปแล้วค่ะ ไม่มีญาติในกรุงเทพ",
         "id_card": "มีบัตรทั้งสองคนค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "นนทบุรีค่ะ",
         "home_province": "ชัยนาทค่ะ อำเภอสรรคบุรี",
         "travellers": "2 ท่านค่ะ คุณตา82 คุณยาย76",
         "urgent": "ด่วนค่ะ คุณตาออกจากโรงพยาบาลวันนี้ คืนนี้ไม่มีที่พัก",
         "special_needs": "คุณตาเป็นโรคหัวใจ เพิ่งออกโรงพยาบาล ยังป่วยอยู่ เดินได้ช้าๆ ค่ะ ทั้งคู่สูงอายุ",
         "travel_alone": "ไปด้วยกันสองคนค่ะ", "needs": "ไม่มีค่ะ ยามีติดตัวแล้ว",
         "sensitive_consent": "ยินยอมค่ะ", "name": "คุณยายสมใจค่ะ",
         "phone": "เบอร์คุณยาย 0879012345 ค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ชัยนาท",
                "travellers": 2, "urgent": True, "special": ["elderly", "sick"],
                "phone": "0879012345"}),

    # Klong Toei family of 6 whose shack was demolished: grandmother 67, pregnant wife,
    # children 5 and 3 and a baby. Sleeping under the expressway: urgent.
    "klong toei eviction family of 6": Persona(
        ("บ้านโดนรื้อค่ะ ชุมชนคลองเตยโดนไล่ที่ ตอนนี้นอนใต้ทางด่วนกันทั้งบ้าน 😭",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากพาครอบครัวกลับบุรีรัมย์ค่ะ ขอค่ารถ",
         "hardship": "ไม่มีบ้านอยู่ค่ะ สามีก็ไม่มีงาน ไม่มีเงินค่ารถ",
         "id_card": "มีค่ะ ผู้ใหญ่มีบัตรครบ", "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยทุกคนค่ะ", "current_province": "คลองเตย กทม.ค่ะ",
         "home_province": "บุรีรัมย์ค่ะ นางรอง",
         "travellers": "6คนค่ะ หนู สามี แม่สามีอายุ67 ลูก5ขวบ 3ขวบ แล้วก็ลูกอ่อน7เดือนค่ะ",
         "urgent": "ด่วนมากค่ะ นอนใต้ทางด่วน ยุงกัดลูก",
         "special_needs": "หนูท้อง6เดือนค่ะ มีเด็กเล็กสามคน แล้วก็แม่สามีแก่แล้ว",
         "travel_alone": "ไปกันทั้งบ้านค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "จันทร์เพ็ญค่ะ", "phone": "0958123467",
         "confirm": "ถูกต้องค่ะ 🙏"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 6, "urgent": True, "special": ["child", "elderly", "pregnant"],
                "name": "จันทร์เพ็ญ", "phone": "0958123467"}),

    # Family of 5 laid off by a fish factory in Mahachai: wife 7 months pregnant, kids 7, 4
    # and a baby. Room paid to month end: not urgent. Answers one thing at a time.
    "mahachai fish factory family of 5 one part": Persona(
        ("โรงงานปลาที่มหาชัยเลิกจ้างทั้งผมทั้งเมียครับ",),
        {"consent": "ยินยอมครับ", "idle": "ขอเงินค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "nationality": "ไทยครับ",
         "current_province": "มหาชัยครับ", "home_province": "สกลนครครับ",
         "travellers": "5คนครับ", "urgent": "ไม่ด่วนครับ ห้องเช่าจ่ายถึงสิ้นเดือน",
         "special_needs": "เมียท้อง7เดือน ลูกคนเล็กยังไม่ขวบครับ ลูกอีกสองคน7ขวบกับ4ขวบ",
         "travel_alone": "ไปทั้งครอบครัวครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ", "name": "ประยูรครับ", "phone": "0617894523",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "สกลนคร",
                "travellers": 5, "urgent": False, "special": ["child", "pregnant"],
                "name": "ประยูร", "phone": "0617894523"},
        one_part=True),

    # Shop assistant laid off in Bang Na, staying at a friend's room: not urgent. Says
    # Lopburi by mistake and fixes it to Saraburi at the summary.
    "bang na layoff province fix at summary": Persona(
        ("ตกงานค่ะ ห้างที่บางนาเลิกจ้าง อยากกลับบ้านแต่ไม่มีเงินเลย",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีรายได้ ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "บางนา กรุงเทพค่ะ", "home_province": "ลพบุรีค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ นอนห้องเพื่อนอยู่",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "ปุ๊กค่ะ", "phone": "0642198765",
         "confirm": ("ผิดค่ะ บ้านไม่ใช่ลพบุรี สระบุรีค่ะ พิมพ์ผิด", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สระบุรี",
                "travellers": 1, "urgent": False, "special": [],
                "name": "ปุ๊ก", "phone": "0642198765"}),

    # Security guard laid off at Pak Kret, evicted tonight. First says 2 with his
    # girlfriend, then changes his mind in the same answer: she stays, he goes alone.
    "pak kret guard changes mind on travellers": Persona(
        ("ผมเป็น รปภ. โดนเลิกจ้างครับ เจ้าของหอให้ออกคืนนี้",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับโคราชครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงินค่ารถครับ", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "nationality": "ไทยครับ",
         "current_province": "ปากเกร็ด นนท์ครับ", "home_province": "โคราชครับ ปักธงชัย",
         "travellers": "2คนครับกับแฟน... อ่อไม่ดีกว่าครับ แฟนไม่ไปแล้ว ผมไปคนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ต้องออกจากหอแล้ว ไม่มีที่ไป",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ", "name": "ชาติชายครับ", "phone": "0923456781",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True, "special": [],
                "name": "ชาติชาย", "phone": "0923456781"}),

    # Café worker, 22, laid off in Ratchathewi: emoji everywhere, phone in Thai digits.
    # Two more nights at a friend's: not urgent.
    "emoji thai digits ratchathewi": Persona(
        ("ร้านปิดแล้วค่าาา 😢😢 หนูตกงาน อยากกลับเชียงรายยย 🥺",),
        {"consent": "ยินยอมค่าา 🙏", "idle": "ขอค่ารถกลับบ้านหน่อยค่าา 🚌",
         "hardship": "ไม่มีเงินเลยค่ะ เงินเดือนไม่ได้ 😭 ค่ารถไม่มี",
         "id_card": "มีค่า 💳", "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่า 🇹🇭",
         "current_province": "ราชเทวี กทม ค่า", "home_province": "เชียงราย แม่สาย ค่ะ 🏔️",
         "travellers": "๑ คนค่ะ", "urgent": "ยังไม่ด่วนค่ะ นอนห้องเพื่อนได้อีก ๒ คืน 🙂",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ 💪", "needs": "ไม่มีค่า",
         "sensitive_consent": "ยินยอมค่ะ", "name": "มายด์ค่ะ 🌸", "phone": "๐๘๑๒๓๔๕๖๗๘",
         "confirm": "ถูกต้องค่ะ 👍"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [],
                "name": "มายด์", "phone": "0812345678"}),

    # A monk at a temple in Bang Sue writes for a man of 68 sleeping at the temple sala.
    # He has a safe place (the temple): not urgent. Fit to travel alone.
    "monk for elder at bang sue temple": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดแถวบางซื่อ มีโยมผู้ชายอายุ68 มาอาศัยนอนศาลาวัด "
         "อยากกลับบ้านที่พิจิตรแต่ไม่มีปัจจัย",),
        {"consent": "โยมยินยอมแล้ว", "idle": "ขอความช่วยเหลือค่ารถให้โยมกลับบ้าน",
         "hardship": "โยมไม่มีเงิน ไม่มีรายได้ ไม่มีค่ารถกลับ",
         "id_card": "โยมมีบัตรประชาชน", "nationality_letter": "ไม่มี",
         "nationality": "คนไทย", "current_province": "บางซื่อ กรุงเทพฯ",
         "home_province": "พิจิตร อำเภอตะพานหิน", "travellers": "โยมคนเดียว",
         "urgent": "ไม่ด่วน นอนที่วัดได้ ปลอดภัย", "special_needs": "โยมอายุ68 แต่ยังแข็งแรงดี",
         "travel_alone": "โยมเดินทางเองได้", "needs": "ไม่มี",
         "sensitive_consent": "ยินยอม", "name": "โยมสมบัติ",
         "phone": "โยมไม่มีโทรศัพท์ ติดต่อที่อาตมา 0801112233", "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พิจิตร",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "phone": "0801112233"}),

    # A daughter in Kalasin writes for her mother (72) robbed at Ayutthaya station: the
    # bag with money and ID card is gone, but the village head will certify her; refer for
    # a new ID card. At the station at night: urgent.
    "daughter for robbed mother ayutthaya": Persona(
        ("สวัสดีค่ะ แม่หนูโดนล้วงกระเป๋าที่สถานีรถไฟอยุธยา เงินหาย บัตรประชาชนก็หาย "
         "แม่อายุ72แล้วค่ะ หนูอยู่กาฬสินธุ์ไปรับไม่ได้",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอให้ช่วยส่งแม่กลับบ้านค่ะ",
         "hardship": "แม่ไม่มีเงินเหลือเลยค่ะ ไม่มีค่ารถกลับ",
         "id_card": "บัตรหายไปกับกระเป๋าค่ะ ไม่มีแล้ว",
         "nationality_letter": "ผู้ใหญ่บ้านบอกว่าออกหนังสือรับรองให้ได้ค่ะ ว่าแม่เป็นคนไทยอยู่หมู่บ้านนี้จริง",
         "nationality": "คนไทยค่ะ", "current_province": "สถานีรถไฟอยุธยาค่ะ",
         "home_province": "กาฬสินธุ์ค่ะ อำเภอยางตลาด", "travellers": "แม่คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ แม่นั่งอยู่สถานีคนเดียว มืดแล้ว ไม่มีที่นอน",
         "special_needs": "แม่อายุ72ค่ะ แต่แข็งแรง", "travel_alone": "แม่ไปเองได้ค่ะ นั่งรถไฟประจำ",
         "needs": "อยากทำบัตรประชาชนใหม่ให้แม่ค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "แม่ชื่อทองใบค่ะ", "phone": "เบอร์แม่ 0885556677 ค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["id_card"], "phone": "0885556677"}),

    # Released from Klong Prem today; his ID card expired inside (still counts as a card).
    # No place tonight: urgent. Wants probation follow-up help, a job, a new card.
    "released prisoner klong prem expired card": Persona(
        ("ผมเพิ่งพ้นโทษออกจากคลองเปรมวันนี้ครับ ไม่มีเงิน ไม่มีที่ไป อยากกลับบ้านเมืองคอน",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงิน ไม่มีที่พัก ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ แต่หมดอายุตอนอยู่ในเรือนจำ", "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ", "current_province": "จตุจักร กทม ครับ แถวคลองเปรม",
         "home_province": "เมืองคอนครับ นครศรีฯ อำเภอทุ่งสง", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "ต้องไปรายงานตัวคุมประพฤติครับ อยากได้งานทำ แล้วก็ต่อบัตรประชาชนครับ",
         "sensitive_consent": "ยินยอมครับ", "name": "ณรงค์ครับ", "phone": "0614445566",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement", "probation_support"],
                "name": "ณรงค์", "phone": "0614445566"}),

    # Laid-off factory worker in Nonthaburi, HIV positive, but refuses to let sensitive
    # data be recorded: no HIV referral. Staying at a friend's: not urgent.
    "hiv refuses sensitive consent nonthaburi": Persona(
        ("โรงงานที่บางบัวทองปิดครับ ผมตกงาน อยากกลับพะเยา",),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือค่ารถครับ",
         "hardship": "ไม่มีรายได้ ไม่มีเงินค่ารถครับ", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "nationality": "ไทยครับ",
         "current_province": "บางบัวทองครับ นนทบุรี", "home_province": "พะเยาครับ เชียงคำ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ อาศัยห้องเพื่อนอยู่",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ผมติดเชื้อ HIV ครับ กินยาต้านอยู่ อยากรับยาต่อที่บ้าน",
         "sensitive_consent": "ไม่ยินยอมครับ ไม่อยากให้บันทึกเรื่องนี้",
         "name": "บอยครับ", "phone": "0657778899", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "พะเยา",
                "travellers": 1, "urgent": False, "no_referrals": ["hiv_aid"],
                "name": "บอย", "phone": "0657778899"}),

    # Pregnant woman (5 months) who fled a violent boyfriend in Phra Pradaeng, alone.
    # Danger, nowhere to go: urgent. Answers one thing per message.
    "pregnant woman fleeing alone one part": Persona(
        ("หนีแฟนออกมาค่ะ เค้าทำร้ายหนู หนูท้องอยู่",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านลำปางค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีที่ไป", "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "พระประแดงค่ะ", "home_province": "ลำปางค่ะ",
         "travellers": "หนูคนเดียวค่ะ", "urgent": "ด่วนค่ะ กลัวเค้าตามมาเจอ",
         "special_needs": "ท้อง5เดือนค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ยินยอมค่ะ", "name": "ฝ้ายค่ะ",
         "phone": "0976543210", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "name": "ฝ้าย", "phone": "0976543210"},
        one_part=True),

    # Grandparents (66 and 65) evicted in Bang Khen with their grandson of 4, staying a few
    # nights at a neighbour's: not urgent. Story over 3 short messages; asks "กี่วันได้"
    # in the middle of the travellers answer.
    "grandparents with grandson bang khen": Persona(
        ("สวัสดีจ้ะ", "ยายกับตาโดนไล่ออกจากห้องเช่าที่บางเขน",
         "อยากพาหลานกลับชัยภูมิจ้ะ ไม่มีเงินเลย"),
        {"consent": "ยินยอมจ้ะ", "idle": "ขอค่ารถกลับบ้านจ้ะ",
         "hardship": "ไม่มีที่อยู่แล้ว ไม่มีเงินค่ารถจ้ะ", "id_card": "มีทั้งตาทั้งยายจ้ะ",
         "nationality_letter": "ไม่มีจ้ะ", "nationality": "ไทยจ้ะ",
         "current_province": "บางเขน กรุงเทพจ้ะ", "home_province": "ชัยภูมิ ภูเขียวจ้ะ",
         "travellers": "สามคนจ้ะ ยาย ตา หลานชาย4ขวบ อีกกี่วันถึงจะได้เงินจ๊ะ",
         "urgent": "ไม่ด่วนจ้ะ ข้างห้องให้อาศัยนอนได้สองสามคืน",
         "special_needs": "ยาย65 ตา66 แล้วก็หลานยังเล็กจ้ะ", "travel_alone": "ไปด้วยกันจ้ะ",
         "needs": "ไม่มีจ้ะ", "sensitive_consent": "ยินยอมจ้ะ", "name": "ยายสำเนียงจ้ะ",
         "phone": "0839876543", "confirm": "ถูกต้องจ้ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 3, "urgent": False, "special": ["child", "elderly"],
                "name": "ยายสำเนียง", "phone": "0839876543"}),

    # REFUSAL: Myanmar construction worker laid off in Mahachai; not Thai.
    "myanmar construction worker refused": Persona(
        ("ผม ทำงาน ก่อสร้าง มหาชัย นายจ้าง ไม่ จ่าย เงิน อยาก กลับ บ้าน",),
        {"consent": "ยินยอม ครับ", "idle": "ขอ เงิน ค่า รถ ครับ",
         "hardship": "ไม่ มี เงิน ไม่ มี งาน ครับ", "id_card": "ไม่ มี บัตร ไทย มี บัตร ชมพู",
         "nationality_letter": "ไม่ มี ครับ", "nationality": "พม่า ครับ",
         "current_province": "มหาชัย", "home_province": "แม่สอด ครับ แล้ว ข้าม ไป พม่า",
         "travellers": "คน เดียว", "urgent": "ด่วน ครับ", "special_needs": "ไม่ มี",
         "travel_alone": "ไป ได้", "needs": "ไม่ มี", "sensitive_consent": "ยินยอม",
         "name": "ซอ ครับ", "phone": "0628889900", "confirm": "ถูก ครับ"},
        outcome="refused", expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSAL: homeless man in Bangkok who never had an ID card and has no letter from a
    # kamnan or village head (no one at home to certify him).
    "no papers homeless man refused": Persona(
        ("ผมนอนอยู่แถวสะพานพุทธครับ อยากกลับบ้านที่สุพรรณ",),
        {"consent": "ยินยอมครับ", "idle": "ขอเงินค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีที่นอน ไม่มีเงินครับ",
         "id_card": "ไม่เคยมีบัตรครับ ไม่ได้ทำตั้งแต่เด็ก",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านไม่รู้จักผม ไม่มีใครรับรองให้",
         "nationality": "คนไทยครับ เกิดที่สุพรรณ", "current_province": "กรุงเทพครับ",
         "home_province": "สุพรรณบุรีครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ นอนข้างถนน", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "needs": "อยากทำบัตรครับ",
         "sensitive_consent": "ยินยอมครับ", "name": "ดำครับ",
         "phone": "ไม่มีโทรศัพท์ครับ", "confirm": "ถูกครับ"},
        outcome="refused", expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # REFUSAL: works in a Saraburi cement plant, has a room and money for the fare; only
    # wants a free ride home for Songkran. No hardship.
    "no hardship songkran saraburi refused": Persona(
        ("สงกรานต์นี้จะกลับยโสธรครับ รัฐช่วยค่ารถได้ไหม",),
        {"consent": "ยินยอมครับ", "idle": "ถามเรื่องค่ารถกลับบ้านครับ",
         "hardship": "ก็ไม่ได้ลำบากครับ มีงานทำ มีห้องพัก เงินค่ารถก็มี แค่อยากประหยัด",
         "id_card": "มีครับ", "nationality_letter": "ไม่มีครับ", "nationality": "ไทยครับ",
         "current_province": "สระบุรีครับ แก่งคอย", "home_province": "ยโสธรครับ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ", "name": "ต้อมครับ", "phone": "0861110022",
         "confirm": "ถูกต้องครับ"},
        outcome="refused", expect={"eligible": False, "reason": "ไม่เข้าเกณฑ์"}),

    # REFUSAL: Lao housemaid who ran from her employer in Bangkok; Lao passport, not Thai.
    "lao housemaid refused": Persona(
        ("เจ้าค่ะ ข้อยหนีนายจ้างออกมา เพิ่นบ่จ่ายเงินเดือน", "ยากกลับบ้านเด้อ บ่มีเงิน"),
        {"consent": "ยินยอมเจ้า", "idle": "ขอค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีเงิน บ่มีบ่อนอนเจ้า", "id_card": "บ่มีบัตรไทย มีพาสปอร์ตลาวเจ้า",
         "nationality_letter": "บ่มีเจ้า", "nationality": "คนลาวเจ้า สัญชาติลาว",
         "current_province": "บางกะปิ กรุงเทพเจ้า", "home_province": "แขวงสะหวันนะเขต ลาวเจ้า",
         "travellers": "ผู้เดียวเจ้า", "urgent": "ด่วนเจ้า", "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปได้เจ้า", "needs": "บ่มีเจ้า", "sensitive_consent": "ยินยอมเจ้า",
         "name": "นางแก้วเจ้า", "phone": "0951234567", "confirm": "แม่นแล้วเจ้า"},
        outcome="refused", expect={"eligible": False, "reason": "สัญชาติ"}),
}
