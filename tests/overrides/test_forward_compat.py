"""Forward compatibility of the generated models (overrides/common/compat.py)."""

from __future__ import annotations

import pytest
from metastudio_client import ResponseParseError, is_known
from metastudio_client.models import AssessProperty, ShortJobState, ShowShortJobResponseBody
from metastudio_client.types import UNSET


def test_unknown_enum_value_keeps_its_raw_value() -> None:
    job = ShowShortJobResponseBody.from_dict({"job_id": "j", "state": "QUEUED_FOR_GPU", "job_type": "VOICE_CLONE"})
    assert job.state == "QUEUED_FOR_GPU" and str(job.state) == "QUEUED_FOR_GPU"
    assert isinstance(job.state, ShortJobState)
    assert not is_known(job.state) and not is_known(job.job_type)  # type: ignore[arg-type]
    assert is_known(ShortJobState.SUCCEED)
    assert job.to_dict()["state"] == "QUEUED_FOR_GPU"
    assert ShortJobState("SUCCEED") is ShortJobState.SUCCEED


def test_enum_rejects_values_of_another_type() -> None:
    with pytest.raises(ValueError):
        ShortJobState(3)  # type: ignore[arg-type]


def test_unknown_fields_are_kept() -> None:
    job = ShowShortJobResponseBody.from_dict({"job_id": "j", "state": "SUCCEED", "priority": 3, "tags": ["a"]})
    assert job.additional_properties == {"priority": 3, "tags": ["a"]}
    assert job.to_dict()["priority"] == 3


def test_null_in_optional_fields_reads_as_absent() -> None:
    job = ShowShortJobResponseBody.from_dict(
        {"job_id": "j", "state": "FAILED", "job_type": None, "job_failed_code": None, "create_time": None,
         "assess_result": None}
    )  # fmt: skip
    assert job.job_type is UNSET and job.job_failed_code is UNSET and job.create_time is UNSET
    assert job.assess_result is UNSET
    metric = AssessProperty.from_dict({"status": None, "actual": None, "expected": "x"})
    assert metric.status is UNSET and metric.actual is UNSET and metric.expected == "x"


def test_missing_required_field_names_model_and_field() -> None:
    with pytest.raises(ResponseParseError, match=r"^ShowShortJobResponseBody: job_id: required, but missing$"):
        ShowShortJobResponseBody.from_dict({"state": "SUCCEED"})


def test_a_non_object_is_a_clear_parse_error() -> None:
    with pytest.raises(ResponseParseError, match=r"^ShowShortJobResponseBody: expected an object, got an array$"):
        ShowShortJobResponseBody.from_dict([1, 2])  # type: ignore[arg-type]


def test_null_in_a_required_field_is_an_error() -> None:
    with pytest.raises(ValueError):
        ShowShortJobResponseBody.from_dict({"job_id": "j", "state": None})


def test_unset_reads_well() -> None:
    assert repr(UNSET) == "UNSET"
