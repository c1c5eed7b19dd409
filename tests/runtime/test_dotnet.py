"""The .NET type shims: registry and accelerators, collections, statics, regex."""
import datetime as dt
import decimal
import math
import uuid

import pytest

from ems import primitives as P
from ems.runtime import members as M
from ems.runtime.control import AUTOMATION_NULL
from ems.runtime.exceptions import MethodInvocationException
from ems.runtime.psobject import PSObject
from ems.runtime.dotnet import (ArrayList, GenericList, Hashtable, OrderedDictionary, TypedArray, Version,
                                resolve_type, type_of)
from ems.runtime.dotnet.builtins import StringBuilder
from ems.runtime.dotnet.enums import DayOfWeek
from ems.runtime.dotnet.regex import Regex, translate_pattern

D = decimal.Decimal


class Ctx:
    strict_mode = 0

    def __init__(self):
        self.env = {"COMPUTERNAME": "EX01", "USERNAME": "Administrator", "USERDOMAIN": "CONTOSO"}
        self.location = "C:\\Scripts"

    def now(self):
        return dt.datetime(2026, 11, 27, 18, 51, 36)


def st(type_name, name, *args, ctx=None):
    return M.invoke_static_method(resolve_type(type_name), name, list(args), ctx)


def prop(type_name, name, ctx=None):
    return M.get_static_member(resolve_type(type_name), name, ctx)


# ------------------------------------------------------------------ registry

@pytest.mark.parametrize("name,full", [
    ("string", "System.String"), ("int", "System.Int32"), ("Int32", "System.Int32"), ("System.Int32", "System.Int32"),
    ("long", "System.Int64"), ("int64", "System.Int64"), ("double", "System.Double"), ("float", "System.Single"),
    ("single", "System.Single"), ("decimal", "System.Decimal"), ("bool", "System.Boolean"),
    ("boolean", "System.Boolean"), ("char", "System.Char"), ("byte", "System.Byte"), ("sbyte", "System.SByte"),
    ("int16", "System.Int16"), ("uint16", "System.UInt16"), ("uint32", "System.UInt32"),
    ("uint64", "System.UInt64"), ("datetime", "System.DateTime"), ("DateTime", "System.DateTime"),
    ("timespan", "System.TimeSpan"), ("guid", "System.Guid"), ("regex", "System.Text.RegularExpressions.Regex"),
    ("math", "System.Math"), ("array", "System.Array"), ("hashtable", "System.Collections.Hashtable"),
    ("ordered", "System.Collections.Specialized.OrderedDictionary"),
    ("pscustomobject", "System.Management.Automation.PSCustomObject"),
    ("psobject", "System.Management.Automation.PSObject"), ("object", "System.Object"),
    ("scriptblock", "System.Management.Automation.ScriptBlock"),
    ("switch", "System.Management.Automation.SwitchParameter"), ("void", "System.Void"),
    ("version", "System.Version"), ("type", "System.Type"),
    ("System.Collections.ArrayList", "System.Collections.ArrayList"),
    ("Collections.ArrayList", "System.Collections.ArrayList"),
    ("System.Text.StringBuilder", "System.Text.StringBuilder"), ("Text.StringBuilder", "System.Text.StringBuilder"),
    ("Environment", "System.Environment"), ("IO.Path", "System.IO.Path"), ("System.IO.Path", "System.IO.Path"),
    ("Convert", "System.Convert"), ("System.Math", "System.Math"), ("STRING", "System.String"),
    ("string[]", "System.String[]"), ("int[]", "System.Int32[]"), ("object[]", "System.Object[]"),
    ("DayOfWeek", "System.DayOfWeek"),
])
def test_resolve_type(name, full):
    t = resolve_type(name)
    assert t is not None and t.full_name == full


def test_generic_types():
    t = resolve_type("System.Collections.Generic.List[string]")
    assert t.name == "List`1"
    assert t.full_name.startswith("System.Collections.Generic.List`1[[System.String, mscorlib")
    assert resolve_type("Collections.Generic.List[int]") is resolve_type("System.Collections.Generic.List[int]")
    d = resolve_type("System.Collections.Generic.Dictionary[string,int]")
    assert d.name == "Dictionary`2"
    assert resolve_type("NoSuch.Type") is None
    assert resolve_type("System.Collections.Generic.List[NoSuch]") is None


