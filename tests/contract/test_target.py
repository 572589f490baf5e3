"""Which contract modules a live CONTRACT_BASE_URL runs: the spec's servers, or any loopback URL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import fakecloud
import pytest
from fakecloud import Settings
from fakecloud.settings import DEFAULT_PROJECT_ID
from metastudio_client import ApiError, HuaweiCredentials, connect

from contract.target import (
    HUAWEI_VARIABLES,
    TENCENT_VARIABLES,
    huawei_credentials,
    serves,
    spec_document,
    tencent_credentials,
)


@pytest.mark.parametrize(
    ("url", "metastudio", "moderation"),
    [
        ("https://metastudio.cn-north-4.myhuaweicloud.com", True, False),
        ("https://moderation.ap-southeast-3.myhuaweicloud.com/", False, True),
        ("https://moderation.eu-west-101.myhuaweicloud.com", False, False),
        ("https://moderation.cn-north-4.myhuaweicloud.com.evil.example", False, False),
        ("http://127.0.0.1:8765", True, True),
        ("http://localhost:9000", True, True),
    ],
)
def test_a_live_url_selects_the_specs_that_list_it(url: str, metastudio: bool, moderation: bool) -> None:
    assert (serves(spec_document("metastudio"), url), serves(spec_document("moderation"), url)) == (
        metastudio,
        moderation,
    )


CREDENTIAL_VARIABLES = (*HUAWEI_VARIABLES, *TENCENT_VARIABLES)


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*CREDENTIAL_VARIABLES, "FAKE_AK", "FAKE_SK", "FAKE_SECRET_ID", "FAKE_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)


def test_against_the_fake_without_credentials_its_own_are_used(no_credentials: None) -> None:
    with fakecloud.serve() as served:
        huawei = huawei_credentials(HuaweiCredentials, served.url)
        tencent = tencent_credentials(served.url)
        client = connect(base_url=served.url, credentials=huawei, max_retries=0)  # signs with the SK
        with client, pytest.raises(ApiError) as caught:
            client.show_short_job("no-such-job")
        assert caught.value.error_code == "MSS.10001002"
    fake = Settings().credentials
    assert (huawei.ak, huawei.project_id, tencent.secret_id) == (fake.ak, fake.project_id, fake.secret_id)


def test_against_the_fake_the_environment_wins(no_credentials: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", "ENVAK")
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", "env-sk")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDENV")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "env-key")
    with fakecloud.serve() as served:
        huawei = huawei_credentials(HuaweiCredentials, served.url)
        tencent = tencent_credentials(served.url)
    assert (huawei.ak, huawei.project_id, tencent.secret_id) == ("ENVAK", DEFAULT_PROJECT_ID, "AKIDENV")


def test_elsewhere_missing_credentials_are_a_usage_error_naming_them(no_credentials: None) -> None:
    with pytest.raises(pytest.UsageError) as huawei:
        huawei_credentials(HuaweiCredentials, "http://127.0.0.1:9")
    assert str(huawei.value) == (
        "make contract BASE_URL=http://127.0.0.1:9: set HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, "
        "HUAWEICLOUD_SDK_PROJECT_ID (unset: HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID); "
        "a fake cloud (it answers /_fakecloud/health) needs none"
    )
    with pytest.raises(pytest.UsageError, match="set TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY"):
        tencent_credentials("http://127.0.0.1:9")


def test_make_contract_elsewhere_without_credentials_prints_one_usage_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in CREDENTIAL_VARIABLES}
    env.update(CONTRACT_BASE_URL="http://127.0.0.1:9", HOME=str(tmp_path))
    tests = Path(__file__).resolve().parents[1]
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:randomly", "-p", "no:cacheprovider",
                          str(tests / "contract")], env=env, capture_output=True, text=True, timeout=120,
                         cwd=tests.parent)  # fmt: skip
    assert run.returncode == pytest.ExitCode.USAGE_ERROR
    assert "Traceback" not in run.stdout + run.stderr
    assert run.stderr.strip().splitlines()[0].startswith("ERROR: make contract BASE_URL=http://127.0.0.1:9: set HUAW")
