"""How fake jobs move through their states: at once, one step every N polls, or every T seconds.

A job that has been started gets a plan — the states it will pass through, ending in a terminal
one — and a `Timeline` tells which state of the plan it is in now. Shared by every fake service.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

S = TypeVar("S")
Mode = Literal["immediate", "polls", "seconds"]


@dataclass(frozen=True)
class Progression:
    mode: Mode
    amount: float = 0

    @classmethod
    def parse(cls, text: str) -> Progression:
        """'immediate' (straight to the end), 'polls:N' (each state is seen by N polls) or 'seconds:T'
        (each state lasts T seconds)."""
        value = text.strip().lower()
        if value == "immediate":
            return cls("immediate")
        kind, _, number = value.partition(":")
        try:
            amount = float(number)
        except ValueError:
            amount = -1
        if kind == "polls" and amount >= 1 and amount.is_integer():
            return cls("polls", amount)
        if kind == "seconds" and amount >= 0:
            return cls("seconds", amount)
        raise ValueError(f"expected 'immediate', 'polls:N' (N >= 1) or 'seconds:T' (T >= 0), got {text!r}")

    def __str__(self) -> str:
        return self.mode if self.mode == "immediate" else f"{self.mode}:{self.amount:g}"


class Timeline(Generic[S]):
    """Where a started job is in its plan; `observe()` is one poll by a client."""

    def __init__(
        self,
        plan: Sequence[S],
        progression: Progression,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not plan:
            raise ValueError("a plan needs at least one state")
        self.plan = tuple(plan)
        self.progression = progression
        self._clock = clock
        self.started = clock()
        self._polls = 0
        self._index = self._target()
        self.changed_at = self.started
        self._lock = threading.Lock()

    def _target(self) -> int:
        last = len(self.plan) - 1
        mode, amount = self.progression.mode, self.progression.amount
        if mode == "immediate":
            return last
        if mode == "polls":
            return min(last, int(max(0, self._polls - 1) // amount))
        if amount == 0:
            return last
        return min(last, int((self._clock() - self.started) // amount))

    def current(self) -> S:
        """The state now, without counting a poll."""
        with self._lock:
            self._advance()
            return self.plan[self._index]

    def observe(self) -> S:
        """The state a client polling now sees (counts one poll)."""
        with self._lock:
            self._polls += 1
            self._advance()
            return self.plan[self._index]

    def _advance(self) -> None:
        target = self._target()
        if target != self._index:
            self._index = target
            self.changed_at = self._clock()

    @property
    def finished(self) -> bool:
        return self._index == len(self.plan) - 1
