"""A client library for accessing Huawei Cloud MetaStudio voice training (short jobs and training jobs)"""

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
from ._overrides.huawei import (  # hand-written: overrides/huawei/
    AkSkAuth,
    ConnectOptions,
    HuaweiCredentials,
    TokenAuth,
)
from ._overrides.metastudio import (  # hand-written: overrides/metastudio/
    AdminReview,
    AsyncMetaStudio,
    CommitFields,
    ENDPOINTS,
    FAILED_STATES,
    InvalidUpload,
    MetaStudio,
    RejectedFile,
    SUCCEEDED_STATES,
    ShortJobAwaitingUser,
    ShortJobFailed,
    TRAINING_BACKOFF,
    TrainingDataRejected,
    TrainingJobFailed,
    TrainingJobFields,
    TrainingJobFilters,
    TrainingJobResult,
    UploadFailed,
    assessment_table,
    connect,
    connect_async,
)

__all__ = (
    "AdminReview",
    "AkSkAuth",
    "ApiError",
    "AsyncMetaStudio",
    "AuthenticatedClient",
    "AuthenticationError",
    "Backoff",
    "Client",
    "ClientError",
    "CommitFields",
    "ConnectOptions",
    "DEFAULT_TIMEOUT",
    "ENDPOINTS",
    "FAILED_STATES",
    "HuaweiCredentials",
    "InvalidUpload",
    "JobFailed",
    "MetaStudio",
    "MissingCredentialsError",
    "RejectedFile",
    "ResponseParseError",
    "SUCCEEDED_STATES",
    "Secret",
    "ShortJobAwaitingUser",
    "ShortJobFailed",
    "TRAINING_BACKOFF",
    "TokenAuth",
    "TrainingDataRejected",
    "TrainingJobFailed",
    "TrainingJobFields",
    "TrainingJobFilters",
    "TrainingJobResult",
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
