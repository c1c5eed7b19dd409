"""Windows services of the simulated computers (Get-Service / Start-/Stop-Service).

``CATALOG`` maps a service name to (display name, start type, services it depends on).
``SERVICES_BY_ROLE`` lists what Exchange 2010 setup installs for each server role (and
``ClusSvc`` for DAG members, added when a server joins a DAG). ``REQUIRED_BY_ROLE`` is
what Test-ServiceHealth checks per role ([K]: from memory of Exchange 2010 output).

``Service`` objects look like ``System.ServiceProcess.ServiceController``; ``Start()``
and ``Stop()`` act on the model through the organization (so a stopped MSExchangeIS
fails its databases over, see ActiveManager).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ems.model.errors import InvalidOperationError, ServerUnavailableError

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.servers import Server

# name -> (display name, start type, depends on)
CATALOG: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "MSExchangeADTopology": ("Microsoft Exchange Active Directory Topology", "Automatic", ()),
    "MSExchangeAB": ("Microsoft Exchange Address Book", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeAntispamUpdate": ("Microsoft Exchange Anti-spam Update", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeEdgeSync": ("Microsoft Exchange EdgeSync", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeFDS": ("Microsoft Exchange File Distribution", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeFBA": ("Microsoft Exchange Forms-Based Authentication service", "Automatic", ()),
    "MSExchangeIMAP4": ("Microsoft Exchange IMAP4", "Manual", ("MSExchangeADTopology",)),
    "MSExchangeIS": ("Microsoft Exchange Information Store", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeMailSubmission": ("Microsoft Exchange Mail Submission", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeMailboxAssistants": ("Microsoft Exchange Mailbox Assistants", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeMailboxReplication": ("Microsoft Exchange Mailbox Replication", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeMonitoring": ("Microsoft Exchange Monitoring", "Manual", ()),
    "MSExchangePOP3": ("Microsoft Exchange POP3", "Manual", ("MSExchangeADTopology",)),
    "MSExchangeProtectedServiceHost": ("Microsoft Exchange Protected Service Host", "Automatic", ()),
    "MSExchangeRepl": ("Microsoft Exchange Replication Service", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeRPC": ("Microsoft Exchange RPC Client Access", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeSA": ("Microsoft Exchange System Attendant", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeSearch": ("Microsoft Exchange Search Indexer", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeServiceHost": ("Microsoft Exchange Service Host", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeThrottling": ("Microsoft Exchange Throttling", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeTransport": ("Microsoft Exchange Transport", "Automatic", ("MSExchangeADTopology",)),
    "MSExchangeTransportLogSearch": ("Microsoft Exchange Transport Log Search", "Automatic", ()),
    "MSExchangeEdgeCredential": ("Microsoft Exchange Credential Service", "Automatic", ()),
    "ADAM_MSExchange": ("Microsoft Exchange ADAM", "Automatic", ()),
    "msftesql-Exchange": ("Microsoft Search (Exchange)", "Manual", ()),
    "ClusSvc": ("Cluster Service", "Automatic", ()),
    "W3SVC": ("World Wide Web Publishing Service", "Automatic", ("IISADMIN",)),
    "IISADMIN": ("IIS Admin Service", "Automatic", ()),
    "WinRM": ("Windows Remote Management (WS-Management)", "Automatic", ()),
    "LanmanServer": ("Server", "Automatic", ()),
    "LanmanWorkstation": ("Workstation", "Automatic", ()),
    "W32Time": ("Windows Time", "Automatic", ()),
    "wuauserv": ("Windows Update", "Automatic", ()),
    "NTDS": ("Active Directory Domain Services", "Automatic", ()),
    "DNS": ("DNS Server", "Automatic", ()),
    "Netlogon": ("Netlogon", "Automatic", ("LanmanWorkstation",)),
    # Office Communications Server 2007 R2 (installed on OCS01; stopped until activated)
    "RTCSRV": ("Office Communications Server Front-End", "Automatic", ()),
    "RTCIMMCU": ("Office Communications Server IM Conferencing", "Automatic", ()),
    "RTCDATAMCU": ("Office Communications Server Web Conferencing", "Automatic", ()),
    "RTCAVMCU": ("Office Communications Server A/V Conferencing", "Automatic", ()),
    "RTCASMCU": ("Office Communications Server Telephony Conferencing", "Automatic", ()),
}

BASE_WINDOWS = ("LanmanServer", "LanmanWorkstation", "W32Time", "WinRM", "wuauserv")

SERVICES_BY_ROLE: dict[str, tuple[str, ...]] = {
    "Mailbox": ("IISADMIN", "MSExchangeADTopology", "MSExchangeIS", "MSExchangeMailboxAssistants",
                "MSExchangeMailSubmission", "MSExchangeMonitoring", "MSExchangeRepl", "MSExchangeSA",
                "MSExchangeSearch", "MSExchangeServiceHost", "MSExchangeThrottling",
                "MSExchangeTransportLogSearch", "msftesql-Exchange", "W3SVC"),
    "ClientAccess": ("IISADMIN", "MSExchangeAB", "MSExchangeADTopology", "MSExchangeFBA", "MSExchangeFDS",
                     "MSExchangeIMAP4", "MSExchangeMailboxReplication", "MSExchangeMonitoring",
                     "MSExchangePOP3", "MSExchangeProtectedServiceHost", "MSExchangeRPC",
                     "MSExchangeServiceHost", "W3SVC"),
    "HubTransport": ("IISADMIN", "MSExchangeADTopology", "MSExchangeAntispamUpdate", "MSExchangeEdgeSync",
                     "MSExchangeMonitoring", "MSExchangeServiceHost", "MSExchangeTransport",
                     "MSExchangeTransportLogSearch", "W3SVC"),
    "Edge": ("ADAM_MSExchange", "MSExchangeAntispamUpdate", "MSExchangeEdgeCredential",
             "MSExchangeMonitoring", "MSExchangeServiceHost", "MSExchangeTransport",
             "MSExchangeTransportLogSearch"),
    "UnifiedMessaging": ("MSExchangeADTopology", "MSExchangeFDS", "MSExchangeServiceHost"),
}

# Test-ServiceHealth: role display name and the services it requires.
REQUIRED_BY_ROLE: dict[str, tuple[str, tuple[str, ...]]] = {
    "Mailbox": ("Mailbox Server Role", (
        "IISAdmin", "MSExchangeADTopology", "MSExchangeIS", "MSExchangeMailboxAssistants",
        "MSExchangeMailSubmission", "MSExchangeRepl", "MSExchangeSA", "MSExchangeSearch",
        "MSExchangeServiceHost", "MSExchangeThrottling", "MSExchangeTransportLogSearch", "W3Svc", "WinRM")),
    "ClientAccess": ("Client Access Server Role", (
        "IISAdmin", "MSExchangeAB", "MSExchangeADTopology", "MSExchangeFBA", "MSExchangeFDS",
        "MSExchangeMailboxReplication", "MSExchangeProtectedServiceHost", "MSExchangeRPC",
        "MSExchangeServiceHost", "W3Svc", "WinRM")),
    "HubTransport": ("Hub Transport Server Role", (
        "IISAdmin", "MSExchangeADTopology", "MSExchangeEdgeSync", "MSExchangeServiceHost",
        "MSExchangeTransport", "MSExchangeTransportLogSearch", "W3Svc", "WinRM")),
    "Edge": ("Edge Transport Server Role", (
        "ADAM_MSExchange", "MSExchangeEdgeCredential", "MSExchangeServiceHost", "MSExchangeTransport",
        "MSExchangeTransportLogSearch")),
    "UnifiedMessaging": ("Unified Messaging Server Role", (
        "MSExchangeADTopology", "MSExchangeFDS", "MSExchangeServiceHost", "MSExchangeUM", "W3Svc", "WinRM")),
}

EXCHANGE_SERVICE_PREFIXES = ("MSExchange", "ADAM_MSExchange", "msftesql-Exchange")


def services_for_roles(roles: list[str], dag_member: bool = False) -> list[str]:
    names: list[str] = list(BASE_WINDOWS)
    for r in roles:
        for n in SERVICES_BY_ROLE.get(r, ()):
            if n not in names:
                names.append(n)
    if dag_member and "ClusSvc" not in names:
        names.append("ClusSvc")
    return names


def is_exchange_service(name: str) -> bool:
    return name.startswith(EXCHANGE_SERVICE_PREFIXES)


class Service:
    """A Windows service on a simulated computer (ServiceController shape).

    ``running`` is the service's own state; while its computer is down the service
    reports nothing (queries raise ServerUnavailableError through the organization)."""

    PS_TYPE_NAMES = ("System.ServiceProcess.ServiceController", "System.ComponentModel.Component",
                     "System.MarshalByRefObject", "System.Object")
    PS_PROPERTIES = ("Name", "RequiredServices", "CanPauseAndContinue", "CanShutdown", "CanStop",
                     "DisplayName", "DependentServices", "MachineName", "ServiceName",
                     "ServicesDependedOn", "ServiceHandle", "Status", "ServiceType", "Site", "Container")
    PS_METHODS = ("Start", "Stop", "Refresh", "WaitForStatus", "ToString")
    __slots__ = ("Name", "DisplayName", "start_type", "depends", "running", "server")

    def __init__(self, name: str, server: "Server", running: bool | None = None,
                 display: str | None = None, start_type: str | None = None,
                 depends: tuple[str, ...] | None = None):
        cat = CATALOG.get(name, (name, "Automatic", ()))
        self.Name = name
        self.DisplayName = display or cat[0]
        self.start_type = start_type or cat[1]
        self.depends = tuple(depends if depends is not None else cat[2])
        self.running = (self.start_type == "Automatic") if running is None else running
        self.server = server

    @property
    def ServiceName(self) -> str:
        return self.Name

    @property
    def MachineName(self) -> str:
        return self.server.name

    @property
    def Status(self) -> str:
        return "Running" if (self.running and self.server.up) else "Stopped"

    @property
    def CanStop(self) -> bool:
        return self.Status == "Running"

    CanPauseAndContinue = False
    CanShutdown = True
    ServiceType = "Win32OwnProcess"
    Site = None
    Container = None

    @property
    def ServiceHandle(self) -> None:
        return None

    @property
    def ServicesDependedOn(self) -> list["Service"]:
        return [self.server.services[d.lower()] for d in self.depends if d.lower() in self.server.services]

    RequiredServices = ServicesDependedOn

    @property
    def DependentServices(self) -> list["Service"]:
        me = self.Name.lower()
        return [s for s in self.server.services.values() if me in (d.lower() for d in s.depends)]

    # .NET methods: act on the model
    def Start(self) -> None:
        self.server.org.start_service(self.server, self.Name)

    def Stop(self) -> None:
        self.server.org.stop_service(self.server, self.Name)

    def Refresh(self) -> None:
        if not self.server.up:
            raise ServerUnavailableError(
                f"Cannot open Service Control Manager on computer '{self.server.name}'. "
                f"This operation might require other privileges.")

    def WaitForStatus(self, status: Any, timeout: Any = None) -> None:
        if str(status).lower() != self.Status.lower():
            raise InvalidOperationError("Time out has expired and the operation has not been completed.",
                                        dotnet_type="System.ServiceProcess.TimeoutException")

    def ToString(self) -> str:
        return self.ps_to_string()

    def ps_to_string(self) -> str:
        return "System.ServiceProcess.ServiceController"

    def __repr__(self) -> str:
        return f"Service({self.server.name}\\{self.Name}: {self.Status})"
