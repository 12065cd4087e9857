"""Persona set dev38 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: the bot's core users: people just released from prison or on parole (many prisons,
an ankle monitor, prison kept out of the record, prison said only late, release papers
without an ID card, a card kept by the prison and given back or not) and people leaving
hospital (surgery, stroke, dialysis, newborn, psychiatric ward), a shelter or a rehab
centre, some needing an escort; ways of consenting to and refusing the sensitive part;
answers given one piece at a time.
Counts: 22 personas; 17 eligible (case), 3 refused, 2 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import HEALTH, Persona  # noqa: F401

PERSONAS: dict[str, Persona] = {
    # Released this morning from Khlong Prem (Bangkok), nowhere to sleep, card given back.
    # Hardship 1-3 of Source B; urgent (no place tonight); wants work -> job_placement (A 3.2).
    # No phone of his own: a refusal, then his sister's number.
    "dev38 klong prem released sleeps at mo chit": Persona(
        ("สวัสดีครับ", "ผมพึ่งออกจากคลองเปรมเมื่อเช้า ไม่มีตังกลับบ้านครับ ตอนนี้นั่งอยู่หมอชิต"),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีเงินเลยครับ ค่ารถก็ไม่มี ข้าวยังไม่ได้กินเลย",
         "id_card": "มีครับ เรือนจำคืนให้ตอนออก",
         "nationality": "ไทยครับ", "nationality_letter": "ไม่มีครับ แต่มีบัตรประชาชนนะครับ",
         "current_province": "กรุงเทพครับ อยู่หมอชิต",
         "home_province": "ศรีสะเกษครับ อ.กันทรลักษ์",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากหางานทำครับ กลับไปแล้วกลัวไม่มีใครรับเข้าทำงาน",
         "sensitive_consent": "ยินยอมทุกอย่างครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "เอกชัยครับ",
         "phone": ("ไม่มีเบอร์ครับ มือถือไม่มีตั้งแต่เข้าไปข้างใน",
                   "เบอร์พี่สาวครับ 086-512-4478")},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "referrals": ["job_placement"],
                "no_referrals": ["disability_allowance"],
                "name": "เอกชัย", "phone": "0865124478"}),

    # On parole from Bang Khwang (Nonthaburi) with an EM ankle monitor; must report to the
    # probation office at home (Udon Thani) -> probation_support (A 7.2); also wants a job.
    # Sleeps at a temple tonight: not urgent. Answers one thing at a time.
    "dev38 bangkhwang parole ankle monitor one part": Persona(
        ("สวัสดีครับ ผมได้พักโทษออกมาจากบางขวางครับ ยังติดกำไลอีเอ็มอยู่ที่ข้อเท้า",),
        {"consent": "ได้ครับ ยินยอม",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ เงินติดตัวออกมามีแค่สองร้อย",
         "id_card": "มีบัตรครับ",
         "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": ("ยังอยู่หน้าเรือนจำบางขวางครับ", "นนทบุรีครับ"),
         "home_province": "อุดรครับ อ.บ้านผือ",
         "travellers": "ไปคนเดียวครับ",
         "urgent": "ไม่ด่วนครับ คืนนี้นอนวัดแถวท่าน้ำนนท์ได้",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ต้องไปรายงานตัวที่สำนักงานคุมประพฤติอุดรครับ ไม่รู้ว่าอยู่ตรงไหน แล้วก็อยากได้งานทำด้วยครับ",
         "sensitive_consent": "ได้ครับ บันทึกได้",
         "confirm": "ครับ ถูกต้อง", "idle": "ขอความช่วยเหลือค่ารถครับ",
         "name": "ธนากรครับ", "phone": "0917735240"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "อุดรธานี",
                "travellers": 1, "urgent": False,
                "referrals": ["probation_support", "job_placement"],
                "name": "ธนากร", "phone": "0917735240"},
        one_part=True),

    # Released from the Central Women's Correctional Institution (Bangkok); consents but
    # will not have prison written down; card expired inside -> expired, and a new card
    # (A 1.1 -> id_card). No place tonight: urgent.
    "dev38 women's central correctional expired card leave out prison": Persona(
        ("สวัสดีค่ะ", "เพิ่งออกจากทัณฑสถานหญิงกลางค่ะ ไม่มีเงินกลับบ้าน"),
        {"consent": "ได้ค่ะ แต่ไม่ต้องบอกว่าติดคุกนะคะ อายเขา",
         "hardship": "ไม่มีที่นอนค่ะ เงินก็ไม่มีเลย",
         "id_card": "มีค่ะ แต่หมดอายุไปตอนอยู่ข้างใน",
         "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ แค่หมดอายุ",
         "current_province": "กทม.ค่ะ แถวงามวงศ์วาน",
         "home_province": "นครสวรรค์ค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอนเลย",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากทำบัตรประชาชนใหม่ค่ะ อันเก่าหมดอายุแล้ว",
         "sensitive_consent": "ได้ แต่ไม่ต้องบอกว่าติดคุกค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "มาลัยค่ะ", "phone": "082-331-6590"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครสวรรค์",
                "travellers": 1, "urgent": True, "referrals": ["id_card"],
                "id_card_state": "expired", "name": "มาลัย", "phone": "0823316590"}),

    # Asks only for a fare home; says he left Rayong Central Prison yesterday only when
    # asked about other needs. Slept outside a 7-Eleven, none tonight: urgent. Job -> A 3.2.
    "dev38 rayong prison said only late": Persona(
        ("ขอความช่วยเหลือค่ารถกลับบ้านครับ",),
        {"consent": "ครับ ยินยอม",
         "hardship": "ไม่มีเงินเลยครับ ไม่มีงานด้วย",
         "id_card": "มีครับ",
         "nationality": "ไทย", "nationality_letter": "มีบัตรครับ",
         "current_province": "ระยองครับ", "home_province": "บุรีรัมย์ นางรองครับ",
         "travellers": "1",
         "urgent": "ด่วนครับ เมื่อคืนนอนหน้าเซเว่น คืนนี้ก็ไม่มีที่นอน",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "คือผมเพิ่งพ้นโทษจากเรือนจำกลางระยองเมื่อวานครับ ไม่กล้าบอกตั้งแต่แรก อยากได้งานทำครับ",
         "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "อนุชา", "phone": "๐๘๔๗๗๒๑๙๐๓"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "referrals": ["job_placement"],
                "name": "อนุชา", "phone": "0847721903"}),

    # Northern woman out of Chiang Mai women's prison with only her release papers; no card,
    # but a village head's letter of Thai nationality (B condition 2). New card (A 1.1) and
    # Thai massage she learned inside (A 5.3). Stays at a foundation: not urgent.
    "dev38 chiang mai women's prison release paper kamnan letter massage": Persona(
        ("สวัสดีเจ้า", "ออกจากทัณฑสถานหญิงเชียงใหม่มาได้สองวันเจ้า บัตรประชาชนบ่มี มีแต่ใบปล่อยตัว"),
        {"consent": "ยินยอมเจ้า",
         "hardship": "บ่มีเงินค่ารถกลับบ้านเจ้า",
         "id_card": "บ่มีเจ้า หายตั้งแต่ก่อนโดนจับ มีแต่ใบปล่อยตัว",
         "nationality": "คนไทยเจ้า",
         "nationality_letter": "มีเจ้า ผู้ใหญ่บ้านเขียนหนังสือรับรองให้ น้องสาวถ่ายรูปส่งมาทางไลน์แล้ว",
         "current_province": "เชียงใหม่เจ้า", "home_province": "แม่ฮ่องสอนเจ้า อ.ปาย",
         "travellers": "คนเดียวเจ้า",
         "urgent": "บ่ด่วนเจ้า ยังพักที่มูลนิธิได้อยู่",
         "special_needs": "บ่มีเจ้า", "travel_alone": "ไปเองได้เจ้า",
         "needs": "อยากทำบัตรใหม่เจ้า แล้วก็อยากทำงานนวด ได้เรียนนวดแผนไทยมาตอนอยู่ข้างใน",
         "sensitive_consent": "ได้เจ้า",
         "confirm": "ถูกแล้วเจ้า", "idle": "ขอความช่วยเหลือเจ้า",
         "name": "บัวคำเจ้า", "phone": "0935518246"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน",
                "travellers": 1, "urgent": False,
                "referrals": ["id_card", "thai_massage_training"],
                "name": "บัวคำ", "phone": "0935518246"}),

    # Phitsanulok Central Prison kept his card and did not give it back; his mother got a
    # village head's letter (B condition 2). HIV medicine running out (A 2.1 -> hiv_aid) and a
    # new card; lets HIV be recorded but not prison.
    "dev38 phitsanulok card kept by prison hiv no prison recorded": Persona(
        ("สวัสดีครับ ผมออกจากเรือนจำกลางพิษณุโลกวันนี้ บัตรประชาชนเรือนจำเก็บไว้ ไม่ได้คืน เจ้าหน้าที่บอกให้ไปทำใหม่",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีครับ เรือนจำไม่คืนให้",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีครับ แม่ไปขอหนังสือรับรองจากผู้ใหญ่บ้านมาให้แล้ว",
         "current_province": "พิษณุโลกครับ", "home_province": "เพชรบูรณ์ครับ หล่มสัก",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ คืนนี้นอนวัดได้",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ทำบัตรใหม่ครับ แล้วก็ยาต้านไวรัส HIV ผมเหลือแค่สามวัน ต้องไปรับยาต่อที่บ้าน",
         "sensitive_consent": "เรื่องยาต้านบันทึกได้ครับ แต่เรื่องติดคุกไม่ต้องเขียน",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "วีระครับ", "phone": "0898812034"},
        outcome="case",
        expect={"eligible": True, "current": "พิษณุโลก", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": False, "referrals": ["id_card", "hiv_aid"],
                "name": "วีระ", "phone": "0898812034"}),

    # Finished drug treatment at Thanyarak, Pathum Thani; no fare to Lampang (B hardship 3).
    # Wants vocational training (A 3.1). The centre keeps him until tomorrow: not urgent.
    "dev38 thanyarak rehab finished lampang": Persona(
        ("ครบกำหนดบำบัดที่ธัญญารักษ์ปทุมแล้วครับ จะกลับลำปางแต่ไม่มีค่ารถ",),
        {"consent": "ยินยอมทุกอย่างครับ",
         "hardship": "ไม่มีเงินค่ารถครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "ปทุมธานีครับ", "home_province": "ลำปางครับ",
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนครับ ศูนย์ให้พักได้ถึงพรุ่งนี้",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากไปฝึกอาชีพช่างครับ จะได้ไม่กลับไปยุ่งกับยาอีก",
         "sensitive_consent": "ได้หมดครับ",
         "confirm": "ถูกต้องครับ 👍", "idle": "ขอความช่วยเหลือครับ",
         "name": "ณัฐวุฒิครับ", "phone": "0612249087"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "referrals": ["job_training"],
                "name": "ณัฐวุฒิ", "phone": "0612249087"}),

    # A daughter writes for her father, 67, discharged after a stroke in Khon Kaen; she cannot
    # go with him, he cannot travel alone -> an officer may go along (B reg. 6(3));
    # asks about his old-age allowance (A 2.2). She gives her own name and number.
    "dev38 stroke father daughter writes needs escort": Persona(
        ("สวัสดีค่ะ หนูพิมพ์แทนพ่อนะคะ",
         "พ่อเป็นเส้นเลือดในสมองตีบ หมอให้กลับบ้านพรุ่งนี้จาก รพ.ศรีนครินทร์ ขอนแก่นค่ะ พ่ออยากกลับบ้านที่นครพนม แต่หนูต้องทำงาน ไปส่งไม่ได้"),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่มีเงินค่ะ ค่ารถไม่มี พ่อไม่มีรายได้เลย",
         "id_card": "พ่อมีบัตรค่ะ",
         "nationality": "ไทยค่ะ", "nationality_letter": "พ่อมีบัตรค่ะ",
         "current_province": "ขอนแก่นค่ะ", "home_province": "นครพนมค่ะ",
         "travellers": "พ่อคนเดียวค่ะ",
         "urgent": "ไม่ด่วนมากค่ะ พ่อยังอยู่โรงพยาบาลได้ถึงพรุ่งนี้",
         "special_needs": "พ่ออายุ 67 ค่ะ เป็นสโตรก เดินเองลำบาก",
         "travel_alone": "พ่อไปเองไม่ได้ค่ะ ต้องมีคนพาไป",
         "needs": "อยากให้มีเจ้าหน้าที่ไปส่งพ่อค่ะ แล้วก็เรื่องเบี้ยคนแก่ของพ่อด้วยค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "แพรวค่ะ", "phone": "0954410276"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "นครพนม",
                "travellers": 1, "special": ["elderly", "sick", "cannot_travel_alone"],
                "referrals": ["travel_escort", "elderly_allowance"],
                "name": "แพรว", "phone": "0954410276"}),

    # Aunt, 56, out of Rajavithi hospital in Bangkok, dialysis three times a week, wants to
    # dialyse near home in Surin; sick but travels alone; stays with a niece: not urgent.
    # Asks for help with the hospital at home (A 5.4 -> medical_services).
    "dev38 dialysis discharged rajavithi to surin": Persona(
        ("สวัสดีค่ะ ป้าเพิ่งออกจากโรงพยาบาลราชวิถี ต้องฟอกไตอาทิตย์ละ 3 ครั้ง อยากกลับไปฟอกที่บ้านสุรินทร์ค่ะ",),
        {"consent": "ได้ค่ะ",
         "hardship": "ไม่มีเงินค่ะ ค่ารักษาหมดไปเยอะ ไม่มีค่ารถกลับ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "กรุงเทพค่ะ", "home_province": "สุรินทร์ค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ พักห้องหลานได้อยู่ แต่ต้องฟอกไตวันศุกร์",
         "special_needs": "ป้าป่วยเป็นโรคไตค่ะ ต้องฟอกเลือด อายุ 56",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ไหว",
         "needs": "อยากให้ช่วยประสานโรงพยาบาลที่สุรินทร์เรื่องฟอกไตค่ะ",
         "sensitive_consent": "ได้ค่ะ บันทึกได้",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "ป้าสมปอง", "phone": "0807716345"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 1, "urgent": False, "special": ["sick"],
                "referrals": ["medical_services"],
                "name": "สมปอง", "phone": "0807716345"}),

    # Young mother discharged from Chonburi hospital with a 3-day-old baby, evicted, partner
    # gone: two travellers, a small child, no bed tonight (urgent). Normal birth, well.
    # Answers one thing per message.
    "dev38 newborn mother chonburi one part": Persona(
        ("พี่คะ หนูเพิ่งคลอดลูก โรงบาลให้ออกวันนี้ แฟนทิ้งไปแล้ว ไม่มีเงินกลับบ้านเลยค่ะ 😢",),
        {"consent": "ค่ะ ยินยอม",
         "hardship": "ไม่มีเงินค่ะ ไม่มีที่อยู่ด้วย ห้องเช่าเจ้าของไล่ออกแล้ว",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ชลบุรีค่ะ อยู่ รพ.ชลบุรี", "home_province": "ยโสธรค่ะ",
         "travellers": "๒ คนค่ะ หนูกับลูก",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูกเพิ่งเกิดได้ 3 วันค่ะ หนูคลอดธรรมชาติ แข็งแรงดี",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีแล้วค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "confirm": "ค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "น้ำฝนค่ะ", "phone": "0628834157"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "ยโสธร",
                "travellers": 2, "urgent": True, "special": ["child"],
                "name": "น้ำฝน", "phone": "0628834157"},
        one_part=True),

    # Construction worker after an appendix operation in Korat; employer did not pay; sick,
    # travels alone; sleeps at the workers' camp: not urgent. Wants legal advice on the
    # unpaid wages (A 7.1 -> justice_centre); never in prison. Fixes his phone once sent.
    "dev38 appendix surgery korat to roi et": Persona(
        ("ผ่าไส้ติ่งมาครับ หมอให้ออกจากรพ.มหาราชโคราชแล้ว แต่ผมมาทำงานก่อสร้าง นายจ้างไม่จ่ายเงิน ไม่มีค่ารถกลับร้อยเอ็ด",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีรายได้ครับ ไม่มีค่ารถ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "โคราชครับ", "home_province": "ร้อยเอ็ดครับ",
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนครับ ยังนอนแคมป์คนงานได้อยู่",
         "special_needs": "แผลผ่าตัดยังไม่หายดีครับ ยกของหนักไม่ได้",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากปรึกษากฎหมายครับ เรื่องนายจ้างโกงค่าแรง",
         "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ประเสริฐครับ", "phone": "0871193356"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": False, "special": ["sick"],
                "referrals": ["justice_centre"], "no_referrals": ["probation_support"],
                "name": "ประเสริฐ", "phone": "0871193365"},
        after=("ขอแก้เบอร์ครับ พิมพ์ผิด เบอร์ที่ถูกคือ 0871193365",)),

    # Southern mother whose stay at an emergency shelter in Hat Yai ends today, with two
    # children (4 and 7); no bed tonight and her ex is looking for her: urgent, 3 travellers.
    "dev38 shelter mother two kids songkhla southern": Persona(
        ("สวัสดีค่ะ",
         "ฉานอยู่บ้านพักฉุกเฉินที่หาดใหญ่ ครบกำหนดต้องออกวันนี้นิ จะพาลูกสองคนกลับบ้านแม่ที่นครศรีฯ แต่ไม่มีตังค่ารถเลยค่ะ"),
        {"consent": "ได้ค่ะ",
         "hardship": "ไม่มีที่อยู่ค่ะ เงินก็ไม่มีโหม๋แล้ว",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "สงขลาค่ะ หาดใหญ่", "home_province": "นครศรีธรรมราชค่ะ ทุ่งสง",
         "travellers": "3 คนค่ะ ฉานกับลูก 2 คน",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน ผัวเก่าก็ตามหาอยู่ กลัวมาก",
         "special_needs": "ลูกเล็กค่ะ 4 ขวบกับ 7 ขวบ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีแล้วค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกแล้วค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "กัลยาค่ะ", "phone": "0801256643"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "นครศรีธรรมราช",
                "travellers": 3, "urgent": True, "special": ["child"],
                "name": "กัลยา", "phone": "0801256643"}),

    # A carer at a protection centre for the homeless (Pathum Thani) writes for an uncle, 72,
    # forgetful, going to his niece in Lamphun; cannot travel alone -> escort (B reg. 6(3));
    # never had the old-age allowance (A 2.2). Answers one thing per message.
    "dev38 elderly leaving homeless shelter escort one part": Persona(
        ("สวัสดีครับ ผมเป็นพี่เลี้ยงที่ศูนย์คุ้มครองคนไร้ที่พึ่ง พิมพ์แทนลุงนะครับ",
         "ลุงอายุ 72 จะกลับไปอยู่กับหลานที่ลำพูน แต่ลุงหลงๆลืมๆ ไปเองไม่ได้"),
        {"consent": "ลุงยินยอมครับ",
         "hardship": "ลุงไม่มีที่อยู่ ไม่มีเงินเลยครับ ไม่มีใครดูแล",
         "id_card": "ลุงมีบัตรครับ",
         "nationality": "ไทยครับ", "nationality_letter": "ลุงมีบัตรครับ",
         "current_province": "ปทุมธานีครับ คลองหก", "home_province": "ลำพูนครับ",
         "travellers": "ลุงคนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ลุงยังอยู่ที่ศูนย์ได้",
         "special_needs": "ลุงแก่แล้ว 72 หลงลืมครับ",
         "travel_alone": "ไปเองไม่ได้ครับ ต้องมีเจ้าหน้าที่ไปส่ง",
         "needs": "เบี้ยยังชีพผู้สูงอายุครับ ลุงยังไม่เคยได้เลย",
         "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ธีรพงษ์ครับ", "phone": "0816620418"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ลำพูน",
                "travellers": 1, "urgent": False,
                "special": ["elderly", "cannot_travel_alone"],
                "referrals": ["travel_escort", "elderly_allowance"],
                "name": "ธีรพงษ์", "phone": "0816620418"},
        one_part=True),

    # Isan man out of Khao Bin Central Prison (Ratchaburi) today, writes in pieces and in
    # Isan; no bed tonight: urgent; wants work (A 3.2) and to keep off drugs; consents to all.
    "dev38 khao bin released isan in pieces one part": Persona(
        ("สบายดีบ่ครับ", "ผมออกจากคุกเขาบินมื้อนี่ครับ"),
        {"consent": "ยินยอมทุกอย่างครับ",
         "hardship": "บ่มีเงินเลยครับ ค่าลดกะบ่มี",
         "id_card": "มีอยู่ครับ",
         "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "ราชบุรีครับ", "home_province": "กาฬสินธุ์ครับ ยางตลาด",
         "travellers": ("ผู้เดียวครับ", "1 คนครับ"),
         "urgent": "ด่วนครับ คืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้งานเฮ็ดครับ แล้วกะอยากไปบำบัดยาต่อ อยากเซาให้ขาด",
         "sensitive_consent": "ได้ครับ",
         "confirm": "แม่นแล้วครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "สมพงษ์ครับ", "phone": "0641187720"},
        outcome="case",
        expect={"eligible": True, "current": "ราชบุรี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True, "referrals": ["job_placement"],
                "name": "สมพงษ์", "phone": "0641187720"},
        one_part=True),

    # Released from Phuket provincial prison; his wife came for him and both are out of
    # money: two travellers; one night at a friend's: not urgent. Relatives sold his land
    # while he was inside: legal advice (A 7.1 -> justice_centre).
    "dev38 phuket prison released with wife southern legal": Persona(
        ("สวัสดีครับ ผมพ้นโทษออกจากเรือนจำจังหวัดภูเก็ตครับ แฟนมารับ แต่ไม่มีตังแล้วทั้งคู่ โหม๋แล้ว จะกลับบ้านสุราษฎร์",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีค่ารถครับ เงินหมดแล้ว",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "ภูเก็ตครับ", "home_province": "สุราษฎร์ฯ ครับ อ.พุนพิน",
         "travellers": "2 คนครับ ผมกับแฟน",
         "urgent": "ไม่ด่วนครับ นอนบ้านเพื่อนแฟนได้คืนนึง",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากปรึกษากฎหมายครับ ที่ดินที่บ้านโดนญาติเอาไปขายตอนผมอยู่ในคุก",
         "sensitive_consent": "ได้ครับ ไม่มีปัญหา",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "อารีฟครับ", "phone": "0895523117"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "สุราษฎร์ธานี",
                "travellers": 2, "urgent": False, "referrals": ["justice_centre"],
                "name": "อารีฟ", "phone": "0895523117"}),

    # A brother at home in Chaiyaphum writes for his younger brother, discharged from
    # Srithanya psychiatric hospital (Nonthaburi); cannot travel alone -> escort (B 6(3));
    # continuing psychiatric care at home (A 5.1 -> mental_health_care).
    "dev38 psychiatric discharge srithanya brother writes escort": Persona(
        ("สวัสดีครับ น้องชายผมเพิ่งได้ออกจาก รพ.ศรีธัญญา หมอว่าอาการดีขึ้นแล้ว",
         "ผมอยู่ชัยภูมิ ไปรับไม่ได้ น้องไม่มีเงินเลย จะให้ไปเองคนเดียวก็ไม่ไหว"),
        {"consent": "ยินยอมครับ",
         "hardship": "น้องไม่มีเงินค่ารถครับ ไม่มีรายได้",
         "id_card": "น้องมีบัตรครับ",
         "nationality": "ไทยครับ", "nationality_letter": "น้องมีบัตรครับ",
         "current_province": "น้องอยู่นนทบุรีครับ", "home_province": "ชัยภูมิครับ",
         "travellers": "น้องคนเดียวครับ",
         "urgent": "ไม่ด่วนครับ โรงพยาบาลให้อยู่ได้อีกสองวัน",
         "special_needs": "น้องป่วยจิตเวชครับ ต้องกินยาตลอด",
         "travel_alone": "ไปคนเดียวไม่ได้ครับ กลัวหลงทาง อยากให้มีเจ้าหน้าที่ไปส่ง",
         "needs": "อยากให้ช่วยประสานเรื่องรับยาจิตเวชต่อที่ชัยภูมิครับ",
         "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ชัยวัฒน์ครับ", "phone": "0857702291"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": False,
                "special": ["sick", "cannot_travel_alone"],
                "referrals": ["travel_escort", "mental_health_care"],
                "name": "ชัยวัฒน์", "phone": "0857702291"}),

    # Out of Khlong Phai Central Prison (Nakhon Ratchasima) yesterday; the prison kept his card
    # and gave it back; one voice-typed run-on; asks what the data is for before consenting.
    # Welding training (A 3.1). Stays with a friend: not urgent.
    "dev38 khlong phai card returned voice typed welding": Persona(
        ("สวัสดีครับผมเพิ่งพ้นโทษออกมาจากเรือนจำกลางคลองไผ่เมื่อวานนี้ครับบัตรประชาชนเรือนจำเขาเก็บไว้ให้ตอนออกก็คืนให้แล้วครับตอนนี้อยู่โคราชอยากกลับบ้านที่เชียงรายแต่ไม่มีเงินค่ารถครับ",),
        {"consent": ("เอาข้อมูลไปทำอะไรครับ", "โอเคครับ ยินยอม"),
         "hardship": "ไม่มีเงินค่ารถครับ",
         "id_card": "มีครับ คืนแล้ว",
         "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "โคราชครับ สีคิ้ว", "home_province": "เชียงรายครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับนอนบ้านเพื่อนที่ออกมาก่อนได้",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากฝึกอาชีพช่างเชื่อมครับได้เรียนมานิดหน่อยตอนอยู่ข้างใน",
         "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกต้องครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "กิตติศักดิ์ครับ", "phone": "0823349901"},
        outcome="case",
        expect={"eligible": True, "current": "นครราชสีมา", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "referrals": ["job_training"],
                "name": "กิตติศักดิ์", "phone": "0823349901"}),

    # A Myanmar man released from prison in Ranong: the aid is for Thai nationals only
    # (B criteria; reg. art. 4 "ผู้มีสัญชาติไทย") -> refused on nationality.
    "dev38 myanmar released ranong not thai": Persona(
        ("สวัสดีครับ ผมคนพม่าครับ ออกจากคุกระนองแล้ว อยากกลับบ้าน ไม่มีเงิน",),
        {"consent": "ได้ครับ",
         "hardship": "ไม่มีเงินครับ",
         "id_card": "ไม่มีบัตรไทยครับ",
         "nationality": "พม่าครับ",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "ระนองครับ", "home_province": "เกาะสอง พม่าครับ",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "ซอวิน", "phone": "0932217754"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Released from Thonburi women's correctional institution; her husband drives her home
    # and they have money and a house: none of the three hardships -> refused.
    "dev38 thonburi women's prison no hardship": Persona(
        ("สวัสดีค่ะ เพิ่งออกจากทัณฑสถานหญิงธนบุรีค่ะ อยากทราบว่ามีความช่วยเหลืออะไรให้บ้าง",),
        {"consent": "ยินยอมค่ะ",
         "hardship": "ไม่ได้เดือดร้อนค่ะ สามีขับรถมารับ มีเงินพอ มีบ้านอยู่",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "nationality_letter": "มีบัตรค่ะ",
         "current_province": "กรุงเทพค่ะ", "home_province": "สมุทรปราการค่ะ",
         "travellers": "2 คนค่ะ", "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "confirm": "ถูกต้องค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "name": "จิราพร", "phone": "0894456123"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Out of Nakhon Phanom provincial prison, card lost at arrest, no letter of Thai
    # nationality either (B condition 2 unmet) -> refused. Answers one thing per message.
    "dev38 nakhon phanom prison no card no letter one part": Persona(
        ("ผมออกจากเรือนจำจังหวัดนครพนมครับ บัตรหายตั้งแต่โดนจับ",),
        {"consent": "ยินยอมครับ",
         "hardship": "ไม่มีเงินครับ ไม่มีที่นอนด้วย",
         "id_card": "ไม่มีครับ หายไปแล้ว",
         "nationality": "ไทยครับ",
         "nationality_letter": "ไม่มีครับ ไม่ได้กลับบ้านสิบกว่าปี ผู้ใหญ่บ้านเปลี่ยนคนแล้ว ไม่มีใครรับรองให้",
         "current_province": "นครพนมครับ", "home_province": "สกลนครครับ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "ทำบัตรใหม่ครับ", "sensitive_consent": "ได้ครับ",
         "confirm": "ถูกครับ", "idle": "ขอความช่วยเหลือครับ",
         "name": "บุญเลิศ", "phone": "0645573318"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"},
        one_part=True),

    # Only a question: on parole, how to report to probation after moving home (A 7.2).
    "dev38 question probation reporting after parole": Persona(
        ("สอบถามครับ พักโทษออกมาแล้วต้องไปรายงานตัวคุมประพฤติยังไง ถ้าย้ายกลับไปอยู่บ้านต่างจังหวัดต้องทำไงครับ",),
        {"consent": "ยังไม่ต้องครับ แค่ถาม", "hardship": "ไม่มีครับ แค่ถามเฉยๆ",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "nationality_letter": "มีบัตรครับ",
         "current_province": "กรุงเทพครับ", "home_province": "พิจิตรครับ",
         "travellers": "คนเดียว", "urgent": "ไม่ด่วน",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "ไม่มีครับ", "sensitive_consent": "ไม่ครับ",
         "confirm": "ครับ", "idle": "แค่อยากถามเรื่องคุมประพฤติครับ ขอบคุณครับ",
         "name": "ไม่บอกครับ", "phone": "ไม่ให้ครับ"},
        outcome="answered",
        expect={},
        answered="คุมประพฤติ"),

    # Only a question: a new ID card after release (A 1.1, Department of Provincial Administration).
    "dev38 question new id card after release": Persona(
        ("พ้นโทษออกมาแล้วบัตรประชาชนหายค่ะ ทำใหม่ได้ที่ไหนคะ",),
        {"consent": "ไม่เป็นไรค่ะ แค่ถาม", "hardship": "ไม่ได้เดือดร้อนค่ะ",
         "id_card": "หายค่ะ", "nationality": "ไทยค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "นครปฐมค่ะ", "home_province": "นครปฐมค่ะ",
         "travellers": "คนเดียว", "urgent": "ไม่ด่วน",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "ทำบัตรใหม่ค่ะ", "sensitive_consent": "ไม่ค่ะ",
         "confirm": "ค่ะ", "idle": "ถามเรื่องทำบัตรประชาชนใหม่ค่ะ",
         "name": "ไม่สะดวกบอกค่ะ", "phone": "ไม่ให้ค่ะ"},
        outcome="answered",
        expect={},
        answered="บัตรประชาชน"),
}
