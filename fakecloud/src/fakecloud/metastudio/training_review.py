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
  FAKE.UNREADABLE_AUDIO  a .wav that is not PCM WAV (8/16/24/32-bit), or that cannot be read from the zip
  FAKE.UNREADABLE_TEXT   a .txt that cannot be read from the zip
  FAKE.SILENT_AUDIO      a .wav whose peak stays below SILENCE_DBFS (-60 dBFS)
  FAKE.UNEXPECTED_FILE   a file the edition does not take (a sentence beyond its numbering, a second
                         recording, a transcript for a long recording), or larger than MAX_ENTRY_BYTES
  FAKE.UNCONFIRMED       SEGMENT: a sentence uploaded but not confirmed (ConfirmTrainingSegment)
Entries are matched by file name whatever folder they are in (separated by / or, as some Windows tools
write them, \\); folders, hidden files and __MACOSX/ are ignored. Data with the required files,
non-silent audio and non-empty text passes: the review does not judge signal quality (noise, level,
speaking rate are the short jobs' assessment, see assess.py). A hostile zip meets the assessment's
limits (assess.py): at most MAX_ENTRIES files (more: one MSS.00000002 error), MAX_INFLATED bytes
decompressed in all (beyond: FAKE.UNREADABLE_AUDIO / _TEXT for the files not read), a transcript's first
MAX_TRANSCRIPT bytes; entries are read one at a time, as the rules need them.
"""

from __future__ import annotations

import io
import wave
import zipfile
from array import array
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

from .assess import MAX_ENTRIES, MAX_INFLATED, MAX_TRANSCRIPT, Inflated, check_pcm_format
from .assess import UNREADABLE as READ_ERRORS

NOT_A_ZIP = "MSS.00000002"
MISSING = "MSS.10001004"
EMPTY = "MSS.10001003"
UNREADABLE = "FAKE.UNREADABLE_AUDIO"
UNREADABLE_TEXT = "FAKE.UNREADABLE_TEXT"
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
            rate, channels = recording.getframerate(), recording.getnchannels()
            check_pcm_format(width, channels, rate)
            if frames == 0:
                return AuditError(name, "", EMPTY, f"{name} has no audio frames")
            loudest = 0.0
            while chunk := recording.readframes(_FRAMES_PER_READ):
                loudest = max(loudest, _peak(chunk, width))
                if loudest >= _SILENCE:
                    return None
    except READ_ERRORS as exc:
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


class _Entries(Mapping[int, bytes | None]):
    """Sentence i's file of a zip, read when the review asks for it (within the upload's shared budget of
    decompressed bytes); None, and an error in `errors`, for an entry that cannot be read."""

    def __init__(self, archive: zipfile.ZipFile, infos: Mapping[int, zipfile.ZipInfo], limit: int | None,
                 budget: list[int], errors: list[AuditError]) -> None:  # fmt: skip
        self._archive, self._infos, self._limit, self._budget, self._errors = archive, infos, limit, budget, errors

    def __getitem__(self, index: int) -> bytes | None:
        return read_entry(self._archive, self._infos[index], self._budget, self._errors, self._limit)

    def __contains__(self, index: object) -> bool:  # Mapping's own would read the entry to find out
        return index in self._infos

    def __iter__(self) -> Iterator[int]:
        return iter(self._infos)

    def __len__(self) -> int:
        return len(self._infos)


def read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int], errors: list[AuditError],
               limit: int | None = None) -> bytes | None:  # fmt: skip
    """An entry's bytes (its first `limit`), counted against `budget`; None and an error if unreadable."""
    name = PurePosixPath(info.filename.replace("\\", "/")).name
    try:
        with archive.open(info) as entry, io.BufferedReader(Inflated(entry, budget)) as inflated:
            return inflated.read(-1 if limit is None else limit)
    except READ_ERRORS as exc:  # corrupt, encrypted, an unsupported compression, beyond the budget
        code = UNREADABLE_TEXT if name.lower().endswith(".txt") else UNREADABLE
        errors.append(_unexpected(name, f"{name} cannot be read from the zip: {exc}", code))
        return None


def review_package(job_type: str, data: bytes) -> list[AuditError]:
    """The review of a PACKAGE upload (the zip PUT to training_data_uploading_url)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except READ_ERRORS:
        return [AuditError("", "", NOT_A_ZIP, "the uploaded data is not a zip archive")]
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > MAX_ENTRIES:
            return [AuditError("", "", NOT_A_ZIP, f"more than {MAX_ENTRIES} files in the zip")]
        files: dict[str, zipfile.ZipInfo] = {}
        errors: list[AuditError] = []
        for info in infos:
            path = PurePosixPath(info.filename.replace("\\", "/"))  # some Windows tools write "take1\\0.wav"
            if not path.parts or _ignored(path):
                continue
            if path.name in files:
                errors.append(_unexpected(path.name, f"{info.filename}: a second file named {path.name}"))
            elif info.file_size > MAX_ENTRY_BYTES:
                errors.append(_unexpected(path.name, f"{path.name} is larger than {MAX_ENTRY_BYTES >> 20} MiB"))
            else:
                files[path.name] = info
        budget = [MAX_INFLATED]
        count = sentence_count(job_type)
        if count is None:
            return errors + _review_long_recording(archive, files, budget)
        return errors + _review_sentence_files(archive, count, files, budget)


def _unexpected(name: str, message: str, code: str = UNEXPECTED) -> AuditError:
    is_text = name.lower().endswith(".txt")
    return AuditError("" if is_text else name, name if is_text else "", code, message)


def _review_sentence_files(
    archive: zipfile.ZipFile, count: int, files: Mapping[str, zipfile.ZipInfo], budget: list[int]
) -> list[AuditError]:
    audio: dict[int, zipfile.ZipInfo] = {}
    text: dict[int, zipfile.ZipInfo] = {}
    errors: list[AuditError] = []
    for name, info in files.items():
        stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
        if stem.isdecimal() and str(int(stem)) == stem and int(stem) < count and suffix in (".wav", ".txt"):
            (audio if suffix == ".wav" else text)[int(stem)] = info
        else:
            errors.append(_unexpected(name, f"{name}: this edition takes 0.wav…{count - 1}.wav and "
                                            f"0.txt…{count - 1}.txt only"))  # fmt: skip
    unreadable: list[AuditError] = []
    reviewed = review_sentences(count, _Entries(archive, audio, None, budget, unreadable),
                                _Entries(archive, text, MAX_TRANSCRIPT, budget, unreadable))  # fmt: skip
    return reviewed + unreadable + errors


def _review_long_recording(
    archive: zipfile.ZipFile, files: Mapping[str, zipfile.ZipInfo], budget: list[int]
) -> list[AuditError]:
    recordings = sorted(name for name in files if name.lower().endswith(".wav"))
    others = [_unexpected(name, f"{name}: this edition takes one long .wav recording only")
              for name in sorted(files) if name not in recordings]  # fmt: skip
    if not recordings:
        return [AuditError("", "", MISSING, "no .wav recording in the zip: this edition takes one long recording")]
    if len(recordings) > 1:
        return [_unexpected(name, f"{name}: one of {len(recordings)} recordings; this edition takes exactly one")
                for name in recordings] + others  # fmt: skip
    errors: list[AuditError] = []
    recording = read_entry(archive, files[recordings[0]], budget, errors)
    problem = check_recording(recordings[0], recording) if recording is not None else None
    return errors + ([problem] if problem else []) + others
