"""Held-out personas (set 2) for bench/dialogs.py: how many turns intake takes on
people the developers never tuned on.

Written on 2026-12-04 from the source documents only (../shared/seeds/: the DSDW
operating manual for the return-home travel aid, the 2543 Ministry regulation and the
rates notice, and the list of government services for released prisoners), without
reading the dialog code (dialogs/) or the knowledge base (knowledge/), and without
reading the other persona sets beyond the Persona class and its first examples.
Expected outcomes are what a careful officer would conclude from the conversation:
Thai nationality, an ID card or a village head's letter certifying Thai nationality,
and hardship (no shelter, no food or income, no fare home) make a person eligible;
no shelter tonight makes it urgent, having somewhere to stay makes it not urgent.

NEVER tune on this set: run it only to measure, and do not copy its sentences into
tests or rules.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # ---- sent requests ("case") ----
    "h2 Isan builder cheated at Pattaya": Persona(
        ("สวัสดีครับ",
         "ข้อยมาเฮ็ดงานก่อสร้างอยู่พัทยา ผู้รับเหมาเชิดเงินหนี บ่จ่ายค่าแรงจักบาท "
         "ตอนนี้บ่มีเงินกลับบ้านโคราช นอนป้ายรถเมล์มาสองคืนแล้วครับ"),
        {"consent": "ยินยอมครับ", "hardship": "บ่มีเงินค่ารถกลับบ้าน บ่มีบ่อนนอนครับ",
         "id_card": "มีบัตรประชาชนครับ", "current_province": "อยู่พัทยาครับ",
         "home_province": "บ้านอยู่โคราชครับ", "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ บ่มีบ่อนนอน", "name": "ทองดี", "phone": "0867123456"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "นครราชสีมา",
                "travellers": 1, "urgent": True, "special": [], "name": "ทองดี",
                "phone": "0867123456"}),
    "h2 released this morning, Northern dialect, wants work": Persona(
        ("พึ่งออกจากเรือนจำคลองเปรมเมื่อเจ๊าครับ",
         "บ่มีสตางค์ปิ๊กบ้านเจียงฮายครับ บัตรประชาชนมีอยู่"),
        {"consent": "ยินยอมครับ", "hardship": "บ่มีสตางค์ค่ารถครับ", "id_card": "มีครับ",
         "current_province": "ตอนนี้อยู่กรุงเทพครับ", "home_province": "บ้านอยู่เชียงรายครับ",
         "travellers": "คนเดียวครับ", "urgent": "บ่มีที่นอนครับ คืนนี้บ่ฮู้จะไปนอนไหน",
         "sensitive_consent": "ยินยอมครับ",
         "needs": "อยากได้งานทำครับ ปิ๊กไปแล้วจะหางานทำ",
         "name": "ศักดิ์ชัย", "phone": "๐๙๑๗๓๕๒๔๖๘"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "เชียงราย",
                "travellers": 1, "urgent": True, "special": [], "name": "ศักดิ์ชัย",
                "phone": "0917352468", "referrals": ["job_placement"]}),
    "h2 mother fleeing a violent husband with two kids": Persona(
        ("ช่วยด้วยค่ะ🙏",
         "หนีผัวออกมาค่ะ มันเมาแล้วทุบตีทุกวัน ตอนนี้อยู่กับลูกสองคนที่สมุทรปราการ",
         "อยากกลับไปอยู่กับแม่ที่ร้อยเอ็ด แต่ไม่มีเงินเลยสักบาทค่ะ มีบัตรปชช.ค่ะ"),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีเงินค่ารถ ไม่มีที่อยู่ค่ะ",
         "id_card": "มีค่ะ", "current_province": "อยู่สมุทรปราการค่ะ",
         "home_province": "บ้านแม่อยู่ร้อยเอ็ดค่ะ",
         "travellers": "3 คนค่ะ หนูกับลูก 2 คน ลูกอายุ 4 ขวบกับ 7 ขวบ",
         "urgent": "ด่วนค่ะ ไม่มีที่ไป กลัวเขาตามมาเจอ",
         "special_needs": "ลูกยังเล็กค่ะ 4 ขวบกับ 7 ขวบ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "ฝน", "phone": "0649876543"},
        expect={"eligible": True, "current": "สมุทรปราการ", "home": "ร้อยเอ็ด",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "ฝน",
                "phone": "0649876543"}),
    "h2 station guard typing for a robbed grandmother of 78": Persona(
        ("สวัสดีครับ ผมเป็น รปภ. ที่สถานีรถไฟหัวลำโพง พิมพ์แทนคุณยายคนหนึ่งครับ",
         "ยายอายุ 78 มาหาหมอแล้วโดนล้วงกระเป๋าเงินหมด ต้องกลับบ้านที่อุตรดิตถ์ "
         "ยายมีบัตรประชาชนครับ ยายไปคนเดียว"),
        {"consent": "ยายบอกว่ายินยอมครับ",
         "hardship": "ยายโดนล้วงเงินหมด ไม่มีค่ารถกลับบ้านครับ", "id_card": "ยายมีบัตรครับ",
         "current_province": "อยู่กรุงเทพครับ", "home_province": "บ้านยายอยู่อุตรดิตถ์",
         "travellers": "ยายคนเดียวครับ", "urgent": "ด่วนครับ ยายไม่มีที่พัก นั่งรออยู่ในสถานี",
         "special_needs": "ยายอายุ 78 ครับ", "name": "ยายชื่อ บุญเรือน ศรีสุข ครับ",
         "phone": "เบอร์ผมครับ 081-555-6677 ยายไม่มีมือถือ"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "อุตรดิตถ์",
                "travellers": 1, "urgent": True, "special": ["elderly"],
                "name": "บุญเรือน ศรีสุข", "phone": "0815556677"}),
    "h2 pregnant laid-off worker, still has a room": Persona(
        ("โรงงานปิดค่ะ ตกงานมา 2 เดือนแล้ว ตอนนี้ท้อง 7 เดือน "
         "อยากกลับไปคลอดที่บ้านบุรีรัมย์แต่ไม่มีค่ารถเลยค่ะ",),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีค่ารถค่ะ", "id_card": "มีค่ะ",
         "current_province": "อยู่มหาชัยค่ะ", "home_province": "บ้านอยู่บุรีรัมย์",
         "travellers": "ไปคนเดียวค่ะ", "urgent": "ยังมีห้องเช่าอยู่ถึงสิ้นเดือนค่ะ",
         "special_needs": "ท้อง 7 เดือนค่ะ", "sensitive_consent": "ยินยอมค่ะ",
         "name": "จันทร์เพ็ญ", "phone": "095-112-3344"},
        expect={"eligible": True, "current": "สมุทรสาคร", "home": "บุรีรัมย์",
                "travellers": 1, "urgent": False, "special": ["pregnant"],
                "name": "จันทร์เพ็ญ", "phone": "0951123344"}),
    "h2 Southern man pickpocketed at Chatuchak, slept at a temple": Persona(
        ("หวัดดีครับ",
         "ฉานโดนล้วงกระเป๋าตังที่ตลาดนัดจตุจักร ตังหมดเกลี้ยงเลย บัตรปชช.ยังอยู่ "
         "เก็บไว้ในกระเป๋าเสื้อ",
         "อยากหลบบ้านพัทลุงครับ ไม่รู้จะทำไงแล้วหนิ"),
        {"consent": "ได้ครับ ยินยอม", "hardship": "ไม่มีตังค่ารถหลบบ้านครับ",
         "id_card": "มีครับ", "current_province": "ตอนนี้อยู่กรุงเทพครับ",
         "home_province": "บ้านอยู่พัทลุง", "travellers": "คนเดียวครับ",
         "urgent": "ไม่มีที่นอนครับ เมื่อคืนไปขอนอนวัด", "name": "ธนา",
         "phone": "0983417265"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "พัทลุง",
                "travellers": 1, "urgent": True, "special": [], "name": "ธนา",
                "phone": "0983417265"}),
    "h2 kidney patient discharged, wife goes too": Persona(
        ("ผมป่วยเป็นโรคไตครับ ต้องฟอกไต มารักษาที่ศิริราช ตอนนี้หมอให้กลับบ้านได้แล้ว "
         "แต่เงินหมดครับ",
         "จะกลับบ้านที่น่าน ไปกับเมียที่มาเฝ้าไข้ครับ"),
        {"consent": "ยินยอมครับ", "hardship": "เงินหมดค่ารักษา ไม่มีค่ารถกลับครับ",
         "id_card": "มีทั้งสองคนครับ", "current_province": "อยู่กรุงเทพครับ",
         "home_province": "บ้านอยู่น่านครับ", "travellers": "2 คนครับ ผมกับเมีย",
         "urgent": "ไม่ด่วนครับ ยังพักห้องญาติได้อยู่",
         "special_needs": "ผมป่วยโรคไตครับ ต้องฟอกไตอาทิตย์ละ 2 ครั้ง",
         "sensitive_consent": "ยินยอมครับ", "needs": "ไม่มีครับ", "name": "ประเสริฐ",
         "phone": "0873334455"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "น่าน",
                "travellers": 2, "urgent": False, "special": ["sick"],
                "name": "ประเสริฐ", "phone": "0873334455"}),
    "h2 wheelchair user who cannot travel alone": Persona(
        ("ผมพิการขาครับ นั่งวีลแชร์ เดินทางคนเดียวไม่ได้ ต้องมีคนช่วยขึ้นลงรถ",
         "ตอนนี้อยู่นนทบุรี อยากกลับบ้านที่สกลนครครับ ไม่มีเงินค่ารถ "
         "มีบัตรคนพิการกับบัตรประชาชนครับ"),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีค่ารถครับ", "id_card": "มีครับ",
         "current_province": "อยู่นนทบุรีครับ", "home_province": "บ้านอยู่สกลนคร",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ พักอยู่กับเพื่อนได้",
         "special_needs": "นั่งวีลแชร์ครับ เดินทางคนเดียวไม่ได้",
         "sensitive_consent": "ยินยอมครับ", "name": "วิชัย", "phone": "0614445566"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "สกลนคร",
                "travellers": 1, "urgent": False,
                "special": ["cannot_travel_alone", "disabled"], "name": "วิชัย",
                "phone": "0614445566"}),
    "h2 scam-centre escapee at Mae Sot, ID seized, has letter": Persona(
        ("หนูโดนหลอกไปทำงานแก๊งคอลเซ็นเตอร์ฝั่งพม่าค่ะ เพิ่งหนีข้ามกลับมาฝั่งไทยได้เมื่อวาน😢",
         "ตอนนี้อยู่แม่สอด ไม่มีเงินสักบาท บัตรประชาชนกับพาสปอร์ตโดนพวกมันยึดไปหมดค่ะ"),
        {"consent": "ยินยอมค่ะ", "hardship": "ไม่มีเงิน ไม่มีที่พักค่ะ",
         "id_card": "ไม่มีค่ะ โดนยึดไป",
         "nationality_letter": "มีค่ะ มีหนังสือรับรองจากผู้ใหญ่บ้าน",
         "current_province": "อยู่แม่สอดค่ะ", "home_province": "บ้านอยู่สุพรรณค่ะ",
         "travellers": "คนเดียวค่ะ", "urgent": "ด่วนค่ะ ไม่มีที่พักเลย",
         "sensitive_consent": "ยินยอมค่ะ",
         "needs": "อยากทำบัตรประชาชนใหม่ แล้วก็อยากคุยกับหมอเรื่องจิตใจค่ะ ฝันร้ายทุกคืน",
         "name": "ขวัญใจ", "phone": "0627788990"},
        expect={"eligible": True, "current": "ตาก", "home": "สุพรรณบุรี",
                "travellers": 1, "urgent": True, "name": "ขวัญใจ",
                "phone": "0627788990", "referrals": ["id_card", "mental_health_care"]}),
    "h2 voice-to-text run-on with everything": Persona(
        ("สวัสดีครับ", "ยินยอมครับ",
         "คือผมมาทำงานที่ภูเก็ตแล้วโดนเลิกจ้างเงินเดือนเดือนสุดท้ายก็ไม่ได้ตอนนี้ไม่มีเงิน"
         "กลับบ้านที่ศรีษะเกษเลยครับมีบัตรประชาชนครับไปคนเดียวคืนนี้ไม่มีที่นอนครับ"
         "ชื่อสมศักดิ์เบอร์ 089 214 7735 ครับ"),
        {"hardship": "ไม่มีเงินค่ารถครับ", "id_card": "มีครับ",
         "current_province": "อยู่ภูเก็ตครับ", "home_province": "บ้านอยู่ศรีสะเกษครับ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับไม่มีที่นอน",
         "name": "สมศักดิ์", "phone": "0892147735"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "ศรีสะเกษ",
                "travellers": 1, "urgent": True, "special": [], "name": "สมศักดิ์",
                "phone": "0892147735"}),
    "h2 one word at a time": Persona(
        ("ขอความช่วยเหลือ",),
        {"consent": ("โอเค", "ยินยอม"), "idle": "ค่ารถกลับบ้าน", "hardship": "ไม่มีค่ารถ",
         "id_card": "มี", "current_province": "ระยอง", "home_province": "ยโสธร",
         "travellers": "1", "urgent": "ไม่ด่วน", "special_needs": "ไม่มี",
         "name": "ต้น", "phone": "0823196745"},
        one_part=True,
        expect={"eligible": True, "current": "ระยอง", "home": "ยโสธร", "travellers": 1,
                "urgent": False, "special": [], "name": "ต้น", "phone": "0823196745"}),
    "h2 Northern daughter and mother of 67, emoji, Thai digits": Persona(
        ("สวัสดีเจ้า 🙏🙏",
         "ข้าเจ้ากับแม่มาอยู่ศรีราชา ตกงานแล้วเจ้า บ่มีสตางค์ปิ๊กบ้านพะเยา 😭😭"),
        {"consent": "ยินยอมเจ้า", "hardship": "บ่มีสตางค์ค่ารถเจ้า",
         "id_card": "มีเจ้า มีทั้งสองคน", "current_province": "อยู่ศรีราชาเจ้า",
         "home_province": "บ้านอยู่พะเยาเจ้า",
         "travellers": "สองคนเจ้า ข้าเจ้ากับแม่ แม่อายุ 67 แล้ว",
         "urgent": "ยังพอมีที่อยู่เจ้า บ่ด่วนขนาดนั้น", "special_needs": "แม่อายุ 67 เจ้า",
         "name": "คำแปง", "phone": "๐๘๐๗๖๕๔๓๒๑"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "พะเยา", "travellers": 2,
                "urgent": False, "special": ["elderly"], "name": "คำแปง",
                "phone": "0807654321"}),
    "h2 social volunteer for an abandoned blind man of 63": Persona(
        ("สวัสดีครับ ผมเป็น อพม. (อาสาสมัครพัฒนาสังคม) ครับ",
         "เจอลุงคนหนึ่งนั่งอยู่ที่ บขส.นครสวรรค์ ลุงตาบอด อายุ 63 เดินทางคนเดียวไม่ได้ "
         "ญาติพามาทิ้งไว้ ลุงบอกบ้านอยู่กาฬสินธุ์ครับ",
         "ลุงมีบัตรประชาชน ไม่มีเงินติดตัวเลยครับ"),
        {"consent": "ลุงยินยอมครับ", "hardship": "ลุงถูกทิ้ง ไม่มีเงิน ไม่มีที่พักครับ",
         "id_card": "ลุงมีบัตรครับ", "current_province": "อยู่นครสวรรค์ครับ",
         "home_province": "บ้านลุงอยู่กาฬสินธุ์", "travellers": "ลุงคนเดียวครับ",
         "urgent": "ด่วนครับ ลุงไม่มีที่นอนคืนนี้",
         "special_needs": "ลุงตาบอด อายุ 63 เดินทางคนเดียวไม่ได้ครับ",
         "sensitive_consent": "ยินยอมครับ", "name": "ลุงชื่อบุญส่งครับ",
         "phone": "เบอร์ผมครับ 0896512340"},
        expect={"eligible": True, "current": "นครสวรรค์", "home": "กาฬสินธุ์",
                "travellers": 1, "urgent": True,
                "special": ["cannot_travel_alone", "disabled", "elderly"],
                "phone": "0896512340"}),
    "h2 Isan family with a baby, evicted tomorrow (fix at summary)": Persona(
        ("สวัสดีค่ะ", "ยินยอมค่ะ",
         "ผัวเมียย้ายมาทำงานโรงงานที่ปทุมธานีค่ะ โรงงานเลิกจ้าง "
         "บ่มีเงินพาลูกกลับบ้านหนองบัวลำภูเด้อ มีบัตรปชช.ทั้งคู่"),
        {"hardship": "บ่มีเงินค่ารถค่ะ", "id_card": "มีค่ะ ทั้งสองคน",
         "current_province": "อยู่ปทุมธานีค่ะ", "home_province": "บ้านอยู่หนองบัวลำภู",
         "travellers": "3 คนค่ะ ผัว เมีย ลูกอ่อน 8 เดือน",
         "urgent": "ยังอยู่ห้องเช่าได้ค่ะ", "special_needs": "ลูกอ่อน 8 เดือนค่ะ",
         "confirm": ("ขอแก้ค่ะ เจ้าของห้องให้ออกพรุ่งนี้แล้ว ด่วนค่ะ", "ถูกต้องค่ะ"),
         "name": "แก้ว", "phone": "093-456-7812"},
        expect={"eligible": True, "current": "ปทุมธานี", "home": "หนองบัวลำภู",
                "travellers": 3, "urgent": True, "special": ["child"], "name": "แก้ว",
                "phone": "0934567812"}),
    "h2 fake job agency victim, all in opening, fixes phone after": Persona(
        ("ยินยอมครับ ผมโดนบริษัทจัดหางานปลอมหลอกเก็บค่าสมัครงาน 5,000 บาท "
         "ตอนนี้ติดอยู่บางนา เงินหมดแล้ว",
         "บ้านอยู่ชัยภูมิครับ มีบัตรประชาชน ไปคนเดียว คืนนี้มีที่นอนที่หอเพื่อน "
         "ชื่อบอย 095-678-1243"),
        {"hardship": "เงินหมดครับ ไม่มีค่ารถ", "id_card": "มีครับ",
         "current_province": "อยู่บางนา กรุงเทพครับ", "home_province": "บ้านอยู่ชัยภูมิ",
         "travellers": "คนเดียวครับ", "urgent": "ไม่ด่วนครับ นอนหอเพื่อนได้",
         "name": "บอย", "phone": "0956781243"},
        after=("เบอร์ผิดครับ ที่ถูกคือ 0956781234",),
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "ชัยภูมิ",
                "travellers": 1, "urgent": False, "special": [], "name": "บอย",
                "phone": "0956781234"}),
    "h2 man of 70 with typos, abbot lets him sleep at the temple": Persona(
        ("ลุงอายุ70ปี มาหาลูกสาวที่อยุทยาแต่ลูกย้ายงานไปแล้วติดต่อไม่ได้ ไม่มีตังกลับบ้านพิจิต",
         "ลุงมีบัตรปะชาชน"),
        {"consent": "ยินยอม", "hardship": "ไม่มีตังค่ารถ", "id_card": "มี",
         "current_province": "อยู่อยุธยา", "home_province": "บ้านอยู่พิจิตร",
         "travellers": "คนเดียว", "urgent": "ตอนนี้หลวงพ่อให้นอนที่วัดไปก่อน",
         "special_needs": "อายุ 70 แล้ว", "name": "ชื่อเฉลิม", "phone": "0841239876"},
        expect={"eligible": True, "current": "พระนครศรีอยุธยา", "home": "พิจิตร",
                "travellers": 1, "special": ["elderly"], "name": "เฉลิม",
                "phone": "0841239876"}),
    "h2 daughter at home typing for her father stuck in Chiang Mai": Persona(
        ("พิมพ์แทนพ่อค่ะ พ่อไปทำงานก่อสร้างที่เชียงใหม่ โดนนายจ้างโกงค่าแรง "
         "ตอนนี้พ่อไม่มีเงินกลับบ้านที่สุรินทร์ค่ะ ทางบ้านก็ไม่มีเงินส่งไปให้",),
        {"consent": "ยินยอมค่ะ", "hardship": "พ่อไม่มีค่ารถกลับบ้านค่ะ",
         "id_card": "พ่อมีบัตรประชาชนค่ะ", "current_province": "พ่ออยู่เชียงใหม่ค่ะ",
         "home_province": "บ้านอยู่สุรินทร์ค่ะ", "travellers": "พ่อคนเดียวค่ะ",
         "urgent": "พ่อยังนอนที่แคมป์คนงานได้อยู่ค่ะ", "name": "พ่อชื่อสมบัติค่ะ",
         "phone": "เบอร์พ่อ 0812223344 ค่ะ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "สุรินทร์",
                "travellers": 1, "urgent": False, "name": "สมบัติ",
                "phone": "0812223344"}),
    # ---- refusals ("refused") ----
    "h2 Myanmar worker with a pink card": Persona(
        ("ผมเป็นคนพม่าครับ ทำงานที่มหาชัย มีบัตรชมพู ตกงานแล้ว อยากกลับบ้าน ไม่มีเงินค่ารถ",),
        {"consent": "ยินยอมครับ", "hardship": "ไม่มีเงินค่ารถครับ",
         "id_card": "ไม่มีบัตรประชาชนไทยครับ มีแต่บัตรชมพู",
         "nationality_letter": "ไม่มีครับ ผมไม่ใช่คนไทย",
         "current_province": "อยู่มหาชัยครับ", "home_province": "บ้านอยู่เมียวดี ประเทศพม่า",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ", "name": "ซออู",
         "phone": "0931578426"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),
    "h2 Lao restaurant worker in Udon (Isan-like speech)": Persona(
        ("สะบายดีเด้อ ข้อยเป็นคนลาว บ่แม่นคนไทย มาเฮ็ดงานร้านอาหารอยู่อุดร "
         "เถ้าแก่ไล่ออก บ่มีเงินกลับบ้าน",),
        {"consent": "ยินยอม", "hardship": "บ่มีเงินค่ารถ",
         "id_card": "บ่มีบัตรไทย มีแต่พาสปอร์ตลาว", "nationality_letter": "บ่มี",
         "current_province": "อยู่อุดร", "home_province": "บ้านอยู่เวียงจันทน์",
         "travellers": "คนเดียว", "urgent": "บ่ด่วน", "name": "บัวพัน",
         "phone": "0652843917"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),
    "h2 bag snatched with the ID card, no letter": Persona(
        ("กระเป๋าโดนกระชากครับ เงิน บัตรประชาชน หายหมดเลย ตอนนี้อยู่หมอชิต จะกลับลำปาง",
         "ยินยอมครับ"),
        {"hardship": "ไม่มีเงินค่ารถครับ", "id_card": "ไม่มีครับ หายไปกับกระเป๋า",
         "nationality_letter": "ไม่มีครับ ผู้ใหญ่บ้านก็ติดต่อไม่ได้",
         "current_province": "อยู่กรุงเทพครับ", "home_province": "บ้านอยู่ลำปางครับ",
         "travellers": "คนเดียวครับ", "urgent": "ด่วนครับ", "name": "จักรพันธ์",
         "phone": "0976543210"},
        outcome="refused",
        expect={"eligible": False, "reason": "บัตร"}),
    "h2 released prisoner, no card and no letter, terse": Persona(
        ("ออกจากคุกมาได้3วัน ไม่มีตังกลับบ้าน",),
        {"consent": "ยินยอม", "hardship": "ไม่มีค่ารถ",
         "id_card": "ไม่มี บัตรหายตั้งแต่ก่อนติดคุก", "nationality_letter": "ไม่มี",
         "current_province": "ชลบุรี", "home_province": "บ้านอยู่สระแก้ว",
         "travellers": "คนเดียว", "urgent": "ไม่มีที่นอน", "sensitive_consent": "ไม่",
         "name": "แบงค์", "phone": "0659012345"},
        outcome="refused",
        expect={"eligible": False, "reason": "บัตร"}),
    "h2 salaried office worker wanting a free New Year trip": Persona(
        ("สวัสดีครับ",
         "อยากขอค่ารถกลับบ้านขอนแก่นช่วงปีใหม่ครับ ผมทำงานบริษัทอยู่กรุงเทพ มีเงินเดือน "
         "แต่อยากประหยัดครับ"),
        {"consent": "ยินยอมครับ", "idle": "ขอยื่นเรื่องครับ",
         "hardship": "ไม่ได้เดือดร้อนอะไรครับ มีเงินเดือน มีที่พัก แค่อยากประหยัดค่ารถ",
         "id_card": "มีครับ", "current_province": "อยู่กรุงเทพครับ",
         "home_province": "บ้านอยู่ขอนแก่นครับ", "travellers": "คนเดียวครับ",
         "urgent": "ไม่ด่วนครับ", "name": "ภูมิ", "phone": "0945671234"},
        outcome="refused",
        expect={"eligible": False}),
}
