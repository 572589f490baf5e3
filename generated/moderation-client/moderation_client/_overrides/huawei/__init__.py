"""Overrides shared by the Huawei Cloud packages: AK/SK signing, token auth, credentials and the
decoding of Huawei error bodies into typed exceptions."""

from __future__ import annotations

from .. import common
from ..common import Secret
from .credentials import (
    ENV_AK,
    ENV_PROJECT_ID,
    ENV_SECURITY_TOKEN,
    ENV_SK,
    HuaweiCredentials,
    require_project_id,
)
from .errors import decode_error
from .signing import AkSkAuth, TokenAuth

__all__ = [
    "ENV_AK",
    "ENV_PROJECT_ID",
    "ENV_SECURITY_TOKEN",
    "ENV_SK",
    "AkSkAuth",
    "HuaweiCredentials",
    "Secret",
    "TokenAuth",
    "decode_error",
    "install",
    "require_project_id",
]


def install() -> None:
    common.install(decode_error)
