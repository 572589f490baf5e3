"""The fake's stand-in for OBS pre-signed URLs, shared by the short-job and training-job uploads.

A real MetaStudio upload URL is an OBS pre-signed URL: its signature covers the method and the
Content-Type, so a PUT with another Content-Type is refused. The fake keeps a token in the query
instead of a signature, takes at most MAX_UPLOAD_BYTES, and answers errors in OBS's XML.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Collection
from typing import Protocol

from starlette.requests import Request
from starlette.responses import Response

from .errors import Conflict, TooLarge, UploadsFull

MAX_UPLOAD_BYTES = 64 << 20


class UploadRefused(Exception):
    """An upload the URL refuses, as the OBS error it answers with."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def response(self) -> Response:
        return obs_error(self.status, self.code, self.message)


def obs_error(status: int, code: str, message: str) -> Response:
    xml = f'<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code><Message>{message}</Message></Error>'
    return Response(xml, status_code=status, media_type="application/xml")


def check_token(given: str, expected: str) -> None:
    """PermissionError unless an upload URL's token is the one its job holds (compared in constant time)."""
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise PermissionError("the upload URL's token does not match")


def obs_endpoint(handle: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """`handle` answering its refusals as OBS does: UploadRefused as itself, an unknown job or file (LookupError)
    404 NoSuchKey, a wrong token 403 AccessDenied, Conflict 409, TooLarge and UploadsFull 400 EntityTooLarge."""

    async def endpoint(request: Request) -> Response:
        try:
            return await handle(request)
        except UploadRefused as exc:
            return exc.response()
        except LookupError:
            return UploadRefused(404, "NoSuchKey", "The specified key does not exist.").response()
        except PermissionError:
            return UploadRefused(403, "AccessDenied", "Access Denied").response()
        except Conflict as exc:
            return UploadRefused(409, "OperationConflict", str(exc)).response()
        except (TooLarge, UploadsFull) as exc:
            return UploadRefused(400, "EntityTooLarge", str(exc)).response()

    return endpoint


class Holder(Protocol):
    """What counts the bytes of uploads the fake holds in memory (MetaStudioState: MAX_HELD_BYTES in all)."""

    def hold(self, size: int) -> None: ...

    def release(self, size: int) -> None: ...


async def read_upload(request: Request, content_types: Collection[str], holder: Holder) -> bytes:
    """The body of a PUT to a pre-signed URL signed for `content_types` (empty: any); UploadRefused otherwise.
    Each chunk is counted in `holder` as it arrives (uploads in flight are memory too); a refused upload's
    count is released, and the caller owns the count of the bytes returned (release them unless kept)."""
    given = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_types and given not in content_types:
        raise UploadRefused(403, "SignatureDoesNotMatch", f"Content-Type must be {' or '.join(content_types)} "
                            "for this URL")  # fmt: skip
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            if size + len(chunk) > MAX_UPLOAD_BYTES:
                raise UploadRefused(400, "EntityTooLarge", f"at most {MAX_UPLOAD_BYTES} bytes")
            holder.hold(len(chunk))
            size += len(chunk)
            chunks.append(chunk)
    except UploadsFull as exc:
        holder.release(size)
        raise UploadRefused(400, "EntityTooLarge", str(exc)) from None
    except BaseException:
        holder.release(size)
        raise
    return b"".join(chunks)
