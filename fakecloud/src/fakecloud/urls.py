"""What the fake makes of a URL a client gives it to fetch (an audio file, a stream) or to call back.

`url_problem` says why a text is not an absolute URL of an allowed scheme with a host (the services
answer it at once: Content Moderation 400 AIS.0022 "The URL is invalid.", AMS a task result with Code
InvalidParameterValue); `unreachable` says whether a well-formed URL stands for media that cannot be
downloaded (the job or task is created and then fails, as the real services report a failed download).
"""

from __future__ import annotations

import re
import reprlib
import unicodedata
from collections.abc import Collection
from urllib.parse import urlsplit

HTTP_SCHEMES = frozenset({"http", "https"})
# RFC 3986 reg-name (unreserved, pct-encoded, sub-delims), with letters of any script for IDN hosts
_REG_NAME = re.compile(r"[\w.~!$&'()*+,;=%-]+")
_SHOWN = reprlib.Repr()
_SHOWN.maxstring = 120


def shown(url: str) -> str:
    """`url` quoted for an error message, cut to about 120 characters."""
    return _SHOWN.repr(url)


def url_problem(url: str, schemes: Collection[str] = HTTP_SCHEMES) -> str | None:
    """Why `url` is not an absolute URL of one of `schemes` with a valid host and port, or None if it is.
    Whitespace and control characters are refused (RFC 3986 has none in a URL); letters of any script
    are taken (internationalised host names and paths)."""
    wanted = "http(s)" if set(schemes) == HTTP_SCHEMES else "/".join(sorted(schemes))
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError for a port that is not a number in 0-65535
    except ValueError:  # an unclosed or invalid IPv6 bracket, a bad port, ...
        return f"{shown(url)} is not a valid URL"
    if parts.scheme.lower() not in schemes:
        return f"{shown(url)} is not an absolute {wanted} URL"
    if any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in url):
        return f"{shown(url)} is not a URL: it contains whitespace or control characters"
    if not host:
        return f"{shown(url)} has no host"
    if "[" not in parts.netloc and not _REG_NAME.fullmatch(host):  # urlsplit checks a bracketed IPv6 host
        return f"{shown(url)} has an invalid host"
    return None


def unreachable(url: str) -> bool:
    """True if the fake treats the media at `url` (a URL `url_problem` accepts) as impossible to download:
    its host ends in `.invalid` (RFC 6761: it never resolves) or the URL contains the word `unreachable`."""
    host = (urlsplit(url).hostname or "").lower()
    return host.endswith(".invalid") or "unreachable" in url.lower()
