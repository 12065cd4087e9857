"""Telegram updates -> what they mean to the bot (pure: no I/O).

A private chat's message or tapped button becomes an `Event` for the dialog; a
button tapped in a group (the staff chat) carries the staff member's name; every
other update is ignored by the caller, with `describe_update` for its log line.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from telegram import Bot, CallbackQuery, Message, Update
from telegram.constants import ChatType

from bot.channels.boundary import BadJson, event_time, loads, printable
from dialogs.types import ConversationKey, Inbound

DATE_FIELDS = ("date", "edit_date", "forward_date")
# the objects of an update that must carry a chat: a message in any of its roles
MESSAGE_FIELDS = ("message", "edited_message", "channel_post", "edited_channel_post",
                  "business_message", "edited_business_message")


class BadUpdate(ValueError):
    """A webhook body that is not a Telegram update (answered with 400)."""


@dataclass(frozen=True)
class Event:
    """What one update means to the bot; `callback_id` is set for a tapped button."""

    key: ConversationKey
    inbound: Inbound
    callback_id: str | None = None
    staff_user: str | None = None  # the Telegram user id of a button tapped in a group


@dataclass(frozen=True)
class StaffText:
    """A member's text message in a group: who, what, and where it points to (the
    forum topic it was written in, the message it replies to)."""

    chat_id: str
    user_id: str
    text: str
    thread: str | None
    reply_to: str | None


# -- updates -> events -----------------------------------------------------------------


def parse_update(body: bytes, bot: Bot, now: dt.datetime | None = None) -> Update:
    """The update of a webhook body; BadUpdate when it is not one. Strings come out
    clean (bot.channels.boundary); a date that is missing, null or out of range is
    taken as now, with a log line."""
    try:
        data = loads(body)
    except BadJson as exc:
        raise BadUpdate(str(exc)) from exc
    if not isinstance(data, dict):
        raise BadUpdate("the body is not a JSON object")
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool) \
            or not 0 <= update_id < 2**63:
        raise BadUpdate("update_id is missing or not an integer")
    what = f"Telegram update {update_id}"
    _check_messages(data, now or dt.datetime.now(dt.UTC), what)
    _check_fields(data, what)
    try:
        return Update.de_json(data, bot)
    except (AttributeError, KeyError, TypeError, ValueError, OverflowError) as exc:
        raise BadUpdate(f"not a Telegram update: {exc!r}"[:300]) from exc


def _check_messages(value: Any, now: dt.datetime, what: str) -> None:
    """Every message object in the update (also nested: a replied-to or a tapped
    button's message) has a chat object and a usable date; dates are fixed in place."""
    if isinstance(value, list):
        for item in value:
            _check_messages(item, now, what)
        return
    if not isinstance(value, dict):
        return
    for name, item in value.items():
        if name in DATE_FIELDS:
            if name == "date" and item == 0 and not isinstance(item, bool):
                continue  # Telegram's mark of a message the bot cannot see any more
            at, usable = event_time(item, 1.0, f"{what}: {name}", now)
            if not usable:
                value[name] = int(at.timestamp())
        elif name in (*MESSAGE_FIELDS, "reply_to_message", "pinned_message"):
            chat = item.get("chat") if isinstance(item, dict) else None
            if isinstance(item, dict) and not (isinstance(chat, dict) and _is_int(chat.get("id"))):
                raise BadUpdate(f"{what}: a {name} without a chat")
            if isinstance(item, dict) and "date" not in item:
                item["date"] = int(now.timestamp())
            _check_messages(item, now, what)
        else:
            _check_messages(item, now, what)


def _is_start(text: str) -> bool:
    """/start, /start PAYLOAD (a deep link) or /start@botname."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].split("@", 1)[0] == "/start"


def _media_id(message: Message) -> str | None:
    if message.photo:
        return message.photo[-1].file_id  # the largest size
    for attachment in (message.document, message.voice, message.video, message.audio,
                       message.video_note):
        if attachment is not None:
            return attachment.file_id
    return None


_ATTACHMENTS = ("document", "voice", "video", "audio", "video_note", "sticker")


def _check_fields(data: dict[str, Any], what: str) -> None:
    """The fields the bot reads have their documented types (PTB does not check)."""
    query = data.get("callback_query")
    messages = [data.get(name) for name in MESSAGE_FIELDS]
    if isinstance(query, dict):
        sender = query.get("from")
        _expect(isinstance(query.get("id"), str) and isinstance(sender, dict)
                and _is_int(sender.get("id")) and _str(sender, "first_name", optional=False)
                and _str(sender, "username") and _str(sender, "last_name")
                and _str(query, "data"), what, "callback_query")
        messages.append(query.get("message"))
    for message in messages:
        if isinstance(message, dict):
            _check_message(message, what)


def _check_message(message: dict[str, Any], what: str) -> None:
    chat = message["chat"]
    _expect(isinstance(chat.get("type"), str) and _str(message, "text")
            and _str(message, "caption"), what, "message text, caption or chat type")
    location = message.get("location")
    if location is not None:
        _expect(isinstance(location, dict) and all(
            isinstance(location.get(k), int | float) and not isinstance(location.get(k), bool)
            and math.isfinite(location[k]) for k in ("latitude", "longitude")),
            what, "message location")
    photo = message.get("photo")
    if photo is not None:
        _expect(isinstance(photo, list) and bool(photo) and all(
            isinstance(p, dict) and isinstance(p.get("file_id"), str) for p in photo),
            what, "message photo")
    for name in _ATTACHMENTS:
        item = message.get(name)
        if item is not None:
            _expect(isinstance(item, dict) and isinstance(item.get("file_id"), str),
                    what, f"message {name}")
    markup = message.get("reply_markup")
    if markup is not None:
        rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
        _expect(isinstance(rows, list) and all(
            isinstance(row, list) and all(isinstance(b, dict) and _str(b, "text", False)
                                          and _str(b, "callback_data") for b in row)
            for row in rows), what, "message reply_markup")


def _str(obj: dict[str, Any], name: str, optional: bool = True) -> bool:
    value = obj.get(name)
    return isinstance(value, str) or (optional and value is None)


def _expect(ok: bool, what: str, field: str) -> None:
    if not ok:
        raise BadUpdate(f"{what}: {field} has the wrong type")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63


def message_inbound(message: Message) -> Inbound | None:
    at = message.date
    if message.text is not None:
        if _is_start(message.text):
            return Inbound("start", at=at)
        return Inbound("text", text=message.text, at=at)
    if message.location is not None:
        return Inbound("location", latitude=message.location.latitude,
                       longitude=message.location.longitude, at=at)
    if message.sticker is not None:
        return Inbound("sticker", at=at)
    media_id = _media_id(message)
    if media_id is not None:
        return Inbound("media", text=message.caption or "", media_id=media_id, at=at)
    return None


def _key(chat_id: int) -> ConversationKey:
    return ConversationKey("telegram", str(chat_id))


def _button_label(message: Message, data: str) -> str:
    markup = message.reply_markup
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == data:
                return button.text
    return ""


def _callback_event(query: CallbackQuery) -> Event | None:
    message = query.message
    if not isinstance(query.data, str) or message is None:
        return None
    if message.chat.type != ChatType.PRIVATE:
        return Event(_key(message.chat.id), Inbound("choice", value=query.data), query.id,
                     staff_user=str(query.from_user.id))
    label = _button_label(message, query.data) if isinstance(message, Message) else ""
    return Event(_key(message.chat.id), Inbound("choice", text=label, value=query.data),
                 query.id)


def update_event(update: Update) -> Event | None:
    """The event of a private chat's new message or tapped button; None for anything
    else (edits, groups and channels, other update types, unsupported content)."""
    if update.callback_query is not None:
        return _callback_event(update.callback_query)
    message = update.message
    if message is None or message.chat.type != ChatType.PRIVATE:
        return None
    inbound = message_inbound(message)
    return Event(_key(message.chat.id), inbound) if inbound is not None else None


def group_text(update: Update) -> StaffText | None:
    """A person's (not a bot's) new text message in a group or supergroup, else None."""
    message = update.message
    if (message is None or message.text is None or message.from_user is None
            or message.from_user.is_bot
            or message.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP)):
        return None
    thread = str(message.message_thread_id) if message.is_topic_message else None
    replied = message.reply_to_message
    reply_to = None
    if replied is not None and replied.message_id != message.message_thread_id:
        reply_to = str(replied.message_id)  # not the topic's own first message
    return StaffText(str(message.chat.id), str(message.from_user.id), message.text, thread,
                     reply_to)


def describe_update(update: Update) -> str:
    """What an ignored update held, for the log (never its content)."""
    kinds = ", ".join(sorted(k for k in update.to_dict() if k != "update_id")) or "empty"
    chat = update.effective_chat
    text = f"{kinds} in a {chat.type} chat" if chat is not None else kinds
    return printable(text, 200)
