"""Drive the real `ems` REPL in a pseudo-terminal (pexpect), for the interactive tests.

    with Shell() as sh:
        sh.expect_prompt()
        sh.run("$x = 1")
        sh.send_line("$x")
        sh.expect("1")

Every shell runs with a fixed terminal size, TERM=xterm, a throw-away HOME (so the user's
history and profile are never read or written), and is always closed — terminated if it
does not exit — so no test leaves a terminal behind.
"""
from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parents[2]
PROMPT = r"\[PS\] [^\r\n>]*>"
COLUMNS = 120
LINES = 40
PROMPT_DONE = "\x1b[?2004l"  # bracketed paste off: a prompt_toolkit prompt has ended
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]")


def strip_ansi(text: str) -> str:
    return ANSI.sub("", text)


def shell_argv() -> list[str]:
    # EMS_PTY_ARGV (a space-separated command line) lets a developer point the tests at a
    # wrapper; by default the real entry point.
    custom = os.environ.get("EMS_PTY_ARGV")
    if custom:
        return custom.split()
    return [sys.executable, "-m", "ems"]


def shell_env(home: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("NO_COLOR", None)
    env.update({
        "HOME": home,
        "USERPROFILE": home,
        "TERM": "xterm",
        "COLUMNS": str(COLUMNS),
        "LINES": str(LINES),
        "PROMPT_TOOLKIT_NO_CPR": "1",  # pexpect does not answer cursor-position requests
        "PYTHONPATH": str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""),
    })
    return env


class Shell:
    def __init__(self, *args: str, timeout: float = 30, home: str | None = None):
        self.args = list(args) or ["-NoProfile"]
        self.timeout = timeout
        self._own_home = home is None
        self.home = home or tempfile.mkdtemp(prefix="ems-home-")
        self.child: pexpect.spawn | None = None

    def __enter__(self) -> "Shell":
        argv = shell_argv()
        self.child = pexpect.spawn(argv[0], argv[1:] + self.args, env=shell_env(self.home), cwd=str(ROOT),
                                   encoding="utf-8", timeout=self.timeout, dimensions=(LINES, COLUMNS))
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        child = self.child
        if child is not None:
            try:
                if child.isalive():
                    child.sendcontrol("d")
                    child.expect(pexpect.EOF, timeout=3)
            except Exception:
                pass
            finally:
                child.close(force=True)
        if self._own_home:
            shutil.rmtree(self.home, ignore_errors=True)

    # -- helpers ------------------------------------------------------------------------------
    def expect(self, pattern: str | list, timeout: float = -1) -> int:
        assert self.child is not None
        return self.child.expect(pattern, timeout=timeout)

    def expect_exact(self, text: str, timeout: float = -1) -> int:
        assert self.child is not None
        return self.child.expect_exact(text, timeout=timeout)

    def expect_prompt(self, timeout: float = -1) -> str:
        """Wait for the next `[PS] ...>` prompt; returns the text before it, without colours."""
        self.expect(PROMPT, timeout)
        assert self.child is not None
        return strip_ansi(self.child.before)

    def send(self, text: str) -> None:
        assert self.child is not None
        self.child.send(text)

    def send_line(self, text: str) -> None:
        self.send(text + "\r")

    def accepted(self, timeout: float = -1) -> None:
        """Wait until the line editor has handed the input over (prompt_toolkit turns
        bracketed paste off when its prompt ends), so that a later prompt pattern cannot
        match the redraw of the line being typed."""
        self.expect_exact(PROMPT_DONE, timeout)

    def run(self, line: str, timeout: float = -1) -> str:
        """Type a line, press Enter, wait for the next prompt; the output without colours."""
        self.send_line(line)
        self.accepted(timeout)
        return self.expect_prompt(timeout)

    @property
    def before(self) -> str:
        assert self.child is not None
        return strip_ansi(self.child.before or "")
