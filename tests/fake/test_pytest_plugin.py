"""The pytest plugin the fakecloud install registers (pytest11 entry point): its fakecloud_* fixtures work in
this repository's own run beside tests/conftest.py's, and in a project of its own."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
from fakecloud import Credentials, FakeCloud, InProcessTransport, ServedFake
from metastudio_client import ApiError, HuaweiCredentials, MetaStudio, connect


def test_the_plugin_is_loaded_from_its_entry_point(pytestconfig: pytest.Config) -> None:
    plugin = pytestconfig.pluginmanager.get_plugin("fakecloud")
    assert plugin is not None and plugin.__name__ == "fakecloud.pytest_plugin"


def test_its_fixtures_sit_beside_the_repository_s_own(
    fakecloud_transport: InProcessTransport,
    fakecloud_credentials: Credentials,
    fakecloud_reset: FakeCloud,
    cloud: FakeCloud,
    metastudio: MetaStudio,
) -> None:
    huawei = HuaweiCredentials(fakecloud_credentials.ak, fakecloud_credentials.sk, fakecloud_credentials.project_id)
    with connect(base_url="https://metastudio.fake", credentials=huawei, transport=fakecloud_transport) as client:
        job_id = client.create_short_job().job_id
    metastudio.create_short_job()  # tests/conftest.py's own fake, another FakeCloud

    assert fakecloud_reset is not cloud
    assert [job.id for job in fakecloud_reset.jobs()] == [job_id] and len(cloud.jobs()) == 1


def test_the_served_fixture_is_the_same_fake_reset(fakecloud_server: ServedFake, fakecloud_reset: FakeCloud) -> None:
    assert fakecloud_server.cloud is fakecloud_reset and fakecloud_reset.jobs() == []
    fakecloud_reset.faults.add(operation="ShowShortJob", status=503)
    with httpx.Client(base_url=fakecloud_server.url) as http:
        answer = http.get("/v1/p/voice-training-manage/user/short-jobs/j")
    assert (answer.status_code, answer.json()["error_code"]) == (503, "MSS.00000004")


ROOT = Path(__file__).resolve().parents[2]
USER_TESTS = """
import httpx
import pytest
from metastudio_client import ApiError, HuaweiCredentials, connect


def test_a_throttled_read_then_a_served_flow(fakecloud_server, fakecloud_credentials):
    fakecloud_server.cloud.faults.add(operation="CreateShortJob", error="APIG.0308", times=1)
    creds = HuaweiCredentials(fakecloud_credentials.ak, fakecloud_credentials.sk, fakecloud_credentials.project_id)
    with connect(base_url=fakecloud_server.url, credentials=creds, max_retries=0) as client:
        with pytest.raises(ApiError) as caught:
            client.create_short_job()
        assert (caught.value.status_code, caught.value.error_code) == (429, "APIG.0308")
        assert client.create_short_job().job_id


def test_the_next_test_starts_clean(fakecloud_reset, fakecloud_transport):
    assert fakecloud_reset.jobs() == [] and fakecloud_reset.faults.rules() == []
    with httpx.Client(transport=fakecloud_transport) as http:
        assert http.get("http://fake/_fakecloud/jobs").json() == {"jobs": []}


@pytest.fixture(scope="session")
def fakecloud_settings():
    from fakecloud import Settings
    return Settings(ak="AKMYOWN0000000000000")


def test_settings_can_be_overridden(fakecloud_credentials):
    assert fakecloud_credentials.ak == "AKMYOWN0000000000000"
"""


def test_a_project_of_its_own_gets_the_fixtures(tmp_path: Path) -> None:
    """Outside this repository (no conftest, no pytest settings), with the fake and a generated client importable."""
    (tmp_path / "test_user.py").write_text(textwrap.dedent(USER_TESTS), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "metastudio-client")}
    result = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", str(tmp_path)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "3 passed" in result.stdout


def test_fixtures_are_listed_with_their_docs(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "pytest", "--fixtures", "-p", "no:cacheprovider", str(tmp_path)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)  # fmt: skip
    lines = result.stdout.splitlines()
    documented = {
        line.split()[0]: lines[i + 1].strip() for i, line in enumerate(lines) if line.startswith("fakecloud_")
    }
    assert set(documented) == {"fakecloud_settings", "fakecloud_credentials", "fakecloud_reset", "fakecloud_transport",
                               "fakecloud_server"}  # fmt: skip
    assert documented["fakecloud_reset"].startswith("The session's FakeCloud, reset")


def test_the_fixture_s_api_error_is_the_client_s(fakecloud_server: ServedFake) -> None:
    fakecloud_server.cloud.faults.add(service="metastudio", status=502, times=1)
    creds = fakecloud_server.credentials
    huawei = HuaweiCredentials(creds.ak, creds.sk, creds.project_id)
    with connect(base_url=fakecloud_server.url, credentials=huawei) as client, pytest.raises(ApiError) as caught:
        client.create_short_job()
    assert (caught.value.status_code, caught.value.error_code, caught.value.error_msg) == (
        502, "APIG.0201", "Backend unavailable.",
    )  # fmt: skip
