"""`connect()` takes one options shape in every package: a typed ConnectOptions per vendor, sharing
base_url, timeout, transport, max_retries, retry and rate_limits. The Tencent one keeps the keywords
AMS's connect() always took."""

from __future__ import annotations

import typing
from typing import Any

import ams_client
import httpx
import metastudio_client
import moderation_client
import pytest
from ams_client import TencentCredentials, connect, connect_async
from ams_client.models import TencentLanguage
from ams_client.types import UNSET
from constants import AMS_URL, MODERATION_URL, PROJECT_ID
from fakecloud import FakeCloud, InProcessTransport, Settings

SHARED = {"base_url", "timeout", "transport", "max_retries", "retry", "rate_limits"}


def test_every_vendor_options_dict_extends_the_shared_keys() -> None:
    huawei = typing.get_type_hints(metastudio_client.ConnectOptions)
    assert set(huawei) == SHARED | {"region", "credentials", "token", "project_id"}
    assert set(huawei) == set(typing.get_type_hints(moderation_client.ConnectOptions))
    tencent = typing.get_type_hints(ams_client.ConnectOptions)
    assert set(tencent) == SHARED | {"credentials", "region", "language"}  # what AMS's connect() always took

    def shown(hint: object, package: str) -> str:  # each package has its own RetryPolicy class
        return repr(hint).replace(package, "<package>")

    assert all(shown(huawei[key], "metastudio_client") == shown(tencent[key], "ams_client") for key in SHARED)
    assert not metastudio_client.ConnectOptions.__required_keys__ and not ams_client.ConnectOptions.__required_keys__


def test_ams_connect_sends_what_its_options_say(
    tencent_credentials: TencentCredentials, transport: InProcessTransport
) -> None:
    sent: list[httpx.Request] = []
    options: ams_client.ConnectOptions = {
        "base_url": AMS_URL,
        "credentials": tencent_credentials,
        "region": "ap-guangzhou",
        "language": "en-US",
        "timeout": 5,
        "transport": transport,
    }
    with connect(**options) as ams:
        ams.client.get_httpx_client().event_hooks["request"].append(sent.append)
        assert ams.describe_tasks().total == "0"
        assert ams.client.get_httpx_client().timeout == httpx.Timeout(5)
    [request] = sent
    assert request.url == f"{AMS_URL}/" and request.headers["X-TC-Action"] == "DescribeTasks"
    assert request.headers["X-TC-Region"] == "ap-guangzhou" and request.headers["X-TC-Language"] == "en-US"
    assert ams.language is TencentLanguage.EN_US


async def test_ams_connect_async_takes_the_same_options(
    tencent_credentials: TencentCredentials, transport: InProcessTransport
) -> None:
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request)

    async with connect_async(base_url=AMS_URL, credentials=tencent_credentials, transport=transport,
                             language=TencentLanguage.ZH_CN, timeout=None) as ams:  # fmt: skip
        ams.client.get_async_httpx_client().event_hooks["request"].append(record)
        assert (await ams.describe_tasks()).total == "0"
        assert ams.client.get_async_httpx_client().timeout == httpx.Timeout(None)
    [request] = sent
    assert request.headers["X-TC-Language"] == "zh-CN" and "X-TC-Region" not in request.headers


def test_what_is_not_given_keeps_its_default(tencent_credentials: TencentCredentials) -> None:
    with connect(credentials=tencent_credentials) as ams:
        assert str(ams.client.get_httpx_client().base_url) == ams_client.ENDPOINT
        assert ams.client.get_httpx_client().timeout == ams_client.DEFAULT_TIMEOUT
        assert ams.language is UNSET


@pytest.mark.parametrize(
    ("options", "parameter", "message"),
    [
        ({"max_retry": 0}, "max_retry", "not a connect() option; the options are base_url, credentials"),
        ({"timout": 1}, "timout", "not a connect() option"),
        ({"rate_limits": {"DescribeTaskDetial": 5}}, "rate_limits['DescribeTaskDetial']",
         "not an operation of this API"),
        ({"rate_limits": {"*": float("inf")}}, "rate_limits['*']", "finite number of requests per second"),
        ({"rate_limits": [("*", 5)]}, "rate_limits", "expected a mapping"),
        ({"timeout": -1}, "timeout", "expected seconds (a finite number > 0)"),
        ({"timeout": float("nan")}, "timeout", "expected seconds"),
        ({"timeout": "10"}, "timeout", "expected seconds"),
        ({"max_retries": 2.0}, "max_retries", "must be a whole number >= 0, got 2.0"),
        ({"retry": 3}, "retry", "expected a RetryPolicy, got int"),
        ({"base_url": 5}, "base_url", "expected an http(s) URL as text, got int"),
        ({"base_url": "ftp://ams.test"}, "base_url", "expected an absolute http(s) URL"),
        ({"credentials": ("id", "key")}, "credentials",
         "expected TencentCredentials(secret_id, secret_key), got tuple"),
        ({"language": "fr-FR"}, "language",
         """expected "en-US" or "zh-CN" (the documented X-TC-Language values), got 'fr-FR'"""),
        ({"language": 5}, "language", "got 5"),
    ],
)  # fmt: skip
def test_options_that_cannot_work_are_refused_naming_the_option(
    tencent_credentials: TencentCredentials, options: dict[str, Any], parameter: str, message: str
) -> None:
    with pytest.raises(ams_client.InvalidArgument) as caught:
        ams_client.connect(**{"credentials": tencent_credentials, **options})
    assert caught.value.parameter == parameter and message in str(caught.value)


