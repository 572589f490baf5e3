"""The fake's Tencent Cloud API 3.0 endpoint, spoken to directly: HTTP 200 envelopes for everything, routing
by X-TC-Action, validation codes, the rate limit and the settings that drive it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from ams_client import Tc3Auth, TencentCredentials
from fakecloud import FakeCloud, InProcessTransport, Settings
from fakecloud.progression import Progression
from fakecloud.settings import SettingsError
from fakecloud.tencent.service import RateLimit


@pytest.fixture
def http(settings: Settings, transport: InProcessTransport) -> Iterator[httpx.Client]:
    auth = Tc3Auth(TencentCredentials(settings.secret_id, settings.secret_key), service="ams", version="2020-12-29")
    with httpx.Client(base_url="https://ams.fake", transport=transport, auth=auth) as client:
        yield client


def response_of(answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    body: dict[str, Any] = answer.json()["Response"]
    assert body["RequestId"] == answer.headers["x-request-id"]
    return body


def error_of(answer: httpx.Response) -> tuple[str, str]:
    error = response_of(answer)["Error"]
    return error["Code"], error["Message"]


def test_unknown_action_is_an_invalid_action_envelope(http: httpx.Client) -> None:
    assert error_of(http.post("/", json={}, headers={"X-TC-Action": "DescribeAudioStreams"})) == (
        "InvalidAction", "The action `DescribeAudioStreams` is not found in ams.",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("request_args", "code", "message"),
    [
        ({"json": {}}, "MissingParameter", "`X-TC-Action`"),
        ({"json": {}, "headers": {"X-TC-Action": "DescribeTasks", "X-TC-Version": "2019-01-01"}}, "NoSuchVersion",
         "2019-01-01"),
        ({"content": b"{not json", "headers": {"X-TC-Action": "DescribeTasks"}}, "InvalidParameter", "not valid JSON"),
        ({"json": {}, "headers": {"X-TC-Action": "DescribeTaskDetail"}}, "MissingParameter", "`TaskId`"),
        ({"json": {"TaskId": 7}, "headers": {"X-TC-Action": "DescribeTaskDetail"}}, "InvalidParameter", "`TaskId`"),
        ({"json": {"Limit": 0, "Filter": {"Type": "PODCAST"}}, "headers": {"X-TC-Action": "DescribeTasks"}},
         "InvalidParameterValue", "`Limit`: 0 is less than the minimum of 1; `Filter.Type`: 'PODCAST' is not one"),
        ({"json": {"Tasks": [{"Input": {"Url": "u"}}] * 11}, "headers": {"X-TC-Action": "CreateAudioModerationTask"}},
         "InvalidParameterValue", "`Tasks`"),
        ({"json": {"Tasks": [{"DataId": "a b", "Input": {}}]}, "headers": {"X-TC-Action": "CreateAudioModerationTask"}},
         "InvalidParameterValue", "`Tasks.0.DataId`"),
        ({"json": [], "headers": {"X-TC-Action": "DescribeTasks"}}, "InvalidParameter", "is not of type 'object'"),
        ({"json": {}, "headers": {"X-TC-Action": "DescribeTasks", "X-TC-Language": "fr-FR"}}, "InvalidParameterValue",
         "`X-TC-Language`"),
    ],
)  # fmt: skip
def test_malformed_requests_get_validation_envelopes(
    http: httpx.Client, request_args: dict[str, Any], code: str, message: str
) -> None:
    answer_code, answer_message = error_of(http.post("/", **request_args))
    assert answer_code == code and message in answer_message


def test_an_empty_body_reads_as_no_parameters(http: httpx.Client) -> None:
    body = response_of(http.post("/", content=b"", headers={"X-TC-Action": "DescribeTasks",
                                                            "Content-Type": "application/json"}))  # fmt: skip
    assert body == {"Total": "0", "Data": [], "PageToken": "", "RequestId": body["RequestId"]}


def test_methods_other_than_post_are_unsupported(http: httpx.Client) -> None:
    assert error_of(http.get("/", headers={"X-TC-Action": "DescribeTasks"}))[0] == "UnsupportedProtocol"


def test_unsigned_requests_are_refused_unless_auth_is_off(transport: InProcessTransport) -> None:
    headers = {"X-TC-Action": "DescribeTasks", "X-TC-Version": "2020-12-29"}
    answer = httpx.Client(transport=transport).post("https://ams.fake/", json={}, headers=headers)
    assert error_of(answer)[0] == "AuthFailure.InvalidAuthorization"
    with FakeCloud(Settings(auth=False)).transport() as open_transport:
        body = response_of(httpx.Client(transport=open_transport).post("https://ams.fake/", json={}, headers=headers))
    assert body["Total"] == "0"


def test_the_product_is_told_by_the_credential_scope_on_another_host(http: httpx.Client) -> None:
    assert "Total" in response_of(http.post("https://127.0.0.1:8765/DescribeTasks", json={}))


def test_rate_limit_answers_request_limit_exceeded(settings: Settings) -> None:
    cloud = FakeCloud(Settings(rate_limit=2, progression=Progression("immediate")))
    auth = Tc3Auth(TencentCredentials(settings.secret_id, settings.secret_key), service="ams", version="2020-12-29")
    with cloud.transport() as transport, httpx.Client(transport=transport, auth=auth) as http:
        answers = [http.post("https://ams.fake/DescribeTasks", json={}) for _ in range(3)]
        other_action = http.post("https://ams.fake/DescribeTaskDetail", json={"TaskId": "t"})
    assert ["Error" in response_of(a) for a in answers] == [False, False, True]
    assert error_of(answers[2])[0] == "RequestLimitExceeded"
    assert error_of(other_action)[0] == "ResourceNotFound"  # counted per action


def test_rate_limit_window_slides() -> None:
    now = [0.0]
    limit = RateLimit(2, clock=lambda: now[0])
    assert [limit.allow("a"), limit.allow("a"), limit.allow("a")] == [True, True, False]
    now[0] = 0.99
    assert not limit.allow("a")
    now[0] = 1.0
    assert limit.allow("a") and limit.allow("b")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, (None, "AKIDFAKE0000000000000000000000000000", "fake-secret-key-not-a-secret")),
        ({"FAKE_RATE_LIMIT": "on"}, (20, "AKIDFAKE0000000000000000000000000000", "fake-secret-key-not-a-secret")),
        ({"FAKE_RATE_LIMIT": "5", "FAKE_SECRET_ID": "AKIDX", "FAKE_SECRET_KEY": "my-key"}, (5, "AKIDX", "my-key")),
    ],
)
def test_settings_from_the_environment(environ: dict[str, str], expected: tuple[object, ...]) -> None:
    settings = Settings.from_env(environ)
    assert (settings.rate_limit, settings.secret_id, settings.secret_key) == expected
    assert settings.secret_key not in repr(settings)


def test_bad_rate_limit_setting_is_refused() -> None:
    with pytest.raises(SettingsError, match="FAKE_RATE_LIMIT"):
        Settings.from_env({"FAKE_RATE_LIMIT": "fast"})
