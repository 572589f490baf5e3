"""Tencent Cloud AMS audio moderation: the client facade (`connect`, `Ams`, `AsyncAms`), task waiters,
listing over all pages and a verdict table, on top of the shared and Tencent overrides."""

from __future__ import annotations

from .. import tencent
from ..common import (
    DEFAULT_TIMEOUT,
    ApiError,
    AuthenticationError,
    Backoff,
    ClientError,
    JobFailed,
    MissingCredentialsError,
    ResponseParseError,
    Secret,
    UnexpectedResponse,
    WaitTimeout,
    is_known,
)
from ..tencent import (
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
    Tc3Auth,
    TencentApiError,
    TencentCredentials,
    UnauthorizedOperationError,
    UnknownParameterError,
    UnsupportedOperationError,
)
from .report import verdict_table
from .service import ENDPOINT, MAX_TASKS_PER_CALL, VERSION, Ams, AsyncAms, connect, connect_async, task_input
from .tasks import TERMINAL_STATES, TaskCancelled, TaskFailed, TaskRejected

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENDPOINT",
    "MAX_TASKS_PER_CALL",
    "TERMINAL_STATES",
    "VERSION",
    "Ams",
    "ApiError",
    "AsyncAms",
    "AuthFailureError",
    "AuthenticationError",
    "Backoff",
    "ClientError",
    "FailedOperationError",
    "InternalError",
    "InvalidActionError",
    "InvalidParameterError",
    "InvalidParameterValueError",
    "JobFailed",
    "LimitExceededError",
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
    "WaitTimeout",
    "connect",
    "connect_async",
    "is_known",
    "task_input",
    "verdict_table",
]


def install() -> None:
    tencent.install()
