# Copied from overrides/common/facade.py by scripts/generate.py — edit that file, not this copy.
"""What every service facade shares: closing the generated client's httpx clients, as a context manager.

The generated `Client` leaves its httpx clients open. A service facade (MetaStudio, Moderation, Ams,
...) mixes in SyncFacade or AsyncFacade over its `client` and gets `close()`/`aclose()` and the
(async) context manager from here.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from ...client import Client


class SyncFacade:
    """A facade over the synchronous httpx client of `client`; `with` closes it."""

    client: Client

    def close(self) -> None:
        self.client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncFacade:
    """A facade over the asyncio httpx client of `client`; `async with` closes it."""

    client: Client

    async def aclose(self) -> None:
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()
