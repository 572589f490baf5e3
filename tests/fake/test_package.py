"""The fake as a package: its wheel carries the specs it serves (identical to specs/), py.typed, the console
script and the pytest plugin, and a fake imported from the wheel alone — a zip, far from any repository —
validates requests and renders its coverage from the packaged specs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FROM_THE_WHEEL = """
import json, sys
import httpx
import fakecloud
from fakecloud import FakeCloud, Settings
from fakecloud.coverage import operations

cloud = FakeCloud(Settings(auth=False))
with httpx.Client(transport=cloud.transport(), base_url="http://fake") as http:
    invalid = http.post("/v1/p/voice-training-manage/user/short-jobs", json={"job_type": "VOICE_CLONE"})
    created = http.post("/v1/p/voice-training-manage/user/short-jobs", json={"job_type": "VOICE_ASSESS"})
print(json.dumps({
    "module": fakecloud.__file__,
    "specs": str(cloud.specs.folder),
    "invalid": [invalid.status_code, invalid.json()["error_code"]],
    "created": created.status_code,
    "operations": len(operations(cloud)),
}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps",
                    "--no-build-isolation", "--no-index", str(ROOT / "fakecloud"), "-w", str(folder)],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    [built] = folder.glob("fakecloud-*.whl")
    return built


def test_the_wheel_carries_the_specs_typing_and_entry_points(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        specs = {Path(n).name: archive.read(n) for n in names if n.startswith("fakecloud/specs/")}
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()

    assert specs == {path.name: path.read_bytes() for path in (ROOT / "specs").glob("*.yaml")}
    assert "fakecloud/py.typed" in names and not [n for n in names if "tests/" in n or n.endswith(".pyc")]
    assert "[console_scripts]\nfakecloud = fakecloud.cli:main" in entry_points
    assert "[pytest11]\nfakecloud = fakecloud.pytest_plugin" in entry_points


def test_a_fake_from_the_wheel_alone_serves_its_packaged_specs(wheel: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(wheel)}  # the wheel (a zip) first: it shadows the editable install
    result = subprocess.run([sys.executable, "-c", FROM_THE_WHEEL], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout)

    assert seen["module"].startswith(str(wheel)) and seen["specs"].startswith(str(wheel))
    assert seen["invalid"] == [400, "MSS.10000003"] and seen["created"] == 200
    assert seen["operations"] == 21
