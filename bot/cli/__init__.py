"""Command line: `python -m bot ask|eval|kb check|chat ...`.

Exit codes: 0 success, 1 bad data (or a database, a port that cannot be used),
2 bad usage or a bad setting, 130 stopped with Ctrl+C. A failure is one line on
standard error, never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TextIO

from bot.cli.common import EXIT_DATA, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, UsageError
from bot.cli.kb import cmd_ask, cmd_eval, cmd_kb_check, cmd_kb_embed
from bot.cli.parser import build_parser
from bot.cli.run import cmd_cases, cmd_chat, cmd_serve, cmd_telegram
from bot.cli.staff import cmd_staff


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
        args = build_parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_USAGE
    try:
        if args.command == "ask":
            return cmd_ask(args, stdin, stdout)
        if args.command == "eval":
            return cmd_eval(args, stdout)
        if args.command == "kb" and args.kb_command == "embed":
            return cmd_kb_embed(stdout)
        if args.command == "kb":
            return cmd_kb_check(args, stdout)
        if args.command == "chat":
            return cmd_chat(args, stdin, stdout)
        if args.command == "serve":
            return cmd_serve(args, stdout)
        if args.command == "cases":
            return cmd_cases(args, stdout)
        if args.command == "telegram":
            return cmd_telegram(args, stdout)
        if args.command == "staff":
            return cmd_staff(args, stdin, stdout)
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
