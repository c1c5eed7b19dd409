"""Data cmdlets: CSV (Import-Csv, Export-Csv, ConvertTo-Csv, ConvertFrom-Csv), JSON
(ConvertTo-Json, ConvertFrom-Json), ConvertTo-Html, and CliXml (Export-Clixml, Import-Clixml).

The formats follow Windows PowerShell 5.1 byte for byte where scripts can see it:

* CSV: every field quoted, `""` inside quotes, `$null` as an empty unquoted field, the
  `#TYPE <first type name>` line unless -NoTypeInformation. Parsing uses the csv module.
* JSON: the 5.1 layout -- 4-space indentation where nested containers are indented from the
  column their value starts at, `"key":  value` with two spaces -- and JavaScriptSerializer's
  escapes (`\\u0027` for `'`, `\\u003c` `\\u003e` `\\u0026`), `-Depth` (default 2) beyond which
  objects become their ToString(). ConvertFrom-Json gives PSCustomObjects, non-integers as
  Decimal, and (as 5.1) a JSON array as one array object.
* CliXml: PowerShell's real serialization format (`<Objs Version="1.1.0.1" ...>`), written
  as UTF-16 with a BOM like 5.1; Import-Clixml reads files a real shell saved, giving
  `Deserialized.*` objects.
"""
from __future__ import annotations

import csv
import datetime as _dt
import enum as _enum
import io
import json
import re
import uuid as _uuid
import xml.etree.ElementTree as ET
from decimal import Decimal
from typing import Any

from cmdlets.core.files import (ENCODING, FS_MODULE, OBJ, PSOBJ, STR, STRS, SWITCH, UTIL_MODULE, as_list,
                                enumerate_value, fs_of, get_property, property_names, report,
                                to_str, type_names)
from ems import primitives as P
from ems.runtime import filesystem as fsm
from ems.runtime.cmdlet import Cmdlet, Parameter
from ems.runtime.filesystem import FileSystemError, FsPath
from ems.runtime.psobject import PSNoteProperty, PSObject, base_object

CHAR = "System.Char"
INT = "System.Int32"
CUSTOM = "System.Management.Automation.PSCustomObject"


def _xml_escape(text: str, entities: dict[str, str] | None = None) -> str:
    # Imported on first use: xml.sax.saxutils pulls in urllib and http, costly at start-up.
    from xml.sax.saxutils import escape

    return escape(text, entities or {})


def _hashtable(items=()):
    from ems.runtime.dotnet.collections import Hashtable
    return Hashtable(items)


def _arraylist(items=()):
    from ems.runtime.dotnet.collections import ArrayList
    return ArrayList(items)


def _is_dict(v: Any) -> bool:
    return isinstance(base_object(v), dict)


def _is_list(v: Any) -> bool:
    return isinstance(base_object(v), (list, tuple))


def _first_type_name(obj: Any) -> str:
    names = type_names(obj)
    if names:
        return names[0]
    v = base_object(obj)
    try:
        from ems.runtime.dotnet.types import type_of
        t = type_of(v)
        if t is not None:
            return t.full_name
    except Exception:
        pass
    return "System.Object"


def _all_type_names(obj: Any) -> list[str]:
    names = type_names(obj)
    if names:
        return names
    v = base_object(obj)
    try:
        from ems.runtime.dotnet.types import type_of
        t = type_of(v)
        out = []
        while t is not None:
            out.append(t.full_name)
            t = getattr(t, "base_type", None)
            if callable(t):
                t = t()
        if out:
            return out
    except Exception:
        pass
    return [_first_type_name(obj), "System.Object"]


# =============================================================== CSV


def _csv_field(value: Any, ctx: Any) -> str:
    if value is None:
        return ""
    return '"' + to_str(value, ctx).replace('"', '""') + '"'


def _csv_row(values: list[Any], delimiter: str, ctx: Any) -> str:
    return delimiter.join(_csv_field(v, ctx) for v in values)


class CsvWriter:
    """Converts objects to CSV lines as ConvertTo-Csv / Export-Csv do: the properties of the
    first object fix the columns."""

    def __init__(self, delimiter: str = ",", type_information: bool = True, ctx: Any = None,
                 columns: list[str] | None = None):
        self.delimiter = delimiter
        self.type_information = type_information
        self.ctx = ctx
        self.columns = columns

    def lines(self, obj: Any) -> list[str]:
        out = []
        if self.columns is None:
            self.columns = property_names(obj) if not _is_dict(obj) else _dict_props(obj)
            if self.type_information:
                out.append("#TYPE " + _first_type_name(obj))
            out.append(self.delimiter.join('"' + c.replace('"', '""') + '"' for c in self.columns))
        values = [get_property(obj, c, self.ctx) if not _is_dict(obj) else _dict_get(obj, c)
                  for c in self.columns]
        out.append(_csv_row(values, self.delimiter, self.ctx))
        return out


def _dict_props(d: Any) -> list[str]:
    # A hashtable exports its own properties in 5.1 (IsReadOnly, IsFixedSize, ... Keys, Values, Count).
    return ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"]


def _dict_get(d: Any, name: str) -> Any:
    v = base_object(d)
    n = name.lower()
    if n in ("isreadonly", "isfixedsize", "issynchronized"):
        return False
    if n == "keys":
        return list(v.keys())
    if n == "values":
        return list(v.values())
    if n == "syncroot":
        return "System.Object"
    if n == "count":
        return len(v)
    return None


