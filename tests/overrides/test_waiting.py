"""Polling with backoff, deadline and progress (overrides/common/waiting.py), on a simulated clock."""

from __future__ import annotations

import pytest
from metastudio_client import Backoff, WaitTimeout
from metastudio_client._overrides.common.waiting import apoll, poll


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def test_backoff_grows_to_its_cap() -> None:
    delays = Backoff(initial=1, factor=2, maximum=5).delays()
    assert [next(delays) for _ in range(5)] == [1, 2, 4, 5, 5]
    with pytest.raises(ValueError, match="factor"):
        Backoff(factor=0.5)


def test_polls_until_done_and_reports_each_change_once() -> None:
    clock, answers, seen = Clock(), iter(["A", "A", "B", "B", "C"]), list[str]()
    result = poll(
        lambda: next(answers), is_done=lambda s: s == "C", status_of=lambda s: s, describe="job", timeout=100,
        backoff=Backoff(1, 2, 3), on_progress=seen.append, clock=clock, sleep=clock.sleep,
    )  # fmt: skip
    assert result == "C"
    assert seen == ["A", "B", "C"]
    assert clock.sleeps == [1, 2, 3, 3]


def test_deadline_raises_with_the_last_status_after_a_final_poll_at_the_deadline() -> None:
    clock, calls = Clock(), []

    def fetch() -> str:
        calls.append(clock.now)
        return "RUNNING"

    with pytest.raises(WaitTimeout, match=r"job 7: not finished after 10s \(last status: RUNNING\)") as caught:
        poll(fetch, is_done=lambda s: False, status_of=lambda s: s, describe="job 7", timeout=10,
             backoff=Backoff(4, 1, 4), clock=clock, sleep=clock.sleep)  # fmt: skip
    assert caught.value.last == "RUNNING"
    assert calls == [0, 4, 8, 10]


async def test_async_poll_behaves_the_same() -> None:
    clock, answers = Clock(), iter(["A", "B"])

    async def fetch() -> str:
        return next(answers)

    result = await apoll(fetch, is_done=lambda s: s == "B", status_of=lambda s: s, describe="job", timeout=5,
                         backoff=Backoff(0.5), clock=clock, sleep=clock.asleep)  # fmt: skip
    assert result == "B" and clock.sleeps == [0.5]


def test_negative_timeout_is_refused() -> None:
    with pytest.raises(ValueError, match="timeout"):
        poll(lambda: "x", is_done=lambda s: True, status_of=str, describe="job", timeout=-1)
