"""Command discovery: aliases, functions, cmdlets, script files, native commands.

Resolution follows PowerShell's order: alias, function, cmdlet, then a path to a script
file (`.\\x.ps1`), then native programs. The emulator never starts a host process: a
native program name gets a clear error unless a simulation was registered in
``ctx.native_commands`` (name -> handler, see pipeline.NativeProcessor). A name found
nowhere is retried with a `Get-` prefix (`date` runs Get-Date), as PowerShell does, and
otherwise fails with CommandNotFoundException.
"""
from __future__ import annotations

import re
from typing import Any

from ems.errors import ErrorCategory
from ems.runtime.exceptions import ApplicationFailedException, CommandNotFoundException, PSRuntimeException
from ems.runtime.variables import ScopedItemOptions, parse_options

# PowerShell 5.1's built-in aliases (those whose command the emulator may provide).
STANDARD_ALIASES: dict[str, str] = {
    "%": "ForEach-Object", "?": "Where-Object", "ac": "Add-Content", "asnp": "Add-PSSnapin",
    "cat": "Get-Content", "cd": "Set-Location", "chdir": "Set-Location", "clc": "Clear-Content",
    "clear": "Clear-Host", "clhy": "Clear-History", "cli": "Clear-Item", "clp": "Clear-ItemProperty",
    "cls": "Clear-Host", "clv": "Clear-Variable", "compare": "Compare-Object", "copy": "Copy-Item",
    "cp": "Copy-Item", "cpi": "Copy-Item", "cpp": "Copy-ItemProperty", "curl": "Invoke-WebRequest",
    "cvpa": "Convert-Path", "dbp": "Disable-PSBreakpoint", "del": "Remove-Item", "diff": "Compare-Object",
    "dir": "Get-ChildItem", "ebp": "Enable-PSBreakpoint", "echo": "Write-Output", "epal": "Export-Alias",
    "epcsv": "Export-Csv", "epsn": "Export-PSSession", "erase": "Remove-Item", "etsn": "Enter-PSSession",
    "exsn": "Exit-PSSession", "fc": "Format-Custom", "fl": "Format-List", "foreach": "ForEach-Object",
    "ft": "Format-Table", "fw": "Format-Wide", "gal": "Get-Alias", "gbp": "Get-PSBreakpoint",
    "gc": "Get-Content", "gci": "Get-ChildItem", "gcm": "Get-Command", "gcs": "Get-PSCallStack",
    "gdr": "Get-PSDrive", "ghy": "Get-History", "gi": "Get-Item", "gjb": "Get-Job", "gl": "Get-Location",
    "gm": "Get-Member", "gmo": "Get-Module", "gp": "Get-ItemProperty", "gps": "Get-Process",
    "gpv": "Get-ItemPropertyValue", "group": "Group-Object", "gsn": "Get-PSSession", "gsnp": "Get-PSSnapin",
    "gsv": "Get-Service", "gu": "Get-Unique", "gv": "Get-Variable", "gwmi": "Get-WmiObject",
    "h": "Get-History", "history": "Get-History", "icm": "Invoke-Command", "iex": "Invoke-Expression",
    "ihy": "Invoke-History", "ii": "Invoke-Item", "ipal": "Import-Alias", "ipcsv": "Import-Csv",
    "ipmo": "Import-Module", "ipsn": "Import-PSSession", "irm": "Invoke-RestMethod", "iwmi": "Invoke-WmiMethod",
    "iwr": "Invoke-WebRequest", "kill": "Stop-Process", "lp": "Out-Printer", "ls": "Get-ChildItem",
    "man": "Get-Help", "help": "Get-Help", "md": "New-Item", "measure": "Measure-Object", "mi": "Move-Item",
    "mount": "New-PSDrive", "move": "Move-Item", "mp": "Move-ItemProperty", "mv": "Move-Item",
    "nal": "New-Alias", "ndr": "New-PSDrive", "ni": "New-Item", "nmo": "New-Module", "nsn": "New-PSSession",
    "nv": "New-Variable", "ogv": "Out-GridView", "oh": "Out-Host", "popd": "Pop-Location",
    "ps": "Get-Process", "pushd": "Push-Location", "pwd": "Get-Location", "r": "Invoke-History",
    "rbp": "Remove-PSBreakpoint", "rcjb": "Receive-Job", "rcsn": "Receive-PSSession", "rd": "Remove-Item",
    "rdr": "Remove-PSDrive", "ren": "Rename-Item", "ri": "Remove-Item", "rjb": "Remove-Job", "rm": "Remove-Item",
    "rmdir": "Remove-Item", "rmo": "Remove-Module", "rni": "Rename-Item", "rnp": "Rename-ItemProperty",
    "rp": "Remove-ItemProperty", "rsn": "Remove-PSSession", "rsnp": "Remove-PSSnapin", "rujb": "Resume-Job",
    "rv": "Remove-Variable", "rvpa": "Resolve-Path", "rwmi": "Remove-WmiObject", "sajb": "Start-Job",
    "sal": "Set-Alias", "saps": "Start-Process", "sasv": "Start-Service", "sbp": "Set-PSBreakpoint",
    "sc": "Set-Content", "select": "Select-Object", "set": "Set-Variable", "shcm": "Show-Command",
    "si": "Set-Item", "sl": "Set-Location", "sleep": "Start-Sleep", "sls": "Select-String",
    "sort": "Sort-Object", "sp": "Set-ItemProperty", "spjb": "Stop-Job", "spps": "Stop-Process",
    "spsv": "Stop-Service", "start": "Start-Process", "sujb": "Suspend-Job", "sv": "Set-Variable",
    "swmi": "Set-WmiInstance", "tee": "Tee-Object", "trcm": "Trace-Command", "type": "Get-Content",
    "wget": "Invoke-WebRequest", "where": "Where-Object", "wjb": "Wait-Job", "write": "Write-Output",
}

