"""PowerShell's binary and unary operators (about_Operators, about_Comparison_Operators,
about_Arithmetic_Operators): the left operand decides, comparisons ignore case unless
`c`-prefixed, and a collection on the left filters.

    binary(op, left, right, ctx=None)    op names as in ems/lang/ast.py ("+", "eq", "ceq", ...)
    unary(op, operand, ctx=None)         "-", "+", "not", "bnot", "join", "split", ","
"""
from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import enum as _enum
import math
import re
import unicodedata
from functools import lru_cache
from typing import Any, Callable

from ems import primitives as P
from ems.runtime import conversion as C
from ems.runtime.exceptions import (ArgumentException, PSRuntimeException, DivideByZeroException, FormatException, InvalidOperationException, MethodException,
                                    PSInvalidCastException, RuntimeException)
from ems.runtime.psobject import PSObject, base_object
from ems.runtime.dotnet import types as T
from ems.runtime.dotnet.collections import Hashtable, OrderedDictionary
from ems.runtime.dotnet import regex as R
from ems.runtime.wildcard import wildcard_to_regex

Decimal = _decimal.Decimal

# ---------------------------------------------------------------- numeric kinds

K_INT32, K_UINT32, K_INT64, K_UINT64, K_DECIMAL, K_DOUBLE = range(6)
_KIND_RANGE = {
    K_INT32: (P.INT32_MIN, P.INT32_MAX),
    K_UINT32: (0, P.UInt32.max_value),
    K_INT64: (P.Int64.min_value, P.Int64.max_value),
    K_UINT64: (0, P.UInt64.max_value),
}
_KIND_CLASS = {K_INT32: int, K_UINT32: P.UInt32, K_INT64: P.Int64, K_UINT64: P.UInt64}
_KIND_NAME = {K_INT32: "System.Int32", K_UINT32: "System.UInt32", K_INT64: "System.Int64",
              K_UINT64: "System.UInt64", K_DECIMAL: "System.Decimal", K_DOUBLE: "System.Double"}


def _kind(n: Any) -> int:
    cls = type(n)
    if cls is int:
        if P.INT32_MIN <= n <= P.INT32_MAX:
            return K_INT32
        return K_INT64 if P.Int64.min_value <= n <= P.Int64.max_value else K_DOUBLE
    if cls is float or cls is P.Single:
        return K_DOUBLE
    if cls is Decimal:
        return K_DECIMAL
    if cls is P.Int64:
        return K_INT64
    if cls is P.UInt64:
        return K_UINT64
    if cls is P.UInt32:
        return K_UINT32
    return K_INT32  # bool, byte, sbyte, int16, uint16, enums, chars (already ints)


def _common_kind(a: int, b: int) -> int:
    if a == b:
        return a
    if K_DOUBLE in (a, b):
        return K_DOUBLE
    if K_DECIMAL in (a, b):
        return K_DECIMAL
    hi, lo = max(a, b), min(a, b)
    if hi == K_UINT64:
        return K_UINT64 if lo == K_UINT32 else K_DECIMAL
    if hi == K_INT64:
        return K_INT64
    # K_UINT32 with K_INT32
    return K_INT64


def _fit(n: int, kind: int) -> Any:
    """An integer result in `kind`, widening to Double on overflow (as PowerShell does)."""
    lo, hi = _KIND_RANGE[kind]
    if lo <= n <= hi:
        cls = _KIND_CLASS[kind]
        return n if cls is int else cls(n)
    if kind in (K_INT32, K_UINT32) and P.Int64.min_value <= n <= P.Int64.max_value:
        return float(n)
    return float(n)


def _to_dec(x: Any) -> Decimal:
    if isinstance(x, Decimal):
        return x
    if isinstance(x, float):
        return C.double_to_decimal(x)
    return Decimal(int(x))


def _dec_result(d: Decimal) -> Decimal:
    if abs(d) > C.DEC_MAX:
        raise OverflowError("Value was either too large or too small for a Decimal.")
    return d


