"""Tencent Cloud AMS as one object: typed calls, task waiters and listing over all pages (sync and asyncio).

The generated functions take request models, return `{"Response": ...}` envelopes typed as
`Result | Error`, and stop at single calls. `Ams` / `AsyncAms` take plain arguments (a media URL is
enough for a task), return exactly the action's result model — errors raise, see tencent.errors; the
RequestId is on every result — and add the workflow: create → wait (backoff, deadline, progress) →
verdicts, plus DescribeTasks over all pages.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Awaitable, Iterator, Sequence
from typing import Unpack

from ...api.audio_moderation import cancel_task, create_audio_moderation_task, describe_task_detail, describe_tasks
from ...client import Client
from ...models import (
    AudioModerationType,
    CancelTaskRequest,
    CancelTaskResult,
    CreateAudioModerationTaskRequest,
    CreateAudioModerationTaskResult,
    DescribeTaskDetailRequest,
    DescribeTaskDetailResult,
    DescribeTasksRequest,
    DescribeTasksResult,
    StorageInfo,
    TaskData,
    TaskFilter,
    TaskInput,
    TencentLanguage,
    User,
)
from ...types import UNSET, Unset
from ..common import Backoff, InvalidArgument, is_known
from ..common.arguments import required_text
from ..common.created import CreatedJobs
from ..common.facade import AsyncFacade, SyncFacade
from ..common.waiting import DEFAULT_BACKOFF, checked_wait
from ..tencent.envelope import unwrap
from ..tencent.session import ConnectOptions, connect_client
from . import tasks, waiter
from .paging import PageTokens

ENDPOINT = "https://ams.tencentcloudapi.com"
SERVICE = "ams"
VERSION = "2020-12-29"
MAX_TASKS_PER_CALL = 10
DEFAULT_WAIT_TIMEOUT = 3600.0

Media = TaskInput | StorageInfo | str
Detail = DescribeTaskDetailResult


def task_input(media: Media, name: str = "media") -> TaskInput:
    """A TaskInput for a media URL (or a StorageInfo, e.g. a COS BucketInfo); TaskInputs pass through.
    InvalidArgument naming `name` for anything else."""
    if isinstance(media, TaskInput):
        return media
    if isinstance(media, StorageInfo):
        return TaskInput(input_=media)
    if isinstance(media, str) and media:
        return TaskInput(input_=StorageInfo(url=media))
    raise InvalidArgument(name, f"expected a media URL, a StorageInfo or a TaskInput, got {media!r:.80}")


def _aware(value: datetime.datetime | Unset, name: str) -> datetime.datetime | Unset:
    if isinstance(value, datetime.datetime) and value.utcoffset() is None:
        raise InvalidArgument(name, "must be timezone-aware (it is sent as ISO 8601 with its offset)")
    return value


def _language(language: TencentLanguage | str | Unset | None) -> TencentLanguage | Unset:
    if language is None or isinstance(language, Unset):
        return UNSET
    member = TencentLanguage(language) if isinstance(language, str) else None
    if member is None or not is_known(member):  # the enum takes a newer server's values; X-TC-Language does not
        documented = " or ".join(f'"{m.value}"' for m in TencentLanguage)
        raise InvalidArgument("language", f"expected {documented} (the documented X-TC-Language values), got "
                                          f"{language!r:.80}")  # fmt: skip
    return member


def _task_inputs(media: Sequence[Media]) -> list[TaskInput]:
    """Every item of `media` as a TaskInput; InvalidArgument naming the first that cannot be one."""
    if isinstance(media, str | TaskInput | StorageInfo):
        raise InvalidArgument("media", "expected a list of media (one URL alone is a sequence of characters)")
    if not isinstance(media, Sequence):
        raise InvalidArgument("media", f"expected a list of media URLs, StorageInfos or TaskInputs, got "
                                       f"{type(media).__name__}")  # fmt: skip
    return [task_input(m, f"media[{index}]") for index, m in enumerate(media)]


_CREATE = "CreateAudioModerationTask"


def _created() -> CreatedJobs:
    return CreatedJobs("AMS task", "moderate()")


def _tasks_of(page: DescribeTasksResult) -> list[TaskData]:
    """The tasks of a page; a null item (kept as None by the parser) is skipped."""
    return [task for task in page.data if task is not None] if isinstance(page.data, list) else []


class _Ams:
    def __init__(self, client: Client, *, language: TencentLanguage | str | Unset | None = UNSET) -> None:
        self.client = client
        self.language = _language(language)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.client._base_url!r})"

    @staticmethod
    def _create_body(
        media: Sequence[Media],
        biz_type: str | Unset,
        type_: AudioModerationType | Unset,
        seed: str | Unset,
        callback_url: str | Unset,
        user: User | Unset,
    ) -> CreateAudioModerationTaskRequest:
        return CreateAudioModerationTaskRequest(
            tasks=_task_inputs(media),
            biz_type=biz_type,
            type_=type_,
            seed=seed,
            callback_url=callback_url,
            user=user,
        )

    @staticmethod
    def _list_body(
        limit: int | Unset,
        filter_: TaskFilter | Unset,
        page_token: str | Unset,
        start_time: datetime.datetime | Unset,
        end_time: datetime.datetime | Unset,
    ) -> DescribeTasksRequest:
        return DescribeTasksRequest(
            limit=limit,
            filter_=filter_,
            page_token=page_token,
            start_time=_aware(start_time, "start_time"),
            end_time=_aware(end_time, "end_time"),
        )

    @staticmethod
    def _batches(media: Sequence[Media]) -> list[list[TaskInput]]:
        """`media` as TaskInputs in batches of MAX_TASKS_PER_CALL, every item checked before any is sent."""
        inputs = _task_inputs(media)
        if not inputs:
            raise InvalidArgument("media", "nothing to moderate: the list is empty")
        return [inputs[i : i + MAX_TASKS_PER_CALL] for i in range(0, len(inputs), MAX_TASKS_PER_CALL)]

    @staticmethod
    def _verdicts(details: list[Detail]) -> list[Detail]:
        for detail in details:
            tasks.outcome(detail)
        return details


class Ams(_Ams, SyncFacade):
    """Synchronous AMS client; the generated `client` stays usable with the generated functions."""

    def create_audio_moderation_task(
        self,
        media: Sequence[Media],
        *,
        biz_type: str | Unset = UNSET,
        type_: AudioModerationType | Unset = UNSET,
        seed: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        user: User | Unset = UNSET,
    ) -> CreateAudioModerationTaskResult:
        """Submit up to 10 tasks (media URLs or TaskInputs); each gets a TaskResult with its TaskId or error Code."""
        body = self._create_body(media, biz_type, type_, seed, callback_url, user)
        parsed = create_audio_moderation_task.sync(client=self.client, body=body, x_tc_language=self.language)
        return unwrap(CreateAudioModerationTaskResult, parsed)

    def describe_task_detail(self, task_id: str, *, show_all_segments: bool | Unset = UNSET) -> Detail:
        body = DescribeTaskDetailRequest(task_id=required_text("task_id", task_id), show_all_segments=show_all_segments)
        return unwrap(Detail, describe_task_detail.sync(client=self.client, body=body, x_tc_language=self.language))

    def describe_tasks(
        self,
        *,
        limit: int | Unset = UNSET,
        filter_: TaskFilter | Unset = UNSET,
        page_token: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> DescribeTasksResult:
        """One page of tasks (newest first); without start_time the service lists the last 3 days."""
        body = self._list_body(limit, filter_, page_token, start_time, end_time)
        parsed = describe_tasks.sync(client=self.client, body=body, x_tc_language=self.language)
        return unwrap(DescribeTasksResult, parsed)

    def describe_tasks_pages(
        self,
        *,
        page_size: int | Unset = UNSET,
        filter_: TaskFilter | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> Iterator[DescribeTasksResult]:
        """Every page of the listing, following PageToken until the last page."""
        tokens = PageTokens()
        token: str | Unset = UNSET
        while True:
            page = self.describe_tasks(limit=page_size, filter_=filter_, page_token=token,
                                       start_time=start_time, end_time=end_time)  # fmt: skip
            yield page
            following = tokens.following(page)
            if following is None:
                return
            token = following

    def iter_tasks(
        self,
        *,
        page_size: int | Unset = UNSET,
        filter_: TaskFilter | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> Iterator[TaskData]:
        """Every task of the listing, across all pages (null items of a page skipped)."""
        for page in self.describe_tasks_pages(page_size=page_size, filter_=filter_, start_time=start_time,
                                              end_time=end_time):  # fmt: skip
            yield from _tasks_of(page)

    def cancel_task(self, task_id: str) -> CancelTaskResult:
        body = CancelTaskRequest(task_id=required_text("task_id", task_id))
        return unwrap(CancelTaskResult, cancel_task.sync(client=self.client, body=body, x_tc_language=self.language))

    def wait_for_tasks(
        self,
        task_ids: Sequence[str],
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: waiter.Progress | None = None,
        show_all_segments: bool | Unset = UNSET,
    ) -> list[Detail]:
        """Poll until every task has ended (FINISH, ERROR or CANCELLED); their details, in order. Never raises
        for a task's outcome: see `wait_for_task` / `moderate` for that."""

        def fetch(task_id: str) -> Detail:
            return self.describe_task_detail(task_id, show_all_segments=show_all_segments)

        return waiter.wait_for_tasks(fetch, task_ids, timeout=timeout, backoff=backoff, on_progress=on_progress)

    def wait_for_task(
        self,
        task_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: waiter.Progress | None = None,
        show_all_segments: bool | Unset = UNSET,
    ) -> Detail:
        """The details once the task FINISHes; TaskFailed (ERROR), TaskCancelled or WaitTimeout otherwise."""
        task_ids = [required_text("task_id", task_id)]
        details = self.wait_for_tasks(task_ids, timeout=timeout, backoff=backoff, on_progress=on_progress,
                                      show_all_segments=show_all_segments)  # fmt: skip
        return tasks.outcome(details[0])

    def moderate(
        self,
        media: Sequence[Media],
        *,
        biz_type: str | Unset = UNSET,
        type_: AudioModerationType | Unset = UNSET,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: waiter.Progress | None = None,
        show_all_segments: bool | Unset = UNSET,
    ) -> list[Detail]:
        """Create a task per media (10 per call) → wait for all → their verdicts, in order.

        TaskRejected if a task is not created (before waiting); once all have ended, TaskFailed or
        TaskCancelled for the first one that did not FINISH. Whatever fails part-way carries the ids of
        the tasks created until then in `created_ids` (they run on: wait for them or cancel them) —
        Ctrl-C and asyncio cancellation too, in a note and `created_ids` (common.created), and a WARNING
        names them.
        Creates and polls are paced to the documented 20 requests/s per action. Live audio never
        finishes by itself: create LIVE_AUDIO tasks with create_audio_moderation_task and end them with
        cancel_task.
        """
        timeout, backoff, on_progress = checked_wait(timeout, backoff, on_progress)
        batches = self._batches(media)
        with _created() as created:
            for batch in batches:
                with created.creating(_CREATE):
                    answer = self.create_audio_moderation_task(batch, biz_type=biz_type, type_=type_)
                created.add(*tasks.created_task_ids(answer, len(batch)))
            details = self.wait_for_tasks(created.ids, timeout=timeout, backoff=backoff, on_progress=on_progress,
                                          show_all_segments=show_all_segments)  # fmt: skip
            return self._verdicts(details)


