"""Hostile input against the fake, in-process and on a real socket: every bad request gets a vendor-shaped 4xx
(Tencent: an HTTP 200 error envelope), never a 5xx; the kept-alive connection answers the next request; nothing
stored is poisoned (every read and listing still answers 200 afterwards).

The cases are requests a new user's tool, a fuzzer or a broken client sends: bytes that are not UTF-8,
encodings, lone surrogates, numbers JSON has no room for, deep nesting, huge arrays, strings and bodies, huge
or odd headers and Hosts, methods, paths, query strings on Tencent's POST /, duplicate keys, a missing
Content-Type, chunked bodies. Each is signed where it must pass the signature check to reach the layer it
attacks, and the answer is asserted: status, vendor code, and what the message says.
"""

from __future__ import annotations

import base64
import gc
import io
import socket
import struct
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from ams_client import Tc3Auth, TencentCredentials
from constants import PROJECT_ID
from fakecloud import FakeCloud, ServedFake, Settings, serve, server
from fakecloud.limits import MAX_HEAD
from fakecloud.metastudio import state as metastudio_state
from fakecloud.metastudio.assess import Outcome, assess_upload
from fakecloud.progression import Progression
from fakecloud.samples import voice_zip
from fakecloud.server import _ConnectionAwareH11
from metastudio_client import AkSkAuth, HuaweiCredentials

SETTINGS = Settings(progression=Progression("immediate"))
HUAWEI = AkSkAuth(HuaweiCredentials(SETTINGS.ak, SETTINGS.sk, PROJECT_ID))
TENCENT = Tc3Auth(TencentCredentials(SETTINGS.secret_id, SETTINGS.secret_key), service="ams", version="2020-12-29")
SHORT_JOBS = f"/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs"
AUDIO_JOBS = f"/v3/{PROJECT_ID}/moderation/audio/jobs"
JSON = {"Content-Type": "application/json"}
DEEP = b"[" * 100_000 + b"]" * 100_000


def huawei(method: str, path: str, *, json_body: Any = None, content: bytes | None = None,
           headers: dict[str, Any] | None = None, sign: bool = True) -> httpx.Request:  # fmt: skip
    request = httpx.Request(method, f"http://fake{path}", json=json_body, content=content, headers=headers)
    if sign:
        HUAWEI.sign(request)
    return request


def tencent(action: str, json_body: Any = None, *, content: bytes | None = None, headers: dict[str, Any] | None = None,
            query: str = "") -> httpx.Request:  # fmt: skip
    request = httpx.Request("POST", "http://ams.fake/", json=json_body, content=content,
                            headers={"X-TC-Action": action, **(headers or {})})  # fmt: skip
    TENCENT.sign(request)
    if query:  # after signing, as the official SDK signs a POST: its canonical query string is always ""
        request.url = request.url.copy_with(query=query.encode())
    return request


def raw(method: bytes, target: bytes, *headers: tuple[bytes, bytes], body: bytes = b"") -> httpx.Request:
    """A request with exactly these header bytes (Host first; Content-Length added for a body)."""
    request = httpx.Request(method.decode(), "http://fake" + target.decode("latin-1"), content=body)
    request.headers = httpx.Headers([*headers, *([(b"Content-Length", str(len(body)).encode())] if body else [])])
    return request


def timestamp() -> bytes:
    return str(int(time.time())).encode()


def resigned(request: httpx.Request, header: str, value: str) -> httpx.Request:
    """`request` with one header changed after it was signed (the check that comes first must answer)."""
    request.headers[header] = value
    return request


@dataclass(frozen=True)
class Case:
    """A hostile request and what the fake must answer: HTTP status, vendor error code (None: success), and a
    text the error message contains. `on_socket`: what the message says instead when the HTTP server itself
    refuses the bytes (h11 reads them as no HTTP/1.1 request: the connection is closed, its framing lost)."""

    name: str
    build: Callable[[], httpx.Request]
    status: int
    code: str | None
    says: str = ""
    on_socket: str | None = None


TC3_NON_ASCII_ID = (b"TC3-HMAC-SHA256 Credential=\xc3\x84KID/2026-01-01/ams/tc3_request, "
                    b"SignedHeaders=content-type;host, Signature=" + b"0" * 64)  # fmt: skip
