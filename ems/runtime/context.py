"""The execution context: one PowerShell session's state.

Built once by ``ems.runtime.engine.Engine`` and passed down to everything that runs:
scopes and variables, functions, aliases, the command table, the emulated environment
(``$env:``), the current location, the host, the streams, the simulated organization
(``model``) and the clock.

Public API used by the rest of the runtime and by cmdlets:

* ``get_variable(name)`` / ``set_variable(name, value)`` / ``lookup_variable(path)`` /
  ``new_variable(...)`` / ``remove_variable(name)``
* ``invoke_scriptblock(sb, args=(), this=None, dollar_under=..., new_scope=True, output=None)``
* ``resolve_command(name)`` / ``all_commands()`` / ``set_alias`` / ``get_function``
* ``strict_mode`` (int), ``now()``, ``model``, ``host``, ``location``, ``env``
* ``report_error(record_or_exception)`` (non-terminating: error stream + $Error)
"""
from __future__ import annotations

import datetime as _dt
import sys
from typing import Any, Callable, Iterable

from ems.errors import ErrorCategory, ErrorRecord
from ems.runtime.control import NO_DOLLAR_UNDER
from ems.runtime.exceptions import PSRuntimeException, _exc
from ems.runtime.variables import PSVariable, Scope, ScopedItemOptions, not_writable

# Nested script calls (functions, scripts, script blocks) allowed before "The script failed
# due to call depth overflow.". PowerShell 2.0 stopped at 100, later versions go deeper;
# 1000 keeps recursive admin scripts working while Python's stack stays safe (about
# 7 Python frames per PowerShell call; the recursion limit is raised to match).
MAX_CALL_DEPTH = 1000

EXCHANGE_INSTALL_PATH = "C:\\Program Files\\Microsoft\\Exchange Server\\V14\\"
DEFAULT_LOCATION = "C:\\Windows\\system32"

VariableIsUndefined = _exc("VariableIsUndefinedException", "System.Management.Automation.RuntimeException",
                           "VariableIsUndefined", ErrorCategory.InvalidOperation)


class CIDict(dict):
    """A case-insensitive dict keeping the first spelling of each key (used for $env:)."""

    def __init__(self, items: Iterable[tuple[str, Any]] = ()):
        super().__init__()
        self._names: dict[str, str] = {}
        for k, v in items:
            self[k] = v

    def __setitem__(self, key: str, value: Any) -> None:
        low = key.lower()
        if low not in self._names:
            self._names[low] = key
        super().__setitem__(low, value)

    def __getitem__(self, key: str) -> Any:
        return super().__getitem__(key.lower())

    def get(self, key: str, default: Any = None) -> Any:
        return super().get(key.lower(), default)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(key.lower())

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key.lower())
        self._names.pop(key.lower(), None)

    def pop(self, key: str, *default: Any) -> Any:
        self._names.pop(key.lower(), None)
        return super().pop(key.lower(), *default)

    def items_original(self) -> list[tuple[str, Any]]:
        return [(self._names[k], v) for k, v in super().items()]


