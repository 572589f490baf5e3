# Copied from overrides/huawei/facade.py by scripts/generate.py — edit that file, not this copy.
"""The base of every Huawei service facade: the generated client bound to the project its calls act on.

The generated functions take the project ID on every call. A service facade (metastudio.service,
moderation.service) derives from ProjectFacade and mixes in common.facade's SyncFacade or AsyncFacade.
"""

from __future__ import annotations

from ...client import Client


class ProjectFacade:
    """A generated client and the project its calls act on."""

    def __init__(self, client: Client, project_id: str) -> None:
        self.client = client
        self.project_id = project_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_id={self.project_id!r})"
