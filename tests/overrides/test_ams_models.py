"""The generated AMS models with the shared forward-compatibility patch: the documented examples, nulls in
the `anyOf [$ref, null]` fields, unknown enum values and fields, and the pinned API version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from ams_client import VERSION, is_known
from ams_client.models import (
    AudioResult,
    DescribeTaskDetailResponse,
    DescribeTaskDetailResult,
    DescribeTasksResponse,
    DescribeTasksResult,
    InputInfo,
    Suggestion,
    TaskData,
    TaskStatus,
)
from ams_client.types import UNSET

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "specs" / "ams.yaml").read_text(encoding="utf-8"))


def example(path: str, name: str) -> dict[str, Any]:
    content = SPEC["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]
    value: dict[str, Any] = content["examples"][name]["value"]
    return value


def test_the_client_sends_the_spec_version() -> None:
    assert VERSION == SPEC["info"]["version"] == "2020-12-29"


def test_the_seed_example_parses_with_string_numbers_kept() -> None:
    envelope = DescribeTaskDetailResponse.from_dict(example("/DescribeTaskDetail", "page_example"))
    result = envelope.response
    assert isinstance(result, DescribeTaskDetailResult)
    assert result.status is TaskStatus.FINISH and result.suggestion is Suggestion.REVIEW
    assert result.label == "Abuse" and result.request_id == "34785328532523"
    segment = result.audio_segments[0]  # type: ignore[index]
    assert segment.offset_time == "0" and isinstance(segment.result, AudioResult)
    assert segment.result.duration == "60000" and segment.result.hit_flag == 0


def test_the_apijson_example_parses_every_nested_result() -> None:
    result = DescribeTaskDetailResponse.from_dict(example("/DescribeTaskDetail", "apijson_example")).response
    assert isinstance(result, DescribeTaskDetailResult) and isinstance(result.input_info, InputInfo)
    assert result.input_info.bucket_info.bucket == "null"  # type: ignore[union-attr]  # the example's literal text
    audio = result.audio_segments[0].result  # type: ignore[index]
    assert isinstance(audio, AudioResult)
    assert audio.text_results[0].sub_label == "SexualBehavior"  # type: ignore[index]
    assert audio.moan_results[0].end_time == 29 and audio.language_results[0].label == "cmn"  # type: ignore[index]


def test_nulls_in_the_nullable_fields_read_as_none() -> None:
    members = [
        "TaskId", "DataId", "BizType", "Name", "Status", "Type", "Suggestion", "Labels", "InputInfo", "AudioText",
        "AudioSegments", "ErrorType", "ErrorDescription", "CreatedAt", "UpdatedAt", "Label", "MediaInfo",
    ]  # fmt: skip
    result = DescribeTaskDetailResult.from_dict({"RequestId": "r", **dict.fromkeys(members)})
    for name in ("task_id", "status", "type_", "suggestion", "labels", "input_info", "audio_segments", "media_info"):
        assert getattr(result, name) is None, name
    assert InputInfo.from_dict({"Type": "URL", "Url": "u", "BucketInfo": None}).bucket_info is None


def test_nulls_in_other_optional_fields_read_as_absent() -> None:
    data = TaskData.from_dict({"TaskId": "t", "Status": None, "Suggestion": None, "Labels": None, "MediaInfo": None})
    assert data.status is UNSET and data.suggestion is UNSET and data.labels is UNSET and data.media_info is UNSET


def test_unknown_statuses_suggestions_and_fields_are_kept() -> None:
    result = DescribeTaskDetailResult.from_dict(
        {"RequestId": "r", "Status": "QUEUED", "Suggestion": "Escalate", "Label": "Gambling", "Priority": 3}
    )
    assert isinstance(result.status, TaskStatus) and result.status == "QUEUED" and not is_known(result.status)
    assert isinstance(result.suggestion, Suggestion) and not is_known(result.suggestion)
    assert result.label == "Gambling" and result.additional_properties == {"Priority": 3}
    assert result.to_dict()["Suggestion"] == "Escalate"
    data = TaskData.from_dict({"Status": "ARCHIVED", "Type": "VIDEO_AIGC"})
    assert not is_known(data.status) and not is_known(data.type_)  # type: ignore[arg-type]


def test_describe_tasks_example_parses_with_total_as_a_string() -> None:
    page = DescribeTasksResponse.from_dict(example("/DescribeTasks", "page_example")).response
    assert isinstance(page, DescribeTasksResult) and page.total == "382" and page.page_token == ".Zxi2o_ouxxxxjYeN"
    task = page.data[0]  # type: ignore[index]
    assert task.input_info.bucket_info is None and task.media_info.duration == 177  # type: ignore[union-attr]


@pytest.mark.parametrize("path", ["/CreateAudioModerationTask", "/DescribeTaskDetail"])
def test_documented_error_examples_parse_as_the_error_member(path: str) -> None:
    name = next(n for n in SPEC["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]["examples"]
                if "Error" in example(path, n)["Response"])  # fmt: skip
    envelope = DescribeTaskDetailResponse.from_dict(example(path, name))
    assert type(envelope.response).__name__ == "TencentErrorResponse"
