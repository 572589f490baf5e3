# Copied from overrides/metastudio/service.py by scripts/generate.py — edit that file, not this copy.
"""MetaStudio as one object: typed calls, the zip upload and the waiters (sync and asyncio).

The generated functions take the project ID on every call, return `Model | ErrorModel | None`, and
stop at single calls. `MetaStudio` / `AsyncMetaStudio` fill in the project, return exactly the
documented model (errors raise, see common.responses), and add the short-job workflow: create →
upload the zip → commit → wait (backoff, deadline, progress) → the assessed job; the voice-training
tasks' methods come from training_service.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Unpack

from ...api.short_jobs import (
    commit_short_job,
    create_short_job,
    show_short_job,
)
from ...models import (
    CreateShortJobRequestBody,
    CreateShortJobResponseBody,
    Language,
    ShortJobType,
    ShowShortJobResponseBody,
)
from ...types import UNSET, Unset
from ..common import Backoff
from ..common.created import CreatedJobs
from ..common.facade import AsyncFacade, SyncFacade
from ..common.responses import expect_model
from ..common.waiting import DEFAULT_BACKOFF, apoll, checked_wait, poll
from ..huawei.facade import ProjectFacade
from ..huawei.session import ConnectOptions, connect_client
from . import jobs
from .training_service import AsyncTrainingJobs, TrainingJobs
from .uploads import aupload_zip, checked_zip, upload_zip

ENDPOINTS = {
    "cn-north-4": "https://metastudio.cn-north-4.myhuaweicloud.com",
    "cn-east-3": "https://metastudio.cn-east-3.myhuaweicloud.com",
}
DEFAULT_REGION = "cn-north-4"
DEFAULT_WAIT_TIMEOUT = 600.0

Progress = Callable[[ShowShortJobResponseBody], None]


_CREATE = "CreateShortJob"


def _created() -> CreatedJobs:
    return CreatedJobs("short job", "run_short_job()")


class _ShortJobs(ProjectFacade):
    @staticmethod
    def _create_body(job_type: ShortJobType, language: Language | Unset) -> CreateShortJobRequestBody:
        return CreateShortJobRequestBody(job_type=job_type, language=language)

    @staticmethod
    def _wait_args(job_id: str, timeout: float, backoff: Backoff, on_progress: Progress | None) -> dict[str, Any]:
        return {
            "is_done": jobs.is_finished,
            "status_of": jobs.state_of,
            "describe": f"short job {job_id}",
            "timeout": timeout,
            "backoff": backoff,
            "on_progress": on_progress or jobs.log_progress,
        }


class MetaStudio(_ShortJobs, TrainingJobs, SyncFacade):
    """Synchronous MetaStudio client (short jobs and voice-training tasks); the generated `client` stays
    usable directly."""

    def create_short_job(
        self,
        job_type: ShortJobType = ShortJobType.VOICE_ASSESS,
        language: Language | Unset = UNSET,
    ) -> CreateShortJobResponseBody:
        body = self._create_body(job_type, language)
        return expect_model(
            CreateShortJobResponseBody,
            create_short_job.sync(self.project_id, client=self.client, body=body),
        )

    def commit_short_job(self, job_id: str) -> None:
        commit_short_job.sync_detailed(self.project_id, job_id, client=self.client)

    def show_short_job(self, job_id: str) -> ShowShortJobResponseBody:
        return expect_model(
            ShowShortJobResponseBody,
            show_short_job.sync(self.project_id, job_id, client=self.client),
        )

    def upload_short_job_data(self, data_uploading_url: str, zip_path: str | Path) -> None:
        """PUT the zip to the job's pre-signed URL (streamed; retried like a read); UploadFailed on an error."""
        upload_zip(self.client, data_uploading_url, zip_path)

    def wait_for_short_job(
        self,
        job_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: Progress | None = None,
    ) -> ShowShortJobResponseBody:
        """Poll until the job ends; return it if it succeeded, raise ShortJobFailed, ShortJobAwaitingUser or
        WaitTimeout otherwise."""
        job = poll(
            lambda: self.show_short_job(job_id),
            **self._wait_args(job_id, timeout, backoff, on_progress),
        )
        return jobs.outcome(job)

    def run_short_job(
        self,
        zip_path: str | Path,
        *,
        job_type: ShortJobType = ShortJobType.VOICE_ASSESS,
        language: Language | Unset = UNSET,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: Progress | None = None,
    ) -> ShowShortJobResponseBody:
        """Create → upload `zip_path` → commit → wait. Every argument (and the zip) is checked before any
        request is sent (InvalidArgument, InvalidUpload); any exception after the create (Ctrl-C and
        asyncio cancellation too: see common.created) carries the job's id in `created_ids`."""
        checked_zip(zip_path)
        timeout, backoff, on_progress = checked_wait(timeout, backoff, on_progress)
        with _created() as created:
            with created.creating(_CREATE):
                job = self.create_short_job(job_type, language)
            created.add(job.job_id)
            self.upload_short_job_data(job.data_uploading_url, zip_path)
            self.commit_short_job(job.job_id)
            return self.wait_for_short_job(job.job_id, timeout=timeout, backoff=backoff, on_progress=on_progress)


