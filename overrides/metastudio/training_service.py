"""MetaStudio voice-training tasks on the facade (mixed into MetaStudio / AsyncMetaStudio, service.py).

The generated functions are one per operation, one per edition for creation, and take the project, a
request model and every header on each call. These methods fill in the project, pick the edition's
operation, take the fields as keywords, return exactly the documented model (errors raise), and add
the workflow: run_training_job (create → upload the zip, PACKAGE → commit → wait), the wait through the
states (training.py says which end it and how), resubmit_training_job after a rejection, and listing
page by page or as one iterator.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypedDict, Unpack

from ...api.short_jobs import show_job_audit_result
from ...api.training_jobs import (
    commit_voice_training_job,
    confirm_training_segment,
    create_training_advance_job,
    create_training_basic_job,
    create_training_middle_job,
    create_training_third_party_job,
    delete_voice_training_job,
    list_voice_training_job,
    show_job_uploading_address,
    show_training_segment_info,
    show_voice_training_job,
)
from ...models import (
    CommitVoiceTrainingJobRequestBody,
    ConfirmTrainingSegmentResponseBody,
    CreateTrainingJobRequestBody,
    CreateTrainingJobResponseBody,
    CreateType,
    JobTag,
    Language,
    ListVoiceTrainingJobResponseBody,
    Sex,
    ShowJobAuditResultResponseBody,
    ShowJobUploadingAddressResponseBody,
    ShowTrainingSegmentInfoResponseBody,
    SortDirection,
    SupportedService,
    TrainingJobSortKey,
    TrainingJobState,
    TrainingJobType,
    VoiceTrainingJob,
)
from ...types import UNSET, Unset
from ..common import InvalidArgument, UnexpectedResponse
from ..common.created import CreatedJobs
from ..common.responses import expect_model
from ..common.waiting import Backoff, apoll, checked_wait, poll
from ..huawei.facade import ProjectFacade
from . import training
from .training import TRAINING_BACKOFF, TrainingDataRejected, TrainingJobResult
from .uploads import (
    UPLOAD_LETTER,
    UPLOAD_SENTENCE,
    UPLOAD_TRAINING_DATA,
    WAV_TYPE,
    aupload_file,
    aupload_text,
    aupload_zip,
    checked_file,
    checked_zip,
    upload_file,
    upload_text,
    upload_zip,
)

CREATE = {
    TrainingJobType.BASIC: create_training_basic_job,
    TrainingJobType.MIDDLE: create_training_middle_job,
    TrainingJobType.ADVANCE: create_training_advance_job,
    TrainingJobType.THIRD_PARTY: create_training_third_party_job,
}
LETTER_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}
TrainingProgress = Callable[[VoiceTrainingJob], None]


class TrainingJobFields(TypedDict, total=False):
    """The optional fields of a new voice-training task (CreateTrainingJobRequestBody)."""

    sex: Sex
    language: Language
    tag: JobTag
    description: str
    phone: str
    dhtms_job_id: str
    batch_name: str
    output_language: str
    custom_text: str
    is_ondemand_resource: bool
    supported_service: list[SupportedService]


class CommitFields(TypedDict, total=False):
    """What a submission may change (CommitVoiceTrainingJobRequestBody)."""

    voice_name: str
    sex: Sex
    language: Language
    tag: JobTag
    description: str
    phone: str
    app_user_id: str
    output_language: str
    custom_text: str


class TrainingJobFilters(TypedDict, total=False):
    """ListVoiceTrainingJob's filters and order. `state`: one state or several; the times: aware datetimes
    (sent as RFC 3339 in UTC), bounds included; `app_user_id`: only that third-party user's tasks."""

    state: TrainingJobState | str | Iterable[TrainingJobState | str]
    job_id: str
    voice_name: str
    tag: JobTag
    job_type: TrainingJobType
    batch_name: str
    create_since: datetime
    create_until: datetime
    update_since: datetime
    update_until: datetime
    is_ondemand_resource: bool
    sort_key: TrainingJobSortKey
    sort_dir: SortDirection
    app_user_id: str


