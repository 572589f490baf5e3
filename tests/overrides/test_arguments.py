"""Arguments the client cannot send are typed errors naming the parameter, raised before anything is sent
(overrides/common/arguments.py, the path parameters of the generated functions, the facades' checks)."""

from __future__ import annotations

import math
from typing import Any

import ams_client
import httpx
import metastudio_client
import moderation_client
import pytest
from ams_client import Ams
from ams_client.api.audio_moderation import create_audio_moderation_task, describe_tasks
from ams_client.models import CreateAudioModerationTaskRequest, DescribeTasksRequest, StorageInfo, TaskInput, User
from fakecloud import FakeCloud
from metastudio_client import ApiClient, HuaweiCredentials, InvalidArgument, MetaStudio, connect
from metastudio_client.api.short_jobs import commit_short_job, show_short_job


class Recorder:
    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(200, json={"job_id": "j", "state": "SUCCEED"})


@pytest.mark.parametrize("job_id", [".", "..", ""])
def test_a_dot_segment_is_refused_in_the_generated_functions_and_the_facade(job_id: str) -> None:
    recorder = Recorder()
    client = ApiClient(base_url="https://metastudio.test", httpx_args={"transport": httpx.MockTransport(recorder)})
    for call in (lambda: commit_short_job.sync_detailed("p", job_id, client=client),
                 lambda: show_short_job.sync("p", job_id, client=client)):  # fmt: skip
        with pytest.raises(InvalidArgument, match=f"^job_id: {job_id!r} cannot be sent as a path segment") as caught:
            call()
        assert caught.value.parameter == "job_id"
    facade = connect(base_url="https://metastudio.test", credentials=HuaweiCredentials("AK00000000000000", "sk", "p"),
                     transport=httpx.MockTransport(recorder))  # fmt: skip
    with pytest.raises(InvalidArgument, match="job_id"):
        facade.commit_short_job(job_id)
    assert recorder.sent == []  # commit_short_job(".") used to become a POST to the create endpoint


@pytest.mark.parametrize(
    ("job_id", "message"),
    [("\ud800", "job_id: is not valid Unicode text"), (None, "job_id: expected text, got NoneType"),
     (["j"], "job_id: expected text, got list"), (True, "job_id: expected text, got bool")],
)  # fmt: skip
def test_a_path_parameter_that_cannot_be_text_is_refused(job_id: Any, message: str) -> None:
    recorder = Recorder()
    client = ApiClient(base_url="https://metastudio.test", httpx_args={"transport": httpx.MockTransport(recorder)})
    with pytest.raises(InvalidArgument, match=message):
        show_short_job.sync("p", job_id, client=client)
    assert recorder.sent == []


def test_odd_but_valid_path_parameters_are_sent_encoded() -> None:
    recorder = Recorder()
    client = ApiClient(base_url="https://metastudio.test", httpx_args={"transport": httpx.MockTransport(recorder)})
    for job_id in ("../create", "a/b", "...", "%2e%2e", "\n", "任务"):
        show_short_job.sync("p", job_id, client=client)
    paths = [r.url.raw_path.decode().rsplit("/", 1)[1] for r in recorder.sent]
    assert paths == ["..%2Fcreate", "a%2Fb", "...", "%252e%252e", "%0A", "%E4%BB%BB%E5%8A%A1"]


def tencent_client(recorder: Recorder) -> ams_client.ApiClient:
    return ams_client.ApiClient(base_url="https://ams.test", httpx_args={"transport": httpx.MockTransport(recorder)})


@pytest.mark.parametrize(
    ("url", "message"),
    [("https://a.test/\ud800.mp3", r"body\.Tasks\[0\]\.Input\.Url: is not valid Unicode text"),
     (math.nan, r"body\.Tasks\[0\]\.Input\.Url: nan cannot be sent in JSON")],
)  # fmt: skip
def test_a_body_that_cannot_be_encoded_names_the_member(url: Any, message: str) -> None:
    recorder = Recorder()
    body = CreateAudioModerationTaskRequest(tasks=[TaskInput(input_=StorageInfo(url=url))])
    with pytest.raises(ams_client.InvalidArgument, match=message):
        create_audio_moderation_task.sync(client=tencent_client(recorder), body=body)
    assert recorder.sent == []


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("zh\r\nX-Injected: 1", "header X-TC-Language: holds a line break"),
        ("中文", "header X-TC-Language: is not ASCII"),
    ],
)
def test_a_header_that_cannot_be_sent_names_the_header(language: str, message: str) -> None:
    recorder = Recorder()
    body = CreateAudioModerationTaskRequest(tasks=[TaskInput(input_=StorageInfo(url="https://a.test/a.mp3"))])
    with pytest.raises(ams_client.InvalidArgument, match=message):
        create_audio_moderation_task.sync(client=tencent_client(recorder), body=body,
                                          x_tc_language=language)  # type: ignore[arg-type]  # fmt: skip
    assert recorder.sent == []


