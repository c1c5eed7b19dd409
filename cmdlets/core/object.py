"""The object cmdlets: Where-Object, ForEach-Object, Select-Object, Sort-Object, Group-Object,
Measure-Object, Compare-Object, Tee-Object, Get-Unique.

The first part of this module holds small helpers shared by the core cmdlet modules
(object, members, format, out, utility): they reach the runtime's value semantics
(ems.runtime.conversion / operators / members / wildcard) so no cmdlet reimplements them.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
import math
from typing import Any, Iterable

from ems.runtime.cmdlet import ALL_SETS, SWITCH, Cmdlet, Parameter, ParameterSetSpec
from ems.runtime.psobject import PSNoteProperty, PSObject, base_object

OBJ = "System.Management.Automation.PSObject"


@dataclass(frozen=True)
class RemainingParameter(Parameter):
    """A parameter with ValueFromRemainingArguments (the binder reads ``remaining``)."""

    remaining: bool = True

SB = "System.Management.Automation.ScriptBlock"
STR = "System.String"
STRS = "System.String[]"
INT = "System.Int32"
OBJS = "System.Object[]"


# =============================================================== shared helpers
_NO_DU = object()

# The runtime modules, imported on first use (once: these are called per pipeline object).
@functools.cache
def _conv():
    from ems.runtime import conversion
    return conversion


@functools.cache
def _ops():
    from ems.runtime import operators
    return operators


@functools.cache
def _mem():
    from ems.runtime import members
    return members


@functools.cache
def _wild():
    from ems.runtime import wildcard
    return wildcard


@functools.cache
def _sbmod():
    from ems.runtime import scriptblock
    return scriptblock


def is_scriptblock(value: Any) -> bool:
    from ems.runtime.scriptblock import ScriptBlock
    return isinstance(value, ScriptBlock)


def is_dict(value: Any) -> bool:
    return isinstance(base_object(value), dict)


def to_str(value: Any, ctx: Any = None) -> str:
    return _conv().to_string(value, ctx)


def to_bool(value: Any) -> bool:
    return _conv().to_bool(value)


def is_enumerable(value: Any) -> bool:
    """True for the values a pipeline enumerates (arrays, lists, collections), not for
    strings, hashtables or single objects."""
    raw = base_object(value)
    if isinstance(raw, (str, dict, PSObject)) or raw is None:
        return False
    if isinstance(raw, (list, tuple)):
        return True
    return hasattr(raw, "__iter__") and not hasattr(raw, "PS_PROPERTIES")


def enumerate_value(value: Any) -> list[Any]:
    """The items PowerShell would send down a pipeline for `value` (a scalar is one item)."""
    raw = base_object(value)
    if is_enumerable(raw):
        return list(raw)
    return [value]


def get_prop(ctx: Any, obj: Any, name: str) -> Any:
    """`$obj.Name` (null when there is no such property)."""
    if obj is None:
        return None
    found, value = _mem().try_get_member(obj, name, ctx)
    return value if found else None


def has_prop(obj: Any, name: str) -> bool:
    if obj is None:
        return False
    low = name.lower()
    return any(n.lower() == low for n in prop_names(obj))


def prop_names(obj: Any) -> list[str]:
    if obj is None:
        return []
    return list(_mem().property_names(obj))


def type_names(obj: Any) -> list[str]:
    if obj is None:
        return []
    return list(_mem().type_names(obj))


def binary(op: str, left: Any, right: Any, ctx: Any = None) -> Any:
    return _ops().binary(op, left, right, ctx)


def compare_values(a: Any, b: Any, case_sensitive: bool = False, ctx: Any = None) -> int:
    """-1, 0 or 1 as Sort-Object orders two values (nulls first, then PowerShell's
    comparison; values that cannot be compared are compared as strings)."""
    a, b = base_object(a), base_object(b)
    if a is None and b is None:
        return 0
    if a is None:
        return -1
    if b is None:
        return 1
    try:
        c = _ops().ps_compare(a, b, case_sensitive, ctx)
    except Exception:
        c = _ops().compare_strings(to_str(a, ctx), to_str(b, ctx), case_sensitive)
    return (c > 0) - (c < 0)


def values_equal(a: Any, b: Any, case_sensitive: bool = False, ctx: Any = None) -> bool:
    a, b = base_object(a), base_object(b)
    if a is None or b is None:
        return a is None and b is None
    try:
        return bool(_ops().ps_equals(a, b, case_sensitive, ctx))
    except Exception:
        sa, sb = to_str(a, ctx), to_str(b, ctx)
        return sa == sb if case_sensitive else sa.lower() == sb.lower()


def has_wildcard(text: str) -> bool:
    return _wild().has_wildcards(text)


def wildcard_match(pattern: str, text: str, case_sensitive: bool = False) -> bool:
    return _wild().wildcard_match(pattern, text, case_sensitive)


def invoke_sb(ctx: Any, sb: Any, dollar_under: Any = _NO_DU, args: Iterable[Any] = (),
              this: Any = None, new_scope: bool = False, output: Any = None) -> list[Any]:
    """Run a script block as Where-Object / ForEach-Object do: in the current scope.
    With ``output`` the objects stream to it and the result is empty."""
    if dollar_under is not _NO_DU and not new_scope and this is None and not args:
        sbm = _sbmod()
        if type(sb) is sbm.ScriptBlock:  # the per-object hot path of Where-Object / ForEach-Object
            if output is not None:
                sbm.run_with_dollar_under(ctx, sb, dollar_under, output)
                return []
            out: list[Any] = []
            sbm.run_with_dollar_under(ctx, sb, dollar_under, out.append)
            return out
    if dollar_under is _NO_DU:
        from ems.runtime.control import NO_DOLLAR_UNDER
        dollar_under = NO_DOLLAR_UNDER
    return list(ctx.invoke_scriptblock(sb, args=tuple(args), this=this, dollar_under=dollar_under,
                                       new_scope=new_scope, output=output) or [])


def sb_result(results: list[Any]) -> Any:
    """The value of a script block's output: null, the single object, or the array."""
    if not results:
        return None
    if len(results) == 1:
        return results[0]
    return list(results)


def new_custom(props: Iterable[tuple[str, Any]], type_names_: list[str] | None = None) -> PSObject:
    obj = PSObject.custom(list(props))
    if type_names_:
        obj.type_names = list(type_names_)
    return obj


def stop_upstream(cmdlet: Cmdlet) -> None:
    """Ask the engine to stop the commands before this one (Select-Object -First)."""
    stop = getattr(cmdlet.runtime, "stop_upstream", None)
    if stop is not None:
        stop()
        return
    from ems.runtime.control import StopUpstream
    processor = getattr(cmdlet.runtime, "processor", None)
    raise StopUpstream(processor if processor is not None else _ProcessorOf(cmdlet.runtime))


