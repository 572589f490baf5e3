# Copied from overrides/huawei/session.py by scripts/generate.py — edit that file, not this copy.
"""Build a generated Client that talks to a Huawei Cloud endpoint: auth, project and timeout set.

The generated Client knows nothing of Huawei auth, regions or timeouts. `huawei_client` resolves the
credentials (arguments first, then the HUAWEICLOUD_SDK_* variables, then the credentials file: see
credentials.py), picks AK/SK signing or IAM token auth, limits it to the API host, and returns the
client with the project ID the calls need;
`connect_client` does the same for the options of a service's `connect()` (ConnectOptions): the
endpoint of a region (the service's endpoint table) or an explicit base URL.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Unpack

import httpx

from ...client import Client
from ..common import InvalidArgument
from ..common.secrets import Secret
from ..common.session import ClientOptions, build_client, client_options
from .credentials import ENV_PROJECT_ID, HuaweiCredentials, require_project_id
from .signing import AkSkAuth, TokenAuth


def endpoint(service: str, endpoints: Mapping[str, str], region: str) -> str:
    """The endpoint of `service` in `region`; InvalidArgument naming the known regions otherwise."""
    try:
        return endpoints[region]
    except KeyError:
        raise InvalidArgument("region", f"unknown {service} region {region!r}; known: {', '.join(endpoints)}") from None


def huawei_client(
    base_url: str,
    *,
    credentials: HuaweiCredentials | None = None,
    token: str | Secret | None = None,
    project_id: str | None = None,
    environ: Mapping[str, str] | None = None,
    **client: Any,
) -> tuple[Client, str]:
    """A Client for `base_url` signing with AK/SK (default) or sending `token`, and the project ID;
    `client` are the other options of every vendor (transport, max_retries, retry, rate_limits)."""
    host = httpx.URL(base_url).host
    auth: httpx.Auth
    if token is not None:
        env = os.environ if environ is None else environ
        project = require_project_id(project_id or env.get(ENV_PROJECT_ID))
        auth = TokenAuth(token, project_id=project, host=host)
    else:
        creds = credentials or HuaweiCredentials.find(environ)
        project = require_project_id(project_id or creds.project_id, creds.source)
        if creds.project_id != project:
            creds = HuaweiCredentials(creds.ak, creds.sk, project, creds.security_token)
        auth = AkSkAuth(creds, host=host)
    return build_client(base_url, auth, **client), project


class ConnectOptions(ClientOptions, total=False):
    """How a Huawei Cloud service's `connect()` reaches and authenticates to its API; every key is optional.

    region:      the region whose endpoint to call (each service has its default region)
    credentials: AK/SK credentials (default: the HUAWEICLOUD_SDK_* variables, else the credentials file)
    token:       an IAM token to send instead of signing with AK/SK
    project_id:  the project (default: the credentials' or HUAWEICLOUD_SDK_PROJECT_ID)
    and those of every vendor (common.session.ClientOptions): base_url (instead of the region's
    endpoint), timeout (seconds or httpx.Timeout; default DEFAULT_TIMEOUT), transport, max_retries,
    retry and rate_limits (the Huawei pages document no rate limit: none unless set).
    """

    region: str
    credentials: HuaweiCredentials | None
    token: str | Secret | None
    project_id: str | None


def connect_client(
    service: str,
    endpoints: Mapping[str, str],
    default_region: str,
    **options: Unpack[ConnectOptions],
) -> tuple[Client, str]:
    """`huawei_client` for `base_url`, or for the endpoint of the region when no base URL is given."""
    base_url = options.get("base_url") or endpoint(service, endpoints, options.get("region", default_region))
    return huawei_client(
        base_url,
        credentials=options.get("credentials"),
        token=options.get("token"),
        project_id=options.get("project_id"),
        **client_options(options),
    )
