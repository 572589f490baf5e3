# Copied from overrides/ams/waiter.py by scripts/generate.py — edit that file, not this copy.
"""Waiting for AMS tasks to end — one task, or several in one polling loop — sync and asyncio.

The generated client has no waiters. Both loops run on common.waiting (backoff, overall deadline →
WaitTimeout with the last details seen). Several tasks are polled in turn, one DescribeTaskDetail per
unfinished task and round (paced by the client's rate limiter to the documented 20 requests/s), each
task's status changes reported separately to `on_progress`; finished tasks are not polled again. A
throttled round is resumed after a backoff (common.waiting); an answer about another task than the
one asked for is an UnexpectedResponse.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from ...models import DescribeTaskDetailResult
from ..common import Backoff, InvalidArgument, UnexpectedResponse
from ..common.waiting import apoll, poll
from . import tasks

Detail = DescribeTaskDetailResult
Progress = Callable[[Detail], None]


class _Tracker:
    """The latest details of each task; reports every change of a task's status."""

    def __init__(self, task_ids: Sequence[str], on_progress: Progress) -> None:
        if isinstance(task_ids, str) or not task_ids:
            raise InvalidArgument("task_ids", "expected a non-empty list of TaskIds")
        self.task_ids = list(dict.fromkeys(task_ids))
        self.latest: dict[str, Detail] = {}
        self.on_progress = on_progress

    def pending(self) -> list[str]:
        return [i for i in self.task_ids if i not in self.latest or not tasks.is_finished(self.latest[i])]

    def update(self, task_id: str, detail: Detail) -> None:
        if isinstance(detail.task_id, str) and detail.task_id != task_id:
            message = f"DescribeTaskDetail of {task_id} answered task {detail.task_id}"
            raise UnexpectedResponse(status_code=200, error_code=None, error_msg=message, request_id=detail.request_id)
        previous = self.latest.get(task_id)
        self.latest[task_id] = detail
        if previous is None or tasks.status_of(previous) != tasks.status_of(detail):
            self.on_progress(detail)

    def snapshot(self) -> tuple[Detail, ...]:
        return tuple(self.latest[i] for i in self.task_ids if i in self.latest)

    def summary(self, snapshot: tuple[Detail, ...]) -> str:
        return ", ".join(f"{d.task_id}: {tasks.status_of(d)}" for d in snapshot)

    def done(self, snapshot: tuple[Detail, ...]) -> bool:
        return len(snapshot) == len(self.task_ids) and all(tasks.is_finished(d) for d in snapshot)


def _describe(task_ids: Sequence[str]) -> str:
    return f"AMS task {task_ids[0]}" if len(task_ids) == 1 else f"{len(task_ids)} AMS tasks"


def wait_for_tasks(
    fetch: Callable[[str], Detail],
    task_ids: Sequence[str],
    *,
    timeout: float,
    backoff: Backoff,
    on_progress: Progress | None,
) -> list[Detail]:
    """Poll until every task has ended; their last details, in the order of `task_ids`."""
    tracker = _Tracker(task_ids, on_progress or tasks.log_progress)

    def round_() -> tuple[Detail, ...]:
        for task_id in tracker.pending():
            tracker.update(task_id, fetch(task_id))
        return tracker.snapshot()

    snapshot = poll(round_, is_done=tracker.done, status_of=tracker.summary, describe=_describe(tracker.task_ids),
                    timeout=timeout, backoff=backoff)  # fmt: skip
    return list(snapshot)


async def await_tasks(
    fetch: Callable[[str], Awaitable[Detail]],
    task_ids: Sequence[str],
    *,
    timeout: float,
    backoff: Backoff,
    on_progress: Progress | None,
) -> list[Detail]:
    """Asyncio twin of wait_for_tasks."""
    tracker = _Tracker(task_ids, on_progress or tasks.log_progress)

    async def round_() -> tuple[Detail, ...]:
        for task_id in tracker.pending():
            tracker.update(task_id, await fetch(task_id))
        return tracker.snapshot()

    snapshot = await apoll(round_, is_done=tracker.done, status_of=tracker.summary,
                           describe=_describe(tracker.task_ids), timeout=timeout, backoff=backoff)  # fmt: skip
    return list(snapshot)
