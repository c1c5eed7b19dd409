"""The database availability group (Get-DatabaseAvailabilityGroup, reference §6).

``DatabaseAvailabilityGroup``: name, member servers, witness server/directory, network
settings, the cluster view (``OperationalServers`` and ``PrimaryActiveManager`` are filled
only on the snapshot returned by ``dag.with_status()``, as with ``-Status``).

The Primary Active Manager is the member that owns the cluster group: the first
operational member at start; when it stops being operational the role moves to the next
operational member (``refresh_pam``).
"""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ems.model.values import ADObjectId, MultiValuedProperty

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization


class DatabaseAvailabilityGroup:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.SystemConfiguration.DatabaseAvailabilityGroup",
                     "Microsoft.Exchange.Data.Directory.ADConfigurationObject",
                     "Microsoft.Exchange.Data.Directory.ADObject", "Microsoft.Exchange.Data.Directory.ADRawEntry",
                     "Microsoft.Exchange.Data.ConfigurableObject", "System.Object")
    PS_PROPERTIES = (
        "Name", "Servers", "WitnessServer", "WitnessDirectory", "AlternateWitnessServer",
        "AlternateWitnessDirectory", "NetworkCompression", "NetworkEncryption", "DatacenterActivationMode",
        "StoppedMailboxServers", "StartedMailboxServers", "DatabaseAvailabilityGroupIpv4Addresses",
        "DatabaseAvailabilityGroupIpAddresses", "AllowCrossSiteRpcClientAccess", "OperationalServers",
        "PrimaryActiveManager", "ThirdPartyReplication", "ReplicationPort", "NetworkNames",
        "WitnessShareInUse", "AdminDisplayName", "ExchangeVersion", "DistinguishedName", "Identity", "Guid",
        "ObjectCategory", "ObjectClass", "WhenChanged", "WhenCreated", "WhenChangedUTC", "WhenCreatedUTC",
        "OrganizationId", "OriginatingServer", "IsValid", "ObjectState")
    PS_SETTABLE = ()

    __slots__ = ("org", "name", "guid", "members", "witness_server", "witness_directory", "alt_witness_server",
                 "alt_witness_directory", "network_compression", "network_encryption", "datacenter_activation_mode",
                 "stopped_servers", "ip_addresses", "allow_cross_site_rpc", "replication_port", "pam",
                 "when_created", "when_changed", "status", "networks")

    def __init__(self, org: "Organization", name: str, witness_server: str | None = None,
                 witness_directory: str | None = None, guid: uuid.UUID | None = None):
        self.org = org
        self.name = name
        self.guid = guid or uuid.UUID(int=org.random.getrandbits(128))
        self.members: list[str] = []
        self.witness_server = witness_server
        self.witness_directory = witness_directory
        self.alt_witness_server = None
        self.alt_witness_directory = None
        self.network_compression = "InterSubnetOnly"
        self.network_encryption = "InterSubnetOnly"
        self.datacenter_activation_mode = "Off"
        self.stopped_servers: list[str] = []
        self.ip_addresses: list[str] = []
        self.allow_cross_site_rpc = False
        self.replication_port = 64327
        self.pam: str | None = None
        self.when_created: datetime = org.clock.now()
        self.when_changed: datetime = self.when_created
        self.status = False
        self.networks: list[dict[str, Any]] = [{"name": "MapiDagNetwork", "subnets": ["10.0.0.0/24"],
                                                "replication": True, "ignore": False}]

    @property
    def dn(self) -> str:
        return (f"CN={self.name},CN=Database Availability Groups,CN=Exchange Administrative Group "
                f"(FYDIBOHF23SPDLT),CN=Administrative Groups,CN={self.org.name},CN=Microsoft Exchange,"
                f"CN=Services,CN=Configuration,{self.org.domain_dn}")

    @property
    def id(self) -> ADObjectId:
        return ADObjectId(self.name, self.dn, self.guid)

    def member_servers(self) -> list[Any]:
        return [self.org.servers[m] for m in self.members if m in self.org.servers]

    def operational_members(self) -> list[Any]:
        return [s for s in self.member_servers() if s.is_dag_operational]

    def refresh_pam(self) -> None:
        ops = self.operational_members()
        if self.pam is not None:
            cur = self.org.servers.get(self.pam)
            if cur is not None and cur.is_dag_operational and cur.name in self.members:
                return
        # a paused node (StartDagServerMaintenance: cluster.exe node /pause) does not take the PAM
        candidates = [s for s in ops if not s.cluster_paused] or ops
        self.pam = candidates[0].name if candidates else None

    def with_status(self) -> "DatabaseAvailabilityGroup":
        snap = object.__new__(DatabaseAvailabilityGroup)
        for s in self.__slots__:
            object.__setattr__(snap, s, getattr(self, s))
        snap.status = True
        return snap

    # ------------------------------------------------------------ PS properties
    Name = property(lambda self: self.name)
    Identity = property(lambda self: self.id)
    Guid = property(lambda self: self.guid)
    DistinguishedName = property(lambda self: self.dn)
    AdminDisplayName = property(lambda self: self.name)

    @property
    def Servers(self) -> MultiValuedProperty:
        return MultiValuedProperty(s.id for s in self.member_servers())

    @property
    def WitnessServer(self) -> str | None:
        if self.witness_server is None:
            return None
        return f"{self.witness_server}.{self.org.domain}".lower() if "." not in self.witness_server \
            else self.witness_server.lower()

    WitnessDirectory = property(lambda self: self.witness_directory)
    AlternateWitnessServer = property(lambda self: self.alt_witness_server)
    AlternateWitnessDirectory = property(lambda self: self.alt_witness_directory)
    NetworkCompression = property(lambda self: self.network_compression)
    NetworkEncryption = property(lambda self: self.network_encryption)
    DatacenterActivationMode = property(lambda self: self.datacenter_activation_mode)

    @property
    def StoppedMailboxServers(self) -> MultiValuedProperty:
        return MultiValuedProperty(self.org.servers[s].fqdn for s in self.stopped_servers if s in self.org.servers)

    @property
    def StartedMailboxServers(self) -> MultiValuedProperty:
        return MultiValuedProperty(s.fqdn for s in self.member_servers() if s.name not in self.stopped_servers)

    @property
    def DatabaseAvailabilityGroupIpv4Addresses(self) -> MultiValuedProperty:
        return MultiValuedProperty(self.ip_addresses)

    DatabaseAvailabilityGroupIpAddresses = DatabaseAvailabilityGroupIpv4Addresses
    AllowCrossSiteRpcClientAccess = property(lambda self: self.allow_cross_site_rpc)

    @property
    def OperationalServers(self) -> MultiValuedProperty | None:
        if not self.status:
            return None
        return MultiValuedProperty(s.id for s in self.operational_members())

    @property
    def PrimaryActiveManager(self) -> ADObjectId | None:
        if not self.status:
            return None
        self.refresh_pam()
        srv = self.org.servers.get(self.pam) if self.pam else None
        return srv.id if srv else None

    ThirdPartyReplication = "Disabled"
    ReplicationPort = property(lambda self: self.replication_port)

    @property
    def NetworkNames(self) -> MultiValuedProperty:
        return MultiValuedProperty(n["name"] for n in self.networks)

    @property
    def WitnessShareInUse(self) -> str | None:
        if not self.status:
            return None
        n = len(self.members)
        if n == 0:
            return None
        return "Primary" if n % 2 == 0 else "None"

    ExchangeVersion = "0.10 (14.0.100.0)"
    ObjectCategory = property(lambda self: f"{self.org.domain}/Configuration/Schema/ms-Exch-MDB-Availability-Group")
    ObjectClass = property(lambda self: MultiValuedProperty(["top", "msExchMDBAvailabilityGroup"]))
    WhenChanged = property(lambda self: self.when_changed)
    WhenCreated = property(lambda self: self.when_created)
    WhenChangedUTC = property(lambda self: self.org.to_utc(self.when_changed))
    WhenCreatedUTC = property(lambda self: self.org.to_utc(self.when_created))
    OrganizationId = None
    OriginatingServer = property(lambda self: self.org.dc_fqdn)
    IsValid = True
    ObjectState = "Unchanged"

    def ps_to_string(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"DatabaseAvailabilityGroup({self.name}: {', '.join(self.members)})"


class DatabaseAvailabilityGroupNetwork:
    """Get-DatabaseAvailabilityGroupNetwork output (minimal)."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Management.SystemConfigurationTasks.DatabaseAvailabilityGroupNetwork",
                     "System.Object")
    PS_PROPERTIES = ("Name", "Description", "Subnets", "Interfaces", "MapiAccessEnabled", "ReplicationEnabled",
                     "IgnoreNetwork", "Identity", "IsValid")
    __slots__ = ("dag", "net")

    def __init__(self, dag: DatabaseAvailabilityGroup, net: dict[str, Any]):
        self.dag, self.net = dag, net

    Name = property(lambda self: self.net["name"])
    Description = property(lambda self: self.net.get("description"))
    Subnets = property(lambda self: MultiValuedProperty(f"{{{s},Up}}" for s in self.net.get("subnets", [])))
    Interfaces = property(lambda self: MultiValuedProperty(
        f"{{{s.name},Up,10.0.0.{10 + i}}}" for i, s in enumerate(self.dag.member_servers())))
    MapiAccessEnabled = True
    ReplicationEnabled = property(lambda self: self.net.get("replication", True))
    IgnoreNetwork = property(lambda self: self.net.get("ignore", False))
    Identity = property(lambda self: f"{self.dag.name}\\{self.net['name']}")
    IsValid = True

    def ps_to_string(self) -> str:
        return f"{self.dag.name}\\{self.net['name']}"
