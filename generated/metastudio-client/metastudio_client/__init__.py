"""A client library for accessing Huawei Cloud MetaStudio voice training short jobs"""

from types import FunctionType as _FunctionType

from .client import AuthenticatedClient, Client

from ._overrides.common import (  # hand-written: overrides/common/
    ApiClient,
    ApiError,
    AuthenticationError,
    Backoff,
    CallOptions,
    ClientClosed,
    ClientError,
    ConnectFailed,
    ConnectionLost,
    CredentialsFileError,
    DEFAULT_TIMEOUT,
    InvalidArgument,
    JobFailed,
    Limited,
    MissingCredentialsError,
    RateLimiter,
    ResponseParseError,
    ResponseTooLarge,
    RetryPolicy,
    Secret,
    ServerError,
    Slot,
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
from ._overrides.metastudio import (  # hand-written: overrides/metastudio/
    AssessResult,
    AsyncMetaStudio,
    CreateShortJobResponseBody,
    ENDPOINTS,
    FAILED_STATES,
    InvalidUpload,
    Language,
    MetaStudio,
    SUCCEEDED_STATES,
    ShortJobFailed,
    ShortJobType,
    ShowJobAuditResultResponseBody,
    ShowShortJobResponseBody,
    UploadFailed,
    assessment_table,
    connect,
    connect_async,
)

__all__ = (
    "AkSkAuth",
    "ApiClient",
    "ApiError",
    "AssessResult",
    "AsyncMetaStudio",
    "AuthenticatedClient",
    "AuthenticationError",
    "Backoff",
    "CallOptions",
    "Client",
    "ClientClosed",
    "ClientError",
    "ConnectFailed",
    "ConnectOptions",
    "ConnectionLost",
    "CreateShortJobResponseBody",
    "CredentialsFileError",
    "DEFAULT_TIMEOUT",
    "ENDPOINTS",
    "FAILED_STATES",
    "HuaweiCredentials",
    "InvalidArgument",
    "InvalidUpload",
    "JobFailed",
    "Language",
    "Limited",
    "MetaStudio",
    "MissingCredentialsError",
    "RateLimiter",
    "ResponseParseError",
    "ResponseTooLarge",
    "RetryPolicy",
    "SUCCEEDED_STATES",
    "Secret",
    "ServerError",
    "ShortJobFailed",
    "ShortJobType",
    "ShowJobAuditResultResponseBody",
    "ShowShortJobResponseBody",
    "Slot",
    "ThrottlingError",
    "TimedOut",
    "TokenAuth",
    "TransportError",
    "UnexpectedResponse",
    "UploadFailed",
    "WaitTimeout",
    "assessment_table",
    "connect",
    "connect_async",
    "is_known",
)

# Exported classes and functions name the package as their module (for reprs, tracebacks and
# docs), not the private module that defines them; the generated models exported here (those of
# the overrides' signatures) keep theirs, where their annotations resolve.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type | _FunctionType) and not _value.__module__.startswith(__name__ + ".models."):
        _value.__module__ = __name__
del _name, _value
