"""Persona set dev22 (2026-12-05).

Written from the seeds only, by a writer who did not read the dialog code, knowledge
files, tests or other persona sets.

Focus: messy real writing - voice-typed text with wrong homophones, no spaces at all,
Thai digits, heavy slang and abbreviations (กทม, ตจว, อุบลฯ, โคราช, บขส), places given
as a district, a town, a landmark, a bus terminal or a nickname instead of a province;
released prisoners and people on probation (seed 000) with their other needs (new ID
card, job, training, probation reporting, health); people stranded after scams, after
being fired, after a flood or a fire; people writing for a friend or relative;
stickers and emoji as answers.

Counts: 22 personas - 16 case (eligible), 6 refused (2 not Thai, 1 no hardship,
2 no card and no letter, 1 already at home); 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Man, 34, released yesterday from Khlong Prem prison (Chatuchak, Bangkok); types
    # by voice, so "ค่ารถ" comes out "ค่ารส". Slept at the Mo Chit terminal, nowhere
    # tonight. Home is Det Udom district, Ubon. Has his ID card back.
    # Case: Thai, no fare home (002 หลักเกณฑ์ ๓ "ไม่มีค่าพาหนะเดินทางกลับภูมิลำเนาเดิม"),
    # shows the card (เงื่อนไข ๑). Urgent: no place to sleep tonight. Asks for a job
    # (000 3.2 "การรับลงทะเบียนและการจัดหางานให้แก่ผู้ถูกคุมประพฤติและผู้พ้นโทษ") and
    # for help with probation reporting (000 7.2 กรมคุมประพฤติ).
    "Voice-typed Khlong Prem release to Ubon": Persona(
        ("สวัสดีครับ ผมพึ่งออกจากเรือนจำคลองเปรมเมื่อวานครับ ไม่มีค่ารสกลับบ้าน "
         "เมื่อคืนนอนที่ขนส่งหมอชิตครับ คืนนี้ก็ไม่รู้จะไปนอนไหน",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากขอค่ารสกลับบ้านครับ",
         "hardship": "ไม่มีตังค์เลยครับ ออกมามีแค่ร้อยกว่าบาท ใช้หมดแล้ว",
         "id_card": "มีครับ ได้คืนตอนออกมา",
         "nationality_letter": "ไม่มีครับ แต่มีบัตรประชาชน",
         "nationality": "ไทยครับ",
         "current_province": ("ขนส่งหมอชิตครับ", "กรุงเทพครับ"),
         "home_province": ("เดชอุดมครับ", "อุบลราชธานีครับ"),
         "travellers": "ไปคนเดียวครับ",
         "urgent": "ครับ คืนนี้ไม่มีที่นอนเลยครับ",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้งานทำครับ ช่วยหางานให้หน่อย แล้วก็เรื่องรายงานตัวคุมประพฤติที่อุบลฯด้วยครับ "
                  "อยากให้ช่วยแนะนำ",
         "sensitive_consent": "ได้ครับ",
         "name": "ชื่อ ธนากร ศรีสุข ครับ",
         "phone": "เบอร์ 081 234 5678 ครับ",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement", "probation_support"],
                "name": "ธนากร", "phone": "0812345678"},
    ),

    # Factory worker laid off at the Bang Phu industrial estate (Samut Prakan), no
    # severance, told to leave the dorm today. Types with no spaces at all. Home Pak
    # Chong, "โคราช". Fixes his phone at the summary.
    # Case: no income and no fare (002 หลักเกณฑ์ ๒, ๓), has the card. Urgent: must
    # leave the dorm today, no place tonight. Asks for vocational training (000 3.1).
    "No-space laid-off worker Bang Phu to Korat": Persona(
        ("สวัสดีครับผมโดนเลิกจ้างจากโรงงานที่นิคมบางปูไม่ได้ค่าชดเชยหอก็ให้ออกวันนี้ไม่มีเงินกลับโคราชครับ",),
        {"consent": "ตกลงครับ",
         "idle": "ขอเงินค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินครับเหลือสามสิบบาทโรงงานไม่จ่ายค่าแรงเดือนสุดท้าย",
         "id_card": "มีครับบัตรปชช.อยู่กับตัว",
         "nationality_letter": "ไม่มีครับมีแต่บัตร",
         "nationality": "คนไทยครับ",
         "current_province": ("นิคมบางปูครับ", "สมุทรปราการครับ"),
         "home_province": ("โคราชครับอ.ปากช่อง", "นครราชสีมาครับ"),
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับหอให้ออกวันนี้คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากฝึกอาชีพครับพวกช่างไฟช่างเชื่อมอะไรก็ได้",
         "sensitive_consent": "ได้ครับ",
         "name": "สมชายครับ",
         "phone": "0891112233",
         "confirm": "เบอร์ผิดครับที่ถูกคือ0891112234ครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_training"],
                "name": "สมชาย", "phone": "0891112234"},
    ),

    # Southern mother scammed by a fake online job (lost ๑๒,๐๐๐ baht), in Hat Yai
    # with two children aged 5 and 8; home "เมืองลุง" (Phatthalung). Writes numbers in
    # Thai digits, phone too. Can stay at a friend's for 2-3 more days.
    # Case: no money left (002 หลักเกณฑ์ ๒, ๓), has the card. Not urgent: she has a
    # place to stay for days. Three travellers, two children.
    "Thai-digit scammed mum Hat Yai to Phatthalung": Persona(
        ("สวัสดีค่ะ",
         "ฉานโดนหลอกโอนเงินไป ๑๒,๐๐๐ บาท งานออนไลน์ค่ะ ตอนนี้ไม่มีตังเหลือเลย "
         "อยู่หาดใหญ่กับลูก ๒ คน อยากหลบบ้านเมืองลุงค่ะ"),
        {"consent": "ได้ค่ะ",
         "idle": "อยากได้ค่ารถหลบบ้านค่ะ",
         "hardship": "ไม่มีตังสักบาทค่ะ ข้าวลูกก็ยังไม่รู้จะเอาไหรให้กิน",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีบัตรอยู่",
         "nationality": "ไทยค่ะ",
         "current_province": ("หาดใหญ่ค่ะ", "สงขลาค่ะ"),
         "home_province": ("เมืองลุงค่ะ", "พัทลุงค่ะ"),
         "travellers": "๓ คนค่ะ ฉานกับลูก ๒ คน",
         "urgent": "ยังไม่ด่วนค่ะ ตอนนี้พักบ้านเพื่อนได้อีก ๒-๓ วัน",
         "special_needs": "มีลูกเล็ก ๒ คนค่ะ อายุ ๕ ขวบกับ ๘ ขวบ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีแล้วค่ะ ขอบคุณค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "กาญจนา ค่ะ",
         "phone": "๐๘๖ ๔๕๖ ๗๘๙๐",
         "confirm": "ถูกแล้วค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "สงขลา", "home": "พัทลุง",
                "travellers": 3, "urgent": False, "special": ["child"],
                "referrals": [], "name": "กาญจนา", "phone": "0864567890"},
    ),

    # Northern woman (คำเมือง, particle "เจ้า") whose rented room in Mae Sai was
    # flooded; everything washed away, the shop she worked at closed. Home Ko Kha
    # district (Lampang). The temple shelter keeps her only until tomorrow morning.
    # Case: disaster victim (002 ข้อ ๔ "ประสบภัยพิบัติ"), no income, no fare; has card.
    # Urgent: must leave the shelter within 24 hours with nowhere else to sleep.
    "Mae Sai flood, home Ko Kha in kham mueang": Persona(
        ("น้ำท่วมห้องเช่าเจ้า ของหายหมดเลย",
         "อยู่แม่สายเจ้า อยากกลับบ้านเกาะคา บ่มีเงินค่ารถ"),
        {"consent": "ได้เจ้า",
         "idle": "ขอความช่วยเหลือค่ารถกลับบ้านเจ้า",
         "hardship": "บ่มีเงินเลยเจ้า น้ำพัดไปหมด ร้านที่ทำงานก็น้ำท่วมปิดไปแล้ว บ่มีรายได้",
         "id_card": "มีเจ้า บัตรอยู่ในกระเป๋าตังค์ที่ติดตัวมา",
         "nationality_letter": "บ่มีเจ้า มีบัตรอยู่",
         "nationality": "คนไทยเจ้า",
         "current_province": ("แม่สายเจ้า", "เชียงรายเจ้า"),
         "home_province": ("เกาะคาเจ้า", "ลำปางเจ้า"),
         "travellers": "ไปคนเดียวเจ้า",
         "urgent": "ศูนย์พักพิงที่วัดให้นอนได้ถึงพรุ่งนี้เช้าเจ้า หลังจากนั้นบ่มีที่นอนแล้ว",
         "special_needs": "บ่มีเจ้า",
         "travel_alone": "ไปได้เจ้า",
         "needs": "บ่มีแล้วเจ้า",
         "sensitive_consent": "ได้เจ้า",
         "name": "บัวเขียว เจ้า",
         "phone": "0937776655",
         "confirm": "ถูกต้องเจ้า"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงราย", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": [], "name": "บัวเขียว", "phone": "0937776655"},
    ),

    # A niece writes for her grandmother (68) and the grandmother's grandson (7):
    # their house in the Khlong Toei community burned down last night; they slept at
    # a temple that allows only one night. Home Tha Tum, Surin. The niece stays in
    # Bangkok; the phone is hers.
    # Case: a request may be made by another person (002 ขั้นตอน ๑.๑ "หรือบุคคล/หน่วยงาน
    # อื่นที่พบ หรือประสานคำขอ"); fire = disaster; grandma has her card. Two travellers,
    # elderly and child; urgent (no place tonight). Asks for the old-age allowance (000 2.2).
    "Niece for grandma and boy, Khlong Toei fire": Persona(
        ("พิมพ์แทนยายนะคะ",
         "ไฟไหม้ชุมชนคลองเตยเมื่อคืนค่ะ บ้านยายไหม้หมดเลย ยายอายุ ๖๘ แล้ว "
         "มีหลานชายอยู่ด้วยอีกคน ๗ ขวบ อยากส่งกลับบ้านที่ท่าตูมค่ะ"),
        {"consent": "ยินยอมค่ะ ยายก็โอเคค่ะ",
         "idle": "ขอเงินค่ารถให้ยายกับหลานกลับบ้านค่ะ",
         "hardship": "ไฟไหม้หมดทั้งบ้าน เงินก็ไหม้ไปด้วยค่ะ ไม่มีอะไรเหลือเลย หนูเองก็ไม่มีพอจะซื้อตั๋วให้",
         "id_card": "ยายมีบัตรค่ะ หยิบออกมาทัน",
         "nationality_letter": "ไม่มีค่ะ ยายมีบัตรประชาชน",
         "nationality": "ไทยค่ะ",
         "current_province": ("คลองเตยค่ะ", "กรุงเทพค่ะ"),
         "home_province": ("ท่าตูม สุรินทร์ค่ะ",),
         "travellers": "๒ คนค่ะ ยายกับหลาน หนูไม่ได้ไปด้วย",
         "urgent": "ด่วนค่ะ เมื่อคืนนอนวัด วัดให้นอนได้คืนเดียว คืนนี้ไม่มีที่นอนแล้ว",
         "special_needs": "ยายอายุ ๖๘ ค่ะ หลานอายุ ๗ ขวบ",
         "travel_alone": "ยายไปเองได้ค่ะ นั่งรถทัวร์ไปกลับบ่อย",
         "needs": "ยายอยากได้เบี้ยยังชีพคนแก่ค่ะ ยังไม่เคยได้เลย",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ยายชื่อเพ็ญศรี ใจดี ค่ะ",
         "phone": "เบอร์หนูนะคะ 0851234567 ยายไม่มีมือถือ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 2, "urgent": True, "special": ["child", "elderly"],
                "referrals": ["elderly_allowance"],
                "name": "เพ็ญศรี", "phone": "0851234567"},
    ),

    # A man writes for his friend, released two days ago from Thanyaburi prison; the
    # friend sleeps in his room near Future Rangsit (Pathum Thani) and may stay a week.
    # Home Kalasin, typed "กาฬสิน". The phone is the writer's; he fixes a digit once
    # the request is sent.
    # Case: released prisoner with no money, has his card; not urgent (a week's room).
    # One traveller (the writer stays). Asks for Thai massage training (000 5.3).
    "Friend writes for released man at Rangsit": Persona(
        ("สวัสดีครับ พิมพ์แทนเพื่อนนะครับ",
         "เพื่อนผมมันพึ่งพ้นโทษออกมาจากเรือนจำธัญบุรีเมื่อวานซืน ไม่มีตังเลยสักบาท "
         "อยากกลับบ้านที่กาฬสินแต่ไม่มีค่ารถ"),
        {"consent": "ยินยอมครับ เพื่อนก็โอเค",
         "idle": "ขอค่ารถให้เพื่อนกลับบ้านครับ",
         "hardship": "มันไม่มีเงินเลยครับ ไม่มีงาน ไม่มีรายได้",
         "id_card": "มีครับ บัตรประชาชนมันมี",
         "nationality_letter": "ไม่มีครับ มีแต่บัตร",
         "nationality": "ไทยครับ",
         "current_province": ("แถวฟิวเจอร์รังสิตครับ", "ปทุมธานีครับ"),
         "home_province": ("กาฬสินครับ", "กาฬสินธุ์ครับ"),
         "travellers": "เพื่อนคนเดียวครับ ผมไม่ได้ไป",
         "urgent": "ไม่ด่วนครับ อยู่ห้องผมได้ อาทิตย์นึงยังไหว",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "มันไปเองได้ครับ",
         "needs": "มันอยากเรียนนวดแผนไทยครับ ในคุกเคยเรียนมานิดหน่อย อยากเรียนต่อเอาไปทำงาน",
         "sensitive_consent": "ได้ครับ",
         "name": "ชื่อเพื่อนนะครับ อนุชา",
         "phone": "เบอร์ผมเลยครับ 0812223345",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ปทุมธานี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["thai_massage_training"],
                "name": "อนุชา", "phone": "0812223344"},
        after=("เบอร์เมื่อกี้ผิดนะครับ ที่ถูก 0812223344",),
    ),

    # Laid-off worker at Map Ta Phut (Rayong) who answers with stickers and emoji and
    # one thing at a time; home Kantharalak, typed "ศรีษะเกษ". His room lease runs to
    # the end of the month.
    # Case: no income, no fare; has the card. Not urgent: he still has his room.
    "Sticker replies, Map Ta Phut to Sisaket": Persona(
        ("(สติกเกอร์)",),
        {"consent": ("👍", "ยินยอมครับ"),
         "idle": ("(สติกเกอร์ร้องไห้)", "อยากกลับบ้านครับ ไม่มีค่ารถ"),
         "hardship": "โดนเลิกจ้างครับ ตังหมดแล้ว 😭",
         "id_card": "มีครับ 👍",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": ("มาบตาพุดครับ", "ระยองครับ"),
         "home_province": ("ศรีษะเกษครับ กันทรลักษ์", "ศรีสะเกษครับ"),
         "travellers": "1 คนครับ",
         "urgent": "ยังมีห้องนอนครับ ห้องเช่าหมดสัญญาสิ้นเดือน ไม่รีบครับ",
         "special_needs": "ไม่มีครับ 🙏",
         "travel_alone": "ได้ครับ",
         "needs": ("(สติกเกอร์ส่ายหัว)", "ไม่มีแล้วครับ"),
         "sensitive_consent": "👍",
         "name": "ณัฐพล ครับ",
         "phone": "0623456789",
         "confirm": ("👌", "ถูกต้องครับ")},
        outcome="case",
        expect={"eligible": True, "current": "ระยอง", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": [], "name": "ณัฐพล", "phone": "0623456789"},
        one_part=True,
    ),

    # Woman scammed by a call-centre gang (account drained) stranded at the Arcade bus
    # terminal in Chiang Mai; heavy abbreviations (บขส, ตจว, บช., ปชช). Home "กำแพงฯ".
    # Opens with a question.
    # Case: no money (002 หลักเกณฑ์ ๒, ๓), has the card. Urgent: sitting in the
    # terminal, nowhere to sleep tonight. Asks for legal advice on the fraud (000 7.1
    # ศูนย์ยุติธรรม "การดูแลให้คำปรึกษา แนะนำทางกฎหมาย").
    "Call-centre scam at Arcade terminal": Persona(
        ("ขอถามหน่อยค่ะ ถ้าโดนแก๊งคอลฯดูดเงินจนหมดบช. ติดอยู่บขส.อาเขต กลับตจว.ไม่ได้ ช่วยได้มั้ยคะ",),
        {"consent": "ยอมรับค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "เงินในบช.โดนดูดหมดเลยค่ะ เหลือเงินสดยี่สิบบาท",
         "id_card": "มีค่ะ บัตรปชช.อยู่กับตัว",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": ("บขส.อาเขตค่ะ เชียงใหม่",),
         "home_province": ("กำแพงฯค่ะ", "กำแพงเพชรค่ะ"),
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน นั่งอยู่ในบขส.นี่แหละ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากปรึกษากฎหมายเรื่องโดนโกงค่ะ จะตามเงินคืนได้ไหม",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ปวีณา ค่ะ",
         "phone": "0954443322",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "เชียงใหม่", "home": "กำแพงเพชร",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["justice_centre"],
                "name": "ปวีณา", "phone": "0954443322"},
    ),

    # Isan woman, 6 months pregnant, fired in Pattaya for being pregnant, unpaid;
    # writes "ค่าฮถ", "ยโส". Her landlord wants her out tomorrow morning. At the
    # summary she adds that her partner (also out of work) travels too.
    # Case: no income, no fare; has the card. Urgent: must leave within 24 hours with
    # nowhere to go. Pregnant. Two travellers after her fix. Asks for a job.
    "Pregnant, fired in Pattaya, adds partner": Persona(
        ("ท้อง6เดือนแล้วโดนไล่ออกจากงานค่ะ",
         "อยู่พัทยา อยากกลับบ้านยโส บ่มีเงินค่าฮถ"),
        {"consent": "โอเคค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "บ่มีเงินเลยค่ะ นายจ้างไล่ออกเพราะท้อง ค่าแรงก็บ่จ่าย",
         "id_card": "มีค่ะ",
         "nationality_letter": "บ่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": ("พัทยาค่ะ", "ชลบุรีค่ะ"),
         "home_province": ("ยโสค่ะ", "ยโสธรค่ะ"),
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ เจ้าของห้องให้ออกพรุ่งนี้เช้า หลังจากนั้นบ่มีบ่อนนอน",
         "special_needs": "ท้อง ๖ เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากได้งานทำใกล้บ้านค่ะ ช่วยหางานให้หน่อย",
         "sensitive_consent": "ได้ค่ะ",
         "name": "อรอุมา ค่ะ",
         "phone": "0827654321",
         "confirm": "ขอแก้ค่ะ แฟนไปด้วย เขาก็ตกงานเหมือนกัน รวมเป็น 2 คนค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "ชลบุรี", "home": "ยโสธร",
                "travellers": 2, "urgent": True, "special": ["pregnant"],
                "referrals": ["job_placement"],
                "name": "อรอุมา", "phone": "0827654321"},
    ),

    # Man out on parole, staying with his aunt in Sam Phran (Nakhon Pathom) until
    # month end; home Phu Khiao (Chaiyaphum). Answers one thing at a time. Takes
    # psychiatric medication and must move his probation reporting home; he allows
    # the health matter to be recorded.
    # Case: no money, no job; has the card. Not urgent. Asks for continuing
    # psychiatric care (000 5.1 กรมสุขภาพจิต) and probation help (000 7.2).
    "Parolee in Sam Phran needing psych meds": Persona(
        ("ผมได้พักโทษออกมาครับ",
         "อยู่สามพรานครับ อยากกลับบ้านภูเขียว"),
        {"consent": "ยินยอมครับ",
         "idle": "ค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินครับ ไม่มีงาน",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": ("สามพรานครับ", "นครปฐมครับ"),
         "home_province": ("ภูเขียวครับ", "ชัยภูมิครับ"),
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนครับ พักบ้านน้าได้ถึงสิ้นเดือน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": ("ผมต้องกินยาจิตเวชต่อเนื่องครับ อยากให้ช่วยหาที่รักษาต่อที่บ้าน",
                   "แล้วก็เรื่องรายงานตัวคุมประพฤติครับ ต้องย้ายไปรายงานตัวที่ชัยภูมิ"),
         "sensitive_consent": "ได้ครับ บันทึกได้",
         "name": "วีระพงษ์",
         "phone": "0871239876",
         "confirm": "ถูกครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นครปฐม", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["mental_health_care", "probation_support"],
                "name": "วีระพงษ์", "phone": "0871239876"},
        one_part=True,
    ),

    # Isan man, 72, conned out of his money at Mo Chit; his ID card was in his shirt
    # pocket. Home Selaphum (Roi Et). Writes "ค่าฮถ", "บ่อนนอน", phone in Thai digits,
    # one thing at a time.
    # Case: "ชรา" and no money (002 ข้อ ๔), has the card. Urgent: nowhere to sleep
    # tonight. Elderly (72 >= 60); he can ride the bus alone.
    "Conned 72-year-old at Mo Chit to Roi Et": Persona(
        ("สวัสดีลูกหลาน",
         "พ่อโดนเขาหลอกเอาเงินไปหมดเด้ ตอนนี้อยู่ขนส่งหมอชิต บ่มีค่าฮถกลับบ้านเสลภูมิ"),
        {"consent": "ได้ลูก",
         "idle": "อยากกลับบ้านลูก",
         "hardship": "เงินหมดเลยลูก เขาเอากระเป๋าไป เหลือแต่บัตรในกระเป๋าเสื้อ",
         "id_card": "มีลูก บัตรประชาชนอยู่นี่",
         "nationality_letter": "บ่มีดอก มีแต่บัตร",
         "nationality": "ไทยลูก",
         "current_province": ("หมอชิตลูก", "กรุงเทพลูก"),
         "home_province": ("เสลภูมิ ร้อยเอ็ดลูก",),
         "travellers": "ไปคนเดียวลูก",
         "urgent": "คืนนี้บ่มีบ่อนนอนเลยลูก",
         "special_needs": "พ่ออายุ ๗๒ แล้วลูก",
         "travel_alone": "ไปเองได้ลูก ขึ้นรถทัวร์เป็น",
         "needs": "บ่มีแล้วลูก ขอบใจหลาย",
         "sensitive_consent": "ได้ลูก",
         "name": "พ่อชื่อบุญมี ลูก",
         "phone": "๐๖๑ ๒๓๔ ๕๕๖๖",
         "confirm": "ถืกต้องแล้วลูก"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True,
                "special": ["elderly"], "referrals": [],
                "name": "บุญมี", "phone": "0612345566"},
        one_part=True,
    ),

    # Event worker laid off at Muang Thong Thani (Pak Kret, Nonthaburi), two months'
    # pay owed; mixes English words. Home Fang (Chiang Mai). Sleeps at a friend's.
    # Case: no income (002 หลักเกณฑ์ ๒), has the card. Not urgent. Asks for
    # vocational training (000 3.1).
    "English-mixed event worker, Muang Thong": Persona(
        ("hi ค่ะ โดน lay off จากงาน event ที่เมืองทองค่ะ เงินเดือนไม่ออก ตอนนี้ broke มาก "
         "อยากกลับบ้านที่ฝาง",),
        {"consent": "ok ค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีตังเลยค่ะ เงินเดือนค้าง 2 เดือน ไม่มีรายได้",
         "id_card": "มีค่ะ ID card อยู่ในกระเป๋า",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "Thai ค่ะ ไทย",
         "current_province": ("เมืองทองค่ะ ปากเกร็ด", "นนทบุรีค่ะ"),
         "home_province": ("ฝางค่ะ", "เชียงใหม่ค่ะ"),
         "travellers": "1 คนค่ะ",
         "urgent": "ไม่ urgent ค่ะ ยังนอนห้องเพื่อนได้อีกหลายวัน",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากฝึกอาชีพค่ะ พวก course ทำอาหาร ทำขนม",
         "sensitive_consent": "ok ค่ะ",
         "name": "ปิยธิดาค่ะ",
         "phone": "098-765-4321",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "นนทบุรี", "home": "เชียงใหม่",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_training"],
                "name": "ปิยธิดา", "phone": "0987654321"},
    ),

    # Wheelchair user whose dorm in Mahachai burned; his wheelchair burned too. Home
    # Nang Rong (Buriram). Cannot board a bus alone. One thing at a time.
    # Case: fire, no money; has the card. Urgent: sitting in a temple hall, nowhere to
    # sleep tonight. Disabled and cannot travel alone (002 ข้อ ๖(๓) "ไม่อาจเดินทาง
    # กลับภูมิลำเนาเดิมได้โดยลำพัง ... อาจจัดให้เจ้าหน้าที่ร่วมเดินทาง"). Asks for a new
    # wheelchair (000 2.3 "การให้บริการจัดหาและซ่อมแซมกายอุปกรณ์").
    "Wheelchair user after Mahachai dorm fire": Persona(
        ("หอพักไฟไหม้ครับ ผมนั่งรถเข็น ตอนนี้รถเข็นก็ไหม้ไปด้วย อยู่มหาชัยครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ ไม่มีค่ารถ",
         "hardship": "ไฟไหม้หมดครับ เงินก็ไหม้ ไม่เหลืออะไรเลย",
         "id_card": "มีครับ บัตรประชาชนมีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": ("มหาชัยครับ", "สมุทรสาครครับ"),
         "home_province": ("นางรองครับ", "บุรีรัมย์ครับ"),
         "travellers": "ผมคนเดียวครับ",
         "urgent": "ด่วนครับ ตอนนี้นั่งอยู่ศาลาวัด คืนนี้ไม่มีที่นอน",
         "special_needs": "ผมพิการครับ ขาเดินไม่ได้ ต้องนั่งรถเข็น",
         "travel_alone": "ไปเองไม่ได้ครับ ขึ้นรถเองไม่ได้ ต้องมีคนช่วยพาไป",
         "needs": "อยากได้รถเข็นคันใหม่ครับ ของเก่าไหม้ไปแล้ว",
         "sensitive_consent": "ได้ครับ",
         "name": "สุริยา ครับ",
         "phone": "0814567890",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "disabled"],
                "referrals": ["disability_devices"],
                "name": "สุริยา", "phone": "0814567890"},
        one_part=True,
    ),

    # Man who served his full term at Narathiwat prison, now at Sungai Kolok, sleeping
    # at a bus stop; home Kumphawapi, "อุดรฯ". Abbreviations (รจ., นราฯ). He has HIV
    # and asks about his medicine, but refuses to have it recorded.
    # Case: released prisoner, no money, no relatives nearby; has the card. Urgent.
    # He asks for a job (000 3.2); the HIV matter must not be recorded as a referral
    # because he declines the sensitive record.
    "Released at Kolok, HIV, declines record": Persona(
        ("พึ่งออกจากรจ.นราฯครับ ครบโทษแล้ว",
         "ตอนนี้อยู่โก-ลก ไม่มีตังกลับอุดรฯ"),
        {"consent": "ยินยอมครับ",
         "idle": "ค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินครับ ไม่มีญาติแถวนี้",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": ("โก-ลกครับ", "นราธิวาสครับ"),
         "home_province": ("อุดรฯ กุมภวาปีครับ", "อุดรธานีครับ"),
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน นอนป้ายรถเมล์",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้งานครับ ช่วยหางานให้หน่อย แล้วก็ผมติดเชื้อ HIV ต้องรับยาต่อ",
         "sensitive_consent": "ไม่ต้องบันทึกเรื่องเชื้อนะครับ ไม่อยากให้ใครรู้ เอาแค่เรื่องงานพอ",
         "name": "อภิชาติ",
         "phone": "0899998877",
         "confirm": "ถูกต้องครับ"},
        outcome="case",
        expect={"eligible": True, "current": "นราธิวาส", "home": "อุดรธานี",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement"], "no_referrals": ["hiv_aid"],
                "name": "อภิชาติ", "phone": "0899998877"},
    ),

    # A mother in Nong Khai voice-types for her son, just released from prison in
    # Bangkok, sleeping on the street near Bang Khen. His card is lost, but the
    # village head has given a letter certifying he is Thai and lives there. Voice
    # typing turns Phon Phisai into "พลพิสัย". The phone is hers.
    # Case: without papers, a letter certifying Thai nationality and residence is
    # enough (002 เงื่อนไข ๒ "ให้มีหนังสือรับรองว่ามีสัญชาติไทย และมีถิ่นฐานพื้นที่นั้นจริง").
    # Urgent. Asks for a new ID card (000 1 "ดำเนินการจัดทำบัตรประชาชนให้กับ...ผู้พ้นโทษ")
    # and a job for him (000 3.2).
    "Mum voice-types for son, no card, has letter": Persona(
        ("สวัสดีค่ะแม่พิมพ์แทนลูกนะคะลูกชายพึ่งพ้นโทษออกมาจากคุกที่กรุงเทพค่ะบัตรประชาชนหายไม่มีเงินกลับบ้าน",),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากให้ลูกได้กลับบ้านค่ะ",
         "hardship": "ลูกไม่มีเงินเลยค่ะ แม่ก็ไม่มีจะส่งไปให้ ทำนาอยู่",
         "id_card": "บัตรลูกหายค่ะ ไม่มีบัตรประชาชน",
         "nationality_letter": "มีค่ะ ผู้ใหญ่บ้านออกหนังสือรับรองให้แล้วว่าเป็นคนไทย อยู่บ้านนี้จริง",
         "nationality": "ไทยค่ะ",
         "current_province": ("ลูกอยู่บางเขนค่ะ กทม", "กรุงเทพค่ะ"),
         "home_province": ("พลพิสัย หนองคายค่ะ",),
         "travellers": "ลูกคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ลูกนอนข้างถนนมาสองคืนแล้ว คืนนี้ก็ไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ลูกไปเองได้ค่ะ",
         "needs": "อยากให้ช่วยทำบัตรประชาชนใหม่ให้ลูกค่ะ แล้วก็หางานให้ลูกทำด้วย",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ลูกชื่อ ศุภชัย ค่ะ",
         "phone": "เบอร์แม่นะคะ 0881234455",
         "confirm": "ถูกต้องค่ะ"},
        outcome="case",
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "หนองคาย",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement"],
                "name": "ศุภชัย", "phone": "0881234455"},
    ),

    # Southern man on probation, let go by a hotel in Patong (Phuket); "หลบบ้าน" =
    # go home. Home Thung Song (Nakhon Si Thammarat). Room paid until next week.
    # Opens with a question.
    # Case: no income, no fare; has the card. Not urgent. Asks to move his probation
    # reporting home (000 7.2) and for Thai massage training (000 5.3).
    "Probationer fired in Patong to Thung Song": Persona(
        ("ถามหน่อยครับ คนที่ติดคุมประพฤติอยู่ ขอค่ารถหลบบ้านได้ม้าย",),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "โดนออกจากโรงแรมครับ ตังไม่มีแล้วหนิ ไม่มีรายได้",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": ("ป่าตองครับ", "ภูเก็ตครับ"),
         "home_province": ("ทุ่งสงครับ", "นครศรีธรรมราชครับ"),
         "travellers": "คนเดียวครับ",
         "urgent": "ยังไม่ด่วนครับ ห้องเช่าอยู่ได้ถึงอาทิตย์หน้า",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "เรื่องรายงานตัวคุมประพฤติครับ ต้องย้ายไปรายงานที่บ้าน แล้วก็อยากเรียนนวดแผนไทยครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "เอกชัย ครับ",
         "phone": "0801122334",
         "confirm": "ถูกแล้วครับ"},
        outcome="case",
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["probation_support", "thai_massage_training"],
                "name": "เอกชัย", "phone": "0801122334"},
    ),

    # ---- refusals ----

    # Myanmar worker in Mahachai, cheated of his wages by a broker; says plainly he is
    # Burmese and holds a migrant worker's pink card.
    # Refused: the aid is for "บุคคลผู้มีสัญชาติไทย" (002 ข้อ ๔).
    "Myanmar worker cheated in Mahachai": Persona(
        ("สวัสดีครับ ผมเป็นคนพม่าครับ ทำงานอยู่มหาชัย โดนนายหน้าโกงค่าแรง อยากกลับบ้านเมียวดี ไม่มีเงิน",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีเงินครับ โดนโกงหมด",
         "id_card": "มีบัตรแรงงานต่างด้าวครับ บัตรชมพู",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "พม่าครับ ไม่ใช่คนไทย",
         "current_province": "มหาชัยครับ สมุทรสาคร",
         "home_province": "เมียวดี ประเทศพม่าครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ซอ ทุน",
         "phone": "0967778899",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),

    # Lao woman in Pratunam, voice-typing; fired from a shop, wants to go back to
    # Vientiane; says she is Lao.
    # Refused: not of Thai nationality (002 ข้อ ๔).
    "Lao shop girl fired at Pratunam": Persona(
        ("สวัสดีค่ะฉันเป็นคนลาวสัญชาติลาวค่ะโดนไล่ออกจากร้านที่ประตูน้ำอยากกลับเวียงจันทน์ค่ะ",),
        {"consent": "ได้ค่ะ",
         "idle": "อยากกลับบ้านค่ะ ไม่มีค่ารถ",
         "hardship": "ไม่มีเงินค่ะ ร้านไม่จ่ายเงินเดือน",
         "id_card": "ไม่มีบัตรไทยค่ะ มีพาสปอร์ตลาว",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ลาวค่ะ",
         "current_province": "ประตูน้ำ กทม ค่ะ",
         "home_province": "เวียงจันทน์ ลาวค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังมีที่นอนค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "คำแพง",
         "phone": "0645556677",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"},
    ),

    # Man on probation with a steady job and a room in Bang Na, wants free fare to
    # visit home in Chanthaburi for a festival; says plainly he has money.
    # Refused: not in hardship - none of the three criteria (002 หลักเกณฑ์ ๑-๓).
    "Probationer with a job wants free fare": Persona(
        ("ผมติดคุมประพฤติอยู่ครับ อยากกลับไปเที่ยวบ้านช่วงงานบุญ ขอค่ารถได้มั้ยครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่ได้เดือดร้อนครับ มีงานทำ มีเงินเดือน มีห้องพัก แค่อยากได้ค่ารถฟรีๆ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "บางนาครับ กทม",
         "home_province": "จันทบุรีครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ประเสริฐ",
         "phone": "0823334455",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"},
    ),

    # Man released from Rayong prison, now at Ban Khai; his ID card was lost years
    # ago and he has no certifying letter of any kind. Types with no spaces.
    # Refused: neither the ID card (002 เงื่อนไข ๑) nor a letter certifying Thai
    # nationality and residence (เงื่อนไข ๒).
    "Released in Rayong, no card, no letter": Persona(
        ("พึ่งออกจากคุกระยองครับตอนนี้อยู่บ้านค่ายไม่มีตังกลับบ้านจันท์บัตรประชาชนก็หายไปนานแล้ว",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีเงินเลยครับ",
         "id_card": "ไม่มีครับบัตรหายไปหลายปีแล้ว",
         "nationality_letter": "ไม่มีครับไม่มีหนังสือรับรองอะไรเลยไม่มีเอกสารสักอย่าง",
         "nationality": "ไทยครับ",
         "current_province": "บ้านค่ายครับ ระยอง",
         "home_province": "จันท์ครับ จันทบุรี",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "อยากทำบัตรใหม่ครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "สมศักดิ์",
         "phone": "0834445566",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "บัตร"},
    ),

    # Woman whose bag (money and ID card) was snatched at the Sai Tai Mai terminal;
    # home Kanchanaburi ("กาญจน์"); she has no card and no letter at all.
    # Refused: no ID card and no certifying letter (002 เงื่อนไข ๑, ๒).
    "Bag snatched at Sai Tai Mai, no papers": Persona(
        ("(สติกเกอร์ร้องไห้)",
         "โดนกระชากกระเป๋าที่สายใต้ใหม่ค่ะ เงินกับบัตรประชาชนอยู่ในนั้นหมดเลย กลับกาญจน์ไม่ได้"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินเหลือเลยค่ะ โดนกระชากไปหมด",
         "id_card": "ไม่มีค่ะ บัตรอยู่ในกระเป๋าที่โดนกระชาก",
         "nationality_letter": "ไม่มีค่ะ ไม่มีหนังสือรับรองอะไรเลย",
         "nationality": "ไทยค่ะ",
         "current_province": "สายใต้ใหม่ค่ะ กทม",
         "home_province": "กาญจน์ค่ะ กาญจนบุรี",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "สุนิสา",
         "phone": "0912345678",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "บัตร"},
    ),

    # Flood victim in Warin Chamrap who is in her own home town (Ubon) and thinks
    # this is flood relief. One thing at a time.
    # Refused: she is already in her home province; the aid is for returning to "ภูมิลำเนาเดิม".
    "Flooded in Warin, already home in Ubon": Persona(
        ("น้ำท่วมบ้านค่ะ อยู่วารินฯ อุบลฯ",),
        {"consent": "ได้ค่ะ",
         "idle": "อยากได้เงินช่วยเหลือค่ะ น้ำท่วม",
         "hardship": "ของเสียหายหมดค่ะ ไม่มีรายได้",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "วารินฯ อุบลฯค่ะ บ้านตัวเองนี่แหละ",
         "home_province": "ก็วารินชำราบ อุบลราชธานีนี่แหละค่ะ บ้านเกิด ไม่ได้จะไปไหน",
         "travellers": "ไม่ได้จะเดินทางค่ะ",
         "urgent": "ยังนอนชั้นสองได้ค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ลำดวน",
         "phone": "0856667788",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"},
        one_part=True,
    ),
}
