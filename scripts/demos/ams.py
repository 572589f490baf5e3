"""Tencent Cloud AMS: create moderation tasks → wait → the verdicts, then an ERROR task, a live stream
ended by CancelTask and the task list page by page. Every request is rewritten to `POST /` and signed
with TC3-HMAC-SHA256."""

from __future__ import annotations

import time

from ams_client import Backoff as AmsBackoff  # each generated package has its own copy of the shared layer
from ams_client import TaskCancelled, TaskFailed, TencentCredentials, verdict_table
from ams_client import connect as connect_ams
from ams_client.models import AudioModerationType, DescribeTaskDetailResult
from fakecloud import InProcessTransport, Settings

MEDIA = "https://media.example.com/audio/"  # never fetched: the fake judges media by name


def run(settings: Settings, transport: InProcessTransport) -> None:
    """The AMS flow; how the fake judges a media name is documented in fakecloud/src/fakecloud/ams/rules.py."""
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