def parse_csv(text: str, delimiter: str = ",", header: list[str] | None = None,
              ctx: Any = None) -> list[PSObject]:
    """CSV text to PSCustomObjects (Import-Csv / ConvertFrom-Csv)."""
    lines = text.splitlines(keepends=True)
    type_name = None
    if header is None:
        while lines and lines[0].strip() == "":
            lines.pop(0)
        if lines and lines[0].startswith("#TYPE"):
            type_name = lines[0][5:].strip()
            lines.pop(0)
        elif lines and lines[0].startswith("#"):
            lines.pop(0)
    reader = csv.reader(io.StringIO("".join(lines)), delimiter=delimiter, quotechar='"',
                        doublequote=True, skipinitialspace=False, strict=False)
    rows = [r for r in reader]
    if header is None:
        while rows and not any(rows[0]):
            rows.pop(0)
        if not rows:
            return []
        header = rows.pop(0)
    out = []
    for row in rows:
        if not row or (len(row) == 1 and row[0] == "" and len(header) > 1):
            continue
        props = []
        for i, name in enumerate(header):
            props.append((name, row[i] if i < len(row) else None))
        if len(row) > len(header):
            pass  # extra fields are dropped
        obj = PSObject.custom(props)
        if type_name:
            obj.type_names = ["CSV:" + type_name] + obj.type_names
        out.append(obj)
    return out


def _delimiter(cmdlet: Cmdlet) -> str:
    if getattr(cmdlet, "UseCulture", False):
        return ","  # en-US list separator
    d = getattr(cmdlet, "Delimiter", None)
    if d is None:
        return ","
    return to_str(d)[:1] or ","


_CSV_DELIM = (
    Parameter("Delimiter", CHAR, position=1, sets=("Delimiter",),
              help="Specifies the character that separates the values (the default is a comma)."),
    Parameter("UseCulture", SWITCH, sets=("UseCulture",),
              help="Uses the list separator of the current culture (en-US: a comma)."),
)


class ConvertToCsv(Cmdlet):
    name = "ConvertTo-Csv"
    module = UTIL_MODULE
    parameters = (
        Parameter("InputObject", PSOBJ, position=0, mandatory=True, pipeline=True,
                  help="Specifies the objects to convert."),
    ) + _CSV_DELIM + (
        Parameter("NoTypeInformation", SWITCH, aliases=("NTI",),
                  help="Omits the #TYPE line."),
    )
    default_parameter_set = "Delimiter"
    output_type = "System.String"
    synopsis = ("Converts objects into a series of comma-separated value (CSV) variable-length "
                "strings.")
    description = ("The ConvertTo-Csv cmdlet returns CSV strings for the objects given: a #TYPE "
                   "line (unless -NoTypeInformation), a header with the property names of the first "
                   "object, then one line per object.")
    examples = (
        ("Get-MailboxDatabase | Select-Object Name, Server | ConvertTo-Csv -NoTypeInformation",
         "Converts database names and servers to CSV text."),
    )

    def begin(self) -> None:
        self._writer = CsvWriter(_delimiter(self), not self.NoTypeInformation, self.context)

    def process(self) -> None:
        if self.InputObject is None:
            return
        for line in self._writer.lines(self.InputObject):
            self.write_object(line)


class ConvertFromCsv(Cmdlet):
    name = "ConvertFrom-Csv"
    module = UTIL_MODULE
    parameters = (
        Parameter("InputObject", PSOBJ, position=0, mandatory=True, pipeline=True, pipeline_by_name=True,
                  help="Specifies the CSV strings to convert."),
    ) + _CSV_DELIM + (
        Parameter("Header", STRS, help="Specifies column names to use instead of the first line."),
    )
    default_parameter_set = "Delimiter"
    output_type = CUSTOM
    synopsis = "Converts object properties in comma-separated value (CSV) format into CSV versions of the original objects."
    description = ("The ConvertFrom-Csv cmdlet turns CSV strings into PSCustomObjects whose "
                   "properties are the column names and whose values are strings.")
    examples = (
        ('"Name,Role", "MBX1,Mailbox" | ConvertFrom-Csv', "Creates one object with Name and Role."),
    )

    def begin(self) -> None:
        self._lines: list[str] = []

    def process(self) -> None:
        for item in enumerate_value(self.InputObject):
            self._lines.append(to_str(item, self.context))

    def end(self) -> None:
        header = [to_str(h) for h in as_list(self.Header)] or None
        for obj in parse_csv("\n".join(self._lines) + "\n", _delimiter(self), header, self.context):
            self.write_object(obj)


