"""Dialog personas, set "dev64" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: people just released from prison or on probation, and prisoners' families
(a wife with a toddler, an elderly mother, an uncle with a grandson, a whole family
whose car broke down) who came to visit a prison and got stranded, in the south and
the central region: Songkhla (Songkhla central prison, Hat Yai bus terminal, Na Thawi),
Nakhon Si Thammarat, Surat Thani (Chaiya, Don Sak pier), Phatthalung, Bangkok (Klong
Prem, Lat Yao, the central women's correctional institution, Mo Chit, Sai Tai Mai),
Nonthaburi (Bang Kwang, Nonthaburi pier) and Pathum Thani (Rangsit, Khlong Luang).
Homes in every region. Several write for someone else: a prison volunteer, a monk
(อาตมา/โยม), a sister, a grandson, a bus-terminal guard. Southern Thai words (ฉาน,
หม้าย/ม้าย, หลบบ้าน, จังหู, ไส, นิ), sound typos (สุหราด, บัด, คับ), Thai digits, a
correction ("๕ ขวบ เอ้ย ๔ ขวบ", "3 คน เอ้ย 4 คน"), a question back in the middle.
Needs: work, a new ID card (expired, broken, lost with a village-head letter),
probation reporting at home, legal advice, HIV and psychiatric medicine, disability
registration. Some refuse to say things ("ข้าม", no consent to record the case).

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

_JUST_ASKING = {"consent": "ยินยอม", "idle": "แค่อยากถามเฉยๆ ยังไม่ได้ขอไร",
                "hardship": "ไม่ได้จะขอเงิน ถามข้อมูลเฉยๆ"}

PERSONAS: dict[str, Persona] = {
    # released this morning from Songkhla central prison, southern Thai, expired card,
    # home Thung Song (Nakhon Si Thammarat); case, wants work and a new card
    "dev64 released at Songkhla prison, southern talk, expired card": Persona(
        ("ฉานพึ่งออกจากเรือนจำกลางสงขลาเมื่อเช้านิ หม้ายมีตังค์สักบาทจะหลบบ้านที่ทุ่งสง "
         "คืนนี้ไม่รู้นอนไส บัตรปชชหมดอายุตอนอยู่ข้างใน ช่วยได้ม้ายครับ",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "หม้ายมีตังค์ ข้าวยังหม้ายได้กินเลยครับ",
         "id_card": "มีครับแต่หมดอายุไปปีกว่าแล้ว", "nationality_letter": "หม้ายมีครับ",
         "current_province": "สงขลา อยู่แถวหน้าคุกนิแหละ", "home_province": "ทุ่งสง นครศรีฯ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ คืนนี้ได้นอนศาลาริมทางแน่ๆ",
         "special_needs": "หม้ายมีครับ", "more_care": "หม้ายมี",
         "travel_alone": "ไปคนเดียวได้", "needs": "อยากได้งานทำครับ แล้วก็ทำบัตรใหม่",
         "sensitive_consent": "ได้ครับ", "name": "อนุชา แก้วมณี",
         "phone": "081-554-7219", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement"], "no_referrals": HEALTH,
                "name": "อนุชา แก้วมณี", "phone": "0815547219",
                "id_card_state": "expired"}),

    # wife who visited her husband at Klong Prem with a 2-year-old, wallet lost at
    # Mo Chit, home Phun Phin (Surat Thani); three short messages first; case
    "dev64 wife visiting Klong Prem with toddler, wallet lost at Mo Chit": Persona(
        ("สวัสดีค่ะ", "มาเยี่ยมแฟนที่คลองเปรมค่ะ กระเป๋าตังหายที่หมอชิต",
         "มีลูกมาด้วย ๒ ขวบ ไม่รู้จะทำไงดี"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ ไม่มีเงินเลย",
         "hardship": "เงินหายหมดค่ะ ค่ารถก็ไม่มี เหลือแต่บัตร",
         "id_card": "มีค่ะ บัตรไม่ได้อยู่ในกระเป๋าตัง โชคดี", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ตอนนี้นั่งอยู่หมอชิตค่ะ กทม", "home_province": "สุราษฎร์ อ.พุนพินค่ะ",
         "travellers": "สองคนค่ะ หนูกับลูก",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน ลูกก็ร้องหิว", "special_needs": "ลูกสองขวบค่ะ",
         "more_care": "ไม่มีแล้วค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ ขอแค่ได้กลับบ้าน", "sensitive_consent": "ได้ค่ะ",
         "name": "สุนิสา", "phone": "๐๙๓๒๒๘๔๗๕๖", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุราษฎร์ธานี",
                "travellers": 2, "urgent": True, "special": ["child"],
                "name": "สุนิสา", "phone": "0932284756"}),

    # a monk near Bang Kwang writes for a 66-year-old released man sleeping at the
    # temple, broken card, home Phatthalung; case, not urgent
    "dev64 monk writes for released elder at Nonthaburi temple": Persona(
        ("เจริญพร อาตมาเป็นพระอยู่วัดแถวบางขวาง นนทบุรี มีโยมผู้ชายเพิ่งพ้นโทษจากเรือนจำ"
         "บางขวางมาอาศัยนอนศาลาวัดได้ ๓ คืนแล้ว อายุ ๖๖ ไม่มีปัจจัยค่ารถกลับบ้านที่พัทลุง "
         "อาตมาพิมพ์แทนให้นะ",),
        {"consent": "โยมเขายินยอม อาตมาถามให้แล้ว", "idle": "ขอค่ารถให้โยมกลับพัทลุง",
         "hardship": "ไม่มีเงิน ไม่มีรายได้ ญาติแถวนี้ก็ไม่มี",
         "id_card": "มีแต่บัตรหักเป็นสองท่อน ตัวเลขยังอ่านออกอยู่",
         "nationality_letter": "ไม่มี", "current_province": "นนทบุรี",
         "home_province": "พัทลุง อำเภอควนขนุน", "travellers": "โยมคนเดียว",
         "urgent": "ไม่ถึงกับด่วน นอนที่วัดได้ แต่จะให้อยู่นานก็ไม่ได้",
         "special_needs": "อายุ ๖๖ แล้ว เดินเหินได้ปกติ", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ ขึ้นรถทัวร์เป็น",
         "needs": "บัตรหักอยากทำใหม่ แล้วโยมบอกไม่เคยได้เบี้ยคนแก่เลย",
         "sensitive_consent": "ยินยอม", "name": "โยมชื่อ เจริญ ทองขาว",
         "phone": "เบอร์อาตมา 092-617-4480", "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "พัทลุง", "travellers": 1,
                "urgent": False, "special": ["elderly"],
                "referrals": ["elderly_allowance", "id_card"], "no_referrals": HEALTH,
                "name": "เจริญ ทองขาว", "phone": "0926174480",
                "id_card_state": "damaged"}),

    # probationer laid off at Nava Nakorn, Rangsit, must report at home in Kalasin;
    # one thing per message; case, not urgent
    "dev64 probationer at Rangsit must report in Kalasin, one part": Persona(
        ("ผมโดนคุมประพฤติอยู่ครับ", "ตอนนี้โดนให้ออกจากงานที่โรงงานนวนคร"),
        {"consent": "ยินยอม", "idle": "อยากกลับไปรายงานตัวที่บ้าน ไม่มีค่ารถ",
         "hardship": "ไม่มีรายได้แล้วครับ เงินเดือนสุดท้ายก็ใช้หมด", "id_card": "มีครับ",
         "nationality_letter": "ไม่มี", "current_province": "รังสิตครับ",
         "home_province": "กาฬสินธุ์", "travellers": "1",
         "urgent": "ยังไม่ด่วนครับ ยังนอนห้องเพื่อนได้อีกอาทิตย์", "special_needs": "ไม่มี",
         "more_care": "ไม่มี", "travel_alone": "ได้",
         "needs": "ต้องไปรายงานตัวคุมประพฤติที่กาฬสินธุ์ แล้วก็อยากหางานใหม่",
         "sensitive_consent": "ได้ครับ", "name": "ธนากร", "phone": "0869031152",
         "confirm": "ถูก"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": [],
                "referrals": ["job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "ธนากร", "phone": "0869031152"},
        one_part=True),

    # grandmother from Krabi who visited her son at the Nakhon prison, missed the
    # last bus, diabetic with no medicine, writes of herself as ยาย; one part; case
    "dev64 grandmother missed last bus after prison visit, diabetic": Persona(
        ("ยายมาเยี่ยมลูกที่คุกนคร ตกรถเที่ยวสุดท้าย",),
        {"consent": "ยายยินยอมจ้า", "idle": "ยายอยากหลบบ้านกระบี่ ตังค์หมดแล้ว",
         "hardship": "ตังค์ยายหมดแล้ว ซื้อของฝากลูกไปหมด", "id_card": "ยายมีบัตร",
         "nationality_letter": "หม้ายมี", "current_province": "ยายนั่งอยู่ บขส.นคร",
         "home_province": "กระบี่ อ่าวลึก", "travellers": "ยายคนเดียว",
         "urgent": "ด่วนลูก ยายต้องนอนม้านั่งที่ท่ารถ",
         "special_needs": "ยายอายุ ๗๑ เป็นเบาหวาน ยาหมดแล้ว", "more_care": "หม้ายมีแล้ว",
         "travel_alone": "ยายไปเองได้ ขึ้นรถตู้เป็น", "needs": "ยาเบาหวานยายหมด",
         "sensitive_consent": "ได้", "name": "ยายเอียด", "phone": "๐๘๗๔๕๐๖๖๑๓",
         "confirm": "ถูกแล้วลูก"},
        expect={"eligible": True, "current": "นครศรีธรรมราช", "home": "กระบี่",
                "travellers": 1, "urgent": True, "special": ["elderly", "sick"],
                "referrals": ["medical_services"], "name": "เอียด",
                "phone": "0874506613"},
        one_part=True),

    # prison volunteer writes for a woman released today from the Songkhla women's
    # correctional institution, 7 months pregnant, home Lampang; case
    "dev64 prison volunteer for pregnant woman released in Songkhla": Persona(
        ("สวัสดีค่ะ ดิฉันเป็นอาสาสมัครเรือนจำ ติดต่อแทนผู้หญิงที่เพิ่งพ้นโทษจากทัณฑสถานหญิง"
         "สงขลาวันนี้ค่ะ",
         "น้องเขาท้อง ๗ เดือน ไม่มีเงินค่ารถกลับบ้านที่ลำปาง ญาติก็ไม่รับสาย"),
        {"consent": "น้องเขายินยอมค่ะ", "idle": "ขอค่าเดินทางกลับบ้านให้น้องเขาค่ะ",
         "hardship": "ไม่มีเงิน ไม่มีที่พักค่ะ", "id_card": "มีบัตรค่ะ ยังไม่หมดอายุ",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "สงขลาค่ะ",
         "home_province": "ลำปาง อ.เกาะคา", "travellers": "น้องเขาคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน",
         "special_needs": "ตั้งท้อง ๗ เดือนค่ะ ยังไม่เคยฝากครรภ์เลย",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ แต่ขอที่นั่งดีๆหน่อย",
         "needs": "อยากให้น้องได้ฝากครรภ์ค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "ชื่อ กาญจนา ค่ะ", "phone": "ใช้เบอร์ดิฉันนะคะ 0817730945",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "ลำปาง", "travellers": 1,
                "urgent": True, "special": ["pregnant"],
                "referrals": ["medical_services"], "name": "กาญจนา",
                "phone": "0817730945"}),

    # released from Surat Thani central prison, card lost but has a village head's
    # letter, sound typos, home Nakhon Phanom; case, wants card and work
    "dev64 released in Surat Thani, lost card, village head letter": Persona(
        ("พึงออกจากคุกสุหราด บัดปะชาชนหาย มีใบรับรองผู้ใหย่บ้านที่บ้านส่งมาให้",),
        {"consent": "ยินยอม", "idle": "อยากกับบ้านนครพนมคับ",
         "hardship": "ไม่มีตังเลยคับ นอนตลาดสดมา2คืน", "id_card": "บัดหายคับ",
         "nationality_letter": "มีคับ ผู้ใหย่บ้านเซ็นรับรองให้ แม่ถ่ายส่งไลน์มา",
         "current_province": "สุหราดคับ", "home_province": "นครพนม อ.ธาตุพนม",
         "travellers": "คนเดียวคับ", "urgent": "ด่วนคับ", "special_needs": "ไม่มีคับ",
         "more_care": "ไม่มี", "travel_alone": "ไปได้",
         "needs": "อยากทำบัดใหม่ แล้วก็หางานทำคับ", "sensitive_consent": "ได้คับ",
         "name": "สุริยา", "phone": "0628815540", "confirm": "ถูกคับ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["id_card", "job_placement"], "no_referrals": HEALTH,
                "name": "สุริยา", "phone": "0628815540"}),

    # uncle from Sungai Kolok visited his son at Bang Kwang with a grandson, pickpocketed
    # at Nonthaburi pier, southern words, corrects the child's age; case
    "dev64 uncle and grandson pickpocketed at Nonthaburi pier": Persona(
        ("ลุงมาเยี่ยมลูกที่บางขวาง โดนล้วงกระเป๋าตอนลงเรือท่าน้ำนนท์ ตังค์หายเกลี้ยง",
         "พาหลานมาด้วย ๕ ขวบ เอ้ย ๔ ขวบ"),
        {"consent": "ยินยอม", "idle": "อยากหลบบ้านที่โก-ลก",
         "hardship": "ตังค์หายหมด ค่ารถหลบบ้านก็หม้ายมี",
         "id_card": "บัตรลุงยังอยู่ อยู่ในกระเป๋าเสื้อ", "nationality_letter": "หม้ายมี",
         "current_province": "ท่าน้ำนนท์", "home_province": "นราธิวาส สุไหงโก-ลก",
         "travellers": "๒ คน ลุงกับหลาน",
         "urgent": "ด่วนแหละ หลานหิวข้าวจังหู คืนนี้หม้ายรู้นอนไส",
         "special_needs": "หลาน ๔ ขวบ", "more_care": "หม้ายมีแล้ว",
         "travel_alone": "ลุงพาหลานไปเองได้", "needs": "หม้ายมี", "sensitive_consent": "ได้",
         "name": "ลุงชื่อ อับดุลเลาะ สะมะแอ", "phone": "089 766 2031", "confirm": "ถูกแล้ว"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "นราธิวาส",
                "travellers": 2, "urgent": True, "special": ["child"],
                "name": "อับดุลเลาะ สะมะแอ", "phone": "0897662031"}),

    # sister at home in Chumphon writes for her brother with a psychiatric illness,
    # released from Pathum Thani central prison, wandering at Future Rangsit; case
    "dev64 sister for psychiatric brother released in Pathum Thani": Persona(
        ("ขอความช่วยเหลือด่วนค่ะ น้องชายพ้นโทษจากเรือนจำกลางปทุมธานีเมื่อวาน ตอนนี้เดินเร่ร่อน"
         "แถวฟิวเจอร์รังสิต เขาป่วยจิตเวช ยาหมด",
         "หนูอยู่ชุมพร ไปรับไม่ได้ ไม่มีเงิน"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากให้น้องได้กลับบ้านที่ชุมพรค่ะ",
         "hardship": "เขาไม่มีเงินสักบาท ไม่มีที่นอน",
         "id_card": "น้องมีบัตรค่ะ เรือนจำคืนให้แล้ว", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ปทุมธานี แถวฟิวเจอร์รังสิต", "home_province": "ชุมพร อ.หลังสวน",
         "travellers": "น้องคนเดียวค่ะ",
         "urgent": "ด่วนมากค่ะ นอนข้างถนน กลัวเขาเป็นอันตราย",
         "special_needs": "ป่วยจิตเวชค่ะ ต้องกินยาต่อเนื่อง", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปคนเดียวไม่ได้ค่ะ เดี๋ยวหลง ต้องมีคนพาไป",
         "needs": "อยากให้ได้ยาจิตเวชต่อค่ะ", "sensitive_consent": "ยินยอมค่ะ บันทึกได้",
         "name": "น้องชื่อ วีระพงษ์ ค่ะ", "phone": "เบอร์หนูนะคะ 095-118-3372",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ชุมพร",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "sick"],
                "referrals": ["mental_health_care", "travel_escort"],
                "name": "วีระพงษ์", "phone": "0951183372"}),

    # man out of Lat Yao two days, sleeping at Mo Chit, skips the care question, then
    # says he has HIV when asked about other needs; one part; case
    "dev64 released from Lat Yao, skips question, HIV medicine, one part": Persona(
        ("ออกจากลาดยาวมาได้ ๒ วัน", "นอนหมอชิต"),
        {"consent": "โอเค ยินยอม", "idle": "ขอค่ารถกลับเชียงราย",
         "hardship": "ไม่มีตังค์ครับ", "id_card": "มี", "nationality_letter": "ไม่มี",
         "current_province": "กทม", "home_province": "เชียงราย แม่สาย",
         "travellers": "คนเดียว", "urgent": "ด่วน", "special_needs": "ข้าม",
         "more_care": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "มีเชื้อ HIV ครับ ยาใกล้หมดแล้ว", "sensitive_consent": "ยินยอม",
         "name": "เก่ง", "phone": "0916402287", "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["hiv_aid"], "name": "เก่ง", "phone": "0916402287"},
        one_part=True),

    # wife from Udon visited her husband at Phatthalung prison, 1-year-old with her
    # and 4 months pregnant, a nun lets her sleep at the temple; case, not urgent
    "dev64 pregnant wife with baby after Phatthalung prison visit": Persona(
        ("ค่ะ", "ขอถามหน่อยค่ะ", "มาเยี่ยมผัวที่คุกพัทลุง เงินหมดแล้ว กลับอุดรไม่ได้"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ", "id_card": "มีค่ะ", "nationality_letter": "ไม่มี",
         "current_province": "พัทลุงค่ะ", "home_province": "อุดรธานี บ้านดุง",
         "travellers": "2 คนค่ะ เราแม่ลูก ลูกขวบนึง",
         "urgent": "ไม่ด่วนมากค่ะ คืนนี้แม่ชีที่วัดให้นอนได้",
         "special_needs": "ลูก 1 ขวบ แล้วหนูท้อง 4 เดือนค่ะ", "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปได้ค่ะ", "needs": "ไม่มีค่ะ", "sensitive_consent": "ค่ะ ได้",
         "name": "พิมพ์ชนก", "phone": "0973345618", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "พัทลุง", "home": "อุดรธานี",
                "travellers": 2, "urgent": False, "special": ["child", "pregnant"],
                "name": "พิมพ์ชนก", "phone": "0973345618"}),

    # amputee released from Nakhon Si Thammarat central prison, home Takua Pa (Phang
    # Nga), never registered as disabled; case
    "dev64 amputee released in Nakhon, wants disability allowance": Persona(
        ("ผมพิการขาขวาขาดครับ ใช้ไม้ค้ำ พึ่งพ้นโทษจากเรือนจำกลางนคร ไม่มีตังค์หลบพังงา",),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถหลบบ้านครับ",
         "hardship": "ไม่มีตังค์ครับ ข้าวก็ยังไม่ได้กิน", "id_card": "มีครับ",
         "nationality_letter": "ไม่มี", "current_province": "นครศรีธรรมราช",
         "home_province": "พังงา ตะกั่วป่า", "travellers": "คนเดียว",
         "urgent": "ด่วนครับ ไม่มีที่นอน", "special_needs": "ขาขาดข้างนึง ใช้ไม้ค้ำ",
         "more_care": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ ขึ้นรถช้าหน่อย",
         "needs": "ยังไม่เคยขึ้นทะเบียนคนพิการเลยครับ อยากได้เบี้ย",
         "sensitive_consent": "ได้ครับ", "name": "สมศักดิ์", "phone": "0845519027",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "นครศรีธรรมราช", "home": "พังงา",
                "travellers": 1, "urgent": True, "special": ["disabled"],
                "referrals": ["disability_allowance"], "name": "สมศักดิ์",
                "phone": "0845519027"}),

    # grandson in Yala writes for his 78-year-old forgetful grandfather, lost in
    # Bangkok after visiting Klong Prem, at Sai Tai Mai terminal; case, needs escort
    "dev64 grandson for lost grandfather at Sai Tai Mai": Persona(
        ("ช่วยตาผมด้วยครับ ตามาเยี่ยมน้าที่คุกคลองเปรม แล้วหลงทางอยู่ กทม "
         "ตอนนี้ยามที่สายใต้ใหม่โทรมาบอก",
         "ตาแก่แล้ว หลงๆลืมๆ ผมอยู่ยะลาไปรับไม่ได้"),
        {"consent": "ยินยอมครับ", "idle": "อยากให้ตาได้กลับยะลาครับ",
         "hardship": "ตาไม่มีเงินเหลือครับ ค่ารถก็ไม่มี",
         "id_card": "ตามีบัตรครับ ยามเห็นแล้ว", "nationality_letter": "ไม่มีครับ",
         "current_province": "สถานีขนส่งสายใต้ใหม่ครับ", "home_province": "ยะลา อ.รามัน",
         "travellers": "ตาคนเดียวครับ", "urgent": "ด่วนครับ ตานั่งอยู่ท่ารถทั้งวันแล้ว",
         "special_needs": "ตาอายุ ๗๘ ความจำไม่ค่อยดีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองไม่ได้ครับ ต้องมีคนพาไป", "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ", "name": "ตาชื่อ อาแซ เจ๊ะมะ ครับ",
         "phone": "ผมเบอร์ 0833906724 ครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ยะลา",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "elderly"],
                "referrals": ["travel_escort"], "name": "อาแซ เจ๊ะมะ",
                "phone": "0833906724"}),

    # woman released from the central women's correctional institution in Chatuchak,
    # home Chanthaburi, wants legal advice and work; one part; case
    "dev64 woman released in Bangkok wants legal advice, one part": Persona(
        ("พ้นโทษออกมาจากทัณฑสถานหญิงกลางค่ะ",),
        {"consent": "ยินยอม", "idle": "อยากกลับจันท์ค่ะ",
         "hardship": "ไม่มีเงินค่ะ ไม่มีที่ไป", "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "กรุงเทพค่ะ แถวจตุจักร",
         "home_province": "จันทบุรี", "travellers": "คนเดียว", "urgent": "ด่วนค่ะ",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มี", "travel_alone": "ได้ค่ะ",
         "needs": "อยากปรึกษากฎหมายเรื่องแฟนเก่าเอาโฉนดไปจำนองค่ะ แล้วก็อยากหางานทำ",
         "sensitive_consent": "ยินยอมค่ะ", "name": "รัชนี", "phone": "0614478230",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "จันทบุรี",
                "travellers": 1, "urgent": True, "special": [],
                "referrals": ["job_placement", "justice_centre"], "no_referrals": HEALTH,
                "name": "รัชนี", "phone": "0614478230"},
        one_part=True),

    # released from Chaiya prison, at Don Sak pier, Thai digits, skips questions and
    # will not let the case be recorded; home Sakon Nakhon; case
    "dev64 released from Chaiya, says skip, no sensitive consent": Persona(
        ("ออกจากคุกไชยาครับ", "ตอนนี้อยู่ท่าเรือดอนสัก ไม่มีตังค์"),
        {"consent": "ยินยอม", "idle": "กลับบ้านสกลฯ",
         "hardship": "ไม่มีตังค์ ไม่มีงาน ไม่มีที่นอน", "id_card": "มีบัตร",
         "nationality_letter": "ไม่มี", "current_province": "สุราษฎร์",
         "home_province": "สกลนคร", "travellers": "๑", "urgent": "ด่วน",
         "special_needs": "ไม่มี", "more_care": "ข้าม", "travel_alone": "ได้",
         "needs": "ข้าม", "sensitive_consent": "ไม่ยินยอม ไม่อยากให้จดเรื่องคดี",
         "name": "ต้น", "phone": "๐๘๐๖๗๒๕๕๑๙", "confirm": "ถูก"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "special": [], "no_referrals": HEALTH,
                "name": "ต้น", "phone": "0806725519"}),

    # family from Lom Sak visited their son at Pathum Thani central prison, car broke
    # down at Khlong Luang, asks a question back, corrects the head count; case
    "dev64 family car broke down after Pathum Thani prison visit": Persona(
        ("พวกเรามาเยี่ยมลูกชายที่เรือนจำกลางปทุมธานี รถเสียอยู่ปั๊มแถวคลองหลวง ค่าซ่อมแพง "
         "เงินไม่พอแม้แต่ค่ารถทัวร์กลับเพชรบูรณ์",),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "เงินหมดค่ะ จ่ายค่าลากรถไปแล้ว",
         "id_card": "มีค่ะ ของยายก็มี ลูกคนเล็กต้องมีบัตรด้วยไหมคะ",
         "nationality_letter": "ไม่มีค่ะ", "current_province": "ปทุมธานี คลองหลวง",
         "home_province": "เพชรบูรณ์ หล่มสัก",
         "travellers": "3 คนค่ะ เอ้ย 4 คน ลืมนับยาย",
         "urgent": "ด่วนค่ะ คืนนี้ต้องนอนในรถที่ปั๊ม",
         "special_needs": "ยายอายุ ๗๔ เดินช้าค่ะ",
         "more_care": "ลูกคนเล็ก ๑๔ แล้ว ไม่ต้องดูแลอะไร",
         "travel_alone": "ไปกันเองได้ค่ะ", "needs": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "วันเพ็ญ", "phone": "089-881-2476", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "เพชรบูรณ์",
                "travellers": 4, "urgent": True, "special": ["elderly"],
                "name": "วันเพ็ญ", "phone": "0898812476"}),

    # guard at Hat Yai bus terminal writes for a young man released from Na Thawi
    # prison, must report to probation in Nan; case
    "dev64 guard at Hat Yai terminal for young man, probation in Nan": Persona(
        ("ผมเป็นยามอยู่ บขส.หาดใหญ่ครับ มีน้องผู้ชายคนนึงเพิ่งออกจากเรือนจำนาทวี มานั่งอยู่"
         "ท่ารถตั้งแต่เช้า ไม่มีเงินกลับบ้านที่น่าน ผมพิมพ์แทนให้ครับ",),
        {"consent": "น้องเขาบอกยินยอมครับ", "idle": "ขอค่ารถให้น้องกลับน่านครับ",
         "hardship": "ไม่มีตังค์เลยครับ ผมซื้อข้าวให้กินไปมื้อนึง", "id_card": "มีบัตรครับ",
         "nationality_letter": "ไม่มีครับ", "current_province": "หาดใหญ่ สงขลา",
         "home_province": "น่าน อ.ปัว", "travellers": "น้องคนเดียวครับ",
         "urgent": "ด่วนครับ ท่ารถปิดสี่ทุ่ม น้องไม่มีที่นอน",
         "special_needs": "ไม่มีครับ แข็งแรงดี", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "น้องต้องไปรายงานตัวคุมประพฤติที่น่านภายใน ๗ วัน แล้วก็อยากหางานทำครับ",
         "sensitive_consent": "ได้ครับ", "name": "น้องชื่อ ณัฐวุฒิ ครับ",
         "phone": "ใช้เบอร์ผมได้ 0876653014", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "สงขลา", "home": "น่าน", "travellers": 1,
                "urgent": True, "special": [],
                "referrals": ["job_placement", "probation_support"],
                "no_referrals": HEALTH, "name": "ณัฐวุฒิ", "phone": "0876653014"}),

    # --- refused ---

    # Myanmar man with a pink card released from Songkhla prison, wants to go to
    # Ranong; refused (nationality)
    "dev64 Myanmar man released in Songkhla, pink card": Persona(
        ("ผมคนพม่า ออกจากคุกสงขลา อยากไประนอง ไม่มีเงิน",),
        {"consent": "ยินยอม", "idle": "ช่วยค่ารถไประนอง",
         "hardship": "ไม่มีเงิน ไม่มีที่นอน",
         "id_card": "ไม่มีบัตรไทย มีบัตรชมพูหมดอายุ ผมพม่า",
         "nationality_letter": "ไม่มี ผมไม่ใช่คนไทย", "current_province": "สงขลา",
         "home_province": "ระนอง อยู่กับพี่ชาย", "travellers": "คนเดียว", "urgent": "ด่วน",
         "name": "โซ วิน", "phone": "0952230417"},
        outcome="refused", expect={"eligible": False, "reason": "สัญชาติ"}),

    # out of Bang Kwang after 12 years, no card and the old village head has died,
    # skips his name; refused (no card, no letter)
    "dev64 released from Bang Kwang, no card, no letter": Persona(
        ("พ้นโทษบางขวางครับ ติดมา ๑๒ ปี", "บัตรอะไรก็ไม่มีแล้ว"),
        {"consent": "ยินยอม", "idle": "อยากกลับร้อยเอ็ด",
         "hardship": "ไม่มีตังค์ ไม่มีที่นอน", "id_card": "ไม่มีครับ หายไปนานแล้ว",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านคนเก่าตายไปแล้ว ไม่รู้จะไปขอใคร",
         "current_province": "นนทบุรี", "home_province": "ร้อยเอ็ด",
         "travellers": "คนเดียว", "urgent": "ด่วน", "name": "ข้าม",
         "phone": "ไม่มีโทรศัพท์ ยืมเขาพิมพ์"},
        outcome="refused", expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # mother from Hat Yai visited her son at the prison in Songkhla town: home is in
    # the same province; refused (home province)
    "dev64 Hat Yai mother stuck in Songkhla town, same province": Persona(
        ("มาเยี่ยมลูกที่เรือนจำสงขลา ตังค์หมด หลบหาดใหญ่ม้ายได้ ช่วยพี่ได้ม้าย",),
        {"consent": "ยินยอม", "idle": "ขอค่ารถหลบหาดใหญ่",
         "hardship": "ตังค์หมดแล้ว ค่ารถตู้ก็หม้ายพอ", "id_card": "มี",
         "nationality_letter": "หม้ายมี", "current_province": "สงขลา ในเมือง หน้าเรือนจำ",
         "home_province": "หาดใหญ่ บ้านพรุ", "travellers": "คนเดียว",
         "urgent": "ค่ำแล้วนิ", "name": "จิราพร", "phone": "0812096634"},
        outcome="refused", expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # --- answered ---

    # prisoner's wife asks where to get free legal advice; answered (justice centre)
    "dev64 prisoner's wife asks for free legal advice": Persona(
        ("ผัวติดคดีอยู่ค่ะ อยากปรึกษากฎหมาย ไม่มีตังจ้างทนาย ไปปรึกษาที่ไหนได้ฟรีบ้างคะ",),
        dict(_JUST_ASKING),
        outcome="answered", answered="ศูนย์ยุติธรรม"),

    # released 63-year-old asks how much he can borrow to sell coffee; answered
    "dev64 elderly released man asks about career loan": Persona(
        ("ลุงอายุ ๖๓ พ้นโทษมาแล้ว อยากกู้ทุนไปขายกาแฟ รัฐให้กู้ได้เท่าไหร่ ต้องเสียดอกไหม",),
        dict(_JUST_ASKING),
        outcome="answered", answered="30,000"),

    # probationer asks where someone with a record can find a job; answered
    "dev64 probationer asks where to find a job": Persona(
        ("คนโดนคุมประพฤติ", "ไปสมัครงานที่ไหนได้บ้าง ที่ไหนเขารับคนมีคดี"),
        dict(_JUST_ASKING),
        outcome="answered", answered="จัดหางาน"),
}
