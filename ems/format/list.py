"""Text layout of one list entry (PowerShell's ListWriter.cs).

``Name : Value`` lines, the labels padded to the longest label of the entry (cut when the
labels would leave no room for a value), `` : `` between; a value with newlines continues on
lines indented under the first value character; a value longer than the line wraps (word wrap,
en-US) onto indented lines.
"""
from __future__ import annotations

from typing import Sequence

from ems.format.table import _head, cell_len, generate_lines, split_lines

SEPARATOR = " : "
MIN_FIELD_WIDTH = 1
MIN_LABEL_WIDTH = 1


def list_entry_lines(labels: Sequence[str], values: Sequence[str], width: int) -> list[str]:
    """The lines of one object in a list (without the blank lines around it)."""
    if not labels:
        return []
    if width - len(SEPARATOR) - MIN_FIELD_WIDTH - MIN_LABEL_WIDTH < 0:
        return []
    max_label = width - len(SEPARATOR) - MIN_FIELD_WIDTH
    label_len = max(cell_len(label) for label in labels)
    label_len = min(label_len, max_label)
    padded = []
    for label in labels:
        n = cell_len(label)
        if n < label_len:
            padded.append(label + " " * (label_len - n) + SEPARATOR)
        elif n > label_len:
            padded.append(_head(label, label_len) + SEPARATOR)
        else:
            padded.append(label + SEPARATOR)
    indent_len = label_len + len(SEPARATOR)
    indent = " " * indent_len
    field = width - indent_len
    out: list[str] = []
    for k, label in enumerate(padded):
        value = values[k] if k < len(values) and values[k] is not None else ""
        for i, line in enumerate(split_lines(value)):
            prefix = label if i == 0 else indent
            pieces = generate_lines(line or "", field, field)
            for j, piece in enumerate(pieces):
                out.append((prefix if j == 0 else indent) + piece)
    return out