# Programs a Windows server has (or that a user may try from another shell): refused clearly.
KNOWN_NATIVE = frozenset("""
cmd ping bash sh zsh dash ksh csh fish python python3 py perl ruby node powershell pwsh powershell_ise net net1
netsh ipconfig nslookup whoami hostname tracert pathping route arp sc reg regedit wmic tasklist taskkill
shutdown robocopy xcopy notepad certutil dcdiag repadmin nltest eseutil isinteg setup cluster wusa msiexec
schtasks icacls cacls attrib findstr find more sort.exe grep awk sed vi vim nano ssh scp telnet ftp nc git
docker top sudo su env chmod chown mkdir.exe touch head tail wc uname systeminfo gpupdate gpresult dsquery
dsget dsmod ldifde csvde ntdsutil w32tm winrm winrs mmc servermanagercmd dism sfc chkdsk format diskpart
bcdedit exsetup ocsasnfix cscript wscript rundll32 explorer iisreset appcmd telnet.exe openssl curl.exe
""".split())

NATIVE_EXTENSIONS = (".exe", ".com", ".bat", ".cmd", ".msi", ".msc", ".vbs", ".js", ".wsf", ".sh", ".cpl", ".py")


class CommandInfo:
    """Base of what Get-Command returns."""

    PS_TYPE_NAMES = ("System.Management.Automation.CommandInfo", "System.Object")
    PS_PROPERTIES = ("HelpUri", "CommandType", "Name", "Version", "Source", "ModuleName", "Definition",
                     "Visibility", "OutputType")
    CommandType = "Cmdlet"
    Version = None
    HelpUri = ""
    Visibility = "Public"
    OutputType = ()

    def __init__(self, name: str):
        self.Name = name

    @property
    def ModuleName(self) -> str:
        return ""

    @property
    def Source(self) -> str:
        return self.ModuleName

    @property
    def Module(self) -> Any:
        return None

    @property
    def Definition(self) -> str:
        return self.Name

    def ps_to_string(self) -> str:
        return self.Name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.Name})"

    def make_processor(self, ctx, args, extent, position, length, dot, invocation_name):
        raise NotImplementedError


