"""PowerShell's value conversions (LanguagePrimitives): truthiness, strings, numbers, casts.

Value mapping (see ems/primitives.py): int = Int32 (plain ints outside its range are
treated as Int64/Double), float = Double, str = String, bool, None = $null,
decimal.Decimal = Decimal, datetime.datetime = DateTime, datetime.timedelta = TimeSpan,
uuid.UUID = Guid, list = object[]; collections in ems/runtime/dotnet/collections.py.

String conversion follows Windows PowerShell 5.1 on .NET Framework, invariant culture:
doubles print with 15 significant digits ("0.3" for 0.1+0.2), dates as
"MM/dd/yyyy HH:mm:ss", arrays joined with $OFS (default " ").
"""
from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import enum as _enum
import math
import re
import uuid as _uuid
from typing import Any, Callable

from ems import primitives as P
from ems.runtime.exceptions import PSInvalidCastException
from ems.runtime.psobject import PSObject, PSNoteProperty, base_object
from ems.runtime.dotnet import types as T
from ems.runtime.dotnet.collections import (ArrayList, GenericList, Hashtable, OrderedDictionary,
                                            TypedArray)

Decimal = _decimal.Decimal
DEC_MAX = Decimal("79228162514264337593543950335")

# ---------------------------------------------------------------- truthiness


def to_bool(v: Any) -> bool:
    """LanguagePrimitives.IsTrue."""
    if v is None:
        return False
    if v is True or v is False:
        return v
    cls = type(v)
    if cls is str or cls is P.Char:
        return len(v) > 0
    if cls is int or cls is float:
        return v != 0
    if cls is PSObject:
        if v.base is None:
            return True
        return to_bool(v.base)
    if isinstance(v, list) or cls is tuple:
        n = len(v)
        if n == 0:
            return False
        if n == 1:
            first = v[0]
            # @(@()) is true: an inner list counts as an object
            if isinstance(first, list):
                return len(first) > 0
            return to_bool(first)
        return True
    if isinstance(v, _enum.Enum):
        return int(v) != 0
    if isinstance(v, (int, float, Decimal)):
        return v != 0
    if isinstance(v, T.SwitchParameter):
        return v.IsPresent
    if isinstance(v, str):
        return len(v) > 0
    return True


# ---------------------------------------------------------------- strings


def format_double(v: float, digits: int = 15) -> str:
    """Double.ToString() on .NET Framework ("G15"; Single uses 7)."""
    if v != v:
        return "NaN"
    if v == math.inf:
        return "Infinity"
    if v == -math.inf:
        return "-Infinity"
    if v == 0:
        return "0"
    s = "%.*g" % (digits, v)
    if "e" in s:
        mant, exp = s.split("e")
        sign = exp[0]
        num = exp[1:].lstrip("0")
        if len(num) < 2:
            num = num.rjust(2, "0")
        s = f"{mant}E{sign}{num}"
    return s


def format_decimal(v: Decimal) -> str:
    if not v.is_finite():
        return str(v)
    s = format(v, "f")
    if s.startswith("-") and set(s[1:]) <= {"0", "."}:
        s = s[1:]
    return s


def format_datetime_invariant(d: _dt.datetime) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year:04d} {d.hour:02d}:{d.minute:02d}:{d.second:02d}"


TICKS_PER_SECOND = 10_000_000


def timespan_ticks(td: _dt.timedelta) -> int:
    return (td.days * 86400 + td.seconds) * TICKS_PER_SECOND + td.microseconds * 10


def format_timespan(td: _dt.timedelta) -> str:
    """TimeSpan.ToString() "c": [-][d.]hh:mm:ss[.fffffff]."""
    ticks = timespan_ticks(td)
    sign = "-" if ticks < 0 else ""
    ticks = abs(ticks)
    frac = ticks % TICKS_PER_SECOND
    total = ticks // TICKS_PER_SECOND
    days, rem = divmod(total, 86400)
    h, rem = divmod(rem, 3600)
    m, s = divmod(rem, 60)
    out = sign
    if days:
        out += f"{days}."
    out += f"{h:02d}:{m:02d}:{s:02d}"
    if frac:
        out += f".{frac:07d}"
    return out


def get_ofs(ctx: Any) -> str:
    if ctx is None:
        return " "
    try:
        ofs = ctx.get_variable("OFS")
    except Exception:
        return " "
    if ofs is None:
        return " "
    return to_string(ofs, None)


