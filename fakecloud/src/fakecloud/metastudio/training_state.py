"""State of the fake MetaStudio voice-training tasks: per project, their data, reviews, states and deletion.

Lifecycle (the pages' states; the plan through them is the fake's own):
  create → CREATING: upload URLs issued (a zip for PACKAGE, one audio and one text URL per sentence for
  SEGMENT, each sentence then confirmed in order), and the authorization letter's
  commit → the data is reviewed at once (training_review.py) and the task follows its plan:
    review failed   SYSTEM_AUDITING → AUDIT_FAILED (reject_times + 1; new data can be uploaded, through
                    the URLs of ShowJobUploadingAddress, and the task submitted again, at most
                    MAX_REJECTIONS times in all)
    review passed   SYSTEM_AUDITING → AUDITING (the administrator approves) → [WAITING_SPLIT →
                    SPLITTING → ANNOTATING, for one long recording] → WAITING → PROCESSING → SUCCEED
                    (asset_id)
  RESULT_REVIEW, USER_RESULT_REVIEW, UPLOADING, FAILED, SPLIT_FAILED and USER_REVIEW_REJECT are reached
  only through the control plane (`set_state`), which also pins an administrator's rejection
  (AUDIT_FAILED with `admin_message`).
A commit with no data uploaded since the task was created or rejected: NoData (400 MSS.10001004). A
task can be deleted unless the service is working on it (BUSY_STATES). Listing does not count as a poll.
What a task keeps is bounded (the fake's own limits, so that no client can fill its memory): a
sentence's transcript at most MAX_TRANSCRIPT bytes, and all of a task's uploads together (the zip, or
the sentences, and the letter) at most MAX_TASK_BYTES; an upload beyond either is refused (TooLarge).
What the tasks keep also counts in the holder's bytes (MetaStudioState: MAX_HELD_BYTES over every job,
UploadsFull beyond) until the task is deleted or the fake reset.
Thread-safe.
"""

from __future__ import annotations

import itertools
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..jobs import JobView, check_state
from ..progression import Progression, Timeline
from .assess import MAX_TRANSCRIPT
from .errors import Conflict, JobNotFound, NoData, TooLarge
from .lifecycle import Lifecycle
from .obs import Holder, check_token
from .training_review import AuditError, check_recording, check_text, review_package, review_sentences, sentence_count

# TrainingJobState of specs/metastudio.yaml (tests check that they agree)
STATES = ("CREATING", "SYSTEM_AUDITING", "AUDITING", "WAITING_SPLIT", "SPLITTING", "SPLIT_FAILED", "ANNOTATING",
          "WAITING", "PROCESSING", "RESULT_REVIEW", "AUDIT_FAILED", "UPLOADING", "FAILED", "SUCCEED",
          "USER_RESULT_REVIEW", "USER_REVIEW_REJECT")  # fmt: skip
BUSY_STATES = frozenset({"SYSTEM_AUDITING", "AUDITING", "WAITING_SPLIT", "SPLITTING", "ANNOTATING", "WAITING",
                         "PROCESSING"})  # fmt: skip
ACCEPTS_DATA = frozenset({"CREATING", "UPLOADING", "AUDIT_FAILED"})
MAX_REJECTIONS = 10  # reject_times' documented range is 1~10
MAX_TEXT_INDEX = 4096  # unmatched_index_hit's documented range is 0~4096
MAX_TASK_BYTES = 128 << 20  # all the uploads a task keeps (100 sentences of 16 kHz speech take ~30 MiB)
# job_failed_code / job_failed_reason of a task pinned in a failure state, unless the control plane gives them
FAILURES = {
    "AUDIT_FAILED": ("MSS.10001003", "Rejected by the administrator's review (state set by the fake's control plane)"),
    "SPLIT_FAILED": ("MSS.00000004", "Internal Error: trimming failed (state set by the fake's control plane)"),
    "FAILED": ("MSS.00000004", "Internal Error: training failed (state set by the fake's control plane)"),
    "USER_REVIEW_REJECT": ("MSS.00000004", "The user rejected the trained voice (state set by the fake's control "
                           "plane)"),
}  # fmt: skip
ADMIN_APPROVAL = "Approved."
CREATE_FIELDS = ("tag", "description", "sex", "voice_name", "language", "create_type", "phone", "dhtms_job_id",
                 "batch_name", "output_language", "custom_text", "is_ondemand_resource",
                 "supported_service")  # fmt: skip
COMMIT_FIELDS = ("tag", "description", "sex", "voice_name", "language", "phone", "app_user_id", "output_language",
                 "custom_text")  # fmt: skip
