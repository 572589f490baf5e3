"""Where a contract module points: the in-process fake (default) or a live server.

CONTRACT_BASE_URL   a live endpoint (`make contract BASE_URL=...`). A module runs only if the URL is
                    one of its spec's servers (or a loopback URL such as `make mock`, which serves
                    every service); the other modules are skipped. Huawei modules sign with the
                    HUAWEICLOUD_SDK_* credentials of the environment, AMS with the TENCENTCLOUD_* ones.
CONTRACT_WRITE=1    against a live endpoint, also run operations that create or change jobs and
                    tasks (read-only operations only by default)
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import httpx
import pytest
import yaml
from ams_client import TencentCredentials
from constants import PROJECT_ID
from fakecloud import FakeCloud, Settings

SPECS = Path(__file__).resolve().parents[2] / "specs"
LIVE_URL = os.environ.get("CONTRACT_BASE_URL", "").rstrip("/")
WRITE = not LIVE_URL or os.environ.get("CONTRACT_WRITE") == "1"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@cache
def spec_document(name: str) -> dict[str, Any]:
    """The spec `name` of the repository's specs/ (callers must not modify it)."""
    document: dict[str, Any] = yaml.safe_load((SPECS / f"{name}.yaml").read_text(encoding="utf-8"))
    return document


class Credentials(Protocol):
    @property
    def project_id(self) -> str | None: ...


C = TypeVar("C", bound=Credentials)
C_co = TypeVar("C_co", bound=Credentials, covariant=True)


class CredentialsType(Protocol[C_co]):
    """A package's HuaweiCredentials class: built from AK/SK/project, or read from the environment."""

    def __call__(self, ak: str, sk: str, project_id: str | None = None) -> C_co: ...

    def from_env(self) -> C_co: ...


@dataclass(frozen=True)
class Target(Generic[C]):
    base_url: str | None
    cloud: FakeCloud | None
    credentials: C


def _server_pattern(server: Mapping[str, Any]) -> re.Pattern[str]:
    pattern = re.escape(str(server["url"]).rstrip("/"))
    for name, variable in (server.get("variables") or {}).items():
        values = variable.get("enum") or []
        choice = "|".join(re.escape(str(v)) for v in values) if values else "[^/]+"
        pattern = pattern.replace(re.escape(f"{{{name}}}"), f"(?:{choice})")
    return re.compile(pattern)


def serves(document: Mapping[str, Any], url: str) -> bool:
    """True if `url` is one of the spec's servers, or a loopback URL (the fake serves every spec)."""
    if (httpx.URL(url).host or "").lower() in LOOPBACK_HOSTS:
        return True
    return any(_server_pattern(server).fullmatch(url.rstrip("/")) for server in document.get("servers", []))


def contract_target(spec_name: str, credentials_type: CredentialsType[C]) -> Target[C]:
    """The target of the contract module of `spec_name`; skips the module if the live URL is not its."""
    if LIVE_URL:
        if not serves(spec_document(spec_name), LIVE_URL):
            pytest.skip(f"CONTRACT_BASE_URL is not a {spec_name} endpoint", allow_module_level=True)
        credentials = credentials_type.from_env()
        if not credentials.project_id:
            raise pytest.UsageError("set HUAWEICLOUD_SDK_PROJECT_ID for the contract tests")
        return Target(LIVE_URL, None, credentials)
    cloud = FakeCloud(Settings())
    return Target(None, cloud, credentials_type(cloud.settings.ak, cloud.settings.sk, PROJECT_ID))


@dataclass(frozen=True)
class AmsTarget:
    base_url: str | None
    cloud: FakeCloud | None
    credentials: TencentCredentials


def ams_contract_target() -> AmsTarget:
    if LIVE_URL:
        if not serves(spec_document("ams"), LIVE_URL):
            pytest.skip("CONTRACT_BASE_URL is not an AMS endpoint", allow_module_level=True)
        return AmsTarget(LIVE_URL, None, TencentCredentials.from_env())
    cloud = FakeCloud(Settings())
    return AmsTarget(None, cloud, TencentCredentials(cloud.settings.secret_id, cloud.settings.secret_key))
