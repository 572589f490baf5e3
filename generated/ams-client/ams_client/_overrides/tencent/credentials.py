# Copied from overrides/tencent/credentials.py by scripts/generate.py — edit that file, not this copy.
"""Tencent Cloud credentials (SecretId/SecretKey, optional session token) from arguments or the environment.

The generator has no notion of credentials. These read the variables Tencent's own tools use:
TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (tccli, the SDKs, the Terraform provider), the
token of temporary credentials from TENCENTCLOUD_TOKEN (tccli) or else TENCENTCLOUD_SECURITY_TOKEN
(Terraform provider), and the optional region from TENCENTCLOUD_REGION. A missing variable is named in
the error; SecretKey and token stay inside `Secret` (common.secrets) and never show.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import NoReturn

from ..common import MissingCredentialsError
from ..common.secrets import Secret, as_secret, mask_identifier

ENV_SECRET_ID = "TENCENTCLOUD_SECRET_ID"
ENV_SECRET_KEY = "TENCENTCLOUD_SECRET_KEY"
ENV_TOKEN = "TENCENTCLOUD_TOKEN"
ENV_SECURITY_TOKEN = "TENCENTCLOUD_SECURITY_TOKEN"
ENV_REGION = "TENCENTCLOUD_REGION"


class TencentCredentials:
    """A SecretId/SecretKey pair, plus the token that temporary (STS) credentials come with."""

    __slots__ = ("secret_id", "secret_key", "token")

    def __init__(self, secret_id: str, secret_key: str | Secret, token: str | Secret | None = None) -> None:
        if not secret_id or secret_id.strip() != secret_id:
            raise ValueError("the SecretId must be non-empty, without surrounding whitespace")
        self.secret_id = secret_id
        self.secret_key = secret_key if isinstance(secret_key, Secret) else Secret(secret_key)
        self.token = as_secret(token)

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

    def __repr__(self) -> str:
        token = ", token=Secret('********')" if self.token else ""
        secret_id = mask_identifier(self.secret_id)
        return f"TencentCredentials(secret_id={secret_id!r}, secret_key=Secret('********'){token})"

    def __reduce__(self) -> NoReturn:
        raise TypeError("credentials cannot be pickled")


def region_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """TENCENTCLOUD_REGION, or None when unset (many APIs, AMS among them, need no region)."""
    env = os.environ if environ is None else environ
    return env.get(ENV_REGION) or None
