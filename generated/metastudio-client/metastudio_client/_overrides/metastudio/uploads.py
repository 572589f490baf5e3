# Copied from overrides/metastudio/uploads.py by scripts/generate.py — edit that file, not this copy.
"""Upload of a short job's audio zip to the pre-signed `data_uploading_url` (HTTP PUT, application/zip).

Not an API operation, so the generator knows nothing of it. The zip is checked before any request is
sent (a path that is not a readable zip fails at once), then streamed from disk in chunks with its
Content-Length, never read whole into memory. It goes through common.calls like every API call
(retries, timeout, typed transport errors, logging): a PUT of the same object is idempotent, so it
is retried like a read, re-opening the file for each attempt. The object storage answers errors with
XML (``<Error><Code>SlowDown</Code><Message>...</Message><RequestId>...``): UploadFailed carries its
code; SlowDown and HTTP 429 are throttling, 5xx and InternalError/ServiceUnavailable/RequestTimeout
transient. The URL's query (the pre-signed signature) is kept out of every message, log line and the
request an error keeps.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx

from ...client import Client
from ..common import ApiError, InvalidArgument
from ..common.calls import Operation, asend, known_operations, send
from ..common.errors import RETRY_STATUSES
from ..common.responses import load_json
from ..huawei.errors import error_fields

CHUNK_SIZE = 1 << 20
ZIP_HEADERS = {"Content-Type": "application/zip"}
UPLOAD = Operation("UploadShortJobData", "PUT", "{data_uploading_url}", idempotent=True, statuses=(200, 201, 204))
known_operations.add(UPLOAD.name)  # connect(rate_limits={"UploadShortJobData": ...}) may pace it too
THROTTLING_CODES = frozenset({"SlowDown"})
TRANSIENT_CODES = frozenset({"InternalError", "ServiceUnavailable", "RequestTimeout", *THROTTLING_CODES})
_XML = {name: re.compile(rb"<%s>([^<]{1,512})</%s>" % (name, name)) for name in (b"Code", b"Message", b"RequestId")}


class InvalidUpload(InvalidArgument):
    """The file to upload is missing, unreadable or not a zip archive; `parameter` names the argument
    that gave it ("zip_path")."""

    def __init__(self, problem: str, parameter: str = "zip_path") -> None:
        super().__init__(parameter, problem)


class UploadFailed(ApiError):
    """The upload URL answered with an error: `error_code` is the object storage's (e.g. AccessDenied,
    SlowDown), `request_id` its request id."""

    @property
    def retry_safe(self) -> bool:
        return self.status_code == 429 or self.error_code in THROTTLING_CODES

    @property
    def transient(self) -> bool:
        return self.retry_safe or self.status_code in RETRY_STATUSES or self.error_code in TRANSIENT_CODES


def checked_zip(path: str | Path) -> tuple[Path, int]:
    """The path and size of a readable zip archive, or InvalidUpload saying what is wrong with it."""
    import zipfile  # imported on first use, like anyio below: most imports of the package never upload

    if not isinstance(path, str | os.PathLike) or not str(path):
        raise InvalidArgument("zip_path", f"expected the path of a zip archive, got {path!r:.40}")
    zip_path = Path(path)
    if not zip_path.is_file():
        raise InvalidUpload(f"{zip_path}: no such file")
    try:
        with zipfile.ZipFile(zip_path) as archive:
            archive.infolist()
    except zipfile.BadZipFile as exc:
        raise InvalidUpload(f"{zip_path}: not a zip archive ({exc})") from None
    except OSError as exc:
        raise InvalidUpload(f"{zip_path}: cannot be read ({exc.strerror or exc})") from None
    return zip_path, zip_path.stat().st_size


def checked_url(url: object) -> str:
    """The upload URL if it is an absolute http(s) URL; InvalidArgument naming it otherwise (a relative
    one would be sent, signed, to the API)."""
    if isinstance(url, str):
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError):
            parsed = None
        if parsed is not None and parsed.scheme in ("http", "https") and parsed.host:
            return url
    raise InvalidArgument("data_uploading_url", "is not an absolute http(s) URL")


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        while chunk := file.read(CHUNK_SIZE):
            yield chunk


async def _achunks(path: Path) -> AsyncIterator[bytes]:
    import anyio

    async with await anyio.open_file(path, "rb") as file:
        while chunk := await file.read(CHUNK_SIZE):
            yield chunk


def decode_upload_error(response: httpx.Response) -> ApiError | None:
    """UploadFailed for an error answer of the object storage (XML, or a gateway's JSON); None for a success."""
    if response.is_success:
        return None
    import html  # on first use: only an error answer needs it

    found = {name: pattern.search(response.content) for name, pattern in _XML.items()}
    code, message, body_request_id = (html.unescape(m[1].decode("utf-8", "replace")) if m else None
                                      for m in found.values())  # fmt: skip
    if code is None:
        code, message, body_request_id = error_fields(load_json(response.content))
    headers = response.headers
    request_id = headers.get("x-obs-request-id") or headers.get("X-Request-Id") or body_request_id
    if message is None:
        text = response.content[:200].decode("utf-8", "replace").strip()
        message = f"unrecognised error body {text!r}" if text else "empty body"
    url = response.request.url
    target = f"{url.scheme}://{url.netloc.decode('ascii')}{url.path}"  # the pre-signed query left out
    return UploadFailed(status_code=response.status_code, error_code=code, request_id=request_id,
                        error_msg=f"upload to {target} failed: {message}", response=response)  # fmt: skip


def _arguments(url: str, path: Path, size: int, chunks: Any) -> dict[str, Any]:
    headers = {**ZIP_HEADERS, "Content-Length": str(size)}
    return {"method": "PUT", "url": url, "content": chunks(path), "headers": headers}


def upload_zip(client: Client, url: str, path: str | Path) -> None:
    zip_path, size = checked_zip(path)
    target = checked_url(url)
    send(client, UPLOAD, lambda: _arguments(target, zip_path, size, _chunks), decode=decode_upload_error)


async def aupload_zip(client: Client, url: str, path: str | Path) -> None:
    zip_path, size = checked_zip(path)
    target = checked_url(url)
    await asend(client, UPLOAD, lambda: _arguments(target, zip_path, size, _achunks), decode=decode_upload_error)
