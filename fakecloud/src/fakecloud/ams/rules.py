"""What the fake's audio moderation makes of a task, by fixed, documented rules. The media is never fetched.

The verdict depends only on the media's name: the last path segment of Input.Url (or of
BucketInfo.Object), lower-cased, without its extension, split into words at every character that is
not a letter or a digit ("Chat_Abuse-90s.mp3" → chat, abuse, 90s).

  porn, abuse, ad, custom   a hit per word, in order, on segments 0, 1, 2, … with the Label,
                            SubLabel, Suggestion, Score and keyword of LABELS
  block | review | pass     replaces the Suggestion of every hit
  <N>s   (e.g. 90s)         the audio lasts N seconds (default 30, at most MAX_SECONDS, an hour):
                            ceil(N / 15) segments of 15 s, at least one per hit (at most MAX_SEGMENTS:
                            hits beyond them are not reported)
  error                     the task ends in ERROR, ErrorType URL_ERROR (as if the URL answered 404)
  anything else             no hit
Verdict: Suggestion = the most severe of the hits (Block > Review > Pass), Pass without hits; Label =
the label of the most severe, highest-scoring hit, Normal without hits; Labels = one TaskLabel per
distinct label hit (its highest score); AudioText = the segments' transcripts (at most 1000
characters). Hit segments have HitFlag 1 and a TextResult with the keyword; the others HitFlag 0,
Label Normal, Suggestion Pass (DescribeTaskDetail lists them only with ShowAllSegments).
Live audio (Type LIVE_AUDIO) is judged the same way but never finishes by itself (end it with CancelTask).
A task whose Input has neither Url nor BucketInfo, or whose Type names the one it lacks, or whose Url
is not an absolute http(s) URL with a host (also rtmp for LIVE_AUDIO, the page's stream protocols;
urls.url_problem), is not created: its TaskResult carries Code InvalidParameterValue and no TaskId.
A well-formed Url the fake treats as impossible to download (a host ending in .invalid, or the word
`unreachable`: urls.unreachable) makes the task end in ERROR, ErrorType URL_ERROR, whatever its name.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from ..urls import HTTP_SCHEMES, url_problem

SEGMENT_SECONDS = 15
DEFAULT_SECONDS = 30
MAX_SECONDS = 3600
MAX_SEGMENTS = MAX_SECONDS // SEGMENT_SECONDS
MAX_AUDIO_TEXT = 1000
LIVE_SCHEMES = HTTP_SCHEMES | {"rtmp"}  # the page: live streams come over RTMP, HTTP or HTTPS
SEVERITY = {"Pass": 0, "Review": 1, "Block": 2}


@dataclass(frozen=True)
class LabelRule:
    label: str
    sub_label: str
    suggestion: str
    score: int
    keyword: str


LABELS = {
    "porn": LabelRule("Porn", "SexualBehavior", "Block", 99, "色情内容"),
    "abuse": LabelRule("Abuse", "Uncivilized", "Review", 86, "骂人的话"),
    "ad": LabelRule("Ad", "Phone", "Review", 80, "加微信"),
    "custom": LabelRule("Custom", "", "Block", 100, "自定义违规词"),
}
_DURATION = re.compile(r"^(\d{1,6})s$")


@dataclass
class Outcome:
    """How a task ends and what it reports: status, error, verdict and every segment's result."""

    final_status: str
    error_type: str = ""
    error_description: str = ""
    suggestion: str = "Pass"
    label: str = "Normal"
    labels: list[dict[str, Any]] = field(default_factory=list)
    segments: list[dict[str, Any]] = field(default_factory=list)  # {"index", "hit", "result"}
    audio_text: str = ""
    codecs: str = ""


