"""Credentials as the vendors' own SDKs find them: arguments → environment → the profile files
(overrides/huawei/credentials.py, tencent/credentials.py, common/profiles.py). Every test runs with an
isolated HOME and files it writes itself; the end-to-end ones sign with what they read, against the fake."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import ams_client
import metastudio_client
import pytest
from ams_client import TencentCredentials
from constants import AMS_URL, METASTUDIO_URL, PROJECT_ID
from fakecloud import InProcessTransport, Settings
from metastudio_client import CredentialsFileError, HuaweiCredentials, MissingCredentialsError

HUAWEI_VARIABLES = ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID",
                    "HUAWEICLOUD_SDK_SECURITY_TOKEN", "HUAWEICLOUD_SDK_CREDENTIALS_FILE")  # fmt: skip
TENCENT_VARIABLES = ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_TOKEN",
                     "TENCENTCLOUD_SECURITY_TOKEN")  # fmt: skip


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty HOME and no vendor variables."""
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in (*HUAWEI_VARIABLES, *TENCENT_VARIABLES):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def huawei_file(home: Path, text: str) -> Path:
    return write(home / ".huaweicloud" / "credentials", text)


def test_huawei_reads_the_basic_section_of_the_home_file(home: Path) -> None:
    huawei_file(home, "[basic]\nak = AKFROMFILE000000\nsk = sk-from-file\nproject_id = p-file\nsecurity_token = sts\n")
    credentials = HuaweiCredentials.find()
    assert (credentials.ak, credentials.sk.reveal(), credentials.project_id) == ("AKFROMFILE000000", "sk-from-file",
                                                                                "p-file")  # fmt: skip
    assert credentials.security_token is not None and credentials.security_token.reveal() == "sts"
    assert credentials.source == f"{home}/.huaweicloud/credentials [basic]"


def test_the_environment_comes_before_the_file_and_the_variable_names_another_file(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huawei_file(home, "[basic]\nak = AKFROMFILE000000\nsk = sk-from-file\nproject_id = p-file\n")
    other = write(home / "elsewhere.ini", "[basic]\nak = AKELSEWHERE00000\nsk = sk-else\nproject_id = p-else\n")
    monkeypatch.setenv("HUAWEICLOUD_SDK_CREDENTIALS_FILE", str(other))
    assert HuaweiCredentials.find().ak == "AKELSEWHERE00000"
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", "AKFROMENV0000000")
    assert HuaweiCredentials.find().ak == "AKELSEWHERE00000"  # the SDK wants both keys in the environment
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", "sk-from-env")
    assert HuaweiCredentials.find().ak == "AKFROMENV0000000"


def test_a_global_section_lends_its_keys_and_the_project_must_be_given(home: Path) -> None:
    path = huawei_file(home, "[global]\nak = AKGLOBAL00000000\nsk = sk-global\ndomain_id = d\n")
    credentials = HuaweiCredentials.find()
    assert credentials.ak == "AKGLOBAL00000000" and credentials.project_id is None
    with pytest.raises(MissingCredentialsError, match=f"no project ID: pass project_id=... or add project_id to "
                                                      f"{path} \\[global\\]"):  # fmt: skip
        metastudio_client.connect()


def test_a_file_without_project_id_is_an_error_naming_it(home: Path) -> None:
    path = huawei_file(home, "[basic]\nak = AKFROMFILE000000\nsk = sk-from-file\n")
    with pytest.raises(MissingCredentialsError, match=f"add project_id to {path} \\[basic\\]"):
        metastudio_client.connect()
    with metastudio_client.connect(project_id="p-given") as client:
        assert client.project_id == "p-given"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ak = AKX\n", ":1: a key before any \\[section\\] header"),
        ("[basic\nak = AKX\nsk = S\n", ":1: a malformed \\[section\\] header \\(no closing '\\]'\\)"),
        ("[global]\nak = AKX\n[basic\nsk = S\n", ":3: a malformed \\[section\\] header"),
        ("[basic]\nak = AKFROMFILE000000\nsk very-secret-line\n", ":3: not a 'key = value' line"),
        ("[basic]\nak = A\nak = B\n", ":3: key 'ak' given twice in \\[basic\\]"),
        ("[basic]\n[basic]\n", ":2: section \\[basic\\] given twice"),
        ("[basic]\nak = AKFROMFILE000000\n", " \\[basic\\]: needs both ak and sk"),
        ("[basic]\nidp_id = x\nid_token_file = /t\n", " \\[basic\\]: federated credentials .* need the network"),
        ("[default]\nsecret_id = x\n", ": no \\[basic\\] section"),
    ],
)
def test_a_malformed_file_is_an_error_naming_file_and_line_never_a_value(home: Path, text: str, message: str) -> None:
    path = huawei_file(home, text)
    with pytest.raises(MissingCredentialsError, match=f"^{path}{message}") as caught:
        HuaweiCredentials.find()
    assert "very-secret" not in str(caught.value)


