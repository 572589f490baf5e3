# Copied from overrides/common/ratelimit.py by scripts/generate.py — edit that file, not this copy.
"""Client-side rate limits: at most N requests of an action in any sliding window, as the services count.

Tencent Cloud documents 20 requests per second per action and counts them in a sliding window when
they arrive; beyond it the request fails with RequestLimitExceeded. Every client (and the copies
`with_options` makes of it) has one RateLimiter, shared by its threads and asyncio tasks, that every
call of every generated function waits on (common.calls): the documented limits come from the spec
(`x-requests-per-second`, in each operation's OPERATION), and `connect(rate_limits=...)` changes them
per operation name ("*" for every operation; None for no limit). Huawei's pages document none.

A request holds its slot from the moment it is sent until its answer has arrived, and the window
counts back from the answer: the service saw the request at some moment in between, so no window of
the service's clock can hold more than the limit, whatever the latency. Limiting by the moment of
sending, as the libraries below do, cannot promise that: a request that travels slower than the one
after it lands two requests in a window the client thought apart, unless the limit is undercut by a
guessed safety margin.

Libraries considered (from PyPI): pyrate-limiter 4.5 (sliding log, sync and asyncio, thread-safe,
~4 µs per acquire: counts at acquisition only), limits 5.8 (moving window, sync storage and a separate
asyncio one, no waiting: the caller polls `hit()`), aiolimiter 1.3 (asyncio only, a leaky bucket that
lets two bursts straddle a window). None counts a request until it is answered, so this module keeps
its own ~60 lines: one lock, one deque per action, ~1.5 µs per request when a limit applies, nothing
when none does.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Protocol

from .errors import InvalidArgument

ALL_OPERATIONS = "*"
_IN_FLIGHT = math.inf
_RECHECK = 0.01  # seconds between looks while every slot is held by a request in flight


class Limited(Protocol):
    """What the limiter needs of an operation (common.calls.Operation)."""

    @property
    def name(self) -> str: ...

    @property
    def requests_per_second(self) -> float | None: ...


class Slot:
    """One request's place in its window: in flight until `release()`, then counted until a window later."""

    __slots__ = ("end", "window")

    def __init__(self, window: _Window) -> None:
        self.window = window
        self.end = _IN_FLIGHT

    def release(self) -> None:
        self.end = self.window.clock()


class _Window:
    def __init__(self, count: int, seconds: float, clock: Callable[[], float]) -> None:
        self.count = count
        self.seconds = seconds
        self.clock = clock
        self.slots: deque[Slot] = deque()

    def take(self) -> Slot | float:
        """A slot, or how long to wait before asking again (the caller holds the limiter's lock)."""
        now = self.clock()
        slots = self.slots
        while slots and slots[0].end <= now - self.seconds:
            slots.popleft()
        if len(slots) < self.count:
            slot = Slot(self)
            slots.append(slot)
            return slot
        oldest = slots[0].end
        return _RECHECK if oldest == _IN_FLIGHT else max(oldest + self.seconds - now, 0.0)


class RateLimiter:
    """At most N requests per second per operation (see the module docstring), thread- and asyncio-safe.

    limits: requests per second by operation name, ALL_OPERATIONS ("*") for every other operation;
            None for no limit. Operations without an entry keep their documented limit.
    """

    def __init__(
        self,
        limits: Mapping[str, float | None] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limits = dict(limits or {})
        for name, value in self.limits.items():
            if value is not None and (isinstance(value, bool) or not isinstance(value, int | float) or not value > 0):
                raise InvalidArgument(f"rate_limits[{name!r}]", "must be a number of requests per second > 0 or None")
        self._clock = clock
        self._windows: dict[str, _Window | None] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter({self.limits!r})"

    def limit(self, operation: Limited) -> float | None:
        """Requests per second allowed for `operation` (None: unlimited)."""
        if operation.name in self.limits:
            return self.limits[operation.name]
        if ALL_OPERATIONS in self.limits:
            return self.limits[ALL_OPERATIONS]
        return operation.requests_per_second

    def _window(self, operation: Limited) -> _Window | None:
        try:
            return self._windows[operation.name]
        except KeyError:
            rate = self.limit(operation)
            count = max(1, int(rate)) if rate else 0
            window = _Window(count, count / rate, self._clock) if rate else None
            return self._windows.setdefault(operation.name, window)

    def acquire(self, operation: Limited, sleep: Callable[[float], None] = time.sleep) -> Slot | None:
        """Wait for a slot of `operation`'s window; None when it has no limit. Release it once answered."""
        window = self._window(operation)
        if window is None:
            return None
        while True:
            with self._lock:
                taken = window.take()
            if isinstance(taken, Slot):
                return taken
            sleep(taken)

    async def aacquire(
        self, operation: Limited, sleep: Callable[[float], Awaitable[None]] | None = None
    ) -> Slot | None:
        """Asyncio twin of `acquire` (waits without blocking the event loop)."""
        window = self._window(operation)
        if window is None:
            return None
        if sleep is None:
            import anyio

            sleep = anyio.sleep
        while True:
            with self._lock:
                taken = window.take()
            if isinstance(taken, Slot):
                return taken
            await sleep(taken)
