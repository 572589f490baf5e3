"""Credentials from arguments or HUAWEICLOUD_SDK_* variables; secrets never shown."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from metastudio_client import HuaweiCredentials, MissingCredentialsError, Secret, connect

ENV = {
    "HUAWEICLOUD_SDK_AK": "AKFROMENV0000000",
    "HUAWEICLOUD_SDK_SK": "sk-from-env",
    "HUAWEICLOUD_SDK_PROJECT_ID": "p1",
}


def test_read_from_the_environment_names_huawei_tools_use() -> None:
    credentials = HuaweiCredentials.from_env({**ENV, "HUAWEICLOUD_SDK_SECURITY_TOKEN": "sts"})
    assert credentials.ak == "AKFROMENV0000000"
    assert credentials.sk.reveal() == "sk-from-env"
    assert credentials.project_id == "p1"
    assert credentials.security_token is not None and credentials.security_token.reveal() == "sts"


@pytest.mark.parametrize("missing", ["HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK"])
def test_missing_variables_are_named(missing: str) -> None:
    environ = {k: v for k, v in ENV.items() if k != missing}
    with pytest.raises(MissingCredentialsError) as caught:
        HuaweiCredentials.from_env(environ)
    message = str(caught.value)
    assert "HUAWEICLOUD_SDK_AK" in message and "HUAWEICLOUD_SDK_SK" in message
    assert f"unset: {missing}" in message
    assert "sk-from-env" not in message


def test_connect_without_credentials_or_project_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no credentials file either
    for name in (*ENV, "HUAWEICLOUD_SDK_SECURITY_TOKEN", "HUAWEICLOUD_SDK_CREDENTIALS_FILE"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(MissingCredentialsError, match="HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK"):
        connect()
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", "AKFROMENV0000000")
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", "sk-from-env")
    with pytest.raises(MissingCredentialsError, match="HUAWEICLOUD_SDK_PROJECT_ID"):
        connect()
    with pytest.raises(MissingCredentialsError, match="HUAWEICLOUD_SDK_PROJECT_ID"):
        connect(token="iam-token")
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "p1")
    with connect() as client:
        assert client.project_id == "p1"


def test_secrets_never_show() -> None:
    credentials = HuaweiCredentials("AKVISIBLE0000000", "very-secret-sk", "p", "very-secret-token")
    for text in (repr(credentials), str(credentials), f"{credentials}", repr(credentials.sk), str(credentials.sk)):
        assert "very-secret" not in text
    assert repr(credentials) == (
        "HuaweiCredentials(ak='AKVI***0000', sk=Secret('********'), project_id='p', security_token=Secret('********'))"
    )
    with pytest.raises(TypeError):
        pickle.dumps(credentials)
    with pytest.raises(TypeError):
        pickle.dumps(credentials.sk)


def test_secret_compares_without_revealing() -> None:
    assert Secret("a") == Secret("a") and Secret("a") != Secret("b")
    with pytest.raises(ValueError, match="non-empty"):
        Secret("")