def test_a_file_that_is_not_utf8_names_the_line(home: Path) -> None:
    path = home / ".huaweicloud" / "credentials"
    path.parent.mkdir()
    path.write_bytes(b"[basic]\nak = AK\nsk = \xff\xfe\n")
    with pytest.raises(MissingCredentialsError, match=f"^{path}:3: not UTF-8 text$"):
        HuaweiCredentials.find()


def test_nothing_anywhere_names_every_place_looked_at(home: Path) -> None:
    with pytest.raises(MissingCredentialsError) as caught:
        metastudio_client.connect()
    message = str(caught.value)
    assert "HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK" in message
    assert f"no credentials file at {home}/.huaweicloud/credentials" in message


def test_file_credentials_sign_requests_the_fake_accepts(
    home: Path, transport: InProcessTransport, settings: Settings
) -> None:
    huawei_file(home, f"[basic]\nak = {settings.ak}\nsk = {settings.sk}\nproject_id = {PROJECT_ID}\n")
    with metastudio_client.connect(base_url=METASTUDIO_URL, transport=transport) as client:
        created = client.create_short_job()
        assert client.show_short_job(created.job_id).job_id == created.job_id


def test_tencent_reads_the_home_profile_then_the_system_one(home: Path) -> None:
    system = write(home / "etc" / "credentials", "[default]\nsecret_id = AKIDSYSTEM\nsecret_key = system-key\n")
    user = home / ".tencentcloud" / "credentials"
    profiles = [user, system]
    assert TencentCredentials.find(profiles=profiles).secret_id == "AKIDSYSTEM"
    write(user, "[default]\nsecret_id =  AKIDUSER  \nsecret_key = user-key\n")
    found = TencentCredentials.find(profiles=profiles)
    assert (found.secret_id, found.secret_key.reveal()) == ("AKIDUSER", "user-key")  # values stripped, as the SDK
    assert TencentCredentials.find(environ={"TENCENTCLOUD_SECRET_ID": "AKIDENV", "TENCENTCLOUD_SECRET_KEY": "k"},
                                   profiles=profiles).secret_id == "AKIDENV"  # fmt: skip


def test_tencent_default_places_follow_the_sdk(home: Path) -> None:
    paths = ams_client._overrides.tencent.credentials.profile_paths({"HOME": str(home)})
    assert paths == [home / ".tencentcloud" / "credentials", Path("/etc/tencentcloud/credentials")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[default]\nsecret_id = AKID\n", ": \\[default\\] needs secret_id and secret_key$"),
        ("[default]\nrole_arn = qcs::cam\n", ": \\[default\\] needs secret_id and secret_key \\(role_arn needs the"),
        ("[other]\nsecret_id = AKID\nsecret_key = k\n", ": \\[default\\] needs secret_id and secret_key"),
        ("secret_id = AKID\n", ":1: a key before any"),
    ],
)
def test_a_tencent_profile_that_cannot_be_used_is_named(home: Path, text: str, message: str) -> None:
    path = write(home / ".tencentcloud" / "credentials", text)
    with pytest.raises(ams_client.MissingCredentialsError, match=f"^{path}{message}"):
        TencentCredentials.find()


def test_tencent_profile_credentials_sign_requests_the_fake_accepts(
    home: Path, transport: InProcessTransport, settings: Settings
) -> None:
    write(home / ".tencentcloud" / "credentials",
          f"[default]\nsecret_id = {settings.secret_id}\nsecret_key = {settings.secret_key}\n")  # fmt: skip
    with ams_client.connect(base_url=AMS_URL, transport=transport) as ams:
        assert ams.describe_tasks().request_id


def test_a_file_with_a_utf8_bom_reads_like_one_without(home: Path) -> None:
    path = huawei_file(home, "[basic]\nak = AKFILE0000000000\nsk = sk-from-file\nproject_id = p1\n")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # as Windows Notepad saves UTF-8
    credentials = HuaweiCredentials.find()
    assert (credentials.ak, credentials.sk.reveal(), credentials.project_id) == (
        "AKFILE0000000000",
        "sk-from-file",
        "p1",
    )


@pytest.mark.parametrize(
    ("make", "problem"), [(lambda p: p.mkdir(), "a directory, not a file"), (lambda p: None, "no such file")]
)
def test_a_credentials_file_named_by_the_variable_must_be_a_file(
    home: Path, monkeypatch: pytest.MonkeyPatch, make: Any, problem: str
) -> None:
    named = home / "creds"
    make(named)
    monkeypatch.setenv("HUAWEICLOUD_SDK_CREDENTIALS_FILE", str(named))
    with pytest.raises(CredentialsFileError, match=f"^{re.escape(str(named))}: {problem}$"):
        HuaweiCredentials.find()


def test_project_id_falls_back_to_the_variable_as_documented(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "p-from-env")
    client = metastudio_client.connect(credentials=HuaweiCredentials("AKTEST0000000000", "sk"))
    assert client.project_id == "p-from-env"
    assert metastudio_client.connect(credentials=HuaweiCredentials("AKTEST0000000000", "sk", "p1")).project_id == "p1"
    assert metastudio_client.connect(token="iam-token").project_id == "p-from-env"
