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

from bench.apis import APIS, get
from bench.apis.case import count_values

ROOT = Path(__file__).resolve().parents[2]
QuickRun = tuple[str, dict[str, Any], Path]  # the table printed, the result file's data, its path
API_NAMES = [case.name for case in APIS]
CLIENTS = ("socket", "raw-sync", "ours-sync", "raw-async", "ours-async")  # every client but the official SDK


def _bench(*arguments: str) -> subprocess.CompletedProcess[str]:
    paths = [str(ROOT / "tests"), *(str(p) for p in sorted((ROOT / "generated").iterdir()) if p.is_dir())]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    return subprocess.run([sys.executable, "-m", "bench", *arguments], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)  # fmt: skip


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> QuickRun:
    folder = tmp_path_factory.mktemp("bench")
    out = folder / "quick.json"
    result = _bench("run", "--quick", "--sdk-venv", str(folder / "no-such-venv"), "--out", str(out))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout, json.loads(out.read_text()), out


def test_every_section_runs_for_every_api(quick_run: QuickRun) -> None:
    table, results, _ = quick_run
    assert {"meta", "percall", "imports", "regen", "load", "waiters", "pacing", "targets"} <= results.keys()
    for section in ("percall", "imports", "load", "waiters"):
        assert list(results[section]) == API_NAMES, section
    for name in API_NAMES:
        assert f"Per-call cost [{name}] {get(name).operation} " in table
    assert results["regen"]["noop"]["runs"] == 1 and "skipped" in results["regen"]["full"]


@pytest.mark.parametrize("api", API_NAMES)
def test_the_official_rows_and_targets_say_why_they_are_not_measured(quick_run: QuickRun, api: str) -> None:
    table, results, _ = quick_run
    case = get(api)
    reason = results["percall"][api]["rows"]["official-sync"]["skipped"]
    assert reason.startswith("official SDK not measured: ") and reason.endswith(
        "no-such-venv/ is absent (`make bench` installs it)"
    )
    assert f"({case.official_distribution} (absent))  skipped" in table
    assert results["imports"][api]["official"] == {
        "module": " + ".join([case.official_module, *case.official_also_imports]),
        "skipped": reason,
    }
    official = {t["target"]: t for t in results["targets"] if "official" in t["target"] and f"[{api}]" in t["target"]}
    assert sorted(official) == [f"import time, ours / official SDK [{api}]", f"official SDK time / ours (sync) [{api}]"]
    assert all(t["value"] is None and t["met"] is None for t in official.values())


@pytest.mark.parametrize("api", API_NAMES)
def test_every_client_parsed_the_whole_payload_and_only_ours_signed(quick_run: QuickRun, api: str) -> None:
    _, results, _ = quick_run
    section, case = results["percall"][api], get(api)
    rows = section["rows"]
    assert {kind: rows[kind]["checked_values"] for kind in CLIENTS} == dict.fromkeys(
        CLIENTS, count_values(case.payload_data())
    )
    assert {kind: rows[kind]["signed"] for kind in CLIENTS} == {
        "socket": False, "raw-sync": False, "ours-sync": True, "raw-async": False, "ours-async": True,
    }  # fmt: skip
    assert all(rows[kind]["ms_median"] > 0 for kind in CLIENTS)
    assert section["official_lacks"] == list(case.official_lacks)
    # every client sent the same request line: for AMS ours too, its pseudo-path rewritten to POST /
    assert section["request"] == f"{case.method} {case.path}"
    assert list(section["server"]["request_lines"]) == [f"{case.method} {case.path} HTTP/1.1"]
    assert section["server"]["requests"] == 2 * 5 * len(CLIENTS)


@pytest.mark.parametrize("api", API_NAMES)
def test_the_fake_answered_the_load_and_the_waiter_simulation_matches_real_time(quick_run: QuickRun, api: str) -> None:
    _, results, _ = quick_run
    mixes = results["load"][api]
    assert list(mixes) == ["read-heavy", "create-heavy"]
    for mix in mixes.values():
        assert mix["requests"] > 0 and set(mix["statuses"]) == {"200"}
    waiters = results["waiters"][api]
    assert waiters["real_time_check"]["agrees"] and waiters["real_time_check"]["calls"] >= 2
    assert [run["finish_after_s"] for run in waiters["simulated"]] == [2.0, 60.0]
    assert all(run["calls"] >= run["minimum_calls"] and run["late_by_s"] >= 0 for run in waiters["simulated"])


def test_moderate_against_the_rate_limited_fake_is_never_refused(quick_run: QuickRun) -> None:
    table, results, _ = quick_run
    pacing = results["pacing"]
    assert (pacing["media"], pacing["verdicts"], pacing["throttled_answers"]) == (30, 30, 0)
    assert pacing["calls"] == {"CreateAudioModerationTask": 3, "DescribeTaskDetail": 30}
    assert pacing["minimum_s"] == 1 and "AMS moderate() against `make mock` with FAKE_RATE_LIMIT=on" in table


def test_two_results_compare(quick_run: QuickRun, tmp_path: Path) -> None:
    _, results, first = quick_run
    results["percall"]["ams"]["rows"]["ours-sync"]["ms_median"] *= 2
    second = tmp_path / "slower.json"
    second.write_text(json.dumps(results))
    result = _bench("compare", str(first), str(second))
    assert result.returncode == 0, result.stderr
    changes = {line.split()[0]: line.split()[3:] for line in result.stdout.splitlines()[4:]}
    assert changes["percall.ams.rows.ours-sync.ms_median"] == ["+100.0%", "worse"]
    assert all(changes[f"percall.{name}.rows.ours-sync.ms_median"] == ["+0.0%"] for name in API_NAMES[:2])
