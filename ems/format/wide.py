"""Wide layout (Format-Wide): one value per cell, N cells per row.

PowerShell's WideOutputContext: 2 cells per row unless ``-Column N``; with ``-AutoSize`` as many
cells of the longest value as fit (``n*len + (n-1) < screen``). The cells always share the whole
line width (ColumnWidthManager with unassigned widths), values are left-aligned, cut with ``...``.
"""
from __future__ import annotations

from ems.format.table import LEFT, SEPARATOR, TableWriter


def best_items_per_row(string_len: int, screen_columns: int) -> int:
    """TableWriter.ComputeWideViewBestItemsPerRowFit."""
    if string_len <= 0 or screen_columns < 1:
        return 1
    if string_len >= screen_columns:
        return 1
    n = 1
    while True:
        nxt = n + 1
        if string_len * nxt + (nxt - 1) * SEPARATOR >= screen_columns:
            return n
        n += 1


class WideWriter:
    def __init__(self, screen_columns: int, items_per_row: int):
        self.items_per_row = max(1, items_per_row)
        self.writer = TableWriter(screen_columns, [0] * self.items_per_row,
                                  [LEFT] * self.items_per_row)
        self.buffer: list[str] = []

    def add(self, value: str) -> list[str]:
        self.buffer.append(value)
        if len(self.buffer) == self.items_per_row:
            return self.flush()
        return []

    def flush(self) -> list[str]:
        if not self.buffer:
            return []
        values = self.buffer + [""] * (self.items_per_row - len(self.buffer))
        self.buffer = []
        return self.writer.row(values, multiline=False)
