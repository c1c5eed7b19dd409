"""The object cmdlets driven directly with a stand-in runtime (no script blocks), expected
values as Windows PowerShell 5.1 gives them."""
from __future__ import annotations

import pytest

import cmdlets.core.object as O
from ems.runtime.psobject import PSObject
from ems.runtime.control import StopUpstream
from tests.cmdlets.harness import RecordingRuntime, bind, default_set, feed


class Ctx:
    model = None

    def __init__(self):
        self.vars = {}

    def set_variable(self, name, value):
        self.vars[name] = value

    def get_variable(self, name):
        return self.vars.get(name)


class Runtime(RecordingRuntime):
    def __init__(self):
        super().__init__(Ctx())
        self.stopped = False

    def write_object(self, obj, enumerate_collection=False):
        if enumerate_collection and isinstance(obj, list):
            self.out.extend(obj)
        else:
            self.out.append(obj)


def run(cls, pipeline=None, _set=None, **params):
    rt = Runtime()
    c = bind(cls, rt, params, default_set(cls, _set))
    c.begin()
    try:
        feed(c, pipeline)
    except StopUpstream:
        rt.stopped = True
    c.end()
    return rt


def obj(**props):
    return PSObject.custom(props)


# ------------------------------------------------------------------- Select-Object
def test_select_first_stops_upstream():
    rt = run(O.SelectObject, [1, 2, 3, 4], First=2)
    assert rt.out == [1, 2]
    assert rt.stopped


def test_select_last_skip():
    assert run(O.SelectObject, list(range(1, 11)), Last=3).out == [8, 9, 10]
    # -Skip counts from the end when -Last is given
    assert run(O.SelectObject, list(range(1, 11)), Last=3, Skip=2).out == [6, 7, 8]
    assert run(O.SelectObject, list(range(1, 11)), Skip=7).out == [8, 9, 10]
    assert run(O.SelectObject, list(range(1, 11)), First=2, Skip=1).out == [2, 3]


def test_select_index_and_unique():
    assert run(O.SelectObject, ["a", "b", "c", "d"], Index=[3, 1]).out == ["b", "d"]
    # Select-Object -Unique is case-sensitive
    assert run(O.SelectObject, ["a", "A", "a", "b"], Unique=True).out == ["a", "A", "b"]


def test_select_properties_type_name_and_missing():
    rt = run(O.SelectObject, [obj(Name="x", Size=3, Other=1)], Property=["Name", "Nope"])
    (o,) = rt.out
    assert o.property_names() == ["Name", "Nope"]
    assert o.note("Name") == "x" and o.note("Nope") is None
    assert o.type_names[0] == "Selected.System.Management.Automation.PSCustomObject"


def test_select_wildcard_and_exclude():
    rt = run(O.SelectObject, [obj(Name="x", NameLong="y", Size=3)], Property=["Name*"],
             ExcludeProperty=["*Long"])
    assert rt.out[0].property_names() == ["Name"]


def test_select_calculated_string_expression():
    from ems.runtime.dotnet.collections import Hashtable
    rt = run(O.SelectObject, [obj(Name="x", Size=3)], Property=[Hashtable({"n": "Big", "e": "Size"})])
    assert rt.out[0].property_names() == ["Big"] and rt.out[0].note("Big") == 3


def test_select_expand():
    rt = run(O.SelectObject, [obj(Items=[1, 2]), obj(Items=[3])], ExpandProperty="Items")
    assert rt.out == [1, 2, 3]
    rt = run(O.SelectObject, [obj(Name="x")], ExpandProperty="Nope")
    assert rt.errors[0][0] == 'Property "Nope" cannot be found.'


# --------------------------------------------------------------------- Sort-Object
def test_sort_numbers_strings_descending_unique():
    assert run(O.SortObject, [3, 1, 2]).out == [1, 2, 3]
    assert run(O.SortObject, [3, 1, 2], Descending=True).out == [3, 2, 1]
    assert run(O.SortObject, ["b", "A", "a", "B"], Unique=True).out == ["A", "b"]
    assert run(O.SortObject, [1, 3, 2, 3], Unique=True).out == [1, 2, 3]


def test_sort_by_properties_stable_and_hashtable_keys():
    from ems.runtime.dotnet.collections import Hashtable
    items = [obj(A=1, B="x"), obj(A=2, B="y"), obj(A=1, B="z")]
    out = run(O.SortObject, items, Property=["A"]).out
    assert [o.note("B") for o in out] == ["x", "z", "y"]
    out = run(O.SortObject, items, Property=[Hashtable({"Expression": "A", "Descending": True}), "B"]).out
    assert [o.note("B") for o in out] == ["y", "x", "z"]


def test_sort_case_sensitive():
    assert run(O.SortObject, ["B", "a", "A", "b"], CaseSensitive=True).out == ["a", "A", "b", "B"]