class ExportCsv(Cmdlet):
    name = "Export-Csv"
    module = UTIL_MODULE
    aliases = ("epcsv",)
    parameters = (
        Parameter("InputObject", PSOBJ, mandatory=True, pipeline=True, help="Specifies the objects to export."),
        Parameter("Path", STR, position=0, help="Specifies the path of the CSV file."),
        Parameter("LiteralPath", STR, aliases=("PSPath",)),
        Parameter("Force", SWITCH),
        Parameter("NoClobber", SWITCH, aliases=("NoOverwrite",), help="Does not overwrite an existing file."),
        Parameter("Encoding", STR, validate_set=("Unicode", "UTF7", "UTF8", "ASCII", "UTF32",
                                                 "BigEndianUnicode", "Default", "OEM")),
        Parameter("Append", SWITCH, help="Adds the CSV lines to the end of the file."),
    ) + _CSV_DELIM + (
        Parameter("NoTypeInformation", SWITCH, aliases=("NTI",), help="Omits the #TYPE line."),
    )
    default_parameter_set = "Delimiter"
    supports_should_process = True
    synopsis = "Converts objects into a series of comma-separated value (CSV) strings and saves the strings in a CSV file."
    description = ("The Export-Csv cmdlet writes the objects as CSV to the file named. Like Windows "
                   "PowerShell 5.1 it writes a '#TYPE' line first unless -NoTypeInformation is "
                   "given. The emulator writes UTF-8 without a BOM unless -Encoding says otherwise.")
    examples = (
        ("Get-Mailbox | Select-Object Name, Database | Export-Csv C:\\Temp\\mailboxes.csv -NoTypeInformation",
         "Saves the name and database of every mailbox to a CSV file."),
    )

    def begin(self) -> None:
        self._rows: list[str] = []
        self._writer: CsvWriter | None = None
        self._path: FsPath | None = None
        text = self.LiteralPath if self.LiteralPath is not None else self.Path
        if text is None:
            self.throw_terminating_error("Cannot perform operation because the path resolved to more "
                                         "than one file. This command cannot operate on multiple files.",
                                         "InvalidArgument", "CannotSpecifyPathAndLiteralPath")
            return
        fs = fs_of(self)
        try:
            path = fs.resolve(to_str(text))
        except FileSystemError as e:
            self.throw_terminating_error(e.message, e.category, e.error_id, text, e.exception_type)
            return
        self._path = path
        columns = None
        if self.Append and fs.is_file(path):
            raw = fs.read_text(path)
            header_lines = [l for l in raw.splitlines() if l.strip() and not l.startswith("#")]
            if header_lines:
                columns = next(csv.reader([header_lines[0]], delimiter=_delimiter(self)))
        elif self.NoClobber and fs.exists(path):
            self.throw_terminating_error(f"The file '{path.display}' already exists.", "ResourceExists",
                                         "NoClobber", path.display, "System.IO.IOException")
        self._writer = CsvWriter(_delimiter(self), not self.NoTypeInformation and columns is None,
                                 self.context, columns)

    def process(self) -> None:
        if self.InputObject is None or self._writer is None:
            return
        self._rows.extend(self._writer.lines(self.InputObject))

    def end(self) -> None:
        if self._path is None or self._writer is None:
            return
        fs = fs_of(self)
        path = self._path
        if not self.should_process(path.display, "Export-Csv"):
            return
        nl = fs.newline(path)
        appending = bool(self.Append) and fs.is_file(path)
        text = "".join(r + nl for r in self._rows)
        try:
            if appending:
                existing = fs.read_bytes(path)
                if existing and not existing.endswith(b"\n"):
                    text = nl + text
            fs.write_text(path, text, self.Encoding, append=appending)
        except FileSystemError as e:
            report(self, e, path.display)


class ImportCsv(Cmdlet):
    name = "Import-Csv"
    module = UTIL_MODULE
    aliases = ("ipcsv",)
    parameters = (
        Parameter("Path", STRS, position=0, pipeline=True, help="Specifies the CSV files to import."),
        Parameter("LiteralPath", STRS, aliases=("PSPath",)),
    ) + _CSV_DELIM + (
        Parameter("Header", STRS, help="Specifies column names to use instead of the first line."),
        Parameter("Encoding", STR, validate_set=("Unicode", "UTF7", "UTF8", "ASCII", "UTF32",
                                                 "BigEndianUnicode", "Default", "OEM")),
    )
    default_parameter_set = "Delimiter"
    output_type = CUSTOM
    synopsis = "Creates table-like custom objects from the items in a CSV file."
    description = ("The Import-Csv cmdlet reads a CSV file and returns one PSCustomObject per "
                   "line; the column names (the first line, or -Header) become property names "
                   "and every value is a string.")
    examples = (
        ("Import-Csv C:\\Temp\\mailboxes.csv | ForEach-Object { New-Mailbox -Name $_.Name -Database $_.Database }",
         "Creates mailboxes from a CSV file."),
    )

    def process(self) -> None:
        from cmdlets.core.files import expand_paths
        header = [to_str(h) for h in as_list(self.Header)] or None
        fs = fs_of(self)
        for p in expand_paths(self, self.Path, self.LiteralPath):
            try:
                text = fs.read_text(p, self.Encoding)
            except FileSystemError as e:
                report(self, e, p.display)
                continue
            for obj in parse_csv(text, _delimiter(self), header, self.context):
                self.write_object(obj)


# =============================================================== JSON


_JSON_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
                 "\t": "\\t", "'": "\\u0027", "<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def json_string(s: str) -> str:
    out = []
    for c in s:
        e = _JSON_ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif ord(c) < 0x20:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


_EPOCH = _dt.datetime(1970, 1, 1)


