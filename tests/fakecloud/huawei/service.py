"""HTTP plumbing of a fake Huawei service: routing with 405s, the gateway check, JSON parsing, spec
validation, and Huawei-shaped error bodies. Each service module supplies only its handlers."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..headers import DecodedHeaders
from ..openapi import RequestValidator
from ..request_ids import request_id
from ..settings import Settings
from .gateway import AuthFailure, GatewayRequest, authenticate


class HuaweiError(Exception):
    """An error the service answers with: HTTP status and a {error_code, error_msg} body."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(request: Request, status: int, code: str, message: str) -> JSONResponse:
    """A Huawei error body; gateway (APIG.*) errors also carry the request id, as the real gateway's do."""
    body: dict[str, str] = {"error_code": code, "error_msg": message}
    if code.startswith("APIG."):
        body["request_id"] = request_id(request)
    return JSONResponse(body, status_code=status)


@dataclass
class Call:
    """A request that passed the gateway and validation."""

    request: Request
    body: bytes
    json: Any
    path: Mapping[str, str]


Handler = Callable[[Call], Awaitable[Response]]


class AnyMethodRoute(Route):
    """A route that takes every method, so its endpoint can answer unknown ones with a vendor 405."""

    def __init__(self, path: str, endpoint: Callable[[Request], Awaitable[Response]]) -> None:
        super().__init__(path, endpoint)
        self.methods = None  # Starlette would otherwise answer non-GET methods itself


@dataclass(frozen=True)
class ErrorCodes:
    """The service's codes for a body that is not JSON, a request that fails validation, and an
    X-Project-Id that differs from the project in the path."""

    bad_json: str
    invalid: str
    project_mismatch: str


class HuaweiService:
    def __init__(self, settings: Settings, spec_name: str, codes: ErrorCodes) -> None:
        self.settings = settings
        self.validator = RequestValidator(spec_name)
        self.codes = codes

    def route(self, path: str, handlers: Mapping[str, Handler]) -> Route:
        """One route per path, dispatching on method, so an unknown method gets a 405 with a full Allow."""
        allow = ", ".join(sorted(handlers))

        async def endpoint(request: Request) -> Response:
            handler = handlers.get(request.method)
            if handler is None:
                response = error_response(
                    request,
                    405,
                    "APIG.0101",
                    f"method {request.method} is not allowed here",
                )
                response.headers["Allow"] = allow
                return response
            try:
                return await handler(await self.accept(request))
            except HuaweiError as exc:
                return error_response(request, exc.status, exc.code, exc.message)

        return AnyMethodRoute(path, endpoint)

    async def accept(self, request: Request) -> Call:
        """Gateway auth, then JSON parsing, then spec validation; raise HuaweiError on the first failure."""
        body = await request.body()
        if self.settings.auth:
            gateway_request = GatewayRequest(
                method=request.method,
                raw_path=request.scope.get("raw_path", request.url.path.encode()).decode("latin-1").split("?")[0],
                raw_query=request.scope.get("query_string", b"").decode("latin-1"),
                headers=DecodedHeaders(request.scope["headers"]),
                body=body,
            )
            try:
                authenticate(
                    gateway_request,
                    ak=self.settings.ak,
                    sk=self.settings.sk,
                    token=self.settings.token,
                )
            except AuthFailure as exc:
                raise HuaweiError(401, exc.code, str(exc)) from None
        document: Any = None
        if body:
            try:
                document = json.loads(body)
            except ValueError as exc:
                raise HuaweiError(400, self.codes.bad_json, f"Request JSON exception: {exc}") from None
        problems = self.validator.problems(request, body)
        if problems:
            raise HuaweiError(
                400,
                self.codes.invalid,
                "Parameter validation abnormal: " + "; ".join(problems),
            )
        project = request.path_params.get("project_id")
        header_project = request.headers.get("x-project-id")
        if project and header_project and header_project != project:
            raise HuaweiError(
                400,
                self.codes.project_mismatch,
                "urlTenantId is not equal tokenTenantId",
            )
        return Call(request, body, document, request.path_params)
