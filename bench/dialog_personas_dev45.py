"""Dialog personas, set "dev45" (2026-12-06), written from the seeds only.

Focus: ordinary people across Thailand typing on LINE when desperate: Bangkok-area
factory and construction workers, street vendors, families stranded after a job
ends, women fleeing a violent partner, released prisoners just out (prison named),
elders written for by a grandchild or a neighbour, whole stories in one long message
with no spaces, travellers told as a bare list of relations or as ages only; Thai
digits, typos, missing tone marks, indirect answers.

Counts: 23 personas; 17 case, 3 refused, 3 answered; 5 one_part.
"""

from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {}

# Construction worker at Bang Phli (Samut Prakan); contractor ran off, told to leave
# the camp today. Gives travellers as ages only (32, 29, 4). No fare, nowhere to sleep
# tonight -> urgent case with a small child.
PERSONAS["dev45 ก่อสร้างบางพลี บอกแต่อายุ"] = Persona(
    opening=(
        "สวัสดีครับ",
        "ไซต์งานที่บางพลีปิดแล้วครับ ผู้รับเหมาหนี ไม่ได้ค่าแรง๒อาทิตย์",
    ),
    answers={
        "consent": "ยินยอมครับ",
        "idle": "อยากกลับบ้านครับ ไม่มีค่ารถ",
        "hardship": "ไม่มีค่ารถกลับ ข้าวก็จะไม่มีกินแล้วครับ",
        "id_card": "มีครับ",
        "nationality_letter": "มีบัตรครับ",
        "current_province": "บางพลี สมุทรปราการครับ",
        "home_province": "ศรีสะเกษ อ.กันทรลักษ์",
        "travellers": "๓๒ ๒๙ ๔ขวบ",
        "urgent": "เขาให้ออกจากแคมป์วันนี้ครับ คืนนี้ไม่รู้จะนอนไหน",
        "special_needs": "ลูก๔ขวบครับ นอกนั้นไม่มี",
        "travel_alone": "ไปกันเองได้ครับ",
        "sensitive_consent": "ได้ครับ",
        "needs": "ไม่มีครับ ขอกลับบ้านก่อน",
        "name": "ทองใบ ครับ",
        "phone": "๐๘๕ ๗๗๒ ๔๑๙๐",
        "confirm": "ถูกต้องครับ",
    },
    expect={
        "eligible": True,
        "current": "สมุทรปราการ",
        "home": "ศรีสะเกษ",
        "travellers": 3,
        "urgent": True,
        "special": ["child"],
        "name": "ทองใบ",
        "phone": "0857724190",
    },
)

# Factory worker near Rangsit (Pathum Thani) tells everything in one long message
# with no spaces; factory closed unpaid, no fare to Roi Et. Still sleeps at a friend's
# room for several days -> non-urgent case, alone.
PERSONAS["dev45 โรงงานรังสิต ข้อความยาวไม่เว้นวรรค"] = Persona(
    opening=(
        "สวัสดีครับผมชื่อเอกชัยทำงานโรงงานแถวรังสิตปทุมธานีโรงงานปิดกะทันหันไม่จ่ายเงินเดือนเดือนที่แล้ว"
        "ตอนนี้เงินหมดแล้วจะกลับบ้านที่ร้อยเอ็ดไม่มีค่ารถมีบัตรประชาชนไปคนเดียวคืนนี้ยังนอนห้องเพื่อนได้อยู่ครับช่วยด้วยครับ",
    ),
    answers={
        "consent": "ยินยอม",
        "idle": "ขอค่ารถกลับบ้านครับบอกไปแล้วข้างบน",
        "hardship": "ไม่มีค่ารถกลับบ้านครับ",
        "id_card": "มีครับ",
        "nationality_letter": "มีบัตรครับ",
        "current_province": "รังสิตปทุมธานีครับ",
        "home_province": "ร้อยเอ็ดครับอำเภอเสลภูมิ",
        "travellers": "คนเดียวครับ",
        "urgent": "ไม่ด่วนมากครับยังนอนห้องเพื่อนได้อีกหลายวัน",
        "special_needs": "ไม่มีครับ",
        "travel_alone": "ไปเองได้ครับ",
        "sensitive_consent": "ได้ครับ",
        "needs": "ถ้ามีงานแถวบ้านก็ดีครับ",
        "name": "เอกชัยครับ",
        "phone": "0623349071",
        "confirm": "ถูกครับ",
    },
    expect={
        "eligible": True,
        "current": "ปทุมธานี",
        "home": "ร้อยเอ็ด",
        "travellers": 1,
        "urgent": False,
        "special": [],
        "name": "เอกชัย",
        "phone": "0623349071",
    },
)

