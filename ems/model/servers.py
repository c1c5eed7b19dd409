"""Computers of the organization: Exchange servers and the others (FS01, DC01, OCS01).

``Server`` is one computer: up/down, roles, Exchange version and edition, operating
system, installed and pending hotfixes, Windows services, installed products (OCS), and
the Mailbox-server settings (DatabaseCopyAutoActivationPolicy, AutoDatabaseMountDial,
MaximumActiveDatabases). It is what Get-ExchangeServer returns (PS_PROPERTIES in the
2010 order, reference §1). ``MailboxServer(server)`` is the Get-MailboxServer view and
``HotFix`` the Get-HotFix object. Changes of state go through the Organization (org.py),
which keeps Active Manager informed; do not flip ``up`` or a service directly.
"""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ems.model.services import Service
from ems.model.values import ADObjectId, MultiValuedProperty, ServerVersion

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization

ROLE_ORDER = ("Mailbox", "ClientAccess", "UnifiedMessaging", "HubTransport", "Edge")  # flag value order
ROLE_ALIASES = {"mailbox": "Mailbox", "clientaccess": "ClientAccess", "cas": "ClientAccess",
                "hubtransport": "HubTransport", "hub": "HubTransport", "edge": "Edge",
                "edgetransport": "Edge", "unifiedmessaging": "UnifiedMessaging", "um": "UnifiedMessaging"}
MOUNT_DIAL = {"Lossless": 0, "GoodAvailability": 6, "BestAvailability": 12}
ACTIVATION_POLICIES = ("Unrestricted", "IntrasiteOnly", "Blocked")
EXCHANGE_INSTALL_PATH = "C:\\Program Files\\Microsoft\\Exchange Server\\V14\\"


class HotFix:
    """A Win32_QuickFixEngineering entry (Get-HotFix)."""

    PS_TYPE_NAMES = ("System.Management.ManagementObject#root\\cimv2\\Win32_QuickFixEngineering",
                     "System.Management.ManagementObject", "System.Management.ManagementBaseObject",
                     "System.ComponentModel.Component", "System.MarshalByRefObject", "System.Object")
    PS_PROPERTIES = ("Source", "Description", "HotFixID", "InstalledBy", "InstalledOn", "Caption",
                     "CSName", "FixComments", "InstallDate", "Name", "ServicePackInEffect", "Status")
    __slots__ = ("HotFixID", "Description", "InstalledBy", "installed_at", "CSName", "needs_restart")

    def __init__(self, kb: str, description: str = "Update", installed_by: str = "CONTOSO\\Administrator",
                 installed_on: datetime | None = None, computer: str = "", needs_restart: bool = False):
        self.HotFixID = kb.upper()
        self.Description = description
        self.InstalledBy = installed_by
        self.installed_at = installed_on  # the model's time of installation (ordering, persistence)
        self.CSName = computer
        self.needs_restart = needs_restart

    @property
    def Source(self) -> str:
        return self.CSName

    @property
    def InstalledOn(self) -> datetime | None:
        """WMI keeps only the date on Windows 7 / Server 2008 R2 (InstalledOn "6/9/2010"), which
        PowerShell 2.0's Get-HotFix parses into a DateTime at midnight: 6/9/2010 12:00:00 AM."""
        at = self.installed_at
        return at.replace(hour=0, minute=0, second=0, microsecond=0) if at is not None else None

    @InstalledOn.setter
    def InstalledOn(self, value: datetime | None) -> None:
        self.installed_at = value

    @property
    def Caption(self) -> str:
        return f"http://support.microsoft.com/?kbid={self.HotFixID[2:]}"

    FixComments = ""
    InstallDate = None
    Name = None
    ServicePackInEffect = ""
    Status = None

    def ps_to_string(self) -> str:
        return f"\\\\{self.CSName}\\root\\cimv2:Win32_QuickFixEngineering.HotFixID=\"{self.HotFixID}\",ServicePackInEffect=\"\""

    def __repr__(self) -> str:
        return f"HotFix({self.CSName}: {self.HotFixID})"


