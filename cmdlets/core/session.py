"""Session cmdlets: history (Get-History, Invoke-History, Add-History, Clear-History),
transcripts (Start-Transcript, Stop-Transcript), modules and snap-ins (Import-Module,
Get-Module, Get-PSSnapin, Add-PSSnapin, Remove-PSSnapin), host input (Read-Host,
Get-Credential), Invoke-Command, and the refused process starters (Start-Process,
Invoke-Item).

Session state these cmdlets keep (loaded modules and snap-ins, the open transcript) lives in
the execution context's `session_extras` (ems.runtime.context.SessionExtras).

Invoke-Command -ComputerName runs the script block locally "as if on that server": while it
runs, $env:COMPUTERNAME (and the model's `computer_name`, when the model has one) name that
server, and every output object carries a PSComputerName note, as remoting output does.
"""
from __future__ import annotations

import re
from typing import Any

from cmdlets.core.files import (FS_MODULE, STR, STRS, SWITCH, UTIL_MODULE, as_list, fs_of, report, to_str)
from ems.runtime import filesystem as fsm
from ems.runtime.cmdlet import Cmdlet, Parameter
from ems.runtime.context import CORE_SNAPINS, SessionExtras
from ems.runtime.filesystem import FileSystemError
from ems.runtime.psobject import PSNoteProperty, PSObject, base_object

CORE_MODULE = "Microsoft.PowerShell.Core"
HOST_MODULE = "Microsoft.PowerShell.Host"
SECURITY_MODULE = "Microsoft.PowerShell.Security"
SB = "System.Management.Automation.ScriptBlock"


# =============================================================== session state


def extras(ctx: Any) -> SessionExtras:
    """The session's modules, snap-ins and transcript (ExecutionContext.session_extras)."""
    return ctx.session_extras


# =============================================================== history


def _history(ctx: Any) -> list[Any]:
    h = getattr(ctx, "history", None)
    return h if isinstance(h, list) else []


def _history_info(id_: int, line: str, status: str = "Completed", start: Any = None, end: Any = None) -> Any:
    try:
        from ems.runtime.engine import HistoryInfo
        return HistoryInfo(id_, line, status, start, end)
    except ImportError:
        return PSObject.custom([("Id", id_), ("CommandLine", line), ("ExecutionStatus", status),
                                ("StartExecutionTime", start), ("EndExecutionTime", end)])


def _hid(entry: Any) -> int:
    return int(getattr(entry, "Id", 0) or (entry.note("Id") if isinstance(entry, PSObject) else 0))


def _hline(entry: Any) -> str:
    if isinstance(entry, PSObject):
        return to_str(entry.note("CommandLine"))
    return to_str(getattr(entry, "CommandLine", entry))


class GetHistory(Cmdlet):
    name = "Get-History"
    module = CORE_MODULE
    aliases = ("ghy", "h", "history")
    parameters = (
        Parameter("Id", "System.Int64[]", position=0, pipeline=True, validate_range=(1, 9223372036854775807),
                  help="Specifies the IDs of the entries to get."),
        Parameter("Count", "System.Int32", position=1, validate_range=(0, 32767),
                  help="Gets the most recent entries (or the entries up to -Id)."),
    )
    output_type = "Microsoft.PowerShell.Commands.HistoryInfo"
    synopsis = "Gets a list of the commands entered during the current session."
    description = ("The Get-History cmdlet gets the command lines run in this session, with their ID "
                   "and status. Invoke-History runs one again.")
    examples = (("Get-History -Count 5", "Shows the last five command lines."),
                ("h | Where-Object { $_.CommandLine -like '*Move-ActiveMailboxDatabase*' }",
                 "Finds the switchovers run in this session."))

    def process(self) -> None:
        hist = _history(self.context)
        ids = [int(i) for i in as_list(self.Id)]
        count = int(self.Count) if self.Count is not None else None
        if ids:
            for i in ids:
                idx = next((k for k, e in enumerate(hist) if _hid(e) == i), None)
                if idx is None:
                    self.write_error(f"Cannot locate history for Id {i}.", "ObjectNotFound",
                                     "GetHistoryNoHistoryForId", i,
                                     "System.ArgumentException")
                    continue
                if count is None:
                    self.write_object(hist[idx])
                else:
                    for e in hist[max(0, idx - count + 1):idx + 1]:
                        self.write_object(e)
            return
        entries = hist if count is None else (hist[-count:] if count else [])
        for e in entries:
            self.write_object(e)


class InvokeHistory(Cmdlet):
    name = "Invoke-History"
    module = CORE_MODULE
    aliases = ("ihy", "r")
    parameters = (
        Parameter("Id", STR, position=0, pipeline_by_name=True,
                  help="Specifies the ID of a history entry, or the start of its command line."),
    )
    supports_should_process = True
    synopsis = "Runs commands from the session history."
    description = ("The Invoke-History cmdlet runs a command line of the history again: the last one, "
                   "the one with the ID given, or the last one starting with the text given. The "
                   "command line is shown before it runs.")
    examples = (("Invoke-History 3", "Runs command line 3 again."),
                ("r Get-Mailbox", "Runs the last command line that starts with Get-Mailbox."))

    def process(self) -> None:
        hist = [e for e in _history(self.context)]
        key = to_str(self.Id) if self.Id is not None else None
        entry = None
        if key is None:
            entry = hist[-1] if hist else None
            if entry is None:
                self.write_error("Cannot locate the most recent history entry.", "ObjectNotFound",
                                 "InvokeHistoryNoLastHistoryEntryFound", None,
                                 "System.InvalidOperationException")
                return
        elif re.fullmatch(r"-?\d+", key):
            n = int(key)
            entry = next((e for e in hist if _hid(e) == n), None)
            if entry is None:
                self.write_error(f"Cannot locate history for Id {n}.", "ObjectNotFound",
                                 "InvokeHistoryNoHistoryForId", n, "System.ArgumentException")
                return
        else:
            entry = next((e for e in reversed(hist) if _hline(e).lower().startswith(key.lower())), None)
            if entry is None:
                self.write_error(f"Cannot locate the history for command line {key}.", "ObjectNotFound",
                                 "InvokeHistoryNoHistoryForCommandline", key, "System.ArgumentException")
                return
        line = _hline(entry)
        if re.match(r"^\s*(invoke-history|ihy|r)\b", line, re.I):
            self.write_error("Invoke-History cannot run a command line that itself runs Invoke-History.",
                             "InvalidOperation", "InvokeHistoryLoopDetected", line,
                             "System.InvalidOperationException")
            return
        if not self.should_process(line, "Invoke-History"):
            return
        _write_host(self, line)
        sb = self.context.create_scriptblock(line)
        self.context.invoke_scriptblock(sb, new_scope=False, output=self.write_object)


