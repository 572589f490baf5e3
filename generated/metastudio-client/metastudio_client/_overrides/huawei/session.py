"""Build a generated Client that talks to a Huawei Cloud endpoint: auth, project and timeout set.

The generated Client knows nothing of Huawei auth and has no timeout. `huawei_client` resolves the
credentials (arguments first, then the HUAWEICLOUD_SDK_* variables), picks AK/SK signing or IAM token
auth, limits it to the API host, and returns the client with the project ID the calls need.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import httpx

from ...client import Client
from ..common import DEFAULT_TIMEOUT
from ..common.secrets import Secret
from .credentials import ENV_PROJECT_ID, HuaweiCredentials, require_project_id
from .signing import AkSkAuth, TokenAuth


def huawei_client(
    base_url: str,
    *,
    credentials: HuaweiCredentials | None = None,
    token: str | Secret | None = None,
    project_id: str | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    environ: Mapping[str, str] | None = None,
) -> tuple[Client, str]:
    """A Client for `base_url` signing with AK/SK (default) or sending `token`, and the project ID."""
    host = httpx.URL(base_url).host
    auth: httpx.Auth
    if token is not None:
        env = os.environ if environ is None else environ
        project = require_project_id(project_id or env.get(ENV_PROJECT_ID))
        auth = TokenAuth(token, project_id=project, host=host)
    else:
        creds = credentials or HuaweiCredentials.from_env(environ)
        project = require_project_id(project_id or creds.project_id)
        if creds.project_id != project:
            creds = HuaweiCredentials(creds.ak, creds.sk, project, creds.security_token)
        auth = AkSkAuth(creds, host=host)
    httpx_args: dict[str, Any] = {"auth": auth}
    if transport is not None:
        httpx_args["transport"] = transport
    timeout_value = timeout if timeout is None or isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    return Client(base_url=base_url, timeout=timeout_value, httpx_args=httpx_args), project
