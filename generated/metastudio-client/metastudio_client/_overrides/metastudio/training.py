# Copied from overrides/metastudio/training.py by scripts/generate.py — edit that file, not this copy.
"""Voice-training task lifecycle: which states end a wait, what each end means, and the typed outcomes.

The spec lists TrainingJobState; it cannot say which states end a wait or what the caller must do then:
- SUCCEED: the voice model is in the asset library (`asset_id`) → TrainingJobResult, succeeded.
- FAILED, SPLIT_FAILED, USER_REVIEW_REJECT: the task has ended badly → TrainingJobFailed, with the
  service's job_failed_code / job_failed_reason.
- AUDIT_FAILED: not an end. The review rejected the data; ShowJobAuditResult says which files and why
  (the system's review) and what the administrator said → TrainingDataRejected, listing each rejected
  file. Fix the data, upload it again (ShowJobUploadingAddress) and submit again: resubmit_training_job.
- RESULT_REVIEW, USER_RESULT_REVIEW: the trained voice waits for a review that no API performs (the
  user's, in the MetaStudio console); polling cannot move it on → TrainingJobResult with
  `waiting_for_user` and `next_step` saying what to do (unless the wait was asked to go on through them).
- CREATING, UPLOADING: the task waits for its data to be uploaded and submitted; a wait started on such
  a task would never end → TrainingJobResult, `waiting_for_user`. Right after a submission (the
  workflow methods) they are waited through: the service has yet to pick the task up.
Any other state, including one a newer server invents, means "keep waiting".
"""

# No `from __future__ import annotations`: the package re-exports these classes as its own, and their field
# annotations (VoiceTrainingJob) must resolve without the names of this module.
import logging
from dataclasses import dataclass

from ...models import (
    AdminAuditResult,
    ShowJobAuditResultResponseBody,
    SystemAuditResult,
    TrainingJobState,
    VoiceTrainingJob,
)
from ...types import Unset
from ..common import JobFailed
from ..common.waiting import Backoff
from .jobs import failed
from .jobs import text_or_none as _text

SUCCEEDED_STATES = frozenset({TrainingJobState.SUCCEED})
FAILED_STATES = frozenset({TrainingJobState.FAILED, TrainingJobState.SPLIT_FAILED, TrainingJobState.USER_REVIEW_REJECT})
REJECTED_STATES = frozenset({TrainingJobState.AUDIT_FAILED})
USER_REVIEW_STATES = frozenset({TrainingJobState.RESULT_REVIEW, TrainingJobState.USER_RESULT_REVIEW})
AWAITING_DATA_STATES = frozenset({TrainingJobState.CREATING, TrainingJobState.UPLOADING})
# Training takes hours: poll every 5 s at first, then at most once a minute.
TRAINING_BACKOFF = Backoff(initial=5.0, factor=1.5, maximum=60.0)

logger = logging.getLogger(__name__.split(".")[0])


def next_step(job: VoiceTrainingJob) -> str:
    """What the caller must do about a task in the state it is in now."""
    state = job.state
    if state in SUCCEEDED_STATES:
        return f"nothing: the voice model is asset {_text(job.asset_id) or '(no asset_id given)'}"
    if state == TrainingJobState.USER_RESULT_REVIEW:
        return (f"listen to the trained voice and accept or reject it in the MetaStudio console (no API does), then "
                f"follow the task on with wait_for_training_job({job.job_id!r})")  # fmt: skip
    if state == TrainingJobState.RESULT_REVIEW:
        return (f"the trained voice is under result review: see the MetaStudio console for what it needs from you, "
                f"then follow the task on with wait_for_training_job({job.job_id!r})")  # fmt: skip
    if state in REJECTED_STATES:
        return f"fix the data the review rejected and submit it again: resubmit_training_job({job.job_id!r}, ...)"
    if state in AWAITING_DATA_STATES:
        return (f"upload the task's data (upload_training_job_data, or each sentence of a SEGMENT task) and submit "
                f"it: commit_voice_training_job({job.job_id!r})")  # fmt: skip
    if state in FAILED_STATES:
        return "nothing can resume this task: create a new one"
    return f"wait: the service is working on the task ({state})"


@dataclass(frozen=True)
class TrainingJobResult:
    """How a wait for a voice-training task ended without an error: `succeeded` (SUCCEED, the model is
    `asset_id`), or `waiting_for_user` (RESULT_REVIEW, USER_RESULT_REVIEW; CREATING, UPLOADING: data to
    submit); `next_step` says what to do."""

    job: VoiceTrainingJob

    @property
    def state(self) -> TrainingJobState:
        return self.job.state

    @property
    def succeeded(self) -> bool:
        return self.job.state in SUCCEEDED_STATES

    @property
    def waiting_for_user(self) -> bool:
        return self.job.state in USER_REVIEW_STATES or self.job.state in AWAITING_DATA_STATES

    @property
    def asset_id(self) -> str | None:
        return _text(self.job.asset_id)

    @property
    def next_step(self) -> str:
        return next_step(self.job)

    def __repr__(self) -> str:
        return f"TrainingJobResult(job_id={self.job.job_id!r}, state={str(self.state)!r}, asset_id={self.asset_id!r})"