def _numeric(op: str, a: Any, b: Any) -> Any:
    ka, kb = _kind(a), _kind(b)
    k = _common_kind(ka, kb)
    if k == K_DOUBLE:
        fa, fb = float(a), float(b)
        if op == "+":
            return fa + fb
        if op == "-":
            return fa - fb
        if op == "*":
            return fa * fb
        if op == "/":
            if fb == 0:
                if fa == 0 or fa != fa:
                    return math.nan
                return math.copysign(math.inf, fa) * math.copysign(1.0, fb)
            return fa / fb
        if op == "%":
            if fb == 0 or math.isinf(fa) or fa != fa or fb != fb:
                return math.nan
            return math.fmod(fa, fb)
    if k == K_DECIMAL:
        da, db = _to_dec(a), _to_dec(b)
        with _decimal.localcontext() as lc:
            lc.prec = 29
            if op == "+":
                return _dec_result(da + db)
            if op == "-":
                return _dec_result(da - db)
            if op == "*":
                return _dec_result(da * db)
            if db == 0:
                raise DivideByZeroException("Attempted to divide by zero.")
            if op == "/":
                return _dec_result(da / db)
            if op == "%":
                r = abs(da) % abs(db)
                return r if da >= 0 else -r
    ia, ib = int(a), int(b)
    if op == "+":
        return _fit(ia + ib, k)
    if op == "-":
        return _fit(ia - ib, k)
    if op == "*":
        return _fit(ia * ib, k)
    if ib == 0:
        raise DivideByZeroException("Attempted to divide by zero.")
    if op == "/":
        if ia % ib == 0:
            return _fit(ia // ib if (ia >= 0) == (ib > 0) or ia % ib == 0 else -(-ia // ib), k)
        return ia / ib
    if op == "%":
        r = abs(ia) % abs(ib)
        return _fit(r if ia >= 0 else -r, k)
    raise ValueError(op)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float, Decimal)) and not isinstance(v, _enum.Enum)


def _num_operand(v: Any, ctx: Any, type_name: str = "System.Int32") -> Any:
    """Right operand of arithmetic as a number."""
    return C.to_number(v, ctx, type_name)


def _op_method_error(left: Any, op_name: str) -> MethodException:
    return MethodException(f"Method invocation failed because [{T.type_full_name(left)}] does not contain "
                           f"a method named '{op_name}'.", error_id="MethodNotFound", target=left)


