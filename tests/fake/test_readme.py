"""fakecloud/README.md, the package's documentation (its description when installed): every Python example
runs as a user would paste it — the pytest ones under pytest with the plugin, in a project of their own —
and it documents every setting, variable and flag there is."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fakecloud.cli import FLAGS
from fakecloud.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "fakecloud" / "README.md"
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
EXAMPLES = PYTHON_BLOCK.findall(README.read_text(encoding="utf-8"))
SCRIPTS = [example for example in EXAMPLES if "def test_" not in example and "@pytest.fixture" not in example]
[OVERRIDE] = [example for example in EXAMPLES if "@pytest.fixture" in example]
[TESTS] = [example for example in EXAMPLES if "def test_" in example]
THE_OVERRIDE_HOLDS = """
from fakecloud import Progression


def test_the_override_keeps_the_plugin_s_progression(fakecloud_reset):
    assert (fakecloud_reset.settings.rate_limit, fakecloud_reset.settings.progression) == (2, Progression("immediate"))
"""


def test_the_ways_in_example_runs_on_the_fake_it_serves(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The example added a fault after `serve()`, which served another FakeCloud: the fault never hit it."""
    for name in [name for name in os.environ if name.startswith("FAKE_")]:
        monkeypatch.delenv(name)  # FakeCloud() reads them: the documented defaults
    [script] = SCRIPTS
    exec(compile(script, f"{README}, ways in", "exec"), {})
    assert capsys.readouterr().out == "2\n"


def test_the_pytest_examples_run_with_the_plugin(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(OVERRIDE, encoding="utf-8")
    (tmp_path / "test_readme_retry.py").write_text(TESTS, encoding="utf-8")
    (tmp_path / "test_readme_override.py").write_text(THE_OVERRIDE_HOLDS, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(ROOT / "generated" / "metastudio-client"), os.environ.get("PYTHONPATH", "")]
        ),
    }
    result = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:randomly", "-q"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout


def test_every_setting_variable_and_flag_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in text.splitlines() if line.startswith("| `")}
    documented = " ".join(rows.values())
    for name, setting in SETTINGS.items():
        assert f"`{name}`" in documented and f"`{setting.variable}`" in documented, name
    for flag in FLAGS:
        assert f"`{flag}`" in documented, flag
