"""How much `make bench` measures: the full run and the --quick one `make test` uses (tiny counts)."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Settings:
    rounds: int  # per-call: rounds; each client makes `calls` calls per round, clients take turns
    calls: int
    warmup: int  # per-call: calls before the first round (connections, caches, lazy imports)
    import_repeats: int  # fresh processes per package
    regen_full: int  # `make generate FORCE=1` runs (0: skipped)
    regen_noop: int  # no-op `make generate` runs
    load_count: int  # requests per load mix (the run stops at whichever of count and seconds comes first)
    load_seconds: float
    load_connections: int
    wait_after: tuple[float, ...]  # seconds after which the simulated job finishes
    real_wait_after: float  # the same against the fake in real time, to check the simulation
    pacing_media: int  # media of the AMS moderate() run against the fake's rate limit

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


FULL = Settings(
    rounds=40, calls=100, warmup=300, import_repeats=7, regen_full=3, regen_noop=7,
    load_count=4000, load_seconds=10.0, load_connections=8,
    wait_after=(2.0, 10.0, 60.0, 300.0), real_wait_after=2.0, pacing_media=1000,
)  # fmt: skip
QUICK = Settings(
    rounds=2, calls=5, warmup=3, import_repeats=1, regen_full=0, regen_noop=1,
    load_count=40, load_seconds=3.0, load_connections=2,
    wait_after=(2.0, 60.0), real_wait_after=1.0, pacing_media=30,
)  # fmt: skip
