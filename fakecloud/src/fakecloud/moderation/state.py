"""State of the fake Content Moderation: audio jobs per project and their progress.

Lifecycle: create → the outcome is derived at once from the audio URL (rules.py) → the job follows
its plan, running → succeeded or failed, at the configured progression (FAKE_PROGRESSION); every
query counts as one poll. Jobs are scoped by project: a job is invisible from another project.
Thread-safe.

`on_finished(job)` is called once per job, the first time the job is terminal: when a query sees it
(any progression), at creation (`immediate`), or from a timer when its plan has run out
(`seconds:T`, where nobody needs to query). The callback delivery (callbacks.py) hangs off it.

The control plane lists jobs and pins one in running, succeeded or failed (`set_state`); a job pinned
in an end state is reported to on_finished like any other, unless it was already.

Times are China Standard Time (UTC+8) as "yyyy-MM-dd HH:mm:ss", and job IDs look like the pages'
("0" + the Unix time of that day's 00:00 UTC+8 + "_" + 32 hex digits), as the spec's decisions say.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from ..jobs import JobNotFound as AnyJobNotFound
from ..jobs import JobView, check_state
from ..progression import Progression, Timeline
from .rules import CLEAN_TEXT, Outcome, derive

CST = timezone(timedelta(hours=8))
ECHOED = ("event_type", "data", "callback", "categories")  # the request_params of the query body
STATES = ("running", "succeeded", "failed")  # AudioModerationJobStatus of specs/moderation.yaml
TERMINAL = frozenset({"succeeded", "failed"})
TIMER_MARGIN = 0.05  # seconds; the timer runs on another clock than the timeline


class JobNotFound(AnyJobNotFound):
    pass


def format_time(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, CST).strftime("%Y-%m-%d %H:%M:%S")


def new_job_id(timestamp: float) -> str:
    midnight = datetime.fromtimestamp(timestamp, CST).replace(hour=0, minute=0, second=0, microsecond=0)
    return f"0{int(midnight.timestamp()):010d}_{uuid.uuid4().hex}"


@dataclass
class AudioJob:
    project_id: str
    job_id: str
    request: dict[str, Any]
    request_id: str  # of the create call; also the request_id of the callback body
    created: float
    outcome: Outcome
    timeline: Timeline[str] = field(repr=False)
    finished: bool = False

    @property
    def callback(self) -> str:
        return str(self.request.get("callback") or "")

    @property
    def seed(self) -> str:
        return str(self.request.get("seed") or "")

    def body(self, status: str, request_id: str) -> dict[str, Any]:
        """The ShowAudioModerationJob body of the job in `status`."""
        document: dict[str, Any] = {"job_id": self.job_id, "status": status}
        if status == "succeeded" and self.outcome.result is not None:
            document["result"] = self.outcome.result
        document["request_params"] = {key: self.request[key] for key in ECHOED if key in self.request}
        document["create_time"] = format_time(self.created)
        document["update_time"] = format_time(self.timeline.changed_at)
        document["request_id"] = request_id
        return document


class ModerationState:
    service = "moderation"

    def __init__(
        self,
        progression: Progression,
        on_finished: Callable[[AudioJob], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.progression = progression
        self.on_finished = on_finished
        self._clock = clock
        self._jobs: dict[tuple[str, str], AudioJob] = {}
        self._timers: list[threading.Timer] = []
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._jobs.clear()
            for timer in self._timers:
                timer.cancel()
            self._timers.clear()

    def job(self, project_id: str, job_id: str) -> AudioJob:
        """The job itself (tests may change its outcome, e.g. to inject values a newer server sends)."""
        with self._lock:
            job = self._jobs.get((project_id, job_id))
        if job is None:
            raise JobNotFound(f"job {job_id} not found in project {project_id}")
        return job

    def jobs(self) -> list[JobView]:
        with self._lock:
            every = list(self._jobs.values())
        return [self._view(job) for job in every]

    def _view(self, job: AudioJob) -> JobView:
        return JobView(self.service, "audio_job", job.job_id, job.project_id, job.timeline.current(),
                            job.timeline.plan, job.created)  # fmt: skip

    def set_state(self, job_id: str, state: str, details: Mapping[str, str]) -> JobView:
        """Pin the job in `state` (no details); pinned in succeeded, a job that had no result reports a clean one."""
        check_state(state, STATES, details, ())
        with self._lock:
            job = next((j for j in self._jobs.values() if j.job_id == job_id), None)
            if job is None:
                raise JobNotFound(f"job {job_id} not found")
            result = job.outcome.result or {"suggestion": "pass", "details": [], "audio_text": CLEAN_TEXT}
            job.outcome = Outcome(state, result if state == "succeeded" else None)
            job.timeline = Timeline([state], Progression("immediate"), self._clock)
        self._settle(job)
        return self._view(job)

    def create(self, project_id: str, request: Mapping[str, Any], request_id: str) -> AudioJob:
        now = self._clock()
        data = request["data"]
        outcome = derive(data["url"], request.get("categories"), request.get("biz_type"))
        job = AudioJob(
            project_id,
            new_job_id(now),
            dict(request),
            request_id,
            now,
            outcome,
            Timeline(outcome.plan, self.progression, self._clock),
        )
        with self._lock:
            self._jobs[(project_id, job.job_id)] = job
            if self.progression.mode == "seconds" and not job.timeline.finished:
                delay = self.progression.amount * (len(outcome.plan) - 1) + TIMER_MARGIN
                timer = threading.Timer(delay, self._settle, (job,))
                timer.daemon = True
                self._timers.append(timer)
                timer.start()
        self._settle(job)
        return job

    def show(self, project_id: str, job_id: str, request_id: str) -> dict[str, Any]:
        """The ShowAudioModerationJob body; counts as one poll of the job."""
        job = self.job(project_id, job_id)
        status = job.timeline.observe()
        self._settle(job)
        return job.body(status, request_id)

    def _settle(self, job: AudioJob) -> None:
        """Report the job to on_finished the first time it is terminal."""
        if job.timeline.current() not in TERMINAL:
            return
        with self._lock:
            if job.finished:
                return
            job.finished = True
        if self.on_finished is not None:
            self.on_finished(job)
