"""End-to-end audio moderation through the generated client and its overrides, against the fake:
verdicts (block, review, pass), failed jobs, values only a newer server knows, deadlines, errors."""

from __future__ import annotations

import dataclasses

import pytest
from constants import MODERATION_URL, PROJECT_ID
from fakecloud import FakeCloud, InProcessTransport, Settings
from fakecloud.progression import Progression, Timeline
from moderation_client import (
    DEFAULT_CATEGORIES,
    ApiError,
    AsyncModeration,
    AudioJobFailed,
    AuthenticationError,
    Backoff,
    HuaweiCredentials,
    JobFailed,
    Moderation,
    WaitTimeout,
    connect,
    connect_async,
    is_known,
    verdict_report,
)
from moderation_client.api.audio_jobs import create_audio_moderation_job
from moderation_client.models import (
    AudioInputBody,
    AudioModerationCategory,
    AudioModerationDetailSuggestion,
    AudioModerationEventType,
    AudioModerationJobStatus,
    AudioModerationLabel,
    AudioModerationSuggestion,
    CreateAudioModerationJobRequestBody,
    ShowAudioModerationJobResponseBody,
)
from moderation_client.types import Unset

FAST = Backoff(0.001, maximum=0.01)


def test_a_url_naming_a_category_is_blocked_with_its_segment(moderation: Moderation) -> None:
    result = moderation.moderate_audio("https://media.example.com/show/porn-12-19.5.wav", backoff=FAST)

    assert result.suggestion is AudioModerationSuggestion.BLOCK
    assert isinstance(result.details, list) and len(result.details) == 1
    detail = result.details[0]
    assert detail.label is AudioModerationLabel.PORN
    assert detail.suggestion is AudioModerationDetailSuggestion.BLOCK
    assert (detail.start_time, detail.end_time) == (12, 19.5)
    assert detail.audio_text == "porn speech at 12-19.5 s"
    assert isinstance(detail.segments, list)
    assert [s.segment for s in detail.segments] == ["porn speech at 12-19.5 s"]
    assert result.audio_text == "porn speech at 12-19.5 s"


def test_a_query_sets_label_time_text_and_hit_fragments(moderation: Moderation) -> None:
    url = "https://media.example.com/room.mp3?label=ad&start=3&end=7&text=buy%20cheap%20pills&segment=cheap%20pills"
    result = moderation.moderate_audio(url, categories=["ad"], backoff=FAST)

    assert result.suggestion is AudioModerationSuggestion.BLOCK
    assert isinstance(result.details, list)
    [detail] = result.details
    assert (detail.label, detail.start_time, detail.end_time) == (AudioModerationLabel.AD, 3, 7)
    assert detail.audio_text == "buy cheap pills"
    assert isinstance(detail.segments, list) and [s.segment for s in detail.segments] == ["cheap pills"]


def test_a_clean_url_passes(moderation: Moderation) -> None:
    result = moderation.moderate_audio("https://media.example.com/weather-report.wav", backoff=FAST)

    assert result.suggestion is AudioModerationSuggestion.PASS
    assert result.details == []
    assert result.audio_text == "clean speech"


def test_review_marks_the_segments_for_manual_review(moderation: Moderation) -> None:
    result = moderation.moderate_audio("https://media.example.com/review-abuse-5-8.wav", backoff=FAST)

    assert result.suggestion is AudioModerationSuggestion.REVIEW
    assert isinstance(result.details, list)
    [detail] = result.details
    assert (detail.label, detail.suggestion) == (AudioModerationLabel.ABUSE, AudioModerationDetailSuggestion.REVIEW)
    assert (detail.start_time, detail.end_time) == (5, 8)


def test_only_the_requested_categories_are_reported(moderation: Moderation) -> None:
    url = "https://media.example.com/porn-0-10_ad-20-30.wav"
    result = moderation.moderate_audio(url, categories=[AudioModerationCategory.AD], backoff=FAST)

    assert isinstance(result.details, list)
    assert [(d.label, d.start_time) for d in result.details] == [(AudioModerationLabel.AD, 20)]


def test_the_request_carries_the_policy_defaults(moderation: Moderation) -> None:
    created = moderation.create_audio_job("https://media.example.com/a.wav")
    params = moderation.show_audio_job(created.job_id).request_params

    assert not isinstance(params, Unset)
    assert params.event_type is AudioModerationEventType.DEFAULT
    assert params.categories == list(DEFAULT_CATEGORIES)
    assert AudioModerationCategory.POLITICS not in params.categories
    assert not isinstance(params.data, Unset) and params.data.url == "https://media.example.com/a.wav"
    assert isinstance(params.data.language, Unset) and isinstance(params.callback, Unset)


