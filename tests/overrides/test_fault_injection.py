"""Retries and pacing against the fake's failure injection (fakecloud: faults per operation, the call log):
reads outlast transient failures, creates are retried only when surely not carried out, the zip upload
re-sends the file, waits outlast throttling, and the rate-limited fake is never crowded. In-process
where an httpx exception is enough, served on a socket where the connection itself must break."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import ams_client
import metastudio_client
import pytest
from constants import AMS_URL, METASTUDIO_URL, PROJECT_ID
from fakecloud import FakeCloud, InProcessTransport, Settings, serve
from fakecloud.progression import Progression
from metastudio_client import HuaweiCredentials, MetaStudio, RetryPolicy, connect

FAST = RetryPolicy(initial_delay=0.01, max_delay=0.05)
AMS_FAST = ams_client.RetryPolicy(initial_delay=0.01, max_delay=0.05)
NO_WAIT = ams_client.Backoff(initial=0.01, maximum=0.05)


@pytest.fixture
def client(credentials: HuaweiCredentials, transport: InProcessTransport) -> Iterator[MetaStudio]:
    with connect(base_url=METASTUDIO_URL, credentials=credentials, transport=transport, retry=FAST) as client:
        yield client


def statuses(cloud: FakeCloud, operation: str) -> list[int | None]:
    return [call.status for call in cloud.calls.list(operation=operation)]


@pytest.mark.parametrize(
    ("fault", "answered"),
    [({"status": 500}, 500), ({"status": 502}, 502), ({"status": 503}, 503), ({"status": 504}, 504),
     ({"error": "APIG.0308"}, 429), ({"connection": "drop"}, None), ({"connection": "reset"}, None),
     ({"connection": "truncate"}, None)],
    ids=lambda value: str(value),
)  # fmt: skip
def test_a_read_outlasts_two_injected_failures(
    cloud: FakeCloud, client: MetaStudio, fault: dict[str, object], answered: int | None
) -> None:
    job_id = client.create_short_job().job_id
    cloud.faults.add(operation="ShowShortJob", times=2, **fault)  # type: ignore[arg-type]
    assert client.show_short_job(job_id).job_id == job_id
    assert statuses(cloud, "ShowShortJob") == [answered, answered, 200]


def test_the_third_failure_of_a_read_is_raised_with_its_attempts(cloud: FakeCloud, client: MetaStudio) -> None:
    cloud.faults.add(operation="ShowShortJob", status=503, times=3)
    with pytest.raises(metastudio_client.ServerError, match=r"MSS\.00000004.*\(after 3 attempts\)$") as caught:
        client.show_short_job("job")
    assert caught.value.attempts == 3 and statuses(cloud, "ShowShortJob") == [503, 503, 503]


@pytest.mark.parametrize(("fault", "answered"), [({"status": 503}, 503), ({"connection": "drop"}, None)])
def test_a_create_that_may_have_happened_is_not_repeated(
    cloud: FakeCloud, client: MetaStudio, fault: dict[str, object], answered: int | None
) -> None:
    cloud.faults.add(operation="CreateShortJob", times=1, **fault)  # type: ignore[arg-type]
    with pytest.raises(metastudio_client.ClientError, match="the job may exist") as caught:
        client.create_short_job()
    assert caught.value.outcome_unknown and statuses(cloud, "CreateShortJob") == [answered]


def test_a_create_that_timed_out_is_not_repeated(cloud: FakeCloud, client: MetaStudio) -> None:
    cloud.faults.add(operation="CreateShortJob", delay=1.0, times=1)
    with pytest.raises(metastudio_client.TimedOut, match="CreateShortJob may have been carried out") as caught:
        client.with_options(timeout=0.2).create_short_job()
    assert caught.value.outcome_unknown and caught.value.attempts == 1
    assert len(cloud.calls.list(operation="CreateShortJob")) == 1


def test_a_throttled_create_is_sent_again(cloud: FakeCloud, client: MetaStudio) -> None:
    cloud.faults.add(operation="CreateShortJob", error="APIG.0308", times=2)
    assert client.create_short_job().job_id
    assert statuses(cloud, "CreateShortJob")[:2] == [429, 429] and len(cloud.jobs("metastudio")) == 1


def test_the_upload_is_sent_again_whole_and_the_job_succeeds(
    cloud: FakeCloud, client: MetaStudio, recording: Path
) -> None:
    cloud.faults.add(operation="UploadShortJobData", status=503, times=1)
    cloud.faults.add(operation="ShowShortJob", error="APIG.0308", times=1)
    job = client.run_short_job(recording, backoff=metastudio_client.Backoff(0.01, 1, 0.01))
    assert job.state == "SUCCEED"
    assert statuses(cloud, "UploadShortJobData") == [503, 200]


def test_connection_faults_on_a_real_socket_are_retried(tmp_path: Path) -> None:
    cloud = FakeCloud(Settings(progression=Progression("immediate")))
    with serve(cloud) as served:
        creds = served.credentials
        huawei = HuaweiCredentials(creds.ak, creds.sk, PROJECT_ID)
        with connect(base_url=served.url, credentials=huawei, retry=FAST) as client:
            job_id = client.create_short_job().job_id
            for kind in ("drop", "reset", "truncate"):
                cloud.faults.add(operation="ShowShortJob", connection=kind, times=2)
                assert client.show_short_job(job_id).job_id == job_id
            cloud.faults.add(operation="ShowShortJob", connection="reset", times=3)
            with pytest.raises(metastudio_client.ConnectionLost, match=r"ReadError.*\(after 3 attempts\)") as caught:
                client.show_short_job(job_id)
    assert caught.value.request == f"GET {served.url}/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs/{job_id}"
    assert statuses(cloud, "ShowShortJob") == [None, None, 200] * 3 + [None] * 3


@pytest.fixture
def ams(cloud: FakeCloud, tencent_credentials: ams_client.TencentCredentials,
        transport: InProcessTransport) -> Iterator[ams_client.Ams]:  # fmt: skip
    with ams_client.connect(base_url=AMS_URL, credentials=tencent_credentials, transport=transport,
                            retry=AMS_FAST) as client:  # fmt: skip
        yield client


@pytest.mark.parametrize(
    ("error", "read_calls", "create_calls"),
    [("RequestLimitExceeded", 3, 3), ("RequestLimitExceeded.UinLimitExceeded", 3, 3), ("InternalError", 3, 1)],
)
def test_tencent_errors_are_retried_by_what_they_mean(
    cloud: FakeCloud, ams: ams_client.Ams, error: str, read_calls: int, create_calls: int
) -> None:
    [task_id] = [r.task_id for r in ams.create_audio_moderation_task(["https://media.fake/a.mp3"]).results]  # type: ignore[union-attr]
    cloud.faults.add(operation="DescribeTaskDetail", error=error, times=2)
    assert ams.describe_task_detail(task_id).task_id == task_id  # type: ignore[arg-type]
    assert len(cloud.calls.list(operation="DescribeTaskDetail")) == read_calls
    cloud.faults.add(operation="CreateAudioModerationTask", error=error, times=2)
    try:
        ams.create_audio_moderation_task(["https://media.fake/b.mp3"])
    except ams_client.InternalError as failed:
        assert failed.outcome_unknown and failed.attempts == 1
    assert len(cloud.calls.list(operation="CreateAudioModerationTask")) == 1 + create_calls


def test_a_wait_outlasts_throttling_beyond_the_retries(
    cloud: FakeCloud, ams: ams_client.Ams, caplog: pytest.LogCaptureFixture
) -> None:
    [task_id] = [r.task_id for r in ams.create_audio_moderation_task(["https://media.fake/a.mp3"]).results]  # type: ignore[union-attr]
    cloud.faults.add(operation="DescribeTaskDetail", error="RequestLimitExceeded", times=7)
    with caplog.at_level(logging.WARNING, "ams_client"):
        detail = ams.with_options(max_retries=1).wait_for_task(task_id, backoff=NO_WAIT)  # type: ignore[arg-type]
    assert detail.status == "FINISH" and len(cloud.calls.list(operation="DescribeTaskDetail")) == 8
    assert any("throttled" in r.getMessage() and "backing off" in r.getMessage() for r in caplog.records)


def test_the_served_rate_limited_fake_is_never_crowded(tencent_credentials: ams_client.TencentCredentials) -> None:
    cloud = FakeCloud(Settings(progression=Progression("immediate"), rate_limit=20))
    media = [f"https://media.fake/clips/podcast-{i}.mp3" for i in range(45)]
    with serve(cloud) as served, ams_client.connect(base_url=served.url, credentials=tencent_credentials) as ams:
        details = ams.moderate(media, backoff=NO_WAIT)
    assert [d.input_info.url for d in details] == media  # type: ignore[union-attr]
    calls = cloud.calls.list(service="ams")
    assert [c.operation for c in calls].count("CreateAudioModerationTask") == 5
    assert [c.operation for c in calls].count("DescribeTaskDetail") == 45  # none refused, so none sent again
