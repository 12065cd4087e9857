"""Blind persona set dev103 for Namjai's dialog benchmark.

Date: 2026-12-07. Written from the seeds only.

Focus: people who mix languages and scripts: Thai-English code-switching, Thai typed
in Latin letters (karaoke), a word or two typed with the wrong keyboard layout,
English province names and nicknames (BKK, Korat, CNX, Pattaya, Hat Yai),
Chinese-Thai and Thai-Malay speakers, office workers and students; some answer a
question with a question, some send links or emoji.

Counts: 23 personas: 17 outcome="case", 3 outcome="refused", 3 outcome="answered";
4 of them one_part=True.
"""

from bench.dialog_personas import Persona

HEALTH = ("medical_services", "mental_health_care", "hiv_aid")

PERSONAS: dict[str, Persona] = {
    # Thanakorn, 29, IT support laid off in Bangkok (Sathorn), locked out of his condo today,
    # no place to sleep tonight, heavy Thai-English. Home Chiang Rai, has ID card, alone,
    # asks for a job. Right outcome: eligible case, urgent, job placement offered.
    "dev103 laid-off IT support, condo lockout, Thai-English": Persona(
        ("hi ครับ",
         "คือผมเพิ่งโดน layoff จากบริษัทแถวสาทรครับ ทำ IT support มา 3 ปี",
         "condo ค้างค่าเช่า 2 เดือน วันนี้ owner เปลี่ยน key card แล้ว tonight ผมไม่มีที่ sleep เลยครับ",
         "อยากกลับบ้านที่ Chiang Rai แต่ balance ในบัญชีเหลือ 43 บาท 🥲"),
        {"consent": "ok ยินยอมครับ",
         "idle": "ขอ support ค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ แล้วคืนนี้ก็ไม่มีที่นอนด้วย",
         "id_card": "มีครับ ยังอยู่ในกระเป๋าตัง",
         "nationality": "Thai ครับ คนไทย",
         "nationality_letter": "มีบัตรประชาชนอยู่แล้วครับ",
         "current_province": "BKK ครับ แถวสาทร",
         "home_province": "Chiang Rai ครับ อ.เวียงป่าเป้า",
         "travellers": "คนเดียวครับ just me",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ได้ครับ ไปเองได้",
         "sensitive_consent": "ok ครับ ยินยอม",
         "urgent": "ใช่ครับ คืนนี้ไม่มีที่นอนจริงๆ",
         "name": "ธนากร ครับ 086-551-2347",
         "phone": "0865512347",
         "needs": "ถ้ามี job แถวเชียงรายช่วยหางานให้ด้วยครับ อยากได้งานใหม่",
         "confirm": "correct ครับ ถูกต้อง"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [], "name": "ธนากร",
                "phone": "0865512347", "referrals": ["job_placement"],
                "no_referrals": HEALTH}),

    # Somsak, 45, construction worker in Phuket (Kathu); the phone has no Thai keyboard so
    # he writes all in karaoke. Employer vanished without pay, nothing eaten today.
    # Home Surin, has ID card, alone. Right outcome: eligible case, urgent (no food today).
    "dev103 karaoke construction worker, Phuket to Surin": Persona(
        ("sawasdee krub",
         "kor thot krub phim thai mai dai, mue thue mai mee pasa thai",
         "phom tham ngan gor sang yoo Phuket. nai jang ni pai laew mai jai kha jang. "
         "mai mee ngern kha rot glub baan tee Surin krub. wan nee yang mai dai gin khao loei"),
        {"consent": "yin yom krub",
         "idle": "kor kwam chuay lua krub, yak glub baan",
         "hardship": "mai mee kha rot glub baan krub, mai mee ngern sue khao",
         "id_card": "mee bat pracha chon krub",
         "nationality": "khon thai krub",
         "nationality_letter": "mee bat pracha chon krub",
         "current_province": "Phuket krub, Kathu",
         "home_province": "Surin krub",
         "travellers": "kon diew krub",
         "special_needs": "mai mee krub",
         "more_care": "mai mee krub",
         "travel_alone": "pai eng dai krub",
         "sensitive_consent": "yin yom krub",
         "urgent": "wan nee yang mai dai gin arai loei krub. tee non yang mee tee camp kon ngan",
         "name": "Somsak 0934471856",
         "phone": "0934471856",
         "needs": "mai mee krub",
         "confirm": "took tong krub"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "สุรินทร์", "travellers": 1,
                "urgent": True, "special": [], "name": "Somsak", "phone": "0934471856",
                "no_referrals": HEALTH}),

    # Wipawan, 33, factory in Rayong closed; first message and a few words typed with the
    # English layout on (l;ylfu8jt = สวัสดีค่ะ, w,j,u9y'8N = ไม่มีตังค์, pbopv, = ยินยอม).
    # Has her 4-year-old daughter with her; sleeps and eats at a friend's room until Sunday.
    # Home Phetchabun. Right outcome: eligible case, 2 travellers, child, not urgent.
    "dev103 wrong keyboard layout mother, Rayong to Phetchabun": Persona(
        ("l;ylfu8jt",
         "อุ๊ยย ลืมเปลี่ยนภาษา ขอโทษค่ะ 😅",
         "พอดีโรงงานที่ระยองปิดค่ะ ตกงานมาเดือนนึงแล้ว w,j,u9y'8N กลับบ้านเลยค่ะ",
         "มีลูกสาว 4 ขวบอยู่ด้วยค่ะ"),
        {"consent": ("pbopv,", "ยินยอมค่ะ ขอโทษค่ะ คีย์บอร์ดเพี้ยนอีกแล้ว"),
         "idle": "ขอความช่วยเหลือค่ะ อยากกลับบ้าน",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรประชาชนค่ะ",
         "current_province": ("itpv'", "ระยองค่ะ ระยอง"),
         "home_province": "เพชรบูรณ์ค่ะ อ.หล่มสัก",
         "travellers": "2 คนค่ะ ตัวเองกับลูก",
         "special_needs": "ลูกสาว 4 ขวบค่ะ",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "ยังพอมีที่นอนค่ะ นอนห้องเพื่อนได้ถึงวันอาทิตย์ ข้าวเพื่อนก็แบ่งให้กิน",
         "name": "วิภาวรรณ ค่ะ 089-204-6671",
         "phone": "0892046671",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ระยอง", "home": "เพชรบูรณ์", "travellers": 2,
                "urgent": False, "special": ["child"], "name": "วิภาวรรณ",
                "phone": "0892046671", "no_referrals": HEALTH}),

    # Prasert Sae-Tang, 67, Chinese-Thai (อั๊ว, อาตี๋, กำเซี้ย), pickpocketed while visiting
    # a shrine in Yaowarat, Bangkok; ID card kept in his shirt pocket, not lost. Home Pak
    # Nam Pho = Nakhon Sawan. Nowhere to sleep tonight. Answers one thing at a time.
    # Right outcome: eligible case, urgent, elderly, phone in Thai digits.
    "dev103 Chinese-Thai grandpa pickpocketed in Yaowarat": Persona(
        ("อาตี๋ ช่วยอั๊วหน่อย",
         "อั๊วมาไหว้เจ้าที่เยาวราช โดนล้วงกระเป๋าตังค์ ตังค์หมดเลย กลับปากน้ำโพไม่ได้"),
        {"consent": "ยินยอม",
         "idle": "อยากกลับบ้าน",
         "hardship": "ไม่มีตังค์ค่ารถ",
         "id_card": "มี บัตรอั๊วเก็บไว้กระเป๋าเสื้อ ไม่หาย",
         "nationality": "ไทย อั๊วเกิดเมืองไทย",
         "nationality_letter": "มีบัตร",
         "current_province": "กรุงเทพ เยาวราช",
         "home_province": "นครสวรรค์ ปากน้ำโพ",
         "travellers": "คนเดียว",
         "special_needs": "อั๊วอายุ 67 แล้ว",
         "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ ขึ้นรถทัวร์เป็น",
         "sensitive_consent": "ได้ ยินยอม",
         "urgent": "คืนนี้ไม่มีที่นอน",
         "name": "ประเสริฐ แซ่ตั้ง",
         "phone": "๐๘๑๗๒๕๓๓๙๐",
         "needs": "ไม่มี กำเซี้ย",
         "confirm": "ถูก"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครสวรรค์",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "ประเสริฐ แซ่ตั้ง", "phone": "0817253390", "no_referrals": HEALTH}),

    # Abdullah, 31, Thai Malay-Muslim factory worker in Pathum Thani (Navanakorn), wages
    # unpaid; mixes Malay ("tak ada duit nak balik kampung"). Home Pattani (note: Pathum
    # Thani vs Pattani). Wife 7 months pregnant and son aged 2 go too. Still has the room
    # until month end, neighbours share food. Right outcome: eligible case, 3 travellers,
    # pregnant + child, not urgent.
    "dev103 Thai-Malay family, Pathum Thani to Pattani": Persona(
        ("Assalamualaikum",
         "ผมทำงานโรงงานนวนคร Pathum Thani ครับ",
         "นายจ้างไม่จ่ายค่าแรงสองเดือนแล้ว tak ada duit nak balik kampung ครับ บ้านอยู่ Pattani",
         "มีเมียท้อง 7 เดือน กับลูกชาย 2 ขวบ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครับ ทั้งผมทั้งเมีย",
         "nationality": "ไทยครับ คนปัตตานี พูดมลายูได้ด้วย",
         "nationality_letter": "มีบัตรประชาชนครับ",
         "current_province": "ปทุมธานีครับ ไม่ใช่ปัตตานีนะ อยู่คลองหลวง",
         "home_province": "ปัตตานีครับ อ.หนองจิก",
         "travellers": "3 คนครับ ผม เมีย ลูก",
         "special_needs": "เมียท้อง 7 เดือน ลูกชาย 2 ขวบครับ",
         "more_care": "ไม่มีแล้วครับ",
         "travel_alone": "ไปด้วยกันเองได้ครับ",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "ยังมีห้องอยู่ถึงสิ้นเดือนครับ ข้าวเพื่อนบ้านแบ่งให้ ยังพอกิน",
         "name": "อับดุลเลาะ 0817734620",
         "phone": "0817734620",
         "needs": "ไม่มีครับ terima kasih",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "ปัตตานี", "travellers": 3,
                "urgent": False, "special": ["pregnant", "child"], "name": "อับดุลเลาะ",
                "phone": "0817734620"}),

    # Pimchanok, 20, university student at Salaya (Nakhon Pathom); parents can no longer
    # send money. Sends a Facebook link, asks questions back (real ID? real name?) before
    # answering. Sleeps and eats at a friend's room. Home Nan. Right outcome: eligible
    # case, not urgent.
    "dev103 Salaya student with a link, answers with questions": Persona(
        ("สวัสดีค่าาา 🙏",
         "หนูเป็นนศ.อยู่ศาลายาค่ะ ตอนนี้ทางบ้านส่งตังมาไม่ได้แล้ว พ่อตกงาน",
         "เห็นโพสต์นี้มาค่ะ https://www.facebook.com/share/p/1AbCdEf9xY/ ใช่ที่นี่ไหมคะที่ช่วยค่ารถกลับบ้าน?",
         "อยากกลับน่านค่ะ ค่ารถไม่พอจริงๆ 🥺"),
        {"consent": "ยินยอมค่ะ แต่ข้อมูลจะไม่ถูกส่งไปมหาลัยใช่ไหมคะ?",
         "idle": "ขอความช่วยเหลือค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "ต้องใช้ตัวจริงไหมคะ? มีบัตรประชาชนค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ศาลายาค่ะ นครปฐม",
         "home_province": "น่านค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ นั่งรถทัวร์ไปเองได้",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "ยังมีที่นอนค่ะ นอนห้องเพื่อน ข้าวก็ยังมีกินค่ะ",
         "name": ("ต้องใช้ชื่อจริงไหมคะ 😳", "พิมพ์ชนก ค่ะ 095-881-2346"),
         "phone": "0958812346",
         "needs": "ไม่มีค่ะ แค่อยากกลับบ้าน",
         "confirm": "ถูกต้องค่ะ ขอบคุณมากค่า 💕"},
        expect={"eligible": True, "current": "นครปฐม", "home": "น่าน", "travellers": 1,
                "urgent": False, "special": [], "name": "พิมพ์ชนก", "phone": "0958812346",
                "no_referrals": HEALTH}),

    # Sudarat, 38, ex-admin at Rojana industrial estate, Ayutthaya; laid off, diabetic,
    # insulin ran out, nothing eaten today. Office Thai-English. Home Roi Et, alone, asks
    # to see a doctor. Right outcome: eligible case, urgent, sick, medical services offered.
    "dev103 diabetic office admin, Ayutthaya to Roi Et": Persona(
        ("สวัสดีค่ะ ขอ consult หน่อยค่ะ",
         "เคยเป็น admin อยู่นิคมโรจนะ Ayutthaya ค่ะ โดน lay off ไปตอน end of month",
         "ตอนนี้ cash หมดแล้ว วันนี้ยังไม่ได้กินข้าวเลยค่ะ แล้วเป็น diabetes ด้วย insulin ก็หมด",
         "อยากกลับ Roi Et ค่ะ แล้วอยากหาหมอด้วย"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากกลับบ้านค่ะ แล้วขอหาหมอด้วย",
         "hardship": "ไม่มีเงินค่ารถ แล้วก็ไม่มีข้าวกินค่ะ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "อยุธยาค่ะ อ.อุทัย",
         "home_province": "ร้อยเอ็ดค่ะ",
         "travellers": "1 คนค่ะ",
         "special_needs": "ป่วยเป็นเบาหวานค่ะ ยาหมด",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "วันนี้ยังไม่ได้กินอะไรเลยค่ะ ห้องเช่ายังนอนได้อีกสองคืน",
         "name": "สุดารัตน์ 0623318504",
         "phone": "0623318504",
         "needs": "อยากให้หมอดูเรื่องเบาหวาน ขออินซูลินค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "ร้อยเอ็ด",
                "travellers": 1, "urgent": True, "special": ["sick"], "name": "สุดารัตน์",
                "phone": "0623318504", "referrals": ["medical_services"]}),

    # Anuwat, 26, bar staff in Pattaya (Chonburi), writes in bar English first. Bar closed,
    # boss ran off; he and a friend (also from Udon Thani, also going home) will sleep on
    # the beach tonight. Both have ID cards. Right outcome: eligible case, 2 travellers,
    # urgent.
    "dev103 Pattaya bar English, two friends to Udon": Persona(
        ("Hello",
         "I need help please. Bar close already, boss run away no pay",
         "Me and my friend no money go home Udon. Tonight sleep beach 😢",
         "พิมพ์ไทยก็ได้ครับ 555 ติดพิมพ์อังกฤษกับลูกค้า"),
        {"consent": "OK yes ยินยอม",
         "idle": "help go home ครับ",
         "hardship": "no money for bus ครับ ไม่มีค่ารถ แล้วก็ไม่มีที่นอน",
         "id_card": "Have ครับ มีบัตรทั้งคู่",
         "nationality": "Thai both ครับ ไทยทั้งสองคน",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "Pattaya ครับ Chonburi",
         "home_province": "Udon Thani ครับ อ.กุมภวาปี",
         "travellers": "2 คน ผมกับเพื่อน เพื่อนก็บ้านอุดรเหมือนกัน",
         "special_needs": "No ครับ ไม่มี",
         "more_care": "no ครับ",
         "travel_alone": "can ครับ ไปกันเองได้",
         "sensitive_consent": "ok ยินยอม",
         "urgent": "yes tonight no room ครับ คืนนี้นอนชายหาด",
         "name": "Anuwat 0891230987",
         "phone": "0891230987",
         "needs": "no thank you ครับ",
         "confirm": "correct ✅"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "อุดรธานี", "travellers": 2,
                "urgent": True, "special": [], "name": "Anuwat", "phone": "0891230987",
                "no_referrals": HEALTH}),

    # Khwanjai, 24, ex-barista in Chiang Mai (Nimman), 5 months pregnant, boyfriend left,
    # evicted today. Sends crying emoji, a sticker and a Google Maps link instead of a place
    # name, later "CNX". Home Sukhothai, alone, asks for antenatal care. Right outcome:
    # eligible case, urgent, pregnant, medical services offered.
    "dev103 pregnant in CNX, emoji and a map link": Persona(
        ("😭😭😭",
         "[sticker]",
         "ช่วยด้วยค่ะ แฟนทิ้งไปแล้ว ห้องก็โดนไล่ออกวันนี้",
         "ตอนนี้อยู่ตรงนี้ค่ะ 📍 https://maps.app.goo.gl/Qm7vZr2KpLs8TnWx9",
         "ท้อง 5 เดือนค่ะ อยากกลับไปหาแม่ที่สุโขทัย"),
        {"consent": "ยินยอมค่ะ 🙏",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": "ไม่มีที่นอน ไม่มีค่ารถค่ะ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": ("ตามลิ้งเลยค่ะ 📍", "CNX ค่ะ เชียงใหม่ แถวนิมมาน"),
         "home_province": "สุโขทัยค่ะ อ.ศรีสำโรง",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ท้อง 5 เดือนค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "คืนนี้ไม่มีที่นอนค่ะ 😢",
         "name": "ขวัญใจ 0649927713",
         "phone": "0649927713",
         "needs": "อยากฝากครรภ์ค่ะ ยังไม่เคยไปหาหมอเลย ช่วยหาโรงพยาบาลให้หน่อยได้ไหมคะ",
         "confirm": "👍 ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "สุโขทัย", "travellers": 1,
                "urgent": True, "special": ["pregnant"], "name": "ขวัญใจ",
                "phone": "0649927713", "referrals": ["medical_services"]}),

    # Chatree, 36, fish-plant worker at Mahachai (Samut Sakhon); types words with the wrong
    # layout (d]y[[hko = กลับบ้าน, pbopv, = ยินยอม, w,j,u = ไม่มี) and corrects himself.
    # Sleeps at the workers' camp, still has rice. Home Kalasin. Answers one thing a message.
    # Right outcome: eligible case, not urgent.
    "dev103 Mahachai worker, wrong layout words, one at a time": Persona(
        ("ผมอยู่มหาชัยครับ ไม่มีเงินd]y[[hko",
         "กลับบ้าน*",
         "บ้านอยู่กาฬสินธุ์"),
        {"consent": ("pbopv,", "ยินยอม"),
         "idle": "ขอความช่วยเหลือ",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "มี",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตร",
         "current_province": "สมุทรสาคร",
         "home_province": "กาฬสินธุ์",
         "travellers": "1",
         "special_needs": ("w,j,u", "ไม่มี"),
         "more_care": "ไม่มี",
         "travel_alone": "ได้",
         "sensitive_consent": "ยินยอม",
         "urgent": "มีที่นอนแคมป์ ข้าวยังมี",
         "name": "ชาตรี",
         "phone": "0987765412",
         "needs": "ไม่มี",
         "confirm": "ถูก"},
        one_part=True,
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": False, "special": [], "name": "ชาตรี",
                "phone": "0987765412", "no_referrals": HEALTH}),

    # Suriya, 34, released this morning from Khlong Phai prison, Korat (Nakhon Ratchasima);
    # southern speech ("หนิ"). His release money is not enough for the fare; no place to
    # sleep tonight. Has his ID card back. Home Nakhon Si Thammarat. Asks for work and for
    # help reporting to probation at home. Right outcome: eligible case, urgent, job
    # placement and probation support offered.
    "dev103 released from Khlong Phai, Korat to Nakhon Si": Persona(
        ("หวัดดีครับ",
         "ผมพ้นโทษออกจากคลองไผ่เมื่อเช้าครับ Korat",
         "ได้ตังติดตัวออกมานิดหน่อย ค่ารถลงนครศรีฯ ไม่พอหนิ ไม่รู้จะทำไงแล้ว",
         "คืนนี้ไม่มีที่นอนเลยครับ"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ",
         "id_card": "มีครับ ได้คืนตอนออกมา",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "โคราชครับ",
         "home_province": "นครศรีธรรมราชครับ อ.ทุ่งสง",
         "travellers": "คนเดียวครับ",
         "special_needs": "ไม่มีครับ",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ยินยอมครับ ติดคดีลักทรัพย์ ไม่ปิดบัง",
         "urgent": "คืนนี้ไม่มีที่นอนครับ",
         "name": "สุริยา 0835561290",
         "phone": "0835561290",
         "needs": "อยากได้งานทำครับ แล้วต้องไปรายงานตัวคุมประพฤติที่นครศรีฯ ช่วยประสานให้ด้วยได้ไหม",
         "confirm": "ถูกต้องแล้วครับ"},
        expect={"eligible": True, "current": "นครราชสีมา", "home": "นครศรีธรรมราช",
                "travellers": 1, "urgent": True, "special": [], "name": "สุริยา",
                "phone": "0835561290", "referrals": ["job_placement", "probation_support"],
                "no_referrals": HEALTH}),

    # Boonlert, 41, lost his right leg in a road accident 3 months ago (wound healed, not
    # sick now), uses a wheelchair, discharged today from hospital in Khon Kaen with nowhere
    # to go. Cannot get on a bus alone. Home Loei. Asks for the disability allowance.
    # Right outcome: eligible case, urgent, disabled + cannot travel alone, allowance offered.
    "dev103 wheelchair user discharged in Khon Kaen": Persona(
        ("สวัสดีครับ 🙏",
         "ผมโดนรถชนเมื่อ 3 เดือนก่อน ขาขวาตัดไปครับ ตอนนี้นั่ง wheelchair",
         "หมอให้ discharge ออกจาก รพ.ศรีนครินทร์ ขอนแก่น วันนี้ แต่ผมไม่มีที่ไป ไม่มีเงินกลับบ้านที่เลย",
         "ไปคนเดียวไม่ไหวครับ ขึ้นรถบัสเองไม่ได้"),
        {"consent": "ยินยอมครับ",
         "idle": "ขอความช่วยเหลือกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ",
         "id_card": "มีครับ",
         "nationality": "ไทยครับ",
         "nationality_letter": "มีบัตรครับ",
         "current_province": "ขอนแก่นครับ",
         "home_province": "Loei ครับ อ.ด่านซ้าย จังหวัดเลย",
         "travellers": "คนเดียวครับ",
         "special_needs": "ขาขาดข้างนึง นั่งรถเข็นครับ แผลหายดีแล้ว ไม่ได้ป่วยอะไร",
         "more_care": "ไม่มีครับ",
         "travel_alone": "ไม่ได้ครับ ต้องมีคนช่วยยกรถเข็นขึ้นรถ",
         "sensitive_consent": "ยินยอมครับ",
         "urgent": "คืนนี้ไม่มีที่นอนครับ ออกจาก รพ. แล้วไม่รู้จะไปไหน",
         "name": "บุญเลิศ 0856634072",
         "phone": "0856634072",
         "needs": "ยังไม่ได้ขึ้นทะเบียนคนพิการครับ อยากได้เบี้ยคนพิการ ต้องทำยังไง",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย", "travellers": 1,
                "urgent": True, "special": ["disabled", "cannot_travel_alone"],
                "name": "บุญเลิศ", "phone": "0856634072",
                "referrals": ["disability_allowance"]}),

    # Fatimah, 63, Thai Malay-Muslim trader from Tak Bai (Narathiwat), money stolen at the
    # market in Hat Yai (Songkhla). Mixes Malay (mak cik, tak ada, betul). The imam lets her
    # sleep at the mosque and she gets food. Answers one thing a message. Right outcome:
    # eligible case, elderly, not urgent.
    "dev103 Malay-speaking mak cik robbed in Hat Yai": Persona(
        ("Assalamualaikum",
         "mak cik ขายของที่ตลาดหาดใหญ่ โดนขโมยเงินหมด",
         "nak balik Narathiwat tak ada duit"),
        {"consent": "ยินยอม",
         "idle": "mak cik nak balik ขอค่ารถกลับบ้าน",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "ada มีบัตร",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตร",
         "current_province": "สงขลา หาดใหญ่",
         "home_province": "นราธิวาส ตากใบ",
         "travellers": "seorang คนเดียว",
         "special_needs": "อายุ 63",
         "more_care": "tak ada ไม่มี",
         "travel_alone": "ไปเองได้",
         "sensitive_consent": "ยินยอม",
         "urgent": "อิหม่ามให้นอนมัสยิดได้ มีข้าวกิน",
         "name": "ฟาตีมะห์",
         "phone": "0612203359",
         "needs": "tak ada",
         "confirm": "betul ถูกต้อง"},
        one_part=True,
        expect={"eligible": True, "current": "สงขลา", "home": "นราธิวาส", "travellers": 1,
                "urgent": False, "special": ["elderly"], "name": "ฟาตีมะห์",
                "phone": "0612203359", "no_referrals": HEALTH}),

    # Yaowalak, 44, Chinese-Thai accountant at a factory in Bang Pakong (แปดริ้ว =
    # Chachoengsao); the owner (เถ้าแก่) has not paid her for 3 months, lease ends tomorrow
    # (tonight still a room and food). Takes her mother (ม้า), 72, home to Trang; they go
    # together. Answers "how many" with a question. Asks about the old-age allowance for her
    # mother. Right outcome: eligible case, 2 travellers, elderly, not urgent, elderly
    # allowance offered.
    "dev103 Chinese-Thai accountant taking her ma to Trang": Persona(
        ("สวัสดีค่ะ รบกวนสอบถามค่ะ",
         "ทำ accounting อยู่โรงงานที่บางปะกง แปดริ้วค่ะ เถ้าแก่ไม่จ่าย salary มา 3 เดือนแล้ว",
         "ห้องเช่าหมดสัญญาพรุ่งนี้ค่ะ จะพาม้า (แม่) กลับบ้านที่ Trang แต่ตังค์ไม่พอค่ารถ"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอความช่วยเหลือค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "มีค่ะ แม่ก็มี",
         "nationality": "ไทยค่ะ เชื้อสายจีนแต่เกิดที่ตรัง",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "ฉะเชิงเทราค่ะ",
         "home_province": "ตรังค่ะ อ.ห้วยยอด",
         "travellers": "นับแม่ด้วยไหมคะ? ถ้านับก็ 2 คนค่ะ",
         "special_needs": "แม่อายุ 72 ค่ะ",
         "more_care": "ไม่มีแล้วค่ะ",
         "travel_alone": "ไปด้วยกันเองได้ค่ะ ไม่ต้องมีเจ้าหน้าที่",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "คืนนี้ยังนอนห้องได้ค่ะ ข้าวยังมี",
         "name": "เยาวลักษณ์ 0946618823",
         "phone": "0946618823",
         "needs": "แม่ยังไม่เคยได้เบี้ยผู้สูงอายุเลยค่ะ อยากสมัครให้แม่ ต้องทำยังไง",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "ฉะเชิงเทรา", "home": "ตรัง", "travellers": 2,
                "urgent": False, "special": ["elderly"], "name": "เยาวลักษณ์",
                "phone": "0946618823", "referrals": ["elderly_allowance"],
                "no_referrals": HEALTH}),

    # Ploychompoo, 19, student near Ramkhamhaeng (Bangkok), Gen-Z slang, lost her money to
    # an online ticket scam and sends the scam link; 12 baht left, nothing eaten since
    # yesterday (dorm room still hers). Home Mukdahan. Right outcome: eligible case, urgent.
    "dev103 scammed Ram student, Gen-Z slang": Persona(
        ("hi",
         "คือแบบ โดน scam มาค่ะ literally หมดตัว 💀",
         "โอนไปให้เพจนี้ https://bit.ly/3xTkConcert จะซื้อตั๋วคอนเสิร์ตที่เค้าขายต่อ สุดท้ายบล็อกหนีเลย",
         "ตอนนี้อยู่หอแถวราม ตังเหลือ 12 บาท ยังไม่ได้กินไรเลยตั้งแต่เมื่อวาน อยากกลับมุกฯ ง่าา"),
        {"consent": "ยินยอมค่ะ",
         "idle": "ขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่มีค่ารถ แล้วก็ไม่มีตังกินข้าวค่ะ",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "กทม.ค่ะ แถวรามคำแหง",
         "home_province": "มุกดาหารค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "วันนี้ยังไม่ได้กินอะไรเลยค่ะ ห้องหอยังนอนได้",
         "name": "พลอยชมพู 0973345120",
         "phone": "0973345120",
         "needs": "ไม่มีค่ะ แค่อยากกลับบ้าน",
         "confirm": "ถูกต้องค่ะ 🙏"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "มุกดาหาร",
                "travellers": 1, "urgent": True, "special": [], "name": "พลอยชมพู",
                "phone": "0973345120", "no_referrals": HEALTH}),

    # Ratchanee, 37, just deported from Korea, stuck at Suvarnabhumi airport (Samut Prakan),
    # her Korean phone has no Thai keyboard so all karaoke. No money, nowhere to sleep
    # tonight. Home Buriram (Nang Rong). Wants a job. Right outcome: eligible case, urgent,
    # job placement offered.
    "dev103 deported from Korea, karaoke at Suvarnabhumi": Persona(
        ("Sawasdee ka",
         "chan pheng bin glab jak Korea ka, thuk song glab (deport)",
         "torn nee tid yoo sanam bin Suvarnabhumi, mue thue mai mee pasa thai",
         "mai mee ngern kha rot glab baan Buriram loei ka. keun nee mai mee tee non"),
        {"consent": "yin yom ka",
         "idle": "kor kwam chuay lua ka, yak glab baan",
         "hardship": "mai mee kha rot, mai mee tee non ka",
         "id_card": "mee bat pracha chon ka, passport gor mee",
         "nationality": "Thai ka, khon thai",
         "nationality_letter": "mee bat pracha chon ka",
         "current_province": "Samut Prakan ka, sanam bin Suvarnabhumi",
         "home_province": "Buriram ka, Nang Rong",
         "travellers": "kon diew ka",
         "special_needs": "mai mee ka",
         "more_care": "mai mee ka",
         "travel_alone": "pai eng dai ka",
         "sensitive_consent": "yin yom ka",
         "urgent": "keun nee mai mee tee non ka",
         "name": "Ratchanee 0829913476",
         "phone": "0829913476",
         "needs": "yak dai ngan tham ka, chuay ha ngan hai noi dai mai",
         "confirm": "took tong ka"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": True, "special": [], "name": "Ratchanee",
                "phone": "0829913476", "referrals": ["job_placement"],
                "no_referrals": HEALTH}),

    # Panu, 30, graphic designer who quit his job in Nonthaburi; says plainly he is ill with
    # depression, medicine ran out, money gone. Room until month end, still has instant
    # noodles. Home Phitsanulok, alone, can travel alone. Answers one thing a message and
    # asks for psychiatric follow-up. Right outcome: eligible case, sick, not urgent, mental
    # health care offered.
    "dev103 designer with depression, Nonthaburi to Phitsanulok": Persona(
        ("ขอโทษที่รบกวนครับ",
         "ผมเป็น depression ครับ ลาออกจากงาน graphic design ที่ Nonthaburi มาเดือนนึงแล้ว burnout ไม่ไหวจริงๆ",
         "ยาหมด เงินก็หมด อยากกลับไปอยู่กับแม่ที่พิษณุโลก"),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้าน",
         "hardship": "ไม่มีค่ารถ",
         "id_card": "มีครับ",
         "nationality": "ไทย",
         "nationality_letter": "มีบัตร",
         "current_province": "นนทบุรี",
         "home_province": "พิษณุโลก",
         "travellers": "คนเดียว",
         "special_needs": "ป่วยเป็นโรคซึมเศร้าครับ",
         "more_care": "ไม่มี",
         "travel_alone": "ไปเองได้ครับ",
         "sensitive_consent": "ยินยอม",
         "urgent": "ยังมีห้องถึงสิ้นเดือน มาม่ายังมี",
         "name": "ภาณุ",
         "phone": "0804417735",
         "needs": "อยากได้หมอจิตเวชดูต่อที่พิษณุโลกครับ ยาหมดแล้ว",
         "confirm": "ถูกต้องครับ"},
        one_part=True,
        expect={"eligible": True, "current": "นนทบุรี", "home": "พิษณุโลก", "travellers": 1,
                "urgent": False, "special": ["sick"], "name": "ภาณุ", "phone": "0804417735",
                "referrals": ["mental_health_care"]}),

    # Hafiz, 27, Malaysian from Kelantan, cook at a tom yam shop in Bangkok that closed;
    # only a Malaysian passport, not Thai. Still sleeps at a friend's. Right outcome:
    # refused, not Thai nationality.
    "dev103 Malaysian tom yam cook in Bangkok": Persona(
        ("Hello, saya Hafiz dari Kelantan",
         "ผมเป็นคน Malaysia ครับ มาทำงานร้านต้มยำที่ Bangkok",
         "ร้านปิด ไม่มี duit balik Kota Bharu. boleh tolong?"),
        {"consent": "ok ยินยอมครับ",
         "idle": "ขอช่วยค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "ไม่มีบัตรไทยครับ มีแต่ passport Malaysia",
         "nationality": "Malaysia ครับ ไม่ใช่คนไทย",
         "nationality_letter": "ไม่มีครับ ผมไม่ใช่คนไทย",
         "current_province": "Bangkok ครับ",
         "home_province": "Kelantan, Malaysia ครับ",
         "travellers": "คนเดียว",
         "special_needs": "tak ada ไม่มี",
         "more_care": "tak ada",
         "travel_alone": "boleh ไปเองได้",
         "sensitive_consent": "ok",
         "urgent": "ยังมีที่นอนบ้านเพื่อนครับ",
         "name": "Hafiz 0658812093",
         "phone": "0658812093",
         "needs": "tak ada",
         "confirm": "betul"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Mintra, 29, marketing officer in Bangkok (Ari) with a condo, salary and food, wants the
    # state to pay her Songkran flight home to Chiang Mai to "save". No hardship of any kind.
    # Right outcome: refused, no hardship.
    "dev103 marketing officer wants a Songkran budget": Persona(
        ("สวัสดีค่ะ 👋",
         "Songkran นี้จะกลับ Chiang Mai ค่ะ",
         "ตั๋วเครื่องบินแพงมาก เลยอยากเคลม budget ค่ารถกลับบ้านจาก gov ได้ไหมคะ? salary ก็มีนะคะ แต่อยาก save ไว้ 😅"),
        {"consent": "ยินยอมค่ะ",
         "idle": "อยากขอค่ารถกลับบ้านค่ะ",
         "hardship": "ไม่ได้เดือดร้อนอะไรค่ะ มีคอนโด มีเงินเดือน มีข้าวกิน แค่อยากประหยัดค่าตั๋ว",
         "id_card": "มีค่ะ",
         "nationality": "ไทยค่ะ",
         "nationality_letter": "มีบัตรค่ะ",
         "current_province": "BKK ค่ะ อารีย์",
         "home_province": "Chiang Mai ค่ะ",
         "travellers": "คนเดียวค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "more_care": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "sensitive_consent": "ยินยอมค่ะ",
         "urgent": "ไม่ค่ะ มีที่นอน มีข้าวกิน",
         "name": "มินตรา 0918830264",
         "phone": "0918830264",
         "needs": "ไม่มีค่ะ",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False, "reason": "เดือดร้อน"}),

    # Nattawut, 21, student at KKU in Khon Kaen city, broke, wants the fare to his family's
    # house in Ban Phai, which is also in Khon Kaen. Still has his dorm and food. Half
    # karaoke. Right outcome: refused, already in his home province.
    "dev103 KKU student whose home is Khon Kaen too": Persona(
        ("Hello krub",
         "phom rian yoo KKU krub, torn nee mai mee ngern loei",
         "yak glub baan tee Ban Phai, Khon Kaen muean gan krub. kha rot mai por"),
        {"consent": "ok krub yin yom",
         "idle": "kor kha rot glub baan krub",
         "hardship": "mai mee kha rot krub",
         "id_card": "mee krub",
         "nationality": "Thai krub",
         "nationality_letter": "mee bat krub",
         "current_province": "Khon Kaen krub, yoo KKU",
         "home_province": "Khon Kaen krub, amphoe Ban Phai",
         "travellers": "kon diew krub",
         "special_needs": "mai mee",
         "more_care": "mai mee",
         "travel_alone": "dai krub",
         "sensitive_consent": "ok",
         "urgent": "yang mee hor non krub, khao yang mee",
         "name": "Nattawut 0869901274",
         "phone": "0869901274",
         "needs": "mai mee krub",
         "confirm": "took tong krub"},
        outcome="refused",
        expect={"eligible": False, "reason": "ภูมิลำเนา", "current": "ขอนแก่น",
                "home": "ขอนแก่น"}),

    # Office worker asking for a cousin, refuses consent ("ไม่ consent") and only wants the
    # hotline number. Right outcome: answered (hotline 1300), nothing stored.
    "dev103 no consent, just the hotline for a cousin": Persona(
        ("สวัสดีค่ะ",
         "ขอถามแทนญาติค่ะ ตอนนี้ไม่สะดวกให้ข้อมูลนะคะ ไม่ consent ค่ะ",
         "มี hotline ให้ญาติโทรไปขอความช่วยเหลือกลับบ้านไหมคะ เบอร์อะไร?"),
        {"consent": "ไม่ยินยอมค่ะ ขอแค่เบอร์โทร",
         "idle": "ขอเบอร์ hotline ค่ะ"},
        outcome="answered",
        answered="1300",
        expect={"stored": False}),

    # Thai Malay-Muslim mother in Yala asks only how much the monthly disability allowance
    # is for her son with cerebral palsy. Right outcome: answered (800 baht a month).
    "dev103 Yala mother asks the disability allowance": Persona(
        ("Assalamualaikum",
         "Mak nak tanya sikit ค่ะ ลูกชายเป็น CP เดินไม่ได้",
         "เบี้ยคนพิการได้เดือนละเท่าไหร่คะ? ต้องขึ้นทะเบียนก่อนไหม"),
        {"consent": "ไม่เป็นไรค่ะ แค่ถามเฉยๆ",
         "idle": "ถามเรื่องเบี้ยคนพิการค่ะ ได้เดือนละเท่าไหร่"},
        outcome="answered",
        answered="800",
        expect={}),

    # Student asking in karaoke and English how much food money per day the return-home
    # aid gives while waiting and travelling. Right outcome: answered (up to 100 baht a
    # day per person).
    "dev103 karaoke question, food money per day": Persona(
        ("hi ka 🙋‍♀️",
         "kor tham noi ka, khrong garn chuay glub baan nee",
         "ja dai kha arhan duay mai ka? wan la tao rai? per day per person"),
        {"consent": "mai tong ka, tham cher cher",
         "idle": "tham rueang kha arhan wan la tao rai ka"},
        outcome="answered",
        answered="100",
        expect={}),
}