# Woman fleeing a violent partner in Pattaya with two children (7 and 2); he took all
# the money; cannot go back tonight -> urgent case, 3 travellers, small children.
# Answers one thing per message.
PERSONAS["dev45 หนีผัวพัทยา กับลูกสองคน"] = Persona(
    opening=(
        "ช่วยด้วยค่ะ",
        "หนีผัวออกมาค่ะ มันตีหนักมาก",
        "ตอนนี้อยู่กับลูกที่ปั๊มน้ำมันพัทยา",
    ),
    answers={
        "consent": "ยินยอมค่ะ",
        "idle": "อยากกลับบ้านแม่ค่ะ ไม่มีเงินเลย มันยึดเงินไปหมด",
        "hardship": "ไม่มีที่อยู่แล้วค่ะ ค่ารถก็ไม่มี",
        "id_card": "มีค่ะ คว้ากระเป๋ามาทัน",
        "nationality_letter": "มีบัตรค่ะ",
        "current_province": "พัทยา ชลบุรีค่ะ",
        "home_province": "นครสวรรค์ค่ะ อ.ตาคลี",
        "travellers": "ฉันกับลูก๒คนค่ะ",
        "urgent": "ด่วนค่ะ คืนนี้ไม่มีที่นอน กลับไปไม่ได้ มันจะตามมา",
        "special_needs": "ลูกคนเล็ก๒ขวบค่ะ คนโต๗ขวบ",
        "travel_alone": "ไปเองได้ค่ะ",
        "sensitive_consent": "ได้ค่ะ",
        "needs": "อยากได้งานทำที่บ้านค่ะ",
        "name": "นก ค่ะ",
        "phone": "๐๙๘-๔๕๑-๖๖๒๓",
        "confirm": "ถูกต้องค่ะ ขอเร็วๆนะคะ",
    },
    expect={
        "eligible": True,
        "current": "ชลบุรี",
        "home": "นครสวรรค์",
        "travellers": 3,
        "urgent": True,
        "special": ["child"],
        "name": "นก",
        "phone": "0984516623",
    },
    one_part=True,
)

# Released this morning from เรือนจำกลางคลองเปรม (Chatuchak, Bangkok); nobody came
# for him, no fare to Udon Thani, will sleep at a bus stop. Asks for work -> urgent
# case; job placement must be offered.
PERSONAS["dev45 พ้นโทษคลองเปรม กลับอุดร"] = Persona(
    opening=(
        "ครับ",
        "ผมพึ่งพ้นโทษออกจากเรือนจำกลางคลองเปรมเมื่อเช้าครับ",
        "ไม่มีเงินกลับอุดร",
    ),
    answers={
        "consent": "ยินยอมครับ",
        "idle": "ขอค่ารถกลับบ้านครับ",
        "hardship": "ไม่มีค่ารถครับ ญาติไม่มีใครมารับ",
        "id_card": "มีครับ เขาคืนของให้ตอนปล่อยตัว",
        "nationality_letter": "มีบัตรครับ",
        "current_province": "ยังอยู่หน้าเรือนจำ จตุจักร กทม ครับ",
        "home_province": "อุดรธานี บ้านผือครับ",
        "travellers": "คนเดียวครับ",
        "urgent": "คืนนี้คงนอนป้ายรถเมล์ครับ",
        "special_needs": "ไม่มีครับ",
        "travel_alone": "ได้ครับ",
        "sensitive_consent": "ได้ครับ ไม่ปิดบังอะไร",
        "needs": "อยากมีงานทำครับ ใครจะรับคนติดคุกบ้าง ช่วยหางานให้หน่อย",
        "name": "ต้น ครับ",
        "phone": "0931127845",
        "confirm": "ถูกต้องครับ",
    },
    expect={
        "eligible": True,
        "current": "กรุงเทพมหานคร",
        "home": "อุดรธานี",
        "travellers": 1,
        "urgent": True,
        "special": [],
        "name": "ต้น",
        "phone": "0931127845",
        "referrals": ["job_placement"],
    },
)

# Woman released yesterday from ทัณฑสถานหญิงกลาง (Bangkok); ID card lost before her
# arrest but she carries a letter certifying Thai nationality; slept in a roadside
# shelter (sala) last night and will again -> urgent case; asks for a new ID card.
PERSONAS["dev45 พ้นโทษทัณฑสถานหญิงกลาง ไม่มีบัตร"] = Persona(
    opening=(
        "สวัสดีค่ะ",
        "หนูออกจากทัณฑสถานหญิงกลางเมื่อวานค่ะ บัตรประชาชนหายตั้งแต่ก่อนโดนจับ",
    ),
    answers={
        "consent": "ยินยอมค่ะ",
        "idle": "อยากกลับบ้านที่พัทลุงค่ะ ไม่มีตังค์",
        "hardship": "ไม่มีตังค์ค่ารถ ไม่มีที่นอนด้วยค่ะ",
        "id_card": "ไม่มีค่ะ หาย",
        "nationality_letter": "มีค่ะ หนังสือรับรองว่ามีสัญชาติไทยกับที่อยู่ จากอำเภอ ถือมาด้วยค่ะ",
        "current_province": "กทม ค่ะ แถวลาดยาว",
        "home_province": "พัทลุงค่ะ อ.ควนขนุน",
        "travellers": "คนเดียวค่ะ",
        "urgent": "เมื่อคืนนอนศาลาริมทางค่ะ คืนนี้ก็คงเหมือนเดิม",
        "special_needs": "ไม่มีค่ะ",
        "travel_alone": "ไปเองได้ค่ะ",
        "sensitive_consent": "ได้ค่ะ",
        "needs": "อยากทำบัตรประชาชนใหม่ค่ะ แล้วก็อยากหางานนวด",
        "name": "เรียกหนูว่าแอนค่ะ",
        "phone": "๐๖๑๕๕๒๓๘๐๗",
        "confirm": "ถูกค่ะ",
    },
    expect={
        "eligible": True,
        "current": "กรุงเทพมหานคร",
        "home": "พัทลุง",
        "travellers": 1,
        "urgent": True,
        "special": [],
        "name": "แอน",
        "phone": "0615523807",
        "referrals": ["id_card"],
    },
)