class Server:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.Management.ExchangeServer",
                     "Microsoft.Exchange.Data.Directory.ADObject",
                     "Microsoft.Exchange.Data.Directory.ADRawEntry",
                     "Microsoft.Exchange.Data.ConfigurableObject", "System.Object")
    PS_PROPERTIES = (
        "Name", "DataPath", "Domain", "Edition", "ExchangeLegacyDN", "ExchangeLegacyServerRole", "Fqdn",
        "CustomerFeedbackEnabled", "InternetWebProxy", "IsHubTransportServer", "IsClientAccessServer",
        "IsExchange2007OrLater", "IsEdgeServer", "IsMailboxServer", "IsE14OrLater", "IsProvisionedServer",
        "IsUnifiedMessagingServer", "NetworkAddress", "OrganizationalUnit", "AdminDisplayVersion", "Site",
        "ServerRole", "ErrorReportingEnabled", "StaticDomainControllers", "StaticGlobalCatalogs",
        "StaticConfigDomainController", "StaticExcludedDomainControllers", "CurrentDomainControllers",
        "CurrentGlobalCatalogs", "CurrentConfigDomainController", "ProductID", "IsExchangeTrialEdition",
        "IsExpiredExchangeTrialEdition", "RemainingTrialPeriod", "IsValid", "OriginatingServer",
        "ExchangeVersion", "DistinguishedName", "Identity", "Guid", "ObjectCategory", "ObjectClass",
        "WhenChanged", "WhenCreated", "WhenChangedUTC", "WhenCreatedUTC", "OrganizationId", "ObjectState")
    PS_SETTABLE = ("CustomerFeedbackEnabled", "InternetWebProxy", "ErrorReportingEnabled")
    FILTER_PROPERTIES = ("OperatingSystem", "IsUp")

    __slots__ = ("org", "name", "guid", "roles", "exchange", "edition", "version", "os_name", "os_version",
                 "os_service_pack", "hotfixes", "pending_hotfixes", "services", "up", "products",
                 "activation_policy", "mount_dial", "max_active", "dag_name", "when_created", "when_changed",
                 "boot_time", "pending_reboot", "CustomerFeedbackEnabled", "InternetWebProxy",
                 "ErrorReportingEnabled", "copies", "cluster_paused", "product_id", "ip_address",
                 "edge_subscribed", "extra", "_id")

    def __init__(self, org: "Organization", name: str, roles: list[str] | None = None,
                 exchange: bool = True, edition: str = "Standard",
                 version: str | ServerVersion = "Version 14.0 (Build 639.21)",
                 os_name: str = "Microsoft Windows Server 2008 R2 Enterprise", os_version: str = "6.1.7600",
                 guid: uuid.UUID | None = None, when_created: datetime | None = None):
        self.org = org
        self.name = name
        self.guid = guid or uuid.UUID(int=org.random.getrandbits(128))
        self.roles = sorted({ROLE_ALIASES.get(r.lower(), r) for r in (roles or [])}, key=_role_key)
        self.exchange = exchange
        self.edition = edition if exchange else None
        self.version = ServerVersion.parse(version) if exchange else None
        self.os_name = os_name
        self.os_version = os_version
        self.os_service_pack = ""
        self.hotfixes: dict[str, HotFix] = {}
        self.pending_hotfixes: dict[str, HotFix] = {}
        self.services: dict[str, Service] = {}
        self.up = True
        self.products: dict[str, dict[str, Any]] = {}
        self.activation_policy = "Unrestricted"
        self.mount_dial = "GoodAvailability"
        self.max_active: int | None = None
        self.dag_name: str | None = None
        self.when_created = when_created or org.clock.now()
        self.when_changed = self.when_created
        self.boot_time = org.clock.now()
        self.pending_reboot = False
        self.CustomerFeedbackEnabled = None
        self.InternetWebProxy = None
        self.ErrorReportingEnabled = None
        self.copies: dict[str, Any] = {}  # lower-case database name -> DatabaseCopy
        self.cluster_paused = False
        self.product_id = None
        self.ip_address = None
        self.edge_subscribed = False
        self.extra: dict[str, Any] = {}
        self._id: ADObjectId | None = None

    # ------------------------------------------------------------ state helpers
    def add_service(self, name: str, running: bool | None = None, **kw: Any) -> Service:
        svc = Service(name, self, running, **kw)
        self.services[name.lower()] = svc
        return svc

    def service(self, name: str) -> Service | None:
        return self.services.get(name.lower())

    def service_running(self, name: str) -> bool:
        s = self.services.get(name.lower())
        return bool(self.up and s is not None and s.running)

    def has_role(self, role: str) -> bool:
        return ROLE_ALIASES.get(role.lower(), role) in self.roles

    @property
    def fqdn(self) -> str:
        return f"{self.name}.{self.org.domain}"

    @property
    def dn(self) -> str:
        return (f"CN={self.name},CN=Servers,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),"
                f"CN=Administrative Groups,CN={self.org.name},CN=Microsoft Exchange,CN=Services,"
                f"CN=Configuration,{self.org.domain_dn}")

    @property
    def id(self) -> ADObjectId:
        if self._id is None or self._id.Name != self.name:
            self._id = ADObjectId(self.name, self.dn, self.guid)
        return self._id

    @property
    def is_dag_operational(self) -> bool:
        """Up, cluster service running: a working node of its DAG."""
        return self.up and self.service_running("ClusSvc")

    @property
    def replication_running(self) -> bool:
        return self.up and self.service_running("MSExchangeRepl")

    @property
    def store_running(self) -> bool:
        return self.up and self.service_running("MSExchangeIS")

    @property
    def mount_dial_value(self) -> int:
        return MOUNT_DIAL.get(self.mount_dial, 6)

    def active_copies(self) -> list[Any]:
        return [c for c in self.copies.values() if c.is_active]

    # ------------------------------------------------------------ ExchangeServer properties
    @property
    def Name(self) -> str:
        return self.name

    @property
    def Identity(self) -> ADObjectId:
        return self.id

    @property
    def Guid(self) -> uuid.UUID:
        return self.guid

    @property
    def DistinguishedName(self) -> str:
        return self.dn

    @property
    def DataPath(self) -> str:
        return EXCHANGE_INSTALL_PATH + "Mailbox" if self.has_role("Mailbox") else EXCHANGE_INSTALL_PATH + "TransportRoles\\data"

    @property
    def Domain(self) -> str:
        return self.org.domain

    @property
    def Edition(self) -> str | None:
        return self.edition

    @property
    def ExchangeLegacyDN(self) -> str:
        return (f"/o={self.org.name}/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration"
                f"/cn=Servers/cn={self.name}")

    @property
    def ExchangeLegacyServerRole(self) -> int:
        return 0

    @property
    def Fqdn(self) -> str:
        return self.fqdn

    @property
    def IsHubTransportServer(self) -> bool:
        return "HubTransport" in self.roles

    @property
    def IsClientAccessServer(self) -> bool:
        return "ClientAccess" in self.roles

    IsExchange2007OrLater = True
    IsE14OrLater = True
    IsProvisionedServer = False

    @property
    def IsEdgeServer(self) -> bool:
        return "Edge" in self.roles

    @property
    def IsMailboxServer(self) -> bool:
        return "Mailbox" in self.roles

    @property
    def IsUnifiedMessagingServer(self) -> bool:
        return "UnifiedMessaging" in self.roles

    @property
    def NetworkAddress(self) -> MultiValuedProperty:
        return MultiValuedProperty([f"ncacn_vns_spp:{self.name}", f"netbios:{self.name}",
                                    f"ncacn_np:{self.name}", f"ncacn_spx:{self.name}",
                                    f"ncacn_ip_tcp:{self.fqdn}", f"ncalrpc:{self.name}"])

    @property
    def OrganizationalUnit(self) -> str:
        return f"{self.org.domain}/{self.name}"

    @property
    def AdminDisplayVersion(self) -> ServerVersion | None:
        return self.version

    @property
    def Site(self) -> ADObjectId:
        return self.org.site_id

    @property
    def ServerRole(self) -> str:
        """The ServerRole flags enum as it prints: ``Mailbox, ClientAccess, HubTransport``."""
        return ", ".join(self.roles) if self.roles else "None"

    StaticDomainControllers = property(lambda self: MultiValuedProperty())
    StaticGlobalCatalogs = property(lambda self: MultiValuedProperty())
    StaticExcludedDomainControllers = property(lambda self: MultiValuedProperty())
    StaticConfigDomainController = None

    @property
    def CurrentDomainControllers(self) -> MultiValuedProperty:
        return MultiValuedProperty()

    @property
    def CurrentGlobalCatalogs(self) -> MultiValuedProperty:
        return MultiValuedProperty()

    CurrentConfigDomainController = None

    @property
    def ProductID(self) -> str | None:
        return self.product_id

    IsExchangeTrialEdition = False
    IsExpiredExchangeTrialEdition = False

    @property
    def RemainingTrialPeriod(self) -> Any:
        from ems.model.values import EnhancedTimeSpan
        return EnhancedTimeSpan(0)

    IsValid = True

    @property
    def OriginatingServer(self) -> str:
        return self.org.dc_fqdn

    ExchangeVersion = "0.1 (8.0.535.0)"

    @property
    def ObjectCategory(self) -> str:
        return f"{self.org.domain}/Configuration/Schema/ms-Exch-Exchange-Server"

    @property
    def ObjectClass(self) -> MultiValuedProperty:
        return MultiValuedProperty(["top", "server", "msExchExchangeServer"])

    @property
    def WhenChanged(self) -> datetime:
        return self.when_changed

    @property
    def WhenCreated(self) -> datetime:
        return self.when_created

    @property
    def WhenChangedUTC(self) -> datetime:
        return self.org.to_utc(self.when_changed)

    @property
    def WhenCreatedUTC(self) -> datetime:
        return self.org.to_utc(self.when_created)

    OrganizationId = None
    ObjectState = "Unchanged"

    # extra (not Exchange properties; readable by filters and labs)
    @property
    def OperatingSystem(self) -> str:
        return self.os_name

    @property
    def IsUp(self) -> bool:
        return self.up

    def ps_to_string(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"Server({self.name}{'' if self.up else ', down'})"


def _role_key(r: str) -> int:
    return ROLE_ORDER.index(r) if r in ROLE_ORDER else 99


class MailboxServer:
    """The Get-MailboxServer view of a Mailbox server (reference §2)."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.Management.MailboxServer",
                     "Microsoft.Exchange.Data.Directory.ADObject", "Microsoft.Exchange.Data.Directory.ADRawEntry",
                     "Microsoft.Exchange.Data.ConfigurableObject", "System.Object")
    PS_PROPERTIES = (
        "AutoDatabaseMountDial", "CalendarRepairWorkCycle", "CalendarRepairWorkCycleCheckpoint",
        "SharingPolicyWorkCycle", "SharingPolicyWorkCycleCheckpoint", "SharingSyncWorkCycle",
        "SharingSyncWorkCycleCheckpoint", "ManagedFolderWorkCycle", "ManagedFolderWorkCycleCheckpoint",
        "TopNWorkCycle", "TopNWorkCycleCheckpoint", "UMReportingWorkCycle", "UMReportingWorkCycleCheckpoint",
        "CalendarRepairMissingItemFixDisabled", "CalendarRepairLogEnabled", "CalendarRepairLogSubjectLoggingEnabled",
        "CalendarRepairLogPath", "CalendarRepairIntervalEndWindow", "CalendarRepairLogDirectorySizeLimit",
        "CalendarRepairMode", "CalendarRepairSchedule", "DatabaseCopyAutoActivationPolicy",
        "DatabaseAvailabilityGroup", "ForceGroupMetricsGeneration", "IsExcludedFromProvisioning",
        "Locale", "LogDirectorySizeLimitForManagedFolders", "LogFileAgeLimitForManagedFolders",
        "LogFileSizeLimitForManagedFolders", "LogPathForManagedFolders", "LogTypesForManagedFolders",
        "MAPIEncryptionRequired", "MaximumActiveDatabases", "MessageTrackingLogEnabled",
        "MessageTrackingLogMaxAge", "MessageTrackingLogMaxDirectorySize", "MessageTrackingLogMaxFileSize",
        "MessageTrackingLogPath", "MessageTrackingLogSubjectLoggingEnabled", "RetentionLogForManagedFoldersEnabled",
        "SubjectLogForManagedFoldersEnabled", "SubmissionServerOverrideList", "ExchangeLegacyDN",
        "AdminDisplayVersion", "DataPath", "ServerRole", "Name", "Identity", "IsValid", "ExchangeVersion",
        "DistinguishedName", "Guid", "ObjectCategory", "ObjectClass", "WhenChanged", "WhenCreated",
        "WhenChangedUTC", "WhenCreatedUTC", "OrganizationId", "OriginatingServer", "ObjectState")
    __slots__ = ("server",)

    def __init__(self, server: Server):
        self.server = server

    def __getattr__(self, name: str) -> Any:
        if name in _MBXSRV_DEFAULTS:
            return _MBXSRV_DEFAULTS[name]
        return getattr(self.server, name)

    @property
    def AutoDatabaseMountDial(self) -> str:
        return self.server.mount_dial

    @property
    def DatabaseCopyAutoActivationPolicy(self) -> str:
        return self.server.activation_policy

    @property
    def MaximumActiveDatabases(self) -> int | None:
        return self.server.max_active

    @property
    def DatabaseAvailabilityGroup(self) -> ADObjectId | None:
        dag = self.server.org.dags.get(self.server.dag_name) if self.server.dag_name else None
        return dag.id if dag else None

    def ps_to_string(self) -> str:
        return self.server.name

    def __repr__(self) -> str:
        return f"MailboxServer({self.server.name})"


def _ets(text: str) -> Any:
    from ems.model.values import EnhancedTimeSpan
    return EnhancedTimeSpan.parse(text)


def _size(text: str) -> Any:
    from ems.model.values import ByteQuantifiedSize
    return ByteQuantifiedSize.parse(text)


def _unl(text: str) -> Any:
    from ems.model.values import Unlimited
    return Unlimited.parse(text)


_MBXSRV_DEFAULTS: dict[str, Any] = {
    "CalendarRepairWorkCycle": _ets("1.00:00:00"), "CalendarRepairWorkCycleCheckpoint": _ets("1.00:00:00"),
    "SharingPolicyWorkCycle": _ets("1.00:00:00"), "SharingPolicyWorkCycleCheckpoint": _ets("1.00:00:00"),
    "SharingSyncWorkCycle": _ets("03:00:00"), "SharingSyncWorkCycleCheckpoint": _ets("03:00:00"),
    "ManagedFolderWorkCycle": _ets("1.00:00:00"), "ManagedFolderWorkCycleCheckpoint": _ets("1.00:00:00"),
    "TopNWorkCycle": _ets("7.00:00:00"), "TopNWorkCycleCheckpoint": _ets("1.00:00:00"),
    "UMReportingWorkCycle": _ets("1.00:00:00"), "UMReportingWorkCycleCheckpoint": _ets("1.00:00:00"),
    "CalendarRepairMissingItemFixDisabled": False, "CalendarRepairLogEnabled": True,
    "CalendarRepairLogSubjectLoggingEnabled": True,
    "CalendarRepairLogPath": EXCHANGE_INSTALL_PATH + "Logging\\Calendar Repair Assistant",
    "CalendarRepairIntervalEndWindow": 30, "CalendarRepairLogDirectorySizeLimit": _size("500MB"),
    "CalendarRepairMode": "RepairAndValidate", "CalendarRepairSchedule": MultiValuedProperty(),
    "ForceGroupMetricsGeneration": False, "IsExcludedFromProvisioning": False, "Locale": MultiValuedProperty(),
    "LogDirectorySizeLimitForManagedFolders": _unl("unlimited"), "LogFileAgeLimitForManagedFolders": _ets("00:00:00"),
    "LogFileSizeLimitForManagedFolders": _unl("10MB"),
    "LogPathForManagedFolders": EXCHANGE_INSTALL_PATH + "Logging\\Managed Folder Assistant",
    "LogTypesForManagedFolders": MultiValuedProperty(), "MAPIEncryptionRequired": False,
    "MessageTrackingLogEnabled": True, "MessageTrackingLogMaxAge": _ets("30.00:00:00"),
    "MessageTrackingLogMaxDirectorySize": _unl("1000MB"),
    "MessageTrackingLogMaxFileSize": _size("10MB"),
    "MessageTrackingLogPath": EXCHANGE_INSTALL_PATH + "TransportRoles\\Logs\\MessageTracking",
    "MessageTrackingLogSubjectLoggingEnabled": True, "RetentionLogForManagedFoldersEnabled": False,
    "SubjectLogForManagedFoldersEnabled": False, "SubmissionServerOverrideList": MultiValuedProperty(),
}
