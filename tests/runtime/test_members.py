"""Member access, methods and indexing as Windows PowerShell 5.1 behaves."""
import datetime as dt

import pytest

from ems import primitives as P
from ems.runtime import members as M
from ems.runtime.control import AUTOMATION_NULL
from ems.runtime.exceptions import (MethodException, MethodInvocationException, PropertyNotFoundException,
                                    PSRuntimeException, RuntimeException)
from ems.runtime.psobject import (PSAliasProperty, PSCodeProperty, PSNoteProperty, PSObject, PSScriptMethod,
                                  PSScriptProperty)
from ems.runtime.dotnet import ArrayList, GenericList, Hashtable, OrderedDictionary, TypedArray, resolve_type
from ems.runtime.dotnet.builtins import StringBuilder
from ems.runtime.dotnet.enums import DayOfWeek
from tests.runtime.fakes import Ctx


class Database:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.SystemConfiguration.MailboxDatabase", "System.Object")
    PS_PROPERTIES = ("Name", "Server", "CircularLoggingEnabled")
    PS_SETTABLE = ("CircularLoggingEnabled",)
    PS_METHODS = ("Describe",)

    def __init__(self, name):
        self.Name = name
        self.Server = "EX01"
        self.CircularLoggingEnabled = False

    def Describe(self, prefix="db"):
        return f"{prefix}:{self.Name}"

    def ps_to_string(self):
        return self.Name


# ------------------------------------------------------------------ properties

def test_pscustomobject_members():
    o = PSObject.custom({"Name": "a", "Size": 2})
    assert M.get_member(o, "name") == "a"
    assert M.get_member(o, "Missing") is None
    o.add_member(PSAliasProperty("N", "Name"))
    assert M.get_member(o, "n") == "a"
    o.add_member(PSScriptProperty("Double", lambda this: M.get_member(this, "Size") * 2))
    assert M.get_member(o, "Double", Ctx()) == 4
    o.add_member(PSCodeProperty("Code", lambda this: "code"))
    assert M.get_member(o, "Code") == "code"


def test_strict_mode_missing_property():
    with pytest.raises(PropertyNotFoundException) as e:
        M.get_member(PSObject.custom({}), "Nope", Ctx(strict=2))
    assert str(e.value) == "The property 'Nope' cannot be found on this object. Verify that the property exists."
    assert M.get_member(PSObject.custom({}), "Nope", Ctx(strict=1)) is None


def test_wrapped_object_instance_members_first():
    o = PSObject("hello")
    o.add_member(PSNoteProperty("Extra", 1))
    assert M.get_member(o, "Extra") == 1
    assert M.get_member(o, "Length") == 5


def test_model_object_properties_case_insensitive():
    db = Database("DB01")
    assert M.get_member(db, "name") == "DB01"
    assert M.get_member(db, "SERVER") == "EX01"
    assert M.get_member(db, "Nope") is None
    assert M.property_names(db) == ["Name", "Server", "CircularLoggingEnabled"]


def test_hashtable_members():
    h = Hashtable()
    h["Name"] = "x"
    h["b"] = 2
    assert M.get_member(h, "name") == "x"
    assert M.get_member(h, "Count") == 2
    assert M.get_member(h, "Keys") == ["Name", "b"]
    assert M.get_member(h, "Values") == ["x", 2]
    assert M.get_member(h, "nope") is None
    h["Count"] = 99  # a key wins over the property
    assert M.get_member(h, "Count") == 99


def test_string_and_array_properties():
    assert M.get_member("hello", "Length") == 5
    assert M.get_member([1, 2, 3], "Count") == 3
    assert M.get_member([1, 2, 3], "Length") == 3
    assert M.get_member(ArrayList([1]), "Count") == 1