def default_environment(computer_name: str = "EX01") -> CIDict:
    """The fixed environment of the emulated Exchange server (never the host's)."""
    exch = EXCHANGE_INSTALL_PATH
    return CIDict([
        ("ALLUSERSPROFILE", "C:\\ProgramData"),
        ("APPDATA", "C:\\Users\\Administrator\\AppData\\Roaming"),
        ("CommonProgramFiles", "C:\\Program Files\\Common Files"),
        ("CommonProgramFiles(x86)", "C:\\Program Files (x86)\\Common Files"),
        ("COMPUTERNAME", computer_name.upper()),
        ("ComSpec", "C:\\Windows\\system32\\cmd.exe"),
        ("ExchangeInstallPath", exch),
        ("FP_NO_HOST_CHECK", "NO"),
        ("HOMEDRIVE", "C:"),
        ("HOMEPATH", "\\Users\\Administrator"),
        ("LOCALAPPDATA", "C:\\Users\\Administrator\\AppData\\Local"),
        ("LOGONSERVER", "\\\\DC01"),
        ("NUMBER_OF_PROCESSORS", "4"),
        ("OS", "Windows_NT"),
        ("Path", "C:\\Windows\\system32;C:\\Windows;C:\\Windows\\System32\\Wbem;"
                 "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\;" + exch + "bin"),
        ("PATHEXT", ".COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC;.PS1"),
        ("PROCESSOR_ARCHITECTURE", "AMD64"),
        ("PROCESSOR_IDENTIFIER", "Intel64 Family 6 Model 26 Stepping 5, GenuineIntel"),
        ("PROCESSOR_LEVEL", "6"),
        ("PROCESSOR_REVISION", "1a05"),
        ("ProgramData", "C:\\ProgramData"),
        ("ProgramFiles", "C:\\Program Files"),
        ("ProgramFiles(x86)", "C:\\Program Files (x86)"),
        ("PSModulePath", "C:\\Users\\Administrator\\Documents\\WindowsPowerShell\\Modules;"
                         "C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\Modules\\"),
        ("PUBLIC", "C:\\Users\\Public"),
        ("SystemDrive", "C:"),
        ("SystemRoot", "C:\\Windows"),
        ("TEMP", "C:\\Users\\ADMINI~1\\AppData\\Local\\Temp"),
        ("TMP", "C:\\Users\\ADMINI~1\\AppData\\Local\\Temp"),
        ("USERDNSDOMAIN", "CONTOSO.COM"),
        ("USERDOMAIN", "CONTOSO"),
        ("USERNAME", "Administrator"),
        ("USERPROFILE", "C:\\Users\\Administrator"),
        ("windir", "C:\\Windows"),
    ])


# ------------------------------------------------------------------ small .NET-like objects


def Version(major: int, minor: int, build: int = -1, revision: int = -1) -> Any:  # noqa: N802
    """System.Version (the .NET shim's)."""
    from ems.runtime.dotnet.types import Version as _V
    return _V(major, minor, build, revision)


class _Size:
    PS_TYPE_NAMES = ("System.Management.Automation.Host.Size", "System.ValueType", "System.Object")
    PS_PROPERTIES = ("Width", "Height")

    def __init__(self, width: int, height: int):
        self.Width, self.Height = width, height

    def ps_to_string(self) -> str:
        return f"{self.Width},{self.Height}"


class _RawUI:
    PS_TYPE_NAMES = ("System.Management.Automation.Internal.Host.InternalHostRawUserInterface", "System.Object")
    PS_PROPERTIES = ("ForegroundColor", "BackgroundColor", "CursorPosition", "WindowPosition",
                     "CursorSize", "BufferSize", "WindowSize", "MaxWindowSize",
                     "MaxPhysicalWindowSize", "KeyAvailable", "WindowTitle")
    PS_SETTABLE = ("ForegroundColor", "BackgroundColor", "WindowTitle", "BufferSize", "WindowSize")

    def __init__(self, host: Any):
        self._host = host
        self.ForegroundColor = "Gray"
        self.BackgroundColor = "DarkBlue"
        self.CursorPosition = None
        self.WindowPosition = None
        self.CursorSize = 25
        self.KeyAvailable = False
        self.WindowTitle = "Machine: EX01 | Scope: contoso.com"
        self._buffer = None
        self._window = None

    @property
    def BufferSize(self) -> _Size:
        return self._buffer or _Size(getattr(self._host, "ui_width", 120), 3000)

    @BufferSize.setter
    def BufferSize(self, v: Any) -> None:
        self._buffer = v

    @property
    def WindowSize(self) -> _Size:
        return self._window or _Size(getattr(self._host, "ui_width", 120), 50)

    @WindowSize.setter
    def WindowSize(self, v: Any) -> None:
        self._window = v

    @property
    def MaxWindowSize(self) -> _Size:
        return _Size(getattr(self._host, "ui_width", 120), 50)

    MaxPhysicalWindowSize = MaxWindowSize


class _HostUI:
    PS_TYPE_NAMES = ("System.Management.Automation.Internal.Host.InternalHostUserInterface", "System.Object")
    PS_PROPERTIES = ("RawUI",)

    def __init__(self, host: Any):
        self.RawUI = _RawUI(host)

    def ps_to_string(self) -> str:
        return "System.Management.Automation.Internal.Host.InternalHostUserInterface"