_PY_OPS = {"+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "%": "__mod__"}
_OP_NAMES = {"+": "op_Addition", "-": "op_Subtraction", "*": "op_Multiply", "/": "op_Division",
             "%": "op_Modulus"}


def _is_collection(v: Any) -> bool:
    return isinstance(v, (list, tuple))


def _arith(op: str, left: Any, right: Any, ctx: Any) -> Any:
    left = base_object(left)
    right = base_object(right)
    if left is None:
        if op == "+":
            return right
        if op == "*":
            return None
        if right is None:
            return None
        left = 0
    cls = type(left)
    # hook for model value types (ByteQuantifiedSize...)
    hook = getattr(left, "ps_" + {"+": "add", "-": "sub", "*": "mul", "/": "div", "%": "mod"}[op], None)
    if hook is not None:
        res = hook(right)
        if res is not NotImplemented:
            return res
    if getattr(left, "PS_TYPE_NAMES", None) is not None:
        # a model value type with its own operator (ByteQuantifiedSize + ByteQuantifiedSize)
        dunder = getattr(type(left), _PY_OPS[op], None)
        if dunder is not None:
            try:
                res = dunder(left, right)
            except (TypeError, ValueError):
                res = NotImplemented
            if res is not NotImplemented:
                return res
        raise _op_method_error(left, _OP_NAMES[op])
    if cls is str or cls is P.Char and op == "*" or cls is str:
        if op == "+":
            return left + C.to_string(right, ctx)
        if op == "*":
            n = C.convert_to(right, "System.Int32", ctx)
            if n < 0:
                raise RuntimeException(f'Cannot convert value "{n}" to type "System.UInt32". '
                                       f'Error: "Value was either too large or too small for a UInt32."')
            return left * n
        # "10" - 2: the string is taken as a number
        return _arith(op, _num_operand(left, ctx), right, ctx)
    if _is_collection(left):
        if op == "+":
            if _is_collection(right):
                return list(left) + list(right)
            return list(left) + [right]
        if op == "*":
            n = C.convert_to(right, "System.Int32", ctx)
            return list(left) * max(n, 0)
        raise _op_method_error(left, _OP_NAMES[op])
    if isinstance(left, dict):
        if op == "+":
            if not isinstance(right, dict):
                raise InvalidOperationException("A hash table can only be added to another hash table.",
                                                error_id="AddHashTableToNonHashTable")
            result = type(left)() if isinstance(left, Hashtable) else Hashtable()
            for k, v in left.items():
                result[k] = v
            for k, v in right.items():
                if k in result:
                    raise ArgumentException(
                        f"Item has already been added. Key in dictionary: "
                        f"'{C.to_string(result.real_key(k) if isinstance(result, Hashtable) else k)}'"
                        f"  Key being added: '{C.to_string(k)}'", error_id="System.ArgumentException",
                        category="OperationStopped")
                result[k] = v
            return result
        raise _op_method_error(left, _OP_NAMES[op])
    if isinstance(left, _dt.datetime):
        if op == "+":
            return left + C.convert_to(right, "System.TimeSpan", ctx)
        if op == "-":
            r = right
            if isinstance(r, str):
                try:
                    r = C.convert_to(r, "System.DateTime", ctx)
                except PSInvalidCastException:
                    r = C.convert_to(r, "System.TimeSpan", ctx)
            if isinstance(r, _dt.datetime):
                return left - r
            return left - C.convert_to(r, "System.TimeSpan", ctx)
        raise _op_method_error(left, _OP_NAMES[op])
    if isinstance(left, _dt.timedelta):
        if op in "+-":
            r = C.convert_to(right, "System.TimeSpan", ctx)
            return left + r if op == "+" else left - r
        raise _op_method_error(left, _OP_NAMES[op])
    if cls is bool or isinstance(left, (_enum.Enum, T.SwitchParameter)) or cls is P.Char:
        left = C.to_number(left)
    if _is_number(left):
        tn = C.T.type_full_name(left)
        r = right
        if not _is_number(r) or isinstance(r, _enum.Enum):
            if isinstance(r, (list, tuple)) and len(r) != 1:
                raise C.cast_error(r, tn)
            r = _num_operand(r, ctx, tn)
        try:
            return _numeric(op, left, r)
        except OverflowError as e:
            raise RuntimeException(str(e), error_id="System.OverflowException") from None
    raise _op_method_error(left, _OP_NAMES[op])


# ---------------------------------------------------------------- comparison

def _casefold(s: str) -> str:
    return s.lower()


@lru_cache(maxsize=8192)
def _primary_key(s: str) -> tuple:
    """Primary weights of en-US culture ordering (an approximation of Windows' NLS sort):
    white space < punctuation and symbols < digits < letters; letters alphabetically,
    ignoring case and accents."""
    out = []
    for ch in s:
        if ch.isalpha():
            base = unicodedata.normalize("NFD", ch)[0].lower()
            out.append((3, base))
        elif ch.isdigit():
            out.append((2, ch))
        elif ch.isspace():
            out.append((0, ch))
        else:
            out.append((1, ch))
    return tuple(out)


def _culture_key(s: str, case_sensitive: bool) -> tuple:
    """Sort key for culture-sensitive comparison: primary weights first, then accents,
    then (when case-sensitive) case, lower case before upper case as in en-US."""
    if not case_sensitive:
        return (_primary_key(s), s.lower())
    return (_primary_key(s), s.lower(), tuple(0 if ch.islower() or not ch.isalpha() else 1 for ch in s))


def compare_strings(a: str, b: str, case_sensitive: bool = False) -> int:
    """String.Compare under en-US: negative, zero or positive."""
    if a == b:
        return 0
    if not case_sensitive and a.lower() == b.lower():
        return 0
    ka, kb = _culture_key(a, case_sensitive), _culture_key(b, case_sensitive)
    return (ka > kb) - (ka < kb)


class _NoConversion(Exception):
    pass


def _convert_right(left: Any, right: Any, ctx: Any) -> Any:
    """The right operand converted to the left's type (raises _NoConversion)."""
    t = T.type_of(left)
    try:
        return C.convert_to(right, t, ctx)
    except PSInvalidCastException as e:
        raise _NoConversion(e) from None
    except RuntimeException as e:
        raise _NoConversion(e) from None


def ps_equals(left: Any, right: Any, case_sensitive: bool = False, ctx: Any = None) -> bool:
    """LanguagePrimitives.Equals for scalar `left` (the left operand decides)."""
    left = base_object(left)
    right = base_object(right)
    if left is None:
        return right is None
    if right is None:
        return False
    cls = type(left)
    if cls is str or cls is P.Char:
        if isinstance(right, str):
            rs = right
        else:
            rs = C.to_string(right, ctx)
        if case_sensitive:
            return left == rs
        return left == rs or left.lower() == rs.lower()
    if cls is bool:
        return left == C.to_bool(right)
    if isinstance(left, _enum.Enum):
        if isinstance(right, _enum.Enum) and type(right) is type(left):
            return left == right
        try:
            return left == _convert_right(left, right, ctx)
        except _NoConversion:
            return False
    if _is_number(left):
        r = right
        if not _is_number(r) or type(r) is bool:
            if isinstance(r, str):
                try:
                    r = C.parse_number(r) if r.strip() else None
                except ValueError:
                    return False
                if r is None:
                    return False
            elif isinstance(r, (bool, _enum.Enum)) or type(r) is P.Char:
                r = C.to_number(r)
            elif isinstance(r, (list, tuple)) and len(r) == 1:
                return ps_equals(left, r[0], case_sensitive, ctx)
            else:
                return False
        if isinstance(left, Decimal) or isinstance(r, Decimal):
            if isinstance(left, float) or isinstance(r, float):
                return float(left) == float(r)
            return Decimal(left) == Decimal(r)
        return left == r
    if isinstance(left, (_dt.datetime, _dt.timedelta, T.Version)) or type(left).__name__ == "UUID":
        if type(right) is type(left):
            return left == right
        try:
            return left == _convert_right(left, right, ctx)
        except _NoConversion:
            return False
    hook = getattr(left, "ps_equals", None)
    if hook is not None:
        return bool(hook(right))
    if left is right:
        return True
    if isinstance(left, (list, dict, PSObject)):
        return False
    # a model value type with its own equality (ByteQuantifiedSize == 1GB, == "1 GB")
    if type(left).__eq__ is not object.__eq__:
        try:
            r = left.__eq__(right)
        except Exception:
            r = NotImplemented
        if r is not NotImplemented:
            return bool(r)
    if isinstance(right, str) and getattr(left, "PS_TYPE_NAMES", None):
        # model objects compare to a string by their string form (as deserialized objects do)
        ls = C.to_string(left, ctx)
        return ls == right if case_sensitive else ls.lower() == right.lower()
    if isinstance(left, (list, dict, PSObject)):
        return False
    try:
        return bool(left == right)
    except Exception:
        return False


def _compare_error(left: Any, right: Any, inner: str) -> RuntimeException:
    return RuntimeException(f'Could not compare "{C.to_string(left)}" to "{C.to_string(right)}". '
                            f'Error: "{inner}"', error_id="ComparisonFailure", category="InvalidOperation")


def ps_compare(left: Any, right: Any, case_sensitive: bool = False, ctx: Any = None) -> int:
    """LanguagePrimitives.Compare: negative, zero or positive. Raises on incomparable values."""
    left = base_object(left)
    right = base_object(right)
    if left is None:
        if right is None:
            return 0
        return -1  # $null sorts before any value
    if right is None:
        return 1
    cls = type(left)
    if cls is str or cls is P.Char:
        rs = right if isinstance(right, str) else C.to_string(right, ctx)
        return compare_strings(str.__str__(left), rs, case_sensitive)
    if cls is bool:
        rb = C.to_bool(right)
        return (left > rb) - (left < rb)
    if isinstance(left, _enum.Enum) or _is_number(left):
        lnum = int(left) if isinstance(left, _enum.Enum) else left
        r = right
        if isinstance(r, _enum.Enum) or type(r) is bool or type(r) is P.Char:
            r = C.to_number(r)
        elif not _is_number(r):
            if isinstance(left, _enum.Enum):
                try:
                    r = int(_convert_right(left, r, ctx))
                except _NoConversion as e:
                    raise _compare_error(left, right, str(e.args[0])) from None
            else:
                try:
                    r = C.to_number(r, ctx, T.type_full_name(left))
                except PSInvalidCastException as e:
                    raise _compare_error(left, right, str(e)) from None
        if isinstance(lnum, Decimal) != isinstance(r, Decimal) and (isinstance(lnum, float) or isinstance(r, float)):
            lnum, r = float(lnum), float(r)
        return (lnum > r) - (lnum < r)
    if isinstance(left, (_dt.datetime, _dt.timedelta, T.Version)):
        r = right
        if type(r) is not type(left):
            try:
                r = _convert_right(left, right, ctx)
            except _NoConversion as e:
                raise _compare_error(left, right, str(e.args[0])) from None
        return (left > r) - (left < r)
    hook = getattr(left, "ps_compare", None)
    if hook is not None:
        return int(hook(right))
    # IComparable model values: their CompareTo, else Python ordering
    cmp = getattr(left, "CompareTo", None)
    if cmp is not None and callable(cmp):
        try:
            return int(cmp(right))
        except PSRuntimeException:
            raise
        except Exception as e:
            raise _compare_error(left, right, str(getattr(e, "message", e))) from None
    if type(left).__lt__ is not object.__lt__:
        try:
            if left < right:
                return -1
            return 0 if left == right else 1
        except Exception as e:
            raise _compare_error(left, right, str(getattr(e, "message", e))) from None
    raise RuntimeException(f'Cannot compare "{C.to_string(left, ctx)}" because it is not IComparable.',
                           error_id="NotIcomparable", category="InvalidOperation")


def _filter_or_scalar(left: Any, pred: Callable[[Any], bool]) -> Any:
    bl = base_object(left)
    if _is_collection(bl):
        return [x for x in bl if pred(x)]
    return pred(left)


def _cmp_op(name: str) -> Callable:
    cs = name.startswith("c")
    base = name[1:] if cs else name

    if base == "eq":
        def f(l, r, ctx):
            return _filter_or_scalar(l, lambda x: ps_equals(x, r, cs, ctx))
    elif base == "ne":
        def f(l, r, ctx):
            return _filter_or_scalar(l, lambda x: not ps_equals(x, r, cs, ctx))
    else:
        test = {"lt": lambda c: c < 0, "le": lambda c: c <= 0, "gt": lambda c: c > 0, "ge": lambda c: c >= 0}[base]

        def f(l, r, ctx):
            def pred(x: Any) -> bool:
                if x is None and r is not None and base in ("lt", "le", "gt", "ge"):
                    # $null sorts before everything
                    return test(-1)
                return test(ps_compare(x, r, cs, ctx))
            return _filter_or_scalar(l, pred)
    return f


# ---------------------------------------------------------------- like / match / replace / split

def _like(cs: bool, negate: bool):
    def f(l, r, ctx):
        pat = C.to_string(r, ctx)
        rx = wildcard_to_regex(pat, cs)

        def pred(x: Any) -> bool:
            return (rx.match(C.to_string(x, ctx)) is not None) != negate
        return _filter_or_scalar(l, pred)
    return f


def _net_regex(pattern: Any, cs: bool, ctx: Any) -> "re.Pattern[str]":
    if isinstance(pattern, R.Regex):
        return pattern.compiled
    text = C.to_string(pattern, ctx)
    try:
        return R.compile_net(text, 0 if cs else re.IGNORECASE)
    except R.RegexParseError as e:
        raise RuntimeException(f'The regular expression pattern {text} is not valid.',
                               error_id="InvalidRegularExpression", category="InvalidOperation",
                               target=text) from None


def _set_matches(ctx: Any, value: Any) -> None:
    if ctx is not None:
        try:
            ctx.set_variable("matches", value)
        except Exception:
            pass


def _match(cs: bool, negate: bool):
    def f(l, r, ctx):
        rx = _net_regex(r, cs, ctx)
        bl = base_object(l)
        if _is_collection(bl):
            return [x for x in bl if (rx.search(C.to_string(x, ctx)) is not None) != negate]
        m = rx.search(C.to_string(bl, ctx))
        if m is not None:
            _set_matches(ctx, R.matches_table(rx, m))
        return (m is not None) != negate
    return f


def _replace(cs: bool):
    def f(l, r, ctx):
        br = base_object(r)
        if _is_collection(br):
            if len(br) > 2 or len(br) == 0:
                raise RuntimeException(
                    "The -replace operator allows only two elements to follow it, not " + str(len(br)) + ".",
                    error_id="BadReplaceArgument", category="InvalidOperation")
            pattern = br[0]
            repl = C.to_string(br[1], ctx) if len(br) > 1 else ""
        else:
            pattern, repl = br, ""
        rx = _net_regex(pattern, cs, ctx)
        bl = base_object(l)
        if _is_collection(bl):
            return [R.replace(rx, C.to_string(x, ctx), repl) for x in bl]
        return R.replace(rx, C.to_string(bl, ctx), repl)
    return f


_SPLIT_OPTS = {"simplematch": 1, "regexmatch": 2, "cultureinvariant": 4, "ignorepatternwhitespace": 8,
               "multiline": 16, "singleline": 32, "ignorecase": 64, "explicitcapture": 128}


def _split_options(v: Any, ctx: Any) -> set[str]:
    if v is None:
        return set()
    if isinstance(v, (list, tuple)):
        out: set[str] = set()
        for x in v:
            out |= _split_options(x, ctx)
        return out
    s = C.to_string(v, ctx)
    out = set()
    for part in s.split(","):
        p = part.strip().lower()
        if not p:
            continue
        if p not in _SPLIT_OPTS:
            raise C.cast_error(s, "System.Management.Automation.SplitOptions",
                               f"Unable to match the identifier name {part.strip()} to a valid enumerator name. "
                               "Specify one of the following enumerator names and try again: SimpleMatch, "
                               "RegexMatch, CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, "
                               "IgnoreCase, ExplicitCapture")
        out.add(p)
    return out


def _split_one(text: str, rx: "re.Pattern[str] | None", maxn: int, sb: Any, ctx: Any) -> list:
    if sb is not None:
        # script block delimiter: $_ is each character, $args[0] the position
        parts, cur = [], []
        for i, ch in enumerate(text):
            if maxn > 0 and len(parts) == maxn - 1:
                cur.append(text[i:])
                break
            res = ctx.invoke_scriptblock(sb, args=(ch, i), dollar_under=P.Char(ch))
            if C.to_bool(res):
                parts.append("".join(cur))
                cur = []
            else:
                cur.append(ch)
        parts.append("".join(cur))
        return parts
    return R.split(rx, text, maxn - 1 if maxn > 0 else 0)


def _split(cs: bool):
    def f(l, r, ctx):
        br = base_object(r)
        args = list(br) if _is_collection(br) else [br]
        if not args or len(args) > 3:
            raise RuntimeException("Only 3 operands can be specified after the -split operator.",
                                   error_id="BadOperatorArgument")
        delim = base_object(args[0])
        maxn = C.convert_to(args[1], "System.Int32", ctx) if len(args) > 1 else 0
        opts = _split_options(args[2], ctx) if len(args) > 2 else set()
        sb = delim if type(delim).__name__ == "ScriptBlock" else None
        rx = None
        if sb is None:
            pat = C.to_string(delim, ctx)
            if "simplematch" in opts:
                pat = re.escape(pat)
                flags = 0 if (cs and "ignorecase" not in opts) else re.IGNORECASE
                rx = re.compile(pat, flags)
            else:
                flags = 0 if (cs and "ignorecase" not in opts) else re.IGNORECASE
                if "multiline" in opts:
                    flags |= re.MULTILINE
                if "singleline" in opts:
                    flags |= re.DOTALL
                if "ignorepatternwhitespace" in opts:
                    flags |= re.VERBOSE
                try:
                    rx = R.compile_net(pat, flags)
                except R.RegexParseError:
                    raise RuntimeException(f'The regular expression pattern {pat} is not valid.',
                                           error_id="InvalidRegularExpression") from None
        bl = base_object(l)
        items = bl if _is_collection(bl) else [bl]
        out: list = []
        for x in items:
            out.extend(_split_one(C.to_string(x, ctx), rx, maxn, sb, ctx))
        return _string_array(out)
    return f


def _string_array(items: list) -> Any:
    from ems.runtime.dotnet.collections import TypedArray
    return TypedArray(items, T.resolve_type("System.String"))


def _join(l, r, ctx):
    sep = C.to_string(r, ctx)
    bl = base_object(l)
    if _is_collection(bl):
        return sep.join(C.element_to_string(x, ctx) if not isinstance(base_object(x), list)
                        else C.element_to_string(base_object(x), ctx) for x in bl)
    return C.to_string(bl, ctx)


# ---------------------------------------------------------------- containment, types


def _contains(cs: bool, negate: bool, reverse: bool):
    def f(l, r, ctx):
        coll, item = (r, l) if reverse else (l, r)
        bc = base_object(coll)
        seq = bc if _is_collection(bc) else [bc]
        found = any(ps_equals(x, item, cs, ctx) for x in seq)
        return found != negate
    return f


def _type_operand(r: Any) -> T.DotNetType:
    br = base_object(r)
    if isinstance(br, T.DotNetType):
        return br
    name = C.to_string(br)
    t = T.resolve_type(name)
    if t is None:
        raise RuntimeException(f"Unable to find type [{name}].", error_id="TypeNotFound",
                               category="InvalidOperation", target=name)
    return t


def _is(negate: bool):
    def f(l, r, ctx):
        br = base_object(r)
        if isinstance(br, str) and T.resolve_type(br) is None:
            # a type name nobody registered: match it against the value's PS_TYPE_NAMES
            names = getattr(base_object(l), "PS_TYPE_NAMES", None)
            if isinstance(names, (tuple, list)):
                return any(n.lower() == br.lower() for n in names) != negate
        t = _type_operand(r)
        v = l
        if type(v) is PSObject and v.base is not None and t.full_name not in (
                "System.Management.Automation.PSObject",):
            v = v.base
        return t.is_instance(v) != negate
    return f


def _as(l, r, ctx):
    t = _type_operand(r)
    if l is None:
        return None
    try:
        res = C.convert_to(l, t, ctx)
    except Exception:
        return None
    return res


# ---------------------------------------------------------------- bitwise, logical, range, format


def _int_operand(v: Any, ctx: Any) -> int:
    v = base_object(v)
    if isinstance(v, float) and (v != v or v in (math.inf, -math.inf)):
        raise C.cast_error(v, "System.Int64", "Value was either too large or too small for an Int64.")
    if isinstance(v, _enum.Enum):
        return int(v)
    if v is None:
        return 0
    if isinstance(v, float) or isinstance(v, Decimal):
        return C.bankers_round(v)
    n = C.to_number(v, ctx)
    if isinstance(n, (float, Decimal)):
        return C.bankers_round(n)
    return int(n)


def _bitwise(op: str):
    def f(l, r, ctx):
        bl = base_object(l)
        a, b = _int_operand(bl, ctx), _int_operand(r, ctx)
        if op == "band":
            res = a & b
        elif op == "bor":
            res = a | b
        else:
            res = a ^ b
        if isinstance(bl, _enum.Enum) and isinstance(base_object(r), type(bl)):
            try:
                return type(bl)(res)
            except ValueError:
                pass
        k = _common_kind(_kind(a), _kind(b))
        if k in (K_DOUBLE, K_DECIMAL):
            k = K_INT64
        return _fit_wrap(res, k)
    return f


def _fit_wrap(n: int, kind: int) -> Any:
    lo, hi = _KIND_RANGE[kind]
    span = hi - lo + 1
    n = (n - lo) % span + lo
    cls = _KIND_CLASS[kind]
    return n if cls is int else cls(n)


def _shift(left: bool):
    def f(l, r, ctx):
        a = _int_operand(l, ctx)
        b = _int_operand(r, ctx)
        k = _kind(a) if not isinstance(base_object(l), (P.Int64, P.UInt64, P.UInt32)) else _kind(base_object(l))
        if k in (K_DOUBLE, K_DECIMAL):
            k = K_INT64
        bits = 63 if k in (K_INT64, K_UINT64) else 31
        b &= bits
        if left:
            return _fit_wrap(a << b, k)
        return _fit_wrap(a >> b, k)
    return f


def _range(l, r, ctx):
    a = C.convert_to(l, "System.Int32", ctx)
    b = C.convert_to(r, "System.Int32", ctx)
    if abs(b - a) > 50_000_000:
        raise RuntimeException("The range operator can produce at most 50,000,000 elements.")
    if a <= b:
        return list(range(a, b + 1))
    return list(range(a, b - 1, -1))


def _format(l, r, ctx):
    from ems.runtime import composite_format as F
    fmt = C.to_string(l, ctx)
    br = base_object(r)
    args = list(br) if _is_collection(br) else [r]
    try:
        return F.format(fmt, args, ctx)
    except FormatException as e:
        raise RuntimeException(f"Error formatting a string: {e.message}.", error_id="FormatError",
                               category="InvalidOperation", target=fmt) from None


def _and(l, r, ctx):
    return C.to_bool(l) and C.to_bool(r)


def _or(l, r, ctx):
    return C.to_bool(l) or C.to_bool(r)


def _xor(l, r, ctx):
    return C.to_bool(l) != C.to_bool(r)


_BINARY: dict[str, Callable[[Any, Any, Any], Any]] = {
    "+": lambda l, r, c: _arith("+", l, r, c),
    "-": lambda l, r, c: _arith("-", l, r, c),
    "*": lambda l, r, c: _arith("*", l, r, c),
    "/": lambda l, r, c: _arith("/", l, r, c),
    "%": lambda l, r, c: _arith("%", l, r, c),
    "..": _range,
    "f": _format,
    "join": _join,
    "is": _is(False),
    "isnot": _is(True),
    "as": _as,
    "band": _bitwise("band"),
    "bor": _bitwise("bor"),
    "bxor": _bitwise("bxor"),
    "shl": _shift(True),
    "shr": _shift(False),
    "and": _and,
    "or": _or,
    "xor": _xor,
}
for _cs in ("", "c"):
    for _b in ("eq", "ne", "lt", "le", "gt", "ge"):
        _BINARY[_cs + _b] = _cmp_op(_cs + _b)
    _BINARY[_cs + "like"] = _like(_cs == "c", False)
    _BINARY[_cs + "notlike"] = _like(_cs == "c", True)
    _BINARY[_cs + "match"] = _match(_cs == "c", False)
    _BINARY[_cs + "notmatch"] = _match(_cs == "c", True)
    _BINARY[_cs + "replace"] = _replace(_cs == "c")
    _BINARY[_cs + "split"] = _split(_cs == "c")
    _BINARY[_cs + "contains"] = _contains(_cs == "c", False, False)
    _BINARY[_cs + "notcontains"] = _contains(_cs == "c", True, False)
    _BINARY[_cs + "in"] = _contains(_cs == "c", False, True)
    _BINARY[_cs + "notin"] = _contains(_cs == "c", True, True)
# explicit case-insensitive spellings, in case a caller keeps the "i"
for _k in list(_BINARY):
    if _k[0].isalpha() and not _k.startswith("c") and _k not in ("is", "isnot", "as", "and", "or", "xor", "band",
                                                                  "bor", "bxor", "shl", "shr", "f", "join"):
        _BINARY["i" + _k] = _BINARY[_k]
_BINARY["ijoin"] = _join


_I32_MIN, _I32_MAX = P.INT32_MIN, P.INT32_MAX


# Fast paths for the common cases (both operands plain Int32, both Double, both String);
# they must agree exactly with the general rules below.
def _div32i(a: int, b: int) -> Any:
    if b == 0:
        raise DivideByZeroException("Attempted to divide by zero.")
    if a % b == 0:
        return _fit32i(a // b)
    return a / b


def _mod32i(a: int, b: int) -> int:
    if b == 0:
        raise DivideByZeroException("Attempted to divide by zero.")
    r = abs(a) % abs(b)
    return r if a >= 0 else -r


_INT_FAST: dict[str, Callable[[int, int], Any]] = {
    "+": lambda a, b: _fit32i(a + b), "-": lambda a, b: _fit32i(a - b), "*": lambda a, b: _fit32i(a * b),
    "/": _div32i, "%": _mod32i,
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b, "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b,
    "ceq": lambda a, b: a == b, "cne": lambda a, b: a != b, "clt": lambda a, b: a < b, "cle": lambda a, b: a <= b,
    "cgt": lambda a, b: a > b, "cge": lambda a, b: a >= b,
}
_FLOAT_FAST: dict[str, Callable[[float, float], Any]] = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b, "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b,
}
_MIXED_FAST = {op: _FLOAT_FAST[op] for op in ("+", "-", "*")}
_STR_FAST: dict[str, Callable[[str, str], Any]] = {
    "+": lambda a, b: a + b,
    "eq": lambda a, b: a == b or a.lower() == b.lower(), "ne": lambda a, b: not (a == b or a.lower() == b.lower()),
    "ceq": lambda a, b: a == b, "cne": lambda a, b: a != b,
}


def _fit32i(r: int) -> Any:
    if _I32_MIN <= r <= _I32_MAX:
        return r
    return float(r)


def binary(op: str, left: Any, right: Any, ctx: Any = None) -> Any:
    """Apply a binary operator (canonical name as in ems/lang/ast.py)."""
    tl = type(left)
    if tl is type(right):
        if tl is int:
            fast = _INT_FAST.get(op)
            if fast is not None and _I32_MIN <= left <= _I32_MAX and _I32_MIN <= right <= _I32_MAX:
                return fast(left, right)
        elif tl is float:
            fast = _FLOAT_FAST.get(op)
            if fast is not None:
                return fast(left, right)
        elif tl is str:
            fast = _STR_FAST.get(op)
            if fast is not None:
                return fast(left, right)
    elif (tl is float and type(right) is int) or (tl is int and type(right) is float):
        # a Double with an integer: Double arithmetic (`$sum += $i` once $sum has widened)
        fast = _MIXED_FAST.get(op)
        if fast is not None:
            return fast(float(left), float(right))
    f = _BINARY.get(op)
    if f is None:
        f = _BINARY.get(op.lower().lstrip("-"))
        if f is None:
            raise RuntimeException(f"The operator '{op}' is not supported.", error_id="OperatorNotSupported")
    try:
        return f(left, right, ctx)
    except PSInvalidCastException as e:
        raise as_runtime_exception(e) from None


def as_runtime_exception(e: PSInvalidCastException) -> RuntimeException:
    """A conversion failure inside an expression surfaces as a RuntimeException (same message,
    FullyQualifiedErrorId and category), with the cast exception as its inner exception."""
    return RuntimeException(e.message, error_id=e.error_id, category=e.category, target=e.target, inner=e)


# ---------------------------------------------------------------- unary


def _negate(v: Any, ctx: Any) -> Any:
    v = base_object(v)
    if isinstance(v, _dt.timedelta):
        return -v
    n = C.to_number(v, ctx)
    if isinstance(n, (float, Decimal)):
        return -n
    return _numeric("*", n, -1) if _kind(n) != K_UINT64 else -float(n)


def unary(op: str, operand: Any, ctx: Any = None) -> Any:
    try:
        return _unary(op, operand, ctx)
    except PSInvalidCastException as e:
        raise as_runtime_exception(e) from None


def _unary(op: str, operand: Any, ctx: Any = None) -> Any:
    if op == "-":
        return _negate(operand, ctx)
    if op == "+":
        v = base_object(operand)
        if isinstance(v, (_dt.timedelta,)):
            return v
        return C.to_number(v, ctx)
    if op in ("not", "!"):
        return not C.to_bool(operand)
    if op == "bnot":
        v = base_object(operand)
        n = _int_operand(v, ctx)
        k = _kind(v) if isinstance(v, (P.Int64, P.UInt64, P.UInt32)) else _kind(n)
        if k in (K_DOUBLE, K_DECIMAL):
            k = K_INT64
        return _fit_wrap(~n, k)
    if op == "join":
        return _join(operand, "", ctx)
    if op == "split":
        bl = base_object(operand)
        items = bl if _is_collection(bl) else [bl]
        out: list = []
        for x in items:
            s = C.to_string(x, ctx).strip()
            out.extend(re.split(r"\s+", s) if s else [""])
        return _string_array(out)
    if op == ",":
        return [operand]
    if op in ("++", "post++"):
        return binary("+", operand, 1, ctx)
    if op in ("--", "post--"):
        return binary("-", operand, 1, ctx)
    raise RuntimeException(f"The operator '{op}' is not supported.", error_id="OperatorNotSupported")
