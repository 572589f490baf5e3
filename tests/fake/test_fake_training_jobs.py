"""The fake's voice-training tasks over HTTP (training_state.py, training_routes.py): the state machine with
review, rejection and resubmission, uploads, listing, deletion, SEGMENT sentences, the authorization letter,
the control plane and failure injection — driven with the generated functions and plain httpx uploads."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from constants import METASTUDIO_URL, PROJECT_ID
from fakecloud import FakeCloud, InProcessTransport, Settings
from fakecloud.metastudio import training_state
from fakecloud.progression import Progression
from fakecloud.samples import silent_wav, training_zip, voice_wav
from metastudio_client import ApiError, HuaweiCredentials, MetaStudio, connect
from metastudio_client.api.training_jobs import (
    commit_voice_training_job,
    confirm_training_segment,
    create_training_advance_job,
    create_training_basic_job,
    create_training_middle_job,
    create_training_third_party_job,
    delete_voice_training_job,
    list_voice_training_job,
    show_job_uploading_address,
    show_training_segment_info,
    show_voice_training_job,
)
from metastudio_client.models import (
    CommitVoiceTrainingJobRequestBody,
    ConfirmTrainingSegmentResponseBody,
    CreateTrainingJobRequestBody,
    CreateTrainingJobResponseBody,
    CreateType,
    JobTag,
    ListVoiceTrainingJobResponseBody,
    ShowJobUploadingAddressResponseBody,
    ShowTrainingSegmentInfoResponseBody,
    SortDirection,
    TrainingJobSortKey,
    TrainingJobType,
    VoiceTrainingJob,
)
from metastudio_client.types import UNSET, Unset

M = TypeVar("M")


def model(kind: type[M], answer: object) -> M:
    assert isinstance(answer, kind), answer
    return answer


CREATE = {"BASIC": create_training_basic_job, "MIDDLE": create_training_middle_job,
          "ADVANCE": create_training_advance_job, "THIRD_PARTY": create_training_third_party_job}  # fmt: skip


class Tasks:
    """The training operations of one client, and uploads to the URLs they hand out."""

    def __init__(self, client: MetaStudio, transport: InProcessTransport) -> None:
        self.client = client.client
        self.http = httpx.Client(transport=transport)

    def create(self, job_type: str = "BASIC", *, app_user_id: str | None = None, **body: Any) -> Any:
        body.setdefault("voice_name", "voice")
        request = CreateTrainingJobRequestBody.from_dict(body)
        kwargs = {"x_app_user_id": app_user_id} if app_user_id else {}
        return CREATE[job_type].sync(PROJECT_ID, client=self.client, body=request, **kwargs)

    def put(self, url: str, data: bytes, content_type: str = "application/zip") -> httpx.Response:
        return self.http.put(url, content=data, headers={"Content-Type": content_type})

    def commit(self, job_id: str, **body: Any) -> None:
        payload = CommitVoiceTrainingJobRequestBody.from_dict(body) if body else UNSET
        commit_voice_training_job.sync_detailed(PROJECT_ID, job_id, client=self.client, body=payload)

    def show(self, job_id: str) -> VoiceTrainingJob:
        job = show_voice_training_job.sync(PROJECT_ID, job_id, client=self.client)
        assert isinstance(job, VoiceTrainingJob)
        return job

    def audit(self, job_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self.client_call("audit-result", job_id)
        return result

    def client_call(self, suffix: str, job_id: str) -> Any:
        response = self.client.get_httpx_client().get(
            f"/v1/{PROJECT_ID}/voice-training-manage/user/jobs/{job_id}/{suffix}"
        )
        assert response.status_code == 200, response.text
        return response.json()

    def page(self, **filters: Any) -> ListVoiceTrainingJobResponseBody:
        return model(ListVoiceTrainingJobResponseBody, list_voice_training_job.sync(PROJECT_ID, client=self.client,
                                                                                    **filters))  # fmt: skip

    def listed(self, **filters: Any) -> tuple[int, list[str]]:
        page = self.page(**filters)
        return int(page.count or 0), [job.job_id for job in page.jobs or []]

    def address(self, job_id: str) -> ShowJobUploadingAddressResponseBody:
        answer = show_job_uploading_address.sync(PROJECT_ID, job_id, client=self.client)
        return model(ShowJobUploadingAddressResponseBody, answer)

    def confirm(self, job_id: str, index: int) -> tuple[bool, list[int]]:
        answer = confirm_training_segment.sync(PROJECT_ID, job_id=job_id, index=index, client=self.client)
        confirmed = model(ConfirmTrainingSegmentResponseBody, answer)
        return bool(confirmed.confirm_result), list(confirmed.unmatched_index_hit or [])

    def confirmed(self, job_id: str) -> list[int]:
        answer = show_training_segment_info.sync(PROJECT_ID, job_id=job_id, client=self.client)
        return list(model(ShowTrainingSegmentInfoResponseBody, answer).confirmed_index or [])

    def submitted(self, job_type: str = "BASIC", changes: dict[str, Any] | None = None, **body: Any) -> str:
        created = self.create(job_type, **body)
        zipped = training_zip(Path(self.tmp) / f"{created.job_id}.zip", job_type, changes)
        assert self.put(created.training_data_uploading_url, zipped.read_bytes()).status_code == 200
        self.commit(created.job_id)
        return str(created.job_id)

    tmp = ""


@pytest.fixture
def client_options() -> dict[str, Any]:
    return {"max_retries": 0}  # the fake's own tests meet each injected fault


@pytest.fixture
def tasks(metastudio: MetaStudio, transport: InProcessTransport, tmp_path: Path) -> Iterator[Tasks]:
    api = Tasks(metastudio, transport)
    api.tmp = str(tmp_path)
    yield api
    api.http.close()


@pytest.fixture
def polled(credentials: HuaweiCredentials, tmp_path: Path) -> Iterator[tuple[FakeCloud, Tasks]]:
    """A fake whose tasks move one state per poll."""
    cloud = FakeCloud(Settings(progression=Progression("polls", 1)))
    with cloud.transport() as transport, connect(base_url=METASTUDIO_URL, credentials=credentials,
                                                 transport=transport) as client:  # fmt: skip
        api = Tasks(client, transport)
        api.tmp = str(tmp_path)
        yield cloud, api
        api.http.close()


def refusal(call: Any, *args: Any, **kwargs: Any) -> tuple[int, str | None, str | None]:
    with pytest.raises(ApiError) as caught:
        call(*args, **kwargs)
    return caught.value.status_code, caught.value.error_code, caught.value.error_msg


def states_seen(api: Tasks, job_id: str, polls: int) -> list[str]:
    return [str(api.show(job_id).state) for _ in range(polls)]


@pytest.mark.parametrize(
    ("job_type", "plan"),
    [
        ("BASIC", ["SYSTEM_AUDITING", "AUDITING", "WAITING", "PROCESSING", "SUCCEED", "SUCCEED"]),
        ("ADVANCE", ["SYSTEM_AUDITING", "AUDITING", "WAITING_SPLIT", "SPLITTING", "ANNOTATING", "WAITING",
                     "PROCESSING", "SUCCEED"]),
    ],
)  # fmt: skip
def test_a_task_that_passes_review_is_trained_to_succeed(
    polled: tuple[FakeCloud, Tasks], job_type: str, plan: list[str]
) -> None:
    cloud, api = polled
    created = api.create(job_type, tag="NEWS", phone="13800000000", batch_name="b1")
    assert api.show(created.job_id).state == "CREATING"
    zipped = training_zip(Path(api.tmp) / "data.zip", job_type)
    assert api.put(created.training_data_uploading_url, zipped.read_bytes()).status_code == 200
    api.commit(created.job_id, description="a calm voice")

    assert states_seen(api, created.job_id, len(plan)) == plan
    job = api.show(created.job_id)
    assert job.asset_id and isinstance(job.reject_times, Unset) and isinstance(job.job_failed_code, Unset)
    assert (job.job_type, job.tag, job.phone, job.batch_name, job.create_type) == (
        job_type, JobTag.NEWS, "13800000000", "b1", CreateType.PACKAGE,
    )  # fmt: skip
    audit = api.audit(created.job_id)
    submitted = audit["system_audit_result"]["audit_time"]
    assert job.create_time <= submitted <= job.lastupdate_time
    assert audit == {
        "system_audit_result": {"audit_time": submitted, "errors": []},
        "admin_audit_result": {"message": "Approved.", "audit_time": submitted},
    }
    assert [view.state for view in cloud.jobs("metastudio")] == ["SUCCEED"]


def test_a_rejected_task_is_fixed_uploaded_again_and_trained(polled: tuple[FakeCloud, Tasks]) -> None:
    _, api = polled
    job_id = api.submitted(changes={"3.txt": None, "5.wav": silent_wav()})
    assert api.show(job_id).state == "SYSTEM_AUDITING"
    assert api.audit(job_id) == {"system_audit_result": {"audit_time": 0, "errors": []}}  # not reviewed yet
    rejected = api.show(job_id)
    assert rejected.state == "AUDIT_FAILED"
    assert (rejected.reject_times, rejected.job_failed_code) == (1, "MSS.10001004")
    assert rejected.job_failed_reason == "2 file(s) did not pass the system review; ShowJobAuditResult lists them"
    audit = api.audit(job_id)
    assert "admin_audit_result" not in audit  # the system review stopped it
    assert [(e["audio_name"], e["text_name"], e["error_code"]) for e in audit["system_audit_result"]["errors"]] == [
        ("3.wav", "3.txt", "MSS.10001004"), ("5.wav", "5.txt", "FAKE.SILENT_AUDIO"),
    ]  # fmt: skip

    assert refusal(api.commit, job_id)[:2] == (400, "MSS.10001004")  # nothing new uploaded yet
    package = api.address(job_id).package_url
    assert not isinstance(package, Unset)
    fixed = training_zip(Path(api.tmp) / "fixed.zip").read_bytes()
    assert api.put(str(package.training_data_uploading_url), fixed).status_code == 200
    api.commit(job_id)

    assert states_seen(api, job_id, 6) == ["SYSTEM_AUDITING", "AUDITING", "WAITING", "PROCESSING", "SUCCEED",
                                           "SUCCEED"]  # fmt: skip
    assert api.show(job_id).reject_times == 1  # how often the review failed during the task
    assert api.audit(job_id)["system_audit_result"]["errors"] == []


def test_a_new_upload_address_ends_the_previous_urls(tasks: Tasks) -> None:
    created = tasks.create()
    first = str(created.training_data_uploading_url)
    address = tasks.address(created.job_id)
    assert isinstance(address.segment_url, Unset) and not isinstance(address.package_url, Unset)
    data = training_zip(Path(tasks.tmp) / "d.zip").read_bytes()
    assert tasks.put(first, data).status_code == 403
    assert tasks.put(str(address.package_url.training_data_uploading_url), data).status_code == 200


def test_commit_needs_new_data_and_a_task_waiting_for_it(tasks: Tasks) -> None:
    created = tasks.create()
    assert refusal(tasks.commit, created.job_id) == (
        400, "MSS.10001004", f"The file not found: no training data has been uploaded for it (job {created.job_id})",
    )  # fmt: skip
    job_id = tasks.submitted()
    status, code, message = refusal(tasks.commit, job_id)
    assert (status, code) == (400, "MSS.00000003") and "is SUCCEED" in str(message)
    assert refusal(tasks.commit, "no-such-job")[:2] == (400, "MSS.10001002")


def test_data_cannot_change_once_submitted(polled: tuple[FakeCloud, Tasks]) -> None:
    _, api = polled
    created = api.create()
    data = training_zip(Path(api.tmp) / "d.zip").read_bytes()
    api.put(created.training_data_uploading_url, data)
    api.commit(created.job_id)
    answer = api.put(created.training_data_uploading_url, data)
    assert answer.status_code == 409 and "<Code>OperationConflict</Code>" in answer.text


def test_uploads_are_checked_as_obs_would(tasks: Tasks) -> None:
    created = tasks.create()
    url = str(created.training_data_uploading_url)
    assert tasks.put(url, b"zip", "application/octet-stream").status_code == 403
    assert tasks.put(url.replace("token=", "token=x"), b"zip").status_code == 403
    assert tasks.put(url.replace(created.job_id, "other"), b"zip").status_code == 404


def test_the_commit_body_updates_the_task(tasks: Tasks) -> None:
    created = tasks.create(voice_name="draft", sex="FEMALE")
    tasks.put(created.training_data_uploading_url, training_zip(Path(tasks.tmp) / "d.zip").read_bytes())
    tasks.commit(created.job_id, voice_name="final", sex="MALE", app_user_id="user-7", output_language="EN")
    job = tasks.show(created.job_id)
    assert (job.voice_name, job.sex, job.app_user_id, job.output_language) == ("final", "MALE", "user-7", "EN")


@pytest.mark.parametrize(
    ("state", "deletable"),
    [("CREATING", True), ("SYSTEM_AUDITING", False), ("PROCESSING", False), ("AUDIT_FAILED", True),
     ("USER_RESULT_REVIEW", True), ("RESULT_REVIEW", True), ("SUCCEED", True), ("FAILED", True)],
)  # fmt: skip
def test_a_task_the_service_is_working_on_cannot_be_deleted(
    cloud: FakeCloud, tasks: Tasks, state: str, deletable: bool
) -> None:
    job_id = tasks.create().job_id
    if state != "CREATING":
        cloud.set_state("metastudio", job_id, state)
    if deletable:
        delete_voice_training_job.sync_detailed(PROJECT_ID, job_id, client=tasks.client)
        assert refusal(tasks.show, job_id)[:2] == (400, "MSS.10001002")
    else:
        assert refusal(delete_voice_training_job.sync_detailed, PROJECT_ID, job_id, client=tasks.client) == (
            400, "MSS.00000003",
            f"Invalid parameter: job {job_id} is {state} and cannot be deleted until it ends or waits for the user",
        )  # fmt: skip
        assert tasks.show(job_id).state == state


def test_list_filters_sorts_and_pages(cloud: FakeCloud, tasks: Tasks, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1_700_000_000.0]
    monkeypatch.setattr(cloud.metastudio.training, "_clock", lambda: now[0])
    ids = []
    for number, (job_type, tag) in enumerate([("BASIC", "NEWS"), ("MIDDLE", "LIVE"), ("ADVANCE", "NEWS"),
                                              ("BASIC", "LIVE")]):  # fmt: skip
        now[0] = 1_700_000_000 + 100 * number
        ids.append(tasks.create(job_type, tag=tag, voice_name=f"v{number}", batch_name="b" if number < 2 else "c",
                                is_ondemand_resource=number == 3).job_id)  # fmt: skip
    now[0] = 1_700_001_000
    cloud.set_state("metastudio", ids[0], "FAILED")  # changed last

    assert tasks.listed() == (4, ids[::-1])  # default: create_time, newest first
    assert tasks.listed(sort_dir=SortDirection.ASC, limit=2, offset=1) == (4, ids[1:3])
    assert tasks.listed(sort_key=TrainingJobSortKey.UPDATE_TIME) == (4, [ids[0], ids[3], ids[2], ids[1]])
    assert tasks.listed(job_type=TrainingJobType.BASIC) == (2, [ids[3], ids[0]])
    assert tasks.listed(tag=JobTag.NEWS, batch_name="b") == (1, [ids[0]])
    assert tasks.listed(voice_name="v2") == (1, [ids[2]]) and tasks.listed(voice_name="v") == (0, [])
    assert tasks.listed(state="FAILED,AUDIT_FAILED") == (1, [ids[0]])
    assert tasks.listed(state="CREATING", job_id=ids[1]) == (1, [ids[1]])
    assert tasks.listed(state="NEW_STATE_OF_TOMORROW") == (0, [])
    assert tasks.listed(is_ondemand_resource=True) == (1, [ids[3]])
    since = datetime.fromtimestamp(1_700_000_100, UTC)
    until = datetime.fromtimestamp(1_700_000_200, UTC)
    assert tasks.listed(create_since=since, create_until=until) == (2, [ids[2], ids[1]])  # inclusive bounds
    assert tasks.listed(update_since=datetime.fromtimestamp(1_700_000_500, UTC)) == (1, [ids[0]])
    assert tasks.listed(limit=1, offset=10) == (4, [])


def test_list_with_an_app_user_shows_that_user_s_tasks(tasks: Tasks) -> None:
    mine = tasks.create(app_user_id="user-1").job_id
    tasks.create(app_user_id="user-2")
    page = tasks.page(x_app_user_id="user-1")
    assert [(job.job_id, job.app_user_id) for job in page.jobs or []] == [(mine, "user-1")]


def test_list_refuses_a_time_that_is_not_rfc_3339(tasks: Tasks) -> None:
    answer = tasks.client.get_httpx_client().get(f"/v1/{PROJECT_ID}/voice-training-manage/user/jobs",
                                                 params={"create_since": "yesterday"})  # fmt: skip
    assert answer.status_code == 400 and answer.json()["error_code"] == "MSS.10000003"


def test_a_segment_task_is_uploaded_and_confirmed_sentence_by_sentence(tasks: Tasks) -> None:
    created = tasks.create(create_type="SEGMENT")
    urls = created.segment_uploading_url
    assert isinstance(created.training_data_uploading_url, Unset)
    assert len(urls.audio_uploading_url) == len(urls.txt_uploading_url) == 20
    job_id = created.job_id

    def confirm(index: int) -> tuple[bool, list[int]]:
        return tasks.confirm(job_id, index)

    assert refusal(confirm, 0)[:2] == (400, "MSS.10001004")  # nothing uploaded for sentence 0
    assert tasks.put(urls.audio_uploading_url[0], voice_wav(0.3), "application/zip").status_code == 403
    for crafted in ("007.wav", "-1.wav", "20.wav", "0.mp3"):  # only the URLs handed out are buckets' keys
        assert (
            tasks.put(urls.audio_uploading_url[0].replace("/0.wav?", f"/{crafted}?"), b"x", "audio/wav").status_code
            == 404
        )
    for index in range(20):
        wav = silent_wav() if index == 4 else voice_wav(0.3)
        assert tasks.put(urls.audio_uploading_url[index], wav, "audio/wav").status_code == 200
        assert tasks.put(urls.txt_uploading_url[index], f"sentence {index}".encode(), "text/plain").status_code == 200
        if index < 4:
            assert confirm(index) == (True, [])
    status, code, message = refusal(confirm, 6)
    assert (status, code) == (400, "MSS.00000003") and "confirm sentence 4 first" in str(message)
    assert confirm(4) == (False, list(range(len("sentence 4"))))  # a silent recording matches none of its text
    tasks.put(urls.audio_uploading_url[4], voice_wav(0.3), "audio/wav")
    for index in range(4, 19):
        assert confirm(index) == (True, [])
    assert tasks.confirmed(job_id) == list(range(19))

    tasks.commit(job_id)  # sentence 19 uploaded but never confirmed
    errors = tasks.audit(job_id)["system_audit_result"]["errors"]
    assert [(e["audio_name"], e["error_code"]) for e in errors] == [("19.wav", "FAKE.UNCONFIRMED")]
    sentences = tasks.address(job_id).segment_url
    assert not isinstance(sentences, Unset) and len(sentences.audio_uploading_url or []) == 20
    assert confirm(19) == (True, [])
    tasks.commit(job_id)
    assert tasks.show(job_id).state == "SUCCEED"


def test_segment_is_for_the_sentence_editions_only(tasks: Tasks) -> None:
    status, code, message = refusal(tasks.create, "ADVANCE", create_type="SEGMENT")
    assert (status, code) == (400, "MSS.00000003") and "one long recording" in str(message)
    job_id = tasks.create().job_id  # PACKAGE
    answer = confirm_training_segment.sync_detailed
    assert refusal(answer, PROJECT_ID, job_id=job_id, index=0, client=tasks.client)[:2] == (400, "MSS.00000003")


def test_the_authorization_letter_is_uploaded_and_linked(tasks: Tasks) -> None:
    created = tasks.create()
    letter = b"%PDF-1.4 signed letter"
    assert tasks.put(created.authorization_letter_uploading_url, letter, "application/pdf").status_code == 200
    link = str(tasks.show(created.job_id).voice_authorization_url)
    assert tasks.http.get(link).content == letter
    assert tasks.http.get(link.split("?")[0] + "?token=guess").status_code == 403


def test_the_control_plane_lists_and_pins_training_tasks(cloud: FakeCloud, tasks: Tasks) -> None:
    job_id = tasks.create().job_id
    assert [(v.kind, v.state, v.plan) for v in cloud.jobs("metastudio")] == [("training_job", "CREATING",
                                                                             ("CREATING",))]  # fmt: skip
    cloud.set_state("metastudio", job_id, "USER_RESULT_REVIEW")
    assert tasks.show(job_id).state == "USER_RESULT_REVIEW"
    cloud.set_state("metastudio", job_id, "USER_REVIEW_REJECT", failed_reason="the user wants another take")
    job = tasks.show(job_id)
    assert (job.state, job.job_failed_code, job.job_failed_reason) == (
        "USER_REVIEW_REJECT", "MSS.00000004", "the user wants another take",
    )  # fmt: skip
    cloud.set_state("metastudio", job_id, "AUDIT_FAILED", admin_message="The letter is not signed.")
    assert tasks.audit(job_id)["admin_audit_result"]["message"] == "The letter is not signed."
    assert tasks.show(job_id).reject_times == 1
    with pytest.raises(ValueError, match="unknown detail"):
        cloud.set_state("metastudio", job_id, "SUCCEED", admin_message="no")


def test_the_http_control_plane_pins_a_training_task_with_the_administrator_s_message(tasks: Tasks) -> None:
    job_id = tasks.create().job_id
    pinned = tasks.http.put(f"{METASTUDIO_URL}/_fakecloud/jobs/metastudio/{job_id}/state",
                            json={"state": "AUDIT_FAILED", "admin_message": "The letter is not signed."})  # fmt: skip
    assert pinned.status_code == 200 and (pinned.json()["kind"], pinned.json()["state"]) == ("training_job",
                                                                                           "AUDIT_FAILED")  # fmt: skip
    assert tasks.audit(job_id)["admin_audit_result"]["message"] == "The letter is not signed."
    refused = tasks.http.put(f"{METASTUDIO_URL}/_fakecloud/jobs/metastudio/{job_id}/state", json={"state": "TRAINED"})
    assert (refused.status_code, refused.json()["error"]["code"]) == (400, "InvalidState")


def test_what_a_task_keeps_is_bounded(tasks: Tasks, monkeypatch: pytest.MonkeyPatch) -> None:
    segment = tasks.create(create_type="SEGMENT").segment_uploading_url
    text_url, audio_url = segment.txt_uploading_url[0], segment.audio_uploading_url[0]
    long_text = tasks.put(text_url, "字".encode() * 30_000, "text/plain")  # 90,000 bytes: beyond 64 KiB
    assert long_text.status_code == 400 and b"<Code>EntityTooLarge</Code>" in long_text.content
    assert tasks.put(text_url, "第一句".encode(), "text/plain").status_code == 200
    monkeypatch.setattr(training_state, "MAX_TASK_BYTES", 25_000)
    wav = voice_wav(0.5)  # 16,044 bytes
    assert tasks.put(audio_url, wav, "audio/wav").status_code == 200
    assert tasks.put(audio_url, wav, "audio/wav").status_code == 200  # a new take replaces the old one
    beyond = tasks.put(segment.audio_uploading_url[1], wav, "audio/wav")
    assert beyond.status_code == 400 and b"at most 25,000" in beyond.content
    package = tasks.create()
    assert tasks.put(package.training_data_uploading_url, bytes(30_000)).status_code == 400


def test_faults_hit_the_training_operations_and_uploads(cloud: FakeCloud, tasks: Tasks) -> None:
    created = tasks.create()
    cloud.faults.add(operation="UploadTrainingJobData", status=503, times=1)
    cloud.faults.add(operation="CommitVoiceTrainingJob", error="APIG.0308", times=1)
    data = training_zip(Path(tasks.tmp) / "d.zip").read_bytes()
    assert tasks.put(created.training_data_uploading_url, data).status_code == 503
    assert tasks.put(created.training_data_uploading_url, data).status_code == 200
    assert refusal(tasks.commit, created.job_id)[:2] == (429, "APIG.0308")
    tasks.commit(created.job_id)
    assert [call.status for call in cloud.calls.list(operation="CommitVoiceTrainingJob")] == [429, 200]


def test_short_jobs_keep_their_audit_results(metastudio: MetaStudio, recording: Path, tasks: Tasks) -> None:
    job = metastudio.run_short_job(recording)
    assert metastudio.show_job_audit_result(job.job_id).system_audit_result.errors == []  # type: ignore[union-attr]
    job_id = tasks.submitted(changes={"0.wav": b""})
    errors = metastudio.show_job_audit_result(job_id).system_audit_result.errors  # type: ignore[union-attr]
    assert [(e.audio_name, e.error_code) for e in errors] == [("0.wav", "MSS.10001003")]  # type: ignore[union-attr]


def test_a_created_response_names_the_upload_urls(tasks: Tasks) -> None:
    created = tasks.create("MIDDLE")
    assert isinstance(created, CreateTrainingJobResponseBody)
    assert str(created.training_data_uploading_url).startswith(f"{METASTUDIO_URL}/_fake-obs/metastudio/")
    assert "/authorization-letter?token=" in str(created.authorization_letter_uploading_url)
