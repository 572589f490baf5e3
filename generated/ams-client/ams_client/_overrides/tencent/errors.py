# Copied from overrides/tencent/errors.py by scripts/generate.py — edit that file, not this copy.
"""Decode Tencent Cloud error envelopes into typed exceptions, one class per error-code family.

Tencent Cloud API 3.0 answers errors with HTTP 200 and a body
``{"Response": {"Error": {"Code": ..., "Message": ...}, "RequestId": ...}}``; the code is a family,
optionally dotted with a detail (``AuthFailure.SignatureExpire``, ``InvalidParameterValue.Limit``).
The generated client would parse that body as the success envelope; common.responses shows every
response to `decode_error` first, which finds the Error inside the 200 body and returns the exception
of its family (TencentApiError for a family this module does not know). A non-2xx status without an
envelope — a proxy in front of the endpoint — is a ThrottlingError (429), a ServerError (5xx) or an
UnexpectedResponse (anything else), quoting the body. An envelope whose Error member is not an object
with a Code (`"Error": ["X"]`) is an UnexpectedResponse, not a success.

Retries (common.retries): RequestLimitExceeded* is a ThrottlingError (refused before anything was
done: retried for every action); InternalError* is transient (retried for reads only).
"""

from __future__ import annotations

import re

import httpx

from ..common import ApiError, AuthenticationError, ServerError, ThrottlingError, UnexpectedResponse
from ..common.responses import load_json


class TencentApiError(ApiError):
    """A Tencent Cloud error envelope: `code` (e.g. "ResourceNotFound"), `message` and `request_id`."""

    @property
    def code(self) -> str | None:
        return self.error_code

    @property
    def message(self) -> str | None:
        return self.error_msg

    def _describe(self) -> str:
        text = f"{self.error_code or 'no error code'}: {self.error_msg or 'no message'}"
        if self.status_code != 200:
            text = f"HTTP {self.status_code} {text}"
        return text + (f" (request id {self.request_id})" if self.request_id else "")


class AuthFailureError(TencentApiError, AuthenticationError):
    """AuthFailure.*: the signature, SecretId, timestamp or token was refused."""


class InvalidParameterError(TencentApiError):
    """InvalidParameter*: a parameter has the wrong format or type (parent of the other parameter errors)."""


class InvalidParameterValueError(InvalidParameterError):
    """InvalidParameterValue*: a parameter's value is out of range or not allowed."""


class MissingParameterError(InvalidParameterError):
    """MissingParameter*: a required parameter is missing."""


class UnknownParameterError(InvalidParameterError):
    """UnknownParameter*: the request names a parameter the action does not have."""


class InvalidActionError(TencentApiError):
    """InvalidAction: no such action (or not in this API version)."""


class LimitExceededError(TencentApiError):
    """LimitExceeded*: a quota is used up."""


class RequestLimitExceededError(TencentApiError, ThrottlingError):
    """RequestLimitExceeded*: too many requests per second (or too many concurrent tasks); retried later."""


class ResourceNotFoundError(TencentApiError):
    """ResourceNotFound*: e.g. no task with that TaskId."""


class ResourceUnavailableError(TencentApiError):
    """ResourceUnavailable*: the resource exists but cannot be used now (e.g. the service is not activated)."""


class ResourceInUseError(TencentApiError):
    """ResourceInUse*."""


class ResourceInsufficientError(TencentApiError):
    """ResourceInsufficient*."""


class UnauthorizedOperationError(TencentApiError):
    """UnauthorizedOperation*: the credentials lack the permission (CAM policy) for this action."""


class OperationDeniedError(TencentApiError):
    """OperationDenied*."""


class UnsupportedOperationError(TencentApiError):
    """UnsupportedOperation*: not possible in the resource's current state."""


class FailedOperationError(TencentApiError):
    """FailedOperation*: the operation failed (the message says why)."""


class InternalError(TencentApiError, ServerError):
    """InternalError*: a fault on the service side; reads are retried (a create may have been done)."""

    @property
    def transient(self) -> bool:
        return True


FAMILIES: dict[str, type[TencentApiError]] = {
    "AuthFailure": AuthFailureError,
    "InvalidParameter": InvalidParameterError,
    "InvalidParameterValue": InvalidParameterValueError,
    "MissingParameter": MissingParameterError,
    "UnknownParameter": UnknownParameterError,
    "InvalidAction": InvalidActionError,
    "LimitExceeded": LimitExceededError,
    "RequestLimitExceeded": RequestLimitExceededError,
    "ResourceNotFound": ResourceNotFoundError,
    "ResourceUnavailable": ResourceUnavailableError,
    "ResourceInUse": ResourceInUseError,
    "ResourceInsufficient": ResourceInsufficientError,
    "UnauthorizedOperation": UnauthorizedOperationError,
    "OperationDenied": OperationDeniedError,
    "UnsupportedOperation": UnsupportedOperationError,
    "FailedOperation": FailedOperationError,
    "InternalError": InternalError,
}


def error_class(code: str | None) -> type[TencentApiError]:
    """The class of an error code: by its family (the part before the first dot)."""
    return FAMILIES.get((code or "").split(".", 1)[0], TencentApiError)


def error_for(
    code: str | None,
    message: str | None,
    request_id: str | None,
    *,
    status_code: int = 200,
    response: httpx.Response | None = None,
) -> TencentApiError:
    return error_class(code)(
        status_code=status_code,
        error_code=code,
        error_msg=message,
        request_id=request_id,
        response=response,
    )


_REQUEST_ID = re.compile(rb'"RequestId"\s*:\s*"([^"\\]{1,128})"')


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def request_id(response: httpx.Response) -> str | None:
    """The RequestId of an envelope, found without parsing the body (for log lines)."""
    match = _REQUEST_ID.search(response.content)
    return match[1].decode("utf-8", "replace") if match else None


def decode_error(response: httpx.Response) -> ApiError | None:
    """The exception for an error envelope (any status) or an error status; None for a success.

    A success without the key "Error" anywhere in its bytes is passed on unparsed: the generated
    parser reads the JSON anyway; reading it here too cost every call a second parse (6 µs of the
    ~180 µs in-process DescribeTaskDetail of the documented example, more with long segment lists).
    JSON encoders never escape ASCII letters, so an envelope's "Error" key always appears as such.
    """
    if response.is_success and b'"Error"' not in response.content:
        return None
    body = load_json(response.content)
    envelope = body.get("Response") if isinstance(body, dict) else None
    if isinstance(envelope, dict) and "Error" in envelope:
        error = envelope["Error"]
        request = _text(envelope.get("RequestId"))
        if isinstance(error, dict) and _text(error.get("Code")):
            return error_for(_text(error.get("Code")), _text(error.get("Message")), request,
                             status_code=response.status_code, response=response)  # fmt: skip
        return UnexpectedResponse(status_code=response.status_code, error_code=None, request_id=request,
                                  error_msg=f"malformed Error member in the envelope: {error!r:.200}",
                                  response=response)  # fmt: skip
    if response.is_success:
        return None
    snippet = response.content[:200].decode("utf-8", "replace").strip()
    status = response.status_code
    error_class = ThrottlingError if status == 429 else ServerError if 500 <= status < 600 else UnexpectedResponse
    return error_class(
        status_code=status,
        error_code=None,
        error_msg=f"no error envelope ({snippet!r})" if snippet else "empty body",
        request_id=None,
        response=response,
    )
