"""dev107 (group g107): a hospital's sala for kin or a lodging for patients is a place
tonight (not sleeping rough); unwell played down is no care need; a mind changed on the
sensitive consent ("คิดอีกที จดได้ครับ"); money and a hotel had with a wish for some back is
no hardship; a question about a sick child asked before consent keeps no care hint."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.parse import facts_of
from dialogs.readers import read_hardship
from dialogs.slots import read_sensitive_consent
from dialogs.special_reader import read_special
from dialogs.understand import read_message
from dialogs.urgency import said_urgency

from .test_engine import Chat


def needs(text: str) -> list[str]:
    return sorted(facts_of(text).special_needs)


# --- a hospital's sala for kin, a lodging for patients: a place tonight ---
@pytest.mark.parametrize("text", [
    "คืนนี้นอนศาลาญาติได้อีกคืน",  # dev107 mum, boy 5 with epilepsy
    "สองคนครับ ผมกับลูกสาวสิบขวบ คืนนี้ยังนอนศาลาญาติที่รพ.ได้ครับ ข้าวก็มีโรงทาน",  # dev107
    "คืนนี้นอนบ้านพักผู้ป่วยของมูลนิธิได้ ข้าวเขาก็ให้กิน",  # dev107 cancer patient
    "คืนนี้พักบ้านพักญาติผู้ป่วยได้ค่ะ",
])
def test_a_lodging_for_patients_or_kin_is_a_place_tonight(text: str) -> None:
    assert read_message(text).get("no_shelter") is not True
    assert said_urgency(text) is False


@pytest.mark.parametrize("text", [
    "เมื่อคืนนอนศาลาริมทาง",  # a roadside sala: rough
    "คืนนี้นอนศาลาป้ายรถเมล์",
    "นอนข้างถนนมาสองคืนแล้ว",
])
def test_a_roadside_sala_is_still_rough(text: str) -> None:
    assert read_message(text).get("no_shelter") is True


@pytest.mark.parametrize("text", [
    "คืนนี้นอนศาลาญาติไม่ได้แล้ว",  # refused
    "คืนนี้นอนบ้านพักผู้ป่วยไม่ได้ค่ะ เต็ม",
])
def test_a_lodging_refused_is_no_place(text: str) -> None:
    assert said_urgency(text) is not False


def test_a_lodging_for_patients_is_not_itself_sick() -> None:
    assert "sick" not in needs("คืนนี้นอนบ้านพักผู้ป่วยของมูลนิธิได้")
    assert "sick" in needs("ผมป่วย คืนนี้นอนบ้านพักผู้ป่วยได้")  # told of oneself
    assert "sick" in needs("ลูกป่วยอยู่ค่ะ")


# --- unwell played down: no care need on the way ---
@pytest.mark.parametrize("text", [
    "ก็ไม่สบายแหละ ไม่ได้เป็นไรมากหรอก",  # dev107 vague, bus terminal
    "ไม่สบายนิดหน่อยค่ะ", "ป้าก็แค่ไม่ค่อยสบายเฉยๆ"])
def test_unwell_played_down_is_no_care(text: str) -> None:
    assert "sick" not in needs(text)
    assert read_special(text, None) == []


@pytest.mark.parametrize("text", [
    "ไม่สบายอะ", "ไม่สบาย ไม่รู้เป็นอะไร", "แม่ไม่สบายมากค่ะ", "ลูกไม่สบาย ไม่ได้กินข้าวเลย"])
def test_unwell_not_played_down_is_sick(text: str) -> None:
    assert "sick" in needs(text)


def test_unwell_in_mind_played_down_is_no_answer() -> None:
    assert read_special("ไม่สบายใจนิดหน่อย", None) is None  # a mood, not "no one"


# --- a mind changed on the sensitive consent: the last word counts ---
def test_a_mind_changed_to_yes_is_yes() -> None:
    text = "ไม่อยากให้จดอ่ะครับ... เอ่อ คิดอีกที จดได้ครับ ยินยอม ถ้ามันช่วยให้มีหมอตามดูผมต่อที่บ้าน"
    assert read_sensitive_consent(text, None) is True  # dev107 depression


@pytest.mark.parametrize("text", [
    "ยินยอมครับ... คิดอีกที ไม่ต้องจดดีกว่าครับ",  # changed to no
    "ไม่อยากให้จดครับ",  # no change
    "ไม่ยินยอมครับ คิดอีกทีแล้วก็ไม่ดีกว่า"])  # ("คิดอีกทีแล้ว" is no mark of its own)
def test_no_stays_no(text: str) -> None:
    assert read_sensitive_consent(text, None) is False


# --- money and a room had, some wanted back: no hardship ---
def test_means_had_and_some_wanted_back_is_no_hardship() -> None:
    text = "ก็ไม่ถึงกับไม่มีหรอกครับ มีเงิน มีที่พักโรงแรม แต่อยากได้คืนบ้าง"  # dev107
    assert read_hardship(text, None) == {"no_shelter": False, "no_food": False, "no_fare": False}


@pytest.mark.parametrize("text, lack", [
    ("มีเงินแต่โดนขโมย อยากได้คืนบ้าง", "no_fare"),  # a loss: still a lack
    ("มีเงิน อยากได้คืนบ้าง แต่ไม่มีที่นอน", "no_shelter"),
])
def test_a_lack_said_with_it_stays(text: str, lack: str) -> None:
    said = read_hardship(text, None)
    assert said is not None and said.get(lack) is True


def test_a_lack_not_denied_is_not_means() -> None:
    assert read_hardship("ไม่ถึงกับไม่มีครับ แต่เงินเหลือน้อย", None) != {
        "no_shelter": False, "no_food": False, "no_fare": False}


# --- a question about a sick child before consent: no care hint kept ---
def test_a_question_of_a_sick_child_keeps_nothing(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ถามหน่อยค่ะ ลูกเป็นลมชัก ถ้าได้ค่ารถกลับบ้านแล้วเกิดชักระหว่างรอรถหรือระหว่างทาง"
             " ต้องเข้าโรงพยาบาล ค่ารักษาเบิกได้ไหมคะ")  # dev107 asks: seizure on the way
    assert "care_again" not in chat.state.data
    assert "pending" not in chat.state.data


def test_a_plea_with_a_care_need_still_hints(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("ฉัน หูหนวก ช่วย ได้ไหม")  # a plea, not a question answered: care asked again
    chat.say("ยินยอม")
    assert chat.state.data.get("care_again") is True
