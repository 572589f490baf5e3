"""State of the fake AMS: moderation tasks, their progress, cancellation and the paged task list.

Lifecycle: CreateAudioModerationTask judges each task at once (rules.py) and gives it a plan —
PENDING → RUNNING → FINISH or ERROR — that it follows at the configured progression (each
DescribeTaskDetail of the task counts as a poll; DescribeTasks does not). Live audio stops at RUNNING:
a stream has no end. CancelTask turns an unended task CANCELLED and is refused (Conflict) for a task
that has ended. What a task reports: its verdict once FINISHed; a live task's hits from RUNNING on
(the stream is moderated as it plays); nothing (nulls) before that or after a cancel of on-demand audio.

DescribeTasks lists the tasks created within [StartTime, EndTime] (StartTime defaults to 3 days ago,
EndTime to now) that match every Filter field given, newest first, Limit (default 10, at most
MAX_PAGE: no maximum is documented, the fake sets one so that no call has to answer every task) per
page. The PageToken of a page continues after its last task, so tasks created meanwhile do not shift
pages; it is empty on the last page. A token the fake did not issue reads as "past the end" (an empty page).
The control plane lists tasks and pins one in any TaskStatus (`set_state`). Thread-safe.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import itertools
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from ..jobs import JobNotFound as AnyJobNotFound
from ..jobs import JobView, check_state
from ..limits import decimal
from ..progression import Progression, Timeline
from ..urls import unreachable
from .rules import Outcome, judge, media_name

STATES = ("PENDING", "RUNNING", "FINISH", "ERROR", "CANCELLED")  # TaskStatus of specs/ams.yaml
TERMINAL = frozenset({"FINISH", "ERROR", "CANCELLED"})
# ErrorType and ErrorDescription of a task pinned in ERROR, unless the control plane gives them
PINNED_ERROR = ("URL_ERROR", "the task failed (state set by the fake's control plane)")
DEFAULT_LIMIT = 10
MAX_PAGE = 100
DEFAULT_WINDOW = timedelta(days=3)
SEGMENT_HOST = "https://segments.ams.fake"


class TaskNotFound(AnyJobNotFound):
    pass


class Conflict(ValueError):
    """The call is not valid in the task's current state (the message says why)."""


def iso(timestamp: float) -> str:
    """ISO 8601 in UTC with milliseconds, as the API writes times (2021-01-05T08:48:13.069Z)."""
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(text: str) -> datetime:
    """An RFC 3339 date-time (validated by the spec) as an aware datetime; leap seconds and out-of-range
    offsets are clamped instead of failing."""
    text = re.sub(r":60(?=[.Z+-]|$)", ":59", text.strip().replace("z", "Z").replace("t", "T"))
    value = datetime.fromisoformat(text)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        return datetime.min.replace(tzinfo=UTC) if value.year < 2 else datetime.max.replace(tzinfo=UTC)


@dataclass
class Task:
    seq: int
    task_id: str
    data_id: str
    name: str
    biz_type: str
    type: str
    input_info: dict[str, Any]
    outcome: Outcome
    created: float
    timeline: Timeline[str]
    cancelled_at: float | None = None

    def status(self, observe: bool) -> str:
        current = self.timeline.observe() if observe else self.timeline.current()
        return "CANCELLED" if self.cancelled_at is not None else current

    def updated(self) -> float:
        return self.cancelled_at if self.cancelled_at is not None else self.timeline.changed_at

    def reports(self, status: str) -> bool:
        """Whether the verdict is shown in this status."""
        if self.type == "LIVE_AUDIO":
            return status in ("RUNNING", "CANCELLED") and self.outcome.final_status == "FINISH"
        return status == "FINISH"

    def offset(self, index: int) -> str:
        start = int(self.created) if self.type == "LIVE_AUDIO" else 0
        return str(start + index * 15)


def _token(seq: int) -> str:
    return "." + base64.urlsafe_b64encode(str(seq).encode()).decode().rstrip("=")