def _write_host(cmdlet: Cmdlet, text: str) -> None:
    rt = cmdlet.runtime
    if hasattr(rt, "write_host"):
        rt.write_host(text)
        return
    host = getattr(cmdlet.context, "host", None)
    if host is not None and hasattr(host, "write_host"):
        host.write_host(text)


class AddHistory(Cmdlet):
    name = "Add-History"
    module = CORE_MODULE
    parameters = (
        Parameter("InputObject", "System.Management.Automation.PSObject[]", position=0, pipeline=True,
                  help="Specifies history entries to add (objects with a CommandLine property)."),
        Parameter("Passthru", SWITCH, help="Returns the entries added."),
    )
    synopsis = "Appends entries to the session history."
    description = ("The Add-History cmdlet adds entries to the end of the session history, for example "
                   "the ones saved with Get-History | Export-Csv in another session.")
    examples = (("Import-Csv C:\\Temp\\history.csv | Add-History", "Restores a saved history."),)

    def process(self) -> None:
        from cmdlets.core.files import get_property
        hist = _history(self.context)
        for obj in as_list(self.InputObject):
            line = get_property(obj, "CommandLine", self.context)
            if line is None:
                self.write_error("Cannot add history because the input object has a format that is not valid.",
                                 "InvalidData", "AddHistoryInvalidInput", obj, "System.InvalidOperationException")
                continue
            status = to_str(get_property(obj, "ExecutionStatus", self.context) or "Completed")
            entry = _history_info(len(hist) + 1, to_str(line), status,
                                  self._time(get_property(obj, "StartExecutionTime", self.context)),
                                  self._time(get_property(obj, "EndExecutionTime", self.context)))
            hist.append(entry)
            if self.Passthru:
                self.write_object(entry)


    def _time(self, value: Any) -> Any:
        """Times read back from a CSV are strings: HistoryInfo holds DateTime values."""
        if isinstance(base_object(value), str):
            from ems.runtime.conversion import convert_to
            try:
                return convert_to(value, "System.DateTime", self.context)
            except Exception:
                return value
        return value


class ClearHistory(Cmdlet):
    name = "Clear-History"
    module = CORE_MODULE
    aliases = ("clhy",)
    parameters = (
        Parameter("Id", "System.Int32[]", position=0, sets=("IDParameter",), help="Deletes the entries with these IDs."),
        Parameter("CommandLine", STRS, sets=("CommandLineParameter",), accept_wildcard=True,
                  help="Deletes the entries whose command line matches."),
        Parameter("Count", "System.Int32", position=1, validate_range=(1, 2147483647),
                  help="Deletes this many entries (the oldest, or the newest with -Newest)."),
        Parameter("Newest", SWITCH),
    )
    default_parameter_set = "IDParameter"
    supports_should_process = True
    synopsis = "Deletes entries from the command history."
    description = "The Clear-History cmdlet deletes entries from the session history (all of them by default)."
    examples = (("Clear-History", "Deletes the whole history."),
                ("Clear-History -Count 10 -Newest", "Deletes the ten most recent entries."))

    def process(self) -> None:
        hist = _history(self.context)
        if not self.should_process("This command will clear all the entries from the session history.", "Clear-History"):
            return
        ids = [int(i) for i in as_list(self.Id)]
        lines = [to_str(c) for c in as_list(self.CommandLine)]
        count = int(self.Count) if self.Count is not None else None
        if ids:
            doomed = [e for e in hist if _hid(e) in ids]
        elif lines:
            doomed = [e for e in hist if any(fsm.wildcard_match(p, _hline(e)) for p in lines)]
        else:
            doomed = list(hist)
        if count is not None:
            doomed = doomed[-count:] if self.Newest else doomed[:count]
        for e in doomed:
            hist.remove(e)


# =============================================================== transcripts


class Transcript:
    def __init__(self, fs: Any, path: Any):
        self.fs = fs
        self.path = path
        self.nl = fs.newline(path)

    def write(self, text: str) -> None:
        if self.nl != "\n":
            text = text.replace("\r\n", "\n").replace("\n", self.nl)
        try:
            self.fs.write_text(self.path, text, None, append=True)
        except FileSystemError:
            pass


def _stamp(ctx: Any) -> str:
    return ctx.now().strftime("%Y%m%d%H%M%S")


