"""Synthetic voice recordings for tests and demos: deterministic WAVs, and zips the fake assesses as SUCCEED.

`voice_wav` makes a speech-like signal (a harmonic tone at syllable rate, with pauses) over a noise
floor; the knobs move the fake's metrics across their expected ranges (see metastudio/assess.py).
"""

from __future__ import annotations

import io
import math
import random
import struct
import wave
import zipfile
from collections.abc import Mapping
from pathlib import Path

RATE = 16000


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


def voice_zip(path: Path, files: Mapping[str, bytes | str] | None = None) -> Path:
    """Write a zip of `files` (default: three sentences x.wav with their x.txt transcripts) to `path`."""
    if files is None:
        files = {}
        for index, text in enumerate(TRANSCRIPTS):
            files[f"{index}.wav"] = voice_wav(seed=index + 1)
            files[f"{index}.txt"] = text
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path