def test_huawei_refuses_credentials_and_token_together_and_wrong_typed_credentials() -> None:
    credentials = metastudio_client.HuaweiCredentials("AKTEST0000000000", "sk", "p")
    with pytest.raises(metastudio_client.InvalidArgument, match=r"^token: give credentials= .* or token= .*, not both"):
        metastudio_client.connect(credentials=credentials, token="iam-token")
    with pytest.raises(metastudio_client.InvalidArgument, match=r"^credentials: expected HuaweiCredentials"):
        metastudio_client.connect(credentials={"ak": "a", "sk": "b"})  # type: ignore[arg-type]
    with pytest.raises(metastudio_client.InvalidArgument, match=r"^rate_limits.*UploadShortJobData"):
        metastudio_client.connect(credentials=credentials, rate_limits={"Upload": 1})
    assert metastudio_client.connect(credentials=credentials, rate_limits={"UploadShortJobData": 1}) is not None


def test_one_package_takes_the_policy_secret_backoff_and_credentials_of_another(
    settings: Settings, transport: InProcessTransport, cloud: FakeCloud
) -> None:
    # each generated package has its own copy of these classes; a program using two packages mixes them
    policy: Any = metastudio_client.RetryPolicy(max_retries=4, initial_delay=0.01)
    sk: Any = metastudio_client.Secret(settings.sk)
    credentials: Any = metastudio_client.HuaweiCredentials(settings.ak, sk, PROJECT_ID)
    backoff: Any = metastudio_client.Backoff(0.01, 1, 0.01)
    with moderation_client.connect(base_url=MODERATION_URL, credentials=credentials, transport=transport,
                                   retry=policy) as client:  # fmt: skip
        settings_of: Any = lambda facade: facade.client.call_settings  # noqa: E731
        assert settings_of(client).retry == moderation_client.RetryPolicy(max_retries=4, initial_delay=0.01)
        created = client.create_audio_job("https://bucket.obs.example.com/a.wav")
        result = client.wait_for_audio_job(created.job_id, backoff=backoff)
        assert result.suggestion is not None
        assert settings_of(client.with_options(retry=policy, max_retries=1)).retry.max_retries == 1
    secret_key: Any = moderation_client.Secret(settings.secret_key)
    tencent = ams_client.TencentCredentials(settings.secret_id, secret_key)
    with ams_client.connect(base_url=AMS_URL, credentials=tencent, transport=transport) as ams:
        assert ams.describe_tasks().request_id


@pytest.mark.parametrize(
    ("options", "parameter", "message"),
    [
        ({"timout": 1}, "timout", "not a with_options() option; the options are max_retries, retry, timeout"),
        ({"max_retry": 0}, "max_retry", "not a with_options() option"),
        ({"base_url": "http://127.0.0.1:1"}, "base_url", "not a with_options() option"),
        ({"timeout": -1}, "timeout", "expected seconds (a finite number > 0)"),
        ({"max_retries": -1}, "max_retries", "must be a whole number >= 0, got -1"),
        ({"retry": 3}, "retry", "expected a RetryPolicy, got int"),
    ],
)  # fmt: skip
def test_with_options_checks_its_options_as_connect_does(
    tencent_credentials: TencentCredentials, options: dict[str, Any], parameter: str, message: str
) -> None:
    with connect(credentials=tencent_credentials) as ams:
        targets: list[Any] = [ams, ams.client]
        for target in targets:
            with pytest.raises(ams_client.InvalidArgument) as caught:
                target.with_options(**options)
            assert caught.value.parameter == parameter and message in str(caught.value)
        copy = ams.with_options(timeout=None, max_retries=None)
        assert copy.client.call_settings.retry == ams.client.call_settings.retry  # type: ignore[attr-defined]