class CmdletInfo(CommandInfo):
    PS_TYPE_NAMES = ("System.Management.Automation.CmdletInfo", "System.Management.Automation.CommandInfo",
                     "System.Object")
    PS_PROPERTIES = ("Verb", "Noun", "HelpFile", "PSSnapIn", "ImplementingType", "DefaultParameterSet",
                     "OutputType", "Options", "Name", "CommandType", "Source", "Version", "Visibility",
                     "ModuleName", "Module", "Definition")
    CommandType = "Cmdlet"
    Options = "ReadOnly"

    def __init__(self, cls: type):
        super().__init__(cls.name)
        self.cls = cls

    @property
    def Verb(self) -> str:
        return self.Name.split("-", 1)[0] if "-" in self.Name else ""

    @property
    def Noun(self) -> str:
        return self.Name.split("-", 1)[1] if "-" in self.Name else self.Name

    @property
    def ModuleName(self) -> str:
        return getattr(self.cls, "module", "") or ""

    @property
    def PSSnapIn(self) -> str:
        return self.ModuleName

    @property
    def HelpFile(self) -> str:
        return f"{self.ModuleName}.dll-Help.xml" if self.ModuleName else ""

    @property
    def ImplementingType(self) -> str:
        return self.ModuleName + "." + self.Name.replace("-", "") + "Command"

    @property
    def DefaultParameterSet(self) -> str | None:
        return self.cls.default_parameter_set

    @property
    def Version(self) -> Any:  # type: ignore[override]
        return None

    @property
    def Definition(self) -> str:
        try:
            from ems.format.help import syntax_lines  # type: ignore
            return "\n".join(syntax_lines(self.cls))
        except Exception:
            return self.Name

    def make_processor(self, ctx, args, extent, position, length, dot, invocation_name):
        from ems.runtime.pipeline import CmdletProcessor
        return CmdletProcessor(ctx, self, args, extent, position, length, invocation_name or self.Name)


class FunctionInfo(CommandInfo):
    PS_TYPE_NAMES = ("System.Management.Automation.FunctionInfo", "System.Management.Automation.CommandInfo",
                     "System.Object")
    PS_PROPERTIES = ("Verb", "Noun", "HelpFile", "ScriptBlock", "CmdletBinding", "DefaultParameterSet",
                     "Definition", "Options", "Description", "OutputType", "Name", "CommandType", "Source",
                     "Version", "Visibility", "ModuleName", "Module", "RemotingCapability", "Parameters")

    def __init__(self, name: str, sb: Any, is_filter: bool = False):
        super().__init__(name)
        self.script_block = sb
        self.is_filter = is_filter
        self.Options = "None"
        self.Description = ""
        self.HelpFile = ""
        self.RemotingCapability = "PowerShell"

    @property
    def CommandType(self) -> str:  # type: ignore[override]
        return "Filter" if self.is_filter else "Function"

    @property
    def ScriptBlock(self) -> Any:
        return self.script_block

    @property
    def CmdletBinding(self) -> bool:
        return self.script_block.compiled.cmdlet_binding

    @property
    def DefaultParameterSet(self) -> str | None:
        return None

    @property
    def Verb(self) -> str:
        return self.Name.split("-", 1)[0] if "-" in self.Name else ""

    @property
    def Noun(self) -> str:
        return self.Name.split("-", 1)[1] if "-" in self.Name else ""

    @property
    def Parameters(self) -> Any:
        return {p.name.name: p.name.name for p in self.script_block.compiled.parameters}

    @property
    def Definition(self) -> str:
        return self.script_block.ps_to_string()

    def make_processor(self, ctx, args, extent, position, length, dot, invocation_name):
        from ems.runtime.pipeline import ScriptProcessor
        return ScriptProcessor(ctx, self.script_block, self.Name, args, extent, position, length, dot, self,
                               invocation_name=invocation_name or self.Name)


