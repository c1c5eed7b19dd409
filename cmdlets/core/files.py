"""File-system cmdlets: Get-Content, Set-Content, Add-Content, Test-Path, Join-Path, Split-Path,
Resolve-Path, Get-Location, Set-Location, Push-Location, Pop-Location, Get-ChildItem, Get-Item,
New-Item, Remove-Item, Copy-Item, Move-Item, Rename-Item, Get-ItemProperty, Select-String.

Every access goes through the session's FileSystem provider (ems/runtime/filesystem.py), which
keeps Windows paths in memory and touches only the host paths the user names.
The first part holds helpers the data and session cmdlet modules share.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from ems.runtime import filesystem as fsm
from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter, ParameterSetSpec
from ems.runtime.filesystem import FileSystem, FileSystemError, FsPath, PathInfo
from ems.runtime.psobject import PSObject, base_object

STR = "System.String"
STRS = "System.String[]"
OBJ = "System.Object"
OBJS = "System.Object[]"
INT = "System.Int32"
LONG = "System.Int64"
ENCODING = "Microsoft.PowerShell.Commands.FileSystemCmdletProviderEncoding"
PSOBJ = "System.Management.Automation.PSObject"

FS_MODULE = "Microsoft.PowerShell.Management"
UTIL_MODULE = "Microsoft.PowerShell.Utility"


# =============================================================== shared helpers


def to_str(value: Any, ctx: Any = None) -> str:
    from ems.runtime import conversion
    return conversion.to_string(value, ctx)


def as_list(value: Any) -> list[Any]:
    """A parameter value as a list (null -> [], scalar -> [x])."""
    if value is None:
        return []
    v = base_object(value)
    if isinstance(v, (list, tuple)):
        return list(v)
    return [value]


def enumerate_value(value: Any) -> list[Any]:
    """The items PowerShell would enumerate for `value` (scalars and strings are one item)."""
    v = base_object(value)
    if v is None:
        return []
    if isinstance(v, (str, dict)) or not hasattr(v, "__iter__") or isinstance(v, bytes):
        return [value]
    try:
        from ems.runtime import conversion
        if hasattr(conversion, "enumerate") and conversion.is_enumerable(v):
            return list(conversion.enumerate(v))
        if hasattr(conversion, "is_enumerable") and not conversion.is_enumerable(v):
            return [value]
    except Exception:
        pass
    if isinstance(v, (list, tuple)):
        return list(v)
    return [value]


def property_names(obj: Any) -> list[str]:
    """Property names of an object, in order (PSObject notes, model PS_PROPERTIES, ...)."""
    try:
        from ems.runtime import members
        return list(members.property_names(obj))
    except ImportError:
        pass
    if isinstance(obj, PSObject):
        names = obj.property_names()
        if obj.base is not None:
            names = list(getattr(obj.base, "PS_PROPERTIES", ())) + names
        return names
    if isinstance(obj, dict):
        return [str(k) for k in obj.keys()]
    return list(getattr(obj, "PS_PROPERTIES", ()))


def get_property(obj: Any, name: str, ctx: Any = None) -> Any:
    try:
        from ems.runtime import members
        if hasattr(members, "get_property"):
            return members.get_property(obj, name, ctx)
        return members.get_member(obj, name, ctx)
    except ImportError:
        pass
    if isinstance(obj, PSObject):
        m = obj.get_member(name)
        if m is not None:
            return getattr(m, "value", None)
        if obj.base is None:
            return None
        obj = obj.base
    if isinstance(obj, dict):
        for k, v in obj.items():
            if str(k).lower() == name.lower():
                return v
        return None
    for n in getattr(obj, "PS_PROPERTIES", ()):
        if n.lower() == name.lower():
            return getattr(obj, n, None)
    return None


def type_names(obj: Any) -> list[str]:
    try:
        from ems.runtime import members
        return list(members.type_names(obj))
    except (ImportError, AttributeError):
        pass
    if isinstance(obj, PSObject):
        if obj.type_names:
            return list(obj.type_names)
        obj = obj.base
    names = getattr(obj, "PS_TYPE_NAMES", None)
    if names:
        return list(names)
    return []


def fs_of(cmdlet: Cmdlet) -> FileSystem:
    return fsm.filesystem_for(cmdlet.context)


def report(cmdlet: Cmdlet, err: FileSystemError, target: Any = None) -> None:
    """A provider failure as a non-terminating error of the cmdlet."""
    cmdlet.write_error(err.message, err.category, err.error_id,
                       target if target is not None else err.target, err.exception_type)


def report_terminating(cmdlet: Cmdlet, err: FileSystemError, target: Any = None) -> None:
    cmdlet.throw_terminating_error(err.message, err.category, err.error_id,
                                   target if target is not None else err.target, err.exception_type)


def resolve_one(cmdlet: Cmdlet, text: str) -> FsPath | None:
    """A path that need not exist (errors reported)."""
    try:
        return fs_of(cmdlet).resolve(text)
    except FileSystemError as e:
        report(cmdlet, e, text)
        return None


def expand_paths(cmdlet: Cmdlet, paths: Iterable[str] | None, literal: Iterable[str] | None = None,
                 ) -> list[FsPath]:
    """Paths named by -Path (wildcards expand) and -LiteralPath, reporting missing ones."""
    fs = fs_of(cmdlet)
    out: list[FsPath] = []
    for text, lit in [(p, False) for p in as_list(paths)] + [(p, True) for p in as_list(literal)]:
        text = to_str(text)
        try:
            out.extend(fs.expand(text, literal=lit))
        except FileSystemError as e:
            report(cmdlet, e, text)
    return out


def _encoding_param() -> Parameter:
    return Parameter("Encoding", ENCODING, enum_values=fsm.ENCODINGS)


def _path_params(mandatory: bool = True, path_type: str = STRS, pipeline: bool = False) -> tuple[Parameter, ...]:
    return (
        Parameter("Path", path_type, position=0, mandatory=mandatory, sets=("Path",),
                  pipeline=pipeline, pipeline_by_name=True, accept_wildcard=True,
                  help="Specifies the path to an item. Wildcards are permitted."),
        Parameter("LiteralPath", path_type, mandatory=True, sets=("LiteralPath",),
                  pipeline_by_name=True, aliases=("PSPath",),
                  help="Specifies the path to an item, used exactly as it is typed (no wildcards)."),
    )


_FILTER_PARAMS = (
    Parameter("Filter", STR, help="Specifies a filter in the provider's format (a wildcard on names)."),
    Parameter("Include", STRS, accept_wildcard=True, help="Includes only the items whose names match."),
    Parameter("Exclude", STRS, accept_wildcard=True, help="Omits the items whose names match."),
)


def name_filter(filter_: Any, include: Any, exclude: Any):
    inc = [to_str(x) for x in as_list(include)]
    exc = [to_str(x) for x in as_list(exclude)]
    flt = to_str(filter_) if filter_ else None

    def ok(name: str) -> bool:
        if flt and not fsm.wildcard_match(flt, name):
            return False
        if inc and not any(fsm.wildcard_match(p, name) for p in inc):
            return False
        if exc and any(fsm.wildcard_match(p, name) for p in exc):
            return False
        return True
    return ok


class _FsCmdlet(Cmdlet):
    module = FS_MODULE

    @property
    def fs(self) -> FileSystem:
        return fs_of(self)


# =============================================================== session-state drives
# Env:, Variable:, Function: and Alias: are PowerShell providers of their own; the item
# cmdlets below understand them for listing, testing, reading and removing.

_STATE_DRIVES = ("env", "variable", "function", "alias")


def state_drive(text: Any) -> tuple[str, str] | None:
    """('env', 'PATH') for `env:PATH` / `Env:\\PATH`; None for file-system paths."""
    if not isinstance(text, str):
        return None
    m = re.match(r"^(?:Microsoft\.PowerShell\.Core\\[A-Za-z]+::)?([A-Za-z]+):[\\/]?(.*)$", text)
    if not m or m.group(1).lower() not in _STATE_DRIVES:
        return None
    return m.group(1).lower(), m.group(2)


class EnvironmentEntry:
    """An Env: item (System.Collections.DictionaryEntry)."""

    PS_TYPE_NAMES = ("System.Collections.DictionaryEntry", "System.ValueType", "System.Object")
    PS_PROPERTIES = ("Name", "Key", "Value")

    def __init__(self, name: str, value: Any):
        self.Name = name
        self.Key = name
        self.Value = value

    def ps_to_string(self) -> str:
        return "System.Collections.DictionaryEntry"


def state_items(ctx: Any, drive: str) -> list[tuple[str, Any]]:
    """(name, item) of every item of a session-state drive."""
    if drive == "env":
        env = getattr(ctx, "env", None) or {}
        items = env.items_original() if hasattr(env, "items_original") else list(env.items())
        return sorted(((k, EnvironmentEntry(k, v)) for k, v in items), key=lambda x: x[0].lower())
    if drive == "variable":
        return sorted(((v.name, v) for v in ctx.visible_variables()), key=lambda x: x[0].lower())
    if drive == "function":
        return sorted(((f.Name, f) for f in ctx.visible_functions()), key=lambda x: x[0].lower())
    if drive == "alias":
        table = getattr(ctx, "commands", None)
        aliases = table.all_aliases() if table is not None and hasattr(table, "all_aliases") else []
        return sorted(((a.Name, a) for a in aliases), key=lambda x: x[0].lower())
    return []


def state_lookup(ctx: Any, drive: str, rest: str) -> list[tuple[str, Any]]:
    rest = rest.strip()
    items = state_items(ctx, drive)
    if not rest or rest == "*":
        return items
    if fsm.has_wildcard(rest):
        return [(n, i) for n, i in items if fsm.wildcard_match(rest, n)]
    return [(n, i) for n, i in items if n.lower() == rest.lower()]


def state_remove(ctx: Any, drive: str, name: str) -> None:
    if drive == "env":
        env = getattr(ctx, "env", None)
        if env is not None and name in env:
            del env[name]
    elif drive == "variable":
        ctx.remove_variable(name)
    elif drive == "function":
        ctx.remove_function(name)
    elif drive == "alias":
        table = getattr(ctx, "commands", None)
        if table is not None and hasattr(table, "remove_alias"):
            table.remove_alias(name, force=True)


def state_value(item: Any) -> Any:
    if isinstance(item, EnvironmentEntry):
        return item.Value
    for attr in ("Value", "Definition"):
        if hasattr(item, attr):
            return getattr(item, attr)
    return item


_DRIVE_DISPLAY = {"env": "Env", "variable": "Variable", "function": "Function", "alias": "Alias"}


def state_not_found(cmdlet: Cmdlet, drive: str, rest: str) -> None:
    report(cmdlet, fsm.PathNotFound(rest), rest)


def named_state_items(cmdlet: Cmdlet, plain: list[Any]) -> Iterator[tuple[str, str, Any]]:
    """(drive, name, item) for each -Path/-LiteralPath on a state drive (Variable:, Env:...),
    reporting a name that is missing; the file system paths are collected in plain."""
    for text in as_list(cmdlet.Path) + as_list(cmdlet.LiteralPath):
        sd = state_drive(to_str(text))
        if sd is None:
            plain.append(text)
            continue
        found = state_lookup(cmdlet.context, *sd)
        if not found and not fsm.has_wildcard(sd[1]):
            state_not_found(cmdlet, *sd)
        for n, item in found:
            yield sd[0], n, item


def expand_named_files(cmdlet: Cmdlet, plain: list[Any]) -> list[FsPath]:
    """The file system items of plain: -LiteralPath ones taken as written, the others expanded."""
    lit = as_list(cmdlet.LiteralPath)
    return expand_paths(cmdlet, [t for t in plain if t not in lit], [t for t in plain if t in lit])


# =============================================================== content


def _is_byte(encoding: Any) -> bool:
    return encoding is not None and str(encoding).lower() == "byte"


def _lines_to_text(values: list[Any], newline: str, no_newline: bool, ctx: Any) -> str:
    parts = [to_str(v, ctx) for v in values]
    if no_newline:
        return "".join(parts)
    return "".join(p + newline for p in parts)


class GetContent(_FsCmdlet):
    name = "Get-Content"
    aliases = ("gc", "cat", "type")
    parameters = _path_params() + _FILTER_PARAMS + (
        Parameter("ReadCount", LONG, pipeline_by_name=True, help="Specifies how many lines are sent through the pipeline at a time (0 sends all at once)."),
        Parameter("TotalCount", LONG, pipeline_by_name=True, aliases=("First", "Head"),
                  help="Specifies the number of lines from the beginning of the file."),
        Parameter("Tail", INT, aliases=("Last",), help="Specifies the number of lines from the end of the file."),
        Parameter("Raw", SWITCH, help="Returns the whole content as one string, newlines kept."),
        _encoding_param(),
        Parameter("Delimiter", STR, help="Specifies the delimiter that ends each piece read."),
        Parameter("Force", SWITCH),
        Parameter("Wait", SWITCH, help="Not available in the emulator: the file is read once."),
    )
    default_parameter_set = "Path"
    output_type = "System.String"
    synopsis = "Gets the content of the item at the specified location."
    description = ("The Get-Content cmdlet gets the content of a file, one line at a time: each line "
                   "is a string sent down the pipeline. -TotalCount and -Tail limit the lines read; "
                   "-Raw returns the whole file as a single string.")
    examples = (
        ('Get-Content -Path C:\\ExchangeSetupLogs\\ExchangeSetup.log -Tail 20',
         "Shows the last twenty lines of the Exchange setup log."),
        ('$servers = Get-Content .\\servers.txt',
         "Reads a list of server names, one per line, into an array."),
    )

    def process(self) -> None:
        ctx = self.context
        for text in as_list(self.Path) + as_list(self.LiteralPath):
            sd = state_drive(to_str(text))
            if sd is None:
                continue
            found = state_lookup(ctx, *sd)
            if not found:
                state_not_found(self, *sd)
            for _n, item in found:
                value = state_value(item)
                for line in (fsm.split_lines(to_str(value, ctx)) if not self.Raw else [to_str(value, ctx)]):
                    self.write_object(line)
        plain = [t for t in as_list(self.Path) if state_drive(to_str(t)) is None]
        plain_lit = [t for t in as_list(self.LiteralPath) if state_drive(to_str(t)) is None]
        for path in expand_paths(self, plain, plain_lit):
            if self.fs.is_dir(path):
                self.write_error(f"Unable to get content because it is a directory: '{path.display}'. "
                                 "Please use 'Get-ChildItem' instead.", "InvalidOperation",
                                 "GetContainerContentException", path.display,
                                 "System.Management.Automation.PSInvalidOperationException")
                continue
            try:
                if _is_byte(self.Encoding):
                    self._bytes(self.fs.read_bytes(path))
                    continue
                text = self.fs.read_text(path, self.Encoding)
            except FileSystemError as e:
                report(self, e, path.display)
                continue
            if self.Raw:
                self.write_object(text)
                continue
            if self.Delimiter:
                pieces = text.split(self.Delimiter)
                lines = [p + self.Delimiter for p in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
            else:
                lines = fsm.split_lines(text)
            total = self.TotalCount
            if total is not None and int(total) >= 0:
                lines = lines[: int(total)]
            if self.Tail is not None and int(self.Tail) >= 0:
                lines = lines[len(lines) - int(self.Tail):] if int(self.Tail) else []
            self._emit_lines(lines)

    def _bytes(self, data: bytes) -> None:
        from ems.primitives import Byte
        items = [Byte(b) for b in data]
        if self.Raw:
            self.write_object(items)
            return
        if self.TotalCount is not None and int(self.TotalCount) >= 0:
            items = items[: int(self.TotalCount)]
        if self.Tail is not None and int(self.Tail) >= 0:
            items = items[len(items) - int(self.Tail):] if int(self.Tail) else []
        self._emit_lines(items)

    def _emit_lines(self, lines: list) -> None:
        rc = self.ReadCount
        if rc is None or int(rc) == 1:
            for line in lines:
                self.write_object(line)
        elif int(rc) <= 0:
            if lines:
                self.write_object(list(lines))
        else:
            n = int(rc)
            for i in range(0, len(lines), n):
                self.write_object(list(lines[i:i + n]))


class _WriteContent(_FsCmdlet):
    action = ""
    append = False
    supports_should_process = True
    default_parameter_set = "Path"

    def begin(self) -> None:
        self._values: list[Any] = []
        self._got_value = False

    def process(self) -> None:
        if self.is_bound("Value") or self.Value is not None:
            self._got_value = True
            self._values.extend(as_list(self.Value) if not isinstance(base_object(self.Value), str)
                                else [self.Value])

    def _flat_values(self) -> list[Any]:
        out: list[Any] = []
        for v in self._values:
            b = base_object(v)
            out.extend(b if isinstance(b, (list, tuple, bytes)) else [v])
        return out

    def end(self) -> None:
        targets: list[FsPath] = []
        for text, lit in [(p, False) for p in as_list(self.Path)] + [(p, True) for p in as_list(self.LiteralPath)]:
            text = to_str(text)
            try:
                if not lit and fsm.has_wildcard(text):
                    targets.extend(self.fs.expand(text))
                else:
                    targets.append(self.fs.resolve(text))
            except FileSystemError as e:
                report(self, e, text)
        for path in targets:
            if not self.should_process(f"Path: {path.display}", self.action):
                continue
            try:
                if self.fs.is_dir(path):
                    raise fsm.AccessDenied(f"Access to the path '{path.display}' is denied.", path.display)
                if not self.fs.exists(path) and path.parent is not None and not self.fs.is_dir(path.parent):
                    err = fsm.DirectoryNotFound(path.display)
                    err.error_id = "GetContentWriterDirectoryNotFoundError"
                    raise err
                if _is_byte(self.Encoding):
                    data = bytes(int(base_object(v)) & 0xFF for v in self._flat_values())
                    self.fs.write_bytes(path, data, append=self.append)
                    if self.PassThru:
                        for v in self._values:
                            self.write_object(v)
                    continue
                text = _lines_to_text(self._values, self.fs.newline(path), bool(self.NoNewline),
                                      self.context)
                if self.append and self.fs.exists(path) and not self.NoNewline:
                    existing = self.fs.read_bytes(path)
                    if existing and not existing.endswith((b"\n", b"\r", b"\n\x00")):
                        text = self.fs.newline(path) + text
                self.fs.write_text(path, text, self.Encoding, append=self.append)
            except FileSystemError as e:
                report(self, e, path.display)
                continue
            except ValueError:
                continue
            if self.PassThru:
                for v in self._values:
                    self.write_object(v)


_CONTENT_PARAMS = (
    Parameter("Value", OBJS, position=1, mandatory=True, pipeline=True, pipeline_by_name=True,
              help="Specifies the content, one line per element."),
    Parameter("PassThru", SWITCH, help="Returns the content written."),
    Parameter("NoNewline", SWITCH, help="Writes the values without newlines between or after them."),
    _encoding_param(),
    Parameter("Force", SWITCH),
) + _FILTER_PARAMS


class SetContent(_WriteContent):
    name = "Set-Content"
    aliases = ("sc",)
    action = "Set Content"
    parameters = _path_params() + _CONTENT_PARAMS
    synopsis = "Writes new content or replaces existing content in a file."
    description = ("The Set-Content cmdlet replaces the content of a file with the values given, one "
                   "line per value. The file is created when missing; its folder must exist. The "
                   "emulator writes UTF-8 without a byte order mark unless -Encoding says otherwise.")
    examples = (
        ('Get-MailboxServer | ForEach-Object { $_.Name } | Set-Content C:\\Temp\\servers.txt',
         "Writes the name of every Mailbox server to a file."),
        ('Set-Content -Path .\\note.txt -Value "Maintenance tonight"', "Replaces the content of note.txt."),
    )


class AddContent(_WriteContent):
    name = "Add-Content"
    aliases = ("ac",)
    action = "Add Content"
    append = True
    parameters = _path_params() + _CONTENT_PARAMS
    synopsis = "Adds content to the specified items, such as adding words to a file."
    description = ("The Add-Content cmdlet appends the values given to a file, one line per value, "
                   "creating the file when it does not exist.")
    examples = (
        ('Add-Content -Path C:\\Temp\\log.txt -Value "$(Get-Date) switchover done"',
         "Appends a time-stamped line to a log file."),
    )


# =============================================================== paths


class TestPath(_FsCmdlet):
    name = "Test-Path"
    aliases = ()
    parameters = _path_params() + _FILTER_PARAMS + (
        Parameter("PathType", "Microsoft.PowerShell.Commands.TestPathType", enum_values=("Any", "Container", "Leaf"),
                  aliases=("Type",), help="Tests for a particular type of item: Container, Leaf or Any."),
        Parameter("IsValid", SWITCH, help="Tests whether the syntax of the path is valid, whether or not the item exists."),
        Parameter("OlderThan", "System.DateTime"),
        Parameter("NewerThan", "System.DateTime"),
    )
    default_parameter_set = "Path"
    output_type = "System.Boolean"
    synopsis = "Determines whether all elements of a path exist."
    description = ("The Test-Path cmdlet returns $true when the item named exists and $false "
                   "otherwise. -PathType Leaf tests for a file, Container for a folder; -IsValid "
                   "only checks the syntax.")
    examples = (
        ('Test-Path "$exscripts\\StartDagServerMaintenance.ps1"',
         "Tells whether the DAG maintenance script is present."),
        ('Test-Path C:\\ExchangeSetupLogs -PathType Container', "Tests that the folder exists."),
    )

    def process(self) -> None:
        ptype = (to_str(self.PathType) if self.PathType is not None else "Any").lower()
        for text, lit in [(p, False) for p in as_list(self.Path)] + [(p, True) for p in as_list(self.LiteralPath)]:
            text = to_str(text)
            if self.IsValid:
                self.write_object(self._valid(text))
                continue
            sd = state_drive(text)
            if sd is not None:
                self.write_object(bool(state_lookup(self.context, *sd)) if sd[1] else True)
                continue
            if text == "":
                self.write_error("Cannot bind argument to parameter 'Path' because it is an empty string.",
                                 "InvalidData", "ParameterArgumentValidationErrorEmptyStringNotAllowed", None,
                                 "System.Management.Automation.ParameterBindingValidationException")
                continue
            self.write_object(self._test(text, lit, ptype))

    def _valid(self, text: str) -> bool:
        try:
            self.fs.resolve(text)
            return True
        except fsm.DriveNotFound:
            return False
        except FileSystemError:
            return False

    def _test(self, text: str, literal: bool, ptype: str) -> bool:
        try:
            paths = self.fs.expand(text, literal=literal)
        except FileSystemError:
            return False
        ok = name_filter(self.Filter, self.Include, self.Exclude)
        for p in paths:
            if not ok(p.name) and (self.Filter or self.Include or self.Exclude):
                continue
            is_dir = self.fs.is_dir(p)
            if ptype == "leaf" and is_dir:
                continue
            if ptype == "container" and not is_dir:
                continue
            if self.OlderThan is not None or self.NewerThan is not None:
                t = self.fs.item(p).LastWriteTime
                if self.OlderThan is not None and not t < self.OlderThan:
                    continue
                if self.NewerThan is not None and not t > self.NewerThan:
                    continue
            return True
        return False


def _is_posix(text: str) -> bool:
    return text.startswith("/")


class JoinPath(_FsCmdlet):
    name = "Join-Path"
    parameters = (
        Parameter("Path", STRS, position=0, mandatory=True, pipeline=True, pipeline_by_name=True, aliases=("PSPath",),
                  help="Specifies the main path (or paths) to which the child path is appended."),
        Parameter("ChildPath", STR, position=1, mandatory=True, pipeline_by_name=True,
                  help="Specifies the elements to append to the value of the Path parameter."),
        Parameter("Resolve", SWITCH, help="Resolves the joined path (wildcards expand; it must exist)."),
    )
    output_type = "System.String"
    synopsis = "Combines a path and a child path into a single path."
    description = ("The Join-Path cmdlet combines a path and child-path into a single path, adding "
                   "or removing the separator as needed.")
    examples = (
        ('Join-Path $exscripts "StartDagServerMaintenance.ps1"',
         "Builds the full path of a script in the Exchange Scripts folder."),
        ('Join-Path -Path C:\\Logs, D:\\Logs -ChildPath Today', "Joins one child to two paths."),
    )

    def process(self) -> None:
        child = to_str(self.ChildPath)
        for p in as_list(self.Path):
            p = to_str(p)
            m = re.match(r"^([A-Za-z]):", p)
            if m:
                try:
                    self.fs.resolve(m.group(0) + "\\")
                except FileSystemError as e:
                    report(self, e, p)
                    continue
            sep = "/" if _is_posix(p) and "\\" not in p else "\\"
            if not p:
                joined = child
            elif not child:
                joined = p
            else:
                joined = p.rstrip("\\/") + sep + child.lstrip("\\/")
                if p in ("\\", "/"):
                    joined = p + child.lstrip("\\/")
            if self.Resolve:
                for r in expand_paths(self, [joined]):
                    self.write_object(r.display)
            else:
                self.write_object(joined)


def _split_parts(text: str) -> tuple[str, str]:
    """(qualifier, rest): `C:` / `\\\\srv\\share` / `Microsoft...::` prefix and the remainder."""
    raw = text
    text = fsm.strip_provider(text)
    prefix = raw[: len(raw) - len(text)]
    m = re.match(r"^([A-Za-z]:)(.*)$", text, re.S)
    if m:
        return prefix + m.group(1), m.group(2)
    return prefix, text


class SplitPath(_FsCmdlet):
    name = "Split-Path"
    parameters = (
        Parameter("Path", STRS, position=0, mandatory=True, pipeline=True, pipeline_by_name=True,
                  sets=("ParentSet", "LeafSet", "QualifierSet", "NoQualifierSet", "IsAbsoluteSet"),
                  help="Specifies the paths to be split."),
        Parameter("LiteralPath", STRS, mandatory=True, pipeline_by_name=True, aliases=("PSPath",),
                  sets=("LiteralPathSet",)),
        Parameter("Parent", SWITCH, sets=("ParentSet",), help="Returns only the parent container (the default)."),
        Parameter("Leaf", SWITCH, mandatory=True, sets=("LeafSet",), help="Returns only the last element."),
        Parameter("Qualifier", SWITCH, mandatory=True, sets=("QualifierSet",), help="Returns only the drive qualifier."),
        Parameter("NoQualifier", SWITCH, mandatory=True, sets=("NoQualifierSet",), help="Returns the path without its qualifier."),
        Parameter("IsAbsolute", SWITCH, mandatory=True, sets=("IsAbsoluteSet",), help="Tells whether the path is absolute."),
        Parameter("Resolve", SWITCH, help="Resolves the path before splitting it."),
    )
    default_parameter_set = "ParentSet"
    output_type = "System.String"
    synopsis = "Returns the specified part of a path."
    description = ("The Split-Path cmdlet returns only the specified part of a path: the parent "
                   "folder (the default), the leaf, the drive qualifier, the path without the "
                   "qualifier, or whether it is absolute.")
    examples = (
        ('Split-Path "C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\ExSetup.exe" -Leaf',
         "Returns ExSetup.exe."),
        ('Split-Path $MyInvocation.MyCommand.Path', "Returns the folder of the running script."),
    )

    def process(self) -> None:
        for p in as_list(self.Path) + as_list(self.LiteralPath):
            p = to_str(p)
            targets = [p]
            if self.Resolve:
                targets = [x.display for x in expand_paths(self, [p])]
            for t in targets:
                result = self._split(t)
                if result is not None:
                    self.write_object(result)

    def _split(self, text: str) -> Any:
        qual, rest = _split_parts(text)
        if self.IsAbsolute:
            return bool(re.match(r"^([A-Za-z]:[\\/]|[\\/])", fsm.strip_provider(text)))
        if self.Qualifier:
            if not qual:
                self.write_error(f"Cannot parse path because path '{text}' does not have a qualifier specified.",
                                 "InvalidArgument", "ParsePathFormatError", text,
                                 "System.Management.Automation.PSArgumentException")
                return None
            return qual
        if self.NoQualifier:
            return rest
        trimmed = rest.rstrip("\\/") if len(rest) > 1 else rest
        idx = max(trimmed.rfind("\\"), trimmed.rfind("/"))
        if self.Leaf:
            return trimmed[idx + 1:] if idx >= 0 else trimmed
        # parent
        if idx < 0:
            return ""
        parent = trimmed[:idx]
        if parent == "" and trimmed[:1] in ("\\", "/"):
            if rest in ("\\", "/"):
                return ""
            return qual + trimmed[0]
        if parent.startswith("\\\\") and parent.count("\\") < 3:
            return ""
        return qual + parent


class ResolvePath(_FsCmdlet):
    name = "Resolve-Path"
    aliases = ("rvpa",)
    parameters = _path_params(pipeline=True) + (
        Parameter("Relative", SWITCH, help="Returns paths relative to the current location."),
    )
    default_parameter_set = "Path"
    output_type = "System.Management.Automation.PathInfo"
    synopsis = "Resolves the wildcard characters in a path, and displays the path contents."
    description = ("The Resolve-Path cmdlet returns the fully qualified paths that match the "
                   "wildcards given. Each path must exist.")
    examples = (
        ('Resolve-Path $exscripts\\*Maintenance*.ps1', "Lists the maintenance scripts with their full paths."),
    )

    def process(self) -> None:
        loc = self.fs.location
        for text in as_list(self.Path):
            text = to_str(text)
            try:
                if fsm.has_wildcard(text) and not self.fs.expand(text):
                    report(self, fsm.PathNotFound(text), text)
            except FileSystemError:
                pass
        for p in expand_paths(self, self.Path, self.LiteralPath):
            if self.Relative:
                self.write_object(_relative(p, loc))
            else:
                self.write_object(PathInfo(self.fs.item(p).path))


def _relative(p: FsPath, base: FsPath) -> str:
    sep = "\\" if p.is_virtual else "/"
    if p.kind != base.kind or p.root.lower() != base.root.lower():
        return p.display
    a = [x.lower() if p.is_virtual else x for x in p.parts]
    b = [x.lower() if p.is_virtual else x for x in base.parts]
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    ups = len(b) - i
    rest = list(p.parts[i:])
    if ups == 0:
        return "." + sep + sep.join(rest) if rest else "."
    return sep.join([".."] * ups + rest)


class GetLocation(_FsCmdlet):
    name = "Get-Location"
    aliases = ("gl", "pwd")
    parameters = (
        Parameter("PSProvider", STRS, sets=("Location",)),
        Parameter("PSDrive", STRS, sets=("Location",)),
        Parameter("Stack", SWITCH, sets=("Stack",), help="Shows the locations saved by Push-Location."),
        Parameter("StackName", STRS, sets=("Stack",)),
    )
    default_parameter_set = "Location"
    output_type = "System.Management.Automation.PathInfo"
    synopsis = "Gets information about the current working location or a location stack."
    description = ("The Get-Location cmdlet returns a PathInfo object for the current location "
                   "(Path). The interactive shell starts at C:\\Windows\\system32 as the Exchange "
                   "Management Shell does; scripts run with -File start in the host's current folder.")
    examples = (("Get-Location", "Shows the current location."),
                ("(Get-Location).Path", "The current location as a string."))

    def process(self) -> None:
        if self.Stack or self.StackName:
            names = [to_str(n) for n in as_list(self.StackName)] or ["default"]
            for n in names:
                for p in reversed(self.fs.stacks.get(n.lower(), [])):
                    self.write_object(PathInfo(p))
            return
        self.write_object(PathInfo(self.fs.location))


class SetLocation(_FsCmdlet):
    name = "Set-Location"
    aliases = ("cd", "chdir", "sl")
    parameters = (
        Parameter("Path", STR, position=0, pipeline=True, pipeline_by_name=True, sets=("Path",),
                  help="Specifies the new working location."),
        Parameter("LiteralPath", STR, mandatory=True, pipeline_by_name=True, aliases=("PSPath",),
                  sets=("LiteralPath",)),
        Parameter("PassThru", SWITCH, help="Returns a PathInfo object for the new location."),
        Parameter("StackName", STR, pipeline_by_name=True, sets=("Stack",)),
    )
    default_parameter_set = "Path"
    output_type = "System.Management.Automation.PathInfo"
    synopsis = "Sets the current working location to a specified location."
    description = ("The Set-Location cmdlet sets the working location. Windows paths (C:\\...) are in "
                   "the emulator's own file system; host paths (/home/...) are real folders.")
    examples = (("Set-Location $exscripts", "Moves to the Exchange Scripts folder."),
                ("cd ..", "Moves to the parent folder."))

    def process(self) -> None:
        text = self.LiteralPath if self.LiteralPath is not None else self.Path
        if text is None:
            return
        text = to_str(text)
        try:
            if self.LiteralPath is None and fsm.has_wildcard(text):
                found = self.fs.expand(text)
                if not found:
                    raise fsm.PathNotFound(self.fs.resolve(text).display)
                target = found[0]
            else:
                target = self.fs.resolve(text)
            self.fs.set_location(target)
        except FileSystemError as e:
            report(self, e, text)
            return
        if self.PassThru:
            self.write_object(PathInfo(self.fs.location))


class PushLocation(_FsCmdlet):
    name = "Push-Location"
    aliases = ("pushd",)
    parameters = (
        Parameter("Path", STR, position=0, pipeline=True, pipeline_by_name=True, sets=("Path",)),
        Parameter("LiteralPath", STR, pipeline_by_name=True, aliases=("PSPath",), sets=("LiteralPath",)),
        Parameter("PassThru", SWITCH),
        Parameter("StackName", STR, pipeline_by_name=True),
    )
    default_parameter_set = "Path"
    synopsis = "Adds the current location to the top of a location stack."
    description = ("The Push-Location cmdlet saves the current location on a stack and, when a path "
                   "is given, moves there. Pop-Location returns to it.")
    examples = (("Push-Location $exscripts; .\\StartDagServerMaintenance.ps1 -serverName MBX1; Pop-Location",
                 "Runs a script from its folder and comes back."),)

    def process(self) -> None:
        stack = to_str(self.StackName) if self.StackName else "default"
        text = self.LiteralPath if self.LiteralPath is not None else self.Path
        if text is not None:
            try:
                target = self.fs.resolve(to_str(text))
                if not self.fs.is_dir(target):
                    raise fsm.PathNotFound(target.display)
            except FileSystemError as e:
                report(self, e, text)
                return
            self.fs.push_location(stack)
            self.fs.set_location(target)
        else:
            self.fs.push_location(stack)
        if self.PassThru:
            self.write_object(PathInfo(self.fs.location))


class PopLocation(_FsCmdlet):
    name = "Pop-Location"
    aliases = ("popd",)
    parameters = (
        Parameter("PassThru", SWITCH),
        Parameter("StackName", STR, pipeline_by_name=True),
    )
    synopsis = "Changes the current location to the location most recently pushed onto the stack."
    description = "The Pop-Location cmdlet returns to the location saved last by Push-Location."
    examples = (("Pop-Location", "Returns to the location saved by the last Push-Location."),)

    def process(self) -> None:
        stack = to_str(self.StackName) if self.StackName else "default"
        p = self.fs.pop_location(stack)
        if p is not None and self.PassThru:
            self.write_object(PathInfo(p))


# =============================================================== items


class GetChildItem(_FsCmdlet):
    name = "Get-ChildItem"
    aliases = ("dir", "gci", "ls")
    parameters = (
        Parameter("Path", STRS, position=0, pipeline=True, pipeline_by_name=True, sets=("Items",),
                  accept_wildcard=True, help="Specifies the folder (or a wildcard path) to list; the default is the current location."),
        Parameter("LiteralPath", STRS, mandatory=True, pipeline_by_name=True, aliases=("PSPath",),
                  sets=("LiteralItems",)),
        Parameter("Filter", STR, position=1, help="Specifies a wildcard the names must match."),
        Parameter("Include", STRS, accept_wildcard=True),
        Parameter("Exclude", STRS, accept_wildcard=True),
        Parameter("Recurse", SWITCH, aliases=("s",), help="Gets the items in all child folders too."),
        Parameter("Depth", "System.UInt32", help="Limits the levels of recursion."),
        Parameter("Force", SWITCH, help="Also gets hidden items."),
        Parameter("Name", SWITCH, help="Gets only the names of the items."),
        Parameter("Directory", SWITCH, aliases=("ad", "d"), help="Gets only folders."),
        Parameter("File", SWITCH, aliases=("af",), help="Gets only files."),
        Parameter("Hidden", SWITCH, aliases=("ah", "h")),
        Parameter("ReadOnly", SWITCH, aliases=("ar",)),
        Parameter("System", SWITCH, aliases=("as",)),
    )
    default_parameter_set = "Items"
    output_type = "System.IO.FileInfo"
    synopsis = "Gets the items and child items in one or more specified locations."
    description = ("The Get-ChildItem cmdlet lists the items in a folder: folders first, then files. "
                   "-Recurse descends into subfolders; -Filter, -Include and -Exclude select by name; "
                   "-File and -Directory by kind. Only the folder named is read.")
    examples = (
        ("Get-ChildItem $exscripts -Filter *.ps1", "Lists the scripts of the Exchange Scripts folder."),
        ("dir C:\\ExchangeSetupLogs -Recurse -File | Sort-Object Length -Descending",
         "Lists the setup logs, largest first."),
    )

    def process(self) -> None:
        fs = self.fs
        literal = self.LiteralPath is not None
        texts = as_list(self.LiteralPath) if literal else (as_list(self.Path) or ["."])
        ok = name_filter(self.Filter, self.Include, self.Exclude)
        depth = None if self.Depth is None else int(self.Depth)
        recurse = bool(self.Recurse) or depth is not None
        for text in texts:
            text = to_str(text)
            sd = state_drive(text)
            if sd is not None:
                found = state_lookup(self.context, *sd)
                if not found and sd[1] and not fsm.has_wildcard(sd[1]):
                    state_not_found(self, *sd)
                for n, item in found:
                    if ok(n):
                        self.write_object(n if self.Name else item)
                continue
            try:
                targets = fs.expand(text, literal=literal)
            except FileSystemError as e:
                report(self, e, text)
                continue
            wildcard = not literal and fsm.has_wildcard(fs.resolve(text).name)
            for target in targets:
                if fs.is_dir(target) and not wildcard:
                    if self.Include and not recurse:
                        # 5.1: -Include only applies to the content of a container when the path
                        # ends with a wildcard (C:\Temp\*) or with -Recurse; otherwise nothing.
                        continue
                    self._list(target, target, ok, recurse, depth)
                elif self._keep(target, ok):
                    self._emit(target, target.parent or target)
                    if recurse and fs.can_descend(target):
                        self._list(target, target.parent or target, ok, recurse, depth)

    def _keep(self, p: FsPath, ok) -> bool:
        is_dir = self.fs.is_dir(p)
        if self.File and is_dir:
            return False
        if self.Directory and not is_dir:
            return False
        if not self.Force and not self.Hidden and p.name.startswith(".") and not p.is_virtual:
            return False
        return ok(p.name)

    def _emit(self, p: FsPath, base: FsPath) -> None:
        if self.Name:
            rel = list(p.parts[len(base.parts):])
            self.write_object(("\\" if p.is_virtual else "/").join(rel) if rel else p.name)
        else:
            self.write_object(self.fs.item(p, original=p.name))

    def _list(self, folder: FsPath, base: FsPath, ok, recurse: bool, depth: int | None) -> None:
        children = self.fs.child_paths(folder)
        for c in children:
            if self._keep(c, ok):
                self._emit(c, base)
        if recurse and (depth is None or depth > 0):
            for c in children:
                if self.fs.can_descend(c):
                    self._list(c, base, ok, recurse, None if depth is None else depth - 1)


class GetItem(_FsCmdlet):
    name = "Get-Item"
    aliases = ("gi",)
    parameters = _path_params(pipeline=True) + _FILTER_PARAMS + (Parameter("Force", SWITCH),)
    default_parameter_set = "Path"
    output_type = "System.IO.FileInfo"
    synopsis = "Gets the item at the specified location."
    description = ("The Get-Item cmdlet gets the file or folder named (wildcards expand), without "
                   "listing a folder's content.")
    examples = (("Get-Item C:\\ExchangeSetupLogs\\ExchangeSetup.log | Select-Object Length, LastWriteTime",
                 "Shows the size and time of the setup log."),)

    def process(self) -> None:
        ok = name_filter(self.Filter, self.Include, self.Exclude)
        plain: list[Any] = []
        for _drive, n, item in named_state_items(self, plain):
            if ok(n):
                self.write_object(item)
        for p in expand_named_files(self, plain):
            if ok(p.name):
                self.write_object(self.fs.item(p))


class NewItem(_FsCmdlet):
    name = "New-Item"
    aliases = ("ni",)
    parameters = (
        Parameter("Path", STRS, position=0, pipeline_by_name=True, sets=("pathSet", "nameSet"),
                  per_set={"pathSet": ParameterSetSpec(True, 0, False, True),
                           "nameSet": ParameterSetSpec(False, 0, False, True)},
                  help="Specifies the path of the new item."),
        Parameter("Name", STR, mandatory=True, pipeline_by_name=True, sets=("nameSet",),
                  help="Specifies the name of the new item (created in -Path or the current location)."),
        Parameter("ItemType", STR, pipeline_by_name=True, aliases=("Type",),
                  help="Specifies the type of item: File (the default) or Directory."),
        Parameter("Value", OBJ, pipeline=True, pipeline_by_name=True, aliases=("Target",),
                  help="Specifies the content of a new file."),
        Parameter("Force", SWITCH, help="Creates missing parent folders; overwrites an existing file."),
    )
    default_parameter_set = "pathSet"
    supports_should_process = True
    output_type = "System.IO.FileInfo"
    synopsis = "Creates a new item."
    description = ("The New-Item cmdlet creates a file or a folder. -ItemType Directory creates a "
                   "folder; a file gets -Value as its content. -Force creates missing parent folders "
                   "and replaces an existing file.")
    examples = (
        ("New-Item -ItemType Directory -Path C:\\Reports", "Creates the folder C:\\Reports."),
        ('New-Item C:\\Temp\\notes.txt -ItemType File -Value "first line"', "Creates a file with content."),
    )

    def process(self) -> None:
        paths = [to_str(p) for p in as_list(self.Path)] or [None]
        kind = to_str(self.ItemType).lower() if self.ItemType else "file"
        if kind in ("dir", "folder", "container"):
            kind = "directory"
        if kind not in ("file", "directory"):
            self.write_error(f"The type is not a known type for the file system. Only \"file\" and "
                             f"\"directory\" can be specified.", "InvalidArgument", "Argument",
                             self.ItemType, "System.ArgumentException")
            return
        for text in paths:
            try:
                if self.Name:
                    base = self.fs.resolve(text) if text else self.fs.location
                    target = self.fs.resolve(to_str(self.Name), base)
                else:
                    target = self.fs.resolve(text if text is not None else ".")
            except FileSystemError as e:
                report(self, e, text)
                continue
            action = "Create Directory" if kind == "directory" else "Create File"
            if not self.should_process(f"Destination: {target.display}", action):
                continue
            try:
                if kind == "directory":
                    if not (self.Force and self.fs.is_dir(target)):
                        self.fs.make_directory(target)
                else:
                    data = b""
                    if self.Value is not None:
                        data = fsm.encode_text(to_str(self.Value, self.context), None)
                    if not self.Force and target.parent is not None and not self.fs.is_dir(target.parent):
                        raise fsm.DirectoryNotFound(target.display)
                    self.fs.create_file(target, data, force=bool(self.Force))
            except FileSystemError as e:
                if isinstance(e, fsm.DirectoryNotFound):
                    e.error_id = "NewItemIOError"
                    e.category = "WriteError"
                report(self, e, target.display)
                continue
            self.write_object(self.fs.item(target))


class RemoveItem(_FsCmdlet):
    name = "Remove-Item"
    aliases = ("del", "erase", "rd", "ri", "rm", "rmdir")
    parameters = _path_params(pipeline=True) + _FILTER_PARAMS + (
        Parameter("Recurse", SWITCH, help="Removes the items in a folder and its subfolders."),
        Parameter("Force", SWITCH, help="Removes read-only and hidden items too."),
    )
    default_parameter_set = "Path"
    supports_should_process = True
    synopsis = "Deletes the specified items."
    description = ("The Remove-Item cmdlet deletes exactly the files and folders named (wildcards "
                   "expand in the named folder only). A folder that is not empty is removed only "
                   "with -Recurse, or after confirmation.")
    examples = (("Remove-Item C:\\Temp\\*.tmp", "Deletes the .tmp files of C:\\Temp."),
                ("Remove-Item C:\\Reports -Recurse", "Deletes a folder and everything in it."))

    def process(self) -> None:
        ok = name_filter(self.Filter, self.Include, self.Exclude)
        filtered = bool(self.Filter or self.Include or self.Exclude)
        plain: list[Any] = []
        for drive, n, _item in named_state_items(self, plain):
            if self.should_process(f"Item: {n}", "Remove Item"):
                state_remove(self.context, drive, n)
        for p in expand_named_files(self, plain):
            if filtered and not ok(p.name):
                if self.Recurse and self.fs.is_dir(p):
                    for c in list(self.fs.walk(p)):
                        if ok(c.name) and self.fs.exists(c):
                            self._remove(c)
                continue
            self._remove(p)

    def _remove(self, p: FsPath) -> None:
        is_dir = self.fs.is_dir(p)
        if not self.should_process(p.display, "Remove Directory" if is_dir else "Remove File"):
            return
        recurse = bool(self.Recurse)
        if is_dir and not recurse and self.fs.child_paths(p):
            query = (f"The item at {p.display} has children and the Recurse parameter was not "
                     "specified. If you continue, all children will be removed with the item. "
                     "Are you sure you want to continue?")
            if not self.should_continue(query, "Confirm"):
                return
            recurse = True
        try:
            self.fs.remove(p, recurse=recurse, force=bool(self.Force))
        except FileSystemError as e:
            report(self, e, p.display)


class _CopyMove(_FsCmdlet):
    supports_should_process = True
    default_parameter_set = "Path"
    verb = ""

    def process(self) -> None:
        dest_text = to_str(self.Destination) if self.Destination is not None else "."
        try:
            dest = self.fs.resolve(dest_text)
        except FileSystemError as e:
            report(self, e, dest_text)
            return
        for p in expand_paths(self, self.Path, self.LiteralPath):
            is_dir = self.fs.is_dir(p)
            action = f"{self.verb} {'Directory' if is_dir else 'File'}"
            if not self.should_process(f"Item: {p.display} Destination: {dest.display}", action):
                continue
            try:
                result = self._do(p, dest)
            except FileSystemError as e:
                report(self, e, p.display)
                continue
            if self.PassThru:
                self.write_object(self.fs.item(result))


class CopyItem(_CopyMove):
    name = "Copy-Item"
    aliases = ("copy", "cp", "cpi")
    verb = "Copy"
    parameters = _path_params(pipeline=True) + _FILTER_PARAMS + (
        Parameter("Destination", STR, position=1, pipeline_by_name=True,
                  help="Specifies the path to copy to (a folder, or the new file name)."),
        Parameter("Container", SWITCH),
        Parameter("Recurse", SWITCH, help="Copies a folder with its content."),
        Parameter("Force", SWITCH),
        Parameter("PassThru", SWITCH),
    )
    synopsis = "Copies an item from one location to another."
    description = ("The Copy-Item cmdlet copies files and folders. A folder is copied with its "
                   "content only with -Recurse.")
    examples = (("Copy-Item C:\\Temp\\report.csv \\\\HUB01\\Reports\\", "Copies a report to a share."),)

    def _do(self, p: FsPath, dest: FsPath) -> FsPath:
        return self.fs.copy(p, dest, recurse=bool(self.Recurse), force=True)


class MoveItem(_CopyMove):
    name = "Move-Item"
    aliases = ("mi", "move", "mv")
    verb = "Move"
    parameters = _path_params(pipeline=True) + _FILTER_PARAMS + (
        Parameter("Destination", STR, position=1, pipeline_by_name=True,
                  help="Specifies the folder to move to, or the new path."),
        Parameter("Force", SWITCH),
        Parameter("PassThru", SWITCH),
    )
    synopsis = "Moves an item from one location to another."
    description = "The Move-Item cmdlet moves a file or folder, with its content, to another place."
    examples = (("Move-Item C:\\Temp\\old.log C:\\Archive\\", "Moves a log into the archive folder."),)

    def _do(self, p: FsPath, dest: FsPath) -> FsPath:
        return self.fs.move(p, dest, force=bool(self.Force))


class RenameItem(_FsCmdlet):
    name = "Rename-Item"
    aliases = ("ren", "rni")
    parameters = (
        Parameter("Path", STR, position=0, mandatory=True, pipeline=True, pipeline_by_name=True,
                  sets=("ByPath",)),
        Parameter("LiteralPath", STR, mandatory=True, pipeline_by_name=True, aliases=("PSPath",),
                  sets=("ByLiteralPath",)),
        Parameter("NewName", STR, position=1, mandatory=True, pipeline_by_name=True,
                  help="Specifies the new name of the item (a name, not a path)."),
        Parameter("Force", SWITCH),
        Parameter("PassThru", SWITCH),
    )
    default_parameter_set = "ByPath"
    supports_should_process = True
    synopsis = "Renames an item in a Windows PowerShell provider namespace."
    description = "The Rename-Item cmdlet changes the name of a file or folder; its content is kept."
    examples = (("Rename-Item C:\\Temp\\report.csv report-old.csv", "Renames a file."),)

    def process(self) -> None:
        text = to_str(self.LiteralPath if self.LiteralPath is not None else self.Path)
        try:
            p = self.fs.expand(text, literal=self.LiteralPath is not None)[0]
        except (FileSystemError, IndexError) as e:
            if isinstance(e, FileSystemError):
                report(self, e, text)
            return
        new = to_str(self.NewName)
        dest = p.parent.child(new) if p.parent is not None else p
        kind = "Directory" if self.fs.is_dir(p) else "File"
        if not self.should_process(f"Item: {p.display} Destination: {dest.display}", f"Rename {kind}"):
            return
        try:
            result = self.fs.rename(p, new)
        except FileSystemError as e:
            report(self, e, p.display)
            return
        if self.PassThru:
            self.write_object(self.fs.item(result))


class GetItemProperty(_FsCmdlet):
    name = "Get-ItemProperty"
    aliases = ("gp",)
    parameters = _path_params(pipeline=True) + (
        Parameter("Name", STRS, position=1, aliases=("PSProperty",),
                  help="Specifies the properties to get."),
    ) + _FILTER_PARAMS
    default_parameter_set = "Path"
    synopsis = "Gets the properties of a specified item."
    description = ("The Get-ItemProperty cmdlet gets the properties of a file or folder (the "
                   "registry provider is not emulated).")
    examples = (("Get-ItemProperty C:\\ExchangeSetupLogs\\ExchangeSetup.log -Name Length",
                 "Gets the size of the setup log."),)

    def process(self) -> None:
        names = [to_str(n) for n in as_list(self.Name)]
        for p in expand_paths(self, self.Path, self.LiteralPath):
            item = self.fs.item(p)
            if not names:
                self.write_object(item)
                continue
            props = []
            for n in names:
                real = next((x for x in item.PS_PROPERTIES if x.lower() == n.lower()), None)
                if real is None:
                    self.write_error(f"Property {n} does not exist at path {p.display}.",
                                     "InvalidArgument", "System.Management.Automation.PSArgumentException",
                                     n, "System.Management.Automation.PSArgumentException")
                    continue
                props.append((real, getattr(item, real)))
            if props:
                props += [("PSPath", item.PSPath), ("PSParentPath", item.PSParentPath),
                          ("PSChildName", item.PSChildName), ("PSDrive", item.PSDrive),
                          ("PSProvider", item.PSProvider)]
                self.write_object(PSObject.custom(props))


# =============================================================== Select-String


class MatchInfo:
    PS_TYPE_NAMES = ("Microsoft.PowerShell.Commands.MatchInfo", "System.Object")
    PS_PROPERTIES = ("IgnoreCase", "LineNumber", "Line", "Filename", "Path", "Pattern", "Context",
                     "Matches")
    PS_METHODS = ("ToString",)

    def __init__(self, line: str, line_number: int, path: str | None, pattern: str,
                 ignore_case: bool, matches: list, relative: str | None = None):
        self.Line = line
        self.LineNumber = line_number
        self.Path = path if path is not None else "InputStream"
        self.Filename = self.Path.replace("/", "\\").rsplit("\\", 1)[-1] if path is not None else "InputStream"
        self.Pattern = pattern
        self.IgnoreCase = ignore_case
        self.Matches = matches
        self.Context = None
        self._file = path is not None
        self._relative = relative if relative is not None else self.Path

    def _line_text(self, prefix_path: str | None) -> str:
        if not self._file:
            return self.Line
        return f"{prefix_path}:{self.LineNumber}:{self.Line}"

    def ToString(self) -> str:
        return self._render(self.Path)

    def ps_to_string(self) -> str:
        """The console shows paths relative to the location where the search ran."""
        return self._render(self._relative)

    def _render(self, shown: str) -> str:
        if self.Context is None:
            return self._line_text(shown)
        out = []
        start = self.LineNumber - len(self.Context.PreContext)
        for i, l in enumerate(self.Context.PreContext):
            out.append("  " + (f"{shown}:{start + i}:{l}" if self._file else l))
        out.append("> " + self._line_text(shown))
        for i, l in enumerate(self.Context.PostContext):
            out.append("  " + (f"{shown}:{self.LineNumber + 1 + i}:{l}" if self._file else l))
        return "\n".join(out)


class MatchContext:
    PS_TYPE_NAMES = ("Microsoft.PowerShell.Commands.MatchInfoContext", "System.Object")
    PS_PROPERTIES = ("PreContext", "PostContext", "DisplayPreContext", "DisplayPostContext")

    def __init__(self, pre: list[str], post: list[str]):
        self.PreContext = pre
        self.PostContext = post
        self.DisplayPreContext = pre
        self.DisplayPostContext = post


class SelectString(_FsCmdlet):
    name = "Select-String"
    module = UTIL_MODULE
    aliases = ("sls",)
    parameters = (
        Parameter("InputObject", PSOBJ, mandatory=True, pipeline=True, sets=("Object",),
                  help="Specifies the text to search (each piped string, or each line of a file)."),
        Parameter("Pattern", STRS, position=0, mandatory=True,
                  help="Specifies the text to find: a regular expression, or plain text with -SimpleMatch."),
        Parameter("Path", STRS, position=1, mandatory=True, pipeline_by_name=True, sets=("File",),
                  accept_wildcard=True, help="Specifies the files to search."),
        Parameter("LiteralPath", STRS, mandatory=True, pipeline_by_name=True, aliases=("PSPath",),
                  sets=("LiteralFile",)),
        Parameter("SimpleMatch", SWITCH, help="Matches the pattern as plain text."),
        Parameter("CaseSensitive", SWITCH, help="Makes the match case-sensitive."),
        Parameter("Quiet", SWITCH, help="Returns $true or $false instead of the matches."),
        Parameter("List", SWITCH, help="Returns only the first match in each file."),
        Parameter("Include", STRS),
        Parameter("Exclude", STRS),
        Parameter("NotMatch", SWITCH, help="Finds the lines that do not match."),
        Parameter("AllMatches", SWITCH, help="Finds every match in each line."),
        _encoding_param(),
        Parameter("Context", "System.Int32[]", validate_count=(1, 2),
                  help="Captures lines before and after each match."),
    )
    default_parameter_set = "File"
    output_type = "Microsoft.PowerShell.Commands.MatchInfo"
    synopsis = "Finds text in strings and files."
    description = ("The Select-String cmdlet searches piped strings or the lines of files for a "
                   "regular expression (or plain text with -SimpleMatch) and returns a MatchInfo "
                   "object per matching line: printed as `file:line:text`, or the line itself for "
                   "piped strings.")
    examples = (
        ('Select-String -Path C:\\ExchangeSetupLogs\\ExchangeSetup.log -Pattern "\\[ERROR\\]"',
         "Finds the error lines of the setup log."),
        ('Get-Content .\\servers.txt | Select-String -Pattern "^MBX" -NotMatch',
         "Lists the lines that do not start with MBX."),
    )

    def begin(self) -> None:
        from ems.runtime.dotnet.regex import Regex, RegexParseError
        options = None if self.CaseSensitive else "IgnoreCase"
        self._patterns = [to_str(p) for p in as_list(self.Pattern)]
        self._regexes = []
        for p in self._patterns:
            try:
                self._regexes.append(Regex(re.escape(p) if self.SimpleMatch else p, options))
            except (RegexParseError, re.error) as e:
                self.throw_terminating_error(
                    f"The string {p} is not a valid regular expression: {getattr(e, 'message', e)}",
                    "InvalidArgument", "InvalidRegex", p, "System.ArgumentException")
        ctx = [int(x) for x in as_list(self.Context)] if self.Context is not None else []
        self._pre = ctx[0] if ctx else 0
        self._post = ctx[1] if len(ctx) > 1 else self._pre
        self._found = False
        self._stream: list[str] = []
        self._emitted = 0

    def _match(self, line: str) -> tuple[str, list] | None:
        for p, rx in zip(self._patterns, self._regexes):
            if self.AllMatches:
                ms = rx.Matches(line)
            else:
                m = rx.Match(line)
                ms = [m] if m.Success else []
            if ms:
                return (p, ms) if not self.NotMatch else None
        if self.NotMatch:
            return (self._patterns[0], [])
        return None

    def _search(self, lines: list[str], path: str | None, relative: str | None) -> bool:
        results = []
        for i, line in enumerate(lines):
            hit = self._match(line)
            if hit is None:
                continue
            pattern, ms = hit
            mi = MatchInfo(line, i + 1, path, pattern, not self.CaseSensitive, ms, relative)
            if self._pre or self._post:
                mi.Context = MatchContext(lines[max(0, i - self._pre):i], lines[i + 1:i + 1 + self._post])
            results.append(mi)
            if self.List:
                break
        for mi in results:
            self._found = True
            if not self.Quiet:
                self.write_object(mi)
        return bool(results)

    def process(self) -> None:
        if self.parameter_set_name == "Object" or (self.InputObject is not None and self.Path is None
                                                   and self.LiteralPath is None):
            value = self.InputObject
            if value is None:
                return
            raw = base_object(value)
            if isinstance(raw, fsm.FileInfo):
                self._search_file(raw.path)
                return
            text = to_str(value, self.context)
            if self._pre or self._post:
                self._stream.append(text)
            else:
                self._search([text], None, None) if not (self.Quiet and self._found) else None
            return
        for p in expand_paths(self, self.Path, self.LiteralPath):
            if self.fs.is_dir(p):
                continue
            if self.Include or self.Exclude:
                if not name_filter(None, self.Include, self.Exclude)(p.name):
                    continue
            self._search_file(p)

    def _search_file(self, p: FsPath) -> None:
        try:
            text = self.fs.read_text(p, self.Encoding)
        except FileSystemError as e:
            report(self, e, p.display)
            return
        loc = self.fs.location
        rel = p.display
        prefix = loc.display.rstrip("\\/") + ("\\" if p.is_virtual else "/")
        if p.kind == loc.kind and rel.lower().startswith(prefix.lower()):
            rel = rel[len(prefix):]
        self._search(fsm.split_lines(text), p.display, rel)

    def end(self) -> None:
        if self._stream:
            self._search(self._stream, None, None)
        if self.Quiet:
            self.write_object(self._found)


# =============================================================== console views


def _last_write(item: Any) -> str:
    t = item.LastWriteTime
    date = f"{t.month}/{t.day}/{t.year}"
    hour = t.hour % 12 or 12
    time = f"{hour}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    return f"{date:>10}  {time:>8}"


def _length(item: Any) -> Any:
    return None if item.PSIsContainer else item.Length


def _parent(item: Any) -> str:
    parent = item.path.parent
    return parent.display if parent is not None else ""


def _register_views() -> None:
    try:
        from ems.format import views as V
    except ImportError:  # the formatting layer is optional for the cmdlet library
        return
    V.register_table_view(
        "System.IO.FileSystemInfo",
        [(None, "Mode", 7, "left"), (None, _last_write_col, 25, "right"), (None, _length_col, 14, "right"),
         (None, "Name", None, "left")],
        group_by=("Directory", _parent))
    V.register_table_view("System.Management.Automation.PathInfo", [(None, "Path", None, None)])
    V.register_custom_view("Microsoft.PowerShell.Commands.MatchInfo", lambda m: m.ps_to_string())


def _last_write_col(item: Any) -> str:
    return _last_write(item)


def _length_col(item: Any) -> Any:
    return _length(item)


_last_write_col.ps_text = "LastWriteTime"  # type: ignore[attr-defined]
_length_col.ps_text = "Length"  # type: ignore[attr-defined]

_register_views()
