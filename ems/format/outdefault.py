"""Out-Default, Format-Table/-List/-Wide and Out-String as plain functions.

``OutDefaultFormatter`` is the streaming console formatter: ``push(obj)`` returns the text to
print now (possibly ""), ``close()`` the rest. One formatter stands for one Out-Default
invocation (a command line typed at the prompt, or a whole script). Text is made of lines each
ended by ``"\\n"``; the host converts to the console's newline.

Rules (PowerShell 5.1, FormatAndOutput/common/BaseFormattingCommand.cs, BaseOutputtingCommand.cs,
FormatViewManager.cs, OutputQueue.cs):

* The first object that is not a scalar picks the view: its registered view, else a table of its
  DefaultDisplayPropertySet or properties when there are at most 4, else a list.
* Scalars (strings, numbers, booleans, enums, chars, decimals) and objects without properties
  are printed as their string, one per line, wherever they come, even between the rows of a
  table; ErrorRecords as their rendered text.
* Later objects that fit the view (same registered type, or any object when the view was built
  from the first object's properties) continue the same table under one header.
* Objects that do not fit a registered view are printed as a list of their properties (out of
  band), and the table continues after them. PowerShell 5.1 does *not* start a new table for a
  new type inside one Out-Default: ``Get-Process; Get-Service`` in a script shows the services
  as lists.
* A table whose columns have no declared width is sized on its values when the group ends (the
  5.1 autosize cache), so it is printed at ``close()`` or when its group ends.
* A ``FormattedText`` (the output of the Format-* functions) ends the current document and is
  printed as it is, laid out at this formatter's width.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from ems.format.engine import (Formatter, FormatParams, Output, Packet, render_packets, to_prop)
from ems.format.views import ViewRegistry


class FormattedText:
    """The output of Format-Table / Format-List / Format-Wide: a formatted document.

    It holds the format packets (the view model, already turned into strings) and is laid out
    when it is written, at the width of the destination: ``render(width)`` gives the text
    (lines ended by ``"\\n"``), ``lines(width)`` the lines. Out-Default prints it verbatim;
    Out-String, Out-File and Out-Host render it at their own width. ``str()`` renders at 120.
    """

    __slots__ = ("packets",)
    PS_TYPE_NAMES = ("Microsoft.PowerShell.Commands.Internal.Format.FormatStartData",
                     "Microsoft.PowerShell.Commands.Internal.Format.StartData",
                     "Microsoft.PowerShell.Commands.Internal.Format.PacketInfoData",
                     "Microsoft.PowerShell.Commands.Internal.Format.FormatInfoData",
                     "System.Object")
    PS_PROPERTIES = ()

    def __init__(self, packets: Sequence[Packet]):
        self.packets = list(packets)

    def lines(self, width: int = 120) -> list[str]:
        return render_packets(self.packets, width)

    def render(self, width: int = 120) -> str:
        return "".join(line + "\n" for line in self.lines(width))

    def ps_to_string(self) -> str:
        return "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData"

    def __str__(self) -> str:
        return self.render(120)

    def __repr__(self) -> str:
        return f"FormattedText({len(self.packets)} packets)"


def _params(properties: Any = None, **kw: Any) -> FormatParams:
    props = None
    if properties is not None:
        if isinstance(properties, (str, dict)) or callable(properties):
            properties = [properties]
        props = [to_prop(p) for p in properties]
    return FormatParams(properties=props or None, **kw)


class FormatRun:
    """A streaming Format-* command: ``process(obj)`` for each input, ``end()`` gives the
    ``FormattedText`` (PowerShell emits its format objects as it goes; here they are gathered
    into one object, which Out-Default lays out at the end anyway)."""

    def __init__(self, shape: str, properties: Any = None, *, registry: ViewRegistry | None = None,
                 enumeration_limit: int = 4, ctx: Any = None, **params: Any):
        self.formatter = Formatter(shape, _params(properties, **params), registry, enumeration_limit, ctx)
        self.packets: list[Packet] = []

    def process(self, obj: Any) -> None:
        if isinstance(obj, FormattedText):
            self.packets += self.formatter.end()
            self.packets += obj.packets
            return
        self.packets += self.formatter.process(obj)

    def end(self) -> FormattedText:
        self.packets += self.formatter.end()
        return FormattedText(self.packets)


def _run(shape: str, objects: Iterable[Any], properties: Any, registry: ViewRegistry | None,
         enumeration_limit: int, ctx: Any = None, **params: Any) -> FormattedText:
    run = FormatRun(shape, properties, registry=registry, enumeration_limit=enumeration_limit,
                    ctx=ctx, **params)
    for o in objects:
        run.process(o)
    return run.end()


def table_document(objects: Iterable[Any], properties: Any = None, autosize: bool = False,
                   group_by: Any = None, wrap: bool = False, hide_headers: bool = False, *,
                   force: bool = False, view: str | None = None, registry: ViewRegistry | None = None,
                   enumeration_limit: int = 4, ctx: Any = None) -> FormattedText:
    """Format-Table as a FormattedText object (what the cmdlet writes to the pipeline)."""
    return _run("table", objects, properties, registry, enumeration_limit, ctx, autosize=autosize,
                group_by=group_by, wrap=True if wrap else None,
                hide_headers=True if hide_headers else None, force=force, view=view)


def list_document(objects: Iterable[Any], properties: Any = None, group_by: Any = None, *,
                  force: bool = False, view: str | None = None, registry: ViewRegistry | None = None,
                  enumeration_limit: int = 4, ctx: Any = None) -> FormattedText:
    return _run("list", objects, properties, registry, enumeration_limit, ctx, group_by=group_by,
                force=force, view=view)


def wide_document(objects: Iterable[Any], property: Any = None, column: int | None = None,
                  autosize: bool = False, group_by: Any = None, *, force: bool = False,
                  view: str | None = None, registry: ViewRegistry | None = None,
                  enumeration_limit: int = 4, ctx: Any = None) -> FormattedText:
    return _run("wide", objects, property, registry, enumeration_limit, ctx, column=column,
                autosize=autosize, group_by=group_by, force=force, view=view)


def format_table(objects: Iterable[Any], properties: Any = None, autosize: bool = False,
                 group_by: Any = None, wrap: bool = False, hide_headers: bool = False,
                 width: int = 120, **kw: Any) -> str:
    return table_document(objects, properties, autosize, group_by, wrap, hide_headers, **kw).render(width)


def format_list(objects: Iterable[Any], properties: Any = None, width: int = 120, **kw: Any) -> str:
    return list_document(objects, properties, **kw).render(width)


def format_wide(objects: Iterable[Any], property: Any = None, column: int | None = None,
                autosize: bool = False, width: int = 120, **kw: Any) -> str:
    return wide_document(objects, property, column, autosize, **kw).render(width)


class OutDefaultFormatter:
    """The console's Out-Default for one pipeline (see the module docstring).

    ``width`` is the usable line width: 120 when the output is not a terminal; on a terminal
    PowerShell's ConsoleLineOutput uses the buffer width minus one (``columns - 1``), so that
    a full line never makes the console wrap.
    """

    def __init__(self, width: int = 120, enumeration_limit: int = 4,
                 registry: ViewRegistry | None = None, ctx: Any = None):
        self.width = width
        self.formatter = Formatter(None, None, registry, enumeration_limit, ctx)
        self.output = Output(width)

    def _feed(self, packets: Sequence[Packet]) -> list[str]:
        lines: list[str] = []
        for p in packets:
            lines += self.output.feed(p)
        return lines

    def push_lines(self, obj: Any) -> list[str]:
        if isinstance(obj, FormattedText):
            lines = self._feed(self.formatter.end()) + self.output.flush()
            return lines + obj.lines(self.width)
        return self._feed(self.formatter.process(obj))

    def close_lines(self) -> list[str]:
        return self._feed(self.formatter.end()) + self.output.flush()

    def push(self, obj: Any) -> str:
        return "".join(line + "\n" for line in self.push_lines(obj))

    def close(self) -> str:
        return "".join(line + "\n" for line in self.close_lines())


def out_default(objects: Iterable[Any], width: int = 120, enumeration_limit: int = 4,
                registry: ViewRegistry | None = None, ctx: Any = None) -> str:
    f = OutDefaultFormatter(width, enumeration_limit, registry, ctx)
    return "".join(f.push(o) for o in objects) + f.close()


def format_objects(objects: Iterable[Any], ctx: Any = None, width: int | None = None) -> str:
    """The text Out-File (and `>` redirection) writes for these objects: the console layout at
    the host's width (``ctx.host.ui_width``, else 120), ``$FormatEnumerationLimit`` from ctx."""
    if width is None:
        host = getattr(ctx, "host", None)
        w = getattr(host, "ui_width", None)
        width = int(w) if isinstance(w, int) and w > 0 else 120
    limit = 4
    if ctx is not None:
        try:
            v = ctx.get_variable("FormatEnumerationLimit")
            if isinstance(v, int) and not isinstance(v, bool):
                limit = v
        except Exception:
            pass
    return out_string(objects, width=width, enumeration_limit=limit, ctx=ctx)


def out_string(objects: Iterable[Any], width: int = 120, stream: bool = False,
               enumeration_limit: int = 4, registry: ViewRegistry | None = None,
               ctx: Any = None) -> Any:
    """Out-String: one string (each line ended by "\\n"), or with ``stream`` a list of lines."""
    f = OutDefaultFormatter(width, enumeration_limit, registry, ctx)
    lines: list[str] = []
    for o in objects:
        lines += f.push_lines(o)
    lines += f.close_lines()
    if stream:
        out: list[str] = []
        for line in lines:
            out += line.replace("\r\n", "\n").split("\n")
        return out
    return "".join(line + "\n" for line in lines)
