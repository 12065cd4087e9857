"""The LINE channel: a webhook inside our aiohttp server and line-bot-sdk v3 (async).

`POST /webhooks/line` checks the X-Line-Signature before anything else, reads the
events (bot.channels.line_events) and hands each 1:1 event to the intake (the
pipeline), which stores it, deduplicated on `line:<webhookEventId>`, before we
answer 200; the turn runs in the background, in order per person. Group and room
events are acknowledged and ignored for now; unknown or invalid events are
logged at WARNING.

`deliver` sends an outbox item's replies (rendered by bot.channels.line_render,
each distinct reply once; sent by bot.channels.line_send through the SDK's API
client), at most 5 messages per request. The reply token is used for the first batch only,
and only on the item's first attempt with nothing sent yet (`attempts == 0 and
parts_sent == 0`); a token LINE refuses (used or expired: 400 "Invalid reply
token") falls back to a push at once. Every other batch and every retry is a push
with an X-Line-Retry-Key derived from the item's retry key and the batch's first
part (uuid5): LINE answers 409 for a key it already accepted, which counts as
sent, so a retried push is never shown twice. The one remaining risk is a reply
that LINE accepted but whose answer was lost (timeout, crash): a reply has no
retry key. Its retry (after a failed attempt, or by another sender after a crash:
`claims > 1`) uses the token again; while the token is young (REPLY_TOKEN_TRUSTED),
LINE's refusal means the first attempt used it, and nothing is pushed. Past that,
a push may repeat the reply. SDK and transport errors are mapped
to ours in one place, bot.channels.line_errors. SDK types stay in the line* modules.
"""

from __future__ import annotations

import collections
import datetime as dt
import logging
import time
from collections.abc import Sequence
from typing import Any

import aiohttp
from aiohttp import web
from linebot.v3.messaging import (  # type: ignore[import-untyped]
    AsyncMessagingApi,
    Configuration,
)

from bot.channels import line_deliver, line_send
from bot.channels.base import (
    BadRequest,
    DeliveryError,
    Intake,
    Progress,
    StaffDesk,
    Unavailable,
    outbox_replies,
)
from bot.channels.boundary import printable
from bot.channels.http import BodyTimeout, BodyTooLarge, error, read_body
from bot.channels.line_deliver import push_retry_key, token_trusted
from bot.channels.line_errors import mapped_errors
from bot.channels.line_events import (
    BadBody,
    describe,
    event_at,
    event_inbound,
    origin,
    parse_events,
    signature_ok,
)
from bot.channels.line_http import use_env_proxy, without_env_lookups
from bot.channels.line_loading import Loading
from bot.channels.line_plain import LineEvent
from bot.channels.line_render import MAX_MESSAGES, offered, render_json
from bot.channels.line_staff import LineStaffGroup, with_links
from bot.settings import Settings
from bot.store import OutboxItem
from dialogs.types import ConversationKey
from knowledge.errors import NamjaiError

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/line"
SIGNATURE_HEADER = "X-Line-Signature"
REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=15)  # the SDK's default is 5 minutes
LOADING_SECONDS = 20  # the loading animation ends earlier when a message arrives
STOP_GRACE = 2.0  # seconds stop() waits for pending loading-animation calls
CONNECTIONS = 64  # to the LINE API at once (the SDK's default is 5 per CPU)
REMEMBERED = 10_000  # chats whose last quick-reply labels and answer time are kept


class LineConfigError(NamjaiError):
    """The LINE settings are missing."""


# -- the channel -----------------------------------------------------------------------


