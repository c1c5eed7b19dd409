"""Start-up time of ems, reported as ratios to a bare `python -c pass`.

    python bench/bench_startup.py [--runs N] [--json] [--cache]

Measures, each as the median of N runs:

* ``python -c pass`` — the floor every Python program pays;
* ``python -m ems -NoProfile -Command 1`` — a one-shot command (target: within 5x the floor);
* the interactive shell's first prompt: ``python -m ems -NoProfile -NoLogo`` in a
  pseudo-terminal (pexpect), from spawn until ``[PS] ... >`` is on the screen (target: under
  0.5 s), then `exit`.

It also checks that the one-shot path does not import prompt_toolkit.

Numbers depend on the machine and on whether Python may write bytecode caches
(PYTHONDONTWRITEBYTECODE makes every run compile the project's modules from source); the
script reports that setting with the results. No assertion is made on times: tests never
depend on the speed of the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROMPT_RE = r"\[PS\] [^\r\n]*>"


_CACHE_DIR: str | None = None  # set by --cache: a private PYTHONPYCACHEPREFIX


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if _CACHE_DIR is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = _CACHE_DIR
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("TERM", "xterm")
    env["COLUMNS"] = "120"
    env["LINES"] = "40"
    env["PROMPT_TOOLKIT_NO_CPR"] = "1"
    return env


def time_command(argv: list[str], runs: int) -> list[float]:
    env = _env()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(argv, env=env, cwd=str(ROOT), stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t)
    return times


def time_first_prompt(runs: int, home: str) -> tuple[list[float], list[float]]:
    """(seconds to the first prompt, seconds to the output of a first command typed at once).

    The session (command library, organization) finishes loading in the background once the
    prompt is shown, so the second number is the honest "ready to work" time."""
    import pexpect

    env = _env()
    env["HOME"] = home
    prompt_times = []
    ready_times = []
    for _ in range(runs):
        t = time.perf_counter()
        child = pexpect.spawn(sys.executable, ["-m", "ems", "-NoProfile", "-NoLogo"], env=env,
                              cwd=str(ROOT), encoding="utf-8", timeout=30, dimensions=(40, 120))
        try:
            child.expect(PROMPT_RE)
            prompt_times.append(time.perf_counter() - t)
            child.send("6*7\r")
            child.expect_exact("42")
            ready_times.append(time.perf_counter() - t)
            child.send("exit\r")
            child.expect(pexpect.EOF)
        finally:
            child.close(force=True)
    return prompt_times, ready_times


def one_shot_imports_prompt_toolkit() -> bool:
    code = ("import sys, io\n"
            "from ems.host.cli import main\n"
            "main(['-NoProfile', '-Command', '1'], stdin=io.StringIO(''), stdout=io.StringIO(), "
            "stderr=io.StringIO())\n"
            "print('prompt_toolkit' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], env=_env(), cwd=str(ROOT),
                         capture_output=True, text=True, check=False)
    return out.stdout.strip().endswith("True")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--cache", action="store_true",
                    help="let Python keep bytecode caches (in a temporary PYTHONPYCACHEPREFIX, warmed "
                         "up first) even when PYTHONDONTWRITEBYTECODE is set, as an installed ems would")
    args = ap.parse_args()
    import tempfile

    global _CACHE_DIR
    cache_tmp = None
    if args.cache:
        cache_tmp = tempfile.TemporaryDirectory(prefix="ems-pycache-")
        _CACHE_DIR = cache_tmp.name
        time_command([sys.executable, "-m", "ems", "-NoProfile", "-Command", "1"], 1)  # warm up
        with tempfile.TemporaryDirectory() as home:
            time_first_prompt(1, home)

    floor = statistics.median(time_command([sys.executable, "-c", "pass"], args.runs))
    one_shot = statistics.median(time_command([sys.executable, "-m", "ems", "-NoProfile", "-Command", "1"],
                                              args.runs))
    with tempfile.TemporaryDirectory() as home:
        prompts, readies = time_first_prompt(args.runs, home)
    prompt = statistics.median(prompts)
    ready = statistics.median(readies)
    result = {
        "python_c_pass_s": round(floor, 4),
        "one_shot_s": round(one_shot, 4),
        "one_shot_ratio": round(one_shot / floor, 2),
        "first_prompt_s": round(prompt, 4),
        "first_prompt_ratio": round(prompt / floor, 2),
        "first_command_output_s": round(ready, 4),
        "first_command_output_ratio": round(ready / floor, 2),
        "one_shot_imports_prompt_toolkit": one_shot_imports_prompt_toolkit(),
        "bytecode_cache": bool(args.cache) or not (os.environ.get("PYTHONDONTWRITEBYTECODE")
                                                    or sys.dont_write_bytecode),
        "runs": args.runs,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"python -c pass            {floor * 1000:8.1f} ms")
        print(f"ems -Command 1 (one-shot) {one_shot * 1000:8.1f} ms   {one_shot / floor:5.1f}x  (target <= 5x)")
        print(f"first interactive prompt  {prompt * 1000:8.1f} ms   {prompt / floor:5.1f}x  (target < 500 ms)")
        print(f"first command's output    {ready * 1000:8.1f} ms   {ready / floor:5.1f}x  (prompt + session loaded + `6*7`)")
        print(f"one-shot imports prompt_toolkit: {result['one_shot_imports_prompt_toolkit']}")
        print(f"bytecode cache: {'on' if result['bytecode_cache'] else 'off (PYTHONDONTWRITEBYTECODE)'}")
    if cache_tmp is not None:
        cache_tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
