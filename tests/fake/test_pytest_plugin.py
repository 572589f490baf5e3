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
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(ROOT / "generated" / "metastudio-client"), os.environ.get("PYTHONPATH", "")]
        ),
    }
    result = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", str(tmp_path)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "3 passed" in result.stdout


def _pytest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(ROOT / "generated" / "metastudio-client"), os.environ.get("PYTHONPATH", "")]
        ),
    }
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:randomly", *args],
                          cwd=project, env=env, capture_output=True, text=True, timeout=120)  # fmt: skip


def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


PER_DIRECTORY = {
    "a/test_a.py": """
        def test_a(fakecloud_reset, fakecloud_settings, fakecloud_credentials):
            assert fakecloud_reset.settings.ak == fakecloud_settings.ak == fakecloud_credentials.ak
            assert fakecloud_settings.ak == "FAKEAK00000000000000"
        """,
    "b/conftest.py": """
        import pytest, fakecloud

        @pytest.fixture(scope="session")
        def fakecloud_settings():
            return fakecloud.Settings(ak="BAK")
        """,
    "b/test_b.py": """
        from metastudio_client import HuaweiCredentials, connect

        def test_b(fakecloud_reset, fakecloud_credentials, fakecloud_transport, fakecloud_server):
            assert fakecloud_reset.settings.ak == fakecloud_credentials.ak == "BAK"
            assert fakecloud_server.cloud is fakecloud_reset and fakecloud_server.credentials.ak == "BAK"
            creds = HuaweiCredentials("BAK", fakecloud_credentials.sk, fakecloud_credentials.project_id)
            with connect(base_url="https://m.fake", credentials=creds, transport=fakecloud_transport) as client:
                assert client.create_short_job().job_id
            with connect(base_url=fakecloud_server.url, credentials=creds) as client:
                assert client.create_short_job().job_id
        """,
    "c/conftest.py": """
        import pytest, fakecloud

        @pytest.fixture  # function scope works as well
        def fakecloud_settings():
            return fakecloud.Settings(ak="CAK")
        """,
    "c/test_c.py": """
        def test_c(fakecloud_reset, fakecloud_credentials, fakecloud_server):
            assert fakecloud_reset.settings.ak == fakecloud_credentials.ak == fakecloud_server.credentials.ak == "CAK"
        """,
    "d/test_d.py": """
        def test_d_after_the_others(fakecloud_reset, fakecloud_server):  # the default fake again, not the last one
            assert fakecloud_reset.settings.ak == fakecloud_server.credentials.ak == "FAKEAK00000000000000"
        """,
}


@pytest.mark.parametrize("order", [["a", "b", "c", "d"], ["b", "a", "c", "d"], ["c", "b", "d", "a"]])
def test_a_settings_override_holds_where_it_is_declared(tmp_path: Path, order: list[str]) -> None:
    """`pytest a b`: b's conftest overrides fakecloud_settings; b's tests get a fake of b's settings, whichever
    directory ran first (the fake was built once per session from the first settings: b's client got 401)."""
    result = _pytest(_project(tmp_path, PER_DIRECTORY), "-q", *order)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "4 passed" in result.stdout


KEEP_THE_PLUGIN_S = {
    "test_keep.py": """
        import dataclasses
        import pytest
        from fakecloud import Progression
        from fakecloud.pytest_plugin import PLUGIN_SETTINGS

        @pytest.fixture(scope="session")
        def fakecloud_settings(fakecloud_settings):
            return dataclasses.replace(fakecloud_settings, rate_limit=2)

        def test_the_plugin_s_progression_is_kept(fakecloud_reset):
            settings = fakecloud_reset.settings
            assert (settings.rate_limit, settings.progression) == (2, Progression("immediate"))
            assert PLUGIN_SETTINGS.progression == Progression("immediate")
        """,
    "whole/test_whole.py": """
        import pytest, fakecloud

        @pytest.fixture
        def fakecloud_settings():
            return fakecloud.Settings(rate_limit=2)  # a whole Settings: its own defaults, progression polls:1

        def test_a_whole_settings_takes_its_own_defaults(fakecloud_reset):
            assert str(fakecloud_reset.settings.progression) == "polls:1"
        """,
}


