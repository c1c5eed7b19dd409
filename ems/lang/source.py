"""Source text and extents: where in a script a node or an error lies.

Lines and columns are 1-based, as PowerShell reports them (`At line:1 char:5`).
Line and column are computed on demand from offsets, so tokens and nodes only
carry two integers and a reference to the shared source.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


class SourceText:
    """The text of one script or command line, with an optional file path."""

    __slots__ = ("text", "path", "_line_starts")

    def __init__(self, text: str, path: str | None = None):
        self.text = text
        self.path = path
        self._line_starts: list[int] | None = None

    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            text = self.text
            i = 0
            n = len(text)
            while i < n:
                c = text[i]
                if c == "\n":
                    starts.append(i + 1)
                elif c == "\r":
                    if i + 1 < n and text[i + 1] == "\n":
                        i += 1
                    starts.append(i + 1)
                i += 1
            self._line_starts = starts
        return self._line_starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        starts = self.line_starts()
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line ending."""
        starts = self.line_starts()
        if line < 1 or line > len(starts):
            return ""
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def extent(self, start: int, end: int) -> "Extent":
        return Extent(self, start, end)


@dataclass(frozen=True, slots=True, eq=False)
class Extent:
    """A span [start, end) of a source text."""

    source: SourceText = field(repr=False)
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.source.text[self.start:self.end]

    @property
    def start_line(self) -> int:
        return self.source.line_col(self.start)[0]

    @property
    def start_column(self) -> int:
        return self.source.line_col(self.start)[1]

    @property
    def end_line(self) -> int:
        return self.source.line_col(self.end)[0]

    @property
    def end_column(self) -> int:
        return self.source.line_col(self.end)[1]

    @property
    def file(self) -> str | None:
        return self.source.path

    def join(self, other: "Extent") -> "Extent":
        return Extent(self.source, min(self.start, other.start), max(self.end, other.end))

    def position_message(self) -> str:
        """PowerShell 2.0's position text, as EMS 2010 (which runs on PowerShell 2.0) shows it.

        PowerShell 2.0 writes `At line:L char:C` and then the offending line with a
        `<<<<` marker inserted after the offending token, where 3.0 and later underline
        with `~~~~`. The reported column is where the marker stands.
        """
        line, _ = self.source.line_col(self.start)
        end_line, end_col = self.source.line_col(self.end)
        if end_line != line:
            # Marker at the end of the first line of a multi-line extent.
            text = self.source.line_text(line)
            end_col = len(text) + 1
        else:
            text = self.source.line_text(line)
        where = f"At {self.source.path}:{line}" if self.source.path else f"At line:{line}"
        marked = text[: end_col - 1] + " <<<< " + text[end_col - 1:]
        return f"{where} char:{end_col}\n+ {marked.lstrip()}"


def empty_extent(text: str = "") -> Extent:
    src = SourceText(text)
    return Extent(src, 0, 0)
