"""Settings of the fake cloud, read from FAKE_* environment variables (documented defaults when unset).

FAKE_AK / FAKE_SK      the AK/SK pair the Huawei gateway accepts  (FAKEAK00000000000000 / fake-sk-not-a-secret)
FAKE_TOKEN             the IAM token the Huawei gateway accepts    (fake-iam-token)
FAKE_SECRET_ID / FAKE_SECRET_KEY   the SecretId/SecretKey the Tencent gateway accepts
                       (AKIDFAKE0000000000000000000000000000 / fake-secret-key-not-a-secret)
FAKE_AUTH              on | off: check signatures and tokens       (on)
FAKE_PROGRESSION       how jobs advance: immediate | polls:N | seconds:T   (polls:1)
FAKE_RATE_LIMIT        off | on | N: Tencent actions answer RequestLimitExceeded beyond 20 (on) or N
                       requests per second and action              (off)
FAKE_PORT              port of `make mock` on 127.0.0.1            (8765)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from .progression import Progression

DEFAULT_AK = "FAKEAK00000000000000"
DEFAULT_SK = "fake-sk-not-a-secret"
DEFAULT_TOKEN = "fake-iam-token"
DEFAULT_SECRET_ID = "AKIDFAKE0000000000000000000000000000"
DEFAULT_SECRET_KEY = "fake-secret-key-not-a-secret"
DOCUMENTED_RATE_LIMIT = 20  # requests per second and action, on every AMS action page
DEFAULT_PORT = 8765
DEFAULT_PROGRESSION = Progression("polls", 1)


class SettingsError(ValueError):
    """A FAKE_* variable has a value the fake cannot use."""


@dataclass(frozen=True)
class Settings:
    ak: str = DEFAULT_AK
    sk: str = field(default=DEFAULT_SK, repr=False)
    token: str = field(default=DEFAULT_TOKEN, repr=False)
    secret_id: str = DEFAULT_SECRET_ID
    secret_key: str = field(default=DEFAULT_SECRET_KEY, repr=False)
    auth: bool = True
    progression: Progression = DEFAULT_PROGRESSION
    rate_limit: int | None = None
    port: int = DEFAULT_PORT

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        auth = env.get("FAKE_AUTH", "on").strip().lower()
        if auth not in ("on", "off"):
            raise SettingsError(f"FAKE_AUTH must be 'on' or 'off', got {auth!r}")
        port_text = env.get("FAKE_PORT", str(DEFAULT_PORT))
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise SettingsError(f"FAKE_PORT must be a port number (1-65535), got {port_text!r}")
        try:
            progression = Progression.parse(env.get("FAKE_PROGRESSION", "polls:1"))
        except ValueError as exc:
            raise SettingsError(f"FAKE_PROGRESSION: {exc}") from None
        return cls(
            ak=env.get("FAKE_AK") or DEFAULT_AK,
            sk=env.get("FAKE_SK") or DEFAULT_SK,
            token=env.get("FAKE_TOKEN") or DEFAULT_TOKEN,
            secret_id=env.get("FAKE_SECRET_ID") or DEFAULT_SECRET_ID,
            secret_key=env.get("FAKE_SECRET_KEY") or DEFAULT_SECRET_KEY,
            auth=auth == "on",
            progression=progression,
            rate_limit=_rate_limit(env.get("FAKE_RATE_LIMIT", "off")),
            port=int(port_text),
        )


def _rate_limit(text: str) -> int | None:
    value = text.strip().lower()
    if value == "off":
        return None
    if value == "on":
        return DOCUMENTED_RATE_LIMIT
    if value.isdigit() and int(value) > 0:
        return int(value)
    raise SettingsError(f"FAKE_RATE_LIMIT must be 'off', 'on' or a number of requests per second, got {text!r}")
