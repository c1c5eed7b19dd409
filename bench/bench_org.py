"""Scale of the Exchange cmdlets on a large generated organization.

    python -m bench.bench_org                 # 10k, 25k, 50k, 100k mailboxes
    python -m bench.bench_org 100000          # one size
    python -m bench.bench_org --profile 100000  # cProfile of the Get-Mailbox pipeline
    python -m bench.bench_org --proposed ...     # with the Group-Object index proposed in the report
    python -m bench.bench_org --repeat=1 10000   # fewer timing runs

On a generated 16-member DAG with 200 databases (3 copies each) and N mailboxes
(``ems.model.generate.generate_org``), it measures, in one session built before timing:

1. ``Get-Mailbox -ResultSize Unlimited | Group-Object Database`` (output rendered to a string,
   as the console would show it);
2. ``Get-MailboxDatabaseCopyStatus *`` (600 copy status entries, rendered).

For each: the best wall time of a few runs and the peak memory Python allocates while it runs
(tracemalloc, measured in a separate run because tracing slows Python down). The model's own
size (resident memory added by generating it) and the process's maximum resident size (each size
runs in a fresh process) are reported too. Target: linear growth, under 2 s and
400 MB at 100,000 mailboxes. No assertion on times: this is a report, not a test.
"""
from __future__ import annotations

import gc
import io
import sys
import time
import tracemalloc
from typing import Any

GROUP = "Get-Mailbox -ResultSize Unlimited | Group-Object Database"
COPIES = "Get-MailboxDatabaseCopyStatus *"
SIZES = (10_000, 25_000, 50_000, 100_000)


class OrgRunner:
    """A non-interactive session over a given organization."""

    def __init__(self, org: Any) -> None:
        import ems.model.labs  # noqa: F401  (extension loaders, as the real session imports them)
        import ems.model.transport  # noqa: F401
        from cmdlets import all_cmdlets
        from ems.host.session import StreamHost
        from ems.runtime.engine import Engine

        self.out, self.err = io.StringIO(), io.StringIO()
        host = StreamHost(self.out, self.err, width=120, interactive=False)
        self.engine = Engine(host, model=org, cmdlets=all_cmdlets())
        self.host = host

    def run(self, script: str) -> str:
        self.out.seek(0)
        self.out.truncate()
        code = self.engine.run_script(script, path=None, as_file=False)
        self.host.end_output()
        if code != 0 or self.err.getvalue():
            raise RuntimeError(f"benchmark script failed ({code}): {self.err.getvalue()}")
        return self.out.getvalue()


# ---------------------------------------------------------------- proposed Group-Object index
# Group-Object (cmdlets/core/object.py, not this module's) compares each input object's key with
# every existing group (compare_values: an exception and three to_string calls per comparison when
# the values are ADObjectIds), so `Get-Mailbox | Group-Object Database` costs N x groups
# comparisons: ~16 s for 10,000 mailboxes in 200 databases. The fix proposed in the report keeps
# an index from a normalized key to its group, consulted before the linear scan; only the first
# object of each distinct value pays the scan, so grouping is linear in N. `--proposed` applies it
# here (in this process only) to measure what it would give.

def _norm_key(value: Any, case_sensitive: bool) -> Any:
    from ems.runtime.psobject import base_object
    v = base_object(value)
    if v is None or isinstance(v, (bool, int, float)):
        return (type(v), v)
    if isinstance(v, str):
        return (str, v if case_sensitive else v.lower())
    to_text = getattr(v, "ps_to_string", None)
    if to_text is not None:  # model values: equal exactly when their text is (compare falls back to it)
        t = to_text()
        return (type(v), t if case_sensitive else t.lower())
    try:
        hash(v)
    except TypeError:
        return None
    return (type(v), v)


def _same_kind(a: tuple, b: tuple) -> bool:
    """Two signatures of the same types: their normalized values decide equality alone."""
    return len(a) == len(b) and all(x is not None and y is not None and x[0] is y[0] and x[0] is not float
                                    for x, y in zip(a, b))


def _proposed_group_process(self: Any) -> None:
    obj = self.InputObject
    keys = self._keys(obj)
    cs = bool(self.CaseSensitive)
    index = self.__dict__.setdefault("_index", {})
    sigs = self.__dict__.setdefault("_sigs", {})
    sig = tuple(_norm_key(k, cs) for k in keys)
    if None not in sig:
        group = index.get(sig)
        if group is not None:
            group.Group.append(obj)
            return
    from cmdlets.core.object import GroupInfo, compare_values, to_str
    for existing, group in self._groups:
        other = sigs.get(id(group))
        if other is not None and None not in sig and _same_kind(sig, other):
            continue  # same types, different normalized values: not equal
        if len(existing) == len(keys) and all(
                compare_values(a, b, cs) == 0 if (a is not None and b is not None)
                else (a is None and b is None) for a, b in zip(existing, keys)):
            group.Group.append(obj)
            if None not in sig:
                index[sig] = group
            return
    name = ", ".join("" if k is None else to_str(k) for k in keys)
    group = GroupInfo(name, list(keys))
    group.Group.append(obj)
    self._groups.append((keys, group))
    if None not in sig:
        index[sig] = group
        sigs[id(group)] = sig


