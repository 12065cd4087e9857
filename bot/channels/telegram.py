"""The Telegram channel: a webhook inside our aiohttp server and python-telegram-bot's Bot.

`POST /webhooks/telegram` checks Telegram's secret-token header, turns the
update into an `Inbound` and hands it to the intake (the pipeline), which
stores it (deduplicated on the update id) before we answer 200; the turn runs
in the background. `deliver` sends an outbox item's replies as messages
(rendered by bot.channels.telegram_render) and maps the SDK's errors to ours in
one place, `delivery_error` (bot.channels.telegram_sdk). SDK types do not leave
the telegram* modules.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import secrets
from collections.abc import Sequence

from aiohttp import web
from telegram import Update
from telegram import error as tg
from telegram.constants import ParseMode
from telegram.ext import Application

from bot.alerts import claim_ref
from bot.channels.base import (
    BadRequest,
    DeliveryError,
    Intake,
    Progress,
    StaffDesk,
    outbox_replies,
)
from bot.channels.boundary import printable
from bot.channels.http import BodyTimeout, BodyTooLarge, error, read_body
from bot.channels.telegram_render import Part, render_all
from bot.channels.telegram_sdk import TelegramConfigError, build_bot, mapped_errors, redact
from bot.channels.telegram_updates import (
    BadUpdate,
    Event,
    StaffText,
    describe_update,
    group_text,
    parse_update,
    update_event,
)
from bot.settings import Settings
from bot.store import OutboxItem
from knowledge.errors import NamjaiError

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ("message", "callback_query")
ANSWER_GRACE = 5.0  # seconds stop() waits for pending callback-query answers


# -- the channel -----------------------------------------------------------------------


class TelegramChannel:
    name = "telegram"

    def __init__(self, settings: Settings, intake: Intake,
                 staff: StaffDesk | None = None) -> None:
        if not settings.telegram_webhook_secret:
            raise TelegramConfigError("TELEGRAM_WEBHOOK_SECRET is not set")
        self.bot = build_bot(settings)
        # PTB's Application in webhook mode inside our server, with no updater: it owns
        # the bot's lifecycle; updates are not dispatched through its handlers but
        # through our durable inbox (a handler's error would not reach the webhook's
        # answer, and Telegram must get a 503 when an update could not be stored).
        self.application = Application.builder().bot(self.bot).updater(None).build()
        self.intake = intake
        self.max_age = dt.timedelta(minutes=settings.max_event_age_minutes)
        self.staff = staff
        self.staff_chat = settings.telegram_staff_chat_id
        self._forums: dict[int, bool] = {}
        self._token = self.bot.token
        self._secret = settings.telegram_webhook_secret.encode()
        self._answers: set[asyncio.Task[None]] = set()

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        return [web.post(WEBHOOK_PATH, self._webhook)]

    async def start(self) -> None:
        """Open the HTTP client and check the token (getMe). A rejected token stops the
        start; an unreachable API only logs a warning (delivery retries later)."""
        # httpx logs every request URL at INFO, and the URL holds the token
        logging.getLogger("httpx").setLevel(logging.WARNING)
        try:
            await self.application.initialize()
        except tg.InvalidToken:
            raise TelegramConfigError(
                "Telegram rejected the bot token (check TELEGRAM_BOT_TOKEN)") from None
        except tg.TelegramError as exc:
            log.warning("Telegram API unreachable at start; will retry when sending: %s",
                        redact(exc.message, self._token))
        else:
            log.info("Telegram bot @%s ready", self.bot.username)

    async def stop(self) -> None:
        if self._answers:
            _, pending = await asyncio.wait(self._answers, timeout=ANSWER_GRACE)
            for task in pending:
                task.cancel()
        await self.application.shutdown()

    # -- delivery ----------------------------------------------------------------
    async def deliver(self, item: OutboxItem, progress: Progress) -> None:
        chat_id = self._chat_id(item)
        links = [(str(a), str(b)) for a, b in item.payload.get("links") or ()]
        parts = render_all(outbox_replies(item), links)
        thread = await self._thread(chat_id, item) if item.origin == "alert" else None
        ref = str(item.payload.get("case_ref") or "") if item.origin == "alert" else ""
        for index in range(item.parts_sent, len(parts)):
            try:
                sent = await self._send(chat_id, parts[index], thread)
            except BadRequest as exc:
                if thread is None or "thread" not in str(exc).lower():
                    raise
                # the case's topic was deleted: this alert goes to the group itself, and
                # the next one opens a new topic
                log.warning("staff chat topic %s is gone: %s", thread, exc)
                if self.staff is not None:
                    await self.staff.set_thread(str(item.payload.get("case_ref")), self.name, "")
                thread = None
                sent = await self._send(chat_id, parts[index], thread)
            if ref and self.staff is not None:  # a reply to this alert talks about the case
                await self.staff.note_message(self.name, str(chat_id), str(sent), ref)
            if index + 1 < len(parts):  # the last: the sender records the item
                await progress(index + 1)

    async def _thread(self, chat_id: int, item: OutboxItem) -> int | None:
        """The forum topic of the alert's case in a staff group with topics, made on the
        case's first alert; None in a group without topics."""
        ref = item.payload.get("case_ref")
        if not ref or self.staff is None:
            return None
        known = await self.staff.thread(str(ref), self.name)
        if known:
            return int(known)
        if chat_id not in self._forums:
            with mapped_errors(self._token):
                self._forums[chat_id] = bool((await self.bot.get_chat(chat_id)).is_forum)
        if not self._forums[chat_id]:
            return None
        with mapped_errors(self._token):
            topic = await self.bot.create_forum_topic(chat_id, f"เรื่อง {ref}")
        await self.staff.set_thread(str(ref), self.name, str(topic.message_thread_id))
        return topic.message_thread_id

    def _chat_id(self, item: OutboxItem) -> int:
        if item.key.channel != self.name:
            raise BadRequest(f"not a Telegram conversation: {item.key.channel}")
        try:
            return int(item.key.user_id)
        except ValueError as exc:
            raise BadRequest(f"not a Telegram chat id: {item.key.user_id!r}") from exc

    async def _send(self, chat_id: int, part: Part, thread: int | None = None) -> int:
        """Send one message; its message id."""
        with mapped_errors(self._token):
            sent = await self.bot.send_message(chat_id, part.text, reply_markup=part.keyboard,
                                               parse_mode=ParseMode.HTML if part.html else None,
                                               message_thread_id=thread)
        return sent.message_id

    # -- webhook -----------------------------------------------------------------
    def _authorized(self, request: web.Request) -> bool:
        given = request.headers.get(SECRET_HEADER)
        return given is not None and secrets.compare_digest(given.encode(), self._secret)

    async def _webhook(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            log.warning("Telegram webhook call without the right secret token refused")
            return error(403, "forbidden", f"the {SECRET_HEADER} header is wrong or missing")
        try:
            update = parse_update(await read_body(request), self.bot)
        except BodyTooLarge as exc:
            return error(413, "too_large", str(exc))
        except BodyTimeout as exc:
            return error(408, "timeout", str(exc))
        except BadUpdate as exc:
            log.warning("malformed Telegram webhook call: %s", printable(str(exc), 300))
            return error(400, "bad_request", str(exc))
        said = group_text(update)
        if said is not None and said.chat_id == self.staff_chat and self.staff is not None:
            return await self._staff_text(said)
        event = update_event(update)
        if event is not None and event.staff_user is not None:
            return self._staff_tap(event)
        if event is None:
            log.info("Telegram update %d ignored (%s)", update.update_id,
                     describe_update(update))
            return web.Response(text="ignored")
        if self._too_old(update):
            return web.Response(text="ignored")
        try:
            accepted = await self.intake.accept(f"tg:{update.update_id}", event.key,
                                                event.inbound)
        except NamjaiError:
            log.exception("Telegram update %d could not be stored", update.update_id)
            return error(503, "unavailable", "try again")
        if accepted and event.callback_id is not None:
            self._answer_later(event.callback_id)
        return web.Response(text="ok")

    def _too_old(self, update: Update) -> bool:
        """A new message sent longer ago than the replay limit (a tapped button is never
        too old: it may sit under an old message)."""
        message = update.message
        if message is None or not isinstance(message.date, dt.datetime):
            return False
        age = dt.datetime.now(dt.UTC) - message.date
        if age <= self.max_age:
            return False
        log.warning("Telegram update %d refused: older than %s, a replay (sent at %s)",
                    update.update_id, self.max_age, message.date.isoformat())
        return True

    def _staff_tap(self, event: Event) -> web.Response:
        """A button tapped in a group: a Claim in the staff chat, or nothing."""
        ref = claim_ref(event.inbound.value or "")
        if (ref is None or self.staff is None or event.key.user_id != self.staff_chat
                or event.callback_id is None):
            log.info("Telegram group button ignored (not a claim in the staff chat)")
            return web.Response(text="ignored")
        self._answer_later(event.callback_id, claim=(self.staff, ref, event.staff_user or ""))
        return web.Response(text="ok")

    async def _staff_text(self, said: StaffText) -> web.Response:
        """A member's message in the staff chat: a link code, or (in a case's topic, or
        replying to a case's alert) a message to the person. Handled before the 200,
        so a message is never lost; the answer to the member goes in the background."""
        assert self.staff is not None
        try:
            ref = await self.staff.case_of_thread(self.name, said.thread) if said.thread else None
            if ref is None and said.reply_to is not None:
                ref = await self.staff.case_of_message(self.name, said.chat_id, said.reply_to)
            answer = await self.staff.from_chat(self.name, said.user_id, said.text, ref)
        except NamjaiError:
            log.exception("a message in the Telegram staff chat could not be handled")
            return web.Response(status=503, text="try again")
        if answer:
            task = asyncio.create_task(self._tell_staff(int(said.chat_id), answer,
                                                        said.thread))
            self._answers.add(task)
            task.add_done_callback(self._answers.discard)
        return web.Response(text="ok")

    async def _tell_staff(self, chat_id: int, text: str, thread: str | None) -> None:
        try:
            await self._send(chat_id, Part(text), int(thread) if thread else None)
        except DeliveryError as exc:
            log.warning("answering in the Telegram staff chat failed: %s", exc)

    def _answer_later(self, callback_id: str,
                      claim: tuple[StaffDesk, str, str] | None = None) -> None:
        """Stop the button's spinner (after claiming, for a staff Claim), in the
        background: the webhook does not wait."""
        task = asyncio.create_task(self._answer(callback_id, claim))
        self._answers.add(task)
        task.add_done_callback(self._answers.discard)

    async def _answer(self, callback_id: str,
                      claim: tuple[StaffDesk, str, str] | None = None) -> None:
        text = None
        if claim is not None:
            staff, ref, who = claim
            try:
                text = await staff.claim(self.name, who, ref)
            except NamjaiError:
                log.exception("a claim from the Telegram staff chat failed")
                text = "รับเรื่องไม่สำเร็จ ลองอีกครั้งค่ะ"
        try:
            with mapped_errors(self._token):
                await self.bot.answer_callback_query(callback_id, text=text,
                                                     show_alert=text is not None)
        except DeliveryError as exc:
            log.warning("answering a Telegram callback query failed: %s", exc)
