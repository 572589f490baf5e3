from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.create_audio_moderation_job_request_body import CreateAudioModerationJobRequestBody
from ...models.create_audio_moderation_job_response_body import CreateAudioModerationJobResponseBody
from ...models.error_response_body import ErrorResponseBody
from ...types import UNSET, Response, Unset


OPERATION = Operation(
    "CreateAudioModerationJob",
    "POST",
    "/v3/{project_id}/moderation/audio/jobs",
    idempotent=False,
    statuses=(200, 400, 401),
    requests_per_second=None,
)


def _get_kwargs(
    project_id: str,
    *,
    body: CreateAudioModerationJobRequestBody,
    x_auth_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_auth_token, Unset):
        headers["X-Auth-Token"] = x_auth_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/{project_id}/moderation/audio/jobs".format(
            project_id=path_segment("project_id", project_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAudioModerationJobResponseBody | ErrorResponseBody | None:
    if response.status_code == 200:
        response_200 = CreateAudioModerationJobResponseBody.from_dict(response.json())

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
) -> Response[CreateAudioModerationJobResponseBody | ErrorResponseBody]:
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
    body: CreateAudioModerationJobRequestBody,
    x_auth_token: str | Unset = UNSET,
) -> Response[CreateAudioModerationJobResponseBody | ErrorResponseBody]:
    """Create an audio moderation job (创建音频内容审核作业).

     Creates an audio moderation job. After the job is created, the job ID is returned.
    (创建音频内容审核作业,创建成功会将作业ID返回给用户。) API Explorer name:
    RunCreateAudioModerationJob.

    Moderation policy: if `biz_type` is passed, it takes precedence and `event_type` and
    `categories` have no effect (the policy is the one configured for biz_type in the
    console); if `biz_type` is not passed, `event_type` and `categories` must be passed.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        x_auth_token (str | Unset):
        body (CreateAudioModerationJobRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAudioModerationJobResponseBody | ErrorResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_auth_token=x_auth_token,
    )

    response = send(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAudioModerationJobRequestBody,
    x_auth_token: str | Unset = UNSET,
) -> CreateAudioModerationJobResponseBody | ErrorResponseBody | None:
    """Create an audio moderation job (创建音频内容审核作业).

     Creates an audio moderation job. After the job is created, the job ID is returned.
    (创建音频内容审核作业,创建成功会将作业ID返回给用户。) API Explorer name:
    RunCreateAudioModerationJob.

    Moderation policy: if `biz_type` is passed, it takes precedence and `event_type` and
    `categories` have no effect (the policy is the one configured for biz_type in the
    console); if `biz_type` is not passed, `event_type` and `categories` must be passed.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        x_auth_token (str | Unset):
        body (CreateAudioModerationJobRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAudioModerationJobResponseBody | ErrorResponseBody
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        x_auth_token=x_auth_token,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAudioModerationJobRequestBody,
    x_auth_token: str | Unset = UNSET,
) -> Response[CreateAudioModerationJobResponseBody | ErrorResponseBody]:
    """Create an audio moderation job (创建音频内容审核作业).

     Creates an audio moderation job. After the job is created, the job ID is returned.
    (创建音频内容审核作业,创建成功会将作业ID返回给用户。) API Explorer name:
    RunCreateAudioModerationJob.

    Moderation policy: if `biz_type` is passed, it takes precedence and `event_type` and
    `categories` have no effect (the policy is the one configured for biz_type in the
    console); if `biz_type` is not passed, `event_type` and `categories` must be passed.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        x_auth_token (str | Unset):
        body (CreateAudioModerationJobRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAudioModerationJobResponseBody | ErrorResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_auth_token=x_auth_token,
    )

    response = await asend(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAudioModerationJobRequestBody,
    x_auth_token: str | Unset = UNSET,
) -> CreateAudioModerationJobResponseBody | ErrorResponseBody | None:
    """Create an audio moderation job (创建音频内容审核作业).

     Creates an audio moderation job. After the job is created, the job ID is returned.
    (创建音频内容审核作业,创建成功会将作业ID返回给用户。) API Explorer name:
    RunCreateAudioModerationJob.

    Moderation policy: if `biz_type` is passed, it takes precedence and `event_type` and
    `categories` have no effect (the policy is the one configured for biz_type in the
    console); if `biz_type` is not passed, `event_type` and `categories` must be passed.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        x_auth_token (str | Unset):
        body (CreateAudioModerationJobRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAudioModerationJobResponseBody | ErrorResponseBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            x_auth_token=x_auth_token,
        )
    ).parsed
