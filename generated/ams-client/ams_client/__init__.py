"""A client library for accessing Tencent Cloud Audio Moderation (AMS) asynchronous tasks"""

from types import FunctionType as _FunctionType

from .client import AuthenticatedClient, Client

from ._overrides.common import (  # hand-written: overrides/common/
    ApiError,
    AuthenticationError,
    Backoff,
    ClientError,
    DEFAULT_TIMEOUT,
    JobFailed,
    MissingCredentialsError,
    ResponseParseError,
    Secret,
    UnexpectedResponse,
    WaitTimeout,
    is_known,
)
from ._overrides.tencent import (  # hand-written: overrides/tencent/
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
    ResourceInUseError,
    ResourceInsufficientError,
    ResourceNotFoundError,
    ResourceUnavailableError,
    Tc3Auth,
    TencentApiError,
    TencentCredentials,
    UnauthorizedOperationError,
    UnknownParameterError,
    UnsupportedOperationError,
)
from ._overrides.ams import (  # hand-written: overrides/ams/
    Ams,
    AsyncAms,
    ENDPOINT,
    MAX_TASKS_PER_CALL,
    TERMINAL_STATES,
    TaskCancelled,
    TaskFailed,
    TaskRejected,
    VERSION,
    connect,
    connect_async,
    task_input,
    verdict_table,
)

__all__ = (
    "Ams",
    "ApiError",
    "AsyncAms",
    "AuthFailureError",
    "AuthenticatedClient",
    "AuthenticationError",
    "Backoff",
    "Client",
    "ClientError",
    "DEFAULT_TIMEOUT",
    "ENDPOINT",
    "FailedOperationError",
    "InternalError",
    "InvalidActionError",
    "InvalidParameterError",
    "InvalidParameterValueError",
    "JobFailed",
    "LimitExceededError",
    "MAX_TASKS_PER_CALL",
    "MissingCredentialsError",
    "MissingParameterError",
    "OperationDeniedError",
    "RequestLimitExceededError",
    "ResourceInUseError",
    "ResourceInsufficientError",
    "ResourceNotFoundError",
    "ResourceUnavailableError",
    "ResponseParseError",
    "Secret",
    "TERMINAL_STATES",
    "TaskCancelled",
    "TaskFailed",
    "TaskRejected",
    "Tc3Auth",
    "TencentApiError",
    "TencentCredentials",
    "UnauthorizedOperationError",
    "UnexpectedResponse",
    "UnknownParameterError",
    "UnsupportedOperationError",
    "VERSION",
    "WaitTimeout",
    "connect",
    "connect_async",
    "is_known",
    "task_input",
    "verdict_table",
)

# Exported classes and functions name the package as their module (for reprs, tracebacks and
# docs), not the private module that defines them.
for _name in __all__:
    if isinstance(globals()[_name], type | _FunctionType):
        globals()[_name].__module__ = __name__
del _name
