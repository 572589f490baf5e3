"""The generated packages' READMEs: every Python example runs as a user would paste it, against the
in-process fake (credentials from the environment variables the README names, the API's endpoint
swapped for the fake's), and prints what the README says it prints."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import ams_client
import metastudio_client
import moderation_client
import pytest
from constants import AMS_URL, METASTUDIO_URL, MODERATION_URL, PROJECT_ID
from fakecloud import InProcessTransport, Settings
from fakecloud.samples import training_zip, voice_wav, voice_zip
from spec_check import ROOT

PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
PACKAGES = {
    "metastudio-client": (metastudio_client, METASTUDIO_URL),
    "moderation-client": (moderation_client, MODERATION_URL),
    "ams-client": (ams_client, AMS_URL),
}
# What the usage example prints (task IDs vary), then what the credentials example leaves in `client`.
VERDICT_TABLE = r"task +status +suggestion +label +labels +segments hit\n(w-audio-\S+ +FINISH +Pass +Normal +- +-\n){2}"
UUID = r"[0-9a-f-]{36}"
SHORT_JOB = r"SUCCEED\nmetric +actual +expected +verdict +suggestion\n(.+ ok .+\n){6}" \
            r"suggestion: The audio meets the quality requirements\.\n"  # fmt: skip
# the voice-training example (a rejection, then the fixed data's voice model), then the SEGMENT example's state
TRAINING = rf"training job (?P<job>{UUID}): the review rejected its data \(1 time\(s\) so far\)\n" \
           r"  3\.wav / 3\.txt: MSS\.10001004: 3\.txt is missing: 3\.wav has no transcript\n" \
           r"  next: fix the data the review rejected and submit it again: " \
           r"resubmit_training_job\('(?P=job)', \.\.\.\)\n" \
           rf"SUCCEED {UUID}\nSUCCEED\n"  # fmt: skip
PRINTED = {
    "metastudio-client": SHORT_JOB + TRAINING,
    "moderation-client": r"verdict: pass\n  \(no risky segments\)\naudio text: 'clean speech'\n",
    "ams-client": VERDICT_TABLE + r"(w-audio-\S+ FINISH Pass\n){2}",
}  # fmt: skip
CLIENT = {
    "metastudio-client": "MetaStudio(project_id='<project ID>')",  # the token example, the last of the block
    "moderation-client": "Moderation(project_id='<project ID>')",
    "ams-client": "Ams(base_url='https://ams.fake')",
}


def _environment(settings: Settings) -> dict[str, str]:
    return {
        "HUAWEICLOUD_SDK_AK": settings.ak,
        "HUAWEICLOUD_SDK_SK": settings.sk,
        "HUAWEICLOUD_SDK_PROJECT_ID": PROJECT_ID,
        "TENCENTCLOUD_SECRET_ID": settings.secret_id,
        "TENCENTCLOUD_SECRET_KEY": settings.secret_key,
    }


@pytest.fixture
def against_the_fake(
    transport: InProcessTransport, settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Credentials in the environment, every package's connect() aimed at the fake, voice.zip in the cwd."""
    for name, value in _environment(settings).items():
        monkeypatch.setenv(name, value)
    for package, url in PACKAGES.values():
        for name in ("connect", "connect_async"):
            connect = functools.partial(getattr(package, name), base_url=url, transport=transport)
            monkeypatch.setattr(package, name, connect)
    monkeypatch.chdir(tmp_path)
    voice_zip(tmp_path / "voice.zip")
    training_zip(tmp_path / "voice-20.zip", changes={"3.txt": None})
    training_zip(tmp_path / "voice-20-fixed.zip")
    (tmp_path / "sentences").mkdir()
    for index in range(20):
        (tmp_path / "sentences" / f"{index}.wav").write_bytes(voice_wav(0.3))
    (tmp_path / "sentences.txt").write_text("\n".join(f"第{i}句" for i in range(20)), encoding="utf-8")


@pytest.mark.usefixtures("against_the_fake")
@pytest.mark.parametrize("project", PACKAGES)
def test_every_python_example_runs_against_the_fake(project: str, capsys: pytest.CaptureFixture[str]) -> None:
    readme = ROOT / "generated" / project / "README.md"
    *examples, credentials = PYTHON_BLOCK.findall(readme.read_text(encoding="utf-8"))
    assert len(examples) == (3 if project == "metastudio-client" else 1)  # short job, training, SEGMENT
    for number, example in enumerate(examples, start=1):
        exec(compile(example, f"{readme}, example {number}", "exec"), {})
    assert re.fullmatch(PRINTED[project], capsys.readouterr().out)
    names: dict[str, Any] = {}
    exec(compile(credentials, f"{readme}, credentials example", "exec"), names)
    assert repr(names["client"]) == CLIENT[project]
    assert capsys.readouterr().out == ""


@pytest.mark.usefixtures("against_the_fake")
def test_the_repository_readme_example_runs_against_the_fake(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.partition("\n## Using a generated client\n")[2].partition("\n## ")[0]
    [example] = PYTHON_BLOCK.findall(section)
    exec(compile(example, "README.md", "exec"), {})
    printed = SHORT_JOB + PRINTED["moderation-client"] + VERDICT_TABLE
    assert re.fullmatch(printed, capsys.readouterr().out)


def test_the_credentials_examples_set_what_they_say() -> None:
    readme = (ROOT / "generated" / "ams-client" / "README.md").read_text(encoding="utf-8")
    names: dict[str, Any] = {}
    exec(PYTHON_BLOCK.findall(readme)[1], names)
    auth = names["client"].client._httpx_args["auth"]
    assert auth.credentials.secret_id == "<SecretId>" and auth.credentials.secret_key.reveal() == "<SecretKey>"
    assert names["client"].language == "en-US" and auth.origin == ("https", "ams.tencentcloudapi.com", None)
    readme = (ROOT / "generated" / "moderation-client" / "README.md").read_text(encoding="utf-8")
    exec(PYTHON_BLOCK.findall(readme)[1], names)
    assert names["client"].client._httpx_args["auth"].token.reveal() == "<IAM token>"
