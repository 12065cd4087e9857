"""Free-text understanding on words: each misreading of issue 9, with its exact sentence."""

from __future__ import annotations

import pytest

from dialogs.needs import parse_needs
from dialogs.slots import BY_KEY
from dialogs.understand import corrections, extract_name, is_refusal, read_message

HEALTH = {"health", "mental", "hiv"}


@pytest.mark.parametrize("text", ["อยากได้งานทำ", "ไม่อยากตอบ", "ยากจนมาก", "พยายามหางาน",
                                  "ภรรยาไปด้วย", "ทางยาวไกล", "ยางรถแตก", "อยากกลับบ้าน"])
def test_no_health_need_from_a_word_that_only_contains_a_need_word(text: str) -> None:
    assert not HEALTH & set(parse_needs(text))
    assert not HEALTH & set(read_message(text).get("need_hints", []))


def test_needs_are_read_on_whole_words() -> None:
    assert parse_needs("อยากได้งานทำ") == ["work"]
    assert parse_needs("ไม่อยากตอบ") == []
    assert parse_needs("กินยาประจำ ป่วยหนัก") == ["health"]
    assert parse_needs("บัตรหาย อยากได้งาน") == ["id_card", "work"]


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อจริง ประยูร นามสกุล มั่นคง", "ประยูร มั่นคง"), ("ชื่อจริงบุษบาค่ะ", "บุษบา"),
    ("ชื่อของหนูคือแพรวค่ะ", "แพรว"), ("ชื่อคือ ธีรพงษ์ ครับ", "ธีรพงษ์")])
def test_names_after_real_name_and_is(text: str, name: str) -> None:
    assert read_message(text).get("name") == name
    assert BY_KEY["name"].parse(text, None) == name


def test_names_from_phrases() -> None:
    said = read_message("เรียกเอกก็ได้ครับ เบอร์ ๐๘๙๑๒๓๔๕๖๗")
    assert said["name"] == "เอก" and said["phone"] == "0891234567"
    assert read_message("ดิฉันชื่อมาลี ไม่มีค่ารถกลับบ้าน")["name"] == "มาลี"
    assert extract_name("มาลีค่ะ", bare=True) == "มาลี"
    assert extract_name("สมชาย ใจดี", bare=True) == "สมชาย ใจดี"
    assert extract_name("Tom +66 81 234 5678", bare=True) == "Tom"
    for not_a_name in ("ถูกต้อง", "ไม่อยากตอบ", "0812345678", "ไม่ยินยอม"):
        assert extract_name(not_a_name, bare=True) is None, not_a_name


def test_where_now_and_where_to() -> None:
    said = read_message("อยู่ชลบุรี จะไปขอนแก่น")
    assert said["current_province"]["name"] == "ชลบุรี"
    assert said["home_province"]["name"] == "ขอนแก่น"


@pytest.mark.parametrize("text", ["จำไม่ได้", "ไม่อยากตอบ", "ไม่สะดวก", "ข้าม", "ไม่สะดวกค่ะ"])
def test_refusals(text: str) -> None:
    assert is_refusal(text)


@pytest.mark.parametrize("text", ["มีบัตรประชาชน", "คนเดียว", "สมชาย", "ไม่ด่วน", "อยากได้งานทำ"])
def test_answers_are_not_refusals(text: str) -> None:
    assert not is_refusal(text)


def test_expired_or_damaged_card() -> None:
    said = read_message("บัตรหมดอายุแล้ว")
    assert said["id_card"] is True and said["id_card_state"] == "expired"
    assert read_message("มีบัตรประชาชนแต่ชำรุด")["id_card_state"] == "damaged"
    assert "id_card_state" not in read_message("มีบัตรประชาชน")


def test_nationality() -> None:
    assert read_message("ผมเป็นคนพม่า")["thai"] is False
    assert read_message("เป็นแรงงานต่างด้าว")["thai"] is False
    assert read_message("ไม่มีสัญชาติ")["thai"] is False
    assert read_message("เป็นคนไทยค่ะ")["thai"] is True


