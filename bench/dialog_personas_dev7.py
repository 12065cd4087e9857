"""Development set dev7: 22 personas for bench/dialogs.py.

Written 2026-12-04 from the seeds only (DSDW return-home aid manual and rates, agency
services for released prisoners, knowledge-topics.md) by a helper who did not read the
dialog code. Covers: names and phones given naturally (titles, nickname plus real name,
common-word names, English name, a relative's phone, Thai digits, spaces, +66), care
needs said indirectly and mixed groups, urgency said indirectly both ways, places as
districts, landmarks, terminals and typos, Isan/Northern/Southern dialects, slang, emoji,
voice typing; four refusals, two questions before applying, three one-part personas and
two corrections at the summary.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan dialect; "sleeping at a gas station" means urgent; family of three with a
    # two-year-old said as "ลูกน้อยสองขวบ"; Rangsit is Pathum Thani; phone with spaces.
    "Isan mother at a gas station": Persona(
        ("สะบายดีค่ะ", "ยินยอมค่ะ", "ตอนนี้นอนอยู่ปั๊มน้ำมันแถวรังสิตค่ะ😢 บ่มีเงินกลับบ้านเลย บ้านอยู่กาฬสินธุ์ มีบัตรปชชอยู่"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ", "hardship": "บ่มีค่ารถ บ่มีบ่อนนอนค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "current_province": "รังสิต",
         "home_province": "กาฬสินธุ์", "travellers": "3 คนค่ะ ข้อย ผัว กับลูกน้อยสองขวบ",
         "urgent": "ด่วนค่ะ คืนนี้ก็ต้องนอนปั๊มอีก", "special_needs": "ลูกน้อยสองขวบค่ะ",
         "travel_alone": "ไปนำกันค่ะ", "name": "นิ่มค่ะ", "phone": "08 1234 5678",
         "confirm": "แม่นแล้วค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "กาฬสินธุ์", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "นิ่ม", "phone": "0812345678"}),
    # Nickname and real name with surname; Mo Chit bus terminal; Pak Chong is Nakhon
    # Ratchasima; "at a friend's till Sunday" means not urgent.
    "man at Mo Chit, friend's room till Sunday": Persona(
        ("สวัสดีครับ ขอความช่วยเหลือเรื่องค่ารถกลับบ้านครับ", "ได้ครับ"),
        {"consent": "ได้ครับ", "idle": "ขอความช่วยเหลือครับ", "hardship": "เงินหมดครับ ไม่มีค่ารถกลับ",
         "id_card": "มีบัตรครับ", "nationality": "ไทย", "current_province": "อยู่แถวหมอชิตครับ",
         "home_province": "ปากช่องครับ", "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ นอนห้องเพื่อนได้ถึงวันอาทิตย์",
         "special_needs": "ไม่มีครับ แข็งแรงดี", "travel_alone": "ไปเองได้ครับ",
         "name": "ชื่อเล่นต้น ชื่อจริงธนากร ศรีสุขครับ", "phone": "โทร 089-456-7123", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครราชสีมา",
                "travellers": 1, "urgent": False, "special": [], "name": "ธนากร ศรีสุข",
                "phone": "0894567123"}),
    # "Shelter makes us leave tomorrow morning": urgent (no shelter within 24 h); newborn;
    # name "ส้ม" is a fruit; Thai digits; Si Racha = Chon Buri, "นครศรีฯ" = Nakhon Si Thammarat.
    "new mother leaving a shelter tomorrow": Persona(
        ("ขอความช่วยเหลือค่ะ", "ยินยอมค่ะ",
         "พักบ้านพักฉุกเฉินที่ศรีราชาค่ะ เขาให้ออกพรุ่งนี้เช้า เพิ่งคลอดลูกได้สองอาทิตย์ " "ไม่มีเงินค่ารถกลับบ้านที่นครศรีฯ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ พรุ่งนี้ก็ไม่มีที่นอนแล้ว", "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "ศรีราชา", "home_province": "นครศรีฯ",
         "travellers": "2 คนค่ะ หนูกับลูกแรกเกิด", "urgent": "ด่วนค่ะ พรุ่งนี้เช้าต้องออกแล้ว",
         "special_needs": "ลูกเพิ่งเกิดได้สองอาทิตย์ค่ะ", "travel_alone": "ไปกับลูกค่ะ",
         "name": "ส้มค่ะ", "phone": "๐๙๕-๖๗๘-๑๒๓๔", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครศรีธรรมราช", "travellers": 2,
                "urgent": True, "special": ["child"], "name": "ส้ม", "phone": "0956781234"}),
    # Northern dialect; sleeping at a temple for now means not urgent; 74 with a cane
    # (elderly); the phone is his daughter's and her name must not become his.
    "Northern uncle at a temple, daughter's phone": Persona(
        ("สวัสดีครับ", "ตกลงครับ", "ลุงบ่มีตังค์ขึ้นรถปิ๊กบ้านน่านครับ ตอนนี้อยู่เจียงใหม่ นอนวัดใกล้ขนส่งอาเขตไปก่อน"),
        {"consent": "ตกลงครับ", "idle": "ขอความช่วยเหลือครับ", "hardship": "บ่มีตังค์ค่ารถครับ",
         "id_card": "มีครับ", "nationality": "คนไทยครับ", "current_province": "เจียงใหม่",
         "home_province": "น่านครับ", "travellers": "ลุงคนเดียวครับ อายุ 74 แล้ว",
         "urgent": "บ่ด่วนครับ ตุ๊เจ้าให้นอนวัดได้อยู่",
         "special_needs": "ลุงเดินต้องใช้ไม้เท้าครับ อายุ 74",
         "travel_alone": "ไปเองได้ครับ ขึ้นรถทัวร์ไป ลูกสาวมารับที่ขนส่งน่าน",
         "name": "ลุงเสริมครับ", "phone": "โทรหาลูกสาวได้ครับ ชื่อแก้ว 086-111-2233", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "น่าน", "travellers": 1,
                "urgent": False, "special": ["elderly"], "name": "ลุงเสริม",
                "phone": "0861112233"}),
    # Dialysis means sick; a room until month end means not urgent; Bang Na is Bangkok;
    # full name with surname; phone written +66 with spaces.
    "dialysis patient with his wife": Persona(
        ("สวัสดีครับ ตกงานครับ ไม่มีรายได้ อยากกลับบ้านที่ร้อยเอ็ด", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ตกงาน ไม่มีรายได้ ไม่มีค่ารถครับ", "id_card": "มีครับ", "nationality": "ไทย",
         "current_province": "บางนาครับ", "home_province": "ร้อยเอ็ด",
         "travellers": "2 คนครับ ผมกับภรรยา", "urgent": "ยังพักห้องเช่าได้ถึงสิ้นเดือนครับ",
         "special_needs": "ผมต้องฟอกไตอาทิตย์ละสองครั้งครับ",
         "travel_alone": "ภรรยาไปด้วยครับ", "name": "สมบัติ แก้วมณี", "phone": "+66 81 987 6543",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด", "travellers": 2,
                "urgent": False, "special": ["sick"], "name": "สมบัติ แก้วมณี",
                "phone": "0819876543"}),
    # Mixed group: 7-month pregnant woman, husband, grandma 80; evicted tonight (urgent);
    # Pak Nam = Samut Prakan, "สุพรรณ" = Suphan Buri; English name.
    "pregnant woman with husband and grandma": Persona(
        ("hello ค่ะ ขอความช่วยเหลือด่วนค่ะ", "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "โดนไล่ออกจากห้องเช่าค่ะ ไม่มีที่นอน ไม่มีค่ารถ", "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "ปากน้ำค่ะ", "home_province": "สุพรรณค่ะ",
         "travellers": "3 คนค่ะ หนู สามี แล้วก็ยายอายุ 80",
         "urgent": "ด่วนค่ะ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "หนูท้อง 7 เดือนค่ะ ยายก็แปดสิบแล้ว",
         "travel_alone": "ไปด้วยกันค่ะ", "name": "Jenny ค่ะ", "phone": "0634567890",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "สุพรรณบุรี", "travellers": 3,
                "urgent": True, "special": ["elderly", "pregnant"], "name": "Jenny",
                "phone": "0634567890"}),
    # Southern dialect; autistic ten-year-old son (a child and a registered kind of
    # disability); former employer's house for a few days means not urgent; title "บัง".
    "Southern father with an autistic son": Persona(
        ("หวัดดีครับ ไม่มีตังค์กลับบ้านพันนั้นแล้วครับ อยู่ภูเก็ต บ้านอยู่ตรัง", "ได้ครับ"),
        {"consent": "ได้ครับ", "idle": "ขอความช่วยเหลือครับ", "hardship": "ไม่มีค่ารถครับ งานหมด",
         "id_card": "มีครับ", "nationality": "ไทยครับ", "current_province": "ภูเก็ต",
         "home_province": "ตรัง", "travellers": "สองคนครับ ผมกับลูกชาย",
         "urgent": "ยังพอนอนบ้านนายจ้างเก่าได้อีกสองสามวันครับ",
         "special_needs": "ลูกชายเป็นออทิสติกครับ อายุสิบขวบ", "travel_alone": "ผมพาไปเองครับ",
         "name": "บังหมัดครับ", "phone": "087-654-3210", "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ตรัง", "travellers": 2,
                "urgent": False, "special": ["child", "disabled"], "name": "บังหมัด",
                "phone": "0876543210"}),
    # Broken arm from a work accident (sick), travelling alone but able to; told to
    # leave the site today (urgent); Map Ta Phut is Rayong, "บุรีรำ" is Buri Ram.
    "worker with a broken arm": Persona(
        ("ช่วยด้วยครับ แขนหักจากไซต์งานที่มาบตาพุด นายจ้างให้ออก ไม่มีตังค์กลับบ้านบุรีรำ", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถครับ", "id_card": "มีครับ", "nationality": "ไทย",
         "current_province": "มาบตาพุด ระยองครับ", "home_province": "บุรีรำ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ เขาให้ออกจากแคมป์วันนี้เลย",
         "special_needs": "ผมแขนหักครับ ใส่เฝือกอยู่",
         "travel_alone": "ไปเองได้ครับ แขนหักข้างเดียว เดินได้ปกติ",
         "name": "เรียกบอยก็ได้ครับ", "phone": "081 555 0123", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": True, "special": ["sick"], "name": "บอย", "phone": "0815550123"}),
    # Released this morning, card expired inside but a kamnan's letter; name "แดง"
    # in "ผมแดงครับ" (could read as "my hair is red"); wants a job and a new card.
    "released this morning, expired card": Persona(
        ("ผมเพิ่งออกจากเรือนจำคลองเปรมเมื่อเช้าครับ ไม่มีตังค์กลับบ้านอุดรฯ คืนนี้ไม่มีที่นอน", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถครับ", "id_card": "บัตรหมดอายุไปตั้งแต่อยู่ข้างในครับ",
         "nationality_letter": "มีครับ กำนันออกหนังสือรับรองให้แล้ว", "nationality": "ไทยครับ",
         "current_province": "กทม.", "home_province": "อุดรฯ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน", "special_needs": "ไม่มีครับ",
         "sensitive_consent": "ยินยอมครับ", "needs": "อยากได้งานทำครับ แล้วก็อยากทำบัตรใหม่",
         "name": "ผมแดงครับ", "phone": "0923456781", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุดรธานี",
                "travellers": 1, "urgent": True, "special": [], "name": "แดง",
                "phone": "0923456781", "referrals": ["id_card", "job_placement"],
                "no_referrals": ("medical_services", "mental_health_care", "hiv_aid")}),
    # Released woman with HIV who needs her medicine and legal advice on an old case;
    # a halfway house until Friday means not urgent; title "ป้า"; Thai digits.
    "released aunt with HIV, halfway house": Persona(
        ("สวัสดีค่ะ ป้าเพิ่งพ้นโทษจากทัณฑสถานหญิงที่ราชบุรีค่ะ อยากกลับบ้านเพชรบูรณ์ ไม่มีค่ารถ", "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ", "hardship": "ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "current_province": "ราชบุรี",
         "home_province": "เพชรบูรณ์", "travellers": "ป้าคนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ พักบ้านกึ่งวิถีได้ถึงวันศุกร์", "special_needs": "ไม่มีค่ะ ไปเองได้",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "ป้าติดเชื้อเอชไอวีค่ะ ต้องกินยาต่อเนื่อง แล้วอยากปรึกษากฎหมายเรื่องคดีเก่า",
         "name": "ป้าจันค่ะ", "phone": "๐๘๑-๒๓๔-๙๘๗๖", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "เพชรบูรณ์", "travellers": 1,
                "urgent": False, "name": "ป้าจัน", "phone": "0812349876",
                "referrals": ["hiv_aid", "justice_centre"],
                "no_referrals": ("mental_health_care",)}),
    # One fact per message; grandma 80 alone, cannot travel alone (poor sight, forgetful);
    # bus shelter (urgent); grandson's phone; "อยุธยา" = Ayutthaya, "พิดโลก" = Phitsanulok.
    "grandma step by step, one part": Persona(
        ("สวัสดีจ้ะ",),
        {"consent": "ตกลงจ้ะ", "idle": "ยายอยากกลับบ้านจ้ะ ไม่มีตังค่ารถ",
         "hardship": "ไม่มีตังค่ารถจ้ะ ลูกหลานไม่มารับ", "id_card": "มีจ้ะ", "nationality": "ไทยจ้ะ",
         "current_province": "อยุธยาจ้ะ", "home_province": "พิดโลก",
         "travellers": "ยายคนเดียวจ้ะ อายุ 80",
         "urgent": "ด่วนจ้ะ นอนศาลาท่ารถมาสองคืนแล้ว",
         "special_needs": "ยายแปดสิบแล้วจ้ะ ตาก็ไม่ค่อยเห็น",
         "travel_alone": "ไปคนเดียวไม่ไหวหรอกลูก ตาไม่ดี หลงๆลืมๆ", "name": "ยายบุญมาจ้ะ",
         "phone": "ยายไม่มีโทรศัพท์ ใช้เบอร์หลานชาย 0898765432", "confirm": "ถูกแล้วจ้ะ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "พิษณุโลก",
                "travellers": 1, "urgent": True, "special": ["cannot_travel_alone", "elderly"],
                "name": "ยายบุญมา", "phone": "0898765432"}, one_part=True),
    # One fact per message; teen slang, emoji, English words, no spaces; slept two
    # nights at Mo Chit (urgent); "โคราช"; phone mixing Thai and Arabic digits.
    "slang kid at Mo Chit, one part": Persona(
        ("ขอhelpหน่อยคับบบ😭😭",),
        {"consent": "okคับ", "idle": "ขอตังกลับบ้านหน่อยคับ",
         "hardship": "ไม่มีตังค่ารถ ไม่มีข้าวกินด้วยคับ", "id_card": "มีคับ", "nationality": "ไทยคับ",
         "current_province": "หมอชิตคับ", "home_province": "โคราชคับ", "travellers": "คนเดียวคับ",
         "urgent": "ด่วนคับนอนหมอชิตมาสองคืนละ", "special_needs": "ไม่มีคับ",
         "name": "กอล์ฟคับ", "phone": "0๘1-222-3344", "confirm": "ถูกคับ👍"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True, "special": [], "name": "กอล์ฟ",
                "phone": "0812223344"}, one_part=True),
    # One fact per message; Southern woman with her sister; friend's dorm till Sunday
    # (not urgent); Hat Yai is Songkhla, Mae Sai is Chiang Rai; name "ฝน" is "rain".
    "sisters from Hat Yai, one part": Persona(
        ("สวัสดีค่ะ อยากได้ค่ารถกลับบ้านค่ะ",),
        {"consent": "ได้ค่ะ", "idle": "ขอความช่วยเหลือค่ะ", "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีทั้งสองคนค่ะ", "nationality": "ไทยค่ะ", "current_province": "หาดใหญ่ค่ะ",
         "home_province": "แม่สายค่ะ", "travellers": "2 คนค่ะ ฉันกับน้องสาว",
         "urgent": "ไม่ด่วนค่ะ ยังพักหอเพื่อนได้ถึงวันอาทิตย์",
         "special_needs": "ไม่มีค่ะ ไม่มีใครป่วยไม่มีใครแก่ แข็งแรงดีทั้งคู่",
         "travel_alone": "ไปด้วยกันค่ะ", "name": "ฝนค่ะ", "phone": "089 111 4567",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "เชียงราย", "travellers": 2,
                "urgent": False, "special": [], "name": "ฝน", "phone": "0891114567"},
        one_part=True),
    # Asks about the fee first, then applies; mother 66 with diabetes (elderly, sick);
    # Pak Kret is Nonthaburi, "แปดริ้ว" is Chachoengsao.
    "asks the fee, then applies with her mother": Persona(
        ("สอบถามค่ะ ขอเงินค่ารถกลับบ้านต้องเสียค่าธรรมเนียมไหมคะ",
         "โอเคค่ะ งั้นขอยื่นขอความช่วยเหลือเลยค่ะ", "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ เงินหมด", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "ปากเกร็ดค่ะ", "home_province": "แปดริ้วค่ะ",
         "travellers": "ไปกับแม่ค่ะ สองคน", "urgent": "ไม่ด่วนค่ะ ยังอยู่ห้องเช่าได้",
         "special_needs": "แม่อายุ 66 ค่ะ เป็นเบาหวาน", "travel_alone": "หนูพาแม่ไปเองค่ะ",
         "name": "มะลิค่ะ", "phone": "0861239876", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ฉะเชิงเทรา", "travellers": 2,
                "urgent": False, "special": ["elderly", "sick"], "name": "มะลิ",
                "phone": "0861239876"}),
    # Asks how long it takes, then applies; evicted and sleeping on the beach (urgent);
    # Koh Samui is Surat Thani, "สกลฯ" is Sakon Nakhon; name "ทอง" means gold; 58.
    "asks the timeline, then applies from Samui": Persona(
        ("ยื่นขอค่ารถกลับบ้านแล้วกี่วันถึงจะได้ครับ", "งั้นผมขอยื่นเลยครับ ด่วนด้วย", "ได้ครับ"),
        {"consent": "ได้ครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "เจ้าของบ้านไล่ออก ไม่มีที่นอน ไม่มีค่ารถครับ", "id_card": "มีครับ",
         "nationality": "ไทย", "current_province": "เกาะสมุยครับ", "home_province": "สกลฯ",
         "travellers": "คนเดียวครับ อายุ 58",
         "urgent": "ด่วนครับ โดนไล่ออกเมื่อวาน นอนชายหาดอยู่", "special_needs": "ไม่มีครับ",
         "name": "ชื่อทองครับ", "phone": "080-123-4567", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "สกลนคร", "travellers": 1,
                "urgent": True, "special": [], "name": "ทอง", "phone": "0801234567"}),
    # Whole story at once; gives name and phone together, then corrects the phone at
    # the summary; "ชลฯ" is Chon Buri; "พี่ต้อม" keeps its title.
    "corrects the phone at the summary": Persona(
        ("ยินยอมค่ะ", "พี่อยู่ชลฯค่ะ ตกงาน ไม่มีค่ารถกลับบ้านอำนาจเจริญ มีบัตรประชาชน "
                      "ยังพักห้องเพื่อนได้อยู่ ไปคนเดียวค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ", "hardship": "ตกงาน ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ", "current_province": "ชลฯ",
         "home_province": "อำนาจเจริญ", "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ พักห้องเพื่อนได้", "special_needs": "ไม่มีค่ะ",
         "name": "พี่ต้อมค่ะ", "phone": "0811112222",
         "confirm": ("เบอร์ผิดค่ะ ที่ถูกคือ 0811112233", "ถูกต้องแล้วค่ะ")},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อำนาจเจริญ", "travellers": 1,
                "urgent": False, "special": [], "name": "พี่ต้อม", "phone": "0811112233"}),
    # Voice typing wrote Lampang for Lamphun; she corrects the home province at the
    # summary; Talad Thai market is in Pathum Thani.
    "voice typing, corrects the home province": Persona(
        ("สวัสดีค่ะ ขอความช่วยเหลือค่ะ", "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินค่ารถกลับบ้านค่ะ ไม่มีรายได้", "id_card": "มีบัตรประชาชนค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "ตอนนี้อยู่ตลาดไทค่ะ",
         "home_province": "บ้านอยู่ลำปางค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ ยังนอนแผงที่ตลาดได้ เจ้าของแผงให้นอน",
         "special_needs": "ไม่มีใครต้องดูแลค่ะ", "name": "อรทัย บุญเรือง", "phone": "0957778899",
         "confirm": ("แก้นิดนึงค่ะ บ้านอยู่ลำพูน ไม่ใช่ลำปาง พิมพ์ด้วยเสียงมันผิด", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ลำพูน", "travellers": 1,
                "urgent": False, "special": [], "name": "อรทัย บุญเรือง", "phone": "0957778899"}),
    # Voice typing with no punctuation; family of four with an 8-year-old and a baby
    # of six months; Mahachai is Samut Sakhon; phone in Thai digits with spaces.
    "voice-typed family of four from Mahachai": Persona(
        ("สวัสดีค่ะตอนนี้อยู่มหาชัยค่ะโรงงานปิดไม่มีงานไม่มีเงินจะกลับบ้านที่นครพนมค่ะมีบัตรประชาชนค่ะ", "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีงานไม่มีรายได้ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "มหาชัยค่ะ", "home_province": "นครพนมค่ะ",
         "travellers": "สี่คนค่ะฉันสามีแล้วก็ลูกสองคนคนโตแปดขวบคนเล็กหกเดือน",
         "urgent": "ยังพอนอนที่ห้องได้ถึงสิ้นเดือนค่ะไม่ด่วน",
         "special_needs": "ลูกคนเล็กหกเดือนค่ะ", "travel_alone": "ไปด้วยกันทั้งหมดค่ะ",
         "name": "ปุ๊กค่ะ", "phone": "๐๙๓ ๔๕๖ ๗๘๙๐", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "นครพนม", "travellers": 4,
                "urgent": False, "special": ["child"], "name": "ปุ๊ก", "phone": "0934567890"}),
    # Refusal: Myanmar worker with a pink card; the regulation covers Thai nationals only.
    "Myanmar worker in Mahachai (refused)": Persona(
        ("ผมเป็นคนพม่าครับ ทำงานโรงงานที่มหาชัย โดนนายจ้างโกงค่าแรง ไม่มีเงิน อยากได้ค่ารถ", "ได้ครับ"),
        {"consent": "ได้ครับ", "idle": "ขอความช่วยเหลือครับ", "hardship": "ไม่มีเงิน ไม่มีค่ารถครับ",
         "id_card": "ไม่มีบัตรไทยครับ มีบัตรชมพู", "nationality": "พม่าครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "มหาชัย",
         "home_province": "บ้านอยู่ท่าขี้เหล็กครับ", "travellers": "คนเดียวครับ",
         "name": "อ่องครับ", "phone": "0821234987"},
        outcome="refused", expect={"eligible": False, "reason": "สัญชาติ"}),
    # Refusal, hard: has a card, but it is the card of a person without Thai
    # nationality (number starting with 0) and he says he has no nationality yet.
    "stateless man with a zero card (refused)": Persona(
        ("สวัสดีครับ อยู่เชียงใหม่ ไม่มีค่ารถกลับบ้านที่แม่ฮ่องสอนครับ", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีบัตรครับ แต่เป็นบัตรเลข 0 นำหน้า ยังไม่ได้สัญชาติไทย",
         "nationality": "ยังไม่มีสัญชาติครับ รอพิสูจน์สัญชาติอยู่",
         "nationality_letter": "ไม่มีครับ", "current_province": "เชียงใหม่",
         "home_province": "แม่ฮ่องสอน", "travellers": "คนเดียวครับ", "name": "จะหวะครับ",
         "phone": "0843216789"},
        outcome="refused", expect={"eligible": False, "reason": "สัญชาติ"}),
    # Refusal: Thai, card stolen and no certifying letter ("the village head forgot me").
    "no card and no letter (refused)": Persona(
        ("โดนล้วงกระเป๋าครับ บัตรหาย เงินหาย อยู่หัวหิน อยากกลับบ้านลพบุรี", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ", "hardship": "ไม่มีค่ารถครับ",
         "id_card": "บัตรหายครับ โดนขโมยไปกับกระเป๋า",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านก็ไม่รู้จักผมแล้ว ไม่ได้กลับไปนานมาก",
         "nationality": "ไทยครับ", "current_province": "หัวหิน", "home_province": "ลพบุรี",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ", "name": "วิชัยครับ",
         "phone": "0867894561"},
        outcome="refused", expect={"eligible": False, "reason": "หนังสือรับรอง"}),
    # Refusal: has a job, a room and the fare; just wants a free ticket.
    "no hardship, wants a free ticket (refused)": Persona(
        ("ขอค่ารถกลับบ้านได้มั้ยคะ ไม่ได้ลำบากอะไรนะคะ แต่ถ้าได้ฟรีก็ดี", "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ะ มีที่พัก มีงานทำ ค่ารถก็มี แค่อยากประหยัด", "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "กรุงเทพ", "home_province": "ยโสธร",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ", "name": "แพรวค่ะ",
         "phone": "0891237654"},
        outcome="refused", expect={"eligible": False}),
}
