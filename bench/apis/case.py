"""What one API contributes to the benchmark: the call to time, how each client makes it, and the
optional load mixes and waiter scenario.

A `Case` is pure data plus factories. Its module may import only the standard library at the top:
the per-call workers import it both in the project's .venv (raw httpx, our client) and in the
official SDKs' .venv-bench (where neither httpx nor our packages exist). Factories import their
client when called.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

PAYLOADS = Path(__file__).resolve().parents[1] / "payloads"

# What the fake cloud accepts by default (fakecloud/src/fakecloud/settings.py); never real credentials.
AK = "FAKEAK00000000000000"  # Huawei AK/SK
SK = "fake-sk-not-a-secret"
PROJECT_ID = "0123456789abcdef0123456789abcdef"
SECRET_ID = "AKIDFAKE0000000000000000000000000000"  # Tencent SecretId/SecretKey
SECRET_KEY = "fake-secret-key-not-a-secret"

SyncCall = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]
# A load mix: (weight, operation name, signed request), sent as they are over and over.
Mix = Sequence[tuple[float, str, "httpx.Request"]]


@dataclass(frozen=True)
class WaitRun:
    """One waiter run: when each call was made and when the job reached its terminal state (seconds)."""

    call_times: tuple[float, ...]
    finished_at: float
    states: int

    @property
    def calls(self) -> int:
        return len(self.call_times)


def _without_nulls(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_without_nulls(v) for v in value]
    return value


def _without(value: Any, path: Sequence[str]) -> Any:
    """`value` without the member at `path` (keys), looked up in every item of the lists on the way."""
    if isinstance(value, list):
        return [_without(v, path) for v in value]
    if not isinstance(value, dict) or path[0] not in value:
        return value
    if len(path) == 1:
        return {k: v for k, v in value.items() if k != path[0]}
    return {**value, path[0]: _without(value[path[0]], path[1:])}


def count_values(value: Any) -> int:
    """How many scalar values (leaves) JSON data holds."""
    if isinstance(value, Mapping):
        return sum(count_values(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_values(v) for v in value)
    return 1


def data_of(result: object) -> Any:
    """A parsed result as plain JSON data: dicts as they are, models via to_dict(); None values dropped."""
    if isinstance(result, Mapping):
        return _without_nulls(result)
    to_dict = getattr(result, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"cannot read a {type(result).__name__} as data (no to_dict())")
    return _without_nulls(to_dict())


def huawei_data_of(result: object) -> Any:
    """data_of, except for the official Huawei SDKs' models: read with the SDK's own serializer, by wire name
    (their deprecated to_dict() keys by Python attribute name, e.g. `param_callback` for `callback`)."""
    if not hasattr(result, "attribute_map"):
        return data_of(result)
    from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization  # type: ignore[import-not-found]

    return _without_nulls(sanitize_for_serialization(result))


@dataclass(frozen=True)
class Case:
    """One API in the benchmark (see bench/README.md, "Adding an API")."""

    name: str  # short label, e.g. "metastudio"
    operation: str  # the vendor's operation name, e.g. "ShowShortJob"
    method: str  # HTTP method and path (with query) of that call, as raw httpx sends it
    path: str
    payload: str  # file in bench/payloads/: the realistic response body the loopback server returns
    package: str  # our generated package, e.g. "metastudio_client"
    official_distribution: str  # the official SDK on PyPI, pinned in bench/requirements.txt
    official_module: str  # what a user of the official SDK imports to make the call (its service module)
    ours_sync: Callable[[str], SyncCall]  # base URL → a call of our client (signing + typed parsing)
    ours_async: Callable[[str], AsyncCall]
    official: Callable[[str], SyncCall]  # base URL → a call of the official SDK's client (in .venv-bench)
    request_json: Mapping[str, object] | None = None  # JSON body of the call, if it has one
    load: Callable[[str], Mapping[str, Mix]] | None = None  # fake's base URL → named load mixes
    simulate_wait: Callable[[float], WaitRun] | None = None  # job ending after N s, virtual clock
    real_wait: Callable[[float], WaitRun] | None = None  # the same against the in-process fake, real clock
    read: Callable[[object], Any] = data_of  # a parsed result as JSON data, to check it against the payload
    official_also_imports: tuple[str, ...] = ()  # other modules the call needs (e.g. the SDK's credentials)
    # Payload members (dotted paths) the official SDK's models have no field for: it drops them when it
    # parses, so its check leaves them out (and the table says so).
    official_lacks: tuple[str, ...] = ()

    def payload_bytes(self) -> bytes:
        return (PAYLOADS / self.payload).read_bytes()

    def payload_data(self) -> Any:
        return json.loads(self.payload_bytes())

    def check(self, result: object, *, lacking: Sequence[str] = ()) -> int:
        """Raise unless `result` holds exactly the payload, less the `lacking` members (so every client
        really parsed all of it); the number of values compared."""
        got, expected = self.read(result), _without_nulls(self.payload_data())
        for path in lacking:
            expected = _without(expected, path.split("."))
        if got != expected:
            raise AssertionError(f"{self.name}: the parsed {self.operation} response differs from the payload:\n"
                                 f"  got      {got!r}\n  expected {expected!r}")  # fmt: skip
        return count_values(expected)
