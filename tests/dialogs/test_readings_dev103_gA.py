"""Misreadings found in the blind development set dev103 (group gA): Thai typed with the
English keyboard layout, Thai typed in Latin letters (karaoke) and Malay, English words and
place nicknames in Thai sentences, Chinese-Thai and Malay elders."""

from __future__ import annotations

import pytest

from dialogs.code_switch import english_spelt
from dialogs.elder_title import elder_hinted
from dialogs.engine import Dialog
from dialogs.layout import layout_decoded
from dialogs.parse import match_province
from dialogs.slang import typed_in_thai
from dialogs.summary_questions import question_at_contact
from dialogs.understand import read_message

from .test_engine import Chat


@pytest.mark.parametrize(("text", "want"), [
    ("l;ylfu8jt", "สวัสดีค่ะ"),  # dev103
    ("pbopv,", "ยินยอม"),  # dev103
    ("itpv'", "ระยอง"),  # dev103
    ("w,j,u", "ไม่มี"),  # dev103
    ("ตกงานมาเดือนนึงแล้ว w,j,u9y'8N กลับบ้านเลยค่ะ",  # dev103
     "ตกงานมาเดือนนึงแล้ว ไม่มีตังค์ กลับบ้านเลยค่ะ"),
    ("ผมอยู่มหาชัยครับ ไม่มีเงินd]y[[hko", "ผมอยู่มหาชัยครับ ไม่มีเงินกลับบ้าน"),  # dev103
    ("w,j,ug'bo", "ไม่มีเงิน"), ("d]y[", "กลับ"),  # similar
])
def test_thai_typed_with_the_english_layout(text: str, want: str) -> None:
    assert layout_decoded(text) == want


@pytest.mark.parametrize("text", [
    "g,nvi", "0t",  # spell no known words (เมือร), or too few letters (จะ)
    "ok,", "walk,", "it's", "don't", "add,", "look,", "dev60,", "row[j]", "self.proc:",
    "https://maps.app.goo.gl/Qm7vZr2KpLs8TnWx9", "bit.ly/3xTkConcert", "5km", "3pm", "10,000",
    "a@b.com", "#1", "081-234-5678", "Mr.", "U.S.", "ok krub", "mai mee ngern,",
])
def test_english_and_links_stay_as_typed(text: str) -> None:
    assert layout_decoded(text) == text  # ("ok," spells นาม, one word but three letters)


def test_the_layout_consent_and_province_are_read(dialog: Dialog) -> None:
    # dev103: "pbopv," (ยินยอม) was asked again; "itpv'" (ระยอง) left the mother at home
    chat = Chat(dialog)
    chat.say("l;ylfu8jt")
    chat.say("พอดีโรงงานที่ระยองปิดค่ะ ตกงานมาเดือนนึงแล้ว w,j,u9y'8N กลับบ้านเลยค่ะ")
    chat.say("pbopv, มีค่ะ itpv' เพชรบูรณ์ค่ะ อ.หล่มสัก")
    assert chat.state.data.get("consent") is True
    answers = chat.state.data["answers"]
    assert answers["current_province"]["name"] == "ระยอง"
    assert answers["home_province"]["name"] == "เพชรบูรณ์"
    assert answers["no_fare"] is True


@pytest.mark.parametrize(("text", "want"), [
    ("wan nee yang mai dai gin arai loei krub. tee non yang mee tee camp kon ngan",  # dev103
     "วันนี้ยังไม่ได้กินอะไรเลยครับ. ที่นอนยังมีที่ camp คนงาน"),
    ("phom rian yoo KKU krub, torn nee mai mee ngern loei",  # dev103: not in Loei
     "ผมเรียนอยู่ KKU ครับ, ตอนนี้ไม่มีเงินเลย"),
    ("kha rot mai por", "ค่ารถไม่พอ"),  # dev103
    ("kor tham noi ka, khrong garn chuay glub baan nee",  # dev103: ask, not do
     "ขอถามหน่อยค่ะ, โครงการช่วยกลับบ้านนี้"),
    ("ja dai kha arhan duay mai ka? wan la tao rai? per day per person",  # dev103
     "จะได้ค่าอาหารด้วยไหมค่ะ? วันละเท่าไร? per day per person"),
    ("mai tong ka, tham cher cher", "ไม่ต้องค่ะ, ถามเฉยๆ"),  # dev103
    ("chuay ha ngan hai noi dai mai", "ช่วย ha งานให้หน่อยได้ไหม"),
    ("nak balik Narathiwat tak ada duit", "อยากกลับ Narathiwat ไม่มีเงิน"),  # dev103 (Malay)
    ("tak ada", "ไม่มี"), ("ไม่มีครับ terima kasih", "ไม่มีครับ ขอบคุณ"),  # dev103
    # similar and near: "mai" asks only at a question's end, "tham" is to do, Loei capitalised
    ("pai mai dai", "ไปไม่ได้"), ("tham ngan yoo Rayong", "ทำงานอยู่ Rayong"),
    ("yak glub baan tee Loei krub", "อยากกลับบ้านที่ Loei ครับ"), ("mee mai ka", "มีไหมค่ะ"),
    ("por mae mai mee ngern", "por mae ไม่มีเงิน"),  # พ่อแม่, never พอ
    # one word of them alone is no karaoke: "Tak", "ada", "seorang"
    ("Tak krub", "Tak krub"), ("ada มีบัตร", "ada มีบัตร"), ("seorang คนเดียว", "seorang คนเดียว"),
])
def test_karaoke_and_malay_as_typed(text: str, want: str) -> None:
    assert typed_in_thai(text) == want


