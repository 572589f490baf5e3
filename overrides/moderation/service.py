"""Content Moderation audio jobs as one object: typed calls and the waiter (sync and asyncio).

The generated functions take the project ID on every call, return `Model | ErrorModel | None`, and
stop at single calls. `Moderation` / `AsyncModeration` fill in the project, build the request from
plain arguments (the moderation policy rule below), return exactly the documented model (errors
raise, see common.responses), and add the waiter: create → wait (backoff, deadline, progress) → the
typed result.

Policy rule of the create page: with `biz_type` (a console policy) event_type and categories are not
needed; without it both must be sent. Without `biz_type` they default to event_type "default" and
DEFAULT_CATEGORIES — the categories every version of the page lists; `politics` is only on the
newest page, so it is sent only when asked for.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any, TypedDict, TypeVar, Unpack

from ...api.audio_jobs import create_audio_moderation_job, show_audio_moderation_job
from ...models import (
    AudioInputBody,
    AudioLanguage,
    AudioModerationCategory,
    AudioModerationEventType,
    AudioModerationResult,
    CreateAudioModerationJobRequestBody,
    CreateAudioModerationJobResponseBody,
    ShowAudioModerationJobResponseBody,
)
from ...types import UNSET
from ..common import Backoff, InvalidArgument, Secret
from ..common.created import CreatedJobs
from ..common.facade import AsyncFacade, SyncFacade
from ..common.responses import expect_model
from ..common.secrets import checked_text
from ..common.waiting import DEFAULT_BACKOFF, apoll, checked_wait, poll
from ..huawei.facade import ProjectFacade
from ..huawei.session import ConnectOptions, connect_client
from . import jobs

ENDPOINTS = {  # the spec's servers: https://moderation.{region}.myhuaweicloud.com
    "cn-north-4": "https://moderation.cn-north-4.myhuaweicloud.com",
    "cn-north-1": "https://moderation.cn-north-1.myhuaweicloud.com",
    "cn-east-3": "https://moderation.cn-east-3.myhuaweicloud.com",
    "ap-southeast-3": "https://moderation.ap-southeast-3.myhuaweicloud.com",
    "cn-southwest-2": "https://moderation.cn-southwest-2.myhuaweicloud.com",
}
DEFAULT_REGION = "cn-north-4"
DEFAULT_WAIT_TIMEOUT = 600.0
DEFAULT_EVENT_TYPE = AudioModerationEventType.DEFAULT
DEFAULT_CATEGORIES = (
    AudioModerationCategory.PORN,
    AudioModerationCategory.AD,
    AudioModerationCategory.MOAN,
    AudioModerationCategory.ABUSE,
)

Progress = Callable[[ShowAudioModerationJobResponseBody], None]


class AudioJobOptions(TypedDict, total=False):
    """What to moderate for, besides the audio URL; every key is optional.

    categories: risk types to detect (default DEFAULT_CATEGORIES unless biz_type is given)
    event_type: the scene, e.g. "live" (default "default" unless biz_type is given)
    biz_type:   name of a moderation policy created in the console; replaces event_type/categories
    language:   audio language ("zh", the service's default)
    callback:   URL the service POSTs the result to when the job ends (see verify_callback_signature)
    seed:       secret key of the callback's X-Auth-Signature (letters, digits, _; at most 64)
    """

    categories: Iterable[AudioModerationCategory | str]
    event_type: AudioModerationEventType | str
    biz_type: str
    language: AudioLanguage | str
    callback: str
    seed: str | Secret


E = TypeVar("E", bound=enum.Enum)


def _member(enum_class: type[E], value: object, name: str) -> E:
    """`value` as a member of `enum_class` (a value a newer service knows passes, see is_known());
    InvalidArgument naming `name` for one of another type."""
    try:
        return enum_class(value)
    except ValueError:
        raise InvalidArgument(name, f"expected a {enum_class.__name__} or its text, got {value!r:.80}") from None


def create_request(url: str, **options: Unpack[AudioJobOptions]) -> CreateAudioModerationJobRequestBody:
    """The CreateAudioModerationJob body for `url` and `options` (policy defaults as described above);
    InvalidArgument naming an option that cannot be sent."""
    if not isinstance(url, str) or not url:
        raise InvalidArgument("url", "expected the audio's URL")
    body = CreateAudioModerationJobRequestBody(data=AudioInputBody(url=url, language=UNSET))
    if "language" in options:
        body.data.language = _member(AudioLanguage, options["language"], "language")
    biz_type = options.get("biz_type")
    if biz_type:
        body.biz_type = biz_type
    if "event_type" in options or not biz_type:
        body.event_type = _member(AudioModerationEventType, options.get("event_type", DEFAULT_EVENT_TYPE), "event_type")
    if "categories" in options or not biz_type:
        categories = options.get("categories", DEFAULT_CATEGORIES)
        if isinstance(categories, str):
            raise InvalidArgument("categories", "expected a list of categories, not one text")
        body.categories = [_member(AudioModerationCategory, c, f"categories[{i}]") for i, c in enumerate(categories)]
    if "callback" in options:
        body.callback = options["callback"]
    seed = options.get("seed")
    if seed is not None:  # text or a Secret (of any generated package)
        body.seed = checked_text("seed", seed, what="the callback's signing key")
    return body


_CREATE = "CreateAudioModerationJob"


def _created() -> CreatedJobs:
    return CreatedJobs("audio moderation job", "moderate_audio()")


class _AudioJobs(ProjectFacade):
    @staticmethod
    def _wait_args(job_id: str, timeout: float, backoff: Backoff, on_progress: Progress | None) -> dict[str, Any]:
        return {
            "is_done": jobs.is_finished,
            "status_of": jobs.status_of,
            "describe": f"audio moderation job {job_id}",
            "timeout": timeout,
            "backoff": backoff,
            "on_progress": on_progress or jobs.log_progress,
        }


class Moderation(_AudioJobs, SyncFacade):
    """Synchronous audio moderation client; the generated `client` stays usable directly."""

    def create_audio_job(self, url: str, **options: Unpack[AudioJobOptions]) -> CreateAudioModerationJobResponseBody:
        """Start moderating the audio at `url`; returns the job ID (and the request ID)."""
        body = create_request(url, **options)
        parsed = create_audio_moderation_job.sync(self.project_id, client=self.client, body=body)
        return expect_model(CreateAudioModerationJobResponseBody, parsed)

    def show_audio_job(self, job_id: str) -> ShowAudioModerationJobResponseBody:
        parsed = show_audio_moderation_job.sync(self.project_id, job_id, client=self.client)
        return expect_model(ShowAudioModerationJobResponseBody, parsed)

    def wait_for_audio_job(
        self,
        job_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: Progress | None = None,
    ) -> AudioModerationResult:
        """Poll until the job ends; its result if it succeeded, AudioJobFailed or WaitTimeout otherwise."""
        job = poll(lambda: self.show_audio_job(job_id), **self._wait_args(job_id, timeout, backoff, on_progress))
        return jobs.outcome(job)

    def moderate_audio(
        self,
        url: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: Progress | None = None,
        **options: Unpack[AudioJobOptions],
    ) -> AudioModerationResult:
        """Create a job for `url` and wait for its result (`timeout` covers the wait). Every argument is
        checked before the job is created (InvalidArgument); any exception after it (Ctrl-C and asyncio
        cancellation too: see common.created) carries the job's id in `created_ids`."""
        timeout, backoff, on_progress = checked_wait(timeout, backoff, on_progress)
        with _created() as created:
            with created.creating(_CREATE):
                job_id = self.create_audio_job(url, **options).job_id
            created.add(job_id)
            return self.wait_for_audio_job(job_id, timeout=timeout, backoff=backoff, on_progress=on_progress)


class AsyncModeration(_AudioJobs, AsyncFacade):
    """Asyncio twin of Moderation (same methods, awaitable)."""

    async def create_audio_job(
        self, url: str, **options: Unpack[AudioJobOptions]
    ) -> CreateAudioModerationJobResponseBody:
        """Start moderating the audio at `url`; returns the job ID (and the request ID)."""
        body = create_request(url, **options)
        parsed = await create_audio_moderation_job.asyncio(self.project_id, client=self.client, body=body)
        return expect_model(CreateAudioModerationJobResponseBody, parsed)

    async def show_audio_job(self, job_id: str) -> ShowAudioModerationJobResponseBody:
        parsed = await show_audio_moderation_job.asyncio(self.project_id, job_id, client=self.client)
        return expect_model(ShowAudioModerationJobResponseBody, parsed)

    async def wait_for_audio_job(
        self,
        job_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: Progress | None = None,
    ) -> AudioModerationResult:
        """Poll until the job ends; its result if it succeeded, AudioJobFailed or WaitTimeout otherwise."""
        args = self._wait_args(job_id, timeout, backoff, on_progress)
        job = await apoll(lambda: self.show_audio_job(job_id), **args)
        return jobs.outcome(job)

    async def moderate_audio(
        self,
        url: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: Progress | None = None,
        **options: Unpack[AudioJobOptions],
    ) -> AudioModerationResult:
        """Asyncio twin of Moderation.moderate_audio."""
        timeout, backoff, on_progress = checked_wait(timeout, backoff, on_progress)
        with _created() as created:
            with created.creating(_CREATE):
                job_id = (await self.create_audio_job(url, **options)).job_id
            created.add(job_id)
            return await self.wait_for_audio_job(job_id, timeout=timeout, backoff=backoff, on_progress=on_progress)


def connect(**options: Unpack[ConnectOptions]) -> Moderation:
    """A Content Moderation client for `region` (default cn-north-4) or `base_url`, signing with AK/SK unless
    `token` is given (options: huawei.session.ConnectOptions).

    Credentials default to the HUAWEICLOUD_SDK_AK / _SK / _PROJECT_ID / _SECURITY_TOKEN variables.
    """
    return Moderation(*connect_client("Content Moderation", ENDPOINTS, DEFAULT_REGION, **options))


def connect_async(**options: Unpack[ConnectOptions]) -> AsyncModeration:
    """Asyncio twin of `connect`."""
    return AsyncModeration(*connect_client("Content Moderation", ENDPOINTS, DEFAULT_REGION, **options))
