"""Where the person is and where home is, in one message (dialogs.places via facts)."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts
from dialogs.understand import read_message


def _places(text: str) -> tuple[str | None, str | None]:
    facts = extract_facts(text)
    here, home = facts.current_province, facts.home_province
    return (here.name_th if here else None, home.name_th if home else None)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("ตอนนี้อยู่ราชบุรี เอ๊ย อยู่เพชรบุรีครับ จะกลับสกลนคร", "เพชรบุรี", "สกลนคร"),
    ("ติดอยู่ที่ตราด อุ๊ย พิมพ์ผิด จันทบุรีค่ะ", "จันทบุรี", None),
    ("บ้านอยู่ยะลา ไม่ใช่ค่ะ บ้านอยู่ปัตตานี ทำงานอยู่ภูเก็ต", "ภูเก็ต", "ปัตตานี"),
    ("จะกลับเลย เอ้ย กลับหนองคายครับ", None, "หนองคาย"),
])
def test_a_place_taken_back_is_replaced(text: str, here: str | None, home: str | None) -> None:
    assert _places(text) == (here, home)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("อยู่นครสวรรค์ ไม่ใช่ อุทัยธานี", "นครสวรรค์", None),  # "not Uthai Thani"
    ("ทำงานอยู่ระนอง ไม่ใช่ ไม่ได้อยู่ชุมพร", "ระนอง", None),
    ("ไม่ใช่ค่ะ อยู่สตูล ไม่ใช่ตรัง", "สตูล", None),
])
def test_a_denial_is_not_a_place_taken_back(text: str, here: str | None,
                                            home: str | None) -> None:
    assert _places(text) == (here, home)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("ไปรับจ้างกรีดยางที่สุราษฎร์ เงินหมด อยากกลับบ้านที่ศรีสะเกษ", "สุราษฎร์ธานี", "ศรีสะเกษ"),
    ("ไปรับจ้างที่ระยอง", "ระยอง", None),
    ("ผมมาขายของที่พัทยา", "ชลบุรี", None),
    ("ไปเป็นแม่บ้านที่ภูเก็ต", "ภูเก็ต", None),  # a maid's house is not home
    ("คือมาทำงานร้านอาหารที่ภูเก็ตได้สองเดือน", "ภูเก็ต", None),
    ("ทำงานโรงงานที่ชลบุรี บ้านอยู่ชัยภูมิ", "ชลบุรี", "ชัยภูมิ"),
])
def test_where_the_person_went_to_work_is_where_they_are(text: str, here: str | None,
                                                        home: str | None) -> None:
    assert _places(text) == (here, home)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("มาทำงานที่ระยองค่ะ ตอนนี้อยู่ชลบุรี", "ชลบุรี", None),
    ("ทำงานที่ชลบุรีมาสามปี ตอนนี้มาอยู่ระยอง", "ระยอง", None),
    ("จะไปทำงานที่ระยอง ตอนนี้อยู่ขอนแก่น", "ขอนแก่น", None),
    ("อยากไปทำงานที่ชลบุรี", None, None),  # work wanted: neither here nor home
    ("แค่อยากหางานทำที่ชลบุรี", None, None),
    ("เคยทำงานที่ภูเก็ต", None, None),
    ("ขับรถมาจากเชียงใหม่", None, None),
])
def test_a_workplace_never_beats_where_the_person_says_they_are(
        text: str, here: str | None, home: str | None) -> None:
    assert _places(text) == (here, home)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("ผมเพิ่งออกจากคุกบางขวางวันนี้ครับ", "นนทบุรี", None),
    ("เพิ่งพ้นโทษจากเรือนจำกลางนครปฐมเมื่อวาน ภูมิลำเนาอยู่จังหวัดพิจิตร", "นครปฐม", "พิจิตร"),
    ("ออกจากเรือนจำราชบุรีเมื่อเช้า", "ราชบุรี", None),
    ("พึ่งออกจากเรือนจำเชียงรายครับ ตอนนี้อยู่พะเยา", "พะเยา", None),
])
def test_the_prison_just_left_is_where_the_person_is(text: str, here: str | None,
                                                     home: str | None) -> None:
    assert _places(text) == (here, home)


@pytest.mark.parametrize("text", [
    "ออกจากคุกเชียงใหม่มาสองปีแล้ว",  # long ago
    "ติดคุกบางขวางมาห้าปี", "ติดคุกเชียงใหม่มาห้าปี เพิ่งออกวันนี้",  # where the sentence was
    "เพิ่งออกจากขอนแก่น",  # a place left, not a prison
])
def test_a_prison_of_the_past_is_no_place_of_now(text: str) -> None:
    assert _places(text) == (None, None)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("อยู่บางนา จะกลับบ้านที่ชัยภูมิ", "กรุงเทพมหานคร", "ชัยภูมิ"),
    ("อยู่บางบัวทอง", "นนทบุรี", None),
    ("บ้านอยู่ อ.เดชอุดม", None, "อุบลราชธานี"),
    ("กลับบ้านที่ อ.ฝาง", None, "เชียงใหม่"),
    ("ทำงานที่มาบตาพุด", "ระยอง", None),
    ("บ้านอยู่ตากใบ", None, "นราธิวาส"),  # not Tak
    ("อยู่ปทุมวัน", "กรุงเทพมหานคร", None),  # not Pathum Thani
    ("อยู่กาญจนดิษฐ์", "สุราษฎร์ธานี", None),  # not Kanchanaburi
    ("ผมทำงานแถวลาดพร้าว บ้านอยู่สตึก", "กรุงเทพมหานคร", "บุรีรัมย์"),
    ("ตอนนี้อยู่อนุสาวรีย์ชัย", "กรุงเทพมหานคร", None),
    ("นอนอยู่ที่ขนส่งอาเขต", "เชียงใหม่", None),
])
def test_a_district_or_town_names_its_province(text: str, here: str | None,
                                               home: str | None) -> None:
    assert _places(text) == (here, home)


@pytest.mark.parametrize("text", [
    "กินสะเดา", "ฝางข้าว", "ตากผ้าอยู่", "อยู่กับสองพี่น้อง", "เป็นโรคประสาทรุนแรง อยู่ได้",
    "ดอกดินแดงอยู่ริมทาง", "ไม้ฝางอยู่ในป่า",
])
def test_an_everyday_word_is_no_town(text: str) -> None:
    assert _places(text) == (None, None)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("แม่อยู่ลำปาง อยากกลับไปหาแม่", None, None),  # the mother's place, not the writer's
    ("ลูกสาวอยู่ชลบุรี", None, None),
    ("แม่อยู่ลำปาง ผมติดอยู่ที่ระยอง", "ระยอง", None),
    ("ผมกับแม่อยู่ลำปาง", "ลำปาง", None),
    ("พี่อยู่ลพบุรี", "ลพบุรี", None),  # พี่: the writer
])
def test_where_someone_else_lives_is_not_where_the_writer_is(
        text: str, here: str | None, home: str | None) -> None:
    assert _places(text) == (here, home)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("อยากเมือบ้านอุดร", None, "อุดรธานี"), ("อยากปิ๊กบ้านเจียงราย", None, "เชียงราย"),
    ("นอนอยู่ที่สถานีรถไฟอุดร", "อุดรธานี", None),
])
def test_regional_words_for_going_home_and_stations(text: str, here: str | None,
                                                    home: str | None) -> None:
    assert _places(text) == (here, home)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("ผมไปทำงานมาเลย์ กลับมาถึงหาดใหญ่ เงินหมด", "สงขลา", None),  # back here, not home
    ("เมียหนีไปอยู่ระยอง ผมอยู่ชลบุรี", "ชลบุรี", None),
    ("เมียหนีไปอยู่ระยอง", None, None),
    ("พ่ออายุ68 ติดอยู่ขนส่งเชียงใหม่", "เชียงใหม่", None),  # a daughter writing for him
    ("ไปเที่ยวพัทยากับเพื่อน เพื่อนทิ้งไว้ บ้านอยู่ขอนแก่น", "ชลบุรี", "ขอนแก่น"),
    ("นายจ้างพาไปทำงานที่ตาก แล้วทิ้งไว้", "ตาก", None),
    ("ไปขายลอตเตอรี่ที่ขอนแก่น ขายไม่ได้ บ้านอยู่มหาสารคาม", "ขอนแก่น", "มหาสารคาม"),
    ("อยากไปเที่ยวภูเก็ต", None, None),
    ("หนีออกมาพร้อมลูก 3 คน อยู่ปทุมธานี", "ปทุมธานี", None),
])
def test_who_went_where(text: str, here: str | None, home: str | None) -> None:
    assert _places(text) == (here, home)


@pytest.mark.parametrize(("text", "here", "home"), [
    ("มาทำงานบ้านอยู่เชียงใหม่ค่ะ", "Chiang Mai", None),  # งานบ้าน: housework, not home
    ("รับจ้างทำงานบ้านที่ระยอง", "Rayong", None),
    ("ทำงานมหาชัย นายจ้างไม่จ่ายเงิน", "Samut Sakhon", None),
])
def test_housework_and_a_workplace_are_not_home(text: str, here: str | None,
                                                home: str | None) -> None:
    facts = extract_facts(text)
    assert (getattr(facts.current_province, "name_en", None),
            getattr(facts.home_province, "name_en", None)) == (here, home)


def test_a_home_after_housework_words_still_is_home() -> None:
    facts = extract_facts("ทำงานบ้านที่ระยอง บ้านอยู่ยโสธร")
    assert facts.home_province is not None and facts.home_province.name_en == "Yasothon"


@pytest.mark.parametrize("text", ["ไม่มีค่ารถ นอนกับแม่ริมถนน อยู่ระยอง",
                                  "ไม่มีค่ารถ อยู่กับแม่แตงที่ระยอง จะกลับยโสธร"])
def test_a_mother_and_a_nickname_are_no_district(text: str) -> None:
    assert read_message(text)["current_province"]["name"] == "ระยอง"


def test_a_village_name_is_no_district() -> None:
    said = read_message("บ้านอยู่บ้านไผ่ล้อม ร้อยเอ็ด ตอนนี้อยู่ชลบุรี")
    assert said["current_province"]["name"] == "ชลบุรี"
    assert said["home_province"]["name"] == "ร้อยเอ็ด"
