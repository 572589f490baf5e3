"""State of the fake MetaStudio: short jobs per project, their uploads, commits and progress; the
voice-training tasks live beside them in `training` (training_state.py), one job-ID space for both.

Lifecycle: create → CREATING (upload URL issued) → the zip is PUT to the fake's own upload URL →
commit → the upload is assessed at once (see assess.py) and the job follows its plan
(SYSTEM_AUDITING → PROCESSING → SUCCEED, or → FAILED / AUDIT_FAILED) at the configured progression.
Jobs are scoped by project: a job is invisible from another project. The control plane lists jobs and
pins one in any state of the spec's ShortJobState (`set_state`) or, for a training task, TrainingJobState.
Thread-safe.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..jobs import JobView, check_state
from ..progression import Progression, Timeline
from .assess import Outcome, assess_upload
from .errors import Conflict, JobNotFound, UploadsFull
from .lifecycle import Lifecycle
from .obs import check_token
from .training_state import TrainingJobs

MAX_HELD_BYTES = 512 << 20  # uploads being received or stored and not yet committed, over every job
# ShortJobState of specs/metastudio.yaml (tests check that they agree)
STATES = ("CREATING", "SYSTEM_AUDITING", "AUDITING", "WAITING_SPLIT", "SPLITTING", "SPLIT_FAILED", "ANNOTATING",
          "WAITING", "PROCESSING", "RESULT_REVIEW", "AUDIT_FAILED", "UPLOADING", "FAILED", "SUCCEED",
          "USER_RESULT_REVIEW", "USER_REVIEW_REJECT")  # fmt: skip
# job_failed_code and job_failed_reason of a job pinned in a failure state, unless the control plane gives them
FAILURES = {
    "AUDIT_FAILED": (
        "MSS.10001003",
        "The audio did not pass the system review (state set by the fake's control plane)",
    ),
    "SPLIT_FAILED": ("MSS.00000004", "Internal Error: trimming failed (state set by the fake's control plane)"),
    "FAILED": ("MSS.00000004", "Internal Error (state set by the fake's control plane)"),
    "USER_REVIEW_REJECT": ("MSS.00000004", "The user rejected the result (state set by the fake's control plane)"),
}


@dataclass
class ShortJob(Lifecycle):
    project_id: str
    job_id: str
    job_type: str
    language: str
    created: int
    upload_token: str = field(default_factory=lambda: secrets.token_urlsafe(16), repr=False)
    upload: bytes | None = field(default=None, repr=False)
    committed: int = 0
    outcome: Outcome | None = None
    timeline: Timeline[str] | None = None


class MetaStudioState:
    service = "metastudio"

    def __init__(self, progression: Progression, clock: Callable[[], float] = time.time) -> None:
        self.progression = progression
        self._clock = clock
        self._jobs: dict[tuple[str, str], ShortJob] = {}
        self._lock = threading.Lock()
        self.training = TrainingJobs(progression, clock, holder=self)  # its uploads count in `_held` too
        self._held = 0  # bytes of uploads being received or stored, not yet committed

    def reset(self) -> None:
        with self._lock:
            self._jobs.clear()
            self._held = 0
        self.training.reset()

    def hold(self, size: int) -> None:
        """Count `size` more bytes of uploads held in memory; UploadsFull beyond MAX_HELD_BYTES."""
        with self._lock:
            if self._held + size > MAX_HELD_BYTES:
                raise UploadsFull(f"the fake holds at most {MAX_HELD_BYTES:,} bytes of uploads not yet committed; "
                                  "commit the jobs uploaded to, delete training tasks, or reset the fake")  # fmt: skip
            self._held += size

    def release(self, size: int) -> None:
        """`size` bytes of uploads are no longer held (a reset meanwhile has already counted them out)."""
        with self._lock:
            self._held = max(0, self._held - size)

    def jobs(self) -> list[JobView]:
        """Short jobs, then training tasks, each in creation order."""
        with self._lock:
            every = list(self._jobs.values())
        return [self._view(job) for job in every] + self.training.views(self.service)

    def _view(self, job: ShortJob) -> JobView:
        return job.view(self.service, "short_job")

    def set_state(self, job_id: str, state: str, details: Mapping[str, str]) -> JobView:
        """Pin the job in `state`; a failure state reports `failed_code`/`failed_reason` (defaults: FAILURES).
        A training task: see TrainingJobs.set_state."""
        task = self.training.find(job_id)
        if task is not None:
            return self.training.set_state(self.service, task, state, details)
        allowed = ("failed_code", "failed_reason") if state in FAILURES else ()
        check_state(state, STATES, details, allowed)
        with self._lock:
            job = next((j for j in self._jobs.values() if j.job_id == job_id), None)
            if job is None:
                raise JobNotFound(f"job {job_id} not found")
            before = job.outcome or Outcome(state)
            code, reason = FAILURES.get(state, (None, None))
            code, reason = details.get("failed_code", code), details.get("failed_reason", reason)
            audit_errors = before.audit_errors
            if state == "AUDIT_FAILED" and not audit_errors:
                audit_errors = [
                    {"audio_name": "", "text_name": "", "error_code": str(code), "error_message": str(reason)}
                ]
            job.outcome = Outcome(state, code, reason, before.assess_result if state == "SUCCEED" else None,
                                  audit_errors if state == "AUDIT_FAILED" else [])  # fmt: skip
            job.committed = job.committed or int(self._clock())
            job.timeline = Timeline([state], Progression("immediate"), self._clock)
            return self._view(job)

    def _job(self, project_id: str, job_id: str) -> ShortJob:
        job = self._jobs.get((project_id, job_id))
        if job is None:
            raise JobNotFound(f"job {job_id} not found in project {project_id}")
        return job

    def create(self, project_id: str, job_type: str, language: str) -> ShortJob:
        job = ShortJob(
            project_id,
            str(uuid.uuid4()),
            job_type,
            language,
            created=int(self._clock()),
        )
        with self._lock:
            self._jobs[(project_id, job.job_id)] = job
        return job

    def store_upload(self, project_id: str, job_id: str, token: str, data: bytes) -> None:
        with self._lock:
            job = self._job(project_id, job_id)
            check_token(token, job.upload_token)
            if job.timeline is not None:
                raise Conflict(f"job {job_id} is already committed; its data can no longer change")
            replaced, job.upload = job.upload, data
        self.release(len(replaced or b""))

    def commit(self, project_id: str, job_id: str) -> None:
        """Assess the upload (outside the lock: it may take a while) and start the job's plan."""
        with self._lock:
            job = self._job(project_id, job_id)
            if job.timeline is not None:
                raise Conflict(f"job {job_id} is already committed")
            upload = job.upload
        outcome = assess_upload(upload)
        with self._lock:
            if job.timeline is not None:  # committed meanwhile by another call
                raise Conflict(f"job {job_id} is already committed")
            job.outcome = outcome
            job.upload = None  # assessed, and it can no longer change: up to 64 MiB a job is not kept for nothing
            job.committed = int(self._clock())
            job.timeline = Timeline(job.outcome.plan, self.progression, self._clock)
        self.release(len(upload or b""))

    def show(self, project_id: str, job_id: str) -> dict[str, Any]:
        """The ShowShortJob body; counts as one poll of the job."""
        with self._lock:
            job = self._job(project_id, job_id)
        state = job.state(observe=True)
        body: dict[str, Any] = {
            "job_type": job.job_type,
            "job_id": job.job_id,
            "state": state,
            "create_time": job.created,
            "lastupdate_time": job.updated(),
        }
        outcome = job.outcome
        if outcome is not None and state == outcome.final_state:
            if outcome.failed_code:
                body["job_failed_code"] = outcome.failed_code
                body["job_failed_reason"] = outcome.failed_reason
            if outcome.assess_result is not None:
                body["assess_result"] = outcome.assess_result
        return body

    def audit_result(self, project_id: str, job_id: str) -> dict[str, Any]:
        """The ShowJobAuditResult body of a training task (training_state.py) or a short job: its system review
        happens at commit, and it gets no administrator's review."""
        with self._lock:
            job = self._jobs.get((project_id, job_id))
        if job is None:
            return self.training.audit_result(project_id, job_id)
        if job.outcome is None:
            return {"system_audit_result": {"audit_time": 0, "errors": []}}
        return {
            "system_audit_result": {
                "audit_time": job.committed,
                "errors": list(job.outcome.audit_errors),
            }
        }
