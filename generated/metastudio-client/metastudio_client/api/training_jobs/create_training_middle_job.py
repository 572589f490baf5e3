from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.create_training_job_request_body import CreateTrainingJobRequestBody
from ...models.create_training_job_response_body import CreateTrainingJobResponseBody
from ...models.error_response_body import ErrorResponseBody
from ...types import UNSET, Response, Unset


OPERATION = Operation(
    "CreateTrainingMiddleJob",
    "POST",
    "/v1/{project_id}/voice-training-manage/user/middle-jobs",
    idempotent=False,
    statuses=(200, 400, 401),
    requests_per_second=None,
)


def _get_kwargs(
    project_id: str,
    *,
    body: CreateTrainingJobRequestBody,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
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

    if not isinstance(x_app_user_id, Unset):
        headers["X-App-UserId"] = x_app_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/voice-training-manage/user/middle-jobs".format(
            project_id=path_segment("project_id", project_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTrainingJobResponseBody | ErrorResponseBody | None:
    if response.status_code == 200:
        response_200 = CreateTrainingJobResponseBody.from_dict(response.json())

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
) -> Response[CreateTrainingJobResponseBody | ErrorResponseBody]:
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
    body: CreateTrainingJobRequestBody,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> Response[CreateTrainingJobResponseBody | ErrorResponseBody]:
    """Create a voice training task, advanced edition (创建语音训练进阶版任务).

     Creates an advanced-edition ("middle") voice training task (100 sentences): as the basic
    edition, with 0.wav…99.wav and 0.txt…99.txt.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):
        x_app_user_id (str | Unset):
        body (CreateTrainingJobRequestBody): A new voice training task (the official SDK's
            CreateTrainingJobReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTrainingJobResponseBody | ErrorResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_auth_token=x_auth_token,
        authorization=authorization,
        x_sdk_date=x_sdk_date,
        x_project_id=x_project_id,
        x_app_user_id=x_app_user_id,
    )

    response = send(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateTrainingJobRequestBody,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> CreateTrainingJobResponseBody | ErrorResponseBody | None:
    """Create a voice training task, advanced edition (创建语音训练进阶版任务).

     Creates an advanced-edition ("middle") voice training task (100 sentences): as the basic
    edition, with 0.wav…99.wav and 0.txt…99.txt.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):
        x_app_user_id (str | Unset):
        body (CreateTrainingJobRequestBody): A new voice training task (the official SDK's
            CreateTrainingJobReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTrainingJobResponseBody | ErrorResponseBody
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        x_auth_token=x_auth_token,
        authorization=authorization,
        x_sdk_date=x_sdk_date,
        x_project_id=x_project_id,
        x_app_user_id=x_app_user_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateTrainingJobRequestBody,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> Response[CreateTrainingJobResponseBody | ErrorResponseBody]:
    """Create a voice training task, advanced edition (创建语音训练进阶版任务).

     Creates an advanced-edition ("middle") voice training task (100 sentences): as the basic
    edition, with 0.wav…99.wav and 0.txt…99.txt.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):
        x_app_user_id (str | Unset):
        body (CreateTrainingJobRequestBody): A new voice training task (the official SDK's
            CreateTrainingJobReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTrainingJobResponseBody | ErrorResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        x_auth_token=x_auth_token,
        authorization=authorization,
        x_sdk_date=x_sdk_date,
        x_project_id=x_project_id,
        x_app_user_id=x_app_user_id,
    )

    response = await asend(client, OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateTrainingJobRequestBody,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> CreateTrainingJobResponseBody | ErrorResponseBody | None:
    """Create a voice training task, advanced edition (创建语音训练进阶版任务).

     Creates an advanced-edition ("middle") voice training task (100 sentences): as the basic
    edition, with 0.wav…99.wav and 0.txt…99.txt.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):
        x_app_user_id (str | Unset):
        body (CreateTrainingJobRequestBody): A new voice training task (the official SDK's
            CreateTrainingJobReq).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTrainingJobResponseBody | ErrorResponseBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            x_auth_token=x_auth_token,
            authorization=authorization,
            x_sdk_date=x_sdk_date,
            x_project_id=x_project_id,
            x_app_user_id=x_app_user_id,
        )
    ).parsed
