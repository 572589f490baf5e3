"""Media URLs the services cannot fetch: a text that is not an absolute http(s) URL is refused at creation
(Content Moderation 400 AIS.0022, AMS a TaskResult with Code InvalidParameterValue); a well-formed URL that
cannot be downloaded creates a job or task that then fails (status failed; ERROR with URL_ERROR). Checked on
the wire answers and through the generated clients' typed errors."""

from __future__ import annotations

from typing import Any

import httpx
import moderation_client
import pytest
from ams_client import Ams, Backoff, TaskFailed, TaskRejected
from constants import AMS_URL, MODERATION_URL, PROJECT_ID
from fakecloud import FakeCloud, Settings
from fakecloud.urls import url_problem
from moderation_client import ApiError, AudioJobFailed, Moderation

FAST = Backoff(initial=0.01, maximum=0.05)
MODERATION_FAST = moderation_client.Backoff(initial=0.01, maximum=0.05)
NOT_URLS = [
    ("not a url", "'not a url' is not an absolute http(s) URL"),
    ("ftp://media.example.com/a.wav", "'ftp://media.example.com/a.wav' is not an absolute http(s) URL"),
    ("file:///etc/passwd", "'file:///etc/passwd' is not an absolute http(s) URL"),
    ("/audio/a.wav", "'/audio/a.wav' is not an absolute http(s) URL"),
    ("//media.example.com/a.wav", "'//media.example.com/a.wav' is not an absolute http(s) URL"),
    ("https:///a.wav", "'https:///a.wav' has no host"),
    ("https://[bad/a.wav", "'https://[bad/a.wav' is not a valid URL"),
    ("https://[fe80::zz]/a.wav", "'https://[fe80::zz]/a.wav' is not a valid URL"),
    ("https://media.example.com:99999/a.wav", "'https://media.example.com:99999/a.wav' is not a valid URL"),
    ("https://media.example.com/a b.wav", "'https://media.example.com/a b.wav' is not a URL: it contains "
     "whitespace or control characters"),
    ("https://me<dia>.example.com/a.wav", "'https://me<dia>.example.com/a.wav' has an invalid host"),
]  # fmt: skip


@pytest.fixture
def fake() -> FakeCloud:
    return FakeCloud(Settings(auth=False))


def _moderation_create(fake: FakeCloud, url: str) -> httpx.Response:
    body = {"data": {"url": url}, "event_type": "default", "categories": ["porn"]}
    with httpx.Client(transport=fake.transport(), base_url=MODERATION_URL) as http:
        return http.post(f"/v3/{PROJECT_ID}/moderation/audio/jobs", json=body)


def _ams_call(fake: FakeCloud, action: str, params: dict[str, Any]) -> dict[str, Any]:
    headers = {"X-TC-Action": action, "X-TC-Version": "2020-12-29", "X-TC-Language": "en-US"}
    with httpx.Client(transport=fake.transport(), base_url=AMS_URL) as http:
        answer: dict[str, Any] = http.post("/", json=params, headers=headers).json()["Response"]
    return answer


@pytest.mark.parametrize(("url", "why"), NOT_URLS)
def test_a_moderation_url_that_is_not_a_url_is_ais_0022(fake: FakeCloud, url: str, why: str) -> None:
    answer = _moderation_create(fake, url)
    assert answer.status_code == 400
    assert answer.json() == {"error_code": "AIS.0022", "error_msg": f"The URL is invalid: data.url {why}"}
    assert fake.jobs("moderation") == []


@pytest.mark.parametrize(("url", "why"), NOT_URLS)
def test_an_ams_url_that_is_not_a_url_creates_no_task(fake: FakeCloud, url: str, why: str) -> None:
    tasks = [
        {"DataId": "ok", "Input": {"Url": "https://media.example.com/a.mp3"}},
        {"DataId": "bad", "Input": {"Url": url}},
    ]
    answer = _ams_call(fake, "CreateAudioModerationTask", {"Tasks": tasks})
    ok, bad = answer["Results"]
    assert ok["Code"] == "OK" and ok["TaskId"]
    assert bad == {"DataId": "bad", "Code": "InvalidParameterValue", "Message": f"Tasks.1: Input.Url {why}"}
    assert [task.id for task in fake.jobs("ams")] == [ok["TaskId"]]