CASES = [
    # the examples
    Case("huawei: non-ASCII Access= in SDK-HMAC-SHA256", lambda: raw(
        b"GET", SHORT_JOBS.encode() + b"/j", (b"Host", b"fake"), (b"X-Sdk-Date", b"20260101T000000Z"),
        (b"Authorization", b"SDK-HMAC-SHA256 Access=\xc3\x84K, SignedHeaders=host;x-sdk-date, Signature=00")),
        401, "APIG.0301", "access key does not exist"),
    Case("tencent: non-ASCII SecretId in Credential=", lambda: raw(
        b"POST", b"/", (b"Host", b"ams.fake"), (b"Content-Type", b"application/json"),
        (b"X-TC-Action", b"DescribeTasks"), (b"X-TC-Timestamp", timestamp()), (b"Authorization", TC3_NON_ASCII_ID),
        body=b"{}"),
        200, "AuthFailure.SecretIdNotFound"),
    Case("moderation: lone surrogate in the audio URL", lambda: huawei(
        "POST", AUDIO_JOBS, content=b'{"data": {"url": "https://m.example.com/\\udcff.wav"}, "biz_type": "b"}',
        headers=JSON), 400, "AIS.0014", "lone surrogate (\\udcff)"),
    Case("ams: lone surrogate in a task name", lambda: tencent("CreateAudioModerationTask", content=(
        b'{"Tasks": [{"Name": "\\udcff", "Input": {"Url": "https://m.example.com/a.mp3"}}]}'), headers=JSON),
        200, "InvalidParameter", "lone surrogate"),
    Case("huawei: [ x 100,000 then ] x 100,000", lambda: huawei("POST", SHORT_JOBS, content=DEEP, headers=JSON),
         400, "MSS.10000002", "nested more than 64 levels"),
    Case("huawei: 500 levels of objects", lambda: huawei(
        "POST", SHORT_JOBS, content=b'{"a":' * 500 + b"1" + b"}" * 500, headers=JSON),
        400, "MSS.10000002", "nested more than 64 levels"),
    Case("tencent: [ x 100,000 then ] x 100,000", lambda: tencent("DescribeTasks", content=DEEP, headers=JSON),
         200, "InvalidParameter", "nested more than 64 levels"),
    Case("moderation: 1,200,000 categories (10 MB)", lambda: huawei("POST", AUDIO_JOBS, json_body={
        "event_type": "default", "categories": ["porn"] * 1_200_000, "data": {"url": "https://m.example.com/a.wav"}}),
        413, "APIG.0201", "Request entity too large. The array `categories` has 1,200,000 items"),
    # bytes and encodings
    Case("huawei: encoded surrogate bytes (ED B3 BF)", lambda: huawei(
        "POST", SHORT_JOBS, content=b'{"job_type": "\xed\xb3\xbf"}', headers=JSON), 400, "MSS.10000002", "not UTF-8"),
    Case("huawei: UTF-16 body", lambda: huawei(
        "POST", SHORT_JOBS, content='{"job_type": "VOICE_ASSESS"}'.encode("utf-16"), headers=JSON),
        400, "MSS.10000002", "not UTF-8"),
    Case("tencent: byte-order mark", lambda: tencent("DescribeTasks", content=b"\xef\xbb\xbf{}", headers=JSON),
         200, "InvalidParameter", "BOM"),
    Case("tencent: invalid UTF-8", lambda: tencent("DescribeTaskDetail", content=b'{"TaskId": "\xff"}', headers=JSON),
         200, "InvalidParameter", "not UTF-8"),
    Case("huawei: a body that is not JSON", lambda: huawei("POST", SHORT_JOBS, content=b"job_type=x", headers=JSON),
         400, "MSS.10000002", "Request JSON exception"),
    # numbers
    Case("moderation: 1e999", lambda: huawei("POST", AUDIO_JOBS, content=(
        b'{"data": {"url": "https://m.example.com/a.wav"}, "categories": ["porn"], "event_type": "default", '
        b'"seed": 1e999}'), headers=JSON), 400, "AIS.0014", "out of the range of a double"),
    Case("moderation: NaN", lambda: huawei("POST", AUDIO_JOBS, content=(
        b'{"data": {"url": "https://m.example.com/a.wav", "x": NaN}, "biz_type": "b"}'), headers=JSON),
        400, "AIS.0014", "NaN is not a JSON value"),
    Case("ams: Limit -Infinity", lambda: tencent("DescribeTasks", content=b'{"Limit": -Infinity}', headers=JSON),
         200, "InvalidParameter", "-Infinity is not a JSON value"),
    Case("ams: Limit 1e999", lambda: tencent("DescribeTasks", content=b'{"Limit": 1e999}', headers=JSON),
         200, "InvalidParameter", "out of the range"),
    Case("ams: Limit 1.0 (not an integer)", lambda: tencent("DescribeTasks", content=b'{"Limit": 1.0}', headers=JSON),
         200, "InvalidParameter", "`Limit`: 1.0 is not of type 'integer'"),
    Case("ams: Limit -0", lambda: tencent("DescribeTasks", content=b'{"Limit": -0}', headers=JSON),
         200, "InvalidParameterValue", "`Limit`: 0 is less than the minimum of 1"),
    Case("ams: Limit of 5,000 digits", lambda: tencent("DescribeTasks", content=b'{"Limit": ' + b"9" * 5000 + b"}",
                                                       headers=JSON),
         200, "InvalidParameter", "the number 9999999999999999999999999999999999999999... is out of the range"),
    Case("ams: Limit beyond int64", lambda: tencent("DescribeTasks", json_body={"Limit": 2**63}),
         200, "InvalidParameterValue", "int64"),
    # sizes
    Case("huawei: a 13 MiB body", lambda: huawei("POST", SHORT_JOBS, content=b" " * (13 << 20), headers=JSON),
         413, "APIG.0201", "at most 12,582,912"),
    Case("tencent: an 11 MiB body", lambda: tencent("DescribeTasks", content=b" " * (11 << 20), headers=JSON),
         200, "RequestSizeLimitExceeded", "at most 10,485,760"),
    Case("moderation: a 70,000-character URL", lambda: huawei("POST", AUDIO_JOBS, json_body={
        "biz_type": "b", "data": {"url": "https://m.example.com/" + "a" * 70_000}}),
        413, "APIG.0201", "The string at `data.url` has 70,022 characters"),
    Case("ams: 2,000 members in User", lambda: tencent("CreateAudioModerationTask", {
        "Tasks": [{"Input": {"Url": "u"}}], "User": {f"k{i}": i for i in range(2000)}}),
        200, "RequestSizeLimitExceeded", "The object `User` has 2,000 members"),
    Case("huawei: a 40 KiB path", lambda: huawei("GET", f"{SHORT_JOBS}/{'a' * 40_000}"),
         414, "APIG.0201", "Request URI too large"),
    Case("huawei: a 40 KiB header", lambda: huawei("GET", f"{SHORT_JOBS}/j", headers={"X-Big": "a" * 40_000}),
         494, "APIG.0201", "Request headers too large. The header x-big"),
    Case("huawei: 130 KiB of headers", lambda: huawei(
        "GET", f"{SHORT_JOBS}/j", headers={f"X-Big-{i}": "a" * 26_000 for i in range(6)}),
        494, "APIG.0201", "The headers have 156,364 bytes; at most 131,072"),
    Case("tencent: a 40 KiB header", lambda: tencent("DescribeTasks", {}, headers={"X-Big": "a" * 40_000}),
         200, "RequestSizeLimitExceeded", "The request size exceeds the upper limit"),
    # hosts, headers, methods, paths
    Case("huawei: Host [", lambda: raw(b"GET", SHORT_JOBS.encode() + b"/j", (b"Host", b"[")),
         400, "APIG.0201", "is not a valid host"),
    Case("huawei: non-ASCII Host", lambda: raw(b"GET", SHORT_JOBS.encode() + b"/j", (b"Host", b"\xc3\xa4\xff")),
         400, "APIG.0201", "is not a valid host"),
    Case("huawei: two Host headers", lambda: raw(b"GET", SHORT_JOBS.encode() + b"/j", (b"Host", b"a"), (b"Host", b"b")),
         400, "APIG.0201", "more than one Host", on_socket="not valid HTTP/1.1"),
    Case("tencent: Host [", lambda: raw(b"POST", b"/", (b"Host", b"["), (b"X-TC-Action", b"DescribeTasks"), body=b"{}"),
         200, "InvalidParameter", "is not a valid host"),
    Case("huawei: non-ASCII X-Auth-Token", lambda: raw(
        b"GET", SHORT_JOBS.encode() + b"/j", (b"Host", b"fake"), (b"X-Auth-Token", b"\xc3\xa4\xff")),
        401, "APIG.0301", "verify token fail"),
    Case("huawei: a control character in a header", lambda: raw(
        b"GET", SHORT_JOBS.encode() + b"/j", (b"Host", b"fake"), (b"X-Auth-Token", b"a\x01b")),
        401, "APIG.0301", "verify token fail"),
    Case("huawei: method FOO", lambda: raw(b"FOO", SHORT_JOBS.encode(), (b"Host", b"fake")),
         405, "APIG.0101", "method FOO is not allowed"),
    Case("huawei: OPTIONS", lambda: raw(b"OPTIONS", SHORT_JOBS.encode(), (b"Host", b"fake")),
         405, "APIG.0101", "method OPTIONS is not allowed"),
    Case("tencent: GET /", lambda: raw(b"GET", b"/", (b"Host", b"ams.fake"), (b"X-TC-Action", b"DescribeTasks")),
         200, "UnsupportedProtocol"),
    Case("huawei: %00 and %ff in a path parameter", lambda: huawei("GET", f"{SHORT_JOBS}/%00%ff%fe"),
         400, "MSS.10001002", "not found"),
    # one path parameter, matched on the path as received (job ../../), not another path
    Case("huawei: ..%2F in a path", lambda: huawei("GET", f"{SHORT_JOBS}/..%2F..%2F"), 400, "MSS.10001002",
         "job ../../ not found"),
    Case("huawei: no Content-Type", lambda: huawei("POST", SHORT_JOBS, content=b'{"job_type": "VOICE_ASSESS"}'),
         400, "MSS.10000003", "mimetype not found"),
    Case("tencent: a non-ASCII action", lambda: tencent("DescribeTasks", {}, headers={
        "X-TC-Action": "Describe\u00e4Tasks".encode()}), 200, "InvalidAction", "The action `Describe\u00e4Tasks`"),
    Case("tencent: a timestamp of 30 digits", lambda: resigned(
        tencent("DescribeTasks", {}), "X-TC-Timestamp", "9" * 30), 200, "AuthFailure.SignatureExpire"),
    Case("tencent: a timestamp of 5,000 digits (beyond int())", lambda: resigned(
        tencent("DescribeTasks", {}), "X-TC-Timestamp", "9" * 5000),
        200, "InvalidParameter", "X-TC-Timestamp must be a Unix timestamp in seconds, got '9999"),
    Case("ams: a PageToken of 5,000 digits", lambda: tencent(
        "DescribeTasks", {"PageToken": "." + base64.urlsafe_b64encode(b"9" * 5000).decode().rstrip("=")}), 200, None),
    Case("huawei: a trailing slash", lambda: huawei("GET", f"{SHORT_JOBS}/j/"), 404, "APIG.0101", "does not exist"),
    Case("huawei: a job id of one encoded slash (%2f)", lambda: huawei("GET", f"{SHORT_JOBS}/%2f"), 400,
         "MSS.10001002", "job / not found"),
    Case("huawei: 65 levels of nesting in an undeclared member", lambda: huawei("POST", SHORT_JOBS, content=(
        b'{"job_type": "VOICE_ASSESS", "z": ' + b"[" * 64 + b"]" * 64 + b"}"), headers=JSON),
        400, "MSS.10000002", "nested more than 64 levels"),
    Case("huawei: 64 levels of nesting in an undeclared member", lambda: huawei("POST", SHORT_JOBS, content=(
        b'{"job_type": "VOICE_ASSESS", "z": ' + b"[" * 63 + b"]" * 63 + b"}"), headers=JSON), 200, None),
    Case("tencent: the body is an array", lambda: tencent("DescribeTasks", []),
         200, "InvalidParameter", "is not of type 'object'"),
    # fidelity: parameters an action does not define (UnknownParameter)
    Case("ams: Limt", lambda: tencent("DescribeTasks", {"Limt": 5}),
         200, "UnknownParameter", "The parameter `Limt` is not recognized."),
    Case("ams: $schema", lambda: tencent("DescribeTasks", {"$schema": "x", "Limit": 5}),
         200, "UnknownParameter", "The parameter `$schema` is not recognized."),
    Case("ams: Filter.Foo", lambda: tencent("DescribeTasks", {"Filter": {"Type": "AUDIO", "Foo": 1}}),
         200, "UnknownParameter", "The parameter `Filter.Foo` is not recognized."),
    Case("ams: Tasks.0.Input.BucketInfo.Key", lambda: tencent("CreateAudioModerationTask", {"Tasks": [{"Input": {
        "BucketInfo": {"Bucket": "b", "Region": "r", "Object": "o", "Key": "k"}}}]}),
        200, "UnknownParameter", "The parameter `Tasks.0.Input.BucketInfo.Key` is not recognized."),
    # accepted as the vendors do
    Case("ams: duplicate keys (the last wins)", lambda: tencent(
        "DescribeTaskDetail", content=b'{"TaskId": 1, "TaskId": "no-such-task"}', headers=JSON),
        200, "ResourceNotFound"),
    Case("ams: a query string on POST / (not signed, as the SDK signs)", lambda: tencent(
        "DescribeTasks", {"Limit": 1}, query="Action=DescribeTasks&x=%ff"), 200, None),
    Case("ams: StartTime 0001-01-01T00:00:00+23:59", lambda: tencent(
        "DescribeTasks", {"StartTime": "0001-01-01T00:00:00+23:59", "EndTime": "9999-12-31T23:59:59-23:59"}),
        200, None),
    Case("huawei: duplicate keys (the last wins)", lambda: huawei("POST", SHORT_JOBS, content=(
        b'{"job_type": "VOICE_CLONE", "job_type": "VOICE_ASSESS"}'), headers=JSON), 200, None),
]  # fmt: skip