def test_member_enumeration():
    a, b = PSObject.custom({"Name": "a"}), PSObject.custom({"Name": "b"})
    assert M.get_member([a, b], "Name") == ["a", "b"]
    assert M.get_member([a], "Name") == "a"
    assert M.get_member(["ab", "cde"], "Length") == 2  # the array's own Length
    assert M.get_member([Database("X"), Database("Y")], "Server") == ["EX01", "EX01"]
    assert M.get_member([a, 1], "Name") == "a"


def test_datetime_properties():
    d = dt.datetime(2010, 6, 15, 14, 35, 10, 250000)
    assert M.get_member(d, "Year") == 2010
    assert M.get_member(d, "Month") == 6
    assert M.get_member(d, "Day") == 15
    assert M.get_member(d, "Hour") == 14
    assert M.get_member(d, "Minute") == 35
    assert M.get_member(d, "Second") == 10
    assert M.get_member(d, "Millisecond") == 250
    assert M.get_member(d, "DayOfWeek") is DayOfWeek.Tuesday
    assert M.get_member(d, "DayOfYear") == 166
    assert M.get_member(d, "Date") == dt.datetime(2010, 6, 15)
    assert M.get_member(d, "TimeOfDay") == dt.timedelta(hours=14, minutes=35, seconds=10, milliseconds=250)
    assert M.get_member(dt.datetime(1, 1, 1), "Ticks") == 0
    assert M.get_member(dt.datetime(2010, 1, 1), "Ticks") == 633979008000000000
    assert M.get_member(d, "DateTime") == "Tuesday, June 15, 2010 2:35:10 PM"


def test_timespan_properties():
    t = dt.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=500)
    assert M.get_member(t, "Days") == 1
    assert M.get_member(t, "Hours") == 2
    assert M.get_member(t, "Minutes") == 3
    assert M.get_member(t, "Seconds") == 4
    assert M.get_member(t, "Milliseconds") == 500
    assert M.get_member(dt.timedelta(minutes=90), "TotalMinutes") == 90.0
    assert M.get_member(dt.timedelta(minutes=90), "TotalHours") == 1.5
    assert M.get_member(dt.timedelta(seconds=1), "Ticks") == 10_000_000
    neg = dt.timedelta(minutes=-90)
    assert M.get_member(neg, "Hours") == -1
    assert M.get_member(neg, "Minutes") == -30
    assert M.get_member(neg, "TotalMinutes") == -90.0


def test_type_object_properties():
    t = M.invoke_method(1, "GetType", [])
    assert M.get_member(t, "FullName") == "System.Int32"
    assert M.get_member(t, "Name") == "Int32"
    assert M.get_member(M.get_member(t, "BaseType"), "FullName") == "System.ValueType"
    assert M.get_member(M.invoke_method("x", "GetType", []), "FullName") == "System.String"
    assert M.get_member(M.invoke_method([1], "GetType", []), "FullName") == "System.Object[]"
    assert M.get_member(M.invoke_method(Hashtable(), "GetType", []), "Name") == "Hashtable"
    assert M.get_member(M.invoke_method(PSObject.custom({}), "GetType", []), "FullName") == \
        "System.Management.Automation.PSCustomObject"
    assert M.get_member(M.invoke_method(dt.datetime(2010, 1, 1), "GetType", []), "Name") == "DateTime"


# ------------------------------------------------------------------ set_member

def test_set_member():
    o = PSObject.custom({"a": 1})
    M.set_member(o, "A", 5)
    assert o.note("a") == 5
    with pytest.raises(RuntimeException) as e:
        M.set_member(o, "zzz", 1)
    assert str(e.value) == ("The property 'zzz' cannot be found on this object. Verify that the property exists "
                            "and can be set.")
    db = Database("DB01")
    M.set_member(db, "circularloggingenabled", True)
    assert db.CircularLoggingEnabled is True
    with pytest.raises(PSRuntimeException) as e:
        M.set_member(db, "Name", "x")
    assert str(e.value) == "'Name' is a ReadOnly property."
    with pytest.raises(PSRuntimeException) as e:
        M.set_member("abc", "Length", 1)
    assert str(e.value) == "'Length' is a ReadOnly property."
    h = Hashtable()
    M.set_member(h, "New", 1)
    assert h["new"] == 1


