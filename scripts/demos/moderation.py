"""Content Moderation audio job: create → wait → the verdict with its segments; a job whose audio cannot
be fetched; a signed result notification received on 127.0.0.1 and verified."""

from __future__ import annotations

import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import moderation_client
from fakecloud import InProcessTransport, Settings
from moderation_client.models import ShowAudioModerationJobResponseBody

DEMO_SEED = "demo_seed_2024"  # a callback seed for the demo only


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


def run(settings: Settings, transport: InProcessTransport) -> None:
    credentials = moderation_client.HuaweiCredentials(settings.ak, settings.sk, settings.credentials.project_id)
    poll = moderation_client.Backoff(0.2)  # not metastudio_client.Backoff: each package has its own
    print("\nContent Moderation audio job against the same fake cloud (it never fetches the audio: the")
    print("verdict follows the URL, see fakecloud/src/fakecloud/moderation/rules.py)")
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
