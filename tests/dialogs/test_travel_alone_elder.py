"""An elder travelling alone is asked whether they can travel alone: the manual's escort
is for those who cannot, by age, mind or health (dev7, dev8, dev9: three writers who
never read the code expected it of an elder of 78 to 80). Where a question is asked
anyway (the count, or urgency), the escort is invited in it instead of asked alone."""

from __future__ import annotations

from dialogs.asking import ESCORT_INVITED, URGENT_AND_ALONE
from dialogs.engine import Dialog
from dialogs.slots import BY_KEY

from .test_engine import Chat, consented
from .test_intake import asked

# dev8: an elder known from the story, before the count
FATHER = "หนูพิมพ์แทนพ่อนะคะ พ่ออายุ 78 ค่ะ ตอนนี้ติดอยู่หมอชิต เงินหมด จะกลับบ้านที่สุรินทร์ มีบัตรประชาชน"
# the age told only at the count
NO_AGE = "อยู่อยุธยา ไม่มีค่ารถกลับบ้านที่พิษณุโลก มีบัตรประชาชน"


def last_question(chat: Chat) -> str:
    assert chat.last is not None
    return chat.last.replies[-1].text


def answers(chat: Chat) -> dict[str, object]:
    return dict(chat.state.data["answers"])


def test_count_invites_the_escort_when_an_elder_is_known(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(FATHER)
    assert asked(chat) == "travellers" and ESCORT_INVITED in last_question(chat)
    chat.say("พ่อคนเดียวค่ะ หนูไม่ได้ไป คืนนี้พ่อคงต้องนอนที่สถานีขนส่งค่ะ พ่อไปคนเดียวไม่ไหวค่ะ")
    got = answers(chat)
    assert got["travellers"] == 1 and got["special_needs"] == ["cannot_travel_alone", "elderly"]
    assert asked(chat) not in ("travel_alone", "special_needs")


def test_count_answered_without_a_word_of_escort_is_none_needed(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(FATHER)
    chat.say("พ่อคนเดียวค่ะ คืนนี้พ่อคงต้องนอนที่สถานีขนส่งค่ะ")
    got = answers(chat)
    assert got["travel_alone"] is True and "cannot_travel_alone" not in got["special_needs"]
    assert asked(chat) != "travel_alone"  # invited once: not asked again


def test_count_of_a_group_with_an_elder_leaves_travel_alone_out(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(FATHER)
    chat.say("2 คนค่ะ หนูไปกับพ่อ ไม่ด่วน")
    assert "travel_alone" not in answers(chat) and asked(chat) != "travel_alone"


def test_urgency_invites_the_escort_of_an_elder_alone(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(NO_AGE)
    chat.say("ยายคนเดียวจ้ะ อายุ 80")  # grandma, dev7: urgency still unknown
    assert asked(chat) == "urgent" and URGENT_AND_ALONE in last_question(chat)
    chat.say("ด่วนจ้ะ นอนศาลาท่ารถมาสองคืนแล้ว ไปคนเดียวไม่ไหวจ้ะ")
    got = answers(chat)
    assert got["urgent"] is True and "cannot_travel_alone" in got["special_needs"]


def test_urgency_alone_answered_is_none_needed(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(NO_AGE)
    chat.say("ยายคนเดียวจ้ะ อายุ 80")
    chat.say("ไม่ด่วนจ้ะ")
    assert answers(chat)["travel_alone"] is True and asked(chat) != "travel_alone"


def test_asked_outright_once_urgency_is_known(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(NO_AGE)
    chat.say("ยายคนเดียว อายุ 78 แล้ว หลวงพ่อให้นอนที่วัดได้จ้ะ")  # dev9 grandmother
    assert asked(chat) == "travel_alone"
    assert BY_KEY["travel_alone"].question in last_question(chat)
    chat.say("ไปเองไม่ไหวจ้ะ ตามองไม่ค่อยเห็น")
    assert "cannot_travel_alone" in answers(chat)["special_needs"]


def test_a_young_person_alone_is_not_asked(dialog: Dialog) -> None:
    chat = consented(dialog)
    chat.say(NO_AGE)
    chat.say("คนเดียวครับ อายุ 35 ไม่ด่วน")
    assert asked(chat) != "travel_alone" and "travel_alone" not in answers(chat)
