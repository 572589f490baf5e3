"""The doc-drift check (scripts/check_docs.py) on small doc pages written for the purpose: every page
form we meet, every kind of drift, recognition by content, and the exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import check_docs
import pytest
from spec_check import ROOT

SPEC = """
openapi: 3.0.3
info:
  title: Things
  version: "1"
  x-client: {package: things_client, project: things-client, overrides: [common]}
paths:
  /v1/{project_id}/things/{thing_id}:
    get:
      operationId: ShowThing
      x-doc-sources: [{url: "https://example.com/show", title: Show}]
      parameters:
        - {name: project_id, in: path, required: true, schema: {type: string}}
        - {name: thing_id, in: path, required: true, schema: {type: string}}
        - {name: X-Auth-Token, in: header, required: false, schema: {type: string}}
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
                  owner: {$ref: "#/components/schemas/Owner"}
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
                note: {type: string}
                legacy: {type: string, x-decision: "Still accepted by the service though no longer documented."}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {thing_id: {type: string}}}
  /DescribeThing:
    post:
      operationId: DescribeThing
      x-doc-sources: [{url: "https://example.com/describe", title: Describe}]
      requestBody:
        content:
          application/json:
            schema: {type: object, required: [ThingId], properties: {ThingId: {type: string}}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  Response:
                    anyOf:
                      - type: object
                        required: [Error]
                        properties: {Error: {type: object}, RequestId: {type: string}}
                      - type: object
                        properties:
                          Status: {type: string, enum: [PENDING, FINISH]}
                          Owner: {$ref: "#/components/schemas/Owner"}
                          RequestId: {type: string}
components:
  schemas:
    Owner:
      type: object
      properties:
        name: {type: string}
        tags: {type: array, items: {type: string}}
"""

CELLS_PAGE = """Querying a Thing

URI

GET /v1/{project_id}/things/{thing_id}

Table 1 Path Parameters

Parameter

Mandatory

Type

Description

project_id

Yes

String

Project ID.

thing_id

Yes

String

Thing ID.

Table 2 Request header parameters

Parameter

Mandatory

Type

Description

X-Auth-Token

No

String

User token.

Response Parameters

Status code: 200

Table 3 Response body parameters

Parameter

Type

Description

thing_id

String

Thing ID.

state

String

State.

  • NEW: just created

  • DONE: finished

size

Long

Size in bytes.

owner

Owner object

The owner.

Table 4 Owner

Parameter

Type

Description

name

String

Name.

tags

Array of strings

Tags.
"""

PIPE_PAGE_ZH = """创建物品
URI
POST /v1/{project_id}/things
参数 |
是否必选 |
参数类型 |
描述 |
---|---|---|---|
project_id |
是 |
String |
项目ID。 |
请求参数
参数 |
是否必选 |
参数类型 |
描述 |
---|---|---|---|
kind |
是 |
String |
种类:
a:第一种
b:第二种
|
note |
否 |
String |
备注。 |
响应参数
状态码: 200
参数 |
参数类型 |
描述 |
---|---|---|
thing_id |
String |
物品ID。 |
"""

DRIFTED_PAGE = """TITLE: Show a thing (saved under a name that says nothing)
URI: GET /v1/{project_id}/things/{thing_id}
Path parameters
  project_id | Yes | String | Project ID.
  thing_id   | Yes | String | Thing ID.
Response body parameters (200)
  thing_id | String | Thing ID.
  state    | String | State.
      NEW: just created
      ARCHIVED: moved to the archive
  size     | String | Size, as text now.
  owner    | Owner object | The owner.
  color    | String | A new field.
Table 9 Owner
  name | String | Name.
  tags | Array of strings | Tags.
"""

TENCENT_PAGE = """DescribeThing

1. API Description

2. Input Parameters

Parameter Name Required Type Description
Action Yes String Common Params. The value used for this API: DescribeThing.
ThingId Yes String The thing.

3. Output Parameters

Parameter Name Type Description
Status String Status. Valid values: **PENDING**, **FINISH**.
Owner Owner
Note: this field may return null.
RequestId String The unique request ID.
"""

API_JSON_PAGE = """ACTION: DescribeThing  (查看物品)
2. 输入参数 / Input parameters
  ThingId | String | required=No
      物品ID。
      示例值/example: t-1
3. 输出参数 / Output parameters
  Status | String
      取值：**PENDING**（等待）、**FINISH**（完成）。
  RequestId | String
      唯一请求 ID。
"""

STRUCTURES_PAGE = """TITLE: Data types
=== Owner ===  (owner)   usage: out
  name | String
      The name.
  tags | Array of String
      The tags.
  email | String
      New.
"""


def run_check(tmp_path: Path, pages: Mapping[str, str | bytes], *extra: str) -> tuple[int, str, str]:
    spec = tmp_path / "things.yaml"
    spec.write_text(SPEC)
    folder = tmp_path / "pages"
    for name, content in pages.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    argv = [str(folder), "--spec", str(spec), *extra]
    result = subprocess.run([sys.executable, "scripts/check_docs.py", *argv], cwd=ROOT, capture_output=True, text=True)
    return result.returncode, result.stdout, result.stderr


def findings(tmp_path: Path, page: str) -> list[tuple[str, str, bool]]:
    _, out, _ = run_check(tmp_path, {"page.txt": page}, "--json")
    report = json.loads(out)
    return [(f["kind"], f["where"], f["drift"]) for p in report["pages"] for f in p["findings"]]


@pytest.mark.parametrize(
    ("page", "fields"),
    [(CELLS_PAGE, 9), (PIPE_PAGE_ZH, 4), (TENCENT_PAGE, 4)],
    ids=["one-cell-per-line", "multi-line-pipe-zh", "space-separated"],
)
def test_pages_that_agree_pass(tmp_path: Path, page: str, fields: int) -> None:
    code, out, _ = run_check(tmp_path, {"any-name.txt": page}, "--json")
    report = json.loads(out)
    assert code == 0, out
    checked = [p for p in report["pages"] if p["status"] == "checked"]
    assert checked[0]["fields_compared"] == fields
    assert [f for f in checked[0]["findings"] if f["drift"]] == []


def test_every_kind_of_drift_is_reported(tmp_path: Path) -> None:
    found = findings(tmp_path, DRIFTED_PAGE)
    assert ("missing", "response 200 › color", True) in found
    assert ("type", "response 200 › size", True) in found
    assert ("enum-added", "response 200 › state", True) in found
    assert ("enum-removed", "response 200 › state", True) in found
    code, out, _ = run_check(tmp_path, {"page.txt": DRIFTED_PAGE})
    assert code == 1
    assert "DRIFT enum-added: response 200 › state: value(s) ARCHIVED not in the spec's enum (line 8)" in out
    assert "DRIFT enum-removed: response 200 › state: spec value(s) DONE no longer documented" in out


def test_required_and_undocumented_and_decisions(tmp_path: Path) -> None:
    page = PIPE_PAGE_ZH.replace("kind |\n是 |", "kind |\n否 |").replace("note |\n否 |\nString |\n备注。 |\n", "")
    found = findings(tmp_path, page)
    assert ("required", "request body › kind", True) in found
    assert ("undocumented", "request body › note", True) in found
    assert ("undocumented", "request body › legacy", False) in found  # covered by its x-decision


def test_api_json_rendering_and_enum_from_bold_values(tmp_path: Path) -> None:
    found = findings(tmp_path, API_JSON_PAGE)
    assert ("required", "request body › ThingId", True) in found
    assert ("undocumented", "response 200 › Owner", True) in found
    assert not any(kind.startswith("enum") for kind, _, _ in found)
    found = findings(tmp_path, TENCENT_PAGE.replace("**FINISH**.", "**FINISH**, **CANCELLED**."))
    assert ("enum-added", "response 200 › Status", True) in found


def test_structures_page_is_compared_with_components(tmp_path: Path) -> None:
    assert findings(tmp_path, STRUCTURES_PAGE) == [("missing", "Owner › email", True)]


def test_pages_are_recognised_by_content_and_unrelated_ones_listed(tmp_path: Path) -> None:
    pages = {
        "a/zz.txt": CELLS_PAGE,
        "b/c/weird name.md": PIPE_PAGE_ZH,
        "errors.txt": "Error codes\nAIS.0030 Job not found\n",
        "other-api.txt": "URI\nGET /v2/{project_id}/servers\nParameter | Type | Description\n",
    }
    code, out, _ = run_check(tmp_path, pages)
    assert code == 0, out
    assert "things.yaml ShowThing (GET /v1/{project_id}/things/{thing_id}): 9 fields compared, agrees" in out
    assert "things.yaml CreateThing" in out
    assert "errors.txt: names no operation" in out
    assert "other-api.txt: GET /v2/{project_id}/servers is not an operation of our specs" in out


def test_unusable_input_exits_2_naming_the_file(tmp_path: Path) -> None:
    code, _, err = run_check(tmp_path, {"latin1.txt": "caf\xe9".encode("latin-1")})
    assert code == 2 and "latin1.txt: not UTF-8 text" in err
    code, _, err = run_check(tmp_path, {"image.png": b"\x89PNG\x00\x00"})
    assert code == 2 and "image.png: binary file" in err
    result = subprocess.run([sys.executable, "scripts/check_docs.py", str(tmp_path / "nowhere")], cwd=ROOT,
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 2 and "nowhere: no such folder" in result.stderr


SHARED = ROOT.parent / "shared"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the checkout")
def test_the_vendor_pages_agree_with_our_specs() -> None:
    report = check_docs.check([SHARED / "seeds", SHARED / "docs"])
    summary = report.summary()
    assert summary["drift"] == 0, report.as_text()
    assert summary["checked"] >= 4 and summary["fields_compared"] >= 60