def _after(token: str) -> int | None:
    """The sequence number a PageToken continues after; None for a token the fake did not issue."""
    if not token.startswith("."):
        return None
    try:
        text = base64.urlsafe_b64decode(token[1:] + "=" * (-len(token[1:]) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return decimal(text)


class AmsState:
    service = "ams"

    def __init__(self, progression: Progression, clock: Callable[[], float] = time.time) -> None:
        self.progression = progression
        self._clock = clock
        self._tasks: dict[str, Task] = {}
        self._seq = itertools.count(1)
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._tasks.clear()

    def _task(self, task_id: str) -> Task:
        task = self._tasks.get(task_id)
        if task is None:
            raise TaskNotFound(f"The task `{task_id}` does not exist.")
        return task

    def jobs(self) -> list[JobView]:
        with self._lock:
            tasks = sorted(self._tasks.values(), key=lambda t: t.seq)
        return [self._view(task) for task in tasks]

    def _view(self, task: Task) -> JobView:
        return JobView(self.service, "task", task.task_id, None, task.status(observe=False), task.timeline.plan,
                            task.created)  # fmt: skip

    def set_state(self, task_id: str, state: str, details: Mapping[str, str]) -> JobView:
        """Pin the task in `state`; ERROR reports `error_type`/`error_description` (defaults: PINNED_ERROR)."""
        check_state(state, STATES, details, ("error_type", "error_description") if state == "ERROR" else ())
        with self._lock:
            task = self._task(task_id)
            if state == "CANCELLED":
                task.cancelled_at = self._clock()
                return self._view(task)
            error_type, description = PINNED_ERROR if state == "ERROR" else ("", "")
            task.outcome = dataclasses.replace(
                task.outcome,
                final_status="ERROR" if state == "ERROR" else "FINISH",
                error_type=details.get("error_type", error_type),
                error_description=details.get("error_description", description),
            )
            task.cancelled_at = None
            task.timeline = Timeline([state], Progression("immediate"), self._clock)
            return self._view(task)

    def create(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Create the tasks of a CreateAudioModerationTask call; its Results."""
        kind = params.get("Type", "AUDIO")
        results = []
        for index, task_input in enumerate(params["Tasks"]):
            data_id = task_input.get("DataId", "")
            name, where = media_name(task_input, live=kind == "LIVE_AUDIO")
            if name is None:
                results.append({"DataId": data_id, "Code": "InvalidParameterValue",
                                "Message": f"Tasks.{index}: {where}"})  # fmt: skip
                continue
            task_id = "w-audio-" + secrets.token_urlsafe(12)
            storage = task_input["Input"]
            downloadable = where != "URL" or not unreachable(storage["Url"])
            outcome = judge(name, f"{SEGMENT_HOST}/{task_id}/", downloadable)
            plan = ["PENDING", "RUNNING"] if kind == "LIVE_AUDIO" else ["PENDING", "RUNNING", outcome.final_status]
            input_info: dict[str, Any] = {"Type": "URL", "Url": storage.get("Url"), "BucketInfo": None}
            if where == "COS":
                input_info = {"Type": "COS", "Url": "", "BucketInfo": storage["BucketInfo"]}
            timeline = Timeline(plan, self.progression, self._clock)
            task = Task(next(self._seq), task_id, data_id, task_input.get("Name", ""), params.get("BizType", "default"),
                        kind, input_info, outcome, self._clock(), timeline)  # fmt: skip
            with self._lock:
                self._tasks[task_id] = task
            results.append({"DataId": data_id, "TaskId": task_id, "Code": "OK", "Message": "Success"})
        return results

    def detail(self, task_id: str, show_all_segments: bool) -> dict[str, Any]:
        """The DescribeTaskDetail members; counts as one poll of the task."""
        with self._lock:
            task = self._task(task_id)
        status = task.status(observe=True)
        outcome = task.outcome
        body: dict[str, Any] = {
            "TaskId": task.task_id, "DataId": task.data_id, "BizType": task.biz_type, "Name": task.name,
            "Status": status, "Type": task.type, "Suggestion": None, "Labels": None, "Label": None,
            "InputInfo": task.input_info, "AudioText": None, "AudioSegments": None, "ErrorType": "",
            "ErrorDescription": "", "CreatedAt": iso(task.created), "UpdatedAt": iso(task.updated()),
            "MediaInfo": self._media_info(task),
        }  # fmt: skip
        if status == "ERROR":
            body.update(ErrorType=outcome.error_type, ErrorDescription=outcome.error_description)
        if task.reports(status):
            segments = [s for s in outcome.segments if show_all_segments or s["hit"]]
            body.update(
                Suggestion=outcome.suggestion, Labels=outcome.labels, Label=outcome.label, AudioText=outcome.audio_text,
                AudioSegments=[{"OffsetTime": task.offset(s["index"]), "Result": s["result"],
                                "CreatedAt": iso(task.created)} for s in segments],
            )  # fmt: skip
        return body

    @staticmethod
    def _media_info(task: Task) -> dict[str, Any]:
        return {"Codecs": task.outcome.codecs, "Duration": 15000, "Width": 0, "Height": 0, "Thumbnail": ""}

    def cancel(self, task_id: str) -> None:
        with self._lock:
            task = self._task(task_id)
            status = task.status(observe=False)
            if status in TERMINAL:
                raise Conflict(f"The task `{task_id}` has already ended ({status}) and cannot be cancelled.")
            task.cancelled_at = self._clock()

    def _row(self, task: Task, status: str) -> dict[str, Any]:
        row: dict[str, Any] = {
            "DataId": task.data_id, "TaskId": task.task_id, "Status": status, "Name": task.name,
            "BizType": task.biz_type, "Type": task.type, "MediaInfo": self._media_info(task),
            "CreatedAt": iso(task.created), "UpdatedAt": iso(task.updated()), "InputInfo": task.input_info,
        }  # fmt: skip
        if task.reports(status):
            row.update(Suggestion=task.outcome.suggestion, Labels=task.outcome.labels)
        return row

    def list(self, params: dict[str, Any]) -> dict[str, Any]:
        """The DescribeTasks members for one page (rows are built for that page only)."""
        now = datetime.fromtimestamp(self._clock(), UTC)
        start = parse_time(params["StartTime"]) if "StartTime" in params else now - DEFAULT_WINDOW
        end = parse_time(params["EndTime"]) if "EndTime" in params else None
        wanted = params.get("Filter") or {}
        with self._lock:
            tasks = sorted(self._tasks.values(), key=lambda t: t.seq, reverse=True)
        matching = []
        for task in tasks:
            created = datetime.fromtimestamp(task.created, UTC)
            if created < start or (end is not None and created > end):
                continue
            status = task.status(observe=False)
            checks = {"BizType": task.biz_type, "Type": task.type, "TaskStatus": status,
                      "Suggestion": task.outcome.suggestion if task.reports(status) else None}  # fmt: skip
            if all(wanted[key] == value for key, value in checks.items() if key in wanted):
                matching.append((task, status))
        after = _after(params["PageToken"]) if params.get("PageToken") else None
        if params.get("PageToken") and after is None:
            remaining = []
        else:
            remaining = [(task, status) for task, status in matching if after is None or task.seq < after]
        page = remaining[: min(params.get("Limit", DEFAULT_LIMIT), MAX_PAGE)]
        more = len(remaining) > len(page)
        return {
            "Total": str(len(matching)),
            "Data": [self._row(task, status) for task, status in page],
            "PageToken": _token(page[-1][0].seq) if more and page else "",
        }
