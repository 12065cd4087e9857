"""The LINE channel: bad webhook calls, and delivery failures through the pipeline."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator

import pytest

from bot.app import PIPELINE
from bot.channels.http import MAX_BODY
from bot.channels.line import SIGNATURE_HEADER, WEBHOOK_PATH
from dialogs import texts
from tests.bot.channels.line_bodies import event, signature, text_event, webhook_body
from tests.bot.channels.line_fake import (
    SECRET,
    USER,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
)
from tests.bot.channels.line_live import (
    Live,
    line_app,  # noqa: F401 (the `live` fixture)
    start_chat,
)
from tests.bot.notices import FIRST_NOTICE

# -- bad webhook calls ------------------------------------------------------------------


@pytest.mark.parametrize("case", ["missing", "empty", "wrong", "other secret", "other body"])
async def test_wrong_or_missing_signature_is_401_and_nothing_stored(live: Live,
                                                                     case: str) -> None:
    body = webhook_body(text_event(USER, "สวัสดีค่ะ", live.fake.issue_token(USER)))
    sig = {"missing": None, "empty": "", "wrong": "bm90IGEgc2lnbmF0dXJl",
           "other secret": signature(SECRET[::-1], body),
           "other body": signature(SECRET, body + b" ")}[case]
    assert await live.post(body, sign=False, sig=sig) == 401
    counts = await live.counts()
    assert (counts["inbox"], counts["messages"], counts["conversations"]) == (0, 0, 0)
    await start_chat(live, user=USER[:-1] + "0")  # a later good call still works
    assert live.fake.delivered(USER) == []


@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe", b"[1, 2]", b'"text"', b"{}",
                                 b'{"events": {}}', b'{"destination": "U1", "events": "x"}',
                                 b"[" * 20_000 + b"]" * 20_000,
                                 b'{"events": ' + b"[" * 20_000 + b"]" * 20_000 + b"}"])
async def test_malformed_body_is_400(live: Live, raw: bytes) -> None:
    async with live.http.post(live.url + WEBHOOK_PATH, data=raw, headers={
            "Content-Type": "application/json",
            SIGNATURE_HEADER: signature(SECRET, raw)}) as resp:  # signed, but not a webhook
        assert resp.status == 400
        body = await resp.json()
    assert set(body) == {"error", "detail"} and body["error"] == "bad_request"
    assert (await live.counts())["inbox"] == 0


async def test_oversized_body_is_413(live: Live) -> None:
    big = webhook_body(text_event(USER, "ก" * (MAX_BODY // 3 + 10)))
    assert len(big) > MAX_BODY
    assert await live.post(big) == 413

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted while read
        for start in range(0, len(big), 256 * 1024):
            yield big[start:start + 256 * 1024]

    headers = {SIGNATURE_HEADER: signature(SECRET, big), "Content-Type": "application/json"}
    async with live.http.post(live.url + WEBHOOK_PATH, data=chunks(), headers=headers) as resp:
        assert resp.status == 413
    assert (await live.counts())["inbox"] == 0


async def test_a_redelivered_event_is_handled_once(live: Live) -> None:
    live.line.loading_delay = 0.0
    first = text_event(USER, "สวัสดีค่ะ", live.fake.issue_token(USER))
    again = {**first, "deliveryContext": {"isRedelivery": True}}
    again.pop("replyToken")
    await live.send(first)
    await live.send(again)
    await live.fake.wait_delivered(2, USER)
    await live.send(event("message", USER, live.fake.issue_token(USER), message={
        "id": "580000000000000077", "type": "sticker", "packageId": "1", "stickerId": "1",
        "stickerResourceType": "STATIC", "quoteToken": "q"}))  # a barrier: later, in order
    await live.fake.wait_delivered(3, USER)
    assert live.fake.texts(USER) == [texts.WELCOME, FIRST_NOTICE, texts.STICKER]
    assert (await live.counts())["inbox"] == 2
    assert len(live.fake.of("loading")) == 1


# -- delivery failures through the pipeline ----------------------------------------------


def is_uuid(value: str | None) -> bool:
    try:
        return value is not None and str(uuid.UUID(value)) == value
    except ValueError:
        return False


async def test_500_then_200_delivers_exactly_once(live: Live) -> None:
    live.fake.fail_next("reply", status=500)
    await live.send(text_event(USER, "สวัสดีค่ะ", live.fake.issue_token(USER)))
    await live.fake.wait_delivered(2, USER)
    # the token is still young and was not used: the retry replies with it again
    assert [(c.kind, c.status) for c in live.fake.calls if c.kind != "loading"] == [
        ("reply", 500), ("reply", 200)]
    assert live.fake.texts(USER) == [texts.WELCOME, FIRST_NOTICE]


async def test_a_push_accepted_but_unanswered_is_not_sent_twice(live: Live) -> None:
    live.fake.fail_next("push", status=500, accepted=True)  # LINE took it, the answer got lost
    await live.send(text_event(USER, "สวัสดีค่ะ"))  # no reply token: a push
    await live.fake.wait_for(lambda: len(live.fake.of("push")) >= 2, what="the retry")
    await live.app[PIPELINE].drain()
    first, retry = live.fake.of("push")
    assert (first.status, retry.status) == (500, 409)
    assert first.retry_key == retry.retry_key and is_uuid(first.retry_key)
    assert live.fake.texts(USER) == [texts.WELCOME, FIRST_NOTICE]
    await start_chat(live, user=USER[:-1] + "0")  # later items still go out
    outbox = await live.store.table_counts()
    assert outbox["outbox"] == 2


async def test_429_is_retried_after_retry_after(live: Live) -> None:
    live.fake.fail_next("reply", status=429, retry_after=1)
    await live.send(text_event(USER, "สวัสดีค่ะ", live.fake.issue_token(USER)))
    await live.fake.wait_delivered(2, USER, timeout=15)
    limited, retried = [c for c in live.fake.calls if c.kind != "loading"]
    # the token is young and was not used: the retry replies with it again
    assert (limited.kind, limited.status, retried.kind, retried.status) == (
        "reply", 429, "reply", 200)
    assert retried.at - limited.at >= 0.95  # waited Retry-After (1 s), not the 0.05 s backoff
    assert live.fake.texts(USER) == [texts.WELCOME, FIRST_NOTICE]


async def test_an_expired_reply_token_falls_back_to_push(live: Live) -> None:
    token = live.fake.issue_token(USER)
    live.fake.expire(token)
    await live.send(text_event(USER, "สวัสดีค่ะ", token))
    await live.fake.wait_delivered(2, USER)
    refused, pushed = [c for c in live.fake.calls if c.kind != "loading"]
    assert (refused.kind, refused.status) == ("reply", 400)
    assert (pushed.kind, pushed.status, pushed.body["to"]) == ("push", 200, USER)
    assert is_uuid(pushed.retry_key) and uuid.UUID(pushed.retry_key).version == 5
    assert pushed.body["messages"] == refused.body["messages"]


async def test_blocked_is_given_up(live: Live) -> None:
    live.fake.fail_next("push", status=403)
    await live.send(text_event(USER, "สวัสดีค่ะ"))
    await start_chat(live, user=USER[:-1] + "0")  # a barrier on another chat
    await asyncio.sleep(0.3)  # more than the retry backoff: a retry would have happened
    assert [c.status for c in live.fake.of("push") if c.body["to"] == USER] == [403]


async def test_a_failing_loading_animation_only_logs(live: Live,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    live.fake.fail_next("loading", status=500)
    live.line.loading_delay = 0.0
    await start_chat(live)
    await live.line.loading_settled()  # the call was answered (refused) and logged
    assert [c.status for c in live.fake.of("loading")] == [500]
    assert any("loading animation failed" in r.getMessage() and r.levelno == logging.WARNING
               for r in caplog.records)
    assert live.fake.texts(USER) == [texts.WELCOME, FIRST_NOTICE]