def test_karaoke_hunger_today_is_urgent() -> None:
    # dev103: "no food today" in karaoke was read as nothing (not urgent)
    said = read_message(typed_in_thai("kon diew krub wan nee yang mai dai gin arai loei krub."
                                      " tee non yang mee tee camp kon ngan"))
    assert said["urgent"] is True
    said = read_message(typed_in_thai("phom rian yoo Bangkok krub, torn nee mai mee ngern loei"))
    assert said["current_province"]["name"] == "กรุงเทพมหานคร"  # never Loei


def test_karaoke_question_is_answered_without_consent(dialog: Dialog) -> None:
    # dev103: asked for consent, then handed to staff; the food money question unanswered
    chat = Chat(dialog)
    chat.say("hi ka")
    chat.say("kor tham noi ka, khrong garn chuay glub baan nee")
    said = chat.text("ja dai kha arhan duay mai ka? wan la tao rai? per day per person")
    assert "100" in said


@pytest.mark.parametrize(("text", "code"), [
    ("KKU", "TH-40"), ("CNX ค่ะ", "TH-50"), ("hkt", "TH-83"),  # dev103
    ("ติดอยู่ Suvarnabhumi", "TH-11"), ("Don Mueang ครับ", "TH-10"),
])
def test_english_nicknames_of_places(text: str, code: str) -> None:
    province = match_province(text)
    assert province is not None and province.code == code


def test_a_university_nickname_in_a_story() -> None:
    said = read_message("ผมเรียนอยู่ KKU ครับ")  # dev103: the student at home in Khon Kaen
    assert said["current_province"]["name"] == "ขอนแก่น"


@pytest.mark.parametrize(("text", "here", "home"), [
    # dev103: money on one's person ("ติดตัว") is not being stuck; the fare's end is not here
    ("ได้ตังติดตัวออกมานิดหน่อย ค่ารถลงนครศรีฯ ไม่พอหนิ ไม่รู้จะทำไงแล้ว", None, None),
    ("ตอนนี้ค่ารถไปนครศรีไม่พอ", None, None),
    ("ติดอยู่ขนส่ง ค่ารถลงหาดใหญ่ไม่พอ", None, None),
    # near: still home, still here
    ("อยากกลับบ้าน ไม่มีค่ารถไปอุบล", None, "อุบลราชธานี"),
    ("ตอนนี้ค่ารถกลับนครศรีไม่พอ", None, "นครศรีธรรมราช"),
    ("ติดอยู่ที่ขอนแก่น ค่ารถไม่พอ", "ขอนแก่น", None),
    ("มีเงินติดตัวนิดหน่อย อยู่ขอนแก่น", "ขอนแก่น", None),
    # the prison known by its name, and its place after it (dev103)
    ("ผมพ้นโทษออกจากคลองไผ่เมื่อเช้าครับ Korat", "นครราชสีมา", None),
    ("ผมพ้นโทษออกจากคลองไผ่เมื่อเช้าครับ โคราช", "นครราชสีมา", None),
    ("ออกจากคลองไผ่มา 3 ปีแล้ว ตอนนี้อยู่ระยอง", "ระยอง", None),
    # come to pay respects at a shrine (dev103)
    ("อั๊วมาไหว้เจ้าที่เยาวราช โดนล้วงกระเป๋าตังค์ ตังค์หมดเลย กลับปากน้ำโพไม่ได้",
     "กรุงเทพมหานคร", "นครสวรรค์"),
    ("มาทำบุญที่วัดในลำปาง", "ลำปาง", None),
])
def test_places_of_a_story(text: str, here: str | None, home: str | None) -> None:
    said = read_message(text)
    assert (said.get("current_province") or {}).get("name") == here
    assert (said.get("home_province") or {}).get("name") == home


