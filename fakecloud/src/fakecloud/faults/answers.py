"""The vendor-shaped answers of injected errors (status and/or error code of a `Fault`).

Huawei services (HTTP status + {"error_code", "error_msg"}; APIG.* bodies also carry request_id):
  error=APIG.0308 or status=429   429 APIG.0308 "The throttling threshold has been reached: policy user
                                  over ratelimit,limit:20,time:1 second" (the gateway's throttling)
  status=500                      500 with the service's internal error (MSS.00000004 "Internal Error",
                                  AIS.0003 "Failed to complete the request because of an internal service error.")
  status=502                      502 APIG.0201 "Backend unavailable."
  status=503                      503 with the service's internal error code, "Service Unavailable"
  status=504                      504 APIG.0201 "Backend timeout."
  any other status                that status, FAKE.<status>
  error=<another code>            its status if given, else 500 for the service's internal code, else 400
Tencent Cloud API 3.0 (AMS):
  error=CODE                      HTTP 200 (or the status given) with {"Response": {"Error": {"Code", "Message"},
                                  "RequestId"}}; a code of the common error table carries its description, in
                                  the request's X-TC-Language (tencent/language.py)
  status=N alone                  HTTP N with a plain-text body ("502 Bad Gateway"), as a proxy in front of
                                  the endpoint would answer: the API itself answers every error with HTTP 200
`message` replaces the message. The statuses and bodies the pages do not document are assumptions of the
fake, listed in its coverage table.
"""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from ..huawei.service import error_response
from ..tencent.language import COMMON_ERRORS
from ..tencent.service import error_envelope

THROTTLED = (
    "APIG.0308",
    "The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second",
)
BACKEND_UNAVAILABLE = ("APIG.0201", "Backend unavailable.")
BACKEND_TIMEOUT = ("APIG.0201", "Backend timeout.")
HUAWEI_CODE_STATUS = {"APIG.0308": 429, "APIG.0201": 502}


@dataclass(frozen=True)
class ErrorStyle:
    """How a service answers: Tencent envelopes, or Huawei bodies with the service's internal error."""

    tencent: bool
    internal_code: str = "FAKE.0500"
    internal_message: str = "Internal Error"


def huawei_error(style: ErrorStyle, status: int | None, error: str | None) -> tuple[int, str, str]:
    """Status, error_code and default error_msg of an injected Huawei error."""
    internal = (style.internal_code, style.internal_message)
    if error is None:
        assert status is not None
        by_status = {429: THROTTLED, 500: internal, 502: BACKEND_UNAVAILABLE,
                     503: (style.internal_code, "Service Unavailable"), 504: BACKEND_TIMEOUT}  # fmt: skip
        code, message = by_status.get(status, (f"FAKE.{status}", f"HTTP {status} injected by the fake cloud"))
        return status, code, message
    known = {THROTTLED[0]: THROTTLED[1], BACKEND_UNAVAILABLE[0]: BACKEND_UNAVAILABLE[1], internal[0]: internal[1]}
    default_status = HUAWEI_CODE_STATUS.get(error, 500 if error == style.internal_code else 400)
    return status or default_status, error, known.get(error, f"{error} injected by the fake cloud")


def error_answer(request: Request, style: ErrorStyle, status: int | None, error: str | None,
                 message: str | None) -> Response:  # fmt: skip
    """The response of an injected error (status and/or error code) in the service's style."""
    if style.tencent:
        if error is None:
            assert status is not None
            try:
                phrase = HTTPStatus(status).phrase
            except ValueError:
                phrase = "Error"
            return PlainTextResponse(f"{status} {phrase}", status_code=status)
        described = COMMON_ERRORS.get(error)
        default = described.en if described is not None else f"{error} injected by the fake cloud"
        response = error_envelope(request, error, message or default, translate=message is None)
        response.status_code = status or 200
        return response
    status_code, code, default = huawei_error(style, status, error)
    return error_response(request, status_code, code, message or default)


def fakecloud_error(status: int, code: str, message: str) -> Response:
    """An error of the fake's own features (control plane, X-Fakecloud-Fault): {"error": {"code", "message"}}."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
