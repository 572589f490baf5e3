"""A request id for every response of the fake (X-Request-Id header), as the vendors' gateways set: 32 hex
digits for Huawei, a dashed UUID for Tencent Cloud API 3.0 (its envelopes' RequestId, as its pages show)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SCOPE_KEY = "fakecloud.request_id"


def request_id(request: Request) -> str:
    return str(request.scope.get(SCOPE_KEY, ""))


class RequestIdMiddleware:
    """Gives each request an id (`request_id()` reads it) and its response an X-Request-Id; `dashed(scope)`
    tells the requests whose id is a dashed UUID."""

    def __init__(self, app: ASGIApp, dashed: Callable[[Scope], bool]) -> None:
        self.app = app
        self.dashed = dashed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        new = uuid.uuid4()
        scope[SCOPE_KEY] = value = str(new) if self.dashed(scope) else new.hex

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", value.encode()),
                ]
            await send(message)

        await self.app(scope, receive, send_with_id)
