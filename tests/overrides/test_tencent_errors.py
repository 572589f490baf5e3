"""Tencent error envelopes (HTTP 200) become typed exceptions per code family; successful calls return the
unwrapped result with its RequestId (overrides/tencent/errors.py, envelope.py). Served by httpx.MockTransport,
through the generated functions."""

from __future__ import annotations

import json

import httpx
import pytest
from ams_client import (
    ApiClient,
    ApiError,
    AuthenticationError,
    AuthFailureError,
    Client,
    FailedOperationError,
    InternalError,
    InvalidActionError,
    InvalidParameterError,
    InvalidParameterValueError,
    LimitExceededError,
    MissingParameterError,
    RequestLimitExceededError,
    ResourceNotFoundError,
    ResourceUnavailableError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    TencentApiError,
    ThrottlingError,
    UnauthorizedOperationError,
    UnexpectedResponse,
    UnknownParameterError,
    UnsupportedOperationError,
)
from ams_client._overrides.tencent.envelope import unwrap
from ams_client.api.audio_moderation import cancel_task, describe_task_detail
from ams_client.models import (
    CancelTaskRequest,
    CancelTaskResult,
    DescribeTaskDetailRequest,
    DescribeTaskDetailResponse,
    DescribeTaskDetailResult,
    TencentError,
    TencentErrorResponse,
)


def client_answering(status: int, body: bytes | str | dict[str, object]) -> Client:
    content = json.dumps(body).encode() if isinstance(body, dict) else body.encode() if isinstance(body, str) else body

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(handler)  # no retries here: tests/overrides/test_retries.py has them
    return ApiClient(base_url="https://ams.test", httpx_args={"transport": transport}, retry=RetryPolicy(max_retries=0))


def error_body(code: str, message: str = "text", request_id: str = "req-1") -> dict[str, object]:
    return {"Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}}


def describe(client: Client) -> object:
    return describe_task_detail.sync(client=client, body=DescribeTaskDetailRequest(task_id="t"))


@pytest.mark.parametrize(
    ("code", "error_class"),
    [
        ("AuthFailure.SignatureFailure", AuthFailureError),
        ("AuthFailure.SignatureExpire", AuthFailureError),
        ("AuthFailure.SecretIdNotFound", AuthFailureError),
        ("InvalidParameter", InvalidParameterError),
        ("InvalidParameter.ImageSizeTooSmall", InvalidParameterError),
        ("InvalidParameterValue.Limit", InvalidParameterValueError),
        ("MissingParameter", MissingParameterError),
        ("UnknownParameter", UnknownParameterError),
        ("InvalidAction", InvalidActionError),
        ("LimitExceeded", LimitExceededError),
        ("RequestLimitExceeded", RequestLimitExceededError),
        ("RequestLimitExceeded.UinLimitExceeded", RequestLimitExceededError),
        ("ResourceNotFound", ResourceNotFoundError),
        ("ResourceUnavailable.NotActivated", ResourceUnavailableError),
        ("UnauthorizedOperation.Unauthorized", UnauthorizedOperationError),
        ("UnsupportedOperation", UnsupportedOperationError),
        ("FailedOperation", FailedOperationError),
        ("InternalError.ServerError", InternalError),
        ("NoSuchVersion", TencentApiError),
        ("SomethingNew.Entirely", TencentApiError),
    ],
)
def test_error_envelopes_become_the_class_of_their_family(code: str, error_class: type[TencentApiError]) -> None:
    with pytest.raises(TencentApiError) as caught:
        describe(client_answering(200, error_body(code, "what went wrong", "req-7")))
    error = caught.value
    assert type(error) is error_class
    assert (error.code, error.message, error.request_id, error.status_code) == (code, "what went wrong", "req-7", 200)
    assert (error.error_code, error.error_msg) == (code, "what went wrong")
    assert str(error) == f"{code}: what went wrong (request id req-7)"


def test_the_families_sit_under_the_shared_classes() -> None:
    assert issubclass(AuthFailureError, AuthenticationError) and issubclass(AuthFailureError, TencentApiError)
    assert issubclass(TencentApiError, ApiError)
    assert issubclass(InvalidParameterValueError, InvalidParameterError)
    assert issubclass(MissingParameterError, InvalidParameterError)
    assert not issubclass(RequestLimitExceededError, LimitExceededError)
    assert issubclass(RequestLimitExceededError, ThrottlingError) and issubclass(InternalError, ServerError)


def test_an_envelope_with_a_non_2xx_status_keeps_the_status() -> None:
    with pytest.raises(InternalError, match=r"^HTTP 503 InternalError: busy \(request id req-1\)$"):
        describe(client_answering(503, error_body("InternalError", "busy")))


@pytest.mark.parametrize(
    ("status", "body", "error_class", "message"),
    [
        (502, "<html>Bad Gateway</html>", ServerError, "no error envelope ('<html>Bad Gateway</html>')"),
        (520, "", ServerError, "empty body"),
        (429, "Too Many Requests", ThrottlingError, "no error envelope ('Too Many Requests')"),
        (418, "teapot", UnexpectedResponse, "no error envelope ('teapot')"),
    ],
)
def test_odd_statuses_without_envelope_are_typed_by_status(
    status: int, body: str, error_class: type[ApiError], message: str
) -> None:
    with pytest.raises(ApiError) as caught:
        describe(client_answering(status, body))
    assert type(caught.value) is error_class
    assert caught.value.status_code == status and message in str(caught.value)


@pytest.mark.parametrize("member", [["X"], None, "X", {"Message": "no code"}, {"Code": 5}, {"Code": ""}])
def test_a_malformed_error_member_is_unexpected_not_a_success(member: object) -> None:
    with pytest.raises(UnexpectedResponse, match="malformed Error member") as caught:
        describe(client_answering(200, {"Response": {"Error": member, "RequestId": "r"}}))
    assert caught.value.request_id == "r" and caught.value.status_code == 200


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("not json", "DescribeTaskDetail: could not read the HTTP 200 answer"),
        ('{"Response": {"TaskId": "t"}}', r"Response: fits none of .*RequestId: required, but missing"),
        ("[" * 100_000 + "]" * 100_000, "nested too deep"),
    ],
)
def test_unreadable_success_bodies_raise_parse_errors(body: str, message: str) -> None:
    with pytest.raises(ResponseParseError, match=message):
        describe(client_answering(200, body))


