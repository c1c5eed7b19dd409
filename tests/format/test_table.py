"""Table layouts against literal text.

Where each rule comes from (Windows PowerShell 5.1 = PowerShell's FormatAndOutput code as it was
open-sourced in 2016, before PowerShell 6 changed it):

* Blank lines: OutCommandInner (BaseOutputtingCommand.cs) writes "" at FormatStart, the table
  header at GroupStart, "" at GroupEnd and "" at FormatEnd -> one blank line before a table and
  two after it.
* Cells are padded to the column width, last column included: 5.1 behaviour, removed by
  PowerShell PR #5568 ("Don't add trailing spaces to last column when using Format-Table", 2017).
* Truncation with "..." (TableWriter.GenerateRowField, 5.1 ellipsis = three dots), header
  wrapping (GenerateHeader -> multi-line row), dashes as long as the label but at most the
  column: TableWriter.cs.
* Widths: ColumnWidthManager.cs; autosize hint = max(label, values) (ProcessCachedGroupOnTable);
  a table whose first column has no declared width is autosized (the 5.1 300 ms cache).
* Numbers, booleans and enums right-aligned in tables built from properties, header included:
  TableViewGenerator.ComputeDefaultAlignment + DefaultScalarTypes.
* Real console samples in ../shared/reference/exchange2010-objects.md (DatabaseCopyStatusEntry,
  ExchangeServer) give the column layout of registered views.
"""
from __future__ import annotations

import datetime
import enum

from ems.format import format_table, out_default
from ems.format.views import ViewRegistry
from ems.runtime.psobject import PSObject

P = PSObject.custom


def typed(type_name: str, props: dict) -> PSObject:
    o = PSObject.custom(props)
    o.type_names = [type_name, "System.Object"]
    return o


def lines(text: str) -> list[str]:
    assert text.endswith("\n")
    return text[:-1].split("\n")


# ---------------------------------------------------------------- autosized (no view)


def test_custom_objects_table_autosized_numbers_right():
    objs = [P({"Name": "alpha", "Count": 1, "Ok": True}),
            P({"Name": "beta-longer", "Count": 12345, "Ok": False})]
    # Name: 11 wide (beta-longer); Count: 5 wide, right-aligned (Int32); Ok: 5 wide (False),
    # right-aligned (Boolean is a DefaultScalarType). One blank line before, two after.
    assert out_default(objs) == (
        "\n"
        "Name        Count    Ok\n"
        "----        -----    --\n"
        "alpha           1  True\n"
        "beta-longer 12345 False\n"
        "\n"
        "\n")


def test_two_columns_strings_and_dates():
    d = datetime.datetime(2010, 6, 15, 14, 35, 0)
    objs = [P({"Server": "MBX1", "When": d})]
    # DateTime is not a DefaultScalarType: left-aligned; shown as ToString() in en-US.
    assert out_default(objs) == (
        "\n"
        "Server When                \n"
        "------ ----                \n"
        "MBX1   6/15/2010 2:35:00 PM\n"
        "\n"
        "\n")


def test_enum_column_right_aligned():
    class Status(enum.Enum):
        Running = 4
        Stopped = 1

    objs = [P({"Status": Status.Running, "Name": "svc1"}), P({"Status": Status.Stopped, "Name": "s2"})]
    # `Get-Service | Select-Object Status, Name` in 5.1: the enum column is right-aligned.
    assert out_default(objs) == (
        "\n"
        " Status Name\n"
        " ------ ----\n"
        "Running svc1\n"
        "Stopped s2  \n"
        "\n"
        "\n")


def test_later_objects_missing_columns_give_blank_cells():
    # The first object's properties make the columns; a PSCustomObject without them gives an
    # empty row (the well-known Select-Object gotcha).
    objs = [P({"a": 1, "b": "x"}), P({"c": 3})]
    assert out_default(objs) == (
        "\n"
        "a b\n"
        "- -\n"
        "1 x\n"
        "   \n"
        "\n"
        "\n")