def test_released_from_prison_and_needs_hinted() -> None:
    said = read_message("เพิ่งพ้นโทษ อยากได้งานทำ")
    assert said["released"] is True and said["need_hints"] == ["work", "probation"]
    assert "need_hints" not in read_message("มีบัตรประชาชน แม่อายุ 70")


def test_corrections_at_the_summary() -> None:
    answers = {"phone": "0812345678", "name": "เอก",
               "home_province": {"code": "TH-40", "name": "ขอนแก่น"}}
    fixed = corrections(answers, "เบอร์ผิด 0891234567")
    assert fixed == {**answers, "phone": "0891234567"}
    moved = corrections(answers, "จะกลับอุดร")
    assert moved is not None and moved["home_province"]["name"] == "อุดรธานี"
    assert corrections(answers, "แก้ไข") is None


@pytest.mark.parametrize(("text", "count"), [
    ("ไปกับแม่", 2), ("ผัวเมีย", 2), ("กับลูก 2 คน", 3), ("3 คน มีลูกเล็ก 2 คน", 3),
    ("คนเดียว อายุ 72", 1)])
def test_travellers_with_companions(text: str, count: int) -> None:
    from dialogs.slots import BY_KEY
    assert BY_KEY["travellers"].parse(text, None) == count


@pytest.mark.parametrize(("text", "urgent"), [
    ("ไม่ค่อยด่วน", False), ("ป่วยอยู่", True), ("มีที่พักค่ะ", False), ("นอนป้ายรถเมล์", True),
    ("คืนนี้ยังพอค้างที่อู่ได้ครับ", False), ("ยังพอไหวจ้า", False),
    ("นอนใต้สะพานได้อยู่", True)])
def test_urgency_from_meaning(text: str, urgent: bool) -> None:
    from dialogs.slots import BY_KEY
    assert BY_KEY["urgent"].parse(text, None) is urgent


def test_a_name_after_a_space() -> None:
    assert extract_name("ผมชื่อ ต้น อยู่ชลบุรี") == "ต้น"


@pytest.mark.parametrize(("answer", "has"), [
    ("หายค่ะ", False), ("ทำหายไปแล้ว", False), ("มีอยู่", True), ("อยู่กับตัว", True),
    ("ยังอยู่ค่ะ", True), ("หายไป 2 วัน", None), ("มีค่ะ", True), ("บ่มี", False),
    ("ไม่เคยทำเลยครับ", False), ("ยังไม่ได้ทำจ้า", False), ("บ่เคยมี", False)])
def test_short_answers_to_do_you_have_an_id_card(answer: str, has: bool | None) -> None:
    assert BY_KEY["id_card"].parse(answer, None) is has


@pytest.mark.parametrize(("answer", "has"), [
    ("กำนันบอกว่าจะเซ็นให้ค่ะ", True), ("ผญบ. ออกหนังสือให้ได้", True),
    ("ผู้ใหญ่บ้านไม่ยอมเซ็นให้", False), ("กำนันออกให้ไม่ได้ครับ", False),
    ("ผู้ใหญ่บ้านบอกว่าไม่เขียนให้", False),
    ("ผู้ใหญ่บ้านทำงานต่างจังหวัด", None), ("กำนันออกไปทำนา", None)])
def test_whether_the_village_head_will_write_the_letter(answer: str, has: bool | None) -> None:
    assert BY_KEY["nationality_letter"].parse(answer, None) is has


@pytest.mark.parametrize(("answer", "troubles"), [
    ("ค่าตั๋วครับ", {"no_fare"}), ("เรื่องที่นอนจ้า", {"no_shelter"}),
    ("ข้าวกับค่ารถค่ะ", {"no_food", "no_fare"}), ("ที่อยู่ด้วยค่ะ", {"no_shelter"})])
def test_a_trouble_named_by_its_topic(answer: str, troubles: set[str]) -> None:
    read = BY_KEY["hardship"].parse(answer, None)
    assert read is not None and {k for k, v in read.items() if v} == troubles


