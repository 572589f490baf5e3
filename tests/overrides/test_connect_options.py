"""`connect()` takes one options shape in every package: a typed ConnectOptions per vendor, sharing
base_url, timeout, transport, max_retries, retry and rate_limits. The Tencent one keeps the keywords
AMS's connect() always took."""

from __future__ import annotations

import typing

import ams_client
import httpx
import metastudio_client
import moderation_client
from ams_client import TencentCredentials, connect, connect_async
from ams_client.models import TencentLanguage
from ams_client.types import UNSET
from constants import AMS_URL
from fakecloud import InProcessTransport

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
