"""The vendors' own SDKs against the fake cloud: any correct client passes its gateways.

huaweicloudsdkmetastudio, huaweicloudsdkmoderation and tencentcloud-sdk-python-ams (pinned in
bench/requirements.txt, installed by `make test` and `make bench` into .venv-bench, never into .venv)
run their flows against `make mock` on 127.0.0.1 (sdk_calls.py, in that environment) — MetaStudio's short
job and voice-training tasks (one that passes review; one that fails it, is fixed, uploaded again and
passes). The fake must
accept their signatures — computed by their code, over the headers they choose — reject them under a
wrong key, and answer in shapes their own models parse.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from constants import PROJECT_ID
from fakecloud.settings import DEFAULT_AK, DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY, DEFAULT_SK

from bench.sdkenv import SdkEnv

SCRIPT = Path(__file__).with_name("sdk_calls.py")
AMS_URLS = {
    "clean": "https://media.example.com/talk.mp3",
    "abuse": "https://media.example.com/chat-abuse-60s.mp3",
    "porn": "https://media.example.com/porn.mp3",
}


@pytest.fixture(scope="module")
def seen(mock_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from fakecloud.samples import silent_wav, training_zip, voice_zip

    with SdkEnv() as sdk:
        if not sdk.python.is_file():
            pytest.skip(f"{sdk.venv} is absent: `make test` builds it from bench/requirements.txt")
        folder = tmp_path_factory.mktemp("sdk")
        settings = {
            "url": mock_url, "ak": DEFAULT_AK, "sk": DEFAULT_SK, "project_id": PROJECT_ID,
            "secret_id": DEFAULT_SECRET_ID, "secret_key": DEFAULT_SECRET_KEY,
            "zip": str(voice_zip(folder / "voice.zip")),
            "training_zip": str(training_zip(folder / "training.zip")),
            "rejected_zip": str(training_zip(folder / "rejected.zip", changes={"3.txt": None, "5.wav": silent_wav()})),
            "moderation_url": "https://media.example.com/room/porn-1-2.5_ad-7-9.wav",
            "ams_urls": AMS_URLS,
        }  # fmt: skip
        result = subprocess.run([str(sdk.python), str(SCRIPT), json.dumps(settings)], env=sdk.env(),
                                capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return dict(json.loads(result.stdout))


def test_metastudio_sdk_runs_a_short_job_to_its_assessment(seen: dict[str, Any]) -> None:
    metastudio = seen["metastudio"]
    assert metastudio["upload_status"] == 200
    assert metastudio["state"] == "SUCCEED"
    assert metastudio["polls"] >= 2  # polls:1 — the SDK saw the job advance, not a finished one at once
    # the fake's assessment of samples.voice_zip(): every metric within its range (status 0)
    metrics = ["speed", "sound", "snr", "reverb", "dnsmos_ovrl", "dnsmos_bak"]
    assert metastudio["assessment"] == dict.fromkeys(metrics, 0)
    assert metastudio["suggestion"] == "The audio meets the quality requirements."
    assert metastudio["audited"] and metastudio["audit_errors"] == []
    assert metastudio["wrong_sk"] == [401, "APIG.0301"]


def test_metastudio_sdk_runs_training_tasks_through_review_resubmission_list_and_delete(seen: dict[str, Any]) -> None:
    training = seen["metastudio_training"]
    good, bad = training["ids"]
    assert training["uploads"] == [200, 200, 200]
    assert training["passed"] == {
        "state": "SUCCEED", "asset_id": True, "audit_errors": [],
        "states": ["SYSTEM_AUDITING", "AUDITING", "WAITING", "PROCESSING", "SUCCEED"],  # polls:1, one each
    }  # fmt: skip
    assert training["rejected"] == ["AUDIT_FAILED", 1, "MSS.10001004"]
    assert training["first_review"] == [["3.wav", "3.txt", "MSS.10001004"], ["5.wav", "5.txt", "FAKE.SILENT_AUDIO"]]
    assert training["resubmitted"] == ["SUCCEED", 1, True]
    assert training["listed"] == [2, [good]]  # both succeeded; the oldest first, one per page
    assert training["after_delete"] == [1, [bad]]


def test_moderation_sdk_gets_the_verdict_the_rules_promise(seen: dict[str, Any]) -> None:
    moderation = seen["moderation"]
    assert moderation["status"] == "succeeded"
    assert moderation["suggestion"] == "block"
    assert moderation["labels"] == [["porn", 1, 2.5], ["ad", 7, 9]]
    assert moderation["wrong_sk"] == [401, "APIG.0301"]


def test_huawei_sdk_hmac_sm3_signing_is_accepted(seen: dict[str, Any]) -> None:
    """HttpConfig.signing_algorithm = HMAC_SM3 (was refused: "Authorization header is not SDK-HMAC-SHA256")."""
    assert seen["moderation"]["sm3"] == {"status": "running", "wrong_sk": [401, "APIG.0301"]}


def test_ams_sdk_creates_describes_lists_and_is_refused_as_the_docs_say(seen: dict[str, Any]) -> None:
    ams = seen["ams"]
    assert ams["details"] == {
        "clean": ["FINISH", "Pass", "Normal"],
        "abuse": ["FINISH", "Review", "Abuse"],
        "porn": ["FINISH", "Block", "Porn"],
    }
    assert ams["listed"] is True
    assert ams["request_id"]
    assert ams["cancel_finished"] == ["FailedOperation"]
    assert ams["wrong_key"] == ["AuthFailure.SignatureFailure"]


def test_ams_sdk_unsigned_payload_mode_is_accepted(seen: dict[str, Any]) -> None:
    """ClientProfile.unsignedPayload = True: the SDK sends X-TC-Content-SHA256: UNSIGNED-PAYLOAD and signs
    sha256("UNSIGNED-PAYLOAD") instead of the body's hash."""
    assert seen["ams"]["unsigned_payload"] == {
        "detail": ["FINISH", "Block"],
        "listed": True,
        "wrong_key": ["AuthFailure.SignatureFailure"],
    }
