"""The Telegram channel's deliver() on its own, and the rendering of replies."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram import error as tg

from bot.channels.base import BadRequest, Blocked, RateLimited, Unavailable
from bot.channels.telegram import TelegramChannel
from bot.channels.telegram_render import MAX_TEXT, render, split_text, utf16_len
from bot.channels.telegram_sdk import TelegramConfigError, delivery_error
from bot.settings import Settings
from bot.store import OutboxItem
from bot.wire import reply_to_json
from dialogs import replies
from dialogs.types import Choice, ConversationKey, Inbound, Reply
from tests.bot.channels.telegram_fake import (
    FakeTelegram,
)
from tests.bot.channels.telegram_live import (
    CHAT,
    SECRET,
    TOKEN,
    fake_telegram_api,  # noqa: F401 (the `fake` fixture)
    settings,
    telegram_app,  # noqa: F401 (the `live` fixture)
)

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
