"""Staff work from their own chat, through the real app, python-telegram-bot and
line-bot-sdk against the fake APIs: a person on LINE, the staff in a Telegram group
with a topic per case. A staff member links their Telegram account with a one-time
code from the console; then their reply in the case's topic reaches the person, by
their display name; an unlinked member's reply goes nowhere, and they are told how
to link. The person never sees a username."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app import RUNTIME
from bot.channels.telegram import SECRET_HEADER
from bot.passwords import hash_password
from tests.bot.channels import line_bodies as lb
from tests.bot.channels import line_fake as lf
from tests.bot.channels.telegram_fake import FakeTelegram
from tests.bot.channels.telegram_live import SECRET, TOKEN
from tests.bot.channels.telegram_updates import BOT_USER, message_update
from tests.bot.serving import serving

STAFF_GROUP = -1001234567890
SOMSRI = {"id": 8880001, "is_bot": False, "first_name": "Somsri", "username": "somsri_tg"}
MALEE = {"id": 8880002, "is_bot": False, "first_name": "Malee", "username": "malee_tg"}
PASSWORD = "correct-horse-battery"


@dataclass
class Both:
    url: str
    http: aiohttp.ClientSession
    app: web.Application
    line: lf.FakeLine
    tg: FakeTelegram
    updates: int = 1000

    async def line_send(self, *events: dict[str, Any]) -> None:
        body = lb.webhook_body(*events)
        headers = {"Content-Type": "application/json",
                   "X-Line-Signature": lb.signature(lf.SECRET, body)}
        async with self.http.post(self.url + "/webhooks/line", data=body,
                                  headers=headers) as resp:
            assert resp.status == 200, await resp.text()

    async def in_group(self, user: dict[str, Any], text: str,
                       thread: int | None = None) -> None:
        """A member writes in the Telegram staff group (in a topic when `thread`)."""
        self.updates += 1
        content: dict[str, Any] = {"from": user, "text": text}
        if text.startswith("/"):
            content["entities"] = [{"offset": 0, "length": len(text.split()[0]),
                                    "type": "bot_command"}]
        if thread is not None:
            content.update(message_thread_id=thread, is_topic_message=True, reply_to_message={
                "message_id": thread, "date": int(time.time()) - 60, "from": BOT_USER,
                "chat": {"id": STAFF_GROUP, "title": "กลุ่มทดสอบ", "type": "supergroup",
                         "is_forum": True},
                "message_thread_id": thread, "is_topic_message": True,
                "forum_topic_created": {"name": "เรื่อง", "icon_color": 7322096}})
        update = message_update(self.updates, STAFF_GROUP, "supergroup", **content)
        async with self.http.post(self.url + "/webhooks/telegram", json=update,
                                  headers={SECRET_HEADER: SECRET}) as resp:
            assert resp.status == 200, await resp.text()

    async def login(self, username: str) -> tuple[aiohttp.ClientSession, str]:
        http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        async with http.post(self.url + "/api/login",
                             json={"username": username, "password": PASSWORD}) as resp:
            assert resp.status == 200
            return http, (await resp.json())["csrf"]


@pytest.fixture
async def both(tmp_path: Path, kb_matcher: Any) -> AsyncIterator[Both]:
    line, tg = lf.FakeLine(lf.TOKEN), FakeTelegram(TOKEN)
    await line.start()
    await tg.start()
    tg.forums.add(STAFF_GROUP)
    config = dataclasses.replace(
        lf.settings(tmp_path, line.url), telegram_bot_token=TOKEN,
        telegram_webhook_secret=SECRET, telegram_api_base_url=tg.url,
        telegram_staff_chat_id=str(STAFF_GROUP))
    try:
        async with serving(config, kb_matcher) as (app, url), aiohttp.ClientSession() as http:
            store = app[RUNTIME].store
            hashed = hash_password(PASSWORD)
            await store.add_staff("somsri", "hotline", hashed, time_now())
            await store.add_staff("malee", "hotline", hashed, time_now())
            yield Both(url, http, app, line, tg)
    finally:
        await line.close()
        await tg.close()


def time_now() -> Any:
    import datetime as dt

    return dt.datetime.now(dt.UTC)


async def ask_for_a_person(both: Both) -> str:
    """A person on LINE consents and asks for a human: a case with its own topic."""
    user = lf.USER
    await both.line_send(lb.text_event(user, "สวัสดีค่ะ", both.line.issue_token(user)))
    await both.line.wait_delivered(2, user)
    await both.line_send(lb.postback_event(user, "consent:yes", both.line.issue_token(user)))
    await both.line.wait_delivered(3, user)
    await both.line_send(lb.text_event(user, "ขอคุยกับเจ้าหน้าที่ค่ะ", both.line.issue_token(user)))
    await both.tg.wait_sent(1, STAFF_GROUP)
    [case] = await both.app[RUNTIME].store.cases()
    return case.ref


async def test_a_linked_member_talks_to_the_person_and_an_unlinked_one_cannot(
        both: Both) -> None:
    ref = await ask_for_a_person(both)
    thread = int(both.tg.sent(STAFF_GROUP)[0].params["message_thread_id"])
    http, csrf = await both.login("somsri")
    async with http:
        async with http.post(both.url + "/api/me/display-name", headers={"X-CSRF-Token": csrf},
                             json={"display_name": "คุณสมศรี"}) as resp:
            assert resp.status == 200
        async with http.post(both.url + "/api/me/link-code",
                             headers={"X-CSRF-Token": csrf}) as resp:
            assert resp.status == 200
            code = (await resp.json())["code"]
    await both.in_group(SOMSRI, f"/link {code}")
    await both.tg.wait_for(lambda: any("เชื่อมบัญชี Telegram" in t
                                       for t in both.tg.texts(STAFF_GROUP)), 10, "linked")
    before = len(both.line.delivered(lf.USER))

    await both.in_group(MALEE, "สวัสดีค่ะ ดิฉันมาลีค่ะ", thread)  # not linked
    await both.tg.wait_for(lambda: any("ยังไม่ได้เชื่อม" in t
                                       for t in both.tg.texts(STAFF_GROUP)), 10, "how to link")
    told = next(c for c in both.tg.sent(STAFF_GROUP) if "ยังไม่ได้เชื่อม" in c.params["text"])
    assert int(told.params["message_thread_id"]) == thread  # answered in the case's topic
    await asyncio.sleep(0.3)
    assert len(both.line.delivered(lf.USER)) == before  # nothing reached the person

    await both.in_group(SOMSRI, "สวัสดีค่ะ เดี๋ยวโทรหานะคะ", thread)
    line_says = "เจ้าหน้าที่ คุณสมศรี: สวัสดีค่ะ เดี๋ยวโทรหานะคะ"
    await both.line.wait_for(lambda: line_says in both.line.texts(lf.USER), 10, "the reply")
    person_saw = both.line.texts(lf.USER)[before:]
    assert person_saw == ["เจ้าหน้าที่ คุณสมศรี เข้ามาคุยกับคุณแล้วค่ะ พิมพ์ได้เลยค่ะ", line_says]
    assert not any("malee" in t.lower() or "มาลี" in t for t in person_saw)

    rt = both.app[RUNTIME]
    case = await rt.store.case_by_ref(ref)
    assert case is not None and case.claimed_by == "somsri"  # claimed by replying
    hold = await rt.store.hold(case.key)
    assert hold is not None and hold.staff == "somsri"
    audit = [(a["action"], a["actor"]) for a in await rt.store.audit_log()]
    assert ("staff_link", "somsri") in audit and ("staff_chat_message", "somsri") in audit
    assert ("takeover", "somsri") in audit

    # the person answers: the topic gets it; the linked member answers again
    await both.line_send(lb.text_event(lf.USER, "ขอบคุณค่ะ รออยู่นะคะ", both.line.issue_token(lf.USER)))
    await both.tg.wait_for(lambda: any("ขอบคุณค่ะ รออยู่นะคะ" in t
                                       for t in both.tg.texts(STAFF_GROUP)), 10, "relay")
    await both.in_group(SOMSRI, "ได้ค่ะ", thread)
    await both.line.wait_for(lambda: "เจ้าหน้าที่ คุณสมศรี: ได้ค่ะ" in both.line.texts(lf.USER),
                             10, "the second reply")
    for text in both.line.texts(lf.USER):
        assert "somsri" not in text and "malee" not in text
    await both.in_group(SOMSRI, "/handback", thread)
    await both.tg.wait_for(lambda: any("ส่งแชตกลับ" in t for t in both.tg.texts(STAFF_GROUP)),
                           10, "handed back")
    assert await rt.store.hold(case.key) is None
    await both.line.wait_for(lambda: any(t.startswith("เจ้าหน้าที่ส่งให้น้ำใจดูแลต่อ")
                                         for t in both.line.texts(lf.USER)), 10, "told")


async def test_a_mistyped_code_links_nothing_and_chatter_outside_topics_is_ignored(
        both: Both) -> None:
    ref = await ask_for_a_person(both)
    await both.in_group(SOMSRI, "/link ABCD-EFGH")
    await both.tg.wait_for(lambda: any("ไม่ถูกต้องหรือหมดอายุ" in t
                                       for t in both.tg.texts(STAFF_GROUP)), 10, "bad code")
    rt = both.app[RUNTIME]
    assert await rt.store.linked_staff("telegram", str(SOMSRI["id"])) is None
    sent = len(both.tg.sent(STAFF_GROUP))
    await both.in_group(SOMSRI, "ใครว่างรับเรื่องนี้บ้างคะ")  # in the group, not a topic
    await asyncio.sleep(0.3)
    assert len(both.tg.sent(STAFF_GROUP)) == sent
    case = await rt.store.case_by_ref(ref)
    assert case is not None and await rt.store.hold(case.key) is None
