"""dev106 (group gD): fishermen, piers, camp and plantation workers. An ex's place is not
the writer's; a card lost in a list of things, or in the bag stolen; a village head's letter
come by post; a count of those owed wages is no count of travellers, "the rest, three" is;
a work site, a crop cut there, name where one is; going back to rest is home; "ไม่มีโรค"
denies a disease; "เรียก" denied names nobody; sleeping behind a market, at a fish pier or
under the stalls is no shelter; the fare with a place and a count before "ไม่มี"."""

from __future__ import annotations

import pytest

from dialogs.needs import parse_needs
from dialogs.understand import read_message


def _place(text: str, key: str) -> str | None:
    said = read_message(text).get(key)
    return said["name"] if said else None


# --- an ex's place ("เมียเก่าอยู่ระยอง") is not where the writer is ---
@pytest.mark.parametrize("text", [
    "เมียเก่าอยู่ระยองแต่เลิกกันแล้ว ไม่ไปหาหรอก อยากกลับไปอยู่กับแม่ที่ยโสธร "
    "ที่บ้านไม่มีใครมีตังส่งมาให้ บัตรประชาชนยังอยู่ครับ ห่อถุงพลาสติกไว้ตลอด",  # dev106
    "แฟนเก่าอยู่ชลบุรีค่ะ เลิกกันนานแล้ว",
    "ผัวเก่าอยู่กรุงเทพ"])
def test_an_exs_place_is_not_here(text: str) -> None:
    assert "current_province" not in read_message(text)


@pytest.mark.parametrize(("text", "here"), [
    ("แฟนเก่าอยู่ชลบุรี ผมอยู่ระยอง", "ระยอง"),
    ("ผมอยู่ระยองครับ", "ระยอง"),
    ("ตอนนี้นอนอยู่แพปลาแถวท่าฉลอม เขาไล่ทุกเช้า", "สมุทรสาคร")])
def test_the_writers_own_place_still_read(text: str, here: str) -> None:
    assert _place(text, "current_province") == here


# --- the card lost among the things listed, or in the bag stolen ---
@pytest.mark.parametrize("text", [
    "ผมลูกเรืออวนลากครับออกจากท่าสงขลาไปได้สิบกว่าวันเครื่องเรือไฟไหม้กลางทะเลทุกคนโดดน้ำ"
    "เรืออีกลำมารับไว้ไม่มีใครตายแต่ของหายหมดเงินบัตรโทรศัพท์เครื่องนี้ยืมพี่ที่ท่าเรือพิมพ์",  # dev106
    "ขึ้นรถสองแถวเข้าเมืองกระเป๋าตังโดนล้วง บัตรประชาชนอยู่ในนั้นด้วย เงินก็หมด",  # dev106
    "เงินกับบัตรหายหมดเลยครับ",
    "โดนขโมยหมดทั้งเงินทั้งบัตร",
    "กระเป๋าหายไปแล้ว บัตรผมอยู่ในนั้น"])
def test_card_lost_with_the_things(text: str) -> None:
    assert read_message(text).get("id_card") is False


@pytest.mark.parametrize("text", [
    "เงินหายหมด แต่บัตรยังอยู่",
    "กระเป๋าโดนล้วง แต่บัตรไม่ได้อยู่ในนั้น",
    "กลัวของหายหมดทั้งเงินทั้งบัตร",
    "ไข้หายหมดแล้ว บัตรประชาชนมีครับ"])
def test_card_not_lost(text: str) -> None:
    assert read_message(text).get("id_card") is not False


# --- the village head's letter made and come by post: had ---
@pytest.mark.parametrize("text", [
    "บ้านผมอยู่บุรีรัมย์ครับ แม่ไปหาผู้ใหญ่บ้านให้ทำหนังสือรับรองว่าผมเป็นคนไทย "
    "อยู่หมู่บ้านนั้นจริง ส่งไปรษณีย์ด่วนมา เมื่อเช้าได้ตัวจริงแล้วครับ",  # dev106
    "โทรไปบอกผู้ใหญ่บ้านที่แม่สะเรียง ผู้ใหญ่เขาทำหนังสือรับรองให้ว่าผมเป็นคนไทย "
    "อยู่บ้านนั้นจริง ส่งไปรษณีย์มาถึงเมื่อวานแล้วครับ",  # dev106
    "กำนันออกหนังสือรับรองให้แล้ว ได้รับแล้วค่ะ"])
