"""A refusal of consent deletes at once what was typed before it, in the turn's own
commit: the webhook events that carried the words keep only their ids, the replies
delivered to them go (the privacy notice: "ลบทันทีถ้าไม่ยินยอม"). On the real pipeline,
dialog and store: SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from bot.pipeline import Pipeline
from bot.store import Store
from dialogs.types import ConversationKey, Inbound

PERSON = ConversationKey("line", "U-refuser")
OTHER = ConversationKey("line", "U-other")
NOW = dt.datetime.now(dt.UTC)
STORY = "ผมเพิ่งพ้นโทษ ไม่มีเงินกลับบ้านค่ะ"


async def payloads(store: Store) -> dict[str, Any]:
    rows = await store.sql.all("SELECT event_id, payload FROM inbox")  # type: ignore[attr-defined]
    return {r[0]: json.loads(r[1]) for r in rows}


async def say(line: Pipeline, key: ConversationKey, event: str, text: str) -> None:
    await line.accept(event, key, Inbound.of_text(text, NOW))
    await line.drain()


async def delivered(line: Pipeline, key: ConversationKey) -> list[str]:
    """Marks every reply due to `key` as delivered; their texts."""
    out = []
    for item in await line.store.due_outbox(NOW + dt.timedelta(days=1)):
        if item.key == key:
            await line.store.outbox_sent(item.id, NOW)
            out.extend(r["text"] for r in item.payload["replies"])
    return out


async def outbox_texts(store: Store, key: ConversationKey) -> str:
    rows = await store.sql.all(  # type: ignore[attr-defined]
        "SELECT payload FROM outbox WHERE channel = ? AND user_id = ?", (key.channel, key.user_id))
    return " ".join(r[0] for r in rows)


@pytest.mark.parametrize("refusal", ["ไม่ยินยอม", "ไม่ consent ค่ะ", "อย่าเก็บข้อมูลนะ",
                                     "แค่ถามเฉยๆ ไม่ต้องเก็บอะไร เบี้ยคนพิการได้เท่าไหร่"])
async def test_a_refusal_blanks_what_was_typed_before_it(pipeline: Pipeline,
                                                         refusal: str) -> None:
    store = pipeline.store
    await say(pipeline, PERSON, "ev-story", STORY)
    await say(pipeline, OTHER, "ev-other", STORY)
    notice = " ".join(await delivered(pipeline, PERSON))
    assert "เรื่องพ้นโทษ" in notice  # the notice named it: its echo is stored too
    state = await store.load(PERSON)
    assert state is not None and state.data["pending"] == STORY
    assert (await payloads(store))["ev-story"]["inbound"]["text"] == STORY
    await say(pipeline, PERSON, "ev-no", refusal)
    state = await store.load(PERSON)
    assert state is not None and state.data.get("consent") is False
    assert "pending" not in state.data
    kept = await payloads(store)
    assert kept["ev-story"] == {} and kept["ev-no"] == {}  # the words, gone at once
    assert kept["ev-other"]["inbound"]["text"] == STORY  # another person's stay
    assert "พ้นโทษ" not in await outbox_texts(store, PERSON)  # the notice's echo too
    assert [i.id for i in await store.pending_inbox()] == []
    assert await pipeline.accept("ev-story", PERSON, Inbound.of_text(STORY, NOW)) is False


async def test_a_yes_keeps_the_events_as_before(pipeline: Pipeline) -> None:
    await say(pipeline, PERSON, "ev-story", STORY)
    await delivered(pipeline, PERSON)
    await say(pipeline, PERSON, "ev-yes", "ยินยอม")
    kept = await payloads(pipeline.store)
    assert kept["ev-story"]["inbound"]["text"] == STORY
    assert "พ้นโทษ" in await outbox_texts(pipeline.store, PERSON)


async def test_a_refusal_then_a_question_is_answered(pipeline: Pipeline) -> None:
    await say(pipeline, PERSON, "ev-story", STORY)
    await say(pipeline, PERSON, "ev-no", "ไม่ยินยอม")
    await delivered(pipeline, PERSON)
    await say(pipeline, PERSON, "ev-q", "เบี้ยคนพิการได้เท่าไหร่")
    assert any("800 บาท" in t for t in await delivered(pipeline, PERSON))
