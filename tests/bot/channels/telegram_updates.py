"""Telegram webhook updates as Telegram sends them (messages, stickers, photos,
locations, button taps), and the users they come from."""

from __future__ import annotations

import time
from typing import Any

BOT_USER = {"id": 7000000001, "is_bot": True, "first_name": "Namjai",
            "username": "namjai_test_bot", "can_join_groups": False,
            "can_read_all_group_messages": False, "supports_inline_queries": False}
PERSON = {"id": 5550001, "is_bot": False, "first_name": "สมชาย", "language_code": "th"}


def chat(chat_id: int, kind: str | None = None) -> dict[str, Any]:
    """A private chat for a positive id, a supergroup for a negative one (as Telegram)."""
    kind = kind or ("private" if chat_id > 0 else "supergroup")
    if kind == "private":
        return {"id": chat_id, "first_name": PERSON["first_name"], "type": "private"}
    return {"id": chat_id, "title": "กลุ่มทดสอบ", "type": kind}


def message_update(update_id: int, chat_id: int, chat_type: str = "private",
                   **content: Any) -> dict[str, Any]:
    message = {"message_id": update_id % 100_000, "date": int(time.time()),
               "from": {**PERSON, "id": chat_id if chat_type == "private" else PERSON["id"]},
               "chat": chat(chat_id, chat_type), **content}
    return {"update_id": update_id, "message": message}


def text_update(update_id: int, chat_id: int, text: str, **kwargs: Any) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if text.startswith("/"):
        command = text.split()[0]
        extra["entities"] = [{"offset": 0, "length": len(command), "type": "bot_command"}]
    return message_update(update_id, chat_id, text=text, **extra, **kwargs)


def sticker_update(update_id: int, chat_id: int) -> dict[str, Any]:
    sticker = {"file_id": "CAACAgIAAxkBAAIBY2ZzStickerFileId", "file_unique_id": "AgADsticker",
               "type": "regular", "width": 512, "height": 512, "is_animated": False,
               "is_video": False, "emoji": "🙏", "set_name": "ThaiGreetings"}
    return message_update(update_id, chat_id, sticker=sticker)


PHOTO_SIZES = [
    {"file_id": "AgACAgUAAxkBAAIBZWZzSmall", "file_unique_id": "AQADsmall", "width": 90,
     "height": 67, "file_size": 1234},
    {"file_id": "AgACAgUAAxkBAAIBZWZzMedium", "file_unique_id": "AQADmedium", "width": 320,
     "height": 240, "file_size": 15678},
    {"file_id": "AgACAgUAAxkBAAIBZWZzLarge", "file_unique_id": "AQADlarge", "width": 1280,
     "height": 960, "file_size": 123456},
]


def photo_update(update_id: int, chat_id: int, caption: str | None = None) -> dict[str, Any]:
    extra = {"caption": caption} if caption else {}
    return message_update(update_id, chat_id, photo=PHOTO_SIZES, **extra)


def location_update(update_id: int, chat_id: int, latitude: float,
                    longitude: float) -> dict[str, Any]:
    return message_update(update_id, chat_id,
                          location={"latitude": latitude, "longitude": longitude})


def callback_update(update_id: int, chat_id: int, data: str,
                    buttons: list[list[tuple[str, str]]],
                    user: dict[str, Any] | None = None) -> dict[str, Any]:
    """A tap on a button of a message the bot sent earlier (which carries the keyboard)."""
    keyboard = [[{"text": label, "callback_data": value} for label, value in row]
                for row in buttons]
    message = {"message_id": 42, "date": int(time.time()) - 5, "from": BOT_USER,
               "chat": chat(chat_id), "text": "ยินยอมให้เก็บข้อมูลไหมคะ",
               "reply_markup": {"inline_keyboard": keyboard}}
    sender = user or {**PERSON, "id": chat_id}
    query = {"id": f"4382bfdwdsb323b2d9{update_id}", "from": sender,
             "message": message, "chat_instance": "-8119284112355318032", "data": data}
    return {"update_id": update_id, "callback_query": query}
