"""Values as the console shows them.

Sources: PSObjectHelper.SmartToString / GetObjectName (MshObjectUtil.cs): collections as
"{a, b}" with ", " and, after $FormatEnumerationLimit items, the 5.1 ellipsis "..." appended
before "}"; a null element named "$null"; objects that do not override ToString named by their
Name/Id/Key property. Numbers and dates: .NET Framework ToString() in the en-US culture
(Double "G15": 1E+15, 0.1; DateTime "G": 6/15/2010 2:35:00 PM; the DateTime script property,
shown when a date is printed alone: "Tuesday, June 15, 2010 2:35:00 PM"). PSObject.ToString() of
a PSCustomObject: "@{a=1; b=2}", with nested arrays as their type name.
"""
from __future__ import annotations

import datetime
import decimal
import enum

from ems import primitives as Prim
from ems.format.display import display_value, format_field, to_string
from ems.runtime.psobject import PSObject

P = PSObject.custom


def test_booleans_and_null():
    assert to_string(True) == "True"
    assert to_string(False) == "False"
    assert display_value(None) == ""


def test_doubles_like_dotnet_framework():
    assert to_string(3.14) == "3.14"
    assert to_string(0.1) == "0.1"
    assert to_string(0.1 + 0.2) == "0.3"
    assert to_string(1e15) == "1E+15"
    assert to_string(123456789012345.0) == "123456789012345"
    assert to_string(1e-5) == "1E-05"
    assert to_string(1 / 3) == "0.333333333333333"
    assert to_string(2.0) == "2"
    assert to_string(float("nan")) == "NaN"
    assert to_string(Prim.Single(3.14159274)) == "3.141593"


def test_integers_and_decimals():
    assert to_string(Prim.Int64(2 ** 40)) == "1099511627776"
    assert to_string(decimal.Decimal("1.50")) == "1.50"


def test_dates_and_timespans():
    d = datetime.datetime(2010, 6, 15, 14, 35, 0)
    assert to_string(d) == "6/15/2010 2:35:00 PM"
    assert to_string(datetime.datetime(2010, 1, 2, 0, 5, 9)) == "1/2/2010 12:05:09 AM"
    assert to_string(datetime.timedelta(hours=1, minutes=2, seconds=3)) == "01:02:03"
    assert to_string(datetime.timedelta(days=7)) == "7.00:00:00"
    assert to_string(datetime.timedelta(seconds=-90)) == "-00:01:30"
    assert to_string(datetime.timedelta(milliseconds=1500)) == "00:00:01.5000000"


def test_collections_cut_after_enumeration_limit():
    assert display_value([1, 2, 3]) == "{1, 2, 3}"
    assert display_value([1, 2, 3, 4]) == "{1, 2, 3, 4}"
    assert display_value([1, 2, 3, 4, 5]) == "{1, 2, 3, 4...}"
    assert display_value([1, 2, 3], enumeration_limit=2) == "{1, 2...}"
    assert display_value(list(range(6)), enumeration_limit=-1) == "{0, 1, 2, 3, 4, 5}"
    assert display_value([]) == "{}"
    assert display_value([1, None, "a"]) == "{1, $null, a}"


def test_hashtable_in_a_cell_shows_its_keys():
    assert display_value({"b": 1, "a": 2}) == "{b, a}"


def test_pscustomobject_to_string():
    assert display_value(P({"a": 1, "b": 2})) == "@{a=1; b=2}"
    assert display_value(P({"a": [1, 2], "b": None})) == "@{a=System.Object[]; b=}"
    assert display_value([P({"a": 1})]) == "{@{a=1}}"


def test_model_objects():
    class AdObjectId:
        PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.ADObjectId", "System.Object")
        PS_PROPERTIES = ("Name", "DistinguishedName")

        def __init__(self, name):
            self.Name = name
            self.DistinguishedName = f"CN={name}"

        def ps_to_string(self):
            return self.Name

    class NoToString:
        PS_TYPE_NAMES = ("Some.Type", "System.Object")
        PS_PROPERTIES = ("Id", "Other")

        def __init__(self, i):
            self.Id = i
            self.Other = "x"

    assert display_value(AdObjectId("MBX1")) == "MBX1"
    assert display_value([AdObjectId("MBX1"), AdObjectId("MBX2")]) == "{MBX1, MBX2}"
    # .NET's default ToString() is the type name; inside a collection the Id property names it.
    assert display_value(NoToString(7)) == "Some.Type"
    assert display_value([NoToString(7)]) == "{7}"


def test_enums():
    class Color(enum.Enum):
        Red = 1

    class Roles(enum.Flag):
        Mailbox = 2
        ClientAccess = 4

    assert display_value(Color.Red) == "Red"
    assert display_value(Roles.Mailbox | Roles.ClientAccess) == "Mailbox, ClientAccess"


def test_format_strings():
    assert format_field(1234.5, "N2") == "1,234.50"
    assert format_field(0.256, "P1") == "25.6 %"
    assert format_field(42, "{0:D5}") == "00042"
    assert format_field(255, "X") == "FF"
    assert format_field(datetime.datetime(2010, 6, 15, 14, 35), "yyyy-MM-dd HH:mm") == "2010-06-15 14:35"
    assert format_field(2.5, "{0:F0}") == "3"  # away from zero, as .NET Framework