def to_string(v: Any, ctx: Any = None) -> str:
    """PowerShell's conversion of a value to string (string expansion, `[string]$x`)."""
    if v is None:
        return ""
    cls = type(v)
    if cls is str:
        return v
    if cls is bool:
        return "True" if v else "False"
    if cls is int:
        return str(v)
    if cls is float:
        return format_double(v)
    if cls is PSObject:
        if v.base is None:
            return pscustomobject_to_string(v, ctx)
        return to_string(v.base, ctx)
    if isinstance(v, list) or cls is tuple:
        ofs = get_ofs(ctx)
        return ofs.join(element_to_string(x, ctx) for x in v)
    return element_to_string(v, ctx)


def element_to_string(v: Any, ctx: Any = None) -> str:
    """The string of one object (its .NET ToString() for the invariant culture)."""
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
        if isinstance(v, _enum.Flag):
            return T.flags_to_string(v)
        return v.name
    if isinstance(v, int):
        return str(int(v))
    if cls is Decimal:
        return format_decimal(v)
    if cls is PSObject:
        if v.base is None:
            return pscustomobject_to_string(v, ctx)
        return element_to_string(v.base, ctx)
    if isinstance(v, _dt.datetime):
        return format_datetime_invariant(v)
    if isinstance(v, _dt.timedelta):
        return format_timespan(v)
    if isinstance(v, _uuid.UUID):
        return str(v)
    if isinstance(v, (list, tuple, dict)):
        t = T.type_of(v)
        return t.full_name if t is not None else "System.Object[]"
    f = getattr(v, "ps_to_string", None)
    if f is not None:
        return f()
    if isinstance(v, str):
        return str.__str__(v)
    return str(v)


def pscustomobject_to_string(obj: PSObject, ctx: Any = None) -> str:
    parts = []
    for m in obj.members.values():
        if m.member_type not in ("NoteProperty", "AliasProperty", "ScriptProperty", "CodeProperty"):
            continue
        if isinstance(m, PSNoteProperty):
            val = m.value
        else:
            try:
                from ems.runtime import members
                val = members.get_member(obj, m.name, ctx)
            except Exception:
                val = None
        parts.append(f"{m.name}={element_to_string(val, ctx)}")
    return "@{" + "; ".join(parts) + "}"


# ---------------------------------------------------------------- errors


def cast_error(value: Any, type_name: str, message: str | None = None,
               error_id: str = "InvalidCastFromStringToInteger") -> PSInvalidCastException:
    """`Cannot convert value "X" to type "T". Error: "msg"` (or the no-conversion form)."""
    if message is None:
        tn = T.type_full_name(value)
        return PSInvalidCastException(
            f'Cannot convert the "{element_to_string(value)}" value of type "{tn}" to type "{type_name}".',
            error_id="ConvertToFinalInvalidCastException", target=value)
    return PSInvalidCastException(f'Cannot convert value "{to_string(value)}" to type "{type_name}". '
                                  f'Error: "{message}"', error_id=error_id, target=value)


class _ConvertFail(Exception):
    """Internal: conversion failed with a .NET message (None: no conversion exists)."""

    def __init__(self, message: str | None = None):
        super().__init__(message)
        self.message = message


def _parsed(parse: Callable[..., Any], *args: Any) -> Any:
    """parse(*args), its ValueError becoming the conversion's failure message."""
    try:
        return parse(*args)
    except ValueError as e:
        raise _ConvertFail(str(e))


BAD_FORMAT = "Input string was not in a correct format."

# ---------------------------------------------------------------- numbers

_NUM_RE = re.compile(
    r"^([+-]?)(?:0x([0-9a-f]+)|((?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?))([ld])?(kb|mb|gb|tb|pb)?$", re.I)
