"""LanguagePrimitives conversions as Windows PowerShell 5.1 performs them."""
import datetime as dt
import decimal
import uuid

import pytest

from ems import primitives as P
from ems.runtime import conversion as C
from ems.runtime.exceptions import PSInvalidCastException, RuntimeException
from ems.runtime.psobject import PSObject
from ems.runtime.dotnet import (ArrayList, Hashtable, OrderedDictionary, TypedArray, SwitchParameter, Version,
                                resolve_type)
from ems.runtime.dotnet.enums import DayOfWeek
from tests.runtime.fakes import Ctx

D = decimal.Decimal


# ------------------------------------------------------------------ truthiness

@pytest.mark.parametrize("value,expected", [
    (None, False), ("", False), ("0", True), ("False", True), ("false", True), (" ", True),
    (0, False), (1, True), (-1, True), (0.0, False), (0.1, True), (D("0"), False), (D("0.5"), True),
    (P.Int64(0), False), (True, True), (False, False),
    ([], False), ([0], False), ([0, 0], True), ([1], True), ([""], False), (["a"], True), ([None], False),
    ([[]], False), ([[], []], True), (Hashtable(), True), (PSObject.custom({}), True),
    (dt.datetime(2010, 1, 1), True), (SwitchParameter(True), True), (SwitchParameter(False), False),
])
def test_to_bool(value, expected):
    assert C.to_bool(value) is expected


def test_to_bool_wrapped_value_uses_base():
    assert C.to_bool(PSObject("")) is False
    assert C.to_bool(PSObject(0)) is False
    assert C.to_bool(PSObject("x")) is True


# ------------------------------------------------------------------ to_string

@pytest.mark.parametrize("value,expected", [
    (None, ""), ("abc", "abc"), (True, "True"), (False, "False"), (42, "42"), (-7, "-7"),
    (P.Int64(5000000000), "5000000000"),
    (0.1 + 0.2, "0.3"), (1.0, "1"), (2.5, "2.5"), (1e20, "1E+20"), (1e15, "1E+15"),
    (123456789012345.0, "123456789012345"), (0.0001, "0.0001"), (0.00001, "1E-05"), (-0.0, "0"),
    (1 / 3, "0.333333333333333"), (float("nan"), "NaN"), (float("inf"), "Infinity"),
    (float("-inf"), "-Infinity"),
    (P.Single(0.1), "0.1"), (D("1.50"), "1.50"), (D("100"), "100"),
    (P.Char("x"), "x"),
    (dt.datetime(2026, 11, 27, 18, 51, 36), "11/27/2026 18:51:36"),
    (dt.datetime(2010, 6, 5, 4, 3, 2), "06/05/2010 04:03:02"),
    (dt.timedelta(hours=1, minutes=2, seconds=3), "01:02:03"),
    (dt.timedelta(days=1, hours=2), "1.02:00:00"),
    (dt.timedelta(minutes=-90), "-01:30:00"),
    (dt.timedelta(seconds=1, microseconds=500000), "00:00:01.5000000"),
    ([1, 2, 3], "1 2 3"), ([], ""), ([1, [2, 3]], "1 System.Object[]"),
    (Hashtable({"a": 1}), "System.Collections.Hashtable"),
    (OrderedDictionary({"a": 1}), "System.Collections.Specialized.OrderedDictionary"),
    (DayOfWeek.Friday, "Friday"),
    (uuid.UUID("12345678-1234-1234-1234-123456789abc"), "12345678-1234-1234-1234-123456789abc"),
    (Version(14, 1, 218, 15), "14.1.218.15"), (Version(2, 0), "2.0"),
])
def test_to_string(value, expected):
    assert C.to_string(value) == expected


def test_to_string_array_uses_ofs():
    assert C.to_string([1, 2, 3], Ctx(OFS=",")) == "1,2,3"
    assert C.to_string([1, 2, 3], Ctx(OFS="")) == "123"
    assert C.to_string([1, 2, 3], Ctx()) == "1 2 3"


def test_to_string_pscustomobject():
    o = PSObject.custom({"a": 1, "b": 2})
    assert C.to_string(o) == "@{a=1; b=2}"
    assert C.to_string(PSObject.custom({"a": None, "b": [1, 2]})) == "@{a=; b=System.Object[]}"
    assert C.to_string(PSObject.custom({})) == "@{}"


