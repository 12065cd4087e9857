"""Reply, push and loading-animation requests to LINE, with bodies built once, through
the SDK's API client.

The messaging API's typed methods (`reply_message`, `push_message`) validate their
pydantic v1 request model again on every call, turn it back into a dict
(`to_dict`, `sanitize_for_serialization`) and validate LINE's answer into another
model: about 30 model validations per message, most of the CPU time of a reply.
Here the messages are built and validated with the SDK's models once per distinct
reply (bot.channels.line_render.render_json), and the request goes through the same
SDK `ApiClient.call_api` the typed methods end in: the SDK still sets the bearer
token and User-Agent, sends with its aiohttp session and raises its `ApiException`
for a refusal (mapped in bot.channels.line_errors). LINE's answer body is read as
plain JSON (the sent messages' ids, which staff-chat replies quote), never turned into
a model. The body (plain JSON already) is handed over as a JsonBody, which the
SDK's client (ApiClient here) does not walk again with its recursive
`sanitize_for_serialization`: `json.dumps` serialises it as before.
"""

from __future__ import annotations

import json
from typing import Any

from linebot.v3.messaging import AsyncApiClient  # type: ignore[import-untyped]

REPLY_PATH = "/v2/bot/message/reply"
PUSH_PATH = "/v2/bot/message/push"
LOADING_PATH = "/v2/bot/chat/loading/start"
JSON = "application/json"


class JsonBody(dict[str, Any]):
    """A request body of plain JSON values only (dicts, lists, strings, numbers,
    booleans, None)."""


class ApiClient(AsyncApiClient):  # type: ignore[misc]
    """The SDK's async API client, taking a JsonBody as it is: its generic walk
    (about 30 calls per message) would rebuild the same dicts. Anything else is
    sanitised by the SDK as always; json.dumps raises on a value that is not JSON."""

    def sanitize_for_serialization(self, obj: Any) -> Any:
        if type(obj) is JsonBody:
            return obj
        return super().sanitize_for_serialization(obj)


async def post(api: Any, path: str, body: dict[str, Any], timeout: Any,
               headers: dict[str, str] | None = None) -> dict[str, Any]:
    """POST a JSON body to the messaging API: LINE's JSON answer ({} when it has
    none); ApiException on a refusal."""
    header_params = {"Accept": JSON, "Content-Type": JSON, **(headers or {})}
    raw = await api.api_client.call_api(
        path, "POST", {}, [], header_params, body=JsonBody(body), post_params=[], files={},
        response_types_map={"200": "bytearray"}, auth_settings=["Bearer"],
        _return_http_data_only=True,
        _preload_content=True, _request_timeout=timeout, _host=api.line_base_path,
        collection_formats={})
    try:
        answer = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return answer if isinstance(answer, dict) else {}


def sent_ids(answer: dict[str, Any]) -> list[str]:
    """The message ids of LINE's answer to a reply or a push."""
    sent = answer.get("sentMessages")
    return [str(m["id"]) for m in sent if isinstance(m, dict) and m.get("id")] \
        if isinstance(sent, list) else []


async def reply(api: Any, token: str, messages: list[dict[str, Any]],
                timeout: Any) -> list[str]:
    """Send with a reply token: the sent messages' ids."""
    return sent_ids(await post(api, REPLY_PATH, {"replyToken": token, "messages": messages},
                               timeout))


async def push(api: Any, to: str, messages: list[dict[str, Any]], retry_key: str,
               timeout: Any) -> list[str]:
    """Push: the sent messages' ids."""
    return sent_ids(await post(api, PUSH_PATH, {"to": to, "messages": messages}, timeout,
                               {"X-Line-Retry-Key": retry_key}))


async def show_loading(api: Any, chat_id: str, seconds: int, timeout: Any) -> None:
    await post(api, LOADING_PATH, {"chatId": chat_id, "loadingSeconds": seconds}, timeout)
