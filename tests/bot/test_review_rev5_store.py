"""Review rev5: after a refusal in other words no stored table (conversations, messages,
inbox, outbox, cases) holds the words typed before it; after a yes, or a story that only
sounds like a no, nothing is blanked; consent taken back and the erasure confirmed leaves
nothing. SQLite and PostgreSQL, on the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.pipeline import Pipeline
from bot.store import Store
from dialogs.types import ConversationKey
from tests.bot.test_refusal_store import delivered, say

PERSON = ConversationKey("line", "U-rev5")
NOW = dt.datetime.now(dt.UTC)
STORY = "ผมชื่อสมชาย ไม่มีเงินกลับบ้าน อยู่ชลบุรี จะกลับขอนแก่น"
WORDS = ("สมชาย", "ชลบุรี", "ขอนแก่น")
TABLES = ("conversations", "messages", "inbox", "outbox", "cases")


async def stored(store: Store) -> dict[str, str]:
    """Every row of the person-facing tables, as one text per table."""
    out = {}
    for table in TABLES:
        rows = await store.sql.all(f"SELECT * FROM {table}")  # type: ignore[attr-defined]
        out[table] = " ".join(str(v) for row in rows for v in row)
    return out


def holding(tables: dict[str, str]) -> dict[str, list[str]]:
    return {t: [w for w in WORDS if w in text] for t, text in tables.items()
            if any(w in text for w in WORDS)}


@pytest.mark.parametrize("refusal", ["ม่ายยินยอม", "ไม่ให้เก็บค่ะ", "no thx", "ขอถอนความยินยอมค่ะ",
                                     "ไม่อยากให้ข้อมูลค่ะ", "dont keep my data"])
async def test_a_refusal_in_other_words_leaves_no_word_typed_before(pipeline: Pipeline,
                                                                    refusal: str) -> None:
    await say(pipeline, PERSON, "ev-1", STORY)
    await delivered(pipeline, PERSON)
    await say(pipeline, PERSON, "ev-2", refusal)
    await delivered(pipeline, PERSON)
    state = await pipeline.store.load(PERSON)
    assert state is not None and state.data.get("consent") is False
    assert holding(await stored(pipeline.store)) == {}


@pytest.mark.parametrize("story", ["นายจ้างไม่ให้เก็บอะไรเลย ไล่ออกมา", "บริษัทไม่ accept ใบลาออก",
                                   "โทรศัพท์ลบข้อมูลหมด"])
async def test_a_story_sounding_like_a_no_blanks_nothing(pipeline: Pipeline,
                                                         story: str) -> None:
    await say(pipeline, PERSON, "ev-1", STORY)
    await delivered(pipeline, PERSON)
    await say(pipeline, PERSON, "ev-2", story)
    state = await pipeline.store.load(PERSON)
    assert state is not None and state.data.get("consent") is not False
    assert STORY in str(state.data.get("pending"))
    assert "inbox" in holding(await stored(pipeline.store))


async def test_a_yes_blanks_nothing(pipeline: Pipeline) -> None:
    await say(pipeline, PERSON, "ev-1", STORY)
    await delivered(pipeline, PERSON)
    await say(pipeline, PERSON, "ev-2", "ยินยอม")
    await delivered(pipeline, PERSON)
    kept = holding(await stored(pipeline.store))
    assert "inbox" in kept and "conversations" in kept


async def test_consent_taken_back_and_erased_leaves_nothing(pipeline: Pipeline) -> None:
    await say(pipeline, PERSON, "ev-1", STORY)
    await say(pipeline, PERSON, "ev-2", "ยินยอม")
    await delivered(pipeline, PERSON)
    await say(pipeline, PERSON, "ev-3", "ม่ายยินยอมแล้ว")
    await delivered(pipeline, PERSON)
    await say(pipeline, PERSON, "ev-4", "ใช่ค่ะ")
    await delivered(pipeline, PERSON)
    assert await pipeline.store.load(PERSON) is None
    assert holding(await stored(pipeline.store)) == {}


async def test_a_refusal_before_the_notice_went_out(pipeline: Pipeline) -> None:
    """The notice echoing the story still waits to be sent when the no comes."""
    await say(pipeline, PERSON, "ev-1", STORY)
    await say(pipeline, PERSON, "ev-2", "ไม่ให้เก็บค่ะ")
    await delivered(pipeline, PERSON)
    kept = holding(await stored(pipeline.store))
    assert "inbox" not in kept and "conversations" not in kept
