"""The ASGI middleware in front of the fake's vendor routes: it logs every call and answers the calls a
fault hits (rules.py) with the fault instead of the real response. (The control plane never reaches it.)

A fault acts before the gateway: an injected error or a cut connection is answered whatever the
signature, as a load balancer or throttling gateway in front of the service would. A delay alone waits,
then lets the request through to the service; a client that gives up meanwhile (its read timeout closed
the connection), or a served fake that stops, ends the wait, and the call is logged without a status.
A truncation lets the service act, then cuts its answer: half the body is sent, or, for an answer
without a body, nothing (the connection is closed before the status line).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import nullcontext
from typing import Any

import anyio
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..asgi import replaying
from ..calls import CallLog
from ..headers import DecodedHeaders, raw_path
from ..operations import Called, OperationIndex
from .answers import ErrorStyle, error_answer, fakecloud_error
from .connection import EXTENSION, ConnectionFault, Kind
from .rules import HEADER, Fault, FaultError, Faults, check_vendor

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
    ) -> None:
        self.app = app
        self.index = index
        self.faults = faults
        self.calls = calls
        self.styles = styles

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = DecodedHeaders(scope["headers"])
        path = raw_path(scope)  # as received: `..%2Fx` is one path parameter, as the routes read it
        called = self.index.resolve(scope["method"], path, headers)
        style = self._style(called.service if called else None, scope["path"])
        vendor = "tencent" if style.tencent else "huawei"
        connection: Any = scope.get("extensions", {}).get(EXTENSION)
        effect: str | None = None
        logged = False

        def log(status: int | None) -> None:
            nonlocal logged
            if not logged:
                logged = True
                self.calls.record(called.service if called else None, called.operation if called else None,
                                  scope["method"], path, status, effect)  # fmt: skip

        async def send_and_log(message: Message) -> None:
            if message["type"] == "http.response.start":
                log(message["status"])  # before the answer leaves: a client that got it finds it logged
            await send(message)

        try:
            try:
                fault = self._header_fault(headers[HEADER], called, vendor) if HEADER in headers else (
                    self.faults.pick(called, vendor))  # fmt: skip
            except FaultError as exc:
                await _drain(receive)
                await fakecloud_error(400, "InvalidFault", str(exc))(scope, receive, send_and_log)
                return
            if fault is None:
                await self.app(scope, receive, send_and_log)
                return
            effect = fault.describe()
            if fault.delay:
                with connection.waiting() if connection is not None else nullcontext():
                    body, gone = await _wait(fault.delay, receive)
                if gone:
                    return
                receive = replaying(body, receive)
            if fault.connection is not None:
                await self._break(fault.connection, connection, scope, receive, send, log)
            elif fault.status is not None or fault.error is not None:
                await _drain(receive)
                answer = error_answer(Request(scope), style, fault.status, fault.error, fault.message)
                await answer(scope, receive, send_and_log)
            else:
                await self.app(scope, receive, send_and_log)
        finally:
            log(None)

    @staticmethod
    def _header_fault(text: str, called: Called | None, vendor: str) -> Fault:
        fault = Fault.from_header(text)
        check_vendor(fault, vendor, "this request" if called is None else f"operation {called.operation}")
        return fault

    def _style(self, service: str | None, path: str) -> ErrorStyle:
        if service is not None and service in self.styles:
            return self.styles[service]
        return ErrorStyle(tencent=path == "/")

    async def _break(
        self, kind: Kind, connection: Any, scope: Scope, receive: Receive, send: Send,
        log: Callable[[int | None], None],
    ) -> None:  # fmt: skip
        """Drop, reset or cut the connection (connection.py); in-process, raise ConnectionFault instead.
        The call is logged (without a status) before the client can notice."""
        if kind == "truncate":
            start, body = await _response_of(self.app, scope, receive)
            cut = len(body) // 2
            log(None)
            if connection is None:
                raise ConnectionFault(kind, cut, len(body))
            if body:  # else nothing to cut in half: not even the status line is sent
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