class StartTranscript(Cmdlet):
    name = "Start-Transcript"
    module = HOST_MODULE
    parameters = (
        Parameter("Path", STR, position=0, sets=("ByPath",), aliases=("OutputPath",),
                  help="Specifies the transcript file (default: PowerShell_transcript.<time>.txt in Documents)."),
        Parameter("LiteralPath", STR, sets=("ByLiteralPath",), aliases=("PSPath",)),
        Parameter("Append", SWITCH, help="Adds to the end of an existing file."),
        Parameter("Force", SWITCH),
        Parameter("NoClobber", SWITCH, aliases=("NoOverwrite",), help="Does not overwrite an existing file."),
    )
    default_parameter_set = "ByPath"
    supports_should_process = True
    output_type = "System.String"
    synopsis = "Creates a record of all or part of a Windows PowerShell session to a text file."
    description = ("The Start-Transcript cmdlet records what the session prints (commands' output, "
                   "errors, warnings) to the file named, until Stop-Transcript.")
    examples = (("Start-Transcript C:\\Temp\\sp1-upgrade.txt -Append",
                 "Records the session into a file, after what it already holds."),)

    def process(self) -> None:
        ctx = self.context
        st = extras(ctx)
        fs = fs_of(self)
        text = self.LiteralPath if self.LiteralPath is not None else self.Path
        if text is None:
            text = f"{fsm.HOME}\\Documents\\PowerShell_transcript.{_stamp(ctx)}.txt"
        try:
            path = fs.resolve(to_str(text))
        except FileSystemError as e:
            report(self, e, text)
            return
        if st.transcript is not None:
            self.write_error("Transcription has already been started. Use the Stop-Transcript command to stop "
                             "transcription.", "InvalidOperation", "CannotStartTranscription", None,
                             "System.Management.Automation.PSInvalidOperationException")
            return
        if self.NoClobber and fs.exists(path) and not self.Append:
            # PowerShell's TranscriptStrings.TranscriptFileExistsNoClobber
            self.write_error(f"File {path.display} already exists and NoClobber was specified.", "ResourceExists",
                             "NoClobber", path.display, "System.UnauthorizedAccessException")
            return
        if not self.should_process(path.display, "Start-Transcript"):
            return
        t = Transcript(fs, path)
        header = ("**********************\n"
                  "Windows PowerShell Transcript Start\n"
                  f"Start time: {_stamp(ctx)}\n"
                  f"Username  : {_user(ctx)} \n"
                  f"Machine\t  : {_computer(ctx)} (Microsoft Windows NT 6.1.7601 Service Pack 1) \n"
                  "**********************\n")
        try:
            if not self.Append or not fs.exists(path):
                fs.write_text(path, "", None)
        except FileSystemError as e:
            report(self, e, path.display)
            return
        t.write(header)
        st.transcript = t
        sinks = getattr(getattr(ctx, "host", None), "transcript", None)
        if isinstance(sinks, list):
            sinks.append(t.write)
        self.write_object(f"Transcript started, output file is {path.display}")


def _user(ctx: Any) -> str:
    env = getattr(ctx, "env", None) or {}
    dom = env.get("USERDOMAIN", "CONTOSO") if hasattr(env, "get") else "CONTOSO"
    user = env.get("USERNAME", "Administrator") if hasattr(env, "get") else "Administrator"
    return f"{dom}\\{user}"


def _computer(ctx: Any) -> str:
    env = getattr(ctx, "env", None) or {}
    return env.get("COMPUTERNAME", "EX01") if hasattr(env, "get") else "EX01"


class StopTranscript(Cmdlet):
    name = "Stop-Transcript"
    module = HOST_MODULE
    output_type = "System.String"
    synopsis = "Stops a transcript."
    description = "The Stop-Transcript cmdlet stops the transcript that Start-Transcript started."
    examples = (("Stop-Transcript", "Stops recording the session."),)

    def process(self) -> None:
        ctx = self.context
        st = extras(ctx)
        t = st.transcript
        if t is None:
            self.write_error("An error occurred stopping transcription: The host is not currently transcribing.",
                             "InvalidOperation", "InvalidOperation", None,
                             "System.Management.Automation.PSInvalidOperationException")
            return
        sinks = getattr(getattr(ctx, "host", None), "transcript", None)
        if isinstance(sinks, list):
            for s in list(sinks):
                if getattr(s, "__self__", None) is t:
                    sinks.remove(s)
        st.transcript = None
        t.write("**********************\n"
                "Windows PowerShell Transcript End\n"
                f"End time: {_stamp(ctx)}\n"
                "**********************\n")
        self.write_object(f"Transcript stopped, output file is {t.path.display}")


# =============================================================== modules


KNOWN_MODULES = {
    "activedirectory": "ActiveDirectory", "webadministration": "WebAdministration",
    "servermanager": "ServerManager", "failoverclusters": "FailoverClusters",
    "bitstransfer": "BitsTransfer", "grouppolicy": "GroupPolicy", "psdiagnostics": "PSDiagnostics",
    "troubleshootingpack": "TroubleshootingPack", "applocker": "AppLocker",
    "networkloadbalancingclusters": "NetworkLoadBalancingClusters",
    "remotedesktopservices": "RemoteDesktopServices", "servermigration": "ServerMigration",
    "bestpractices": "BestPractices",
}


class ModuleInfo:
    PS_TYPE_NAMES = ("System.Management.Automation.PSModuleInfo", "System.Object")
    PS_PROPERTIES = ("ModuleType", "Name", "Path", "Version", "ExportedCommands", "Description")

    def __init__(self, name: str, module_type: str, path: str = "", commands: list[str] | None = None):
        self.Name = name
        self.ModuleType = module_type
        self.Path = path
        self.Version = "0.0"
        self.ExportedCommands = list(commands or [])
        self.Description = ""

    def ps_to_string(self) -> str:
        return self.Name


# one entry per script module being loaded: None until its Export-ModuleMember names functions
_EXPORTING: list[list[str] | None] = []


def _module_error(cmdlet: Cmdlet, name: str) -> None:
    cmdlet.write_error(f"The specified module '{name}' was not loaded because no valid module file was found "
                       "in any module directory.", "ResourceUnavailable", "Modules_ModuleNotFound", name,
                       "System.IO.FileNotFoundException")


