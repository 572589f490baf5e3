"""`make bench` code runs end to end on tiny counts, without the official SDKs (their rows say so).

No timing is asserted anywhere: only that every section ran, that the clients really signed and
parsed the whole payload, and that results can be compared.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench(*arguments: str) -> subprocess.CompletedProcess[str]:
    paths = [str(ROOT / "tests"), *(str(p) for p in sorted((ROOT / "generated").iterdir()) if p.is_dir())]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    return subprocess.run([sys.executable, "-m", "bench", *arguments], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)  # fmt: skip


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any], Path]:
    folder = tmp_path_factory.mktemp("bench")
    out = folder / "quick.json"
    result = _bench("run", "--quick", "--sdk-venv", str(folder / "no-such-venv"), "--out", str(out))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout, json.loads(out.read_text()), out


def test_every_section_runs_and_the_official_rows_say_why_they_are_skipped(
    quick_run: tuple[str, dict[str, Any], Path],
) -> None:
    table, results, _ = quick_run
    assert {"meta", "percall", "imports", "regen", "load", "waiters", "targets"} <= results.keys()
    assert "official SDK not measured: " in table and "no-such-venv/ is absent" in table
    rows = results["percall"]["metastudio"]["rows"]
    assert "skipped" in rows["official-sync"]
    assert results["imports"]["metastudio"]["official"]["skipped"]
    official_targets = [t for t in results["targets"] if "official" in t["target"]]
    assert official_targets and all(t["met"] is None for t in official_targets)
    assert "not measured" in table


def test_our_clients_signed_and_raw_httpx_did_not(quick_run: tuple[str, dict[str, Any], Path]) -> None:
    _, results, _ = quick_run
    rows = results["percall"]["metastudio"]["rows"]
    assert rows["ours-sync"]["signed"] and rows["ours-async"]["signed"]
    assert not rows["raw-sync"]["signed"] and not rows["socket"]["signed"]
    lines = results["percall"]["metastudio"]["server"]["request_lines"]
    assert list(lines) == [f"{results['percall']['metastudio']['request']} HTTP/1.1"]


def test_the_fake_answered_the_load_and_the_waiter_simulation_matches_real_time(
    quick_run: tuple[str, dict[str, Any], Path],
) -> None:
    _, results, _ = quick_run
    for mix in results["load"]["metastudio"].values():
        assert mix["requests"] > 0 and set(mix["statuses"]) == {"200"}
    waiters = results["waiters"]["metastudio"]
    assert waiters["real_time_check"]["agrees"]
    assert all(run["calls"] >= run["minimum_calls"] and run["late_by_s"] >= 0 for run in waiters["simulated"])
    assert results["regen"]["noop"]["runs"] == 1 and "skipped" in results["regen"]["full"]


def test_two_results_compare(quick_run: tuple[str, dict[str, Any], Path], tmp_path: Path) -> None:
    _, results, first = quick_run
    results["percall"]["metastudio"]["rows"]["ours-sync"]["ms_median"] *= 2
    second = tmp_path / "slower.json"
    second.write_text(json.dumps(results))
    result = _bench("compare", str(first), str(second))
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("percall.metastudio.rows.ours-sync.ms_median"))
    assert line.split()[-2:] == ["+100.0%", "worse"]