def test_set_script_property():
    o = PSObject.custom({"v": 1})
    o.add_member(PSScriptProperty("Ro", lambda this: 1))
    with pytest.raises(PSRuntimeException) as e:
        M.set_member(o, "Ro", 2, Ctx())
    assert str(e.value) == "'Ro' is a ReadOnly property."


# ------------------------------------------------------------------ string methods

@pytest.mark.parametrize("s,name,args,expected", [
    ("a,b,c", "Split", [","], ["a", "b", "c"]),
    ("a,b;c", "Split", [",;"], ["a", "b", "c"]),
    ("a::b", "Split", ["::"], ["a", "", "b"]),
    ("a b", "Split", [], ["a", "b"]),
    ("a,b,c", "Split", [",", 2], ["a", "b,c"]),
    ("  x  ", "Trim", [], "x"),
    ("xxhixx", "Trim", ["x"], "hi"),
    ("  x  ", "TrimStart", [], "x  "),
    ("  x  ", "TrimEnd", [], "  x"),
    ("abcabc", "Replace", ["b", "X"], "aXcaXc"),
    ("abc", "Replace", ["B", "X"], "abc"),
    ("hello", "Substring", [1], "ello"),
    ("hello", "Substring", [1, 3], "ell"),
    ("hello", "IndexOf", ["l"], 2),
    ("hello", "IndexOf", ["z"], -1),
    ("hello", "IndexOf", ["l", 3], 3),
    ("hello", "LastIndexOf", ["l"], 3),
    ("hello", "StartsWith", ["he"], True),
    ("hello", "StartsWith", ["HE"], False),
    ("hello", "EndsWith", ["lo"], True),
    ("hello", "Contains", ["ell"], True),
    ("hello", "Contains", ["ELL"], False),
    ("Hello", "ToUpper", [], "HELLO"),
    ("Hello", "ToLower", [], "hello"),
    ("5", "PadLeft", [3], "  5"),
    ("5", "PadLeft", [3, "0"], "005"),
    ("5", "PadRight", [3, "."], "5.."),
    ("abc", "Insert", [1, "X"], "aXbc"),
    ("abcdef", "Remove", [2], "ab"),
    ("abcdef", "Remove", [2, 2], "abef"),
    ("abc", "Equals", ["abc"], True),
    ("abc", "Equals", ["ABC"], False),
    ("abc", "CompareTo", ["abd"], -1),
    ("abc", "ToString", [], "abc"),
])
def test_string_methods(s, name, args, expected):
    assert M.invoke_method(s, name, args) == expected


def test_string_method_names_are_case_insensitive():
    assert M.invoke_method("abc", "toupper", []) == "ABC"


def test_to_char_array():
    r = M.invoke_method("ab", "ToCharArray", [])
    assert r == ["a", "b"] and all(type(c) is P.Char for c in r)


def test_method_errors():
    with pytest.raises(MethodException) as e:
        M.invoke_method(1, "Foo", [])
    assert str(e.value) == "Method invocation failed because [System.Int32] does not contain a method named 'Foo'."
    assert e.value.error_id == "MethodNotFound"
    with pytest.raises(MethodException) as e:
        M.invoke_method("abc", "Substring", [1, 2, 3])
    assert str(e.value) == 'Cannot find an overload for "Substring" and the argument count: "3".'
    with pytest.raises(MethodInvocationException) as e:
        M.invoke_method("abc", "Substring", [5])
    assert str(e.value) == ('Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than '
                            'length of string.\nParameter name: startIndex"')
    assert e.value.error_id == "ArgumentOutOfRangeException"
    assert e.value.inner.dotnet_type == "System.ArgumentOutOfRangeException"
    with pytest.raises(MethodInvocationException) as e:
        M.invoke_method("abc", "Substring", [1, 5])
    assert str(e.value).startswith('Exception calling "Substring" with "2" argument(s): "Index and length must '
                                   'refer to a location within the string.')
    with pytest.raises(RuntimeException) as e:
        M.invoke_method(None, "Foo", [])
    assert str(e.value) == "You cannot call a method on a null-valued expression."


