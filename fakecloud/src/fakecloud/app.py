"""The fake cloud: every fake service in one ASGI app (one process, one port), with its control plane.

Huawei services live under their REST paths; Tencent Cloud products (AMS) behind the API 3.0
endpoint `POST /`, routed by X-TC-Action. Unknown paths get the Huawei gateway's 404 (APIG.0101)
rather than an HTML page, and an unexpected crash becomes a JSON 500 so contract tests report it
instead of hanging. In front of them: the request id of every answer (request_ids.py), failure
injection (faults/) and the gateway's size limits (limits.py, answered in each vendor's shape); beside
them, the whole of CONTROL_PREFIX (with or without a slash after it) is the control plane's (control.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import control
from .ams.routes import product as ams_product
from .ams.state import AmsState
from .calls import CallLog
from .faults import Faults
from .faults.answers import ErrorStyle
from .faults.middleware import FaultInjection
from .huawei import service as huawei
from .huawei.service import HuaweiService, error_response
from .jobs import JobControl, JobView
from .limits import HUAWEI_MAX_BODY, TENCENT_MAX_BODY, Answer, GatewayLimits, Refusal, explained
from .metastudio import routes as metastudio
from .metastudio.state import MetaStudioState
from .moderation import routes as moderation
from .moderation.callbacks import CallbackSender
from .moderation.state import ModerationState
from .openapi import PACKAGED, Specs
from .operations import OperationIndex, check_service
from .request_ids import RequestIdMiddleware
from .settings import Settings
from .tencent import service as tencent
from .tencent.service import TencentEndpoint, error_envelope
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


def _huawei_refusal(request: Request, refusal: Refusal) -> Response:
    status, code, message = huawei.GATEWAY_REFUSALS[refusal.kind]
    return error_response(request, status, code, explained(message, refusal.message))


def _tencent_refusal(request: Request, refusal: Refusal) -> Response:
    code, message = tencent.GATEWAY_REFUSALS[refusal.kind]
    return error_envelope(request, code, explained(message, refusal.message) + ".")


def _refusal_of(path: str) -> Answer:
    """Tencent products answer behind `POST /`, Huawei services everywhere else."""
    return _tencent_refusal if path == "/" else _huawei_refusal


def _max_body(path: str) -> int:
    return TENCENT_MAX_BODY if path == "/" else HUAWEI_MAX_BODY


class FakeCloud:
    """State of every fake service, its faults and call log, and the ASGI app serving them.

    `specs` is a folder of `<service>.yaml` to serve instead of the specs packaged with the fake.
    """

    def __init__(self, settings: Settings | None = None, *, specs: Path | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.specs = PACKAGED if specs is None else Specs(specs)
        progression = self.settings.progression
        self.metastudio = MetaStudioState(progression)
        self.moderation_callbacks = CallbackSender()
        self.moderation = ModerationState(progression, on_finished=self.moderation_callbacks.deliver)
        self.ams = AmsState(progression)
        metastudio_service, metastudio_routes = metastudio.service(
            self.settings, self.specs.document("metastudio"), self.metastudio
        )
        moderation_service, moderation_routes = moderation.service(
            self.settings, self.specs.document("moderation"), self.moderation
        )
        self.huawei: list[HuaweiService] = [metastudio_service, moderation_service]
        self.tencent = TencentEndpoint(self.settings, [ams_product(self.specs.document("ams"), self.ams)])
        self.controls: dict[str, JobControl] = {c.service: c for c in (self.metastudio, self.moderation, self.ams)}
        rest = [*metastudio_service.operations, *metastudio.UPLOADS, *moderation_service.operations]
        known: dict[str, set[str]] = {name: set() for name in self.controls}
        for operation in [*rest, *(op for p in self.tencent.products.values() for op in p.operations)]:
            known[operation.service].add(operation.operation_id)
        vendors = {**dict.fromkeys((s.name for s in self.huawei), "huawei"), **dict.fromkeys(self.tencent.products,
                                                                                               "tencent")}  # fmt: skip
        self.faults = Faults(known, vendors)
        self.calls = CallLog(known)
        vendor = Starlette(
            routes=[
                *metastudio_routes,
                *moderation_routes,
                self.tencent.route(),
            ],
            exception_handlers={404: _not_found, 405: _not_found, Exception: _crash},
        )
        vendor.router.redirect_slashes = False  # a path no API has is APIG.0101, never a redirect to one
        styles = {s.name: ErrorStyle(False, s.codes.internal, s.codes.internal_message) for s in self.huawei}
        styles.update({name: ErrorStyle(tencent=True) for name in self.tencent.products})
        gateway = GatewayLimits(vendor, answer=_refusal_of, max_body=_max_body,
                                body_exempt=(metastudio.UPLOAD.path.split("{")[0],))  # fmt: skip
        injection = FaultInjection(
            gateway,
            index=OperationIndex(rest, next(iter(self.tencent.products), None)),
            faults=self.faults,
            calls=self.calls,
            styles=styles,
        )
        self.app = RequestIdMiddleware(control.beside(self, injection), dashed=lambda scope: scope["path"] == "/")

    def reset(self) -> None:
        """Forget every job and task, fault, logged call and rate-limit count."""
        for service in self.controls.values():
            service.reset()
        self.tencent.reset()
        self.moderation_callbacks.reset()
        self.faults.reset()
        self.calls.clear()

    def jobs(self, service: str | None = None) -> list[JobView]:
        """Every job and task (or those of one service), in creation order per service; UnknownService (a
        ValueError) for a service the fake does not serve."""
        if service is not None:
            check_service(service, self.controls)
        return [job for name, control in self.controls.items() if service in (None, name) for job in control.jobs()]

    def set_state(self, service: str, job_id: str, state: str, /, **details: str) -> JobView:
        """Pin a job or task in `state` (a value of its spec's enum), e.g. `set_state("metastudio", job_id,
        "AUDIT_FAILED", failed_code="MSS.10001003")`. UnknownService, JobNotFound (a LookupError) or
        StateRefused (a ValueError) otherwise."""
        check_service(service, self.controls)
        return self.controls[service].set_state(job_id, state, details)

    def transport(self) -> InProcessTransport:
        """An httpx transport serving this fake in-process (sync and async clients)."""
        return InProcessTransport(self.app)

    def describe(self) -> dict[str, Any]:
        """The services served and the settings that matter to a client (no secrets)."""
        return {
            "services": list(self.controls),
            "auth": self.settings.auth,
            "progression": str(self.settings.progression),
            "rate_limit": self.settings.rate_limit,
            # whether AK/SK requests need an X-Security-Token, Tencent ones an X-TC-Token
            "security_token": self.settings.security_token is not None,
            "tc_token": self.settings.tc_token is not None,
        }