SHOWN_FIELDS = ("app_user_id", "voice_name", "sex", "language", "create_type", "tag", "phone", "dhtms_job_id",
                "batch_name", "output_language", "is_ondemand_resource")  # fmt: skip


@dataclass
class Review:
    """One submission's outcome: the system review's errors, the administrator's review, the end state."""

    submitted: int
    errors: list[AuditError]
    final_state: str
    failed_code: str | None = None
    failed_reason: str | None = None
    admin_message: str | None = None
    asset_id: str | None = None


@dataclass
class TrainingJob(Lifecycle):
    project_id: str
    job_id: str
    job_type: str
    number: int  # creation order, to sort jobs created in the same second
    created: int
    fields: dict[str, Any]
    token: str = field(default_factory=lambda: secrets.token_urlsafe(16), repr=False)
    package: bytes | None = field(default=None, repr=False)
    audio: dict[int, bytes] = field(default_factory=dict, repr=False)
    text: dict[int, bytes] = field(default_factory=dict, repr=False)
    confirmed: set[int] = field(default_factory=set)
    letter: bytes | None = field(default=None, repr=False)
    letter_url: str | None = field(default=None, repr=False)  # where the letter can be read back
    fresh_data: bool = False  # data uploaded (or a sentence confirmed) since the task was created or last submitted
    rejections: int = 0  # failed reviews before the current submission
    changes: int = 0  # counts every change of the data, its confirmations and the state (see commit)
    review: Review | None = None
    timeline: Timeline[str] | None = None

    def stored_bytes(self) -> int:
        """What the task's uploads take: the zip, the sentences, the letter."""
        sentences = sum(map(len, self.audio.values())) + sum(map(len, self.text.values()))
        return len(self.package or b"") + sentences + len(self.letter or b"")

    def make_room(self, replaced: bytes | None, data: bytes, holder: Holder | None) -> None:
        """TooLarge unless `data`, replacing `replaced`, fits the task's MAX_TASK_BYTES; then `data` is counted in
        `holder` (UploadsFull beyond its budget) and `replaced` released."""
        total = self.stored_bytes() - len(replaced or b"") + len(data)
        if total > MAX_TASK_BYTES:
            raise TooLarge(f"task {self.job_id} would keep {total:,} bytes of uploads; at most {MAX_TASK_BYTES:,}")
        if holder is not None:
            holder.hold(len(data))
            holder.release(len(replaced or b""))

    @property
    def create_type(self) -> str:
        return str(self.fields.get("create_type") or "PACKAGE")

    def plan_index(self, state: str) -> int:
        return self.timeline.plan.index(state) if self.timeline is not None and state in self.timeline.plan else -1


@dataclass(frozen=True)
class JobQuery:
    """ListVoiceTrainingJob's filters, sort and page (times as Unix seconds)."""

    offset: int = 0
    limit: int = 10
    create_since: float | None = None
    create_until: float | None = None
    update_since: float | None = None
    update_until: float | None = None
    states: frozenset[str] | None = None
    job_id: str | None = None
    voice_name: str | None = None
    tag: str | None = None
    job_type: str | None = None
    batch_name: str | None = None
    is_ondemand_resource: bool | None = None
    app_user_id: str | None = None
    sort_key: str = "create_time"
    descending: bool = True


def _plan(job: TrainingJob, errors: list[AuditError]) -> list[str]:
    if errors:
        return ["SYSTEM_AUDITING", "AUDIT_FAILED"]
    splitting = ["WAITING_SPLIT", "SPLITTING", "ANNOTATING"] if sentence_count(job.job_type) is None else []
    return ["SYSTEM_AUDITING", "AUDITING", *splitting, "WAITING", "PROCESSING", "SUCCEED"]


