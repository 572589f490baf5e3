# Copied from overrides/moderation/jobs.py by scripts/generate.py — edit that file, not this copy.
"""Audio moderation job lifecycle: which statuses are terminal, and what a finished job means.

The spec lists the statuses; it cannot say which end a job. `succeeded` ends it well and carries the
result; `failed` ends it badly and raises AudioJobFailed (the query response has no error code or
reason for a failed job, so none is given). Any other status, `running` or one a newer server
invents, means "keep waiting".
"""

from __future__ import annotations

import logging

from ...models import AudioModerationJobStatus, AudioModerationResult, ShowAudioModerationJobResponseBody
from ...types import Unset
from ..common import JobFailed, ResponseParseError

SUCCEEDED_STATUSES = frozenset({AudioModerationJobStatus.SUCCEEDED})
FAILED_STATUSES = frozenset({AudioModerationJobStatus.FAILED})

logger = logging.getLogger(__name__.split(".")[0])


class AudioJobFailed(JobFailed):
    """An audio moderation job ended in `failed` (e.g. the audio URL could not be downloaded)."""


def is_finished(job: ShowAudioModerationJobResponseBody) -> bool:
    return job.status in SUCCEEDED_STATUSES or job.status in FAILED_STATUSES


def status_of(job: ShowAudioModerationJobResponseBody) -> str:
    return str(job.status)


def log_progress(job: ShowAudioModerationJobResponseBody) -> None:
    logger.info("audio moderation job %s: %s", job.job_id, job.status)


def outcome(job: ShowAudioModerationJobResponseBody) -> AudioModerationResult:
    """The result of a succeeded job; AudioJobFailed if it failed, ResponseParseError if it has no result."""
    if job.status in FAILED_STATUSES:
        raise AudioJobFailed(
            f"audio moderation job {job.job_id} failed (the service gives no reason; "
            "check that the audio URL can be downloaded and is a supported audio file)",
            job=job,
            code=None,
            reason=None,
        )
    if isinstance(job.result, Unset):
        raise ResponseParseError(f"audio moderation job {job.job_id} is {job.status} but the response has no result")
    return job.result