def _json_scalar(v: Any, ctx: Any) -> str | None:
    """The JSON text of a scalar, or None when `v` is not a scalar."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, _enum.Enum):
        return str(int(v.value)) if isinstance(v.value, int) else json_string(str(v.name))
    if isinstance(v, int):
        return str(int(v))
    if isinstance(v, float):
        from ems.runtime import conversion
        text = conversion.format_double(v)
        if text in ("NaN", "Infinity", "-Infinity"):
            return json_string(text)
        return text.replace("E+", "E+").replace("E", "E")
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, str):
        return json_string(v)
    if isinstance(v, _dt.datetime):
        d = v.replace(tzinfo=None) if v.tzinfo is None else v.astimezone(_dt.timezone.utc).replace(tzinfo=None)
        ms = int((d - _EPOCH).total_seconds() * 1000)
        return '"\\/Date(%d)\\/"' % ms
    if isinstance(v, _uuid.UUID):
        return json_string(str(v))
    return None


def _json_value(v: Any, depth: int, max_depth: int, ctx: Any) -> Any:
    """A tree of ('obj', [(k, node)]) / ('arr', [node]) / ('raw', text)."""
    raw = base_object(v)
    if isinstance(v, PSObject) and v.base is not None and v.members and _json_scalar(raw, ctx) is not None:
        # a scalar with instance members (Get-Date -DisplayHint): 5.1 writes an object holding
        # the value, the notes and, for a DateTime, its DateTime script property
        if depth > max_depth:
            return ("raw", json_string(to_str(v, ctx)))
        body = [("value", _json_value(raw, depth + 1, max_depth, ctx))]
        for name in v.property_names():
            val = get_property(v, name, ctx)
            if name.lower() == "displayhint" and isinstance(val, str):
                val = {"date": 0, "time": 1, "datetime": 2}.get(val.lower(), val)
            body.append((name, _json_value(val, depth + 1, max_depth, ctx)))
        if isinstance(raw, _dt.datetime):
            h = raw.hour % 12 or 12
            long = f"{raw:%A}, {raw:%B} {raw.day}, {raw.year} {h}:{raw:%M:%S} {'AM' if raw.hour < 12 else 'PM'}"
            body.append(("DateTime", ("raw", json_string(long))))
        return ("obj", body)
    scalar = _json_scalar(raw, ctx)
    if scalar is not None:
        return ("raw", scalar)
    if isinstance(raw, _dt.timedelta):
        raw = _timespan_props(raw)
    if depth > max_depth:
        return ("raw", json_string(to_str(v, ctx)))
    if isinstance(raw, dict):
        return ("obj", [(to_str(k, ctx), _json_value(val, depth + 1, max_depth, ctx))
                        for k, val in raw.items()])
    if isinstance(raw, (list, tuple)):
        return ("arr", [_json_value(x, depth + 1, max_depth, ctx) for x in raw])
    names = property_names(v)
    return ("obj", [(n, _json_value(get_property(v, n, ctx), depth + 1, max_depth, ctx)) for n in names])


def _timespan_props(td: _dt.timedelta) -> dict:
    ticks = (td.days * 86400 + td.seconds) * 10_000_000 + td.microseconds * 10
    total_s = ticks / 10_000_000
    sign = -1 if ticks < 0 else 1
    a = abs(ticks)
    return {
        "Ticks": P.Int64(ticks), "Days": sign * (a // 864_000_000_000),
        "Hours": sign * ((a // 36_000_000_000) % 24), "Milliseconds": sign * ((a // 10_000) % 1000),
        "Minutes": sign * ((a // 600_000_000) % 60), "Seconds": sign * ((a // 10_000_000) % 60),
        "TotalDays": total_s / 86400, "TotalHours": total_s / 3600,
        "TotalMilliseconds": total_s * 1000, "TotalMinutes": total_s / 60, "TotalSeconds": total_s,
    }


def _render_compact(node: Any) -> str:
    kind, body = node
    if kind == "raw":
        return body
    if kind == "arr":
        return "[" + ",".join(_render_compact(x) for x in body) + "]"
    return "{" + ",".join(json_string(k) + ":" + _render_compact(v) for k, v in body) + "}"


def _render_pretty(node: Any, column: int) -> str:
    """5.1's layout: the content of a container starting at `column` is indented to column+4,
    its closing bracket at `column`."""
    kind, body = node
    if kind == "raw":
        return body
    inner = " " * (column + 4)
    if kind == "arr":
        if not body:
            return "[\r\n\r\n" + " " * column + "]"
        items = [inner + _render_pretty(x, column + 4) for x in body]
        return "[\r\n" + ",\r\n".join(items) + "\r\n" + " " * column + "]"
    if not body:
        return "{\r\n\r\n" + " " * column + "}"
    items = []
    for k, v in body:
        prefix = json_string(k) + ":  "
        items.append(inner + prefix + _render_pretty(v, column + 4 + len(prefix)))
    return "{\r\n" + ",\r\n".join(items) + "\r\n" + " " * column + "}"


def to_json(value: Any, depth: int = 2, compress: bool = False, ctx: Any = None) -> str:
    node = _json_value(value, 0, depth, ctx)
    text = _render_compact(node) if compress else _render_pretty(node, 0)
    return text.replace("\r\n", "\n")


class ConvertToJson(Cmdlet):
    name = "ConvertTo-Json"
    module = UTIL_MODULE
    parameters = (
        Parameter("InputObject", OBJ, position=0, mandatory=True, pipeline=True, allow_null=True,
                  help="Specifies the objects to convert to JSON."),
        Parameter("Depth", INT, validate_range=(1, 2147483647),
                  help="Specifies how many levels of contained objects are included (default 2)."),
        Parameter("Compress", SWITCH, help="Omits white space and indentation."),
    )
    output_type = "System.String"
    synopsis = "Converts an object to a JSON-formatted string."
    description = ("The ConvertTo-Json cmdlet converts objects to JSON text in the layout of Windows "
                   "PowerShell 5.1. Objects deeper than -Depth (default 2) are written as their "
                   "string form. Several piped objects make one JSON array.")
    examples = (
        ("Get-MailboxDatabase DB01 | Select-Object Name, Server | ConvertTo-Json",
         "Converts a database's name and server to JSON."),
        ('@{Name="MBX1"; Copies=2} | ConvertTo-Json -Compress', "Writes compact JSON."),
    )

    def begin(self) -> None:
        self._items: list[Any] = []

    def process(self) -> None:
        self._items.append(self.InputObject)

    def end(self) -> None:
        if not self._items:
            return
        value = self._items[0] if len(self._items) == 1 else list(self._items)
        depth = int(self.Depth) if self.Depth is not None else 2
        self.write_object(to_json(value, depth, bool(self.Compress), self.context))


class JsonError(Exception):
    pass


def _from_json(v: Any) -> Any:
    if isinstance(v, dict):
        obj = PSObject()
        for k, val in v.items():
            obj.add_member(PSNoteProperty(k, _from_json(val)), force=True)
        return obj
    if isinstance(v, list):
        return [_from_json(x) for x in v]
    if isinstance(v, str):
        m = re.fullmatch(r"/Date\((-?\d+)\)/", v)
        if m:
            return _EPOCH + _dt.timedelta(milliseconds=int(m.group(1)))
        return v
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        if P.INT32_MIN <= v <= P.INT32_MAX:
            return int(v)
        if P.Int64.min_value <= v <= P.Int64.max_value:
            return P.Int64(v)
        return Decimal(v)
    return v


def from_json(text: str) -> Any:
    try:
        return _from_json(json.loads(text, parse_float=Decimal))
    except json.JSONDecodeError as e:
        bad = text[e.pos:].strip().split()[0] if text[e.pos:].strip() else ""
        bad = re.split(r"[,\]}]", bad)[0] if bad else bad
        raise JsonError(f"Invalid JSON primitive: {bad}." if bad else
                        "Invalid object passed in, ':' or '}' expected.") from None


class ConvertFromJson(Cmdlet):
    name = "ConvertFrom-Json"
    module = UTIL_MODULE
    parameters = (
        Parameter("InputObject", STR, position=0, mandatory=True, pipeline=True,
                  help="Specifies the JSON strings to convert."),
    )
    output_type = CUSTOM
    synopsis = "Converts a JSON-formatted string to a custom object."
    description = ("The ConvertFrom-Json cmdlet converts JSON text to PSCustomObjects (JSON objects) "
                   "and arrays. As in Windows PowerShell 5.1, a JSON array comes out as one array "
                   "object, and numbers with a fraction become Decimal.")
    examples = (
        ("Get-Content C:\\Temp\\settings.json -Raw | ConvertFrom-Json", "Reads settings saved as JSON."),
    )

    def begin(self) -> None:
        self._parts: list[str] = []

    def process(self) -> None:
        if self.InputObject is not None:
            self._parts.append(to_str(self.InputObject, self.context))

    def end(self) -> None:
        text = "\n".join(self._parts)
        if not text.strip():
            return
        try:
            value = from_json(text)
        except JsonError as e:
            self.throw_terminating_error(str(e), "NotSpecified", "System.ArgumentException", text,
                                         "System.ArgumentException")
            return
        self.write_object(value)


# =============================================================== HTML


class ConvertToHtml(Cmdlet):
    name = "ConvertTo-Html"
    module = UTIL_MODULE
    parameters = (
        Parameter("InputObject", PSOBJ, pipeline=True, help="Specifies the objects to show in the table."),
        Parameter("Property", "System.Object[]", position=0, help="Specifies the properties to show."),
        Parameter("Body", STRS, position=1),
        Parameter("Head", STRS, position=2),
        Parameter("Title", STR, position=3, help="Specifies the title of the page (default: HTML TABLE)."),
        Parameter("As", STR, validate_set=("Table", "List")),
        Parameter("Fragment", SWITCH, help="Writes only the table, without the page around it."),
        Parameter("PreContent", STRS),
        Parameter("PostContent", STRS),
    )
    output_type = "System.String"
    synopsis = "Converts Microsoft .NET Framework objects into HTML that can be displayed in a Web browser."
    description = ("The ConvertTo-Html cmdlet returns the lines of an HTML page (or, with -Fragment, "
                   "of a table) showing the objects' properties.")
    examples = (
        ("Get-MailboxDatabaseCopyStatus * | ConvertTo-Html -Property Name, Status -Title 'Copies' | Out-File C:\\Temp\\copies.htm",
         "Saves an HTML report of the database copies."),
    )

    def begin(self) -> None:
        self._objects: list[Any] = []

    def process(self) -> None:
        if self.InputObject is not None:
            self._objects.append(self.InputObject)

    def end(self) -> None:
        esc = lambda s: _xml_escape(s)  # noqa: E731
        lines: list[str] = []
        if not self.Fragment:
            lines.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  '
                         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
            lines.append('<html xmlns="http://www.w3.org/1999/xhtml">')
            lines.append("<head>")
            if self.Head is not None:
                lines.extend(to_str(h) for h in as_list(self.Head))
            else:
                lines.append(f"<title>{esc(to_str(self.Title)) if self.Title else 'HTML TABLE'}</title>")
            lines.append("</head><body>")
            lines.extend(to_str(b) for b in as_list(self.Body))
        lines.extend(to_str(p) for p in as_list(self.PreContent))
        props = [to_str(p) for p in as_list(self.Property)]
        if self._objects:
            cols = props or property_names(self._objects[0])
            if (to_str(self.As) or "Table").lower() == "list":
                for obj in self._objects:
                    lines.append("<table>")
                    for c in cols:
                        lines.append(f"<tr><td>{esc(c)}:</td><td>{esc(to_str(get_property(obj, c, self.context)))}</td></tr>")
                    lines.append("</table>")
            else:
                lines.append("<table>")
                lines.append("<colgroup>" + "<col/>" * len(cols) + "</colgroup>")
                lines.append("<tr>" + "".join(f"<th>{esc(c)}</th>" for c in cols) + "</tr>")
                for obj in self._objects:
                    lines.append("<tr>" + "".join(
                        f"<td>{esc(to_str(get_property(obj, c, self.context), self.context))}</td>"
                        for c in cols) + "</tr>")
                lines.append("</table>")
        else:
            lines.append("<table>")
            lines.append("</table>")
        lines.extend(to_str(p) for p in as_list(self.PostContent))
        if not self.Fragment:
            lines.append("</body></html>")
        for line in lines:
            self.write_object(line)


# =============================================================== CliXml

CLIXML_NS = "http://schemas.microsoft.com/powershell/2004/04"


def _clixml_escape_text(s: str) -> str:
    """PowerShell's serializer encoding: control characters as _xHHHH_, a literal `_x` as
    `_x005F_x`, then XML escaping."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "_" and i + 1 < len(s) and s[i + 1] == "x":
            out.append("_x005F_")
        elif ord(c) < 0x20 or 0xFFFE <= ord(c) <= 0xFFFF or 0xD800 <= ord(c) <= 0xDFFF:
            out.append("_x%04X_" % ord(c))
        else:
            out.append(c)
        i += 1
    return _xml_escape("".join(out))


