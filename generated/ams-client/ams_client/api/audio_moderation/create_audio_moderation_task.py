from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._overrides.common.arguments import path_segment
from ..._overrides.common.calls import Operation, asend, send
from ...client import AuthenticatedClient, Client
from ...models.create_audio_moderation_task_request import CreateAudioModerationTaskRequest
from ...models.create_audio_moderation_task_response import CreateAudioModerationTaskResponse
from ...models.tencent_language import TencentLanguage
from ...types import UNSET, Response, Unset


OPERATION = Operation(
    "CreateAudioModerationTask",
    "POST",
    "/CreateAudioModerationTask",
    idempotent=False,
    statuses=(200,),
    requests_per_second=20,
    bounds=(('json', 'User.Level', 0, 3), ('json', 'User.Gender', 0, 2), ('json', 'User.Age', 0, None), ('json', 'User.GroupSize', 0, None)),
)


def _get_kwargs(
    *,
    body: CreateAudioModerationTaskRequest,
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
        "url": "/CreateAudioModerationTask",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAudioModerationTaskResponse | None:
    if response.status_code == 200:
        response_200 = CreateAudioModerationTaskResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAudioModerationTaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAudioModerationTaskRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> Response[CreateAudioModerationTaskResponse]:
    """Create audio moderation tasks (创建音频审核任务).

     Submits audio content (audio files or live stream URLs) for moderation. Activate AMS in the
    Content Security console first and configure the business policy (BizType).

    - Up to 10 tasks per call; default request rate 20 requests/s.
    - Concurrency: 10 for audio on demand (new tasks queue, newest first), 100 for live audio
      (further requests fail with `RequestLimitExceeded`, "You have reached the concurrency
      limit"; no queueing).
    - Files: < 500 MB, < 1 hour, 128–256 Kbps; wav, mp3, aac, flac, amr, 3gp, m4a, wma, ogg,
      ape; the audio track of a video file is moderated too.
    - Live streams: < 24 hours per task; RTMP, HTTP, HTTPS (rtp, srtp, rtmp, rtmps, mmsh, mmst,
      hls, http, tcp, https, m3u8). Cancel live tasks with CancelTask; an interrupted stream is
      retried for up to 10 minutes (network failures such as HTTP 404: up to 16 retries).
    - Results by callback (`CallbackUrl`, at most slice length + 2 s after a hit) or by polling
      DescribeTaskDetail.
    - 本接口用于提交音频内容（包括音频文件或流地址）进行智能审核任务。

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (CreateAudioModerationTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAudioModerationTaskResponse]
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
    body: CreateAudioModerationTaskRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> CreateAudioModerationTaskResponse | None:
    """Create audio moderation tasks (创建音频审核任务).

     Submits audio content (audio files or live stream URLs) for moderation. Activate AMS in the
    Content Security console first and configure the business policy (BizType).

    - Up to 10 tasks per call; default request rate 20 requests/s.
    - Concurrency: 10 for audio on demand (new tasks queue, newest first), 100 for live audio
      (further requests fail with `RequestLimitExceeded`, "You have reached the concurrency
      limit"; no queueing).
    - Files: < 500 MB, < 1 hour, 128–256 Kbps; wav, mp3, aac, flac, amr, 3gp, m4a, wma, ogg,
      ape; the audio track of a video file is moderated too.
    - Live streams: < 24 hours per task; RTMP, HTTP, HTTPS (rtp, srtp, rtmp, rtmps, mmsh, mmst,
      hls, http, tcp, https, m3u8). Cancel live tasks with CancelTask; an interrupted stream is
      retried for up to 10 minutes (network failures such as HTTP 404: up to 16 retries).
    - Results by callback (`CallbackUrl`, at most slice length + 2 s after a hit) or by polling
      DescribeTaskDetail.
    - 本接口用于提交音频内容（包括音频文件或流地址）进行智能审核任务。

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (CreateAudioModerationTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAudioModerationTaskResponse
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
    body: CreateAudioModerationTaskRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> Response[CreateAudioModerationTaskResponse]:
    """Create audio moderation tasks (创建音频审核任务).

     Submits audio content (audio files or live stream URLs) for moderation. Activate AMS in the
    Content Security console first and configure the business policy (BizType).

    - Up to 10 tasks per call; default request rate 20 requests/s.
    - Concurrency: 10 for audio on demand (new tasks queue, newest first), 100 for live audio
      (further requests fail with `RequestLimitExceeded`, "You have reached the concurrency
      limit"; no queueing).
    - Files: < 500 MB, < 1 hour, 128–256 Kbps; wav, mp3, aac, flac, amr, 3gp, m4a, wma, ogg,
      ape; the audio track of a video file is moderated too.
    - Live streams: < 24 hours per task; RTMP, HTTP, HTTPS (rtp, srtp, rtmp, rtmps, mmsh, mmst,
      hls, http, tcp, https, m3u8). Cancel live tasks with CancelTask; an interrupted stream is
      retried for up to 10 minutes (network failures such as HTTP 404: up to 16 retries).
    - Results by callback (`CallbackUrl`, at most slice length + 2 s after a hit) or by polling
      DescribeTaskDetail.
    - 本接口用于提交音频内容（包括音频文件或流地址）进行智能审核任务。

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (CreateAudioModerationTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAudioModerationTaskResponse]
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
    body: CreateAudioModerationTaskRequest,
    x_tc_region: str | Unset = UNSET,
    x_tc_language: TencentLanguage | Unset = UNSET,
    x_tc_token: str | Unset = UNSET,
) -> CreateAudioModerationTaskResponse | None:
    """Create audio moderation tasks (创建音频审核任务).

     Submits audio content (audio files or live stream URLs) for moderation. Activate AMS in the
    Content Security console first and configure the business policy (BizType).

    - Up to 10 tasks per call; default request rate 20 requests/s.
    - Concurrency: 10 for audio on demand (new tasks queue, newest first), 100 for live audio
      (further requests fail with `RequestLimitExceeded`, "You have reached the concurrency
      limit"; no queueing).
    - Files: < 500 MB, < 1 hour, 128–256 Kbps; wav, mp3, aac, flac, amr, 3gp, m4a, wma, ogg,
      ape; the audio track of a video file is moderated too.
    - Live streams: < 24 hours per task; RTMP, HTTP, HTTPS (rtp, srtp, rtmp, rtmps, mmsh, mmst,
      hls, http, tcp, https, m3u8). Cancel live tasks with CancelTask; an interrupted stream is
      retried for up to 10 minutes (network failures such as HTTP 404: up to 16 retries).
    - Results by callback (`CallbackUrl`, at most slice length + 2 s after a hit) or by polling
      DescribeTaskDetail.
    - 本接口用于提交音频内容（包括音频文件或流地址）进行智能审核任务。

    Args:
        x_tc_region (str | Unset):  Example: ap-guangzhou.
        x_tc_language (TencentLanguage | Unset): Language of the returned messages.
              * zh-CN: Simplified Chinese (简体中文)
              * en-US: English (英文)
        x_tc_token (str | Unset):
        body (CreateAudioModerationTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAudioModerationTaskResponse
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
