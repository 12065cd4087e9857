"""Erased personal data leaves the disk: after a person erases their data through the
real LINE webhook path, the raw bytes of the SQLite .db, -wal and -shm files hold
neither their phone number, nor their national ID, nor their name."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import PIPELINE
from dialogs import texts
from knowledge import KnowledgeBase, Matcher, load_knowledge
from tests.bot.channels.both import Doors, doors
from tests.bot.channels.line_bodies import postback_event, text_event, webhook_body

USER = "U" + "5" * 32
PHONE = "0812345678"
NATIONAL_ID = "1101700203451"
NAME = "สมหญิง รักษ์ถิ่นไทย"
# the raw bytes of SQLite's files: on SQLite whatever NAMJAI_TEST_DATABASE says
pytestmark = pytest.mark.sqlite_files

SECRETS = {"phone": PHONE.encode(), "national ID": NATIONAL_ID.encode(),
           "name": "รักษ์ถิ่นไทย".encode()}


@pytest.fixture(scope="module")
def knowledge() -> tuple[KnowledgeBase, Matcher]:
    kb = load_knowledge()
    return kb, Matcher(kb)


@pytest.fixture
async def live(tmp_path: Path, knowledge: tuple[KnowledgeBase, Matcher]
               ) -> AsyncIterator[Doors]:
    async with doors(tmp_path, knowledge) as d:
        yield d


def found_on_disk(db: Path) -> dict[str, list[str]]:
    """Which secrets each of the database's files holds, in its raw bytes."""
    found: dict[str, list[str]] = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = Path(f"{db}{suffix}")
        if path.exists():
            raw = path.read_bytes()
            found[path.name] = [name for name, value in SECRETS.items() if value in raw]
    return found


async def say(live: Doors, event: dict[str, object], replies: int) -> None:
    assert (await live.line_post(webhook_body(event))).status == 200
    await live.app[PIPELINE].drain()
    await live.line.wait_delivered(replies, USER)


async def test_erasure_leaves_no_phone_id_or_name_in_the_db_wal_or_shm(live: Doors) -> None:
    db = live.app[PIPELINE].store.path  # type: ignore[attr-defined]
    await say(live, text_event(USER, "สวัสดีค่ะ"), 2)
    await say(live, postback_event(USER, "consent:yes"), 3)
    story = f"ฉันชื่อ {NAME} เบอร์ {PHONE} เลขบัตรประชาชน {NATIONAL_ID} ค่ะ"
    await say(live, text_event(USER, story), 4)
    before = found_on_disk(Path(db))
    assert any(len(names) == len(SECRETS) for names in before.values()), before
    await say(live, text_event(USER, "ลบข้อมูล"), 5)
    assert live.line.texts(USER)[-1] == texts.ERASE_CONFIRM
    await say(live, text_event(USER, "ใช่ค่ะ"), 6)
    assert live.line.texts(USER)[-1] == texts.ERASE_DONE
    await live.app[PIPELINE].drain()
    after = found_on_disk(Path(db))
    assert Path(db).name in after
    assert all(names == [] for names in after.values()), after
