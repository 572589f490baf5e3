"""A client library for accessing Huawei Cloud Content Moderation v3 audio jobs"""

from types import FunctionType as _FunctionType

from .client import AuthenticatedClient, Client

from ._overrides.common import (  # hand-written: overrides/common/
    ApiClient,
    ApiError,
    AuthenticationError,
    Backoff,
    ClientClosed,
    ClientError,
    ConnectFailed,
    ConnectionLost,
    CredentialsFileError,
    DEFAULT_TIMEOUT,
    InvalidArgument,
    JobFailed,
    MissingCredentialsError,
    RateLimiter,
    ResponseParseError,
    RetryPolicy,
    Secret,
    ServerError,
    ThrottlingError,
    TimedOut,
    TransportError,
    UnexpectedResponse,
    WaitTimeout,
    is_known,
)
from ._overrides.huawei import (  # hand-written: overrides/huawei/
    AkSkAuth,
    ConnectOptions,
    HuaweiCredentials,
    TokenAuth,
)
from ._overrides.moderation import (  # hand-written: overrides/moderation/
    AsyncModeration,
    AudioJobFailed,
    AudioJobOptions,
    DEFAULT_CATEGORIES,
    ENDPOINTS,
    FAILED_STATUSES,
    Moderation,
    SIGNATURE_HEADER,
    SUCCEEDED_STATUSES,
    callback_signature,
    connect,
    connect_async,
    create_request,
    parse_callback,
    verdict_report,
    verify_callback_signature,
)

__all__ = (
    "AkSkAuth",
    "ApiClient",
    "ApiError",
    "AsyncModeration",
    "AudioJobFailed",
    "AudioJobOptions",
    "AuthenticatedClient",
    "AuthenticationError",
    "Backoff",
    "Client",
    "ClientClosed",
    "ClientError",
    "ConnectFailed",
    "ConnectOptions",
    "ConnectionLost",
    "CredentialsFileError",
    "DEFAULT_CATEGORIES",
    "DEFAULT_TIMEOUT",
    "ENDPOINTS",
    "FAILED_STATUSES",
    "HuaweiCredentials",
    "InvalidArgument",
    "JobFailed",
    "MissingCredentialsError",
    "Moderation",
    "RateLimiter",
    "ResponseParseError",
    "RetryPolicy",
    "SIGNATURE_HEADER",
    "SUCCEEDED_STATUSES",
    "Secret",
    "ServerError",
    "ThrottlingError",
    "TimedOut",
    "TokenAuth",
    "TransportError",
    "UnexpectedResponse",
    "WaitTimeout",
    "callback_signature",
    "connect",
    "connect_async",
    "create_request",
    "is_known",
    "parse_callback",
    "verdict_report",
    "verify_callback_signature",
)

# Exported classes and functions name the package as their module (for reprs, tracebacks and
# docs), not the private module that defines them.
for _name in __all__:
    if isinstance(globals()[_name], type | _FunctionType):
        globals()[_name].__module__ = __name__
del _name
