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
    MissingCredentialsError,
    RateLimiter,
    ResponseParseError,
    ResponseTooLarge,
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
from ._overrides.metastudio import (  # hand-written: overrides/metastudio/
    AsyncMetaStudio,
    ENDPOINTS,
    FAILED_STATES,
    InvalidUpload,
    MetaStudio,
    SUCCEEDED_STATES,
    ShortJobFailed,
    UploadFailed,
    assessment_table,
    connect,
    connect_async,
)

__all__ = (
    "AkSkAuth",
    "ApiClient",
    "ApiError",
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
    "CredentialsFileError",
    "DEFAULT_TIMEOUT",
    "ENDPOINTS",
    "FAILED_STATES",
    "HuaweiCredentials",
    "InvalidArgument",
    "InvalidUpload",
    "JobFailed",
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
# docs), not the private module that defines them.
for _name in __all__:
    if isinstance(globals()[_name], type | _FunctionType):
        globals()[_name].__module__ = __name__
del _name
