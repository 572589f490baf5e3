"""Waiter cost: how many calls a waiter makes before it sees a job's terminal state, vs the minimum.

For a job that ends N seconds after it was committed, the theoretical minimum is one call (made the
moment it ends); a caller that wants to see every state needs one call per state. The waiter's
polling is run on a virtual clock (the API's `simulate_wait`: the waiter's own clock and sleep are
replaced, nothing else), so N can be minutes without waiting for them; one real-time run against the
in-process fake (`real_wait`) checks that the simulation counts the same calls.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .apis.case import Case, WaitRun
from .settings import Settings

if TYPE_CHECKING:
    import httpx
    from fakecloud.progression import Progression


class VirtualClock:
    """Time that only moves when a waiter sleeps."""

    def __init__(self) -> None:
        self.time = 0.0

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float) -> None:
        self.time += seconds

    @contextmanager
    def driving(self, *pollers: Callable[..., Any]) -> Iterator[None]:
        """Make `pollers` (functions taking `clock=` and `sleep=` keyword arguments) default to this clock."""
        saved = [dict(poller.__kwdefaults__ or {}) for poller in pollers]
        for poller in pollers:
            poller.__kwdefaults__ = {**(poller.__kwdefaults__ or {}), "clock": self.now, "sleep": self.sleep}
        try:
            yield
        finally:
            for poller, defaults in zip(pollers, saved, strict=True):
                poller.__kwdefaults__ = defaults


def even_progression(plan: Sequence[str], finish_after: float) -> Progression:
    """The fake's progression that plays `plan` out evenly, reaching its last state after `finish_after` s."""
    from fakecloud.progression import Progression

    return Progression("seconds", finish_after / (len(plan) - 1))


def simulate(
    poll: Callable[..., Any],
    plan: Sequence[str],
    finish_after: float,
    body_of: Callable[[str], Any],
    wait: Callable[[httpx.BaseTransport], object],
) -> WaitRun:
    """Run `wait(transport)` — a client over `transport` waiting for one job — on a virtual clock that
    drives `poll` (the package's waiting.poll). The transport serves a job going through `plan` (the
    fake's own Timeline, evenly over `finish_after` s), answering each request with `body_of(state)`."""
    import httpx
    from fakecloud.progression import Timeline

    clock, calls = VirtualClock(), []
    timeline = Timeline(list(plan), even_progression(plan, finish_after), clock=clock.now)

    def respond(request: httpx.Request) -> httpx.Response:
        calls.append(clock.now())
        return httpx.Response(200, json=body_of(timeline.observe()))

    with clock.driving(poll):
        wait(httpx.MockTransport(respond))
    return WaitRun(tuple(calls), finish_after, len(plan))


class RealTimeCalls:
    """Wraps a transport (the in-process fake's) and notes when each request that `counts` selects was
    sent, in seconds since `start()`."""

    def __init__(self, inner: httpx.BaseTransport, counts: Callable[[httpx.Request], bool]) -> None:
        import httpx

        log = self

        class Counting(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                if counts(request):
                    log.times.append(time.monotonic() - log.started)
                return inner.handle_request(request)

        self.transport: httpx.BaseTransport = Counting()
        self.times: list[float] = []
        self.started = time.monotonic()

    def start(self) -> None:
        self.started = time.monotonic()


def _summary(run: WaitRun) -> dict[str, Any]:
    seen_at = run.call_times[-1] if run.call_times else None
    return {
        "finish_after_s": run.finished_at,
        "calls": run.calls,
        "minimum_calls": 1,
        "calls_to_see_every_state": run.states,
        "seen_at_s": seen_at,
        "late_by_s": None if seen_at is None else seen_at - run.finished_at,
    }


def measure(case: Case, settings: Settings) -> dict[str, Any]:
    assert case.simulate_wait is not None
    result: dict[str, Any] = {"simulated": [_summary(case.simulate_wait(after)) for after in settings.wait_after]}
    if case.real_wait is not None:
        real = _summary(case.real_wait(settings.real_wait_after))
        simulated = _summary(case.simulate_wait(settings.real_wait_after))
        real["simulated_calls"] = simulated["calls"]
        real["agrees"] = real["calls"] == simulated["calls"]
        result["real_time_check"] = real
    return result
