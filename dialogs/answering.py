"""What a free-text answer tells beyond the question it answers."""

from __future__ import annotations

from typing import Any

from dialogs.slots import Slot
from dialogs.understand import read_message


def learned_beyond(slot: Slot, text: str, answers: dict[str, Any]) -> dict[str, Any]:
    """The facts of `text` not yet in `answers` (needs told again are merged with
    those told before); a name or phone is not read from a name or ID answer."""
    said = read_message(text)
    if slot.key in ("name", "national_id"):
        said.pop("name", None)
    if slot.key == "national_id":
        said.pop("phone", None)
    if "need_hints" in said and answers.get("need_hints"):
        said["need_hints"] = sorted({*answers["need_hints"], *said["need_hints"]})
        return {k: v for k, v in said.items()
                if k not in answers or k == "need_hints"}
    return {k: v for k, v in said.items() if k not in answers}
