"""Values as the console shows them (PowerShell's PSObjectHelper.SmartToString / FormatField).

Two conversions:

* ``to_string(v)``: the object's .NET ``ToString()`` in the *current* culture (en-US), which is
  what a table cell or a list value shows for a single object: ``True``, ``3.14``, ``1E+15``,
  ``6/15/2010 2:35:00 PM``, ``01:02:03``, ``@{a=1; b=2}`` for a PSCustomObject,
  ``System.Object[]`` for an array nested in a custom object.  This differs from the runtime's
  string conversion (``"$x"``), which uses the invariant culture (``06/15/2010 14:35:00``).
* ``display_value(v, limit)``: what a cell shows: collections as ``{a, b, c}`` cut after
  ``$FormatEnumerationLimit`` items with ``...`` (``{1, 2, 3, 4...}``), ``$null`` as empty.
  Elements of a collection are named like PowerShell's GetObjectName: ``$null`` for a null
  element, numbers and booleans as themselves, objects that override ToString as their string,
  other objects by their display-name property (Name, Id, Key, ...).

Sources: PowerShell FormatAndOutput/common/Utilities/MshObjectUtil.cs (SmartToString,
GetObjectName, FormatField); 5.1 (.NET Framework) appends the three-dot ``...`` where
PowerShell 7 appends the single character ``…``.
"""
from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import enum as _enum
import uuid as _uuid
from collections.abc import Mapping
from typing import Any

from ems import primitives as P
from ems.format import objects as O
# .NET's primitive ToString() is the same for both cultures; conversion owns it
from ems.runtime.conversion import format_decimal, format_double, format_timespan
from ems.runtime.psobject import PSObject

ELLIPSIS = "..."

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


# ---------------------------------------------------------------- primitive ToString()


def _hour12(d: _dt.datetime) -> tuple[int, str]:
    h = d.hour % 12 or 12
    return h, ("AM" if d.hour < 12 else "PM")


def format_datetime(d: _dt.datetime) -> str:
    """DateTime.ToString() in en-US ("G"): ``6/15/2010 2:35:00 PM``."""
    if not isinstance(d, _dt.datetime):  # a plain date
        d = _dt.datetime(d.year, d.month, d.day)
    h, ampm = _hour12(d)
    return f"{d.month}/{d.day}/{d.year} {h}:{d.minute:02d}:{d.second:02d} {ampm}"


def format_datetime_long(d: _dt.datetime) -> str:
    """The DateTime script property (``F`` in en-US): ``Tuesday, June 15, 2010 2:35:00 PM``.

    This is what a DateTime printed alone shows (the ``DateTime`` custom view of
    DotNetTypes.format.ps1xml binds the ``DateTime`` property)."""
    if not isinstance(d, _dt.datetime):
        d = _dt.datetime(d.year, d.month, d.day)
    h, ampm = _hour12(d)
    return (f"{_DAYS[d.weekday()]}, {_MONTHS[d.month - 1]} {d.day}, {d.year} "
            f"{h}:{d.minute:02d}:{d.second:02d} {ampm}")


def _flags_to_string(v: _enum.Flag) -> str:
    """[Flags] enum ToString(): the set members, lowest value first, joined by ", "."""
    cls = type(v)
    val = int(v.value)
    members = [(m.name, int(m.value)) for m in cls.__members__.values()]
    if val == 0:
        return next((n for n, mv in members if mv == 0), "0")
    names, rest = [], val
    for n, mv in sorted(members, key=lambda t: -t[1]):
        if mv and (rest & mv) == mv:
            names.append(n)
            rest &= ~mv
    if rest:
        return str(val)
    order = dict(members)
    return ", ".join(sorted(names, key=lambda n: order[n]))


