"""Where our per-call time goes: cProfile of our client's call against the loopback server.

`make bench-profile` (or `python -m bench profile [--api NAME ...] [--calls N] [--asyncio]`; every API by
default) prints, per API, the share of the profiled time spent in each area (grouped by the file the
time was spent in) and the top functions by own time. cProfile inflates many small calls, so read
shares, not absolute times.
"""

from __future__ import annotations

import asyncio
import cProfile
import io
import pstats
import sys
from collections import defaultdict
from collections.abc import Sequence

from .apis import get
from .apis.case import PAYLOADS
from .processes import Child

AREAS = (  # (substring of the file path, area); first match wins
    ("_overrides/huawei/signing", "our AK/SK signing (overrides/huawei/signing.py)"),
    ("_overrides/tencent/signing", "our TC3 signing + pseudo-path rewrite (overrides/tencent/signing.py)"),
    ("_overrides/common/compat", "our forward-compat parsing patch (overrides/common/compat.py)"),
    ("_overrides/common/responses", "our response/error handling (overrides/common/responses.py)"),
    ("_overrides/huawei/errors", "our error decoding (overrides/huawei/errors.py)"),
    ("_overrides/tencent/errors", "our error-envelope decoding (overrides/tencent/errors.py)"),
    ("_overrides/tencent/envelope", "our envelope unwrapping (overrides/tencent/envelope.py)"),
    ("_overrides", "our other overrides"),
    ("_client/models", "generated models (from_dict)"),
    ("/models/", "generated models (from_dict)"),
    ("/api/", "generated endpoint functions"),
    ("httpx/_auth", "httpx auth flow"),
    ("httpx/_urls", "httpx URLs"),
    ("httpx/_models", "httpx request/response objects"),
    ("httpx/", "httpx client"),
    ("httpcore/", "httpcore connection pool"),
    ("h11/", "h11 HTTP/1.1 parsing"),
    ("anyio/", "anyio"),
    ("asyncio/", "asyncio event loop"),
    ("json/", "json"),
    ("hmac", "hmac/hashlib"),
    ("hashlib", "hmac/hashlib"),
    ("urllib/parse", "urllib.parse"),
    ("datetime", "datetime"),
    ("attr", "attrs"),
    ("~", "builtins (socket I/O, str/bytes methods, ...)"),
)


def _area(filename: str) -> str:
    for needle, area in AREAS:
        if needle in filename:
            return area
    return "other (stdlib, typing, ...)"


def _report(profile: cProfile.Profile, calls: int, top: int) -> str:
    stats = pstats.Stats(profile)
    by_area: dict[str, float] = defaultdict(float)
    raw_stats: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    for (filename, _, _), (_, _, own, _, _) in raw_stats.items():
        by_area[_area(filename)] += own
    total = sum(by_area.values())
    lines = [f"{calls} calls, {total / calls * 1e6:.0f} µs/call under the profiler; own time by area:"]
    for area, seconds in sorted(by_area.items(), key=lambda item: -item[1]):
        lines.append(f"  {seconds / total:6.1%}  {area}")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    lines.append(out.getvalue().split("\n", 6)[-1] if out.getvalue() else "")
    return "\n".join(lines)


def main(apis: Sequence[str], calls: int, use_asyncio: bool, top: int = 25) -> int:
    for api in apis:
        profile_one(api, calls, use_asyncio, top)
    return 0


def profile_one(api: str, calls: int, use_asyncio: bool, top: int) -> None:
    case = get(api)
    with Child("loopback server", [sys.executable, "-m", "bench.loopback", str(PAYLOADS / case.payload)]) as server:
        url = f"http://127.0.0.1:{server.reply(timeout=30)['port']}"
        profiler = cProfile.Profile()
        if use_asyncio:
            acall = case.ours_async(url)

            async def batch(count: int, profiled: bool) -> None:
                for _ in range(count):
                    await acall()
                if profiled:
                    profiler.disable()

            loop = asyncio.new_event_loop()
            loop.run_until_complete(batch(200, False))
            profiler.enable()
            loop.run_until_complete(batch(calls, True))
            loop.close()
        else:
            call = case.ours_sync(url)
            for _ in range(200):
                call()
            profiler.enable()
            for _ in range(calls):
                call()
            profiler.disable()
    print(f"[{api}] {case.operation}, ours {'asyncio' if use_asyncio else 'sync'}")
    print(_report(profiler, calls, top) + "\n")
