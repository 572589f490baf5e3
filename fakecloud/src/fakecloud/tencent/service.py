"""HTTP plumbing of the fake Tencent Cloud API 3.0 endpoint: `POST /` routed by X-TC-Action.

Every answer is HTTP 200 with `{"Response": {..., "RequestId"}}`, errors included
(`"Error": {"Code", "Message"}`), as the real endpoint answers. A request goes through, in order:
  method POST (anything else → UnsupportedProtocol) and X-TC-Action present (MissingParameter);
  the product: the Host's first label if it names one (ams.tencentcloudapi.com), else the service of
    the credential scope, else the only product served;
  the TC3 check (gateway.py; FAKE_AUTH=off skips it);
  the action (InvalidAction; an action of the spec that the fake does not implement:
    UnsupportedOperation, "not implemented by the fake") and X-TC-Version (MissingParameter / NoSuchVersion);
  the rate limit (FAKE_RATE_LIMIT: RequestLimitExceeded beyond N requests per second and action);
  the JSON body (jsonbody.py: InvalidParameter when it is not JSON the endpoint reads, an empty body
    reads as {}; RequestSizeLimitExceeded beyond the limits of limits.py);
  parameters the action does not define, at every level its schema defines (a member of `Filter`, of
    `Tasks.0`): UnknownParameter "The parameter `Filter.Foo` is not recognized." naming the first;
  validation against the spec as the pseudo-path operation `POST /<Action>`: a missing required
    value → MissingParameter, a wrong type → InvalidParameter, any other rule → InvalidParameterValue;
  then the action's handler, which returns the Response members or raises TencentError.
A body larger than OFFLOAD_BYTES goes through the checks from the signature on in a worker thread.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .. import jsonbody
from ..headers import DecodedHeaders, raw_path
from ..huawei.service import AnyMethodRoute
from ..limits import explained, off_loop_if_large
from ..openapi import Issue, RequestValidator
from ..operations import Operation, SpecOperation, spec_operations
from ..request_ids import request_id
from ..settings import Settings
from .gateway import GatewayError, SignedRequest, authenticate, credential_service
from .language import language_of, message_in


class TencentError(Exception):
    """An error the endpoint answers with: an error code and its message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


@dataclass
class Call:
    """A request that passed the gateway and validation: the action and its parameters."""

    request: Request
    action: str
    params: dict[str, Any]


Handler = Callable[[Call], Awaitable[dict[str, Any]]]


@dataclass
class Product:
    """One product behind the endpoint: its service name, API version, spec (one pseudo-path
    `POST /<Action>` per action) and the actions the fake implements."""

    service: str
    version: str
    spec: dict[str, Any] = field(repr=False)
    implemented: Mapping[str, Operation[Handler]]
    validator: RequestValidator = field(init=False, repr=False)
    operations: list[SpecOperation] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.validator = RequestValidator(self.spec)
        self.operations = spec_operations(self.service, self.spec)
        unknown = sorted(set(self.implemented) - {op.operation_id for op in self.operations})
        if unknown:
            raise ValueError(f"{self.service}: no such action in the spec: {', '.join(unknown)}")


