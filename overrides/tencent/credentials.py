"""Tencent Cloud credentials (SecretId/SecretKey, optional session token) where Tencent's own tools find them.

The generator has no notion of credentials. `TencentCredentials.find` looks where the SDK's
DefaultCredentialProvider (tencentcloud/common/credential.py) looks, minus the providers that need the
network (CVM role, TKE OIDC):
  1. the environment: TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (tccli, the SDKs, the Terraform
     provider), with the token of temporary credentials from TENCENTCLOUD_TOKEN (tccli) or else
     TENCENTCLOUD_SECURITY_TOKEN (Terraform provider);
  2. the profile file: ~/.tencentcloud/credentials if it exists, else /etc/tencentcloud/credentials; an
     ini file whose [default] section holds secret_id and secret_key (values stripped, as the SDK does).
(Arguments — `credentials=` — come before both, in connect().) The optional region comes from
TENCENTCLOUD_REGION. Errors name the variables or the file (and line) to fix; SecretKey and token
stay inside `Secret` (common.secrets) and never show.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..common import InvalidArgument, MissingCredentialsError
from ..common.arguments import twin_fields
from ..common.profiles import CredentialsFileError, read_profile
from ..common.secrets import Secret, SecretHolder, as_secret, checked_text, mask_identifier, required_secret

ENV_SECRET_ID = "TENCENTCLOUD_SECRET_ID"
ENV_SECRET_KEY = "TENCENTCLOUD_SECRET_KEY"
ENV_TOKEN = "TENCENTCLOUD_TOKEN"
ENV_SECURITY_TOKEN = "TENCENTCLOUD_SECURITY_TOKEN"
ENV_REGION = "TENCENTCLOUD_REGION"
USER_PROFILE = Path(".tencentcloud") / "credentials"  # under $HOME
SYSTEM_PROFILE = Path("/etc/tencentcloud/credentials")


class TencentCredentials(SecretHolder):
    """A SecretId/SecretKey pair, plus the token that temporary (STS) credentials come with. Immutable:
    copies are the object itself; pickling is refused (see common.secrets.SecretHolder)."""

    __slots__ = ("secret_id", "secret_key", "token")
    _instead = (
        f"build them where they are used: in a worker process, connect() without credentials= (or "
        f"TencentCredentials.find()) reads {ENV_SECRET_ID} and {ENV_SECRET_KEY} from the environment, else the "
        f"profile file ~/.tencentcloud/credentials"
    )
    secret_id: str
    secret_key: Secret
    token: Secret | None

    def __init__(self, secret_id: str, secret_key: str | Secret, token: str | Secret | None = None) -> None:
        self._set(
            secret_id=checked_text("secret_id", secret_id, header=True, what="the SecretId"),  # in Authorization
            secret_key=required_secret("secret_key", secret_key, what="the SecretKey"),
            token=as_secret(token, "token", header=True, what="the token"),  # X-TC-Token
        )

    @classmethod
    def of(cls, value: object) -> TencentCredentials:
        """`value` as this package's TencentCredentials: itself, or those of another generated package (each
        has its own copy of this class), rebuilt from their fields; InvalidArgument otherwise."""
        if isinstance(value, cls):
            return value
        fields = twin_fields(value, cls.__name__, ("secret_id", "secret_key", "token"), required=2)
        if fields is None:
            raise InvalidArgument("credentials", f"expected TencentCredentials(secret_id, secret_key), got "
                                                 f"{type(value).__name__}")  # fmt: skip
        return cls(*fields)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> TencentCredentials:
        """Read TENCENTCLOUD_SECRET_ID / _SECRET_KEY / _TOKEN (or _SECURITY_TOKEN); raise naming what is missing."""
        env = os.environ if environ is None else environ
        missing = [name for name in (ENV_SECRET_ID, ENV_SECRET_KEY) if not env.get(name)]
        if missing:
            raise MissingCredentialsError(
                "no Tencent Cloud credentials: pass credentials=... or set the environment variables "
                f"{ENV_SECRET_ID} and {ENV_SECRET_KEY} (unset: {', '.join(missing)})"
            )
        token = env.get(ENV_TOKEN) or env.get(ENV_SECURITY_TOKEN)
        return cls(env[ENV_SECRET_ID], env[ENV_SECRET_KEY], token)

    @classmethod
    def from_profile(cls, path: str | Path) -> TencentCredentials:
        """Read the [default] section of a profile file; CredentialsFileError naming the file (and line)."""
        path = Path(path)
        section = read_profile(path).get("default", {})
        secret_id, secret_key = section.get("secret_id"), section.get("secret_key")
        if not secret_id or not secret_key:
            role = " (role_arn needs the network to become keys)" if section.get("role_arn") else ""
            raise CredentialsFileError(f"{path}: [default] needs secret_id and secret_key{role}")
        try:
            return cls(secret_id, secret_key)
        except ValueError as exc:
            raise CredentialsFileError(f"{path} [default]: {exc}") from None

    @classmethod
    def find(
        cls,
        environ: Mapping[str, str] | None = None,
        profiles: Sequence[str | Path] | None = None,
    ) -> TencentCredentials:
        """The credentials of the environment, else of the first profile file that exists (default:
        ~/.tencentcloud/credentials, /etc/tencentcloud/credentials); MissingCredentialsError naming every
        place looked at when there are none."""
        env = os.environ if environ is None else environ
        if env.get(ENV_SECRET_ID) and env.get(ENV_SECRET_KEY):
            return cls.from_env(env)
        paths = [Path(p) for p in profiles] if profiles is not None else profile_paths(env)
        for path in paths:
            if path.is_file():
                return cls.from_profile(path)
        try:
            return cls.from_env(env)
        except MissingCredentialsError as exc:
            looked = ", ".join(str(path) for path in paths)
            raise MissingCredentialsError(f"{exc}; no profile file at {looked}" if looked else str(exc)) from None

    def __repr__(self) -> str:
        token = ", token=Secret('********')" if self.token else ""
        secret_id = mask_identifier(self.secret_id)
        return f"TencentCredentials(secret_id={secret_id!r}, secret_key=Secret('********'){token})"


def profile_paths(environ: Mapping[str, str]) -> list[Path]:
    """Where the SDK looks for a profile file, in order: ~/.tencentcloud/credentials (when HOME is set),
    then /etc/tencentcloud/credentials."""
    home = environ.get("HOME")
    return [*([Path(home) / USER_PROFILE] if home else []), SYSTEM_PROFILE]


def region_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """TENCENTCLOUD_REGION, or None when unset (many APIs, AMS among them, need no region)."""
    env = os.environ if environ is None else environ
    return env.get(ENV_REGION) or None
