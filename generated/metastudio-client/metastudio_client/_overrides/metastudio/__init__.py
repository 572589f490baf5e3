# Copied from overrides/metastudio/__init__.py by scripts/generate.py — edit that file, not this copy.
"""MetaStudio short jobs: the client facade (`connect`, `MetaStudio`, `AsyncMetaStudio`), the zip
upload and the waiter, on top of the shared and Huawei overrides."""

from __future__ import annotations

from ...models import (
    AssessResult,
    CreateShortJobResponseBody,
    Language,
    ShortJobType,
    ShowJobAuditResultResponseBody,
    ShowShortJobResponseBody,
)
from .. import huawei
from .jobs import FAILED_STATES, SUCCEEDED_STATES, ShortJobFailed
from .report import assessment_table
from .service import ENDPOINTS, AsyncMetaStudio, MetaStudio, connect, connect_async
from .uploads import InvalidUpload, UploadFailed

__all__ = [
    "ENDPOINTS",
    "FAILED_STATES",
    "SUCCEEDED_STATES",
    "AssessResult",
    "AsyncMetaStudio",
    "CreateShortJobResponseBody",
    "InvalidUpload",
    "Language",
    "MetaStudio",
    "ShortJobFailed",
    "ShortJobType",
    "ShowJobAuditResultResponseBody",
    "ShowShortJobResponseBody",
    "UploadFailed",
    "assessment_table",
    "connect",
    "connect_async",
]


def install() -> None:
    huawei.install()
