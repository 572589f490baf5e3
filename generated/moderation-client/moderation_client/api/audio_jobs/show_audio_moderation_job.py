from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.error_response_body import ErrorResponseBody
from ...models.show_audio_moderation_job_response_body import ShowAudioModerationJobResponseBody
from ...types import UNSET, Response, Unset


OPERATION = Operation(
    "ShowAudioModerationJob",
    "GET",
    "/v3/{project_id}/moderation/audio/jobs/{job_id}",
    idempotent=True,
    statuses=(200, 400, 401),
    requests_per_second=None,
)


def _get_kwargs(
    project_id: str,
    job_id: str,
    *,
    x_auth_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_auth_token, Unset):
        headers["X-Auth-Token"] = x_auth_token

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/{project_id}/moderation/audio/jobs/{job_id}".format(
            project_id=path_segment("project_id", project_id),
            job_id=path_segment("job_id", job_id),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseBody | ShowAudioModerationJobResponseBody | None:
    if response.status_code == 200:
        response_200 = ShowAudioModerationJobResponseBody.from_dict(response.json())

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
) -> Response[ErrorResponseBody | ShowAudioModerationJobResponseBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_auth_token: str | Unset = UNSET,
) -> Response[ErrorResponseBody | ShowAudioModerationJobResponseBody]:
    """Query an audio moderation job (查询音频内容审核作业).

     Queries the processing status and the result of an audio moderation job.
    (查询音频审核作业处理状态与结果,并将识别结果返回给用户。) API Explorer name:
    RunQueryAudioModerationJob.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 01655654400_ad96b30f58cc40e8968e53f1f1e80021.
        x_auth_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseBody | ShowAudioModerationJobResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        x_auth_token=x_auth_token,
    )

    response = send(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_auth_token: str | Unset = UNSET,
) -> ErrorResponseBody | ShowAudioModerationJobResponseBody | None:
    """Query an audio moderation job (查询音频内容审核作业).

     Queries the processing status and the result of an audio moderation job.
    (查询音频审核作业处理状态与结果,并将识别结果返回给用户。) API Explorer name:
    RunQueryAudioModerationJob.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 01655654400_ad96b30f58cc40e8968e53f1f1e80021.
        x_auth_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseBody | ShowAudioModerationJobResponseBody
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        client=client,
        x_auth_token=x_auth_token,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_auth_token: str | Unset = UNSET,
) -> Response[ErrorResponseBody | ShowAudioModerationJobResponseBody]:
    """Query an audio moderation job (查询音频内容审核作业).

     Queries the processing status and the result of an audio moderation job.
    (查询音频审核作业处理状态与结果,并将识别结果返回给用户。) API Explorer name:
    RunQueryAudioModerationJob.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 01655654400_ad96b30f58cc40e8968e53f1f1e80021.
        x_auth_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseBody | ShowAudioModerationJobResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        x_auth_token=x_auth_token,
    )

    response = await asend(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_auth_token: str | Unset = UNSET,
) -> ErrorResponseBody | ShowAudioModerationJobResponseBody | None:
    """Query an audio moderation job (查询音频内容审核作业).

     Queries the processing status and the result of an audio moderation job.
    (查询音频审核作业处理状态与结果,并将识别结果返回给用户。) API Explorer name:
    RunQueryAudioModerationJob.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 01655654400_ad96b30f58cc40e8968e53f1f1e80021.
        x_auth_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseBody | ShowAudioModerationJobResponseBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            x_auth_token=x_auth_token,
        )
    ).parsed
