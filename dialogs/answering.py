"""What a free-text answer tells beyond the question it answers."""

from __future__ import annotations

from typing import Any

from dialogs.parse import facts_of
from dialogs.provinces import find_provinces, match_province
from dialogs.readers import said_urgency
from dialogs.slots import BY_KEY, Slot
from dialogs.understand import calm, here_and_home, read_message

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


def places_told(slot: Slot, text: str, answers: dict[str, Any]) -> dict[str, Any]:
    """The places in a typed answer to a question that asked them along with something
    else ("มีค่ะ ชลบุรี ร้อยเอ็ด" to the ID card and both places), read as an answer to
    the places question itself: here, then home ("เรียนอยู่ cm เชียงใหม่ โคราช": the
    province besides here is home)."""
    asked = [k for k in slot.also if k in PROVINCE_KEYS and k not in answers]
    if not asked:
        return {}
    place = BY_KEY[asked[0]]
    told = learned_beyond(place, text, answers)
    parsed = place.parse(text, None)
    if place.key == "current_province":
        parsed = here_and_home(text, parsed, told)
    known = answers.get("current_province")
    if parsed is not None and place.key not in told and parsed != known:
        told[place.key] = parsed
    here = told.get("current_province") or known
    found = [p.code for p in find_provinces(text)]
    after = found[found.index(here["code"]) + 1:] if here and here["code"] in found else []
    if "home_province" in asked and "home_province" not in told and len(after) == 1 and (
            len(found) == 2):  # "เชียงใหม่ โคราช": the one after here
        home = next(p for p in find_provinces(text) if p.code == after[0])
        told["home_province"] = {"code": home.code, "name": home.name_th}
    return {k: told[k] for k in PROVINCE_KEYS if k in told}


def without_places(text: str) -> str:
    """`text` without the words that only name a province ("ค่ะ ตาก ยโสธร" -> "ค่ะ"):
    the answer to the ID card asked with the places."""
    kept = [w for w in text.split() if match_province(w) is None]
    return " ".join(kept) if kept else text


def with_travellers(text: str, value: str | None, count: Any,
                    answers: dict[str, Any]) -> dict[str, Any]:
    """What an answer to the travellers question tells besides the count. It invites
    naming anyone who needs care: one travelling alone who names nobody needs none; a
    group naming nobody is asked (a group mostly has a child or an elder, and "4 คน"
    says nothing of them). Asked with urgency: "2 คน ไม่ด่วน", "1 ไม่", a button."""
    out: dict[str, Any] = {}
    if "special_needs" not in answers:
        named = sorted(facts_of(text).special_needs)
        if named or int(count or 1) <= 1:
            out["special_needs"] = named
    if "urgent" not in answers:
        urgent = said_urgency(text, value)
        if urgent is None and value is None:
            urgent = calm(answers | out)
        if urgent is not None:
            out["urgent"] = urgent
    return out
