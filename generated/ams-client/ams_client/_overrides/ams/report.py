# Copied from overrides/ams/report.py by scripts/generate.py — edit that file, not this copy.
"""A readable table of AMS task verdicts (the generated models only have to_dict()).

One row per task: TaskId, Status, Suggestion, Label, the labels hit (Label/Suggestion/Score) and the
segments that hit (offset in seconds → label); nulls and absent fields print as "-", null items of the
lists (which the parser keeps as None) are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import AudioResult, AudioSegments, DescribeTaskDetailResult, TaskLabel
from ...types import Unset

HEADER = ("task", "status", "suggestion", "label", "labels", "segments hit")


def _text(value: object) -> str:
    return "-" if value is None or isinstance(value, Unset) or value == "" else str(value)


def _labels(labels: object) -> str:
    if not isinstance(labels, list) or not labels:
        return "-"
    return ", ".join(f"{_text(x.label)}/{_text(x.suggestion)}/{_text(x.score)}" for x in labels
                     if isinstance(x, TaskLabel))  # fmt: skip


def _segments(segments: object) -> str:
    hits = []
    for segment in segments if isinstance(segments, list) else []:
        result = segment.result if isinstance(segment, AudioSegments) else None
        if isinstance(result, AudioResult) and result.hit_flag == 1:
            hits.append(f"{_text(segment.offset_time)}s {_text(result.label)}")
    return ", ".join(hits) or "-"


def verdict_table(details: Sequence[DescribeTaskDetailResult], indent: str = "") -> str:
    """The verdicts as aligned text, one task per row."""
    rows = [HEADER] + [
        (_text(d.task_id), _text(d.status), _text(d.suggestion), _text(d.label), _labels(d.labels),
         _segments(d.audio_segments))
        for d in details if isinstance(d, DescribeTaskDetailResult)
    ]  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER) - 1)]
    return "\n".join(
        (indent + "  ".join([*(cell.ljust(w) for cell, w in zip(row, widths, strict=False)), row[-1]])).rstrip()
        for row in rows
    )
