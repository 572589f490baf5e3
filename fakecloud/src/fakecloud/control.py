"""The fake's control plane: JSON over HTTP under /_fakecloud (a prefix no vendor path uses), for tests
that drive a served fake from outside — another process, another language, a shell. The whole prefix is
the control plane's: `/_fakecloud` itself, and every path under it, with or without a trailing slash
(never redirected); its requests are neither logged as calls nor hit by faults.

  GET    /_fakecloud                         {"endpoints": [...]}: what is below
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

Errors: {"error": {"code", "message"}} with 400 (InvalidJson, InvalidFault, InvalidState, InvalidService,
InvalidOperation), 404 (NotFound), 405 (MethodNotAllowed, with Allow) or 413 (BodyTooLarge: a body beyond
MAX_BODY_BYTES). No authentication: the fake is for tests on 127.0.0.1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from . import jsonbody
from .faults import Fault, FaultError
from .faults.answers import fakecloud_error
from .jobs import JobNotFound, StateRefused
from .operations import UnknownOperation, UnknownService

if TYPE_CHECKING:
    from .app import FakeCloud

CONTROL_PREFIX = "/_fakecloud"
MAX_BODY_BYTES = 1 << 20  # a fault or a state is a few hundred bytes


async def _json_object(request: Request) -> dict[str, Any]:
    """The request's body, a JSON object of at most MAX_BODY_BYTES read as jsonbody.py reads bodies (within
    its limits), else a ControlError: 413 BodyTooLarge, or 400 InvalidJson — also for a key given twice,
    which the fake's own API refuses rather than keep the last."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise ControlError(413, "BodyTooLarge", f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        document = jsonbody.parse(bytes(body) or b"null", unique_keys=True)
    except jsonbody.TooLarge as exc:
        raise ControlError(413, "BodyTooLarge", str(exc)) from None
    except jsonbody.BodyError as exc:
        raise ControlError(400, "InvalidJson", f"the body is not JSON the fake reads: {exc}") from None
    if not isinstance(document, dict):
        raise ControlError(400, "InvalidJson", "the body must be a JSON object")
    return document


class ControlError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def beside(cloud: FakeCloud, vendor: ASGIApp) -> ASGIApp:
    """An ASGI app answering CONTROL_PREFIX (and everything under it) with the control plane of `cloud`,
    and every other path with `vendor`. A trailing slash is ignored: `/_fakecloud/health/` is `/health`."""
    control = app(cloud)

    async def dispatch(scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or (path != CONTROL_PREFIX and not path.startswith(CONTROL_PREFIX + "/")):
            await vendor(scope, receive, send)
            return
        route = path[len(CONTROL_PREFIX) :].rstrip("/") or "/"
        root = scope.get("root_path", "") + CONTROL_PREFIX
        await control({**scope, "root_path": root, "path": root + route}, receive, send)

    return dispatch


def app(cloud: FakeCloud) -> Starlette:
    """The control plane of `cloud`, answering paths below CONTROL_PREFIX (`beside()` puts it there)."""

    def job_of(request: Request) -> dict[str, Any]:
        service, job_id = request.path_params["service"], request.path_params["job_id"]
        for job in cloud.jobs(service):
            if job.id == job_id:
                return job.as_dict()
        raise ControlError(404, "NotFound", f"no {service} job or task {job_id!r}")

    async def index(request: Request) -> Response:
        endpoints = [f"{method} {CONTROL_PREFIX}{route.path}" for route in routes if route.path != "/"
                     for method in sorted(route.methods or ()) if method != "HEAD"]  # fmt: skip
        return JSONResponse({"endpoints": endpoints})

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", **cloud.describe()})

    async def reset(request: Request) -> Response:
        cloud.reset()
        return Response(status_code=204)

    async def jobs(request: Request) -> Response:
        return JSONResponse({"jobs": [job.as_dict() for job in cloud.jobs(request.query_params.get("service"))]})

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
        from . import coverage  # which lists this module's limits

        return JSONResponse({"operations": [row.as_dict() for row in coverage.operations(cloud)]})

    async def control_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, ControlError):
            return fakecloud_error(exc.status, exc.code, exc.message)
        if isinstance(exc, UnknownService | UnknownOperation):
            code = "InvalidService" if isinstance(exc, UnknownService) else "InvalidOperation"
            return fakecloud_error(400, code, str(exc))
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
        Route("/", index, methods=["GET"]),
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
    handlers = {ControlError: control_error, HTTPException: control_error, UnknownService: control_error,
                UnknownOperation: control_error}  # fmt: skip
    control = Starlette(routes=routes, exception_handlers=handlers)
    control.router.redirect_slashes = False  # beside() drops a trailing slash; nothing is redirected
    return control
