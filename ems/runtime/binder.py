"""The parameter binder: PowerShell's algorithm, for cmdlets and for script functions.

Command metadata (``CommandMetadata``) comes from a Cmdlet subclass's ``parameters`` or
from a script block's ``param()`` block (``metadata_for_script``). ``ParameterBinder``
binds, in PowerShell's order:

1. named arguments (case-insensitive, unique prefixes, aliases, ``-Name:value``, switches);
2. positional arguments, by position within the parameter sets still possible;
3. the parameter set is chosen (narrowed by what was bound; the default set wins a tie;
   "Parameter set cannot be resolved using the specified named parameters." otherwise);
4. mandatory parameters that pipeline input cannot supply are asked for (interactive host)
   or reported missing;
5. per pipeline object: ValueFromPipeline without conversion, ByPropertyName without
   conversion, ValueFromPipeline with conversion, ByPropertyName with conversion.

Values are converted to the parameter's type with ``conversion.convert_to``; enumerations
declared with ``enum_values`` check the name; Exchange types that are not .NET types of the
shim pass through unchanged unless a converter was registered with
``register_parameter_type(type_name, converter)``.

Errors are ParameterBindingException records with PowerShell's texts and
FullyQualifiedErrorIds, suffixed with ``,<CommandName>``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ems.errors import ErrorCategory, ErrorRecord
from ems.runtime.cmdlet import ALL_SETS, SWITCH, Parameter, ParameterSetSpec
from ems.runtime.control import AUTOMATION_NULL, enumerate_value, is_enumerable
from ems.runtime.exceptions import (PSRuntimeException, ParameterBindingArgumentTransformationException,
                                    ParameterBindingException, ParameterBindingValidationException)

ACTION_PREFERENCES = ("SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend")
ACTION_PREFERENCE_TYPE = "System.Management.Automation.ActionPreference"

COMMON_PARAMETERS: tuple[Parameter, ...] = (
    Parameter("Verbose", SWITCH, aliases=("vb",)),
    Parameter("Debug", SWITCH, aliases=("db",)),
    Parameter("ErrorAction", ACTION_PREFERENCE_TYPE, aliases=("ea",), enum_values=ACTION_PREFERENCES),
    Parameter("WarningAction", ACTION_PREFERENCE_TYPE, aliases=("wa",), enum_values=ACTION_PREFERENCES),
    Parameter("InformationAction", ACTION_PREFERENCE_TYPE, aliases=("infa",), enum_values=ACTION_PREFERENCES),
    Parameter("ErrorVariable", "System.String", aliases=("ev",)),
    Parameter("WarningVariable", "System.String", aliases=("wv",)),
    Parameter("InformationVariable", "System.String", aliases=("iv",)),
    Parameter("OutVariable", "System.String", aliases=("ov",)),
    Parameter("OutBuffer", "System.Int32", aliases=("ob",)),
    Parameter("PipelineVariable", "System.String", aliases=("pv",)),
)
SHOULD_PROCESS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter("WhatIf", SWITCH, aliases=("wi",)),
    Parameter("Confirm", SWITCH, aliases=("cf",)),
)
COMMON_NAMES = frozenset(p.name.lower() for p in COMMON_PARAMETERS + SHOULD_PROCESS_PARAMETERS)


# ------------------------------------------------------------------ parameter type registry

_TYPE_REGISTRY: dict[str, tuple[Callable[[Any, Any], Any], Callable[[Any], bool] | None]] = {}


def register_parameter_type(type_name: str, converter: Callable[[Any, Any], Any],
                            is_instance: Callable[[Any], bool] | None = None) -> None:
    """Plug a converter for a parameter type the .NET shim does not know (an Exchange type
    such as "Microsoft.Exchange.Data.ByteQuantifiedSize"). ``converter(value, ctx)`` returns
    the converted value or raises a PSRuntimeException (its message follows "Cannot bind
    parameter 'X'. "); ``is_instance(value)`` tells a value that needs no conversion.
    Registering "T" also covers "T[]" (each element converted)."""
    _TYPE_REGISTRY[type_name.lower()] = (converter, is_instance)
    _CONVERTER_CACHE.clear()


def registered_parameter_types() -> list[str]:
    return sorted(_TYPE_REGISTRY)


class TypeConverter:
    """How values become one parameter type: ``accepts(v)`` (no conversion needed) and
    ``convert(v, ctx)``."""

    __slots__ = ("display", "accepts", "convert", "is_array", "wrap_single")

    def __init__(self, display: str, accepts: Callable[[Any], bool], convert: Callable[[Any, Any], Any],
                 is_array: bool = False, wrap_single: bool = False):
        self.display = display
        self.accepts = accepts
        self.convert = convert
        self.is_array = is_array
        # an array type that accepts one value of its element type as is: the binder puts it
        # into a one-element array (PowerShell does not count that as a conversion)
        self.wrap_single = wrap_single


_CONVERTER_CACHE: dict[tuple, TypeConverter] = {}
_ANY = ("system.object", "object", "system.management.automation.psobject", "psobject", "")


def _identity(v: Any, ctx: Any) -> Any:
    return v


def _always(v: Any) -> bool:
    return True


def converter_for(type_name: str, enum_values: tuple[str, ...] | None = None) -> TypeConverter:
    key = (type_name, enum_values)
    c = _CONVERTER_CACHE.get(key)
    if c is None:
        c = _CONVERTER_CACHE[key] = _make_converter(type_name, enum_values)
    return c


def _make_converter(type_name: str, enum_values: tuple[str, ...] | None) -> TypeConverter:
    low = (type_name or "").lower()
    if enum_values:
        return _enum_converter(type_name, enum_values)
    if low in _ANY:
        return TypeConverter(type_name or "System.Object", _always, _identity)
    if low in (SWITCH.lower(), "switch"):
        from ems.runtime.conversion import to_bool
        return TypeConverter(SWITCH, lambda v: isinstance(v, bool), lambda v, ctx: to_bool(v))
    reg = _TYPE_REGISTRY.get(low)
    if reg is not None:
        conv, inst = reg
        return TypeConverter(type_name, inst or (lambda v: False), conv)
    if low.endswith("[]"):
        el = low[:-2]
        reg = _TYPE_REGISTRY.get(el)
        if reg is not None:
            conv, inst = reg

            def conv_array(v: Any, ctx: Any, _c=conv) -> list:
                items = list(enumerate_value(v)) if is_enumerable(v) else [v]
                return [_c(x, ctx) for x in items]

            def acc_array(v: Any, _i=inst) -> bool:
                if _i is None:
                    return False
                items = list(enumerate_value(v)) if is_enumerable(v) else [v]
                return all(_i(x) for x in items)
            return TypeConverter(type_name, acc_array, conv_array, True)
    try:
        from ems.runtime.dotnet.types import resolve_type
        t = resolve_type(type_name)
    except Exception:
        t = None
    if t is None:
        # An Exchange (or other) type the shim does not model: the cmdlet resolves it.
        is_array = low.endswith("[]")
        if is_array:
            def wrap(v: Any, ctx: Any) -> Any:
                if v is None:
                    return None
                return list(enumerate_value(v)) if is_enumerable(v) else [v]
            return TypeConverter(type_name, lambda v: isinstance(v, list), wrap, True)
        return TypeConverter(type_name, _always, _identity)
    from ems.runtime.conversion import convert_to

    def conv_t(v: Any, ctx: Any, _t=t) -> Any:
        return convert_to(v, _t, ctx)

    def acc_t(v: Any, _t=t) -> bool:
        if _t.is_array:
            el = _t.element_type
            if not isinstance(v, list):
                # one value of the element type goes into the array without a conversion
                return v is not None and not is_enumerable(v) and (el.full_name == "System.Object"
                                                                    or el.is_instance(v))
            return el.full_name == "System.Object" or all(el.is_instance(x) for x in v)
        return _t.is_instance(v)
    return TypeConverter(t.full_name, acc_t, conv_t, t.is_array, t.is_array)


def _is_typed_array(value: Any, type_name: str) -> bool:
    t = getattr(value, "type_name", None)
    return isinstance(value, list) and isinstance(t, str) and t.lower() == (type_name or "").lower()


_BOOL_TYPES = frozenset(("System.Boolean", "bool", "Boolean", "System.Nullable[System.Boolean]"))


def _check_bool_argument(value: Any) -> None:
    """A [bool] parameter takes only Booleans and numbers (a string such as 'yes' is refused)."""
    from decimal import Decimal
    from ems.runtime.psobject import base_object
    v = base_object(value)
    if isinstance(v, (bool, int, float, Decimal)) or type(v).__name__ == "SwitchParameter":
        return
    from ems.runtime.commandruntime import _short_type
    from ems.runtime.exceptions import PSInvalidCastException
    try:
        from ems.runtime.dotnet.types import type_of
        t = type_of(v)
        full = t.full_name if t is not None else "System." + _short_type(v)
    except Exception:
        full = "System." + _short_type(v)
    raise PSInvalidCastException(f'Cannot convert value "{full}" to type "System.Boolean". Boolean parameters '
                                 f"accept only Boolean values and numbers, such as $True, $False, 1 or 0.")


def _enum_converter(type_name: str, values: tuple[str, ...]) -> TypeConverter:
    lookup = {v.lower(): v for v in values}
    from ems.runtime.conversion import to_string

    numeric = type_name == ACTION_PREFERENCE_TYPE  # `-ea 0`: ActionPreference by its number

    def one(v: Any, ctx: Any) -> str:
        s = to_string(v, ctx).strip() if not isinstance(v, str) else v.strip()
        if numeric and s.isdigit() and int(s) < len(values):
            return values[int(s)]
        r = lookup.get(s.lower())
        if r is None:
            # the wording of the PowerShell 2.0 session Exchange cmdlets bind in; the binder words it
            # as the local shell does for core cmdlets (_enum_message)
            ex = ParameterBindingException(
                f'Cannot convert value "{s}" to type "{type_name}" due to invalid enumeration values. '
                f'Specify one of the following enumeration values and try again. '
                f'The possible enumeration values are "{", ".join(values)}".', "CannotConvertArgumentNoMessage")
            ex.enum_failure = (s, type_name, values)
            raise ex
        return r

    is_array = type_name.endswith("[]")

    def conv(v: Any, ctx: Any) -> Any:
        if is_array:
            items = list(enumerate_value(v)) if is_enumerable(v) else [v]
            return [one(x, ctx) for x in items]
        if isinstance(v, list) and len(v) == 1:
            v = v[0]
        from ems.runtime.psobject import base_object
        v = base_object(v)
        if hasattr(v, "name") and not isinstance(v, str) and isinstance(getattr(v, "name"), str):
            v = v.name  # a Python enum member
        return one(v, ctx)
    return TypeConverter(type_name, lambda v: isinstance(v, str) and v in values, conv, is_array)


# ------------------------------------------------------------------ script parameters


@dataclass(frozen=True)
class ScriptParameter(Parameter):
    """A parameter declared in a param() block: adds what only scripts declare."""

    remaining: bool = False  # ValueFromRemainingArguments
    validate_script: Any = None  # a ScriptBlock value
    default_fn: Any = field(default=None, hash=False, compare=False)  # compiled default expression
    type_constraint: str | None = None  # the written type ([int]) when there is one
    help_message: str = ""


class CommandMetadata:
    """What the binder knows of one command."""

    def __init__(self, name: str, parameters: tuple[Parameter, ...], default_set: str | None = None,
                 supports_should_process: bool = False, confirm_impact: str = "Medium",
                 is_advanced: bool = True, is_script: bool = False):
        self.name = name
        self.own = tuple(parameters)
        self.is_advanced = is_advanced
        self.is_script = is_script
        self.supports_should_process = supports_should_process
        self.confirm_impact = confirm_impact or "Medium"
        self.default_set = default_set
        common = ()
        if is_advanced:
            common = COMMON_PARAMETERS + (SHOULD_PROCESS_PARAMETERS if supports_should_process else ())
        self.common = common
        self.all = self.own + tuple(p for p in common if p.name.lower() not in {q.name.lower() for q in self.own})
        self.by_key: dict[str, Parameter] = {}
        for p in self.all:
            self.by_key.setdefault(p.name.lower(), p)
        for p in self.all:
            for a in p.aliases:
                self.by_key.setdefault(a.lower(), p)
        sets: list[str] = []
        for p in self.own:
            for s in list(p.sets) + list(p.per_set.keys()):
                if s != ALL_SETS and s not in sets:
                    sets.append(s)
        self.sets = sets
        # ValueFromRemainingArguments: at most one per parameter set (ForEach-Object has
        # -RemainingScripts in one set and -ArgumentList in another)
        self.remaining_params = tuple(p for p in self.own if getattr(p, "remaining", False))
        self.remaining_param = self.remaining_params[0] if self.remaining_params else None
        self.positional_order = sorted((p for p in self.own if p.position is not None
                                        and p not in self.remaining_params), key=lambda p: p.position)
        self.pipeline_params = [p for p in self.own if p.pipeline or p.pipeline_by_name
                                or any(sp.pipeline or sp.pipeline_by_name for sp in p.per_set.values())]
        self.takes_pipeline = bool(self.pipeline_params)

    def mandatory_table(self, set_name: str | None) -> list:
        """(parameter, spec) of the mandatory parameters of a set (cached)."""
        cache = self.__dict__.setdefault("_mandatory_cache", {})
        t = cache.get(set_name)
        if t is None:
            t = []
            for p in self.own:
                if set_name is None or set_name == ALL_SETS or self.in_set(p, set_name):
                    sp = self.spec(p, set_name)
                    if sp.mandatory:
                        t.append((p, sp))
            cache[set_name] = t
        return t

    def param_sets(self, p: Parameter) -> set[str]:
        cache = self.__dict__.setdefault("_sets_cache", {})
        r = cache.get(p.name)
        if r is None:
            r = cache[p.name] = frozenset(self._param_sets(p))
        return r

    def _param_sets(self, p: Parameter) -> set[str]:
        if ALL_SETS in p.sets and not p.per_set:
            return set(self.sets) | {ALL_SETS}
        s = set(p.sets) | set(p.per_set.keys())
        if ALL_SETS in s:
            s |= set(self.sets)
        return s

    def in_set(self, p: Parameter, set_name: str) -> bool:
        return ALL_SETS in p.sets or set_name in p.sets or set_name in p.per_set

    def spec(self, p: Parameter, set_name: str | None) -> ParameterSetSpec:
        if set_name is not None and set_name in p.per_set:
            return p.per_set[set_name]
        return ParameterSetSpec(p.mandatory, p.position, p.pipeline, p.pipeline_by_name)

    def find(self, text: str) -> tuple[Parameter | None, list[Parameter]]:
        """(parameter, []) for an exact or unique-prefix match; (None, candidates) otherwise."""
        low = text.lower()
        p = self.by_key.get(low)
        if p is not None:
            return p, []
        cands: list[Parameter] = []
        for k, q in self.by_key.items():
            if k.startswith(low) and q not in cands:
                cands.append(q)
        if len(cands) == 1:
            return cands[0], []
        return None, cands


_CMDLET_META: dict[type, CommandMetadata] = {}


def metadata_for_cmdlet(cls: type) -> CommandMetadata:
    m = _CMDLET_META.get(cls)
    if m is None:
        m = _CMDLET_META[cls] = CommandMetadata(cls.name, tuple(cls.parameters), cls.default_parameter_set,
                                                cls.supports_should_process, cls.confirm_impact, True)
    return m


def metadata_for_script(compiled: Any, ctx: Any) -> CommandMetadata:
    """Metadata from a param() block (or `function f($a, $b)`)."""
    from ems.lang import ast as A
    from ems.runtime.conversion import to_bool, to_string
    from ems.runtime.evaluator import compile_expr

    def value(expr: Any) -> Any:
        v = compile_expr(expr)(ctx)
        return None if v is AUTOMATION_NULL else v

    default_set = None
    supports_sp = False
    impact = "Medium"
    positional_binding = True
    for a in compiled.param_attributes:
        if isinstance(a, A.AttributeAst) and a.type_name.name.lower().rsplit(".", 1)[-1] in ("cmdletbinding", "cmdletbindingattribute"):
            for na in a.named_arguments:
                n = na.name.lower()
                v = value(na.value)
                if n == "defaultparametersetname":
                    default_set = to_string(v)
                elif n == "supportsshouldprocess":
                    supports_sp = to_bool(v)
                elif n == "confirmimpact":
                    impact = to_string(v)
                elif n == "positionalbinding":
                    positional_binding = to_bool(v)
    params: list[Parameter] = []
    any_position = False
    raw: list[dict] = []
    for pa in compiled.parameters:
        d: dict[str, Any] = {"name": pa.name.name, "type": "System.Object", "aliases": [], "sets": [],
                             "per_set": {}, "mandatory": False, "position": None, "pipeline": False,
                             "pipeline_by_name": False}
        type_constraint = None
        for at in pa.attributes:
            if isinstance(at, A.TypeConstraintAst):
                type_constraint = at.type_name.full_name
                continue
            if not isinstance(at, A.AttributeAst):
                continue
            an = at.type_name.name.lower().rsplit(".", 1)[-1]
            if an.endswith("attribute"):
                an = an[:-9]
            pos_args = [value(x) for x in at.positional_arguments]
            if an == "parameter":
                spec = {"mandatory": False, "position": None, "pipeline": False, "pipeline_by_name": False}
                set_name = ALL_SETS
                for na in at.named_arguments:
                    n = na.name.lower()
                    v = value(na.value) if not na.expression_omitted else True
                    if n == "mandatory":
                        spec["mandatory"] = to_bool(v)
                    elif n == "position":
                        spec["position"] = int(v)
                        any_position = True
                    elif n == "valuefrompipeline":
                        spec["pipeline"] = to_bool(v)
                    elif n == "valuefrompipelinebypropertyname":
                        spec["pipeline_by_name"] = to_bool(v)
                    elif n == "valuefromremainingarguments":
                        d["remaining"] = to_bool(v)
                    elif n == "parametersetname":
                        set_name = to_string(v)
                    elif n == "helpmessage":
                        d["help_message"] = to_string(v)
                d["per_set"][set_name] = spec
            elif an == "alias":
                d["aliases"].extend(to_string(x) for x in _flatten(pos_args))
            elif an == "validateset":
                d["validate_set"] = tuple(to_string(x) for x in _flatten(pos_args))
            elif an == "validaterange":
                if len(pos_args) >= 2:
                    d["validate_range"] = (pos_args[0], pos_args[1])
            elif an == "validatenotnull":
                d["validate_not_null"] = True
            elif an == "validatenotnullorempty":
                d["validate_not_null_or_empty"] = True
            elif an == "validatecount":
                d["validate_count"] = (int(pos_args[0]), int(pos_args[1]))
            elif an == "validatelength":
                d["validate_length"] = (int(pos_args[0]), int(pos_args[1]))
            elif an == "validatepattern":
                d["validate_pattern"] = to_string(pos_args[0]) if pos_args else None
            elif an == "validatescript":
                d["validate_script"] = pos_args[0] if pos_args else None
            elif an == "allownull":
                d["allow_null"] = True
            elif an == "allowemptystring":
                d["allow_empty_string"] = True
            elif an == "allowemptycollection":
                d["allow_empty_collection"] = True
        if type_constraint is not None:
            d["type_constraint"] = type_constraint
            low = type_constraint.lower()
            if low in ("switch", "system.management.automation.switchparameter"):
                d["type"] = SWITCH
            else:
                try:
                    from ems.runtime.dotnet.types import resolve_type
                    t = resolve_type(type_constraint)
                except Exception:
                    t = None
                d["type"] = t.full_name if t is not None else type_constraint
        if pa.default_value is not None:
            d["default_fn"] = compile_expr(pa.default_value)
        raw.append(d)
    implicit = 0
    for d in raw:
        per_set = d.pop("per_set")
        if not per_set:
            per_set = {ALL_SETS: {"mandatory": False, "position": None, "pipeline": False, "pipeline_by_name": False}}
        # positions: implicit declaration order when none is explicit (and positional binding is on)
        for spec in per_set.values():
            if spec["position"] is None and not any_position and positional_binding and d["type"] != SWITCH:
                spec["position"] = implicit
        if d["type"] != SWITCH and not any_position and positional_binding:
            implicit += 1
        sets = tuple(per_set.keys())
        first = next(iter(per_set.values()))
        kwargs = dict(d)
        kwargs["aliases"] = tuple(d["aliases"])
        kwargs.pop("sets", None)
        for k in ("mandatory", "position", "pipeline", "pipeline_by_name"):
            kwargs.pop(k, None)
        ps = {}
        if len(per_set) > 1:
            ps = {s: ParameterSetSpec(v["mandatory"], v["position"], v["pipeline"], v["pipeline_by_name"])
                  for s, v in per_set.items()}
        params.append(ScriptParameter(sets=sets, mandatory=first["mandatory"], position=first["position"],
                                      pipeline=first["pipeline"], pipeline_by_name=first["pipeline_by_name"],
                                      per_set=ps, **kwargs))
    return CommandMetadata(compiled.name or "", tuple(params), default_set, supports_sp, impact,
                           compiled.is_advanced, True)


def _flatten(values: list) -> list:
    out = []
    for v in values:
        if isinstance(v, list):
            out.extend(v)
        else:
            out.append(v)
    return out


# ------------------------------------------------------------------ arguments


class CommandArgument:
    """One element of a command line after evaluation: ``-Name``, ``-Name:value`` or a value."""

    __slots__ = ("name", "value", "has_value", "extent", "name_text")

    def __init__(self, name: str | None = None, value: Any = None, has_value: bool = False,
                 extent: Any = None, name_text: str | None = None):
        self.name = name
        self.value = value
        self.has_value = has_value
        self.extent = extent
        self.name_text = name_text

    @property
    def is_parameter(self) -> bool:
        return self.name is not None

    def __repr__(self) -> str:
        if self.name is not None:
            return f"-{self.name}" + (f":{self.value!r}" if self.has_value else "")
        return repr(self.value)


class ParameterToken(str):
    """A parameter name (`-Name`) kept in a simple function's $args; splatting @args
    passes it on as a parameter, as PowerShell does."""

    __slots__ = ()


def positional_arguments(values: tuple | list) -> list[CommandArgument]:
    return [CommandArgument(None, v, True) for v in values]


# ------------------------------------------------------------------ the binder


def binding_error(message: str, error_id: str, command_name: str, extent: Any = None,
                  exc_cls: type = ParameterBindingException,
                  category: ErrorCategory = ErrorCategory.InvalidArgument, target: Any = None,
                  suffix: str | None = None, parameter: str | None = None) -> PSRuntimeException:
    """A binding error; its FullyQualifiedErrorId ends with ``suffix`` (a cmdlet's implementing
    type) or else the command name (functions and scripts)."""
    suffix = command_name if suffix is None else suffix
    fqid = f"{error_id},{suffix}" if suffix else error_id
    ex = exc_cls(message, fqid, category, target=target, extent=extent)
    if parameter is not None:
        ex.ParameterName = parameter
    tname = ttype = None
    if target is not None:
        # CategoryInfo names the object that could not be bound: `(1:Int32) [f]`
        from ems.runtime.commandruntime import _short_type
        from ems.runtime.conversion import to_string
        tname, ttype = to_string(target), _short_type(target)
    ex.error_record = ErrorRecord(message=message, category=category, fully_qualified_error_id=fqid,
                                  exception_type=ex.short_type_name if exc_cls is not ParameterBindingException
                                  else "ParameterBindingException",
                                  target_object=target, extent=extent, command_name=command_name or None,
                                  category_target=tname, category_target_type=ttype, exception=ex)
    return ex


class ParameterBinder:
    """Binds one invocation of one command."""

    def __init__(self, ctx: Any, meta: CommandMetadata, command_name: str, extent: Any = None):
        self.ctx = ctx
        self.meta = meta
        self.command_name = command_name
        self.extent = extent
        self.bound: dict[str, Any] = {}  # canonical name -> value (PowerShell's $PSBoundParameters)
        self.params: dict[str, Parameter] = {}  # canonical name -> Parameter
        self.cmdline: set[str] = set()
        self.from_pipeline: set[str] = set()
        self.sets: set[str] | None = None  # sets still possible (None: all)
        self.chosen_set: str | None = None
        self.leftovers: list[Any] = []  # $args of a simple function
        self.expecting_input = False
        self.position = 1
        self._fast: Parameter | None = None
        self.error_suffix: str | None = None  # FullyQualifiedErrorId suffix (None: command_name)

    # -- errors --------------------------------------------------------------------------
    def _err(self, message: str, error_id: str, extent: Any = None, exc_cls: type = ParameterBindingException,
             category: ErrorCategory = ErrorCategory.InvalidArgument, target: Any = None,
             parameter: str | None = None) -> PSRuntimeException:
        return binding_error(message, error_id, self.command_name, extent or self.extent, exc_cls, category, target,
                             self.error_suffix, parameter)

    # -- sets ----------------------------------------------------------------------------------
    def _narrow(self, p: Parameter) -> None:
        if not self.meta.sets:
            return
        s = self.meta.param_sets(p)
        if ALL_SETS in p.sets and not p.per_set:
            return
        new = s if self.sets is None else (self.sets & s)
        if not new:
            raise self._err("Parameter set cannot be resolved using the specified named parameters.",
                            "AmbiguousParameterSet")
        self.sets = new

    def _possible_sets(self) -> list[str]:
        if not self.meta.sets:
            return [ALL_SETS]
        if self.sets is None:
            return list(self.meta.sets)
        return [s for s in self.meta.sets if s in self.sets]

    # -- converting and validating ---------------------------------------------------------
    def convert(self, p: Parameter, value: Any, extent: Any = None, coerce: bool = True) -> Any:
        """The value converted to the parameter's type (validated); raises binding errors."""
        ctx = self.ctx
        if value is AUTOMATION_NULL:
            value = None
        trivial = _TRIVIAL.get(id(p))
        if trivial is None:
            trivial = _TRIVIAL[id(p)] = (converter_for(p.type, p.enum_values).accepts is _always
                                         and not self._is_mandatory(p) and not _has_validation(p))
            _KEEP.append(p)
        if trivial:
            return value
        if p.type == SWITCH:
            from ems.runtime.conversion import to_bool
            b = to_bool(value)
            if self.meta.is_script:
                return switch_value(b)
            return b
        conv = converter_for(p.type, p.enum_values)
        self._check_null(p, value, extent)
        if value is not None and not (isinstance(value, list) and not conv.is_array and False):
            try:
                if self.meta.is_script and p.type in _BOOL_TYPES:
                    _check_bool_argument(value)
                if not (conv.accepts(value) and not p.enum_values):
                    if not coerce:
                        raise _NoCoerce()
                    value = conv.convert(value, ctx)
                elif conv.is_array and self.meta.is_script and not _is_typed_array(value, conv.display):
                    # a function's [string[]] parameter holds a String[] (`f -Names one`), not Object[];
                    # an array of that very type is passed as it is (the same object)
                    value = conv.convert(value, ctx)
                elif conv.wrap_single and not isinstance(value, list):
                    value = [value]
            except _NoCoerce:
                raise
            except PSRuntimeException as e:
                raise self._conversion_error(p, e, extent)
            except Exception as e:  # a converter's own failure
                from ems.runtime.evaluator import wrap_exception
                raise self._conversion_error(p, wrap_exception(e), extent)
        self.validate(p, value, extent)
        return value

    def _conversion_error(self, p: Parameter, e: PSRuntimeException, extent: Any) -> PSRuntimeException:
        msg = e.message
        failure = getattr(e, "enum_failure", None)
        if failure is not None and not failure[1].startswith("Microsoft.Exchange.") and (
                self.meta.is_script or (self.error_suffix or "").startswith("Microsoft.PowerShell.")):
            # a core cmdlet or a function binds in the local shell: 5.1's wording
            value, type_name, values = failure
            msg = (f'Cannot convert value "{value}" to type "{type_name}". Error: "Unable to match the identifier '
                   f'name {value} to a valid enumerator name. Specify one of the following enumerator names and '
                   f'try again:\n{", ".join(values)}"')
        if self.meta.is_script:
            return self._err(f"Cannot process argument transformation on parameter '{p.name}'. {msg}",
                             "ParameterArgumentTransformationError", extent,
                             ParameterBindingArgumentTransformationException, ErrorCategory.InvalidData,
                             parameter=p.name)
        return self._err(f"Cannot bind parameter '{p.name}'. {msg}", "CannotConvertArgumentNoMessage", extent,
                         parameter=p.name)

    def _is_mandatory(self, p: Parameter) -> bool:
        if p.mandatory:
            return True
        return any(sp.mandatory for sp in p.per_set.values())

    def _check_null(self, p: Parameter, value: Any, extent: Any) -> None:
        if not self._is_mandatory(p) or p.allow_null:
            return
        if value is None:
            raise self._err(f"Cannot bind argument to parameter '{p.name}' because it is null.",
                            "ParameterArgumentValidationErrorNullNotAllowed", extent,
                            ParameterBindingValidationException, ErrorCategory.InvalidData)
        if value == "" and isinstance(value, str) and p.type.lower() in ("system.string", "string") \
                and not p.allow_empty_string:
            raise self._err(f"Cannot bind argument to parameter '{p.name}' because it is an empty string.",
                            "ParameterArgumentValidationErrorEmptyStringNotAllowed", extent,
                            ParameterBindingValidationException, ErrorCategory.InvalidData)
        if isinstance(value, list) and not value and not p.allow_empty_collection \
                and p.type.endswith("[]"):
            raise self._err(f"Cannot bind argument to parameter '{p.name}' because it is an empty array.",
                            "ParameterArgumentValidationErrorEmptyArrayNotAllowed", extent,
                            ParameterBindingValidationException, ErrorCategory.InvalidData)

    def validate(self, p: Parameter, value: Any, extent: Any = None) -> None:
        has = (p.validate_set or p.validate_range or p.validate_not_null or p.validate_not_null_or_empty
               or p.validate_count or p.validate_pattern or p.validate_length or getattr(p, "validate_script", None))
        if not has:
            return
        from ems.runtime.conversion import to_string

        def fail(detail: str, error_id: str = "ParameterArgumentValidationError") -> PSRuntimeException:
            return self._err(f"Cannot validate argument on parameter '{p.name}'. {detail}", error_id, extent,
                             ParameterBindingValidationException, ErrorCategory.InvalidData, parameter=p.name)

        if p.validate_not_null and value is None:
            raise fail("The argument is null. Provide a valid value for the argument, and then try running "
                       "the command again.")
        if p.validate_not_null_or_empty:
            if value is None or value == "" or (isinstance(value, list) and not value):
                raise fail("The argument is null or empty. Provide an argument that is not null or empty, and "
                           "then try the command again.")
            if isinstance(value, list) and any(x is None or x == "" for x in value):
                raise fail("The argument is null or empty. Provide an argument that is not null or empty, and "
                           "then try the command again.")
        items = value if isinstance(value, list) else [value]
        if p.validate_count is not None:
            lo, hi = p.validate_count
            n = len(value) if isinstance(value, list) else (0 if value is None else 1)
            if n < lo:
                raise fail(f"The number of provided arguments ({n}) is fewer than the minimum number of allowed "
                           f"arguments ({lo}). Provide more than {lo} arguments, and then try the command again.")
            if n > hi:
                raise fail(f"The number of provided arguments, ({n}), exceeds the maximum number of allowed "
                           f"arguments ({hi}). Provide fewer than {hi} arguments, and then try the command again.")
        if value is None:
            return
        for item in items:
            if p.validate_set is not None:
                s = to_string(item, self.ctx)
                if s.lower() not in (x.lower() for x in p.validate_set):
                    raise fail(f'The argument "{s}" does not belong to the set "{",".join(p.validate_set)}" '
                               f"specified by the ValidateSet attribute. Supply an argument that is in the set "
                               f"and then try the command again.")
            if p.validate_range is not None:
                lo, hi = p.validate_range
                try:
                    from ems.runtime.operators import binary
                    lt = binary("lt", item, lo, self.ctx)
                    gt = binary("gt", item, hi, self.ctx)
                except Exception:
                    lt = gt = False
                s = to_string(item, self.ctx)
                if lt:
                    raise fail(f"The {s} argument is less than the minimum allowed range of {to_string(lo)}. "
                               f"Supply an argument that is greater than or equal to {to_string(lo)} and then "
                               f"try the command again.")
                if gt:
                    raise fail(f"The {s} argument is greater than the maximum allowed range of {to_string(hi)}. "
                               f"Supply an argument that is less than or equal to {to_string(hi)} and then try "
                               f"the command again.")
            if p.validate_length is not None:
                lo, hi = p.validate_length
                s = to_string(item, self.ctx)
                if len(s) > hi:
                    raise fail(f"The character length of the {len(s)} argument is too long. Shorten the "
                               f'character length of the argument so it is fewer than or equal to "{hi}" '
                               f"characters, and then try the command again.")
                if len(s) < lo:
                    raise fail(f"The character length ({len(s)}) of the argument is too short. Specify an "
                               f'argument with a length that is greater than or equal to "{lo}", and then try '
                               f"the command again.")
            if p.validate_pattern is not None:
                s = to_string(item, self.ctx)
                if not re.search(p.validate_pattern, s, re.IGNORECASE):
                    raise fail(f'The argument "{s}" does not match the "{p.validate_pattern}" pattern. Supply '
                               f'an argument that matches "{p.validate_pattern}" and try the command again.')
            vs = getattr(p, "validate_script", None)
            if vs is not None:
                from ems.runtime.conversion import to_bool
                out = self.ctx.invoke_scriptblock(vs, dollar_under=item)
                ok = to_bool(out[0] if len(out) == 1 else out) if out else False
                if not ok:
                    raise fail(f'The "{vs.ps_to_string() if hasattr(vs, "ps_to_string") else vs}" validation '
                               f'script for the argument with value "{to_string(item, self.ctx)}" did not return '
                               f"a result of True. Determine why the validation script failed, and then try the "
                               f"command again.")

    def _set(self, p: Parameter, value: Any, from_pipeline: bool = False) -> None:
        self.bound[p.name] = value
        self.params[p.name] = p
        if from_pipeline:
            self.from_pipeline.add(p.name)
        else:
            self.cmdline.add(p.name)
        self._narrow(p)

    # -- command line -----------------------------------------------------------------------
    def bind_command_line(self, args: list[CommandArgument], expecting_input: bool = False) -> None:
        self.expecting_input = expecting_input
        meta = self.meta
        positional: list[CommandArgument] = []
        self._order: list[Any] = []  # unknown parameters and positional values, in order (simple functions)
        i = 0
        n = len(args)
        while i < n:
            a = args[i]
            if a.name is None:
                positional.append(a)
                self._order.append(a)
                i += 1
                continue
            p, cands = meta.find(a.name)
            if p is None:
                if cands:
                    names = " ".join("-" + c.name for c in cands)
                    raise self._err(f"Parameter cannot be processed because the parameter name '{a.name}' is "
                                    f"ambiguous. Possible matches include: {names}.", "AmbiguousParameter", a.extent)
                if not meta.is_advanced:
                    # a simple function: unknown parameters go to $args (and stay parameters
                    # when $args is splatted to another command)
                    self._order.append(ParameterToken(a.name_text or ("-" + a.name + (":" if a.has_value else ""))))
                    if a.has_value:
                        self._order.append(a.value)
                    i += 1
                    continue
                raise self._err(f"A parameter cannot be found that matches parameter name '{a.name}'.",
                                "NamedParameterNotFound", a.extent)
            if p.type == SWITCH:
                value = a.value if a.has_value else True
            elif a.has_value:
                value = a.value
            elif i + 1 < n and args[i + 1].name is None:
                value = args[i + 1].value
                i += 1
            else:
                raise self._err(f"Missing an argument for parameter '{p.name}'. Specify a parameter of type "
                                f"'{converter_for(p.type, p.enum_values).display}' and try again.",
                                "MissingArgument", a.extent)
            if p.name in self.bound:
                raise self._err(f"Cannot bind parameter because parameter '{p.name}' is specified more than "
                                "once. To provide multiple values to parameters that can accept multiple values, "
                                'use the array syntax. For example, "-parameter value1,value2,value3".',
                                "ParameterAlreadyBound", a.extent)
            self._set(p, self.convert(p, value, a.extent))
            i += 1
        self._rest_ids: set[int] = set()
        self._bind_positional(positional)
        if not meta.is_advanced:
            for x in self._order:
                if isinstance(x, CommandArgument):
                    if id(x) in self._rest_ids:
                        self.leftovers.append(x.value)
                else:
                    self.leftovers.append(x)
        self._choose_set(final=not expecting_input)

    def _bind_positional(self, positional: list[CommandArgument]) -> None:
        if not positional:
            return
        meta = self.meta
        remaining = meta.remaining_params
        idx = 0
        if not meta.sets:
            # no parameter sets: positions are fixed, bind in position order
            order = meta.positional_order
            k = 0
            while idx < len(positional) and k < len(order):
                p = order[k]
                k += 1
                if p.name in self.bound:
                    continue
                arg = positional[idx]
                self._set(p, self.convert(p, arg.value, arg.extent))
                idx += 1
        while idx < len(positional) and meta.sets:
            arg = positional[idx]
            sets = self._possible_sets()
            best: list[tuple[int, int, Parameter]] = []
            for order, p in enumerate(meta.own):
                if p.name in self.bound or p in remaining:
                    continue
                pos = None
                for s in sets:
                    if s == ALL_SETS or meta.in_set(p, s):
                        sp = meta.spec(p, s)
                        if sp.position is not None and (pos is None or sp.position < pos):
                            pos = sp.position
                if pos is not None:
                    default_rank = 0 if (meta.default_set and meta.in_set(p, meta.default_set)) else 1
                    best.append((pos, default_rank, p))
            if not best:
                break
            best.sort(key=lambda t: (t[0], t[1]))
            lowest = best[0][0]
            cands = [t[2] for t in best if t[0] == lowest]
            err = None
            done = False
            # first without type coercion, then with it (as PowerShell's binder does)
            for coerce in ((False, True) if len(cands) > 1 else (True,)):
                for p in cands:
                    try:
                        v = self.convert(p, arg.value, arg.extent, coerce=coerce)
                    except _NoCoerce:
                        continue
                    except PSRuntimeException as e:
                        if err is None:
                            err = e
                        continue
                    self._set(p, v)
                    done = True
                    break
                if done:
                    break
            if not done:
                if err is None:
                    err = self._err("Parameter set cannot be resolved using the specified named parameters.",
                                    "AmbiguousParameterSet")
                raise err
            idx += 1
        rest = positional[idx:]
        if not rest:
            return
        remaining_param = self._remaining_param()
        if remaining_param is not None:
            self._set(remaining_param, self.convert(remaining_param, [a.value for a in rest]))
            return
        if not meta.is_advanced:
            self._rest_ids = {id(a) for a in rest}
            return
        from ems.runtime.conversion import to_string
        a = rest[0]
        raise self._err(f"A positional parameter cannot be found that accepts argument "
                        f"'{to_string(a.value, self.ctx) if not isinstance(a.value, list) else to_string(a.value, self.ctx)}'.",
                        "PositionalParameterNotFound", a.extent)

    def _remaining_param(self) -> Parameter | None:
        """The ValueFromRemainingArguments parameter of the sets still possible (the default
        set's first)."""
        meta = self.meta
        cands = [p for p in meta.remaining_params if p.name not in self.bound]
        if len(cands) <= 1 or not meta.sets:
            return cands[0] if cands else None
        sets = self._possible_sets()
        if meta.default_set in sets:
            sets.remove(meta.default_set)
            sets.insert(0, meta.default_set)
        for s in sets:
            for p in cands:
                if meta.in_set(p, s):
                    return p
        return None

    def _choose_set(self, final: bool) -> None:
        meta = self.meta
        if not meta.sets:
            self.chosen_set = meta.default_set or ALL_SETS
            return
        cands = self._possible_sets()
        if len(cands) == 1:
            self.chosen_set = cands[0]
            return
        if meta.default_set in cands and (final or not self._pipeline_could_decide(cands)):
            self.chosen_set = meta.default_set
            return
        satisfied = [s for s in cands if all(p.name in self.bound for p in meta.own
                                             if meta.in_set(p, s) and meta.spec(p, s).mandatory)]
        if len(satisfied) == 1 and final:
            self.chosen_set = satisfied[0]
            return
        if not final:
            self.chosen_set = None
            return
        if meta.default_set in cands:
            self.chosen_set = meta.default_set
            return
        raise self._err("Parameter set cannot be resolved using the specified named parameters.",
                        "AmbiguousParameterSet")

    def _pipeline_could_decide(self, cands: list[str]) -> bool:
        meta = self.meta
        return any(meta.spec(p, s).pipeline or meta.spec(p, s).pipeline_by_name
                   for s in cands for p in meta.own if meta.in_set(p, s) and p.name not in self.bound)

    # -- mandatory ------------------------------------------------------------------------------
    def missing_mandatory(self, allow_pipeline: bool) -> list[Parameter]:
        if self.chosen_set is None and self.meta.sets:
            # undecided: fine when any possible set has what it needs
            best = None
            for s in self._possible_sets():
                m = self._missing_in([s], allow_pipeline)
                if not m:
                    return []
                if best is None or s == self.meta.default_set:
                    best = m
            return best or []
        return self._missing_in([self.chosen_set], allow_pipeline)

    def _missing_in(self, sets: list, allow_pipeline: bool) -> list[Parameter]:
        if len(sets) == 1:
            table = self.meta.mandatory_table(sets[0])
            bound = self.bound
            return [p for p, sp in table if p.name not in bound
                    and not (allow_pipeline and (sp.pipeline or sp.pipeline_by_name))]
        return self._missing_slow(sets, allow_pipeline)

    def _missing_slow(self, sets: list, allow_pipeline: bool) -> list[Parameter]:
        meta = self.meta
        missing = []
        for p in meta.own:
            if p.name in self.bound:
                continue
            need = False
            for s in sets:
                if s == ALL_SETS or meta.in_set(p, s):
                    sp = meta.spec(p, s)
                    if sp.mandatory and not (allow_pipeline and (sp.pipeline or sp.pipeline_by_name)):
                        need = True
                    elif sp.mandatory is False:
                        need = False
                        break
            if need:
                missing.append(p)
        return missing

    def check_mandatory(self, allow_pipeline: bool) -> None:
        missing = self.missing_mandatory(allow_pipeline)
        if not missing:
            return
        host = self.ctx.host
        if getattr(host, "interactive", False):
            try:
                values = host.prompt_for_values(self.command_name, missing, self.position)
            except Exception:
                values = None
            if values is not None:
                for p in missing:
                    if p.name in values:
                        self._set(p, self.convert(p, values[p.name]))
                if not self.missing_mandatory(allow_pipeline):
                    if self.chosen_set is None:
                        self._choose_set(final=not self.expecting_input)
                    return
                missing = self.missing_mandatory(allow_pipeline)
        names = " ".join(p.name for p in missing)
        raise self._err(f"Cannot process command because of one or more missing mandatory parameters: {names}.",
                        "MissingMandatoryParameter")

    # -- pipeline input -----------------------------------------------------------------------
    def _pipeline_plan(self) -> list:
        """The parameters pipeline input may bind to (those not bound on the command line),
        with the sets where each takes input by value and by property name."""
        plan = getattr(self, "_plan", None)
        if plan is not None:
            return plan
        meta = self.meta
        plan = []
        all_sets = meta.sets or [ALL_SETS]
        for p in meta.pipeline_params:
            if p.name in self.cmdline:
                continue
            by_value = frozenset(st for st in all_sets if (st == ALL_SETS or meta.in_set(p, st))
                                 and meta.spec(p, st).pipeline)
            by_name = frozenset(st for st in all_sets if (st == ALL_SETS or meta.in_set(p, st))
                                and meta.spec(p, st).pipeline_by_name)
            plan.append((p, by_value, by_name))
        self._plan = plan
        self._cmdline_sets = self.sets
        self._cmdline_chosen = self.chosen_set
        return plan

    def bind_pipeline(self, obj: Any) -> None:
        """Bind one pipeline object; raises InputObjectNotBound (or a conversion error)."""
        fast = self._fast
        if fast is not None:
            # the common case, proven on the first object: one parameter takes any input as is
            name = fast.name
            self.bound[name] = obj
            return
        meta = self.meta
        plan = self._pipeline_plan()
        for name in self.from_pipeline:
            self.bound.pop(name, None)
            self.params.pop(name, None)
        self.from_pipeline = set()
        self.sets = self._cmdline_sets
        self.chosen_set = self._cmdline_chosen
        if not plan:
            self._not_bound(obj)
        bound_any = False
        first_error: PSRuntimeException | None = None
        props = None
        has_sets = bool(meta.sets)
        for coerce in (False, True):
            for by_name in (False, True):
                for p, by_value_sets, by_name_sets in plan:
                    if p.name in self.bound:
                        continue
                    eligible = by_name_sets if by_name else by_value_sets
                    if not eligible:
                        continue
                    if has_sets:
                        if self.chosen_set is not None and self.chosen_set != ALL_SETS:
                            if self.chosen_set not in eligible:
                                continue
                        elif self.sets is not None and not (self.sets & eligible):
                            continue
                    if by_name:
                        if props is None:
                            props = _property_lookup(obj, self.ctx)
                        if props is False:
                            continue
                        found = None
                        for n in (p.name,) + tuple(p.aliases):
                            found = props.get(n.lower())
                            if found is not None:
                                break
                        if found is None:
                            continue
                        value = _read_property(obj, found, self.ctx)
                    else:
                        value = obj
                    try:
                        v = self.convert(p, value, None, coerce=coerce)
                    except _NoCoerce:
                        continue
                    except PSRuntimeException as e:
                        if first_error is None:
                            first_error = e
                        continue
                    try:
                        self._set(p, v, from_pipeline=True)
                    except PSRuntimeException:
                        self.bound.pop(p.name, None)
                        self.params.pop(p.name, None)
                        self.from_pipeline.discard(p.name)
                        continue
                    bound_any = True
        if not bound_any:
            if first_error is not None:
                raise first_error
            self._not_bound(obj)
        if self.chosen_set is None or (self.chosen_set == ALL_SETS and meta.sets):
            self._choose_set(final=True)
        missing = self.missing_mandatory(False)
        if missing:
            names = " ".join(p.name for p in missing)
            raise self._err(f"Cannot process command because of one or more missing mandatory parameters: "
                            f"{names}.", "MissingMandatoryParameter")
        if self._fast is None and len(plan) == 1 and not plan[0][2] and self.from_pipeline == {plan[0][0].name}:
            p, by_value, _ = plan[0]
            if _TRIVIAL.get(id(p)) and by_value == frozenset(meta.sets or [ALL_SETS]) \
                    and self.sets == self._cmdline_sets and self.chosen_set is not None:
                self._fast = p

    def _not_bound(self, obj: Any) -> None:
        raise self._err("The input object cannot be bound to any parameters for the command either because the "
                        "command does not take pipeline input or the input and its properties do not match any "
                        "of the parameters that take pipeline input.", "InputObjectNotBound", target=obj)


_TRIVIAL: dict = {}  # id(parameter) -> converts nothing and validates nothing
_KEEP: list = []  # keeps those parameters alive so their ids stay theirs

_SWITCH_CLASS = None


def switch_value(present: bool) -> Any:
    """A [switch] parameter's value in a function (`$Force.IsPresent`, `if ($Force)`)."""
    global _SWITCH_CLASS
    if _SWITCH_CLASS is None:
        from ems.runtime.dotnet.types import SwitchParameter

        class Switch(SwitchParameter):
            __slots__ = ()
            PS_PROPERTIES = ("IsPresent",)
            PS_TYPE_NAMES = ("System.Management.Automation.SwitchParameter", "System.ValueType", "System.Object")

            def ToBool(self) -> bool:
                return self.IsPresent
        _SWITCH_CLASS = Switch
    return _SWITCH_CLASS(present)


def _has_validation(p: Parameter) -> bool:
    return bool(p.validate_set or p.validate_range or p.validate_not_null or p.validate_not_null_or_empty
                or p.validate_count or p.validate_pattern or p.validate_length
                or getattr(p, "validate_script", None))


class _NoCoerce(Exception):
    pass


def _property_lookup(obj: Any, ctx: Any) -> dict[str, str] | bool:
    """Lower-case property name -> real name, for binding by property name."""
    from ems.runtime.psobject import PSObject
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return False
    try:
        from ems.runtime.members import property_names
        names = property_names(obj)
    except Exception:
        names = None
    if names is None:
        if isinstance(obj, PSObject):
            names = obj.property_names()
        else:
            names = list(getattr(type(obj), "PS_PROPERTIES", ()))
    return {n.lower(): n for n in names}


def _read_property(obj: Any, name: str, ctx: Any) -> Any:
    try:
        from ems.runtime.members import get_member
        return get_member(obj, name, ctx)
    except ImportError:
        from ems.runtime.psobject import PSObject
        if isinstance(obj, PSObject):
            m = obj.get_member(name)
            return getattr(m, "value", None)
        return getattr(obj, name, None)


# ------------------------------------------------------------------ scripts


def bind_script_arguments(ctx: Any, compiled: Any, args: list[CommandArgument], name: str,
                          binder: ParameterBinder | None = None, expecting_input: bool = False) -> ParameterBinder:
    """Bind arguments to a script block's parameters and set them as variables of the
    current scope (which the caller has already pushed)."""
    meta = compiled.metadata(ctx)
    if binder is None:
        binder = ParameterBinder(ctx, meta, name)
        binder.bind_command_line(args, expecting_input)
        binder.check_mandatory(allow_pipeline=expecting_input)
    set_parameter_variables(ctx, binder)
    return binder


def set_parameter_variables(ctx: Any, binder: ParameterBinder) -> None:
    """Variables for every declared parameter: the bound value, else the default."""
    from ems.runtime.variables import PSVariable
    meta = binder.meta
    scope = ctx.scope
    for p in meta.own:
        key = p.name.lower()
        if p.name in binder.bound:
            value = binder.bound[p.name]
        elif isinstance(p, ScriptParameter) and p.default_fn is not None:
            value = p.default_fn(ctx)
            if value is AUTOMATION_NULL:
                value = None
            if p.type_constraint is not None and value is not None:
                try:
                    value = converter_for(p.type).convert(value, ctx)
                except PSRuntimeException:
                    pass
        elif p.type == SWITCH:
            value = switch_value(False)
        else:
            value = None
            if isinstance(p, ScriptParameter) and p.type_constraint is not None:
                try:
                    from ems.runtime.dotnet.types import resolve_type
                    t = resolve_type(p.type_constraint)
                    if t is not None and t.is_value_type:
                        value = t.default
                    elif t is not None and t.full_name == "System.String":
                        value = ""
                except Exception:
                    pass
        var = PSVariable(p.name, value)
        if isinstance(p, ScriptParameter) and p.type_constraint is not None and p.type != SWITCH:
            conv = converter_for(p.type)
            var.type_name = conv.display
            var.converter = (lambda v, _c=conv, _ctx=ctx: _c.convert(v, _ctx) if v is not None else v)
        scope.vars[key] = var
    if not meta.is_advanced:
        scope.vars["args"] = PSVariable("args", list(binder.leftovers))
    else:
        scope.vars["args"] = PSVariable("args", [])
    scope.vars["psboundparameters"] = PSVariable("PSBoundParameters", bound_parameters_dictionary(binder.bound))


def bound_parameters_dictionary(bound: dict[str, Any]) -> Any:
    try:
        from ems.runtime.dotnet.collections import OrderedDictionary
        d = OrderedDictionary()
    except Exception:
        d = {}
    for k, v in bound.items():
        d[k] = v
    return d


# ------------------------------------------------------------------ validation on variables


def variable_validator(ctx: Any, attributes: list, variable_name: str) -> Callable[[Any], None] | None:
    """A validator for `[ValidateRange(1,5)][int]$x = 3`: the attributes stick to the
    variable; a later value that fails them is refused with PowerShell's message
    "The variable cannot be validated because the value 10 is not a valid value for the
    x variable." (ValidationMetadataException)."""
    from ems.lang import ast as A
    from ems.runtime.conversion import to_string
    from ems.runtime.evaluator import compile_expr

    def value(expr: Any) -> Any:
        v = compile_expr(expr)(ctx)
        return None if v is AUTOMATION_NULL else v

    kw: dict[str, Any] = {}
    for at in attributes:
        if not isinstance(at, A.AttributeAst):
            continue
        an = at.type_name.name.lower().rsplit(".", 1)[-1]
        if an.endswith("attribute"):
            an = an[:-9]
        args = _flatten([value(x) for x in at.positional_arguments])
        if an == "validateset":
            kw["validate_set"] = tuple(to_string(x) for x in args)
        elif an == "validaterange" and len(args) >= 2:
            kw["validate_range"] = (args[0], args[1])
        elif an == "validatenotnull":
            kw["validate_not_null"] = True
        elif an == "validatenotnullorempty":
            kw["validate_not_null_or_empty"] = True
        elif an == "validatelength" and len(args) >= 2:
            kw["validate_length"] = (int(args[0]), int(args[1]))
        elif an == "validatecount" and len(args) >= 2:
            kw["validate_count"] = (int(args[0]), int(args[1]))
        elif an == "validatepattern" and args:
            kw["validate_pattern"] = to_string(args[0])
        elif an == "validatescript" and args:
            kw["validate_script"] = args[0]
    if not kw:
        return None
    param = ScriptParameter(variable_name, **kw)
    meta = CommandMetadata("", (param,), is_advanced=False, is_script=True)

    def check(v: Any) -> None:
        binder = ParameterBinder(ctx, meta, "")
        try:
            binder.validate(param, v)
        except PSRuntimeException:
            from ems.runtime.exceptions import ValidationMetadataException
            raise ValidationMetadataException(
                f"The variable cannot be validated because the value {to_string(v, ctx)} is not a valid value "
                f"for the {variable_name} variable.", "ValidateSetFailure", ErrorCategory.MetadataError)
    return check
