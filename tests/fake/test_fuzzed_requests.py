"""Generated hostile requests against the in-process fake: whatever the method, path, headers and body (valid
signature or not, JSON or bytes), the answer is never a 5xx, always carries a request id, and is the vendor's
shape: JSON for the Huawei services (XML on the OBS stand-in upload URL), an HTTP 200 envelope for Tencent's
POST /. Bounded and deterministic (hypothesis, derandomized); `FUZZ_EXAMPLES=N` runs more.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from ams_client import Tc3Auth, TencentCredentials
from constants import PROJECT_ID
from fakecloud import FakeCloud, Settings
from fakecloud.progression import Progression
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from metastudio_client import AkSkAuth, HuaweiCredentials

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
SETTINGS = Settings(progression=Progression("immediate"))
HUAWEI = AkSkAuth(HuaweiCredentials(SETTINGS.ak, SETTINGS.sk, PROJECT_ID))
TENCENT = Tc3Auth(TencentCredentials(SETTINGS.secret_id, SETTINGS.secret_key), service="ams", version="2020-12-29")
PATHS = [
    f"/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs",
    f"/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs/{{id}}",
    f"/v1/{PROJECT_ID}/voice-training-manage/user/jobs/{{id}}/audit-result",
    f"/v1/{PROJECT_ID}/voice-training-manage/user/basic-jobs",
    f"/v1/{PROJECT_ID}/voice-training-manage/user/middle-jobs",
    f"/v1/{PROJECT_ID}/voice-training-manage/user/advance-jobs",
    f"/v1/{PROJECT_ID}/voice-training-manage/user/third-party-jobs",
    f"/v1/{PROJECT_ID}/voice-training-manage/user/jobs?offset={{id}}&limit=2&create_since={{id}}&state={{id}}",
    f"/v1/{PROJECT_ID}/voice-training-manage/user/jobs/{{id}}",
    f"/v1/{PROJECT_ID}/voice-training-manage/user/jobs/{{id}}/uploading-address-url",
    f"/v1/{PROJECT_ID}/voice-training-manage/user/training-segment?job_id={{id}}&index={{id}}",
    f"/_fake-obs/metastudio/{PROJECT_ID}/{{id}}/training/data.zip",
    f"/_fake-obs/metastudio/{PROJECT_ID}/{{id}}/training/sentences/{{id}}.txt",
    f"/_fake-obs/metastudio/{PROJECT_ID}/{{id}}/authorization-letter",
    f"/v3/{PROJECT_ID}/moderation/audio/jobs",
    f"/v3/{PROJECT_ID}/moderation/audio/jobs/{{id}}",
    f"/_fake-obs/metastudio/{PROJECT_ID}/{{id}}/data.zip",
    "/",
    "/{id}",
]
ACTIONS = ["CreateAudioModerationTask", "DescribeTaskDetail", "DescribeTasks", "CancelTask", "Nope", ""]
# member names of the specs' bodies, so that generated documents reach the handlers, not only validation
NAMES = ["Tasks", "Input", "Url", "Type", "BucketInfo", "Bucket", "Region", "Object", "Name", "DataId", "Limit",
         "Filter", "TaskId", "PageToken", "StartTime", "EndTime", "ShowAllSegments", "User", "BizType", "data", "url",
         "categories", "biz_type", "event_type", "callback", "seed", "language", "job_type", "voice_name", "sex",
         "create_type", "tag", "phone", "batch_name", "output_language", "is_remake", "dhtms_job_id"]  # fmt: skip
VALUES = st.sampled_from(["AUDIO", "LIVE_AUDIO", "URL", "COS", "VOICE_ASSESS", "porn", "default", "zh",
                          "https://m.example.com/porn-0-10.wav?label=ad&start=1e308", "http://[bad/x.mp3",
                          "2021-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "\u0000", "\U0001f600", "PACKAGE",
                          "SEGMENT", "FEMALE", "CN", "NEWS", "13800000000", "AUDIT_FAILED"])  # fmt: skip
TEXT = st.text(st.characters(exclude_categories=()))  # surrogates too: json.dumps escapes them (\udcff)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | TEXT | VALUES
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(NAMES) | st.text(max_size=5), children, max_size=5)
    ),
    max_leaves=25,
)
HEADER_NAMES = st.sampled_from(["X-Auth-Token", "X-Sdk-Date", "X-Project-Id", "X-App-UserId", "Authorization",
                                "X-TC-Version", "X-TC-Timestamp", "X-TC-Language", "X-TC-Content-SHA256",
                                "Content-Type", "X-Fakecloud-Fault", "Host", "X-Other"])  # fmt: skip
HEADER_VALUES = st.binary(max_size=40).filter(lambda v: b"\r" not in v and b"\n" not in v) | st.sampled_from(
    [b"application/json", b"UNSIGNED-PAYLOAD", b"2020-12-29", b"text/plain", b"status=503", b"delay=0, error=X"]
) | st.text(max_size=12).map(lambda text: text.encode()).flatmap(lambda word: st.sampled_from([
    b"SDK-HMAC-SHA256 Access=" + word + b", SignedHeaders=host;x-sdk-date, Signature=00",
    b"TC3-HMAC-SHA256 Credential=" + word + b"/2026-01-01/ams/tc3_request, SignedHeaders=content-type;host, "
    b"Signature=" + b"0" * 64,
    word,
]))  # fmt: skip
# JSON text that Python's json reads but a vendor's parser would not, or that is costly to read
ODD_BODIES = st.sampled_from([b"[" * 5000 + b"]" * 5000, b'{"Limit": 1e999}', b'{"Limit": NaN}', b"\xef\xbb\xbf{}",
                              b'{"Limit": -0}', b'{"Limit": 1.0}', '{"a": 1}'.encode("utf-16"),
                              b'"\\udcff"'])  # fmt: skip


@st.composite
def requests(draw: st.DrawFn) -> httpx.Request:
    known = st.sampled_from(KNOWN_IDS) if KNOWN_IDS else st.nothing()
    ident = draw(known | st.text(min_size=1, max_size=12).map(lambda text: quote(text, safe="%;:@")))
    path = draw(st.sampled_from(PATHS + KNOWN_UPLOADS)).replace("{id}", ident)
    method = draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "FOO"]))
    body = draw(st.one_of(
        st.none(),
        DOCUMENTS.map(lambda document: json.dumps(document).encode()),
        st.binary(max_size=60),
        ODD_BODIES,
    ))  # fmt: skip
    headers = {"X-TC-Action": draw(st.sampled_from(ACTIONS))} if path == "/" else {}
    request = httpx.Request(method, f"http://fake{path}", content=body, headers=headers)
    if draw(st.booleans()):  # a correct signature, so that the request reaches validation and the handlers
        (TENCENT if path == "/" else HUAWEI).sign(request)
    for name, value in draw(st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=3)):  # replaced, as bytes
        kept = [(key, old) for key, old in request.headers.raw if key.lower() != name.lower().encode()]
        request.headers = httpx.Headers([*kept, (name.encode(), value)])
    return request


# Filled by the `client` fixture: tasks and jobs that exist (so that requests reach the handlers' rules, not
# only "no such task"), and their upload URLs (path and token).
KNOWN_IDS: list[str] = []
KNOWN_UPLOADS: list[str] = []


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with FakeCloud(SETTINGS).transport() as transport, httpx.Client(transport=transport) as http:
        training = f"http://fake/v1/{PROJECT_ID}/voice-training-manage/user"
        created = [http.post(f"{training}/{edition}-jobs", json=body, auth=HUAWEI).json()
                   for edition, body in (("basic", {"voice_name": "v"}),
                                         ("middle", {"voice_name": "v", "create_type": "SEGMENT"}),
                                         ("advance", {"voice_name": "v"}))]  # fmt: skip
        short = http.post(f"{training}/short-jobs", json={"job_type": "VOICE_ASSESS"}, auth=HUAWEI).json()
        KNOWN_IDS[:] = [job["job_id"] for job in [*created, short]]
        urls = [short["data_uploading_url"], *(job.get("training_data_uploading_url") for job in created),
                *(job["authorization_letter_uploading_url"] for job in created),
                *created[1]["segment_uploading_url"]["audio_uploading_url"][:2],
                *created[1]["segment_uploading_url"]["txt_uploading_url"][:2]]  # fmt: skip
        KNOWN_UPLOADS[:] = [str(httpx.URL(url).raw_path, "ascii") for url in urls if url]
        yield http


def vendor_shaped(request: httpx.Request, response: httpx.Response) -> dict[str, Any] | None:
    """The JSON of the answer (None for the upload URL's XML or an injected plain-text status)."""
    if request.url.path.startswith("/_fake-obs/") and response.headers.get("content-type") == "application/xml":
        return None
    if response.headers.get("content-type", "").startswith("text/plain"):  # an injected status on Tencent's POST /
        assert request.url.path == "/" and "x-fakecloud-fault" in request.headers
        return None
    body: dict[str, Any] = response.json() if response.content else {}
    return body


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))  # fmt: skip
@given(request=requests())
def test_no_request_gets_a_server_error(client: httpx.Client, request: httpx.Request) -> None:
    try:
        response = client.send(request)
    except httpx.TransportError:  # an injected connection fault (X-Fakecloud-Fault: connection=...)
        assert "connection" in request.headers.get("x-fakecloud-fault", "")
        return
    faulted = "x-fakecloud-fault" in request.headers  # injected answers, or 400 InvalidFault in the fake's shape
    assert response.status_code < 500 or faulted, response.text[:300]
    assert response.headers["x-request-id"]
    body = vendor_shaped(request, response)
    if body is not None and request.url.path == "/" and request.method == "POST" and not faulted:
        assert set(body) == {"Response"} and body["Response"]["RequestId"]
