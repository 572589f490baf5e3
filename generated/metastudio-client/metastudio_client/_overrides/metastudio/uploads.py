# Copied from overrides/metastudio/uploads.py by scripts/generate.py — edit that file, not this copy.
"""Upload of a short job's audio zip to the pre-signed `data_uploading_url` (HTTP PUT, application/zip).

Not an API operation, so the generator knows nothing of it. The zip is checked before any request is
sent (a path that is not a readable zip fails at once), then streamed from disk in chunks with its
Content-Length, never read whole into memory. The URL's query (a pre-signed signature) is kept out
of every error message.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx

from ..common import ApiError, ClientError

CHUNK_SIZE = 1 << 20
ZIP_HEADERS = {"Content-Type": "application/zip"}


class InvalidUpload(ClientError, ValueError):
    """The file to upload is missing, unreadable or not a zip archive."""


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


def _headers(size: int) -> dict[str, str]:
    return {**ZIP_HEADERS, "Content-Length": str(size)}


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
        error_msg=f"upload to {url.scheme}://{url.netloc.decode('ascii')}{url.path} failed",
        request_id=response.headers.get("X-Request-Id") or response.headers.get("x-obs-request-id"),
        response=response,
    )


def upload_zip(http: httpx.Client, url: str, path: str | Path) -> None:
    zip_path, size = checked_zip(path)
    _check(http.put(url, content=_chunks(zip_path), headers=_headers(size)))


async def aupload_zip(http: httpx.AsyncClient, url: str, path: str | Path) -> None:
    zip_path, size = checked_zip(path)
    _check(await http.put(url, content=_achunks(zip_path), headers=_headers(size)))
