"""HTTP plumbing of a fake Huawei service: routing by the spec's operations with 405s, the gateway
check, JSON parsing, spec validation, and Huawei-shaped error bodies. Each service module supplies
only its handlers, by operationId; an operation of the spec without one answers 501 FAKE.0501
("not implemented by the fake") after the gateway check.

A request that passes reaches its handler with the members of its JSON body that the spec declares:
others are accepted and dropped, as a typed backend deserialising into its models would (and so
never stored or answered back). A body larger than OFFLOAD_BYTES is checked, parsed and validated in
a worker thread, so that a large request does not hold up everyone else's.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any, Final
from urllib.parse import unquote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Match, Route
from starlette.types import Scope

from .. import jsonbody
from ..headers import DecodedHeaders, raw_path
from ..limits import explained, off_loop_if_large
from ..openapi import OperationValidator, RequestValidator
from ..operations import Operation, SpecOperation, spec_operations
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


class RawPathRoute(Route):
    """A route matched on the path as it came on the wire, then each path parameter percent-decoded: a job id
    sent as `..%2Fx` is the job `../x` of this route (as the gateway's parameter), never another path."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http":
            return super().matches(scope)
        match, child = super().matches({**scope, "path": raw_path(scope), "root_path": ""})
        if match is not Match.NONE:
            decoded = {k: unquote(v) if k in self.param_convertors else v for k, v in child["path_params"].items()}
            child = {**child, "path_params": decoded}
        return match, child


class AnyMethodRoute(RawPathRoute):
    """A route that takes every method, so its endpoint can answer unknown ones with a vendor 405."""

    def __init__(self, path: str, endpoint: Callable[[Request], Awaitable[Response]]) -> None:
        super().__init__(path, endpoint)
        self.methods = None  # Starlette would otherwise answer non-GET methods itself


NOT_IMPLEMENTED: Final = "FAKE.0501"
# The API Gateway's answers to requests beyond its limits (limits.py), by kind: HTTP status, code, message.
GATEWAY_REFUSALS: Final = {
    "body": (413, "APIG.0201", "Request entity too large."),
    "uri": (414, "APIG.0201", "Request URI too large."),
    "headers": (494, "APIG.0201", "Request headers too large."),
    "host": (400, "APIG.0201", "Bad request."),
    "framing": (400, "APIG.0201", "Bad request."),
    "http": (400, "APIG.0201", "Bad request."),  # bytes the server cannot read as HTTP (server.py)
    "timeout": (408, "APIG.0201", "Request timeout."),  # a request not received in time (server.py)
}


@dataclass(frozen=True)
class ErrorCodes:
    """The service's codes for a body that is not JSON, a request that fails validation, an
    X-Project-Id that differs from the project in the path, and an internal error, each with the
    message its error-code table gives it (the fake appends what is wrong)."""

    bad_json: str
    invalid: str
    project_mismatch: str
    internal: str
    internal_message: str
    bad_json_message: str = "Request JSON exception"
    invalid_message: str = "Parameter validation abnormal"
    project_mismatch_message: str = "urlTenantId is not equal tokenTenantId"


class HuaweiService:
    """One fake Huawei service: `routes()` serves every operation of its spec."""

    def __init__(self, settings: Settings, name: str, spec: dict[str, Any], codes: ErrorCodes) -> None:
        self.settings = settings
        self.name = name
        self.operations: list[SpecOperation] = spec_operations(name, spec)
        self.validator = RequestValidator(spec)
        self.codes = codes
        self.implemented: Mapping[str, Operation[Handler]] = {}

    def routes(self, implemented: Mapping[str, Operation[Handler]]) -> list[Route]:
        """One route per path of the spec; operations missing from `implemented` answer 501 FAKE.0501."""
        unknown = sorted(set(implemented) - {op.operation_id for op in self.operations})
        if unknown:
            raise ValueError(f"{self.name}: no such operation in the spec: {', '.join(unknown)}")
        self.implemented = implemented
        by_path: dict[str, dict[str, tuple[Handler, OperationValidator]]] = {}
        for operation in self.operations:
            entry = implemented.get(operation.operation_id)
            handler = entry.handler if entry is not None else _not_implemented(operation)
            validator = self.validator.operation(operation.method, operation.path)
            by_path.setdefault(operation.path, {})[operation.method] = (handler, validator)
        return [self.route(path, handlers) for path, handlers in by_path.items()]

    def route(self, path: str, handlers: Mapping[str, tuple[Handler, OperationValidator]]) -> Route:
        """One route per path, dispatching on method, so an unknown method gets a 405 with a full Allow."""
        allow = ", ".join(sorted(handlers))

        async def endpoint(request: Request) -> Response:
            entry = handlers.get(request.method)
            if entry is None:
                response = error_response(
                    request,
                    405,
                    "APIG.0101",
                    f"method {request.method} is not allowed here",
                )
                response.headers["Allow"] = allow
                return response
            handler, validator = entry
            try:
                return await handler(await self.accept(request, validator))
            except HuaweiError as exc:
                return error_response(request, exc.status, exc.code, exc.message)

        return AnyMethodRoute(path, endpoint)

    async def accept(self, request: Request, operation: OperationValidator) -> Call:
        """Gateway auth, then JSON parsing, then spec validation; raise HuaweiError on the first failure."""
        body = await request.body()
        return await off_loop_if_large(body, partial(self._accept, request, operation, body))

    def _accept(self, request: Request, operation: OperationValidator, body: bytes) -> Call:
        headers = DecodedHeaders(request.scope["headers"])
        if self.settings.auth:
            gateway_request = GatewayRequest(
                method=request.method,
                raw_path=raw_path(request.scope),
                raw_query=request.scope.get("query_string", b"").decode("latin-1"),
                headers=headers,
                body=body,
            )
            try:
                authenticate(
                    gateway_request,
                    ak=self.settings.ak,
                    sk=self.settings.sk,
                    token=self.settings.token,
                    security_token=self.settings.security_token,
                )
            except AuthFailure as exc:
                raise HuaweiError(401, exc.code, str(exc)) from None
        document: Any = None
        if body:
            try:
                document = jsonbody.parse(body)
            except jsonbody.TooLarge as exc:
                status, code, message = GATEWAY_REFUSALS["body"]
                raise HuaweiError(status, code, explained(message, str(exc))) from None
            except jsonbody.InvalidJson as exc:
                raise HuaweiError(400, self.codes.bad_json, explained(self.codes.bad_json_message, str(exc))) from None
        problems = [issue.text for issue in operation.issues(request, request.path_params, body, document)]
        if problems:
            raise HuaweiError(400, self.codes.invalid, explained(self.codes.invalid_message, "; ".join(problems)))
        if operation.members is not None:
            document = operation.members.declared(document)
        project = request.path_params.get("project_id")
        header_project = headers.get("x-project-id")
        if project and header_project and header_project != project:
            raise HuaweiError(400, self.codes.project_mismatch, self.codes.project_mismatch_message)
        return Call(request, body, document, request.path_params)


def _not_implemented(operation: SpecOperation) -> Handler:
    async def handler(call: Call) -> Response:
        raise HuaweiError(
            501,
            NOT_IMPLEMENTED,
            f"{operation.operation_id} ({operation.method} {operation.path}) is in the {operation.service} spec "
            "but not implemented by the fake cloud",
        )

    return handler
