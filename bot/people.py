"""Staff as people: the name a person sees, and how staff messages read (pure).

A person never sees a staff username: staff appear as "เจ้าหน้าที่ คุณสมศรี" (their
display name), or just "เจ้าหน้าที่" when the account has none. The staff chats see
the display name too, and the username only when no display name is set.
"""

from __future__ import annotations

import unicodedata

MAX_DISPLAY_NAME = 40  # characters
STAFF = "เจ้าหน้าที่"
JOINED = "{} เข้ามาคุยกับคุณแล้วค่ะ พิมพ์ได้เลยค่ะ"


def check_display_name(raw: object) -> str:
    """A display name as stored: spaces squeezed, 1-40 characters, no control
    characters; ValueError (Thai, for the form) otherwise."""
    if not isinstance(raw, str):
        raise ValueError("ชื่อที่แสดงต้องเป็นข้อความ")
    name = " ".join(raw.split())
    if not name or len(name) > MAX_DISPLAY_NAME:
        raise ValueError(f"ชื่อที่แสดงต้องมี 1-{MAX_DISPLAY_NAME} ตัวอักษร เช่น คุณสมศรี")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in name if c not in "\u200b"):
        raise ValueError("ชื่อที่แสดงมีอักขระที่ใช้ไม่ได้")
    return name


def as_seen(display_name: str) -> str:
    """How a person sees a staff member: "เจ้าหน้าที่ คุณสมศรี" or "เจ้าหน้าที่"."""
    return f"{STAFF} {display_name}" if display_name else STAFF


def joined(display_name: str) -> str:
    if not display_name:
        return "เจ้าหน้าที่เข้ามาคุยกับคุณแล้วค่ะ พิมพ์ได้เลยค่ะ"
    return JOINED.format(as_seen(display_name))


def staff_line(display_name: str, text: str) -> str:
    """A staff message on a channel that cannot style it: "เจ้าหน้าที่ คุณสมศรี: ..."."""
    return f"{as_seen(display_name)}: {text}"


def in_staff_chat(display_name: str, username: str) -> str:
    """How staff chats name a colleague."""
    return display_name or username
