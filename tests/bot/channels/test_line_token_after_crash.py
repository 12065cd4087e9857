"""After a crash, a reply that may have gone out is not pushed again where LINE lets us
tell: an item handed to a second sender (`claims > 1`) or retried tries its reply
token again, and within the token's lifetime LINE's refusal means it was used."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.channels.line import LineChannel
from bot.channels.line_deliver import REPLY_TOKEN_TRUSTED
from bot.store import OutboxItem
from bot.wire import reply_to_json
from dialogs.types import ConversationKey, Reply
from tests.bot.channels.line_fake import (
    USER,
    FakeLine,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
    line_channel,  # noqa: F401 (the `channel` fixture)
    )

ANSWER = Reply("รับเรื่องแล้วค่ะ")


def item(token: str, issued: dt.datetime, claims: int, attempts: int = 0) -> OutboxItem:
    payload = {"replies": [reply_to_json(ANSWER)], "reply_token": token,
               "reply_token_at": issued.isoformat()}
    return OutboxItem(7, ConversationKey("line", USER), "rk-7", payload, attempts, 0, "bot",
                      claims)


async def _noop(_parts: int) -> None:
    return None


async def test_a_reply_sent_before_a_crash_is_not_pushed_again(
        channel: LineChannel, fake: FakeLine) -> None:
    token = fake.issue_token(USER)
    now = dt.datetime.now(dt.UTC)
    await channel.deliver(item(token, now, claims=1), _noop)  # sent; then the crash
    await channel.deliver(item(token, now, claims=2), _noop)  # the next sender's try
    assert fake.texts(USER) == [ANSWER.text]
    assert [c.kind for c in fake.calls] == ["reply", "reply"] and fake.of("push") == []


async def test_an_old_token_s_refusal_proves_nothing_so_it_pushes(
        channel: LineChannel, fake: FakeLine) -> None:
    token = fake.issue_token(USER)
    fake.expire(token)
    old = dt.datetime.now(dt.UTC) - REPLY_TOKEN_TRUSTED - dt.timedelta(seconds=1)
    await channel.deliver(item(token, old, claims=2), _noop)
    assert [c.kind for c in fake.calls] == ["push"]  # not even tried: it may be expired
    assert fake.texts(USER) == [ANSWER.text]


async def test_a_first_try_refused_is_pushed(channel: LineChannel, fake: FakeLine) -> None:
    token = fake.issue_token(USER)
    fake.expire(token)  # e.g. LINE expired it early: nothing of ours used it
    await channel.deliver(item(token, dt.datetime.now(dt.UTC), claims=1), _noop)
    assert [c.kind for c in fake.calls] == ["reply", "push"]
    assert fake.texts(USER) == [ANSWER.text]


async def test_a_reply_taken_but_unanswered_is_not_repeated(
        channel: LineChannel, fake: FakeLine) -> None:
    """LINE took the reply and the answer got lost (500): the retry's token is refused
    while young, which proves the first try used it; nothing is pushed."""
    fake.fail_next("reply", status=500, accepted=True)
    token = fake.issue_token(USER)
    now = dt.datetime.now(dt.UTC)
    with pytest.raises(Exception, match="500"):
        await channel.deliver(item(token, now, claims=1), _noop)
    await channel.deliver(item(token, now, claims=1, attempts=1), _noop)
    assert [(c.kind, c.status) for c in fake.calls] == [("reply", 500), ("reply", 400)]
    assert fake.texts(USER) == [ANSWER.text]