def test_to_string_model_object_uses_ps_to_string():
    class Thing:
        PS_TYPE_NAMES = ("Some.Thing", "System.Object")
        PS_PROPERTIES = ("Name",)

        def ps_to_string(self):
            return "DB01"
    assert C.to_string(Thing()) == "DB01"
    assert C.to_string([Thing(), Thing()]) == "DB01 DB01"


def test_type_prints_as_accelerator():
    assert C.to_string(resolve_type("int")) == "int"
    assert C.to_string(resolve_type("System.Collections.ArrayList")) == "System.Collections.ArrayList"


# ------------------------------------------------------------------ numbers

@pytest.mark.parametrize("text,expected", [
    ("5", 5), (" 5 ", 5), ("0x10", 16), ("1kb", 1024), ("2mb", 2 * 1024 ** 2), ("2.5", 2.5), ("1e3", 1000.0),
    ("-3", -3), ("+3", 3), ("", 0), ("  ", 0), ("3000000000", 3000000000), ("0xFFFFFFFF", -1), ("10d", D(10)),
    ("10l", 10), (".5", 0.5),
])
def test_parse_number(text, expected):
    v = C.parse_number(text)
    assert v == expected and type(v) in (type(expected), P.Int64)


def test_parse_number_types():
    assert type(C.parse_number("3000000000")) is P.Int64
    assert type(C.parse_number("10l")) is P.Int64
    with pytest.raises(ValueError):
        C.parse_number("abc")


# ------------------------------------------------------------------ convert_to: integers

@pytest.mark.parametrize("value,expected", [
    (2.5, 2), (3.5, 4), (-2.5, -2), (-3.5, -4), (0.5, 0), (1.5, 2), (2.4999, 2),
    ("0x10", 16), (" 5 ", 5), ("2.5", 2), ("3.5", 4), ("1e3", 1000), ("", 0), (None, 0),
    (True, 1), (False, 0), (D("2.5"), 2), (D("7.5"), 8), (P.Char("A"), 65), (P.Int64(42), 42),
    ([7], 7), (DayOfWeek.Friday, 5),
])
def test_convert_to_int(value, expected):
    r = C.convert_to(value, "int")
    assert r == expected and type(r) is int


def test_convert_to_int_errors():
    with pytest.raises(PSInvalidCastException) as e:
        C.convert_to("abc", "int")
    assert str(e.value) == ('Cannot convert value "abc" to type "System.Int32". '
                            'Error: "Input string was not in a correct format."')
    with pytest.raises(PSInvalidCastException) as e:
        C.convert_to("99999999999", "int")
    assert str(e.value) == ('Cannot convert value "99999999999" to type "System.Int32". '
                            'Error: "Value was either too large or too small for an Int32."')
    with pytest.raises(PSInvalidCastException) as e:
        C.convert_to(3e10, "int")
    assert str(e.value) == ('Cannot convert value "30000000000" to type "System.Int32". '
                            'Error: "Value was either too large or too small for an Int32."')
    with pytest.raises(PSInvalidCastException) as e:
        C.convert_to(Hashtable(), "int")
    assert str(e.value) == ('Cannot convert the "System.Collections.Hashtable" value of type '
                            '"System.Collections.Hashtable" to type "System.Int32".')
    with pytest.raises(PSInvalidCastException) as e:
        C.convert_to([1, 2], "int")
    assert str(e.value) == ('Cannot convert the "System.Object[]" value of type "System.Object[]" '
                            'to type "System.Int32".')


def test_convert_to_other_integers():
    assert type(C.convert_to(5, "long")) is P.Int64
    assert C.convert_to("5000000000", "long") == 5000000000
    assert type(C.convert_to(200, "byte")) is P.Byte
    with pytest.raises(PSInvalidCastException) as e:
        C.convert_to(300, "byte")
    assert str(e.value) == ('Cannot convert value "300" to type "System.Byte". '
                            'Error: "Value was either too large or too small for an unsigned byte."')
    with pytest.raises(PSInvalidCastException):
        C.convert_to(-1, "uint32")
    assert C.convert_to("65535", "uint16") == 65535


