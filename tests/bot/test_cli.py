from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(*argv: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out)
    return code, out.getvalue()


def test_ask_prints_one_json_object() -> None:
    code, out = run("ask", "คนพิการได้ตังเดือนละกี่บาทอะคะ")
    assert code == 0
    obj = json.loads(out)
    assert set(obj) == {"query", "normalized", "decision", "topic", "candidates", "second",
                        "semantic"}
    assert obj["second"] is None
    assert obj["decision"] == "answer" and obj["topic"] == "disability_allowance"
    assert obj["candidates"][0]["id"] == "disability_allowance"
    assert len(obj["candidates"]) <= 3


def test_ask_unknown() -> None:
    obj = json.loads(run("ask", "ราคาทองวันนี้")[1])
    assert obj["decision"] == "unknown" and obj["topic"] is None and obj["candidates"] == []


def test_ask_reads_json_lines_from_stdin() -> None:
    code, out = run("ask", stdin="สวัสดีค่ะ\nขอบคุณครับ\n\n")
    lines = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and len(lines) == 3
    assert [x["topic"] for x in lines[:2]] == ["greeting", "thanks"]
    assert lines[2]["decision"] == "unknown"


def test_kb_check_ok() -> None:
    code, out = run("kb", "check")
    assert code == 0
    assert out.startswith("ok: ") and len(out.splitlines()) == 1


def test_kb_check_bad_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.yaml").write_text("entries:\n  - id: x\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("entries: [\n", encoding="utf-8")
    code, out = run("kb", "check", str(tmp_path))
    errors = capsys.readouterr().err.splitlines()
    assert code == 1 and out == ""
    assert "error: a.yaml: entry 'x' (#1): field 'title': missing field" in errors
    assert any(e.startswith("error: b.yaml:") and "broken YAML" in e for e in errors)
    assert all("Traceback" not in e for e in errors)


def test_bad_usage() -> None:
    assert run("frobnicate")[0] == 2
    assert run("eval", "/no/such/file.tsv")[0] == 2


def test_eval_prints_figures_and_misses(tmp_path: Path) -> None:
    tsv = tmp_path / "q.tsv"
    tsv.write_text("# comment\nเบี้ยคนพิการ\tdisability_allowance\n"
                   "สวัสดี\tthanks\nหวยงวดนี้\t-\n", encoding="utf-8")
    code, out = run("eval", str(tsv))
    assert code == 0
    assert "top-1 accuracy: 0.500" in out
    assert "out-of-scope rejected: 1.000" in out
    assert "latency p50" in out
    assert "สวัสดี\twant thanks" in out


def test_ask_names_a_second_topic() -> None:
    obj = json.loads(run("ask", "พ่อพ้นโทษอยากทำบัตรใหม่แล้วก็หางานด้วยค่ะ")[1])
    assert {obj["topic"], obj["second"]} == {"id_card", "job_placement"}


def test_eval_summary_prints_no_question(tmp_path: Path) -> None:
    tsv = tmp_path / "q.tsv"
    tsv.write_text("สวัสดี\tthanks\nหวยงวดนี้\tdisability_allowance\n", encoding="utf-8")
    code, out = run("eval", "--summary", str(tsv))
    assert code == 0
    assert "top-1 accuracy: 0.000" in out and "in scope: 2" in out
    assert "สวัสดี" not in out and "หวย" not in out and "misses" not in out


def test_module_entry_point_cold() -> None:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHAINLP_READ_ONLY": "1"}
    proc = subprocess.run([sys.executable, "-m", "bot", "ask", "x"], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["query"] == "x"


def test_staff_add_hashes_the_password_and_refuses_bad_input(tmp_path: Path) -> None:
    import asyncio

    from bot.passwords import verify_password
    from bot.store import SQLiteStore

    db = str(tmp_path / "staff.db")
    assert run("staff", "add", "somsri", "--role", "officer", "--db", db,
               stdin="correct horse battery\n") == (0, "ok: somsri (officer) added\n")
    assert run("staff", "add", "somsri", "--role", "hotline", "--db", db,
               stdin="another long password\n")[0] == 1
    assert run("staff", "add", "malee", "--role", "hotline", "--db", db, stdin="short\n")[0] == 2
    assert run("staff", "add", "Bad Name", "--role", "hotline", "--db", db,
               stdin="correct horse battery\n")[0] == 2
    assert run("staff", "add", "malee", "--role", "boss", "--db", db)[0] == 2
    assert run("staff", "list", "--db", db) == (0, "somsri\tofficer\n")

    async def stored() -> str:
        async with SQLiteStore(db) as store:
            account = await store.staff("somsri")
            assert account is not None
            return account.password_hash

    hashed = asyncio.run(stored())
    assert "correct horse" not in hashed and hashed.startswith("$argon2")
    assert verify_password(hashed, "correct horse battery")
    assert not verify_password(hashed, "correct horse batterY")


def test_staff_display_names_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "staff.db")
    assert run("staff", "add", "somsri", "--role", "hotline", "--display-name", "คุณสมศรี",
               "--db", db, stdin="correct horse battery\n")[0] == 0
    assert run("staff", "add", "malee", "--role", "hotline", "--display-name", " ",
               "--db", db, stdin="correct horse battery\n")[0] == 2
    assert run("staff", "display-name", "nobody", "คุณใคร", "--db", db)[0] == 1
    assert run("staff", "list", "--db", db) == (0, "somsri\thotline\tคุณสมศรี\n")
    assert run("staff", "display-name", "somsri", "พี่สมศรี", "--db", db)[0] == 0
    assert run("staff", "list", "--db", db) == (0, "somsri\thotline\tพี่สมศรี\n")


def test_telegram_set_webhook_needs_its_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert run("telegram", "set-webhook", "https://example.org")[0] == 1
    assert run("telegram")[0] == 2


def test_cases_list_masks_the_national_id(tmp_path: Path) -> None:
    import asyncio
    import datetime as dt

    from bot.store import SQLiteStore, Turn
    from dialogs.state import State
    from dialogs.types import ConversationKey

    db = str(tmp_path / "cases.db")
    case = {"status": "received", "urgent": False, "due_at": "2026-11-24T03:00:00+00:00",
            "ref": "NJ-CLI1", "name": "สมชาย", "phone": "0812345678",
            "national_id": "1101700230708", "current_province": "ชลบุรี",
            "home_province": "ขอนแก่น", "travellers": 1}

    async def save() -> None:
        async with SQLiteStore(db) as store:
            at = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)
            await store.save_turn(Turn(ConversationKey("web", "p1"), State("done"), at,
                                       new_case=case))

    asyncio.run(save())
    code, out = run("cases", "list", "--json", "--db", db)
    assert code == 0
    [listed] = json.loads(out)
    assert listed["ref"] == "NJ-CLI1" and listed["national_id"] == "x-xxxx-xxxx0-70-8"
    assert "1101700230708" not in out
