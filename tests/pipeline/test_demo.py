"""`make demo`'s script runs the whole flow and prints it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_prints_the_flow_and_the_assessment() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "scripts/demo.py"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for expected in ("1. CreateShortJob", "2. upload", "3. CommitShortJob", "state SUCCEED", "5. assess_result",
                     "snr", "ShortJobFailed: ", "AUDIT_FAILED", "verified by the fake"):  # fmt: skip
        assert expected in out, out
    assert "fake-sk-not-a-secret" not in out
    training = out.partition("MetaStudio voice-training task")[2]
    for expected in ("state AUDIT_FAILED", "TrainingDataRejected:",
                     "3.wav / 3.txt: MSS.10001004: 3.txt is missing: 3.wav has no transcript",
                     "5.wav / 5.txt: FAKE.SILENT_AUDIO: 5.wav is silent", "3. resubmit_training_job",
                     "state PROCESSING", "SUCCEED: voice model asset", "reject_times 1", "phone='********'",
                     "state=SUCCEED: 1 task(s)", "0 task(s) left"):  # fmt: skip
        assert expected in training, out
    assert "13800000000" not in out