# ------------------------------------------------------------------ collections

def test_fixed_size_array():
    with pytest.raises(MethodInvocationException) as e:
        M.invoke_method([1], "Add", [2])
    assert str(e.value) == 'Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."'
    assert M.invoke_method([1, 2, 3], "Contains", [2]) is True
    assert M.invoke_method([1, 2, 3], "IndexOf", [3]) == 2


def test_arraylist_methods():
    al = ArrayList()
    assert M.invoke_method(al, "Add", ["a"]) == 0
    assert M.invoke_method(al, "Add", ["b"]) == 1
    assert M.invoke_method(al, "AddRange", [[1, 2]]) is AUTOMATION_NULL
    assert al == ["a", "b", 1, 2]
    M.invoke_method(al, "Remove", ["b"])
    assert al == ["a", 1, 2]
    M.invoke_method(al, "RemoveAt", [0])
    M.invoke_method(al, "Insert", [0, "z"])
    assert al == ["z", 1, 2]
    assert M.invoke_method(al, "Contains", [1]) is True
    assert M.invoke_method(al, "IndexOf", [2]) == 2
    M.invoke_method(al, "Reverse", [])
    assert al == [2, 1, "z"]
    arr = M.invoke_method(al, "ToArray", [])
    assert arr == [2, 1, "z"] and type(arr) is list
    M.invoke_method(al, "Clear", [])
    assert al == []
    al2 = ArrayList([3, 1, 2])
    M.invoke_method(al2, "Sort", [])
    assert al2 == [1, 2, 3]
    with pytest.raises(MethodInvocationException) as e:
        M.invoke_method(ArrayList(), "RemoveAt", [0])
    assert "Index was out of range" in str(e.value)


def test_generic_list_converts_items():
    t = resolve_type("System.Collections.Generic.List[int]")
    gl = M.invoke_static_method(t, "new", [])
    assert isinstance(gl, GenericList)
    assert M.invoke_method(gl, "Add", ["5"]) is AUTOMATION_NULL
    assert gl == [5] and type(gl[0]) is int
    with pytest.raises(MethodException) as e:
        M.invoke_method(gl, "Add", ["x"])
    assert str(e.value) == ('Cannot convert argument "item", with value: "x", for "Add" to type "System.Int32": '
                            '"Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a '
                            'correct format.""')
    assert M.invoke_method(gl, "Remove", [5]) is True
    assert M.invoke_method(gl, "Remove", [5]) is False


def test_hashtable_methods():
    h = Hashtable()
    M.invoke_method(h, "Add", ["a", 1])
    with pytest.raises(MethodInvocationException) as e:
        M.invoke_method(h, "Add", ["A", 2])
    assert str(e.value) == ('Exception calling "Add" with "2" argument(s): "Item has already been added. '
                            "Key in dictionary: 'a'  Key being added: 'A'\"")
    assert M.invoke_method(h, "ContainsKey", ["A"]) is True
    assert M.invoke_method(h, "ContainsValue", [1]) is True
    c = M.invoke_method(h, "Clone", [])
    assert c == h and c is not h and isinstance(c, Hashtable)
    M.invoke_method(h, "Remove", ["a"])
    assert len(h) == 0
    h["x"] = 1
    en = M.invoke_method(h, "GetEnumerator", [])
    entries = list(en)
    assert M.get_member(entries[0], "Key") == "x" and M.get_member(entries[0], "Value") == 1
    assert M.get_member(entries[0], "Name") == "x"


