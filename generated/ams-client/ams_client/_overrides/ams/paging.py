# Copied from overrides/ams/paging.py by scripts/generate.py — edit that file, not this copy.
"""DescribeTasks paging: follow PageToken from page to page until the service says it was the last.

The API returns a PageToken to pass back for the next page, empty (or absent) on the last page. The
generated client makes single calls; the facade's page iterators use `PageTokens` to find the next
token and to stop with an error, instead of looping forever, if a server hands out a token twice.
"""

from __future__ import annotations

from ...models import DescribeTasksResult
from ..common import UnexpectedResponse


class PageTokens:
    """The tokens of one listing; `following(page)` is the next page's token, or None after the last page."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def following(self, page: DescribeTasksResult) -> str | None:
        token = page.page_token
        if not isinstance(token, str) or not token:
            return None
        if token in self._seen:
            raise UnexpectedResponse(
                status_code=200,
                error_code=None,
                error_msg=f"DescribeTasks returned PageToken {token!r} a second time; stopping the listing",
                request_id=page.request_id,
            )
        self._seen.add(token)
        return token
