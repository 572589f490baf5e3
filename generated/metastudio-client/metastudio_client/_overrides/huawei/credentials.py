# Copied from overrides/huawei/credentials.py by scripts/generate.py — edit that file, not this copy.
"""Huawei Cloud credentials (AK/SK, project, optional security token) where Huawei's own SDK finds them.

The generator has no notion of credentials. `HuaweiCredentials.find` looks where huaweicloudsdkcore's
default provider chain (auth/provider.py) looks, minus the providers that need the network:
  1. the environment: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (+ HUAWEICLOUD_SDK_PROJECT_ID,
     HUAWEICLOUD_SDK_SECURITY_TOKEN), used when both keys are set;
  2. the credentials file: HUAWEICLOUD_SDK_CREDENTIALS_FILE, else $HOME/.huaweicloud/credentials; an
     ini file whose [basic] section (the SDK's BasicCredentials, for project-scoped services) holds ak,
     sk, project_id and optionally security_token. A file with only a [global] section (the SDK's
     GlobalCredentials, for global services) lends its ak/sk/security_token; the project then comes
     from `project_id=`.
(Arguments — `credentials=` or `token=` — come before both, in connect().) Left out: OIDC/federated
tokens (idp_id, id_token_file), instance metadata and pod identity, which ask IAM over the network. A
file without a project ID is an error, not a lookup: the SDK would ask IAM for it. Errors name the
variables or the file (and line) to fix; secrets stay inside `Secret` (common.secrets) and never show
in repr(), str(), logs, exception messages or pickles.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from ..common import InvalidArgument, MissingCredentialsError
from ..common.arguments import twin_fields
from ..common.profiles import CredentialsFileError, read_profile
from ..common.secrets import Secret, SecretHolder, as_secret, checked_text, mask_identifier, required_secret

ENV_AK = "HUAWEICLOUD_SDK_AK"
ENV_SK = "HUAWEICLOUD_SDK_SK"
ENV_PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID"
ENV_SECURITY_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN"
ENV_CREDENTIALS_FILE = "HUAWEICLOUD_SDK_CREDENTIALS_FILE"
PROFILE = Path(".huaweicloud") / "credentials"  # under $HOME
SECTIONS = ("basic", "global")


class HuaweiCredentials(SecretHolder):
    """AK/SK credentials, the project they act on, and the security token of temporary credentials;
    `source` names the credentials file they were read from (None otherwise). Immutable: copies are the
    object itself; pickling is refused (see common.secrets.SecretHolder)."""

    __slots__ = ("ak", "project_id", "security_token", "sk", "source")
    _instead = (
        f"build them where they are used: in a worker process, connect() without credentials= (or "
        f"HuaweiCredentials.find()) reads {ENV_AK}, {ENV_SK} and {ENV_PROJECT_ID} from the environment, else "
        f"the credentials file ~/.huaweicloud/credentials ({ENV_CREDENTIALS_FILE})"
    )
    ak: str
    sk: Secret
    project_id: str | None
    security_token: Secret | None
    source: str | None

    def __init__(
        self,
        ak: str,
        sk: str | Secret,
        project_id: str | None = None,
        security_token: str | Secret | None = None,
        *,
        source: str | None = None,
    ) -> None:
        if project_id:
            project_id = checked_text("project_id", project_id, header=True, what="the project ID")
        self._set(
            ak=checked_text("ak", ak, header=True, what="the access key (AK)"),  # in the Authorization header
            sk=required_secret("sk", sk, what="the secret access key (SK)"),
            project_id=project_id or None,
            security_token=as_secret(security_token, "security_token", header=True, what="the security token"),
            source=source,
        )

    @classmethod
    def of(cls, value: object) -> HuaweiCredentials:
        """`value` as this package's HuaweiCredentials: itself, or those of another generated package (each
        has its own copy of this class), rebuilt from their fields; InvalidArgument otherwise."""
        if isinstance(value, cls):
            return value
        fields = twin_fields(value, cls.__name__, ("ak", "sk", "project_id", "security_token"), required=2)
        if fields is None:
            raise InvalidArgument("credentials", f"expected HuaweiCredentials(ak, sk, project_id), got "
                                                 f"{type(value).__name__}")  # fmt: skip
        return cls(*fields, source=getattr(value, "source", None))

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

    @classmethod
    def from_profile(cls, path: str | Path) -> HuaweiCredentials:
        """Read the [basic] (else [global]) section of a credentials file; CredentialsFileError naming the
        file (and line) when it is malformed or lacks ak/sk."""
        path = Path(path)
        sections = read_profile(path)
        name = next((s for s in SECTIONS if s in sections), None)
        if name is None:
            raise CredentialsFileError(f"{path}: no [basic] section (with ak, sk and project_id)")
        section = sections[name]
        ak, sk = section.get("ak"), section.get("sk")
        if not ak or not sk:
            if section.get("idp_id") or section.get("id_token_file"):
                raise CredentialsFileError(f"{path} [{name}]: federated credentials (idp_id, id_token_file) need "
                                           "the network to become keys; give ak and sk")  # fmt: skip
            raise CredentialsFileError(f"{path} [{name}]: needs both ak and sk")
        project_id = section.get("project_id") if name == "basic" else None
        return cls(ak, sk, project_id, section.get("security_token"), source=f"{path} [{name}]")

    @classmethod
    def find(cls, environ: Mapping[str, str] | None = None, home: str | Path | None = None) -> HuaweiCredentials:
        """The credentials of the environment, else of the credentials file (see the module docstring);
        MissingCredentialsError naming every place looked at when there are none."""
        env = os.environ if environ is None else environ
        if env.get(ENV_AK) and env.get(ENV_SK):
            return cls.from_env(env)
        path = profile_path(env, home)
        if path is not None and (env.get(ENV_CREDENTIALS_FILE) or path.is_file()):  # a file named must exist
            return cls.from_profile(path)
        try:
            return cls.from_env(env)
        except MissingCredentialsError as exc:
            where = f"; no credentials file at {path}" if path is not None else ""
            raise MissingCredentialsError(f"{exc}{where}") from None

    def __repr__(self) -> str:
        token = ", security_token=Secret('********')" if self.security_token else ""
        ak = mask_identifier(self.ak)
        return f"HuaweiCredentials(ak={ak!r}, sk=Secret('********'), project_id={self.project_id!r}{token})"


def profile_path(environ: Mapping[str, str], home: str | Path | None = None) -> Path | None:
    """HUAWEICLOUD_SDK_CREDENTIALS_FILE, else $HOME/.huaweicloud/credentials (None without a HOME)."""
    if environ.get(ENV_CREDENTIALS_FILE):
        return Path(environ[ENV_CREDENTIALS_FILE])
    home = home if home is not None else environ.get("HOME")
    return Path(home) / PROFILE if home else None


def require_project_id(project_id: str | None, source: str | None = None) -> str:
    """The project ID, or an error naming the argument and where else it could come from."""
    if project_id:
        return project_id
    where = f"add project_id to {source}" if source else f"set the environment variable {ENV_PROJECT_ID}"
    raise MissingCredentialsError(f"no project ID: pass project_id=... or {where}")