def test_a_biz_type_policy_replaces_event_type_and_categories(moderation: Moderation, cloud: FakeCloud) -> None:
    created = moderation.create_audio_job("https://media.example.com/terrorism-1-2.wav", biz_type="voiceroom_strict")
    sent = cloud.moderation.job(PROJECT_ID, created.job_id).request

    assert sent == {"data": {"url": "https://media.example.com/terrorism-1-2.wav"}, "biz_type": "voiceroom_strict"}
    result = moderation.wait_for_audio_job(created.job_id, backoff=FAST)
    assert isinstance(result.details, list)
    assert [d.label for d in result.details] == [AudioModerationLabel.TERRORISM]


def test_the_created_job_shows_the_page_formats(moderation: Moderation) -> None:
    created = moderation.create_audio_job("https://media.example.com/a.wav", event_type="live", language="zh")
    job = moderation.show_audio_job(created.job_id)

    assert job.job_id == created.job_id
    prefix, _, suffix = created.job_id.partition("_")
    assert len(prefix) == 11 and prefix.startswith("0") and len(suffix) == 32
    assert isinstance(job.create_time, str) and len(job.create_time) == 19 and job.create_time[10] == " "
    assert 2 <= len(created.request_id) <= 64 and job.request_id != created.request_id
    assert not isinstance(job.request_params, Unset)
    assert job.request_params.event_type is AudioModerationEventType.LIVE


def test_an_unreachable_url_fails_the_job(moderation: Moderation) -> None:
    with pytest.raises(AudioJobFailed) as caught:
        moderation.moderate_audio("https://unreachable.invalid/lost.wav", backoff=FAST)

    failure = caught.value
    assert isinstance(failure, JobFailed)
    assert isinstance(failure.job, ShowAudioModerationJobResponseBody)
    assert failure.job.status is AudioModerationJobStatus.FAILED
    assert isinstance(failure.job.result, Unset)
    assert failure.code is None and failure.reason is None
    assert failure.job.job_id in str(failure)


def test_values_only_a_newer_server_knows_are_kept(moderation: Moderation, cloud: FakeCloud) -> None:
    created = moderation.create_audio_job("https://media.example.com/porn-0-10.wav")
    job = cloud.moderation.job(PROJECT_ID, created.job_id)
    assert job.outcome.result is not None
    result = {**job.outcome.result, "suggestion": "escalate", "risk_level": "high"}
    result["details"] = [{**result["details"][0], "label": "extremism", "suggestion": "mute"}]
    job.outcome = dataclasses.replace(job.outcome, result=result)

    verdict = moderation.wait_for_audio_job(created.job_id, backoff=FAST)

    assert not isinstance(verdict.suggestion, Unset)
    assert str(verdict.suggestion) == "escalate" and not is_known(verdict.suggestion)
    assert verdict.additional_properties == {"risk_level": "high"}
    assert isinstance(verdict.details, list)
    [detail] = verdict.details
    assert not isinstance(detail.label, Unset)
    assert str(detail.label) == "extremism" and not is_known(detail.label)
    assert str(detail.suggestion) == "mute"
    assert (detail.start_time, detail.end_time) == (0, 10)
    assert "extremism  mute" in verdict_report(verdict)


def test_an_unknown_status_means_keep_waiting(moderation: Moderation, cloud: FakeCloud) -> None:
    created = moderation.create_audio_job("https://media.example.com/a.wav")
    job = cloud.moderation.job(PROJECT_ID, created.job_id)
    job.timeline = Timeline(["queued", "running", "succeeded"], Progression("polls", 1))
    seen: list[object] = []

    result = moderation.wait_for_audio_job(
        created.job_id, backoff=FAST, on_progress=lambda j: seen.append(str(j.status))
    )

    assert seen == ["queued", "running", "succeeded"]
    assert result.suggestion is AudioModerationSuggestion.PASS


@pytest.fixture
def slow_cloud() -> FakeCloud:
    """A fake whose jobs stay `running` for 1000 polls."""
    return FakeCloud(Settings(progression=Progression("polls", 1000)))


def test_the_deadline_raises_wait_timeout_with_the_last_status(
    slow_cloud: FakeCloud, moderation_credentials: HuaweiCredentials
) -> None:
    with (
        slow_cloud.transport() as transport,
        connect(base_url=MODERATION_URL, credentials=moderation_credentials, transport=transport) as client,
        pytest.raises(WaitTimeout) as caught,
    ):
        client.moderate_audio("https://media.example.com/a.wav", timeout=0.05, backoff=Backoff(0.01))

    last = caught.value.last
    assert isinstance(last, ShowAudioModerationJobResponseBody)
    assert last.status is AudioModerationJobStatus.RUNNING
    assert "not finished after 0.05s (last status: running)" in str(caught.value)