class _ProcessorOf:
    """Stands for "the processor running this runtime" when the engine does not expose it:
    compares equal to the pipeline's processor object whose ``runtime`` is ours."""

    def __init__(self, runtime: Any):
        self.runtime = runtime

    def __eq__(self, other: Any) -> bool:
        return other is self or getattr(other, "runtime", None) is self.runtime

    __hash__ = object.__hash__


# ---------------------------------------------------- calculated properties
_NAME_KEYS = ("name", "label")
_EXPR_KEYS = ("expression",)


def _hash_key(table: dict, candidates: tuple[str, ...], what: str) -> tuple[bool, Any]:
    """Look a key up in a calculated-property hashtable, allowing unique prefixes
    (`n`, `l`, `e`, `Exp`...)."""
    found = []
    for key, value in table.items():
        k = str(key).lower()
        if any(c.startswith(k) for c in candidates) and k:
            found.append((key, value))
    if not found:
        return False, None
    return True, found[0][1]


class PropertySpecError(Exception):
    def __init__(self, message: str, error_id: str):
        super().__init__(message)
        self.message = message
        self.error_id = error_id


class CalculatedProperty:
    """One resolved -Property item: a name (possibly a wildcard) or a name + expression."""

    def __init__(self, name: str | None, expression: Any = None, is_script: bool = False,
                 extras: dict | None = None):
        self.name = name
        self.expression = expression  # a property name (str) or a script block
        self.is_script = is_script
        self.extras = extras or {}

    @property
    def is_plain(self) -> bool:
        return self.expression is None

    def value(self, ctx: Any, obj: Any) -> Any:
        if self.is_script:
            return sb_result(invoke_sb(ctx, self.expression, dollar_under=obj))
        return get_prop(ctx, obj, self.expression if self.expression is not None else self.name)


def parse_property_specs(specs: Any, allowed_extra: tuple[str, ...] = ()) -> list[CalculatedProperty]:
    """-Property values (strings, script blocks, hashtables) as CalculatedProperty objects.
    ``allowed_extra``: further hashtable keys a cmdlet accepts (Sort-Object: ascending,
    descending; Format-Table: width, alignment, formatstring)."""
    out: list[CalculatedProperty] = []
    if specs is None:
        return out
    items = specs if isinstance(specs, (list, tuple)) else [specs]
    for item in items:
        raw = base_object(item)
        if isinstance(raw, dict):
            name = None
            expr = None
            extras: dict[str, Any] = {}
            for key, value in raw.items():
                k = str(key).lower()
                matched = [c for c in _NAME_KEYS + _EXPR_KEYS + allowed_extra if c.startswith(k) and k]
                if len(matched) != 1 and not (matched and all(m in _NAME_KEYS for m in matched)):
                    if not matched:
                        raise PropertySpecError(f'The "{key}" key is not valid.', "DictionaryKeyUnknown")
                    raise PropertySpecError(f'The "{key}" key is ambiguous.', "DictionaryKeyAmbiguous")
                m = matched[0]
                if m in _NAME_KEYS:
                    name = to_str(value)
                elif m == "expression":
                    expr = value
                else:
                    extras[m] = value
            if expr is None and "ascending" not in extras and "descending" not in extras \
                    and name is None:
                raise PropertySpecError('The "expression" key is missing.', "DictionaryKeyMissing")
            if expr is None and name is None:
                raise PropertySpecError('The "expression" key is missing.', "DictionaryKeyMissing")
            if expr is None:
                out.append(CalculatedProperty(name, None, False, extras))
                continue
            raw_expr = base_object(expr)
            if is_scriptblock(raw_expr):
                if name is None:
                    name = str(raw_expr).strip()
                out.append(CalculatedProperty(name, raw_expr, True, extras))
            else:
                text = to_str(raw_expr)
                out.append(CalculatedProperty(name if name is not None else text, text, False, extras))
        elif is_scriptblock(raw):
            out.append(CalculatedProperty(str(raw).strip(), raw, True))
        else:
            out.append(CalculatedProperty(to_str(raw), None))
    return out


def expand_specs(specs: list[CalculatedProperty], obj: Any,
                 exclude: list[str] | None = None) -> list[tuple[str, CalculatedProperty]]:
    """Resolve wildcards against the object's property names: (output name, spec) pairs,
    without duplicates (first wins), minus excluded names."""
    names = None
    out: list[tuple[str, CalculatedProperty]] = []
    seen: set[str] = set()
    for spec in specs:
        if spec.is_plain and spec.name is not None and has_wildcard(spec.name):
            if names is None:
                names = prop_names(obj)
            for n in names:
                if wildcard_match(spec.name, n) and n.lower() not in seen:
                    seen.add(n.lower())
                    out.append((n, CalculatedProperty(n, None)))
            continue
        name = spec.name or ""
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        out.append((name, spec))
    if exclude:
        out = [(n, s) for n, s in out if not any(wildcard_match(e, n) for e in exclude)]
    return out


# ==================================================================== Where-Object
_WHERE_OPS = (
    # (switch name, operator, aliases)
    ("EQ", "-eq", ("IEQ",)), ("CEQ", "-ceq", ()), ("NE", "-ne", ("INE",)), ("CNE", "-cne", ()),
    ("GT", "-gt", ("IGT",)), ("CGT", "-cgt", ()), ("LT", "-lt", ("ILT",)), ("CLT", "-clt", ()),
    ("GE", "-ge", ("IGE",)), ("CGE", "-cge", ()), ("LE", "-le", ("ILE",)), ("CLE", "-cle", ()),
    ("Like", "-like", ("ILike",)), ("CLike", "-clike", ()),
    ("NotLike", "-notlike", ("INotLike",)), ("CNotLike", "-cnotlike", ()),
    ("Match", "-match", ("IMatch",)), ("CMatch", "-cmatch", ()),
    ("NotMatch", "-notmatch", ("INotMatch",)), ("CNotMatch", "-cnotmatch", ()),
    ("Contains", "-contains", ("IContains",)), ("CContains", "-ccontains", ()),
    ("NotContains", "-notcontains", ("INotContains",)), ("CNotContains", "-cnotcontains", ()),
    ("In", "-in", ("IIn",)), ("CIn", "-cin", ()), ("NotIn", "-notin", ("INotIn",)),
    ("CNotIn", "-cnotin", ()), ("Is", "-is", ()), ("IsNot", "-isnot", ()),
)


