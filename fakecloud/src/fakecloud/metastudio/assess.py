"""What the fake's voice quality assessment makes of an uploaded zip, by fixed, documented rules.

not a zip archive                      → FAILED        MSS.00000002 (Invalid body)
a zip of more than MAX_ENTRIES files   → FAILED        MSS.00000002 (Invalid body)
a zip without any .wav file            → AUDIT_FAILED  MSS.10001004 (The file not found), one audit error per entry
a .wav that cannot be read as PCM      → AUDIT_FAILED  MSS.10001003, one audit error per such file
  8/16/24/32-bit, 1-MAX_CHANNELS         (also: encrypted, an unsupported compression, a corrupt entry,
  channels, 1 Hz-MAX_RATE                 and every .wav once the upload has decompressed to MAX_INFLATED)
otherwise                              → SUCCEED, with an assess_result measured on the audio
                                         (at most the first MAX_SECONDS of each file, and MAX_FRAMES
                                         frames and MAX_LEVELS 20 ms frames of the whole upload,
                                         decoded READ_FRAMES at a time; transcripts: their first
                                         MAX_TRANSCRIPT bytes):
  sound        speech level, dBFS (90th percentile of 20 ms frame RMS)   expected -30 to -10
  snr          speech level minus noise floor (10th percentile), dB      expected >= 20
  speed        transcript characters per second of audio, when x.txt     expected 3 to 6
               files accompany x.wav (omitted without transcripts)
  reverb       RT60 estimate from the energy decay after loud frames, s  expected <= 0.6
  dnsmos_bak   1 + 4 * clamp((snr - 5) / 30, 0, 1)                       expected >= 3
  dnsmos_ovrl  (dnsmos_bak + level score) / 2 - max(0, reverb - 0.6)     expected >= 3
status is -1 below the expected range, 0 within it, 1 above it.
"""

from __future__ import annotations

import io
import math
import statistics
import struct
import sys
import wave
import zipfile
import zlib
from array import array
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import IO, Any

MAX_SECONDS = 120.0
MAX_FRAMES = 8_000_000  # over the whole upload: about 8 minutes of 16 kHz audio
MAX_LEVELS = 60_000  # 20 ms frame levels over the whole upload: 20 minutes (a 1 Hz wav is one level a frame)
READ_FRAMES = 65_536  # frames decoded at a time
MAX_RATE = 384_000
MAX_CHANNELS = 8
MAX_ENTRIES = 1_000
MAX_TRANSCRIPT = 64 * 1024
MAX_INFLATED = 256 << 20  # bytes all .wav entries may decompress to: a zip bomb stops there
FRAME_SECONDS = 0.02
# what reading a hostile zip or wav can raise: corrupt, encrypted (RuntimeError), unsupported compression
# (NotImplementedError), bad deflate data (zlib.error), truncated headers (struct.error, EOFError), ...
UNREADABLE = (wave.Error, EOFError, ValueError, KeyError, OSError, RuntimeError, NotImplementedError, zlib.error,
              struct.error, OverflowError, zipfile.BadZipFile, zipfile.LargeZipFile)  # fmt: skip


@dataclass
class Outcome:
    """How a committed job ends: the final state, failure details, the assessment, audit errors."""

    final_state: str
    failed_code: str | None = None
    failed_reason: str | None = None
    assess_result: dict[str, Any] | None = None
    audit_errors: list[dict[str, str]] = field(default_factory=list)

    @property
    def plan(self) -> list[str]:
        middle = ["PROCESSING"] if self.final_state == "SUCCEED" else []
        return ["SYSTEM_AUDITING", *middle, self.final_state]


def _samples(raw: bytes, width: int, channels: int) -> list[float]:
    """Mono samples in [-1, 1] from little-endian PCM frames (a trailing partial frame is left out)."""
    raw = raw[: len(raw) - len(raw) % (width * channels)]
    if width == 1:
        values: list[float] = [(b - 128) / 128.0 for b in raw]
    elif width == 3:
        scale = float(1 << 23)
        values = [int.from_bytes(raw[i : i + 3], "little", signed=True) / scale for i in range(0, len(raw) - 2, 3)]
    else:
        typecode = {2: "h", 4: "i"}[width]
        numbers = array(typecode)
        numbers.frombytes(raw[: len(raw) - len(raw) % width])
        if sys.byteorder == "big":
            numbers.byteswap()
        scale = float(1 << (8 * width - 1))
        values = [n / scale for n in numbers]
    if channels > 1:
        values = [sum(values[i : i + channels]) / channels for i in range(0, len(values) - channels + 1, channels)]
    return values


