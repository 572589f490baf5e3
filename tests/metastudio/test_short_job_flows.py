"""End to end: the generated client + overrides against the fake cloud, through real HTTP semantics."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import httpx
import metastudio_client
import pytest
from constants import METASTUDIO_URL, PROJECT_ID
from fakecloud import FakeCloud, InProcessTransport, Settings, serve
from fakecloud.progression import Progression
from fakecloud.samples import voice_wav, voice_zip
from metastudio_client import (
    ApiError,
    AsyncMetaStudio,
    AuthenticationError,
    Backoff,
    HuaweiCredentials,
    InvalidUpload,
    MetaStudio,
    ShortJobFailed,
    UploadFailed,
    WaitTimeout,
    assessment_table,
    connect,
    is_known,
)
from metastudio_client.models import AssessResult, ShowShortJobResponseBody

FAST = Backoff(initial=0.01, maximum=0.05)


def test_happy_flow_returns_the_assessment(metastudio: MetaStudio, recording: Path) -> None:
    job = metastudio.run_short_job(recording, backoff=FAST)
    assert job.state == "SUCCEED" and is_known(job.state)
    result = job.assess_result
    assert isinstance(result, AssessResult)
    assert result.snr.status == 0 and float(result.snr.actual) > 20  # type: ignore[union-attr,arg-type]
    assert result.speed.expected == "3~6" and 3 <= float(result.speed.actual) <= 6  # type: ignore[union-attr,arg-type]
    assert result.suggestion == "The audio meets the quality requirements."
    assert job.create_time <= job.lastupdate_time  # type: ignore[operator]
    audit = metastudio.show_job_audit_result(job.job_id)
    assert audit.system_audit_result.errors == []  # type: ignore[union-attr]
    table = assessment_table(result)
    assert "snr" in table and "suggestion: The audio meets the quality requirements." in table


async def test_happy_flow_asyncio(ametastudio: AsyncMetaStudio, recording: Path) -> None:
    job = await ametastudio.run_short_job(recording, backoff=FAST)
    assert job.state == "SUCCEED"
    assert (await ametastudio.show_short_job(job.job_id)).job_id == job.job_id


def test_progress_is_reported_per_state(credentials: HuaweiCredentials, recording: Path) -> None:
    cloud = FakeCloud(Settings(progression=Progression("polls", 2)))
    seen: list[str] = []
    with cloud.transport() as transport, connect(base_url=METASTUDIO_URL, credentials=credentials,
                                                 transport=transport) as client:  # fmt: skip
        job = client.run_short_job(recording, backoff=FAST, on_progress=lambda j: seen.append(str(j.state)))
    assert seen == ["SYSTEM_AUDITING", "PROCESSING", "SUCCEED"] and job.state == "SUCCEED"


def test_progress_is_logged_by_default(
    metastudio: MetaStudio, recording: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="metastudio_client"):
        job = metastudio.run_short_job(recording, backoff=FAST)
    assert f"short job {job.job_id}: SUCCEED" in caplog.text


def test_noisy_recording_gets_suggestions(metastudio: MetaStudio, tmp_path: Path) -> None:
    noisy = voice_zip(tmp_path / "noisy.zip", {"0.wav": voice_wav(level=0.05, noise=0.02)})
    job = metastudio.run_short_job(noisy, backoff=FAST)
    result = job.assess_result
    assert isinstance(result, AssessResult)
    assert result.snr.status == -1 and result.sound.status == -1  # type: ignore[union-attr]
    assert "Background noise is high" in str(result.suggestion)
    assert "speed" not in result.to_dict()  # no transcripts, no speaking rate


def test_a_zip_without_audio_fails_with_code_and_reason(metastudio: MetaStudio, tmp_path: Path) -> None:
    notes = voice_zip(tmp_path / "notes.zip", {"readme.txt": "no audio"})
    with pytest.raises(ShortJobFailed) as caught:
        metastudio.run_short_job(notes, backoff=FAST)
    failure = caught.value
    assert failure.code == "MSS.10001004" and "no .wav audio file" in (failure.reason or "")
    assert failure.job.state == "AUDIT_FAILED"
    errors = metastudio.show_job_audit_result(failure.job.job_id).system_audit_result.errors  # type: ignore[union-attr]
    assert [(e.text_name, e.error_code) for e in errors] == [("readme.txt", "MSS.10001004")]  # type: ignore[union-attr]


def test_data_that_is_not_a_zip_fails_the_job(metastudio: MetaStudio) -> None:
    created = metastudio.create_short_job()
    response = httpx.Client(transport=metastudio.client.get_httpx_client()._transport).put(
        created.data_uploading_url, content=b"RIFF not a zip", headers={"Content-Type": "application/zip"}
    )
    assert response.status_code == 200
    metastudio.commit_short_job(created.job_id)
    with pytest.raises(ShortJobFailed, match=r"ended in FAILED: MSS\.00000002"):
        metastudio.wait_for_short_job(created.job_id, backoff=FAST)


def test_commit_twice_is_refused(metastudio: MetaStudio, recording: Path) -> None:
    job = metastudio.run_short_job(recording, backoff=FAST)
    with pytest.raises(ApiError) as caught:
        metastudio.commit_short_job(job.job_id)
    assert caught.value.status_code == 400 and caught.value.error_code == "MSS.00000003"


def test_unknown_job_is_a_typed_error(metastudio: MetaStudio) -> None:
    with pytest.raises(ApiError) as caught:
        metastudio.show_short_job("no-such-job")
    assert caught.value.error_code == "MSS.10001002" and caught.value.request_id


def test_bad_signature_is_refused(transport: InProcessTransport, settings: Settings) -> None:
    wrong = HuaweiCredentials(settings.ak, "not-the-right-sk", PROJECT_ID)
    with (
        connect(base_url=METASTUDIO_URL, credentials=wrong, transport=transport) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.create_short_job()
    error = caught.value
    assert (error.status_code, error.error_code) == (401, "APIG.0301")
    assert "verify aksk signature fail" in str(error) and "not-the-right-sk" not in str(error) + repr(error)


def test_token_auth(transport: InProcessTransport, settings: Settings) -> None:
    with connect(base_url=METASTUDIO_URL, token=settings.token, project_id=PROJECT_ID, transport=transport) as client:
        assert client.create_short_job().job_id
    with (
        connect(base_url=METASTUDIO_URL, token="expired", project_id=PROJECT_ID, transport=transport) as client,
        pytest.raises(AuthenticationError, match="verify token fail"),
    ):
        client.create_short_job()


def test_unknown_state_from_the_server_is_kept_and_waited_through(
    metastudio: MetaStudio, cloud: FakeCloud, recording: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = metastudio.create_short_job()
    metastudio.upload_short_job_data(created.data_uploading_url, recording)
    metastudio.commit_short_job(created.job_id)
    answers = iter(["QUEUED_FOR_GPU", "QUEUED_FOR_GPU"])
    original = cloud.metastudio.show

    def show(project_id: str, job_id: str) -> dict[str, object]:
        body = original(project_id, job_id)
        return {**body, "state": next(answers, body["state"]), "gpu_pool": "b"}

    monkeypatch.setattr(cloud.metastudio, "show", show)
    seen: list[ShowShortJobResponseBody] = []
    job = metastudio.wait_for_short_job(created.job_id, backoff=FAST, on_progress=seen.append)
    assert [str(j.state) for j in seen] == ["QUEUED_FOR_GPU", "SUCCEED"]
    assert not is_known(seen[0].state) and seen[0].additional_properties == {"gpu_pool": "b"}
    assert job.state == "SUCCEED"


def test_deadline_raises_wait_timeout(credentials: HuaweiCredentials, recording: Path) -> None:
    cloud = FakeCloud(Settings(progression=Progression("seconds", 3600)))
    with cloud.transport() as transport, connect(base_url=METASTUDIO_URL, credentials=credentials,
                                                 transport=transport) as client:  # fmt: skip
        started = time.monotonic()
        with pytest.raises(WaitTimeout) as caught:
            client.run_short_job(recording, timeout=0.3, backoff=Backoff(0.05, 1.5, 0.1))
    assert time.monotonic() - started < 5
    assert caught.value.last.state == "SYSTEM_AUDITING"


@pytest.mark.parametrize(("content", "reason"), [(None, "no such file"), (b"plain text", "not a zip archive")])
def test_a_bad_zip_path_fails_before_any_request(
    metastudio: MetaStudio, cloud: FakeCloud, tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "voice.zip"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InvalidUpload, match=reason) as caught:
        metastudio.run_short_job(path)
    assert isinstance(caught.value, metastudio_client.InvalidArgument) and caught.value.parameter == "zip_path"
    assert str(caught.value) == f"zip_path: {path}: {reason}" + (" (File is not a zip file)" if content else "")
    assert cloud.metastudio._jobs == {}


def test_upload_is_streamed_with_its_length(
    metastudio: MetaStudio, recording: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[httpx.Request, bool]] = []
    http = metastudio.client.get_httpx_client()
    original = http.send

    def spy(request: httpx.Request, **kwargs: object) -> httpx.Response:
        sent.append((request, isinstance(request.stream, httpx.ByteStream)))
        return original(request, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(http, "send", spy)
    metastudio.run_short_job(recording, backoff=FAST)
    upload, in_memory = next((r, m) for r, m in sent if r.method == "PUT")
    assert not in_memory
    assert upload.headers["Content-Type"] == "application/zip"
    assert upload.headers["Content-Length"] == str(recording.stat().st_size)
    # Same host as the API in the fake, so it is signed, without hashing the stream; an OBS host is not signed.
    assert upload.headers["X-Sdk-Content-Sha256"] == "UNSIGNED-PAYLOAD"


def test_upload_errors_name_the_host_and_port(recording: Path) -> None:
    """The message said "upload to http://127.0.0.1/_fake-obs/..." for a URL on port 8765 or any other."""
    with serve() as served:
        creds = served.credentials
        with connect(base_url=served.url, credentials=HuaweiCredentials(creds.ak, creds.sk, PROJECT_ID)) as client:
            created = client.create_short_job()
            forged = created.data_uploading_url.split("?")[0] + "?token=forged-signature"
            with pytest.raises(UploadFailed) as caught:
                client.upload_short_job_data(forged, recording)
    path = forged.split("?")[0].removeprefix(served.url)
    assert str(caught.value.error_msg).startswith(f"upload to {served.url}{path} failed: ")
    assert f":{served.port}/" in str(caught.value)


def test_upload_errors_hide_the_presigned_query(metastudio: MetaStudio, recording: Path) -> None:
    created = metastudio.create_short_job()
    forged = created.data_uploading_url.split("?")[0] + "?token=forged-signature"
    with pytest.raises(UploadFailed) as caught:
        metastudio.upload_short_job_data(forged, recording)
    assert caught.value.status_code == 403 and "forged-signature" not in str(caught.value)
