"""Telegram updates -> what they mean to the bot (pure: no I/O).

A private chat's message or tapped button becomes an `Event` for the dialog; a
button tapped in a group (the staff chat) carries the staff member's name; every
other update is ignored by the caller, with `describe_update` for its log line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from telegram import Bot, CallbackQuery, Message, Update
from telegram.constants import ChatType

from dialogs.types import ConversationKey, Inbound


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


def parse_update(body: bytes, bot: Bot) -> Update:
    try:
        data = json.loads(body)
    except ValueError as exc:  # also UnicodeDecodeError
        raise BadUpdate(f"the body is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise BadUpdate("the body is not a JSON object")
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        raise BadUpdate("update_id is missing or not an integer")
    try:
        return Update.de_json(data, bot)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise BadUpdate(f"not a Telegram update: {exc!r}") from exc


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
    return f"{kinds} in a {chat.type} chat" if chat is not None else kinds
