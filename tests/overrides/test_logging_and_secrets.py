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


TOKEN_WITH_NBSP = "sts-very-secret-0123456789\u00a0"  # a console copy that took a no-break space along


@pytest.mark.parametrize(
    ("make", "parameter"),
    [
        (lambda: metastudio_client.HuaweiCredentials("AKTEST0000000000", "sk-very-secret", "p", TOKEN_WITH_NBSP),
         "security_token"),
        (lambda: metastudio_client.connect(base_url="https://metastudio.test", token=TOKEN_WITH_NBSP, project_id="p"),
         "token"),
        (lambda: ams_client.TencentCredentials("AKIDTEST", "tc-key-very-secret", TOKEN_WITH_NBSP), "token"),
        (lambda: ams_client.TencentCredentials("AKIDTEST", "tc-key-very-secret", "sts-very-secret\r\nX: y"), "token"),
        (lambda: metastudio_client.HuaweiCredentials("AKTEST0000000000", "sk-very-secret\ud800"), "sk"),
    ],
)  # fmt: skip
def test_credentials_that_cannot_be_sent_are_refused_up_front_without_the_secret(
    make: Callable[[], object], parameter: str
) -> None:
    with pytest.raises(ValueError) as caught:  # each package has its own InvalidArgument, a ValueError
        make()
    error: Any = caught.value
    assert type(error).__name__ == "InvalidArgument" and error.parameter == parameter and "position" in str(error)
    assert error.__cause__ is None and error.__context__ is None  # no chain holding the value (UnicodeError.object)
    assert_no_secret(shown(error))


def test_a_header_an_auth_cannot_encode_leaves_no_chain_holding_it() -> None:
    class LeakyAuth(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Any:
            TOKEN_WITH_NBSP.encode("ascii")  # as a transport that sends headers as ASCII does: the error's .object
            yield request

    transport = answering(httpx.Response(200, json={"job_id": "j", "state": "SUCCEED"}))
    client = metastudio_client.ApiClient(base_url="https://metastudio.test",
                                         httpx_args={"auth": LeakyAuth(), "transport": transport})  # fmt: skip
    from metastudio_client.api.short_jobs import show_short_job

    with pytest.raises(metastudio_client.TransportError, match=r"UnicodeEncodeError: .*\(not kept") as caught:
        show_short_job.sync("p", "j", client=client)
    assert caught.value.__cause__ is None and caught.value.__context__ is None


@pytest.mark.parametrize("package", [metastudio_client, moderation_client, ams_client])
def test_a_base_url_with_a_password_is_refused_without_showing_it(package: Any) -> None:
    credentials = (ams_client.TencentCredentials("AKIDTEST", "tc-key-very-secret") if package is ams_client
                   else package.HuaweiCredentials("AKTEST0000000000", "sk-very-secret", "p"))  # fmt: skip
    with pytest.raises(package.InvalidArgument, match=r"^base_url: holds a user name or password") as caught:
        package.connect(base_url="https://user:presigned-very-secret@api.test", credentials=credentials)
    assert_no_secret(shown(caught.value))


def test_the_presigned_upload_url_is_masked_in_reprs_but_kept_whole() -> None:
    url = "https://obs.test/jobs/voice.zip?AccessKeyId=AK&Expires=9&Signature=presigned-very-secret"
    created = metastudio_client.models.CreateShortJobResponseBody.from_dict({"job_id": "j", "data_uploading_url": url})
    assert created.data_uploading_url == url
    assert "data_uploading_url='https://obs.test/jobs/voice.zip?********'" in repr(created)
    assert_no_secret(repr(created))
    plain = metastudio_client.models.CreateShortJobResponseBody.from_dict({"job_id": "j", "data_uploading_url":
                                                                           "https://obs.test/a?page=2"})  # fmt: skip
    assert "https://obs.test/a?page=2" in repr(plain)  # a query without a signature is shown


def test_errors_pickle_with_their_fields_and_no_secret() -> None:
    import pickle

    transport = answering(httpx.Response(503, json={"error_code": "MSS.00000004", "error_msg": "busy"},
                                         headers={"X-Request-Id": "req-1", "Retry-After": "120"}))  # fmt: skip
    client = metastudio_client.connect(
        base_url="https://metastudio.test", transport=transport, max_retries=0,
        credentials=metastudio_client.HuaweiCredentials("AKTEST0000000000", "sk-very-secret", "p", "sts-very-secret"),
    )  # fmt: skip
    with pytest.raises(metastudio_client.ServerError) as caught:
        client.commit_short_job("j")
    errors: list[Any] = [
        caught.value,
        metastudio_client.InvalidArgument("job_id", "bad"),
        metastudio_client.WaitTimeout("late", last=None),
        metastudio_client.ResponseTooLarge("big", limit=5),
        ams_client.TaskFailed("failed", job=None, code="c", reason="r"),
        metastudio_client.ConnectFailed("refused", request="GET https://metastudio.test/x"),
    ]
    for error in errors:
        data = pickle.dumps(error)
        assert b"very-secret" not in data
        back = pickle.loads(data)
        assert type(back) is type(error) and str(back) == str(error)
        assert {k: v for k, v in vars(back).items() if k != "response"} == {
            k: v for k, v in vars(error).items() if k != "response"}  # fmt: skip
    back = pickle.loads(pickle.dumps(errors[0]))
    assert (back.status_code, back.error_code, back.request_id, back.retry_after, back.attempts) == (
        503, "MSS.00000004", "req-1", 120.0, 1)  # fmt: skip
    assert back.outcome_unknown and back.response.request.headers["Authorization"] == "********"


RETRIED_ONCE = """
import logging, sys, httpx, {package}
answers = [httpx.Response(503), httpx.Response(200, json={{"Response": {{"RequestId": "r", "Total": 0}}}})]
client = {package}.connect(base_url="https://ams.fake", credentials={package}.TencentCredentials("AKIDX", "k"),
                           retry={package}.RetryPolicy(1, 0.01, 0.01),
                           transport=httpx.MockTransport(lambda r: answers.pop(0)))
if sys.argv[1:] == ["configured"]:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s")
print(client.describe_tasks().total, [type(h).__name__ for h in logging.getLogger("{package}").handlers])
"""


@pytest.mark.parametrize("configured", [False, True])
def test_the_package_logger_has_a_null_handler_so_unconfigured_apps_print_nothing(configured: bool) -> None:
    import os
    import subprocess
    import sys

    script = RETRIED_ONCE.format(package="ams_client")
    run = subprocess.run([sys.executable, "-c", script, *(["configured"] if configured else [])],
                         capture_output=True, text=True, env=os.environ, timeout=60, check=True)  # fmt: skip
    assert run.stdout == "0 ['NullHandler']\n"
    if configured:
        assert run.stderr.startswith("WARNING ams_client DescribeTasks")
    else:
        assert run.stderr == ""  # no "lastResort" WARNING on stderr
