"""TC3-HMAC-SHA256 signing and the pseudo-path rewrite (overrides/tencent/signing.py): both published
worked examples, unicode bodies, the UTC date of the credential scope, and agreement with the fake's
independently written check (fakecloud/src/fakecloud/tencent/gateway.py)."""

from __future__ import annotations

import hashlib
import json

import httpx
import pytest
from ams_client import Tc3Auth, TencentCredentials
from ams_client._overrides.tencent.signing import (
    authorization_header,
    canonical_request,
    rewrite_pseudo_path,
    signature,
    signing_key,
)
from fakecloud.tencent.gateway import GatewayError, SignedRequest, authenticate
from hypothesis import given, settings
from hypothesis import strategies as st

# The request of the "Signature v3" page (docs/tencent-signature-v3-tc3-hmac-sha256.txt).
PUBLISHED_BODY = b'{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}'
PUBLISHED_TIMESTAMP = 1551113065
PUBLISHED_HEADERS = {
    "Content-Type": "application/json; charset=utf-8",
    "X-TC-Action": "DescribeInstances",
    "X-TC-Timestamp": str(PUBLISHED_TIMESTAMP),
    "X-TC-Version": "2017-03-12",
    "X-TC-Region": "ap-guangzhou",
}
CURRENT = TencentCredentials("AKID" + "*" * 32, "*" * 32)
OLDER = TencentCredentials("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
SECRET_ID, SECRET_KEY = "AKIDTESTS00000000000000000000000000000", "secret-key-for-tests"
NOW = 1795305600  # 2026-11-22T00:00:00Z


def published_request() -> httpx.Request:
    return httpx.Request("POST", "https://cvm.tencentcloudapi.com/", content=PUBLISHED_BODY, headers=PUBLISHED_HEADERS)


def cvm_auth(credentials: TencentCredentials, *signed: str) -> Tc3Auth:
    extra = {"signed_headers": signed} if signed else {}
    return Tc3Auth(credentials, service="cvm", version="2017-03-12", **extra)  # type: ignore[arg-type]


def as_gateway_sees(request: httpx.Request) -> SignedRequest:
    path, _, query = request.url.raw_path.decode("ascii").partition("?")
    return SignedRequest(request.method, path, query, {k: v for k, v in request.headers.items()}, request.content)


def ams_auth(key: str = SECRET_KEY, now: float = NOW, **kwargs: object) -> Tc3Auth:
    return Tc3Auth(TencentCredentials(SECRET_ID, key), service="ams", version="2020-12-29", clock=lambda: now,
                   **kwargs)  # type: ignore[arg-type]  # fmt: skip


def signed(request: httpx.Request, auth: Tc3Auth | None = None) -> httpx.Request:
    next((auth or ams_auth()).auth_flow(request))
    return request


def verify(request: httpx.Request, now: float = NOW, key: str = SECRET_KEY) -> None:
    authenticate(as_gateway_sees(request), secret_id=SECRET_ID, secret_key=key, service="ams", now=now)


def test_current_published_example_reproduces_every_value() -> None:
    assert (
        hashlib.sha256(PUBLISHED_BODY).hexdigest() == "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
    )
    request = published_request()
    headers = {k: v for k, v in request.headers.items()}
    canonical = canonical_request("POST", "/", "", headers, ["content-type", "host", "x-tc-action"],
                                  hashlib.sha256(PUBLISHED_BODY).hexdigest())  # fmt: skip
    assert canonical == (
        "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n"
        "x-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n"
        "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
    )
    assert (
        hashlib.sha256(canonical.encode()).hexdigest()
        == "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"
    )
    assert signing_key(CURRENT.secret_key, "2019-02-25", "cvm").hex() == (
        "b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"
    )
    cvm_auth(CURRENT).sign(request)
    assert request.headers["Authorization"] == (
        "TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/cvm/tc3_request, "
        "SignedHeaders=content-type;host;x-tc-action, "
        "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"
    )


def test_older_published_example_reproduces_its_signature() -> None:
    request = published_request()
    cvm_auth(OLDER, "content-type", "host").sign(request)
    assert request.headers["Authorization"] == (
        "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
        "SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
    )


@pytest.mark.parametrize(("credentials", "signed_headers"), [(CURRENT, ()), (OLDER, ("content-type", "host"))])
def test_the_fakes_own_check_accepts_both_published_requests(
    credentials: TencentCredentials, signed_headers: tuple[str, ...]
) -> None:
    request = published_request()
    cvm_auth(credentials, *signed_headers).sign(request)
    authenticate(as_gateway_sees(request), secret_id=credentials.secret_id,
                 secret_key=credentials.secret_key.reveal(), service="cvm", now=PUBLISHED_TIMESTAMP)  # fmt: skip


def test_pseudo_path_becomes_post_slash_with_the_common_headers() -> None:
    request = signed(httpx.Request("POST", "https://ams.fake/DescribeTaskDetail", json={"TaskId": "t"}))
    assert request.url.raw_path == b"/"
    assert request.headers["X-TC-Action"] == "DescribeTaskDetail"
    assert request.headers["X-TC-Version"] == "2020-12-29"
    assert request.headers["X-TC-Timestamp"] == str(NOW)
    assert "X-TC-Region" not in request.headers and "X-TC-Token" not in request.headers
    assert request.headers["Authorization"].startswith(
        f"TC3-HMAC-SHA256 Credential={SECRET_ID}/2026-11-22/ams/tc3_request, "
        "SignedHeaders=content-type;host;x-tc-action,"
    )
    verify(request)


@pytest.mark.parametrize(
    ("url", "headers", "path", "action"),
    [
        ("https://proxy.fake/ams/v3/CancelTask", {}, b"/ams/v3/", "CancelTask"),
        ("https://ams.fake/DescribeTasks?x=1", {}, b"/?x=1", "DescribeTasks"),
        ("https://ams.fake/", {"X-TC-Action": "DescribeTasks"}, b"/", "DescribeTasks"),
        ("https://ams.fake/DescribeTasks", {"X-TC-Action": "CancelTask"}, b"/DescribeTasks", "CancelTask"),
        ("https://ams.fake/lower-case", {}, b"/lower-case", None),
    ],
)
def test_rewrite_only_touches_a_trailing_action_name(
    url: str, headers: dict[str, str], path: bytes, action: str | None
) -> None:
    request = httpx.Request("POST", url, headers=headers, content=b"{}")
    rewrite_pseudo_path(request)
    assert request.url.raw_path == path
    assert request.headers.get("X-TC-Action") == action


@pytest.mark.parametrize("ensure_ascii", [False, True])
def test_unicode_bodies_are_signed_byte_for_byte(ensure_ascii: bool) -> None:
    body = json.dumps({"Tasks": [{"Name": "测试音频 ✓", "Input": {"Url": "https://m.fake/音频.mp3"}}]},
                      ensure_ascii=ensure_ascii).encode()  # fmt: skip
    request = signed(httpx.Request("POST", "https://ams.fake/CreateAudioModerationTask", content=body,
                                   headers={"Content-Type": "application/json"}))  # fmt: skip
    assert request.content == body and (b"\\u" in body) is ensure_ascii
    verify(request)
    tampered = as_gateway_sees(request)
    with pytest.raises(GatewayError) as caught:
        authenticate(SignedRequest(**{**tampered.__dict__, "body": body.replace(b"mp3", b"wav")}),
                     secret_id=SECRET_ID, secret_key=SECRET_KEY, service="ams", now=NOW)  # fmt: skip
    assert caught.value.code == "AuthFailure.SignatureFailure"


@pytest.mark.parametrize(
    ("timestamp", "date"),
    [
        (1551139199, "2019-02-25"),  # 23:59:59 UTC
        (1551139200, "2019-02-26"),  # 00:00:00 UTC
        (1551113065, "2019-02-25"),  # 2019-02-26 00:44:25 in Beijing (UTC+8): the UTC date counts
    ],
)
def test_the_credential_date_is_the_utc_date_of_the_timestamp(timestamp: int, date: str) -> None:
    request = signed(httpx.Request("POST", "https://ams.fake/DescribeTasks", content=b"{}"), ams_auth(now=timestamp))
    assert f"/{date}/ams/tc3_request," in request.headers["Authorization"]
    verify(request, now=timestamp)


def test_a_credential_date_other_than_the_timestamps_is_refused() -> None:
    request = signed(httpx.Request("POST", "https://ams.fake/DescribeTasks", content=b"{}"), ams_auth(now=1551139200))
    request.headers["Authorization"] = request.headers["Authorization"].replace("2019-02-26", "2019-02-25")
    with pytest.raises(GatewayError, match="UTC date") as caught:
        verify(request, now=1551139200)
    assert caught.value.code == "AuthFailure.SignatureFailure"


@pytest.mark.parametrize(
    ("key", "secret_id", "skew", "code"),
    [
        ("another-key", SECRET_ID, 0, "AuthFailure.SignatureFailure"),
        (SECRET_KEY, "AKIDUNKNOWN000000000000000000000000000", 0, "AuthFailure.SecretIdNotFound"),
        (SECRET_KEY, SECRET_ID, 301, "AuthFailure.SignatureExpire"),
        (SECRET_KEY, SECRET_ID, -301, "AuthFailure.SignatureExpire"),
    ],
)
def test_wrong_key_unknown_id_and_skew_are_refused(key: str, secret_id: str, skew: int, code: str) -> None:
    auth = Tc3Auth(TencentCredentials(secret_id, key), service="ams", version="2020-12-29", clock=lambda: NOW)
    request = signed(httpx.Request("POST", "https://ams.fake/DescribeTasks", content=b"{}"), auth)
    with pytest.raises(GatewayError) as caught:
        verify(request, now=NOW + skew)
    assert caught.value.code == code


def test_five_minutes_of_skew_are_tolerated() -> None:
    request = signed(httpx.Request("POST", "https://ams.fake/DescribeTasks", content=b"{}"))
    verify(request, now=NOW + 300)
    verify(request, now=NOW - 300)


def test_region_and_session_token_are_sent() -> None:
    auth = Tc3Auth(TencentCredentials(SECRET_ID, SECRET_KEY, token="sts-token"), service="ams",
                   version="2020-12-29", region="ap-guangzhou", clock=lambda: NOW)  # fmt: skip
    request = signed(httpx.Request("POST", "https://ams.fake/DescribeTasks", content=b"{}"), auth)
    assert request.headers["X-TC-Region"] == "ap-guangzhou" and request.headers["X-TC-Token"] == "sts-token"
    verify(request)


def test_signed_headers_must_include_content_type_and_host() -> None:
    with pytest.raises(ValueError, match="content-type and host"):
        Tc3Auth(CURRENT, service="ams", version="v", signed_headers=("host",))


def _sent(auth: httpx.Auth, url: str) -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"Response": {"RequestId": "r"}})

    with httpx.Client(auth=auth, transport=httpx.MockTransport(handler)) as client:
        client.post(url, json={})
    return seen[0]


