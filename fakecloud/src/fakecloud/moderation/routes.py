"""HTTP side of the fake Content Moderation: create and query audio jobs, with AIS.* errors.

HuaweiService does the gateway check, JSON parsing (AIS.0014) and spec validation (AIS.0012); create
then checks what the schema cannot say:
- biz_type, or else both event_type and categories (AIS.0011, "Lack the request parameter");
- data.url is an absolute http(s) URL with a host (AIS.0022, "The URL is invalid."): the service
  cannot download anything else; a well-formed URL it cannot download makes the job `failed` later;
- a non-empty callback is an http(s) URL on a loopback host (AIS.0022): the fake never calls out of
  the machine.
A job that does not exist (or belongs to another project) is 400 AIS.0030 "Job not found", as the
query page shows. The audio URL is never fetched (rules.py derives the outcome from its text).
"""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from ..huawei.service import Call, ErrorCodes, HuaweiError, HuaweiService
from ..operations import Operation
from ..request_ids import request_id
from ..settings import Settings
from ..urls import url_problem
from .callbacks import callback_problem
from .state import JobNotFound, ModerationState

SERVICE = "moderation"
CODES = ErrorCodes(bad_json="AIS.0014", invalid="AIS.0012", project_mismatch="AIS.0004", internal="AIS.0003",
                   internal_message="Failed to complete the request because of an internal service error.",
                   bad_json_message="The JSON format of the input data is incorrect.",
                   invalid_message="The request parameter is not supported.",
                   project_mismatch_message="The request is unauthorized.")  # fmt: skip


def service(settings: Settings, spec: dict[str, Any], state: ModerationState) -> tuple[HuaweiService, list[BaseRoute]]:
    """The fake Content Moderation and its routes."""
    service = HuaweiService(settings, SERVICE, spec, CODES)

    async def create_audio_job(call: Call) -> Response:
        request = call.json
        if not request.get("biz_type") and not (request.get("event_type") and request.get("categories")):
            raise HuaweiError(
                400,
                "AIS.0011",
                "Lack the request parameter, or the request parameter is empty: "
                "pass biz_type, or both event_type and categories",
            )
        problem = url_problem(request["data"]["url"])
        if problem is not None:
            raise HuaweiError(400, "AIS.0022", f"The URL is invalid: data.url {problem}")
        if request.get("callback"):
            problem = callback_problem(request["callback"])
            if problem is not None:
                raise HuaweiError(400, "AIS.0022", f"The URL is invalid: {problem}")
        job = state.create(call.path["project_id"], request, request_id(call.request))
        return JSONResponse({"job_id": job.job_id, "request_id": job.request_id})

    async def show_audio_job(call: Call) -> Response:
        try:
            body = state.show(call.path["project_id"], call.path["job_id"], request_id(call.request))
        except JobNotFound:
            raise HuaweiError(400, "AIS.0030", "Job not found") from None
        return JSONResponse(body)

    routes = service.routes(
        {
            "CreateAudioModerationJob": Operation(create_audio_job, "creates a job, its outcome derived from the URL"),
            "ShowAudioModerationJob": Operation(show_audio_job, "one poll: running → succeeded or failed"),
        }
    )
    return service, list(routes)
