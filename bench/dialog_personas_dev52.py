"""Dialog personas, set "dev52" (development set).

Date: 2026-12-06. Written from the seeds only.

Focus: the West and upper Central (Kanchanaburi, Ratchaburi, Tak/Mae Sot, Suphan Buri,
Nakhon Sawan, Phitsanulok, Sukhothai, Phetchabun) and the upper South (Surat Thani,
Chumphon, Ranong, Krabi, Phang Nga, Nakhon Si Thammarat). People hurt by scams (a fake
factory job, a Myawaddy call-centre compound, a fake massage job on Ko Pha-ngan, a TikTok
"soldier" romance, a daily loan shark), broken marriages (a cane cutter left by his wife,
a man thrown out by his in-laws, a mother fleeing a violent husband), people just
discharged from hospital (a broken leg, a stroke), seasonal durian, cassava and cane
workers, a fishing-boat runaway whose ID the skipper kept, a Karen Thai citizen from Sop
Moei, a man with schizophrenia written for by his sister in Bangkok, a wheelchair user,
a grandmother with two grandchildren. Places given by district, bus station, hospital or
pier only (Don Sak, Lom Sak, Bo Phloi, Sop Moei, Takua Pa); abbreviations (กาญ, สุโขไท,
นครศรีฯ, บุรัม); a province corrected in the next message; a home province corrected
from the partner's; a Myanmar woman who names a Thai town as home, and a Thai man back
from the Myanmar side; indirect urgency ("เพื่อนให้นอนได้คืนนี้คืนเดียว", "ก็นอนปั๊มครับ",
"หมอให้ออกพรุ่งนี้เช้า"); a second phone number given along; Thai digits; answers that give
more or less than asked.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Young man lured by a fake sugar-factory job ad, stuck at Kanchanaburi bus station,
    # several short messages; case, urgent, wants a real job.
    "dev52 fake factory job, Kanchanaburi, short messages": Persona(
        ("ช่วยด้วยครับ", "โดนหลอกมาทำงานครับ",
         "เห็นในเฟสว่ารับคนงานโรงงานน้ำตาลที่กาญ เงินเดือน18000 โอนค่าสมัครไป1500 "
         "มาถึงไม่มีโรงงานจริง เบอร์ก็ติดต่อไม่ได้",
         "ตอนนี้ตังเหลือ40บาท"),
        {"consent": "ยินยอมครับ", "idle": "ครับ ต้องทำไงต่อครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ ที่นอนก็ไม่มี",
         "id_card": "มีครับ อยู่กับตัว", "nationality_letter": "ไม่มีครับ แต่บัตรปชชมีนะครับ",
         "current_province": "อยู่ท่ารถกาญครับ", "home_province": "ศรีสะเกษครับ กันทรลักษ์",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้งานครับ งานจริงๆ ไม่อยากโดนหลอกอีกแล้ว",
         "name": "กิตครับ", "phone": "093-157-4286", "national_id": "ข้ามครับ",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "ศรีสะเกษ", "travellers": 1,
                "urgent": True, "special": [], "name": "กิต", "phone": "0931574286",
                "referrals": ["job_placement"]},
        one_part=True),
    # Karen man with a Thai ID card, unpaid on a Mae Sot building site, wife and a
    # 2-year-old, friend's floor for tonight only; home Sop Moei (Mae Hong Son); case, urgent.
    "dev52 Karen Thai citizen, Mae Sot, family with toddler": Persona(
        ("สวัสดีครับ ผมชื่อจอหล่า เป็นคนกะเหรี่ยงครับ แต่มีบัตรประชาชนไทยนะครับ ไม่ใช่คนพม่า",
         "ยินยอมครับ",
         "มาทำงานก่อสร้างที่แม่สอด นายจ้างหนีไม่จ่ายค่าแรง2เดือน อยากกลับบ้านที่สบเมยครับ "
         "ไม่มีเงินค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ครับผม",
         "hardship": "ไม่มีค่ารถครับ ค่าแรงไม่ได้",
         "id_card": "มีครับ บัตรคนไทย ทั้งผมทั้งเมีย",
         "nationality_letter": "ผู้ใหญ่บ้านเคยทำให้ครับ แต่ไม่ได้เอามา",
         "current_province": "แม่สอดครับ", "home_province": "แม่ฮ่องสอนครับ อำเภอสบเมย",
         "travellers": "3 คนครับ ผม เมีย ลูกสาว 2 ขวบ",
         "urgent": "เพื่อนให้นอนได้คืนนี้คืนเดียวครับ พรุ่งนี้ต้องออกแล้ว",
         "special_needs": "ลูกเล็ก 2 ขวบครับ", "travel_alone": "ไปเองได้ครับ",
         "more_care": "ไม่มีครับ", "sensitive_consent": "ยินยอม", "needs": "ไม่มีครับ",
         "name": "จอหล่า 085 730 2614", "phone": "085 730 2614", "national_id": "ข้าม",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ตาก", "home": "แม่ฮ่องสอน", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "จอหล่า", "phone": "0857302614",
                "referrals": []}),
    # Woman of 45 who sold her gold for a TikTok "soldier" in Photharam; tells everything in
    # one long message; room paid three more nights; case, not urgent.
    "dev52 romance scam, Ratchaburi, whole story at once": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ",
         "พี่อายมากเลยค่ะที่ต้องมาขอความช่วยเหลือแบบนี้ คุยกับผู้ชายในติ๊กต็อกมา4เดือน "
         "เขาบอกเป็นทหารอยู่ราชบุรี ชวนมาอยู่ด้วยกัน พี่ขายทองได้สามหมื่นกว่าโอนให้เขาไปหมดแล้ว "
         "มาถึงโพธารามเขาบล็อกพี่เลยค่ะ ติดต่อไม่ได้ ตอนนี้เหลือเงินไม่ถึงร้อย "
         "บ้านพี่อยู่อุดรค่ะ บ้านผือ ยังพักโรงแรมเล็กๆได้อีกสามคืนจ่ายไว้แล้ว "
         "บัตรประชาชนมีค่ะ มาคนเดียว 😢"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ", "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ มีแต่บัตรประชาชน",
         "current_province": "ราชบุรีค่ะ โพธาราม", "home_province": "อุดรธานีค่ะ",
         "travellers": "มาคนเดียวค่ะ", "urgent": "ยังไม่ด่วนค่ะ ยังมีห้องนอนอีก3คืน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ", "needs": "ไม่มีค่ะ อยากกลับบ้านอย่างเดียว",
         "name": "พี่ชื่อวันเพ็ญค่ะ 081 964 3027", "phone": "081 964 3027",
         "national_id": "ไม่สะดวกค่ะ", "confirm": "ถูกต้องค่ะ ขอบคุณมากนะคะ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "อุดรธานี", "travellers": 1,
                "urgent": False, "special": [], "name": "วันเพ็ญ", "phone": "0819643027",
                "referrals": []}),
    # Cane cutter whose wife left with the truck foreman, Suphan Buri; one short thing per
    # message; still sleeps in the workers' shed; case, not urgent.
    "dev52 cane cutter left by his wife, Suphan Buri, one part": Persona(
        ("พี่ครับ", "ช่วยผมหน่อย", "เมียทิ้งไปแล้ว",
         "มาตัดอ้อยด้วยกัน เมียหนีไปกับคนคุมรถ"),
        {"consent": "ครับ ยินยอม", "idle": "ครับ",
         "hardship": "ไม่มีตังกลับบ้านครับ", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "สุพรรณครับ",
         "home_province": "กาฬสินธุ์ครับ",
         "travellers": "คนเดียวครับ ลูกเมียเอาไปหมดแล้ว",
         "urgent": "ไม่ด่วนมากครับ ยังนอนเพิงที่ไร่อ้อยได้อยู่",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ไม่ดีกว่าครับ", "needs": "ไม่มีครับ",
         "name": "ผมชื่อหนุ่มครับ", "phone": "062-918-5573", "national_id": "ข้าม",
         "confirm": ("ครับ", "ถูกครับ")},
        expect={"eligible": True, "current": "สุพรรณบุรี", "home": "กาฬสินธุ์", "travellers": 1,
                "urgent": False, "special": [], "name": "หนุ่ม", "phone": "0629185573",
                "referrals": []},
        one_part=True),
    # Man discharged today in a leg cast, first says Phichit then corrects to Nakhon Sawan
    # (Sawanpracharak hospital); home Phu Khiao, Chaiyaphum; case, urgent, sick.
    "dev52 discharged with a broken leg, Nakhon Sawan, corrects province": Persona(
        ("สวัสดีครับ ผมเพิ่งออกจากโรงพยาบาลวันนี้ รถล้มขาหักเข้าเฝือกอยู่ ไม่มีเงินกลับบ้านครับ",
         "ยินยอม", "ตอนนี้อยู่พิจิตรครับ",
         "เอ้ย ไม่ใช่ครับ อยู่นครสวรรค์ โรงพยาบาลสวรรค์ประชารักษ์ ผมงงๆ ยาแก้ปวดมันแรง"),
        {"consent": "ยินยอม", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีที่นอนด้วย รพ.ให้ออกแล้ว", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "นครสวรรค์ครับ",
         "home_province": "ชัยภูมิครับ ภูเขียว", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ หมอให้กลับวันนี้ ไม่มีที่ไป นั่งอยู่หน้าตึก",
         "special_needs": "ผมขาหักครับ ใส่เฝือก เดินไม้ค้ำ",
         "travel_alone": "ไปเองได้ครับ ค่อยๆไป", "more_care": "ไม่มีแล้วครับ",
         "sensitive_consent": "ยินยอมครับ", "needs": "ไม่มีแล้วครับ ขอบคุณครับ",
         "name": "ชาติครับ 089-442-7130", "phone": "089-442-7130", "national_id": "ข้ามครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครสวรรค์", "home": "ชัยภูมิ", "travellers": 1,
                "urgent": True, "special": ["sick"], "name": "ชาติ", "phone": "0894427130",
                "referrals": []}),
    # Paraplegic man in a borrowed wheelchair after treatment in Phitsanulok, with his wife;
    # stays at the hospital's relatives' lodging; gives his wife's number; not registered
    # as disabled; case, not urgent.
    "dev52 wheelchair user with wife, Phitsanulok": Persona(
        ("สวัสดีครับ ผมนั่งวีลแชร์ครับ เป็นอัมพาตครึ่งล่างจากตกนั่งร้าน", "ยินยอมครับ",
         "มารักษาที่ รพ.พุทธชินราช กับภรรยา เงินหมดแล้วครับ จะกลับบ้านที่น่านไม่มีค่ารถ "
         "รถทัวร์ขึ้นลำบากด้วย"),
        {"consent": "ยินยอมครับ", "idle": "ครับ รอครับ",
         "hardship": "ไม่มีค่ารถครับ", "id_card": "มีครับ ทั้งสองคน",
         "nationality_letter": "ไม่มีครับ", "current_province": "พิษณุโลกครับ",
         "home_province": "น่านครับ อ.ปัว", "travellers": "2 คนครับ ผมกับแฟน",
         "urgent": "ไม่ด่วนครับ ยังพักบ้านพักญาติผู้ป่วยของโรงพยาบาลได้อยู่",
         "special_needs": "ผมเองครับ นั่งวีลแชร์ ขาขยับไม่ได้",
         "travel_alone": "แฟนไปด้วยครับ ดูแลได้", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "ยังไม่ได้ทำบัตรคนพิการเลยครับ อยากได้เบี้ยคนพิการ "
                  "แล้วรถเข็นคันนี้ก็ยืมโรงพยาบาลมา ต้องคืนเขา",
         "name": "ประยูรครับ เบอร์แฟน 086-103-7725", "phone": "086-103-7725",
         "national_id": "ข้ามครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "น่าน", "travellers": 2,
                "urgent": False, "special": ["disabled"], "name": "ประยูร",
                "phone": "0861037725",
                "referrals": ["disability_allowance", "disability_devices"]}),
    # Grandmother of 67 with grandchildren of 4 and 7, chased out by her son's new wife in
    # Sukhothai, slept at the bus station; misspells; one thing per message; case, urgent.
    "dev52 grandmother with two grandchildren, Sukhothai, one part": Persona(
        ("ยายจะกลับบ้านบุรัมไม่มีตังค่ารถ",
         "พาหลานมาหาพ่อมันที่สุโขไท พ่อมันไม่อยู่แล้ว เมียใหม่มันไล่"),
        {"consent": "จ้ะ ได้จ้ะ", "idle": "จ้ะ",
         "hardship": "ไม่มีตังจ้ะ เมื่อคืนนอนท่ารถกับหลาน", "id_card": "มีจ้ะ",
         "nationality_letter": "ไม่มีจ้ะ", "current_province": "อยู่สุโขทัยจ้ะ ท่ารถ",
         "home_province": "บุรีรัมย์ ลำปลายมาศ", "travellers": "3คนจ้ะ ยายกับหลาน2คน",
         "urgent": "คืนนี้ก็ไม่รู้จะนอนไหนจ้ะ",
         "special_needs": "หลานคนเล็ก4ขวบ คนโต7ขวบ ยายก็แก่แล้ว67",
         "travel_alone": "ไปเองได้จ้ะ ยายพาหลานไปได้", "more_care": "ไม่มีแล้วจ้ะ",
         "sensitive_consent": "ได้จ้ะ",
         "needs": "ยายยังไม่ได้เบี้ยคนแก่เลยจ้ะ ไม่รู้ต้องไปทำไง",
         "name": "ยายบัวผัน", "phone": "๐๙๘๓๓๑๖๔๒๐ เบอร์ยายเอง", "national_id": "ยายไม่รู้จ้ะ",
         "confirm": "ถูกแล้วจ้ะ"},
        expect={"eligible": True, "current": "สุโขทัย", "home": "บุรีรัมย์", "travellers": 3,
                "urgent": True, "special": ["elderly", "child"], "name": "บัวผัน",
                "phone": "0983316420", "referrals": ["elderly_allowance"]},
        one_part=True),
    # Sister working in Bangkok writes for her brother with schizophrenia, found wandering
    # in Lom Sak (Phetchabun), police keep him tonight only, out of medicine; home Chum Phae
    # (Khon Kaen); case, urgent, needs an escort.
    "dev52 sister for brother with schizophrenia, Phetchabun": Persona(
        ("สวัสดีค่ะ ขอสอบถามแทนน้องชายนะคะ", "ยินยอมค่ะ",
         "น้องชายป่วยจิตเวชค่ะ เป็นจิตเภท หายออกจากบ้านที่ขอนแก่นไป5วัน ตอนนี้ตำรวจ "
         "สภ.หล่มสัก โทรมาบอกว่าเจอน้องเดินอยู่ริมถนน",
         "หนูทำงานอยู่กรุงเทพ ไปรับไม่ได้ แม่ก็แก่แล้ว ตำรวจบอกให้น้องนอนที่โรงพักได้ไม่เกินคืนนี้"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ รบกวนด้วยนะคะ",
         "hardship": "น้องไม่มีเงินติดตัวเลยค่ะ กลับเองไม่ได้",
         "id_card": "บัตรน้องอยู่ในกระเป๋าเขาค่ะ ตำรวจเห็นแล้ว",
         "nationality_letter": "ไม่มีค่ะ แต่บัตรมี",
         "current_province": "น้องอยู่หล่มสัก เพชรบูรณ์ค่ะ",
         "home_province": "ขอนแก่นค่ะ อ.ชุมแพ", "travellers": "น้องคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ตำรวจให้อยู่ได้แค่คืนนี้ แล้วน้องไม่ได้กินยามาหลายวันแล้ว",
         "special_needs": "น้องป่วยจิตเวชค่ะ ต้องกินยาตลอด",
         "travel_alone": "ไม่ไหวค่ะ ให้ไปเองเดี๋ยวหายอีก ต้องมีคนพาไป",
         "more_care": "ไม่มีค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "needs": "อยากให้น้องได้รักษาต่อเนื่องค่ะ ยาหมดแล้ว",
         "name": "พี่สาวชื่อเจี๊ยบค่ะ 0927741853 น้องไม่มีโทรศัพท์นะคะ",
         "phone": "0927741853", "national_id": "ข้ามค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เพชรบูรณ์", "home": "ขอนแก่น", "travellers": 1,
                "urgent": True, "special": ["sick", "cannot_travel_alone"], "name": "เจี๊ยบ",
                "phone": "0927741853",
                "referrals": ["travel_escort", "mental_health_care"]}),
    # Fishing-boat runaway at Ranong port, skipper kept his ID, village head's letter (photo
    # sent by his mother), Isan words, borrowed phone; home Selaphum (Roi Et); case, urgent.
    "dev52 fishing-boat runaway, Ranong, ID kept by skipper": Persona(
        ("หนีออกมาจากเรือประมงครับ", "ยินยอม",
         "ลงเรือมา3เดือน ไต๋บอกหักหนี้หมด ไม่ได้สักบาท บัตรประชาชนไต๋ก็ยึดไว้",
         "ตอนนี้อยู่ท่าเรือระนอง"),
        {"consent": "ยินยอม", "idle": "ครับ",
         "hardship": "บ่มีเงินสักบาทครับ ข้าวก็ยังบ่ได้กิน",
         "id_card": "ไม่มีครับ ไต๋ยึดไว้",
         "nationality_letter": "มีครับ ผู้ใหญ่บ้านออกให้ แม่ถ่ายรูปส่งมาในไลน์",
         "current_province": "ระนองครับ", "home_province": "ร้อยเอ็ดครับ เสลภูมิ",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ นอนใต้แพปลา กลัวคนเรือตามมา",
         "special_needs": "บ่มีครับ", "travel_alone": "ไปเองได้", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "needs": "อยากทำบัตรใหม่ครับ แล้วก็อยากได้งานบนบก บ่เอาเรือแล้ว",
         "name": "บอลครับ",
         "phone": "ยังบ่มีโทรศัพท์ครับ ยืมเครื่องพี่เขา 0612238094",
         "national_id": "จำบ่ได้ครับ", "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "ระนอง", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": [], "name": "บอล", "phone": "0612238094",
                "referrals": ["id_card", "job_placement"]}),
    # Durian-season worker in Lang Suan with his pregnant partner, broker ran off with the
    # wages; says Surin, then corrects: Surin is her mother's, home is Sisaket; case.
    "dev52 durian workers, Chumphon, corrects home province": Persona(
        ("สวัสดีครับ มาตัดทุเรียนที่ชุมพรกับแฟน หมดฤดูแล้ว นายหน้าโกงค่าแรงหนีไป "
         "ไม่มีค่ารถกลับบ้านที่สุรินทร์ครับ", "ตกลงครับ",
         "ขอโทษครับ พิมพ์ผิด บ้านผมศรีสะเกษ สุรินทร์บ้านแม่แฟน จะกลับศรีสะเกษครับ"),
        {"consent": "ตกลงครับ", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถครับ", "id_card": "มีครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "ชุมพรครับ อยู่หลังสวน", "home_province": "ศรีสะเกษครับ",
         "travellers": "2 คนครับ แฟนท้อง 6 เดือน",
         "urgent": "ไม่ด่วนครับ เจ้าของสวนให้นอนที่โรงเก็บของไปก่อน",
         "special_needs": "แฟนท้องครับ 6 เดือน", "travel_alone": "ไปด้วยกันครับ ไหว",
         "more_care": "ไม่มีครับ", "sensitive_consent": "ไม่เป็นไรครับ", "needs": "ไม่มีครับ",
         "name": "เดช 065-447-2918", "phone": "065-447-2918", "national_id": "ข้าม",
         "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ชุมพร", "home": "ศรีสะเกษ", "travellers": 2,
                "urgent": False, "special": ["pregnant"], "name": "เดช",
                "phone": "0654472918", "referrals": []}),
    # Young mother fleeing a violent husband in Krabi with a 1-year-old, friend's place for
    # tonight only and afraid he finds her; Thai-digit phone; case, urgent.
    "dev52 mother fleeing violence, Krabi, friend one night": Persona(
        ("ช่วยหนูด้วยค่ะ", "ผัวทำร้าย หนีออกมากับลูก", "อยู่กระบี่ค่ะ อยากกลับบ้านเชียงใหม่",
         "ไม่มีเงินเลย"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่มีเงินค่ารถ ไม่มีที่อยู่ค่ะ", "id_card": "มีค่ะ คว้ามาทัน",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "อยู่ในเมืองกระบี่ค่ะ",
         "home_province": "เชียงใหม่ค่ะ สันทราย", "travellers": "2 คนค่ะ หนูกับลูก ลูก1ขวบ",
         "urgent": "เพื่อนให้นอนได้คืนนี้คืนเดียวค่ะ กลัวเขาตามมาเจอ",
         "special_needs": "ลูกยังเล็กค่ะ 1 ขวบ ยังกินนม", "travel_alone": "ไปได้ค่ะ",
         "more_care": "ไม่มีค่ะ", "sensitive_consent": "ยินยอม", "needs": "ไม่มีค่ะ",
         "name": "มิ้นค่ะ", "phone": "๐๘๒ ๕๑๗ ๓๙๖๔", "national_id": "ข้ามค่ะ",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "กระบี่", "home": "เชียงใหม่", "travellers": 2,
                "urgent": True, "special": ["child"], "name": "มิ้น", "phone": "0825173964",
                "referrals": []}),
    # Resort worker laid off in the low season, daily loan sharks smashed his room, hiding
    # near Takua Pa; home Phichit; wants legal advice on the debt and a job; case, urgent.
    "dev52 loan-shark victim, Phang Nga": Persona(
        ("สวัสดีครับ", "ยินยอม",
         "ผมทำงานรีสอร์ทเขาหลัก ตกงานช่วงโลว์ซีซั่น ไปกู้เงินรายวันมา ตอนนี้จ่ายไม่ไหว "
         "มันมาทุบห้อง ขู่จะทำร้าย ผมหนีออกมาแล้วครับ อยากกลับบ้านพิจิตร ไม่มีค่ารถเลย"),
        {"consent": "ยินยอม", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถ ไม่กล้ากลับห้องครับ", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "พังงาครับ ตอนนี้หลบอยู่แถวตะกั่วป่า", "home_province": "พิจิตรครับ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ ไม่ปลอดภัย กลับห้องไม่ได้",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ", "more_care": "ไม่มี",
         "sensitive_consent": "ได้ครับ",
         "needs": "เรื่องหนี้นอกระบบครับ อยากปรึกษากฎหมาย ดอกมันโหดมาก "
                  "แล้วก็อยากได้งานที่พิจิตรครับ",
         "name": "เอครับ 080-663-1947", "phone": "080-663-1947", "national_id": "ข้าม",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "พังงา", "home": "พิจิตร", "travellers": 1,
                "urgent": True, "special": [], "name": "เอ", "phone": "0806631947",
                "referrals": ["justice_centre", "job_placement"]}),
    # Woman of 22 who escaped a fake massage job on Ko Pha-ngan to Don Sak pier, names only
    # the pier and the island in her long first message; declines the sensitive questions;
    # home Uttaradit; case, urgent.
    "dev52 fake massage job, escaped to Don Sak, Surat Thani": Persona(
        ("สวัสดีค่ะ คือหนูมาสมัครงานนวดที่เกาะพะงันตามที่เพจลงไว้ บอกเงินดีมีที่พัก "
         "แต่มาถึงจริงๆเขาให้นั่งดริ้งค์กับลูกค้าแล้วบังคับให้ออกไปข้างนอก หนูไม่เอาค่ะ "
         "เมื่อเช้าแอบขึ้นเรือหนีมาได้ ตอนนี้อยู่ท่าเรือดอนสักค่ะ เงินเหลือ60บาท "
         "บ้านหนูอยู่อุตรดิตถ์ค่ะ ช่วยหนูด้วยนะคะ🙏", "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีที่นอนด้วย",
         "id_card": "มีค่ะ หนูเก็บไว้กับตัวตลอด ไม่ได้ให้เขา", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ดอนสัก สุราษฎร์ค่ะ", "home_province": "อุตรดิตถ์ค่ะ",
         "travellers": "หนูคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ไม่มีที่นอน กลัวคนที่ร้านตามมาด้วย",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ไม่ยินยอมค่ะ", "needs": "ไม่ขอตอบค่ะ",
         "name": "เจนค่ะ", "phone": "0947785126", "national_id": "ไม่สะดวกค่ะ",
         "confirm": "ค่ะ ถูกต้อง"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "อุตรดิตถ์",
                "travellers": 1, "urgent": True, "special": [], "name": "เจน",
                "phone": "0947785126", "referrals": []}),
    # Rubber tapper of 61 after a stroke at Maharaj hospital, Nakhon Si Thammarat, to be
    # discharged tomorrow morning, weak left side, afraid to travel alone; one thing per
    # message; home Sakon Nakhon; case, urgent.
    "dev52 stroke patient discharged, Nakhon Si Thammarat, one part": Persona(
        ("ลุงจะกลับบ้านสกลนครครับ",),
        {"consent": ("ครับ", "ยินยอมครับ"), "idle": "ครับ",
         "hardship": "ไม่มีเงินครับ ลูกก็ติดต่อไม่ได้", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "current_province": "นครศรีฯ ครับ อยู่โรงพยาบาลมหาราช", "home_province": "สกลนคร",
         "travellers": "คนเดียวครับ",
         "urgent": "หมอให้ออกพรุ่งนี้เช้า ออกไปก็ไม่มีที่ไปครับ",
         "special_needs": "ลุงอายุ61 เพิ่งเป็นเส้นเลือดในสมองตีบ แขนขาซ้ายไม่ค่อยมีแรง",
         "travel_alone": "ไปคนเดียวกลัวล้มครับ เดินไม่ค่อยไหว", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ",
         "needs": "ต้องไปหาหมอต่อที่บ้านครับ หมอนัดทำกายภาพ",
         "name": "สำราญครับ", "phone": "๐๘๗ ๒๙๐ ๖๖๑๓ เบอร์ลุงเองครับ",
         "national_id": "ข้ามครับ", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "นครศรีธรรมราช", "home": "สกลนคร", "travellers": 1,
                "urgent": True, "special": ["elderly", "sick", "cannot_travel_alone"],
                "name": "สำราญ", "phone": "0872906613",
                "referrals": ["travel_escort", "medical_services"]},
        one_part=True),
    # Elderly couple (64 and 62) planting cassava in Bo Phloi, paid half, still sleep in the
    # field hut; Thai digits, a 13-digit ID in Thai digits; home Non Sung (Korat); case.
    "dev52 elderly cassava workers, Kanchanaburi, Thai digits": Persona(
        ("สวัสดีครับ ตากับยายมารับจ้างปลูกมันที่บ่อพลอย กาญจนบุรี งานหมดแล้ว "
         "ค่าแรงได้ไม่ครบ เงินไม่พอค่ารถกลับโคราชครับ", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถครับ", "id_card": "มีทั้ง๒คน", "nationality_letter": "ไม่มีครับ",
         "current_province": "กาญจนบุรี บ่อพลอย", "home_province": "โคราชครับ อำเภอโนนสูง",
         "travellers": "๒ คนครับ ตาอายุ๖๔ ยาย๖๒",
         "urgent": "ไม่ด่วนครับ ยังนอนกระต๊อบที่ไร่ได้อยู่ แต่ข้าวสารจะหมดแล้ว",
         "special_needs": "แก่ทั้งคู่ครับ", "travel_alone": "ไปกันเองได้ครับ",
         "more_care": "ไม่มีแล้ว", "sensitive_consent": "ยินยอม",
         "needs": "ไม่มีครับ เบี้ยคนแก่ได้อยู่แล้ว",
         "name": "ตาเหลือง ๐๘๙ ๕๔๐ ๗๗๒๑", "phone": "๐๘๙ ๕๔๐ ๗๗๒๑",
         "national_id": "๓ ๓๐๑๘ ๐๐๔๕๖ ๗๘ ๘", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กาญจนบุรี", "home": "นครราชสีมา", "travellers": 2,
                "urgent": False, "special": ["elderly"], "name": "เหลือง",
                "phone": "0895407721", "referrals": []}),
    # Divorced man thrown out by his in-laws in Wang Thong, sleeps at a petrol station
    # (says only "ก็นอนปั๊มครับ" when asked), home Bang Khae, Bangkok; gives his mother's
    # number too; wants a job; case, urgent.
    "dev52 thrown out by in-laws, Phitsanulok to Bangkok": Persona(
        ("สวัสดีครับ", "ยินยอมครับ",
         "หย่ากับเมียแล้วครับ บ้านเมียอยู่พิษณุโลก พ่อตาไล่ออกจากบ้าน ของก็ไม่ให้เอาออกมา "
         "มอไซค์ก็เป็นชื่อเมีย ตอนนี้ไม่มีอะไรเลยครับ"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถกลับกรุงเทพครับ", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "พิษณุโลกครับ วังทอง",
         "home_province": "กทม.ครับ บ้านแม่อยู่บางแค",
         "travellers": "คนเดียวครับ ลูกอยู่กับแม่เขา", "urgent": "ก็นอนปั๊มครับ",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้ครับ", "more_care": "ไม่มี",
         "sensitive_consent": "ยินยอม", "needs": "อยากได้งานที่กรุงเทพครับ",
         "name": "โจ้ครับ 0639912804 ถ้าโทรไม่ติดโทรเบอร์แม่ 0813390275",
         "phone": "0639912804", "national_id": "ข้าม", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "กรุงเทพมหานคร",
                "travellers": 1, "urgent": True, "special": [], "name": "โจ้",
                "phone": "0639912804", "referrals": ["job_placement"]}),
    # Thai man back from a Myawaddy call-centre compound, released by Mae Sot police,
    # passport taken but ID card hidden in his shoe; short messages, emoji; home Nakhon
    # Phanom; case, urgent, wants honest work.
    "dev52 back from a Myawaddy scam compound, Mae Sot": Persona(
        ("พี่ครับ ผมเพิ่งได้ออกมาจากฝั่งพม่า 🙏", "โดนหลอกไปทำงานแก๊งคอลเซ็นเตอร์ที่เมียวดี",
         "ตำรวจแม่สอดสอบปากคำเสร็จแล้วให้กลับได้ แต่ผมไม่มีเงินเลย", "พาสปอร์ตโดนยึด"),
        {"consent": "ยินยอมครับ", "idle": "ครับพี่",
         "hardship": "ไม่มีเงินเลยครับ ค่ารถก็ไม่มี",
         "id_card": "บัตรประชาชนยังอยู่ครับ ซ่อนไว้ในรองเท้า มันยึดแค่พาสปอร์ต",
         "nationality_letter": "ไม่มีครับ แต่มีบัตรปชช", "current_province": "แม่สอดครับ",
         "home_province": "นครพนมครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ ไม่มีที่นอน ตอนนี้นั่งอยู่หน้าโรงพัก",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ", "needs": "อยากหางานสุจริตทำครับ ที่บ้าน",
         "name": "ปอนด์ 0956613078", "phone": "0956613078",
         "national_id": "1480500123777", "confirm": "ครับ ถูกต้อง"},
        expect={"eligible": True, "current": "ตาก", "home": "นครพนม", "travellers": 1,
                "urgent": True, "special": [], "name": "ปอนด์", "phone": "0956613078",
                "referrals": ["job_placement"]}),
    # Myanmar woman with a pink card at a Ranong fish factory, unpaid, wants to reach her
    # sister in Mae Sot (names a Thai town as home); refused: not Thai.
    "dev52 Myanmar pink-card worker, Ranong (refused)": Persona(
        ("ช่วยหนูด้วยค่ะ นายจ้างไม่จ่ายเงิน ไม่มีค่ารถ",),
        {"consent": "ยินยอมค่ะ", "idle": "ช่วยหนูได้ไหมคะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีค่ารถ",
         "id_card": "มีบัตรชมพูค่ะ หนูเป็นคนพม่า ทำงานโรงงานปลาที่ระนอง",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "ระนองค่ะ",
         "home_province": "แม่สอดค่ะ พี่สาวอยู่ที่นั่น", "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ", "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ", "sensitive_consent": "ยินยอมค่ะ", "needs": "ไม่มีค่ะ",
         "name": "มะเอ 0986052231", "phone": "0986052231", "national_id": "ไม่มีค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="refused", expect={"eligible": False, "reason": "สัญชาติ"}),
    # Restaurant worker laid off on Ko Samui who wants to go home to Wiang Sa, which is in
    # the same province; refused: already in the home province.
    "dev52 Samui to Wiang Sa, same province (refused)": Persona(
        ("สวัสดีครับ ผมทำงานร้านอาหารที่สมุย โดนเลิกจ้าง เงินหมด อยากกลับบ้านครับ", "ยินยอม"),
        {"consent": "ยินยอม", "idle": "ครับ",
         "hardship": "ไม่มีเงินค่ารถครับ ค่าเรือด้วย", "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "เกาะสมุยครับ",
         "home_province": "สุราษฎร์ครับ อ.เวียงสระ", "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ ยังพักห้องเพื่อนได้", "special_needs": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ยินยอม", "needs": "ไม่มีครับ",
         "name": "ต่อ 0652290814", "phone": "0652290814", "national_id": "ข้าม",
         "confirm": "ถูกต้องครับ"},
        outcome="refused", expect={"eligible": False, "reason": "ภูมิลำเนา"}),
    # Factory worker in Nakhon Sawan with a job, a room and some money who just wants a
    # free ride home to Chiang Rai for New Year; refused: no hardship.
    "dev52 wants a free New Year ride, Nakhon Sawan (refused)": Persona(
        ("อยากขอค่ารถกลับบ้านค่ะ", "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ก็ไม่ได้เดือดร้อนอะไรมากค่ะ มีงานทำ มีห้องพัก เงินก็พอมี "
                     "แค่อยากประหยัด ปีใหม่จะกลับเชียงราย",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "นครสวรรค์ค่ะ", "home_province": "เชียงรายค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ", "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ไม่ยินยอมค่ะ", "needs": "ไม่มีค่ะ",
         "name": "ปลา 0894471206", "phone": "0894471206", "national_id": "ข้าม",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused", expect={"eligible": False, "reason": "เดือดร้อน"}),
    # Granddaughter asks about money for her 78-year-old grandmother living alone in hardship
    # in Sukhothai; only asking, no consent yet; answered: 2,500 baht a time.
    "dev52 granddaughter asks about elderly hardship money (answered)": Persona(
        ("สวัสดีค่ะ",
         "ขอถามหน่อยค่ะ ยายอายุ78 อยู่คนเดียวที่สุโขทัย ลำบากมาก มีเงินช่วยเหลือคนแก่ที่ลำบากไหมคะ "
         "ได้ครั้งละเท่าไหร่"),
        {"consent": "ยังไม่ยินยอมค่ะ แค่อยากถามก่อน", "idle": "ได้ครั้งละกี่บาทคะ"},
        outcome="answered", answered="2,500"),
    # Someone in Chumphon asks how many hours an urgent return-home request takes, and
    # refuses consent; answered: within 24 hours.
    "dev52 asks how fast an urgent case is handled (answered)": Persona(
        ("ถ้าขอค่ารถกลับบ้านแบบด่วน ต้องรอกี่ชม.คะ", "ไม่ยินยอมค่ะ"),
        {"consent": "ไม่ยินยอมค่ะ", "idle": "ด่วนต้องรอกี่ชั่วโมงคะ"},
        outcome="answered", answered="24"),
    # Wife of a wheelchair user asks who pays if he falls ill while waiting to go home;
    # answered: a government hospital, as an outpatient.
    "dev52 wife asks who pays if he falls ill while waiting (answered)": Persona(
        ("สามีนั่งวีลแชร์ค่ะ ถ้าระหว่างรอกลับบ้านแล้วเขาป่วยต้องไปหาหมอ ค่ารักษาใครจ่ายคะ",
         "ขอไม่ยินยอมก่อนนะคะ"),
        {"consent": "ไม่ยินยอมค่ะ", "idle": "ค่าหมอระหว่างรอกลับบ้านใครจ่ายคะ"},
        outcome="answered", answered="ผู้ป่วยนอก"),
}