class HostInfo:
    """What `$Host` shows."""

    PS_TYPE_NAMES = ("System.Management.Automation.Internal.Host.InternalHost", "System.Object")
    PS_PROPERTIES = ("Name", "Version", "InstanceId", "UI", "CurrentCulture", "CurrentUICulture",
                     "PrivateData", "IsRunspacePushed", "Runspace")

    def __init__(self, host: Any):
        self.Name = getattr(host, "name", "ConsoleHost")
        self.Version = Version(5, 1, 14409, 1005)
        self.InstanceId = "8c3a6a3b-3f4b-4c7e-9a55-2b5c5b7a1d10"
        self.UI = _HostUI(host)
        self.CurrentCulture = "en-US"
        self.CurrentUICulture = "en-US"
        self.PrivateData = None
        self.IsRunspacePushed = False
        self.Runspace = None

    def ps_to_string(self) -> str:
        return "System.Management.Automation.Internal.Host.InternalHost"


class PathInfo:
    """What `$PWD` and Get-Location return."""

    PS_TYPE_NAMES = ("System.Management.Automation.PathInfo", "System.Object")
    PS_PROPERTIES = ("Drive", "Provider", "ProviderPath", "Path")

    def __init__(self, path: str):
        self.Path = path
        self.ProviderPath = path
        self.Drive = path[:1] if len(path) > 1 and path[1] == ":" else ""
        self.Provider = "Microsoft.PowerShell.Core\\FileSystem"

    def ps_to_string(self) -> str:
        return self.Path

    __str__ = ps_to_string


def _hashtable(items: Iterable[tuple[str, Any]]) -> Any:
    try:
        from ems.runtime.dotnet.collections import Hashtable  # type: ignore
        h = Hashtable()
        for k, v in items:
            h[k] = v
        return h
    except Exception:  # the collections shim is not there yet
        return dict(items)


def _arraylist() -> Any:
    try:
        from ems.runtime.dotnet.collections import ArrayList  # type: ignore
        return ArrayList()
    except Exception:
        return []


def new_arraylist(items: Iterable[Any] = ()) -> Any:
    a = _arraylist()
    for x in items:
        a.append(x) if isinstance(a, list) else a.Add(x)
    return a


def arraylist_insert0(al: Any, item: Any) -> None:
    if hasattr(al, "Insert"):
        al.Insert(0, item)
    else:
        al.insert(0, item)


def arraylist_add(al: Any, item: Any) -> None:
    if hasattr(al, "Add"):
        al.Add(item)
    else:
        al.append(item)


# ------------------------------------------------------------------ the context


# The snap-ins a Windows PowerShell 2.0 session starts with (Get-PSSnapin).
CORE_SNAPINS = ("Microsoft.PowerShell.Diagnostics", "Microsoft.WSMan.Management", "Microsoft.PowerShell.Core",
                "Microsoft.PowerShell.Utility", "Microsoft.PowerShell.Host", "Microsoft.PowerShell.Management",
                "Microsoft.PowerShell.Security")


class SessionExtras:
    """Session state kept for the core session cmdlets (cmdlets/core/session.py):

    ``modules``: the imported modules, lower-case name -> ModuleInfo (Import-Module,
    Get-Module, Remove-Module); ``snapins``: the loaded snap-in names, core ones first
    (Add-PSSnapin, Get-PSSnapin, Remove-PSSnapin); ``transcript``: the running
    Start-Transcript, or None."""

    __slots__ = ("modules", "snapins", "transcript")

    def __init__(self) -> None:
        self.modules: dict[str, Any] = {}
        self.snapins: list[str] = list(CORE_SNAPINS)
        self.transcript: Any = None