def code_of(response: httpx.Response) -> str | None:
    body = response.json()
    if "Response" in body:
        error = body["Response"].get("Error")
        return str(error["Code"]) if error else None
    return str(body["error_code"]) if "error_code" in body else None


def message_of(response: httpx.Response) -> str:
    body = response.json()
    if "Response" in body:
        return str((body["Response"].get("Error") or {}).get("Message", ""))
    return str(body.get("error_msg", ""))


class RawConnection:
    """One kept-alive HTTP/1.1 connection spoken to with bytes: httpx would refuse to send much of this."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.pending = b""

    def close(self) -> None:
        self.sock.close()

    def _read_more(self) -> bytes:
        chunk = self.sock.recv(1 << 16)
        if not chunk:
            raise ConnectionError("closed by the server")
        return chunk

    def send(self, data: bytes) -> httpx.Response:
        self.sock.sendall(data)
        while b"\r\n\r\n" not in self.pending:
            self.pending += self._read_more()
        head, _, self.pending = self.pending.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        headers = [(name.strip(), value.strip()) for name, _, value in (line.partition(b":") for line in lines[1:])]
        length = int(dict(headers).get(b"content-length", b"0"))
        while len(self.pending) < length:
            self.pending += self._read_more()
        body, self.pending = self.pending[:length], self.pending[length:]
        return httpx.Response(int(lines[0][9:12]), headers=headers, content=body)

    def closed_by_server(self) -> bool:
        try:
            return self.sock.recv(1) == b""
        except ConnectionResetError:
            return True


def wire(request: httpx.Request) -> bytes:
    """The request as HTTP/1.1 bytes, exactly as built."""
    target = request.url.raw_path if request.url.host else b"*"
    head = request.method.encode() + b" " + target + b" HTTP/1.1\r\n"
    headers = b"".join(name + b": " + value + b"\r\n" for name, value in request.headers.raw)
    return head + headers + b"\r\n" + request.read()


@pytest.fixture(scope="module")
def served() -> Iterator[ServedFake]:
    with serve(settings=SETTINGS) as fake:
        yield fake


@pytest.fixture(scope="module")
def job_id(served: ServedFake) -> str:
    with httpx.Client(base_url=served.url, auth=HUAWEI) as client:
        return str(client.post(SHORT_JOBS, json={"job_type": "VOICE_ASSESS"}).json()["job_id"])


def read_back(job_id: str) -> bytes:
    return wire(huawei("GET", f"{SHORT_JOBS}/{job_id}"))


def check(case: Case, response: httpx.Response, says: str | None = None) -> None:
    assert response.status_code == case.status, response.text[:500]
    assert code_of(response) == case.code, response.text[:500]
    assert (says or case.says) in message_of(response)
    assert response.headers["x-request-id"]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_in_process(case: Case, cloud: FakeCloud) -> None:
    with cloud.transport() as transport, httpx.Client(transport=transport) as client:
        check(case, client.send(case.build()))


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_on_a_socket_and_the_connection_serves_on(case: Case, served: ServedFake, job_id: str) -> None:
    connection = RawConnection(served.port)
    try:
        check(case, connection.send(wire(case.build())), case.on_socket)
        if case.on_socket is not None:
            assert connection.closed_by_server()
            return
        after = connection.send(read_back(job_id))
    finally:
        connection.close()
    assert (after.status_code, after.json()["job_id"]) == (200, job_id)


def test_nothing_stored_is_poisoned(served: ServedFake, job_id: str) -> None:
    """After every case above (module order: they ran first), every read and listing still answers."""
    for case in CASES:
        with httpx.Client(transport=served.cloud.transport()) as client:
            client.send(case.build())
    with httpx.Client(base_url=served.url, auth=HUAWEI) as huawei_client:
        assert huawei_client.get(f"{SHORT_JOBS}/{job_id}").status_code == 200
        for job in served.cloud.jobs("moderation"):
            assert huawei_client.get(f"{AUDIO_JOBS}/{job.id}").status_code == 200
    with httpx.Client(base_url=served.url, auth=TENCENT) as tencent_client:
        listing = tencent_client.post("/DescribeTasks", json={"Limit": 100}).json()["Response"]
        assert "Error" not in listing
        for task in listing["Data"]:
            detail = tencent_client.post("/DescribeTaskDetail", json={"TaskId": task["TaskId"]}).json()["Response"]
            assert "Error" not in detail
    with httpx.Client(base_url=served.control_url) as control:
        assert [control.get(path).status_code for path in ("/jobs", "/faults", "/calls", "/health")] == [200] * 4


def test_surrogates_in_the_control_plane_are_refused(served: ServedFake, job_id: str) -> None:
    with httpx.Client(base_url=served.control_url) as control:
        fault = control.post("/faults", content=b'{"operation": "ShowShortJob", "error": "X\\udcff", "times": 1}')
        state = control.put(
            f"/jobs/metastudio/{job_id}/state", content=b'{"state": "FAILED", "failed_reason": "\\udcff"}'
        )
        deep = control.post("/faults", content=DEEP)
        assert [r.status_code for r in (fault, state, deep)] == [400] * 3
        assert {r.json()["error"]["code"] for r in (fault, state, deep)} == {"InvalidJson"}
        assert control.get("/faults").json() == {"faults": []}
    assert served.cloud.jobs("metastudio")[0].state == "CREATING"


# On the socket only: what is not HTTP, and bodies in pieces.


def test_bytes_that_are_not_http_get_the_gateway_json_and_a_closed_connection(served: ServedFake) -> None:
    connection = RawConnection(served.port)
    try:
        response = connection.send(b"GARBAGE\r\n\r\n")
        assert (response.status_code, code_of(response)) == (400, "APIG.0201")
        assert response.headers["connection"] == "close" and connection.closed_by_server()
    finally:
        connection.close()


def test_a_head_beyond_what_the_server_buffers_gets_494(served: ServedFake) -> None:
    """A head that never ends: the server stops buffering past MAX_HEAD (sent just beyond it, so that it has read
    every byte and closes with FIN, not RST)."""
    start = b"GET / HTTP/1.1\r\nHost: fake\r\n"
    filler = b"".join(b"X-Filler-%d: %s\r\n" % (i, b"a" * 8000) for i in range(MAX_HEAD // 8000 + 1))
    connection = RawConnection(served.port)
    try:
        response = connection.send((start + filler)[: MAX_HEAD + 100])
        assert (response.status_code, code_of(response)) == (494, "APIG.0201")
        assert f"exceeds {MAX_HEAD:,} bytes" in message_of(response)
        assert connection.closed_by_server()
    finally:
        connection.close()


def test_a_chunked_body_is_read_and_the_connection_serves_on(served: ServedFake, job_id: str) -> None:
    body = b'{"job_type": "VOICE_ASSESS"}'
    signed = huawei("POST", SHORT_JOBS, content=body, headers=JSON)
    head = wire(signed).split(b"\r\n\r\n")[0].replace(f"Content-Length: {len(body)}".encode(), b"X-Was: chunked")
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in (body[:5], body[5:])) + b"0\r\n\r\n"
    connection = RawConnection(served.port)
    try:
        created = connection.send(head.replace(b"\r\nX-Was", b"\r\nTransfer-Encoding: chunked\r\nX-Was") + b"\r\n\r\n"
                                  + chunks)  # fmt: skip
        assert created.status_code == 200 and created.json()["job_id"]
        assert connection.send(read_back(job_id)).status_code == 200
    finally:
        connection.close()


def test_a_body_over_the_limit_sent_in_full_leaves_the_connection_usable(served: ServedFake, job_id: str) -> None:
    request = huawei("POST", SHORT_JOBS, content=b" " * (12 << 20 | 1), headers=JSON)
    connection = RawConnection(served.port)
    try:
        refused = connection.send(wire(request))
        assert (refused.status_code, code_of(refused)) == (413, "APIG.0201")
        assert connection.send(read_back(job_id)).status_code == 200
    finally:
        connection.close()


def test_a_non_ascii_upload_token_is_refused(served: ServedFake) -> None:
    with httpx.Client(base_url=served.url, auth=HUAWEI) as client:
        url = client.post(SHORT_JOBS, json={"job_type": "VOICE_ASSESS"}).json()["data_uploading_url"]
        answer = client.put(
            url.split("?")[0] + "?token=%C3%84", content=b"PK", headers={"Content-Type": "application/zip"}
        )
    assert answer.status_code == 403 and b"<Code>AccessDenied</Code>" in answer.content


def bomb_of_silence() -> bytes:
    """A 1 MB zip whose .wav declares a 4 GB chunk before its audio: read through, 300 MiB of zeros."""
    archive = io.BytesIO()
    huge = struct.pack("<I", 0xFFFFFFF0)
    fmt = struct.pack("<4sIHHIIHH", b"fmt ", 16, 1, 1, 16000, 32000, 2, 16)
    with (
        zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as bomb,
        bomb.open("0.wav", "w", force_zip64=True) as entry,
    ):
        entry.write(b"RIFF" + huge + b"WAVE" + fmt + b"LIST" + huge)
        for _ in range(300):
            entry.write(bytes(1 << 20))
    return archive.getvalue()


def test_heavy_work_does_not_hold_up_other_clients(served: ServedFake, job_id: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """A commit whose upload takes long to assess (a zip bomb, stopped at 256 MiB decompressed) runs in a
    worker thread: a read sent while it is being assessed is answered before the commit ends."""
    assessing = threading.Event()

    def observed(data: bytes | None) -> Outcome:
        assessing.set()
        return assess_upload(data)

    monkeypatch.setattr(metastudio_state, "assess_upload", observed)
    with httpx.Client(base_url=served.url, auth=HUAWEI) as client:
        created = client.post(SHORT_JOBS, json={"job_type": "VOICE_ASSESS"}).json()
        uploaded = client.put(created["data_uploading_url"], content=bomb_of_silence(),
                              headers={"Content-Type": "application/zip"})  # fmt: skip
    assert uploaded.status_code == 200
    finished: list[str] = []

    def commit() -> None:
        with httpx.Client(base_url=served.url, auth=HUAWEI, timeout=120) as slow:
            assert slow.post(f"{SHORT_JOBS}/{created['job_id']}").status_code == 200
        finished.append("commit")

    heavy = threading.Thread(target=commit)
    heavy.start()
    assert assessing.wait(60)
    with httpx.Client(base_url=served.url, auth=HUAWEI) as quick:
        assert quick.get(f"{SHORT_JOBS}/{job_id}").status_code == 200
    finished.append("read")
    heavy.join()
    assert finished == ["read", "commit"]
    with httpx.Client(base_url=served.url, auth=HUAWEI) as client:
        audit = client.get(f"/v1/{PROJECT_ID}/voice-training-manage/user/jobs/{created['job_id']}/audit-result").json()
    [error] = audit["system_audit_result"]["errors"]
    assert error["error_code"] == "MSS.10001003"
    assert "decompresses to more than 268435456 bytes" in error["error_message"]


# Found by attacking the served fake (issue 13's second round).


def test_a_content_length_beyond_int_is_no_crash_in_process(cloud: FakeCloud) -> None:
    """On a socket h11 refuses it first (400 APIG.0201); in-process the gateway reads it itself."""
    request = raw(b"POST", SHORT_JOBS.encode(), (b"Host", b"fake"), (b"Content-Type", b"application/json"),
                  (b"Content-Length", b"9" * 5000))  # fmt: skip
    with cloud.transport() as transport, httpx.Client(transport=transport) as client:
        response = client.send(request)
    assert (response.status_code, code_of(response)) == (401, "APIG.0301")


def test_a_fault_header_status_beyond_int_is_refused(served: ServedFake) -> None:
    connection = RawConnection(served.port)
    try:
        response = connection.send(wire(raw(b"GET", SHORT_JOBS.encode() + b"/j", (b"Host", b"fake"),
                                            (b"X-Fakecloud-Fault", b"status=" + b"9" * 5000))))  # fmt: skip
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "InvalidFault"
        assert response.json()["error"]["message"] == "X-Fakecloud-Fault: status must be a number, got '9999" + (
            "9" * 33 + "...'"
        )
        assert connection.send(wire(raw(b"GET", b"/_fakecloud/health", (b"Host", b"fake")))).status_code == 200
    finally:
        connection.close()


def test_a_validation_error_shows_a_short_value_and_the_first_problems(cloud: FakeCloud) -> None:
    """1,000 Tasks of 10 KB names (maxItems 10) were answered with the whole 10 MB value in the message."""
    tasks = [{"Name": "n" * 10_000, "Input": {"Url": "https://m.example.com/a.mp3"}}] * 1000
    with cloud.transport() as transport, httpx.Client(transport=transport) as client:
        tencent_answer = client.send(tencent("CreateAudioModerationTask", {"Tasks": tasks}))
        huawei_answer = client.send(
            huawei(
                "POST",
                AUDIO_JOBS,
                json_body={
                    "event_type": "default",
                    "categories": ["x" * 10_000] * 1000,
                    "data": {"url": "https://m.example.com/a"},
                },
            )
        )
    assert code_of(tencent_answer) == "InvalidParameterValue"
    assert message_of(tencent_answer).endswith("nnnnnnnnnn'}, ...] is too long）")
    assert len(tencent_answer.content) < 1_000
    assert (huawei_answer.status_code, code_of(huawei_answer)) == (400, "AIS.0012")
    assert message_of(huawei_answer).count("is not one of") == 10
    assert len(huawei_answer.content) < 4_000


def test_a_moderation_result_is_at_most_an_hour_of_details() -> None:
    """A 65 KB URL of 21,830 `ad` words made a 4.4 MB result, answered to every read."""
    with FakeCloud(SETTINGS).transport() as transport, httpx.Client(transport=transport) as client:
        created = client.send(huawei("POST", AUDIO_JOBS, json_body={
            "event_type": "default", "categories": ["ad"], "data": {"url": "https://m.example.com/" + "ad/" * 21_830},
        })).json()  # fmt: skip
        shown = client.send(huawei("GET", f"{AUDIO_JOBS}/{created['job_id']}"))
    details = shown.json()["result"]["details"]
    assert len(details) == 360
    assert details[-1]["start_time"] == 3590 and details[-1]["end_time"] == 3600


def test_answers_on_a_kept_alive_connection_are_sent_at_once(served: ServedFake) -> None:
    """Every accepted socket has TCP_NODELAY: without it each answer on a kept-alive connection waited out the
    client's delayed ACK (44 ms a request instead of under 1 ms)."""
    with httpx.Client(base_url=served.control_url) as client:
        assert client.get("/health").status_code == 200
        protocols = [item for item in gc.get_objects() if isinstance(item, _ConnectionAwareH11)
                     and item.transport is not None and not item.transport.is_closing()]  # fmt: skip
        assert protocols
        assert all(p.transport.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
                   for p in protocols)  # fmt: skip


