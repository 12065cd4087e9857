"""The Telegram channel: the real app (create_app) and python-telegram-bot against a fake
Bot API on 127.0.0.1: webhook -> dialog -> sendMessage, and delivery failures."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.channels.http import MAX_BODY
from bot.channels.telegram import SECRET_HEADER, WEBHOOK_PATH
from dialogs import texts
from dialogs.types import ConversationKey
from knowledge import KnowledgeBase, Matcher
from knowledge.answers import answer_text
from tests.bot.channels.first_turn import AGAIN, CONSENTED, FIRST_CHOICES
from tests.bot.channels.telegram_live import (
    CHAT,
    CONSENT_BUTTONS,
    CONSENT_KEYBOARD,
    SECRET,
    Live,
    consent,
    fake_telegram_api,  # noqa: F401 (the `fake` fixture)
    start_chat,
    telegram_app,  # noqa: F401 (the `live` fixture)
)
from tests.bot.channels.telegram_updates import (
    PHOTO_SIZES,
    callback_update,
    location_update,
    message_update,
    photo_update,
    sticker_update,
    text_update,
)
from tests.bot.notices import FIRST_NOTICE

# -- webhook -> dialog -> sendMessage ------------------------------------------------------


async def test_start_sends_welcome_and_privacy_with_consent_buttons(live: Live) -> None:
    assert await live.post(text_update(1, CHAT, "/start")) == 200
    welcome, privacy = await live.fake.wait_sent(2, CHAT)
    assert welcome.params["text"] == texts.WELCOME and "reply_markup" not in welcome.params
    assert privacy.params["text"] == FIRST_NOTICE
    assert privacy.params["reply_markup"] == CONSENT_KEYBOARD
    assert "parse_mode" not in privacy.params
    assert (await live.store.load(ConversationKey("telegram", str(CHAT)))) is not None


async def test_start_with_a_deep_link_payload_is_a_start(live: Live) -> None:
    assert await live.post(text_update(1, CHAT, "/start@namjai_test_bot 1300")) == 200
    await live.fake.wait_sent(2, CHAT)
    state = await live.store.load(ConversationKey("telegram", str(CHAT)))
    assert state is not None and "pending" not in state.data  # not kept as a story


async def test_text_gets_the_knowledge_base_answer(
        live: Live, kb_matcher: tuple[KnowledgeBase, Matcher]) -> None:
    await consent(live)
    question = "เบี้ยคนพิการได้เดือนละเท่าไหร่คะ"
    assert await live.post(text_update(1002, CHAT, question)) == 200
    await live.fake.wait_sent(4, CHAT)
    entry = kb_matcher[0].by_id["disability_allowance"]
    assert live.fake.texts(CHAT)[3] == answer_text(entry, question)  # the amount part


async def test_tapping_consent_is_a_choice_and_the_query_is_answered(live: Live) -> None:
    await start_chat(live)
    update = callback_update(1001, CHAT, "consent:yes", CONSENT_BUTTONS)
    assert await live.post(update) == 200
    sent = await live.fake.wait_sent(3, CHAT)
    assert sent[2].params["text"] == CONSENTED
    rows = sent[2].params["reply_markup"]["inline_keyboard"]
    assert [b["callback_data"] for row in rows for b in row] == FIRST_CHOICES
    assert [len(row) for row in rows] == [1] * len(FIRST_CHOICES)  # long labels: one a row
    await live.fake.wait_for(lambda: bool(live.fake.of("answerCallbackQuery")), what="answer")
    [answer] = live.fake.of("answerCallbackQuery")
    assert answer.ok and answer.params["callback_query_id"] == update["callback_query"]["id"]
    key = ConversationKey("telegram", str(CHAT))
    state = await live.store.load(key)
    assert state is not None and state.data.get("consent") is True
    inbound = [m.text for m in await live.store.messages(key) if m.direction == "in"]
    assert inbound == ["ยินยอม"]  # the tapped button's label


async def test_sticker_and_photo_get_polite_replies(live: Live) -> None:
    await consent(live)
    assert await live.post(sticker_update(1002, CHAT)) == 200
    await live.fake.wait_sent(5, CHAT)  # each aside, then the question waiting
    assert await live.post(photo_update(1003, CHAT, caption="รูปบัตรค่ะ")) == 200
    await live.fake.wait_sent(7, CHAT)
    assert live.fake.texts(CHAT)[3:] == [texts.STICKER, AGAIN, texts.MEDIA, AGAIN]
    messages = await live.store.messages(ConversationKey("telegram", str(CHAT)))
    media = [m for m in messages if m.direction == "in" and m.text == "[media]"]
    assert [m.meta for m in media] == [{"media_id": PHOTO_SIZES[-1]["file_id"]}]


async def test_location_is_a_location(live: Live) -> None:
    await consent(live)
    assert await live.post(location_update(1002, CHAT, 13.7563, 100.5018)) == 200
    await live.fake.wait_sent(4, CHAT)
    assert live.fake.texts(CHAT)[3] == texts.LOCATION_NOTED


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", SECRET + "x", "ไม่ใช่"])
async def test_wrong_or_missing_secret_is_refused_and_nothing_stored(
        live: Live, secret: str | None) -> None:
    assert await live.post(text_update(1, CHAT, "/start"), secret=secret) == 403
    counts = await live.counts()
    assert (counts["inbox"], counts["messages"], counts["conversations"]) == (0, 0, 0)
    await start_chat(live, chat=CHAT + 1)  # a later good call still works
    assert live.fake.sent(CHAT) == []


@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe", b"[1, 2]", b'"text"',
                                 b'{"message": {}}', b'{"update_id": "7"}',
                                 b'{"update_id": true}',
                                 b'{"update_id": 7, "message": {"text": "x"}}'])
async def test_malformed_body_is_400(live: Live, raw: bytes) -> None:
    assert await live.post(None, raw=raw) == 400
    assert (await live.counts())["inbox"] == 0


async def test_oversized_body_is_413(live: Live) -> None:
    big = json.dumps({"update_id": 5, "message": {"text": "ก" * MAX_BODY}}).encode()
    assert await live.post(None, raw=big) == 413

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted while read
        for start in range(0, len(big), 256 * 1024):
            yield big[start:start + 256 * 1024]

    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    async with live.http.post(live.url + WEBHOOK_PATH, data=chunks(), headers=headers) as resp:
        assert resp.status == 413
    assert (await live.counts())["inbox"] == 0


async def test_same_update_twice_is_handled_once(live: Live) -> None:
    update = text_update(77, CHAT, "/start")
    assert await live.post(update) == 200
    assert await live.post(update) == 200
    await live.fake.wait_sent(2, CHAT)
    assert await live.post(sticker_update(78, CHAT)) == 200  # a barrier: later, in order
    await live.fake.wait_sent(3, CHAT)
    assert live.fake.texts(CHAT) == [texts.WELCOME, FIRST_NOTICE, texts.STICKER]
    assert (await live.counts())["inbox"] == 2


@pytest.mark.parametrize("update", [
    {"update_id": 9, "edited_message": text_update(9, CHAT, "แก้ข้อความ")["message"]},
    text_update(9, -100123, "สวัสดีทุกคน", chat_type="supergroup"),
    message_update(9, CHAT, contact={"phone_number": "0812345678", "first_name": "ก"}),
    {"update_id": 9, "my_chat_member": {
        "chat": {"id": CHAT, "type": "private", "first_name": "ก"},
        "from": {"id": CHAT, "is_bot": False, "first_name": "ก"}, "date": 1700000000,
        "old_chat_member": {"status": "member", "user": {"id": 7, "is_bot": True,
                                                          "first_name": "Namjai"}},
        "new_chat_member": {"status": "kicked", "until_date": 0,
                            "user": {"id": 7, "is_bot": True, "first_name": "Namjai"}}}},
])
async def test_other_updates_are_acknowledged_and_ignored(live: Live,
                                                          update: dict[str, Any]) -> None:
    assert await live.post(update) == 200
    assert (await live.counts())["inbox"] == 0


# -- delivery failures through the pipeline ----------------------------------------------


async def test_500_then_200_delivers_exactly_once(live: Live) -> None:
    live.fake.fail_next("sendMessage", status=500)
    assert await live.post(text_update(1, CHAT, "/start")) == 200
    await live.fake.wait_sent(2, CHAT)
    attempts = live.fake.of("sendMessage")
    assert [c.status for c in attempts] == [500, 200, 200]
    assert [c.params["text"] for c in attempts] == [texts.WELCOME, texts.WELCOME, FIRST_NOTICE]


async def test_a_retry_never_resends_a_delivered_part(live: Live) -> None:
    live.fake.fail_next("sendMessage", status=502, after=1)  # the second part fails
    assert await live.post(text_update(1, CHAT, "/start")) == 200
    await live.fake.wait_sent(2, CHAT)
    attempts = [(c.params["text"], c.status) for c in live.fake.of("sendMessage")]
    assert attempts == [(texts.WELCOME, 200), (FIRST_NOTICE, 502), (FIRST_NOTICE, 200)]


async def test_429_retry_after_is_honoured(live: Live) -> None:
    live.fake.fail_next("sendMessage", status=429, retry_after=1)
    assert await live.post(text_update(1, CHAT, "/start")) == 200
    await live.fake.wait_sent(2, CHAT, timeout=15)
    limited, first, second = live.fake.of("sendMessage")
    assert (limited.status, first.status, second.status) == (429, 200, 200)
    assert first.at - limited.at >= 0.95  # waited retry_after (1 s), not the 0.05 s backoff
    assert live.fake.texts(CHAT) == [texts.WELCOME, FIRST_NOTICE]


async def test_blocked_by_the_person_is_given_up(live: Live) -> None:
    live.fake.fail_next("sendMessage", status=403)
    assert await live.post(text_update(1, CHAT, "/start")) == 200
    await start_chat(live, chat=CHAT + 1, update_id=2)  # a barrier on another chat
    await asyncio.sleep(0.3)  # more than the retry backoff: a retry would have happened
    assert [c.status for c in live.fake.of("sendMessage") if c.params["chat_id"] == str(CHAT)
            ] == [403]
