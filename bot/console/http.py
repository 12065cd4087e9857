"""HTTP helpers of the console: security headers, JSON bodies and the one place where
errors of the desk, the workflow and the letter become HTTP statuses."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from bot.cases.errors import (
    AmountError,
    LetterError,
    NationalIdError,
    PermissionDenied,
    ReportError,
    ThaiFontMissing,
    TransitionError,
)
from bot.channels.boundary import BadJson, loads
from bot.channels.http import SECURITY_HEADERS, BodyTimeout, BodyTooLarge, read_body
from bot.desk import Conflict, DeskError, NotFound
from knowledge.errors import NamjaiError

__all__ = ["HEADERS", "SECURITY_HEADERS", "ConsoleError", "error_json", "json_ok",
           "read_json", "to_console_error"]

MAX_BODY = 64 * 1024
HEADERS = {**SECURITY_HEADERS, "Cache-Control": "no-store"}


class ConsoleError(NamjaiError):
    """A refused request: HTTP status, a short code and a Thai-or-English detail."""

    def __init__(self, status: int, code: str, detail: str,
                 extra: dict[str, Any] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.extra = extra or {}

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "detail": self.detail, **self.extra}


def unauthorized() -> ConsoleError:
    return ConsoleError(401, "unauthorized", "กรุณาเข้าสู่ระบบก่อน (not logged in)")


def bad_csrf() -> ConsoleError:
    return ConsoleError(403, "csrf", "โทเคน CSRF ไม่ถูกต้องหรือไม่มี ลองโหลดหน้าใหม่ "
                        "(missing or wrong CSRF token)")


def bad_request(detail: str) -> ConsoleError:
    return ConsoleError(400, "bad_request", detail)


def to_console_error(exc: NamjaiError) -> ConsoleError:
    """The HTTP answer to an error of the desk, the workflow, the report or the letter."""
    if isinstance(exc, ConsoleError):
        return exc
    if isinstance(exc, PermissionDenied):
        return ConsoleError(403, "forbidden", str(exc), {"action": exc.action})
    if isinstance(exc, TransitionError):
        return ConsoleError(400, "bad_transition", str(exc),
                            {"current": exc.current, "to": exc.target,
                             "allowed": list(exc.allowed)})
    if isinstance(exc, AmountError):
        return ConsoleError(400, "bad_amount", str(exc), {
            "item": exc.item, "limit": exc.limit,
            "problems": [{"item": i, "limit": lim, "detail": d} for i, lim, d in exc.problems]})
    if isinstance(exc, NationalIdError):
        return ConsoleError(400, "bad_national_id", str(exc))
    if isinstance(exc, NotFound):
        return ConsoleError(404, "not_found", str(exc))
    if isinstance(exc, Conflict):
        return ConsoleError(409, "conflict", str(exc))
    if isinstance(exc, DeskError):
        return ConsoleError(exc.status, "bad_request", str(exc))
    if isinstance(exc, ThaiFontMissing):
        return ConsoleError(503, "no_thai_font", str(exc))
    if isinstance(exc, LetterError):
        return ConsoleError(409, "letter_unavailable", str(exc))
    if isinstance(exc, ReportError):
        return ConsoleError(400, "bad_request", str(exc))
    raise exc


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def json_ok(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, headers=HEADERS, dumps=dumps)


def error_json(err: ConsoleError) -> web.Response:
    return json_ok(err.body(), err.status)


async def read_json(request: web.Request) -> dict[str, Any]:
    """The request's JSON object; ConsoleError 400 (or 413) saying what is wrong."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise ConsoleError(413, "too_large", f"the body is over {MAX_BODY} bytes")
    if request.content_type != "application/json":
        raise bad_request("the body must be application/json")
    try:
        body = loads(await read_body(request, MAX_BODY))
    except BadJson as exc:
        raise bad_request(str(exc)) from exc
    except BodyTooLarge as exc:
        raise ConsoleError(413, "too_large", str(exc)) from exc
    except BodyTimeout as exc:
        raise ConsoleError(408, "timeout", str(exc)) from exc
    if not isinstance(body, dict):
        raise bad_request("the body must be a JSON object")
    return body


def text_field(body: dict[str, Any], name: str, *, required: bool = True,
               limit: int = 2000) -> str:
    value = body.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise bad_request(f"{name} must be a string")
    if len(value) > limit:
        raise bad_request(f"{name} is longer than {limit} characters")
    if required and not value.strip():
        raise bad_request(f"{name} is empty")
    return value


def case_id_of(request: web.Request) -> int:
    raw = request.match_info.get("id", "")
    if not raw.isdigit() or len(raw) > 12:
        raise ConsoleError(404, "not_found", f"no case {raw}")
    return int(raw)