def test_live_audio_takes_rtmp_streams_and_audio_files_do_not(fake: FakeCloud) -> None:
    stream = {"Tasks": [{"Input": {"Url": "rtmp://live.example.com/app/stream"}}]}
    assert _ams_call(fake, "CreateAudioModerationTask", {**stream, "Type": "LIVE_AUDIO"})["Results"][0]["Code"] == "OK"
    [refused] = _ams_call(fake, "CreateAudioModerationTask", stream)["Results"]
    assert (
        refused["Message"] == "Tasks.0: Input.Url 'rtmp://live.example.com/app/stream' is not an absolute http(s) URL"
    )
    assert url_problem("rtmps://live.example.com/s", {"http", "https", "rtmp"}) == (
        "'rtmps://live.example.com/s' is not an absolute http/https/rtmp URL"
    )


@pytest.mark.parametrize(
    "url", ["https://cdn.example.invalid/clip.mp3", "https://media.example.com/unreachable/clip.mp3"]
)
def test_an_ams_url_that_cannot_be_downloaded_ends_in_url_error(fake: FakeCloud, url: str) -> None:
    [created] = _ams_call(fake, "CreateAudioModerationTask", {"Tasks": [{"Input": {"Url": url}}]})["Results"]
    assert created["Code"] == "OK"
    statuses = [_ams_call(fake, "DescribeTaskDetail", {"TaskId": created["TaskId"]}) for _ in range(3)]
    assert [s["Status"] for s in statuses] == ["PENDING", "RUNNING", "ERROR"]
    assert (statuses[-1]["ErrorType"], statuses[-1]["ErrorDescription"]) == (
        "URL_ERROR",
        "the url is request is 404 (fake: the URL cannot be downloaded)",
    )
    assert statuses[-1]["Suggestion"] is None and statuses[-1]["AudioSegments"] is None


# The generated clients surface each answer as their typed error.


def test_moderate_audio_of_a_text_that_is_not_a_url_raises_api_error(moderation: Moderation) -> None:
    for url in ("not a url", "ftp://media.example.com/a.wav", "file:///etc/passwd"):
        with pytest.raises(ApiError) as caught:
            moderation.moderate_audio(url, backoff=MODERATION_FAST)
        error = caught.value
        assert (error.status_code, error.error_code) == (400, "AIS.0022")
        assert error.error_msg == f"The URL is invalid: data.url {url!r} is not an absolute http(s) URL"


def test_moderate_audio_of_an_unreachable_url_raises_audio_job_failed(moderation: Moderation) -> None:
    with pytest.raises(AudioJobFailed) as caught:
        moderation.moderate_audio("https://cdn.example.invalid/a.wav", backoff=MODERATION_FAST)
    assert str(caught.value.job.status) == "failed"


def test_ams_moderate_of_a_text_that_is_not_a_url_raises_task_rejected(ams: Ams) -> None:
    with pytest.raises(TaskRejected) as caught:
        ams.moderate(["not a url"], backoff=FAST)
    rejected = caught.value
    assert (rejected.error_code, rejected.created_ids) == ("InvalidParameterValue", ())
    assert rejected.error_msg == "task not created: Tasks.0: Input.Url 'not a url' is not an absolute http(s) URL"


def test_ams_moderate_of_an_unreachable_url_raises_task_failed(ams: Ams) -> None:
    with pytest.raises(TaskFailed) as caught:
        ams.moderate(["https://cdn.example.invalid/a.mp3"], backoff=FAST)
    assert (caught.value.job.error_type, str(caught.value.job.status)) == ("URL_ERROR", "ERROR")