class ImportModule(Cmdlet):
    name = "Import-Module"
    module = CORE_MODULE
    aliases = ("ipmo",)
    parameters = (
        Parameter("Name", STRS, position=0, mandatory=True, pipeline=True, sets=("Name",),
                  help="Specifies the module: a known module name, or the path of a .ps1 or .psm1 file."),
        Parameter("Global", SWITCH),
        Parameter("Prefix", STR),
        Parameter("Function", STRS),
        Parameter("Cmdlet", STRS),
        Parameter("Variable", STRS),
        Parameter("Alias", STRS),
        Parameter("Force", SWITCH),
        Parameter("PassThru", SWITCH, help="Returns the module object."),
        Parameter("AsCustomObject", SWITCH),
        Parameter("ArgumentList", "System.Object[]", aliases=("Args",)),
        Parameter("DisableNameChecking", SWITCH),
    )
    default_parameter_set = "Name"
    synopsis = "Adds modules to the current session."
    description = ("The Import-Module cmdlet loads a script module: a .ps1 or .psm1 file whose "
                   "functions and variables become available in the session. Well-known Windows "
                   "modules (ActiveDirectory, WebAdministration, ServerManager, ...) are accepted "
                   "quietly, but their commands are not emulated.")
    examples = (("Import-Module C:\\Scripts\\DagTools.psm1", "Loads the functions of a script module."),
                ("Import-Module ActiveDirectory", "Accepted quietly (nothing to load in the emulator)."))

    def process(self) -> None:
        st = extras(self.context)
        for n in as_list(self.Name):
            text = to_str(n)
            low = text.lower()
            if low in KNOWN_MODULES:
                info = st.modules.get(low) or ModuleInfo(KNOWN_MODULES[low], "Manifest")
                st.modules[low] = info
                if self.PassThru:
                    self.write_object(info)
                continue
            if re.search(r"\.(ps1|psm1|psd1)$", low) or "\\" in text or "/" in text:
                self._load_file(text, st)
                continue
            if low in st.modules:
                if self.PassThru:
                    self.write_object(st.modules[low])
                continue
            _module_error(self, text)

    def _load_file(self, text: str, st: SessionExtras) -> None:
        fs = fs_of(self)
        try:
            path = fs.resolve(text)
            if not fs.exists(path) and not re.search(r"\.(ps1|psm1|psd1)$", text, re.I):
                for ext in (".psd1", ".psm1"):
                    cand = fs.resolve(text.rstrip("\\/") + "\\" + path.name + ext) \
                        if fs.is_dir(path) else fs.resolve(text + ext)
                    if fs.exists(cand):
                        path = cand
                        break
            if not fs.is_file(path):
                _module_error(self, text)
                return
            source = fs.read_text(path)
        except FileSystemError:
            _module_error(self, text)
            return
        if path.name.lower().endswith(".psd1"):
            m = re.search(r"(RootModule|ModuleToProcess)\s*=\s*['\"]([^'\"]+)['\"]", source)
            if not m:
                info = ModuleInfo(path.name.rsplit(".", 1)[0], "Manifest", path.display)
                st.modules[info.Name.lower()] = info
                if self.PassThru:
                    self.write_object(info)
                return
            parent = path.parent.display if path.parent is not None else ""
            sep = "\\" if path.is_virtual else "/"
            self._load_file(parent + sep + m.group(2), st)
            return
        before = {f.lower() for f in self._function_names()}
        sb = self.context.create_scriptblock(source)
        # dot-sourced: the module's functions and variables land in the caller's scope
        _EXPORTING.append(None)
        try:
            args = tuple(as_list(self.ArgumentList))
            compiled = getattr(sb, "compiled", None)
            if compiled is not None and getattr(compiled, "parameters", None):
                # the module's param() block takes -ArgumentList (a dot-sourced block binds nothing itself)
                from ems.runtime.binder import bind_script_arguments, positional_arguments
                bind_script_arguments(self.context, compiled, positional_arguments(args), path.name)
            elif args:
                self.context.set_local("args", list(args))
            self.context.invoke_scriptblock(sb, new_scope=False, output=lambda _o: None)
        finally:
            patterns = _EXPORTING.pop()
        after = self._function_names()
        exported = [f for f in after if f.lower() not in before]
        if patterns is not None and path.name.lower().endswith(".psm1"):
            # Export-ModuleMember ran: the functions it did not name stay private to the module
            kept = [f for f in exported if any(fsm.wildcard_match(p, f) for p in patterns)]
            for f in exported:
                if f not in kept:
                    self.context.remove_function(f)
            exported = kept
        name = re.sub(r"\.(ps1|psm1)$", "", path.name, flags=re.I)
        info = ModuleInfo(name, "Script", path.display, exported)
        st.modules[name.lower()] = info
        if self.PassThru:
            self.write_object(info)

    def _function_names(self) -> list[str]:
        try:
            return [getattr(f, "Name", None) or getattr(f, "name", "") for f in self.context.visible_functions()]
        except Exception:
            return []


class GetModule(Cmdlet):
    name = "Get-Module"
    module = CORE_MODULE
    aliases = ("gmo",)
    parameters = (
        Parameter("Name", STRS, position=0, pipeline=True, accept_wildcard=True),
        Parameter("All", SWITCH),
        Parameter("ListAvailable", SWITCH, help="Lists the modules that can be imported."),
    )
    output_type = "System.Management.Automation.PSModuleInfo"
    synopsis = "Gets the modules that have been imported or that can be imported into the current session."
    description = ("The Get-Module cmdlet lists the modules imported in this session, or with "
                   "-ListAvailable the well-known modules the emulator accepts.")
    examples = (("Get-Module", "Lists the imported modules."),
                ("Get-Module -ListAvailable", "Lists the modules that can be imported."))

    def process(self) -> None:
        st = extras(self.context)
        if self.ListAvailable:
            mods = [st.modules.get(k) or ModuleInfo(v, "Manifest") for k, v in sorted(KNOWN_MODULES.items())]
        else:
            mods = list(st.modules.values())
        pats = [to_str(n) for n in as_list(self.Name)]
        for m in mods:
            if pats and not any(fsm.wildcard_match(p, m.Name) for p in pats):
                continue
            self.write_object(m)


class RemoveModule(Cmdlet):
    name = "Remove-Module"
    module = CORE_MODULE
    aliases = ("rmo",)
    parameters = (
        Parameter("Name", STRS, position=0, mandatory=True, pipeline=True, pipeline_by_name=True,
                  help="Specifies the modules to remove."),
        Parameter("Force", SWITCH),
    )
    supports_should_process = True
    synopsis = "Removes modules from the current session."
    description = ("The Remove-Module cmdlet removes modules from the session's module list. (In the "
                   "emulator the functions a script module defined stay available.)")
    examples = (("Remove-Module DagTools", "Removes the DagTools module."),)

    def process(self) -> None:
        st = extras(self.context)
        for n in as_list(self.Name):
            raw = base_object(n)
            text = raw.Name if isinstance(raw, ModuleInfo) else to_str(n)
            found = [k for k, m in st.modules.items() if fsm.wildcard_match(text, m.Name)]
            if not found:
                if not fsm.has_wildcard(text):
                    self.write_error("No modules were removed. Verify that the specification of modules to "
                                     "remove is correct and those modules exist in the runspace.",
                                     "ResourceUnavailable", "Modules_NoModulesRemoved", None,
                                     "System.InvalidOperationException")
                continue
            for k in found:
                if self.should_process(st.modules[k].Name, "Remove-Module"):
                    mod = st.modules.pop(k)
                    if mod.ModuleType == "Script":
                        for f in mod.ExportedCommands:
                            self.context.remove_function(f)


