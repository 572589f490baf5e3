"""Decode Huawei Cloud error responses into typed exceptions.

Huawei services and their API gateway answer errors with a non-2xx status and a JSON body in one of
several shapes, all read here the way huaweicloudsdkcore's exception handler reads them:
  {"error_code": "MSS.00000003", "error_msg": "...", "request_id"?: "..."}   the services and APIG
  {"errorCode": "...", "errorMsg": "..."}                                    some services (camelCase)
  {"code": "...", "message": "..."}                                          some services
  {"error": {"code": "...", "message": "..."}}                               a nested object (any member)
  {"error": {"code": 401, "message": "...", "title": "Unauthorized"}}        IAM (a numeric code)
The request id comes from the ``X-Request-Id`` header, else the body. The class follows the status
and the code: 401/403 → AuthenticationError; 429 or the gateway's throttling code APIG.0308 →
ThrottlingError; 5xx → ServerError; a code-less body or a non-standard status → UnexpectedResponse,
whose message quotes the body (never "no error body" when there is one). The generated client would
return these bodies as a model mixed into the success type; common.calls raises what this decoder
returns instead.
"""

from __future__ import annotations

import re
from http import HTTPStatus

import httpx

from ..common import ApiError, AuthenticationError, ServerError, ThrottlingError, UnexpectedResponse
from ..common.responses import load_json

THROTTLING_CODES = frozenset({"APIG.0308"})  # "The throttling threshold has been reached"
SHAPES = (("error_code", "error_msg"), ("errorCode", "errorMsg"), ("code", "message"))
MESSAGES = ("error_msg", "errorMsg", "message")  # read alone when a body has no code
_REQUEST_ID = re.compile(rb'"request_id"\s*:\s*"([^"\\]{1,128})"')


def _text(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):  # IAM's {"error": {"code": 401}}
        return str(value)
    return value if isinstance(value, str) and value else None


def error_fields(body: object, depth: int = 0) -> tuple[str | None, str | None, str | None]:
    """(code, message, request id) of an error body in any of the shapes above."""
    if not isinstance(body, dict) or depth > 3:
        return None, None, None
    request_id = _text(body.get("request_id"))
    for code_key, message_key in SHAPES:
        if code_key in body and message_key in body:
            return _text(body[code_key]), _text(body[message_key]), request_id
    for value in body.values():
        if isinstance(value, dict):
            code, message, inner_id = error_fields(value, depth + 1)
            if code or message:
                return code, message, request_id or inner_id
    messages = [_text(body.get(key)) for key in MESSAGES]
    return None, next((m for m in messages if m), None), request_id


def request_id(response: httpx.Response) -> str | None:
    """The request id of any answer: the X-Request-Id header (OBS: x-obs-request-id), else a body's
    "request_id" member."""
    found: str | None = response.headers.get("X-Request-Id") or response.headers.get("x-obs-request-id")
    if found:
        return found
    match = _REQUEST_ID.search(response.content[:4096])
    return match[1].decode("utf-8", "replace") if match else None


def _snippet(response: httpx.Response) -> str:
    text = response.content[:200].decode("utf-8", "replace").strip()
    return f"unrecognised error body {text!r}" if text else "empty body"


def decode_error(response: httpx.Response) -> ApiError | None:
    """The exception for an error response, or None for a success (2xx)."""
    status = response.status_code
    if 200 <= status < 300:
        return None
    code, message, body_request_id = error_fields(load_json(response.content))
    request = response.headers.get("X-Request-Id") or body_request_id
    error_class: type[ApiError] = ApiError
    if status in (401, 403):
        error_class = AuthenticationError
    elif status == 429 or code in THROTTLING_CODES:
        error_class = ThrottlingError
    elif 500 <= status < 600:
        error_class = ServerError
    elif code is None or status not in HTTPStatus._value2member_map_:
        error_class = UnexpectedResponse
    if code is None and message is None:
        message = _snippet(response)
    return error_class(status_code=status, error_code=code, error_msg=message, request_id=request, response=response)
