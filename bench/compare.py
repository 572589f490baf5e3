"""Compare two result files: every metric both measured, side by side, with the relative change.

`make bench-compare A=bench/results/x.json B=bench/results/y.json`. Whether a change is better or
worse depends on the metric: for rates and speed-up ratios higher is better, for times, latencies,
memory, call counts and cost ratios lower is better.
"""

from __future__ import annotations

from pathlib import Path

from . import results
from .report import table

HIGHER_IS_BETTER = ("rps", "official_over_ours")
SKIP = ("statuses.", "request_lines.", "finish_after_s", "minimum_calls", "calls_to_see_every_state", "connections",
        "rounds", "calls_per_round", "response_bytes", ".requests", ".runs", ".modules", "ms_max", ".seconds",
        "_cpu_share", "checked_values", "pacing.media", "pacing.verdicts", "minimum_s")  # fmt: skip


def _verdict(name: str, before: float, after: float) -> str:
    if before == after:
        return ""
    better = (after > before) == any(name.endswith(key) for key in HIGHER_IS_BETTER)
    return "better" if better else "worse"


def compare(a: Path, b: Path) -> str:
    old, new = results.read(a), results.read(b)
    flat_old, flat_new = results.flatten(old), results.flatten(new)
    rows = []
    for name in sorted(flat_old.keys() & flat_new.keys()):
        if any(part in name for part in SKIP):
            continue
        before, after = flat_old[name], flat_new[name]
        change = f"{(after - before) / before:+.1%}" if before else "-"
        rows.append([name, f"{before:.4g}", f"{after:.4g}", change, _verdict(name, before, after)])
    only = sorted(flat_old.keys() ^ flat_new.keys())
    header = (f"A = {a} ({old['meta']['started']}, commit {old['meta']['commit']})\n"
              f"B = {b} ({new['meta']['started']}, commit {new['meta']['commit']})")  # fmt: skip
    text = header + "\n" + table(["metric", "A", "B", "change", ""], rows)
    if only:
        text += f"\nmeasured in only one of them: {len(only)} metric(s), e.g. {', '.join(only[:5])}"
    return text
