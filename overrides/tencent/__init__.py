"""Overrides shared by the Tencent Cloud packages: TC3-HMAC-SHA256 signing with the rewrite of the
specs' pseudo-paths to API 3.0's `POST /` + X-TC-Action, credentials, the options of every Tencent
`connect()`, the decoding of error envelopes into typed exceptions, and the unwrapping of the
`Response` envelope."""

from __future__ import annotations

from .. import common
from ..common.calls import Vendor
from .credentials import TencentCredentials
from .errors import (
    AuthFailureError,
    FailedOperationError,
    InternalError,
    InvalidActionError,
    InvalidParameterError,
    InvalidParameterValueError,
    LimitExceededError,
    MissingParameterError,
    OperationDeniedError,
    RequestLimitExceededError,
    ResourceInsufficientError,
    ResourceInUseError,
    ResourceNotFoundError,
    ResourceUnavailableError,
    TencentApiError,
    UnauthorizedOperationError,
    UnknownParameterError,
    UnsupportedOperationError,
    decode_error,
    request_id,
)
from .session import ConnectOptions
from .signing import Tc3Auth

__all__ = [
    "AuthFailureError",
    "ConnectOptions",
    "FailedOperationError",
    "InternalError",
    "InvalidActionError",
    "InvalidParameterError",
    "InvalidParameterValueError",
    "LimitExceededError",
    "MissingParameterError",
    "OperationDeniedError",
    "RequestLimitExceededError",
    "ResourceInUseError",
    "ResourceInsufficientError",
    "ResourceNotFoundError",
    "ResourceUnavailableError",
    "Tc3Auth",
    "TencentApiError",
    "TencentCredentials",
    "UnauthorizedOperationError",
    "UnknownParameterError",
    "UnsupportedOperationError",
]


def install() -> None:
    common.install(Vendor(decode_error, request_id))