@pytest.mark.parametrize("answer", ["ค่ารถแพงมาก", "บ้านไกล", "มีค่ารถแล้วค่ะ"])
def test_a_topic_word_in_another_sentence_names_no_trouble(answer: str) -> None:
    read = BY_KEY["hardship"].parse(answer, None)
    assert read is None or not any(read.values())


@pytest.mark.parametrize("answer", ["ทุกอย่างเลยค่ะ", "ทุกเรื่อง", "ทั้ง 3 ข้อ"])
def test_everything_at_the_hardship_question(answer: str) -> None:
    assert BY_KEY["hardship"].parse(answer, None) == dict.fromkeys(
        ("no_shelter", "no_food", "no_fare"), True)


@pytest.mark.parametrize(("answer", "name"), [
    ("นางสาว มาลี ใจงาม", "มาลี ใจงาม"), ("นายสมชาย ใจดี 0812345678", "สมชาย ใจดี"),
    ("ผมชื่อนายเอก", "เอก"), ("นางฟ้า", "นางฟ้า")])
def test_a_title_is_not_the_name(answer: str, name: str) -> None:
    assert BY_KEY["name"].parse(answer, None) == name


@pytest.mark.parametrize("text", ["ไม่ได้ป่วยค่ะ", "ไม่มีใครป่วย", "ผมไม่ได้พิการ",
                                  "ผมไม่เป็นเบาหวานนะครับ"])
def test_a_denied_health_word_is_no_sensitive_data(text: str) -> None:
    said = read_message(text)
    assert not said.get("special_needs") and not said.get("need_hints"), said


@pytest.mark.parametrize("text", ["ไม่ได้ติดคุก", "ไม่เคยติดคุก", "ไม่ใช่คนพ้นโทษ"])
def test_a_denied_prison_word_is_no_criminal_history(text: str) -> None:
    said = read_message(text)
    assert "released" not in said and "probation" not in said.get("need_hints", ()), said


def test_what_is_not_denied_is_still_heard() -> None:
    said = read_message("เพิ่งออกจากคุก ป่วยเป็นโรคเบาหวาน")
    assert said["released"] is True and said["special_needs"] == ["sick"]
    assert parse_needs("ไม่ได้กินยา") == ["health"]  # going without medicine is a need
    assert parse_needs("ไม่มีงาน") == ["work"]


@pytest.mark.parametrize("text", ["พ่อเป็นเบาหวานมาหลายปี", "ยาความดันของแม่หมดตั้งแต่เมื่อวาน",
                                  "หอบหืดกำเริบตอนกลางคืน", "น้องชายไตวายต้องฟอกไต"])
def test_a_disease_named_without_the_word_for_disease_is_sick_and_a_health_need(
        text: str) -> None:
    said = read_message(text)
    assert said.get("special_needs") == ["sick"] and "health" in said.get("need_hints", ()), said


def test_a_place_one_used_to_have_is_no_place_to_stay() -> None:
    assert "no_shelter" not in read_message("เคยมีที่พัก แต่ตอนนี้ไม่มีแล้ว")


@pytest.mark.parametrize(("text", "key", "province"), [
    ("ไม่ได้อยู่ระยองแล้ว ตอนนี้อยู่ชลบุรี", "current_province", "ชลบุรี"),
    ("ไม่อยู่ระยองแล้ว อยู่ชลบุรี", "current_province", "ชลบุรี"),
    ("ไม่ได้จะไปขอนแก่น จะกลับอุดร", "home_province", "อุดรธานี"),
    ("ไม่มีค่ารถกลับขอนแก่น", "home_province", "ขอนแก่น"),
])
def test_a_denied_place_is_not_the_province(text: str, key: str, province: str) -> None:
    said = read_message(text)
    assert said[key]["name"] == province
    other = "home_province" if key == "current_province" else "current_province"
    assert other not in said


@pytest.mark.parametrize("text", ["ไม่แน่ใจว่าด่วนไหม", "ด่วนหรือเปล่าไม่รู้"])
def test_asking_whether_it_is_urgent_is_not_saying_it_is(text: str) -> None:
    assert "urgent" not in read_message(text)
    assert BY_KEY["urgent"].parse(text, None) is None