_MULT = {"kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4, "pb": 1024**5}


def parse_number(s: str) -> Any:
    """PowerShell's parse of a numeric string: " 5 " 5, "0x10" 16, "1kb" 1024, "2.5" 2.5,
    "1e3" 1000.0, "" 0. Raises ValueError (message: .NET's) when it is not a number."""
    t = s.strip()
    if t == "":
        return 0
    t = t.replace("\u2212", "-")
    m = _NUM_RE.match(t)
    if not m:
        raise ValueError(BAD_FORMAT)
    sign, hexd, dec, suffix, mult = m.groups()
    neg = sign == "-"
    factor = _MULT[mult.lower()] if mult else 1
    if hexd is not None:
        n = int(hexd, 16)
        # hex literals are two's complement Int32/Int64
        if len(hexd) <= 8 and n >= 2**31:
            n -= 2**32
        elif 8 < len(hexd) <= 16 and n >= 2**63:
            n -= 2**64
        n = -n if neg else n
        return _int_result(n * factor, suffix)
    if suffix and suffix.lower() == "d":
        d = Decimal(dec) * factor
        return -d if neg else d
    if "." in dec or "e" in dec.lower():
        f = float(dec) * factor
        return -f if neg else f
    n = int(dec) * factor
    return _int_result(-n if neg else n, suffix)


def _int_result(n: int, suffix: str | None) -> Any:
    if suffix and suffix.lower() == "l":
        if not (P.Int64.min_value <= n <= P.Int64.max_value):
            raise ValueError(BAD_FORMAT)
        return P.Int64(n)
    if P.INT32_MIN <= n <= P.INT32_MAX:
        return n
    if P.Int64.min_value <= n <= P.Int64.max_value:
        return P.Int64(n)
    if abs(n) <= DEC_MAX:
        return Decimal(n)
    return float(n)


def is_numeric(v: Any) -> bool:
    return (isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)
            and not isinstance(v, _enum.Enum))


def to_number(v: Any, ctx: Any = None, type_name: str = "System.Int32") -> Any:
    """A value as a number for arithmetic: $null 0, $true 1, strings parsed, chars their code."""
    v = base_object(v)
    if v is None:
        return 0
    if v is True or v is False:
        return int(v)
    cls = type(v)
    if cls is int or cls is float:
        return v
    if isinstance(v, _enum.Enum):
        return int(v)
    if isinstance(v, (int, float, Decimal)):
        return v
    if cls is P.Char:
        return ord(v)
    if isinstance(v, str):
        try:
            return parse_number(v)
        except ValueError as e:
            raise cast_error(v, type_name, str(e)) from None
    if isinstance(v, T.SwitchParameter):
        return int(v.IsPresent)
    if isinstance(v, list) and len(v) == 1:
        return to_number(v[0], ctx, type_name)
    raise cast_error(v, type_name)


def bankers_round(x: Any) -> int:
    if isinstance(x, Decimal):
        return int(x.quantize(Decimal(1), rounding=_decimal.ROUND_HALF_EVEN))
    return int(round(x))


_INT_TYPES: dict[str, tuple[type, str]] = {
    "System.Int32": (int, "an Int32"),
    "System.Int64": (P.Int64, "an Int64"),
    "System.Byte": (P.Byte, "an unsigned byte"),
    "System.SByte": (P.SByte, "a signed byte"),
    "System.Int16": (P.Int16, "an Int16"),
    "System.UInt16": (P.UInt16, "a UInt16"),
    "System.UInt32": (P.UInt32, "a UInt32"),
    "System.UInt64": (P.UInt64, "a UInt64"),
}
_RANGE = {"System.Int32": (P.INT32_MIN, P.INT32_MAX)}
for _n, (_c, _w) in _INT_TYPES.items():
    if _c is not int:
        _RANGE[_n] = (_c.min_value, _c.max_value)


def _range_msg(full: str) -> str:
    return f"Value was either too large or too small for {_INT_TYPES[full][1]}."


def _to_integer(v: Any, full: str) -> int:
    cls, _ = _INT_TYPES[full]
    lo, hi = _RANGE[full]
    orig = v
    if v is None:
        return cls(0)
    if v is True or v is False:
        n = int(v)
    elif isinstance(v, _enum.Enum):
        n = int(v)
    elif type(v) is P.Char:
        n = ord(v)
    elif isinstance(v, str):
        num = _parsed(parse_number, v)
        if isinstance(num, float):
            if num != num or num in (math.inf, -math.inf):
                raise _ConvertFail(_range_msg(full))
            n = bankers_round(num)
        elif isinstance(num, Decimal):
            n = bankers_round(num)
        else:
            n = int(num)
        if not lo <= n <= hi:
            raise _ConvertFail(_range_msg(full))
        return cls(n) if cls is not int else n
    elif isinstance(v, float):
        if v != v or v in (math.inf, -math.inf):
            raise _ConvertFail(_range_msg(full))
        n = bankers_round(v)
    elif isinstance(v, Decimal):
        n = bankers_round(v)
    elif isinstance(v, int):
        n = int(v)
    elif isinstance(v, T.SwitchParameter):
        n = int(v.IsPresent)
    else:
        raise _ConvertFail(None)
    if not lo <= n <= hi:
        raise _ConvertFail(_range_msg(full) if not isinstance(orig, Decimal)
                           else _range_msg(full))
    return cls(n) if cls is not int else n


