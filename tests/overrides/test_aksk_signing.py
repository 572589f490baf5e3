"""AK/SK signing (overrides/huawei/signing.py): the published vector, edge cases, and agreement with the
fake's independently written gateway check."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx
import pytest
from fakecloud.huawei.gateway import AuthFailure, GatewayRequest, check_signature
from hypothesis import given, settings
from hypothesis import strategies as st
from metastudio_client import AkSkAuth, HuaweiCredentials, InvalidArgument, TokenAuth
from metastudio_client._overrides.huawei.signing import canonical_query_string, canonical_request, canonical_uri

PUBLISHED_AK = "QTWAOYTTINDUT2QVKYUC"
PUBLISHED_SK = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
PUBLISHED_DATE = datetime(2019, 11, 15, 3, 36, 55, tzinfo=UTC)
AK, SK = "AK4TESTS0000000000", "sk-for-tests"
NOW = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)


def signed(request: httpx.Request, ak: str = AK, sk: str = SK, project: str | None = None) -> httpx.Request:
    AkSkAuth(HuaweiCredentials(ak, sk, project), clock=lambda: NOW).sign(request)
    return request


def as_gateway_sees(request: httpx.Request) -> GatewayRequest:
    """What a server receives: raw path and query bytes, lower-case headers, the body."""
    path, _, query = request.url.raw_path.decode("ascii").partition("?")
    return GatewayRequest(request.method, path, query, {k: v for k, v in request.headers.items()}, request.content)


def test_published_example_reproduces_signature_and_header() -> None:
    url = "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"
    request = httpx.Request("GET", url, headers={"Content-Type": "application/json"})
    AkSkAuth(HuaweiCredentials(PUBLISHED_AK, PUBLISHED_SK), clock=lambda: PUBLISHED_DATE).sign(request)
    assert request.headers["X-Sdk-Date"] == "20191115T033655Z"
    assert request.headers["Authorization"] == (
        "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, "
        "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
    )


def test_published_canonical_request_hash() -> None:
    import hashlib

    canonical = canonical_request(
        "GET",
        "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
        [("marker", "13551d6b-755d-4757-b956-536f674975c0"), ("limit", "2")],
        {"content-type": "application/json", "host": "service.region.example.com", "x-sdk-date": "20191115T033655Z"},
        ["host", "x-sdk-date", "content-type"],
        hashlib.sha256(b"").hexdigest(),
    )
    assert (
        hashlib.sha256(canonical.encode()).hexdigest()
        == "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"
    )


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/v1/p/vpcs", "/v1/p/vpcs/"),
        ("/v1/p/vpcs/", "/v1/p/vpcs/"),
        ("/v1/p/jobs/a%20b", "/v1/p/jobs/a%20b/"),
        ("/v1/p/jobs/%E4%BB%BB%E5%8A%A1", "/v1/p/jobs/%E4%BB%BB%E5%8A%A1/"),
        ("/v1/p/jobs/a~b-c_d.e", "/v1/p/jobs/a~b-c_d.e/"),
        ("/v1/p/jobs/a%2Bb%3D", "/v1/p/jobs/a%2Bb%3D/"),
    ],
)
def test_canonical_uri_encodes_segments_and_ends_with_slash(path: str, expected: str) -> None:
    assert canonical_uri(path) == expected


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([("q", "a b")], "q=a%20b"),
        ([("q", "音频")], "q=%E9%9F%B3%E9%A2%91"),
        ([("q", "!*'();:@&=+$,/?#[]")], "q=%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D"),
        ([("b", "2"), ("a", "1"), ("b", "1")], "a=1&b=1&b=2"),
        ([("Z", "1"), ("a", "2")], "Z=1&a=2"),
        ([("empty", "")], "empty="),
        ([], ""),
    ],
)
def test_canonical_query_string(pairs: list[tuple[str, str]], expected: str) -> None:
    assert canonical_query_string(pairs) == expected


def test_query_is_sent_in_canonical_form_and_verifies() -> None:
    params: list[tuple[str, str | int | float | bool | None]] = [
        ("name", "a b+c"), ("tag", "音频"), ("x", "!*'()"), ("tag", "alpha"), ("flag", ""),
    ]  # fmt: skip
    request = signed(httpx.Request("GET", "https://api.example.com/v1/p/items", params=params))
    assert request.url.query == b"flag=&name=a%20b%2Bc&tag=alpha&tag=%E9%9F%B3%E9%A2%91&x=%21%2A%27%28%29"
    check_signature(as_gateway_sees(request), AK, SK, now=NOW)


def test_empty_and_json_bodies_are_hashed() -> None:
    body = json.dumps({"job_type": "VOICE_ASSESS", "note": "音频"}, ensure_ascii=False).encode()
    for content in (b"", body):
        request = signed(httpx.Request("POST", "https://api.example.com/v1/p/short-jobs", content=content,
                                       headers={"Content-Type": "application/json"}))  # fmt: skip
        check_signature(as_gateway_sees(request), AK, SK, now=NOW)
        tampered = as_gateway_sees(request)
        with pytest.raises(AuthFailure, match="verify aksk signature fail"):
            check_signature(GatewayRequest(**{**tampered.__dict__, "body": content + b" "}), AK, SK, now=NOW)


def test_path_parameter_that_needs_encoding_verifies() -> None:
    job_id = "任务 a/b?c#d"
    from urllib.parse import quote

    request = signed(httpx.Request("GET", f"https://api.example.com/v1/p/short-jobs/{quote(job_id, safe='')}"))
    assert "%E4%BB%BB" in request.url.raw_path.decode()
    check_signature(as_gateway_sees(request), AK, SK, now=NOW)


def test_signed_headers_are_host_content_type_and_x_headers() -> None:
    request = signed(
        httpx.Request("POST", "https://api.example.com:8443/v1/p/x", content=b"{}",
                      headers={"Content-Type": "application/json", "X-App-UserId": "u1", "User-Agent": "t"}),
        project="proj",
    )  # fmt: skip
    authorization = request.headers["Authorization"]
    assert "SignedHeaders=content-type;host;x-app-userid;x-project-id;x-sdk-date," in authorization
    assert request.headers["X-Project-Id"] == "proj"
    assert request.headers["Host"] == "api.example.com:8443"
    check_signature(as_gateway_sees(request), AK, SK, now=NOW)


def test_a_preset_x_sdk_date_is_kept_and_signed() -> None:
    request = httpx.Request("GET", "https://api.example.com/v1/p/x", headers={"X-Sdk-Date": "20261122T115900Z"})
    signed(request)
    assert request.headers["X-Sdk-Date"] == "20261122T115900Z"
    check_signature(as_gateway_sees(request), AK, SK, now=NOW)


def test_security_token_of_temporary_credentials_is_sent_and_signed() -> None:
    request = httpx.Request("GET", "https://api.example.com/v1/p/x")
    AkSkAuth(HuaweiCredentials(AK, SK, "p", security_token="sts-token"), clock=lambda: NOW).sign(request)
    assert request.headers["X-Security-Token"] == "sts-token"
    assert "x-security-token" in request.headers["Authorization"]
    check_signature(as_gateway_sees(request), AK, SK, now=NOW)


def test_wrong_key_and_skewed_date_are_refused() -> None:
    request = signed(httpx.Request("GET", "https://api.example.com/v1/p/x"), sk="another-sk")
    with pytest.raises(AuthFailure, match="verify aksk signature fail"):
        check_signature(as_gateway_sees(request), AK, SK, now=NOW)
    request = signed(httpx.Request("GET", "https://api.example.com/v1/p/x"))
    later = datetime(2026, 11, 22, 12, 15, 1, tzinfo=UTC)
    with pytest.raises(AuthFailure, match="15 minutes"):
        check_signature(as_gateway_sees(request), AK, SK, now=later)


def _sent(auth: httpx.Auth, url: str) -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    with httpx.Client(auth=auth, transport=httpx.MockTransport(handler)) as client:
        client.get(url)
    return seen[0]


OTHER_ORIGINS = (
    "https://bucket.obs.example.com/data.zip?Signature=abc",  # another host: the pre-signed upload
    "http://metastudio.example.com/v1/p/x",  # the same host in clear text
    "https://metastudio.example.com:8443/v1/p/x",  # the same host, another port (another service)
)


def test_only_the_api_origin_gets_signatures_or_tokens() -> None:
    aksk = AkSkAuth(HuaweiCredentials(AK, SK, "p"), base_url="https://metastudio.example.com")
    token = TokenAuth("iam-token", project_id="p", base_url="https://metastudio.example.com")
    for url in ("https://metastudio.example.com/v1/p/x", "https://metastudio.example.com:443/v1/p/x"):
        assert "Authorization" in _sent(aksk, url).headers
        api = _sent(token, url)
        assert api.headers["X-Auth-Token"] == "iam-token" and api.headers["X-Project-Id"] == "p"
    for url in OTHER_ORIGINS:
        signed, tokened = _sent(aksk, url), _sent(token, url)
        assert "Authorization" not in signed.headers and "X-Project-Id" not in signed.headers, url
        assert "X-Auth-Token" not in tokened.headers, url


def test_the_older_host_keyword_still_scopes_to_https_on_that_host() -> None:
    with pytest.deprecated_call(match=r"AkSkAuth\(host=\.\.\.\) is deprecated: pass base_url="):
        aksk = AkSkAuth(HuaweiCredentials(AK, SK, "p"), host="metastudio.example.com")
    with pytest.deprecated_call(match="TokenAuth"):
        token = TokenAuth("iam-token", host="metastudio.example.com")
    assert aksk.origin == token.origin == ("https", "metastudio.example.com", None)
    assert "Authorization" in _sent(aksk, "https://metastudio.example.com/v1/p/x").headers
    for url in OTHER_ORIGINS:
        assert "Authorization" not in _sent(aksk, url).headers, url
        assert "X-Auth-Token" not in _sent(token, url).headers, url
    with pytest.raises(InvalidArgument, match="host: AkSkAuth takes base_url= or the older host=, not both"):
        AkSkAuth(HuaweiCredentials(AK, SK, "p"), host="a.example.com", base_url="https://a.example.com")


def test_reprs_hide_secrets() -> None:
    assert SK not in repr(AkSkAuth(HuaweiCredentials(AK, SK, "p")))
    assert "iam-token" not in repr(TokenAuth("iam-token"))


segment = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(
    segments=st.lists(segment, min_size=1, max_size=3),
    query=st.lists(st.tuples(segment, st.text(max_size=6)), max_size=4),
    body=st.binary(max_size=64),
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE"]),
)
def test_client_signer_and_fake_gateway_agree(
    segments: list[str], query: list[tuple[str, str]], body: bytes, method: str
) -> None:
    from urllib.parse import quote

    path = "/" + "/".join(quote(s, safe="") for s in segments)
    params: list[tuple[str, str | int | float | bool | None]] = list(query)
    request = signed(httpx.Request(method, f"https://api.example.com{path}", params=params, content=body))
    assert urlsplit(str(request.url)).path.startswith("/")
    check_signature(as_gateway_sees(request), AK, SK, now=NOW)
