"""dev21/dev22: a card in the bag that was snatched is no card; the name of the one
written for, with the writer's own phone; work asked with a disability refers the hiring
quota; a wheelchair wished for after sending is the disability need."""

from __future__ import annotations

import pytest

from dialogs import state as st
from dialogs.after_needs import told_care, told_devices
from dialogs.card_reader import read_id_card
from dialogs.engine import Dialog
from dialogs.needs import parse_needs, referrals
from dialogs.readers import read_name
from dialogs.types import AddNeeds

from .test_after_needs import sent


@pytest.mark.parametrize("text", ["ไม่มีค่ะ บัตรอยู่ในกระเป๋าที่โดนกระชาก",
                                  "บัตรอยู่ในกระเป๋าตังที่หาย",
                                  "บัตรประชาชนอยู่ในกระเป๋าที่ถูกขโมยไป"])
def test_a_card_in_the_bag_taken_is_no_card(text: str) -> None:
    assert read_id_card(text, None) is False


@pytest.mark.parametrize("text", ["บัตรอยู่ในกระเป๋าค่ะ", "มีค่ะ บัตรอยู่ในกระเป๋า",
                                  "บัตรยังอยู่ในกระเป๋าที่ห้อง", "บัตรอยู่ในกระเป๋าที่ถือมา"])
def test_a_card_in_a_bag_kept_is_had(text: str) -> None:
    assert read_id_card(text, None) is True


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อเพื่อนนะครับ อนุชา เบอร์ผมเลยครับ 0812223345", "อนุชา"),
    ("ลูกชื่อ ศุภชัย ค่ะ เบอร์แม่นะคะ 0881234455", "ศุภชัย"),
    ("หลานชื่อ ต้น เบอร์ยายนะจ้ะ 0812345678", "ต้น")])
def test_the_name_of_one_written_for_beside_the_writers_phone(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize("text", ["ลูกสาวชื่อแก้ว 086-111-2233", "ลูกชื่อ ศุภชัย ค่ะ",
                                  "นายจ้างชื่อสมชาย เบอร์ผม 0812345678",
                                  "เพื่อนชื่อเอ 0812345678"])
def test_a_relatives_or_bosss_name_alone_is_still_no_name(text: str) -> None:
    assert read_name(text, None) is None


def test_the_writers_own_name_still_wins() -> None:
    assert read_name("แดงค่ะ ใช้เบอร์เพื่อน ชื่อนก 0812345678", None) == "แดง"


def test_work_with_a_disability_refers_the_hiring_quota(dialog: Dialog) -> None:
    found = parse_needs("งาน อยากได้ บริษัท รับ คนพิการ")
    assert found == ["work", "disability"]
    assert "disability_employment" in [r["id"] for r in referrals(dialog.kb, found)]
    assert "disability_employment" not in [r["id"] for r in referrals(dialog.kb, ["work"])]


def test_a_wheelchair_is_the_disability_need() -> None:
    assert parse_needs("อยากได้รถเข็นคันใหม่ครับ ของเก่าไหม้ไปแล้ว") == ["disability"]


def test_a_wheelchair_wished_for_after_sending_records_no_disability() -> None:
    # dev4: "รถเข็นครับ" after leg surgery, a wheelchair for a while only
    assert told_care("รถเข็นครับ", None) == []
    assert told_devices("รถเข็นครับ", None) == ["disability_devices"]
    assert told_devices("อยากได้รถเข็นขายของ", None) == []
    # the disability said too is the care need, which refers the devices itself
    assert told_care("ผมพิการครับ อยากได้รถเข็น", None) == ["disabled"]
    assert told_devices("ผมพิการครับ อยากได้รถเข็น", None) == []


@pytest.mark.parametrize("text", ["อยากได้รถเข็นขายของ", "ซื้อรถเข็นเด็กให้ลูก"])
def test_a_vendors_cart_or_a_pram_is_no_disability(text: str) -> None:
    assert "disability" not in parse_needs(text)


def test_a_wheelchair_wished_for_after_sending_refers_devices(dialog: Dialog) -> None:
    chat = sent(dialog)
    result = chat.say("อยากได้รถเข็นคันใหม่ครับ ของเก่าไหม้ไปแล้ว")
    added = [e for e in result.effects if isinstance(e, AddNeeds)]
    assert added and added[0].care == () and added[0].needs == ()
    assert "disability_devices" in [r["id"] for r in added[0].referrals]
    assert chat.state.name == st.DONE