# Granddaughter in Surin types for her grandmother (68), a housemaid let go unpaid in
# Pak Kret (Nonthaburi). Grandma stays in a neighbour's room a few nights -> non-urgent
# case; elderly and cannot travel alone (cannot read signs, never took a coach alone);
# asks about the old-age allowance.
PERSONAS["dev45 หลานพิมพ์แทนยาย นนทบุรี"] = Persona(
    opening=(
        "สวัสดีค่ะ หนูพิมพ์แทนยายนะคะ",
        "ยายไปเป็นแม่บ้านที่นนทบุรี นายจ้างเลิกจ้างแล้วไม่ให้ค่าแรง ยายไม่มีเงินกลับสุรินทร์",
    ),
    answers={
        "consent": "ยินยอมค่ะ",
        "idle": "อยากให้ยายได้กลับบ้านค่ะ",
        "hardship": "ยายไม่มีค่ารถค่ะ เงินหมดแล้ว",
        "id_card": "ยายมีบัตรค่ะ",
        "nationality_letter": "มีบัตรค่ะ",
        "current_province": "ยายอยู่ปากเกร็ด นนทบุรีค่ะ หนูอยู่สุรินทร์",
        "home_province": "สุรินทร์ค่ะ อ.ท่าตูม",
        "travellers": "ยายคนเดียวค่ะ",
        "urgent": "ตอนนี้ยายอาศัยห้องป้าข้างบ้านนายจ้างอยู่ค่ะ นอนได้อีกสองสามคืน",
        "special_needs": "ยาย๖๘แล้วค่ะ อ่านหนังสือไม่ออก",
        "travel_alone": "ไปเองไม่ได้ค่ะ ยายอ่านป้ายไม่ออก ไม่เคยขึ้นรถทัวร์เองเลย",
        "sensitive_consent": "ได้ค่ะ",
        "needs": "ยายยังไม่ได้เบี้ยคนแก่เลยค่ะ ต้องทำยังไง",
        "name": "หนูชื่อแพรค่ะ เป็นหลาน",
        "phone": "0887013365",
        "confirm": "ถูกต้องค่ะ",
    },
    expect={
        "eligible": True,
        "current": "นนทบุรี",
        "home": "สุรินทร์",
        "travellers": 1,
        "urgent": False,
        "special": ["cannot_travel_alone", "elderly"],
        "name": "แพร",
        "phone": "0887013365",
        "referrals": ["elderly_allowance"],
    },
)

# Neighbour types for an old man (75, diabetic, swollen legs) evicted from a rented
# room in Khlong Toei, sleeping under a bridge three nights; wants to go to his niece
# in Phrae; he can ride the coach alone -> urgent case, elderly + sick.
PERSONAS["dev45 เพื่อนบ้านพิมพ์แทนลุง คลองเตย"] = Persona(
    opening=(
        "สวัสดีจ้า",
        "พี่เป็นเพื่อนบ้านลุงเขานะ ลุงโดนไล่ออกจากห้องเช่าที่คลองเตย ตอนนี้นอนใต้สะพาน",
        "ลุงอยากกลับแพร่ไปอยู่กับหลานสาว",
    ),
    answers={
        "consent": "ยินยอม",
        "idle": "ช่วยส่งลุงกลับบ้านหน่อยจ้า",
        "hardship": "ลุงไม่มีที่อยู่ ไม่มีเงิน ไม่มีใครดูแลเลย",
        "id_card": "ลุงมีบัตรอยู่จ้า",
        "nationality_letter": "มีบัตร",
        "current_province": "คลองเตย กทม",
        "home_province": "แพร่ อ.ลอง",
        "travellers": "ลุงคนเดียว",
        "urgent": "นอนใต้สะพานมาสามคืนแล้ว",
        "special_needs": "ลุงอายุ๗๕ เป็นเบาหวาน ขาบวม เดินช้า",
        "travel_alone": "ไปเองได้จ้า ลุงเคยนั่งรถทัวร์กลับเองบ่อย หลานจะรอรับที่ขนส่ง",
        "sensitive_consent": "ได้จ้า",
        "needs": "ยาเบาหวานลุงหมดแล้ว",
        "name": "เรียกพี่ติ๋มก็ได้",
        "phone": "๐๘๙ ๓๒๑ ๗๗๕๐",
        "confirm": "ถูกแล้วจ้า",
    },
    expect={
        "eligible": True,
        "current": "กรุงเทพมหานคร",
        "home": "แพร่",
        "travellers": 1,
        "urgent": True,
        "special": ["elderly", "sick"],
        "name": "ติ๋ม",
        "phone": "0893217750",
    },
)

