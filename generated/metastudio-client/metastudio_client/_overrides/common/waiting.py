# Copied from overrides/common/waiting.py by scripts/generate.py — edit that file, not this copy.
"""Polling with backoff and an overall deadline, for the job waiters (sync and asyncio).

The generated client has no waiters. `poll` / `apoll` call `fetch` until `is_done(result)`, sleeping
with capped exponential backoff between calls, report each change of `status_of(result)` to
`on_progress`, and raise WaitTimeout (carrying the last result) once the deadline has passed. The
last call is made at the deadline, so a job finishing just in time is still seen. A throttling answer
that outlasted the call's own retries (ThrottlingError) does not end the wait: the waiter backs off
(the next delay, or the answer's Retry-After if longer) and polls again, within the same deadline.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .arguments import is_finite_number, twin_fields
from .errors import InvalidArgument, ThrottlingError, WaitTimeout

T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    """Delays between polls: `initial`, then times `factor` each poll, never above `maximum` (seconds)."""

    initial: float = 1.0
    factor: float = 1.5
    maximum: float = 10.0

    def __post_init__(self) -> None:
        for name, least in (("initial", 0), ("factor", 1), ("maximum", 0)):
            value = getattr(self, name)
            if not is_finite_number(value) or not value >= least:
                raise InvalidArgument(f"backoff.{name}", f"must be a finite number >= {least}, got {value!r:.40}")

    def delays(self) -> Iterator[float]:
        delay = self.initial
        while True:
            yield min(delay, self.maximum)
            delay *= self.factor


DEFAULT_BACKOFF = Backoff()


def checked_wait(
    timeout: Any, backoff: Any, on_progress: Any, *, deadline_required: bool = True
) -> tuple[float, Backoff, Any]:
    """The waiter arguments, checked: InvalidArgument naming the first that is wrong. The workflows call
    it before their first request, so a bad argument never leaves a job created and forgotten.

    timeout:     seconds for the whole wait, a finite number >= 0; with `deadline_required=False` also
                 None: no deadline (math.inf), for waits that take hours (a voice-training task's)
    backoff:     a Backoff (one of another generated package is taken by its fields)
    on_progress: a callable or None
    """
    if timeout is None and not deadline_required:
        timeout = math.inf
    elif not is_finite_number(timeout) or timeout < 0:
        allowed = "a finite number of seconds >= 0" + ("" if deadline_required else " or None")
        raise InvalidArgument("timeout", f"must be {allowed}, got {timeout!r:.40}")
    if not isinstance(backoff, Backoff):
        fields = twin_fields(backoff, "Backoff", ("initial", "factor", "maximum"))
        if fields is None:
            raise InvalidArgument("backoff", f"expected a Backoff(initial, factor, maximum), got {backoff!r:.60}")
        backoff = Backoff(*fields)
    if on_progress is not None and not callable(on_progress):
        raise InvalidArgument("on_progress", f"expected a callable or None, got {type(on_progress).__name__}")
    return float(timeout), backoff, on_progress


logger = logging.getLogger(__name__.split(".")[0])


@dataclass
class _Progress(Generic[T]):
    """Deadline, delays and change reporting shared by the sync and async loops."""

    describe: str
    timeout: float | None  # None: no deadline, if not deadline_required (checked_wait makes it math.inf)
    backoff: Backoff
    status_of: Callable[[T], object]
    on_progress: Callable[[T], None] | None
    clock: Callable[[], float]
    deadline_required: bool = True

    def __post_init__(self) -> None:
        self.timeout, self.backoff, self.on_progress = checked_wait(
            self.timeout, self.backoff, self.on_progress, deadline_required=self.deadline_required
        )
        self.deadline = self.clock() + self.timeout
        self._delays = self.backoff.delays()
        self._last_status: object = _Progress
        self._last: T | None = None

    def seen(self, result: T) -> None:
        self._last = result
        status = self.status_of(result)
        if status != self._last_status:
            self._last_status = status
            if self.on_progress is not None:
                self.on_progress(result)

    def next_delay(self, last: T) -> float:
        """Seconds to sleep before the next call; raise WaitTimeout if the deadline has passed."""
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            raise WaitTimeout(
                f"{self.describe}: not finished after {self.timeout:g}s (last status: {self.status_of(last)})",
                last=last,
            )
        return min(next(self._delays), remaining)

    def throttled(self, error: ThrottlingError) -> float:
        """Seconds to back off after a throttling answer; WaitTimeout (caused by it) past the deadline."""
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            last = "none seen" if self._last is None else self.status_of(self._last)
            raise WaitTimeout(f"{self.describe}: not finished after {self.timeout:g}s (last status: {last}; "
                              f"throttled: {error})", last=self._last) from error  # fmt: skip
        delay = min(max(next(self._delays), error.retry_after or 0.0), remaining)
        logger.warning("%s: throttled (%s); backing off %.2f s", self.describe, error, delay)
        return delay


def poll(
    fetch: Callable[[], T],
    *,
    is_done: Callable[[T], bool],
    status_of: Callable[[T], object],
    describe: str,
    timeout: float | None,
    backoff: Backoff = DEFAULT_BACKOFF,
    on_progress: Callable[[T], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    deadline_required: bool = True,
) -> T:
    """Call `fetch` until `is_done`, backing off between calls (throttling answers too) and reporting each
    change of `status_of` to `on_progress`; WaitTimeout after `timeout` seconds (None, when not
    `deadline_required`: no deadline)."""
    progress = _Progress(describe, timeout, backoff, status_of, on_progress, clock, deadline_required)
    while True:
        try:
            result = fetch()
        except ThrottlingError as error:
            sleep(progress.throttled(error))
            continue
        progress.seen(result)
        if is_done(result):
            return result
        sleep(progress.next_delay(result))


async def apoll(
    fetch: Callable[[], Awaitable[T]],
    *,
    is_done: Callable[[T], bool],
    status_of: Callable[[T], object],
    describe: str,
    timeout: float | None,
    backoff: Backoff = DEFAULT_BACKOFF,
    on_progress: Callable[[T], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    deadline_required: bool = True,
) -> T:
    """poll's asyncio twin."""
    if sleep is None:  # anyio is imported on first use: sync users never pay for it
        import anyio

        sleep = anyio.sleep
    progress = _Progress(describe, timeout, backoff, status_of, on_progress, clock, deadline_required)
    while True:
        try:
            result = await fetch()
        except ThrottlingError as error:
            await sleep(progress.throttled(error))
            continue
        progress.seen(result)
        if is_done(result):
            return result
        await sleep(progress.next_delay(result))
