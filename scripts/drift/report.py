"""The check's result, page by page, as text for people or JSON for tools."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .compare import Comparison


@dataclass
class PageResult:
    """What became of one page: `checked` against an operation or structures, or `not covered` and why."""

    file: Path
    status: str
    subject: str = ""
    reason: str = ""
    comparisons: list[Comparison] = field(default_factory=list)

    @property
    def findings(self) -> list:  # type: ignore[type-arg]
        return [f for c in self.comparisons for f in c.findings]

    @property
    def drift(self) -> int:
        return sum(1 for f in self.findings if f.drift)

    @property
    def compared(self) -> int:
        return sum(c.compared for c in self.comparisons)


@dataclass
class Report:
    pages: list[PageResult]
    root: Path

    @property
    def drift(self) -> int:
        return sum(p.drift for p in self.pages)

    def _name(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

    def summary(self) -> dict[str, int]:
        checked = [p for p in self.pages if p.status == "checked"]
        return {
            "pages": len(self.pages),
            "checked": len(checked),
            "not_covered": len(self.pages) - len(checked),
            "fields_compared": sum(p.compared for p in checked),
            "drift": self.drift,
            "decided": sum(len(p.findings) - p.drift for p in checked),
        }

    def as_json(self) -> str:
        pages = [
            {
                "file": self._name(p.file), "status": p.status, "subject": p.subject, "reason": p.reason,
                "fields_compared": p.compared, "findings": [f.as_dict() for f in p.findings],
            }
            for p in self.pages
        ]  # fmt: skip
        return json.dumps({"summary": self.summary(), "pages": pages}, ensure_ascii=False, indent=2)

    def as_text(self) -> str:
        lines: list[str] = []
        for page in [p for p in self.pages if p.status == "checked"]:
            state = f"{page.drift} drift" if page.drift else "agrees"
            lines.append(f"{self._name(page.file)}: {page.subject}: {page.compared} fields compared, {state}")
            for finding in page.findings:
                at = f" (line {finding.line})" if finding.line else ""
                if finding.drift:
                    lines.append(f"  DRIFT {finding.kind}: {finding.where}: {finding.message}{at}")
                else:
                    lines.append(f"  decided {finding.kind}: {finding.where}: {finding.message}{at}")
                    lines.append(f"    x-decision: {' '.join(str(finding.decision).split())[:160]}")
        uncovered = [p for p in self.pages if p.status != "checked"]
        if uncovered:
            lines.append("not covered (no operation or structure of our specs):")
            lines += [f"  {self._name(p.file)}: {p.reason}" for p in uncovered]
        s = self.summary()
        lines.append(
            f"{s['pages']} pages: {s['checked']} checked ({s['fields_compared']} fields), {s['not_covered']} not "
            f"covered; {s['drift']} drift, {s['decided']} differences explained by x-decision notes"
        )
        return "\n".join(lines)
