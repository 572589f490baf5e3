"""The fake on a real socket: uvicorn on 127.0.0.1, in a thread (`serve()`) or in the foreground
(`serve_forever()`, the `fakecloud` command).

Both use `uvicorn_config()`: uvicorn's h11 protocol, each request's ASGI scope carrying the connection it
came on (faults/connection.py), so an injected drop, reset or truncation really happens on the socket.
The server buffers a request head up to limits.MAX_HEAD (beyond the gateway's URI and header limits, so
that those are answered by the gateway in the vendor's shape); bytes it cannot read as HTTP at all get
the API Gateway's JSON error instead of uvicorn's plain text, and the connection is closed (its framing
is lost).

A request must arrive whole within REQUEST_SECONDS of its first byte (a connection must send one within
REQUEST_SECONDS of opening): a slow head or body gets 408 APIG.0201 in the same JSON and the connection
is closed, a connection that sends nothing is closed, so that slow clients cannot hold sockets forever.
Accepted sockets get TCP_NODELAY.

The port is bound before uvicorn starts (a busy port is an OSError at once), and the fake is announced
once uvicorn accepts connections.

Stopping (the end of a `serve()` block, Ctrl-C or SIGTERM): no new connections are accepted; a request
waiting out an injected delay is cut off at once — its connection is closed without an answer (the
client sees a dropped connection, `httpx.RemoteProtocolError`; the call log records status None) —
and every other request in flight is answered, then its connection closed; idle connections close.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

import h11
import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import FakeCloud
from .control import CONTROL_PREFIX
from .faults.connection import EXTENSION, SocketConnection
from .huawei.service import GATEWAY_REFUSALS
from .limits import MAX_HEAD, explained
from .settings import SETTINGS, Credentials, Settings, parsed

HOST = "127.0.0.1"
STARTUP_SECONDS = 10.0
SHUTDOWN_SECONDS = 5  # what uvicorn gives the requests still being answered when it stops
REQUEST_SECONDS = 60.0  # a request's head and body must arrive within it (nginx's client header and body timeouts)


class _ConnectionAwareH11(H11Protocol):
    """uvicorn's h11 protocol, handing the app each request's connection in scope["extensions"]."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # as uvicorn's
        super().connection_made(transport)
        # asyncio sets TCP_NODELAY only on sockets whose proto is IPPROTO_TCP, which a listening socket made
        # with proto 0 (ours, as socket.socket's default) does not pass on: without it, every answer on a
        # kept-alive connection waits out the client's delayed ACK (about 40 ms).
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._request_timer: asyncio.TimerHandle | None = None
        self._start_request_timer()  # a connection that never sends a request is closed too
        app: ASGIApp = self.app
        connection = self.fakecloud_connection = SocketConnection(transport)

        async def with_connection(scope: Scope, receive: Receive, send: Send) -> None:
            scope.setdefault("extensions", {})[EXTENSION] = connection
            await app(scope, receive, send)

        self.app = with_connection

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE and (not self.conn.trailing_data[0] or self._request_timer is None):
            self._start_request_timer()  # a request begins (or a pipelined one goes on): REQUEST_SECONDS for it
        super().data_received(data)
        if self._request_timer is not None and self.conn.their_state not in (h11.IDLE, h11.SEND_BODY):
            self._request_timer.cancel()  # all of it arrived: the keep-alive timeout takes over once answered
            self._request_timer = None

    def connection_lost(self, exc: Exception | None) -> None:
        if self._request_timer is not None:
            self._request_timer.cancel()
        super().connection_lost(exc)

    def _start_request_timer(self) -> None:
        if self._request_timer is not None:
            self._request_timer.cancel()
        self._request_timer = self.loop.call_later(REQUEST_SECONDS, self._request_timed_out)

    def _request_timed_out(self) -> None:
        """REQUEST_SECONDS after a request began (or the connection opened) it has not all arrived: a client
        sending nothing is disconnected, one sending a head or body too slowly gets 408 APIG.0201 (a request
        the app already answered is cut off), so that slow clients cannot hold connections forever. A request
        received whole, or whose body the server itself stopped reading, has all the time it needs."""
        self._request_timer = None
        state, pending = self.conn.their_state, self.conn.trailing_data[0]
        if self.transport.is_closing() or state not in (h11.IDLE, h11.SEND_BODY) or self.flow.read_paused:
            return
        cycle = self.cycle if self.cycle is not None and not self.cycle.response_complete else None
        idle = state is h11.IDLE and not pending and cycle is None
        if idle or (cycle is not None and cycle.response_started):  # nothing to answer, or an answer begun
            self.transport.close()
        else:
            self._refuse("timeout", f"the request did not arrive within {REQUEST_SECONDS:g} s")

    def send_400_response(self, msg: str) -> None:
        """What uvicorn answers to bytes h11 cannot read as a request, in the gateway's JSON: 494 APIG.0201
        for a request head beyond MAX_HEAD, else 400 APIG.0201; then the connection is closed."""
        too_large = len(self.conn.trailing_data[0]) > MAX_HEAD
        detail = f"the request head exceeds {MAX_HEAD:,} bytes" if too_large else "the request is not valid HTTP/1.1"
        self._refuse("headers" if too_large else "http", detail)

    def _refuse(self, kind: str, detail: str) -> None:
        """Answer GATEWAY_REFUSALS[kind] in the gateway's JSON, then close the connection."""
        status, code, message = GATEWAY_REFUSALS[kind]
        request_id = uuid.uuid4().hex
        answer = {"error_code": code, "error_msg": explained(message, detail), "request_id": request_id}
        body = json.dumps(answer).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                   (b"connection", b"close"), (b"x-request-id", request_id.encode())]  # fmt: skip
        reason = b"Request Timeout" if status == 408 else b"Bad Request"
        if self.conn.their_state is h11.IDLE:  # a head that never ended: h11 has no request to answer, so write it
            fields = b"".join(name + b": " + value + b"\r\n" for name, value in headers)
            self.transport.write(b"HTTP/1.1 %d %s\r\n%s\r\n%s" % (status, reason, fields, body))
            self.transport.close()
            return
        events = (h11.Response(status_code=status, headers=headers, reason=reason), h11.Data(data=body),
                  h11.EndOfMessage())  # fmt: skip
        try:
            for event in events:
                self.transport.write(self.conn.send(event) or b"")
        except h11.LocalProtocolError:  # a response had already begun: nothing more can be said
            pass
        self.transport.close()

    def shutdown(self) -> None:
        """The server stops: a request waiting out an injected delay is cut off, the others are answered."""
        self.fakecloud_connection.stop()
        super().shutdown()


