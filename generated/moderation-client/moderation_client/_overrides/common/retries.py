# Copied from overrides/common/retries.py by scripts/generate.py — edit that file, not this copy.
"""When and how a failed call is sent again: `RetryPolicy`, run by tenacity.

What is retried follows from two facts: what the error says (errors.py: `retry_safe` — it surely was not
carried out: not sent, or throttled; `transient` — a later attempt may succeed: 5xx, timeouts, a lost
connection, Tencent InternalError) and whether the operation is idempotent (the spec: GET/HEAD/OPTIONS,
or `x-idempotent`). Reads are retried on transient errors; creates, commits and cancels only when
retry-safe, since a timeout or a 5xx may come after the job was created.

How long to wait: the answer's Retry-After (seconds or an HTTP-date) when it has one — up to
`max_retry_after`; a longer one ends the retries at once, rather than blocking the caller for it —
else "full jitter" exponential backoff: a random delay between 0 and min(max_delay,
initial_delay x 2^(retry - 1)). Each retry logs a WARNING under the package's logger.

tenacity (Apache-2.0, maintained since 2016, used by pip-audit, openai-agents and many others) does the
loop: its Retrying/AsyncRetrying cover sync and asyncio (each call runs its own copy of the loop: tenacity
keeps a loop's state per thread, which concurrent asyncio tasks would share), and its
wait_random_exponential is the full-jitter backoff
(stamina, built on it, adds ~7 µs per call and instrumentation we do not need). Entering its loop costs
~7 µs, ~15 µs within a real call (a tenth of an in-process MetaStudio call), so `run` makes the first
attempt itself and hands over to tenacity only when it failed in a way worth another: tenacity is
shown that failure as its own first attempt, so its waits, stop and WARNINGs count as if it had made
every attempt. tenacity is imported on the first retry, keeping it out of import time.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import InvalidArgument

if TYPE_CHECKING:
    from tenacity import AsyncRetrying, RetryCallState, Retrying

T = TypeVar("T")
A = TypeVar("A")
logger = logging.getLogger(__name__.split(".")[0])
_loops: dict[tuple[RetryPolicy, bool, bool], Any] = {}  # one tenacity loop per policy and kind of operation


@dataclass(frozen=True)
class RetryPolicy:
    """How calls are retried; `RetryPolicy(max_retries=0)` switches retries off.

    max_retries:     attempts after the first (default 2: three in all)
    initial_delay:   seconds, the upper bound of the first retry's random delay (default 0.5)
    max_delay:       seconds, the cap of the exponential backoff (default 8)
    max_retry_after: seconds, the longest Retry-After honoured (default 60); a longer one is not waited for
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise InvalidArgument("max_retries", f"must be a whole number >= 0, got {self.max_retries!r}")
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not (math.isfinite(value) and value >= 0)
            ):
                raise InvalidArgument(name, f"must be a number of seconds >= 0, got {value!r}")

    def retries(self, error: BaseException, idempotent: bool) -> bool:
        """True if `error` from an operation (`idempotent` or not) is worth another attempt. Read from the
        error's attributes (ClientError's), so a policy of one generated package serves another's too."""
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None and retry_after > self.max_retry_after:
            return False
        return bool(getattr(error, "retry_safe", False) or (idempotent and getattr(error, "transient", False)))

    def run(self, attempt: Callable[[A], T], argument: A, idempotent: bool) -> T:
        """`attempt(argument)`, made again as this policy says while it fails in a way worth it."""
        try:
            return attempt(argument)
        except Exception as error:
            if self.max_retries == 0 or not self.retries(error, idempotent):
                raise
            first = [error]

        def again(value: A) -> T:
            if first:
                raise first.pop()  # tenacity's attempt 1 is the one made above
            return attempt(value)

        return self.retrying(idempotent).copy()(again, argument)

    async def arun(self, attempt: Callable[[A], Awaitable[T]], argument: A, idempotent: bool) -> T:
        """Asyncio twin of `run`."""
        try:
            return await attempt(argument)
        except Exception as error:
            if self.max_retries == 0 or not self.retries(error, idempotent):
                raise
            first = [error]

        async def again(value: A) -> T:
            if first:
                raise first.pop()
            return await attempt(value)

        return await self.aretrying(idempotent).copy()(again, argument)

    def retrying(self, idempotent: bool) -> Retrying:
        """The tenacity loop for an operation (one per policy and kind of operation). A call runs a copy():
        tenacity keeps a loop's state per thread, which asyncio tasks of one thread would share."""
        return self._loop(idempotent, asynchronous=False)  # type: ignore[no-any-return]

    def aretrying(self, idempotent: bool) -> AsyncRetrying:
        return self._loop(idempotent, asynchronous=True)  # type: ignore[no-any-return]

    def _loop(self, idempotent: bool, *, asynchronous: bool) -> Any:
        loop = _loops.get((self, idempotent, asynchronous))
        if loop is None:
            import tenacity

            jitter = tenacity.wait_random_exponential(multiplier=self.initial_delay, max=self.max_delay)

            def wait(state: RetryCallState) -> float:
                error = state.outcome.exception() if state.outcome else None
                retry_after = getattr(error, "retry_after", None)
                return float(retry_after) if retry_after is not None else float(jitter(state))

            kind = tenacity.AsyncRetrying if asynchronous else tenacity.Retrying
            loop = kind(
                stop=tenacity.stop_after_attempt(self.max_retries + 1),
                retry=tenacity.retry_if_exception(lambda error: self.retries(error, idempotent)),
                wait=wait,
                before_sleep=self._log_retry,
                reraise=True,
            )
            _loops[(self, idempotent, asynchronous)] = loop
        return loop

    def _log_retry(self, state: RetryCallState) -> None:
        if not logger.isEnabledFor(logging.WARNING):
            return
        error = state.outcome.exception() if state.outcome else None
        delay = state.next_action.sleep if state.next_action else 0.0
        operation = getattr(state.args[0], "name", "?") if state.args else "?"
        logger.warning(
            "%s: %s; retrying in %.2f s (attempt %d of %d)",
            operation, error, delay, state.attempt_number + 1, self.max_retries + 1,
        )  # fmt: skip
