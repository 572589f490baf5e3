"""Parsed values are what their annotations say (overrides/common/parsing.py): one rule per kind, null items
of arrays kept as None, errors naming the JSON path; the issue's examples as regression tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import metastudio_client
import moderation_client
import pytest
from ams_client import ApiClient, ResponseParseError, RetryPolicy, UnexpectedResponse, is_known, verdict_table
from ams_client.api.audio_moderation import describe_task_detail
from ams_client.models import (
    AudioSegments,
    DescribeTaskDetailRequest,
    DescribeTaskDetailResponse,
    DescribeTaskDetailResult,
    Suggestion,
    TaskLabel,
    TaskStatus,
)
from metastudio_client import MetaStudio
from metastudio_client.models import AssessProperty, ShowShortJobResponseBody
from moderation_client import verdict_report
from moderation_client.models import AudioModerationDetail, AudioModerationResult, ShowAudioModerationJobResponseBody

PAYLOADS = Path(__file__).resolve().parents[2] / "bench" / "payloads"


def detail(**members: Any) -> DescribeTaskDetailResult:
    return DescribeTaskDetailResult.from_dict({"RequestId": "r", "TaskId": "t", "Status": "FINISH", **members})


def test_a_null_item_stays_none_and_the_other_items_are_models() -> None:
    parsed = detail(AudioSegments=[None, {"OffsetTime": "15", "Result": {"HitFlag": 1, "Label": "Ad"}}])
    segments: list[Any] = parsed.audio_segments  # type: ignore[assignment]  # list[AudioSegments], null items: None
    assert segments[0] is None
    assert isinstance(segments[1], AudioSegments) and segments[1].offset_time == "15"
    assert verdict_table([parsed]).splitlines()[1].endswith("15s Ad")  # the helper skips the null item
    assert parsed.to_dict()["AudioSegments"][0] is None  # and it goes back out as it came


def test_a_null_label_does_not_hide_the_real_one() -> None:
    parsed = detail(Labels=[None, {"Label": "Porn", "Suggestion": "Block", "Score": 99}])
    assert isinstance(parsed.labels, list) and isinstance(parsed.labels[1], TaskLabel)
    assert "Porn/Block/99" in verdict_table([parsed])


def test_a_number_where_an_enum_is_expected_is_read_as_its_text() -> None:
    parsed = detail(AudioSegments=[{"OffsetTime": "0", "Result": {"HitFlag": 1, "Suggestion": 5}}])
    segment = parsed.audio_segments[0]  # type: ignore[index]
    assert isinstance(segment, AudioSegments)
    suggestion = segment.result.suggestion  # type: ignore[union-attr]
    assert isinstance(suggestion, Suggestion) and suggestion.value == "5" and not is_known(suggestion)


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"Status": True}, "Status: expected a TaskStatus value, got a boolean"),
        ({"Labels": {"Label": "Porn"}}, "Labels: expected an array, got an object"),
        ({"Labels": [{"Score": "high"}]}, r"Labels\[0\]\.Score: expected an integer, got the text 'high'"),
        ({"AudioSegments": [{"Result": []}]}, r"AudioSegments\[0\]\.Result: expected an object, got an array"),
        ({"TaskId": {"a": 1}}, "TaskId: expected text, got an object"),
        ({"AudioText": "\ud800"}, "AudioText: text that is not valid Unicode"),
        ({"RequestId": None}, "RequestId: required, but null"),
    ],
)
def test_a_value_that_fits_no_rule_names_its_path(members: dict[str, Any], message: str) -> None:
    with pytest.raises(ResponseParseError, match=f"^DescribeTaskDetailResult: {message}"):
        detail(**members)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(5, 5), (5.0, 5), ("5", 5), ("-12", -12)],
)
def test_integers_convert_only_what_loses_nothing(value: object, expected: int) -> None:
    assert AssessProperty.from_dict({"status": value}).status == expected


@pytest.mark.parametrize("value", [5.5, "05", "5.0", True, "1e3", []])
def test_integers_refuse_what_would_lose_something(value: object) -> None:
    with pytest.raises(metastudio_client.ResponseParseError, match="status: expected an integer"):
        AssessProperty.from_dict({"status": value})


def test_text_takes_a_number_as_its_decimal_text_and_refuses_a_boolean() -> None:
    assert detail(TaskId=12).task_id == "12" and detail(TaskId=0.5).task_id == "0.5"
    with pytest.raises(ResponseParseError, match="TaskId: expected text, got a boolean"):
        detail(TaskId=False)


def test_numbers_take_integers_and_decimal_text_and_the_report_prints_them() -> None:
    result = AudioModerationResult.from_dict(
        {"suggestion": "block", "details": [{"label": "porn", "start_time": "0.0", "end_time": 3}, None]}
    )
    first = result.details[0]  # type: ignore[index]
    assert isinstance(first, AudioModerationDetail) and (first.start_time, first.end_time) == (0.0, 3.0)
    assert "0-3 s" in verdict_report(result)
    for bad in ("NaN", "0x10", "1,5", ""):
        with pytest.raises(moderation_client.ResponseParseError, match=r"details\[0\]\.start_time: expected a number"):
            AudioModerationResult.from_dict({"details": [{"start_time": bad}]})


def test_nulls_and_missing_fields_follow_the_field_kind() -> None:
    job = ShowShortJobResponseBody.from_dict({"job_id": "j", "state": "SUCCEED", "job_type": None})
    unset = metastudio_client.types.UNSET
    assert job.job_type is unset and job.assess_result is unset  # optional: null or missing reads as unset
    nullable = detail(Status=None, Labels=None)
    assert nullable.status is None and nullable.labels is None  # the spec says nullable: None is a value
    with pytest.raises(metastudio_client.ResponseParseError, match=r"^ShowShortJobResponseBody: state: required, but"):
        ShowShortJobResponseBody.from_dict({"job_id": "j"})


def test_json_kept_as_it_came_is_bounded_in_depth() -> None:
    nested: Any = "leaf"
    for _ in range(150):
        nested = [nested]
    parsed = detail(Extra={"ok": [[1]]})
    assert parsed.additional_properties == {"Extra": {"ok": [[1]]}}
    with pytest.raises(ResponseParseError, match="Extra: nested deeper than 100 levels"):
        detail(Extra=nested)


def test_a_union_takes_the_most_specific_member_that_fits() -> None:
    envelope = DescribeTaskDetailResponse.from_dict({"Response": {"RequestId": "r", "Status": "RUNNING"}})
    assert isinstance(envelope.response, DescribeTaskDetailResult) and envelope.response.status == TaskStatus.RUNNING
    with pytest.raises(ResponseParseError, match="Response: fits none of TencentErrorResponse"):
        DescribeTaskDetailResponse.from_dict({"Response": {"Status": "RUNNING"}})


@pytest.mark.parametrize(
    ("payload", "model"),
    [
        ("ams_describe_task_detail.json", DescribeTaskDetailResponse),
        ("metastudio_show_short_job.json", ShowShortJobResponseBody),
        ("moderation_show_audio_job.json", ShowAudioModerationJobResponseBody),
    ],
)
def test_documented_answers_go_back_out_as_they_came(payload: str, model: Any) -> None:
    document = json.loads((PAYLOADS / payload).read_text(encoding="utf-8"))
    assert model.from_dict(document).to_dict() == document


def ams_answering(body: bytes) -> ApiClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    return ApiClient(base_url="https://ams.test", httpx_args={"transport": transport}, retry=RetryPolicy(max_retries=0))


@pytest.mark.parametrize("depth", [100_000, 3_000])
def test_a_body_nested_beyond_any_decoder_is_a_parse_error(depth: int) -> None:
    with pytest.raises(ResponseParseError, match="nested too deep"):
        describe_task_detail.sync(client=ams_answering(b"[" * depth + b"]" * depth),
                                  body=DescribeTaskDetailRequest(task_id="t"))  # fmt: skip


def test_an_error_member_that_is_not_an_object_is_not_a_success() -> None:
    body = json.dumps({"Response": {"Error": ["X"], "RequestId": "r"}}).encode()
    with pytest.raises(UnexpectedResponse, match="malformed Error member"):
        describe_task_detail.sync(client=ams_answering(body), body=DescribeTaskDetailRequest(task_id="t"))


def test_a_create_without_job_id_fails_at_the_create(tmp_path: Path) -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.method} {request.url.path}")
        return httpx.Response(200, json={"job_id": None, "data_uploading_url": "https://obs.test/u?sig=x"})

    transport = httpx.MockTransport(handler)
    client = metastudio_client.ApiClient(base_url="https://metastudio.test", httpx_args={"transport": transport})
    with pytest.raises(metastudio_client.ResponseParseError, match="CreateShortJobResponseBody: job_id: required, but"):
        MetaStudio(client, "p").create_short_job()
    assert sent == ["POST /v1/p/voice-training-manage/user/short-jobs"]  # no commit, no poll of /None
