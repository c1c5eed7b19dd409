"""The Organization: the root of the simulated Exchange 2010 organization.

Everything hangs off one ``Organization`` (no module-level state): the clock
(``org.clock``), the seeded random source (``org.random``), the collections
(``org.servers``, ``org.dags``, ``org.databases``, ``org.mailboxes``,
``org.accepted_domains``), Active Manager (``org.am``), the history (``org.history``),
move requests, and ``org.extensions`` where later layers (transport) keep their state.

Operations that change more than one object go through methods here, so Active Manager
and listeners see them: servers (``stop_server``/``start_server``/``restart_computer``/
``shutdown_computer``), services (``stop_service``/``start_service``/``restart_service``),
hotfixes, versions, Mailbox server settings, DAG membership, databases, mailboxes, move
requests. ``org.listeners[event]`` are callbacks other layers register:
``"server_down"(server, crash, lose_transport_database)``, ``"server_up"(server)``,
``"service"(server, name, running)``. ``org.touch()`` bumps ``org.change_count`` (the
host saves ``-State`` files when it moved).
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any, Callable

from ems.model import health
from ems.model.activemanager import ActiveManager
from ems.model.clock import DEFAULT_START, SeededRandom, SimClock
from ems.model.dag import DatabaseAvailabilityGroup
from ems.model.databases import DatabaseCopy, MailboxDatabase
from ems.model.directory import (AcceptedDomain, ADServerSettings, MailboxCollection, NamedCollection,
                                 OrganizationConfig)
from ems.model.errors import (ArgumentError, InvalidOperationError, ModelError, ServerUnavailableError)
from ems.model.history import History
from ems.model.mailboxes import Mailbox, MoveRequest
from ems.model.servers import ACTIVATION_POLICIES, MOUNT_DIAL, HotFix, Server
from ems.model.services import CATALOG, services_for_roles
from ems.model.values import ADObjectId, ServerVersion, Unlimited

BOOT_SECONDS = 150  # a restart takes two and a half minutes of simulated time


class Organization:
    def __init__(self, name: str = "First Organization", domain: str = "contoso.com", netbios: str = "CONTOSO",
                 site: str = "Default-First-Site-Name", domain_controller: str = "DC01",
                 start: datetime = DEFAULT_START, seed: int = 2010, utc_offset_hours: int = -8):
        self.clock = SimClock(start)
        self.random = SeededRandom(seed)
        self.name = name
        self.domain = domain
        self.netbios = netbios
        self.site = site
        self.domain_controller = domain_controller
        self.utc_offset_hours = utc_offset_hours
        # The computer the Exchange Management Shell console runs on when a session starts
        # ($env:COMPUTERNAME): commands that act "on this computer" act there.
        self.computer_name: str | None = None
        self.guid = uuid.UUID(int=self.random.getrandbits(128))
        self.created = start - timedelta(days=120)
        self.servers: NamedCollection[Server] = NamedCollection()
        self.dags: NamedCollection[DatabaseAvailabilityGroup] = NamedCollection()
        self.databases: NamedCollection[MailboxDatabase] = NamedCollection()
        self.mailboxes = MailboxCollection()
        self.accepted_domains: NamedCollection[AcceptedDomain] = NamedCollection()
        self.move_requests: dict[str, MoveRequest] = {}
        # users whose mailbox was disabled (Disable-Mailbox): lower-case name -> Mailbox object kept
        # as the user's record (Get-User shows them as RecipientTypeDetails "User")
        self.disabled_users: dict[str, Mailbox] = {}
        self.history = History()
        self.am = ActiveManager(self)
        self.config = OrganizationConfig(self)
        self.ad_server_settings = ADServerSettings(self)
        self.listeners: dict[str, list[Callable[..., Any]]] = {"server_down": [], "server_up": [], "service": []}
        self.extensions: dict[str, Any] = {}
        self.change_count = 0
        self.clock.on_advance = self.touch
        self.site_of_server: dict[str, str] = {}

    # ================================================================ basics
    def touch(self) -> None:
        self.change_count += 1

    @property
    def dc_fqdn(self) -> str:
        return f"{self.domain_controller}.{self.domain}"

    @property
    def domain_dn(self) -> str:
        return ",".join(f"DC={p}" for p in self.domain.split("."))

    @property
    def site_id(self) -> ADObjectId:
        return ADObjectId(f"{self.domain}/Configuration/Sites/{self.site}",
                          f"CN={self.site},CN=Sites,CN=Configuration,{self.domain_dn}",
                          display=f"{self.domain}/Configuration/Sites/{self.site}")

    def to_utc(self, t: datetime | None) -> datetime | None:
        return None if t is None else t - timedelta(hours=self.utc_offset_hours)

    def site_of(self, server: Server) -> str:
        return self.site_of_server.get(server.name.lower(), self.site)

    def dag_of(self, server: Server) -> DatabaseAvailabilityGroup | None:
        return self.dags.get(server.dag_name) if server.dag_name else None

    def exchange_servers(self) -> list[Server]:
        return [s for s in self.servers if s.exchange]

    def rpc_client_access_server(self, db: MailboxDatabase) -> str | None:
        cas = [s for s in self.servers if s.exchange and s.has_role("ClientAccess")]
        return cas[0].fqdn if cas else None

    def mrs_server_name(self) -> str | None:
        cas = [s for s in self.servers if s.exchange and s.has_role("ClientAccess") and s.up]
        return cas[0].fqdn if cas else None

    def emit(self, event: str, *args: Any) -> None:
        for fn in list(self.listeners.get(event, ())):
            fn(*args)

    def advance(self, delta: timedelta | float) -> int:
        """Move simulated time forward (Step-LabClock), running what falls due."""
        return self.clock.advance(delta)

    # ================================================================ construction helpers (load / generate)
    def add_server(self, name: str, roles: list[str] | None = None, exchange: bool = True, **kw: Any) -> Server:
        if name in self.servers:
            raise InvalidOperationError(f"The server '{name}' already exists.", target=name)
        srv = Server(self, name, roles, exchange, **kw)
        for svc in services_for_roles(srv.roles if exchange else []):
            srv.add_service(svc)
        self.servers.add(srv)
        return srv

    def add_dag(self, name: str, witness_server: str | None = None, witness_directory: str | None = None,
                **kw: Any) -> DatabaseAvailabilityGroup:
        dag = DatabaseAvailabilityGroup(self, name, witness_server, witness_directory, **kw)
        self.dags.add(dag)
        return dag

    def add_database(self, name: str, copies: list[tuple[str, int]], active: str | None = None,
                     mounted: bool = True, **kw: Any) -> MailboxDatabase:
        """Create a database with copies [(server, preference)], active on ``active`` (default
        the preference-1 copy), used by load/generate (no seeding)."""
        if name in self.databases:
            raise InvalidOperationError(f"The database '{name}' already exists.", target=name)
        ordered = sorted(copies, key=lambda c: c[1])
        db = MailboxDatabase(self, name, master_server=ordered[0][0], **kw)
        for sname, pref in ordered:
            srv = self.servers[sname]
            c = DatabaseCopy(db, srv.name, pref)
            db.copy_list.append(c)
            srv.copies[name.lower()] = c
        db.renumber_preferences()
        self.am.set_active(db, active or ordered[0][0])
        srv = self.servers[db.active_server]
        db.mount_state = "Mounted" if mounted and srv.store_running else "Dismounted"
        db.log_prefix = f"E{len(self.databases):02X}"[-3:] if len(self.databases) < 256 else "E00"
        self.databases.add(db)
        self.am.note_availability(db)
        return db

    # ================================================================ servers and computers
    def require_up(self, server: Server) -> None:
        if not server.up:
            raise ServerUnavailableError(
                f"The RPC server is unavailable. (Exception from HRESULT: 0x800706BA) Computer: {server.name}.",
                target=server.name)

    def stop_server(self, server: Server, crash: bool = True, lose_transport_database: bool = False,
                    reason: str | None = None) -> None:
        """Stop-LabServer (crash) or a shutdown (``crash=False``)."""
        if not server.up:
            return
        now = self.clock.now()
        server.up = False
        self.history.add(now, "ServerCrash" if crash else "ServerShutdown", server.name, None, not crash,
                         reason=reason or ("crash" if crash else "shutdown"),
                         lose_transport_database=lose_transport_database)
        self.am.server_down(server, reason or (f"{server.name} failed" if crash else f"{server.name} shut down"))
        self.emit("server_down", server, crash, lose_transport_database)
        self.touch()

    def start_server(self, server: Server) -> None:
        """Start-LabServer / end of a reboot: pending hotfixes finish, automatic services start."""
        if server.up:
            return
        now = self.clock.now()
        server.up = True
        server.boot_time = now
        for kb, hf in list(server.pending_hotfixes.items()):
            hf.InstalledOn = now
            server.hotfixes[kb] = hf
        server.pending_hotfixes.clear()
        server.pending_reboot = False
        for svc in server.services.values():
            svc.running = svc.start_type == "Automatic"
        if server.extra.get("disabled_services"):
            for n in server.extra["disabled_services"]:
                s = server.service(n)
                if s is not None:
                    s.running = False
        self.history.add(now, "ServerStart", server.name, None, True)
        self.am.server_up(server)
        self.emit("server_up", server)
        self.touch()

    def restart_computer(self, server: Server, boot_seconds: float = BOOT_SECONDS) -> None:
        """Restart-Computer: a clean shutdown now, back up after ``boot_seconds``."""
        self.require_up(server)
        self.stop_server(server, crash=False, reason="Restart-Computer")
        self.clock.schedule_in(boot_seconds, self.start_server, server)

    def shutdown_computer(self, server: Server) -> None:
        self.require_up(server)
        self.stop_server(server, crash=False, reason="Stop-Computer")

    def ping(self, server: Server) -> bool:
        return server.up

    # ================================================================ services
    def _service(self, server: Server, name: str) -> Any:
        self.require_up(server)
        svc = server.service(name)
        if svc is None:
            raise InvalidOperationError(
                f"Cannot find any service with service name '{name}'.",
                dotnet_type="Microsoft.PowerShell.Commands.ServiceCommandException", error_id="NoServiceFoundForGivenName",
                target=name)
        return svc

    def stop_service(self, server: Server, name: str, force: bool = False) -> list[str]:
        """Stop-Service. Returns the names stopped (dependents first when ``force``)."""
        svc = self._service(server, name)
        running_deps = [d for d in svc.DependentServices if d.running]
        if running_deps and not force:
            raise InvalidOperationError(
                f"Cannot stop service '{svc.DisplayName} ({svc.Name})' because it has dependent services. "
                f"It can only be stopped if the Force flag is set.",
                dotnet_type="Microsoft.PowerShell.Commands.ServiceCommandException",
                error_id="ServiceHasDependentServices", target=svc.Name)
        stopped: list[str] = []
        self._stop_tree(svc, stopped)
        self.touch()
        return stopped

    def _stop_tree(self, svc: Any, stopped: list[str]) -> None:
        for d in svc.DependentServices:
            if d.running:
                self._stop_tree(d, stopped)
        if svc.running:
            svc.running = False
            stopped.append(svc.Name)
            self.history.add(self.clock.now(), "ServiceStop", svc.server.name, None, True, service=svc.Name)
            self.am.service_changed(svc.server, svc.Name, False)
            self.emit("service", svc.server, svc.Name, False)

    def start_service(self, server: Server, name: str) -> list[str]:
        """Start-Service (starts the services it depends on first)."""
        svc = self._service(server, name)
        if svc.start_type == "Disabled":
            raise InvalidOperationError(
                f"Service '{svc.DisplayName} ({svc.Name})' cannot be started due to the following error: "
                f"Cannot start service {svc.Name} on computer '.'.",
                dotnet_type="Microsoft.PowerShell.Commands.ServiceCommandException",
                error_id="CouldNotStartService", target=svc.Name)
        started: list[str] = []
        self._start_tree(svc, started)
        self.touch()
        return started

    def _start_tree(self, svc: Any, started: list[str]) -> None:
        for d in svc.ServicesDependedOn:
            if not d.running:
                self._start_tree(d, started)
        if not svc.running:
            svc.running = True
            started.append(svc.Name)
            self.history.add(self.clock.now(), "ServiceStart", svc.server.name, None, True, service=svc.Name)
            self.am.service_changed(svc.server, svc.Name, True)
            self.emit("service", svc.server, svc.Name, True)

    def restart_service(self, server: Server, name: str, force: bool = False) -> None:
        svc = self._service(server, name)
        deps = [d.Name for d in svc.DependentServices if d.running]
        self.stop_service(server, name, force=force)
        self.start_service(server, name)
        for d in deps:
            self.start_service(server, d)

    def exchange_services(self, server: Server) -> list[str]:
        """Names of the Exchange services installed on ``server`` (MSExchange*, ADAM_MSExchange...)."""
        from ems.model.services import is_exchange_service
        return [s.Name for s in server.services.values() if is_exchange_service(s.Name)]

    def stop_exchange_services(self, server: Server) -> list[str]:
        """Stop every running Exchange service (what setup does before it upgrades a server).
        Databases still active there fail over (an outage in the history)."""
        stopped: list[str] = []
        for name in self.exchange_services(server):
            svc = server.service(name)
            if svc is not None and svc.running:
                stopped.extend(self.stop_service(server, name, force=True))
        return stopped

    def start_exchange_services(self, server: Server) -> list[str]:
        """Start the Exchange services whose start type is Automatic."""
        started: list[str] = []
        for name in self.exchange_services(server):
            svc = server.service(name)
            if svc is not None and not svc.running and svc.start_type == "Automatic":
                started.extend(self.start_service(server, name))
        return started

    def set_service_start_type(self, server: Server, name: str, start_type: str) -> None:
        svc = self._service(server, name)
        if start_type not in ("Automatic", "Manual", "Disabled"):
            raise ArgumentError(f"Cannot convert value \"{start_type}\" to type "
                                f"\"System.ServiceProcess.ServiceStartMode\".")
        svc.start_type = start_type
        self.touch()

    # ================================================================ hotfixes, versions, products
    def install_hotfix(self, server: Server, kb: str, description: str = "Update", needs_restart: bool = True,
                       installed_by: str | None = None) -> HotFix:
        self.require_up(server)
        kb = kb.upper() if kb.upper().startswith("KB") else f"KB{kb}"
        hf = HotFix(kb, description, installed_by or f"{self.netbios}\\Administrator", self.clock.now(),
                    server.name, needs_restart)
        if needs_restart:
            server.pending_hotfixes[kb] = hf
            server.pending_reboot = True
        else:
            server.hotfixes[kb] = hf
        self.history.add(self.clock.now(), "HotfixInstalled", server.name, None, True, hotfix=kb,
                         pending_restart=needs_restart)
        self.touch()
        return hf

    def uninstall_hotfix(self, server: Server, kb: str, needs_restart: bool = False) -> bool:
        self.require_up(server)
        kb = kb.upper() if kb.upper().startswith("KB") else f"KB{kb}"
        found = server.hotfixes.pop(kb, None) or server.pending_hotfixes.pop(kb, None)
        if found is None:
            return False
        if needs_restart:
            server.pending_reboot = True
        self.history.add(self.clock.now(), "HotfixRemoved", server.name, None, True, hotfix=kb)
        self.touch()
        return True

    def has_hotfix(self, server: Server, kb: str) -> bool:
        kb = kb.upper() if kb.upper().startswith("KB") else f"KB{kb}"
        return kb in server.hotfixes

    def set_server_version(self, server: Server, version: str | ServerVersion) -> None:
        old = server.version
        server.version = ServerVersion.parse(version)
        server.when_changed = self.clock.now()
        self.history.add(self.clock.now(), "VersionChanged", server.name, None, True,
                         old=str(old), new=str(server.version))
        self.touch()

    # ================================================================ Mailbox server settings
    def set_mailbox_server(self, server: Server, activation_policy: str | None = None,
                           mount_dial: str | None = None, max_active: int | None | str = "keep") -> None:
        if activation_policy is not None:
            pol = next((p for p in ACTIVATION_POLICIES if p.lower() == str(activation_policy).lower()), None)
            if pol is None:
                raise ArgumentError(
                    f"Cannot convert value \"{activation_policy}\" to type \"Microsoft.Exchange.Data.Directory."
                    f"SystemConfiguration.DatabaseCopyAutoActivationPolicyType\" due to invalid enumeration values. "
                    f"Specify one of the following enumeration values and try again. The possible enumeration "
                    f"values are \"Unrestricted, IntrasiteOnly, Blocked\".")
            server.activation_policy = pol
        if mount_dial is not None:
            d = next((p for p in MOUNT_DIAL if p.lower() == str(mount_dial).lower()), None)
            if d is None:
                raise ArgumentError(
                    f"Cannot convert value \"{mount_dial}\" to type \"Microsoft.Exchange.Data.Directory."
                    f"SystemConfiguration.AutoDatabaseMountDial\" due to invalid enumeration values. Specify one "
                    f"of the following enumeration values and try again. The possible enumeration values are "
                    f"\"Lossless, GoodAvailability, BestAvailability\".")
            server.mount_dial = d
        if max_active != "keep":
            server.max_active = None if max_active is None else int(max_active)  # type: ignore[arg-type]
        server.when_changed = self.clock.now()
        self.am.recover_all()
        self.touch()

    # ================================================================ DAG
    def new_dag(self, name: str, witness_server: str | None = None, witness_directory: str | None = None) -> DatabaseAvailabilityGroup:
        if name in self.dags:
            raise InvalidOperationError(f"Database availability group '{name}' already exists.", target=name)
        dag = self.add_dag(name, witness_server, witness_directory)
        self.touch()
        return dag

    def add_dag_member(self, dag: DatabaseAvailabilityGroup, server: Server) -> None:
        if not server.has_role("Mailbox"):
            raise InvalidOperationError(
                f"Server '{server.name}' doesn't have the Mailbox server role installed.", target=server.name)
        if server.dag_name is not None:
            raise InvalidOperationError(
                f"Server '{server.name}' is already a member of database availability group '{server.dag_name}'.",
                target=server.name)
        self.require_up(server)
        server.dag_name = dag.name
        dag.members.append(server.name)
        if server.service("ClusSvc") is None:
            server.add_service("ClusSvc", True)
        dag.refresh_pam()
        self.touch()

    def remove_dag_member(self, dag: DatabaseAvailabilityGroup, server: Server) -> None:
        if any(c.db.replicated for c in server.copies.values()):
            raise InvalidOperationError(
                f"Server '{server.name}' can't be removed from database availability group '{dag.name}' because "
                f"it still hosts replicated database copies. Remove the copies first.", target=server.name)
        dag.members = [m for m in dag.members if m.lower() != server.name.lower()]
        server.dag_name = None
        svc = server.service("ClusSvc")
        if svc is not None:
            svc.running = False
            svc.start_type = "Disabled"
        dag.refresh_pam()
        self.touch()

    def remove_dag(self, dag: DatabaseAvailabilityGroup) -> None:
        if dag.members:
            raise InvalidOperationError(
                f"The database availability group '{dag.name}' can't be removed because it still has member "
                f"servers.", target=dag.name)
        self.dags.remove(dag)
        self.touch()

    def set_dag(self, dag: DatabaseAvailabilityGroup, **fields: Any) -> None:
        """Set-DatabaseAvailabilityGroup: keyword names are the PowerShell parameter names
        (WitnessServer, WitnessDirectory, AlternateWitnessServer, AlternateWitnessDirectory,
        NetworkCompression, NetworkEncryption, DatacenterActivationMode, ReplicationPort,
        DatabaseAvailabilityGroupIpAddresses, AllowCrossSiteRpcClientAccess)."""
        enums = {"NetworkCompression": ("Disabled", "Enabled", "InterSubnetOnly", "SeedOnly"),
                 "NetworkEncryption": ("Disabled", "Enabled", "InterSubnetOnly", "SeedOnly"),
                 "DatacenterActivationMode": ("Off", "DagOnly")}
        attrs = {"WitnessServer": "witness_server", "WitnessDirectory": "witness_directory",
                 "AlternateWitnessServer": "alt_witness_server", "AlternateWitnessDirectory": "alt_witness_directory",
                 "NetworkCompression": "network_compression", "NetworkEncryption": "network_encryption",
                 "DatacenterActivationMode": "datacenter_activation_mode", "ReplicationPort": "replication_port",
                 "DatabaseAvailabilityGroupIpAddresses": "ip_addresses",
                 "AllowCrossSiteRpcClientAccess": "allow_cross_site_rpc"}
        for k, v in fields.items():
            if k not in attrs:
                raise ArgumentError(f"A parameter cannot be found that matches parameter name '{k}'.")
            if k in enums:
                val = next((e for e in enums[k] if e.lower() == str(v).lower()), None)
                if val is None:
                    raise ArgumentError(f"Cannot convert value \"{v}\" to type \"{k}\" due to invalid enumeration "
                                        f"values. Specify one of the following enumeration values and try again. "
                                        f"The possible enumeration values are \"{', '.join(enums[k])}\".")
                v = val
            if k == "ReplicationPort":
                v = int(v)
            if k == "DatabaseAvailabilityGroupIpAddresses":
                v = [str(x) for x in (v if isinstance(v, (list, tuple)) else [v])]
            setattr(dag, attrs[k], v)
        dag.when_changed = self.clock.now()
        self.touch()

    def pause_cluster_node(self, server: Server, paused: bool = True) -> None:
        """cluster.exe node X /pause (/resume): a paused node keeps its copies but does not take
        the Primary Active Manager role; pausing the PAM moves the role to another node."""
        server.cluster_paused = paused
        dag = self.dag_of(server)
        if dag is not None and paused and dag.pam == server.name:
            self.move_pam(dag)
        self.touch()

    def move_pam(self, dag: DatabaseAvailabilityGroup, target: Server | None = None) -> str | None:
        """cluster.exe group "Cluster Group" /move[:node]: move the Primary Active Manager role."""
        ops = [s for s in dag.operational_members() if s.name != dag.pam]
        if target is not None:
            if target not in ops:
                raise InvalidOperationError(
                    f"The cluster group can't be moved to node '{target.name}': the node is not up or is "
                    f"already the owner.", target=target.name)
            dag.pam = target.name
        else:
            unpaused = [s for s in ops if not s.cluster_paused]
            if unpaused or ops:
                dag.pam = (unpaused or ops)[0].name
        self.touch()
        return dag.pam

    def stop_dag_servers(self, dag: DatabaseAvailabilityGroup, servers: list[Server]) -> None:
        """Stop-DatabaseAvailabilityGroup -MailboxServer: mark members stopped (datacenter switchover)."""
        for s in servers:
            if s.name not in dag.stopped_servers:
                dag.stopped_servers.append(s.name)
        self.touch()

    def start_dag_servers(self, dag: DatabaseAvailabilityGroup, servers: list[Server]) -> None:
        names = {s.name.lower() for s in servers}
        dag.stopped_servers = [n for n in dag.stopped_servers if n.lower() not in names]
        self.am.recover_all()
        self.touch()

    # ================================================================ databases
    def new_mailbox_database(self, name: str, server: Server, edb_path: str | None = None,
                             log_path: str | None = None) -> MailboxDatabase:
        if name in self.databases:
            raise InvalidOperationError(
                f"Active Directory operation failed on {self.dc_fqdn}. The object 'CN={name},CN=Databases,...' "
                f"already exists.", target=name)
        if not server.has_role("Mailbox"):
            raise InvalidOperationError(
                f"Server '{server.name}' doesn't have the Mailbox server role installed.", target=server.name)
        db = self.add_database(name, [(server.name, 1)], mounted=False)
        if edb_path:
            db.edb_path = edb_path
        if log_path:
            db.log_path = log_path
        db.admin_dismounted = True  # a new database is created dismounted
        self.am.note_availability(db)
        self.touch()
        return db

    def set_database(self, db: MailboxDatabase, **fields: Any) -> None:
        """Set-MailboxDatabase: IssueWarningQuota, ProhibitSendQuota, ProhibitSendReceiveQuota,
        RecoverableItemsQuota, RecoverableItemsWarningQuota (sizes or 'unlimited'),
        DeletedItemRetention, MailboxRetention (time spans), CircularLoggingEnabled, MountAtStartup,
        IndexEnabled, RetainDeletedItemsUntilBackup, Description, Name."""
        from ems.model.values import EnhancedTimeSpan
        sizes = {"IssueWarningQuota": "issue_warning", "ProhibitSendQuota": "prohibit_send",
                 "ProhibitSendReceiveQuota": "prohibit_send_receive", "RecoverableItemsQuota": "recoverable_quota",
                 "RecoverableItemsWarningQuota": "recoverable_warning"}
        spans = {"DeletedItemRetention": "deleted_item_retention", "MailboxRetention": "mailbox_retention"}
        flags = {"CircularLoggingEnabled": "circular_logging", "MountAtStartup": "mount_at_startup",
                 "IndexEnabled": "index_enabled", "RetainDeletedItemsUntilBackup": "retain_until_backup",
                 "IsExcludedFromProvisioning": "excluded_from_provisioning",
                 "IsSuspendedFromProvisioning": "suspended_from_provisioning"}
        for k, v in fields.items():
            if k in sizes:
                setattr(db, sizes[k], Unlimited.parse(v))
            elif k in spans:
                setattr(db, spans[k], EnhancedTimeSpan.parse(v))
            elif k in flags:
                setattr(db, flags[k], bool(v))
            elif k == "Description":
                db.description = v
            elif k == "Name":
                if str(v).lower() != db.name.lower() and v in self.databases:
                    raise InvalidOperationError(f"The database '{v}' already exists.", target=v)
                old = db.name
                for c in db.copy_list:
                    c.server.copies.pop(old.lower(), None)
                self.databases.rename(db, str(v))
                for c in db.copy_list:
                    c.server.copies[db.name.lower()] = c
                for m in db.mailboxes.values():
                    m.db_name = db.name
                self.am.forget_database(db)
                self.am.note_availability(db)
            else:
                raise ArgumentError(f"A parameter cannot be found that matches parameter name '{k}'.")
        db.when_changed = self.clock.now()
        self.touch()

    def remove_mailbox_database(self, db: MailboxDatabase) -> None:
        if db.mailboxes:
            raise InvalidOperationError(
                f"This mailbox database contains one or more mailboxes, mailbox plans, archive mailboxes, or "
                f"arbitration mailboxes. To get a list of all mailboxes in this database, run the command "
                f"Get-Mailbox -Database <Database ID>.", target=db.name)
        if len(db.copy_list) > 1:
            raise InvalidOperationError(
                f"Database '{db.name}' has multiple copies. Remove the other copies with "
                f"Remove-MailboxDatabaseCopy before removing the database.", target=db.name)
        for c in db.copy_list:
            c.server.copies.pop(db.name.lower(), None)
            self.am._cancel_timer(c)
        self.databases.remove(db)
        self.am.forget_database(db)
        self.touch()

    # ================================================================ mailboxes
    def new_mailbox(self, name: str, database: MailboxDatabase, alias: str | None = None,
                    display_name: str | None = None, smtp: str | None = None, item_count: int = 0,
                    total_size: int = 0, recipient_type_details: str = "UserMailbox",
                    first_name: str = "", last_name: str = "", upn: str | None = None) -> Mailbox:
        if name in self.mailboxes:
            raise InvalidOperationError(
                f"The name \"{name}\" is already being used. Please try another name.", target=name)
        alias = alias or name.replace(" ", "")
        if self.mailboxes.by_alias(alias) is not None:
            raise InvalidOperationError(
                f"The alias \"{alias}\" is already being used. Please try another alias.", target=alias)
        mbx = Mailbox(self, name, database.name, alias, display_name, smtp, item_count=item_count,
                      total_size=total_size, recipient_type_details=recipient_type_details)
        mbx.first_name, mbx.last_name = first_name, last_name
        if upn:
            mbx.upn = upn
        if self.mailboxes.by_address(mbx.smtp) is not None:
            raise InvalidOperationError(
                f"The proxy address \"SMTP:{mbx.smtp}\" is already being used by another recipient. "
                f"Please choose another proxy address.", target=mbx.smtp)
        self.mailboxes.add(mbx)
        database.recompute_log_rate()
        self.touch()
        return mbx

    def remove_mailbox(self, mbx: Mailbox) -> None:
        db = mbx.database
        self.mailboxes.remove(mbx)
        self.move_requests.pop(mbx.name.lower(), None)
        db.recompute_log_rate()
        self.touch()

    def disable_mailbox(self, mbx: Mailbox) -> None:
        """Disable-Mailbox: the mailbox is disconnected, the user account stays."""
        db = mbx.database
        self.mailboxes.remove(mbx)
        if mbx.move_request is not None:
            self.remove_move_request(mbx.move_request)
        mbx.disconnect_date = self.clock.now()
        self.disabled_users[mbx.name.lower()] = mbx
        db.recompute_log_rate()
        self.touch()

    def enable_mailbox(self, name: str, database: MailboxDatabase, alias: str | None = None) -> Mailbox:
        """Enable-Mailbox for a user without a mailbox (one disabled before, or a new user name)."""
        old = self.disabled_users.pop(name.lower(), None)
        if old is None:
            return self.new_mailbox(name, database, alias=alias)
        mbx = self.new_mailbox(old.name, database, alias=alias or old.alias, display_name=old.display_name,
                               smtp=old.smtp, first_name=old.first_name, last_name=old.last_name, upn=old.upn)
        return mbx

    def set_mailbox_quotas(self, mbx: Mailbox, issue_warning: Any = None, prohibit_send: Any = None,
                           prohibit_send_receive: Any = None, use_database_quota_defaults: bool | None = None) -> None:
        for which, v in (("IssueWarningQuota", issue_warning), ("ProhibitSendQuota", prohibit_send),
                         ("ProhibitSendReceiveQuota", prohibit_send_receive)):
            if v is not None:
                mbx.set_quota(which, Unlimited.parse(v))
        if use_database_quota_defaults is not None:
            mbx.use_db_quota_defaults = bool(use_database_quota_defaults)
        self.touch()

    def deliver(self, mbx: Mailbox, size: int, message_id: str | None = None) -> bool:
        """Put a message in a mailbox (transport's final hop). False when it is a duplicate
        (same Internet message id already delivered: the store's duplicate detection)."""
        if message_id is not None:
            if mbx.received_ids is None:
                mbx.received_ids = set()
            if message_id in mbx.received_ids:
                return False
            mbx.received_ids.add(message_id)
        mbx.item_count += 1
        mbx.total_size += int(size)
        db = mbx.database
        db.add_logs(max(1, int(size) >> 20))
        self.touch()
        return True

    # ================================================================ move requests
    def new_move_request(self, mbx: Mailbox, target: MailboxDatabase, batch_name: str | None = None,
                         suspend: bool = False, suspend_when_ready: bool = False) -> MoveRequest:
        key = mbx.name.lower()
        if key in self.move_requests:
            raise InvalidOperationError(
                f"The user '{mbx.canonical_name}' already has a move request. To create a new move request, "
                f"remove the existing one with Remove-MoveRequest.", target=mbx.name)
        if mbx.db_name.lower() == target.name.lower():
            raise InvalidOperationError(
                f"The mailbox '{mbx.canonical_name}' is already in the target database '{target.name}'.",
                target=mbx.name)
        mr = MoveRequest(mbx, target, batch_name, self.clock.now(), suspend, suspend_when_ready)
        self.move_requests[key] = mr
        mbx.move_request = mr
        self._schedule_move(mr)
        self.touch()
        return mr

    def _schedule_move(self, mr: MoveRequest) -> None:
        if mr._done or mr.suspended or mr.suspend_when_ready or mr.failed:
            return
        mr.event = self.clock.schedule(mr.finish_time(), self._complete_move, mr)

    def _restore_move(self, mr: MoveRequest) -> None:
        self._complete_move(mr)

    def _complete_move(self, mr: MoveRequest) -> None:
        if mr._done or mr.suspended or mr.suspend_when_ready or self.move_requests.get(mr.mailbox.name.lower()) is not mr:
            return
        tgt = mr.target_db
        if not tgt.is_mounted or not mr.source_db.is_mounted:
            # the store is not reachable: Mailbox Replication retries a minute later
            mr.event = self.clock.schedule_in(60, self._complete_move, mr)
            return
        mbx = mr.mailbox
        old = mbx.database
        self.mailboxes.move(mbx, tgt.name)
        old.recompute_log_rate()
        tgt.recompute_log_rate()
        tgt.add_logs(max(1, mr.size >> 20))
        mr._done = True
        mr.completed_at = self.clock.now()
        self.history.add(mr.completed_at, "MoveCompleted", None, tgt.name, True, mailbox=mbx.name,
                         source=old.name)

    def set_move_request_suspended(self, mr: MoveRequest, suspended: bool) -> None:
        if mr._done:
            raise InvalidOperationError(
                f"The move request for '{mr.mailbox.canonical_name}' has already completed.", target=mr.mailbox.name)
        if suspended and not mr.suspended:
            mr.suspended = True
            mr.suspended_at = self.clock.now()
            if mr.event is not None:
                mr.event.cancel()
        elif not suspended and (mr.suspended or mr.suspend_when_ready):
            if mr.suspended and mr.suspended_at is not None:
                mr.queued_at += self.clock.now() - mr.suspended_at
            mr.suspended = False
            mr.suspended_at = None
            mr.suspend_when_ready = False
            self._schedule_move(mr)
        self.touch()

    def remove_move_request(self, mr: MoveRequest) -> None:
        if mr.event is not None:
            mr.event.cancel()
        self.move_requests.pop(mr.mailbox.name.lower(), None)
        mr.mailbox.move_request = None
        self.touch()

    # ================================================================ health tests
    def test_replication_health(self, server: Server) -> list[Any]:
        return health.test_replication_health(self, server)

    def test_service_health(self, server: Server) -> list[Any]:
        return health.test_service_health(self, server)

    # ================================================================ copy status
    def copy_status(self, server: Server | None = None, database: MailboxDatabase | None = None,
                    active_only: bool = False) -> list[Any]:
        """Get-MailboxDatabaseCopyStatus entries (-Server or -Identity DB), ordered by
        database then activation preference."""
        if database is not None:
            copies = list(database.copy_list)
        elif server is not None:
            copies = sorted(server.copies.values(), key=lambda c: c.db.name.lower())
        else:
            copies = [c for db in self.databases for c in db.copy_list]
        if active_only:
            copies = [c for c in copies if c.is_active]
        return [c.status_entry() for c in copies]

    def __repr__(self) -> str:
        return (f"Organization({self.name!r}: {len(self.servers)} computers, {len(self.databases)} databases, "
                f"{len(self.mailboxes)} mailboxes)")


__all__ = ["Organization", "ModelError", "CATALOG"]