class TrainingJobs:
    """The voice-training tasks of every project."""

    kind = "training_job"

    def __init__(self, progression: Progression, clock: Callable[[], float] = time.time,
                 holder: Holder | None = None) -> None:  # fmt: skip
        self.progression = progression
        self._clock = clock
        self._holder = holder
        self._jobs: dict[tuple[str, str], TrainingJob] = {}
        self._numbers = itertools.count()
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._jobs.clear()

    # ------------------------------------------------------------------ control plane
    def views(self, service: str) -> list[JobView]:
        with self._lock:
            every = list(self._jobs.values())
        return [job.view(service, self.kind) for job in every]

    def find(self, job_id: str) -> TrainingJob | None:
        with self._lock:
            return next((job for job in self._jobs.values() if job.job_id == job_id), None)

    def set_state(self, service: str, job: TrainingJob, state: str, details: Mapping[str, str]) -> JobView:
        """Pin `job` in `state`: failure states report `failed_code`/`failed_reason` (defaults: FAILURES);
        AUDIT_FAILED is an administrator's rejection (`admin_message`) and can be resubmitted."""
        allowed = ("failed_code", "failed_reason") if state in FAILURES else ()
        check_state(state, STATES, details, (*allowed, "admin_message") if state == "AUDIT_FAILED" else allowed)
        with self._lock:
            code, reason = FAILURES.get(state, (None, None))
            before = job.review
            review = Review(int(self._clock()), before.errors if before and state == "AUDIT_FAILED" else [], state,
                            details.get("failed_code", code), details.get("failed_reason", reason))  # fmt: skip
            if state == "AUDIT_FAILED":
                review.admin_message = details.get("admin_message", reason)
            elif before is not None and not before.errors:
                review.admin_message = before.admin_message
            if state == "SUCCEED":
                review.asset_id = before.asset_id if before and before.asset_id else str(uuid.uuid4())
            job.review = review
            job.timeline = Timeline([state], Progression("immediate"), self._clock)
            job.changes += 1
            return job.view(service, self.kind)

    # ------------------------------------------------------------------ operations
    def _job(self, project_id: str, job_id: str) -> TrainingJob:
        job = self._jobs.get((project_id, job_id))
        if job is None:
            raise JobNotFound(f"job {job_id} not found in project {project_id}")
        return job

    def get(self, project_id: str, job_id: str) -> TrainingJob:
        with self._lock:
            return self._job(project_id, job_id)

    def create(self, project_id: str, job_type: str, body: Mapping[str, Any], app_user_id: str | None) -> TrainingJob:
        fields = {name: body[name] for name in CREATE_FIELDS if name in body}
        if app_user_id:
            fields["app_user_id"] = app_user_id
        job = TrainingJob(project_id, str(uuid.uuid4()), job_type, next(self._numbers), int(self._clock()), fields)
        if job.create_type == "SEGMENT" and sentence_count(job_type) is None:
            raise Conflict(f"{job_type} tasks take one long recording: create_type SEGMENT is for the BASIC and "
                           "MIDDLE editions")  # fmt: skip
        with self._lock:
            self._jobs[(project_id, job.job_id)] = job
        return job

    def renew_urls(self, project_id: str, job_id: str) -> TrainingJob:
        """ShowJobUploadingAddress: a new token, which replaces the previous URLs'."""
        with self._lock:
            job = self._job(project_id, job_id)
            job.token = secrets.token_urlsafe(16)
            return job

    def _accepting(self, project_id: str, job_id: str, token: str) -> TrainingJob:
        job = self._job(project_id, job_id)
        check_token(token, job.token)
        state = job.state(observe=False)
        if state not in ACCEPTS_DATA:
            raise Conflict(f"job {job_id} is {state}; its data can no longer change")
        return job

    def store_package(self, project_id: str, job_id: str, token: str, data: bytes) -> None:
        with self._lock:
            job = self._accepting(project_id, job_id, token)
            if job.create_type != "PACKAGE":
                raise Conflict(f"job {job_id} takes its data sentence by sentence (create_type SEGMENT)")
            job.make_room(job.package, data, self._holder)
            job.package, job.fresh_data = data, True
            job.changes += 1

    def store_sentence(self, project_id: str, job_id: str, token: str, index: int, kind: str, data: bytes) -> None:
        """A SEGMENT upload: `kind` is "wav" or "txt"; a new upload of a sentence undoes its confirmation."""
        with self._lock:
            job = self._accepting(project_id, job_id, token)
            count = sentence_count(job.job_type) or 0
            if job.create_type != "SEGMENT" or not 0 <= index < count:
                raise LookupError(f"job {job_id} has no sentence {index} to upload")
            if kind == "txt" and len(data) > MAX_TRANSCRIPT:
                raise TooLarge(f"a sentence's text takes at most {MAX_TRANSCRIPT:,} bytes; got {len(data):,}")
            store = job.audio if kind == "wav" else job.text
            job.make_room(store.get(index), data, self._holder)
            store[index] = data
            job.confirmed.discard(index)
            job.fresh_data = True
            job.changes += 1

    def store_letter(self, project_id: str, job_id: str, token: str, data: bytes, url: str) -> None:
        """The authorization letter; `url` (without a query) is where it is read back, with a token of its own."""
        with self._lock:
            job = self._job(project_id, job_id)
            check_token(token, job.token)
            job.make_room(job.letter, data, self._holder)
            job.letter, job.letter_url = data, f"{url}?token={secrets.token_urlsafe(16)}"

    def letter(self, project_id: str, job_id: str, token: str) -> bytes:
        with self._lock:
            job = self._job(project_id, job_id)
            expected = (job.letter_url or "").partition("?token=")[2]
            if job.letter is None or not secrets.compare_digest(token.encode(), expected.encode()):
                raise PermissionError("no such authorization letter")
            return job.letter

    def confirm(self, project_id: str, job_id: str, index: int) -> tuple[bool, list[int]]:
        """ConfirmTrainingSegment: (confirmed, the indexes of the text's characters the recording does not
        match: all of them for an empty, silent or unreadable recording). Sentences are confirmed in order."""
        with self._lock:
            job = self._job(project_id, job_id)
            count = sentence_count(job.job_type) or 0
            if job.create_type != "SEGMENT":
                raise Conflict(f"job {job_id} takes its data as one zip (create_type PACKAGE): nothing to confirm")
            if job.state(observe=False) not in ACCEPTS_DATA:
                raise Conflict(f"job {job_id} is {job.state(observe=False)}; its sentences can no longer change")
            if not 0 <= index < count:
                raise Conflict(f"sentence {index} is out of range: {job.job_type} tasks have sentences 0…{count - 1}")
            following = min(set(range(count)) - job.confirmed, default=count)
            if index > following:
                raise Conflict(f"confirm sentence {following} first: sentences are confirmed one after another")
            stores = (("wav", job.audio), ("txt", job.text))
            missing = [f"{index}.{kind}" for kind, store in stores if index not in store]
            if missing:
                raise NoData(f"The file not found: {' and '.join(missing)} of job {job_id} not uploaded")
            text = job.text[index].decode("utf-8", "replace")
            if check_recording(f"{index}.wav", job.audio[index]) or check_text(f"{index}.txt", job.text[index]):
                job.confirmed.discard(index)
                return False, list(range(min(len(text), MAX_TEXT_INDEX + 1)))
            job.confirmed.add(index)
            job.fresh_data = True
            job.changes += 1
            return True, []

    def confirmed(self, project_id: str, job_id: str) -> list[int]:
        with self._lock:
            return sorted(self._job(project_id, job_id).confirmed)

    def commit(self, project_id: str, job_id: str, body: Mapping[str, Any]) -> None:
        """Review the data (outside the lock: a zip of 100 recordings takes a while) and start the plan; a task
        changed meanwhile (uploaded or submitted again) is refused."""
        with self._lock:
            job = self._job(project_id, job_id)
            state = job.state(observe=False)
            if state not in ACCEPTS_DATA:
                raise Conflict(f"job {job_id} is {state}: it is not waiting for data to be submitted")
            if state == "AUDIT_FAILED" and job.rejections + 1 >= MAX_REJECTIONS:
                raise Conflict(f"job {job_id} was rejected {MAX_REJECTIONS} times: create a new task")
            if not job.fresh_data:
                since = "since its review failed" if state == "AUDIT_FAILED" else "for it"
                raise NoData(f"The file not found: no training data has been uploaded {since} (job {job_id})")
            changes = job.changes
            data = (job.create_type, job.job_type, job.package, dict(job.audio), dict(job.text), set(job.confirmed))
        errors = _review(*data)
        with self._lock:
            if job.changes != changes:
                raise Conflict(f"job {job_id} changed while its data was reviewed (uploaded or submitted again)")
            job.fields.update({name: body[name] for name in COMMIT_FIELDS if name in body})
            if state == "AUDIT_FAILED":
                job.rejections += 1
            job.review = Review(int(self._clock()), errors, "AUDIT_FAILED" if errors else "SUCCEED")
            if errors:
                job.review.failed_code = errors[0].error_code
                job.review.failed_reason = (f"{len(errors)} file(s) did not pass the system review; "
                                            "ShowJobAuditResult lists them")  # fmt: skip
            else:
                job.review.admin_message, job.review.asset_id = ADMIN_APPROVAL, str(uuid.uuid4())
            job.fresh_data = False
            job.changes += 1
            job.timeline = Timeline(_plan(job, errors), self.progression, self._clock)

    def delete(self, project_id: str, job_id: str) -> None:
        with self._lock:
            job = self._job(project_id, job_id)
            state = job.state(observe=False)
            if state in BUSY_STATES:
                raise Conflict(f"job {job_id} is {state} and cannot be deleted until it ends or waits for the user")
            del self._jobs[(project_id, job_id)]
        if self._holder is not None:
            self._holder.release(job.stored_bytes())

    # ------------------------------------------------------------------ reading
    def show(self, project_id: str, job_id: str, *, observe: bool = True) -> dict[str, Any]:
        """The ShowVoiceTrainingJob body (one poll of the task, unless observe=False)."""
        with self._lock:
            job = self._job(project_id, job_id)
        return self._body(job, job.state(observe=observe))

    def _body(self, job: TrainingJob, state: str) -> dict[str, Any]:
        body: dict[str, Any] = {"job_type": job.job_type, "job_id": job.job_id, "state": state,
                                "create_time": job.created, "lastupdate_time": job.updated()}  # fmt: skip
        body.update({name: job.fields[name] for name in SHOWN_FIELDS if name in job.fields})
        body.setdefault("create_type", job.create_type)
        rejections = job.rejections + (state == "AUDIT_FAILED")
        if rejections:
            body["reject_times"] = min(rejections, MAX_REJECTIONS)
        review = job.review
        if review is not None and state == review.final_state:
            if review.failed_code:
                body["job_failed_code"], body["job_failed_reason"] = review.failed_code, review.failed_reason
            if review.asset_id:
                body["asset_id"] = review.asset_id
        if job.letter_url is not None:
            body["voice_authorization_url"] = job.letter_url
        return body

    def audit_result(self, project_id: str, job_id: str) -> dict[str, Any]:
        """ShowJobAuditResult: the latest submission's system review once it is done, and the
        administrator's once the task has passed (or was pinned in) AUDITING / AUDIT_FAILED."""
        with self._lock:
            job = self._job(project_id, job_id)
        state, review = job.state(observe=False), job.review
        if review is None or state == "SYSTEM_AUDITING":
            return {"system_audit_result": {"audit_time": 0, "errors": []}}
        result: dict[str, Any] = {
            "system_audit_result": {"audit_time": review.submitted, "errors": [e.as_dict() for e in review.errors]}
        }
        admin_done = review.admin_message is not None and (
            job.plan_index(state) > job.plan_index("AUDITING") or state == review.final_state
        )
        if admin_done:
            result["admin_audit_result"] = {"message": review.admin_message, "audit_time": review.submitted}
        return result

    def list(self, project_id: str, query: JobQuery) -> tuple[int, list[dict[str, Any]]]:
        """ListVoiceTrainingJob: (how many match, the page's bodies)."""
        with self._lock:
            jobs = [job for (project, _), job in self._jobs.items() if project == project_id]
        rows = [(job, job.state(observe=False)) for job in jobs]
        matching = [(job, state) for job, state in rows if _matches(job, state, query)]
        by_update = query.sort_key == "update_time"
        matching.sort(key=lambda row: (row[0].updated() if by_update else row[0].created, row[0].number),
                      reverse=query.descending)  # fmt: skip
        page = matching[query.offset : query.offset + query.limit]
        return len(matching), [self._body(job, state) for job, state in page]


