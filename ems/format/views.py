"""The view registry: PowerShell's format database (format.ps1xml) and DefaultDisplayPropertySet.

Exchange cmdlet authors register the EMS views here, e.g. (widths from the reference)::

    register_table_view(
        "Microsoft.Exchange.Management.SystemConfigurationTasks.DatabaseCopyStatusEntry",
        [("Name", "Name", 45, None), ("Status", "Status", 15, None),
         ("CopyQueueLength", "CopyQueueLength", 9, None), ...])

A column is ``(label, property, width, alignment)`` (or a ``TableColumn``): ``label`` None means
the property name; ``property`` is a property name or a callable ``obj -> value``; ``width`` None
or 0 lets the column share the free width; ``alignment`` is ``"left"``, ``"right"``,
``"center"`` or None (undefined: left, whatever the value type, as in PowerShell's views).

Views are found through the object's TypeNames list, most derived first; for one type name the
first view registered wins (Out-Default uses it whatever its shape; Format-Table/-List/-Wide
take the first view of their shape). Objects without a view are shown from their
DefaultDisplayPropertySet (``register_default_display_properties`` or a class attribute
``PS_DEFAULT_DISPLAY_PROPERTIES`` on a model class), else from all their properties.

``register_scalar_type`` marks a type printed as its ToString() alone on a line (as numbers and
strings are), e.g. a value type whose properties should not be listed.

The module keeps one default registry (the format database is static data loaded once, like the
cmdlet table); every formatting entry point also takes a ``registry`` argument.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

Expr = Any  # a property name (str) or a callable obj -> value


@dataclass
class TableColumn:
    label: str | None
    property: Expr
    width: int | None = None
    alignment: str | None = None
    format_string: str | None = None


@dataclass
class ListItem:
    label: str | None
    property: Expr
    format_string: str | None = None


@dataclass
class GroupBy:
    """How a view (or -GroupBy) groups rows: a property (or callable) and its display label."""

    property: Expr
    label: str | None = None

    @property
    def display_name(self) -> str:
        if self.label:
            return self.label
        if isinstance(self.property, str):
            return self.property
        return expression_text(self.property)


@dataclass
class View:
    type_name: str
    shape: str  # "table" | "list" | "wide" | "custom"
    name: str | None = None
    group_by: GroupBy | None = None


@dataclass
class TableView(View):
    columns: list[TableColumn] = field(default_factory=list)
    hide_headers: bool = False
    wrap: bool = False
    autosize: bool = False


@dataclass
class ListView(View):
    items: list[ListItem] = field(default_factory=list)


@dataclass
class WideView(View):
    property: Expr = None
    columns: int = 0


@dataclass
class CustomView(View):
    """A view that renders the whole object as text lines (PowerShell's custom control)."""

    render: Callable[[Any], str] | None = None
    out_of_band: bool = False


DESERIALIZED = "Deserialized."


def mask_deserialized(type_names: Sequence[str]) -> list[str] | None:
    """Deserializer.MaskDeserializationPrefix: the names without "Deserialized.", or None."""
    if not any(tn.startswith(DESERIALIZED) for tn in type_names):
        return None
    return [tn[len(DESERIALIZED):] if tn.startswith(DESERIALIZED) else tn for tn in type_names]


def expression_text(expr: Any) -> str:
    """The text PowerShell shows for a script block used as a column: its source text.

    Callables may carry it in a ``ps_text`` attribute (the cmdlet layer sets it)."""
    if isinstance(expr, str):
        return expr
    for attr in ("ps_text", "text"):
        t = getattr(expr, attr, None)
        if isinstance(t, str):
            return t
    return ""


def _group_by(spec: Any) -> GroupBy | None:
    if spec is None:
        return None
    if isinstance(spec, GroupBy):
        return spec
    if isinstance(spec, tuple):
        label, prop = spec
        return GroupBy(prop, label)
    return GroupBy(spec)


def _column(c: Any) -> TableColumn:
    if isinstance(c, TableColumn):
        return c
    if isinstance(c, str):
        return TableColumn(None, c)
    c = tuple(c)
    label = c[0]
    prop = c[1] if len(c) > 1 else label
    width = c[2] if len(c) > 2 else None
    align = c[3] if len(c) > 3 else None
    fmt = c[4] if len(c) > 4 else None
    return TableColumn(label, prop, width or None, _align(align), fmt)


def _align(a: Any) -> str | None:
    if a is None:
        return None
    a = str(a).lower()
    if a in ("left", "right", "center"):
        return a
    if a in ("undefined", ""):
        return None
    raise ValueError(f"alignment must be left, right or center, not {a!r}")


def _item(e: Any) -> ListItem:
    if isinstance(e, ListItem):
        return e
    if isinstance(e, str):
        return ListItem(None, e)
    e = tuple(e)
    return ListItem(e[0], e[1] if len(e) > 1 else e[0], e[2] if len(e) > 2 else None)


class ViewRegistry:
    def __init__(self) -> None:
        self._views: dict[str, list[View]] = {}
        self._ddps: dict[str, list[str]] = {}
        self._scalars: set[str] = set()

    # -- registration ---------------------------------------------------
    def add_view(self, view: View) -> View:
        self._views.setdefault(view.type_name.lower(), []).append(view)
        return view

    def register_table_view(self, type_name: str, columns: Iterable[Any], group_by: Any = None,
                            *, name: str | None = None, hide_headers: bool = False,
                            wrap: bool = False, autosize: bool = False) -> TableView:
        return self.add_view(TableView(type_name, "table", name, _group_by(group_by),
                                       [_column(c) for c in columns], hide_headers, wrap,
                                       autosize))  # type: ignore[return-value]

    def register_list_view(self, type_name: str, entries: Iterable[Any], group_by: Any = None,
                           *, name: str | None = None) -> ListView:
        return self.add_view(ListView(type_name, "list", name, _group_by(group_by),
                                      [_item(e) for e in entries]))  # type: ignore[return-value]

    def register_wide_view(self, type_name: str, property: Expr, columns: int = 0,
                           group_by: Any = None, *, name: str | None = None) -> WideView:
        return self.add_view(WideView(type_name, "wide", name, _group_by(group_by), property,
                                      columns))  # type: ignore[return-value]

    def register_custom_view(self, type_name: str, render: Callable[[Any], str], *,
                             name: str | None = None, out_of_band: bool = False) -> CustomView:
        return self.add_view(CustomView(type_name, "custom", name, None, render,
                                        out_of_band))  # type: ignore[return-value]

    def register_default_display_properties(self, type_name: str, names: Sequence[str]) -> None:
        self._ddps[type_name.lower()] = list(names)

    def register_scalar_type(self, type_name: str) -> None:
        self._scalars.add(type_name.lower())

    # -- lookup ---------------------------------------------------------
    def find_view(self, type_names: Sequence[str], shape: str | None = None,
                  name: str | None = None) -> View | None:
        """The first view for the most derived type name; deserialized objects
        ("Deserialized.X", as remote sessions return them) also match the views of X."""
        v = self._find_view(type_names, shape, name)
        if v is None:
            masked = mask_deserialized(type_names)
            if masked is not None:
                v = self._find_view(masked, shape, name)
        return v

    def _find_view(self, type_names: Sequence[str], shape: str | None,
                   name: str | None) -> View | None:
        for tn in type_names:
            for v in self._views.get(tn.lower(), ()):
                if shape is not None and v.shape != shape:
                    continue
                if name is not None and (v.name or "").lower() != name.lower():
                    continue
                return v
        return None

    def find_out_of_band_view(self, type_names: Sequence[str]) -> CustomView | None:
        for tn in type_names:
            for v in self._views.get(tn.lower(), ()):
                if isinstance(v, CustomView) and v.out_of_band:
                    return v
        return None

    def default_display_properties(self, obj: Any, type_names: Sequence[str]) -> list[str] | None:
        declared = getattr(type(obj), "PS_DEFAULT_DISPLAY_PROPERTIES", None)
        if declared:
            return list(declared)
        for tn in type_names:
            names = self._ddps.get(tn.lower())
            if names:
                return list(names)
        return None

    def is_scalar_type(self, type_names: Sequence[str]) -> bool:
        return bool(type_names) and type_names[0].lower() in self._scalars


def datetime_view_text(obj: Any) -> str:
    """The DateTime script property (types.ps1xml), honouring Get-Date's DisplayHint note:
    ``Date`` gives the long date, ``Time`` the long time, anything else both."""
    from ems.format.display import format_datetime_long, to_string
    from ems.runtime.psobject import PSObject
    d = obj.base if type(obj) is PSObject and obj.base is not None else obj
    hint = obj.note("DisplayHint") if type(obj) is PSObject else None
    text = format_datetime_long(d)
    hint = to_string(hint).lower() if hint is not None else ""
    if hint == "date":
        return text.rsplit(" ", 2)[0]
    if hint == "time":
        return " ".join(text.rsplit(" ", 2)[1:])
    return text


def _builtin_views(reg: ViewRegistry) -> None:
    """The few views of PowerShell's own DotNetTypes.format.ps1xml that matter here."""

    # Hashtables print through their DictionaryEntry items.
    reg.register_table_view("System.Collections.DictionaryEntry",
                            [(None, "Name", 30, None), (None, "Value", None, None)],
                            name="Dictionary")
    reg.register_list_view("System.Collections.DictionaryEntry", ["Name", "Value"])
    reg.register_list_view("System.TimeSpan", ["Days", "Hours", "Minutes", "Seconds", "Milliseconds",
                                               "Ticks", "TotalDays", "TotalHours", "TotalMinutes",
                                               "TotalSeconds", "TotalMilliseconds"])
    reg.register_table_view("System.TimeSpan", ["Days", "Hours", "Minutes", "Seconds", "Milliseconds"])
    reg.register_wide_view("System.TimeSpan", "TotalMilliseconds")
    reg.register_custom_view("System.DateTime", datetime_view_text, name="DateTime")
    reg.register_table_view("System.Version", [(None, "Major", 6, None), (None, "Minor", 6, None),
                                               (None, "Build", 6, None), (None, "Revision", 8, None)])
    reg.register_table_view("System.Guid", ["Guid"])
    # `[int]`: the type as a row (DotNetTypes.format.ps1xml's System.RuntimeType view)
    reg.register_table_view("System.RuntimeType", [(None, "IsPublic", 8, None), ("IsSerial", "IsSerializable", 8, None),
                                                   (None, "Name", 40, None), ("BaseType", _base_type_name, None, None)])
    # `[math]::Round`: a method without parentheses lists its overloads, one a line
    # (`$_.OverloadDefinitions | Out-String` in a wrapped column)
    reg.register_table_view("System.Management.Automation.PSMethod",
                            [("OverloadDefinitions", _overload_lines, None, None)], wrap=True)


def _base_type_name(obj: Any) -> str | None:
    from ems.runtime.psobject import PSObject
    if type(obj) is PSObject and obj.base is not None:
        obj = obj.base
    base = getattr(obj, "base_type", None)  # a DotNetType of the runtime's shim
    return getattr(base, "full_name", None) if base is not None else None


def _overload_lines(obj: Any) -> str:
    from ems.runtime.psobject import PSObject
    if type(obj) is PSObject and obj.base is not None:
        obj = obj.base
    return "".join(str(d) + "\n" for d in getattr(obj, "OverloadDefinitions", None) or ())


DEFAULT_REGISTRY = ViewRegistry()
_builtin_views(DEFAULT_REGISTRY)


def register_table_view(type_name: str, columns: Iterable[Any], group_by: Any = None, **kw: Any) -> TableView:
    return DEFAULT_REGISTRY.register_table_view(type_name, columns, group_by, **kw)


def register_list_view(type_name: str, entries: Iterable[Any], group_by: Any = None, **kw: Any) -> ListView:
    return DEFAULT_REGISTRY.register_list_view(type_name, entries, group_by, **kw)


def register_wide_view(type_name: str, property: Expr, columns: int = 0, group_by: Any = None,
                       **kw: Any) -> WideView:
    return DEFAULT_REGISTRY.register_wide_view(type_name, property, columns, group_by, **kw)


def register_custom_view(type_name: str, render: Callable[[Any], str], **kw: Any) -> CustomView:
    return DEFAULT_REGISTRY.register_custom_view(type_name, render, **kw)


def register_default_display_properties(type_name: str, names: Sequence[str]) -> None:
    DEFAULT_REGISTRY.register_default_display_properties(type_name, names)


def register_scalar_type(type_name: str) -> None:
    DEFAULT_REGISTRY.register_scalar_type(type_name)