def to_int(v: Any) -> int:
    """`[int]$v`, raising PowerShell's cast errors."""
    return convert_to(v, "System.Int32")


def _to_double(v: Any, full: str = "System.Double") -> float:
    if v is None:
        return 0.0
    if v is True or v is False:
        return float(v)
    if type(v) is P.Char:
        return float(ord(v))
    if isinstance(v, str):
        try:
            num = parse_number(v)
        except ValueError as e:
            t = v.strip().lower()
            if t in ("nan",):
                return math.nan
            if t in ("infinity", "+infinity"):
                return math.inf
            if t == "-infinity":
                return -math.inf
            raise _ConvertFail(str(e))
        return float(num)
    if isinstance(v, (int, float, Decimal)):
        return float(v)
    raise _ConvertFail(None)


def double_to_decimal(f: float) -> Decimal:
    if f != f or f in (math.inf, -math.inf) or abs(f) > float(DEC_MAX):
        raise _ConvertFail("Value was either too large or too small for a Decimal.")
    # .NET converts a double to decimal through its 15 significant digits
    d = Decimal(format(f, ".15g"))
    if d.as_tuple().exponent > 0:
        d = d.quantize(Decimal(1))
    return d


def _to_decimal(v: Any) -> Decimal:
    if v is None:
        return Decimal(0)
    if v is True or v is False:
        return Decimal(int(v))
    if isinstance(v, Decimal):
        return v
    if isinstance(v, float):
        return double_to_decimal(v)
    if isinstance(v, int) and not isinstance(v, _enum.Enum):
        return Decimal(int(v))
    if isinstance(v, _enum.Enum):
        return Decimal(int(v))
    if isinstance(v, str):
        t = v.strip()
        if t == "":
            return Decimal(0)
        num = _parsed(parse_number, t)
        if isinstance(num, float):
            # parse the text itself to keep its digits
            try:
                return Decimal(t)
            except _decimal.InvalidOperation:
                return double_to_decimal(num)
        return Decimal(num)
    raise _ConvertFail(None)


# ---------------------------------------------------------------- dates and time spans

_DATE_FORMATS = [
    "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p", "%m/%d/%Y",
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d",
    "%Y-%m-%d %I:%M:%S %p", "%Y-%m-%d %I:%M %p",
    "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d",
    "%m-%d-%Y", "%m-%d-%Y %H:%M:%S", "%m.%d.%Y",
    "%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b %d %Y", "%d %b %Y",
    "%A, %B %d, %Y", "%A, %B %d, %Y %I:%M:%S %p", "%A, %B %d, %Y %H:%M:%S",
    "%d %B %Y %H:%M:%S", "%d %b %Y %H:%M:%S", "%a, %d %b %Y %H:%M:%S GMT", "%a, %d %b %Y %H:%M:%S",
    "%B %d, %Y %I:%M:%S %p", "%B %d, %Y %H:%M:%S", "%B %d, %Y %I:%M %p",
    "%m/%d/%y", "%m/%d/%y %H:%M:%S", "%m/%d/%y %I:%M:%S %p", "%m/%d/%y %H:%M", "%m/%d/%y %I:%M %p",
    "%B %Y", "%b %Y", "%Y.%m.%d", "%Y.%m.%d %H:%M:%S", "%d-%b-%Y", "%d-%B-%Y", "%d-%b-%Y %H:%M:%S",
    "%d %b %Y %H:%M", "%d %B %Y %H:%M", "%B %d, %Y %H:%M", "%m/%d/%Y %H:%M:%S %p",
]
_TIME_FORMATS = ["%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p", "%I %p"]
_FRAC_RE = re.compile(r"(\d{2}:\d{2}:\d{2})\.(\d{1,7})")
_TZ_RE = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")