class Inflated(io.RawIOBase):
    """A zip entry read within a budget of decompressed bytes that the whole upload shares (also used by
    training_review.py)."""

    def __init__(self, entry: IO[bytes], budget: list[int]) -> None:
        super().__init__()
        self._entry, self._budget = entry, budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._entry.read(min(len(buffer), self._budget[0] + 1))
        if len(data) > self._budget[0]:
            raise ValueError(f"the zip decompresses to more than {MAX_INFLATED} bytes of audio")
        self._budget[0] -= len(data)
        buffer[: len(data)] = data
        return len(data)


def _level(frame: list[float]) -> float:
    """The RMS level of a frame of samples, dBFS (at least -120)."""
    rms = math.sqrt(sum(s * s for s in frame) / len(frame))
    return 20 * math.log10(max(rms, 1e-6))


def check_pcm_format(width: int, channels: int, rate: int) -> None:
    """ValueError unless a .wav's format is one the fake reads: 8/16/24/32-bit, 1-MAX_CHANNELS channels,
    1 Hz-MAX_RATE (also used by training_review.py)."""
    if width not in (1, 2, 3, 4) or not 0 < rate <= MAX_RATE or not 0 < channels <= MAX_CHANNELS:
        raise ValueError(f"unsupported PCM format ({8 * width}-bit, {channels} channels, {rate} Hz)")


