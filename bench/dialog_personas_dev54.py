"""Dialog personas, set "dev54" (development set).

Date: 2026-12-06. Written from the seeds only.

Focus: a mix from every region (North, Northeast, Central, East, West, South), weighted
to what hotline staff see most: people stuck at bus terminals and train stations after
losing a wallet or a job (Mo Chit, Chiang Mai Arcade, Hat Yai station, Ayutthaya bus
terminal, a 7-Eleven in Bang Phli), released prisoners on the day of release (Khlong
Prem, Phitsanulok, Khao Bin), women leaving violent partners with their children, elders
separated from family (one typed for by a drink seller at Bang Sue), people discharged from
hospital (Korat, Siriraj, the Khon Kaen psychiatric hospital) and people promised a job and
cheated (Phuket, Bang Phli, a fishing boat at Mahachai, rubber tapping in Songkhla). They
write as on LINE: several short messages, places given as districts, landmarks, prisons or
hospitals, counts given as lists of people ("ผม เมีย ลูก 2"), corrections of a count,
urgency said indirectly ("คืนนี้ไม่รู้จะไปไหน", "เพื่อนให้ค้างได้ถึงพรุ่งนี้", "พยาบาลให้นอน
ที่ตึกได้อีกคืน"), northern and southern words (บ่, หลบบ้าน), Thai digits, and a few who
ask a question in the middle of an answer. Refusals: a Cambodian worker (nationality), a
man stranded inside his own province (Khon Kaen to Chum Phae), a student who only wants
to save on the New Year fare. Knowledge questions: the 24-hour hotline, where a prisoner
gets a new ID card, the disability allowance.

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Man whose wallet and ID card were lost at Mo Chit, home a district of Roi Et; case, urgent.
    "dev54 lost wallet at Mo Chit, home given as district": Persona(
        ("สวัสดีครับ", "กระเป๋าตังหายที่หมอชิตครับ บัตรปชชก็อยู่ในนั้น", "จะกลับเสลภูมิ"),
        {"consent": "ยินยอมครับ", "idle": "ช่วยผมด้วยครับ",
         "hardship": "ไม่มีตังเลยครับ ค่ารถก็ไม่มี ข้าวยังไม่ได้กินตั้งแต่เช้า",
         "id_card": "หายไปกับกระเป๋าครับ",
         "nationality_letter": ("ไม่มีครับ ต้องไปขอที่ไหนครับ", "ไม่มีครับ"),
         "current_province": ("หมอชิต2ครับ", "กรุงเทพครับ"),
         "home_province": ("เสลภูมิครับ", "ร้อยเอ็ดครับ"),
         "travellers": "คนเดียวครับ",
         "urgent": "คืนนี้ไม่รู้จะไปไหนครับ นั่งอยู่ตรงที่ขายตั๋ว",
         "special_needs": "ไม่มีครับ", "travel_alone": "ไปเองได้ครับ", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ", "needs": "อยากทำบัตรใหม่ครับ",
         "name": "ต้นครับ 0957714302", "phone": "0957714302",
         "national_id": "จำไม่ได้ครับ", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": [], "name": "ต้น",
                "phone": "0957714302", "referrals": ["id_card"]}),

    # Released this morning from Khlong Prem, 80 baht, expired card, home Nakhon Phanom;
    # one thing per message; case, urgent.
    "dev54 released this morning at Khlong Prem, one part at a time": Persona(
        ("พึ่งออกจากคุกเมื่อเช้าครับ", "นั่งอยู่ป้ายรถเมล์หน้าเรือนจำคลองเปรม",
         "มีตังติดตัว80บาท กลับนครพนมไม่พอ"),
        {"consent": "ได้ครับ", "idle": "ผมต้องทำไงต่อครับ",
         "hardship": "ค่ารถครับ แล้วก็ไม่มีที่นอน",
         "id_card": "มีครับแต่หมดอายุตอนอยู่ข้างใน", "nationality_letter": "ไม่มีครับ",
         "current_province": ("คลองเปรมครับ จตุจักร", "กทม"),
         "home_province": "นครพนม ธาตุพนมครับ",
         "travellers": "ผมคนเดียว",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่ไป ญาติอยู่นครพนมหมด",
         "special_needs": "ไม่มี", "travel_alone": "ไปเองได้", "more_care": "ไม่มี",
         "sensitive_consent": "ได้ครับ ผมพึ่งออกมาจริงๆ ไม่ปิดบัง",
         "needs": "อยากมีงานทำครับ ไม่อยากกลับเข้าไปอีก แล้วก็บัตรหมดอายุต้องทำใหม่",
         "name": "บอยครับ",
         "phone": "ผมไม่มีเบอร์ครับ ซิมเก่าโดนตัด ใช้เบอร์พี่สาวได้ 093-447-1185",
         "national_id": "ข้ามครับ", "confirm": "ครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครพนม",
                "travellers": 1, "urgent": True, "special": [], "name": "บอย",
                "phone": "0934471185",
                "referrals": ["job_placement", "probation_support", "id_card"]},
        one_part=True),

    # Mother who ran from a husband who beats her, at the Chonburi bus terminal with two
    # small children, afraid he follows; home Sakon Nakhon; case, urgent (unsafe).
    "dev54 mother fleeing violent husband at Chonburi terminal": Persona(
        ("ช่วยด้วยค่ะ", "หนีผัวออกมา เขาตีหนู", "ตอนนี้อยู่ขนส่งชลบุรีกับลูก", "กลัวเขาตามมา😢"),
        {"consent": "ยินยอมค่ะ", "idle": "ช่วยหนูด้วยนะคะ",
         "hardship": "ไม่มีเงินค่ะ เงินอยู่กับเขาหมด ค่ารถก็ไม่มี ที่นอนก็ไม่มี",
         "id_card": "มีค่ะ หยิบมาทัน", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "ชลบุรีค่ะ ขนส่งใหม่",
         "home_province": "บ้านแม่อยู่สกลค่ะ อ.วานรนิวาส",
         "travellers": "หนู ลูกสาว7ขวบ ลูกชาย2ขวบค่ะ",
         "urgent": "ด่วนค่ะ เขารู้ว่าหนูจะมาขนส่ง ไม่ปลอดภัยเลย",
         "special_needs": "ลูกเล็กค่ะ คนเล็ก2ขวบ", "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีแล้วค่ะ", "sensitive_consent": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ ขอกลับบ้านก่อน",
         "name": "แอนค่ะ 0619038827", "phone": "0619038827",
         "national_id": "ไม่สะดวกค่ะ", "confirm": "ใช่ค่ะ รีบๆนะคะ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "สกลนคร", "travellers": 3,
                "urgent": True, "special": ["child"], "name": "แอน", "phone": "0619038827",
                "referrals": []},
        after=("ถ้าโทรมาแล้วผู้ชายรับ วางเลยนะคะ",)),

    # Drink seller typing for a 72-year-old grandmother lost from her daughter at Bang Sue
    # (Krung Thep Aphiwat), home Na Klang; she cannot travel alone; case, urgent.
    "dev54 vendor types for lost grandmother at Bang Sue": Persona(
        ("สวัสดีค่ะ หนูพิมพ์แทนยายคนนึงนะคะ",
         "ยายพลัดกับลูกสาวที่สถานีกลางบางซื่อ ตั้งแต่เที่ยง ลูกสาวไม่มารับ โทรก็ไม่ติด",
         "ยายไม่มีเงินเลย บ้านยายอยู่นากลาง"),
        {"consent": "ยายบอกว่าได้ค่ะ", "idle": "ต้องทำยังไงต่อคะ",
         "hardship": "ไม่มีเงินซักบาทค่ะ ค่ารถไม่มี ยายยังไม่ได้กินข้าว หนูซื้อให้แล้ว",
         "id_card": "ยายมีบัตรค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": ("สถานีกลางกรุงเทพอภิวัฒน์ค่ะ บางซื่อ", "กรุงเทพค่ะ"),
         "home_province": ("นากลางค่ะ", "หนองบัวลำภูค่ะ ยายบอก"),
         "travellers": "ยายคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ยายไม่มีที่นอน หนูก็ต้องเก็บร้านกลับบ้านแล้ว",
         "special_needs": "ยายอายุ72ค่ะ หูไม่ค่อยได้ยิน",
         "travel_alone": "ไปเองไม่ไหวค่ะ ยายอ่านหนังสือไม่ออก ขึ้นรถผิดแน่",
         "more_care": "ไม่มีค่ะ", "sensitive_consent": "ได้ค่ะ",
         "needs": "ขอคนพายายไปส่งถึงบ้านค่ะ แล้วถ้าตามลูกสาวยายได้ก็ดีค่ะ",
         "name": "ยายบัวผันค่ะ",
         "phone": "ยายไม่มีโทรศัพท์ค่ะ ใช้เบอร์หนูคนขายน้ำนะคะ 089-221-5567",
         "national_id": "ไม่รู้ค่ะ", "confirm": "ถูกค่ะ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "หนองบัวลำภู",
                "travellers": 1, "urgent": True,
                "special": ["elderly", "cannot_travel_alone"], "name": "บัวผัน",
                "phone": "0892215567", "referrals": ["travel_escort"]}),

    # Construction worker discharged from Maharat Korat hospital after an appendectomy, the
    # contractor gone, home Ko Kha in Lampang; case, urgent (no bed, wound still hurts).
    "dev54 discharged after surgery in Korat, contractor vanished": Persona(
        ("ครับ สอบถามครับ", "ผมพึ่งออกจากโรงบาลมหาราชโคราช ผ่าไส้ติ่งมา",
         "หมอให้กลับบ้านวันนี้ แต่ไม่มีตังค่ารถกลับลำปางครับ ผู้รับเหมาหนีไปแล้ว"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ค่ารถครับ ค่าข้าวด้วย เงินหมดตอนนอนโรงบาล",
         "id_card": "มีครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "โคราชครับ", "home_province": "ลำปางครับ อ.เกาะคา",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "แผลยังเจ็บอยู่ครับ คืนนี้ก็ยังไม่รู้จะนอนไหน",
         "special_needs": "ผมเองครับ พึ่งผ่าตัด แผลยังไม่หาย",
         "travel_alone": "น่าจะไปเองได้ครับ นั่งรถทัวร์ไป แต่ยกของหนักไม่ได้",
         "more_care": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "needs": "ไม่มีครับ เดี๋ยวไปตัดไหมที่อนามัยแถวบ้านเอง",
         "name": "ชาติชายครับ เบอร์ 0826650431", "phone": "0826650431",
         "national_id": "ข้าม", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ลำปาง", "travellers": 1,
                "urgent": True, "special": ["sick"], "name": "ชาติชาย",
                "phone": "0826650431", "referrals": []}),

    # Young woman lured to Patong with a fake restaurant job, ID card kept by the "boss",
    # safe at a friend's room until tomorrow; home Mae Chan, Chiang Rai; case, not urgent.
    "dev54 fake job in Phuket, card kept by employer": Persona(
        ("สวัสดีค่ะ", "หนูโดนหลอกมาทำงานที่ภูเก็ตค่ะ บอกว่าเป็นพนักงานร้านอาหาร มาถึงไม่ใช่",
         "เขายึดบัตรหนูไว้ หนูหนีออกมาแล้ว"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่มีเงินเลยค่ะ เขาไม่จ่าย บอกว่าหักค่าเดินทางหมด ค่ารถกลับก็ไม่มี",
         "id_card": "ไม่มีค่ะ เขายึดไป มีแต่รูปถ่ายบัตรในมือถือ",
         "nationality_letter": ("ไม่มีค่ะ รูปถ่ายบัตรใช้ได้ไหมคะ", "ไม่มีค่ะ"),
         "current_province": "ภูเก็ตค่ะ แถวป่าตอง", "home_province": "เชียงรายค่ะ แม่จัน",
         "travellers": "หนูคนเดียวค่ะ",
         "urgent": "คืนนี้นอนห้องเพื่อนได้ค่ะ ปลอดภัย เขาไม่รู้ เพื่อนให้ค้างได้ถึงพรุ่งนี้",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "อยากได้บัตรคืนค่ะ แล้วก็อยากหางานใหม่แถวบ้าน",
         "name": "มายด์ค่ะ ๐๖๔๗๗๘๑๒๕๐", "phone": "๐๖๔๗๗๘๑๒๕๐",
         "national_id": "อยู่ในรูปค่ะ ขอไม่พิมพ์นะคะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "เชียงราย", "travellers": 1,
                "urgent": False, "special": [], "name": "มายด์", "phone": "0647781250",
                "referrals": ["job_placement"]}),

    # Rubber tapper not paid, sleeping at Hat Yai station with wife and two small children,
    # home Nang Rong, Buriram; answers one thing at a time; case, urgent.
    "dev54 family of four at Hat Yai station, one part at a time": Persona(
        ("สวัสดีครับ ขอความช่วยเหลือหน่อยครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "ผม เมีย ลูก 2 ติดอยู่สถานีรถไฟหาดใหญ่ครับ",
         "hardship": "มาตัดยาง เถ้าแก่ไม่จ่ายตังครับ ตอนนี้ไม่มีค่ารถกลับ นอนสถานีมา2คืนแล้ว",
         "id_card": "มีครับ ทั้งผมทั้งเมีย", "nationality_letter": "ไม่มีครับ",
         "current_province": ("หาดใหญ่ครับ", "สงขลาครับ"),
         "home_province": "บุรีรัมย์ครับ นางรอง",
         "travellers": "ผม เมีย ลูก 2 ครับ",
         "urgent": "ด่วนครับ คืนนี้ก็ต้องนอนสถานีอีก ยุงเยอะลูกนอนไม่ได้",
         "special_needs": "ลูกคนเล็ก 10 เดือนครับ คนโต 5 ขวบ",
         "travel_alone": "ไปเองได้ครับ", "more_care": "ไม่มีแล้วครับ",
         "sensitive_consent": "ได้ครับ", "needs": "นมลูกหมดครับ ขอนมผงด้วยได้ไหม",
         "name": "สมพรครับ", "phone": "0872093318",
         "national_id": "ไม่ได้จำครับ", "confirm": "ครับ ถูกต้อง"},
        expect={"eligible": True, "current": "สงขลา", "home": "บุรีรัมย์", "travellers": 4,
                "urgent": True, "special": ["child"], "name": "สมพร", "phone": "0872093318",
                "referrals": []},
        one_part=True),

    # Seven months pregnant, factory closed and boyfriend gone, room paid to month end at
    # Khlong 3 (Rangsit), home Loeng Nok Tha, Yasothon; case, not urgent.
    "dev54 pregnant factory worker at Rangsit": Persona(
        ("สวัสดีค่ะ ขอถามค่ะ", "โรงงานปิดค่ะ แฟนก็ทิ้งไปแล้ว ตอนนี้ท้อง7เดือน",
         "อยากกลับไปคลอดที่บ้าน ยโสธร แต่ไม่มีค่ารถ"),
        {"consent": "ตกลงค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่มีรายได้ค่ะ ค่ารถกลับบ้านก็ไม่มี",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": ("รังสิตค่ะ คลอง3", "ปทุมค่ะ"),
         "home_province": "ยโสธรค่ะ อ.เลิงนกทา",
         "travellers": "คนเดียวค่ะ ท้อง7เดือน",
         "urgent": "ยังมีห้องอยู่ค่ะ ค่าห้องจ่ายถึงสิ้นเดือน",
         "special_needs": "หนูท้องค่ะ 7 เดือน",
         "travel_alone": "ไปเองได้ค่ะ ขอที่นั่งหน้าๆ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "needs": "ไม่มีค่ะ ขอบคุณค่ะ",
         "name": "น้องเฟิร์นค่ะ", "phone": "0985512746",
         "national_id": "ขอข้ามค่ะ",
         "confirm": "ใช่ค่ะ อ้อ หนูยังพอมีตังกินข้าวนะคะ แค่ค่ารถไม่พอ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ยโสธร", "travellers": 1,
                "urgent": False, "special": ["pregnant"], "name": "เฟิร์น",
                "phone": "0985512746", "referrals": []}),

    # 68-year-old man from Rong Kwang (Phrae) whose son never came to fetch him at Chiang Mai
    # Arcade terminal, northern words, never had the old-age allowance; case, urgent.
    "dev54 old man left at Chiang Mai Arcade, northern dialect": Persona(
        ("สวัสดีครับ", "ลุงมาหาลูกชายที่เชียงใหม่ ลูกบ่มารับ โทรไปบ่ติดเลย",
         "ตอนนี้อยู่ขนส่งอาเขต ตังค์หมดแล้ว"),
        {"consent": "ได้ครับ", "idle": "ลุงบ่เข้าใจครับ",
         "hardship": "บ่มีตังค์ค่ารถกลับแพร่ครับ ข้าวก็ยังบ่ได้กิน",
         "id_card": "บัตรประชาชนมีครับ", "nationality_letter": "บ่มีครับ",
         "current_province": "เชียงใหม่ครับ ขนส่งอาเขต",
         "home_province": "แพร่ครับ อ.ร้องกวาง",
         "travellers": "ลุงคนเดียวครับ",
         "urgent": "คืนนี้ก็คงนอนขนส่งนี่แหละครับ",
         "special_needs": "ลุงอายุ 68 ครับ เดินได้อยู่",
         "travel_alone": "ไปเองได้ครับ ขึ้นรถเป็น", "more_care": "บ่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "เบี้ยคนเฒ่าลุงยังบ่เคยได้เลย สมัครยังไงครับ",
         "name": "ลุงคำแสนครับ เบอร์ลูกชายบ่ติด ใช้เบอร์ลุง 0810457762",
         "phone": "0810457762", "national_id": "บ่ได้จำครับ", "confirm": "ถูกแล้วครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แพร่", "travellers": 1,
                "urgent": True, "special": ["elderly"], "name": "คำแสน",
                "phone": "0810457762", "referrals": ["elderly_allowance"]}),

    # Young man from Rangae (Narathiwat) unpaid for three months on a Mahachai fishing boat,
    # southern words, the imam lets him sleep at the mosque; case, not urgent.
    "dev54 unpaid fishing-boat worker at Mahachai, southern": Persona(
        ("อัสลามูอาลัยกุมครับ", "ผมไปทำงานเรือประมงที่มหาชัย 3 เดือน ไต๋ไม่จ่ายค่าแรง",
         "อยากหลบบ้านที่นราครับ ไม่มีตังค์สักบาท"),
        {"consent": "ได้ครับ", "idle": "ครับ",
         "hardship": "ไม่มีตังค์ค่ารถครับ ข้าวก็ได้กินแต่ที่มัสยิดให้",
         "id_card": "มีครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": ("มหาชัยครับ", "สมุทรสาครครับ"),
         "home_province": "นราธิวาสครับ อ.ระแงะ",
         "travellers": "๑ คนครับ",
         "urgent": "คืนนี้นอนที่มัสยิดได้ครับ อิหม่ามให้นอน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้งานใกล้บ้านครับ ไม่อยากลงเรืออีกแล้ว",
         "name": "เลาะครับ 0883067129", "phone": "0883067129",
         "national_id": "ไม่สะดวกครับ", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "นราธิวาส", "travellers": 1,
                "urgent": False, "special": [], "name": "เลาะ", "phone": "0883067129",
                "referrals": ["job_placement"]}),

    # Woman released today from Phitsanulok prison, on HIV medicine with 5 days left, home
    # Nong Han (Udon), wants work; case, urgent.
    "dev54 woman released in Phitsanulok, HIV medicine running out": Persona(
        ("หนูพึ่งพ้นโทษวันนี้ค่ะ", "ออกจากเรือนจำพิษณุโลก"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ ไม่มีค่ารถ",
         "hardship": "ค่ารถค่ะ ที่นอนก็ไม่มี เงินที่ได้ตอนออกมามีไม่กี่ร้อย",
         "id_card": "มีค่ะ เขาคืนให้ตอนออก", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "พิษณุโลกค่ะ ตอนนี้นั่งอยู่บขส.",
         "home_province": "อุดรค่ะ หนองหาน",
         "travellers": "คนเดียวค่ะ",
         "urgent": "คืนนี้ยังไม่รู้จะนอนที่ไหนเลยค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "หนูติดเชื้อHIVค่ะ ยาต้านเหลืออีก5วัน ต้องไปรับยาต่อที่โรงบาลแถวบ้าน "
                  "แล้วก็อยากหางานทำ",
         "name": "ปู 0631185904", "phone": "0631185904",
         "national_id": "ไม่สะดวกค่ะ", "confirm": "ใช่ค่ะ"},
        expect={"eligible": True, "current": "พิษณุโลก", "home": "อุดรธานี", "travellers": 1,
                "urgent": True, "special": [], "name": "ปู", "phone": "0631185904",
                "referrals": ["hiv_aid", "probation_support", "job_placement"]}),

    # Man discharged from the Khon Kaen psychiatric hospital, no relative to fetch him, the
    # doctor says not to travel alone, can sleep on the ward one more night; home Dong Luang
    # (Mukdahan); case, not urgent.
    "dev54 psychiatric discharge in Khon Kaen, no one to fetch him": Persona(
        ("สวัสดีครับ", "ผมอยู่โรงพยาบาลจิตเวชขอนแก่นครับ หมอให้กลับบ้านได้แล้ว",
         "แต่ไม่มีญาติมารับ แม่ไม่มีตังมา"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ อยู่กับพยาบาล", "nationality_letter": "ไม่มีครับ",
         "current_province": "ขอนแก่นครับ", "home_province": "มุกดาหารครับ บ้านอยู่ดงหลวง",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "พยาบาลให้นอนที่ตึกได้อีกคืนครับ",
         "special_needs": "ผมเองครับ ป่วยจิตเวช ต้องกินยาทุกวัน",
         "travel_alone": "หมอบอกไม่ควรไปคนเดียวครับ อยากมีคนพาไป",
         "more_care": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "needs": "อยากให้มีคนตามดูเรื่องยาที่บ้านครับ ยาหมดแล้วไม่รู้ไปรับที่ไหน",
         "name": "โต้ง 080-992-1473", "phone": "080-992-1473",
         "national_id": "อยู่ที่พยาบาลครับ", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "มุกดาหาร", "travellers": 1,
                "urgent": False, "special": ["sick", "cannot_travel_alone"], "name": "โต้ง",
                "phone": "0809921473",
                "referrals": ["mental_health_care", "travel_escort"]}),

    # Mother with a 4-year-old, fled a violent husband on Samui, now safe at the family
    # shelter in Surat Thani, home Thong Pha Phum (Kanchanaburi); declines the sensitive
    # questions; one thing per message; case, not urgent.
    "dev54 mother at Surat shelter after leaving Samui, one part": Persona(
        ("สวัสดีค่ะ", "เจ้าหน้าที่บ้านพักเด็กและครอบครัวบอกให้ติดต่อทางนี้ค่ะ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "หนูหนีสามีมาจากสมุยค่ะ เขาทำร้ายร่างกาย ตอนนี้อยู่บ้านพักกับลูก "
                 "อยากกลับบ้านแม่ที่ทองผาภูมิค่ะ",
         "hardship": "ไม่มีเงินค่ะ ค่ารถไม่มีเลย",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": ("สุราษฎร์ค่ะ", "สุราษฎร์ธานีค่ะ บ้านพักอยู่ในเมือง"),
         "home_province": "กาญจนบุรีค่ะ อ.ทองผาภูมิ",
         "travellers": "2 คนค่ะ หนูกับลูก",
         "urgent": "ไม่ด่วนค่ะ ที่บ้านพักปลอดภัย เขาให้อยู่ได้",
         "special_needs": "ลูกชาย 4 ขวบค่ะ", "travel_alone": "ไปเองได้ค่ะ",
         "more_care": "ไม่มีค่ะ", "sensitive_consent": "ไม่สะดวกค่ะ",
         "needs": "ไม่ขอตอบค่ะ",
         "name": "ฝนค่ะ", "phone": "เบอร์ใหม่นะคะ เบอร์เก่าเขารู้ 0920476613",
         "national_id": "ไม่สะดวกค่ะ", "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สุราษฎร์ธานี", "home": "กาญจนบุรี",
                "travellers": 2, "urgent": False, "special": ["child"], "name": "ฝน",
                "phone": "0920476613", "referrals": []},
        one_part=True),

    # Three young men cheated by a Facebook job broker (3000 baht each), sitting outside a
    # 7-Eleven in Bang Phli, home Kantharalak (Sisaket); want real work and to report the
    # broker; case, urgent.
    "dev54 three men cheated by job broker in Bang Phli": Persona(
        ("โดนหลอกครับ",
         "นายหน้าในเฟสบอกมีงานโรงงานที่บางพลี เก็บค่าหัวไปคนละ3000 พอมาถึงไม่มีงาน ติดต่อไม่ได้",
         "ตอนนี้พวกผมนั่งอยู่หน้าเซเว่นแถวบางพลี"),
        {"consent": "ยินยอมครับ", "idle": "ครับผม",
         "hardship": "ตังหมดครับ ค่ารถกลับไม่มี ที่นอนก็ไม่มี",
         "id_card": "มีครับ ครบทุกคน", "nationality_letter": "ไม่มีครับ",
         "current_province": ("บางพลีครับ", "สมุทรปราการครับ"),
         "home_province": "ศรีสะเกษ กันทรลักษ์ครับ",
         "travellers": ("ผม น้องชาย แล้วก็เพื่อนอีกคน", "3 คนครับ"),
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "special_needs": "ไม่มีครับ หนุ่มๆทั้งนั้น", "travel_alone": "ไปได้ครับ",
         "more_care": "ไม่มีครับ", "sensitive_consent": "ได้ครับ",
         "needs": "อยากได้งานครับ งานจริงๆ แล้วจะแจ้งความนายหน้าได้ไหมครับ",
         "name": "ผมชื่อเบียร์ครับ 0968830254", "phone": "0968830254",
         "national_id": "ข้ามครับ", "confirm": "ใช่ครับ"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ศรีสะเกษ",
                "travellers": 3, "urgent": True, "special": [], "name": "เบียร์",
                "phone": "0968830254", "referrals": ["job_placement", "justice_centre"]}),

    # Elderly couple (74 and 70) from Pua (Nan) after the wife's cataract surgery at Siriraj,
    # son unreachable, sleeping on a bench; Thai-digit phone; one part at a time; case, urgent.
    "dev54 elderly couple after eye surgery at Siriraj, one part": Persona(
        ("สวัสดีคับ", "ตากับยายมารักษาตาที่ศิริราชคับ ยายพึ่งผ่าต้อ หมอให้กลับได้แล้ว",
         "ลูกชายที่กทม.โทรไม่ติดมา3วัน ตังค์หมด"),
        {"consent": "ได้คับ", "idle": "ตาไม่ค่อยเข้าใจคับ",
         "hardship": "ค่ารถกลับน่านคับ ข้าวก็อดมื้อกินมื้อ",
         "id_card": "มีทั้งสองคนคับ", "nationality_letter": "ไม่มีคับ",
         "current_province": ("ศิริราชคับ", "กรุงเทพคับ"),
         "home_province": "น่านคับ ปัว",
         "travellers": "2 คน ตากับยายคับ",
         "urgent": "คืนนี้ก็นอนม้านั่งหน้าตึกคับ",
         "special_needs": "ตา 74 ยาย 70 คับ ยายพึ่งผ่าตา ยังมองไม่ค่อยชัด",
         "travel_alone": "ไปกันเองได้คับ ตาพายายไป", "more_care": "ไม่มีคับ",
         "sensitive_consent": "ได้คับ", "needs": "ไม่มีคับ ขอกลับบ้านก่อน",
         "name": "ตาสิงห์คับ", "phone": "๐๘๙๖๖๔๓๒๑๕ คับ",
         "national_id": "ไม่ได้จำคับ", "confirm": "ถูกคับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน", "travellers": 2,
                "urgent": True, "special": ["elderly", "sick"], "name": "สิงห์",
                "phone": "0896643215", "referrals": []},
        one_part=True),

    # Man released today from Khao Bin prison (Ratchaburi), a temple lets him sleep tonight,
    # asks how much fare they give while answering; wants to work as a masseur; home Yan
    # Ta Khao (Trang); case, not urgent.
    "dev54 released at Khao Bin, asks the fare mid-answer": Persona(
        ("สวัสดีครับ ผมพ้นโทษวันนี้ครับ ออกจากเขาบิน",),
        {"consent": "ยินยอมครับ", "idle": "ผมอยากกลับบ้านที่ตรังครับ",
         "hardship": "ไม่มีค่ารถครับ ที่เรือนจำให้มานิดหน่อยไม่พอ ค่ารถเขาช่วยได้เท่าไหร่ครับ",
         "id_card": "มีครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "ราชบุรีครับ อยู่หน้าเรือนจำเขาบิน",
         "home_province": "ตรังครับ อ.ย่านตาขาว",
         "travellers": "1 ครับ",
         "urgent": "คืนนี้ผมจะไปนอนวัดแถวนี้ครับ หลวงพ่อให้นอน",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ", "more_care": "ไม่มี",
         "sensitive_consent": "ได้ครับ ไม่มีอะไรปิดบัง",
         "needs": "อยากทำงานนวดครับ ข้างในเคยเรียนมานิดนึง อยากเรียนต่อ",
         "name": "ผมชื่อ วีระ ครับ เบอร์ 0614429087", "phone": "0614429087",
         "national_id": "ข้ามครับ", "confirm": "ครับ"},
        expect={"eligible": True, "current": "ราชบุรี", "home": "ตรัง", "travellers": 1,
                "urgent": False, "special": [], "name": "วีระ", "phone": "0614429087",
                "referrals": ["thai_massage_training", "probation_support"]}),

    # Laid-off Rojana factory worker evicted with wife, small child and his 63-year-old mother
    # at the Ayutthaya bus terminal; first lists 5, then corrects to 4; home Yang Talat
    # (Kalasin); case, urgent.
    "dev54 laid-off family at Ayutthaya terminal, corrects the count": Persona(
        ("สวัสดีครับ โรงงานที่โรจนะเลิกจ้างครับ", "ห้องเช่าก็โดนไล่ออก",
         "ผม เมีย ลูก2 แม่ผม อยากกลับกาฬสินธุ์"),
        {"consent": "ยินยอมครับ", "idle": "ครับ",
         "hardship": "ค่ารถครับ ตังค์เหลือ300 ไม่พอซื้อตั๋ว",
         "id_card": "มีครับ ลูกยังไม่มีเพราะยังเด็ก", "nationality_letter": "ไม่มีครับ",
         "current_province": "อยุธยาครับ ตอนนี้อยู่ บขส.อยุธยา",
         "home_province": "กาฬสินธุ์ครับ ยางตลาด",
         "travellers": "4 คนครับ ไม่ใช่5 ลูกคนโตไปอยู่กับยายที่บ้านแล้ว",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน แม่ก็แก่แล้ว",
         "special_needs": "แม่ผม 63 ครับ ลูกคนเล็ก 2 ขวบ",
         "travel_alone": "ไปกันเองได้ครับ", "more_care": "ไม่มีแล้วครับ",
         "sensitive_consent": "ได้ครับ", "needs": "หางานครับ แถวกาฬสินธุ์มีไหม",
         "name": "ผมชื่อ ณรงค์ ครับ 0857301648", "phone": "0857301648",
         "national_id": "ข้ามครับ", "confirm": "4 คนนะครับ ไม่ใช่ 5"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "กาฬสินธุ์",
                "travellers": 4, "urgent": True, "special": ["child", "elderly"],
                "name": "ณรงค์", "phone": "0857301648", "referrals": ["job_placement"]}),

    # Cambodian worker in Ban Khai (Rayong), unpaid, wants to go home to Battambang with her
    # sister; refused (not Thai).
    "dev54 Cambodian worker in Rayong wants to go to Battambang": Persona(
        ("สวัสดีค่ะ", "หนูเป็นคนกัมพูชา ทำงานที่ระยอง นายจ้างไม่จ่ายเงิน 2 เดือน",
         "อยากกลับบ้านพระตะบอง ไม่มีค่ารถค่ะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ช่วยหนูได้ไหมคะ",
         "hardship": "ไม่มีเงินค่ะ ค่ารถก็ไม่มี",
         "id_card": "ไม่มีบัตรไทยค่ะ มีพาสปอร์ตกัมพูชา",
         "nationality_letter": "ไม่มีค่ะ หนูไม่ใช่คนไทย",
         "current_province": "ระยองค่ะ บ้านค่าย", "home_province": "พระตะบอง กัมพูชาค่ะ",
         "travellers": "2 คนค่ะ หนูกับน้องสาว", "urgent": "ยังพอมีห้องอยู่ค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ไปได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "needs": "อยากได้ค่าแรงคืนค่ะ",
         "name": "สเร็ยค่ะ 0946120853", "phone": "0946120853",
         "national_id": "ไม่มีค่ะ", "confirm": "ใช่ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Man who lost his wallet at the Khon Kaen bus terminal, home Chum Phae in the same
    # province; refused (already in his home province).
    "dev54 lost wallet in Khon Kaen, home Chum Phae same province": Persona(
        ("กระเป๋าตังหายครับ อยู่บขส.ขอนแก่น", "จะกลับบ้านที่ชุมแพ ไม่มีตังค่ารถ"),
        {"consent": "ยินยอมครับ", "idle": "ครับ", "hardship": "ค่ารถครับ",
         "id_card": "บัตรอยู่ในกระเป๋าที่หายครับ", "nationality_letter": "ไม่มีครับ",
         "current_province": "ขอนแก่นครับ",
         "home_province": "ชุมแพ ขอนแก่นครับ จังหวัดเดียวกัน",
         "travellers": "คนเดียว", "urgent": "ไม่รู้จะนอนไหนครับ",
         "special_needs": "ไม่มีครับ", "travel_alone": "ได้ครับ", "more_care": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ", "needs": "ไม่มีครับ",
         "name": "เก่งครับ 0914478203", "phone": "0914478203",
         "national_id": "ข้าม", "confirm": "ครับ"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"}),

    # Student in a Ramkhamhaeng dorm with a part-time job who only wants to save on the New
    # Year fare to Nan; refused (no hardship).
    "dev54 student wants free New Year fare to Nan": Persona(
        ("สวัสดีค่ะ อยากขอค่ารถกลับบ้านช่วงปีใหม่ค่ะ", "พอดีได้ยินว่ารัฐช่วยค่ารถกลับบ้าน"),
        {"consent": "ยินยอมค่ะ", "idle": "ค่ะ",
         "hardship": "ไม่ได้เดือดร้อนอะไรหรอกค่ะ555 มีหอ มีเงินเดือนพาร์ทไทม์ "
                     "ค่ารถก็มี แค่อยากประหยัด",
         "id_card": "มีค่ะ", "nationality_letter": "ไม่มีค่ะ",
         "current_province": "กทม ค่ะ แถวรามคำแหง", "home_province": "น่านค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "ไม่มีค่ะ", "travel_alone": "ได้ค่ะ", "more_care": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "needs": "ไม่มีค่ะ",
         "name": "มิ้นท์ 0823390175", "phone": "0823390175",
         "national_id": "ข้ามค่ะ", "confirm": "ค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Passer-by at the Nakhon Sawan terminal at 1 a.m. asking which number works at night;
    # answered (hotline 1300, 24 hours).
    "dev54 passer-by at night asks which number to call": Persona(
        ("สอบถามค่ะ ถ้าเจอคนไม่มีเงินกลับบ้าน นั่งร้องไห้อยู่ขนส่งนครสวรรค์",
         "ตอนนี้ตีหนึ่งแล้ว หน่วยงานไหนเปิดบ้างคะ ต้องโทรเบอร์อะไร"),
        {"consent": "ยินยอมค่ะ", "idle": "แค่อยากรู้เบอร์ค่ะ เดี๋ยวหนูบอกป้าเขาเอง"},
        outcome="answered", answered="1300"),

    # Mother whose son is released next month with an expired ID card asks where he gets a
    # new one; answered (the Department of Provincial Administration issues cards).
    "dev54 mother asks where a released son gets a new ID card": Persona(
        ("ลูกชายจะพ้นโทษเดือนหน้าค่ะ",
         "บัตรประชาชนเขาหมดอายุไปตั้งแต่อยู่ในคุก ออกมาแล้วไปทำบัตรที่ไหนได้คะ หรือทำในคุกได้เลย"),
        {"consent": "ยินยอมค่ะ", "idle": "ถามไว้ก่อนค่ะ ยังไม่ได้ขออะไร"},
        outcome="answered", answered="ปกครอง"),

    # Nephew asks how much the disability allowance is for an uncle who lost a leg;
    # answered (800 baht a month after registering).
    "dev54 nephew asks the disability allowance amount": Persona(
        ("เบี้ยคนพิการ ได้เดือนละกี่บาทครับ", "น้าผมขาขาดจากอุบัติเหตุ ยังไม่เคยไปขึ้นทะเบียน"),
        {"consent": "ยินยอมครับ", "idle": "ถามเฉยๆครับ ขอบคุณครับ"},
        outcome="answered", answered="800"),
}