# ------------------------------------------------------------------ other primitive types

def test_convert_to_double_and_decimal():
    assert C.convert_to("2.5", "double") == 2.5
    assert type(C.convert_to(5, "double")) is float
    assert C.convert_to("", "double") == 0.0
    assert C.convert_to(0.1, "decimal") == D("0.1")
    assert C.convert_to("1.10", "decimal") == D("1.10")
    assert C.convert_to(3, "decimal") == D(3)
    with pytest.raises(PSInvalidCastException) as e:
        C.convert_to("x", "double")
    assert str(e.value) == ('Cannot convert value "x" to type "System.Double". '
                            'Error: "Input string was not in a correct format."')


@pytest.mark.parametrize("value,expected", [
    ("false", True), ("", False), ("0", True), (0, False), (None, False), ([], False), ([0], False),
    ([0, 0], True), (Hashtable(), True), (1.5, True),
])
def test_convert_to_bool(value, expected):
    assert C.convert_to(value, "bool") is expected


def test_convert_to_string():
    assert C.convert_to(None, "string") == ""
    assert C.convert_to(5, "string") == "5"
    assert C.convert_to([1, 2], "string") == "1 2"
    assert C.convert_to(True, "string") == "True"


def test_convert_to_char():
    assert C.convert_to(65, "char") == "A" and type(C.convert_to(65, "char")) is P.Char
    assert C.convert_to("x", "char") == "x"
    with pytest.raises(PSInvalidCastException) as e:
        C.convert_to("ab", "char")
    assert str(e.value) == ('Cannot convert value "ab" to type "System.Char". '
                            'Error: "String must be exactly one character long."')


def test_convert_to_datetime_invariant():
    assert C.convert_to("2010-06-15 14:35", "datetime") == dt.datetime(2010, 6, 15, 14, 35)
    assert C.convert_to("6/15/2010", "datetime") == dt.datetime(2010, 6, 15)
    assert C.convert_to("06/15/2010 14:35:10", "datetime") == dt.datetime(2010, 6, 15, 14, 35, 10)
    assert C.convert_to("6/15/2010 2:35 PM", "datetime") == dt.datetime(2010, 6, 15, 14, 35)
    assert C.convert_to("2010-06-15T14:35:10", "datetime") == dt.datetime(2010, 6, 15, 14, 35, 10)
    assert C.convert_to("June 15, 2010", "datetime") == dt.datetime(2010, 6, 15)
    assert C.convert_to("15 June 2010", "datetime") == dt.datetime(2010, 6, 15)
    assert C.convert_to("14:35", "datetime", Ctx()) == dt.datetime(2026, 11, 27, 14, 35)
    with pytest.raises(PSInvalidCastException) as e:
        C.convert_to("15/06/2010", "datetime")
    assert str(e.value) == ('Cannot convert value "15/06/2010" to type "System.DateTime". '
                            'Error: "String was not recognized as a valid DateTime."')


def test_convert_to_timespan():
    assert C.convert_to("01:02:03", "timespan") == dt.timedelta(hours=1, minutes=2, seconds=3)
    assert C.convert_to("1.02:03:04", "timespan") == dt.timedelta(days=1, hours=2, minutes=3, seconds=4)
    assert C.convert_to("00:15", "timespan") == dt.timedelta(minutes=15)
    assert C.convert_to("7", "timespan") == dt.timedelta(days=7)
    assert C.convert_to("-00:00:30", "timespan") == dt.timedelta(seconds=-30)
    assert C.convert_to("00:00:00.5", "timespan") == dt.timedelta(milliseconds=500)
    assert C.convert_to(10_000_000, "timespan") == dt.timedelta(seconds=1)
    with pytest.raises(PSInvalidCastException) as e:
        C.convert_to("abc", "timespan")
    assert "String was not recognized as a valid TimeSpan." in str(e.value)


