"""`python -m bot chat|serve|cases|telegram`: run the bot, or look at its data."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from bot.cli.common import EXIT_OK, UsageError


def cmd_chat(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
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


def cmd_serve(args: argparse.Namespace, stdout: TextIO) -> int:
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


def cmd_cases(args: argparse.Namespace, stdout: TextIO) -> int:
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


def cmd_telegram(args: argparse.Namespace, stdout: TextIO) -> int:
    from bot.settings import Settings
    from bot.telegram_cli import set_webhook

    return set_webhook(Settings.from_env(), args.url, stdout=stdout)