def media_name(task_input: dict[str, Any], live: bool = False) -> tuple[str | None, str]:
    """The media's file name and where it is ("URL" or "COS"), or None and why the task cannot be created;
    `live`: a LIVE_AUDIO task, whose Url may also be an rtmp stream."""
    storage = task_input.get("Input") or {}
    url, bucket, kind = storage.get("Url"), storage.get("BucketInfo"), storage.get("Type")
    if kind == "URL" and not url:
        return None, "Input.Type is URL but Input.Url is empty"
    if kind == "COS" and not bucket:
        return None, "Input.Type is COS but Input.BucketInfo is missing"
    if kind != "COS" and url:
        problem = url_problem(url, LIVE_SCHEMES if live else HTTP_SCHEMES)
        if problem is not None:
            return None, f"Input.Url {problem}"
        return unquote(PurePosixPath(urlsplit(url).path).name), "URL"
    if bucket:
        return PurePosixPath(bucket.get("Object", "")).name, "COS"
    return None, "one of Input.Url and Input.BucketInfo must be set"


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[^a-z0-9]+", PurePosixPath(name.lower()).stem) if w]


def _segment_result(index: int, rule: LabelRule | None, suggestion: str | None, url: str) -> dict[str, Any]:
    if rule is None:
        return {"HitFlag": 0, "Label": "Normal", "SubLabel": "", "Suggestion": "Pass", "Score": 0, "Text": "",
                "Url": url, "Duration": str(SEGMENT_SECONDS * 1000), "Extra": "", "TextResults": [],
                "MoanResults": [], "LanguageResults": []}  # fmt: skip
    chosen = suggestion or rule.suggestion
    text = f"第{index + 1}段：{rule.keyword}"
    return {
        "HitFlag": 1, "Label": rule.label, "SubLabel": rule.sub_label, "Suggestion": chosen, "Score": rule.score,
        "Text": text, "Url": url, "Duration": str(SEGMENT_SECONDS * 1000), "Extra": "",
        "TextResults": [{"Label": rule.label, "Keywords": [rule.keyword], "LibId": "", "LibName": "",
                         "Score": rule.score, "Suggestion": chosen, "LibType": 1, "SubLabel": rule.sub_label}],
        "MoanResults": [], "LanguageResults": [],
    }  # fmt: skip


def judge(name: str, segment_url: str, downloadable: bool = True) -> Outcome:
    """The outcome of a task whose media is called `name`; segment URLs are `segment_url` + index;
    `downloadable` False: its Url cannot be downloaded (urls.unreachable)."""
    words = _words(name)
    codecs = PurePosixPath(name).suffix.lstrip(".").lower()
    if not downloadable:
        return Outcome("ERROR", "URL_ERROR", "the url is request is 404 (fake: the URL cannot be downloaded)",
                       codecs=codecs)  # fmt: skip
    if "error" in words:
        return Outcome("ERROR", "URL_ERROR", "the url is request is 404 (fake: the media name says 'error')",
                       codecs=codecs)  # fmt: skip
    hits = [LABELS[w] for w in words if w in LABELS]
    override = next((w.capitalize() for w in words if w.capitalize() in SEVERITY), None)
    seconds = min(next((int(m[1]) for m in map(_DURATION.match, words) if m), DEFAULT_SECONDS), MAX_SECONDS)
    count = min(max(math.ceil(seconds / SEGMENT_SECONDS), len(hits), 1), MAX_SEGMENTS)
    segments: list[dict[str, Any]] = []
    for index in range(count):
        rule = hits[index] if index < len(hits) else None
        result = _segment_result(index, rule, override, f"{segment_url}{index}.mp3")
        segments.append({"index": index, "hit": rule is not None, "result": result})
    outcome = Outcome("FINISH", segments=segments, codecs=codecs)
    hit_results: list[dict[str, Any]] = [s["result"] for s in segments if s["hit"]]
    if hit_results:
        worst = max(hit_results, key=lambda r: (SEVERITY[r["Suggestion"]], r["Score"]))
        outcome.suggestion, outcome.label = worst["Suggestion"], worst["Label"]
        best: dict[str, dict[str, Any]] = {}
        for r in hit_results:
            if r["Label"] not in best or r["Score"] > best[r["Label"]]["Score"]:
                best[r["Label"]] = {"Label": r["Label"], "Suggestion": r["Suggestion"], "Score": r["Score"],
                                    "SubLabel": r["SubLabel"]}  # fmt: skip
        outcome.labels = list(best.values())
        outcome.audio_text = " ".join(r["Text"] for r in hit_results)[:MAX_AUDIO_TEXT]
    return outcome