class ExportModuleMember(Cmdlet):
    name = "Export-ModuleMember"
    module = CORE_MODULE
    parameters = (
        Parameter("Function", STRS, position=0, pipeline=True, pipeline_by_name=True),
        Parameter("Cmdlet", STRS, pipeline_by_name=True),
        Parameter("Variable", STRS, pipeline_by_name=True),
        Parameter("Alias", STRS, pipeline_by_name=True),
    )
    synopsis = "Specifies the module members that are exported."
    description = ("The Export-ModuleMember cmdlet names the functions, variables and aliases a script "
                   "module exports. The emulator loads script modules into the caller's scope, so every "
                   "member stays visible; the cmdlet is accepted so that .psm1 files run unchanged.")
    examples = (("Export-ModuleMember -Function Get-UnhealthyCopy", "Exports one function of a module."),)

    def process(self) -> None:
        if not _EXPORTING:
            self.throw_terminating_error("The Export-ModuleMember cmdlet can only be called from inside a module.",
                                         "PermissionDenied", "Modules_CanOnlyExecuteExportModuleMemberInsideAModule",
                                         None, "System.InvalidOperationException")
            return
        if _EXPORTING[-1] is None:
            _EXPORTING[-1] = []
        _EXPORTING[-1].extend(to_str(f) for f in as_list(self.Function))


# =============================================================== snap-ins

# The Support snap-in is registered as "Powershell" (lower-case s), like its namespace
# Microsoft.Exchange.Management.Powershell.Support; scripts add it under that name.
EXCHANGE_SNAPINS = ("Microsoft.Exchange.Management.PowerShell.E2010",
                    "Microsoft.Exchange.Management.PowerShell.Setup",
                    "Microsoft.Exchange.Management.Powershell.Support",
                    "Microsoft.Exchange.Management.PowerShell.Admin",
                    "Microsoft.Exchange.Management.PowerShell.SnapIn")
_DESCRIPTIONS = {
    "Microsoft.PowerShell.Diagnostics": "This Windows PowerShell snap-in contains Windows Eventing and Performance Counter cmdlets.",
    "Microsoft.WSMan.Management": "This Windows PowerShell snap-in contains cmdlets (such as Get-WSManInstance and Set-WSManInstance) that are used by the Windows PowerShell host to manage WSMan operations.",
    "Microsoft.PowerShell.Core": "This Windows PowerShell snap-in contains cmdlets used to manage components of Windows PowerShell.",
    "Microsoft.PowerShell.Utility": "This Windows PowerShell snap-in contains utility Cmdlets used to manipulate data.",
    "Microsoft.PowerShell.Host": "This Windows PowerShell snap-in contains cmdlets (such as Start-Transcript and Stop-Transcript) that are provided for use with the Windows PowerShell console host.",
    "Microsoft.PowerShell.Management": "This Windows PowerShell snap-in contains management cmdlets used to manage Windows components.",
    "Microsoft.PowerShell.Security": "This Windows PowerShell snap-in contains cmdlets to manage Windows PowerShell security.",
    "Microsoft.Exchange.Management.PowerShell.E2010": "Admin Tasks for the Exchange Server",
    "Microsoft.Exchange.Management.PowerShell.Setup": "Setup Tasks for the Exchange Server",
    "Microsoft.Exchange.Management.Powershell.Support": "Support Tasks for the Exchange Server",
    "Microsoft.Exchange.Management.PowerShell.Admin": "Admin Tasks for the Exchange Server 2007",
    "Microsoft.Exchange.Management.PowerShell.SnapIn": "Admin Tasks for the Exchange Server 2013",
}


class PSSnapInInfo:
    PS_TYPE_NAMES = ("System.Management.Automation.PSSnapInInfo", "System.Object")
    PS_PROPERTIES = ("Name", "PSVersion", "Description")

    def __init__(self, name: str):
        self.Name = name
        self.PSVersion = "2.0"
        self.Description = _DESCRIPTIONS.get(name, "")
        self.IsDefault = name in CORE_SNAPINS

    def ps_to_string(self) -> str:
        return self.Name


def _real_snapin(name: str) -> str | None:
    for n in CORE_SNAPINS + EXCHANGE_SNAPINS:
        if n.lower() == name.lower():
            return n
    return None


def _no_snapin(cmdlet: Cmdlet, pattern: str) -> None:
    cmdlet.write_error(f"No Windows PowerShell snap-ins matching the pattern '{pattern}' were found. Check the "
                       "pattern and then try again.", "InvalidArgument", "NoPSSnapInsFound", pattern,
                       "System.Management.Automation.PSArgumentException")


class GetPSSnapin(Cmdlet):
    name = "Get-PSSnapin"
    module = CORE_MODULE
    aliases = ("gsnp",)
    parameters = (
        Parameter("Name", STRS, position=0, accept_wildcard=True),
        Parameter("Registered", SWITCH, help="Lists the snap-ins registered on the computer but not added."),
    )
    output_type = "System.Management.Automation.PSSnapInInfo"
    synopsis = "Gets the Windows PowerShell snap-ins on the computer."
    description = ("The Get-PSSnapin cmdlet lists the snap-ins added to the session; -Registered lists the "
                   "ones installed but not added (the Exchange 2010 snap-ins).")
    examples = (("Get-PSSnapin -Registered", "Lists the Exchange snap-ins that can be added."),)

    def process(self) -> None:
        st = extras(self.context)
        if self.Registered:
            names = [n for n in EXCHANGE_SNAPINS[:3]]
        else:
            names = list(st.snapins)
        pats = [to_str(n) for n in as_list(self.Name)]
        for p in pats:
            if not fsm.has_wildcard(p) and not any(n.lower() == p.lower() for n in names):
                _no_snapin(self, p)
        for n in names:
            if pats and not any(fsm.wildcard_match(p, n) for p in pats):
                continue
            self.write_object(PSSnapInInfo(n))


