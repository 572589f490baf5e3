"""Breaking-change report between two versions of the specs (used by scripts/diff_specs.py).

spec_changes.py  operations, parameters, bodies and responses compared, recursively
api_changes.py   the generated package's public API (modules, functions, classes, attributes) compared
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """One difference, and whether it breaks code written against the old generated client."""

    breaking: bool
    where: str
    message: str

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'ok'}  {self.where}: {self.message}"
