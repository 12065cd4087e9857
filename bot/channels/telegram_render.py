"""Rendering of the bot's replies as Telegram messages (pure: no I/O).

One reply becomes one or more messages ("parts"): text longer than Telegram's
limit is split, the reply's choices become an inline keyboard on its last part,
and a screening-result card is shown as formatted (HTML) text. Rendering is
deterministic, so a retried outbox item yields the same parts and the parts
already delivered can be skipped by index.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from dialogs.types import Choice, Reply

log = logging.getLogger(__name__)

MAX_TEXT = int(MessageLimit.MAX_TEXT_LENGTH)  # 4096, counted in UTF-16 code units
MAX_CALLBACK_DATA = int(InlineKeyboardButtonLimit.MAX_CALLBACK_DATA)  # 64 bytes
SHORT_LABEL = 12  # characters; when every label is this short, buttons go two to a row
CARD_ICONS = {True: "✅", False: "📋"}  # screening result: eligible / not (yet) eligible


@dataclass(frozen=True)
class Part:
    """One Telegram message: its text (HTML when `html`) and an optional keyboard."""

    text: str
    html: bool = False
    keyboard: InlineKeyboardMarkup | None = None


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _fitting_prefix(text: str, limit: int) -> int:
    """The number of characters of `text` whose UTF-16 length is at most `limit`."""
    size = 0
    for index, char in enumerate(text):
        size += 2 if ord(char) > 0xFFFF else 1
        if size > limit:
            return index
    return len(text)


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Chunks of at most `limit` UTF-16 units, broken at the last newline in the second
    half of the chunk, else at the last space there, else anywhere; blank chunks are
    dropped."""
    chunks: list[str] = []
    rest = text.strip()
    while utf16_len(rest) > limit:
        cut = _fitting_prefix(rest, limit)
        for gap in (rest.rfind("\n", 0, cut + 1), rest.rfind(" ", 0, cut + 1)):
            if gap > cut // 2:
                cut = gap
                break
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    chunks.append(rest)
    return [c for c in chunks if c]


def callback_fits(value: str) -> bool:
    return 1 <= len(value.encode()) <= MAX_CALLBACK_DATA


def keyboard(choices: Sequence[Choice]) -> InlineKeyboardMarkup | None:
    """One button per row, or two per row when every label is short. A value too long
    for callback data is left out (the person can still type the label)."""
    usable = [c for c in choices if callback_fits(c.value)]
    for dropped in (c for c in choices if not callback_fits(c.value)):
        log.error("choice %r left out: its value is over %d bytes", dropped.label,
                  MAX_CALLBACK_DATA)
    if not usable:
        return None
    per_row = 2 if all(len(c.label) <= SHORT_LABEL for c in usable) else 1
    rows = [usable[i:i + per_row] for i in range(0, len(usable), per_row)]
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(c.label, callback_data=c.value) for c in row] for row in rows])


def is_screening_card(card: Mapping[str, Any] | None) -> bool:
    return card is not None and card.get("type") == "screening_result"


def _card_html(chunk: str, first: bool, card: Mapping[str, Any]) -> str:
    """A chunk of a screening result: the first line (the verdict) in bold with an icon."""
    if not first:
        return html.escape(chunk, quote=False)
    heading, _, body = chunk.partition("\n")
    icon = CARD_ICONS[card.get("eligible") is True]
    text = f"{icon} <b>{html.escape(heading, quote=False)}</b>"
    return f"{text}\n{html.escape(body, quote=False)}" if body else text


def render(reply: Reply) -> list[Part]:
    """The messages of one reply; the keyboard goes on the last one."""
    card = reply.card if is_screening_card(reply.card) else None
    # the icon and a space are added to the first chunk of a card: keep room for them
    chunks = split_text(reply.text, MAX_TEXT - 3 if card else MAX_TEXT)
    if not chunks:
        if reply.choices:
            log.error("a reply with choices but no text cannot be sent on Telegram")
        return []
    parts = [Part(_card_html(c, i == 0, card), html=True) if card else Part(c)
             for i, c in enumerate(chunks)]
    last = parts[-1]
    parts[-1] = Part(last.text, last.html, keyboard(reply.choices))
    return parts


def with_links(part: Part, links: Sequence[tuple[str, str]]) -> Part:
    """`part` with a row of URL buttons (e.g. "open in the console") under its keyboard."""
    usable = [(label, url) for label, url in links if url.startswith("https://")]
    if not usable:
        return part
    rows = [list(row) for row in part.keyboard.inline_keyboard] if part.keyboard else []
    rows.append([InlineKeyboardButton(label, url=url) for label, url in usable])
    return Part(part.text, part.html, InlineKeyboardMarkup(rows))


def render_all(replies: Sequence[Reply],
               links: Sequence[tuple[str, str]] = ()) -> list[Part]:
    """The messages of all replies; URL buttons of `links` go on the very last one."""
    parts = [part for reply in replies for part in render(reply)]
    if parts and links:
        parts[-1] = with_links(parts[-1], links)
    return parts