# ------------------------------------------------------------------ dates, spans, numbers

def test_datetime_methods():
    d = dt.datetime(2010, 1, 31, 12, 0)
    assert M.invoke_method(d, "AddDays", [1]) == dt.datetime(2010, 2, 1, 12, 0)
    assert M.invoke_method(d, "AddDays", [-0.5]) == dt.datetime(2010, 1, 31, 0, 0)
    assert M.invoke_method(d, "AddHours", [2]) == dt.datetime(2010, 1, 31, 14, 0)
    assert M.invoke_method(d, "AddMinutes", [30]) == dt.datetime(2010, 1, 31, 12, 30)
    assert M.invoke_method(d, "AddSeconds", [5]) == dt.datetime(2010, 1, 31, 12, 0, 5)
    assert M.invoke_method(d, "AddMonths", [1]) == dt.datetime(2010, 2, 28, 12, 0)
    assert M.invoke_method(d, "AddYears", [-1]) == dt.datetime(2009, 1, 31, 12, 0)
    assert M.invoke_method(d, "ToString", ["yyyy-MM-dd"]) == "2010-01-31"
    assert M.invoke_method(d, "ToString", []) == "1/31/2010 12:00:00 PM"
    assert M.invoke_method(d, "ToShortDateString", []) == "1/31/2010"
    assert M.invoke_method(d, "ToLongDateString", []) == "Sunday, January 31, 2010"
    assert M.invoke_method(d, "ToShortTimeString", []) == "12:00 PM"
    assert M.invoke_method(d, "Subtract", [dt.datetime(2010, 1, 30, 12, 0)]) == dt.timedelta(days=1)
    assert M.invoke_method(d, "Subtract", [dt.timedelta(hours=12)]) == dt.datetime(2010, 1, 31)
    assert M.invoke_method(d, "CompareTo", [dt.datetime(2011, 1, 1)]) == -1


def test_timespan_methods():
    t = dt.timedelta(minutes=5)
    assert M.invoke_method(t, "Add", [dt.timedelta(minutes=1)]) == dt.timedelta(minutes=6)
    assert M.invoke_method(t, "Subtract", [dt.timedelta(minutes=1)]) == dt.timedelta(minutes=4)
    assert M.invoke_method(t, "ToString", []) == "00:05:00"
    assert M.invoke_method(t, "Negate", []) == dt.timedelta(minutes=-5)


def test_number_methods():
    assert M.invoke_method(3.14159, "ToString", ["N2"]) == "3.14"
    assert M.invoke_method(255, "ToString", ["X"]) == "FF"
    assert M.invoke_method(5, "ToString", []) == "5"
    assert M.invoke_method(5, "CompareTo", [3]) == 1
    assert M.invoke_method(5, "Equals", [5]) is True
    assert M.invoke_method(5, "Equals", [5.0]) is False
    assert M.invoke_method(DayOfWeek.Friday, "ToString", []) == "Friday"


def test_model_methods():
    db = Database("DB01")
    assert M.invoke_method(db, "describe", []) == "db:DB01"
    assert M.invoke_method(db, "Describe", ["x"]) == "x:DB01"
    with pytest.raises(MethodException) as e:
        M.invoke_method(db, "Describe", [1, 2])
    assert str(e.value) == 'Cannot find an overload for "Describe" and the argument count: "2".'
    assert M.invoke_method(db, "ToString", []) == "DB01"


def test_script_method():
    o = PSObject.custom({"n": 2})
    o.add_member(PSScriptMethod("Twice", lambda this, x: M.get_member(this, "n") * x))
    assert M.invoke_method(o, "Twice", [5], Ctx()) == 10