def test_only_the_api_host_is_rewritten_and_signed() -> None:
    auth = ams_auth(host="ams.tencentcloudapi.com")
    api = _sent(auth, "https://ams.tencentcloudapi.com/DescribeTasks")
    assert api.url.path == "/" and "Authorization" in api.headers
    other = _sent(auth, "https://cos.example.com/DescribeTasks")
    assert other.url.path == "/DescribeTasks" and "Authorization" not in other.headers


async def test_asyncio_clients_are_signed_the_same_way() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    async with httpx.AsyncClient(auth=ams_auth(), transport=httpx.MockTransport(handler)) as client:
        await client.post("https://ams.fake/CancelTask", json={"TaskId": "任务"})
    assert seen[0].headers["X-TC-Action"] == "CancelTask"
    verify(seen[0])


def test_reprs_hide_secrets() -> None:
    auth = Tc3Auth(TencentCredentials(SECRET_ID, "very-secret-key", "very-secret-token"), service="ams", version="v")
    assert "very-secret" not in repr(auth)


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(
    action=st.from_regex(r"\A[A-Z][A-Za-z0-9]{0,20}\Z"),
    body=st.dictionaries(st.text(max_size=5), st.text(max_size=8) | st.integers(), max_size=4),
    extra=st.sets(st.sampled_from(["x-tc-timestamp", "x-tc-version", "x-tc-region"])),
)
def test_client_signer_and_fake_gateway_agree(action: str, body: dict[str, object], extra: set[str]) -> None:
    """Any correct client passes, whatever headers it chose to sign."""
    auth = ams_auth(region="ap-beijing", signed_headers=("content-type", "host", "x-tc-action", *sorted(extra)))
    request = signed(httpx.Request("POST", f"https://ams.fake/{action}", json=body), auth)
    assert request.headers["Authorization"].count(";") == 2 + len(extra)
    verify(request)