def _read_wav(entry: IO[bytes], frame_budget: int, level_budget: int) -> tuple[array[float], int, int]:
    """The 20 ms frame levels of at most MAX_SECONDS, `frame_budget` frames and `level_budget` levels of a
    .wav, with the number of frames read and the rate. Read as a stream, READ_FRAMES frames at a time:
    whatever the format claims, memory holds the levels and one block, never the whole audio."""
    with wave.open(entry) as wav:
        width, channels, rate = (
            wav.getsampwidth(),
            wav.getnchannels(),
            wav.getframerate(),
        )
        check_pcm_format(width, channels, rate)
        size = max(1, int(rate * FRAME_SECONDS))
        wanted = min(int(rate * MAX_SECONDS), frame_budget, level_budget * size)
        block = max(1, READ_FRAMES // size) * size
        levels: array[float] = array("d")
        frames, carry = 0, list[float]()
        while frames < wanted:
            samples = _samples(wav.readframes(min(block, wanted - frames)), width, channels)
            if not samples:
                break
            frames += len(samples)
            samples = carry + samples
            whole = len(samples) - len(samples) % size
            levels.extend(_level(samples[start : start + size]) for start in range(0, whole, size))
            carry = samples[whole:]
    return levels, frames, rate


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _rt60(levels: list[float], speech: float) -> float:
    slopes = []
    for i in range(len(levels) - 5):
        if levels[i] >= speech - 6 and levels[i + 1] < levels[i]:
            drop = levels[i] - levels[i + 5]
            if drop > 0:
                slopes.append(drop / (5 * FRAME_SECONDS))
    return min(2.0, 60 / statistics.median(slopes)) if slopes else 0.0


@dataclass(frozen=True)
class Rule:
    """Expected range of a metric and the advice (Chinese, English) when it is below or above it."""

    low: float | None
    high: float | None
    expected: str
    below: tuple[str, str] = ("", "")
    above: tuple[str, str] = ("", "")

    def judge(self, actual: float) -> dict[str, Any]:
        status = -1 if self.low is not None and actual < self.low else 0
        if self.high is not None and actual > self.high:
            status = 1
        zh, en = {-1: self.below, 0: ("合格", "OK"), 1: self.above}[status]
        return {
            "expected": self.expected,
            "actual": f"{actual:.2f}",
            "suggestion": zh,
            "suggestion_en": en,
            "status": status,
        }


RULES = {
    "sound": Rule(-30, -10, "-30~-10", ("音量过低，请靠近麦克风", "Too quiet; move closer to the microphone."),
                  ("音量过高，请远离麦克风", "Too loud; move away from the microphone.")),
    "snr": Rule(20, None, ">=20",
                below=("背景噪声较大，请在安静环境录音", "Background noise is high; record in a quiet room.")),
    "reverb": Rule(None, 0.6, "<=0.6",
                   above=("混响较大，请在吸音环境录音", "Strong reverberation; record in a damped room.")),
    "dnsmos_bak": Rule(3, None, ">=3", below=("背景质量较差", "Poor background quality.")),
    "dnsmos_ovrl": Rule(3, None, ">=3", below=("整体质量较差", "Poor overall quality.")),
    "speed": Rule(3, 6, "3~6", ("语速过慢", "Speaking too slowly."), ("语速过快", "Speaking too fast.")),
}  # fmt: skip


def _assess(audio: dict[str, tuple[array[float], int, int]], transcripts: dict[str, str]) -> dict[str, Any]:
    found: array[float] = array("d")
    seconds = 0.0
    for file_levels, frames, rate in audio.values():
        found.extend(file_levels)
        seconds += frames / rate
    levels = list(found) or [-120.0]
    speech, noise = _percentile(levels, 0.9), _percentile(levels, 0.1)
    snr = speech - noise
    reverb = _rt60(levels, speech)
    bak = 1 + 4 * min(1.0, max(0.0, (snr - 5) / 30))
    level_score = 5.0 if -30 <= speech <= -10 else 3.0
    measured = {
        "sound": speech,
        "snr": snr,
        "reverb": reverb,
        "dnsmos_bak": bak,
        "dnsmos_ovrl": min(5.0, max(1.0, (bak + level_score) / 2 - max(0.0, reverb - 0.6))),
    }
    characters = sum(len("".join(text.split())) for name, text in transcripts.items() if name in audio)
    if characters and seconds:
        measured["speed"] = characters / seconds
    result: dict[str, Any] = {name: RULES[name].judge(value) for name, value in measured.items()}
    problems = [m["suggestion_en"] for m in result.values() if m["status"] != 0]
    result["suggestion"] = " ".join(problems) if problems else "The audio meets the quality requirements."
    return result


def _transcript(archive: zipfile.ZipFile, name: str) -> str:
    """The first MAX_TRANSCRIPT bytes of a transcript, as text ("" if the entry cannot be read)."""
    try:
        with archive.open(name) as entry:
            return entry.read(MAX_TRANSCRIPT).decode("utf-8", "replace")
    except UNREADABLE:
        return ""


def assess_upload(data: bytes | None) -> Outcome:
    """The outcome of a job whose upload is `data` (None: nothing was uploaded)."""
    if data is None:
        return Outcome("FAILED", "MSS.10001004", "The file not found: nothing was uploaded to data_uploading_url")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except UNREADABLE:
        return Outcome(
            "FAILED",
            "MSS.00000002",
            "Invalid body: the uploaded data is not a zip archive",
        )
    with archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
        if len(names) > MAX_ENTRIES:
            return Outcome("FAILED", "MSS.00000002", f"Invalid body: more than {MAX_ENTRIES} files in the zip")
        wavs = [n for n in names if n.lower().endswith(".wav")]
        if not wavs:
            errors = [
                {
                    "audio_name": "",
                    "text_name": n,
                    "error_code": "MSS.10001004",
                    "error_message": "not a .wav audio file",
                }
                for n in names
            ]
            return Outcome(
                "AUDIT_FAILED",
                "MSS.10001004",
                "The file not found: no .wav audio file in the zip",
                audit_errors=errors,
            )
        audio: dict[str, tuple[array[float], int, int]] = {}
        errors = []
        frame_budget, level_budget, inflated = MAX_FRAMES, MAX_LEVELS, [MAX_INFLATED]
        for name in wavs:
            try:
                with archive.open(name) as entry:
                    read = _read_wav(io.BufferedReader(Inflated(entry, inflated)), frame_budget, level_budget)
                audio[PurePosixPath(name).stem] = read
                frame_budget, level_budget = max(0, frame_budget - read[1]), max(0, level_budget - len(read[0]))
            except UNREADABLE as exc:
                errors.append(
                    {
                        "audio_name": name,
                        "text_name": "",
                        "error_code": "MSS.10001003",
                        "error_message": f"cannot decode audio: {exc}",
                    }
                )
        if errors:
            return Outcome(
                "AUDIT_FAILED",
                "MSS.10001003",
                f"{len(errors)} audio file(s) cannot be decoded",
                audit_errors=errors,
            )
        transcripts = {PurePosixPath(n).stem: _transcript(archive, n) for n in names if n.lower().endswith(".txt")}
    return Outcome("SUCCEED", assess_result=_assess(audio, transcripts))
