"""MetaStudio short job: create → upload the audio zip → commit → wait → print the assessment, then a
zip without audio through the same workflow helper. Every request is signed with AK/SK."""

from __future__ import annotations

import tempfile
from pathlib import Path

import httpx
from fakecloud import InProcessTransport, Settings
from fakecloud.samples import voice_wav, voice_zip
from metastudio_client import Backoff, HuaweiCredentials, ShortJobFailed, assessment_table, connect
from metastudio_client.models import ShowShortJobResponseBody


def _public(url: str) -> str:
    parsed = httpx.URL(url)
    return f"{parsed.scheme}://{parsed.host}{parsed.path}" + (" (pre-signed query hidden)" if parsed.query else "")


def run(settings: Settings, transport: InProcessTransport) -> None:
    credentials = HuaweiCredentials(settings.ak, settings.sk, settings.credentials.project_id)
    print("MetaStudio short job (voice quality assessment) against the in-process fake cloud")
    print(f"  auth: AK/SK signing, {'verified by the fake' if settings.auth else 'NOT checked (FAKE_AUTH=off)'}; "
          f"progression: {settings.progression}; credentials: {credentials!r}")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        recording = voice_zip(Path(folder) / "voice.zip")
        client = connect(base_url="https://metastudio.fake", credentials=credentials, transport=transport)
        with client:
            print(f"  recording: {recording.name}, 3 sentences (.wav + .txt), {recording.stat().st_size:,} bytes\n")
            created = client.create_short_job()
            print(f"1. CreateShortJob   job {created.job_id}")
            print(f"                    upload URL {_public(created.data_uploading_url)}")
            client.upload_short_job_data(created.data_uploading_url, recording)
            print("2. upload           PUT application/zip, streamed from disk")
            client.commit_short_job(created.job_id)
            print("3. CommitShortJob   started")

            seen: list[str] = []

            def progress(job: ShowShortJobResponseBody) -> None:
                print(f"{'' if seen else '4. ShowShortJob':<19} state {job.state}")
                seen.append(str(job.state))

            job = client.wait_for_short_job(created.job_id, timeout=60, backoff=Backoff(0.2), on_progress=progress)
            print("5. assess_result")
            print(assessment_table(job.assess_result, indent="   "))

            print("\nA zip without audio, through the same workflow helper:")
            broken = voice_zip(Path(folder) / "notes.zip", {"readme.txt": "no audio here", "0.mp3": voice_wav(0.1)})
            try:
                client.run_short_job(broken, timeout=60, backoff=Backoff(0.2))
            except ShortJobFailed as exc:
                print(f"   ShortJobFailed: {exc}")
