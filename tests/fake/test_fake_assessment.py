"""How the fake assesses uploads (fakecloud/src/fakecloud/metastudio/assess.py): failures and measured metrics."""

from __future__ import annotations

import io
import math
import wave

from fakecloud.metastudio.assess import assess_upload
from fakecloud.samples import voice_wav, zip_bytes


def test_nothing_uploaded_and_not_a_zip_fail() -> None:
    assert (assess_upload(None).final_state, assess_upload(None).failed_code) == ("FAILED", "MSS.10001004")
    outcome = assess_upload(b"MZ not a zip")
    assert (outcome.final_state, outcome.failed_code, outcome.plan) == (
        "FAILED",
        "MSS.00000002",
        ["SYSTEM_AUDITING", "FAILED"],
    )


def test_undecodable_audio_is_an_audit_failure_per_file() -> None:
    outcome = assess_upload(zip_bytes({"0.wav": b"RIFF....WAVEjunk", "1.wav": voice_wav(0.5)}))
    assert outcome.final_state == "AUDIT_FAILED" and outcome.failed_code == "MSS.10001003"
    assert [e["audio_name"] for e in outcome.audit_errors] == ["0.wav"]


def test_clean_recording_passes_every_metric() -> None:
    outcome = assess_upload(zip_bytes({"0.wav": voice_wav(), "0.txt": "今天天气很好我们去公园"}))
    result = outcome.assess_result
    assert outcome.final_state == "SUCCEED" and outcome.plan == ["SYSTEM_AUDITING", "PROCESSING", "SUCCEED"]
    assert result is not None
    assert {
        name: result[name]["status"] for name in ("sound", "snr", "reverb", "dnsmos_bak", "dnsmos_ovrl", "speed")
    } == dict.fromkeys(("sound", "snr", "reverb", "dnsmos_bak", "dnsmos_ovrl", "speed"), 0)


def test_loud_and_fast_speech_is_flagged_above() -> None:
    outcome = assess_upload(zip_bytes({"0.wav": voice_wav(1.0, level=0.99), "0.txt": "一二三四五六七八九十一二三四五"}))
    result = outcome.assess_result
    assert result is not None
    assert result["sound"]["status"] == 1 and result["sound"]["suggestion_en"].startswith("Too loud")
    assert result["speed"]["status"] == 1 and float(result["speed"]["actual"]) == 15.0


def test_stereo_and_other_sample_widths_are_read() -> None:
    mono = voice_wav(0.5)
    with wave.open(io.BytesIO(mono)) as source:
        frames = source.readframes(source.getnframes())
    stereo = io.BytesIO()
    with wave.open(stereo, "wb") as target:
        target.setnchannels(2)
        target.setsampwidth(2)
        target.setframerate(16000)
        target.writeframes(b"".join(frames[i : i + 2] * 2 for i in range(0, len(frames), 2)))
    assert assess_upload(zip_bytes({"s.wav": stereo.getvalue()})).final_state == "SUCCEED"


def _levels_in_one_piece(wav_bytes: bytes) -> list[float]:
    """20 ms frame levels of a 16-bit mono wav computed from all of its samples at once (the reference)."""
    with wave.open(io.BytesIO(wav_bytes)) as source:
        rate, raw = source.getframerate(), source.readframes(source.getnframes())
    samples = [int.from_bytes(raw[i : i + 2], "little", signed=True) / 32768 for i in range(0, len(raw), 2)]
    size = int(rate * 0.02)
    frames = [samples[i : i + size] for i in range(0, len(samples) - size + 1, size)]
    return [20 * math.log10(max(math.sqrt(sum(s * s for s in f) / size), 1e-6)) for f in frames]


def test_audio_decoded_in_blocks_measures_as_in_one_piece() -> None:
    """Frames are decoded READ_FRAMES at a time (a 62 KB zip claiming 8,000,000 32-bit stereo 384 kHz frames
    made the fake peak at 1.1 GiB when they were decoded at once): 9.99 s at 16 kHz crosses two block
    boundaries (159,840 frames, 65,280 a block: whole 20 ms frames) and ends in a partial frame."""
    audio = voice_wav(9.99)
    levels = sorted(_levels_in_one_piece(audio))
    result = assess_upload(zip_bytes({"0.wav": audio})).assess_result
    assert result is not None
    assert result["sound"]["actual"] == f"{levels[int(0.9 * len(levels))]:.2f}"
    assert result["snr"]["actual"] == f"{levels[int(0.9 * len(levels))] - levels[int(0.1 * len(levels))]:.2f}"