class ExecutionContext:
    """One session: scopes, commands, host, streams, model."""

    def __init__(self, host: Any, model: Any = None, cmdlets: dict[str, type] | None = None,
                 native_commands: dict[str, Callable] | None = None):
        self.host = host
        self.model = model
        self.global_scope = Scope(None, "global")
        self.scope = self.global_scope
        self.script_scope = self.global_scope
        self.strict_mode = 0
        self.call_depth = 0
        self.max_call_depth = MAX_CALL_DEPTH
        self.handler_depth = 0  # > 0 while a try/catch or trap can handle errors
        self.status = True  # $?
        self.interactive = bool(getattr(host, "interactive", False))
        self.filesystem = None  # the FileSystem provider, made on first use (see `fs`)
        self.host_cwd = None  # host directory for relative script paths (set by the engine)
        computer = getattr(model, "computer_name", None) or "EX01"
        self.env = default_environment(computer)
        self.history: list[Any] = []
        self.native_commands: dict[str, Callable] = {k.lower(): v for k, v in (native_commands or {}).items()}
        self.current_exceptions: list[BaseException] = []  # for `throw` inside catch
        self.runtime_stack: list[Any] = []  # CommandRuntimes of the advanced functions running
        self.session_extras = SessionExtras()  # modules, snap-ins, transcript
        self.psdebug_strict = False
        from ems.runtime.streams import Streams
        self.streams = Streams.default(self)
        from ems.runtime import discovery
        self.commands = discovery.CommandTable(self, cmdlets or {})
        self._init_variables()
        if sys.getrecursionlimit() < 30000:
            sys.setrecursionlimit(30000)

    @property
    def fs(self) -> Any:
        """The session's FileSystem provider (ems/runtime/filesystem.py)."""
        from ems.runtime.filesystem import filesystem_for
        return filesystem_for(self)

    @property
    def location(self) -> str:
        try:
            return self.fs.location.display
        except Exception:
            return DEFAULT_LOCATION

    # -- clock -------------------------------------------------------------------------
    def now(self) -> _dt.datetime:
        clock = getattr(self.model, "clock", None) if self.model is not None else None
        if clock is not None:
            return clock.now()
        return _dt.datetime(2010, 6, 15, 14, 35)

    # -- automatic and preference variables ---------------------------------------------
    def _init_variables(self) -> None:
        const = ScopedItemOptions.Constant | ScopedItemOptions.AllScope
        ro = ScopedItemOptions.ReadOnly
        g = self.global_scope.vars

        def put(name: str, value: Any, options: ScopedItemOptions = ScopedItemOptions.None_,
                description: str = "") -> None:
            v = PSVariable(name, value, options, description=description)
            g[name.lower()] = v

        put("true", True, const, "Boolean True")
        put("false", False, const, "Boolean False")
        put("null", None, ScopedItemOptions.None_, "References to the null variable always return the null value. Assignments have no effect.")
        put("Error", new_arraylist(), const)
        put("LASTEXITCODE", 0)
        put("ErrorActionPreference", "Continue")
        put("WarningPreference", "Continue")
        put("VerbosePreference", "SilentlyContinue")
        put("DebugPreference", "SilentlyContinue")
        put("ProgressPreference", "Continue")
        put("InformationPreference", "SilentlyContinue")
        put("ConfirmPreference", "High")
        put("WhatIfPreference", False)
        put("FormatEnumerationLimit", 4)
        put("MaximumHistoryCount", 4096)
        put("MaximumErrorCount", 256)
        put("MaximumVariableCount", 4096)
        put("MaximumFunctionCount", 4096)
        put("MaximumAliasCount", 4096)
        put("MaximumDriveCount", 4096)
        put("ErrorView", "NormalView")
        put("OFS", " ")
        put("NestedPromptLevel", 0)
        put("PSCulture", "en-US", ro)
        put("PSUICulture", "en-US", ro)
        put("PID", 4242, const)
        put("PSHOME", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0", const)
        put("HOME", "C:\\Users\\Administrator", ro)
        put("ShellId", "Microsoft.PowerShell", const)
        put("Host", HostInfo(self.host), const)
        put("ExecutionContext", self, const)
        put("PSEmailServer", None)
        put("PSSessionConfigurationName", "http://schemas.microsoft.com/powershell/Microsoft.PowerShell")
        put("PSDefaultParameterValues", _hashtable([]))
        put("ConsoleFileName", "", ro)
        put("PROFILE", "C:\\Users\\Administrator\\Documents\\WindowsPowerShell\\Microsoft.PowerShell_profile.ps1")
        # Windows PowerShell 5.1's table: the language this emulator speaks is 5.1 (a superset of
        # the 2.0 that EMS 2010 ran on); scripts that test PSVersion.Major see 5.
        put("PSVersionTable", _hashtable([
            ("PSVersion", Version(5, 1, 14409, 1005)),
            ("PSEdition", "Desktop"),
            ("PSCompatibleVersions", [Version(1, 0), Version(2, 0), Version(3, 0), Version(4, 0),
                                      Version(5, 0), Version(5, 1, 14409, 1005)]),
            ("BuildVersion", Version(10, 0, 14409, 1005)),
            ("CLRVersion", Version(4, 0, 30319, 42000)),
            ("WSManStackVersion", Version(3, 0)),
            ("PSRemotingProtocolVersion", Version(2, 3)),
            ("SerializationVersion", Version(1, 1, 0, 1)),
        ]), ro)
        # The Exchange Management Shell's own variables.
        put("exinstall", EXCHANGE_INSTALL_PATH.rstrip("\\"))
        put("exbin", EXCHANGE_INSTALL_PATH + "bin")
        put("exscripts", EXCHANGE_INSTALL_PATH + "scripts")
        put("AdminSessionADSettings", None)
        put("FormatEnumerationLimit", 4)

    # -- variables ------------------------------------------------------------------------
    def _scope_for(self, qualifier: str | None) -> Scope:
        if qualifier is None or qualifier == "local" or qualifier == "private":
            return self.scope
        if qualifier == "global":
            return self.global_scope
        if qualifier == "script":
            return self.script_scope
        if qualifier.isdigit():
            s = self.scope
            for _ in range(int(qualifier)):
                if s.parent is None:
                    break
                s = s.parent
            return s
        return self.scope

    def special_variable(self, key: str) -> tuple[bool, Any]:
        """Variables whose value is computed: $?, $PWD, $null, $PSItem."""
        if key == "?":
            return True, self.status
        if key == "pwd":
            return True, PathInfo(self.location)
        return False, None

    def get_variable(self, name: str, default: Any = None) -> Any:
        """The value of a variable (``name`` may carry a scope, `global:x`)."""
        var = self.find_variable(name)
        if var is None:
            key = name.lower()
            ok, value = self.special_variable(key)
            if ok:
                return value
            return default
        return var._value

    def find_variable(self, name: str) -> PSVariable | None:
        qualifier = None
        if ":" in name:
            qualifier, _, name = name.partition(":")
            qualifier = qualifier.lower()
            if qualifier == "env":
                v = self.env.get(name)
                return None if v is None else PSVariable(name, v)
            if qualifier == "variable":
                qualifier = None
        key = name.lower()
        if key == "psitem":
            key = "_"
        if qualifier in (None, "local", "private"):
            if qualifier is None:
                return self.scope.lookup(key)
            return self.scope.vars.get(key)
        return self._scope_for(qualifier).lookup(key) if qualifier != "global" else self.global_scope.vars.get(key)

    def set_variable(self, name: str, value: Any, force: bool = False) -> None:
        """Assign as `$name = value` does: the variable in the current scope (or an AllScope
        one from a parent), created when missing."""
        qualifier = None
        if ":" in name:
            qualifier, _, name = name.partition(":")
            qualifier = qualifier.lower()
            if qualifier == "env":
                if value is None or value == "":
                    self.env.pop(name, None)
                else:
                    from ems.runtime.evaluator import to_string
                    self.env[name] = to_string(value, self)
                return
            if qualifier == "function":
                self._set_function_value(name, value)
                return
            if qualifier == "variable":
                qualifier = None
        key = name.lower()
        if key == "psitem":
            key = "_"
        scope = self._scope_for(qualifier)
        var = scope.vars.get(key)
        if var is None and qualifier is None:
            found = scope.lookup(key)
            if found is not None and found.options & ScopedItemOptions.AllScope:
                var = found
        if var is not None:
            if key == "null":
                return
            var.set(value, force)
            return
        if key in ("true", "false"):
            raise not_writable(name)
        if key == "?":
            return
        v = PSVariable(name, value,
                       ScopedItemOptions.Private if qualifier == "private" else ScopedItemOptions.None_)
        scope.vars[key] = v

    def set_local(self, key: str, value: Any) -> None:
        """Fast path: set a (lower-case) variable in the current scope without checks of
        constraints other than its own."""
        var = self.scope.vars.get(key)
        if var is None:
            self.scope.vars[key] = PSVariable(key if key != "_" else "_", value)
        elif var.converter is None and not var.options:
            var._value = value
        else:
            var.set(value)

    def _set_function_value(self, name: str, value: Any) -> None:
        """`$function:name = { ... }` (or a string of script text); $null removes it."""
        from ems.runtime.psobject import base_object
        from ems.runtime.scriptblock import ScriptBlock
        from ems.runtime.discovery import FunctionInfo
        value = base_object(value)
        if value is None:
            self.remove_function(name)
            return
        if not isinstance(value, ScriptBlock):
            from ems.runtime.conversion import to_string
            value = self.create_scriptblock(to_string(value, self))
        self.set_function(name, FunctionInfo(name, value))

    def set_local_in(self, scope: Scope, key: str, value: Any) -> None:
        var = scope.vars.get(key)
        if var is None:
            scope.vars[key] = PSVariable(key, value)
        else:
            var._value = value

    def new_variable(self, name: str, value: Any = None, options: Any = None, scope: str | None = None,
                     description: str = "", force: bool = False) -> PSVariable:
        from ems.runtime.variables import parse_options
        s = self._scope_for(scope.lower() if scope else None)
        key = name.lower()
        existing = s.vars.get(key)
        if existing is not None and not force:
            from ems.runtime.exceptions import PSRuntimeException as _E
            raise _E(f"A variable with name '{name}' already exists.", "VariableAlreadyExists",
                     ErrorCategory.ResourceExists, target=name, category_target=name,
                     category_target_type="String")
        if existing is not None and existing.options & ScopedItemOptions.Constant:
            raise not_writable(name)
        v = PSVariable(name, value, parse_options(options), description=description)
        s.vars[key] = v
        if v.options & ScopedItemOptions.AllScope:
            # visible in existing child scopes too: they look it up through the chain
            pass
        return v

    def remove_variable(self, name: str, scope: str | None = None, force: bool = False) -> bool:
        s = self._scope_for(scope.lower() if scope else None)
        key = name.lower()
        start = s
        while s is not None:
            var = s.vars.get(key)
            if var is not None:
                if var.options & ScopedItemOptions.Constant or (var.options & ScopedItemOptions.ReadOnly and not force):
                    from ems.runtime.variables import SessionStateUnauthorizedAccessException
                    raise SessionStateUnauthorizedAccessException(
                        f"Cannot remove variable {var.name} because it is constant or read-only. If the variable "
                        "is read-only, try the operation again specifying the Force option.",
                        "VariableNotRemovable", target=var.name, category_target=var.name,
                        category_target_type="String")
                del s.vars[key]
                return True
            if scope:
                break
            s = s.parent
        return start is None

    def visible_variables(self) -> list[PSVariable]:
        """Every variable visible from the current scope (Get-Variable), innermost wins."""
        seen: dict[str, PSVariable] = {}
        s = self.scope
        first = True
        while s is not None:
            for k, v in s.vars.items():
                if k not in seen and (first or not (v.options & ScopedItemOptions.Private)):
                    seen[k] = v
            s = s.parent
            first = False
        if "?" not in seen:
            seen["?"] = PSVariable("?", self.status, ScopedItemOptions.Constant | ScopedItemOptions.AllScope)
        if "pwd" not in seen:
            seen["pwd"] = PSVariable("PWD", PathInfo(self.location))
        return sorted(seen.values(), key=lambda v: v.name.lower())

    def strict_undefined(self, name: str) -> PSRuntimeException:
        return VariableIsUndefined(f"The variable '${name}' cannot be retrieved because it has not been set.",
                                   target=name, category_target=name, category_target_type="String")

    # -- preferences -------------------------------------------------------------------
    def preference(self, name: str, default: str = "Continue") -> str:
        v = self.get_variable(name)
        if v is None:
            return default
        if isinstance(v, bool):
            return "True" if v else "False"
        if isinstance(v, int) and name.lower().endswith(("actionpreference", "warningpreference",
                                                            "verbosepreference", "debugpreference",
                                                            "informationpreference", "progresspreference")):
            names = ("SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend")
            return names[v] if 0 <= v < len(names) else default
        s = v if isinstance(v, str) else (getattr(v, "name", None) or str(v))
        return str(s).rsplit(".", 1)[-1]

    # -- scopes ---------------------------------------------------------------------------
    def push_scope(self, kind: str = "local", parent: Scope | None = None) -> Scope:
        s = Scope(parent if parent is not None else self.scope, kind)
        self.scope = s
        return s

    # -- functions and aliases -----------------------------------------------------------
    def get_function(self, name: str) -> Any:
        key = name.lower()
        s = self.scope
        while s is not None:
            f = s.functions.get(key)
            if f is not None:
                return f
            s = s.parent
        return None

    def set_function(self, name: str, info: Any, scope: str | None = None) -> None:
        s = self._scope_for(scope.lower() if scope else None)
        s.functions[name.lower()] = info

    def remove_function(self, name: str) -> bool:
        key = name.lower()
        s = self.scope
        while s is not None:
            if key in s.functions:
                del s.functions[key]
                return True
            s = s.parent
        return False

    def visible_functions(self) -> list[Any]:
        seen: dict[str, Any] = {}
        s = self.scope
        while s is not None:
            for k, f in s.functions.items():
                seen.setdefault(k, f)
            s = s.parent
        return list(seen.values())

    def set_alias(self, name: str, target: str, options: Any = None, description: str = "",
                  scope: str | None = None, force: bool = False) -> Any:
        return self.commands.set_alias(name, target, options, description, scope, force)

    def get_alias(self, name: str) -> Any:
        return self.commands.get_alias(name)

    def resolve_command(self, name: str) -> Any:
        """The CommandInfo a name stands for (alias, function, cmdlet, script, native)."""
        return self.commands.resolve(name)

    def all_commands(self) -> list[Any]:
        return self.commands.all_commands()

    # -- running code ----------------------------------------------------------------------
    def invoke_scriptblock(self, sb: Any, args: Iterable[Any] = (), this: Any = None,
                           dollar_under: Any = NO_DOLLAR_UNDER, new_scope: bool = True,
                           output: Callable[[Any], None] | None = None,
                           input: Iterable[Any] | None = None, variables: dict[str, Any] | None = None) -> list:
        """Run a ScriptBlock value and return its output objects.

        ``new_scope`` False runs it in the current scope, as ForEach-Object and
        Where-Object do with their script blocks. ``output``, when given, receives each
        object as it is written (streaming) and the returned list is empty.
        ``variables`` are extra variables set in the block's scope.
        """
        from ems.runtime.scriptblock import invoke_scriptblock
        return invoke_scriptblock(self, sb, tuple(args), this, dollar_under, new_scope, output, input, variables)

    def invoke_command(self, command: Any, args: Iterable[Any] = (), named: dict[str, Any] | None = None,
                       input: Iterable[Any] | None = None, output: Callable[[Any], None] | None = None) -> list:
        """Run a command (name, CommandInfo or ScriptBlock) with positional ``args``,
        ``named`` parameters and optional pipeline ``input``; returns its output objects."""
        from ems.runtime.pipeline import invoke_command
        return invoke_command(self, command, tuple(args), named, None if input is None else list(input), output)

    def create_scriptblock(self, text: str) -> Any:
        """`[scriptblock]::Create(text)`: parse text into a ScriptBlock value."""
        from ems.lang.parser import parse
        from ems.runtime.scriptblock import ScriptBlock, compiled_scriptblock
        ast = parse(text)
        return ScriptBlock(compiled_scriptblock(ast), self)

    def report_error(self, error: Any, extent: Any = None) -> None:
        """Write a non-terminating error: to the error stream (the host unless redirected)
        and to $Error; sets $? to False."""
        from ems.runtime.streams import record_of
        record = record_of(error, extent)
        self.status = False
        self.streams.write_error(record)

    def add_to_error_list(self, record: Any) -> None:
        errs = self.global_scope.vars["error"]._value
        arraylist_insert0(errs, record)
        limit = self.get_variable("MaximumErrorCount") or 256
        try:
            while len(errs) > int(limit):
                errs.pop() if isinstance(errs, list) else errs.RemoveAt(len(errs) - 1)
        except Exception:
            pass

    # What `$ExecutionContext` shows when printed.
    PS_TYPE_NAMES = ("System.Management.Automation.EngineIntrinsics", "System.Object")
    PS_PROPERTIES = ("Host",)

    @property
    def Host(self) -> Any:
        return self.global_scope.vars["host"]._value

    def ps_to_string(self) -> str:
        return "System.Management.Automation.EngineIntrinsics"
