"""`python -m bot staff add|list|display-name`: the console's staff accounts."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from bot.cli.common import EXIT_DATA, EXIT_OK, UsageError


def _read_password(stdin: TextIO) -> str:
    """Asked twice at a terminal; otherwise the first line of standard input."""
    if stdin.isatty():
        import getpass

        first = getpass.getpass("password: ")
        if getpass.getpass("again: ") != first:
            raise UsageError("the two passwords differ")
        return first
    return stdin.readline().rstrip("\r\n")


def _display_name(raw: str | None) -> str:
    from bot.people import check_display_name

    if raw is None:
        return ""
    try:
        return check_display_name(raw)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def cmd_staff(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
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
