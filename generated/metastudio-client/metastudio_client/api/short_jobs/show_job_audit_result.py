from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.error_response_body import ErrorResponseBody
from ...models.show_job_audit_result_response_body import ShowJobAuditResultResponseBody
from ...types import Response


OPERATION = Operation(
    "ShowJobAuditResult",
    "GET",
    "/v1/{project_id}/voice-training-manage/user/jobs/{job_id}/audit-result",
    idempotent=True,
    statuses=(200, 400, 401),
    requests_per_second=None,
)


def _get_kwargs(
    project_id: str,
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/voice-training-manage/user/jobs/{job_id}/audit-result".format(
            project_id=path_segment("project_id", project_id),
            job_id=path_segment("job_id", job_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseBody | ShowJobAuditResultResponseBody | None:
    if response.status_code == 200:
        response_200 = ShowJobAuditResultResponseBody.from_dict(response.json())

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
) -> Response[ErrorResponseBody | ShowJobAuditResultResponseBody]:
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
) -> Response[ErrorResponseBody | ShowJobAuditResultResponseBody]:
    """Obtain the review result of a voice training task (获取语音训练任务审核结果).

     Obtains the review (audit) result of a voice training task: the automatic review with
    one entry per rejected file, and the administrator's review.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 26f06524-4f75-4b3a-a853-b649a21aaf66.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseBody | ShowJobAuditResultResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
    )

    response = send(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponseBody | ShowJobAuditResultResponseBody | None:
    """Obtain the review result of a voice training task (获取语音训练任务审核结果).

     Obtains the review (audit) result of a voice training task: the automatic review with
    one entry per rejected file, and the administrator's review.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 26f06524-4f75-4b3a-a853-b649a21aaf66.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseBody | ShowJobAuditResultResponseBody
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponseBody | ShowJobAuditResultResponseBody]:
    """Obtain the review result of a voice training task (获取语音训练任务审核结果).

     Obtains the review (audit) result of a voice training task: the automatic review with
    one entry per rejected file, and the administrator's review.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 26f06524-4f75-4b3a-a853-b649a21aaf66.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseBody | ShowJobAuditResultResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
    )

    response = await asend(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponseBody | ShowJobAuditResultResponseBody | None:
    """Obtain the review result of a voice training task (获取语音训练任务审核结果).

     Obtains the review (audit) result of a voice training task: the automatic review with
    one entry per rejected file, and the administrator's review.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 26f06524-4f75-4b3a-a853-b649a21aaf66.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseBody | ShowJobAuditResultResponseBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
        )
    ).parsed
