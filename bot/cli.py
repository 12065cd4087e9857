"""Command line: `python -m bot ask|eval|kb check|chat ...`.

Exit codes: 0 success, 1 bad data (or a database, a port that cannot be used),
2 bad usage or a bad setting, 130 stopped with Ctrl+C. A failure is one line on
standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
ASK_USAGE = ('usage: python -m bot ask "question"  (or one question per line on '
             "standard input: python -m bot ask < questions.txt)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Namjai assistant")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="match a question against the knowledge base")
    ask.add_argument("text", nargs="?", help="the question; without it, one per stdin line")
    ask.add_argument("--kb", type=Path, default=None, help="knowledge base directory")
    ev = sub.add_parser("eval", help="measure the matcher on a query<TAB>ids file")
    ev.add_argument("file", type=Path)
    ev.add_argument("--kb", type=Path, default=None)
    ev.add_argument("--summary", action="store_true",
                    help="print the aggregate figures only, never a question")
    kb = sub.add_parser("kb", help="knowledge base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_sub.add_parser("check", help="validate the knowledge base YAML files")
    check.add_argument("dir", nargs="?", type=Path, default=None)
    kb_sub.add_parser("embed", help="store the encoder's vectors of the knowledge texts "
                      "(knowledge/embeddings.npz)")
    chat = sub.add_parser("chat", help="chat with the bot in this terminal")
    chat.add_argument("--jsonl", action="store_true",
                      help="one JSON line in per message, one JSON line out per message")
    chat.add_argument("--user", default="local", help="conversation user id")
    chat.add_argument("--db", default=None, help="SQLite file (default $NAMJAI_DB or "
                      "./data/namjai.db)")
    serve = sub.add_parser("serve", help="start the web server (webhooks and web chat)")
    serve.add_argument("--host", default=None, help="default $NAMJAI_HOST or 127.0.0.1")
    serve.add_argument("--port", type=int, default=None, help="default $NAMJAI_PORT or 8080")
    serve.add_argument("--workers", type=int, default=1,
                       help="server processes on one port (PostgreSQL only)")
    serve.add_argument("--reuse-port", action="store_true", help=argparse.SUPPRESS)
    from bot import db_cli

    db_cli.add_parser(sub)
    telegram = sub.add_parser("telegram", help="Telegram tools")
    telegram_sub = telegram.add_subparsers(dest="telegram_command", required=True)
    hook = telegram_sub.add_parser("set-webhook", help="register our webhook with Telegram")
    hook.add_argument("url", help="public https URL of this server (or of /webhooks/telegram)")
    line = sub.add_parser("line", help="LINE tools")
    line.add_subparsers(dest="line_command", required=True).add_parser(
        "rich-menu", help="draw the rich menu, upload it and make it the default").add_argument(
        "--save", type=Path, default=None, help="also write the menu image to this PNG file")
    staff = sub.add_parser("staff", help="staff accounts of the console")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)
    add = staff_sub.add_parser("add", help="add an account (password asked, or read from "
                               "standard input)")
    add.add_argument("name", help="user name, e.g. somsri")
    add.add_argument("--role", required=True, choices=("hotline", "officer", "admin"))
    add.add_argument("--display-name", default=None,
                     help="the name people see, e.g. คุณสมศรี (never the user name)")
    add.add_argument("--db", default=None)
    staff_sub.add_parser("list", help="list the accounts").add_argument("--db", default=None)
    shown = staff_sub.add_parser("display-name", help="set the name people see")
    shown.add_argument("name", help="user name")
    shown.add_argument("display_name", help="e.g. คุณสมศรี")
    shown.add_argument("--db", default=None)
    cases = sub.add_parser("cases", help="officer cases")
    cases_sub = cases.add_subparsers(dest="cases_command", required=True)
    listing = cases_sub.add_parser("list", help="list the cases")
    listing.add_argument("--json", action="store_true", help="JSON output")
    listing.add_argument("--db", default=None)
    listing.add_argument("--status", default=None)
    return parser


def _load_matcher(directory: Path | None) -> object:
    from knowledge import DEFAULT_DIR, Matcher, load_encoder, load_knowledge

    return Matcher(load_knowledge(directory or DEFAULT_DIR), encoder=load_encoder())


def _ask_json(matcher: object, text: str) -> str:
    from knowledge import Matcher

    assert isinstance(matcher, Matcher)
    d = matcher.decide(text)
    return json.dumps({
        "query": text,
        "normalized": d.normalized,
        "decision": d.decision,
        "topic": d.topic,
        "candidates": [{"id": h.id, "score": h.score} for h in d.candidates],
        "second": d.second.id if d.second is not None else None,
        "semantic": d.semantic,
    }, ensure_ascii=False)


def _cmd_ask(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    if args.text is None and stdin.isatty():
        raise UsageError(ASK_USAGE)
    matcher = _load_matcher(args.kb)
    if args.text is not None:
        print(_ask_json(matcher, args.text), file=stdout)
        return EXIT_OK
    for line in stdin:
        text = line.rstrip("\r\n")
        print(_ask_json(matcher, text), file=stdout, flush=True)
    return EXIT_OK


def _cmd_eval(args: argparse.Namespace, stdout: TextIO) -> int:
    from knowledge.evaluate import evaluate, format_report, parse_tsv

    if not args.file.is_file():
        print(f"error: {args.file}: no such file", file=sys.stderr)
        return EXIT_USAGE
    cases = parse_tsv(args.file)
    report = evaluate(_load_matcher(args.kb), cases)  # type: ignore[arg-type]
    print(format_report(report, summary=args.summary), file=stdout)
    return EXIT_OK


def _cmd_kb_check(args: argparse.Namespace, stdout: TextIO) -> int:
    from knowledge import DEFAULT_DIR, load_knowledge

    directory = args.dir or DEFAULT_DIR
    kb = load_knowledge(directory)
    print(f"ok: {len(kb.entries)} entries, {len(kb.intents)} intents, "
          f"{len(kb.lexicon.replace)} slang words in {len(kb.files)} files ({directory})",
          file=stdout)
    return EXIT_OK


def _cmd_kb_embed(stdout: TextIO) -> int:
    from knowledge import load_encoder, load_knowledge
    from knowledge.encoder import embed_texts, read_cache, text_key, write_cache

    encoder = load_encoder()
    if encoder is None:
        print("error: the semantic encoder is not installed (the 'semantic' extra)",
              file=sys.stderr)
        return EXIT_DATA
    kb = load_knowledge()
    texts = list(dict.fromkeys(t for item in kb.entries
                               for t in (item.title, *item.aliases, *item.examples)))
    texts += [t for item in kb.intents for t in (item.title, *item.aliases, *item.examples)
              if t not in texts]
    cache = read_cache()
    _, fresh = embed_texts(encoder, texts, cache)
    keep = {text_key(t) for t in texts}
    write_cache({k: v for k, v in cache.items() if k in keep})
    print(f"ok: {len(texts)} texts, {fresh} embedded now", file=stdout)
    return EXIT_OK


def _cmd_chat(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    import asyncio

    from bot.app import runtime
    from bot.channels.console import run_interactive, run_jsonl
    from bot.settings import database

    async def go() -> None:
        async with runtime(database(args.db)) as rt:
            run = run_jsonl if args.jsonl else run_interactive
            await run(rt.conversations, args.user, stdin, stdout)

    asyncio.run(go())
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace, stdout: TextIO) -> int:
    import asyncio
    import dataclasses
    import logging
    import os

    from bot.logs import configure
    from bot.server import serve
    from bot.settings import Settings

    settings = Settings.from_env()
    settings = dataclasses.replace(settings, host=args.host or settings.host,
                                   port=settings.port if args.port is None else args.port)
    if args.workers > 1:
        if not settings.database_url:
            raise UsageError("--workers needs PostgreSQL: set NAMJAI_DATABASE_URL "
                             "(SQLite serves one process)")
        from bot.workers import run_workers

        return run_workers(args.workers, settings.host, settings.port, stdout)
    if (os.environ.get("NAMJAI_LOG_FORMAT") or "").strip().lower() == "json":
        configure("json")
    else:
        logging.basicConfig(level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    asyncio.run(serve(settings, stdout, reuse_port=args.reuse_port))
    return EXIT_OK


def _cmd_cases(args: argparse.Namespace, stdout: TextIO) -> int:
    import asyncio

    from bot.app import store_only
    from bot.cases.national_id import masked
    from bot.settings import database

    async def go() -> list[dict[str, object]]:
        import datetime as dt
        import getpass

        async with store_only(database(args.db)) as store:
            # the national ID masked, as in every listing and export
            found = [masked(c.as_dict()) for c in await store.cases(status=args.status)]
            # the listing shows personal data: who looked, and when, is audited
            await store.audit("cli_cases_list", f"cli:{getpass.getuser()}",
                              {"cases": len(found), "status": args.status},
                              dt.datetime.now(dt.UTC))
            return found

    cases = asyncio.run(go())
    if args.json:
        print(json.dumps(cases, ensure_ascii=False, indent=1), file=stdout)
        return EXIT_OK
    for case in cases:
        print(f"{case['id']:>5}  {case['status']:<18} {'URGENT' if case['urgent'] else '      '} "
              f"due {case['due_at']}  {case.get('current_province')} -> "
              f"{case.get('home_province')}", file=stdout)
    return EXIT_OK


def _cmd_telegram(args: argparse.Namespace, stdout: TextIO) -> int:
    from bot.settings import Settings
    from bot.telegram_cli import set_webhook

    return set_webhook(Settings.from_env(), args.url, stdout=stdout)


def _read_password(stdin: TextIO) -> str:
    """Asked twice at a terminal; otherwise the first line of standard input."""
    if stdin.isatty():
        import getpass

        first = getpass.getpass("password: ")
        if getpass.getpass("again: ") != first:
            raise UsageError("the two passwords differ")
        return first
    return stdin.readline().rstrip("\r\n")


class UsageError(Exception):
    """Bad command-line input (exit code 2)."""


def _display_name(raw: str | None) -> str:
    from bot.people import check_display_name

    if raw is None:
        return ""
    try:
        return check_display_name(raw)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _cmd_staff(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    import asyncio
    import datetime as dt

    from bot.app import store_only
    from bot.passwords import USERNAME, hash_password, password_problem
    from bot.settings import database

    if args.staff_command == "list":
        async def listing() -> list[tuple[str, str, str]]:
            async with store_only(database(args.db)) as store:
                return [(a.username, a.role, await store.display_name(a.username))
                        for a in await store.staff_list()]

        for name, role, shown in asyncio.run(listing()):
            print(f"{name}\t{role}" + (f"\t{shown}" if shown else ""), file=stdout)
        return EXIT_OK
    display = _display_name(getattr(args, "display_name", None))
    if args.staff_command == "display-name":
        async def rename() -> bool:
            async with store_only(database(args.db)) as store:
                return await store.set_display_name(args.name, display)

        if not asyncio.run(rename()):
            print(f"error: no account {args.name!r}", file=sys.stderr)
            return EXIT_DATA
        print(f"ok: {args.name} is shown as {display}", file=stdout)
        return EXIT_OK
    if not USERNAME.fullmatch(args.name):
        raise UsageError("the name must be 2-50 characters: letters a-z or A-Z, digits, dot, "
                         "dash or underscore, starting with a letter or digit")
    password = _read_password(stdin)
    problem = password_problem(password)
    if problem:
        raise UsageError(problem)

    async def add() -> None:
        async with store_only(database(args.db)) as store:
            await store.add_staff(args.name, args.role, hash_password(password),
                                  dt.datetime.now(dt.UTC))
            if display:
                await store.set_display_name(args.name, display)

    try:
        asyncio.run(add())
    except KeyError:
        print(f"error: the name {args.name!r} is taken", file=sys.stderr)
        return EXIT_DATA
    print(f"ok: {args.name} ({args.role}) added", file=stdout)
    return EXIT_OK


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None,
         stdout: TextIO | None = None) -> int:
    try:
        return _main(argv, stdin, stdout)
    except KeyboardInterrupt:  # Ctrl+C, also while starting up
        print("stopped (Ctrl+C)", file=sys.stderr)
        return EXIT_INTERRUPTED


def _main(argv: Sequence[str] | None, stdin: TextIO | None, stdout: TextIO | None) -> int:
    from bot.settings import SettingsError
    from knowledge.errors import KnowledgeError, NamjaiError

    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_USAGE
    try:
        if args.command == "ask":
            return _cmd_ask(args, stdin, stdout)
        if args.command == "eval":
            return _cmd_eval(args, stdout)
        if args.command == "kb" and args.kb_command == "embed":
            return _cmd_kb_embed(stdout)
        if args.command == "kb":
            return _cmd_kb_check(args, stdout)
        if args.command == "chat":
            return _cmd_chat(args, stdin, stdout)
        if args.command == "serve":
            return _cmd_serve(args, stdout)
        if args.command == "cases":
            return _cmd_cases(args, stdout)
        if args.command == "telegram":
            return _cmd_telegram(args, stdout)
        if args.command == "staff":
            return _cmd_staff(args, stdin, stdout)
        if args.command == "line":
            from bot.line_cli import run as run_line

            return run_line(args, stdout)
        if args.command == "db":
            from bot import db_cli

            return db_cli.run(args, stdout)
    except BrokenPipeError:  # `python -m bot eval ... | head`: the reader has gone
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except (UsageError, SettingsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_DATA
    except NamjaiError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DATA
    return EXIT_USAGE
