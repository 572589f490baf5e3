# Copied from overrides/ams/tasks.py by scripts/generate.py — edit that file, not this copy.
"""AMS task lifecycle: which statuses end a task, and what an ended task means for the caller.

The spec lists the statuses; it cannot say which end a task or how a caller should take them:
- FINISH ends a task well: its Suggestion, Label(s) and AudioSegments are the verdict.
- ERROR raises TaskFailed carrying the service's ErrorType / ErrorDescription.
- CANCELLED raises TaskCancelled. A waiter was asked for a verdict and a cancelled task has none
  (at most the segments moderated before the cancel). Callers that cancel on purpose — live audio
  ends only that way — catch it and read `exc.job`, the task's last details.
- PENDING, RUNNING, a missing/null status and any status a newer server invents mean "keep waiting".
At creation each submitted task gets its own Code (OK or an error code); TaskRejected reports one
that was not created. The answer is checked against the batch: one result per task sent, in order,
else UnexpectedResponse. Both carry the ids of the tasks that were created (`created_ids`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ...models import CreateAudioModerationTaskResult, DescribeTaskDetailResult, TaskResult, TaskStatus
from ...types import Unset
from ..common import ClientError, JobFailed, UnexpectedResponse
from ..tencent import TencentApiError

TERMINAL_STATES = frozenset({TaskStatus.FINISH, TaskStatus.ERROR, TaskStatus.CANCELLED})

logger = logging.getLogger(__name__.split(".")[0])


class TaskFailed(JobFailed):
    """A task ended in ERROR; `code` is its ErrorType, `reason` its ErrorDescription."""


class TaskCancelled(JobFailed):
    """A task ended in CANCELLED (by CancelTask); `job` holds what it had moderated until then."""


class TaskRejected(TencentApiError):
    """CreateAudioModerationTask did not create one of the tasks; `result` is its TaskResult, `results`
    all of them (tasks with Code OK were created and run on)."""

    def __init__(self, result: TaskResult, results: Sequence[TaskResult], request_id: str | None) -> None:
        self.result = result
        self.results = list(results)
        code = result.code if isinstance(result.code, str) else None
        message = result.message if isinstance(result.message, str) else "no TaskId returned"
        data = f" (DataId {result.data_id})" if isinstance(result.data_id, str) and result.data_id else ""
        super().__init__(status_code=200, error_code=code, error_msg=f"task not created{data}: {message}",
                         request_id=request_id)  # fmt: skip


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _created(result: TaskResult | None) -> str | None:
    """The TaskId of a task the service created, None if it did not create it."""
    if result is None or _text(result.code) not in (None, "OK"):
        return None
    return _text(result.task_id)


def _unexpected(created: CreateAudioModerationTaskResult, what: str) -> UnexpectedResponse:
    return UnexpectedResponse(status_code=200, error_code=None, request_id=created.request_id,
                              error_msg=f"CreateAudioModerationTask answered {what}")  # fmt: skip


def created_task_ids(created: CreateAudioModerationTaskResult, submitted: int) -> list[str]:
    """The TaskId of every one of the `submitted` tasks, in order; TaskRejected for the first one not
    created, UnexpectedResponse if the answer does not hold one result per task."""
    results = created.results if isinstance(created.results, list) else []
    ids = [_created(result) for result in results]
    problem: ClientError | None = None
    if len(results) != submitted:
        problem = _unexpected(created, f"{len(results)} results for the {submitted} tasks sent")
    elif None in ids:
        first = results[ids.index(None)]
        problem = (TaskRejected(first, [r for r in results if r is not None], created.request_id) if first is not None
                   else _unexpected(created, f"null for task {ids.index(None)}"))  # fmt: skip
    if problem is not None:
        problem.created_ids = tuple(task_id for task_id in ids if task_id is not None)
        raise problem
    return [task_id for task_id in ids if task_id is not None]


def is_finished(detail: DescribeTaskDetailResult) -> bool:
    return detail.status in TERMINAL_STATES


def status_of(detail: DescribeTaskDetailResult) -> str:
    status = detail.status
    return "no status" if status is None or isinstance(status, Unset) else str(status)


def log_progress(detail: DescribeTaskDetailResult) -> None:
    logger.info("AMS task %s: %s", detail.task_id, status_of(detail))


def outcome(detail: DescribeTaskDetailResult) -> DescribeTaskDetailResult:
    """The details of a FINISHed task; TaskFailed for ERROR, TaskCancelled for CANCELLED."""
    if detail.status == TaskStatus.ERROR:
        code, reason = _text(detail.error_type), _text(detail.error_description)
        raise TaskFailed(
            f"AMS task {detail.task_id} ended in ERROR: {code or 'no error type'}: {reason or 'no description'}",
            job=detail,
            code=code,
            reason=reason,
        )
    if detail.status == TaskStatus.CANCELLED:
        raise TaskCancelled(f"AMS task {detail.task_id} was cancelled before it finished", job=detail,
                            code=None, reason=None)  # fmt: skip
    if detail.status != TaskStatus.FINISH:
        message = f"AMS task {detail.task_id} has not ended ({status_of(detail)})"
        raise UnexpectedResponse(status_code=0, error_code=None, error_msg=message, request_id=detail.request_id)
    return detail
