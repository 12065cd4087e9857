"""Dialog personas, set "dev79" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: young people and heavy texters, from every region: students stranded after a
job scam (Mae Sot, the Cambodian border, a durian orchard), a young couple with a
pregnant girlfriend, a teenage-looking young mother with a baby, a 19-year-old who ran
away and wants to go home, a gay man and a trans woman thrown out by their partners,
delivery riders whose motorbike was seized by the finance company or the police, a
young man just out of prison, a granddaughter with her sick grandmother, volunteers and
a sister writing for someone else. They write in slang and net-speak (555, จุงเบย,
มากๆๆๆ, เค้า, ตัวเอง, อ่ะ, ป่ะ, งับ, นะคับ, คร้าบ), with emoji, repeated letters, no
spaces, Thai digits, English words (help, ok, no money), voice-typing slips and
autocorrect errors (สมุดปราการ, หนองบัวลำพู), nicknames of places (โคราช, พิดโลก,
ขก, นครศรีฯ, รังสิต, ศาลายา, อาเขต, สายใต้ใหม่) and abbreviations (กทม, ตจว, บขส,
รพ, ปชช); some answer with one word or an emoji, one tells everything in one long
run-on message.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # two students scammed by a fake job, escaped at Mae Sot (Tak) to Korat; urgent
    "dev79 two students job scam, Mae Sot to Korat": Persona(
        ("สวัสดีค่ะะะ",
         "คือเค้ากับเพื่อนโดนหลอกมาทำงานที่แม่สอดอ่ะค่ะ บอกว่าเป็นแอดมินเงินดี ที่ไหนได้จะพาข้ามไปฝั่งพม่า 😭😭 "
         "เราหนีออกมาได้ ตอนนี้อยู่ท่ารถแม่สอด ไม่มีตังกลับโคราชเลยยย help ตัวเองช่วยเค้าหน่อยน้า"),
        {"consent": "ได้ค่ะ ยินยอม",
         "idle": "อยากกลับบ้านค่ะ ไม่มีค่ารถ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ ตังหมดแล้ว ไม่มีที่นอนด้วย",
         "id_card": "มีค่ะ บัตรอยู่ครบทั้งสองคน เค้ายึดไปแค่มือถือเพื่อน",
         "current_province": "ท่ารถ บขส แม่สอด จ.ตากค่ะ",
         "home_province": "โคราชค่ะ อ.ปักธงชัย",
         "travellers": "2 คนค่ะ เค้ากับเพื่อน เป็นนักศึกษาทั้งคู่ อายุ 20 กับ 21",
         "urgent": "ด่วนมากๆๆๆ คืนนี้ไม่มีที่นอนเลย นั่งอยู่ท่ารถ กลัวมากก",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "ไม่มีค่ะ แค่อยากกลับบ้าน",
         "name": "มายด์ค่ะ 0987654321 ใช้เบอร์เค้าเบอร์เดียวนะคะ",
         "phone": "0987654321",
         "confirm": "ถูกต้องค่ะ 🙏🙏"},
        expect={"eligible": True, "current": "ตาก", "home": "นครราชสีมา", "travellers": 2,
                "urgent": True, "special": [], "name": "มายด์", "phone": "0987654321",
                "no_referrals": HEALTH}),

    # young couple evicted in Pattaya, girlfriend 4 months pregnant, to Surin; urgent
    "dev79 young couple evicted in Pattaya, pregnant girlfriend, to Surin": Persona(
        ("สวัสดีครับ ผมกับแฟนอยู่พัทยาครับ ร้านที่ทำงานปิดไปเดือนนึงละ หางานใหม่ไม่ได้ ค่าห้องค้าง2เดือน"
         "เจ้าของห้องไล่ออกเมื่อเช้า ตอนนี้นั่งอยู่ริมหาดกันสองคน แฟนท้องได้4เดือน อยากกลับบ้านที่สุรินทร์"
         "ไปอยู่กับแม่แต่ไม่มีตังเลยครับ ช่วยด้วยครับ🙏",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่อยู่ครับ",
         "id_card": "มีบัตรทั้งคู่ครับ",
         "current_province": "พัทยา ชลบุรีครับ",
         "home_province": "สุรินทร์ครับ อ.ท่าตูม",
         "travellers": "2 คน ผมกับแฟน",
         "urgent": "ครับ คืนนี้ไม่มีที่นอนเลย",
         "special_needs": "แฟนท้อง 4 เดือนครับ",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "เดินทางได้ครับ ผมไปด้วย",
         "needs": "อยากให้แฟนได้ฝากครรภ์ที่ รพ.ใกล้บ้านครับ ยังไม่ได้ฝากเลย",
         "sensitive_consent": "ได้ครับ",
         "name": "บอส ครับ เบอร์ 062-345-6789",
         "phone": "062-345-6789",
         "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "สุรินทร์", "travellers": 2,
                "urgent": True, "special": ["pregnant"], "referrals": ["medical_services"],
                "name": "บอส", "phone": "0623456789"}),

    # young mother with an 8-month baby in Rangsit (Pathum Thani) to Phitsanulok; not urgent
    "dev79 young mother with baby, Rangsit to Phitsanulok, one part": Persona(
        ("สวัสดีค่ะ", "หนูมีลูกอ่อนค่ะ อยากกลับบ้าน"),
        {"consent": "ค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีตังค่ารถค่ะ แฟนทิ้งไปแล้ว",
         "id_card": "มีค่ะ",
         "current_province": ("รังสิตค่ะ", "ปทุมธานีค่ะ แถวคลองหนึ่ง"),
         "home_province": ("พิดโลกค่ะ", "พิษณุโลกค่ะ"),
         "travellers": "๒ คนค่ะ หนูกับลูก",
         "urgent": "ยังไม่ด่วนค่ะ อาศัยห้องเพื่อนอยู่ เพื่อนให้อยู่ได้ถึงสิ้นเดือน",
         "special_needs": "ลูก ๘ เดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "หนูอุ้มลูกไปเองได้ค่ะ",
         "needs": "นมผงลูกใกล้หมดค่ะ",
         "name": "ฝนค่ะ",
         "phone": "๐๘๙-๑๒๓-๔๕๖๗",
         "confirm": "ถูกค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "ปทุมธานี", "home": "พิษณุโลก", "travellers": 2,
                "urgent": False, "special": ["child"], "referrals": ["food_clothing_aid"],
                "name": "ฝน", "phone": "0891234567"}),

    # 19-year-old who ran away two years ago, sleeping at Mo Chit, to Chiang Rai; one word
    "dev79 runaway aged 19 at Mo Chit, one-word answers, to Chiang Rai": Persona(
        ("อยากกลับบ้าน", "🥺"),
        {"consent": "👍",
         "idle": "กลับบ้าน",
         "hardship": ("ไม่มีตัง", "หนีออกจากบ้านมาตั้งแต่17 ตอนนี้19ละ อยากกลับไปหาแม่"),
         "id_card": "มี",
         "current_province": ("หมอชิต", "กทม"),
         "home_province": "เชียงราย",
         "travellers": "1",
         "urgent": "อือ นอนท่ารถ",
         "special_needs": "ไม่มี",
         "more_care": "ไม่",
         "needs": "ไม่มี",
         "name": "แบงค์",
         "phone": "0815556677",
         "confirm": "👍"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [], "name": "แบงค์",
                "phone": "0815556677", "no_referrals": HEALTH}),

    # gay man thrown out by his boyfriend in Patong (Phuket) to Nakhon Si Thammarat; urgent
    "dev79 gay man thrown out by boyfriend, Phuket to Nakhon Si Thammarat": Persona(
        ("สวัสดีคร้าบบบ",
         "คือแฟนไล่ออกจากห้องอ่ะ (แฟนผู้ชายนะ 555) ทะเลาะกันแรงมากก ห้องเป็นของเค้า ของก็โยนออกมาหมด 😭 "
         "ตอนนี้ลากกระเป๋าอยู่แถวป่าตอง",
         "อยากกลับบ้านที่นครศรีฯ แต่ตังเหลือ40บาท ทำไงดีงับ"),
        {"consent": "ได้งับ",
         "idle": "ขอค่ารถกลับบ้านงับ",
         "hardship": "ไม่มีค่ารถกลับบ้านงับ ไม่มีที่นอนด้วย",
         "id_card": "มีงับ",
         "current_province": "ภูเก็ต ป่าตองงับ",
         "home_province": "นครศรีธรรมราช อ.ทุ่งสง งับ",
         "travellers": "คนเดียวงับ",
         "urgent": "ด่วนงับ คืนนี้ไม่มีที่ไปเลย",
         "special_needs": "ไม่มีงับ",
         "more_care": "ไม่มีงับ",
         "needs": "อยากได้งานทำแถวบ้านด้วยงับ ถ้ามี",
         "name": "ต้นกล้า งับ 0641239876",
         "phone": "0641239876",
         "confirm": "ถูกต้องงับ 💕"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ต้นกล้า", "phone": "0641239876"}),

    # trans woman thrown out by her partner in Chiang Mai, HIV on ARVs, to Ubon; urgent
    "dev79 trans woman thrown out by partner, HIV, Chiang Mai to Ubon": Persona(
        ("สวัสดีค่า",
         "น้องเป็นสาวประเภทสองนะคะ โดนแฟนไล่ออกจากบ้านที่เชียงใหม่ค่ะ อยู่ด้วยกันมา3ปี",
         "ตอนนี้ไม่มีที่ไป อยากกลับอุบลค่ะ"),
        {"consent": "ยินยอมค่า",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่พักค่ะ",
         "id_card": "มีค่ะ แต่ในบัตรยังเป็นนายนะคะ 555",
         "current_province": "เชียงใหม่ค่ะ แถวช้างเผือก",
         "home_province": "อุบลราชธานีค่ะ วารินชำราบ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ขอพูดตรงๆนะคะ น้องติดเชื้อ HIV กินยาต้านอยู่ ยาเหลือแค่5วัน",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "เดินทางเองได้ค่ะ",
         "needs": "อยากย้ายไปรับยาต้านที่ รพ.อุบลค่ะ กลัวยาขาด",
         "sensitive_consent": "ได้ค่ะ บันทึกได้",
         "name": "เฟิร์น ค่ะ 0957778888",
         "phone": "0957778888",
         "confirm": "ถูกต้องค่า"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "referrals": ["hiv_aid"],
                "name": "เฟิร์น", "phone": "0957778888"}),

    # delivery rider, finance company seized his bike, locked out in Lat Phrao, to Roi Et
    "dev79 rider bike seized by finance, Bangkok to Roi Et, corrects province": Persona(
        ("help ครับ",
         "ผมขับไรเดอร์ส่งอาหาร ไฟแนนมายึดรถไปเมื่อวาน ผ่อนไม่ไหว งานก็ไม่มีละ no money เลยครับ ห้องก็โดนล็อค"),
        {"consent": "ok ครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีที่นอน ข้าวก็ยังไม่ได้กินครับ",
         "id_card": "มีครับ",
         "current_province": "ลาดพร้าว กทม",
         "home_province": ("ยโสธร เอ้ยไม่ใช่ ร้อยเอ็ดครับ พิมพ์ผิด", "ร้อยเอ็ดครับ อ.เสลภูมิ"),
         "travellers": "1",
         "urgent": "ด่วนครับ เมื่อคืนนอนหน้าเซเว่น",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มี",
         "needs": "อยากหางานแถวบ้านครับ ไม่มีรถแล้ว",
         "name": "อาร์ม 0868889999",
         "phone": "0868889999",
         "confirm": "ok ถูกครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "อาร์ม", "phone": "0868889999"}),

    # rider whose bike was impounded by police, wife and two small kids, voice typing,
    # Bang Phli (Samut Prakan) to Nong Bua Lamphu; still has a room, not urgent
    "dev79 rider bike impounded, family of four, voice typing, to Nong Bua Lamphu": Persona(
        ("สวัสดีครับผมโดนตำรวจยึดรถมอเตอร์ไซค์ที่ใช้วิ่งงานครับเพราะไม่มีใบขับขี่ตอนนี้ไม่มีรายได้เลยครับ"
         "มีลูกสองคนกับเมียอยากพากลับบ้านที่หนองบัวลำพูครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีรายได้ ไม่มีเงินค่ารถครับ",
         "id_card": "มีครับทั้งผมทั้งเมีย",
         "current_province": "บางพลี สมุดปราการครับ",
         "home_province": "หนองบัวลำพู อำเภอนากลางครับ",
         "travellers": "4 คนครับ ผม เมีย ลูกคนโต 5 ขวบ คนเล็ก 2 ขวบ",
         "urgent": "ยังมีห้องอยู่ครับ ได้ถึงสิ้นเดือน แต่เงินจะไม่พอกินแล้ว",
         "special_needs": "ลูกเล็กสองคนครับ 5 ขวบกับ 2 ขวบ",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "ไปด้วยกันหมดครับ",
         "needs": "อยากได้งานทำครับ",
         "name": "ภูมิ ครับ เบอร์ 09 1234 5678",
         "phone": "09 1234 5678",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "หนองบัวลำภู",
                "travellers": 4, "urgent": False, "special": ["child"],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "ภูมิ", "phone": "0912345678"}),

    # young woman escaped a call-centre gang via Aranyaprathet (Sa Kaeo), card seized,
    # has a kamnan's letter, to Nan; urgent; wants a new card
    "dev79 call-centre scam escapee, card seized, letter, Sa Kaeo to Nan": Persona(
        ("สวัสดีค่ะ หนูโดนหลอกไปทำงานแก๊งคอลเซ็นเตอร์ฝั่งเขมรค่ะ เพิ่งหนีกลับมาได้ทางอรัญ",
         "บัตรประชาชนโดนแก๊งยึดไปค่ะ 😢 ไม่มีเงินกลับบ้านที่น่าน"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีที่พักค่ะ",
         "id_card": "ไม่มีค่ะ โดนยึดไป",
         "nationality_letter": "มีค่ะ กำนันทำหนังสือรับรองว่าเป็นคนไทย อยู่บ้านนี้จริง ฝากคนขับรถทัวร์มาให้แล้ว ถืออยู่ในมือเลยค่ะ",
         "current_province": "อรัญประเทศ สระแก้วค่ะ",
         "home_province": "น่านค่ะ อ.ปัว",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ไม่มีที่นอนคืนนี้",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "อยากทำบัตรประชาชนใหม่ค่ะ",
         "name": "ปาล์ม 0823334444",
         "phone": "0823334444",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "สระแก้ว", "home": "น่าน", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["id_card"],
                "no_referrals": HEALTH, "name": "ปาล์ม", "phone": "0823334444"}),

    # young man from Betong, unpaid by restaurant boss, at Sai Tai Mai; one run-on
    # message with a wrong phone, corrected at the summary; urgent
    "dev79 Yala youth unpaid wages, run-on message, Bangkok to Yala, phone fix": Persona(
        ("อัสลามูอาลัยกุมครับผมชื่อฟาอิซอายุ20มาทำงานร้านอาหารที่กรุงเทพได้3เดือนเถ้าแก่ไม่จ่ายเงินเดือน"
         "แล้วไล่ออกตอนนี้อยู่สายใต้ใหม่ตังเหลือ20บาทบ้านอยู่ยะลาอำเภอเบตงมีบัตรประชาชนครับคืนนี้ไม่มีที่นอน"
         "เดินทางคนเดียวช่วยผมด้วยครับเบอร์0873216540",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ",
         "id_card": "มีครับ",
         "current_province": "สายใต้ใหม่ กรุงเทพครับ",
         "home_province": "ยะลา อำเภอเบตงครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "อยากปรึกษาเรื่องกฎหมาย เถ้าแก่โกงเงินเดือนผมครับ",
         "name": "ฟาอิซ ครับ",
         "phone": "0873216504 ครับ ตอนแรกพิมพ์ผิด",
         "confirm": ("เบอร์ผิดครับ ที่ถูกคือ 0873216504", "ถูกแล้วครับ")},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยะลา",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["justice_centre"], "no_referrals": HEALTH,
                "name": "ฟาอิซ", "phone": "0873216504"}),

    # young man released this morning from Rayong prison, to Kalasin, wants work; urgent
    "dev79 released this morning from Rayong prison, to Kalasin, wants work": Persona(
        ("สวัสดีคับ",
         "ผมพึ่งออกจากเรือนจำระยองเมื่อเช้าคับ ติดมา2ปี",
         "ไม่มีตังกลับบ้านอ่ะคับ บ้านอยู่กาฬสินธุ์"),
        {"consent": "ได้คับ",
         "idle": "ขอค่ารถกลับบ้านคับ",
         "hardship": "ไม่มีค่ารถคับ",
         "id_card": "มีคับ ได้คืนตอนออก",
         "current_province": "ระยองคับ หน้าเรือนจำ",
         "home_province": "กาฬสินธุ์ อ.ยางตลาด นะคับ",
         "travellers": "คนเดียวคับ",
         "urgent": "ด่วนคับ ไม่มีที่นอน ญาติก็ไม่มีแถวนี้",
         "special_needs": "ไม่มีคับ",
         "more_care": "ไม่มีคับ",
         "needs": "อยากได้งานคับ กลัวไม่มีใครรับเพราะมีประวัติ",
         "sensitive_consent": "ได้คับ",
         "name": "โอ๊ต นะคับ",
         "phone": "0891112233",
         "confirm": "ถูกต้องคับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "กาฬสินธุ์", "travellers": 1,
                "urgent": True, "special": [],
                "referrals": ["job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "โอ๊ต", "phone": "0891112233"}),

    # student in Hat Yai (Songkhla), dorm lease over, staying with a friend, to Trang;
    # Thai digits; not urgent
    "dev79 student in Hat Yai, Thai digits, to Trang, one part": Persona(
        ("สวัสดีค่าาา 🙏",
         "หนูเป็นนักศึกษาอยู่หาดใหญ่ค่ะ หอหมดสัญญา ที่บ้านส่งตังมาไม่ได้ เดือดร้อนจุงเบย 😭"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ",
         "current_province": ("หาดใหญ่ค่ะ", "สงขลาค่ะ"),
         "home_province": "ตรังค่ะ",
         "travellers": "๑ คนค่ะ",
         "urgent": "ไม่ด่วนมากค่ะ ตอนนี้นอนห้องเพื่อนได้อยู่",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "ขิม ค่ะ",
         "phone": "๐๖๑๒๓๔๕๖๗๘",
         "confirm": "ถูกต้องค่า"},
        one_part=True,
        expect={"eligible": True, "current": "สงขลา", "home": "ตรัง", "travellers": 1,
                "urgent": False, "special": [], "no_referrals": HEALTH,
                "name": "ขิม", "phone": "0612345678"}),

    # student volunteer writes for a deaf man at Arcade bus terminal (Chiang Mai),
    # to Sakon Nakhon; disabled, can travel alone; urgent
    "dev79 volunteer for deaf man at Arcade terminal, to Sakon Nakhon": Persona(
        ("สวัสดีค่ะ พิมพ์แทนคนอื่นได้มั้ยคะ",
         "เจอพี่ผู้ชายคนนึงที่อาเขต เค้าหูหนวกคุยไม่ได้ เขียนกระดาษบอกว่าบ้านอยู่สกลนคร มานอนท่ารถ2คืนแล้ว ไม่มีตังกลับ"),
        {"consent": "เค้าพยักหน้าว่าได้ค่ะ ยินยอม",
         "idle": "ขอค่ารถให้พี่เค้ากลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนค่ะ",
         "id_card": "มีบัตรประชาชนค่ะ หนูเห็นแล้ว",
         "current_province": "ท่ารถอาเขต เชียงใหม่ค่ะ",
         "home_province": "สกลนครค่ะ อ.พังโคน (เค้าเขียนให้ดู)",
         "travellers": "พี่เค้าคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ นอนท่ารถมา2คืนแล้ว",
         "special_needs": "เค้าหูหนวกเป็นใบ้ค่ะ มีบัตรคนพิการด้วย",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "เค้าเขียนบอกว่าไปเองได้ค่ะ ขอแค่ตั๋วรถ",
         "needs": "เค้าเขียนว่าไม่ได้รับเบี้ยคนพิการมานานแล้วค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ชื่อพี่เค้า สมศักดิ์ ค่ะ",
         "phone": "ใช้เบอร์หนูนะคะ เค้าไม่มีโทรศัพท์ 0801234567",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "referrals": ["disability_allowance"], "name": "สมศักดิ์",
                "phone": "0801234567"}),

    # sister in Buriram writes for her 19-year-old brother off his psychiatric meds,
    # found at Sanam Luang (Bangkok); cannot travel alone; urgent
    "dev79 sister writes for brother off psychiatric meds, Bangkok to Buriram": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือให้น้องชายค่ะ",
         "น้องป่วยจิตเวช ขาดยามาเดือนนึง หายออกจากบ้านไป เพิ่งมีคนเจอที่สนามหลวง กทม ค่ะ ตอนนี้นั่งอยู่กับพี่วินที่โทรมาบอก",
         "พี่อยู่บุรีรัมย์ ไปรับไม่ได้ ไม่มีเงินเลยค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอให้ช่วยส่งน้องกลับบ้านค่ะ",
         "hardship": "น้องไม่มีเงิน ไม่มีที่นอนค่ะ ทางบ้านก็ไม่มีค่ารถ",
         "id_card": "น้องมีบัตรค่ะ อยู่ในกระเป๋าตังเค้า พี่วินเช็คให้แล้ว",
         "current_province": "สนามหลวง กรุงเทพค่ะ",
         "home_province": "บุรีรัมย์ค่ะ อ.ลำปลายมาศ",
         "travellers": "น้องคนเดียวค่ะ อายุ19",
         "urgent": "ด่วนมากค่ะ น้องไม่มีที่นอน กลัวเค้าเดินหายไปอีก",
         "special_needs": "น้องเป็นจิตเภทค่ะ ขาดยา",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีคนพาไป เค้าสับสน",
         "needs": "อยากให้น้องได้กลับไปรักษาต่อค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "น้องชื่อธนากร ค่ะ",
         "phone": "ติดต่อพี่สาวได้ค่ะ 0935554321",
         "confirm": "ถูกต้องค่ะ ขอบคุณมากๆค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "special": ["sick", "cannot_travel_alone"],
                "referrals": ["mental_health_care"], "name": "ธนากร",
                "phone": "0935554321"}),

    # Shan (Thai Yai) young man with a Thai card, construction job over in Salaya
    # (Nakhon Pathom), to Pai (Mae Hong Son); sleeps at the camp till Friday; not urgent
    "dev79 Thai Yai builder in Salaya, voice slips, to Mae Hong Son, one part": Persona(
        ("สวัสดีครับ อยากกลับบ้านแม่ฮ่องสอนครับ งานก่อสร้างหมดแล้ว",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ นายจ้างยังไม่จ่ายค่าแรง",
         "id_card": "มีบัตรครับ เป็นคนไทยครับ",
         "current_province": ("ศาลายาครับ", "นครปฐมครับ อำเภอพุทธมณฑล"),
         "home_province": "แม่ฮ่องสอน อำเภอป่ายครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ยังนอนแคมป์คนงานได้ถึงวันศุกร์ครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ",
         "name": "จายแสง ครับ",
         "phone": "0834445555",
         "confirm": "ครับ"},
        one_part=True,
        expect={"eligible": True, "current": "นครปฐม", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": False, "special": [],
                "no_referrals": HEALTH, "name": "จายแสง", "phone": "0834445555"}),

    # granddaughter (20) with her grandmother (68, cancer) after hospital visits in
    # Khon Kaen, money gone, to Mukdahan; urgent
    "dev79 granddaughter with sick grandma at Khon Kaen hospital, to Mukdahan": Persona(
        ("สวัสดีค่ะ พายายมาหาหมอที่ขอนแก่นค่ะ โรงบาลศรีนครินทร์ หมอนัดหลายวัน ตังหมดแล้วค่ะ😢 กลับมุกไม่ได้เลย",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับ ไม่มีค่าข้าวค่ะ",
         "id_card": "มีค่ะ ทั้งหนูทั้งยาย",
         "current_province": "ขอนแก่นค่ะ ตอนนี้นั่งอยู่ รพ.",
         "home_province": "มุกดาหารค่ะ อ.ดงหลวง",
         "travellers": "2 คนค่ะ หนูกับยาย",
         "urgent": "ด่วนค่ะ คืนนี้ต้องนอนม้านั่งหน้าตึกอีก",
         "special_needs": "ยายอายุ68ค่ะ เป็นมะเร็ง",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "หนูพายายไปเองได้ค่ะ",
         "needs": "ยายยังไม่เคยได้เบี้ยผู้สูงอายุเลยค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "แพรว 0659990000",
         "phone": "0659990000",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "มุกดาหาร",
                "travellers": 2, "urgent": True, "special": ["elderly", "sick"],
                "referrals": ["elderly_allowance"], "name": "แพรว",
                "phone": "0659990000"}),

    # three young friends cheated by a broker at a durian orchard in Chanthaburi,
    # to Sisaket; thrown out of the orchard; urgent
    "dev79 three friends cheated at durian orchard, Chanthaburi to Sisaket": Persona(
        ("สวัสดีครับ พวกผม3คนโดนนายหน้าหลอกมาตัดทุเรียนที่จันทบุรีครับ บอกวันละ500 ทำมา2อาทิตย์ไม่จ่ายสักบาท นายหน้าหนีไปแล้ว 🤬",
         "อยากกลับศรีสะเกษครับ ไม่มีตังเลย"),
        {"consent": "ยินยอมครับทุกคน",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีข้าวกินครับ",
         "id_card": "มีครับ ครบ3คน",
         "current_province": "จันทบุรีครับ อ.มะขาม",
         "home_province": "ศรีสะเกษครับ อ.กันทรลักษ์",
         "travellers": "3 คนครับ อายุ 19 20 22",
         "urgent": "ด่วนครับ สวนไล่ออกมาแล้ว คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ แค่อยากกลับบ้าน",
         "name": "เจมส์ ครับ 0987001122",
         "phone": "0987001122",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "ศรีสะเกษ",
                "travellers": 3, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "เจมส์", "phone": "0987001122"}),

    # --- refused ---

    # factory worker pickpocketed at Rayong bus station, card stolen, no letter; refused
    "dev79 pickpocketed at Rayong bus station, no card no letter, refused": Persona(
        ("สวัสดีครับ โดนล้วงกระเป๋าที่ บขส ระยอง ครับ ตังหมด บัตรปชชก็หายไปด้วย",
         "จะกลับ ตจว บ้านอยู่บึงกาฬ ไปไงดีครับ"),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "หายครับ โดนขโมยไปพร้อมกระเป๋าตัง",
         "nationality_letter": "ไม่มีครับ ไม่มีเอกสารอะไรเลย",
         "current_province": "ระยองครับ",
         "home_province": "บึงกาฬครับ",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "needs": "ทำบัตรใหม่ครับ",
         "name": "ต้อม 0845556666",
         "phone": "0845556666",
         "confirm": "ใช่"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง", "current": "ระยอง",
                "home": "บึงกาฬ"}),

    # young Lao woman fired from a cafe in Huai Khwang, Lao passport; refused (nationality)
    "dev79 young Lao cafe worker in Bangkok, not Thai, refused": Persona(
        ("สะบายดีค่ะ", "เจ้าของร้านคาเฟ่ไล่ออกค่ะ ไม่มีเงินกลับบ้าน ช่วยได้บ่คะ"),
        {"consent": "ได้ค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "ไม่มีบัตรไทยค่ะ หนูเป็นคนลาว มีพาสปอร์ตลาว",
         "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ห้วยขวาง กทม ค่ะ",
         "home_province": "สะหวันนะเขต ประเทศลาวค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "needs": "ไม่มีค่ะ",
         "name": "ดาวเรือง 0976665544",
         "phone": "0976665544",
         "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # student in Khon Kaen city wants fare to Chum Phae, same province; refused
    "dev79 student in Khon Kaen city going to Chum Phae, same province, refused": Persona(
        ("สวัสดีคับ ขอค่ารถกลับบ้านหน่อยคับ 🙏",
         "อยู่ตัวเมืองขก จะกลับชุมแพ ตังหมดเกลี้ยง 555 ร้องไห้แปป"),
        {"consent": "ได้คับ",
         "idle": "ขอค่ารถกลับบ้านคับ",
         "hardship": "ไม่มีค่ารถคับ",
         "id_card": "มีคับ",
         "current_province": "ขอนแก่นคับ ในเมือง",
         "home_province": "ขอนแก่นคับ อ.ชุมแพ",
         "travellers": "1",
         "urgent": "ไม่ด่วนคับ นอนหอเพื่อนได้",
         "special_needs": "ไม่มีคับ",
         "more_care": "ไม่มีคับ",
         "needs": "ไม่มีคับ",
         "name": "บีม 0632221111",
         "phone": "0632221111",
         "confirm": "ใช่คับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "ขอนแก่น",
                "home": "ขอนแก่น"}),

    # --- answered ---

    # scam victim afraid of paying a fee again; answered: no fee
    "dev79 scammed girl asks if there is a fee": Persona(
        ("ขอถามหน่อยค่ะ ขอค่ารถกลับบ้านต้องโอนค่าดำเนินการก่อนป่ะคะ เค้าเพิ่งโดนหลอกโอนตังไปรอบนึงแล้ว กลัวมากก 😥",),
        {"consent": "ได้ค่ะ",
         "idle": "ถามว่าต้องเสียเงินมั้ยค่ะ"},
        outcome="answered",
        answered="ค่าธรรมเนียม"),

    # rider with little data left asks which number works at 2 a.m.; answered: 1300
    "dev79 rider asks which number to call at 2 am": Persona(
        ("ถ้าตีสองแล้วไม่มีที่ไป โทรเบอร์ไหนได้บ้างงับ เน็ตจะหมดละ",),
        {"consent": "ได้งับ",
         "idle": "ขอเบอร์โทรงับ"},
        outcome="answered",
        answered="1300"),

    # student asks how much food money is given while waiting; answered: 100 baht a day
    "dev79 student asks food money per day while waiting": Persona(
        ("ระหว่างรอรถกลับบ้าน เค้าให้ค่าข้าวด้วยป่าวอ่ะ วันละกี่บาท",),
        {"consent": "ได้ค่ะ",
         "idle": "ถามเรื่องค่าข้าวค่ะ"},
        outcome="answered",
        answered="100"),
}
