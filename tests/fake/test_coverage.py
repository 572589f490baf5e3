"""What the fake covers: an operation a spec has and the fake does not implement answers a vendor-shaped "not
implemented by the fake" error and is listed as such; the committed table and spec copies are what specs/
produce; the fake's state enums are the specs'."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from ams_client import Tc3Auth, TencentCredentials
from constants import PROJECT_ID
from fake_package import COVERAGE, PACKAGE_SPECS, SPECS_DIR, differences, expected_files
from fakecloud import FakeCloud, Settings
from fakecloud.ams.state import STATES as AMS_STATES
from fakecloud.coverage import operations, render
from fakecloud.metastudio.state import STATES as METASTUDIO_STATES
from fakecloud.metastudio.training_state import STATES as TRAINING_STATES
from fakecloud.moderation.state import STATES as MODERATION_STATES
from metastudio_client import AkSkAuth, HuaweiCredentials

DELETE_SHORT_JOB = {"operationId": "DeleteShortJob", "summary": "a later page's operation",
                    "responses": {"204": {"description": "deleted"}}}  # fmt: skip
DESCRIBE_STREAMS = {"operationId": "DescribeAudioStreams", "responses": {"200": {"description": "ok"}}}


def _specs_with(tmp_path: Path, change: Any) -> Path:
    folder = tmp_path / "specs"
    shutil.copytree(PACKAGE_SPECS, folder)
    for name in ("metastudio", "ams"):
        document = yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))
        change(name, document)
        (folder / f"{name}.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return folder


def _add_operations(name: str, document: dict[str, Any]) -> None:
    if name == "metastudio":
        document["paths"]["/v1/{project_id}/voice-training-manage/user/short-jobs/{job_id}"]["delete"] = (
            DELETE_SHORT_JOB
        )
    else:
        document["paths"]["/DescribeAudioStreams"] = {"post": DESCRIBE_STREAMS}


@pytest.fixture
def wider(tmp_path: Path) -> FakeCloud:
    """A fake serving specs with one operation more per protocol than it implements."""
    return FakeCloud(Settings(), specs=_specs_with(tmp_path, _add_operations))


@pytest.fixture
def http(wider: FakeCloud) -> Iterator[httpx.Client]:
    credentials = HuaweiCredentials(wider.settings.ak, wider.settings.sk, PROJECT_ID)
    with httpx.Client(transport=wider.transport(), auth=AkSkAuth(credentials)) as client:
        yield client


def test_a_huawei_operation_not_implemented_answers_501_after_the_gateway(wider: FakeCloud, http: httpx.Client) -> None:
    url = f"https://metastudio.fake/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs/job-1"
    answer = http.delete(url)
    with httpx.Client(transport=wider.transport()) as anonymous:
        unsigned = anonymous.delete(url)

    assert answer.status_code == 501 and answer.json() == {
        "error_code": "FAKE.0501",
        "error_msg": "DeleteShortJob (DELETE /v1/{project_id}/voice-training-manage/user/short-jobs/{job_id}) is in "
        "the metastudio spec but not implemented by the fake cloud",
    }
    assert (unsigned.status_code, unsigned.json()["error_code"]) == (401, "APIG.0301")
    assert http.put(url).headers["allow"] == "DELETE, GET, POST"


def test_a_tencent_action_not_implemented_answers_unsupported_operation(wider: FakeCloud) -> None:
    auth = Tc3Auth(TencentCredentials(wider.settings.secret_id, wider.settings.secret_key), service="ams",
                   version="2020-12-29")  # fmt: skip
    with httpx.Client(transport=wider.transport(), auth=auth, base_url="https://ams.fake") as client:
        answer = client.post("/DescribeAudioStreams", json={}, headers={"X-TC-Language": "en-US"})
        unknown = client.post("/DescribeNothing", json={})

    assert answer.status_code == 200 and answer.json()["Response"]["Error"] == {
        "Code": "UnsupportedOperation",
        "Message": "The action `DescribeAudioStreams` of ams is in the spec but not implemented by the fake cloud.",
    }
    assert unknown.json()["Response"]["Error"]["Code"] == "InvalidAction"


def test_the_table_lists_what_is_not_implemented(wider: FakeCloud) -> None:
    rows = {(row.service, row.operation): row for row in operations(wider)}
    table = render(wider)

    assert not rows["metastudio", "DeleteShortJob"].implemented and not rows["ams", "DescribeAudioStreams"].implemented
    assert rows["metastudio", "CreateShortJob"].implemented
    assert "## Operations: 21 of 23 implemented" in table
    assert (
        "| metastudio | DeleteShortJob | `DELETE /v1/{project_id}/voice-training-manage/user/short-jobs/{job_id}` | "
        "**no** |" in table
    )
    assert "| ams | DescribeAudioStreams | `POST / (X-TC-Action: DescribeAudioStreams)` | **no** |" in table


def test_the_fake_faults_operations_it_does_not_implement_too(wider: FakeCloud, http: httpx.Client) -> None:
    wider.faults.add(operation="DeleteShortJob", status=503)
    answer = http.delete(f"https://metastudio.fake/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs/j")
    assert (answer.status_code, answer.json()["error_code"]) == (503, "MSS.00000004")


def test_a_handler_for_an_operation_the_spec_lost_fails_loudly(tmp_path: Path) -> None:
    def drop_audit_result(name: str, document: dict[str, Any]) -> None:
        if name == "metastudio":
            del document["paths"]["/v1/{project_id}/voice-training-manage/user/jobs/{job_id}/audit-result"]

    with pytest.raises(ValueError, match="metastudio: no such operation in the spec: ShowJobAuditResult"):
        FakeCloud(Settings(), specs=_specs_with(tmp_path, drop_audit_result))


def test_the_committed_copies_and_table_are_what_specs_produce() -> None:
    expected = expected_files()
    assert differences(expected) == []
    assert sorted(path.name for path in expected) == ["COVERAGE.md", "ams.yaml", "metastudio.yaml", "moderation.yaml"]


def test_a_changed_spec_is_reported_until_regenerated(tmp_path: Path) -> None:
    changed = _specs_with(tmp_path, _add_operations)
    (changed / "extra.yaml").write_text((SPECS_DIR / "ams.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    found = differences(expected_files(changed))
    assert f"{PACKAGE_SPECS.relative_to(SPECS_DIR.parent)}/metastudio.yaml (content differs)" in found
    assert f"{PACKAGE_SPECS.relative_to(SPECS_DIR.parent)}/extra.yaml (missing)" in found
    assert f"{COVERAGE.relative_to(SPECS_DIR.parent)} (content differs)" in found


@pytest.mark.parametrize(
    ("states", "spec", "schema"),
    [
        (METASTUDIO_STATES, "metastudio", "ShortJobState"),
        (TRAINING_STATES, "metastudio", "TrainingJobState"),
        (MODERATION_STATES, "moderation", "AudioModerationJobStatus"),
        (AMS_STATES, "ams", "TaskStatus"),
    ],
)
def test_the_states_the_control_plane_sets_are_the_spec_s(states: tuple[str, ...], spec: str, schema: str) -> None:
    document = yaml.safe_load((SPECS_DIR / f"{spec}.yaml").read_text(encoding="utf-8"))
    assert list(states) == document["components"]["schemas"][schema]["enum"]
