"""Static members of the shimmed .NET types: `[math]::Round`, `[string]::Join`, `[datetime]::Now`...

Each method is `f(ctx, *args)`; arity errors come from its Python signature. Failures raise
DotNetError (message as .NET words it), which members.invoke_static_method turns into
`Exception calling "X" with "N" argument(s): "..."`.
"""
from __future__ import annotations

import base64
import datetime as _dt
import decimal as _decimal
import enum as _enum
import math
import ntpath
import random as _random
import re
import uuid as _uuid
from typing import Any

from ems import primitives as P
from ems.runtime import conversion as C
from ems.runtime.control import AUTOMATION_NULL as VOID
from ems.runtime.psobject import base_object
from ems.runtime.dotnet.types import DotNetType, Version, resolve_type
from ems.runtime.dotnet.collections import TypedArray

Decimal = _decimal.Decimal


def _err(msg: str, kind: str = "FormatException") -> Exception:
    from ems.runtime.members import DotNetError
    return DotNetError(msg, kind)


def _t(name: str) -> DotNetType:
    t = resolve_type(name)
    assert t is not None, name
    return t


def _prop(type_name: str, name: str, value: Any = None, getter: Any = None, definition: str = "") -> None:
    _t(type_name).add_static(name, value, getter=getter, definition=definition)


def _meth(type_name: str, name: str, fn: Any, definition: str = "") -> None:
    _t(type_name).add_static(name, method=fn, definition=definition or f"static {name}()")


def _s(v: Any) -> str:
    return C.to_string(v)


def _i(v: Any) -> int:
    return C.convert_to(v, "System.Int32")


def _f(v: Any) -> float:
    return C.convert_to(v, "System.Double")


def _set_ref(ref: Any, value: Any) -> None:
    if ref is not None and hasattr(ref, "Value"):
        try:
            ref.Value = value
        except Exception:
            pass


def _ctx_now(ctx: Any) -> _dt.datetime:
    if ctx is not None and hasattr(ctx, "now"):
        return ctx.now()
    return _dt.datetime(2010, 6, 15, 14, 35)


def _rng(ctx: Any) -> _random.Random:
    for holder in (ctx, getattr(ctx, "model", None)):
        if holder is None:
            continue
        for attr in ("rng", "random"):
            r = getattr(holder, attr, None)
            if isinstance(r, _random.Random):
                return r
    if ctx is not None:
        r = getattr(ctx, "_dotnet_rng", None)
        if r is None:
            r = _random.Random(2010)
            try:
                setattr(ctx, "_dotnet_rng", r)
            except Exception:
                pass
        return r
    return _random.Random(2010)


def _parse_exc(value: Any) -> Exception:
    return _err("Input string was not in a correct format.")


# ---------------------------------------------------------------- numeric types

_INT_NAMES = {"System.Int32": "Int32", "System.Int64": "Int64", "System.Byte": "Byte", "System.SByte": "SByte",
              "System.Int16": "Int16", "System.UInt16": "UInt16", "System.UInt32": "UInt32",
              "System.UInt64": "UInt64"}
_INT_CLASSES = {"System.Int32": int, "System.Int64": P.Int64, "System.Byte": P.Byte, "System.SByte": P.SByte,
                "System.Int16": P.Int16, "System.UInt16": P.UInt16, "System.UInt32": P.UInt32,
                "System.UInt64": P.UInt64}
_INT_RE = re.compile(r"^\s*[+-]?\d+\s*$")


def _int_parse(full: str, text: Any) -> int:
    if text is None:
        raise _err("Value cannot be null.\nParameter name: s", "ArgumentNullException")
    s = _s(text)
    if not _INT_RE.match(s):
        raise _err("Input string was not in a correct format.")
    n = int(s.strip())
    cls = _INT_CLASSES[full]
    lo = -(2**31) if cls is int else cls.min_value
    hi = 2**31 - 1 if cls is int else cls.max_value
    if not lo <= n <= hi:
        raise _err(f"Value was either too large or too small for {C._INT_TYPES[full][1]}.", "OverflowException")
    return n if cls is int else cls(n)


for _full, _short in _INT_NAMES.items():
    _cls = _INT_CLASSES[_full]
    _lo = -(2**31) if _cls is int else _cls.min_value
    _hi = 2**31 - 1 if _cls is int else _cls.max_value
    _prop(_full, "MaxValue", _hi if _cls is int else _cls(_hi))
    _prop(_full, "MinValue", _lo if _cls is int else _cls(_lo))
    _meth(_full, "Parse", lambda ctx, s, *rest, f=_full: _int_parse(f, s),
          f"static {_short.lower() if _short in ('Int32',) else _short} Parse(string s)")

    def _try(ctx, s, ref=None, *, f=_full):
        try:
            v = _int_parse(f, s)
        except Exception:
            _set_ref(ref, _INT_CLASSES[f](0) if _INT_CLASSES[f] is not int else 0)
            return False
        _set_ref(ref, v)
        return True
    _meth(_full, "TryParse", _try, f"static bool TryParse(string s, [ref] {_short} result)")


def _double_parse(text: Any) -> float:
    if text is None:
        raise _err("Value cannot be null.\nParameter name: s", "ArgumentNullException")
    s = _s(text).strip()
    low = s.lower()
    if low in ("nan",):
        return math.nan
    if low in ("infinity", "+infinity", "\u221e"):
        return math.inf
    if low in ("-infinity", "-\u221e"):
        return -math.inf
    if not re.fullmatch(r"[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d*)?([eE][+-]?\d+)?", s) or not re.search(r"\d", s):
        raise _err("Input string was not in a correct format.")
    return float(s.replace(",", ""))


def _try_double(ctx, s, ref=None):
    try:
        v = _double_parse(s)
    except Exception:
        _set_ref(ref, 0.0)
        return False
    _set_ref(ref, v)
    return True


_prop("System.Double", "MaxValue", 1.7976931348623157e308)
_prop("System.Double", "MinValue", -1.7976931348623157e308)
_prop("System.Double", "Epsilon", 5e-324)
_prop("System.Double", "NaN", math.nan)
_prop("System.Double", "PositiveInfinity", math.inf)
_prop("System.Double", "NegativeInfinity", -math.inf)
_meth("System.Double", "Parse", lambda ctx, s, *rest: _double_parse(s), "static double Parse(string s)")
_meth("System.Double", "TryParse", _try_double, "static bool TryParse(string s, [ref] double result)")
_meth("System.Double", "IsNaN", lambda ctx, d: math.isnan(_f(d)), "static bool IsNaN(double d)")
_meth("System.Double", "IsInfinity", lambda ctx, d: math.isinf(_f(d)), "static bool IsInfinity(double d)")
_meth("System.Double", "IsPositiveInfinity", lambda ctx, d: _f(d) == math.inf, "static bool IsPositiveInfinity(double d)")
_meth("System.Double", "IsNegativeInfinity", lambda ctx, d: _f(d) == -math.inf, "static bool IsNegativeInfinity(double d)")
_prop("System.Single", "MaxValue", P.Single(3.4028234663852886e38))
_prop("System.Single", "MinValue", P.Single(-3.4028234663852886e38))
_prop("System.Single", "NaN", P.Single(math.nan))
_meth("System.Single", "Parse", lambda ctx, s, *rest: P.Single(_double_parse(s)), "static float Parse(string s)")