class AsyncAms(_Ams, AsyncFacade):
    """Asyncio twin of Ams (same methods, awaitable; the page iterators are async iterators)."""

    async def create_audio_moderation_task(
        self,
        media: Sequence[Media],
        *,
        biz_type: str | Unset = UNSET,
        type_: AudioModerationType | Unset = UNSET,
        seed: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        user: User | Unset = UNSET,
    ) -> CreateAudioModerationTaskResult:
        body = self._create_body(media, biz_type, type_, seed, callback_url, user)
        parsed = await create_audio_moderation_task.asyncio(client=self.client, body=body, x_tc_language=self.language)
        return unwrap(CreateAudioModerationTaskResult, parsed)

    async def describe_task_detail(self, task_id: str, *, show_all_segments: bool | Unset = UNSET) -> Detail:
        body = DescribeTaskDetailRequest(task_id=required_text("task_id", task_id), show_all_segments=show_all_segments)
        parsed = await describe_task_detail.asyncio(client=self.client, body=body, x_tc_language=self.language)
        return unwrap(Detail, parsed)

    async def describe_tasks(
        self,
        *,
        limit: int | Unset = UNSET,
        filter_: TaskFilter | Unset = UNSET,
        page_token: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> DescribeTasksResult:
        body = self._list_body(limit, filter_, page_token, start_time, end_time)
        parsed = await describe_tasks.asyncio(client=self.client, body=body, x_tc_language=self.language)
        return unwrap(DescribeTasksResult, parsed)

    async def describe_tasks_pages(
        self,
        *,
        page_size: int | Unset = UNSET,
        filter_: TaskFilter | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> AsyncIterator[DescribeTasksResult]:
        tokens = PageTokens()
        token: str | Unset = UNSET
        while True:
            page = await self.describe_tasks(limit=page_size, filter_=filter_, page_token=token,
                                             start_time=start_time, end_time=end_time)  # fmt: skip
            yield page
            following = tokens.following(page)
            if following is None:
                return
            token = following

    async def iter_tasks(
        self,
        *,
        page_size: int | Unset = UNSET,
        filter_: TaskFilter | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> AsyncIterator[TaskData]:
        async for page in self.describe_tasks_pages(page_size=page_size, filter_=filter_, start_time=start_time,
                                                    end_time=end_time):  # fmt: skip
            for task in _tasks_of(page):
                yield task

    async def cancel_task(self, task_id: str) -> CancelTaskResult:
        body = CancelTaskRequest(task_id=required_text("task_id", task_id))
        parsed = await cancel_task.asyncio(client=self.client, body=body, x_tc_language=self.language)
        return unwrap(CancelTaskResult, parsed)

    async def wait_for_tasks(
        self,
        task_ids: Sequence[str],
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: waiter.Progress | None = None,
        show_all_segments: bool | Unset = UNSET,
    ) -> list[Detail]:
        def fetch(task_id: str) -> Awaitable[Detail]:
            return self.describe_task_detail(task_id, show_all_segments=show_all_segments)

        return await waiter.await_tasks(fetch, task_ids, timeout=timeout, backoff=backoff, on_progress=on_progress)

    async def wait_for_task(
        self,
        task_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: waiter.Progress | None = None,
        show_all_segments: bool | Unset = UNSET,
    ) -> Detail:
        task_ids = [required_text("task_id", task_id)]
        details = await self.wait_for_tasks(task_ids, timeout=timeout, backoff=backoff, on_progress=on_progress,
                                            show_all_segments=show_all_segments)  # fmt: skip
        return tasks.outcome(details[0])

    async def moderate(
        self,
        media: Sequence[Media],
        *,
        biz_type: str | Unset = UNSET,
        type_: AudioModerationType | Unset = UNSET,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: waiter.Progress | None = None,
        show_all_segments: bool | Unset = UNSET,
    ) -> list[Detail]:
        timeout, backoff, on_progress = checked_wait(timeout, backoff, on_progress)
        batches = self._batches(media)
        with _created() as created:
            for batch in batches:
                with created.creating(_CREATE):
                    answer = await self.create_audio_moderation_task(batch, biz_type=biz_type, type_=type_)
                created.add(*tasks.created_task_ids(answer, len(batch)))
            details = await self.wait_for_tasks(created.ids, timeout=timeout, backoff=backoff,
                                                on_progress=on_progress,
                                                show_all_segments=show_all_segments)  # fmt: skip
            return self._verdicts(details)


def connect(**options: Unpack[ConnectOptions]) -> Ams:
    """An AMS client for ams.tencentcloudapi.com (or `base_url`), signing with TC3-HMAC-SHA256
    (options: tencent.session.ConnectOptions).

    Credentials default to TENCENTCLOUD_SECRET_ID / _SECRET_KEY (+ _TOKEN), the region to
    TENCENTCLOUD_REGION (AMS needs none); `language` picks the language of error messages.
    """
    return Ams(connect_client(SERVICE, VERSION, ENDPOINT, **options), language=options.get("language"))


def connect_async(**options: Unpack[ConnectOptions]) -> AsyncAms:
    """Asyncio twin of `connect`."""
    return AsyncAms(connect_client(SERVICE, VERSION, ENDPOINT, **options), language=options.get("language"))
