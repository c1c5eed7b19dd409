"""Exchange value types, behaving like the real ones.

* ``ByteQuantifiedSize``: a byte count. Prints ``1.5 GB (1,610,612,736 bytes)``,
  ``0 B (0 bytes)``; ``ToBytes() ToKB() ToMB() ToGB() ToTB()`` (truncating, as the real
  ulong methods); ``ByteQuantifiedSize.parse("2GB" | "2 GB" | "1.5 MB" | "1024" |
  "2 GB (2,147,483,648 bytes)")``; compares and adds.
* ``Unlimited``: an Exchange ``Unlimited<T>``. Prints ``unlimited`` (the Exchange 2010
  spelling) or the value; ``.IsUnlimited``, ``.Value`` (None when unlimited: the real getter
  throws, we give ``$null``); ``Unlimited.parse(text, inner_parse)`` accepts ``unlimited``.
* ``EnhancedTimeSpan``: prints like .NET TimeSpan (``00:15:00``, ``7.00:00:00``); parses
  those forms; ``.Days .Hours .Minutes .Seconds .TotalMinutes ...``.
* ``ADObjectId``: prints its name (or a canonical name for recipients); ``.Name``,
  ``.DistinguishedName``, ``.ObjectGuid``.
* ``KeyValuePair``: ``.Key`` ``.Value``, prints ``[E1401, 1]`` (an array of them prints
  ``{[E1401, 1], [E1402, 2]}`` through the formatter).
* ``ServerVersion``: ``Version 14.0 (Build 639.21)``; ``.Major .Minor .Build .Revision``.
* ``SmtpAddress``, ``ProxyAddress``, ``ProxyAddressCollection`` and
  ``MultiValuedProperty`` (a list subclass the formatter shows as ``{a, b}``).

All carry ``PS_TYPE_NAMES``/``PS_PROPERTIES``/``PS_METHODS``/``ps_to_string`` (see
ems/runtime/psobject.py for the contract).
"""
from __future__ import annotations

import re
import uuid
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import total_ordering
from typing import Any, Callable

from ems.model.errors import ValueFormatError
from ems.primitives import UInt64

_EXCH_ASM = "Microsoft.Exchange.Data, Version=14.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35"
_MSCORLIB = "mscorlib, Version=2.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"

# ---------------------------------------------------------------- ByteQuantifiedSize

