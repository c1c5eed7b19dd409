"""What the formatter needs to know about a value: type names, properties, enumeration.

Reads members through ``ems.runtime.members`` (``type_names``, ``property_names``,
``get_member``) when that module is present, and knows the simple cases itself (PSCustomObject
note properties, model objects declaring ``PS_TYPE_NAMES``/``PS_PROPERTIES``, DateTime,
TimeSpan, strings, arrays, hashtables), so formatting keeps working on plain values.
"""
from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import enum as _enum
import uuid as _uuid
from collections.abc import Mapping
from typing import Any, Iterator

from ems import primitives as P
from ems.runtime.conversion import datetime_ticks
from ems.runtime.psobject import PSNoteProperty, PSObject

MISSING: Any = object()


def _members() -> Any:
    try:
        from ems.runtime import members  # type: ignore[attr-defined]
    except Exception:
        return None
    return members


class DictionaryEntry:
    """System.Collections.DictionaryEntry: what enumerating a hashtable for display yields."""

    __slots__ = ("Key", "Value")
    PS_TYPE_NAMES = ("System.Collections.DictionaryEntry", "System.ValueType", "System.Object")
    PS_PROPERTIES = ("Name", "Key", "Value")

    def __init__(self, key: Any, value: Any):
        self.Key = key
        self.Value = value

    @property
    def Name(self) -> Any:  # the alias property PowerShell's types.ps1xml adds
        return self.Key

    def __repr__(self) -> str:
        return f"DictionaryEntry({self.Key!r}, {self.Value!r})"


# ---------------------------------------------------------------- type names

_SIMPLE_TYPES: list[tuple[type, tuple[str, ...]]] = [
    (bool, ("System.Boolean", "System.ValueType", "System.Object")),
    (P.Char, ("System.Char", "System.ValueType", "System.Object")),
    (str, ("System.String", "System.Object")),
    (P.Single, ("System.Single", "System.ValueType", "System.Object")),
    (float, ("System.Double", "System.ValueType", "System.Object")),
    (_decimal.Decimal, ("System.Decimal", "System.ValueType", "System.Object")),
    (_dt.datetime, ("System.DateTime", "System.ValueType", "System.Object")),
    (_dt.date, ("System.DateTime", "System.ValueType", "System.Object")),
    (_dt.timedelta, ("System.TimeSpan", "System.ValueType", "System.Object")),
    (_uuid.UUID, ("System.Guid", "System.ValueType", "System.Object")),
]


def _fallback_type_names(v: Any) -> list[str]:
    if v is None:
        return []
    if type(v) is PSObject:
        if v.type_names:
            return list(v.type_names)
        return _fallback_type_names(v.base)
    declared = getattr(type(v), "PS_TYPE_NAMES", None)
    if declared:
        return list(declared)
    if isinstance(v, _enum.Enum):
        name = getattr(type(v), "_dotnet_name", None) or type(v).__name__
        return [name, "System.Enum", "System.ValueType", "System.Object"]
    if isinstance(v, P.TypedInt):
        return [v.type_name, "System.ValueType", "System.Object"]
    if isinstance(v, int) and not isinstance(v, bool):
        if P.INT32_MIN <= v <= P.INT32_MAX:
            return ["System.Int32", "System.ValueType", "System.Object"]
        return ["System.Int64", "System.ValueType", "System.Object"]
    for cls, names in _SIMPLE_TYPES:
        if isinstance(v, cls):
            return list(names)
    tn = getattr(v, "type_name", None)
    if isinstance(tn, str):
        return [tn, "System.Object"]
    if isinstance(v, Mapping):
        return ["System.Collections.Hashtable", "System.Object"]
    if isinstance(v, (list, tuple)):
        return ["System.Object[]", "System.Array", "System.Object"]
    return [type(v).__name__, "System.Object"]


def type_names(v: Any) -> list[str]:
    """The object's TypeNames list, most derived first (empty for $null)."""
    if v is None:
        return []
    if type(v) is PSObject and v.type_names:
        return list(v.type_names)
    declared = getattr(type(v), "PS_TYPE_NAMES", None)
    if declared:
        return list(declared)
    m = _members()
    if m is not None:
        try:
            names = m.type_names(v)
            if names:
                return list(names)
        except Exception:
            pass
    return _fallback_type_names(v)


