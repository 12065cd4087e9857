"""Persona set dev15, 2026-12-04.

Written from the seeds only (000_* services for released prisoners, 002_* officers' manual
and the 2000 regulation) and knowledge-topics.md, by a helper who did not read the dialog
code, the knowledge files, the tests, nor any other persona set.

Focus: the West, the Central plain and the lower North (Kanchanaburi, Ratchaburi,
Phetchaburi, Prachuap, Suphanburi, Nakhon Pathom, Samut Sakhon, Ayutthaya, Ang Thong,
Sing Buri, Chai Nat, Nakhon Sawan, Uthai Thani, Phichit, Phitsanulok, Sukhothai,
Kamphaeng Phet, Phetchabun, Lop Buri, Saraburi). People stranded after a hospital stay,
a court date, a festival or temple fair, a bus accident, being left by a partner; people
released from prison in Ratchaburi, Nakhon Pathom and Phitsanulok; people unsure whether
they qualify, with a little money but not enough, with a place tonight but not tomorrow,
with an expired card or a card left at home, with no phone, a landline or a neighbour's
number, giving only a nickname; groups of 2-4 with an elder or a small child.

21 personas: 18 requests (17 expected eligible, one left open: card left at home),
3 refusals (not Thai; no ID card and no letter; no hardship), 3 one_part, 2 fixes at the summary.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # A ward nurse in Kanchanaburi writes for a 72-year-old man discharged today; the
    # ward needs the bed and he has nowhere to sleep tonight (urgent). He is forgetful and
    # cannot go alone (elderly + cannot_travel_alone). Phone is the ward landline (9 digits).
    "kanchanaburi ward nurse for old man": Persona(
        ("สวัสดีค่ะ พยาบาลตึกอายุรกรรม รพ.ที่เมืองกาญจน์นะคะ มีคนไข้ชายอายุ72 จำหน่ายวันนี้ "
         "ญาติไม่มารับ ไม่มีเงินค่ารถกลับบ้านที่อุทัยค่ะ จะขอความช่วยเหลือได้ไหมคะ",),
        {"consent": "ยินยอมค่ะ ตาแกก็ตกลงแล้ว",
         "idle": "ขอค่ารถส่งคนไข้กลับบ้านค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ ไม่มีค่ารถกลับ ญาติก็ติดต่อไม่ได้ ไม่มีใครดูแล",
         "id_card": "มีบัตรประชาชนค่ะ อยู่กับตาแก",
         "nationality_letter": "ไม่มีค่ะ แต่มีบัตรประชาชนนะคะ",
         "nationality": "คนไทยค่ะ",
         "current_province": "กาญจนบุรีค่ะ อยู่ที่โรงพยาบาลในเมือง",
         "home_province": "อุทัยธานีค่ะ อ.บ้านไร่",
         "travellers": "คนเดียวค่ะ ตาแกคนเดียว",
         "urgent": "ด่วนค่ะ วันนี้ต้องออกจากตึกแล้ว คืนนี้แกไม่มีที่นอนเลย",
         "special_needs": "อายุ72ค่ะ ขี้หลงขี้ลืม เดินช้า",
         "travel_alone": "ไปเองไม่ได้ค่ะ ต้องมีคนพาไปส่ง เดี๋ยวแกหลง",
         "needs": "ไม่มีแล้วค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ตาเปลี่ยน ค่ะ นายเปลี่ยน ทองดี",
         "phone": "โทรที่ตึกได้ค่ะ 034-511-234",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "อุทัยธานี",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "elderly"],
                "phone": "034511234"}),

    # Released today from the central prison in Ratchaburi; his card expired while inside
    # (still counts); 40 baht left; no bed tonight. Wants a new card and a job. His own
    # phone is dead so he gives his sister's number.
    "ratchaburi release expired card": Persona(
        ("พึ่งออกจากเรือนจำราชบุรีเช้านี้ครับ",
         "เงินเหลือ40บาท จะกลับชัยนาทไม่มีค่ารถ"),
        {"consent": "ตกลงครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีที่นอนด้วย ตังค์เหลือสี่สิบบาท",
         "id_card": "มีครับแต่หมดอายุไปตอนอยู่ข้างใน",
         "nationality_letter": "ไม่มีครับ มีแต่ใบปล่อยตัว",
         "nationality": "ไทยครับ",
         "current_province": "ราชบุรีครับ หน้าเรือนจำ",
         "home_province": "ชัยนาทครับ อ.หันคา",
         "travellers": "ผมคนเดียว",
         "urgent": "ด่วนครับ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากทำบัตรใหม่ครับ แล้วก็อยากได้งานทำ ใครจะรับคนติดคุกมา",
         "sensitive_consent": "ได้ครับ ยินยอม",
         "name": "สมศักดิ์ครับ",
         "phone": "เครื่องผมไม่มีซิมครับ โทรหาพี่สาวได้ ๐๘๖-๗๗๒-๔๑๐๘",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ชัยนาท",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement"],
                "phone": "0867724108"}),

    # Out on parole from the Nakhon Pathom prison; must report to probation at home in
    # Lom Sak (Phetchabun). one_part: answers one thing at a time.
    "nakhon pathom parolee one part": Persona(
        ("สวัสดีครับ",),
        {"consent": "ครับ",
         "idle": "ขอเงินค่ารถครับ",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "มี",
         "nationality_letter": "ไม่มี",
         "nationality": "ไทย",
         "current_province": "นครปฐม",
         "home_province": "หล่มสัก เพชรบูรณ์",
         "travellers": "1",
         "urgent": "ครับ ไม่มีที่นอน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "ต้องไปรายงานตัวคุมประพฤติครับ",
         "sensitive_consent": "ยินยอม",
         "name": "เอกชัย",
         "phone": "0937715420",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "นครปฐม", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["probation_support"],
                "name": "เอกชัย", "phone": "0937715420"},
        one_part=True),

    # Released from the Phitsanulok prison; takes HIV medicine and wants work, but refuses
    # the recording of sensitive data: the job need stays, HIV/probation must not be recorded.
    "phitsanulok release refuses sensitive": Persona(
        ("ออกจากคุกพิดโลกมาได้2วัน ครับ นอนสถานีรถไฟ ขอค่ารถกลับกำแพงได้ไหม",),
        {"consent": "ยินยอมครับ",
         "idle": "ค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีตังค์ครับ นอนสถานีรถไฟมาสองคืนแล้ว ข้าวก็ไม่ค่อยได้กิน",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มี",
         "nationality": "คนไทย",
         "current_province": "พิษณุโลกครับ",
         "home_province": "กำแพงเพชร อ.ขาณุ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ นอนสถานีมันไม่ปลอดภัย",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปได้ครับ",
         "needs": "อยากหางานทำครับ แล้วก็ยาต้านผมใกล้หมด",
         "sensitive_consent": "ไม่ยินยอมครับ เรื่องพวกนี้ไม่อยากให้บันทึก",
         "name": "ต้น ครับ",
         "phone": "0658830217",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "กำแพงเพชร",
                "travellers": 1, "urgent": True,
                "referrals": ["job_placement"],
                "no_referrals": ["hiv_aid", "probation_support", "medical_services"],
                "phone": "0658830217"}),

    # Came from Phichit for a hearing at the Ayutthaya court; the lawyer took most of her
    # money: 150 baht left, fare is about 300 ("a little money but not enough"). Unsure.
    "ayutthaya court date short of fare": Persona(
        ("มาขึ้นศาลที่อยุธยาค่ะ เงินเหลือ150 ค่ารถกลับพิจิตรสามร้อยกว่า ไม่แน่ใจว่าเข้าเกณฑ์ไหมคะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "มีเงินนิดหน่อยแต่ไม่พอค่ารถค่ะ จ่ายค่าทนายไปหมดแล้ว",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "กรุงเก่าค่ะ แถวศาลากลาง",
         "home_province": "พิจิตรค่ะ ตะพานหิน",
         "travellers": "มาคนเดียวค่ะ",
         "urgent": "ค่ะ คืนนี้ไม่รู้จะนอนที่ไหน คงนั่งรอที่ท่ารถ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "นางสาวพิมพ์ใจ แก้วมา",
         "phone": "081-664-2295",
         "confirm": "ถูกต้องค่ะ ขอบคุณค่ะ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "พิจิตร",
                "travellers": 1, "urgent": True, "special": [],
                "phone": "0816642295"}),

    # A monk in Ang Thong writes for a family robbed at the temple fair: grandmother (68),
    # mother and a 4-year-old. They sleep at the temple tonight (safe: not urgent). The
    # mother gives only her nickname; phone is the temple office landline.
    "ang thong temple fair monk for family": Persona(
        ("เจริญพร อาตมาเขียนแทนโยมครอบครัวหนึ่ง มาเที่ยวงานวัดแล้วโดนล้วงกระเป๋า "
         "เงินหมด จะกลับบ้านหล่มสักไม่ได้ มียาย แม่ แล้วก็หลานตัวเล็ก",),
        {"consent": "โยมเขายินยอมแล้ว",
         "idle": "ขอค่ารถให้โยมเขากลับบ้าน",
         "hardship": "ไม่มีค่ารถกลับบ้าน เงินโดนล้วงไปหมด",
         "id_card": "โยมแม่มีบัตร ยายก็มี",
         "nationality_letter": "ไม่มี",
         "nationality": "คนไทยทั้งหมด",
         "current_province": "อ่างทอง อยู่ที่วัด อ.ไชโย",
         "home_province": "เพชรบูรณ์ อ.หล่มสัก",
         "travellers": "3 คน ยาย แม่ ลูก",
         "urgent": "ไม่ด่วนมาก คืนนี้นอนศาลาวัดได้",
         "special_needs": "ยายอายุ68 หลานอายุ4ขวบ",
         "travel_alone": "ไปด้วยกันสามคน",
         "needs": "ไม่มี",
         "sensitive_consent": "ยินยอม",
         "name": "โยมแป้ง",
         "phone": "โทรที่วัด 035-597-118",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "อ่างทอง", "home": "เพชรบูรณ์",
                "travellers": 3, "urgent": False, "special": ["child", "elderly"],
                "phone": "035597118"}),

    # A rescue volunteer in Cha-am (Phetchaburi) writes for a couple from a crashed tour
    # bus: wallets lost, the wife is 7 months pregnant, discharged, no bed tonight.
    "phetchaburi bus crash volunteer": Persona(
        ("กู้ภัยชะอำครับ รถทัวร์คว่ำเมื่อคืน มีผู้โดยสารผัวเมียคู่นึงกระเป๋าเงินหายหมด "
         "ออกจากรพ.แล้ว จะกลับศรีสะเกษ เมียท้อง7เดือนครับ",),
        {"consent": "ยินยอมครับ ถามเขาแล้ว",
         "idle": "ขอค่ารถให้เขากลับบ้านครับ",
         "hardship": "ไม่มีเงินค่ารถครับ ของหายในรถหมด ไม่มีที่พักด้วย",
         "id_card": "ผัวมีบัตรครับ อยู่ในกระเป๋ากางเกง",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "คนไทยครับ",
         "current_province": "เพชรบุรีครับ ชะอำ",
         "home_province": "ศรีสะเกษครับ อ.กันทรลักษ์",
         "travellers": "2 คนครับ ผัวกับเมีย",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "เมียท้อง7เดือนครับ",
         "travel_alone": "ไปด้วยกัน2คนครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "นายบุญมี ศรีสุข",
         "phone": "เบอร์ผมนะครับ 0897723019",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "เพชรบุรี", "home": "ศรีสะเกษ",
                "travellers": 2, "urgent": True, "special": ["pregnant"],
                "phone": "0897723019"}),

    # Left at Hua Hin by her boyfriend who drove off with her bag; she kept her card in her
    # phone case. A room is paid for tonight only: a place tonight but not tomorrow, so
    # urgency is left open.
    "hua hin left by boyfriend": Persona(
        ("แฟนทิ้งไว้ที่หัวหินค่ะ เอากระเป๋าไปหมดเลย😭",
         "ตอนนี้เหลือเงินค่าห้องแค่คืนนี้ พรุ่งนี้ไม่รู้จะไปไหน"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถกลับค่ะ พรุ่งนี้ก็ไม่มีที่นอน",
         "id_card": "มีค่ะ เหน็บไว้หลังเคสมือถือ โชคดีมาก",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "หัวหินค่ะ ประจวบ",
         "home_province": "พิจิตรค่ะ บางมูลนาก",
         "travellers": "คนเดียวค่ะ",
         "urgent": "คืนนี้มีห้องนอนค่ะ แต่พรุ่งนี้ไม่มีแล้ว",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "มายด์ค่ะ",
         "phone": "0624418875",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ประจวบคีรีขันธ์", "home": "พิจิตร",
                "travellers": 1, "special": [], "phone": "0624418875"}),

    # REFUSAL: a Myanmar worker in Mahachai (Samut Sakhon), pink card, not Thai.
    "mahachai myanmar worker refused": Persona(
        ("พี่ครับ ผมตกงานที่มหาชัย อยากกลับแม่สอด ขอค่ารถได้ไหมครับ",),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถครับ",
         "hardship": "ไม่มีเงินครับ โรงงานปิด ไม่มีงาน",
         "id_card": "มีบัตรชมพูครับ ไม่มีบัตรคนไทย",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "พม่าครับ",
         "current_province": "มหาชัย สมุทรสาคร",
         "home_province": "แม่สอด ตาก แล้วข้ามไปเมียวดีครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ห้องเช่าไล่ออกแล้ว",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้",
         "needs": "หางานครับ",
         "sensitive_consent": "ยินยอม",
         "name": "จอ ครับ",
         "phone": "0951127734",
         "confirm": "ถูกครับ"},
        outcome="refused", expect={"eligible": False, "reason": "สัญชาติ"}),

    # REFUSAL: a Thai-speaking man in Saraburi who never had an ID card and has no letter
    # from a kamnan or village head, and cannot say where home is.
    "saraburi no papers refused": Persona(
        ("ผมไม่เคยมีบัตรประชาชนเลยครับ อยู่แก่งคอย อยากกลับบ้านแต่ไม่มีตังค์",),
        {"consent": "ครับ ตกลง",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ นอนข้างทาง",
         "id_card": "ไม่มีครับ ไม่เคยทำ",
         "nationality_letter": "ไม่มีครับ ไม่รู้จักผู้ใหญ่บ้านที่ไหนเลย",
         "nationality": "คนไทยครับ เกิดที่นี่",
         "current_province": "สระบุรี แก่งคอย",
         "home_province": "แถวๆอุดรมั้งครับ จำไม่ค่อยได้",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "needs": "อยากได้บัตรประชาชนครับ",
         "sensitive_consent": "ยินยอม",
         "name": "ดำ",
         "phone": "ไม่มีโทรศัพท์ครับ",
         "confirm": "ครับ"},
        outcome="refused", expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # REFUSAL: an office worker in Nakhon Sawan with a salary and a room who heard the
    # state pays fares and wants it for Songkran: no hardship.
    "nakhon sawan songkran no hardship refused": Persona(
        ("ได้ยินว่ารัฐให้ค่ารถกลับบ้านฟรี สงกรานต์นี้จะกลับร้อยเอ็ด ขอได้มั้ยครับ555",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านช่วงสงกรานต์ครับ",
         "hardship": "ก็ไม่ได้ลำบากอะไรครับ มีงานประจำ มีห้องอยู่ แค่อยากประหยัดค่ารถ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ปากน้ำโพ นครสวรรค์",
         "home_province": "ร้อยเอ็ดครับ",
         "travellers": "ผมกับแฟน 2 คน",
         "urgent": "ไม่ด่วนครับ อีกเดือนนึง",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "กอล์ฟ",
         "phone": "0812290476",
         "confirm": "ถูกต้องครับ"},
        outcome="refused", expect={"eligible": False, "reason": "ไม่เข้าเกณฑ์"}),

    # A 55-year-old builder in Lop Buri, contractor vanished without paying; has 200 baht;
    # can sleep at the site camp tonight, not tomorrow (urgency left open). Wants work
    # back home in Korat. one_part.
    "lop buri unpaid builder one part": Persona(
        ("ไม่แน่ใจว่าเข้าเกณฑ์ไหมครับ",),
        {"consent": "ยินยอม",
         "idle": "ขอค่ารถกลับโคราช",
         "hardship": "เงินไม่พอค่ารถครับ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มี",
         "nationality": "ไทย",
         "current_province": "ลพบุรี",
         "home_province": "โคราช",
         "travellers": "คนเดียว",
         "urgent": "คืนนี้นอนแคมป์ได้ พรุ่งนี้เขารื้อแล้ว",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "อยากหางานทำที่โคราช",
         "sensitive_consent": "ยินยอม",
         "name": "สมพงษ์",
         "phone": "0876612093",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "ลพบุรี", "home": "นครราชสีมา",
                "travellers": 1, "special": [],
                "referrals": ["job_placement"],
                "name": "สมพงษ์", "phone": "0876612093"},
        one_part=True),

    # A 63-year-old woman in Sing Buri, put out by her son-in-law, card expired (still
    # counts); sleeps at a neighbour's tonight (not urgent). Gives the neighbour's number
    # with a wrong last digit and FIXES it at the summary.
    "sing buri grandma expired card fixes phone": Persona(
        ("ป้าอยู่สิงห์บุรีจ้ะ มาอยู่กับลูกสาว ลูกเขยไล่ออกจากบ้าน อยากกลับกำแพงเพชร ไม่มีตังค์จ้ะ",),
        {"consent": "ยินยอมจ้ะ",
         "idle": "ขอค่ารถกลับบ้านจ้ะ",
         "hardship": "ไม่มีตังค์ค่ารถจ้ะ ไม่มีรายได้",
         "id_card": "มีจ้ะ แต่หมดอายุไปสองปีแล้ว",
         "nationality_letter": "ไม่มีจ้ะ",
         "nationality": "คนไทยจ้ะ",
         "current_province": "สิงห์บุรี อ.อินทร์บุรีจ้ะ",
         "home_province": "กำแพงเพชรจ้ะ อ.พรานกระต่าย",
         "travellers": "ป้าคนเดียวจ้ะ",
         "urgent": "ไม่ด่วนจ้ะ คืนนี้นอนบ้านป้าข้างบ้านได้",
         "special_needs": "อายุ63แล้วจ้ะ",
         "travel_alone": "ไปเองได้จ้ะ นั่งรถทัวร์บ่อย",
         "needs": "ไม่มีจ้ะ",
         "sensitive_consent": "ยินยอมจ้ะ",
         "name": "ป้าบุญเรือน",
         "phone": "ป้าไม่มีมือถือ เบอร์ข้างบ้านจ้ะ ๐๘๙-๔๔๗-๒๑๓๙",
         "confirm": ("ผิดจ้ะ เบอร์ลงท้าย ๒๑๓๐ ไม่ใช่ ๒๑๓๙ ๐๘๙๔๔๗๒๑๓๐", "ถูกแล้วจ้ะ")},
        expect={"eligible": True, "current": "สิงห์บุรี", "home": "กำแพงเพชร",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "phone": "0894472130"}),

    # Two young men from Ubon robbed at a festival in Suphanburi; no phone of their own, so
    # they give the number of the chicken-rice shop owner who is helping them.
    "suphanburi festival two friends": Persona(
        ("มางานที่สุพรรณครับ โดนขโมยกระเป๋าตังกับมือถือ2คน ยืมเครื่องพี่ร้านข้าวพิมพ์อยู่",
         "จะกลับอุบลครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับอุบลครับ",
         "hardship": "ไม่มีเงินเลยครับ ไม่มีค่ารถกลับ",
         "id_card": "มีครับ บัตรอยู่ในกระเป๋าเสื้อไม่โดนขโมย",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "สุพรรณครับ ในเมือง",
         "home_province": "อุบลราชธานี ครับ อ.วารินฯ",
         "travellers": "2คนครับ ผมกับเพื่อน",
         "urgent": "ด่วนครับ ไม่มีที่นอน นอนหน้าร้านเขาอยู่",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปด้วยกันครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "อาร์ม ครับ",
         "phone": "ไม่มีมือถือแล้วครับ โทรเบอร์พี่เจ้าของร้าน 0918823460",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สุพรรณบุรี", "home": "อุบลราชธานี",
                "travellers": 2, "urgent": True, "special": [],
                "phone": "0918823460"}),

    # A daughter in Bangkok writes for her parents (70 and 66) and her 3-year-old nephew at
    # the Phitsanulok hospital: grandma just had surgery, money gone, they sleep on the
    # pavilion in front of the hospital (urgent). Group of 3 with elders, child, sick.
    "phitsanulok hospital grandparents daughter writes": Persona(
        ("เขียนแทนพ่อแม่ค่ะ พาแม่มาผ่าตัดที่รพ.พุทธชินราช พิษณุโลก เงินหมดแล้ว "
         "พ่อ แม่ กับหลานสามขวบจะกลับน่านไม่มีค่ารถค่ะ หนูอยู่กรุงเทพไปรับไม่ได้",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถให้พ่อแม่กลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับค่ะ เงินหมดไปกับค่ากินค่าอยู่ตอนเฝ้าไข้",
         "id_card": "พ่อกับแม่มีบัตรค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "พิษณุโลกค่ะ ที่โรงพยาบาล",
         "home_province": "น่านค่ะ อ.ปัว",
         "travellers": "3 คนค่ะ พ่อ แม่ หลาน",
         "urgent": "ด่วนค่ะ คืนนี้ต้องนอนศาลาหน้าโรงพยาบาล",
         "special_needs": "พ่อ70 แม่66 แม่เพิ่งผ่าตัดยังเดินไม่ค่อยไหว หลาน3ขวบค่ะ",
         "travel_alone": "ไปด้วยกันสามคนค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ตาสมบูรณ์ ค่ะ พ่อชื่อสมบูรณ์ ใจกล้า",
         "phone": "เบอร์หนูนะคะ 0859931274",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "น่าน",
                "travellers": 3, "urgent": True,
                "special": ["child", "elderly", "sick"],
                "phone": "0859931274"}),

    # A cane cutter left at a field in Kamphaeng Phet by his employer, typing on the
    # sub-district office computer. He has no phone at all: no phone expected.
    "kamphaeng phet cane cutter no phone": Persona(
        ("นายจ้างทิ้งไว้ที่ไร่อ้อยกำแพงเพชรครับ ไม่จ่ายค่าแรง ผมพิมพ์จากคอมที่อบต.",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับสกลครับ",
         "hardship": "ไม่ได้ค่าแรงครับ ไม่มีเงินซื้อข้าว ไม่มีค่ารถ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "กำแพงเพชรครับ อ.คลองลาน",
         "home_province": "สกลนครครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ไม่มีที่นอนแล้ว เพิงที่ไร่เขารื้อ",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "นายทองใบ ครับ",
         "phone": "ไม่มีโทรศัพท์ครับ ผมจะรอที่อบต.คลองลานนี่แหละ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กำแพงเพชร", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "special": []}),

    # A mother abandoned by her husband in Lom Sak with two small children (5 and 2),
    # thrown out today (urgent). She first says Kalasin, then FIXES at the summary: she
    # will go to her mother's in Khon Kaen.
    "phetchabun abandoned mother fixes home": Persona(
        ("ผัวทิ้งค่ะ ญาติเขาไล่ออกจากบ้านที่หล่มสักวันนี้ มีลูกเล็ก2คน",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีที่อยู่ค่ะ ไม่มีเงิน ไม่มีค่ารถ",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "เพชรบูรณ์ค่ะ หล่มสัก",
         "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "3 คนค่ะ ฉันกับลูก2คน",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ลูก5ขวบกับ2ขวบค่ะ",
         "travel_alone": "ไปกับลูกค่ะ",
         "needs": "อยากหางานทำค่ะ เลี้ยงลูกเอง",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "น้ำฝน ค่ะ",
         "phone": "0623347751",
         "confirm": ("ขอแก้ค่ะ ไม่ไปกาฬสินธุ์แล้ว ไปบ้านแม่ที่ขอนแก่น อ.ชุมแพค่ะ", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "เพชรบูรณ์", "home": "ขอนแก่น",
                "travellers": 3, "urgent": True, "special": ["child"],
                "referrals": ["job_placement"],
                "phone": "0623347751"}),

    # A 71-year-old woman in Chai Nat whose sister died in hospital; the funeral took her
    # money. Sleeps at her late sister's house (not urgent). Gives the house landline (9
    # digits). one_part.
    "chai nat widow grandma landline one part": Persona(
        ("สวัสดีจ้ะ",),
        {"consent": "ยินยอมจ้ะ",
         "idle": "ขอค่ารถกลับบ้าน",
         "hardship": "ไม่มีค่ารถจ้ะ",
         "id_card": "มีจ้ะ",
         "nationality_letter": "ไม่มีจ้ะ",
         "nationality": "ไทยจ้ะ",
         "current_province": "ชัยนาท",
         "home_province": "สุโขทัยจ้ะ",
         "travellers": "คนเดียวจ้ะ",
         "urgent": "ไม่ด่วนจ้ะ นอนบ้านน้องสาวได้",
         "special_needs": "อายุ71จ้ะ",
         "travel_alone": "ไปเองได้จ้ะ",
         "needs": "ไม่มีจ้ะ",
         "sensitive_consent": "ยินยอม",
         "name": "ยายจันทร์",
         "phone": "056412337",
         "confirm": "ถูกจ้ะ"},
        expect={"eligible": True, "current": "ชัยนาท", "home": "สุโขทัย",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "phone": "056412337"},
        one_part=True),

    # A 62-year-old mother came to Ratchaburi with her 1-year-old grandchild to collect
    # her daughter released today; they spent everything on the trip. Group of 3 with an
    # elder and a baby. The daughter lost her card at her arrest and needs a job.
    "ratchaburi mother collects released daughter": Persona(
        ("แม่มารับลูกสาวออกจากเรือนจำราชบุรีจ้ะ พาหลานมาด้วย เงินหมดค่ารถขามา "
         "จะกลับปราจีนไม่มีค่ารถเลย",),
        {"consent": "ยินยอมจ้ะ",
         "idle": "ขอค่ารถกลับบ้านสามคนจ้ะ",
         "hardship": "ไม่มีค่ารถกลับจ้ะ เงินหมด",
         "id_card": "แม่มีบัตรจ้ะ ลูกสาวบัตรหายตั้งแต่ตอนโดนจับ",
         "nationality_letter": "ไม่มีจ้ะ",
         "nationality": "ไทยจ้ะ",
         "current_province": "ราชบุรีจ้ะ หน้าเรือนจำ",
         "home_province": "ปราจีนบุรีจ้ะ อ.กบินทร์บุรี",
         "travellers": "3 คนจ้ะ แม่ ลูกสาว หลานขวบนึง",
         "urgent": "ด่วนจ้ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "แม่อายุ62 หลานขวบเดียวจ้ะ",
         "travel_alone": "ไปด้วยกันสามคนจ้ะ",
         "needs": "ลูกสาวต้องทำบัตรใหม่ แล้วอยากให้มีงานทำจ้ะ",
         "sensitive_consent": "ยินยอมจ้ะ",
         "name": "แม่สำรวย",
         "phone": "0817763024",
         "confirm": "ถูกต้องจ้ะ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ปราจีนบุรี",
                "travellers": 3, "urgent": True, "special": ["child", "elderly"],
                "referrals": ["id_card", "job_placement"],
                "phone": "0817763024"}),

    # "Boy", a nickname only, dorm closed at a factory in Kaeng Khoi; card left at home in
    # Chaiyaphum (his mother can send a photo). Eligibility left open (card not at hand).
    # No phone: gives a friend's number.
    "saraburi boy card left at home": Persona(
        ("หมดสัญญาโรงงานแก่งคอยครับ หอปิด ไม่มีเงินกลับชัยภูมิ",),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีที่นอนด้วย",
         "id_card": "มีครับแต่ลืมไว้บ้านที่ชัยภูมิ ให้แม่ถ่ายรูปส่งมาได้",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "สระบุรี แก่งคอยครับ",
         "home_province": "ชัยภูมิครับ อ.ภูเขียว",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "บอยครับ",
         "phone": "ไม่มีมือถือครับ ใช้เครื่องเพื่อน 064-551-9023",
         "confirm": "ถูกต้องครับ"},
        expect={"current": "สระบุรี", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "name": "บอย", "phone": "0645519023"}),

    # A 17-year-old girl left by her friends at the Loy Krathong festival in Sukhothai,
    # phone almost dead, no bed tonight; home is Nakhon Pathom. Not a small child.
    "sukhothai loy krathong teen": Persona(
        ("เพื่อนทิ้งไว้ที่งานลอยกระทงสุโขทัยค่ะ ตังค์ไม่พอกลับบ้าน แบตจะหมดแล้ว",),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับนครปฐมค่ะ",
         "hardship": "เงินเหลือ80บาทค่ะ ไม่พอค่ารถ",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "สุโขทัยค่ะ เมืองเก่า",
         "home_province": "นครปฐมค่ะ อ.สามพราน",
         "travellers": "หนูคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ไม่มีที่นอน กลัวมากค่ะ",
         "special_needs": "ไม่มีค่ะ อายุ17",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ใบเตยค่ะ",
         "phone": "0982215546",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สุโขทัย", "home": "นครปฐม",
                "travellers": 1, "urgent": True, "special": [],
                "phone": "0982215546"}),
}