def _decimal_parse(text: Any) -> Decimal:
    s = _s(text).strip().replace(",", "")
    try:
        if not re.fullmatch(r"[+-]?\d*(\.\d*)?", s) or not re.search(r"\d", s):
            raise ValueError
        return Decimal(s)
    except (ValueError, _decimal.InvalidOperation):
        raise _err("Input string was not in a correct format.") from None


_prop("System.Decimal", "MaxValue", C.DEC_MAX)
_prop("System.Decimal", "MinValue", -C.DEC_MAX)
_prop("System.Decimal", "Zero", Decimal(0))
_prop("System.Decimal", "One", Decimal(1))
_prop("System.Decimal", "MinusOne", Decimal(-1))
_meth("System.Decimal", "Parse", lambda ctx, s, *rest: _decimal_parse(s), "static decimal Parse(string s)")


def _bool_parse(text: Any) -> bool:
    if text is None:
        raise _err("Value cannot be null.\nParameter name: value", "ArgumentNullException")
    s = _s(text).strip().strip("\0").lower()
    if s == "true":
        return True
    if s == "false":
        return False
    raise _err("String was not recognized as a valid Boolean.")


def _try_bool(ctx, s, ref=None):
    try:
        v = _bool_parse(s)
    except Exception:
        _set_ref(ref, False)
        return False
    _set_ref(ref, v)
    return True


_prop("System.Boolean", "TrueString", "True")
_prop("System.Boolean", "FalseString", "False")
_meth("System.Boolean", "Parse", lambda ctx, s: _bool_parse(s), "static bool Parse(string value)")
_meth("System.Boolean", "TryParse", _try_bool, "static bool TryParse(string value, [ref] bool result)")

# ---------------------------------------------------------------- char


def _char_arg(args: tuple) -> str:
    if len(args) == 2:
        s = _s(args[0])
        i = _i(args[1])
        if not 0 <= i < len(s):
            raise _err("Index was out of range. Must be non-negative and less than the size of the collection.\n"
                       "Parameter name: index", "ArgumentOutOfRangeException")
        return s[i]
    v = base_object(args[0])
    return C.convert_to(v, "System.Char")


def _char_pred(pred, name):
    def f(ctx, *args):
        if len(args) not in (1, 2):
            from ems.runtime.members import _overload_error
            raise _overload_error(name, len(args))
        return pred(_char_arg(args))
    return f


_CHAR_PREDICATES = {
    "IsDigit": lambda c: c.isdigit(),
    "IsNumber": lambda c: c.isnumeric(),
    "IsLetter": lambda c: c.isalpha(),
    "IsLetterOrDigit": lambda c: c.isalnum(),
    "IsWhiteSpace": lambda c: c.isspace(),
    "IsUpper": lambda c: c.isupper(),
    "IsLower": lambda c: c.islower(),
    "IsPunctuation": lambda c: not c.isalnum() and not c.isspace() and c in "!\"#%&'()*,-./:;?@[\\]_{}\u00a1\u00ab\u00b7\u00bb\u00bf",
    "IsSymbol": lambda c: c in "$+<=>^`|~\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00ac\u00ae\u00af\u00b0\u00b1\u00b4\u00b8\u00d7\u00f7",
    "IsControl": lambda c: ord(c) < 32 or 127 <= ord(c) < 160,
    "IsSeparator": lambda c: c in " \u00a0\u2028\u2029",
    "IsSurrogate": lambda c: 0xD800 <= ord(c) <= 0xDFFF,
}
for _n, _p in _CHAR_PREDICATES.items():
    _meth("System.Char", _n, _char_pred(_p, _n), f"static bool {_n}(char c), static bool {_n}(string s, int index)")
_meth("System.Char", "ToUpper", lambda ctx, c, *rest: P.Char(_char_arg((c,)).upper()), "static char ToUpper(char c)")
_meth("System.Char", "ToLower", lambda ctx, c, *rest: P.Char(_char_arg((c,)).lower()), "static char ToLower(char c)")
_meth("System.Char", "Parse", lambda ctx, s: _char_parse(s), "static char Parse(string s)")
_meth("System.Char", "GetNumericValue", lambda ctx, *a: float(int(_char_arg(a))) if _char_arg(a).isdigit() else -1.0,
      "static double GetNumericValue(char c)")
_meth("System.Char", "ConvertFromUtf32", lambda ctx, n: chr(_i(n)), "static string ConvertFromUtf32(int utf32)")
_meth("System.Char", "ConvertToUtf32", lambda ctx, s, i: ord(_s(s)[_i(i)]), "static int ConvertToUtf32(string s, int index)")
_prop("System.Char", "MaxValue", P.Char("\uffff"))
_prop("System.Char", "MinValue", P.Char("\0"))


def _char_parse(s: Any) -> str:
    t = _s(s)
    if len(t) != 1:
        raise _err("String must be exactly one character long.")
    return P.Char(t)


# ---------------------------------------------------------------- string


def _join(ctx, sep, *values):
    sep_s = "" if sep is None else _s(sep)
    if len(values) == 1:
        v = base_object(values[0])
        items = list(v) if isinstance(v, (list, tuple)) else [v]
    elif len(values) == 3 and isinstance(base_object(values[0]), list) and not isinstance(
            base_object(values[1]), list):
        arr = base_object(values[0])
        start, count = _i(values[1]), _i(values[2])
        items = arr[start:start + count]
    else:
        items = [base_object(v) for v in values]
    return sep_s.join(C.element_to_string(x) if not isinstance(x, (list, dict)) else C.element_to_string(x)
                      for x in items)


def _format(ctx, fmt, *args):
    from ems.runtime import composite_format as F
    from ems.runtime.exceptions import FormatException
    if fmt is None:
        raise _err("Value cannot be null.\nParameter name: format", "ArgumentNullException")
    if len(args) == 1 and isinstance(base_object(args[0]), list):
        args = tuple(base_object(args[0]))
    try:
        return F.format(_s(fmt), list(args), ctx)
    except FormatException as e:
        raise _err(e.message) from None


