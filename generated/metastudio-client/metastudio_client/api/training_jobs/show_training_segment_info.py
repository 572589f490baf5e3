from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.error_response_body import ErrorResponseBody
from ...models.show_training_segment_info_response_body import ShowTrainingSegmentInfoResponseBody
from ...types import UNSET, Response


OPERATION = Operation(
    "ShowTrainingSegmentInfo",
    "GET",
    "/v1/{project_id}/voice-training-manage/user/training-segment",
    idempotent=True,
    statuses=(200, 400, 401),
    requests_per_second=None,
)


def _get_kwargs(
    project_id: str,
    *,
    job_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_id"] = job_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/voice-training-manage/user/training-segment".format(
            project_id=path_segment("project_id", project_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseBody | ShowTrainingSegmentInfoResponseBody | None:
    if response.status_code == 200:
        response_200 = ShowTrainingSegmentInfoResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponseBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponseBody.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponseBody | ShowTrainingSegmentInfoResponseBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Response[ErrorResponseBody | ShowTrainingSegmentInfoResponseBody]:
    """Query the confirmed sentences of a SEGMENT task (查询在线录音确认结果).

     The indexes of the sentences of a SEGMENT task that have been confirmed so far.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseBody | ShowTrainingSegmentInfoResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
    )

    response = send(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> ErrorResponseBody | ShowTrainingSegmentInfoResponseBody | None:
    """Query the confirmed sentences of a SEGMENT task (查询在线录音确认结果).

     The indexes of the sentences of a SEGMENT task that have been confirmed so far.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseBody | ShowTrainingSegmentInfoResponseBody
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        job_id=job_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Response[ErrorResponseBody | ShowTrainingSegmentInfoResponseBody]:
    """Query the confirmed sentences of a SEGMENT task (查询在线录音确认结果).

     The indexes of the sentences of a SEGMENT task that have been confirmed so far.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseBody | ShowTrainingSegmentInfoResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
    )

    response = await asend(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> ErrorResponseBody | ShowTrainingSegmentInfoResponseBody | None:
    """Query the confirmed sentences of a SEGMENT task (查询在线录音确认结果).

     The indexes of the sentences of a SEGMENT task that have been confirmed so far.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseBody | ShowTrainingSegmentInfoResponseBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            job_id=job_id,
        )
    ).parsed
