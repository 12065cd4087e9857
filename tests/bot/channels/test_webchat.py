"""The web chat channel over HTTP: the page and the JSON API (fixtures: webchat_live.py)."""

from __future__ import annotations

import json
import re
from typing import cast

import pytest
from aiohttp import web

from bot.channels.webchat import WebChatChannel
from bot.channels.webchat_messages import MAX_TEXT
from bot.conversations import Conversations
from bot.store import StoreError
from dialogs import texts
from dialogs.types import ConversationKey, Inbound
from tests.bot.channels.webchat_live import (
    API,
    STORY,
    Client,
    joined,
    new_session,
    say,
    serve,
    webchat_channel,  # noqa: F401 (the `channel` fixture)
    webchat_client,  # noqa: F401 (the `client` fixture)
)
from tests.bot.notices import FIRST_NOTICE

# -- the page -------------------------------------------------------------------------


async def test_page_is_thai_and_mobile_first(client: Client) -> None:
    response = await client.get("/")
    assert response.status == 200
    assert response.content_type == "text/html"
    page = await response.text()
    assert "<title>น้ำใจ — ผู้ช่วยสายด่วน 1300</title>" in page
    assert 'lang="th"' in page and 'name="viewport"' in page
    assert "โทร 1300 ได้ตลอด 24 ชั่วโมง" in page
    assert "http://" not in page and "https://" not in page  # nothing from elsewhere
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize(("name", "kind"), [("chat.js", "application/javascript"),
                                            ("chat.css", "text/css")])
async def test_static_files_are_served(client: Client, name: str, kind: str) -> None:
    response = await client.get(f"/chat/static/{name}")
    assert response.status == 200 and response.content_type == kind
    assert response.charset == "utf-8"
    body = await response.text()
    assert not re.search(r"\.(inner|outer)HTML|insertAdjacentHTML|document\.write", body)


@pytest.mark.parametrize("path", ["/chat/static/index.html.bak", "/chat/static/webchat.py",
                                  "/chat/static/..%2Fwebchat.py", "/chat/static/"])
async def test_other_files_are_not_served(client: Client, path: str) -> None:
    assert (await client.get(path)).status == 404


# -- the API --------------------------------------------------------------------------


async def test_first_visit_gets_welcome_privacy_and_consent_buttons(client: Client) -> None:
    replies = await say(client, new_session(), start=True)
    assert replies[0]["text"] == texts.WELCOME
    assert replies[-1]["text"] == FIRST_NOTICE
    assert replies[-1]["choices"] == [{"label": "ยินยอม", "value": "consent:yes"},
                                      {"label": "ไม่ยินยอม", "value": "consent:no"}]
    assert all(set(r) == {"text", "choices", "card"} for r in replies)


async def test_tapping_and_typing_go_through_the_dialog(client: Client) -> None:
    session = new_session()
    await say(client, session, start=True)
    thanks = await say(client, session, choice="consent:yes", text="ยินยอม")
    assert texts.CONSENT_YES in joined(thanks)
    reply = joined(await say(client, session, text=STORY))
    assert "ชลบุรี" in reply and "ขอนแก่น" in reply


async def test_returning_session_resumes_where_it_was(client: Client) -> None:
    session = new_session()
    await say(client, session, start=True)
    await say(client, session, choice="consent:yes", text="ยินยอม")
    asked = await say(client, session, text="ขอความช่วยเหลือ")
    question = asked[-1]
    assert question["choices"]
    again = await say(client, session.upper(), start=True)  # ids are case-insensitive
    assert again[0]["text"] == texts.WELCOME_BACK
    assert again[-1]["text"].splitlines()[-1] == question["text"].splitlines()[-1]
    assert again[-1]["choices"] == question["choices"]
    other = await say(client, new_session(), start=True)
    assert other[0]["text"] == texts.WELCOME


async def test_erasing_tells_the_page_to_forget(client: Client) -> None:
    session = new_session()
    await say(client, session, start=True)
    await say(client, session, choice="consent:yes", text="ยินยอม")
    response = await client.post(API, json={"session": session, "text": "ลบข้อมูล"})
    assert "erased" not in await response.json()
    response = await client.post(API, json={"session": session, "choice": "yes", "text": "ใช่"})
    body = await response.json()
    assert body["erased"] is True and body["replies"][0]["text"] == texts.ERASE_DONE


async def test_text_of_the_limit_is_accepted(client: Client) -> None:
    session = new_session()
    await say(client, session, start=True)
    assert await say(client, session, text="ก" * MAX_TEXT)


@pytest.mark.parametrize(("body", "why"), [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "JSON object"),
    ("null", "JSON object"),
    (json.dumps({"text": "สวัสดี"}), "session"),
    (json.dumps({"session": "abc", "text": "สวัสดี"}), "session"),
    (json.dumps({"session": 12345, "text": "สวัสดี"}), "session"),
    (json.dumps({"session": "../../etc/passwd", "start": True}), "session"),
    (json.dumps({"session": "SESSION", "text": "ก" * (MAX_TEXT + 1)}), "longer than 5000"),
    (json.dumps({"session": "SESSION", "text": 5}), "text must be a string"),
    (json.dumps({"session": "SESSION", "choice": ["x"]}), "choice must be a string"),
    (json.dumps({"session": "SESSION", "choice": "x" * 201}), "longer than 200"),
    (json.dumps({"session": "SESSION"}), "send text"),
    (json.dumps({"session": "SESSION", "start": "yes"}), "send text"),
])
async def test_bad_requests_get_400_with_a_json_error(client: Client, body: str,
                                                      why: str) -> None:
    data = body.replace("SESSION", new_session()).encode()
    response = await client.post(API, data=data, headers={"Content-Type": "application/json"})
    assert response.status == 400
    error = await response.json()
    assert error["error"] == "bad_request" and why in error["detail"]


async def test_body_must_be_json(client: Client) -> None:
    body = json.dumps({"session": new_session(), "text": "สวัสดี"})
    response = await client.post(API, data=body, headers={"Content-Type": "text/plain"})
    assert response.status == 400
    assert "application/json" in (await response.json())["detail"]


async def test_oversized_body_is_refused(client: Client) -> None:
    body = json.dumps({"session": new_session(), "text": "x" * 70_000})
    response = await client.post(API, data=body, headers={"Content-Type": "application/json"})
    assert response.status == 413
    assert (await response.json())["error"] == "too_large"


async def test_store_failure_is_a_json_503() -> None:
    class Broken:
        async def handle(self, key: ConversationKey, inbound: Inbound) -> None:
            raise StoreError("disk full")

    app = web.Application()
    app.router.add_routes(WebChatChannel(cast(Conversations, Broken())).routes())
    client = await serve(app)
    try:
        response = await client.post(API, json={"session": new_session(), "text": "สวัสดี"})
        assert response.status == 503
        assert (await response.json())["error"] == "unavailable"
    finally:
        await client.close()
