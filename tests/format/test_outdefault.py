"""Out-Default as a stream: view switching, out-of-band objects, FormattedText, Out-String.

Sources (PowerShell FormatAndOutput, 5.1):
* InnerFormatShapeCommand.ProcessObject (BaseFormattingCommand.cs): scalars and objects
  without properties go out of band as their string, before any view is chosen; the first other
  object picks the view; objects for which the view is not applicable (another type than the
  registered view's) go out of band as a list (ListViewEntry: "" + properties + "");
  a view built from properties accepts every object (ViewGenerator.IsObjectApplicable).
* OutCommandInner (BaseOutputtingCommand.cs): FormatStart prints "" at once; a table without
  declared widths is cached until its group ends (autosize), with the out-of-band lines kept in
  order; out-of-band raw text is written as it is.
* The DateTime custom view (DotNetTypes.format.ps1xml) binds the DateTime property:
  "", the long date, "" (group end), "" (format end).
* The TimeSpan list view: Days ... TotalMilliseconds.
"""
from __future__ import annotations

import datetime

from ems.errors import ErrorRecord
from ems.format import (FormatRun, OutDefaultFormatter, out_default, out_string, table_document)
from ems.format.views import ViewRegistry
from ems.runtime.psobject import PSObject

P = PSObject.custom


def typed(type_name: str, props: dict) -> PSObject:
    o = PSObject.custom(props)
    o.type_names = [type_name, "System.Object"]
    return o


def reg_with_view() -> ViewRegistry:
    reg = ViewRegistry()
    reg.register_table_view("Db", [("Name", "Name", 6, None), ("Status", "Status", 8, None)])
    return reg


def test_scalars_print_one_per_line_at_once():
    f = OutDefaultFormatter()
    assert f.push("hello") == "hello\n"
    assert f.push(42) == "42\n"
    assert f.push(True) == "True\n"
    assert f.push(None) == ""
    assert f.push([1, 2.5]) == "1\n2.5\n"
    assert f.close() == ""


def test_registered_view_streams_rows():
    f = OutDefaultFormatter(registry=reg_with_view())
    assert f.push(typed("Db", {"Name": "db1", "Status": "Mounted"})) == (
        "\nName   Status  \n----   ------  \ndb1    Mounted \n")
    assert f.push(typed("Db", {"Name": "db2", "Status": "Healthy"})) == "db2    Healthy \n"
    assert f.close() == "\n\n"


def test_autosized_table_waits_for_the_end_of_the_group():
    f = OutDefaultFormatter()
    assert f.push(P({"a": 1})) == "\n"  # the FormatStart blank line is written at once
    assert f.push("text") == ""         # kept in order in the autosize cache
    assert f.push(P({"a": 22})) == ""
    assert f.close() == " a\n -\n 1\ntext\n22\n\n\n"


def test_other_type_after_registered_view_is_a_list():
    reg = reg_with_view()
    out = out_default([typed("Db", {"Name": "db1", "Status": "Mounted"}),
                       P({"x": 1, "y": "z"}),
                       typed("Db", {"Name": "db2", "Status": "Healthy"})], registry=reg)
    assert out == ("\n"
                   "Name   Status  \n"
                   "----   ------  \n"
                   "db1    Mounted \n"
                   "\n"
                   "x : 1\n"
                   "y : z\n"
                   "\n"
                   "db2    Healthy \n"
                   "\n"
                   "\n")


def test_other_registered_type_does_not_get_a_new_table():
    reg = reg_with_view()
    reg.register_table_view("Srv", [("Server", "Server", 10, None)])
    out = out_default([typed("Db", {"Name": "db1", "Status": "Mounted"}),
                       typed("Srv", {"Server": "MBX1", "Site": "HQ"})], registry=reg)
    # 5.1 shows the second type out of band, as a list of its properties.
    assert out.endswith("db1    Mounted \n\nServer : MBX1\nSite   : HQ\n\n\n\n")


def test_date_alone_uses_the_datetime_view():
    d = datetime.datetime(2010, 6, 15, 14, 35, 0)
    assert out_default([d]) == "\nTuesday, June 15, 2010 2:35:00 PM\n\n\n"
    assert out_default([d, d]) == ("\nTuesday, June 15, 2010 2:35:00 PM\n"
                                   "Tuesday, June 15, 2010 2:35:00 PM\n\n\n")


def test_timespan_alone_is_a_list():
    out = out_default([datetime.timedelta(hours=1, minutes=2, seconds=3)])
    assert out == ("\n\n"
                   "Days              : 0\n"
                   "Hours             : 1\n"
                   "Minutes           : 2\n"
                   "Seconds           : 3\n"
                   "Milliseconds      : 0\n"
                   "Ticks             : 37230000000\n"
                   "TotalDays         : 0.0430902777777778\n"
                   "TotalHours        : 1.03416666666667\n"
                   "TotalMinutes      : 62.05\n"
                   "TotalSeconds      : 3723\n"
                   "TotalMilliseconds : 3723000\n"
                   "\n\n\n")


