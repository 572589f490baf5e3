"""The fake's system review of a voice-training task's data: fixed rules of its own (the pages document
the structure of the data, not the review or its error codes).

What each edition takes (the pages' structure):
  BASIC     0.wav … 19.wav, each with its transcript 0.txt … 19.txt          (PACKAGE zip or SEGMENT)
  MIDDLE    0.wav … 99.wav with 0.txt … 99.txt                                (PACKAGE zip or SEGMENT)
  ADVANCE, THIRD_PARTY (and the editions only the service creates)  one long .wav, alone in the zip

One audit error per file that fails a rule ({audio_name, text_name, error_code, error_message}):
  MSS.00000002  the upload is not a zip archive (Invalid body)
  MSS.10001004  a required .wav, or the .txt of a .wav, is missing (The file not found)
  MSS.10001003  an empty file: a .wav with no audio frames, a .txt with no text (The file type are empty)
  FAKE.UNREADABLE_AUDIO  a .wav that is not PCM WAV (8/16/24/32-bit), or a zip entry that cannot be read
  FAKE.SILENT_AUDIO      a .wav whose peak stays below SILENCE_DBFS (-60 dBFS)
  FAKE.UNEXPECTED_FILE   a file the edition does not take (a sentence beyond its numbering, a second
                         recording, a transcript for a long recording), or larger than MAX_ENTRY_BYTES
  FAKE.UNCONFIRMED       SEGMENT: a sentence uploaded but not confirmed (ConfirmTrainingSegment)
Entries are matched by file name whatever folder they are in (separated by / or, as some Windows tools
write them, \\); folders, hidden files and __MACOSX/ are ignored. Data with the required files,
non-silent audio and non-empty text passes: the review does not judge signal quality (noise, level,
speaking rate are the short jobs' assessment, see assess.py).
"""

from __future__ import annotations

import io
import wave
import zipfile
import zlib
from array import array
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

NOT_A_ZIP = "MSS.00000002"
MISSING = "MSS.10001004"
EMPTY = "MSS.10001003"
UNREADABLE = "FAKE.UNREADABLE_AUDIO"
SILENT = "FAKE.SILENT_AUDIO"
UNEXPECTED = "FAKE.UNEXPECTED_FILE"
UNCONFIRMED = "FAKE.UNCONFIRMED"
SENTENCES = {"BASIC": 20, "MIDDLE": 100}  # the editions recorded sentence by sentence
SILENCE_DBFS = -60.0
MAX_ENTRY_BYTES = 64 << 20
_SILENCE = 10 ** (SILENCE_DBFS / 20)
_FRAMES_PER_READ = 1 << 16


@dataclass(frozen=True)
class AuditError:
    audio_name: str
    text_name: str
    error_code: str
    error_message: str

    def as_dict(self) -> dict[str, str]:
        return {"audio_name": self.audio_name, "text_name": self.text_name, "error_code": self.error_code,
                "error_message": self.error_message}  # fmt: skip


def sentence_count(job_type: str) -> int | None:
    """How many sentences an edition takes (None: one long recording)."""
    return SENTENCES.get(job_type)


def _peak(samples: bytes, width: int) -> float:
    """The largest absolute sample of little-endian PCM, as a fraction of full scale."""
    if width == 1:
        return max((abs(b - 128) for b in samples), default=0) / 128
    if width == 3:
        values = (int.from_bytes(samples[i : i + 3], "little", signed=True) for i in range(0, len(samples) - 2, 3))
        return max((abs(v) for v in values), default=0) / (1 << 23)
    numbers = array({2: "h", 4: "i"}[width])
    numbers.frombytes(samples[: len(samples) - len(samples) % width])
    if not numbers:
        return 0.0
    return max(abs(max(numbers)), abs(min(numbers))) / (1 << (8 * width - 1))


def check_recording(name: str, data: bytes) -> AuditError | None:
    """Why a sentence's or the long recording's .wav fails the review, or None."""
    if not data:
        return AuditError(name, "", EMPTY, f"{name} is empty")
    try:
        with wave.open(io.BytesIO(data)) as recording:
            width, frames = recording.getsampwidth(), recording.getnframes()
            if width not in (1, 2, 3, 4) or recording.getframerate() <= 0:
                raise ValueError(f"unsupported PCM format ({8 * width}-bit, {recording.getframerate()} Hz)")
            if frames == 0:
                return AuditError(name, "", EMPTY, f"{name} has no audio frames")
            loudest = 0.0
            while chunk := recording.readframes(_FRAMES_PER_READ):
                loudest = max(loudest, _peak(chunk, width))
                if loudest >= _SILENCE:
                    return None
    except (wave.Error, EOFError, ValueError) as exc:
        reason = str(exc) or "it ends before its audio data"
        return AuditError(name, "", UNREADABLE, f"{name} is not a PCM .wav recording: {reason}")
    return AuditError(name, "", SILENT, f"{name} is silent (peak below {SILENCE_DBFS:g} dBFS)")


