"""Settings from environment variables, with embedded defaults (no credentials needed)."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from knowledge.errors import NamjaiError

DEFAULT_DB = Path("data") / "namjai.db"
LINE_API = "https://api.line.me"
TELEGRAM_API = "https://api.telegram.org"
# processed webhook events are kept 7 days (bot.sweeper): a redelivery within the
# replay limit is always recognised as long as the limit stays shorter than that
MAX_EVENT_AGE_LIMIT = 6 * 24 * 60  # minutes

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
T = TypeVar("T")


class SettingsError(NamjaiError):
    """A setting with a value we cannot use; the message names the variable."""


def _number(name: str, raw: str | None, default: T, kind: Callable[[str], T],
            low: float, high: float) -> T:
    if raw is None:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a number") from None
    if not low <= float(value) <= high:  # type: ignore[arg-type]
        raise SettingsError(f"{name}={raw!r} is out of range ({low:g} to {high:g})")
    return value


def _networks(name: str, raw: str | None) -> tuple[Network, ...]:
    networks = []
    for part in (raw or "").replace(" ", ",").split(","):
        if part:
            try:
                networks.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                raise SettingsError(f"{name}: {part!r} is not an IP address or "
                                    "network") from None
    return tuple(networks)


def db_path(override: str | None = None) -> Path:
    return Path(override or os.environ.get("NAMJAI_DB") or DEFAULT_DB)


def database_url(env: Mapping[str, str] | None = None) -> str | None:
    """`NAMJAI_DATABASE_URL` (postgresql://...), or None: the SQLite file serves."""
    env = os.environ if env is None else env
    return env.get("NAMJAI_DATABASE_URL", "").strip() or None


def database(override: str | None = None) -> str | Path:
    """Where the store lives: a SQLite path given on the command line, else
    `NAMJAI_DATABASE_URL`, else the SQLite file of `NAMJAI_DB`."""
    if override:
        return override if override.startswith(("postgresql://", "postgres://")) \
            else Path(override)
    return database_url() or db_path()


@dataclass(frozen=True)
class Settings:
    db: Path = DEFAULT_DB
    # PostgreSQL instead of the SQLite file; read from the environment by default, so
    # that `NAMJAI_TEST_DATABASE=postgres` runs every app the tests build on it
    database_url: str | None = field(default_factory=database_url)
    host: str = "127.0.0.1"
    port: int = 8080
    line_channel_secret: str | None = None
    line_access_token: str | None = None
    line_api_base_url: str = LINE_API
    telegram_bot_token: str | None = None
    telegram_webhook_secret: str | None = None
    telegram_api_base_url: str = TELEGRAM_API
    telegram_staff_chat_id: str | None = None
    line_staff_group_id: str | None = None
    public_url: str | None = None  # where staff reach the console, for links in alerts
    handback_idle_minutes: int = 30
    max_event_age_minutes: int = 60  # older webhook events are refused (replays)
    trusted_proxies: tuple[Network, ...] = ()  # their X-Forwarded-For/-Proto are believed
    header_timeout: float = 10.0  # seconds to send a request's headers
    body_timeout: float = 15.0  # seconds to send a request's body
    max_client_connections: int = 50  # open connections of one client address
    metrics_token: str | None = None  # GET /metrics from other than loopback needs it
    follow_up_days: int = 3  # the step-8 question "ถึงบ้านปลอดภัยไหมคะ", days after the help

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        return cls(
            db=Path(get("NAMJAI_DB") or DEFAULT_DB),
            database_url=database_url(env),
            host=get("NAMJAI_HOST") or "127.0.0.1",
            port=_number("NAMJAI_PORT", get("NAMJAI_PORT"), 8080, int, 0, 65535),
            line_channel_secret=get("LINE_CHANNEL_SECRET"),
            line_access_token=get("LINE_CHANNEL_ACCESS_TOKEN"),
            line_api_base_url=(get("LINE_API_BASE_URL") or LINE_API).rstrip("/"),
            telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
            telegram_webhook_secret=get("TELEGRAM_WEBHOOK_SECRET"),
            telegram_api_base_url=(get("TELEGRAM_API_BASE_URL") or TELEGRAM_API).rstrip("/"),
            telegram_staff_chat_id=get("TELEGRAM_STAFF_CHAT_ID"),
            line_staff_group_id=get("LINE_STAFF_GROUP_ID"),
            public_url=(get("NAMJAI_PUBLIC_URL") or "").rstrip("/") or None,
            handback_idle_minutes=_number("NAMJAI_HANDBACK_IDLE_MINUTES",
                                          get("NAMJAI_HANDBACK_IDLE_MINUTES"), 30, int, 1,
                                          7 * 24 * 60),
            max_event_age_minutes=_number("NAMJAI_MAX_EVENT_AGE_MINUTES",
                                          get("NAMJAI_MAX_EVENT_AGE_MINUTES"), 60, int, 1,
                                          MAX_EVENT_AGE_LIMIT),
            trusted_proxies=_networks("NAMJAI_TRUSTED_PROXIES", get("NAMJAI_TRUSTED_PROXIES")),
            header_timeout=_number("NAMJAI_HEADER_TIMEOUT", get("NAMJAI_HEADER_TIMEOUT"), 10.0,
                                   float, 0.1, 3600),
            body_timeout=_number("NAMJAI_BODY_TIMEOUT", get("NAMJAI_BODY_TIMEOUT"), 15.0,
                                 float, 0.1, 3600),
            max_client_connections=_number("NAMJAI_MAX_CLIENT_CONNECTIONS",
                                           get("NAMJAI_MAX_CLIENT_CONNECTIONS"), 50, int, 1,
                                           100_000),
            metrics_token=get("NAMJAI_METRICS_TOKEN"),
            follow_up_days=_number("NAMJAI_FOLLOW_UP_DAYS", get("NAMJAI_FOLLOW_UP_DAYS"), 3, int,
                                   1, 365),
        )

    def line_enabled(self) -> tuple[bool, str]:
        if self.line_channel_secret and self.line_access_token:
            return True, "on"
        return False, "off (set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN)"

    def telegram_enabled(self) -> tuple[bool, str]:
        if self.telegram_bot_token and self.telegram_webhook_secret:
            return True, "on"
        return False, "off (set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET)"
