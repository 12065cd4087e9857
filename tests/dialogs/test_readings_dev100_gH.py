"""Misreadings found in the blind set dev101 (group gH): who has a card counted as who
travels, rice and dry food asked for after sending read as no need, a kin word with a
relative clause stored as the name, and a couple counted by what it is with the baby
they bring left out."""

from __future__ import annotations

import pytest

from dialogs.after_needs import told_needs
from dialogs.names import extract_name
from dialogs.needs import parse_needs
from dialogs.understand import read_message


def travellers(text: str) -> object:
    return read_message(text).get("travellers")


# dev101 (family of four in a pickup): "บัตรอยู่ครบทั้งสองคน" answering the card question
# was read as two travelling, so a family of four was never asked how many go
@pytest.mark.parametrize("text", [
    "ยินยอมค่ะ มีค่ะ บัตรอยู่ครบทั้งสองคน ชลบุรีค่ะ แถวอมตะ",
    "มีค่ะ บัตรอยู่ครบทั้งสองคน", "บัตรครบทั้งสองคนค่ะ", "บัตรประชาชนมีทั้ง 2 คน",
    "มีบัตรอยู่ทั้งสามคนครับ", "บัตรก็มีครบทั้งสองคนจ้า", "มีทั้งสองคนค่ะ"])
def test_cards_of_all_are_no_count(text: str) -> None:
    assert travellers(text) is None


@pytest.mark.parametrize(("text", "count"), [
    ("ไปทั้งสองคนค่ะ", 2), ("มีบัตรครับ ไปกันทั้งสองคน", 2),
    ("พวกเราไปทั้งสี่คน บัตรอยู่ครบ", 4), ("ไปกัน 3 คนค่ะ", 3)])
def test_count_of_those_who_go_stays(text: str, count: int) -> None:
    assert travellers(text) == count


# dev101 (Map Ta Phut subcontractor): rice and dry food asked for after sending were read as
# no need, only the child; the food and clothing aid was never referred
@pytest.mark.parametrize("text", [
    "ถ้ามีข้าวสารอาหารแห้งช่วยได้ก็ดีครับ ลูกยังน้อย",
    "อยากได้ข้าวสารค่ะ", "ขอข้าวสารกับอาหารแห้งหน่อยครับ", "ต้องการอาหารแห้งค่ะ ลูกยังเล็ก"])
def test_rice_and_dry_food_are_goods(text: str) -> None:
    assert "goods" in parse_needs(text)
    assert "goods" in told_needs(text, None)


@pytest.mark.parametrize("text", [
    "ห้องยังอยู่ได้ถึงสิ้นเดือนครับ ข้าวสารยังพอมีอยู่ 2-3 มื้อ",  # enough had
    "ข้าวสารยังพอมี", "ข้าวสารก็ยังมีอยู่ค่ะ", "ผมขายข้าวสารที่ตลาด",  # a trade
    "ทำงานโรงงานอาหารแห้งค่ะ", "ร้านข้าวสารปิด", "ไม่ต้องการข้าวสารค่ะ", "ข้าวสารไม่ต้องครับ",
    "ไม่มีข้าวกินค่ะ"])  # food alone: the hardship the aid itself meets
def test_rice_had_sold_or_declined_is_no_goods(text: str) -> None:
    assert "goods" not in parse_needs(text)


# dev101 (line leader for a mother at the gate): "ปิยะนุชค่ะ (ชื่อน้องที่จะกลับ)" stored
# "น้องที่จะกลับ" (the one who goes home) as the name
@pytest.mark.parametrize("text", [
    "ปิยะนุชค่ะ (ชื่อน้องที่จะกลับ) เบอร์น้องค่ะ 0923385176",
    "ปิยะนุชค่ะ (ชื่อน้องที่จะกลับ)", "ปิยะนุชค่ะ ชื่อของน้องที่เดินทาง",
    "ชื่อน้องที่จะกลับคือปิยะนุชค่ะ", "ชื่อคนที่จะกลับบ้าน ปิยะนุช"])
def test_name_beside_whose_it_is(text: str) -> None:
    assert extract_name(text, bare=True) == "ปิยะนุช"


@pytest.mark.parametrize("text", [
    "ชื่อน้องที่จะกลับ", "น้องที่จะกลับค่ะ", "ชื่อคนที่จะเดินทางนะคะ", "ชื่อแม่ที่ป่วยค่ะ"])
def test_kin_with_a_clause_is_never_a_name(text: str) -> None:
    assert extract_name(text, bare=True) is None
    assert extract_name(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อแม่ที่ป่วยคือสมศรีค่ะ", "สมศรี"), ("ชื่อสมชายที่จะกลับบ้านครับ", "สมชาย"),
    ("ชื่อน้องแพรวค่ะ", "น้องแพรว"), ("ชื่อน้องชายธนพลค่ะ", "ธนพล"), ("ชื่อน้อง ชัยวัฒน์", "ชัยวัฒน์")])
def test_names_after_kin_still_read(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


# dev101 (monk for a couple at the sala): "สองผัวเมียพาลูกอ่อนมา" was read as two: the
# couple counted by what it is, the baby they bring left out
@pytest.mark.parametrize(("text", "count"), [
    ("อาตมาอยู่วัดแถวบางปะอิน อยุธยา มีโยมสองผัวเมียพาลูกอ่อนมาขออาศัยศาลาวัด", 3),
    ("สองผัวเมียกับลูกอ่อน", 3), ("สองตายายพาหลานมาด้วย", 3), ("สองแม่ลูกกับยายค่ะ", 3),
    ("สองผัวเมียกับลูก 2 คน", 4), ("สองผัวเมียพาลูกสองคนมา", 4)])
def test_group_and_one_brought(text: str, count: int) -> None:
    assert travellers(text) == count


@pytest.mark.parametrize(("text", "count"), [
    ("สองผัวเมียค่ะ", 2), ("สองแม่ลูกค่ะ", 2), ("สองผัวเมียพากันมา", 2),
    ("สองผัวเมียพากลับบ้าน", 2), ("สองผัวเมียไม่ได้พาลูกมา ลูกอยู่กับยาย", 2),
    ("สองผัวเมียกับลูกที่อยู่บ้าน", 2), ("ไปกันสามชีวิตกับลูก", 3), ("สามพ่อแม่ลูก", 3),
    ("สองผัวเมียกับลูกๆ", None)])  # how many children: asked
def test_group_alone_or_kin_who_stay(text: str, count: int | None) -> None:
    assert travellers(text) == count
