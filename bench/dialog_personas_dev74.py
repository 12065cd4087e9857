"""Dialog personas, set "dev74" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: the Northeast (Isan). People from Nakhon Ratchasima, Khon Kaen, Udon Thani,
Ubon Ratchathani, Sakon Nakhon, Nakhon Phanom, Mukdahan, Roi Et, Kalasin, Maha
Sarakham, Yasothon, Amnat Charoen, Nong Khai, Loei, Bueng Kan, Chaiyaphum, Surin
(a Khmer-speaking grandfather, written for by a motorcycle-taxi rider) and Si Sa Ket
stranded in Bangkok, the East and the central plains, and people from the north and
the south stranded in Isan. Sugar-cane cutters and construction workers left unpaid,
grandparents raising grandchildren, a wife whose husband is in prison, a released
prisoner, young people cheated online (investment scam, romance scam). They write
heavy Isan dialect (ข้อย, เฮา, บ่, แม่น, เบิ่ง, เมือบ้าน, ซิ/สิ, จั่งใด, หยัง, เด้อ,
สู, บ่อนนอน, ไส, แหน่), some northern (เจ้า) and southern (ฉาน, หนิ, ไหร), Thai
digits, emoji, no spaces, and name districts (บ่อพลอย, พังโคน, เขมราฐ, ธาตุพนม,
ด่านซ้าย, ดอนตาล, เลิงนกทา, ปากช่อง, รังสิต...) and landmarks (หมอชิต, บขส.3,
ศิริราช, สนามหลวง, แหลมฉบัง) instead of provinces.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # sugar-cane cutters (couple + child), Bo Phloi Kanchanaburi -> Phang Khon Sakon Nakhon; case
    "dev74 sugar-cane family dumped at Bo Phloi": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือแหน่เด้อ",
         "ข้อยกับผัวมาตัดอ้อยอยู่บ่อพลอย หัวหน้าแก๊งหนีไปแล้วบ่จ่ายค่าแรงเฮา "
         "ตอนนี้เถ้าแก่ไล่ออกจากแคมป์แล้ว บ่มีค่ารถเมือบ้านพังโคน"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากเมือบ้าน บ่มีค่ารถ",
         "hardship": "บ่มีค่ารถเมือบ้าน บ่มีบ่อนนอนนำ",
         "id_card": "มีค่ะ มีทั้งสองคน",
         "current_province": "อ.บ่อพลอย กาญจนบุรี",
         "home_province": "พังโคน สกลนครค่ะ",
         "travellers": "3 คนค่ะ ข้อย ผัว กับลูกสาว 5 ขวบ",
         "urgent": "ด่วนค่ะ คืนนี้กะบ่ฮู้สินอนไส",
         "special_needs": "ลูกน้อยอายุ 5 ขวบค่ะ",
         "more_care": "บ่มีแล้วค่ะ", "travel_alone": "ไปนำกันหมดค่ะ",
         "needs": "บ่มีค่ะ ขอแค่ได้เมือบ้าน", "sensitive_consent": "ได้ค่ะ",
         "name": "นางคำปุ่น", "phone": "๐๘๗-๔๔๒-๙๑๐๕", "confirm": "แม่นแล้วค่ะ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "สกลนคร",
                "travellers": 3, "urgent": True, "special": ["child"],
                "no_referrals": HEALTH, "name": "คำปุ่น", "phone": "0874429105"}),

    # construction worker with a broken leg, Bang Na Bangkok -> Warin Chamrap Ubon; case
    "dev74 builder fell off scaffold at Bang Na": Persona(
        ("ครับ",
         "ข้อยเฮ็ดงานก่อสร้างอยู่บางนา ตกนั่งร้านขาหัก ผู้รับเหมาบ่รับผิดชอบ "
         "ไล่ออกจากแคมป์ บ่มีเงินเมือวารินครับ"),
        {"consent": "ยอมครับ", "idle": "ขอค่ารถเมือบ้านครับ",
         "hardship": "บ่มีค่ารถ บ่มีบ่อนอยู่", "id_card": "มีครับ",
         "current_province": "กทม บางนา", "home_province": "วารินชำราบ อุบลครับ",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ ตอนนี้นอนอยู่ป้ายรถเมล์",
         "special_needs": "ข้อยเองครับ ขาหักใส่เฝือกอยู่ ย่างบ่ค่อยได้",
         "more_care": "บ่มี", "travel_alone": "ไปได้อยู่ครับ มีไม้ค้ำ",
         "needs": "บ่มีครับ", "sensitive_consent": "ได้ครับ",
         "name": "สุริยา พิมพ์ทอง", "phone": "0918827364", "confirm": "ถืกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "name": "สุริยา พิมพ์ทอง", "phone": "0918827364"}),

    # grandmother with two grandchildren, Ban Chang Rayong -> Khemarat Ubon; case, old-age allowance
    "dev74 grandma looking for daughter in Ban Chang": Persona(
        ("แม่ใหญ่พาหลานสองคนมาตามหาแม่มันอยู่บ้านฉาง ระยอง บ่พ้อ โทรกะบ่ติด "
         "เงินหมดแล้ว บ่มีค่ารถเมือเขมราฐ ช่อยแหน่เด้อลูกเด้อ 🙏🙏",),
        {"consent": "ยอมจ้า", "idle": "ช่อยแม่ใหญ่แหน่",
         "hardship": "บ่มีค่ารถเมือ เข่ากะบ่มีสิกิน",
         "id_card": "มีบัตรประชาชนอยู่จ้า",
         "current_province": "ระยอง บ้านฉาง", "home_province": "อุบล เขมราฐ",
         "travellers": "สามคน แม่ใหญ่กับหลานสองคน",
         "urgent": "ด่วนหลาย มื้อคืนนอนป้ายรถ หลานหิวเข่า",
         "special_needs": "แม่ใหญ่อายุ 71 แล้ว หลานคนหนึ่ง 6 ขวบ คนหนึ่ง 9 ขวบ",
         "more_care": "บ่มีแล้ว", "travel_alone": "ไปเองได้ ขอแค่ค่ารถ",
         "needs": "เบี้ยคนเฒ่ายังบ่เคยได้จักเทื่อ อยากได้",
         "sensitive_consent": "ได้จ้า", "name": "ชื่อบุญหลายจ้า",
         "phone": "0862213347", "confirm": "แม่นแล้วจ้า"},
        expect={"eligible": True, "current": "ระยอง", "home": "อุบลราชธานี",
                "travellers": 3, "urgent": True, "special": ["elderly", "child"],
                "referrals": ["elderly_allowance"], "no_referrals": HEALTH,
                "name": "บุญหลาย", "phone": "0862213347"}),

    # wife visiting her husband in Klong Prem prison, stuck at Mo Chit with a baby -> That Phanom; case
    "dev74 prisoner's wife at Mo Chit": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ",
         "มาเยี่ยมผัวอยู่คุกคลองเปรม เงินหมดบ่พอค่ารถเมือบ้านธาตุพนม "
         "ตอนนี้อยู่หมอชิตกับลูกน้อย"),
        {"consent": "ยินยอม", "idle": "ขอค่ารถเมือบ้านค่ะ",
         "hardship": "บ่มีค่ารถเมือบ้าน", "id_card": "มีค่ะ",
         "current_province": "อยู่ขนส่งหมอชิต กรุงเทพ",
         "home_province": "ธาตุพนม นครพนมค่ะ",
         "travellers": "2 คน ข้อยกับลูกขวบกว่า",
         "urgent": "ด่วนค่ะ คืนนี้บ่มีบ่อนนอน สิเฝ้าอยู่ขนส่งนี่ล่ะ",
         "special_needs": "ลูกน้อยขวบกว่าๆค่ะ", "more_care": "บ่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "บ่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ ผัวข้อยติดคดียาอยู่",
         "name": "น.ส.พิมพ์ชนก วงศ์ศรี", "phone": "095 118 7726",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 2, "urgent": True, "special": ["child"],
                "no_referrals": HEALTH, "name": "พิมพ์ชนก วงศ์ศรี",
                "phone": "0951187726"}),

    # young man cheated by an online investment gang, Si Racha -> Phon Charoen Bueng Kan; case, wants work
    "dev74 online investment scam victim in Si Racha": Persona(
        ("โดนแก๊งหลอกลงทุนออนไลน์ครับ เงินหมดเกลี้ยง",),
        {"consent": "ครับ ยินยอม", "idle": "อยากเมือบ้านครับ",
         "hardship": "บ่มีค่ารถ", "id_card": "มีครับ",
         "current_province": "ศรีราชา", "home_province": "บึงกาฬครับ อ.พรเจริญ",
         "travellers": "คนเดียว",
         "urgent": "ยังบ่ด่วนครับ หมู่ให้นอนห้องได้อีก 2-3 คืน",
         "special_needs": "บ่มีครับ", "more_care": "บ่มี",
         "travel_alone": "ได้ครับ", "needs": "อยากหางานเฮ็ดครับ",
         "sensitive_consent": "ได้", "name": "ธนากร", "phone": "0648830251",
         "confirm": "ครับ ถืก"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "บึงกาฬ",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ธนากร", "phone": "0648830251"},
        one_part=True),

    # girl cheated by a Facebook boyfriend, Pattaya -> Kantharalak Si Sa Ket; case, wants counselling
    "dev74 romance scam girl in Pattaya": Persona(
        ("ฮือออ ช่วยหนูแหน่ 😭😭",
         "หนูมาหาแฟนที่ฮู้จักในเฟส นัดเจอพัทยา มันเอาเงินหนูไปหมดแล้วบล็อกหนีเลย "
         "ตอนนี้อยู่คนเดียว บ่มีเงินเมือบ้าน บ้านหนูอยู่กันทรลักษ์ค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากเมือบ้านค่ะ",
         "hardship": "บ่มีค่ารถ บ่มีบ่อนนอน", "id_card": "มีค่ะ",
         "current_province": "พัทยา บางละมุง ชลบุรี",
         "home_province": "ศรีสะเกษค่ะ กันทรลักษ์", "travellers": "หนูคนเดียว",
         "urgent": "ด่วนค่ะ โดนไล่ออกจากห้องแล้ว คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มีค่ะ", "more_care": "บ่มี",
         "travel_alone": "ได้ค่ะ",
         "needs": "อยากคุยกับหมอค่ะ หนูเครียดหลาย นอนบ่หลับหลายคืนแล้ว",
         "sensitive_consent": "ยินยอมค่ะ", "name": "ฝ้ายค่ะ",
         "phone": "081 776 4093", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["mental_health_care"], "name": "ฝ้าย",
                "phone": "0817764093"}),

    # southern builder left unpaid in Khon Kaen, at bus terminal 3 -> Hat Yai Songkhla; case, no phone of his own
    "dev74 southern builder stuck at Khon Kaen terminal 3": Persona(
        ("หวัดดีครับ ฉานไม่ใช่คนอีสานนะ มาทำงานก่อสร้างที่ขอนแก่น ผู้รับเหมาเบี้ยวค่าแรง "
         "หลาวนั่งอยู่ บขส.3 ไม่มีตังค์ไปบ้านหาดใหญ่ คืนนี้ไม่รู้ไปหลับไหน",),
        {"consent": "ได้", "idle": "ขอค่ารถไปบ้าน",
         "hardship": "ไม่มีตังค์ค่ารถ ไม่มีที่หลับ", "id_card": "มีบัตรอยู่",
         "current_province": "ขอนแก่น", "home_province": "สงขลา หาดใหญ่",
         "travellers": "ฉานคนเดียว", "urgent": "ด่วนหนิ คืนนี้ไม่มีที่หลับ",
         "special_needs": "ไม่มี", "more_care": "ไม่มีไหร",
         "travel_alone": "ไปได้", "needs": "ไม่มีไหรแล้ว",
         "sensitive_consent": "ได้", "name": "อาหมัด",
         "phone": "ไม่มีเบอร์ครับ โทรศัพท์หาย นี่ยืมเครื่องคนขายข้าวเหนียวอยู่",
         "confirm": "ถูกแล้ว"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "สงขลา",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "อาหมัด"}),

    # northern woman left by her Isan husband, Udon -> Mae Sai Chiang Rai, with daughter; case
    "dev74 northern mother left in Udon": Persona(
        ("เจ้า สวัสดีเจ้า",),
        {"consent": "ยินยอมเจ้า", "idle": "อยากขอค่ารถกลับบ้านเจ้า",
         "hardship": "ผัวทิ้งไปแล้ว บ่มีเงินค่ารถ", "id_card": "มีเจ้า",
         "current_province": "อุดร", "home_province": "แม่สาย เชียงราย",
         "travellers": "2 คนเจ้า",
         "urgent": "บ่ด่วนเจ้า นอนบ้านป้าข้างบ้านได้อยู่",
         "special_needs": "ลูกสาว 8 ขวบเจ้า", "more_care": "บ่มีเจ้า",
         "travel_alone": "ไปได้เจ้า", "needs": "บ่มีเจ้า",
         "sensitive_consent": "ได้เจ้า", "name": "แสงเดือน",
         "phone": "0832209917", "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "อุดรธานี", "home": "เชียงราย",
                "travellers": 2, "urgent": False, "special": ["child"],
                "no_referrals": HEALTH, "name": "แสงเดือน", "phone": "0832209917"},
        one_part=True),

    # Khmer-speaking grandfather abandoned at Sanam Luang, typed by a motorcycle-taxi rider -> Prasat Surin; case, escort
    "dev74 Khmer-speaking grandfather at Sanam Luang": Persona(
        ("สวัสดีครับ ผมเป็นวินมอไซค์แถวสนามหลวง มีลุงคนนึงมานั่งอยู่2วันแล้ว พูดเขมร "
         "พูดไทยได้นิดหน่อย บอกว่าบ้านอยู่ปราสาท สุรินทร์ ลูกพามาทิ้งไว้ ไม่มีเงินกลับ",
         "ผมพิมพ์แทนแกนะครับ"),
        {"consent": "ลุงแกยอมครับ", "idle": "ช่วยส่งลุงกลับบ้านครับ",
         "hardship": "ไม่มีที่นอน ไม่มีเงิน ไม่มีข้าวกิน",
         "id_card": "มีบัตรครับ แต่หมดอายุไปปีกว่าแล้ว",
         "nationality_letter": "ไม่มีครับ มีแต่บัตรเก่าที่หมดอายุ",
         "current_province": "กรุงเทพ สนามหลวง",
         "home_province": "สุรินทร์ อ.ปราสาท", "travellers": "ลุงคนเดียวครับ",
         "urgent": "ด่วนครับ แกนอนข้างถนน",
         "special_needs": "ลุงอายุ 76 แล้ว พูดไทยไม่ค่อยได้ อ่านหนังสือไม่ออก",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปคนเดียวไม่ได้ครับ กลัวแกหลง ถามทางใครก็ไม่รู้เรื่อง",
         "needs": "ไม่มีครับ ขอให้แกถึงบ้านก็พอ", "sensitive_consent": "ยอมครับ",
         "name": "ลุงชื่อ สอน ใจดี ครับ",
         "phone": "ลุงไม่มีโทรศัพท์ ใช้เบอร์ผมได้ครับ 0815527390",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort"], "name": "สอน ใจดี",
                "phone": "0815527390"}),

    # man released from Udon central prison, expired card -> Phon Phisai Nong Khai; case, card and work
    "dev74 released from Udon prison, card expired": Persona(
        ("พึ่งออกจากเรือนจำกลางอุดรมื้อวานครับ",
         "บัตรประชาชนหมดอายุตอนอยู่ข้างใน บ่มีเงินค่ารถเมือโพนพิสัย"),
        {"consent": "ยินยอม", "idle": "ขอค่ารถเมือบ้าน",
         "hardship": "บ่มีค่ารถเมือบ้าน",
         "id_card": "มีแต่หมดอายุแล้วครับ",
         "nationality_letter": "บ่มีครับ แต่บัตรเก่าที่หมดอายุยังอยู่ในมือ",
         "current_province": "อุดรครับ", "home_province": "หนองคาย อ.โพนพิสัย",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ มื้อคืนนอนหน้าเซเว่น",
         "special_needs": "บ่มีครับ", "more_care": "บ่มี", "travel_alone": "ได้",
         "needs": "อยากทำบัตรใหม่ แล้วกะอยากได้งานเฮ็ดครับ",
         "sensitive_consent": "ยินยอมครับ ติดคดีลักทรัพย์ 2 ปี",
         "name": "นายวีรพงษ์ สีดา", "phone": "๐๖๑-๗๗๐-๓๑๔๒",
         "confirm": "แม่นแล้วครับ"},
        expect={"eligible": True, "current": "อุดรธานี", "home": "หนองคาย",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "วีรพงษ์ สีดา",
                "phone": "0617703142"}),

    # factory closed, family of four at Map Ta Phut Rayong -> Dan Sai Loei; case, not urgent
    "dev74 laid-off family at Map Ta Phut": Persona(
        ("โรงงานปิดค่ะ ผัวเมียตกงานพร้อมกัน ลูกสองคน อยู่มาบตาพุด อยากเมือบ้านด่านซ้าย "
         "เงินบ่พอค่ารถ4คน",
         "ห้องเช่าจ่ายถึงสิ้นเดือน ข้าวสารใกล้สิหมดแล้ว"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ารถค่ะ",
         "hardship": "บ่มีค่ารถเมือบ้าน ข้าวกะใกล้หมด",
         "id_card": "มีค่ะ ทั้งผัวทั้งเมีย",
         "current_province": "ระยองค่ะ มาบตาพุด", "home_province": "เลย ด่านซ้าย",
         "travellers": "4 คน ข้อย ผัว ลูก 10 ขวบกับ 13 ขวบ",
         "urgent": "บ่ด่วนปานได๋ค่ะ ยังมีห้องนอนถึงสิ้นเดือน",
         "special_needs": "มีลูกน้อยสองคน", "more_care": "บ่มีแล้วค่ะ",
         "travel_alone": "ไปนำกันได้ค่ะ", "needs": "บ่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "รัตนา",
         "phone": "089-901-2456", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "เลย",
                "travellers": 4, "urgent": False, "special": ["child"],
                "no_referrals": HEALTH, "name": "รัตนา", "phone": "0899012456"}),

    # man stuck at Bang Pakong, gives only district names -> Don Tan Mukdahan; case
    "dev74 terse man at Bang Pakong": Persona(
        ("ขอความช่วยเหลือครับ",),
        {"consent": "ยอมรับ", "idle": "บ่มีค่ารถเมือบ้าน", "hardship": "บ่มีค่ารถ",
         "id_card": "มี", "current_province": ("บางปะกง", "แปดริ้ว"),
         "home_province": ("ดอนตาล มุก", "มุกดาหาร"), "travellers": "1",
         "urgent": "ด่วน บ่มีบ่อนนอน", "special_needs": "บ่มี",
         "more_care": "บ่มี", "travel_alone": "ได้", "needs": "บ่มี",
         "sensitive_consent": "ได้", "name": "สมบัติ", "phone": "0623345187",
         "confirm": "แม่น"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "มุกดาหาร",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "สมบัติ", "phone": "0623345187"},
        one_part=True),

    # man with HIV evicted at Rangsit Khlong 6 -> Selaphum Roi Et; case, HIV aid
    "dev74 HIV-positive man evicted at Rangsit": Persona(
        ("สวัสดีครับ ขอถามหน่อย",
         "ผมติดเชื้อHIV กินยาต้านอยู่ครับ ตกงาน เจ้าของหอไล่ออก อยู่รังสิต "
         "อยากเมือไปอยู่กับแม่ที่เสลภูมิ แต่บ่มีค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "บ่มีบ่อนอยู่ บ่มีค่ารถ", "id_card": "มีครับ",
         "current_province": "รังสิตครับ คลองหก ปทุมธานี",
         "home_province": "ร้อยเอ็ด เสลภูมิ", "travellers": "คนเดียว",
         "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "ผมเองครับ ติดเชื้อ ร่างกายอ่อนเพลีย",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ยาต้านใกล้หมด อยากได้ความช่วยเหลือเรื่องยากับเรื่องเงิน",
         "sensitive_consent": "ยินยอมครับ", "name": "กิตติพัฒน์",
         "phone": "0657123908", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["hiv_aid"], "name": "กิตติพัฒน์",
                "phone": "0657123908"}),

    # pregnant woman left by her boyfriend, Sattahip Chonburi -> Yang Talat Kalasin; case
    "dev74 pregnant woman left in Sattahip": Persona(
        ("ท้อง7เดือนค่ะ แฟนทิ้งไป อยู่สัตหีบ บ่มีเงินเมือบ้านยางตลาด "
         "คืนนี้บ่ฮู้สิไปนอนไส 😢",),
        {"consent": "ยินยอมค่ะ", "idle": "อยากเมือบ้านค่ะ",
         "hardship": "บ่มีที่นอน บ่มีค่ารถ", "id_card": "มีค่ะ",
         "current_province": "สัตหีบ ชลบุรี",
         "home_province": "กาฬสินธุ์ ยางตลาด", "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ", "special_needs": "ข้อยท้อง 7 เดือนค่ะ",
         "more_care": "บ่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ได้อยู่", "needs": "บ่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "ปัทมา", "phone": "0928845106",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": ["pregnant"],
                "name": "ปัทมา", "phone": "0928845106"}),

    # sister typing for her amputee brother, Bang Phli Samut Prakan -> Borabue Maha Sarakham; case, escort + allowance
    "dev74 sister writes for amputee brother in Bang Phli": Persona(
        ("พิมพ์แทนอ้ายเด้อค่ะ",
         "อ้ายข้อยขาขาดข้างหนึ่งจากอุบัติเหตุไซต์งาน นั่งวีลแชร์ อยู่บางพลี บ่มีไผเบิ่งแยง "
         "อยากให้เพิ่นได้เมือบ้านบรบือ ข้อยอยู่บ้านบ่มีเงินไปฮับ"),
        {"consent": "ยินยอมค่ะ อ้ายกะยอม", "idle": "ขอค่ารถให้อ้ายเมือบ้าน",
         "hardship": "บ่มีค่ารถ บ่มีไผเบิ่งแยง", "id_card": "อ้ายมีบัตรค่ะ",
         "current_province": "บางพลี สมุทรปราการ",
         "home_province": "บรบือ มหาสารคาม", "travellers": "อ้ายคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ นายจ้างให้ออกจากห้องพักคนงานแล้ว คืนนี้บ่มีบ่อนนอน",
         "special_needs": "อ้ายพิการขาขาด นั่งวีลแชร์", "more_care": "บ่มีค่ะ",
         "travel_alone": "ไปคนเดียวบ่ได้ค่ะ ขึ้นรถเองบ่ได้",
         "needs": "ยังบ่ได้ขึ้นทะเบียนคนพิการ อยากได้เบี้ยคนพิการนำ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "อ้ายชื่อ สุพจน์ ค่ะ",
         "phone": "เบอร์ข้อยเด้อ 0936641278", "confirm": "แม่นแล้วค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "มหาสารคาม",
                "travellers": 1, "urgent": True,
                "special": ["disabled", "cannot_travel_alone"],
                "referrals": ["disability_allowance", "travel_escort"],
                "name": "สุพจน์", "phone": "0936641278"}),

    # construction couple, Pak Chong Nakhon Ratchasima -> Lue Amnat Amnat Charoen; case
    "dev74 builder couple at Pak Chong": Persona(
        ("สวัสดีครับ อยู่โคราชครับ",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถเมือบ้าน",
         "hardship": "งานก่อสร้างหมดแล้ว บ่มีค่ารถเมือ", "id_card": "มีครับ",
         "current_province": "ปากช่องครับ", "home_province": "ลืออำนาจ อำนาจเจริญ",
         "travellers": "2 คน ข้อยกับเมีย",
         "urgent": "ด่วนครับ แคมป์เขาฮื้อออกมื้อนี้", "special_needs": "บ่มี",
         "more_care": "บ่มี", "travel_alone": "ได้", "needs": "บ่มีครับ",
         "sensitive_consent": "ได้", "name": "ประยูร", "phone": "0809123477",
         "confirm": "แม่นครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "อำนาจเจริญ",
                "travellers": 2, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "ประยูร", "phone": "0809123477"},
        one_part=True),

    # grandfather with a grandson in cancer treatment at Siriraj -> Phu Khiao Chaiyaphum; case
    "dev74 grandpa with sick grandson at Siriraj": Persona(
        ("พ่อใหญ่พาหลานมาหาหมอศิริราช หลานเป็นมะเร็งเม็ดเลือด หมอนัดหลายมื้อ "
         "เงินหมดแล้ว บ่มีค่ารถเมือภูเขียว",
         "ช่อยแหน่เด้อ"),
        {"consent": "เออ ยอม", "idle": "ขอค่ารถ",
         "hardship": "บ่มีค่ารถ บ่มีบ่อนนอน",
         "id_card": "มีอยู่ หลานกะมีบัตร",
         "current_province": "ศิริราช กรุงเทพ", "home_province": "ชัยภูมิ ภูเขียว",
         "travellers": "สองคน พ่อใหญ่กับหลานชาย 11 ขวบ",
         "urgent": "ด่วน คืนนี้นอนม้านั่งโรงบาล",
         "special_needs": "หลานป่วยเป็นมะเร็ง อายุ 11 พ่อใหญ่กะ 68 แล้ว",
         "more_care": "บ่มีแล้ว", "travel_alone": "ไปได้อยู่ ขึ้นรถทัวร์ไปเอง",
         "needs": "บ่มีดอก", "sensitive_consent": "ได้",
         "name": "นายทองใบ ศรีบุญเรือง", "phone": "0857741903",
         "confirm": "แม่นแล้ว"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 2, "urgent": True,
                "special": ["elderly", "child", "sick"],
                "name": "ทองใบ ศรีบุญเรือง", "phone": "0857741903"}),

    # Lao housemaid at Pratunam wanting to go to Vientiane; refused (nationality)
    "dev74 Lao housemaid at Pratunam": Persona(
        ("สะบายดีเจ้า",
         "ข้อยเป็นคนลาวเด้อ มาเฮ็ดงานแม่บ้านอยู่ประตูน้ำ นายจ้างไล่ออก "
         "บ่มีเงินเมือเวียงจัน ขอความช่วยเหลือได้บ่"),
        {"consent": "ยินยอมเจ้า", "idle": "อยากเมือบ้านเจ้า",
         "hardship": "บ่มีค่ารถ บ่มีบ่อนนอน",
         "id_card": "บ่มีบัตรไทยเจ้า มีแต่พาสปอร์ตลาว",
         "nationality_letter": "บ่มีเจ้า ข้อยบ่แม่นคนไทย",
         "current_province": "กรุงเทพ ประตูน้ำ", "home_province": "เวียงจัน ประเทศลาว",
         "travellers": "คนเดียวเจ้า", "urgent": "ด่วนเจ้า",
         "special_needs": "บ่มีเจ้า", "more_care": "บ่มี", "travel_alone": "ได้เจ้า",
         "needs": "บ่มีเจ้า", "sensitive_consent": "ได้เจ้า", "name": "ดอกจัน",
         "phone": "0954432178", "confirm": "แม่นแล้วเจ้า"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # pickpocketed at Laem Chabang, no card and no letter -> Non Sung Korat; refused (letter)
    "dev74 pickpocketed at Laem Chabang, no papers": Persona(
        ("โดนล้วงกระเป๋าครับ บัตรประชาชนหายไปนำ ตอนนี้อยู่แหลมฉบัง อยากเมือบ้านโนนสูง",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถเมือบ้าน", "hardship": "บ่มีค่ารถ",
         "id_card": "บัตรหายครับ โดนขโมยไปกับกระเป๋า",
         "nationality_letter": "บ่มีครับ ผู้ใหญ่บ้านกะบ่ฮู้จักเบอร์ บ่มีหนังสือหยังเลย",
         "current_province": "ชลบุรี แหลมฉบัง", "home_province": "โคราช โนนสูง",
         "travellers": "คนเดียว", "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มี", "more_care": "บ่มี", "travel_alone": "ได้",
         "needs": "อยากทำบัตรใหม่", "sensitive_consent": "ได้", "name": "ณัฐพล",
         "phone": "0996615023", "confirm": "แม่นครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # at Loeng Nok Tha wanting to go to Kut Chum, both in Yasothon; refused (already in home province)
    "dev74 Loeng Nok Tha to Kut Chum": Persona(
        ("ข้อยอยู่เลิงนกทา อยากเมือบ้านกุดชุม บ่มีค่ารถเด้อ",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถเมือบ้าน", "hardship": "บ่มีค่ารถ",
         "id_card": "มี", "current_province": ("เลิงนกทา", "ยโสธร"),
         "home_province": ("กุดชุม", "ยโสธรคือกัน"), "travellers": "คนเดียว",
         "urgent": "บ่ด่วน", "special_needs": "บ่มี", "more_care": "บ่มี",
         "travel_alone": "ได้", "needs": "บ่มี", "sensitive_consent": "ได้",
         "name": "บุญมี", "phone": "0871234590", "confirm": "แม่น"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # mother asks about the disability allowance for her son; answered
    "dev74 mother asks disability allowance": Persona(
        ("ถามแหน่เด้อ ลูกชายข้อยพิการขาลีบ เบี้ยคนพิการได้เดือนละจั๊กบาท",),
        {"consent": "ยินยอม", "idle": "ถามเรื่องเบี้ยคนพิการ"},
        outcome="answered", answered="800"),

    # grandmother raising grandchildren asks about money for elderly in hardship; answered
    "dev74 grandma asks hardship money for elderly": Persona(
        ("คนเฒ่าลำบาก เลี้ยงหลานอยู่ บ่มีไผเบิ่ง รัฐมีเงินช่วยบ่ลูก ได้เท่าใด ได้จั๊กเทื่อ",),
        {"consent": "ยินยอม", "idle": "ถามเรื่องเงินช่วยคนเฒ่า"},
        outcome="answered", answered="2,500"),

    # asks on a Sunday whom to call; answered
    "dev74 Sunday, who to call": Persona(
        ("มื้อนี้วันอาทิตย์ ห้องการปิดบ่ สิโทรหาไผได้แหน่ เบอร์หยัง",),
        {"consent": "ยินยอม", "idle": "ถามเบอร์โทร"},
        outcome="answered", answered="1300"),
}