class _Server(uvicorn.Server):
    """uvicorn's server, calling `on_started` once it accepts connections."""

    def __init__(self, config: uvicorn.Config, on_started: Callable[[], None] | None = None) -> None:
        super().__init__(config)
        self._on_started = on_started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started and self._on_started is not None:
            self._on_started()


def uvicorn_config(app: ASGIApp, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(app, host=host, port=port, http=_ConnectionAwareH11, lifespan="off", log_level="warning",
                          timeout_graceful_shutdown=SHUTDOWN_SECONDS,
                          h11_max_incomplete_event_size=MAX_HEAD)  # fmt: skip


@dataclass(frozen=True)
class ServedFake:
    """A fake cloud served on a socket: its base URL (every service answers there), the same URL per
    service, the credentials it accepts, and the FakeCloud itself (state, faults, calls)."""

    url: str
    cloud: FakeCloud = field(repr=False)

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    @property
    def urls(self) -> Mapping[str, str]:
        return dict.fromkeys(self.cloud.controls, self.url)

    @property
    def control_url(self) -> str:
        return self.url + CONTROL_PREFIX

    @property
    def credentials(self) -> Credentials:
        return self.cloud.settings.credentials


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to host:port (0: a free port) and listening; OSError if the port cannot be bound."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


@contextmanager
def serve(cloud: FakeCloud | None = None, *, settings: Settings | None = None, port: int = 0) -> Iterator[ServedFake]:
    """Serve `cloud` (default: a new FakeCloud of `settings`, else of the documented defaults — not of the
    environment) on 127.0.0.1:`port` (0: a free port) in a background thread, until the block ends, also
    when it raises. Yields the ServedFake. SettingsError for a port that is not one, OSError if the port
    cannot be bound, RuntimeError if uvicorn does not start within STARTUP_SECONDS."""
    if cloud is not None and settings is not None:
        raise TypeError("pass a cloud or settings, not both")
    port = parsed("serve(port=...)", SETTINGS["port"], port)
    if cloud is None:
        cloud = FakeCloud(settings or Settings())
    sock = listening_socket(HOST, port)
    server = _Server(uvicorn_config(cloud.app, HOST, port))
    failure: list[BaseException] = []

    def run() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # SystemExit included: uvicorn exits on a startup error
            failure.append(exc)

    thread = threading.Thread(target=run, name=f"fakecloud-{sock.getsockname()[1]}", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not server.started:
            if failure or not thread.is_alive():
                raise RuntimeError(f"the fake cloud did not start: {failure[0]!r}" if failure else
                                   "the fake cloud did not start")  # fmt: skip
            if time.monotonic() > deadline:
                raise RuntimeError(f"the fake cloud did not start within {STARTUP_SECONDS:g} s")
            time.sleep(0.005)
        yield ServedFake(f"http://{HOST}:{sock.getsockname()[1]}", cloud)
    finally:
        server.should_exit = True
        thread.join(STARTUP_SECONDS + SHUTDOWN_SECONDS)
        sock.close()


def serve_forever(cloud: FakeCloud, port: int, on_started: Callable[[str], None] | None = None) -> None:
    """Serve `cloud` on 127.0.0.1:`port` (0: a free port) in the foreground until SIGINT or SIGTERM (then
    KeyboardInterrupt, or the signal's default action, once stopped), calling `on_started(url)` once it
    accepts connections. OSError if the port cannot be bound."""
    sock = listening_socket(HOST, port)
    url = f"http://{HOST}:{sock.getsockname()[1]}"

    def started() -> None:
        if on_started is not None:
            on_started(url)

    try:
        _Server(uvicorn_config(cloud.app, HOST, port), started).run(sockets=[sock])
    finally:
        sock.close()
