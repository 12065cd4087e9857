"""How a screening answer is stored: the slot's own value, with what else the message told
(needs told before, no phone, the travellers' details, a regrouped count)."""

from __future__ import annotations

from typing import Any

from dialogs.answering import MERGED, card_found, regrouped_count, with_travellers
from dialogs.asking import PLACES, can_go_alone
from dialogs.care_denied import without_denied_illness
from dialogs.contact import no_phone
from dialogs.slots import BY_KEY, Slot, store_value
from dialogs.understand import is_refusal

__all__ = ["stored_answers"]


def stored_answers(slot: Slot, text: str, value: str | None, parsed: Any,
                   learned: dict[str, Any], answers: dict[str, Any],
                   ask_care: bool = False) -> dict[str, Any]:
    """`answers` with the parsed answer to `slot` and the facts `learned` beyond it
    (`ask_care`: care needs are asked even of one alone who names none)."""
    if slot.key == "needs" and parsed is not None and value != "need:prefer_not" and (
            not is_refusal(text)):  # needs told before count too
        parsed = list(dict.fromkeys([*(answers.get("need_hints") or []), *parsed]))
    if parsed is not None:
        answers = store_value(answers, slot, parsed)
        if slot.key == "name" and "phone" not in learned and no_phone(text):
            answers["phone"] = None  # "มาลีค่ะ ไม่มีเบอร์": not asked again
        if slot.key == "travellers":
            answers |= with_travellers(text, value, parsed, answers, ask_care)
    answers |= {k: sorted({*(answers.get(k) or ()), *v}) if k in MERGED else v
                for k, v in learned.items()  # the slot's own parsed answer wins
                if (k != slot.key or parsed is None) and (k not in answers or k in MERGED)}
    if parsed is None and card_found(slot.key, learned, answers):
        answers["id_card"] = True  # found after all: the letter is not asked
    home = answers.get("home_province")
    if slot.key not in PLACES and home and learned.get("current_province") == home:
        answers["current_province"] = home  # back home, said to another question: a fix
    regrouped = regrouped_count(slot, text, answers)  # "จริงๆ ไป 4 คนค่ะ": fixed
    if regrouped and answers.get("special_needs") == [] and slot.key != "special_needs":
        answers.pop("special_needs")  # none said of one alone: a group is asked
    answers |= regrouped
    if slot.key != "travel_alone" and "travel_alone" not in answers and BY_KEY[
            "travel_alone"].applies(answers) and can_go_alone(text):
        answers["travel_alone"] = True  # "1 คน ... แต่ยังเดินทางเองไหว": not asked again
    return without_denied_illness(text, answers) if value is None else answers
