"""Failure injection in-process: the generated clients meet injected vendor errors, delays and broken
connections, per operation (next N calls or a seeded share) or per request (X-Fakecloud-Fault). The
clients here do not retry (max_retries=0), so each call meets the fault it is sent into; how they
retry is tests/overrides/test_fault_injection.py's business."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import moderation_client
import pytest
from ams_client import (
    Ams,
    AsyncAms,
    InternalError,
    RequestLimitExceededError,
    ServerError,
    TencentCredentials,
)
from ams_client import connect as connect_ams
from constants import AMS_URL, METASTUDIO_URL, MODERATION_URL, PROJECT_ID
from fakecloud import FAULT_HEADER, FakeCloud, Fault, FaultError, InProcessTransport
from metastudio_client import (
    ApiError,
    AsyncMetaStudio,
    ConnectionLost,
    HuaweiCredentials,
    MetaStudio,
    TimedOut,
    connect,
)
from moderation_client import Moderation

THROTTLED = "The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second"


@pytest.fixture
def client_options() -> dict[str, Any]:
    return {"max_retries": 0}


def task_ids(ams: Ams, *urls: str) -> list[str]:
    return [str(result.task_id) for result in ams.create_audio_moderation_task(list(urls)).results or []]


def show_statuses(cloud: FakeCloud, operation: str = "ShowShortJob") -> list[int | None]:
    return [call.status for call in cloud.calls.list(operation=operation)]


def test_the_next_two_reads_are_throttled_then_the_third_succeeds(cloud: FakeCloud, metastudio: MetaStudio) -> None:
    job_id = metastudio.create_short_job().job_id
    rule = cloud.faults.add(operation="ShowShortJob", error="APIG.0308", times=2)
    answers: list[Any] = []
    for _ in range(3):
        try:
            answers.append(metastudio.show_short_job(job_id).state)
        except ApiError as exc:
            answers.append((exc.status_code, exc.error_code, exc.error_msg, exc.request_id is not None))

    assert answers == [(429, "APIG.0308", THROTTLED, True)] * 2 + ["CREATING"]
    assert show_statuses(cloud) == [429, 429, 200]
    assert [call.fault for call in cloud.calls.list(operation="ShowShortJob")] == ["error=APIG.0308"] * 2 + [None]
    assert (rule.hits, rule.remaining) == (2, 0)
    assert [call.status for call in cloud.calls.list(operation="CreateShortJob")] == [200]  # other operations untouched


@pytest.mark.parametrize(
    ("status", "code", "message"),
    [
        (429, "APIG.0308", THROTTLED),
        (500, "MSS.00000004", "Internal Error"),
        (502, "APIG.0201", "Backend unavailable."),
        (503, "MSS.00000004", "Service Unavailable"),
        (504, "APIG.0201", "Backend timeout."),
        (418, "FAKE.418", "HTTP 418 injected by the fake cloud"),
    ],
)
def test_a_status_gets_the_huawei_body_of_that_status(
    cloud: FakeCloud, metastudio: MetaStudio, status: int, code: str, message: str
) -> None:
    cloud.faults.add(operation="CreateShortJob", status=status)
    with pytest.raises(ApiError) as caught:
        metastudio.create_short_job()

    assert (caught.value.status_code, caught.value.error_code, caught.value.error_msg) == (status, code, message)
    response = caught.value.response
    assert response is not None and response.headers["content-type"] == "application/json"
    if code.startswith("APIG."):  # gateway errors carry the request id in the body, as the real gateway's
        assert caught.value.request_id == response.headers["x-request-id"]


def test_each_huawei_service_answers_5xx_with_its_own_internal_error(cloud: FakeCloud, moderation: Moderation) -> None:
    cloud.faults.add(service="moderation", status=500)
    with pytest.raises(moderation_client.ApiError) as caught:
        moderation.create_audio_job("https://media.example.com/a.wav")

    assert (caught.value.status_code, caught.value.error_code) == (500, "AIS.0003")
    assert caught.value.error_msg == "Failed to complete the request because of an internal service error."


def test_an_error_code_with_a_message_and_status_of_ones_own(cloud: FakeCloud, metastudio: MetaStudio) -> None:
    cloud.faults.add(operation="CreateShortJob", error="MSS.00000003", message="Invalid parameter", status=400)
    with pytest.raises(ApiError) as caught:
        metastudio.create_short_job()

    assert (caught.value.status_code, caught.value.error_code, caught.value.error_msg) == (
        400, "MSS.00000003", "Invalid parameter",
    )  # fmt: skip


def test_tencent_errors_come_in_envelopes_with_http_200(cloud: FakeCloud, ams: Ams) -> None:
    [task_id] = task_ids(ams, "https://media.example.com/a.mp3")
    cloud.faults.add(operation="DescribeTaskDetail", error="RequestLimitExceeded", times=1)
    cloud.faults.add(operation="DescribeTaskDetail", error="InternalError", times=1)

    with pytest.raises(RequestLimitExceededError) as limited:
        ams.describe_task_detail(task_id)
    with pytest.raises(InternalError) as internal:
        ams.describe_task_detail(task_id)
    detail = ams.describe_task_detail(task_id)

    assert (limited.value.status_code, limited.value.code, limited.value.message) == (
        200, "RequestLimitExceeded", "请求的次数超过了频率限制。",  # the default X-TC-Language: zh-CN
    )  # fmt: skip
    assert (internal.value.code, internal.value.message) == ("InternalError", "内部错误。")
    assert limited.value.request_id and limited.value.request_id != internal.value.request_id
    assert detail.task_id == task_id
    assert show_statuses(cloud, "DescribeTaskDetail") == [200, 200, 200]


def test_a_bare_status_on_tencent_is_a_proxy_answer_the_client_calls_a_server_error(cloud: FakeCloud, ams: Ams) -> None:
    cloud.faults.add(service="ams", status=502, times=1)
    with pytest.raises(ServerError) as caught:
        ams.describe_tasks()

    assert caught.value.status_code == 502
    assert caught.value.response is not None and caught.value.response.text == "502 Bad Gateway"
    assert ams.describe_tasks().total == "0"


@pytest.mark.parametrize(
    ("connection", "error", "message"),
    [
        ("drop", httpx.RemoteProtocolError, "Server disconnected without sending a response."),
        ("reset", httpx.ReadError, "[Errno 104] Connection reset by peer"),
        ("truncate", httpx.RemoteProtocolError, "peer closed connection without sending complete message body "),
    ],
)
def test_broken_connections_raise_what_httpx_raises_over_a_socket(
    cloud: FakeCloud, metastudio: MetaStudio, connection: Any, error: type[Exception], message: str
) -> None:
    job_id = metastudio.create_short_job().job_id
    cloud.faults.add(operation="ShowShortJob", connection=connection, times=1)

    with pytest.raises(ConnectionLost) as caught:  # the client's typed error, httpx's as its cause
        metastudio.show_short_job(job_id)

    cause = caught.value.__cause__
    assert type(cause) is error and str(cause).startswith(message)
    assert metastudio.show_short_job(job_id).state == "CREATING"
    assert cloud.calls.list(operation="ShowShortJob")[0].status is None
    assert cloud.calls.list(operation="ShowShortJob")[0].fault == f"connection={connection}"


def test_a_truncated_body_says_how_much_came(cloud: FakeCloud, metastudio: MetaStudio) -> None:
    job_id = metastudio.create_short_job().job_id
    whole = len(
        metastudio.client.get_httpx_client()
        .get(f"/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs/{job_id}")
        .content
    )
    cloud.faults.add(operation="ShowShortJob", connection="truncate")

    with pytest.raises(httpx.RemoteProtocolError, match=rf"\(received {whole // 2} bytes, expected {whole}\)"):
        metastudio.client.get_httpx_client().get(f"/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs/{job_id}")


async def test_asyncio_clients_meet_the_same_faults(
    cloud: FakeCloud, ametastudio: AsyncMetaStudio, aams: AsyncAms
) -> None:
    job_id = (await ametastudio.create_short_job()).job_id
    cloud.faults.add(operation="ShowShortJob", connection="reset", times=1)
    cloud.faults.add(operation="DescribeTasks", error="RequestLimitExceeded", times=1)

    with pytest.raises(ConnectionLost) as caught:
        await ametastudio.show_short_job(job_id)
    assert isinstance(caught.value.__cause__, httpx.ReadError)
    with pytest.raises(RequestLimitExceededError):
        await aams.describe_tasks()
    assert (await ametastudio.show_short_job(job_id)).state == "CREATING"


def test_a_delay_beyond_the_read_timeout_raises_read_timeout(
    cloud: FakeCloud, credentials: HuaweiCredentials, transport: InProcessTransport
) -> None:
    cloud.faults.add(operation="CreateShortJob", delay=5, times=1)
    with connect(base_url=METASTUDIO_URL, credentials=credentials, transport=transport, timeout=0.2) as client:
        with pytest.raises(TimedOut) as caught:  # not sent again: a create that timed out may have happened
            client.create_short_job()
        assert isinstance(caught.value.__cause__, httpx.ReadTimeout) and caught.value.outcome_unknown
        created = client.create_short_job()

    assert created.job_id
    assert [(c.status, c.fault) for c in cloud.calls.list(operation="CreateShortJob")] == [
        (None, "delay=5"), (200, None),
    ]  # fmt: skip


def test_a_delay_within_the_timeout_only_slows_the_answer(cloud: FakeCloud, metastudio: MetaStudio) -> None:
    cloud.faults.add(operation="CreateShortJob", delay=0.05, status=503, times=1)
    cloud.faults.add(operation="CreateShortJob", delay=0.05, times=1)

    with pytest.raises(ApiError) as caught:
        metastudio.create_short_job()
    created = metastudio.create_short_job()

    assert caught.value.status_code == 503 and created.job_id
    assert [c.fault for c in cloud.calls.list(operation="CreateShortJob")] == ["delay=0.05, status=503", "delay=0.05"]
    assert [job.id for job in cloud.jobs("metastudio")] == [created.job_id]  # the faulted create created nothing


def _pattern(cloud: FakeCloud, metastudio: MetaStudio, job_id: str, calls: int = 40) -> str:
    outcome = ""
    for _ in range(calls):
        try:
            metastudio.show_short_job(job_id)
            outcome += "."
        except ApiError:
            outcome += "x"
    return outcome


def test_a_seeded_share_fails_the_same_calls_every_run(metastudio: MetaStudio, cloud: FakeCloud) -> None:
    job_id = metastudio.create_short_job().job_id
    runs = []
    for seed in (7, 7, 8):
        cloud.faults.clear()
        cloud.faults.add(operation="ShowShortJob", status=503, share=0.25, seed=seed)
        runs.append(_pattern(cloud, metastudio, job_id))

    assert runs[0] == runs[1] != runs[2]
    assert 4 <= runs[0].count("x") <= 18  # about a quarter of 40
    cloud.faults.clear()
    rule = cloud.faults.add(operation="ShowShortJob", status=503, share=0.5, seed=1, times=3)
    assert _pattern(cloud, metastudio, job_id).count("x") == 3 and rule.remaining == 0


def test_faults_hit_only_their_operation_and_service(cloud: FakeCloud, ams: Ams, metastudio: MetaStudio) -> None:
    cloud.faults.add(service="ams", operation="DescribeTaskDetail", status=500)
    cloud.faults.add(service="metastudio", status=503, times=1)

    assert ams.describe_tasks().total == "0"
    with pytest.raises(ApiError):
        metastudio.create_short_job()
    assert metastudio.create_short_job().job_id
    with pytest.raises(ServerError):
        ams.describe_task_detail("w-audio-unknown")


def test_the_first_registered_fault_that_hits_answers(cloud: FakeCloud, metastudio: MetaStudio) -> None:
    first = cloud.faults.add(operation="CreateShortJob", status=502, times=1)
    second = cloud.faults.add(status=504, times=1)

    codes = []
    for _ in range(3):
        try:
            metastudio.create_short_job()
            codes.append(200)
        except ApiError as exc:
            codes.append(exc.status_code)

    assert codes == [502, 504, 200] and (first.hits, second.hits) == (1, 1)
    cloud.faults.remove(first.id)
    assert [rule.id for rule in cloud.faults.rules()] == [second.id]
    with pytest.raises(KeyError):
        cloud.faults.remove(first.id)


@pytest.fixture
def raw(cloud: FakeCloud, transport: InProcessTransport) -> Iterator[httpx.Client]:
    """Unsigned requests: a fault answers before the gateway checks the signature."""
    with httpx.Client(transport=transport, base_url=MODERATION_URL) as client:
        yield client


def test_the_header_hits_that_request_only_and_before_the_gateway(raw: httpx.Client, cloud: FakeCloud) -> None:
    path = "/v3/p/moderation/audio/jobs/j"
    faulted = raw.get(path, headers={FAULT_HEADER: "status=503"})
    unsigned = raw.get(path)
    delayed = raw.get(path, headers={FAULT_HEADER: "delay=0.01; error=APIG.0308"})

    assert (faulted.status_code, faulted.json()["error_code"]) == (503, "AIS.0003")
    assert (unsigned.status_code, unsigned.json()["error_code"]) == (401, "APIG.0301")
    assert (delayed.status_code, delayed.json()["error_code"]) == (429, "APIG.0308")
    assert [c.fault for c in cloud.calls.list()] == ["status=503", None, "delay=0.01, error=APIG.0308"]
    assert {c.operation for c in cloud.calls.list()} == {"ShowAudioModerationJob"}


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("status=abc", "status must be a number"),
        ("status=200", "status must be an HTTP error status (400-599)"),
        ("connection=explode", "connection must be one of drop, reset, truncate"),
        ("times=2", "unknown key 'times'; the keys are status, error, message, delay, connection"),
        ("Status=503", "unknown key 'Status' (keys are lower case: status); the keys are status, error, message"),
        ("STATUS=503", "unknown key 'STATUS' (keys are lower case: status)"),
        ("status=503, status=502", "X-Fakecloud-Fault: 'status' is given twice"),
        ("delay=0.1; delay=0.2", "'delay' is given twice"),
        ("status=٥٠٣", "status must be a number, got '٥٠٣'"),
        ("=503", "expected key=value pairs, got '=503'"),
        ("drop", "expected key=value pairs, got 'drop'"),
        ("delay=soon", "delay must be a number of seconds"),
        ("", "X-Fakecloud-Fault is empty"),
    ],
)
def test_a_bad_header_is_refused_naming_the_problem(raw: httpx.Client, header: str, message: str) -> None:
    response = raw.get("/v3/p/moderation/audio/jobs/j", headers={FAULT_HEADER.encode(): header.encode()})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "InvalidFault" and message in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"operation": "ShowShortJobs", "status": 503}, "operation 'ShowShortJobs' is not in any spec"),
        ({"service": "ams", "operation": "ShowShortJob", "status": 503}, "is not in the ams spec"),
        ({"service": "obs", "status": 503}, "service 'obs' is not one of ams, metastudio, moderation"),
        ({}, "a fault needs status, error, delay or connection"),
        ({"connection": "drop", "status": 500}, "give either connection or status/error"),
        ({"message": "why"}, "message needs an error or a status"),
        ({"status": 503, "times": 0}, "times must be a whole number >= 1"),
        ({"status": 503, "share": 0}, "share must be above 0 and at most 1"),
        ({"status": 503, "share": 1.5}, "share must be above 0 and at most 1"),
        ({"delay": -1}, "delay must be between 0 and 600 seconds"),
        ({"delay": float("nan")}, "delay must be finite"),
        ({"status": True}, "status must be an HTTP error status"),
        ({"error": ""}, "error must be a non-empty string"),
    ],
)
def test_a_fault_that_cannot_hit_is_refused(cloud: FakeCloud, fields: dict[str, Any], message: str) -> None:
    with pytest.raises(FaultError, match=message.replace("(", r"\(").replace(")", r"\)")):
        cloud.faults.add_fault(Fault(**fields))
    assert cloud.faults.rules() == []


def test_upload_faults_name_the_upload_operation(cloud: FakeCloud, metastudio: MetaStudio, recording: Any) -> None:
    created = metastudio.create_short_job()
    cloud.faults.add(operation="UploadShortJobData", connection="reset", times=1)

    with pytest.raises(ConnectionLost) as caught:
        metastudio.upload_short_job_data(created.data_uploading_url, recording)
    assert isinstance(caught.value.__cause__, httpx.ReadError)
    metastudio.upload_short_job_data(created.data_uploading_url, recording)
    metastudio.commit_short_job(created.job_id)

    assert metastudio.wait_for_short_job(created.job_id).state == "SUCCEED"
    assert show_statuses(cloud, "UploadShortJobData") == [None, 200]


def test_reset_forgets_faults_and_calls(cloud: FakeCloud, metastudio: MetaStudio) -> None:
    cloud.faults.add(operation="CreateShortJob", status=503)
    with pytest.raises(ApiError):
        metastudio.create_short_job()
    cloud.reset()

    assert cloud.faults.rules() == [] and cloud.calls.list() == []
    assert metastudio.create_short_job().job_id


def test_tencent_credentials_unused_by_a_fault_before_the_gateway(
    cloud: FakeCloud, transport: InProcessTransport
) -> None:
    """A throttling fault answers even a client with the wrong key, as a gateway in front would."""
    cloud.faults.add(service="ams", error="RequestLimitExceeded")
    with (
        connect_ams(base_url=AMS_URL, credentials=TencentCredentials("AKIDWRONG", "wrong"), transport=transport) as ams,
        pytest.raises(RequestLimitExceededError),
    ):
        ams.describe_tasks()


def test_truncating_an_answer_without_a_body_cuts_it_before_its_status_line(
    cloud: FakeCloud, metastudio: MetaStudio, recording: Any
) -> None:
    """The service acts, then its answer is cut: with no body to cut in half, not even the status line is sent
    (it was sent whole, yet logged and counted as truncated). What the log says is what happened."""
    http = metastudio.client.get_httpx_client()
    created = metastudio.create_short_job()
    upload = cloud.faults.add(operation="UploadShortJobData", connection="truncate", times=1)
    commit = cloud.faults.add(operation="CommitShortJob", connection="truncate", times=1)
    disconnected = "^Server disconnected without sending a response.$"

    with pytest.raises(httpx.RemoteProtocolError, match=disconnected):
        http.put(
            created.data_uploading_url, content=recording.read_bytes(), headers={"Content-Type": "application/zip"}
        )
    with pytest.raises(httpx.RemoteProtocolError, match=disconnected):
        http.post(f"/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs/{created.job_id}")

    assert [(c.operation, c.status, c.fault) for c in cloud.calls.list()[1:]] == [
        ("UploadShortJobData", None, "connection=truncate"), ("CommitShortJob", None, "connection=truncate"),
    ]  # fmt: skip
    assert (upload.hits, upload.remaining, commit.hits, commit.remaining) == (1, 0, 1, 0)
    assert cloud.jobs("metastudio")[0].state == "SUCCEED"  # uploaded and committed: only the answers were lost


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"operation": "ShowShortJob", "error": "RequestLimitExceeded"},
         "error 'RequestLimitExceeded' is a Tencent Cloud error code; operation ShowShortJob is Huawei Cloud's"),
        ({"operation": "DescribeTasks", "error": "APIG.0308"},
         "error 'APIG.0308' is a Huawei Cloud error code; operation DescribeTasks is Tencent Cloud's"),
        ({"service": "ams", "error": "APIG.0308"},
         "error 'APIG.0308' is a Huawei Cloud error code; service ams is Tencent Cloud's"),
        ({"service": "moderation", "error": "InternalError"}, "service moderation is Huawei Cloud's"),
        ({"operation": "UploadShortJobData", "error": "AccessDenied"}, "operation UploadShortJobData is Huawei"),
        ({"error": "oops"}, "error 'oops' is not an error code: Huawei codes are SERVICE.NUMBER (APIG.0308)"),
        ({"error": "APIG-0308"}, "error 'APIG-0308' is not an error code"),
    ],
)  # fmt: skip
def test_an_error_code_of_another_vendor_is_refused(cloud: FakeCloud, fields: dict[str, Any], message: str) -> None:
    with pytest.raises(FaultError, match=message.replace("(", r"\(").replace(")", r"\)")):
        cloud.faults.add(**fields)
    assert cloud.faults.rules() == []


def test_an_unscoped_error_fault_hits_only_its_code_s_vendor(
    cloud: FakeCloud, metastudio: MetaStudio, moderation: Moderation, ams: Ams
) -> None:
    """`error=` with no operation or service hit every vendor: Huawei answered `{"error_code":
    "RequestLimitExceeded"}` and AMS an envelope with APIG.0308."""
    tencent = cloud.faults.add(error="RequestLimitExceeded")
    huawei = cloud.faults.add(error="APIG.0308")

    with pytest.raises(RequestLimitExceededError):
        ams.describe_tasks()
    with pytest.raises(ApiError) as metastudio_throttled:
        metastudio.create_short_job()
    with pytest.raises(moderation_client.ApiError) as moderation_throttled:
        moderation.create_audio_job("https://media.example.com/a.wav")

    assert (metastudio_throttled.value.status_code, metastudio_throttled.value.error_code) == (429, "APIG.0308")
    assert moderation_throttled.value.error_code == "APIG.0308"
    assert (tencent.hits, huawei.hits, tencent.vendor, huawei.vendor) == (1, 2, "tencent", "huawei")


@pytest.mark.parametrize(
    ("path", "header", "message"),
    [
        ("/v3/p/moderation/audio/jobs/j", "error=RequestLimitExceeded",
         "error 'RequestLimitExceeded' is a Tencent Cloud error code; operation ShowAudioModerationJob is Huawei"),
        ("/nothing/here", "error=InternalError", "this request is Huawei Cloud's"),
    ],
)  # fmt: skip
def test_a_header_with_another_vendor_s_error_code_is_refused(
    raw: httpx.Client, path: str, header: str, message: str
) -> None:
    response = raw.get(path, headers={FAULT_HEADER: header})
    assert (response.status_code, response.json()["error"]["code"]) == (400, "InvalidFault")
    assert message in response.json()["error"]["message"]


def test_a_header_with_an_amss_code_on_ams(cloud: FakeCloud, transport: InProcessTransport) -> None:
    with httpx.Client(transport=transport, base_url=AMS_URL) as http:
        refused = http.post("/", headers={"X-TC-Action": "DescribeTasks", FAULT_HEADER: "error=APIG.0308"}, json={})
        answered = http.post("/", headers={"X-TC-Action": "DescribeTasks", FAULT_HEADER: "error=InternalError"},
                             json={})  # fmt: skip
    assert refused.json()["error"]["message"].endswith("operation DescribeTasks is Tencent Cloud's")
    assert answered.json()["Response"]["Error"]["Code"] == "InternalError"


def test_fault_ids_start_again_after_a_reset(cloud: FakeCloud) -> None:
    first = cloud.faults.add(status=503)
    cloud.faults.clear()
    second = cloud.faults.add(status=503)  # clearing keeps counting: a removed fault's id is not reused
    cloud.reset()
    third = cloud.faults.add(status=503)
    assert (first.id, second.id, third.id) == ("f1", "f2", "f1")