def test_where_and_foreach():
    ctx = Ctx()
    assert M.invoke_method([1, 2, 3, 4], "Where", [lambda x: x > 2], ctx) == [3, 4]
    assert M.invoke_method([1, 2, 3, 4], "Where", [lambda x: x > 1, "First"], ctx) == [2]
    assert M.invoke_method([1, 2, 3], "ForEach", [lambda x: x * 2], ctx) == [2, 4, 6]
    objs = [PSObject.custom({"Name": "a"}), PSObject.custom({"Name": "b"})]
    assert M.invoke_method(objs, "ForEach", ["Name"], ctx) == ["a", "b"]


def test_stringbuilder():
    sb = StringBuilder()
    assert M.invoke_method(sb, "Append", ["a"]) is sb
    M.invoke_method(sb, "AppendLine", ["b"])
    M.invoke_method(sb, "AppendFormat", ["{0}-{1}", 1, 2])
    assert M.invoke_method(sb, "ToString", []) == "ab\n1-2"
    assert M.get_member(sb, "Length") == 6
    M.invoke_method(sb, "Insert", [0, "X"])
    assert M.invoke_method(sb, "ToString", []) == "Xab\n1-2"
    M.invoke_method(sb, "Clear", [])
    assert M.invoke_method(sb, "ToString", []) == ""


# ------------------------------------------------------------------ indexing

def test_get_index():
    a = [1, 2, 3, 4]
    assert M.get_index(a, 0) == 1
    assert M.get_index(a, -1) == 4
    assert M.get_index(a, 10) is None
    assert M.get_index(a, [0, 2]) == [1, 3]
    assert M.get_index(a, [1, 2, 3]) == [2, 3, 4]
    assert M.get_index(a, [0, 10]) == [1]
    assert M.get_index(a, "1") == 2
    r = M.get_index("abc", 1)
    assert r == "b" and type(r) is P.Char
    assert M.get_index("abc", -1) == "c"
    assert M.get_index("abc", 5) is None
    h = Hashtable({"a": 1, "b": 2})
    assert M.get_index(h, "A") == 1
    assert M.get_index(h, "zz") is None
    assert M.get_index(h, ["a", "b"]) == [1, 2]
    assert M.get_index(5, 0) == 5
    assert M.get_index(5, 1) is None
    o = OrderedDictionary()
    o["x"] = "first"
    o["y"] = "second"
    assert M.get_index(o, 1) == "second"
    with pytest.raises(RuntimeException) as e:
        M.get_index(None, 0)
    assert str(e.value) == "Cannot index into a null array."


def test_get_index_strict_mode_3():
    with pytest.raises(RuntimeException) as e:
        M.get_index([1], 5, Ctx(strict=3))
    assert str(e.value) == "Index was outside the bounds of the array."


def test_set_index():
    a = [1, 2, 3]
    M.set_index(a, 0, 9)
    M.set_index(a, -1, 8)
    assert a == [9, 2, 8]
    with pytest.raises(RuntimeException) as e:
        M.set_index(a, 5, 1)
    assert str(e.value) == "Index was outside the bounds of the array."
    h = Hashtable()
    M.set_index(h, "K", 1)
    M.set_index(h, "k", 2)
    assert dict(h) == {"K": 2}
    ta = TypedArray([1, 2], resolve_type("int"))
    M.set_index(ta, 0, "7")
    assert ta[0] == 7 and type(ta[0]) is int
    with pytest.raises(RuntimeException):
        M.set_index("abc", 0, "x")


# ------------------------------------------------------------------ type names, property names, Get-Member

def test_type_names():
    assert M.type_names("x") == ["System.String", "System.Object"]
    assert M.type_names(1) == ["System.Int32", "System.ValueType", "System.Object"]
    assert M.type_names(PSObject.custom({})) == ["System.Management.Automation.PSCustomObject", "System.Object"]
    assert M.type_names(Hashtable()) == ["System.Collections.Hashtable", "System.Object"]
    assert M.type_names([1]) == ["System.Object[]", "System.Array", "System.Object"]
    assert M.type_names(Database("x")) == list(Database.PS_TYPE_NAMES)
    assert M.type_names(dt.datetime(2010, 1, 1)) == ["System.DateTime", "System.ValueType", "System.Object"]
    assert M.type_names(None) == []


