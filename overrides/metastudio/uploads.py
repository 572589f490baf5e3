"""Uploads to the pre-signed URLs MetaStudio hands out (HTTP PUT): a job's zip (`data_uploading_url`,
`training_data_uploading_url`: application/zip), a training sentence's audio (audio/wav) and text
(text/plain), an authorization letter.

Not API operations, so the generator knows nothing of them. A file is checked before any request is
sent (a path that is not a readable file, or for a zip not a zip, fails at once), then streamed from
disk in chunks with its Content-Length, never read whole into memory. The URL's query (a pre-signed
signature) is kept out of every error message.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx

from ..common import ApiError, ClientError

CHUNK_SIZE = 1 << 20
ZIP_TYPE, WAV_TYPE, TEXT_TYPE = "application/zip", "audio/wav", "text/plain"  # what the pages say each URL takes


class InvalidUpload(ClientError, ValueError):
    """The file to upload is missing, unreadable, or not the zip archive the URL takes."""


class UploadFailed(ApiError):
    """The upload URL answered with an error status."""


def checked_zip(path: str | Path) -> tuple[Path, int]:
    """The path and size of a readable zip archive, or InvalidUpload saying what is wrong with it."""
    import zipfile  # imported on first use, like anyio below: most imports of the package never upload

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


def _headers(size: int, content_type: str) -> dict[str, str]:
    return {"Content-Type": content_type, "Content-Length": str(size)}


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        while chunk := file.read(CHUNK_SIZE):
            yield chunk


async def _achunks(path: Path) -> AsyncIterator[bytes]:
    import anyio

    async with await anyio.open_file(path, "rb") as file:
        while chunk := await file.read(CHUNK_SIZE):
            yield chunk


def _check(response: httpx.Response) -> None:
    if response.is_success:
        return
    url = response.request.url
    raise UploadFailed(
        status_code=response.status_code,
        error_code=None,
        error_msg=f"upload to {url.scheme}://{url.host}{url.path} failed",
        request_id=response.headers.get("X-Request-Id") or response.headers.get("x-obs-request-id"),
        response=response,
    )


def upload_file(http: httpx.Client, url: str, path: str | Path, content_type: str) -> None:
    """PUT the file at `path` to `url` as `content_type`, streamed; UploadFailed on an error answer."""
    file, size = checked_file(path)
    _check(http.put(url, content=_chunks(file), headers=_headers(size, content_type)))


async def aupload_file(http: httpx.AsyncClient, url: str, path: str | Path, content_type: str) -> None:
    file, size = checked_file(path)
    _check(await http.put(url, content=_achunks(file), headers=_headers(size, content_type)))


def upload_zip(http: httpx.Client, url: str, path: str | Path) -> None:
    upload_file(http, url, checked_zip(path)[0], ZIP_TYPE)


async def aupload_zip(http: httpx.AsyncClient, url: str, path: str | Path) -> None:
    await aupload_file(http, url, checked_zip(path)[0], ZIP_TYPE)


def upload_text(http: httpx.Client, url: str, text: str) -> None:
    """PUT `text` (UTF-8) to `url` as text/plain."""
    _check(http.put(url, content=text.encode("utf-8"), headers={"Content-Type": TEXT_TYPE}))


async def aupload_text(http: httpx.AsyncClient, url: str, text: str) -> None:
    _check(await http.put(url, content=text.encode("utf-8"), headers={"Content-Type": TEXT_TYPE}))
