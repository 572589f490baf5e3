"""Saved HTML pages and http(s):// URLs (doc_pages/html/, following the vendors' table markup: Huawei
help-center tables with captions and `<li>` enums, Tencent API tables); URLs are served on 127.0.0.1."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import check_docs
import pytest
from docdrift.inputs import page_inputs
from drift.report import Report
from served_pages import serving
from spec_check import ROOT

HTML = Path(__file__).parent / "doc_pages" / "html"


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    """The fixture pages on a local HTTP server (127.0.0.1, an ephemeral port)."""
    with serving(HTML) as url:
        yield url


def findings(report: Report) -> set[tuple[str, str, str]]:
    return {(f.kind, f.where, f.status) for r in report.results for f in r.findings}


# These fixtures are the live renderings of the pages the seeds are copies of (their canonical links are the
# seeds' x-doc-sources URLs), so the decisions pinned for the seeds apply to them: the same page, whatever it
# is saved as. A pin that records what the seed lacks (seed 000's 14 states, seed 004's missing value list of
# status) is stale on a rendering that now lists them as the spec does.
EXPECTED = {
    "huawei-en-show-short-job.html": (29, {
        ("undocumented", "response 400 › request_id", "decided"), ("undocumented", "response 401", "decided"),
        ("stale", "response 200 › state", "stale"),
    }),
    "huawei-zh-show-audio-moderation-job.html": (28, {
        ("stale", "response 200 › status", "stale"),
        ("required", "header › X-Auth-Token", "decided"), ("undocumented", "response 400 › request_id", "decided"),
        ("undocumented", "response 401", "decided"),
        ("enum-removed", "response 200 › request_params › event_type", "decided"),
        ("enum-removed", "response 200 › request_params › categories", "decided"),
    }),
    "tencent-describe-tasks.html": (9, set()),
}  # fmt: skip


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_saved_html_pages_are_read_like_text_pages(page: str) -> None:
    report = check_docs.check([str(HTML / page)])
    (result,) = report.results
    fields, expected = EXPECTED[page]
    assert (result.status, result.compared, findings(report)) == ("checked", fields, expected), report.as_text()
    assert result.unreadable == []
    if page.startswith("huawei"):  # Huawei pages describe each sub-object in a captioned table of their own
        assert not [n for n in result.notes if "no table" in n], result.notes


def test_enum_list_items_captions_and_ranges_are_read() -> None:
    page, aliases = check_docs.read_page(next(page_inputs([str(HTML / "huawei-en-show-short-job.html")])))
    rows = {(t.name, r.name): r for t in page.tables for r in t.rows}
    assert rows[(None, "state")].enum[:2] == ("CREATING", "SYSTEM_AUDITING") and len(rows[(None, "state")].enum) == 16
    assert (rows[(None, "create_time")].minimum, rows[(None, "create_time")].maximum) == (1, 2147483647)
    assert (rows[("AssessProperty", "status")].minimum, rows[("AssessProperty", "status")].maximum) == (-1, 1)
    source = (HTML / "huawei-en-show-short-job.html").read_text(encoding="utf-8").splitlines()
    line = rows[(None, "create_time")].line
    assert line is not None and "<p>create_time</p>" in source[line - 1]  # the <tr>'s line in the HTML source
    assert aliases == ("https://support.huaweicloud.com/intl/en-us/api-metastudio/ShowShortJob.html",)


def test_a_change_in_an_html_page_is_drift(tmp_path: Path) -> None:
    text = (HTML / "huawei-zh-show-audio-moderation-job.html").read_text(encoding="utf-8")
    changed = text.replace('"meaningless：无意义违规内容。"', "").replace("<li>meaningless：无意义违规内容。</li>", "")
    changed = changed.replace("<p>Float</p></td>", "<p>Double</p></td>", 1)
    (tmp_path / "page.html").write_text(changed, encoding="utf-8")
    found = findings(check_docs.check([str(tmp_path / "page.html")]))
    assert ("enum-removed", "response 200 › result › details › label", "stale") in found  # against its pin
    assert ("type", "response 200 › result › details › start_time", "drift") in found


def test_urls_are_fetched(served: str) -> None:
    urls = [f"{served}/{name}" for name in sorted(EXPECTED)]
    report = check_docs.check(urls)
    assert [r.name for r in report.results] == urls
    assert [(r.status, r.compared) for r in report.results] == [("checked", EXPECTED[n][0]) for n in sorted(EXPECTED)]


def test_a_url_that_cannot_be_fetched_is_unusable_input_naming_it(served: str) -> None:
    missing = f"{served}/no-such-page.html"
    closed = "http://127.0.0.1:9/nothing-listens-here"
    report = check_docs.check([missing, closed])
    assert [(r.name, r.status, r.reason.split(":")[0]) for r in report.results] == [
        (missing, "unusable", "cannot be fetched (HTTP 404 File not found)"),
        (closed, "unusable", "cannot be fetched (ConnectError"),
    ]
    assert report.exit_status == 2


def test_the_script_exits_2_naming_a_url_it_cannot_fetch() -> None:
    closed = "http://127.0.0.1:9/nothing-listens-here"
    result = subprocess.run([sys.executable, "scripts/check_docs.py", closed], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert f"  {closed}: cannot be fetched (ConnectError" in result.stdout  # the URL as given, not a path
    assert result.stdout.splitlines()[-1].startswith("check-docs: unusable input (1 source(s)")


def test_a_decision_may_name_a_page_by_its_url(served: str, tmp_path: Path) -> None:
    """A decision naming the page's URL (and no file) applies to the page fetched from that URL only."""
    spec = (Path(check_docs.__file__).parent.parent / "specs" / "metastudio.yaml").read_text(encoding="utf-8")
    url = f"{served}/huawei-en-show-short-job.html"
    old = (
        "000_d6c3820d8e5e102a.txt, 001_4570e2dd915db35d.txt, 002_fc218e4216f77bde.txt, metastudio-submit-short-job.txt"
    )
    assert old in spec
    (tmp_path / "metastudio.yaml").write_text(spec.replace(old, f"'{url}/'"), encoding="utf-8")
    report = check_docs.check([url, str(HTML / "huawei-en-show-short-job.html")], [tmp_path / "metastudio.yaml"])
    statuses = [{f.status for f in r.findings if f.where == "response 400 › request_id"} for r in report.results]
    assert statuses == [{"decided"}, {"drift"}]