def test_progress_reports_each_status_once(moderation_credentials: HuaweiCredentials) -> None:
    cloud = FakeCloud(Settings(progression=Progression("polls", 2)))
    seen: list[object] = []
    with (
        cloud.transport() as transport,
        connect(base_url=MODERATION_URL, credentials=moderation_credentials, transport=transport) as client,
    ):
        client.moderate_audio(
            "https://media.example.com/a.wav", backoff=FAST, on_progress=lambda j: seen.append(str(j.status))
        )

    assert seen == ["running", "succeeded"]


def test_an_unknown_job_is_the_vendor_error(moderation: Moderation) -> None:
    with pytest.raises(ApiError) as caught:
        moderation.show_audio_job("01655654400_ad96b30f58cc40e8968e53f1f1e80021")

    assert (caught.value.status_code, caught.value.error_code, caught.value.error_msg) == (
        400,
        "AIS.0030",
        "Job not found",
    )
    assert caught.value.request_id


def test_jobs_are_invisible_from_another_project(
    moderation: Moderation, settings: Settings, transport: InProcessTransport
) -> None:
    created = moderation.create_audio_job("https://media.example.com/a.wav")
    other = HuaweiCredentials(settings.ak, settings.sk, "another0project0id0000000000000")
    client = connect(base_url=MODERATION_URL, credentials=other, transport=transport)
    with client, pytest.raises(ApiError, match=r"AIS\.0030"):
        client.show_audio_job(created.job_id)


def test_invalid_requests_get_ais_codes(moderation: Moderation) -> None:
    with pytest.raises(ApiError) as empty_categories:
        moderation.create_audio_job("https://media.example.com/a.wav", categories=[])
    assert (empty_categories.value.status_code, empty_categories.value.error_code) == (400, "AIS.0012")
    assert "categories" in str(empty_categories.value)

    body = CreateAudioModerationJobRequestBody(data=AudioInputBody(url="https://media.example.com/a.wav"))
    with pytest.raises(ApiError) as no_policy:
        create_audio_moderation_job.sync(PROJECT_ID, client=moderation.client, body=body)
    assert no_policy.value.error_code == "AIS.0011"
    assert "biz_type, or both event_type and categories" in str(no_policy.value)


def test_a_wrong_secret_key_is_refused_by_the_gateway(settings: Settings, transport: InProcessTransport) -> None:
    wrong = HuaweiCredentials(settings.ak, "not-the-secret-key", PROJECT_ID)
    client = connect(base_url=MODERATION_URL, credentials=wrong, transport=transport)
    with client, pytest.raises(AuthenticationError) as caught:
        client.create_audio_job("https://media.example.com/a.wav")
    assert (caught.value.status_code, caught.value.error_code) == (401, "APIG.0301")
    assert "not-the-secret-key" not in str(caught.value) + repr(caught.value)


def test_an_iam_token_works_too(settings: Settings, transport: InProcessTransport) -> None:
    with connect(base_url=MODERATION_URL, token=settings.token, project_id=PROJECT_ID, transport=transport) as client:
        result = client.moderate_audio("https://media.example.com/ad.wav", backoff=FAST)
    assert result.suggestion is AudioModerationSuggestion.BLOCK


async def test_async_block_with_segments(amoderation: AsyncModeration) -> None:
    result = await amoderation.moderate_audio("https://media.example.com/moan-40-45.wav", backoff=FAST)

    assert result.suggestion is AudioModerationSuggestion.BLOCK
    assert isinstance(result.details, list)
    [detail] = result.details
    assert (detail.label, detail.start_time, detail.end_time) == (AudioModerationLabel.MOAN, 40, 45)


async def test_async_pass_and_show(amoderation: AsyncModeration) -> None:
    created = await amoderation.create_audio_job("https://media.example.com/a.wav")
    result = await amoderation.wait_for_audio_job(created.job_id, backoff=FAST)
    job = await amoderation.show_audio_job(created.job_id)

    assert result.suggestion is AudioModerationSuggestion.PASS
    assert job.status is AudioModerationJobStatus.SUCCEEDED and job.job_id == created.job_id


async def test_async_failed_job(amoderation: AsyncModeration) -> None:
    with pytest.raises(AudioJobFailed) as caught:
        await amoderation.moderate_audio("https://media.example.com/unreachable.wav", backoff=FAST)
    assert caught.value.job.status is AudioModerationJobStatus.FAILED


async def test_async_deadline(slow_cloud: FakeCloud, moderation_credentials: HuaweiCredentials) -> None:
    async with connect_async(
        base_url=MODERATION_URL, credentials=moderation_credentials, transport=slow_cloud.transport()
    ) as client:
        with pytest.raises(WaitTimeout) as caught:
            await client.moderate_audio("https://media.example.com/a.wav", timeout=0.05, backoff=Backoff(0.01))
    assert caught.value.last.status is AudioModerationJobStatus.RUNNING
