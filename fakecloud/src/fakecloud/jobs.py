"""What the control plane sees of a fake service's jobs and tasks, and how it sets their state.

Each service's state (metastudio/state.py, moderation/state.py, ams/state.py) implements `JobControl`:
`jobs()` lists its jobs as `JobView`s, `set_state()` pins a job in a state of the spec's enum (to reach
AUDIT_FAILED, ERROR, CANCELLED, ... on demand; the job then stays there), `reset()` forgets them all.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol


class JobNotFound(LookupError):
    """No job or task with that id."""


class StateRefused(ValueError):
    """The state (or a detail given with it) cannot be set; the message says why."""


@dataclass(frozen=True)
class JobView:
    """A job or task: its service, kind (short_job, audio_job, task), id, project (None for Tencent
    tasks), state now, the states of its plan, and creation time (Unix seconds)."""

    service: str
    kind: str
    id: str
    project_id: str | None
    state: str
    plan: tuple[str, ...]
    created: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "service": self.service,
            "kind": self.kind,
            "id": self.id,
            "project_id": self.project_id,
            "state": self.state,
            "plan": list(self.plan),
            "created": datetime.fromtimestamp(self.created, UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
        }


class JobControl(Protocol):
    service: str

    def jobs(self) -> list[JobView]: ...

    def set_state(self, job_id: str, state: str, details: Mapping[str, str]) -> JobView: ...

    def reset(self) -> None: ...


def check_state(state: str, states: Collection[str], details: Mapping[str, str], allowed: Collection[str]) -> None:
    """Refuse a state outside `states` or a detail not in `allowed`, naming what is wrong."""
    if state not in states:
        raise StateRefused(f"state {state!r} is not one of {', '.join(states)}")
    unknown = sorted(set(details) - set(allowed))
    if unknown:
        accepted = ", ".join(sorted(allowed)) or "none"
        raise StateRefused(f"unknown detail(s) {', '.join(unknown)} for state {state} (accepted: {accepted})")
