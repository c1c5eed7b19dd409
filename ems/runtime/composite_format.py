""".NET composite formatting: the `-f` operator, [string]::Format, ToString(format).

Culture: en-US as on .NET Framework (Windows PowerShell 5.1): "N2" 1,234.57, "C" $1,234.57
and ($1.00) for negatives, "P" 12.50 %, dates "M/d/yyyy h:mm:ss tt".
Numbers format the way .NET Framework does: doubles are first reduced to 15 significant
digits, then rounded half away from zero.
"""
from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import enum as _enum
import math
import re
import uuid as _uuid
from typing import Any

_pyformat = format  # the builtin; this module defines its own `format`

from ems import primitives as P
from ems.runtime import conversion as C
from ems.runtime.exceptions import FormatException
from ems.runtime.psobject import PSObject, base_object

Decimal = _decimal.Decimal

BAD_FORMAT = "Input string was not in a correct format."
BAD_INDEX = "Index (zero based) must be greater than or equal to zero and less than the size of the argument list."

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

# ---------------------------------------------------------------- composite format


def _doubled(fmt: str, k: int) -> bool:
    """'{{' and '}}' stand for one literal brace."""
    return k + 1 < len(fmt) and fmt[k + 1] == fmt[k]


def _skip_spaces(fmt: str, k: int) -> int:
    while k < len(fmt) and fmt[k] == " ":
        k += 1
    return k


def format(fmt: str, args: list, ctx: Any = None) -> str:
    """String.Format(fmt, args). Raises FormatException with .NET's messages."""
    out: list[str] = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c in "{}" and _doubled(fmt, i):
            out.append(c)
            i += 2
            continue
        if c == "{":
            j = i + 1
            # index
            k = j
            while k < n and fmt[k].isdigit():
                k += 1
            if k == j:
                raise FormatException(BAD_FORMAT)
            index = int(fmt[j:k])
            k = _skip_spaces(fmt, k)
            align = 0
            if k < n and fmt[k] == ",":
                k += 1
                k = _skip_spaces(fmt, k)
                m = re.match(r"-?\d+", fmt[k:])
                if not m:
                    raise FormatException(BAD_FORMAT)
                align = int(m.group(0))
                k += len(m.group(0))
                k = _skip_spaces(fmt, k)
            spec = None
            if k < n and fmt[k] == ":":
                k += 1
                buf = []
                while k < n:
                    ch = fmt[k]
                    if ch in "{}" and _doubled(fmt, k):
                        buf.append(ch)
                        k += 2
                        continue
                    if ch == "}":
                        break
                    if ch == "{":
                        raise FormatException(BAD_FORMAT)
                    buf.append(ch)
                    k += 1
                spec = "".join(buf)
            if k >= n or fmt[k] != "}":
                raise FormatException(BAD_FORMAT)
            if index >= len(args):
                raise FormatException(BAD_INDEX)
            text = format_arg(args[index], spec, ctx)
            if align > 0:
                text = text.rjust(align)
            elif align < 0:
                text = text.ljust(-align)
            out.append(text)
            i = k + 1
            continue
        if c == "}":
            raise FormatException(BAD_FORMAT)
        out.append(c)
        i += 1
    return "".join(out)


def format_arg(value: Any, spec: str | None, ctx: Any = None) -> str:
    v = base_object(value)
    if spec:
        if isinstance(v, _enum.Enum):
            return format_enum(v, spec)
        if isinstance(v, (int, float, Decimal, _dt.datetime, _dt.timedelta)) and not isinstance(v, bool):
            return format_value(v, spec, ctx)
        if isinstance(v, _uuid.UUID):
            return format_guid(v, spec)
        hook = getattr(v, "ps_format", None)
        if hook is not None:
            return hook(spec)
    return to_current_culture_string(value, ctx)


def to_current_culture_string(value: Any, ctx: Any = None) -> str:
    """The .NET ToString() of a value under en-US (what `-f` and `.ToString()` show)."""
    v = base_object(value)
    if v is None:
        return ""
    if isinstance(v, _dt.datetime):
        return format_datetime(v, "G")
    if isinstance(v, (list, tuple, dict)):
        from ems.runtime.dotnet.types import type_full_name
        return type_full_name(v)
    if type(value) is PSObject and value.base is None:
        return C.to_string(value, ctx)
    return C.element_to_string(v, ctx)


