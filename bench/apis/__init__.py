"""The APIs in the benchmark: one module per API, each defining a `CASE` (see case.py), listed here.

Adding an API is one module beside this file plus one entry in APIS (bench/README.md says what the
module holds)."""

from __future__ import annotations

from . import ams, metastudio, moderation
from .case import Case

APIS: tuple[Case, ...] = (metastudio.CASE, moderation.CASE, ams.CASE)


def get(name: str) -> Case:
    for case in APIS:
        if case.name == name:
            return case
    raise KeyError(f"no API {name!r} in the benchmark; known: {', '.join(c.name for c in APIS)}")
