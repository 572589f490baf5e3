# Copied from overrides/common/responses.py by scripts/generate.py — edit that file, not this copy.
"""Typed errors for every response, and no crash on odd statuses or bodies.

Replaces ``_build_response`` in each generated endpoint module (the sync and asyncio functions look it
up at call time):
- the generator builds ``HTTPStatus(code)``, which raises ValueError for a status outside the enum
  (e.g. 520 from a proxy; openapi-python-client issue #1442) → UnexpectedResponse;
- documented error responses come back as an error model mixed into the return type → every
  response, whatever its status, is first shown to the vendor layer's decoder, which returns the
  ApiError it stands for (status, error code, message, request id) or None. The decoder decides from
  status, headers and body, because vendors differ: Huawei reports errors with a non-2xx status,
  Tencent Cloud with HTTP 200 and an error envelope inside the body;
- a body that does not fit its model (not JSON, a required field missing) raises a bare
  JSONDecodeError/KeyError → ResponseParseError carrying the response.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from http import HTTPStatus
from types import ModuleType
from typing import Any, TypeVar

import httpx

from ...types import Response
from .errors import ApiError, ResponseParseError, UnexpectedResponse

# Called with every response (2xx included); returns the error it stands for, or None for a success.
ErrorDecoder = Callable[[httpx.Response], ApiError | None]
M = TypeVar("M")


def expect_model(model: type[M], parsed: object) -> M:
    """`parsed` as the documented success model; UnexpectedResponse if the call returned anything else.

    The generated `sync()`/`asyncio()` are typed `Model | ErrorModel | None`; with the patch below
    errors raise, so only an undocumented 2xx status can leave something else here.
    """
    if isinstance(parsed, model):
        return parsed
    raise UnexpectedResponse(
        status_code=0,
        error_code=None,
        error_msg=f"expected a {model.__name__}, got {type(parsed).__name__} (undocumented success status?)",
        request_id=None,
    )


def _builder(module: ModuleType, decode_error: ErrorDecoder) -> Callable[..., Response[Any]]:
    parse: Callable[..., Any] = module._parse_response
    operation = module.__name__.rsplit(".", 1)[-1]

    def _build_response(*, client: Any, response: httpx.Response) -> Response[Any]:
        error = decode_error(response)
        if error is not None:
            raise error
        try:
            status = HTTPStatus(response.status_code)
        except ValueError:
            raise UnexpectedResponse(
                status_code=response.status_code,
                error_code=None,
                error_msg=f"{operation}: HTTP status {response.status_code} is not a standard status",
                request_id=None,
                response=response,
            ) from None
        try:
            parsed = parse(client=client, response=response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ResponseParseError(
                f"{operation}: could not read the HTTP {response.status_code} response: {exc}",
                response=response,
            ) from exc
        return Response(
            status_code=status,
            content=response.content,
            headers=response.headers,
            parsed=parsed,
        )

    return _build_response


def install(api: ModuleType, decode_error: ErrorDecoder) -> None:
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_parse_response"):
            module._build_response = _builder(module, decode_error)  # type: ignore[attr-defined]
