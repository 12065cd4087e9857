"""The national ID number on the officer's side: optional, typed by an officer from the
card seen at the interview (the chat never asks for it), validated here, masked in
alerts, logs and audit notes, and gone with the person's other data on erasure.

Thai ID numbers have 13 digits and a mod-11 check digit. Numbers starting with 0 are
given to people without Thai nationality (stateless people, children of migrants); some
of them do not follow the check digit, and checkers such as python-stdnum refuse them
all. Such a number is accepted with a note for the officer, never refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.cases.errors import NationalIdError
from bot.cases.workflow import can
from dialogs.parse_numbers import THAI_DIGITS
from dialogs.parse_phone_id import id_checksum_ok, mask_national_id

__all__ = ["NOTE_ZERO", "NOTE_ZERO_CHECK", "NationalIdError", "StoredId", "check_national_id",
           "id_note", "masked", "shown_to"]

SEPARATORS = " -.\u00a0"
NOTE_ZERO = "เลขขึ้นต้นด้วย 0: บุคคลที่ไม่มีสัญชาติไทย/ไม่มีสถานะทางทะเบียน"
NOTE_ZERO_CHECK = (NOTE_ZERO + " เลขตรวจสอบหลักสุดท้ายไม่ตรง (บัตรบางแบบเป็นเช่นนี้) "
                   "โปรดเทียบกับบัตรอีกครั้ง")


@dataclass(frozen=True)
class StoredId:
    """What is kept: the 13 digits ("" to remove the number) and a note for officers."""

    digits: str
    note: str = ""

    @property
    def masked(self) -> str:
        return mask_national_id(self.digits) if self.digits else ""


def check_national_id(raw: object) -> StoredId:
    """An officer's entry, validated: spaces, dashes and Thai digits are fine; empty
    removes the number. Raises NationalIdError saying what is wrong."""
    if raw is None:
        return StoredId("")
    if not isinstance(raw, str):
        raise NationalIdError("เลขบัตรประชาชนต้องเป็นข้อความ (national_id must be a string)")
    text = raw.translate(THAI_DIGITS).strip()
    if not text:
        return StoredId("")
    digits = "".join(ch for ch in text if ch not in SEPARATORS)
    if not digits.isascii() or not digits.isdigit():
        raise NationalIdError("เลขบัตรประชาชนมีได้แต่ตัวเลข 13 หลัก (เว้นวรรคหรือขีดได้)")
    if len(digits) != 13:
        raise NationalIdError(f"เลขบัตรประชาชนต้องมี 13 หลัก (พิมพ์มา {len(digits)} หลัก)")
    ok = id_checksum_ok(digits)
    if digits[0] == "0":
        return StoredId(digits, NOTE_ZERO if ok else NOTE_ZERO_CHECK)
    if not ok:
        raise NationalIdError("เลขตรวจสอบหลักสุดท้ายไม่ตรง อาจพิมพ์ผิด "
                              "โปรดเทียบกับบัตรอีกครั้ง")
    return StoredId(digits)


def id_note(stored: StoredId) -> str:
    """The audit note of a change: never the number itself, only its masked form."""
    return f"national_id: {stored.masked}" if stored.digits else "national_id: removed"


def masked(case: Mapping[str, Any]) -> dict[str, Any]:
    """A case mapping (Case.as_dict()) with its national ID masked, for listings and
    exports."""
    out = dict(case)
    if out.get("national_id"):
        out["national_id"] = mask_national_id(str(out["national_id"]))
    return out


def shown_to(role: str, case: Mapping[str, Any]) -> dict[str, Any]:
    """A case mapping as a staff role may see it: the full number only for the roles
    that may set it (officers, admins, who type it from the card); masked for the rest."""
    return dict(case) if can(role, "national_id") else masked(case)