TITLE_ROW = '<caption><b>Table 1 </b>Path Parameters</caption>\n<thead align="left">'


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (TITLE_ROW, '<thead align="left"><tr><th colspan="4">Table 1 Path Parameters</th></tr>'),
        (TITLE_ROW, TITLE_ROW + '<tr><th colspan="4">Path parameters of the operation</th></tr>'),
        ('<tr><td class="cellrowborder" valign="top" headers="mcps1.3.6.1.1 "><p>job_failed_code',
         '<tr><td colspan="3">The following fields are returned when the task failed.</td></tr>'
         '<tr><td class="cellrowborder" valign="top" headers="mcps1.3.6.1.1 "><p>job_failed_code'),
    ],
    ids=["title-row-instead-of-a-caption", "title-row-under-a-caption", "note-row-among-the-fields"],
)  # fmt: skip
def test_title_and_note_rows_are_not_fields(tmp_path: Path, old: str, new: str) -> None:
    text = (HTML / "huawei-en-show-short-job.html").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "page.html").write_text(text.replace(old, new, 1), encoding="utf-8")
    report = check_docs.check([str(tmp_path / "page.html")])
    plain = check_docs.check([str(HTML / "huawei-en-show-short-job.html")])
    assert (findings(report), report.results[0].compared) == (findings(plain), 29), report.as_text()


def test_a_column_is_read_by_its_cells_when_its_header_word_is_unknown(tmp_path: Path) -> None:
    text = (HTML / "huawei-en-show-short-job.html").read_text(encoding="utf-8")
    changed = text.replace("<p>Mandatory</p>", "<p>Pflicht</p>", 1).replace("<p>Yes</p>", "<p>No</p>", 1)
    (tmp_path / "page.html").write_text(changed, encoding="utf-8")
    assert ("required", "path › project_id", "drift") in findings(check_docs.check([str(tmp_path / "page.html")]))


def test_a_table_of_fields_whose_header_cannot_be_read_is_reported(tmp_path: Path) -> None:
    text = (HTML / "huawei-en-show-short-job.html").read_text(encoding="utf-8")
    header = text[text.index('<thead align="left">') : text.index("</thead>") + len("</thead>")]
    (tmp_path / "page.html").write_text(text.replace(header, "", 1), encoding="utf-8")
    report = check_docs.check([str(tmp_path / "page.html")])
    assert report.exit_status == 2
    (unreadable,) = report.results[0].unreadable
    assert unreadable.why == "a table of fields whose header row cannot be read" and unreadable.line == 15
