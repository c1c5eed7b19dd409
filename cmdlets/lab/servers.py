"""Lab controls for the simulated computers (emulator-only cmdlets, noun prefix Lab):
Enter-LabServer / Exit-LabServer (move the console), Stop-LabServer (a crash),
Start-LabServer, Export-LabState / Import-LabState.

Where the console is: ONE place, ``$env:COMPUTERNAME`` of the session (the environment the
engine builds; Invoke-Command -ComputerName already switches it while a script block runs, and
the REPL prompt reads it). ``current_server_name(context)`` reads it; Enter-LabServer changes it
and keeps the servers it came from on a stack (``context.lab_server_stack``) so Exit-LabServer
goes back. Commands that act "on this computer" (Get-Service and Get-HotFix without
-ComputerName, Restart-Computer, Get-MailboxDatabaseCopyStatus -Local, Test-ReplicationHealth
without -Identity...) ask ``current_server_name``.

State files live on the host (they are the emulator's, not the emulated server's): a relative
-Path is relative to the directory ems was started in.
"""
from __future__ import annotations

from typing import Any

from cmdlets.exchange.converters import text_of
from ems.model import identity as idn
from ems.model.errors import ModelError
from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter

LAB_MODULE = "EmsLab"
STR = "System.String"


def current_server_name(context: Any) -> str:
    env = getattr(context, "env", None)
    name = env.get("COMPUTERNAME") if env is not None else None
    return str(name or "EX01").upper()


def set_current_server(context: Any, name: str) -> None:
    context.env["COMPUTERNAME"] = name.upper()


class _LabCmdlet(Cmdlet):
    module = LAB_MODULE

    def _report(self, e: ModelError, target: Any = None) -> None:
        self.write_error(e.message, getattr(e, "category", "NotSpecified"), getattr(e, "error_id", "LabError"),
                         target, getattr(e, "dotnet_type", None))

    def _server(self, value: Any) -> Any:
        try:
            return idn.get_server(self.model, text_of(value), computers=True)
        except ModelError as e:
            self._report(e, text_of(value))
            return None


class EnterLabServer(_LabCmdlet):
    name = "Enter-LabServer"
    parameters = (Parameter("Name", STR, position=0, mandatory=True, pipeline_by_name=True,
                            aliases=("ComputerName", "Server")),)
    synopsis = "Moves the console to another computer of the simulated organization (emulator only)."
    description = ("Enter-LabServer makes the session act as if the shell ran on the named computer: "
                   "$env:COMPUTERNAME and the prompt change, and every command that acts on 'this "
                   "computer' (Get-Service, Get-HotFix, Restart-Computer, Get-MailboxDatabaseCopyStatus "
                   "-Local, Test-ReplicationHealth...) acts there. Exit-LabServer goes back.")
    examples = (("Enter-LabServer E1402", "The console moves to E1402; the prompt shows [E1402]."),)

    def process(self) -> None:
        srv = self._server(self.Name)
        if srv is None:
            return
        if not srv.up:
            self.write_error(f"Cannot enter computer '{srv.name}' because it is not running. Start it with "
                             f"Start-LabServer {srv.name}.", "ResourceUnavailable", "ServerNotRunning", srv.name)
            return
        ctx = self.context
        stack = getattr(ctx, "lab_server_stack", None)
        if stack is None:
            stack = ctx.lab_server_stack = []
        stack.append(current_server_name(ctx))
        set_current_server(ctx, srv.name)


class ExitLabServer(_LabCmdlet):
    name = "Exit-LabServer"
    parameters = ()
    synopsis = "Moves the console back to the computer it was on before Enter-LabServer (emulator only)."
    description = "Exit-LabServer undoes the last Enter-LabServer; outside one it does nothing."
    examples = (("Enter-LabServer E1402; Get-HotFix; Exit-LabServer",
                 "Lists the hotfixes of E1402, then returns to the original computer."),)

    def process(self) -> None:
        stack = getattr(self.context, "lab_server_stack", None)
        if stack:
            set_current_server(self.context, stack.pop())


