"""A bounded closed-loop load generator for loopback servers: raw requests on kept-alive connections.

`connections` asyncio connections each send one request, read its whole response (headers, then
Content-Length bytes) and send the next, until `count` requests were sent or `seconds` have passed,
whichever comes first. The requests are prepared bytes (already signed), picked by weight with a
fixed seed, so the generator spends next to nothing per request and the server is what is measured.
Refuses any host outside 127.0.0.0/8.
"""

from __future__ import annotations

import asyncio
import ipaddress
import random
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .stats import percentile


@dataclass(frozen=True)
class LoadResult:
    requests: int
    seconds: float
    latencies: tuple[float, ...]  # seconds, one per completed request
    statuses: dict[int, int]
    generator_cpu_seconds: float

    def summary(self) -> dict[str, object]:
        ms = [latency * 1000 for latency in self.latencies]
        return {
            "requests": self.requests,
            "seconds": self.seconds,
            "rps": self.requests / self.seconds if self.seconds else 0.0,
            "p50_ms": percentile(ms, 0.50) if ms else None,
            "p99_ms": percentile(ms, 0.99) if ms else None,
            "max_ms": max(ms) if ms else None,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "generator_cpu_share": self.generator_cpu_seconds / self.seconds if self.seconds else 0.0,
        }


def _picks(requests: Sequence[tuple[float, bytes]], count: int, seed: int) -> Iterator[bytes]:
    chooser = random.Random(seed)
    weights = [weight for weight, _ in requests]
    for _ in range(count):
        yield chooser.choices(requests, weights)[0][1]


async def _connection(host: str, port: int, picks: Iterator[bytes], deadline: float,
                      latencies: list[float], statuses: Counter[int]) -> None:  # fmt: skip
    reader, writer = await asyncio.open_connection(host, port)
    try:
        for request in picks:
            if time.perf_counter() >= deadline:
                return
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length:
                await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            statuses[int(head[9:12])] += 1
    finally:
        writer.close()
        await writer.wait_closed()


async def _run(host: str, port: int, requests: Sequence[tuple[float, bytes]], count: int, seconds: float,
               connections: int, seed: int) -> LoadResult:  # fmt: skip
    if not ipaddress.ip_address(host).is_loopback:
        raise ValueError(f"the load generator only targets loopback addresses, not {host}")
    picks = _picks(requests, count, seed)
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    cpu, started = time.process_time(), time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(*(_connection(host, port, picks, deadline, latencies, statuses) for _ in range(connections)))
    elapsed = time.perf_counter() - started
    return LoadResult(len(latencies), elapsed, tuple(latencies), dict(statuses), time.process_time() - cpu)


def run(host: str, port: int, requests: Sequence[tuple[float, bytes]], *, count: int, seconds: float,
        connections: int, seed: int = 6) -> LoadResult:  # fmt: skip
    """Send at most `count` requests for at most `seconds` over `connections` connections."""
    return asyncio.run(_run(host, port, requests, count, seconds, connections, seed))
