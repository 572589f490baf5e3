"""How the fake reviews a voice-training task's data (fakecloud/src/fakecloud/metastudio/training_review.py):
the structure of each edition, and one error per file that breaks a rule."""

from __future__ import annotations

import io
import struct
import wave
import zipfile
from pathlib import Path
from typing import Any

import pytest
from fakecloud.metastudio import training_review
from fakecloud.metastudio.training_review import check_recording, review_package, review_sentences
from fakecloud.samples import silent_wav, training_files, training_zip, voice_wav, zip_bytes


def errors_of(job_type: str, files: dict[str, bytes | str]) -> list[tuple[str, str, str]]:
    return [(e.audio_name, e.text_name, e.error_code) for e in review_package(job_type, zip_bytes(files))]


def quiet_wav(peak: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16000)
        wav.writeframes(struct.pack("<4h", 0, peak, -peak, 0) * 4000)
    return buffer.getvalue()


@pytest.mark.parametrize("job_type", ["BASIC", "MIDDLE", "ADVANCE", "THIRD_PARTY"])
def test_the_sample_data_of_every_edition_passes(job_type: str, tmp_path: Path) -> None:
    assert review_package(job_type, training_zip(tmp_path / "data.zip", job_type).read_bytes()) == []


def test_the_editions_take_20_and_100_sentences_or_one_recording() -> None:
    assert len(training_files("BASIC")) == 40 and len(training_files("MIDDLE")) == 200
    assert list(training_files("ADVANCE")) == ["voice.wav"]
    basic = training_files("BASIC")
    missing = [("20.wav", "20.txt", "MSS.10001004"), ("21.wav", "21.txt", "MSS.10001004")]
    assert errors_of("MIDDLE", basic)[:2] == missing
    assert len(errors_of("MIDDLE", basic)) == 80


def test_each_broken_sentence_is_one_error_with_its_files() -> None:
    files = training_files("BASIC")
    del files["3.txt"], files["4.wav"]
    files.update({"5.wav": silent_wav(), "6.wav": b"", "7.wav": b"RIFF\x00", "8.txt": " \n", "9.txt": ""})
    found = review_package("BASIC", zip_bytes(files))
    assert [(e.audio_name, e.text_name, e.error_code) for e in found] == [
        ("3.wav", "3.txt", "MSS.10001004"),
        ("4.wav", "4.txt", "MSS.10001004"),
        ("5.wav", "5.txt", "FAKE.SILENT_AUDIO"),
        ("6.wav", "6.txt", "MSS.10001003"),
        ("7.wav", "7.txt", "FAKE.UNREADABLE_AUDIO"),
        ("8.wav", "8.txt", "MSS.10001003"),
        ("9.wav", "9.txt", "MSS.10001003"),
    ]
    messages = [e.error_message for e in found]
    assert messages[:3] == [
        "3.txt is missing: 3.wav has no transcript",
        "4.wav is missing: sentence 4 has no recording",
        "5.wav is silent (peak below -60 dBFS)",
    ]
    unreadable = "7.wav is not a PCM .wav recording: "
    assert messages[4].startswith(unreadable) and len(messages[4]) > len(unreadable)  # it says why


def test_silence_is_a_peak_below_minus_60_dbfs_whatever_the_length() -> None:
    assert check_recording("a.wav", quiet_wav(30)) is not None  # -60.8 dBFS
    assert check_recording("a.wav", quiet_wav(40)) is None  # -58.3 dBFS: quiet, but a signal; quality is not judged
    assert check_recording("a.wav", voice_wav(0.2, level=0.01, noise=0.05)) is None  # noisy and soft passes too


def test_files_the_edition_does_not_take_are_errors_and_system_files_are_ignored() -> None:
    files = training_files("BASIC") | {"20.wav": voice_wav(0.2), "03.txt": "x", "notes.md": "hi",
                                       "__MACOSX/._0.wav": b"\x00", ".DS_Store": b"\x00"}  # fmt: skip
    assert errors_of("BASIC", files) == [
        ("20.wav", "", "FAKE.UNEXPECTED_FILE"),
        ("", "03.txt", "FAKE.UNEXPECTED_FILE"),
        ("notes.md", "", "FAKE.UNEXPECTED_FILE"),
    ]


def test_folders_inside_the_zip_do_not_matter_but_two_files_of_one_name_do() -> None:
    files = {f"take1/{name}": data for name, data in training_files("BASIC").items()}
    assert errors_of("BASIC", files) == []
    assert errors_of("BASIC", {f"take1\\{name}": data for name, data in training_files("BASIC").items()}) == []
    assert errors_of("BASIC", files | {"take2/0.wav": voice_wav(0.2)}) == [("0.wav", "", "FAKE.UNEXPECTED_FILE")]