# Street vendor (fried meatballs) in Sai Mai, Bangkok; cart seized, no income for a
# month, no food money. Travellers as a bare list "ผม เมีย ลูกเล็ก" (child 3). Room
# until month end -> non-urgent case. One thing per message.
PERSONAS["dev45 แม่ค้าลูกชิ้นสายไหม ผม เมีย ลูกเล็ก"] = Persona(
    opening=(
        "ขายลูกชิ้นทอดอยู่สายไหมครับ",
        "เทศกิจยึดรถเข็นไป ไม่มีรายได้มาเดือนนึงแล้ว",
    ),
    answers={
        "consent": "ยินยอม",
        "idle": "จะกลับกาฬสินธุ์ครับ ไม่มีค่ารถ",
        "hardship": "ไม่มีเงินซื้อข้าวแล้วครับ ค่ารถก็ไม่มี",
        "id_card": "มี",
        "nationality_letter": "มีบัตร",
        "current_province": "สายไหม กทม",
        "home_province": "กาฬสินธุ์",
        "travellers": "ผม เมีย ลูกเล็ก",
        "urgent": "ห้องเช่ายังอยู่ได้ถึงสิ้นเดือนครับ",
        "special_needs": "ลูกสามขวบครับ",
        "travel_alone": "ไปเองได้",
        "sensitive_consent": "ได้",
        "needs": "ไม่มีครับ",
        "name": "บอย",
        "phone": "0819946203",
        "confirm": "ถูกต้อง",
    },
    expect={
        "eligible": True,
        "current": "กรุงเทพมหานคร",
        "home": "กาฬสินธุ์",
        "travellers": 3,
        "urgent": False,
        "special": ["child"],
        "name": "บอย",
        "phone": "0819946203",
    },
    one_part=True,
)

# Durian cutter in Chanthaburi, season over, money sent home; "ผม แม่ น้อง" with
# mother 63. Can stay in the orchard camp another week -> non-urgent case, elderly.
PERSONAS["dev45 ตัดทุเรียนจันท์ ผม แม่ น้อง"] = Persona(
    opening=(
        "สวัสดีคับ",
        "มาตัดทุเรียนที่จันทบุรีคับ หมดหน้าแล้วเถ้าแก่ไม่จ้างต่อ เงินที่ได้ส่งกลับบ้านหมดแล้ว",
    ),
    answers={
        "consent": "ยินยอมคับ",
        "idle": "ขอค่ารถกลับนครพนมคับ",
        "hardship": "ไม่มีค่ารถคับ",
        "id_card": "มีทุกคนคับ",
        "nationality_letter": "มี",
        "current_province": "จันทบุรี อ.มะขาม",
        "home_province": "นครพนม",
        "travellers": "ผม แม่ น้อง",
        "urgent": "ยังนอนแคมป์ในสวนได้อีกอาทิตย์นึงคับ",
        "special_needs": "แม่๖๓คับ น้อง๑๙ ผม๒๓",
        "travel_alone": "แม่ไปกับผมได้คับ ไม่ต้องมีเจ้าหน้าที่",
        "sensitive_consent": "ได้คับ",
        "needs": "อยากได้งานใกล้บ้านคับ",
        "name": "เบิ้ม",
        "phone": "0642289915",
        "confirm": "ถูกต้องคับ",
    },
    expect={
        "eligible": True,
        "current": "จันทบุรี",
        "home": "นครพนม",
        "travellers": 3,
        "urgent": False,
        "special": ["elderly"],
        "name": "เบิ้ม",
        "phone": "0642289915",
    },
)

# Construction family thrown out of the camp at Sriracha (Chonburi), sitting by the
# road; travellers as ages only "๓๔ ๓๒ ๑๐ ๖" -> 4, two children; sleeping by the road
# tonight -> urgent case. One thing per message.
PERSONAS["dev45 แคมป์ศรีราชา อายุสี่คน"] = Persona(
    opening=(
        "นายจ้างไล่ออกจากแคมป์ก่อสร้างครับ",
        "ตอนนี้นั่งอยู่ข้างทางที่ศรีราชา",
    ),
    answers={
        "consent": "ยินยอมครับ",
        "idle": "กลับบ้านครับ ไม่มีตังค์",
        "hardship": "ไม่มีที่นอน ไม่มีค่ารถครับ",
        "id_card": "มีครับ",
        "nationality_letter": "มีบัตร",
        "current_province": "ศรีราชา ชลบุรี",
        "home_province": "ยโสธร",
        "travellers": "๓๔ ๓๒ ๑๐ ๖",
        "urgent": "คืนนี้นอนข้างทางครับ",
        "special_needs": "เด็กสองคนครับ ไม่มีใครป่วย",
        "travel_alone": "ได้ครับ",
        "sensitive_consent": "ได้",
        "needs": "ไม่มี",
        "name": "สมหมาย",
        "phone": "0956614872",
        "confirm": "ใช่ครับ",
    },
    expect={
        "eligible": True,
        "current": "ชลบุรี",
        "home": "ยโสธร",
        "travellers": 4,
        "urgent": True,
        "special": ["child"],
        "name": "สมหมาย",
        "phone": "0956614872",
    },
    one_part=True,
)