@pytest.mark.parametrize(
    ("target", "expected"),
    [(SHORT_JOBS.encode(), (400, "APIG.0201", "Bad request. The request has both Content-Length and Transfer")),
     (b"/", (200, "InvalidParameter", "The request has both Content-Length and Transfer-Encoding"))],
    ids=["huawei", "tencent"],
)  # fmt: skip
def test_content_length_with_transfer_encoding_is_refused_and_the_connection_closed(
    served: ServedFake, target: bytes, expected: tuple[int, str, str]
) -> None:
    """Two framings in one request (request smuggling): refused as nginx refuses it, then the connection closed."""
    connection = RawConnection(served.port)
    try:
        response = connection.send(b"POST " + target + b" HTTP/1.1\r\nHost: fake\r\nContent-Type: application/json\r\n"
                                   b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")  # fmt: skip
        status, code, says = expected
        assert (response.status_code, code_of(response)) == (status, code)
        assert says in message_of(response)
        assert response.headers["connection"] == "close" and connection.closed_by_server()
    finally:
        connection.close()


@pytest.mark.parametrize(
    "sent",
    [b"GET /_fakecloud/health HTTP/1.1\r\nHost: fake\r\n",
     b"POST " + SHORT_JOBS.encode() + b" HTTP/1.1\r\nHost: fake\r\nContent-Length: 100\r\n\r\n{\"job_type\""],
    ids=["a head that never ends", "a body that never ends"],
)  # fmt: skip
def test_a_request_too_slow_to_arrive_gets_408_and_the_connection_is_closed(
    served: ServedFake, monkeypatch: pytest.MonkeyPatch, sent: bytes
) -> None:
    """Slow clients held connections forever (80 s and counting, and 3,000 of them at once)."""
    monkeypatch.setattr(server, "REQUEST_SECONDS", 0.2)
    connection = RawConnection(served.port)
    try:
        response = connection.send(sent)
        assert (response.status_code, code_of(response)) == (408, "APIG.0201")
        assert message_of(response) == "Request timeout. The request did not arrive within 0.2 s"
        assert connection.closed_by_server()
    finally:
        connection.close()


def test_a_connection_that_sends_nothing_is_closed(served: ServedFake, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "REQUEST_SECONDS", 0.2)
    connection = RawConnection(served.port)
    try:
        assert connection.closed_by_server()
    finally:
        connection.close()


def test_a_committed_upload_is_not_kept(cloud: FakeCloud, tmp_path: Path) -> None:
    """Every committed job kept its upload (up to 64 MiB) for as long as the fake ran."""
    with cloud.transport() as transport, httpx.Client(transport=transport, auth=HUAWEI) as client:
        created = client.post(f"http://fake{SHORT_JOBS}", json={"job_type": "VOICE_ASSESS"}).json()
        uploaded = client.put(created["data_uploading_url"], content=voice_zip(tmp_path / "v.zip").read_bytes(),
                              headers={"Content-Type": "application/zip"})  # fmt: skip
        committed = client.post(f"http://fake{SHORT_JOBS}/{created['job_id']}")
    assert (uploaded.status_code, committed.status_code) == (200, 200)
    assert cloud.metastudio._job(PROJECT_ID, created["job_id"]).upload is None


def test_uploads_not_yet_committed_are_held_within_a_budget(
    cloud: FakeCloud, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Uncommitted uploads (64 MiB each, any number of jobs) had no bound: beyond MAX_HELD_BYTES an upload is
    refused with OBS's EntityTooLarge until a commit (or a reset) frees room."""
    data = voice_zip(tmp_path / "v.zip").read_bytes()
    monkeypatch.setattr(metastudio_state, "MAX_HELD_BYTES", len(data) * 3 // 2)
    with cloud.transport() as transport, httpx.Client(transport=transport, auth=HUAWEI) as client:
        first, second = (client.post(f"http://fake{SHORT_JOBS}", json={"job_type": "VOICE_ASSESS"}).json()
                         for _ in range(2))  # fmt: skip
        zip_type = {"Content-Type": "application/zip"}
        assert client.put(first["data_uploading_url"], content=data, headers=zip_type).status_code == 200
        refused = client.put(second["data_uploading_url"], content=data, headers=zip_type)
        assert client.post(f"http://fake{SHORT_JOBS}/{first['job_id']}").status_code == 200
        accepted = client.put(second["data_uploading_url"], content=data, headers=zip_type)
    assert refused.status_code == 400
    assert "<Code>EntityTooLarge</Code>" in refused.text and "not yet committed" in refused.text
    assert accepted.status_code == 200


def test_training_uploads_count_in_the_same_budget_until_their_task_is_deleted(
    cloud: FakeCloud, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A voice-training upload meets the same budget of held bytes (many tasks of 128 MiB each would otherwise
    fill the fake's memory): counted while received and as long as its task keeps it, once however often it
    is replaced, and released when its task is deleted."""
    data = voice_zip(tmp_path / "v.zip").read_bytes()
    monkeypatch.setattr(metastudio_state, "MAX_HELD_BYTES", len(data) * 2)
    training = f"/v1/{PROJECT_ID}/voice-training-manage/user/basic-jobs"
    zip_type = {"Content-Type": "application/zip"}
    with cloud.transport() as transport, httpx.Client(transport=transport, auth=HUAWEI) as client:
        short = client.post(f"http://fake{SHORT_JOBS}", json={"job_type": "VOICE_ASSESS"}).json()
        first, second = (client.post(f"http://fake{training}", json={"voice_name": "v"}).json() for _ in range(2))
        statuses = [
            client.put(short["data_uploading_url"], content=data, headers=zip_type).status_code,
            client.put(first["training_data_uploading_url"], content=data, headers=zip_type).status_code,
        ]
        full = client.put(second["training_data_uploading_url"], content=data, headers=zip_type)
        assert client.post(f"http://fake{SHORT_JOBS}/{short['job_id']}").status_code == 200  # frees its upload
        replaced = client.put(first["training_data_uploading_url"], content=data, headers=zip_type)
        held = cloud.metastudio._held
        assert client.delete(
            f"http://fake/v1/{PROJECT_ID}/voice-training-manage/user/jobs/{first['job_id']}"
        ).is_success
    assert statuses == [200, 200] and replaced.status_code == 200
    assert (
        full.status_code == 400 and "<Code>EntityTooLarge</Code>" in full.text and "delete training tasks" in full.text
    )
    assert held == len(data)  # the replaced upload released
    assert cloud.metastudio._held == 0  # the deleted task's released


def test_a_slow_pipelined_request_times_out_too(served: ServedFake, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "REQUEST_SECONDS", 0.2)
    connection = RawConnection(served.port)
    try:
        first = connection.send(
            b"GET /_fakecloud/health HTTP/1.1\r\nHost: fake\r\n\r\nGET /_fakecloud/health HTTP/1.1\r\n"
        )
        connection.sock.sendall(b"Host: fake\r\n")  # the second head goes on, and never ends
        second = connection.send(b"")
        assert first.status_code == 200
        assert (second.status_code, code_of(second)) == (408, "APIG.0201")
        assert connection.closed_by_server()
    finally:
        connection.close()
