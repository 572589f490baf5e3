"""HTTP side of the fake MetaStudio voice-training tasks: the training-jobs operations of specs/metastudio.yaml
and the upload URLs they hand out (stand-ins for OBS pre-signed URLs, see obs.py):

  PUT  /_fake-obs/metastudio/{project_id}/{job_id}/training/data.zip             application/zip (PACKAGE)
  PUT  /_fake-obs/metastudio/{project_id}/{job_id}/training/sentences/{i}.wav    audio/wav  (SEGMENT)
  PUT  /_fake-obs/metastudio/{project_id}/{job_id}/training/sentences/{i}.txt    text/plain (SEGMENT)
  PUT  /_fake-obs/metastudio/{project_id}/{job_id}/authorization-letter          any type
  GET  the same, with the token of the task's voice_authorization_url

Each URL carries the task's current token: ShowJobUploadingAddress issues a new one, which ends the old URLs.
"""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from ..huawei.service import Call, Handler, HuaweiError, RawPathRoute
from ..operations import Operation, SpecOperation
from .errors import Conflict, JobNotFound, NoData
from .obs import Holder, obs_endpoint, read_upload
from .training_review import sentence_count
from .training_state import JobQuery, TrainingJob, TrainingJobs, unix_seconds

SERVICE = "metastudio"
_OBS = "/_fake-obs/metastudio/{project_id}/{job_id}"
UPLOAD_DATA = SpecOperation(SERVICE, "UploadTrainingJobData", "PUT", f"{_OBS}/training/data.zip")
UPLOAD_SENTENCE = SpecOperation(SERVICE, "UploadTrainingSentence", "PUT", f"{_OBS}/training/sentences/{{file}}")
UPLOAD_LETTER = SpecOperation(SERVICE, "UploadAuthorizationLetter", "PUT", f"{_OBS}/authorization-letter")
READ_LETTER = SpecOperation(SERVICE, "ReadAuthorizationLetter", "GET", f"{_OBS}/authorization-letter")
URLS = (UPLOAD_DATA, UPLOAD_SENTENCE, UPLOAD_LETTER, READ_LETTER)
EDITIONS = {"CreateTrainingBasicJob": "BASIC", "CreateTrainingMiddleJob": "MIDDLE",
            "CreateTrainingAdvanceJob": "ADVANCE", "CreateTrainingThirdPartyJob": "THIRD_PARTY"}  # fmt: skip
SENTENCE_TYPES = {"wav": ("audio/wav", "audio/x-wav", "audio/wave"), "txt": ("text/plain",)}


def refusal(exc: Exception) -> HuaweiError:
    """The vendor error a refused operation answers with."""
    if isinstance(exc, JobNotFound):
        return HuaweiError(400, "MSS.10001002", f"Illegal URL parameter, please check: {exc}")
    if isinstance(exc, NoData):
        return HuaweiError(400, "MSS.10001004", str(exc))
    return HuaweiError(400, "MSS.00000003", f"Invalid parameter: {exc}")


def guarded(handler: Handler) -> Handler:
    """`handler` answering JobNotFound, Conflict and NoData as the service does (refusal)."""

    async def guarded(call: Call) -> Response:
        try:
            return await handler(call)
        except (JobNotFound, Conflict, NoData) as exc:
            raise refusal(exc) from None

    return guarded


class _Urls:
    """The upload URLs of a task, absolute, as the request that asks for them reaches the fake."""

    def __init__(self, request: Request, job: TrainingJob) -> None:
        self.request, self.job = request, job

    def _url(self, name: str, **params: str) -> str:
        url = self.request.url_for(name, project_id=self.job.project_id, job_id=self.job.job_id, **params)
        return f"{url}?token={self.job.token}"

    def package(self) -> str | None:
        return self._url("training_data") if self.job.create_type == "PACKAGE" else None

    def sentences(self) -> dict[str, list[str]] | None:
        if self.job.create_type != "SEGMENT":
            return None
        count = range(sentence_count(self.job.job_type) or 0)
        return {"audio_uploading_url": [self._url("training_sentence", file=f"{i}.wav") for i in count],
                "txt_uploading_url": [self._url("training_sentence", file=f"{i}.txt") for i in count]}  # fmt: skip

    def letter(self) -> str:
        return self._url("authorization_letter")


def _query(call: Call) -> JobQuery:
    """ListVoiceTrainingJob's query string (already validated against the spec) as a JobQuery."""
    query = call.request.query_params

    def time(name: str) -> float | None:
        value = query.get(name)
        try:
            return unix_seconds(value) if value is not None else None
        except ValueError:
            raise HuaweiError(400, "MSS.10000003", f"Parameter validation abnormal: {name} is not an RFC 3339 "
                              f"time: {value!r}") from None  # fmt: skip

    flag = query.get("is_ondemand_resource")
    states = query.get("state")
    return JobQuery(
        offset=int(query.get("offset", 0)), limit=int(query.get("limit", 10)),
        create_since=time("create_since"), create_until=time("create_until"),
        update_since=time("update_since"), update_until=time("update_until"),
        states=frozenset(states.split(",")) if states else None, job_id=query.get("job_id"),
        voice_name=query.get("voice_name"), tag=query.get("tag"), job_type=query.get("job_type"),
        batch_name=query.get("batch_name"), is_ondemand_resource=None if flag is None else flag.lower() == "true",
        app_user_id=call.request.headers.get("x-app-userid"),
        sort_key=query.get("sort_key", "create_time"), descending=query.get("sort_dir", "desc") == "desc",
    )  # fmt: skip


