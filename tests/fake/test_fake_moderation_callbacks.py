"""The fake's result notifications: a signed POST of the finished job to a receiver on 127.0.0.1 (never to
another host), sent again when refused, and when it is sent under each progression."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from constants import MODERATION_URL, PROJECT_ID
from fakecloud import FakeCloud, Settings
from fakecloud.moderation.callbacks import MAX_SENDERS
from fakecloud.progression import Progression
from moderation_client import (
    SIGNATURE_HEADER,
    ApiError,
    HuaweiCredentials,
    Moderation,
    Secret,
    connect,
    parse_callback,
    verify_callback_signature,
)
from moderation_client.models import (
    AudioModerationDetail,
    AudioModerationJobStatus,
    AudioModerationLabel,
    AudioModerationRequestParams,
    AudioModerationResult,
    AudioModerationSuggestion,
    ShowAudioModerationJobResponseBody,
)

SEED = "my_seed_2022"
WAIT = 5.0  # seconds a test waits for a notification


def _result(job: ShowAudioModerationJobResponseBody) -> AudioModerationResult:
    assert isinstance(job.result, AudioModerationResult)
    return job.result


def _details(job: ShowAudioModerationJobResponseBody) -> list[AudioModerationDetail]:
    details = _result(job).details
    assert isinstance(details, list)
    return details


def _params(job: ShowAudioModerationJobResponseBody) -> AudioModerationRequestParams:
    assert isinstance(job.request_params, AudioModerationRequestParams)
    return job.request_params


@dataclass
class Receiver:
    """A callback endpoint on 127.0.0.1: records each POST and answers the next of `statuses` (then 200)."""

    url: str
    received: queue.Queue[tuple[dict[str, str], bytes]] = field(default_factory=queue.Queue)
    statuses: list[int] = field(default_factory=list)

    def next(self) -> tuple[dict[str, str], bytes]:
        return self.received.get(timeout=WAIT)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    box: list[Receiver] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            box[0].received.put(({k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(box[0].statuses.pop(0) if box[0].statuses else 200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    box.append(Receiver(f"http://127.0.0.1:{server.server_address[1]}/moderation/callback"))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    yield box[0]
    server.shutdown()
    server.server_close()


def test_the_fake_posts_a_signed_result_to_the_receiver(
    moderation: Moderation, receiver: Receiver, cloud: FakeCloud
) -> None:
    created = moderation.create_audio_job(
        "https://media.example.com/ad-3-9.wav", callback=receiver.url, seed=Secret(SEED)
    )
    headers, body = receiver.next()

    assert headers["content-type"] == "application/json"
    assert verify_callback_signature(body, headers[SIGNATURE_HEADER.lower()], SEED)
    job = parse_callback(body)
    assert (job.job_id, job.status, job.request_id) == (
        created.job_id,
        AudioModerationJobStatus.SUCCEEDED,
        created.request_id,
    )
    assert _result(job).suggestion is AudioModerationSuggestion.BLOCK
    [detail] = _details(job)
    assert (detail.label, detail.start_time, detail.end_time) == (AudioModerationLabel.AD, 3, 9)
    assert _params(job).callback == receiver.url
    assert "seed" not in json.loads(body)["request_params"]
    cloud.moderation_callbacks.join()
    assert [(d.attempt, d.status) for d in cloud.moderation_callbacks.deliveries] == [(1, 200)]


def test_without_a_seed_the_notification_is_unsigned(moderation: Moderation, receiver: Receiver) -> None:
    moderation.create_audio_job("https://media.example.com/a.wav", callback=receiver.url)
    headers, body = receiver.next()

    assert SIGNATURE_HEADER.lower() not in headers
    assert _result(parse_callback(body)).suggestion is AudioModerationSuggestion.PASS


def test_a_failed_job_is_notified_too(moderation: Moderation, receiver: Receiver) -> None:
    moderation.create_audio_job("https://unreachable.invalid/a.wav", callback=receiver.url, seed=SEED)
    headers, body = receiver.next()

    job = parse_callback(body)
    assert job.status is AudioModerationJobStatus.FAILED
    assert "result" not in json.loads(body)
    assert verify_callback_signature(body, headers[SIGNATURE_HEADER.lower()], SEED)


def test_a_refused_notification_is_sent_again(moderation: Moderation, receiver: Receiver, cloud: FakeCloud) -> None:
    cloud.moderation_callbacks.retry_delay = 0.01
    receiver.statuses = [500, 503]
    moderation.create_audio_job("https://media.example.com/a.wav", callback=receiver.url, seed=SEED)
    bodies = [receiver.next()[1] for _ in range(3)]

    assert bodies[0] == bodies[1] == bodies[2]
    cloud.moderation_callbacks.join()
    assert [(d.attempt, d.status) for d in cloud.moderation_callbacks.deliveries] == [(1, 500), (2, 503), (3, 200)]


def test_with_polls_the_notification_follows_the_poll_that_sees_the_end(
    receiver: Receiver, moderation_credentials: HuaweiCredentials
) -> None:
    cloud = FakeCloud(Settings(progression=Progression("polls", 1)))
    with cloud.transport() as transport:
        client = connect(base_url=MODERATION_URL, credentials=moderation_credentials, transport=transport)
        with client:
            created = client.create_audio_job("https://media.example.com/a.wav", callback=receiver.url, seed=SEED)
            assert client.show_audio_job(created.job_id).status is AudioModerationJobStatus.RUNNING
            assert receiver.received.empty() and not cloud.moderation_callbacks.deliveries
            assert client.show_audio_job(created.job_id).status is AudioModerationJobStatus.SUCCEEDED
            assert parse_callback(receiver.next()[1]).job_id == created.job_id


def test_with_seconds_the_notification_needs_no_poll(
    receiver: Receiver, moderation_credentials: HuaweiCredentials
) -> None:
    cloud = FakeCloud(Settings(progression=Progression("seconds", 0.1)))
    with cloud.transport() as transport:
        client = connect(base_url=MODERATION_URL, credentials=moderation_credentials, transport=transport)
        with client:
            created = client.create_audio_job("https://media.example.com/a.wav", callback=receiver.url)
            job = parse_callback(receiver.next()[1])
    assert (job.job_id, job.status) == (created.job_id, AudioModerationJobStatus.SUCCEEDED)


@pytest.mark.parametrize(
    ("callback", "why"),
    [
        ("https://example.com/moderation/callback", "callback host 'example.com' refused"),
        ("http://10.0.0.8:8080/hook", "callback host '10.0.0.8' refused"),
        ("http://127.0.0.1.nip.io/hook", "callback host '127.0.0.1.nip.io' refused"),
        ("ftp://127.0.0.1/hook", "is not an absolute http(s) URL"),
        ("not a url", "is not an absolute http(s) URL"),
        # the fake's own control plane: a finished job would POST to /_fakecloud/reset and wipe every test's state
        ("http://127.0.0.1:8765/_fakecloud/reset", "it is the fake cloud's control plane"),
        ("http://localhost:8765/%5Ffakecloud/faults", "it is the fake cloud's control plane"),
        ("http://127.0.0.1:8765/hook/../_fakecloud/reset", "it is the fake cloud's control plane"),
        # urllib reads it, httpx (which delivers) cannot: the delivery thread died on it
        ("http://127.0.0.1:9/\x7f", "contains whitespace or control characters"),
        ("http://a\tb@127.0.0.1:9/", "contains whitespace or control characters"),
    ],
)
def test_a_callback_off_this_machine_is_refused_at_creation(
    moderation: Moderation, cloud: FakeCloud, callback: str, why: str
) -> None:
    with pytest.raises(ApiError) as caught:
        moderation.create_audio_job("https://media.example.com/a.wav", callback=callback, seed=SEED)

    error = caught.value
    assert (error.status_code, error.error_code) == (400, "AIS.0022")
    assert error.error_msg is not None and error.error_msg.startswith("The URL is invalid: ") and why in error.error_msg
    assert SEED not in str(error)
    assert not cloud.moderation_callbacks.deliveries


def test_an_empty_callback_means_poll(moderation: Moderation, cloud: FakeCloud) -> None:
    created = moderation.create_audio_job("https://media.example.com/a.wav", callback="")
    job = moderation.show_audio_job(created.job_id)

    assert _params(job).callback == ""
    assert cloud.moderation.job(PROJECT_ID, created.job_id).finished
    assert not cloud.moderation_callbacks.deliveries


def test_at_most_max_senders_deliveries_are_in_flight(moderation: Moderation, cloud: FakeCloud) -> None:
    """Each delivery had a thread of its own: jobs calling back to a receiver that never answers held one
    thread each for ATTEMPTS x TIMEOUT. Now MAX_SENDERS at once, the others queued, and all delivered."""
    lock, release = threading.Lock(), threading.Event()
    in_flight, most, received = [0], [0], []

    class Slow(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            with lock:
                in_flight[0] += 1
                most[0] = max(most[0], in_flight[0])
            release.wait(WAIT)
            received.append(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
            with lock:
                in_flight[0] -= 1

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hook"
        for _ in range(MAX_SENDERS + 4):
            moderation.create_audio_job("https://media.example.com/a.wav", callback=url)
        threading.Timer(0.5, release.set).start()
        cloud.moderation_callbacks.join(WAIT * 2)
    finally:
        server.shutdown()
        server.server_close()
    assert 1 <= most[0] <= MAX_SENDERS  # (12 at once before)
    assert len(received) == MAX_SENDERS + 4
    assert [d.status for d in cloud.moderation_callbacks.deliveries] == [200] * (MAX_SENDERS + 4)
