"""Notations of the stored copies of the MetaStudio voice-training pages, read as what they are: a value list
in parentheses after the description, values with parenthesised glosses separated by `/`, and a response
body table written on one line (fixture doc_pages/huawei-voice-training-notations.txt)."""

from __future__ import annotations

from pathlib import Path

import check_docs
import pytest
from docdrift.describe import describe
from docdrift.inputs import page_inputs

PAGES = Path(__file__).parent / "doc_pages"
PAGE = "huawei-voice-training-notations.txt"

SPEC = """
openapi: 3.0.3
info:
  title: Voice training
  version: "v1"
  x-client: {package: voice_client, project: voice-client, overrides: [common]}
paths:
  /v1/{project_id}/voice-training-manage/user/jobs:
    get:
      operationId: ListVoiceTrainingJob
      x-doc-sources: [{url: "https://example.com/list", title: List}]
      parameters:
        - {name: project_id, in: path, required: true, schema: {type: string}}
        - {name: create_type, in: query, schema: {type: string, enum: [PACKAGE, SEGMENT]}}
        - {name: tag, in: query, schema: {type: string, enum: [ECOMMERCE, NEWS, STORYTELLING]}}
        - {name: sort_dir, in: query, schema: {type: string, enum: [desc, asc], default: desc}}
      responses:
        "200": {description: ok}
        "400":
          description: error
          content:
            application/json:
              schema: {type: object, properties: {error_code: {type: string}, error_msg: {type: string}}}
"""


@pytest.mark.parametrize(
    ("description", "values"),
    [
        ("任务创建方式。 (PACKAGE | SEGMENT — enum per create pages)", ("PACKAGE", "SEGMENT")),
        ("任务标签。 (ECOMMERCE | NEWS | MARKETING | STORYTELLING)", ("ECOMMERCE", "NEWS", "MARKETING",
                                                           "STORYTELLING")),
        ("Task tag.\n(ECOMMERCE | NEWS)", ("ECOMMERCE", "NEWS")),
        ("Creation mode (PACKAGE | SEGMENT - see the create pages).", ("PACKAGE", "SEGMENT")),
        ("Sort order: desc (descending) | asc (ascending)", ("desc", "asc")),
        ("Signature method (HmacSHA256 | HmacSHA1).", ("HmacSHA256", "HmacSHA1")),
        ("排序规则:desc(降序)/asc(升序) 默认取值: desc", ("desc", "asc")),
        ("Sort order: desc (descending) / asc (ascending)", ("desc", "asc")),
        ("是否展示: True（展示全部）、False（只展示命中）", ("True", "False")),
        # remarks and prose in parentheses are not values
        ("State.\n(en: BASIC basic edition | MIDDLE advanced edition)", ()),
        ("State.\n(older pages also had LLM_MAJOR: 大模型 | LLM_MINOR: 小语种)\nNEW: new", ("NEW",)),
        ("通过AK(Access Key ID)/SK(Secret Access Key)加密调用请求。", ()),
        ("The job ID (a UUID), returned by the create call (see above).", ()),
        ("Task tag (optional).", ()),
    ],
)  # fmt: skip
def test_values_in_parentheses(description: str, values: tuple[str, ...]) -> None:
    assert describe(description).enum == values


def _findings(page: Path, spec: Path) -> tuple[str, list[tuple[str, str, str]]]:
    report = check_docs.check([str(page)], [spec])
    found = [(f.kind, f.where, f.status) for r in report.results for f in r.findings if f.status != "ok"]
    return report.as_text(), found


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "voice.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


def _mutated(tmp_path: Path, old: str, new: str) -> Path:
    text = (PAGES / PAGE).read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "pages" / PAGE
    path.parent.mkdir(exist_ok=True)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_the_notations_are_read() -> None:
    page = check_docs.read_page(next(page_inputs([str(PAGES / PAGE)])))[0]
    assert not page.unreadable and not page.stray, (page.unreadable, page.stray)
    rows = {(t.area, t.status, r.name): r for t in page.tables for r in t.rows}
    assert rows["query", None, "create_type"].enum == ("PACKAGE", "SEGMENT")
    assert rows["query", None, "tag"].enum == ("ECOMMERCE", "NEWS", "STORYTELLING")
    assert (rows["query", None, "sort_dir"].enum, rows["query", None, "sort_dir"].default) == (("desc", "asc"), "desc")
    body = [(r.name, r.kind.name if r.kind else None) for t in page.area("response", status=400) for r in t.rows]
    assert body == [("error_code", "string"), ("error_msg", "string")]
    assert not page.area("response", status=200)  # "状态码 200 OK (no body)"


def test_the_page_agrees_with_its_spec(spec: Path) -> None:
    text, found = _findings(PAGES / PAGE, spec)
    assert found == [], text


@pytest.mark.parametrize(
    ("old", "new", "finding"),
    [
        ("(PACKAGE | SEGMENT", "(SEGMENT", ("enum-removed", "query › create_type", "drift")),
        ("| NEWS | STORYTELLING)", "| NEWS)", ("enum-removed", "query › tag", "drift")),
        ("(ECOMMERCE | NEWS", "(NEWS", ("enum-removed", "query › tag", "drift")),
        ("desc(降序)/asc(升序)", "desc(降序)", ("enum-removed", "query › sort_dir", "drift")),
        ("error_msg String", "error_msg Integer", ("type", "response 400 › error_msg", "drift")),
    ],
)
def test_a_changed_notation_is_drift(
    tmp_path: Path, spec: Path, old: str, new: str, finding: tuple[str, str, str]
) -> None:
    text, found = _findings(_mutated(tmp_path, old, new), spec)
    assert finding in found, text


@pytest.mark.parametrize(
    "line",
    [
        "响应参数 400: error_code String 错误码。 error_msg String 错误描述。",  # the upload-address page
        "Response (400): error_code String Error code. error_msg String Error message.",
    ],
)
def test_other_one_line_bodies(tmp_path: Path, spec: Path, line: str) -> None:
    page = _mutated(tmp_path, "响应参数: 状态码 200 OK (no body).  状态码 400 表4: error_code String 错误码。 "
                    "error_msg String 错误描述。", line)  # fmt: skip
    text, found = _findings(page, spec)
    assert found == [], text


def test_a_row_of_a_one_line_table_that_cannot_be_read_is_reported(tmp_path: Path, spec: Path) -> None:
    page = _mutated(tmp_path, "error_msg String", "error_msg Strnig")
    report = check_docs.check([str(page)], [spec])
    assert report.exit_status == 2, report.as_text()
    (unreadable,) = report.results[0].unreadable
    assert unreadable.line == 8 and "error_msg Strnig" in str(unreadable)
