"""Per-call cost: every client of one API against the same loopback server, taking turns.

One loopback server process (bench/loopback.py) and one worker process per client (bench/worker.py;
the official SDK's in .venv-bench). After a warm-up, each round asks every worker for `calls` calls
back to back, in an order rotated each round; ms/call is the median over rounds, and each ratio is the
median of the per-round ratios, so both sides of a ratio were measured moments apart (the ratio of the
best runs is kept too: on a busy machine it is the least disturbed view). The server's
own CPU per request is reported beside it, which clients really signed (Authorization header), and
how many payload values each client's parsed result was found to hold.
"""

from __future__ import annotations

import sys
from typing import Any

from .apis.case import PAYLOADS, Case
from .processes import Child
from .sdkenv import SdkEnv
from .settings import Settings
from .stats import median
from .worker import KINDS

RATIOS = {  # name: (numerator, denominator)
    "ours_sync_over_raw": ("ours-sync", "raw-sync"),
    "ours_async_over_raw": ("ours-async", "raw-async"),
    "official_over_ours": ("official-sync", "ours-sync"),
}


def _worker(case: Case, kind: str, url: str, sdk: SdkEnv) -> Child:
    if kind.startswith("official"):
        python, env = str(sdk.python), sdk.env()
    else:
        python, env = sys.executable, None
    return Child(f"{case.name} {kind} worker", [python, "-m", "bench.worker", case.name, kind, url], env)


def measure(case: Case, settings: Settings, sdk: SdkEnv) -> dict[str, Any]:
    rows: dict[str, dict[str, Any]] = {}
    kinds = list(KINDS)
    reason = sdk.missing(case.official_distribution)
    if reason is not None:
        kinds.remove("official-sync")
        rows["official-sync"] = {"skipped": reason}
    server_argv = [sys.executable, "-m", "bench.loopback", str(PAYLOADS / case.payload)]
    with Child(f"{case.name} loopback server", server_argv) as server:
        url = f"http://127.0.0.1:{server.reply(timeout=30)['port']}"
        workers: dict[str, Child] = {}
        try:
            for kind in kinds:
                workers[kind] = _worker(case, kind, url, sdk)
            runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
            # Every worker has made its checking call before any is counted: workers start concurrently,
            # and a check landing in another's warm-up would count as that one's (un)signed request.
            checked_values = {kind: worker.reply()["checked_values"] for kind, worker in workers.items()}
            for kind, worker in workers.items():
                before = server.ask("stats")
                worker.ask(f"run {settings.warmup}")
                after = server.ask("stats")
                served = after["requests"] - before["requests"]
                rows[kind] = {"signed": served > 0 and after["signed"] - before["signed"] == served,
                              "checked_values": checked_values[kind]}  # fmt: skip
            start = server.ask("stats")
            for round_ in range(settings.rounds):
                for kind in kinds[round_ % len(kinds) :] + kinds[: round_ % len(kinds)]:
                    reply = workers[kind].ask(f"run {settings.calls}")
                    runs[kind].append({k: reply[k] * 1000 / settings.calls for k in ("seconds", "cpu_seconds")})
            end = server.ask("stats")
        finally:
            for worker in workers.values():
                worker.close()
    for kind in kinds:
        wall = [run["seconds"] for run in runs[kind]]
        rows[kind].update(
            ms_median=median(wall), ms_min=min(wall), ms_max=max(wall), runs_ms=wall,
            cpu_ms_median=median([run["cpu_seconds"] for run in runs[kind]]),
        )  # fmt: skip
    ratios, best = {}, {}
    for name, (top, bottom) in RATIOS.items():
        if top in runs and bottom in runs:
            ratios[name] = median([a["seconds"] / b["seconds"] for a, b in zip(runs[top], runs[bottom], strict=True)])
            best[name] = rows[top]["ms_min"] / rows[bottom]["ms_min"]
    served = end["requests"] - start["requests"]
    return {
        "operation": case.operation,
        "request": f"{case.method} {case.path}",
        "response_bytes": len(case.payload_bytes()),
        "official_sdk": f"{case.official_distribution} {sdk.version(case.official_distribution) or '(absent)'}",
        "official_lacks": list(case.official_lacks),
        "rounds": settings.rounds,
        "calls_per_round": settings.calls,
        "rows": rows,
        "ratios": ratios,
        "ratios_of_best_runs": best,
        "server": {
            "requests": served,
            "cpu_us_per_request": (end["cpu_s"] - start["cpu_s"]) / served * 1e6 if served else None,
            "request_lines": end["request_lines"],
        },
    }
