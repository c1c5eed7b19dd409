"""Member access: properties, methods, indexing, type names and Get-Member records.

Lookup order for `$x.Name`: a PSObject's instance members (NoteProperty, AliasProperty,
ScriptProperty, CodeProperty), then the base object's adapted members: hashtable keys,
the .NET properties of the shimmed types (string, arrays, DateTime, TimeSpan...), model
objects' PS_PROPERTIES. On a collection, a name that is not a property of the collection
itself enumerates the members of its elements (PowerShell 3+).
"""
from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import enum as _enum
import inspect
import math
import uuid as _uuid
import weakref as _weakref
from dataclasses import dataclass
from typing import Any, Callable

from ems import primitives as P
from ems.runtime import conversion as C
from ems.runtime.exceptions import (MethodException, MethodInvocationException, PropertyNotFoundException,
                                    PSRuntimeException, RuntimeException, SetValueInvocationException)
from ems.runtime.psobject import (PSAliasProperty, PSCodeProperty, PSNoteProperty, PSObject, PSScriptMethod,
                                  PSScriptProperty, base_object)
from ems.runtime.dotnet import types as T
from ems.runtime.dotnet.collections import (ArrayList, GenericList, Hashtable, OrderedDictionary, TypedArray,
                                            is_fixed_size)

Decimal = _decimal.Decimal
_UNSET = object()


class DotNetError(Exception):
    """Raised by method shims: a .NET exception with its short type name and message."""

    def __init__(self, message: str, exc_type: str = "ArgumentException"):
        super().__init__(message)
        self.message = message
        self.exc_type = exc_type


def _strict(ctx: Any) -> int:
    if ctx is None:
        return 0
    try:
        return int(getattr(ctx, "strict_mode", 0) or 0)
    except Exception:
        return 0


def _unwrap_output(result: Any) -> Any:
    """A script block's output list as a single value."""
    if isinstance(result, list):
        if len(result) == 0:
            return None
        if len(result) == 1:
            return result[0]
    return result


def _property_not_found(name: str) -> PropertyNotFoundException:
    return PropertyNotFoundException(
        f"The property '{name}' cannot be found on this object. Verify that the property exists.",
        error_id="PropertyNotFoundStrict", category="InvalidOperation")


# ================================================================ adapted properties

def _dt_kind(d: _dt.datetime) -> Any:
    from ems.runtime.dotnet.enums import DateTimeKind
    if d.tzinfo is None:
        return DateTimeKind.Local if getattr(d, "fold", 0) == 0 and False else DateTimeKind.Unspecified
    return DateTimeKind.Utc if d.utcoffset() == _dt.timedelta(0) else DateTimeKind.Local


def _dow(d: _dt.datetime) -> Any:
    from ems.runtime.dotnet.enums import DayOfWeek
    return DayOfWeek((d.weekday() + 1) % 7)


def _long_datetime(d: _dt.datetime) -> str:
    from ems.runtime import composite_format as F
    return F.format_datetime(d, "F")


