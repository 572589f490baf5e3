"""The control plane under /_fakecloud: reset, jobs and tasks and their states, faults, calls, coverage — what a
test drives from outside the fake's process. Spoken to over HTTP (in-process); the effects are checked with the
generated clients."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import moderation_client
import pytest
from ams_client import Ams, TaskCancelled, TaskFailed
from ams_client import Backoff as AmsBackoff
from fakecloud import CONTROL_PREFIX, FakeCloud, InProcessTransport, UnknownOperation, UnknownService
from fakecloud.control import MAX_BODY_BYTES
from fakecloud.coverage import operations
from metastudio_client import ApiError, Backoff, MetaStudio, ShortJobFailed
from metastudio_client.models import SystemAuditResult

FAST = Backoff(0.001, maximum=0.01)
TWO_MEDIA = ["https://m.example.com/a.mp3", "https://m.example.com/b.mp3"]


@pytest.fixture
def control(transport: InProcessTransport) -> Iterator[httpx.Client]:
    with httpx.Client(transport=transport, base_url=f"http://fake{CONTROL_PREFIX}") as client:
        yield client


def error_of(response: httpx.Response) -> tuple[int, str, str]:
    error = response.json()["error"]
    return response.status_code, error["code"], error["message"]


def test_no_vendor_path_uses_the_prefix(cloud: FakeCloud) -> None:
    paths = [path for name in cloud.specs.names() for path in cloud.specs.document(name)["paths"]]
    assert len(paths) == 17 and not [path for path in paths if path.lower().startswith(CONTROL_PREFIX.lower())]


def test_health_says_what_is_served(control: httpx.Client) -> None:
    assert control.get("/health").json() == {
        "status": "ok", "services": ["metastudio", "moderation", "ams"], "auth": True, "progression": "immediate",
        "rate_limit": None, "security_token": False, "tc_token": False,
    }  # fmt: skip


def test_jobs_and_tasks_are_listed_per_service(
    control: httpx.Client, metastudio: MetaStudio, moderation: moderation_client.Moderation, ams: Ams
) -> None:
    short = metastudio.create_short_job().job_id
    audio = moderation.create_audio_job("https://media.example.com/ad-1-2.wav").job_id
    tasks = [str(result.task_id) for result in ams.create_audio_moderation_task(TWO_MEDIA).results or []]

    every = control.get("/jobs").json()["jobs"]
    only_ams = control.get("/jobs", params={"service": "ams"}).json()["jobs"]

    assert [(j["service"], j["kind"], j["id"], j["state"]) for j in every] == [
        ("metastudio", "short_job", short, "CREATING"),
        ("moderation", "audio_job", audio, "succeeded"),
        ("ams", "task", tasks[0], "FINISH"),
        ("ams", "task", tasks[1], "FINISH"),
    ]
    assert every[0]["project_id"] == every[1]["project_id"] and every[2]["project_id"] is None
    assert every[2]["plan"] == ["PENDING", "RUNNING", "FINISH"] and every[2]["created"].endswith("Z")
    assert only_ams == every[2:]
    assert control.get(f"/jobs/ams/{tasks[1]}").json() == every[3]
    assert error_of(control.get("/jobs/ams/w-audio-none")) == (404, "NotFound", "no ams job or task 'w-audio-none'")
    assert error_of(control.get("/jobs", params={"service": "obs"}))[:2] == (400, "InvalidService")


def test_a_job_pinned_in_audit_failed_fails_the_client_s_workflow(
    control: httpx.Client, metastudio: MetaStudio, recording: Path
) -> None:
    created = metastudio.create_short_job()
    metastudio.upload_short_job_data(created.data_uploading_url, recording)
    metastudio.commit_short_job(created.job_id)  # the recording would SUCCEED
    pin = {"state": "AUDIT_FAILED", "failed_code": "MSS.10001009", "failed_reason": "noise"}
    pinned = control.put(f"/jobs/metastudio/{created.job_id}/state", json=pin)

    with pytest.raises(ShortJobFailed) as caught:
        metastudio.wait_for_short_job(created.job_id, backoff=FAST)

    assert (pinned.status_code, pinned.json()["state"], pinned.json()["plan"]) == (
        200,
        "AUDIT_FAILED",
        ["AUDIT_FAILED"],
    )
    assert (caught.value.code, caught.value.reason) == ("MSS.10001009", "noise")
    audit = metastudio.show_job_audit_result(created.job_id).system_audit_result
    assert isinstance(audit, SystemAuditResult) and isinstance(audit.errors, list)
    assert [(e.error_code, e.error_message) for e in audit.errors] == [("MSS.10001009", "noise")]


def test_failure_states_have_documented_defaults(cloud: FakeCloud, metastudio: MetaStudio) -> None:
    job_id = metastudio.create_short_job().job_id
    cloud.set_state("metastudio", job_id, "FAILED")
    job = metastudio.show_short_job(job_id)
    assert (job.state, job.job_failed_code) == ("FAILED", "MSS.00000004")
    cloud.set_state("metastudio", job_id, "SUCCEED")
    job = metastudio.show_short_job(job_id)
    assert (job.state, bool(job.job_failed_code), bool(job.assess_result)) == ("SUCCEED", False, False)


def test_tasks_pinned_in_error_and_cancelled(control: httpx.Client, ams: Ams) -> None:
    failing, cancelled = (str(result.task_id) for result in ams.create_audio_moderation_task(TWO_MEDIA).results or [])
    control.put(f"/jobs/ams/{failing}/state", json={"state": "ERROR", "error_type": "DECODE_ERROR"})
    control.put(f"/jobs/ams/{cancelled}/state", json={"state": "CANCELLED"})

    with pytest.raises(TaskFailed) as failed:
        ams.wait_for_task(failing, backoff=AmsBackoff(0.001, maximum=0.01))
    with pytest.raises(TaskCancelled):
        ams.wait_for_task(cancelled, backoff=AmsBackoff(0.001, maximum=0.01))

    assert (failed.value.code, failed.value.reason) == ("DECODE_ERROR", "the task failed (state set by the fake's "
                                                                        "control plane)")  # fmt: skip
    assert ams.describe_task_detail(failing).status == "ERROR"


def test_a_moderation_job_pinned_failed_fails_and_notifies_nothing_twice(
    control: httpx.Client, moderation: moderation_client.Moderation
) -> None:
    job_id = moderation.create_audio_job("https://media.example.com/clean.wav").job_id
    control.put(f"/jobs/moderation/{job_id}/state", json={"state": "failed"})

    with pytest.raises(moderation_client.AudioJobFailed):
        moderation.wait_for_audio_job(job_id, backoff=moderation_client.Backoff(0.001, maximum=0.01))
    control.put(f"/jobs/moderation/{job_id}/state", json={"state": "succeeded"})
    result = moderation.wait_for_audio_job(job_id, backoff=moderation_client.Backoff(0.001, maximum=0.01))
    assert (result.suggestion, result.details) == ("pass", [])


@pytest.mark.parametrize(
    ("path", "body", "status", "code", "message"),
    [
        ("/jobs/metastudio/{job}/state", {"state": "DONE"}, 400, "InvalidState", "state 'DONE' is not one of CREATING"),
        ("/jobs/metastudio/{job}/state", {"state": "SUCCEED", "failed_code": "X"}, 400, "InvalidState",
         "unknown detail(s) failed_code for state SUCCEED (accepted: none)"),
        ("/jobs/metastudio/{job}/state", {"state": "FAILED", "code": "X"}, 400, "InvalidState",
         "(accepted: failed_code, failed_reason)"),
        ("/jobs/metastudio/{job}/state", {"state": 3}, 400, "InvalidState", 'expected {"state": "<state>"'),
        ("/jobs/metastudio/{job}/state", {"state": "FAILED", "service": "ams", "job_id": "x"}, 400, "InvalidState",
         "unknown detail(s) job_id, service for state FAILED"),
        ("/jobs/metastudio/{job}/state", [], 400, "InvalidJson", "the body must be a JSON object"),
        ("/jobs/metastudio/nope/state", {"state": "FAILED"}, 404, "NotFound", "job nope not found"),
        ("/jobs/obs/{job}/state", {"state": "FAILED"}, 400, "InvalidService", "service 'obs' is not one of"),
        ("/faults", {"operation": "Nope", "status": 503}, 400, "InvalidFault", "operation 'Nope' is not in any spec"),
        ("/faults", {"status": 503, "when": "now"}, 400, "InvalidFault", "unknown field(s) when"),
        ("/faults", {"status": "503"}, 400, "InvalidFault", "status must be an HTTP error status"),
    ],
)  # fmt: skip
def test_bad_requests_get_an_error_naming_the_problem(
    control: httpx.Client, metastudio: MetaStudio, path: str, body: Any, status: int, code: str, message: str
) -> None:
    job = metastudio.create_short_job().job_id
    method = "PUT" if path.endswith("/state") else "POST"
    response = control.request(method, path.format(job=job), json=body)

    assert error_of(response)[:2] == (status, code) and message in error_of(response)[2]


def test_not_json_unknown_endpoints_and_methods(control: httpx.Client) -> None:
    assert error_of(control.post("/faults", content=b"{"))[:2] == (400, "InvalidJson")
    assert error_of(control.get("/nothing")) == (404, "NotFound", "no control-plane endpoint /_fakecloud/nothing")
    wrong = control.post("/jobs")
    assert error_of(wrong)[:2] == (405, "MethodNotAllowed") and wrong.headers["allow"] == "GET, HEAD"


def test_faults_are_added_listed_and_removed(control: httpx.Client, metastudio: MetaStudio, cloud: FakeCloud) -> None:
    added = control.post("/faults", json={"operation": "CreateShortJob", "status": 503, "times": 2})
    other = control.post("/faults", json={"service": "ams", "connection": "drop", "share": 0.5, "seed": 3})
    with pytest.raises(ApiError, match="503"):
        metastudio.create_short_job()

    listed = control.get("/faults").json()["faults"]
    assert added.status_code == 201 and listed[0] == {**added.json(), "hits": 1, "remaining": 1}
    assert listed[1] == {"id": other.json()["id"], "service": "ams", "connection": "drop", "share": 0.5, "seed": 3,
                         "delay": 0.0, "hits": 0, "remaining": None}  # fmt: skip
    assert control.delete(f"/faults/{added.json()['id']}").status_code == 204
    assert error_of(control.delete(f"/faults/{added.json()['id']}"))[:2] == (404, "NotFound")
    assert metastudio.create_short_job().job_id
    assert control.delete("/faults").status_code == 204 and cloud.faults.rules() == []


def test_calls_are_listed_by_service_and_operation(control: httpx.Client, metastudio: MetaStudio) -> None:
    job_id = metastudio.create_short_job().job_id
    metastudio.show_short_job(job_id)
    control.get("/health")  # the control plane is not logged

    calls = control.get("/calls", params={"operation": "ShowShortJob"}).json()["calls"]
    assert [(c["service"], c["method"], c["status"], c["fault"]) for c in calls] == [
        ("metastudio", "GET", 200, None),
    ]
    assert len(control.get("/calls").json()["calls"]) == 2


@pytest.mark.parametrize(
    ("job_id", "wire"),
    [("../x", "..%2Fx"), ("a/b", "a%2Fb"), ("../../jobs", "..%2F..%2Fjobs"), ("%2e%2e", "%252e%252e")],
)
def test_calls_log_the_path_as_received_and_its_operation(
    control: httpx.Client, metastudio: MetaStudio, job_id: str, wire: str
) -> None:
    """A job id holding '/' travels percent-encoded: the fake reads it as one path parameter (the job does not
    exist: MSS.10001002 naming it), logs the path as it came and the operation it called."""
    with pytest.raises(ApiError) as caught:
        metastudio.show_short_job(job_id)
    assert caught.value.error_code == "MSS.10001002" and f"job {job_id} not found" in str(caught.value)
    [call] = control.get("/calls").json()["calls"]
    project = metastudio.project_id
    assert (call["operation"], call["path"]) == (
        "ShowShortJob",
        f"/v1/{project}/voice-training-manage/user/short-jobs/{wire}",
    )


def test_reset_forgets_every_job_fault_and_call(control: httpx.Client, metastudio: MetaStudio, ams: Ams) -> None:
    job_id = metastudio.create_short_job().job_id
    ams.create_audio_moderation_task(["https://m.example.com/a.mp3"])
    control.post("/faults", json={"status": 500})

    assert control.post("/reset").status_code == 204
    assert control.get("/jobs").json() == {"jobs": []} and control.get("/faults").json() == {"faults": []}
    with pytest.raises(ApiError, match=r"MSS\.10001002"):
        metastudio.show_short_job(job_id)


def test_coverage_rows_are_served(control: httpx.Client, cloud: FakeCloud) -> None:
    rows = control.get("/coverage").json()["operations"]
    assert rows == [row.as_dict() for row in operations(cloud)]
    assert {(r["service"], r["operation"]) for r in rows} >= {("metastudio", "CreateShortJob"), ("ams", "CancelTask")}


@pytest.mark.parametrize(
    ("method", "path", "code", "message"),
    [
        ("GET", "/jobs?service=nope", "InvalidService", "service 'nope' is not one of metastudio, moderation, ams"),
        ("GET", "/jobs?service=", "InvalidService", "service '' is not one of"),
        ("GET", "/calls?service=nope", "InvalidService", "service 'nope' is not one of metastudio, moderation, ams"),
        ("GET", "/calls?operation=ShowShortJobs", "InvalidOperation",
         "operation 'ShowShortJobs' is not in any spec served by the fake"),
        ("GET", "/jobs/nope/j-1", "InvalidService", "service 'nope' is not one of"),
        ("PUT", "/jobs/nope/j-1/state", "InvalidService", "service 'nope' is not one of"),
    ],
)  # fmt: skip
def test_an_unknown_service_or_operation_is_the_same_error_everywhere(
    control: httpx.Client, method: str, path: str, code: str, message: str
) -> None:
    """`/calls?service=nope` answered 200 with nothing, `/jobs?service=nope` 400, `PUT /jobs/nope/..` 404."""
    response = control.request(method, path, json={"state": "FAILED"} if method == "PUT" else None)
    assert error_of(response)[:2] == (400, code) and message in error_of(response)[2]


def test_the_python_api_refuses_the_same(cloud: FakeCloud) -> None:
    with pytest.raises(UnknownService, match="service 'nope' is not one of"):
        cloud.jobs("nope")
    with pytest.raises(UnknownService):
        cloud.set_state("nope", "j-1", "FAILED")
    with pytest.raises(UnknownService):
        cloud.calls.list(service="nope")
    with pytest.raises(UnknownOperation, match="operation 'Nope' is not in any spec"):
        cloud.calls.list(operation="Nope")
    assert cloud.calls.list(service="ams", operation="DescribeTasks") == []


def test_the_whole_prefix_is_the_control_plane_s_without_redirects(
    control: httpx.Client, cloud: FakeCloud, transport: InProcessTransport
) -> None:
    """`/_fakecloud` (no slash) was a vendor call, hit by faults and logged; it and `/health/` answered 307."""
    cloud.faults.add(status=503)
    with httpx.Client(transport=transport, base_url="http://fake") as http:
        root = http.get(CONTROL_PREFIX)
        root_slash = http.get(CONTROL_PREFIX + "/")
        health_slash = http.get(CONTROL_PREFIX + "/health/")
        outside = http.get(CONTROL_PREFIX + "x/health")  # another path, a vendor's: the fault answers it

    assert root.status_code == root_slash.status_code == 200 and root.json() == root_slash.json()
    assert "GET /_fakecloud/health" in root.json()["endpoints"]
    assert "PUT /_fakecloud/jobs/{service}/{job_id}/state" in root.json()["endpoints"]
    assert health_slash.status_code == 200 and health_slash.json()["status"] == "ok"
    assert outside.status_code == 503
    assert [call.path for call in cloud.calls.list()] == [CONTROL_PREFIX + "x/health"]
    assert error_of(control.get("/faults/f1/"))[:2] == (405, "MethodNotAllowed")  # DELETE only, slash or not


def test_deeply_nested_json_is_invalid_json_not_a_crash(control: httpx.Client) -> None:
    """100,000 nested arrays answered a plain-text 500 (a RecursionError in json.loads)."""
    response = control.post("/faults", content=b"[" * 100_000 + b"]" * 100_000)
    assert error_of(response) == (
        400,
        "InvalidJson",
        "the body is not JSON the fake reads: the body is nested more than 64 levels deep",
    )


def test_a_key_given_twice_is_refused_not_the_last_one_taken(control: httpx.Client, cloud: FakeCloud) -> None:
    response = control.post("/faults", content=b'{"status": 503, "status": 502}')
    assert error_of(response) == (
        400,
        "InvalidJson",
        "the body is not JSON the fake reads: the key 'status' is given twice",
    )
    assert cloud.faults.rules() == []


def test_a_body_beyond_the_limit_is_refused(control: httpx.Client, metastudio: MetaStudio) -> None:
    job_id = metastudio.create_short_job().job_id
    huge = b'{"state": "AUDIT_FAILED", "failed_reason": "' + b"a" * MAX_BODY_BYTES + b'"}'
    response = control.put(f"/jobs/metastudio/{job_id}/state", content=huge)
    assert error_of(response) == (413, "BodyTooLarge", f"the body is larger than {MAX_BODY_BYTES} bytes")
    assert control.get(f"/jobs/metastudio/{job_id}").json()["state"] == "CREATING"