def _concat(ctx, *args):
    if len(args) == 1 and isinstance(base_object(args[0]), list):
        args = tuple(base_object(args[0]))
    return "".join(C.element_to_string(base_object(a)) for a in args)


def _compare(ctx, a, b, *rest):
    from ems.runtime.operators import compare_strings
    ignore = False
    if rest:
        r = base_object(rest[0])
        ignore = r if isinstance(r, bool) else "ignorecase" in _s(r).lower()
    if a is None:
        return 0 if b is None else -1
    if b is None:
        return 1
    return compare_strings(_s(a), _s(b), case_sensitive=not ignore)


_prop("System.String", "Empty", "")
_meth("System.String", "Join", _join, "static string Join(string separator, Params string[] value), static string "
      "Join(string separator, Params System.Object[] values)")
_meth("System.String", "Format", _format, "static string Format(string format, System.Object arg0), static string "
      "Format(string format, Params System.Object[] args)")
_meth("System.String", "Concat", _concat, "static string Concat(Params System.Object[] args)")
_meth("System.String", "IsNullOrEmpty", lambda ctx, s: s is None or _s(s) == "", "static bool IsNullOrEmpty(string value)")
_meth("System.String", "IsNullOrWhiteSpace", lambda ctx, s: s is None or _s(s).strip() == "",
      "static bool IsNullOrWhiteSpace(string value)")
_meth("System.String", "Compare", _compare, "static int Compare(string strA, string strB), static int Compare("
      "string strA, string strB, bool ignoreCase)")
_meth("System.String", "CompareOrdinal", lambda ctx, a, b: (_s(a) > _s(b)) - (_s(a) < _s(b)),
      "static int CompareOrdinal(string strA, string strB)")
_meth("System.String", "Equals", lambda ctx, a, b, *rest: (_s(a).lower() == _s(b).lower()) if rest and "ignorecase" in
      _s(rest[0]).lower() else (a is None and b is None) or (a is not None and b is not None and _s(a) == _s(b)),
      "static bool Equals(string a, string b)")
_meth("System.String", "Copy", lambda ctx, s: _s(s), "static string Copy(string str)")

# ---------------------------------------------------------------- math


def _num(v: Any) -> Any:
    v = base_object(v)
    if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) and not isinstance(v, _enum.Enum):
        return v
    return C.convert_to(v, "System.Double")


def _midpoint(v: Any) -> int:
    if v is None:
        return 0
    return int(C.convert_to(v, "System.MidpointRounding"))


def _round(ctx, value, *rest):
    v = _num(value)
    digits = 0
    mode = 0
    if len(rest) == 1:
        r = base_object(rest[0])
        if isinstance(r, _enum.Enum) or isinstance(r, str):
            mode = _midpoint(r)
        else:
            digits = _i(r)
    elif len(rest) == 2:
        digits = _i(rest[0])
        mode = _midpoint(rest[1])
    elif len(rest) > 2:
        raise TypeError
    if isinstance(v, Decimal):
        if not 0 <= digits <= 28:
            raise _err("Decimal can only round to between 0 and 28 digits of precision.\nParameter name: decimals",
                       "ArgumentOutOfRangeException")
        q = Decimal(1).scaleb(-digits)
        return v.quantize(q, rounding=_decimal.ROUND_HALF_EVEN if mode == 0 else _decimal.ROUND_HALF_UP)
    if not 0 <= digits <= 15:
        raise _err("Rounding digits must be between 0 and 15, inclusive.\nParameter name: digits",
                   "ArgumentOutOfRangeException")
    f = float(v)
    if math.isnan(f) or math.isinf(f):
        return f
    if mode == 0:
        return float(round(f, digits))
    p = 10.0 ** digits
    scaled = f * p
    r = math.floor(abs(scaled) + 0.5)
    return math.copysign(r / p, f)


def _abs(ctx, v):
    n = _num(v)
    if type(n) is int and n == -(2**31):
        raise _err("Negating the minimum value of a twos complement number is invalid.", "OverflowException")
    return type(n)(abs(n)) if type(n) not in (int, float) else abs(n)


def _max(ctx, a, b):
    x, y = _num(a), _num(b)
    from ems.runtime.operators import _common_kind, _kind, K_DOUBLE, K_DECIMAL
    k = _common_kind(_kind(x), _kind(y))
    r = x if x >= y else y
    if k == K_DOUBLE:
        return float(r)
    if k == K_DECIMAL:
        return Decimal(r)
    return r


def _min(ctx, a, b):
    x, y = _num(a), _num(b)
    from ems.runtime.operators import _common_kind, _kind, K_DOUBLE, K_DECIMAL
    k = _common_kind(_kind(x), _kind(y))
    r = x if x <= y else y
    if k == K_DOUBLE:
        return float(r)
    if k == K_DECIMAL:
        return Decimal(r)
    return r


def _floor(ctx, v):
    n = _num(v)
    if isinstance(n, Decimal):
        return n.to_integral_value(rounding=_decimal.ROUND_FLOOR)
    return float(math.floor(float(n))) if not math.isinf(float(n)) else float(n)


def _ceiling(ctx, v):
    n = _num(v)
    if isinstance(n, Decimal):
        return n.to_integral_value(rounding=_decimal.ROUND_CEILING)
    return float(math.ceil(float(n))) if not math.isinf(float(n)) else float(n)


def _truncate(ctx, v):
    n = _num(v)
    if isinstance(n, Decimal):
        return n.to_integral_value(rounding=_decimal.ROUND_DOWN)
    return float(math.trunc(float(n))) if not math.isinf(float(n)) else float(n)


def _sqrt(ctx, v):
    f = _f(v)
    return math.sqrt(f) if f >= 0 else math.nan


def _pow(ctx, a, b):
    try:
        return math.pow(_f(a), _f(b))
    except OverflowError:
        return math.inf
    except ValueError:
        return math.nan


def _log(ctx, v, *base):
    f = _f(v)
    if f < 0:
        return math.nan
    if f == 0:
        return -math.inf
    if base:
        return math.log(f, _f(base[0]))
    return math.log(f)


def _sign(ctx, v):
    n = _num(v)
    if isinstance(n, float) and math.isnan(n):
        raise _err("Function does not accept floating point Not-a-Number values.", "ArithmeticException")
    return (n > 0) - (n < 0)


def _divrem(ctx, a, b, ref=None):
    x, y = int(_num(a)), int(_num(b))
    if y == 0:
        raise _err("Attempted to divide by zero.", "DivideByZeroException")
    q = abs(x) // abs(y) * (1 if (x >= 0) == (y >= 0) else -1)
    _set_ref(ref, x - q * y)
    return q