class AliasInfo(CommandInfo):
    PS_TYPE_NAMES = ("System.Management.Automation.AliasInfo", "System.Management.Automation.CommandInfo",
                     "System.Object")
    PS_PROPERTIES = ("ReferencedCommand", "ResolvedCommand", "Definition", "Options", "Description",
                     "OutputType", "Name", "CommandType", "Source", "Version", "Visibility", "ModuleName",
                     "Module", "DisplayName", "ResolvedCommandName")
    CommandType = "Alias"

    def __init__(self, name: str, definition: str, table: "CommandTable", options: Any = None,
                 description: str = ""):
        super().__init__(name)
        self.definition = definition
        self.table = table
        self.options = parse_options(options)
        self.Description = description

    @property
    def Definition(self) -> str:
        return self.definition

    @property
    def Options(self) -> Any:
        return self.options

    @property
    def ReferencedCommand(self) -> Any:
        try:
            return self.table.resolve(self.definition)
        except PSRuntimeException:
            return None

    ResolvedCommand = ReferencedCommand

    @property
    def ResolvedCommandName(self) -> str:
        r = self.ReferencedCommand
        return r.Name if r is not None else self.definition

    @property
    def DisplayName(self) -> str:
        return f"{self.Name} -> {self.definition}"

    def make_processor(self, ctx, args, extent, position, length, dot, invocation_name):
        target = self.table.resolve(self.definition, extent=extent, _depth=1)
        return target.make_processor(ctx, args, extent, position, length, dot, invocation_name or self.Name)


class ExternalScriptInfo(CommandInfo):
    PS_TYPE_NAMES = ("System.Management.Automation.ExternalScriptInfo",
                     "System.Management.Automation.CommandInfo", "System.Object")
    PS_PROPERTIES = ("Path", "ScriptBlock", "ScriptContents", "OriginalEncoding", "Name", "CommandType",
                     "Source", "Version", "Visibility", "ModuleName", "Module", "Definition")
    CommandType = "ExternalScript"

    def __init__(self, path: str, text: str, table: "CommandTable"):
        name = re.split(r"[\\/]", path)[-1]
        super().__init__(name)
        self.Path = path
        self.ScriptContents = text
        self.OriginalEncoding = "System.Text.UTF8Encoding"
        self.table = table

    @property
    def Definition(self) -> str:
        return self.Path

    @property
    def Source(self) -> str:
        return self.Path

    @property
    def ScriptBlock(self) -> Any:
        return self.table.script_block_for(self)

    def make_processor(self, ctx, args, extent, position, length, dot, invocation_name):
        from ems.runtime.pipeline import ScriptProcessor
        sb = self.table.script_block_for(self)
        return ScriptProcessor(ctx, sb, self.Name, args, extent, position, length, dot, self,
                               script_path=self.Path, invocation_name=invocation_name or self.Path)


class ApplicationInfo(CommandInfo):
    PS_TYPE_NAMES = ("System.Management.Automation.ApplicationInfo",
                     "System.Management.Automation.CommandInfo", "System.Object")
    PS_PROPERTIES = ("Path", "Extension", "Definition", "Source", "Version", "Visibility", "OutputType",
                     "Name", "CommandType", "ModuleName", "Module")
    CommandType = "Application"

    def __init__(self, name: str, path: str, handler: Any):
        super().__init__(name)
        self.Path = path
        self.handler = handler
        self.Extension = ("." + name.rsplit(".", 1)[1]) if "." in name else ""

    @property
    def Definition(self) -> str:
        return self.Path

    @property
    def Source(self) -> str:
        return self.Path

    def make_processor(self, ctx, args, extent, position, length, dot, invocation_name):
        from ems.runtime.pipeline import NativeProcessor
        return NativeProcessor(ctx, self.Name, self.handler, args, extent)


class ScriptBlockCommand(CommandInfo):
    """`& { ... }` / `. { ... }`: a script block run as a command."""

    CommandType = "Script"

    def __init__(self, sb: Any):
        super().__init__("")
        self.sb = sb

    @property
    def Definition(self) -> str:
        return self.sb.ps_to_string()

    def make_processor(self, ctx, args, extent, position, length, dot, invocation_name):
        from ems.runtime.pipeline import ScriptProcessor
        return ScriptProcessor(ctx, self.sb, "", args, extent, position, length, dot, self,
                               invocation_name=invocation_name)


