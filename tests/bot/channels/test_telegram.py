"""The Telegram channel: the real app (create_app) and python-telegram-bot against a fake
Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from telegram import error as tg

from bot.app import RUNTIME
from bot.channels.base import BadRequest, Blocked, RateLimited, Unavailable
from bot.channels.http import MAX_BODY
from bot.channels.telegram import SECRET_HEADER, WEBHOOK_PATH, TelegramChannel
from bot.channels.telegram_render import MAX_TEXT, render, split_text, utf16_len
from bot.channels.telegram_sdk import TelegramConfigError, delivery_error
from bot.settings import Settings
from bot.store import OutboxItem, Store
from bot.telegram_cli import set_webhook
from bot.wire import reply_to_json
from dialogs import replies, texts
from dialogs.slots import BY_KEY
from dialogs.types import Choice, ConversationKey, Inbound, Reply
from knowledge import KnowledgeBase, Matcher, load_knowledge
from knowledge.answers import answer_text
from tests.bot.channels.telegram_fake import (
    PHOTO_SIZES,
    FakeTelegram,
    callback_update,
    location_update,
    message_update,
    photo_update,
    sticker_update,
    text_update,
)
from tests.bot.serving import serving

TOKEN = "123456789:AAHnamjai-Test_token0123456789abcdefgh"
SECRET = "namjai-webhook_secret-0123456789"
CHAT = 5550001
CONSENT_BUTTONS = [[("ยินยอม", "consent:yes"), ("ไม่ยินยอม", "consent:no")]]
CONSENT_KEYBOARD = {"inline_keyboard": [[{"text": "ยินยอม", "callback_data": "consent:yes"},
                                         {"text": "ไม่ยินยอม", "callback_data": "consent:no"}]]}
# consent after a bare greeting (or a follow): the first screening question
CONSENTED = f"{texts.OPEN_SCREENING}\n{BY_KEY['hardship'].question}"
FIRST_CHOICES = [c.value for c in (*BY_KEY["hardship"].choices, replies.ASK_ELSE)]
AGAIN = f"{texts.RESUME}\n{BY_KEY['hardship'].question}"  # asked again after an aside


# -- fixtures ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def knowledge() -> tuple[KnowledgeBase, Matcher]:
    kb = load_knowledge()
    return kb, Matcher(kb)


@pytest.fixture(name="fake")
async def fake_telegram_api() -> AsyncIterator[FakeTelegram]:
    """The fake Bot API, started and closed around a test (import it to use `fake`)."""
    server = FakeTelegram(TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.close()


def settings(tmp_path: Path, fake: FakeTelegram, token: str = TOKEN) -> Settings:
    return Settings(db=tmp_path / "tg.db", telegram_bot_token=token,
                    telegram_webhook_secret=SECRET, telegram_api_base_url=fake.url)


@dataclass
class Live:
    """The running app, an HTTP client to it and the fake Bot API behind it."""

    url: str
    http: aiohttp.ClientSession
    app: web.Application
    fake: FakeTelegram

    @property
    def store(self) -> Store:
        return self.app[RUNTIME].store

    async def post(self, body: Any, secret: str | None = SECRET,
                   raw: bytes | None = None) -> int:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers[SECRET_HEADER] = secret
        data = raw if raw is not None else json.dumps(body, ensure_ascii=False).encode()
        async with self.http.post(self.url + WEBHOOK_PATH, data=data, headers=headers) as resp:
            await resp.read()
            return resp.status

    async def counts(self) -> dict[str, int]:
        return await self.store.table_counts()


@pytest.fixture
async def live(tmp_path: Path, fake: FakeTelegram,
               knowledge: tuple[KnowledgeBase, Matcher]) -> AsyncIterator[Live]:
    async with serving(settings(tmp_path, fake), knowledge) as (app, url), \
            aiohttp.ClientSession() as http:
        yield Live(url, http, app, fake)


async def start_chat(live: Live, chat: int = CHAT, update_id: int = 1000) -> None:
    assert await live.post(text_update(update_id, chat, "/start")) == 200
    await live.fake.wait_sent(2, chat)


async def consent(live: Live, chat: int = CHAT, update_id: int = 1000) -> None:
    await start_chat(live, chat, update_id)
    assert await live.post(callback_update(update_id + 1, chat, "consent:yes",
                                           CONSENT_BUTTONS)) == 200
    await live.fake.wait_sent(3, chat)


# -- webhook -> dialog -> sendMessage ------------------------------------------------------


async def test_start_sends_welcome_and_privacy_with_consent_buttons(live: Live) -> None:
    assert await live.post(text_update(1, CHAT, "/start")) == 200
    welcome, privacy = await live.fake.wait_sent(2, CHAT)
    assert welcome.params["text"] == texts.WELCOME and "reply_markup" not in welcome.params
    assert privacy.params["text"] == texts.PRIVACY
    assert privacy.params["reply_markup"] == CONSENT_KEYBOARD
    assert "parse_mode" not in privacy.params
    assert (await live.store.load(ConversationKey("telegram", str(CHAT)))) is not None


async def test_start_with_a_deep_link_payload_is_a_start(live: Live) -> None:
    assert await live.post(text_update(1, CHAT, "/start@namjai_test_bot 1300")) == 200
    await live.fake.wait_sent(2, CHAT)
    state = await live.store.load(ConversationKey("telegram", str(CHAT)))
    assert state is not None and "pending" not in state.data  # not kept as a story


async def test_text_gets_the_knowledge_base_answer(
        live: Live, knowledge: tuple[KnowledgeBase, Matcher]) -> None:
    await consent(live)
    question = "เบี้ยคนพิการได้เดือนละเท่าไหร่คะ"
    assert await live.post(text_update(1002, CHAT, question)) == 200
    await live.fake.wait_sent(4, CHAT)
    entry = knowledge[0].by_id["disability_allowance"]
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
    assert live.fake.texts(CHAT) == [texts.WELCOME, texts.PRIVACY, texts.STICKER]
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
    assert [c.params["text"] for c in attempts] == [texts.WELCOME, texts.WELCOME, texts.PRIVACY]


async def test_a_retry_never_resends_a_delivered_part(live: Live) -> None:
    live.fake.fail_next("sendMessage", status=502, after=1)  # the second part fails
    assert await live.post(text_update(1, CHAT, "/start")) == 200
    await live.fake.wait_sent(2, CHAT)
    attempts = [(c.params["text"], c.status) for c in live.fake.of("sendMessage")]
    assert attempts == [(texts.WELCOME, 200), (texts.PRIVACY, 502), (texts.PRIVACY, 200)]


async def test_429_retry_after_is_honoured(live: Live) -> None:
    live.fake.fail_next("sendMessage", status=429, retry_after=1)
    assert await live.post(text_update(1, CHAT, "/start")) == 200
    await live.fake.wait_sent(2, CHAT, timeout=15)
    limited, first, second = live.fake.of("sendMessage")
    assert (limited.status, first.status, second.status) == (429, 200, 200)
    assert first.at - limited.at >= 0.95  # waited retry_after (1 s), not the 0.05 s backoff
    assert live.fake.texts(CHAT) == [texts.WELCOME, texts.PRIVACY]


async def test_blocked_by_the_person_is_given_up(live: Live) -> None:
    live.fake.fail_next("sendMessage", status=403)
    assert await live.post(text_update(1, CHAT, "/start")) == 200
    await start_chat(live, chat=CHAT + 1, update_id=2)  # a barrier on another chat
    await asyncio.sleep(0.3)  # more than the retry backoff: a retry would have happened
    assert [c.status for c in live.fake.of("sendMessage") if c.params["chat_id"] == str(CHAT)
            ] == [403]


# -- deliver() on its own --------------------------------------------------------------


class NoIntake:
    async def accept(self, event_id: str, key: ConversationKey, inbound: Inbound,
                     reply_token: str | None = None) -> bool:
        raise AssertionError("no webhook calls expected")


@pytest.fixture
async def channel(tmp_path: Path, fake: FakeTelegram) -> AsyncIterator[TelegramChannel]:
    tg_channel = TelegramChannel(settings(tmp_path, fake), NoIntake())
    await tg_channel.start()
    try:
        yield tg_channel
    finally:
        await tg_channel.stop()


def item(*reply: Reply, parts_sent: int = 0, chat: int = CHAT) -> OutboxItem:
    payload = {"replies": [reply_to_json(r) for r in reply], "reply_token": None}
    return OutboxItem(1, ConversationKey("telegram", str(chat)), "retry-1", payload, 0,
                      parts_sent)


class Progress:
    def __init__(self) -> None:
        self.calls: list[int] = []

    async def __call__(self, parts: int) -> None:
        self.calls.append(parts)


async def test_start_checks_the_token_with_get_me(channel: TelegramChannel,
                                                  fake: FakeTelegram) -> None:
    assert [c.method for c in fake.calls] == ["getMe"]
    assert channel.bot.username == "namjai_test_bot"


async def test_a_rejected_token_stops_the_start(tmp_path: Path, fake: FakeTelegram) -> None:
    bad = TelegramChannel(settings(tmp_path, fake, token="999:wrong"), NoIntake())
    try:
        with pytest.raises(TelegramConfigError) as info:
            await bad.start()
        assert "999:wrong" not in str(info.value)
    finally:
        await bad.stop()


async def test_an_unreachable_api_does_not_stop_the_start(tmp_path: Path) -> None:
    gone = Settings(db=tmp_path / "x.db", telegram_bot_token=TOKEN,
                    telegram_webhook_secret=SECRET, telegram_api_base_url="http://127.0.0.1:9")
    tg_channel = TelegramChannel(gone, NoIntake())
    try:
        await tg_channel.start()
        with pytest.raises(Unavailable) as info:
            await tg_channel.deliver(item(Reply("สวัสดีค่ะ")), Progress())
        assert TOKEN not in str(info.value)
    finally:
        await tg_channel.stop()


async def test_long_text_is_split_and_buttons_go_on_the_last_part(
        channel: TelegramChannel, fake: FakeTelegram) -> None:
    text = ("บรรทัดยาวมาก " * 400 + "\n") * 2  # about 10,400 characters
    progress = Progress()
    await channel.deliver(item(Reply(text, replies.YES_NO_CHOICES), Reply("จบค่ะ")), progress)
    sent = fake.sent(CHAT)
    assert len(sent) == 4 and progress.calls == [1, 2, 3]  # the sender records the 4th
    assert all(utf16_len(c.params["text"]) <= MAX_TEXT for c in sent)
    assert "".join(c.params["text"] for c in sent[:3]).replace(" ", "").replace("\n", "") == \
        text.replace(" ", "").replace("\n", "")
    assert ["reply_markup" in c.params for c in sent] == [False, False, True, False]
    assert sent[2].params["reply_markup"] == {"inline_keyboard": [
        [{"text": "ใช่", "callback_data": "yes"}, {"text": "ไม่ใช่", "callback_data": "no"}]]}


async def test_parts_already_sent_are_skipped(channel: TelegramChannel,
                                              fake: FakeTelegram) -> None:
    progress = Progress()
    await channel.deliver(item(Reply("หนึ่ง"), Reply("สอง"), Reply("สาม"), parts_sent=2),
                          progress)
    assert fake.texts(CHAT) == ["สาม"] and progress.calls == []  # the last part


async def test_screening_result_card_is_formatted(channel: TelegramChannel,
                                                  fake: FakeTelegram) -> None:
    card = {"type": "screening_result", "eligible": True, "reasons": ["✓ ไม่มีค่าพาหนะ"],
            "urgent": False}
    text = "ผลตรวจสิทธิ์: เข้าเกณฑ์ขอเงินช่วยเหลือกลับภูมิลำเนาค่ะ\n✓ ไม่มีค่าพาหนะ <ด่วน> & อื่นๆ"
    await channel.deliver(item(Reply(text, card=card)), Progress())
    [sent] = fake.sent(CHAT)
    assert sent.params["parse_mode"] == "HTML"
    assert sent.params["text"] == ("✅ <b>ผลตรวจสิทธิ์: เข้าเกณฑ์ขอเงินช่วยเหลือกลับภูมิลำเนาค่ะ</b>\n"
                                   "✓ ไม่มีค่าพาหนะ &lt;ด่วน&gt; &amp; อื่นๆ")


@pytest.mark.parametrize(("status", "error"), [(403, Blocked), (400, BadRequest),
                                               (500, Unavailable), (502, Unavailable),
                                               (429, RateLimited)])
async def test_api_errors_are_mapped(channel: TelegramChannel, fake: FakeTelegram,
                                     status: int, error: type[Exception]) -> None:
    fake.fail_next("sendMessage", status=status, after=1)
    progress = Progress()
    with pytest.raises(error) as info:
        await channel.deliver(item(Reply("หนึ่ง"), Reply("สอง")), progress)
    assert progress.calls == [1]  # the first part is remembered before the failure
    assert TOKEN not in str(info.value)
    if isinstance(info.value, RateLimited):
        assert info.value.retry_after == 1.0


def test_one_mapping_of_sdk_errors() -> None:
    cases: list[tuple[tg.TelegramError, type[Exception]]] = [
        (tg.RetryAfter(dt.timedelta(seconds=3)), RateLimited),
        (tg.Forbidden("Forbidden: bot was blocked by the user"), Blocked),
        (tg.BadRequest("Bad Request: chat not found"), BadRequest),
        (tg.ChatMigrated(-100123), BadRequest),
        (tg.TimedOut(), Unavailable),
        (tg.NetworkError("httpx.ConnectError: All connection attempts failed"), Unavailable),
        (tg.InvalidToken(f"The token `{TOKEN}` was rejected by the server."), Unavailable),
        (tg.TelegramError("Invalid server response"), Unavailable),
    ]
    for exc, expected in cases:
        mapped = delivery_error(exc, TOKEN)
        assert type(mapped) is expected, exc
        assert TOKEN not in str(mapped)
    limited = delivery_error(tg.RetryAfter(7))
    assert isinstance(limited, RateLimited) and limited.retry_after == 7.0


# -- rendering -----------------------------------------------------------------------


def test_split_text_prefers_line_breaks_and_counts_utf16() -> None:
    assert split_text("") == [] and split_text("  \n ") == []
    assert split_text("สั้น") == ["สั้น"]
    assert split_text("aaaaaa\nbbbb cc", limit=10) == ["aaaaaa", "bbbb cc"]
    assert split_text("aaaaaa bb\ncc", limit=10) == ["aaaaaa bb", "cc"]
    assert split_text("x" * 25, limit=10) == ["x" * 10, "x" * 10, "x" * 5]
    emoji = "😊" * 6  # two UTF-16 units each
    assert split_text(emoji, limit=5) == ["😊😊", "😊😊", "😊😊"]


def test_buttons_two_per_row_only_when_short_and_too_long_values_dropped() -> None:
    [short] = render(Reply("เลือก", (Choice("ใช่", "yes"), Choice("ไม่ใช่", "no"),
                                      Choice("ไม่แน่ใจ", "unsure"))))
    assert short.keyboard is not None
    assert [[b.text for b in row] for row in short.keyboard.inline_keyboard] == [
        ["ใช่", "ไม่ใช่"], ["ไม่แน่ใจ"]]
    [long] = render(Reply("เลือก", (Choice("ไม่มีค่ารถกลับบ้าน", "no_fare"),
                                     Choice("ก", "x" * 65), Choice("ข", "ค" * 22))))
    assert long.keyboard is not None
    assert [[b.callback_data for b in row] for row in long.keyboard.inline_keyboard] == [
        ["no_fare"]]  # 65 ASCII bytes and 66 UTF-8 bytes are over the 64-byte limit


# -- set_webhook -------------------------------------------------------------------------


def run_set_webhook(settings_: Settings, url: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = set_webhook(settings_, url, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


async def test_set_webhook_sends_the_secret_and_allowed_updates(tmp_path: Path,
                                                                fake: FakeTelegram) -> None:
    code, out, err = await asyncio.to_thread(run_set_webhook, settings(tmp_path, fake),
                                             "https://namjai.example.org")
    assert (code, err) == (0, "")
    assert out.startswith("ok: ") and len(out.splitlines()) == 1
    [call] = fake.of("setWebhook")
    assert call.ok and call.params["secret_token"] == SECRET
    assert call.params["url"] == "https://namjai.example.org/webhooks/telegram"
    assert call.params["allowed_updates"] == ["message", "callback_query"]


@pytest.mark.parametrize("case", ["500", "bad-token", "http", "bad-secret", "no-token"])
async def test_set_webhook_failures_exit_1(tmp_path: Path, fake: FakeTelegram,
                                           case: str) -> None:
    config = settings(tmp_path, fake, token="999:wrong" if case == "bad-token" else TOKEN)
    url = "http://namjai.example.org/hook" if case == "http" else "https://x.example/hook"
    if case == "500":
        fake.fail_next("setWebhook", status=500)
    if case == "bad-secret":
        config = Settings(**{**config.__dict__, "telegram_webhook_secret": "มีช่องว่าง บ้าง"})
    if case == "no-token":
        config = Settings(**{**config.__dict__, "telegram_bot_token": None})
    code, out, err = await asyncio.to_thread(run_set_webhook, config, url)
    assert code == 1 and out == ""
    assert err.startswith("error: ") and len(err.splitlines()) == 1
    assert "999:wrong" not in err and TOKEN not in err
    assert not fake.of("setWebhook", ok=True)
