from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.describe_task_detail_request import DescribeTaskDetailRequest
from ...models.describe_task_detail_response import DescribeTaskDetailResponse
from ...models.tencent_language import TencentLanguage
from ...types import UNSET, Response, Unset


OPERATION = Operation(
    "DescribeTaskDetail",
    "POST",
    "/DescribeTaskDetail",
    idempotent=True,
    statuses=(200,),
    requests_per_second=20,
)


def _get_kwargs(
    *,
    body: DescribeTaskDetailRequest,
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
        "url": "/DescribeTaskDetail",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DescribeTaskDetailResponse | None:
    if response.status_code == 200:
        response_200 = DescribeTaskDetailResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DescribeTaskDetailResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DescribeTaskDetailRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> Response[DescribeTaskDetailResponse]:
    """View task details (查看任务详情).

     Views the details of an audio moderation task: task status, detection results, the text
    recognised from the audio, the malicious labels of the results and the recommended follow-up
    operation. A maximum of 20 requests can be initiated per second for this API.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (DescribeTaskDetailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeTaskDetailResponse]
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
    body: DescribeTaskDetailRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> DescribeTaskDetailResponse | None:
    """View task details (查看任务详情).

     Views the details of an audio moderation task: task status, detection results, the text
    recognised from the audio, the malicious labels of the results and the recommended follow-up
    operation. A maximum of 20 requests can be initiated per second for this API.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (DescribeTaskDetailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeTaskDetailResponse
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
    body: DescribeTaskDetailRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> Response[DescribeTaskDetailResponse]:
    """View task details (查看任务详情).

     Views the details of an audio moderation task: task status, detection results, the text
    recognised from the audio, the malicious labels of the results and the recommended follow-up
    operation. A maximum of 20 requests can be initiated per second for this API.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (DescribeTaskDetailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeTaskDetailResponse]
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
    body: DescribeTaskDetailRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> DescribeTaskDetailResponse | None:
    """View task details (查看任务详情).

     Views the details of an audio moderation task: task status, detection results, the text
    recognised from the audio, the malicious labels of the results and the recommended follow-up
    operation. A maximum of 20 requests can be initiated per second for this API.

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (DescribeTaskDetailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeTaskDetailResponse
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
