"""CSV, JSON, HTML and CliXml conversions (expected texts as Windows PowerShell 5.1 writes them)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cmdlets.core import data as D
from ems.runtime.dotnet.collections import Hashtable, OrderedDictionary
from ems.runtime.psobject import PSObject
from tests.cmdlets.test_files_cmdlets import Runtime, run


def obj(**kw):
    return PSObject.custom(list(kw.items()))


def test_convertto_csv():
    r = run(D.ConvertToCsv, pipeline=[obj(Name="a", n=1), obj(Name='say "hi"', n=None)])
    assert r.out == ['#TYPE System.Management.Automation.PSCustomObject', '"Name","n"', '"a","1"',
                     '"say ""hi""",']
    r = run(D.ConvertToCsv, pipeline=[obj(Name="a", n=1)], NoTypeInformation=True, Delimiter=";")
    assert r.out == ['"Name";"n"', '"a";"1"']


def test_convertfrom_csv():
    r = run(D.ConvertFromCsv, pipeline=["Name,Role", "MBX1,Mailbox", '"HUB, 1",Hub'])
    assert [(o.note("Name"), o.note("Role")) for o in r.out] == [("MBX1", "Mailbox"), ("HUB, 1", "Hub")]
    r = run(D.ConvertFromCsv, pipeline=["a,b", "c"], Header=["X", "Y"])
    assert [(o.note("X"), o.note("Y")) for o in r.out] == [("a", "b"), ("c", None)]


def test_export_import_csv():
    rt = Runtime()
    run(D.ExportCsv, rt, pipeline=[obj(Name="a", n=1)], Path="C:\\Temp\\x.csv")
    fs = rt.context.filesystem
    assert fs.read_text(fs.resolve("C:\\Temp\\x.csv")) == \
        '#TYPE System.Management.Automation.PSCustomObject\r\n"Name","n"\r\n"a","1"\r\n'
    run(D.ExportCsv, rt, pipeline=[obj(Name="b", n=2)], Path="C:\\Temp\\x.csv", Append=True)
    r = run(D.ImportCsv, Runtime(rt.context), Path=["C:\\Temp\\x.csv"])
    assert [(o.note("Name"), o.note("n")) for o in r.out] == [("a", "1"), ("b", "2")]
    assert r.out[0].type_names[0] == "CSV:System.Management.Automation.PSCustomObject"


def test_json_layout():
    assert D.to_json(obj(a=1, b="x")) == '{\n    "a":  1,\n    "b":  "x"\n}'
    nested = OrderedDictionary()
    nested["a"] = OrderedDictionary([("c", [1, 2]), ("b", 1)])
    assert D.to_json(nested) == (
        '{\n'
        '    "a":  {\n'
        '              "c":  [\n'
        '                        1,\n'
        '                        2\n'
        '                    ],\n'
        '              "b":  1\n'
        '          }\n'
        '}')
    assert D.to_json([1, 2]) == "[\n    1,\n    2\n]"
    assert D.to_json(obj(a=1, b="x"), compress=True) == '{"a":1,"b":"x"}'
    assert D.to_json("it's <b> & \"q\"\n") == '"it\\u0027s \\u003cb\\u003e \\u0026 \\"q\\"\\n"'
    assert D.to_json(True) == "true" and D.to_json(None) == "null" and D.to_json(1.5) == "1.5"
    assert D.to_json(dt.datetime(2010, 6, 15, 14, 35)) == '"\\/Date(1276612500000)\\/"'


def test_json_depth_truncation():
    deep = Hashtable([("a", Hashtable([("b", Hashtable([("c", Hashtable([("d", 1)]))]))]))])
    text = D.to_json(deep, compress=True)
    assert text == '{"a":{"b":{"c":"System.Collections.Hashtable"}}}'
    assert D.to_json(deep, depth=5, compress=True) == '{"a":{"b":{"c":{"d":1}}}}'


def test_from_json():
    v = D.from_json('{"Name": "MBX1", "Copies": [1, 2], "Ratio": 1.5, "Big": 3000000000, "n": null}')
    assert v.note("Name") == "MBX1" and v.note("Copies") == [1, 2]
    assert v.note("Ratio") == Decimal("1.5") and type(v.note("Big")).__name__ == "Int64"
    r = run(D.ConvertFromJson, pipeline=["[1,", "2]"])
    assert r.out == [[1, 2]]  # one array object, as 5.1
    try:
        D.from_json("{nope}")
        raise AssertionError
    except D.JsonError as e:
        assert str(e).startswith("Invalid")


def test_html_fragment():
    r = run(D.ConvertToHtml, pipeline=[obj(Name="a", n=1)], Fragment=True)
    assert r.out == ["<table>", "<colgroup><col/><col/></colgroup>", "<tr><th>Name</th><th>n</th></tr>",
                     "<tr><td>a</td><td>1</td></tr>", "</table>"]


