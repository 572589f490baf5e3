"""schemathesis against AMS: every action with schema-valid data, every action with schema-invalid data,
and a stateful run along the spec's links (create → describe → cancel → describe). Bounded, deterministic.

Tencent answers errors with HTTP 200 and an error envelope, so the status-based negative checks of
schemathesis cannot tell a refusal from a success. Instead: valid data must never get an envelope
that blames the request (validation, authentication, action, version) — only the answers about the
state of a task are allowed (ResourceNotFound for a TaskId that does not exist, FailedOperation for
cancelling a task that has ended) — and invalid data must always get a validation envelope. Requests
are rewritten from the spec's pseudo-paths to `POST /` and signed by the client's own Tc3Auth.

Tencent refuses a parameter the action does not define (UnknownParameter), at every level of its
input. The spec leaves its objects open (so that the generated models keep what a newer API sends);
schemathesis reads a copy whose request bodies say what the endpoint accepts: every object closed.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import hypothesis
import schemathesis
from ams_client import VERSION, Tc3Auth
from schemathesis import Case, GenerationMode

from contract.signed_session import SIGN_ME, signed_session
from contract.target import WRITE, ams_contract_target, spec_document

READ_ONLY = ("DescribeTaskDetail", "DescribeTasks")
VALIDATION_FAMILIES = {"MissingParameter", "InvalidParameter", "InvalidParameterValue", "UnknownParameter"}
STATE_ANSWERS = {"ResourceNotFound", "FailedOperation"}
AUTH_HEADERS = ("Authorization", "X-TC-Token")

target = ams_contract_target()
auth = Tc3Auth(target.credentials, service="ams", version=VERSION)


def sign(request: httpx.Request) -> None:
    """The client's own flow: pseudo-path rewrite, then TC3 signature."""
    next(auth.auth_flow(request))


session = signed_session(sign)
CALL: dict[str, Any] = {"session": session, "headers": {"Authorization": SIGN_ME}}


def _closed(schema: Any, components: dict[str, Any]) -> Any:
    """`schema` with its $refs inlined and every object with properties closed (additionalProperties false)."""
    if isinstance(schema, list):
        return [_closed(item, components) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        return _closed(components[schema["$ref"].rsplit("/", 1)[1]], components)
    closed = {key: _closed(value, components) for key, value in schema.items()}
    if "properties" in closed and "additionalProperties" not in closed:
        closed["additionalProperties"] = False
    return closed


def ams_spec_as_the_endpoint_reads_requests() -> dict[str, Any]:
    """The AMS spec with closed request bodies (responses keep their open schemas)."""
    document = copy.deepcopy(spec_document("ams"))
    components = document["components"]["schemas"]
    for item in document["paths"].values():
        for content in item["post"]["requestBody"]["content"].values():
            content["schema"] = _closed(content["schema"], components)
    return document


def _schema(mode: GenerationMode) -> Any:
    loaded: Any = schemathesis.openapi.from_dict(ams_spec_as_the_endpoint_reads_requests())
    # Extra headers are no mistake: HTTP allows any header, and the endpoint ignores those it does not
    # know. Authorization belongs to the signer: schemathesis neither generates nor mutates it.
    loaded.config.generation.update(modes=[mode], max_examples=25, deterministic=True, allow_extra_parameters=False,
                                    with_security_parameters=False)  # fmt: skip
    if target.cloud is not None:
        loaded.app = target.cloud.app
    else:
        loaded.config.update(base_url=target.base_url)
    return loaded if WRITE else loaded.include(operation_id=list(READ_ONLY))


positive = _schema(GenerationMode.POSITIVE)
negative = _schema(GenerationMode.NEGATIVE)


def error_code(response: Any) -> str | None:
    body = response.json()
    assert isinstance(body, dict) and isinstance(body.get("Response"), dict), f"no Response envelope: {response.text}"
    error = body["Response"].get("Error")
    assert body["Response"].get("RequestId"), f"no RequestId: {response.text}"
    return str(error["Code"]) if isinstance(error, dict) else None


def _family(code: str) -> str:
    return code.split(".", 1)[0]


def valid_request_accepted(ctx: Any, response: Any, case: Case[Any]) -> bool | None:
    """Schema-valid data is never refused for what it is; only a task's state may be answered with an error."""
    if case.meta is not None and case.meta.generation.mode.is_positive:
        code = error_code(response)
        assert code is None or _family(code) in STATE_ANSWERS, f"schema-valid request refused: {response.text}"
    return None


def invalid_request_refused(ctx: Any, response: Any, case: Case[Any]) -> bool | None:
    """Schema-invalid data always gets a validation error envelope (MissingParameter, InvalidParameter*, ...);
    a method other than the action's POST gets UnsupportedProtocol."""
    if case.meta is not None and case.meta.generation.mode.is_negative:
        code = error_code(response)
        expected = VALIDATION_FAMILIES if case.method.upper() == "POST" else {"UnsupportedProtocol"}
        assert code is not None and _family(code) in expected, f"invalid request accepted: {response.text}"
    return None


def prepare(case: Case[Any]) -> None:
    """Leave authentication to the signer (schemathesis may generate the security and token headers)."""
    for name in AUTH_HEADERS:
        if case.headers:
            case.headers.pop(name, None)


SETTINGS = hypothesis.settings(deadline=None, database=None, derandomize=True,
                               suppress_health_check=list(hypothesis.HealthCheck))  # fmt: skip


@positive.parametrize()  # type: ignore[untyped-decorator]
@SETTINGS
def test_valid_requests(case: Case[Any]) -> None:
    prepare(case)
    case.call_and_validate(**CALL, additional_checks=[valid_request_accepted])


@negative.parametrize()  # type: ignore[untyped-decorator]
@SETTINGS
def test_invalid_requests(case: Case[Any]) -> None:
    prepare(case)
    response = case.call(**CALL)
    case.validate_response(response, checks=[invalid_request_refused])


class AmsJourneys(positive.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        if target.cloud is not None:
            target.cloud.reset()

    def before_call(self, case: Case[Any]) -> None:
        prepare(case)

    def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
        return CALL

    def validate_response(self, response: Any, case: Case[Any], additional_checks: Any = None, **kwargs: Any) -> None:
        super().validate_response(response, case, additional_checks=[valid_request_accepted], **kwargs)


TestAmsJourneys = AmsJourneys.TestCase
TestAmsJourneys.settings = hypothesis.settings(
    max_examples=15, stateful_step_count=6, deadline=None, database=None, derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)  # fmt: skip