class RateLimit:
    """At most `limit` requests per second and key (a sliding one-second window)."""

    def __init__(self, limit: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            window = self._seen.setdefault(key, deque())
            while window and now - window[0] >= 1.0:
                window.popleft()
            if len(window) >= self.limit:
                return False
            window.append(now)
            return True

    def reset(self) -> None:
        with self._lock:
            self._seen.clear()


def envelope(request: Request, members: Mapping[str, Any]) -> JSONResponse:
    """`{"Response": {...members, "RequestId"}}` (the request id: a dashed UUID, request_ids.py)."""
    return JSONResponse({"Response": {**members, "RequestId": request_id(request)}})


def error_envelope(request: Request, code: str, message: str, *, translate: bool = True) -> JSONResponse:
    """The error envelope of `code`; `message` in the language of the request's X-TC-Language (language.py)
    unless `translate` is False (a message given by the user)."""
    if translate:
        message = message_in(language_of(request.headers), code, message)
    return envelope(request, {"Error": {"Code": code, "Message": message}})


# How the endpoint answers requests beyond its limits (limits.py), by kind: error code and message.
GATEWAY_REFUSALS = {
    "body": ("RequestSizeLimitExceeded", "The request size exceeds the upper limit."),
    "uri": ("RequestSizeLimitExceeded", "The request size exceeds the upper limit."),
    "headers": ("RequestSizeLimitExceeded", "The request size exceeds the upper limit."),
    "host": ("InvalidParameter", "The request is not valid."),
    "framing": ("InvalidParameter", "The request is not valid."),
}


def _validation_error(issues: Sequence[Issue]) -> TencentError:
    first = issues[0]
    code = {"required": "MissingParameter", "type": "InvalidParameter"}.get(first.keyword, "InvalidParameterValue")
    described = "; ".join(f"`{issue.where or 'body'}`: {issue.message}" for issue in issues)
    return TencentError(code, f"The parameters are not valid: {described}")


class TencentEndpoint:
    """The `POST /` of the fake Tencent Cloud API 3.0 serving `products`."""

    def __init__(
        self,
        settings: Settings,
        products: Sequence[Product],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.products = {product.service: product for product in products}
        self.rate_limit = RateLimit(settings.rate_limit) if settings.rate_limit else None
        self._clock = clock

    def route(self) -> AnyMethodRoute:
        return AnyMethodRoute("/", self.endpoint)

    def reset(self) -> None:
        """Forget the requests counted by the rate limit."""
        if self.rate_limit is not None:
            self.rate_limit.reset()

    async def endpoint(self, request: Request) -> Response:
        try:
            return envelope(request, await self.serve(request))
        except TencentError as exc:
            return error_envelope(request, exc.code, exc.message)

    def _product(self, request: Request) -> Product:
        try:
            label = (request.url.hostname or "").split(".")[0]
        except ValueError:  # a Host the gateway limits let through cannot be read as one
            label = ""
        service = credential_service(request.headers.get("authorization", ""))
        for name in (label, service):
            if name in self.products:
                return self.products[name]
        if len(self.products) == 1:
            return next(iter(self.products.values()))
        raise TencentError("InvalidAction", "The product could not be told from the host or the credential scope.")

    def _authenticate(self, request: Request, headers: DecodedHeaders, body: bytes, product: Product) -> None:
        signed = SignedRequest(
            method=request.method,
            raw_path=raw_path(request.scope),
            raw_query=request.scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=body,
        )
        try:
            authenticate(signed, secret_id=self.settings.secret_id, secret_key=self.settings.secret_key,
                         service=product.service, now=self._clock(), token=self.settings.tc_token)  # fmt: skip
        except GatewayError as exc:
            raise TencentError(exc.code, exc.message) from None

    async def serve(self, request: Request) -> dict[str, Any]:
        if request.method != "POST":
            raise TencentError("UnsupportedProtocol", "The fake serves API 3.0 calls: POST / with a JSON body.")
        headers = DecodedHeaders(request.scope["headers"])
        action = headers.get("x-tc-action", "").strip()
        if not action:
            raise TencentError("MissingParameter", "The request is missing a required parameter `X-TC-Action`.")
        product = self._product(request)
        body = await request.body()
        handler, params = await off_loop_if_large(body, partial(self._accept, request, headers, body, product, action))
        return await handler(Call(request, action, params))

    def _accept(self, request: Request, headers: DecodedHeaders, body: bytes, product: Product,
                action: str) -> tuple[Handler, dict[str, Any]]:  # fmt: skip
        """The checks from the signature to the parameters: the action's handler and its parameters."""
        if self.settings.auth:
            self._authenticate(request, headers, body, product)
        operation = product.implemented.get(action)
        if operation is None:
            if any(op.operation_id == action for op in product.operations):
                raise TencentError("UnsupportedOperation", f"The action `{action}` of {product.service} is in the spec "
                                   "but not implemented by the fake cloud.")  # fmt: skip
            raise TencentError("InvalidAction", f"The action `{action}` is not found in {product.service}.")
        version = headers.get("x-tc-version", "").strip()
        if not version:
            raise TencentError("MissingParameter", "The request is missing a required parameter `X-TC-Version`.")
        if version != product.version:
            raise TencentError("NoSuchVersion", f"The API version `{version}` of {product.service} does not exist.")
        if self.rate_limit is not None and not self.rate_limit.allow(f"{product.service}.{action}"):
            raise TencentError(
                "RequestLimitExceeded",
                f"Your request rate exceeds the limit of {self.rate_limit.limit} requests per second for {action}.",
            )
        return operation.handler, self._params(request, body, product, action)

    @staticmethod
    def _params(request: Request, body: bytes, product: Product, action: str) -> dict[str, Any]:
        body = body if body.strip() else b"{}"
        try:
            params = jsonbody.parse(body)
        except jsonbody.TooLarge as exc:
            code, message = GATEWAY_REFUSALS["body"]
            raise TencentError(code, explained(message, str(exc)) + ".") from None
        except jsonbody.InvalidJson as exc:
            raise TencentError("InvalidParameter", f"The request body is not valid JSON: {exc}") from None
        operation = product.validator.operation("POST", f"/{action}")
        if isinstance(params, dict) and operation.members is not None:
            unknown = operation.members.unknown(params)
            if unknown is not None:
                shown = unknown.encode("utf-8", "backslashreplace").decode()
                raise TencentError("UnknownParameter", f"The parameter `{shown}` is not recognized.")
        issues = operation.issues(request, {}, body, params)
        if issues:
            raise _validation_error(issues)
        if not isinstance(params, dict):  # the spec's bodies are objects; validation has said so already
            raise TencentError("InvalidParameter", "The request body must be a JSON object.")
        return params