_prop("System.Math", "PI", math.pi)
_prop("System.Math", "E", math.e)
for _n, _fn, _d in (
        ("Round", _round, "static double Round(double a), static double Round(double value, int digits), "
         "static double Round(double value, System.MidpointRounding mode), static double Round(double value, int "
         "digits, System.MidpointRounding mode), static decimal Round(decimal d), static decimal Round(decimal d, "
         "int decimals), static decimal Round(decimal d, System.MidpointRounding mode), static decimal Round("
         "decimal d, int decimals, System.MidpointRounding mode)"),
        ("Abs", _abs, "static double Abs(double value)"),
        ("Max", _max, "static double Max(double val1, double val2)"),
        ("Min", _min, "static double Min(double val1, double val2)"),
        ("Floor", _floor, "static double Floor(double d)"),
        ("Ceiling", _ceiling, "static double Ceiling(double a)"),
        ("Truncate", _truncate, "static double Truncate(double d)"),
        ("Sqrt", _sqrt, "static double Sqrt(double d)"),
        ("Pow", _pow, "static double Pow(double x, double y)"),
        ("Log", _log, "static double Log(double d), static double Log(double a, double newBase)"),
        ("Log10", lambda ctx, v: _log(ctx, v, 10) if _f(v) > 0 else _log(ctx, v), "static double Log10(double d)"),
        ("Exp", lambda ctx, v: math.exp(_f(v)), "static double Exp(double d)"),
        ("Sin", lambda ctx, v: math.sin(_f(v)), "static double Sin(double a)"),
        ("Cos", lambda ctx, v: math.cos(_f(v)), "static double Cos(double d)"),
        ("Tan", lambda ctx, v: math.tan(_f(v)), "static double Tan(double a)"),
        ("Asin", lambda ctx, v: math.asin(_f(v)) if -1 <= _f(v) <= 1 else math.nan, "static double Asin(double d)"),
        ("Acos", lambda ctx, v: math.acos(_f(v)) if -1 <= _f(v) <= 1 else math.nan, "static double Acos(double d)"),
        ("Atan", lambda ctx, v: math.atan(_f(v)), "static double Atan(double d)"),
        ("Atan2", lambda ctx, y, x: math.atan2(_f(y), _f(x)), "static double Atan2(double y, double x)"),
        ("Sign", _sign, "static int Sign(double value)"),
        ("BigMul", lambda ctx, a, b: P.Int64(_i(a) * _i(b)), "static long BigMul(int a, int b)"),
        ("DivRem", _divrem, "static int DivRem(int a, int b, [ref] int result)"),
        ("IEEERemainder", lambda ctx, a, b: math.remainder(_f(a), _f(b)), "static double IEEERemainder(double x, double y)"),
):
    _meth("System.Math", _n, _fn, _d)

# ---------------------------------------------------------------- convert


def _to_int_base(ctx, value, *base, full="System.Int32"):
    v = base_object(value)
    if base:
        b = _i(base[0])
        if b not in (2, 8, 10, 16):
            raise _err("Invalid Base.", "ArgumentException")
        s = _s(v).strip()
        if b == 16 and s.lower().startswith("0x"):
            s = s[2:]
        if not s:
            raise _err("Index was out of range. Must be non-negative and less than the size of the collection.\n"
                       "Parameter name: startIndex", "ArgumentOutOfRangeException")
        try:
            n = int(s, b)
        except ValueError:
            raise _err("Could not find any recognizable digits.") from None
        bits = 32 if full == "System.Int32" else 64 if full == "System.Int64" else 16 if full == "System.Int16" else 8
        if n >= 2 ** bits:
            raise _err(f"Value was either too large or too small for {C._INT_TYPES[full][1]}.", "OverflowException")
        if b != 10 and n >= 2 ** (bits - 1) and full in ("System.Int32", "System.Int64", "System.Int16"):
            n -= 2 ** bits
        return n if full == "System.Int32" else _INT_CLASSES[full](n)
    if v is None:
        return 0 if full == "System.Int32" else _INT_CLASSES[full](0)
    if isinstance(v, str):
        return _int_parse(full, v)
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            raise _err(f"Value was either too large or too small for {C._INT_TYPES[full][1]}.", "OverflowException")
    try:
        return C.convert_to(v, full)
    except Exception:
        from ems.runtime.dotnet.types import type_of
        t = type_of(v)
        raise _err(f"Invalid cast from '{t.full_name if t else 'Object'}' to '{full}'.", "InvalidCastException") from None


def _convert_to_string(ctx, value, *rest):
    v = base_object(value)
    if rest:
        r = base_object(rest[0])
        if isinstance(r, int) and not isinstance(r, bool):
            b = int(r)
            if b not in (2, 8, 10, 16):
                raise _err("Invalid Base.", "ArgumentException")
            n = int(v)
            if n < 0 and b != 10:
                bits = 64 if isinstance(v, P.Int64) else 32 if not isinstance(v, (P.Byte, P.Int16)) else (
                    8 if isinstance(v, P.Byte) else 16)
                n &= (1 << bits) - 1
            if b == 10:
                return str(n)
            return {2: bin, 8: oct, 16: hex}[b](n)[2:]
        from ems.runtime import composite_format as F
        return F.to_current_culture_string(v)
    from ems.runtime import composite_format as F
    return F.to_current_culture_string(v)


def _to_base64(ctx, data, *rest):
    b = base_object(data)
    if b is None:
        raise _err("Value cannot be null.\nParameter name: inArray", "ArgumentNullException")
    if isinstance(b, str):
        raise _err("Cannot convert argument \"inArray\", with value: \"" + b + "\", for \"ToBase64String\" to type "
                   "\"System.Byte[]\".", "PSInvalidCastException")
    raw = bytes(int(C.convert_to(x, "System.Byte")) for x in b)
    return base64.b64encode(raw).decode("ascii")


def _from_base64(ctx, s):
    t = re.sub(r"\s+", "", _s(s))
    try:
        raw = base64.b64decode(t, validate=True)
    except Exception:
        raise _err("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two "
                   "padding characters, or an illegal character among the padding characters. ") from None
    return TypedArray([P.Byte(x) for x in raw], _t("System.Byte"))


