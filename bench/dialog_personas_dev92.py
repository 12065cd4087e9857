"""dev92: Blind dialog personas for the Namjai benchmark.

Date: 2026-12-07
Written from the seeds only.
Focus: messy chat: many short messages before consenting, corrections mid-way
("เอ้ย ไม่ใช่ ... ค่ะ"), Thai digits, Latin-letter Thai, stickers, no spaces, people
who ask a question in the middle, people with disabilities or young children,
teenagers.
Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Woman, 34, stranded in Pattaya (Chon Buri) -> Roi Et; stickers and several short
    # messages before consenting, corrects her province; 1 person, urgent. case.
    "dev92 sticker woman, short bursts, corrects province": Persona(
        ("[sticker]", "สวัสดีค่ะ", "มีคนอยู่มั้ยคะ", "[sticker]", "คือว่า", "ยินยอมค่ะ",
         "ตอนนี้อยู่ระยองค่ะ เอ้ย ไม่ใช่ค่ะ พัทยา ชลบุรี ตังหมดแล้วอยากกลับบ้านที่ร้อยเอ็ด"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ เงินหมดเลย ร้านที่ทำปิดไปแล้ว",
         "id_card": "มีบัตรค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "พัทยาค่ะ ชลบุรี", "home_province": "ร้อยเอ็ดค่ะ อ.เสลภูมิ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ นั่งอยู่ท่ารถ [sticker]",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "name": "จันทร์เพ็ญค่ะ", "phone": "086-441-9027",
         "needs": "ไม่มีค่ะ ขอแค่กลับบ้าน", "confirm": "ใช่ค่ะ [sticker]"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": [], "name": "จันทร์เพ็ญ",
                "phone": "0864419027", "no_referrals": HEALTH}),

    # Grandmother, 52, in Saraburi taking her 4-year-old grandson home to Sakon Nakhon;
    # writes every number in Thai digits; 2 people, has a room for now. case.
    "dev92 grandmother with grandson, Thai digits": Persona(
        ("สวัสดีค่ะ", "ป้าอยู่สระบุรีค่ะ ต้องพาหลานกลับบ้านที่สกลนคร",
         "พ่อแม่มันไปทำงานแล้วติดต่อไม่ได้ ป้าตกงาน ไม่มีเงินค่ารถค่ะ ป้าอายุ ๕๒ แล้ว"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีรายได้มา ๒ เดือนแล้ว",
         "id_card": "ป้ามีบัตรค่ะ หลานมีสูติบัตร", "nationality": "ไทยค่ะ",
         "current_province": "สระบุรีค่ะ", "home_province": "สกลนครค่ะ",
         "travellers": "๒ คนค่ะ ป้ากับหลาน หลานอายุ ๔ ขวบ",
         "special_needs": "หลานยังเล็กค่ะ ๔ ขวบ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปได้ค่ะ ป้าพาไปเอง",
         "urgent": "ยังมีห้องเช่าอยู่ค่ะ ถึงวันที่ ๑๕",
         "name": "บุญเรือนค่ะ", "phone": "๐๙๘-๗๗๒-๑๓๔๐",
         "needs": "ไม่มีค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สระบุรี", "home": "สกลนคร", "travellers": 2,
                "urgent": False, "special": ["child"], "name": "บุญเรือน",
                "phone": "0987721340", "no_referrals": HEALTH}),

    # Boy, 17, factory job lost in Rayong -> Nakhon Ratchasima; writes Latin-letter Thai,
    # switches keyboard at his name; 1 person, no bed tonight, wants work. case.
    "dev92 teen boy, Latin-letter Thai": Persona(
        ("sawasdee krub", "pom tham ngan rong ngan tee rayong krub tae nai jang lai org laew",
         "mai mee tang glub ban korat krub"),
        {"consent": "ok ยินยอมครับ", "idle": "kor kwam chuay lue krub",
         "hardship": "mai mee tang loey krub nai jang mai jai ngern duen",
         "id_card": "mee krub bat pracha chon", "nationality": "thai krub",
         "current_province": "rayong krub", "home_province": "korat krub",
         "travellers": "kon diew krub",
         "urgent": "kuen nee mai mee tee non krub hor lai org laew",
         "special_needs": "mai mee krub pom ayu 17", "more_care": "mai mee krub",
         "travel_alone": "pai eng dai krub",
         "name": "bank krub... เอ้ย แบงค์ครับ คีย์บอร์ดมันเปลี่ยน", "phone": "0951837264",
         "needs": "yak dai ngan tee korat krub อยากได้งานครับ", "confirm": "chai krub"},
        expect={"eligible": True, "current": "ระยอง", "home": "นครราชสีมา", "travellers": 1,
                "urgent": True, "name": "แบงค์", "phone": "0951837264",
                "referrals": ["job_placement"], "no_referrals": HEALTH}),

    # Man released from prison yesterday in Nakhon Pathom -> Lampang; types with no
    # spaces, ID card lost, village head can certify him; 1 person, urgent. case.
    "dev92 released prisoner, no spaces, lost ID": Persona(
        ("สวัสดีครับ",
         "ผมพึ่งพ้นโทษออกมาเมื่อวานครับอยู่นครปฐมบ้านอยู่ลำปางไม่มีตังค่ารถกลับบัตรปชชก็หายตั้งแต่ก่อนติด",
         "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับบันทึกได้",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีตังเลยครับเหลือแค่ร้อยกว่าบาท",
         "id_card": "บัตรหายครับยังไม่ได้ทำใหม่",
         "nationality_letter": "ให้ผู้ใหญ่บ้านที่บ้านออกหนังสือรับรองให้ได้ครับโทรคุยแล้ว",
         "nationality": "ไทยครับ",
         "current_province": "นครปฐมครับ", "home_province": "ลำปางครับ",
         "travellers": "คนเดียวครับ",
         "urgent": "เมื่อคืนนอนศาลาวัดคืนนี้ไม่มีที่นอนครับ",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "name": "ธนพลครับ", "phone": "0637158842",
         "needs": "อยากทำบัตรใหม่แล้วก็อยากได้งานครับใครจะรับคนเคยติดคุกวะ",
         "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "นครปฐม", "home": "ลำปาง", "travellers": 1,
                "urgent": True, "special": [], "name": "ธนพล", "phone": "0637158842",
                "referrals": ["id_card", "job_placement"], "no_referrals": HEALTH}),

    # Mother thrown out by her partner in Bang Kapi (Bangkok) with kids aged 2 and 5
    # -> Udon Thani; asks about fees and the children's fares mid-way; 3 people, urgent. case.
    "dev92 mother of two, questions in the middle": Persona(
        ("ขอความช่วยเหลือค่ะ", "แฟนไล่ออกจากห้องค่ะ", "มีลูก2คน", "ต้องเสียตังไหมคะ",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีตังเลยค่ะ ไม่มีที่อยู่ด้วย",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "บางกะปิค่ะ กทม", "home_province": "อุดรค่ะ บ้านแม่",
         "travellers": "3คนค่ะ หนูกับลูก2คน แล้วค่ารถลูกได้ด้วยไหมคะ",
         "special_needs": "ลูกคนเล็ก2ขวบ คนโต5ขวบค่ะ", "more_care": "ไม่มีค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนเลยค่ะ นั่งอยู่หน้าเซเว่น",
         "travel_alone": "ไปได้ค่ะ",
         "name": "ศิริพรค่ะ", "phone": "089 226 5130",
         "needs": "ไม่มีค่ะ ขอกลับบ้านก่อน ได้เงินเมื่อไหร่คะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุดรธานี",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "ศิริพร",
                "phone": "0892265130", "no_referrals": HEALTH}),

    # Man who lost a leg in a factory accident, wheelchair, in Chachoengsao -> Surin;
    # cannot board a bus alone, wants disability registration and a prosthesis; 1. case.
    "dev92 wheelchair user after factory accident": Persona(
        ("สวัสดีครับ ผมขอสอบถามครับ",
         "ผมโดนเครื่องจักรที่โรงงานทับขา ตัดขาไปข้างนึงเมื่อ3เดือนก่อนครับ ตอนนี้นั่งรถเข็น",
         "อยู่ฉะเชิงเทรา อยากกลับไปอยู่กับแม่ที่สุรินทร์ แต่ไม่มีเงินค่ารถ",
         "ขึ้นรถทัวร์เองไม่ได้ครับ"),
        {"consent": "ยินยอมครับ", "sensitive_consent": "ได้ครับ",
         "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีรายได้แล้วครับ ไม่มีค่ารถ",
         "id_card": "มีครับ", "nationality": "ไทยครับ",
         "current_province": "ฉะเชิงเทราครับ", "home_province": "สุรินทร์ครับ",
         "travellers": "ผมคนเดียวครับ",
         "special_needs": "นั่งรถเข็นครับ ขาขาดข้างนึง",
         "more_care": "ต้องมีคนช่วยยกขึ้นรถครับ",
         "travel_alone": "ไปเองไม่ได้ครับ ต้องมีคนช่วย",
         "urgent": "ยังอยู่ห้องเช่าได้ถึงสิ้นเดือนครับ",
         "name": "สุริยาครับ", "phone": "081-552-9047",
         "needs": "อยากขึ้นทะเบียนคนพิการครับ จะได้เบี้ย แล้วก็อยากได้ขาเทียมครับ",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "สุรินทร์",
                "travellers": 1, "urgent": False,
                "special": ["disabled", "cannot_travel_alone"], "name": "สุริยา",
                "phone": "0815529047",
                "referrals": ["disability_allowance", "disability_devices"]}),

    # Deaf man in Samut Sakhon -> Phitsanulok; sign-language word order, one short
    # answer per message, cannot take calls; 1 person, sleeps at a friend's. case.
    "dev92 deaf man, sign-language word order": Persona(
        ("สวัสดี ครับ", "ผม หูหนวก ครับ โทร ไม่ได้ พิมพ์ ได้", "ผม อยาก กลับ บ้าน เงิน ไม่มี"),
        {"consent": "ยินยอม ครับ", "idle": "ขอ ช่วยเหลือ ครับ",
         "hardship": "เงิน ไม่มี ค่ารถ ไม่มี",
         "id_card": "มี", "nationality": "ไทย",
         "current_province": "สมุทรสาคร", "home_province": "พิษณุโลก",
         "travellers": "1", "special_needs": "หูหนวก ครับ", "more_care": "ไม่มี",
         "travel_alone": "ไป เอง ได้ ครับ",
         "urgent": "นอน บ้าน เพื่อน หูหนวก ได้",
         "name": "วีระ", "phone": "0946603318 ส่ง SMS ได้ โทร ไม่ได้",
         "needs": "ไม่มี", "confirm": "ใช่"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "พิษณุโลก",
                "travellers": 1, "urgent": False, "special": ["disabled"], "name": "วีระ",
                "phone": "0946603318", "no_referrals": HEALTH},
        one_part=True),

    # Social development volunteer writing for an abandoned woman, 78, sleeping near
    # Hua Lamphong (Bangkok) -> Phatthalung; cannot travel alone; 1 traveller, urgent. case.
    "dev92 volunteer for abandoned grandmother": Persona(
        ("สวัสดีครับ ผมเป็นอพม.เขตปทุมวันครับ",
         "เจอยายคนนึงนอนอยู่แถวหัวลำโพงมา2คืนแล้ว",
         "ยายบอกบ้านอยู่พัทลุง ลูกพาขึ้นมาแล้วทิ้งไว้",
         "ขอส่งยายกลับบ้านได้ไหมครับ"),
        {"consent": "ยายยินยอมครับ ผมอ่านให้ฟังแล้ว", "idle": "ขอความช่วยเหลือให้ยายครับ",
         "hardship": "ยายไม่มีเงินเลยครับ ไม่มีที่พัก ถูกทิ้ง",
         "id_card": "ยายมีบัตรประชาชนครับ", "nationality": "ไทยครับ",
         "current_province": "กรุงเทพครับ หัวลำโพง",
         "home_province": "พัทลุงครับ อ.ควนขนุน หลานยายอยู่ที่นั่น",
         "travellers": "ยายคนเดียวครับ ผมไม่ได้ไปด้วย",
         "special_needs": "ยายอายุ78ครับ อ่านหนังสือไม่ออก ไม่เคยนั่งรถไกลเอง",
         "more_care": "ต้องมีคนพาไปครับ",
         "travel_alone": "ยายไปเองไม่ได้ครับ ต้องมีคนพาไป",
         "urgent": "คืนนี้ยายไม่มีที่นอนครับ",
         "name": "ชื่อ เขียว ครับ", "phone": "ใช้เบอร์ผมครับ 062-339-0415 ยายไม่มีโทรศัพท์",
         "needs": "ยายไม่เคยได้เบี้ยผู้สูงอายุเลยครับ ไม่รู้ว่าได้ไหม",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พัทลุง",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"], "name": "เขียว",
                "phone": "0623390415", "referrals": ["elderly_allowance"],
                "no_referrals": HEALTH}),

    # Girl, 16, left alone at Victory Monument (Bangkok) when her friend vanished
    # -> Chaiyaphum; hesitates over consent, one thing per message; 1 person, urgent. case.
    "dev92 teen girl stranded, hesitant consent": Persona(
        ("สวัสดีค่าา", "[sticker]", "หนูขอถามหน่อย",
         "ถ้าไม่มีตังกลับบ้านอ่ะค่ะ ขอช่วยได้ป่ะ"),
        {"consent": ("งือ ต้องยินยอมด้วยหรอ", "ยินยอมค่ะ"), "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีตังค่ะ", "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "กทมค่ะ อนุสาวรีย์", "home_province": "ชัยภูมิค่ะ",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่มีที่นอนค่ะ เพื่อนหายไปแล้ว กลัวมากเลย",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ แม่จะมารับที่ขนส่ง",
         "name": "น้ำฝนค่ะ", "phone": "0971458826",
         "needs": "ไม่มีค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": True, "name": "น้ำฝน",
                "phone": "0971458826", "no_referrals": HEALTH},
        one_part=True),

    # Construction worker unpaid in Phuket with wife and kids aged 8 and 1 -> Si Sa Ket;
    # says 3, then corrects to 4 in the same message; camp bed for 2 more days. case.
    "dev92 family, corrects head count": Persona(
        ("สวัสดีครับ", "ผมทำงานก่อสร้างที่ภูเก็ตครับ ผู้รับเหมาหนีไม่จ่ายค่าแรง",
         "อยากพาครอบครัวกลับศรีสะเกษครับ ไม่มีตังค่ารถเลย", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีตังค่ารถครับ ค่าแรงไม่ได้",
         "id_card": "มีครับทั้งผมทั้งเมีย", "nationality": "ไทยครับ",
         "current_province": "ภูเก็ตครับ", "home_province": "ศรีสะเกษครับ อ.ขุขันธ์",
         "travellers": "ผม เมีย ลูก 3คนครับ เอ้ย ไม่ใช่ 4คน ลืมนับคนเล็ก ลูกคนโต8ขวบ คนเล็ก1ขวบครับ",
         "special_needs": "ลูกคนเล็ก1ขวบครับ", "more_care": "ไม่มีครับ",
         "urgent": "ยังนอนแคมป์คนงานได้อีก2วันครับ",
         "travel_alone": "ไปเองได้ครับ",
         "name": "ประสิทธิ์ครับ", "phone": "081 882 6473",
         "needs": "ไม่มีครับ กลับไปทำนา", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ศรีสะเกษ", "travellers": 4,
                "urgent": False, "special": ["child"], "name": "ประสิทธิ์",
                "phone": "0818826473", "no_referrals": HEALTH}),

    # Pregnant woman (7 months), Southern dialect, in Surat Thani -> Trang; partner
    # left; 1 person, room until month end. case.
    "dev92 pregnant woman, Southern dialect": Persona(
        ("หวัดดีค่ะ", "ฉานอยู่สุราษฎร์ อยากหลบบ้านที่ตรัง เงินไม่มีสักแดงแล้ว",
         "ท้อง7เดือนแล้วค่ะ ผัวหนีไปแล้ว"),
        {"consent": "ได้ค่ะ ยินยอม", "sensitive_consent": "ได้ค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีตังค่ารถค่ะ ไม่มีงานแล้วตั้งแต่ท้องโต",
         "id_card": "มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "สุราษฎร์ค่ะ", "home_province": "ตรังค่ะ บ้านแม่อยู่ห้วยยอด",
         "travellers": "ฉานคนเดียวค่ะ", "special_needs": "ท้องเจ็ดเดือนค่ะ",
         "more_care": "ไม่มีค่ะ", "travel_alone": "ไปได้ค่ะ นั่งรถตู้ได้",
         "urgent": "ยังมีห้องอยู่ค่ะ แต่เจ้าของให้ออกสิ้นเดือน",
         "name": "รอฮานีค่ะ", "phone": "093-571-2608",
         "needs": "ไม่มีแล้วค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "ตรัง",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "รอฮานี", "phone": "0935712608"}),

    # Woman living with HIV, Northern dialect, in Rangsit (Pathum Thani) -> Phayao;
    # asks about privacy before consenting, wants HIV aid; 1 person, not urgent. case.
    "dev92 woman with HIV, Northern, privacy question": Persona(
        ("สวัสดีเจ้า", "คือ...",
         "ขอถามก่อนได้ก่อ ถ้าบอกเรื่องสุขภาพไป คนอื่นจะรู้ก่อเจ้า", "[sticker]"),
        {"consent": "ยินยอมเจ้า",
         "sensitive_consent": "ยินยอมเจ้า บันทึกได้ แต่อย่าบอกคนอื่นเน้อ",
         "idle": "ขอความช่วยเหลือเจ้า",
         "hardship": "บ่มีตังค์ค่ารถเจ้า ตกงานมาสองเดือน",
         "id_card": "มีเจ้า", "nationality": "ไทยเจ้า",
         "current_province": "รังสิตเจ้า ปทุมธานี", "home_province": "พะเยาเจ้า",
         "travellers": "คนเดียวเจ้า",
         "special_needs": "เป็นเอชไอวีเจ้า กินยาต้านอยู่ ยาใกล้หมดแล้ว",
         "more_care": "บ่มีเจ้า", "travel_alone": "ไปเองได้เจ้า",
         "urgent": "ยังมีห้องอยู่เจ้า ครบสัญญาอาทิตย์หน้า ข้าวยังพอมีกิน",
         "name": "ดวงใจเจ้า", "phone": "065-804-7231",
         "needs": "อยากรู้ว่ามีเงินช่วยคนติดเชื้อไหมเจ้า แล้วก็อยากรับยาต่อที่พะเยา",
         "confirm": "ใช่เจ้า"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "พะเยา", "travellers": 1,
                "urgent": False, "name": "ดวงใจ", "phone": "0658047231",
                "referrals": ["hiv_aid"]}),

    # Sister in Kalasin writing for her brother with schizophrenia found by police in
    # Bangkok; he goes home alone with escort needed; 1 traveller. case.
    "dev92 sister for brother with schizophrenia": Persona(
        ("สวัสดีค่ะ", "ขอให้ช่วยน้องชายค่ะ",
         "น้องป่วยจิตเวชค่ะ เป็นจิตเภท หนีออกจากบ้านไปกรุงเทพ ตอนนี้ตำรวจสน.บางซื่อเจอตัว",
         "พี่อยู่กาฬสินธุ์ ไม่มีเงินไปรับ", "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินค่ารถค่ะ น้องไม่มีอะไรติดตัวเลย",
         "id_card": "น้องมีบัตรติดตัวค่ะ ตำรวจบอก", "nationality": "ไทยค่ะ",
         "current_province": "กรุงเทพค่ะ สน.บางซื่อ", "home_province": "กาฬสินธุ์ค่ะ",
         "travellers": "น้องคนเดียวค่ะ พี่ไม่ได้ไป",
         "special_needs": "น้องป่วยจิตเภทค่ะ ขาดยามาอาทิตย์นึงแล้ว",
         "more_care": "ต้องมีคนดูตลอดค่ะ",
         "travel_alone": "ไปเองไม่ได้ค่ะ เดี๋ยวหลงอีก ต้องมีคนพามา",
         "urgent": "ตำรวจให้อยู่โรงพักได้คืนนี้ค่ะ พรุ่งนี้ไม่รู้",
         "name": "ไพโรจน์ค่ะ น้องชาย", "phone": "087-229-0654 เบอร์พี่สาวค่ะ",
         "needs": "อยากให้น้องได้รักษาต่อเนื่องค่ะ กลับมาแล้วจะพาไปหาหมอ",
         "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "กาฬสินธุ์",
                "travellers": 1, "special": ["sick", "cannot_travel_alone"],
                "name": "ไพโรจน์", "phone": "0872290654",
                "referrals": ["mental_health_care"]}),

    # Isan man, 67, at the Korat bus terminal (Nakhon Ratchasima) -> Ubon Ratchathani;
    # answers one word at a time, never got old-age allowance; 1 person, urgent. case.
    "dev92 Isan elder, one word at a time": Persona(
        ("สวัสดีลูกหลาน",),
        {"consent": "เออ ยินยอม", "idle": "ขอความช่วยเหลือแหน่",
         "hardship": "บ่มีเงินค่ารถ", "id_card": "มีอยู่", "nationality": "ไทย",
         "current_province": "อยู่บขส.โคราช", "home_province": "อุบล",
         "travellers": "คนเดียว", "special_needs": "อายุ67แล้ว", "more_care": "บ่มี",
         "travel_alone": "ไปเองได้อยู่", "urgent": "คืนนี้บ่มีบ่อนนอน",
         "name": "ทองดี", "phone": "0804417795",
         "needs": "บ่เคยได้เบี้ยคนเฒ่า", "confirm": "แม่นแล้ว"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": True, "special": ["elderly"], "name": "ทองดี",
                "phone": "0804417795", "referrals": ["elderly_allowance"],
                "no_referrals": HEALTH},
        one_part=True),

    # Man, 40s, in Ayutthaya -> Nong Bua Lam Phu; sends one or two words per message,
    # phone in Thai digits; 1 person, no bed tonight. case.
    "dev92 man in one-word bursts": Persona(
        ("ครับ", "ผม", "อยาก", "กลับบ้าน", "[sticker]", "ยินยอม"),
        {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ", "hardship": "ตังหมด",
         "id_card": "มี", "nationality": "ไทย", "current_province": "อยุธยา",
         "home_province": "หนองบัว", "travellers": "1", "special_needs": "ไม่มี",
         "more_care": "ไม่มี", "travel_alone": "ได้", "urgent": "ไม่มีที่นอน",
         "name": "ชาติ", "phone": "๐๖๑๔๙๒๘๓๗๐", "needs": "ไม่มี", "confirm": "ใช่"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "หนองบัวลำภู",
                "travellers": 1, "urgent": True, "special": [], "name": "ชาติ",
                "phone": "0614928370", "no_referrals": HEALTH},
        one_part=True),

    # Blind lottery seller in Chiang Mai with her 4-year-old son -> Yasothon; uses a
    # screen reader (small typos), travels with a white cane; 2 people, not urgent. case.
    "dev92 blind mother with small son, screen reader": Persona(
        ("สวัสดีค่ะ ดิฉันตาบอดค่ะ ใช้โปรแกรมอ่านหน้าจอ ถ้าพิมพ์ผิดขออภัยนะคะ",
         "ดิฉันขายลอตเตอรี่อยู่เชียงใหม่ค่ะ ขายไม่ได้มาสองเดือน อยากพาลูกกลับบ้านที่ยโสธรค่ะ",
         "ยินยอมค่ะ"),
        {"consent": "ยินยอมค่ะ", "sensitive_consent": "ได้ค่ะ",
         "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีค่ารถค่ะ ไม่มีรายได้แล้ว",
         "id_card": "มีบัตรประชาชนค่ะ บัตรคนพิการก็มีค่ะ", "nationality": "ไทยค่ะ",
         "current_province": "เชียงใหม่ค่ะ", "home_province": "ยโสธรค่ะ",
         "travellers": "สองคนค่ะ ดิฉันกับลูกชายสี่ขวบ",
         "special_needs": "ตาบอดสนิทค่ะ ลูกยังเล็ก", "more_care": "ไม่มีค่ะ",
         "travel_alone": "ปกติเดินทางเองได้ค่ะ ใช้ไม้เท้าขาว",
         "urgent": "ยังอยู่ห้องเช่าได้ค่ะ",
         "name": "มาลัยค่ะ", "phone": "092 883 4156",
         "needs": "ไม่มีค่ะ ได้เบี้ยคนพิการอยู่แล้ว ขอบคุนค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ยโสธร", "travellers": 2,
                "urgent": False, "special": ["disabled", "child"], "name": "มาลัย",
                "phone": "0928834156"}),

    # Boy, 15, with his grandmother, 70, stuck in Khon Kaen after a funeral -> Loei;
    # asks whether an adult must type; 2 people, can stay one more night. case.
    "dev92 teen with grandmother, asks if adult must type": Persona(
        ("สวัสดีครับ", "ผมอายุ15ครับ", "มากับยายมางานศพน้าที่ขอนแก่น",
         "ตอนนี้เงินหมด ญาติที่นี่ก็ไม่ช่วย กลับบ้านที่เลยไม่ได้ครับ",
         "ต้องให้ผู้ใหญ่พิมพ์ไหมครับ", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถครับ 555 ยายเหลือเงิน40บาท",
         "id_card": "มีทั้งผมทั้งยายครับ", "nationality": "ไทยครับ",
         "current_province": "ขอนแก่นครับ", "home_province": "เลยครับ อ.วังสะพุง",
         "travellers": "2คนครับ ผมกับยาย",
         "special_needs": "ยายอายุ70ครับ เดินได้ปกติ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปได้ครับ ผมดูแลยายเอง",
         "urgent": "คืนนี้ยังนอนบ้านน้าได้ครับ แต่เค้าอยากให้กลับแล้ว",
         "name": "ภูมิครับ", "phone": "ใช้เบอร์ผมนะครับ ยายไม่มี 0996502147",
         "needs": "ไม่มีครับ", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย", "travellers": 2,
                "urgent": False, "special": ["elderly"], "name": "ภูมิ",
                "phone": "0996502147", "no_referrals": HEALTH}),

    # Myanmar worker in Mahachai (Samut Sakhon) wanting to reach his wife in Mae Sot;
    # pink card, not Thai. refused (nationality).
    "dev92 Myanmar worker, broken Thai": Persona(
        ("สวัสดีคับ", "ผมทำงานมหาชัย", "นายจ้างไม่ให้เงิน", "อยากไปแม่สอด เมียอยู่นั่น",
         "ช่วยได้มั้ยคับ"),
        {"consent": "ยินยอมคับ", "idle": "ขอช่วยเหลือคับ", "hardship": "เงินไม่มีคับ",
         "id_card": "ไม่มีบัตรประชาชน มีบัตรชมพูคับ",
         "nationality": "พม่าคับ ไม่ใช่คนไทย",
         "current_province": "สมุทรสาคร มหาชัยคับ", "home_province": "ตาก แม่สอด",
         "travellers": "คนเดียวคับ", "urgent": "นอนหอเพื่อนได้คับ",
         "special_needs": "ไม่มีคับ", "travel_alone": "ไปเองได้คับ",
         "name": "หม่องคับ", "phone": "0957731820",
         "needs": "อยากได้เงินที่นายจ้างโกงคับ", "confirm": "ใช่คับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Fruit picker in Chanthaburi -> Sa Kaeo; ID lost long ago, parents dead, nobody at
    # home can certify him; asks what the letter is first. refused (no certifying letter).
    "dev92 no ID and nobody to certify": Persona(
        ("สวัสดีครับ", "ผมไม่มีบัตรประชาชน ขอได้ไหมครับ", "[sticker]", "ยินยอมครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอความช่วยเหลือครับ",
         "hardship": "ไม่มีค่ารถครับ เก็บผลไม้ที่จันท์ หมดฤดูแล้ว",
         "id_card": "ไม่มีครับ หายไปนานแล้ว ไม่ได้ไปทำใหม่",
         "nationality": "ไทยครับ เกิดที่สระแก้ว",
         "nationality_letter": (
             "หนังสือรับรองอะไรครับ ต้องขอจากใคร",
             "ไม่มีครับ พ่อแม่ตายหมดแล้ว ผู้ใหญ่บ้านก็เปลี่ยนคน ไม่มีใครจำผมได้ ขอใครก็ไม่ได้ครับ"),
         "current_province": "จันทบุรีครับ", "home_province": "สระแก้วครับ",
         "travellers": "คนเดียวครับ", "urgent": "นอนในสวนได้อีกคืนสองคืนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "name": "สมพงษ์ครับ", "phone": "0841206693", "needs": "ไม่มีครับ",
         "confirm": "ใช่ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # Woman already back home in Buri Ram who borrowed the fare and wants it refunded;
    # no spaces. refused (already at her home province).
    "dev92 already home, wants fare back": Persona(
        ("สวัสดีค่ะ", "อยากได้เงินช่วยเหลือกลับบ้านค่ะ",
         "ตอนนี้กลับมาอยู่บ้านที่บุรีรัมย์แล้วค่ะยืมตังเพื่อนนั่งรถมาเมื่อวาน",
         "ขอคืนค่ารถได้ไหมคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอความช่วยเหลือค่ะ",
         "hardship": "ไม่มีเงินค่ะต้องคืนเพื่อน", "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ", "current_province": "บุรีรัมย์ค่ะอยู่บ้านแล้ว",
         "home_province": "บุรีรัมย์ค่ะ", "travellers": "คนเดียวค่ะ",
         "urgent": "อยู่บ้านค่ะมีที่นอน", "special_needs": "ไม่มีค่ะ",
         "name": "ลำดวนค่ะ", "phone": "0883147752", "needs": "ไม่มีค่ะ",
         "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # Teenage girl asking the hotline number for her mother, with stickers. answered.
    "dev92 teen asks hotline number": Persona(
        ("[sticker]", "หวัดดีค่าา",
         "ขอเบอร์สายด่วนช่วยเหลือสังคมหน่อยค่าาา จะให้แม่โทร", "โทรได้ตลอดมั้ยคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "แค่นี้แหละค่ะ ขอบคุณค่าา [sticker]"},
        outcome="answered", answered="1300"),

    # Mother of a 6-year-old with a brain disability asking the monthly disability
    # allowance, Thai digits. answered.
    "dev92 mother asks disability allowance": Persona(
        ("สอบถามค่ะ", "ลูกสาวพิการทางสมองค่ะอายุ๖ขวบ", "เบี้ยคนพิการได้เดือนละเท่าไหร่คะ"),
        {"consent": "ยินยอมค่ะ", "idle": "สอบถามเฉยๆค่ะ ขอบคุณค่ะ"},
        outcome="answered", answered="800"),

    # Woman greeting in Latin letters, asking how fast an urgent return-home case is
    # handled, for her sister. answered.
    "dev92 asks urgent timeline, Latin greeting": Persona(
        ("sawasdee ka", "ถ้ายื่นขอค่ารถกลับบ้าน กรณีด่วนใช้เวลากี่ชั่วโมงคะ",
         "ถามไว้ก่อนค่ะ เผื่อน้องสาว"),
        {"consent": "ยินยอมค่ะ", "idle": "แค่นี้ค่ะ ขอบคุณค่ะ"},
        outcome="answered", answered="24"),
}
