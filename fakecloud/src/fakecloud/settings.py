"""Settings of the fake cloud, read from FAKE_* environment variables (documented defaults when unset).

FAKE_AK / FAKE_SK      the AK/SK pair the Huawei gateway accepts  (FAKEAK00000000000000 / fake-sk-not-a-secret)
FAKE_TOKEN             the IAM token the Huawei gateway accepts    (fake-iam-token)
FAKE_SECRET_ID / FAKE_SECRET_KEY   the SecretId/SecretKey the Tencent gateway accepts
                       (AKIDFAKE0000000000000000000000000000 / fake-secret-key-not-a-secret)
FAKE_AUTH              on | off: check signatures and tokens       (on)
FAKE_PROGRESSION       how jobs advance: immediate | polls:N | seconds:T   (polls:1)
FAKE_RATE_LIMIT        off | on | N: Tencent actions answer RequestLimitExceeded beyond 20 (on) or N
                       requests per second and action              (off)
FAKE_PORT              port of `make mock` / the `fakecloud` command on 127.0.0.1   (8765)

The `fakecloud` command's flags (cli.py) override these variables; each value is read by the same
parser, so a bad value is refused the same way, naming the variable or the flag.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from .progression import Progression

DEFAULT_AK = "FAKEAK00000000000000"
DEFAULT_SK = "fake-sk-not-a-secret"
DEFAULT_TOKEN = "fake-iam-token"
DEFAULT_SECRET_ID = "AKIDFAKE0000000000000000000000000000"
DEFAULT_SECRET_KEY = "fake-secret-key-not-a-secret"
DEFAULT_PROJECT_ID = "0123456789abcdef0123456789abcdef"  # any project id is accepted; this one is suggested
DOCUMENTED_RATE_LIMIT = 20  # requests per second and action, on every AMS action page
DEFAULT_PORT = 8765
DEFAULT_PROGRESSION = Progression("polls", 1)

T = TypeVar("T")


class SettingsError(ValueError):
    """A FAKE_* variable (or a flag of the `fakecloud` command) has a value the fake cannot use."""


@dataclass(frozen=True)
class Credentials:
    """What the fake's gateways accept: Huawei AK/SK (signing as `project_id`) or the IAM token, and the
    Tencent SecretId/SecretKey. Fakes, never real credentials; the secrets stay out of the repr."""

    ak: str
    sk: str = field(repr=False)
    token: str = field(repr=False)
    secret_id: str
    secret_key: str = field(repr=False)
    project_id: str = DEFAULT_PROJECT_ID


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

    @property
    def credentials(self) -> Credentials:
        """The credentials these settings accept (with the suggested project id)."""
        return Credentials(self.ak, self.sk, self.token, self.secret_id, self.secret_key)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ

        def read(name: str, parse: Callable[[str], T], default: str) -> T:
            return parsed(name, parse, env.get(name, default))

        return cls(
            ak=env.get("FAKE_AK") or DEFAULT_AK,
            sk=env.get("FAKE_SK") or DEFAULT_SK,
            token=env.get("FAKE_TOKEN") or DEFAULT_TOKEN,
            secret_id=env.get("FAKE_SECRET_ID") or DEFAULT_SECRET_ID,
            secret_key=env.get("FAKE_SECRET_KEY") or DEFAULT_SECRET_KEY,
            auth=read("FAKE_AUTH", parse_auth, "on"),
            progression=read("FAKE_PROGRESSION", Progression.parse, str(DEFAULT_PROGRESSION)),
            rate_limit=read("FAKE_RATE_LIMIT", parse_rate_limit, "off"),
            port=read("FAKE_PORT", parse_port, str(DEFAULT_PORT)),
        )


def parsed(name: str, parse: Callable[[str], T], text: str) -> T:
    """`parse(text)`, a ValueError turned into a SettingsError that names the variable or flag `name`."""
    try:
        return parse(text)
    except ValueError as exc:
        raise SettingsError(f"{name}: {exc}") from None


def parse_auth(text: str) -> bool:
    value = text.strip().lower()
    if value not in ("on", "off"):
        raise ValueError(f"must be 'on' or 'off', got {text!r}")
    return value == "on"


def parse_port(text: str) -> int:
    value = text.strip()
    if not value.isdecimal() or not 0 < int(value) < 65536:
        raise ValueError(f"must be a port number (1-65535), got {text!r}")
    return int(value)


def parse_rate_limit(text: str) -> int | None:
    value = text.strip().lower()
    if value == "off":
        return None
    if value == "on":
        return DOCUMENTED_RATE_LIMIT
    if value.isdecimal() and int(value) > 0:
        return int(value)
    raise ValueError(f"must be 'off', 'on' or a number of requests per second, got {text!r}")