_UNITS = (("B", 1), ("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30), ("TB", 1 << 40))
_UNIT_FACTOR = {u: f for u, f in _UNITS}
_SIZE_RE = re.compile(
    r"^\s*(?P<num>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*(?P<unit>[KMGT]?B)?\s*"
    r"(?:\(\s*(?P<bytes>[0-9][0-9,]*)\s*bytes\s*\)\s*)?$", re.IGNORECASE)


def _fmt_number(value: Decimal) -> str:
    """.NET "0.###": up to three decimals, trailing zeros dropped, half away from zero."""
    q = value.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    text = f"{q:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


@total_ordering
class ByteQuantifiedSize:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.ByteQuantifiedSize", "System.ValueType", "System.Object")
    PS_PROPERTIES = ()
    PS_METHODS = ("ToBytes", "ToKB", "ToMB", "ToGB", "ToTB", "ToString", "CompareTo", "Equals",
                  "GetHashCode", "GetType", "RoundUpToUnit")
    __slots__ = ("_bytes",)

    def __init__(self, nbytes: int = 0):
        nbytes = int(nbytes)
        if nbytes < 0:
            raise ValueFormatError(f"The value {nbytes} is not a valid byte quantified size.")
        self._bytes = nbytes

    # constructors, as the real static FromXX methods
    @classmethod
    def from_bytes(cls, n: int) -> "ByteQuantifiedSize":
        return cls(n)

    @classmethod
    def from_kb(cls, n: float) -> "ByteQuantifiedSize":
        return cls(int(n * 1024))

    @classmethod
    def from_mb(cls, n: float) -> "ByteQuantifiedSize":
        return cls(int(Decimal(str(n)) * (1 << 20)))

    @classmethod
    def from_gb(cls, n: float) -> "ByteQuantifiedSize":
        return cls(int(Decimal(str(n)) * (1 << 30)))

    @classmethod
    def parse(cls, text: Any) -> "ByteQuantifiedSize":
        """Parse ``2GB``, ``2 GB``, ``1.5 MB``, ``1024`` (bytes) or the printed form."""
        if isinstance(text, ByteQuantifiedSize):
            return text
        if isinstance(text, bool):
            raise ValueFormatError(f'The value "{text}" isn\'t a valid byte quantified size.')
        if isinstance(text, int):
            return cls(text)
        if isinstance(text, float):
            return cls(int(text))
        s = str(text)
        m = _SIZE_RE.match(s)
        if not m:
            raise ValueFormatError(
                f'The value "{s}" isn\'t a valid byte quantified size. Valid values are a number '
                f'followed by an optional unit qualifier: B (bytes), KB, MB, GB or TB.')
        if m.group("bytes"):
            return cls(int(m.group("bytes").replace(",", "")))
        unit = (m.group("unit") or "B").upper()
        num = Decimal(m.group("num"))
        if unit == "B" and num != num.to_integral_value():
            raise ValueFormatError(f'The value "{s}" isn\'t a valid byte quantified size.')
        return cls(int(num * _UNIT_FACTOR[unit]))

    # .NET methods
    def ToBytes(self) -> int:
        return UInt64(self._bytes)

    def ToKB(self) -> int:
        return UInt64(self._bytes >> 10)

    def ToMB(self) -> int:
        return UInt64(self._bytes >> 20)

    def ToGB(self) -> int:
        return UInt64(self._bytes >> 30)

    def ToTB(self) -> int:
        return UInt64(self._bytes >> 40)

    def RoundUpToUnit(self, unit: str = "MB") -> int:
        f = _UNIT_FACTOR[unit.upper()]
        return UInt64(-(-self._bytes // f))

    def CompareTo(self, other: Any) -> int:
        o = _bytes_of(other)
        return (self._bytes > o) - (self._bytes < o)

    def Equals(self, other: Any) -> bool:
        return self == other

    def GetHashCode(self) -> int:
        return hash(self._bytes) & 0x7FFFFFFF

    def ToString(self, fmt: str | None = None) -> str:
        return self.ps_to_string()

    @property
    def bytes(self) -> int:
        return self._bytes

    def unit_text(self) -> str:
        """The short form without the byte count, e.g. ``1.5 GB``."""
        n = self._bytes
        unit, factor = "B", 1
        for u, f in _UNITS:
            if n >= f:
                unit, factor = u, f
        return f"{_fmt_number(Decimal(n) / factor)} {unit}"

    def ps_to_string(self) -> str:
        return f"{self.unit_text()} ({self._bytes:,} bytes)"

    __str__ = ps_to_string

    def __repr__(self) -> str:
        return f"ByteQuantifiedSize({self._bytes})"

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, Unlimited):
            return (not other.IsUnlimited) and other.Value == self
        try:
            return self._bytes == _bytes_of(other)
        except (TypeError, ValueFormatError):
            return NotImplemented

    def __lt__(self, other: Any) -> bool:
        if isinstance(other, Unlimited):
            return other.IsUnlimited or self._bytes < _bytes_of(other.Value)
        return self._bytes < _bytes_of(other)

    def __hash__(self) -> int:
        return hash(self._bytes)

    def __add__(self, other: Any) -> "ByteQuantifiedSize":
        return ByteQuantifiedSize(self._bytes + _bytes_of(other))

    __radd__ = __add__

    def __sub__(self, other: Any) -> "ByteQuantifiedSize":
        return ByteQuantifiedSize(max(0, self._bytes - _bytes_of(other)))

    def __int__(self) -> int:
        return self._bytes

    def __bool__(self) -> bool:  # a value type: always "something"
        return True


def _bytes_of(v: Any) -> int:
    if isinstance(v, ByteQuantifiedSize):
        return v._bytes
    if isinstance(v, bool):
        raise TypeError(v)
    if isinstance(v, (int, float)):
        return int(v)
    if isinstance(v, str):
        return ByteQuantifiedSize.parse(v)._bytes
    raise TypeError(v)


# ---------------------------------------------------------------- Unlimited

UNLIMITED_TEXT = "unlimited"  # Exchange 2010 prints the lower-case word (reference §11)


@total_ordering
class Unlimited:
    """``Unlimited<T>``: either unlimited or a value of T (ByteQuantifiedSize, int...)."""

    # The class attribute names Unlimited<ByteQuantifiedSize>; instances of another T carry
    # their own PS_TYPE_NAMES (set in __init__).
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Unlimited`1[[Microsoft.Exchange.Data.ByteQuantifiedSize, "
                     + _EXCH_ASM + "]]", "System.ValueType", "System.Object")
    PS_PROPERTIES = ("IsUnlimited", "Value")
    PS_METHODS = ("ToString", "CompareTo", "Equals", "GetHashCode", "GetType")

    def __init__(self, value: Any = None, inner: str | None = None):
        """``Unlimited()`` is unlimited; ``Unlimited(v)`` holds v. ``inner`` is the .NET name
        of T (derived from the value when omitted; defaults to ByteQuantifiedSize)."""
        self._value = value
        if inner is None:
            if isinstance(value, ByteQuantifiedSize) or value is None:
                inner = "Microsoft.Exchange.Data.ByteQuantifiedSize"
            elif isinstance(value, EnhancedTimeSpan):
                inner = "Microsoft.Exchange.Data.EnhancedTimeSpan"
            elif isinstance(value, int):
                inner = "System.Int32"
            else:
                inner = "System.Object"
        self._inner = inner
        if inner != "Microsoft.Exchange.Data.ByteQuantifiedSize":
            asm = _MSCORLIB if inner.startswith("System.") else _EXCH_ASM
            self.PS_TYPE_NAMES = (f"Microsoft.Exchange.Data.Unlimited`1[[{inner}, {asm}]]",
                                  "System.ValueType", "System.Object")

    @classmethod
    def unlimited(cls, inner: str = "Microsoft.Exchange.Data.ByteQuantifiedSize") -> "Unlimited":
        return cls(None, inner)

    @classmethod
    def parse(cls, text: Any, inner_parse: Callable[[Any], Any] = ByteQuantifiedSize.parse,
              inner: str | None = None) -> "Unlimited":
        if isinstance(text, Unlimited):
            return text
        if isinstance(text, str) and text.strip().lower() == "unlimited":
            return cls(None, inner or "Microsoft.Exchange.Data.ByteQuantifiedSize")
        return cls(inner_parse(text), inner)

    @property
    def IsUnlimited(self) -> bool:
        return self._value is None

    @property
    def Value(self) -> Any:
        return self._value

    def ToString(self) -> str:
        return self.ps_to_string()

    def ps_to_string(self) -> str:
        if self._value is None:
            return UNLIMITED_TEXT
        v = self._value
        return v.ps_to_string() if hasattr(v, "ps_to_string") else str(v)

    __str__ = ps_to_string

    def __repr__(self) -> str:
        return "Unlimited()" if self._value is None else f"Unlimited({self._value!r})"

    def CompareTo(self, other: Any) -> int:
        return 0 if self == other else (1 if self > other else -1)

    def Equals(self, other: Any) -> bool:
        return self == other

    def GetHashCode(self) -> int:
        return hash(self) & 0x7FFFFFFF

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, Unlimited):
            return self._value == other._value
        if isinstance(other, str) and other.strip().lower() == "unlimited":
            return self._value is None
        if self._value is None:
            return False
        return self._value == other

    def __lt__(self, other: Any) -> bool:
        if self._value is None:
            return False
        if isinstance(other, Unlimited):
            return other._value is None or self._value < other._value
        return self._value < other

    def __hash__(self) -> int:
        return hash(("Unlimited", self._value))


# ---------------------------------------------------------------- EnhancedTimeSpan

_TS_RE = re.compile(
    r"^\s*(?P<sign>-)?(?:(?P<d>\d+)\.)?(?P<h>\d{1,2}):(?P<m>\d{1,2})(?::(?P<s>\d{1,2})"
    r"(?:\.(?P<f>\d{1,7}))?)?\s*$")
_TS_DAYS_RE = re.compile(r"^\s*(?P<sign>-)?(?P<d>\d+)\s*$")


@total_ordering
class EnhancedTimeSpan:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.EnhancedTimeSpan", "System.ValueType", "System.Object")
    PS_PROPERTIES = ("Days", "Hours", "Milliseconds", "Minutes", "Seconds", "Ticks",
                     "TotalDays", "TotalHours", "TotalMilliseconds", "TotalMinutes", "TotalSeconds")
    PS_METHODS = ("ToString", "CompareTo", "Equals", "GetHashCode", "GetType", "Add", "Subtract")
    __slots__ = ("_td",)

    def __init__(self, value: timedelta | int | float = 0):
        if isinstance(value, timedelta):
            self._td = value
        else:
            self._td = timedelta(seconds=value)

    @classmethod
    def from_minutes(cls, m: float) -> "EnhancedTimeSpan":
        return cls(timedelta(minutes=m))

    @classmethod
    def from_days(cls, d: float) -> "EnhancedTimeSpan":
        return cls(timedelta(days=d))

    @classmethod
    def parse(cls, text: Any) -> "EnhancedTimeSpan":
        """Parse ``hh:mm[:ss[.fffffff]]``, ``d.hh:mm:ss`` or a whole number of days (as
        .NET TimeSpan.Parse does)."""
        if isinstance(text, EnhancedTimeSpan):
            return text
        if isinstance(text, timedelta):
            return cls(text)
        s = str(text)
        m = _TS_RE.match(s)
        if m:
            h, mi = int(m.group("h")), int(m.group("m"))
            sec = int(m.group("s") or 0)
            if h > 23 or mi > 59 or sec > 59:
                raise ValueFormatError(f'The value "{s}" is not a valid time span.')
            frac = m.group("f") or ""
            micro = int((frac + "0000000")[:7]) // 10
            td = timedelta(days=int(m.group("d") or 0), hours=h, minutes=mi, seconds=sec,
                           microseconds=micro)
            return cls(-td if m.group("sign") else td)
        m = _TS_DAYS_RE.match(s)
        if m:
            td = timedelta(days=int(m.group("d")))
            return cls(-td if m.group("sign") else td)
        raise ValueFormatError(
            f'The value "{s}" is not a valid time span. Use the format dd.hh:mm:ss, '
            f'for example 7.00:00:00.')

    @property
    def timedelta(self) -> timedelta:
        return self._td

    def _parts(self) -> tuple[int, int, int, int, int, int]:
        total_us = self._td // timedelta(microseconds=1)
        sign = -1 if total_us < 0 else 1
        total_us = abs(total_us)
        days, rem = divmod(total_us, 86_400_000_000)
        hours, rem = divmod(rem, 3_600_000_000)
        minutes, rem = divmod(rem, 60_000_000)
        seconds, micro = divmod(rem, 1_000_000)
        return sign, days, hours, minutes, seconds, micro

    @property
    def Days(self) -> int:
        s, d, *_ = self._parts()
        return s * d

    @property
    def Hours(self) -> int:
        s, _, h, *_ = self._parts()
        return s * h

    @property
    def Minutes(self) -> int:
        return self._parts()[0] * self._parts()[3]

    @property
    def Seconds(self) -> int:
        return self._parts()[0] * self._parts()[4]

    @property
    def Milliseconds(self) -> int:
        return self._parts()[0] * (self._parts()[5] // 1000)

    @property
    def Ticks(self) -> int:
        from ems.primitives import Int64
        return Int64((self._td // timedelta(microseconds=1)) * 10)

    @property
    def TotalDays(self) -> float:
        return self._td.total_seconds() / 86400

    @property
    def TotalHours(self) -> float:
        return self._td.total_seconds() / 3600

    @property
    def TotalMinutes(self) -> float:
        return self._td.total_seconds() / 60

    @property
    def TotalSeconds(self) -> float:
        return self._td.total_seconds()

    @property
    def TotalMilliseconds(self) -> float:
        return self._td.total_seconds() * 1000

    def Add(self, other: Any) -> "EnhancedTimeSpan":
        return EnhancedTimeSpan(self._td + _td_of(other))

    def Subtract(self, other: Any) -> "EnhancedTimeSpan":
        return EnhancedTimeSpan(self._td - _td_of(other))

    def CompareTo(self, other: Any) -> int:
        o = _td_of(other)
        return (self._td > o) - (self._td < o)

    def Equals(self, other: Any) -> bool:
        return self == other

    def GetHashCode(self) -> int:
        return hash(self._td) & 0x7FFFFFFF

    def ToString(self) -> str:
        return self.ps_to_string()

    def ps_to_string(self) -> str:
        sign, d, h, m, s, us = self._parts()
        text = f"{h:02d}:{m:02d}:{s:02d}"
        if d:
            text = f"{d}.{text}"
        if us:
            text += f".{us * 10:07d}"
        return ("-" if sign < 0 else "") + text

    __str__ = ps_to_string

    def __repr__(self) -> str:
        return f"EnhancedTimeSpan({self.ps_to_string()!r})"

    def __eq__(self, other: Any) -> bool:
        try:
            return self._td == _td_of(other)
        except (TypeError, ValueFormatError):
            return NotImplemented

    def __lt__(self, other: Any) -> bool:
        return self._td < _td_of(other)

    def __hash__(self) -> int:
        return hash(self._td)


def _td_of(v: Any) -> timedelta:
    if isinstance(v, EnhancedTimeSpan):
        return v._td
    if isinstance(v, timedelta):
        return v
    if isinstance(v, str):
        return EnhancedTimeSpan.parse(v)._td
    raise TypeError(v)


# ---------------------------------------------------------------- ADObjectId


class ADObjectId:
    """A reference to a directory object. Prints as ``display`` (the short name for
    configuration objects such as servers and databases; a canonical name such as
    ``contoso.com/Users/user01`` for recipients)."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.ADObjectId", "System.Object")
    PS_PROPERTIES = ("IsDeleted", "Rdn", "Parent", "Depth", "DistinguishedName", "IsRelativeDn",
                     "DomainId", "ObjectGuid", "Name")
    PS_METHODS = ("ToString", "Equals", "GetHashCode", "GetType", "ToDNString")
    __slots__ = ("Name", "DistinguishedName", "ObjectGuid", "_display")

    def __init__(self, name: str, dn: str = "", guid: uuid.UUID | None = None,
                 display: str | None = None):
        self.Name = name
        self.DistinguishedName = dn or f"CN={name}"
        self.ObjectGuid = guid or uuid.UUID(int=0)
        self._display = display

    IsDeleted = False
    IsRelativeDn = False

    @property
    def Rdn(self) -> str:
        return self.DistinguishedName.split(",", 1)[0]

    @property
    def Parent(self) -> "ADObjectId | None":
        parts = self.DistinguishedName.split(",", 1)
        if len(parts) < 2:
            return None
        pdn = parts[1]
        return ADObjectId(pdn.split(",", 1)[0].split("=", 1)[-1], pdn)

    @property
    def Depth(self) -> int:
        return self.DistinguishedName.count(",")

    @property
    def DomainId(self) -> "ADObjectId | None":
        dcs = [p for p in self.DistinguishedName.split(",") if p.upper().startswith("DC=")]
        if not dcs:
            return None
        return ADObjectId(dcs[0][3:], ",".join(dcs))

    def ToDNString(self) -> str:
        return self.DistinguishedName

    def ToString(self) -> str:
        return self.ps_to_string()

    def Equals(self, other: Any) -> bool:
        return self == other

    def GetHashCode(self) -> int:
        return hash(self) & 0x7FFFFFFF

    def ps_to_string(self) -> str:
        return self._display if self._display is not None else self.Name

    __str__ = ps_to_string

    def __repr__(self) -> str:
        return f"ADObjectId({self.Name!r})"

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, ADObjectId):
            return self.DistinguishedName.lower() == other.DistinguishedName.lower()
        if isinstance(other, str):
            return other.lower() in (self.Name.lower(), self.ps_to_string().lower(),
                                     self.DistinguishedName.lower())
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.DistinguishedName.lower())


# ---------------------------------------------------------------- KeyValuePair


class KeyValuePair:
    """``System.Collections.Generic.KeyValuePair<K,V>``; prints ``[key, value]``."""

    PS_TYPE_NAMES = ("System.Collections.Generic.KeyValuePair`2[[Microsoft.Exchange.Data.Directory.ADObjectId, "
                     "Microsoft.Exchange.Data.Directory, Version=14.0.0.0, Culture=neutral, "
                     "PublicKeyToken=31bf3856ad364e35],[System.Int32, " + _MSCORLIB + "]]",
                     "System.ValueType", "System.Object")
    PS_PROPERTIES = ("Key", "Value")
    PS_METHODS = ("ToString", "Equals", "GetHashCode", "GetType")

    def __init__(self, key: Any, value: Any, types: tuple[str, str] = (
            "Microsoft.Exchange.Data.Directory.ADObjectId", "System.Int32")):
        self.Key = key
        self.Value = value
        if types[1] != "System.Int32":
            k, v = types
            va = _MSCORLIB if v.startswith("System.") else _EXCH_ASM
            self.PS_TYPE_NAMES = (
                f"System.Collections.Generic.KeyValuePair`2[[{k}, Microsoft.Exchange.Data.Directory, "
                f"Version=14.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35],[{v}, {va}]]",
                "System.ValueType", "System.Object")

    def ToString(self) -> str:
        return self.ps_to_string()

    def Equals(self, other: Any) -> bool:
        return self == other

    def GetHashCode(self) -> int:
        return hash((str(self.Key), str(self.Value))) & 0x7FFFFFFF

    def ps_to_string(self) -> str:
        return f"[{_text(self.Key)}, {_text(self.Value)}]"

    __str__ = ps_to_string

    def __repr__(self) -> str:
        return f"KeyValuePair({self.Key!r}, {self.Value!r})"

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, KeyValuePair) and self.Key == other.Key and self.Value == other.Value

    def __hash__(self) -> int:
        return hash((str(self.Key), str(self.Value)))


def _text(v: Any) -> str:
    if hasattr(v, "ps_to_string"):
        return v.ps_to_string()
    if isinstance(v, bool):
        return "True" if v else "False"
    return str(v)


# ---------------------------------------------------------------- ServerVersion

_VERSION_RE = re.compile(r"^\s*Version\s+(\d+)\.(\d+)\s+\(Build\s+(\d+)\.(\d+)\)\s*$", re.IGNORECASE)
_DOTTED_RE = re.compile(r"^\s*(\d+)\.(\d+)\.(\d+)\.(\d+)\s*$")


@total_ordering
class ServerVersion:
    """An Exchange server version; prints ``Version 14.0 (Build 639.21)``."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.ServerVersion", "System.Object")
    PS_PROPERTIES = ("Major", "Minor", "Build", "Revision", "FilePatchLevelDescription")
    PS_METHODS = ("ToString", "CompareTo", "Equals", "GetHashCode", "GetType")
    __slots__ = ("Major", "Minor", "Build", "Revision")

    def __init__(self, major: int, minor: int, build: int, revision: int):
        self.Major, self.Minor, self.Build, self.Revision = major, minor, build, revision

    @classmethod
    def parse(cls, text: Any) -> "ServerVersion":
        if isinstance(text, ServerVersion):
            return text
        s = str(text)
        m = _VERSION_RE.match(s) or _DOTTED_RE.match(s)
        if not m:
            raise ValueFormatError(f'The value "{s}" is not a valid server version.')
        return cls(*(int(g) for g in m.groups()))

    @property
    def dotted(self) -> str:
        return f"{self.Major}.{self.Minor}.{self.Build}.{self.Revision}"

    @property
    def FilePatchLevelDescription(self) -> str:
        return ""

    def _key(self) -> tuple[int, int, int, int]:
        return (self.Major, self.Minor, self.Build, self.Revision)

    def ToString(self) -> str:
        return self.ps_to_string()

    def CompareTo(self, other: Any) -> int:
        o = ServerVersion.parse(other)._key()
        return (self._key() > o) - (self._key() < o)

    def Equals(self, other: Any) -> bool:
        return self == other

    def GetHashCode(self) -> int:
        return hash(self._key()) & 0x7FFFFFFF

    def ps_to_string(self) -> str:
        return f"Version {self.Major}.{self.Minor} (Build {self.Build}.{self.Revision})"

    __str__ = ps_to_string

    def __repr__(self) -> str:
        return f"ServerVersion({self.dotted!r})"

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, (ServerVersion, str)):
            try:
                return self._key() == ServerVersion.parse(other)._key()
            except ValueFormatError:
                return False
        return NotImplemented

    def __lt__(self, other: Any) -> bool:
        return self._key() < ServerVersion.parse(other)._key()

    def __hash__(self) -> int:
        return hash(self._key())


EXCHANGE_2010_RTM = "Version 14.0 (Build 639.21)"
EXCHANGE_2010_SP1 = "Version 14.1 (Build 218.15)"


# ---------------------------------------------------------------- SMTP and proxy addresses


class SmtpAddress:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.SmtpAddress", "System.ValueType", "System.Object")
    PS_PROPERTIES = ("Local", "Domain", "IsValid", "Length")
    PS_METHODS = ("ToString", "Equals", "GetHashCode", "GetType")
    __slots__ = ("_address",)

    def __init__(self, address: str):
        self._address = address

    @property
    def Local(self) -> str:
        return self._address.rsplit("@", 1)[0]

    @property
    def Domain(self) -> str:
        return self._address.rsplit("@", 1)[1] if "@" in self._address else ""

    @property
    def IsValid(self) -> bool:
        return bool(re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", self._address))

    @property
    def Length(self) -> int:
        return len(self._address)

    @property
    def address(self) -> str:
        return self._address

    def ToString(self) -> str:
        return self._address

    def Equals(self, other: Any) -> bool:
        return self == other

    def GetHashCode(self) -> int:
        return hash(self) & 0x7FFFFFFF

    def ps_to_string(self) -> str:
        return self._address

    __str__ = ps_to_string

    def __repr__(self) -> str:
        return f"SmtpAddress({self._address!r})"

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, (SmtpAddress, str)):
            return self._address.lower() == str(other).lower()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._address.lower())


class ProxyAddress:
    """``SMTP:user01@contoso.com`` (upper-case prefix = primary)."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.SmtpProxyAddress", "Microsoft.Exchange.Data.ProxyAddress",
                     "Microsoft.Exchange.Data.ProxyAddressBase", "System.Object")
    # the order `(Get-Mailbox x).EmailAddresses` lists them in Exchange 2010 [K]
    PS_PROPERTIES = ("SmtpAddress", "AddressString", "ProxyAddressString", "Prefix", "IsPrimaryAddress",
                     "PrefixString")
    PS_METHODS = ("ToString", "Equals", "GetHashCode", "GetType")
    __slots__ = ("_prefix", "_address")

    def __init__(self, text: str):
        prefix, _, addr = text.partition(":")
        if not addr:
            prefix, addr = "smtp", text
        self._prefix, self._address = prefix, addr

    @property
    def SmtpAddress(self) -> str:
        return self._address

    @property
    def AddressString(self) -> str:
        return self._address

    @property
    def IsPrimaryAddress(self) -> bool:
        return self._prefix.isupper()

    @property
    def Prefix(self) -> str:
        return self._prefix.upper()

    @property
    def ProxyAddressString(self) -> str:
        return f"{self._prefix}:{self._address}"

    @property
    def PrefixString(self) -> str:
        return self._prefix.upper()

    def ToString(self) -> str:
        return self.ProxyAddressString

    def Equals(self, other: Any) -> bool:
        return self == other

    def GetHashCode(self) -> int:
        return hash(self) & 0x7FFFFFFF

    def ps_to_string(self) -> str:
        return self.ProxyAddressString

    __str__ = ps_to_string

    def __repr__(self) -> str:
        return f"ProxyAddress({self.ProxyAddressString!r})"

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, ProxyAddress):
            return self.ProxyAddressString.lower() == other.ProxyAddressString.lower()
        if isinstance(other, str):
            return other.lower() in (self.ProxyAddressString.lower(), self._address.lower())
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.ProxyAddressString.lower())


class MultiValuedProperty(list):
    """``MultiValuedProperty<T>``: a plain list to the engine (``.Count``, indexing, enumeration,
    ``{a, b}`` in tables); only the type name differs. It declares no PS_PROPERTIES/PS_METHODS on
    purpose, so the runtime adapts it as an array."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.MultiValuedProperty`1", "Microsoft.Exchange.Data.MultiValuedPropertyBase",
                     "System.Object")

    def Contains(self, item: Any) -> bool:
        return any(x == item for x in self)

    def text(self) -> str:
        """``{a, b}``: how a table cell shows it."""
        return "{" + ", ".join(_text(x) for x in self) + "}"


class ProxyAddressCollection(MultiValuedProperty):
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.ProxyAddressCollection",
                     "Microsoft.Exchange.Data.MultiValuedProperty`1", "System.Object")

    @classmethod
    def of(cls, *texts: str) -> "ProxyAddressCollection":
        return cls(ProxyAddress(t) for t in texts)

    @property
    def primary_smtp(self) -> ProxyAddress | None:
        for p in self:
            if p.Prefix == "SMTP" and p.IsPrimaryAddress:
                return p
        return None
