# Copied from overrides/moderation/secrets.py by scripts/generate.py — edit that file, not this copy.
"""Keep the callback `seed` out of reprs: it is the HMAC key of the callback signature.

The generated CreateAudioModerationJobRequestBody is an attrs class whose repr() prints every field,
so logging or printing a request body would show the seed. This patch replaces its __repr__ with one
that masks the seed (and leaves the other fields as they were). The value sent is unchanged.
"""

from __future__ import annotations

from typing import Any

import attrs

from ...models import CreateAudioModerationJobRequestBody
from ...types import Unset

MASK = "'********'"


def _repr(self: CreateAudioModerationJobRequestBody) -> str:
    fields: list[str] = []
    for field in attrs.fields(type(self)):
        if not field.repr:
            continue
        value: Any = getattr(self, field.name)
        shown = MASK if field.name == "seed" and not isinstance(value, Unset) and value else repr(value)
        fields.append(f"{field.name}={shown}")
    return f"{type(self).__name__}({', '.join(fields)})"


def install() -> None:
    CreateAudioModerationJobRequestBody.__repr__ = _repr  # type: ignore[assignment]
