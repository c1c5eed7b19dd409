"""The host of the interactive shell: everything the engine shows or asks while a command runs
in the REPL.

* Output objects go through a streaming Out-Default formatter as wide as the terminal.
* Errors are red, warnings, verbose and debug text yellow, Write-Host uses its ConsoleColor
  names (mapped to the 16 ANSI colours) — only when the output is a terminal and NO_COLOR is
  not set; otherwise plain text without escape codes.
* Write-Progress shows a rich progress bar (one row per activity) that disappears when the
  activity completes or the command ends; nothing at all when the output is not a terminal.
* Questions (confirmation, mandatory parameters, Read-Host, Get-Credential) read a line with
  the ``reader`` the REPL installs (prompt_toolkit's ``prompt``; masked for secure input),
  else with plain ``input``.

No prompt_toolkit import here: the REPL passes its reader in; rich is imported on the first
progress record only.
"""
from __future__ import annotations

import os
import shutil
import sys
from typing import Any, Callable, TextIO

from ems.runtime.host import Host, HostNonInteractiveError, NONINTERACTIVE_MESSAGE

# System.ConsoleColor -> ANSI SGR foreground code (background is +10).
CONSOLE_COLORS: dict[str, int] = {
    "black": 30, "darkblue": 34, "darkgreen": 32, "darkcyan": 36, "darkred": 31,
    "darkmagenta": 35, "darkyellow": 33, "gray": 37, "darkgray": 90, "blue": 94,
    "green": 92, "cyan": 96, "red": 91, "magenta": 95, "yellow": 93, "white": 97,
}
ERROR_SGR = "91"  # Red
WARNING_SGR = "93"  # Yellow (warnings, verbose, debug)


