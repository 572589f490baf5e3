"""Callback notifications: the signature check (the spec's worked example, good and tampered), reading
the body, and the fake's signed POST to a receiver on 127.0.0.1 (never to another host)."""

from __future__ import annotations

import base64
import json
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import yaml
from constants import MODERATION_URL, PROJECT_ID
from fakecloud.progression import Progression
from moderation_client import (
    SIGNATURE_HEADER,
    ApiError,
    HuaweiCredentials,
    Moderation,
    ResponseParseError,
    Secret,
    callback_signature,
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
from spec_check import SPECS_DIR

from fakecloud import FakeCloud, Settings

SEED = "my_seed_2022"
WAIT = 5.0  # seconds a test waits for a notification


def _spec_callback() -> tuple[bytes, str]:
    """The body and X-Auth-Signature of the spec's callback example (seed my_seed_2022)."""
    spec = yaml.safe_load((SPECS_DIR / "moderation.yaml").read_text(encoding="utf-8"))
    post = spec["paths"]["/v3/{project_id}/moderation/audio/jobs"]["post"]
    notification = post["callbacks"]["moderationResult"]["{$request.body#/callback}"]["post"]
    body = notification["requestBody"]["content"]["application/json"]["examples"]["succeeded"]["value"]
    header = notification["parameters"][0]["examples"]["page_example"]["value"]
    return json.dumps(body).encode(), header


BODY, SIGNATURE = _spec_callback()


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


def test_the_spec_example_verifies() -> None:
    assert SIGNATURE == "0db980b9dee91e09843180428b1a4f4d7045611a38186fab400f777f4a16495f"
    assert callback_signature(BODY, SEED) == SIGNATURE
    assert verify_callback_signature(BODY, SIGNATURE, SEED)
    assert verify_callback_signature(json.loads(BODY), SIGNATURE, Secret(SEED))
    assert verify_callback_signature(BODY.decode(), f" {SIGNATURE.upper()}\n", SEED)


def test_a_base64_signature_verifies_too() -> None:
    as_base64 = base64.b64encode(bytes.fromhex(SIGNATURE)).decode()
    assert as_base64 == "DbmAud7pHgmEMYBCixpPTXBFYRo4GG+rQA93f0oWSV8="
    assert verify_callback_signature(BODY, as_base64, SEED)


@pytest.mark.parametrize("field", ["create_time", "job_id", "request_id"])
def test_a_tampered_signed_field_fails(field: str) -> None:
    document = json.loads(BODY)
    document[field] = document[field][:-1] + ("0" if document[field][-1] != "0" else "1")
    assert not verify_callback_signature(json.dumps(document).encode(), SIGNATURE, SEED)


@pytest.mark.parametrize(
    ("body", "signature", "seed"),
    [
        (BODY, SIGNATURE, "another_seed"),
        (BODY, SIGNATURE[:-1] + "0", SEED),
        (BODY, SIGNATURE[:32], SEED),
        (BODY, "", SEED),
        (BODY, None, SEED),
        (b"not json", SIGNATURE, SEED),
        (b"[1, 2]", SIGNATURE, SEED),
        (json.dumps({**json.loads(BODY), "create_time": 1655654400}).encode(), SIGNATURE, SEED),
        (json.dumps({k: v for k, v in json.loads(BODY).items() if k != "request_id"}).encode(), SIGNATURE, SEED),
        (BODY, "ünïcode", SEED),
    ],
    ids=["wrong-seed", "last-digit", "truncated", "empty", "missing", "not-json", "not-object", "number-time",
         "no-request-id", "non-ascii"],
)  # fmt: skip
def test_anything_else_fails(body: bytes, signature: str | None, seed: str) -> None:
    assert verify_callback_signature(body, signature, seed) is False


def test_the_result_fields_are_not_signed_so_they_still_verify() -> None:
    """Documented limit of the vendor's scheme: only create_time, job_id and request_id are signed."""
    document = json.loads(BODY)
    document["result"]["suggestion"] = "pass"
    assert verify_callback_signature(json.dumps(document).encode(), SIGNATURE, SEED)


def test_an_empty_seed_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="non-empty seed"):
        verify_callback_signature(BODY, SIGNATURE, "")


def test_parse_callback_reads_the_typed_job() -> None:
    job = parse_callback(BODY)

    assert job.job_id == "01655654400_ad96b30f58cc40e8968e53f1f1e80021"
    assert job.status is AudioModerationJobStatus.SUCCEEDED
    assert _result(job).suggestion is AudioModerationSuggestion.BLOCK
    assert [(d.label, d.start_time, d.end_time) for d in _details(job)] == [
        (AudioModerationLabel.PORN, 0, 10),
        (AudioModerationLabel.PORN, 30, 40),
    ]


@pytest.mark.parametrize("body", [b"<html>", b"[]", b'{"job_id": "x"}'], ids=["not-json", "not-object", "no-status"])
def test_parse_callback_refuses_what_is_not_a_job(body: bytes) -> None:
    with pytest.raises(ResponseParseError):
        parse_callback(body)


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
        ("ftp://127.0.0.1/hook", "is not an http(s) URL"),
        ("not a url", "is not an http(s) URL"),
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
