"""The Format-* cmdlets: Format-Table, Format-List, Format-Wide, Format-Custom.

They lay objects out with ``ems.format`` and write one ``FormattedText`` object (PowerShell's
format objects, gathered): Out-Default prints it as it is; Out-String and Out-File render it
at their own width. Script-block properties become callables for the formatter.
"""
from __future__ import annotations

from typing import Any

from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter
from ems.runtime.psobject import base_object

from cmdlets.core.object import OBJ, OBJS, STR, INT, invoke_sb, is_scriptblock, sb_result, to_str

EXPAND_VALUES = ("CoreOnly", "EnumOnly", "Both")


def scriptblock_callable(ctx: Any, sb: Any) -> Any:
    """A callable obj -> value running `sb` with $_ set to obj (with its text for headers)."""

    def run(obj: Any) -> Any:
        return sb_result(invoke_sb(ctx, sb, dollar_under=obj))

    run.ps_text = str(sb).strip()  # type: ignore[attr-defined]
    return run


def convert_property(ctx: Any, item: Any) -> Any:
    """One -Property / -GroupBy item in the formatter's terms: names stay strings, script
    blocks become callables, hashtables become dicts whose Expression is a name or callable."""
    raw = base_object(item)
    if is_scriptblock(raw):
        return scriptblock_callable(ctx, raw)
    if isinstance(raw, dict):
        out = {}
        for k, v in raw.items():
            value = base_object(v)
            if is_scriptblock(value):
                value = scriptblock_callable(ctx, value)
            elif str(k).lower() in ("name", "n", "label", "l", "formatstring", "alignment") \
                    or ("expression".startswith(str(k).lower()) and str(k)):
                value = to_str(value) if not callable(value) else value
            out[str(k)] = value
        return out
    return to_str(raw)


def convert_properties(ctx: Any, value: Any) -> Any:
    if value is None:
        return None
    items = value if isinstance(value, (list, tuple)) else [value]
    return [convert_property(ctx, i) for i in items]


def enumeration_limit(ctx: Any) -> int:
    try:
        v = ctx.get_variable("FormatEnumerationLimit")
        return int(v) if v is not None else 4
    except Exception:
        return 4


def _format_run(shape: str, props: Any, limit: int, ctx: Any, **params: Any) -> Any:
    from ems.format.outdefault import FormatRun
    try:
        return FormatRun(shape, props, enumeration_limit=limit, ctx=ctx, **params)
    except TypeError:  # a formatter without ctx / expand support
        params.pop("expand", None)
        return FormatRun(shape, props, enumeration_limit=limit, **params)


class _FormatCmdlet(Cmdlet):
    shape = "table"
    module = "Microsoft.PowerShell.Utility"

    def _params(self) -> dict[str, Any]:
        return {}

    def begin(self) -> None:
        try:
            props = convert_properties(self.context, self.Property)
            params = self._params()
            if self.GroupBy is not None:
                group = convert_property(self.context, self.GroupBy)
                if isinstance(group, dict):
                    from ems.format.engine import to_prop
                    p = to_prop(group)
                    group = (p.label, p.expression) if p.label else p.expression
                params["group_by"] = group
            if self.Expand is not None:
                params["expand"] = str(self.Expand)
            self._run = _format_run(self.shape, props, enumeration_limit(self.context), self.context,
                                    force=bool(self.Force), view=self.View, **params)
        except (ValueError, TypeError) as exc:
            self.throw_terminating_error(str(exc), "InvalidArgument", "DictionaryKeyUnknown")

    def process(self) -> None:
        if self.InputObject is None and "InputObject" not in self.bound_parameters:
            return
        self._run.process(self.InputObject)

    def end(self) -> None:
        doc = self._run.end()
        if doc.packets:
            self.write_object(doc)


_COMMON = (
    Parameter("GroupBy", "System.Object"),
    Parameter("View", STR),
    Parameter("ShowError", SWITCH),
    Parameter("DisplayError", SWITCH),
    Parameter("Force", SWITCH),
    Parameter("Expand", STR, validate_set=EXPAND_VALUES),
    Parameter("InputObject", OBJ, pipeline=True),
)


