"""The Windows cmdlets the Exchange labs need, acting on the simulated computers (never on the
host): Get-Service, Start-/Stop-/Restart-Service, Get-HotFix, Restart-Computer, Stop-Computer,
Test-Connection.

"This computer" is the computer the console is on ($env:COMPUTERNAME, moved by
Enter-LabServer; see cmdlets/lab/servers.py). Services are the model's ServiceController-shaped
objects (ems.model.services.Service); stopping or starting one goes through the organization,
so stopping MSExchangeIS fails databases over as a real store stop would.

Parameters are Windows PowerShell's own (these are not Exchange cmdlets). As in the real shell,
Start-/Stop-/Restart-Service have no -ComputerName: pipe the services of another computer from
``Get-Service -ComputerName X`` (each ServiceController acts on its own MachineName).
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from cmdlets.exchange.converters import local_computer, text_of
from ems.model import identity as idn
from ems.model.errors import ModelError
from ems.model.services import Service
from ems.runtime.binder import register_parameter_type
from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter
from ems.runtime.control import enumerate_value, is_enumerable
from ems.runtime.exceptions import PSRuntimeException
from ems.runtime.psobject import base_object
from ems.runtime.wildcard import has_wildcards, wildcard_match

STR = "System.String"
STRS = "System.String[]"
INT = "System.Int32"
SC_TYPE = "System.ServiceProcess.ServiceController"
MGMT = "Microsoft.PowerShell.Management"
BOOT_SECONDS = 150


def _sc_instance(v: Any) -> bool:
    return isinstance(base_object(v), Service)


def _sc_convert(v: Any, ctx: Any) -> Any:
    v = base_object(v)
    if isinstance(v, Service):
        return v
    raise PSRuntimeException(f'Cannot convert the "{text_of(v)}" value of type "{type(v).__name__}" to type '
                             f'"{SC_TYPE}".', "CannotConvertArgument", "InvalidArgument")


register_parameter_type(SC_TYPE, _sc_convert, _sc_instance)


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    value = base_object(value)
    if isinstance(value, str) or not is_enumerable(value):
        return [text_of(value)]
    return [text_of(x) for x in enumerate_value(value)]


def _services(value: Any) -> list[Service]:
    if value is None:
        return []
    value = base_object(value)
    items = list(enumerate_value(value)) if is_enumerable(value) else [value]
    return [base_object(v) for v in items]


def _computer_names(cmdlet: Any, value: Any) -> list[str]:
    names = _strings(value)
    if not names:
        return [local_computer(cmdlet)]
    here = local_computer(cmdlet)
    return [here if n.strip().lower() in (".", "localhost", "") else n for n in names]


def _computer(cmdlet: Any, name: str) -> Any:
    """The model computer of that name (Exchange or not), or None when the organization has
    no such computer."""
    found = idn.find_servers(cmdlet.model, name, computers=True)
    return found[0] if found else None


class _WindowsCmdlet(Cmdlet):
    module = MGMT

    def _error(self, message: str, category: str, error_id: str, target: Any, exc: str) -> None:
        self.write_error(message, category, error_id, target, exc)

    def _model_error(self, e: ModelError, target: Any, error_id: str | None = None) -> None:
        self.write_error(e.message, getattr(e, "category", "NotSpecified"), error_id or e.error_id, target,
                         e.dotnet_type)


# ================================================================= services

class GetService(_WindowsCmdlet):
    name = "Get-Service"
    aliases = ("gsv",)
    output_type = SC_TYPE
    default_parameter_set = "Default"
    parameters = (
        Parameter("Name", STRS, position=0, sets=("Default",), pipeline=True, pipeline_by_name=True,
                  aliases=("ServiceName",), accept_wildcard=True),
        Parameter("ComputerName", STRS, pipeline_by_name=True, aliases=("Cn",)),
        Parameter("DependentServices", SWITCH, aliases=("DS",)),
        Parameter("RequiredServices", SWITCH, aliases=("SDO", "ServicesDependedOn")),
        Parameter("DisplayName", STRS, mandatory=True, sets=("DisplayName",), accept_wildcard=True),
        Parameter("Include", STRS, accept_wildcard=True),
        Parameter("Exclude", STRS, accept_wildcard=True),
        Parameter("InputObject", SC_TYPE + "[]", sets=("InputObject",), pipeline=True),
    )
    synopsis = "Gets the services on a local or remote computer."
    description = ("Gets the Windows services of a computer of the simulated organization (the computer the "
                   "console is on, or those named by -ComputerName), sorted by name, optionally filtered by "
                   "-Name or -DisplayName (wildcards allowed), -Include and -Exclude. -DependentServices and "
                   "-RequiredServices list the services that depend on, or are needed by, the services found.")
    examples = (("Get-Service MSExchange*", "Lists the Exchange services of this computer."),
                ("Get-Service -ComputerName E1402 MSExchangeIS,MSExchangeRepl", "Shows two services of E1402."),
                ("Get-Service -ComputerName E1402 | Where-Object { $_.Status -eq 'Stopped' }",
                 "Lists the stopped services of E1402."))

    def process(self) -> None:
        if self.parameter_set_name == "InputObject":
            found = _services(self.InputObject)
            self._emit(found)
            return
        for cname in _computer_names(self, self.ComputerName):
            srv = _computer(self, cname)
            if srv is None or not srv.up:
                self._error(f"Cannot open Service Control Manager on computer '{cname}'. This operation might "
                            f"require other privileges.", "NotSpecified", "System.InvalidOperationException",
                            None, "System.InvalidOperationException")
                continue
            services = sorted(srv.services.values(), key=lambda s: s.Name.lower())
            if self.parameter_set_name == "DisplayName":
                found = self._match(services, _strings(self.DisplayName), "DisplayName",
                                    "Cannot find any service with display name '{}'.", "NoServiceFoundForGivenDisplayName")
            elif self.Name is not None:
                found = self._match(services, _strings(self.Name), "Name",
                                    "Cannot find any service with service name '{}'.", "NoServiceFoundForGivenName")
            else:
                found = services
            self._emit(found)

    def _match(self, services: list[Service], patterns: list[str], prop: str, not_found: str,
               error_id: str) -> list[Service]:
        out: list[Service] = []
        for pat in patterns:
            hits = [s for s in services if wildcard_match(pat, getattr(s, prop))]
            if not hits and not has_wildcards(pat):
                self._error(not_found.format(pat), "ObjectNotFound", error_id, pat,
                            "Microsoft.PowerShell.Commands.ServiceCommandException")
            for h in hits:
                if h not in out:
                    out.append(h)
        return out

    def _emit(self, found: list[Service]) -> None:
        inc, exc = _strings(self.Include), _strings(self.Exclude)
        for s in found:
            if inc and not any(wildcard_match(p, s.Name) for p in inc):
                continue
            if exc and any(wildcard_match(p, s.Name) for p in exc):
                continue
            if self.DependentServices:
                for d in s.DependentServices:
                    self.write_object(d)
            elif self.RequiredServices:
                for d in s.ServicesDependedOn:
                    self.write_object(d)
            else:
                self.write_object(s)


def _service_parameters(*extra: Parameter) -> tuple[Parameter, ...]:
    return (
        Parameter("InputObject", SC_TYPE + "[]", position=0, mandatory=True, sets=("InputObject",), pipeline=True),
        Parameter("Name", STRS, position=0, mandatory=True, sets=("Default",), pipeline=True, pipeline_by_name=True,
                  aliases=("ServiceName",), accept_wildcard=True),
        Parameter("DisplayName", STRS, mandatory=True, sets=("DisplayName",), accept_wildcard=True),
        Parameter("Include", STRS, accept_wildcard=True),
        Parameter("Exclude", STRS, accept_wildcard=True),
        Parameter("PassThru", SWITCH),
    ) + extra


class _Reported(ModelError):
    """A failure the cmdlet already wrote in its own shape."""

    def __init__(self) -> None:
        super().__init__("")


class _ServiceAction(_WindowsCmdlet):
    """Start-, Stop- and Restart-Service: the services named or piped, on their own computers."""

    supports_should_process = True
    default_parameter_set = "InputObject"
    verb_action = ""

    def _targets(self) -> list[Service]:
        if self.parameter_set_name == "InputObject":
            return _services(self.InputObject)
        srv = _computer(self, local_computer(self))
        if srv is None or not srv.up:
            self._error(f"Cannot open Service Control Manager on computer '.'. This operation might require other "
                        f"privileges.", "NotSpecified", "System.InvalidOperationException", None,
                        "System.InvalidOperationException")
            return []
        services = sorted(srv.services.values(), key=lambda s: s.Name.lower())
        prop, ids = ("DisplayName", _strings(self.DisplayName)) if self.parameter_set_name == "DisplayName" \
            else ("Name", _strings(self.Name))
        out: list[Service] = []
        for pat in ids:
            hits = [s for s in services if wildcard_match(pat, getattr(s, prop))]
            if not hits and not has_wildcards(pat):
                what = "display name" if prop == "DisplayName" else "service name"
                self._error(f"Cannot find any service with {what} '{pat}'.", "ObjectNotFound",
                            "NoServiceFoundForGiven" + ("DisplayName" if prop == "DisplayName" else "Name"), pat,
                            "Microsoft.PowerShell.Commands.ServiceCommandException")
            out.extend(h for h in hits if h not in out)
        inc, exc = _strings(self.Include), _strings(self.Exclude)
        return [s for s in out if (not inc or any(wildcard_match(p, s.Name) for p in inc))
                and not any(wildcard_match(p, s.Name) for p in exc)]

    def process(self) -> None:
        for svc in self._targets():
            if not self.should_process(f"{svc.DisplayName} ({svc.Name})", self.name):
                continue
            try:
                self.act(svc)
            except _Reported:
                continue
            except ModelError as e:
                self._model_error(e, svc)
                continue
            if self.PassThru:
                self.write_object(svc)

    def act(self, svc: Service) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class StartService(_ServiceAction):
    name = "Start-Service"
    aliases = ("sasv",)
    parameters = _service_parameters()
    synopsis = "Starts one or more stopped services."
    description = ("Starts services of a simulated computer (this computer, or the computer of each piped "
                   "ServiceController), with the services they depend on. Starting MSExchangeIS or "
                   "MSExchangeRepl lets Active Manager mount databases and resynchronize copies again.")
    examples = (("Start-Service MSExchangeIS", "Starts the Information Store on this computer."),
                ("Get-Service -ComputerName E1402 MSExchangeRepl | Start-Service",
                 "Starts the Replication service of E1402."))

    def act(self, svc: Service) -> None:
        svc.server.org.start_service(svc.server, svc.Name)


class StopService(_ServiceAction):
    name = "Stop-Service"
    aliases = ("spsv",)
    parameters = _service_parameters(Parameter("Force", SWITCH), Parameter("NoWait", SWITCH))
    synopsis = "Stops one or more running services."
    description = ("Stops services of a simulated computer (this computer, or the computer of each piped "
                   "ServiceController). A service that other running services depend on is stopped only "
                   "with -Force (its dependents are stopped first). Stopping MSExchangeIS dismounts the "
                   "server's active databases and Active Manager fails them over.")
    examples = (("Stop-Service MSExchangeTransport", "Stops the transport service of this computer."),
                ("Get-Service -ComputerName E1401 MSExchangeADTopology | Stop-Service -Force",
                 "Stops the topology service of E1401 and every service that depends on it."))

    def act(self, svc: Service) -> None:
        try:
            svc.server.org.stop_service(svc.server, svc.Name, force=bool(self.Force))
        except ModelError as e:
            if getattr(e, "error_id", "") == "ServiceHasDependentServices":
                self._error(e.message, "InvalidOperation", "ServiceHasDependentServices", svc,
                            "Microsoft.PowerShell.Commands.ServiceCommandException")
                raise _Reported() from None
            raise



class RestartService(_ServiceAction):
    name = "Restart-Service"
    parameters = _service_parameters(Parameter("Force", SWITCH))
    synopsis = "Stops and then starts one or more services."
    description = ("Restarts services of a simulated computer (this computer, or the computer of each piped "
                   "ServiceController). With -Force a service that others depend on is restarted together "
                   "with its running dependents.")
    examples = (("Restart-Service MSExchangeRepl", "Restarts the Replication service of this computer."),
                ("Get-Service -ComputerName HUB01 MSExchangeTransport | Restart-Service",
                 "Restarts transport on HUB01."))

    def act(self, svc: Service) -> None:
        svc.server.org.restart_service(svc.server, svc.Name, force=bool(self.Force))


# ================================================================= hotfixes

class GetHotFix(_WindowsCmdlet):
    name = "Get-HotFix"
    output_type = "System.Management.ManagementObject#root\\cimv2\\Win32_QuickFixEngineering"
    default_parameter_set = "Default"
    parameters = (
        Parameter("Id", STRS, position=0, sets=("Default",), aliases=("HFID",)),
        Parameter("Description", STRS, sets=("Description",), accept_wildcard=True),
        Parameter("ComputerName", STRS, pipeline_by_name=True, aliases=("CN", "__Server", "IPAddress")),
        Parameter("Credential", "System.Management.Automation.PSCredential"),
    )
    synopsis = "Gets the hotfixes that have been applied to the local and remote computers."
    description = ("Lists the updates installed on a simulated computer (this computer, or those named by "
                   "-ComputerName): Source, Description, HotFixID, InstalledBy, InstalledOn. An update "
                   "installed with a pending restart appears once the computer has restarted. -Id looks for "
                   "particular updates (KB numbers); -Description filters by description (wildcards allowed).")
    examples = (("Get-HotFix", "Lists the updates of this computer."),
                ("Get-HotFix -Id KB981002 -ComputerName E1401,E1402,E1403",
                 "Checks whether the DAG members have KB981002."),
                ("Get-HotFix -Description Security*", "Lists the security updates."))

    def process(self) -> None:
        # PowerShell 2.0's GetHotFixCommand: ComputerName defaults to "localhost", and the
        # not-found error names the computer as given, with no target object.
        here = local_computer(self)
        ids = [i.upper() for i in _strings(self.Id)]
        desc = _strings(self.Description)
        wildcard = any(has_wildcards(x) for x in ids + desc)
        for cname in _strings(self.ComputerName) or ["localhost"]:
            srv = _computer(self, here if cname.strip().lower() in (".", "localhost", "") else cname)
            if srv is None or not srv.up:
                self._error("The RPC server is unavailable. (Exception from HRESULT: 0x800706BA)", "InvalidOperation",
                            "GetWMICOMException", cname, "System.Runtime.InteropServices.COMException")
                continue
            fixes = sorted(srv.hotfixes.values(), key=lambda h: (h.installed_at is None, h.installed_at or 0,
                                                                 h.HotFixID))
            if ids:
                fixes = [h for h in fixes if any(wildcard_match(i, h.HotFixID) for i in ids)]
            if desc:
                fixes = [h for h in fixes if any(wildcard_match(d, h.Description) for d in desc)]
            for h in fixes:
                self.write_object(h)
            if not fixes and not wildcard:
                self._error(f"This command cannot find hot-fix on the machine '{cname}'. Verify the input and Run "
                            f"your command again.", "ObjectNotFound", "GetHotFixNoEntriesFound", None,
                            "System.ArgumentException")


# ================================================================= computers

def _restart_params() -> tuple[Parameter, ...]:
    return (
        Parameter("ComputerName", STRS, position=0, pipeline_by_name=True,
                  aliases=("CN", "__SERVER", "Server", "IPAddress")),
        Parameter("Force", SWITCH, aliases=("f",)),
        Parameter("Credential", "System.Management.Automation.PSCredential"),
    )


class RestartComputer(_WindowsCmdlet):
    name = "Restart-Computer"
    supports_should_process = True
    parameters = _restart_params() + (
        Parameter("Wait", SWITCH), Parameter("Timeout", INT, aliases=("TimeoutSec",)),
        Parameter("For", "System.String"), Parameter("Delay", "System.Int16"))
    synopsis = "Restarts (reboots) the operating system on local and remote computers."
    description = ("Restarts simulated computers (this computer when -ComputerName is not given). The "
                   "computer shuts down cleanly (its databases are switched over or dismounted), and comes "
                   "back after two and a half simulated minutes; updates waiting for a restart finish "
                   "installing then. When the console's own computer restarts, the session waits for it to "
                   "come back; -Wait waits for remote computers too (simulated time passes).")
    examples = (("Restart-Computer -ComputerName E1402 -Force", "Reboots E1402."),
                ("Restart-Computer -ComputerName E1402 -Wait; Get-HotFix -ComputerName E1402",
                 "Reboots E1402, waits until it is back, and lists its updates."))

    def process(self) -> None:
        org = self.model
        here = local_computer(self).lower()
        wait = False
        for cname in _computer_names(self, self.ComputerName):
            srv = _computer(self, cname)
            if srv is None or not srv.up:
                self._error(f"Computer '{cname}' cannot be restarted because the RPC server is unavailable.",
                            "OperationStopped", "RestartcomputerFailed", cname,
                            "System.InvalidOperationException")
                continue
            if not self.should_process(f"{srv.name}", "Restart-Computer"):
                continue
            try:
                org.restart_computer(srv, BOOT_SECONDS)
            except ModelError as e:
                self._model_error(e, cname)
                continue
            if self.Wait or srv.name.lower() == here:
                wait = True
        if wait:
            org.advance(timedelta(seconds=BOOT_SECONDS))


class StopComputer(_WindowsCmdlet):
    name = "Stop-Computer"
    supports_should_process = True
    parameters = _restart_params()
    synopsis = "Stops (shuts down) local and remote computers."
    description = ("Shuts down simulated computers (this computer when -ComputerName is not given). The "
                   "computer stays off until Start-LabServer starts it.")
    examples = (("Stop-Computer -ComputerName E1403 -Force", "Shuts E1403 down."),)

    def process(self) -> None:
        org = self.model
        for cname in _computer_names(self, self.ComputerName):
            srv = _computer(self, cname)
            if srv is None or not srv.up:
                self._error(f"Computer '{cname}' cannot be stopped because the RPC server is unavailable.",
                            "OperationStopped", "StopComputerException", cname, "System.InvalidOperationException")
                continue
            if not self.should_process(f"{srv.name}", "Stop-Computer"):
                continue
            try:
                org.shutdown_computer(srv)
            except ModelError as e:
                self._model_error(e, cname)


# ================================================================= ping

class PingStatus:
    """A Win32_PingStatus result (Test-Connection)."""

    PS_TYPE_NAMES = ("System.Management.ManagementObject#root\\cimv2\\Win32_PingStatus",
                     "System.Management.ManagementObject", "System.Management.ManagementBaseObject",
                     "System.ComponentModel.Component", "System.MarshalByRefObject", "System.Object")
    PS_PROPERTIES = ("Source", "Destination", "IPV4Address", "IPV6Address", "Address", "BufferSize",
                     "NoFragmentation", "PrimaryAddressResolutionStatus", "ProtocolAddress", "ResponseTime",
                     "ResponseTimeToLive", "StatusCode", "TimeToLive")
    __slots__ = ("Source", "Destination", "IPV4Address", "Address", "BufferSize", "ResponseTime",
                 "TimeToLive", "ProtocolAddress")

    def __init__(self, source: str, destination: str, ip: str, size: int, ttl: int, time_ms: int):
        self.Source = source
        self.Destination = destination
        self.Address = destination
        self.IPV4Address = ip
        self.ProtocolAddress = ip
        self.BufferSize = size
        self.TimeToLive = ttl
        self.ResponseTime = time_ms

    IPV6Address = None
    NoFragmentation = False
    PrimaryAddressResolutionStatus = 0
    StatusCode = 0

    @property
    def ResponseTimeToLive(self) -> int:
        return 128

    def ps_to_string(self) -> str:
        return f"\\\\{self.Source}\\root\\cimv2:Win32_PingStatus.Address=\"{self.Destination}\""


def _ip_of(srv: Any, org: Any) -> str:
    if srv.ip_address:
        return str(srv.ip_address)
    names = [s.name.lower() for s in org.servers]
    return f"10.0.0.{100 + names.index(srv.name.lower())}"


class TestConnection(_WindowsCmdlet):
    name = "Test-Connection"
    output_type = "System.Management.ManagementObject#root\\cimv2\\Win32_PingStatus"
    parameters = (
        Parameter("ComputerName", STRS, position=0, mandatory=True, pipeline_by_name=True,
                  aliases=("CN", "IPAddress", "__SERVER", "Server", "Destination")),
        Parameter("Count", INT, validate_range=(1, 2147483647)),
        Parameter("Quiet", SWITCH),
        Parameter("BufferSize", INT, aliases=("Size", "Bytes", "BS"), validate_range=(0, 65500)),
        Parameter("TimeToLive", INT, aliases=("TTL",), validate_range=(1, 255)),
        Parameter("Delay", INT),
        Parameter("Source", STRS, aliases=("FCN", "SRC")),
    )
    synopsis = "Sends ICMP echo request packets (\"pings\") to one or more computers."
    description = ("Pings computers of the simulated organization: a running computer answers -Count times "
                   "(4 by default); a stopped or unknown one does not. -Quiet returns only True or False per "
                   "computer.")
    examples = (("Test-Connection E1402 -Count 1", "Pings E1402 once."),
                ("if (Test-Connection E1402 -Quiet -Count 1) { 'E1402 is up' }", "Tests whether E1402 answers."))

    def process(self) -> None:
        org = self.model
        count = self.Count if self.Count is not None else 4
        size = self.BufferSize if self.BufferSize is not None else 32
        ttl = self.TimeToLive if self.TimeToLive is not None else 80
        sources = _strings(self.Source) or [local_computer(self)]
        for cname in _strings(self.ComputerName):
            srv = _computer(self, cname)
            ok = srv is not None and org.ping(srv)
            if self.Quiet:
                self.write_object(ok)
                continue
            if not ok:
                self._error(f"Testing connection to computer '{cname}' failed: Error due to lack of resources",
                            "ResourceUnavailable", "TestConnectionException", cname,
                            "System.Net.NetworkInformation.PingException")
                continue
            for source in sources:
                for _ in range(count):
                    self.write_object(PingStatus(source.upper(), cname, _ip_of(srv, org), size, ttl, 0))
