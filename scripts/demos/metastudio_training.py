"""MetaStudio voice-training task: a first upload the review rejects (each rejected file printed), the data
fixed, uploaded again and resubmitted, trained to a voice model; then the task listed and deleted."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from fakecloud import InProcessTransport, Settings
from fakecloud.samples import silent_wav, training_zip, voice_wav
from metastudio_client import Backoff, HuaweiCredentials, TrainingDataRejected, connect
from metastudio_client.models import TrainingJobState, VoiceTrainingJob

DEMO_BACKOFF = Backoff(0.05, 1.5, 0.2)  # the fake trains in a few polls; real training takes hours (TRAINING_BACKOFF)


def _progress(job: VoiceTrainingJob) -> None:
    print(f"   state {job.state}")


def run(settings: Settings, transport: InProcessTransport) -> None:
    credentials = HuaweiCredentials(settings.ak, settings.sk, settings.credentials.project_id)
    print("\nMetaStudio voice-training task (basic edition, 20 sentences) against the in-process fake cloud")
    with tempfile.TemporaryDirectory() as folder:
        first = training_zip(Path(folder) / "voice-20.zip", changes={"3.txt": None, "5.wav": silent_wav()})
        print(f"  recordings: {first.name}, 0.wav…19.wav with 0.txt…19.txt, but 3.txt left out and 5.wav silent\n")
        with connect(base_url="https://metastudio.fake", credentials=credentials, transport=transport) as client:
            print("1. run_training_job     create → upload the zip (streamed) → commit → wait")
            try:
                client.run_training_job(first, voice_name="Calm narrator", phone="13800000000",
                                        backoff=DEMO_BACKOFF, on_progress=_progress)  # fmt: skip
                raise SystemExit("the review was expected to reject the first upload")
            except TrainingDataRejected as rejected:
                print("   TrainingDataRejected:", *str(rejected).splitlines(), sep="\n   ")
                job_id = rejected.job_id

            fixed = training_zip(Path(folder) / "voice-20-fixed.zip", changes={"5.wav": voice_wav(0.5, seed=5)})
            print(f"2. fixed data           3.txt written, 5.wav recorded again: {fixed.name}")
            print("3. resubmit_training_job new upload URL (ShowJobUploadingAddress) → upload → commit → wait")
            result = client.resubmit_training_job(job_id, fixed, backoff=DEMO_BACKOFF, on_progress=_progress)
            print(f"4. result               {result.state}: voice model asset {result.asset_id}, "
                  f"reject_times {result.job.reject_times}")  # fmt: skip
            shown = re.search(r"phone='[^']*'", repr(result.job))
            print(f"   personal data stays out of reprs: {shown.group() if shown else '(no phone)'}")

            succeeded = client.list_voice_training_jobs(state=TrainingJobState.SUCCEED)
            print(f"5. ListVoiceTrainingJob state=SUCCEED: {succeeded.count} task(s)")
            client.delete_voice_training_job(job_id)
            print(f"6. DeleteVoiceTrainingJob: {client.list_voice_training_jobs().count} task(s) left")
