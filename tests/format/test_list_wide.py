"""List and wide layouts against literal text.

Sources (PowerShell's FormatAndOutput as in 5.1):
* List: OutCommandInner writes "" at FormatStart, ListOutputContext writes "" at GroupStart and
  "" after every entry, then "" at GroupEnd and "" at FormatEnd -> two blank lines before the
  first object, one between objects, three after the last. ListWriter.cs: labels padded to the
  longest, " : ", continuation lines indented under the value, long values wrapped.
* Wide: WideOutputContext: "" at GroupStart, 2 items per row by default, -Column N, -AutoSize
  = as many items of the longest value as fit (ComputeWideViewBestItemsPerRowFit); the cells
  share the whole width (ColumnWidthManager, one cell at a time from the left); the last,
  partial row is padded with empty cells.
"""
from __future__ import annotations

from ems.format import format_list, format_wide, out_default
from ems.format.views import ViewRegistry
from ems.runtime.psobject import PSObject

P = PSObject.custom


def lines(text: str) -> list[str]:
    assert text.endswith("\n")
    return text[:-1].split("\n")


def test_list_aligns_on_longest_label_and_separates_objects():
    objs = [P({"Name": "a", "Count": 1}), P({"Name": "bb", "Count": 22})]
    assert format_list(objs) == (
        "\n"
        "\n"
        "Name  : a\n"
        "Count : 1\n"
        "\n"
        "Name  : bb\n"
        "Count : 22\n"
        "\n"
        "\n"
        "\n")


def test_list_multiline_value_is_indented():
    o = P({"Text": "one\ntwo", "N": 1})
    assert lines(format_list([o])) == ["", "", "Text : one", "       two", "N    : 1", "", "", ""]


def test_list_long_value_wraps_under_the_value():
    o = P({"Description": "abc def ghi"})
    # width 20: the value field is 20 - len("Description : ") = 6 cells; words keep their blank.
    assert lines(format_list([o], width=20)) == [
        "", "", "Description : abc ", "              def ", "              ghi", "", "", ""]


def test_list_null_and_collections():
    o = P({"A": None, "B": [1, 2, 3, 4, 5], "C": True})
    assert lines(format_list([o])) == ["", "", "A : ", "B : {1, 2, 3, 4...}", "C : True", "", "", ""]


def test_list_properties_drop_unknown_names():
    o = P({"Name": "x", "Other": 1})
    assert lines(format_list([o], properties=["Name", "nosuch"])) == ["", "", "Name : x", "", "", ""]


def test_list_star_and_default_display_property_set():
    reg = ViewRegistry()
    reg.register_default_display_properties("My.Type", ["Name"])
    o = PSObject.custom({"Name": "x", "Size": 5, "Path": "p"})
    o.type_names = ["My.Type", "System.Object"]
    assert lines(format_list([o], registry=reg)) == ["", "", "Name : x", "", "", ""]
    assert lines(format_list([o], properties="*", registry=reg)) == [
        "", "", "Name : x", "Size : 5", "Path : p", "", "", ""]


def test_registered_list_view_labels():
    reg = ViewRegistry()
    reg.register_list_view("My.Type", [("Display Name", "Name"), "Size"])
    o = PSObject.custom({"Name": "x", "Size": 5})
    o.type_names = ["My.Type", "System.Object"]
    assert lines(out_default([o], registry=reg)) == [
        "", "", "Display Name : x", "Size         : 5", "", "", ""]


def test_list_group_by():
    objs = [P({"N": 1, "G": "x"}), P({"N": 2, "G": "y"})]
    assert lines(format_list(objs, properties=["N"], group_by="G")) == [
        "", "", "   G: x", "", "", "N : 1", "", "", "", "   G: y", "", "", "N : 2", "", "", ""]


NAMES = ["alpha", "beta", "gamma", "delta", "epsilon"]


def test_wide_two_columns_by_default():
    objs = [P({"Name": n, "Size": 1}) for n in NAMES]
    # width 40: two cells of 20 and 19 (+1 blank); Name is the display property.
    assert lines(format_wide(objs, width=40)) == [
        "", "",
        "alpha" + " " * 15 + " " + "beta" + " " * 15,
        "gamma" + " " * 15 + " " + "delta" + " " * 14,
        "epsilon" + " " * 13 + " " + " " * 19,
        "", ""]


def test_wide_column_count():
    objs = [P({"Name": n}) for n in NAMES]
    # -Column 3 at 40: 38 cells for 3 columns -> 13, 13, 12.
    assert lines(format_wide(objs, column=3, width=40)) == [
        "", "",
        "alpha" + " " * 8 + " beta" + " " * 9 + " gamma" + " " * 7,
        "delta" + " " * 8 + " epsilon" + " " * 6 + " " + " " * 12,
        "", ""]


def test_wide_autosize_fits_as_many_as_possible():
    objs = [P({"Name": n}) for n in NAMES]
    # longest is 7: 5*7 + 4 = 39 < 40 -> 5 per row; 36 cells shared as 8, 7, 7, 7, 7.
    assert lines(format_wide(objs, autosize=True, width=40)) == [
        "", "", "alpha    beta    gamma   delta   epsilon", "", ""]


def test_wide_property_parameter():
    objs = [P({"Name": "a", "Id": 1}), P({"Name": "b", "Id": 2})]
    assert lines(format_wide(objs, property="Id", width=10)) == ["", "", "1     2   ", "", ""]
