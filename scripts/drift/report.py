"""The result of a drift check, source by source, as text for people or JSON for tools, and its outcome.

Outcome and exit status: `agrees` (0), `drift` (1: a difference no decision excuses, or a stale
decision) or `unusable input` (2: a source that cannot be read, or a checked source with parts the
reader could not read). Every source given has its result, whatever became of the others: an unusable
one is listed with its reason beside the checked ones. The last line of the text report states the
outcome.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .compare import Comparison, Finding
from .documented import Unreadable

CHECKED, NOT_COVERED, UNUSABLE = "checked", "not covered", "unusable"
EXIT = {"agrees": 0, "drift": 1, "unusable input": 2}


def emit_unusable(tool: str, error: Exception, *, as_json: bool) -> int:
    """Input that keeps the whole run from starting (no pages given, a spec that does not load, definitions
    that cannot be read): said on stderr, and as a JSON report without results with `as_json`; exit status 2."""
    if as_json:
        print(json.dumps({"outcome": "unusable input", "error": str(error), "results": []}, ensure_ascii=False))
    print(f"{tool}: unusable input: {error}", file=sys.stderr)
    return EXIT["unusable input"]


@dataclass
class SourceResult:
    """What became of one source: `checked` against operations or structures, `not covered` and why, or
    `unusable` (it cannot be read, or what it documents of ours cannot be) and why."""

    name: str
    status: str
    subject: str = ""
    reason: str = ""
    comparisons: list[Comparison] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for c in self.comparisons for f in c.findings]

    @property
    def drift(self) -> int:
        return sum(1 for f in self.findings if f.drift)

    @property
    def compared(self) -> int:
        return sum(c.compared for c in self.comparisons)

    @property
    def notes(self) -> list[str]:
        return [n for c in self.comparisons for n in c.notes]

    @property
    def unusable(self) -> bool:
        return self.status == UNUSABLE or (self.status == CHECKED and bool(self.unreadable))


@dataclass
class Report:
    tool: str
    results: list[SourceResult]
    root: Path = field(default_factory=Path.cwd)
    unit: str = "pages"

    @property
    def drift(self) -> int:
        return sum(r.drift for r in self.results)

    @property
    def outcome(self) -> str:
        if any(r.unusable for r in self.results):
            return "unusable input"
        return "drift" if self.drift else "agrees"

    @property
    def exit_status(self) -> int:
        return EXIT[self.outcome]

    def _name(self, name: str) -> str:
        if name.startswith(("http://", "https://")):
            return name
        try:
            return str(Path(name).resolve().relative_to(self.root.resolve()))
        except (ValueError, OSError):
            return name

    def summary(self) -> dict[str, int]:
        checked = [r for r in self.results if r.status == CHECKED]
        return {
            self.unit: len(self.results),
            "checked": len(checked),
            "not_covered": sum(1 for r in self.results if r.status == NOT_COVERED),
            "fields_compared": sum(r.compared for r in checked),
            "drift": self.drift,
            "decided": sum(len(r.findings) - r.drift for r in checked),
            "unusable": sum(1 for r in self.results if r.unusable),
        }

    def outcome_line(self) -> str:
        s = self.summary()
        unusable = f", {s['unusable']} unusable" if s["unusable"] else ""
        counts = (
            f"{s[self.unit]} {self.unit}: {s['checked']} checked ({s['fields_compared']} fields), "
            f"{s['not_covered']} not covered{unusable}; {s['drift']} drift, {s['decided']} differences explained "
            "by decisions"
        )
        if self.outcome == "unusable input":
            return f"{self.tool}: unusable input ({s['unusable']} source(s) the reader could not read); {counts}"
        return f"{self.tool}: {self.outcome}; {counts}"

    def as_json(self) -> str:
        results = [
            {
                "source": self._name(r.name), "status": r.status, "subject": r.subject, "reason": r.reason,
                "fields_compared": r.compared, "findings": [f.as_dict() for f in r.findings],
                "unreadable": [{"line": u.line, "text": u.text, "why": u.why} for u in r.unreadable],
                "notes": r.notes,
            }
            for r in self.results
        ]  # fmt: skip
        payload = {"outcome": self.outcome, "summary": self.summary(), "results": results}
        return json.dumps(payload, ensure_ascii=False, indent=2)

    def emit(self, *, as_json: bool) -> int:
        """Print the report; the exit status of its outcome."""
        print(self.as_json() if as_json else self.as_text())
        return self.exit_status

    def as_text(self) -> str:
        lines: list[str] = []
        for result in [r for r in self.results if r.status == CHECKED]:
            state = (
                "UNUSABLE (parts could not be read)"
                if result.unusable
                else (f"{result.drift} drift" if result.drift else "agrees")
            )
            lines.append(f"{self._name(result.name)}: {result.subject}: {result.compared} fields compared, {state}")
            lines += [f"  UNREADABLE {u}" for u in result.unreadable]
            for finding in result.findings:
                at = f" (line {finding.line})" if finding.line else ""
                label = {"drift": "DRIFT", "stale": "STALE", "decided": "decided"}[finding.status]
                lines.append(f"  {label} {finding.kind}: {finding.where}: {finding.message}{at}")
                if finding.decision:
                    lines.append(f"    x-decision: {finding.decision[:160]}")
            lines += [f"  note: {n}" for n in result.notes]
        lines += self._listed(UNUSABLE, "unusable input (could not be read):", "UNREADABLE")
        lines += self._listed(NOT_COVERED, "not covered (nothing our specs define):", "unreadable")
        lines.append(self.outcome_line())
        return "\n".join(lines)

    def _listed(self, status: str, title: str, label: str) -> list[str]:
        """The sources of a status that were not checked, each with its reason (and what was unreadable)."""
        results = [r for r in self.results if r.status == status]
        lines = [title] if results else []
        for result in results:
            lines.append(f"  {self._name(result.name)}: {result.reason}")
            lines += [f"    {label} {u}" for u in result.unreadable]
        return lines