def test_property_names():
    assert M.property_names(PSObject.custom({"b": 1, "a": 2})) == ["b", "a"]
    assert M.property_names("x") == ["Length"]
    assert M.property_names(Hashtable()) == ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values",
                                             "SyncRoot", "Count"]
    assert M.property_names(dt.timedelta(0)) == ["Ticks", "Days", "Hours", "Milliseconds", "Minutes", "Seconds",
                                                 "TotalDays", "TotalHours", "TotalMilliseconds", "TotalMinutes",
                                                 "TotalSeconds"]
    assert M.property_names(5) == []
    wrapped = PSObject(Database("x"))
    wrapped.add_member(PSNoteProperty("Extra", 1))
    assert M.property_names(wrapped) == ["Extra", "Name", "Server", "CircularLoggingEnabled"]


def test_members_of():
    recs = {r.name: r for r in M.members_of("abc")}
    assert recs["Length"].member_type == "Property"
    assert recs["Length"].definition == "int Length {get;}"
    assert recs["Trim"].member_type == "Method"
    assert "string Trim(Params char[] trimChars)" in recs["Trim"].definition
    assert "GetType" in recs and "ToString" in recs
    o = PSObject.custom({"Name": "x", "N": 5})
    recs = {r.name: r for r in M.members_of(o)}
    assert recs["Name"].member_type == "NoteProperty"
    assert recs["Name"].definition == "string Name=x"
    assert recs["N"].definition == "int N=5"
    db = {r.name: r for r in M.members_of(Database("x"))}
    assert db["CircularLoggingEnabled"].definition == "bool CircularLoggingEnabled {get;set;}"
    assert db["Name"].definition == "string Name {get;}"


# ------------------------------------------------------------------ statics

def test_static_members():
    assert M.get_static_member(resolve_type("int"), "MaxValue") == 2147483647
    assert M.get_static_member(resolve_type("int"), "Nope") is None
    assert M.get_static_member(resolve_type("DayOfWeek"), "Friday") is DayOfWeek.Friday
    assert M.get_static_member(resolve_type("datetime"), "Now", Ctx()) == dt.datetime(2026, 11, 27, 18, 51, 36)
    with pytest.raises(MethodException) as e:
        M.invoke_static_method(resolve_type("math"), "Nope", [])
    assert str(e.value) == "Method invocation failed because [System.Math] does not contain a method named 'Nope'."
    with pytest.raises(MethodException) as e:
        M.invoke_static_method(resolve_type("math"), "Sqrt", [1, 2])
    assert str(e.value) == 'Cannot find an overload for "Sqrt" and the argument count: "2".'
    m = M.get_static_member(resolve_type("math"), "Round")
    assert "static double Round(double a)" in M.get_member(m, "OverloadDefinitions")


# ------------------------------------------------------------------ intrinsic members

def test_intrinsic_count_and_length():
    assert M.get_member(5, "Count") == 1
    assert M.get_member(None, "Count") == 0
    assert M.get_member(PSObject.custom({"a": 1}), "Length") == 1
    assert M.get_member([1, 2], "Count") == 2
    assert M.try_get_member(PSObject.custom({"a": 1}), "Count") == (False, None)
    with pytest.raises(PropertyNotFoundException):
        M.get_member(5, "Count", Ctx(strict=2))


def test_psobject_view():
    o = PSObject.custom({"Name": "x", "Size": 5})
    view = M.get_member(o, "PSObject")
    props = list(M.get_member(view, "Properties"))
    assert [M.get_member(p, "Name") for p in props] == ["Name", "Size"]
    assert [M.get_member(p, "Value") for p in props] == ["x", 5]
    assert M.get_member(props[0], "MemberType") == "NoteProperty"
    M.set_member(M.get_index(M.get_member(view, "Properties"), "name"), "Value", "y")
    assert o.note("Name") == "y"
    assert M.get_member(M.get_member(view, "Properties"), "Count") == 2
    assert M.get_member(M.get_member("abc", "psobject"), "BaseObject") == "abc"


