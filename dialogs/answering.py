"""What a free-text answer tells beyond the question it answers."""

from __future__ import annotations

from typing import Any

from dialogs.slots import Slot
from dialogs.understand import read_message

MERGED = ("need_hints", "special_needs")  # lists that grow as more is told


def learned_beyond(slot: Slot, text: str, answers: dict[str, Any]) -> dict[str, Any]:
    """The facts of `text` not yet in `answers` (needs and care needs told again are
    merged with those told before); a name or phone is not read from a name or ID
    answer, nor anything from the name itself (a need word inside "นิตยา")."""
    name = slot.parse(text, None) if slot.key == "name" else None
    said = read_message(text.replace(name, " ") if name else text)  # "นิตยา": no "ยา"
    if slot.key in ("name", "national_id"):
        said.pop("name", None)
    if slot.key == "national_id":
        said.pop("phone", None)
    return beyond(said, answers)


def beyond(said: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    """The facts `said` not yet in `answers`, lists told again merged with the known
    (a list told again with nothing new is nothing learned: the question is not
    understood, rather than asked again as if it were)."""
    merged = [k for k in MERGED if said.get(k) and answers.get(k)]
    for key in merged:  # "ลูกป่วย" told later adds to the care needs known
        said[key] = sorted({*answers[key], *said[key]})
    return {k: v for k, v in said.items()  # told again, nothing new: not learned
            if k not in answers or (k in merged and set(v) != set(answers[k]))}
