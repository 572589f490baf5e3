"""Settings of the fake cloud: in Python (`Settings(...)`), from FAKE_* environment variables, or from the
`fakecloud` command's flags (cli.py) — one parser per setting serves all three, so each accepts the same
values and refuses a bad one the same way, naming the field, the variable or the flag.

field        variable          takes                                                    default
ak / sk      FAKE_AK / FAKE_SK the AK/SK the Huawei gateway accepts                     FAKEAK00000000000000 /
                                                                                        fake-sk-not-a-secret
token        FAKE_TOKEN        the IAM token the Huawei gateway accepts                 fake-iam-token
security_    FAKE_SECURITY_    the X-Security-Token every AK/SK-signed Huawei request   unset (None): a permanent
token        TOKEN             must carry: the AK/SK are temporary (else 401 APIG.0301) AK/SK, none is checked
secret_id /  FAKE_SECRET_ID /  the SecretId/SecretKey the Tencent gateway accepts       AKIDFAKE0000...0 (36) /
secret_key   FAKE_SECRET_KEY                                                            fake-secret-key-not-a-secret
tc_token     FAKE_TC_TOKEN     the X-TC-Token every Tencent request must carry: the     unset (None): the pair is
                               pair is temporary credentials (else AuthFailure.         a permanent key, no token
                               TokenFailure)                                            is checked
auth         FAKE_AUTH         on | off (or True / False): check signatures and tokens  on
progression  FAKE_PROGRESSION  immediate | polls:N | seconds:T (or a Progression):      polls:1
                               how jobs advance
rate_limit   FAKE_RATE_LIMIT   off | on | N (or None / N): Tencent actions answer       off
                               RequestLimitExceeded beyond 20 (on) or N requests per
                               second and action
port         FAKE_PORT         0-65535 (0: a free port), for the `fakecloud` command    8765

Credentials are printable ASCII without spaces. A variable set to the empty string counts as unset.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

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


class SettingsError(ValueError):
    """A setting has a value the fake cannot use; the message names the field, variable or flag."""


@dataclass(frozen=True)
class Credentials:
    """What the fake's gateways accept: Huawei AK/SK (signing as `project_id`) or the IAM token, and the
    Tencent SecretId/SecretKey (with `security_token` / `tc_token` the session token each requires when
    the fake plays temporary credentials). Fakes, never real credentials; the secrets stay out of the repr."""

    ak: str
    sk: str = field(repr=False)
    token: str = field(repr=False)
    secret_id: str
    secret_key: str = field(repr=False)
    project_id: str = DEFAULT_PROJECT_ID
    security_token: str | None = field(default=None, repr=False)
    tc_token: str | None = field(default=None, repr=False)


def _credential(secret: bool) -> Callable[[object], str]:
    def parse(value: object) -> str:
        if not isinstance(value, str):
            raise ValueError(f"must be text, got {type(value).__name__}")
        if not value:
            raise ValueError("must not be empty")
        if not value.isascii() or not value.isprintable() or any(char.isspace() for char in value):
            shown = "" if secret else f", got {value!r}"
            raise ValueError(f"must be printable ASCII without spaces{shown}")
        return value

    return parse


def parse_auth(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("on", "off"):
        return value.strip().lower() == "on"
    raise ValueError(f"must be 'on' or 'off' (or True / False), got {value!r}")


def parse_progression(value: object) -> Progression:
    if isinstance(value, Progression):
        return value  # checked when it was made
    if isinstance(value, str):
        return Progression.parse(value)
    raise ValueError(f"must be a Progression or 'immediate', 'polls:N' or 'seconds:T', got {value!r}")


def parse_rate_limit(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("off", "on"):
            return DOCUMENTED_RATE_LIMIT if text == "on" else None
        if text.isascii() and text.isdigit() and int(text) >= 1:
            return int(text)
    raise ValueError(f"must be 'off', 'on' or a number of requests per second (>= 1), got {value!r}")


def parse_port(value: object) -> int:
    number = value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value.strip())
    if isinstance(number, int) and not isinstance(number, bool) and 0 <= number <= 65535:
        return number
    raise ValueError(f"must be a port number (0-65535, 0: a free port), got {value!r}")


@dataclass(frozen=True)
class Setting:
    """How one field of Settings is read: its FAKE_* variable and the parser of its values (text or typed)."""

    variable: str
    parse: Callable[[object], Any]


SETTINGS: dict[str, Setting] = {
    "ak": Setting("FAKE_AK", _credential(secret=False)),
    "sk": Setting("FAKE_SK", _credential(secret=True)),
    "token": Setting("FAKE_TOKEN", _credential(secret=True)),
    "security_token": Setting("FAKE_SECURITY_TOKEN", _credential(secret=True)),
    "secret_id": Setting("FAKE_SECRET_ID", _credential(secret=False)),
    "secret_key": Setting("FAKE_SECRET_KEY", _credential(secret=True)),
    "tc_token": Setting("FAKE_TC_TOKEN", _credential(secret=True)),
    "auth": Setting("FAKE_AUTH", parse_auth),
    "progression": Setting("FAKE_PROGRESSION", parse_progression),
    "rate_limit": Setting("FAKE_RATE_LIMIT", parse_rate_limit),
    "port": Setting("FAKE_PORT", parse_port),
}


OPTIONAL = frozenset({"security_token", "tc_token"})  # settings that may stay unset (None)


def parsed(name: str, setting: Setting, value: object) -> Any:
    """`setting.parse(value)`, a ValueError turned into a SettingsError that names the field, variable or flag."""
    try:
        return setting.parse(value)
    except ValueError as exc:
        raise SettingsError(f"{name}: {exc}") from None


@dataclass(frozen=True, init=False)
class Settings:
    """The fake's settings (module docstring): each keyword takes the typed value or the text its FAKE_*
    variable takes (`auth="off"`, `progression="polls:2"`, `rate_limit="on"`, `port="9000"`), converted
    here; SettingsError naming the field for anything else. Fields not given take the documented defaults."""

    ak: str
    sk: str = field(repr=False)
    token: str = field(repr=False)
    security_token: str | None = field(repr=False)
    secret_id: str
    secret_key: str = field(repr=False)
    tc_token: str | None = field(repr=False)
    auth: bool
    progression: Progression
    rate_limit: int | None
    port: int

    def __init__(
        self,
        *,
        ak: str = DEFAULT_AK,
        sk: str = DEFAULT_SK,
        token: str = DEFAULT_TOKEN,
        security_token: str | None = None,
        secret_id: str = DEFAULT_SECRET_ID,
        secret_key: str = DEFAULT_SECRET_KEY,
        tc_token: str | None = None,
        auth: bool | str = True,
        progression: Progression | str = DEFAULT_PROGRESSION,
        rate_limit: int | str | None = None,
        port: int | str = DEFAULT_PORT,
    ) -> None:
        given = {"ak": ak, "sk": sk, "token": token, "security_token": security_token, "secret_id": secret_id,
                 "secret_key": secret_key, "tc_token": tc_token, "auth": auth, "progression": progression,
                 "rate_limit": rate_limit, "port": port}  # fmt: skip
        for name, value in given.items():
            unset = name in OPTIONAL and value is None
            object.__setattr__(self, name, None if unset else parsed(f"Settings.{name}", SETTINGS[name], value))

    @property
    def credentials(self) -> Credentials:
        """The credentials these settings accept (with the suggested project id)."""
        return Credentials(self.ak, self.sk, self.token, self.secret_id, self.secret_key,
                           security_token=self.security_token, tc_token=self.tc_token)  # fmt: skip

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, flags: Mapping[str, tuple[str, str]] | None = None
    ) -> Settings:
        """The settings of the FAKE_* variables of `environ` (default: os.environ). `flags` maps a field to
        (flag, text) given instead of its variable, which is then not read (the `fakecloud` command's flags)."""
        env = os.environ if environ is None else environ
        flags = flags or {}
        values: dict[str, Any] = {}
        for name, setting in SETTINGS.items():
            if name in flags:
                flag, text = flags[name]
                values[name] = parsed(flag, setting, text)
            elif env.get(setting.variable):
                values[name] = parsed(setting.variable, setting, env[setting.variable])
        return cls(**values)