class AddPSSnapin(Cmdlet):
    name = "Add-PSSnapin"
    module = CORE_MODULE
    aliases = ("asnp",)
    parameters = (
        Parameter("Name", STRS, position=0, mandatory=True, pipeline_by_name=True,
                  help="Specifies the snap-ins to add."),
        Parameter("PassThru", SWITCH),
    )
    synopsis = "Adds one or more Windows PowerShell snap-ins to the current session."
    description = ("The Add-PSSnapin cmdlet adds a registered snap-in to the session. The Exchange "
                   "snap-ins (Microsoft.Exchange.Management.PowerShell.E2010, and the 2007 'Admin' and "
                   "2013 'SnapIn' names) are accepted; their cmdlets are always available in ems.")
    examples = (("Add-PSSnapin Microsoft.Exchange.Management.PowerShell.E2010",
                 "Adds the Exchange 2010 snap-in, as scripts run outside EMS do."),)

    def process(self) -> None:
        st = extras(self.context)
        for n in as_list(self.Name):
            text = to_str(n)
            matches = [x for x in EXCHANGE_SNAPINS + CORE_SNAPINS if fsm.wildcard_match(text, x)] \
                if fsm.has_wildcard(text) else ([_real_snapin(text)] if _real_snapin(text) else [])
            if not matches:
                self.write_error(f"The Windows PowerShell snap-in '{text}' is not installed on this machine.",
                                 "InvalidArgument", "AddPSSnapInRead", text,
                                 "System.Management.Automation.PSArgumentException")
                continue
            for real in matches:
                if real in st.snapins:
                    if fsm.has_wildcard(text):
                        continue
                    self.write_error(f"Cannot add Windows PowerShell snap-in {real} because it is already added. "
                                     "Verify the name of the snap-in, and then try again.", "InvalidArgument",
                                     "AddPSSnapInRead", real, "System.Management.Automation.PSArgumentException")
                    continue
                st.snapins.append(real)
                if self.PassThru:
                    self.write_object(PSSnapInInfo(real))


class RemovePSSnapin(Cmdlet):
    name = "Remove-PSSnapin"
    module = CORE_MODULE
    aliases = ("rsnp",)
    parameters = (
        Parameter("Name", STRS, position=0, mandatory=True, pipeline=True, pipeline_by_name=True,
                  accept_wildcard=True),
        Parameter("PassThru", SWITCH),
    )
    supports_should_process = True
    synopsis = "Removes Windows PowerShell snap-ins from the current session."
    description = "The Remove-PSSnapin cmdlet removes a snap-in added with Add-PSSnapin."
    examples = (("Remove-PSSnapin Microsoft.Exchange.Management.PowerShell.E2010", "Removes the Exchange snap-in."),)

    def process(self) -> None:
        st = extras(self.context)
        for n in as_list(self.Name):
            text = to_str(base_object(n).Name if isinstance(base_object(n), PSSnapInInfo) else n)
            found = [x for x in st.snapins if fsm.wildcard_match(text, x)]
            if not found:
                _no_snapin(self, text)
                continue
            for real in found:
                if real in CORE_SNAPINS:
                    self.write_error(f"Cannot remove Windows PowerShell snap-in {real} because it is a system "
                                     "snap-in. Verify the name of the snap-in that you want to remove, and then "
                                     "try again.", "InvalidArgument", "RemovePSSnapIn", real,
                                     "System.Management.Automation.PSArgumentException")
                    continue
                if not self.should_process(real, "Remove-PSSnapin"):
                    continue
                st.snapins.remove(real)
                if self.PassThru:
                    self.write_object(PSSnapInInfo(real))


# =============================================================== host input


class SecureString:
    """System.Security.SecureString: prints as its type name; the text stays inside."""

    PS_TYPE_NAMES = ("System.Security.SecureString", "System.Object")
    PS_PROPERTIES = ("Length",)
    PS_METHODS = ()

    def __init__(self, text: str):
        self._text = text

    @property
    def Length(self) -> int:
        return len(self._text)

    def ps_to_string(self) -> str:
        return "System.Security.SecureString"


class PSCredential:
    PS_TYPE_NAMES = ("System.Management.Automation.PSCredential", "System.Object")
    PS_PROPERTIES = ("UserName", "Password")
    PS_METHODS = ("GetNetworkCredential",)

    def __init__(self, user: str, password: SecureString):
        self.UserName = user
        self.Password = password

    def GetNetworkCredential(self) -> Any:
        user = self.UserName
        domain = ""
        if "\\" in user:
            domain, user = user.split("\\", 1)
        return PSObject.custom([("UserName", user), ("Password", self.Password._text), ("Domain", domain)])

    def ps_to_string(self) -> str:
        return "System.Management.Automation.PSCredential"


def _new_credential(args: list, ctx: Any = None) -> PSCredential:
    """`New-Object System.Management.Automation.PSCredential(user, securePassword)`, the usual way
    scripts build a credential without a prompt."""
    from ems.runtime.members import _overload_error
    if len(args) != 2:
        raise _overload_error("PSCredential", len(args))
    user, password = base_object(args[0]), base_object(args[1])
    if not isinstance(password, SecureString):
        from ems.runtime.exceptions import PSRuntimeException
        raise PSRuntimeException(
            f'Cannot convert argument "password", with value: "{to_str(password)}", for "PSCredential" to type '
            f'"System.Security.SecureString": "Cannot convert the "{to_str(password)}" value of type '
            f'"{"System.String" if isinstance(password, str) else type(password).__name__}" to type '
            f'"System.Security.SecureString"."', "MethodArgumentConversionInvalidCastArgument", "NotSpecified")
    return PSCredential(to_str(user), password)


def _convert_credential(value: Any, ctx: Any = None) -> Any:
    v = base_object(value)
    if v is None or isinstance(v, (PSCredential, str)):
        return v
    from ems.runtime.exceptions import PSRuntimeException
    raise PSRuntimeException(f'Cannot convert the "{to_str(v)}" value of type "{type(v).__name__}" to type '
                             '"System.Management.Automation.PSCredential".', "InvalidCastException", "InvalidArgument")


def _register_credential_type() -> None:
    try:
        from ems.runtime.dotnet import types as T
    except ImportError:  # pragma: no cover
        return
    t = T.register_model_class(PSCredential)
    t.constructor = _new_credential
    # a -Credential parameter takes a user name too ([Credential()] in PowerShell: the cmdlet
    # then asks for the password), so a string stays a string for the cmdlet to handle
    t.converter = _convert_credential
    T.register_model_class(SecureString)


