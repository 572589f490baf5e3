"""Breaking-change report (scripts/diff_specs.py): spec changes and public-API changes, classified."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import generate
import yaml
from spec_check import ROOT
from specdiff.api_changes import api_changes, public_api
from specdiff.spec_changes import operation_changes
from specmodel.document import SpecIndex

BASE: dict[str, Any] = yaml.safe_load("""
openapi: 3.0.3
info:
  title: Jobs
  version: "1"
  x-client: {package: jobs_client, project: jobs-client, overrides: [common, huawei]}
paths:
  /v1/jobs:
    post:
      operationId: CreateJob
      x-doc-sources: [{url: "https://example.com/create", title: Create}]
      parameters: [{name: X-Tag, in: header, required: false, schema: {type: string}}]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [kind]
              properties:
                kind: {type: string, enum: [a, b]}
                note: {type: string}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [id, state]
                properties:
                  id: {type: string}
                  state: {type: string, enum: [RUNNING, DONE]}
                  size: {type: integer}
  /v1/jobs/{id}:
    get:
      operationId: ShowJob
      x-doc-sources: [{url: "https://example.com/show", title: Show}]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok}}
""")


def changes(edit: Any) -> set[tuple[bool, str, str]]:
    new = copy.deepcopy(BASE)
    edit(new)
    found = operation_changes(SpecIndex({Path("old.yaml"): BASE}), SpecIndex({Path("new.yaml"): new}))
    return {(c.breaking, c.where, c.message) for c in found}


def body(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/v1/jobs"]["post"]["requestBody"]["content"]["application/json"]["schema"]  # type: ignore[no-any-return]


def response(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/v1/jobs"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]  # type: ignore[no-any-return]


def test_no_change_no_report() -> None:
    assert changes(lambda s: None) == set()


def test_breaking_request_changes() -> None:
    def edit(spec: dict[str, Any]) -> None:
        body(spec)["required"].append("note")
        body(spec)["properties"]["kind"]["enum"] = ["a", "c"]
        spec["paths"]["/v1/jobs"]["post"]["parameters"][0]["required"] = True

    assert changes(edit) == {
        (True, "operation CreateJob request body › note", "request field is now required"),
        (True, "operation CreateJob request body › kind", "enum value(s) removed: b"),
        (False, "operation CreateJob request body › kind", "enum value(s) added: c"),
        (True, "operation CreateJob header parameter x-tag", "is now required"),
    }


def test_response_changes() -> None:
    def edit(spec: dict[str, Any]) -> None:
        response(spec)["required"] = ["id"]
        del response(spec)["properties"]["size"]
        response(spec)["properties"]["state"]["enum"].append("QUEUED")
        response(spec)["properties"]["id"] = {"type": "integer"}
        response(spec)["properties"]["eta"] = {"type": "integer"}

    assert changes(edit) == {
        (True, "operation CreateJob response 200 › state", "response field is no longer always returned"),
        (True, "operation CreateJob response 200 › size", "response field no longer returned"),
        (False, "operation CreateJob response 200 › state", "enum value(s) added: QUEUED"),
        (True, "operation CreateJob response 200 › id", "type changed from string to integer"),
        (False, "operation CreateJob response 200 › eta", "response field added"),
    }


def test_changes_that_keep_the_generated_type_are_breaking_only_where_an_input_accepts_fewer_values() -> None:
    """integer → int64 stays `int`: widening an input, or any format change of an output, is compatible;
    narrowing an input (int64 → int32, a tighter range or length, a format added) is breaking."""
    widened = "format changed from integer to long (the generated type stays int; the input accepts more values)"

    def edit(spec: dict[str, Any]) -> None:
        body(spec)["properties"]["count"] = {"type": "integer", "format": "int64", "maximum": 100}
        body(spec)["properties"]["note"] = {"type": "string", "format": "email", "maxLength": 64}
        response(spec)["properties"]["size"] = {"type": "integer", "format": "int64", "minimum": 0}
        spec["paths"]["/v1/jobs/{id}"]["get"]["parameters"][0]["schema"] = {"type": "string", "format": "uuid"}

    def base(spec: dict[str, Any]) -> None:
        body(spec)["properties"]["count"] = {"type": "integer", "format": "int32", "maximum": 10}

    old = copy.deepcopy(BASE)
    base(old)
    new = copy.deepcopy(old)
    edit(new)
    found = operation_changes(SpecIndex({Path("old.yaml"): old}), SpecIndex({Path("new.yaml"): new}))
    assert {(c.breaking, c.where, c.message) for c in found} == {
        (False, "operation CreateJob request body › count", widened),
        (
            False,
            "operation CreateJob request body › count",
            "maximum changed from 10 to 100 (the input accepts more values)",
        ),
        (
            True,
            "operation CreateJob request body › note",
            "format changed from string to string (email) (the "
            "generated type stays str, but the input accepts fewer "
            "values)",
        ),
        (
            True,
            "operation CreateJob request body › note",
            "maxLength changed from none to 64: the input accepts fewer values",
        ),
        (
            False,
            "operation CreateJob response 200 › size",
            "format changed from integer to long (the generated type stays int)",
        ),
        (
            False,
            "operation CreateJob response 200 › size",
            "minimum changed from none to 0 (an output's bound; the generated type is unchanged)",
        ),
        (True, "operation ShowJob path parameter id", "type changed from string to string (uuid)"),
    }
    narrowed = operation_changes(SpecIndex({Path("new.yaml"): new}), SpecIndex({Path("old.yaml"): old}))
    narrowing = "format changed from long to integer (the generated type stays int, but the input accepts fewer values)"
    assert (True, "operation CreateJob request body › count", narrowing) in {
        (c.breaking, c.where, c.message) for c in narrowed
    }


def test_nullability_breaks_where_the_generated_type_gains_none_on_an_output_or_an_input_refuses_null() -> None:
    def edit(spec: dict[str, Any]) -> None:
        body(spec)["properties"]["note"]["nullable"] = True
        response(spec)["properties"]["id"]["nullable"] = True

    assert changes(edit) == {
        (False, "operation CreateJob request body › note", "now accepts null"),
        (True, "operation CreateJob response 200 › id", "may now be null"),
    }
    new = copy.deepcopy(BASE)
    edit(new)
    back = operation_changes(SpecIndex({Path("new.yaml"): new}), SpecIndex({Path("old.yaml"): BASE}))
    assert {(c.breaking, c.where, c.message) for c in back} == {
        (True, "operation CreateJob request body › note", "no longer accepts null"),
        (False, "operation CreateJob response 200 › id", "is no longer null"),
    }


def test_operations_removed_renamed_and_added() -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/v1/jobs"]["post"]["operationId"] = "SubmitJob"
        del spec["paths"]["/v1/jobs/{id}"]
        spec["paths"]["/v1/queues"] = {
            "get": {"operationId": "ListQueues", "responses": {"200": {"description": "ok"}}}
        }

    assert changes(edit) == {
        (True, "operation CreateJob", "renamed to SubmitJob"),
        (True, "operation ShowJob", "removed"),
        (False, "operation ListQueues", "added"),
    }


def test_public_api_changes_of_the_generated_package(tmp_path: Path) -> None:
    def build(spec: dict[str, Any], name: str) -> Path:
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(spec))
        return generate.build(generate.target_for(path), tmp_path / name) / "jobs_client"

    new = copy.deepcopy(BASE)
    del response(new)["properties"]["size"]
    body(new)["required"].append("note")
    new["paths"]["/v1/jobs/{id}"]["get"]["operationId"] = "GetJob"
    found = {
        (c.breaking, c.where, c.message)
        for c in api_changes(public_api(build(BASE, "old")), public_api(build(new, "new")))
    }
    assert (True, "module jobs_client.api.default.show_job", "removed") in found
    assert (False, "module jobs_client.api.default.get_job", "added") in found
    assert (True, "class jobs_client.models.create_job_response_200.CreateJobResponse200", "size removed") in found
    assert (
        True,
        "class jobs_client.models.create_job_body.CreateJobBody",
        "note changed from str | Unset to str",
    ) in found
    assert (True, "function jobs_client.api.default.show_job.sync_detailed", "removed") in found


def test_cli_against_head_and_a_bad_ref() -> None:
    result = subprocess.run([sys.executable, "scripts/diff_specs.py", "--base", "no-such-ref"], cwd=ROOT,
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 2 and "no-such-ref" in result.stderr
