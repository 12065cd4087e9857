"""The LINE staff group (LINE_STAFF_GROUP_ID): alerts arrive there as ordinary pushes
(with a Claim quick reply); a Claim tapped there claims the case for the console
account the member linked (bot.staff_room), and the group is told the result with the
postback's reply token. A member's text is a link code, or, quoting a case's alert,
a message to the person.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import Any

from linebot.v3.messaging import (  # type: ignore[import-untyped]
    ApiException,
    ReplyMessageRequest,
    TextMessage,
)

from bot.alerts import claim_ref
from bot.channels.base import DeliveryError, StaffDesk
from bot.channels.line_errors import mapped_errors
from bot.channels.line_plain import LineEvent, Origin
from dialogs.types import Reply
from knowledge.errors import NamjaiError

log = logging.getLogger(__name__)


def with_links(replies: Sequence[Reply], links: Sequence[tuple[str, str]]) -> list[Reply]:
    """LINE has no link buttons in a plain alert: the links go at the end of its text."""
    out = list(replies)
    usable = [f"{label}: {url}" for label, url in links if url.startswith("https://")]
    if out and usable:
        last = out[-1]
        out[-1] = Reply("\n".join([last.text, *usable]), last.choices, last.card)
    return out


class LineStaffGroup:
    def __init__(self, group_id: str, staff: StaffDesk, api: Callable[[], Any],
                 timeout: Any = None) -> None:
        self.group_id = group_id
        self.staff = staff
        self._api = api
        self._timeout = timeout
        self._tasks: set[asyncio.Task[None]] = set()

    def claim_in(self, event: LineEvent, where: Origin) -> str | None:
        """The case reference of a Claim tapped in the staff group, else None."""
        if where.kind != "group" or where.chat_id != self.group_id:
            return None
        data = event.postback_data
        return claim_ref(data) if isinstance(data, str) else None

    def tapped(self, ref: str, where: Origin, reply_token: str | None) -> None:
        """Claim in the background: the webhook does not wait for LINE's API."""
        task = asyncio.create_task(self._claim(ref, where, reply_token))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def text_in(self, event: LineEvent, where: Origin) -> bool:
        """A member's text message in the staff group."""
        return (where.kind == "group" and where.chat_id == self.group_id
                and event.type == "message" and event.message is not None
                and event.message.type == "text")

    async def said(self, event: LineEvent, where: Origin) -> None:
        """A member's text: a link code, or (quoting a case's alert) a message to the
        person. Raises NamjaiError when it could not be handled (the webhook answers
        503 and LINE sends it again); the answer to the member goes in the background."""
        message = event.message
        quoted = message.quoted_message_id if message is not None else None
        ref = await self.staff.case_of_message("line", self.group_id, quoted) if quoted else None
        text = (message.text if message is not None else None) or ""
        answer = await self.staff.from_chat("line", where.user_id or "", text, ref)
        token = event.reply_token
        if answer and token:
            task = asyncio.create_task(self._answer(answer, token))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _claim(self, ref: str, where: Origin, reply_token: str | None) -> None:
        try:
            text = await self.staff.claim("line", where.user_id or "", ref)
        except NamjaiError:
            log.exception("a claim from the LINE staff group failed")
            text = "รับเรื่องไม่สำเร็จ ลองอีกครั้งค่ะ"
        if reply_token:
            await self._answer(text, reply_token)

    async def _answer(self, text: str, reply_token: str) -> None:
        try:
            with mapped_errors():
                await self._api().reply_message(
                    ReplyMessageRequest(replyToken=reply_token, messages=[TextMessage(text=text)]),
                    _request_timeout=self._timeout)
        except (DeliveryError, ApiException) as exc:
            log.warning("answering in the LINE staff group failed: %s", exc)

    async def stop(self, grace: float) -> None:
        if self._tasks:
            _, pending = await asyncio.wait(self._tasks, timeout=grace)
            for task in pending:
                task.cancel()