def _conv(full: str):
    def f(ctx, value, *rest):
        v = base_object(value)
        if full == "System.Boolean":
            if isinstance(v, str):
                return _bool_parse(v)
            return C.to_bool(v) if v is not None else False
        if full == "System.Double" and isinstance(v, str):
            return _double_parse(v)
        if full == "System.DateTime" and isinstance(v, str):
            try:
                return C.parse_datetime(v, _ctx_now(ctx))
            except ValueError as e:
                raise _err(str(e)) from None
        try:
            return C.convert_to(v, full, ctx)
        except Exception as e:
            raise _err(getattr(e, "message", str(e)).split('Error: "')[-1].rstrip('"'),
                       "InvalidCastException") from None
    return f


_meth("System.Convert", "ToInt32", lambda ctx, v, *b: _to_int_base(ctx, v, *b, full="System.Int32"),
      "static int ToInt32(string value, int fromBase), static int ToInt32(System.Object value)")
_meth("System.Convert", "ToInt64", lambda ctx, v, *b: _to_int_base(ctx, v, *b, full="System.Int64"),
      "static long ToInt64(string value, int fromBase), static long ToInt64(System.Object value)")
_meth("System.Convert", "ToInt16", lambda ctx, v, *b: _to_int_base(ctx, v, *b, full="System.Int16"),
      "static int16 ToInt16(System.Object value)")
_meth("System.Convert", "ToByte", lambda ctx, v, *b: _to_int_base(ctx, v, *b, full="System.Byte"),
      "static byte ToByte(System.Object value)")
_meth("System.Convert", "ToUInt32", lambda ctx, v, *b: _to_int_base(ctx, v, *b, full="System.UInt32"),
      "static uint32 ToUInt32(System.Object value)")
_meth("System.Convert", "ToUInt64", lambda ctx, v, *b: _to_int_base(ctx, v, *b, full="System.UInt64"),
      "static uint64 ToUInt64(System.Object value)")
_meth("System.Convert", "ToString", _convert_to_string, "static string ToString(System.Object value), static string "
      "ToString(long value, int toBase)")
_meth("System.Convert", "ToBase64String", _to_base64, "static string ToBase64String(byte[] inArray)")
_meth("System.Convert", "FromBase64String", _from_base64, "static byte[] FromBase64String(string s)")
for _n, _full in (("ToBoolean", "System.Boolean"), ("ToDouble", "System.Double"), ("ToDecimal", "System.Decimal"),
                  ("ToDateTime", "System.DateTime"), ("ToChar", "System.Char"), ("ToSingle", "System.Single")):
    _meth("System.Convert", _n, _conv(_full), f"static {_full} {_n}(System.Object value)")

# ---------------------------------------------------------------- datetime and timespan

_NET_TO_STRPTIME = [
    ("yyyy", "%Y"), ("yy", "%y"), ("MMMM", "%B"), ("MMM", "%b"), ("MM", "%m"), ("M", "%m"),
    ("dddd", "%A"), ("ddd", "%a"), ("dd", "%d"), ("d", "%d"), ("HH", "%H"), ("H", "%H"), ("hh", "%I"),
    ("h", "%I"), ("mm", "%M"), ("m", "%M"), ("ss", "%S"), ("s", "%S"), ("tt", "%p"),
    ("fffffff", "%f"), ("ffffff", "%f"), ("fffff", "%f"), ("ffff", "%f"), ("fff", "%f"), ("ff", "%f"), ("f", "%f"),
    ("zzz", "%z"), ("K", "%z"),
]


def _net_to_strptime(fmt: str) -> str:
    if len(fmt) == 1:
        from ems.runtime.composite_format import _STANDARD_DATE
        fmt = _STANDARD_DATE.get(fmt, fmt)
    out, i = [], 0
    while i < len(fmt):
        ch = fmt[i]
        if ch in "'\"":
            j = fmt.find(ch, i + 1)
            j = len(fmt) if j < 0 else j
            out.append(fmt[i + 1:j].replace("%", "%%"))
            i = j + 1
            continue
        if ch == "\\" and i + 1 < len(fmt):
            out.append(fmt[i + 1].replace("%", "%%"))
            i += 2
            continue
        for net, py in _NET_TO_STRPTIME:
            if fmt.startswith(net, i):
                out.append(py)
                i += len(net)
                break
        else:
            out.append("%%" if ch == "%" else ch)
            i += 1
    return "".join(out)


def _parse_exact(ctx, s, fmt, *rest):
    text = _s(s)
    fmts = base_object(fmt)
    candidates = [_s(f) for f in fmts] if isinstance(fmts, list) else [_s(fmts)]
    for f in candidates:
        try:
            d = _dt.datetime.strptime(text, _net_to_strptime(f))
            if d.tzinfo is not None:
                d = d.replace(tzinfo=None)
            return d
        except ValueError:
            continue
    raise _err("String was not recognized as a valid DateTime.")


def _dt_parse(ctx, s, *rest):
    if s is None:
        raise _err("String reference not set to an instance of a String.\nParameter name: s", "ArgumentNullException")
    try:
        return C.parse_datetime(_s(s), _ctx_now(ctx))
    except ValueError as e:
        raise _err(str(e)) from None


def _dt_try_parse(ctx, s, ref=None, *rest):
    try:
        v = C.parse_datetime(_s(s), _ctx_now(ctx))
    except ValueError:
        _set_ref(ref, C.DATETIME_MIN)
        return False
    _set_ref(ref, v)
    return True


def _days_in_month(ctx, y, m):
    import calendar
    yy, mm = _i(y), _i(m)
    if not 1 <= mm <= 12:
        raise _err("Month must be between one and twelve.\nParameter name: month", "ArgumentOutOfRangeException")
    return calendar.monthrange(yy, mm)[1]


_prop("System.DateTime", "Now", getter=lambda ctx: _ctx_now(ctx))
_prop("System.DateTime", "Today", getter=lambda ctx: _ctx_now(ctx).replace(hour=0, minute=0, second=0, microsecond=0))
_prop("System.DateTime", "UtcNow", getter=lambda ctx: _ctx_now(ctx))
_prop("System.DateTime", "MinValue", _dt.datetime(1, 1, 1))
_prop("System.DateTime", "MaxValue", _dt.datetime(9999, 12, 31, 23, 59, 59, 999999))
_meth("System.DateTime", "Parse", _dt_parse, "static datetime Parse(string s)")
_meth("System.DateTime", "TryParse", _dt_try_parse, "static bool TryParse(string s, [ref] datetime result)")
_meth("System.DateTime", "ParseExact", _parse_exact, "static datetime ParseExact(string s, string format, "
      "System.IFormatProvider provider)")
