"""`make demo`: the MetaStudio and Content Moderation flows through the generated clients, against the
in-process fake.

MetaStudio: create → upload the audio zip → commit → wait → print the assessment.
Content Moderation: create an audio job → wait → print the verdict with its segments; a job whose
audio cannot be fetched; a signed result notification received on 127.0.0.1 and verified.
Every request is signed with AK/SK by the client's override and verified by the fake's gateway
(FAKE_AUTH=off turns that off). The credentials are the fake's documented defaults (FAKE_AK /
FAKE_SK), never real ones.
"""

from __future__ import annotations

import queue
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import moderation_client
from fakecloud import FakeCloud, InProcessTransport, Settings
from metastudio_client import Backoff, HuaweiCredentials, ShortJobFailed, assessment_table, connect
from metastudio_client.models import ShowShortJobResponseBody
from moderation_client.models import ShowAudioModerationJobResponseBody
from samples import voice_wav, voice_zip

PROJECT_ID = "0123456789abcdef0123456789abcdef"
DEMO_SEED = "demo_seed_2024"  # a callback seed for the demo only


def _public(url: str) -> str:
    parsed = httpx.URL(url)
    return f"{parsed.scheme}://{parsed.host}{parsed.path}" + (" (pre-signed query hidden)" if parsed.query else "")


def metastudio_demo(settings: Settings, transport: InProcessTransport) -> None:
    credentials = HuaweiCredentials(settings.ak, settings.sk, PROJECT_ID)
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


class _Receiver(ThreadingHTTPServer):
    """A callback endpoint on 127.0.0.1 that hands each POST (signature header, body) to a queue."""

    def __init__(self) -> None:
        self.received: queue.Queue[tuple[str | None, bytes]] = queue.Queue()
        received = self.received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                received.put((self.headers.get(moderation_client.SIGNATURE_HEADER), body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/moderation/callback"


def moderation_demo(settings: Settings, transport: InProcessTransport) -> None:
    credentials = moderation_client.HuaweiCredentials(settings.ak, settings.sk, PROJECT_ID)
    poll = moderation_client.Backoff(0.2)  # not metastudio_client.Backoff: each package has its own
    print("\nContent Moderation audio job against the same fake cloud (it never fetches the audio: the")
    print("verdict follows the URL, see tests/fakecloud/moderation/rules.py)")
    url = "https://media.example.com/voiceroom/ad-12-19.5_abuse-31-33.wav"
    client = moderation_client.connect(base_url="https://moderation.fake", credentials=credentials, transport=transport)
    with client:
        created = client.create_audio_job(url, categories=["porn", "ad", "abuse"], event_type="voiceroom")
        print(f"1. CreateAudioModerationJob  job {created.job_id}")
        print(f"                             audio {url}")
        seen: list[str] = []

        def progress(job: ShowAudioModerationJobResponseBody) -> None:
            print(f"{'' if seen else '2. ShowAudioModerationJob':<28} status {job.status} (updated {job.update_time})")
            seen.append(str(job.status))

        result = client.wait_for_audio_job(created.job_id, timeout=60, backoff=poll, on_progress=progress)
        print("3. result")
        print(moderation_client.verdict_report(result, indent="   "))

        print("\nAn audio URL the service cannot download:")
        try:
            client.moderate_audio("https://unreachable.invalid/lost.wav", timeout=60, backoff=poll)
        except moderation_client.AudioJobFailed as exc:
            print(f"   AudioJobFailed: {exc}")

        print("\nA job with a callback on 127.0.0.1 and a seed: the fake POSTs the result, signed")
        receiver = _Receiver()
        threading.Thread(target=receiver.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        try:
            created = client.create_audio_job(
                "https://media.example.com/clean-talk.wav", callback=receiver.url, seed=DEMO_SEED
            )
            if settings.progression.mode == "polls":  # jobs only advance when queried
                client.wait_for_audio_job(created.job_id, timeout=60, backoff=poll)
            signature, body = receiver.received.get(timeout=60)
        finally:
            receiver.shutdown()
            receiver.server_close()
        job = moderation_client.parse_callback(body)
        verified = moderation_client.verify_callback_signature(body, signature, DEMO_SEED)
        print(f"   POST {receiver.url}: job {job.job_id} {job.status}")
        print(f"   X-Auth-Signature {signature}: {'verified' if verified else 'NOT VALID'}")
        tampered = body.replace(created.job_id.encode(), created.job_id[:-1].encode() + b"0")
        still = moderation_client.verify_callback_signature(tampered, signature, DEMO_SEED)
        print(f"   the same signature over a body with another job_id: {'verified' if still else 'rejected'}")
        if isinstance(job.result, moderation_client.models.AudioModerationResult):
            print(moderation_client.verdict_report(job.result, indent="   "))


def main() -> int:
    settings = Settings.from_env()
    cloud = FakeCloud(settings)
    with cloud.transport() as transport:
        metastudio_demo(settings, transport)
        moderation_demo(settings, transport)
    return 0


if __name__ == "__main__":
    sys.exit(main())
