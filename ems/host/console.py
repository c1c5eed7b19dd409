"""The host for one-shot runs (`ems -Command`, `ems -File`, a script on standard input):
pipeline output formatted like Out-Default on stdout, errors, warnings, verbose and debug
text on stderr, never a prompt (unless a terminal asks for interactivity).

Plain text only: no colour codes, whatever the streams are. The REPL has its own host.
"""
from __future__ import annotations

from typing import Any, TextIO

from ems.format import OutDefaultFormatter
from ems.runtime.host import Host, HostNonInteractiveError, NONINTERACTIVE_MESSAGE


class StreamHost(Host):
    """Writes to two text streams. Output objects go through a streaming Out-Default."""

    def __init__(self, stdout: TextIO, stderr: TextIO, width: int = 120,
                 interactive: bool = False, stdin: TextIO | None = None):
        self.stdout = stdout
        self.stderr = stderr
        self.ui_width = width
        self.interactive = interactive
        self.stdin = stdin
        self.formatter = OutDefaultFormatter(width=width)
        self.transcript: list[Any] = []  # open Start-Transcript sinks (callables taking text)

    # -- output ---------------------------------------------------------------------------
    def _out(self, text: str) -> None:
        if text:
            self.stdout.write(text)
            for sink in self.transcript:
                sink(text)

    def _err(self, text: str) -> None:
        self._flush_output()
        self.stderr.write(text)
        for sink in self.transcript:
            sink(text)

    def _flush_output(self) -> None:
        # Close a table in progress so text written next does not land inside it.
        self._out(self.formatter.close())

    def write_output(self, obj: Any) -> None:
        self._out(self.formatter.push(obj))

    def end_output(self) -> None:
        self._flush_output()

    def write_error_text(self, text: str) -> None:
        self._err(text.rstrip("\n") + "\n")

    # Warnings, verbose and debug go to stderr so that stdout holds only output objects.
    def write_warning(self, text: str) -> None:
        self._err(f"WARNING: {text}\n")

    def write_verbose(self, text: str) -> None:
        self._err(f"VERBOSE: {text}\n")

    def write_debug(self, text: str) -> None:
        self._err(f"DEBUG: {text}\n")

    def write_host(self, text: str, fg: str | None = None, bg: str | None = None,
                   newline: bool = True) -> None:
        self._flush_output()
        self._out(text + ("\n" if newline else ""))

    # -- input ----------------------------------------------------------------------------
    def read_line(self, prompt: str = "") -> str:
        if not self.interactive or self.stdin is None:
            raise HostNonInteractiveError(NONINTERACTIVE_MESSAGE)
        self._flush_output()
        self._out(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            raise HostNonInteractiveError(NONINTERACTIVE_MESSAGE)
        return line.rstrip("\r\n")