def test_more_than_four_properties_is_a_list():
    text = out_default([P({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})])
    assert text == "\n\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\n\n\n"


def test_table_too_wide_shrinks_last_column():
    long = "x" * 50
    text = format_table([P({"A": long, "B": long})], width=60)
    # Autosize gives 50 and 50; ColumnWidthManager.TrimToFit shrinks the last column to
    # 60 - 50 - 1 = 9 cells, the value is cut to 6 + "...".
    assert lines(text) == [
        "",
        "A" + " " * 49 + " B        ",
        "-" + " " * 49 + " -        ",
        long + " xxxxxx...",
        "", ""]


def test_autosize_hides_columns_that_do_not_fit():
    text = format_table([P({"A": "a" * 20, "B": "b" * 20, "C": "c"})], width=22)
    # Autosize gives 20, 20, 1 (43 cells with separators). TrimToFit works from the right:
    # C would need -20 cells -> hidden; then B shrinks to 22 - 20 - 1 = 1 and is cut without dots.
    assert lines(text) == ["", "A" + " " * 19 + " B", "-" + " " * 19 + " -", "a" * 20 + " b", "", ""]


# ---------------------------------------------------------------- registered views


DCS = "Microsoft.Exchange.Management.SystemConfigurationTasks.DatabaseCopyStatusEntry"


def dcs_registry() -> ViewRegistry:
    reg = ViewRegistry()
    reg.register_table_view(DCS, [
        ("Name", "Name", 45, None), ("Status", "Status", 15, None),
        ("CopyQueueLength", "CopyQueueLength", 9, None),
        ("ReplayQueueLength", "ReplayQueueLength", 11, None),
        ("LastInspectedLogTime", "LastInspectedLogTime", 22, None),
        ("ContentIndexState", "ContentIndexState", None, None)])
    return reg


def test_database_copy_status_view_matches_real_console():
    o = typed(DCS, {"Name": "DB1\\D-EMAIL02", "Status": "Healthy", "CopyQueueLength": 0,
                    "ReplayQueueLength": 0,
                    "LastInspectedLogTime": datetime.datetime(2020, 12, 3, 12, 54, 51),
                    "ContentIndexState": "Healthy"})
    text = out_default([o], width=119, registry=dcs_registry())
    # The real sample (reference file, section 5), trailing blanks removed by the copy:
    real = [
        "Name                                          Status          CopyQueue ReplayQueue LastInspectedLogTime   ContentIndex",
        "                                                              Length    Length                             State",
        "----                                          ------          --------- ----------- --------------------   ------------",
        "DB1\\D-EMAIL02                                 Healthy         0         0           12/3/2020 12:54:51 PM  Healthy",
    ]
    got = lines(text)
    assert [ln.rstrip() for ln in got] == [""] + real + ["", ""]
    # 5.1 pads every line to the end of the last column (width 119 - 107 = 12).
    assert all(len(ln) == 119 for ln in got[1:5])


def test_exchange_server_view_truncates_with_dots_and_wraps_header():
    t = "Microsoft.Exchange.Data.Directory.Management.ExchangeServer"
    reg = ViewRegistry()
    reg.register_table_view(t, [(None, "Name", 19, None), (None, "Site", 20, None),
                                (None, "ServerRole", 11, None), (None, "Edition", 11, None),
                                (None, "AdminDisplayVersion", None, None)])
    rows = [typed(t, {"Name": "HO-EX2010-MB1", "Site": "exchangeserverpro.net/Configuration/Sites/HeadOffice",
                      "ServerRole": "Mailbox, ClientAccess, HubTransport", "Edition": "Enterprise",
                      "AdminDisplayVersion": "Version 14.0 (Build 639.21)"}),
            typed(t, {"Name": "HO-EX2010-EDGE", "Site": None, "ServerRole": "Edge",
                      "Edition": "StandardEvaluation", "AdminDisplayVersion": "Version 14.0 (Build 639.21)"})]
    text = out_default(rows, width=79, registry=reg)
    # Reference file, section 1 (offsets 0/20/41/53/65 on an 80-column console).
    assert [ln.rstrip() for ln in lines(text)] == [
        "",
        "Name                Site                 ServerRole  Edition     AdminDisplayVe",
        "                                                                 rsion",
        "----                ----                 ----------  -------     --------------",
        "HO-EX2010-MB1       exchangeserverpro... Mailbox,... Enterprise  Version 14....",
        "HO-EX2010-EDGE                           Edge        Standard... Version 14....",
        "", ""]


