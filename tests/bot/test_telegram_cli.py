"""`python -m bot telegram set-webhook` (bot.telegram_cli) against the fake Bot API."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.telegram_cli import set_webhook
from tests.bot.channels.telegram_fake import (
    FakeTelegram,
)
from tests.bot.channels.telegram_live import (
    SECRET,
    TOKEN,
    fake_telegram_api,  # noqa: F401 (the `fake` fixture)
    settings,
    telegram_app,  # noqa: F401 (the `live` fixture)
)

# -- set_webhook -------------------------------------------------------------------------


def run_set_webhook(settings_: Settings, url: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = set_webhook(settings_, url, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


async def test_set_webhook_sends_the_secret_and_allowed_updates(tmp_path: Path,
                                                                fake: FakeTelegram) -> None:
    code, out, err = await asyncio.to_thread(run_set_webhook, settings(tmp_path, fake),
                                             "https://namjai.example.org")
    assert (code, err) == (0, "")
    assert out.startswith("ok: ") and len(out.splitlines()) == 1
    [call] = fake.of("setWebhook")
    assert call.ok and call.params["secret_token"] == SECRET
    assert call.params["url"] == "https://namjai.example.org/webhooks/telegram"
    assert call.params["allowed_updates"] == ["message", "callback_query"]


@pytest.mark.parametrize("case", ["500", "bad-token", "http", "bad-secret", "no-token"])
async def test_set_webhook_failures_exit_1(tmp_path: Path, fake: FakeTelegram,
                                           case: str) -> None:
    config = settings(tmp_path, fake, token="999:wrong" if case == "bad-token" else TOKEN)
    url = "http://namjai.example.org/hook" if case == "http" else "https://x.example/hook"
    if case == "500":
        fake.fail_next("setWebhook", status=500)
    if case == "bad-secret":
        config = Settings(**{**config.__dict__, "telegram_webhook_secret": "มีช่องว่าง บ้าง"})
    if case == "no-token":
        config = Settings(**{**config.__dict__, "telegram_bot_token": None})
    code, out, err = await asyncio.to_thread(run_set_webhook, config, url)
    assert code == 1 and out == ""
    assert err.startswith("error: ") and len(err.splitlines()) == 1
    assert "999:wrong" not in err and TOKEN not in err
    assert not fake.of("setWebhook", ok=True)
