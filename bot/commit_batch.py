"""Group commit: concurrent units of work (turns) share one transaction, each atomic.

While one transaction commits, the units that arrive wait; the next transaction then
runs all of them (up to `max_batch`), each inside its own savepoint: a unit that
fails is rolled back alone and its caller gets its exception, the others commit.
A caller's `submit` returns only after the COMMIT holding its unit succeeded, so
nothing is acknowledged before it is stored; if BEGIN or COMMIT fails, every caller
of the batch gets that error and nothing of the batch is stored.

It knows no SQL: the store gives it a transaction and a savepoint (async context
managers). Meant for the store's `save_turn` path, where a commit is the dominant
cost (PostgreSQL flushes its WAL at each COMMIT; SQLite in WAL mode with
synchronous=NORMAL does not, so there it saves the BEGIN/COMMIT round trips).
A caller cancelled while waiting does not withdraw its unit once the batch began.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any, Generic, TypeVar

Tx = TypeVar("Tx")
Unit = Callable[[Tx], Awaitable[Any]]


class CommitBatcher(Generic[Tx]):
    def __init__(self, transaction: Callable[[], AbstractAsyncContextManager[Tx]],
                 savepoint: Callable[[Tx], AbstractAsyncContextManager[None]],
                 max_batch: int = 64) -> None:
        self._transaction = transaction
        self._savepoint = savepoint
        self.max_batch = max_batch
        self._waiting: list[tuple[Unit[Tx], asyncio.Future[Any]]] = []
        self._worker: asyncio.Task[None] | None = None
        self.transactions = 0  # committed or not: how many were opened

    async def submit(self, unit: Unit[Tx]) -> Any:
        """Run `unit(tx)` in the next shared transaction; its result once committed."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting.append((unit, future))
        if self._worker is None:
            self._worker = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        try:
            while self._waiting:
                batch = self._waiting[:self.max_batch]
                del self._waiting[:self.max_batch]
                await self._commit(batch)
        finally:
            self._worker = None

    async def _commit(self, batch: list[tuple[Unit[Tx], asyncio.Future[Any]]]) -> None:
        outcomes: list[tuple[asyncio.Future[Any], BaseException | None, Any]] = []
        self.transactions += 1
        try:
            async with self._transaction() as tx:
                for unit, future in batch:
                    try:
                        async with self._savepoint(tx):
                            outcomes.append((future, None, await unit(tx)))
                    except Exception as exc:  # this unit only: rolled back to its savepoint
                        outcomes.append((future, exc, None))
        except Exception as exc:  # BEGIN or COMMIT failed: nothing of the batch is stored
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        except BaseException as exc:  # cancelled: the callers must not hang
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc if isinstance(exc, Exception)
                                         else RuntimeError("the commit was interrupted"))
            raise
        for future, error, result in outcomes:
            if future.done():
                continue  # the caller was cancelled; its unit is committed all the same
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)
