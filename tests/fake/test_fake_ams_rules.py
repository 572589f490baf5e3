"""The fake's moderation rules (fakecloud/src/fakecloud/ams/rules.py) and time parsing, checked on their own."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from fakecloud.ams.rules import judge, media_name
from fakecloud.ams.state import iso, parse_time


def hits(name: str) -> list[tuple[int, str, str]]:
    outcome = judge(name, "https://segments/")
    return [(s["index"], s["result"]["Label"], s["result"]["Suggestion"]) for s in outcome.segments if s["hit"]]


def test_no_label_word_passes() -> None:
    outcome = judge("podcast-episode-1.mp3", "https://segments/")
    assert (outcome.final_status, outcome.suggestion, outcome.label, outcome.labels) == ("FINISH", "Pass", "Normal", [])
    assert len(outcome.segments) == 2 and not any(s["hit"] for s in outcome.segments)
    assert outcome.codecs == "mp3" and outcome.audio_text == ""


def test_label_words_hit_segments_in_order_and_the_worst_decides() -> None:
    outcome = judge("Chat_Ad-Porn_abuse-90s.WAV", "https://segments/t/")
    assert hits("Chat_Ad-Porn_abuse-90s.WAV") == [(0, "Ad", "Review"), (1, "Porn", "Block"), (2, "Abuse", "Review")]
    assert len(outcome.segments) == 6 and outcome.codecs == "wav"
    assert (outcome.suggestion, outcome.label) == ("Block", "Porn")
    assert [x["Label"] for x in outcome.labels] == ["Ad", "Porn", "Abuse"]
    assert outcome.segments[1]["result"]["Url"] == "https://segments/t/1.mp3"
    assert outcome.segments[1]["result"]["TextResults"][0]["Keywords"] == ["色情内容"]


@pytest.mark.parametrize(("word", "suggestion"), [("pass", "Pass"), ("review", "Review"), ("block", "Block")])
def test_a_suggestion_word_overrides_every_hit(word: str, suggestion: str) -> None:
    outcome = judge(f"porn-ad-{word}.mp3", "https://segments/")
    assert outcome.suggestion == suggestion and {r["Suggestion"] for r in outcome.labels} == {suggestion}


def test_more_hits_than_segments_adds_segments() -> None:
    assert len(judge("ad-ad-ad-15s.mp3", "s/").segments) == 3


def test_error_word_ends_in_error() -> None:
    outcome = judge("broken-error.mp3", "s/")
    assert (outcome.final_status, outcome.error_type) == ("ERROR", "URL_ERROR") and outcome.segments == []


@pytest.mark.parametrize(
    ("task_input", "expected"),
    [
        ({"Input": {"Url": "https://m.fake/a/%E9%9F%B3%E9%A2%91-ad.mp3?sig=1"}}, ("音频-ad.mp3", "URL")),
        ({"Input": {"BucketInfo": {"Bucket": "b", "Region": "r", "Object": "/x/y/porn.mp3"}}}, ("porn.mp3", "COS")),
        ({"Input": {"Type": "COS", "Url": "u", "BucketInfo": {"Object": "o.mp3"}}}, ("o.mp3", "COS")),
        ({"Input": {}}, (None, "one of Input.Url and Input.BucketInfo must be set")),
        ({"Input": {"Type": "URL", "BucketInfo": {"Object": "o"}}}, (None, "Input.Type is URL but Input.Url is empty")),
        ({"Input": {"Type": "COS", "Url": "u"}}, (None, "Input.Type is COS but Input.BucketInfo is missing")),
    ],
)
def test_media_name(task_input: dict[str, Any], expected: tuple[str | None, str]) -> None:
    assert media_name(task_input) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-05-12T00:00:00+08:00", datetime(2025, 5, 11, 16, tzinfo=UTC)),
        ("2025-05-12T00:00:00Z", datetime(2025, 5, 12, tzinfo=UTC)),
        ("2016-12-31t23:59:60.5z", datetime(2016, 12, 31, 23, 59, 59, 500000, tzinfo=UTC)),
        ("0001-01-01T00:00:00+23:59", datetime.min.replace(tzinfo=UTC)),
    ],
)
def test_parse_time_accepts_every_rfc3339_date_time(text: str, expected: datetime) -> None:
    assert parse_time(text) == expected


def test_times_are_written_as_the_api_writes_them() -> None:
    assert iso(1609836493.069) == "2021-01-05T08:48:13.069Z"
