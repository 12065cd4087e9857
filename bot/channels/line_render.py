"""Rendering of the bot's replies as LINE messages (pure: no I/O).

One reply becomes one or more LINE messages ("parts"): text longer than LINE's
5,000-character limit is split; the reply's choices become quick-reply buttons
(postback actions) on its last part; a screening-result card becomes a Flex
bubble whose alternative text is the reply's text. Rendering is deterministic,
so a retried outbox item yields the same parts, and the parts already delivered
can be skipped by index. Limits are counted in UTF-16 code units, which is never
fewer than LINE's own count of characters.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from linebot.v3.messaging import (  # type: ignore[import-untyped]
    FlexContainer,
    FlexMessage,
    PostbackAction,
    QuickReply,
    QuickReplyItem,
    TextMessage,
)

from bot.channels.telegram_render import CARD_ICONS, is_screening_card, split_text, utf16_len
from dialogs.types import Choice, Reply

log = logging.getLogger(__name__)

MAX_TEXT = 5000  # characters of a text message
MAX_MESSAGES = 5  # messages in one reply or push request
MAX_QUICK_REPLIES = 13  # items of a quick reply
MAX_LABEL = 20  # characters of a quick-reply button label
MAX_DATA = 300  # characters of postback data
MAX_DISPLAY_TEXT = 300  # characters of a postback's display text
MAX_ALT_TEXT = 1500  # characters of a Flex message's alternative text
RENDERED = 1024  # distinct sets of quick-reply choices whose JSON is kept
ELLIPSIS = "…"
CARD_COLORS = {True: "#1E8E3E", False: "#B06000"}  # header: eligible / not (yet) eligible

# A LINE message of the SDK (TextMessage or FlexMessage); SDK types stay in the adapter.
Part = Any


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-16 units, ending with an ellipsis when cut."""
    if utf16_len(text) <= limit:
        return text
    cut = text
    while cut and utf16_len(cut) > limit - 1:
        cut = cut[:-1]
    return cut.rstrip() + ELLIPSIS


def _usable(choice: Choice) -> bool:
    return bool(choice.label.strip()) and 1 <= utf16_len(choice.value) <= MAX_DATA


def quick_reply(choices: Sequence[Choice]) -> Any:
    """Postback buttons: data is the choice's value, the label (shortened to LINE's
    limit) is shown on the button and the full label is what the chat shows as the
    person's message. At most 13; choices whose value does not fit are left out."""
    usable = [c for c in choices if _usable(c)]
    for dropped in (c for c in choices if not _usable(c)):
        log.error("choice %r left out: no label, or its value is over %d characters",
                  dropped.label, MAX_DATA)
    if len(usable) > MAX_QUICK_REPLIES:
        log.warning("%d choices offered, LINE shows %d: the rest are left out",
                    len(usable), MAX_QUICK_REPLIES)
        usable = usable[:MAX_QUICK_REPLIES]
    if not usable:
        return None
    return QuickReply(items=[
        QuickReplyItem(action=PostbackAction(label=shorten(c.label, MAX_LABEL), data=c.value,
                                             displayText=shorten(c.label, MAX_DISPLAY_TEXT)))
        for c in usable])


def _text(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "text", "text": text, "wrap": True, **style}


def card_bubble(text: str, card: Mapping[str, Any]) -> dict[str, Any]:
    """A Flex bubble of a screening result: the verdict (the text's first line) in a
    coloured header with an icon, the other lines (the reasons, what happens next)
    in the body."""
    eligible = card.get("eligible") is True
    heading, _, rest = text.strip().partition("\n")
    header = {"type": "box", "layout": "vertical", "paddingAll": "16px",
              "backgroundColor": CARD_COLORS[eligible],
              "contents": [_text(f"{CARD_ICONS[eligible]} {heading}", weight="bold",
                                 size="md", color="#FFFFFF")]}
    bubble: dict[str, Any] = {"type": "bubble", "header": header}
    lines = [line.strip() for line in rest.splitlines() if line.strip()]
    if lines:
        bubble["body"] = {"type": "box", "layout": "vertical", "spacing": "sm",
                          "contents": [_text(line, size="sm", color="#333333")
                                       for line in lines]}
    return bubble


def _card_message(reply: Reply) -> Part | None:
    """The Flex message of a screening-result reply, or None when the reply is not one
    (or too long for a card: then it goes as plain text)."""
    card = reply.card
    if not is_screening_card(card) or not reply.text.strip() or card is None:
        return None
    if utf16_len(reply.text) > MAX_TEXT:
        return None
    contents = FlexContainer.from_dict(card_bubble(reply.text, card))
    return FlexMessage(altText=shorten(reply.text.strip(), MAX_ALT_TEXT), contents=contents)


def render(reply: Reply) -> list[Part]:
    """The messages of one reply; the quick reply goes on the last one."""
    card = _card_message(reply)
    parts = [card] if card is not None else [
        TextMessage(text=chunk) for chunk in split_text(reply.text, MAX_TEXT)]
    if not parts:
        if reply.choices:
            log.error("a reply with choices but no text cannot be sent on LINE")
        return []
    buttons = quick_reply(reply.choices)
    if buttons is not None:
        parts[-1].quick_reply = buttons
    return parts


def render_all(replies: Sequence[Reply]) -> list[Part]:
    return [part for reply in replies for part in render(reply)]


def offered(replies: Sequence[Reply]) -> dict[str, str]:
    """Value -> label of the quick-reply buttons the person will see (the last reply
    with choices), to name a tapped postback, which carries only the value."""
    for reply in reversed(replies):
        if reply.choices:
            return {c.value: c.label for c in reply.choices if _usable(c)}
    return {}


def render_json(replies: Sequence[Reply]) -> list[dict[str, Any]]:
    """The parts of `replies` as the JSON of a request's `messages`, the same as the
    SDK models of `render` give. A text part is a plain dict (nothing to validate but
    its length, which split_text keeps); quick replies, the costly part, are built and
    validated by the SDK's models once per distinct set of choices and then taken from
    a cache (the same menus go to everyone); screening cards go through the models.
    No text of a reply is cached. Shared dicts: read them, never change them."""
    out: list[dict[str, Any]] = []
    for reply in replies:
        if is_screening_card(reply.card):
            out.extend(part.to_dict() for part in render(reply))
            continue
        parts: list[dict[str, Any]] = [{"type": "text", "text": chunk}
                                       for chunk in split_text(reply.text, MAX_TEXT)]
        if not parts:
            if reply.choices:
                log.error("a reply with choices but no text cannot be sent on LINE")
            continue
        buttons = _quick_reply_json(reply.choices)
        if buttons is not None:
            parts[-1]["quickReply"] = buttons
        out.extend(parts)
    return out


@functools.lru_cache(maxsize=RENDERED)
def _quick_reply_json(choices: tuple[Choice, ...]) -> dict[str, Any] | None:
    buttons = quick_reply(choices)
    return None if buttons is None else dict(buttons.to_dict())
