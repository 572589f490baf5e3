"""Which operation a page documents (scripts/docdrift/recognize.py, identity.py): a changed method or URI,
an operation of our API the specs do not define, pages of other products, two pages in one file, a URI only
mentioned in prose, and the page identity decisions follow. Small fixtures (doc_pages/) against our specs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import check_docs
import pytest
import yaml
from drift.report import Report
from served_pages import serving
from spec_check import ROOT, SpecError, load

PAGES = Path(__file__).parent / "doc_pages"
CREATE = "huawei-en-bullets-create-short-job.txt"  # CreateShortJob, titled as our x-doc-sources entry
TENCENT = "tencent-en-valid-values-describe-task-detail.txt"
SHARED = ROOT.parent / "shared"


def check(tmp_path: Path, text: str, name: str = CREATE) -> Report:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return check_docs.check([str(tmp_path / name)])


def findings(report: Report) -> list[tuple[str, str, str]]:
    return [(f.kind, f.where, f.status) for r in report.results for f in r.findings]


def page(name: str = CREATE) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


SHORT_JOBS = "/v1/{project_id}/voice-training-manage/user/short-jobs"
URI = f"POST {SHORT_JOBS}"


@pytest.mark.parametrize(
    "changed",
    [
        "PUT /v1/{project_id}/voice-training-manage/user/short-jobs",
        "POST /v2/{project_id}/voice-training-manage/user/short-jobs",
        "POST /v1/{project_id}/voice-training-manage/user/short-tasks",
        "POST /v1/{project_id}/voice-training-manage/user/short-jobs/extra",
        "POST /v1/{project_id}/voice-training-manage/user/short-jobs/{job_id}",  # CommitShortJob's URI
    ],
)
def test_a_changed_method_or_uri_of_a_named_page_is_drift(tmp_path: Path, changed: str) -> None:
    """The page is named after CreateShortJob (its title is that of our x-doc-sources entry): it is still
    compared with CreateShortJob, and the changed method or URI is drift."""
    report = check(tmp_path, page().replace(URI, changed))
    (result,) = report.results
    assert result.status == "checked" and "CreateShortJob" in result.subject, report.as_text()
    (uri,) = [f for f in result.findings if f.kind == "uri"]
    assert uri.status == "drift" and f"documents it as {changed}; the spec has {URI}" in uri.message
    assert result.compared == 12 and report.exit_status == 1


@pytest.mark.parametrize(
    ("changed", "group"),
    [
        ("POST /v2/{project_id}/voice-training-manage/user/short-jobs", "/v1/{project_id}/voice-training-manage"),
        ("POST /v1/{project_id}/voice-training-manage/user/short-tasks", "/v1/{project_id}/voice-training-manage"),
        ("GET /v3/{project_id}/moderation/audio/streams", "/v3/{project_id}/moderation/audio"),
    ],
)
def test_an_operation_of_our_api_the_specs_do_not_define_is_drift(tmp_path: Path, changed: str, group: str) -> None:
    unnamed = page().replace("Creating a Short Task", "An API page").replace(URI, changed)
    report = check(tmp_path, unnamed, "page.txt")
    assert [(f.kind, f.status) for f in report.results[0].findings] == [("undefined operation", "drift")]
    assert f"is in our API group {group}" in report.results[0].findings[0].message
    assert report.exit_status == 1


def test_an_operation_listed_as_not_covered_is_not_covered_with_its_reason(tmp_path: Path) -> None:
    listed = (
        page()
        .replace("Creating a Short Task", "A task's operation log")
        .replace(URI, "GET /v1/{project_id}/voice-training-manage/user/jobs/{job_id}/op-logs")
    )
    (result,) = check(tmp_path, listed, "page.txt").results
    assert result.status == "not covered"
    assert "ListJobOperationLog is not covered by metastudio.yaml (x-not-covered: Account and batch administration" in (
        result.reason
    )


def test_tencent_actions_of_our_product_are_ours_other_products_are_not(tmp_path: Path) -> None:
    text = page(TENCENT)
    assert "DescribeTaskDetail" in text
    undefined = check(tmp_path, text.replace("DescribeTaskDetail", "DescribeTaskDetailV2"), TENCENT)
    assert [(f.kind, f.status) for f in undefined.results[0].findings] == [("undefined operation", "drift")]
    listed = check(tmp_path, text.replace("DescribeTaskDetail", "CreateAudioModerationSyncTask"), TENCENT)
    assert listed.results[0].status == "not covered" and "x-not-covered" in listed.results[0].reason
    other = check(tmp_path, text.replace("ams.tencentcloudapi.com", "vm.tencentcloudapi.com"), TENCENT)
    assert (other.results[0].status, other.exit_status) == ("not covered", 0)


def test_a_page_at_our_address_that_documents_another_product_or_version_is_drift(tmp_path: Path) -> None:
    """A Tencent page of another version or product is not covered (a title such as DescribeTaskDetail is
    also Video Moderation's); but the page at our x-doc-sources address (fetched from it, or a saved copy
    listing it) that now documents another version or product is our page changed: drift, compared."""
    address = "https://www.tencentcloud.com/document/api/1139/46100"
    for old, new, now in [("2020-12-29", "2021-09-22", "ams 2021-09-22"), ("ams.", "vm.", "vm 2020-12-29")]:
        text = page(TENCENT).replace(old, new)
        assert check(tmp_path, text, TENCENT).results[0].status == "not covered"
        report = check(tmp_path, f"SOURCE: {address}\n\n{text}", TENCENT)
        assert (report.exit_status, report.results[0].status) == (1, "checked"), report.as_text()
        assert ("product", "DescribeTaskDetail", "drift") in findings(report)  # and its fields are compared
        assert (
            f"DRIFT product: DescribeTaskDetail: the page (its address {address}) documents action DescribeTaskDetail"
            f" ({now}); the spec has ams 2020-12-29" in report.as_text()
        )
    report = check(tmp_path, f"SOURCE: {address}\n\n{page(TENCENT)}", TENCENT)  # a partial page: fields drift
    assert report.results[0].status == "checked" and "product" not in {kind for kind, _, _ in findings(report)}


def test_a_page_of_structures_at_our_address_of_another_version_is_drift(tmp_path: Path) -> None:
    name = "tencent-ams-data-structures.txt"
    text = (SHARED / "docs" / name).read_text(encoding="utf-8").replace("AMS 2020-12-29", "AMS 2021-09-22")
    report = check(tmp_path, text, name)
    assert (report.exit_status, report.results[0].status) == (1, "checked"), report.as_text()
    assert [f[:2] for f in findings(report) if f[2] != "decided"] == [("product", "data structures")]
    assert "the page (its address https://www.tencentcloud.com/document/api/1139/46098) documents the data " \
        "structures of ams 2021-09-22; the spec has ams 2020-12-29" in report.as_text()  # fmt: skip
    without = "\n".join(line for line in text.splitlines() if "https://" not in line)
    assert check(tmp_path, without, "structures.txt").results[0].status == "not covered"


def test_a_uri_with_a_query_template_is_matched_on_its_path(tmp_path: Path) -> None:
    plain = check(tmp_path, page(), "plain.txt")
    report = check(tmp_path, page().replace(URI, URI + "?language={language}"))
    assert (report.results[0].subject, report.results[0].compared) == (plain.results[0].subject, 12)
    assert findings(report) == findings(plain), report.as_text()


def test_a_field_named_uri_is_not_a_uri_heading(tmp_path: Path) -> None:
    """A new response field "uri" (a paragraph of its own, as a heading would be) is a field."""
    text = page().replace(
        "data_uploading_url\n\nString", "uri\n\nString\n\nAn address.\n\ndata_uploading_url\n\nString"
    )
    text += "\nExample Requests\n\nPOST https://{endpoint}/v1/3f09/voice-training-manage/user/short-jobs\n"
    assert findings(check(tmp_path, text)) == [("missing", "response 200 › uri", "drift")] + [
        f for f in findings(check(tmp_path, page())) if f[0] != "missing"
    ]


def test_two_pages_in_one_file_are_unusable_input(tmp_path: Path) -> None:
    (result,) = check(tmp_path, page() + "\n\n" + page().replace(URI, URI + "/{job_id}"), "two.txt").results
    assert result.status == "unusable" and "two pages in one file?" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Creating a Short Task\n\nURI\n\nPOST /v1/{project_id}/voice-training-manage/user/short-jobs\n",
        "Creating a Short Task\n",
    ],
    ids=["cut-after-its-uri", "title-only"],
)
def test_a_page_of_ours_without_a_readable_table_is_unusable_input(tmp_path: Path, text: str) -> None:
    report = check(tmp_path, text, "cut.txt")
    (result,) = report.results
    assert (result.status, report.exit_status) == ("unusable", 2)
    assert "CreateShortJob" in result.reason and "no parameter table on it could be read" in result.reason


def test_a_uri_mentioned_in_prose_makes_a_page_ours_only_with_its_parameters(tmp_path: Path) -> None:
    prose = f"How to sign\nFor example, the request {URI} is signed as follows.\n"
    unrelated = prose + "Parameter | Type | Description |\nfoo | String | bar |\n"
    (result,) = check(tmp_path, unrelated, "guide.txt").results
    assert result.status == "not covered" and "none of its tables documents the parameters of CreateShortJob" in (
        result.reason
    )
    related = prose + "Parameter | Type | Description |\njob_id | Integer | Task ID. |\n"
    report = check(tmp_path, related, "guide.txt")
    assert report.results[0].status == "checked" and ("type", "response 200 › job_id", "drift") in findings(report)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "served").mkdir()
    with serving(tmp_path / "served") as url:
        yield url


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the checkout")
def test_decisions_follow_the_page_whatever_it_is_saved_as_or_fetched_from(tmp_path: Path, served: str) -> None:
    """The unchanged seed fetched by URL, or saved under another name, is the seed: its decisions apply."""
    seed = SHARED / "seeds" / "001_4570e2dd915db35d.txt"
    (tmp_path / "served" / "create.txt").write_bytes(seed.read_bytes())
    (tmp_path / "页 面 (copy).html").write_bytes(seed.read_bytes())
    report = check_docs.check([str(seed), str(tmp_path / "页 面 (copy).html"), f"{served}/create.txt"])
    assert [(r.status, r.compared, r.drift) for r in report.results] == [("checked", 12, 0)] * 3, report.as_text()
    decided = [sorted((f.kind, f.where) for f in r.findings) for r in report.results]
    assert decided[0] == decided[1] == decided[2] and len(decided[0]) >= 3


def _validate(tmp_path: Path, edit: Any) -> str:
    document = yaml.safe_load((ROOT / "specs" / "metastudio.yaml").read_text(encoding="utf-8"))
    edit(document)
    path = tmp_path / "metastudio.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load(path)
    return str(caught.value)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["x-not-covered"].append({"operation": "ShowShortJob", "method": "GET", "why": "w",
                                              "path": f"{SHORT_JOBS}/{{job_id}}"}),
         "ShowShortJob is defined in paths: remove it from x-not-covered"),
        (lambda d: d["x-not-covered"][0].pop("why"), "`why` must say why the spec does not define it"),
        (lambda d: d["x-not-covered"][0].pop("path"), "give either `method` and `path`"),
        (lambda d: d.update({"x-not-covered": {"a": 1}}), "a list of {operation, why, method + path or action}"),
    ],
    ids=["defined", "no-why", "no-path", "not-a-list"],
)  # fmt: skip
def test_the_validator_checks_x_not_covered(tmp_path: Path, edit: Any, message: str) -> None:
    assert message in _validate(tmp_path, edit)


@pytest.mark.parametrize("heading", ["Request URI", "请求URI", "URI format"])
def test_an_example_url_with_literal_ids_is_no_second_copy_of_the_operation(tmp_path: Path, heading: str) -> None:
    """A renamed URI heading still declares the URI; the example request's concrete URL (literal ids) is no
    URI template, and one operation named twice on a page is compared once."""
    example = "\nExample Requests\n\nPOST https://{endpoint}/v1/3f0924078d1b471c884a5383d4dec9fa/voice-training-manage/user/short-jobs\n"
    text = page().replace("\nURI\n", f"\n{heading}\n", 1) + example
    plain = check(tmp_path, page(), "plain.txt").results[0]
    result = check(tmp_path, text).results[0]
    assert result.subject == plain.subject == f"metastudio.yaml CreateShortJob ({URI})"
    assert (result.compared, len(result.findings)) == (plain.compared, len(plain.findings))


def test_the_same_operation_mentioned_twice_is_compared_once(tmp_path: Path) -> None:
    text = page().replace("\nURI\n", "\nOverview\n", 1) + f"\nSee also: {URI}\n"
    result = check(tmp_path, text, "renamed.txt").results[0]
    assert result.subject.count("CreateShortJob") == 1, result.subject


SEED_SHOW = SHARED / "seeds" / "000_d6c3820d8e5e102a.txt"
CREATING = "  • CREATING: The task is being created.\n"


def _seed_show(extra: str = "") -> str:
    return SEED_SHOW.read_text(encoding="utf-8").replace(CREATING, CREATING + extra, 1)


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the checkout")
def test_a_copy_of_a_known_page_gets_its_pins_checked_whatever_its_name(tmp_path: Path, served: str) -> None:
    """Seed 000 re-fetched by URL or saved under another name, now listing the two states the decision says it
    lacks: the decision is stale there as on the seed's own name, worded as what it pinned and what the page
    says now."""
    page = _seed_show("\n  • USER_RESULT_REVIEW: x.\n\n  • USER_REVIEW_REJECT: y.\n")
    (tmp_path / "served" / "show.txt").write_text(page, encoding="utf-8")
    (tmp_path / "saved as.txt").write_text(page, encoding="utf-8")
    (tmp_path / SEED_SHOW.name).write_text(page, encoding="utf-8")
    report = check_docs.check([str(tmp_path / SEED_SHOW.name), str(tmp_path / "saved as.txt"), f"{served}/show.txt"])
    for result in report.results:
        (stale,) = [f for f in result.findings if f.status == "stale"]
        assert stale.where == "response 200 › state", report.as_text()
        assert "pinned enum [CREATING, SYSTEM_AUDITING, AUDITING, ... SUCCEED] (14 values); the source now says" in (
            stale.message
        )
        assert stale.message.endswith("(adds USER_RESULT_REVIEW, USER_REVIEW_REJECT), as the spec has it: drop or "
                                      "re-pin the decision")  # fmt: skip
    assert report.exit_status == 1


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the checkout")
def test_a_new_value_on_a_copy_is_reported_against_the_pin(tmp_path: Path) -> None:
    """A copy adding ARCHIVED: one stale finding saying what was pinned and what the page adds, not "USER_*
    no longer documented" (they never were)."""
    (tmp_path / "show.txt").write_text(_seed_show("\n  • ARCHIVED: new state.\n"), encoding="utf-8")
    (result,) = check_docs.check([str(tmp_path / "show.txt")]).results
    on_state = [f for f in result.findings if f.where == "response 200 › state"]
    assert [(f.kind, f.status) for f in on_state] == [("enum-added", "stale")], on_state
    assert on_state[0].message.endswith("(15 values) (adds ARCHIVED)") and "no longer documented" not in str(on_state)


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the checkout")
def test_a_copy_without_its_title_is_known_by_its_operation(tmp_path: Path) -> None:
    """No title, no URL: the page documenting seed 000's operation with seed 000's text is seed 000."""
    seed = check_docs.check([str(SEED_SHOW)]).results[0]
    (tmp_path / "untitled.txt").write_text(_seed_show().replace("Querying Short Task Details\n", ""), "utf-8")
    (result,) = check_docs.check([str(tmp_path / "untitled.txt")]).results
    assert (result.drift, sorted((f.kind, f.where, f.status) for f in result.findings)) == (
        0, sorted((f.kind, f.where, f.status) for f in seed.findings)), result.findings  # fmt: skip
