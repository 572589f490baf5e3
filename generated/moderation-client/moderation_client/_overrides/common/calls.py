# Copied from overrides/common/calls.py by scripts/generate.py — edit that file, not this copy.
"""Every request of every generated function goes through here: rate limit, send, decode, retry, log.

The generated endpoint functions send with ``client.get_httpx_client().request(**kwargs)``: no retry,
no pacing, httpx's own exceptions, no log. scripts/generate.py routes that line of every endpoint
module to `send(client, OPERATION, kwargs)` (asyncio: `asend`), OPERATION being the module's
`Operation`, written from the spec. So every facade method, every generated function and every
operation a spec adds later behaves the same. Each attempt:

1. waits for a slot of the operation's rate limit (common.ratelimit; the client's RateLimiter);
2. builds a fresh request (signed anew by the client's auth; arguments that cannot be encoded raise
   InvalidArgument naming the parameter), sends it with the client's timeout and reads the answer as a
   stream, decoded, up to MAX_ANSWER_BYTES (beyond: ResponseTooLarge, so a gzip bomb cannot fill the
   memory);
3. shows the answer to the vendor's error decoder; an httpx exception becomes ConnectFailed,
   TimedOut, ConnectionLost (or InvalidArgument / ResponseParseError / TransportError), httpx's as
   the `__cause__`, its request redacted (common.redaction);
4. logs one DEBUG line under the package's logger: method, path (never the query), status, request
   id, elapsed ms, attempt;
and the client's RetryPolicy (common.retries) decides whether to go again. The error finally raised
says how many attempts were made (`attempts`), which operation failed, and whether it may have been
carried out anyway (`outcome_unknown`). The returned response is a success: the generated
`_build_response` only has to parse it (common.responses).
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import pkgutil
import time
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import Any, NamedTuple

import httpx

from ...client import AuthenticatedClient, Client
from .arguments import Bound, check_bounds, check_headers, unsendable
from .errors import (
    ApiError,
    ClientClosed,
    ClientError,
    ConnectFailed,
    ConnectionLost,
    InvalidArgument,
    ResponseParseError,
    ResponseTooLarge,
    TimedOut,
    TransportError,
    UnexpectedResponse,
)
from .ratelimit import RateLimiter, Slot
from .redaction import describe, redact, redact_response
from .retries import RetryPolicy

logger = logging.getLogger(__name__.split(".")[0])

ErrorDecoder = Callable[[httpx.Response], ApiError | None]  # every answer, 2xx included → its error or None
RequestIdReader = Callable[[httpx.Response], str | None]
AnyClient = Client | AuthenticatedClient


class Operation(NamedTuple):
    """One operation of the spec, as scripts/generate.py writes it into its endpoint module.

    name:                the operationId (for Tencent APIs the action), e.g. "ShowShortJob"
    method, path:        as in the spec (path with its {parameters})
    idempotent:          may be sent again after a timeout or 5xx (GET/HEAD/OPTIONS, or `x-idempotent`)
    statuses:            the documented HTTP statuses; any other is an UnexpectedResponse
    requests_per_second: the documented rate limit (`x-requests-per-second`), None if none
    bounds:              the documented minimum/maximum of numbers in the request (common.arguments.Bound)
    """

    name: str
    method: str
    path: str
    idempotent: bool
    statuses: tuple[int, ...]
    requests_per_second: float | None = None
    bounds: tuple[Bound, ...] = ()


class Vendor(NamedTuple):
    """What the vendor layer tells the calls: how to read an error from an answer, and its request id."""

    decode_error: ErrorDecoder
    request_id: RequestIdReader


class CallSettings(NamedTuple):
    """How a client's calls behave: retries, rate limits and (for copies) a timeout of their own."""

    retry: RetryPolicy
    rate_limiter: RateLimiter | None
    timeout: httpx.Timeout | Any | None  # httpx.USE_CLIENT_DEFAULT: the httpx client's


DEFAULT_RETRY = RetryPolicy()
MAX_ANSWER_BYTES = 64 << 20  # an answer's body, decoded: far above any documented one (AMS's longest lists)
RAW_PIECE = 16 << 10  # bytes of a compressed answer decoded at a time
_vendor: Vendor | None = None
_settings_of_plain_clients: dict[int, CallSettings] = {}  # by id(): attrs clients compare by value, unhashable


known_operations: set[str] = set()  # every operation's name: what connect(rate_limits=...) may name


def install(vendor: Vendor, api: ModuleType) -> None:
    """Decode errors with `vendor`'s decoder; know the operations of the package's `api`."""
    global _vendor
    _vendor = vendor
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        operation = getattr(importlib.import_module(info.name), "OPERATION", None)
        if isinstance(operation, Operation):
            known_operations.add(operation.name)


