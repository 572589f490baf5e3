"""State of the fake MetaStudio: short jobs per project, their uploads, commits and progress.

Lifecycle: create → CREATING (upload URL issued) → the zip is PUT to the fake's own upload URL →
commit → the upload is assessed at once (see assess.py) and the job follows its plan
(SYSTEM_AUDITING → PROCESSING → SUCCEED, or → FAILED / AUDIT_FAILED) at the configured progression.
Jobs are scoped by project: a job is invisible from another project. Thread-safe.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..progression import Progression, Timeline
from .assess import Outcome, assess_upload

MAX_UPLOAD_BYTES = 64 << 20


class JobNotFound(LookupError):
    pass


class Conflict(ValueError):
    """The call is not valid in the job's current state (the message says why)."""


@dataclass
class ShortJob:
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

    def state(self, observe: bool) -> str:
        if self.timeline is None:
            return "CREATING"
        return self.timeline.observe() if observe else self.timeline.current()

    def updated(self) -> int:
        return int(self.timeline.changed_at) if self.timeline is not None else self.created


class MetaStudioState:
    def __init__(self, progression: Progression, clock: Callable[[], float] = time.time) -> None:
        self.progression = progression
        self._clock = clock
        self._jobs: dict[tuple[str, str], ShortJob] = {}
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._jobs.clear()

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
            if not secrets.compare_digest(token, job.upload_token):
                raise PermissionError("the upload URL's token does not match")
            if job.timeline is not None:
                raise Conflict(f"job {job_id} is already committed; its data can no longer change")
            job.upload = data

    def commit(self, project_id: str, job_id: str) -> None:
        with self._lock:
            job = self._job(project_id, job_id)
            if job.timeline is not None:
                raise Conflict(f"job {job_id} is already committed")
            job.outcome = assess_upload(job.upload)
            job.committed = int(self._clock())
            job.timeline = Timeline(job.outcome.plan, self.progression, self._clock)

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
        """The ShowJobAuditResult body: the system review happens at commit; short jobs get no admin review."""
        with self._lock:
            job = self._job(project_id, job_id)
        if job.outcome is None:
            return {"system_audit_result": {"audit_time": 0, "errors": []}}
        return {
            "system_audit_result": {
                "audit_time": job.committed,
                "errors": list(job.outcome.audit_errors),
            }
        }