def check_text(name: str, data: bytes) -> AuditError | None:
    """Why a sentence's transcript fails the review, or None."""
    if not data.decode("utf-8", "replace").strip():
        return AuditError("", name, EMPTY, f"{name} has no text")
    return None


def review_sentences(
    count: int,
    audio: Mapping[int, bytes | None],
    text: Mapping[int, bytes | None],
    confirmed: Collection[int] | None = None,
) -> list[AuditError]:
    """The review of sentences 0 … count-1: the files of a zip, or SEGMENT uploads (then each sentence
    must also have been `confirmed`). A file given as None is there but could not be read (already an error)."""
    errors: list[AuditError] = []
    for index in range(count):
        wav, txt = f"{index}.wav", f"{index}.txt"
        if index not in audio:
            errors.append(AuditError(wav, txt, MISSING, f"{wav} is missing: sentence {index} has no recording"))
            continue
        found = []
        if index not in text:
            found.append(AuditError(wav, txt, MISSING, f"{txt} is missing: {wav} has no transcript"))
        recording, transcript = audio[index], text.get(index)
        if recording is not None and (problem := check_recording(wav, recording)) is not None:
            found.append(AuditError(wav, txt if index in text else "", problem.error_code, problem.error_message))
        if transcript is not None and (problem := check_text(txt, transcript)) is not None:
            found.append(AuditError(wav, txt, problem.error_code, problem.error_message))
        if not found and confirmed is not None and index not in confirmed:
            found.append(AuditError(wav, txt, UNCONFIRMED, f"sentence {index} was uploaded but not confirmed"))
        errors += found
    return errors


def _ignored(path: PurePosixPath) -> bool:
    return path.parts[0] == "__MACOSX" or path.name.startswith(".")


def review_package(job_type: str, data: bytes) -> list[AuditError]:
    """The review of a PACKAGE upload (the zip PUT to training_data_uploading_url)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return [AuditError("", "", NOT_A_ZIP, "the uploaded data is not a zip archive")]
    with archive:
        files: dict[str, zipfile.ZipInfo] = {}
        errors: list[AuditError] = []
        for info in archive.infolist():
            path = PurePosixPath(info.filename.replace("\\", "/"))  # some Windows tools write "take1\\0.wav"
            if info.is_dir() or not path.parts or _ignored(path):
                continue
            if path.name in files:
                errors.append(_unexpected(path.name, f"{info.filename}: a second file named {path.name}"))
            elif info.file_size > MAX_ENTRY_BYTES:
                errors.append(_unexpected(path.name, f"{path.name} is larger than {MAX_ENTRY_BYTES >> 20} MiB"))
            else:
                files[path.name] = info
        contents: dict[str, bytes | None] = {}
        for name, info in files.items():
            try:
                contents[name] = archive.read(info)
            except (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, OSError) as exc:  # corrupt,
                # encrypted, or compressed in a way zipfile cannot read
                errors.append(AuditError(name, "", UNREADABLE, f"{name} cannot be read from the zip: {exc}"))
                contents[name] = None
    count = sentence_count(job_type)
    if count is None:
        return errors + _review_long_recording(contents)
    return errors + _review_sentence_files(count, contents)


def _unexpected(name: str, message: str) -> AuditError:
    is_text = name.lower().endswith(".txt")
    return AuditError("" if is_text else name, name if is_text else "", UNEXPECTED, message)


def _review_sentence_files(count: int, contents: Mapping[str, bytes | None]) -> list[AuditError]:
    audio: dict[int, bytes | None] = {}
    text: dict[int, bytes | None] = {}
    errors = []
    for name, data in contents.items():
        stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
        if stem.isdecimal() and str(int(stem)) == stem and int(stem) < count and suffix in (".wav", ".txt"):
            (audio if suffix == ".wav" else text)[int(stem)] = data
        else:
            errors.append(_unexpected(name, f"{name}: this edition takes 0.wav…{count - 1}.wav and "
                                            f"0.txt…{count - 1}.txt only"))  # fmt: skip
    return review_sentences(count, audio, text) + errors


def _review_long_recording(contents: Mapping[str, bytes | None]) -> list[AuditError]:
    recordings = sorted(name for name in contents if name.lower().endswith(".wav"))
    others = [_unexpected(name, f"{name}: this edition takes one long .wav recording only")
              for name in sorted(contents) if name not in recordings]  # fmt: skip
    if not recordings:
        return [AuditError("", "", MISSING, "no .wav recording in the zip: this edition takes one long recording")]
    if len(recordings) > 1:
        return [_unexpected(name, f"{name}: one of {len(recordings)} recordings; this edition takes exactly one")
                for name in recordings] + others  # fmt: skip
    recording = contents[recordings[0]]
    problem = check_recording(recordings[0], recording) if recording is not None else None
    return ([problem] if problem else []) + others