def test_convert_to_guid_version_regex_type():
    g = C.convert_to("12345678-1234-1234-1234-123456789abc", "guid")
    assert g == uuid.UUID("12345678-1234-1234-1234-123456789abc")
    assert C.convert_to("{12345678-1234-1234-1234-123456789abc}", "guid") == g
    v = C.convert_to("14.1.218.15", "version")
    assert (v.Major, v.Minor, v.Build, v.Revision) == (14, 1, 218, 15)
    rx = C.convert_to("a+", "regex")
    assert rx.IsMatch("caat")
    assert C.convert_to("int", "type") is resolve_type("System.Int32")
    with pytest.raises(PSInvalidCastException):
        C.convert_to("not-a-guid", "guid")


def test_null_to_value_types_gives_defaults():
    assert C.convert_to(None, "datetime") == dt.datetime(1, 1, 1)
    assert C.convert_to(None, "timespan") == dt.timedelta(0)
    assert C.convert_to(None, "double") == 0.0
    assert C.convert_to(None, "char") == "\0"
    assert C.convert_to(None, "int[]") is None
    assert C.convert_to(None, "array") is None
    assert C.convert_to(None, "hashtable") is None


def test_void_and_object():
    assert C.convert_to(5, "void") is None
    o = object()
    assert C.convert_to(o, "object") is o
    assert C.convert_to(o, "psobject") is o


# ------------------------------------------------------------------ enums

def test_convert_to_enum():
    assert C.convert_to("friday", "System.DayOfWeek") is DayOfWeek.Friday
    assert C.convert_to(1, "DayOfWeek") is DayOfWeek.Monday
    assert C.convert_to("2", "DayOfWeek") is DayOfWeek.Tuesday
    with pytest.raises(PSInvalidCastException) as e:
        C.convert_to("Funday", "System.DayOfWeek")
    assert str(e.value) == (
        'Cannot convert value "Funday" to type "System.DayOfWeek". Error: "Unable to match the identifier name '
        'Funday to a valid enumerator name. Specify one of the following enumerator names and try again: '
        'Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday"')


def test_convert_to_flags_enum():
    opts = C.convert_to("IgnoreCase, Multiline", "System.Text.RegularExpressions.RegexOptions")
    assert int(opts) == 3
    assert C.to_string(opts) == "IgnoreCase, Multiline"


# ------------------------------------------------------------------ collections

def test_convert_to_arrays():
    r = C.convert_to("1", "int[]")
    assert r == [1] and isinstance(r, TypedArray) and r.element_type.full_name == "System.Int32"
    assert C.convert_to(["1", "2"], "int[]") == [1, 2]
    assert C.convert_to(5, "string[]") == ["5"]
    assert C.convert_to([1, 2.5], "string[]") == ["1", "2.5"]
    assert C.convert_to(5, "array") == [5]
    a = [1, 2]
    assert C.convert_to(a, "array") is a
    assert C.convert_to(5, "object[]") == [5]
    with pytest.raises(PSInvalidCastException):
        C.convert_to(["1", "x"], "int[]")


def test_convert_to_hashtables_and_lists():
    h = Hashtable({"a": 1})
    assert C.convert_to(h, "hashtable") is h
    o = C.convert_to(Hashtable({"b": 1, "a": 2}), "ordered")
    assert isinstance(o, OrderedDictionary) and list(o) == ["b", "a"]
    al = C.convert_to([1, 2], "System.Collections.ArrayList")
    assert isinstance(al, ArrayList) and al == [1, 2]
    gl = C.convert_to(["1", "2"], "System.Collections.Generic.List[int]")
    assert gl == [1, 2] and all(type(x) is int for x in gl)


def test_to_pscustomobject():
    h = OrderedDictionary()
    h["Name"] = "x"
    h["Size"] = 5
    o = C.to_pscustomobject(h)
    assert o.property_names() == ["Name", "Size"]
    assert C.to_string(o) == "@{Name=x; Size=5}"
    o2 = C.convert_to(Hashtable({"a": 1}), "pscustomobject")
    assert isinstance(o2, PSObject) and o2.note("a") == 1


def test_unknown_type_name():
    with pytest.raises(RuntimeException) as e:
        C.convert_to(1, "NoSuchType")
    assert str(e.value) == "Unable to find type [NoSuchType]."


def test_try_convert():
    assert C.try_convert("5", "int") == (True, 5)
    assert C.try_convert("x", "int") == (False, None)
