"""The fake cloud's HTTP behaviour: gateway checks, validation errors, routing, request ids.

Raw httpx requests through the in-process transport, so the fake is tested without our client.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from constants import PROJECT_ID
from fakecloud import FakeCloud, Settings
from fakecloud.progression import Progression
from metastudio_client import AkSkAuth, HuaweiCredentials

BASE = f"http://fake/v1/{PROJECT_ID}/voice-training-manage/user"


@pytest.fixture
def http(cloud: FakeCloud, credentials: HuaweiCredentials) -> Iterator[httpx.Client]:
    with httpx.Client(transport=cloud.transport(), auth=AkSkAuth(credentials)) as client:
        yield client


def error(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["error_code"]


def test_every_response_has_a_request_id(http: httpx.Client) -> None:
    ok = http.post(f"{BASE}/short-jobs", json={"job_type": "VOICE_ASSESS"})
    missing = http.get(f"{BASE}/short-jobs/nope")
    assert ok.status_code == 200 and len(ok.headers["X-Request-Id"]) == 32
    assert missing.headers["X-Request-Id"] != ok.headers["X-Request-Id"]


@pytest.mark.parametrize(
    ("body", "code", "text"),
    [
        (b'{"job_type": ', "MSS.10000002", "Request JSON exception"),
        (b"\xff\xfe\xfa", "MSS.10000002", "Request JSON exception"),
        (b'{"job_type": "VOICE_CLONE"}', "MSS.10000003", "'VOICE_CLONE' is not one of ['VOICE_ASSESS']"),
        (b'{"language": "CN"}', "MSS.10000003", "'job_type' is a required property"),
        (b'{"job_type": "VOICE_ASSESS", "language": "FR"}', "MSS.10000003", "body › language"),
    ],
)
def test_invalid_input_gets_a_vendor_400(http: httpx.Client, body: bytes, code: str, text: str) -> None:
    response = http.post(f"{BASE}/short-jobs", content=body, headers={"Content-Type": "application/json"})
    assert error(response) == (400, code)
    assert text in response.json()["error_msg"]


def test_utf8_headers_are_signed_and_validated_as_text(http: httpx.Client) -> None:
    """X-App-UserId "does not allow Chinese characters": sent as UTF-8 (as Huawei's SDKs do), refused by
    validation after the signature over the UTF-8 text checked out."""
    response = http.get(f"{BASE}/short-jobs/j", headers={b"X-App-UserId": "用户".encode()})
    assert error(response) == (400, "MSS.10000003") and "X-App-UserId" in response.json()["error_msg"]
    accepted = http.get(f"{BASE}/short-jobs/j", headers={"X-App-UserId": "user-1"})
    assert error(accepted) == (400, "MSS.10001002")


def test_unknown_path_and_method(http: httpx.Client) -> None:
    assert error(http.get("http://fake/v1/p/nothing-here")) == (404, "APIG.0101")
    response = http.delete(f"{BASE}/short-jobs/j")
    assert error(response) == (405, "APIG.0101") and response.headers["Allow"] == "GET, POST"


def test_project_header_must_match_the_path(cloud: FakeCloud, settings: Settings) -> None:
    other = HuaweiCredentials(settings.ak, settings.sk, "another-project")
    with httpx.Client(transport=cloud.transport(), auth=AkSkAuth(other)) as client:
        response = client.post(f"{BASE}/short-jobs", json={"job_type": "VOICE_ASSESS"})
    assert error(response) == (400, "MSS.00010009")


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "no Authorization or X-Auth-Token header"),
        ({"Authorization": "Bearer abc"}, "not SDK-HMAC-SHA256"),
        ({"X-Auth-Token": "wrong"}, "verify token fail"),
    ],
)
def test_unauthenticated_requests_get_401(cloud: FakeCloud, headers: dict[str, str], message: str) -> None:
    with httpx.Client(transport=cloud.transport()) as client:
        response = client.get(f"{BASE}/short-jobs/j", headers=headers)
    assert error(response) == (401, "APIG.0301")
    assert message in response.json()["error_msg"] and response.json()["request_id"]


def test_unknown_access_key_and_tampered_body(cloud: FakeCloud, settings: Settings) -> None:
    stranger = HuaweiCredentials("AKUNKNOWN0000000", settings.sk, PROJECT_ID)
    with httpx.Client(transport=cloud.transport(), auth=AkSkAuth(stranger)) as client:
        response = client.post(f"{BASE}/short-jobs", json={"job_type": "VOICE_ASSESS"})
    assert "access key does not exist" in response.json()["error_msg"]

    request = httpx.Request("POST", f"{BASE}/short-jobs", json={"job_type": "VOICE_ASSESS"})
    AkSkAuth(HuaweiCredentials(settings.ak, settings.sk, PROJECT_ID)).sign(request)
    forged = httpx.Request("POST", request.url, headers=request.headers, content=b'{"job_type":"VOICE_ASSESS" }')
    with httpx.Client(transport=cloud.transport()) as client:
        response = client.send(forged)
    assert "verify aksk signature fail" in response.json()["error_msg"]


def test_auth_can_be_switched_off() -> None:
    cloud = FakeCloud(Settings(auth=False, progression=Progression("immediate")))
    with httpx.Client(transport=cloud.transport()) as client:
        response = client.post(f"{BASE}/short-jobs", json={"job_type": "VOICE_ASSESS"})
    assert response.status_code == 200


def test_jobs_are_scoped_by_project(cloud: FakeCloud, http: httpx.Client, settings: Settings) -> None:
    job_id = http.post(f"{BASE}/short-jobs", json={"job_type": "VOICE_ASSESS"}).json()["job_id"]
    other = HuaweiCredentials(settings.ak, settings.sk, "p2")
    with httpx.Client(transport=cloud.transport(), auth=AkSkAuth(other)) as client:
        response = client.get(f"http://fake/v1/p2/voice-training-manage/user/short-jobs/{job_id}")
    assert error(response) == (400, "MSS.10001002")
    assert http.get(f"{BASE}/short-jobs/{job_id}").json()["state"] == "CREATING"


def test_upload_url_rules(http: httpx.Client) -> None:
    created = http.post(f"{BASE}/short-jobs", json={"job_type": "VOICE_ASSESS"}).json()
    url = created["data_uploading_url"]
    wrong_type = http.put(url, content=b"PK", headers={"Content-Type": "application/octet-stream"})
    assert wrong_type.status_code == 403 and b"SignatureDoesNotMatch" in wrong_type.content
    forged = http.put(url.split("?")[0] + "?token=x", content=b"PK", headers={"Content-Type": "application/zip"})
    assert forged.status_code == 403 and b"AccessDenied" in forged.content
    assert http.put(url, content=b"PK", headers={"Content-Type": "application/zip"}).status_code == 200
    assert http.get(url).status_code == 405


@pytest.mark.parametrize("job_id", ["%0A", "%0D", "%0D%0A", "%09", "a%0Ab"])
def test_line_breaks_and_tabs_in_a_path_parameter_are_its_value(http: httpx.Client, job_id: str) -> None:
    """A job id that is only a line break is a schema-valid string (minLength 1): the job is not found, the
    request is not invalid (urllib deletes tab, CR and LF from URLs: a validator reading the path through it
    would see an empty value)."""
    response = http.get(f"{BASE}/short-jobs/{job_id}")
    assert error(response) == (400, "MSS.10001002")


def test_a_transport_never_closed_does_not_keep_python_alive() -> None:
    """Sync requests run on an event loop in a helper thread: a daemon one, so a script that forgets to close
    its client still exits (anyio's own portal thread would keep the interpreter waiting forever)."""
    script = (
        "import httpx, fakecloud\n"
        "client = httpx.Client(transport=fakecloud.FakeCloud(fakecloud.Settings()).transport())\n"
        "print(client.get('http://fake/_fakecloud/health').status_code)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout) == (0, "200\n"), result.stderr[-2000:]


SECURITY_TOKEN = "fake-security-token-7"


def _show_job(cloud: FakeCloud, security_token: str | None) -> httpx.Response:
    settings = cloud.settings
    credentials = HuaweiCredentials(settings.ak, settings.sk, PROJECT_ID, security_token)
    auth = AkSkAuth(credentials)
    with httpx.Client(transport=cloud.transport(), base_url="https://metastudio.fake", auth=auth) as client:
        return client.get(f"/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs/nope")


def test_a_configured_security_token_is_required_with_ak_sk() -> None:
    cloud = FakeCloud(Settings(security_token=SECURITY_TOKEN))
    assert error(_show_job(cloud, SECURITY_TOKEN)) == (400, "MSS.10001002")  # signed, token right: the job is unknown
    for token in (None, "another-token"):
        refused = _show_job(cloud, token)
        assert refused.json()["error_code"] == "APIG.0301" and refused.status_code == 401
        assert refused.json()["error_msg"] == "Incorrect IAM authentication information: verify security token fail"
    assert cloud.describe()["security_token"] is True


def test_without_a_configured_security_token_ak_sk_are_permanent(cloud: FakeCloud) -> None:
    assert error(_show_job(cloud, "any-security-token")) == (400, "MSS.10001002")
