"""What every channel adapter provides, and the errors adapters map remote failures to.

An adapter turns its platform's webhook events into `Inbound` values (handing them
to `Intake.accept`) and delivers outbox items with its SDK. SDK types never leave
the adapter module.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol

from aiohttp import web

from bot.store import OutboxItem
from bot.wire import reply_from_json
from dialogs.types import ConversationKey, Inbound, Reply
from knowledge.errors import NamjaiError


class DeliveryError(NamjaiError):
    """A platform refused or failed to take a message."""


class RateLimited(DeliveryError):
    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Blocked(DeliveryError):
    """The person blocked the bot or left: never retried."""


class BadRequest(DeliveryError):
    """The platform rejected the message as invalid: never retried."""


class Unavailable(DeliveryError):
    """A 5xx, a timeout or a connection error: retried with backoff."""


class Intake(Protocol):
    async def accept(self, event_id: str, key: ConversationKey, inbound: Inbound,
                     reply_token: str | None = None) -> bool:
        """Store an event durably (deduplicated on `event_id`) and schedule it.
        Returns False for a duplicate."""


Progress = Callable[[int], Awaitable[None]]


class Channel(Protocol):
    name: str

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        """The webhook routes of this channel."""

    async def start(self) -> None:
        """Open SDK clients; called inside the running event loop."""

    async def stop(self) -> None: ...

    async def deliver(self, item: OutboxItem, progress: Progress) -> None:
        """Send one outbox item: `item.payload["replies"]` (each {"text", "choices":
        [[label, value], ...], "card"}) and `item.payload["reply_token"]`. Parts
        already delivered (`item.parts_sent`) are skipped; call `progress(n)` after
        each part but the last (the sender then records the whole item as sent, in one
        write). Raise a DeliveryError subclass on failure."""


class StaffDesk(Protocol):
    """What a channel needs from the officers' desk for its staff chat: claims and
    messages of staff members (named by their chat user id, which must be linked to
    a console account), and the chat thread (forum topic) and messages of each case."""

    async def claim(self, channel: str, user_id: str, ref: str) -> str:
        """Claim the case for the linked account; a short Thai result to show."""

    async def from_chat(self, channel: str, user_id: str, text: str,
                        case_ref: str | None) -> str | None:
        """A member's text (a link code, or about a case: a message to the person);
        what to tell the member, or None."""

    async def thread(self, case_ref: str, channel: str) -> str | None: ...

    async def held(self, key: ConversationKey) -> bool:
        """Staff hold the person's conversation (the bot must show nothing)."""

    async def set_thread(self, case_ref: str, channel: str, thread: str) -> None: ...

    async def note_message(self, channel: str, chat_id: str, message_id: str,
                           case_ref: str) -> None:
        """Remember that a message sent to the staff chat is about a case."""

    async def case_of_message(self, channel: str, chat_id: str,
                              message_id: str) -> str | None: ...

    async def case_of_thread(self, channel: str, thread: str) -> str | None: ...


def outbox_replies(item: OutboxItem) -> list[Reply]:
    """The replies of an outbox item; BadRequest (never retried) when malformed."""
    try:
        return [reply_from_json(r) for r in item.payload["replies"]]
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise BadRequest(f"malformed replies in outbox item {item.id}: {exc!r}") from exc
