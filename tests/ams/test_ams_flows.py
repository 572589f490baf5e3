"""End to end: the generated AMS client + overrides against the fake cloud, through real HTTP semantics."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from ams_client import (
    Ams,
    AsyncAms,
    AuthFailureError,
    Backoff,
    FailedOperationError,
    RequestLimitExceededError,
    ResourceNotFoundError,
    TaskCancelled,
    TaskFailed,
    TaskRejected,
    TencentCredentials,
    UnexpectedResponse,
    WaitTimeout,
    connect,
    is_known,
    task_input,
    verdict_table,
)
from ams_client._overrides.tencent.session import tencent_client
from ams_client.models import (
    AudioModerationType,
    AudioResult,
    BucketInfo,
    DescribeTaskDetailResult,
    StorageInfo,
    Suggestion,
    TaskFilter,
    TaskFilterType,
    TaskInput,
    TaskStatus,
)
from constants import AMS_URL
from fakecloud import FakeCloud, InProcessTransport, Settings
from fakecloud.progression import Progression

FAST = Backoff(initial=0.01, maximum=0.05)
MEDIA = "https://media.fake/clips/"


@pytest.fixture
def slow_cloud() -> FakeCloud:
    """Tasks that stay PENDING for an hour."""
    return FakeCloud(Settings(progression=Progression("seconds", 3600)))


@pytest.fixture
def slow_ams(slow_cloud: FakeCloud, tencent_credentials: TencentCredentials) -> Iterator[Ams]:
    with slow_cloud.transport() as transport, connect(base_url=AMS_URL, credentials=tencent_credentials,
                                                      transport=transport) as client:  # fmt: skip
        yield client


def test_block_review_and_pass_verdicts_with_labels_and_segments(ams: Ams) -> None:
    block, review, passed = ams.moderate([MEDIA + "stream-porn-ad-60s.mp3", MEDIA + "chat-abuse.mp3",
                                          MEDIA + "podcast.mp3"], backoff=FAST)  # fmt: skip
    assert (block.status, block.suggestion, block.label) == (TaskStatus.FINISH, Suggestion.BLOCK, "Porn")
    assert [(x.label, x.suggestion, x.score) for x in block.labels] == [("Porn", "Block", 99), ("Ad", "Review", 80)]  # type: ignore[union-attr]
    assert [(s.offset_time, s.result.label) for s in block.audio_segments] == [("0", "Porn"), ("15", "Ad")]  # type: ignore[union-attr]
    assert block.audio_text == "第1段：色情内容 第2段：加微信" and block.media_info.codecs == "mp3"  # type: ignore[union-attr]
    assert (review.suggestion, review.label, review.labels[0].sub_label) == ("Review", "Abuse", "Uncivilized")  # type: ignore[index]
    assert (passed.suggestion, passed.label, passed.labels, passed.audio_segments) == ("Pass", "Normal", [], [])
    assert all(d.request_id and d.input_info.url.startswith(MEDIA) for d in (block, review, passed))  # type: ignore[union-attr]
    table = verdict_table([block, passed])
    assert "Porn/Block/99, Ad/Review/80" in table and "0s Porn, 15s Ad" in table


async def test_moderation_asyncio(aams: AsyncAms) -> None:
    [detail] = await aams.moderate([MEDIA + "ad.mp3"], backoff=FAST)
    assert detail.suggestion == Suggestion.REVIEW and detail.label == "Ad"
    assert (await aams.describe_task_detail(detail.task_id)).status == "FINISH"  # type: ignore[arg-type]


def test_show_all_segments_lists_the_segments_without_hits(ams: Ams) -> None:
    [detail] = ams.moderate([MEDIA + "talk-custom-45s.mp3"], backoff=FAST, show_all_segments=True)
    results = [s.result for s in detail.audio_segments]  # type: ignore[union-attr]
    assert [(r.hit_flag, r.label, r.suggestion) for r in results if isinstance(r, AudioResult)] == [
        (1, "Custom", "Block"), (0, "Normal", "Pass"), (0, "Normal", "Pass"),
    ]  # fmt: skip
    hit_only = ams.describe_task_detail(detail.task_id)  # type: ignore[arg-type]
    assert len(hit_only.audio_segments) == 1  # type: ignore[arg-type]


def test_tasks_from_cos_and_with_names_and_data_ids(ams: Ams) -> None:
    cos = StorageInfo(bucket_info=BucketInfo(bucket="b-125", region="ap-guangzhou", object_="/in/porn.mp3"))
    media = [TaskInput(input_=cos, data_id="d-1", name="episode 1"), task_input(MEDIA + "x.mp3")]
    first, second = ams.moderate(media, biz_type="kids_2024", backoff=FAST)
    assert (first.data_id, first.name, first.biz_type, first.suggestion) == ("d-1", "episode 1", "kids_2024", "Block")
    assert first.input_info.type_ == "COS" and first.input_info.bucket_info.object_ == "/in/porn.mp3"  # type: ignore[union-attr]
    assert second.input_info.bucket_info is None  # type: ignore[union-attr]


def test_progress_is_reported_per_task_and_state(tencent_credentials: TencentCredentials) -> None:
    cloud = FakeCloud(Settings(progression=Progression("polls", 2)))
    seen: list[tuple[str, str]] = []
    with cloud.transport() as transport, connect(base_url=AMS_URL, credentials=tencent_credentials,
                                                 transport=transport) as client:  # fmt: skip
        details = client.moderate([MEDIA + "a.mp3", MEDIA + "b.mp3"], backoff=FAST,
                                  on_progress=lambda d: seen.append((str(d.task_id), str(d.status))))  # fmt: skip
    for detail in details:
        assert [status for task, status in seen if task == detail.task_id] == ["PENDING", "RUNNING", "FINISH"]


def test_progress_is_logged_by_default(ams: Ams, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="ams_client"):
        [detail] = ams.moderate([MEDIA + "a.mp3"], backoff=FAST)
    assert f"AMS task {detail.task_id}: FINISH" in caplog.text


def test_more_than_ten_media_are_created_ten_per_call(ams: Ams, cloud: FakeCloud) -> None:
    details = ams.moderate([f"{MEDIA}{i}.mp3" for i in range(12)], backoff=FAST)
    assert [d.input_info.url for d in details] == [f"{MEDIA}{i}.mp3" for i in range(12)]  # type: ignore[union-attr]
    assert len(cloud.ams._tasks) == 12


def test_error_raises_task_failed_with_type_and_description(ams: Ams) -> None:
    with pytest.raises(TaskFailed) as caught:
        ams.moderate([MEDIA + "fine.mp3", MEDIA + "broken-error.mp3"], backoff=FAST)
    failure = caught.value
    assert failure.code == "URL_ERROR" and "404" in (failure.reason or "")
    assert failure.job.status == TaskStatus.ERROR and failure.job.suggestion is None
    assert str(failure).startswith(f"AMS task {failure.job.task_id} ended in ERROR: URL_ERROR")


def test_wait_for_tasks_returns_every_outcome_without_raising(ams: Ams) -> None:
    created = ams.create_audio_moderation_task([MEDIA + "ok.mp3", MEDIA + "error.mp3"])
    ids = [r.task_id for r in created.results]  # type: ignore[union-attr]
    details = ams.wait_for_tasks(ids, backoff=FAST)  # type: ignore[arg-type]
    assert [d.status for d in details] == [TaskStatus.FINISH, TaskStatus.ERROR]


def test_cancelled_task_raises_task_cancelled(slow_ams: Ams) -> None:
    created = slow_ams.create_audio_moderation_task([MEDIA + "porn.mp3"])
    task_id = created.results[0].task_id  # type: ignore[index]
    assert slow_ams.describe_task_detail(task_id).status == TaskStatus.PENDING  # type: ignore[arg-type]
    assert slow_ams.cancel_task(task_id).request_id  # type: ignore[arg-type]
    with pytest.raises(TaskCancelled) as caught:
        slow_ams.wait_for_task(task_id, backoff=FAST)  # type: ignore[arg-type]
    assert caught.value.job.status == TaskStatus.CANCELLED and caught.value.job.suggestion is None
    with pytest.raises(FailedOperationError, match=r"has already ended \(CANCELLED\)"):
        slow_ams.cancel_task(task_id)  # type: ignore[arg-type]


def test_a_finished_task_cannot_be_cancelled(ams: Ams) -> None:
    [detail] = ams.moderate([MEDIA + "a.mp3"], backoff=FAST)
    with pytest.raises(FailedOperationError) as caught:
        ams.cancel_task(detail.task_id)  # type: ignore[arg-type]
    assert caught.value.code == "FailedOperation" and "(FINISH)" in str(caught.value)


def test_live_audio_runs_until_cancelled_and_keeps_its_hits(ams: Ams) -> None:
    created = ams.create_audio_moderation_task(
        ["rtmp://live.fake/app/room-abuse"], type_=AudioModerationType.LIVE_AUDIO
    )
    task_id: str = created.results[0].task_id  # type: ignore[index,assignment]
    running = ams.describe_task_detail(task_id)
    assert running.status == TaskStatus.RUNNING and running.label == "Abuse"
    assert int(running.audio_segments[0].offset_time) > 1_600_000_000  # type: ignore[index,arg-type]  # Unix time
    ams.cancel_task(task_id)
    with pytest.raises(TaskCancelled) as caught:
        ams.wait_for_task(task_id, backoff=FAST)
    assert caught.value.job.label == "Abuse" and caught.value.job.type_ == AudioModerationType.LIVE_AUDIO


def test_a_task_without_media_is_rejected_before_waiting(ams: Ams) -> None:
    with pytest.raises(TaskRejected) as caught:
        ams.moderate([MEDIA + "ok.mp3", StorageInfo()], backoff=FAST)
    rejected = caught.value
    assert rejected.code == "InvalidParameterValue" and "one of Input.Url and Input.BucketInfo" in str(rejected)
    assert rejected.request_id and rejected.results[0].code == "OK" and rejected.result is rejected.results[1]


def test_unknown_status_label_and_suggestion_from_the_server(
    ams: Ams, cloud: FakeCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = cloud.ams.detail
    statuses = iter(["QUEUED", "QUEUED"])

    def detail(task_id: str, show_all_segments: bool) -> dict[str, Any]:
        body = original(task_id, show_all_segments)
        status = next(statuses, body["Status"])
        extra = {"Suggestion": "Escalate", "Label": "Gambling", "Priority": "high"} if status == "FINISH" else {}
        return {**body, "Status": status, **extra}

    monkeypatch.setattr(cloud.ams, "detail", detail)
    seen: list[DescribeTaskDetailResult] = []
    [verdict] = ams.moderate([MEDIA + "a.mp3"], backoff=FAST, on_progress=seen.append)
    assert [str(d.status) for d in seen] == ["QUEUED", "FINISH"]
    assert isinstance(seen[0].status, TaskStatus) and not is_known(seen[0].status)
    assert verdict.suggestion == "Escalate" and not is_known(verdict.suggestion)
    assert verdict.label == "Gambling" and verdict.additional_properties == {"Priority": "high"}


def test_nulls_of_an_unfinished_task_read_as_none(slow_ams: Ams) -> None:
    created = slow_ams.create_audio_moderation_task([MEDIA + "porn.mp3"])
    detail = slow_ams.describe_task_detail(created.results[0].task_id)  # type: ignore[index,arg-type]
    assert detail.status == TaskStatus.PENDING
    assert (detail.suggestion, detail.labels, detail.label, detail.audio_segments, detail.audio_text) == (None,) * 5
    assert detail.input_info.bucket_info is None and detail.error_type == ""  # type: ignore[union-attr]


def test_listing_follows_page_tokens_over_every_page(ams: Ams) -> None:
    ams.moderate([f"{MEDIA}{i}-{'porn' if i % 3 == 0 else 'x'}.mp3" for i in range(7)], backoff=FAST)
    pages = list(ams.describe_tasks_pages(page_size=3))
    assert [len(p.data) for p in pages] == [3, 3, 1] and {p.total for p in pages} == {"7"}  # type: ignore[arg-type]
    assert [bool(p.page_token) for p in pages] == [True, True, False]
    urls = [t.input_info.url for t in ams.iter_tasks(page_size=3)]  # type: ignore[union-attr]
    assert urls == [f"{MEDIA}{i}-{'porn' if i % 3 == 0 else 'x'}.mp3" for i in reversed(range(7))]
    blocked = list(ams.iter_tasks(filter_=TaskFilter(suggestion=Suggestion.BLOCK), page_size=2))
    assert len(blocked) == 3 and all(t.labels[0].label == "Porn" for t in blocked)  # type: ignore[index]
    assert list(ams.iter_tasks(filter_=TaskFilter(type_=TaskFilterType.LIVE_AUDIO))) == []


def test_listing_filters_by_status_biztype_and_time(slow_ams: Ams) -> None:
    slow_ams.create_audio_moderation_task([MEDIA + "a.mp3"], biz_type="team_a")
    created = slow_ams.create_audio_moderation_task([MEDIA + "b.mp3"], biz_type="team_b")
    slow_ams.cancel_task(created.results[0].task_id)  # type: ignore[index,arg-type]
    pending = TaskFilter(task_status=TaskStatus.PENDING)
    assert [t.biz_type for t in slow_ams.iter_tasks(filter_=pending)] == ["team_a"]
    assert [t.status for t in slow_ams.iter_tasks(filter_=TaskFilter(biz_type="team_b"))] == ["CANCELLED"]
    now = datetime.now(UTC)
    assert (
        len(list(slow_ams.iter_tasks(start_time=now - timedelta(minutes=1), end_time=now + timedelta(minutes=1)))) == 2
    )
    assert list(slow_ams.iter_tasks(start_time=now + timedelta(hours=1))) == []
    with pytest.raises(ValueError, match="timezone-aware"):
        slow_ams.describe_tasks(start_time=datetime(2025, 1, 1))


async def test_listing_asyncio(aams: AsyncAms) -> None:
    await aams.moderate([f"{MEDIA}{i}.mp3" for i in range(5)], backoff=FAST)
    assert len([t async for t in aams.iter_tasks(page_size=2)]) == 5
    assert [len(p.data) async for p in aams.describe_tasks_pages(page_size=2)] == [2, 2, 1]  # type: ignore[arg-type]


def test_a_page_token_handed_out_twice_stops_the_listing(
    ams: Ams, cloud: FakeCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cloud.ams, "list", lambda params: {"Total": "9", "Data": [], "PageToken": "again"})
    with pytest.raises(UnexpectedResponse, match="PageToken 'again' a second time"):
        list(ams.iter_tasks())


def test_deadline_raises_wait_timeout_with_the_last_details(slow_ams: Ams) -> None:
    started = time.monotonic()
    with pytest.raises(WaitTimeout) as caught:
        slow_ams.moderate([MEDIA + "a.mp3", MEDIA + "b.mp3"], timeout=0.3, backoff=Backoff(0.05, 1.5, 0.1))
    assert time.monotonic() - started < 5
    assert [d.status for d in caught.value.last] == [TaskStatus.PENDING, TaskStatus.PENDING]
    assert "2 AMS tasks: not finished after 0.3s (last status: w-audio-" in str(caught.value)


def test_unknown_task_is_resource_not_found_with_request_id(ams: Ams) -> None:
    with pytest.raises(ResourceNotFoundError) as caught:
        ams.describe_task_detail("w-audio-missing")
    assert caught.value.request_id and "w-audio-missing" in str(caught.value)


def test_bad_key_unknown_id_and_skewed_clock_are_refused(transport: InProcessTransport, settings: Settings) -> None:
    cases = [
        (TencentCredentials(settings.secret_id, "not-the-right-key"), time.time, "AuthFailure.SignatureFailure"),
        (TencentCredentials("AKIDNOBODY000000000000000000000000000", settings.secret_key), time.time,
         "AuthFailure.SecretIdNotFound"),
        (TencentCredentials(settings.secret_id, settings.secret_key), lambda: time.time() - 400,
         "AuthFailure.SignatureExpire"),
    ]  # fmt: skip
    for credentials, clock, code in cases:
        client = tencent_client(AMS_URL, service="ams", version="2020-12-29", credentials=credentials,
                                transport=transport, clock=clock)  # fmt: skip
        with Ams(client) as ams, pytest.raises(AuthFailureError) as caught:
            ams.describe_tasks()
        assert caught.value.code == code and caught.value.status_code == 200
        assert "not-the-right-key" not in str(caught.value) + repr(caught.value)


def test_temporary_credentials_send_their_token(transport: InProcessTransport, settings: Settings) -> None:
    credentials = TencentCredentials(settings.secret_id, settings.secret_key, token="sts-session-token")
    with connect(base_url=AMS_URL, credentials=credentials, transport=transport, region="ap-guangzhou") as ams:
        assert ams.describe_tasks().total == "0"


def test_rate_limit_surfaces_as_request_limit_exceeded(tencent_credentials: TencentCredentials) -> None:
    cloud = FakeCloud(Settings(rate_limit=3))
    with cloud.transport() as transport, connect(base_url=AMS_URL, credentials=tencent_credentials,
                                                 transport=transport, max_retries=0,
                                                 rate_limits={"*": None}) as ams:  # fmt: skip
        for _ in range(3):
            ams.describe_tasks()
        with pytest.raises(RequestLimitExceededError, match="limit of 3 requests per second for DescribeTasks"):
            ams.describe_tasks()


def test_a_client_limited_like_the_service_is_never_refused(tencent_credentials: TencentCredentials) -> None:
    cloud = FakeCloud(Settings(rate_limit=3))
    with cloud.transport() as transport, connect(base_url=AMS_URL, credentials=tencent_credentials,
                                                 transport=transport, max_retries=0,
                                                 rate_limits={"DescribeTasks": 3}) as ams:  # fmt: skip
        for _ in range(7):
            ams.describe_tasks()
