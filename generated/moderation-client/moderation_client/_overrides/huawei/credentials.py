# Copied from overrides/huawei/credentials.py by scripts/generate.py — edit that file, not this copy.
"""Huawei Cloud credentials (AK/SK, project, optional security token) from arguments or the environment.

The generator has no notion of credentials. These read the variables Huawei's own SDKs and tools use
(HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_SDK_SECURITY_TOKEN),
fail with an error naming the missing ones, and keep secrets inside `Secret` (common.secrets), which
never shows its value in repr(), str(), logs, exception messages or pickles.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import NoReturn

from ..common import MissingCredentialsError
from ..common.secrets import Secret, as_secret, mask_identifier

ENV_AK = "HUAWEICLOUD_SDK_AK"
ENV_SK = "HUAWEICLOUD_SDK_SK"
ENV_PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID"
ENV_SECURITY_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN"


class HuaweiCredentials:
    """AK/SK credentials, the project they act on, and the security token of temporary credentials."""

    __slots__ = ("ak", "project_id", "security_token", "sk")

    def __init__(
        self,
        ak: str,
        sk: str | Secret,
        project_id: str | None = None,
        security_token: str | Secret | None = None,
    ) -> None:
        if not ak:
            raise ValueError("the access key (AK) must not be empty")
        self.ak = ak
        self.sk = sk if isinstance(sk, Secret) else Secret(sk)
        self.project_id = project_id or None
        self.security_token = as_secret(security_token)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> HuaweiCredentials:
        """Read HUAWEICLOUD_SDK_AK / _SK / _PROJECT_ID / _SECURITY_TOKEN; raise naming what is missing."""
        env = os.environ if environ is None else environ
        missing = [name for name in (ENV_AK, ENV_SK) if not env.get(name)]
        if missing:
            raise MissingCredentialsError(
                "no Huawei Cloud AK/SK credentials: pass credentials=... or set the environment variables "
                f"{ENV_AK} and {ENV_SK} (unset: {', '.join(missing)})"
            )
        return cls(
            env[ENV_AK],
            env[ENV_SK],
            env.get(ENV_PROJECT_ID),
            env.get(ENV_SECURITY_TOKEN),
        )

    def __repr__(self) -> str:
        token = ", security_token=Secret('********')" if self.security_token else ""
        ak = mask_identifier(self.ak)
        return f"HuaweiCredentials(ak={ak!r}, sk=Secret('********'), project_id={self.project_id!r}{token})"

    def __reduce__(self) -> NoReturn:
        raise TypeError("credentials cannot be pickled")


def require_project_id(project_id: str | None) -> str:
    """The project ID, or an error naming the argument and the variable that would supply it."""
    if project_id:
        return project_id
    raise MissingCredentialsError(
        f"no project ID: pass project_id=... or set the environment variable {ENV_PROJECT_ID}"
    )