class LineChannel:
    name = "line"

    def __init__(self, settings: Settings, intake: Intake,
                 staff: StaffDesk | None = None) -> None:
        if not settings.line_channel_secret or not settings.line_access_token:
            raise LineConfigError("LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are needed")
        self.intake = intake
        self.max_age = dt.timedelta(minutes=settings.max_event_age_minutes)
        self._secret = settings.line_channel_secret
        self._config = Configuration(host=settings.line_api_base_url.rstrip("/"),
                                     access_token=settings.line_access_token)
        self._config.connection_pool_maxsize = CONNECTIONS
        self._client: Any = None
        self._api: Any = None
        self._labels: collections.OrderedDict[str, dict[str, str]] = collections.OrderedDict()
        self._answered: collections.OrderedDict[str, float] = collections.OrderedDict()
        self._loading = Loading(self._show_loading, self._answered)
        self.staff = staff
        self.staff_group = (LineStaffGroup(settings.line_staff_group_id, staff, self._messaging,
                                           REQUEST_TIMEOUT)
                            if staff is not None and settings.line_staff_group_id else None)

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        return [web.post(WEBHOOK_PATH, self._webhook)]

    async def start(self) -> None:
        """Open the HTTP client: the SDK's aiohttp session needs the running loop."""
        use_env_proxy(self._config)
        self._client = line_send.ApiClient(self._config)
        await without_env_lookups(self._client, self._config)
        self._api = AsyncMessagingApi(self._client)

    async def stop(self) -> None:
        if self.staff_group is not None:
            await self.staff_group.stop(STOP_GRACE)
        await self._loading.stop(STOP_GRACE)
        if self._client is not None:
            await self._client.close()
            self._client = self._api = None

    # -- delivery ----------------------------------------------------------------
    async def deliver(self, item: OutboxItem, progress: Progress) -> None:
        to = self._recipient(item)
        links = [(str(a), str(b)) for a, b in item.payload.get("links") or ()]
        replies = with_links(outbox_replies(item), links)
        labels = offered(replies)
        if labels:
            self._remember(self._labels, to, labels)
        parts = render_json(replies)
        token = item.payload.get("reply_token")
        # a retry (or an item a sender that died had claimed) may have used the token
        # already; within its lifetime LINE's refusal then says so, and a push would
        # show the reply twice
        again = item.attempts > 0 or item.claims > 1
        trusted = token_trusted(item.payload)
        use_token = isinstance(token, str) and bool(token) and item.parts_sent == 0 and \
            (not again or trusted)
        ref = str(item.payload.get("case_ref") or "") if item.origin == "alert" else ""
        for start in range(item.parts_sent, len(parts), MAX_MESSAGES):
            batch = parts[start:start + MAX_MESSAGES]
            sent = await line_deliver.reply(self._messaging(), str(token), batch,
                                            REQUEST_TIMEOUT) if use_token else None
            if sent is None and use_token and again and trusted:
                log.info("LINE refused the reply token of outbox %s within its lifetime: "
                         "an earlier attempt used it; not pushed again", item.id)
                sent = []
            elif sent is None:
                sent = await line_deliver.push(self._messaging(), to, batch,
                                               push_retry_key(item.retry_key, start),
                                               REQUEST_TIMEOUT)
            use_token = False
            if ref and self.staff is not None:  # a reply quoting this alert is about the case
                for message_id in sent:
                    await self.staff.note_message(self.name, to, message_id, ref)
            self._remember(self._answered, to, time.monotonic())
            if start + len(batch) < len(parts):  # the last: the sender records the item
                await progress(start + len(batch))

    def _recipient(self, item: OutboxItem) -> str:
        if item.key.channel != self.name:
            raise BadRequest(f"not a LINE conversation: {item.key.channel}")
        if not item.key.user_id:
            raise BadRequest("no LINE user, group or room id")
        return item.key.user_id

    def _messaging(self) -> Any:
        if self._api is None:
            raise Unavailable("the LINE client is not started")
        return self._api

    @staticmethod
    def _remember(memory: collections.OrderedDict[str, Any], chat: str, value: Any) -> None:
        memory[chat] = value
        memory.move_to_end(chat)
        while len(memory) > REMEMBERED:
            memory.popitem(last=False)

    # -- webhook -----------------------------------------------------------------
    async def _webhook(self, request: web.Request) -> web.Response:
        """401 unsigned, 413 too large, 400 not a webhook; otherwise each event is taken
        or refused on its own: 200 once the good ones are stored, 503 if one could not
        be stored (LINE redelivers; the stored ones are recognised then)."""
        signature = request.headers.get(SIGNATURE_HEADER)
        if not signature:
            log.warning("LINE webhook call without %s refused", SIGNATURE_HEADER)
            return error(401, "unsigned", f"the {SIGNATURE_HEADER} header is missing")
        try:
            body = await read_body(request)
        except BodyTooLarge as exc:
            return error(413, "too_large", str(exc))
        except BodyTimeout as exc:
            return error(408, "timeout", str(exc))
        if not signature_ok(self._secret, body, signature):
            log.warning("LINE webhook call with a wrong signature refused")
            return error(401, "bad_signature", "wrong signature")
        try:
            events = parse_events(body)
        except BadBody as exc:
            log.warning("malformed LINE webhook call: %s", printable(str(exc), 300))
            return error(400, "bad_request", str(exc))
        unstored = 0
        for raw, event in events:
            try:
                await self._event(raw, event)
            except NamjaiError:
                log.exception("a LINE event could not be stored (%s)", describe(raw))
                unstored += 1
            except (AttributeError, KeyError, TypeError, ValueError, OverflowError) as exc:
                log.warning("a bad LINE event skipped (%s): %s", describe(raw),
                            printable(repr(exc), 200))
        if unstored:
            return error(503, "unavailable", "try again")
        return web.Response(text="ok")

    async def _event(self, raw: Any, event: LineEvent | None) -> None:
        if event is None or not isinstance(raw.get("webhookEventId"), str):
            log.warning("unknown or invalid LINE event ignored (%s)", describe(raw))
            return
        kind, event_id = printable(raw.get("type"), 40), raw["webhookEventId"]
        at, timely = event_at(raw)
        if timely and dt.datetime.now(dt.UTC) - at > self.max_age:
            log.warning("LINE event refused: older than %s, a replay (%s, at %s)",
                        self.max_age, describe(raw), at.isoformat())
            return
        where = origin(event)
        ref = self.staff_group.claim_in(event, where) if self.staff_group and where else None
        if where is not None and ref is not None and self.staff_group is not None:
            self.staff_group.tapped(ref, where, event.reply_token)
            return
        if where is not None and self.staff_group is not None and \
                self.staff_group.text_in(event, where):
            await self.staff_group.said(event, where)  # stored before the 200
            return
        if where is None or where.kind != "user":
            log.info("LINE %s event from a %s ignored", kind, where.kind if where else "source")
            return
        if event.mode == "standby":
            log.info("LINE %s event in standby mode ignored", kind)
            return
        inbound = event_inbound(event, self._labels.get(where.chat_id), at)
        if inbound is None:
            log.info("LINE %s event acknowledged (not used)", kind)
            return
        key = ConversationKey(self.name, where.chat_id)
        accepted = await self.intake.accept(f"line:{event_id}", key, inbound,
                                            reply_token=event.reply_token)
        if accepted and inbound.kind in ("text", "choice"):
            self._loading.later(where.chat_id)

    @property
    def loading_delay(self) -> float:
        return self._loading.delay

    @loading_delay.setter
    def loading_delay(self, seconds: float) -> None:
        self._loading.delay = seconds

    async def loading_settled(self) -> None:
        """Wait until every loading animation due so far was shown or skipped."""
        await self._loading.settled()

    async def _show_loading(self, chat_id: str) -> None:
        if self.staff is not None and await self.staff.held(ConversationKey(self.name, chat_id)):
            return  # staff hold the chat: the bot shows nothing, not even "typing"
        try:
            with mapped_errors():
                await line_send.show_loading(self._messaging(), chat_id, LOADING_SECONDS,
                                             REQUEST_TIMEOUT)
        except DeliveryError as exc:
            log.warning("the LINE loading animation failed: %s", exc)
