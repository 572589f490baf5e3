"""Against a live CONTRACT_BASE_URL, the credentials are settled before collection: a missing variable stops
the run with one usage line naming the variables (target.py), not a traceback per module."""

from __future__ import annotations

import pytest
from metastudio_client import HuaweiCredentials

from contract.target import LIVE_URL, huawei_credentials, serves, spec_document, tencent_credentials


def pytest_configure(config: pytest.Config) -> None:
    if not LIVE_URL:
        return
    if any(serves(spec_document(name), LIVE_URL) for name in ("metastudio", "moderation")):
        huawei_credentials(HuaweiCredentials)
    if serves(spec_document("ams"), LIVE_URL):
        tencent_credentials()
