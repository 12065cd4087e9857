"""LINE's checks of the messages of a reply or push, and its refusals (status, message
and details, as the Messaging API answers them): used by the fake LINE API."""

from __future__ import annotations

from typing import Any

MESSAGES = {
    400: "The request body has 1 error(s)",
    401: "Authentication failed. Confirm that the access token in the authorization header "
         "is valid.",
    403: "Not authorized to use this API. Confirm that your account or plan is authorized "
         "to use this API.",
    429: "Too Many Requests",
    500: "An error occurred in the API server.",
    502: "Bad Gateway",
}



def line_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class Refused(Exception):
    def __init__(self, status: int, message: str, details: list[dict[str, str]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message = status, message
        self.details, self.headers = details or [], headers or {}


def _refuse(prop: str, message: str) -> Refused:
    return Refused(400, MESSAGES[400], [{"message": message, "property": prop}])


def check_messages(messages: Any) -> None:
    """LINE's checks of the messages of a reply or push."""
    if not isinstance(messages, list) or not 1 <= len(messages) <= 5:
        raise _refuse("messages", "Size must be between 1 and 5")
    for index, message in enumerate(messages):
        where = f"messages[{index}]"
        if message.get("type") == "text":
            if not 1 <= line_len(str(message.get("text") or "")) <= 5000:
                raise _refuse(f"{where}.text", "Length must be between 1 and 5000")
        elif message.get("type") == "flex":
            if not 1 <= line_len(str(message.get("altText") or "")) <= 1500:
                raise _refuse(f"{where}.altText", "Length must be between 1 and 1500")
            if (message.get("contents") or {}).get("type") not in ("bubble", "carousel"):
                raise _refuse(f"{where}.contents", "Invalid container")
        else:
            raise _refuse(f"{where}.type", "Unsupported message type")
        _check_quick_reply(message.get("quickReply"), f"{where}.quickReply")


def _check_quick_reply(quick: Any, where: str) -> None:
    if quick is None:
        return
    items = quick.get("items") or []
    if not 1 <= len(items) <= 13:
        raise _refuse(f"{where}.items", "Size must be between 1 and 13")
    for index, item in enumerate(items):
        action = item.get("action") or {}
        at = f"{where}.items[{index}].action"
        if item.get("type") != "action" or action.get("type") != "postback":
            raise _refuse(at, "Invalid action")
        if not 1 <= line_len(str(action.get("label") or "")) <= 20:
            raise _refuse(f"{at}.label", "Length must be between 1 and 20")
        if not 1 <= line_len(str(action.get("data") or "")) <= 300:
            raise _refuse(f"{at}.data", "Length must be between 1 and 300")
        if line_len(str(action.get("displayText") or "")) > 300:
            raise _refuse(f"{at}.displayText", "Length must be between 0 and 300")