_register_credential_type()


def _read(cmdlet: Cmdlet, prompt: str, secure: bool = False) -> str | None:
    host = getattr(cmdlet.context, "host", None)
    try:
        from ems.runtime.host import HostNonInteractiveError, NONINTERACTIVE_MESSAGE
    except ImportError:  # pragma: no cover
        HostNonInteractiveError, NONINTERACTIVE_MESSAGE = Exception, "Read and Prompt functionality is not available."
    try:
        if host is None:
            raise HostNonInteractiveError(NONINTERACTIVE_MESSAGE)
        reader = getattr(host, "read_line_secure" if secure else "read_line", None) or host.read_line
        return reader(prompt)
    except HostNonInteractiveError as e:
        cmdlet.throw_terminating_error(str(e) or NONINTERACTIVE_MESSAGE, "InvalidOperation",
                                       "System.Management.Automation.PSInvalidOperationException", None,
                                       "System.Management.Automation.PSInvalidOperationException")
        return None


class ReadHost(Cmdlet):
    name = "Read-Host"
    module = UTIL_MODULE
    parameters = (
        Parameter("Prompt", "System.Object", position=0, pipeline=True,
                  help="Specifies the text of the prompt (a colon is added)."),
        Parameter("AsSecureString", SWITCH, help="Hides the typed text and returns a SecureString."),
    )
    output_type = "System.String"
    synopsis = "Reads a line of input from the console."
    description = ("The Read-Host cmdlet asks the user for a line of text. In a non-interactive run "
                   "(-NonInteractive, or no terminal) it fails, as PowerShell does.")
    examples = (('$server = Read-Host "Server to put in maintenance"', "Asks for a server name."),)

    def process(self) -> None:
        prompt = to_str(self.Prompt, self.context) + ": " if self.Prompt is not None else ""
        text = _read(self, prompt, bool(self.AsSecureString))
        if text is None:
            return
        self.write_object(SecureString(text) if self.AsSecureString else text)


class GetCredential(Cmdlet):
    name = "Get-Credential"
    module = SECURITY_MODULE
    parameters = (
        Parameter("Credential", "System.Management.Automation.PSCredential", position=0,
                  help="Specifies a user name (or a credential, returned as is)."),
        Parameter("Message", STR, help="Specifies the text shown above the prompt."),
        Parameter("UserName", STR, help="Specifies the user name to ask the password for."),
    )
    output_type = "System.Management.Automation.PSCredential"
    synopsis = "Gets a credential object based on a user name and password."
    description = ("The Get-Credential cmdlet asks for a user name and a password through the host (a "
                   "console prompt in ems, not a dialog box) and returns a PSCredential.")
    examples = (("$cred = Get-Credential CONTOSO\\Administrator", "Asks for the administrator's password."),)

    def process(self) -> None:
        cred = base_object(self.Credential)
        if isinstance(cred, PSCredential):
            self.write_object(cred)
            return
        user = to_str(self.UserName) if self.UserName else (to_str(cred) if cred is not None else "")
        _write_host(self, "")
        _write_host(self, "Windows PowerShell credential request")
        _write_host(self, to_str(self.Message) if self.Message else "Enter your credentials.")
        if not user:
            user = _read(self, "User: ") or ""
        password = _read(self, f"Password for user {user}: ", secure=True)
        if password is None:
            return
        self.write_object(PSCredential(user, SecureString(password)))


# =============================================================== Invoke-Command


class InvokeCommand(Cmdlet):
    name = "Invoke-Command"
    module = CORE_MODULE
    aliases = ("icm",)
    parameters = (
        Parameter("ScriptBlock", SB, position=0, mandatory=True, aliases=("Command",),
                  help="Specifies the commands to run."),
        Parameter("ComputerName", STRS, position=0, aliases=("Cn",), sets=("ComputerName",),
                  help="Runs the commands as if on these servers (the emulator runs them locally)."),
        Parameter("ArgumentList", "System.Object[]", aliases=("Args",),
                  help="Specifies the values of the script block's parameters ($args)."),
        Parameter("InputObject", "System.Management.Automation.PSObject", pipeline=True,
                  help="Specifies input for the script block ($input)."),
        Parameter("NoNewScope", SWITCH, help="Runs the script block in the current scope."),
        Parameter("HideComputerName", SWITCH),
        Parameter("Credential", "System.Management.Automation.PSCredential"),
        Parameter("AsJob", SWITCH, help="Not available in the emulator."),
        Parameter("ThrottleLimit", "System.Int32"),
    )
    default_parameter_set = "InProcess"
    synopsis = "Runs commands on local and remote computers."
    description = ("The Invoke-Command cmdlet runs a script block. With -ComputerName it runs it as if "
                   "on each server named: $env:COMPUTERNAME names that server while it runs, and the "
                   "output objects get a PSComputerName property.")
    examples = (("Invoke-Command -ComputerName MBX2 -ScriptBlock { $env:COMPUTERNAME }", "Returns MBX2."),
                ("Invoke-Command { param($n) $n * 2 } -ArgumentList 21", "Returns 42."))

    def begin(self) -> None:
        self._inputs: list[Any] = []
        self._has_input = False

    def process(self) -> None:
        if self.is_bound("InputObject") or self.InputObject is not None:
            self._has_input = True
            self._inputs.append(self.InputObject)

    def end(self) -> None:
        if self.AsJob:
            self.write_error("Background jobs are not available in the emulator.", "NotImplemented",
                             "AsJobNotSupported", None, "System.NotSupportedException")
            return
        args = tuple(as_list(self.ArgumentList))
        computers = [to_str(c) for c in as_list(self.ComputerName)]
        if not computers:
            self._run(args, None)
            return
        for c in computers:
            self._run(args, c)

    def _run(self, args: tuple, computer: str | None) -> None:
        ctx = self.context
        emit = self.write_object
        restore: list[tuple[Any, str, Any]] = []
        if computer is not None and computer.lower() not in ("localhost", ".", ""):
            name = computer.split(".")[0].upper()
            problem = _unreachable(ctx, name)
            if problem is not None:
                self.write_error(f"Connecting to remote server {computer} failed with the following error message "
                                 f": {problem} For more information, see the about_Remote_Troubleshooting Help "
                                 "topic.", "OpenError", "PSSessionStateBroken", computer,
                                 "System.Management.Automation.Remoting.PSRemotingTransportException")
                return
            env = getattr(ctx, "env", None)
            if env is not None:
                restore.append((env, "__item__", env.get("COMPUTERNAME")))
                env["COMPUTERNAME"] = name
            model = getattr(ctx, "model", None)
            if model is not None and hasattr(model, "computer_name"):
                restore.append((model, "computer_name", model.computer_name))
                try:
                    model.computer_name = name
                except AttributeError:
                    restore.pop()

            def emit(obj: Any, _name=name) -> None:  # noqa: F811
                self.write_object(_with_computer(obj, _name))
        elif computer is not None and computer:
            # a loopback session: the output still names the computer as given
            def emit(obj: Any, _name=computer) -> None:  # noqa: F811
                self.write_object(_with_computer(obj, _name))
        try:
            kw: dict[str, Any] = {"args": args, "new_scope": not self.NoNewScope, "output": emit}
            if self._has_input:
                kw["input"] = list(self._inputs)
            ctx.invoke_scriptblock(self.ScriptBlock, **kw)
        finally:
            for target, attr, old in reversed(restore):
                if attr == "__item__":
                    target["COMPUTERNAME"] = old
                else:
                    setattr(target, attr, old)


