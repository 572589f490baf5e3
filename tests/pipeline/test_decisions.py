"""Decisions pin exactly what they excuse (scripts/specmodel/decisions.py): the documented value, for the
pages they name. Any other difference is drift, and a decision the page no longer matches is stale."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import check_docs
import pytest
import spec_check
import yaml
from spec_check import ROOT, SpecError, load

SPEC = """
openapi: 3.0.3
info:
  title: Jobs
  version: "1"
  x-client: {package: jobs_client, project: jobs-client, overrides: [common]}
paths:
  /v1/{project_id}/jobs:
    post:
      operationId: CreateJob
      x-doc-sources: [{url: "https://example.com/create", title: Create}]
      parameters:
        - {name: project_id, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [job_type]
              properties:
                job_type: {type: string, enum: [VOICE_ASSESS]}
                language:
                  allOf: [{$ref: "#/components/schemas/Language"}]
                  default: CN
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Job"}}}
  /v1/{project_id}/jobs/{job_id}:
    get:
      operationId: ShowJob
      x-doc-sources: [{url: "https://example.com/show", title: Show}]
      parameters:
        - {name: project_id, in: path, required: true, schema: {type: string}}
        - {name: job_id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Job"}}}
components:
  schemas:
    Language:
      type: string
      enum: [CN, EN]
      x-decision:
        why: The create page lists only CN; EN is what the SDK knows.
        source: create.txt
        documented: {enum: [CN]}
    Job:
      type: object
      properties:
        job_id: {type: string}
        language: {$ref: "#/components/schemas/Language"}
        created:
          type: string
          x-decision:
            - why: Sent as an ISO 8601 string whatever the show page says.
              source: show.txt
              documented: {type: Long}
            - why: The other rendering of the page says Integer.
              source: show-en.txt
              documented: {type: Integer}
        system_audit:
          type: object
          properties:
            audit_time: {type: integer, format: int64, x-note: Unix time in seconds.}
        admin_audit:
          type: object
          properties:
            audit_time: {type: integer, format: int64}
"""

CREATE_PAGE = """URI: POST /v1/{project_id}/jobs
Path parameters
  project_id | Yes | String | Project ID.
Request body parameters
  job_type | Yes | String | Type. VOICE_ASSESS: voice assessment
  language | No  | String | Language.
      • CN: Chinese
      Default value: CN
Response body parameters (200)
  job_id   | String | Job ID.
  language | String | Language.
  created  | Long   | Creation time.
  system_audit | system_audit object | Auto review.
  admin_audit  | admin_audit object  | Manual review.
Table 4 system_audit
  audit_time | Long | Operation time.
Table 5 admin_audit
  audit_time | Long | Operation time.
"""

SHOW_PAGE = (
    CREATE_PAGE.replace("URI: POST /v1/{project_id}/jobs", "URI: GET /v1/{project_id}/jobs/{job_id}")
    .replace(
        "  project_id | Yes | String | Project ID.\n",
        "  project_id | Yes | String | Project ID.\n  job_id | Yes | String | Job.\n",
    )
    .split("Request body parameters")[0]
    + "Response body parameters (200)"
    + CREATE_PAGE.split("Response body parameters (200)")[1]
)


def check(tmp_path: Path, pages: dict[str, str], spec: str = SPEC) -> list[tuple[str, str, str, str]]:
    (tmp_path / "jobs.yaml").write_text(spec)
    folder = tmp_path / "pages"
    folder.mkdir(exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text)
    report = check_docs.check([str(folder / name) for name in pages], [tmp_path / "jobs.yaml"])
    return [(Path(r.name).name, f.kind, f.where, f.status) for r in report.results for f in r.findings]


def test_a_note_excuses_nothing_and_a_decision_only_its_pin(tmp_path: Path) -> None:
    """The issue's first example: a page retyping audit_time as String is drift, on either review result."""
    page = SHOW_PAGE.replace("audit_time | Long", "audit_time | String")
    found = check(tmp_path, {"show.txt": page})
    assert ("show.txt", "type", "response 200 › system_audit › audit_time", "drift") in found
    assert ("show.txt", "type", "response 200 › admin_audit › audit_time", "drift") in found
    assert ("show.txt", "type", "response 200 › created", "decided") in found  # Long, as pinned for show.txt


def test_a_new_enum_value_on_a_decided_field_is_drift(tmp_path: Path) -> None:
    """The issue's second example: the language decision pins [CN]; a page that now lists JA is not excused."""
    assert ("create.txt", "enum-removed", "request body › language", "decided") in check(
        tmp_path, {"create.txt": CREATE_PAGE}
    )
    page = CREATE_PAGE.replace("• CN: Chinese", "• CN: Chinese\n      • JA: Japanese")
    found = check(tmp_path, {"create.txt": page})
    on_language = [f for f in found if f[2] == "request body › language"]
    assert on_language == [("create.txt", "enum-added", "request body › language", "stale")]  # one per pin
    report = check_docs.check([str(tmp_path / "pages" / "create.txt")], [tmp_path / "jobs.yaml"])
    assert (  # what the decision pinned and what the page says now, not "EN no longer documented"
        "STALE enum-added: request body › language: x-decision (on components › schemas › Language) pinned enum "
        "[CN]; the source now says [CN, JA] (adds JA)" in report.as_text()
    )


def test_a_decision_covers_only_the_pages_it_names(tmp_path: Path) -> None:
    found = check(tmp_path, {"create-copy.txt": CREATE_PAGE})
    assert ("create-copy.txt", "enum-removed", "request body › language", "drift") in found


def test_a_decision_on_a_shared_component_excuses_only_what_it_pins(tmp_path: Path) -> None:
    """Language is also the type of the response's language: the pin for create.txt's request enum excuses
    the same difference on the response field of that page, but no default, and nothing on show.txt."""
    page = SHOW_PAGE.replace("language | String | Language.", "language | String | Language.\n      • CN: Chinese")
    found = check(tmp_path, {"show.txt": page})
    assert ("show.txt", "enum-removed", "response 200 › language", "drift") in found
    page = CREATE_PAGE.replace("Default value: CN", "Default value: EN")
    found = check(tmp_path, {"create.txt": page})
    assert ("create.txt", "default", "request body › language", "drift") in found


def test_a_field_compared_against_several_pages_is_pinned_per_page(tmp_path: Path) -> None:
    pages = {"show.txt": SHOW_PAGE, "show-en.txt": SHOW_PAGE.replace("created  | Long", "created  | Integer")}
    found = check(tmp_path, pages)
    assert ("show.txt", "type", "response 200 › created", "decided") in found
    assert ("show-en.txt", "type", "response 200 › created", "decided") in found
    swapped = {"show.txt": pages["show-en.txt"], "show-en.txt": pages["show.txt"]}
    found = check(tmp_path, swapped)
    assert ("show.txt", "type", "response 200 › created", "stale") in found
    assert ("show-en.txt", "type", "response 200 › created", "stale") in found


def test_a_decision_the_page_no_longer_needs_is_stale(tmp_path: Path) -> None:
    page = CREATE_PAGE.replace("• CN: Chinese", "• CN: Chinese\n      • EN: English").replace(
        "language | String | Language.", "language | String | Language. CN: Chinese | EN: English"
    )
    found = check(tmp_path, {"create.txt": page})
    stale = [f for f in found if f[3] == "stale"]
    assert stale == [("create.txt", "stale", "request body › language", "stale")]
    report = check_docs.check([str(tmp_path / "pages" / "create.txt")], [tmp_path / "jobs.yaml"])
    assert report.exit_status == 1
    assert (
        "STALE stale: request body › language: x-decision (on components › schemas › Language) pinned enum [CN]; "
        "the source now says [CN, EN] (adds EN), as the spec has it: drop or re-pin the decision" in report.as_text()
    )


def test_object_level_pins_and_absence(tmp_path: Path) -> None:
    spec = SPEC.replace(
        """              required: [job_type]
              properties:""",
        """              required: [job_type]
              x-decision:
                why: language is optional here; the page marks both fields mandatory.
                source: create.txt
                documented: {required: [job_type, language]}
              properties:""",
    ).replace(
        "        job_id: {type: string}",
        "        job_id: {type: string}\n        legacy:\n          type: string\n          x-decision: "
        "{why: Still sent., source: create.txt, documented: {present: false}}",
    )
    page = CREATE_PAGE.replace("language | No ", "language | Yes")
    found = check(tmp_path, {"create.txt": page}, spec)
    assert ("create.txt", "required", "request body › language", "decided") in found
    assert ("create.txt", "undocumented", "response 200 › legacy", "decided") in found
    page = page.replace("  job_id   | String | Job ID.\n", "  job_id   | String | Job ID.\n  legacy | String | Old.\n")
    found = check(tmp_path, {"create.txt": page.replace("job_type | Yes", "job_type | No ")}, spec)
    assert ("create.txt", "required", "request body › language", "stale") in found
    assert ("create.txt", "stale", "response 200 › legacy", "stale") in found


def _validate(tmp_path: Path, edit: Any) -> str:
    document = yaml.safe_load(SPEC)
    edit(document)
    path = tmp_path / "edited.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))
    with pytest.raises(SpecError) as caught:
        load(path)
    return str(caught.value)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["components"]["schemas"]["Language"].update({"x-decision": "CN only on the page."}),
         "a decision is a mapping {why, source, documented}"),
        (lambda d: d["components"]["schemas"]["Language"]["x-decision"].pop("documented"), "pins nothing"),
        (lambda d: d["components"]["schemas"]["Language"]["x-decision"].update({"documented": {}}), "pins nothing"),
        (lambda d: d["components"]["schemas"]["Language"]["x-decision"].pop("source"), "`source` must name"),
        (lambda d: d["components"]["schemas"]["Language"]["x-decision"].update({"documented": {"colour": 1}}),
         "documented.colour: not a property a source documents"),
        (lambda d: d["components"]["schemas"]["Language"]["x-decision"].update({"documented": {"type": "Lung"}}),
         "documented.type: expected a vendor type expression"),
        (lambda d: d["components"]["schemas"]["Language"]["x-decision"].update({"documented": {"required": ["a"]}}),
         "documented.required: expected true/false"),
        (lambda d: d["info"].update({"x-decision": {"why": "w", "source": "s", "documented": {"required": True}}}),
         "info › x-decision: a decision must sit on a schema, property or parameter"),
        (lambda d: d["components"]["schemas"]["Job"].update({"x-note": {"why": "a mapping"}}),
         "an x-note is a text"),
    ],
    ids=["plain-text", "no-documented", "empty-documented", "no-source", "unknown-key", "bad-type",
         "list-on-a-field", "on-info", "bad-note"],
)  # fmt: skip
def test_the_validator_rejects_decisions_that_pin_nothing(tmp_path: Path, edit: Any, message: str) -> None:
    reported = _validate(tmp_path, edit)
    assert message in reported and "edited.yaml:" in reported, reported