# Myanmar shrimp-factory worker in Mahachai (Samut Sakhon), pink card, no Thai card
# and says he is not Thai -> refused for nationality.
PERSONAS["dev45 คนพม่ามหาชัย"] = Persona(
    opening=(
        "สวัสดีครับ",
        "ผมทำงานโรงงานกุ้งมหาชัย โรงงานปิด อยากกลับบ้าน",
    ),
    answers={
        "consent": "ยินยอม",
        "idle": "ขอเงินค่ารถกลับบ้านครับ",
        "hardship": "ไม่มีเงินครับ ค่ารถไม่มี",
        "id_card": "ไม่มีบัตรไทยครับ มีบัตรชมพู ผมคนพม่า",
        "nationality_letter": "ไม่มีครับ ผมไม่ใช่คนไทย",
        "current_province": "สมุทรสาคร",
        "home_province": "เมียวดีครับ พม่า",
        "travellers": "สองคน ผมกับเมีย",
        "urgent": "ยังมีห้องอยู่",
        "special_needs": "ไม่มี",
        "travel_alone": "ได้",
        "sensitive_consent": "ได้",
        "needs": "อยากได้งาน",
        "name": "ซอ",
        "phone": "0823450981",
        "confirm": "ถูกต้อง",
    },
    outcome="refused",
    expect={"eligible": False, "reason": "สัญชาติ"},
)

# Laid-off man in Khon Kaen city whose home is Chum Phae, also Khon Kaen: already in
# his home province -> refused (ภูมิลำเนา).
PERSONAS["dev45 อยู่ขอนแก่น บ้านก็ขอนแก่น"] = Persona(
    opening=("สวัสดีครับ อยากขอค่ารถกลับบ้าน",),
    answers={
        "consent": "ยินยอมครับ",
        "idle": "ขอค่ารถกลับบ้านครับ",
        "hardship": "ไม่มีค่ารถครับ ตกงาน",
        "id_card": "มีครับ",
        "nationality_letter": "มีบัตร",
        "current_province": "ในเมืองขอนแก่นครับ",
        "home_province": "ขอนแก่น อ.ชุมแพ ครับ",
        "travellers": "คนเดียว",
        "urgent": "ยังมีห้องพักครับ",
        "special_needs": "ไม่มี",
        "travel_alone": "ได้",
        "sensitive_consent": "ได้",
        "needs": "หางานครับ",
        "name": "วุฒิ",
        "phone": "0871239904",
        "confirm": "ถูกต้องครับ",
    },
    outcome="refused",
    expect={"eligible": False, "reason": "ภูมิลำเนา"},
)

# Office worker in Bangkok with a salary and a condo who just wants a free ticket to
# Lampang for New Year -> refused, no hardship.
PERSONAS["dev45 ขอตั๋วฟรีปีใหม่"] = Persona(
    opening=("ปีใหม่นี้อยากกลับลำปาง ขอค่ารถได้ไหมคะ",),
    answers={
        "consent": "ยินยอมค่ะ",
        "idle": "ขอค่ารถกลับบ้านช่วงปีใหม่ค่ะ",
        "hardship": "ก็ไม่ได้ลำบากอะไรค่ะ มีงานมีเงินเดือน แค่ตั๋วแพงช่วงปีใหม่ อยากได้ฟรี",
        "id_card": "มีค่ะ",
        "nationality_letter": "มีบัตรค่ะ",
        "current_province": "กรุงเทพค่ะ",
        "home_province": "ลำปางค่ะ",
        "travellers": "คนเดียวค่ะ",
        "urgent": "ไม่ด่วนค่ะ มีคอนโดอยู่",
        "special_needs": "ไม่มีค่ะ",
        "travel_alone": "ได้ค่ะ",
        "sensitive_consent": "ได้ค่ะ",
        "needs": "ไม่มีค่ะ",
        "name": "มิ้นท์",
        "phone": "0914456620",
        "confirm": "ถูกต้องค่ะ",
    },
    outcome="refused",
    expect={"eligible": False, "reason": "เดือดร้อน"},
)

# Only asks how fast an urgent case is helped (for her brother) -> answered: 24 hours.
PERSONAS["dev45 ถามกรณีด่วนกี่ชั่วโมง"] = Persona(
    opening=(
        "สอบถามค่ะ",
        "ถ้าเป็นกรณีด่วนไม่มีที่นอน เขาช่วยได้ภายในกี่ชั่วโมงคะ",
    ),
    answers={
        "consent": "ยินยอมค่ะ",
        "idle": "แค่ถามค่ะ ว่ากรณีด่วนกี่ชั่วโมง ถามไว้เผื่อน้องชาย",
        "hardship": "ยังไม่ได้ขอค่ะ แค่ถามก่อน",
        "id_card": "มีค่ะ",
        "nationality_letter": "มีบัตรค่ะ",
        "current_province": "ปทุมธานีค่ะ",
        "home_province": "อุบลราชธานีค่ะ",
        "travellers": "ยังไม่รู้ค่ะ",
        "urgent": "ยังไม่ด่วนค่ะ",
        "special_needs": "ไม่มีค่ะ",
        "travel_alone": "ได้ค่ะ",
        "sensitive_consent": "ไม่ยินยอมค่ะ",
        "needs": "ไม่มีค่ะ",
        "name": "จอย",
        "phone": "0802217736",
        "confirm": "ไม่ต้องค่ะ แค่ถาม",
    },
    outcome="answered",
    answered="24",
)