def test_letter_come_by_post_is_had(text: str) -> None:
    assert read_message(text).get("nationality_letter") is True


@pytest.mark.parametrize("text", [
    "ผู้ใหญ่บ้านจะทำหนังสือรับรองให้ แล้วส่งมาให้",
    "ผู้ใหญ่บ้านทำหนังสือรับรองให้ยังไม่ได้ส่งมา",
    "ผู้ใหญ่บ้านไม่ยอมทำหนังสือรับรองให้",
    "ทำหนังสือรับรองแล้วแต่หายระหว่างส่งมา"])
def test_letter_not_yet_had(text: str) -> None:
    assert read_message(text).get("nationality_letter") is not True


# --- counts: wages owed to "us two" is no count; "the rest, three, me too" is ---
def test_count_of_those_owed_wages_is_not_travellers() -> None:
    # dev106: the children, told later, go too
    text = ("คือว่าเราทำงานก่อสร้างกับสามีค่ะ อยู่แคมป์คนงานแถวบางนา กทม. ผู้รับเหมาช่วงหนีไป"
            "ตั้งแต่อาทิตย์ก่อน ค้างค่าแรงเราสองคนเกือบสองหมื่น งานก็หยุด")
    assert "travellers" not in read_message(text)
    assert "travellers" not in read_message("นายจ้างไม่จ่ายเงินเดือนพวกเรา 5 คน")


@pytest.mark.parametrize(("text", "count"), [
    ("พวกผมสี่คนลงเรืออวนด้วยกันครับ ไอ้ต้อมมันจะอยู่ต่อรอลงลำใหม่ ไม่กลับ "
     "ที่เหลือสามคนรวมผมจะกลับบ้านศรีสะเกษ", 3),  # dev106
    ("ไป 3 คนรวมผม", 3),
    ("พวกเรา 5 คน ไม่มีค่ารถ", 5),
    ("เราสองคนจะกลับบ้าน", 2),
    ("ผมกับเมียและลูก 2 คน", 4)])
def test_counts(text: str, count: int) -> None:
    assert read_message(text).get("travellers") == count


def test_the_rest_staying_is_no_count() -> None:
    assert "travellers" not in read_message("ลูก 3 คน ที่เหลืออยู่บ้าน")


# --- where one worked: a site, a crop cut or picked; going back to rest is home ---
@pytest.mark.parametrize(("text", "here"), [
    ("ผมตกนั่งร้านที่ไซต์งานศรีราชาอะคับ ขาซ้ายร้าว", "ชลบุรี"),  # dev106
    ("มาตัดทุเรียนจันทบุรี หมดหน้า แล้ว เถ้าแก่ ให้เงิน ไม่ครบ", "จันทบุรี"),  # dev106
    ("มาเก็บส้มที่ฝางเถ้าแก่ไม่ให้ตังหนีไปแล้ว", "เชียงใหม่"),  # dev106
    ("ล้งแกะกุ้งที่มหาชัยปิดค่ะ ไม่มีงาน", "สมุทรสาคร")])  # dev106
def test_work_place_is_here(text: str, here: str) -> None:
    assert _place(text, "current_province") == here


@pytest.mark.parametrize("text", ["อยากไปเก็บลำไยที่ลำพูน", "ไม่มีไซต์งานที่ระยองแล้ว"])
def test_work_wished_or_none_is_not_here(text: str) -> None:
    assert "current_province" not in read_message(text)


@pytest.mark.parametrize(("text", "home"), [
    ("อยากกลับไปพักให้ขาหายที่บ้านนครพนม ค่ารถไม่มีเลยคับ", "นครพนม"),  # dev106
    ("อยากกลับไปพักที่อุดร", "อุดรธานี")])
def test_going_back_to_rest_is_home(text: str, home: str) -> None:
    said = read_message(text)
    assert said["home_province"]["name"] == home and "current_province" not in said


@pytest.mark.parametrize(("text", "here"), [
    ("ตอนนี้พักที่ระยอง", "ระยอง"), ("กลับมาพักที่ระยอง", "ระยอง")])
def test_resting_here_is_still_here(text: str, here: str) -> None:
    assert _place(text, "current_province") == here


