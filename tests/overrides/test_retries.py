"""What is retried and how (overrides/common/retries.py, calls.py): reads on transient failures, creates only
when surely not carried out, Retry-After, per-client and per-call settings, typed transport errors, the
zip upload. Served by httpx.MockTransport playing a sequence of answers and failures through the facades;
tests/overrides/test_fault_injection.py does the same against the fake's failure injection."""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import ams_client
import httpx
import metastudio_client
import pytest
from fakecloud.samples import voice_zip
from metastudio_client import (
    ConnectFailed,
    ConnectionLost,
    HuaweiCredentials,
    MetaStudio,
    RetryPolicy,
    ServerError,
    ThrottlingError,
    TimedOut,
    UploadFailed,
    connect,
    connect_async,
)

NO_WAIT = RetryPolicy(initial_delay=0, max_delay=0)
AMS_NO_WAIT = ams_client.RetryPolicy(initial_delay=0, max_delay=0)
CREDENTIALS = HuaweiCredentials("AKTEST0000000000", "sk-test-secret", "p", "sts-token-secret")
JOB = {"job_id": "j", "state": "SUCCEED"}
CREATED = {"job_id": "j", "data_uploading_url": "https://obs.test/voice.zip?Signature=presigned-secret"}
Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """A transport answering each request with the next of `answers` (the last one again when they run out)."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):  # a fresh copy: a response is read once
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)
        return answer(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def ok(body: Any = JOB, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def huawei_error(status: int, code: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json={"error_code": code, "error_msg": "injected"}, headers=headers)


@pytest.fixture
def script() -> Script:
    return Script(ok())


def metastudio(script: Script, retry: RetryPolicy = NO_WAIT, **options: Any) -> MetaStudio:
    return connect(base_url="https://metastudio.test", credentials=CREDENTIALS, transport=script.transport(),
                   retry=retry, **options)  # fmt: skip


def transport_failures() -> Iterator[Exception]:
    yield httpx.ConnectError("refused")
    yield httpx.ConnectTimeout("connect timed out")
    yield httpx.PoolTimeout("no free connection")
    yield httpx.ReadTimeout("read timed out")
    yield httpx.RemoteProtocolError("Server disconnected without sending a response.")
    yield httpx.ReadError("connection reset by peer")


@pytest.mark.parametrize("failure", [huawei_error(500, "MSS.00000004"), huawei_error(502, "APIG.0201"),
                                     huawei_error(503, "MSS.00000004"), huawei_error(504, "APIG.0201"),
                                     huawei_error(429, "APIG.0308"), *transport_failures()],
                         ids=lambda f: getattr(f, "status_code", type(f).__name__))  # fmt: skip
def test_a_read_is_retried_on_every_transient_failure(failure: Answer) -> None:
    script = Script(failure, failure, ok())
    assert metastudio(script).show_short_job("j").job_id == "j"
    assert len(script.requests) == 3
    assert all(r.headers["Authorization"].startswith("SDK-HMAC-SHA256 Access=AKTEST") for r in script.requests)


def test_the_final_error_says_how_many_attempts_were_made(caplog: pytest.LogCaptureFixture) -> None:
    script = Script(huawei_error(503, "MSS.00000004"))
    with pytest.raises(ServerError) as caught, caplog.at_level(logging.WARNING, "metastudio_client"):
        metastudio(script).show_short_job("j")
    assert [r.getMessage() for r in caplog.records] == [
        f"ShowShortJob: HTTP 503 MSS.00000004: injected; retrying in 0.00 s (attempt {n} of 3)" for n in (2, 3)
    ]
    assert caught.value.attempts == 3 and caught.value.operation == "ShowShortJob"
    assert str(caught.value) == "HTTP 503 MSS.00000004: injected (after 3 attempts)"
    assert len(script.requests) == 3


@pytest.mark.parametrize("failure", [huawei_error(500, "MSS.00000004"), huawei_error(503, "MSS.00000004"),
                                     httpx.ReadTimeout("read timed out"), httpx.RemoteProtocolError("closed")],
                         ids=lambda f: getattr(f, "status_code", type(f).__name__))  # fmt: skip
def test_a_create_is_not_retried_when_it_may_have_been_carried_out(failure: Answer) -> None:
    script = Script(failure, ok(CREATED))
    with pytest.raises(metastudio_client.ClientError) as caught:
        metastudio(script).create_short_job()
    error = caught.value
    assert len(script.requests) == 1 and error.attempts == 1 and error.outcome_unknown
    assert "CreateShortJob may have been carried out despite this error (e.g. the job may exist)" in str(error)


@pytest.mark.parametrize("failure", [huawei_error(429, "APIG.0308"), huawei_error(400, "APIG.0308"),
                                     httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"),
                                     httpx.PoolTimeout("busy")],
                         ids=lambda f: getattr(f, "status_code", type(f).__name__))  # fmt: skip
def test_a_create_is_retried_when_it_surely_was_not_carried_out(failure: Answer) -> None:
    script = Script(failure, ok(CREATED))
    assert metastudio(script).create_short_job().job_id == "j"
    assert [r.method for r in script.requests] == ["POST", "POST"]


def test_a_commit_is_not_retried_after_a_timeout() -> None:
    script = Script(httpx.ReadTimeout("slow"), ok(None))
    with pytest.raises(TimedOut, match="CommitShortJob may have been carried out"):
        metastudio(script).commit_short_job("j")
    assert len(script.requests) == 1


def test_client_errors_are_not_retried() -> None:
    script = Script(huawei_error(404, "MSS.00000003"), ok())
    with pytest.raises(metastudio_client.ApiError) as caught:
        metastudio(script).show_short_job("j")
    assert caught.value.attempts == 1 and len(script.requests) == 1 and str(caught.value).endswith("injected")


@pytest.mark.parametrize(
    ("failure", "error_class", "cause"),
    [
        (httpx.ConnectError("[Errno 111] refused"), ConnectFailed, httpx.ConnectError),
        (httpx.ReadTimeout("timed out"), TimedOut, httpx.ReadTimeout),
        (httpx.RemoteProtocolError("peer closed"), ConnectionLost, httpx.RemoteProtocolError),
    ],
)
def test_transport_failures_are_typed_and_keep_httpx_as_the_redacted_cause(
    failure: Exception, error_class: type[Exception], cause: type[Exception]
) -> None:
    with pytest.raises(error_class) as caught:
        metastudio(Script(failure), RetryPolicy(max_retries=0)).show_short_job("j")
    error = caught.value
    assert isinstance(error, metastudio_client.TransportError)
    assert error.request == "GET https://metastudio.test/v1/p/voice-training-manage/user/short-jobs/j"
    assert isinstance(error.__cause__, cause) and isinstance(error.__cause__, httpx.RequestError)
    kept = error.__cause__.request
    assert kept.headers["Authorization"] == "********" and kept.headers["X-Security-Token"] == "********"
    assert "sts-token-secret" not in str(kept.headers) and "Signature=" not in str(kept.headers)


def test_retry_after_in_seconds_is_honoured(caplog: pytest.LogCaptureFixture) -> None:
    script = Script(huawei_error(429, "APIG.0308", {"Retry-After": "1"}), ok())
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, "metastudio_client"):
        metastudio(script, RetryPolicy(initial_delay=30, max_delay=30)).show_short_job("j")
    assert time.monotonic() - started >= 1.0
    [warning] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warning == "ShowShortJob: HTTP 429 APIG.0308: injected; retrying in 1.00 s (attempt 2 of 3)"


def test_retry_after_as_an_http_date_is_honoured(caplog: pytest.LogCaptureFixture) -> None:
    when = email.utils.formatdate(time.time() + 2, usegmt=True)
    script = Script(huawei_error(503, "MSS.00000004", {"Retry-After": when}), ok())
    with caplog.at_level(logging.WARNING, "metastudio_client"):
        metastudio(script, RetryPolicy(initial_delay=30, max_delay=30)).show_short_job("j")
    [warning] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    delay = float(warning.split("retrying in ")[1].split(" s")[0])
    assert 0.5 <= delay <= 2.0


def test_a_retry_after_beyond_the_cap_ends_the_retries() -> None:
    script = Script(huawei_error(429, "APIG.0308", {"Retry-After": "3600"}), ok())
    with pytest.raises(ThrottlingError) as caught:
        metastudio(script).show_short_job("j")
    assert caught.value.retry_after == 3600 and caught.value.attempts == 1 and len(script.requests) == 1


def test_retries_are_set_per_client_and_per_call() -> None:
    failing = Script(huawei_error(503, "MSS.00000004"))
    client = metastudio(failing, max_retries=0)
    with pytest.raises(ServerError):
        client.show_short_job("j")
    assert len(failing.requests) == 1
    with pytest.raises(ServerError) as caught:
        client.with_options(max_retries=4).show_short_job("j")
    assert len(failing.requests) == 6 and caught.value.attempts == 5
    with pytest.raises(ServerError):
        client.show_short_job("j")  # the original keeps its own settings
    assert len(failing.requests) == 7


def test_with_options_shares_the_connection_pool_and_sets_a_timeout_per_request(script: Script) -> None:
    client = metastudio(script)
    copy = client.with_options(timeout=2.5)
    assert copy.client.get_httpx_client() is client.client.get_httpx_client()
    copy.show_short_job("j")
    client.show_short_job("j")
    assert script.requests[0].extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    assert script.requests[1].extensions["timeout"] == httpx.Timeout(60.0, connect=10.0).as_dict()
    assert copy.project_id == client.project_id and copy is not client


def upload_answers(*answers: Answer, tmp_path: Path) -> tuple[Script, MetaStudio, Path]:
    script = Script(*answers)
    return script, metastudio(script), voice_zip(tmp_path / "voice.zip")


def test_the_upload_is_retried_reopening_the_file(tmp_path: Path) -> None:
    script, client, recording = upload_answers(huawei_error(503, "x"), httpx.Response(200), tmp_path=tmp_path)
    client.upload_short_job_data(CREATED["data_uploading_url"], recording)
    puts = [body for request, body in zip(script.requests, script.bodies, strict=True) if request.method == "PUT"]
    assert puts == [recording.read_bytes()] * 2


@pytest.mark.parametrize(
    ("status", "code", "attempts"),
    [(403, "AccessDenied", 1), (503, "SlowDown", 3), (500, "InternalError", 3), (400, "RequestTimeout", 3)],
)
def test_an_object_storage_error_is_upload_failed_with_its_code(
    tmp_path: Path, status: int, code: str, attempts: int
) -> None:
    xml = f"<?xml version='1.0'?><Error><Code>{code}</Code><Message>no &amp; no</Message><RequestId>obs-1</RequestId>"
    _, client, recording = upload_answers(httpx.Response(status, text=xml + "</Error>"), tmp_path=tmp_path)
    with pytest.raises(UploadFailed) as caught:
        client.upload_short_job_data(CREATED["data_uploading_url"], recording)
    error = caught.value
    assert (error.status_code, error.error_code, error.request_id, error.attempts) == (status, code, "obs-1", attempts)
    assert str(error).startswith(f"HTTP {status} {code}: upload to https://obs.test/voice.zip failed: no & no")
    assert "presigned-secret" not in str(error) and error.response is not None
    assert "presigned-secret" not in str(error.response.request.url)


def test_an_upload_url_that_is_not_absolute_is_refused(tmp_path: Path, script: Script) -> None:
    with pytest.raises(metastudio_client.InvalidArgument, match="data_uploading_url: is not an absolute http"):
        metastudio(script).upload_short_job_data("/relative/url", voice_zip(tmp_path / "v.zip"))
    assert script.requests == []


async def test_asyncio_calls_retry_alike(tmp_path: Path) -> None:
    script = Script(httpx.ReadTimeout("slow"), huawei_error(503, "x"), ok(), httpx.ReadTimeout("slow"))
    async with connect_async(base_url="https://metastudio.test", credentials=CREDENTIALS,
                             transport=script.transport(), retry=NO_WAIT) as client:  # fmt: skip
        assert (await client.show_short_job("j")).job_id == "j"
        assert len(script.requests) == 3
        with pytest.raises(TimedOut, match="may have been carried out"):
            await client.with_options(max_retries=5).create_short_job()
        assert len(script.requests) == 4  # with_options shares the client: the same script answered


def tencent(status: int = 200, code: str | None = None, **members: Any) -> httpx.Response:
    response: dict[str, Any] = {"RequestId": "r", **members}
    if code:
        response["Error"] = {"Code": code, "Message": "injected"}
    return httpx.Response(status, content=json.dumps({"Response": response}).encode())


@pytest.mark.parametrize(
    ("failure", "read_attempts", "create_attempts"),
    [
        (tencent(code="RequestLimitExceeded"), 2, 2),
        (tencent(code="RequestLimitExceeded.UinLimitExceeded"), 2, 2),
        (tencent(code="InternalError.ServerError"), 2, 1),
        (tencent(code="ResourceNotFound"), 1, 1),
        (httpx.Response(502, text="Bad Gateway"), 2, 1),
    ],
)
def test_tencent_codes_are_retried_by_what_they_mean(failure: httpx.Response, read_attempts: int,
                                                     create_attempts: int) -> None:  # fmt: skip
    created = tencent(Results=[{"TaskId": "t", "Code": "OK"}])
    detail = tencent(TaskId="t", Status="FINISH")
    for call, success, attempts in (("describe_task_detail", detail, read_attempts),
                                    ("create_audio_moderation_task", created, create_attempts)):  # fmt: skip
        script = Script(failure, success)
        with ams_client.connect(base_url="https://ams.test", transport=script.transport(), retry=AMS_NO_WAIT,
                                credentials=ams_client.TencentCredentials("AKIDTEST", "key")) as client:  # fmt: skip
            argument: Any = "t" if call == "describe_task_detail" else ["https://media.test/a.mp3"]
            try:
                getattr(client, call)(argument)
            except ams_client.ClientError as error:
                assert error.attempts == attempts
            assert len(script.requests) == attempts, call


async def test_concurrent_asyncio_calls_retry_each_on_its_own() -> None:
    seen: dict[str, int] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        job = request.url.path.rsplit("/", 1)[1]
        seen[job] = seen.get(job, 0) + 1
        if seen[job] <= 2:
            return httpx.Response(503, json={"error_code": "MSS.00000004", "error_msg": f"busy {job}"})
        return httpx.Response(200, json={"job_id": job, "state": "SUCCEED"})

    jobs = [f"j{i}" for i in range(20)]
    async with connect_async(base_url="https://metastudio.test", credentials=CREDENTIALS, retry=RetryPolicy(
            initial_delay=0.02, max_delay=0.02), transport=httpx.MockTransport(handler)) as client:  # fmt: skip
        answers = await asyncio.gather(*(client.show_short_job(job) for job in jobs))
    assert [answer.job_id for answer in answers] == jobs
    assert seen == dict.fromkeys(jobs, 3)
