"""Dialog personas, set "dev67" (development set).

Date: 2026-12-07. Written from the seeds only.

Focus: the Northeast and the East. Isan workers stuck in the eastern seaboard
(Chonburi, Rayong, Chanthaburi, Trat, Chachoengsao, Prachinburi, Sa Kaeo) and a few
people stuck in Isan whose home is in the East, the North, the South or Bangkok. Many
answer in a word or two ("มี", "บ่มี", "ด่วน", a bare district name such as ศรีราชา,
เดชอุดม, ปลวกแดง); some correct a fact at the summary ("ชื่อผิด", "เบอร์ผิด",
"ไม่ใช่ 3 คน 4 คน"); some ask a question in the middle (how much money, how long,
which documents, an escort, a chartered car, a disability allowance). Families with
babies and small children, grandmothers and old men, a monk, a grandson, a neighbour
and a hospital guard writing for someone else. Isan words (บ่, เฮือน, สิ, แหน่, เด้อ,
เมือ, ข่อย, แม่น, บ่อนนอน), a northern ลุง (เจ้า, ปิ๊ก), a southern trader (หนา),
typos by sound (ค่ารด, บัด, กับบ้าน, พัดยา, กุมพวาปี), Thai digits, "7 เอ้ย 8".

Counts: 23 personas: 17 case, 3 refused, 3 answered; 4 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Isan labourer at the Chonburi bus terminal, one word at a time; Chonburi -> Yasothon, case
    "dev67 isan labourer at chonburi terminal, one-word answers": Persona(
        ("ช่วยแหน่", "บ่มีค่ารถเมือบ้าน นอนขนส่ง"),
        {"consent": "ได้", "idle": "เมือบ้าน", "hardship": "ค่ารถ", "id_card": "มี",
         "nationality_letter": "มีบัตร", "current_province": "ขนส่งชลบุรี",
         "home_province": "ยโสธร", "travellers": "1", "urgent": "ด่วน",
         "special_needs": "บ่มี", "more_care": "บ่", "travel_alone": "ได้",
         "needs": "บ่มี", "sensitive_consent": "ได้", "name": "ทองดี",
         "phone": "0871234560", "confirm": "ถูก"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ยโสธร", "travellers": 1,
                "urgent": True, "special": [], "name": "ทองดี", "phone": "0871234560"},
        one_part=True),

    # abandoned mother with a baby and two children in Pluak Daeng; Rayong -> Sisaket;
    # forgets to count herself, fixes it at the summary; case
    "dev67 mother with baby in pluak daeng, fixes head count": Persona(
        ("สวัสดีค่ะ", "อยู่ปลวกแดงค่ะ ผัวหนีไปแล้ว ตังบ่มีเลย",
         "มีลูกอ่อน ๘ เดือน กับลูก ๔ ขวบ ลูก ๙ ขวบ อยากพาลูกเมือเฮือน"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านค่ะ",
         "hardship": "บ่มีค่ารถค่ะ ค่านมลูกกะบ่มี", "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ", "current_province": "ปลวกแดง ระยองค่ะ",
         "home_province": "ขุขันธ์ ศรีสะเกษ", "travellers": "3 คนค่ะ",
         "urgent": "ยังพักห้องเพื่อนได้อยู่ค่ะ บ่ด่วนปานใด๋",
         "special_needs": "ลูกอ่อน ๘ เดือน กับลูก ๔ ขวบค่ะ", "more_care": "บ่มีแล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ", "needs": "อยากได้นมลูกค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "พิมพา", "phone": "๐๖๓๔๕๖๗๘๑๒",
         "confirm": ("ไม่ใช่ 3 คน 4 คนค่ะ ลืมนับตัวเอง", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "ระยอง", "home": "ศรีสะเกษ", "travellers": 4,
                "urgent": False, "special": ["child"], "name": "พิมพา",
                "phone": "0634567812"}),

    # grandson in Bangkok types for grandma unpaid at a durian orchard in Khlung;
    # Chanthaburi -> Roi Et; asks if an officer can take her; case
    "dev67 grandson for grandma at khlung orchard, asks about escort": Persona(
        ("ผมพิมพ์แทนยายครับ",
         "ยายไปรับจ้างเก็บทุเรียนอยู่ขลุง จันทบุรี นายจ้างบ่จ่ายเงิน ไล่ออกจากสวนแล้ว",
         "ยายอยากกลับบ้านเกษตรวิสัย ร้อยเอ็ด ผมอยู่กรุงเทพไปรับบ่ได้"),
        {"consent": "ยินยอมครับ ยายก็โอเค", "idle": "ขอเงินค่ารถให้ยายกลับบ้านครับ",
         "hardship": "ยายบ่มีเงินเลยครับ ค่ารถค่าข้าวบ่มี", "id_card": "ยายมีบัตรครับ",
         "nationality_letter": "มีบัตรครับ", "current_province": "ขลุง จันทบุรี",
         "home_province": "เกษตรวิสัย ร้อยเอ็ด", "travellers": "ยายคนเดียวครับ อายุ ๖๘",
         "urgent": "ด่วนครับ คืนนี้ยายนั่งอยู่ศาลาวัด บ่มีที่นอน",
         "special_needs": "ยายแก่แล้ว หูตึง ตาบ่ค่อยเห็น", "more_care": "บ่มีครับ",
         "travel_alone": ("ยายไปคนเดียวบ่ได้ครับ ขึ้นรถผิดแน่ๆ มีเจ้าหน้าที่ไปส่งได้บ่ครับ",
                          "ไปคนเดียวไม่ได้ครับ"),
         "needs": "บ่มีครับ", "sensitive_consent": "ได้ครับ", "name": "ยายบุญมี ครับ",
         "phone": "0928765431 เบอร์ผมครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "จันทบุรี", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone", "elderly"],
                "referrals": ["travel_escort"], "name": "บุญมี", "phone": "0928765431"}),

    # Lao construction worker left by his boss in Bo Win, wants to go to Vientiane; refused
    "dev67 lao builder in bo win, not thai": Persona(
        ("สะบายดี", "ข่อยเป็นคนลาวเด้อ มาเฮ็ดงานก่อสร้างอยู่บ่อวิน นายจ้างหนี",
         "บ่มีเงินเมือเวียงจันทน์"),
        {"consent": "ได้", "idle": "อยากเมือบ้าน", "hardship": "บ่มีเงิน บ่มีข้าวกิน",
         "id_card": "บ่มีบัตรไทย มีแต่พาสปอร์ตลาว",
         "nationality_letter": "บ่มี ข่อยบ่แม่นคนไทย",
         "current_province": "บ่อวิน ชลบุรี", "home_province": "เวียงจันทน์ ประเทศลาว",
         "travellers": "1", "urgent": "ด่วน", "special_needs": "บ่มี",
         "more_care": "บ่มี", "travel_alone": "ได้", "needs": "บ่มี",
         "sensitive_consent": "ได้", "name": "คำพอน", "phone": "0951112233",
         "confirm": "แม่นแล้ว"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # man at the Korat bus terminal whose home is Pak Chong, same province; refused
    "dev67 korat terminal to pak chong, same province": Persona(
        ("อยู่ขนส่งโคราชครับ", "เงินหมด กลับบ้านบ่ได้"),
        {"consent": "ครับ", "idle": "ขอค่ารถ", "hardship": "บ่มีค่ารถ", "id_card": "มีครับ",
         "nationality_letter": "มีบัตร", "current_province": "โคราช",
         "home_province": "ปากช่อง", "travellers": "1", "urgent": "ด่วน",
         "special_needs": "บ่มี", "more_care": "บ่มี", "travel_alone": "ได้",
         "needs": "บ่มี", "sensitive_consent": "ได้", "name": "เอ",
         "phone": "0812223344", "confirm": "ถูก"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา"},
        one_part=True),

    # woman whose card burned in a room fire at Map Ta Phut, village head unreachable,
    # no letter; Rayong -> Chaiyaphum; refused
    "dev67 card burned in map ta phut, no letter": Persona(
        ("บัตรหายค่ะ ไฟไหม้ห้องเช่าที่มาบตาพุด", "อยากกลับภูเขียว บ่มีเงินสักบาท"),
        {"consent": "ยินยอมค่ะ", "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "บ่มีที่อยู่ บ่มีเงินค่ะ",
         "id_card": "บ่มีแล้วค่ะ ไหม้ไปหมด บ่มีบัตรแล้วสิเฮ็ดจั่งใด๋คะ",
         "nationality_letter": ("บ่มีค่ะ ผู้ใหญ่บ้านโทรบ่ติด", "บ่มีจริงๆค่ะ"),
         "current_province": "มาบตาพุด ระยอง", "home_province": "ภูเขียว ชัยภูมิ",
         "travellers": "คนเดียวค่ะ", "urgent": "ด่วนค่ะ", "special_needs": "บ่มีค่ะ",
         "more_care": "บ่มี", "travel_alone": "ไปเองได้", "needs": "อยากทำบัตรใหม่",
         "sensitive_consent": "ได้ค่ะ", "name": "นงลักษณ์", "phone": "0627788990",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "หนังสือรับรอง"}),

    # factory worker laid off in Bang Pakong, landlord threw him out; name typo fixed
    # at the summary; Chachoengsao -> Sakon Nakhon; case
    "dev67 bang pakong factory worker, corrects his name": Persona(
        ("โรงงานบางปะกงปิดครับ", "ตกงานมา ๒ เดือน ค่าห้องกะบ่มีจ่าย อยากกลับบ้าน"),
        {"consent": "ยินยอม", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "บ่มีรายได้ บ่มีค่ารถ", "id_card": "มีครับ",
         "nationality_letter": "มีบัตรครับ", "current_province": "บางปะกง",
         "home_province": "สว่างแดนดิน", "travellers": "คนเดียวครับ",
         "urgent": "เจ้าของห้องไล่แล้ว คืนนี้บ่มีบ่อนนอน", "special_needs": "บ่มีครับ",
         "more_care": "บ่มีครับ", "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากได้งานแถวบ้านครับ", "sensitive_consent": "ได้ครับ",
         "name": "สมพอน ครับ", "phone": "0861239870",
         "confirm": ("ชื่อผิดครับ สมพร ร.เรือ บ่แม่น สมพอน", "ถูกแล้วครับ")},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "สกลนคร",
                "travellers": 1, "urgent": True, "special": [], "name": "สมพร",
                "phone": "0861239870"}),

    # pregnant woman thrown out of her room in Khlong Yai, phone fixed at the summary;
    # Trat -> Buriram; case
    "dev67 pregnant woman in khlong yai, wrong phone at summary": Persona(
        ("ท้อง ๗ เดือนค่ะ อยู่คลองใหญ่ ตราด", "ผัวโดนจับ บ่มีไผ ห้องเช่าโดนไล่"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกลับบ้านแม่ค่ะ",
         "hardship": "บ่มีที่อยู่ บ่มีเงินค่ะ", "id_card": "มีค่ะ",
         "nationality_letter": "มีบัตรค่ะ", "current_province": "คลองใหญ่ค่ะ",
         "home_province": "นางรอง บุรีรัมย์", "travellers": "คนเดียวค่ะ กับลูกในท้อง",
         "urgent": "ด่วนค่ะ คืนนี้นอนหน้าเซเว่น", "special_needs": "ท้อง ๗ เดือนค่ะ",
         "more_care": "บ่มีค่ะ", "travel_alone": "ไปเองได้ค่ะ นั่งรถทัวร์ได้",
         "needs": "อยากไปฝากครรภ์ค่ะ", "sensitive_consent": "ได้ค่ะ", "name": "อรอุมา",
         "phone": "0895512344",
         "confirm": ("เบอร์ผิดค่ะ 0895512434 ค่ะ", "ถูกต้องค่ะ")},
        expect={"eligible": True, "current": "ตราด", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": True, "special": ["pregnant"], "name": "อรอุมา",
                "phone": "0895512434"}),

    # monk writes for a diabetic old man sleeping at his temple in Wang Nam Yen, card
    # expired; Sa Kaeo -> Mukdahan; not urgent; case
    "dev67 monk for old man at wang nam yen temple": Persona(
        ("เจริญพร อาตมาพิมพ์แทนโยมผู้ชายคนหนึ่ง",
         "โยมอายุ ๗๔ มาอาศัยนอนศาลาวัดที่วังน้ำเย็นได้ ๓ คืนแล้ว ไม่มีเงินกลับบ้านที่มุกดาหาร"),
        {"consent": "โยมเขายินยอมแล้ว", "idle": "ขอความช่วยเหลือค่าเดินทางให้โยม",
         "hardship": "โยมไม่มีเงิน ไม่มีญาติที่นี่ ไม่มีค่ารถกลับ",
         "id_card": "มีบัตร แต่หมดอายุไปแล้วปีกว่า", "nationality_letter": "มีบัตรหมดอายุ",
         "current_province": "วังน้ำเย็น สระแก้ว", "home_province": "มุกดาหาร",
         "travellers": "โยมคนเดียว",
         "urgent": "ไม่ด่วนนัก นอนที่วัดได้ ข้าวก็มีกินที่วัด",
         "special_needs": "โยมเป็นเบาหวาน ต้องกินยาทุกวัน", "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ ขอให้ขึ้นรถตรงไปมุกดาหาร",
         "needs": "เรื่องยาเบาหวาน", "sensitive_consent": "โยมอนุญาต",
         "name": "ตาเคน", "phone": "๐๘๑๗๖๕๔๓๒๑", "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "สระแก้ว", "home": "มุกดาหาร",
                "travellers": 1, "urgent": False, "special": ["elderly", "sick"],
                "name": "เคน", "phone": "0817654321", "id_card_state": "expired"}),

    # young man who gives only bare district names; Si Racha -> Det Udom; case
    "dev67 bare district names, si racha to det udom": Persona(
        ("ขอความช่วยเหลือ",),
        {"consent": "ยินยอม", "idle": "ค่ารถ", "hardship": "บ่มีค่ารถ", "id_card": "มี",
         "nationality_letter": "มีบัตร", "current_province": "ศรีราชา",
         "home_province": "เดชอุดม", "travellers": "1", "urgent": "บ่ด่วน มีบ่อนนอน",
         "special_needs": "บ่มี", "more_care": "บ่มี", "travel_alone": "ได้",
         "needs": "บ่", "sensitive_consent": "ได้", "name": "ต้น",
         "phone": "0962223344", "confirm": "ถูก"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุบลราชธานี",
                "travellers": 1, "urgent": False, "special": [], "name": "ต้น",
                "phone": "0962223344"},
        one_part=True),

    # laid-off father with wife, toddler, son and his old mother in Ban Chang, asks how
    # much each person gets; Rayong -> Kalasin; case
    "dev67 family of five in ban chang, asks about the amount": Persona(
        ("สวัสดีครับ ผมอยู่บ้านฉางครับ บริษัทปิด ตกงาน",
         "มีเมีย ลูก ๒ ขวบ ลูก ๑๐ ขวบ กับแม่ผมอายุ ๗๐ อยากพากันกลับบ้านกุฉินารายณ์ ค่ารถบ่พอ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": ("บ่มีรายได้ ค่ารถบ่พอครับ ได้คนละเท่าไหร่ครับ",
                      "ไม่มีรายได้ครับ ค่ารถไม่พอ"),
         "id_card": "มีครับทุกคน", "nationality_letter": "มีบัตรครับ",
         "current_province": "บ้านฉาง ระยอง", "home_province": "กุฉินารายณ์ กาฬสินธุ์",
         "travellers": "๕ คนครับ", "urgent": "ยังพักห้องเช่าได้ถึงสิ้นเดือนครับ",
         "special_needs": "ลูก ๒ ขวบ กับแม่อายุ ๗๐", "more_care": "บ่มีแล้วครับ",
         "travel_alone": "ไปกันเองได้ครับ", "needs": "อยากได้งานทำที่บ้านครับ",
         "sensitive_consent": "ได้ครับ", "name": "ประสิทธิ์", "phone": "0649988776",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "กาฬสินธุ์", "travellers": 5,
                "urgent": False, "special": ["child", "elderly"], "name": "ประสิทธิ์",
                "phone": "0649988776"}),

    # older woman writes of herself as ป้าแดง, pickpocketed at the Khon Kaen terminal;
    # Khon Kaen -> Chanthaburi (Tha Mai); case
    "dev67 pa daeng pickpocketed at khon kaen terminal": Persona(
        ("ป้าแดงโดนล้วงกระเป๋าที่ขนส่งขอนแก่น",
         "ตังหายหมด ป้าสิกลับบ้านท่าใหม่ จันทบุรี คืนนี้ป้าบ่มีที่นอน"),
        {"consent": "ป้ายินยอม", "idle": "ป้าอยากกลับบ้าน",
         "hardship": "ป้าบ่มีค่ารถ ตังหายหมด",
         "id_card": "บัตรป้ายังอยู่ อยู่กระเป๋าเสื้อ", "nationality_letter": "ป้ามีบัตร",
         "current_province": "ขนส่งขอนแก่น", "home_province": "ท่าใหม่",
         "travellers": "ป้าคนเดียว", "urgent": "ด่วน ป้านั่งอยู่ขนส่ง",
         "special_needs": "ป้าอายุ ๖๓ เดินช้าหน่อยแต่ไปเองได้", "more_care": "บ่มี",
         "travel_alone": "ป้าไปเองได้ นั่งรถเป็น", "needs": "บ่มี",
         "sensitive_consent": "ได้", "name": "ป้าแดง",
         "phone": "0834567123 เบอร์หลานป้า", "confirm": "ถูกแล้วจ้า"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "จันทบุรี", "travellers": 1,
                "urgent": True, "special": ["elderly"], "name": "แดง",
                "phone": "0834567123"}),

    # released today from Khlong Phai prison, card expired inside, asks how long it takes,
    # wants work and a new card; Nakhon Ratchasima -> Rayong (Klaeng); case
    "dev67 released from khlong phai prison, asks how long": Persona(
        ("เพิ่งออกจากเรือนจำคลองไผ่ครับวันนี้", "บ่มีเงินกลับบ้านแกลง ระยอง"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถครับ",
         "hardship": ("ไม่มีค่ารถครับ ต้องรอนานไหมครับกว่าจะได้ กี่วัน",
                      "ไม่มีค่ารถ ไม่มีที่นอนครับ"),
         "id_card": "บัตรหมดอายุตอนอยู่ข้างในครับ", "nationality_letter": "มีบัตรหมดอายุครับ",
         "current_province": "หน้าเรือนจำคลองไผ่ โคราช", "home_province": "แกลง",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ คืนนี้ไม่รู้จะนอนไหน",
         "special_needs": "ไม่มีครับ", "more_care": "ไม่มี", "travel_alone": "ไปเองได้",
         "needs": "อยากได้งานทำครับ บัตรก็อยากทำใหม่",
         "sensitive_consent": "ยินยอมครับ บันทึกได้", "name": "วีระ",
         "phone": "0918887766", "confirm": "ถูกครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "ระยอง", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement", "id_card"],
                "no_referrals": HEALTH, "name": "วีระ", "phone": "0918887766",
                "id_card_state": "expired"}),

    # neighbour writes for a double amputee in a wheelchair in Kabin Buri, asks about the
    # disability allowance; Prachinburi -> Nong Khai; case
    "dev67 neighbour for wheelchair user in kabin buri": Persona(
        ("พิมพ์แทนข้างห้องค่ะ",
         "เขานั่งวีลแชร์ ขาขาดทั้งสองข้าง อยู่กบินทร์บุรี อยากกลับบ้านโพนพิสัย หนองคาย แต่บ่มีเงินเลย"),
        {"consent": "เขาบอกยินยอมค่ะ", "idle": "ขอให้ช่วยส่งเขากลับบ้านค่ะ",
         "hardship": "บ่มีรายได้ บ่มีค่ารถค่ะ", "id_card": "มีค่ะ บัตรคนพิการกะมี",
         "nationality_letter": "มีบัตรค่ะ", "current_province": "กบินทร์บุรีค่ะ",
         "home_province": "โพนพิสัย หนองคาย", "travellers": "เขาคนเดียวค่ะ",
         "urgent": "ยังอยู่ห้องเช่าได้อีกอาทิตย์ค่ะ บ่ด่วนมาก",
         "special_needs": ("พิการขาค่ะ นั่งวีลแชร์ ขึ้นรถเองบ่ได้ เขาได้เบี้ยคนพิการบ่คะ",
                           "พิการขาค่ะ นั่งวีลแชร์"),
         "more_care": "บ่มีค่ะ", "travel_alone": "ไปเองบ่ได้ค่ะ ต้องมีคนช่วยยกขึ้นรถ",
         "needs": "เรื่องเบี้ยคนพิการค่ะ", "sensitive_consent": "ได้ค่ะ",
         "name": "สมศักดิ์", "phone": "0857778899 เบอร์หนูเองค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ปราจีนบุรี", "home": "หนองคาย",
                "travellers": 1, "urgent": False,
                "special": ["cannot_travel_alone", "disabled"],
                "referrals": ["travel_escort", "disability_allowance"],
                "name": "สมศักดิ์", "phone": "0857778899"}),

    # bar worker cheated of her wages in Pattaya, sound typos, card soaked, asks if it
    # still counts, fixes her name; Chonburi -> Udon Thani; case
    "dev67 cheated in pattaya, sound typos, soaked card": Persona(
        ("ช่วยด้วยค่ะ โดนโกงค่าแรงอยู่พัดยา", "บ่มีค่ารด กับบ้านบ่ได้"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากกับบ้านค่ะ",
         "hardship": "บ่มีตังค่ารด ข้าวกะบ่มีกิน",
         "id_card": ("มีบัดค่ะ แต่บัดตกน้ำเปื่อยหมดแล้ว ใช้ได้บ่คะ", "มีค่ะ บัดเปื่อย"),
         "nationality_letter": "มีบัดค่ะ", "current_province": "พัดยา ชลบุรี",
         "home_province": "กุมพวาปี อุดร", "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้บ่มีที่นอน", "special_needs": "บ่มีค่ะ",
         "more_care": "บ่มี", "travel_alone": "ไปเองได้", "needs": "บ่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ", "name": "ลำใย", "phone": "0823344556",
         "confirm": ("ชื่อผิดค่ะ ลำไย ไม้มลาย", "ถูกแล้วค่ะ")},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 1,
                "urgent": True, "special": [], "name": "ลำไย", "phone": "0823344556",
                "id_card_state": "damaged"}),

    # young Surin father robbed at Krung Thep Aphiwat (Bang Sue) with wife and a
    # two-month-old, asks which documents; Bangkok -> Surin; case
    "dev67 surin father with newborn at bang sue, asks documents": Persona(
        ("อยู่สถานีกลางบางซื่อครับ",
         "พาเมียกับลูกอ่อน ๒ เดือนมา เงินโดนขโมย บ่มีค่ารถไฟกลับศีขรภูมิ"),
        {"consent": "ยินยอมครับ", "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "บ่มีเงินเลยครับ โดนขโมย",
         "id_card": ("มีครับ ต้องใช้เอกสารอะไรอีกบ้างครับ", "มีบัตรครับ"),
         "nationality_letter": "มีบัตรครับ", "current_province": "บางซื่อ กทม",
         "home_province": "ศีขรภูมิ สุรินทร์", "travellers": "๓ คนครับ ผม เมีย ลูก",
         "urgent": "ด่วนครับ คืนนี้นอนสถานี", "special_needs": "ลูกอ่อน ๒ เดือนครับ",
         "more_care": "บ่มีครับ", "travel_alone": "ไปกันเองได้ครับ", "needs": "บ่มีครับ",
         "sensitive_consent": "ได้ครับ", "name": "อนุชา", "phone": "๐๙๗๑๒๓๔๕๖๘",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "อนุชา",
                "phone": "0971234568"}),

    # southern trader robbed at Rong Kluea market, card gone but a kamnan's letter;
    # Sa Kaeo -> Songkhla; case
    "dev67 hat yai trader robbed at rong kluea, kamnan letter": Persona(
        ("ไปขายของที่ตลาดโรงเกลือ โดนขโมยกระเป๋าหมดเลยหนา",
         "บัตรก็หาย ตังก็หาย กลับบ้านหาดใหญ่ไม่ได้แล้ว"),
        {"consent": "ยินยอมค่ะ", "idle": "อยากได้ค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีตังสักบาทค่ะ ค่ารถก็ไม่มี",
         "id_card": "บัตรหายไปกับกระเป๋าค่ะ",
         "nationality_letter": "มีค่ะ ให้กำนันที่บ้านทำหนังสือรับรองส่งมาในไลน์แล้ว",
         "current_province": "โรงเกลือ อรัญ สระแก้ว", "home_province": "หาดใหญ่ สงขลา",
         "travellers": "คนเดียวค่ะ", "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอนหนา",
         "special_needs": "ไม่มีค่ะ", "more_care": "ไม่มี", "travel_alone": "ไปเองได้ค่ะ",
         "needs": "อยากทำบัตรใหม่ค่ะ", "sensitive_consent": "ได้ค่ะ", "name": "กามีลา",
         "phone": "0873334455", "confirm": "ถูกแล้วค่ะ"},
        expect={"eligible": True, "current": "สระแก้ว", "home": "สงขลา", "travellers": 1,
                "urgent": True, "special": [], "name": "กามีลา", "phone": "0873334455"}),

    # northern broom seller, 66, stuck in Warin Chamrap; Ubon Ratchathani -> Lampang; case
    "dev67 northern broom seller in warin chamrap": Persona(
        ("ลุงมาขายไม้กวาดที่อุบล ขายบ่ออก", "เงินหมดแล้วเจ้า"),
        {"consent": "ได้เจ้า", "idle": "ลุงอยากปิ๊กบ้าน", "hardship": "บ่มีค่ารถ",
         "id_card": "มีเจ้า", "nationality_letter": "มีบัตรเจ้า",
         "current_province": "วารินชำราบ", "home_province": "ลำปาง",
         "travellers": "ลุงคนเดียว", "urgent": "ด่วนเจ้า นอนปั๊มน้ำมัน",
         "special_needs": "ลุงอายุ ๖๖", "more_care": "บ่มี", "travel_alone": "ลุงไปเองได้",
         "needs": "บ่มีเจ้า", "sensitive_consent": "ได้", "name": "ลุงอินสอน",
         "phone": "0899876543", "confirm": "ถูกแล้วเจ้า"},
        expect={"eligible": True, "current": "อุบลราชธานี", "home": "ลำปาง",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "อินสอน", "phone": "0899876543"},
        one_part=True),

    # hospital security guard writes for a confused old man outside Rayong Hospital;
    # Rayong -> Bueng Kan (Seka); case
    "dev67 guard for confused old man at rayong hospital": Persona(
        ("ผมเป็น รปภ. โรงพยาบาลระยองครับ",
         "มีลุงแก่ๆ มานั่งหน้าโรงพยาบาล ๒ วันแล้ว หลงๆ ลืมๆ บอกว่าบ้านอยู่เซกา บึงกาฬ"),
        {"consent": "ลุงพยักหน้าครับ ยินยอม", "idle": "อยากให้ช่วยส่งลุงกลับบ้านครับ",
         "hardship": "ลุงไม่มีเงิน ไม่มีที่นอน ไม่มีญาติที่นี่",
         "id_card": "ในกระเป๋าสตางค์มีบัตรประชาชนครับ ยังไม่หมดอายุ",
         "nationality_letter": "มีบัตรครับ", "current_province": "โรงพยาบาลระยอง",
         "home_province": "เซกา บึงกาฬ", "travellers": "ลุงคนเดียวครับ",
         "urgent": "ด่วนครับ ลุงนอนม้านั่งหน้าโรงพยาบาล",
         "special_needs": "ลุงอายุ ๗๗ ตามบัตร หลงๆ ลืมๆ", "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองไม่ได้แน่ครับ จำทางไม่ได้", "needs": "ไม่ทราบครับ",
         "sensitive_consent": "ได้ครับ", "name": "ทองใบ ตามบัตรครับ",
         "phone": "0614445566 เบอร์ผมครับ", "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ระยอง", "home": "บึงกาฬ", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone", "elderly"],
                "referrals": ["travel_escort"], "name": "ทองใบ", "phone": "0614445566"}),

    # unpaid fishing crew put ashore at Laem Ngop, "7 เอ้ย 8", asks about a chartered van;
    # Trat -> Nakhon Phanom; case
    "dev67 fishing crew at laem ngop, seven no eight": Persona(
        ("เถ้าแก่เรือบ่จ่ายค่าแรง ไล่ลงจากเรือแล้ว",
         "อยู่ท่าเรือแหลมงอบ ตราด พวกข่อยสิเมือธาตุพนม"),
        {"consent": "ยินยอม", "idle": "ขอค่ารถเมือบ้าน",
         "hardship": "บ่มีค่ารถ บ่มีบ่อนนอน", "id_card": "มีทุกคน",
         "nationality_letter": "มีบัตรทุกคน", "current_province": "แหลมงอบ",
         "home_province": "ธาตุพนม นครพนม",
         "travellers": ("๗ คน เอ้ย ๘ คน นับตัวเองด้วย เหมารถไปพร้อมกันได้บ่", "๘ คน"),
         "urgent": "ด่วน นอนท่าเรือ", "special_needs": "บ่มี ผู้ชายหมด",
         "more_care": "บ่มี", "travel_alone": "ไปกันเองได้", "needs": "อยากได้งานใหม่",
         "sensitive_consent": "ได้", "name": "บุญส่ง", "phone": "0809990011",
         "confirm": "แม่นแล้ว"},
        expect={"eligible": True, "current": "ตราด", "home": "นครพนม", "travellers": 8,
                "urgent": True, "special": [], "name": "บุญส่ง", "phone": "0809990011"}),

    # Isan speaker asks only whether applying costs anything; answered
    "dev67 isan asks if there is a fee": Persona(
        ("ขอถามแหน่เด้อ", "ขอเงินช่วยค่ารถเมือบ้านนี่ ต้องเสียค่าธรรมเนียมบ่"),
        {"consent": "ยินยอม", "idle": "ถามเฉยๆ บ่ได้ขอ"},
        outcome="answered",
        answered="ไม่มีค่าธรรมเนียม"),

    # granddaughter asks how much the disability allowance is for her registered grandpa;
    # answered
    "dev67 granddaughter asks disability allowance amount": Persona(
        ("ตาพิการขาขาดค่ะ ขึ้นทะเบียนคนพิการแล้ว", "ได้เบี้ยเดือนละกี่บาทคะ"),
        {"consent": "ยินยอมค่ะ", "idle": "ถามเรื่องเบี้ยคนพิการค่ะ"},
        outcome="answered",
        answered="800"),

    # someone asks which papers are needed when a person has no ID card; answered
    "dev67 asks papers needed without id card": Persona(
        ("ถ้าคนบ่มีบัตรประชาชน ขอค่ารถกลับบ้านได้บ่ ต้องใช้เอกสารหยังแหน่",),
        {"consent": "ยินยอม", "idle": "ถามไว้ก่อนเด้อ"},
        outcome="answered",
        answered="หนังสือรับรอง"),
}
