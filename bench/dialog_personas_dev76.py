"""Dialog personas, set "dev76" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: people just released from prison, on parole (พักโทษ, some with an EM
bracelet) or on probation after a court hearing (รอลงอาญา คุมประพฤติ), from prisons
and courts across Thailand (คลองเปรม, ทัณฑสถานหญิงกลาง, บางขวาง, คลองไผ่,
ทัณฑสถานบำบัดพิเศษปทุมธานี, อุดรธานี, พิษณุโลก, ศาลอาญารัชดา, ระยอง, ราชบุรี,
สุราษฎร์ธานี, ชลบุรี, เชียงใหม่, ขอนแก่น, ยะลา, แม่สอด, สงขลา, สระแก้ว, นครสวรรค์,
อุบลราชธานี) trying to get home. Some carry their ID card returned from the
prison's property store, some have a card that expired inside or was lost (one
with only a หนังสือรับรองการพ้นโทษ), some want a job, a new card, Thai massage
work, or to keep up HIV drugs, methadone, TB drugs or psychiatric drugs. They
write in Isan, Northern and Southern speech, prison slang (ออกจากคุก, ข้างใน,
กำไล EM), voice typing without spaces, Thai digits; some are ashamed and hold
details back; a mother with a baby born inside; an old mother and a son who came
to collect a released man; a sister writing for her mentally ill brother. Refused:
a Cambodian released in สระแก้ว, a man with no card and no letter, a man already
in his home province. Three only ask: which office finds jobs for ex-prisoners,
where to apply at night, how much food money a day.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan man released from คลองเปรม (Bangkok) to อุบลราชธานี, wants a job; case, urgent
    "dev76 Isan man out of Khlong Prem, going to Ubon, wants work": Persona(
        ("สวัสดีครับ",
         "ข้อยเพิ่งออกจากคลองเปรมมื่อเช้านี่ บ่มีเงินค่ารถเมือบ้านอุบลเลยครับ 🙏"),
        {"consent": "ยอมครับ",
         "idle": "ขอค่ารถเมือบ้านครับ",
         "hardship": "บ่มีค่ารถ กับบ่มีบ่อนนอนคืนนี้ครับ",
         "id_card": "มีครับ เรือนจำเขาคืนให้ตอนออก",
         "current_province": ("อยู่หน้าคุกคลองเปรมครับ งามวงศ์วาน", "กรุงเทพครับ"),
         "home_province": "อุบลราชธานี อำเภอวารินครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้บ่มีที่นอน ข้าวกะยังบ่ได้กิน",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มี",
         "needs": "อยากได้งานเฮ็ดครับ ออกมาแล้วบ่มีไผรับเข้าทำงาน",
         "sensitive_consent": "ได้ครับ",
         "name": "ทองใบ พรมมา 0914427736",
         "phone": "0914427736",
         "confirm": "แม่นแล้วครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "ทองใบ พรมมา",
                "phone": "0914427736"}),

    # Southern man released from เรือนจำกลางสงขลา, card lost, has release letter,
    # staying in หาดใหญ่, home นครศรีธรรมราช, wants new card; case, not urgent
    "dev76 southern man, lost card, release letter, Hat Yai to Nakhon Si": Persona(
        ("หวัดดีครับ",
         "ฉานพ้นโทษจากเรือนจำกลางสงขลาเมื่อวานนี้ บัตรปชช.หายตั้งแต่ตอนโดนจับแล้ว "
         "อยากหลบบ้านที่นครศรีฯ ไม่มีตังค์สักบาท"),
        {"consent": "ได้ครับ เอาไปเลย",
         "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "ไม่มีค่ารถหลบบ้านครับ",
         "id_card": "ไม่มีแล้วครับ หายตั้งแต่ตอนตำรวจจับ",
         "nationality_letter": "มีหนังสือรับรองการพ้นโทษที่เรือนจำออกให้ครับ "
                               "มีชื่อกับเลขบัตร13หลักอยู่ในนั้น",
         "current_province": "ตอนนี้อยู่หาดใหญ่ครับ บ้านเพื่อน",
         "home_province": "นครศรีธรรมราช อ.ทุ่งสงครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนหรอกครับ พักบ้านเพื่อนได้อยู่ สองสามวัน",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มี",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ ไม่มีบัตรหางานไม่ได้",
         "sensitive_consent": "ได้ครับ",
         "name": "วีระพงษ์ แก้วมณี ๐๘๙๗๒๑๓๓๕๔",
         "phone": "๐๘๙๗๒๑๓๓๕๔",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card"], "no_referrals": HEALTH,
                "name": "วีระพงษ์ แก้วมณี", "phone": "0897213354"}),

    # parolee with EM bracelet out of คลองไผ่, at โคราช bus station, must report in เลย;
    # case, urgent
    "dev76 parolee with EM bracelet, Khorat to Loei, must report to probation": Persona(
        ("สอบถามครับ ผมได้พักโทษ ใส่กำไลEMออกมาจากคลองไผ่วันนี้",
         "ต้องไปรายงานตัวที่คุมประพฤติเลย ภายใน3วัน แต่ไม่มีตังค่ารถเลยครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถไปเลยครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "ตอนนี้อยู่บขส.โคราชครับ",
         "home_province": "จ.เลย อ.วังสะพุงครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่รู้จะนอนไหน นั่งรออยู่บขส.",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับ ขอแค่ไปรายงานตัวทัน กลัวผิดเงื่อนไขพักโทษ",
         "sensitive_consent": "ได้ครับ",
         "name": "ชาตรี สุขเกษม 0628890415",
         "phone": "0628890415",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "เลย",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["probation_support"], "no_referrals": HEALTH,
                "name": "ชาตรี สุขเกษม", "phone": "0628890415"}),

    # HIV-positive man out of บางขวาง, ashamed, at ท่าน้ำนนท์, home ลำปาง; case, urgent
    "dev76 ashamed HIV-positive man out of Bang Khwang, going to Lampang": Persona(
        ("ขอความช่วยเหลือหน่อยครับ", "พึ่งออกมาจากบางขวาง ไม่มีตังกลับลำปาง"),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถกลับลำปางครับ",
         "hardship": "ไม่มีค่ารถครับ แล้วก็ไม่มีที่นอน",
         "id_card": "มีครับ",
         "current_province": ("ท่าน้ำนนท์ครับ", "นนทบุรีครับ"),
         "home_province": "ลำปางครับ อ.เกาะคา",
         "travellers": "คนเดียว",
         "urgent": "คืนนี้ไม่มีที่นอนครับ กะว่าจะนอนศาลาท่าน้ำ",
         "special_needs": ("มีเรื่องสุขภาพครับ แต่ไม่อยากพูด",
                           "ผมติดเชื้อครับ HIV แต่เดินทางเองได้"),
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": ("มีเรื่องยาครับ แต่ไม่อยากพูดมาก",
                   "ยาต้านครับ ผมติดเชื้อ ยาที่ได้จากข้างในเหลืออีกแค่5วัน กลัวขาดยา"),
         "sensitive_consent": "ได้ครับ แต่อย่าบอกที่บ้านนะครับ",
         "name": "ต้น 085-331-6720",
         "phone": "085-331-6720",
         "confirm": "ครับ ถูกแล้ว"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "referrals": ["hiv_aid"],
                "name": "ต้น", "phone": "0853316720"}),

    # methadone patient out of ทัณฑสถานบำบัดพิเศษปทุมธานี, staying at brother's in รังสิต,
    # home ชุมพร; case, not urgent; one part at a time
    "dev76 methadone patient, Pathum Thani to Chumphon, one thing at a time": Persona(
        ("สวัสดีครับ",
         "พ้นโทษจากทัณฑสถานบำบัดพิเศษปทุมธานีครับ ขอความช่วยเหลือเรื่องค่ารถ"),
        {"consent": "ยินยอมครับ",
         "idle": "ค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้าน",
         "id_card": "มี",
         "current_province": "ปทุมธานี ธัญบุรีครับ",
         "home_province": "ชุมพร",
         "travellers": "1",
         "urgent": "ไม่ด่วนครับ ตอนนี้อาศัยห้องพี่ชายอยู่รังสิต",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้",
         "needs": "ผมกินเมทาโดนอยู่ครับ ต้องกินทุกวัน "
                  "อยากให้ช่วยประสานโรงพยาบาลที่ชุมพรให้ต่อยาได้",
         "sensitive_consent": "ยินยอม",
         "name": "อนุชา",
         "phone": "0961578823",
         "confirm": "ครับ ถูก"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ชุมพร",
                "travellers": 1, "urgent": False, "referrals": ["medical_services"],
                "name": "อนุชา", "phone": "0961578823"},
        one_part=True),

    # man with TB out of เรือนจำกลางอุดรธานี, still on TB drugs, home นครพนม; case, urgent, sick
    "dev76 man with TB out of Udon prison, going to Nakhon Phanom": Persona(
        ("ผมพ้นโทษมาจากเรือนจำกลางอุดรครับ เป็นวัณโรคอยู่ ยังกินยาบ่ครบ",
         "บ่มีเงินเมือนครพนม ไอหลายคักครับมื้อนี้"),
        {"consent": "ยอมครับ",
         "idle": "ขอค่ารถเมือบ้านครับ",
         "hardship": "บ่มีค่ารถครับ บ่มีที่พักนำ",
         "id_card": "มีครับ",
         "current_province": "อุดรครับ อยู่บขส.2",
         "home_province": "นครพนม อ.ธาตุพนมครับ",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "ด่วนครับ บ่มีที่นอน เหนื่อยหลาย",
         "special_needs": "ผมป่วยเป็นวัณโรคครับ ยังกินยาอยู่ อีก4เดือนจั่งสิครบ",
         "more_care": "บ่มีแล้วครับ",
         "travel_alone": "ไปเองได้ครับ ขึ้นรถทัวร์ไปได้",
         "needs": "อยากไปรับยาวัณโรคต่อที่โรงพยาบาลธาตุพนมครับ",
         "sensitive_consent": "ยอมครับ",
         "name": "สุริยา ไชยสิทธิ์ 0806652219",
         "phone": "0806652219",
         "confirm": "แม่นครับ"},
        expect={"eligible": True, "current": "อุดรธานี", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": ["sick"],
                "referrals": ["medical_services"], "name": "สุริยา ไชยสิทธิ์",
                "phone": "0806652219"}),

    # sister in กาฬสินธุ์ writes for her brother with schizophrenia released in พิษณุโลก,
    # he cannot travel alone; case, urgent
    "dev76 sister writes for mentally ill brother released in Phitsanulok": Persona(
        ("สวัสดีค่ะ ขอสอบถามแทนน้องชายค่ะ",
         "น้องชายพ้นโทษจากเรือนจำกลางพิษณุโลกวันนี้ เขาป่วยจิตเวช กินยาประจำ "
         "ตอนนี้เขายืมโทรศัพท์คนแถวหน้าเรือนจำโทรมา ไม่มีเงินกลับบ้าน "
         "พี่อยู่กาฬสินธุ์ไปรับไม่ไหวค่ะ"),
        {"consent": "ยินยอมค่ะ น้องก็ยอมค่ะ",
         "idle": "ขอค่ารถให้น้องกลับบ้านค่ะ",
         "hardship": "น้องไม่มีค่ารถค่ะ ไม่มีที่นอนด้วย",
         "id_card": "บัตรน้องมีค่ะ อยู่ในถุงของที่เรือนจำคืนให้",
         "current_province": "น้องอยู่พิษณุโลกค่ะ",
         "home_province": "กาฬสินธุ์ค่ะ อ.ยางตลาด บ้านพี่เอง",
         "travellers": "น้องคนเดียวค่ะ",
         "urgent": "ด่วนมากค่ะ กลัวเขาเดินหายไป คืนนี้ไม่มีที่นอน",
         "special_needs": "น้องป่วยจิตเวชค่ะ เป็นโรคจิตเภท ต้องกินยาทุกวัน",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองไม่ได้ค่ะ เขาสับสนง่าย เคยขึ้นรถผิดคัน ต้องมีคนพาไป",
         "needs": "อยากให้เขาได้รักษาต่อเนื่องที่กาฬสินธุ์ค่ะ ยาเหลือไม่กี่เม็ด",
         "sensitive_consent": "ยินยอมค่ะ",
         "name": "ประเสริฐ ทองดี ค่ะ (ชื่อน้อง)",
         "phone": "0872204418 เบอร์พี่เองค่ะ น้องไม่มีโทรศัพท์",
         "confirm": "ถูกต้องค่ะ ช่วยน้องด้วยนะคะ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True,
                "special": ["sick", "cannot_travel_alone"],
                "referrals": ["mental_health_care", "travel_escort"],
                "phone": "0872204418"}),

    # Northern woman freed at ศาลอาญารัชดา on probation after remand, home แพร่;
    # case, urgent
    "dev76 northern woman freed at the criminal court on probation, to Phrae": Persona(
        ("เจ้า ขอถามหน่อย",
         "ข้าเจ้าเพิ่งออกจากศาลอาญารัชดาเมื่อบ่ายนี้ ศาลให้รอลงอาญา คุมประพฤติ2ปี "
         "ก่อนนั้นขังอยู่เรือนจำพิเศษกรุงเทพ4เดือน",
         "บ่มีสตางค์ปิ๊กบ้านแพร่เลยเจ้า"),
        {"consent": "ได้เจ้า",
         "idle": "ขอค่ารถปิ๊กบ้านเจ้า",
         "hardship": "บ่มีค่ารถปิ๊กบ้านเจ้า",
         "id_card": "มีเจ้า",
         "current_province": "กรุงเทพเจ้า แถวรัชดา",
         "home_province": "แพร่เจ้า อ.ลอง",
         "travellers": "คนเดียวเจ้า",
         "urgent": "ด่วนเจ้า คืนนี้บ่มีตี้นอน",
         "special_needs": "บ่มีเจ้า",
         "more_care": "บ่มีเจ้า",
         "needs": "ต้องไปรายงานตัวคุมประพฤติที่แพร่เจ้า อยากได้งานทำแถวบ้านด้วย",
         "sensitive_consent": "ได้เจ้า",
         "name": "ศรีนวล กันทะวงศ์ 0933108857",
         "phone": "0933108857",
         "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "แพร่",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["probation_support", "job_placement"],
                "no_referrals": HEALTH, "name": "ศรีนวล กันทะวงศ์",
                "phone": "0933108857"}),

    # man out of เรือนจำกลางระยอง, card expired while stored in prison, home สกลนคร;
    # case, not urgent; one part at a time, Thai digits
    "dev76 man out of Rayong prison, card expired inside, one thing at a time": Persona(
        ("ครับ สวัสดี", "ออกจากคุกระยองมาได้2วันแล้วครับ อยากกลับบ้าน"),
        {"consent": "ได้",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีตังค่ารถ",
         "id_card": "บัตรหมดอายุครับ เรือนจำเก็บไว้ให้ตอนเข้าไป ได้คืนมาตอนออก "
                    "หมดอายุไปตั้งแต่ปี67",
         "current_province": "ระยอง",
         "home_province": "สกลนคร",
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนครับ นอนห้องเพื่อนได้อยู่",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "needs": "ทำบัตรใหม่ครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ณัฐพล",
         "phone": "๐๖๕๓๓๔๑๗๐๘",
         "confirm": "ใช่"},
        expect={"eligible": True, "current": "ระยอง", "home": "สกลนคร",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["id_card"], "no_referrals": HEALTH,
                "name": "ณัฐพล", "phone": "0653341708"},
        one_part=True),

    # man of 68 pardoned out of เรือนจำกลางราชบุรี, sleeping at the station,
    # home ศรีสะเกษ, asks about old-age allowance; case, urgent, elderly
    "dev76 pardoned man of 68 at Ratchaburi station, going to Sisaket": Persona(
        ("สวัสดีครับ ลุงอายุ68แล้ว ได้อภัยโทษออกมาจากเรือนจำกลางราชบุรีเมื่อวาน",
         "ไม่มีใครมารับ ลูกหลานไม่รู้ข่าว เงินติดตัวมีแค่40บาท"),
        {"consent": "ได้ครับ ยินยอม",
         "idle": "อยากกลับบ้านครับ ไม่มีค่ารถ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีที่นอนด้วย",
         "id_card": "บัตรประชาชนมีครับ แบบตลอดชีพ",
         "current_province": "ราชบุรีครับ นั่งอยู่สถานีรถไฟ",
         "home_province": "ศรีสะเกษครับ อ.กันทรลักษ์",
         "travellers": "ลุงคนเดียว",
         "urgent": "เมื่อคืนนอนสถานีรถไฟครับ คืนนี้ก็คงต้องนอนที่นี่อีก",
         "special_needs": "ลุงอายุ68ครับ เข่าไม่ค่อยดี เดินช้า",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "ไปเองได้ครับ เคยนั่งรถไฟไปมาประจำ",
         "needs": "อยากได้เบี้ยคนแก่ครับ ไม่รู้ว่ายังได้อยู่ไหมเพราะติดคุกมา",
         "sensitive_consent": "ได้ครับ",
         "name": "เปลี่ยน สีดา",
         "phone": "เบอร์หลานสาวครับ 081-774-0392",
         "confirm": "ถูกแล้วครับ ขอบคุณมากครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "referrals": ["elderly_allowance"], "no_referrals": HEALTH,
                "name": "เปลี่ยน สีดา", "phone": "0817740392"}),

    # released man, his mother (66) and son (8) who came from บุรีรัมย์ to collect him
    # at เรือนจำกลางสุราษฎร์ธานี; case, urgent, 3 travellers
    "dev76 released man with old mother and son who came to collect him, Surat": Persona(
        ("สวัสดีครับ",
         "ผมพ้นโทษจากเรือนจำกลางสุราษฎร์ฯ วันนี้ แม่กับลูกชายนั่งรถมารับจากบุรีรัมย์ "
         "เงินหมดตั้งแต่ค่ารถขามาแล้วครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านทั้งสามคนครับ ข้าวก็แทบไม่มีกิน",
         "id_card": "มีครับ แม่ก็มี",
         "current_province": "สุราษฎร์ธานีครับ",
         "home_province": "บุรีรัมย์ อ.ประโคนชัยครับ",
         "travellers": "3คนครับ ผม แม่ แล้วก็ลูกชาย",
         "urgent": "ด่วนครับ คืนนี้คงต้องนอนหน้าเรือนจำกัน",
         "special_needs": "แม่อายุ66ครับ ลูกชาย8ขวบ",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "ไปกันเองได้ครับ ผมดูแลเอง",
         "needs": "อยากหางานทำแถวบ้านครับ จะได้เลี้ยงแม่กับลูก",
         "sensitive_consent": "ได้ครับ",
         "name": "สมศักดิ์ บุญยืน 0946630157",
         "phone": "0946630157",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "บุรีรัมย์",
                "travellers": 3, "urgent": True, "special": ["elderly", "child"],
                "referrals": ["job_placement"], "no_referrals": HEALTH,
                "name": "สมศักดิ์ บุญยืน", "phone": "0946630157"}),

    # woman out of ทัณฑสถานหญิงกลาง (Bangkok) with a baby born inside, card expired,
    # shy, home ยโสธร; case, urgent, child; one part at a time
    "dev76 mother with baby born inside, women's prison Bangkok to Yasothon": Persona(
        ("สวัสดีค่ะ", "ขอความช่วยเหลือค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านค่ะ ไม่มีค่ารถ",
         "hardship": "ไม่มีเงินค่ารถค่ะ ไม่มีที่พักด้วย",
         "id_card": "บัตรหมดอายุค่ะ หมดตอนอยู่ข้างใน",
         "current_province": "กรุงเทพค่ะ จตุจักร",
         "home_province": "ยโสธรค่ะ",
         "travellers": "2คนค่ะ หนูกับลูก",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน ลูกยังเล็ก",
         "special_needs": "ลูกอายุขวบแปดเดือนค่ะ คลอดตอนหนูอยู่ในทัณฑสถานหญิง",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากทำบัตรใหม่ค่ะ",
         "sensitive_consent": "ค่ะ ได้ค่ะ",
         "name": "กัลยา",
         "phone": "0982215046",
         "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยโสธร",
                "travellers": 2, "urgent": True, "special": ["child"],
                "referrals": ["id_card"], "no_referrals": HEALTH,
                "name": "กัลยา", "phone": "0982215046"},
        one_part=True),

    # man out of เรือนจำกลางชลบุรี, card lost by the prison, release letter,
    # home เพชรบูรณ์, wants a new card and welding training; case, urgent
    "dev76 card lost by Chonburi prison, release letter, to Phetchabun": Persona(
        ("ผมพ้นโทษจากเรือนจำกลางชลบุรีเมื่อเช้า บัตรประชาชนที่ฝากไว้ที่เรือนจำหาไม่เจอ "
         "เจ้าหน้าที่ให้หนังสือรับรองการพ้นโทษมาใบนึง",
         "จะกลับเพชรบูรณ์ แต่ไม่มีค่ารถ ช่วยด้วยครับ"),
        {"consent": "โอเคครับ ยินยอม",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ",
         "id_card": "ไม่มีครับ หาย ที่เรือนจำหาไม่เจอ",
         "nationality_letter": "มีหนังสือรับรองการพ้นโทษครับ ประทับตราเรือนจำ",
         "current_province": "ชลบุรีครับ",
         "home_province": "เพชรบูรณ์ หล่มสักครับ",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ ไม่มีที่ไป",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มี",
         "needs": "อยากทำบัตรใหม่ แล้วก็อยากไปฝึกอาชีพช่างเชื่อมครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ธนากร ศรีบุญเรือง 0639901274",
         "phone": "0639901274",
         "confirm": "ครับ ถูกต้อง"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "เพชรบูรณ์",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_training"], "no_referrals": HEALTH,
                "name": "ธนากร ศรีบุญเรือง", "phone": "0639901274"}),

    # Northern man out of เรือนจำกลางเชียงใหม่, trained in Thai massage inside,
    # staying at his aunt's, home น่าน; case, not urgent
    "dev76 northern man trained in Thai massage inside, Chiang Mai to Nan": Persona(
        ("สวัสดีครับ",
         "ผมออกจากเรือนจำกลางเชียงใหม่ได้3วันครับ ข้างในได้เรียนนวดแผนไทยมา อยากหางานนวด",
         "ตอนนี้บ่มีสตางค์ปิ๊กบ้านน่านครับ"),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถปิ๊กบ้านครับ",
         "hardship": "บ่มีค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "เชียงใหม่ครับ",
         "home_province": "น่านครับ อ.ปัว",
         "travellers": "คนเดียวครับ",
         "urgent": "บ่ด่วนครับ พักบ้านป้าอยู่ แต่ป้าให้อยู่ได้อาทิตย์เดียว",
         "special_needs": "บ่มีครับ",
         "more_care": "บ่มี",
         "needs": "อยากได้งานนวดแผนไทยในโรงพยาบาลครับ ได้ใบประกาศจากข้างในมาแล้ว",
         "sensitive_consent": "ได้ครับ",
         "name": "จักรพันธ์ ใจปัน 0897745521",
         "phone": "0897745521",
         "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["thai_massage_training"], "no_referrals": HEALTH,
                "name": "จักรพันธ์ ใจปัน", "phone": "0897745521"}),

    # pregnant woman (6 months) out of เรือนจำกลางขอนแก่น, staying with a friend,
    # home มุกดาหาร, never had antenatal care; case, not urgent
    "dev76 pregnant woman out of Khon Kaen prison, going to Mukdahan": Persona(
        ("หวัดดีค่ะ",
         "พึ่งพ้นโทษออกมาจากเรือนจำกลางขอนแก่นค่ะ ท้อง6เดือน แฟนทิ้งไปแล้ว "
         "อยากกลับไปอยู่กับแม่ที่มุกดาหาร"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีรายได้เลย",
         "id_card": "มีค่ะ",
         "current_province": "ขอนแก่นค่ะ",
         "home_province": "มุกดาหาร อ.คำชะอีค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ ตอนนี้อาศัยบ้านเพื่อนที่เคยอยู่ข้างในด้วยกัน อยู่ได้อีกหลายวัน",
         "special_needs": "หนูท้อง6เดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากไปฝากครรภ์ที่โรงพยาบาลค่ะ ยังไม่เคยฝากเลย",
         "sensitive_consent": "ได้ค่ะ",
         "name": "พิมพ์ชนก 0612287749",
         "phone": "0612287749",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "มุกดาหาร",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "referrals": ["medical_services"], "name": "พิมพ์ชนก",
                "phone": "0612287749"}),

    # voice-typed messages, man out of เรือนจำกลางยะลา at the station, home เชียงใหม่;
    # case, urgent
    "dev76 voice-typed man at Yala station, going to Chiang Mai": Persona(
        ("สวัสดีครับผมเพิ่งออกจากเรือนจำกลางยาลาเมื่อเช้านี้ครับไม่มีเงินกลับบ้านที่เชียงใหม่"
         "ครับตอนนี้อยู่ที่สถานีรถไฟยาลาครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือค่าตัวรถไฟกลับบ้านครับ",
         "hardship": "ไม่มีเงินค่าตัวรถไฟครับ",
         "id_card": "มีบัตรประชาชนครับเรือนจำคืนให้แล้วครับ",
         "current_province": ("ยาลาครับ", "จังหวัดยะลาครับ"),
         "home_province": "เชียงใหม่อำเภอสันป่าตองครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับคืนนี้ไม่มีที่นอนครับข้าวก็ยังไม่ได้กินตั้งแต่เช้าครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "needs": "ไม่มีครับขอแค่ได้กลับบ้านครับ",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ชื่อสมบัติครับเบอร์ 081 692 3358 ครับ",
         "phone": "081 692 3358",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ยะลา", "home": "เชียงใหม่",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "สมบัติ", "phone": "0816923358"}),

    # ashamed man out of prison in แม่สอด (ตาก), home Bangkok, won't talk about the case,
    # declines recording sensitive data; case, urgent; one part at a time
    "dev76 ashamed man out of Mae Sot prison, home Bangkok, one thing at a time": Persona(
        ("ขอค่ารถกลับกรุงเทพได้ไหมครับ",),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถครับ",
         "hardship": ("ไม่มีตังครับ",
                      "ออกมาจากเรือนจำแม่สอดเมื่อวาน เงินในบัญชีเรือนจำเหลือร้อยกว่าบาท "
                      "ไม่อยากพูดเรื่องคดีนะครับ"),
         "id_card": "มีครับ",
         "current_province": ("แม่สอดครับ", "ตากครับ"),
         "home_province": "กรุงเทพครับ ดินแดง",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มี",
         "more_care": "ไม่มี",
         "needs": ("ไม่อยากเล่าครับ", "ไม่มีครับ"),
         "sensitive_consent": "ไม่อยากให้บันทึกเรื่องติดคุกครับ",
         "name": "เก่ง",
         "phone": "0827716094",
         "confirm": "ครับ"},
        expect={"eligible": True, "current": "ตาก", "home": "กรุงเทพมหานคร",
                "travellers": 1, "urgent": True, "special": [],
                "no_referrals": HEALTH, "name": "เก่ง", "phone": "0827716094"},
        one_part=True),

    # Cambodian released from prison in สระแก้ว, wants to go to พระตะบอง; refused (nationality)
    "dev76 Cambodian released in Sa Kaeo, refused": Persona(
        ("สวัสดีคับ ผมคนกำพูชา ออกจากคุกสะแก้วเมื่อวาน", "อยากกลับบ้าน ไม่มีเงินคับ ช่วยหน่อย"),
        {"consent": "ได้คับ",
         "idle": "ขอเงินค่ารถกลับบ้านคับ",
         "hardship": "ไม่มีเงินค่ารถคับ",
         "id_card": "ไม่มีบัตรไทยคับ ผมคนเขมร",
         "nationality_letter": "ไม่มีคับ ผมไม่ใช่คนไทย",
         "current_province": "สระแก้วคับ",
         "home_province": "พระตะบอง ประเทศกัมพูชาคับ",
         "travellers": "คนเดียวคับ",
         "urgent": "ด่วนคับ ไม่มีที่นอน",
         "special_needs": "ไม่มีคับ",
         "needs": "ไม่มีคับ",
         "sensitive_consent": "ได้คับ",
         "name": "เจีย สุพาน 0842139906",
         "phone": "0842139906",
         "confirm": "ใช่คับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ", "current": "สระแก้ว"}),

    # man out of เรือนจำกลางนครสวรรค์, no card and lost the prison letter too,
    # home ลพบุรี; refused (no card, no letter)
    "dev76 no card and no letter, Nakhon Sawan to Lopburi, refused": Persona(
        ("ผมพ้นโทษมาจากเรือนจำกลางนครสวรรค์ครับ อยากได้ค่ารถกลับบ้านลพบุรี",),
        {"consent": "ยินยอมครับ",
         "idle": "ค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีครับ หายตั้งแต่ก่อนโดนจับ",
         "nationality_letter": ("ไม่มีครับ ใบที่เรือนจำให้มาก็ทำหายไปแล้ว ตกอยู่บนรถ",
                                "ไม่มีเอกสารอะไรเลยครับ"),
         "current_province": "นครสวรรค์ครับ",
         "home_province": "ลพบุรีครับ",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ",
         "needs": "อยากทำบัตรใหม่ครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "วิชัย แสงทอง",
         "phone": "ไม่มีเบอร์ครับ โทรศัพท์ไม่มี",
         "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง", "current": "นครสวรรค์",
                "home": "ลพบุรี", "referrals": ["id_card"]}),

    # man out of เรือนจำกลางอุบลราชธานี whose home is เดชอุดม in the same province;
    # refused (already in the home province)
    "dev76 released in Ubon, home is Det Udom in Ubon, refused": Persona(
        ("พี่ครับ ผมออกจากเรือนจำกลางอุบลมื้อนี้ บ่มีค่ารถเมือบ้านเด้อ",
         "บ้านอยู่เดชอุดมครับ"),
        {"consent": "ยอมครับ",
         "idle": "ขอค่ารถเมือบ้านครับ",
         "hardship": "บ่มีค่ารถครับ",
         "id_card": "มีครับ",
         "current_province": "อุบลครับ ในเมือง",
         "home_province": "อุบลราชธานีครับ อำเภอเดชอุดม",
         "travellers": "คนเดียวครับ",
         "urgent": "บ่ด่วนปานใด๋ครับ",
         "special_needs": "บ่มีครับ",
         "needs": "บ่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "บุญหลาย คำภา 0895523871",
         "phone": "0895523871",
         "confirm": "แม่นครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "อุบลราชธานี",
                "home": "อุบลราชธานี"}),

    # question: which office helps ex-prisoners find a job; answered
    "dev76 question: who helps ex-prisoners find work": Persona(
        ("ผมเพิ่งพ้นโทษครับ อยากหางานทำ มีหน่วยงานไหนช่วยหางานให้คนเคยติดคุกบ้างครับ",),
        {"consent": "ยังไม่ต้องครับ ถามข้อมูลเฉยๆก่อน",
         "idle": "ถามเรื่องหางานครับ คนพ้นโทษไปสมัครที่ไหนได้"},
        outcome="answered", answered="จัดหางาน"),

    # question at night: where to apply for the fare home; answered
    "dev76 question at night: where to apply for the fare home": Persona(
        ("สอบถามค่ะ ถ้าจะขอค่ารถกลับภูมิลำเนาให้น้องที่เพิ่งออกจากเรือนจำ ต้องติดต่อที่ไหนคะ "
         "ตอนนี้สามทุ่มแล้ว สำนักงานปิดหมด",),
        {"consent": "ยังไม่ต้องค่ะ ขอถามก่อน",
         "idle": "ติดต่อที่ไหนได้บ้างคะ ตอนกลางคืน"},
        outcome="answered", answered="1300"),

    # question: how much food money a day while waiting; answered
    "dev76 question: how much food money a day": Persona(
        ("ถามหน่อยครับ ระหว่างรอเรื่องค่ารถกลับบ้าน ได้ค่าข้าวด้วยไหม วันละเท่าไหร่ครับ",),
        {"consent": "ไม่ต้องครับ แค่ถามเฉยๆ",
         "idle": "ค่าอาหารวันละกี่บาทครับ"},
        outcome="answered", answered="100"),
}
