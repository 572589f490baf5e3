"""The fake cloud: every fake service in one ASGI app (one process, one port).

Huawei services live under their REST paths; Tencent Cloud products (AMS) behind the API 3.0
endpoint `POST /`, routed by X-TC-Action. Unknown paths get the Huawei gateway's 404 (APIG.0101)
rather than an HTML page, and an unexpected crash becomes a JSON 500 so contract tests report it
instead of hanging.
"""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .ams.routes import product as ams_product
from .ams.state import AmsState
from .huawei.service import error_response
from .metastudio.routes import routes as metastudio_routes
from .metastudio.state import MetaStudioState
from .moderation.callbacks import CallbackSender
from .moderation.routes import routes as moderation_routes
from .moderation.state import ModerationState
from .request_ids import RequestIdMiddleware
from .settings import Settings
from .tencent.service import TencentEndpoint
from .transport import InProcessTransport

logger = logging.getLogger("fakecloud")


async def _not_found(request: Request, exc: Exception) -> Response:
    if isinstance(exc, HTTPException) and exc.status_code != 404:
        return JSONResponse(
            {"error_code": "APIG.0101", "error_msg": exc.detail},
            status_code=exc.status_code,
        )
    return error_response(
        request,
        404,
        "APIG.0101",
        "The API does not exist or has not been published in the environment",
    )


async def _crash(request: Request, exc: Exception) -> Response:
    logger.exception("fake cloud crashed on %s %s", request.method, request.url.path)
    return JSONResponse(
        {"error_code": "FAKE.500", "error_msg": f"fake cloud bug: {exc!r}"},
        status_code=500,
    )


class FakeCloud:
    """State of every fake service plus the ASGI app serving them."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.metastudio = MetaStudioState(self.settings.progression)
        self.moderation_callbacks = CallbackSender()
        self.moderation = ModerationState(self.settings.progression, on_finished=self.moderation_callbacks.deliver)
        self.ams = AmsState(self.settings.progression)
        self.tencent = TencentEndpoint(self.settings, [ams_product(self.ams)])
        self.app = Starlette(
            routes=[
                *metastudio_routes(self.settings, self.metastudio),
                *moderation_routes(self.settings, self.moderation),
                self.tencent.route(),
            ],
            middleware=[Middleware(RequestIdMiddleware)],
            exception_handlers={404: _not_found, 405: _not_found, Exception: _crash},
        )

    def reset(self) -> None:
        self.metastudio.reset()
        self.moderation.reset()
        self.ams.reset()

    def transport(self) -> InProcessTransport:
        """An httpx transport serving this fake in-process (sync and async clients)."""
        return InProcessTransport(self.app)
