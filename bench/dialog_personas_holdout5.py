"""Persona set holdout5, 2026-12-05. Written from the seeds only, by a writer who did not read the
dialog code, knowledge files, tests or other persona sets. Focus: the whole country (North,
Isan, South, East, Bangkok and around it); stranded workers, people robbed or cheated, several
people just released from prison, people discharged from hospital, families with small
children, elders, pregnant women, people with a disability; long first messages and bare
greetings; one-part answerers; refusals (not Thai, no hardship, no card and no letter);
corrections at the summary; typos, no spaces, Thai digits, Isan/northern/southern speech,
voice-to-text slips. 22 personas: 17 cases, 5 refusals, 6 one-part."""
from __future__ import annotations

from bench.dialog_personas import Persona

PERSONAS: dict[str, Persona] = {
    # Isan family stranded at Mo Chit after a contractor ran off with their wages: 4 people
    # (him, wife, children aged 4 and 1.5), nowhere to sleep tonight -> urgent case with children.
    # Thai card, Thai, no fare home: all three hardship criteria of Source B apply.
    "korat family at mo chit": Persona(
        ("สวัสดีครับ ผมชื่อเอกครับ ขอเล่ายาวหน่อยนะครับ ผมกับเมียและลูกสองคนมาทำงานก่อสร้างที่กรุงเทพได้สามเดือน "
         "ผู้รับเหมาไม่จ่ายค่าแรงแล้วหนีไปเลย แคมป์คนงานก็โดนรื้อ ตอนนี้พวกผมมานั่งอยู่ที่หมอชิตตั้งแต่บ่าย "
         "เงินเหลือไม่ถึงร้อย ลูกคนโตสี่ขวบ คนเล็กขวบครึ่ง คืนนี้ไม่รู้จะนอนไหนจริงๆครับ "
         "อยากกลับบ้านที่โคราช อำเภอปักธงชัย มีทางช่วยไหมครับ",),
        {"consent": "ยินยอมครับ",
         "idle": "อยากกลับบ้านที่โคราชครับ ไม่มีค่ารถ",
         "hardship": "ไม่มีค่ารถกลับบ้าน ไม่มีที่นอน ผู้รับเหมาโกงค่าแรง เงินเหลือ 80 บาทครับ",
         "id_card": "มีครับ ทั้งผมทั้งเมีย",
         "nationality_letter": "ไม่มีครับ มีแต่บัตรประชาชน",
         "nationality": "ไทยครับ",
         "current_province": "หมอชิต กรุงเทพครับ",
         "home_province": "โคราชครับ อ.ปักธงชัย",
         "travellers": "4 คนครับ ผม เมีย ลูกสองคน",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน ลูกยังเล็ก",
         "special_needs": "ลูกเล็กสองคนครับ 4 ขวบกับขวบครึ่ง นอกนั้นไม่มี",
         "travel_alone": "ไปกันเองได้ครับ",
         "needs": "ถ้ามีงานแถวโคราชก็ดีครับ แต่ตอนนี้ขอกลับบ้านก่อน",
         "sensitive_consent": "ได้ครับ",
         "name": "เอกชัย บุญเรือง",
         "phone": "086-512-7734",
         "confirm": "ถูกต้องครับ"},
        after=("ขอบคุณมากครับ",),
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "นครราชสีมา", "travellers": 4,
                "urgent": True, "special": ["child"], "name": "เอกชัย บุญเรือง", "phone": "0865127734"}),

    # Bare "สวัสดีครับ", one thing per message. Released this morning from Songkhla central prison,
    # no fare to Ubon, nowhere to sleep -> urgent case. Wants work: Source A says the Department
    # of Employment registers and places released prisoners -> job_placement must be offered.
    "released songkhla hello": Persona(
        ("สวัสดีครับ",),
        {"consent": "ครับ",
         "idle": "ผมพึ่งพ้นโทษออกมาครับ อยากกลับบ้าน",
         "hardship": "ไม่มีตังค่ารถกลับบ้านครับ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทย",
         "current_province": "สงขลา",
         "home_province": "อุบล",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้ครับ",
         "needs": "อยากหางานทำครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ณัฐพล ทองดี",
         "phone": "0923318846",
         "confirm": "ถูกครับ"},
        one_part=True,
        expect={"eligible": True, "current": "สงขลา", "home": "อุบลราชธานี", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["job_placement"],
                "name": "ณัฐพล ทองดี", "phone": "0923318846"}),

    # Southern speech (ฉาน, โหม่ด, หลาว, พรื่อ). Bag snatched at Hat Yai bus terminal, 6 months
    # pregnant, alone, card kept in her trouser pocket, no money and no bed tonight
    # -> urgent case, special pregnant; Songkhla -> Surat Thani.
    "pregnant robbed at hat yai": Persona(
        ("ฉานโดนกระชากกระเป๋าที่ท่ารถหาดใหญ่ ตังโหม่ดเลย หลาวท้องหกเดือนแล้วด้วย ไม่รู้จะทำพรื่อ อยากกลับบ้านที่สุราษฎร์",),
        {"consent": "ได้ค่ะ",
         "idle": "อยากกลับบ้านสุราษฎร์ค่ะ ไม่มีตังค่ารถ",
         "hardship": "โดนกระชากกระเป๋า ตังหมด ไม่มีค่ารถ คืนนี้ไม่มีที่นอนค่ะ",
         "id_card": "บัตรยังอยู่ค่ะ เหน็บไว้กระเป๋ากางเกง",
         "nationality_letter": "ไม่มีค่ะ มีแต่บัตร",
         "nationality": "ไทยค่ะ",
         "current_province": "หาดใหญ่ค่ะ ท่ารถ บขส.",
         "home_province": "สุราษฎร์ธานี อำเภอพุนพินค่ะ",
         "travellers": "ไปคนเดียวค่ะ",
         "urgent": "ด่วนค่ะ คืนนี้ไม่รู้นอนไหน",
         "special_needs": "ท้อง 6 เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ นั่งรถตู้ไม่กี่ชั่วโมง",
         "needs": "ไม่มีแล้วค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "ปาริชาติ แก้วประดิษฐ์ค่ะ เรียกก้อยก็ได้",
         "phone": "081 774 2093",
         "confirm": "ถูกต้องค่ะ"},
        expect={"eligible": True, "current": "สงขลา", "home": "สุราษฎร์ธานี", "travellers": 1,
                "urgent": True, "special": ["pregnant"], "name": "ปาริชาติ แก้วประดิษฐ์",
                "phone": "0817742093"}),

    # Northern speech (บ่, หื้อ, ปิ๊กบ้าน, เน้อ). 67-year-old discharged today from Nakornping
    # hospital, heart disease, weak legs, cannot go home alone. He still has a roof (nephew's room
    # for 2-3 days) -> NOT urgent (Source B: has shelter = non-urgent). Escort case.
    "northern uncle discharged": Persona(
        ("สวัสดีครับ ลุงเป็นคนแม่ฮ่องสอน ลงมาหาหมอที่โรงพยาบาลนครพิงค์ นอนโรงบาลมาเก้าวัน หมอหื้อออกวันนี้ "
         "เงินหมดแล้ว บ่มีค่ารถปิ๊กบ้าน ยังพอมีที่ซุกหัวนอน หลานหื้อนอนห้องเช่ามันได้สองสามวัน "
         "แต่ลุงอายุ 67 แล้ว จะปิ๊กบ้านคนเดียวบ่ไหวเน้อ ขายังบ่มีแรง",),
        {"consent": "ได้ครับ",
         "idle": "อยากปิ๊กบ้านแม่ฮ่องสอนครับ",
         "hardship": "บ่มีเงินค่ารถ จ่ายค่าหมอค่ายาไปหมดแล้วครับ",
         "id_card": "มีครับ",
         "nationality_letter": "บ่มีครับ มีบัตร",
         "nationality": "คนไทยครับ",
         "current_province": "เชียงใหม่ครับ แถวนครพิงค์",
         "home_province": "แม่ฮ่องสอน อำเภอปาย",
         "travellers": "ลุงคนเดียวครับ หลานมันต้องทำงาน ไปด้วยบ่ได้",
         "urgent": "บ่ด่วนขนาดนั้นครับ ยังนอนห้องหลานได้สองสามวัน",
         "special_needs": "ลุงอายุ 67 เพิ่งออกจากโรงบาล เป็นโรคหัวใจ ยังต้องกินยา เดินไกลบ่ได้",
         "travel_alone": "ไปคนเดียวบ่ไหวครับ ต้องมีคนพาไป",
         "needs": "บ่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "แก้ว ใจมา",
         "phone": "0897214456",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "เชียงใหม่", "home": "แม่ฮ่องสอน", "travellers": 1,
                "urgent": False, "special": ["cannot_travel_alone", "elderly", "sick"],
                "name": "แก้ว ใจมา", "phone": "0897214456"}),

    # Isan speech, no spaces, Thai-digit phone. Construction worker at Amata (Chonburi), employer
    # vanished with a month's pay, no bed tonight ("บ่ฮู้สิไปนอนไส") -> urgent case, alone.
    "isan worker cheated at amata": Persona(
        ("สวัสดีครับข่อยมาเฮ็ดงานก่อสร้างอยู่อมตะชลบุรีนายจ้างเชิดเงินหนีไปแล้วบ่ได้ค่าแรงเดือนนึงแล้วคืนนี้บ่ฮู้สิไปนอนไสอยากกลับบ้านสารคามบ่มีค่ารถ",),
        {"consent": "ได้ครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "บ่มีเงินเลยครับนายจ้างโกงค่าแรงบ่มีค่ารถบ่มีข้าวกิน",
         "id_card": "มีครับ",
         "nationality_letter": "บ่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ชลบุรีครับแถวนิคมอมตะ",
         "home_province": "มหาสารคามครับอำเภอบรบือ",
         "travellers": "ไปคนเดียวครับ",
         "urgent": "ด่วนครับคืนนี้บ่มีบ่อนนอน",
         "special_needs": "บ่มีครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "บ่มีครับอยากกลับบ้านอย่างเดียว",
         "sensitive_consent": "ได้",
         "name": "สุริยา พลราช",
         "phone": "๐๙๕-๓๓๘-๑๒๗๐",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "มหาสารคาม", "travellers": 1,
                "urgent": True, "special": [], "name": "สุริยา พลราช", "phone": "0953381270"}),

    # Blind masseur in Pattaya typing by voice (slips: ชนบุรี, เสลาภูมิ, คับ). Shop closed, no
    # income, may sleep in the shop until month end -> not urgent. Cannot travel alone -> escort.
    # Wants a new white cane: Source A 2.3 provides assistive devices -> disability_devices.
    "blind masseur pattaya voice": Persona(
        ("สวัสดีครับผมพิมพ์ด้วยเสียงนะครับอาจจะผิดบ้างผมตาบอดครับทำงานร้านนวดที่พัทยาร้านปิดไปแล้วเงินก็หมด"
         "อยากกลับบ้านร้อยเอ็ดครับแต่เดินทางคนเดียวไม่ได้",),
        {"consent": "ยินยอมคับ",
         "idle": "อยากกลับบ้านร้อยเอ็ดคับ",
         "hardship": "ร้านนวดปิดกิจการครับไม่มีรายได้ไม่มีค่ารถ",
         "id_card": "มีบัตรประชาชนครับแล้วก็บัตรคนพิการด้วย",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "พัทยาครับพัทยาใต้จังหวัดชนบุรี",
         "home_province": "ร้อยเอ็ดครับอำเภอเสลาภูมิ",
         "travellers": "ผมคนเดียวครับ",
         "urgent": "ไม่ด่วนครับเจ้าของร้านให้นอนที่ร้านได้ถึงสิ้นเดือน",
         "special_needs": "ผมตาบอดสนิทครับสองข้าง",
         "travel_alone": "ไปคนเดียวไม่ได้ครับต้องมีคนพาไปส่ง",
         "needs": "อยากได้ไม้เท้าขาวอันใหม่ครับอันเก่าหัก",
         "sensitive_consent": "ยินยอมครับ",
         "name": "ธีระพงษ์ ศรีภูมิ",
         "phone": "082 609 4415",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ชลบุรี", "home": "ร้อยเอ็ด", "travellers": 1,
                "urgent": False, "special": ["cannot_travel_alone", "disabled"],
                "referrals": ["disability_devices"], "name": "ธีระพงษ์ ศรีภูมิ", "phone": "0826094415"}),

    # Factory closed in Pluak Daeng (Rayong). Him, wife 5 months pregnant, mother-in-law 64; room
    # paid to month end -> not urgent. At the summary he corrects the count to 4 (forgot his
    # younger brother, 25) -> travellers 4; special stays elderly + pregnant.
    "rayong family count fix": Persona(
        ("โรงงานที่ปลวกแดงปิดตัวครับ ผมกับเมียตกงานทั้งคู่ เมียท้องห้าเดือน แม่ยายอายุ 64 มาอยู่ด้วย "
         "เงินชดเชยยังไม่ได้ ค่ารถกลับเมืองคอนไม่มี ห้องเช่ายังอยู่ได้ถึงสิ้นเดือน",),
        {"consent": "ตกลงครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ตกงาน ไม่มีรายได้ ไม่มีค่ารถกลับบ้านครับ",
         "id_card": "มีครบทุกคนครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทย",
         "current_province": "ระยองครับ อ.ปลวกแดง",
         "home_province": "นครศรีธรรมราช อ.ทุ่งสง",
         "travellers": "3 คนครับ ผม เมีย แม่ยาย",
         "urgent": "ไม่ด่วนครับ ห้องเช่ายังอยู่ได้ถึงสิ้นเดือน",
         "special_needs": "เมียท้อง 5 เดือน แม่ยายอายุ 64 ครับ",
         "travel_alone": "ไปเองได้ครับ",
         "needs": "อยากหางานแถวทุ่งสงครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "วีระ ชูแก้ว",
         "phone": "0618852390",
         "confirm": ("ขอแก้จำนวนคนครับ ไปสี่คน ลืมนับน้องชายผมที่ตกงานด้วยกัน อายุ 25", "ถูกต้องครับ")},
        expect={"eligible": True, "current": "ระยอง", "home": "นครศรีธรรมราช", "travellers": 4,
                "urgent": False, "special": ["elderly", "pregnant"], "name": "วีระ ชูแก้ว",
                "phone": "0618852390"}),

    # One thing per message. Released yesterday from the women's correctional institution in
    # Chiang Mai, nowhere to sleep -> urgent. Card expired but she holds a district letter
    # certifying Thai nationality and residence (Source B condition 2) -> eligible.
    # Wants a new card: Source A 1 (DOPA makes cards for released prisoners) -> id_card.
    "released woman chiang mai": Persona(
        ("ขอความช่วยเหลือค่ะ",),
        {"consent": "ยินยอมค่ะ",
         "idle": "เพิ่งออกจากทัณฑสถานหญิงเชียงใหม่เมื่อวานค่ะ อยากกลับบ้าน",
         "hardship": "ไม่มีเงินค่ารถค่ะ",
         "id_card": "มีแต่หมดอายุค่ะ",
         "nationality_letter": "มีค่ะ หนังสือรับรองสัญชาติไทยกับที่อยู่จากอำเภอ เรือนจำช่วยประสานให้",
         "nationality": "ไทยค่ะ",
         "current_province": "เชียงใหม่",
         "home_province": "ขอนแก่น",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ด่วนค่ะ ไม่มีที่นอน",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "อยากทำบัตรประชาชนใหม่ค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "อรุณี มีสุข",
         "phone": "063-447-9182",
         "confirm": "ถูกต้อง"},
        one_part=True,
        expect={"eligible": True, "current": "เชียงใหม่", "home": "ขอนแก่น", "travellers": 1,
                "urgent": True, "special": [], "referrals": ["id_card"], "name": "อรุณี มีสุข",
                "phone": "0634479182"}),

    # No spaces, typos (ภูเก้ต, รีสอท, คับ). Lured to Phuket by a fake resort job, fee taken,
    # sleeping on Patong beach for 2 nights -> urgent case, alone, Phuket -> Kalasin.
    "phuket job scam": Persona(
        ("มีคนชวนมาทำงานรีสอทที่ภูเก้ตบอกมีที่พักให้พอมาถึงไม่มีงานจริงโดนหลอกเอาค่าสมัครไป3พัน"
         "ตอนนี้นอนชายหาดป่าตองมา2คืนแล้วไม่มีตังกลับกาฬสินธุ์ช่วยด้วยคับ",),
        {"consent": "ได้คับ",
         "idle": "อยากกลับบ้านคับ",
         "hardship": "โดนหลอกมาทำงานไม่มีงานไม่มีตังไม่มีที่นอนคับ",
         "id_card": "มีคับ",
         "nationality_letter": "ไม่มีคับ",
         "nationality": "ไทยคับ",
         "current_province": "ภูเก็ตคับป่าตอง",
         "home_province": "กาฬสินธุ์คับ อ.ยางตลาด",
         "travellers": "คนเดียวคับ",
         "urgent": "ด่วนคับนอนชายหาดมาสองคืนแล้ว",
         "special_needs": "ไม่มีคับ",
         "travel_alone": "ได้คับ",
         "needs": "อยากหางานใกล้บ้านคับ",
         "sensitive_consent": "ได้คับ",
         "name": "ภานุวัฒน์ ไชยสิทธิ์",
         "phone": "0987001245",
         "confirm": "ถูกคับ"},
        expect={"eligible": True, "current": "ภูเก็ต", "home": "กาฬสินธุ์", "travellers": 1,
                "urgent": True, "special": [], "name": "ภานุวัฒน์ ไชยสิทธิ์", "phone": "0987001245"}),

    # Discharged from Khon Kaen hospital, HIV positive, weak, on ARVs, job lost, will sleep on a
    # bench outside the hospital tonight -> urgent, sick. Hesitates at the privacy notice, then
    # agrees. Asks about aid for people with HIV: Source A 2.1 -> hiv_aid.
    "hiv discharged khon kaen": Persona(
        ("สวัสดีครับ ผมเพิ่งออกจากโรงพยาบาลศูนย์ขอนแก่นครับ นอนมาสองอาทิตย์ ผมติดเชื้อเอชไอวีครับ "
         "ตอนนี้ยังอ่อนเพลียต้องกินยาต้านตลอด เงินที่มีหมดไปแล้ว ที่ทำงานก็ให้ออก คืนนี้ไม่มีที่ไปครับ "
         "อยากกลับไปอยู่กับแม่ที่เลย",),
        {"consent": ("ข้อมูลผมจะเอาไปให้ใครดูบ้างครับ", "โอเคครับ ยินยอม"),
         "idle": "อยากกลับบ้านที่เลยครับ",
         "hardship": "ไม่มีเงิน ไม่มีงาน ไม่มีที่พักครับ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทย",
         "current_province": "ขอนแก่นครับ หน้าโรงพยาบาลศูนย์",
         "home_province": "จังหวัดเลยครับ อ.วังสะพุง",
         "travellers": "คนเดียวครับ",
         "urgent": "ด่วนครับ คืนนี้คงต้องนอนม้านั่งหน้าโรงบาล",
         "special_needs": "ผมป่วยครับ ติดเชื้อ HIV ยังอ่อนเพลียอยู่",
         "travel_alone": "พอไปเองไหวครับ นั่งรถไม่กี่ชั่วโมง",
         "needs": "อยากรู้ว่ามีเงินช่วยคนติดเชื้อไหมครับ",
         "sensitive_consent": "ได้ครับ บันทึกได้",
         "name": "อนุชา พรหมมา",
         "phone": "091-224-8836",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "ขอนแก่น", "home": "เลย", "travellers": 1,
                "urgent": True, "special": ["sick"], "referrals": ["hiv_aid"],
                "name": "อนุชา พรหมมา", "phone": "0912248836"}),

    # Isan grandmother, 66, came to Bangkok looking for her daughter with two grandchildren
    # (5 and 8); sleeping at Sanam Luang for 2 nights -> urgent, 3 travellers, child + elderly.
    # Has never received the old-age allowance -> elderly_allowance (Source A 2.2).
    # Uses her son's phone number.
    "grandma at sanam luang": Persona(
        ("ยายมากรุงเทพตามหาลูกสาว พาหลานมาสองคน หาลูกบ่เจอ เงินหมดแล้ว นอนสนามหลวงมาสองคืน "
         "หลานคนนึงห้าขวบ อีกคนแปดขวบ ยายอายุ 66 อยากกลับสุรินทร์",),
        {"consent": "ได้ลูก",
         "idle": "อยากกลับบ้านสุรินทร์",
         "hardship": "บ่มีเงิน บ่มีบ่อนนอน หลานหิวข้าว",
         "id_card": "ยายมีบัตร หลานยังบ่มีบัตร",
         "nationality_letter": "บ่มี",
         "nationality": "ไทย",
         "current_province": "สนามหลวง กรุงเทพ",
         "home_province": "สุรินทร์ อำเภอท่าตูม",
         "travellers": "สามคน ยายกับหลานสองคน",
         "urgent": "ด่วน นอนสนามหลวงมาสองคืนแล้ว",
         "special_needs": "ยายอายุ 66 หลานห้าขวบกับแปดขวบ",
         "travel_alone": "ไปเองได้ ขอแค่ค่ารถ",
         "needs": "ยายยังบ่เคยได้เบี้ยคนแก่เลย",
         "sensitive_consent": "ได้",
         "name": "นางบุญมี ศรีสุข",
         "phone": "ยายบ่มีโทรศัพท์ ใช้เบอร์ลูกชายคนเล็ก 084 117 2569",
         "confirm": "ถูกต้อง"},
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "สุรินทร์", "travellers": 3,
                "urgent": True, "special": ["child", "elderly"], "referrals": ["elderly_allowance"],
                "name": "บุญมี ศรีสุข", "phone": "0841172569"}),

    # Couple cutting durian in Chanthaburi (จันท์), unpaid two months, food running out, still
    # sleeping in the orchard shed ("ยังพอมีที่ซุกหัวนอน") -> not urgent. Corrects the phone at
    # the summary (last two digits swapped) -> phone 0896524417.
    "chanthaburi couple phone fix": Persona(
        ("สวัสดีครับ ผมกับเมียมารับจ้างตัดทุเรียนที่จันท์ เถ้าแก่สวนบอกทุเรียนราคาตก ไม่จ่ายค่าแรงสองเดือน "
         "ตอนนี้ยังพอมีที่ซุกหัวนอน นอนเพิงในสวน แต่ข้าวจะไม่มีกินแล้ว อยากกลับศรีสะเกษครับ",),
        {"consent": "ยินยอม",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่ได้ค่าแรง ไม่มีเงินซื้อข้าว ไม่มีค่ารถครับ",
         "id_card": "มีทั้งสองคนครับ",
         "nationality_letter": "ไม่มี",
         "nationality": "ไทยทั้งคู่",
         "current_province": "จันทบุรี อ.มะขาม",
         "home_province": "ศรีสะเกษ อ.กันทรลักษ์",
         "travellers": "2 คน ผมกับเมีย",
         "urgent": "ไม่ถึงกับด่วนครับ ยังนอนเพิงในสวนได้ แต่เถ้าแก่ให้อยู่อีกไม่กี่วัน",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้",
         "name": "สมพร แสงทอง",
         "phone": "089-652-4471",
         "confirm": ("เบอร์ผิดครับ ที่ถูกคือ 089-652-4417", "ถูกต้องแล้วครับ")},
        expect={"eligible": True, "current": "จันทบุรี", "home": "ศรีสะเกษ", "travellers": 2,
                "urgent": False, "special": [], "name": "สมพร แสงทอง", "phone": "0896524417"}),

    # Released today from Rayong central prison after 3 years, nobody came, no bed tonight
    # -> urgent case (declining sensitive-data recording does not change eligibility).
    # Corrects his surname at the summary: แก้วมนี -> แก้วมณี.
    "released rayong name fix": Persona(
        ("ผมพ้นโทษออกมาจากเรือนจำกลางระยองวันนี้ครับ ติดมาสามปี ไม่มีใครมารับ ตังที่มีไม่พอค่ารถกลับพัทลุง คืนนี้ไม่มีที่นอน",),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถกลับบ้านครับ",
         "hardship": "ไม่มีตังค่ารถ ไม่มีที่นอนครับ",
         "id_card": "มีครับ ได้คืนตอนออก",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "ระยองครับ",
         "home_province": "พัทลุง อ.ควนขนุน",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน",
         "special_needs": "ไม่มีครับ แข็งแรงดี",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ไม่อยากให้บันทึกเรื่องคดีครับ",
         "name": "ประเสริฐ แก้วมนี",
         "phone": "0649935128",
         "confirm": ("ชื่อผิดครับ นามสกุลที่ถูกคือ แก้วมณี ณ เณร ชื่อเต็ม ประเสริฐ แก้วมณี", "ถูกต้องครับ")},
        expect={"eligible": True, "current": "ระยอง", "home": "พัทลุง", "travellers": 1,
                "urgent": True, "special": [], "name": "ประเสริฐ แก้วมณี", "phone": "0649935128"}),

    # One thing per message. Wheelchair user just out of hospital rehab in Bangkok ("not sick any
    # more, just can't walk"), relatives turned him out, no bed tonight -> urgent; disabled and
    # cannot travel alone. Not registered, wants the disability allowance -> disability_allowance.
    "wheelchair bangkok one part": Persona(
        ("ช่วยด้วยครับ",),
        {"consent": "ครับ",
         "idle": "เพิ่งออกจากโรงพยาบาลครับ อยากกลับบ้าน",
         "hardship": "ไม่มีค่ารถครับ",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มี",
         "nationality": "ไทย",
         "current_province": "กทม",
         "home_province": "บุรีรัมย์",
         "travellers": "1",
         "urgent": "ด่วนครับ ญาติให้ออกจากบ้านแล้ว คืนนี้ไม่มีที่นอน",
         "special_needs": "นั่งวีลแชร์ครับ เดินไม่ได้ ไม่ได้ป่วยแล้ว",
         "travel_alone": "ไม่ได้ครับ",
         "needs": "อยากได้เบี้ยคนพิการครับ ยังไม่ได้ขึ้นทะเบียน",
         "sensitive_consent": "ได้ครับ",
         "name": "ชาตรี บุญมา",
         "phone": "0857736041",
         "confirm": "ถูกต้อง"},
        one_part=True,
        expect={"eligible": True, "current": "กรุงเทพมหานคร", "home": "บุรีรัมย์", "travellers": 1,
                "urgent": True, "special": ["cannot_travel_alone", "disabled"],
                "referrals": ["disability_allowance"], "name": "ชาตรี บุญมา", "phone": "0857736041"}),

    # Southern man aged ๗๓ (Thai digits) visiting his son at Bang Khwang prison (Nonthaburi),
    # pickpocketed on the bus, card still with him, knows nobody, no bed -> urgent, elderly only
    # (he travelled here alone by train and can go back alone).
    "southern elder at bang khwang": Persona(
        ("สวัสดีครับ ลุงอายุ ๗๓ มาเยี่ยมลูกที่เรือนจำบางขวาง โดนล้วงกระเป๋าตังไปบนรถเมล์ เหลือแต่บัตรประชาชน "
         "ไม่มีตังกลับตรังแล้ว หลาวนั่งอยู่หน้าเรือนจำ",),
        {"consent": "ได้ครับ",
         "idle": "ขอค่ารถกลับตรังครับ",
         "hardship": "โดนล้วงตังไปโหม่ด ไม่มีค่ารถ ไม่มีที่นอน",
         "id_card": "มีครับ บัตรยังอยู่",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "นนทบุรี หน้าเรือนจำบางขวาง",
         "home_province": "ตรัง อ.ห้วยยอด",
         "travellers": "ลุงคนเดียว",
         "urgent": "ด่วนครับ คืนนี้ไม่มีที่นอน ไม่รู้จักใครแถวนี้",
         "special_needs": "ลุงอายุ ๗๓ ครับ แต่ยังแข็งแรง",
         "travel_alone": "ไปเองได้ครับ นั่งรถไฟมาเอง",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "นายเจริญ หมื่นศรี",
         "phone": "๐๘๗ ๕๕๖ ๒๑๔๐",
         "confirm": "ถูกต้องครับ"},
        expect={"eligible": True, "current": "นนทบุรี", "home": "ตรัง", "travellers": 1,
                "urgent": True, "special": ["elderly"], "name": "เจริญ หมื่นศรี", "phone": "0875562140"}),

    # Bare "สวัสดีค่ะ", one thing per message. Young mother fled a violent partner in Udon with her
    # 8-month-old baby, cannot go back to the room (unsafe) -> urgent; 2 travellers, child.
    "young mum fleeing udon": Persona(
        ("สวัสดีค่ะ",),
        {"consent": "ได้ค่ะ",
         "idle": "อยากกลับบ้านค่ะ",
         "hardship": "หนีแฟนออกมา ไม่มีเงินเลยค่ะ",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทย",
         "current_province": "อุดร",
         "home_province": "นครพนม",
         "travellers": "2 คนค่ะ ฉันกับลูก",
         "urgent": "ด่วนค่ะ กลับห้องไม่ได้ แฟนทำร้าย",
         "special_needs": "ลูก 8 เดือนค่ะ",
         "travel_alone": "ไปเองได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "พิมพ์ชนก วงศ์ไชย",
         "phone": "0659012283",
         "confirm": "ถูกต้องค่ะ"},
        one_part=True,
        expect={"eligible": True, "current": "อุดรธานี", "home": "นครพนม", "travellers": 2,
                "urgent": True, "special": ["child"], "name": "พิมพ์ชนก วงศ์ไชย", "phone": "0659012283"}),

    # One thing per message, northern words. 62-year-old just out of Phitsanulok prison, card lost
    # at arrest but holds a village-head/kamnan letter certifying Thai nationality and residence
    # -> eligible; no bed -> urgent; elderly. Wants a new card -> id_card (Source A 1).
    "released elder phitsanulok": Persona(
        ("พ่อเฒ่าเพิ่งออกจากคุกครับ",),
        {"consent": "ได้",
         "idle": "อยากปิ๊กบ้านครับ",
         "hardship": "บ่มีเงินค่ารถครับ",
         "id_card": "บัตรหายตอนโดนจับครับ",
         "nationality_letter": "มีครับ หนังสือรับรองจากผู้ใหญ่บ้านกับกำนันว่าเป็นคนไทยอยู่บ้านนี้จริง ลูกสาวส่งมาให้",
         "nationality": "ไทย",
         "current_province": "พิษณุโลก",
         "home_province": "แพร่",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ บ่มีที่นอน",
         "special_needs": "อายุ 62 ครับ",
         "travel_alone": "ไปได้ครับ",
         "needs": "อยากทำบัตรประชาชนใหม่ครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "สิงห์ คำปัน",
         "phone": "093 880 1764",
         "confirm": "ถูกต้อง"},
        one_part=True,
        expect={"eligible": True, "current": "พิษณุโลก", "home": "แพร่", "travellers": 1,
                "urgent": True, "special": ["elderly"], "referrals": ["id_card"],
                "name": "สิงห์ คำปัน", "phone": "0938801764"}),

    # Lao housemaid in Bang Na, Lao speech, fired, wants to go home to Savannakhet. Not Thai
    # (Lao passport, no Thai card) -> refused: the aid is only for people of Thai nationality.
    "lao housemaid bang na": Persona(
        ("สะบายดีเจ้า ข่อยเป็นคนลาว มาเฮ็ดแม่บ้านอยู่บางนา นายจ้างไล่ออก บ่มีเงินกลับบ้าน ช่วยแหน่เด้อ",),
        {"consent": "ได้เจ้า",
         "idle": "อยากกลับบ้านเจ้า",
         "hardship": "บ่มีเงิน บ่มีบ่อนอยู่เจ้า",
         "id_card": "บ่มีบัตรไทยเจ้า มีแต่พาสปอร์ตลาว",
         "nationality_letter": "บ่มีเจ้า",
         "nationality": "ลาวเจ้า",
         "current_province": "กรุงเทพ บางนา",
         "home_province": "แขวงสะหวันนะเขต ประเทศลาว",
         "travellers": "คนเดียว",
         "urgent": "ด่วนเจ้า",
         "special_needs": "บ่มี",
         "travel_alone": "ได้",
         "needs": "บ่มี",
         "sensitive_consent": "ได้",
         "name": "คำพอน วงสา",
         "phone": "0823347781",
         "confirm": "ถูกต้อง"},
        outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # One thing per message. Cambodian worker in Rayong holding a pink migrant card, wants to go to
    # Battambang -> refused on nationality.
    "cambodian worker rayong": Persona(
        ("ขอเงินค่ารถกลับบ้านได้ไหมครับ",),
        {"consent": "ได้ครับ",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีเงินครับ",
         "id_card": "ไม่มีบัตรไทยครับ มีบัตรชมพู",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "กัมพูชาครับ",
         "current_province": "ระยอง",
         "home_province": "พระตะบอง กัมพูชา",
         "travellers": "คนเดียว",
         "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "ไม่มี",
         "sensitive_consent": "ได้",
         "name": "โสภา เจีย",
         "phone": "0954412278",
         "confirm": "ถูกต้อง"},
        one_part=True, outcome="refused",
        expect={"eligible": False, "reason": "สัญชาติ"}),

    # Tourist in Chiang Rai with money and a hotel, just wants the state to pay his fare back to
    # Bangkok -> refused: none of the three hardship criteria (shelter, food, fare) applies.
    "tourist chiang rai no hardship": Persona(
        ("สอบถามหน่อยครับ มาเที่ยวเชียงรายแล้วอยากได้ค่ารถกลับกรุงเทพ ทางรัฐช่วยจ่ายให้ไหมครับ",),
        {"consent": "ได้ครับ",
         "idle": "อยากได้ค่ารถกลับกรุงเทพครับ",
         "hardship": "ไม่ได้ลำบากอะไรครับ มีเงิน มีโรงแรมพัก แค่อยากประหยัด",
         "id_card": "มีครับ",
         "nationality_letter": "ไม่มีครับ",
         "nationality": "ไทยครับ",
         "current_province": "เชียงราย",
         "home_province": "กรุงเทพ",
         "travellers": "2 คนครับ ผมกับแฟน",
         "urgent": "ไม่ด่วนครับ",
         "special_needs": "ไม่มีครับ",
         "travel_alone": "ได้ครับ",
         "needs": "ไม่มีครับ",
         "sensitive_consent": "ได้ครับ",
         "name": "ธนกฤต อินทรวงศ์",
         "phone": "0816673301",
         "confirm": "ถูกต้องครับ"},
        outcome="refused",
        expect={"eligible": False}),

    # Factory worker in Bang Phli (Samut Prakan) with a job, a room and her salary paid, wants a
    # free ticket home to Yasothon for New Year -> refused: no hardship.
    "bang phli new year no hardship": Persona(
        ("สวัสดีค่ะ ทำงานโรงงานอยู่บางพลี ปีใหม่อยากกลับบ้านยโสธร มีค่ารถฟรีไหมคะ เงินเดือนออกแล้วแต่อยากเก็บไว้ให้แม่",),
        {"consent": "ได้ค่ะ",
         "idle": "อยากได้ค่ารถกลับบ้านปีใหม่ค่ะ",
         "hardship": "มีงานทำค่ะ มีห้องเช่า ไม่ได้เดือดร้อนอะไร แค่อยากประหยัด",
         "id_card": "มีค่ะ",
         "nationality_letter": "ไม่มีค่ะ",
         "nationality": "ไทยค่ะ",
         "current_province": "สมุทรปราการ บางพลี",
         "home_province": "ยโสธร",
         "travellers": "คนเดียวค่ะ",
         "urgent": "ไม่ด่วนค่ะ",
         "special_needs": "ไม่มีค่ะ",
         "travel_alone": "ได้ค่ะ",
         "needs": "ไม่มีค่ะ",
         "sensitive_consent": "ได้ค่ะ",
         "name": "จันทร์เพ็ญ ทองมา",
         "phone": "0897765120",
         "confirm": "ถูกต้องค่ะ"},
        outcome="refused",
        expect={"eligible": False}),

    # Sleeping under a bridge in Hat Yai, says he is Thai, but card lost long ago and no letter
    # of any kind (20 years away, the village head no longer knows him) -> refused: Source B needs
    # the ID card or a letter certifying Thai nationality and residence.
    "hat yai no card no letter": Persona(
        ("ผมอยู่หาดใหญ่ ไม่มีตังกลับบ้านที่นราธิวาส นอนใต้สะพานมาหลายคืนแล้ว",),
        {"consent": "ได้",
         "idle": "อยากกลับบ้านครับ",
         "hardship": "ไม่มีตัง ไม่มีที่นอน ไม่มีค่ารถ",
         "id_card": "ไม่มีครับ หายไปนานแล้ว",
         "nationality_letter": "ไม่มีครับ ไม่มีเอกสารอะไรเลย ไม่ได้กลับบ้านมายี่สิบปี ผู้ใหญ่บ้านก็ไม่รู้จักแล้ว",
         "nationality": "คนไทยครับ",
         "current_province": "หาดใหญ่",
         "home_province": "นราธิวาส",
         "travellers": "คนเดียว",
         "urgent": "ด่วนครับ นอนใต้สะพาน",
         "special_needs": "ไม่มี",
         "travel_alone": "ได้",
         "needs": "ไม่มี",
         "sensitive_consent": "ได้",
         "name": "สมาน ดอเลาะ",
         "phone": "0624458813",
         "confirm": "ถูกต้อง"},
        outcome="refused",
        expect={"eligible": False}),
}