class FormatTable(_FormatCmdlet):
    name = "Format-Table"
    aliases = ("ft",)
    shape = "table"
    parameters = (
        Parameter("AutoSize", SWITCH),
        Parameter("HideTableHeaders", SWITCH),
        Parameter("Wrap", SWITCH),
        Parameter("Property", OBJS, position=0),
    ) + _COMMON
    synopsis = "Formats the output as a table."
    description = (
        "Format-Table shows objects as a table: the properties named with -Property (wildcards "
        "and calculated properties `@{Label=...; Expression={...}; Width=...; Alignment=...}` "
        "allowed), else the type's table view. -AutoSize sizes the columns on the data, -Wrap "
        "wraps long values instead of cutting them with `...`, -HideTableHeaders leaves out the "
        "headers and -GroupBy starts a new table whenever the given property changes. Its output "
        "is formatting data: pipe it only to Out-* cmdlets.")
    examples = (
        ("Get-MailboxDatabase | Format-Table Name, Server, Mounted -AutoSize", "A compact table of databases."),
        ("Get-Mailbox | ft DisplayName, @{Label='DB'; Expression={$_.Database}}", "A calculated column."),
        ("Get-MailboxDatabaseCopyStatus * | Format-Table -GroupBy DatabaseName", "One table per database."),
    )

    def _params(self) -> dict[str, Any]:
        return {"autosize": bool(self.AutoSize), "wrap": True if self.Wrap else None,
                "hide_headers": True if self.HideTableHeaders else None}


class FormatList(_FormatCmdlet):
    name = "Format-List"
    aliases = ("fl",)
    shape = "list"
    parameters = (Parameter("Property", OBJS, position=0),) + _COMMON
    synopsis = "Formats the output as a list of properties in which each property appears on a new line."
    description = (
        "Format-List shows each object as a list of `Name : Value` lines, aligned on the longest "
        "name: the properties named with -Property (`*` for all of them, wildcards and "
        "calculated properties allowed), else the type's list view or its default properties.")
    examples = (
        ("Get-Mailbox john | Format-List", "The mailbox's default list."),
        ("Get-MailboxDatabase DB01 | fl *", "Every property of the database."),
        ("Get-ExchangeServer | Format-List Name, *Version*", "The name and version properties of each server."),
    )


class FormatWide(_FormatCmdlet):
    name = "Format-Wide"
    aliases = ("fw",)
    shape = "wide"
    parameters = (
        Parameter("Property", "System.Object", position=0),
        Parameter("AutoSize", SWITCH),
        Parameter("Column", INT, validate_range=(1, 2147483647)),
    ) + _COMMON
    synopsis = "Formats objects as a wide table that displays only one property of each object."
    description = (
        "Format-Wide shows one property of each object (-Property, else the type's wide view or "
        "its name) in several columns: two by default, -Column N for N columns, -AutoSize for as "
        "many as fit.")
    examples = (
        ("Get-Mailbox | Format-Wide Name -Column 4", "Mailbox names in four columns."),
        ("Get-ExchangeServer | fw -AutoSize", "Server names in as many columns as fit."),
    )

    def _params(self) -> dict[str, Any]:
        return {"column": self.Column, "autosize": bool(self.AutoSize)}


class FormatCustom(Cmdlet):
    name = "Format-Custom"
    aliases = ("fc",)
    parameters = (
        Parameter("Property", OBJS, position=0),
        Parameter("Depth", INT),
    ) + _COMMON
    synopsis = "Uses a customized view to format the output."
    description = (
        "Format-Custom shows each object as a `class <TypeName>` block listing its properties, "
        "one level deep (a minimal form of PowerShell's custom view).")
    examples = (("Get-Date | Format-Custom", "The properties of a DateTime in a class block."),)

    def begin(self) -> None:
        self._blocks: list[str] = []
        self._props = convert_properties(self.context, self.Property)

    def process(self) -> None:
        obj = self.InputObject
        if obj is None:
            return
        from ems.format import display as D
        from ems.format import objects as O
        from ems.format.engine import evaluate, expand, to_prop
        names = O.type_names(obj)
        short = names[0].rsplit(".", 1)[-1] if names else "Object"
        lines = [f"class {short}", "{"]
        if self._props:
            assocs = expand([to_prop(p) for p in self._props], obj, keep_unresolved=False)
            pairs = [(a.label, evaluate(obj, a.expr)) for a in assocs]
        else:
            pairs = [(n, O.get_property(obj, n)) for n in O.property_names(obj)]
        for label, value in pairs:
            lines.append(f"  {label} = {D.display_value(value, enumeration_limit(self.context))}")
        lines.append("}")
        self._blocks.append("\n".join(lines))

    def end(self) -> None:
        if not self._blocks:
            return
        from ems.format.engine import CustomEntry, CustomHeader, Entry, FormatEnd, FormatStart, GroupEnd, GroupStart
        from ems.format.outdefault import FormattedText
        packets: list[Any] = [FormatStart(CustomHeader()), GroupStart(None)]
        for block in self._blocks:
            packets.append(Entry(CustomEntry(block)))
        packets += [GroupEnd(), FormatEnd()]
        self.write_object(FormattedText(packets))