def test_right_aligned_column_truncates_keeping_the_tail():
    reg = ViewRegistry()
    reg.register_table_view("T", [("Id", "Id", 6, "right"), ("Name", "Name", 6, None), ("X", "X", 3, None)])
    o = typed("T", {"Id": 1234567890, "Name": "abcdefghij", "X": "abcd"})
    # Right: "...890"; left: "abc..."; a 3-cell column is cut without dots.
    assert lines(out_default([o], registry=reg)) == [
        "", "    Id Name   X  ", "    -- ----   -  ", "...890 abc... abc", "", ""]


def test_value_with_newline_is_cut_with_dots():
    reg = ViewRegistry()
    reg.register_table_view("T", [("A", "A", 10, None), ("B", "B", 5, None)])
    o = typed("T", {"A": "one\ntwo", "B": "b"})
    assert lines(out_default([o], registry=reg)) == [
        "", "A          B    ", "-          -    ", "one...     b    ", "", ""]


def test_columns_without_width_share_the_rest():
    reg = ViewRegistry()
    reg.register_table_view("T", [("A", "A", 10, None), ("B", "B", None, None), ("C", "C", None, None)])
    o = typed("T", {"A": "a", "B": "b", "C": "c"})
    # 40 - 10 - 2 separators = 28 cells for B and C, one at a time from the left: 14 and 14.
    assert lines(out_default([o], width=40, registry=reg)) == [
        "", "A" + " " * 10 + "B" + " " * 14 + "C" + " " * 13,
        "-" + " " * 10 + "-" + " " * 14 + "-" + " " * 13,
        "a" + " " * 10 + "b" + " " * 14 + "c" + " " * 13, "", ""]


# ---------------------------------------------------------------- Format-Table options


def test_wrap_breaks_on_words():
    reg = ViewRegistry()
    reg.register_table_view("T", [("Name", "Name", 10, None), ("Desc", "Desc", None, None)])
    o = typed("T", {"Name": "n1", "Desc": "The quick brown fox jumps over the lazy dog"})
    # Desc gets 30 - 11 = 19 cells; words keep their trailing blank (GenerateLinesWithWordWrap).
    assert lines(format_table([o], wrap=True, width=30, registry=reg)) == [
        "",
        "Name       Desc               ",
        "----       ----               ",
        "n1         The quick brown    ",
        "           fox jumps over the ",
        "           lazy dog           ",
        "", ""]


def test_without_wrap_the_same_row_is_cut():
    reg = ViewRegistry()
    reg.register_table_view("T", [("Name", "Name", 10, None), ("Desc", "Desc", None, None)])
    o = typed("T", {"Name": "n1", "Desc": "The quick brown fox jumps over the lazy dog"})
    assert lines(format_table([o], width=30, registry=reg))[3] == "n1         The quick brown ..."


def test_autosize_ignores_declared_widths():
    reg = ViewRegistry()
    reg.register_table_view("T", [("Name", "Name", 20, None), ("Status", "Status", 15, None)])
    o = typed("T", {"Name": "db1", "Status": "Mounted"})
    assert lines(format_table([o], autosize=True, registry=reg)) == [
        "", "Name Status ", "---- ------ ", "db1  Mounted", "", ""]
    # Without -AutoSize the view's widths hold.
    assert lines(format_table([o], registry=reg))[1] == "Name                 Status         "


def test_hide_table_headers():
    objs = [P({"a": 1, "b": "xy"}), P({"a": 22, "b": "z"})]
    assert format_table(objs, hide_headers=True) == "\n 1 xy\n22 z \n\n\n"