@pytest.mark.parametrize(
    ("files", "errors"),
    [
        ({"voice.wav": voice_wav(1.0)}, []),
        ({}, [("", "", "MSS.10001004")]),
        ({"voice.wav": silent_wav()}, [("voice.wav", "", "FAKE.SILENT_AUDIO")]),
        ({"a.wav": voice_wav(1.0), "b.wav": voice_wav(1.0)},
         [("a.wav", "", "FAKE.UNEXPECTED_FILE"), ("b.wav", "", "FAKE.UNEXPECTED_FILE")]),
        ({"voice.wav": voice_wav(1.0), "voice.txt": "text"}, [("", "voice.txt", "FAKE.UNEXPECTED_FILE")]),
    ],
)  # fmt: skip
def test_the_long_recording_editions_take_one_wav_alone(
    files: dict[str, bytes | str], errors: list[tuple[str, str, str]]
) -> None:
    assert errors_of("ADVANCE", files) == errors_of("THIRD_PARTY", files) == errors


def test_data_that_is_not_a_zip_is_one_error() -> None:
    found = review_package("BASIC", b"MZ\x90\x00 not a zip")
    assert [(e.error_code, e.error_message) for e in found] == [
        ("MSS.00000002", "the uploaded data is not a zip archive")
    ]


def test_a_huge_entry_is_refused_without_being_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(training_review, "MAX_ENTRY_BYTES", 1000)
    files = training_files("BASIC") | {"0.wav": bytes(5000)}
    assert ("0.wav", "", "FAKE.UNEXPECTED_FILE") in errors_of("BASIC", files)


def test_an_upload_is_read_within_one_budget_of_decompressed_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    files = training_files("BASIC")
    first_three = sum(len(zipfile.ZipFile(io.BytesIO(zip_bytes(files))).read(f"{i}.{kind}"))
                      for i in range(3) for kind in ("wav", "txt"))  # fmt: skip
    monkeypatch.setattr(training_review, "MAX_INFLATED", first_three)  # a zip bomb stops there
    found = review_package("BASIC", zip_bytes(files))
    unread = {f"{i}.{kind}" for i in range(3, 20) for kind in ("wav", "txt")}  # sentences 0-2 fit the budget
    assert sorted(e.audio_name or e.text_name for e in found) == sorted(unread)
    assert all(e.error_code == ("FAKE.UNREADABLE_TEXT" if e.text_name else "FAKE.UNREADABLE_AUDIO")
               and "decompresses to more than" in e.error_message for e in found)  # fmt: skip


def test_entries_are_read_once_each_and_only_when_the_rules_need_them(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    original = zipfile.ZipFile.open

    def counted(archive: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return original(archive, name, *args, **kwargs)

    files = training_files("BASIC") | {"notes.doc": b"x"}
    del files["7.wav"]
    data = zip_bytes(files)
    monkeypatch.setattr(zipfile.ZipFile, "open", counted)
    assert [e.audio_name for e in review_package("BASIC", data)] == ["7.wav", "notes.doc"]
    assert sorted(opened) == sorted(set(files) - {"7.txt", "notes.doc"})  # 7.txt: its sentence is already missing


def test_more_files_than_the_limit_is_one_error_before_any_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(training_review, "MAX_ENTRIES", 39)
    found = review_package("BASIC", zip_bytes(training_files("BASIC")))
    assert [(e.error_code, e.error_message) for e in found] == [("MSS.00000002", "more than 39 files in the zip")]


def test_an_encrypted_or_corrupt_entry_is_unreadable() -> None:
    data = bytearray(zip_bytes({"voice.wav": voice_wav(1.0)}))
    data[60:90] = bytes(30)  # inside the compressed data: the CRC no longer matches
    assert [e.error_code for e in review_package("ADVANCE", bytes(data))] == ["FAKE.UNREADABLE_AUDIO"]


def test_segment_sentences_must_also_be_confirmed() -> None:
    audio = {i: voice_wav(0.2) for i in range(20)}
    text = dict.fromkeys(range(20), b"hello")
    unconfirmed = review_sentences(20, audio, text, confirmed=set(range(19)))
    assert [(e.audio_name, e.error_code) for e in unconfirmed] == [("19.wav", "FAKE.UNCONFIRMED")]
    assert review_sentences(20, audio, text, confirmed=set(range(20))) == []
    assert review_sentences(20, audio, text) == []  # a zip's sentences need no confirmation