def test_pstypenames_insert():
    o = PSObject.custom({"a": 1})
    names = M.get_member(o, "PSTypeNames")
    M.invoke_method(names, "Insert", [0, "My.Type"])
    assert M.type_names(o)[0] == "My.Type"
    from ems.runtime.operators import binary
    assert binary("is", o, "pscustomobject") is True


def test_psbase_skips_hashtable_keys():
    h = Hashtable({"Count": 5, "a": 1})
    assert M.get_member(h, "Count") == 5
    assert M.get_member(M.get_member(h, "PSBase"), "Count") == 2


def test_string_comparison_overloads():
    assert M.invoke_method("Hello", "IndexOf", ["L", "OrdinalIgnoreCase"]) == 2
    assert M.invoke_method("Hello", "IndexOf", ["L", "Ordinal"]) == -1
    assert M.invoke_method("Hello", "IndexOf", ["l", 3]) == 3
    assert M.invoke_method("abc", "Equals", ["ABC", "OrdinalIgnoreCase"]) is True
    assert M.invoke_method("abc", "Equals", ["ABC", "Ordinal"]) is False
    assert M.invoke_method("Hello", "StartsWith", ["he", "CurrentCultureIgnoreCase"]) is True


def test_generic_list_predicates():
    gl = resolve_type("System.Collections.Generic.List[int]").new([[1, 2, 3, 4]])
    ctx = Ctx()
    # the test context calls a "script block" with ($_, *args)
    assert M.invoke_method(gl, "FindAll", [lambda x, *a: x > 2], ctx) == [3, 4]
    assert M.invoke_method(gl, "Find", [lambda x, *a: x > 5], ctx) == 0
    assert M.invoke_method(gl, "Exists", [lambda x, *a: x == 3], ctx) is True
    assert M.invoke_method(gl, "RemoveAll", [lambda x, *a: x % 2 == 0], ctx) == 2
    assert gl == [1, 3]


def test_ordered_dictionary_remove_at():
    o = OrderedDictionary()
    o["a"] = 1
    o["b"] = 2
    M.invoke_method(o, "RemoveAt", [0])
    assert list(o) == ["b"]


def test_pscustomobject_tostring_is_empty_in_51():
    o = PSObject.custom({"one": "for the road"})
    assert M.invoke_method(o, "ToString", []) == ""
    assert M.invoke_method(M.get_member(o, "psobject"), "ToString", []) == "@{one=for the road}"
    from ems.runtime.conversion import to_string
    assert to_string(o) == "@{one=for the road}"


def test_where_result_is_a_growable_collection():
    r = M.invoke_method([1, 2, 3], "Where", [lambda x, *a: x > 1], Ctx())
    assert M.get_member(M.invoke_method(r, "GetType", []), "Name") == "Collection`1"
    M.invoke_method(r, "Add", [5])
    assert r == [2, 3, 5]


def test_instance_member_table_is_per_object_and_dies_with_it():
    import gc
    from ems.runtime import members as M
    from ems.runtime.dotnet.builtins import StringBuilder
    from ems.runtime.psobject import PSNoteProperty
    a, b = StringBuilder(), StringBuilder()
    M.instance_members(a).add_member(PSNoteProperty("X", 1))
    assert M.get_member(a, "X") == 1 and M.get_member(b, "X") is None
    assert "X" in M.property_names(a)
    assert M.instance_members("text") is None  # a string cannot carry a table
    n = len(M._INSTANCE)
    del a
    gc.collect()
    assert len(M._INSTANCE) == n - 1
