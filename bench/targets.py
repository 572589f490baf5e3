"""The issue's targets, read off a result: where each stands, measured, never assumed.

A target whose numbers were not measured (e.g. no official SDK environment) is "not measured", not
met. "No-op regeneration about a second" is taken as at most 1.0 s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    name: str
    goal: str
    value: Callable[[dict[str, Any], str], float | None]  # (results, api) → the measured number
    met: Callable[[float], bool]
    api_specific: bool = True


def _path(results: dict[str, Any], *keys: str) -> float | None:
    value: Any = results
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


TARGETS = (
    Target("signed call + parse vs raw httpx (sync)", "≤ 1.30×",
           lambda r, api: _path(r, "percall", api, "ratios", "ours_sync_over_raw"), lambda v: v <= 1.3),
    Target("signed call + parse vs raw httpx (asyncio)", "≤ 1.30×",
           lambda r, api: _path(r, "percall", api, "ratios", "ours_async_over_raw"), lambda v: v <= 1.3),
    Target("official SDK time / ours (sync)", "≥ 1.70×",
           lambda r, api: _path(r, "percall", api, "ratios", "official_over_ours"), lambda v: v >= 1.7),
    Target("import time, ours / official SDK", "≤ 0.33×",
           lambda r, api: _path(r, "imports", api, "ours_over_official"), lambda v: v <= 1 / 3),
    Target("no-op `make generate`", "≈ 1 s (≤ 1.0 s)",
           lambda r, api: _path(r, "regen", "noop", "s_median"), lambda v: v <= 1.0, api_specific=False),
)  # fmt: skip


def evaluate(results: dict[str, Any], apis: list[str]) -> list[dict[str, Any]]:
    rows = []
    for target in TARGETS:
        for api in apis if target.api_specific else [""]:
            value = target.value(results, api)
            rows.append({
                "target": f"{target.name}" + (f" [{api}]" if api else ""),
                "goal": target.goal,
                "value": value,
                "met": None if value is None else target.met(value),
            })  # fmt: skip
    return rows
