"""The results as text tables, section by section (what `make bench` prints)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

LABELS = {  # {method}: the HTTP method of the API's call
    "socket": "loopback floor: raw socket, no HTTP library",
    "raw-sync": "raw httpx sync: {method} + json(), no signing",
    "ours-sync": "ours sync: signed + typed parse",
    "raw-async": "raw httpx asyncio: {method} + json(), no signing",
    "ours-async": "ours asyncio: signed + typed parse",
    "official-sync": "official SDK sync: signed + parse",
}


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(h) for h in headers], *[["" if c is None else str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells if i < len(row)) for i in range(len(headers))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _n(value: float | None, digits: int = 3, suffix: str = "") -> str:
    return "-" if value is None else f"{value:.{digits}f}{suffix}"


def _ratio_name(name: str) -> str:
    return name.replace("_over_", " / ").replace("_", " ")


def percall(api: str, section: dict[str, Any]) -> str:
    head = (f"Per-call cost [{api}] {section['operation']} ({section['request']}, "
            f"{section['response_bytes']}-byte JSON response), "
            f"{section['rounds']} rounds x {section['calls_per_round']} calls, median ms/call")  # fmt: skip
    rows = []
    method = section["request"].split(" ", 1)[0]
    for kind, label in LABELS.items():
        row = section["rows"].get(kind)
        if row is None:
            continue
        label = label.format(method=method)
        if kind == "official-sync":
            label += f" ({section['official_sdk']})"
        if "skipped" in row:
            rows.append([label, "skipped", "", "", "", row["skipped"]])
            continue
        rows.append([label, _n(row["ms_median"]), _n(row["ms_min"]), _n(row["ms_max"]), _n(row["cpu_ms_median"]),
                     "yes" if row["signed"] else "no"])  # fmt: skip
    ratios = section["ratios"]
    server = section["server"]
    raw = section["rows"].get("raw-sync", {}).get("ms_median")
    share = (
        f" ({server['cpu_us_per_request'] / 10 / raw:.0f}% of a raw httpx call)"
        if raw and server["cpu_us_per_request"]
        else ""
    )
    lines = [
        head,
        table(["client", "ms/call", "min", "max", "client CPU ms", "signed"], rows),
        "ratios, median of per-round ratios: "
        + ", ".join(f"{_ratio_name(name)} {value:.2f}x" for name, value in ratios.items()),
        "ratios of the best runs:            "
        + ", ".join(f"{_ratio_name(name)} {value:.2f}x" for name, value in section["ratios_of_best_runs"].items()),
        f"loopback server: {_n(server['cpu_us_per_request'], 1)} µs CPU per request{share}, "
        f"{server['requests']} requests in the timed rounds",
    ]
    if section.get("official_lacks"):
        lines.append(f"official SDK: its models have no field for {', '.join(section['official_lacks'])} "
                     "(dropped when it parses; its check leaves that out)")  # fmt: skip
    return "\n".join(lines)


def imports(results: dict[str, Any]) -> str:
    rows = []
    for api, section in results.items():
        for side in ("ours", "official"):
            item = section[side]
            if "skipped" in item:
                rows.append([api, side, item["module"], "skipped", "", "", item["skipped"]])
            else:
                rows.append([api, side, item["module"], _n(item["ms_median"], 1), _n(item["ms_min"], 1),
                             _n(item["rss_mib_median"], 1), item["modules"]])  # fmt: skip
        if "ours_over_official" in section:
            rows.append([api, "ours/official", "", f"{section['ours_over_official']:.2f}x", "",
                         f"{section['rss_ours_over_official']:.2f}x", ""])  # fmt: skip
    notes = sorted({f"ours imported in {section['ours']['environment']}" for section in results.values()})
    text = "Import in a fresh process (median)\n" + table(
        ["api", "side", "module", "ms", "min ms", "RSS MiB", "modules"], rows
    )
    return "\n".join([text, *notes])


def regen(section: dict[str, Any]) -> str:
    rows = []
    for name, label in (("full", "make generate FORCE=1"), ("noop", "make generate (no-op)")):
        item = section[name]
        if "skipped" in item:
            rows.append([label, "skipped", "", item["skipped"]])
        else:
            rows.append([label, _n(item["s_median"], 2), _n(item["s_min"], 2), item["runs"]])
    return "Regeneration (wall time)\n" + table(["command", "s median", "s min", "runs"], rows)


def load(results: dict[str, Any]) -> str:
    rows = []
    for api, mixes in results.items():
        for name, item in mixes.items():
            errors = sum(v for k, v in item["statuses"].items() if not k.startswith("2"))
            fake_cpu = "-" if item["fake_cpu_share"] is None else f"{item['fake_cpu_share']:.0%}"
            rows.append([api, name, item["mix"], item["connections"], item["requests"], _n(item["seconds"], 1),
                         _n(item["rps"], 0), _n(item["p50_ms"], 2), _n(item["p99_ms"], 2), errors, fake_cpu,
                         f"{item['generator_cpu_share']:.0%}"])  # fmt: skip
    return "Fake cloud under load (uvicorn on 127.0.0.1, closed loop, bounded by count and time)\n" + table(
        ["api", "mix", "operations", "conns", "requests", "s", "req/s", "p50 ms", "p99 ms", "non-2xx",
         "fake CPU", "generator CPU"], rows)  # fmt: skip


def waiters(results: dict[str, Any]) -> str:
    rows = []
    notes = []
    for api, section in results.items():
        for item in section["simulated"]:
            rows.append([api, _n(item["finish_after_s"], 0), item["calls"], item["minimum_calls"],
                         item["calls_to_see_every_state"], _n(item["seen_at_s"], 2),
                         _n(item["late_by_s"], 2)])  # fmt: skip
        check = section.get("real_time_check")
        if check:
            verdict = "agrees" if check["agrees"] else "DISAGREES"
            notes.append(f"[{api}] real-time check, job ending after {check['finish_after_s']:g} s: "
                         f"{check['calls']} calls (simulated {check['simulated_calls']}) - {verdict}")  # fmt: skip
    text = "Waiter cost (default backoff, virtual clock)\n" + table(
        ["api", "job ends after s", "calls", "minimum", "one per state", "seen at s", "late by s"], rows
    )
    return "\n".join([text, *notes])


def pacing(section: dict[str, Any]) -> str:
    calls = ", ".join(f"{count} {action}" for action, count in section["calls"].items())
    rows = [[section["media"], section["verdicts"], calls, section["throttled_answers"], _n(section["wall_s"], 1),
             _n(section["minimum_s"], 1), _n(section["wall_over_minimum"], 2, "x")]]  # fmt: skip
    return (
        "AMS moderate() against `make mock` with FAKE_RATE_LIMIT=on (20 requests/s per action, sliding window)\n"
        + table(["media", "verdicts", "calls", "RequestLimitExceeded", "wall s", "minimum s", "wall/minimum"], rows)
        + "\nminimum: floor((n - 1) / 20) s per action of n requests (creates, then one poll per task)"
    )


def targets(rows: list[dict[str, Any]]) -> str:
    body = []
    for row in rows:
        status = "not measured" if row["met"] is None else ("met" if row["met"] else "NOT MET")
        body.append([row["target"], row["goal"], _n(row["value"], 3), status])
    return "Targets\n" + table(["target", "goal", "measured", "status"], body)


def render(results: dict[str, Any]) -> str:
    meta = results["meta"]
    dirty = " (+ uncommitted changes)" if meta["uncommitted_changes"] else ""
    quick = "  [--quick: tiny counts, numbers meaningless]" if meta["quick"] else ""
    parts = [f"make bench  {meta['started']}  commit {meta['commit']}{dirty}  Python {meta['python']}  "
             f"{meta['cpus']} CPUs  load {meta['load_average']}{quick}"]  # fmt: skip
    for api, section in results.get("percall", {}).items():
        parts.append(percall(api, section))
    if "imports" in results:
        parts.append(imports(results["imports"]))
    if "regen" in results:
        parts.append(regen(results["regen"]))
    if "load" in results:
        parts.append(load(results["load"]))
    if "waiters" in results:
        parts.append(waiters(results["waiters"]))
    if "pacing" in results:
        parts.append(pacing(results["pacing"]))
    if "targets" in results:
        parts.append(targets(results["targets"]))
    return "\n\n".join(parts)