def parse_datetime(s: str, now: _dt.datetime | None = None) -> _dt.datetime:
    """DateTime.Parse with the invariant culture (month before day). Raises ValueError."""
    t = " ".join(s.strip().split())
    if not t:
        raise ValueError("String was not recognized as a valid DateTime.")
    micro = 0
    m = _FRAC_RE.search(t)
    if m:
        frac = m.group(2)
        micro = int((frac + "0000000")[:7]) // 10
        t = t[:m.start()] + m.group(1) + t[m.end():]
    tz = _TZ_RE.search(t)
    if tz and ("T" in t or ":" in t) and len(t) > 10:
        t = t[:tz.start()].rstrip()
    t_norm = re.sub(r"\b(a\.?m\.?|p\.?m\.?)$", lambda mm: mm.group(1).replace(".", "").upper(), t, flags=re.I)
    for fmt in _DATE_FORMATS:
        try:
            d = _dt.datetime.strptime(t_norm, fmt)
            return d.replace(microsecond=micro) if micro else d
        except ValueError:
            continue
    for fmt in _TIME_FORMATS:
        try:
            tm = _dt.datetime.strptime(t_norm, fmt)
        except ValueError:
            continue
        base = (now or _dt.datetime(2000, 1, 1)).date()
        return _dt.datetime.combine(base, tm.time()).replace(microsecond=micro)
    raise ValueError("String was not recognized as a valid DateTime.")


_TS_RE = re.compile(r"^\s*(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?\s*$")
_TS_RE4 = re.compile(r"^\s*(-)?(\d+):(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,7}))?\s*$")
_TS_DAYS_RE = re.compile(r"^\s*(-)?(\d+)\s*$")


def parse_timespan(s: str) -> _dt.timedelta:
    """TimeSpan.Parse: [-][d.]hh:mm[:ss[.fffffff]] or [-]d."""
    m = _TS_DAYS_RE.match(s)
    if m:
        days = int(m.group(2))
        if days > 10675199:
            raise ValueError("The TimeSpan could not be parsed because at least one of the numeric "
                             "components is out of range or contains too many digits.")
        td = _dt.timedelta(days=days)
        return -td if m.group(1) else td
    m = _TS_RE.match(s) or _TS_RE4.match(s)
    if not m:
        raise ValueError("String was not recognized as a valid TimeSpan.")
    neg, d, h, mi, sec, frac = m.groups()
    h, mi, sec = int(h), int(mi), int(sec or 0)
    if h > 23 or mi > 59 or sec > 59:
        raise ValueError("The TimeSpan could not be parsed because at least one of the numeric "
                         "components is out of range or contains too many digits.")
    ticks = ((int(d or 0) * 86400 + h * 3600 + mi * 60 + sec) * TICKS_PER_SECOND
             + (int((frac + "0000000")[:7]) if frac else 0))
    td = ticks_to_timespan(ticks)
    return -td if neg else td