def test_an_override_can_keep_the_plugin_s_defaults(tmp_path: Path) -> None:
    result = _pytest(_project(tmp_path, KEEP_THE_PLUGIN_S), "-q")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout


HEAVY = ("starlette", "httpx", "uvicorn", "yaml", "jsonschema", "openapi_schema_validator", "anyio")


def test_loading_the_plugin_imports_nothing_heavy() -> None:
    """pytest imports the plugin in every run of an environment with fakecloud installed; the fake's web stack
    waits until a test asks for a fixture (it cost every run 0.6-0.9 s)."""
    code = ("import sys, fakecloud.pytest_plugin, fakecloud; "
            f"print(sorted(m for m in {HEAVY!r} if m in sys.modules)); fakecloud.Settings; fakecloud.Progression; "
            f"print(sorted(m for m in {HEAVY!r} if m in sys.modules)); fakecloud.FakeCloud; "
            f"print(sorted(m for m in {HEAVY[:2]!r} if m in sys.modules))")  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.splitlines() == ["[]", "[]", "['httpx', 'starlette']"]


def test_the_package_s_names_are_there_when_asked_for() -> None:
    import fakecloud

    assert set(fakecloud.__all__) <= set(dir(fakecloud))
    for name in fakecloud.__all__:
        assert getattr(fakecloud, name) is not None
    with pytest.raises(AttributeError, match="module 'fakecloud' has no attribute 'Nothing'"):
        fakecloud.Nothing  # noqa: B018


IN_FLIGHT_AT_TEARDOWN = {
    "test_in_flight.py": """
        import threading, time
        import httpx

        def test_leaves_a_delayed_request_in_flight(fakecloud_server):
            fakecloud_server.cloud.faults.add(operation="DescribeTasks", delay=60, times=1)
            outcome = []

            def call():
                try:
                    httpx.post(fakecloud_server.url + "/", headers={"X-TC-Action": "DescribeTasks",
                               "X-TC-Version": "2020-12-29"}, json={}, timeout=120)
                except httpx.TransportError as exc:
                    outcome.append(exc)

            threading.Thread(target=call, daemon=True).start()
            while fakecloud_server.cloud.faults.rules()[0].hits == 0:
                time.sleep(0.01)
        """,
}


def test_the_session_ends_quietly_with_a_delayed_request_in_flight(tmp_path: Path) -> None:
    """The served fake stops at the end of the session: the waiting request is cut off, and nothing is logged
    (uvicorn cancelled it after a second, logging a CancelledError traceback into pytest's closed streams:
    '--- Logging error --- ValueError: I/O operation on closed file')."""
    result = _pytest(_project(tmp_path, IN_FLIGHT_AT_TEARDOWN), "-q", "-s")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    assert "Logging error" not in output and "Traceback" not in output and "Cancel" not in output, output


def test_fixtures_are_listed_with_their_docs(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "pytest", "--fixtures", "-p", "no:cacheprovider", str(tmp_path)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)  # fmt: skip
    lines = result.stdout.splitlines()
    documented = {
        line.split()[0]: lines[i + 1].strip() for i, line in enumerate(lines) if line.startswith("fakecloud_")
    }
    assert set(documented) == {"fakecloud_settings", "fakecloud_credentials", "fakecloud_reset", "fakecloud_transport",
                               "fakecloud_server"}  # fmt: skip
    assert documented["fakecloud_reset"].startswith("The FakeCloud of the test's settings, reset")


def test_the_fixture_s_api_error_is_the_client_s(fakecloud_server: ServedFake) -> None:
    fakecloud_server.cloud.faults.add(service="metastudio", status=502, times=1)
    creds = fakecloud_server.credentials
    huawei = HuaweiCredentials(creds.ak, creds.sk, creds.project_id)
    with connect(base_url=fakecloud_server.url, credentials=huawei) as client, pytest.raises(ApiError) as caught:
        client.create_short_job()
    assert (caught.value.status_code, caught.value.error_code, caught.value.error_msg) == (
        502, "APIG.0201", "Backend unavailable.",
    )  # fmt: skip