UNSIGNED_HASH = hashlib.sha256(b"UNSIGNED-PAYLOAD").hexdigest()


def test_the_sdks_unsigned_payload_mode_hashes_the_literal_and_passes_the_fake() -> None:
    """ClientProfile.unsignedPayload = True in tencentcloud-sdk-python: X-TC-Content-SHA256: UNSIGNED-PAYLOAD,
    and its abstract_client._get_tc3_signature replaces the payload by the text "UNSIGNED-PAYLOAD" before
    hashing it, so the canonical request ends in sha256("UNSIGNED-PAYLOAD"), not in the literal."""
    headers = {"content-type": "application/json", "host": "ams.fake", "x-tc-action": "DescribeTasks",
               "x-tc-content-sha256": "UNSIGNED-PAYLOAD", "x-tc-timestamp": str(NOW)}  # fmt: skip
    names = ["content-type", "host"]  # what the SDK signs
    key = TencentCredentials(SECRET_ID, SECRET_KEY).secret_key
    as_the_sdk = canonical_request("POST", "/", "", headers, names, UNSIGNED_HASH)
    sdk_signature = signature(key, NOW, "ams", as_the_sdk)
    sdk_headers = {**headers, "authorization": authorization_header(SECRET_ID, NOW, "ams", names, sdk_signature)}
    for body in (b'{"Limit": 2}', b'{"Limit": 3}'):  # the body is not signed: any body passes
        authenticate(SignedRequest("POST", "/", "", sdk_headers, body), secret_id=SECRET_ID, secret_key=SECRET_KEY,
                     service="ams", now=NOW)  # fmt: skip

    literal = canonical_request("POST", "/", "", headers, names, "UNSIGNED-PAYLOAD")  # the old, wrong reading
    wrong = {**headers, "authorization": authorization_header(SECRET_ID, NOW, "ams", names,
                                                              signature(key, NOW, "ams", literal))}  # fmt: skip
    with pytest.raises(GatewayError) as refused:
        authenticate(SignedRequest("POST", "/", "", wrong, b"{}"), secret_id=SECRET_ID, secret_key=SECRET_KEY,
                     service="ams", now=NOW)  # fmt: skip
    assert refused.value.code == "AuthFailure.SignatureFailure"


