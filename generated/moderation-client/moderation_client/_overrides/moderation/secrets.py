# Copied from overrides/moderation/secrets.py by scripts/generate.py — edit that file, not this copy.
"""Keep the callback `seed` out of reprs: it is the HMAC key of the callback signature.

The generated CreateAudioModerationJobRequestBody is an attrs class whose repr() prints every field,
so logging or printing a request body would show the seed. This patch masks it there
(common.secrets.mask_fields); the value sent is unchanged.
"""

from __future__ import annotations

from ...models import CreateAudioModerationJobRequestBody
from ..common.secrets import mask_fields


def install() -> None:
    mask_fields(CreateAudioModerationJobRequestBody, "seed")