def format_enum(v: Any, spec: str) -> str:
    s = spec.strip().upper()
    if s in ("G", "F"):
        return C.element_to_string(v)
    if s == "D":
        return str(int(v))
    if s == "X":
        return _pyformat(int(v) & 0xFFFFFFFF, "08X")
    raise FormatException("Format String can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".")


def format_guid(g: _uuid.UUID, spec: str) -> str:
    s = (spec or "D").upper()
    d = str(g)
    if s == "D":
        return d
    if s == "N":
        return g.hex
    if s == "B":
        return "{" + d + "}"
    if s == "P":
        return "(" + d + ")"
    if s == "X":
        h = g.hex
        return ("{0x%s,0x%s,0x%s,{%s}}" % (h[0:8], h[8:12], h[12:16],
                                          ",".join("0x" + h[i:i + 2] for i in range(16, 32, 2))))
    raise FormatException('Format String can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".')


def format_value(v: Any, spec: str | None, ctx: Any = None) -> str:
    """`v.ToString(spec)` for numbers, dates and time spans (en-US)."""
    if isinstance(v, _dt.datetime):
        return format_datetime(v, spec or "G")
    if isinstance(v, _dt.timedelta):
        return format_timespan(v, spec or "c")
    if spec is None or spec == "":
        return to_current_culture_string(v, ctx)
    return format_number(v, spec)


# ---------------------------------------------------------------- numbers


def _is_integer(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _type_bits(v: Any) -> int:
    cls = type(v)
    if cls in (P.Int64, P.UInt64):
        return 64
    if cls in (P.Byte, P.SByte):
        return 8
    if cls in (P.Int16, P.UInt16):
        return 16
    if cls is int and not (P.INT32_MIN <= v <= P.INT32_MAX):
        return 64
    return 32


def _to_decimal_exact(v: Any) -> Decimal:
    """A number as Decimal, doubles reduced to 15 (Single: 7) significant digits as .NET Framework does."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, float):
        digits = 7 if type(v) is P.Single else 15
        return Decimal(_pyformat(v, f".{digits - 1}e"))
    return Decimal(int(v))


def _round_half_away(d: Decimal, places: int) -> Decimal:
    q = Decimal(1).scaleb(-places)
    with _decimal.localcontext() as lc:
        lc.prec = 60
        return d.quantize(q, rounding=_decimal.ROUND_HALF_UP)


def _group(int_digits: str, sep: str = ",") -> str:
    out = []
    while len(int_digits) > 3:
        out.insert(0, int_digits[-3:])
        int_digits = int_digits[:-3]
    out.insert(0, int_digits)
    return sep.join(out)


def _fixed(d: Decimal, places: int, grouping: bool) -> tuple[bool, str]:
    r = _round_half_away(d, places)
    neg = r < 0
    r = abs(r)
    s = _pyformat(r, "f")
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    fp = (fp + "0" * places)[:places]
    if grouping:
        ip = _group(ip)
    text = ip + ("." + fp if places > 0 else "")
    if neg and set(ip + fp) <= {"0", ","}:
        neg = False
    return neg, text


def format_number(v: Any, spec: str) -> str:
    if isinstance(v, float) and (v != v or v in (math.inf, -math.inf)):
        return "NaN" if v != v else ("Infinity" if v > 0 else "-Infinity")
    m = re.fullmatch(r"([A-Za-z])(\d{1,2})?", spec.strip()) if spec.strip() == spec else None
    if m and spec[0].upper() in "CDEFGNPRX":
        return _standard_number(v, spec[0], int(m.group(2)) if m.group(2) is not None else None)
    if re.fullmatch(r"[A-Za-z]\d*", spec) and len(spec) <= 3:
        raise FormatException("Format specifier was invalid.")
    return _custom_number(v, spec)


def _standard_number(v: Any, f: str, prec: int | None) -> str:
    F = f.upper()
    if F == "D":
        if not _is_integer(v):
            raise FormatException("Format specifier was invalid.")
        n = int(v)
        digits = str(abs(n)).rjust(prec or 1, "0")
        return ("-" if n < 0 else "") + digits
    if F == "X":
        if not _is_integer(v):
            raise FormatException("Format specifier was invalid.")
        n = int(v)
        if n < 0:
            n &= (1 << _type_bits(v)) - 1
        s = _pyformat(n, "X" if f == "X" else "x")
        return s.rjust(prec or 1, "0")
    d = _to_decimal_exact(v)
    if F == "F":
        neg, text = _fixed(d, 2 if prec is None else prec, False)
        return ("-" if neg else "") + text
    if F == "N":
        neg, text = _fixed(d, 2 if prec is None else prec, True)
        return ("-" if neg else "") + text
    if F == "P":
        neg, text = _fixed(d * 100, 2 if prec is None else prec, True)
        return ("-" if neg else "") + text + " %"
    if F == "C":
        neg, text = _fixed(d, 2 if prec is None else prec, True)
        return f"(${text})" if neg else f"${text}"
    if F == "E":
        return _exponential(d, 6 if prec is None else prec, f)
    if F == "G":
        if prec is None or prec == 0:
            if isinstance(v, float):
                return C.format_double(v, 7 if type(v) is P.Single else 15)
            if isinstance(v, Decimal):
                return C.format_decimal(v)
            return str(int(v))
        return _general(d, prec, "E" if f == "G" else "e")
    if F == "R":
        if isinstance(v, float):
            r = repr(float(v))
            if "e" in r:
                mant, exp = r.split("e")
                sign = "-" if exp.startswith("-") else "+"
                r = f"{mant.rstrip('0').rstrip('.') if '.' in mant else mant}E{sign}{exp.lstrip('+-').rjust(2, '0')}"
            elif r.endswith(".0"):
                r = r[:-2]
            return r
        if _is_integer(v):
            return str(int(v))
        raise FormatException("Format specifier was invalid.")
    raise FormatException("Format specifier was invalid.")


def _exponential(d: Decimal, prec: int, f: str) -> str:
    if d == 0:
        mant = "0" + ("." + "0" * prec if prec else "")
        return f"{mant}{f}+000"
    neg = d < 0
    d = abs(d)
    exp = d.adjusted()
    scaled = d.scaleb(-exp)
    r = _round_half_away(scaled, prec)
    if r >= 10:
        exp += 1
        r = _round_half_away(d.scaleb(-exp), prec)
    s = _pyformat(r, "f")
    sign = "-" if exp < 0 else "+"
    return f"{'-' if neg else ''}{s}{f}{sign}{abs(exp):03d}"


def _general(d: Decimal, prec: int, e: str) -> str:
    if d == 0:
        return "0"
    neg = d < 0
    d = abs(d)
    with _decimal.localcontext() as lc:
        lc.prec = prec
        lc.rounding = _decimal.ROUND_HALF_UP
        r = +d
    exp = r.adjusted()
    if -5 < exp < prec:
        s = _pyformat(r, "f")
        if "." in s:
            s = s.rstrip("0").rstrip(".")
    else:
        digits = str(r.scaleb(-exp).normalize())
        if "E" in digits:
            digits = _pyformat(r.scaleb(-exp), "f").rstrip("0").rstrip(".")
        s = f"{digits}{e}{'-' if exp < 0 else '+'}{abs(exp):02d}"
    return ("-" if neg else "") + s


# -- custom numeric formats


def _split_sections(spec: str) -> list[str]:
    sections, cur, i, quote = [], [], 0, None
    while i < len(spec):
        ch = spec[i]
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            cur.append(ch)
        elif ch == "\\" and i + 1 < len(spec):
            cur.append(spec[i:i + 2])
            i += 1
        elif ch == ";":
            sections.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    sections.append("".join(cur))
    return sections


def _tokenize_custom(section: str) -> list[tuple[str, str]]:
    """Tokens: ("lit", text) or ("ph", ch) for 0 # . , % E."""
    toks: list[tuple[str, str]] = []
    i = 0
    while i < len(section):
        ch = section[i]
        if ch in "'\"":
            j = section.find(ch, i + 1)
            if j < 0:
                j = len(section)
            toks.append(("lit", section[i + 1:j]))
            i = j + 1
            continue
        if ch == "\\" and i + 1 < len(section):
            toks.append(("lit", section[i + 1]))
            i += 2
            continue
        if ch in "0#.,%\u2030":
            toks.append(("ph", ch))
            i += 1
            continue
        if ch in "Ee" and i + 1 < len(section) and (section[i + 1] in "0" or (
                section[i + 1] in "+-" and i + 2 < len(section) and section[i + 2] == "0")):
            j = i + 1
            sign = ""
            if section[j] in "+-":
                sign = section[j]
                j += 1
            k = j
            while k < len(section) and section[k] == "0":
                k += 1
            toks.append(("exp", ch + sign + str(k - j)))
            i = k
            continue
        toks.append(("lit", ch))
        i += 1
    return toks


def _custom_number(v: Any, spec: str) -> str:
    sections = _split_sections(spec)
    d = _to_decimal_exact(v)
    section = sections[0]
    negative_section = False
    if len(sections) >= 2 and d < 0 and sections[1] != "":
        section = sections[1]
        negative_section = True
        d = abs(d)
    elif len(sections) >= 3 and d == 0 and sections[2] != "":
        section = sections[2]
    toks = _tokenize_custom(section)
    phs = [t for t in toks if t[0] in ("ph", "exp")]
    # scaling: commas right before the decimal point (or end) divide by 1000
    # one code per token: the placeholder character, "E" for an exponent, "L" for literal text
    chars = [t[1] if t[0] == "ph" else ("E" if t[0] == "exp" else "L") for t in toks]
    has_point = "." in chars
    point_idx = chars.index(".") if has_point else len(chars)
    digit = ("0", "#")
    int_part = [c for c in chars[:point_idx] if c in digit]
    frac_part = [c for c in chars[point_idx + 1:] if c in digit] if has_point else []
    # commas right after the last integer digit placeholder scale by 1000 each
    last_digit = max((i for i, c in enumerate(chars[:point_idx]) if c in digit), default=-1)
    scale = 0
    k = last_digit + 1
    while k < point_idx and chars[k] == ",":
        scale += 1
        k += 1
    grouping = any(c == "," for c in chars[:last_digit]) and last_digit >= 0
    if scale:
        d = d / (Decimal(1000) ** scale)
    if "%" in chars:
        d = d * 100
    if "\u2030" in chars:
        d = d * 1000
    exp_tok = next((t for t in toks if t[0] == "exp"), None)
    exponent = 0
    if exp_tok is not None and d != 0:
        n_int = max(1, len(int_part))
        exponent = abs(d).adjusted() - (n_int - 1)
        d = d.scaleb(-exponent)
    frac_len = len(frac_part)
    r = _round_half_away(d, frac_len)
    neg = r < 0 and not negative_section
    r = abs(r)
    s = _pyformat(r, "f")
    ip, _, fp = s.partition(".")
    fp = (fp + "0" * frac_len)[:frac_len]
    if ip == "0":
        ip = ""
    # integer digits: at least as many as there are '0' placeholders from the first '0'
    min_int = 0
    if "0" in int_part:
        min_int = len(int_part) - int_part.index("0")
    ip = ip.rjust(min_int, "0")
    if grouping and ip:
        ip = _group(ip)
    # fraction: trim trailing digits for '#' placeholders
    last_zero = max((i for i, c in enumerate(frac_part) if c == "0"), default=-1)
    fp_out = fp[:last_zero + 1] + fp[last_zero + 1:].rstrip("0")
    # assemble: literal tokens before the first digit placeholder, the number, then the rest
    out: list[str] = []
    number_emitted = False
    for t in toks:
        if t[0] == "lit":
            out.append(t[1])
        elif t[0] == "exp":
            e = t[1]
            sign_mode = e[1] if e[1] in "+-" else ""
            width = int(e[2:] if sign_mode else e[1:])
            sign = "-" if exponent < 0 else ("+" if sign_mode == "+" else "")
            out.append(e[0] + sign + str(abs(exponent)).rjust(width, "0"))
        elif t[1] in "0#.,":
            if not number_emitted:
                number_emitted = True
                text = ip
                if fp_out:
                    text += "." + fp_out
                out.append(text)
        elif t[1] == "%":
            out.append("%")
        elif t[1] == "\u2030":
            out.append("\u2030")
    result = "".join(out)
    if neg and any(ch.isdigit() and ch != "0" for ch in ip + fp_out):
        result = "-" + result
    return result


# ---------------------------------------------------------------- dates

_STANDARD_DATE = {
    "d": "M/d/yyyy", "D": "dddd, MMMM d, yyyy", "f": "dddd, MMMM d, yyyy h:mm tt",
    "F": "dddd, MMMM d, yyyy h:mm:ss tt", "g": "M/d/yyyy h:mm tt", "G": "M/d/yyyy h:mm:ss tt",
    "m": "MMMM d", "M": "MMMM d", "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", "r": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    "t": "h:mm tt", "T": "h:mm:ss tt", "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'", "U": "dddd, MMMM d, yyyy h:mm:ss tt",
    "y": "MMMM yyyy", "Y": "MMMM yyyy",
}


# The invariant culture's standard date patterns (where they differ from en-US).
INVARIANT_DATE = {
    "d": "MM/dd/yyyy", "D": "dddd, dd MMMM yyyy", "f": "dddd, dd MMMM yyyy HH:mm", "F": "dddd, dd MMMM yyyy HH:mm:ss",
    "g": "MM/dd/yyyy HH:mm", "G": "MM/dd/yyyy HH:mm:ss", "m": "MMMM dd", "M": "MMMM dd", "t": "HH:mm",
    "T": "HH:mm:ss", "U": "dddd, dd MMMM yyyy HH:mm:ss", "y": "yyyy MMMM", "Y": "yyyy MMMM",
}


def format_datetime(d: _dt.datetime, spec: str) -> str:
    if len(spec) == 1:
        pattern = _STANDARD_DATE.get(spec)
        if pattern is None:
            raise FormatException(BAD_FORMAT)
        return _custom_datetime(d, pattern)
    return _custom_datetime(d, spec)


def _run(spec: str, i: int) -> int:
    ch = spec[i]
    j = i
    while j < len(spec) and spec[j] == ch:
        j += 1
    return j - i


def _custom_datetime(d: _dt.datetime, spec: str) -> str:
    out: list[str] = []
    i, n = 0, len(spec)
    if n == 2 and spec[0] == "%":
        spec = spec[1]
        n = 1
    while i < n:
        ch = spec[i]
        if ch in "'\"":
            j = spec.find(ch, i + 1)
            if j < 0:
                raise FormatException("Cannot find a matching quote character for the character '" + ch + "'.")
            out.append(spec[i + 1:j])
            i = j + 1
            continue
        if ch == "\\":
            if i + 1 < n:
                out.append(spec[i + 1])
            i += 2
            continue
        if ch == "%":
            i += 1
            continue
        k = _run(spec, i)
        if ch == "d":
            if k == 1:
                out.append(str(d.day))
            elif k == 2:
                out.append(f"{d.day:02d}")
            elif k == 3:
                out.append(DAYS[(d.weekday() + 1) % 7][:3])
            else:
                out.append(DAYS[(d.weekday() + 1) % 7])
        elif ch == "M":
            if k == 1:
                out.append(str(d.month))
            elif k == 2:
                out.append(f"{d.month:02d}")
            elif k == 3:
                out.append(MONTHS[d.month - 1][:3])
            else:
                out.append(MONTHS[d.month - 1])
        elif ch == "y":
            if k == 1:
                out.append(str(d.year % 100))
            elif k == 2:
                out.append(f"{d.year % 100:02d}")
            else:
                out.append(str(d.year).rjust(k, "0"))
        elif ch == "h":
            h12 = d.hour % 12 or 12
            out.append(str(h12) if k == 1 else f"{h12:02d}")
        elif ch == "H":
            out.append(str(d.hour) if k == 1 else f"{d.hour:02d}")
        elif ch == "m":
            out.append(str(d.minute) if k == 1 else f"{d.minute:02d}")
        elif ch == "s":
            out.append(str(d.second) if k == 1 else f"{d.second:02d}")
        elif ch in "fF":
            if k > 7:
                raise FormatException(BAD_FORMAT)
            frac = f"{d.microsecond:06d}0"[:k]
            if ch == "F":
                frac = frac.rstrip("0")
                if out and out[-1] == "." and not frac:
                    out.pop()
            out.append(frac)
        elif ch == "t":
            ampm = "AM" if d.hour < 12 else "PM"
            out.append(ampm[0] if k == 1 else ampm)
        elif ch == "z":
            off = d.utcoffset() if d.tzinfo is not None else _dt.timedelta(0)
            total = int(off.total_seconds() // 60)
            sign = "+" if total >= 0 else "-"
            hh, mm = divmod(abs(total), 60)
            if k == 1:
                out.append(f"{sign}{hh}")
            elif k == 2:
                out.append(f"{sign}{hh:02d}")
            else:
                out.append(f"{sign}{hh:02d}:{mm:02d}")
        elif ch == "K":
            if d.tzinfo is not None:
                off = d.utcoffset()
                if off == _dt.timedelta(0):
                    out.append("Z")
                else:
                    total = int(off.total_seconds() // 60)
                    sign = "+" if total >= 0 else "-"
                    hh, mm = divmod(abs(total), 60)
                    out.append(f"{sign}{hh:02d}:{mm:02d}")
        elif ch == "g":
            out.append("A.D.")
        elif ch == ":":
            out.append(":" * k)
        elif ch == "/":
            out.append("/" * k)
        else:
            out.append(ch * k)
        i += k
    return "".join(out)


# ---------------------------------------------------------------- time spans


def format_timespan(td: _dt.timedelta, spec: str) -> str:
    ticks = C.timespan_ticks(td)
    neg = ticks < 0
    a = abs(ticks)
    frac = a % C.TICKS_PER_SECOND
    total = a // C.TICKS_PER_SECOND
    days, rem = divmod(total, 86400)
    h, rem = divmod(rem, 3600)
    m, s = divmod(rem, 60)
    if spec in ("c", "t", "T"):
        return C.format_timespan(td)
    if spec == "g":
        out = ("-" if neg else "") + (f"{days}:" if days else "") + f"{h}:{m:02d}:{s:02d}"
        if frac:
            out += "." + f"{frac:07d}".rstrip("0")
        return out
    if spec == "G":
        return ("-" if neg else "") + f"{days}:{h:02d}:{m:02d}:{s:02d}.{frac:07d}"
    if len(spec) == 1 and spec.isalpha() and spec not in "dhmsfF":
        raise FormatException(BAD_FORMAT)
    # custom specifiers: each field's value and how many digits it may be written with
    fields = {"d": (days, 8), "h": (h, 2), "m": (m, 2), "s": (s, 2)}
    out: list[str] = []
    i, n = 0, len(spec)
    if n == 2 and spec[0] == "%":
        spec, n = spec[1], 1
    while i < n:
        ch = spec[i]
        if ch in "'\"":
            j = spec.find(ch, i + 1)
            if j < 0:
                raise FormatException(BAD_FORMAT)
            out.append(spec[i + 1:j])
            i = j + 1
            continue
        if ch == "\\":
            if i + 1 >= n:
                raise FormatException(BAD_FORMAT)
            out.append(spec[i + 1])
            i += 2
            continue
        k = _run(spec, i)
        if ch in fields:
            value, widest = fields[ch]
            if k > widest:
                raise FormatException(BAD_FORMAT)
            out.append(str(value).rjust(k, "0"))
        elif ch in "fF":
            if k > 7:
                raise FormatException(BAD_FORMAT)
            f = f"{frac:07d}"[:k]
            out.append(f.rstrip("0") if ch == "F" else f)
        else:
            raise FormatException(BAD_FORMAT)
        i += k
    return "".join(out)
