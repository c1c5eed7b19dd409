""".NET composite and standard/custom format strings (en-US, .NET Framework) as -f and ToString(fmt) use them."""
import datetime as dt
import decimal
import uuid

import pytest

from ems import primitives as P
from ems.runtime import composite_format as F
from ems.runtime.exceptions import FormatException
from ems.runtime.dotnet.enums import DayOfWeek

D = decimal.Decimal
WHEN = dt.datetime(2026, 11, 27, 18, 51, 36, 123456)


@pytest.mark.parametrize("fmt,args,expected", [
    ("{0}", [1], "1"), ("{0} {1} {0}", ["a", "b"], "a b a"), ("{0,5}", [1], "    1"), ("{0,-5}|", [1], "1    |"),
    ("{{0}}", [1], "{0}"), ("{{{0}}}", [1], "{1}"), ("}}", [], "}"), ("{0 }", [1], "1"), ("{0, 4}", [1], "   1"),
    ("{0}", [None], ""), ("{0}", [[1, 2]], "System.Object[]"), ("{0}", [True], "True"),
    ("{0}", [WHEN], "11/27/2026 6:51:36 PM"), ("{0}", [DayOfWeek.Monday], "Monday"), ("{0:d}", [DayOfWeek.Monday], "1"),
    ("{0:N2}", ["text"], "text"),
])
def test_composite(fmt, args, expected):
    assert F.format(fmt, args) == expected


@pytest.mark.parametrize("fmt,args", [("{1}", [1]), ("{0", [1]), ("{a}", [1]), ("{", []), ("}", []),
                                       ("{0,x}", [1])])
def test_composite_errors(fmt, args):
    with pytest.raises(FormatException):
        F.format(fmt, args)


@pytest.mark.parametrize("value,spec,expected", [
    # N
    (3.14159, "N2", "3.14"), (1234567.891, "N", "1,234,567.89"), (1234567, "N0", "1,234,567"),
    (-1234.5, "N1", "-1,234.5"), (0.5, "N0", "1"), (1.5, "N0", "2"), (2.5, "N0", "3"), (2.345, "N2", "2.35"),
    (D("1.005"), "N2", "1.01"), (-0.001, "N2", "0.00"),
    # F
    (3.14159, "F2", "3.14"), (2.0, "F", "2.00"), (7, "F1", "7.0"), (1234.5, "F0", "1235"),
    # D
    (7, "D3", "007"), (-7, "D3", "-007"), (123, "D", "123"), (P.Int64(5), "D2", "05"),
    # X
    (255, "X", "FF"), (255, "x4", "00ff"), (-1, "X", "FFFFFFFF"), (P.Int64(-1), "X", "FFFFFFFFFFFFFFFF"),
    (P.Byte(10), "X2", "0A"),
    # P
    (0.125, "P1", "12.5 %"), (0.5, "P", "50.00 %"), (1, "P0", "100 %"), (-0.25, "P0", "-25 %"),
    # C (en-US on .NET Framework)
    (1234.5, "C", "$1,234.50"), (-1, "C", "($1.00)"), (0.5, "C0", "$1"), (D("9.99"), "C", "$9.99"),
    # E
    (12345.678, "E2", "1.23E+004"), (12345.678, "e3", "1.235e+004"), (0.00012, "E", "1.200000E-004"),
    (0, "E2", "0.00E+000"),
    # G and R
    (1234.5, "G", "1234.5"), (0.1 + 0.2, "G", "0.3"), (1234.5, "G3", "1.23E+03"), (123, "G", "123"),
    (0.1 + 0.2, "R", "0.30000000000000004"), (1.0, "R", "1"),
    # custom
    (3.14159, "0.00", "3.14"), (5, "00", "05"), (5, "000.0", "005.0"), (12345.67, "#,##0.0", "12,345.7"),
    (0.5, "#.##", ".5"), (0.5, "0.##", "0.5"), (1.0, "0.##", "1"), (0.25, "0%", "25%"), (1234, "#,#", "1,234"),
    (1234567, "#,##0,K", "1,235K"), (-5, "0;(0)", "(5)"), (0, "0;(0);zero", "zero"), (5, "'n='0", "n=5"),
    (42, "#", "42"), (0, "#", ""), (1.5, "0.0 'MB'", "1.5 MB"), (1234.5678, "0.00##", "1234.5678"),
    (7, "\\#0", "#7"),
])
def test_number_formats(value, spec, expected):
    assert F.format_value(value, spec) == expected