def handlers(jobs: TrainingJobs) -> dict[str, Operation[Handler]]:
    """The training-jobs operations, by operationId."""

    def create(job_type: str) -> Handler:
        async def create_job(call: Call) -> Response:
            job = jobs.create(call.path["project_id"], job_type, call.json, call.request.headers.get("x-app-userid"))
            urls = _Urls(call.request, job)
            body: dict[str, Any] = {"job_id": job.job_id, "authorization_letter_uploading_url": urls.letter()}
            if (package := urls.package()) is not None:
                body["training_data_uploading_url"] = package
            if (sentences := urls.sentences()) is not None:
                body["segment_uploading_url"] = sentences
            return JSONResponse(body)

        return create_job

    async def show_uploading_address(call: Call) -> Response:
        urls = _Urls(call.request, jobs.renew_urls(call.path["project_id"], call.path["job_id"]))
        body: dict[str, Any] = {"authorization_letter_uploading_url": urls.letter()}
        if (package := urls.package()) is not None:
            body["package_url"] = {"training_data_uploading_url": package}
        if (sentences := urls.sentences()) is not None:
            body["segment_url"] = sentences
        return JSONResponse(body)

    async def commit(call: Call) -> Response:
        # the review reads the whole upload: in a worker thread, not on the event loop
        await anyio.to_thread.run_sync(jobs.commit, call.path["project_id"], call.path["job_id"], call.json or {})
        return Response(status_code=200)

    async def show(call: Call) -> Response:
        return JSONResponse(jobs.show(call.path["project_id"], call.path["job_id"]))

    async def list_jobs(call: Call) -> Response:
        count, page = jobs.list(call.path["project_id"], _query(call))
        return JSONResponse({"count": count, "jobs": page})

    async def delete(call: Call) -> Response:
        jobs.delete(call.path["project_id"], call.path["job_id"])
        return Response(status_code=200)

    async def confirm(call: Call) -> Response:
        query = call.request.query_params
        confirmed, unmatched = await anyio.to_thread.run_sync(jobs.confirm, call.path["project_id"],
                                                              query["job_id"], int(query["index"]))  # fmt: skip
        return JSONResponse({"confirm_result": confirmed, "unmatched_index_hit": unmatched})

    async def segment_info(call: Call) -> Response:
        confirmed = jobs.confirmed(call.path["project_id"], call.request.query_params["job_id"])
        return JSONResponse({"confirmed_index": confirmed})

    operations: dict[str, tuple[Handler, str]] = {
        **{operation: (create(edition), f"creates a {edition} task in CREATING and its upload URLs")
           for operation, edition in EDITIONS.items()},
        "ShowJobUploadingAddress": (show_uploading_address, "new upload URLs (the old ones stop working)"),
        "CommitVoiceTrainingJob": (commit, "reviews the data; → AUDIT_FAILED, or on through training to SUCCEED"),
        "ShowVoiceTrainingJob": (show, "one poll: the task advances along its plan"),
        "ListVoiceTrainingJob": (list_jobs, "filters, sorts and pages the project's tasks (not a poll)"),
        "DeleteVoiceTrainingJob": (delete, "removes a task the service is not working on"),
        "ConfirmTrainingSegment": (confirm, "checks an uploaded sentence (in order) and marks it confirmed"),
        "ShowTrainingSegmentInfo": (segment_info, "the confirmed sentences"),
    }  # fmt: skip
    return {name: Operation(guarded(handler), what) for name, (handler, what) in operations.items()}


def upload_routes(jobs: TrainingJobs, holder: Holder) -> list[BaseRoute]:
    """The routes of the upload URLs (see the module docstring). An upload counts in `holder` while it is
    received (the fake's MAX_HELD_BYTES), and then as long as its task keeps it (TrainingJobs)."""

    async def received(request: Request, content_types: tuple[str, ...]) -> bytes:
        data = await read_upload(request, content_types, holder)
        holder.release(len(data))  # received: the task counts it again if it keeps it
        return data

    def target(request: Request) -> tuple[str, str, str]:
        params = request.path_params
        return params["project_id"], params["job_id"], request.query_params.get("token", "")

    async def data(request: Request) -> Response:
        jobs.store_package(*target(request), await received(request, ("application/zip",)))
        return Response(status_code=200)

    async def sentence(request: Request) -> Response:
        index, _, kind = request.path_params["file"].partition(".")
        if not index.isdecimal() or str(int(index)) != index or kind not in SENTENCE_TYPES:  # 0.wav, not 007.wav
            raise LookupError(request.path_params["file"])
        jobs.store_sentence(*target(request), int(index), kind, await received(request, SENTENCE_TYPES[kind]))
        return Response(status_code=200)

    async def letter(request: Request) -> Response:
        if request.method == "GET":
            project_id, job_id, token = target(request)
            return Response(jobs.letter(project_id, job_id, token), media_type="application/octet-stream")
        content = await received(request, ())
        jobs.store_letter(*target(request), content, str(request.url.remove_query_params("token")))
        return Response(status_code=200)

    return [
        RawPathRoute(UPLOAD_DATA.path, obs_endpoint(data), methods=["PUT"], name="training_data"),
        RawPathRoute(UPLOAD_SENTENCE.path, obs_endpoint(sentence), methods=["PUT"], name="training_sentence"),
        RawPathRoute(UPLOAD_LETTER.path, obs_endpoint(letter), methods=["PUT", "GET"], name="authorization_letter"),
    ]
