"""An httpx transport that serves requests from the fake cloud in-process (no sockets), sync and async.

httpx.ASGITransport only works with AsyncClient, and the generated clients pass the same transport
to their sync and async httpx clients. This one does both: async requests go straight to the ASGI
app; sync requests run it on an anyio blocking portal (an event loop in a helper thread, started on
first use and stopped by close()).
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from typing import Any

import anyio.from_thread
import httpx
from starlette.types import ASGIApp


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._asgi = httpx.ASGITransport(app=app)
        self._portal_cm: AbstractContextManager[anyio.from_thread.BlockingPortal] | None = None
        self._portal: anyio.from_thread.BlockingPortal | None = None
        self._lock = threading.Lock()

    def _blocking_portal(self) -> anyio.from_thread.BlockingPortal:
        with self._lock:
            if self._portal is None:
                self._portal_cm = anyio.from_thread.start_blocking_portal()
                self._portal = self._portal_cm.__enter__()
            return self._portal

    async def _serve(self, request: httpx.Request) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        response = await self._asgi.handle_async_request(request)
        content = await response.aread()
        return response.status_code, response.headers.raw, content

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()  # drain a streamed (generator) body in this thread
        copy = httpx.Request(request.method, request.url, headers=request.headers, content=body)
        status, headers, content = self._blocking_portal().call(self._serve, copy)
        return httpx.Response(status, headers=headers, content=content, request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._asgi.handle_async_request(request)

    def close(self) -> None:
        with self._lock:
            if self._portal_cm is not None:
                self._portal_cm.__exit__(None, None, None)
            self._portal_cm = self._portal = None

    async def aclose(self) -> None:
        self.close()

    def __exit__(self, *args: Any) -> None:
        self.close()
