"""Console formatting: objects to text the way Windows PowerShell 5.1's default formatter lays
them out (modelled on PowerShell's FormatAndOutput).

Modules:

* ``views``: the view registry (table, list, wide, custom views per type name;
  DefaultDisplayPropertySet; scalar types). Exchange cmdlets register the EMS views here.
* ``display``: a value as the console shows it (``True``, ``6/15/2010 2:35:00 PM``,
  ``{1, 2, 3, 4...}``, ``@{a=1; b=2}``).
* ``engine``: view selection and the format packets (the view model), and the back end that
  turns packets into lines (blank lines, headers, autosize cache).
* ``table``, ``list``, ``wide``: the text layouts.
* ``outdefault``: ``OutDefaultFormatter`` (streaming Out-Default) and the plain functions.

API::

    OutDefaultFormatter(width=120, enumeration_limit=4).push(obj) -> str ; .close() -> str
    format_table(objects, properties=None, autosize=False, group_by=None, wrap=False,
                 hide_headers=False, width=120) -> str
    format_list(objects, properties=None, width=120) -> str
    format_wide(objects, property=None, column=None, autosize=False, width=120) -> str
    out_string(objects, width=120, stream=False) -> str | list[str]
    format_objects(objects, ctx=None, width=None) -> str   (Out-File / redirection)
    table_document / list_document / wide_document (same arguments, no width) -> FormattedText
    FormatRun(shape, properties, **params): streaming form for the Format-* cmdlets

``properties`` items are names (wildcards allowed: ``*``, ``Name*``), callables ``obj -> value``
(a script block converted by the cmdlet layer; its ``ps_text`` attribute, if any, is the column
header, as PowerShell shows the script text), or calculated properties as dicts with
Name/Label/Expression/FormatString/Width/Alignment (keys case-insensitive, unique prefixes and
``n``/``l``/``e`` accepted).

The FormattedText contract
--------------------------
Format-Table, Format-List and Format-Wide write ONE ``FormattedText`` object to the pipeline
(built by ``FormatRun.end()`` or ``*_document``). It holds the format packets, with every value
already converted to its display string, and is laid out only when written:

* Out-Default / Out-Host: ``OutDefaultFormatter.push(ft)`` ends the document in progress and
  prints ``ft`` laid out at the console width, verbatim;
* Out-String / Out-File: ``out_string([... ft ...], width=W)`` renders it at ``W`` (so
  ``ft | Out-String -Width 200`` is laid out at 200); ``ft.render(width)`` gives its text,
  ``ft.lines(width)`` its lines;
* a Format-* command receiving a FormattedText passes it through unchanged
  (``FormatRun.process``).

Every text produced here is a sequence of lines each ended by ``"\\n"``; lines keep the
trailing blanks 5.1 pads table cells with. Width is always a parameter: callers pass 120 when
the output is not a terminal, and the terminal width minus one for console output
(ConsoleLineOutput keeps the last column free). Nothing here queries the terminal.
"""
from __future__ import annotations

from ems.format.outdefault import (FormatRun, FormattedText, OutDefaultFormatter, format_list,
                                   format_objects,
                                   format_table, format_wide, list_document, out_default,
                                   out_string, table_document, wide_document)
from ems.format.views import (DEFAULT_REGISTRY, ViewRegistry, register_custom_view,
                              register_default_display_properties, register_list_view,
                              register_scalar_type, register_table_view, register_wide_view)
from ems.format.display import display_value, to_string

__all__ = [
    "FormatRun", "FormattedText", "OutDefaultFormatter", "format_list", "format_table",
    "format_wide", "format_objects", "list_document", "out_default", "out_string", "table_document",
    "wide_document", "DEFAULT_REGISTRY", "ViewRegistry", "register_custom_view",
    "register_default_display_properties", "register_list_view", "register_scalar_type",
    "register_table_view", "register_wide_view", "display_value", "to_string",
]
