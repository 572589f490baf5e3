# Copied from overrides/common/facade.py by scripts/generate.py — edit that file, not this copy.
"""What every service facade shares: per-call options, and closing the generated client's httpx clients.

The generated `Client` leaves its httpx clients open. A service facade (MetaStudio, Moderation, Ams,
...) mixes in SyncFacade or AsyncFacade over its `client` and gets `close()`/`aclose()`, the (async)
context manager and `with_options()` from here.
"""

from __future__ import annotations

import copy
from types import TracebackType
from typing import Self, Unpack

from ...client import Client
from .session import ApiClient, CallOptions


class _Facade:
    client: Client

    def with_options(self, **options: Unpack[CallOptions]) -> Self:
        """A copy of this facade whose calls use other retries or another timeout (ApiClient.with_options:
        the options are checked as connect()'s are), sharing its connections and rate limiter:
        `ams.with_options(max_retries=0).describe_task_detail(id)`."""
        if not isinstance(self.client, ApiClient):
            raise TypeError("with_options needs the ApiClient that connect() builds")
        twin = copy.copy(self)
        twin.client = self.client.with_options(**options)
        return twin


class SyncFacade(_Facade):
    """A facade over the synchronous httpx client of `client`; `with` closes it."""

    def close(self) -> None:
        self.client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncFacade(_Facade):
    """A facade over the asyncio httpx client of `client`; `async with` closes it."""

    async def aclose(self) -> None:
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()