def _clixml_unescape_text(s: str) -> str:
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), s)


def _iso_duration(td: _dt.timedelta) -> str:
    """XmlConvert.ToString(TimeSpan): P1DT2H3M4.5S, PT0S ..."""
    ticks = (td.days * 86400 + td.seconds) * 10_000_000 + td.microseconds * 10
    neg = ticks < 0
    t = abs(ticks)
    days, rem = divmod(t, 864_000_000_000)
    hours, rem = divmod(rem, 36_000_000_000)
    minutes, rem = divmod(rem, 600_000_000)
    seconds, frac = divmod(rem, 10_000_000)
    out = "-P" if neg else "P"
    if days:
        out += f"{days}D"
    if hours or minutes or seconds or frac or not days:
        out += "T"
        if hours:
            out += f"{hours}H"
        if minutes:
            out += f"{minutes}M"
        if seconds or frac or not (hours or minutes):
            out += str(seconds)
            if frac:
                out += "." + f"{frac:07d}".rstrip("0")
            out += "S"
    return out


def _parse_iso_duration(s: str) -> _dt.timedelta:
    m = re.fullmatch(r"(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?", s.strip())
    if not m:
        raise ValueError(s)
    neg, y, mo, d, h, mi, sec = m.groups()
    td = _dt.timedelta(days=int(y or 0) * 365 + int(mo or 0) * 30 + int(d or 0), hours=int(h or 0),
                       minutes=int(mi or 0), seconds=float(sec or 0))
    return -td if neg else td


