"""`make mock` (the fake on a real socket, served by uvicorn: the `mock_url` fixture of tests/conftest.py) and
`make contract BASE_URL=...` against it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from constants import PROJECT_ID
from fakecloud.settings import DEFAULT_AK, DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY, DEFAULT_SK
from metastudio_client import Backoff, HuaweiCredentials, connect

ROOT = Path(__file__).resolve().parents[2]


def test_short_job_flow_over_a_real_socket(mock_url: str, tmp_path: Path, recording: Path) -> None:
    credentials = HuaweiCredentials(DEFAULT_AK, DEFAULT_SK, PROJECT_ID)
    with connect(base_url=mock_url, credentials=credentials) as client:
        created = client.create_short_job()
        assert created.data_uploading_url.startswith(f"{mock_url}/_fake-obs/")
        job = client.run_short_job(recording, backoff=Backoff(0.01, 1, 0.01))
    assert job.state == "SUCCEED"


@pytest.mark.parametrize(
    ("write", "summary"),
    # read-only: the 6 GET operations, the journeys and the training walk skipped; with writes: all 15
    # operations, the journeys and the walk
    [("0", "6 passed, 2 skipped"), ("1", "17 passed")],
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