def _where_set(switch: str) -> str:
    return {"EQ": "EqualSet", "Is": "IsSet", "IsNot": "IsNotSet"}.get(switch, switch + "Set")


def _where_parameters() -> tuple[Parameter, ...]:
    comparison_sets = tuple(_where_set(s) for s, _, _ in _WHERE_OPS)
    params = [
        Parameter("InputObject", OBJ, pipeline=True),
        Parameter("FilterScript", SB, position=0, mandatory=True, sets=("ScriptBlockSet",)),
        Parameter("Property", STR, position=0, mandatory=True, sets=comparison_sets),
        Parameter("Value", "System.Object", position=1, sets=comparison_sets),
    ]
    for switch, _, aliases in _WHERE_OPS:
        params.append(Parameter(switch, SWITCH, mandatory=switch != "EQ", aliases=aliases,
                                sets=(_where_set(switch),)))
    return tuple(params)


class WhereObject(Cmdlet):
    name = "Where-Object"
    module = "Microsoft.PowerShell.Core"
    aliases = ("?", "where")
    parameters = _where_parameters()
    default_parameter_set = "EqualSet"
    synopsis = "Selects objects from a collection based on their property values."
    description = (
        "Where-Object passes on the objects for which a condition holds. The condition is "
        "either a script block, run once per object with the object in $_, or a comparison "
        "statement `Where-Object <Property> -<Operator> <Value>` using one of the comparison "
        "switches (-EQ, -NE, -GT, -GE, -LT, -LE, -Like, -NotLike, -Match, -NotMatch, "
        "-Contains, -NotContains, -In, -NotIn, -Is, -IsNot, each with a case-sensitive "
        "C-variant). With only a property name, objects whose property is true are kept.")
    examples = (
        ("Get-MailboxDatabase | Where-Object { $_.Recovery -eq $false }",
         "Keeps the mailbox databases that are not recovery databases."),
        ("Get-Service | Where-Object Status -eq Running",
         "The comparison-statement form: keeps the services whose Status is Running."),
        ("1..10 | ? { $_ % 2 }", "Keeps the odd numbers, using the ? alias."),
    )

    def begin(self) -> None:
        self._op = None
        if self.parameter_set_name == "ScriptBlockSet" and self.FilterScript is not None:
            return
        for switch, op, _ in _WHERE_OPS:
            if self.bound_parameters.get(switch):
                self._op = op
                break
        if self._op is None and "Value" in self.bound_parameters:
            self._op = "-eq"

    def process(self) -> None:
        obj = self.InputObject
        if self.parameter_set_name == "ScriptBlockSet" and self.FilterScript is not None:
            if to_bool(sb_result(invoke_sb(self.context, self.FilterScript, dollar_under=obj))):
                self.write_object(obj)
            return
        if self.Property is None:
            self.throw_terminating_error(
                "Cannot process command because of one or more missing mandatory parameters: FilterScript.",
                "InvalidArgument", "MissingMandatoryParameter", None, "ParameterBindingException")
            return
        if obj is None:
            return
        left = get_prop(self.context, obj, self.Property)
        if self._op is None:
            keep = to_bool(left)
        else:
            keep = to_bool(binary(self._op, left, self.Value, self.context))
        if keep:
            self.write_object(obj)


# ================================================================== ForEach-Object
class ForEachObject(Cmdlet):
    name = "ForEach-Object"
    module = "Microsoft.PowerShell.Core"
    aliases = ("%", "foreach")
    parameters = (
        Parameter("InputObject", OBJ, pipeline=True),
        Parameter("Begin", SB, sets=("ScriptBlockSet",)),
        Parameter("Process", "System.Management.Automation.ScriptBlock[]", position=0,
                  mandatory=True, sets=("ScriptBlockSet",)),
        Parameter("End", SB, sets=("ScriptBlockSet",)),
        RemainingParameter("RemainingScripts", "System.Management.Automation.ScriptBlock[]",
                           sets=("ScriptBlockSet",)),
        Parameter("MemberName", STR, position=0, mandatory=True, sets=("PropertyAndMethodSet",)),
        RemainingParameter("ArgumentList", OBJS, aliases=("Args",), sets=("PropertyAndMethodSet",)),
    )
    default_parameter_set = "ScriptBlockSet"
    synopsis = "Performs an operation against each item in a collection of input objects."
    description = (
        "ForEach-Object runs its -Process script block once for each object that comes down the "
        "pipeline, with the object in $_; -Begin runs once before the first object and -End once "
        "after the last. Given several script blocks positionally, the first is -Begin, the last "
        "-End and those between are run for each object. With -MemberName it reads a property "
        "of each object, or calls a method of each object with -ArgumentList.")
    examples = (
        ("Get-Mailbox | ForEach-Object { $_.DisplayName }", "Prints the display name of every mailbox."),
        ("1..3 | % -Begin { $sum = 0 } -Process { $sum += $_ } -End { $sum }",
         "Adds up the numbers 1 to 3 and prints 6."),
        ("Get-MailboxDatabase | ForEach-Object Name", "The member-name form: the Name of each database."),
    )

    def begin(self) -> None:
        self._begin_sb = None
        self._process: list[Any] = []
        self._end_sb = None
        if self.parameter_set_name == "PropertyAndMethodSet":
            return
        scripts = list(self.Process or [])
        if not isinstance(self.Process, (list, tuple)) and self.Process is not None:
            scripts = [self.Process]
        scripts += list(self.RemainingScripts or [])
        begin, end = self.Begin, self.End
        if begin is None and end is None and len(scripts) >= 2:
            # Positional script blocks: begin, process..., [end]
            begin = scripts[0]
            if len(scripts) == 2:
                scripts = scripts[1:]
            else:
                end = scripts[-1]
                scripts = scripts[1:-1]
        self._begin_sb, self._process, self._end_sb = begin, scripts, end
        if begin is not None:
            invoke_sb(self.context, begin, output=self.write_object)

    def _emit(self, results: list[Any]) -> None:
        for r in results:
            self.write_object(r)

    def process(self) -> None:
        obj = self.InputObject
        if self.parameter_set_name == "PropertyAndMethodSet":
            self._member(obj)
            return
        for sb in self._process:
            if sb is None:
                continue
            invoke_sb(self.context, sb, dollar_under=obj, output=self.write_object)

    def _member(self, obj: Any) -> None:
        if obj is None:
            return
        name = self.MemberName
        members = _mem()
        if self.ArgumentList is None:
            if has_wildcard(name):
                for n in prop_names(obj):
                    if wildcard_match(name, n):
                        self.write_object(get_prop(self.context, obj, n), enumerate_collection=True)
                return
            found, value = members.try_get_member(obj, name, self.context)
            if found:
                self.write_object(value, enumerate_collection=True)
                return
        args = list(self.ArgumentList or [])
        if not isinstance(self.ArgumentList, (list, tuple)) and self.ArgumentList is not None:
            args = [self.ArgumentList]
        try:
            result = members.invoke_method(obj, name, args, self.context)
        except Exception as exc:
            if self.ArgumentList is None and getattr(exc, "error_id", "") == "MethodNotFound":
                return  # neither a property nor a method: nothing, as PowerShell does
            raise
        if result is not None and not members.is_void(result):
            self.write_object(result, enumerate_collection=True)

    def end(self) -> None:
        if self._end_sb is not None:
            invoke_sb(self.context, self._end_sb, output=self.write_object)


