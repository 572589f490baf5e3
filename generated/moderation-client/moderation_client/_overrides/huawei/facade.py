"""What every Huawei service facade shares: the generated client bound to a project, and closing it.

The generated functions take the project ID on every call and leave their httpx clients open. A
service facade (metastudio.service, moderation.service) subclasses SyncFacade or AsyncFacade, adds
its typed calls and waiters, and gets `close()`/`aclose()` and the (async) context manager from here.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from ...client import Client


class ProjectFacade:
    """A generated client and the project its calls act on."""

    def __init__(self, client: Client, project_id: str) -> None:
        self.client = client
        self.project_id = project_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_id={self.project_id!r})"


class SyncFacade(ProjectFacade):
    """A facade over the synchronous httpx client; `with` closes it."""

    def close(self) -> None:
        self.client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncFacade(ProjectFacade):
    """A facade over the asyncio httpx client; `async with` closes it."""

    async def aclose(self) -> None:
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
