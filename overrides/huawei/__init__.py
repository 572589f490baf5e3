"""Overrides shared by the Huawei Cloud packages: AK/SK signing, token auth, credentials, the options
of every Huawei `connect()` and the decoding of Huawei error bodies into typed exceptions."""

from __future__ import annotations

from .. import common
from ..common.calls import Vendor
from .credentials import HuaweiCredentials
from .errors import decode_error, request_id
from .session import ConnectOptions
from .signing import AkSkAuth, TokenAuth

__all__ = [
    "AkSkAuth",
    "ConnectOptions",
    "HuaweiCredentials",
    "TokenAuth",
]


def install() -> None:
    common.install(Vendor(decode_error, request_id))