@pytest.mark.parametrize(("text", "read"), [
    ("ทุกอย่าง", {"no_shelter": True, "no_food": True, "no_fare": True}),
    ("ไม่มีทั้งหมดเลย", {"no_shelter": True, "no_food": True, "no_fare": True}),
    ("มีทุกอย่าง ขาดแค่ค่ารถ", {"no_fare": True}),
    ("ไม่ขาดทุกอย่างหรอก แค่ค่ารถ", None),
    ("ขอบคุณทุกเรื่องค่ะ", None),
    ("ไม่ใช่ทั้งหมด", None),
])
def test_all_three_hardships_only_when_said(text: str, read: dict[str, bool] | None) -> None:
    assert BY_KEY["hardship"].parse(text, None) == read


@pytest.mark.parametrize(("text", "urgent"), [
    ("มีที่นอนแต่ไม่ปลอดภัย", True), ("ไม่ปลอดภัยค่ะ", True), ("ด่วนไม่ด่วนไม่รู้", None),
    ("ปลอดภัยดีค่ะ มีที่พัก", False)])
def test_an_unsafe_place_is_urgent(text: str, urgent: bool | None) -> None:
    assert BY_KEY["urgent"].parse(text, None) is urgent


@pytest.mark.parametrize(("text", "name"), [
    ("ด.ช.ต้น", "ต้น"), ("น.ส.มาลี ใจงาม", "มาลี ใจงาม"), ("ชื่อ ด.ญ.ฝน", "ฝน"),
    ("เด็กหญิงฝน ลูกสาว", "ฝน"), ("ขอบคุณค่ะ", None), ("ด่วนค่ะ", None)])
def test_a_name_is_only_the_name(text: str, name: str | None) -> None:
    assert extract_name(text, bare=True) == name


@pytest.mark.parametrize(("text", "consent"), [
    ("ยินยอมค่ะ", True), ("ยินยอมไม่ได้", False), ("ไม่ได้ยินยอม", False),
    ("ยังไม่ยินยอม", False), ("ยินยอมแล้วจะเป็นอะไรไหม", None), ("ได้ค่ะ", True)])
def test_sensitive_consent_typed_in_words(text: str, consent: bool | None) -> None:
    assert BY_KEY["sensitive_consent"].parse(text, None) is consent
    assert BY_KEY["sensitive_consent"].parse("ยินยอม", "no") is False  # the button decides


def test_leaving_someone_behind_is_not_where_one_is() -> None:
    said = read_message("ทิ้งลูกไว้ที่ขอนแก่น มาทำงานชลบุรี")
    assert said["current_province"]["name"] == "ชลบุรี"
    assert "current_province" not in read_message("ทิ้งลูกไว้กับยายที่ขอนแก่น ไม่มีค่ารถกลับ")
    assert read_message("แฟนทิ้งไว้ที่ชลบุรี")["current_province"]["name"] == "ชลบุรี"
    assert read_message("เขาทิ้งผมไว้ที่หมอชิต")["current_province"]["name"] == "กรุงเทพมหานคร"


def test_a_denied_count_is_not_the_count() -> None:
    answers = {"travellers": 1, "name": "เอก"}
    assert corrections(answers, "ไม่ใช่ 2 คน ไป 3 คน") == {"travellers": 3, "name": "เอก"}
    assert read_message("ไม่ได้ไป 2 คน ไป 3 คน")["travellers"] == 3


@pytest.mark.parametrize("text", [
    "ผมเป็นคนไทย แต่พ่อเป็นคนพม่า", "แม่เป็นคนลาว ผมเกิดที่ไทย มีบัตรประชาชน",
    "ทำงานกับคนพม่า ไม่มีค่ารถกลับบ้าน", "นายจ้างเป็นคนจีน โกงค่าแรง", "เพื่อนคนลาวพามาทำงาน",
    "แฟนเป็นแรงงานกัมพูชา", "ผมไม่ใช่คนต่างด้าว", "ลูกจ้างต่างด้าว"])
def test_another_persons_nationality_is_not_the_writers(text: str) -> None:
    assert read_message(text).get("thai") is not False


