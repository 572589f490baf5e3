"""The doc-drift check (scripts/check_docs.py) on small doc pages written for the purpose: the page forms,
every property a page documents, recognition by content, exit statuses, and the vendor pages of
../shared against our specs."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import check_docs
import pytest
from docdrift.inputs import page_inputs
from drift.report import Report
from spec_check import ROOT

SPEC = """
openapi: 3.0.3
info:
  title: Things
  version: "2020-01-01"
  x-client: {package: things_client, project: things-client, overrides: [common]}
servers: [{url: "https://things.tencentcloudapi.com"}]
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
                legacy:
                  type: string
                  x-decision:
                    why: Still accepted by the service though no longer documented.
                    source: [page.txt, weird name.md]
                    documented: {present: false}
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
                          Owner:
                            anyOf: [{$ref: "#/components/schemas/Owner"}, {nullable: true, enum: [null]}]
                          RequestId: {type: string}
  /v1/{project_id}/gadgets:
    post:
      operationId: CreateGadget
      x-doc-sources: [{url: "https://example.com/gadget", title: Gadget}]
      parameters:
        - {name: project_id, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                categories: {type: array, items: {type: string, enum: [porn, ad]}}
                weapons: {type: array, minItems: 1, maxItems: 5, items: {type: string, enum: [weapons, knives]}}
                score: {type: integer, format: int32, minimum: 0, maximum: 100}
                name: {type: string, minLength: 2, maxLength: 64}
                mode: {type: string, enum: [fast, slow], default: fast}
                ratio: {type: number, format: float}
                size: {type: integer, format: int64}
                owner: {$ref: "#/components/schemas/Owner"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  gadget_id: {type: string, nullable: true}
                  label: {type: string}
components:
  schemas:
    Owner:
      type: object
      properties:
        name: {type: string}
        tags: {type: array, items: {type: string}}
        role: {type: string, enum: [admin, guest]}
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

role

String

Role.

  • admin: administrator

  • guest: guest
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
  role | String | Role. admin: administrator | guest: guest | owner: the owner
"""

TENCENT_PAGE = """DescribeThing

1. API Description

Domain name for API request: things.tencentcloudapi.com.

2. Input Parameters

Parameter Name Required Type Description
Action Yes String Common Params. The value used for this API: DescribeThing.
Version Yes String Common Params. The value used for this API: 2020-01-01.
ThingId Yes String The thing.

3. Output Parameters

Parameter Name Type Description
Status String Status. Valid values: PENDING (waiting), FINISH (finished).
Owner Owner
Note: this field may return null.
RequestId String The unique request ID.
"""

API_JSON_PAGE = """ACTION: DescribeThing  (查看物品)   Version: 2020-01-01   Endpoint: things.tencentcloudapi.com
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
  role | String
      Role. Valid values: **admin**, **guest**.
  email | String
      New.
"""

GADGET_PAGE = """Creating a Gadget
URI
POST /v1/{project_id}/gadgets
Path parameters
  project_id | Yes | String | Project ID.
Request body parameters
  categories | No | Array of strings | Risk types. Options:
      • porn: pornography
      • ad: advertising
  weapons | No | Array of strings | Weapon types. Array Length: 1 - 5
      weapons: weapons
      knives: knives
  score | No | Integer | Score. Value range: 0~100
  name | No | String | Name. Minimum length: 2 Maximum length: 64
  mode | No | String | Mode. fast: fast | slow: slow   Default value: fast
  ratio | No | Float | Ratio.
  size | No | Long | Size.
  owner | No | Owner object | Owner.
Table 5 Owner
  name | String | Name.
  tags | Array of strings | Tags.
  role | String | Role. admin: administrator | guest: guest
Response body parameters (200)
  gadget_id | String | ID. This field may return null.
  label | String | Label.
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


def report(tmp_path: Path, pages: Mapping[str, str]) -> Report:
    spec = tmp_path / "things.yaml"
    spec.write_text(SPEC)
    folder = tmp_path / "pages"
    for name, content in pages.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(content, encoding="utf-8")
    return check_docs.check([str(folder)], [spec])


def findings(tmp_path: Path, page: str, name: str = "page.txt") -> list[tuple[str, str, str]]:
    result = report(tmp_path, {name: page})
    return [(f.kind, f.where, f.status) for r in result.results for f in r.findings]


@pytest.mark.parametrize(
    ("page", "fields"),
    [(CELLS_PAGE, 10), (PIPE_PAGE_ZH, 4), (TENCENT_PAGE, 4), (GADGET_PAGE, 14)],
    ids=["one-cell-per-line", "multi-line-pipe-zh", "space-separated", "pipe-rows"],
)
def test_pages_that_agree_pass(tmp_path: Path, page: str, fields: int) -> None:
    result = report(tmp_path, {"page.txt": page})
    assert result.outcome == "agrees", result.as_text()
    assert [r.compared for r in result.results] == [fields]


def test_every_kind_of_drift_is_reported(tmp_path: Path) -> None:
    found = findings(tmp_path, DRIFTED_PAGE)
    assert ("missing", "response 200 › color", "drift") in found
    assert ("type", "response 200 › size", "drift") in found
    assert ("enum-added", "response 200 › state", "drift") in found
    assert ("enum-removed", "response 200 › state", "drift") in found
    assert ("enum-added", "response 200 › owner › role", "drift") in found  # enums of nested objects too
    code, out, _ = run_check(tmp_path, {"page.txt": DRIFTED_PAGE})
    assert code == 1
    assert "DRIFT enum-added: response 200 › state: value(s) ARCHIVED not in the spec's enum (line 8)" in out
    assert "DRIFT enum-removed: response 200 › state: spec value(s) DONE no longer documented" in out


@pytest.mark.parametrize(
    ("old", "new", "kind", "where"),
    [
        ("      • ad: advertising\n", "      • ad: advertising\n      • moan: moaning\n", "enum-added", "categories"),
        ("      knives: knives\n", "", "enum-removed", "weapons"),
        ("Value range: 0~100", "Value range: 0~1000", "maximum", "score"),
        ("Value range: 0~100", "Value range: 1~100", "minimum", "score"),
        ("Maximum length: 64", "Maximum length: 128", "maxLength", "name"),
        ("Minimum length: 2", "Minimum length: 1", "minLength", "name"),
        ("Default value: fast", "Default value: slow", "default", "mode"),
        ("ratio | No | Float", "ratio | No | Double", "type", "ratio"),
        ("size | No | Long", "size | No | Integer", "type", "size"),
        ("score | No | Integer", "score | Yes | Integer", "required", "score"),
        ("guest: guest\n", "guest: guest | owner: owner\n", "enum-added", "owner › role"),
        ("Array Length: 1 - 5", "Array Length: 1 - 10", "maxItems", "weapons"),
        ("Array Length: 1 - 5", "Array Length: 0 - 5", "minItems", "weapons"),
    ],
    ids=["array-item-bullets", "array-item-lines", "maximum", "minimum", "maxLength", "minLength", "default",
         "number-format", "integer-width", "required", "nested-enum", "maxItems", "minItems"],
)  # fmt: skip
def test_every_documented_property_is_compared(tmp_path: Path, old: str, new: str, kind: str, where: str) -> None:
    assert old in GADGET_PAGE
    found = findings(tmp_path, GADGET_PAGE.replace(old, new))
    assert (kind, f"request body › {where}", "drift") in found, found


def test_nullability_is_compared_where_the_page_states_it(tmp_path: Path) -> None:
    page = GADGET_PAGE.replace("Label.\n", "Label. This field may return null.\n")
    assert findings(tmp_path, page) == [("nullable", "response 200 › label", "drift")]
    assert "DRIFT nullable: response 200 › label: documented may be null, the spec says not nullable" in (
        report(tmp_path, {"page.txt": page}).as_text()
    )
    assert findings(tmp_path, GADGET_PAGE.replace(" This field may return null.", "")) == []  # silent: not compared


def test_a_field_without_the_null_note_its_table_gives_others_is_never_null(tmp_path: Path) -> None:
    """Tencent renders "may return null" on exactly the output fields that may be null: in a table that notes
    it for some fields, a field without the note is documented never null, and a removed note is drift."""
    page = GADGET_PAGE.replace("ID. This field may return null.", "ID.").replace("Label.\n", "Label. Can be null.\n")
    assert findings(tmp_path, page) == [
        ("nullable", "response 200 › gadget_id", "drift"),
        ("nullable", "response 200 › label", "drift"),
    ]
    assert "DRIFT nullable: response 200 › gadget_id: documented never null, the spec says nullable" in (
        report(tmp_path, {"page.txt": page}).as_text()
    )
    seed = (ROOT.parent / "shared/seeds/003_361de7edc900143f.txt").read_text(encoding="utf-8")
    note = "    TaskId String\n    Note: this field may return null, indicating that no valid values can be obtained.\n"
    assert note in seed
    copy = tmp_path / "003_361de7edc900143f.txt"
    copy.write_text(seed.replace(note, "    TaskId String\n"), encoding="utf-8")
    found = check_docs.check([str(copy)])
    assert [(f.kind, f.where, f.status) for r in found.results for f in r.findings if f.status != "decided"] == [
        ("nullable", "response 200 › TaskId", "drift")
    ]


def test_required_and_undocumented_and_decisions(tmp_path: Path) -> None:
    page = PIPE_PAGE_ZH.replace("kind |\n是 |", "kind |\n否 |").replace("note |\n否 |\nString |\n备注。 |\n", "")
    found = findings(tmp_path, page)
    assert ("required", "request body › kind", "drift") in found
    assert ("undocumented", "request body › note", "drift") in found
    assert ("undocumented", "request body › legacy", "decided") in found  # pinned for page.txt
    assert ("undocumented", "request body › legacy", "drift") in findings(tmp_path, page, name="other.txt")


def test_api_json_rendering_and_enum_from_bold_values(tmp_path: Path) -> None:
    found = findings(tmp_path, API_JSON_PAGE)
    assert ("required", "request body › ThingId", "drift") in found
    assert ("undocumented", "response 200 › Owner", "drift") in found
    assert not any(kind.startswith("enum") for kind, _, _ in found)
    found = findings(tmp_path, TENCENT_PAGE.replace("FINISH (finished).", "FINISH (finished), CANCELLED (cancelled)."))
    assert ("enum-added", "response 200 › Status", "drift") in found


def test_a_table_the_check_cannot_place_is_drift_not_silence(tmp_path: Path) -> None:
    """An uncaptioned table that matches no object of the spec, or a captioned one no field refers to."""
    extra = "Parameter\n\nType\n\nDescription\n\ncolour\n\nString\n\nA colour.\n\nshade\n\nString\n\nA shade.\n"
    found = findings(tmp_path, CELLS_PAGE + "\n" + extra)
    assert [(kind, status) for kind, _, status in found] == [("unmatched table", "drift")]
    found = findings(tmp_path, CELLS_PAGE + "\nTable 7 Palette\n\n" + extra)
    assert found == [("unmatched table", "table Palette", "drift")]


def test_structures_page_is_compared_with_components(tmp_path: Path) -> None:
    assert findings(tmp_path, STRUCTURES_PAGE) == [("missing", "Owner › email", "drift")]


def test_pages_are_recognised_by_content_and_unrelated_ones_listed(tmp_path: Path) -> None:
    pages = {
        "a/zz.txt": CELLS_PAGE,
        "b/c/weird name.md": PIPE_PAGE_ZH,
        "errors.txt": "Error codes\nAIS.0030 Job not found\n",
        "other-api.txt": "URI\nGET /v2/{project_id}/servers\nParameter | Type | Description\n",
        "other-product.txt": TENCENT_PAGE.replace("things.tencentcloudapi", "gizmos.tencentcloudapi"),
        "no-product.txt": TENCENT_PAGE.replace("Domain name for API request: things.tencentcloudapi.com.", "").replace(
            "Version Yes String Common Params. The value used for this API: 2020-01-01.\n", ""
        ),
    }
    code, out, _ = run_check(tmp_path, pages)
    assert code == 0, out
    assert "things.yaml ShowThing (GET /v1/{project_id}/things/{thing_id}): 10 fields compared, agrees" in out
    assert "things.yaml CreateThing" in out
    assert "errors.txt: names no operation and has no parameter tables" in out
    assert "other-api.txt: GET /v2/{project_id}/servers is not an operation of our specs" in out
    other = "action DescribeThing (gizmos 2020-01-01) is another product or version than our things 2020-01-01"
    assert f"other-product.txt: {other}" in out
    assert "no-product.txt: action DescribeThing names neither its product's domain nor its API Version" in out


def test_unusable_input_exits_2_naming_the_file(tmp_path: Path) -> None:
    code, out, _ = run_check(tmp_path, {"garbled.txt": bytes(range(128, 256)) * 4})  # no charset reads it
    assert code == 2 and "garbled.txt: not UTF-8 text" in out
    code, out, _ = run_check(tmp_path, {"image.png": b"\x89PNG\x00\x00"})
    assert code == 2 and "image.png: binary file" in out
    result = subprocess.run([sys.executable, "scripts/check_docs.py", str(tmp_path / "nowhere")], cwd=ROOT,
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 2 and "nowhere: no such file or folder" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("check-docs: unusable input (1 source(s)")


def test_exit_status_and_outcome_line(tmp_path: Path) -> None:
    """0 agrees, 1 drift, 2 unusable input; the last line says which, and JSON carries it too."""
    unreadable = CELLS_PAGE.replace("thing_id\n\nYes\n\nString", "thing_id\n\nYes\n\nStrnig")
    for page, code, outcome in [
        (CELLS_PAGE, 0, "agrees"),
        (DRIFTED_PAGE, 1, "drift"),
        (unreadable, 2, "unusable input"),
    ]:
        status, out, _ = run_check(tmp_path, {"page.txt": page})
        assert status == code, out
        assert out.splitlines()[-1].startswith(f"check-docs: {outcome}"), out
        status, out, _ = run_check(tmp_path, {"page.txt": page}, "--json")
        assert (status, json.loads(out)["outcome"]) == (code, outcome)
    assert (
        "UNREADABLE line 25: type 'Strnig' cannot be read: 'thing_id | Yes | Strnig'"
        in run_check(tmp_path, {"page.txt": unreadable})[1]
    )


def test_through_make_both_failures_are_make_errors(tmp_path: Path) -> None:
    page = "URI: GET /v1/{project_id}/voice-training-manage/user/short-jobs/{job_id}\nPath parameters\n"
    (tmp_path / "drift.txt").write_text(page + "  project_id | Yes | Integer | Project ID.\n")
    for docs, script_status in [(tmp_path / "drift.txt", 1), (tmp_path / "nowhere", 2)]:
        result = subprocess.run(["make", "--no-print-directory", "check-docs", f"DOCS={docs}"], cwd=ROOT,
                                capture_output=True, text=True)  # fmt: skip
        assert result.returncode == 2, result.stdout + result.stderr
        assert f"Error {script_status}" in result.stderr


SHARED = ROOT.parent / "shared"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the checkout")
def test_the_vendor_pages_agree_with_our_specs() -> None:
    result = check_docs.check([str(SHARED / "seeds"), str(SHARED / "docs")])
    summary = result.summary()
    assert result.outcome == "agrees", result.as_text()
    assert summary["checked"] >= 18 and summary["fields_compared"] >= 450
    uncovered = {Path(r.name).name: r.reason for r in result.results if r.status != "checked"}
    assert all(uncovered.values()), uncovered  # every page not covered says why
    checked = {Path(r.name).name: r.subject for r in result.results if r.status == "checked"}
    training = {
        "metastudio-create-voice-training-job.txt": "CreateTrainingThirdPartyJob",
        "metastudio-commit-voice-training-job.txt": "CommitVoiceTrainingJob",
        "metastudio-show-voice-training-job.txt": "ShowVoiceTrainingJob",
        "metastudio-list-voice-training-jobs.txt": "ListVoiceTrainingJob",
        "metastudio-voice-training-upload-address.txt": "ShowJobUploadingAddress",
    }
    for page, operation in training.items():
        assert operation in str(checked.get(page)), (page, checked.get(page))


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize(
    ("page", "areas"),
    [
        ("metastudio-create-voice-training-job.txt", {"body": 13, "response 200": 4, "response 400": 2}),
        ("metastudio-list-voice-training-jobs.txt", {"query": 15, "response 200": 2, "response 400": 2}),
        ("metastudio-show-voice-training-job.txt", {"path": 2, "header": 5, "response 200": 17, "response 400": 2}),
        ("metastudio-commit-voice-training-job.txt", {"path": 2, "header": 5, "body": 9, "response 400": 2}),
        ("metastudio-voice-training-upload-address.txt",
         {"path": 2, "response 200": 3, "object": 3, "response 400": 2}),
    ],
)  # fmt: skip
def test_the_voice_training_pages_are_read_completely(page: str, areas: dict[str, int]) -> None:
    """They become checked once the voice-training operations are in the specs: nothing on them is unread."""
    read, _ = check_docs.read_page(next(page_inputs([str(SHARED / "docs" / page)])))
    assert read.unreadable == []
    counted: dict[str, int] = {}
    for table in read.tables:
        area = f"{table.area} {table.status}" if table.area == "response" else table.area
        counted[area] = counted.get(area, 0) + len(table.rows)
    assert counted == areas


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("Table 2 Request header parameters\n\nParameter\n\nMandatory\n\nType\n\nDescription\n\nX-Auth-Token\n\nNo\n\n"
         "String\n\nUser token.\n\n", "", ("undocumented", "header › x-auth-token")),
        ("X-Auth-Token\n\nNo\n\nString\n\nUser token.\n\n", "", ("undocumented", "header › x-auth-token")),
        ("name\n\nString\n\nName.\n\ntags\n\nArray of strings\n\nTags.\n\nrole\n\nString\n\nRole.\n\n  • admin: "
         "administrator\n\n  • guest: guest\n", "", ("undocumented", "response 200 › owner › role")),
        ("Status code: 200", "Status code: 201", ("undocumented", "response 200")),
    ],
    ids=["whole-header-table", "only-row-of-a-table", "all-rows-of-a-captioned-table", "response-status"],
)  # fmt: skip
def test_what_a_page_no_longer_documents_is_drift(
    tmp_path: Path, old: str, new: str, expected: tuple[str, str]
) -> None:
    """A table, a table's only row, a captioned object's rows or a whole response removed: each spec field
    there is undocumented (the location or response is not skipped as if the page said nothing)."""
    assert old in CELLS_PAGE
    found = findings(tmp_path, CELLS_PAGE.replace(old, new))
    assert (*expected, "drift") in found, found


def test_a_structure_a_page_of_structures_no_longer_defines_is_drift(tmp_path: Path) -> None:
    renamed = STRUCTURES_PAGE.replace("=== Owner ===", "=== OwnerV2 ===")
    found = findings(tmp_path, renamed.replace("Data types", "Data types - Tencent Cloud THINGS 2020-01-01"))
    assert ("undocumented", "Owner", "drift") in found, found


def test_removing_the_only_value_is_drift(tmp_path: Path) -> None:
    """A field the page documents without values, where the spec has an enum, lists none of them."""
    found = findings(tmp_path, GADGET_PAGE.replace(" fast: fast | slow: slow", ""))
    assert ("enum-removed", "request body › mode", "drift") in found


def test_a_generic_request_table_keeps_headers_and_body_apart(tmp_path: Path) -> None:
    """A new header in a "Request Parameters" table is a header, and the other headers stay headers."""
    page = CELLS_PAGE.replace("Table 2 Request header parameters", "Request Parameters").replace(
        "User token.\n\n", "User token.\n\nAccept-Language\n\nNo\n\nString\n\nLanguage of the reply.\n\n"
    )
    assert findings(tmp_path, page) == [("missing", "header › Accept-Language", "drift")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Owner Owner\nNote: this field may return null.", "Owner Owner Note: this field may return null."),
        ("Owner Owner\nNote: this field may return null.", "Owner\tOwner\tNote: this field may return null."),
    ],
    ids=["one-line", "tab-separated"],
)
def test_a_structure_typed_row_with_its_description_on_its_line(tmp_path: Path, old: str, new: str) -> None:
    result = report(tmp_path, {"page.txt": TENCENT_PAGE.replace(old, new)})
    assert (result.outcome, result.results[0].compared) == ("agrees", 4), result.as_text()


def test_fields_named_like_section_words_are_fields(tmp_path: Path) -> None:
    """ "Example String ..." in an output table is a new field (the rows after it are still read)."""
    page = TENCENT_PAGE.replace("RequestId String", "Example String An example value.\nRequestId String")
    result = report(tmp_path, {"page.txt": page})
    assert [(f.kind, f.where) for r in result.results for f in r.findings] == [("missing", "response 200 › Example")]
    assert result.results[0].compared == 5


@pytest.mark.parametrize(
    "rows",
    ["| `new_field` | Yes | String | A new field. |", "  new_field  Yes  String  A new field."],
    ids=["markdown", "space-separated"],
)
def test_rows_of_a_table_the_reader_does_not_know_are_reported(tmp_path: Path, rows: str) -> None:
    """Rows on a page of ours that no known table holds (here after the examples) are unreadable (exit 2),
    never dropped in silence."""
    page = CELLS_PAGE + "\nExample Requests\n\nGET https://{endpoint}/v1/p1/things/t1\n\n" + rows + "\n"
    result = report(tmp_path, {"page.txt": page})
    assert result.exit_status == 2, result.as_text()
    assert [u.why for u in result.results[0].unreadable] == ["a field row outside any table the reader knows"]
