"""Failure injection: what a fault does, which calls it hits, and the registry that picks one per call.

A `Fault` says what to answer instead of the real response — any mix of:
  status=N         that HTTP status with the vendor's error body (answers.py says which)
  error=CODE       that vendor error code (APIG.0308, RequestLimitExceeded, InternalError, ...), with
                   `message` or the code's usual message
  delay=T          wait T seconds before answering (alone: then answer normally; enough to make a
                   client's read timeout fire, in-process too)
  connection=KIND  drop | reset | truncate the connection (connection.py), instead of an answer
— and which calls it hits: `service` and `operation` (an operationId, a Tencent action, or
UploadShortJobData for the MetaStudio upload URL; None = any), the next `times` of them (None = every
one until removed), or a `share` (0-1) of them drawn with a seeded random generator (`seed`, default 0,
so a run is repeatable). Several registered faults: the first (oldest) that hits a call answers it.

A per-request fault comes in the X-Fakecloud-Fault header: `status=503`, `error=APIG.0308`,
`delay=2.5, status=504`, `connection=drop`, ... (key=value pairs separated by "," or ";"); it hits
that request only, before any registered fault.
"""

from __future__ import annotations

import itertools
import math
import random
import re
import threading
from collections.abc import Callable, Collection, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ..operations import Called
from .connection import KINDS, Kind

HEADER = "X-Fakecloud-Fault"
MAX_DELAY = 600.0
_MATCHING = ("service", "operation", "times", "share", "seed")
_PAIR = re.compile(r"^\s*([a-z_]+)\s*(?:=\s*(.*?))?\s*$")


class FaultError(ValueError):
    """A fault that cannot be injected; the message names the field and what is wrong with it."""


def _number(name: str, value: Any, kind: Callable[[Any], float]) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FaultError(f"{name} must be a number, got {value!r}")
    number = kind(value)
    if not math.isfinite(number):
        raise FaultError(f"{name} must be finite, got {value!r}")
    return number