@pytest.mark.parametrize("text", ["ผมเป็นคนพม่า", "เป็นคนลาวค่ะ", "ผมไม่มีสัญชาติ",
                                  "ผมไม่ใช่คนไทย", "หนูเป็นแรงงานพม่า",
                                  "ผมเป็นคนพม่า แฟนเป็นคนไทย"])
def test_the_writers_own_nationality_is_still_heard(text: str) -> None:
    assert read_message(text)["thai"] is False


@pytest.mark.parametrize(("text", "key", "value"), [
    ("ผมมีบัตร แต่แฟนไม่มีบัตรประชาชน", "id_card", True),
    ("ลูกยังไม่มีบัตรประชาชน", "id_card", None),
    ("ผมไม่มีค่ารถ แต่แม่มีค่ารถ", "no_fare", True),
    ("แฟนมีงานทำ ไม่มีข้าวกิน", "no_food", True),
    ("ลูกไม่มีข้าวกิน", "no_food", True),  # the family's hardship is the writer's
    ("ผมยังไม่มีบัตรประชาชน", "id_card", False),
])
def test_what_another_person_has_is_not_the_writers(text: str, key: str,
                                                     value: bool | None) -> None:
    assert read_message(text).get(key) is value


@pytest.mark.parametrize("text", ["นายจ้างชื่อสมชาย ไม่จ่ายค่าแรง", "ไปกับแม่ แม่ชื่อมาลี",
                                  "แม่ผมชื่อมาลี", "2 คน กับลูกชื่อต้น", "หมู่บ้านชื่อหนองบัว"])
def test_someone_elses_name_is_not_the_writers(text: str) -> None:
    assert "name" not in read_message(text)


def test_the_writers_name_beside_someone_elses() -> None:
    assert read_message("ผมชื่อเอก ไปกับแม่ชื่อมาลี")["name"] == "เอก"
    assert read_message("หนูชื่อแพรเป็นลูกสาว ๐๘๙-๑๑๑-๒๒๓๓")["name"] == "แพร"


def test_an_employers_number_is_not_the_persons() -> None:
    assert "phone" not in read_message("นายจ้างเบอร์ 0812345678 ไม่ยอมจ่าย")
    assert read_message("ติดต่อแม่ได้ที่ 0891234567")["phone"] == "0891234567"


@pytest.mark.parametrize("text", ["มีแต่หาย", "เคยมีค่ะ แต่หาย", "มีแต่โดนยึด", "หายไปแล้วค่ะ"])
def test_a_card_one_had_but_lost_is_no_card(text: str) -> None:
    assert BY_KEY["id_card"].parse(text, None) is False


@pytest.mark.parametrize(("text", "key", "value"), [
    ("ไม่ได้ขาดค่ารถ", "no_fare", None), ("ไม่ได้ตกงาน", "no_food", None),
    ("ไม่ได้ถูกไล่ออกจากบ้าน", "no_shelter", None), ("ไม่ได้นอนข้างถนน", "no_shelter", None),
    # a denial before a space belongs to the words before it
    ("เงินหาย นอนข้างถนน", "no_shelter", True), ("กระเป๋าหาย ถูกไล่ออกจากห้อง", "no_shelter", True),
    ("กลับบ้านไม่ได้ หิวมาก", "no_food", True), ("ไปกับแม่ ผมเป็นคนพม่า", "thai", False),
])
def test_a_denied_hardship_is_no_hardship(text: str, key: str, value: bool | None) -> None:
    assert read_message(text).get(key) is value


@pytest.mark.parametrize("text", ["อยากเลิกเหล้าให้ได้ครับ", "เคยติดยาบ้า อยากเข้าบำบัด",
                                  "เคยติดยา อยากเลิกให้ได้"])
def test_wanting_to_quit_drink_or_drugs_is_a_mental_health_need(text: str) -> None:
    assert parse_needs(text) == ["mental"]  # mental health care, not medical services


def test_denied_drug_use_is_no_need() -> None:
    assert parse_needs("ผมไม่ได้ติดยานะครับ") == []


