"""The fake's Tencent Cloud API 3.0 endpoint, spoken to directly: HTTP 200 envelopes for everything, routing
by X-TC-Action, validation codes, the rate limit and the settings that drive it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from ams_client import AuthFailureError, Tc3Auth, TencentCredentials, connect
from constants import AMS_URL
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
    english = {"X-TC-Action": "DescribeAudioStreams", "X-TC-Language": "en-US"}
    assert error_of(http.post("/", json={}, headers=english)) == (
        "InvalidAction", "The action `DescribeAudioStreams` is not found in ams.",
    )  # fmt: skip
    assert error_of(http.post("/", json={}, headers={"X-TC-Action": "DescribeAudioStreams"})) == (
        "InvalidAction", "接口不存在。（The action `DescribeAudioStreams` is not found in ams.）",
    )  # fmt: skip


def test_the_request_id_is_a_dashed_uuid_as_on_the_pages(http: httpx.Client) -> None:
    """The pages' examples: "RequestId": "c933aca1-90d2-4ab8-b045-f1b08069d76f" (the fake wrote 32 hex digits)."""
    request_id = response_of(http.post("/", json={}, headers={"X-TC-Action": "DescribeTasks"}))["RequestId"]
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", request_id)


@pytest.mark.parametrize(
    ("language", "headers", "code", "message"),
    [
        ("zh-CN", {"Authorization": "Basic x"}, "AuthFailure.InvalidAuthorization",
         "请求头部的 Authorization 不符合腾讯云标准。（The Authorization header is missing or not a TC3-HMAC-SHA256 "
         "signature.）"),
        ("en-US", {"Authorization": "Basic x"}, "AuthFailure.InvalidAuthorization",
         "The Authorization header is missing or not a TC3-HMAC-SHA256 signature."),
        ("zh-CN", {"X-TC-Timestamp": "1"}, "AuthFailure.SignatureExpire",
         "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。"
         "（Signature expired: X-TC-Timestamp 1"),
        ("zh-CN", {"X-TC-Version": "2019-01-01"}, "NoSuchVersion", "接口版本不存在。（The API version `2019-01-01`"),
        ("zh-CN", {"X-TC-Action": ""}, "MissingParameter",
         "缺少参数错误。（The request is missing a required parameter `X-TC-Action`.）"),
        ("en-US", {"X-TC-Action": ""}, "MissingParameter",
         "The request is missing a required parameter `X-TC-Action`."),
    ],
)  # fmt: skip
def test_errors_come_in_the_language_asked_for_chinese_by_default(
    settings: Settings, transport: InProcessTransport, language: str, headers: dict[str, str], code: str, message: str
) -> None:
    """X-TC-Language was ignored: every message was English, though zh-CN is the documented default."""
    signed = Tc3Auth(TencentCredentials(settings.secret_id, settings.secret_key), service="ams", version="2020-12-29")
    asked = {} if language == "zh-CN" else {"X-TC-Language": language}
    with httpx.Client(base_url="https://ams.fake", transport=transport) as client:
        request = client.build_request("POST", "/", json={}, headers={"X-TC-Action": "DescribeTasks", **asked})
        request = next(signed.auth_flow(request))  # signed, then spoiled as the case says
        request.headers.update(headers)
        answer = client.send(request)
    assert error_of(answer)[0] == code and error_of(answer)[1].startswith(message)


@pytest.mark.parametrize(
    ("language", "limited", "internal"),
    [("zh-CN", "请求的次数超过了频率限制。", "内部错误。"),
     ("en-US", "The number of requests exceeds the frequency limit.", "An internal error occurred.")],
)  # fmt: skip
def test_injected_errors_carry_the_table_s_description_in_that_language(
    cloud: FakeCloud, http: httpx.Client, language: str, limited: str, internal: str
) -> None:
    cloud.faults.add(operation="DescribeTasks", error="RequestLimitExceeded", times=1)
    cloud.faults.add(operation="DescribeTasks", error="InternalError", times=1)
    cloud.faults.add(operation="DescribeTasks", error="InternalError", message="mine, as given", times=1)
    headers = {"X-TC-Action": "DescribeTasks", "X-TC-Language": language}
    answers = [error_of(http.post("/", json={}, headers=headers)) for _ in range(3)]
    assert answers == [
        ("RequestLimitExceeded", limited),
        ("InternalError", internal),
        ("InternalError", "mine, as given"),
    ]


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


TC_TOKEN = "fake-session-token-42"


def _describe_tasks(cloud: FakeCloud, token: str | None) -> Any:
    settings = cloud.settings
    credentials = TencentCredentials(settings.secret_id, settings.secret_key, token)
    with connect(base_url=AMS_URL, credentials=credentials, transport=cloud.transport(), max_retries=0) as client:
        return client.describe_tasks()


def test_a_configured_tc_token_is_required_on_every_request() -> None:
    cloud = FakeCloud(Settings(tc_token=TC_TOKEN))
    assert _describe_tasks(cloud, TC_TOKEN).request_id
    for token in (None, "another-token"):
        with pytest.raises(AuthFailureError) as caught:
            _describe_tasks(cloud, token)
        assert caught.value.error_code == "AuthFailure.TokenFailure"
        assert caught.value.error_msg == "token 错误。（The X-TC-Token is missing or not the token of this SecretId.）"
        assert TC_TOKEN not in str(caught.value) + repr(caught.value)
    assert cloud.describe()["tc_token"] is True


def test_without_a_configured_tc_token_the_key_is_permanent_and_any_signed_token_passes(cloud: FakeCloud) -> None:
    assert _describe_tasks(cloud, "any-session-token").request_id


def test_the_tc_token_setting_from_the_environment_stays_out_of_reprs() -> None:
    settings = Settings.from_env({"FAKE_TC_TOKEN": TC_TOKEN})
    assert settings.tc_token == settings.credentials.tc_token == TC_TOKEN
    assert TC_TOKEN not in repr(settings) + repr(settings.credentials)
    assert Settings().tc_token is None
    with pytest.raises(SettingsError, match=r"FAKE_TC_TOKEN: must be printable ASCII without spaces$"):
        Settings.from_env({"FAKE_TC_TOKEN": "two words"})