def _xml_datetime(d: _dt.datetime) -> str:
    base = d.strftime("%Y-%m-%dT%H:%M:%S")
    frac = f"{d.microsecond * 10:07d}".rstrip("0")
    if frac:
        base += "." + frac
    if d.tzinfo is not None:
        off = d.utcoffset() or _dt.timedelta(0)
        if off == _dt.timedelta(0) and d.tzinfo == _dt.timezone.utc:
            return base + "Z"
        sign = "-" if off < _dt.timedelta(0) else "+"
        off = abs(off)
        base += f"{sign}{off.seconds // 3600:02d}:{(off.seconds // 60) % 60:02d}"
    return base


def _parse_xml_datetime(s: str) -> _dt.datetime:
    s = s.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?", s)
    if not m:
        raise ValueError(s)
    y, mo, d, h, mi, sec, frac, tz = m.groups()
    micro = int((frac or "0")[:6].ljust(6, "0"))
    value = _dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(sec), micro)
    # Local times saved by a real shell carry their offset; we keep the wall-clock time.
    return value


_PRIMITIVE_TAGS = {
    P.Int64: "I64", P.Byte: "By", P.SByte: "SB", P.Int16: "I16", P.UInt16: "U16",
    P.UInt32: "U32", P.UInt64: "U64",
}


class CliXmlWriter:
    def __init__(self, depth: int = 2, ctx: Any = None):
        self.depth = depth
        self.ctx = ctx
        self.obj_ids: dict[int, int] = {}
        self.tn_ids: dict[tuple, int] = {}
        self.lines: list[str] = []
        self._keep: list[Any] = []

    def _attr(self, name: str | None) -> str:
        return "" if name is None else f' N="{_xml_escape(_clixml_escape_text(name), {chr(34): "&quot;"})}"'

    def _primitive(self, v: Any, name: str | None) -> str | None:
        a = self._attr(name)
        if v is None:
            return f"<Nil{a} />"
        if isinstance(v, bool):
            return f"<B{a}>{'true' if v else 'false'}</B>"
        if isinstance(v, P.Char):
            return f"<C{a}>{ord(v)}</C>"
        if isinstance(v, str) and not isinstance(v, P.Char):
            return f"<S{a}>{_clixml_escape_text(v)}</S>"
        if isinstance(v, _enum.Enum):
            return None
        tag = _PRIMITIVE_TAGS.get(type(v))
        if tag:
            return f"<{tag}{a}>{int(v)}</{tag}>"
        if isinstance(v, int):
            if P.INT32_MIN <= v <= P.INT32_MAX:
                return f"<I32{a}>{int(v)}</I32>"
            return f"<I64{a}>{int(v)}</I64>"
        if isinstance(v, P.Single):
            from ems.runtime import conversion
            return f"<Sg{a}>{conversion.format_double(v, 7)}</Sg>"
        if isinstance(v, float):
            from ems.runtime import conversion
            text = conversion.format_double(v)
            return f"<Db{a}>{text}</Db>"
        if isinstance(v, Decimal):
            return f"<D{a}>{format(v, 'f')}</D>"
        if isinstance(v, _dt.datetime):
            return f"<DT{a}>{_xml_datetime(v)}</DT>"
        if isinstance(v, _dt.timedelta):
            return f"<TS{a}>{_iso_duration(v)}</TS>"
        if isinstance(v, _uuid.UUID):
            return f"<G{a}>{v}</G>"
        if isinstance(v, (bytes, bytearray)):
            import base64
            return f"<BA{a}>{base64.b64encode(bytes(v)).decode()}</BA>"
        tn = getattr(type(v), "type_name", None)
        if tn == "System.Version":
            return f"<Version{a}>{to_str(v)}</Version>"
        return None

    def _type_names(self, names: list[str], indent: str) -> None:
        key = tuple(names)
        if key in self.tn_ids:
            self.lines.append(f'{indent}<TNRef RefId="{self.tn_ids[key]}" />')
            return
        rid = len(self.tn_ids)
        self.tn_ids[key] = rid
        self.lines.append(f'{indent}<TN RefId="{rid}">')
        for n in names:
            self.lines.append(f"{indent}  <T>{_xml_escape(n)}</T>")
        self.lines.append(f"{indent}</TN>")

    def write(self, value: Any, name: str | None, level: int, depth: int) -> None:
        indent = "  " * level
        raw = base_object(value)
        prim = self._primitive(raw, name) if not (isinstance(value, PSObject) and value.base is not None
                                                   and value.members) else None
        if prim is not None:
            self.lines.append(indent + prim)
            return
        key = id(value)
        if key in self.obj_ids:
            self.lines.append(f'{indent}<Ref{self._attr(name)} RefId="{self.obj_ids[key]}" />')
            return
        rid = len(self.obj_ids)
        self.obj_ids[key] = rid
        self._keep.append(value)
        self.lines.append(f'{indent}<Obj{self._attr(name)} RefId="{rid}">')
        inner = indent + "  "
        if isinstance(raw, _enum.Enum):
            self._type_names(_all_type_names(raw), inner)
            self.lines.append(f"{inner}<ToString>{_clixml_escape_text(to_str(raw))}</ToString>")
            self.lines.append(f"{inner}<I32>{int(raw.value)}</I32>")
        elif isinstance(raw, dict):
            self._type_names(_all_type_names(raw), inner)
            self.lines.append(f"{inner}<DCT>")
            for k, v in raw.items():
                self.lines.append(f"{inner}  <En>")
                self.write(k, "Key", level + 3, depth + 1)
                self.write_limited(v, "Value", level + 3, depth + 1)
                self.lines.append(f"{inner}  </En>")
            self.lines.append(f"{inner}</DCT>")
        elif isinstance(raw, (list, tuple)):
            names = _all_type_names(raw)
            if not names or names[0] in ("System.Object", ""):
                names = ["System.Object[]", "System.Array", "System.Object"]
            self._type_names(names, inner)
            self.lines.append(f"{inner}<LST>")
            for x in raw:
                self.write_limited(x, None, level + 2, depth + 1)
            self.lines.append(f"{inner}</LST>")
        elif isinstance(value, PSObject) and value.base is None:
            self._type_names(list(value.type_names) or [CUSTOM, "System.Object"], inner)
            self._members(value, inner, level, depth, value.property_names(), "MS")
        else:
            if isinstance(value, PSObject) and value.base is not None:
                prim = self._primitive(raw, None)
                if prim is not None:
                    # a primitive with instance members: the value, then the members
                    self.lines.append(inner + prim)
                    self._members(value, inner, level, depth, value.property_names(), "MS")
                    self.lines.append(f"{indent}</Obj>")
                    return
            self._type_names(_all_type_names(value), inner)
            self.lines.append(f"{inner}<ToString>{_clixml_escape_text(to_str(value, self.ctx))}</ToString>")
            adapted = [n for n in property_names(raw)]
            extended = value.property_names() if isinstance(value, PSObject) else []
            self._members(raw, inner, level, depth, adapted, "Props")
            if extended:
                self._members(value, inner, level, depth, extended, "MS")
        self.lines.append(f"{indent}</Obj>")

    def write_limited(self, value: Any, name: str | None, level: int, depth: int) -> None:
        raw = base_object(value)
        if depth > self.depth and self._primitive(raw, name) is None and not isinstance(raw, (dict, list, tuple)):
            self.lines.append("  " * level + f"<S{self._attr(name)}>{_clixml_escape_text(to_str(value, self.ctx))}</S>")
            return
        self.write(value, name, level, depth)

    def _members(self, obj: Any, inner: str, level: int, depth: int, names: list[str], tag: str) -> None:
        if not names:
            return
        self.lines.append(f"{inner}<{tag}>")
        for n in names:
            try:
                v = get_property(obj, n, self.ctx)
            except Exception:
                v = None
            self.write_limited(v, n, level + 2, depth + 1)
        self.lines.append(f"{inner}</{tag}>")