# =================================================================== Select-Object
class SelectObject(Cmdlet):
    name = "Select-Object"
    aliases = ("select",)
    parameters = (
        Parameter("InputObject", OBJ, pipeline=True),
        Parameter("Property", OBJS, position=0, sets=("DefaultParameter", "SkipLastParameter")),
        Parameter("ExcludeProperty", STRS, sets=("DefaultParameter", "SkipLastParameter")),
        Parameter("ExpandProperty", STR, sets=("DefaultParameter", "SkipLastParameter")),
        Parameter("Unique", SWITCH),
        Parameter("Last", INT, sets=("DefaultParameter",), validate_range=(0, 2147483647)),
        Parameter("First", INT, sets=("DefaultParameter",), validate_range=(0, 2147483647)),
        Parameter("Skip", INT, sets=("DefaultParameter",), validate_range=(0, 2147483647)),
        Parameter("SkipLast", INT, sets=("SkipLastParameter",), validate_range=(0, 2147483647)),
        Parameter("Wait", SWITCH, sets=("DefaultParameter", "IndexParameter")),
        Parameter("Index", "System.Int32[]", sets=("IndexParameter",)),
    )
    default_parameter_set = "DefaultParameter"
    synopsis = "Selects objects or object properties."
    description = (
        "Select-Object makes new objects holding only the properties you name (wildcards and "
        "calculated properties `@{Name=...; Expression={...}}` allowed), expands one property "
        "with -ExpandProperty, or picks objects by position with -First, -Last, -Skip, -SkipLast "
        "and -Index. -Unique drops duplicates. -First stops the commands before it as soon as it "
        "has enough objects. The new objects carry the type name Selected.<original type>.")
    examples = (
        ("Get-Mailbox | Select-Object Name, Database", "A table of just the name and database of each mailbox."),
        ("Get-MailboxStatistics -Server MBX01 | Select-Object DisplayName, @{n='SizeMB'; e={$_.TotalItemSize.Value.ToMB()}}",
         "A calculated property giving each mailbox's size in MB."),
        ("Get-ExchangeServer | Select-Object -First 1 -ExpandProperty Name", "The name of the first server, as a string."),
    )

    def begin(self) -> None:
        try:
            self._specs = parse_property_specs(self.Property)
        except PropertySpecError as exc:
            self.throw_terminating_error(exc.message, "InvalidArgument", exc.error_id)
        self._exclude = list(self.ExcludeProperty or []) if self.Property is not None else []
        self._seen: list[Any] = []
        self._count = 0
        self._buffer: list[Any] = []
        self._index = sorted(set(self.Index or [])) if self.Index is not None else None
        self._first = self.First
        self._last = self.Last
        self._skip = self.Skip or 0
        self._skip_last = self.SkipLast or 0
        self._stopped = False
        # With -Last (or -SkipLast, -Index with negatives) everything is buffered until end.
        self._buffering = (self._last is not None or self._skip_last
                           or (self._index is not None and any(i < 0 for i in self._index)))

    def _transform(self, obj: Any) -> list[Any]:
        """The objects one input object turns into (property selection / expansion)."""
        if self.ExpandProperty is not None:
            return self._expand(obj)
        if not self._specs:
            return [obj]
        return [self._select(obj)]

    def _select(self, obj: Any) -> PSObject:
        tn = type_names(obj)
        first = tn[0] if tn else "System.Object"
        if first.startswith("Selected."):
            names = list(tn)
        else:
            names = ["Selected." + first, "System.Management.Automation.PSCustomObject", "System.Object"]
        result = PSObject(type_names=names)
        for out_name, spec in expand_specs(self._specs, obj, self._exclude):
            if spec.is_script or spec.expression is not None:
                value = spec.value(self.context, obj)
            elif obj is not None and has_prop(obj, spec.name or ""):
                value = get_prop(self.context, obj, spec.name or "")
            else:
                value = None
            result.add_member(PSNoteProperty(out_name, value), force=True)
        return result

    def _expand(self, obj: Any) -> list[Any]:
        name = self.ExpandProperty
        matches = [n for n in prop_names(obj)] if obj is not None else []
        if has_wildcard(name):
            hits = [n for n in matches if wildcard_match(name, n)]
            if len(hits) > 1:
                self.write_error(f'Multiple properties cannot be expanded.', "InvalidArgument",
                                 "MutlipleExpandProperties", obj)
                return []
            name = hits[0] if hits else name
        if obj is None or not has_prop(obj, name):
            self.write_error(f'Property "{self.ExpandProperty}" cannot be found.', "InvalidArgument",
                             "ExpandPropertyNotFound", obj)
            return []
        value = get_prop(self.context, obj, name)
        items = enumerate_value(value) if is_enumerable(value) else [value]
        if not self._specs:
            return items
        out = []
        for item in items:
            if item is None:
                continue
            wrapped = item if isinstance(item, PSObject) else PSObject(item)
            for out_name, spec in expand_specs(self._specs, obj, self._exclude):
                if out_name.lower() == name.lower() and spec.is_plain:
                    continue
                if spec.is_script or spec.expression is not None:
                    v = spec.value(self.context, obj)
                else:
                    v = get_prop(self.context, obj, out_name)
                if wrapped.get_member(out_name) is not None:
                    self.write_error(f'The property cannot be processed because the property "{out_name}" already exists.',
                                     "InvalidOperation", "AlreadyExistingUserSpecifiedPropertyExpand", item)
                    continue
                wrapped.add_member(PSNoteProperty(out_name, v))
            out.append(wrapped)
        return out

    def _unique_ok(self, obj: Any) -> bool:
        if not self.Unique:
            return True
        for seen in self._seen:
            if _objects_equal(seen, obj, case_sensitive=True):
                return False
        self._seen.append(obj)
        return True

    def process(self) -> None:
        if self._stopped:
            return
        obj = self.InputObject
        if self._index is not None and not self._buffering:
            position = self._count
            self._count += 1
            if position not in self._index:
                if position > self._index[-1]:
                    self._stop()
                return
            for out in self._transform(obj):
                if self._unique_ok(out):
                    self.write_object(out)
            if position >= self._index[-1]:
                self._stop()
            return
        if self._buffering:
            self._buffer.append(obj)
            return
        position = self._count
        self._count += 1
        if position < self._skip:
            return
        if self._first is not None and self._first == 0:
            self._stop()
            return
        emitted_before = getattr(self, "_emitted", 0)
        for out in self._transform(obj):
            if self._unique_ok(out):
                if self._first is not None and emitted_before >= self._first:
                    break
                self.write_object(out)
                emitted_before += 1
        self._emitted = emitted_before
        if self._first is not None and emitted_before >= self._first and not self.Unique:
            self._stop()
        elif self._first is not None and self.Unique and emitted_before >= self._first:
            self._stop()

    def _stop(self) -> None:
        if not self._stopped:
            self._stopped = True
            stop_upstream(self)

    def end(self) -> None:
        if not self._buffering:
            return
        items = self._buffer
        if self._index is not None:
            n = len(items)
            picked = []
            for i in sorted(set(self.Index or [])):
                j = i + n if i < 0 else i
                if 0 <= j < n:
                    picked.append(j)
            items = [items[j] for j in sorted(set(picked))]
        else:
            if self._skip_last:
                items = items[:max(0, len(items) - self._skip_last)]
            if self._last is not None:
                if self._skip:
                    items = items[:max(0, len(items) - self._skip)]
                head: list[Any] = []
                if self._first is not None:  # -First and -Last: both ends, nothing twice
                    head, items = items[:self._first], items[self._first:]
                items = head + (items[max(0, len(items) - self._last):] if self._last else [])
            elif self._skip:
                items = items[self._skip:]
        for obj in items:
            for out in self._transform(obj):
                if self._unique_ok(out):
                    self.write_object(out)


