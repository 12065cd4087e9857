"""The SDK's API client as bot.channels.line_send uses it: a plain JSON body is taken
as it is, anything else is still sanitised by the SDK."""

from __future__ import annotations

import datetime as dt
import json

from linebot.v3.messaging import (  # type: ignore[import-untyped]
    Configuration,
    TextMessage,
)

from bot.channels.line_send import ApiClient, JsonBody


async def test_a_json_body_goes_as_it_is_and_the_rest_is_sanitised_as_before() -> None:
    client = ApiClient(Configuration(access_token="t", host="http://127.0.0.1:9"))
    try:
        body = JsonBody({"replyToken": "r", "messages": [
            {"type": "text", "text": "สวัสดีค่ะ", "quickReply": {"items": []}}]})
        assert client.sanitize_for_serialization(body) is body
        assert json.loads(json.dumps(body)) == dict(body)
        # the SDK's own walk is untouched for everything else
        at = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)
        assert client.sanitize_for_serialization({"at": at, "m": (TextMessage(text="x"),)}) \
            == {"at": at.isoformat(), "m": ({"type": "text", "text": "x"},)}
    finally:
        await client.close()
