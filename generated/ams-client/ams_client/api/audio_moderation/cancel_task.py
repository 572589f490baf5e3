from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.cancel_task_request import CancelTaskRequest
from ...models.cancel_task_response import CancelTaskResponse
from ...models.tencent_language import TencentLanguage
from ...types import UNSET, Response, Unset


OPERATION = Operation(
    "CancelTask",
    "POST",
    "/CancelTask",
    idempotent=False,
    statuses=(200,),
    requests_per_second=20,
)


def _get_kwargs(
    *,
    body: CancelTaskRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tc_region, Unset):
        headers["X-TC-Region"] = x_tc_region

    if not isinstance(x_tc_language, Unset):
        headers["X-TC-Language"] = str(x_tc_language)

    if not isinstance(x_tc_token, Unset):
        headers["X-TC-Token"] = x_tc_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/CancelTask",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CancelTaskResponse | None:
    if response.status_code == 200:
        response_200 = CancelTaskResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CancelTaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelTaskRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> Response[CancelTaskResponse]:
    """Cancel a task (取消任务).

     Cancels a moderation task. If the call returns a RequestId (and no Error), the task has been
    cancelled successfully. Cancelling a live-audio task stops pulling the stream. Default API
    request rate limit: 20 requests/s.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (CancelTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelTaskResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tc_region=x_tc_region,
        x_tc_language=x_tc_language,
        x_tc_token=x_tc_token,
    )

    response = send(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CancelTaskRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> CancelTaskResponse | None:
    """Cancel a task (取消任务).

     Cancels a moderation task. If the call returns a RequestId (and no Error), the task has been
    cancelled successfully. Cancelling a live-audio task stops pulling the stream. Default API
    request rate limit: 20 requests/s.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (CancelTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelTaskResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_tc_region=x_tc_region,
        x_tc_language=x_tc_language,
        x_tc_token=x_tc_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelTaskRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> Response[CancelTaskResponse]:
    """Cancel a task (取消任务).

     Cancels a moderation task. If the call returns a RequestId (and no Error), the task has been
    cancelled successfully. Cancelling a live-audio task stops pulling the stream. Default API
    request rate limit: 20 requests/s.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (CancelTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelTaskResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tc_region=x_tc_region,
        x_tc_language=x_tc_language,
        x_tc_token=x_tc_token,
    )

    response = await asend(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CancelTaskRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> CancelTaskResponse | None:
    """Cancel a task (取消任务).

     Cancels a moderation task. If the call returns a RequestId (and no Error), the task has been
    cancelled successfully. Cancelling a live-audio task stops pulling the stream. Default API
    request rate limit: 20 requests/s.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (CancelTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelTaskResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tc_region=x_tc_region,
            x_tc_language=x_tc_language,
            x_tc_token=x_tc_token,
        )
    ).parsed
