"""Python stand-ins for .NET primitive types that Python's own types cannot tell apart.

PowerShell distinguishes Int32 from Int64, Double from Single, String from Char. Python
int, float and str stand for Int32, Double and String; these subclasses mark the others,
so conversions, `GetType()` and formatting can tell. Shared by the language layer
(number literals) and the runtime, so it depends on nothing.
"""
from __future__ import annotations


class TypedInt(int):
    """An integer of a .NET type other than Int32. Arithmetic on it gives plain ints;
    the runtime's operators re-apply PowerShell's widening rules."""

    __slots__ = ()
    type_name = "System.Int32"
    min_value = -(2**31)
    max_value = 2**31 - 1

    def __repr__(self) -> str:
        return f"{type(self).__name__}({int(self)})"


class Int64(TypedInt):
    __slots__ = ()
    type_name = "System.Int64"
    min_value = -(2**63)
    max_value = 2**63 - 1


class Byte(TypedInt):
    __slots__ = ()
    type_name = "System.Byte"
    min_value = 0
    max_value = 255


class SByte(TypedInt):
    __slots__ = ()
    type_name = "System.SByte"
    min_value = -128
    max_value = 127


class Int16(TypedInt):
    __slots__ = ()
    type_name = "System.Int16"
    min_value = -(2**15)
    max_value = 2**15 - 1


class UInt16(TypedInt):
    __slots__ = ()
    type_name = "System.UInt16"
    min_value = 0
    max_value = 2**16 - 1


class UInt32(TypedInt):
    __slots__ = ()
    type_name = "System.UInt32"
    min_value = 0
    max_value = 2**32 - 1


class UInt64(TypedInt):
    __slots__ = ()
    type_name = "System.UInt64"
    min_value = 0
    max_value = 2**64 - 1


class Single(float):
    """System.Single (float): printed with 7 significant digits."""

    __slots__ = ()
    type_name = "System.Single"


class Char(str):
    """System.Char: a one-character string that compares and converts like a char."""

    __slots__ = ()
    type_name = "System.Char"


INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1


def int_literal(value: int) -> int:
    """The type PowerShell gives an integer literal: Int32 when it fits, else Int64,
    else Decimal (raised as OverflowError past Int64 so the caller can pick)."""
    if INT32_MIN <= value <= INT32_MAX:
        return int(value)
    if Int64.min_value <= value <= Int64.max_value:
        return Int64(value)
    raise OverflowError(value)
