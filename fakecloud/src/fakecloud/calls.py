"""The fake's call log: every vendor request it answered (the control plane's are not logged), so a test
can count a client's attempts — e.g. that a retried read was sent three times. Bounded: the newest
MAX_CALLS are kept."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from .operations import check_operation, check_service

MAX_CALLS = 10_000


@dataclass(frozen=True)
class CallRecord:
    """One request: the operation it called (None when it called none, e.g. an unknown path), method and
    path (as received on the wire, percent-encoding kept, without the query string), the HTTP status
    answered (None when the connection was dropped, reset or cut), the injected fault in the
    X-Fakecloud-Fault syntax (None when there was none), and when (Unix seconds)."""

    service: str | None
    operation: str | None
    method: str
    path: str
    status: int | None
    fault: str | None
    at: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class CallLog:
    """The calls of a fake serving `known` (service → its operations), which the filters of `list()` name."""

    def __init__(self, known: Mapping[str, Collection[str]]) -> None:
        self._known = known
        self._calls: deque[CallRecord] = deque(maxlen=MAX_CALLS)
        self._lock = threading.Lock()

    def record(self, service: str | None, operation: str | None, method: str, path: str, status: int | None,
               fault: str | None) -> None:  # fmt: skip
        with self._lock:
            self._calls.append(CallRecord(service, operation, method, path, status, fault, time.time()))

    def list(self, service: str | None = None, operation: str | None = None) -> list[CallRecord]:
        """The calls so far, oldest first, optionally only those of a service and/or operation (an operationId
        or Tencent action); UnknownService / UnknownOperation (ValueErrors) for one the fake does not serve."""
        if service is not None:
            check_service(service, self._known)
        if operation is not None:
            check_operation(operation, self._known)
        with self._lock:
            calls = list(self._calls)
        return [c for c in calls if service in (None, c.service) and operation in (None, c.operation)]

    def clear(self) -> None:
        with self._lock:
            self._calls.clear()
