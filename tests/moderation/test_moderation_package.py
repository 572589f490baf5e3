"""The moderation package without a server: endpoints from the spec, request building, secrets kept
out of reprs, and the verdict report."""

from __future__ import annotations

import pytest
import yaml
from moderation_client import (
    DEFAULT_CATEGORIES,
    ENDPOINTS,
    HuaweiCredentials,
    connect,
    create_request,
    is_known,
    parse_callback,
    verdict_report,
)
from moderation_client.models import AudioModerationCategory, AudioModerationResult
from spec_check import SPECS_DIR

CREDENTIALS = HuaweiCredentials("FAKEAK00000000000000", "fake-sk-not-a-secret", "0123456789abcdef0123456789abcdef")


def test_the_endpoints_are_the_spec_servers() -> None:
    spec = yaml.safe_load((SPECS_DIR / "moderation.yaml").read_text(encoding="utf-8"))
    [server] = spec["servers"]
    regions = server["variables"]["region"]["enum"]
    assert {region: server["url"].replace("{region}", region) for region in regions} == ENDPOINTS
    assert next(iter(ENDPOINTS)) == server["variables"]["region"]["default"] == "cn-north-4"


def test_connect_picks_the_region_endpoint_or_the_base_url() -> None:
    with connect(region="ap-southeast-3", credentials=CREDENTIALS) as client:
        assert str(client.client.get_httpx_client().base_url) == "https://moderation.ap-southeast-3.myhuaweicloud.com"
    with connect(base_url="http://127.0.0.1:8765", credentials=CREDENTIALS) as client:
        assert str(client.client.get_httpx_client().base_url) == "http://127.0.0.1:8765"
    with pytest.raises(ValueError, match=r"unknown Content Moderation region 'eu-west-0'; known: cn-north-4, "):
        connect(region="eu-west-0", credentials=CREDENTIALS)


def test_the_facade_and_request_body_never_show_secrets() -> None:
    with connect(credentials=CREDENTIALS) as client:
        assert repr(client) == "Moderation(project_id='0123456789abcdef0123456789abcdef')"
    body = create_request("https://x/a.wav", callback="http://127.0.0.1:9/cb", seed="seed_value_42")
    assert "seed_value_42" not in repr(body) and "seed='********'" in repr(body)
    assert body.to_dict()["seed"] == "seed_value_42"


def test_request_defaults_without_a_policy() -> None:
    assert create_request("https://x/a.wav").to_dict() == {
        "data": {"url": "https://x/a.wav"},
        "event_type": "default",
        "categories": ["porn", "ad", "moan", "abuse"],
    }
    assert AudioModerationCategory.POLITICS not in DEFAULT_CATEGORIES


def test_request_with_a_policy_sends_only_what_was_asked() -> None:
    assert create_request("https://x/a.wav", biz_type="strict").to_dict() == {
        "data": {"url": "https://x/a.wav"},
        "biz_type": "strict",
    }
    body = create_request("https://x/a.wav", biz_type="strict", categories=["politics"], language="zh")
    assert body.to_dict() == {
        "data": {"url": "https://x/a.wav", "language": "zh"},
        "biz_type": "strict",
        "categories": ["politics"],
    }


def test_a_category_only_a_newer_server_knows_can_be_requested() -> None:
    body = create_request("https://x/a.wav", categories=["porn", "gambling"])
    assert isinstance(body.categories, list)
    assert [is_known(c) for c in body.categories] == [True, False]
    assert body.to_dict()["categories"] == ["porn", "gambling"]


def test_verdict_report() -> None:
    result = AudioModerationResult.from_dict(
        {
            "suggestion": "block",
            "details": [
                {"start_time": 0, "end_time": 10, "suggestion": "block", "label": "porn", "audio_text": "xxxx",
                 "segments": [{"segment": "a"}, {"segment": "b"}]},
                {"start_time": 30.5, "end_time": 40, "suggestion": "review", "label": "ad", "audio_text": "buy now"},
            ],
            "audio_text": "xxxx buy now",
        }
    )  # fmt: skip
    assert verdict_report(result, indent="  ") == "\n".join(
        [
            "  verdict: block",
            "    label  suggestion  time       text       segments",
            "    porn   block       0-10 s     'xxxx'     'a', 'b'",
            "    ad     review      30.5-40 s  'buy now'  -",
            "  audio text: 'xxxx buy now'",
        ]
    )


def test_verdict_report_of_a_pass() -> None:
    job = parse_callback(b'{"job_id": "j", "status": "succeeded", "result": {"suggestion": "pass", "details": []}}')
    assert isinstance(job.result, AudioModerationResult)
    assert verdict_report(job.result) == "verdict: pass\n  (no risky segments)\naudio text: ''"
