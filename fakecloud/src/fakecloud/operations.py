"""The operations of the specs, which of them a fake service implements, and which one a request calls.

Every spec operation is served: a fake service maps operationIds (Tencent: action names) to an
`Operation` — its handler and what it does to the job or task state machine (shown in the coverage
table) — and an operation of the spec without one answers a vendor-shaped "not implemented by the
fake" error. `OperationIndex` tells which operation an HTTP request calls (REST: method + path
template; Tencent: `POST /` + X-TC-Action), for failure injection and the call log.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

H = TypeVar("H", covariant=True)
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class UnknownService(ValueError):
    """A service name the fake does not serve; the message lists those it does."""


class UnknownOperation(ValueError):
    """An operationId (Tencent: action) in no spec the fake serves."""


def check_service(service: str, services: Collection[str]) -> None:
    """UnknownService unless `service` is one of `services`."""
    if service not in services:
        raise UnknownService(f"service {service!r} is not one of {', '.join(services)}")


def check_operation(operation: str, known: Mapping[str, Collection[str]]) -> None:
    """UnknownOperation unless a service of `known` (service → its operations) has `operation`."""
    if not any(operation in operations for operations in known.values()):
        raise UnknownOperation(f"operation {operation!r} is not in any spec served by the fake")


@dataclass(frozen=True)
class Operation(Generic[H]):
    """An implemented operation: its handler, and its part in the state machine ("" when it has none)."""

    handler: H
    state_machine: str = ""


@dataclass(frozen=True)
class SpecOperation:
    """One operation of a spec: its service, operationId, HTTP method and path template."""

    service: str
    operation_id: str
    method: str
    path: str


def spec_operations(service: str, document: Mapping[str, Any]) -> list[SpecOperation]:
    """The operations of `document` in spec order."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                operation_id = str(operation.get("operationId") or f"{method.upper()} {path}")
                found.append(SpecOperation(service, operation_id, method.upper(), path))
    return found


@dataclass(frozen=True)
class Called:
    """What a request calls: the service and the operationId (Tencent: the action)."""

    service: str
    operation: str


def _template(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", path)
    return re.compile("".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts) + "/?")


class OperationIndex:
    """Which operation a request calls: REST operations by method and path template, Tencent actions
    behind `POST /` by X-TC-Action (served by `tencent_service`)."""

    def __init__(self, rest: Iterable[SpecOperation], tencent_service: str | None) -> None:
        self._rest = [(op.method, _template(op.path), Called(op.service, op.operation_id)) for op in rest]
        self._tencent = tencent_service

    def resolve(self, method: str, path: str, headers: Mapping[str, str]) -> Called | None:
        """The operation of a request (`headers` with lower-case names); None if it calls none."""
        if path == "/" and self._tencent is not None:
            action = headers.get("x-tc-action", "").strip()
            return Called(self._tencent, action) if action else None
        for expected, pattern, called in self._rest:
            if expected == method and pattern.fullmatch(path):
                return called
        return None