def test_type_object_names():
    t = resolve_type("int")
    assert t.name == "Int32" and t.full_name == "System.Int32"
    assert t.base_type.full_name == "System.ValueType"
    assert resolve_type("string").base_type.full_name == "System.Object"
    assert resolve_type("string[]").name == "String[]"


@pytest.mark.parametrize("value,full", [
    (1, "System.Int32"), (2**40, "System.Int64"), (P.Int64(1), "System.Int64"), (1.5, "System.Double"),
    (D("1"), "System.Decimal"), ("s", "System.String"), (P.Char("c"), "System.Char"), (True, "System.Boolean"),
    ([1], "System.Object[]"), (Hashtable(), "System.Collections.Hashtable"),
    (OrderedDictionary(), "System.Collections.Specialized.OrderedDictionary"),
    (ArrayList(), "System.Collections.ArrayList"), (dt.datetime(2010, 1, 1), "System.DateTime"),
    (dt.timedelta(0), "System.TimeSpan"), (uuid.UUID(int=0), "System.Guid"), (Version(1, 2), "System.Version"),
    (PSObject.custom({}), "System.Management.Automation.PSCustomObject"), (DayOfWeek.Monday, "System.DayOfWeek"),
    (StringBuilder(), "System.Text.StringBuilder"), (Regex("a"), "System.Text.RegularExpressions.Regex"),
    (resolve_type("int"), "System.RuntimeType"), (TypedArray([], resolve_type("int")), "System.Int32[]"),
])
def test_type_of(value, full):
    assert type_of(value).full_name == full


def test_type_of_null():
    assert type_of(None) is None


def test_new():
    assert M.invoke_static_method(resolve_type("System.Collections.ArrayList"), "new", []) == []
    assert isinstance(resolve_type("hashtable").new([]), Hashtable)
    assert resolve_type("datetime").new([2010, 6, 15]) == dt.datetime(2010, 6, 15)
    assert resolve_type("timespan").new([1, 2, 3]) == dt.timedelta(hours=1, minutes=2, seconds=3)
    assert resolve_type("version").new(["1.2.3"]).Build == 3
    assert resolve_type("string").new(["x", 3]) == "xxx"
    sb = resolve_type("System.Text.StringBuilder").new(["ab"])
    assert M.invoke_method(sb, "ToString", []) == "ab"
    gl = resolve_type("System.Collections.Generic.List[int]").new([["1", "2"]])
    assert gl == [1, 2] and isinstance(gl, GenericList)


# ------------------------------------------------------------------ hashtable collection class

def test_hashtable_case_insensitive_insertion_order():
    h = Hashtable()
    h["Zeta"] = 1
    h["alpha"] = 2
    h["ZETA"] = 3
    assert list(h.keys()) == ["Zeta", "alpha"]
    assert h["zeta"] == 3 and "ALPHA" in h
    del h["Alpha"]
    assert list(h) == ["Zeta"]
    h[1] = "one"
    assert h[1] == "one" and h["1"] is None if "1" in h else h[1] == "one"
    assert h.get("missing") is None
    c = h.copy()
    assert c == h and type(c) is Hashtable


def test_ordered_dictionary():
    o = OrderedDictionary()
    o["b"] = 1
    o["a"] = 2
    assert list(o) == ["b", "a"] and o["B"] == 1


# ------------------------------------------------------------------ statics

def test_int_statics():
    assert prop("int", "MaxValue") == 2147483647
    assert prop("int", "MinValue") == -2147483648
    assert prop("long", "MaxValue") == 9223372036854775807
    assert prop("byte", "MaxValue") == 255
    assert st("int", "Parse", "42") == 42
    assert st("int", "Parse", " 42 ") == 42
    with pytest.raises(MethodInvocationException) as e:
        st("int", "Parse", "4.2")
    assert str(e.value) == 'Exception calling "Parse" with "1" argument(s): "Input string was not in a correct format."'


def test_double_statics():
    assert math.isnan(prop("double", "NaN"))
    assert st("double", "Parse", "1.5") == 1.5
    assert st("double", "Parse", "1,234.5") == 1234.5
    assert st("double", "IsNaN", prop("double", "NaN")) is True


def test_char_statics():
    assert st("char", "IsDigit", "5") is True
    assert st("char", "IsDigit", "a") is False
    assert st("char", "IsLetter", "a") is True
    assert st("char", "IsWhiteSpace", " ") is True
    assert st("char", "IsUpper", "A") is True
    assert st("char", "IsLower", "A") is False
    assert st("char", "ToUpper", "a") == "A"
    assert st("char", "IsDigit", "a1", 1) is True