def test_group_by_prints_group_labels_and_sizes_each_group():
    objs = [P({"Name": "a", "Status": "Running"}), P({"Name": "bbbbbbb", "Status": "Stopped"})]
    # GroupStart: "" + "   Status: Running" + "" then the header; GroupEnd: "".
    assert lines(format_table(objs, group_by="Status")) == [
        "",
        "",
        "   Status: Running",
        "",
        "Name Status ",
        "---- ------ ",
        "a    Running",
        "",
        "",
        "   Status: Stopped",
        "",
        "Name    Status ",
        "----    ------ ",
        "bbbbbbb Stopped",
        "",
        ""]


def test_group_by_keeps_group_for_equal_values_case_insensitive():
    objs = [P({"N": 1, "S": "A"}), P({"N": 2, "S": "a"})]
    text = format_table(objs, properties=["N"], group_by="S")
    assert text.count("   S: ") == 1


def test_properties_wildcards_and_calculated():
    o = P({"Name": "db1", "NameOnServer": "x", "Size": 1536})
    text = format_table([o], properties=["Name*", {"Label": "KB", "Expression": lambda x: x.note("Size") / 1024}])
    assert lines(text) == [
        "", "Name NameOnServer  KB", "---- ------------  --", "db1  x            1.5", "", ""]


def test_unknown_property_gives_empty_column():
    text = format_table([P({"a": 1})], properties=["a", "nosuch"])
    assert lines(text) == ["", "a nosuch", "- ------", "1       ", "", ""]


def test_format_string_and_alignment_of_calculated_property():
    o = P({"v": 1234.5})
    text = format_table([o], properties=[{"n": "Value", "e": "v", "FormatString": "N2", "Alignment": "Left"}])
    assert lines(text) == ["", "Value   ", "-----   ", "1,234.50", "", ""]


def test_scalar_input_to_format_table_prints_as_string():
    # ProcessOutOfBandObjectOutsideDocumentSequence: strings bypass -Property unless -Force.
    assert format_table(["abc"], properties=["Length"]) == "abc\n"
    assert lines(format_table(["abc"], properties=["Length"], force=True)) == [
        "", "Length", "------", "     3", "", ""]


def test_hashtable_uses_the_dictionary_view():
    # DotNetTypes.format.ps1xml: DictionaryEntry table, Name 30 wide, Value the rest.
    text = out_default([{"a": 1, "bb": "x"}])
    value_width = 120 - 31
    assert lines(text) == [
        "",
        "Name" + " " * 27 + "Value" + " " * (value_width - 5),
        "----" + " " * 27 + "-----" + " " * (value_width - 5),
        "a" + " " * 30 + "1" + " " * (value_width - 1),
        "bb" + " " * 29 + "x" + " " * (value_width - 1),
        "", ""]


def test_group_by_as_label_and_callable():
    objs = [P({"N": 1, "Db": "DB01"}), P({"N": 2, "Db": "DB02"})]
    text = format_table(objs, properties=["N"], group_by=("Database", lambda o: o.note("Db")))
    assert "   Database: DB01" in lines(text) and "   Database: DB02" in lines(text)
    text = format_table(objs, properties=["N"], group_by={"Label": "Database", "Expression": "Db"})
    assert lines(text)[2] == "   Database: DB01"


def test_view_with_autosize_flag_sizes_on_data():
    reg = ViewRegistry()
    reg.register_table_view("T", [("Name", "Name", 30, None), ("V", "V", 30, None)], autosize=True)
    o = typed("T", {"Name": "n", "V": "v"})
    assert lines(out_default([o], registry=reg)) == ["", "Name V", "---- -", "n    v", "", ""]


def test_decimal_and_int64_right_aligned():
    from ems import primitives as Prim
    import decimal
    objs = [P({"D": decimal.Decimal("1.5"), "L": Prim.Int64(10)})]
    assert lines(out_default(objs)) == ["", "  D  L", "  -  -", "1.5 10", "", ""]
