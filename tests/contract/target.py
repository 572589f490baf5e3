"""Where a contract module points: the in-process fake (default) or a live server.

CONTRACT_BASE_URL   a live endpoint (`make contract BASE_URL=...`). A module runs only if the URL is
                    one of its spec's servers (or a loopback URL such as `make mock`, which serves
                    every service); the other modules are skipped. Huawei modules sign with the
                    HUAWEICLOUD_SDK_* credentials of the environment, AMS with the TENCENTCLOUD_* ones;
                    when they are unset and the URL is the fake cloud (it answers /_fakecloud/health),
                    with the fake's credentials (its FAKE_* variables, else its documented defaults).
                    Otherwise the run stops at once with a usage error naming the variables.
CONTRACT_WRITE=1    against a live endpoint, also run operations that create or change jobs and
                    tasks (read-only operations only by default)
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import httpx
import pytest
import yaml
from ams_client import TencentCredentials
from constants import PROJECT_ID
from fakecloud import CONTROL_PREFIX, FakeCloud, Settings

SPECS = Path(__file__).resolve().parents[2] / "specs"
LIVE_URL = os.environ.get("CONTRACT_BASE_URL", "").rstrip("/")
WRITE = not LIVE_URL or os.environ.get("CONTRACT_WRITE") == "1"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
HUAWEI_VARIABLES = ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID")
TENCENT_VARIABLES = ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY")


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

    def __call__(self, ak: str, sk: str, project_id: str | None = None, security_token: str | None = None) -> C_co: ...

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


@cache
def is_the_fake(url: str) -> bool:
    """True if `url` is a fake cloud: it answers GET /_fakecloud/health with status ok."""
    try:
        answer = httpx.get(f"{url}{CONTROL_PREFIX}/health", timeout=5.0)
        return answer.status_code == 200 and answer.json().get("status") == "ok"
    except (httpx.HTTPError, ValueError, AttributeError):  # no answer, not JSON, not an object
        return False


def _unset(variables: Sequence[str]) -> list[str]:
    return [name for name in variables if not os.environ.get(name)]


def _usage(url: str, variables: Sequence[str]) -> pytest.UsageError:
    return pytest.UsageError(
        f"make contract BASE_URL={url}: set {', '.join(variables)} (unset: {', '.join(_unset(variables))}); "
        f"a fake cloud (it answers {CONTROL_PREFIX}/health) needs none"
    )


def huawei_credentials(credentials_type: CredentialsType[C], url: str = LIVE_URL) -> C:
    """The credentials a Huawei contract module signs with against `url` (module docstring)."""
    if not _unset(HUAWEI_VARIABLES):
        return credentials_type.from_env()
    if not is_the_fake(url):
        raise _usage(url, HUAWEI_VARIABLES)
    fake = Settings.from_env().credentials
    if _unset(HUAWEI_VARIABLES[:2]):
        return credentials_type(fake.ak, fake.sk, fake.project_id, fake.security_token)
    return credentials_type(os.environ[HUAWEI_VARIABLES[0]], os.environ[HUAWEI_VARIABLES[1]], fake.project_id)


def tencent_credentials(url: str = LIVE_URL) -> TencentCredentials:
    """The credentials the AMS contract module signs with against `url` (module docstring)."""
    if not _unset(TENCENT_VARIABLES):
        return TencentCredentials.from_env()
    if not is_the_fake(url):
        raise _usage(url, TENCENT_VARIABLES)
    fake = Settings.from_env().credentials
    return TencentCredentials(fake.secret_id, fake.secret_key, fake.tc_token)


def contract_target(spec_name: str, credentials_type: CredentialsType[C]) -> Target[C]:
    """The target of the contract module of `spec_name`; skips the module if the live URL is not its."""
    if LIVE_URL:
        if not serves(spec_document(spec_name), LIVE_URL):
            pytest.skip(f"CONTRACT_BASE_URL is not a {spec_name} endpoint", allow_module_level=True)
        return Target(LIVE_URL, None, huawei_credentials(credentials_type))
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
        return AmsTarget(LIVE_URL, None, tencent_credentials())
    cloud = FakeCloud(Settings())
    return AmsTarget(None, cloud, TencentCredentials(cloud.settings.secret_id, cloud.settings.secret_key))
