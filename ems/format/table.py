"""Text layout of tables: column widths, header, rows, truncation and wrapping.

Follows PowerShell's TableWriter / ColumnWidthManager / StringManipulationHelper
(FormatAndOutput/common/TableWriter.cs, ColumnWidthManager.cs, ComplexWriter.cs) as they
behave in Windows PowerShell 5.1:

* one blank between columns; column widths come from the view (declared widths) or from the
  autosize hint (max of header and data lengths); columns without a width share the rest of
  the line one cell at a time, left to right; when the columns do not fit, the last visible
  column shrinks, or is hidden when it would fall under one cell;
* every cell is padded to its column width, the last column included (5.1 leaves those trailing
  blanks; PowerShell 7 trims them);
* a value too long for its column is cut and ends with ``...`` (right-aligned values keep their
  tail: ``...f``); a column of 3 cells or fewer is cut without the dots; a value holding a newline
  is cut at it and gets ``...``;
* header labels are always wrapped onto several lines when longer than their column (split on
  blanks when possible, else inside the word: ``AdminDisplayVe`` / ``rsion``); the dashes under a
  label are as long as the label, at most the column width;
* with ``-Wrap`` the data rows wrap the same way instead of being cut.
"""
from __future__ import annotations

import unicodedata
from typing import Sequence

LEFT = "left"
RIGHT = "right"
CENTER = "center"

SEPARATOR = 1
MIN_COLUMN_WIDTH = 1
MIN_SCREEN_COLUMNS = 5
ELLIPSIS = "..."


# ---------------------------------------------------------------- display cells


def char_cells(c: str) -> int:
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1


def cell_len(s: str) -> int:
    if s.isascii():
        return len(s)
    return sum(char_cells(c) for c in s)


def _head(s: str, cells: int) -> str:
    """The longest prefix of s that fits in `cells` display cells."""
    if s.isascii():
        return s[:cells]
    out, used = [], 0
    for c in s:
        w = char_cells(c)
        if used + w > cells:
            break
        out.append(c)
        used += w
    return "".join(out)


def _tail(s: str, cells: int) -> str:
    if s.isascii():
        return s[len(s) - cells:] if cells > 0 else ""
    out, used = [], 0
    for c in reversed(s):
        w = char_cells(c)
        if used + w > cells:
            break
        out.append(c)
        used += w
    return "".join(reversed(out))


# ---------------------------------------------------------------- line splitting


def split_lines(s: str) -> list[str]:
    if not s:
        return [s]
    return s.replace("\r", "").split("\n")


def truncate_at_newline(s: str) -> str:
    if not s:
        return ""
    i = min((p for p in (s.find("\n"), s.find("\r")) if p >= 0), default=-1)
    if i < 0:
        return s
    return s[:i] + ELLIPSIS


def _words(line: str) -> list[tuple[str, str]]:
    out, cur = [], []
    for ch in line:
        if ch in (" ", "\t", "\u00ad"):
            out.append(("".join(cur), ch))
            cur = []
        elif ch in ("\u2011", "\u00a0"):
            out.append(("".join(cur), ""))
            cur = []
        else:
            cur.append(ch)
    out.append(("".join(cur), ""))
    return out


def generate_lines(val: str, first_len: int, following_len: int) -> list[str]:
    """StringManipulationHelper.GenerateLines with word wrap (en-US culture)."""
    if not val:
        return [val]
    result: list[str] = []
    for line in split_lines(val):
        if cell_len(line) <= first_len:
            result.append(line)
            continue
        spaces_left = first_len
        line_width = first_len
        first = True
        single: list[str] = []
        for word, delim in _words(line):
            to_add = word
            if delim == "\u00ad":
                if cell_len(to_add) + 1 == spaces_left:
                    to_add += "-"
            elif delim:
                to_add += delim
            w = cell_len(to_add)
            if line_width == 0:
                if first:
                    first = False
                    line_width = following_len
                if line_width == 0:
                    break
                spaces_left = line_width
            # a word wider than a whole line is laid out one character at a time
            split = w > line_width
            for piece in (to_add if split else (to_add,)):
                pw = char_cells(piece) if split else w
                if split and pw > line_width:
                    piece, pw = "?", 1
                if pw > spaces_left:
                    result.append("".join(single))
                    single = [piece]
                    if first:
                        first = False
                        line_width = following_len
                    spaces_left = line_width - pw
                else:
                    single.append(piece)
                    spaces_left -= pw
        result.append("".join(single))
    return result


# ---------------------------------------------------------------- column widths


