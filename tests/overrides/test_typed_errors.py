"""Error responses become typed exceptions; odd statuses and bodies do not crash (overrides/common/responses.py,
overrides/huawei/errors.py). Served by httpx.MockTransport, through the generated functions."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from metastudio_client import (
    ApiClient,
    ApiError,
    AuthenticationError,
    Client,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    ThrottlingError,
    UnexpectedResponse,
)
from metastudio_client.api.short_jobs import commit_short_job, show_short_job
from metastudio_client.models import ShowShortJobResponseBody


def client_answering(status: int, body: bytes | str, headers: dict[str, str] | None = None) -> Client:
    content = body.encode() if isinstance(body, str) else body

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers=headers or {"Content-Type": "application/json"})

    transport = httpx.MockTransport(handler)  # no retries here: tests/overrides/test_retries.py has them
    return ApiClient(base_url="https://metastudio.test", httpx_args={"transport": transport},
                     retry=RetryPolicy(max_retries=0))  # fmt: skip


def show(client: Client) -> ShowShortJobResponseBody | object:
    return show_short_job.sync("p", "j", client=client)


def test_documented_error_becomes_api_error_with_all_details() -> None:
    client = client_answering(
        400, '{"error_code": "MSS.10001002", "error_msg": "Illegal URL parameter"}', {"X-Request-Id": "req-1"}
    )
    with pytest.raises(ApiError) as caught:
        show(client)
    error = caught.value
    assert (error.status_code, error.error_code, error.error_msg, error.request_id) == (
        400, "MSS.10001002", "Illegal URL parameter", "req-1",
    )  # fmt: skip
    assert str(error) == "HTTP 400 MSS.10001002: Illegal URL parameter (request id req-1)"
    assert type(error) is ApiError


def test_gateway_refusal_is_an_authentication_error_with_body_request_id() -> None:
    body = '{"error_code": "APIG.0301", "error_msg": "Incorrect IAM authentication information", "request_id": "r2"}'
    with pytest.raises(AuthenticationError) as caught:
        show(client_answering(401, body))
    assert caught.value.error_code == "APIG.0301" and caught.value.request_id == "r2"


@pytest.mark.parametrize(
    ("status", "body", "error_class", "message"),
    [
        (520, "", ServerError, "HTTP 520: empty body"),
        (502, "<html><body>Bad Gateway</body></html>", ServerError,
         "HTTP 502: unrecognised error body '<html><body>Bad Gateway"),
        (503, '{"message": "overloaded"}', ServerError, "HTTP 503: overloaded"),
        (418, '{"weird": true}', UnexpectedResponse, """HTTP 418: unrecognised error body '{"weird": true}'"""),
        (429, "", ThrottlingError, "HTTP 429: empty body"),
        (302, "", UnexpectedResponse, "HTTP 302: empty body"),
    ],
)  # fmt: skip
def test_odd_statuses_and_bodies_are_typed_and_quote_the_body(
    status: int, body: str, error_class: type[ApiError], message: str
) -> None:
    with pytest.raises(ApiError) as caught:
        show(client_answering(status, body, {"Content-Type": "text/html"}))
    assert type(caught.value) is error_class
    assert caught.value.status_code == status
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize("status", [201, 204, 299])
def test_an_undocumented_status_is_reported_with_its_status_and_response(status: int) -> None:
    with pytest.raises(UnexpectedResponse, match=f"ShowShortJob: HTTP {status} is not a documented answer") as caught:
        show(client_answering(status, "{}"))
    assert caught.value.status_code == status
    assert caught.value.response is not None and caught.value.response.status_code == status


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("not json", "ShowShortJob: could not read the HTTP 200 answer"),
        ('{"state": "SUCCEED"}', "ShowShortJobResponseBody: job_id: required, but missing"),
    ],
)
def test_unreadable_success_bodies_raise_parse_errors(body: str, message: str) -> None:
    with pytest.raises(ResponseParseError, match=message) as caught:
        show(client_answering(200, body))
    assert caught.value.response is not None and caught.value.response.status_code == 200


def test_successful_calls_still_return_typed_models() -> None:
    job = show(client_answering(200, '{"job_id": "j", "state": "SUCCEED", "create_time": 1}'))
    assert isinstance(job, ShowShortJobResponseBody) and job.create_time == 1
    assert commit_short_job.sync_detailed("p", "j", client=client_answering(200, "")).status_code == 200


async def test_asyncio_functions_raise_the_same_errors() -> None:
    client = client_answering(400, '{"error_code": "MSS.10000003", "error_msg": "bad"}')
    with pytest.raises(ApiError, match=r"MSS\.10000003"):
        await show_short_job.asyncio("p", "j", client=client)


def test_default_timeout_and_explicit_choices() -> None:
    default: Callable[[Client], object] = lambda c: c._timeout  # noqa: E731
    assert default(Client(base_url="https://x")) == httpx.Timeout(60.0, connect=10.0)
    assert default(Client(base_url="https://x", timeout=None)) is None
    assert default(Client(base_url="https://x", timeout=httpx.Timeout(3.0))) == httpx.Timeout(3.0)
    assert Client(base_url="https://x").get_httpx_client().timeout == httpx.Timeout(60.0, connect=10.0)


@pytest.mark.parametrize(
    ("status", "body", "headers", "expected"),
    [
        (404, {"error": {"code": "MSS.00000003", "message": "job not found"}}, {"X-Request-Id": "h-1"},
         (ApiError, "MSS.00000003", "job not found", "h-1")),
        (400, {"code": "MSS.10000003", "message": "bad parameter", "request_id": "b-1"}, {},
         (ApiError, "MSS.10000003", "bad parameter", "b-1")),
        (400, {"errorCode": "CBC.0150", "errorMsg": "camel case"}, {},
         (ApiError, "CBC.0150", "camel case", None)),
        (401, {"error": {"code": 401, "message": "The request you have made requires authentication.",
                         "title": "Unauthorized"}}, {},
         (AuthenticationError, "401", "The request you have made requires authentication.", None)),
        (429, {"error_code": "APIG.0308", "error_msg": "The throttling threshold has been reached",
               "request_id": "g-1"}, {},
         (ThrottlingError, "APIG.0308", "The throttling threshold has been reached", "g-1")),
        (500, {"outer": {"error": {"error_code": "MSS.00000004", "error_msg": "Internal Error",
                                   "request_id": "n-1"}}}, {},
         (ServerError, "MSS.00000004", "Internal Error", "n-1")),
    ],
)  # fmt: skip
def test_every_huawei_error_shape_keeps_code_message_and_request_id(
    status: int, body: dict[str, object], headers: dict[str, str], expected: tuple[type[ApiError], str, str, str | None]
) -> None:
    with pytest.raises(ApiError) as caught:
        show(client_answering(status, json.dumps(body), {"Content-Type": "application/json", **headers}))
    error = caught.value
    assert (type(error), error.error_code, error.error_msg, error.request_id) == expected
    assert "error body" not in str(error)