class TrainingJobFailed(JobFailed):
    """A voice-training task ended in FAILED, SPLIT_FAILED or USER_REVIEW_REJECT; `job_failed_code` and
    `job_failed_reason` are the service's (also as `code` / `reason`), `job` the task's last status."""

    @property
    def job_failed_code(self) -> str | None:
        return self.code

    @property
    def job_failed_reason(self) -> str | None:
        return self.reason


@dataclass(frozen=True)
class RejectedFile:
    """One entry of the system review's error list: the audio and text file, the code and the message."""

    audio_name: str | None
    text_name: str | None
    error_code: str | None
    error_message: str | None

    def __str__(self) -> str:
        files = " / ".join(name for name in (self.audio_name, self.text_name) if name) or "(the data as a whole)"
        return f"{files}: {self.error_code or 'no code'}: {self.error_message or 'no message'}"


@dataclass(frozen=True)
class AdminReview:
    """The administrator's review: `message`, an attachment (name; its download URL is kept out of reprs
    and messages), `audit_time` (Unix seconds)."""

    message: str | None
    attachment_name: str | None
    attachment_url: str | None
    audit_time: int | None

    def __repr__(self) -> str:
        url = "'********'" if self.attachment_url else "None"
        return (f"AdminReview(message={self.message!r}, attachment_name={self.attachment_name!r}, "
                f"attachment_url={url}, audit_time={self.audit_time!r})")  # fmt: skip


def _rejected_files(system: SystemAuditResult | Unset) -> list[RejectedFile]:
    if isinstance(system, Unset) or isinstance(system.errors, Unset):
        return []
    return [RejectedFile(_text(e.audio_name), _text(e.text_name), _text(e.error_code), _text(e.error_message))
            for e in system.errors if e is not None]  # fmt: skip


def _admin_review(admin: AdminAuditResult | Unset) -> AdminReview | None:
    if isinstance(admin, Unset):
        return None
    time = admin.audit_time if isinstance(admin.audit_time, int) else None
    return AdminReview(_text(admin.message), _text(admin.attachment_name), _text(admin.attachment_url), time)


class TrainingDataRejected(JobFailed):
    """The review rejected a voice-training task's data (AUDIT_FAILED): `files` lists each rejected file
    (system review), `admin` is the administrator's review (or None), `reject_times` how often the task
    was rejected. Fix the data and call resubmit_training_job(job_id, zip_path)."""

    def __init__(self, job: VoiceTrainingJob, audit: ShowJobAuditResultResponseBody) -> None:
        self.files = _rejected_files(audit.system_audit_result)
        self.admin = _admin_review(audit.admin_audit_result)
        self.job_id = job.job_id
        self.reject_times = job.reject_times if isinstance(job.reject_times, int) else None
        lines = [f"training job {job.job_id}: the review rejected its data"
                 + (f" ({self.reject_times} time(s) so far)" if self.reject_times else "")]  # fmt: skip
        lines += [f"  {rejected}" for rejected in self.files]
        if self.admin is not None and self.admin.message:
            lines.append(f"  administrator: {self.admin.message}")
        if not self.files and (self.admin is None or not self.admin.message):
            lines.append(f"  {_text(job.job_failed_code) or 'no code'}: {_text(job.job_failed_reason) or 'no reason'}")
        lines.append(f"  next: {next_step(job)}")
        super().__init__("\n".join(lines), job=job, code=_text(job.job_failed_code),
                         reason=_text(job.job_failed_reason))  # fmt: skip


def ends_wait(job: VoiceTrainingJob, *, stop_for_user: bool, submitted: bool) -> bool:
    """Does `job` end a wait? `submitted`: the wait follows a submission just made (see the module docstring)."""
    state = job.state
    ended = state in SUCCEEDED_STATES or state in FAILED_STATES or state in REJECTED_STATES
    awaits_user = (stop_for_user and state in USER_REVIEW_STATES) or (not submitted and state in AWAITING_DATA_STATES)
    return ended or awaits_user


def state_of(job: VoiceTrainingJob) -> str:
    return str(job.state)


def log_progress(job: VoiceTrainingJob) -> None:
    logger.info("training job %s: %s", job.job_id, job.state)


def failure(job: VoiceTrainingJob) -> TrainingJobFailed:
    return failed(TrainingJobFailed, job, "training job")
