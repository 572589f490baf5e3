# Copied from overrides/metastudio/jobs.py by scripts/generate.py — edit that file, not this copy.
"""Short-job lifecycle: which states are terminal, and what a finished job means for the caller.

The spec lists the states; it cannot say which end a job. SUCCEED ends it well; FAILED,
SPLIT_FAILED and AUDIT_FAILED end it badly and raise ShortJobFailed with the service's
job_failed_code / job_failed_reason. Any other state, including one a newer server invents, means
"keep waiting".
"""

from __future__ import annotations

import logging

from ...models import ShortJobState, ShowShortJobResponseBody
from ..common import JobFailed

SUCCEEDED_STATES = frozenset({ShortJobState.SUCCEED})
FAILED_STATES = frozenset({ShortJobState.FAILED, ShortJobState.SPLIT_FAILED, ShortJobState.AUDIT_FAILED})

logger = logging.getLogger(__name__.split(".")[0])


class ShortJobFailed(JobFailed):
    """A short job ended in FAILED, SPLIT_FAILED or AUDIT_FAILED."""


def is_finished(job: ShowShortJobResponseBody) -> bool:
    return job.state in SUCCEEDED_STATES or job.state in FAILED_STATES


def state_of(job: ShowShortJobResponseBody) -> str:
    return str(job.state)


def log_progress(job: ShowShortJobResponseBody) -> None:
    logger.info("short job %s: %s", job.job_id, job.state)


def outcome(job: ShowShortJobResponseBody) -> ShowShortJobResponseBody:
    """The job if it succeeded; ShortJobFailed if it ended in a failure state."""
    if job.state in FAILED_STATES:
        code = job.job_failed_code or None
        reason = job.job_failed_reason or None
        raise ShortJobFailed(
            f"short job {job.job_id} ended in {job.state}: {code or 'no code'}: {reason or 'no reason given'}",
            job=job,
            code=code,
            reason=reason,
        )
    return job