def _objects_equal(a: Any, b: Any, case_sensitive: bool = False) -> bool:
    """Equality as Select-Object -Unique / Get-Unique see it: custom objects compare by
    their property values, other values by PowerShell's equality."""
    ra, rb = base_object(a), base_object(b)
    if isinstance(ra, PSObject) and isinstance(rb, PSObject) and ra.is_custom and rb.is_custom:
        na, nb = ra.property_names(), rb.property_names()
        if [n.lower() for n in na] != [n.lower() for n in nb]:
            return False
        return all(values_equal(ra.note(n), rb.note(n), case_sensitive) for n in na)
    return values_equal(ra, rb, case_sensitive)


# ===================================================================== Sort-Object
def _sort_keys(cmdlet: Cmdlet, specs: list[CalculatedProperty], obj: Any) -> list[Any]:
    if not specs:
        return [obj]
    keys = []
    for spec in specs:
        if spec.is_plain and spec.name and has_wildcard(spec.name):
            names = [n for n in prop_names(obj) if wildcard_match(spec.name, n)]
            keys.append(get_prop(cmdlet.context, obj, names[0]) if names else None)
        else:
            try:
                keys.append(spec.value(cmdlet.context, obj))
            except Exception:
                keys.append(None)
    return keys


class SortObject(Cmdlet):
    name = "Sort-Object"
    aliases = ("sort",)
    parameters = (
        Parameter("Descending", SWITCH),
        Parameter("Unique", SWITCH),
        Parameter("InputObject", OBJ, pipeline=True),
        Parameter("Property", OBJS, position=0),
        Parameter("Culture", STR),
        Parameter("CaseSensitive", SWITCH),
    )
    synopsis = "Sorts objects by property values."
    description = (
        "Sort-Object sorts its input by one or more keys: property names, script blocks, or "
        "hashtables `@{Expression=...; Descending=$true}` that set the direction per key. "
        "Strings compare case-insensitively unless -CaseSensitive is given; objects with equal "
        "keys keep their input order. -Unique keeps one object of each set of equal keys.")
    examples = (
        ("Get-Mailbox | Sort-Object Database, DisplayName", "Mailboxes by database, then by name."),
        ("Get-MailboxStatistics | Sort-Object TotalItemSize -Descending | Select-Object -First 10",
         "The ten largest mailboxes."),
        ("1,3,2,3 | sort -Unique", "1, 2, 3."),
    )

    def begin(self) -> None:
        try:
            self._specs = parse_property_specs(self.Property, ("ascending", "descending"))
        except PropertySpecError as exc:
            self.throw_terminating_error(exc.message, "InvalidArgument", exc.error_id)
        self._items: list[tuple[list[Any], Any]] = []

    def process(self) -> None:
        obj = self.InputObject
        if obj is None and "InputObject" not in self.bound_parameters:
            return
        self._items.append((_sort_keys(self, self._specs, obj), obj))

    def end(self) -> None:
        cs = bool(self.CaseSensitive)
        directions = []
        for spec in self._specs or [CalculatedProperty(None)]:
            desc = bool(self.Descending)
            if "descending" in spec.extras:
                desc = to_bool(spec.extras["descending"])
            elif "ascending" in spec.extras:
                desc = not to_bool(spec.extras["ascending"])
            directions.append(desc)

        def cmp(x: tuple[list[Any], Any], y: tuple[list[Any], Any]) -> int:
            for i, (a, b) in enumerate(zip(x[0], y[0])):
                c = compare_values(a, b, cs)
                if c:
                    return -c if directions[i] else c
            return 0

        items = sorted(self._items, key=functools.cmp_to_key(cmp))
        if self.Unique:
            unique: list[tuple[list[Any], Any]] = []
            for item in items:
                if unique and cmp(unique[-1], item) == 0:
                    continue
                unique.append(item)
            items = unique
        for _, obj in items:
            self.write_object(obj)


# ==================================================================== Group-Object
class GroupInfo:
    """Microsoft.PowerShell.Commands.GroupInfo."""

    PS_TYPE_NAMES = ("Microsoft.PowerShell.Commands.GroupInfo", "System.Object")
    PS_PROPERTIES = ("Values", "Count", "Group", "Name")

    def __init__(self, name: str, values: list[Any]):
        self.Name = name
        self.Values = values
        self.Group: list[Any] = []

    @property
    def Count(self) -> int:
        return len(self.Group)

    def ps_to_string(self) -> str:
        return "Microsoft.PowerShell.Commands.GroupInfo"


