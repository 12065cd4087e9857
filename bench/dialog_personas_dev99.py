"""dev99: Blind dialog personas for the Namjai benchmark, 2026-12-07.

Written from the seeds only.
Focus: people recently released from prison or on parole (ID card, criminal record,
work, probation), long-term street sleepers in Bangkok (Hua Lamphong, Sanam Luang,
Mo Chit), people from the south and the far north writing in dialect (Southern Thai,
Kham Mueang); mixed with ordinary stranded workers.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # --- Released prisoners and parolees -------------------------------------------

    # Man paroled yesterday from Klong Prem (Chatuchak, Bangkok), slept at the bus stop
    # in front of the prison. ID card lost at arrest, but carries a headman's letter.
    # Must report to probation at home in Phetchabun. Eligible, urgent; wants a new ID
    # card and to know about probation reporting at home.
    "dev99 parolee from Klong Prem, lost ID, must report to probation at home": Persona(
        ("สวัสดีครับ",
         "ผมพึ่งได้พักโทษออกมาจากคลองเปรมเมื่อวานครับ ต้องไปรายงานตัวคุมประพฤติที่เพชรบูรณ์ภายใน ๗ วัน แต่ไม่มีตังค่ารถกลับเลย",
         "เมื่อคืนนอนป้ายรถเมหน้าเรือนจำ"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ได้ครับ ไม่ปิดบังอยู่แล้ว",
         "hardship": "ไม่มีตังค่ารถ ไม่มีที่นอนด้วยครับ เงินที่ได้ตอนออกมาเหลือ40บาท",
         "id_card": "บัตรหายตั้งแต่ตอนโดนจับครับ ตอนนี้ไม่มีบัตร",
         "nationality_letter": "มีครับ หนังสือรับรองจากผู้ใหญ่บ้าน เจ้าหน้าที่เรือนจำช่วยประสานให้ ถือติดตัวมาด้วย",
         "nationality": "คนไทยครับ",
         "current_province": ("จตุจักรครับ แถวหน้าเรือนจำคลองเปรม", "กรุงเทพครับ"),
         "home_province": "เพชรบูรณ์ครับ อ.หล่มสัก",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้ยังไม่รู้จะนอนไหนครับ ข้าวก็ยังไม่ได้กิน",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ แล้วก็เรื่องไปรายงานตัวคุมประพฤติที่บ้านต้องทำยังไง",
         "name": "เอกชัย ครับ 081-447-2390",
         "phone": "081-447-2390",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "probation_support"], "no_referrals": HEALTH,
                "name": "เอกชัย", "phone": "0814472390"}),

    # Woman released yesterday from the Central Women's Correctional Institution
    # (Chatuchak, Bangkok), writes Kham Mueang, answers one thing at a time. Has an ID
    # card made inside; can sleep at a friend's tonight and has food (not urgent).
    # Learned Thai massage inside and wants a massage job at a hospital in Lampang.
    "dev99 woman out of the women's prison, Kham Mueang, wants massage work": Persona(
        ("สวัสดีเจ้า",
         "ข้าเจ้าเพิ่งออกจากทัณฑสถานหญิงกลางมาเจ้า ได้ปล่อยตัวมื้อวาน",
         "อยากปิ๊กบ้านลำปางแต่บ่มีสตางค์ค่ารถเลยเจ้า"),
        {"consent": "ได้เจ้า ยินยอมเจ้า",
         "sensitive_consent": "ได้เจ้า",
         "idle": "อยากขอค่ารถปิ๊กบ้านเจ้า",
         "hardship": "บ่มีสตางค์ค่ารถปิ๊กบ้านเจ้า",
         "id_card": "มีเจ้า ตางเรือนจำทำหื้อก่อนออก",
         "nationality": "คนไทยเจ้า",
         "current_province": ("อยู่ตี้จตุจักรเจ้า", "กรุงเทพเจ้า"),
         "home_province": "ลำปางเจ้า อำเภอเกาะคา",
         "travellers": "ไปคนเดียวเจ้า",
         "special_needs": "บ่มีเจ้า",
         "more_care": "บ่มีเจ้า",
         "travel_alone": "ไปได้เจ้า",
         "urgent": "คืนนี้ยังนอนบ้านเปื่อนได้เจ้า ข้าวก็ยังมีกิ๋น",
         "needs": "ตอนอยู่ข้างในข้าเจ้าได้เรียนนวดแผนไทยเจ้า อยากได้ก๋านนวดที่โรงบาลที่ลำปาง ได้ก่อเจ้า",
         "name": "ศรีนวลเจ้า",
         "phone": "๐๙๕๓๓๑๘๘๔๗",
         "confirm": "ใจ้แล้วเจ้า"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["thai_massage_training"], "no_referrals": HEALTH,
                "name": "ศรีนวล", "phone": "0953318847"}),

    # Young man released 3 days ago from Songkhla central prison, now in Hat Yai,
    # sleeping in temple pavilions, hungry; home Trang. Writes Southern Thai (เบี้ย,
    # หลบบ้าน, จังหู, ไหร). Employers ask for a criminal record check; wants work.
    "dev99 southern ex-prisoner in Hat Yai, asks about record check and jobs": Persona(
        ("หวัดดีครับ",
         "ผมพ้นโทษออกมาจากเรือนจำกลางสงขลาได้3วันแล้วครับ ตอนนี้อยู่หาดใหญ่ ไม่มีเบี้ยหลบบ้านตรังเลยพี่",
         "นอนตามศาลาวัดสองคืนแล้ว ข้าวก็ไม่ค่อยได้กิน หิวจังหู"),
        {"consent": "ได้ครับ",
         "sensitive_consent": "ได้ครับพี่ ไม่ต้องปิดอยู่แล้ว คนเขารู้กันทั้งบ้าน",
         "hardship": "ไม่มีไหรสักอย่างครับ ที่นอนก็ไม่มี เบี้ยค่ารถก็ไม่มี",
         "id_card": "มีครับ บัตรยังไม่หมดอายุ",
         "nationality": "ไทยครับ",
         "current_province": "หาดใหญ่ครับ สงขลา",
         "home_province": "ตรังครับ อำเภอห้วยยอด",
         "travellers": "ผมคนเดียว",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้ก็คงนอนศาลาวัดอีกแหละครับ วันนี้ยังไม่ได้กินไหรเลย",
         "needs": "อยากได้งานทำครับ ไปสมัครที่ไหนเขาก็ขอใบตรวจประวัติอาชญากร ผมไม่รู้ไปขอที่ไหน แล้วมีที่ไหนหางานให้คนเคยติดคุกม้ายครับ",
         "name": "อะหมัดครับ เบอร์ 0867712045",
         "phone": "0867712045",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "ตรัง",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["criminal_record", "job_placement"], "no_referrals": HEALTH,
                "name": "อะหมัด", "phone": "0867712045"}),

    # A monk in Nakhon Pathom writes for a 67-year-old man just released from
    # Nakhon Pathom central prison who is staying at the temple (shelter and food, so
    # not urgent). Wants to go to his grandchild in Roi Et; never had the old-age
    # allowance. Elderly, can travel alone (grandchild meets him).
    "dev99 monk writes for a 67-year-old released man staying at the temple": Persona(
        ("เจริญพร",
         "อาตมาเป็นพระอยู่วัดแห่งหนึ่งในนครปฐม มีโยมผู้ชายอายุ 67 ปี เพิ่งพ้นโทษจากเรือนจำกลางนครปฐม มาขออาศัยที่วัด",
         "โยมเขาอยากกลับไปอยู่กับหลานที่ร้อยเอ็ด แต่ไม่มีเงินค่ารถเลย หลานก็ไม่มีเงินส่งมา"),
        {"consent": "อาตมาถามโยมแล้ว โยมยินยอม",
         "sensitive_consent": "โยมยินยอม",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีรายได้อะไรเลย",
         "id_card": "โยมมีบัตรประชาชน เรือนจำทำให้ก่อนออก",
         "nationality": "คนไทย",
         "current_province": "นครปฐม",
         "home_province": "ร้อยเอ็ด อำเภอเสลภูมิ",
         "travellers": "โยมคนเดียว อาตมาไม่ได้ไปด้วย",
         "special_needs": "โยมอายุ 67 แล้ว เดินช้าหน่อย แต่ไม่ได้ป่วยอะไร",
         "more_care": "ไม่มี",
         "travel_alone": "ขึ้นรถไปเองได้ หลานจะมารับที่ขนส่งร้อยเอ็ด",
         "urgent": "ตอนนี้พักที่ศาลาวัดได้ ข้าวที่ญาติโยมถวายก็แบ่งให้โยมกินได้ ไม่ได้ลำบากเรื่องที่นอน",
         "needs": "โยมเขาไม่เคยได้เบี้ยยังชีพคนแก่เลย อยากรู้ว่าต้องไปลงทะเบียนที่ไหน",
         "name": "โยมชื่อทองใบ ติดต่อผ่านเบอร์อาตมา 0892045516",
         "phone": "0892045516",
         "confirm": "ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "no_referrals": HEALTH,
                "name": "ทองใบ", "phone": "0892045516"}),

    # A psychiatric nurse at a hospital in Nonthaburi writes for a 41-year-old man
    # released from Bang Kwang two weeks ago, found wandering, now stable and
    # discharged today with nowhere to go. Schizophrenia, needs continuous medication,
    # cannot travel alone; home Nakhon Ratchasima (Korat). Needs mental-health follow-up.
    "dev99 nurse writes for a released man with schizophrenia, discharged today": Persona(
        ("สวัสดีค่ะ ติดต่อจากโรงพยาบาลในนนทบุรีค่ะ เป็นพยาบาลจิตเวช",
         "มีผู้ป่วยชายอายุ 41 พ้นโทษจากเรือนจำกลางบางขวางได้ราวสองสัปดาห์ ตำรวจพามาส่งเพราะเดินเร่ร่อนพูดคนเดียว ตอนนี้อาการสงบแล้ว หมอให้ D/C วันนี้ค่ะ",
         "ญาติอยู่โคราช แต่ไม่มีใครมารับได้ และคนไข้ไม่มีเงินเลยค่ะ"),
        {"consent": "คนไข้ยินยอมค่ะ ได้อธิบายให้ฟังแล้ว",
         "sensitive_consent": "ยินยอมค่ะ ทั้งเรื่องสุขภาพจิตและประวัติเรือนจำ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่พักหลังออกจาก รพ. ไม่มีรายได้ค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ",
         "nationality": "สัญชาติไทยค่ะ",
         "current_province": "นนทบุรีค่ะ",
         "home_province": "นครราชสีมาค่ะ อ.ปักธงชัย",
         "travellers": "คนไข้คนเดียวค่ะ",
         "special_needs": "เป็นผู้ป่วยจิตเวช schizophrenia ต้องกินยาต่อเนื่องค่ะ",
         "more_care": "อยากให้ส่งต่อดูแลด้านจิตเวชต่อที่บ้านด้วยค่ะ ให้มีคนติดตามเรื่องกินยา",
         "travel_alone": "ไม่ควรเดินทางคนเดียวค่ะ เคยหลงทาง ต้องมีเจ้าหน้าที่ไปส่ง",
         "urgent": "ต้องออกจาก รพ.วันนี้ค่ะ คืนนี้ไม่มีที่นอน",
         "needs": "อยากให้ส่งต่อดูแลด้านจิตเวชต่อที่บ้านค่ะ ให้มีคนติดตามเรื่องกินยา",
         "name": "ชื่อคนไข้ สมพงษ์ ค่ะ",
         "phone": "เบอร์พยาบาลที่ตึกค่ะ 062-558-0193",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True,
                "special": ["sick", "cannot_travel_alone"],
                "referrals": ["mental_health_care"],
                "name": "สมพงษ์", "phone": "0625580193"}),

    # --- Long-term street sleepers in Bangkok ---------------------------------------

    # Man sleeping at Hua Lamphong for 5 years, collects bottles; mother in Ubon is very
    # ill. Has his ID card kept in a plastic bag; no phone, gives the number of a food
    # vendor at the station. Answers one thing per message. Urgent.
    "dev99 Hua Lamphong sleeper for five years, mother sick in Ubon": Persona(
        ("ขอความช่วยเหลือครับ",
         "ผมนอนหัวลำโพงมา ๕ ปีแล้ว เก็บขวดขาย แม่ที่อุบลป่วยหนัก อยากกลับไปดูแม่ ไม่มีตังค่ารถครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีที่อยู่ครับ นอนข้างทาง",
         "id_card": "มีครับ เก็บไว้ในถุงพลาสติกตลอด",
         "nationality": "ไทยครับ",
         "current_province": ("หัวลำโพงครับ", "กรุงเทพครับ"),
         "home_province": "อุบลครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "คืนนี้ก็นอนหน้าสถานีเหมือนเดิมครับ วันนี้ยังไม่ได้กินข้าว",
         "needs": "ไม่มีครับ ขอแค่ได้กลับบ้าน",
         "name": "ชาญครับ",
         "phone": "ผมไม่มีมือถือครับ ใช้เบอร์ป้าที่ขายข้าวหน้าสถานีได้ 0917734462",
         "confirm": "ใช่ครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "ชาญ", "phone": "0917734462"}),

    # Couple sleeping at Sanam Luang for nearly a year; she is 6 months pregnant and has
    # never had antenatal care; they want to go home to Nakhon Sawan to give birth.
    # Two travellers, urgent, pregnant; needs a doctor for the pregnancy.
    "dev99 Sanam Luang couple, she is six months pregnant": Persona(
        ("สวัสดีค่ะ",
         "หนูกับแฟนนอนสนามหลวงมาเกือบปีแล้วค่ะ ตอนนี้หนูท้อง6เดือน อยากกลับไปคลอดที่บ้านนครสวรรค์ค่ะ",
         "ไม่มีเงินค่ารถเลยค่ะ แฟนรับจ้างรายวันได้บ้างไม่ได้บ้าง"),
        {"consent": "ค่ะ ยินยอม",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีที่อยู่ค่ะ นอนสนามหลวง ข้าวบางวันก็ได้จากรถที่เขามาแจก ค่ารถก็ไม่มี",
         "id_card": "หนูมีบัตรค่ะ แฟนก็มี",
         "nationality": "ไทยทั้งสองคนค่ะ",
         "current_province": ("สนามหลวงค่ะ", "กทมค่ะ"),
         "home_province": "นครสวรรค์ค่ะ อ.ตาคลี",
         "travellers": "2คนค่ะ หนูกับแฟน",
         "special_needs": "หนูท้อง6เดือนค่ะ",
         "more_care": "ยังไม่เคยไปฝากท้องเลยค่ะ",
         "travel_alone": "ไปกับแฟนได้ค่ะ",
         "urgent": "คืนนี้ก็นอนสนามหลวงค่ะ ยังไม่ได้กินอะไรเลยตั้งแต่เช้า",
         "needs": "อยากไปหาหมอฝากครรภ์ค่ะ ยังไม่เคยตรวจเลย",
         "name": "น้ำฝนค่ะ",
         "phone": "เบอร์แฟนค่ะ 0983306127",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครสวรรค์",
                "travellers": 2, "urgent": True, "special": ["pregnant"],
                "referrals": ["medical_services"],
                "name": "น้ำฝน", "phone": "0983306127"}),

    # Woman who fled a violent husband, now at Mo Chit bus terminal with two children
    # (9 and 4), 80 baht left, wants to go to her mother in Phitsanulok ("พิดโลก").
    # Three travellers, children, urgent.
    "dev99 mother with two children fleeing her husband, at Mo Chit": Persona(
        ("ช่วยด้วยค่ะ",
         "ตอนนี้อยู่หมอชิตกับลูก2คน หนีผัวมาค่ะ เขาตี ออกมาแต่ตัว",
         "อยากกลับบ้านแม่ที่พิดโลก เงินเหลือ80บาท ตั๋วรถ3คนไม่พอ"),
        {"consent": "ยินยอมค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ แล้วคืนนี้ก็ไม่รู้จะนอนไหน",
         "id_card": "มีบัตรประชาชนค่ะ",
         "nationality": "คนไทยค่ะ",
         "current_province": ("หมอชิตค่ะ", "กรุงเทพค่ะ"),
         "home_province": "พิษณุโลกค่ะ บ้านแม่อยู่วังทอง",
         "travellers": "3 คนค่ะ หนู ลูกชาย9ขวบ ลูกสาว4ขวบ",
         "special_needs": "ลูกยังเล็กสองคนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ ลูกยังไม่ได้กินข้าวเย็น",
         "needs": "ขอแค่ได้กลับบ้านเร็วๆค่ะ กลัวผัวตามมา",
         "name": "แอนค่ะ",
         "phone": "๐๖๑-๒๒๔-๙๐๓๘",
         "confirm": "ค่ะ ถูกต้อง"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พิษณุโลก",
                "travellers": 3, "urgent": True, "special": ["child"],
                "no_referrals": HEALTH, "name": "แอน", "phone": "0612249038"}),

    # Man who lost a leg in a construction accident, begging around Sanam Luang for 3
    # years; crutch is broken; wants to live with his sister in Yasothon. Never
    # registered as disabled. Disabled, urgent; asks for a new crutch and the allowance.
    "dev99 one-legged man at Sanam Luang, broken crutch, no disability allowance": Persona(
        ("สวัสดีครับ",
         "ผมขาขาดข้างนึงจากอุบัติเหตุตอนทำงานก่อสร้าง นอนแถวสนามหลวงมา3ปี ขอทานบ้าง",
         "ไม้ค้ำยันก็หักแล้ว อยากกลับยโสธรไปอยู่กับน้องสาว"),
        {"consent": "ครับ ยินยอม",
         "sensitive_consent": "ได้ครับ",
         "hardship": "ไม่มีที่อยู่ ไม่มีรายได้ ไม่มีค่ารถ ครบเลยครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": ("สนามหลวงครับ", "กรุงเทพ"),
         "home_province": "ยโสธรครับ",
         "travellers": "คนเดียวครับ",
         "special_needs": "ขาขาดข้างซ้ายครับ เดินต้องใช้ไม้ค้ำ ตอนนี้ไม้ค้ำหัก",
         "more_care": "ผมยังไม่เคยได้เบี้ยคนพิการเลยครับ ไม่รู้ต้องทำยังไง",
         "travel_alone": "ไปเองได้ครับ ถ้ามีไม้ค้ำ น้องสาวจะมารับที่ขนส่ง",
         "urgent": "คืนนี้ก็นอนสนามหลวงครับ ข้าววันนี้ยังไม่ได้กิน",
         "needs": "อยากได้ไม้ค้ำอันใหม่ครับ แล้วก็เบี้ยคนพิการ ผมยังไม่เคยขึ้นทะเบียน",
         "name": "ประยูรครับ",
         "phone": "ไม่มีมือถือครับ เบอร์น้องสาว 0857719024",
         "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยโสธร",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "referrals": ["disability_allowance", "disability_devices"],
                "name": "ประยูร", "phone": "0857719024"}),

    # A foundation volunteer who hands out food at Hua Lamphong writes for a forgetful
    # 74-year-old woman who has slept in front of the station for about 2 years; home
    # Chaiyaphum per her ID card. Elderly, cannot travel alone, urgent; volunteer asks
    # about the old-age allowance.
    "dev99 volunteer writes for a forgetful 74-year-old woman at Hua Lamphong": Persona(
        ("สวัสดีค่ะ เป็นอาสาสมัครมูลนิธิที่ออกแจกข้าวคนไร้บ้านแถวหัวลำโพงค่ะ",
         "มียายคนนึงอายุ 74 นอนหน้าสถานีมาประมาณ2ปี ยายจำได้ว่าบ้านอยู่ชัยภูมิ บอกว่าอยากกลับไปหาลูกสาว",
         "ยายหลงๆลืมๆ ไม่มีเงินสักบาทค่ะ"),
        {"consent": "ยายยินยอมค่ะ อาสาอ่านให้ฟังแล้ว",
         "sensitive_consent": "ยินยอมค่ะ",
         "hardship": "ยายไม่มีที่อยู่ ไม่มีรายได้ ไม่มีค่ารถค่ะ",
         "id_card": "ยายมีบัตรประชาชนค่ะ เก่ามากแต่ยังอ่านออก",
         "nationality": "คนไทยค่ะ",
         "current_province": ("หัวลำโพงค่ะ", "กรุงเทพมหานครค่ะ"),
         "home_province": "ชัยภูมิค่ะ ที่อยู่ในบัตรเป็นอำเภอภูเขียว",
         "travellers": "ยายคนเดียวค่ะ",
         "special_needs": "ยายอายุ74ค่ะ ขี้หลงขี้ลืม",
         "more_care": "ต้องมีคนพาไปส่งถึงบ้านค่ะ",
         "travel_alone": "ไม่ได้ค่ะ ยายไปคนเดียวหลงแน่ๆ ต้องมีคนพาไปส่ง",
         "urgent": "คืนนี้ยายก็นอนหน้าสถานีค่ะ ไม่มีที่ไป",
         "needs": "ถึงบ้านแล้วอยากให้ยายได้เบี้ยคนแก่ด้วยค่ะ ไม่รู้ว่ายายเคยได้ไหม",
         "name": "ยายชื่อบุญเรือนค่ะ",
         "phone": "เบอร์อาสาค่ะ 089-661-3075",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["elderly_allowance"],
                "name": "บุญเรือน", "phone": "0896613075"}),

    # --- Dialect writers ----------------------------------------------------------

    # Southern construction worker cheated of two months' wages, sitting at the new
    # Southern Bus Terminal (สายใต้ใหม่) in Bangkok; home Surat Thani. Southern Thai
    # (ฉาน, เบี้ย, หลบบ้าน, พรือ, นิ, กะ). Answers one thing per message. Urgent.
    "dev99 southern builder cheated of wages, at the Southern Bus Terminal": Persona(
        ("หวัดดีครับ",
         "ฉานมาทำงานก่อสร้างที่กรุงเทพ ผู้รับเหมาหนีไม่จ่ายค่าแรง2เดือนแล้ว ตอนนี้ไม่มีเบี้ยสักบาท",
         "อยากหลบบ้านสุราษฎร์ นั่งอยู่ขนส่งสายใต้ใหม่นิ ไม่รู้ทำพรือแล้ว"),
        {"consent": "ได้ครับ",
         "idle": "ขอเบี้ยค่ารถหลบบ้านครับ",
         "hardship": "ไม่มีเบี้ยค่ารถหลบบ้านครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ แหลงใต้แต่ไทยแท้ๆ",
         "current_province": ("ขนส่งสายใต้ครับ", "กรุงเทพครับ"),
         "home_province": "สุราษฎร์ครับ อำเภอพุนพิน",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีไหรครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้กะนอนขนส่งนี่แหละครับ ข้าวยังไม่ได้กินแต่เช้า",
         "needs": "ไม่มีไหรแล้วครับ ขอหลบบ้านก่อน",
         "name": "ณรงค์ครับ",
         "phone": "081 720 4563",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุราษฎร์ธานี",
                "travellers": 1, "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "ณรงค์", "phone": "0817204563"}),

    # Young Southern mother laid off when her factory in Chonburi closed, husband gone,
    # 8-month-old baby; landlord lets her stay until Sunday and she still has rice, so
    # not urgent. Home Nakhon Si Thammarat ("นคร"). Asks for baby formula.
    "dev99 southern mother with a baby, factory closed in Chonburi": Persona(
        ("สวัสดีค่ะ",
         "โรงงานที่ชลบุรีปิดค่ะ ตกงานมาเดือนนึงแล้ว ผัวก็ทิ้งไป",
         "อยากพาลูกหลบบ้านนครค่ะ ไม่มีเบี้ยค่ารถ ลูกหนูแปดเดือน ร้องจังหู หนูไม่รู้ทำพรือแล้ว"),
        {"consent": "ได้ค่ะ ยินยอม",
         "sensitive_consent": "ได้ค่ะ",
         "hardship": "ไม่มีรายได้ ไม่มีค่ารถค่ะ ห้องเช่าเจ้าของให้อยู่ถึงวันอาทิตย์",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ชลบุรีค่ะ แถวอมตะ",
         "home_province": "นครศรีฯค่ะ อำเภอทุ่งสง",
         "travellers": "2คนค่ะ หนูกับลูก",
         "special_needs": "ลูกแปดเดือนค่ะ ยังกินนมอยู่",
         "more_care": "นมผงลูกจะหมดแล้วค่ะ",
         "travel_alone": "ไปได้ค่ะ",
         "urgent": "ตอนนี้ยังมีห้องนอนค่ะ ข้าวสารยังพอมีอยู่หน่อย แต่นมลูกเหลือกระป๋องสุดท้าย",
         "needs": "อยากได้นมผงกับผ้าอ้อมให้ลูกค่ะ",
         "name": "ฟาตีมะห์ค่ะ",
         "phone": "093-441-7820",
         "confirm": "ถูกแล้วค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครศรีธรรมราช",
                "travellers": 2, "urgent": False, "special": ["child"],
                "referrals": ["food_clothing_aid"], "no_referrals": HEALTH,
                "name": "ฟาตีมะห์", "phone": "0934417820"}),

    # Young man from Nan who came to Bangkok for work and was pickpocketed at Mo Chit;
    # ID card survived in his phone case. Kham Mueang (ปิ๊กบ้าน, บ่, สตางค์, กิ๋น,
    # ก๋าน, ยะจะใด). Hungry and will sleep in the terminal: urgent.
    "dev99 Kham Mueang man from Nan, pickpocketed at Mo Chit": Persona(
        ("สวัสดีครับ",
         "ผมมาหาก๋านยะที่กรุงเทพ โดนล้วงกระเป๋าตังที่หมอชิตครับ สตางค์หมดเลย",
         "อยากปิ๊กบ้านน่าน บ่มีสตางค์ค่ารถ ยะจะใดดีครับ"),
        {"consent": "ได้ครับ",
         "hardship": "บ่มีสตางค์ค่ารถปิ๊กบ้านครับ ข้าวก็บ่ได้กิ๋น",
         "id_card": "บัตรประชาชนยังอยู่ครับ ใส่ไว้ในซองโทรศัพท์ บ่ได้หายไปตวย",
         "nationality": "คนไทยครับ",
         "current_province": ("หมอชิตครับ", "กรุงเทพครับ"),
         "home_province": "น่านครับ อำเภอปัว",
         "travellers": "คนเดียวครับ",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ",
         "travel_alone": "ไปคนเดียวได้ครับ",
         "urgent": "คืนนี้คงนอนในขนส่งหมอชิตครับ ตั้งแต่เช้ายังบ่ได้กิ๋นหยังเลย",
         "needs": "บ่มีแล้วครับ ขอปิ๊กบ้านก่อน",
         "name": "ก้องครับ 0881239457",
         "phone": "0881239457",
         "confirm": "ใจ้ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน",
                "travellers": 1, "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "ก้อง", "phone": "0881239457"}),

    # A grandson working in Lamphun writes in Kham Mueang for his 70-year-old
    # grandfather (ป้ออุ้ย) with heart disease, who came down to a heart clinic in Chiang
    # Mai, lost his wallet and is stuck at Arcade bus station; home Pai, Mae Hong Son.
    # Elderly and sick, travels alone (does the trip often), urgent.
    "dev99 grandson writes in Kham Mueang for his grandfather stuck in Chiang Mai": Persona(
        ("สวัสดีครับ ผมเป็นหลานครับ",
         "ป้ออุ้ยผมอายุ 70 ลงมาหาหมอหัวใจที่สวนดอก เชียงใหม่ กระเป๋าสตางค์หายที่โรงบาล ตอนนี้นั่งอยู่ขนส่งอาเขตครับ",
         "ผมยะก๋านอยู่ลำพูน ต้องเข้ากะ ลงไปรับบ่ได้ ในบัญชีก็เหลือร้อยกว่าบาท ป้ออุ้ยปิ๊กบ้านปายบ่ได้"),
        {"consent": "ยินยอมครับ ผมถามป้ออุ้ยทางโทรศัพท์แล้ว",
         "sensitive_consent": "ได้ครับ",
         "hardship": "ป้ออุ้ยบ่มีค่ารถปิ๊กบ้านครับ คืนนี้ก็บ่มีที่นอน",
         "id_card": "มีครับ บัตรประชาชนแยกไว้อีกกระเป๋า บ่ได้หาย",
         "nationality": "คนไทยครับ",
         "current_province": "เชียงใหม่ครับ ขนส่งอาเขต",
         "home_province": "แม่ฮ่องสอนครับ อำเภอปาย",
         "travellers": "ป้ออุ้ยคนเดียวครับ",
         "special_needs": "อายุ70 เป็นโรคหัวใจครับ ต้องกินยาประจำ ยายังอยู่กับตัว",
         "more_care": "บ่มีครับ",
         "travel_alone": "ป้ออุ้ยขึ้นรถตู้ไปปายเองได้ครับ ไปมาประจำ",
         "urgent": "คืนนี้บ่มีที่นอนครับ ถ้าบ่ได้รถก็ต้องนอนขนส่ง ข้าวเย็นก็ยังบ่ได้กิ๋น",
         "needs": "บ่มีครับ",
         "name": "ป้ออุ้ยชื่อแก้วครับ",
         "phone": "ป้ออุ้ยบ่มีมือถือ ใช้เบอร์ผมครับ 0810062375",
         "confirm": "ใจ้ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": True, "special": ["elderly", "sick"],
                "name": "แก้ว", "phone": "0810062375"}),

    # --- Ordinary stranded workers -----------------------------------------------------

    # Group of four male construction workers in Bang Phli, Samut Prakan; the
    # contractor vanished owing them over a month's pay. They can still sleep at the
    # camp for a few days and have rice: not urgent. Home Buriram. Answers one thing
    # per message.
    "dev99 four builders in Samut Prakan, contractor ran off": Persona(
        ("สวัสดีครับ",
         "พวกผม4คนทำงานก่อสร้างที่บางพลี ผรม.หนีไปแล้วครับ ค้างค่าแรงเดือนกว่า",
         "จะกลับบุรีรัมย์กันหมด แต่ไม่มีตังค่ารถ"),
        {"consent": "ตกลงครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับครับ",
         "id_card": "มีครบทุกคนครับ",
         "nationality": "ไทยหมดครับ",
         "current_province": "สมุทรปราการครับ",
         "home_province": "บุรีรัมย์ครับ",
         "travellers": "4คนครับ",
         "special_needs": "ไม่มีครับ ผู้ชายหมด อายุ20กว่าถึง40",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปกันเองได้ครับ",
         "urgent": "แคมป์ยังนอนได้อีกสองสามวันครับ ข้าวสารยังพอมี",
         "needs": "ไม่มีครับ",
         "name": "บุญมาครับ",
         "phone": "๐๘๙ ๒๗๑ ๔๔๐๖",
         "confirm": "ครับ"},
        outcome="case",
        one_part=True,
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "บุรีรัมย์",
                "travellers": 4, "urgent": False, "special": [], "no_referrals": HEALTH,
                "name": "บุญมา", "phone": "0892714406"}),

    # Young kitchen worker fired in Patong, Phuket, unpaid, sleeping on the beach for
    # two nights. Writes without spaces; home is Loei province ("บ้านอยู่เลยครับ" reads
    # like "at all"). Urgent.
    "dev99 kitchen hand fired in Phuket, sleeping on the beach, home Loei": Persona(
        ("ดีครับ",
         "โดนไล่ออกจากร้านอาหารที่ป่าตองครับเจ้าของเบี้ยวเงินเดือนด้วยตอนนี้นอนชายหาดมา2คืนแล้ว",
         "บ้านอยู่เลยครับค่ารถทัวร์พันกว่าไม่มีปัญญาจ่ายเลย"),
        {"consent": "ok ครับ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ภูเก็ตครับ",
         "home_province": "จังหวัดเลยครับ อ.ด่านซ้าย",
         "travellers": "คนเดียว",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "urgent": "คืนนี้ก็นอนหาดอีกแหละครับ",
         "needs": "ไม่มีครับ",
         "name": "บอลครับ",
         "phone": "0640195528",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เลย",
                "travellers": 1, "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "บอล", "phone": "0640195528"}),

    # Fisherman who jumped ship at Mahachai (Samut Sakhon) after 8 months unpaid;
    # kept his own ID card; sleeping in the market, has not eaten. Some Isan words
    # (บ่, เข้า = rice, กะ). Phone fell in the sea: gives his wife's number. Urgent.
    "dev99 fisherman off a boat at Mahachai, unpaid eight months": Persona(
        ("สวัสดีครับ",
         "ผมหนีลงจากเรือประมงที่มหาชัยครับ ทำมา8เดือนไต้ก๋งบ่จ่ายเงินเลย",
         "อยากกลับบ้านสกลนคร บ่มีเงินสักบาทครับ"),
        {"consent": "ยินยอมครับ",
         "hardship": "บ่มีเงิน บ่มีที่นอนครับ นอนตลาดมหาชัย",
         "id_card": "มีครับ ผมเก็บไว้เองบ่ให้ไต้ก๋ง",
         "nationality": "ไทยครับ",
         "current_province": ("มหาชัยครับ", "สมุทรสาครครับ"),
         "home_province": "สกลนครครับ อ.สว่างแดนดิน",
         "travellers": "คนเดียวครับ",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "urgent": "คืนนี้กะนอนตลาดครับ เข้ายังบ่ได้กินเลย",
         "needs": "บ่มีครับ",
         "name": "สมหมายครับ",
         "phone": "โทรศัพท์ตกน้ำไปแล้วครับ ใช้เบอร์เมีย 095-663-7701",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "สมหมาย", "phone": "0956637701"}),

    # --- Refused ----------------------------------------------------------------------

    # Shan (ไต) orchard worker in Fang, Chiang Mai, laid off; has only a pink
    # migrant-worker card, Myanmar nationality, wants to go home to Shan State.
    # Not Thai, no Thai papers: refused.
    "dev99 Shan orchard worker with a pink card, wants to go back to Shan State": Persona(
        ("สวัสดีครับ",
         "ผมเป็นคนไตครับ มาจากเมืองปั่น รัฐฉาน ทำงานสวนส้มที่ฝาง นายจ้างเลิกจ้างแล้ว",
         "อยากกลับบ้านที่พม่า บ่มีเงินค่ารถเลยครับ ช่วยได้ก่อ"),
        {"consent": "ได้ครับ",
         "hardship": "บ่มีเงินค่ารถครับ",
         "id_card": "บ่มีบัตรประชาชนไทยครับ มีแต่บัตรชมพู",
         "nationality": "บ่ใจ้คนไทยครับ เป็นคนไต สัญชาติพม่า",
         "nationality_letter": "บ่มีครับ",
         "current_province": "เชียงใหม่ครับ อำเภอฝาง",
         "home_province": "รัฐฉาน ประเทศพม่าครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้นอนบ้านเพื่อนได้ครับ",
         "needs": "บ่มีครับ",
         "name": "จายลู่ครับ",
         "phone": "0623381904",
         "confirm": "ใจ้ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ", "no_referrals": HEALTH}),

    # Man released from Klong Prem 3 months ago, sleeping in Chatuchak park by Mo Chit;
    # born in Khlong Toei, Bangkok, old home demolished, no relatives upcountry. He
    # is already in his home province: no return-home aid. Clearly asks where in
    # Bangkok released prisoners get job training/help.
    "dev99 Bangkok-born ex-prisoner sleeping at Mo Chit, no home upcountry": Persona(
        ("สวัสดีครับ",
         "ผมออกจากคลองเปรมมาได้3เดือน ตอนนี้นอนแถวสวนจตุจักร หมอชิตครับ",
         "บ้านเดิมที่คลองเตยโดนรื้อไปแล้ว แม่ก็เสียตอนผมอยู่ข้างใน"),
        {"consent": "ยินยอมครับ",
         "sensitive_consent": "ได้ครับ",
         "idle": "อยากได้ความช่วยเหลือครับ",
         "hardship": "ไม่มีที่อยู่ครับ",
         "id_card": "มีครับ ทำใหม่ตอนใกล้ออก",
         "nationality": "ไทยครับ",
         "current_province": ("หมอชิตครับ", "กรุงเทพครับ"),
         "home_province": "ก็กรุงเทพนี่แหละครับ ผมเกิดคลองเตย ต่างจังหวัดไม่มีญาติเลย",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ก็นอนสวนเหมือนเดิมครับ",
         "needs": "อยากฝึกอาชีพครับ ในกรุงเทพมีหน่วยงานไหนช่วยคนพ้นโทษบ้าง",
         "name": "โอ๊ตครับ",
         "phone": "0829915036",
         "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "referrals": ["bangkok_support"],
                "no_referrals": HEALTH}),

    # Southern office worker in Bang Na with a room and a regular salary who wants a
    # free ticket home to Phatthalung for New Year because tickets are dear. Not in
    # hardship: refused.
    "dev99 southern office worker wants a free ticket home for New Year": Persona(
        ("หวัดดีค่ะ",
         "ขอสมัครรับค่ารถหลบบ้านค่ะ ช่วงปีใหม่จะหลบบ้านพัทลุง ตั๋วแพงจังหู",
         "ทำงานบริษัทอยู่บางนา มีห้องพักอยู่ เงินเดือนก็ยังได้ปกติ แต่อยากประหยัดค่ะ"),
        {"consent": "ได้ค่ะ",
         "idle": "ขอค่ารถหลบบ้านค่ะ",
         "hardship": "ไม่ถึงขนาดนั้นค่ะ มีห้อง มีข้าวกิน มีเงินเดือน แค่ตั๋วมันแพง",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ บางนา",
         "home_province": "พัทลุงค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่เดือดร้อนค่ะ มีห้องอยู่ ข้าวก็มีกิน",
         "needs": "ไม่มีค่ะ",
         "name": "นุ้ยค่ะ",
         "phone": "0871156624",
         "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "no_referrals": HEALTH}),

    # --- Answered (a question only) --------------------------------------------------

    # Mother of a released son who is already home; a factory wants a criminal
    # record check. Only asks where to get it.
    "dev99 mother asks where her released son gets a criminal record check": Persona(
        ("สวัสดีค่ะ",
         "ลูกชายพ้นโทษมาอยู่บ้านแล้วค่ะ จะไปสมัครงานโรงงาน เขาให้เอาใบตรวจประวัติอาชญากรไปด้วย ต้องไปขอที่หน่วยงานไหนคะ"),
        {"consent": "ค่ะ",
         "idle": "แค่อยากรู้ว่าไปขอที่ไหนค่ะ",
         "hardship": "ไม่ได้เดือดร้อนค่ะ อยู่บ้านกันแล้ว แค่ถามเฉยๆ"},
        outcome="answered",
        answered="กองทะเบียนประวัติอาชญากร"),

    # Village health volunteer in Chiang Rai writing Kham Mueang asks, for future
    # reference, which number to call day or night if someone from the village is
    # stranded elsewhere.
    "dev99 Kham Mueang village volunteer asks for the hotline number": Persona(
        ("สวัสดีเจ้า",
         "ข้าเจ้าเป็น อสม.อยู่เชียงราย อยากถามไว้ก่อนเจ้า ถ้ามีคนในบ้านไปตกค้างต่างจังหวัด บ่มีค่ารถปิ๊กบ้าน จะโทรหาเบอร์หยังได้ตลอด 24 ชั่วโมงเจ้า"),
        {"consent": "ได้เจ้า",
         "idle": "ถามเบอร์โทรเฉยๆเจ้า",
         "hardship": "ข้าเจ้าบ่ได้เดือดร้อนเจ้า ถามไว้เผื่อเจ้า"},
        outcome="answered",
        answered="1300"),

    # Southern man released a month ago, living at home in Pattani, asks whether any
    # office helps former prisoners find work. Only a question.
    "dev99 southern ex-prisoner at home asks who finds jobs for ex-prisoners": Persona(
        ("หวัดดีครับ",
         "ผมพ้นโทษมาได้เดือนนึง อยู่บ้านที่ปัตตานีแล้ว",
         "อยากถามว่ามีหน่วยงานไหนช่วยหางานให้คนพ้นโทษม้ายครับ ไปสมัครไหนเขากะไม่รับ"),
        {"consent": "ได้ครับ",
         "sensitive_consent": "ได้ครับ",
         "idle": "ถามเรื่องหางานครับ",
         "hardship": "ไม่ได้ตกค้างไหนครับ อยู่บ้านแล้ว แค่อยากได้งาน"},
        outcome="answered",
        answered="จัดหางาน"),
}
