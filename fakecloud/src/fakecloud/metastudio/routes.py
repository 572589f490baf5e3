"""HTTP side of the fake MetaStudio: the short-job operations of specs/metastudio.yaml and the zip upload URL,
with the training-job operations and their upload URLs from training_routes.py.

The upload URL stands in for an OBS pre-signed URL (obs.py): PUT only, Content-Type application/zip (OBS
signs it), a token in the query instead of a signature, at most MAX_UPLOAD_BYTES (and MAX_HELD_BYTES of
uploads not yet committed over every job, counted as they arrive); errors are OBS-style XML.
"""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from ..huawei.service import Call, ErrorCodes, HuaweiService, RawPathRoute
from ..operations import Operation, SpecOperation
from ..settings import Settings
from . import training_routes
from .obs import obs_endpoint, read_upload
from .state import MetaStudioState
from .training_routes import guarded

SERVICE = "metastudio"
UPLOAD = SpecOperation(SERVICE, "UploadShortJobData", "PUT", "/_fake-obs/metastudio/{project_id}/{job_id}/data.zip")
UPLOADS = (UPLOAD, *training_routes.URLS)  # the routes beyond the spec that failure injection and the call log know
CODES = ErrorCodes(bad_json="MSS.10000002", invalid="MSS.10000003", project_mismatch="MSS.00010009",
                   internal="MSS.00000004", internal_message="Internal Error")  # fmt: skip


def service(settings: Settings, spec: dict[str, Any], state: MetaStudioState) -> tuple[HuaweiService, list[BaseRoute]]:
    """The fake MetaStudio and its routes (the spec's operations, then the upload URL)."""
    service = HuaweiService(settings, SERVICE, spec, CODES)

    async def create_short_job(call: Call) -> Response:
        job = state.create(
            call.path["project_id"],
            call.json["job_type"],
            call.json.get("language", "CN"),
        )
        url = call.request.url_for("upload", project_id=job.project_id, job_id=job.job_id)
        return JSONResponse(
            {
                "job_id": job.job_id,
                "data_uploading_url": f"{url}?token={job.upload_token}",
            }
        )

    async def commit_short_job(call: Call) -> Response:
        # the assessment reads the whole upload: in a worker thread, not on the event loop
        await anyio.to_thread.run_sync(state.commit, call.path["project_id"], call.path["job_id"])
        return Response(status_code=200)

    async def show_short_job(call: Call) -> Response:
        return JSONResponse(state.show(call.path["project_id"], call.path["job_id"]))

    async def show_job_audit_result(call: Call) -> Response:
        return JSONResponse(state.audit_result(call.path["project_id"], call.path["job_id"]))

    async def upload(request: Request) -> Response:
        data = await read_upload(request, ("application/zip",), state)
        held = len(data)
        try:
            state.store_upload(
                request.path_params["project_id"], request.path_params["job_id"],
                request.query_params.get("token", ""), data,
            )  # fmt: skip
            held = 0  # stored: held until committed (or replaced, or reset)
        finally:
            state.release(held)
        return Response(status_code=200)

    routes = service.routes(
        {
            "CreateShortJob": Operation(create_short_job, "creates a job in CREATING and its upload URL"),
            "CommitShortJob": Operation(guarded(commit_short_job), "assesses the upload and starts the job's plan"),
            "ShowShortJob": Operation(guarded(show_short_job), "one poll: the job advances along its plan"),
            "ShowJobAuditResult": Operation(guarded(show_job_audit_result), "reads the review made at commit "
                                            "(short jobs and training tasks)"),
            **training_routes.handlers(state.training),
        }
    )  # fmt: skip
    return service, [
        *routes,
        RawPathRoute(UPLOAD.path, obs_endpoint(upload), methods=[UPLOAD.method], name="upload"),
        *training_routes.upload_routes(state.training, state),
    ]
