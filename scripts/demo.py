"""`make demo`: the MetaStudio short-job flow and the AMS moderation flow through the generated clients,
against the in-process fake.

MetaStudio: create → upload the audio zip → commit → wait → print the assessment; every request is
signed with AK/SK. AMS: create moderation tasks → wait → print the verdicts, then an ERROR task, a live
stream ended by CancelTask and the task list page by page; every request is rewritten to `POST /` and
signed with TC3-HMAC-SHA256. The fake's gateways verify the signatures (FAKE_AUTH=off turns that off).
The credentials are the fake's documented defaults (FAKE_AK / FAKE_SK, FAKE_SECRET_ID /
FAKE_SECRET_KEY), never real ones.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import httpx
from ams_client import Backoff as AmsBackoff  # each generated package has its own copy of the shared layer
from ams_client import TaskCancelled, TaskFailed, TencentCredentials, verdict_table
from ams_client import connect as connect_ams
from ams_client.models import AudioModerationType, DescribeTaskDetailResult
from fakecloud import FakeCloud, InProcessTransport, Settings
from metastudio_client import Backoff, HuaweiCredentials, ShortJobFailed, assessment_table, connect
from metastudio_client.models import ShowShortJobResponseBody
from samples import voice_wav, voice_zip

PROJECT_ID = "0123456789abcdef0123456789abcdef"
MEDIA = "https://media.example.com/audio/"  # never fetched: the fake judges media by name


def _public(url: str) -> str:
    parsed = httpx.URL(url)
    return f"{parsed.scheme}://{parsed.host}{parsed.path}" + (" (pre-signed query hidden)" if parsed.query else "")


def main() -> int:
    settings = Settings.from_env()
    cloud = FakeCloud(settings)
    credentials = HuaweiCredentials(settings.ak, settings.sk, PROJECT_ID)
    transport = cloud.transport()
    print("MetaStudio short job (voice quality assessment) against the in-process fake cloud")
    print(f"  auth: AK/SK signing, {'verified by the fake' if settings.auth else 'NOT checked (FAKE_AUTH=off)'}; "
          f"progression: {settings.progression}; credentials: {credentials!r}")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder, transport:
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
        ams_flow(settings, transport)
    return 0


def ams_flow(settings: Settings, transport: InProcessTransport) -> None:
    """The AMS flow; how the fake judges a media name is documented in tests/fakecloud/ams/rules.py."""
    credentials = TencentCredentials(settings.secret_id, settings.secret_key)
    print("\nTencent Cloud AMS audio moderation against the same fake cloud")
    print(f"  auth: TC3-HMAC-SHA256, {'verified by the fake' if settings.auth else 'NOT checked (FAKE_AUTH=off)'}; "
          f"credentials: {credentials!r}\n")  # fmt: skip
    media = [f"{MEDIA}podcast-episode-1.mp3", f"{MEDIA}voice-chat-abuse-60s.mp3", f"{MEDIA}stream-porn-ad.mp3"]
    with connect_ams(base_url="https://ams.fake", credentials=credentials, transport=transport) as ams:
        created = ams.create_audio_moderation_task(media)
        task_ids = [str(result.task_id) for result in created.results or []]
        print(f"1. CreateAudioModerationTask  {len(task_ids)} tasks (request id {created.request_id})")

        seen: list[str] = []

        def progress(detail: DescribeTaskDetailResult) -> None:
            print(f"{'' if seen else '2. DescribeTaskDetail':<30}{detail.task_id} {detail.status}")
            seen.append(str(detail.status))

        details = ams.wait_for_tasks(task_ids, timeout=60, backoff=AmsBackoff(0.2), on_progress=progress)
        print("3. verdicts")
        print(verdict_table(details, indent="   "))

        print("\nA media URL that cannot be fetched (the fake's rule: its name says 'error'):")
        try:
            ams.moderate([f"{MEDIA}broken-error.mp3"], timeout=60, backoff=AmsBackoff(0.2))
        except TaskFailed as exc:
            print(f"   TaskFailed: {exc}")

        print("A live stream runs until it is cancelled:")
        live = ams.create_audio_moderation_task(["rtmp://live.example.com/app/room-ad"],
                                                type_=AudioModerationType.LIVE_AUDIO)  # fmt: skip
        live_id = str(live.results[0].task_id) if live.results else ""
        running = ams.describe_task_detail(live_id)
        for _ in range(100):  # until the stream is being moderated
            if running.status == "RUNNING":
                break
            time.sleep(0.1)
            running = ams.describe_task_detail(live_id)
        print(f"   {live_id} {running.status}, label so far {running.label}; CancelTask")
        ams.cancel_task(live_id)
        try:
            ams.wait_for_task(live_id, timeout=60, backoff=AmsBackoff(0.2))
        except TaskCancelled as exc:
            print(f"   TaskCancelled: {exc} (its last label: {exc.job.label})")

        pages = list(ams.describe_tasks_pages(page_size=2))
        sizes = ", ".join(str(len(page.data or [])) for page in pages)
        print(f"DescribeTasks, 2 per page: {len(pages)} pages ({sizes} tasks), total {pages[0].total}")


if __name__ == "__main__":
    sys.exit(main())
