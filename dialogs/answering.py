"""What a free-text answer tells beyond the question it answers."""

from __future__ import annotations

from typing import Any

from dialogs.provinces import match_province
from dialogs.slots import Slot
from dialogs.understand import read_message

MERGED = ("need_hints", "special_needs")  # lists that grow as more is told
PROVINCE_KEYS = ("current_province", "home_province")


def learned_beyond(slot: Slot, text: str, answers: dict[str, Any]) -> dict[str, Any]:
    """The facts of `text` not yet in `answers` (needs and care needs told again are
    merged with those told before); a name or phone is not read from a name or ID
    answer, nor anything from the name itself (a need word inside "นิตยา"). A province
    said alone to another question is where the person is, or, that being known and
    home not, home."""
    name = slot.parse(text, None) if slot.key == "name" else None
    said = read_message(text.replace(name, " ") if name else text)  # "นิตยา": no "ยา"
    if slot.key in ("name", "national_id"):
        said.pop("name", None)
    if slot.key == "national_id":
        said.pop("phone", None)
    if not said and slot.key not in (*PROVINCE_KEYS, "name", "phone"):  # "สุรินทร์ค่ะ"
        bare = match_province(text)
        if bare is not None:
            said["current_province"] = {"code": bare.code, "name": bare.name_th}
    here, known = said.get("current_province"), answers.get("current_province")
    if here and known and here != known and "home_province" not in answers | said:
        said["home_province"] = said.pop("current_province")  # here known: home
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
