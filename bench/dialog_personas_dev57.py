"""Dialog personas, set "dev57" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: people stranded in the Central region and the upper South (Ayutthaya,
Saraburi, Lopburi, Nakhon Sawan, Suphan Buri, Chumphon, Surat Thani, Nakhon Si
Thammarat, Krabi, Phuket) and in Bangkok. Many write very little per message, a few
answer with an emoji or a single word, five answer only one thing per message, some
correct a fact half-way ("เอ้ย ไม่ใช่", "พิมพ์ผิด", a wrong phone digit at the summary),
several type Thai digits, places are often given as districts, stations or piers.
Stories: a couple with an 8-month-old baby at Phun Phin station, a man with a cracked
prosthetic leg at Bang Sue, a restaurant worker whose employer kept her ID card, a
man released on parole from Nakhon Si Thammarat prison, a vendor typing for a lost
grandmother, a guard typing for a stranded woman, a woman fleeing a violent husband
with two children, a palm worker discharged from hospital, a pregnant woman, an elder
laid off in Phuket. Refusals: a Cambodian worker, a home in the same province, an
office worker with no hardship.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Young couple laid off in Phuket, with an 8-month-old baby, stuck at Phun Phin
    # station (Surat Thani), going home to Phetchabun; emoji answers; case.
    "dev57 couple with baby at Phun Phin station": Persona(
        ("สวัสดีค่ะ", "อยู่สถานีรถไฟพุนพินค่ะ กับแฟนกับลูก", "ตกงานจากภูเก็ต ตังหมด"),
        {"consent": "👍", "idle": "ค่ะ",
         "hardship": "ไม่มีค่าตั๋วรถไฟค่ะ คืนนี้ก็ไม่รู้จะนอนไหน",
         "id_card": "มีทั้ง2คนค่ะ", "current_province": "สุราษฎร์",
         "home_province": "เพชรบูรณ์ค่ะ หล่มสัก", "travellers": "3 ค่ะ ลูก8เดือน",
         "urgent": "ค่ะ นอนสถานีมาคืนนึงแล้ว ลูกโดนยุงกัดเต็มเลย",
         "special_needs": "ลูกเล็ก 8 เดือนค่ะ", "travel_alone": "ได้ค่ะ",
         "more_care": "ไม่มี", "needs": "อยากได้งานแถวบ้านค่ะ ทั้งหนูทั้งแฟน",
         "name": "ฝน 0934567812", "phone": "0934567812", "confirm": "👍"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "เพชรบูรณ์",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "ฝน",
                "phone": "0934567812", "referrals": ["job_placement"]}),
    # Man with a prosthetic left leg, pickpocketed, at Krung Thep Aphiwat (Bang Sue),
    # home Chumphon; socket cracked, not yet registered disabled; case.
    "dev57 prosthetic leg man at Bang Sue": Persona(
        ("ครับ", "ผมใส่ขาเทียมครับ ขาซ้าย",
         "ติดอยู่สถานีกลางบางซื่อ จะกลับชุมพร ตังโดนล้วงไปหมด"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถครับ ข้าวยังไม่ได้กินตั้งแต่เช้า",
         "id_card": "มีครับ อยู่กระเป๋าเสื้อ โชคดีไม่หาย",
         "current_province": "กรุงเทพครับ บางซื่อ", "home_province": "ชุมพร อ.หลังสวน",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ รปภ.ไม่ให้นอนในสถานี",
         "special_needs": "ขาเทียมครับ เบ้ามันแตก เดินไกลๆไม่ไหว",
         "travel_alone": "ไปเองได้ครับ ถ้าได้นั่งรถไฟ", "more_care": "ไม่มีครับ",
         "needs": "อยากซ่อมขาเทียมครับ เบ้าแตก แล้วก็ยังไม่ได้ทำบัตรคนพิการ อยากได้เบี้ยด้วย",
         "sensitive_consent": "ได้ครับ", "name": "ประเสริฐ 0817702345",
         "phone": "0817702345", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชุมพร",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "name": "ประเสริฐ", "phone": "0817702345",
                "referrals": ["disability_devices", "disability_allowance"]}),
    # Restaurant worker in Patong whose employer kept her ID card and wages; she fled,
    # village head's letter sent by LINE; home Lopburi; case.
    "dev57 employer kept her ID card, Phuket": Persona(
        ("ช่วยด้วยค่ะ",
         "หนูทำงานร้านอาหารที่ป่าตอง เจ้าของร้านยึดบัตรประชาชนหนูไว้ ไม่จ่ายเงินเดือนมา2เดือน",
         "หนูหนีออกมาแล้วค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ กลับบ้านไม่ได้",
         "id_card": "มีค่ะ แต่เจ๊ยึดไว้ ขอคืนแล้วไม่ยอมคืน",
         "nationality_letter": "พ่อไปขอผู้ใหญ่บ้านที่บ้านแล้วค่ะ เค้าออกหนังสือรับรองให้ ส่งรูปมาทางไลน์แล้ว",
         "current_province": "ภูเก็ต", "home_province": "ลพบุรีค่ะ โคกสำโรง",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ตอนนี้นั่งอยู่ บขส.ภูเก็ต ไม่กล้ากลับห้อง กลัวเจ๊ให้คนตามมา",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ", "more_care": "ไม่มี",
         "needs": "อยากได้บัตรคืนค่ะ กับเงินเดือนที่ค้าง มีใครช่วยเรื่องกฎหมายได้มั้ยคะ",
         "name": "เมย์ 0865123498", "phone": "0865123498", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ลพบุรี",
                "travellers": 1, "urgent": True, "special": [], "name": "เมย์",
                "phone": "0865123498", "referrals": ["justice_centre"]}),
    # Man released on parole from Nakhon Si Thammarat central prison this morning,
    # must report to probation in Suphan Buri; expired card; Thai digits; one thing
    # per message; case.
    "dev57 parolee from Nakhon Si Thammarat prison": Persona(
        ("ผมพึ่งออกจากเรือนจำกลางนครศรีธรรมราชเมื่อเช้าครับ",
         "ได้พักโทษ ต้องไปรายงานตัวคุมประพฤติที่สุพรรณ"),
        {"consent": "ครับ ยินยอม", "idle": "ครับ",
         "hardship": "เงินที่ได้ตอนออกมาเหลือ ๘๐ บาท ไม่พอค่ารถ",
         "id_card": "มีครับ แต่หมดอายุตั้งแต่ปี๖๗",
         "current_province": "นครศรีธรรมราช",
         "home_province": "สุพรรณบุรี อ.เดิมบางนางบวช", "travellers": "๑ คน",
         "urgent": "คืนนี้ไม่มีที่นอนครับ", "special_needs": "ไม่มี",
         "travel_alone": "ได้", "more_care": "ไม่มีครับ",
         "needs": "ต้องไปรายงานตัวคุมประพฤติภายใน๗วันครับ อยากหางานทำด้วย บัตรหมดอายุก็อยากทำใหม่",
         "sensitive_consent": "ยินยอมครับ", "name": "สมศักดิ์",
         "phone": "๐๖๒-๓๔๕-๖๗๘๙", "confirm": "ครับ"},
        expect={"eligible": True, "current": "นครศรีธรรมราช", "home": "สุพรรณบุรี",
                "travellers": 1, "urgent": True, "special": [], "name": "สมศักดิ์",
                "phone": "0623456789",
                "referrals": ["probation_support", "job_placement", "id_card"],
                "no_referrals": ["hiv_aid", "mental_health_care"]},
        one_part=True),
    # Laid-off factory worker at Rojana estate, Ayutthaya, home Sakon Nakhon; types
    # two or three words at a time, thumbs-up at the end; friend's room; case.
    "dev57 terse factory worker, Ayutthaya": Persona(
        ("ตกงาน", "อยุธยา"),
        {"consent": "ok", "idle": "?", "hardship": "ไม่มีตังกลับบ้าน", "id_card": "มี",
         "current_province": "อยุธยา โรจนะ", "home_province": "สกลฯ", "travellers": "1",
         "urgent": "ไม่ นอนห้องเพื่อนได้ถึงศุกร์", "special_needs": "ไม่",
         "travel_alone": "ได้", "more_care": "ไม่", "needs": "ไม่",
         "name": "บอย 0958812345", "phone": "0958812345", "confirm": "👍"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "สกลนคร",
                "travellers": 1, "urgent": False, "special": [], "name": "บอย",
                "phone": "0958812345", "referrals": []}),
    # Construction worker and wife at Kaeng Khoi (Saraburi), contractor ran off;
    # types Chumphon then corrects to Chaiyaphum, fixes a phone digit at the summary;
    # case.
    "dev57 Saraburi worker corrects home and phone": Persona(
        ("สวัสดีครับ ผมอยู่แก่งคอย สระบุรี ผู้รับเหมาหนีไม่จ่ายค่าแรง จะกลับบ้านที่ชุมพร",
         "เอ้ย ไม่ใช่ ชัยภูมิครับ พิมพ์ผิด"),
        {"consent": "ยินยอม", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถครับ ข้าวก็ยืมเพื่อนกิน", "id_card": "มีครับ",
         "current_province": "สระบุรี", "home_province": "ชัยภูมิ อ.ภูเขียว",
         "travellers": "2 คนครับ ผมกับเมีย",
         "urgent": "แคมป์เค้าให้ออกพรุ่งนี้ คืนนี้ยังนอนได้อยู่",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้", "more_care": "ไม่มี",
         "needs": "อยากได้งานที่ชัยภูมิครับ", "name": "ต้อม 0897123456",
         "phone": "0897123456",
         "confirm": ("เบอร์ผิดครับ พิมพ์ผิด ที่ถูก 0897123465", "ถูกแล้วครับ")},
        expect={"eligible": True, "current": "สระบุรี", "home": "ชัยภูมิ",
                "travellers": 2, "urgent": False, "special": [], "name": "ต้อม",
                "phone": "0897123465", "referrals": ["job_placement"]}),
    # Vendor at Lopburi railway station types (Thai digits) for a confused 74-year-old
    # grandmother from Taphan Hin, Phichit; the vendor does not travel; case.
    "dev57 vendor types for lost grandmother, Lopburi": Persona(
        ("สวัสดีค่ะ ป้าขายของอยู่หน้าสถานีรถไฟลพบุรี",
         "มียายคนนึงนั่งอยู่ตั้งแต่เช้า ชื่อยายบุญมา อายุ ๗๔ จำทางไม่ค่อยได้ บอกว่าบ้านอยู่ตะพานหิน",
         "ยายไม่มีเงินเลยค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ยายไม่มีเงิน ไม่มีที่นอน ข้าวป้าซื้อให้ห่อนึง",
         "id_card": "ยายมีบัตรค่ะ อยู่ในกระเป๋าผ้า", "current_province": "ลพบุรี",
         "home_province": "พิจิตรค่ะ อ.ตะพานหิน",
         "travellers": "ยายคนเดียวค่ะ ป้าไม่ได้ไปด้วย",
         "urgent": "ด่วนค่ะ ยายไม่มีที่นอนคืนนี้",
         "special_needs": "ยายแก่แล้ว ๗๔ หลงๆลืมๆ",
         "travel_alone": "ไปเองไม่ได้หรอกค่ะ เดี๋ยวหลงอีก", "more_care": "ไม่มีค่ะ",
         "needs": "อยากให้มีคนพาไปส่งถึงบ้านค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "ป้าศรี ๐๘๙๑๒๓๔๕๖๗", "phone": "๐๘๙๑๒๓๔๕๖๗", "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "ลพบุรี", "home": "พิจิตร",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"], "name": "ศรี",
                "phone": "0891234567", "referrals": ["travel_escort"]}),
    # Man whose bag (money and ID card) was snatched at Nakhon Sawan bus terminal;
    # village head letter already sent; home Pak Phanang; one thing per message; case.
    "dev57 bag snatched at Nakhon Sawan terminal": Persona(
        ("ขอความช่วยเหลือครับ", "โดนกระชากกระเป๋าที่ บขส.นครสวรรค์"),
        {"consent": "ยินยอม", "idle": "ครับ", "hardship": "เงินหายหมดครับ ไม่มีค่ารถ",
         "id_card": "บัตรอยู่ในกระเป๋าที่โดนกระชากครับ หายไปด้วย แจ้งความแล้ว",
         "nationality_letter": "มีครับ ผญบ.ออกหนังสือรับรองให้ น้องสาวถ่ายส่งมาทางไลน์แล้ว",
         "current_province": "นครสวรรค์", "home_province": "นครศรีฯ ปากพนัง",
         "travellers": "คนเดียว", "urgent": "ด่วนครับ ไม่มีที่นอน",
         "special_needs": "ไม่มี", "travel_alone": "ได้ครับ", "more_care": "ไม่มี",
         "needs": "ทำบัตรใหม่ครับ", "name": "วิชัย", "phone": "0871234590",
         "confirm": "ครับ ถูก"},
        expect={"eligible": True, "current": "นครสวรรค์", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "name": "วิชัย",
                "phone": "0871234590", "referrals": ["id_card"]},
        one_part=True),
    # Woman fleeing a violent husband with children aged 4 and 9, at a petrol station
    # in U Thong (Suphan Buri), going to her mother in Chumphon; case.
    "dev57 fleeing husband with two kids, Suphan Buri": Persona(
        ("พี่คะ", "หนูหนีผัวออกมาค่ะ มันตีหนู",
         "อยู่สุพรรณ จะกลับบ้านแม่ที่ชุมพร มีลูก2คน"),
        {"consent": "ค่ะ", "idle": "คะ", "hardship": "ไม่มีเงินค่ะ ออกมาแต่ตัว",
         "id_card": "มีค่ะ คว้ามาได้แต่บัตร",
         "current_province": "สุพรรณบุรีค่ะ อยู่ปั๊มแถวอู่ทอง",
         "home_province": "ชุมพร ท่าแซะ",
         "travellers": "3 ค่ะ หนูกับลูก คนโต9ขวบ คนเล็ก4ขวบ",
         "urgent": "ด่วนค่ะ กลัวมันตามมา", "special_needs": "คนเล็ก 4 ขวบค่ะ",
         "travel_alone": "ได้ค่ะ", "more_care": "ไม่มีแล้วค่ะ",
         "needs": "ไม่มีค่ะ อยากไปให้ไกลมันเฉยๆ", "name": "นุ่น 0829876543",
         "phone": "0829876543", "confirm": "ถูกแล้วค่ะ"},
        expect={"eligible": True, "current": "สุพรรณบุรี", "home": "ชุมพร",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "นุ่น",
                "phone": "0829876543"}),
    # Palm plantation worker from Buriram, hand cut by a machete, discharged from
    # Chumphon hospital, employer dropped him; whole story in one message; case.
    "dev57 injured palm worker, Chumphon hospital": Persona(
        ("สวัสดีครับ ผมเพิ่งออกจากโรงพยาบาลชุมพรเขตรอุดมศักดิ์ครับ มีดพร้าฟันมือตอนตัดปาล์ม เย็บไป12เข็ม นายจ้างไม่เอาแล้ว ไม่มีตังกลับบ้านที่บุรีรัมย์ มีบัตรประชาชนครับ",),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถครับ ไม่มีงานแล้วด้วย", "id_card": "มีครับ",
         "current_province": "ชุมพร", "home_province": "บุรีรัมย์ อ.นางรอง",
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ นั่งอยู่หน้าโรงพยาบาล",
         "special_needs": "มือยังเจ็บอยู่ครับ ต้องล้างแผลทุกวัน",
         "travel_alone": "ได้ครับ", "more_care": "ไม่มีครับ",
         "needs": "หางานทำที่บ้านครับ พอมือหาย", "sensitive_consent": "ยินยอม",
         "name": "สุริยา 0612223344", "phone": "0612223344", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชุมพร", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "special": ["sick"], "name": "สุริยา",
                "phone": "0612223344", "referrals": ["job_placement"]}),
    # Young woman cheated by a job broker (spa job at Ao Nang, Krabi), home Kamphaeng
    # Phet; emoji, says Phuket then corrects to Krabi; staying with a friend; case.
    "dev57 cheated by job broker, Krabi": Persona(
        ("สวัสดีค่ะ🙏", "โดนนายหน้าหลอกมาทำงานสปาที่อ่าวนาง มาถึงไม่มีงานจริง😭",
         "เก็บค่าหัวไป5000"),
        {"consent": "ยินยอมค่ะ🙏", "idle": "🙏",
         "hardship": "เงินหมดค่ะ ค่ารถกลับไม่มี", "id_card": "มีค่ะ",
         "current_province": ("ภูเก็ต เอ้ย ไม่ใช่ กระบี่ค่ะ พิมพ์ผิด", "กระบี่ค่ะ"),
         "home_province": "กำแพงเพชร", "travellers": "1 ค่ะ",
         "urgent": "ยังไม่ด่วนค่ะ พักกับพี่ที่รู้จักกันบนรถได้2-3วัน",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ", "more_care": "ไม่มี",
         "needs": "อยากหางานที่ถูกต้องค่ะ ไม่อยากโดนหลอกอีก😢",
         "name": "แพร 0987654321", "phone": "0987654321", "confirm": "✅"},
        expect={"eligible": True, "current": "กระบี่", "home": "กำแพงเพชร",
                "travellers": 1, "urgent": False, "special": [], "name": "แพร",
                "phone": "0987654321", "referrals": ["job_placement"]}),
    # 65-year-old condo guard laid off in Kathu (Phuket), home Chum Saeng, Nakhon
    # Sawan; asks about fees mid-way; room until month end; never had old-age pay; case.
    "dev57 laid-off elderly guard, Phuket": Persona(
        ("สวัสดีครับ", "ผมอายุ ๖๕ เป็นยามคอนโดที่กะทู้ ภูเก็ต เขาเลิกจ้าง",
         "ต้องเสียเงินค่าอะไรมั้ยครับ ถ้าจะขอให้ช่วยค่ารถกลับบ้าน"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีรายได้แล้วครับ ค่ารถกลับก็ไม่พอ", "id_card": "มีครับ",
         "current_province": "ภูเก็ต", "home_province": "นครสวรรค์ ชุมแสง",
         "travellers": "คนเดียว",
         "urgent": "ยังไม่ด่วนครับ ห้องเช่าอยู่ได้ถึงสิ้นเดือน",
         "special_needs": "แก่แล้วครับ ๖๕ นอกนั้นแข็งแรงดี",
         "travel_alone": "ได้ครับ", "more_care": "ไม่มี",
         "needs": "ยังไม่เคยได้เบี้ยคนแก่เลยครับ อยากได้",
         "name": "ลุงเสน่ห์ 0812340987", "phone": "0812340987",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "นครสวรรค์",
                "travellers": 1, "urgent": False, "special": ["elderly"],
                "name": "เสน่ห์", "phone": "0812340987",
                "referrals": ["elderly_allowance"]}),
    # Security guard at the Southern bus terminal (Sai Tai Mai, Bangkok) types for a
    # woman who lost all her money, going home to Khlong Thom, Krabi; guard does not
    # travel; case.
    "dev57 guard types for woman at Sai Tai Mai": Persona(
        ("ผมเป็น รปภ. อยู่ขนส่งสายใต้ใหม่ครับ",
         "มีผู้หญิงคนนึงมาขอความช่วยเหลือ เงินหายหมด จะกลับบ้านที่กระบี่",
         "ผมพิมพ์แทนเขานะครับ เขาไม่มีโทรศัพท์"),
        {"consent": "เขาบอกยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ", "id_card": "เขามีบัตรครับ",
         "current_province": "กทม ตลิ่งชัน", "home_province": "กระบี่ คลองท่อม",
         "travellers": "เขาคนเดียวครับ ผมไม่ได้ไป", "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ", "more_care": "ไม่มี",
         "needs": "ไม่มีครับ", "name": "เขาชื่อจันทร์ครับ โทรเบอร์ผมได้ 0801112233",
         "phone": "0801112233", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "กระบี่",
                "travellers": 1, "urgent": True, "special": [], "name": "จันทร์",
                "phone": "0801112233"}),
    # HIV-positive man laid off in Bangkok, sleeping at Mo Chit, home Phayao, ARVs run
    # out this week; tells nothing until asked; one thing per message; case.
    "dev57 HIV man at Mo Chit, step by step": Persona(
        ("สวัสดีครับ",),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ตกงานครับ ไม่มีค่ารถกลับ", "id_card": "มี",
         "current_province": "กทม", "home_province": "พะเยา", "travellers": "คนเดียว",
         "urgent": "คืนนี้นอนหมอชิตครับ",
         "special_needs": "ผมติดเชื้อ HIV ครับ กินยาต้านทุกวัน",
         "travel_alone": "ได้", "more_care": "ไม่มี",
         "needs": "ยาต้านจะหมดอาทิตย์นี้ อยากไปรับยาต่อที่บ้าน",
         "sensitive_consent": "ยินยอม", "name": "ต้น", "phone": "0645558899",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พะเยา",
                "travellers": 1, "urgent": True, "special": ["sick"], "name": "ต้น",
                "phone": "0645558899", "referrals": ["hiv_aid"]},
        one_part=True),
    # Koh Samui resort worker laid off, at Don Sak pier (Surat Thani), home Roi Et;
    # single words, Thai digits, gives only the district; one thing per message; case.
    "dev57 single words at Don Sak pier": Persona(
        ("หวัดดี", "ตกงานสมุย"),
        {"consent": "ได้", "idle": "ครับ", "hardship": "ค่ารถ", "id_card": "มี",
         "current_province": "ดอนสัก", "home_province": "ร้อยเอ็ด", "travellers": "๑",
         "urgent": "ไม่ด่วน นอนบ้านเพื่อนได้", "special_needs": "ไม่มี",
         "travel_alone": "ได้", "more_care": "ไม่", "needs": "ไม่", "name": "เก่ง",
         "phone": "๐๖๘๗๗๗๑๒๓๔", "confirm": "ใช่"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": False, "special": [], "name": "เก่ง",
                "phone": "0687771234", "referrals": []},
        one_part=True),
    # Pregnant woman left by her partner in Tha Sala (Nakhon Si Thammarat), corrects
    # 6 to 7 months, going to her mother in Sing Buri; neighbour's room; case.
    "dev57 pregnant woman corrects months, Tha Sala": Persona(
        ("สวัสดีค่ะ หนูท้องอยู่ค่ะ ๖ เดือน", "เอ้ย ๗ เดือนแล้วค่ะ",
         "แฟนทิ้งไป อยู่ท่าศาลา อยากกลับบ้านแม่ที่สิงห์บุรี ไม่มีเงินเลย"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีงาน ค่ารถก็ไม่มี", "id_card": "มีค่ะ",
         "current_province": "นครศรีธรรมราช", "home_province": "สิงห์บุรี อ.อินทร์บุรี",
         "travellers": "คนเดียวค่ะ ลูกยังอยู่ในท้อง555",
         "urgent": "ป้าข้างห้องให้นอนด้วยถึงสิ้นเดือนค่ะ",
         "special_needs": "ท้อง ๗ เดือนค่ะ", "travel_alone": "ได้ค่ะ นั่งรถทัวร์ไหว",
         "more_care": "ไม่มีค่ะ", "needs": "ไม่มีค่ะ ขอแค่ได้กลับบ้าน",
         "name": "ปลา ๐๖๑๔๔๔๕๕๖๖", "phone": "๐๖๑๔๔๔๕๕๖๖", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นครศรีธรรมราช", "home": "สิงห์บุรี",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "ปลา", "phone": "0614445566"}),
    # Father (58) and son (20) laid off when a chicken farm in Phatthana Nikhom
    # (Lopburi) closed, home Nakhon Phanom; workers' housing 3 more days; one thing
    # per message; case.
    "dev57 father and son from closed chicken farm, Lopburi": Persona(
        ("สวัสดีครับ", "ผมกับลูกชายตกงานครับ ฟาร์มไก่ที่ลพบุรีปิด"),
        {"consent": "ยินยอม", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถกลับครับ เงินเดือนสุดท้ายยังไม่ได้",
         "id_card": "มีทั้งสองคนครับ", "current_province": "ลพบุรี อ.พัฒนานิคม",
         "home_province": "นครพนม", "travellers": "2 คน ผมกับลูก",
         "urgent": "ยังนอนบ้านพักคนงานได้อีก3วันครับ",
         "special_needs": "ไม่มีครับ ผม58 ลูก20", "travel_alone": "ได้",
         "more_care": "ไม่มีครับ", "needs": "หางานที่บ้านครับ", "name": "บุญชัย",
         "phone": "0873334455", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ลพบุรี", "home": "นครพนม",
                "travellers": 2, "urgent": False, "special": [], "name": "บุญชัย",
                "phone": "0873334455", "referrals": ["job_placement"]},
        one_part=True),
    # Cambodian rubber-tapper in Krabi, passport only, wants to go home to Battambang;
    # refused (nationality).
    "dev57 Cambodian worker in Krabi": Persona(
        ("ผมคนกัมพูชาครับ ทำงานสวนยางที่กระบี่",
         "นายจ้างไม่จ่ายเงิน อยากกลับบ้านที่พระตะบอง ไม่มีค่ารถ"),
        {"consent": "ยินยอม", "idle": "ครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีบัตรไทยครับ มีพาสปอร์ตกัมพูชา",
         "nationality_letter": "ไม่มีครับ ผมไม่ใช่คนไทย",
         "current_province": "กระบี่ อ.เหนือคลอง", "home_province": "พระตะบอง กัมพูชา",
         "travellers": "1", "urgent": "คืนนี้ไม่มีที่นอน",
         "name": "โสภณ 0923334455", "phone": "0923334455", "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),
    # Woman in Mueang Nakhon Si Thammarat wanting to go home to Thung Song, same
    # province; refused (home province).
    "dev57 home in same province, Nakhon Si Thammarat": Persona(
        ("สวัสดีค่ะ", "อยู่ในเมืองนครค่ะ อยากกลับบ้านที่ทุ่งสง ไม่มีค่ารถ"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ งานร้านกาแฟเลิกจ้าง", "id_card": "มีค่ะ",
         "current_province": "นครศรีธรรมราช อ.เมือง",
         "home_province": "นครศรีฯ เหมือนกันค่ะ อ.ทุ่งสง", "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนค่ะ ยังอยู่หอได้", "special_needs": "ไม่มี",
         "travel_alone": "ได้ค่ะ", "more_care": "ไม่มี", "needs": "ไม่มีค่ะ",
         "name": "อร 0631239876", "phone": "0631239876", "confirm": "ถูกค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),
    # Office worker in Lat Phrao (Bangkok) with a job, a room and the fare, wants the
    # state to pay his Songkran trip to Suphan Buri; refused (no hardship).
    "dev57 office worker wants free Songkran fare": Persona(
        ("สวัสดีครับ", "สงกรานต์นี้จะกลับบ้านสุพรรณ อยากขอเงินช่วยค่ารถครับ"),
        {"consent": "ยินยอม", "idle": "ครับ",
         "hardship": "ก็ไม่ได้ลำบากอะไรครับ มีงานประจำ มีห้องเช่า ค่ารถก็มี แค่อยากประหยัด",
         "id_card": "มีครับ", "current_province": "กรุงเทพ ลาดพร้าว",
         "home_province": "สุพรรณบุรี", "travellers": "2 ผมกับแฟน",
         "urgent": "ไม่ด่วนครับ", "special_needs": "ไม่มี", "travel_alone": "ได้",
         "more_care": "ไม่มี", "needs": "ไม่มี", "name": "ก้อง 0856667788",
         "phone": "0856667788", "confirm": "ถูกต้อง"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),
    # Sister in Phuket asks how much the disability allowance is for her brother who
    # lost a leg; answered (800).
    "dev57 asks disability allowance amount, Phuket": Persona(
        ("สวัสดีค่ะ",
         "น้องชายขาขาดจากอุบัติเหตุที่ภูเก็ตค่ะ เบี้ยคนพิการได้เดือนละเท่าไหร่คะ"),
        {"consent": "ไม่เป็นไรค่ะ แค่ถาม", "idle": "ขอบคุณค่ะ"},
        outcome="answered", answered="800"),
    # Man in Nakhon Sawan asks how much food money a day one gets while waiting to be
    # sent home; answered (100).
    "dev57 asks food money per day, Nakhon Sawan": Persona(
        ("ถามหน่อยครับ", "ระหว่างรอส่งกลับบ้าน เขาให้ค่ากินวันละเท่าไหร่ครับ"),
        {"consent": "แค่ถามครับ", "idle": "ขอบคุณครับ"},
        outcome="answered", answered="100"),
    # Woman in Saraburi asks in advance which number to call at night if stranded;
    # answered (1300).
    "dev57 asks night-time channel, Saraburi": Persona(
        ("ถามเผื่อไว้ค่ะ",
         "ถ้าตกรถกลางคืน ห้าทุ่มแล้ว ที่ว่าการปิดหมด ต้องโทรเบอร์ไหนขอความช่วยเหลือได้คะ"),
        {"consent": "ยังไม่ต้องค่ะ แค่ถาม", "idle": "ขอบคุณค่ะ"},
        outcome="answered", answered="1300"),
}
