"""Where the contract suites point: the in-process fake (default) or live servers.

CONTRACT_BASE_URL      a live MetaStudio endpoint (`make contract BASE_URL=...`); requests are signed
                       with the HUAWEICLOUD_SDK_* credentials of the environment
CONTRACT_AMS_BASE_URL  a live AMS endpoint (https://ams.tencentcloudapi.com); requests are signed with
                       the TENCENTCLOUD_* credentials of the environment
CONTRACT_WRITE=1       against a live endpoint, also run operations that create or change jobs and
                       tasks (read-only operations only by default)
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
from ams_client import TencentCredentials
from constants import PROJECT_ID
from fakecloud import FakeCloud, Settings
from metastudio_client import HuaweiCredentials

LIVE_URL = os.environ.get("CONTRACT_BASE_URL", "").rstrip("/")
WRITE = not LIVE_URL or os.environ.get("CONTRACT_WRITE") == "1"
AMS_LIVE_URL = os.environ.get("CONTRACT_AMS_BASE_URL", "").rstrip("/")
AMS_WRITE = not AMS_LIVE_URL or os.environ.get("CONTRACT_WRITE") == "1"


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


@dataclass(frozen=True)
class AmsTarget:
    base_url: str | None
    cloud: FakeCloud | None
    credentials: TencentCredentials


def ams_contract_target() -> AmsTarget:
    if AMS_LIVE_URL:
        return AmsTarget(AMS_LIVE_URL, None, TencentCredentials.from_env())
    cloud = FakeCloud(Settings())
    return AmsTarget(None, cloud, TencentCredentials(cloud.settings.secret_id, cloud.settings.secret_key))
