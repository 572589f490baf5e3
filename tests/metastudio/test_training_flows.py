"""Voice-training tasks end to end: the generated client + overrides (training_service.py, training.py)
against the fake cloud, through real HTTP semantics — success, rejection and resubmission, failures,
the user's review, listing, deletion, SEGMENT sentences, personal data, sync and asyncio."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from constants import METASTUDIO_URL
from fakecloud import FakeCloud, Settings
from fakecloud.progression import Progression
from fakecloud.samples import silent_wav, training_zip, voice_wav
from metastudio_client import (
    TRAINING_BACKOFF,
    ApiError,
    AsyncMetaStudio,
    Backoff,
    ConnectionLost,
    HuaweiCredentials,
    InvalidUpload,
    MetaStudio,
    RetryPolicy,
    ShortJobAwaitingUser,
    ShortJobFailed,
    TrainingDataRejected,
    TrainingJobFailed,
    UploadFailed,
    WaitTimeout,
    connect,
)
from metastudio_client.models import (
    CreateTrainingJobRequestBody,
    CreateType,
    JobTag,
    PackageUploadingUrl,
    SegmentUploadingUrls,
    SortDirection,
    TrainingJobState,
    TrainingJobType,
    VoiceTrainingJob,
)

FAST = Backoff(initial=0.001, maximum=0.01)
QUICK = RetryPolicy(initial_delay=0.001, max_delay=0.01)  # the default retries, without their waits
REJECTED = {"3.txt": None, "5.wav": silent_wav()}


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return training_zip(tmp_path / "voice-20.zip")


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    return training_zip(tmp_path / "voice-20-rejected.zip", changes=REJECTED)


@pytest.fixture
def polled(credentials: HuaweiCredentials) -> Iterator[tuple[FakeCloud, MetaStudio]]:
    """A fake whose tasks move one state per poll, and a client of it."""
    cloud = FakeCloud(Settings(progression=Progression("polls", 1)))
    with cloud.transport() as transport, connect(base_url=METASTUDIO_URL, credentials=credentials,
                                                 transport=transport) as client:  # fmt: skip
        yield cloud, client


def submitted(client: MetaStudio, zip_path: Path) -> str:
    """A BASIC task created, uploaded and committed, not waited for."""
    created = client.create_training_job("voice", create_type=CreateType.PACKAGE)
    client.upload_training_job_data(str(created.training_data_uploading_url), zip_path)
    client.commit_voice_training_job(created.job_id)
    return created.job_id


def test_a_task_is_trained_and_its_progress_reported(polled: tuple[FakeCloud, MetaStudio], good: Path) -> None:
    _, client = polled
    seen: list[str] = []
    result = client.run_training_job(good, voice_name="Calm narrator", tag=JobTag.NEWS, backoff=FAST,
                                     on_progress=lambda job: seen.append(str(job.state)))  # fmt: skip
    assert seen == ["SYSTEM_AUDITING", "AUDITING", "WAITING", "PROCESSING", "SUCCEED"]
    assert result.succeeded and not result.waiting_for_user and result.state == TrainingJobState.SUCCEED
    assert result.asset_id and result.next_step == f"nothing: the voice model is asset {result.asset_id}"
    assert (result.job.voice_name, result.job.tag, result.job.create_type) == ("Calm narrator", "NEWS", "PACKAGE")
    assert repr(result) == f"TrainingJobResult(job_id={result.job.job_id!r}, state='SUCCEED', " \
                           f"asset_id={result.asset_id!r})"  # fmt: skip


def test_progress_is_logged_by_default(metastudio: MetaStudio, good: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="metastudio_client"):
        result = metastudio.run_training_job(good, voice_name="v", backoff=FAST, phone="13812345678")
    assert f"training job {result.job.job_id}: SUCCEED" in caplog.text and "13812345678" not in caplog.text


def test_a_rejection_lists_each_file_and_the_fixed_data_is_resubmitted(
    metastudio: MetaStudio, cloud: FakeCloud, good: Path, bad: Path
) -> None:
    with pytest.raises(TrainingDataRejected) as caught:
        metastudio.run_training_job(bad, voice_name="v", backoff=FAST)
    rejected = caught.value
    assert [(f.audio_name, f.text_name, f.error_code) for f in rejected.files] == [
        ("3.wav", "3.txt", "MSS.10001004"), ("5.wav", "5.txt", "FAKE.SILENT_AUDIO"),
    ]  # fmt: skip
    assert rejected.admin is None and rejected.reject_times == 1 and rejected.job.state == "AUDIT_FAILED"
    assert (rejected.code, rejected.job_id) == ("MSS.10001004", rejected.job.job_id)
    assert str(rejected).splitlines() == [
        f"training job {rejected.job_id}: the review rejected its data (1 time(s) so far)",
        "  3.wav / 3.txt: MSS.10001004: 3.txt is missing: 3.wav has no transcript",
        "  5.wav / 5.txt: FAKE.SILENT_AUDIO: 5.wav is silent (peak below -60 dBFS)",
        "  next: fix the data the review rejected and submit it again: "
        f"resubmit_training_job({rejected.job_id!r}, ...)",
    ]

    result = metastudio.resubmit_training_job(rejected.job_id, good, backoff=FAST, voice_name="Calm narrator")
    assert result.succeeded and result.job.reject_times == 1 and result.job.voice_name == "Calm narrator"
    assert [c.operation for c in cloud.calls.list(service="metastudio")][-4:] == [
        "ShowJobUploadingAddress", "UploadTrainingJobData", "CommitVoiceTrainingJob", "ShowVoiceTrainingJob",
    ]  # fmt: skip


def test_an_administrator_s_rejection_is_reported_with_its_message(
    metastudio: MetaStudio, cloud: FakeCloud, good: Path
) -> None:
    job_id = submitted(metastudio, good)
    cloud.set_state("metastudio", job_id, "AUDIT_FAILED", admin_message="The letter is not signed.")
    with pytest.raises(TrainingDataRejected) as caught:
        metastudio.wait_for_training_job(job_id, backoff=FAST)
    assert caught.value.files == [] and caught.value.admin is not None
    assert caught.value.admin.message == "The letter is not signed."
    assert "  administrator: The letter is not signed." in str(caught.value).splitlines()


@pytest.mark.parametrize("state", ["FAILED", "SPLIT_FAILED", "USER_REVIEW_REJECT"])
def test_an_ended_task_raises_with_the_service_s_code_and_reason(
    metastudio: MetaStudio, cloud: FakeCloud, good: Path, state: str
) -> None:
    job_id = submitted(metastudio, good)
    cloud.set_state("metastudio", job_id, state, failed_code="MSS.20000001", failed_reason="GPU pool exhausted")
    with pytest.raises(TrainingJobFailed) as caught:
        metastudio.wait_for_training_job(job_id, backoff=FAST)
    failure = caught.value
    assert (failure.job_failed_code, failure.job_failed_reason) == ("MSS.20000001", "GPU pool exhausted")
    assert str(failure) == f"training job {job_id} ended in {state}: MSS.20000001: GPU pool exhausted"
    assert not isinstance(failure, TrainingDataRejected)


@pytest.mark.parametrize(
    ("state", "says"),
    [("USER_RESULT_REVIEW", "listen to the trained voice and accept or reject it in the MetaStudio console"),
     ("RESULT_REVIEW", "the trained voice is under result review: see the MetaStudio console")],
)  # fmt: skip
def test_a_task_waiting_for_the_user_ends_the_wait_saying_what_to_do(
    metastudio: MetaStudio, cloud: FakeCloud, good: Path, state: str, says: str
) -> None:
    job_id = submitted(metastudio, good)
    cloud.set_state("metastudio", job_id, state)
    result = metastudio.wait_for_training_job(job_id, backoff=FAST)
    assert result.waiting_for_user and not result.succeeded and result.asset_id is None
    assert result.next_step.startswith(says) and f"wait_for_training_job({job_id!r})" in result.next_step


def test_a_task_whose_data_was_never_submitted_ends_the_wait_at_once(metastudio: MetaStudio) -> None:
    created = metastudio.create_training_job("v")
    result = metastudio.wait_for_training_job(created.job_id, backoff=FAST)
    assert result.waiting_for_user and result.state == "CREATING"
    assert result.next_step == (
        "upload the task's data (upload_training_job_data, or each sentence of a SEGMENT task) and submit it: "
        f"commit_voice_training_job({created.job_id!r})"
    )


def test_right_after_a_submission_creating_is_waited_through(
    metastudio: MetaStudio, cloud: FakeCloud, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = cloud.metastudio.training.show
    late = iter(["CREATING", "CREATING"])  # the service has yet to pick the task up

    def show(project_id: str, job_id: str, *, observe: bool = True) -> dict[str, object]:
        body = original(project_id, job_id, observe=observe)
        return {**body, "state": next(late, body["state"])}

    monkeypatch.setattr(cloud.metastudio.training, "show", show)
    seen: list[str] = []
    result = metastudio.run_training_job(good, voice_name="v", backoff=FAST, on_progress=lambda j: seen.append(j.state))
    assert seen == ["CREATING", "SUCCEED"] and result.succeeded


def test_the_wait_can_go_on_through_the_user_s_review(metastudio: MetaStudio, cloud: FakeCloud, good: Path) -> None:
    job_id = submitted(metastudio, good)
    cloud.set_state("metastudio", job_id, "USER_RESULT_REVIEW")
    polls = []

    def user_approves_meanwhile(job: VoiceTrainingJob) -> None:
        polls.append(str(job.state))
        if job.state == "USER_RESULT_REVIEW":
            cloud.set_state("metastudio", job_id, "SUCCEED")

    result = metastudio.wait_for_training_job(job_id, backoff=FAST, on_progress=user_approves_meanwhile,
                                              stop_for_user=False)  # fmt: skip
    assert polls == ["USER_RESULT_REVIEW", "SUCCEED"] and result.succeeded


def test_training_has_no_deadline_unless_one_is_given(credentials: HuaweiCredentials, good: Path) -> None:
    for method in (MetaStudio.run_training_job, MetaStudio.wait_for_training_job, AsyncMetaStudio.run_training_job):
        parameters = inspect.signature(method).parameters
        assert parameters["timeout"].default is None and parameters["backoff"].default == TRAINING_BACKOFF
    assert (TRAINING_BACKOFF.initial, TRAINING_BACKOFF.maximum) == (5.0, 60.0)
    cloud = FakeCloud(Settings(progression=Progression("seconds", 3600)))
    with (
        cloud.transport() as transport,
        connect(base_url=METASTUDIO_URL, credentials=credentials, transport=transport) as client,
        pytest.raises(WaitTimeout) as caught,
    ):
        client.run_training_job(good, voice_name="v", timeout=0.2, backoff=Backoff(0.05, 1, 0.05))
    assert caught.value.last.state == "SYSTEM_AUDITING"


@pytest.mark.parametrize(("content", "reason"), [(None, "no such file"), (b"not a zip", "not a zip archive")])
def test_a_bad_zip_fails_before_any_request(
    metastudio: MetaStudio, cloud: FakeCloud, tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "voice.zip"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InvalidUpload, match=reason):
        metastudio.run_training_job(path, voice_name="v")
    with pytest.raises(InvalidUpload, match="no such file"):
        metastudio.run_training_job(training_zip(tmp_path / "ok.zip"), voice_name="v",
                                    authorization_letter=tmp_path / "missing.pdf")  # fmt: skip
    assert cloud.jobs("metastudio") == [] and cloud.calls.list() == []


def test_bad_arguments_are_refused_by_name(metastudio: MetaStudio, good: Path) -> None:
    with pytest.raises(ValueError, match="edition: FLEXUS tasks cannot be created through the API"):
        metastudio.create_training_job("v", edition=TrainingJobType.FLEXUS)
    with pytest.raises(ValueError, match="voice_name: expected a non-empty name"):
        metastudio.create_training_job("")
    with pytest.raises(ValueError, match="create_since: expected a timezone-aware datetime"):
        metastudio.list_voice_training_jobs(create_since=datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="state: expected a state or several"):
        metastudio.list_voice_training_jobs(state=[])
    with pytest.raises(ValueError, match="page_size: 1 to 100"):
        list(metastudio.iter_voice_training_jobs(page_size=500))


def test_the_wait_s_arguments_are_checked_before_a_task_is_created(
    metastudio: MetaStudio, cloud: FakeCloud, good: Path
) -> None:
    for bad in ({"timeout": float("inf")}, {"timeout": -1}, {"backoff": 5}, {"on_progress": "print"}):
        with pytest.raises(ValueError, match=next(iter(bad))):
            metastudio.run_training_job(good, voice_name="v", **bad)
        with pytest.raises(ValueError, match=next(iter(bad))):
            metastudio.resubmit_training_job("t-1", good, **bad)
    assert cloud.calls.list() == [] and cloud.jobs() == []  # nothing sent, no task left behind


def test_a_failed_upload_says_which_task_was_left_behind(metastudio: MetaStudio, cloud: FakeCloud, good: Path) -> None:
    cloud.faults.add(operation="UploadTrainingJobData", status=503)  # every attempt
    with pytest.raises(UploadFailed) as caught:
        metastudio.with_options(retry=QUICK).run_training_job(good, voice_name="v", backoff=FAST)
    [job] = cloud.jobs("metastudio")
    assert [call.status for call in cloud.calls.list(operation="UploadTrainingJobData")] == [503, 503, 503]
    cloud.faults.clear()
    assert caught.value.status_code == 503 and "token=" not in str(caught.value)
    assert caught.value.created_ids == (job.id,)
    assert caught.value.__notes__ == [
        f"training job {job.id} was created: resume it with resubmit_training_job({job.id!r}, ...) or remove it with "
        f"delete_voice_training_job({job.id!r})"
    ]
    assert metastudio.resubmit_training_job(job.id, good, backoff=FAST).succeeded  # resumed, as the note says


def test_uploads_and_calls_go_through_the_client_s_retries(
    metastudio: MetaStudio, cloud: FakeCloud, good: Path
) -> None:
    cloud.faults.add(operation="UploadTrainingJobData", status=503, times=1)
    cloud.faults.add(operation="ShowVoiceTrainingJob", error="APIG.0308", times=1)
    cloud.faults.add(operation="CommitVoiceTrainingJob", status=503, times=1)
    with pytest.raises(ApiError) as caught:  # a submission is not sent again after a 5xx: it may have been done
        metastudio.with_options(retry=QUICK).run_training_job(good, voice_name="v", backoff=FAST)
    assert caught.value.status_code == 503
    [job] = cloud.jobs("metastudio")
    result = metastudio.with_options(retry=QUICK).resubmit_training_job(job.id, good, backoff=FAST)
    assert result.succeeded
    statuses = {op: [c.status for c in cloud.calls.list(operation=op)]
                for op in ("UploadTrainingJobData", "CommitVoiceTrainingJob", "ShowVoiceTrainingJob")}  # fmt: skip
    assert statuses == {"UploadTrainingJobData": [503, 200, 200], "CommitVoiceTrainingJob": [503, 200],
                        "ShowVoiceTrainingJob": [429, 200]}  # fmt: skip


def test_the_upload_is_streamed_and_the_letter_uploaded(
    metastudio: MetaStudio, good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[httpx.Request, bool]] = []
    http = metastudio.client.get_httpx_client()
    original = http.send

    def spy(request: httpx.Request, **kwargs: object) -> httpx.Response:
        sent.append((request, isinstance(request.stream, httpx.ByteStream)))
        return original(request, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(http, "send", spy)
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4 signed")
    result = metastudio.run_training_job(good, voice_name="v", backoff=FAST, authorization_letter=letter)
    puts = [(r.url.path.rsplit("/", 1)[-1], r.headers["Content-Type"], r.headers["Content-Length"], in_memory)
            for r, in_memory in sent if r.method == "PUT"]  # fmt: skip
    assert puts == [("data.zip", "application/zip", str(good.stat().st_size), False),
                    ("authorization-letter", "application/pdf", "15", False)]  # fmt: skip
    assert httpx.Client(transport=http._transport).get(str(result.job.voice_authorization_url)).content == (
        b"%PDF-1.4 signed"
    )


def test_listing_page_by_page_and_as_one_iterator(metastudio: MetaStudio, cloud: FakeCloud, good: Path) -> None:
    created = [metastudio.create_training_job(f"v{i}", tag=JobTag.LIVE if i % 2 else JobTag.NEWS).job_id
               for i in range(5)]  # fmt: skip
    assert metastudio.list_voice_training_jobs(tag="LIVE", sort_key="create_time").count == 2  # type: ignore[arg-type]
    cloud.set_state("metastudio", created[1], "FAILED")
    cloud.set_state("metastudio", created[3], "SUCCEED")

    page = metastudio.list_voice_training_jobs(limit=2, sort_dir=SortDirection.ASC)
    assert page.count == 5 and [job.job_id for job in page.jobs or []] == created[:2]
    pages = list(metastudio.voice_training_job_pages(page_size=2, sort_dir=SortDirection.ASC))
    assert [[job.job_id for job in p.jobs or []] for p in pages] == [created[:2], created[2:4], created[4:]]
    assert [job.job_id for job in metastudio.iter_voice_training_jobs(page_size=2)] == created[::-1]
    ended = metastudio.iter_voice_training_jobs(state=[TrainingJobState.FAILED, "SUCCEED"], tag=JobTag.LIVE)
    assert sorted(job.job_id for job in ended) == sorted([created[1], created[3]])
    now = datetime.now(UTC)
    assert list(metastudio.iter_voice_training_jobs(create_since=now.replace(year=now.year + 1))) == []
    assert metastudio.list_voice_training_jobs(create_until=now.replace(year=now.year + 1)).count == 5


def test_a_task_created_while_listing_is_not_listed_twice(metastudio: MetaStudio, cloud: FakeCloud) -> None:
    for i in range(4):
        metastudio.create_training_job(f"v{i}")
    listed = []
    for job in metastudio.iter_voice_training_jobs(page_size=2):  # newest first: a new task shifts the pages
        listed.append(job.job_id)
        if len(listed) == 1:
            metastudio.create_training_job("late")
    assert len(listed) == len(set(listed)) == 4


def test_a_listing_ends_when_the_server_ignores_the_offset(credentials: HuaweiCredentials) -> None:
    job = {"job_id": "t-1", "state": "SUCCEED"}
    offsets = []

    def same_page(request: httpx.Request) -> httpx.Response:  # every offset answered with the first page
        offsets.append(request.url.params["offset"])
        return httpx.Response(200, json={"count": 50, "jobs": [job, {**job, "job_id": "t-2"}]})

    with connect(base_url=METASTUDIO_URL, credentials=credentials, transport=httpx.MockTransport(same_page)) as client:
        assert [job.job_id for job in client.iter_voice_training_jobs(page_size=2)] == ["t-1", "t-2"]
    assert offsets == ["0", "2"]  # the second page listed nothing new: the listing ends there


def test_delete_refuses_a_task_in_training_and_removes_an_ended_one(
    metastudio: MetaStudio, cloud: FakeCloud, good: Path
) -> None:
    job_id = submitted(metastudio, good)
    cloud.set_state("metastudio", job_id, "PROCESSING")
    with pytest.raises(ApiError) as caught:
        metastudio.delete_voice_training_job(job_id)
    assert (caught.value.status_code, caught.value.error_code) == (400, "MSS.00000003")
    cloud.set_state("metastudio", job_id, "SUCCEED")
    metastudio.delete_voice_training_job(job_id)
    assert metastudio.list_voice_training_jobs().count == 0


def test_a_confirmation_is_sent_again_after_a_lost_answer_and_a_delete_is_not(
    metastudio: MetaStudio, cloud: FakeCloud, tmp_path: Path
) -> None:
    created = metastudio.create_training_job("v", create_type=CreateType.SEGMENT)
    urls = created.segment_uploading_url
    assert isinstance(urls, SegmentUploadingUrls)
    wav = tmp_path / "sentence.wav"
    wav.write_bytes(voice_wav(0.3))
    metastudio.upload_training_sentence(
        (urls.audio_uploading_url or [])[0], (urls.txt_uploading_url or [])[0], wav, "句"
    )
    client = metastudio.with_options(retry=QUICK)
    cloud.faults.add(operation="ConfirmTrainingSegment", connection="truncate", times=1)  # done, answer lost
    assert client.confirm_training_segment(created.job_id, 0).confirm_result is True  # x-idempotent: sent again
    cloud.faults.add(operation="DeleteVoiceTrainingJob", connection="truncate", times=1)
    with pytest.raises(ConnectionLost):  # x-idempotent false: a second delete would answer "no such task"
        client.delete_voice_training_job(created.job_id)
    assert [c.status for c in cloud.calls.list(operation="ConfirmTrainingSegment")] == [None, 200]
    assert [c.status for c in cloud.calls.list(operation="DeleteVoiceTrainingJob")] == [None]
    assert cloud.jobs("metastudio") == []


def test_a_segment_task_sentence_by_sentence(metastudio: MetaStudio, tmp_path: Path) -> None:
    created = metastudio.create_training_job("v", create_type=CreateType.SEGMENT)
    urls = created.segment_uploading_url
    assert isinstance(urls, SegmentUploadingUrls)
    audio, text = list(urls.audio_uploading_url or []), list(urls.txt_uploading_url or [])
    wav = tmp_path / "sentence.wav"
    wav.write_bytes(voice_wav(0.3))
    for index in range(20):
        metastudio.upload_training_sentence(audio[index], text[index], wav, f"第{index}句")
        confirmed = metastudio.confirm_training_segment(created.job_id, index)
        assert confirmed.confirm_result is True and confirmed.unmatched_index_hit == []
    assert metastudio.show_training_segment_info(created.job_id).confirmed_index == list(range(20))
    metastudio.commit_voice_training_job(created.job_id)
    assert metastudio.wait_for_training_job(created.job_id, backoff=FAST).succeeded


def test_personal_data_stays_out_of_reprs(metastudio: MetaStudio, good: Path, tmp_path: Path) -> None:
    body = CreateTrainingJobRequestBody(voice_name="v", phone="13812345678")
    assert "13812345678" not in repr(body) and "phone='********'" in repr(body)
    created = metastudio.create_training_job("v", phone="13812345678")
    assert "authorization_letter_uploading_url='********'" in repr(created)
    assert str(created.authorization_letter_uploading_url) not in repr(created)
    letter = tmp_path / "letter.png"
    letter.write_bytes(b"\x89PNG letter")
    metastudio.upload_authorization_letter(str(created.authorization_letter_uploading_url), letter)
    job = metastudio.show_voice_training_job(created.job_id)
    assert job.phone == "13812345678" and "13812345678" not in repr(job)
    assert "voice_authorization_url='********'" in repr(job) and "token=" not in repr(job)


def test_pre_signed_upload_urls_show_without_their_query(metastudio: MetaStudio) -> None:
    created = [metastudio.create_training_job("v"), metastudio.create_training_job("v", create_type=CreateType.SEGMENT)]
    address = metastudio.show_job_uploading_address(created[0].job_id)
    short = metastudio.create_short_job()
    package, segment = address.package_url, created[1].segment_uploading_url
    assert isinstance(package, PackageUploadingUrl) and isinstance(segment, SegmentUploadingUrls)
    answers = ((created[0], created[0].training_data_uploading_url), (address, package.training_data_uploading_url),
               (created[1], (segment.audio_uploading_url or [""])[0]), (short, short.data_uploading_url))  # fmt: skip
    for answer, url in answers:
        shown = repr(answer)
        assert "token=" in str(url) and "token=" not in shown and "?********" in shown, shown
    path = httpx.URL(str(created[0].training_data_uploading_url)).path
    assert path in repr(created[0])  # which object it names still shows


def test_an_error_keeps_the_request_without_the_phone_number(metastudio: MetaStudio, cloud: FakeCloud) -> None:
    cloud.faults.add(operation="CreateTrainingBasicJob", error="MSS.00000003", message="Invalid parameter")
    with pytest.raises(ApiError) as caught:
        metastudio.create_training_job("v", phone="13812345678")
    kept = caught.value.response
    assert kept is not None and b'"phone": "********"' in kept.request.content
    assert "13812345678" not in repr(caught.value) + str(caught.value) + kept.request.content.decode()


def test_the_letter_s_url_stays_out_of_the_logs(
    metastudio: MetaStudio, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    created = metastudio.create_training_job("v")
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4")
    with caplog.at_level(logging.DEBUG):
        metastudio.upload_authorization_letter(str(created.authorization_letter_uploading_url), letter)
        metastudio.show_voice_training_job(created.job_id)
    token = str(created.authorization_letter_uploading_url).partition("?")[2]
    assert "authorization-letter" in caplog.text and token not in caplog.text


def test_short_jobs_end_on_the_new_states(metastudio: MetaStudio, cloud: FakeCloud, recording: Path) -> None:
    created = metastudio.create_short_job()
    metastudio.upload_short_job_data(created.data_uploading_url, recording)
    metastudio.commit_short_job(created.job_id)
    cloud.set_state("metastudio", created.job_id, "USER_RESULT_REVIEW")
    with pytest.raises(ShortJobAwaitingUser) as waiting:
        metastudio.wait_for_short_job(created.job_id, backoff=FAST)
    assert waiting.value.job.state == "USER_RESULT_REVIEW" and "your review" in str(waiting.value)
    cloud.set_state("metastudio", created.job_id, "USER_REVIEW_REJECT")
    with pytest.raises(ShortJobFailed, match=r"ended in USER_REVIEW_REJECT: MSS\.00000004"):
        metastudio.wait_for_short_job(created.job_id, backoff=FAST)


async def test_the_asyncio_twin_runs_rejects_resubmits_and_lists(
    ametastudio: AsyncMetaStudio, good: Path, bad: Path
) -> None:
    with pytest.raises(TrainingDataRejected) as caught:
        await ametastudio.run_training_job(bad, voice_name="v", backoff=FAST)
    assert [f.error_code for f in caught.value.files] == ["MSS.10001004", "FAKE.SILENT_AUDIO"]
    result = await ametastudio.resubmit_training_job(caught.value.job_id, good, backoff=FAST)
    assert result.succeeded and result.asset_id
    second = await ametastudio.run_training_job(good, voice_name="w", edition=TrainingJobType.BASIC, backoff=FAST)
    listed = [job.job_id async for job in ametastudio.iter_voice_training_jobs(page_size=1)]
    assert listed == [second.job.job_id, result.job.job_id]
    pages = [page.count async for page in ametastudio.voice_training_job_pages(page_size=1)]
    assert pages == [2, 2]
    await ametastudio.delete_voice_training_job(second.job.job_id)
    assert (await ametastudio.list_voice_training_jobs()).count == 1