class PSCmdlet:
    """`$PSCmdlet` inside an advanced function."""

    PS_TYPE_NAMES = ("System.Management.Automation.PSScriptCmdlet", "System.Management.Automation.PSCmdlet",
                     "System.Management.Automation.Cmdlet", "System.Object")
    PS_PROPERTIES = ("ParameterSetName", "MyInvocation", "CommandRuntime", "SessionState", "Host",
                     "CommandOrigin", "Stopping")
    PS_METHODS = ("ShouldProcess", "ShouldContinue", "WriteObject", "WriteError", "WriteVerbose", "WriteWarning",
                  "WriteDebug", "WriteProgress", "WriteInformation", "ThrowTerminatingError",
                  "GetUnresolvedProviderPathFromPSPath", "GetResolvedProviderPathFromPSPath")

    def __init__(self, runtime: Any, binder: Any):
        self.runtime = runtime
        self.binder = binder
        self.CommandOrigin = "Runspace"
        self.Stopping = False
        self.SessionState = None

    @property
    def ParameterSetName(self) -> str:
        return self.binder.chosen_set or "__AllParameterSets"

    @property
    def MyInvocation(self) -> Any:
        return self.runtime.context.get_variable("MyInvocation")

    @property
    def CommandRuntime(self) -> Any:
        return self.runtime

    @property
    def Host(self) -> Any:
        return self.runtime.context.get_variable("Host")

    def ShouldProcess(self, target: Any, action: Any = None, caption: Any = None) -> bool:
        from ems.runtime.conversion import to_string
        if caption is not None:
            # ShouldProcess(verboseDescription, verboseWarning, caption): WhatIf shows the description
            rt = self.runtime
            if rt._whatif_on():
                rt.context.streams.write_host(f"What if: {to_string(target)}")
                return False
            if not rt._confirm_needed():
                return True
            if rt.yes_to_all:
                return True
            if rt.no_to_all:
                return False
            return rt._ask(to_string(caption), to_string(action))
        # ShouldProcess(target): the operation is the command's name
        # ('Performing the operation "Remove-Thing" on target "beta".')
        return self.runtime.should_process(target if isinstance(target, str) else to_string(target),
                                           self.runtime.command_name if action is None else to_string(action))

    def ShouldContinue(self, query: Any, caption: Any, *rest: Any) -> bool:
        from ems.runtime.conversion import to_string
        return self.runtime.should_continue(to_string(query), to_string(caption))

    def WriteObject(self, obj: Any, enumerate_collection: Any = False) -> None:
        self.runtime.write_object(obj, bool(enumerate_collection))

    def WriteError(self, record: Any) -> None:
        self.runtime.write_error(record)

    def WriteVerbose(self, text: Any) -> None:
        self.runtime.write_verbose(str(text))

    def WriteWarning(self, text: Any) -> None:
        self.runtime.write_warning(str(text))

    def WriteDebug(self, text: Any) -> None:
        self.runtime.write_debug(str(text))

    def WriteProgress(self, record: Any) -> None:
        self.runtime.write_progress(record)

    def WriteInformation(self, obj: Any, tags: Any = None) -> None:
        self.runtime.write_information(obj)

    def ThrowTerminatingError(self, record: Any) -> None:
        from ems.errors import ErrorRecord
        if isinstance(record, ErrorRecord):
            ex = record.exception if isinstance(record.exception, PSRuntimeException) else None
            if ex is None:
                from ems.runtime.exceptions import RuntimeException
                ex = RuntimeException(record.message)
            ex.error_record = record
            raise ex
        self.runtime.throw_terminating_error(str(record))

    def GetUnresolvedProviderPathFromPSPath(self, path: Any) -> str:
        ctx = self.runtime.context
        try:
            return ctx.fs.resolve(str(path)).display
        except Exception:
            return str(path)

    GetResolvedProviderPathFromPSPath = GetUnresolvedProviderPathFromPSPath

    def ps_to_string(self) -> str:
        return "System.Management.Automation.PSScriptCmdlet"


# ====================================================================== the table


