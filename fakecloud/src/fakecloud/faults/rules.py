"""Failure injection: what a fault does, which calls it hits, and the registry that picks one per call.

A `Fault` says what to answer instead of the real response — any mix of:
  status=N         that HTTP status with the vendor's error body (answers.py says which)
  error=CODE       that vendor error code (APIG.0308, RequestLimitExceeded, InternalError, ...), with
                   `message` or the code's usual message
  delay=T          wait T seconds before answering (alone: then answer normally; enough to make a
                   client's read timeout fire, in-process too)
  connection=KIND  drop | reset | truncate the connection (connection.py), instead of an answer
— and which calls it hits: `service` and `operation` (an operationId, a Tencent action, or a MetaStudio
upload URL's name: UploadShortJobData, UploadTrainingJobData, ...; None = any), the next `times` of them
(None = every one until removed), or a `share` (0-1) of them drawn with a seeded random generator (`seed`,
default 0, so a run is repeatable). Several registered faults: the first (oldest) that hits a call answers it.

An error code belongs to a vendor, told by its shape: Huawei codes are SERVICE.NUMBER (APIG.0308,
MSS.00000004), Tencent codes are CamelCase words, maybe dotted (RequestLimitExceeded,
FailedOperation.TaskNotFound). A fault whose code does not belong to the vendor of the operation or
service it names is refused; one that names neither hits only the services of the code's vendor.

A per-request fault comes in the X-Fakecloud-Fault header: `status=503`, `error=APIG.0308`,
`delay=2.5, status=504`, `connection=drop`, ... (key=value pairs separated by "," or ";", keys in lower
case, each at most once); it hits that request only, before any registered fault.
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

from ..limits import decimal
from ..operations import Called
from .connection import KINDS, Kind

HEADER = "X-Fakecloud-Fault"
HEADER_KEYS = ("status", "error", "message", "delay", "connection")
MAX_DELAY = 600.0
_PAIR = re.compile(r"^\s*([^=\s]*)\s*(?:=\s*(.*?))?\s*$")
VENDORS = {"huawei": "Huawei Cloud", "tencent": "Tencent Cloud"}
_CODE_SHAPES = {
    "huawei": re.compile(r"[A-Za-z][A-Za-z0-9]*\.[0-9]+"),
    "tencent": re.compile(r"[A-Z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*"),
}


class FaultError(ValueError):
    """A fault that cannot be injected; the message names the field and what is wrong with it."""


def vendor_of(code: str) -> str:
    """Whose error code `code` is, by its shape: "huawei" or "tencent"; FaultError if it is neither's."""
    for vendor, shape in _CODE_SHAPES.items():
        if shape.fullmatch(code):
            return vendor
    raise FaultError(f"error {code!r} is not an error code: Huawei codes are SERVICE.NUMBER (APIG.0308), Tencent "
                     "codes CamelCase words (RequestLimitExceeded, FailedOperation.TaskNotFound)")  # fmt: skip


def check_vendor(fault: Fault, vendor: str, what: str) -> None:
    """FaultError unless the error code of `fault` (if any) is `vendor`'s, the vendor of `what` it would hit."""
    if fault.error is not None and vendor_of(fault.error) != vendor:
        raise FaultError(f"error {fault.error!r} is a {VENDORS[vendor_of(fault.error)]} error code; {what} is "
                         f"{VENDORS[vendor]}'s")  # fmt: skip


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
        if self.error is not None:
            vendor_of(self.error)
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
            if match is None or not match[1] or not match[2]:
                raise FaultError(f"{HEADER}: expected key=value pairs, got {part.strip()!r}")
            key, value = match[1], match[2]
            if key not in HEADER_KEYS:
                hint = f" (keys are lower case: {key.lower()})" if key.lower() in HEADER_KEYS else ""
                raise FaultError(f"{HEADER}: unknown key {key!r}{hint}; the keys are {', '.join(HEADER_KEYS)}")
            if key in values:
                raise FaultError(f"{HEADER}: {key!r} is given twice")
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
        status = decimal(text)
        if status is None:
            shown = text if len(text) <= 40 else text[:37] + "..."
            raise FaultError(f"{HEADER}: status must be a number, got {shown!r}")
        return status
    if key == "delay":
        try:
            return float(text)
        except ValueError:
            raise FaultError(f"{HEADER}: delay must be a number of seconds, got {text!r}") from None
    return text


@dataclass
class FaultRule:
    """A registered fault: its id, how often it has hit, and how many hits it has left (None: no limit).
    `vendor`: the vendor of its error code (a fault with one hits only that vendor's calls), else None."""

    id: str
    fault: Fault
    hits: int = 0
    remaining: int | None = None
    vendor: str | None = None
    _random: random.Random = field(default_factory=random.Random, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, **self.fault.as_dict(), "hits": self.hits, "remaining": self.remaining}


class Faults:
    """The faults registered with a fake cloud (thread-safe). `known` lists each service's operations,
    so that a fault naming an operation the fake does not serve is refused instead of never hitting;
    `vendors` names each service's vendor ("huawei" or "tencent"), whose error codes it answers."""

    def __init__(self, known: Mapping[str, Collection[str]], vendors: Mapping[str, str]) -> None:
        self._known = {service: frozenset(operations) for service, operations in known.items()}
        self._vendors = dict(vendors)
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
        """Register `fault` (see `add`)."""
        self._check_target(fault)
        vendor = vendor_of(fault.error) if fault.error is not None else None
        with self._lock:
            rule = FaultRule(f"f{next(self._ids)}", fault, remaining=fault.times, vendor=vendor,
                             _random=random.Random(fault.seed))  # fmt: skip
            self._rules.append(rule)
        return rule

    def _check_target(self, fault: Fault) -> None:
        if fault.service is not None and fault.service not in self._known:
            raise FaultError(f"service {fault.service!r} is not one of {', '.join(sorted(self._known))}")
        services = [fault.service] if fault.service is not None else list(self._known)
        if fault.operation is not None:
            services = [name for name in services if fault.operation in self._known[name]]
            if not services:
                where = f"the {fault.service} spec" if fault.service else "any spec"
                raise FaultError(f"operation {fault.operation!r} is not in {where} served by the fake")
        if fault.error is not None and (fault.service is not None or fault.operation is not None):
            [vendor] = {self._vendors[name] for name in services}  # an operation is one service's
            what = f"operation {fault.operation}" if fault.operation is not None else f"service {fault.service}"
            check_vendor(fault, vendor, what)

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
        """Remove every fault (ids go on counting: a removed fault's id is never reused)."""
        with self._lock:
            self._rules.clear()

    def reset(self) -> None:
        """Remove every fault and start the ids again at f1 (the fake's reset)."""
        with self._lock:
            self._rules.clear()
            self._ids = itertools.count(1)

    def pick(self, called: Called | None, vendor: str) -> Fault | None:
        """The fault that hits this call to `vendor` (counted as a hit), or None."""
        with self._lock:
            for rule in self._rules:
                fault = rule.fault
                if rule.remaining == 0 or rule.vendor not in (None, vendor):
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
