"""`python -m bot db migrate|copy`: a SQLite deployment moved into PostgreSQL, counts
checked, a non-empty target refused."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest

from bot.cli import main
from bot.store import Message, Outgoing, SQLiteStore, Turn
from bot.store.postgres import PostgresStore
from dialogs.state import State

from .conftest import ALICE, BOB, CASE, NOW


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), stdout=out)
    return code, out.getvalue()


async def _fill(path: Path) -> int:
    async with SQLiteStore(path) as s:
        inbox = await s.accept("ev-1", ALICE, {"text": "สวัสดีค่ะ"}, NOW)
        saved = await s.save_turn(Turn(
            ALICE, State("done", {"consent": True}), NOW, (Message("in", "ขอความช่วยเหลือ", NOW),),
            {**CASE, "ref": "NJ-COPY1"}, "user_request", inbox_id=inbox,
            outbox=(Outgoing("rk-1", {"replies": [{"text": "รับเรื่องแล้วค่ะ"}]}),)))
        await s.accept("ev-2", BOB, {"text": "ยังไม่ตอบ"}, NOW)
        account = await s.add_staff("somsri", "officer", "$argon2id$x", NOW)
        await s.add_session("tok", account.id, "csrf", NOW, NOW.replace(year=2027))
        await s.set_display_name("somsri", "คุณสมศรี")
        await s.add_link_code("somsri", "code-hash", NOW.replace(year=2027))
        await s.redeem_link_code("code-hash", "telegram", "8880001", NOW)
        await s.note_staff_message("line", "C1", "m1", "NJ-COPY1", NOW)
        assert saved.case_id is not None
        return saved.case_id


async def _read(url: str, case_id: int) -> None:
    async with PostgresStore(url) as pg:
        assert await pg.load(ALICE) == State("done", {"consent": True})
        [message] = await pg.messages(ALICE)
        assert message.text == "ขอความช่วยเหลือ" and message.at == NOW
        case = await pg.case(case_id)
        assert case is not None and case.urgent and case.ref == "NJ-COPY1"
        assert [i.payload for i in await pg.pending_inbox()] == [{"text": "ยังไม่ตอบ"}]
        [item] = await pg.due_outbox(NOW)
        assert item.retry_key == "rk-1"
        found = await pg.session("tok", NOW)
        assert found is not None and found[0].username == "somsri"
        assert await pg.display_name("somsri") == "คุณสมศรี"
        linked = await pg.linked_staff("telegram", "8880001")
        assert linked is not None and linked.username == "somsri"
        assert await pg.case_ref_of_message("line", "C1", "m1") == "NJ-COPY1"
        # ids go on after the copied ones
        later = await pg.save_turn(Turn(BOB, State("done"), NOW, new_case=CASE))
        assert later.case_id == case_id + 1


def test_copy_moves_everything_and_refuses_a_non_empty_target(
        tmp_path: Path, pg_url: str) -> None:
    source = tmp_path / "live.db"
    case_id = asyncio.run(_fill(source))
    code, out = run("db", "copy", str(source), pg_url)
    assert code == 0 and "counts checked" in out and "cases 1" in out
    asyncio.run(_read(pg_url, case_id))
    assert run("db", "copy", str(source), pg_url)[0] == 1  # not empty: refused


def test_copy_refuses_bad_arguments(tmp_path: Path, pg_url: str,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert run("db", "copy", str(tmp_path / "none.db"), pg_url)[0] == 1
    assert "no SQLite database" in capsys.readouterr().err
    assert run("db", "copy", str(tmp_path / "none.db"), str(tmp_path / "x.db"))[0] == 2


def test_migrate_reports_the_version_on_both_backends(tmp_path: Path, pg_url: str) -> None:
    assert run("db", "migrate", "--db", str(tmp_path / "m.db")) == (
        0, f"ok: {tmp_path / 'm.db'} is at schema version 7\n")
    code, out = run("db", "migrate", "--db", pg_url)
    assert code == 0 and out.endswith("is at schema version 4\n")
