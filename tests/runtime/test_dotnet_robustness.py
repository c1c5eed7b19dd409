"""Every operator, conversion and member access on every kind of value either works or raises a
PowerShell error (PSRuntimeException): never a Python exception that would become a traceback."""
import datetime as dt
import decimal
import uuid

import pytest

from ems import primitives as P
from ems.runtime import conversion as C
from ems.runtime import members as M
from ems.runtime.exceptions import PSRuntimeException
from ems.runtime.operators import binary, unary
from ems.runtime.psobject import PSObject
from ems.runtime.dotnet import ArrayList, Hashtable, Version, resolve_type
from ems.runtime.dotnet.enums import DayOfWeek

VALUES = [None, 0, 1, -1, 2**31 - 1, P.Int64(5), P.Byte(3), 1.5, float("nan"), float("inf"), decimal.Decimal("2.5"),
          True, False, "", "abc", "5", "0x10", P.Char("a"), [], [1, 2], [None], Hashtable({"a": 1}),
          PSObject.custom({"a": 1}), PSObject("w"), dt.datetime(2010, 1, 1), dt.timedelta(1), uuid.UUID(int=5),
          Version(1, 2), DayOfWeek.Monday, resolve_type("int"), ArrayList([1]), object()]
OPS = ["+", "-", "*", "/", "%", "eq", "ne", "lt", "gt", "le", "ge", "ceq", "like", "match", "replace", "split",
       "join", "contains", "in", "is", "as", "band", "bor", "shl", "..", "f", "and", "xor"]


def _safe(fn, *args):
    try:
        fn(*args)
    except PSRuntimeException:
        pass


@pytest.mark.parametrize("op", OPS)
def test_binary_operators_never_leak_python_errors(op):
    for left in VALUES:
        for right in VALUES:
            if op == ".." and isinstance(left, (int, float)) and isinstance(right, (int, float)):
                continue
            if op == "*" and isinstance(right, (int, float)) and not isinstance(right, bool) and (
                    right != right or abs(right) > 1000):
                continue
            _safe(binary, op, left, right)


def test_unary_operators_never_leak_python_errors():
    for op in ["-", "+", "not", "bnot", "join", "split", ","]:
        for v in VALUES:
            _safe(unary, op, v)


@pytest.mark.parametrize("type_name", ["int", "string", "bool", "double", "decimal", "datetime", "timespan", "guid",
                                       "version", "char", "int[]", "hashtable", "regex", "DayOfWeek", "xml",
                                       "pscustomobject", "array", "long", "byte", "scriptblock", "type", "char[]",
                                       "ipaddress", "cultureinfo"])
def test_conversions_never_leak_python_errors(type_name):
    for v in VALUES:
        _safe(C.convert_to, v, type_name)


def test_member_access_never_leaks_python_errors():
    names = ["Length", "Count", "Name", "Keys", "Year", "Days", "Foo", "psobject", "PSTypeNames", "PSBase"]
    calls = [("ToString", []), ("GetType", []), ("Split", [","]), ("Add", [1]), ("Substring", [1]),
             ("Equals", [1]), ("CompareTo", [1]), ("AddDays", [1]), ("Contains", [1]), ("Foo", [])]
    for v in VALUES:
        C.to_string(v)
        C.to_bool(v)
        for n in names:
            _safe(M.get_member, v, n)
            M.try_get_member(v, n)
        for n, a in calls:
            _safe(M.invoke_method, v, n, a)
        for i in [0, -1, 5, "a", [0, 1], None]:
            _safe(M.get_index, v, i)
        M.members_of(v)
        M.property_names(v)
        M.type_names(v)