# Sister of a man released from prison was told to pay 500 baht "processing fee"
# first; asks if that is true -> answered: no fee.
PERSONAS["dev45 ถามค่าดำเนินการ๕๐๐"] = Persona(
    opening=(
        "มีคนโทรมาบอกว่าต้องจ่ายค่าดำเนินการ๕๐๐บาทก่อน ถึงจะได้ค่ารถกลับบ้านให้น้องชายที่พึ่งออกจากคุก จริงมั้ยคะ",
    ),
    answers={
        "consent": "ยินยอม",
        "idle": "ต้องเสียเงินค่าดำเนินการไหมคะ",
        "hardship": "แค่ถามเรื่องเงิน๕๐๐ก่อนค่ะ",
        "id_card": "น้องมีบัตรค่ะ",
        "nationality_letter": "มีบัตร",
        "current_province": "นครปฐมค่ะ",
        "home_province": "สกลนครค่ะ",
        "travellers": "น้องคนเดียว",
        "urgent": "ยังไม่ออกค่ะ อาทิตย์หน้า",
        "special_needs": "ไม่มี",
        "travel_alone": "ได้",
        "sensitive_consent": "ไม่ยินยอม",
        "needs": "ไม่มีค่ะ",
        "name": "หน่อย",
        "phone": "0866021193",
        "confirm": "แค่ถามค่ะ",
    },
    outcome="answered",
    answered="ค่าธรรมเนียม",
)

# Asks whether there is food money while waiting to be sent home and how much a day
# -> answered: 100 baht.
PERSONAS["dev45 ถามค่ากินวันละเท่าไร"] = Persona(
    opening=("ระหว่างรอเจ้าหน้าที่ส่งกลับบ้าน มีค่ากินให้ไหมครับ วันละเท่าไร",),
    answers={
        "consent": "ยินยอมครับ",
        "idle": "ค่าข้าววันละเท่าไรครับ",
        "hardship": "ถามก่อนครับ",
        "id_card": "มีครับ",
        "nationality_letter": "มีบัตร",
        "current_province": "สมุทรปราการ",
        "home_province": "ชัยนาท",
        "travellers": "คนเดียว",
        "urgent": "ไม่ด่วน",
        "special_needs": "ไม่มี",
        "travel_alone": "ได้",
        "sensitive_consent": "ได้",
        "needs": "ไม่มี",
        "name": "โอ๊ต",
        "phone": "0834470218",
        "confirm": "ยังไม่ขอครับ ถามเฉยๆ",
    },
    outcome="answered",
    answered="100",
)

# Released this morning from เรือนจำกลางบางขวาง (Nonthaburi); one leg, crutches,
# registered disabled; no fare to Chaiyaphum, nowhere to sleep; travels alone fine;
# wants his disability allowance back -> urgent case, disabled.
PERSONAS["dev45 พ้นโทษบางขวาง ขาข้างเดียว"] = Persona(
    opening=(
        "พึ่งออกจากบางขวางเมื่อเช้าครับ",
        "ขาข้างเดียว ใช้ไม้ค้ำ",
        "ไม่มีเงินกลับบ้านชัยภูมิ",
    ),
    answers={
        "consent": "ยินยอมครับ",
        "idle": "ค่ารถกลับบ้านครับ",
        "hardship": "ไม่มีค่ารถ ไม่มีที่นอนครับ",
        "id_card": "มีครับ",
        "nationality_letter": "มีบัตร",
        "current_province": "หน้าเรือนจำกลางบางขวาง นนทบุรีครับ",
        "home_province": "ชัยภูมิ ภูเขียว",
        "travellers": "คนเดียว",
        "urgent": "คืนนี้ไม่มีที่ซุกหัวนอนครับ",
        "special_needs": "ผมพิการขาขวาครับ มีบัตรคนพิการ",
        "travel_alone": "ไปเองได้ครับ ชินแล้ว",
        "sensitive_consent": "ได้ครับ",
        "needs": "เบี้ยคนพิการผมขาดไปตอนอยู่ในคุก อยากได้คืน",
        "name": "ชาติ",
        "phone": "0877342219",
        "confirm": "ถูกต้องครับ",
    },
    expect={
        "eligible": True,
        "current": "นนทบุรี",
        "home": "ชัยภูมิ",
        "travellers": 1,
        "urgent": True,
        "special": ["disabled"],
        "name": "ชาติ",
        "phone": "0877342219",
        "referrals": ["disability_allowance"],
    },
)

# Released from เรือนจำกลางเขาบิน (Ratchaburi), HIV positive, medicine for 3 days,
# 80 baht, does not know where to sleep tonight; wants to get his medicine in Lampang;
# asks about aid for people with HIV -> urgent case, sick. One thing per message.
PERSONAS["dev45 พ้นโทษเขาบิน มีเชื้อ"] = Persona(
    opening=(
        "ผมออกจากเรือนจำกลางเขาบินราชบุรีครับ",
        "มีเชื้อเอชไอวี ยาเหลือแค่๓วัน",
    ),
    answers={
        "consent": "ยินยอม",
        "idle": "อยากกลับลำปางครับ ไปรับยาที่โรงพยาบาลใกล้บ้าน",
        "hardship": "เงินไม่พอค่ารถครับ มีแค่๘๐บาท",
        "id_card": "มีครับ",
        "nationality_letter": "มี",
        "current_province": "ราชบุรีครับ ตัวเมือง",
        "home_province": "ลำปาง เกาะคา",
        "travellers": "ผมคนเดียว",
        "urgent": "ยังไม่รู้จะนอนไหนครับคืนนี้",
        "special_needs": "ผมติดเชื้อHIVครับ ต้องกินยาทุกวัน",
        "travel_alone": "ไปเองได้",
        "sensitive_consent": "ได้ครับ บันทึกได้",
        "needs": "อยากรู้ว่ามีเงินช่วยคนติดเชื้อไหมครับ",
        "name": "หนุ่ม",
        "phone": "๐๙๑๗๗๐๒๔๓๘",
        "confirm": "ถูกต้อง",
    },
    expect={
        "eligible": True,
        "current": "ราชบุรี",
        "home": "ลำปาง",
        "travellers": 1,
        "urgent": True,
        "special": ["sick"],
        "name": "หนุ่ม",
        "phone": "0917702438",
        "referrals": ["hiv_aid"],
    },
    one_part=True,
)

