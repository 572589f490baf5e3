"""Whatever ends a workflow after its first create — Ctrl-C, asyncio cancellation, a failing on_progress, our
own errors — leaves with its type unchanged and the ids of the jobs created: in `created_ids` (and a note
for exceptions not ours), with a WARNING naming those left unfinished (common.created; the new user's
repro scripts 07_ctrl_c.py, 13_wait_timeout.py and 17_ctrl_c_live.py)."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
from pathlib import Path
from typing import Any

import httpx
import metastudio_client
import moderation_client
import pytest
from ams_client import (
    Ams,
    AsyncAms,
    AudioModerationType,
    Backoff,
    TencentCredentials,
    WaitTimeout,
    connect,
    connect_async,
)
from constants import AMS_URL
from fakecloud import FakeCloud, Settings, serve
from fakecloud.progression import Progression
from fakecloud.samples import training_zip

MEDIA = "https://media.example.com/{}.mp3"
SLOW: Any = Backoff(initial=5, maximum=5)  # any package takes it  # the wait is asleep when the interruption comes
TERMINAL = {"FINISH", "ERROR", "CANCELLED", "SUCCEED", "SUCCESS", "FAILED"}


@pytest.fixture
def settings() -> Settings:
    """Jobs that are still running when the first progress is reported."""
    return Settings(progression=Progression("polls", 3))


def interrupt(exception: BaseException) -> Any:
    def on_progress(_: object) -> None:
        raise exception

    return on_progress


def running_ids(cloud: FakeCloud, service: str) -> tuple[str, ...]:
    jobs = cloud.jobs(service)
    assert jobs and all(job.state not in TERMINAL for job in jobs), [(job.id, job.state) for job in jobs]
    return tuple(job.id for job in jobs)


def assert_reported(exc: BaseException, ids: tuple[str, ...], caplog: pytest.LogCaptureFixture) -> None:
    assert exc.created_ids == ids  # type: ignore[attr-defined]
    notes = getattr(exc, "__notes__", [])
    assert any(all(i in note for i in ids) and "left unfinished" in note for note in notes), notes
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING and "left unfinished" in r.getMessage()]
    assert f"ended by {type(exc).__name__}" in warning.getMessage()
    assert all(i in warning.getMessage() for i in ids)


def test_ctrl_c_during_moderate_carries_the_task_ids(
    ams: Ams, cloud: FakeCloud, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(KeyboardInterrupt) as caught:
        ams.moderate([MEDIA.format(i) for i in range(12)], on_progress=interrupt(KeyboardInterrupt()))
    ids = running_ids(cloud, "ams")
    assert len(ids) == 12
    assert_reported(caught.value, ids, caplog)


async def test_cancelling_moderate_carries_the_task_ids(
    aams: AsyncAms, cloud: FakeCloud, caplog: pytest.LogCaptureFixture
) -> None:
    task = asyncio.create_task(aams.moderate([MEDIA.format(1), MEDIA.format(2)], backoff=SLOW))
    while len(cloud.jobs("ams")) < 2 or not any(r.name == "ams_client" and "PENDING" in r.getMessage()
                                                for r in caplog.records):  # fmt: skip
        caplog.set_level(logging.INFO, "ams_client")
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError) as caught:
        await task
    assert_reported(caught.value, running_ids(cloud, "ams"), caplog)


async def test_wait_for_timing_out_moderate_keeps_the_ids_on_its_cause(
    aams: AsyncAms, cloud: FakeCloud, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(TimeoutError) as caught:
        await asyncio.wait_for(aams.moderate([MEDIA.format(1)], backoff=SLOW), 0.5)
    cancelled = caught.value.__cause__
    assert isinstance(cancelled, asyncio.CancelledError)
    assert_reported(cancelled, running_ids(cloud, "ams"), caplog)


def test_a_wait_timeout_carries_the_ids_and_warns(ams: Ams, cloud: FakeCloud, caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(WaitTimeout) as caught:
        ams.moderate([MEDIA.format(1)], timeout=0)
    ids = running_ids(cloud, "ams")
    assert caught.value.created_ids == ids and str(caught.value) == (  # the message names the one task already
        f"AMS task {ids[0]}: not finished after 0s (last status: {ids[0]}: PENDING)"
    )
    assert not hasattr(caught.value, "__notes__")  # ours carry them in created_ids and their message
    assert any("moderate() ended by WaitTimeout" in r.getMessage() and ids[0] in r.getMessage() for r in caplog.records)


def test_a_failing_on_progress_in_moderate_audio_carries_the_job_id(
    moderation: moderation_client.Moderation, cloud: FakeCloud, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(ZeroDivisionError) as caught:
        moderation.moderate_audio("https://a.example.com/a.wav", on_progress=interrupt(ZeroDivisionError("bug")))
    assert_reported(caught.value, running_ids(cloud, "moderation"), caplog)


async def test_cancelling_moderate_audio_carries_the_job_id(
    amoderation: moderation_client.AsyncModeration, cloud: FakeCloud, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(TimeoutError) as caught:
        await asyncio.wait_for(amoderation.moderate_audio("https://a.example.com/a.wav", backoff=SLOW), 0.5)
    assert_reported(caught.value.__cause__, running_ids(cloud, "moderation"), caplog)  # type: ignore[arg-type]


def test_ctrl_c_during_run_short_job_carries_the_job_id(
    metastudio: metastudio_client.MetaStudio, cloud: FakeCloud, recording: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(KeyboardInterrupt) as caught:
        metastudio.run_short_job(recording, on_progress=interrupt(KeyboardInterrupt()))
    assert_reported(caught.value, running_ids(cloud, "metastudio"), caplog)


async def test_cancelling_run_short_job_carries_the_job_id(
    ametastudio: metastudio_client.AsyncMetaStudio, cloud: FakeCloud, recording: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(TimeoutError) as caught:
        await asyncio.wait_for(ametastudio.run_short_job(recording, backoff=SLOW), 0.5)
    assert_reported(caught.value.__cause__, running_ids(cloud, "metastudio"), caplog)  # type: ignore[arg-type]


def test_ctrl_c_during_a_create_says_a_task_may_exist(tencent_credentials: TencentCredentials) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    ams = connect(base_url=AMS_URL, credentials=tencent_credentials, transport=httpx.MockTransport(handler))
    with ams, pytest.raises(KeyboardInterrupt) as caught:
        ams.moderate([MEDIA.format(1)])
    assert caught.value.__notes__ == [
        "moderate() was interrupted during CreateAudioModerationTask: it may have created a AMS task whose id "
        "never came back"
    ]
    assert not hasattr(caught.value, "created_ids")


def test_a_real_sigint_during_a_live_moderation_reports_the_running_task(
    caplog: pytest.LogCaptureFixture, settings: Settings
) -> None:
    """Ctrl-C as the user presses it (SIGINT to the process) while moderate() waits on a live stream, which
    never ends by itself, over a served fake."""
    cloud = FakeCloud(settings)
    timers: list[threading.Timer] = []

    def sigint_soon(_: object) -> None:
        timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
        timers.append(timer)
        timer.start()

    with serve(cloud) as served, connect(base_url=served.url, credentials=TencentCredentials(
            settings.secret_id, settings.secret_key)) as ams:  # fmt: skip
        try:
            with pytest.raises(KeyboardInterrupt) as caught:
                ams.moderate(["rtmp://live.example.com/room/1"], type_=AudioModerationType.LIVE_AUDIO, timeout=30,
                             on_progress=sigint_soon, backoff=SLOW)  # fmt: skip
        finally:
            for timer in timers:
                timer.cancel()
    ids = running_ids(cloud, "ams")
    assert_reported(caught.value, ids, caplog)


def test_a_real_sigint_under_asyncio_run_keeps_the_ids_on_the_cancelled_wait(
    caplog: pytest.LogCaptureFixture, settings: Settings
) -> None:
    """asyncio.run turns Ctrl-C into cancelling the main task, then raises a KeyboardInterrupt of its own:
    the CancelledError that left moderate() with the ids is its __context__ (repro 07_ctrl_c.py async)."""
    cloud = FakeCloud(settings)
    timers: list[threading.Timer] = []

    def sigint_soon(_: object) -> None:
        timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
        timers.append(timer)
        timer.start()

    async def main(url: str) -> None:
        credentials = TencentCredentials(settings.secret_id, settings.secret_key)
        async with connect_async(base_url=url, credentials=credentials) as ams:
            await ams.moderate([MEDIA.format(1)], timeout=30, on_progress=sigint_soon, backoff=SLOW)

    with serve(cloud) as served:
        try:
            with pytest.raises(KeyboardInterrupt) as caught:
                asyncio.run(main(served.url))
        finally:
            for timer in timers:
                timer.cancel()
    cancelled = caught.value.__context__
    assert isinstance(cancelled, asyncio.CancelledError)
    assert_reported(cancelled, running_ids(cloud, "ams"), caplog)


def test_ctrl_c_during_run_training_job_carries_the_task_id(
    metastudio: metastudio_client.MetaStudio, cloud: FakeCloud, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    zip_path = training_zip(tmp_path / "voice-20.zip")
    with pytest.raises(KeyboardInterrupt) as caught:
        metastudio.run_training_job(zip_path, voice_name="v", on_progress=interrupt(KeyboardInterrupt()))
    assert_reported(caught.value, running_ids(cloud, "metastudio"), caplog)


async def test_cancelling_run_training_job_carries_the_task_id(
    ametastudio: metastudio_client.AsyncMetaStudio, cloud: FakeCloud, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    zip_path = training_zip(tmp_path / "voice-20.zip")
    with pytest.raises(TimeoutError) as caught:
        await asyncio.wait_for(ametastudio.run_training_job(zip_path, voice_name="v", backoff=SLOW), 0.5)
    assert_reported(caught.value.__cause__, running_ids(cloud, "metastudio"), caplog)  # type: ignore[arg-type]