ENUMS: dict[str, type[Any]] = {
    "sex": Sex, "language": Language, "tag": JobTag, "create_type": CreateType, "supported_service": SupportedService,
    "job_type": TrainingJobType, "sort_key": TrainingJobSortKey, "sort_dir": SortDirection,
}  # fmt: skip


def _enums(fields: Mapping[str, Any]) -> dict[str, Any]:
    """`fields` with enum values given as text turned into the enum's member (an unknown value is kept as a
    pseudo-member, common.compat, and sent as given)."""
    found = dict(fields)
    for name, kind in ENUMS.items():
        value = found.get(name)
        if isinstance(value, str) and not isinstance(value, kind):
            found[name] = kind(value)
        elif name == "supported_service" and isinstance(value, list):
            found[name] = [kind(item) for item in value]
    return found


def _utc(name: str, moment: datetime) -> datetime:
    if not isinstance(moment, datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidArgument(name, f"expected a timezone-aware datetime (e.g. datetime.now(UTC)), got {moment!r}")
    return moment.astimezone(UTC)


def _states(state: TrainingJobState | str | Iterable[TrainingJobState | str]) -> str:
    values = [state] if isinstance(state, str) else list(state)
    if not values or not all(isinstance(v, str) and v for v in values):
        raise InvalidArgument("state", f"expected a state or several, got {state!r}")
    return ",".join(str(value) for value in values)


def _app_user(app_user_id: str | None) -> dict[str, str]:
    return {"x_app_user_id": app_user_id} if app_user_id else {}


def _list_arguments(offset: int, limit: int, filters: TrainingJobFilters) -> dict[str, Any]:
    """The keyword arguments of list_voice_training_job for one page."""
    unknown = set(filters) - set(TrainingJobFilters.__annotations__)
    if unknown:
        raise TypeError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    found: dict[str, Any] = {"offset": offset, "limit": limit}
    given: dict[str, Any] = _enums(filters)
    for name, value in given.items():
        if name == "state":
            found["state"] = _states(value)
        elif name.startswith(("create_", "update_")):
            found[name] = _utc(name, value)
        elif name == "app_user_id":
            found.update(_app_user(value))
        else:
            found[name] = value
    return found


class _Listing:
    """Offset paging: the next offset after a page, the end of the listing, and jobs already listed (tasks
    created or deleted meanwhile shift the pages; a task is yielded once). The listing ends at `count`, or
    with a page that lists nothing new (empty, or only tasks already listed: a server that ignores the
    offset would otherwise be asked for ever)."""

    def __init__(self, page_size: int) -> None:
        if not 1 <= page_size <= 100:
            raise InvalidArgument("page_size", f"1 to 100 jobs a page (the service's limit), got {page_size}")
        self.offset, self.seen, self.yielded = 0, set[str](), set[str]()

    @staticmethod
    def jobs(page: ListVoiceTrainingJobResponseBody) -> list[VoiceTrainingJob]:
        """The page's jobs (a null item, which the parser keeps as None, left out)."""
        return [job for job in page.jobs if isinstance(job, VoiceTrainingJob)] if isinstance(page.jobs, list) else []

    def advance(self, page: ListVoiceTrainingJobResponseBody) -> bool:
        """Move past `page`; False once the listing has ended."""
        jobs = self.jobs(page)
        fresh = {job.job_id for job in jobs} - self.seen
        self.offset += len(page.jobs) if isinstance(page.jobs, list) else 0
        self.seen |= fresh
        total = page.count if isinstance(page.count, int) else None
        return bool(fresh) and (total is None or self.offset < total)

    def new(self, page: ListVoiceTrainingJobResponseBody) -> list[VoiceTrainingJob]:
        """The jobs of `page` not yielded before (each once)."""
        fresh = [job for job in self.jobs(page) if job.job_id not in self.yielded]
        self.yielded.update(job.job_id for job in fresh)
        return fresh


class _TrainingBase(ProjectFacade):
    @staticmethod
    def _create_call(edition: TrainingJobType) -> Any:
        try:
            return CREATE[TrainingJobType(edition)]
        except KeyError:
            editions = ", ".join(str(e) for e in CREATE)
            problem = f"{edition} tasks cannot be created through the API (one of {editions})"
            raise InvalidArgument("edition", problem) from None

    @staticmethod
    def _training_body(
        voice_name: str, create_type: CreateType | Unset, fields: TrainingJobFields
    ) -> CreateTrainingJobRequestBody:
        if not isinstance(voice_name, str) or not voice_name:
            raise InvalidArgument("voice_name", f"expected a non-empty name, got {voice_name!r}")
        return CreateTrainingJobRequestBody(voice_name=voice_name, **_enums({"create_type": create_type, **fields}))

    @staticmethod
    def _commit_body(fields: CommitFields) -> CommitVoiceTrainingJobRequestBody | Unset:
        return CommitVoiceTrainingJobRequestBody(**_enums(fields)) if fields else UNSET

    @staticmethod
    def _package_url(created: CreateTrainingJobResponseBody | ShowJobUploadingAddressResponseBody) -> str:
        if isinstance(created, CreateTrainingJobResponseBody):
            url = created.training_data_uploading_url
        else:
            url = created.package_url.training_data_uploading_url if not isinstance(created.package_url, Unset) \
                else UNSET  # fmt: skip
        if not isinstance(url, str) or not url:
            raise UnexpectedResponse(
                status_code=200,
                error_code=None,
                request_id=None,
                error_msg="the service gave no training_data_uploading_url (a SEGMENT task?)",
            )
        return url

    @staticmethod
    def _training_wait(job_id: str, timeout: float | None, backoff: Backoff, on_progress: TrainingProgress | None,
                       stop_for_user: bool, submitted: bool) -> dict[str, Any]:  # fmt: skip
        return {
            "is_done": lambda job: training.ends_wait(job, stop_for_user=stop_for_user, submitted=submitted),
            "status_of": training.state_of,
            "describe": f"training job {job_id}",
            "timeout": timeout,
            "deadline_required": False,  # training takes hours: None waits without a deadline
            "backoff": backoff,
            "on_progress": on_progress or training.log_progress,
        }

    @staticmethod
    def _letter(path: str | Path) -> tuple[Path, str]:
        """The letter's path, checked, and its content type (by its suffix)."""
        letter, _ = checked_file(path)
        return letter, LETTER_TYPES.get(letter.suffix.lower(), "application/octet-stream")

    @staticmethod
    def _result(job: VoiceTrainingJob, audit: ShowJobAuditResultResponseBody | None) -> TrainingJobResult:
        """The end of a wait (training.py): a result, or TrainingDataRejected (with `audit`) / TrainingJobFailed."""
        if job.state in training.REJECTED_STATES and audit is not None:
            raise TrainingDataRejected(job, audit)
        if job.state in training.FAILED_STATES:
            raise training.failure(job)
        return TrainingJobResult(job)

    @staticmethod
    def _created_note(exc: BaseException, job_id: str) -> None:
        """Say in a note how to resume or remove the task left behind (its id goes into `created_ids` through
        common.created, which wraps the workflow)."""
        exc.add_note(f"training job {job_id} was created: resume it with resubmit_training_job({job_id!r}, ...) "
                     f"or remove it with delete_voice_training_job({job_id!r})")  # fmt: skip


def _created() -> CreatedJobs:
    return CreatedJobs("training job", "run_training_job()")


_CREATE = "CreateTraining*Job"


class TrainingJobs(_TrainingBase):
    """Voice-training tasks, synchronous (mixed into MetaStudio)."""

    def create_training_job(
        self,
        voice_name: str,
        *,
        edition: TrainingJobType = TrainingJobType.BASIC,
        create_type: CreateType | Unset = UNSET,
        app_user_id: str | None = None,
        **fields: Unpack[TrainingJobFields],
    ) -> CreateTrainingJobResponseBody:
        """Create a task of `edition` (BASIC: 20 sentences, MIDDLE: 100, ADVANCE / THIRD_PARTY: one long
        recording); the answer carries its upload URLs. ValueError for an edition the API cannot create."""
        call = self._create_call(edition)
        body = self._training_body(voice_name, create_type, fields)
        parsed = call.sync(self.project_id, client=self.client, body=body, **_app_user(app_user_id))
        return expect_model(CreateTrainingJobResponseBody, parsed)

    def upload_training_job_data(self, training_data_uploading_url: str, zip_path: str | Path) -> None:
        """PUT the zip of a PACKAGE task (streamed, application/zip); InvalidUpload, UploadFailed."""
        upload_zip(self.client, training_data_uploading_url, zip_path, UPLOAD_TRAINING_DATA)

    def upload_training_sentence(self, audio_uploading_url: str, txt_uploading_url: str, wav_path: str | Path,
                                 text: str) -> None:  # fmt: skip
        """SEGMENT tasks: PUT one sentence's recording (audio/wav, streamed) and its text (text/plain)."""
        upload_file(self.client, UPLOAD_SENTENCE, audio_uploading_url, wav_path, WAV_TYPE)
        upload_text(self.client, txt_uploading_url, text)

    def upload_authorization_letter(self, authorization_letter_uploading_url: str, path: str | Path) -> None:
        """PUT the signed authorization letter (PDF, JPEG or PNG by its suffix), streamed."""
        upload_file(self.client, UPLOAD_LETTER, authorization_letter_uploading_url, *self._letter(path))

    def commit_voice_training_job(self, job_id: str, **fields: Unpack[CommitFields]) -> None:
        """Submit the task's uploaded data for review and training (again, after a rejection)."""
        commit_voice_training_job.sync_detailed(self.project_id, job_id, client=self.client,
                                                body=self._commit_body(fields))  # fmt: skip

    def show_voice_training_job(self, job_id: str) -> VoiceTrainingJob:
        return expect_model(VoiceTrainingJob, show_voice_training_job.sync(self.project_id, job_id, client=self.client))

    def show_job_uploading_address(self, job_id: str) -> ShowJobUploadingAddressResponseBody:
        """New upload URLs for the task (the previous ones may stop working)."""
        parsed = show_job_uploading_address.sync(self.project_id, job_id, client=self.client)
        return expect_model(ShowJobUploadingAddressResponseBody, parsed)

    def delete_voice_training_job(self, job_id: str) -> None:
        """Delete the task; refused (ApiError) while the service is reviewing or training it."""
        delete_voice_training_job.sync_detailed(self.project_id, job_id, client=self.client)

    def confirm_training_segment(self, job_id: str, index: int) -> ConfirmTrainingSegmentResponseBody:
        """SEGMENT tasks: check sentence `index` (from 0) once its audio and text are uploaded."""
        parsed = confirm_training_segment.sync(self.project_id, client=self.client, job_id=job_id, index=index)
        return expect_model(ConfirmTrainingSegmentResponseBody, parsed)

    def show_training_segment_info(self, job_id: str) -> ShowTrainingSegmentInfoResponseBody:
        parsed = show_training_segment_info.sync(self.project_id, client=self.client, job_id=job_id)
        return expect_model(ShowTrainingSegmentInfoResponseBody, parsed)

    def list_voice_training_jobs(
        self, *, offset: int = 0, limit: int = 10, **filters: Unpack[TrainingJobFilters]
    ) -> ListVoiceTrainingJobResponseBody:
        """One page: `count` tasks match, `jobs` holds at most `limit` of them after the first `offset`."""
        parsed = list_voice_training_job.sync(self.project_id, client=self.client,
                                              **_list_arguments(offset, limit, filters))  # fmt: skip
        return expect_model(ListVoiceTrainingJobResponseBody, parsed)

    def voice_training_job_pages(
        self, *, page_size: int = 100, **filters: Unpack[TrainingJobFilters]
    ) -> Iterator[ListVoiceTrainingJobResponseBody]:
        """Every page of the listing, fetched as the iteration reaches it."""
        listing = _Listing(page_size)
        while True:
            page = self.list_voice_training_jobs(offset=listing.offset, limit=page_size, **filters)
            yield page
            if not listing.advance(page):
                return

    def iter_voice_training_jobs(
        self, *, page_size: int = 100, **filters: Unpack[TrainingJobFilters]
    ) -> Iterator[VoiceTrainingJob]:
        """Every task that matches, across pages, each once."""
        listing = _Listing(page_size)
        for page in self.voice_training_job_pages(page_size=page_size, **filters):
            yield from listing.new(page)

    def wait_for_training_job(
        self,
        job_id: str,
        *,
        timeout: float | None = None,
        backoff: Backoff = TRAINING_BACKOFF,
        on_progress: TrainingProgress | None = None,
        stop_for_user: bool = True,
    ) -> TrainingJobResult:
        """Poll until the task succeeds or waits for the user (its review of the voice, which `stop_for_user=False`
        waits through; or data to upload and submit, CREATING): TrainingJobResult. TrainingDataRejected
        (AUDIT_FAILED, with the rejected files), TrainingJobFailed, or WaitTimeout after `timeout` seconds
        (None: no deadline; training takes hours)."""
        return self._wait(job_id, timeout, backoff, on_progress, stop_for_user, submitted=False)

    def _wait(self, job_id: str, timeout: float | None, backoff: Backoff, on_progress: TrainingProgress | None,
              stop_for_user: bool, *, submitted: bool) -> TrainingJobResult:  # fmt: skip
        job = poll(lambda: self.show_voice_training_job(job_id),
                   **self._training_wait(job_id, timeout, backoff, on_progress, stop_for_user, submitted))  # fmt: skip
        rejected = job.state in training.REJECTED_STATES
        return self._result(job, self.show_job_audit_result(job_id) if rejected else None)

    def show_job_audit_result(self, job_id: str) -> ShowJobAuditResultResponseBody:
        """The review of the task's data: the system's (one entry per rejected file) and the administrator's."""
        parsed = show_job_audit_result.sync(self.project_id, job_id, client=self.client)
        return expect_model(ShowJobAuditResultResponseBody, parsed)

    def run_training_job(
        self,
        zip_path: str | Path,
        *,
        voice_name: str,
        edition: TrainingJobType = TrainingJobType.BASIC,
        authorization_letter: str | Path | None = None,
        app_user_id: str | None = None,
        timeout: float | None = None,
        backoff: Backoff = TRAINING_BACKOFF,
        on_progress: TrainingProgress | None = None,
        stop_for_user: bool = True,
        **fields: Unpack[TrainingJobFields],
    ) -> TrainingJobResult:
        """Create a PACKAGE task → upload `zip_path` (and the authorization letter) → commit → wait (see
        wait_for_training_job). The files and the wait's arguments are checked before any request is sent; an
        error after the create names the task (`created_ids`, and a note)."""
        checked_zip(zip_path)
        checked_wait(timeout, backoff, on_progress, deadline_required=False)  # before the first request
        letter = self._letter(authorization_letter) if authorization_letter is not None else None
        with _created() as jobs:
            with jobs.creating(_CREATE):
                created = self.create_training_job(voice_name, edition=edition, create_type=CreateType.PACKAGE,
                                                   app_user_id=app_user_id, **fields)  # fmt: skip
            jobs.add(created.job_id)
            try:
                self.upload_training_job_data(self._package_url(created), zip_path)
                if letter is not None and isinstance(created.authorization_letter_uploading_url, str):
                    upload_file(self.client, UPLOAD_LETTER, created.authorization_letter_uploading_url, *letter)
                self.commit_voice_training_job(created.job_id)
            except Exception as exc:
                self._created_note(exc, created.job_id)
                raise
            return self._wait(created.job_id, timeout, backoff, on_progress, stop_for_user, submitted=True)

    def resubmit_training_job(
        self,
        job_id: str,
        zip_path: str | Path,
        *,
        timeout: float | None = None,
        backoff: Backoff = TRAINING_BACKOFF,
        on_progress: TrainingProgress | None = None,
        stop_for_user: bool = True,
        **fields: Unpack[CommitFields],
    ) -> TrainingJobResult:
        """After TrainingDataRejected: new upload URL (ShowJobUploadingAddress) → upload the fixed zip →
        commit again (with `fields` changed) → wait, as run_training_job."""
        checked_zip(zip_path)
        checked_wait(timeout, backoff, on_progress, deadline_required=False)  # before the first request
        self.upload_training_job_data(self._package_url(self.show_job_uploading_address(job_id)), zip_path)
        self.commit_voice_training_job(job_id, **fields)
        return self._wait(job_id, timeout, backoff, on_progress, stop_for_user, submitted=True)


class AsyncTrainingJobs(_TrainingBase):
    """Asyncio twin of TrainingJobs (mixed into AsyncMetaStudio; same methods, awaitable; the listings are
    async iterators)."""

    async def create_training_job(
        self,
        voice_name: str,
        *,
        edition: TrainingJobType = TrainingJobType.BASIC,
        create_type: CreateType | Unset = UNSET,
        app_user_id: str | None = None,
        **fields: Unpack[TrainingJobFields],
    ) -> CreateTrainingJobResponseBody:
        call = self._create_call(edition)
        body = self._training_body(voice_name, create_type, fields)
        parsed = await call.asyncio(self.project_id, client=self.client, body=body, **_app_user(app_user_id))
        return expect_model(CreateTrainingJobResponseBody, parsed)

    async def upload_training_job_data(self, training_data_uploading_url: str, zip_path: str | Path) -> None:
        await aupload_zip(self.client, training_data_uploading_url, zip_path, UPLOAD_TRAINING_DATA)

    async def upload_training_sentence(self, audio_uploading_url: str, txt_uploading_url: str,
                                       wav_path: str | Path, text: str) -> None:  # fmt: skip
        await aupload_file(self.client, UPLOAD_SENTENCE, audio_uploading_url, wav_path, WAV_TYPE)
        await aupload_text(self.client, txt_uploading_url, text)

    async def upload_authorization_letter(self, authorization_letter_uploading_url: str, path: str | Path) -> None:
        await aupload_file(self.client, UPLOAD_LETTER, authorization_letter_uploading_url, *self._letter(path))

    async def commit_voice_training_job(self, job_id: str, **fields: Unpack[CommitFields]) -> None:
        await commit_voice_training_job.asyncio_detailed(self.project_id, job_id, client=self.client,
                                                         body=self._commit_body(fields))  # fmt: skip

    async def show_voice_training_job(self, job_id: str) -> VoiceTrainingJob:
        parsed = await show_voice_training_job.asyncio(self.project_id, job_id, client=self.client)
        return expect_model(VoiceTrainingJob, parsed)

    async def show_job_uploading_address(self, job_id: str) -> ShowJobUploadingAddressResponseBody:
        parsed = await show_job_uploading_address.asyncio(self.project_id, job_id, client=self.client)
        return expect_model(ShowJobUploadingAddressResponseBody, parsed)

    async def delete_voice_training_job(self, job_id: str) -> None:
        await delete_voice_training_job.asyncio_detailed(self.project_id, job_id, client=self.client)

    async def confirm_training_segment(self, job_id: str, index: int) -> ConfirmTrainingSegmentResponseBody:
        parsed = await confirm_training_segment.asyncio(self.project_id, client=self.client, job_id=job_id,
                                                        index=index)  # fmt: skip
        return expect_model(ConfirmTrainingSegmentResponseBody, parsed)

    async def show_training_segment_info(self, job_id: str) -> ShowTrainingSegmentInfoResponseBody:
        parsed = await show_training_segment_info.asyncio(self.project_id, client=self.client, job_id=job_id)
        return expect_model(ShowTrainingSegmentInfoResponseBody, parsed)

    async def list_voice_training_jobs(
        self, *, offset: int = 0, limit: int = 10, **filters: Unpack[TrainingJobFilters]
    ) -> ListVoiceTrainingJobResponseBody:
        parsed = await list_voice_training_job.asyncio(self.project_id, client=self.client,
                                                       **_list_arguments(offset, limit, filters))  # fmt: skip
        return expect_model(ListVoiceTrainingJobResponseBody, parsed)

    async def voice_training_job_pages(
        self, *, page_size: int = 100, **filters: Unpack[TrainingJobFilters]
    ) -> AsyncIterator[ListVoiceTrainingJobResponseBody]:
        listing = _Listing(page_size)
        while True:
            page = await self.list_voice_training_jobs(offset=listing.offset, limit=page_size, **filters)
            yield page
            if not listing.advance(page):
                return

    async def iter_voice_training_jobs(
        self, *, page_size: int = 100, **filters: Unpack[TrainingJobFilters]
    ) -> AsyncIterator[VoiceTrainingJob]:
        listing = _Listing(page_size)
        async for page in self.voice_training_job_pages(page_size=page_size, **filters):
            for job in listing.new(page):
                yield job

    async def wait_for_training_job(
        self,
        job_id: str,
        *,
        timeout: float | None = None,
        backoff: Backoff = TRAINING_BACKOFF,
        on_progress: TrainingProgress | None = None,
        stop_for_user: bool = True,
    ) -> TrainingJobResult:
        return await self._wait(job_id, timeout, backoff, on_progress, stop_for_user, submitted=False)

    async def _wait(
        self,
        job_id: str,
        timeout: float | None,
        backoff: Backoff,
        on_progress: TrainingProgress | None,
        stop_for_user: bool,
        *,
        submitted: bool,
    ) -> TrainingJobResult:
        job = await apoll(lambda: self.show_voice_training_job(job_id),
                          **self._training_wait(job_id, timeout, backoff, on_progress, stop_for_user,
                                                submitted))  # fmt: skip
        rejected = job.state in training.REJECTED_STATES
        return self._result(job, await self.show_job_audit_result(job_id) if rejected else None)

    async def show_job_audit_result(self, job_id: str) -> ShowJobAuditResultResponseBody:
        parsed = await show_job_audit_result.asyncio(self.project_id, job_id, client=self.client)
        return expect_model(ShowJobAuditResultResponseBody, parsed)

    async def run_training_job(
        self,
        zip_path: str | Path,
        *,
        voice_name: str,
        edition: TrainingJobType = TrainingJobType.BASIC,
        authorization_letter: str | Path | None = None,
        app_user_id: str | None = None,
        timeout: float | None = None,
        backoff: Backoff = TRAINING_BACKOFF,
        on_progress: TrainingProgress | None = None,
        stop_for_user: bool = True,
        **fields: Unpack[TrainingJobFields],
    ) -> TrainingJobResult:
        checked_zip(zip_path)
        checked_wait(timeout, backoff, on_progress, deadline_required=False)  # before the first request
        letter = self._letter(authorization_letter) if authorization_letter is not None else None
        with _created() as jobs:
            with jobs.creating(_CREATE):
                created = await self.create_training_job(voice_name, edition=edition, create_type=CreateType.PACKAGE,
                                                         app_user_id=app_user_id, **fields)  # fmt: skip
            jobs.add(created.job_id)
            try:
                await self.upload_training_job_data(self._package_url(created), zip_path)
                if letter is not None and isinstance(created.authorization_letter_uploading_url, str):
                    await aupload_file(self.client, UPLOAD_LETTER, created.authorization_letter_uploading_url, *letter)
                await self.commit_voice_training_job(created.job_id)
            except Exception as exc:
                self._created_note(exc, created.job_id)
                raise
            return await self._wait(created.job_id, timeout, backoff, on_progress, stop_for_user, submitted=True)

    async def resubmit_training_job(
        self,
        job_id: str,
        zip_path: str | Path,
        *,
        timeout: float | None = None,
        backoff: Backoff = TRAINING_BACKOFF,
        on_progress: TrainingProgress | None = None,
        stop_for_user: bool = True,
        **fields: Unpack[CommitFields],
    ) -> TrainingJobResult:
        checked_zip(zip_path)
        checked_wait(timeout, backoff, on_progress, deadline_required=False)  # before the first request
        await self.upload_training_job_data(self._package_url(await self.show_job_uploading_address(job_id)),
                                            zip_path)  # fmt: skip
        await self.commit_voice_training_job(job_id, **fields)
        return await self._wait(job_id, timeout, backoff, on_progress, stop_for_user, submitted=True)
