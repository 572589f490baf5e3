"""Synthetic voice recordings for tests and demos: deterministic WAVs, zips the fake assesses as SUCCEED, and
voice-training data that passes (or, changed, fails) the fake's review.

`voice_wav` makes a speech-like signal (a harmonic tone at syllable rate, with pauses) over a noise
floor; the knobs move the fake's metrics across their expected ranges (see metastudio/assess.py).
`training_zip` writes the data of a voice-training task as each edition takes it (see
metastudio/training_review.py); its `changes` replace or remove files to make the review fail.
"""

from __future__ import annotations

import io
import math
import random
import struct
import wave
import zipfile
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from .metastudio.training_review import sentence_count

RATE = 16000


@cache
def voice_wav(seconds: float = 3.0, *, level: float = 0.3, noise: float = 0.003, seed: int = 1) -> bytes:
    """16-bit mono PCM WAV: ~4 syllables/s at peak amplitude `level`, silences at 1/3 of the time."""
    rng = random.Random(seed)
    samples = []
    for i in range(int(seconds * RATE)):
        t = i / RATE
        syllable = max(0.0, math.sin(2 * math.pi * 2 * t)) if (t % 1.5) < 1.0 else 0.0
        voice = sum(math.sin(2 * math.pi * f * t) / k for k, f in enumerate((180, 360, 540), start=1)) / 1.8
        value = level * syllable * voice + rng.gauss(0, noise)
        samples.append(max(-32768, min(32767, int(value * 32767))))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


TRANSCRIPTS = ("今天天气很好我们去公园", "声音复刻需要安静的环境", "请保持语速平稳自然")


def zip_bytes(files: Mapping[str, bytes | str]) -> bytes:
    """A zip archive of `files` (name → content), in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def voice_zip(path: Path, files: Mapping[str, bytes | str] | None = None) -> Path:
    """Write a zip of `files` (default: three sentences x.wav with their x.txt transcripts) to `path`."""
    if files is None:
        files = {}
        for index, text in enumerate(TRANSCRIPTS):
            files[f"{index}.wav"] = voice_wav(seed=index + 1)
            files[f"{index}.txt"] = text
    path.write_bytes(zip_bytes(files))
    return path


def silent_wav(seconds: float = 1.0) -> bytes:
    """16-bit mono PCM WAV of digital silence: the fake's review rejects it (FAKE.SILENT_AUDIO)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(bytes(2 * int(seconds * RATE)))
    return buffer.getvalue()


def training_files(job_type: str = "BASIC", *, seconds: float = 0.5) -> dict[str, bytes | str]:
    """The files of a voice-training task that pass the fake's review: for BASIC (MIDDLE) 0.wav…19.wav (…99)
    with their transcripts 0.txt…19.txt, for the other editions one long recording, `voice.wav`."""
    count = sentence_count(job_type)
    if count is None:
        return {"voice.wav": voice_wav(max(seconds, 10.0))}
    files: dict[str, bytes | str] = {}
    for index in range(count):
        files[f"{index}.wav"] = voice_wav(seconds, seed=index % 3 + 1)
        files[f"{index}.txt"] = TRANSCRIPTS[index % len(TRANSCRIPTS)]
    return files


def training_zip(path: Path, job_type: str = "BASIC", changes: Mapping[str, bytes | str | None] | None = None) -> Path:
    """Write the zip of a PACKAGE voice-training task to `path`: `training_files(job_type)`, with `changes`
    applied (a name mapped to None is left out). E.g. a zip the review rejects on two files:
    `training_zip(path, changes={"3.txt": None, "5.wav": silent_wav()})`."""
    files = training_files(job_type)
    for name, data in (changes or {}).items():
        if data is None:
            files.pop(name, None)
        else:
            files[name] = data
    return voice_zip(path, files)