def test_string_statics():
    assert st("string", "Join", ",", [1, 2, 3]) == "1,2,3"
    assert st("string", "Join", "-", "a", "b") == "a-b"
    assert st("string", "IsNullOrEmpty", "") is True
    assert st("string", "IsNullOrEmpty", None) is True
    assert st("string", "IsNullOrEmpty", " ") is False
    assert st("string", "IsNullOrWhiteSpace", " ") is True
    assert prop("string", "Empty") == ""
    assert st("string", "Format", "{0}-{1}", 1, 2) == "1-2"
    assert st("string", "Format", "{0}-{1}", [1, 2]) == "1-2"
    assert st("string", "Concat", "a", 1) == "a1"
    assert st("string", "Compare", "a", "B", True) == -1
    with pytest.raises(MethodInvocationException) as e:
        st("string", "Format", "{1}", 1)
    assert str(e.value) == ('Exception calling "Format" with "2" argument(s): "Index (zero based) must be greater '
                            'than or equal to zero and less than the size of the argument list."')


def test_math():
    assert st("math", "Round", 2.5) == 2.0
    assert st("math", "Round", 3.5) == 4.0
    assert st("math", "Round", -2.5) == -2.0
    assert st("math", "Round", 1.2345, 2) == 1.23
    assert st("math", "Round", 2.5, "AwayFromZero") == 3.0
    assert st("math", "Round", D("2.345"), 2) == D("2.34")
    assert st("math", "Floor", 2.7) == 2.0
    assert st("math", "Ceiling", 2.1) == 3.0
    assert st("math", "Truncate", -2.7) == -2.0
    assert st("math", "Abs", -5) == 5 and type(st("math", "Abs", -5)) is int
    assert st("math", "Max", 3, 7) == 7
    assert st("math", "Min", 3, 7.5) == 3.0
    assert st("math", "Pow", 2, 10) == 1024.0
    assert st("math", "Sqrt", 16) == 4.0
    assert prop("math", "PI") == math.pi
    assert prop("math", "E") == math.e
    assert st("math", "Sign", -3) == -1


def test_convert():
    assert st("Convert", "ToInt32", "ff", 16) == 255
    assert st("Convert", "ToInt32", "101", 2) == 5
    assert st("Convert", "ToInt32", 2.5) == 2
    assert st("Convert", "ToInt32", "12") == 12
    assert st("Convert", "ToString", 10, 2) == "1010"
    assert st("Convert", "ToString", 255, 16) == "ff"
    assert st("Convert", "ToString", -1, 16) == "ffffffff"
    b64 = st("Convert", "ToBase64String", [P.Byte(104), P.Byte(105)])
    assert b64 == "aGk="
    raw = st("Convert", "FromBase64String", "aGk=")
    assert raw == [104, 105] and type(raw[0]) is P.Byte
    assert st("Convert", "ToBoolean", "true") is True
    assert st("Convert", "ToBoolean", 0) is False
    assert st("Convert", "ToDouble", "1.5") == 1.5
    assert st("Convert", "ToDateTime", "2010-06-15") == dt.datetime(2010, 6, 15)
    with pytest.raises(MethodInvocationException) as e:
        st("Convert", "ToBoolean", "yes")
    assert "String was not recognized as a valid Boolean." in str(e.value)
    with pytest.raises(MethodInvocationException) as e:
        st("Convert", "ToInt32", "xyz")
    assert 'Exception calling "ToInt32" with "1" argument(s): "Input string was not in a correct format."' == str(e.value)


