"""MetaStudio short jobs: the client facade (`connect`, `MetaStudio`, `AsyncMetaStudio`), the zip
upload and the waiter, on top of the shared and Huawei overrides."""

from __future__ import annotations

from .. import huawei
from ..common import (
    DEFAULT_TIMEOUT,
    ApiError,
    AuthenticationError,
    Backoff,
    ClientError,
    JobFailed,
    MissingCredentialsError,
    ResponseParseError,
    UnexpectedResponse,
    WaitTimeout,
    is_known,
)
from ..huawei import AkSkAuth, HuaweiCredentials, Secret, TokenAuth
from .jobs import FAILED_STATES, SUCCEEDED_STATES, ShortJobFailed
from .report import assessment_table
from .service import ENDPOINTS, AsyncMetaStudio, MetaStudio, connect, connect_async
from .uploads import InvalidUpload, UploadFailed

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENDPOINTS",
    "FAILED_STATES",
    "SUCCEEDED_STATES",
    "AkSkAuth",
    "ApiError",
    "AsyncMetaStudio",
    "AuthenticationError",
    "Backoff",
    "ClientError",
    "HuaweiCredentials",
    "InvalidUpload",
    "JobFailed",
    "MetaStudio",
    "MissingCredentialsError",
    "ResponseParseError",
    "Secret",
    "ShortJobFailed",
    "TokenAuth",
    "UnexpectedResponse",
    "UploadFailed",
    "WaitTimeout",
    "assessment_table",
    "connect",
    "connect_async",
    "is_known",
]


def install() -> None:
    huawei.install()
