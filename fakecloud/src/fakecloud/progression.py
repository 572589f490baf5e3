"""How fake jobs move through their states: at once, one step every N polls, or every T seconds.

A job that has been started gets a plan — the states it will pass through, ending in a terminal
one — and a `Timeline` tells which state of the plan it is in now. Shared by every fake service.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

S = TypeVar("S")
Mode = Literal["immediate", "polls", "seconds"]
MODES: tuple[Mode, ...] = ("immediate", "polls", "seconds")
EXPECTED = "expected 'immediate', 'polls:N' (a whole N >= 1) or 'seconds:T' (a finite T >= 0)"


@dataclass(frozen=True)
class Progression:
    """How jobs advance: `Progression("immediate")`, `Progression("polls", N)` (each state is seen by N
    polls, a whole N >= 1) or `Progression("seconds", T)` (each state lasts T seconds, finite, >= 0).
    ValueError for anything else; `parse()` reads the same from text ("polls:2")."""

    mode: Mode
    amount: float = 0

    def __post_init__(self) -> None:
        amount = self.amount
        valid = (
            self.mode in MODES
            and isinstance(amount, int | float)
            and not isinstance(amount, bool)
            and math.isfinite(amount)
            and {"immediate": amount == 0, "polls": amount >= 1 and float(amount).is_integer(),
                 "seconds": amount >= 0}[self.mode]
        )  # fmt: skip
        if not valid:
            raise ValueError(f"{EXPECTED}, got Progression({self.mode!r}, {amount!r})")

    @classmethod
    def parse(cls, text: str) -> Progression:
        """'immediate' (straight to the end), 'polls:N' (each state is seen by N polls) or 'seconds:T'
        (each state lasts T seconds); ValueError naming what is expected otherwise."""
        value = text.strip().lower()
        if value == "immediate":
            return cls("immediate")
        kind, _, number = value.partition(":")
        modes: dict[str, Mode] = {"polls": "polls", "seconds": "seconds"}
        try:
            if kind in modes:
                return cls(modes[kind], float(number))
        except ValueError:
            pass
        raise ValueError(f"{EXPECTED}, got {text!r}")

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
