"""The LINE channel: the real app (create_app) and line-bot-sdk v3 against a fake LINE API
on 127.0.0.1, with webhook bodies signed as LINE signs them."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app import CHANNELS, PIPELINE, RUNTIME
from bot.channels.http import MAX_BODY
from bot.channels.line import SIGNATURE_HEADER, WEBHOOK_PATH, LineChannel
from bot.channels.line_events import group_id, parse_events
from bot.store import Store
from dialogs import replies, texts
from dialogs.slots import BY_KEY
from dialogs.types import ConversationKey, Inbound
from knowledge import KnowledgeBase, Matcher, load_knowledge
from tests.bot.channels.line_fake import (
    SECRET,
    TOKEN,
    USER,
    FakeLine,
    event,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
    location_event,
    postback_event,
    settings,
    signature,
    text_event,
    webhook_body,
)
from tests.bot.serving import serving

SAMPLE = Path(__file__).parent / "data" / "line_webhook.json"
CONSENT_ITEMS = [{"type": "action", "action": {"type": "postback", "label": "ยินยอม",
                                                "data": "consent:yes",
                                                "displayText": "ยินยอม"}},
                 {"type": "action", "action": {"type": "postback", "label": "ไม่ยินยอม",
                                                "data": "consent:no",
                                                "displayText": "ไม่ยินยอม"}}]
# consent after a bare greeting (or a follow): the first screening question
CONSENTED = f"{texts.OPEN_SCREENING}\n{BY_KEY['hardship'].question}"
FIRST_CHOICES = [c.value for c in (*BY_KEY["hardship"].choices, replies.ASK_ELSE)]
AGAIN = f"{texts.RESUME}\n{BY_KEY['hardship'].question}"  # asked again after an aside


# -- fixtures ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def knowledge() -> tuple[KnowledgeBase, Matcher]:
    kb = load_knowledge()
    return kb, Matcher(kb)


@dataclass
class Live:
    """The running app, an HTTP client to it and the fake LINE API behind it."""

    url: str
    http: aiohttp.ClientSession
    app: web.Application
    fake: FakeLine

    @property
    def store(self) -> Store:
        return self.app[RUNTIME].store

    async def post(self, body: bytes, sign: bool = True, sig: str | None = None,
                   headers: dict[str, str] | None = None) -> int:
        sent = {"Content-Type": "application/json", **(headers or {})}
        if sig is not None or sign:
            sent[SIGNATURE_HEADER] = sig if sig is not None else signature(SECRET, body)
        async with self.http.post(self.url + WEBHOOK_PATH, data=body, headers=sent) as resp:
            await resp.read()
            return resp.status

    async def send(self, *events: dict[str, Any]) -> None:
        assert await self.post(webhook_body(*events)) == 200

    async def counts(self) -> dict[str, int]:
        return await self.store.table_counts()

    @property
    def line(self) -> LineChannel:
        channel = self.app[CHANNELS]["line"]
        assert isinstance(channel, LineChannel)
        return channel


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    """A bare app of routes (no runtime) on a TCP port."""
    runner = web.AppRunner(app, shutdown_timeout=2.0)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


@pytest.fixture
async def live(tmp_path: Path, fake: FakeLine,
               knowledge: tuple[KnowledgeBase, Matcher]) -> AsyncIterator[Live]:
    async with serving(settings(tmp_path, fake.url), knowledge) as (app, url), \
            aiohttp.ClientSession() as http:
        yield Live(url, http, app, fake)


async def start_chat(live: Live, user: str = USER) -> None:
    await live.send(text_event(user, "สวัสดีค่ะ", live.fake.issue_token(user)))
    await live.fake.wait_delivered(2, user)


async def consent(live: Live, user: str = USER) -> None:
    await start_chat(live, user)
    await live.send(postback_event(user, "consent:yes", live.fake.issue_token(user)))
    await live.fake.wait_delivered(3, user)


# -- webhook -> dialog -> reply --------------------------------------------------------


async def test_text_is_answered_with_the_reply_token(live: Live) -> None:
    live.line.loading_delay = 0.0  # the loading animation at once, as for a slow answer
    token = live.fake.issue_token(USER)
    await live.send(text_event(USER, "สวัสดีค่ะ", token))
    welcome, privacy = await live.fake.wait_delivered(2, USER)
    assert (welcome, privacy["text"]) == ({"type": "text", "text": texts.WELCOME},
                                          texts.PRIVACY)
    assert privacy["quickReply"] == {"items": CONSENT_ITEMS}
    [reply] = live.fake.of("reply")
    assert reply.ok and reply.body["replyToken"] == token and live.fake.of("push") == []
    assert reply.headers["Authorization"] == f"Bearer {TOKEN}"
    await live.fake.wait_for(lambda: bool(live.fake.of("loading")), what="loading animation")
    [loading] = live.fake.of("loading")
    assert loading.ok and loading.body == {"chatId": USER, "loadingSeconds": 20}


async def test_a_quick_answer_needs_no_loading_animation(live: Live) -> None:
    await start_chat(live)  # answered well within the delay
    await live.line.loading_settled()  # the animation's timer fired and decided
    assert live.fake.of("loading") == []


async def test_a_slow_answer_gets_the_loading_animation(live: Live) -> None:
    live.fake.hang_next("reply")  # the answer does not get through
    await live.send(text_event(USER, "สวัสดีค่ะ", live.fake.issue_token(USER)))
    await live.fake.wait_for(lambda: bool(live.fake.of("reply")), what="the reply call")
    await live.line.loading_settled()
    [loading] = live.fake.of("loading")
    assert loading.ok and loading.body == {"chatId": USER, "loadingSeconds": 20}
    [hanging] = live.fake.of("reply")
    assert hanging.status == 0 and hanging.at < loading.at  # shown while the answer waits
    assert live.fake.delivered(USER) == []


async def test_a_slow_answer_after_a_refusal_gets_the_loading_animation(live: Live) -> None:
    live.line.loading_delay = 0.2
    live.fake.fail_next("reply", status=429, retry_after=1)  # the answer waits 1 s
    await live.send(text_event(USER, "สวัสดีค่ะ", live.fake.issue_token(USER)))
    await live.fake.wait_delivered(2, USER, timeout=15)
    [loading] = live.fake.of("loading")
    # the refused reply did not use the token: the retry replies with it again
    [limited, answered] = live.fake.of("reply")
    assert loading.ok and loading.body["chatId"] == USER
    assert limited.at < loading.at < answered.at and answered.ok
    assert live.fake.of("push") == []


async def test_follow_gets_welcome_and_privacy(live: Live) -> None:
    await live.send(event("follow", USER, live.fake.issue_token(USER),
                          follow={"isUnblocked": False}))
    await live.fake.wait_delivered(2, USER)
    assert live.fake.texts(USER) == [texts.WELCOME, texts.PRIVACY]
    assert live.fake.of("loading") == []  # only for text and choices


async def test_postback_is_a_choice_named_by_its_label(live: Live) -> None:
    await consent(live)
    third = live.fake.delivered(USER)[2]
    assert third["text"] == CONSENTED
    menu = [i["action"]["data"] for i in third["quickReply"]["items"]]
    assert menu == FIRST_CHOICES
    key = ConversationKey("line", USER)
    state = await live.store.load(key)
    assert state is not None and state.data.get("consent") is True
    inbound = [m.text for m in await live.store.messages(key) if m.direction == "in"]
    assert inbound == ["ยินยอม"]  # the label of the quick reply LINE showed


async def test_sticker_media_and_location_get_polite_replies(live: Live) -> None:
    await consent(live)
    image = {"id": "580000000000000042", "type": "image", "contentProvider": {"type": "line"},
             "quoteToken": "q"}
    await live.send(event("message", USER, live.fake.issue_token(USER),
                          message={"id": "580000000000000041", "type": "sticker",
                                   "packageId": "11537", "stickerId": "52002734",
                                   "stickerResourceType": "STATIC", "quoteToken": "q"}),
                    event("message", USER, live.fake.issue_token(USER), message=image),
                    location_event(USER, 16.4419, 102.836, "อำเภอเมืองขอนแก่น ขอนแก่น 40000",
                                   live.fake.issue_token(USER)))
    await live.fake.wait_delivered(8, USER)  # each aside, then the question waiting
    located = texts.LOCATION_PROVINCE.format("ขอนแก่น")
    assert live.fake.texts(USER)[3:] == [texts.STICKER, AGAIN, texts.MEDIA, AGAIN,
                                         f"{located}\n{BY_KEY['hardship'].question}"]
    messages = await live.store.messages(ConversationKey("line", USER))
    media = [m for m in messages if m.direction == "in" and m.text == "[media]"]
    assert [m.meta for m in media] == [{"media_id": "580000000000000042"}]


async def test_unfollow_makes_the_conversation_inactive(live: Live) -> None:
    await start_chat(live)
    await live.send(event("unfollow", USER))
    key = ConversationKey("line", USER)
    await live.app[PIPELINE].drain()
    state = await live.store.load(key)
    assert state is not None and state.data.get("inactive") is True
    assert len(live.fake.delivered(USER)) == 2  # nothing sent to someone who left


async def test_group_and_room_messages_are_ignored_politely(
        live: Live, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "bot.channels.line")
    group = text_event(USER, "สวัสดีทุกคน", "tok-g")
    group["source"] = {"type": "group", "groupId": "Ca56f94637cc4347f90a25382909b24b9",
                       "userId": USER}
    room = text_event(USER, "สวัสดีห้องนี้", "tok-r")
    room["source"] = {"type": "room", "roomId": "Ra8dbf4673c4c812cd491258042226c99"}
    await live.send(group, room)
    assert (await live.counts())["inbox"] == 0
    ignored = [r.getMessage() for r in caplog.records if "ignored" in r.getMessage()]
    assert ignored == ["LINE message event from a group ignored",
                       "LINE message event from a room ignored"]
    assert all(r.levelno == logging.INFO for r in caplog.records if "ignored" in r.message)


async def test_standby_events_are_left_to_the_active_channel(
        live: Live, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "bot.channels.line")
    standby = text_event(USER, "สวัสดีค่ะ")  # module mode: another channel answers it
    standby["mode"] = "standby"
    await live.send(standby)
    assert (await live.counts())["inbox"] == 0
    assert "LINE message event in standby mode ignored" in caplog.messages


def test_group_id_of_a_group_event() -> None:
    sample = json.loads(SAMPLE.read_bytes())
    events = parse_events(json.dumps(sample).encode())
    ids = {raw["type"] + ":" + raw["source"]["type"]: group_id(e) for raw, e in events
           if e is not None}
    assert ids["join:group"] == "Ca56f94637cc4347f90a25382909b24b9"
    assert ids["message:room"] is None and ids["follow:user"] is None


# -- LINE's sample webhook: every event type ------------------------------------------


class RecordingIntake:
    def __init__(self) -> None:
        self.accepted: list[tuple[str, ConversationKey, Inbound, str | None]] = []

    async def accept(self, event_id: str, key: ConversationKey, inbound: Inbound,
                     reply_token: str | None = None) -> bool:
        seen = any(e == event_id for e, *_ in self.accepted)
        self.accepted.append((event_id, key, inbound, reply_token))
        return not seen


SAMPLE_USER = "U206d25c2ea6bd87c17655609a1c37cb8"
SAMPLE_STORED = [  # (event number, inbound kind, what else it carries)
    (1, "text", "สวัสดีค่ะ"), (3, "media", "580000000000000003"),
    (4, "media", "580000000000000004"), (5, "location", (16.4419, 102.836)),
    (6, "sticker", None), (7, "follow", None), (8, "unfollow", None),
    (11, "choice", "consent:yes"), (12, "choice", "action=pick&when=date"),
    (13, "choice", "action=pick&when=time"), (14, "choice", "action=pick&when=datetime"),
    (22, "media", "580000000000000009"), (25, "media", "580000000000000010"),
    (1, "text", "สวัสดีค่ะ"),  # the redelivery: offered again, stored once (same id)
]


def _detail(inbound: Inbound) -> object:
    if inbound.kind == "text":
        return inbound.text
    if inbound.kind == "media":
        return inbound.media_id
    if inbound.kind == "location":
        return (inbound.latitude, inbound.longitude)
    return inbound.value


async def test_every_event_of_the_sample_webhook_is_handled_or_ignored(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "bot.channels.line")
    intake = RecordingIntake()
    # the sample's events are from 2025: no replay limit here
    channel = LineChannel(dataclasses.replace(settings(tmp_path, "http://127.0.0.1:9"),
                                              max_event_age_minutes=10**8), intake)
    app = web.Application()
    app.add_routes(channel.routes())
    runner, url = await serve(app)
    body = SAMPLE.read_bytes()
    try:
        async with aiohttp.ClientSession() as http, http.post(
                url + WEBHOOK_PATH, data=body,
                headers={SIGNATURE_HEADER: signature(SECRET, body)}) as resp:
            assert resp.status == 200
    finally:
        await runner.cleanup()
        await channel.stop()
    got = [(int(e.removeprefix("line:01KBCNAMJAI")), i.kind, _detail(i))
           for e, _key, i, _token in intake.accepted]
    assert got == SAMPLE_STORED
    assert {k for _, k, _, _ in intake.accepted} == {ConversationKey("line", SAMPLE_USER)}
    first = intake.accepted[0]
    assert first[2].at == dt.datetime.fromtimestamp(1764576001, dt.UTC)
    assert first[3] == "nHuyWiB7yP5Zw52FIkcQobQuGDX001"
    assert intake.accepted[-1][3] is None  # the redelivery carries no reply token
    warnings = sorted(r.getMessage() for r in caplog.records
                      if r.levelno == logging.WARNING and "event" in r.getMessage())
    assert warnings == [
        "unknown or invalid LINE event ignored (type things, id 01KBCNAMJAI000000000000026)",
        "unknown or invalid LINE event ignored (type undefined, id "
        "01KBCNAMJAI000000000000027)"]
    infos = {r.getMessage() for r in caplog.records if r.levelno == logging.INFO}
    for kind in ("join", "leave", "memberJoined", "memberLeft", "unsend"):
        assert f"LINE {kind} event from a group ignored" in infos
    for kind in ("beacon", "accountLink", "videoPlayComplete"):
        assert f"LINE {kind} event acknowledged (not used)" in infos


def fresh_sample() -> bytes:
    """The sample webhook with its events' times moved to the last minute (its own are
    from 2025: older than the replay limit)."""
    sample = json.loads(SAMPLE.read_bytes())
    shift = int(time.time() * 1000) - max(e["timestamp"] for e in sample["events"])
    for e in sample["events"]:
        e["timestamp"] += shift
    return json.dumps(sample, ensure_ascii=False).encode()


async def test_the_sample_webhook_through_the_app(live: Live) -> None:
    body = fresh_sample()
    assert await live.post(body) == 200
    await live.app[PIPELINE].drain()
    counts = await live.counts()
    assert counts["inbox"] == len(SAMPLE_STORED) - 1  # the redelivery is a duplicate
    assert counts["conversations"] == 1
    # the sample's reply tokens were never issued by (fake) LINE: all is pushed instead
    for _ in range(200):
        if not await live.store.due_outbox(dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)):
            break
        await asyncio.sleep(0.02)
    assert await live.store.due_outbox(dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)) == []
    assert live.fake.of("reply") and all(c.status == 400 for c in live.fake.of("reply"))
    assert live.fake.of("push") and all(c.status == 200 for c in live.fake.of("push"))
    assert live.fake.texts(SAMPLE_USER)[:2] == [texts.WELCOME, texts.PRIVACY]


async def test_an_unreadable_event_is_logged_and_the_others_still_count(
        live: Live, caplog: pytest.LogCaptureFixture) -> None:
    broken = {"type": "message", "webhookEventId": "01KBBROKEN0000000000000001",
              "source": {"type": "user", "userId": USER}}  # no timestamp, mode, message
    good = text_event(USER, "สวัสดีค่ะ", live.fake.issue_token(USER))
    await live.send(broken, good)
    await live.fake.wait_delivered(2, USER)
    assert (await live.counts())["inbox"] == 1
    [warning] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warning == ("unknown or invalid LINE event ignored "
                       "(type message, id 01KBBROKEN0000000000000001)")


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
    assert live.fake.texts(USER) == [texts.WELCOME, texts.PRIVACY, texts.STICKER]
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
    assert live.fake.texts(USER) == [texts.WELCOME, texts.PRIVACY]


async def test_a_push_accepted_but_unanswered_is_not_sent_twice(live: Live) -> None:
    live.fake.fail_next("push", status=500, accepted=True)  # LINE took it, the answer got lost
    await live.send(text_event(USER, "สวัสดีค่ะ"))  # no reply token: a push
    await live.fake.wait_for(lambda: len(live.fake.of("push")) >= 2, what="the retry")
    await live.app[PIPELINE].drain()
    first, retry = live.fake.of("push")
    assert (first.status, retry.status) == (500, 409)
    assert first.retry_key == retry.retry_key and is_uuid(first.retry_key)
    assert live.fake.texts(USER) == [texts.WELCOME, texts.PRIVACY]
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
    assert live.fake.texts(USER) == [texts.WELCOME, texts.PRIVACY]


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
    assert live.fake.texts(USER) == [texts.WELCOME, texts.PRIVACY]