_meth("System.DateTime", "DaysInMonth", _days_in_month, "static int DaysInMonth(int year, int month)")
_meth("System.DateTime", "IsLeapYear", lambda ctx, y: __import__("calendar").isleap(_i(y)), "static bool IsLeapYear(int year)")
_meth("System.DateTime", "Compare", lambda ctx, a, b: (a > b) - (a < b), "static int Compare(datetime t1, datetime t2)")
_meth("System.DateTime", "SpecifyKind", lambda ctx, d, k: d, "static datetime SpecifyKind(datetime value, System.DateTimeKind kind)")
_meth("System.DateTime", "FromFileTime", lambda ctx, n: C.ticks_to_datetime(int(n) + 504911232000000000),
      "static datetime FromFileTime(long fileTime)")
_meth("System.DateTime", "FromFileTimeUtc", lambda ctx, n: C.ticks_to_datetime(int(n) + 504911232000000000),
      "static datetime FromFileTimeUtc(long fileTime)")
_meth("System.DateTime", "FromOADate", lambda ctx, d: _dt.datetime(1899, 12, 30) + _dt.timedelta(days=_f(d)),
      "static datetime FromOADate(double d)")


def _from(unit_ms: float):
    def f(ctx, v):
        x = _f(v)
        if math.isnan(x):
            raise _err("TimeSpan does not accept floating point Not-a-Number values.", "ArgumentException")
        ms = x * unit_ms
        ms = math.floor(ms + 0.5) if ms >= 0 else -math.floor(-ms + 0.5)
        try:
            return _dt.timedelta(milliseconds=ms)
        except OverflowError:
            raise _err("TimeSpan overflowed because the duration is too long.", "OverflowException") from None
    return f


def _ts_parse(ctx, s, *rest):
    try:
        return C.parse_timespan(_s(s))
    except ValueError as e:
        raise _err(str(e)) from None


def _ts_try_parse(ctx, s, ref=None):
    try:
        v = C.parse_timespan(_s(s))
    except ValueError:
        _set_ref(ref, _dt.timedelta(0))
        return False
    _set_ref(ref, v)
    return True


_meth("System.TimeSpan", "FromDays", _from(86_400_000), "static timespan FromDays(double value)")
_meth("System.TimeSpan", "FromHours", _from(3_600_000), "static timespan FromHours(double value)")
_meth("System.TimeSpan", "FromMinutes", _from(60_000), "static timespan FromMinutes(double value)")
_meth("System.TimeSpan", "FromSeconds", _from(1000), "static timespan FromSeconds(double value)")
_meth("System.TimeSpan", "FromMilliseconds", _from(1), "static timespan FromMilliseconds(double value)")
_meth("System.TimeSpan", "FromTicks", lambda ctx, n: C.ticks_to_timespan(int(C.convert_to(n, "System.Int64"))),
      "static timespan FromTicks(long value)")
_meth("System.TimeSpan", "Parse", _ts_parse, "static timespan Parse(string s)")
_meth("System.TimeSpan", "TryParse", _ts_try_parse, "static bool TryParse(string s, [ref] timespan result)")
_meth("System.TimeSpan", "Compare", lambda ctx, a, b: (a > b) - (a < b), "static int Compare(timespan t1, timespan t2)")
_prop("System.TimeSpan", "Zero", _dt.timedelta(0))
_prop("System.TimeSpan", "MaxValue", _dt.timedelta.max)
_prop("System.TimeSpan", "MinValue", _dt.timedelta.min)
for _n, _v in (("TicksPerDay", 864_000_000_000), ("TicksPerHour", 36_000_000_000), ("TicksPerMinute", 600_000_000),
               ("TicksPerSecond", 10_000_000), ("TicksPerMillisecond", 10_000)):
    _prop("System.TimeSpan", _n, P.Int64(_v))

# ---------------------------------------------------------------- guid, version


def _new_guid(ctx):
    r = _rng(ctx)
    return _uuid.UUID(int=r.getrandbits(128), version=4)


def _guid_parse(ctx, s):
    try:
        return C.parse_guid(_s(s))
    except ValueError as e:
        raise _err(str(e)) from None


_meth("System.Guid", "NewGuid", _new_guid, "static guid NewGuid()")
_meth("System.Guid", "Parse", _guid_parse, "static guid Parse(string input)")
_prop("System.Guid", "Empty", _uuid.UUID(int=0))


def _version_parse(ctx, s):
    try:
        return Version.parse(_s(s))
    except ValueError as e:
        raise _err(str(e), "ArgumentException") from None


_meth("System.Version", "Parse", _version_parse, "static version Parse(string input)")

# ---------------------------------------------------------------- regex


def _regex_static(kind: str):
    from ems.runtime.dotnet.regex import Regex

    def f(ctx, text, pattern, *rest):
        if kind == "Replace":
            repl = rest[0] if rest else None
            if not rest:
                raise TypeError
            opts = rest[1] if len(rest) > 1 else None
            return Regex(_s(pattern), opts).Replace(text, "" if repl is None else repl)
        opts = rest[0] if rest else None
        rx = Regex(_s(pattern), opts)
        return getattr(rx, kind)(text)
    return f


def _wrap_regex(fn):
    import functools

    from ems.runtime.dotnet.regex import RegexParseError

    @functools.wraps(fn)  # keeps fn's signature visible, so a wrong argument count is an overload error
    def g(ctx, *args):
        try:
            return fn(ctx, *args)
        except RegexParseError as e:
            raise _err(e.message, "ArgumentException") from None
    return g


from ems.runtime.dotnet import regex as _rx  # noqa: E402

for _n in ("Match", "Matches", "IsMatch", "Split"):
    _meth("System.Text.RegularExpressions.Regex", _n, _wrap_regex(_regex_static(_n)),
          f"static {_n}(string input, string pattern), static {_n}(string input, string pattern, "
          "System.Text.RegularExpressions.RegexOptions options)")
_meth("System.Text.RegularExpressions.Regex", "Replace", _wrap_regex(_regex_static("Replace")),
      "static string Replace(string input, string pattern, string replacement), static string Replace(string input, "
      "string pattern, string replacement, System.Text.RegularExpressions.RegexOptions options)")
_meth("System.Text.RegularExpressions.Regex", "Escape", lambda ctx, s: _rx.escape(_s(s)), "static string Escape(string str)")
_meth("System.Text.RegularExpressions.Regex", "Unescape", lambda ctx, s: _rx.unescape(_s(s)),
      "static string Unescape(string str)")

# ---------------------------------------------------------------- environment


def _env(ctx: Any) -> Any:
    e = getattr(ctx, "env", None)
    return e if e is not None else {}


def _env_get(ctx: Any, name: str, default: Any = None) -> Any:
    e = _env(ctx)
    for k, v in e.items():
        if k.lower() == name.lower():
            return v
    return default


