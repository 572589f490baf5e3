from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.describe_tasks_request import DescribeTasksRequest
from ...models.describe_tasks_response import DescribeTasksResponse
from ...models.tencent_language import TencentLanguage
from ...types import UNSET, Response, Unset


OPERATION = Operation(
    "DescribeTasks",
    "POST",
    "/DescribeTasks",
    idempotent=True,
    statuses=(200,),
    requests_per_second=20,
    bounds=(('json', 'Limit', 1, None),),
)


def _get_kwargs(
    *,
    body: DescribeTasksRequest,
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
        "url": "/DescribeTasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DescribeTasksResponse | None:
    if response.status_code == 200:
        response_200 = DescribeTasksResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DescribeTasksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeTasksRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> Response[DescribeTasksResponse]:
    """View the list of moderation tasks (查看审核任务列表).

     Views the list of moderation tasks; the list can be filtered by business information such as
    business type (BizType), moderation result (Suggestion) and task status, and by a time range.
    Pages are fetched with PageToken. Default API request rate limit: 20 requests/s.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (DescribeTasksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeTasksResponse]
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
    body: DescribeTasksRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> DescribeTasksResponse | None:
    """View the list of moderation tasks (查看审核任务列表).

     Views the list of moderation tasks; the list can be filtered by business information such as
    business type (BizType), moderation result (Suggestion) and task status, and by a time range.
    Pages are fetched with PageToken. Default API request rate limit: 20 requests/s.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (DescribeTasksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeTasksResponse
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
    body: DescribeTasksRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> Response[DescribeTasksResponse]:
    """View the list of moderation tasks (查看审核任务列表).

     Views the list of moderation tasks; the list can be filtered by business information such as
    business type (BizType), moderation result (Suggestion) and task status, and by a time range.
    Pages are fetched with PageToken. Default API request rate limit: 20 requests/s.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (DescribeTasksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeTasksResponse]
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
    body: DescribeTasksRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> DescribeTasksResponse | None:
    """View the list of moderation tasks (查看审核任务列表).

     Views the list of moderation tasks; the list can be filtered by business information such as
    business type (BizType), moderation result (Suggestion) and task status, and by a time range.
    Pages are fetched with PageToken. Default API request rate limit: 20 requests/s.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (DescribeTasksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeTasksResponse
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