# --- "ไม่มีโรค": no disease, no health need ---
@pytest.mark.parametrize("text", [
    "ไปกันสามคนค่ะ เรา แฟน แล้วก็แม่อายุหกสิบหก แม่แข็งแรงดีไม่มีโรคอะไร",  # dev106
    "ไม่มีโรคอะไรครับ", "แม่ไม่มีโรค"])
def test_no_disease_is_no_health_need(text: str) -> None:
    assert "health" not in parse_needs(text)


@pytest.mark.parametrize("text", ["ไม่มียากิน", "ไม่มีโรค แต่ยาหมด", "แม่ป่วยเป็นโรคเบาหวาน"])
def test_health_need_still_read(text: str) -> None:
    assert "health" in parse_needs(text)


# --- "เรียก" denied: nobody called, no name after it ---
@pytest.mark.parametrize("text", [
    "มาทำก่อสร้างโรงแรมที่ป่าตองปีกว่า ตึกเสร็จแคมป์ก็ปิด หัวหน้าให้ไปรอไซต์ใหม่ก็ไม่มีเรียก "
    "ขึ้นรถสองแถวเข้าเมืองกระเป๋าตังโดนล้วง",  # dev106
    "ไม่มีใครโทรมาเรียก สมชายครับ",
    "รอแล้วเขาไม่เรียก กลับห้องเลย"])
def test_call_denied_names_nobody(text: str) -> None:
    assert "name" not in read_message(text)


@pytest.mark.parametrize(("text", "name"), [
    ("เรียกเอกก็ได้ครับ", "เอก"), ("ไม่ต้องเรียกชื่อจริง เรียกเอกก็ได้", "เอก"),
    ("ผมไม่ชอบให้เรียกชื่อจริง เรียกบอยครับ", "บอย")])
def test_call_said_names(text: str, name: str) -> None:
    assert read_message(text).get("name") == name


# --- sleeping behind a market, at a fish pier, under the stalls: no shelter ---
@pytest.mark.parametrize("text", [
    "สามคืนแล้วนอนหลังตลาดสดในเมืองภูเก็ต คืนนี้ก็ต้องนอนตรงนั้นอีก",  # dev106
    "นอนใต้แผงผักมาสามคืนแล้วครับ",  # dev106
    "ตอนนี้นอนอยู่แพปลาแถวท่าฉลอม",
    "นอนท่าเทียบเรือมาสองคืน",
    "ลูกคนเล็กเพิ่งขวบครึ่ง คนโตเจ็ดขวบ คืนนี้ไม่รู้จะพาลูกไปนอนที่ไหนค่ะ 😢"])  # dev106
def test_sleeping_out_is_no_shelter(text: str) -> None:
    assert read_message(text).get("no_shelter") is True


@pytest.mark.parametrize("text", [
    "นอนหลังเที่ยงคืน", "ขายของที่แผงผัก นอนห้องเช่า", "เคยทำงานแพปลา ตอนนี้มีห้องอยู่"])
def test_not_sleeping_out(text: str) -> None:
    assert read_message(text).get("no_shelter") is not True


# --- the fare, a place and a count between, then none; none left ---
@pytest.mark.parametrize("text", [
    "ตอนนี้ยังอยู่ในโรงเรือนของสวนได้อยู่ ข้าวสารก็ยังเหลือ แต่ค่ารถกลับร้อยเอ็ดสามคนไม่มีจริงๆ",
    "ไปตัดอ้อยที่กาญจนบุรีมาค่ะ หมดฤดูแล้ว เถ้าแก่หักค่าเบิกหมด ไม่เหลือค่ารถกลับบ้านเลยค่ะ",
    "ค่ารถกลับบ้านไม่มี"])  # dev106 (both)
def test_no_fare(text: str) -> None:
    assert read_message(text).get("no_fare") is True


@pytest.mark.parametrize("text", [
    "ค่ารถกลับอุดรแม่ส่งมาให้แล้ว ไม่มีที่นอน", "ค่ารถกลับขอนแก่นมีแล้ว ไม่มีข้าวกิน",
    "ค่ารถกลับบ้านผมไม่มีปัญหา"])
def test_fare_had(text: str) -> None:
    assert read_message(text).get("no_fare") is not True