def test_invalid_number_format():
    with pytest.raises(FormatException):
        F.format_value(1.5, "D2")
    with pytest.raises(FormatException):
        F.format_value(1.5, "X")


@pytest.mark.parametrize("spec,expected", [
    ("yyyy-MM-dd", "2026-11-27"), ("HH:mm", "18:51"), ("hh:mm tt", "06:51 PM"), ("h:mm t", "6:51 P"),
    ("dd/MM/yyyy", "27/11/2026"), ("MM/dd/yy", "11/27/26"), ("dddd", "Friday"), ("ddd", "Fri"),
    ("MMMM", "November"), ("MMM d", "Nov 27"), ("yyyyMMdd_HHmmss", "20261127_185136"), ("fff", "123"),
    ("ffffff", "123456"), ("FFF", "123"), ("%d", "27"), ("%M", "11"), ("'Day' d", "Day 27"), ("\\d d", "d 27"),
    ("d", "11/27/2026"), ("D", "Friday, November 27, 2026"), ("f", "Friday, November 27, 2026 6:51 PM"),
    ("F", "Friday, November 27, 2026 6:51:36 PM"), ("g", "11/27/2026 6:51 PM"), ("G", "11/27/2026 6:51:36 PM"),
    ("M", "November 27"), ("s", "2026-11-27T18:51:36"), ("t", "6:51 PM"), ("T", "6:51:36 PM"),
    ("u", "2026-11-27 18:51:36Z"), ("y", "November 2026"), ("o", "2026-11-27T18:51:36.1234560"),
    ("r", "Fri, 27 Nov 2026 18:51:36 GMT"),
])
def test_datetime_formats(spec, expected):
    assert F.format_datetime(WHEN, spec) == expected


def test_datetime_midnight_and_noon():
    assert F.format_datetime(dt.datetime(2010, 1, 1, 0, 5), "h:mm tt") == "12:05 AM"
    assert F.format_datetime(dt.datetime(2010, 1, 1, 12, 5), "h:mm tt") == "12:05 PM"


@pytest.mark.parametrize("td,spec,expected", [
    (dt.timedelta(hours=1, minutes=2, seconds=3), "c", "01:02:03"),
    (dt.timedelta(days=1, hours=2, minutes=3, seconds=4), "c", "1.02:03:04"),
    (dt.timedelta(hours=1, minutes=2, seconds=3), "g", "1:02:03"),
    (dt.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=500), "g", "1:2:03:04.5"
     .replace("1:2:", "1:2:")),
    (dt.timedelta(hours=1, minutes=2, seconds=3), "G", "0:01:02:03.0000000"),
    (dt.timedelta(hours=1, minutes=5), "hh\\:mm", "01:05"),
    (dt.timedelta(hours=1, minutes=5), "hh':'mm", "01:05"),
    (dt.timedelta(days=3, hours=1), "%d", "3"),
    (dt.timedelta(days=3, hours=1, minutes=5, seconds=9), "d\\.hh\\:mm\\:ss", "3.01:05:09"),
    (dt.timedelta(milliseconds=1500), "ss\\.fff", "01.500"),
])
def test_timespan_formats(td, spec, expected):
    assert F.format_timespan(td, spec) == expected


def test_timespan_custom_needs_escaped_colon():
    with pytest.raises(FormatException):
        F.format_timespan(dt.timedelta(hours=1), "hh:mm")


def test_guid_formats():
    g = uuid.UUID("12345678-1234-1234-1234-123456789abc")
    assert F.format_guid(g, "N") == "12345678123412341234123456789abc"
    assert F.format_guid(g, "B") == "{12345678-1234-1234-1234-123456789abc}"
    assert F.format_guid(g, "D") == "12345678-1234-1234-1234-123456789abc"


def test_format_arg_with_alignment_and_format():
    assert F.format("{0,10:N1}|{1,-6:D2}|", [1234.56, 7]) == "   1,234.6|07    |"
    assert F.format("[{0:yyyy}]", [WHEN]) == "[2026]"