def color_name(value: Any) -> str | None:
    """A ConsoleColor given as a name, an enum value or an int, as a lower-case name."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        order = ["black", "darkblue", "darkgreen", "darkcyan", "darkred", "darkmagenta",
                 "darkyellow", "gray", "darkgray", "blue", "green", "cyan", "red", "magenta",
                 "yellow", "white"]
        return order[value] if 0 <= value < len(order) else None
    name = getattr(value, "name", None) or str(value)
    return name.rsplit(".", 1)[-1].strip().lower() or None


def sgr(fg: Any = None, bg: Any = None) -> str:
    """The escape sequence that selects a foreground/background ConsoleColor ('' for none)."""
    codes = []
    f = CONSOLE_COLORS.get(color_name(fg) or "")
    if f is not None:
        codes.append(str(f))
    b = CONSOLE_COLORS.get(color_name(bg) or "")
    if b is not None:
        codes.append(str(b + 10))
    return f"\x1b[{';'.join(codes)}m" if codes else ""


def wants_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def terminal_width(stream: TextIO | None = None, default: int = 120) -> int:
    try:
        if stream is not None and stream.isatty():
            return os.get_terminal_size(stream.fileno()).columns or default
    except (AttributeError, ValueError, OSError):
        pass
    return shutil.get_terminal_size((default, 50)).columns or default


class ReplHost(Host):
    """The console host of the REPL (``$Host.Name`` is ConsoleHost)."""

    name = "ConsoleHost"

    def __init__(self, out: TextIO | None = None, color: bool | None = None, width: int | None = None,
                 reader: Callable[[str, bool], str] | None = None, interactive: bool = True):
        self.out = out or sys.stdout
        self.color = wants_color(self.out) if color is None else color
        self.ui_width = width or terminal_width(self.out)
        self.interactive = interactive
        self.reader = reader  # (prompt, secure) -> line; raises EOFError / KeyboardInterrupt
        self._formatter: Any = None  # made on first output (keeps ems.format off the first prompt)
        self.transcript: list[Any] = []  # Start-Transcript sinks (callables taking plain text)
        self._progress: Any = None  # rich Progress while a bar is shown
        self._tasks: dict[Any, Any] = {}
        self.at_line_start = True

    @property
    def formatter(self) -> Any:
        if self._formatter is None:
            from ems.format import OutDefaultFormatter

            self._formatter = OutDefaultFormatter(width=self.ui_width)
        return self._formatter

    @formatter.setter
    def formatter(self, value: Any) -> None:
        self._formatter = value

    # -- the terminal ---------------------------------------------------------------------
    def resize(self, width: int | None = None) -> None:
        """Follow the terminal's width (called before each command)."""
        w = width or terminal_width(self.out, self.ui_width)
        if w != self.ui_width:
            self.ui_width = w
            self._formatter = None

    def reset(self) -> None:
        """After a stopped pipeline: drop a half-written table, remove progress bars."""
        self._formatter = None
        self._stop_progress()

    def _write(self, text: str, sgr_code: str = "") -> None:
        if not text:
            return
        for sink in self.transcript:
            try:
                sink(text)
            except Exception:
                pass
        if self.color and sgr_code:
            # colour each line separately so a reset never spills into the next prompt
            text = "\n".join(f"{sgr_code}{line}\x1b[0m" if line else line for line in text.split("\n"))
        if self._progress is not None:
            self._print_above_progress(text)
        else:
            self.out.write(text)
            self.out.flush()
        self.at_line_start = text.endswith("\n")

    def clear_screen(self) -> None:
        """Clear-Host: clears the terminal (and its scroll-back); nothing when not a terminal."""
        self._flush_output()
        self._stop_progress()
        if self.color:
            self.out.write("\x1b[H\x1b[2J\x1b[3J")
            self.out.flush()
            self.at_line_start = True

    def _flush_output(self) -> None:
        if self._formatter is not None:
            self._write(self._formatter.close())

    # -- output ---------------------------------------------------------------------------
    def write_output(self, obj: Any) -> None:
        self._write(self.formatter.push(obj))

    def end_output(self) -> None:
        self._flush_output()
        self._stop_progress()

    def write_error_text(self, text: str) -> None:
        self._flush_output()
        self._write(text.rstrip("\n") + "\n", f"\x1b[{ERROR_SGR}m")

    def write_warning(self, text: str) -> None:
        self._flush_output()
        self._write(f"WARNING: {text}\n", f"\x1b[{WARNING_SGR}m")

    def write_verbose(self, text: str) -> None:
        self._flush_output()
        self._write(f"VERBOSE: {text}\n", f"\x1b[{WARNING_SGR}m")

    def write_debug(self, text: str) -> None:
        self._flush_output()
        self._write(f"DEBUG: {text}\n", f"\x1b[{WARNING_SGR}m")

    def write_host(self, text: str, fg: str | None = None, bg: str | None = None,
                   newline: bool = True) -> None:
        self._flush_output()
        code = sgr(fg, bg)
        if code and self.color:
            for sink in self.transcript:
                try:
                    sink(text + ("\n" if newline else ""))
                except Exception:
                    pass
            body = f"{code}{text}\x1b[0m" if text else ""
            self._raw(body + ("\n" if newline else ""))
            self.at_line_start = newline or (not text and self.at_line_start)
        else:
            self._write(text + ("\n" if newline else ""))

    def _raw(self, text: str) -> None:
        if self._progress is not None:
            self._print_above_progress(text)
        else:
            self.out.write(text)
            self.out.flush()

    # -- progress -------------------------------------------------------------------------
    def write_progress(self, record: Any) -> None:
        if not self.color:
            return
        try:
            self._progress_update(record)
        except Exception:
            self._stop_progress()

    def _progress_update(self, record: Any) -> None:
        key = (getattr(record, "ActivityId", 0), getattr(record, "Activity", ""))
        completed = str(getattr(record, "RecordType", "Processing")) == "Completed"
        if completed:
            # -Completed ends the activity with that id, whatever its text.
            for k in [k for k in self._tasks if k[0] == key[0]]:
                if self._progress is not None:
                    self._progress.remove_task(self._tasks.pop(k))
            if not self._tasks:
                self._stop_progress()
            elif self._progress is not None:
                self._progress.refresh()
            return
        if self._progress is None:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

            console = Console(file=self.out, force_terminal=True, width=self.ui_width,
                              highlight=False, soft_wrap=False)
            self._progress = Progress(
                TextColumn("[bold]{task.description}"), BarColumn(), TaskProgressColumn(),
                TextColumn("{task.fields[status]}"),
                console=console, transient=True, auto_refresh=False,
                redirect_stdout=False, redirect_stderr=False)
            self._progress.start()
        # One activity id shows one bar: a new activity text under the same id replaces it.
        for k in [k for k in self._tasks if k[0] == key[0] and k != key]:
            self._progress.remove_task(self._tasks.pop(k))
        pct = getattr(record, "PercentComplete", -1)
        try:
            pct = int(pct)
        except (TypeError, ValueError):
            pct = -1
        status = str(getattr(record, "StatusDescription", "") or "")
        op = getattr(record, "CurrentOperation", None)
        if op:
            status = f"{status} {op}"
        task = self._tasks.get(key)
        if task is None:
            task = self._progress.add_task(str(key[1]), total=100 if pct >= 0 else None,
                                           completed=max(pct, 0), status=status)
            self._tasks[key] = task
        else:
            self._progress.update(task, total=100 if pct >= 0 else None, completed=max(pct, 0), status=status)
        self._progress.refresh()

    def _print_above_progress(self, text: str) -> None:
        from rich.text import Text

        try:
            self._progress.console.print(Text.from_ansi(text, end=""), end="", soft_wrap=True)
        except Exception:
            self.out.write(text)
            self.out.flush()

    def _stop_progress(self) -> None:
        p = self._progress
        self._progress = None
        self._tasks = {}
        if p is not None:
            try:
                p.stop()
            except Exception:
                pass
            try:
                self.out.flush()
            except Exception:
                pass

    # -- input ----------------------------------------------------------------------------
    def _read(self, prompt: str, secure: bool) -> str:
        if not self.interactive:
            raise HostNonInteractiveError(NONINTERACTIVE_MESSAGE)
        self._flush_output()
        self._stop_progress()
        try:
            self.out.flush()
        except Exception:
            pass
        try:
            if self.reader is not None:
                line = self.reader(prompt, secure)
            elif secure:
                import getpass
                line = getpass.getpass(prompt)
            else:
                line = input(prompt)
        except EOFError:
            # Ctrl+D at a question stops the command, as Ctrl+C does.
            raise KeyboardInterrupt from None
        for sink in self.transcript:
            try:
                sink(prompt + ("" if secure else line) + "\n")
            except Exception:
                pass
        self.at_line_start = True
        return line

    def read_line(self, prompt: str = "") -> str:
        return self._read(prompt, False)

    def read_line_secure(self, prompt: str = "") -> str:
        return self._read(prompt, True)