@dataclass(frozen=True)
class Fault:
    """What to answer instead of the real response, and which calls it hits (see the module docstring)."""

    operation: str | None = None
    service: str | None = None
    status: int | None = None
    error: str | None = None
    message: str | None = None
    delay: float = 0.0
    connection: Kind | None = None
    times: int | None = None
    share: float | None = None
    seed: int = 0

    def __post_init__(self) -> None:
        for name in ("operation", "service", "error", "message"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise FaultError(f"{name} must be a non-empty string, got {value!r}")
        if self.status is not None and (not isinstance(self.status, int) or isinstance(self.status, bool)
                                        or not 400 <= self.status <= 599):  # fmt: skip
            raise FaultError(f"status must be an HTTP error status (400-599), got {self.status!r}")
        if not 0 <= _number("delay", self.delay, float) <= MAX_DELAY:
            raise FaultError(f"delay must be between 0 and {MAX_DELAY:g} seconds, got {self.delay!r}")
        if self.connection is not None and self.connection not in KINDS:
            raise FaultError(f"connection must be one of {', '.join(KINDS)}, got {self.connection!r}")
        if self.connection is not None and (self.status is not None or self.error is not None):
            raise FaultError("connection faults send no answer: give either connection or status/error")
        if self.message is not None and self.error is None and self.status is None:
            raise FaultError("message needs an error or a status to go with")
        if self.status is None and self.error is None and self.connection is None and not self.delay:
            raise FaultError("a fault needs status, error, delay or connection")
        if self.times is not None and (isinstance(self.times, bool) or not isinstance(self.times, int)
                                       or self.times < 1):  # fmt: skip
            raise FaultError(f"times must be a whole number >= 1, got {self.times!r}")
        if self.share is not None and not 0 < _number("share", self.share, float) <= 1:
            raise FaultError(f"share must be above 0 and at most 1, got {self.share!r}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int):
            raise FaultError(f"seed must be a whole number, got {self.seed!r}")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fault:
        """A fault from JSON members named like the fields (the control plane's POST /_fakecloud/faults)."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise FaultError(f"unknown field(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
        return cls(**data)

    @classmethod
    def from_header(cls, text: str) -> Fault:
        """A per-request fault from an X-Fakecloud-Fault header value (no matching fields)."""
        values: dict[str, Any] = {}
        for part in filter(str.strip, re.split(r"[;,]", text)):
            match = _PAIR.match(part)
            if match is None or match[2] is None or not match[2]:
                raise FaultError(f"{HEADER}: expected key=value pairs, got {part.strip()!r}")
            key, value = match[1], match[2]
            if key in _MATCHING or key not in {f.name for f in fields(cls)}:
                raise FaultError(f"{HEADER}: {key!r} is not one of status, error, message, delay, connection")
            values[key] = _header_value(key, value)
        if not values:
            raise FaultError(f"{HEADER} is empty")
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return {key: value for key, value in asdict(self).items() if value is not None}

    def describe(self) -> str:
        """The effect in the header's syntax, e.g. "delay=0.5, status=503"."""
        effect = {"delay": self.delay or None, "status": self.status, "error": self.error,
                  "connection": self.connection}  # fmt: skip
        return ", ".join(f"{key}={value:g}" if isinstance(value, float) else f"{key}={value}"
                         for key, value in effect.items() if value is not None)  # fmt: skip


def _header_value(key: str, text: str) -> Any:
    if key == "status":
        if not text.isdecimal():
            raise FaultError(f"{HEADER}: status must be a number, got {text!r}")
        return int(text)
    if key == "delay":
        try:
            return float(text)
        except ValueError:
            raise FaultError(f"{HEADER}: delay must be a number of seconds, got {text!r}") from None
    return text


@dataclass
class FaultRule:
    """A registered fault: its id, how often it has hit, and how many hits it has left (None: no limit)."""

    id: str
    fault: Fault
    hits: int = 0
    remaining: int | None = None
    _random: random.Random = field(default_factory=random.Random, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, **self.fault.as_dict(), "hits": self.hits, "remaining": self.remaining}


class Faults:
    """The faults registered with a fake cloud (thread-safe). `known` lists each service's operations,
    so that a fault naming an operation the fake does not serve is refused instead of never hitting."""

    def __init__(self, known: Mapping[str, Collection[str]]) -> None:
        self._known = {service: frozenset(operations) for service, operations in known.items()}
        self._rules: list[FaultRule] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def add(
        self,
        *,
        operation: str | None = None,
        service: str | None = None,
        status: int | None = None,
        error: str | None = None,
        message: str | None = None,
        delay: float = 0.0,
        connection: Kind | None = None,
        times: int | None = None,
        share: float | None = None,
        seed: int = 0,
    ) -> FaultRule:
        """Register a fault (see `Fault`); it hits calls from now on. FaultError if it is not valid."""
        return self.add_fault(Fault(operation, service, status, error, message, delay, connection, times, share, seed))

    def add_fault(self, fault: Fault) -> FaultRule:
        self._check_target(fault)
        with self._lock:
            rule = FaultRule(f"f{next(self._ids)}", fault, remaining=fault.times, _random=random.Random(fault.seed))
            self._rules.append(rule)
        return rule

    def _check_target(self, fault: Fault) -> None:
        if fault.service is not None and fault.service not in self._known:
            raise FaultError(f"service {fault.service!r} is not one of {', '.join(sorted(self._known))}")
        if fault.operation is None:
            return
        services = [fault.service] if fault.service is not None else list(self._known)
        if not any(fault.operation in self._known[name] for name in services):
            where = f"the {fault.service} spec" if fault.service else "any spec"
            raise FaultError(f"operation {fault.operation!r} is not in {where} served by the fake")

    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def remove(self, rule_id: str) -> None:
        """Remove the fault `rule_id`; KeyError if there is none."""
        with self._lock:
            for index, rule in enumerate(self._rules):
                if rule.id == rule_id:
                    del self._rules[index]
                    return
        raise KeyError(rule_id)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def pick(self, called: Called | None) -> Fault | None:
        """The fault that hits this call (counted as a hit), or None."""
        with self._lock:
            for rule in self._rules:
                fault = rule.fault
                if rule.remaining == 0:
                    continue
                if fault.operation is not None and (called is None or called.operation != fault.operation):
                    continue
                if fault.service is not None and (called is None or called.service != fault.service):
                    continue
                if fault.share is not None and rule._random.random() >= fault.share:
                    continue
                rule.hits += 1
                if rule.remaining is not None:
                    rule.remaining -= 1  # an exhausted rule stays listed (remaining 0) until removed
                return fault
        return None