def is_enum(v: Any) -> bool:
    b = v.base if type(v) is PSObject and v.base is not None else v
    if isinstance(b, _enum.Enum):
        return True
    names = type_names(v)
    return len(names) > 1 and names[1] == "System.Enum"


# ---------------------------------------------------------------- properties

_DATETIME_PROPS = ("DateTime", "Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind",
                   "Millisecond", "Minute", "Month", "Second", "Ticks", "TimeOfDay", "Year")
_TIMESPAN_PROPS = ("Ticks", "Days", "Hours", "Milliseconds", "Minutes", "Seconds", "TotalDays",
                   "TotalHours", "TotalMilliseconds", "TotalMinutes", "TotalSeconds")
_ARRAY_PROPS = ("Length", "LongLength", "Rank", "SyncRoot", "IsReadOnly", "IsFixedSize",
                "IsSynchronized", "Count")


def _builtin_property_names(b: Any) -> tuple[str, ...] | None:
    if isinstance(b, (bool, int, float, _decimal.Decimal, _enum.Enum)):
        return ()
    if isinstance(b, str):
        return ("Length",)
    if isinstance(b, _uuid.UUID):
        return ("Guid",)
    if isinstance(b, _dt.datetime):
        return _DATETIME_PROPS
    if isinstance(b, _dt.timedelta):
        return _TIMESPAN_PROPS
    if isinstance(b, Mapping):
        return ("IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count")
    if isinstance(b, (list, tuple)):
        return _ARRAY_PROPS
    return None


def property_names(v: Any) -> list[str]:
    """Names of the object's properties, in the object's order."""
    if v is None:
        return []
    m = _members()
    if m is not None:
        try:
            return list(m.property_names(v))
        except Exception:
            pass
    if type(v) is PSObject:
        own = v.property_names()
        if v.base is None:
            return own
        base = property_names(v.base)
        seen = {n.lower() for n in own}
        return own + [n for n in base if n.lower() not in seen]
    declared = getattr(type(v), "PS_PROPERTIES", None)
    if declared is not None:
        return list(declared)
    builtin = _builtin_property_names(v)
    return list(builtin) if builtin is not None else []


def resolve_name(v: Any, name: str) -> str | None:
    """The object's own spelling of property `name` (case-insensitive), or None."""
    low = name.lower()
    for n in property_names(v):
        if n.lower() == low:
            return n
    return None


