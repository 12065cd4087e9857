"""The store's one error family, rooted at the project's NamjaiError.

Backends map their driver's errors to these in one place (their transaction
helper), so callers never see sqlite3 or asyncpg exceptions:
- `NotFound`: the row the call is about does not exist;
- `Conflict`: a unique key is taken (a username, an event id where it matters);
- `Unavailable`: the database cannot answer now (locked, busy, read-only, the
  connection lost, the server down); the caller may retry later, and a webhook
  answers 503 so that the platform redelivers.

`NotFound` and `Conflict` are also `KeyError`s, as the first contract had it.
"""

from __future__ import annotations

from knowledge.errors import NamjaiError


class StoreError(NamjaiError):
    """The database could not be opened or used."""


class NotFound(StoreError, KeyError):
    """The row the call is about does not exist."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "not found"


class Conflict(StoreError, KeyError):
    """A unique key is taken."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "conflict"


class Unavailable(StoreError):
    """The database cannot answer now (locked, busy, read-only, connection lost)."""