@pytest.mark.parametrize(("answer", "count"), [
    ("ผู้ใหญ่สองคน เด็กสองคนค่ะ", 4), ("เด็ก 1 ผู้ใหญ่ 1", 2)])
def test_travellers_counted_by_group(answer: str, count: int) -> None:
    assert BY_KEY["travellers"].parse(answer, None) == count


@pytest.mark.parametrize("text", ["บัตรประชาชนผมยังอยู่ที่เรือนจำครับ", "บัตรปชช.นายจ้างยึดไว้",
                                  "บัตรอยู่กับนายจ้างเก่าค่ะ"])
def test_a_card_someone_else_holds_is_not_with_the_person(text: str) -> None:
    assert read_message(text).get("id_card") is False


def test_a_card_soaked_unreadable_is_damaged() -> None:
    said = read_message("บัตรเปียกน้ำเลือนหมดแล้วค่ะ")
    assert said.get("id_card") is True and said.get("id_card_state") == "damaged"


@pytest.mark.parametrize("text", ["ไม่เดือดร้อนค่ะ", "ไม่ได้เดือดร้อนอะไรครับ มีห้องอยู่"])
def test_no_trouble_at_all_is_none_of_the_three(text: str) -> None:
    said = read_message(text)
    assert [said.get(k) for k in ("no_shelter", "no_food", "no_fare")] == [False] * 3


def test_no_trouble_with_one_named_is_that_one() -> None:
    assert read_message("ไม่มีค่ารถ ไม่ได้เดือดร้อนเรื่องที่พัก").get("no_fare") is True


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อบุญเรือนเจ้า", "บุญเรือน"), ("ชื่อหมี่หนิ", "หมี่"), ("ชื่อทองใบเด้อ", "ทองใบ"),
    ("ชื่อ อาเบ แซ่ลี ค่ะ", "อาเบ แซ่ลี"), ("ชื่อสมหญิง รักไทยครับ", "สมหญิง รักไทย"),
    ("ชื่อต้อม ว่างงานอยู่ค่ะ", "ต้อม"), ("ชื่อแดง ลำปางค่ะ", "แดง"),
    ("ชื่อนิด ไม่มีเบอร์", "นิด")])
def test_a_dialect_particle_ends_the_name_and_a_surname_follows(text: str, name: str) -> None:
    assert BY_KEY["name"].parse(text, None) == name


def test_a_titled_name_in_a_story_keeps_its_surname() -> None:
    said = read_message("พี่ชายของเพื่อนบ้าน เขียนให้นะคะ เขาชื่อนายบุญส่ง แก้วมา พ้นโทษวันนี้")
    assert "name" not in said  # "เขาชื่อ": someone else
    said = read_message("ผู้ขอความช่วยเหลือชื่อนางบัวผัน ศรีสุข อายุ 60")
    assert said["name"] == "บัวผัน ศรีสุข"
    assert read_message("ผมชื่อกล้า ขับรถอยู่ระยอง")["name"] == "กล้า"


@pytest.mark.parametrize(("answer", "has"), [
    ("ยังไม่มีค่ะ แต่กำนันที่บ้านเกิดรับรองให้ได้", True),
    ("ผู้ใหญ่บ้านในหมู่บ้านผมเซ็นให้ได้ครับ", True),
    ("ผญบ.ที่ศรีสะเกษไม่ยอมรับรองให้", False)])
def test_the_village_head_named_with_where_he_is(answer: str, has: bool) -> None:
    assert BY_KEY["nationality_letter"].parse(answer, None) is has


@pytest.mark.parametrize("text", ["ดิฉันชื่อนิตยา ไม่มีค่ารถ", "ชื่อสุนิตยาค่ะ", "ไม่ได้มีใครป่วย",
                                  "ไม่มีคนป่วย"])
def test_no_health_need_from_a_name_or_a_denial(text: str) -> None:
    assert "health" not in (read_message(text).get("need_hints") or [])


@pytest.mark.parametrize("text", ["ไม่มียากิน", "ยาหมด", "ขาดยา", "แม่ป่วย"])
def test_medicine_and_sickness_are_still_health(text: str) -> None:
    assert "health" in read_message(text).get("need_hints", [])