class _OSVersion:
    PS_TYPE_NAMES = ("System.OperatingSystem", "System.Object")
    PS_PROPERTIES = ("Platform", "ServicePack", "Version", "VersionString")
    Platform = "Win32NT"
    ServicePack = "Service Pack 1"
    Version = Version(6, 1, 7601, 65536)
    VersionString = "Microsoft Windows NT 6.1.7601 Service Pack 1"

    def ps_to_string(self) -> str:
        return self.VersionString


_FOLDERS = {
    "desktop": "C:\\Users\\Administrator\\Desktop", "mydocuments": "C:\\Users\\Administrator\\Documents",
    "personal": "C:\\Users\\Administrator\\Documents", "programfiles": "C:\\Program Files",
    "programfilesx86": "C:\\Program Files (x86)", "system": "C:\\Windows\\system32", "windows": "C:\\Windows",
    "applicationdata": "C:\\Users\\Administrator\\AppData\\Roaming",
    "localapplicationdata": "C:\\Users\\Administrator\\AppData\\Local", "commonapplicationdata": "C:\\ProgramData",
    "userprofile": "C:\\Users\\Administrator", "temp": "C:\\Users\\Administrator\\AppData\\Local\\Temp",
}


def _expand_env(ctx, s):
    return re.sub(r"%([^%]+)%", lambda m: _env_get(ctx, m.group(1), m.group(0)), _s(s))


def _set_env(ctx, name, value, *rest):
    e = getattr(ctx, "env", None)
    if e is None:
        return VOID
    n = _s(name)
    for k in list(e.keys()):
        if k.lower() == n.lower():
            del e[k]
    if value is not None and _s(value) != "":
        e[n] = _s(value)
    return VOID


E = "System.Environment"
# Environment.NewLine is "\r\n" on Windows; the emulator's text uses "\n" everywhere (here-strings,
# Out-String, files), so NewLine is "\n" to keep `-split [Environment]::NewLine` working.
_prop(E, "NewLine", "\n")
_prop(E, "MachineName", getter=lambda ctx: _env_get(ctx, "COMPUTERNAME", "EX01"))
_prop(E, "UserName", getter=lambda ctx: _env_get(ctx, "USERNAME", "Administrator"))
_prop(E, "UserDomainName", getter=lambda ctx: _env_get(ctx, "USERDOMAIN", "CONTOSO"))
_prop(E, "ProcessorCount", getter=lambda ctx: int(_env_get(ctx, "NUMBER_OF_PROCESSORS", "4")))
_prop(E, "OSVersion", getter=lambda ctx: _OSVersion())
_prop(E, "Is64BitOperatingSystem", True)
_prop(E, "Is64BitProcess", True)
_prop(E, "UserInteractive", True)
_prop(E, "Version", Version(4, 0, 30319, 42000))
_prop(E, "SystemDirectory", "C:\\Windows\\system32")
_prop(E, "CurrentDirectory", getter=lambda ctx: getattr(ctx, "location", None) or "C:\\Windows\\system32")
_prop(E, "TickCount", getter=lambda ctx: int((_ctx_now(ctx) - _dt.datetime(2010, 6, 1)).total_seconds() * 1000)
      % (2**31))
_prop(E, "CommandLine", "\"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\"")
_meth(E, "GetEnvironmentVariable", lambda ctx, name, *rest: _env_get(ctx, _s(name)),
      "static string GetEnvironmentVariable(string variable)")
_meth(E, "SetEnvironmentVariable", _set_env, "static void SetEnvironmentVariable(string variable, string value)")
_meth(E, "ExpandEnvironmentVariables", _expand_env, "static string ExpandEnvironmentVariables(string name)")
_meth(E, "GetFolderPath", lambda ctx, f: _FOLDERS.get(_s(f).lower(), ""),
      "static string GetFolderPath(System.Environment+SpecialFolder folder)")
_meth(E, "GetEnvironmentVariables", lambda ctx, *rest: __import__(
    "ems.runtime.dotnet.collections", fromlist=["Hashtable"]).Hashtable(_env(ctx).items()),
      "static System.Collections.IDictionary GetEnvironmentVariables()")
_meth(E, "GetLogicalDrives", lambda ctx: TypedArray(["C:\\"], _t("string")), "static string[] GetLogicalDrives()")

# ---------------------------------------------------------------- path

IOP = "System.IO.Path"


def _combine(ctx, *parts):
    if not parts:
        raise TypeError
    items = []
    for p in parts:
        bp = base_object(p)
        if isinstance(bp, list):
            items.extend(_s(x) for x in bp)
        else:
            if bp is None:
                raise _err("Value cannot be null.\nParameter name: path" + ("1" if not items else "2"),
                           "ArgumentNullException")
            items.append(_s(bp))
    result = ""
    for p in items:
        if p == "":
            continue
        if ntpath.isabs(p) or (len(p) >= 2 and p[1] == ":"):
            result = p
        elif result == "" or result.endswith(("\\", "/", ":")):
            result += p
        else:
            result += "\\" + p
    return result


def _get_full_path(ctx, p):
    s = _s(p)
    if not (ntpath.isabs(s) and (len(s) > 1 and s[1] == ":" or s.startswith("\\\\"))):
        base = getattr(ctx, "location", None) or "C:\\Windows\\system32"
        if s.startswith("\\"):
            s = base[:2] + s
        else:
            s = base.rstrip("\\") + "\\" + s
    return ntpath.normpath(s)


def _get_extension(p: str) -> str:
    base = ntpath.basename(p)
    i = base.rfind(".")
    if i < 0 or i == len(base) - 1:
        return ""
    return base[i:]


def _change_extension(ctx, p, ext):
    s = _s(p)
    e = _get_extension(s)
    stem = s[:-len(e)] if e else (s[:-1] if s.endswith(".") else s)
    if ext is None:
        return stem
    x = _s(ext)
    if x and not x.startswith("."):
        x = "." + x
    return stem + x


def _temp_file(ctx):
    n = _rng(ctx).randrange(0x10000)
    return f"C:\\Users\\Administrator\\AppData\\Local\\Temp\\tmp{n:X}.tmp"


_meth(IOP, "Combine", _combine, "static string Combine(Params string[] paths), static string Combine(string path1, "
      "string path2)")
_meth(IOP, "GetFileName", lambda ctx, p: None if p is None else ntpath.basename(_s(p)),
      "static string GetFileName(string path)")
_meth(IOP, "GetFileNameWithoutExtension", lambda ctx, p: None if p is None else (
    lambda b: b[:-len(_get_extension(b))] if _get_extension(b) else b.rstrip("."))(ntpath.basename(_s(p))),
      "static string GetFileNameWithoutExtension(string path)")