@pytest.mark.parametrize(
    ("media", "message"),
    [([], "media: nothing to moderate"), ("https://a.test/a.mp3", "media: expected a list"),
     ([None], r"media\[0\]: expected a media URL"), ([""], r"media\[0\]: expected a media URL")],
)  # fmt: skip
def test_the_ams_facade_names_what_it_cannot_send(media: Any, message: str) -> None:
    recorder = Recorder()
    ams = ams_client.Ams(tencent_client(recorder))
    with pytest.raises(ams_client.InvalidArgument, match=message):
        ams.moderate(media)
    with pytest.raises(ams_client.InvalidArgument, match="language"):
        ams_client.Ams(tencent_client(recorder), language=5)  # type: ignore[arg-type]
    assert recorder.sent == []


@pytest.mark.parametrize(
    ("options", "message"),
    [({"language": 5}, "language: expected a AudioLanguage"), ({"categories": "porn"}, "categories: expected a list"),
     ({"categories": ["porn", {}]}, r"categories\[1\]: expected a AudioModerationCategory")],
)  # fmt: skip
def test_the_moderation_request_names_the_option_it_cannot_send(options: dict[str, Any], message: str) -> None:
    with pytest.raises(moderation_client.InvalidArgument, match=message):
        moderation_client.create_request("https://a.test/a.wav", **options)
    with pytest.raises(moderation_client.InvalidArgument, match="url: expected the audio's URL"):
        moderation_client.create_request("")


def test_connect_options_that_cannot_work_are_named() -> None:
    credentials = HuaweiCredentials("AK00000000000000", "sk", "p")
    for options, message in (
        ({"max_retries": -1}, "max_retries: must be a whole number >= 0"),
        ({"retry": "3"}, "retry: expected a RetryPolicy, got str"),
        ({"rate_limits": {"*": "fast"}}, r"rate_limits\['\*'\]: must be a finite number of requests per second"),
        ({"transport": "https://proxy"}, "transport: expected an httpx transport, got str"),
        ({"region": "mars-1"}, "region: unknown MetaStudio region 'mars-1'; known: cn-north-4, cn-east-3"),
    ):
        with pytest.raises(InvalidArgument, match=message):
            connect(credentials=credentials, **options)
    with pytest.raises(InvalidArgument, match=r"^sk: the secret access key"):
        HuaweiCredentials("AK00000000000000", "")
    with pytest.raises(ams_client.InvalidArgument, match=r"^secret_id: the SecretId has spaces around it"):
        ams_client.TencentCredentials(" AKID", "key")


def test_a_closed_client_says_so() -> None:
    recorder = Recorder()
    client = connect(base_url="https://metastudio.test", credentials=HuaweiCredentials("AK00000000000000", "sk", "p"),
                     transport=httpx.MockTransport(recorder))  # fmt: skip
    client.close()
    with pytest.raises(metastudio_client.ClientClosed, match="ShowShortJob: the client was closed"):
        client.show_short_job("j")
    assert recorder.sent == []


def test_a_path_parameter_too_long_for_a_url_is_named(metastudio: MetaStudio) -> None:
    with pytest.raises(InvalidArgument, match=r"^job_id: is 100,000 characters long: at most 4,096") as caught:
        metastudio.commit_short_job("a" * 100_000)
    assert len(str(caught.value)) < 200


def test_an_upload_without_a_path_is_named(metastudio: MetaStudio) -> None:
    for path in (None, 5, ""):
        with pytest.raises(InvalidArgument, match=r"^zip_path: expected the path of a zip archive"):
            metastudio.upload_short_job_data("https://obs.test/a.zip", path)  # type: ignore[arg-type]


def test_numbers_outside_the_documented_bounds_are_refused_before_sending(ams: Ams, cloud: FakeCloud) -> None:
    with pytest.raises(ams_client.InvalidArgument) as caught:
        list(ams.iter_tasks(page_size=0))
    assert caught.value.parameter == "Limit" and str(caught.value) == (
        "Limit: must be >= 1 (the documented minimum), got 0"
    )
    with pytest.raises(
        ams_client.InvalidArgument, match=r"^User\.Level: must be <= 3 \(the documented maximum\), got 7$"
    ):
        ams.create_audio_moderation_task(["https://e.com/a.mp3"], user=User(level=7))
    with pytest.raises(ams_client.InvalidArgument, match=r"^Limit: must be >= 1"):  # the generated functions too
        describe_tasks.sync(client=ams.client, body=DescribeTasksRequest(limit=-5))
    assert cloud.calls.list("ams") == []  # nothing was sent
    assert len(list(ams.iter_tasks(page_size=1000))) == 0  # no maximum is documented
    assert ams.create_audio_moderation_task(["https://e.com/a.mp3"], user=User(level=3, age=0)).request_id
