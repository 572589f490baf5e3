"""Page layouts the vendors publish (fixtures in doc_pages/, following real renderings of our pages) read
right, checked against our real specs; pages of another product or version are not ours."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import check_docs
import pytest
from docdrift.inputs import page_inputs
from docdrift.pages import Page
from drift.report import Report

PAGES = Path(__file__).parent / "doc_pages"

VOICE_SPEC = """
openapi: 3.0.3
info:
  title: Voice training
  version: "v1"
  x-client: {package: voice_client, project: voice-client, overrides: [common]}
paths:
  /v1/{project_id}/voice-training-manage/user/basic-jobs:
    parameters: [{$ref: "#/components/parameters/ProjectId"}]
    post:
      operationId: CreateTrainingBasicJob
      x-doc-sources: [{url: "https://example.com/basic", title: Basic}]
      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/CreateTrainingJobReq"}}}}
      responses: {"200": {$ref: "#/components/responses/Created"}, "400": {$ref: "#/components/responses/Error"}}
  /v1/{project_id}/voice-training-manage/user/advance-jobs:
    parameters: [{$ref: "#/components/parameters/ProjectId"}]
    post:
      operationId: CreateTrainingAdvanceJob
      x-doc-sources: [{url: "https://example.com/advance", title: Advance}]
      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/CreateTrainingJobReq"}}}}
      responses: {"200": {$ref: "#/components/responses/Created"}, "400": {$ref: "#/components/responses/Error"}}
  /v1/{project_id}/voice-training-manage/user/jobs:
    parameters: [{$ref: "#/components/parameters/ProjectId"}]
    get:
      operationId: ListVoiceTrainingJob
      x-doc-sources: [{url: "https://example.com/list", title: List}]
      parameters:
        - {name: offset, in: query, schema: {type: integer, format: int32, minimum: 0, maximum: 2147483647, default: 0}}
        - {name: limit, in: query, schema: {type: integer, format: int32, minimum: 1, maximum: 100, default: 10}}
        - {name: state, in: query, schema: {type: string, enum: [CREATING, SUCCEED, FAILED]}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  count: {type: integer, format: int32}
                  jobs:
                    type: array
                    items:
                      type: object
                      properties: {job_id: {type: string}, state: {type: string}}
components:
  parameters:
    ProjectId: {name: project_id, in: path, required: true, schema: {type: string}}
  responses:
    Error:
      description: error
      content:
        application/json:
          schema: {type: object, properties: {error_code: {type: string}, error_msg: {type: string}}}
    Created:
      description: ok
      content:
        application/json:
          schema:
            type: object
            properties: {job_id: {type: string}, training_data_uploading_url: {type: string}}
  schemas:
    CreateTrainingJobReq:
      type: object
      required: [voice_name]
      properties:
        tag: {type: string, enum: [ECOMMERCE, NEWS]}
        voice_name: {type: string}
        sex: {type: string, enum: [FEMALE, MALE], default: FEMALE}
"""


def check(*names: str, spec: Path | None = None) -> Report:
    return check_docs.check([str(PAGES / name) for name in names], [spec] if spec else None)


def findings(report: Report) -> list[tuple[str, str, str]]:
    return [(f.kind, f.where, f.status) for r in report.results for f in r.findings]


def no_drift_but_stale_pins(report: Report) -> set[str]:
    """Where the report's only failures are, asserting they are stale pins: these fixtures are fuller renderings
    of the seeds (they list the values a seed lacks), so the seeds' decisions that record the lack are stale
    on them."""
    failing = [f for r in report.results for f in r.findings if f.drift]
    assert all(f.status == "stale" for f in failing), report.as_text()
    return {f.where for f in failing}


def read(name: str) -> Page:
    return check_docs.read_page(next(page_inputs([str(PAGES / name)])))[0]


def mutated(tmp_path: Path, name: str, old: str, new: str, spec: Path | None = None) -> list[tuple[str, str, str]]:
    """The findings on a copy of the fixture with `old` replaced (the same file name, so decisions apply)."""
    text = (PAGES / name).read_text(encoding="utf-8")
    assert old in text, old
    (tmp_path / name).write_text(text.replace(old, new), encoding="utf-8")
    return findings(check_docs.check([str(tmp_path / name)], [spec] if spec else None))


def test_english_huawei_bullets_keep_short_codes() -> None:
    """`• CN: Chinese` / `• EN: English` (and `• zh: Chinese`) are values, not words to throw away."""
    report = check("huawei-en-bullets-create-short-job.txt")
    assert no_drift_but_stale_pins(report) == {"request body › job_type", "request body › language"}, report.as_text()
    language = next(
        r for t in read("huawei-en-bullets-create-short-job.txt").tables for r in t.rows if r.name == "language"
    )
    assert (language.enum, language.default) == (("CN", "EN"), "CN")
    report = check("huawei-en-bullets-audio-input.txt")
    assert not [f for f in findings(report) if f[0].startswith("enum") or f[0] == "default"], report.as_text()
    assert report.results[0].compared == 5


@pytest.mark.parametrize(
    ("page", "subject", "fields"),
    [
        ("tencentcloud-com-cancel-task.txt", "ams.yaml CancelTask", 2),
        ("tencentcloud-com-describe-tasks-markdown.txt", "ams.yaml DescribeTasks", 9),
    ],
)
def test_one_line_pipe_rows_without_headings(tmp_path: Path, page: str, subject: str, fields: int) -> None:
    """tencentcloud.com renders each table as pipe rows under a header row; with no "Input Parameters"
    heading above, the header places it (a Required column: the request)."""
    report = check(page)
    assert report.outcome == "agrees", report.as_text()
    assert report.results[0].subject.startswith(subject) and report.results[0].compared == fields
    found = mutated(tmp_path, page, "RequestId | String", "RequestId | Integer")
    assert ("type", "response 200 › RequestId", "drift") in found


def test_chinese_tencent_pages_with_ascii_punctuation() -> None:
    report = check("tencent-zh-ascii-punctuation-describe-task-detail.txt")
    (result,) = report.results
    assert result.subject == "ams.yaml DescribeTaskDetail (action DescribeTaskDetail (ams 2020-12-29))"
    compared = {f.where for f in result.findings}
    assert "request body › TaskId" not in compared and "response 200 › Status" not in compared  # both agree
    assert result.compared == 4
    assert {f.where for f in result.findings if f.kind != "undocumented"} == set()


@pytest.mark.parametrize(
    ("page", "compared", "note"),
    [
        ("huawei-zh-blank-required-show-audio-job.txt",
         {"path › project_id", "path › job_id", "request › X-Auth-Token"}, "required-ness left blank on 2 row(s)"),
        ("huawei-en-blank-mandatory-paragraphs.txt", {"path › project_id", "path › job_id"},
         "required-ness left blank on 2 row(s)"),
    ],
)  # fmt: skip
def test_blank_required_cells_keep_their_rows(tmp_path: Path, page: str, compared: set[str], note: str) -> None:
    """A 是否必选 / Mandatory column left blank: the rows are read (type and all) with required-ness unstated."""
    page_read = read(page)
    rows = {f"{t.area} › {r.name}": r for t in page_read.tables for r in t.rows}
    assert compared <= set(rows) and all(rows[name].required is None for name in compared)
    assert any(note in n for n in page_read.notes), page_read.notes
    report = check(page)
    assert not [f for f in report.results[0].findings if f.where in compared], report.as_text()
    old = "job_id |\n|\nString" if "|" in (PAGES / page).read_text() else "job_id\n\nString"
    assert ("type", "path › job_id", "drift") in mutated(tmp_path, page, old, old.replace("String", "Integer"))


def test_an_example_request_after_the_last_table_is_not_part_of_it() -> None:
    report = check("tencent-example-without-heading-cancel-task.txt")
    assert report.outcome == "agrees", report.as_text()
    request_id = next(r for t in read("tencent-example-without-heading-cancel-task.txt").tables for r in t.rows
                      if r.name == "RequestId")  # fmt: skip
    assert request_id.enum == () and "Host" not in request_id.description


def test_english_tencent_valid_values_are_enums(tmp_path: Path) -> None:
    page = "tencent-en-valid-values-describe-task-detail.txt"
    rows = {r.name: r for t in read(page).tables for r in t.rows}
    assert rows["Status"].enum == ("FINISH", "PENDING", "RUNNING", "ERROR", "CANCELLED")
    assert rows["Suggestion"].enum == ("Block", "Review", "Pass")
    assert rows["Status"].nullable is True and rows["ShowAllSegments"].default == "False"
    report = check(page)
    assert not [f for f in findings(report) if f[0] != "undocumented" and f[2] != "stale"], report.as_text()
    stale = {f.where for r in report.results for f in r.findings if f.status == "stale"}
    assert stale == {"response 200 › Status"}  # seed 003 lists no values: its pin is stale on this fuller page
    found = mutated(tmp_path, page, ", CANCELLED (cancelled)", "")
    assert ("enum-removed", "response 200 › Status", "stale") in found  # stale counts as drift


def test_a_page_of_several_operations_is_compared_for_each(tmp_path: Path) -> None:
    spec = tmp_path / "voice.yaml"
    spec.write_text(VOICE_SPEC)
    report = check("huawei-multi-operation-create-training-jobs.txt", spec=spec)
    (result,) = report.results
    assert result.status == "checked", report.as_text()
    assert "CreateTrainingBasicJob" in result.subject and "CreateTrainingAdvanceJob" in result.subject
    assert result.compared == 16 and report.outcome == "agrees", report.as_text()  # 1 + 3 + 2 + 2 fields, twice
    assert any("???-jobs" in note and "incomplete" in note for note in result.notes), result.notes
    found = mutated(tmp_path, "huawei-multi-operation-create-training-jobs.txt", " | NEWS: news", "", spec)
    assert found.count(("enum-removed", "request body › tag", "drift")) == 2  # once per operation


def test_response_fields_after_query_parameters_are_response_fields(tmp_path: Path) -> None:
    spec = tmp_path / "voice.yaml"
    spec.write_text(VOICE_SPEC)
    report = check("huawei-list-training-jobs-response-after-query.txt", spec=spec)
    assert report.outcome == "agrees", report.as_text()
    assert report.results[0].compared == 8
    page = read("huawei-list-training-jobs-response-after-query.txt")
    assert [(t.area, [r.name for r in t.rows]) for t in page.tables] == [
        ("path", ["project_id"]), ("query", ["offset", "limit", "state"]), ("response", ["count", "jobs"]),
        ("object", ["job_id", "state"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("Description\n\njob_id\n\nString", "Description\n\njob_id\n\nStrnig", 41),
        ("job_id\n\nString\n\nTask ID.\n\nResponse", "job_id\n\nArry of strings\n\nTask ID.\n\nResponse", 23),
    ],
)
def test_a_paragraph_row_with_a_misspelt_type_is_unreadable_not_undocumented(
    tmp_path: Path, old: str, new: str, line: int
) -> None:
    """A name cell followed by a type cell that cannot be read is a row the reader cannot read (exit 2, with
    its line), not a description line of the row above and the field "undocumented"."""
    name = "huawei-en-blank-mandatory-paragraphs.txt"
    plain = check(name).results[0]
    text = (PAGES / name).read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    (tmp_path / name).write_text(text.replace(old, new), encoding="utf-8")
    report = check_docs.check([str(tmp_path / name)])
    (unreadable,) = report.results[0].unreadable
    assert (unreadable.line, unreadable.name) == (line, "job_id") and "cannot be read" in unreadable.why
    assert report.exit_status == 2 and report.results[0].compared == plain.compared - 1
    assert not [f for f in report.results[0].findings if f.where.endswith("job_id")], report.as_text()


@pytest.mark.parametrize(
    ("page", "line", "text"),
    [("huawei-unreadable-row.txt", 13, "type 'Strnig' cannot be read"), ("huawei-row-like-line.txt", 5, "'Strin'")],
)
def test_a_row_the_reader_cannot_read_makes_the_input_unusable(page: str, line: int, text: str) -> None:
    report = check(page)
    assert report.exit_status == 2
    (unreadable,) = report.results[0].unreadable
    assert unreadable.line == line and text in str(unreadable)
    assert f"UNREADABLE line {line}: " in report.as_text() and report.as_text().splitlines()[-1].startswith(
        "check-docs: unusable input"
    )


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("tencent-vm-describe-task-detail.txt",
         "action DescribeTaskDetail (vm 2021-09-22) is another product or version than our ams 2020-12-29"),
        ("tencent-ams-v20200608-cancel-task.txt",
         "action CancelTask (ams 2020-06-08) is another product or version than our ams 2020-12-29"),
    ],
)  # fmt: skip
def test_pages_of_another_product_or_version_are_not_covered(page: str, reason: str) -> None:
    report = check(page)
    (result,) = report.results
    assert (result.status, result.reason, report.exit_status) == ("not covered", reason, 0)


MARKDOWN = "huawei-markdown-create-short-job.md"
BOLD_NAME = re.compile(r"(?m)^\| ([A-Za-z_][\w-]*) \|")


@pytest.mark.parametrize(
    "variant",
    [
        lambda s: re.sub(r"\| (Parameter|Mandatory|Type|Description) ", r"| **\1** ", s),
        lambda s: s.replace("| Parameter |", "| Param |"),
        lambda s: s.replace("| Parameter |", "| Parameter: |"),
        lambda s: s.replace("| Type |", "| Parameter Type |"),
        lambda s: s.replace("| Type |", "| Value Type |"),
        lambda s: s.replace("| Type |", "| Data Type |"),
        lambda s: s.replace("| Mandatory |", "| Mandatory/Optional |"),
        lambda s: s.replace("| Description |", "| Remarks |"),
        lambda s: s.replace("| Description |", "| Desc. |"),
        lambda s: s.replace("|", "｜"),
        lambda s: BOLD_NAME.sub(r"| **\1** |", s),
        lambda s: BOLD_NAME.sub(r"| `\1` |", s),
        lambda s: BOLD_NAME.sub(lambda m: "| " + m.group(1).replace("_", "\\_") + " |", s),
        lambda s: s.replace("| Yes |", "| Y |").replace("| No |", "| N |"),
        lambda s: s.replace("| Yes |", "| ✓ |").replace("| No |", "| ✗ |"),
        lambda s: s.replace(" ", "\u00a0"),
        lambda s: re.sub(r"(?m)^\| ([a-z_]+) \|", "| \\1\u200b |", s),
    ],
    ids=["bold-header", "Param", "Parameter:", "Parameter-Type", "Value-Type", "Data-Type", "Mandatory/Optional",
         "Remarks", "Desc.", "full-width-pipes", "bold-names", "backticked-names", "escaped-underscores", "Y/N",
         "ticks", "nbsp-for-every-space", "zero-width-after-names"],
)  # fmt: skip
def test_header_and_cell_variants_are_read_by_kind(tmp_path: Path, variant: Callable[[str], str]) -> None:
    """Headers are recognised by kind (markup, punctuation width, synonyms, space characters aside), not by
    a list of exact strings: every variant of the markdown page is read as the page itself is."""
    plain = check(MARKDOWN)
    assert plain.results[0].compared == 12 and no_drift_but_stale_pins(plain), plain.as_text()
    text = (PAGES / MARKDOWN).read_text(encoding="utf-8")
    (tmp_path / MARKDOWN).write_text(variant(text), encoding="utf-8")
    report = check_docs.check([str(tmp_path / MARKDOWN)])
    assert (findings(report), report.results[0].compared) == (findings(plain), 12), report.as_text()
    retyped = variant(text.replace("| job_type | Yes | String |", "| job_type | Yes | Integer |"))
    (tmp_path / MARKDOWN).write_text(retyped, encoding="utf-8")
    assert ("type", "request body › job_type", "drift") in findings(check_docs.check([str(tmp_path / MARKDOWN)]))