_meth(IOP, "GetExtension", lambda ctx, p: None if p is None else _get_extension(_s(p)),
      "static string GetExtension(string path)")
_meth(IOP, "GetDirectoryName", lambda ctx, p: None if p is None or ntpath.dirname(_s(p)) == _s(p) else
      ntpath.dirname(_s(p)), "static string GetDirectoryName(string path)")
_meth(IOP, "GetPathRoot", lambda ctx, p: ntpath.splitdrive(_s(p))[0] + ("\\" if _s(p)[2:3] in ("\\", "/") else ""),
      "static string GetPathRoot(string path)")
_meth(IOP, "IsPathRooted", lambda ctx, p: _s(p).startswith(("\\", "/")) or (len(_s(p)) >= 2 and _s(p)[1] == ":"),
      "static bool IsPathRooted(string path)")
_meth(IOP, "HasExtension", lambda ctx, p: _get_extension(_s(p)) != "", "static bool HasExtension(string path)")
_meth(IOP, "ChangeExtension", _change_extension, "static string ChangeExtension(string path, string extension)")
_meth(IOP, "GetFullPath", _get_full_path, "static string GetFullPath(string path)")
_meth(IOP, "GetTempPath", lambda ctx: "C:\\Users\\Administrator\\AppData\\Local\\Temp\\", "static string GetTempPath()")
_meth(IOP, "GetTempFileName", _temp_file, "static string GetTempFileName()")
_meth(IOP, "GetRandomFileName", lambda ctx: "".join(_rng(ctx).choice("abcdefghijklmnopqrstuvwxyz0123456789")
                                                    for _ in range(8)) + "." + "".join(
    _rng(ctx).choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(3)), "static string GetRandomFileName()")
_meth(IOP, "GetInvalidFileNameChars", lambda ctx: TypedArray([P.Char(c) for c in '"<>|\0:*?\\/'] + [
    P.Char(chr(i)) for i in range(1, 32)], _t("char")), "static char[] GetInvalidFileNameChars()")
_meth(IOP, "GetInvalidPathChars", lambda ctx: TypedArray([P.Char(c) for c in '"<>|\0'] + [
    P.Char(chr(i)) for i in range(1, 32)], _t("char")), "static char[] GetInvalidPathChars()")
_prop(IOP, "DirectorySeparatorChar", P.Char("\\"))
_prop(IOP, "AltDirectorySeparatorChar", P.Char("/"))
_prop(IOP, "PathSeparator", P.Char(";"))
_prop(IOP, "VolumeSeparatorChar", P.Char(":"))

# ---------------------------------------------------------------- array and enum


def _array_reverse(ctx, arr, *rest):
    a = base_object(arr)
    if rest:
        i, n = _i(rest[0]), _i(rest[1])
        a[i:i + n] = a[i:i + n][::-1]
    else:
        a.reverse()
    return VOID


def _array_sort(ctx, arr, *rest):
    import functools
    from ems.runtime.operators import ps_compare
    a = base_object(arr)
    a.sort(key=functools.cmp_to_key(lambda x, y: ps_compare(x, y, True, ctx)))
    return VOID


def _array_index_of(ctx, arr, value, *rest):
    from ems.runtime.members import _list_item_equals
    a = base_object(arr)
    start = _i(rest[0]) if rest else 0
    for i in range(start, len(a)):
        if _list_item_equals(a[i], value):
            return i
    return -1


def _create_instance(ctx, t, *lengths):
    from ems.runtime.dotnet.types import array_type  # noqa: F401
    et = base_object(t)
    if not isinstance(et, DotNetType):
        et = resolve_type(_s(et))
    n = _i(lengths[0])
    default = et.default if et.is_value_type else None
    return TypedArray([default] * n, et) if et.full_name != "System.Object" else [None] * n


def _array_exists(ctx, arr, pred):
    return any(C.to_bool(ctx.invoke_scriptblock(pred, args=(x,), dollar_under=x)) for x in base_object(arr))


_meth("System.Array", "Reverse", _array_reverse, "static void Reverse(array array)")
_meth("System.Array", "Sort", _array_sort, "static void Sort(array array)")
_meth("System.Array", "IndexOf", _array_index_of, "static int IndexOf(array array, System.Object value)")
_meth("System.Array", "LastIndexOf", lambda ctx, arr, v: max([i for i, x in enumerate(base_object(arr))
                                                              if __import__("ems.runtime.members", fromlist=["x"])
                                                              ._list_item_equals(x, v)] or [-1]),
      "static int LastIndexOf(array array, System.Object value)")
_meth("System.Array", "CreateInstance", _create_instance, "static array CreateInstance(type elementType, int length)")
_meth("System.Array", "Clear", lambda ctx, arr, i, n: (base_object(arr).__setitem__(
    slice(_i(i), _i(i) + _i(n)), [None] * _i(n)), VOID)[1], "static void Clear(array array, int index, int length)")
_meth("System.Array", "Exists", _array_exists, "static bool Exists[T](T[] array, System.Predicate[T] match)")

_reg_enum = resolve_type("System.Enum")


def _enum_type(t: Any) -> DotNetType:
    tt = base_object(t)
    if not isinstance(tt, DotNetType):
        tt = resolve_type(_s(tt))
    if tt is None or not tt.is_enum:
        raise _err("Type provided must be an Enum.\nParameter name: enumType", "ArgumentException")
    return tt


def _enum_parse(ctx, t, value, *rest):
    tt = _enum_type(t)
    try:
        return C.convert_to(value, tt, ctx)
    except Exception:
        raise _err(f"Requested value '{_s(value)}' was not found.", "ArgumentException") from None


_meth("System.Enum", "GetNames", lambda ctx, t: TypedArray(list(_enum_type(t).enum_class.__members__.keys()),
                                                           _t("string")), "static string[] GetNames(type enumType)")
_meth("System.Enum", "GetValues", lambda ctx, t: list(_enum_type(t).enum_class.__members__.values()),
      "static array GetValues(type enumType)")
_meth("System.Enum", "Parse", _enum_parse, "static System.Object Parse(type enumType, string value), static "
      "System.Object Parse(type enumType, string value, bool ignoreCase)")
_meth("System.Enum", "IsDefined", lambda ctx, t, v: any(
    (m.name.lower() == _s(v).lower()) if isinstance(base_object(v), str) else int(m) == int(base_object(v))
    for m in _enum_type(t).enum_class.__members__.values()), "static bool IsDefined(type enumType, System.Object value)")
_meth("System.Enum", "GetName", lambda ctx, t, v: next((m.name for m in _enum_type(t).enum_class.__members__.values()
                                                        if int(m) == int(base_object(v))), None),
      "static string GetName(type enumType, System.Object value)")
