"""The workflows (run_short_job, moderate_audio, moderate, the waiters) check every argument before their
first request, and an error after a create carries the created ids (issue 12 review)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import ams_client
import httpx
import metastudio_client
import moderation_client
import pytest
from ams_client import Ams, AsyncAms
from constants import METASTUDIO_URL
from fakecloud import FakeCloud, InProcessTransport
from metastudio_client import Backoff, HuaweiCredentials, InvalidArgument, MetaStudio, connect

BAD_WAITS: list[tuple[dict[str, Any], str]] = [
    ({"timeout": -1}, "timeout"),
    ({"timeout": "60"}, "timeout"),
    ({"timeout": None}, "timeout"),
    ({"timeout": math.nan}, "timeout"),
    ({"timeout": math.inf}, "timeout"),
    ({"backoff": (1, 2, 3)}, "backoff"),
    ({"backoff": None}, "backoff"),
    ({"backoff": "x"}, "backoff"),
    ({"on_progress": 5}, "on_progress"),
]


@pytest.mark.parametrize(("wait", "parameter"), BAD_WAITS)
def test_run_short_job_refuses_before_creating(
    metastudio: MetaStudio, cloud: FakeCloud, recording: Path, wait: dict[str, Any], parameter: str
) -> None:
    with pytest.raises(InvalidArgument) as caught:
        metastudio.run_short_job(recording, **wait)
    assert caught.value.parameter == parameter
    assert cloud.jobs("metastudio") == []


@pytest.mark.parametrize(("wait", "parameter"), BAD_WAITS)
async def test_async_run_short_job_refuses_before_creating(
    ametastudio: metastudio_client.AsyncMetaStudio, cloud: FakeCloud, recording: Path, wait: dict[str, Any],
    parameter: str,
) -> None:  # fmt: skip
    with pytest.raises(InvalidArgument) as caught:
        await ametastudio.run_short_job(recording, **wait)
    assert caught.value.parameter == parameter
    assert cloud.jobs("metastudio") == []


@pytest.mark.parametrize(("wait", "parameter"), BAD_WAITS)
def test_moderate_audio_refuses_before_creating(
    moderation: moderation_client.Moderation, cloud: FakeCloud, wait: dict[str, Any], parameter: str
) -> None:
    with pytest.raises(moderation_client.InvalidArgument) as caught:
        moderation.moderate_audio("https://bucket.obs.example.com/a.wav", **wait)
    assert caught.value.parameter == parameter
    assert cloud.jobs("moderation") == []


@pytest.mark.parametrize(("wait", "parameter"), BAD_WAITS)
def test_moderate_refuses_before_creating(ams: Ams, cloud: FakeCloud, wait: dict[str, Any], parameter: str) -> None:
    with pytest.raises(ams_client.InvalidArgument) as caught:
        ams.moderate(["https://e.example.com/a.mp3"] * 25, **wait)
    assert caught.value.parameter == parameter
    assert cloud.jobs("ams") == []


async def test_async_moderate_checks_every_media_before_creating(aams: AsyncAms, cloud: FakeCloud) -> None:
    media: list[Any] = ["https://e.example.com/a.mp3"] * 14 + [5]
    with pytest.raises(ams_client.InvalidArgument) as caught:
        await aams.moderate(media)
    assert caught.value.parameter == "media[14]"
    assert cloud.jobs("ams") == []


@pytest.mark.parametrize(
    ("backoff", "parameter"),
    [((math.nan, 1.5, 10), "backoff.initial"), ((1, math.inf, 10), "backoff.factor"),
     (("x", 1.5, 1), "backoff.initial"), ((1, 0.5, 1), "backoff.factor"), ((1, 1.5, -1), "backoff.maximum"),
     ((1, True, 1), "backoff.factor")],
)  # fmt: skip
def test_backoff_refuses_what_is_not_a_finite_number(backoff: tuple[Any, ...], parameter: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        Backoff(*backoff)
    assert caught.value.parameter == parameter


def test_a_failure_after_the_create_carries_the_job_id(
    credentials: HuaweiCredentials, cloud: FakeCloud, recording: Path
) -> None:
    inner = cloud.transport()

    def refuse_uploads(request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            return httpx.Response(403, content=b"<Error><Code>AccessDenied</Code></Error>")
        return inner.handle_request(request)

    client = connect(base_url=METASTUDIO_URL, credentials=credentials, transport=httpx.MockTransport(refuse_uploads),
                     max_retries=0)  # fmt: skip
    with client, pytest.raises(metastudio_client.UploadFailed) as caught:
        client.run_short_job(recording)
    [job] = cloud.jobs("metastudio")
    assert caught.value.created_ids == (job.id,)


def test_wait_for_task_names_a_task_id_that_is_not_text(ams: Ams, cloud: FakeCloud) -> None:
    for call in (lambda: ams.wait_for_task(["t"]), lambda: ams.describe_task_detail(5), lambda: ams.cancel_task(None)):  # type: ignore[arg-type]
        with pytest.raises(ams_client.InvalidArgument, match="task_id: expected non-empty text"):
            call()
    with pytest.raises(ams_client.InvalidArgument) as caught:
        ams.wait_for_tasks(["a", 5])  # type: ignore[list-item]
    assert caught.value.parameter == "task_ids[1]"
    with pytest.raises(ams_client.InvalidArgument, match="media"):
        ams.create_audio_moderation_task(5)  # type: ignore[arg-type]


def test_a_progress_callback_is_checked_before_polling(ams: Ams, transport: InProcessTransport) -> None:
    with pytest.raises(ams_client.InvalidArgument, match="on_progress"):
        ams.wait_for_tasks(["t"], on_progress=5)  # type: ignore[arg-type]
