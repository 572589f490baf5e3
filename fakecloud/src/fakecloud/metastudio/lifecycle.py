"""What a MetaStudio short job (state.py) and a voice-training task (training_state.py) share: CREATING until
they are committed, then the states of their timeline, and how the control plane sees them."""

from __future__ import annotations

from ..jobs import JobView
from ..progression import Timeline


class Lifecycle:
    """Mixed into the job dataclasses, which declare these fields."""

    project_id: str
    job_id: str
    created: int
    timeline: Timeline[str] | None

    def state(self, observe: bool) -> str:
        if self.timeline is None:
            return "CREATING"
        return self.timeline.observe() if observe else self.timeline.current()

    def updated(self) -> int:
        return int(self.timeline.changed_at) if self.timeline is not None else self.created

    def view(self, service: str, kind: str) -> JobView:
        """The job as the control plane lists it (not a poll)."""
        plan = self.timeline.plan if self.timeline is not None else ("CREATING",)
        return JobView(service, kind, self.job_id, self.project_id, self.state(observe=False), plan, self.created)