def to_string(v: Any) -> str:
    """The object's ToString() as the console shows it (en-US culture)."""
    if v is None:
        return ""
    cls = type(v)
    if cls is str or cls is P.Char:
        return str.__str__(v)
    if cls is bool:
        return "True" if v else "False"
    if cls is float:
        return format_double(v)
    if cls is P.Single:
        return format_double(v, 7)
    if isinstance(v, _enum.Enum):
        f = getattr(v, "ps_to_string", None)
        if f is not None:
            return f()
        if isinstance(v, _enum.Flag):
            return _flags_to_string(v)
        return v.name
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, int):
        return str(int(v))
    if isinstance(v, float):
        return format_double(float(v))
    if isinstance(v, _decimal.Decimal):
        return format_decimal(v)
    if cls is PSObject:
        if v.base is None:
            return pscustomobject_to_string(v)
        return to_string(v.base)
    if isinstance(v, _dt.datetime) or isinstance(v, _dt.date):
        return format_datetime(v)
    if isinstance(v, _dt.timedelta):
        return format_timespan(v)
    if isinstance(v, _uuid.UUID):
        return str(v)
    if isinstance(v, str):
        return str.__str__(v)
    f = getattr(v, "ps_to_string", None)
    if f is not None:
        return f()
    if type(v).__name__ == "ErrorRecord":
        return str(v)
    if isinstance(v, (list, tuple, set, frozenset, Mapping)) or O.is_enumerable(v):
        return O.type_names(v)[0] if O.type_names(v) else "System.Object[]"
    names = O.type_names(v)
    if getattr(type(v), "PS_TYPE_NAMES", None) and names:
        # a model object that does not override ToString(): .NET prints the type name
        return names[0]
    return str(v)


def pscustomobject_to_string(obj: PSObject) -> str:
    """PSObject.ToString() of a PSCustomObject: ``@{a=1; b=System.Object[]}``."""
    parts = []
    for name in O.property_names(obj):
        val = O.get_property(obj, name)
        parts.append(f"{name}={to_string(val)}")
    if not parts:  # PSObject.ToString() of an empty PSCustomObject is ""
        return ""
    return "@{" + "; ".join(parts) + "}"


# ---------------------------------------------------------------- cells


def _overrides_to_string(x: Any) -> bool:
    if isinstance(x, (str, int, float, _decimal.Decimal, _dt.datetime, _dt.date, _dt.timedelta,
                      _uuid.UUID, _enum.Enum)):
        return True
    if type(x) is PSObject:
        return x.base is None or _overrides_to_string(x.base)
    if isinstance(x, (list, tuple, Mapping)):
        return False
    return getattr(x, "ps_to_string", None) is not None


def object_name(x: Any) -> str:
    """How one element of a collection is named inside ``{...}`` (GetObjectName)."""
    if x is None:
        return "$null"
    b = x.base if type(x) is PSObject and x.base is not None else x
    if isinstance(b, (bool, int, float, _decimal.Decimal)):
        return to_string(b)
    if _overrides_to_string(x):
        return to_string(x)
    r = O.display_name_value(x)
    if r is not O.MISSING:
        return to_string(r)
    return to_string(x)


def display_value(v: Any, enumeration_limit: int = 4) -> str:
    """SmartToString: what a table cell or list value shows for ``v``."""
    if v is None:
        return ""
    if O.is_enumerable(v):
        parts: list[str] = []
        truncated = False
        for i, x in enumerate(O.enumerate_items(v)):
            if enumeration_limit >= 0 and i == enumeration_limit:
                truncated = True
                break
            parts.append(object_name(x))
        return "{" + ", ".join(parts) + (ELLIPSIS if truncated else "") + "}"
    return to_string(v)


# ---------------------------------------------------------------- format strings


def format_field(v: Any, format_string: str | None, enumeration_limit: int = 4) -> str:
    """FormatField: apply a FormatString (calculated property) or fall back to display_value.

    A format string holding "{0" or "}" is used as a composite format ("{0:N2} MB"), any other
    as the argument of ToString(format) ("N2"); a format error shows an empty cell."""
    if not format_string:
        return display_value(v, enumeration_limit)
    from ems.runtime import composite_format as CF
    try:
        if "{0" in format_string or "}" in format_string:
            return CF.format(format_string, [v])
        return CF.format_arg(v, format_string)
    except Exception:
        return ""
