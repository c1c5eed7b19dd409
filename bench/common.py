"""Shared helpers for the benchmarks: timing and running ems in process."""
from __future__ import annotations

import io
import time
import tracemalloc
from typing import Callable


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The best wall time of `repeat` runs, in seconds (the least disturbed run)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def peak_memory(fn: Callable[[], object]) -> int:
    """Peak bytes allocated by Python while fn runs."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


class EmsRunner:
    """One non-interactive session, built before timing starts, that runs scripts."""

    def __init__(self) -> None:
        from ems.host.session import Session

        self.out, self.err = io.StringIO(), io.StringIO()
        self.session = Session.create(stdout=self.out, stderr=self.err, interactive=False)

    def run(self, script: str) -> str:
        self.out.seek(0)
        self.out.truncate()
        code = self.session.run_command(script)
        if code != 0 or self.err.getvalue():
            raise RuntimeError(f"benchmark script failed ({code}): {self.err.getvalue()}")
        return self.out.getvalue()


def run_ems(script: str) -> str:
    """Runs a script in a fresh session; returns stdout (raises on errors)."""
    return EmsRunner().run(script)


def report(rows: list[tuple[str, float, float]]) -> str:
    lines = [f"{'benchmark':<48} {'ems (s)':>9} {'python (s)':>11} {'ratio':>8}"]
    for name, ems_t, py_t in rows:
        lines.append(f"{name:<48} {ems_t:>9.3f} {py_t:>11.4f} {ems_t / py_t:>7.1f}x")
    return "\n".join(lines)
