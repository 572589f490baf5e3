"""The ASGI middleware in front of the fake's vendor routes: it logs every call and answers the calls a
fault hits (rules.py) with the fault instead of the real response. The control plane is passed through.

A fault acts before the gateway: an injected error or a cut connection is answered whatever the
signature, as a load balancer or throttling gateway in front of the service would. A delay alone waits,
then lets the request through to the service; a client that gives up meanwhile (its read timeout closed
the connection), or a served fake that stops, ends the wait, and the call is logged without a status.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import nullcontext
from typing import Any

import anyio
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..calls import CallLog
from ..headers import DecodedHeaders
from ..operations import OperationIndex
from .answers import ErrorStyle, error_answer, fakecloud_error
from .connection import EXTENSION, ConnectionFault, Kind
from .rules import HEADER, Fault, FaultError, Faults

DISCONNECT_WAIT = 5.0  # seconds to wait for the server to notice a connection it closed


async def _drain(receive: Receive) -> None:
    """Read the request body to its end, so that closing the socket sends FIN, not RST for unread data."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _wait(delay: float, receive: Receive) -> tuple[list[Message], bool]:
    """Read the request body, then wait `delay` seconds or until the client disconnects. Returns the
    body's messages (to replay to the app) and whether the client disconnected."""
    messages: list[Message] = []
    while not messages or (messages[-1]["type"] == "http.request" and messages[-1].get("more_body", False)):
        messages.append(await receive())
    disconnected = messages[-1]["type"] == "http.disconnect"
    if disconnected:
        return messages, True
    async with anyio.create_task_group() as waiting:

        async def watch() -> None:
            nonlocal disconnected
            if (await receive())["type"] == "http.disconnect":
                disconnected = True
                waiting.cancel_scope.cancel()

        waiting.start_soon(watch)
        await anyio.sleep(delay)
        waiting.cancel_scope.cancel()
    return messages, disconnected


def _replaying(messages: list[Message], receive: Receive) -> Receive:
    """A receive that hands out `messages` first, then reads on."""
    pending = list(messages)

    async def replay() -> Message:
        return pending.pop(0) if pending else await receive()

    return replay


async def _response_of(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[Message, bytes]:
    """Run `app` and collect its response: the start message and the whole body."""
    start: Message = {}
    chunks: list[bytes] = []

    async def collect(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, collect)
    return start, b"".join(chunks)


class FaultInjection:
    def __init__(
        self,
        app: ASGIApp,
        *,
        index: OperationIndex,
        faults: Faults,
        calls: CallLog,
        styles: Mapping[str, ErrorStyle],
        passthrough_prefix: str,
    ) -> None:
        self.app = app
        self.index = index
        self.faults = faults
        self.calls = calls
        self.styles = styles
        self.passthrough_prefix = passthrough_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(self.passthrough_prefix):
            await self.app(scope, receive, send)
            return
        headers = DecodedHeaders(scope["headers"])
        called = self.index.resolve(scope["method"], scope["path"], headers)
        effect: str | None = None
        logged = False

        def log(status: int | None) -> None:
            nonlocal logged
            if not logged:
                logged = True
                self.calls.record(called.service if called else None, called.operation if called else None,
                                  scope["method"], scope["path"], status, effect)  # fmt: skip

        async def send_and_log(message: Message) -> None:
            if message["type"] == "http.response.start":
                log(message["status"])  # before the answer leaves: a client that got it finds it logged
            await send(message)

        try:
            try:
                fault = Fault.from_header(headers[HEADER]) if HEADER in headers else self.faults.pick(called)
            except FaultError as exc:
                await _drain(receive)
                await fakecloud_error(400, "InvalidFault", str(exc))(scope, receive, send_and_log)
                return
            if fault is None:
                await self.app(scope, receive, send_and_log)
                return
            effect = fault.describe()
            if fault.delay:
                connection: Any = scope.get("extensions", {}).get(EXTENSION)
                with connection.waiting() if connection is not None else nullcontext():
                    body, gone = await _wait(fault.delay, receive)
                if gone:
                    return
                receive = _replaying(body, receive)
            if fault.connection is not None:
                await self._break(fault.connection, scope, receive, send, log)
            elif fault.status is not None or fault.error is not None:
                await _drain(receive)
                style = self._style(called.service if called else None, scope["path"])
                answer = error_answer(Request(scope), style, fault.status, fault.error, fault.message)
                await answer(scope, receive, send_and_log)
            else:
                await self.app(scope, receive, send_and_log)
        finally:
            log(None)

    def _style(self, service: str | None, path: str) -> ErrorStyle:
        if service is not None and service in self.styles:
            return self.styles[service]
        return ErrorStyle(tencent=path == "/")

    async def _break(
        self, kind: Kind, scope: Scope, receive: Receive, send: Send, log: Callable[[int | None], None]
    ) -> None:
        """Drop, reset or cut the connection (connection.py); in-process, raise ConnectionFault instead.
        The call is logged (without a status) before the client can notice."""
        connection: Any = scope.get("extensions", {}).get(EXTENSION)
        if kind == "truncate":
            start, body = await _response_of(self.app, scope, receive)
            if not body:  # nothing to cut: a response without a body is sent whole
                log(start["status"])
                await send(start)
                await send({"type": "http.response.body", "body": b""})
                return
            cut = len(body) // 2
            log(None)
            if connection is None:
                raise ConnectionFault(kind, cut, len(body))
            await send(start)
            await send({"type": "http.response.body", "body": body[:cut], "more_body": True})
            connection.close()
        else:
            await _drain(receive)
            log(None)
            if connection is None:
                raise ConnectionFault(kind)
            connection.reset() if kind == "reset" else connection.close()
        with anyio.move_on_after(DISCONNECT_WAIT):
            while (await receive())["type"] != "http.disconnect":
                pass