def _review(create_type: str, job_type: str, package: bytes | None, audio: Mapping[int, bytes],
            text: Mapping[int, bytes], confirmed: set[int]) -> list[AuditError]:  # fmt: skip
    """The system review of a task's data as it was submitted (training_review.py)."""
    if create_type == "SEGMENT":
        return review_sentences(sentence_count(job_type) or 0, audio, text, confirmed)
    return review_package(job_type, package or b"")


def _matches(job: TrainingJob, state: str, query: JobQuery) -> bool:
    fields = job.fields
    checks = [
        query.states is None or state in query.states,
        query.job_id is None or job.job_id == query.job_id,
        query.voice_name is None or fields.get("voice_name") == query.voice_name,
        query.tag is None or fields.get("tag") == query.tag,
        query.job_type is None or job.job_type == query.job_type,
        query.batch_name is None or fields.get("batch_name") == query.batch_name,
        query.is_ondemand_resource is None or bool(fields.get("is_ondemand_resource")) == query.is_ondemand_resource,
        query.app_user_id is None or fields.get("app_user_id") == query.app_user_id,
        query.create_since is None or job.created >= query.create_since,
        query.create_until is None or job.created <= query.create_until,
        query.update_since is None or job.updated() >= query.update_since,
        query.update_until is None or job.updated() <= query.update_until,
    ]
    return all(checks)


def unix_seconds(text: str) -> float:
    """An RFC 3339 time (a time without an offset is UTC) as Unix seconds; ValueError otherwise."""
    moment = datetime.fromisoformat(text)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
