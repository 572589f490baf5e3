"""Uploads to the pre-signed URLs MetaStudio hands out (HTTP PUT): a job's zip (`data_uploading_url`,
`training_data_uploading_url`: application/zip), a training sentence's audio (audio/wav) and text
(text/plain), an authorization letter.

Not API operations, so the generator knows nothing of them. A file is checked before any request is
sent (a path that is not a readable file, or for a zip not a zip, fails at once), then streamed from
disk in chunks with its Content-Length, never read whole into memory. Each goes through common.calls
like every API call
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
ZIP_TYPE, WAV_TYPE, TEXT_TYPE = "application/zip", "audio/wav", "text/plain"  # what the pages say each URL takes


def _upload(name: str, url: str) -> Operation:
    return Operation(name, "PUT", f"{{{url}}}", idempotent=True, statuses=(200, 201, 204))


UPLOAD = _upload("UploadShortJobData", "data_uploading_url")
UPLOAD_TRAINING_DATA = _upload("UploadTrainingJobData", "training_data_uploading_url")
UPLOAD_SENTENCE = _upload("UploadTrainingSentence", "segment_uploading_url")
UPLOAD_LETTER = _upload("UploadAuthorizationLetter", "authorization_letter_uploading_url")
# connect(rate_limits={"UploadShortJobData": ...}) may pace them too
known_operations.update(upload.name for upload in (UPLOAD, UPLOAD_TRAINING_DATA, UPLOAD_SENTENCE, UPLOAD_LETTER))
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


def checked_file(path: str | Path) -> tuple[Path, int]:
    """The path and size of a readable file, or InvalidUpload saying what is wrong with it."""
    file = Path(path)
    try:
        with file.open("rb"):
            pass
    except (FileNotFoundError, IsADirectoryError):
        raise InvalidUpload(f"{file}: no such file") from None
    except OSError as exc:
        raise InvalidUpload(f"{file}: cannot be read ({exc.strerror or exc})") from None
    return file, file.stat().st_size


def checked_url(url: object, name: str = "data_uploading_url") -> str:
    """The upload URL if it is an absolute http(s) URL; InvalidArgument naming the argument `name` otherwise
    (a relative one would be sent, signed, to the API)."""
    if isinstance(url, str):
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError):
            parsed = None
        if parsed is not None and parsed.scheme in ("http", "https") and parsed.host:
            return url
    raise InvalidArgument(name, "is not an absolute http(s) URL")


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


def _arguments(url: str, path: Path, size: int, content_type: str, chunks: Any) -> dict[str, Any]:
    headers = {"Content-Type": content_type, "Content-Length": str(size)}
    return {"method": "PUT", "url": url, "content": chunks(path), "headers": headers}


def _operation_url(operation: Operation) -> str:
    return operation.path.strip("{}")


def _put(client: Client, operation: Operation, url: str, checked: tuple[Path, int], content_type: str) -> None:
    file, size = checked
    target = checked_url(url, _operation_url(operation))
    send(client, operation, lambda: _arguments(target, file, size, content_type, _chunks), decode=decode_upload_error)


async def _aput(client: Client, operation: Operation, url: str, checked: tuple[Path, int], content_type: str) -> None:
    file, size = checked
    target = checked_url(url, _operation_url(operation))
    arguments = lambda: _arguments(target, file, size, content_type, _achunks)  # noqa: E731
    await asend(client, operation, arguments, decode=decode_upload_error)


def upload_file(client: Client, operation: Operation, url: str, path: str | Path, content_type: str) -> None:
    """PUT the file at `path` to the pre-signed `url` as `content_type`, streamed, through the client's call
    path (operation: one of the upload operations above); UploadFailed on an error answer."""
    _put(client, operation, url, checked_file(path), content_type)


async def aupload_file(client: Client, operation: Operation, url: str, path: str | Path, content_type: str) -> None:
    await _aput(client, operation, url, checked_file(path), content_type)


def upload_zip(client: Client, url: str, path: str | Path, operation: Operation = UPLOAD) -> None:
    _put(client, operation, url, checked_zip(path), ZIP_TYPE)  # checked_zip has opened it: no second check


async def aupload_zip(client: Client, url: str, path: str | Path, operation: Operation = UPLOAD) -> None:
    await _aput(client, operation, url, checked_zip(path), ZIP_TYPE)


def _text(url: str, text: str) -> dict[str, Any]:
    return {"method": "PUT", "url": url, "content": text.encode("utf-8"), "headers": {"Content-Type": TEXT_TYPE}}


def upload_text(client: Client, url: str, text: str) -> None:
    """PUT `text` (UTF-8) to a sentence's pre-signed text URL as text/plain."""
    target = checked_url(url, "txt_uploading_url")
    send(client, UPLOAD_SENTENCE, lambda: _text(target, text), decode=decode_upload_error)


async def aupload_text(client: Client, url: str, text: str) -> None:
    target = checked_url(url, "txt_uploading_url")
    await asend(client, UPLOAD_SENTENCE, lambda: _text(target, text), decode=decode_upload_error)