def ticks_to_timespan(ticks: int) -> _dt.timedelta:
    sign = -1 if ticks < 0 else 1
    ticks = abs(ticks)
    return sign * _dt.timedelta(seconds=ticks // TICKS_PER_SECOND, microseconds=(ticks % TICKS_PER_SECOND) // 10)


DATETIME_MIN = _dt.datetime(1, 1, 1)
EPOCH_TICKS_DT = _dt.datetime(1, 1, 1)


def datetime_ticks(d: _dt.datetime) -> int:
    return timespan_ticks(d.replace(tzinfo=None) - DATETIME_MIN)


def ticks_to_datetime(ticks: int) -> _dt.datetime:
    return DATETIME_MIN + ticks_to_timespan(ticks)


def _ctx_now(ctx: Any) -> _dt.datetime | None:
    if ctx is not None and hasattr(ctx, "now"):
        try:
            return ctx.now()
        except Exception:
            return None
    return None


# ---------------------------------------------------------------- the cast


def to_pscustomobject(h: Any) -> PSObject:
    """`[PSCustomObject]@{...}`: note properties in the hashtable's order."""
    obj = PSObject()
    for k, val in h.items():
        obj.add_member(PSNoteProperty(to_string(k), val), force=True)
    return obj


def _resolve(type_: Any) -> T.DotNetType:
    if isinstance(type_, T.DotNetType):
        return type_
    t = T.resolve_type(type_)
    if t is None:
        from ems.runtime.exceptions import RuntimeException
        name = type_ if isinstance(type_, str) else getattr(type_, "full_name", str(type_))
        raise RuntimeException(f"Unable to find type [{name}].", error_id="TypeNotFound",
                               category="InvalidOperation")
    return t


def convert_to(v: Any, type_: Any, ctx: Any = None) -> Any:
    """`[T]$v`: PowerShell's LanguagePrimitives.ConvertTo. Raises PSInvalidCastException."""
    t = _resolve(type_)
    try:
        return _convert(v, t, ctx)
    except _ConvertFail as e:
        if e.message is None:
            raise cast_error(v, t.full_name) from None
        raise cast_error(v, t.full_name, e.message, _cast_error_id(t)) from None


def _cast_error_id(t: T.DotNetType) -> str:
    """The FullyQualifiedErrorId PowerShell gives a failed conversion to `t`."""
    full = t.element_type.full_name if t.is_array else t.full_name
    if full in _INT_TYPES:
        return "InvalidCastFromStringToInteger"
    if full in ("System.Double", "System.Single"):
        return "InvalidCastFromStringToDoubleOrSingle"
    if full == "System.Decimal":
        return "InvalidCastFromStringToDecimal"
    if t.is_enum or (t.is_array and t.element_type.is_enum):
        return "RuntimeException"
    return "InvalidCastParseTargetInvocation"


def try_convert(v: Any, type_: Any, ctx: Any = None) -> tuple[bool, Any]:
    """(True, converted) or (False, None): for `-as` and comparisons."""
    try:
        return True, convert_to(v, type_, ctx)
    except Exception:
        return False, None


def _convert(v: Any, t: T.DotNetType, ctx: Any) -> Any:
    full = t.full_name
    if t.converter is not None:
        return t.converter(v, ctx)
    conv = _CONVERTERS.get(full)
    if conv is not None:
        if type(v) is PSObject and v.base is not None and full not in ("System.Management.Automation.PSObject",
                                                                        "System.Object"):
            v = v.base
        return conv(v, ctx)
    if t.is_array:
        return _to_array(v, t, ctx)
    if t.is_enum:
        return _to_enum(base_object(v), t)
    if v is None:
        if t.is_value_type:
            return t.default
        return None
    if t.is_instance(v):
        return v
    bv = base_object(v)
    if bv is not v and t.is_instance(bv):
        return bv
    # a single-element array converts through its element
    if isinstance(bv, list) and len(bv) == 1 and not t.is_instance(bv):
        return _convert(bv[0], t, ctx)
    if t.constructor is not None:
        try:
            return t.constructor([bv], ctx)
        except Exception:
            pass
    raise _ConvertFail(None)


def _to_array(v: Any, t: T.DotNetType, ctx: Any) -> Any:
    if v is None:
        return None
    el = t.element_type
    bv = base_object(v)
    if isinstance(bv, (list, tuple)):
        items = list(bv)
    elif isinstance(bv, dict) or not _is_enumerable(bv):
        items = [bv]
    else:
        items = list(bv)
    if el.full_name == "System.Object":
        return list(items)
    if el.full_name == "System.Char" and isinstance(bv, str):
        return TypedArray((P.Char(c) for c in bv), el)  # [char[]]"abc"
    return TypedArray((_convert(x, el, ctx) for x in items), el)


def _is_enumerable(v: Any) -> bool:
    if isinstance(v, (str, dict, PSObject)):
        return False
    return hasattr(v, "__iter__") and not hasattr(v, "PS_PROPERTIES")


def _to_enum(v: Any, t: T.DotNetType) -> Any:
    cls = t.enum_class
    if v is None:
        raise _ConvertFail(None)
    if isinstance(v, cls):
        return v
    if isinstance(v, _enum.Enum):
        v = int(v)
    if isinstance(v, bool):
        raise _ConvertFail(None)
    if isinstance(v, (int, float, Decimal)):
        if isinstance(v, float) and (v != v or v in (math.inf, -math.inf)):
            raise _ConvertFail(None)
        n = int(v)
        try:
            return cls(n)
        except ValueError:
            if issubclass(cls, _enum.Flag):
                raise _ConvertFail(None)
            raise _ConvertFail(None)
    if isinstance(v, list):
        if len(v) == 1:
            return _to_enum(v[0], t)
        if issubclass(cls, _enum.Flag):
            result = cls(0)
            for x in v:
                result |= _to_enum(x, t)
            return result
        raise _ConvertFail(None)
    s = to_string(v)
    names = [x.strip() for x in s.split(",")]
    result = None
    for name in names:
        member = None
        try:
            member = cls(int(name))
        except (ValueError, TypeError):
            low = name.lower()
            for mn, mv in cls.__members__.items():
                if mn.lower() == low:
                    member = mv
                    break
        if member is None:
            valid = ", ".join(cls.__members__.keys())
            raise _ConvertFail(f"Unable to match the identifier name {name} to a valid enumerator name. "
                               f"Specify one of the following enumerator names and try again: {valid}")
        if result is None:
            result = member
        else:
            if not issubclass(cls, _enum.Flag):
                raise _ConvertFail(f"Unable to match the identifier name {s} to a valid enumerator name. "
                                   f"Specify one of the following enumerator names and try again: "
                                   f"{', '.join(cls.__members__.keys())}")
            result = result | member
    return result


def _c_string(v: Any, ctx: Any) -> Any:
    if v is None:
        return ""
    return to_string(v, ctx)


def _c_bool(v: Any, ctx: Any) -> bool:
    return to_bool(v)


def _int_converter(full: str):
    def conv(v: Any, ctx: Any) -> int:
        if isinstance(v, list):
            if len(v) == 1:
                return conv(v[0], ctx)
            raise _ConvertFail(None)
        if isinstance(v, _dt.datetime) or isinstance(v, _dt.timedelta):
            raise _ConvertFail(f"Invalid cast from '{T.type_of(v).name}' to '{full.split('.')[-1]}'.")
        return _to_integer(v, full)
    return conv


def _c_double(v: Any, ctx: Any) -> float:
    if isinstance(v, list) and len(v) == 1:
        return _c_double(v[0], ctx)
    if isinstance(v, _enum.Enum):
        return float(int(v))
    return _to_double(v)


def _c_single(v: Any, ctx: Any) -> float:
    return P.Single(_c_double(v, ctx))


def _c_decimal(v: Any, ctx: Any) -> Decimal:
    if isinstance(v, list) and len(v) == 1:
        return _c_decimal(v[0], ctx)
    return _to_decimal(v)


def _c_char(v: Any, ctx: Any) -> str:
    if v is None:
        return P.Char("\0")
    if type(v) is P.Char:
        return v
    if isinstance(v, str):
        if len(v) != 1:
            raise _ConvertFail("String must be exactly one character long.")
        return P.Char(v)
    if isinstance(v, bool):
        raise _ConvertFail("Invalid cast from 'Boolean' to 'Char'.")
    if isinstance(v, (int, float, Decimal)):
        n = _to_integer(v, "System.UInt16")
        return P.Char(chr(n))
    raise _ConvertFail(None)


def _c_datetime(v: Any, ctx: Any) -> _dt.datetime:
    if v is None:
        return DATETIME_MIN
    if isinstance(v, _dt.datetime):
        return v
    if isinstance(v, str):
        return _parsed(parse_datetime, v, _ctx_now(ctx))
    if isinstance(v, int) and not isinstance(v, bool):
        return ticks_to_datetime(int(v))
    if isinstance(v, float):
        raise _ConvertFail("Invalid cast from 'Double' to 'DateTime'.")
    raise _ConvertFail(None)


def _c_timespan(v: Any, ctx: Any) -> _dt.timedelta:
    if v is None:
        return _dt.timedelta(0)
    if isinstance(v, _dt.timedelta):
        return v
    if isinstance(v, str):
        return _parsed(parse_timespan, v)
    if isinstance(v, int) and not isinstance(v, bool):
        return ticks_to_timespan(int(v))
    raise _ConvertFail(None)


def _c_guid(v: Any, ctx: Any) -> _uuid.UUID:
    if v is None:
        return _uuid.UUID(int=0)
    if isinstance(v, _uuid.UUID):
        return v
    if isinstance(v, str):
        return _parsed(parse_guid, v)
    raise _ConvertFail(None)


def parse_guid(s: str) -> _uuid.UUID:
    t = s.strip()
    if re.fullmatch(r"[0-9a-fA-F]{32}", t) or re.fullmatch(
            r"[({]?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}[)}]?", t):
        if (t[0] in "({") != (t[-1] in ")}"):
            pass
        else:
            return _uuid.UUID(t.strip("(){}"))
    raise ValueError("Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")


def _c_version(v: Any, ctx: Any) -> T.Version:
    if isinstance(v, T.Version):
        return v
    if v is None:
        return None  # type: ignore[return-value]
    if isinstance(v, str):
        return _parsed(T.Version.parse, v)
    if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
        return _parsed(T.Version.parse, to_string(v) if "." in to_string(v) else to_string(v) + ".0")
    raise _ConvertFail(None)


def _c_object(v: Any, ctx: Any) -> Any:
    return v


def _c_void(v: Any, ctx: Any) -> Any:
    return None


def _c_psobject(v: Any, ctx: Any) -> Any:
    return v


def _c_pscustomobject(v: Any, ctx: Any) -> Any:
    bv = base_object(v)
    if isinstance(bv, dict):
        return to_pscustomobject(bv)
    return v


def _dict_converter(cls: type) -> Callable[[Any, Any], Any]:
    """[hashtable] / [ordered]: the dictionary itself when it is one, else a copy of its items."""
    def conv(v: Any, ctx: Any) -> Any:
        bv = base_object(v)
        if bv is None:
            return None
        if type(bv) is cls:
            return bv
        if isinstance(bv, dict):
            return cls(bv.items())
        raise _ConvertFail(None)
    return conv


_c_hashtable = _dict_converter(Hashtable)
_c_ordered = _dict_converter(OrderedDictionary)


def _c_array(v: Any, ctx: Any) -> Any:
    if v is None:
        return None
    bv = base_object(v)
    if isinstance(bv, list):
        return bv
    if isinstance(bv, tuple):
        return list(bv)
    return [v]


def _c_arraylist(v: Any, ctx: Any) -> Any:
    if v is None:
        return None
    bv = base_object(v)
    if isinstance(bv, ArrayList):
        return bv
    if isinstance(bv, (list, tuple)):
        return ArrayList(bv)
    return ArrayList([bv])


def _c_scriptblock(v: Any, ctx: Any) -> Any:
    if v is None or type(v).__name__ == "ScriptBlock":
        return v
    raise _ConvertFail(None)


def _c_type(v: Any, ctx: Any) -> Any:
    if v is None or isinstance(v, T.DotNetType):
        return v
    if isinstance(v, str):
        t = T.resolve_type(v)
        if t is None:
            raise _ConvertFail(f"Unable to find type [{v}].")
        return t
    raise _ConvertFail(None)


def _c_regex(v: Any, ctx: Any) -> Any:
    from ems.runtime.dotnet.regex import Regex
    if v is None:
        raise _ConvertFail(None)
    if isinstance(v, Regex):
        return v
    try:
        return Regex(to_string(v, ctx))
    except Exception as e:
        raise _ConvertFail(str(getattr(e, "message", e)))


def _c_switch(v: Any, ctx: Any) -> Any:
    return T.SwitchParameter(to_bool(v))


def _c_stringbuilder(v: Any, ctx: Any) -> Any:
    from ems.runtime.dotnet.builtins import StringBuilder
    if isinstance(v, StringBuilder):
        return v
    return StringBuilder(to_string(v, ctx))


_CONVERTERS: dict[str, Any] = {
    "System.String": _c_string,
    "System.Boolean": _c_bool,
    "System.Double": _c_double,
    "System.Single": _c_single,
    "System.Decimal": _c_decimal,
    "System.Char": _c_char,
    "System.DateTime": _c_datetime,
    "System.TimeSpan": _c_timespan,
    "System.Guid": _c_guid,
    "System.Version": _c_version,
    "System.Object": _c_object,
    "System.Void": _c_void,
    "System.Management.Automation.PSObject": _c_psobject,
    "System.Management.Automation.PSCustomObject": _c_pscustomobject,
    "System.Collections.Hashtable": _c_hashtable,
    "System.Collections.Specialized.OrderedDictionary": _c_ordered,
    "System.Array": _c_array,
    "System.Collections.ArrayList": _c_arraylist,
    "System.Management.Automation.ScriptBlock": _c_scriptblock,
    "System.Type": _c_type,
    "System.RuntimeType": _c_type,
    "System.Text.RegularExpressions.Regex": _c_regex,
    "System.Management.Automation.SwitchParameter": _c_switch,
    "System.Text.StringBuilder": _c_stringbuilder,
}
for _full in _INT_TYPES:
    _CONVERTERS[_full] = _int_converter(_full)
