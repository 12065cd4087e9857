"""The LINE channel: the real app (create_app) and line-bot-sdk v3 against a fake LINE API
on 127.0.0.1, with webhook bodies signed as LINE signs them: webhook -> dialog -> reply."""

from __future__ import annotations

import json
import logging

import pytest

from bot.app import PIPELINE
from bot.channels.line_events import group_id, parse_events
from dialogs import texts
from dialogs.slots import BY_KEY
from dialogs.types import ConversationKey
from tests.bot.channels.first_turn import AGAIN, CONSENTED, FIRST_CHOICES
from tests.bot.channels.line_bodies import event, location_event, text_event
from tests.bot.channels.line_fake import (
    TOKEN,
    USER,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
)
from tests.bot.channels.line_live import (
    CONSENT_ITEMS,
    SAMPLE,
    Live,
    consent,
    line_app,  # noqa: F401 (the `live` fixture)
    start_chat,
)
from tests.bot.notices import FIRST_NOTICE

# -- webhook -> dialog -> reply --------------------------------------------------------


async def test_text_is_answered_with_the_reply_token(live: Live) -> None:
    live.line.loading_delay = 0.0  # the loading animation at once, as for a slow answer
    token = live.fake.issue_token(USER)
    await live.send(text_event(USER, "สวัสดีค่ะ", token))
    welcome, privacy = await live.fake.wait_delivered(2, USER)
    assert (welcome, privacy["text"]) == ({"type": "text", "text": texts.WELCOME},
                                          FIRST_NOTICE)
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
    assert live.fake.texts(USER) == [texts.WELCOME, FIRST_NOTICE]
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
