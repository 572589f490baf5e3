"""An httpx transport that serves requests from the fake cloud in-process (no sockets), sync and async.

httpx.ASGITransport only works with AsyncClient, and the generated clients pass the same transport
to their sync and async httpx clients. This one does both: async requests go straight to the ASGI
app; sync requests run it on an anyio blocking portal (an event loop in a daemon thread, started on
first use and stopped by close(); a transport never closed does not keep the interpreter from exiting).

It behaves like a socket where a client can tell: the request's read timeout (httpx's `timeout`) is
enforced, so a delayed answer raises `httpx.ReadTimeout`; and a connection fault (faults/connection.py)
raises what httpx raises over a real socket: `httpx.RemoteProtocolError` for a dropped connection or a
truncated body, `httpx.ReadError` for a reset connection.
"""

from __future__ import annotations

import threading
from typing import Any

import anyio
import anyio.from_thread
import httpx
from starlette.types import ASGIApp

from .faults.connection import ConnectionFault


def _transport_error(fault: ConnectionFault, request: httpx.Request) -> httpx.TransportError:
    """What httpx (h11 over a socket) raises for the same fault on a served fake."""
    if fault.kind == "reset":
        return httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
    if fault.kind == "truncate":
        return httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body "
            f"(received {fault.received} bytes, expected {fault.expected})",
            request=request,
        )
    return httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout") or {}
    value = timeout.get("read")
    return float(value) if value is not None else None


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._asgi = httpx.ASGITransport(app=app)
        self._portal: anyio.from_thread.BlockingPortal | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _blocking_portal(self) -> anyio.from_thread.BlockingPortal:
        """The event loop of sync requests: anyio's start_blocking_portal() runs it in a non-daemon worker
        thread, which would keep the interpreter alive; this one runs in a daemon thread."""
        with self._lock:
            if self._portal is None:
                started: list[anyio.from_thread.BlockingPortal] = []
                ready = threading.Event()

                async def serve() -> None:
                    async with anyio.from_thread.BlockingPortal() as portal:
                        started.append(portal)
                        ready.set()
                        await portal.sleep_until_stopped()

                self._thread = threading.Thread(target=anyio.run, args=(serve,), name="fakecloud-in-process",
                                                daemon=True)  # fmt: skip
                self._thread.start()
                ready.wait()
                self._portal = started[0]
            return self._portal

    async def _respond(self, request: httpx.Request) -> httpx.Response:
        """The app's answer, within the request's read timeout, connection faults raised as httpx's."""
        try:
            with anyio.fail_after(_read_timeout(request)):
                return await self._asgi.handle_async_request(request)
        except TimeoutError:
            raise httpx.ReadTimeout("timed out", request=request) from None
        except ConnectionFault as fault:
            raise _transport_error(fault, request) from None

    async def _serve(self, request: httpx.Request) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        response = await self._respond(request)
        content = await response.aread()
        return response.status_code, response.headers.raw, content

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()  # drain a streamed (generator) body in this thread
        copy = httpx.Request(request.method, request.url, headers=request.headers, content=body,
                             extensions=request.extensions)  # fmt: skip
        try:
            status, headers, content = self._blocking_portal().call(self._serve, copy)
        except httpx.TransportError as exc:
            exc.request = request
            raise
        return httpx.Response(status, headers=headers, content=content, request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._respond(request)

    def close(self) -> None:
        with self._lock:
            if self._portal is not None and self._thread is not None:
                self._portal.call(self._portal.stop)
                self._thread.join()
            self._portal = self._thread = None

    async def aclose(self) -> None:
        self.close()

    def __exit__(self, *args: Any) -> None:
        self.close()
