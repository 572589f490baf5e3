"""The fake's control plane: JSON over HTTP under /_fakecloud (a prefix no vendor path uses), for tests
that drive a served fake from outside — another process, another language, a shell.

  GET    /_fakecloud/health                  {"status": "ok", "services": [...], "auth", "progression", ...}
  POST   /_fakecloud/reset                   forget every job, task, fault, logged call, rate-limit count → 204
  GET    /_fakecloud/jobs[?service=S]        {"jobs": [{"service", "kind", "id", "project_id", "state", "plan",
                                             "created"}, ...]}: MetaStudio and Moderation jobs, AMS tasks
  GET    /_fakecloud/jobs/{service}/{id}     one of them
  PUT    /_fakecloud/jobs/{service}/{id}/state
                                             {"state": "AUDIT_FAILED", "failed_code": ..., "failed_reason": ...}
                                             pins the job in that state → the job (details: jobs.py and the
                                             services' set_state)
  GET    /_fakecloud/faults                  {"faults": [{"id", ...the fault..., "hits", "remaining"}, ...]}
  POST   /_fakecloud/faults                  {"operation": "ShowShortJob", "status": 503, "times": 2} → 201 the fault
  DELETE /_fakecloud/faults[/{id}]           remove every fault, or one → 204
  GET    /_fakecloud/calls[?service=S&operation=O]   {"calls": [{"service", "operation", "method", "path",
                                             "status", "fault", "at"}, ...]}
  GET    /_fakecloud/coverage                {"operations": [...]}: the coverage table's rows

Errors: {"error": {"code", "message"}} with 400 (InvalidJson, InvalidFault, InvalidState), 404 (NotFound)
or 405 (MethodNotAllowed, with Allow). No authentication: the fake is for tests on 127.0.0.1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import coverage, jsonbody
from .faults import Fault, FaultError
from .faults.answers import fakecloud_error
from .jobs import JobNotFound, StateRefused

if TYPE_CHECKING:
    from .app import FakeCloud


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        document = jsonbody.parse(await request.body() or b"null")
    except jsonbody.BodyError as exc:
        raise ControlError(400, "InvalidJson", f"the body is not JSON the fake reads: {exc}") from None
    if not isinstance(document, dict):
        raise ControlError(400, "InvalidJson", "the body must be a JSON object")
    return document


class ControlError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def app(cloud: FakeCloud) -> Starlette:
    """The control plane of `cloud`, to mount at CONTROL_PREFIX."""

    def job_of(request: Request) -> dict[str, Any]:
        service, job_id = request.path_params["service"], request.path_params["job_id"]
        for job in cloud.jobs(service):
            if job.id == job_id:
                return job.as_dict()
        raise ControlError(404, "NotFound", f"no {service} job or task {job_id!r}")

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", **cloud.describe()})

    async def reset(request: Request) -> Response:
        cloud.reset()
        return Response(status_code=204)

    async def jobs(request: Request) -> Response:
        service = request.query_params.get("service")
        if service is not None and service not in cloud.controls:
            raise ControlError(400, "InvalidService", f"service {service!r} is not one of {', '.join(cloud.controls)}")
        return JSONResponse({"jobs": [job.as_dict() for job in cloud.jobs(service)]})

    async def job(request: Request) -> Response:
        return JSONResponse(job_of(request))

    async def job_state(request: Request) -> Response:
        body = await _json_object(request)
        state = body.pop("state", None)
        if not isinstance(state, str) or any(not isinstance(v, str) for v in body.values()):
            raise ControlError(400, "InvalidState", 'expected {"state": "<state>", "<detail>": "<text>", ...}')
        try:
            view = cloud.set_state(request.path_params["service"], request.path_params["job_id"], state, **body)
        except JobNotFound as exc:
            raise ControlError(404, "NotFound", str(exc)) from None
        except StateRefused as exc:
            raise ControlError(400, "InvalidState", str(exc)) from None
        return JSONResponse(view.as_dict())

    async def faults(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse({"faults": [rule.as_dict() for rule in cloud.faults.rules()]})
        if request.method == "DELETE":
            cloud.faults.clear()
            return Response(status_code=204)
        try:
            rule = cloud.faults.add_fault(Fault.from_dict(await _json_object(request)))
        except (FaultError, TypeError) as exc:
            raise ControlError(400, "InvalidFault", str(exc)) from None
        return JSONResponse(rule.as_dict(), status_code=201)

    async def fault(request: Request) -> Response:
        try:
            cloud.faults.remove(request.path_params["fault_id"])
        except KeyError:
            raise ControlError(404, "NotFound", f"no fault {request.path_params['fault_id']!r}") from None
        return Response(status_code=204)

    async def calls(request: Request) -> Response:
        query = request.query_params
        found = cloud.calls.list(query.get("service"), query.get("operation"))
        return JSONResponse({"calls": [call.as_dict() for call in found]})

    async def coverage_rows(request: Request) -> Response:
        return JSONResponse({"operations": [row.as_dict() for row in coverage.operations(cloud)]})

    async def control_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, ControlError):
            return fakecloud_error(exc.status, exc.code, exc.message)
        assert isinstance(exc, HTTPException)
        if exc.status_code == 405:
            response = fakecloud_error(
                405, "MethodNotAllowed", f"{request.method} is not allowed on {request.url.path}"
            )
            allowed = (exc.headers or {}).get("Allow", "").split(", ")
            response.headers["Allow"] = ", ".join(sorted(allowed))  # Starlette's order follows a set's
            return response
        return fakecloud_error(exc.status_code, "NotFound", f"no control-plane endpoint {request.url.path}")

    routes = [
        Route("/health", health, methods=["GET"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/jobs", jobs, methods=["GET"]),
        Route("/jobs/{service}/{job_id}", job, methods=["GET"]),
        Route("/jobs/{service}/{job_id}/state", job_state, methods=["PUT"]),
        Route("/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/faults/{fault_id}", fault, methods=["DELETE"]),
        Route("/calls", calls, methods=["GET"]),
        Route("/coverage", coverage_rows, methods=["GET"]),
    ]
    return Starlette(routes=routes, exception_handlers={ControlError: control_error, HTTPException: control_error})