def apply_proposed_group_index() -> None:
    from cmdlets.core.object import GroupObject
    GroupObject.process = _proposed_group_process


def _rss_bytes() -> int:
    """The process's resident set size now (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            import os
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _generate(n: int) -> tuple[Any, float, int]:
    """The organization, the time to generate it, and how much the resident size grew (the
    model's memory; tracemalloc is not used here because it slows generation several times)."""
    from ems.model.generate import generate_org
    gc.collect()
    before = _rss_bytes()
    t0 = time.perf_counter()
    org = generate_org(members=16, databases=200, mailboxes=n, copies=3)
    elapsed = time.perf_counter() - t0
    return org, elapsed, _rss_bytes() - before


def _time(runner: OrgRunner, script: str, repeat: int = 3) -> tuple[float, str]:
    best, out = float("inf"), ""
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        out = runner.run(script)
        best = min(best, time.perf_counter() - t0)
    return best, out


def _peak(runner: OrgRunner, script: str) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        runner.run(script)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def measure(n: int, repeat: int = 3) -> dict[str, Any]:
    org, gen_s, model_bytes = _generate(n)
    runner = OrgRunner(org)
    runner.run("Get-MailboxDatabaseCopyStatus DB001")  # warm-up: imports, first views
    g_t, g_out = _time(runner, GROUP, repeat)
    c_t, c_out = _time(runner, COPIES, repeat)
    assert g_out.count("{user") == 200, "Group-Object should show 200 groups"
    g_m = _peak(runner, GROUP)
    c_m = _peak(runner, COPIES)
    return {"mailboxes": n, "generate_s": gen_s, "model_mb": model_bytes / 2**20,
            "group_s": g_t, "group_peak_mb": g_m / 2**20, "copies_s": c_t, "copies_peak_mb": c_m / 2**20}


def report(rows: list[dict[str, Any]]) -> str:
    head = (f"{'mailboxes':>9} {'generate s':>10} {'model MB':>9} {'Get-Mailbox|Group s':>20} {'peak MB':>8} "
            f"{'CopyStatus * s':>15} {'peak MB':>8}")
    lines = [head]
    for r in rows:
        lines.append(f"{r['mailboxes']:>9,} {r['generate_s']:>10.2f} {r['model_mb']:>9.1f} {r['group_s']:>20.3f} "
                     f"{r['group_peak_mb']:>8.1f} {r['copies_s']:>15.3f} {r['copies_peak_mb']:>8.1f}")
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        k = b["mailboxes"] / a["mailboxes"]
        lines.append(f"growth x{k:g} mailboxes: Get-Mailbox|Group time x{b['group_s'] / a['group_s']:.1f}, "
                     f"peak x{b['group_peak_mb'] / max(a['group_peak_mb'], 1e-9):.1f}; "
                     f"CopyStatus time x{b['copies_s'] / a['copies_s']:.1f}")
    return "\n".join(lines)


def profile(n: int, proposed: bool = False) -> None:
    import cProfile
    import pstats
    org, _, _ = _generate(n)
    runner = OrgRunner(org)
    runner.run("Get-MailboxDatabaseCopyStatus DB001")
    prof = cProfile.Profile()
    prof.enable()
    runner.run(GROUP)
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)


def _one(n: int, repeat: int) -> dict[str, Any]:
    row = measure(n, repeat)
    import resource
    row["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return row


def main(argv: list[str]) -> None:
    import json
    import subprocess
    proposed = "--proposed" in argv
    argv = [a for a in argv if a != "--proposed"]
    if proposed:
        apply_proposed_group_index()
    if argv and argv[0] == "--profile":
        profile(int(argv[1]) if len(argv) > 1 else 100_000, proposed)
        return
    repeat = 3
    if argv and argv[0].startswith("--repeat="):
        repeat = int(argv.pop(0).split("=", 1)[1])
    if argv and argv[0] == "--one":  # one size in this process (a fresh process per size: honest max RSS)
        print(json.dumps(_one(int(argv[1]), repeat)))
        return
    sizes = [int(a) for a in argv] or list(SIZES)
    rows = []
    print(("with the proposed Group-Object index\n" if proposed else "") + report([]).splitlines()[0]
          + f" {'max RSS MB':>10}", flush=True)
    for n in sizes:
        cmd = [sys.executable, "-m", "bench.bench_org", f"--repeat={repeat}", "--one", str(n)]
        if proposed:
            cmd.insert(3, "--proposed")
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        row = json.loads(out.strip().splitlines()[-1])
        rows.append(row)
        print(report([row]).splitlines()[1] + f" {row['maxrss_mb']:>10.0f}", flush=True)
    if len(rows) > 1:
        print(report(rows).splitlines()[-1])


if __name__ == "__main__":
    main(sys.argv[1:])
