"""Where the contract suites point: the in-process fake (default) or live servers.

CONTRACT_BASE_URL   a live endpoint (`make contract BASE_URL=...`). MetaStudio requests are signed with
                    the HUAWEICLOUD_SDK_* credentials of the environment; the AMS module runs only if the
                    URL is one of its spec's servers (https://ams.tencentcloudapi.com) or a loopback URL
                    (`make mock`), signed with the TENCENTCLOUD_* credentials, and is skipped otherwise
CONTRACT_WRITE=1    against a live endpoint, also run operations that create or change jobs and
                    tasks (read-only operations only by default)
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import httpx
import pytest
from ams_client import TencentCredentials
from constants import PROJECT_ID
from fakecloud import FakeCloud, Settings
from fakecloud.openapi import spec_document
from metastudio_client import HuaweiCredentials

LIVE_URL = os.environ.get("CONTRACT_BASE_URL", "").rstrip("/")
WRITE = not LIVE_URL or os.environ.get("CONTRACT_WRITE") == "1"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


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


def serves(spec_name: str, url: str) -> bool:
    """True if `url` is one of the spec's servers, or a loopback URL (the fake serves every spec)."""
    if (httpx.URL(url).host or "").lower() in LOOPBACK_HOSTS:
        return True
    return any(str(server["url"]).rstrip("/") == url for server in spec_document(spec_name).get("servers", []))


def ams_contract_target() -> AmsTarget:
    if LIVE_URL:
        if not serves("ams", LIVE_URL):
            pytest.skip("CONTRACT_BASE_URL is not an AMS endpoint", allow_module_level=True)
        return AmsTarget(LIVE_URL, None, TencentCredentials.from_env())
    cloud = FakeCloud(Settings())
    return AmsTarget(None, cloud, TencentCredentials(cloud.settings.secret_id, cloud.settings.secret_key))
