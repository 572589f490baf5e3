from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.error_response_body import ErrorResponseBody
from ...models.show_job_uploading_address_response_body import ShowJobUploadingAddressResponseBody
from ...types import UNSET, Response, Unset


OPERATION = Operation(
    "ShowJobUploadingAddress",
    "GET",
    "/v1/{project_id}/voice-training-manage/user/jobs/{job_id}/uploading-address-url",
    idempotent=True,
    statuses=(200, 400, 401),
    requests_per_second=None,
)


def _get_kwargs(
    project_id: str,
    job_id: str,
    *,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_auth_token, Unset):
        headers["X-Auth-Token"] = x_auth_token

    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(x_sdk_date, Unset):
        headers["X-Sdk-Date"] = x_sdk_date

    if not isinstance(x_project_id, Unset):
        headers["X-Project-Id"] = x_project_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/voice-training-manage/user/jobs/{job_id}/uploading-address-url".format(
            project_id=path_segment("project_id", project_id),
            job_id=path_segment("job_id", job_id),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseBody | ShowJobUploadingAddressResponseBody | None:
    if response.status_code == 200:
        response_200 = ShowJobUploadingAddressResponseBody.from_dict(response.json())

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
) -> Response[ErrorResponseBody | ShowJobUploadingAddressResponseBody]:
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
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
) -> Response[ErrorResponseBody | ShowJobUploadingAddressResponseBody]:
    """Obtain the upload addresses of a voice training task (获取语音文件上传地址).

     Obtains fresh upload URLs for a task's data: the zip (PACKAGE), each sentence's audio and
    text (SEGMENT), and the authorization letter. Used to upload again after a failed review.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 26f06524-4f75-4b3a-a853-b649a21aaf66.
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseBody | ShowJobUploadingAddressResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        x_auth_token=x_auth_token,
        authorization=authorization,
        x_sdk_date=x_sdk_date,
        x_project_id=x_project_id,
    )

    response = send(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
) -> ErrorResponseBody | ShowJobUploadingAddressResponseBody | None:
    """Obtain the upload addresses of a voice training task (获取语音文件上传地址).

     Obtains fresh upload URLs for a task's data: the zip (PACKAGE), each sentence's audio and
    text (SEGMENT), and the authorization letter. Used to upload again after a failed review.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 26f06524-4f75-4b3a-a853-b649a21aaf66.
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseBody | ShowJobUploadingAddressResponseBody
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        client=client,
        x_auth_token=x_auth_token,
        authorization=authorization,
        x_sdk_date=x_sdk_date,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
) -> Response[ErrorResponseBody | ShowJobUploadingAddressResponseBody]:
    """Obtain the upload addresses of a voice training task (获取语音文件上传地址).

     Obtains fresh upload URLs for a task's data: the zip (PACKAGE), each sentence's audio and
    text (SEGMENT), and the authorization letter. Used to upload again after a failed review.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 26f06524-4f75-4b3a-a853-b649a21aaf66.
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseBody | ShowJobUploadingAddressResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        x_auth_token=x_auth_token,
        authorization=authorization,
        x_sdk_date=x_sdk_date,
        x_project_id=x_project_id,
    )

    response = await asend(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
) -> ErrorResponseBody | ShowJobUploadingAddressResponseBody | None:
    """Obtain the upload addresses of a voice training task (获取语音文件上传地址).

     Obtains fresh upload URLs for a task's data: the zip (PACKAGE), each sentence's audio and
    text (SEGMENT), and the authorization letter. Used to upload again after a failed review.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        job_id (str):  Example: 26f06524-4f75-4b3a-a853-b649a21aaf66.
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseBody | ShowJobUploadingAddressResponseBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            x_auth_token=x_auth_token,
            authorization=authorization,
            x_sdk_date=x_sdk_date,
            x_project_id=x_project_id,
        )
    ).parsed
