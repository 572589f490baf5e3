# Copied from overrides/metastudio/__init__.py by scripts/generate.py — edit that file, not this copy.
"""MetaStudio short jobs and voice-training tasks: the client facade (`connect`, `MetaStudio`,
`AsyncMetaStudio`), the uploads, the waiters and their typed outcomes, on top of the shared and Huawei
overrides."""

from __future__ import annotations

from ...models import (
    AssessResult,
    ConfirmTrainingSegmentResponseBody,
    CreateShortJobResponseBody,
    CreateTrainingJobResponseBody,
    CreateType,
    JobTag,
    Language,
    ListVoiceTrainingJobResponseBody,
    Sex,
    ShortJobType,
    ShowJobAuditResultResponseBody,
    ShowJobUploadingAddressResponseBody,
    ShowShortJobResponseBody,
    ShowTrainingSegmentInfoResponseBody,
    SortDirection,
    SupportedService,
    TrainingJobSortKey,
    TrainingJobState,
    TrainingJobType,
    VoiceTrainingJob,
)
from .. import huawei
from . import masked_fields
from .jobs import FAILED_STATES, SUCCEEDED_STATES, ShortJobAwaitingUser, ShortJobFailed
from .report import assessment_table
from .service import ENDPOINTS, AsyncMetaStudio, MetaStudio, connect, connect_async
from .training import (
    TRAINING_BACKOFF,
    AdminReview,
    RejectedFile,
    TrainingDataRejected,
    TrainingJobFailed,
    TrainingJobResult,
)
from .training_service import CommitFields, TrainingJobFields, TrainingJobFilters
from .uploads import InvalidUpload, UploadFailed

__all__ = [
    "ENDPOINTS",
    "FAILED_STATES",
    "SUCCEEDED_STATES",
    "TRAINING_BACKOFF",
    "AdminReview",
    "AssessResult",
    "AsyncMetaStudio",
    "CommitFields",
    "ConfirmTrainingSegmentResponseBody",
    "CreateShortJobResponseBody",
    "CreateTrainingJobResponseBody",
    "CreateType",
    "InvalidUpload",
    "JobTag",
    "Language",
    "ListVoiceTrainingJobResponseBody",
    "MetaStudio",
    "RejectedFile",
    "Sex",
    "ShortJobAwaitingUser",
    "ShortJobFailed",
    "ShortJobType",
    "ShowJobAuditResultResponseBody",
    "ShowJobUploadingAddressResponseBody",
    "ShowShortJobResponseBody",
    "ShowTrainingSegmentInfoResponseBody",
    "SortDirection",
    "SupportedService",
    "TrainingDataRejected",
    "TrainingJobFailed",
    "TrainingJobFields",
    "TrainingJobFilters",
    "TrainingJobResult",
    "TrainingJobSortKey",
    "TrainingJobState",
    "TrainingJobType",
    "UploadFailed",
    "VoiceTrainingJob",
    "assessment_table",
    "connect",
    "connect_async",
]


def install() -> None:
    huawei.install()
    masked_fields.install()