class StopLabServer(_LabCmdlet):
    name = "Stop-LabServer"
    parameters = (Parameter("Name", STR + "[]", position=0, mandatory=True, pipeline=True, pipeline_by_name=True,
                            aliases=("ComputerName",)),
                  Parameter("LoseTransportDatabase", SWITCH))
    synopsis = "Crashes a computer of the simulated organization (emulator only)."
    description = ("Stop-LabServer turns the computer off at once, as a power failure would: its services "
                   "stop, Active Manager fails its active databases over to other DAG members, and the "
                   "outage is recorded. -LoseTransportDatabase also destroys its transport queue database "
                   "(the messages in its queues are lost unless shadow redundancy holds copies).")
    examples = (("Stop-LabServer E1401", "E1401 crashes; its databases fail over."),
                ("Stop-LabServer HUB01 -LoseTransportDatabase", "HUB01 crashes and loses its queues."))

    def process(self) -> None:
        for n in self.Name or ():
            srv = self._server(n)
            if srv is None:
                continue
            self.model.stop_server(srv, crash=True, lose_transport_database=bool(self.LoseTransportDatabase))


class StartLabServer(_LabCmdlet):
    name = "Start-LabServer"
    parameters = (Parameter("Name", STR + "[]", position=0, mandatory=True, pipeline=True, pipeline_by_name=True,
                            aliases=("ComputerName",)),)
    synopsis = "Starts a stopped computer of the simulated organization (emulator only)."
    description = ("Start-LabServer boots the computer: pending hotfixes finish installing, its automatic "
                   "services start, and its database copies resynchronize over simulated time.")
    examples = (("Start-LabServer E1401; Step-LabClock -Minutes 1", "E1401 comes back and its copies catch up."),)

    def process(self) -> None:
        for n in self.Name or ():
            srv = self._server(n)
            if srv is not None:
                self.model.start_server(srv)


def _save_state(ctx: Any, org: Any, path: str) -> str:
    """Writes a state file where the path points, through the session's file system: a
    Windows path lands in the in-memory drive, a host path is written atomically on the host."""
    from ems.model import persist
    from ems.runtime.filesystem import HOST

    target = ctx.fs.resolve(str(path))
    if target.kind == HOST:
        persist.save(org, target.host_path)
    else:
        ctx.fs.write_text(target, persist.dumps(org), "utf8NoBOM")
    return str(target)


def _load_state(ctx: Any, path: str) -> Any:
    from ems.model import persist
    from ems.runtime.filesystem import HOST

    target = ctx.fs.resolve(str(path))
    if target.kind == HOST:
        return persist.load(target.host_path)
    return persist.loads(ctx.fs.read_text(target), str(target))


class ExportLabState(_LabCmdlet):
    name = "Export-LabState"
    parameters = (Parameter("Path", STR, position=0, mandatory=True),)
    supports_should_process = True
    synopsis = "Saves the whole simulated organization to a state file (emulator only)."
    description = ("Export-LabState writes the organization (servers, DAG, databases and copies, mailboxes, "
                   "transport, the simulated clock) to a file on the host, atomically. `ems -State FILE` and "
                   "Import-LabState read it back.")
    examples = (("Export-LabState before-sp1.json", "Saves the lab before the upgrade."),)

    def process(self) -> None:
        path = self.Path
        if not self.should_process(str(path), "Export-LabState"):
            return
        try:
            _save_state(self.context, self.model, path)
        except Exception as e:  # model, OS and provider errors alike: report, change nothing
            self.write_error(f"Cannot save the lab state to '{path}': {getattr(e, 'message', e)}", "WriteError",
                             "ExportLabStateFailed", str(path))


class ImportLabState(_LabCmdlet):
    name = "Import-LabState"
    parameters = (Parameter("Path", STR, position=0, mandatory=True),)
    supports_should_process = True
    synopsis = "Replaces the simulated organization with one saved by Export-LabState (emulator only)."
    description = ("Import-LabState loads a state file written by Export-LabState or `ems -State` and makes "
                   "it the session's organization. A corrupt or unknown file gives an error and leaves the "
                   "current organization as it was.")
    examples = (("Import-LabState before-sp1.json", "Goes back to the saved lab."),)

    def process(self) -> None:
        path = self.Path
        if not self.should_process(str(path), "Import-LabState"):
            return
        try:
            org = _load_state(self.context, path)
        except ModelError as e:
            self.write_error(e.message, "InvalidData", "ImportLabStateFailed", str(path),
                             getattr(e, "dotnet_type", None))
            return
        self.context.model = org
        org.touch()