_DATETIME_PROPS: dict[str, tuple[str, Callable[[Any], Any], str]] = {}
for _n, _f, _t in (
        ("Date", lambda d: d.replace(hour=0, minute=0, second=0, microsecond=0), "datetime"),
        ("Day", lambda d: d.day, "int"),
        ("DayOfWeek", _dow, "System.DayOfWeek"),
        ("DayOfYear", lambda d: d.timetuple().tm_yday, "int"),
        ("Hour", lambda d: d.hour, "int"),
        ("Kind", _dt_kind, "System.DateTimeKind"),
        ("Millisecond", lambda d: d.microsecond // 1000, "int"),
        ("Minute", lambda d: d.minute, "int"),
        ("Month", lambda d: d.month, "int"),
        ("Second", lambda d: d.second, "int"),
        ("Ticks", lambda d: P.Int64(C.datetime_ticks(d)), "long"),
        ("TimeOfDay", lambda d: _dt.timedelta(hours=d.hour, minutes=d.minute, seconds=d.second,
                                             microseconds=d.microsecond), "timespan"),
        ("Year", lambda d: d.year, "int"),
        ("DateTime", _long_datetime, "System.Object"),
):
    _DATETIME_PROPS[_n.lower()] = (_n, _f, _t)


def _ts_parts(td: _dt.timedelta) -> tuple[int, int, int, int, int, int]:
    ticks = C.timespan_ticks(td)
    sign = -1 if ticks < 0 else 1
    a = abs(ticks)
    ms_total = a // 10_000
    days, rem = divmod(a // C.TICKS_PER_SECOND, 86400)
    h, rem = divmod(rem, 3600)
    m, s = divmod(rem, 60)
    ms = ms_total % 1000
    return sign, days, h, m, s, ms


_TIMESPAN_PROPS: dict[str, tuple[str, Callable[[Any], Any], str]] = {}
for _n, _f, _t in (
        ("Ticks", lambda t: P.Int64(C.timespan_ticks(t)), "long"),
        ("Days", lambda t: _ts_parts(t)[0] * _ts_parts(t)[1], "int"),
        ("Hours", lambda t: _ts_parts(t)[0] * _ts_parts(t)[2], "int"),
        ("Milliseconds", lambda t: _ts_parts(t)[0] * _ts_parts(t)[5], "int"),
        ("Minutes", lambda t: _ts_parts(t)[0] * _ts_parts(t)[3], "int"),
        ("Seconds", lambda t: _ts_parts(t)[0] * _ts_parts(t)[4], "int"),
        ("TotalDays", lambda t: C.timespan_ticks(t) / (864_000_000_000), "double"),
        ("TotalHours", lambda t: C.timespan_ticks(t) / (36_000_000_000), "double"),
        ("TotalMilliseconds", lambda t: C.timespan_ticks(t) / 10_000, "double"),
        ("TotalMinutes", lambda t: C.timespan_ticks(t) / 600_000_000, "double"),
        ("TotalSeconds", lambda t: C.timespan_ticks(t) / C.TICKS_PER_SECOND, "double"),
):
    _TIMESPAN_PROPS[_n.lower()] = (_n, _f, _t)

_STRING_PROPS = {"length": ("Length", lambda s: len(s), "int")}
_ARRAY_PROPS = {
    "count": ("Count", lambda a: len(a), "int"),
    "length": ("Length", lambda a: len(a), "int"),
    "longlength": ("LongLength", lambda a: P.Int64(len(a)), "long"),
    "rank": ("Rank", lambda a: 1, "int"),
    "syncroot": ("SyncRoot", lambda a: a, "System.Object"),
    "isreadonly": ("IsReadOnly", lambda a: False, "bool"),
    "isfixedsize": ("IsFixedSize", lambda a: True, "bool"),
    "issynchronized": ("IsSynchronized", lambda a: False, "bool"),
}
_ARRAY_PROP_ORDER = ["Length", "LongLength", "Rank", "SyncRoot", "IsReadOnly", "IsFixedSize", "IsSynchronized",
                     "Count"]
_LIST_PROPS = {
    "count": ("Count", lambda a: len(a), "int"),
    "capacity": ("Capacity", lambda a: max(4, len(a)), "int"),
    "isreadonly": ("IsReadOnly", lambda a: False, "bool"),
    "isfixedsize": ("IsFixedSize", lambda a: False, "bool"),
    "issynchronized": ("IsSynchronized", lambda a: False, "bool"),
    "syncroot": ("SyncRoot", lambda a: a, "System.Object"),
}
_LIST_PROP_ORDER = ["Capacity", "Count", "IsFixedSize", "IsReadOnly", "IsSynchronized", "SyncRoot"]
_DICT_PROPS = {
    "isreadonly": ("IsReadOnly", lambda h: False, "bool"),
    "isfixedsize": ("IsFixedSize", lambda h: False, "bool"),
    "issynchronized": ("IsSynchronized", lambda h: False, "bool"),
    "keys": ("Keys", lambda h: list(h.keys()), "System.Collections.ICollection"),
    "values": ("Values", lambda h: list(h.values()), "System.Collections.ICollection"),
    "syncroot": ("SyncRoot", lambda h: h, "System.Object"),
    "count": ("Count", lambda h: len(h), "int"),
}
_DICT_PROP_ORDER = ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"]


def _type_props() -> dict:
    def base(t: T.DotNetType) -> Any:
        return t.base_type

    return {
        "name": ("Name", lambda t: t.name, "string"),
        "fullname": ("FullName", lambda t: t.full_name, "string"),
        "basetype": ("BaseType", base, "type"),
        "namespace": ("Namespace", lambda t: t.full_name.rsplit(".", 1)[0] if "." in t.full_name else "", "string"),
        "isarray": ("IsArray", lambda t: t.is_array, "bool"),
        "isenum": ("IsEnum", lambda t: t.is_enum, "bool"),
        "isvaluetype": ("IsValueType", lambda t: t.is_value_type, "bool"),
        "isclass": ("IsClass", lambda t: not t.is_value_type and not t.is_interface, "bool"),
        "isinterface": ("IsInterface", lambda t: t.is_interface, "bool"),
        "ispublic": ("IsPublic", lambda t: True, "bool"),
        "isserializable": ("IsSerializable", lambda t: True, "bool"),
        "isgenerictype": ("IsGenericType", lambda t: bool(t.generic_arguments), "bool"),
        "assemblyqualifiedname": ("AssemblyQualifiedName", lambda t: t.full_name + T.ASSEMBLY_SUFFIX, "string"),
        "underlyingsystemtype": ("UnderlyingSystemType", lambda t: t, "type"),
    }


_TYPE_PROPS = _type_props()
_TYPE_PROP_ORDER = ["IsPublic", "IsSerializable", "Name", "BaseType", "FullName", "Namespace", "IsArray",
                    "IsEnum", "IsValueType", "IsClass", "IsInterface", "IsGenericType", "AssemblyQualifiedName",
                    "UnderlyingSystemType"]

_EXC_PROPS = {
    "message": ("Message", lambda e: getattr(e, "message", None) or str(e), "string"),
    "innerexception": ("InnerException", lambda e: getattr(e, "inner", None) or e.__cause__, "System.Exception"),
    "stacktrace": ("StackTrace", lambda e: None, "string"),
    "source": ("Source", lambda e: None, "string"),
    "data": ("Data", lambda e: Hashtable(), "System.Collections.IDictionary"),
    "helplink": ("HelpLink", lambda e: None, "string"),
    "hresult": ("HResult", lambda e: -2146233087, "int"),
    "errorrecord": ("ErrorRecord", lambda e: e.to_error_record() if hasattr(e, "to_error_record") else None,
                    "System.Management.Automation.ErrorRecord"),
    "wasthrownfromthrowstatement": ("WasThrownFromThrowStatement",
                                    lambda e: bool(getattr(e, "thrown_by_throw", False)), "bool"),
}
_EXC_PROP_ORDER = ["ErrorRecord", "WasThrownFromThrowStatement", "Message", "Data", "InnerException",
                   "TargetSite", "StackTrace", "HelpLink", "Source", "HResult"]
_EXC_PROPS["targetsite"] = ("TargetSite", lambda e: None, "System.Reflection.MethodBase")


class _ModelInfo:
    __slots__ = ("props", "settable", "methods")

    def __init__(self, cls: type):
        self.props = {n.lower(): n for n in getattr(cls, "PS_PROPERTIES", ())}
        self.settable = {n.lower(): n for n in getattr(cls, "PS_SETTABLE", ())}
        self.methods = {n.lower(): n for n in getattr(cls, "PS_METHODS", ())}


_MODEL_INFO: dict[type, _ModelInfo] = {}


def _model_info(obj: Any) -> _ModelInfo | None:
    cls = type(obj)
    info = _MODEL_INFO.get(cls)
    if info is None:
        if not hasattr(cls, "PS_PROPERTIES") and not hasattr(cls, "PS_METHODS"):
            return None
        info = _ModelInfo(cls)
        _MODEL_INFO[cls] = info
    return info


def _adapted_table(obj: Any) -> dict | None:
    """The table of adapted .NET properties for a shimmed value, or None."""
    if isinstance(obj, str):
        return _STRING_PROPS
    if isinstance(obj, _dt.datetime):
        return _DATETIME_PROPS
    if isinstance(obj, _dt.timedelta):
        return _TIMESPAN_PROPS
    if isinstance(obj, (ArrayList, GenericList)):
        return _LIST_PROPS
    if isinstance(obj, (list, tuple)):
        return _ARRAY_PROPS
    if isinstance(obj, dict):
        return _DICT_PROPS
    if isinstance(obj, T.DotNetType):
        return _TYPE_PROPS
    if isinstance(obj, BaseException):
        return _EXC_PROPS
    return _EXTRA_TABLES.get(type(obj))


_EXTRA_TABLES: dict[type, dict] = {}
# exact Python classes whose adapted properties are fixed (the fast path of get_member)
_EXACT_TABLES: dict[type, dict] = {str: _STRING_PROPS, P.Char: _STRING_PROPS, _dt.datetime: _DATETIME_PROPS,
                                   _dt.timedelta: _TIMESPAN_PROPS}


def _sb_props() -> None:
    from ems.runtime.dotnet.builtins import StringBuilder
    _EXTRA_TABLES[StringBuilder] = {
        "length": ("Length", lambda sb: len(sb.text()), "int"),
        "capacity": ("Capacity", lambda sb: max(16, len(sb.text())), "int"),
        "maxcapacity": ("MaxCapacity", lambda sb: 2147483647, "int"),
    }
    _EXTRA_TABLES[_uuid.UUID] = {"guid": ("Guid", lambda g: str(g), "string")}


_sb_props()

_NOT_FOUND = object()


def _get_adapted(obj: Any, name: str, ctx: Any) -> Any:
    """Value of an adapted (base object) property, or _NOT_FOUND."""
    low = name.lower()
    if isinstance(obj, dict):
        if name in obj:
            return obj[name]
        entry = _DICT_PROPS.get(low)
        if entry is not None:
            return entry[1](obj)
        if not isinstance(obj, Hashtable):
            # plain dict: case-insensitive key search
            for k in obj:
                if isinstance(k, str) and k.lower() == low:
                    return obj[k]
        return _NOT_FOUND
    table = _EXACT_TABLES.get(type(obj))
    if table is not None:
        entry = table.get(low)
        if entry is not None:
            return entry[1](obj)
        return _NOT_FOUND
    dyn = getattr(obj, "ps_get_member", None)
    if dyn is not None:
        v = dyn(name)
        if v is not NotImplemented:
            return v
    info = _model_info(obj)
    if info is not None:
        real = info.props.get(low)
        if real is not None:
            return getattr(obj, real)
        if isinstance(obj, BaseException):
            entry = _EXC_PROPS.get(low)
            if entry is not None:
                return entry[1](obj)
            if low == "paramname" and hasattr(obj, "ParamName"):  # ArgumentException and its kin
                return obj.ParamName
        return _NOT_FOUND
    table = _adapted_table(obj)
    if table is not None:
        entry = table.get(low)
        if entry is not None:
            return entry[1](obj)
    if isinstance(obj, _enum.Enum):
        if low == "value__":
            return int(obj)
    return _NOT_FOUND


def _has_adapted(obj: Any, name: str) -> bool:
    return _get_adapted_safe(obj, name) is not _NOT_FOUND


def _get_adapted_safe(obj: Any, name: str) -> Any:
    try:
        return _get_adapted(obj, name, None)
    except Exception:
        return None


def _instance_member_value(obj: PSObject, m: Any, ctx: Any) -> Any:
    if isinstance(m, PSNoteProperty):
        return m.value
    if isinstance(m, PSAliasProperty):
        return get_member(obj, m.reference, ctx)
    if isinstance(m, PSScriptProperty):
        if m.getter is None or ctx is None:
            return None
        return _unwrap_output(ctx.invoke_scriptblock(m.getter, args=(), this=obj))
    if isinstance(m, PSCodeProperty):
        return m.getter(obj)
    return _NOT_FOUND


# ================================================================ instance members of plain objects
#
# PowerShell keeps the members that Add-Member gives an object that is not a PSObject in a
# table keyed by the object itself (`$mbx | Add-Member NoteProperty X 1` and then `$mbx.X`).
# Here: id(object) -> (weak reference, members dict), the entry dropped when the object dies.
# Objects that cannot be weakly referenced (str, int, plain list/dict) get no entry; Add-Member
# then wraps them in a new PSObject, as for a .NET value type.

_INSTANCE: dict[int, tuple[Any, dict]] = {}


def _forget(key: int) -> Callable[[Any], None]:
    def drop(_ref: Any) -> None:
        _INSTANCE.pop(key, None)
    return drop


def _instance_table(obj: Any) -> dict | None:
    entry = _INSTANCE.get(id(obj))
    if entry is not None and entry[0]() is obj:
        return entry[1]
    return None


def instance_members(obj: Any) -> PSObject | None:
    """A PSObject over ``obj`` whose members are the object's own instance-member table
    (made on first use): members added to it stick to ``obj``. None for a PSObject or an
    object that cannot carry a table."""
    if obj is None or type(obj) is PSObject:
        return None
    table = _instance_table(obj)
    if table is None:
        key = id(obj)
        try:
            ref = _weakref.ref(obj, _forget(key))
        except TypeError:
            return None
        table = {}
        _INSTANCE[key] = (ref, table)
    view = PSObject(obj)
    view.members = table
    return view


def _with_instance_members(obj: Any) -> Any:
    """``obj`` as a PSObject view when it has instance members, else ``obj`` itself."""
    table = _instance_table(obj)
    if not table:
        return obj
    view = PSObject(obj)
    view.members = table
    return view


def get_member(obj: Any, name: str, ctx: Any = None) -> Any:
    """`$obj.Name`: the property's value; None (or an error in strict mode 2+) when missing."""
    v = _get_member(obj, name, ctx)
    if v is _NOT_FOUND:
        if _strict(ctx) >= 2:
            raise _property_not_found(name)
        return None
    return v


def try_get_member(obj: Any, name: str, ctx: Any = None) -> tuple[bool, Any]:
    """(found, value) without errors: for Select-Object and the formatter (which, like
    PowerShell's, do not see the language's intrinsic Count/Length of scalars)."""
    v = _get_member_inner(obj, name, ctx)
    if v is _NOT_FOUND:
        return False, None
    return True, v


def _get_member(obj: Any, name: str, ctx: Any) -> Any:
    v = _get_member_inner(obj, name, ctx)
    if v is _NOT_FOUND:
        # PowerShell 3+: every object has Count and Length (1 for a scalar, 0 for $null)
        low = name.lower()
        if low in ("count", "length") and not isinstance(obj, (list, tuple)) and _strict(ctx) < 2:
            return 0 if obj is None else 1
    return v


def _get_member_inner(obj: Any, name: str, ctx: Any) -> Any:
    if obj is None:
        return _NOT_FOUND
    if _INSTANCE and type(obj) is not PSObject:
        obj = _with_instance_members(obj)
    if name[:2] in ("ps", "PS", "Ps", "pS"):
        v = _intrinsic(obj, name.lower(), ctx)
        if v is not _NOT_FOUND:
            return v
    if type(obj) is PSBaseView:
        inner = obj._obj
        table = _adapted_table(inner)
        entry = table.get(name.lower()) if table is not None else None
        return entry[1](inner) if entry is not None else _NOT_FOUND
    if type(obj) is PSObject:
        m = obj.members.get(name.lower())
        if m is not None:
            v = _instance_member_value(obj, m, ctx)
            if v is not _NOT_FOUND:
                return v
        if obj.base is None:
            return _NOT_FOUND
        obj = obj.base
        if _INSTANCE:
            table = _instance_table(obj)
            m = table.get(name.lower()) if table else None
            if m is not None:
                v = _instance_member_value(_with_instance_members(obj), m, ctx)
                if v is not _NOT_FOUND:
                    return v
    v = _get_adapted(obj, name, ctx)
    if v is not _NOT_FOUND:
        return v
    if isinstance(obj, (list, tuple)):
        return _enumerate_member(obj, name, ctx)
    return _NOT_FOUND


def _enumerate_member(seq: Any, name: str, ctx: Any) -> Any:
    out: list = []
    for x in seq:
        if x is None:
            continue
        v = _get_member(x, name, ctx)
        if v is _NOT_FOUND:
            continue
        bv = base_object(v)
        if isinstance(bv, list):
            out.extend(bv)
        else:
            out.append(v)
    if not out:
        return _NOT_FOUND if not seq else None
    if len(out) == 1:
        return out[0]
    return out


def set_member(obj: Any, name: str, value: Any, ctx: Any = None) -> None:
    """`$obj.Name = value`."""
    if obj is None:
        raise RuntimeException("The property '" + name + "' cannot be found on this object. Verify that the "
                               "property exists and can be set.", error_id="PropertyAssignmentException",
                               category="InvalidOperation")
    if _INSTANCE and type(obj) is not PSObject:
        obj = _with_instance_members(obj)
    if type(obj) is PSObject:
        m = obj.members.get(name.lower())
        if m is not None:
            if isinstance(m, PSNoteProperty):
                m.value = value
                return
            if isinstance(m, PSAliasProperty):
                set_member(obj, m.reference, value, ctx)
                return
            if isinstance(m, PSScriptProperty):
                if m.setter is None:
                    raise SetValueInvocationException(f"'{m.name}' is a ReadOnly property.",
                                                      error_id="PropertyAssignmentException")
                ctx.invoke_scriptblock(m.setter, args=(value,), this=obj, dollar_under=value)
                return
            raise SetValueInvocationException(f"'{m.name}' is a ReadOnly property.",
                                              error_id="PropertyAssignmentException")
        if obj.base is None:
            _cannot_set(name)
        obj = obj.base
    low = name.lower()
    if isinstance(obj, dict):
        entry = _DICT_PROPS.get(low)
        if entry is not None and name not in obj:
            raise SetValueInvocationException(f"'{entry[0]}' is a ReadOnly property.",
                                              error_id="PropertyAssignmentException")
        obj[name] = value
        return
    dyn = getattr(obj, "ps_set_member", None)
    if dyn is not None and dyn(name, value):
        return
    info = _model_info(obj)
    if info is not None:
        real = info.settable.get(low)
        if real is not None:
            try:
                setattr(obj, real, value)
            except PSRuntimeException:
                raise
            except (ValueError, TypeError) as e:
                raise SetValueInvocationException(
                    f'Exception setting "{real}": "{e}"', error_id="ExceptionWhenSetting") from None
            return
        real = info.props.get(low)
        if real is not None:
            raise SetValueInvocationException(f"'{real}' is a ReadOnly property.",
                                              error_id="PropertyAssignmentException")
        _cannot_set(name)
    from ems.runtime.dotnet.builtins import StringBuilder
    if isinstance(obj, StringBuilder) and low == "length":
        n = C.to_int(value)
        t = obj.text()
        obj.parts = [t[:n] + "\0" * max(0, n - len(t))]
        return
    if isinstance(obj, (list, tuple)):
        if _ARRAY_PROPS.get(low) or _LIST_PROPS.get(low):
            raise SetValueInvocationException(f"'{(_ARRAY_PROPS.get(low) or _LIST_PROPS[low])[0]}' is a "
                                              "ReadOnly property.", error_id="PropertyAssignmentException")
        # member enumeration does not apply to assignment
        _cannot_set(name)
    table = _adapted_table(obj)
    if table is not None and low in table:
        raise SetValueInvocationException(f"'{table[low][0]}' is a ReadOnly property.",
                                          error_id="PropertyAssignmentException")
    _cannot_set(name)


def _cannot_set(name: str) -> None:
    raise RuntimeException(f"The property '{name}' cannot be found on this object. Verify that the property "
                           "exists and can be set.", error_id="PropertyNotFound", category="InvalidOperation")


# ================================================================ type names and property lists


def type_names(obj: Any) -> list[str]:
    """PSObject.TypeNames, most derived first."""
    if obj is None:
        return []
    if type(obj) is PSObject:
        if obj.type_names:
            return list(obj.type_names)
        obj = obj.base
    names = getattr(obj, "PS_TYPE_NAMES", None)
    if names and isinstance(names, (tuple, list)):
        return list(names)
    if isinstance(obj, BaseException):
        return _exception_type_names(obj)
    t = T.type_of(obj)
    out = []
    seen = set()
    while t is not None and t.full_name not in seen:
        out.append(t.full_name)
        seen.add(t.full_name)
        t = t.base_type
    if not out or out[-1] != "System.Object":
        out.append("System.Object")
    return out


def _exception_type_names(e: BaseException) -> list[str]:
    names = []
    for klass in type(e).__mro__:
        dn = klass.__dict__.get("dotnet_type")
        if dn and dn not in names:
            names.append(dn)
    if not names:
        names.append("System.Exception")
    if "System.SystemException" not in names and names[0].startswith("System.") and names[0].count(".") == 1:
        names.append("System.SystemException")
    if "System.Exception" not in names:
        names.append("System.Exception")
    names.append("System.Object")
    return names


def property_names(obj: Any) -> list[str]:
    """Property names in order (Select-Object *, Format-List *, Export-Csv)."""
    if obj is None:
        return []
    if _INSTANCE and type(obj) is not PSObject:
        obj = _with_instance_members(obj)
    out: list[str] = []
    if type(obj) is PSObject:
        out = obj.property_names()
        if obj.base is None:
            return out
        obj = obj.base
    seen = {n.lower() for n in out}

    def add(names: Any) -> list[str]:
        for n in names:
            if n.lower() not in seen:
                seen.add(n.lower())
                out.append(n)
        return out

    dyn = getattr(obj, "ps_property_names", None)
    if dyn is not None:
        add(dyn())
    info = _model_info(obj)
    if info is not None and getattr(type(obj), "PS_PROPERTIES", None) is not None:
        return add(type(obj).PS_PROPERTIES)
    if dyn is not None:
        return out
    if isinstance(obj, dict):
        return add(_DICT_PROP_ORDER)
    if isinstance(obj, str):
        return add(["Length"])
    if isinstance(obj, _dt.datetime):
        # the DateTime script property (type data) comes before the adapted .NET properties
        return add(["DateTime", "Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Minute",
                    "Month", "Second", "Ticks", "TimeOfDay", "Year"])
    if isinstance(obj, _dt.timedelta):
        return add(["Ticks", "Days", "Hours", "Milliseconds", "Minutes", "Seconds", "TotalDays", "TotalHours",
                    "TotalMilliseconds", "TotalMinutes", "TotalSeconds"])
    if isinstance(obj, (ArrayList, GenericList)):
        return add(_LIST_PROP_ORDER)
    if isinstance(obj, (list, tuple)):
        return add(_ARRAY_PROP_ORDER)
    if isinstance(obj, T.DotNetType):
        return add(_TYPE_PROP_ORDER)
    if isinstance(obj, BaseException):
        return add(_EXC_PROP_ORDER)
    table = _adapted_table(obj)
    if table is not None:
        return add(v[0] for v in table.values())
    return out


# ================================================================ methods


class Method:
    __slots__ = ("name", "arities", "func", "definition")

    def __init__(self, name: str, arities: Any, func: Callable, definition: str = ""):
        self.name = name
        self.arities = arities  # set of allowed argument counts, or None for any
        self.func = func        # func(obj, args, ctx)
        self.definition = definition


def _table(*methods: Method) -> dict[str, Method]:
    return {m.name.lower(): m for m in methods}


def _s(v: Any, ctx: Any = None) -> str:
    return C.to_string(v, ctx)


def _i(v: Any) -> int:
    return C.convert_to(v, "System.Int32")


def _chars(v: Any) -> str:
    """A char[] argument (a string converts to its characters)."""
    bv = base_object(v)
    if bv is None:
        return ""
    if isinstance(bv, (list, tuple)):
        return "".join(_s(x) for x in bv)
    return _s(bv)


def _str_split(s: str, args: list, ctx: Any) -> list:
    from ems.runtime.dotnet.enums import StringSplitOptions
    if not args:
        return [p for p in _split_ws(s)]
    opts = 0
    count = -1
    sep = args[0]
    rest = args[1:]
    for a in rest:
        ba = base_object(a)
        if isinstance(ba, _enum.Enum) or (isinstance(ba, str) and ba.strip().lower() in ("removeemptyentries",
                                                                                          "none")):
            opts = int(C.convert_to(ba, "System.StringSplitOptions"))
        else:
            count = _i(ba)
    bsep = base_object(sep)
    string_seps = None
    if isinstance(bsep, TypedArray) and bsep.element_type is not None and \
            bsep.element_type.full_name == "System.String":
        string_seps = [x for x in bsep if x]
    elif isinstance(bsep, (list, tuple)) and len(rest) >= 1 and opts is not None and any(
            isinstance(base_object(x), str) and len(base_object(x)) > 1 for x in bsep):
        string_seps = [_s(x) for x in bsep if _s(x)]
    if string_seps is not None:
        parts = _split_multi(s, string_seps)
    else:
        chars = _chars(bsep)
        if not chars:
            parts = _split_ws(s)
        else:
            parts = _split_chars(s, chars)
    if opts & 1:
        parts = [p for p in parts if p != ""]
    if count >= 0:
        if count == 0:
            return []
        if len(parts) > count:
            # re-join the tail: find the position where the (count)th piece starts
            parts = _split_limited(s, bsep, string_seps, count, bool(opts & 1))
    return parts


def _split_ws(s: str) -> list:
    out, cur = [], []
    for ch in s:
        if ch.isspace():
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _split_chars(s: str, chars: str) -> list:
    out, cur = [], []
    for ch in s:
        if ch in chars:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _split_multi(s: str, seps: list[str]) -> list:
    out, i, start = [], 0, 0
    while i < len(s):
        for sep in seps:
            if s.startswith(sep, i):
                out.append(s[start:i])
                i += len(sep)
                start = i
                break
        else:
            i += 1
    out.append(s[start:])
    return out


def _split_limited(s: str, bsep: Any, string_seps: Any, count: int, remove_empty: bool) -> list:
    seps = string_seps if string_seps is not None else list(_chars(bsep)) or None
    out: list = []
    i, start = 0, 0
    while i < len(s) and len(out) < count - 1:
        hit = None
        if seps is None:
            if s[i].isspace():
                hit = 1
        else:
            for sep in seps:
                if s.startswith(sep, i):
                    hit = len(sep)
                    break
        if hit:
            piece = s[start:i]
            if not (remove_empty and piece == ""):
                out.append(piece)
            i += hit
            start = i
        else:
            i += 1
    out.append(s[start:])
    return out


def _comparison_ignores_case(v: Any) -> bool | None:
    """For a StringComparison argument: True when it ignores case; None when `v` is not one."""
    bv = base_object(v)
    if isinstance(bv, bool) or isinstance(bv, (int, float)) and not isinstance(bv, _enum.Enum):
        return None
    if isinstance(bv, _enum.Enum) or isinstance(bv, str):
        name = bv.name if isinstance(bv, _enum.Enum) else bv
        if isinstance(bv, str) and not name.strip().lower().endswith(("culture", "ignorecase", "ordinal")):
            return None
        return name.strip().lower().endswith("ignorecase")
    return None


def _index_of(s: str, args: list, last: bool = False) -> int:
    target = base_object(args[0])
    if target is None:
        raise DotNetError("Value cannot be null.\nParameter name: value", "ArgumentNullException")
    t = _s(target)
    if len(args) >= 2:
        ic = _comparison_ignores_case(args[-1])
        if ic is not None:
            args = args[:-1]
            if ic:
                s, t = s.lower(), t.lower()
    if len(args) >= 2:
        start = _i(args[1])
        if start < 0 or start > len(s):
            raise DotNetError("Index was out of range. Must be non-negative and less than the size of the "
                              "collection.\nParameter name: startIndex", "ArgumentOutOfRangeException")
        if last:
            return s.rfind(t, 0, start + 1)
        if len(args) >= 3:
            return s.find(t, start, start + _i(args[2]))
        return s.find(t, start)
    return s.rfind(t) if last else s.find(t)


def _substring(s: str, args: list) -> str:
    start = _i(args[0])
    if start < 0:
        raise DotNetError("StartIndex cannot be less than zero.\nParameter name: startIndex",
                          "ArgumentOutOfRangeException")
    if start > len(s):
        raise DotNetError("startIndex cannot be larger than length of string.\nParameter name: startIndex",
                          "ArgumentOutOfRangeException")
    if len(args) == 1:
        return s[start:]
    n = _i(args[1])
    if n < 0:
        raise DotNetError("Length cannot be less than zero.\nParameter name: length", "ArgumentOutOfRangeException")
    if start + n > len(s):
        raise DotNetError("Index and length must refer to a location within the string.\nParameter name: length",
                          "ArgumentOutOfRangeException")
    return s[start:start + n]


def _replace(s: str, args: list) -> str:
    old = base_object(args[0])
    new = base_object(args[1])
    if old is None:
        raise DotNetError("Value cannot be null.\nParameter name: oldValue", "ArgumentNullException")
    o = _s(old)
    if o == "":
        raise DotNetError("String cannot be of zero length.\nParameter name: oldValue", "ArgumentException")
    return s.replace(o, "" if new is None else _s(new))


def _pad(s: str, args: list, left: bool) -> str:
    n = _i(args[0])
    if n < 0:
        raise DotNetError("Non-negative number required.\nParameter name: totalWidth", "ArgumentOutOfRangeException")
    ch = _s(args[1]) if len(args) > 1 else " "
    if len(ch) != 1:
        ch = C.convert_to(args[1], "System.Char")
    return s.rjust(n, ch) if left else s.ljust(n, ch)


def _remove(s: str, args: list) -> str:
    start = _i(args[0])
    if start < 0 or start > len(s) or (len(args) == 1 and start >= len(s) and start != len(s)):
        raise DotNetError("startIndex must be less than length of string.\nParameter name: startIndex",
                          "ArgumentOutOfRangeException")
    if len(args) == 1:
        if start >= len(s):
            raise DotNetError("startIndex must be less than length of string.\nParameter name: startIndex",
                              "ArgumentOutOfRangeException")
        return s[:start]
    n = _i(args[1])
    if start + n > len(s):
        raise DotNetError("Index and count must refer to a location within the string.\nParameter name: count",
                          "ArgumentOutOfRangeException")
    return s[:start] + s[start + n:]


def _insert(s: str, args: list) -> str:
    i = _i(args[0])
    if i < 0 or i > len(s):
        raise DotNetError("Specified argument was out of the range of valid values.\nParameter name: startIndex",
                          "ArgumentOutOfRangeException")
    return s[:i] + _s(args[1]) + s[i:]


def _trim_chars(args: list) -> str | None:
    if not args:
        return None
    chars = "".join(_chars(a) for a in args)
    return chars or None


def _compare_to(obj: Any, args: list, ctx: Any) -> int:
    from ems.runtime.operators import ps_compare
    other = base_object(args[0])
    if isinstance(obj, str) and not isinstance(obj, P.Char):
        if other is None:
            return 1
        from ems.runtime.operators import compare_strings
        return compare_strings(obj, _s(other), case_sensitive=True)
    if other is not None and not T.type_of(obj).is_instance(other) and not isinstance(obj, str):
        if isinstance(obj, (int, float, Decimal)) and isinstance(other, (int, float, Decimal)) and \
                not isinstance(other, bool):
            raise DotNetError(f"Object must be of type {T.type_of(obj).name}.", "ArgumentException")
    return ps_compare(obj, other, True, ctx)


def _equals(obj: Any, args: list, ctx: Any) -> bool:
    other = base_object(args[0])
    if len(args) == 2 and isinstance(obj, str):
        if other is None:
            return False
        if _comparison_ignores_case(args[1]):
            return str.__str__(obj).lower() == _s(other).lower()
        return str.__str__(obj) == _s(other)
    if isinstance(obj, str):
        return isinstance(other, str) and str.__str__(obj) == str.__str__(other) and (
            type(obj) is type(other))
    if other is None:
        return False
    if isinstance(obj, (int, float, Decimal)) and not isinstance(obj, bool):
        return T.type_of(obj) == T.type_of(other) and obj == other
    if isinstance(obj, (dict, list, PSObject)):
        return obj is other
    try:
        return bool(obj == other) and type(obj) is type(other)
    except Exception:
        return False


def _to_string_method(obj: Any, args: list, ctx: Any) -> str:
    from ems.runtime import composite_format as F
    # an IFormatProvider argument (a CultureInfo): we format as en-US, except the invariant
    # culture's date patterns
    cultures = [base_object(a) for a in args if type(base_object(a)).__name__ == "CultureInfo"]
    args = [a for a in args if type(base_object(a)).__name__ != "CultureInfo"]
    if cultures and getattr(cultures[0], "Name", None) == "" and isinstance(obj, _dt.datetime):
        fmt = _s(base_object(args[0])) if args and base_object(args[0]) is not None else "G"
        return F.format_datetime(obj, F.INVARIANT_DATE.get(fmt, fmt))
    if args:
        fmt = base_object(args[0])
        if isinstance(obj, (int, float, Decimal, _dt.datetime, _dt.timedelta)) and not isinstance(obj, bool) \
                and not isinstance(obj, _enum.Enum):
            return F.format_value(obj, None if fmt is None else _s(fmt), ctx)
        if isinstance(obj, _uuid.UUID):
            return F.format_guid(obj, _s(fmt))
        if isinstance(obj, T.Version):
            n = _i(fmt)
            parts = [obj.Major, obj.Minor, obj.Build, obj.Revision][:n]
            return ".".join(str(p) for p in parts)
        if isinstance(obj, _enum.Enum):
            f = _s(fmt).upper()
            if f == "D":
                return str(int(obj))
            if f == "X":
                return format(int(obj), "08X")
            return C.element_to_string(obj)
    return F.to_current_culture_string(obj, ctx)


def _get_type(obj: Any, args: list, ctx: Any) -> Any:
    if isinstance(obj, BaseException):
        return _exception_type(obj)
    return T.type_of(obj)


def _exception_type(e: BaseException) -> T.DotNetType:
    names = _exception_type_names(e)
    t = T.resolve_type(names[0])
    if t is None:
        t = T.DotNetType(names[0], base=names[1] if len(names) > 1 else None)
        chain = names[1:]
        for i, n in enumerate(chain):
            if T.resolve_type(n) is None:
                T.register_type(T.DotNetType(n, base=chain[i + 1] if i + 1 < len(chain) else None))
        T.register_type(t)
    return t


_COMMON = _table(
    Method("GetType", {0}, _get_type, "type GetType()"),
    Method("ToString", {0, 1, 2}, _to_string_method, "string ToString()"),
    Method("Equals", {1, 2}, _equals, "bool Equals(System.Object obj)"),
    Method("GetHashCode", {0}, lambda o, a, c: hash(o) & 0x7FFFFFFF if not isinstance(o, (list, dict)) else
           id(o) & 0x7FFFFFFF, "int GetHashCode()"),
)

_COMPARABLE = _table(Method("CompareTo", {1}, _compare_to, "int CompareTo(System.Object value)"))


def _sm(name: str, arities: Any, f: Callable, definition: str = "") -> Method:
    """A string method: f(s, args, ctx)."""
    return Method(name, arities, lambda o, a, c: f(str.__str__(o), a, c), definition)


_STRING_METHODS = _table(
    _sm("Split", None, lambda s, a, c: TypedArray(_str_split(s, a, c), T.resolve_type("System.String")), "string[] Split(Params char[] separator), string[] Split(char[] separator, "
        "int count), string[] Split(char[] separator, System.StringSplitOptions options), string[] Split("
        "char[] separator, int count, System.StringSplitOptions options), string[] Split(string[] separator, "
        "System.StringSplitOptions options), string[] Split(string[] separator, int count, "
        "System.StringSplitOptions options)"),
    _sm("Trim", None, lambda s, a, c: s.strip(_trim_chars(a)) if _trim_chars(a) else s.strip(),
        "string Trim(Params char[] trimChars), string Trim()"),
    _sm("TrimStart", None, lambda s, a, c: s.lstrip(_trim_chars(a)) if _trim_chars(a) else s.lstrip(),
        "string TrimStart(Params char[] trimChars)"),
    _sm("TrimEnd", None, lambda s, a, c: s.rstrip(_trim_chars(a)) if _trim_chars(a) else s.rstrip(),
        "string TrimEnd(Params char[] trimChars)"),
    _sm("Replace", {2}, lambda s, a, c: _replace(s, a),
        "string Replace(char oldChar, char newChar), string Replace(string oldValue, string newValue)"),
    _sm("Substring", {1, 2}, lambda s, a, c: _substring(s, a),
        "string Substring(int startIndex), string Substring(int startIndex, int length)"),
    _sm("IndexOf", {1, 2, 3, 4}, lambda s, a, c: _index_of(s, a),
        "int IndexOf(char value), int IndexOf(char value, int startIndex), int IndexOf(string value), "
        "int IndexOf(string value, int startIndex), int IndexOf(string value, int startIndex, int count)"),
    _sm("LastIndexOf", {1, 2, 3}, lambda s, a, c: _index_of(s, a, last=True),
        "int LastIndexOf(char value), int LastIndexOf(string value), int LastIndexOf(string value, int startIndex)"),
    _sm("IndexOfAny", {1, 2}, lambda s, a, c: min([i for i in (s.find(ch, _i(a[1]) if len(a) > 1 else 0)
                                                              for ch in _chars(a[0])) if i >= 0] or [-1]),
        "int IndexOfAny(char[] anyOf)"),
    _sm("StartsWith", {1, 2}, lambda s, a, c: _starts(s, a, False), "bool StartsWith(string value)"),
    _sm("EndsWith", {1, 2}, lambda s, a, c: _starts(s, a, True), "bool EndsWith(string value)"),
    _sm("Contains", {1}, lambda s, a, c: _s(a[0]) in s, "bool Contains(string value)"),
    _sm("ToUpper", {0, 1}, lambda s, a, c: s.upper(), "string ToUpper()"),
    _sm("ToLower", {0, 1}, lambda s, a, c: s.lower(), "string ToLower()"),
    _sm("ToUpperInvariant", {0}, lambda s, a, c: s.upper(), "string ToUpperInvariant()"),
    _sm("ToLowerInvariant", {0}, lambda s, a, c: s.lower(), "string ToLowerInvariant()"),
    _sm("PadLeft", {1, 2}, lambda s, a, c: _pad(s, a, True),
        "string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)"),
    _sm("PadRight", {1, 2}, lambda s, a, c: _pad(s, a, False),
        "string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)"),
    _sm("Insert", {2}, lambda s, a, c: _insert(s, a), "string Insert(int startIndex, string value)"),
    _sm("Remove", {1, 2}, lambda s, a, c: _remove(s, a),
        "string Remove(int startIndex, int count), string Remove(int startIndex)"),
    _sm("ToCharArray", {0, 2}, lambda s, a, c: _char_array(s if not a else s[_i(a[0]):_i(a[0]) + _i(a[1])]),
        "char[] ToCharArray()"),
    _sm("Normalize", {0, 1}, lambda s, a, c: s, "string Normalize()"),
    _sm("Clone", {0}, lambda s, a, c: s, "System.Object Clone()"),
    _sm("GetEnumerator", {0}, lambda s, a, c: _Enumerator([P.Char(ch) for ch in s]),
        "System.CharEnumerator GetEnumerator()"),
    Method("CompareTo", {1}, _compare_to, "int CompareTo(System.Object value), int CompareTo(string strB)"),
)


def _char_array(s: str) -> TypedArray:
    return TypedArray((P.Char(ch) for ch in s), T.resolve_type("System.Char"))


def _starts(s: str, args: list, end: bool) -> bool:
    v = base_object(args[0])
    if v is None:
        raise DotNetError("Value cannot be null.\nParameter name: value", "ArgumentNullException")
    t = _s(v)
    ignore = False
    if len(args) > 1:
        opt = base_object(args[1])
        if isinstance(opt, bool):
            ignore = opt
        else:
            ignore = "ignorecase" in _s(opt).lower()
    if ignore:
        s, t = s.lower(), t.lower()
    return s.endswith(t) if end else s.startswith(t)


class _Enumerator:
    """An IEnumerator: MoveNext(), Current, Reset()."""

    PS_TYPE_NAMES = ("System.Collections.IEnumerator", "System.Object")
    PS_PROPERTIES = ("Current",)
    PS_METHODS = ("MoveNext", "Reset")

    def __init__(self, items: list):
        self._items = items
        self._i = -1

    @property
    def Current(self) -> Any:
        if 0 <= self._i < len(self._items):
            return self._items[self._i]
        return None

    def MoveNext(self) -> bool:
        if self._i < len(self._items):
            self._i += 1
        return self._i < len(self._items)

    def Reset(self) -> None:
        self._i = -1

    def __iter__(self):
        return iter(self._items)


# ---------------------------------------------------------------- lists

def _fixed(name: str) -> Callable:
    def f(o, a, c):
        if is_fixed_size(o):
            raise DotNetError("Collection was of a fixed size.", "NotSupportedException")
        return _LIST_IMPL[name](o, a, c)
    return f


def _elem(o: Any, v: Any, ctx: Any, method: str = "Add", arg: str = "item") -> Any:
    et = getattr(o, "element_type", None)
    if et is not None and et.full_name != "System.Object":
        try:
            return C.convert_to(v, et, ctx)
        except PSRuntimeException as e:
            raise argument_conversion_error(method, arg, v, et.full_name, e) from None
    return v


def argument_conversion_error(method: str, arg: str, value: Any, type_name: str, e: Any) -> MethodException:
    """`Cannot convert argument "item", with value: "x", for "Add" to type "System.Int32": "<why>"`."""
    return MethodException(f'Cannot convert argument "{arg}", with value: "{C.to_string(value)}", for "{method}" to '
                           f'type "{type_name}": "{getattr(e, "message", e)}"',
                           error_id="MethodArgumentConversionInvalidCastArgument", category="NotSpecified",
                           inner=e if isinstance(e, BaseException) else None)


def _list_add(o, a, c):
    o.append(_elem(o, a[0], c))
    if isinstance(o, ArrayList):
        return len(o) - 1
    return _VOID


def _list_addrange(o, a, c):
    items = base_object(a[0])
    if items is None:
        raise DotNetError("Value cannot be null.\nParameter name: c", "ArgumentNullException")
    if not isinstance(items, (list, tuple)):
        items = [items]
    o.extend(_elem(o, x, c, "AddRange", "collection") for x in items)
    return _VOID


def _list_remove(o, a, c):
    from ems.runtime.operators import ps_equals
    for i, x in enumerate(o):
        if _list_item_equals(x, a[0]):
            del o[i]
            return True if isinstance(o, GenericList) else _VOID
    return False if isinstance(o, GenericList) else _VOID


def _list_item_equals(x: Any, y: Any) -> bool:
    bx, by = base_object(x), base_object(y)
    if isinstance(bx, str) and isinstance(by, str):
        return str.__str__(bx) == str.__str__(by)
    if isinstance(bx, (list, dict, PSObject)) or isinstance(by, (list, dict, PSObject)):
        return bx is by
    if isinstance(bx, bool) != isinstance(by, bool):
        return False
    try:
        return bx == by
    except Exception:
        return False


def _list_removeat(o, a, c):
    i = _i(a[0])
    if not 0 <= i < len(o):
        raise DotNetError("Index was out of range. Must be non-negative and less than the size of the collection."
                          "\nParameter name: index", "ArgumentOutOfRangeException")
    del o[i]
    return _VOID


def _list_insert(o, a, c):
    i = _i(a[0])
    if not 0 <= i <= len(o):
        raise DotNetError("Index must be within the bounds of the List.\nParameter name: index",
                          "ArgumentOutOfRangeException")
    o.insert(i, _elem(o, a[1], c, "Insert"))
    return _VOID


def _list_clear(o, a, c):
    o.clear()
    return _VOID


def _list_sort(o, a, c):
    import functools
    from ems.runtime.operators import ps_compare
    try:
        o.sort(key=functools.cmp_to_key(lambda x, y: ps_compare(x, y, False, c)))
    except PSRuntimeException as e:
        raise DotNetError("Failed to compare two elements in the array.", "InvalidOperationException") from e
    return _VOID


def _list_reverse(o, a, c):
    o.reverse()
    return _VOID


def _range_args(o: Any, a: list) -> tuple[int, int]:
    """(index, count) of RemoveRange / GetRange, checked against the list."""
    i, n = _i(a[0]), _i(a[1])
    if i < 0 or n < 0 or i + n > len(o):
        raise DotNetError("Offset and length were out of bounds for the array or count is greater than the number "
                          "of elements from index to the end of the source collection.", "ArgumentException")
    return i, n


def _list_removerange(o, a, c):
    i, n = _range_args(o, a)
    del o[i:i + n]
    return _VOID


def _list_getrange(o, a, c):
    i, n = _range_args(o, a)
    return type(o)(o[i:i + n]) if isinstance(o, ArrayList) else GenericList(o[i:i + n], getattr(o, "element_type", None))


def _predicate(c: Any, sb: Any) -> Callable[[Any], bool]:
    """A script block used as a .NET Predicate[T]: the item is $args[0] (and $_)."""
    if c is None:
        raise DotNetError("A script block needs an execution context.", "InvalidOperationException")
    return lambda x: C.to_bool(c.invoke_scriptblock(sb, args=(x,), dollar_under=x))


def _find_all(o, a, c):
    pred = _predicate(c, a[0])
    return GenericList([x for x in o if pred(x)], getattr(o, "element_type", None))


def _find(o, a, c):
    pred = _predicate(c, a[0])
    for x in o:
        if pred(x):
            return x
    et = getattr(o, "element_type", None)
    return et.default if et is not None and et.is_value_type else None


def _remove_all(o, a, c):
    pred = _predicate(c, a[0])
    keep = [x for x in o if not pred(x)]
    n = len(o) - len(keep)
    o[:] = keep
    return n


def _list_foreach_action(o, a, c):
    if c is None:
        raise DotNetError("A script block needs an execution context.", "InvalidOperationException")
    for x in list(o):
        c.invoke_scriptblock(a[0], args=(x,), dollar_under=x)
    return _VOID


_LIST_IMPL: dict[str, Callable] = {
    "add": _list_add, "addrange": _list_addrange, "remove": _list_remove, "removeat": _list_removeat,
    "insert": _list_insert, "clear": _list_clear, "removerange": _list_removerange,
    "insertrange": lambda o, a, c: (o.__setitem__(slice(_i(a[0]), _i(a[0])), [
        _elem(o, x, c) for x in (base_object(a[1]) if isinstance(base_object(a[1]), list) else [a[1]])]), _VOID)[1],
}


def _list_index_of(o, a, c):
    for i, x in enumerate(o):
        if _list_item_equals(x, a[0]):
            return i
    return -1


def _list_contains(o, a, c):
    return any(_list_item_equals(x, a[0]) for x in o)


def _to_array(o, a, c):
    et = getattr(o, "element_type", None)
    if et is not None and et.full_name != "System.Object":
        return TypedArray(o, et)
    return list(o)


def _where(o, a, c):
    """The intrinsic `.Where({ script }, mode, count)`."""
    if c is None:
        raise RuntimeException("Where() needs an execution context")
    sb = base_object(a[0]) if a else None
    items = _as_items(o)
    mode = _s(a[1]).lower() if len(a) > 1 else "default"
    count = _i(a[2]) if len(a) > 2 else 0
    out: list = []
    if mode == "split":
        yes, no = [], []
        for x in items:
            (yes if C.to_bool(c.invoke_scriptblock(sb, args=(), dollar_under=x)) else no).append(x)
        if count:
            no = yes[count:] + no
            yes = yes[:count]
        return _Collection([_Collection(yes), _Collection(no)])
    if mode == "last":
        matched = [x for x in items if C.to_bool(c.invoke_scriptblock(sb, args=(), dollar_under=x))]
        return _Collection(matched[-(count or 1):])
    started = False
    for x in items:
        ok = C.to_bool(c.invoke_scriptblock(sb, args=(), dollar_under=x))
        if mode == "first":
            if ok:
                out.append(x)
                if len(out) >= (count or 1):
                    break
            continue
        if mode == "skipuntil":
            if ok:
                started = True
            if started:
                out.append(x)
            continue
        if mode == "until":
            if ok:
                break
            out.append(x)
            continue
        if ok:
            out.append(x)
            if count and len(out) >= count:
                break
    return _Collection(out)


def _foreach(o, a, c):
    """The intrinsic `.ForEach({ script })`, `.ForEach('PropertyName')`, `.ForEach([type])`."""
    items = _as_items(o)
    if not a:
        raise MethodException('Cannot find an overload for "ForEach" and the argument count: "0".',
                              error_id="MethodCountCouldNotFindBest")
    what = base_object(a[0])
    out: list = []
    if isinstance(what, T.DotNetType):
        return _Collection([C.convert_to(x, what, c) for x in items])
    if isinstance(what, str):
        for x in items:
            if len(a) > 1:
                out.append(invoke_method(x, what, list(a[1:]), c))
            else:
                v = get_member(x, what, c)
                out.append(v)
        return _Collection(out)
    for x in items:
        res = c.invoke_scriptblock(what, args=tuple(a[1:]), dollar_under=x)
        if isinstance(res, list):
            out.extend(res)
        elif res is not None:
            out.append(res)
    return _Collection(out)


class _Collection(list):
    """Collection<PSObject>, what `.Where()`/`.ForEach()` return (enumerates like an array)."""

    __slots__ = ()
    growable = True
    type_name = "System.Collections.ObjectModel.Collection`1[[System.Management.Automation.PSObject, " \
                "System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]"


def _as_items(o: Any) -> list:
    if o is None:
        return []
    if isinstance(o, (list, tuple)):
        return list(o)
    return [o]


_INTRINSIC = _table(
    Method("Where", {1, 2, 3}, _where, "Where(scriptblock expression[, WhereOperatorSelectionMode mode[, int "
           "numberToReturn]])"),
    Method("ForEach", None, _foreach, "ForEach(expression[, arguments...])"),
)

_ARRAY_METHODS = _table(
    Method("Add", {1}, _fixed("add"), "int IList.Add(System.Object value)"),
    Method("AddRange", {1}, _fixed("addrange"), "void AddRange(System.Collections.ICollection c)"),
    Method("Remove", {1}, _fixed("remove"), "void IList.Remove(System.Object value)"),
    Method("RemoveAt", {1}, _fixed("removeat"), "void IList.RemoveAt(int index)"),
    Method("Insert", {2}, _fixed("insert"), "void IList.Insert(int index, System.Object value)"),
    Method("InsertRange", {2}, _fixed("insertrange"), "void InsertRange(int index, System.Collections.ICollection c)"),
    Method("RemoveRange", {2}, _fixed("removerange"), "void RemoveRange(int index, int count)"),
    Method("Clear", {0}, _fixed("clear"), "void IList.Clear()"),
    Method("Contains", {1}, _list_contains, "bool IList.Contains(System.Object value)"),
    Method("IndexOf", {1}, _list_index_of, "int IList.IndexOf(System.Object value)"),
    Method("ToArray", {0}, _to_array, "System.Object[] ToArray()"),
    Method("Sort", {0}, _list_sort, "void Sort()"),
    Method("Reverse", {0}, _list_reverse, "void Reverse()"),
    Method("GetRange", {2}, _list_getrange, "System.Collections.ArrayList GetRange(int index, int count)"),
    Method("GetEnumerator", {0}, lambda o, a, c: _Enumerator(list(o)), "System.Collections.IEnumerator GetEnumerator()"),
    Method("Clone", {0}, lambda o, a, c: type(o)(o) if not isinstance(o, (TypedArray, GenericList)) else
           type(o)(o, o.element_type), "System.Object Clone()"),
    Method("CopyTo", {2}, lambda o, a, c: (_copy_to(o, a), _VOID)[1], "void CopyTo(array array, int index)"),
)
_GENERIC_LIST_METHODS = dict(_ARRAY_METHODS)
_GENERIC_LIST_METHODS.update(_table(
    Method("FindAll", {1}, _find_all, "System.Collections.Generic.List[T] FindAll(System.Predicate[T] match)"),
    Method("Find", {1}, _find, "T Find(System.Predicate[T] match)"),
    Method("Exists", {1}, lambda o, a, c: any(_predicate(c, a[0])(x) for x in o),
           "bool Exists(System.Predicate[T] match)"),
    Method("TrueForAll", {1}, lambda o, a, c: all(_predicate(c, a[0])(x) for x in o),
           "bool TrueForAll(System.Predicate[T] match)"),
    Method("RemoveAll", {1}, _remove_all, "int RemoveAll(System.Predicate[T] match)"),
    Method("FindIndex", {1}, lambda o, a, c: next((i for i, x in enumerate(o) if _predicate(c, a[0])(x)), -1),
           "int FindIndex(System.Predicate[T] match)"),
    Method("ForEach", {1}, lambda o, a, c: _list_foreach_action(o, a, c) if type(base_object(a[0])).__name__ ==
           "ScriptBlock" else _foreach(o, a, c), "void ForEach(System.Action[T] action)"),
))


def _copy_to(o: Any, a: list) -> None:
    target = base_object(a[0])
    start = _i(a[1])
    for i, x in enumerate(o):
        target[start + i] = x


# ---------------------------------------------------------------- hashtables

class DictionaryEntry:
    """System.Collections.DictionaryEntry: what a hashtable's GetEnumerator() yields."""

    __slots__ = ("Key", "Value")
    PS_TYPE_NAMES = ("System.Collections.DictionaryEntry", "System.ValueType", "System.Object")
    PS_PROPERTIES = ("Name", "Key", "Value")
    PS_SETTABLE = ("Value",)

    def __init__(self, key: Any, value: Any):
        self.Key = key
        self.Value = value

    @property
    def Name(self) -> Any:
        return self.Key

    def ps_to_string(self) -> str:
        return "System.Collections.DictionaryEntry"

    def __repr__(self) -> str:
        return f"DictionaryEntry({self.Key!r}, {self.Value!r})"


def _h_add(o, a, c):
    key = base_object(a[0])
    if key is None:
        raise DotNetError("Key cannot be null.\nParameter name: key", "ArgumentNullException")
    kt = getattr(o, "key_type", None)
    vt = getattr(o, "value_type", None)
    value = a[1]
    if kt is not None and kt.full_name != "System.Object":
        try:
            key = C.convert_to(key, kt, c)
        except PSRuntimeException as e:
            raise argument_conversion_error("Add", "key", key, kt.full_name, e) from None
    if vt is not None and vt.full_name != "System.Object":
        try:
            value = C.convert_to(value, vt, c)
        except PSRuntimeException as e:
            raise argument_conversion_error("Add", "value", value, vt.full_name, e) from None
    if key in o:
        if not isinstance(o, Hashtable):
            raise DotNetError("An item with the same key has already been added.", "ArgumentException")
        real = o.real_key(key)
        raise DotNetError(f"Item has already been added. Key in dictionary: '{_s(real)}'  Key being added: "
                          f"'{_s(key)}'", "ArgumentException")
    o[key] = value
    return _VOID


def _h_try_get_value(o, a, c):
    key = base_object(a[0])
    found = key in o
    ref = a[1]
    if hasattr(ref, "Value"):
        try:
            vt = getattr(o, "value_type", None)
            ref.Value = o[key] if found else (vt.default if vt is not None and vt.is_value_type else None)
        except Exception:
            pass
    return found


def _h_remove(o, a, c):
    key = base_object(a[0])
    if key in o:
        del o[key]
        if isinstance(o, Hashtable):
            return _VOID
        return True
    return _VOID if isinstance(o, Hashtable) else False


def _h_contains_value(o, a, c):
    return any(_list_item_equals(v, a[0]) for v in o.values())


def _h_clone(o, a, c):
    return o.copy()


_DICT_METHODS = _table(
    Method("Add", {2}, _h_add, "void Add(System.Object key, System.Object value)"),
    Method("Remove", {1}, _h_remove, "void Remove(System.Object key)"),
    Method("ContainsKey", {1}, lambda o, a, c: base_object(a[0]) in o, "bool ContainsKey(System.Object key)"),
    Method("Contains", {1}, lambda o, a, c: base_object(a[0]) in o, "bool Contains(System.Object key)"),
    Method("ContainsValue", {1}, _h_contains_value, "bool ContainsValue(System.Object value)"),
    Method("Clear", {0}, lambda o, a, c: (o.clear(), _VOID)[1], "void Clear()"),
    Method("Clone", {0}, _h_clone, "System.Object Clone()"),
    Method("GetEnumerator", {0}, lambda o, a, c: _Enumerator([DictionaryEntry(k, v) for k, v in o.items()]),
           "System.Collections.IDictionaryEnumerator GetEnumerator()"),
    Method("get_Keys", {0}, lambda o, a, c: list(o.keys()), "System.Collections.ICollection get_Keys()"),
    Method("get_Values", {0}, lambda o, a, c: list(o.values()), "System.Collections.ICollection get_Values()"),
    Method("get_Item", {1}, lambda o, a, c: o.get(base_object(a[0])), "System.Object get_Item(System.Object key)"),
    Method("set_Item", {2}, lambda o, a, c: (o.__setitem__(base_object(a[0]), a[1]), _VOID)[1],
           "void set_Item(System.Object key, System.Object value)"),
    Method("Insert", {3}, lambda o, a, c: (_od_insert(o, a), _VOID)[1], "void Insert(int index, System.Object key, "
           "System.Object value)"),
    Method("RemoveAt", {1}, lambda o, a, c: (o.pop(list(o.keys())[_i(a[0])]), _VOID)[1]
           if isinstance(o, OrderedDictionary) and 0 <= _i(a[0]) < len(o) else _raise_range(),
           "void RemoveAt(int index)"),
    Method("TryGetValue", {2}, _h_try_get_value, "bool TryGetValue(TKey key, [ref] TValue value)"),
)


def _raise_range() -> Any:
    raise DotNetError("Index was out of range. Must be non-negative and less than the size of the collection.\n"
                      "Parameter name: index", "ArgumentOutOfRangeException")


def _od_insert(o: Any, a: list) -> None:
    i = _i(a[0])
    items = list(o.items())
    items.insert(i, (base_object(a[1]), a[2]))
    o.clear()
    for k, v in items:
        o[k] = v


# ---------------------------------------------------------------- dates and time spans


def _add_months(d: _dt.datetime, months: int) -> _dt.datetime:
    import calendar
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    month = m + 1
    if not 1 <= year <= 9999:
        raise DotNetError("The added or subtracted value results in an un-representable DateTime.\n"
                          "Parameter name: months", "ArgumentOutOfRangeException")
    day = min(d.day, calendar.monthrange(year, month)[1])
    return d.replace(year=year, month=month, day=day)


def _add(d: Any, delta: _dt.timedelta) -> Any:
    try:
        return d + delta
    except OverflowError:
        raise DotNetError("The added or subtracted value results in an un-representable DateTime.\n"
                          "Parameter name: value", "ArgumentOutOfRangeException") from None


def _ms_delta(value: Any, unit_ms: float) -> _dt.timedelta:
    v = float(C.convert_to(value, "System.Double"))
    # .NET rounds to the nearest millisecond
    ms = v * unit_ms
    ms = math.floor(ms + 0.5) if ms >= 0 else -math.floor(-ms + 0.5)
    return _dt.timedelta(milliseconds=ms)


def _dt_subtract(d, a, c):
    other = base_object(a[0])
    if isinstance(other, _dt.datetime):
        return d.replace(tzinfo=None) - other.replace(tzinfo=None)
    return _add(d, -C.convert_to(other, "System.TimeSpan", c))


def _dt_fmt(fmt: str):
    def f(d, a, c):
        from ems.runtime import composite_format as F
        return F.format_datetime(d, fmt)
    return f


_DATETIME_METHODS = _table(
    Method("AddDays", {1}, lambda d, a, c: _add(d, _ms_delta(a[0], 86_400_000)), "datetime AddDays(double value)"),
    Method("AddHours", {1}, lambda d, a, c: _add(d, _ms_delta(a[0], 3_600_000)), "datetime AddHours(double value)"),
    Method("AddMinutes", {1}, lambda d, a, c: _add(d, _ms_delta(a[0], 60_000)), "datetime AddMinutes(double value)"),
    Method("AddSeconds", {1}, lambda d, a, c: _add(d, _ms_delta(a[0], 1000)), "datetime AddSeconds(double value)"),
    Method("AddMilliseconds", {1}, lambda d, a, c: _add(d, _ms_delta(a[0], 1)),
           "datetime AddMilliseconds(double value)"),
    Method("AddTicks", {1}, lambda d, a, c: _add(d, C.ticks_to_timespan(int(C.convert_to(a[0], "System.Int64")))),
           "datetime AddTicks(long value)"),
    Method("AddMonths", {1}, lambda d, a, c: _add_months(d, _i(a[0])), "datetime AddMonths(int months)"),
    Method("AddYears", {1}, lambda d, a, c: _add_months(d, 12 * _i(a[0])), "datetime AddYears(int value)"),
    Method("Add", {1}, lambda d, a, c: _add(d, C.convert_to(a[0], "System.TimeSpan", c)),
           "datetime Add(timespan value)"),
    Method("Subtract", {1}, _dt_subtract, "timespan Subtract(datetime value), datetime Subtract(timespan value)"),
    Method("ToShortDateString", {0}, _dt_fmt("d"), "string ToShortDateString()"),
    Method("ToLongDateString", {0}, _dt_fmt("D"), "string ToLongDateString()"),
    Method("ToShortTimeString", {0}, _dt_fmt("t"), "string ToShortTimeString()"),
    Method("ToLongTimeString", {0}, _dt_fmt("T"), "string ToLongTimeString()"),
    Method("ToUniversalTime", {0}, lambda d, a, c: d, "datetime ToUniversalTime()"),
    Method("ToLocalTime", {0}, lambda d, a, c: d, "datetime ToLocalTime()"),
    Method("ToFileTime", {0}, lambda d, a, c: P.Int64(C.datetime_ticks(d) - 504911232000000000),
           "long ToFileTime()"),
    Method("ToFileTimeUtc", {0}, lambda d, a, c: P.Int64(C.datetime_ticks(d) - 504911232000000000),
           "long ToFileTimeUtc()"),
    Method("IsDaylightSavingTime", {0}, lambda d, a, c: False, "bool IsDaylightSavingTime()"),
    Method("ToString", {0, 1, 2}, lambda d, a, c: _to_string_method(d, a, c),
           "string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), "
           "string ToString(string format, System.IFormatProvider provider)"),
    Method("GetDateTimeFormats", {0}, lambda d, a, c: [], "string[] GetDateTimeFormats()"),
)


def _ts_arg(a: list, c: Any) -> _dt.timedelta:
    return C.convert_to(a[0], "System.TimeSpan", c)


_TIMESPAN_METHODS = _table(
    Method("Add", {1}, lambda t, a, c: t + _ts_arg(a, c), "timespan Add(timespan ts)"),
    Method("Subtract", {1}, lambda t, a, c: t - _ts_arg(a, c), "timespan Subtract(timespan ts)"),
    Method("Negate", {0}, lambda t, a, c: -t, "timespan Negate()"),
    Method("Duration", {0}, lambda t, a, c: abs(t), "timespan Duration()"),
    Method("ToString", {0, 1, 2}, lambda t, a, c: _to_string_method(t, a, c),
           "string ToString(), string ToString(string format), string ToString(string format, "
           "System.IFormatProvider formatProvider)"),
)

# ---------------------------------------------------------------- misc types


def _sb_methods() -> dict:
    from ems.runtime.dotnet.builtins import StringBuilder

    def append(sb, a, c):
        if len(a) == 3:
            sb.parts.append(_s(a[0])[_i(a[1]):_i(a[1]) + _i(a[2])] if not isinstance(base_object(a[0]), P.Char)
                            else str(a[0]) * _i(a[1]))
        elif len(a) == 2 and isinstance(base_object(a[0]), P.Char):
            sb.parts.append(str(a[0]) * _i(a[1]))
        elif a:
            v = base_object(a[0])
            sb.parts.append(_chars(v) if isinstance(v, TypedArray) else C.element_to_string(v, c)
                            if not isinstance(v, list) else "System.Object[]")
        return sb

    def append_line(sb, a, c):
        if a:
            sb.parts.append(_s(a[0], c))
        sb.parts.append("\r\n" if False else "\n")
        return sb

    def append_format(sb, a, c):
        from ems.runtime import composite_format as F
        args = list(a[1:])
        if len(args) == 1 and isinstance(base_object(args[0]), list):
            args = list(base_object(args[0]))
        sb.parts.append(F.format(_s(a[0]), args, c))
        return sb

    def insert(sb, a, c):
        t = sb.text()
        i = _i(a[0])
        if not 0 <= i <= len(t):
            raise DotNetError("Index was out of range. Must be non-negative and less than the size of the "
                              "collection.\nParameter name: index", "ArgumentOutOfRangeException")
        sb.parts = [t[:i] + _s(a[1], c) + t[i:]]
        return sb

    def remove(sb, a, c):
        t = sb.text()
        i, n = _i(a[0]), _i(a[1])
        if i < 0 or n < 0 or i + n > len(t):
            raise DotNetError("Index was out of range. Must be non-negative and less than the size of the "
                              "collection.\nParameter name: startIndex", "ArgumentOutOfRangeException")
        sb.parts = [t[:i] + t[i + n:]]
        return sb

    def replace(sb, a, c):
        old = _s(a[0])
        if old == "":
            raise DotNetError("String cannot be of zero length.\nParameter name: oldValue", "ArgumentException")
        sb.parts = [sb.text().replace(old, _s(a[1]))]
        return sb

    def clear(sb, a, c):
        sb.parts = []
        return sb

    def to_string(sb, a, c):
        t = sb.text()
        if len(a) == 2:
            return t[_i(a[0]):_i(a[0]) + _i(a[1])]
        return t

    return {StringBuilder: _table(
        Method("Append", {1, 2, 3}, append, "System.Text.StringBuilder Append(string value), ..."),
        Method("AppendLine", {0, 1}, append_line, "System.Text.StringBuilder AppendLine(), "
               "System.Text.StringBuilder AppendLine(string value)"),
        Method("AppendFormat", None, append_format, "System.Text.StringBuilder AppendFormat(string format, "
               "Params System.Object[] args)"),
        Method("Insert", {2}, insert, "System.Text.StringBuilder Insert(int index, string value)"),
        Method("Remove", {2}, remove, "System.Text.StringBuilder Remove(int startIndex, int length)"),
        Method("Replace", {2}, replace, "System.Text.StringBuilder Replace(string oldValue, string newValue)"),
        Method("Clear", {0}, clear, "System.Text.StringBuilder Clear()"),
        Method("ToString", {0, 2}, to_string, "string ToString(), string ToString(int startIndex, int length)"),
    )}


_EXTRA_METHODS: dict[type, dict] = _sb_methods()


def _type_methods() -> dict:
    def enum_names(t, a, c):
        if not t.is_enum:
            raise DotNetError("Type provided must be an Enum.\nParameter name: enumType", "ArgumentException")
        return TypedArray(list(t.enum_class.__members__.keys()), T.resolve_type("string"))

    def enum_values(t, a, c):
        if not t.is_enum:
            raise DotNetError("Type provided must be an Enum.\nParameter name: enumType", "ArgumentException")
        return list(t.enum_class.__members__.values())

    return _table(
        Method("GetEnumNames", {0}, enum_names, "string[] GetEnumNames()"),
        Method("GetEnumValues", {0}, enum_values, "array GetEnumValues()"),
        Method("IsInstanceOfType", {1}, lambda t, a, c: t.is_instance(base_object(a[0])),
               "bool IsInstanceOfType(System.Object o)"),
        Method("IsAssignableFrom", {1}, lambda t, a, c: _assignable(t, base_object(a[0])),
               "bool IsAssignableFrom(type c)"),
        Method("IsSubclassOf", {1}, lambda t, a, c: t != base_object(a[0]) and _assignable(base_object(a[0]), t),
               "bool IsSubclassOf(type c)"),
        Method("GetElementType", {0}, lambda t, a, c: t.element_type, "type GetElementType()"),
        Method("GetGenericArguments", {0}, lambda t, a, c: list(t.generic_arguments), "type[] GetGenericArguments()"),
        Method("ToString", {0}, lambda t, a, c: t.full_name, "string ToString()"),
    )


def _assignable(t: T.DotNetType, other: Any) -> bool:
    cur = other
    while isinstance(cur, T.DotNetType):
        if cur == t:
            return True
        cur = cur.base_type
    return False


_TYPE_METHODS = _type_methods()

_GUID_METHODS = _table(Method("ToByteArray", {0}, lambda g, a, c: TypedArray(
    [P.Byte(b) for b in g.bytes_le], T.resolve_type("byte")), "byte[] ToByteArray()"))

_VERSION_METHODS = _table(Method("CompareTo", {1}, lambda v, a, c: _compare_to(v, a, c),
                                 "int CompareTo(version value)"),
                          Method("Clone", {0}, lambda v, a, c: T.Version(v.Major, v.Minor, v.Build, v.Revision),
                                 "System.Object Clone()"))

_CHAR_METHODS = _table(Method("CompareTo", {1}, lambda ch, a, c: (ord(ch) - ord(_s(a[0])[:1] or "\0")),
                              "int CompareTo(char value)"))

_EXC_METHODS = _table(
    Method("GetBaseException", {0}, lambda e, a, c: _base_exc(e), "System.Exception GetBaseException()"),
)


def _base_exc(e: BaseException) -> BaseException:
    while getattr(e, "inner", None) is not None:
        e = e.inner
    return e


def _method_table(obj: Any) -> dict[str, Method] | None:
    if isinstance(obj, str):
        if type(obj) is P.Char:
            return _CHAR_METHODS
        return _STRING_METHODS
    if isinstance(obj, dict):
        return _DICT_METHODS
    if isinstance(obj, GenericList):
        return _GENERIC_LIST_METHODS
    if isinstance(obj, (list, tuple)):
        return _ARRAY_METHODS
    if isinstance(obj, _dt.datetime):
        return _DATETIME_METHODS
    if isinstance(obj, _dt.timedelta):
        return _TIMESPAN_METHODS
    if isinstance(obj, T.DotNetType):
        return _TYPE_METHODS
    if isinstance(obj, _uuid.UUID):
        return _GUID_METHODS
    if isinstance(obj, T.Version):
        return _VERSION_METHODS
    if isinstance(obj, BaseException):
        return _EXC_METHODS
    return _EXTRA_METHODS.get(type(obj))


from ems.runtime.control import AUTOMATION_NULL as _VOID  # noqa: E402  (a void method: no output)


def is_void(value: Any) -> bool:
    return value is _VOID


def _is_comparable(obj: Any) -> bool:
    return isinstance(obj, (int, float, Decimal, str, _dt.datetime, _dt.timedelta, T.Version, _enum.Enum))


def _method_not_found(obj: Any, name: str) -> MethodException:
    tn = T.type_full_name(obj) if not isinstance(obj, BaseException) else _exception_type_names(obj)[0]
    return MethodException(f"Method invocation failed because [{tn}] does not contain a method named '{name}'.",
                           error_id="MethodNotFound", category="InvalidOperation", target=obj)


def _overload_error(name: str, n: int) -> MethodException:
    return MethodException(f'Cannot find an overload for "{name}" and the argument count: "{n}".',
                           error_id="MethodCountCouldNotFindBest", category="InvalidOperation")


_EXC_FULL_NAMES = {
    "FileNotFoundException": "System.IO.FileNotFoundException",
    "DirectoryNotFoundException": "System.IO.DirectoryNotFoundException",
    "IOException": "System.IO.IOException",
    "ParseException": "System.Management.Automation.ParseException",
    "ExtendedTypeSystemException": "System.Management.Automation.ExtendedTypeSystemException",
    "PSInvalidCastException": "System.Management.Automation.PSInvalidCastException",
}


def _inner_exception(message: str, exc_type: str) -> Any:
    from ems.runtime.exceptions import exception_class_for
    full = _EXC_FULL_NAMES.get(exc_type) or (exc_type if "." in exc_type else "System." + exc_type)
    try:
        return exception_class_for(full)(message)
    except Exception:
        return None


def _invocation_error(name: str, n: int, message: str, exc_type: str = "Exception") -> MethodInvocationException:
    """`Exception calling "X" with "N" argument(s): "msg"`, the .NET exception as InnerException."""
    return MethodInvocationException(f'Exception calling "{name}" with "{n}" argument(s): "{message}"',
                                     error_id=exc_type, category="NotSpecified",
                                     inner=_inner_exception(message, exc_type))


def invoke_method(obj: Any, name: str, args: Any = (), ctx: Any = None) -> Any:
    """`$obj.Name(args)`. A void method returns AUTOMATION_NULL (ems.runtime.control), which
    outputs nothing (`$list.Add(1)` on a List[T] outputs nothing; on an ArrayList it outputs
    the new index); test it with `is_void`."""
    args = list(args)
    if obj is None:
        raise RuntimeException("You cannot call a method on a null-valued expression.",
                               error_id="InvokeMethodOnNull", category="InvalidOperation")
    low = name.lower()
    if _INSTANCE and type(obj) is not PSObject:
        obj = _with_instance_members(obj)
    target = obj
    if type(obj) is PSObject:
        m = obj.members.get(low)
        if isinstance(m, PSScriptMethod):
            if ctx is None:
                raise RuntimeException("Script methods need an execution context")
            return _unwrap_output(ctx.invoke_scriptblock(m.script, args=tuple(args), this=obj))
        if m is not None and m.member_type == "CodeMethod":
            return m.method(obj, *args)  # type: ignore[attr-defined]
        if obj.base is None:
            return _invoke_on(obj, low, name, args, ctx, custom=True)
        target = obj.base
    return _invoke_on(target, low, name, args, ctx)


def _unwrap_args(args: list) -> list:
    return [base_object(a) for a in args]


def _invoke_on(obj: Any, low: str, name: str, args: list, ctx: Any, custom: bool = False) -> Any:
    n = len(args)
    m = None
    if not custom:
        table = _method_table(obj)
        if table is not None:
            m = table.get(low)
        if m is None:
            info = _model_info(obj)
            if info is not None:
                real = info.methods.get(low)
                if real is not None:
                    fn = getattr(obj, real)
                    return _call_python(fn, real, _unwrap_args(args), ctx)
        if m is None and _is_comparable(obj):
            m = _COMPARABLE.get(low)
    if m is None:
        m = _COMMON.get(low)
        if m is not None and custom and low == "tostring":
            # Windows PowerShell 5.1: a PSCustomObject's own ToString() is empty (PowerShell
            # issue #6163); "$o" and $o.psobject.ToString() give @{a=1}
            return ""
    if m is None:
        m = _INTRINSIC.get(low)
    if m is None:
        raise _method_not_found(obj, name)
    if m.arities is not None and n not in m.arities:
        raise _overload_error(m.name, n)
    try:
        return m.func(obj, _unwrap_args(args) if low not in ("where", "foreach") else args, ctx)
    except DotNetError as e:
        raise _invocation_error(m.name, n, e.message, e.exc_type) from None
    except (ValueError, ArithmeticError, KeyError, IndexError, TypeError) as e:
        if low in ("where", "foreach"):
            raise
        msg = e.args[0] if e.args and isinstance(e.args[0], str) else str(e)
        if isinstance(e, TypeError) and "unhashable" in msg:
            msg = "Object reference not set to an instance of an object."
        raise _invocation_error(m.name, n, msg) from None
    except PSRuntimeException as e:
        if isinstance(e, (MethodException, MethodInvocationException)) or e.error_id in (
                "InvokeMethodOnNull",):
            raise
        if low in ("where", "foreach"):
            raise
        raise _invocation_error(m.name, n, e.message, e.short_type_name) from None


_SIG_CACHE: dict[Any, Any] = {}


def _call_python(fn: Callable, name: str, args: list, ctx: Any) -> Any:
    """Call a model method or static shim with PowerShell's overload/arity errors."""
    key = getattr(fn, "__func__", fn)
    sig = _SIG_CACHE.get(key)
    if sig is None:
        try:
            sig = inspect.signature(fn)
        except (TypeError, ValueError):
            sig = False
        _SIG_CACHE[key] = sig
    if sig:
        try:
            sig.bind(*args)
        except TypeError:
            raise _overload_error(name, len(args)) from None
    try:
        result = fn(*args)
        # a Python method returning None stands for a .NET void method: no output
        return _VOID if result is None else result
    except PSRuntimeException as e:
        if isinstance(e, (MethodException, MethodInvocationException)):
            raise
        raise _invocation_error(name, len(args), e.message, e.short_type_name) from None
    except DotNetError as e:
        raise _invocation_error(name, len(args), e.message, e.exc_type) from None
    except (ValueError, ArithmeticError, KeyError, IndexError) as e:
        msg = e.args[0] if e.args and isinstance(e.args[0], str) else str(e)
        raise _invocation_error(name, len(args), msg) from None


# ================================================================ static members


def _static_target(value: Any, ctx: Any) -> T.DotNetType:
    """The type left of `::`: a type, or any value naming one (`$t = 'System.Math'; $t::PI`);
    anything else fails as PowerShell does: "Unable to find type [x]."."""
    if isinstance(value, T.DotNetType):
        return value
    from ems.runtime.conversion import _resolve, to_string

    if not isinstance(value, str) and type(value).__name__ != "TypeName":
        value = to_string(value, ctx)
    return _resolve(value)


def get_static_member(dotnet_type: Any, name: str, ctx: Any = None) -> Any:
    """`[T]::Name`."""
    t = _static_target(dotnet_type, ctx)
    m = t.get_static(name)
    if m is None:
        if _strict(ctx) >= 2:
            raise _property_not_found(name)
        return None
    if m.kind == "Method":
        return PSMethodInfo(t, m)
    if m.getter is not None:
        return m.getter(ctx)
    return m.value


class PSMethodInfo:
    """`[math]::Round` without parentheses: prints its overload definitions."""

    PS_TYPE_NAMES = ("System.Management.Automation.PSMethod", "System.Management.Automation.PSMethodInfo",
                     "System.Management.Automation.PSMemberInfo", "System.Object")
    PS_PROPERTIES = ("MemberType", "OverloadDefinitions", "TypeNameOfValue", "Value", "Name", "IsInstance")

    def __init__(self, t: T.DotNetType, m: Any):
        self._t = t
        self._m = m
        self.Name = m.name
        self.MemberType = "Method"
        self.TypeNameOfValue = "System.Management.Automation.PSMethod"
        self.IsInstance = False

    @property
    def OverloadDefinitions(self) -> list:
        parts = (self._m.definition or f"static {self._m.name}()").split(", static ")
        return [parts[0].strip()] + ["static " + p.strip() for p in parts[1:]]

    @property
    def Value(self) -> Any:
        return self

    def ps_to_string(self) -> str:
        return ", ".join(self.OverloadDefinitions)


def invoke_static_method(dotnet_type: Any, name: str, args: Any = (), ctx: Any = None) -> Any:
    """`[T]::Name(args)`, including `[T]::new(args)`."""
    args = list(args)
    t = _static_target(dotnet_type, ctx)
    if name.lower() == "new":
        try:
            return t.new(_unwrap_args(args), ctx)
        except (MethodException, MethodInvocationException):
            raise
        except PSRuntimeException as e:
            raise _invocation_error(".ctor", len(args), e.message, e.short_type_name) from None
        except DotNetError as e:
            raise _invocation_error(".ctor", len(args), e.message, e.exc_type) from None
        except (ValueError, ArithmeticError) as e:
            raise _invocation_error(".ctor", len(args), str(e)) from None
    m = t.get_static(name)
    if m is None or m.kind != "Method":
        raise MethodException(f"Method invocation failed because [{t.full_name}] does not contain a method named "
                              f"'{name}'.", error_id="MethodNotFound", category="InvalidOperation")
    fn = m.method

    def call(*a: Any) -> Any:
        return fn(ctx, *a)

    key = getattr(fn, "__func__", fn)
    sig = _SIG_CACHE.get(("static", key))
    if sig is None:
        try:
            sig = inspect.signature(fn)
        except (TypeError, ValueError):
            sig = False
        _SIG_CACHE[("static", key)] = sig
    unwrapped = _unwrap_args(args)
    if sig:
        try:
            sig.bind(ctx, *unwrapped)
        except TypeError:
            raise _overload_error(m.name, len(args)) from None
    try:
        return fn(ctx, *unwrapped)
    except (MethodException, MethodInvocationException):
        raise
    except PSRuntimeException as e:
        raise _invocation_error(m.name, len(args), e.message, e.short_type_name) from None
    except DotNetError as e:
        raise _invocation_error(m.name, len(args), e.message, e.exc_type) from None
    except (ValueError, ArithmeticError) as e:
        msg = e.args[0] if e.args and isinstance(e.args[0], str) else str(e)
        raise _invocation_error(m.name, len(args), msg) from None


# ================================================================ indexing


def _index_error() -> RuntimeException:
    return RuntimeException("Index was outside the bounds of the array.", error_id="IndexOutOfRange",
                            category="InvalidOperation")


def get_index(obj: Any, index: Any, ctx: Any = None) -> Any:
    """`$obj[index]`."""
    if obj is None:
        raise RuntimeException("Cannot index into a null array.", error_id="NullArray", category="InvalidOperation")
    bo = base_object(obj)
    bi = base_object(index)
    if isinstance(bo, dict):
        if isinstance(bi, (list, tuple)):
            return [_dict_get(bo, base_object(k)) for k in bi]
        return _dict_get(bo, bi)
    if isinstance(bi, (list, tuple)):
        out = []
        for k in bi:
            v = _get_one(bo, base_object(k), ctx, in_slice=True)
            if v is not _NOT_FOUND:
                out.append(v)
        return out
    v = _get_one(bo, bi, ctx)
    return None if v is _NOT_FOUND else v


def _dict_get(d: dict, key: Any) -> Any:
    if key in d:
        return d[key]
    if isinstance(d, OrderedDictionary) and isinstance(key, int) and not isinstance(key, bool):
        vals = list(d.values())
        if -len(vals) <= key < len(vals) and key >= 0:
            return vals[key]
    return None


def _get_one(bo: Any, i: Any, ctx: Any, in_slice: bool = False) -> Any:
    hook = getattr(bo, "ps_get_index", None)
    if hook is not None:
        return hook(i)
    if isinstance(bo, str):
        n = _index_int(i)
        if -len(bo) <= n < len(bo):
            return P.Char(bo[n])
        return _out_of_range(ctx, in_slice)
    if isinstance(bo, list) or isinstance(bo, tuple):
        if hasattr(bo, "by_key") and not isinstance(i, int):
            return bo.by_key(i)
        n = _index_int(i)
        if -len(bo) <= n < len(bo):
            return bo[n]
        return _out_of_range(ctx, in_slice)
    # a scalar indexes like a one-element array
    n = _index_int(i)
    if n in (0, -1):
        return bo
    return _out_of_range(ctx, in_slice)


def _out_of_range(ctx: Any, in_slice: bool) -> Any:
    if _strict(ctx) >= 3:
        raise _index_error()
    return _NOT_FOUND


def _index_int(i: Any) -> int:
    if isinstance(i, int) and not isinstance(i, bool):
        return int(i)
    try:
        return C.convert_to(i, "System.Int32")
    except PSRuntimeException:
        raise RuntimeException(f'Cannot convert value "{C.to_string(i)}" to type "System.Int32". Error: "Input '
                               'string was not in a correct format."', error_id="InvalidCastFromStringToInteger",
                               category="InvalidArgument") from None


def set_index(obj: Any, index: Any, value: Any, ctx: Any = None) -> None:
    """`$obj[index] = value`."""
    if obj is None:
        raise RuntimeException("Cannot index into a null array.", error_id="NullArray", category="InvalidOperation")
    bo = base_object(obj)
    bi = base_object(index)
    if isinstance(bo, dict):
        if isinstance(bo, OrderedDictionary) and isinstance(bi, int) and not isinstance(bi, bool) and bi not in bo:
            keys = list(bo.keys())
            if 0 <= bi < len(keys):
                bo[keys[bi]] = value
                return
        if bi is None:
            raise RuntimeException("Index operation failed; the array index evaluated to null.",
                                   error_id="NullArrayIndex", category="InvalidOperation")
        kt = getattr(bo, "key_type", None)
        vt = getattr(bo, "value_type", None)
        if kt is not None and kt.full_name != "System.Object":
            bi = C.convert_to(bi, kt, ctx)
        if vt is not None and vt.full_name != "System.Object":
            value = C.convert_to(value, vt, ctx)
        bo[bi] = value
        return
    hook = getattr(bo, "ps_set_index", None)
    if hook is not None:
        hook(bi, value)
        return
    if isinstance(bo, list):
        n = _index_int(bi)
        if not -len(bo) <= n < len(bo):
            raise _index_error()
        et = getattr(bo, "element_type", None)
        if et is not None and et.full_name != "System.Object":
            value = C.convert_to(value, et, ctx)
        bo[n] = value
        return
    raise RuntimeException(f"Unable to index into an object of type {T.type_full_name(bo)}.",
                           error_id="CannotIndex", category="InvalidOperation")


# ================================================================ Get-Member


@dataclass(frozen=True)
class MemberRecord:
    name: str
    member_type: str  # "Property" "Method" "NoteProperty" "ScriptProperty" "AliasProperty" "ScriptMethod"...
    definition: str


_PY_TO_NET = {"int": "int", "long": "long", "double": "double", "bool": "bool", "string": "string",
              "datetime": "datetime", "timespan": "timespan", "type": "type"}


def _prop_def(type_name: str, name: str, settable: bool = False) -> str:
    return f"{type_name} {name} {{get;{'set;' if settable else ''}}}"


def _value_type_name(v: Any) -> str:
    t = T.type_of(v)
    if t is None:
        return "System.Object"
    return t.accelerator if t.accelerator and "." not in t.accelerator and not t.is_array else t.full_name


def members_of(obj: Any, ctx: Any = None) -> list[MemberRecord]:
    """Members for Get-Member: instance members, then the base object's properties and methods."""
    out: list[MemberRecord] = []
    seen: set[str] = set()

    def add(rec: MemberRecord) -> None:
        if rec.name.lower() not in seen:
            seen.add(rec.name.lower())
            out.append(rec)

    if obj is None:
        return out
    if _INSTANCE and type(obj) is not PSObject:
        obj = _with_instance_members(obj)
    if type(obj) is PSObject:
        for m in obj.members.values():
            if isinstance(m, PSNoteProperty):
                v = m.value
                tn = _value_type_name(v) if v is not None else "object"
                vs = C.to_string(v, ctx) if v is not None else "null"
                add(MemberRecord(m.name, "NoteProperty", f"{tn} {m.name}={vs}"))
            elif isinstance(m, PSAliasProperty):
                add(MemberRecord(m.name, "AliasProperty", f"{m.name} = {m.reference}"))
            elif isinstance(m, PSScriptProperty):
                g = C.to_string(m.getter) if m.getter is not None else ""
                s = C.to_string(m.setter) if m.setter is not None else ""
                definition = f"System.Object {m.name} {{get={g};" + (f"set={s};" if m.setter is not None else "") + "}"
                add(MemberRecord(m.name, "ScriptProperty", definition))
            elif isinstance(m, PSCodeProperty):
                add(MemberRecord(m.name, "CodeProperty", f"System.Object {m.name}{{get=;}}"))
            elif isinstance(m, PSScriptMethod):
                add(MemberRecord(m.name, "ScriptMethod", f"System.Object {m.name}();"))
        if obj.base is None:
            for meth, d in (("Equals", "bool Equals(System.Object obj)"), ("GetHashCode", "int GetHashCode()"),
                            ("GetType", "type GetType()"), ("ToString", "string ToString()")):
                add(MemberRecord(meth, "Method", d))
            return out
        obj = obj.base
    # properties
    dyn = getattr(obj, "ps_property_names", None)
    if dyn is not None:
        for pname in dyn():
            v = get_member(obj, pname, ctx)
            tn = _value_type_name(v) if v is not None else "System.Object"
            add(MemberRecord(pname, "Property", _prop_def(tn, pname, True)))
    info = _model_info(obj)
    if info is not None and getattr(type(obj), "PS_PROPERTIES", None):
        settable = set(info.settable)
        for pname in type(obj).PS_PROPERTIES:
            try:
                v = getattr(obj, pname)
            except Exception:
                v = None
            tn = _value_type_name(v) if v is not None else "System.Object"
            add(MemberRecord(pname, "Property", _prop_def(tn, pname, pname.lower() in settable)))
        for mname in getattr(type(obj), "PS_METHODS", ()):
            add(MemberRecord(mname, "Method", f"System.Object {mname}()"))
    elif isinstance(obj, dict):
        for pname in _DICT_PROP_ORDER:
            e = _DICT_PROPS[pname.lower()]
            add(MemberRecord(pname, "Property", _prop_def(e[2], pname)))
    else:
        table = _adapted_table(obj)
        if table is not None:
            for e in table.values():
                if e[0] == "DateTime" and isinstance(obj, _dt.datetime):
                    add(MemberRecord("DateTime", "ScriptProperty",
                                     'System.Object DateTime {get=if ((& { Set-StrictMode -Version 1; '
                                     '$this.DisplayHint }) -ieq  "Date")...'))
                    continue
                add(MemberRecord(e[0], "Property", _prop_def(e[2], e[0])))
    # methods
    table = _method_table(obj)
    if table is not None:
        for m in table.values():
            if m.name.startswith("get_") or m.name.startswith("set_"):
                continue
            if is_fixed_size(obj) and m.name in ("Add", "AddRange", "Remove", "RemoveAt", "Insert", "InsertRange",
                                                 "RemoveRange", "Clear", "Sort", "Reverse", "GetRange", "ToArray"):
                if m.name not in ("Add", "Remove", "RemoveAt", "Insert", "Clear"):
                    continue
            add(MemberRecord(m.name, "Method", m.definition))
    if _is_comparable(obj):
        add(MemberRecord("CompareTo", "Method", _COMPARABLE["compareto"].definition))
    for m in _COMMON.values():
        add(MemberRecord(m.name, "Method", m.definition))
    out_props = [r for r in out]
    return out_props


# ================================================================ $x.PSObject, $x.PSTypeNames, $x.PSBase


class PSPropertyView:
    """One entry of `$x.PSObject.Properties`: Name, Value, MemberType, TypeNameOfValue..."""

    PS_PROPERTIES = ("Value", "MemberType", "IsSettable", "IsGettable", "TypeNameOfValue", "Name", "IsInstance")
    PS_SETTABLE = ("Value",)

    def __init__(self, owner: Any, name: str, member_type: str, ctx: Any = None):
        self._owner = owner
        self._ctx = ctx
        self.Name = name
        self.MemberType = member_type
        self.IsGettable = True
        self.IsInstance = member_type != "Property"

    @property
    def PS_TYPE_NAMES(self) -> tuple:  # type: ignore[override]
        kind = {"NoteProperty": "PSNoteProperty", "AliasProperty": "PSAliasProperty",
                "ScriptProperty": "PSScriptProperty", "CodeProperty": "PSCodeProperty"}.get(
            self.MemberType, "PSProperty")
        return (f"System.Management.Automation.{kind}", "System.Management.Automation.PSPropertyInfo",
                "System.Management.Automation.PSMemberInfo", "System.Object")

    @property
    def Value(self) -> Any:
        return get_member(self._owner, self.Name, self._ctx)

    @Value.setter
    def Value(self, v: Any) -> None:
        set_member(self._owner, self.Name, v, self._ctx)

    @property
    def IsSettable(self) -> bool:
        if self.MemberType == "NoteProperty":
            return True
        info = _model_info(base_object(self._owner))
        if info is not None:
            return self.Name.lower() in info.settable
        return False

    @property
    def TypeNameOfValue(self) -> str:
        v = self.Value
        t = T.type_of(v)
        return t.full_name if t is not None else "System.Object"

    def ps_to_string(self) -> str:
        v = self.Value
        if self.MemberType == "NoteProperty":
            tn = _value_type_name(v) if v is not None else "object"
            return f"{tn} {self.Name}={C.to_string(v, self._ctx) if v is not None else 'null'}"
        return f"{_value_type_name(v) if v is not None else 'System.Object'} {self.Name} {{get;}}"


class PSMemberCollection:
    """`$x.PSObject.Properties` / `.Members` / `.Methods`: enumerable, indexable by name."""

    PS_TYPE_NAMES = ("System.Management.Automation.PSMemberInfoCollection", "System.Object")
    PS_PROPERTIES = ("Count",)
    PS_METHODS = ("Match", "Add", "Remove")

    @property
    def Count(self) -> int:
        return len(self._items())

    def __init__(self, owner: Any, kind: str, ctx: Any = None):
        self._owner = owner
        self._kind = kind  # "properties" | "members" | "methods"
        self._ctx = ctx

    def _items(self) -> list:
        owner = self._owner
        out: list = []
        if self._kind in ("properties", "members"):
            inst = {}
            if type(owner) is PSObject:
                inst = {m.name.lower(): m.member_type for m in owner.members.values()}
            for n in property_names(owner):
                out.append(PSPropertyView(owner, n, inst.get(n.lower(), "Property"), self._ctx))
        if self._kind in ("methods", "members"):
            for rec in members_of(owner, self._ctx):
                if rec.member_type in ("Method", "ScriptMethod", "CodeMethod"):
                    out.append(MemberRecordView(rec))
        return out

    def __iter__(self):
        return iter(self._items())

    def __len__(self) -> int:
        return len(self._items())

    def ps_get_index(self, key: Any) -> Any:
        if isinstance(key, int) and not isinstance(key, bool):
            items = self._items()
            return items[key] if -len(items) <= key < len(items) else None
        low = C.to_string(key).lower()
        for it in self._items():
            if it.Name.lower() == low:
                return it
        return None

    def Match(self, pattern: Any) -> list:
        from ems.runtime.wildcard import wildcard_to_regex
        rx = wildcard_to_regex(C.to_string(pattern))
        return [it for it in self._items() if rx.match(it.Name)]

    def Add(self, member: Any) -> Any:
        owner = self._owner
        if type(owner) is not PSObject:
            raise DotNetError("Members cannot be added to this object.", "NotSupportedException")
        m = base_object(member)
        if not isinstance(m, (PSNoteProperty, PSAliasProperty, PSScriptProperty, PSCodeProperty, PSScriptMethod)):
            raise DotNetError("Cannot add a member of this type.", "ArgumentException")
        if m.name.lower() in owner.members:
            raise DotNetError(f"Cannot add a member with the name \"{m.name}\" because a member with that name "
                              "already exists. To overwrite the member anyway, add the Force parameter to your "
                              "command.", "ExtendedTypeSystemException")
        owner.add_member(m.copy())
        return _VOID

    def Remove(self, name: Any) -> Any:
        owner = self._owner
        if type(owner) is PSObject:
            owner.members.pop(C.to_string(name).lower(), None)
        return _VOID

    def ps_to_string(self) -> str:
        return "System.Management.Automation.PSMemberInfoCollection`1[System.Management.Automation.PSPropertyInfo]"


class MemberRecordView:
    PS_TYPE_NAMES = ("System.Management.Automation.PSMethod", "System.Management.Automation.PSMethodInfo",
                     "System.Management.Automation.PSMemberInfo", "System.Object")
    PS_PROPERTIES = ("MemberType", "OverloadDefinitions", "TypeNameOfValue", "Value", "Name", "IsInstance")

    def __init__(self, rec: MemberRecord):
        self.Name = rec.name
        self.MemberType = rec.member_type
        self.OverloadDefinitions = [rec.definition]
        self.TypeNameOfValue = "System.Management.Automation.PSMethod"
        self.IsInstance = True

    @property
    def Value(self) -> Any:
        return self

    def ps_to_string(self) -> str:
        return ", ".join(self.OverloadDefinitions)


class PSObjectView:
    """`$x.PSObject`: the object's PowerShell view (Properties, Members, TypeNames, BaseObject)."""

    PS_TYPE_NAMES = ("System.Management.Automation.PSObject", "System.Object")
    PS_PROPERTIES = ("BaseObject", "Members", "Properties", "Methods", "ImmediateBaseObject", "TypeNames")
    PS_METHODS = ("Copy",)

    def __init__(self, obj: Any, ctx: Any = None):
        self._obj = obj
        self._ctx = ctx

    @property
    def BaseObject(self) -> Any:
        return base_object(self._obj)

    ImmediateBaseObject = BaseObject

    @property
    def Properties(self) -> PSMemberCollection:
        return PSMemberCollection(self._obj, "properties", self._ctx)

    @property
    def Members(self) -> PSMemberCollection:
        return PSMemberCollection(self._obj, "members", self._ctx)

    @property
    def Methods(self) -> PSMemberCollection:
        return PSMemberCollection(self._obj, "methods", self._ctx)

    @property
    def TypeNames(self) -> list:
        return ps_type_names_list(self._obj)

    def Copy(self) -> Any:
        o = self._obj
        if type(o) is PSObject:
            return o.copy()
        return o

    def ps_to_string(self) -> str:
        return C.to_string(self._obj, self._ctx)


class TypeNameList(GenericList):
    """PSObject.TypeNames (Collection[string]): a list scripts can Insert into and Add to."""

    __slots__ = ()

    def __init__(self, items: Any = ()):
        super().__init__(items, T.resolve_type("System.String"))


def ps_type_names_list(obj: Any) -> list:
    """`$x.PSTypeNames`: the live list for a PSObject (Insert/Add change it), else a copy."""
    if type(obj) is PSObject:
        if not isinstance(obj.type_names, TypeNameList):
            obj.type_names = TypeNameList(obj.type_names or type_names(obj.base))
        return obj.type_names
    return TypeNameList(type_names(obj))


class PSBaseView:
    """`$x.PSBase`: the adapted .NET members only (`$hashtable.PSBase.Count` ignores a key named Count)."""

    def __init__(self, obj: Any):
        self._obj = obj

    def ps_to_string(self) -> str:
        return C.to_string(self._obj)


def _intrinsic(obj: Any, low: str, ctx: Any) -> Any:
    if low == "psobject":
        return PSObjectView(obj, ctx)
    if low == "pstypenames":
        return ps_type_names_list(obj)
    if low == "psbase":
        return PSBaseView(base_object(obj))
    return _NOT_FOUND
