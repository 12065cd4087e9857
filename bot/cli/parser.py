"""The argument parser of `python -m bot`: every subcommand and its options."""

from __future__ import annotations

import argparse
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
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