def to_clixml(objects: list[Any], depth: int = 2, ctx: Any = None) -> str:
    w = CliXmlWriter(depth, ctx)
    w.lines.append(f'<Objs Version="1.1.0.1" xmlns="{CLIXML_NS}">')
    for o in objects:
        w.write(o, None, 1, 1)
    w.lines.append("</Objs>")
    return "\r\n".join(w.lines)


class CliXmlError(Exception):
    pass


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class CliXmlReader:
    def __init__(self):
        self.objs: dict[str, Any] = {}
        self.tns: dict[str, list[str]] = {}

    def read(self, el: ET.Element) -> Any:
        tag = _local(el.tag)
        text = el.text or ""
        if tag == "Nil":
            return None
        if tag == "S":
            return _clixml_unescape_text(text)
        if tag == "B":
            return text.strip().lower() == "true"
        if tag == "I32":
            return int(text)
        if tag in ("I64", "U32", "U64", "I16", "U16", "By", "SB"):
            cls = {"I64": P.Int64, "U32": P.UInt32, "U64": P.UInt64, "I16": P.Int16,
                   "U16": P.UInt16, "By": P.Byte, "SB": P.SByte}[tag]
            return cls(int(text))
        if tag == "Db":
            return float(text) if text.strip() not in ("NaN", "INF", "-INF", "Infinity", "-Infinity") \
                else float(text.replace("INF", "inf").replace("Infinity", "inf"))
        if tag == "Sg":
            return P.Single(float(text))
        if tag == "D":
            return Decimal(text)
        if tag == "C":
            return P.Char(chr(int(text)))
        if tag == "DT":
            return _parse_xml_datetime(text)
        if tag == "TS":
            return _parse_iso_duration(text)
        if tag == "G":
            return _uuid.UUID(text.strip())
        if tag == "BA":
            import base64
            return base64.b64decode(text)
        if tag in ("URI", "XD", "SBK", "SS", "Version", "PR"):
            return _clixml_unescape_text(text)
        if tag == "Ref":
            return self.objs.get(el.get("RefId"))
        if tag == "Obj":
            return self._obj(el)
        raise CliXmlError(f"unknown element {tag}")

    def _obj(self, el: ET.Element) -> Any:
        rid = el.get("RefId")
        names: list[str] = []
        to_string = None
        members: list[tuple[str, Any]] = []
        base: Any = None
        container: Any = None
        kind = None
        for child in el:
            tag = _local(child.tag)
            if tag == "TN":
                names = [(t.text or "") for t in child if _local(t.tag) == "T"]
                self.tns[child.get("RefId", "")] = names
            elif tag == "TNRef":
                names = self.tns.get(child.get("RefId", ""), [])
            elif tag == "ToString":
                to_string = _clixml_unescape_text(child.text or "")
            elif tag in ("MS", "Props"):
                for m in child:
                    members.append((_clixml_unescape_text(m.get("N", "")), self.read(m)))
            elif tag == "DCT":
                kind = "dict"
                container = _hashtable()
                if rid is not None:
                    self.objs[rid] = container
                for en in child:
                    k = v = None
                    for part in en:
                        if part.get("N") == "Key":
                            k = self.read(part)
                        elif part.get("N") == "Value":
                            v = self.read(part)
                    container[k] = v
            elif tag in ("LST", "IE", "STK", "QUE"):
                kind = "list"
                container = _arraylist()
                if rid is not None:
                    self.objs[rid] = container
                for item in child:
                    container.append(self.read(item))
            else:
                try:
                    base = self.read(child)
                    kind = "prim"
                except CliXmlError:
                    pass
        if kind in ("dict", "list"):
            return container
        deser = [n if n.startswith("Deserialized.") else "Deserialized." + n for n in names]
        if kind == "prim" and not members:
            # rehydrated primitive-like value (enum, wrapped string)
            if rid is not None:
                self.objs[rid] = base
            return base
        if kind == "prim":
            obj = PSObject(base, deser)
        else:
            obj = PSObject(None, deser or ["Deserialized.System.Management.Automation.PSCustomObject",
                                           "Deserialized.System.Object"])
        for n, v in members:
            obj.add_member(PSNoteProperty(n, v), force=True)
        if rid is not None:
            self.objs[rid] = obj
        return obj