def test_a_caller_set_unsigned_payload_header_is_honoured() -> None:
    auth = ams_auth(signed_headers=("content-type", "host"))
    request = signed(httpx.Request("POST", "https://ams.fake/DescribeTasks", json={"Limit": 2},
                                   headers={"X-TC-Content-SHA256": "UNSIGNED-PAYLOAD"}), auth)  # fmt: skip
    key = TencentCredentials(SECRET_ID, SECRET_KEY).secret_key
    headers = {k: v for k, v in request.headers.items()}
    expected = signature(key, NOW, "ams", canonical_request("POST", "/", "", headers, ["content-type", "host"],
                                                            UNSIGNED_HASH))  # fmt: skip
    assert request.headers["Authorization"].endswith(f"Signature={expected}")
    verify(request)
    tampered = httpx.Request("POST", request.url, headers=request.headers, content=b'{"Limit": 9}')
    verify(tampered)  # what UNSIGNED-PAYLOAD means: the body may change
    assert request.headers["X-TC-Content-SHA256"] == "UNSIGNED-PAYLOAD"


def test_a_post_signs_an_empty_query_string_as_the_page_says() -> None:
    """CanonicalQueryString is "" for a POST, whatever query the URL carries; the fake checks it the same way."""
    request = signed(httpx.Request("POST", "https://ams.fake/DescribeTasks?Action=DescribeTasks&x=%C3%A4", json={}))
    key = TencentCredentials(SECRET_ID, SECRET_KEY).secret_key
    headers = {k: v for k, v in request.headers.items()}
    canonical = canonical_request("POST", "/", "", headers, ["content-type", "host", "x-tc-action"],
                                  hashlib.sha256(request.content).hexdigest())  # fmt: skip
    assert request.headers["Authorization"].endswith(f"Signature={signature(key, NOW, 'ams', canonical)}")
    assert request.url.query == b"Action=DescribeTasks&x=%C3%A4"
    verify(request)