def test_datetime_and_timespan_statics():
    ctx = Ctx()
    assert prop("datetime", "Now", ctx) == dt.datetime(2026, 11, 27, 18, 51, 36)
    assert prop("datetime", "Today", ctx) == dt.datetime(2026, 11, 27)
    assert prop("datetime", "MinValue") == dt.datetime(1, 1, 1)
    assert st("datetime", "Parse", "6/15/2010") == dt.datetime(2010, 6, 15)
    assert st("datetime", "ParseExact", "15/06/2010 14:35", "dd/MM/yyyy HH:mm", None) == \
        dt.datetime(2010, 6, 15, 14, 35)
    assert st("datetime", "ParseExact", "20100615", "yyyyMMdd", None) == dt.datetime(2010, 6, 15)
    with pytest.raises(MethodInvocationException) as e:
        st("datetime", "ParseExact", "x", "yyyy", None)
    assert str(e.value) == ('Exception calling "ParseExact" with "3" argument(s): "String was not recognized as a '
                            'valid DateTime."')
    assert st("datetime", "DaysInMonth", 2012, 2) == 29
    assert st("datetime", "IsLeapYear", 2010) is False
    assert st("timespan", "FromMinutes", 90) == dt.timedelta(minutes=90)
    assert st("timespan", "FromHours", 1.5) == dt.timedelta(minutes=90)
    assert st("timespan", "FromDays", 1) == dt.timedelta(days=1)
    assert st("timespan", "FromSeconds", 30) == dt.timedelta(seconds=30)
    assert st("timespan", "FromMilliseconds", 500) == dt.timedelta(milliseconds=500)
    assert st("timespan", "Parse", "01:00:00") == dt.timedelta(hours=1)
    assert prop("timespan", "Zero") == dt.timedelta(0)


def test_guid_statics():
    g1 = st("guid", "NewGuid", ctx=Ctx())
    assert isinstance(g1, uuid.UUID) and g1.version == 4
    assert prop("guid", "Empty") == uuid.UUID(int=0)
    assert str(prop("guid", "Empty")) == "00000000-0000-0000-0000-000000000000"
    assert st("guid", "Parse", "12345678-1234-1234-1234-123456789abc") == uuid.UUID("12345678-1234-1234-1234-123456789abc")


def test_guid_new_guid_is_deterministic_per_context():
    a, b = Ctx(), Ctx()
    assert st("guid", "NewGuid", ctx=a) == st("guid", "NewGuid", ctx=b)
    assert st("guid", "NewGuid", ctx=a) != st("guid", "NewGuid", ctx=a)


def test_environment():
    ctx = Ctx()
    assert prop("Environment", "MachineName", ctx) == "EX01"
    assert prop("Environment", "UserName", ctx) == "Administrator"
    assert prop("Environment", "NewLine") == "\n"
    assert prop("Environment", "ProcessorCount", ctx) == 4
    assert st("Environment", "GetEnvironmentVariable", "computername", ctx=ctx) == "EX01"
    assert st("Environment", "ExpandEnvironmentVariables", "%COMPUTERNAME%-x", ctx=ctx) == "EX01-x"
    assert M.get_member(prop("Environment", "OSVersion"), "VersionString") == \
        "Microsoft Windows NT 6.1.7601 Service Pack 1"


def test_path():
    assert st("IO.Path", "Combine", "C:\\a", "b.txt") == "C:\\a\\b.txt"
    assert st("IO.Path", "Combine", "C:\\a\\", "b.txt") == "C:\\a\\b.txt"
    assert st("IO.Path", "Combine", "C:\\a", "D:\\b") == "D:\\b"
    assert st("IO.Path", "GetFileName", "C:\\a\\b.txt") == "b.txt"
    assert st("IO.Path", "GetFileNameWithoutExtension", "C:\\a\\b.txt") == "b"
    assert st("IO.Path", "GetExtension", "C:\\a\\b.txt") == ".txt"
    assert st("IO.Path", "GetExtension", "C:\\a\\b") == ""
    assert st("IO.Path", "GetDirectoryName", "C:\\a\\b.txt") == "C:\\a"
    assert st("IO.Path", "ChangeExtension", "C:\\a\\b.txt", "log") == "C:\\a\\b.log"
    assert st("IO.Path", "IsPathRooted", "C:\\a") is True
    assert st("IO.Path", "IsPathRooted", "a\\b") is False
    assert st("IO.Path", "GetFullPath", "x.txt", ctx=Ctx()) == "C:\\Scripts\\x.txt"
    assert prop("IO.Path", "DirectorySeparatorChar") == "\\"


def test_enum_and_array_statics():
    names = st("System.Enum", "GetNames", resolve_type("DayOfWeek"))
    assert list(names)[:2] == ["Sunday", "Monday"]
    assert st("System.Enum", "Parse", resolve_type("DayOfWeek"), "friday") is DayOfWeek.Friday
    a = [1, 2, 3]
    st("array", "Reverse", a)
    assert a == [3, 2, 1]
    assert st("array", "IndexOf", a, 2) == 1
    arr = st("array", "CreateInstance", resolve_type("int"), 3)
    assert arr == [0, 0, 0]


