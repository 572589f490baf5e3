"""An httpx transport that serves requests from the fake cloud in-process (no sockets), sync and async.

httpx.ASGITransport only works with AsyncClient, and the generated clients pass the same transport
to their sync and async httpx clients. This one does both: async requests go straight to the ASGI
app; sync requests run it on an anyio blocking portal (an event loop in a daemon thread, started on
first use; a transport never closed does not keep the interpreter from exiting).

Clients may share one transport, and httpx closes it with each of them: close() returns at once and
only stops the loop, after the sync requests still in flight on other threads have been answered (a
request sent afterwards starts a new one).

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
    if fault.kind == "truncate" and fault.expected:
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
        self._in_flight = 0  # sync requests being answered on the portal
        self._closing = False  # close() was called while some were: the last one stops the portal
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
            self._in_flight += 1
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
        portal = self._blocking_portal()
        try:
            status, headers, content = portal.call(self._serve, copy)
        except httpx.TransportError as exc:
            exc.request = request
            raise
        finally:
            self._done()
        return httpx.Response(status, headers=headers, content=content, request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._respond(request)

    def _done(self) -> None:
        """A sync request has been answered: the last one after a close() stops the portal."""
        with self._lock:
            self._in_flight -= 1
            stop = self._closing and not self._in_flight
        if stop:
            self.close()

    def close(self) -> None:
        """Stop the event loop of sync requests — at once if none is in flight, else (without waiting for
        them) once the last has been answered."""
        with self._lock:
            if self._in_flight:
                self._closing = True
                return
            portal, thread = self._portal, self._thread
            self._portal = self._thread = None
            self._closing = False
        if portal is not None and thread is not None:
            portal.call(portal.stop)
            thread.join()

    async def aclose(self) -> None:
        self.close()

    def __exit__(self, *args: Any) -> None:
        self.close()
