"""The real app (create_app) on 127.0.0.1 with staff accounts, and HTTP clients that
sign in as staff or chat as a person through the web chat API."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app import RUNTIME
from bot.desk import Desk
from bot.passwords import hash_password
from bot.settings import Settings
from bot.store import Store
from knowledge import KnowledgeBase, Matcher, load_knowledge
from tests.bot.serving import serving

PASSWORD = "correct-horse-battery"
STAFF = {"hotline1": "hotline", "officer1": "officer", "officer2": "officer",
         "admin1": "admin"}
STORY = "ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน"
CALM_STORY = "ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน"
# what the bot asks after the story: a cue in the question, and the answer (a choice
# label, or typed text)
INTAKE = (("กี่คน", "1 คน"), ("ดูแลเป็นพิเศษ", "ไม่มี"), ("เร่งด่วนไหม", "ด่วน"),
          ("อ่อนไหว", "ไม่ยินยอม"), ("ชื่อที่ให้เจ้าหน้าที่เรียก", "สมชาย"), ("เบอร์โทร", "0812345678"),
          ("ถูกต้องไหม", "ถูกต้อง ส่งเรื่อง"))


@pytest.fixture(scope="module")
def knowledge() -> Iterator[tuple[KnowledgeBase, Matcher]]:
    kb = load_knowledge()
    yield kb, Matcher(kb)


def jar() -> aiohttp.CookieJar:
    return aiohttp.CookieJar(unsafe=True)  # keep cookies of 127.0.0.1


@dataclass
class StaffClient:
    """One signed-in staff member's browser-like session."""

    url: str
    http: aiohttp.ClientSession
    csrf: str = ""

    async def call(self, method: str, path: str, body: Any = None, *,
                   csrf: str | None = None) -> tuple[int, Any]:
        headers = {"X-CSRF-Token": self.csrf if csrf is None else csrf}
        kwargs: dict[str, Any] = {"headers": headers}
        if body is not None:
            kwargs["json"] = body
        async with self.http.request(method, self.url + path, **kwargs) as resp:
            data = await resp.json() if resp.content_type == "application/json" else (
                await resp.text())
            return resp.status, data

    async def post(self, path: str, body: Any = None, **kw: Any) -> tuple[int, Any]:
        return await self.call("POST", path, body, **kw)

    async def get(self, path: str) -> tuple[int, Any]:
        return await self.call("GET", path)


@dataclass
class Person:
    """Someone on the web chat page, through its JSON API."""

    url: str
    http: aiohttp.ClientSession
    session: str = field(default_factory=lambda: str(uuid.uuid4()))
    last: list[dict[str, Any]] = field(default_factory=list)

    async def send(self, **body: Any) -> list[dict[str, Any]]:
        async with self.http.post(self.url + "/chat/api/messages",
                                  json={"session": self.session, **body}) as resp:
            assert resp.status == 200, await resp.text()
            replies: list[dict[str, Any]] = (await resp.json())["replies"]
        if replies:
            self.last = replies
        return replies

    async def answer(self, label: str) -> list[dict[str, Any]]:
        """Tap the choice with that label if the bot offered it, else type it."""
        for reply in reversed(self.last):
            for choice in reply.get("choices") or []:
                if choice["label"] == label:
                    return await self.send(choice=choice["value"], text=label)
        return await self.send(text=label)

    async def screen(self, urgent: bool = True) -> None:
        """From the first message to a new case."""
        await self.send(start=True)
        await self.answer("ยินยอม")
        await self.send(text=STORY if urgent else CALM_STORY)
        for _ in range(len(INTAKE) + 2):
            if any((r.get("card") or {}).get("type") == "screening_result" for r in self.last):
                return
            question = self.last[-1]["text"].splitlines()[-1]
            answer = next((a for cue, a in INTAKE if cue in question), None)
            if answer == "ด่วน" and not urgent:
                answer = "ไม่ด่วน"
            assert answer is not None, f"unexpected question: {question}"
            await self.answer(answer)
        raise AssertionError("the screening did not finish")


@dataclass
class Live:
    url: str
    app: web.Application
    http: aiohttp.ClientSession
    sessions: list[aiohttp.ClientSession] = field(default_factory=list)

    @property
    def store(self) -> Store:
        return self.app[RUNTIME].store

    @property
    def desk(self) -> Desk:
        return self.app[RUNTIME].desk

    def session(self) -> aiohttp.ClientSession:
        http = aiohttp.ClientSession(cookie_jar=jar())
        self.sessions.append(http)
        return http

    async def login(self, username: str, password: str = PASSWORD) -> StaffClient:
        client = StaffClient(self.url, self.session())
        status, body = await client.post("/api/login",
                                         {"username": username, "password": password})
        assert status == 200, body
        client.csrf = body["csrf"]
        return client

    def person(self) -> Person:
        return Person(self.url, self.http)

    async def new_case(self, urgent: bool = True) -> tuple[Person, int]:
        person = self.person()
        await person.screen(urgent)
        cases = await self.store.cases()
        mine = [c for c in cases if c.key.user_id == person.session]
        assert len(mine) == 1
        return person, mine[0].id


@pytest.fixture(scope="module")
def password_hash() -> str:
    return hash_password(PASSWORD)  # argon2 takes a while: once per module


@pytest.fixture
async def live(tmp_path: Path, knowledge: tuple[KnowledgeBase, Matcher],
               password_hash: str) -> AsyncIterator[Live]:
    async with serving(Settings(db=tmp_path / "console.db"), knowledge) as (app, url):
        store = app[RUNTIME].store
        now = dt.datetime.now(dt.UTC)
        for name, role in STAFF.items():
            await store.add_staff(name, role, password_hash, now)
        async with aiohttp.ClientSession(cookie_jar=jar()) as http:
            live = Live(url, app, http)
            try:
                yield live
            finally:
                for session in live.sessions:
                    await session.close()
