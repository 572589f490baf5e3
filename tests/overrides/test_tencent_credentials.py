"""Tencent credentials from arguments or the TENCENTCLOUD_* variables; secrets never shown."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from ams_client import MissingCredentialsError, TencentCredentials, connect
from ams_client._overrides.tencent.credentials import region_from_env

ENV = {"TENCENTCLOUD_SECRET_ID": "AKIDFROMENV000000000000000000000000000", "TENCENTCLOUD_SECRET_KEY": "key-from-env"}


def test_read_from_the_variables_tencents_tools_use() -> None:
    credentials = TencentCredentials.from_env(ENV)
    assert credentials.secret_id == ENV["TENCENTCLOUD_SECRET_ID"]
    assert credentials.secret_key.reveal() == "key-from-env" and credentials.token is None


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ({"TENCENTCLOUD_TOKEN": "tccli-token"}, "tccli-token"),
        ({"TENCENTCLOUD_SECURITY_TOKEN": "terraform-token"}, "terraform-token"),
        ({"TENCENTCLOUD_TOKEN": "tccli-token", "TENCENTCLOUD_SECURITY_TOKEN": "terraform-token"}, "tccli-token"),
    ],
)
def test_session_token_of_temporary_credentials(tokens: dict[str, str], expected: str) -> None:
    credentials = TencentCredentials.from_env({**ENV, **tokens})
    assert credentials.token is not None and credentials.token.reveal() == expected


@pytest.mark.parametrize("missing", ["TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"])
def test_missing_variables_are_named(missing: str) -> None:
    with pytest.raises(MissingCredentialsError) as caught:
        TencentCredentials.from_env({k: v for k, v in ENV.items() if k != missing})
    message = str(caught.value)
    assert "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY" in message and f"unset: {missing}" in message
    assert "key-from-env" not in message


def test_region_is_optional() -> None:
    assert region_from_env({}) is None
    assert region_from_env({"TENCENTCLOUD_REGION": "ap-shanghai"}) == "ap-shanghai"


def test_connect_without_credentials_says_what_to_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no profile file either
    for name in (*ENV, "TENCENTCLOUD_TOKEN", "TENCENTCLOUD_SECURITY_TOKEN", "TENCENTCLOUD_REGION"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(MissingCredentialsError, match="TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY"):
        connect()
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("TENCENTCLOUD_REGION", "ap-shanghai")
    with connect() as ams:
        auth = ams.client._httpx_args["auth"]
        assert auth.credentials.secret_id == ENV["TENCENTCLOUD_SECRET_ID"] and auth.region == "ap-shanghai"
        assert auth.host == "ams.tencentcloudapi.com" and auth.version == "2020-12-29" and auth.service == "ams"


def test_secrets_never_show() -> None:
    credentials = TencentCredentials("AKIDVISIBLE00000000000000000000000000", "very-secret-key", "very-secret-token")
    for text in (repr(credentials), str(credentials), repr(credentials.secret_key), str(credentials.token)):
        assert "very-secret" not in text
    assert repr(credentials) == (
        "TencentCredentials(secret_id='AKID***0000', secret_key=Secret('********'), token=Secret('********'))"
    )
    with pytest.raises(TypeError):
        pickle.dumps(credentials)


@pytest.mark.parametrize("secret_id", ["", " AKID"])
def test_a_blank_or_padded_secret_id_is_refused(secret_id: str) -> None:
    with pytest.raises(ValueError, match="SecretId"):
        TencentCredentials(secret_id, "key")