def from_clixml(text: str) -> list[Any]:
    try:
        root = ET.fromstring(text.lstrip("\ufeff"))
    except ET.ParseError as e:
        raise CliXmlError(str(e)) from None
    if _local(root.tag) != "Objs":
        raise CliXmlError("Root element is not Objs")
    reader = CliXmlReader()
    return [reader.read(child) for child in root]


class ExportClixml(Cmdlet):
    name = "Export-Clixml"
    module = UTIL_MODULE
    parameters = (
        Parameter("Path", STR, position=0, mandatory=True, sets=("ByPath",),
                  help="Specifies the path of the XML file."),
        Parameter("LiteralPath", STR, mandatory=True, aliases=("PSPath",), sets=("ByLiteralPath",)),
        Parameter("InputObject", PSOBJ, mandatory=True, pipeline=True, help="Specifies the objects to save."),
        Parameter("Depth", INT, validate_range=(1, 2147483647),
                  help="Specifies how many levels of contained objects are saved (default 2)."),
        Parameter("Force", SWITCH),
        Parameter("NoClobber", SWITCH, aliases=("NoOverwrite",)),
        Parameter("Encoding", STR, validate_set=("Unicode", "UTF7", "UTF8", "ASCII", "UTF32",
                                                 "BigEndianUnicode", "Default", "OEM")),
    )
    default_parameter_set = "ByPath"
    supports_should_process = True
    synopsis = "Creates an XML-based representation of an object or objects and stores it in a file."
    description = ("The Export-Clixml cmdlet saves objects in PowerShell's CLIXML format, which "
                   "Import-Clixml (in ems or in a real Windows PowerShell) turns back into objects.")
    examples = (
        ("Get-MailboxDatabaseCopyStatus * | Export-Clixml C:\\Temp\\copies.xml",
         "Saves the copy status of every database for later comparison."),
    )

    def begin(self) -> None:
        self._objects: list[Any] = []

    def process(self) -> None:
        self._objects.append(self.InputObject)

    def end(self) -> None:
        fs = fs_of(self)
        text = to_str(self.LiteralPath if self.LiteralPath is not None else self.Path)
        try:
            path = fs.resolve(text)
        except FileSystemError as e:
            report(self, e, text)
            return
        if self.NoClobber and fs.exists(path):
            self.throw_terminating_error(f"The file '{path.display}' already exists.", "ResourceExists",
                                         "NoClobber", path.display, "System.IO.IOException")
            return
        if not self.should_process(path.display, "Export-Clixml"):
            return
        depth = int(self.Depth) if self.Depth is not None else 2
        xml = to_clixml(self._objects, depth, self.context)
        try:
            fs.write_text(path, xml, self.Encoding or "Unicode")
        except FileSystemError as e:
            report(self, e, path.display)


class ImportClixml(Cmdlet):
    name = "Import-Clixml"
    module = UTIL_MODULE
    parameters = (
        Parameter("Path", STRS, position=0, mandatory=True, pipeline=True, pipeline_by_name=True,
                  sets=("ByPath",), help="Specifies the XML files to read."),
        Parameter("LiteralPath", STRS, mandatory=True, pipeline_by_name=True, aliases=("PSPath",),
                  sets=("ByLiteralPath",)),
        Parameter("First", "System.UInt64"),
        Parameter("Skip", "System.UInt64"),
    )
    default_parameter_set = "ByPath"
    synopsis = "Imports a CLIXML file and creates corresponding objects in Windows PowerShell."
    description = ("The Import-Clixml cmdlet reads a file saved by Export-Clixml (here or in a real "
                   "Windows PowerShell) and returns the objects, deserialized: their type names start "
                   "with 'Deserialized.' and their properties are plain values.")
    examples = (
        ("$before = Import-Clixml C:\\Temp\\copies.xml", "Loads the saved copy status objects."),
    )

    def process(self) -> None:
        from cmdlets.core.files import expand_paths
        fs = fs_of(self)
        for p in expand_paths(self, self.Path, self.LiteralPath):
            try:
                objs = from_clixml(fs.read_text(p))
            except FileSystemError as e:
                report(self, e, p.display)
                continue
            except CliXmlError as e:
                self.write_error(f"Data at the root level is invalid. {e}", "NotSpecified",
                                 "System.Xml.XmlException", p.display, "System.Xml.XmlException")
                continue
            skip = int(self.Skip) if self.Skip is not None else 0
            objs = objs[skip:]
            if self.First is not None:
                objs = objs[: int(self.First)]
            for o in objs:
                self.write_object(o)
