"""The SDK-drift check (scripts/check_sdk.py): the vendors' machine-readable definitions against our specs,
with the same comparison, decisions and exit statuses as check-docs."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import check_sdk
import pytest
from drift.report import Report
from sdkdrift.definitions import huawei, tencent
from sdkdrift.obtain import (
    ROOT,
    UnusableDefinitions,
    _tccli_wheel,
    huawei_definitions,
    pinned,
    pinned_tccli,
    tencent_definitions,
)

SPEC = """
openapi: 3.0.3
info:
  title: Things
  version: "2020-01-01"
  x-client: {package: things_client, project: things-client, overrides: [common]}
servers: [{url: "https://things.{region}.myhuaweicloud.com", variables: {region: {default: cn-north-4}}}]
paths:
  /v1/{project_id}/things/{thing_id}:
    get:
      operationId: ShowThing
      x-doc-sources: [{url: "https://example.com/show", title: Show}]
      parameters:
        - {name: project_id, in: path, required: true, schema: {type: string}}
        - {name: thing_id, in: path, required: true, schema: {type: string}}
        - {name: X-Auth-Token, in: header, required: false, schema: {type: string}}
        - {name: X-App-UserId, in: header, required: false, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  thing_id: {type: string}
                  state: {type: string, enum: [NEW, DONE]}
                  size: {type: integer, format: int64}
                  owner:
                    type: object
                    properties:
                      name: {type: string}
                      role:
                        type: string
                        x-decision:
                          why: A free string; the SDK enumerates it.
                          source: huaweicloudsdkthings
                          documented: {enum: [admin, guest]}
  /v1/{project_id}/things:
    post:
      operationId: CreateThing
      x-doc-sources: [{url: "https://example.com/create", title: Create}]
      parameters:
        - {name: project_id, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [kind]
              properties:
                kind: {type: string, enum: [a, b]}
                note: {type: string, maxLength: 64}
      responses:
        "200": {description: ok}
"""

DUMP: dict[str, Any] = {
    "package": "huaweicloudsdkthings", "version": "3.1.219", "api_version": "v1",
    "operations": [
        {"operation": "run_query_thing", "method": "GET", "path": "/v1/{project_id}/things/{thing_id}",
         "parameters": [
             {"attribute": "x_app_user_id", "name": "X-App-UserId", "type": "str", "in": "header", "required": False,
              "description": ""},
             {"attribute": "thing_id", "name": "thing_id", "type": "str", "in": "path", "required": True,
              "description": ""}],
         "response": "RunQueryThingResponse", "response_headers": ["X-Request-Id"]},
        {"operation": "create_thing", "method": "POST", "path": "/v1/{project_id}/things",
         "parameters": [{"attribute": "body", "name": "body", "type": "CreateThingReq", "in": "body",
                         "required": False, "description": ""}],
         "response": "CreateThingResponse", "response_headers": []},
        {"operation": "delete_gadget", "method": "DELETE", "path": "/v1/{project_id}/gadgets/{id}", "parameters": [],
         "response": "DeleteGadgetResponse", "response_headers": []},
    ],
    "models": {
        "RunQueryThingResponse": {"fields": [
            {"attribute": "thing_id", "name": "thing_id", "type": "str", "required": False, "description": "ID."},
            {"attribute": "state", "name": "state", "type": "ThingState", "required": False, "description": ""},
            {"attribute": "size", "name": "size", "type": "int", "required": False, "description": ""},
            {"attribute": "owner", "name": "owner", "type": "Owner", "required": False, "description": ""},
            {"attribute": "x_request_id", "name": "X-Request-Id", "type": "str", "required": False, "description": ""},
        ]},
        "ThingState": {"enum": ["NEW", "DONE"]},
        "Owner": {"fields": [
            {"attribute": "name", "name": "name", "type": "str", "required": False, "description": ""},
            {"attribute": "role", "name": "role", "type": "str", "required": False,
             "description": "角色。 * admin: 管理员 * guest: 访客"},
        ]},
        "CreateThingReq": {"fields": [
            {"attribute": "kind", "name": "kind", "type": "str", "required": True, "description": "种类。 a：甲 b：乙"},
            {"attribute": "note", "name": "note", "type": "str", "required": False,
             "description": "备注，不超过64个字符。"},
        ]},
        "CreateThingResponse": {"fields": []},
        "DeleteGadgetResponse": {"fields": []},
    },
}  # fmt: skip

TENCENT_SPEC = """
openapi: 3.0.3
info:
  title: Things RPC
  version: "2020-01-01"
  x-client: {package: rpc_client, project: rpc-client, overrides: [common]}
servers: [{url: "https://things.tencentcloudapi.com"}]
paths:
  /DescribeThing:
    post:
      operationId: DescribeThing
      x-doc-sources: [{url: "https://example.com/describe", title: Describe}]
      requestBody:
        content:
          application/json:
            schema: {type: object, required: [ThingId], properties: {ThingId: {type: string}, Level: {type: integer,
                     format: int64, minimum: 0}}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  Response:
                    type: object
                    required: [RequestId]
                    x-decision:
                      why: Outputs stay optional.
                      source: tccli
                      documented: {required: [Status]}
                    properties:
                      Status: {type: string, nullable: true, enum: [PENDING, FINISH]}
                      RequestId: {type: string}
  /CancelThing:
    post:
      operationId: CancelThing
      x-doc-sources: [{url: "https://example.com/cancel", title: Cancel}]
      responses: {"200": {description: ok}}
"""

API_JSON: dict[str, Any] = {
    "metadata": {"serviceShortName": "things", "apiVersion": "2020-01-01"},
    "actions": {
        "DescribeThing": {"input": "DescribeThingRequest", "output": "DescribeThingResponse"},
        "DescribeGadgets": {"input": "DescribeGadgetsRequest", "output": "DescribeGadgetsResponse"},
    },
    "objects": {
        "DescribeThingRequest": {"members": [
            {"name": "ThingId", "type": "string", "member": "string", "required": True, "document": "ID."},
            {"name": "Level", "type": "int", "member": "uint64", "required": False, "document": "Level."},
            {"name": "Hidden", "type": "string", "member": "string", "required": False, "disabled": True,
             "document": "Not shown."},
        ]},
        "DescribeThingResponse": {"members": [
            {"name": "Status", "type": "string", "member": "string", "output_required": True,
             "value_allowed_null": True, "document": "取值：**PENDING**（等待）、**FINISH**（完成）。"},
            {"name": "RequestId", "type": "string", "member": "string", "document": "唯一请求 ID。"},
        ]},
        "DescribeGadgetsRequest": {"members": []},
        "DescribeGadgetsResponse": {"members": []},
    },
}  # fmt: skip


def run(tmp_path: Path, spec: str, definitions: list[Any]) -> Report:
    (tmp_path / "things.yaml").write_text(spec)
    return check_sdk.check(definitions, [tmp_path / "things.yaml"])


def findings(report: Report) -> list[tuple[str, str, str]]:
    return [(f.kind, f.where, f.status) for r in report.results for f in r.findings]


def test_huawei_operations_are_matched_by_method_and_path_not_name(tmp_path: Path) -> None:
    report = run(tmp_path, SPEC, [huawei(DUMP)])
    assert report.outcome == "agrees", report.as_text()
    checked = {r.name.removeprefix("huaweicloudsdkthings 3.1.219: "): r.subject for r in report.results
               if r.status == "checked"}  # fmt: skip
    assert checked == {
        "GET /v1/{project_id}/things/{thing_id} (run_query_thing)": "things.yaml ShowThing",
        "POST /v1/{project_id}/things (create_thing)": "things.yaml CreateThing",
    }
    assert ("owner › role", "decided") in {(f.where.split("response 200 › ")[-1], f.status)
                                           for r in report.results for f in r.findings}  # fmt: skip
    uncovered = [r.reason for r in report.results if r.status == "not covered"]
    assert uncovered == [
        "1 more operations of other API groups than ours (/v1/{project_id}/things...): not in our specs"
    ]


@pytest.mark.parametrize(
    ("edit", "finding"),
    [
        (lambda d: d["models"]["ThingState"]["enum"].append("ARCHIVED"), ("enum-added", "response 200 › state")),
        (lambda d: d["models"]["RunQueryThingResponse"]["fields"].append(
            {"attribute": "color", "name": "color", "type": "str", "required": False, "description": ""}),
         ("missing", "response 200 › color")),
        (lambda d: d["models"]["RunQueryThingResponse"]["fields"][2].update(type="str"),
         ("type", "response 200 › size")),
        (lambda d: d["models"]["CreateThingReq"]["fields"][0].update(required=False),
         ("required", "request body › kind")),
        (lambda d: d["models"]["CreateThingReq"]["fields"][1].update(description="备注，不超过128个字符。"),
         ("maxLength", "request body › note")),
        (lambda d: d["models"]["CreateThingReq"]["fields"][0].update(description="种类。 a：甲 b：乙 c：丙"),
         ("enum-added", "request body › kind")),
        (lambda d: d["operations"][0]["parameters"].pop(0), ("undocumented", "header › x-app-userid")),
        (lambda d: d["operations"][1].update(method="PUT"), ("missing operation", "things.yaml CreateThing")),
        (lambda d: d["models"]["Owner"]["fields"][1].update(description="角色。 * admin: 管理员"),
         ("enum-added", "response 200 › owner › role")),  # the decision pins [admin, guest]: stale
    ],
    ids=["enum-class", "new-field", "type", "required", "length", "docstring-enum", "header", "moved", "stale"],
)  # fmt: skip
def test_huawei_sdk_changes_are_drift(tmp_path: Path, edit: Any, finding: tuple[str, str]) -> None:
    dump = copy.deepcopy(DUMP)
    edit(dump)
    report = run(tmp_path, SPEC, [huawei(dump)])
    assert report.exit_status == 1
    assert (*finding, "drift") in findings(report) or (*finding, "stale") in findings(report), report.as_text()


def test_tencent_api_json_is_matched_by_action_product_and_version(tmp_path: Path) -> None:
    report = run(tmp_path, TENCENT_SPEC, [tencent(API_JSON, "tccli 1.0 api.json things v20200101")])
    found = findings(report)
    assert ("required", "response 200 › Status", "decided") in found  # the object-level pin names tccli
    assert ("missing operation", "things.yaml CancelThing", "drift") in found
    assert not [f for f in found if "Hidden" in f[1]]  # disabled members document nothing
    level = (
        next(op for op in tencent(API_JSON, "tccli").operations if op.action == "DescribeThing").documented.body or []
    )
    assert [(f.name, str(f.kind), f.minimum) for f in level][1] == ("Level", "long", 0)  # uint64
    assert ("undefined operation", "tccli 1.0 api.json things v20200101: DescribeGadgets (DescribeGadgets)",
            "drift") in found  # an action of our product and version that the spec does not define  # fmt: skip
    other = copy.deepcopy(API_JSON)
    other["metadata"]["apiVersion"] = "2021-09-22"
    report = run(tmp_path, TENCENT_SPEC, [tencent(other, "tccli 1.0 api.json things v20210922")])
    assert [r.reason for r in report.results] == ["not an operation of our specs"] * 2 + [
        "no spec of ours is of its product"
    ]


NOT_COVERED = """x-not-covered:
  - {operation: %s, %s, why: Not in this client yet.}
paths:"""


def test_an_sdk_operation_of_our_api_the_specs_do_not_define_is_drift(tmp_path: Path) -> None:
    """As on the doc pages: a new operation of one of our API groups (Huawei: the paths our operations share,
    whatever the version) or of our Tencent product and version is drift, unless the spec lists it under
    x-not-covered with the reason; operations of other API groups are counted, not listed."""
    dump = copy.deepcopy(DUMP)
    dump["operations"].append({"operation": "list_thing_logs", "method": "GET", "response": "DeleteGadgetResponse",
                               "path": "/v2/{project_id}/things/{thing_id}/logs", "parameters": [],
                               "response_headers": []})  # fmt: skip
    report = run(tmp_path, SPEC, [huawei(dump)])
    operation = "huaweicloudsdkthings 3.1.219: GET /v2/{project_id}/things/{thing_id}/logs (list_thing_logs)"
    assert report.exit_status == 1 and ("undefined operation", operation, "drift") in findings(report)
    assert "in our API group /v1/{project_id}/things (things.yaml) but the spec does not define it" in report.as_text()
    where = 'method: GET, path: "/v2/{project_id}/things/{thing_id}/logs"'
    listed = SPEC.replace("paths:", NOT_COVERED % ("ListThingLogs", where), 1)
    report = run(tmp_path, listed, [huawei(dump)])
    assert report.outcome == "agrees", report.as_text()
    assert [r.reason for r in report.results if r.status == "not covered"] == [
        "ListThingLogs is not covered by things.yaml (x-not-covered: Not in this client yet.)",
        "1 more operations of other API groups than ours (/v1/{project_id}/things...): not in our specs",
    ]
    listed = TENCENT_SPEC.replace("paths:", NOT_COVERED % ("DescribeGadgets", "action: DescribeGadgets"), 1)
    report = run(tmp_path, listed, [tencent(API_JSON, "tccli")])
    assert [(r.status, r.reason) for r in report.results if r.status == "not covered"] == [
        ("not covered", "DescribeGadgets is not covered by things.yaml (x-not-covered: Not in this client yet.)")
    ]
    assert not [f for f in findings(report) if f[0] == "undefined operation"]


@pytest.mark.parametrize(
    ("member", "change", "finding"),
    [
        (("DescribeThingRequest", 1), {"member": "string", "type": "string"}, ("type", "request body › Level")),
        (("DescribeThingRequest", 0), {"required": False}, ("required", "request body › ThingId")),
        (("DescribeThingResponse", 0), {"value_allowed_null": False}, ("nullable", "response 200 › Status")),
        (("DescribeThingResponse", 0), {"output_required": False}, ("stale", "response 200")),  # the pin lists it
        (("DescribeThingRequest", 1), {"member": "float", "type": "float"}, ("type", "request body › Level")),
    ],
    ids=["type-string", "required", "value_allowed_null", "output_required", "type-float"],
)  # fmt: skip
def test_tencent_definition_changes_are_drift(
    tmp_path: Path, member: tuple[str, int], change: dict[str, Any], finding: tuple[str, str]
) -> None:
    api = copy.deepcopy(API_JSON)
    api["objects"][member[0]]["members"][member[1]].update(change)
    found = findings(run(tmp_path, TENCENT_SPEC, [tencent(api, "tccli")]))
    assert (*finding, "drift") in found or (*finding, "stale") in found, found


BENCH_PYTHON = ROOT / ".venv-bench" / "bin" / "python"


@pytest.mark.skipif(not BENCH_PYTHON.exists(), reason=".venv-bench (the vendors' SDKs) is not built")
def test_the_huawei_sdks_are_read_from_their_models() -> None:
    metastudio, moderation = huawei_definitions(BENCH_PYTHON)
    operations = {op.name: op for op in metastudio.operations + moderation.operations}
    query = operations["run_query_audio_moderation_job"]
    assert (query.method, query.path) == ("GET", "/v3/{project_id}/moderation/audio/jobs/{job_id}")
    create = operations["create_short_job"].documented
    assert create.body is not None
    body = {f.name: f for f in create.body}
    assert (body["job_type"].required, body["job_type"].enum) == (True, ("VOICE_ASSESS",))
    assert (body["language"].required, body["language"].enum) == (False, ("CN", "EN"))  # from the docstring
    show = {f.name: f for f in operations["show_short_job"].documented.responses[200] or []}
    assert show["create_time"].kind is not None and show["create_time"].kind.name == "int"  # Integer or Long
    assert show["assess_result"].fields is not None and {f.name for f in show["assess_result"].fields} >= {"snr"}


@pytest.mark.skipif(not BENCH_PYTHON.exists(), reason=".venv-bench (the vendors' SDKs) is not built")
def test_our_specs_agree_with_the_pinned_sdks() -> None:
    report = check_sdk.check(pinned())
    assert report.outcome == "agrees", report.as_text()
    uncovered = [r.name for r in report.results if r.status == "not covered"]
    checked = [r.name for r in report.results if r.status == "checked"]
    for operation in (
        "create_training_basic_job",
        "create_training_middle_job",
        "commit_voice_training_job",
        "list_voice_training_job",
        "delete_voice_training_job",
        "confirm_training_segment",
    ):
        assert any(f"({operation})" in name for name in checked), operation
    # the training jobs' other SDK operations (logs, batches, quotas, review attachments) stay uncovered
    assert any("(list_job_operation_log)" in name for name in uncovered)
    assert report.summary()["checked"] == 21


def test_tccli_is_pinned_beside_the_sdks_and_never_installed(tmp_path: Path) -> None:
    assert pinned_tccli() == "3.1.172.1"
    assert not list((ROOT / ".venv-bench").glob("lib/python*/site-packages/tccli"))
    (tmp_path / "requirements.txt").write_text("httpx==0.28.1\n")
    with pytest.raises(UnusableDefinitions, match="no `# definitions-only: tccli==<version>` line"):
        pinned_tccli(tmp_path / "requirements.txt")


def test_exit_status_2_when_the_definitions_cannot_be_obtained(tmp_path: Path) -> None:
    with pytest.raises(UnusableDefinitions, match="no such interpreter"):
        huawei_definitions(tmp_path / "python")
    result = subprocess.run([sys.executable, "scripts/check_sdk.py", "--latest"], cwd=ROOT, capture_output=True,
                            text=True, env={"CI": "true", "PATH": "/usr/bin:/bin"})  # fmt: skip
    assert result.returncode == 2 and "never runs in CI" in result.stderr.splitlines()[-1]


def test_json_output_carries_the_outcome(tmp_path: Path) -> None:
    report = run(tmp_path, SPEC, [huawei(DUMP)])
    assert json.loads(report.as_json())["outcome"] == "agrees"
    assert report.as_text().splitlines()[-1].startswith("check-sdk: agrees; ")


@pytest.mark.parametrize(
    ("api", "message"),
    [
        ('{"actions": {}, "objects": {}}', "its api.json defines no actions (an empty or truncated definitions file?)"),
        ("{}", "cannot read api.json (KeyError"),
        ('{"actions": []}', "cannot read api.json"),
    ],
    ids=["no-actions", "empty-object", "malformed"],
)
def test_definitions_that_define_nothing_are_unusable_not_agreeing(tmp_path: Path, api: str, message: str) -> None:
    wheel = tmp_path / "tccli-9.9.9-py2.py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("tccli/services/ams/v20201229/api.json", api)
    with pytest.raises(UnusableDefinitions, match=re.escape(message)):
        tencent_definitions(wheel)


def test_a_package_index_that_cannot_be_reached_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"PIP_INDEX_URL": "http://127.0.0.1:9/simple", "PIP_EXTRA_INDEX_URL": "", "PIP_FIND_LINKS": "",
                        "PIP_CONFIG_FILE": "/dev/null", "PIP_RETRIES": "1", "PIP_TIMEOUT": "3"}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    with pytest.raises(UnusableDefinitions, match="the package index could not be reached") as caught:
        _tccli_wheel("tccli==3.1.172.1", tmp_path)
    assert "put the wheel into" in str(caught.value)


def test_a_spec_that_does_not_load_is_unusable_input_in_json_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As check-docs: with --json, input that keeps the run from starting is still a JSON report (exit 2)."""
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: 3.0.0\n", encoding="utf-8")
    assert check_sdk.main(["--json", "--spec", str(spec)]) == 2
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert report["outcome"] == "unusable input" and report["results"] == []
    assert "broken.yaml" in report["error"] and "check-sdk: unusable input: " in err
