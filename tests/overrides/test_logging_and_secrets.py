"""One DEBUG line per request and a WARNING per retry under each package's logger; no secret in any log
line, repr, exception message or in the request an exception keeps (overrides/common/calls.py,
redaction.py, secrets.py)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ams_client
import httpx
import metastudio_client
import moderation_client
import pytest
from fakecloud.samples import voice_zip

SECRETS = ("sk-very-secret", "sts-very-secret", "iam-very-secret", "tc-key-very-secret", "tc-token-very-secret",
           "seed-very-secret", "presigned-very-secret")  # fmt: skip
UPLOAD_URL = "https://obs.test/voice.zip?AccessKeyId=AK&Signature=presigned-very-secret"
NO_WAIT = {"initial_delay": 0, "max_delay": 0}


def answering(*answers: httpx.Response | Exception) -> httpx.MockTransport:
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    return httpx.MockTransport(handler)


def shown(value: Any) -> str:
    """Every way an object shows itself, and for an exception the requests and responses it keeps."""
    texts = [repr(value), str(value)]
    if isinstance(value, BaseException):
        for error in (value, value.__cause__, value.__context__):
            for kept in (getattr(error, "response", None), getattr(error, "_request", None)):
                request = kept.request if isinstance(kept, httpx.Response) else kept
                if isinstance(request, httpx.Request):
                    texts += [str(request.url), repr(request.headers.multi_items()), request.content.decode()]
    return "\n".join(texts)


def assert_no_secret(text: str) -> None:
    leaked = [secret for secret in SECRETS if secret in text]
    assert not leaked, f"{leaked} in {text[:400]}"


def test_one_debug_line_per_request_and_a_warning_per_retry(caplog: pytest.LogCaptureFixture) -> None:
    transport = answering(httpx.Response(503, json={"error_code": "MSS.00000004", "error_msg": "busy"}),
                          httpx.Response(200, json={"job_id": "j", "state": "SUCCEED"},
                                         headers={"X-Request-Id": "req-9"}))  # fmt: skip
    credentials = metastudio_client.HuaweiCredentials("AKTEST0000000000", "sk-very-secret", "p", "sts-very-secret")
    with caplog.at_level(logging.DEBUG, "metastudio_client"), metastudio_client.connect(
        base_url="https://metastudio.test", credentials=credentials, transport=transport,
        retry=metastudio_client.RetryPolicy(**NO_WAIT),
    ) as client:  # fmt: skip
        client.show_short_job("j")
    lines = [(r.levelname, r.name, r.getMessage()) for r in caplog.records if r.name == "metastudio_client"]
    path = "/v1/p/voice-training-manage/user/short-jobs/j"
    assert [(level, name) for level, name, _ in lines] == [("DEBUG", "metastudio_client"),
                                                           ("WARNING", "metastudio_client"),
                                                           ("DEBUG", "metastudio_client")]  # fmt: skip
    assert re.fullmatch(rf"ShowShortJob GET {path} -> 503 \(request id -, \d+\.\d ms, attempt 1\)", lines[0][2])
    assert lines[1][2] == "ShowShortJob: HTTP 503 MSS.00000004: busy; retrying in 0.00 s (attempt 2 of 3)"
    assert re.fullmatch(rf"ShowShortJob GET {path} -> 200 \(request id req-9, \d+\.\d ms, attempt 2\)", lines[2][2])


def test_no_secret_in_logs_reprs_messages_or_kept_requests(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    failures = answering(httpx.Response(503, text="<Error><Code>SlowDown</Code></Error>"))
    seen: list[Any] = []
    with caplog.at_level(logging.DEBUG):
        aksk = metastudio_client.connect(
            base_url="https://metastudio.test", transport=failures, retry=metastudio_client.RetryPolicy(**NO_WAIT),
            credentials=metastudio_client.HuaweiCredentials("AKTEST0000000000", "sk-very-secret", "p",
                                                            "sts-very-secret"),
        )  # fmt: skip
        token = moderation_client.connect(base_url="https://moderation.test", token="iam-very-secret",
                                          project_id="p", transport=failures, max_retries=1)  # fmt: skip
        tencent = ams_client.connect(
            base_url="https://ams.test",
            transport=answering(httpx.ReadTimeout("slow")),
            max_retries=0,
            credentials=ams_client.TencentCredentials("AKIDTEST", "tc-key-very-secret", "tc-token-very-secret"),
        )
        seen += [aksk, token, tencent, aksk.client, tencent.client, aksk.client.get_httpx_client().auth]
        calls: list[Callable[[], object]] = [
            lambda: aksk.upload_short_job_data(UPLOAD_URL, voice_zip(tmp_path / "v.zip")),
            lambda: aksk.show_short_job("j"),
            lambda: token.create_audio_job("https://a.test/a.wav", callback="https://cb.test", seed="seed-very-secret"),
            lambda: tencent.create_audio_moderation_task(["https://a.test/a.mp3"], seed="seed-very-secret"),
            lambda: httpx.Client(transport=failures).put(UPLOAD_URL),  # httpx's own log line of a pre-signed URL
        ]
        for call in calls:
            try:
                call()
            except Exception as error:
                seen.append(error)
    assert len([e for e in seen if isinstance(e, Exception)]) == 4
    for value in seen:
        assert_no_secret(shown(value))
    for record in caplog.records:
        assert_no_secret(record.getMessage())
    assert any("obs.test/voice.zip?********" in r.getMessage() for r in caplog.records if r.name == "httpx")


def test_kept_requests_mask_tokens_and_seeds_but_keep_the_rest() -> None:
    with pytest.raises(moderation_client.ServerError) as caught:
        moderation_client.connect(
            base_url="https://moderation.test", token="iam-very-secret", project_id="p", max_retries=0,
            transport=answering(httpx.Response(502, text="Bad Gateway")),
        ).create_audio_job("https://a.test/a.wav", callback="https://cb.test", seed="seed-very-secret")  # fmt: skip
    response = caught.value.response
    assert response is not None
    kept = response.request
    assert kept.headers["X-Auth-Token"] == "********" and kept.headers["X-Project-Id"] == "p"
    assert b'"seed": "********"' in kept.content and b'"callback": "https://cb.test"' in kept.content


def test_callback_seeds_are_masked_in_request_reprs() -> None:
    ams_body = ams_client.models.CreateAudioModerationTaskRequest(tasks=[], seed="seed-very-secret")
    moderation_body = moderation_client.create_request("https://a.test/a.wav", seed="seed-very-secret")
    for body in (ams_body, moderation_body):
        assert "seed='********'" in repr(body)
        assert_no_secret(repr(body))
    assert ams_body.to_dict()["Seed"] == "seed-very-secret"  # what is sent is unchanged
