from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.confirm_training_segment_response_body import ConfirmTrainingSegmentResponseBody
from ...models.error_response_body import ErrorResponseBody
from ...types import UNSET, Response


OPERATION = Operation(
    "ConfirmTrainingSegment",
    "POST",
    "/v1/{project_id}/voice-training-manage/user/training-segment",
    idempotent=True,
    statuses=(200, 400, 401),
    requests_per_second=None,
    bounds=(('params', 'index', 0, 1024),),
)


def _get_kwargs(
    project_id: str,
    *,
    job_id: str,
    index: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_id"] = job_id

    params["index"] = index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/voice-training-manage/user/training-segment".format(
            project_id=path_segment("project_id", project_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfirmTrainingSegmentResponseBody | ErrorResponseBody | None:
    if response.status_code == 200:
        response_200 = ConfirmTrainingSegmentResponseBody.from_dict(response.json())

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
) -> Response[ConfirmTrainingSegmentResponseBody | ErrorResponseBody]:
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
    index: int,
) -> Response[ConfirmTrainingSegmentResponseBody | ErrorResponseBody]:
    """Confirm an online recording (确认在线录音结果).

     SEGMENT tasks: after a sentence's audio and text have been uploaded to its URLs, checks that
    the recording matches the text. Sentences are confirmed one after another.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmTrainingSegmentResponseBody | ErrorResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        index=index,
    )

    response = send(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    index: int,
) -> ConfirmTrainingSegmentResponseBody | ErrorResponseBody | None:
    """Confirm an online recording (确认在线录音结果).

     SEGMENT tasks: after a sentence's audio and text have been uploaded to its URLs, checks that
    the recording matches the text. Sentences are confirmed one after another.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmTrainingSegmentResponseBody | ErrorResponseBody
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        job_id=job_id,
        index=index,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    index: int,
) -> Response[ConfirmTrainingSegmentResponseBody | ErrorResponseBody]:
    """Confirm an online recording (确认在线录音结果).

     SEGMENT tasks: after a sentence's audio and text have been uploaded to its URLs, checks that
    the recording matches the text. Sentences are confirmed one after another.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmTrainingSegmentResponseBody | ErrorResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        index=index,
    )

    response = await asend(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    index: int,
) -> ConfirmTrainingSegmentResponseBody | ErrorResponseBody | None:
    """Confirm an online recording (确认在线录音结果).

     SEGMENT tasks: after a sentence's audio and text have been uploaded to its URLs, checks that
    the recording matches the text. Sentences are confirmed one after another.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmTrainingSegmentResponseBody | ErrorResponseBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            job_id=job_id,
            index=index,
        )
    ).parsed