# Pregnant (6 months) woman fled a husband who beats her, with her 3-year-old, hiding
# in a 7-Eleven in Bang Na; he threatens to kill her -> urgent case, 2 travellers,
# pregnant + child. Gives her phone with two digits swapped and fixes it at summary.
PERSONAS["dev45 ท้องหนีผัวบางนา แก้เบอร์"] = Persona(
    opening=(
        "พี่คะช่วยหนูด้วย",
        "หนูท้อง๖เดือน ผัวตบหนูทุกวัน วันนี้หนูหนีออกมากับลูก",
    ),
    answers={
        "consent": "ยินยอมค่ะ",
        "idle": "อยากกลับไปหาแม่ที่นครศรีฯค่ะ",
        "hardship": "ไม่มีเงินค่ะ ไม่มีที่ไป",
        "id_card": "มีค่ะ",
        "nationality_letter": "มีบัตรค่ะ",
        "current_province": "บางนา กทม ค่ะ",
        "home_province": "นครศรีธรรมราช ทุ่งสง",
        "travellers": "หนูกับลูกค่ะ",
        "urgent": "ตอนนี้นั่งอยู่ในเซเว่นค่ะ ไม่กล้ากลับห้อง มันขู่จะฆ่า",
        "special_needs": "หนูท้องค่ะ ลูกสามขวบ",
        "travel_alone": "ไปเองได้ค่ะ",
        "sensitive_consent": "ได้ค่ะ",
        "needs": "ไม่มีค่ะ ขอแค่ไปให้พ้น",
        "name": "ฝน",
        "phone": "0863395021",
        "confirm": ("เบอร์ผิดค่ะ ที่ถูกคือ 0863395012", "ถูกต้องค่ะ"),
    },
    expect={
        "eligible": True,
        "current": "กรุงเทพมหานคร",
        "home": "นครศรีธรรมราช",
        "travellers": 2,
        "urgent": True,
        "special": ["child", "pregnant"],
        "name": "ฝน",
        "phone": "0863395012",
    },
)

# Construction worker in Lat Krabang (Bangkok) fell from scaffolding, arm in a cast;
# contractor fled unpaid; eats on friends' charity; camp bed for another week ->
# non-urgent case, sick (injured), alone. One thing per message.
PERSONAS["dev45 ตกนั่งร้านลาดกระบัง แขนหัก"] = Persona(
    opening=(
        "แขนหักครับ ตกนั่งร้าน",
        "ผู้รับเหมาหนีไม่จ่ายค่าแรง ไม่มีเงินรักษาไม่มีเงินกลับบ้าน",
    ),
    answers={
        "consent": "ยินยอม",
        "idle": "ขอกลับบ้านบุรีรัมย์",
        "hardship": "ไม่มีเงินเลยครับ ข้าวก็ขอเพื่อนกิน",
        "id_card": "มี",
        "nationality_letter": "มีบัตร",
        "current_province": "ลาดกระบัง กทม",
        "home_province": "บุรีรัมย์ นางรอง",
        "travellers": "คนเดียวครับ",
        "urgent": "ยังนอนแคมป์ได้อีกอาทิตย์นึง",
        "special_needs": "แขนหักครับ ใส่เฝือกอยู่",
        "travel_alone": "ไปเองได้ครับ แขนข้างเดียวก็ไปได้",
        "sensitive_consent": "ได้",
        "needs": "อยากไปหาหมอครับ",
        "name": "เสก",
        "phone": "0848812736",
        "confirm": "ถูกครับ",
    },
    expect={
        "eligible": True,
        "current": "กรุงเทพมหานคร",
        "home": "บุรีรัมย์",
        "travellers": 1,
        "urgent": False,
        "special": ["sick"],
        "name": "เสก",
        "phone": "0848812736",
    },
    one_part=True,
)