class GroupInfoNoElement(GroupInfo):
    PS_TYPE_NAMES = ("Microsoft.PowerShell.Commands.GroupInfoNoElement",
                     "Microsoft.PowerShell.Commands.GroupInfo", "System.Object")

    def __init__(self, name: str, values: list[Any], count: int):
        super().__init__(name, values)
        self._count = count
        self.Group = None  # type: ignore[assignment]

    @property
    def Count(self) -> int:  # type: ignore[override]
        return self._count

    def ps_to_string(self) -> str:
        return "Microsoft.PowerShell.Commands.GroupInfoNoElement"


class GroupObject(Cmdlet):
    name = "Group-Object"
    aliases = ("group",)
    parameters = (
        Parameter("NoElement", SWITCH),
        Parameter("AsHashTable", SWITCH, sets=("HashTable",), aliases=("AHT",)),
        Parameter("AsString", SWITCH, sets=("HashTable",)),
        Parameter("InputObject", OBJ, pipeline=True),
        Parameter("Property", OBJS, position=0),
        Parameter("Culture", STR),
        Parameter("CaseSensitive", SWITCH),
    )
    synopsis = "Groups objects that contain the same value for specified properties."
    description = (
        "Group-Object puts objects with equal values of the given properties (or script blocks) "
        "into groups, in the order the values first appear. Each group is a GroupInfo object "
        "with Count, Name (the values as text), Group (the objects) and Values. -NoElement leaves "
        "the objects out; -AsHashTable returns a hashtable from each value to its objects.")
    examples = (
        ("Get-Mailbox | Group-Object Database", "How many mailboxes each database holds."),
        ("Get-MailboxDatabaseCopyStatus * | Group-Object Status -NoElement", "Copies counted by status."),
        ("Get-Mailbox | Group-Object { $_.Name.Substring(0,1) }", "Mailboxes grouped by the first letter of their name."),
    )

    def begin(self) -> None:
        try:
            self._specs = parse_property_specs(self.Property)
        except PropertySpecError as exc:
            self.throw_terminating_error(exc.message, "InvalidArgument", exc.error_id)
        # (keys, group, kinds of the normalized keys or None when they cannot be normalized)
        self._groups: list[tuple[list[Any], GroupInfo, tuple | None]] = []
        # Index of the groups by normalized key, so that grouping 100,000 objects does not
        # compare each with every group; only keys that cannot be normalized are scanned.
        self._index: dict[tuple, GroupInfo] = {}
        self._wild = [bool(spec.is_plain and spec.name and has_wildcard(spec.name)) for spec in self._specs]

    def _norm(self, key: Any, cs: bool) -> tuple | None:
        """A hashable stand-in for a key: equal stand-ins mean keys Group-Object finds equal;
        None when the key's kind has no such stand-in (it is then compared one by one)."""
        if key is None:
            return ("null",)
        if isinstance(key, bool):
            return ("bool", key)
        if isinstance(key, str):
            return ("str", key if cs else key.lower())
        if isinstance(key, (int, float)):
            return ("num", key)
        if hasattr(type(key), "ps_to_string"):
            text = key.ps_to_string()
            return ("str", text if cs else text.lower())
        return None

    def _keys(self, obj: Any) -> list[Any]:
        if not self._specs:
            return [obj]
        out = []
        for spec, wild in zip(self._specs, self._wild):
            if wild:
                names = [n for n in prop_names(obj) if wildcard_match(spec.name, n)]
                out.extend(get_prop(self.context, obj, n) for n in names)
            else:
                out.append(spec.value(self.context, obj))
        return out

    def process(self) -> None:
        obj = self.InputObject
        keys = self._keys(obj)
        cs = bool(self.CaseSensitive)
        norms = [self._norm(k, cs) for k in keys]
        signature = None if None in norms else tuple(norms)
        if signature is not None:
            group = self._index.get(signature)
            if group is not None:
                group.Group.append(obj)
                return
        kinds = None if signature is None else tuple(n[0] for n in signature)
        for existing, group, known in self._groups:
            # Same kinds of normalized keys that missed the index cannot be equal.
            if kinds is not None and known == kinds:
                continue
            if len(existing) == len(keys) and all(
                    compare_values(a, b, cs) == 0 if (a is not None and b is not None)
                    else (a is None and b is None) for a, b in zip(existing, keys)):
                group.Group.append(obj)
                return
        name = ", ".join("" if k is None else to_str(k) for k in keys)
        group = GroupInfo(name, list(keys))
        group.Group.append(obj)
        self._groups.append((keys, group, kinds))
        if signature is not None:
            self._index[signature] = group

    def end(self) -> None:
        if self.AsHashTable:
            from ems.runtime.dotnet.collections import Hashtable
            table = Hashtable()
            for keys, group, _ in self._groups:
                if self.AsString or len(keys) != 1:
                    key = group.Name
                else:
                    key = keys[0]
                table[key] = _collection(group.Group)
            self.write_object(table)
            return
        for _, group, _ in self._groups:
            if self.NoElement:
                self.write_object(GroupInfoNoElement(group.Name, group.Values, group.Count))
            else:
                group.Group = _collection(group.Group)
                self.write_object(group)


def _collection(items: list[Any]) -> Any:
    """A Collection[PSObject]-like list (prints as `{a, b}`, has Count)."""
    try:
        from ems.runtime.dotnet.collections import ArrayList
        return ArrayList(items)
    except Exception:
        return list(items)


# =================================================================== Measure-Object
class GenericMeasureInfo:
    PS_TYPE_NAMES = ("Microsoft.PowerShell.Commands.GenericMeasureInfo",
                     "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object")
    PS_PROPERTIES = ("Count", "Average", "Sum", "Maximum", "Minimum", "Property")

    def __init__(self) -> None:
        self.Count = 0
        self.Average: Any = None
        self.Sum: Any = None
        self.Maximum: Any = None
        self.Minimum: Any = None
        self.Property: str | None = None

    def ps_to_string(self) -> str:
        return "Microsoft.PowerShell.Commands.GenericMeasureInfo"


class TextMeasureInfo:
    PS_TYPE_NAMES = ("Microsoft.PowerShell.Commands.TextMeasureInfo",
                     "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object")
    PS_PROPERTIES = ("Lines", "Words", "Characters", "Property")

    def __init__(self) -> None:
        self.Lines: Any = None
        self.Words: Any = None
        self.Characters: Any = None
        self.Property: str | None = None

    def ps_to_string(self) -> str:
        return "Microsoft.PowerShell.Commands.TextMeasureInfo"


def _to_number(value: Any) -> float | None:
    raw = base_object(value)
    if isinstance(raw, bool):
        return float(raw)
    if isinstance(raw, (int, float)):
        return float(raw)
    try:
        return float(_conv().convert_to(raw, "System.Double"))
    except Exception:
        return None