def _unreachable(ctx: Any, name: str) -> str | None:
    """Why the simulated organization cannot reach a server (None when it can, or when the
    session has no organization to ask)."""
    env = getattr(ctx, "env", None)
    if env is not None and str(env.get("COMPUTERNAME", "")).upper() == name:
        return None
    servers = getattr(getattr(ctx, "model", None), "servers", None)
    if servers is None or not hasattr(servers, "get"):
        return None
    try:
        srv = servers.get(name)
    except Exception:
        return None
    if srv is None:
        return ("The WinRM client cannot process the request because the server name cannot be resolved.")
    if getattr(srv, "up", True) is False:
        return ("WinRM cannot complete the operation. Verify that the specified computer name is valid, that "
                "the computer is accessible over the network, and that a firewall exception for the WinRM "
                "service is enabled and allows access from this computer.")
    return None


def _with_computer(obj: Any, name: str) -> Any:
    if obj is None:
        return obj
    wrapped = obj if isinstance(obj, PSObject) else PSObject(obj)
    wrapped.add_member(PSNoteProperty("PSComputerName", name), force=True)
    return wrapped


# =============================================================== refused


class _Refused(Cmdlet):
    module = FS_MODULE

    def process(self) -> None:
        what = to_str(getattr(self, "FilePath", None) or getattr(self, "Path", None) or "")
        self.write_error(f"{self.name} is not available in the Exchange Management Shell emulator: ems never "
                         f"starts programs or opens files on the host.", "NotImplemented",
                         "NotAvailableInEmulator", what, "System.NotSupportedException")


class StartProcess(_Refused):
    name = "Start-Process"
    aliases = ("saps", "start")
    parameters = (
        Parameter("FilePath", STR, position=0, mandatory=True, aliases=("PSPath",)),
        Parameter("ArgumentList", STRS, position=1, aliases=("Args",)),
        Parameter("Credential", "System.Management.Automation.PSCredential"),
        Parameter("WorkingDirectory", STR),
        Parameter("NoNewWindow", SWITCH),
        Parameter("PassThru", SWITCH),
        Parameter("Wait", SWITCH),
        Parameter("Verb", STR),
        Parameter("WindowStyle", STR, validate_set=("Normal", "Hidden", "Minimized", "Maximized")),
        Parameter("RedirectStandardOutput", STR),
        Parameter("RedirectStandardError", STR),
        Parameter("RedirectStandardInput", STR),
    )
    synopsis = "Starts one or more processes on the local computer."
    description = "Refused in the emulator: ems never starts a process on the host. An error says so."
    examples = (("Start-Process notepad.exe", "Fails: no process is started in the emulator."),)


class InvokeItem(_Refused):
    name = "Invoke-Item"
    aliases = ("ii",)
    parameters = (
        Parameter("Path", STRS, position=0, mandatory=True, pipeline=True, pipeline_by_name=True, sets=("Path",)),
        Parameter("LiteralPath", STRS, mandatory=True, pipeline_by_name=True, aliases=("PSPath",),
                  sets=("LiteralPath",)),
    )
    default_parameter_set = "Path"
    supports_should_process = True
    synopsis = "Performs the default action on the specified item."
    description = ("Refused in the emulator: ems never opens files with host programs. An error says so. "
                   "The item must exist, as in PowerShell; -WhatIf only says what would be opened.")
    examples = (("Invoke-Item C:\\Temp\\report.htm", "Fails: nothing is opened in the emulator."),)

    def process(self) -> None:
        from cmdlets.core.files import expand_paths
        for path in expand_paths(self, self.Path, self.LiteralPath):
            # FileSystemProvider.InvokeDefaultAction: action "Invoke Item", target "Item: <path>"
            if not self.should_process(f"Item: {path.display}", "Invoke Item"):
                continue
            self.write_error(f"{self.name} is not available in the Exchange Management Shell emulator: ems never "
                             f"starts programs or opens files on the host.", "NotImplemented",
                             "NotAvailableInEmulator", path.display, "System.NotSupportedException")


def _register_views() -> None:
    try:
        from ems.format import views as V
    except ImportError:
        return
    V.register_table_view("Microsoft.PowerShell.Commands.HistoryInfo",
                          [(None, "Id", 4, "right"), (None, "CommandLine", None, "left")])
    V.register_table_view("System.Management.Automation.PSModuleInfo",
                          [(None, "ModuleType", 10, None), (None, "Name", 25, None),
                           (None, "ExportedCommands", None, None)])
    V.register_list_view("System.Management.Automation.PSSnapInInfo", ["Name", "PSVersion", "Description"])
    V.register_table_view("System.Management.Automation.PSCredential",
                          [(None, "UserName", None, None), (None, "Password", None, None)])


_register_views()
