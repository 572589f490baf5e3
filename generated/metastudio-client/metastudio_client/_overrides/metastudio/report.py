# Copied from overrides/metastudio/report.py by scripts/generate.py — edit that file, not this copy.
"""A readable table of a short job's assess_result (the generated models only have to_dict()).

One row per metric the service returned — actual value, expected range, verdict (status -1/0/1 read
as below/ok/above, per the spec's decision) and the English suggestion — then the overall suggestion.
"""

from __future__ import annotations

from ...models import AssessProperty, AssessResult
from ...types import Unset

METRICS = ("speed", "sound", "snr", "reverb", "dnsmos_ovrl", "dnsmos_bak")
VERDICTS = {-1: "below", 0: "ok", 1: "above"}


def _text(value: object) -> str:
    return "" if isinstance(value, Unset) or value is None else str(value)


def assessment_table(result: AssessResult | Unset, indent: str = "") -> str:
    """The assessment as aligned text; says so when the job has no assessment (yet)."""
    if isinstance(result, Unset):
        return f"{indent}(no assessment)"
    rows = [("metric", "actual", "expected", "verdict", "suggestion")]
    for name in METRICS:
        metric = getattr(result, name)
        if isinstance(metric, AssessProperty):
            status = metric.status
            verdict = VERDICTS.get(status, str(status)) if isinstance(status, int) else ""
            suggestion = _text(metric.suggestion_en) or _text(metric.suggestion)
            rows.append((name, _text(metric.actual), _text(metric.expected), verdict, suggestion))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [indent + "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[4]])
             for row in rows]  # fmt: skip
    lines.append(f"{indent}suggestion: {_text(result.suggestion) or '-'}")
    return "\n".join(line.rstrip() for line in lines)
