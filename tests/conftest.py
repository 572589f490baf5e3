"""Fixtures shared by the whole suite: the fake cloud in-process or served by `make mock`, credentials it
accepts, clients."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import moderation_client
import pytest
from ams_client import Ams, AsyncAms, TencentCredentials
from ams_client import connect as connect_ams
from ams_client import connect_async as connect_ams_async
from constants import AMS_URL, METASTUDIO_URL, MODERATION_URL, PROJECT_ID
from fakecloud import FakeCloud, InProcessTransport, Settings
from fakecloud.progression import Progression
from fakecloud.samples import voice_zip
from metastudio_client import AsyncMetaStudio, HuaweiCredentials, MetaStudio, connect, connect_async


@pytest.fixture
def settings() -> Settings:
    """The fake's documented defaults, jobs finishing at once so tests do not wait."""
    return Settings(progression=Progression("immediate"))


@pytest.fixture
def cloud(settings: Settings) -> FakeCloud:
    return FakeCloud(settings)


@pytest.fixture
def transport(cloud: FakeCloud) -> Iterator[InProcessTransport]:
    with cloud.transport() as in_process:
        yield in_process


@pytest.fixture
def client_options() -> dict[str, Any]:
    """Options every client fixture below connects with, on top of base_url, credentials and transport
    (a test module overrides it, e.g. {"max_retries": 0} to meet every injected fault)."""
    return {}


@pytest.fixture
def credentials(settings: Settings) -> HuaweiCredentials:
    return HuaweiCredentials(settings.ak, settings.sk, PROJECT_ID)


@pytest.fixture
def metastudio(
    credentials: HuaweiCredentials, transport: InProcessTransport, client_options: dict[str, Any]
) -> Iterator[MetaStudio]:
    with connect(base_url=METASTUDIO_URL, credentials=credentials, transport=transport, **client_options) as client:
        yield client


@pytest.fixture
async def ametastudio(
    credentials: HuaweiCredentials, transport: InProcessTransport, client_options: dict[str, Any]
) -> AsyncIterator[AsyncMetaStudio]:
    async with connect_async(base_url=METASTUDIO_URL, credentials=credentials, transport=transport,
                             **client_options) as client:  # fmt: skip
        yield client


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    """A zip of three good sentences (.wav + .txt) that the fake assesses as SUCCEED."""
    return voice_zip(tmp_path / "voice.zip")


@pytest.fixture
def moderation_credentials(settings: Settings) -> moderation_client.HuaweiCredentials:
    return moderation_client.HuaweiCredentials(settings.ak, settings.sk, PROJECT_ID)


@pytest.fixture
def moderation(
    moderation_credentials: moderation_client.HuaweiCredentials,
    transport: InProcessTransport,
    client_options: dict[str, Any],
) -> Iterator[moderation_client.Moderation]:
    with moderation_client.connect(
        base_url=MODERATION_URL, credentials=moderation_credentials, transport=transport, **client_options
    ) as m:
        yield m


@pytest.fixture
async def amoderation(
    moderation_credentials: moderation_client.HuaweiCredentials,
    transport: InProcessTransport,
    client_options: dict[str, Any],
) -> AsyncIterator[moderation_client.AsyncModeration]:
    async with moderation_client.connect_async(
        base_url=MODERATION_URL, credentials=moderation_credentials, transport=transport, **client_options
    ) as m:
        yield m


@pytest.fixture
def tencent_credentials(settings: Settings) -> TencentCredentials:
    return TencentCredentials(settings.secret_id, settings.secret_key)


@pytest.fixture
def ams(
    tencent_credentials: TencentCredentials, transport: InProcessTransport, client_options: dict[str, Any]
) -> Iterator[Ams]:
    with connect_ams(
        base_url=AMS_URL, credentials=tencent_credentials, transport=transport, **client_options
    ) as client:
        yield client


@pytest.fixture
async def aams(
    tencent_credentials: TencentCredentials, transport: InProcessTransport, client_options: dict[str, Any]
) -> AsyncIterator[AsyncAms]:
    async with connect_ams_async(base_url=AMS_URL, credentials=tencent_credentials, transport=transport,
                                 **client_options) as client:  # fmt: skip
        yield client


ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    """`make mock` on a free loopback port (jobs advance one state per poll), for tests over a real socket."""
    port = _free_port()
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("FAKE_")}  # the documented defaults
    env = {**inherited, "FAKE_PORT": str(port), "FAKE_PROGRESSION": "polls:1"}
    process = subprocess.Popen(["make", "-s", "mock"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                time.sleep(0.1)
        else:
            pytest.fail("make mock did not start listening within 30 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        output = process.communicate(timeout=10)[0]
    assert f"fake cloud on http://127.0.0.1:{port}" in output
