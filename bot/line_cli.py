"""`python -m bot line rich-menu [--save PNG]`: draw the LINE rich menu, upload it and
make it every user's default; our older menus (same name) are deleted afterwards.

Through line-bot-sdk v3 (async): the menu is validated and created on the Messaging
API, its image goes to the data API (api-data.line.me; a LINE_API_BASE_URL other
than LINE's own, such as a test's fake or a proxy, serves both). `--save` also
writes the image to a file, to look at it.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TextIO

from linebot.v3.messaging import (  # type: ignore[import-untyped]
    ApiException,
    AsyncApiClient,
    AsyncMessagingApi,
    AsyncMessagingApiBlob,
    Configuration,
    RichMenuRequest,
)

from bot.cases.errors import ThaiFontMissing
from bot.channels.line_http import use_env_proxy, without_env_lookups
from bot.line_menu import MAX_IMAGE, NAME, draw_menu, menu_json
from bot.settings import Settings

EXIT_OK, EXIT_FAILED = 0, 1
LINE_API = "https://api.line.me"
LINE_DATA_API = "https://api-data.line.me"


def data_host(api_base: str) -> str:
    """Where images go: LINE's data API, or the same base when it is not LINE's."""
    base = api_base.rstrip("/")
    return LINE_DATA_API if base == LINE_API else base


@asynccontextmanager
async def _client(host: str, token: str) -> AsyncIterator[AsyncApiClient]:
    config = Configuration(host=host, access_token=token)
    use_env_proxy(config)
    client = AsyncApiClient(config)
    try:
        await without_env_lookups(client, config)
        yield client
    finally:
        await client.close()


async def install(settings: Settings, image: bytes) -> tuple[str, list[str]]:
    """Create the menu with `image` and make it the default; (its id, the ids of our
    older menus deleted)."""
    token = settings.line_access_token or ""
    base = settings.line_api_base_url.rstrip("/")
    request = RichMenuRequest.from_dict(menu_json())
    async with _client(base, token) as client, _client(data_host(base), token) as data:
        api, blob = AsyncMessagingApi(client), AsyncMessagingApiBlob(data)
        await api.validate_rich_menu_object(request)
        menu_id = (await api.create_rich_menu(request)).rich_menu_id
        await blob.set_rich_menu_image(menu_id, image,
                                       _headers={"Content-Type": "image/png"})
        await api.set_default_rich_menu(menu_id)
        old = [m.rich_menu_id for m in (await api.get_rich_menu_list()).richmenus
               if m.name == NAME and m.rich_menu_id != menu_id]
        for other in old:
            await api.delete_rich_menu(other)
    return menu_id, old


def _refusal(exc: ApiException) -> str:
    body: Any = exc.body
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body or "")
    return f"LINE answered {exc.status} {exc.reason or ''}: {text[:500]}".strip()


def rich_menu(settings: Settings, save: Path | None = None, stdout: TextIO | None = None,
              stderr: TextIO | None = None) -> int:
    """Draw, upload and set the menu; one line printed. 0 on success, 1 on failure."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    if not settings.line_access_token:
        print("error: LINE_CHANNEL_ACCESS_TOKEN is not set", file=stderr)
        return EXIT_FAILED
    try:
        image = draw_menu()
    except ThaiFontMissing as exc:
        print(f"error: {exc}", file=stderr)
        return EXIT_FAILED
    if len(image) > MAX_IMAGE:
        print(f"error: the menu image is {len(image)} bytes, LINE takes at most {MAX_IMAGE}",
              file=stderr)
        return EXIT_FAILED
    if save is not None:
        save.write_bytes(image)
    try:
        menu_id, old = asyncio.run(install(settings, image))
    except ApiException as exc:
        print(f"error: {_refusal(exc)}", file=stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"error: cannot reach the LINE API at {settings.line_api_base_url}: {exc}",
              file=stderr)
        return EXIT_FAILED
    replaced = f"; replaced {len(old)} older menu(s)" if old else ""
    print(f"ok: rich menu {menu_id} is the default ({len(image)} bytes){replaced}",
          file=stdout)
    return EXIT_OK


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    """`python -m bot line ...` (only rich-menu so far)."""
    return rich_menu(Settings.from_env(), args.save, stdout)