def settings_of(client: AnyClient) -> CallSettings:
    """The client's settings: its own (an ApiClient, see common.session), or for a plain generated
    Client the defaults with a rate limiter of its own."""
    own = getattr(client, "call_settings", None)
    if own is not None:
        return own  # type: ignore[no-any-return]
    found = _settings_of_plain_clients.get(id(client))
    if found is None:
        found = CallSettings(DEFAULT_RETRY, RateLimiter(), httpx.USE_CLIENT_DEFAULT)
        _settings_of_plain_clients[id(client)] = found
        weakref.finalize(client, _settings_of_plain_clients.pop, id(client), None)
    return found


def transport_error(exc: Exception, operation: Operation | None, request: httpx.Request) -> ClientError:
    """The typed error of an httpx exception (its request redacted), or TransportError for any other a
    transport or auth raised while sending `request`."""
    if isinstance(exc, httpx.RequestError):
        with contextlib.suppress(RuntimeError):  # raised without a request
            exc.request = redact(exc.request)
    line = describe(request)
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    error: ClientError
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.ProxyError):
        error = ConnectFailed(f"no connection, nothing sent ({text})", request=line)
    elif isinstance(exc, httpx.TimeoutException):
        error = TimedOut(f"no answer in time ({text})", request=line)
    elif isinstance(exc, httpx.NetworkError | httpx.RemoteProtocolError):
        error = ConnectionLost(f"the connection broke ({text})", request=line)
    elif isinstance(exc, httpx.LocalProtocolError | httpx.UnsupportedProtocol):
        error = InvalidArgument(
            "base_url" if isinstance(exc, httpx.UnsupportedProtocol) else "request", f"cannot be sent ({text})"
        )
    elif isinstance(exc, httpx.DecodingError):
        error = ResponseParseError(f"{line}: the answer could not be decoded ({text})")
    else:
        error = TransportError(text, request=line)
    error.operation = operation.name if operation else None
    return error


RequestArguments = dict[str, Any] | Callable[[], dict[str, Any]]  # httpx request() keywords, or made per attempt