def _double(value: float) -> Any:
    return float(value)


class MeasureObject(Cmdlet):
    name = "Measure-Object"
    aliases = ("measure",)
    parameters = (
        Parameter("InputObject", OBJ, pipeline=True),
        Parameter("Property", STRS, position=0),
        Parameter("Sum", SWITCH, sets=("GenericMeasure",)),
        Parameter("Average", SWITCH, sets=("GenericMeasure",)),
        Parameter("Maximum", SWITCH, sets=("GenericMeasure",)),
        Parameter("Minimum", SWITCH, sets=("GenericMeasure",)),
        Parameter("Line", SWITCH, sets=("TextMeasure",)),
        Parameter("Word", SWITCH, sets=("TextMeasure",)),
        Parameter("Character", SWITCH, sets=("TextMeasure",)),
        Parameter("IgnoreWhiteSpace", SWITCH, sets=("TextMeasure",)),
    )
    default_parameter_set = "GenericMeasure"
    synopsis = "Calculates the numeric properties of objects, and the characters, words, and lines in string objects."
    description = (
        "Measure-Object counts its input objects and, with -Sum, -Average, -Maximum and -Minimum, "
        "computes those statistics over the objects or over the named properties (one result per "
        "property). With -Line, -Word and -Character it counts the lines, words and characters "
        "of text input instead.")
    examples = (
        ("Get-Mailbox | Measure-Object", "Counts the mailboxes."),
        ("1..10 | Measure-Object -Sum -Average -Maximum -Minimum", "Count 10, Average 5.5, Sum 55, Maximum 10, Minimum 1."),
        ('"one two", "three" | Measure-Object -Line -Word -Character', "2 lines, 3 words, 12 characters."),
    )

    def begin(self) -> None:
        self._text = self.parameter_set_name == "TextMeasure"
        self._props = list(self.Property or [])
        self._stats: dict[str, dict[str, Any]] = {}
        self._order: list[str] = []
        self._count = 0
        self._found: set[str] = set()

    def _stat(self, key: str) -> dict[str, Any]:
        st = self._stats.get(key.lower())
        if st is None:
            st = {"name": key, "count": 0, "sum": 0.0, "max": None, "min": None,
                  "lines": 0, "words": 0, "chars": 0, "numeric": True}
            self._stats[key.lower()] = st
            self._order.append(key.lower())
        return st

    def process(self) -> None:
        obj = self.InputObject
        if obj is None and "InputObject" not in self.bound_parameters:
            return
        if not self._props:
            self._add(self._stat(""), obj)
            return
        for pattern in self._props:
            if obj is None:
                continue
            names = [n for n in prop_names(obj) if wildcard_match(pattern, n)] if has_wildcard(pattern) \
                else ([pattern] if has_prop(obj, pattern) else [])
            for n in names:
                canonical = next((p for p in prop_names(obj) if p.lower() == n.lower()), n)
                self._found.add(pattern.lower())
                self._add(self._stat(canonical), get_prop(self.context, obj, canonical))

    def _add(self, st: dict[str, Any], value: Any) -> None:
        if self._text:
            text = "" if value is None else to_str(value)
            st["count"] += 1
            if self.Line:
                st["lines"] += len([ln for ln in text.split("\n")
                                    if not self.IgnoreWhiteSpace or ln.strip()]) if text else 0
            if self.Word:
                st["words"] += len(text.split())
            if self.Character:
                st["chars"] += len([c for c in text if not (self.IgnoreWhiteSpace and c.isspace())])
            return
        st["count"] += 1
        if not (self.Sum or self.Average or self.Maximum or self.Minimum):
            return
        number = _to_number(value)
        if number is None:
            if self.Sum or self.Average:
                self.write_error(f'Input object "{to_str(value)}" is not numeric.', "InvalidType",
                                 "NonNumericInputObject", value)
                st["count"] -= 1
                return
            st["numeric"] = False
            key = value
        else:
            key = number
            st["sum"] += number
        if not (self.Maximum or self.Minimum):
            return
        for which, sign in (("max", 1), ("min", -1)):
            cur = st[which]
            if cur is None or compare_values(key, cur) * sign > 0:
                st[which] = key

    def end(self) -> None:
        if self._props:
            for pattern in self._props:
                if pattern.lower() not in self._found:
                    self.write_error(f'The property "{pattern}" cannot be found in the input for any objects.',
                                     "InvalidArgument", "GenericMeasurePropertyNotFound", None)
        elif not self._order:
            self._stat("")
        for key in self._order:
            st = self._stats[key]
            if self._text:
                info = TextMeasureInfo()
                if self.Line:
                    info.Lines = st["lines"]
                if self.Word:
                    info.Words = st["words"]
                if self.Character:
                    info.Characters = st["chars"]
                info.Property = st["name"] or None
                self.write_object(info)
                continue
            info = GenericMeasureInfo()
            info.Count = st["count"]
            info.Property = st["name"] or None
            if self.Sum:
                info.Sum = _double(st["sum"])
            if self.Average and st["count"]:
                info.Average = _double(st["sum"] / st["count"])
            if self.Maximum and st["max"] is not None:
                info.Maximum = _double(st["max"]) if isinstance(st["max"], float) else st["max"]
            if self.Minimum and st["min"] is not None:
                info.Minimum = _double(st["min"]) if isinstance(st["min"], float) else st["min"]
            self.write_object(info)


