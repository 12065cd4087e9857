"""Persona set dev14 (2026-12-04).

Written from the seeds only (000_* services for released prisoners, 002_* officers' manual
and the 2000 regulation with its rates) and knowledge-topics.md, by a helper who did not
read the dialog code, the knowledge files, the tests, nor any other persona set.

Focus: how people really type on LINE. Thai written in Latin letters, mixed Thai-English,
heavy emoji and stickers-as-words, voice-to-text transcripts with mis-heard words, repeated
letters, one long message with no spaces, a story split over four short messages, people who
first ask a knowledge question (fee, how long, documents, where the office is) and then apply,
people who change an answer ("เอ้ย ไม่ใช่"), people who answer ahead in the first message,
people writing for a neighbour or for a stranger, elders of 70+ alone, a woman 8 months
pregnant alone, a man on dialysis, a family with twins. All regions.

20 personas: 17 eligible requests, 3 refusals (not Thai; no ID card and no letter; no
hardship), 3 one_part, 2 fixes at the summary.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Young man from Korat stuck in Bangkok, types Thai only in Latin letters (karaoke Thai).
    # Sleeping at the bus terminal tonight -> urgent. Name given in Latin letters, so no name
    # expectation; phone with spaces.
    "karaoke thai korat": Persona(
        ("sawasdee krub", "mai mee tang glub baan krub chan yoo BKK ja glub korat"),
        {"consent": "ok krub yinyom",
         "idle": "kor tang ka rod glub baan noi krub",
         "hardship": "mai mee tang loey krub tok ngan ma 2 deun laew",
         "id_card": "mee bat pracha chon krub",
         "nationality_letter": "mai mee krub mee tae bat",
         "nationality": "khon thai krub",
         "current_province": "yoo krungthep krub mochit",
         "home_province": "korat krub nakhon ratchasima",
         "travellers": "kon diew krub",
         "urgent": "keun nee non sathani mochit krub mai mee tee non",
         "special_needs": "mai mee krub",
         "travel_alone": "pai eng dai krub",
         "needs": "mai mee krub kor tae tang ka rod",
         "sensitive_consent": "ok krub",
         "name": "Tee krub",
         "phone": "081 234 5678",
         "confirm": "tuk tong krub"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True, "special": [], "phone": "0812345678"}),

    # Waitress in Pattaya writing half in English, wants to go home to Ubon. She still has a
    # friend's room to sleep in -> not urgent.
    "thai english mix pattaya": Persona(
        ("ไม่มี money กลับบ้านอะ 😭 อยู่ Pattaya จะกลับ Ubon ค่า",),
        {"consent": "ok ค่ะ ยินยอม",
         "idle": "อยากได้ help ค่ารถกลับบ้านค่ะ",
         "hardship": "ร้านปิด no job no money ค่า ค่ารถก็ไม่มี",
         "id_card": "มีค่ะ ID card อยู่กับตัว",
         "nationality_letter": "ไม่มีค่ะ แต่มีบัตรนะ",
         "nationality": "Thai ค่ะ",
         "current_province": "Pattaya ชลบุรีค่ะ",
         "home_province": "Ubon ค่ะ อุบล วารินชำราบ",
         "travellers": "just me ค่ะ คนเดียว",
         "urgent": "ไม่ urgent ค่ะ นอนห้อง friend ได้อยู่",
         "special_needs": "no ค่ะ",
         "travel_alone": "ไปเองได้ค่ะ ok",
         "needs": "อยากหางานทำที่อุบลด้วยค่ะ job อะไรก็ได้",
         "sensitive_consent": "ok ค่ะ",
         "name": "แพรวค่ะ",
         "phone": "0923456781",
         "confirm": "correct ค่ะ ถูกแล้ว"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุบลราชธานี", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["job_placement"],
                "name": "แพรว", "phone": "0923456781"}),

    # Girl of 19 in Hat Yai, left by her boyfriend, answers almost only with emoji and a
    # word or two. No place tonight -> urgent. Home Phrae.
    "emoji girl hat yai": Persona(
        ("🙏🙏🙏", "ช่วยหนูด้วย 😭😭 อยากกลับบ้าน"),
        {"consent": "👍 ยินยอม",
         "idle": "😭 ค่ารถกลับบ้าน 🚌🏠",
         "hardship": "💸❌ ไม่มีตังเลย 😭",
         "id_card": "มีบัตร ✅",
         "nationality_letter": "❌ ไม่มี",
         "nationality": "🇹🇭 ไทยค่ะ",
         "current_province": "📍หาดใหญ่",
         "home_province": "🏠 แพร่ค่ะ",
         "travellers": "1️⃣ คนเดียว",
         "urgent": "ด่วน 😭 คืนนี้ไม่มีที่นอน แฟนทิ้งไว้ที่หอ เจ้าของไล่ออกแล้ว",
         "special_needs": "❌",
         "travel_alone": "👌 ไปเองได้",
         "needs": "❌ ไม่มีค่ะ 🙏",
         "sensitive_consent": "👍",
         "name": "มิ้นท์ 🌸",
         "phone": "๐๙๕-๑๑๑-๒๒๓๓",
         "confirm": "✅✅ ถูกค่ะ 🙏"},
        expect={"eligible": True, "current": "สงขลา", "home": "แพร่", "travellers": 1,
                "urgent": True, "special": [], "phone": "0951112233"}),

    # Factory worker of 58 in Rayong dictating by voice: the phone mis-hears words
    # (ศรีสะเกศ, บัดประชาชน, ระยอง as "ระยองค์"), numbers read out in words and digits.
    # Still has his dorm room -> not urgent.
    "voice to text sisaket": Persona(
        ("สวัสดีครับ ผมพูดใส่มือถือนะครับ ผมอยากจะขอเงินค่ารถกลับบ้านที่ศรีสะเกศครับ "
         "ตอนนี้อยู่ระยองค์ โรงงานเลิกจ้างครับ",),
        {"consent": "ยินยอมครับ ยินยอม",
         "idle": "ขอค่ารถกลับบ้านครับ กลับศรีสะเกศ",
         "hardship": "โรงงานเลิกจ้างครับ ไม่มีรายได้ ไม่มีค่ารถกลับบ้านครับผม",
         "id_card": "มีบัดประชาชนครับ บัดยังไม่หมดอายุ",
         "nationality_letter": "ไม่มีครับ มีแต่บัด",
         "nationality": "คนไทยครับ สัญชาติไทย",
         "current_province": "ระยองค์ครับ นิคมมาบตาพุด",
         "home_province": "ศรีสะเกศครับ อำเภอขุขันธ์",
         "travellers": "ไปคนเดียวครับ คนเดียว",
         "urgent": "ยังมีหอพักอยู่ครับ อยู่ได้ถึงสิ้นเดือน ไม่ด่วนมาก",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้งานใหม่ครับ หางานที่บ้าน",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ชื่อสมศักดิ์ครับ สม ศักดิ์",
         "phone": "ศูนย์แปดเก้า 123 สี่ห้าหกเจ็ด",
         "confirm": "ถูกต้องครับ ถูกต้อง"},
        expect={"eligible": True, "current": "ระยอง", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["job_placement"],
                "name": "สมศักดิ์", "phone": "0891234567"}),

    # Mother with a 3-year-old thrown out by her husband tonight in Chonburi, types with
    # repeated letters. No place tonight -> urgent; small child.
    "repeated letters mother roi et": Persona(
        ("ช่วยด้วยยยยยยย", "ไม่มีเงินกลับบ้านนนนน ผัวไล่ออกจากบ้านนน 😭"),
        {"consent": "ยินยอมค่าาาา",
         "idle": "ขอค่ารถกลับบ้านค่าาา",
         "hardship": "ไม่มีที่อยู่ ไม่มีเงินนนน ไม่มีค่ารถด้วยยย",
         "id_card": "มีค่าาา เอาบัตรติดมาด้วย",
         "nationality_letter": "ไม่มีค่ะะ",
         "nationality": "ไทยค่าาา",
         "current_province": "ชลบุรีค่ะ แถวบ่อวิน",
         "home_province": "ร้อยเอ็ดค่าาา",
         "travellers": "2 คนค่ะ หนูกับลูกกก",
         "urgent": "ด่วนมากกกก คืนนี้ไม่มีที่นอนเลยค่ะะะ นั่งอยู่หน้าเซเว่น",
         "special_needs": "ลูกสามขวบค่าาา",
         "travel_alone": "ไปเองได้ค่ะ พาลูกไป",
         "needs": "ไม่มีค่ะ ขอแค่กลับบ้านนน",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "นุ่นค่ะ",
         "phone": "0867772211",
         "confirm": "ถูกต้องค่าาาา 🙏"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 2,
                "urgent": True, "special": ["child"], "name": "นุ่น", "phone": "0867772211"}),

    # Just released from prison in Bangkok, writes the whole story in one message with no
    # spaces. Expired ID card still counts. Must report to probation at home, wants a new card
    # and work; agrees to sensitive data.
    "no spaces released prisoner chiang rai": Persona(
        ("สวัสดีครับผมพึ่งพ้นโทษออกมาจากเรือนจำที่กรุงเทพเมื่อวานไม่มีเงินเลยสักบาทบัตรประชาชน"
         "หมดอายุแล้วต้องกลับไปรายงานตัวคุมประพฤติที่เชียงรายบ้านผมอยู่แม่สายครับไม่มีค่ารถกลับ"
         "คืนนี้ก็ไม่รู้จะนอนไหนครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับเชียงรายครับ",
         "hardship": "ไม่มีเงินไม่มีที่นอนไม่มีค่ารถครับ",
         "id_card": "มีครับแต่หมดอายุแล้ว",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับแถวหลักสี่",
         "home_province": "เชียงรายครับอำเภอแม่สาย",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับคืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "ต้องไปรายงานตัวคุมประพฤติครับ อยากทำบัตรประชาชนใหม่ แล้วก็อยากหางานทำครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "เอกครับ",
         "phone": "0614445566",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement", "probation_support"],
                "name": "เอก", "phone": "0614445566"}),

    # Cook in Phuket whose boss ran off without paying, tells it over four short messages.
    # Still has the staff room until the weekend -> not urgent. Home Chumphon.
    "four part story phuket": Persona(
        ("คือ", "หนูมาทำงานร้านอาหารที่ภูเก็ตค่ะ", "เจ้าของร้านปิดร้านหนีไปไม่จ่ายเงินเดือน",
         "อยากกลับบ้านที่ชุมพรค่ะ ไม่มีค่ารถ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับชุมพรค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ เงินเดือนไม่ได้",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ภูเก็ตค่ะ ป่าตอง",
         "home_province": "ชุมพรค่ะ หลังสวน",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังอยู่ห้องพนักงานได้ถึงวันอาทิตย์ค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ฝนค่ะ",
         "phone": "0987654320",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ชุมพร", "travellers": 1,
                "urgent": False, "special": [], "name": "ฝน", "phone": "0987654320"}),

    # Daughter of 45 first asks about the fee and how long it takes, then applies for herself
    # and her mother of 72. They have a room paid until tomorrow -> not urgent; elderly.
    "asks fee then applies with mother": Persona(
        ("สอบถามค่ะ ขอค่ารถกลับบ้านต้องเสียค่าธรรมเนียมไหมคะ", "แล้วใช้เวลากี่วันคะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "งั้นขอสมัครเลยค่ะ ขอค่ารถกลับพิษณุโลก",
         "hardship": "ตกงานค่ะ ไม่มีรายได้ ค่ารถกลับบ้านก็ไม่พอ",
         "id_card": "มีทั้งของหนูและของแม่ค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ ทั้งสองคน",
         "current_province": "กรุงเทพค่ะ แถวหมอชิต",
         "home_province": "พิษณุโลกค่ะ อ.วังทอง",
         "travellers": "2 คนค่ะ หนูกับแม่",
         "urgent": "ยังมีห้องเช่าถึงพรุ่งนี้ค่ะ คืนนี้ยังนอนได้",
         "special_needs": "แม่อายุ 72 แล้วค่ะ เดินช้า",
         "travel_alone": "หนูดูแม่เองได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "วันเพ็ญค่ะ",
         "phone": "0813332244",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พิษณุโลก",
                "travellers": 2, "urgent": False, "special": ["elderly"],
                "name": "วันเพ็ญ", "phone": "0813332244"}),

    # Man in Chiang Mai asks which documents and where the office is (ID card lost), then
    # applies. The village head has sent him a letter certifying nationality -> eligible.
    # Sleeps at a temple with the abbot's leave -> not urgent. Wants a new ID card.
    "asks documents then applies mae hong son": Persona(
        ("ต้องใช้เอกสารอะไรบ้างครับ บัตรหายไปแล้ว", "สำนักงานอยู่ตรงไหนครับ ผมอยู่เชียงใหม่"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอยื่นเลยครับ ขอค่ารถกลับแม่ฮ่องสอน",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ งานก่อสร้างหมด",
         "id_card": "บัตรหายครับ ไม่มีแล้ว",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านทำหนังสือรับรองให้แล้ว ส่งมาทางไลน์ ตัวจริงอยู่กับผม",
         "nationality": "คนไทยครับ",
         "current_province": "เชียงใหม่ครับ แถวช้างเผือก",
         "home_province": "แม่ฮ่องสอนครับ อ.ปาย",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ตอนนี้อาศัยนอนวัด หลวงพ่อให้นอนได้",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "จันทร์ครับ",
         "phone": "0628889900",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": False, "special": [], "referrals": ["id_card"],
                "name": "จันทร์", "phone": "0628889900"}),

    # Woman in Samut Prakan who corrects herself twice: home Udon -> "เอ้ย ไม่ใช่" Nong Khai,
    # 3 people -> no, 4 with her. Family: her, husband, her sister, son of 17 (not a small
    # child). Evicted tomorrow, tonight still in the room -> not urgent.
    "changes answers nong khai": Persona(
        ("สวัสดีค่ะ อยากขอค่ารถกลับบ้านค่ะ ทั้งครอบครัว",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "สามีตกงานค่ะ ไม่มีรายได้ ไม่มีค่ารถกลับ",
         "id_card": "มีค่ะ ทุกคนมีบัตร",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "ปากน้ำค่ะ สมุทรปราการ บางพลี",
         "home_province": "อุดรค่ะ เอ้ย ไม่ใช่ๆ หนองคาย บ้านแม่อยู่หนองคายค่ะ",
         "travellers": "3 คนค่ะ เอ้ยไม่ใช่ 4 คน รวมหนูด้วย หนู ผัว น้องสาว ลูกชาย 17",
         "urgent": "พรุ่งนี้ต้องออกจากห้องค่ะ คืนนี้ยังนอนได้",
         "special_needs": "ไม่มีค่ะ โตหมดแล้ว",
         "travel_alone": "ไปด้วยกันค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ลำดวนค่ะ",
         "phone": "0895553311",
         "confirm": "ถูกต้องค่ะ หนองคายนะคะ 4 คน"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "หนองคาย",
                "travellers": 4, "urgent": False, "special": [],
                "name": "ลำดวน", "phone": "0895553311"}),

    # Man who answers everything ahead in his first message. At the bus stop in Nakhon Sawan
    # (ปากน้ำโพ) with nowhere to sleep -> urgent. Home Kalasin.
    "answers ahead kalasin": Persona(
        ("ชื่อสมพงษ์ เบอร์ 0865551234 มีบัตรประชาชน คนไทย อยู่ปากน้ำโพ จะกลับกาฬสินธุ์ "
         "ไปคนเดียว ไม่มีค่ารถครับ คืนนี้นอนป้ายรถเมล์",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับกาฬสินธุ์ครับ บอกไปหมดแล้วนะ",
         "hardship": "ไม่มีค่ารถครับ บอกไปแล้ว",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ปากน้ำโพครับ นครสวรรค์",
         "home_province": "กาฬสินธุ์ครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้นอนป้ายรถเมล์",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "สมพงษ์ครับ",
         "phone": "0865551234",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครสวรรค์", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "special": [],
                "name": "สมพงษ์", "phone": "0865551234"}),

    # Neighbour writes for grandma Boonma (74) living alone in the next room in Bang Kapi,
    # who forgets things and cannot travel alone. Grandma can sleep in the neighbour's room
    # for a few days -> not urgent. FIX AT SUMMARY: the neighbour typed Lampang, grandma says
    # it is Lamphun.
    "neighbour for grandma lamphun": Persona(
        ("เขียนแทนยายข้างห้องค่ะ ยายอยู่คนเดียว อายุ 74 แล้ว ไม่มีเงินกลับบ้าน",),
        {"consent": "ยินยอมค่ะ ยายก็ยินยอม",
         "idle": "ขอค่ารถให้ยายกลับบ้านค่ะ",
         "hardship": "ยายไม่มีรายได้ค่ะ ลูกไม่ส่งเงินมา ค่าเช่าห้องก็ค้าง เจ้าของไล่",
         "id_card": "ยายมีบัตรค่ะ บัตรผู้สูงอายุ หมดอายุไม่ได้",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ บางกะปิ",
         "home_province": "ลำปางค่ะ",
         "travellers": "ยายคนเดียวค่ะ",
         "urgent": "ยายนอนห้องหนูได้สองสามวันค่ะ ไม่ถึงกับด่วน",
         "special_needs": "ยายอายุ 74 ค่ะ ขี้ลืม เดินไม่ค่อยไหว",
         "travel_alone": "ไปเองไม่ได้ค่ะ ลืมทาง ต้องมีคนพาไป",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ยายบุญมาค่ะ",
         "phone": "เบอร์หนูนะคะ 0854441122 ยายไม่มีโทรศัพท์",
         "confirm": ("ไม่ใช่ลำปางค่ะ ยายบอกว่าบ้านอยู่ลำพูน ขอโทษค่ะ", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ลำพูน",
                "travellers": 1, "urgent": False,
                "special": ["cannot_travel_alone", "elderly"], "phone": "0854441122"}),

    # REFUSAL (no papers): a man writes for a stranger he met at the Udon bus terminal whose
    # bag with his ID card was stolen; no letter from the village head either.
    "stranger at udon terminal no papers": Persona(
        ("ผมเจอผู้ชายคนนึงนั่งอยู่ที่ บขส.อุดร บอกว่าโดนขโมยกระเป๋า",
         "ไม่มีเงินกลับบ้านที่ยโสธร ช่วยเขาได้ไหมครับ"),
        {"consent": "ยินยอมครับ เขาก็โอเค",
         "idle": "ขอค่ารถให้เขากลับยโสธรครับ",
         "hardship": "เขาไม่มีเงินสักบาท ไม่มีค่ารถครับ",
         "id_card": "บัตรหายไปกับกระเป๋าครับ ไม่มีเลย",
         "nationality_letter": "ไม่มีครับ ไม่มีหนังสืออะไรเลย ติดต่อผู้ใหญ่บ้านไม่ได้",
         "nationality": "เขาบอกว่าเป็นคนไทยครับ",
         "current_province": "อุดรครับ บขส.",
         "home_province": "ยโสธรครับ",
         "travellers": "เขาคนเดียวครับ",
         "urgent": "คืนนี้เขาไม่มีที่นอนครับ",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "เขาไปเองได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "เขาชื่อแดงครับ",
         "phone": "เบอร์ผมครับ 0871239876",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
        outcome="refused"),

    # ONE_PART. Man of 78 alone in Hua Hin, types slowly, one thing per message. Sleeps at a
    # temple -> not urgent. Says he can take the direct bus alone -> elderly only.
    "elder 78 alone hua hin one part": Persona(
        ("สวัสดีครับหลาน",),
        {"consent": "ยินยอม",
         "idle": "ลุงอยากกลับบ้าน",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "มี",
         "nationality_letter": "ไม่มี",
         "nationality": "ไทย",
         "current_province": "หัวหิน",
         "home_province": "สุรินทร์",
         "travellers": "คนเดียว",
         "urgent": "นอนวัดอยู่ ไม่ด่วน",
         "special_needs": "ลุงอายุ78แล้ว",
         "travel_alone": "ไปเองได้ รถทัวร์ตรง",
         "needs": "ไม่มี",
         "sensitive_consent": "ยินยอม",
         "name": "ลุงเปลี่ยน",
         "phone": "0819990011",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "สุรินทร์",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "phone": "0819990011"},
        one_part=True),

    # Woman 8 months pregnant alone in Mahachai: laid off, husband left. Still has her room
    # until the end of the month -> not urgent. Says she can go alone on the direct bus.
    "pregnant 8 months mahachai": Persona(
        ("หนูท้อง 8 เดือนค่ะ ผัวหนีไป โรงงานให้ออก", "อยากกลับไปคลอดที่บ้านบุรีรัมย์ค่ะ ไม่มีค่ารถ 😢"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบุรีรัมย์ค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "มหาชัยค่ะ",
         "home_province": "บุรีรัมย์ค่ะ นางรอง",
         "travellers": "คนเดียวค่ะ ในท้องอีกคน 555",
         "urgent": "ยังมีห้องอยู่ถึงสิ้นเดือนค่ะ",
         "special_needs": "หนูท้อง 8 เดือนค่ะ",
         "travel_alone": "ไปคนเดียวได้ค่ะ รถทัวร์ตรงถึงนางรอง",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "อ้อยค่ะ",
         "phone": "0640001122",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "อ้อย", "phone": "0640001122"}),

    # Man of 52 on dialysis three times a week, came to a Bangkok hospital, lost his job;
    # goes home to Surat Thani with his wife to continue dialysis there. Staying with a
    # relative. Agrees to sensitive data -> medical referral. FIX AT SUMMARY: phone wrong.
    "dialysis man surat": Persona(
        ("สวัสดีครับ ผมฟอกไตอยู่ครับ อาทิตย์ละ 3 ครั้ง", "อยากกลับไปฟอกที่บ้านสุราษฎร์ ไม่มีค่ารถครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับสุราษฎร์ครับ",
         "hardship": "ตกงานครับ ป่วยทำงานไม่ได้ ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ อาศัยบ้านญาติแถวบางซื่อ",
         "home_province": "สุราษฎร์ธานีครับ อ.พุนพิน",
         "travellers": "2 คนครับ ผมกับเมีย",
         "urgent": "ยังอยู่บ้านญาติได้ครับ แต่ต้องรีบไปฟอกไตที่โน่น",
         "special_needs": "ผมป่วยเป็นโรคไตครับ ต้องฟอกไต",
         "travel_alone": "เมียไปด้วยครับ",
         "needs": "ต้องฟอกไตต่อที่โรงพยาบาลสุราษฎร์ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ประเสริฐครับ",
         "phone": "0817778890",
         "confirm": ("เบอร์ผิดครับ ที่ถูก 0817778899", "ถูกต้องครับ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุราษฎร์ธานี",
                "travellers": 2, "special": ["sick"], "referrals": ["medical_services"],
                "name": "ประเสริฐ", "phone": "0817778899"}),

    # ONE_PART. Father with wife and 1-year-old twins in Chachoengsao (แปดริ้ว), writes
    # Thai-English ("twins"). Evicted, sleeping at a petrol station tonight -> urgent.
    "twins family paet riu one part": Persona(
        ("ขอค่ารถกลับสกลครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "โดนไล่ออกจากห้องครับ ไม่มีเงิน",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "แปดริ้วครับ",
         "home_province": "สกลนครครับ",
         "travellers": "4 คนครับ ผม เมีย ลูก twins",
         "urgent": "ด่วนครับ คืนนี้นอนปั๊ม",
         "special_needs": "ลูกแฝดขวบนึงครับ",
         "travel_alone": "ไปด้วยกันหมดครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "บอลครับ",
         "phone": "0632224455",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "สกลนคร",
                "travellers": 4, "urgent": True, "special": ["child"],
                "name": "บอล", "phone": "0632224455"},
        one_part=True),

    # REFUSAL (not Thai): Lao woman working in Bangkok with a pink card, writes Isan-Lao,
    # wants to go home to Vientiane.
    "lao woman pink card": Persona(
        ("สะบายดีเจ้า ข้อยอยากกลับบ้านเด้อ บ่มีเงินค่ารถ",),
        {"consent": "ยินยอมเจ้า",
         "idle": "อยากได้ค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีเงินเจ้า นายจ้างบ่จ่าย",
         "id_card": "มีบัตรชมพูเจ้า บ่แม่นบัตรไทย",
         "nationality_letter": "บ่มีเจ้า",
         "nationality": "ข้อยเป็นคนลาวเจ้า บ่แม่นคนไทย",
         "current_province": "กรุงเทพเจ้า",
         "home_province": "เวียงจันทน์ ลาวเจ้า",
         "travellers": "คนเดียวเจ้า",
         "urgent": "ยังมีห้องอยู่เจ้า",
         "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปเองได้เจ้า",
         "needs": "บ่มีเจ้า",
         "sensitive_consent": "ยินยอมเจ้า",
         "name": "คำแพงเจ้า",
         "phone": "0659871234",
         "confirm": "ถืกต้องเจ้า"},
        expect={"eligible": False, "reason": "สัญชาติ"},
        outcome="refused"),

    # REFUSAL (no hardship): man in Bangkok asks the fee and how long it takes, then admits he
    # has the money and only wants a free ticket home to Trang for Songkran.
    "no hardship songkran trang": Persona(
        ("ขอค่ารถกลับบ้านฟรีต้องเสียตังค์ไหมครับ", "กี่วันได้ครับ จะกลับตรังช่วงสงกรานต์"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอตั๋วกลับตรังครับ",
         "hardship": "ก็มีเงินอยู่ครับ มีงานทำ แต่อยากประหยัด 555",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ",
         "home_province": "ตรังครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ มีคอนโดอยู่",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ต้นครับ",
         "phone": "0991112233",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": False, "reason": "ไม่เข้าเกณฑ์"},
        outcome="refused"),

    # ONE_PART. Woman in Krabi left by her foreign partner, types English + karaoke Thai +
    # Thai. Staying at a friend's bungalow -> not urgent. Home Nakhon Phanom. Wants work.
    "english karaoke krabi one part": Persona(
        ("hi ka", "I want go back home na ka no money"),
        {"consent": "ok ka yinyom",
         "idle": "kor ka rot glub ban ka",
         "hardship": "no money ka faen tinh pai laew",
         "id_card": "have Thai ID card ka มีบัตร",
         "nationality_letter": "no ka",
         "nationality": "Thai ka คนไทย",
         "current_province": "Krabi ka อ่าวนาง",
         "home_province": "Nakhon Phanom ka นครพนม",
         "travellers": "only me ka 1",
         "urgent": "not urgent ka stay friend bungalow",
         "special_needs": "no ka",
         "travel_alone": "can go alone ka",
         "needs": "want job ka อยากหางานทำ",
         "sensitive_consent": "ok ka",
         "name": "Nok ka นก",
         "phone": "0976543210",
         "confirm": "correct ka ถูกต้อง"},
        expect={"eligible": True, "current": "กระบี่", "home": "นครพนม", "travellers": 1,
                "urgent": False, "special": [], "referrals": ["job_placement"],
                "phone": "0976543210"},
        one_part=True),
}
