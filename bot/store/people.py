"""The store's role for staff as people: display names, staff-chat accounts linked to
console accounts (by one-time codes), and which staff-chat message is about which case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from bot.store.base import Case, StaffAccount


@dataclass(frozen=True)
class StaffLink:
    """A staff member's account on a staff chat (a Telegram or LINE user id)."""

    channel: str
    user_id: str
    username: str
    linked_at: dt.datetime


class PeopleStore(Protocol):
    async def display_name(self, username: str) -> str:
        """The name the person sees ("คุณสมศรี"); "" when none is set or no such account."""

    async def set_display_name(self, username: str, name: str) -> bool:
        """False when there is no such account."""

    async def add_link_code(self, username: str, code_hash: str,
                            expires_at: dt.datetime) -> bool:
        """A new one-time code for the account (its earlier codes end); False when
        there is no such account."""

    async def redeem_link_code(self, code_hash: str, channel: str, user_id: str,
                               now: dt.datetime) -> str | None:
        """Use a live code: the chat user is linked to the code's account (replacing an
        earlier link of that chat user) and the code ends, atomically. The account's
        username, or None for an unknown, used or expired code."""

    async def linked_staff(self, channel: str, user_id: str) -> StaffAccount | None: ...

    async def staff_links(self, username: str) -> list[StaffLink]: ...

    async def unlink(self, username: str, channel: str, user_id: str) -> bool: ...

    async def note_staff_message(self, channel: str, chat_id: str, message_id: str,
                                 case_ref: str, at: dt.datetime) -> None:
        """Remember that a message the bot sent to a staff chat is about a case."""

    async def case_ref_of_message(self, channel: str, chat_id: str,
                                  message_id: str) -> str | None: ...

    async def case_ref_of_thread(self, channel: str, thread: str) -> str | None:
        """The case whose staff-chat thread (a forum topic) this is."""


class FollowUpStore(Protocol):
    async def follow_up_cases(self, assisted_before: dt.datetime) -> list[Case]:
        """Cases helped before `assisted_before` (assisted, reported or followed up)
        whose person can still be reached and whose follow-up is not finished (no
        answer and not marked silent yet), oldest help first."""

    async def attention_cases(self) -> list[Case]:
        """Finished-looking cases (followed up) that still need an officer after the
        follow-up: the person had a problem or did not answer, and nobody checked."""