# ------------------------------------------------------------------ regex

def test_translate_pattern():
    assert translate_pattern("(?<year>\\d{4})") == "(?P<year>\\d{4})"
    assert translate_pattern("(?'y'a)") == "(?P<y>a)"
    assert translate_pattern("(?<=a)b") == "(?<=a)b"
    assert translate_pattern("(?<!a)b") == "(?<!a)b"
    assert translate_pattern("\\k<year>") == "(?P=year)"
    assert translate_pattern("a\\z") == "a\\Z"


def test_regex_objects():
    rx = M.invoke_static_method(resolve_type("regex"), "new", ["(\\d+)-(?<x>\\w+)"])
    m = M.invoke_method(rx, "Match", ["id 42-abc"])
    assert M.get_member(m, "Success") is True
    assert M.get_member(m, "Value") == "42-abc"
    assert M.get_member(m, "Index") == 3
    assert M.get_member(m, "Length") == 6
    groups = M.get_member(m, "Groups")
    assert M.get_member(M.get_index(groups, 1), "Value") == "42"
    assert M.get_member(M.get_index(groups, "x"), "Value") == "abc"
    assert M.get_member(M.get_index(groups, 2), "Value") == "abc"
    assert M.invoke_method(rx, "IsMatch", ["nope"]) is False
    ms = M.invoke_method(Regex("\\d"), "Matches", ["a1b2"])
    assert [M.get_member(x, "Value") for x in ms] == ["1", "2"]
    assert M.get_member(M.invoke_method(Regex("z"), "Match", ["abc"]), "Success") is False


def test_regex_statics():
    assert st("regex", "IsMatch", "abc", "B") is False
    assert st("regex", "IsMatch", "abc", "B", "IgnoreCase") is True
    assert st("regex", "Replace", "a1b2", "\\d", "#") == "a#b#"
    assert st("regex", "Split", "a1b2c", "\\d") == ["a", "b", "c"]
    assert st("regex", "Escape", "a.b*c") == "a\\.b\\*c"
    m = st("regex", "Match", "x=12", "(?<n>\\d+)")
    assert M.get_member(M.get_index(M.get_member(m, "Groups"), "n"), "Value") == "12"
    assert len(st("regex", "Matches", "aaa", "a")) == 3


# ------------------------------------------------------------------ extras

def test_encoding():
    b = M.invoke_method(prop("System.Text.Encoding", "UTF8"), "GetBytes", ["hé"])
    assert list(b) == [104, 195, 169]
    assert M.invoke_method(prop("Text.Encoding", "ASCII"), "GetString", [[104, 105]]) == "hi"
    assert M.invoke_method(prop("Text.Encoding", "Unicode"), "GetBytes", ["A"]) == [65, 0]


def test_ipaddress():
    from ems.runtime import conversion as C
    from ems.runtime.operators import binary
    a = C.convert_to("10.1.2.3", "ipaddress")
    assert C.to_string(a) == "10.1.2.3"
    assert M.get_member(a, "AddressFamily") == "InterNetwork"
    assert binary("eq", a, "10.1.2.3") is True
    with pytest.raises(Exception) as e:
        C.convert_to("10.1.2.300", "ipaddress")
    assert "An invalid IP address was specified." in str(e.value)


def test_dns_identity_stopwatch():
    ctx = Ctx()
    assert st("System.Net.Dns", "GetHostName", ctx=ctx) == "EX01"
    assert M.get_member(st("Security.Principal.WindowsIdentity", "GetCurrent", ctx=ctx), "Name") == \
        "CONTOSO\\Administrator"
    sw = st("System.Diagnostics.Stopwatch", "StartNew", ctx=ctx)
    assert M.get_member(sw, "IsRunning") is True
    M.invoke_method(sw, "Stop", [])
    assert M.get_member(sw, "Elapsed") == dt.timedelta(0)


def test_exception_types():
    e = M.invoke_static_method(resolve_type("System.ArgumentException"), "new", ["bad arg"])
    assert isinstance(e, BaseException) and M.get_member(e, "Message") == "bad arg"
    from ems.runtime.operators import binary
    assert binary("is", e, "System.ArgumentException") is True
    assert binary("is", e, "System.Exception") is True
    assert binary("is", e, "System.IO.IOException") is False
    assert M.get_member(M.invoke_method(e, "GetType", []), "FullName") == "System.ArgumentException"
    io = resolve_type("System.IO.FileNotFoundException").new(["nofile"])
    assert binary("is", io, "System.IO.IOException") is True


