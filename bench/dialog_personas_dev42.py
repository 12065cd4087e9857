"""Persona set dev42 (2026-12-06).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: people who mix a question with facts in their first message (where they are and
where home is, plus asking for an office phone, what documents to bring, how long it takes,
where to apply or whether food on the way is paid); people who mention a past illness or a
past hardship that is over (TB cured, depression discharged, appendix removed, prison and
probation long finished, drugs quit) beside current facts, so the past must not become a
current special need or referral; families listed member by member ("ผม เมีย ลูก2 แม่ผม",
"ฉัน ผัว ลูกสาว๑ หลาน๑", "ผม เมียท้อง น้องชายผม"); loose answers to the ID card question
("มีกันครับ", "มีครบครับ", "ของลูกยังไม่มี", "มีบัตรครับ บัตรชมพู"); elderly or sick people
who answer one thing per message and whose care needs come out only when asked; three
refused (two non-Thai, one already at home) and four who only ask.
Counts: 23 personas; 16 eligible (case), 3 refused, 4 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Woman robbed at Mo Chit bus terminal; asks for the office phone in the same breath as
    # her facts. Thai with ID card, no fare home (criterion 3), nowhere to sleep tonight ->
    # urgent (seeds: urgent cases within 24 hours).
    "dev42 หมอชิต ขอเบอร์ กลับศรีสะเกษ": Persona(
        ("สวัสดีค่ะ",
         "ตอนนี้อยู่หมอชิตค่ะ กระเป๋าตังโดนล้วงหมดเลย จะกลับศรีสะเกษ ขอเบอร์โทรพัฒนาสังคมหน่อยได้ไหมคะ"),
        {"consent": "ยอมรับค่ะ", "idle": "อยากขอค่ารถกลับบ้านค่ะ ตังหายหมดเลย",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "บัตรยังอยู่ค่ะ เหน็บไว้ในเคสมือถือ",
         "nationality_letter": "ไม่มีค่ะ แต่บัตรประชาชนมีนะคะ",
         "current_province": "กทม ค่ะ ขนส่งหมอชิต",
         "home_province": "ศรีสะเกษค่ะ อำเภอกันทรลักษ์", "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอนเลย นั่งอยู่ในขนส่ง",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ", "needs": "ไม่มีค่ะ ขอแค่ได้กลับบ้าน",
         "name": "ลำดวน ศรีสุข ค่ะ", "phone": "083-552-7140", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": [], "name": "ลำดวน",
                "phone": "0835527140"}),

    # Construction worker and partner at Sattahip ask what documents to bring, with all
    # facts in one message. "มีกันครับ" = both have ID cards. Still sleeping in the workers'
    # camp for a few days -> has shelter, not urgent.
    "dev42 สัตหีบ ถามเอกสาร มีกันครับ": Persona(
        ("ต้องเอาเอกสารอะไรไปบ้างครับ ผมกับแฟนอยู่สัตหีบ งานก่อสร้างเลิกจ้าง จะกลับยโสธรแต่ไม่มีค่ารถ",),
        {"consent": "ตกลงครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ เงินงวดสุดท้ายผู้รับเหมาไม่จ่าย",
         "id_card": "มีกันครับ", "nationality_letter": "ไม่มีครับ มีแต่บัตรปชช",
         "current_province": "ชลบุรีครับ สัตหีบ",
         "home_province": "ยโสธร ครับ อ.เลิงนกทา",
         "travellers": "2 คนครับ ผมกับแฟน",
         "urgent": "ยังนอนแคมป์คนงานได้อีกสองสามวันครับ เขายังไม่ไล่",
         "special_needs": "ไม่มีครับ แข็งแรงทั้งคู่", "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ได้ครับ", "needs": "อยากได้งานแถวบ้านครับถ้ามี",
         "name": "วิชัย ครับ", "phone": "0917735264", "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "ยโสธร", "travellers": 2,
                "urgent": False, "special": [], "name": "วิชัย", "phone": "0917735264"}),

    # Family listed member by member: me, wife, 2 kids, my mother = 5. Evicted, sitting in
    # front of a 7-Eleven tonight -> urgent. Kids 3 and 8, mother 71 -> child + elderly.
    # Mother travels with the family.
    "dev42 ระยอง ผม เมีย ลูก2 แม่ผม": Persona(
        ("ช่วยด้วยครับ โดนไล่ออกจากห้องเช่า",
         "ผม เมีย ลูก2 แม่ผม อยู่ระยอง จะกลับบุรีรัมย์ ไม่มีตังค่ารถเลยครับ"),
        {"consent": "ครับ ยอมรับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีที่อยู่ครับ ค่ารถก็ไม่มี โรงงานปิด",
         "id_card": "ผมกับเมียกับแม่มีครับ ลูกยังไม่มี ยังเล็ก",
         "nationality_letter": "ไม่มีครับ", "current_province": "ระยอง ครับ แถวมาบตาพุด",
         "home_province": "บุรีรัมย์ นางรอง",
         "travellers": "5 คนครับ ผม เมีย ลูกสองคน แม่ผม",
         "urgent": "ด่วนครับ คืนนี้ยังไม่รู้จะนอนไหน ตอนนี้นั่งหน้าเซเว่น",
         "special_needs": "ลูกคนเล็ก3ขวบ คนโต8ขวบ แม่ผมอายุ71แล้วครับ เดินช้า",
         "travel_alone": "แม่ไปกับพวกผมครับ ผมดูแลเอง",
         "sensitive_consent": "ได้ครับ", "needs": "งานครับ กลับไปก็ไม่มีงาน",
         "name": "สมคิด", "phone": "๐๘๖๗๗๒๑๔๓๐", "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "บุรีรัมย์", "travellers": 5,
                "urgent": True, "special": ["elderly", "child"], "name": "สมคิด",
                "phone": "0867721430"}),

    # Abandoned mother with two small children; "ของลูกยังไม่มี" (the kids have no card yet)
    # does not make them ineligible: she has hers, all are Thai. Out of the room, at a bus
    # stop with the kids -> urgent. Criteria 1 and 3.
    "dev42 รังสิต แม่ลูกสอง ของลูกยังไม่มี": Persona(
        ("ผัวทิ้งค่ะ หนีไปกับเมียใหม่ เหลือหนูกับลูกสองคน",
         "อยู่รังสิตค่ะ อยากกลับบ้านแม่ที่นครพนม"),
        {"consent": "ได้ค่ะ", "idle": "อยากกลับบ้านค่ะ ไม่มีตังค่ารถ",
         "hardship": "ถูกทิ้งค่ะ ไม่มีรายได้ ค่ารถก็ไม่มี",
         "id_card": "ของหนูมีค่ะ ของลูกยังไม่มี",
         "nationality_letter": "ไม่มีค่ะ ลูกมีสูติบัตรนะคะ",
         "current_province": "ปทุมธานี รังสิตค่ะ",
         "home_province": "นครพนม ค่ะ บ้านแม่อยู่ธาตุพนม",
         "travellers": "3 ค่ะ หนูกับลูก2",
         "urgent": "ด่วนค่ะ โดนให้ออกจากห้องแล้ว ตอนนี้นั่งอยู่ป้ายรถเมล์กับลูก",
         "special_needs": "ลูกเล็กค่ะ คนนึง5ขวบ อีกคนขวบครึ่ง ยังกินนมอยู่",
         "travel_alone": "ไปเองได้ค่ะ หนูพาลูกไปเอง", "sensitive_consent": "ได้ค่ะ",
         "needs": "อยากทำบัตรให้ลูก กับหางานค่ะ",
         "name": "นิตยา ค่ะ ชื่อเล่นแนน", "phone": "0658803127", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "นครพนม",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "นิตยา",
                "phone": "0658803127"}),

    # Past TB, fully treated and declared cured, mentioned beside current facts. No current
    # illness, no other needs -> no special need, no health referral. Rent paid to month
    # end -> has shelter, not urgent.
    "dev42 บางพลี เคยเป็นวัณโรค หายแล้ว": Persona(
        ("สวัสดีครับ ผมอยู่บางพลี สมุทรปราการ ตกงานมาเดือนนึงแล้ว อยากกลับลำปาง",
         "เคยเป็นวัณโรคเมื่อปีก่อนนะครับ แต่กินยาครบหกเดือน หมอบอกหายแล้ว ไม่ติดต่อแล้ว"),
        {"consent": "ยอมรับครับ", "idle": "ขอค่ารถกลับลำปางครับ",
         "hardship": "ไม่มีเงินค่ารถครับ ข้าวก็กินวันละมื้อ", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "สมุทรปราการครับ",
         "home_province": "ลำปางครับ เกาะคา", "travellers": "คนเดียวครับ",
         "urgent": "ยังมีห้องเช่าอยู่ครับ จ่ายถึงสิ้นเดือน",
         "special_needs": "ไม่มีครับ ตอนนี้แข็งแรงดี วัณโรคหายแล้ว",
         "travel_alone": "ไปเองได้สบายครับ", "sensitive_consent": "ได้ครับ",
         "needs": "ไม่มีครับ", "name": "ประเสริฐ ทองมา", "phone": "0812094456",
         "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ลำปาง",
                "travellers": 1, "urgent": False, "special": [], "needs": [],
                "no_referrals": list(HEALTH), "name": "ประเสริฐ", "phone": "0812094456"}),

    # Prison long ago, probation finished long ago: past, not a current need. Current facts:
    # hotel closed, no pay, no fare home. Staff dorm until Friday -> not urgent.
    "dev42 ภูเก็ต เคยติดคุก นานแล้ว": Persona(
        ("ผมเคยติดคุกนะครับ แต่นานแล้ว ออกมาแปดปีแล้ว คุมประพฤติก็จบไปนานแล้ว",
         "ตอนนี้ทำงานโรงแรมที่ภูเก็ต โรงแรมปิดกิจการ เงินเดือนไม่ได้ อยากกลับนครศรีฯครับ"),
        {"consent": "ตกลงครับ", "idle": "ขอความช่วยเหลือค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีรายได้ครับ ไม่มีค่ารถกลับบ้าน",
         "id_card": "มีครับ บัตรใหม่ยังไม่หมดอายุ", "nationality_letter": "ไม่มีครับ",
         "current_province": "ภูเก็ตครับ ป่าตอง",
         "home_province": "นครศรีธรรมราชครับ อ.ทุ่งสง", "travellers": "คนเดียวครับ",
         "urgent": "ยังนอนหอพนักงานได้ถึงวันศุกร์ครับ", "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "sensitive_consent": "ได้ครับ เรื่องเก่าแล้ว",
         "needs": "ไม่มีครับ เรื่องคดีจบหมดแล้ว ขอแค่ค่ารถ", "name": "อนุชา ครับ",
         "phone": "0847719023", "confirm": "ใช่"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False, "special": [], "needs": [],
                "no_referrals": ["probation_support"], "name": "อนุชา",
                "phone": "0847719023"}),

    # Asks how many days it takes, gives facts, and mentions depression that is over (doctor
    # stopped the medicine last year). Staying in a friend's dorm -> not urgent.
    "dev42 ปากเกร็ด ถามกี่วัน เคยซึมเศร้า": Persona(
        ("ขอถามหน่อยค่ะ ขอค่ารถกลับบ้านต้องรอกี่วันคะ",
         "หนูอยู่นนทบุรี ตกงาน จะกลับเชียงราย",
         "เคยเป็นซึมเศร้าด้วยนะคะ แต่ตอนนี้หายแล้ว หมอให้เลิกยาตั้งแต่ปีที่แล้ว"),
        {"consent": "ยอมรับค่ะ", "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีงาน", "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "นนท์ค่ะ ปากเกร็ด",
         "home_province": "เชียงราย แม่จัน", "travellers": "คนเดียว",
         "urgent": "อยู่หอเพื่อนได้ค่ะ ไม่ถึงกับไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "needs": "ไม่มีแล้วค่ะ เรื่องซึมเศร้าหายแล้วจริงๆ", "name": "ปวีณา",
         "phone": "0953318842", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "เชียงราย",
                "travellers": 1, "urgent": False, "special": [], "needs": [],
                "no_referrals": ["mental_health_care"], "name": "ปวีณา",
                "phone": "0953318842"}),

    # Grandmother, 78, one thing per message; her age and that she cannot travel alone come
    # out only when asked. Two nights sleeping in the station -> urgent. Cannot travel alone,
    # nobody to go with her -> an officer may travel along (regulation ข้อ ๖(๓)).
    "dev42 ยายหัวลำโพง ทีละเรื่อง": Persona(
        ("ยายจะกลับบ้านลูก", "ไม่มีตังค่ารถ"),
        {"consent": "จ้ะ ตกลง", "idle": "ยายอยากกลับบ้าน ไม่มีตังค่ารถ",
         "hardship": "ไม่มีตังค่ารถจ้ะ ลูกสาวที่นี่ไม่รับแล้ว", "id_card": "มีจ้ะ",
         "nationality_letter": "ไม่มีจ้ะ", "current_province": "อยู่หัวลำโพงจ้ะ กรุงเทพ",
         "home_province": "อุตรดิตถ์ ลับแล", "travellers": "ยายคนเดียว",
         "urgent": "นอนสถานีมาสองคืนแล้วลูก",
         "special_needs": "ยายอายุ78แล้ว ขึ้นรถเองไม่เป็น หลงทางง่าย",
         "travel_alone": "ไปคนเดียวไม่ไหวหรอก ไม่มีใครไปด้วยเลย",
         "sensitive_consent": "ได้จ้ะ", "needs": "ไม่มีจ้ะ", "name": "ยายชื่อ บุญมี",
         "phone": "เบอร์ยาย 0897214563", "confirm": "จ้ะ ถูกแล้ว"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุตรดิตถ์",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["travel_escort"], "name": "บุญมี", "phone": "0897214563"},
        one_part=True),

    # Diabetic on daily insulin, just discharged from a Khon Kaen hospital, one thing per
    # message. His old appendix operation is over; the diabetes is current -> sick.
    # Discharged today with nowhere to sleep -> urgent.
    "dev42 ขอนแก่น เบาหวาน ไส้ติ่งหายแล้ว ทีละเรื่อง": Persona(
        ("สวัสดีครับ",),
        {"consent": "ครับ", "idle": "ขอค่ารถกลับบ้านครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "ขอนแก่นครับ มารักษาที่โรงพยาบาล",
         "home_province": "เลยครับ ด่านซ้าย", "travellers": "คนเดียว",
         "urgent": "คืนนี้ไม่มีที่นอนครับ ออกจากโรงพยาบาลวันนี้",
         "special_needs": "ผมเป็นเบาหวานครับ ต้องฉีดอินซูลินทุกวัน ส่วนไส้ติ่งที่ผ่าเมื่อก่อนหายแล้ว",
         "travel_alone": "ไปเองได้ครับ", "sensitive_consent": "ได้ครับ",
         "needs": "ยาครับ อินซูลินเหลือน้อย", "name": "ทองใบ",
         "phone": "0629047715", "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย", "travellers": 1,
                "urgent": True, "special": ["sick"], "name": "ทองใบ",
                "phone": "0629047715"},
        one_part=True),

    # Factory worker, 7 months pregnant, says so only when asked about care needs; one thing
    # per message. Still has her room (rent overdue) -> not urgent.
    "dev42 อมตะ ท้อง7เดือน ทีละเรื่อง": Persona(
        ("สวัสดีค่ะ", "อยากกลับบ้านค่ะ"),
        {"consent": "ยอมรับค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีค่ารถ", "id_card": "มีคะ",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "ชลบุรีค่ะ อมตะนคร",
         "home_province": "สุรินทร์ค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "ยังมีห้องอยู่ค่ะ แต่ค่าเช่าค้าง", "special_needs": "ท้อง7เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ไหว", "sensitive_consent": "ได้ค่ะ",
         "needs": "ฝากครรภ์ค่ะ ยังไม่ได้ฝากเลย", "name": "อรุณี",
         "phone": "๐๖๑-๖๖๙-๕๓๐๘", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "สุรินทร์", "travellers": 1,
                "urgent": False, "special": ["pregnant"], "name": "อรุณี",
                "phone": "0616695308"},
        one_part=True),

    # Man of 75 in a wheelchair (leg lost in an old accident), one thing per message. No
    # carer, no fare, room taken back tonight -> urgent. Cannot travel alone and nobody to
    # take him -> escort; broken wheelchair -> assistive device repair (Source A 2.3).
    "dev42 บางซื่อ รถเข็น ทีละเรื่อง": Persona(
        ("ขอความช่วยเหลือครับ",),
        {"consent": "ตกลง", "idle": "อยากกลับบ้านที่พิษณุโลกครับ ไม่มีเงิน",
         "hardship": "ไม่มีคนดูแลครับ ลูกหลานไม่มา ไม่มีค่ารถด้วย", "id_card": "มีครับ",
         "nationality_letter": "ไม่มี", "current_province": "กรุงเทพ บางซื่อ",
         "home_province": "พิษณุโลก วังทอง มีน้องสาวอยู่", "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ ห้องโดนยึดคืน",
         "special_needs": "ผมอายุ75ครับ นั่งรถเข็น ขาขวาขาดตั้งแต่อุบัติเหตุ",
         "travel_alone": "ไปเองไม่ได้ครับ ขึ้นรถทัวร์เองไม่ได้ ไม่มีใครพาไป",
         "sensitive_consent": "ได้ครับ", "needs": "รถเข็นมันพังครับ ล้อหลุด",
         "name": "สมบัติ", "phone": "0870052618", "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True, "special": ["elderly", "disabled"],
                "referrals": ["travel_escort", "disability_devices"], "name": "สมบัติ",
                "phone": "0870052618"},
        one_part=True),

    # Asks where to apply, gives facts; living with HIV now (current -> HIV aid, Source A
    # 2.1) and drug use quit five years ago (past). "มีครบครับ" = has the card. Sleeping at
    # a friend's -> not urgent.
    "dev42 พัทยา ถามที่ไหน เอชไอวี เคยติดยา": Persona(
        ("ขอค่ารถกลับบ้านต้องไปติดต่อที่ไหนครับ ผมอยู่พัทยา บ้านอยู่พะเยา",
         "บอกตรงๆผมติดเชื้อเอชไอวี กินยาต้านอยู่ ส่วนยาเสพติดเคยเล่น เลิกมาห้าปีแล้วครับ"),
        {"consent": "ยอมรับครับ", "idle": "ขอค่ารถกลับพะเยาครับ",
         "hardship": "ไม่มีงาน ไม่มีรายได้ ค่ารถไม่มีครับ", "id_card": "มีครบครับ",
         "nationality_letter": "ไม่มี", "current_province": "ชลบุรี พัทยาครับ",
         "home_province": "พะเยา เชียงคำ", "travellers": "คนเดียว",
         "urgent": "ยังพอมีที่นอนครับ นอนกับเพื่อน",
         "special_needs": "ไม่มีครับ เดินได้ปกติ แค่ต้องกินยาต้านทุกวัน",
         "travel_alone": "ไปเองได้ครับ", "sensitive_consent": "ได้ครับ",
         "needs": "ยาต้านเหลืออาทิตย์เดียวครับ อยากรู้ว่ามีช่วยคนติดเชื้อไหม",
         "name": "ธีรพงษ์", "phone": "0802736619", "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "พะเยา", "travellers": 1,
                "urgent": False, "referrals": ["hiv_aid"], "name": "ธีรพงษ์",
                "phone": "0802736619"}),

    # Asks whether food on the way is paid, plus facts; restaurant failed in Chiang Mai,
    # home "โคราช" = Nakhon Ratchasima. Sleeping at a friend's -> not urgent.
    "dev42 เชียงใหม่ ถามค่ากิน กลับโคราช": Persona(
        ("ขอค่ารถกลับบ้านได้ค่ากินระหว่างทางด้วยป่ะครับ",
         "ผมอยู่เชียงใหม่ มาทำงานร้านอาหาร ร้านเจ๊ง จะกลับโคราช"),
        {"consent": "โอเคครับ", "idle": "ขอค่ารถกลับโคราชครับ",
         "hardship": "ไม่มีค่ารถครับ", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "เชียงใหม่ครับ",
         "home_province": "โคราชครับ ปากช่อง", "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนมากครับ นอนบ้านเพื่อนอยู่", "special_needs": "ไม่มี",
         "travel_alone": "ได้", "sensitive_consent": "ได้ครับ", "needs": "ไม่มีครับ",
         "name": "ชื่อ ณัฐวุฒิ นามสกุล แสงทอง", "phone": "089 441 2375",
         "confirm": "ใช่ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "นครราชสีมา",
                "travellers": 1, "urgent": False, "special": [], "name": "ณัฐวุฒิ",
                "phone": "0894412375"}),

    # Family member by member with Thai digits: me, husband, daughter, grandchild = 4.
    # Cards "มีครบทุกคน ยกเว้นหลาน". Still in the room -> not urgent. Types her name
    # wrong and fixes it at the summary.
    "dev42 มหาชัย ฉัน ผัว ลูกสาว หลาน": Persona(
        ("ฉัน ผัว ลูกสาว๑ หลาน๑ ค่ะ อยู่มหาชัย จะกลับกาฬสินธุ์",
         "ผัวโดนเลิกจ้างจากโรงงานปลากระป๋อง ไม่มีตังเลยค่ะ"),
        {"consent": "ยอมรับ", "idle": "ขอค่ารถกลับกาฬสินธุ์ค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ข้าวสารก็จะหมด",
         "id_card": "มีครบทุกคนค่ะ ยกเว้นหลาน หลานยังเล็ก",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "สมุทรสาครค่ะ มหาชัย",
         "home_province": "กาฬสินธุ์ค่ะ ยางตลาด", "travellers": "๔ คนค่ะ",
         "urgent": "ยังอยู่ห้องได้ค่ะ แต่ค่าห้องเดือนหน้าไม่มีจ่าย",
         "special_needs": "หลาน ๒ ขวบค่ะ", "travel_alone": "ไปกับพวกฉันค่ะ",
         "sensitive_consent": "ได้", "needs": "อยากให้ผัวได้งานที่บ้านค่ะ",
         "name": "บัวเรียร", "phone": "๐๙๘๒๒๑๔๐๗๖",
         "confirm": ("ชื่อพิมพ์ผิดค่ะ ชื่อ บัวเรียน น.หนู", "ใช่ค่ะ")},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "กาฬสินธุ์",
                "travellers": 4, "urgent": False, "special": ["child"],
                "name": "บัวเรียน", "phone": "0982214076"}),

    # Member by member: me, pregnant wife, my brother = 3. "มีครบครับ". Must leave the room
    # tonight with nowhere to go -> urgent. Wife 8 months pregnant -> pregnant.
    "dev42 บางกะปิ ผม เมียท้อง น้องชาย": Persona(
        ("ไปกัน3คนครับ ผม เมียท้อง น้องชายผม",
         "อยู่บางกะปิ จะกลับชัยภูมิ ค่ารถไม่พอครับ"),
        {"consent": "ตกลงครับ", "idle": "ขอค่ารถครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ งานก่อสร้างหมด", "id_card": "มีครบครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "กทมครับ บางกะปิ",
         "home_province": "ชัยภูมิ ภูเขียว", "travellers": "3",
         "urgent": "ด่วนครับ คืนนี้ต้องออกจากห้องแล้ว ไม่มีที่ไป",
         "special_needs": "เมียท้อง8เดือนครับ ใกล้คลอดแล้ว",
         "travel_alone": "ไปกับผมครับ", "sensitive_consent": "ได้ครับ",
         "needs": "ไม่มีครับ", "name": "ไพโรจน์", "phone": "0639925184",
         "confirm": "ใช่"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 3, "urgent": True,
                "special": ["pregnant"], "name": "ไพโรจน์", "phone": "0639925184"}),

    # Mother taking home her adult son with schizophrenia, one thing per message; the
    # illness comes out only when asked. His medicine runs out and he needs continuing care
    # -> Department of Mental Health (Source A 5.1). She escorts him. Has a room -> not urgent.
    "dev42 อยุธยา แม่พาลูกจิตเวช ทีละเรื่อง": Persona(
        ("สวัสดีค่ะ", "จะพาลูกกลับบ้านค่ะ ไม่มีค่ารถ"),
        {"consent": "ยอมรับค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีรายได้ ต้องเฝ้าลูก",
         "id_card": "มีทั้งสองคนค่ะ", "nationality_letter": "ไม่มี",
         "current_province": "อยุธยาค่ะ", "home_province": "น่านค่ะ",
         "travellers": "2 คนค่ะ ป้ากับลูกชาย", "urgent": "ยังมีห้องอยู่ค่ะ",
         "special_needs": "ลูกชายป่วยจิตเวชค่ะ เป็นจิตเภท ต้องกินยาทุกวัน",
         "travel_alone": "ลูกไปคนเดียวไม่ได้ค่ะ ป้าไปด้วย", "sensitive_consent": "ได้ค่ะ",
         "needs": "ยาลูกจะหมดค่ะ อยากให้มีคนดูแลต่อที่น่าน", "name": "ป้าชื่อ มาลี",
         "phone": "0924418830", "confirm": "ใช่ค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "น่าน",
                "travellers": 2, "urgent": False, "special": ["sick"],
                "referrals": ["mental_health_care"], "name": "มาลี",
                "phone": "0924418830"},
        one_part=True),

    # Myanmar worker: loose ID answer "มีบัตรครับ บัตรชมพู" is a migrant worker card, not a
    # Thai ID card; no letter certifying Thai nationality -> not ผู้มีสัญชาติไทย (ข้อ ๔).
    "dev42 มหาชัย บัตรชมพู พม่า": Persona(
        ("อยู่มหาชัยครับ อยากไปหาญาติที่แม่สอด มีช่วยค่ารถไหมครับ",),
        {"consent": "ครับ", "idle": "ขอค่ารถไปแม่สอดครับ",
         "hardship": "ไม่มีค่ารถครับ นายจ้างไม่จ่ายเงิน",
         "id_card": "มีบัตรครับ บัตรชมพู",
         "nationality_letter": "ไม่มีครับ ผมเป็นคนพม่า",
         "current_province": "สมุทรสาครครับ", "home_province": "ตากครับ แม่สอด ญาติอยู่ที่นั่น",
         "travellers": "คนเดียวครับ", "urgent": "ยังมีที่นอนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ",
         "sensitive_consent": "ได้ครับ", "needs": "ไม่มีครับ", "name": "จอ มิน",
         "phone": "0971536620", "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Already at her own home in Surin; asks for money for food. The aid is for getting back
    # to the home province, and she is there -> refused on ภูมิลำเนา.
    "dev42 อยู่บ้านสุรินทร์แล้ว": Persona(
        ("ตอนนี้อยู่บ้านที่สุรินทร์แล้วค่ะ ไม่มีเงินซื้อข้าว ขอเงินช่วยเหลือได้ไหมคะ",),
        {"consent": "ยอมรับค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินซื้อข้าวค่ะ ไม่มีรายได้", "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "สุรินทร์ค่ะ",
         "home_province": "สุรินทร์ค่ะ อยู่บ้านตัวเองนี่แหละ",
         "travellers": "คนเดียวค่ะ", "urgent": "มีบ้านอยู่ค่ะ แต่ไม่มีข้าวกิน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ", "needs": "อยากได้งานค่ะ",
         "name": "สำราญ", "phone": "0885190347", "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # Cambodian housemaid in Bangkok with a Cambodian passport, home in Siem Reap: not Thai,
    # home not in Thailand -> refused on nationality.
    "dev42 แม่บ้านกัมพูชา กรุงเทพ": Persona(
        ("พี่คะ หนูเป็นคนกัมพูชา ทำงานแม่บ้านที่กรุงเทพ นายจ้างไล่ออก",
         "อยากกลับบ้านค่ะ ขอค่ารถได้ไหม"),
        {"consent": "ค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีที่อยู่",
         "id_card": "ไม่มีบัตรไทยค่ะ มีพาสปอร์ตเขมร", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "กรุงเทพค่ะ", "home_province": "บ้านอยู่เสียมราฐค่ะ กัมพูชา",
         "travellers": "คนเดียวค่ะ", "urgent": "คืนนี้ไม่มีที่นอนค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ได้ค่ะ", "needs": "ไม่มีค่ะ", "name": "สรีมอม",
         "phone": "0614472958", "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Only asks for the hotline number for a neighbour; the seeds give hotline 1300, 24 h.
    "dev42 ถามเบอร์สายด่วน ให้ป้าข้างบ้าน": Persona(
        ("ขอเบอร์สายด่วนศูนย์ช่วยเหลือสังคมหน่อยค่ะ เบอร์อะไรนะ",),
        {"consent": "ค่ะ", "idle": "แค่นั้นค่ะ ขอบคุณค่ะ",
         "hardship": "ไม่ได้ขอเองค่ะ ถามเบอร์ไว้ให้ป้าข้างบ้าน",
         "id_card": "ไม่ได้ขอเองค่ะ", "nationality_letter": "ไม่ทราบค่ะ",
         "current_province": "ลพบุรีค่ะ", "home_province": "ลพบุรีค่ะ",
         "travellers": "ไม่ได้ไปค่ะ", "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไม่ได้ไปค่ะ",
         "sensitive_consent": "ไม่ต้องค่ะ", "needs": "ไม่มีค่ะ ขอแค่เบอร์",
         "name": "ไม่บอกได้ไหมคะ", "phone": "ไม่ต้องค่ะ", "confirm": "ไม่ได้สมัครค่ะ"},
        outcome="answered",
        answered="1300"),

    # Asks for a brother who lost his ID card which documents are needed; the seeds: ID
    # card, or without papers a letter certifying Thai nationality and residence.
    "dev42 ถามเอกสาร น้องชายบัตรหาย": Persona(
        ("ถ้าน้องชายจะไปขอค่ารถกลับบ้าน ต้องใช้เอกสารอะไรมั่งคับ", "เค้าบัตรปชชหายด้วย"),
        {"consent": "ครับ", "idle": "แค่ถามเรื่องเอกสารครับ",
         "hardship": "น้องผมเองครับ ผมไม่ได้ขอ", "id_card": "ผมมี แต่น้องหายครับ",
         "nationality_letter": "ไม่รู้เหมือนกันครับ", "current_province": "ผมอยู่ตรังครับ",
         "home_province": "ตรังครับ", "travellers": "ผมไม่ได้ไปครับ",
         "urgent": "ไม่ด่วนครับ", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไม่ได้ไปครับ", "sensitive_consent": "ไม่ต้องครับ",
         "needs": "ไม่มีครับ", "name": "เอกครับ", "phone": "ไม่ให้ครับ",
         "confirm": "ไม่ได้สมัครครับ"},
        outcome="answered",
        answered="สัญชาติไทย"),

    # Only asks whether the provincial office opens on Saturday; seeds: Mon-Fri 08.30-16.30.
    "dev42 ถามเสาร์เปิดไหม": Persona(
        ("สนง.พัฒนาสังคมจังหวัด วันเสาร์เปิดไหมคะ",),
        {"consent": "ค่ะ", "idle": "ถามแค่นี้ค่ะ",
         "hardship": "ยังไม่ขอค่ะ ถามก่อน", "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "จันทบุรีค่ะ",
         "home_province": "จันทบุรีค่ะ", "travellers": "ยังไม่ไปค่ะ",
         "urgent": "ไม่ด่วนค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ", "sensitive_consent": "ไม่ต้องค่ะ",
         "needs": "ไม่มีค่ะ", "name": "ไม่สะดวกบอกค่ะ", "phone": "ไม่สะดวกค่ะ",
         "confirm": "ไม่ได้สมัครค่ะ"},
        outcome="answered",
        answered="จันทร์"),

    # Only asks whether the help costs anything; seeds: no fee.
    "dev42 ถามฟรีไหม": Persona(
        ("ขอความช่วยเหลือกลับบ้าน ฟรีมั้ยครับ หรือต้องจ่ายค่าดำเนินการ",),
        {"consent": "ครับ", "idle": "ถามแค่นั้นครับ",
         "hardship": "ยังไม่ได้ขอครับ", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "สระบุรีครับ",
         "home_province": "สระบุรีครับ", "travellers": "ยังไม่ไปครับ",
         "urgent": "ไม่ด่วนครับ", "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ", "sensitive_consent": "ไม่ต้องครับ",
         "needs": "ไม่มีครับ", "name": "ไม่บอกครับ", "phone": "ไม่ให้ครับ",
         "confirm": "ไม่ได้สมัครครับ"},
        outcome="answered",
        answered="ค่าธรรมเนียม"),
}
