"""One who cannot type Thai writes in English (dev9): consent, hardships, nationality,
the count; and English words that must not be read so."""

from __future__ import annotations

import pytest

from dialogs.consent_yes import consent_word
from dialogs.engine import Dialog
from dialogs.parse_numbers import parse_count
from dialogs.readers import read_name
from dialogs.understand import read_message

from .test_engine import Chat

PATTAYA = ("Hello, I am Thai but I can't type Thai. I'm stuck in Pattaya with no money "
           "for the bus home to Udon Thani.")
TOURIST = ("Hi, I'm a tourist from Germany on Koh Phi Phi. I lost my wallet and need "
           "money for the ferry and bus to Bangkok. Can you help?")


@pytest.mark.parametrize(("text", "said"), [
    ("I agree", True), ("yes I consent", True), ("I accept", True),
    ("I don't agree", False), ("I do not consent", False), ("disagree", False),
    ("agreement", None), ("ok", None)])
def test_consent_in_english(text: str, said: bool | None) -> None:
    assert consent_word(text) is said


def test_a_story_in_english() -> None:
    said = read_message(PATTAYA)
    assert said["thai"] is True and said["no_fare"] is True
    assert "name" not in said  # "I am Thai" is no name
    tourist = read_message(TOURIST)
    assert tourist["thai"] is False and "name" not in tourist


@pytest.mark.parametrize(("text", "key"), [
    ("No money for the fare home, no income", "no_fare"),
    ("No money for the fare home, no income", "no_food"),
    ("I have no place to sleep", "no_shelter"), ("homeless", "no_shelter")])
def test_hardships_in_english(text: str, key: str) -> None:
    assert read_message(text)[key] is True


@pytest.mark.parametrize(("text", "count"), [
    ("Just me, one person", 1), ("Only me", 1), ("3 people", 3), ("i am alone", 1),
    ("2 persons", 2), ("alone", 1), ("left alone by my son", None)])
def test_counts_in_english(text: str, count: int | None) -> None:
    assert parse_count(text) == count


@pytest.mark.parametrize(("text", "name"), [
    ("I'm Mary", "Mary"), ("my name is John", "John"), ("I am Thai", None),
    ("I'm stuck in Pattaya", None)])
def test_names_in_english(text: str, name: str | None) -> None:
    assert read_name(text, None) == name


def test_no_with_a_noun_is_no_denial(dialog: Dialog) -> None:
    """"No money for the ferry" lacks money: never "none of these troubles"."""
    chat = Chat(dialog)
    chat.say(TOURIST)
    chat.say("I agree")
    assert chat.state.name == "done"  # not Thai: refused with the reason
    chat = Chat(dialog)
    chat.say("Hello")
    chat.say("I agree")
    chat.say("No money for the fare home, no income")
    answers = chat.state.data["answers"]
    assert answers["no_fare"] is True and answers["no_food"] is True


@pytest.mark.parametrize(("text", "had", "state"), [
    ("no ID card", False, None), ("No ID card ka", False, None),
    ("i dont have id card", False, None), ("lost my ID", False, None),
    ("ID card stolen", False, None), ("I have ID card", True, None),
    ("yes have my thai id card", True, None), ("my ID card expired", True, "expired"),
    ("I forgot my ID card", False, None), ("lost ID", False, None),
    ("my ID expired", True, "expired")])
def test_the_id_card_in_english(text: str, had: bool, state: str | None) -> None:
    said = read_message(text)
    assert said["id_card"] is had and said.get("id_card_state") == state


@pytest.mark.parametrize("text", ["no idea", "ok", "no thanks", "yes no I dont want",
                                  "not yet have id card", "I never have ID card",
                                  "have my ID number but no card",
                                  "my wife have ID card but I dont", "I have id line ka"])
def test_no_card_read_from_english_that_is_not_of_a_card(text: str) -> None:
    assert "id_card" not in read_message(text)


@pytest.mark.parametrize("text", ["no ID card", "no money", "no idea", "no บัตรค่ะ"])
def test_english_no_before_a_noun_at_the_notice_is_no_refusal(
        dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say(text)
    assert chat.state.name == "consent"  # asked again, not refused
    chat.say("yes")
    assert chat.state.data["consent"] is True


@pytest.mark.parametrize("text", ["no", "no thanks", "no sorry", "no i dont want", "no way",
                                  "no thx", "no krab"])
def test_english_no_at_the_notice_is_still_a_refusal(dialog: Dialog, text: str) -> None:
    chat = Chat(dialog)
    chat.say("สวัสดี")
    chat.say(text)
    assert chat.state.data.get("consent") is False
