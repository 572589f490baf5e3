"""Validate requests against our specs (openapi-core) and say in plain words what is wrong.

The fake answers invalid input the way the cloud does (a vendor-shaped 400), so it needs the list of
problems, not an exception. Security is checked by the gateway modules, not here.
"""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.validation.request.validators import V30RequestBodyValidator, V30RequestParametersValidator
from starlette.requests import Request

from .headers import DecodedHeaders

SPECS = Path(__file__).resolve().parents[2] / "specs"


@cache
def spec_document(name: str) -> dict[str, Any]:
    """A spec of specs/ as a dict (cached; callers must not modify it)."""
    with (SPECS / f"{name}.yaml").open(encoding="utf-8") as file:
        document: dict[str, Any] = yaml.safe_load(file)
    return document


class _OpenAPIRequest(StarletteOpenAPIRequest):
    """Headers read as UTF-8 (see headers.py), and a lone ";" in a path segment kept encoded, which
    openapi-core would otherwise read as an empty matrix parameter."""

    def __init__(self, request: Request, body: bytes) -> None:
        super().__init__(request, body)
        self.parameters.header = DecodedHeaders(request.scope["headers"])

    @property
    def path(self) -> str:
        return self.request.url.path.replace(";", "%3B")


class RequestValidator:
    """Parameter and body validation of one spec, with `servers` set to "/" so any host matches."""

    def __init__(self, spec_name: str) -> None:
        document = copy.deepcopy(spec_document(spec_name))
        document["servers"] = [{"url": "/"}]
        self._spec = OpenAPI.from_dict(document).spec
        self._parameters = V30RequestParametersValidator(self._spec)
        self._body = V30RequestBodyValidator(self._spec)

    def problems(self, request: Request, body: bytes) -> list[str]:
        """Human-readable problems of the request; empty when it is valid."""
        openapi_request = _OpenAPIRequest(request, body)
        found: list[str] = []
        for validator in (self._parameters, self._body):
            for error in validator.iter_errors(openapi_request):
                found.extend(_describe(error))
        return found


def _describe(error: BaseException) -> list[str]:
    cause = error.__cause__
    details = getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None)
    name = getattr(error, "name", None) or getattr(cause, "name", None)
    prefix = f"{getattr(error, 'location', '')} parameter {name}".strip() if name else "body"
    if details:
        return [f"{prefix}{_where(detail)}: {detail.message}" for detail in details]
    message = str(cause or error)
    return [f"{prefix}: {message}" if name else message]


def _where(detail: Any) -> str:
    path = [str(p) for p in getattr(detail, "absolute_path", ())]
    return f" › {' › '.join(path)}" if path else ""
