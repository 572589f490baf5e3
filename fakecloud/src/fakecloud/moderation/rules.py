"""What the fake's audio moderation makes of a job, by fixed rules on the audio URL's text.

The fake never fetches the audio: the outcome is derived from the URL alone, so a test asks for an
outcome by choosing the URL.

1. Unreachable → status `failed`, no result: the host ends in `.invalid` (RFC 6761: it never
   resolves), e.g. https://unreachable.invalid/a.wav, or the URL contains the word `unreachable`
   (urls.py). A text that is not an absolute http(s) URL never gets here: create answers AIS.0022.
2. Risky details, from the URL path, split into words and numbers: every word that is a label
   (terrorism politics porn ban abuse ad moan meaningless) is one detail; the two numbers right
   after it, if present, are its start and end in seconds, otherwise it gets the n-th 10-second
   slot (0-10, 10-20, ...):   .../porn-0-10.wav → porn 0–10 s
                              .../talk_ad_30_40_abuse.mp3 → ad 30–40 s, abuse 10–20 s
   (the first MAX_DETAILS = 360 labels: an hour of slots; a URL of words is not a megabyte result)
   From the query, one more detail with exactly these values:
   ?label=<label>[&start=<s>&end=<s>][&text=<segment text>][&segment=<hit>]...[&suggestion=review]
   (at most MAX_DETAILS segments)
   (start and end: finite seconds >= 0; other values fall back to the first slot).
3. A detail is reported only if its label was asked for: it is one of the job's categories, or the
   job has a biz_type (a console policy may report any label, also terrorism, ban and meaningless,
   which are not categories).
4. Suggestions: a detail is `block`, or `review` when the path has the word `review` (or the query
   says suggestion=review for its detail). Overall: block if a detail blocks, else review if a
   detail is review or the path has the word `review`, else pass.
5. Texts: a detail's audio_text is the query's `text`, or "<label> speech at <start>-<end> s"; its
   segments are the query's `segment` values, or [its audio_text]. The result's audio_text is the
   details' texts joined by spaces; with no detail, the query's `text`, or "clean speech".
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from ..urls import unreachable

LABELS = ("terrorism", "politics", "porn", "ban", "abuse", "ad", "moan", "meaningless")
SLOT_SECONDS = 10
MAX_DETAILS = 360  # details from the path, and segments of the query's detail: an hour of 10-second slots
CLEAN_TEXT = "clean speech"
_TOKENS = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Outcome:
    """How a job ends: its final status and, when it succeeded, the `result` object of the query body."""

    status: str
    result: dict[str, Any] | None = None

    @property
    def plan(self) -> list[str]:
        return ["running", self.status]


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _detail(
    label: str, start: float, end: float, suggestion: str, text: str | None, hits: Sequence[str]
) -> dict[str, Any]:
    start, end = sorted((start, end))
    audio_text = text or f"{label} speech at {start:g}-{end:g} s"
    return {
        "start_time": _number(start),
        "suggestion": suggestion,
        "end_time": _number(end),
        "label": label,
        "audio_text": audio_text,
        "segments": [{"segment": hit} for hit in (hits or [audio_text])],
    }


def _path_details(path: str, review: bool) -> list[dict[str, Any]]:
    tokens = _TOKENS.findall(unquote(path))
    details: list[dict[str, Any]] = []
    for index, token in enumerate(tokens):
        if len(details) == MAX_DETAILS:
            break
        if token.lower() not in LABELS:
            continue
        following = [float(t) for t in tokens[index + 1 : index + 3] if t[0].isdigit()]
        slot = len(details) * SLOT_SECONDS
        given = len(following) == 2 and all(math.isfinite(t) for t in following)  # 400 digits read as inf
        start, end = (following[0], following[1]) if given else (slot, slot + SLOT_SECONDS)
        details.append(_detail(token.lower(), start, end, "review" if review else "block", None, []))
    return details


def _query_detail(query: dict[str, list[str]]) -> dict[str, Any] | None:
    label = query.get("label", [""])[0].lower()
    if label not in LABELS:
        return None
    try:
        start = float(query.get("start", ["0"])[0])
        end = float(query.get("end", [str(start + SLOT_SECONDS)])[0])
    except ValueError:
        start, end = 0.0, float(SLOT_SECONDS)
    if not (0 <= start < math.inf and 0 <= end < math.inf):  # also rejects nan: JSON has no such numbers
        start, end = 0.0, float(SLOT_SECONDS)
    suggestion = "review" if query.get("suggestion", [""])[0].lower() == "review" else "block"
    hits = query.get("segment", [])[:MAX_DETAILS]
    return _detail(label, start, end, suggestion, query.get("text", [None])[0], hits)


def derive(url: str, categories: Sequence[str] | None, biz_type: str | None) -> Outcome:
    """The outcome of moderating the audio at `url` (an http(s) URL: urls.url_problem) for `categories`
    (or a `biz_type` policy)."""
    if unreachable(url):
        return Outcome("failed")
    parts = urlsplit(url)
    review = "review" in (t.lower() for t in _TOKENS.findall(unquote(parts.path)))
    query = parse_qs(parts.query)
    details = _path_details(parts.path, review)
    extra = _query_detail(query)
    if extra is not None:
        details.append(extra)
    asked = set(LABELS) if biz_type else set(categories or ())
    details = [d for d in details if d["label"] in asked]
    suggestions = {d["suggestion"] for d in details}
    overall = "block" if "block" in suggestions else "review" if suggestions or review else "pass"
    text = " ".join(d["audio_text"] for d in details) or query.get("text", [CLEAN_TEXT])[0]
    return Outcome("succeeded", {"suggestion": overall, "details": details, "audio_text": text})