class AsyncMetaStudio(_ShortJobs, AsyncTrainingJobs, AsyncFacade):
    """Asyncio twin of MetaStudio (same methods, awaitable)."""

    async def create_short_job(
        self,
        job_type: ShortJobType = ShortJobType.VOICE_ASSESS,
        language: Language | Unset = UNSET,
    ) -> CreateShortJobResponseBody:
        body = self._create_body(job_type, language)
        parsed = await create_short_job.asyncio(self.project_id, client=self.client, body=body)
        return expect_model(CreateShortJobResponseBody, parsed)

    async def commit_short_job(self, job_id: str) -> None:
        await commit_short_job.asyncio_detailed(self.project_id, job_id, client=self.client)

    async def show_short_job(self, job_id: str) -> ShowShortJobResponseBody:
        parsed = await show_short_job.asyncio(self.project_id, job_id, client=self.client)
        return expect_model(ShowShortJobResponseBody, parsed)

    async def upload_short_job_data(self, data_uploading_url: str, zip_path: str | Path) -> None:
        await aupload_zip(self.client, data_uploading_url, zip_path)

    async def wait_for_short_job(
        self,
        job_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: Progress | None = None,
    ) -> ShowShortJobResponseBody:
        """Poll until the job ends; return it if it succeeded, raise ShortJobFailed, ShortJobAwaitingUser or
        WaitTimeout otherwise."""
        args = self._wait_args(job_id, timeout, backoff, on_progress)
        job = await apoll(lambda: self.show_short_job(job_id), **args)
        return jobs.outcome(job)

    async def run_short_job(
        self,
        zip_path: str | Path,
        *,
        job_type: ShortJobType = ShortJobType.VOICE_ASSESS,
        language: Language | Unset = UNSET,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        backoff: Backoff = DEFAULT_BACKOFF,
        on_progress: Progress | None = None,
    ) -> ShowShortJobResponseBody:
        """Asyncio twin of MetaStudio.run_short_job."""
        checked_zip(zip_path)
        timeout, backoff, on_progress = checked_wait(timeout, backoff, on_progress)
        with _created() as created:
            with created.creating(_CREATE):
                job = await self.create_short_job(job_type, language)
            created.add(job.job_id)
            await self.upload_short_job_data(job.data_uploading_url, zip_path)
            await self.commit_short_job(job.job_id)
            return await self.wait_for_short_job(job.job_id, timeout=timeout, backoff=backoff, on_progress=on_progress)


def connect(**options: Unpack[ConnectOptions]) -> MetaStudio:
    """A MetaStudio client for `region` (default cn-north-4) or `base_url`, signing with AK/SK unless
    `token` is given (options: huawei.session.ConnectOptions).

    Credentials default to the HUAWEICLOUD_SDK_AK / _SK / _PROJECT_ID / _SECURITY_TOKEN variables.
    """
    return MetaStudio(*connect_client("MetaStudio", ENDPOINTS, DEFAULT_REGION, **options))


def connect_async(**options: Unpack[ConnectOptions]) -> AsyncMetaStudio:
    """Asyncio twin of `connect`."""
    return AsyncMetaStudio(*connect_client("MetaStudio", ENDPOINTS, DEFAULT_REGION, **options))