# Isaan-speaking factory worker laid off at Map Ta Phut (Rayong), no severance;
# "ข้อย เมีย แม่เฒ่า ลูกน้อย" -> 4, grandmother 70, baby 1; room until month end ->
# non-urgent case; asks about the old-age allowance for his mother.
PERSONAS["dev45 มาบตาพุด ข้อย เมีย แม่เฒ่า ลูกน้อย"] = Persona(
    opening=(
        "สะบายดีครับ",
        "โรงงานมาบตาพุดเลิกจ้างครับ เงินชดเชยบ่ได้",
    ),
    answers={
        "consent": "ยินยอมครับ",
        "idle": "อยากกลับบ้านมุกดาหารครับ บ่มีค่ารถ",
        "hardship": "บ่มีค่ารถครับ เงินเหลือบ่พอซื้อข้าว",
        "id_card": "มีครับ",
        "nationality_letter": "มีบัตร",
        "current_province": "ระยองครับ มาบตาพุด",
        "home_province": "มุกดาหาร อ.คำชะอี",
        "travellers": "ข้อย เมีย แม่เฒ่า ลูกน้อย",
        "urgent": "ห้องเช่ายังอยู่ได้ถึงสิ้นเดือนครับ",
        "special_needs": "แม่เฒ่า๗๐ปีครับ ลูกน้อยขวบเดียว",
        "travel_alone": "ไปนำกันได้ครับ บ่ต้องมีเจ้าหน้าที่",
        "sensitive_consent": "ได้ครับ",
        "needs": "แม่เฒ่ายังบ่ได้เบี้ยคนแก่ครับ",
        "name": "เรียกผายก็ได้ครับ",
        "phone": "0898234417",
        "confirm": "ถูกต้องครับ",
    },
    expect={
        "eligible": True,
        "current": "ระยอง",
        "home": "มุกดาหาร",
        "travellers": 4,
        "urgent": False,
        "special": ["child", "elderly"],
        "name": "ผาย",
        "phone": "0898234417",
        "referrals": ["elderly_allowance"],
    },
)

# Northern-speaking dishwasher; Phuket restaurant closed and she was put out of the
# staff room; sitting at the Phuket bus terminal, will sleep there -> urgent case,
# alone, to Chiang Rai.
PERSONAS["dev45 ล้างจานภูเก็ต คำเมือง"] = Persona(
    opening=(
        "สวัสดีเจ้า",
        "ร้านอาหารที่ภูเก็ตปิดเจ้า เจ้าของไล่ออกจากห้องพักคนงาน",
        "ตอนนี้นั่งอยู่ขนส่งภูเก็ต บ่มีตังค์ซื้อตั๋วกลับเชียงราย",
    ),
    answers={
        "consent": "ยินยอมเจ้า",
        "idle": "อยากกลับบ้านเจ้า",
        "hardship": "บ่มีตังค์ค่ารถเจ้า บ่มีที่นอนด้วย",
        "id_card": "มีเจ้า",
        "nationality_letter": "มีบัตรเจ้า",
        "current_province": "ภูเก็ตเจ้า",
        "home_province": "เชียงราย แม่จัน",
        "travellers": "คนเดียวเจ้า",
        "urgent": "คืนนี้คงนอนขนส่งเจ้า",
        "special_needs": "บ่มีเจ้า",
        "travel_alone": "ไปเองได้เจ้า",
        "sensitive_consent": "ได้เจ้า",
        "needs": "บ่มีเจ้า",
        "name": "เพ็ญเจ้า",
        "phone": "0657781204",
        "confirm": "ถูกต้องเจ้า",
    },
    expect={
        "eligible": True,
        "current": "ภูเก็ต",
        "home": "เชียงราย",
        "travellers": 1,
        "urgent": True,
        "special": [],
        "name": "เพ็ญ",
        "phone": "0657781204",
    },
)

# Widowed som-tam vendor in Bang Kapi tells everything in one long message with no
# spaces: evicted today with two children (9 and 5), nowhere to go, home Lom Sak
# (Phetchabun); later answers drop tone marks ("บาน", "เพชรบูรณ") -> urgent case.
PERSONAS["dev45 แม่ค้าส้มตำบางกะปิ ผัวตาย"] = Persona(
    opening=(
        "สวัสดีค่ะพี่หนูขายส้มตำอยู่บางกะปิกรุงเทพค่ะผัวตายเมื่อเดือนก่อนรถชนค้างค่าห้อง๓เดือน"
        "เจ้าของห้องให้ออกวันนี้ตอนนี้หนูกับลูก๒คนอายุ๙ขวบกับ๕ขวบนั่งอยู่หน้าห้องไม่มีที่ไป"
        "อยากกลับบ้านที่เพชรบูรณ์หล่มสักแต่ไม่มีเงินเลยค่ะมีบัตรประชาชนค่ะช่วยหนูด้วย",
    ),
    answers={
        "consent": "ยินยอมคะ",
        "idle": "กลับบานคะ",
        "hardship": "ไม่มีทีอยู่ ไม่มีตังคะ",
        "id_card": "มีคะ",
        "nationality_letter": "มีบัตรคะ",
        "current_province": "บางกะปิ กทม",
        "home_province": "เพชรบูรณ หล่มสัก",
        "travellers": "๓คนคะ หนูกับลูก",
        "urgent": "คืนนีไม่มีทีนอนคะ",
        "special_needs": "ลูก๒คนเล็กๆคะ ๙ขวบกับ๕ขวบ",
        "travel_alone": "ไปเองไดคะ",
        "sensitive_consent": "ไดคะ",
        "needs": "อยากไดงานทีบานคะ",
        "name": "แดง",
        "phone": "๐๖๓๘๘๔๑๒๕๗",
        "confirm": "ถูกตองคะ",
    },
    expect={
        "eligible": True,
        "current": "กรุงเทพมหานคร",
        "home": "เพชรบูรณ์",
        "travellers": 3,
        "urgent": True,
        "special": ["child"],
        "name": "แดง",
        "phone": "0638841257",
    },
)