def test_timespan_in_a_table_cell():
    out = out_default([P({"Name": "x", "Lag": datetime.timedelta(hours=1, minutes=2, seconds=3)})])
    assert out == "\nName Lag     \n---- ---     \nx    01:02:03\n\n\n"


def test_empty_custom_object_prints_an_empty_line():
    assert out_default([P({})]) == "\n"


def test_error_record_prints_its_rendering():
    rec = ErrorRecord("Something failed.", fully_qualified_error_id="X")
    assert out_default([rec]) == rec.render() + "\n"


def test_formatted_text_is_printed_verbatim_at_the_console_width():
    ft = table_document([P({"a": 1})])
    f = OutDefaultFormatter(width=80)
    assert f.push("before") == "before\n"
    assert f.push(ft) == "\na\n-\n1\n\n\n"
    assert f.close() == ""


def test_formatted_text_ends_the_current_document():
    ft = table_document([P({"b": 2})])
    f = OutDefaultFormatter()
    f.push(P({"a": 1}))
    assert f.push(ft) == "a\n-\n1\n\n\n" + "\nb\n-\n2\n\n\n"


def test_format_run_streams_and_passes_formatted_text_through():
    run = FormatRun("list")
    run.process(P({"a": 1}))
    inner = table_document([P({"b": 2})])
    run.process(inner)
    ft = run.end()
    assert ft.render() == "\n\na : 1\n\n\n\n" + inner.render()


def test_out_string_and_stream():
    objs = [P({"a": 1})]
    assert out_string(objs) == "\na\n-\n1\n\n\n"
    assert out_string(objs, stream=True) == ["", "a", "-", "1", "", ""]
    assert out_string(["x\ny"], stream=True) == ["x", "y"]


def test_out_string_width_applies_to_formatted_text():
    ft = table_document([{"k": "v"}])
    text = out_string([ft], width=40)
    assert text.split("\n")[1] == "Name" + " " * 27 + "Value" + " " * 4


def test_date_after_custom_object_becomes_an_empty_row():
    # The property-based view accepts any object: the DateTime has no 'a' property.
    out = out_default([P({"a": 1}), datetime.datetime(2010, 6, 15)])
    assert out == "\na\n-\n1\n \n\n\n"


def test_wrapped_object_with_type_name_of_string_is_scalar():
    o = PSObject("text")
    assert out_default([o]) == "text\n"


def test_expand_core_only_and_both():
    from ems.format.outdefault import FormatRun
    run = FormatRun("list", ["Count"], expand="CoreOnly")
    run.process([1, 2, 3])
    assert run.end().render() == "\n\nCount : 3\n\n\n\n"
    run = FormatRun("table", expand="Both")
    run.process([7])
    text = run.end().render()
    assert text.startswith("The following object supports IEnumerable:\n\nLength")
    assert text.endswith("The IEnumerable contains the following object:\n7\n")


def test_format_objects_for_files_uses_host_width():
    from ems.format import format_objects

    class Host:
        ui_width = 50

    class Ctx:
        host = Host()

        def get_variable(self, name):
            return 2 if name == "FormatEnumerationLimit" else None

    text = format_objects([{"k": [1, 2, 3]}], Ctx())
    assert text.split("\n")[3] == "k" + " " * 30 + "{1, 2...}" + " " * (50 - 31 - 9)


def test_get_date_display_hint():
    from ems.runtime.psobject import PSNoteProperty
    d = datetime.datetime(2010, 6, 15, 14, 35, 0)
    o = PSObject(d)
    o.add_member(PSNoteProperty("DisplayHint", "Date"))
    assert out_default([o]) == "\nTuesday, June 15, 2010\n\n\n"
    o = PSObject(d)
    o.add_member(PSNoteProperty("DisplayHint", "Time"))
    assert out_default([o]) == "\n2:35:00 PM\n\n\n"


def test_deserialized_objects_use_the_views_of_their_type():
    # Deserializer.MaskDeserializationPrefix in DisplayDataQuery / ViewGenerator.IsObjectApplicable.
    reg = reg_with_view()
    o1 = PSObject.custom({"Name": "db1", "Status": "Mounted"})
    o1.type_names = ["Deserialized.Db", "Deserialized.System.Object"]
    o2 = typed("Db", {"Name": "db2", "Status": "Healthy"})
    assert out_default([o1, o2], registry=reg) == (
        "\nName   Status  \n----   ------  \ndb1    Mounted \ndb2    Healthy \n\n\n")