# =================================================================== Compare-Object
class CompareObject(Cmdlet):
    name = "Compare-Object"
    aliases = ("compare", "diff")
    parameters = (
        Parameter("ReferenceObject", "System.Management.Automation.PSObject[]", position=0,
                  mandatory=True),
        Parameter("DifferenceObject", "System.Management.Automation.PSObject[]", position=1,
                  mandatory=True, pipeline=True),
        Parameter("SyncWindow", INT),
        Parameter("Property", OBJS),
        Parameter("ExcludeDifferent", SWITCH),
        Parameter("IncludeEqual", SWITCH),
        Parameter("PassThru", SWITCH),
        Parameter("Culture", STR),
        Parameter("CaseSensitive", SWITCH),
    )
    synopsis = "Compares two sets of objects."
    description = (
        "Compare-Object compares a reference set with a difference set and reports the objects "
        "that appear in only one of them, with a SideIndicator of `<=` (only in the reference "
        "set) or `=>` (only in the difference set). -IncludeEqual also reports the objects in "
        "both (`==`), -ExcludeDifferent leaves out the differences, -Property compares only "
        "those properties, and -PassThru returns the original objects with a SideIndicator "
        "note property added.")
    examples = (
        ("Compare-Object (Get-Content a.txt) (Get-Content b.txt)", "The lines that differ between two files."),
        ("Compare-Object $before $after -Property Name -IncludeEqual", "Compares two lists of objects by name."),
    )

    def begin(self) -> None:
        try:
            self._specs = parse_property_specs(self.Property)
        except PropertySpecError as exc:
            self.throw_terminating_error(exc.message, "InvalidArgument", exc.error_id)
        self._refs = [(self._keys(o), o) for o in self._as_list(self.ReferenceObject)]
        self._matched = [False] * len(self._refs)
        self._pending: list[tuple[list[Any], Any]] = []

    @staticmethod
    def _as_list(value: Any) -> list[Any]:
        if value is None:
            return []
        if isinstance(value, (list, tuple)):
            return list(value)
        return [value]

    def _keys(self, obj: Any) -> list[Any]:
        if not self._specs:
            return [obj]
        return [spec.value(self.context, obj) for spec in self._specs]

    def _equal(self, a: list[Any], b: list[Any]) -> bool:
        cs = bool(self.CaseSensitive)
        return all(_objects_equal(x, y, cs) if not (x is None or y is None) else (x is None and y is None)
                   for x, y in zip(a, b))

    def _emit(self, keys: list[Any], obj: Any, side: str) -> None:
        if side == "==" and not self.IncludeEqual:
            return
        if side != "==" and self.ExcludeDifferent:
            return
        if self.PassThru:
            wrapped = obj if isinstance(obj, PSObject) else PSObject(obj)
            wrapped.add_member(PSNoteProperty("SideIndicator", side), force=True)
            self.write_object(wrapped)
            return
        if self._specs:
            props = [(spec.name or "", k) for spec, k in zip(self._specs, keys)]
        else:
            props = [("InputObject", obj)]
        props.append(("SideIndicator", side))
        self.write_object(PSObject.custom(props))

    def process(self) -> None:
        for obj in self._as_list(self.DifferenceObject):
            keys = self._keys(obj)
            for i, (rkeys, robj) in enumerate(self._refs):
                if not self._matched[i] and self._equal(rkeys, keys):
                    self._matched[i] = True
                    self._emit(keys, obj, "==")
                    break
            else:
                self._pending.append((keys, obj))

    def end(self) -> None:
        for keys, obj in self._pending:
            self._emit(keys, obj, "=>")
        for matched, (keys, obj) in zip(self._matched, self._refs):
            if not matched:
                self._emit(keys, obj, "<=")


# ======================================================================= Tee-Object
class TeeObject(Cmdlet):
    name = "Tee-Object"
    aliases = ("tee",)
    parameters = (
        Parameter("InputObject", OBJ, pipeline=True),
        Parameter("FilePath", STR, position=0, mandatory=True, sets=("File",), aliases=("Path",)),
        Parameter("LiteralPath", STR, mandatory=True, sets=("LiteralFile",), aliases=("PSPath",)),
        Parameter("Append", SWITCH, sets=("File",)),
        Parameter("Variable", STR, mandatory=True, sets=("Variable",)),
    )
    default_parameter_set = "File"
    synopsis = "Saves command output in a file or variable and also sends it down the pipeline."
    description = (
        "Tee-Object passes every object on unchanged and also keeps a copy: in a variable "
        "(-Variable, set when the pipeline ends) or in a file (-FilePath, written as the console "
        "would show the objects, in Unicode like Out-File; -Append adds to the file).")
    examples = (
        ("Get-Mailbox | Tee-Object -Variable mbx | Select-Object Name", "Keeps the mailboxes in $mbx while printing their names."),
        ("Get-Queue | Tee-Object -FilePath C:\\temp\\queues.txt", "Shows the queues and saves the same text to a file."),
    )

    def begin(self) -> None:
        self._items: list[Any] = []

    def process(self) -> None:
        obj = self.InputObject
        self._items.append(obj)
        self.write_object(obj)

    def end(self) -> None:
        if self.parameter_set_name == "Variable":
            value = self._items[0] if len(self._items) == 1 else list(self._items)
            if not self._items:
                value = None
            self.context.set_variable(self.Variable, value)
            return
        from cmdlets.core.out import write_text_file, render_objects
        path = self.FilePath if self.FilePath is not None else self.LiteralPath
        text = render_objects(self, self._items)
        write_text_file(self, path, text, append=bool(self.Append), encoding="unicode")


# ======================================================================= Get-Unique
class GetUnique(Cmdlet):
    name = "Get-Unique"
    aliases = ("gu",)
    parameters = (
        Parameter("InputObject", OBJ, pipeline=True),
        Parameter("AsString", SWITCH, sets=("AsString",)),
        Parameter("OnType", SWITCH, sets=("UniqueByType",)),
    )
    default_parameter_set = "AsString"
    synopsis = "Returns unique items from a sorted list."
    description = (
        "Get-Unique compares each object with the one before it and drops it when they are "
        "equal, so on sorted input only one of each value remains. The comparison is "
        "case-sensitive. -AsString compares the objects as text; -OnType keeps one object of "
        "each type.")
    examples = (
        ("1,1,2,3,3 | Get-Unique", "1, 2, 3."),
        ("Get-Content names.txt | Sort-Object | Get-Unique", "The distinct lines of a file."),
    )

    def begin(self) -> None:
        self._has_last = False
        self._last: Any = None

    def process(self) -> None:
        obj = self.InputObject
        if self.OnType:
            key: Any = type_names(obj)[0] if obj is not None else ""
            same = self._has_last and key == self._last
        elif self.AsString or isinstance(base_object(obj), str):
            key = "" if obj is None else to_str(obj)
            same = self._has_last and isinstance(self._last, str) and key == self._last
        else:
            key = obj
            same = self._has_last and _objects_equal(self._last, obj, case_sensitive=True)
        if not same:
            self.write_object(obj)
        self._has_last = True
        self._last = key


def _register_views() -> None:
    try:
        from ems.format import views
    except Exception:  # the formatter is not there: objects still print from their properties
        return
    reg = views.DEFAULT_REGISTRY
    if reg.find_view(["Microsoft.PowerShell.Commands.GroupInfo"], "table") is None:
        reg.register_table_view("Microsoft.PowerShell.Commands.GroupInfo",
                                [("Count", "Count", 5, "right"), ("Name", "Name", 25, None),
                                 ("Group", "Group", None, None)])
    if reg.find_view(["Microsoft.PowerShell.Commands.GroupInfoNoElement"], "table") is None:
        reg.register_table_view("Microsoft.PowerShell.Commands.GroupInfoNoElement",
                                [("Count", "Count", 5, "right"), ("Name", "Name", None, None)])


_register_views()
