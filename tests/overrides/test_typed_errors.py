"""Error responses become typed exceptions; odd statuses and bodies do not crash (overrides/common/responses.py,
overrides/huawei/errors.py). Served by httpx.MockTransport, through the generated functions."""

from __future__ import annotations

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