class _Attempts:
    """One call's attempts: the counter the final error reports, and the per-attempt work."""

    __slots__ = ("arguments", "count", "decode", "operation", "settings")

    def __init__(self, client: AnyClient, operation: Operation, arguments: RequestArguments,
                 decode: ErrorDecoder | None) -> None:  # fmt: skip
        assert _vendor is not None, "the vendor layer did not install its error decoder"
        self.operation = operation
        self.arguments = arguments
        self.decode = decode or _vendor.decode_error
        self.settings = settings_of(client)
        self.count = 0

    def build(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        if http.is_closed:  # httpx would raise a bare RuntimeError
            raise ClientClosed(f"{self.operation.name}: the client was closed; connect() a new one")
        self.count += 1
        kwargs = self.arguments() if callable(self.arguments) else self.arguments
        check_headers(kwargs.get("headers"))
        check_bounds(self.operation.bounds, kwargs)
        try:
            return http.build_request(**kwargs, timeout=self.settings.timeout)
        except (UnicodeError, ValueError, TypeError, httpx.InvalidURL) as exc:
            raise unsendable(kwargs, exc) from exc

    def outcome(self, request: httpx.Request, response: httpx.Response | None, exc: Exception | None,
                started: float) -> httpx.Response:  # fmt: skip
        """The response if it is a success; else the typed error to raise (logged either way)."""
        error: ClientError | None
        if response is None:
            assert exc is not None
            if isinstance(exc, httpx.LocalProtocolError):
                error = unsendable({"headers": dict(request.headers)}, exc)
            elif isinstance(exc, UnicodeError):  # e.g. an auth's header: its text (.object) may be a secret
                error = TransportError(f"{type(exc).__name__}: text that could not be encoded while sending (not kept: "
                                       "it may be a credential)", request=describe(request))  # fmt: skip
                error.operation = self.operation.name
                exc = None
            else:
                error = transport_error(exc, self.operation, request)
        else:
            error = self.decode(response)
            if error is None and response.status_code not in self.operation.statuses:
                error = UnexpectedResponse(
                    status_code=response.status_code, error_code=None, request_id=_request_id(response),
                    error_msg=f"{self.operation.name}: HTTP {response.status_code} is not a documented answer",
                    response=response,
                )  # fmt: skip
        if logger.isEnabledFor(logging.DEBUG):
            self._log(request, response, error, started)
        if error is None:
            assert response is not None
            return response
        if isinstance(error, ApiError):
            redact_response(error.response)
        error.operation = self.operation.name
        raise error from exc

    def _log(self, request: httpx.Request, response: httpx.Response | None, error: ClientError | None,
             started: float) -> None:  # fmt: skip
        status = str(response.status_code) if response is not None else type(error).__name__
        request_id = _request_id(response) if response is not None else None
        logger.debug(
            "%s %s %s -> %s (request id %s, %.1f ms, attempt %d)",
            self.operation.name, request.method, request.url.path, status, request_id or "-",
            (time.perf_counter() - started) * 1000, self.count,
        )  # fmt: skip

    def finish(self, error: ClientError) -> ClientError:
        """The error a call finally raises: attempts counted; may a non-idempotent operation have happened?"""
        error.attempts = self.count
        error.operation = self.operation.name
        if not self.operation.idempotent and error.transient and not error.retry_safe:
            error.outcome_unknown = True
        return error


def _too_large(response: httpx.Response) -> ResponseTooLarge:
    return ResponseTooLarge(f"{describe(response.request)}: the answer is larger than {MAX_ANSWER_BYTES:,} bytes "
                            "(decoded); not read further", limit=MAX_ANSWER_BYTES)  # fmt: skip


class _Pieces(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An answer's raw stream in pieces of at most RAW_PIECE bytes: httpx decodes each raw chunk it gets
    in one go, so a transport handing over a whole compressed body (an in-process one does) would have
    a gzip bomb decoded whole before any limit could be checked. A piece decodes to ~1,000x its size at
    the most (deflate's limit)."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    @staticmethod
    def _cut(chunk: bytes) -> Iterator[bytes]:
        if len(chunk) <= RAW_PIECE:
            yield chunk
        else:
            view = memoryview(chunk)
            for start in range(0, len(chunk), RAW_PIECE):
                yield bytes(view[start : start + RAW_PIECE])

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.stream:
            yield from self._cut(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.stream:
            for piece in self._cut(chunk):
                yield piece

    def close(self) -> None:
        self.stream.close()

    async def aclose(self) -> None:
        await self.stream.aclose()


def read_capped(response: httpx.Response) -> None:
    """Read a streamed answer, decoded, into `response.content`; ResponseTooLarge (the connection closed)
    once it passes MAX_ANSWER_BYTES, so a compressed bomb never fills the memory (at most the limit and
    one decoded piece of _Pieces are held)."""
    if "content-encoding" in response.headers:  # only a compressed body decodes to more than it weighs
        response.stream = _Pieces(response.stream)
    chunks, size = [], 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                raise _too_large(response)
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)  # what httpx's own read() sets


async def aread_capped(response: httpx.Response) -> None:
    """Asyncio twin of `read_capped`."""
    if "content-encoding" in response.headers:
        response.stream = _Pieces(response.stream)
    chunks, size = [], 0
    try:
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                raise _too_large(response)
            chunks.append(chunk)
    finally:
        await response.aclose()
    response._content = b"".join(chunks)


def _request_id(response: httpx.Response) -> str | None:
    return _vendor.request_id(response) if _vendor is not None else None


def _release(slot: Slot | None) -> None:
    if slot is not None:
        slot.release()


def send(
    client: AnyClient, operation: Operation, arguments: RequestArguments, *, decode: ErrorDecoder | None = None
) -> httpx.Response:
    """Send the request `arguments` describe for `operation` as the client's settings say (a callable is
    called for each attempt, e.g. to reopen a file); the successful response. `decode` replaces the
    vendor's error decoder (an upload URL answers in its own way)."""
    attempts = _Attempts(client, operation, arguments, decode)
    settings = attempts.settings
    http = client.get_httpx_client()

    def attempt(_: Operation) -> httpx.Response:
        request = attempts.build(http)
        slot = settings.rate_limiter.acquire(operation) if settings.rate_limiter is not None else None
        started = time.perf_counter()
        failure: Exception | None = None
        try:
            response = http.send(request, stream=True)
            read_capped(response)
        except ClientError:
            raise
        except Exception as exc:  # httpx's, or a custom transport's or auth's own: typed by outcome()
            failure = exc  # typed outside this block, so the error raised does not chain it implicitly
        finally:  # also when cancelled: a slot held for ever would stop the action
            _release(slot)
        if failure is not None:
            return attempts.outcome(request, None, failure, started)
        return attempts.outcome(request, response, None, started)

    try:
        return settings.retry.run(attempt, operation, operation.idempotent)
    except ClientError as error:
        raise attempts.finish(error) from error.__cause__


async def asend(
    client: AnyClient, operation: Operation, arguments: RequestArguments, *, decode: ErrorDecoder | None = None
) -> httpx.Response:
    """Asyncio twin of `send`."""
    attempts = _Attempts(client, operation, arguments, decode)
    settings = attempts.settings
    http = client.get_async_httpx_client()

    async def attempt(_: Operation) -> httpx.Response:
        request = attempts.build(http)
        slot = await settings.rate_limiter.aacquire(operation) if settings.rate_limiter is not None else None
        started = time.perf_counter()
        failure: Exception | None = None
        try:
            response = await http.send(request, stream=True)
            await aread_capped(response)
        except ClientError:
            raise
        except Exception as exc:  # httpx's, or a custom transport's or auth's own: typed by outcome()
            failure = exc  # typed outside this block, so the error raised does not chain it implicitly
        finally:  # also when cancelled: a slot held for ever would stop the action
            _release(slot)
        if failure is not None:
            return attempts.outcome(request, None, failure, started)
        return attempts.outcome(request, response, None, started)

    try:
        return await settings.retry.arun(attempt, operation, operation.idempotent)
    except ClientError as error:
        raise attempts.finish(error) from error.__cause__