def test_clixml_layout():
    xml = D.to_clixml([obj(Name="x", n=1)])
    assert xml.split("\r\n") == [
        '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">',
        '  <Obj RefId="0">',
        '    <TN RefId="0">',
        '      <T>System.Management.Automation.PSCustomObject</T>',
        '      <T>System.Object</T>',
        '    </TN>',
        '    <MS>',
        '      <S N="Name">x</S>',
        '      <I32 N="n">1</I32>',
        '    </MS>',
        '  </Obj>',
        '</Objs>',
    ]


REAL_SHELL_FILE = '''<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>System.Management.Automation.PSCustomObject</T>
      <T>System.Object</T>
    </TN>
    <MS>
      <S N="Name">DB01_x000D__x000A_next</S>
      <DT N="When">2010-06-15T14:35:00.5-07:00</DT>
      <TS N="Lag">PT1H30M</TS>
      <Nil N="Nothing" />
      <B N="Ok">true</B>
      <Db N="Ratio">0.25</Db>
      <I64 N="Big">5000000000</I64>
      <Obj N="List" RefId="1">
        <TN RefId="1">
          <T>System.Object[]</T>
          <T>System.Array</T>
          <T>System.Object</T>
        </TN>
        <LST>
          <I32>1</I32>
          <S>two</S>
        </LST>
      </Obj>
      <Obj N="Table" RefId="2">
        <TN RefId="2">
          <T>System.Collections.Hashtable</T>
          <T>System.Object</T>
        </TN>
        <DCT>
          <En>
            <S N="Key">k</S>
            <I32 N="Value">7</I32>
          </En>
        </DCT>
      </Obj>
    </MS>
  </Obj>
  <Obj RefId="3">
    <TNRef RefId="0" />
    <MS>
      <S N="Name">DB02</S>
    </MS>
  </Obj>
</Objs>'''


def test_import_real_clixml():
    a, b = D.from_clixml(REAL_SHELL_FILE)
    assert a.type_names == ["Deserialized.System.Management.Automation.PSCustomObject",
                            "Deserialized.System.Object"]
    assert a.note("Name") == "DB01\r\nnext"
    assert a.note("When") == dt.datetime(2010, 6, 15, 14, 35, 0, 500000)
    assert a.note("Lag") == dt.timedelta(hours=1, minutes=30)
    assert a.note("Nothing") is None and a.note("Ok") is True and a.note("Ratio") == 0.25
    assert a.note("Big") == 5000000000 and list(a.note("List")) == [1, "two"]
    assert a.note("Table")["K"] == 7
    assert b.note("Name") == "DB02" and b.type_names[0].startswith("Deserialized.")


def test_clixml_round_trip():
    h = Hashtable([("a", 1)])
    src = [obj(S="a_xb\n<&>", D=dt.datetime(2010, 1, 2, 3, 4, 5), T=dt.timedelta(days=1, seconds=1),
               L=[1, "x"], H=h, F=2.5, B=False)]
    back = D.from_clixml(D.to_clixml(src))[0]
    assert back.note("S") == "a_xb\n<&>" and back.note("D") == dt.datetime(2010, 1, 2, 3, 4, 5)
    assert back.note("T") == dt.timedelta(days=1, seconds=1) and list(back.note("L")) == [1, "x"]
    assert back.note("H")["a"] == 1 and back.note("F") == 2.5 and back.note("B") is False


def test_iso_durations():
    assert D._iso_duration(dt.timedelta(0)) == "PT0S"
    assert D._iso_duration(dt.timedelta(days=1, hours=2)) == "P1DT2H"
    assert D._iso_duration(dt.timedelta(minutes=15)) == "PT15M"
    assert D._iso_duration(dt.timedelta(seconds=1.5)) == "PT1.5S"


def test_json_of_a_date_with_display_hint():
    from ems.runtime.psobject import PSNoteProperty
    d = PSObject(dt.datetime(2010, 6, 15, 14, 35))
    d.add_member(PSNoteProperty("DisplayHint", "Date"))
    assert D.to_json(d) == ('{\n    "value":  "\\/Date(1276612500000)\\/",\n    "DisplayHint":  0,\n'
                            '    "DateTime":  "Tuesday, June 15, 2010 2:35:00 PM"\n}')


def test_clixml_wrapped_primitive_round_trip():
    from ems.runtime.psobject import PSNoteProperty
    s = PSObject("text")
    s.add_member(PSNoteProperty("Extra", 1))
    xml = D.to_clixml([s])
    assert '<S>text</S>' in xml and '<I32 N="Extra">1</I32>' in xml and "<TN" not in xml
    back = D.from_clixml(xml)[0]
    assert back.base == "text" and back.note("Extra") == 1