def test_every_decision_of_our_specs_is_pinned(spec_documents: list[dict[str, Any]]) -> None:
    decisions = notes = 0

    def walk(node: Any) -> None:
        nonlocal decisions, notes
        if isinstance(node, dict):
            if "x-decision" in node:
                records = node["x-decision"] if isinstance(node["x-decision"], list) else [node["x-decision"]]
                assert all(isinstance(r, dict) and r["documented"] and r["source"] for r in records), node
                decisions += len(records)
            notes += "x-note" in node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for document in spec_documents:
        walk(document)
    assert decisions >= 14 and notes >= 60


@pytest.fixture
def spec_documents() -> list[dict[str, Any]]:
    from spec_check import spec_files

    return [load(path) for path in spec_files()]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("source: 000_d6c3820d8e5e102a.txt", "source: 000_d6c3820d8e5e102b.txt",
         "source '000_d6c3820d8e5e102b.txt' is no known page (../shared/seeds, ../shared/docs) (did you mean "
         "000_d6c3820d8e5e102a.txt?): a decision naming it never applies"),
        ("source: 000_d6c3820d8e5e102a.txt", "source: huaweicloudsdkmetastudioo",
         "source 'huaweicloudsdkmetastudioo' is no SDK of the checks (huaweicloudsdkmetastudio, "
         "huaweicloudsdkmoderation, tccli) (did you mean huaweicloudsdkmetastudio?)"),
        ("source: 000_d6c3820d8e5e102a.txt", "source: https://support.huaweicloud.com/intl/en-us/api-metastudio/X.html",
         "is no page URL of x-doc-sources or of the known pages"),
    ],
    ids=["misspelt-page", "unknown-sdk", "unknown-url"],
)  # fmt: skip
def test_make_validate_refuses_a_decision_naming_a_source_that_cannot_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str
) -> None:
    if not (ROOT.parent / "shared" / "seeds").is_dir():
        pytest.skip("../shared is not beside the checkout")
    text = (ROOT / "specs" / "metastudio.yaml").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "metastudio.yaml").write_text(text.replace(old, new), encoding="utf-8")
    assert spec_check.main([str(tmp_path / "metastudio.yaml")]) == 1
    assert message in capsys.readouterr().err
    assert spec_check.main([str(ROOT / "specs" / "metastudio.yaml")]) == 0  # our decisions name real sources
