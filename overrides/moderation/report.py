"""A readable summary of an audio moderation result (the generated models only have to_dict()).

The verdict, then one line per risky detail — label, suggestion, time range in seconds, the
segment's text and the hit fragments — then the audio's text. Unknown labels or suggestions from
a newer server print as their raw value; null items of the lists (kept as None) are skipped.
"""

from __future__ import annotations

from ...models import AudioModerationDetail, AudioModerationResult, AudioModerationSegment
from ...types import Unset


def _text(value: object) -> str:
    return "" if isinstance(value, Unset) or value is None else str(value)


def _seconds(value: object) -> str:
    return f"{value:g}" if isinstance(value, int | float) and not isinstance(value, bool) else "?"


def _detail_line(detail: AudioModerationDetail) -> list[str]:
    segments = detail.segments if isinstance(detail.segments, list) else []
    fragments = [_text(s.segment) for s in segments if isinstance(s, AudioModerationSegment)]
    return [
        _text(detail.label) or "-",
        _text(detail.suggestion) or "-",
        f"{_seconds(detail.start_time)}-{_seconds(detail.end_time)} s",
        repr(_text(detail.audio_text)),
        ", ".join(repr(f) for f in fragments) if fragments else "-",
    ]


def verdict_report(result: AudioModerationResult, indent: str = "") -> str:
    """The result as aligned text, one row per detail."""
    lines = [f"{indent}verdict: {_text(result.suggestion) or '-'}"]
    details = (
        [d for d in result.details if isinstance(d, AudioModerationDetail)] if isinstance(result.details, list) else []
    )
    if details:
        rows = [["label", "suggestion", "time", "text", "segments"], *(_detail_line(d) for d in details)]
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        for row in rows:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            lines.append(f"{indent}  " + "  ".join([*cells, row[4]]).rstrip())
    else:
        lines.append(f"{indent}  (no risky segments)")
    lines.append(f"{indent}audio text: {_text(result.audio_text)!r}")
    return "\n".join(lines)
