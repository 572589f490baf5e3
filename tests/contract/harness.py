"""The schemathesis set-up every Huawei service's contract module shares.

A contract module builds one HuaweiContract — its spec pointed at the target (target.py), requests
signed by the tested package's own signer (signed_session.py) — and declares its tests with it
(pytest only collects module-level names):

    contract = HuaweiContract("moderation", HuaweiCredentials, AkSkAuth, validation_codes={...})

    @contract.schema.parametrize()
    @STATELESS
    def test_operation(case: schemathesis.Case[Any]) -> None:
        contract.call(case)

    TestModerationJourneys = contract.journeys()   # stateful, along the spec's links

The journeys wander; `along_links` walks one given path of operations, each step's parameters taken from
the previous answer through the spec's link to it (a link missing from the spec fails the walk).

Runs are bounded and deterministic. Huawei services answer "no such job" with 400 rather than 404,
so a 400 is an acceptable answer to schema-valid data — unless its error code is one of the
service's validation codes, which `not_rejected_as_invalid` checks.
"""

from __future__ import annotations

import unittest
from collections.abc import Callable, Collection
from typing import Any, Generic, Protocol, TypeVar

import httpx
import hypothesis
import schemathesis

from contract.signed_session import SIGN_ME, signed_session
from contract.target import SPECS, WRITE, C, CredentialsType, contract_target, spec_document

AUTH_HEADERS = ("Authorization", "X-Sdk-Date", "X-Auth-Token", "X-Project-Id")
MAX_EXAMPLES = 25
STATELESS = hypothesis.settings(
    deadline=None, database=None, derandomize=True, suppress_health_check=list(hypothesis.HealthCheck)
)


C_contra = TypeVar("C_contra", contravariant=True)


class SignerType(Protocol[C_contra]):
    """A package's AkSkAuth class: built from its credentials, signs an httpx request in place."""

    def __call__(self, credentials: C_contra) -> _Signer: ...


class _Signer(Protocol):
    def sign(self, request: httpx.Request) -> None: ...


class HuaweiContract(Generic[C]):
    def __init__(
        self,
        spec_name: str,
        credentials_type: CredentialsType[C],
        signer_type: SignerType[C],
        *,
        validation_codes: Collection[str],
    ) -> None:
        self.target = contract_target(spec_name, credentials_type)
        self.session = signed_session(signer_type(self.target.credentials).sign)
        self.validation_codes = frozenset(validation_codes)
        schema = schemathesis.openapi.from_path(SPECS / f"{spec_name}.yaml")
        schema.config.generation.update(max_examples=MAX_EXAMPLES, deterministic=True)
        if self.target.cloud is not None:
            schema.app = self.target.cloud.app
        else:
            schema.config.update(base_url=self.target.base_url)
        schema.config.checks.positive_data_acceptance.expected_statuses.append("400")
        self.schema = schema if WRITE else schema.include(method="GET")
        self.document = spec_document(spec_name)

    def prepare(self, case: schemathesis.Case[Any]) -> None:
        """Call as the credentials' project, and leave authentication to the signer."""
        case.path_parameters = {**(case.path_parameters or {}), "project_id": self.target.credentials.project_id}
        if case.headers:
            for name in AUTH_HEADERS:
                case.headers.pop(name, None)

    def not_rejected_as_invalid(
        self, ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case[Any]
    ) -> bool | None:
        """Schema-valid data must never fail the service's own validation."""
        if case.meta is not None and case.meta.generation.mode.is_positive and response.status_code == 400:
            code = response.json().get("error_code")
            assert code not in self.validation_codes, f"schema-valid request rejected as invalid: {response.text}"
        return None

    @property
    def checks(self) -> list[Callable[..., bool | None]]:
        return [self.not_rejected_as_invalid]

    def call_kwargs(self) -> dict[str, Any]:
        return {"session": self.session, "headers": {"Authorization": SIGN_ME}}

    def call(self, case: schemathesis.Case[Any]) -> None:
        """One stateless example: prepared, sent signed, every default check plus ours."""
        self.prepare(case)
        case.call_and_validate(session=self.session, headers={"Authorization": SIGN_ME}, additional_checks=self.checks)

    def along_links(self, operation_ids: list[str], first: dict[str, Any]) -> list[schemathesis.Response]:
        """Call `operation_ids` in order: the first with the Case arguments `first` (its project filled in),
        each next one with what the link from the previous answer to it gives. Every answer is validated
        with every default check and ours; returns the answers."""
        schema: Any = self.schema  # an OpenAPI schema: it finds operations by operationId
        operation = schema.find_operation_by_id(operation_ids[0])
        case = operation.Case(**first)
        answers = []
        for step, next_id in enumerate([*operation_ids[1:], None]):
            self.prepare(case)
            answer = case.call_and_validate(session=self.session, headers={"Authorization": SIGN_ME},
                                            additional_checks=self.checks)  # fmt: skip
            answers.append(answer)
            if next_id is None:
                break
            link = self._link(operation_ids[step], answer.status_code, next_id)
            operation = schema.find_operation_by_id(next_id)
            case = operation.Case(**self._follow(link, case, answer, operation))
        return answers

    def _link(self, operation_id: str, status: int, target: str) -> dict[str, Any]:
        for item in self.document["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                    response = operation["responses"].get(str(status), {})
                    if "$ref" in response:
                        response = self.document["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                    for link in (response.get("links") or {}).values():
                        if link["operationId"] == target:
                            return dict(link)
        raise AssertionError(f"the spec has no link from {operation_id}'s {status} answer to {target}")

    @staticmethod
    def _follow(
        link: dict[str, Any], case: schemathesis.Case[Any], answer: schemathesis.Response, target: Any
    ) -> dict[str, Any]:
        """The next Case's path and query parameters: the link's $request.path.* / $response.body#/* values."""
        locations = {p.name: str(getattr(p.location, "value", p.location)) for p in target.iter_parameters()}
        found: dict[str, dict[str, Any]] = {"path_parameters": {}, "query": {}}
        for name, expression in link["parameters"].items():
            if expression.startswith("$request.path."):
                value = (case.path_parameters or {})[expression.removeprefix("$request.path.")]
            else:
                value = answer.json()[expression.removeprefix("$response.body#/")]
            found["query" if locations.get(name) == "query" else "path_parameters"][name] = value
        return found

    def journeys(self, max_examples: int = 15, step_count: int = 6) -> type[Any]:
        """The stateful test case: sequences of calls along the spec's links, on a fresh fake each time.

        Skipped in a read-only run against a live server: every journey starts by creating a job.
        """
        contract = self
        if not WRITE:

            @unittest.skip("read-only contract run: the journeys create jobs (set CONTRACT_WRITE=1)")
            class ReadOnly(unittest.TestCase):
                def runTest(self) -> None: ...

            return ReadOnly
        base: Any = self.schema.as_state_machine()

        class Journeys(base):  # type: ignore[misc]
            def setup(self) -> None:
                if contract.target.cloud is not None:
                    contract.target.cloud.reset()

            def before_call(self, case: schemathesis.Case[Any]) -> None:
                contract.prepare(case)

            def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
                return contract.call_kwargs()

            def validate_response(
                self,
                response: schemathesis.Response,
                case: schemathesis.Case[Any],
                additional_checks: Any = None,
                **kwargs: Any,
            ) -> None:
                super().validate_response(response, case, additional_checks=contract.checks, **kwargs)

        test_case: type[Any] = Journeys.TestCase
        test_case.settings = hypothesis.settings(
            max_examples=max_examples,
            stateful_step_count=step_count,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
        return test_case
