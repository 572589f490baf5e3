"""Which requests an auth signs or gives a token: those to the API's origin — scheme, host and port —
as browsers scope credentials, not those to the same host alone.

The generated client sends every request through one httpx client and its auth, and a pre-signed
upload URL is a request like any other: an auth that compared hosts only would sign a request to
`http://api.example.com:8080` for a client of `https://api.example.com`, sending the credentials in
clear text to another service. The base URL is checked here too: a user name or password in it
(`https://user:pass@host`) would show in every repr, message and log line, so it is refused.
"""

from __future__ import annotations

import warnings

import httpx

from .errors import InvalidArgument

Origin = tuple[str, str, int | None]  # scheme, host, port (None: the scheme's default port)


def origin_of(url: httpx.URL) -> Origin:
    """The origin of `url` (httpx writes a scheme's default port as None, so :443 is https's default)."""
    return url.scheme, url.host, url.port


def checked_base_url(value: object) -> httpx.URL:
    """`value` as an absolute http(s) URL without user name or password; InvalidArgument naming base_url
    otherwise (never quoting a URL that holds a password)."""
    if not isinstance(value, str | httpx.URL):
        raise InvalidArgument("base_url", f"expected an http(s) URL as text, got {type(value).__name__}")
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidArgument("base_url", f"is not a URL ({str(exc)[:100]})") from None
    if url.userinfo:
        raise InvalidArgument("base_url", "holds a user name or password (user:pass@host): give credentials with "
                                          "credentials= or token=, never in the URL")  # fmt: skip
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidArgument("base_url", f"expected an absolute http(s) URL, got {str(value)[:100]!r}")
    return url


def auth_origin(auth: str, base_url: str | None, host: str | None) -> Origin | None:
    """The origin `auth` signs for: that of `base_url`, None for every request. The older `host=` keyword
    (host only, before origins) still works, meaning `https://{host}`, with a DeprecationWarning."""
    if host is not None:
        if base_url is not None:
            raise InvalidArgument("host", f"{auth} takes base_url= or the older host=, not both")
        warnings.warn(f"{auth}(host=...) is deprecated: pass base_url= (the scheme, host and port it signs for)",
                      DeprecationWarning, stacklevel=3)  # fmt: skip
        base_url = f"https://{host}"
    return origin_of(httpx.URL(base_url)) if base_url is not None else None