def _builtin_get(b: Any, name: str) -> Any:
    low = name.lower()
    if isinstance(b, str):
        if low == "length":
            return len(b)
        return MISSING
    if isinstance(b, _uuid.UUID):
        return str(b) if low == "guid" else MISSING
    if isinstance(b, _dt.datetime):
        vals = {
            "datetime": lambda: __import__("ems.format.display", fromlist=["x"]).format_datetime_long(b),
            "date": lambda: _dt.datetime(b.year, b.month, b.day),
            "day": lambda: b.day, "dayofweek": lambda: _DayOfWeek((b.weekday() + 1) % 7),
            "dayofyear": lambda: b.timetuple().tm_yday, "hour": lambda: b.hour,
            "kind": lambda: _DateTimeKind.Local if b.tzinfo is None else _DateTimeKind.Utc,
            "millisecond": lambda: b.microsecond // 1000, "minute": lambda: b.minute,
            "month": lambda: b.month, "second": lambda: b.second,
            "ticks": lambda: P.Int64(datetime_ticks(b)),
            "timeofday": lambda: _dt.timedelta(hours=b.hour, minutes=b.minute, seconds=b.second,
                                               microseconds=b.microsecond),
            "year": lambda: b.year,
        }
        f = vals.get(low)
        return f() if f else MISSING
    if isinstance(b, _dt.timedelta):
        ticks = (b.days * 86400 + b.seconds) * 10_000_000 + b.microseconds * 10
        sign = -1 if ticks < 0 else 1
        a = abs(ticks)
        comp = {
            "ticks": P.Int64(ticks),
            "days": sign * (a // 864_000_000_000),
            "hours": sign * (a // 36_000_000_000 % 24),
            "minutes": sign * (a // 600_000_000 % 60),
            "seconds": sign * (a // 10_000_000 % 60),
            "milliseconds": sign * (a // 10_000 % 1000),
            "totaldays": ticks / 864_000_000_000,
            "totalhours": ticks / 36_000_000_000,
            "totalminutes": ticks / 600_000_000,
            "totalseconds": ticks / 10_000_000,
            "totalmilliseconds": float(ticks // 10_000 if ticks >= 0 else -((-ticks) // 10_000)),
        }
        return comp.get(low, MISSING)
    if isinstance(b, Mapping):
        if low == "count":
            return len(b)
        if low == "keys":
            return list(b.keys())
        if low == "values":
            return list(b.values())
        if low in ("isreadonly", "isfixedsize", "issynchronized"):
            return False
        if low == "syncroot":
            return MISSING
        return MISSING
    if isinstance(b, (list, tuple)):
        if low in ("count", "length", "longlength"):
            return len(b)
        if low == "rank":
            return 1
        if low in ("isreadonly", "issynchronized"):
            return False
        if low == "isfixedsize":
            return True
        return MISSING
    return MISSING


class _DayOfWeek(_enum.IntEnum):
    Sunday = 0
    Monday = 1
    Tuesday = 2
    Wednesday = 3
    Thursday = 4
    Friday = 5
    Saturday = 6


_DayOfWeek._dotnet_name = "System.DayOfWeek"  # type: ignore[attr-defined]


class _DateTimeKind(_enum.IntEnum):
    Unspecified = 0
    Utc = 1
    Local = 2


_DateTimeKind._dotnet_name = "System.DateTimeKind"  # type: ignore[attr-defined]


def get_property(v: Any, name: str, default: Any = None, ctx: Any = None) -> Any:
    """The value of property `name` (case-insensitive); `default` when there is none."""
    if v is None:
        return default
    m = _members()
    if m is not None:
        try:
            found, value = m.try_get_member(v, name, ctx)
        except Exception:
            return default
        if found:
            return value
        r = _builtin_get(v.base if type(v) is PSObject and v.base is not None else v, name)
        return default if r is MISSING else r
    return _fallback_get(v, name, default)


def _fallback_get(v: Any, name: str, default: Any) -> Any:
    if type(v) is PSObject:
        mem = v.get_member(name)
        if mem is not None:
            if isinstance(mem, PSNoteProperty):
                return mem.value
            getter = getattr(mem, "getter", None)
            if mem.member_type == "CodeProperty" and callable(getter):
                try:
                    return getter(v)
                except Exception:
                    return default
            if mem.member_type == "AliasProperty":
                return _fallback_get(v, mem.reference, default)  # type: ignore[attr-defined]
            return default
        if v.base is None:
            return default
        return _fallback_get(v.base, name, default)
    declared = getattr(type(v), "PS_PROPERTIES", None)
    if declared is not None:
        real = next((n for n in declared if n.lower() == name.lower()), None)
        if real is not None:
            try:
                return getattr(v, real)
            except Exception:
                return default
    r = _builtin_get(v, name)
    return default if r is MISSING else r


def has_property(v: Any, name: str) -> bool:
    return resolve_name(v, name) is not None


# ---------------------------------------------------------------- enumeration


def is_enumerable(v: Any) -> bool:
    """True for values PowerShell's formatter enumerates (arrays, lists, hashtables)."""
    if type(v) is PSObject:
        return v.base is not None and is_enumerable(v.base)
    if isinstance(v, (str, bytes)):
        return False
    if isinstance(v, (list, tuple, set, frozenset, Mapping)):
        return True
    return bool(getattr(v, "PS_ENUMERABLE", False))


def enumerate_items(v: Any) -> Iterator[Any]:
    """The items of an enumerable; a hashtable yields DictionaryEntry objects."""
    if type(v) is PSObject:
        v = v.base
    if isinstance(v, Mapping):
        for k in v.keys():
            yield DictionaryEntry(k, v[k])
        return
    yield from iter(v)


# ---------------------------------------------------------------- display name

_NAME_PATTERNS = ("name", "id", "key", "*key", "*name", "*id")


def display_name_property(v: Any) -> str | None:
    """PSObjectHelper.GetDisplayNameExpression: Name, Id, Key, *key, *name, *id."""
    names = [n for n in property_names(v)
             if n.lower() not in ("pscomputername", "psshowcomputername", "runspaceid")]
    for pat in _NAME_PATTERNS:
        if pat.startswith("*"):
            suffix = pat[1:]
            for n in names:
                if n.lower().endswith(suffix):
                    return n
        else:
            for n in names:
                if n.lower() == pat:
                    return n
    return None


def display_name_value(v: Any) -> Any:
    name = display_name_property(v)
    if name is None:
        return MISSING
    return get_property(v, name)
