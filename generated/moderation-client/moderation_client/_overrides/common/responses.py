# Copied from overrides/common/responses.py by scripts/generate.py — edit that file, not this copy.
"""Parse every successful answer into its model, or raise ResponseParseError; nothing else escapes.

Replaces ``_build_response`` in each generated endpoint module (the sync and asyncio functions look it
up at call time). By then common.calls has raised the error of every error answer and of every status
the spec does not document, so what is left is a documented success:
- the generator builds ``HTTPStatus(code)``, which raises ValueError for a status outside the enum
  (e.g. 299; openapi-python-client issue #1442) → UnexpectedResponse;
- a body that does not fit its model (not JSON, nested too deep for the JSON decoder, a field of the
  wrong type: common.parsing) → ResponseParseError naming the operation and the field, carrying the
  response (its request redacted).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable
from http import HTTPStatus
from types import ModuleType
from typing import Any, TypeVar

import httpx

from ...types import Response
from .errors import ResponseParseError, UnexpectedResponse
from .redaction import redact_response

M = TypeVar("M")


def load_json(content: bytes | bytearray | str) -> object:
    """The JSON document of a body; None if it is not JSON (or nests deeper than the decoder can go)."""
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def expect_model(model: type[M], parsed: object) -> M:
    """`parsed` as the documented success model; UnexpectedResponse if the call returned anything else.

    The generated `sync()`/`asyncio()` are typed `Model | ErrorModel | None`; with common.calls every
    error raises, so nothing else can arrive here: this only narrows the type.
    """
    if isinstance(parsed, model):
        return parsed
    raise UnexpectedResponse(
        status_code=0,
        error_code=None,
        error_msg=f"expected a {model.__name__}, got {type(parsed).__name__}",
        request_id=None,
    )


def _builder(module: ModuleType) -> Callable[..., Response[Any]]:
    parse: Callable[..., Any] = module._parse_response
    operation = module.OPERATION.name

    def _build_response(*, client: Any, response: httpx.Response) -> Response[Any]:
        try:
            status = HTTPStatus(response.status_code)
        except ValueError:
            raise UnexpectedResponse(
                status_code=response.status_code,
                error_code=None,
                error_msg=f"{operation}: HTTP status {response.status_code} is not a standard status",
                request_id=None,
                response=redact_response(response),
            ) from None
        try:
            parsed = parse(client=client, response=response)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            problem = "nested too deep" if isinstance(exc, RecursionError) else str(exc)
            raise ResponseParseError(
                f"{operation}: could not read the HTTP {response.status_code} answer: {problem}",
                response=redact_response(response),
            ) from exc
        return Response(
            status_code=status,
            content=response.content,
            headers=response.headers,
            parsed=parsed,
        )

    return _build_response


def install(api: ModuleType) -> None:
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_parse_response"):
            module._build_response = _builder(module)  # type: ignore[attr-defined]
