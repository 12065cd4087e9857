"""The console channel: an interactive Thai chat, or JSON Lines for scripts and tests."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from typing import Any, TextIO

from bot.channels.boundary import clean_text
from bot.conversations import Conversations
from dialogs.types import STICKER_PLACEHOLDERS, ConversationKey, Inbound, Reply


def render_text(reply: Reply) -> str:
    """Choices degrade to numbered lines; typing the number picks the choice."""
    lines = [reply.text]
    lines += [f"  {n}) {c.label}" for n, c in enumerate(reply.choices, start=1)]
    return "\n".join(lines)


def render_json(reply: Reply) -> dict[str, Any]:
    return {"text": reply.text, "choices": [c.label for c in reply.choices]}


def parse_line(line: str) -> Inbound:
    """A line of input: plain text, or JSON {"text": ...} / {"type": "sticker"} /
    {"choice": VALUE, "text": LABEL}."""
    raw = line.rstrip("\r\n")
    if raw.strip() in STICKER_PLACEHOLDERS:
        return Inbound("sticker")
    if raw.lstrip().startswith("{"):
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError:
            return Inbound.of_text(raw)
        if isinstance(obj, dict):
            kind = obj.get("type")
            if kind in ("sticker", "media", "follow"):
                return Inbound(kind)
            if isinstance(obj.get("choice"), str):
                return Inbound("choice", text=str(obj.get("text", "")), value=obj["choice"])
            if isinstance(obj.get("text"), str):
                return Inbound.of_text(obj["text"])
    return Inbound.of_text(raw)


async def _read_line(stream: TextIO) -> str:
    """The next line, cleaned (bot.channels.boundary), read in a daemon thread: a
    thread of asyncio's default executor would hold the process at exit (after Ctrl+C)
    until Enter is pressed."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[str] = loop.create_future()

    def settle(line: str | None, error: BaseException | None) -> None:
        if done.done():
            return
        if error is not None:
            done.set_exception(error)
        else:
            done.set_result(line or "")

    def read() -> None:
        try:
            line, error = stream.readline(), None
        except (OSError, ValueError) as exc:  # a closed stream, undecodable bytes
            line, error = None, exc
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits
            loop.call_soon_threadsafe(settle, line, error)

    threading.Thread(target=read, name="namjai-stdin", daemon=True).start()
    return clean_text(await done)


async def run_jsonl(conversations: Conversations, user: str, stdin: TextIO,
                    stdout: TextIO) -> None:
    key = ConversationKey("console", user)
    while line := await _read_line(stdin):
        outcome = await conversations.handle(key, parse_line(line))
        payload = {"replies": [render_json(r) for r in outcome.replies]}
        stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        stdout.flush()


async def run_interactive(conversations: Conversations, user: str, stdin: TextIO,
                          stdout: TextIO) -> None:
    key = ConversationKey("console", user)
    stdout.write("น้ำใจ (พิมพ์ข้อความแล้วกด Enter, Ctrl+D เพื่อออก)\n")
    outcome = await conversations.handle(key, Inbound("start"))
    for reply in outcome.replies:
        stdout.write(f"\nน้ำใจ: {render_text(reply)}\n")
    while True:
        stdout.write("\nคุณ: ")
        stdout.flush()
        line = await _read_line(stdin)
        if not line:
            stdout.write("\n")
            return
        outcome = await conversations.handle(key, parse_line(line))
        for reply in outcome.replies:
            stdout.write(f"\nน้ำใจ: {render_text(reply)}\n")
        stdout.flush()