# -------------------------------------------------------------------- Group-Object
def test_group_first_appearance_and_case_insensitive():
    rt = run(O.GroupObject, ["b", "a", "B", "c", "a"])
    names = [(g.Name, g.Count) for g in rt.out]
    assert names == [("b", 2), ("a", 2), ("c", 1)]
    assert list(rt.out[0].Group) == ["b", "B"]
    assert rt.out[0].Values == ["b"]


def test_group_by_property_noelement_hashtable():
    items = [obj(S="Up", N=1), obj(S="Down", N=2), obj(S="Up", N=3)]
    rt = run(O.GroupObject, items, Property=["S"], NoElement=True)
    assert [(g.Name, g.Count, g.Group) for g in rt.out] == [("Up", 2, None), ("Down", 1, None)]
    rt = run(O.GroupObject, items, Property=["S"], AsHashTable=True, _set="HashTable")
    table = rt.out[0]
    assert [o.note("N") for o in table["up"]] == [1, 3]


# ------------------------------------------------------------------ Measure-Object
def test_measure_generic():
    rt = run(O.MeasureObject, [1, 2, 3, 4], Sum=True, Average=True, Maximum=True, Minimum=True)
    (m,) = rt.out
    assert (m.Count, m.Average, m.Sum, m.Maximum, m.Minimum, m.Property) == (4, 2.5, 10.0, 4.0, 1.0, None)
    assert m.PS_PROPERTIES == ("Count", "Average", "Sum", "Maximum", "Minimum", "Property")
    rt = run(O.MeasureObject, ["a", "b"])
    assert rt.out[0].Count == 2 and rt.out[0].Sum is None


def test_measure_property_and_missing():
    rt = run(O.MeasureObject, [obj(Size=2), obj(Size=5)], Property=["Size"], Sum=True)
    assert (rt.out[0].Sum, rt.out[0].Property, rt.out[0].Count) == (7.0, "Size", 2)
    rt = run(O.MeasureObject, [obj(Size=2)], Property=["Nope"])
    assert rt.errors[0][0] == 'The property "Nope" cannot be found in the input for any objects.'


def test_measure_text():
    rt = run(O.MeasureObject, ["one two", "three"], Line=True, Word=True, Character=True, _set="TextMeasure")
    (t,) = rt.out
    assert (t.Lines, t.Words, t.Characters) == (2, 3, 12)


# ------------------------------------------------------------------ Compare-Object
def test_compare_object_order_and_indicators():
    rt = run(O.CompareObject, [[2, 3, 4]], ReferenceObject=[1, 2, 3])
    got = [(o.note("InputObject"), o.note("SideIndicator")) for o in rt.out]
    assert got == [(4, "=>"), (1, "<=")]
    rt = run(O.CompareObject, [[2, 3, 4]], ReferenceObject=[1, 2, 3], IncludeEqual=True)
    got = [(o.note("InputObject"), o.note("SideIndicator")) for o in rt.out]
    assert got == [(2, "=="), (3, "=="), (4, "=>"), (1, "<=")]
    rt = run(O.CompareObject, [[2, 3, 4]], ReferenceObject=[1, 2, 3], IncludeEqual=True,
             ExcludeDifferent=True)
    assert [o.note("SideIndicator") for o in rt.out] == ["==", "=="]


def test_compare_object_property():
    ref = [obj(Name="a", V=1), obj(Name="b", V=2)]
    diff = [obj(Name="b", V=9)]
    rt = run(O.CompareObject, [diff], ReferenceObject=ref, Property=["Name"])
    assert [(o.note("Name"), o.note("SideIndicator")) for o in rt.out] == [("a", "<=")]
    assert rt.out[0].property_names() == ["Name", "SideIndicator"]


# ------------------------------------------------------------ Tee-Object, Get-Unique
def test_tee_variable():
    rt = run(O.TeeObject, [1, 2], Variable="v", _set="Variable")
    assert rt.out == [1, 2] and rt.context.vars["v"] == [1, 2]


def test_get_unique_case_sensitive():
    assert run(O.GetUnique, ["a", "a", "A", "b", "b"]).out == ["a", "A", "b"]
    assert run(O.GetUnique, [1, 1, 2, 3, 3]).out == [1, 2, 3]


def test_where_comparison_form(monkeypatch):
    items = [obj(Name="a", N=1), obj(Name="b", N=5)]
    rt = run(O.WhereObject, items, Property="N", GT=True, Value=2, _set="GTSet")
    assert [o.note("Name") for o in rt.out] == ["b"]
    rt = run(O.WhereObject, items, Property="Name", Like=True, Value="A*", _set="LikeSet")
    assert [o.note("Name") for o in rt.out] == ["a"]
    rt = run(O.WhereObject, items, Property="Name", CLike=True, Value="A*", _set="CLikeSet")
    assert rt.out == []