def test_success_is_the_envelope_and_unwraps_to_the_result_with_its_request_id() -> None:
    envelope = describe(client_answering(200, {"Response": {"TaskId": "t", "Status": "FINISH", "RequestId": "r-9"}}))
    assert isinstance(envelope, DescribeTaskDetailResponse)
    result = unwrap(DescribeTaskDetailResult, envelope)
    assert (result.task_id, result.status, result.request_id) == ("t", "FINISH", "r-9")
    cancelled = cancel_task.sync(client=client_answering(200, {"Response": {"RequestId": "r-10"}}),
                                 body=CancelTaskRequest(task_id="t"))  # fmt: skip
    assert unwrap(CancelTaskResult, cancelled).request_id == "r-10"


def test_the_error_key_is_found_however_the_json_is_spaced_and_a_value_named_error_is_no_error() -> None:
    spaced = '{ "Response" : { "Error" : { "Code" : "ResourceNotFound" , "Message" : "gone" } , "RequestId" : "r" } }'
    with pytest.raises(ResourceNotFoundError, match="gone"):
        describe(client_answering(200, spaced))
    labelled: dict[str, object] = {
        "Response": {"TaskId": "t", "Label": "Error", "Status": "FINISH", "RequestId": "r-2"}
    }
    assert unwrap(DescribeTaskDetailResult, describe(client_answering(200, labelled))).label == "Error"


def test_unwrap_raises_for_an_error_member_or_another_model() -> None:
    error = DescribeTaskDetailResponse(TencentErrorResponse(TencentError("ResourceNotFound", "gone"), "r-1"))
    with pytest.raises(ResourceNotFoundError, match="gone"):
        unwrap(DescribeTaskDetailResult, error)
    with pytest.raises(UnexpectedResponse, match="expected a CancelTaskResult in the Response envelope"):
        unwrap(CancelTaskResult, DescribeTaskDetailResponse(DescribeTaskDetailResult(request_id="r")))
    with pytest.raises(UnexpectedResponse, match="got NoneType"):
        unwrap(CancelTaskResult, None)


async def test_asyncio_functions_raise_the_same_errors() -> None:
    with pytest.raises(RequestLimitExceededError):
        await describe_task_detail.asyncio(client=client_answering(200, error_body("RequestLimitExceeded")),
                                           body=DescribeTaskDetailRequest(task_id="t"))  # fmt: skip