@pytest.mark.parametrize(("text", "hint"), [
    ("อาตี๋ ช่วยอั๊วหน่อย", True),  # dev103: a Chinese-Thai elder calls the young so
    ("สวัสดีอาหมวย ขอถามหน่อย", True), ("ขอบใจนะอาตี๋", True), ("ขอบคุณค่ะอาตี๋", True),
    ("mak cik ขายของที่ตลาดหาดใหญ่ โดนขโมยเงินหมด", True),  # dev103: a Malay auntie
    ("Pakcik nak balik", True),
    # near: a nickname, a word holding the letters, a young writer
    ("ตี๋ไม่มีเงินกลับบ้านครับ", False), ("อาตี๋ร้านข้าวมันไก่ไม่จ่ายค่าแรง", False),
    ("ผมทำงานกับ amakcik", False), ("อั๊วไม่มีตังค์", False),
])
def test_elders_by_how_they_speak(text: str, hint: bool) -> None:
    assert (elder_hinted(text).get("care_again") is True) is hint


def test_a_hinted_elder_is_asked_of_care(dialog: Dialog) -> None:
    # dev103: the grandpa answering one thing at a time was never asked his age
    chat = Chat(dialog)
    chat.say("อาตี๋ ช่วยอั๊วหน่อย")
    chat.say("อั๊วมาไหว้เจ้าที่เยาวราช โดนล้วงกระเป๋าตังค์ ตังค์หมดเลย กลับปากน้ำโพไม่ได้")
    chat.say("ยินยอม")
    chat.say("มี บัตรอั๊วเก็บไว้กระเป๋าเสื้อ ไม่หาย")
    chat.say("คนเดียว")
    said = chat.text("คืนนี้ไม่มีที่นอน")
    assert "ดูแลเป็นพิเศษ" in said


@pytest.mark.parametrize(("text", "want"), [
    # (spelt without the spaces to the Thai beside it, as Thai is typed: review rev1)
    ("ผมเป็น depression ครับ", "ผมเป็นซึมเศร้าครับ"),  # dev103
    ("แล้วเป็น diabetes ด้วย insulin ก็หมด", "แล้วเป็นเบาหวานด้วย insulin ก็หมด"),
    ("ตอนนี้นั่ง Wheelchair", "ตอนนี้นั่งวีลแชร์"),
    # near: English alone, a word holding it
    ("I have depression", "I have depression"), ("ดู depressions.com", "ดู depressions.com"),
])
def test_english_illness_in_a_thai_sentence(text: str, want: str) -> None:
    assert english_spelt(text) == want


@pytest.mark.parametrize(("text", "sick"), [
    ("ผมเป็น depression ครับ ลาออกจากงาน graphic design ที่ Nonthaburi มาเดือนนึงแล้ว", True),
    ("ช่วงนี้ depression มากค่ะ", False),  # a mood, as "ช่วงนี้ซึมเศร้า"
    ("ผัวเป็น depression ชอบทุบตีหนู", False),  # the partner's
])
def test_english_illness_is_a_care_need(text: str, sick: bool) -> None:
    said = read_message(typed_in_thai(text))
    assert ("sick" in said.get("special_needs", ())) is sick


@pytest.mark.parametrize(("text", "want"), [
    ("ต้องใช้ชื่อจริงไหมคะ 😳 0958812346", {"phone": "0958812346"}),  # dev103
    ("ทำไมต้องบอกชื่อคะ 0812345678", {"phone": "0812345678"}),
    ("ต้องใช้ชื่อจริงไหมคะ", {}),  # a question only
    ("ทำไมต้องบอกชื่อ เรียกแอนละกันค่ะ 0812345678", None),  # a name with it: read as one
    ("สมชาย 0812345678", None),
])
def test_a_phone_typed_with_why_my_name(text: str, want: dict[str, str] | None) -> None:
    assert question_at_contact(text) == want


def test_the_phone_with_why_is_kept_and_the_name_sends(dialog: Dialog) -> None:
    # dev103: "the phone is wrong", the name asked again, then the summary shown again
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say("ยินยอม", "consent:yes")
    chat.say("ไม่มีค่ารถกลับบ้านค่ะ อยู่นครปฐม จะกลับน่าน มีบัตรค่ะ")
    chat.say("คนเดียวค่ะ ยังมีที่นอนค่ะ นอนห้องเพื่อน ข้าวก็ยังมีกินค่ะ")
    said = chat.text("ต้องใช้ชื่อจริงไหมคะ 😳 0958812346")
    assert "ชื่อเล่นก็ได้" in said and "เบอร์โทรยังไม่ถูก" not in said
    assert chat.state.data["answers"]["phone"] == "0958812346"
    result = chat.say("พิมพ์ชนก ค่ะ 095-881-2346")
    assert result.effects  # sent
