"""schemathesis against MetaStudio: every operation, all default checks, and a stateful run along
the spec's links (create → commit → show / audit result). Bounded and deterministic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import hypothesis
import schemathesis
from metastudio_client import AkSkAuth
from schemathesis import Case

from contract.signed_session import SIGN_ME, signed_session
from contract.target import WRITE, contract_target

SPEC = Path(__file__).resolve().parents[2] / "specs" / "metastudio.yaml"
AUTH_HEADERS = ("Authorization", "X-Sdk-Date", "X-Auth-Token", "X-Project-Id")

target = contract_target()
session = signed_session(AkSkAuth(target.credentials).sign)
schema: Any = schemathesis.openapi.from_path(SPEC)
schema.config.generation.update(max_examples=25, deterministic=True)
if target.cloud is not None:
    schema.app = target.cloud.app
else:
    schema.config.update(base_url=target.base_url)
if not WRITE:
    schema = schema.include(method="GET")


CALL: dict[str, Any] = {"session": session, "headers": {"Authorization": SIGN_ME}}
VALIDATION_CODES = {"MSS.10000002", "MSS.10000003"}  # the fake's (and service's) codes for malformed input
# MetaStudio answers "no such job" with 400 (MSS.10001002), not 404, so a 400 is an acceptable answer to
# schema-valid data — as long as it is not a validation error, which `not_rejected_as_invalid` checks.
schema.config.checks.positive_data_acceptance.expected_statuses.append("400")


def not_rejected_as_invalid(ctx: Any, response: Any, case: Case[Any]) -> bool | None:
    """Schema-valid data must never fail the service's own validation."""
    if case.meta is not None and case.meta.generation.mode.is_positive and response.status_code == 400:
        code = response.json().get("error_code")
        assert code not in VALIDATION_CODES, f"schema-valid request rejected as invalid: {response.text}"
    return None


def prepare(case: Case[Any]) -> None:
    """Call as the credentials' project, and leave authentication to the signer."""
    case.path_parameters = {**(case.path_parameters or {}), "project_id": target.credentials.project_id}
    for name in AUTH_HEADERS:
        if case.headers:
            case.headers.pop(name, None)


@schema.parametrize()  # type: ignore[untyped-decorator]
@hypothesis.settings(deadline=None, database=None, derandomize=True, suppress_health_check=list(hypothesis.HealthCheck))
def test_operation(case: Case[Any]) -> None:
    prepare(case)
    case.call_and_validate(**CALL, additional_checks=[not_rejected_as_invalid])


class MetaStudioJourneys(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        if target.cloud is not None:
            target.cloud.reset()

    def before_call(self, case: Case[Any]) -> None:
        prepare(case)

    def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
        return CALL

    def validate_response(self, response: Any, case: Case[Any], additional_checks: Any = None, **kwargs: Any) -> None:
        super().validate_response(response, case, additional_checks=[not_rejected_as_invalid], **kwargs)


TestMetaStudioJourneys = MetaStudioJourneys.TestCase
TestMetaStudioJourneys.settings = hypothesis.settings(
    max_examples=15, stateful_step_count=6, deadline=None, database=None, derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)  # fmt: skip
