"""Callback notifications on the client side: the signature check (the spec's worked example, good and
tampered) and reading the body. The fake's delivery of them: tests/fake/test_fake_moderation_callbacks.py."""

from __future__ import annotations

import base64
import json

import pytest
import yaml
from moderation_client import (
    ResponseParseError,
    Secret,
    callback_signature,
    parse_callback,
    verify_callback_signature,
)
from moderation_client.models import (
    AudioModerationJobStatus,
    AudioModerationLabel,
    AudioModerationResult,
    AudioModerationSuggestion,
)
from spec_check import SPECS_DIR

SEED = "my_seed_2022"


def _spec_callback() -> tuple[bytes, str]:
    """The body and X-Auth-Signature of the spec's callback example (seed my_seed_2022)."""
    spec = yaml.safe_load((SPECS_DIR / "moderation.yaml").read_text(encoding="utf-8"))
    post = spec["paths"]["/v3/{project_id}/moderation/audio/jobs"]["post"]
    notification = post["callbacks"]["moderationResult"]["{$request.body#/callback}"]["post"]
    body = notification["requestBody"]["content"]["application/json"]["examples"]["succeeded"]["value"]
    header = notification["parameters"][0]["examples"]["page_example"]["value"]
    return json.dumps(body).encode(), header


BODY, SIGNATURE = _spec_callback()


def test_the_spec_example_verifies() -> None:
    assert SIGNATURE == "0db980b9dee91e09843180428b1a4f4d7045611a38186fab400f777f4a16495f"
    assert callback_signature(BODY, SEED) == SIGNATURE
    assert verify_callback_signature(BODY, SIGNATURE, SEED)
    assert verify_callback_signature(json.loads(BODY), SIGNATURE, Secret(SEED))
    assert verify_callback_signature(BODY.decode(), f" {SIGNATURE.upper()}\n", SEED)


def test_a_base64_signature_verifies_too() -> None:
    as_base64 = base64.b64encode(bytes.fromhex(SIGNATURE)).decode()
    assert as_base64 == "DbmAud7pHgmEMYBCixpPTXBFYRo4GG+rQA93f0oWSV8="
    assert verify_callback_signature(BODY, as_base64, SEED)


@pytest.mark.parametrize("field", ["create_time", "job_id", "request_id"])
def test_a_tampered_signed_field_fails(field: str) -> None:
    document = json.loads(BODY)
    document[field] = document[field][:-1] + ("0" if document[field][-1] != "0" else "1")
    assert not verify_callback_signature(json.dumps(document).encode(), SIGNATURE, SEED)


@pytest.mark.parametrize(
    ("body", "signature", "seed"),
    [
        (BODY, SIGNATURE, "another_seed"),
        (BODY, SIGNATURE[:-1] + "0", SEED),
        (BODY, SIGNATURE[:32], SEED),
        (BODY, "", SEED),
        (BODY, None, SEED),
        (b"not json", SIGNATURE, SEED),
        (b"[1, 2]", SIGNATURE, SEED),
        (json.dumps({**json.loads(BODY), "create_time": 1655654400}).encode(), SIGNATURE, SEED),
        (json.dumps({k: v for k, v in json.loads(BODY).items() if k != "request_id"}).encode(), SIGNATURE, SEED),
        (BODY, "ünïcode", SEED),
    ],
    ids=["wrong-seed", "last-digit", "truncated", "empty", "missing", "not-json", "not-object", "number-time",
         "no-request-id", "non-ascii"],
)  # fmt: skip
def test_anything_else_fails(body: bytes, signature: str | None, seed: str) -> None:
    assert verify_callback_signature(body, signature, seed) is False


def test_the_result_fields_are_not_signed_so_they_still_verify() -> None:
    """Documented limit of the vendor's scheme: only create_time, job_id and request_id are signed."""
    document = json.loads(BODY)
    document["result"]["suggestion"] = "pass"
    assert verify_callback_signature(json.dumps(document).encode(), SIGNATURE, SEED)


def test_an_empty_seed_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="non-empty seed"):
        verify_callback_signature(BODY, SIGNATURE, "")


def test_parse_callback_reads_the_typed_job() -> None:
    job = parse_callback(BODY)

    assert job.job_id == "01655654400_ad96b30f58cc40e8968e53f1f1e80021"
    assert job.status is AudioModerationJobStatus.SUCCEEDED
    result = job.result
    assert isinstance(result, AudioModerationResult) and isinstance(result.details, list)
    assert result.suggestion is AudioModerationSuggestion.BLOCK
    assert [(d.label, d.start_time, d.end_time) for d in result.details] == [
        (AudioModerationLabel.PORN, 0, 10),
        (AudioModerationLabel.PORN, 30, 40),
    ]


@pytest.mark.parametrize("body", [b"<html>", b"[]", b'{"job_id": "x"}'], ids=["not-json", "not-object", "no-status"])
def test_parse_callback_refuses_what_is_not_a_job(body: bytes) -> None:
    with pytest.raises(ResponseParseError):
        parse_callback(body)
