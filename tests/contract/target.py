"""Where the contract suite points: the in-process fake (default) or a live server.

CONTRACT_BASE_URL   a live endpoint (`make contract BASE_URL=...`); requests are signed with the
                    HUAWEICLOUD_SDK_* credentials of the environment
CONTRACT_WRITE=1    against a live endpoint, also run operations that create or change jobs
                    (read-only operations only by default)
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
from constants import PROJECT_ID
from fakecloud import FakeCloud, Settings
from metastudio_client import HuaweiCredentials

LIVE_URL = os.environ.get("CONTRACT_BASE_URL", "").rstrip("/")
WRITE = not LIVE_URL or os.environ.get("CONTRACT_WRITE") == "1"


@dataclass(frozen=True)
class Target:
    base_url: str | None
    cloud: FakeCloud | None
    credentials: HuaweiCredentials


def contract_target() -> Target:
    if LIVE_URL:
        credentials = HuaweiCredentials.from_env()
        if not credentials.project_id:
            raise pytest.UsageError("set HUAWEICLOUD_SDK_PROJECT_ID for the contract tests")
        return Target(LIVE_URL, None, credentials)
    cloud = FakeCloud(Settings())
    return Target(None, cloud, HuaweiCredentials(cloud.settings.ak, cloud.settings.sk, PROJECT_ID))
