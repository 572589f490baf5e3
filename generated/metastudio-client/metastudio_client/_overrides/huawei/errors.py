# Copied from overrides/huawei/errors.py by scripts/generate.py — edit that file, not this copy.
"""Decode Huawei Cloud error responses into typed exceptions.

Huawei services and their API gateway answer errors with a non-2xx status and a JSON body
``{"error_code": ..., "error_msg": ..., "request_id"?: ...}``; the request id is also in the
``X-Request-Id`` response header. The generated client returns that body as a model mixed into the
success type; common.responses raises what this decoder returns instead.
"""

from __future__ import annotations

import json
from http import HTTPStatus

import httpx

from ..common import ApiError, AuthenticationError, UnexpectedResponse


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def decode_error(response: httpx.Response) -> ApiError | None:
    """The exception for an error response, or None for a success (2xx)."""
    status = response.status_code
    if 200 <= status < 300:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {}
    code, message = _text(body.get("error_code")), _text(body.get("error_msg"))
    request_id = response.headers.get("X-Request-Id") or _text(body.get("request_id"))
    error_class = ApiError
    if status in (401, 403):
        error_class = AuthenticationError
    elif code is None or status not in HTTPStatus._value2member_map_:
        error_class = UnexpectedResponse
        if message is None:
            snippet = response.content[:200].decode("utf-8", "replace").strip()
            message = f"no error body ({snippet!r})" if snippet else "empty body"
    return error_class(
        status_code=status,
        error_code=code,
        error_msg=message,
        request_id=request_id,
        response=response,
    )
