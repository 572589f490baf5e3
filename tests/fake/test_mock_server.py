"""`make mock` (the fake on a real socket, served by uvicorn) and `make contract BASE_URL=...` against it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from constants import PROJECT_ID
from fakecloud.settings import DEFAULT_AK, DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY, DEFAULT_SK
from metastudio_client import Backoff, HuaweiCredentials, connect

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "FAKE_PORT": str(port), "FAKE_PROGRESSION": "polls:1"}
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


def test_short_job_flow_over_a_real_socket(mock_url: str, tmp_path: Path, recording: Path) -> None:
    credentials = HuaweiCredentials(DEFAULT_AK, DEFAULT_SK, PROJECT_ID)
    with connect(base_url=mock_url, credentials=credentials) as client:
        created = client.create_short_job()
        assert created.data_uploading_url.startswith(f"{mock_url}/_fake-obs/")
        job = client.run_short_job(recording, backoff=Backoff(0.01, 1, 0.01))
    assert job.state == "SUCCEED"


@pytest.mark.parametrize(
    ("write", "summary"),
    # read-only: the 2 GET operations, the journeys skipped; with writes: all 4 operations and the journeys
    [("0", "2 passed, 1 skipped"), ("1", "5 passed")],
)
def test_make_contract_against_the_mock(mock_url: str, write: str, summary: str) -> None:
    env = {
        **os.environ,
        "HUAWEICLOUD_SDK_AK": DEFAULT_AK,
        "HUAWEICLOUD_SDK_SK": DEFAULT_SK,
        "HUAWEICLOUD_SDK_PROJECT_ID": PROJECT_ID,
        "TENCENTCLOUD_SECRET_ID": DEFAULT_SECRET_ID,  # make mock serves AMS too, so its module runs as well
        "TENCENTCLOUD_SECRET_KEY": DEFAULT_SECRET_KEY,
        "CONTRACT_WRITE": write,
        "PYTEST_ADDOPTS": "-k test_metastudio_contract",
    }
    result = subprocess.run(["make", "-s", "contract", f"BASE_URL={mock_url}"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert summary in result.stdout
