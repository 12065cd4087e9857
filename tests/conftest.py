"""Test-wide guards: no network beyond loopback, no proxy for 127.0.0.1."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest

os.environ["PYTHAINLP_OFFLINE"] = "1"
os.environ["PYTHAINLP_READ_ONLY"] = "1"
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost,::1"

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _check(address: Any) -> None:
    if isinstance(address, tuple) and address:
        host = address[0]
        try:
            if ipaddress.ip_address(host).is_loopback:
                return
        except ValueError:
            if host == "localhost":
                return
        raise ConnectionRefusedError(f"tests may not reach the network: {address!r}")


def _guarded_connect(self: socket.socket, address: Any) -> None:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _check(address)
    _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> int:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _check(address)
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """This test run's own PostgreSQL database (dropped at the end); its URL."""
    from tests.pg import create_database, drop_database

    url = create_database()
    try:
        yield url
    finally:
        drop_database(url)


@pytest.fixture
def pg_url(pg_database: str) -> Iterator[str]:
    """A URL of a fresh, empty schema in this run's database, dropped after the test."""
    from tests.pg import create_schema, drop_schema, with_path

    schema = create_schema(pg_database)
    try:
        yield with_path(pg_database, schema)
    finally:
        drop_schema(pg_database, schema)


@pytest.fixture(autouse=True)
def _database_switch(request: pytest.FixtureRequest,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """With NAMJAI_TEST_DATABASE=postgres, apps built from Settings use PostgreSQL
    (except in tests marked `sqlite_files`, which look at SQLite's own files)."""
    if (os.environ.get("NAMJAI_TEST_DATABASE") == "postgres"
            and request.node.get_closest_marker("sqlite_files") is None):
        monkeypatch.setenv("NAMJAI_DATABASE_URL", request.getfixturevalue("pg_url"))
    else:
        monkeypatch.delenv("NAMJAI_DATABASE_URL", raising=False)


@pytest.fixture(scope="session")
def kb_matcher() -> Any:
    """The real knowledge base and matcher as the bot runs it (with the encoder), built
    once for the whole run (seconds)."""
    from knowledge import Matcher, load_encoder, load_knowledge

    kb = load_knowledge()
    return kb, Matcher(kb, encoder=load_encoder())
