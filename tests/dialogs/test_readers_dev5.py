"""Sentence shapes the intake misread in dev5 and review: a temple helper writing for a
lay mother (โยมแม่), twins counted as two, province abbreviations after a place cue or
as chunks of their own, two provinces written together."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.names import extract_name
from dialogs.parse import facts_of, find_provinces
from dialogs.readers import (
    read_id_card,
    read_name,
    read_travellers,
    read_urgent,
    said_urgency,
)
from dialogs.understand import here_and_home, read_message

from .test_card_and_places import at_card, province
from .test_engine import consented
from .test_intake import asked


@pytest.mark.parametrize(("text", "has"), [
    ("โยมแม่มีบัตรประชาชนครับ", True), ("โยมพ่อมีบัตรครับ", True),
    ("โยมแม่ไม่มีบัตรครับ", False), ("โยมมีบัตรครับ", True)])
def test_a_temple_helper_answers_for_the_lay_parent_written_for(text: str, has: bool) -> None:
    assert read_id_card(text, None) is has


@pytest.mark.parametrize("text", ["แม่มีบัตรประชาชนครับ", "โยมแม่มีบัตรคนจน",
                                  "โยมแม่มีบัตรแต่ผมไม่มี"])
def test_a_parent_or_another_card_is_still_no_card_answer(text: str) -> None:
    assert read_id_card(text, None) is not True


@pytest.mark.parametrize(("text", "name"), [
    ("โยมแม่ชื่อ บัวผัน ครับ", "บัวผัน"), ("โยมพ่อชื่อสมบัติครับ", "สมบัติ"),
    ("โยมแม่ชื่อ บัวผัน ครับ เบอร์ผมเองนะครับ 0817654321", "บัวผัน"),
    ("แม่ชื่อ บัวผัน ครับ", "บัวผัน"), ("ป้าชื่อ แดง ค่ะ", "แดง")])
def test_the_name_of_the_one_written_for(text: str, name: str) -> None:
    assert read_name(text, None) == name


@pytest.mark.parametrize("text", ["โยมแม่ผมชื่อ มาลี", "แม่ผมชื่อมาลี"])
def test_the_writers_own_mother_is_no_name_answer(text: str) -> None:
    assert read_name(text, None) is None


@pytest.mark.parametrize(("text", "count"), [
    ("หนูกับลูกแฝดค่ะ ลูก 2 ขวบ ห้องเช่ายังอยู่ได้ถึงสิ้นเดือนค่ะ", 3),
    ("หนูกับลูกแฝดค่ะ", 3), ("ผมกับเมียและลูกแฝด", 4), ("พาหลานแฝดไปด้วย", 3)])
def test_twins_are_two_children(text: str, count: int) -> None:
    assert read_travellers(text, None) == count


@pytest.mark.parametrize(("text", "count"), [
    ("หนูกับลูกแฝด 3", 3), ("หนูกับลูกแฝด 3 คน", 3), ("มีลูกแฝดอยู่กับยาย ไปคนเดียว", 1),
    ("ผมกับลูก", 2)])
def test_a_number_said_with_twins_wins(text: str, count: int) -> None:
    assert read_travellers(text, None) == count


@pytest.mark.parametrize(("text", "here", "home"), [
    ("อยู่ นม ค่ะ 📍 บ้านอยู่ อบ 🏠", "นครราชสีมา", "อุบลราชธานี"),
    ("มีค่ะ อยู่ นม จะกลับ สฎ", "นครราชสีมา", "สุราษฎร์ธานี"),
    ("มีค่ะ อยู่ ชม. กลับ ขก.", "เชียงใหม่", "ขอนแก่น"),
    ("อยู่ชม กลับขก", "เชียงใหม่", "ขอนแก่น"), ("ตอนนี้อยู่ชม บ้านอยู่อบ", "เชียงใหม่", "อุบลราชธานี"),
    ("มีค่ะ อยู่ชลฯ กลับขอนฯ", "ชลบุรี", "ขอนแก่น")])
def test_short_forms_after_a_place_cue(text: str, here: str, home: str) -> None:
    facts = facts_of(text)
    assert facts.current_province and facts.current_province.name_th == here
    assert facts.home_province and facts.home_province.name_th == home


@pytest.mark.parametrize("text", ["กินนม", "ไม่มีนมให้ลูกกิน", "อบขนมขาย", "ไปชมวิว",
                                  "อยู่ชมวิว", "ยังอยู่ รอ ค่ะ", "ฯลฯ", "นครฯ", "มี นม ให้ลูก",
                                  "อยู่ อด ๆ อยาก ๆ", "กลับ พบ หมอ", "บ้านชม", "ยังอยู่ชม",
                                  "ไป ชม วัด"])
def test_abbreviations_as_words_name_no_province(text: str) -> None:
    assert find_provinces(text) == []


@pytest.mark.parametrize(("text", "here", "home"), [
    ("มี นม สฎ", "นครราชสีมา", "สุราษฎร์ธานี"), ("มี ชม ขก", "เชียงใหม่", "ขอนแก่น"),
    ("ชม. ขก.", "เชียงใหม่", "ขอนแก่น"), ("กทม ขก", "กรุงเทพมหานคร", "ขอนแก่น")])
def test_abbreviations_as_chunks_of_their_own_answer_the_places(text: str, here: str,
                                                                home: str) -> None:
    learned: dict[str, dict[str, str]] = {}
    assert here_and_home(text, None, learned)["name"] == here
    assert learned["home_province"]["name"] == home


@pytest.mark.parametrize("text", ["มี นม ให้ลูก", "นม ร้อน ค่ะ", "ชลบุรี ชม"])
def test_an_abbreviation_among_other_words_is_no_place_answer(text: str) -> None:
    learned: dict[str, dict[str, str]] = {}
    assert here_and_home(text, None, learned) is None and not learned


def test_two_provinces_written_together() -> None:
    assert [p.name_th for p in find_provinces("ระยองอุดร")] == ["ระยอง", "อุดรธานี"]
    assert [p.name_th for p in find_provinces("ระยองตากผ้า")] == ["ระยอง"]


def test_milk_to_the_card_and_places_is_no_place(dialog: Dialog) -> None:
    chat = at_card(dialog)
    chat.say("มี นม ให้ลูก")
    assert province(chat, "current_province") is None


@pytest.mark.parametrize("text", ["มีแต่ใบขับขี่", "มีแต่ใบขับขี่ค่ะ", "เหลือแค่พาสปอร์ต",
                                  "มีแต่ใบขับขี่ บัตรประชาชนหาย"])
def test_only_another_paper_is_no_id_card(text: str) -> None:
    assert read_id_card(text, None) is False


@pytest.mark.parametrize(("text", "has"), [
    ("มีใบขับขี่", None), ("มีบัตรประชาชนแต่ใบขับขี่หาย", True), ("มีแต่บัตรประชาชน", True),
    ("แม่มีแต่ใบขับขี่", None)])
def test_another_paper_beside_the_card_says_nothing_against_it(text: str,
                                                              has: bool | None) -> None:
    assert read_id_card(text, None) is has


@pytest.mark.parametrize("text", ["บัตรขาดอายุ", "บัตรประชาชนขาดอายุแล้วค่ะ",
                                  "มีค่ะ แต่ขาดอายุแล้ว"])
def test_a_lapsed_card_is_expired_not_torn(text: str) -> None:
    assert facts_of(text).id_card_state == "expired"
    assert read_id_card(text, None) is True


@pytest.mark.parametrize("text", ["บัตรขาด", "บัตรประชาชนขาดครึ่งค่ะ"])
def test_a_torn_card_is_still_damaged(text: str) -> None:
    assert facts_of(text).id_card_state == "damaged"


@pytest.mark.parametrize("text", ["1ไม่", "1 ม่าย", "1 ไม่ๆ", "1 คน, ไม่", "1 ไม่เป็นไร",
                                  "2 ไม่ มีแม่อายุ 70", "3 คน ไม่ค่ะ มีลูก 2 ขวบ",
                                  "หนูกับลูกแฝดค่ะ ลูก 2 ขวบ ห้องเช่ายังอยู่ได้ถึงสิ้นเดือนค่ะ"])
def test_a_count_then_no_and_maybe_who_needs_care_is_not_urgent(text: str) -> None:
    assert said_urgency(text) is False


@pytest.mark.parametrize(("text", "urgent"), [
    ("1 ไม่มีที่นอน", True), ("2 ไม่มีลูก", None), ("1 ไม่ได้", None), ("1 ไม่แน่ใจ", None),
    ("ไม่ 1 คน", None), ("1 ไม่ แน่ใจ", None), ("1 ไม่ ได้", None), ("คนเดียวไม่", None),
    ("2 คน ป่วยอยู่ ยังพอไหว", None)])
def test_a_no_that_goes_on_is_not_the_urgency(text: str, urgent: bool | None) -> None:
    assert said_urgency(text) is urgent


@pytest.mark.parametrize("text", ["2 คน ไม่มีคนป่วย", "2 คนไม่มีใครป่วย ไม่ด่วน",
                                  "ไป 3 คน ไม่มีเด็ก"])
def test_a_count_and_nobody_to_care_for_is_no_care_need(text: str) -> None:
    assert read_message(text)["special_needs"] == []


@pytest.mark.parametrize(("text", "needs"), [
    ("ไม่มีคนป่วย", None), ("3 คน ไม่มีคนป่วย แต่มียายอายุ 80", ["elderly"]),
    ("2 คน มีคนป่วย", ["sick"]), ("2 คน", None)])
def test_nobody_sick_without_a_count_or_beside_a_need(text: str,
                                                      needs: list[str] | None) -> None:
    assert read_message(text).get("special_needs") == needs


@pytest.mark.parametrize("answer", ["2 คน ไม่มีคนป่วย", "2 คนไม่มีใครป่วย ไม่ด่วน"])
def test_nobody_to_care_for_is_not_asked_again(dialog: Dialog, answer: str) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    assert asked(chat) == "travellers"
    chat.say(answer)
    assert chat.state.data["answers"]["special_needs"] == []
    assert asked(chat) != "special_needs"


@pytest.mark.parametrize("answer", ["1ไม่", "1 คน, ไม่", "2 ไม่ มีแม่อายุ 70",
                                    "3 คน ไม่ค่ะ มีลูก 2 ขวบ"])
def test_urgency_said_with_the_count_is_not_asked_again(dialog: Dialog, answer: str) -> None:
    chat = consented(dialog)
    chat.say("อยู่ระยอง ไม่มีค่ารถกลับบ้านที่ยโสธร มีบัตรประชาชน")
    chat.say(answer)
    assert chat.state.data["answers"]["urgent"] is False
    assert asked(chat) != "urgent"


@pytest.mark.parametrize(("text", "name"), [
    ("ชื่อในบัตร ธนากร ค่ะ เรียกหนูว่ามายด์ก็ได้", "ธนากร"), ("ชื่อตามบัตร สมชาย", "สมชาย"),
    ("ชื่อในบัตรประชาชนคือ ธนากร", "ธนากร")])
def test_the_name_on_the_card_follows_the_words_that_say_so(text: str, name: str) -> None:
    assert extract_name(text) == name


@pytest.mark.parametrize("text", ["มีค่ะ แต่ชื่อในบัตรเป็นชื่อผู้ชายนะคะ", "ชื่อผู้ชาย"])
def test_what_the_card_says_is_no_name(text: str) -> None:
    assert extract_name(text) is None and read_name(text, None) is None


@pytest.mark.parametrize("text", [
    "อยู่บ้านน้าที่พัทยา น้ารับไม่ได้เลยไล่ออกมา อยากกลับไปอยู่กับยายที่มุกดาหาร",
    "แฟนไล่หนูออกมาจากห้อง"])
def test_put_out_of_where_one_lived_is_no_shelter(text: str) -> None:
    assert facts_of(text).no_shelter is True


@pytest.mark.parametrize("text", ["นายจ้างไล่ออกมา", "ไล่ออกมาจากงาน", "อยู่บ้านน้า"])
def test_fired_or_at_a_relatives_is_not_put_out(text: str) -> None:
    assert facts_of(text).no_shelter is not True


@pytest.mark.parametrize(("text", "has"), [("คุณยายมีบัตรประชาชนค่ะ", True),
                                           ("คุณตาไม่มีบัตรค่ะ", False)])
def test_a_nurse_answers_for_the_old_person_with_khun(text: str, has: bool) -> None:
    assert read_id_card(text, None) is has


def test_khun_mae_is_still_a_parent() -> None:
    assert read_id_card("คุณแม่มีบัตรค่ะ", None) is None


@pytest.mark.parametrize(("text", "urgent"), [
    ("อยู่หอได้ค่ะ not urgent", False), ("1 คนค่ะ อายุ 20 อยู่หอได้ค่ะ not urgent", False),
    ("Not urgent", False), ("ไม่ urgent", False), ("no hurry", False),
    ("urgent!", True), ("very urgent ค่ะ", True)])
def test_urgency_in_english(text: str, urgent: bool) -> None:
    assert read_urgent(text, None) is urgent
    assert said_urgency(text) is urgent


def test_urgently_is_no_answer() -> None:
    assert said_urgency("urgently") is None


def test_a_district_with_its_amphoe_names_its_province() -> None:
    assert [p.name_th for p in find_provinces("บ้านอยู่ ต.ในเมือง อ.บ้านไผ่ ค่ะ")] == ["ขอนแก่น"]


@pytest.mark.parametrize("text", ["อยู่บ้านไผ่", "หมู่บ้านไผ่"])
def test_a_village_name_alone_names_no_province(text: str) -> None:
    assert find_provinces(text) == []


@pytest.mark.parametrize("text", ["คนเดียวครับ แต่หมอบอกว่าไม่ควรเดินทางคนเดียว",
                                  "หมอบอกไม่ควรกลับบ้านเองค่ะ"])
def test_a_doctor_saying_not_alone_is_cannot_travel_alone(text: str) -> None:
    assert "cannot_travel_alone" in facts_of(text).special_needs


@pytest.mark.parametrize("text", ["ควรเดินทางคนเดียว", "ไปคนเดียวได้"])
def test_going_alone_is_no_such_need(text: str) -> None:
    assert "cannot_travel_alone" not in facts_of(text).special_needs


@pytest.mark.parametrize("text", ["มีบัตรเลข 0 ครับ บัตรคนไม่มีสัญชาติไทย", "มีบัตรเลข 0",
                                  "มีบัตรคนไม่มีสัญชาติไทย"])
def test_the_card_of_one_who_is_not_thai_is_no_id_card(text: str) -> None:
    assert read_id_card(text, None) is None
    assert facts_of(text).has_id_card is None


@pytest.mark.parametrize("text", ["มีบัตรประชาชน 13 หลัก", "มีบัตรเลข 13 หลักครับ"])
def test_the_thai_card_by_its_number_is_still_the_card(text: str) -> None:
    assert read_id_card(text, None) is True


@pytest.mark.parametrize("text", ["๔ คน บ่ด่วนค่ะ เจ้าของห้องให้อยู่ถึงสิ้นเดือน", "บ่ด่วนเจ้า",
                                  "ไม่ค่อยด่วนค่ะ"])
def test_not_urgent_in_dialect_is_a_fact_of_the_message(text: str) -> None:
    assert read_message(text)["urgent"] is False


@pytest.mark.parametrize("text", ["ด่วนค่ะ", "บ่มีที่นอนคืนนี้"])
def test_urgent_in_dialect_stays_urgent(text: str) -> None:
    assert read_message(text)["urgent"] is True


@pytest.mark.parametrize("text", ["ตอนนี้นั่งอยู่ป้ายรถเมล์ค่ะ ไม่รู้จะไปนอนที่ไหน",
                                  "ไม่รู้จะอยู่ไหนค่ะ"])
def test_not_knowing_where_to_sleep_is_no_shelter(text: str) -> None:
    assert facts_of(text).no_shelter is True


@pytest.mark.parametrize("text", ["ไม่รู้จะไปไหนดี", "รู้ว่าจะนอนที่ไหน"])
def test_not_knowing_where_to_go_says_nothing_of_shelter(text: str) -> None:
    assert facts_of(text).no_shelter is None