def command_not_found(name: str, extent: Any = None) -> PSRuntimeException:
    return CommandNotFoundException(
        f"The term '{name}' is not recognized as the name of a cmdlet, function, script file, or operable "
        "program. Check the spelling of the name, or if a path was included, verify that the path is correct "
        "and try again.", "CommandNotFoundException", ErrorCategory.ObjectNotFound, target=name, extent=extent,
        category_target=name, category_target_type="String")


def native_not_available(name: str, extent: Any = None) -> PSRuntimeException:
    return ApplicationFailedException(
        f"The native command '{name}' is not available in the Exchange Management Shell emulator: ems never "
        "starts programs on the host.", "NativeCommandNotAvailable", ErrorCategory.ResourceUnavailable,
        target=name, extent=extent, category_target=name, category_target_type="String")


def looks_native(name: str) -> bool:
    low = name.lower()
    base = re.split(r"[\\/]", low)[-1]
    if low.endswith(".ps1"):
        return False
    if base in KNOWN_NATIVE:
        return True
    if any(base.endswith(ext) for ext in NATIVE_EXTENSIONS):
        return True
    if "/" in name or "\\" in name:
        return True
    return False


class CommandTable:
    """The commands of one session."""

    def __init__(self, ctx: Any, cmdlets: dict[str, type]):
        self.ctx = ctx
        self.cmdlets: dict[str, CmdletInfo] = {}
        for name, cls in cmdlets.items():
            self.cmdlets[name.lower()] = CmdletInfo(cls)
        aliases = ctx.global_scope.aliases
        ro = ScopedItemOptions.ReadOnly | ScopedItemOptions.AllScope
        for a, target in STANDARD_ALIASES.items():
            aliases[a] = AliasInfo(a, target, self, ro)
        for info in self.cmdlets.values():
            for a in getattr(info.cls, "aliases", ()) or ():
                aliases.setdefault(a.lower(), AliasInfo(a, info.Name, self, ro))
        self._scripts: dict[tuple[str, str], Any] = {}

    # -- aliases ----------------------------------------------------------------------------
    def get_alias(self, name: str) -> AliasInfo | None:
        key = name.lower()
        s = self.ctx.scope
        while s is not None:
            a = s.aliases.get(key)
            if a is not None:
                return a
            s = s.parent
        return None

    def set_alias(self, name: str, target: str, options: Any = None, description: str = "",
                  scope: str | None = None, force: bool = False) -> AliasInfo:
        s = self.ctx._scope_for(scope.lower() if scope else None)
        key = name.lower()
        existing = s.aliases.get(key) or (self.get_alias(name) if scope is None else None)
        if existing is not None and existing.options & (ScopedItemOptions.ReadOnly | ScopedItemOptions.Constant) \
                and not force:
            from ems.runtime.variables import SessionStateUnauthorizedAccessException
            raise SessionStateUnauthorizedAccessException(
                f"Alias is not writeable because alias {name} is read-only or constant and cannot be written to.",
                "AliasNotWritable", target=name, category_target=name, category_target_type="String")
        if existing is not None and existing.options & ScopedItemOptions.Constant:
            from ems.runtime.variables import SessionStateUnauthorizedAccessException
            raise SessionStateUnauthorizedAccessException(
                f"Alias is not writeable because alias {name} is read-only or constant and cannot be written to.",
                "AliasNotWritable", target=name, category_target=name, category_target_type="String")
        a = AliasInfo(name, target, self, options, description)
        if existing is not None and s is not self.ctx.global_scope and existing.options & ScopedItemOptions.AllScope:
            s = self.ctx.global_scope
        s.aliases[key] = a
        return a

    def remove_alias(self, name: str, force: bool = False) -> bool:
        key = name.lower()
        s = self.ctx.scope
        while s is not None:
            if key in s.aliases:
                del s.aliases[key]
                return True
            s = s.parent
        return False

    def all_aliases(self) -> list[AliasInfo]:
        seen: dict[str, AliasInfo] = {}
        s = self.ctx.scope
        while s is not None:
            for k, a in s.aliases.items():
                seen.setdefault(k, a)
            s = s.parent
        return sorted(seen.values(), key=lambda a: a.Name.lower())

    # -- resolution --------------------------------------------------------------------------
    def get_cmdlet(self, name: str) -> CmdletInfo | None:
        return self.cmdlets.get(name.lower())

    def add_cmdlet(self, cls: type) -> None:
        self.cmdlets[cls.name.lower()] = CmdletInfo(cls)

    def resolve(self, name: str, extent: Any = None, _depth: int = 0, allow_get_prefix: bool = True) -> CommandInfo:
        ctx = self.ctx
        if _depth > 20:
            raise command_not_found(name, extent)
        key = name.lower()
        a = self.get_alias(key)
        if a is not None:
            return a
        f = ctx.get_function(key)
        if f is not None:
            return f
        c = self.cmdlets.get(key)
        if c is not None:
            return c
        if "\\" in name and not name.startswith((".", "\\", "/")) and ":" not in name:
            # module-qualified: Microsoft.PowerShell.Utility\Get-Date
            short = name.rsplit("\\", 1)[1]
            c = self.cmdlets.get(short.lower())
            if c is not None:
                return c
        handler = self._native_handler(name)
        if handler is not None:
            return ApplicationInfo(re.split(r"[\\/]", name)[-1], name, handler)
        if key.endswith(".ps1"):
            info = self._script_file(name, extent)
            if info is not None:
                return info
            raise command_not_found(name, extent)
        if ("\\" in name or "/" in name) and "." not in re.split(r"[\\/]", name)[-1]:
            # `.\deploy` runs deploy.ps1 when there is one
            info = self._script_file(name + ".ps1", extent)
            if info is not None:
                return info
        if looks_native(name):
            raise native_not_available(name, extent)
        if allow_get_prefix and "-" not in name:
            try:
                return self.resolve("Get-" + name, extent, _depth + 1, allow_get_prefix=False)
            except PSRuntimeException:
                pass
        raise command_not_found(name, extent)

    def _native_handler(self, name: str) -> Any:
        nc = self.ctx.native_commands
        if not nc:
            return None
        low = name.lower()
        base = re.split(r"[\\/]", low)[-1]
        for k in (low, base, base.rsplit(".", 1)[0] if "." in base else base):
            h = nc.get(k)
            if h is not None:
                return h
        return None

    def _script_file(self, name: str, extent: Any) -> ExternalScriptInfo | None:
        ctx = self.ctx
        fs = ctx.fs
        try:
            p = fs.resolve(name)
            if not fs.is_file(p):
                return None
            text = fs.read_text(p)
        except PSRuntimeException:
            return None
        except Exception:
            return None
        return ExternalScriptInfo(p.display, text, self)

    def script_block_for(self, info: ExternalScriptInfo) -> Any:
        key = (info.Path, info.ScriptContents)
        sb = self._scripts.get(key)
        if sb is None:
            from ems.lang.parser import parse
            from ems.runtime.scriptblock import ScriptBlock, compiled_scriptblock
            from ems.errors import ParseError
            try:
                ast = parse(info.ScriptContents, info.Path)
            except ParseError as e:
                raise _parse_failure(e)
            sb = ScriptBlock(compiled_scriptblock(ast, name=info.Name), self.ctx)
            self._scripts[key] = sb
        return sb

    def all_commands(self) -> list[CommandInfo]:
        out: list[CommandInfo] = []
        out.extend(self.all_aliases())
        out.extend(sorted(self.ctx.visible_functions(), key=lambda f: f.Name.lower()))
        out.extend(sorted(self.cmdlets.values(), key=lambda c: c.Name.lower()))
        return out


def _parse_failure(e: Any) -> PSRuntimeException:
    """A parse error in a script file run from another script: a terminating error."""
    from ems.runtime.exceptions import RuntimeException
    rec = e.to_error_record()
    ex = RuntimeException(rec.message, rec.fully_qualified_error_id, ErrorCategory.ParserError, extent=rec.extent)
    ex.error_record = rec
    ex.script_terminating = True
    return ex
