"""The hand-written specs: valid OpenAPI, examples that validate, provenance on every operation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS30Validator
from spec_check import SpecError, load, spec_files

SPECS = spec_files()
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def _examples(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(place, schema, example) for every example written next to a schema in the document."""
    if isinstance(node, dict):
        schema = node.get("schema")
        if isinstance(schema, dict):
            if "example" in node:
                yield where, schema, node["example"]
            for name, example in (node.get("examples") or {}).items():
                yield f"{where} › examples › {name}", schema, example["value"]
        if "example" in node and ("type" in node or "$ref" in node or "allOf" in node):
            yield where, node, node["example"]
        for key, value in node.items():
            yield from _examples(value, f"{where} › {key}" if where else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _examples(value, f"{where} › {index}")


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_spec_is_valid_openapi(spec: Path) -> None:
    assert load(spec)["openapi"].startswith("3.")


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_every_example_validates_against_its_schema(spec: Path) -> None:
    document = load(spec)
    components = document.get("components", {})
    found = list(_examples(document))
    assert found, "the spec carries the documented examples"
    for where, schema, example in found:
        validator = OAS30Validator({"allOf": [schema], "components": components})
        errors = [e.message for e in validator.iter_errors(example)]
        assert not errors, f"{spec.name}: {where}: {errors}"


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_every_operation_names_its_source_pages(spec: Path) -> None:
    document = load(spec)
    ids = []
    for path, method, operation in _operations(document):
        ids.append(operation["operationId"])
        sources = operation.get("x-doc-sources")
        assert sources, f"{method.upper()} {path} has no x-doc-sources"
        for source in sources:
            assert source["url"].startswith("https://") and source["title"], source
    assert len(ids) == len(set(ids)), "operationIds are unique"


def test_metastudio_covers_the_short_and_the_training_job_operations() -> None:
    document = load(next(s for s in SPECS if s.name == "metastudio.yaml"))
    tags = {op["operationId"]: op["tags"] for _, _, op in _operations(document)}
    assert tags == {
        "CreateShortJob": ["short-jobs"], "CommitShortJob": ["short-jobs"], "ShowShortJob": ["short-jobs"],
        "ShowJobAuditResult": ["short-jobs"],  # its import path (api.short_jobs) predates the training jobs
        **{operation: ["training-jobs"] for operation in [
            "CreateTrainingBasicJob", "CreateTrainingMiddleJob", "CreateTrainingAdvanceJob",
            "CreateTrainingThirdPartyJob", "ShowJobUploadingAddress", "CommitVoiceTrainingJob", "ShowVoiceTrainingJob",
            "ListVoiceTrainingJob", "DeleteVoiceTrainingJob", "ConfirmTrainingSegment", "ShowTrainingSegmentInfo",
        ]},
    }  # fmt: skip
    schemas = document["components"]["schemas"]
    states = schemas["ShortJobState"]["enum"]
    assert len(states) == 16 and {"SUCCEED", "FAILED", "SPLIT_FAILED", "AUDIT_FAILED", "USER_REVIEW_REJECT"} <= set(
        states
    )
    assert schemas["TrainingJobState"]["enum"] == states  # the service's one JobState
    language = document["components"]["schemas"]["CreateShortJobRequestBody"]["properties"]["language"]
    assert language["default"] == "CN"


def test_moderation_covers_the_two_audio_job_operations() -> None:
    document = load(next(s for s in SPECS if s.name == "moderation.yaml"))
    operations = {op["operationId"]: op for _, _, op in _operations(document)}
    assert set(operations) == {"CreateAudioModerationJob", "ShowAudioModerationJob"}
    schemas = document["components"]["schemas"]
    enums = {name: schema["enum"] for name, schema in schemas.items() if "enum" in schema}
    assert enums["AudioModerationJobStatus"] == ["running", "succeeded", "failed"]
    assert enums["AudioModerationSuggestion"] == ["block", "pass", "review"]
    assert enums["AudioModerationDetailSuggestion"] == ["block", "review"]  # no "pass" per segment
    assert len(enums["AudioModerationLabel"]) == 8 and len(enums["AudioModerationEventType"]) == 8
    assert enums["AudioModerationCategory"] == ["politics", "porn", "ad", "moan", "abuse"]
    assert "x-note" in schemas["AudioModerationCategory"]  # the page versions disagree on politics
    assert "moderationResult" in operations["CreateAudioModerationJob"]["callbacks"]
    seed = schemas["CreateAudioModerationJobRequestBody"]["properties"]["seed"]
    assert (seed["maxLength"], seed["pattern"]) == (64, "^[A-Za-z0-9_]*$")


def test_a_spec_error_names_the_file_and_the_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    document = yaml.safe_load((SPECS[0]).read_text(encoding="utf-8"))
    schema = {"type": "object", "properties": {"n": {"type": "integr"}}}
    document["paths"]["/x"] = {
        "get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}}
    }
    broken.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    line = next(i for i, text in enumerate(broken.read_text().splitlines(), 1) if text.startswith("  /x:"))
    with pytest.raises(SpecError) as caught:
        load(broken)
    message = str(caught.value)
    assert "broken.yaml:" in message and "paths › /x" in message
    reported = int(message.split("broken.yaml:")[1].split(":")[0])
    assert line <= reported <= line + 10


def test_yaml_syntax_errors_carry_the_line(tmp_path: Path) -> None:
    broken = tmp_path / "syntax.yaml"
    broken.write_text("openapi: 3.0.3\ninfo:\n  title: [unclosed\n", encoding="utf-8")
    with pytest.raises(SpecError, match=r"syntax\.yaml:\d+:\d+: .*YAML syntax error"):
        load(broken)


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        *_, name = node["$ref"].split("/")
        node = document["components"]["schemas"][name]
    return node


def _unions(node: Any) -> Iterator[list[dict[str, Any]]]:
    if isinstance(node, dict):
        for key in ("anyOf", "oneOf"):
            if isinstance(node.get(key), list):
                yield node[key]
        for value in node.values():
            yield from _unions(value)
    elif isinstance(node, list):
        for value in node:
            yield from _unions(value)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_enums_sit_in_unions_only_beside_null(spec: Path) -> None:
    """overrides/common/parsing.py has a rule for a union of models (the most specific member that reads the
    object) and for a member beside null, not for an enum beside another member."""
    document = load(spec)
    for members in _unions(document):
        non_null = [m for m in (_resolve(document, m) for m in members) if m.get("enum") != [None]]
        if any("enum" in m for m in non_null):
            assert len(non_null) == 1, f"{spec.name}: an enum shares a union with another member: {members}"