def calculate_column_widths(widths: list[int], table_width: int,
                            minimum: int = MIN_COLUMN_WIDTH, separator: int = SEPARATOR) -> list[int]:
    """ColumnWidthManager.CalculateColumnWidths: 0 = unassigned, -1 = hidden (in the result)."""
    widths = list(widths)

    def current(ws: list[int]) -> int:
        visible = [w for w in ws if w > 0]
        return sum(visible) + separator * (len(visible) - 1)

    def assign() -> bool:
        if all(w > 0 for w in widths):
            return sum(widths) + separator * (len(widths) - 1) <= table_width
        fixed = [w > 0 for w in widths]
        for k, w in enumerate(widths):
            if w == 0:
                widths[k] = minimum
        available = table_width - current(widths)
        if available < 0:
            return False
        while available > 0:
            for k in range(len(widths)):
                if fixed[k]:
                    continue
                widths[k] += 1
                available -= 1
                if available == 0:
                    break
        return True

    if not widths or assign():
        return widths
    while True:
        excess = current(widths) - table_width
        if excess <= 0:
            return widths
        last = len(widths) - 1
        for k, w in enumerate(widths):
            if w < 0:
                last = k - 1
                break
        if last < 0:
            return widths
        new = widths[last] - excess
        if new < minimum:
            widths[last] = -1
        else:
            widths[last] = new


# ---------------------------------------------------------------- the writer


def _pad_field(s: str, width: int, alignment: str | None) -> str:
    """TableWriter.GenerateRowField (5.1: always pads to the column width)."""
    s = truncate_at_newline(s)
    n = cell_len(s)
    if n < width:
        pad = width - n
        if alignment == RIGHT:
            s = " " * pad + s
        elif alignment == CENTER:
            left = pad // 2
            s = " " * left + s + " " * (pad - left)
        else:
            s = s + " " * pad
    elif n > width:
        keep = width - len(ELLIPSIS)
        if keep > 0:
            s = ELLIPSIS + _tail(s, keep) if alignment == RIGHT else _head(s, keep) + ELLIPSIS
        else:
            s = _tail(s, width) if alignment == RIGHT else _head(s, width)
    n = cell_len(s)
    if n < width:  # a double-cell character was cut
        s = " " + s if alignment == RIGHT else s + " "
    return s


class TableWriter:
    """Lays out the header and rows of one table at a fixed set of column widths."""

    def __init__(self, screen_columns: int, widths: Sequence[int], alignments: Sequence[str | None],
                 hide_header: bool = False, left_margin: int = 0):
        self.disabled = False
        self.hide_header = hide_header
        self.start = max(left_margin, 0)
        self.header_lines: list[str] | None = None
        if screen_columns - self.start < MIN_SCREEN_COLUMNS:
            self.disabled = True
            return
        self.widths = calculate_column_widths([max(int(w or 0), 0) for w in widths],
                                              screen_columns - self.start)
        if not any(w >= MIN_COLUMN_WIDTH for w in self.widths):
            self.disabled = True
            return
        self.alignments = list(alignments)

    def _visible(self) -> list[int]:
        return [k for k, w in enumerate(self.widths) if w > 0]

    def header(self, labels: Sequence[str]) -> list[str]:
        """The label line(s) and the dashes (empty when hidden or disabled)."""
        if self.disabled or self.hide_header:
            return []
        if self.header_lines is not None:
            return list(self.header_lines)
        lines = self.row(labels, multiline=True)
        dashes = []
        for k, label in enumerate(labels):
            w = self.widths[k] if k < len(self.widths) else 0
            if w <= 0:
                dashes.append("")
                continue
            count = w
            if label:
                count = min(count, cell_len(label))
            dashes.append("-" * count)
        lines += self.row(dashes, multiline=False, alignments=[None] * len(dashes))
        self.header_lines = lines
        return list(lines)

    def row(self, values: Sequence[str], multiline: bool = False,
            alignments: Sequence[str | None] | None = None) -> list[str]:
        if self.disabled:
            return []
        ncols = len(self.widths)
        vals = [values[k] if k < len(values) and values[k] is not None else "" for k in range(ncols)]
        al = []
        for k in range(ncols):
            a = alignments[k] if alignments is not None and k < len(alignments) else None
            al.append(a if a is not None else self.alignments[k])
        if multiline:
            return self._multiline_row(vals, al)
        parts = []
        for k in range(ncols):
            w = self.widths[k]
            if w <= 0:
                continue
            prefix = " " * SEPARATOR if k > 0 else " " * self.start
            parts.append(prefix + _pad_field(vals[k], w, al[k]))
        return ["".join(parts)]

    def _multiline_row(self, vals: list[str], al: list[str | None]) -> list[str]:
        visible = self._visible()
        if not visible:
            return []
        cells: list[list[str]] = []
        for i, k in enumerate(visible):
            w = self.widths[k]
            lines = generate_lines(vals[k], w, w)
            lines = [ln if cell_len(ln) >= w else _pad_field(ln, w, al[k]) for ln in lines]
            prefix = " " * SEPARATOR if i > 0 else " " * self.start
            cells.append([prefix + ln for ln in lines])
        height = max(len(c) for c in cells)
        for i, k in enumerate(visible):
            blank = " " * (self.widths[k] + (SEPARATOR if i > 0 else self.start))
            cells[i] += [blank] * (height - len(cells[i]))
        return ["".join(c[r] for c in cells) for r in range(height)]


def autosize_widths(labels: Sequence[str], rows: Sequence[Sequence[str]]) -> list[int]:
    """The autosize hint: for each column the longest of its label and its values."""
    widths = [cell_len(label) if label else 0 for label in labels]
    for r in rows:
        for k, v in enumerate(r):
            if k < len(widths):
                n = cell_len(v or "")
                if n > widths[k]:
                    widths[k] = n
    return widths
