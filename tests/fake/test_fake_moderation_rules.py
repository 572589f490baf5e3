"""The fake's documented outcome rules (fakecloud/src/fakecloud/moderation/rules.py), one example each."""

from __future__ import annotations

from typing import Any

import pytest
from fakecloud.moderation.rules import LABELS, derive

ALL = ["politics", "porn", "ad", "moan", "abuse"]


def _details(url: str, categories: list[str] | None = ALL, biz_type: str | None = None) -> list[tuple[Any, ...]]:
    result = derive(url, categories, biz_type).result
    assert result is not None
    return [(d["label"], d["start_time"], d["end_time"], d["suggestion"]) for d in result["details"]]


@pytest.mark.parametrize(
    "url", ["https://unreachable.invalid/a.wav", "https://cdn.example.invalid/a.wav", "https://x/unreachable/a.wav"]
)
def test_unreachable_urls_fail_without_a_result(url: str) -> None:
    outcome = derive(url, ALL, None)
    assert (outcome.status, outcome.result, outcome.plan) == ("failed", None, ["running", "failed"])


def test_path_labels_with_and_without_times() -> None:
    assert _details("https://x/porn-0-10.wav") == [("porn", 0, 10, "block")]
    assert _details("https://x/talk_ad_30_40_abuse.mp3") == [("ad", 30, 40, "block"), ("abuse", 10, 20, "block")]
    assert _details("https://x/moan-9-2.wav") == [("moan", 2, 9, "block")]


def test_labels_are_whole_words_of_the_path_only() -> None:
    assert _details("https://ad.example.com/download/upload-abused.wav") == []


def test_the_query_sets_every_value() -> None:
    result = derive(
        "https://x/a.wav?label=abuse&start=1.5&end=4&text=hey&segment=h&segment=y&suggestion=review", ALL, None
    )
    assert result.result == {
        "suggestion": "review",
        "details": [{"start_time": 1.5, "suggestion": "review", "end_time": 4, "label": "abuse", "audio_text": "hey",
                     "segments": [{"segment": "h"}, {"segment": "y"}]}],
        "audio_text": "hey",
    }  # fmt: skip


def test_only_asked_labels_are_reported() -> None:
    assert _details("https://x/porn_ad.wav", ["ad"]) == [("ad", 10, 20, "block")]
    assert _details("https://x/terrorism-1-2_ban.wav") == []
    assert _details("https://x/terrorism-1-2_ban.wav", None, "policy") == [
        ("terrorism", 1, 2, "block"),
        ("ban", 10, 20, "block"),
    ]
    assert set(LABELS) == {"terrorism", "politics", "porn", "ban", "abuse", "ad", "moan", "meaningless"}


@pytest.mark.parametrize(
    ("url", "suggestion", "text"),
    [
        ("https://x/review-porn-0-10.wav", "review", "porn speech at 0-10 s"),
        ("https://x/review.wav", "review", "clean speech"),
        ("https://x/porn.wav?label=ad&suggestion=review", "block", "porn speech at 0-10 s ad speech at 0-10 s"),
        ("https://x/clean.wav?text=hello", "pass", "hello"),
        ("https://x/clean.wav", "pass", "clean speech"),
    ],
)
def test_overall_suggestion_and_text(url: str, suggestion: str, text: str) -> None:
    result = derive(url, ALL, None).result
    assert result is not None and (result["suggestion"], result["audio_text"]) == (suggestion, text)
