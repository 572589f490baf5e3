# Copied from overrides/metastudio/jobs.py by scripts/generate.py — edit that file, not this copy.
"""Short-job lifecycle: which states are terminal, and what a finished job means for the caller.

The spec lists the states; it cannot say which end a job. SUCCEED ends it well; FAILED,
SPLIT_FAILED, AUDIT_FAILED and USER_REVIEW_REJECT end it badly and raise ShortJobFailed with the
service's job_failed_code / job_failed_reason (a short job's data cannot be uploaded again, so
AUDIT_FAILED is an end here). RESULT_REVIEW and USER_RESULT_REVIEW wait for a review no API performs
(the user's, in the console): polling cannot move the job on, so the wait ends with
ShortJobAwaitingUser. Any other state, including one a newer server invents, means "keep waiting".
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from ...models import ShortJobState, ShowShortJobResponseBody
from ...types import Unset
from ..common import ClientError, JobFailed

SUCCEEDED_STATES = frozenset({ShortJobState.SUCCEED})
FAILED_STATES = frozenset({ShortJobState.FAILED, ShortJobState.SPLIT_FAILED, ShortJobState.AUDIT_FAILED,
                           ShortJobState.USER_REVIEW_REJECT})  # fmt: skip
USER_REVIEW_STATES = frozenset({ShortJobState.RESULT_REVIEW, ShortJobState.USER_RESULT_REVIEW})

logger = logging.getLogger(__name__.split(".")[0])
F = TypeVar("F", bound=JobFailed)


def text_or_none(value: object) -> str | None:
    """A field's text; None for one absent, null or empty (not given)."""
    return None if isinstance(value, Unset) or value is None or value == "" else str(value)


def failed(error: type[F], job: Any, label: str) -> F:
    """`error` for `job` (a short job or a training task) that ended in a failure state, with the service's
    job_failed_code / job_failed_reason (an empty or absent one reads as not given)."""
    code, reason = text_or_none(job.job_failed_code), text_or_none(job.job_failed_reason)
    message = f"{label} {job.job_id} ended in {job.state}: {code or 'no code'}: {reason or 'no reason given'}"
    return error(message, job=job, code=code, reason=reason)


class ShortJobFailed(JobFailed):
    """A short job ended in FAILED, SPLIT_FAILED, AUDIT_FAILED or USER_REVIEW_REJECT."""


class ShortJobAwaitingUser(ClientError):
    """A short job waits for the user's review of its result (RESULT_REVIEW, USER_RESULT_REVIEW), which no
    API performs; `job` is its last status. Review it in the MetaStudio console, then wait again."""

    def __init__(self, job: ShowShortJobResponseBody) -> None:
        self.job = job
        super().__init__(f"short job {job.job_id} is {job.state}: it waits for your review of its result in the "
                         f"MetaStudio console; then call wait_for_short_job({job.job_id!r}) again")  # fmt: skip


def is_finished(job: ShowShortJobResponseBody) -> bool:
    state = job.state
    return state in SUCCEEDED_STATES or state in FAILED_STATES or state in USER_REVIEW_STATES


def state_of(job: ShowShortJobResponseBody) -> str:
    return str(job.state)


def log_progress(job: ShowShortJobResponseBody) -> None:
    logger.info("short job %s: %s", job.job_id, job.state)


def outcome(job: ShowShortJobResponseBody) -> ShowShortJobResponseBody:
    """The job if it succeeded; ShortJobFailed if it ended in a failure state, ShortJobAwaitingUser if it
    waits for the user."""
    if job.state in USER_REVIEW_STATES:
        raise ShortJobAwaitingUser(job)
    if job.state in FAILED_STATES:
        raise failed(ShortJobFailed, job, "short job")
    return job
