"""Tencent Cloud AMS audio moderation: the client facade (`connect`, `Ams`, `AsyncAms`), task waiters,
listing over all pages and a verdict table, on top of the shared and Tencent overrides."""

from __future__ import annotations

from ...models import (
    AudioModerationType,
    CancelTaskResult,
    CreateAudioModerationTaskRequest,
    CreateAudioModerationTaskResult,
    DescribeTaskDetailResult,
    DescribeTasksResult,
    StorageInfo,
    Suggestion,
    TaskData,
    TaskFilter,
    TaskFilterType,
    TaskInput,
    TaskResult,
    TaskStatus,
    TencentLanguage,
    User,
)
from .. import tencent
from ..common.secrets import mask_fields
from .report import verdict_table
from .service import ENDPOINT, MAX_TASKS_PER_CALL, VERSION, Ams, AsyncAms, connect, connect_async, task_input
from .tasks import TERMINAL_STATES, TaskCancelled, TaskFailed, TaskRejected

__all__ = [
    "ENDPOINT",
    "MAX_TASKS_PER_CALL",
    "TERMINAL_STATES",
    "VERSION",
    "Ams",
    "AsyncAms",
    "AudioModerationType",
    "CancelTaskResult",
    "CreateAudioModerationTaskResult",
    "DescribeTaskDetailResult",
    "DescribeTasksResult",
    "StorageInfo",
    "Suggestion",
    "TaskCancelled",
    "TaskData",
    "TaskFailed",
    "TaskFilter",
    "TaskFilterType",
    "TaskInput",
    "TaskRejected",
    "TaskResult",
    "TaskStatus",
    "TencentLanguage",
    "User",
    "connect",
    "connect_async",
    "task_input",
    "verdict_table",
]


def install() -> None:
    tencent.install()
    mask_fields(CreateAudioModerationTaskRequest, "seed")  # Seed: the callback's HMAC key
