import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.error_response_body import ErrorResponseBody
from ...models.job_tag import JobTag
from ...models.list_voice_training_job_response_body import ListVoiceTrainingJobResponseBody
from ...models.sort_direction import SortDirection
from ...models.training_job_sort_key import TrainingJobSortKey
from ...models.training_job_type import TrainingJobType
from ...types import UNSET, Response, Unset


OPERATION = Operation(
    "ListVoiceTrainingJob",
    "GET",
    "/v1/{project_id}/voice-training-manage/user/jobs",
    idempotent=True,
    statuses=(200, 400, 401),
    requests_per_second=None,
    bounds=(('params', 'offset', 0, 2147483647), ('params', 'limit', 1, 100)),
)


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_until: datetime.datetime | Unset = UNSET,
    create_since: datetime.datetime | Unset = UNSET,
    update_until: datetime.datetime | Unset = UNSET,
    update_since: datetime.datetime | Unset = UNSET,
    state: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    voice_name: str | Unset = UNSET,
    tag: JobTag | Unset = UNSET,
    job_type: TrainingJobType | Unset = UNSET,
    batch_name: str | Unset = UNSET,
    sort_key: TrainingJobSortKey | Unset = TrainingJobSortKey.CREATE_TIME,
    sort_dir: SortDirection | Unset = SortDirection.DESC,
    is_ondemand_resource: bool | Unset = UNSET,
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

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_create_until: str | Unset = UNSET
    if not isinstance(create_until, Unset):
        json_create_until = create_until.isoformat()
    params["create_until"] = json_create_until

    json_create_since: str | Unset = UNSET
    if not isinstance(create_since, Unset):
        json_create_since = create_since.isoformat()
    params["create_since"] = json_create_since

    json_update_until: str | Unset = UNSET
    if not isinstance(update_until, Unset):
        json_update_until = update_until.isoformat()
    params["update_until"] = json_update_until

    json_update_since: str | Unset = UNSET
    if not isinstance(update_since, Unset):
        json_update_since = update_since.isoformat()
    params["update_since"] = json_update_since

    params["state"] = state

    params["job_id"] = job_id

    params["voice_name"] = voice_name

    json_tag: str | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag.value

    params["tag"] = json_tag

    json_job_type: str | Unset = UNSET
    if not isinstance(job_type, Unset):
        json_job_type = job_type.value

    params["job_type"] = json_job_type

    params["batch_name"] = batch_name

    json_sort_key: str | Unset = UNSET
    if not isinstance(sort_key, Unset):
        json_sort_key = sort_key.value

    params["sort_key"] = json_sort_key

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir.value

    params["sort_dir"] = json_sort_dir

    params["is_ondemand_resource"] = is_ondemand_resource

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/voice-training-manage/user/jobs".format(
            project_id=path_segment("project_id", project_id),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponseBody | ListVoiceTrainingJobResponseBody | None:
    if response.status_code == 200:
        response_200 = ListVoiceTrainingJobResponseBody.from_dict(response.json())

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
) -> Response[ErrorResponseBody | ListVoiceTrainingJobResponseBody]:
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
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_until: datetime.datetime | Unset = UNSET,
    create_since: datetime.datetime | Unset = UNSET,
    update_until: datetime.datetime | Unset = UNSET,
    update_since: datetime.datetime | Unset = UNSET,
    state: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    voice_name: str | Unset = UNSET,
    tag: JobTag | Unset = UNSET,
    job_type: TrainingJobType | Unset = UNSET,
    batch_name: str | Unset = UNSET,
    sort_key: TrainingJobSortKey | Unset = TrainingJobSortKey.CREATE_TIME,
    sort_dir: SortDirection | Unset = SortDirection.DESC,
    is_ondemand_resource: bool | Unset = UNSET,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> Response[ErrorResponseBody | ListVoiceTrainingJobResponseBody]:
    """Query voice training tasks (查询语音训练任务列表).

     Lists the project's voice training tasks, filtered, sorted and paged: `offset` jobs are
    skipped, at most `limit` returned; `count` is the number of jobs that match the filters.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_until (datetime.datetime | Unset):
        create_since (datetime.datetime | Unset):
        update_until (datetime.datetime | Unset):
        update_since (datetime.datetime | Unset):
        state (str | Unset):  Example: FAILED,WAITING.
        job_id (str | Unset):
        voice_name (str | Unset):
        tag (JobTag | Unset): Task tag (任务标签).
              * ECOMMERCE: e-commerce (电商)
              * NEWS: news (新闻)
              * MARKETING: marketing (营销)
              * LIVE: live streaming (直播)
              * EDUCATION: education (教培)
              * CUSTOMER: customer service (客服)
              * STORYTELLING: storytelling (故事)
        job_type (TrainingJobType | Unset): Training type (训练类型).
              * BASIC: basic edition, 20 sentences (基础版)
              * MIDDLE: advanced edition, 100 sentences (进阶版)
              * ADVANCE: premium edition (高级版)
              * THIRD_PARTY: third-party training, DupDub (第三方出门问问训练版)
              * THIRD_PARTY_LJZN: third-party training, AudioX (第三方逻辑智能训练版)
              * FLEXUS: Flexus edition, large-model feature extraction (Flexus版)
        batch_name (str | Unset):
        sort_key (TrainingJobSortKey | Unset): What ListVoiceTrainingJob sorts by.
              * create_time: creation time
              * update_time: time of the last state change (lastupdate_time)
             Default: TrainingJobSortKey.CREATE_TIME.
        sort_dir (SortDirection | Unset): Sort order.
              * desc: descending (降序)
              * asc: ascending (升序)
             Default: SortDirection.DESC.
        is_ondemand_resource (bool | Unset):
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseBody | ListVoiceTrainingJobResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        create_until=create_until,
        create_since=create_since,
        update_until=update_until,
        update_since=update_since,
        state=state,
        job_id=job_id,
        voice_name=voice_name,
        tag=tag,
        job_type=job_type,
        batch_name=batch_name,
        sort_key=sort_key,
        sort_dir=sort_dir,
        is_ondemand_resource=is_ondemand_resource,
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
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_until: datetime.datetime | Unset = UNSET,
    create_since: datetime.datetime | Unset = UNSET,
    update_until: datetime.datetime | Unset = UNSET,
    update_since: datetime.datetime | Unset = UNSET,
    state: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    voice_name: str | Unset = UNSET,
    tag: JobTag | Unset = UNSET,
    job_type: TrainingJobType | Unset = UNSET,
    batch_name: str | Unset = UNSET,
    sort_key: TrainingJobSortKey | Unset = TrainingJobSortKey.CREATE_TIME,
    sort_dir: SortDirection | Unset = SortDirection.DESC,
    is_ondemand_resource: bool | Unset = UNSET,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> ErrorResponseBody | ListVoiceTrainingJobResponseBody | None:
    """Query voice training tasks (查询语音训练任务列表).

     Lists the project's voice training tasks, filtered, sorted and paged: `offset` jobs are
    skipped, at most `limit` returned; `count` is the number of jobs that match the filters.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_until (datetime.datetime | Unset):
        create_since (datetime.datetime | Unset):
        update_until (datetime.datetime | Unset):
        update_since (datetime.datetime | Unset):
        state (str | Unset):  Example: FAILED,WAITING.
        job_id (str | Unset):
        voice_name (str | Unset):
        tag (JobTag | Unset): Task tag (任务标签).
              * ECOMMERCE: e-commerce (电商)
              * NEWS: news (新闻)
              * MARKETING: marketing (营销)
              * LIVE: live streaming (直播)
              * EDUCATION: education (教培)
              * CUSTOMER: customer service (客服)
              * STORYTELLING: storytelling (故事)
        job_type (TrainingJobType | Unset): Training type (训练类型).
              * BASIC: basic edition, 20 sentences (基础版)
              * MIDDLE: advanced edition, 100 sentences (进阶版)
              * ADVANCE: premium edition (高级版)
              * THIRD_PARTY: third-party training, DupDub (第三方出门问问训练版)
              * THIRD_PARTY_LJZN: third-party training, AudioX (第三方逻辑智能训练版)
              * FLEXUS: Flexus edition, large-model feature extraction (Flexus版)
        batch_name (str | Unset):
        sort_key (TrainingJobSortKey | Unset): What ListVoiceTrainingJob sorts by.
              * create_time: creation time
              * update_time: time of the last state change (lastupdate_time)
             Default: TrainingJobSortKey.CREATE_TIME.
        sort_dir (SortDirection | Unset): Sort order.
              * desc: descending (降序)
              * asc: ascending (升序)
             Default: SortDirection.DESC.
        is_ondemand_resource (bool | Unset):
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseBody | ListVoiceTrainingJobResponseBody
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        offset=offset,
        limit=limit,
        create_until=create_until,
        create_since=create_since,
        update_until=update_until,
        update_since=update_since,
        state=state,
        job_id=job_id,
        voice_name=voice_name,
        tag=tag,
        job_type=job_type,
        batch_name=batch_name,
        sort_key=sort_key,
        sort_dir=sort_dir,
        is_ondemand_resource=is_ondemand_resource,
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
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_until: datetime.datetime | Unset = UNSET,
    create_since: datetime.datetime | Unset = UNSET,
    update_until: datetime.datetime | Unset = UNSET,
    update_since: datetime.datetime | Unset = UNSET,
    state: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    voice_name: str | Unset = UNSET,
    tag: JobTag | Unset = UNSET,
    job_type: TrainingJobType | Unset = UNSET,
    batch_name: str | Unset = UNSET,
    sort_key: TrainingJobSortKey | Unset = TrainingJobSortKey.CREATE_TIME,
    sort_dir: SortDirection | Unset = SortDirection.DESC,
    is_ondemand_resource: bool | Unset = UNSET,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> Response[ErrorResponseBody | ListVoiceTrainingJobResponseBody]:
    """Query voice training tasks (查询语音训练任务列表).

     Lists the project's voice training tasks, filtered, sorted and paged: `offset` jobs are
    skipped, at most `limit` returned; `count` is the number of jobs that match the filters.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_until (datetime.datetime | Unset):
        create_since (datetime.datetime | Unset):
        update_until (datetime.datetime | Unset):
        update_since (datetime.datetime | Unset):
        state (str | Unset):  Example: FAILED,WAITING.
        job_id (str | Unset):
        voice_name (str | Unset):
        tag (JobTag | Unset): Task tag (任务标签).
              * ECOMMERCE: e-commerce (电商)
              * NEWS: news (新闻)
              * MARKETING: marketing (营销)
              * LIVE: live streaming (直播)
              * EDUCATION: education (教培)
              * CUSTOMER: customer service (客服)
              * STORYTELLING: storytelling (故事)
        job_type (TrainingJobType | Unset): Training type (训练类型).
              * BASIC: basic edition, 20 sentences (基础版)
              * MIDDLE: advanced edition, 100 sentences (进阶版)
              * ADVANCE: premium edition (高级版)
              * THIRD_PARTY: third-party training, DupDub (第三方出门问问训练版)
              * THIRD_PARTY_LJZN: third-party training, AudioX (第三方逻辑智能训练版)
              * FLEXUS: Flexus edition, large-model feature extraction (Flexus版)
        batch_name (str | Unset):
        sort_key (TrainingJobSortKey | Unset): What ListVoiceTrainingJob sorts by.
              * create_time: creation time
              * update_time: time of the last state change (lastupdate_time)
             Default: TrainingJobSortKey.CREATE_TIME.
        sort_dir (SortDirection | Unset): Sort order.
              * desc: descending (降序)
              * asc: ascending (升序)
             Default: SortDirection.DESC.
        is_ondemand_resource (bool | Unset):
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponseBody | ListVoiceTrainingJobResponseBody]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        create_until=create_until,
        create_since=create_since,
        update_until=update_until,
        update_since=update_since,
        state=state,
        job_id=job_id,
        voice_name=voice_name,
        tag=tag,
        job_type=job_type,
        batch_name=batch_name,
        sort_key=sort_key,
        sort_dir=sort_dir,
        is_ondemand_resource=is_ondemand_resource,
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
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_until: datetime.datetime | Unset = UNSET,
    create_since: datetime.datetime | Unset = UNSET,
    update_until: datetime.datetime | Unset = UNSET,
    update_since: datetime.datetime | Unset = UNSET,
    state: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    voice_name: str | Unset = UNSET,
    tag: JobTag | Unset = UNSET,
    job_type: TrainingJobType | Unset = UNSET,
    batch_name: str | Unset = UNSET,
    sort_key: TrainingJobSortKey | Unset = TrainingJobSortKey.CREATE_TIME,
    sort_dir: SortDirection | Unset = SortDirection.DESC,
    is_ondemand_resource: bool | Unset = UNSET,
    x_auth_token: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    x_sdk_date: str | Unset = UNSET,
    x_project_id: str | Unset = UNSET,
    x_app_user_id: str | Unset = UNSET,
) -> ErrorResponseBody | ListVoiceTrainingJobResponseBody | None:
    """Query voice training tasks (查询语音训练任务列表).

     Lists the project's voice training tasks, filtered, sorted and paged: `offset` jobs are
    skipped, at most `limit` returned; `count` is the number of jobs that match the filters.

    Args:
        project_id (str):  Example: 3f0924078d1b471c884a5383d4dec9fa.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_until (datetime.datetime | Unset):
        create_since (datetime.datetime | Unset):
        update_until (datetime.datetime | Unset):
        update_since (datetime.datetime | Unset):
        state (str | Unset):  Example: FAILED,WAITING.
        job_id (str | Unset):
        voice_name (str | Unset):
        tag (JobTag | Unset): Task tag (任务标签).
              * ECOMMERCE: e-commerce (电商)
              * NEWS: news (新闻)
              * MARKETING: marketing (营销)
              * LIVE: live streaming (直播)
              * EDUCATION: education (教培)
              * CUSTOMER: customer service (客服)
              * STORYTELLING: storytelling (故事)
        job_type (TrainingJobType | Unset): Training type (训练类型).
              * BASIC: basic edition, 20 sentences (基础版)
              * MIDDLE: advanced edition, 100 sentences (进阶版)
              * ADVANCE: premium edition (高级版)
              * THIRD_PARTY: third-party training, DupDub (第三方出门问问训练版)
              * THIRD_PARTY_LJZN: third-party training, AudioX (第三方逻辑智能训练版)
              * FLEXUS: Flexus edition, large-model feature extraction (Flexus版)
        batch_name (str | Unset):
        sort_key (TrainingJobSortKey | Unset): What ListVoiceTrainingJob sorts by.
              * create_time: creation time
              * update_time: time of the last state change (lastupdate_time)
             Default: TrainingJobSortKey.CREATE_TIME.
        sort_dir (SortDirection | Unset): Sort order.
              * desc: descending (降序)
              * asc: ascending (升序)
             Default: SortDirection.DESC.
        is_ondemand_resource (bool | Unset):
        x_auth_token (str | Unset):
        authorization (str | Unset):
        x_sdk_date (str | Unset):  Example: 20191115T033655Z.
        x_project_id (str | Unset):
        x_app_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponseBody | ListVoiceTrainingJobResponseBody
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            create_until=create_until,
            create_since=create_since,
            update_until=update_until,
            update_since=update_since,
            state=state,
            job_id=job_id,
            voice_name=voice_name,
            tag=tag,
            job_type=job_type,
            batch_name=batch_name,
            sort_key=sort_key,
            sort_dir=sort_dir,
            is_ondemand_resource=is_ondemand_resource,
            x_auth_token=x_auth_token,
            authorization=authorization,
            x_sdk_date=x_sdk_date,
            x_project_id=x_project_id,
            x_app_user_id=x_app_user_id,
        )
    ).parsed