def test_char_array_from_string():
    from ems.runtime import conversion as C
    r = C.convert_to("abc", "char[]")
    assert r == ["a", "b", "c"] and all(type(c) is P.Char for c in r)


def test_inline_options_mid_pattern():
    from ems.runtime.dotnet.regex import compile_net
    assert translate_pattern("(?i)abc") == "(?i)abc"
    assert compile_net("ab(?i)c").fullmatch("abC")
    assert not compile_net("ab(?i)c").fullmatch("aBc")
    assert compile_net("a(?i)b|c").fullmatch("C")
    assert compile_net("(?n)(a)b").fullmatch("ab")


def test_xml_adapter():
    from ems.runtime import conversion as C
    x = C.convert_to('<config><server name="EX01"><db>DB01</db><db>DB02</db></server><server name="EX02"/>'
                     '</config>', "xml")
    servers = M.get_member(M.get_member(x, "config"), "server")
    assert len(servers) == 2
    assert M.get_member(servers[0], "name") == "EX01"
    assert M.get_member(servers[0], "db") == ["DB01", "DB02"]
    assert M.get_member(servers, "name") == ["EX01", "EX02"]
    assert M.property_names(servers[0]) == ["name", "db"]
    assert len(M.invoke_method(x, "SelectNodes", ["//server"])) == 2
    node = M.invoke_method(x, "SelectSingleNode", ["/config/server[@name='EX02']"])
    assert M.get_member(node, "name") == "EX02"
    assert M.invoke_method(node, "SetAttribute", ["role", "Hub"]) is AUTOMATION_NULL
    assert M.get_member(node, "role") == "Hub"
    M.set_member(node, "role", "Edge")
    assert M.get_member(node, "role") == "Edge"
    assert M.type_names(x)[0] == "System.Xml.XmlDocument"
    with pytest.raises(Exception) as e:
        C.convert_to("<a><b>", "xml")
    assert 'Cannot convert value "<a><b>" to type "System.Xml.XmlDocument"' in str(e.value)


def test_cast_error_ids():
    from ems.runtime import conversion as C
    from ems.runtime.exceptions import PSInvalidCastException
    for value, t, fqid in (("x", "int", "InvalidCastFromStringToInteger"),
                           ("x", "double", "InvalidCastFromStringToDoubleOrSingle"),
                           ("x", "datetime", "InvalidCastParseTargetInvocation"),
                           ([1, 2], "int", "ConvertToFinalInvalidCastException")):
        with pytest.raises(PSInvalidCastException) as e:
            C.convert_to(value, t)
        assert e.value.error_id == fqid


def test_culture_info():
    ci = prop("cultureinfo", "CurrentCulture")
    assert M.get_member(ci, "Name") == "en-US"
    ti = M.get_member(ci, "TextInfo")
    assert M.invoke_method(ti, "ToTitleCase", ["hello wORLD of EMS"]) == "Hello World Of EMS"
    inv = prop("cultureinfo", "InvariantCulture")
    assert M.invoke_method(1.5, "ToString", [inv]) == "1.5"
    d = dt.datetime(2010, 6, 15, 14, 35)
    assert M.invoke_method(d, "ToString", ["d", inv]) == "06/15/2010"
    assert M.invoke_method(d, "ToString", [inv]) == "06/15/2010 14:35:00"
    assert M.invoke_method(d, "ToString", ["d", ci]) == "6/15/2010"


def test_generic_dictionary():
    d = resolve_type("System.Collections.Generic.Dictionary[string,int]").new([])
    M.invoke_method(d, "Add", ["a", "1"])
    assert d == {"a": 1} and type(d["a"]) is int
    with pytest.raises(MethodInvocationException) as e:
        M.invoke_method(d, "Add", ["a", 2])
    assert str(e.value) == ('Exception calling "Add" with "2" argument(s): "An item with the same key has already '
                            'been added."')
    assert M.get_index(d, "A") is None  # ordinal keys, unlike @{}

    class Ref:
        Value = None
    r = Ref()
    assert M.invoke_method(d, "TryGetValue", ["a", r]) is True and r.Value == 1
    assert M.invoke_method(d, "TryGetValue", ["zz", r]) is False and r.Value == 0
