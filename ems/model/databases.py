"""Mailbox databases, their copies, and the copy status snapshots.

``MailboxDatabase``: one database (Get-MailboxDatabase object, reference §3). State:
``copies`` (ordered by activation preference), ``active_server`` (the server holding the
active copy — exactly one, always), ``mount_state`` (Mounted / Dismounted / Mounting /
Dismounting), ``admin_dismounted`` (dismounted by an administrator: Active Manager leaves
it alone), quotas, log generation. The ``-Status`` properties (Mounted, MountedOnServer,
DatabaseSize...) are filled in a copy returned by ``db.with_status()``.

Log generation is computed lazily: while mounted the active copy generates
``log_rate`` logs per hour (from its mailbox count; transport adds more through
``db.add_logs(n)``); ``db.generation(now)`` is the last log generated.

``DatabaseCopy``: one copy (AD ``DatabaseCopy``, reference §4) plus the replication state
that Active Manager drives (``state``, activation suspension, queues). Its display
``Status`` is derived: the active copy shows the mount state; a copy whose server or
Replication service is down shows ServiceDown. ``copy.status_entry()`` builds the
``DatabaseCopyStatusEntry`` snapshot that Get-MailboxDatabaseCopyStatus returns.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ems.model.values import (ADObjectId, ByteQuantifiedSize, EnhancedTimeSpan, KeyValuePair,
                              MultiValuedProperty, Unlimited)

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization
    from ems.model.servers import Server

# Passive copy states Active Manager drives (CopyStatus enum names, reference §5).
PASSIVE_STATES = ("Healthy", "Initializing", "Resynchronizing", "Seeding", "Suspended",
                  "FailedAndSuspended", "Failed", "SeedingSource")
# "possibly healthy" states a copy may be activated from (2010 best-copy selection)
ACTIVATABLE_STATES = ("Healthy", "DisconnectedAndHealthy", "DisconnectedAndResynchronizing", "SeedingSource")

# Exchange 2010 database quota defaults (cmdlets.json, Set-MailboxDatabase): they print
# 1.899 GB (2,039,480,320 bytes), 2 GB (2,147,483,648 bytes) and 2.3 GB (2,469,396,480 bytes).
DEFAULT_ISSUE_WARNING = 2_039_480_320
DEFAULT_PROHIBIT_SEND = 2_147_483_648
DEFAULT_PROHIBIT_SEND_RECEIVE = 2_469_396_480


def _bqs(n: int) -> ByteQuantifiedSize:
    return ByteQuantifiedSize(n)


class MailboxDatabase:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.SystemConfiguration.MailboxDatabase",
                     "Microsoft.Exchange.Data.Directory.SystemConfiguration.Database",
                     "Microsoft.Exchange.Data.Directory.ADLegacyVersionableObject",
                     "Microsoft.Exchange.Data.Directory.ADConfigurationObject",
                     "Microsoft.Exchange.Data.Directory.ADObject", "Microsoft.Exchange.Data.Directory.ADRawEntry",
                     "Microsoft.Exchange.Data.ConfigurableObject", "System.Object")
    PS_PROPERTIES = (
        "JournalRecipient", "MailboxRetention", "OfflineAddressBook", "OriginalDatabase", "PublicFolderDatabase",
        "ProhibitSendReceiveQuota", "Recovery", "ProhibitSendQuota", "IndexEnabled", "IsExcludedFromProvisioning",
        "IsSuspendedFromProvisioning", "DumpsterStatistics", "DumpsterServersNotAvailable", "AdminDisplayName",
        "AllowFileRestore", "BackgroundDatabaseMaintenance", "BackupInProgress", "DatabaseCopies", "DelayDataLoss",
        "Description", "DeletedItemRetention", "EdbFilePath", "EventHistoryRetentionPeriod", "ExchangeLegacyDN",
        "InvalidDatabaseCopies", "AllDatabaseCopies", "Servers", "ActivationPreference", "ReplayLagTimes",
        "TruncationLagTimes", "RpcClientAccessServer", "MountedOnServer", "IssueWarningQuota",
        "LastFullBackup", "LastIncrementalBackup", "LastDifferentialBackup", "LastCopyBackup",
        "SnapshotLastFullBackup", "SnapshotLastIncrementalBackup", "SnapshotLastDifferentialBackup",
        "SnapshotLastCopyBackup", "DatabaseSize", "AvailableNewMailboxSpace", "LogFilePrefix", "LogFileSize",
        "LogFolderPath", "MaintenanceSchedule", "MasterServerOrAvailabilityGroup", "MasterType",
        "MaximumBackgroundDatabaseMaintenanceInterval", "MountAtStartup", "Mounted", "Organization",
        "QuotaNotificationSchedule", "RecoverableItemsQuota", "RecoverableItemsWarningQuota",
        "ReplicationType", "RetainDeletedItemsUntilBackup", "Server", "ServerName", "CircularLoggingEnabled",
        "AdministrativeGroup", "AdminDisplayVersion", "DataMoveReplicationConstraint", "TemporaryDataFolderPath",
        "IsMailboxDatabase", "IsPublicFolderDatabase", "AllowFileRestore", "Name", "Identity", "IsValid",
        "ExchangeVersion", "DistinguishedName", "Guid", "ObjectCategory", "ObjectClass", "WhenChanged",
        "WhenCreated", "WhenChangedUTC", "WhenCreatedUTC", "OrganizationId", "OriginatingServer", "ObjectState")
    PS_PROPERTIES = tuple(dict.fromkeys(PS_PROPERTIES))  # drop the accidental duplicate above
    PS_SETTABLE = ()

    __slots__ = ("org", "name", "guid", "copy_list", "active_server", "mount_state", "admin_dismounted",
                 "issue_warning", "prohibit_send", "prohibit_send_receive", "recoverable_quota",
                 "recoverable_warning", "deleted_item_retention", "mailbox_retention", "circular_logging",
                 "mount_at_startup", "index_enabled", "edb_path", "log_path", "log_prefix", "when_created",
                 "when_changed", "gen_base", "gen_t0", "log_rate", "mailboxes", "recovery", "description",
                 "journal_recipient", "retain_until_backup", "last_full_backup", "master_server",
                 "whitespace", "excluded_from_provisioning", "suspended_from_provisioning", "dumpster", "status",
                 "_id")

    def __init__(self, org: "Organization", name: str, guid: uuid.UUID | None = None,
                 master_server: str | None = None):
        self.org = org
        self.name = name
        self.guid = guid or uuid.UUID(int=org.random.getrandbits(128))
        self.copy_list: list[DatabaseCopy] = []
        self.active_server: str | None = master_server
        self.master_server = master_server
        self.mount_state = "Dismounted"
        self.admin_dismounted = False
        self.issue_warning = Unlimited(_bqs(DEFAULT_ISSUE_WARNING))
        self.prohibit_send = Unlimited(_bqs(DEFAULT_PROHIBIT_SEND))
        self.prohibit_send_receive = Unlimited(_bqs(DEFAULT_PROHIBIT_SEND_RECEIVE))
        self.recoverable_quota = Unlimited(_bqs(30 << 30))
        self.recoverable_warning = Unlimited(_bqs(20 << 30))
        self.deleted_item_retention = EnhancedTimeSpan.parse("14.00:00:00")
        self.mailbox_retention = EnhancedTimeSpan.parse("30.00:00:00")
        self.circular_logging = False
        self.mount_at_startup = True
        self.index_enabled = True
        base = f"C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\{name}"
        self.edb_path = f"{base}\\{name}.edb"
        self.log_path = base
        self.log_prefix = "E00"
        self.when_created = org.clock.now()
        self.when_changed = self.when_created
        self.gen_base = 1
        self.gen_t0 = org.clock.now()
        self.log_rate = 6.0  # logs per hour; recomputed from the mailbox count
        self.mailboxes: dict[str, Any] = {}  # lower-case mailbox name -> Mailbox
        self.recovery = False
        self.description = None
        self.journal_recipient = None
        self.retain_until_backup = False
        self.last_full_backup = None
        self.whitespace = 64 << 20
        self.excluded_from_provisioning = False
        self.suspended_from_provisioning = False
        self.dumpster: Any = None  # (entries, servers not available) on -DumpsterStatistics snapshots
        self.status = False  # True on the snapshots returned by with_status()
        self._id: ADObjectId | None = None

    # ------------------------------------------------------------ structure
    @property
    def copies(self) -> dict[str, "DatabaseCopy"]:
        return {c.server_name.lower(): c for c in self.copy_list}

    def copy_on(self, server: str) -> "DatabaseCopy | None":
        s = server.lower()
        for c in self.copy_list:
            if c.server_name.lower() == s:
                return c
        return None

    @property
    def active_copy(self) -> "DatabaseCopy | None":
        return self.copy_on(self.active_server) if self.active_server else None

    @property
    def replicated(self) -> bool:
        return len(self.copy_list) > 1

    @property
    def dag(self) -> Any:
        srv = self.org.servers.get(self.active_server) if self.active_server else None
        return self.org.dags.get(srv.dag_name) if srv is not None and srv.dag_name else None

    @property
    def is_mounted(self) -> bool:
        return self.mount_state == "Mounted"

    def sort_copies(self) -> None:
        self.copy_list.sort(key=lambda c: c.activation_preference)

    def renumber_preferences(self) -> None:
        self.sort_copies()
        for i, c in enumerate(self.copy_list, 1):
            c.activation_preference = i

    # ------------------------------------------------------------ logs
    def recompute_log_rate(self) -> None:
        now = self.org.clock.now()
        self.checkpoint(now)
        self.log_rate = 2.0 + 2.0 * len(self.mailboxes)

    def generation(self, now: datetime | None = None) -> int:
        if self.mount_state != "Mounted":
            return self.gen_base
        now = now or self.org.clock.now()
        elapsed = (now - self.gen_t0).total_seconds()
        return self.gen_base + int(elapsed * self.log_rate / 3600.0)

    def last_log_time(self, now: datetime | None = None) -> datetime:
        """Time the last log was generated (gen_t0 when none since the checkpoint)."""
        now = now or self.org.clock.now()
        n = self.generation(now) - self.gen_base
        if n <= 0 or self.log_rate <= 0:
            return self.gen_t0
        return self.gen_t0 + timedelta(seconds=n * 3600.0 / self.log_rate)

    def checkpoint(self, now: datetime | None = None) -> None:
        now = now or self.org.clock.now()
        self.gen_base = self.generation(now)
        self.gen_t0 = now

    def add_logs(self, n: int) -> None:
        """Mailbox activity (delivery, moves) generated ``n`` more logs now."""
        if self.mount_state == "Mounted" and n > 0:
            self.gen_base += n

    # ------------------------------------------------------------ sizes
    def database_size(self) -> int:
        return sum(m.total_size + m.deleted_size for m in self.mailboxes.values()) + self.whitespace + (16 << 20)

    # ------------------------------------------------------------ identity
    @property
    def dn(self) -> str:
        return (f"CN={self.name},CN=Databases,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),"
                f"CN=Administrative Groups,CN={self.org.name},CN=Microsoft Exchange,CN=Services,"
                f"CN=Configuration,{self.org.domain_dn}")

    @property
    def id(self) -> ADObjectId:
        if self._id is None or self._id.Name != self.name:
            self._id = ADObjectId(self.name, self.dn, self.guid)
        return self._id

    def with_status(self, status: bool = True, dumpster: "tuple[list, list[str]] | None" = None) -> "MailboxDatabase":
        """A snapshot with the -Status properties filled (Get-MailboxDatabase -Status) and, given
        ``dumpster`` = (DumpsterStatisticsEntry list, FQDNs of the hubs not reached), the
        -DumpsterStatistics ones. The two switches are independent, as in Exchange."""
        snap = object.__new__(MailboxDatabase)
        for s in self.__slots__:
            object.__setattr__(snap, s, getattr(self, s))
        snap.status = status
        snap.dumpster = dumpster
        return snap

    # ------------------------------------------------------------ PS properties
    Name = property(lambda self: self.name)
    Identity = property(lambda self: self.id)
    Guid = property(lambda self: self.guid)
    DistinguishedName = property(lambda self: self.dn)
    AdminDisplayName = property(lambda self: self.name)
    JournalRecipient = property(lambda self: self.journal_recipient)
    MailboxRetention = property(lambda self: self.mailbox_retention)
    OfflineAddressBook = None
    OriginalDatabase = None
    PublicFolderDatabase = None
    ProhibitSendReceiveQuota = property(lambda self: self.prohibit_send_receive)
    ProhibitSendQuota = property(lambda self: self.prohibit_send)
    IssueWarningQuota = property(lambda self: self.issue_warning)
    RecoverableItemsQuota = property(lambda self: self.recoverable_quota)
    RecoverableItemsWarningQuota = property(lambda self: self.recoverable_warning)
    Recovery = property(lambda self: self.recovery)
    IndexEnabled = property(lambda self: self.index_enabled)
    IsExcludedFromProvisioning = property(lambda self: self.excluded_from_provisioning)
    IsSuspendedFromProvisioning = property(lambda self: self.suspended_from_provisioning)
    DumpsterStatistics = property(lambda self: list(self.dumpster[0]) if self.dumpster is not None else None)
    DumpsterServersNotAvailable = property(lambda self: list(self.dumpster[1]) if self.dumpster is not None else None)
    AllowFileRestore = False
    BackgroundDatabaseMaintenance = True
    BackupInProgress = property(lambda self: False if self.status else None)
    DelayDataLoss = False
    Description = property(lambda self: self.description)
    DeletedItemRetention = property(lambda self: self.deleted_item_retention)
    EdbFilePath = property(lambda self: self.edb_path)
    LogFolderPath = property(lambda self: self.log_path)
    TemporaryDataFolderPath = property(lambda self: "")
    LogFilePrefix = property(lambda self: self.log_prefix)
    LogFileSize = 1024
    EventHistoryRetentionPeriod = property(lambda self: EnhancedTimeSpan.parse("7.00:00:00"))
    ExchangeLegacyDN = property(lambda self: f"/o={self.org.name}/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn={self.master_server or self.name}/cn=Microsoft Private MDB")
    MountAtStartup = property(lambda self: self.mount_at_startup)
    CircularLoggingEnabled = property(lambda self: self.circular_logging)
    RetainDeletedItemsUntilBackup = property(lambda self: self.retain_until_backup)
    MaintenanceSchedule = property(lambda self: MultiValuedProperty())
    QuotaNotificationSchedule = property(lambda self: MultiValuedProperty())
    MaximumBackgroundDatabaseMaintenanceInterval = property(lambda self: EnhancedTimeSpan.parse("1.00:00:00"))
    DataMoveReplicationConstraint = property(lambda self: "SecondCopy" if self.replicated else "None")
    IsMailboxDatabase = True
    IsPublicFolderDatabase = False
    IsValid = True
    ExchangeVersion = "0.10 (14.0.100.0)"
    ObjectState = "Unchanged"
    OrganizationId = None
    ObjectClass = property(lambda self: MultiValuedProperty(["top", "msExchMDB", "msExchPrivateMDB"]))
    ObjectCategory = property(lambda self: f"{self.org.domain}/Configuration/Schema/ms-Exch-Private-MDB")
    OriginatingServer = property(lambda self: self.org.dc_fqdn)
    WhenChanged = property(lambda self: self.when_changed)
    WhenCreated = property(lambda self: self.when_created)
    WhenChangedUTC = property(lambda self: self.org.to_utc(self.when_changed))
    WhenCreatedUTC = property(lambda self: self.org.to_utc(self.when_created))
    Organization = property(lambda self: self.org.name)
    AdministrativeGroup = property(lambda self: "Exchange Administrative Group (FYDIBOHF23SPDLT)")
    LastFullBackup = property(lambda self: self.last_full_backup if self.status else None)
    LastIncrementalBackup = None
    LastDifferentialBackup = None
    LastCopyBackup = None
    SnapshotLastFullBackup = property(lambda self: False if self.status and self.last_full_backup else None)
    SnapshotLastIncrementalBackup = None
    SnapshotLastDifferentialBackup = None
    SnapshotLastCopyBackup = None

    @property
    def ReplicationType(self) -> str:
        return "Remote" if self.replicated else "None"

    @property
    def DatabaseCopies(self) -> list["DatabaseCopy"]:
        return list(self.copy_list)

    AllDatabaseCopies = DatabaseCopies

    @property
    def InvalidDatabaseCopies(self) -> list:
        return []

    @property
    def Servers(self) -> list[ADObjectId]:
        """All copy hosts, ordered by activation preference (reference §3)."""
        return [self.org.servers[c.server_name].id for c in sorted(self.copy_list, key=lambda c: c.activation_preference)]

    @property
    def ActivationPreference(self) -> list[KeyValuePair]:
        return [KeyValuePair(self.org.servers[c.server_name].id, c.activation_preference)
                for c in sorted(self.copy_list, key=lambda c: c.activation_preference)]

    @property
    def ReplayLagTimes(self) -> list[KeyValuePair]:
        return [KeyValuePair(self.org.servers[c.server_name].id, c.replay_lag,
                             ("Microsoft.Exchange.Data.Directory.ADObjectId", "Microsoft.Exchange.Data.EnhancedTimeSpan"))
                for c in sorted(self.copy_list, key=lambda c: c.activation_preference)]

    @property
    def TruncationLagTimes(self) -> list[KeyValuePair]:
        return [KeyValuePair(self.org.servers[c.server_name].id, c.truncation_lag,
                             ("Microsoft.Exchange.Data.Directory.ADObjectId", "Microsoft.Exchange.Data.EnhancedTimeSpan"))
                for c in sorted(self.copy_list, key=lambda c: c.activation_preference)]

    @property
    def Server(self) -> ADObjectId | None:
        srv = self.org.servers.get(self.active_server) if self.active_server else None
        return srv.id if srv else None

    RpcClientAccessServer = property(lambda self: self.org.rpc_client_access_server(self))

    @property
    def ServerName(self) -> str | None:
        return self.active_server

    @property
    def MasterServerOrAvailabilityGroup(self) -> ADObjectId | None:
        dag = self.dag
        if dag is not None:
            return dag.id
        srv = self.org.servers.get(self.active_server) if self.active_server else None
        return srv.id if srv else None

    @property
    def MasterType(self) -> str:
        return "DatabaseAvailabilityGroup" if self.dag is not None else "Server"

    @property
    def AdminDisplayVersion(self) -> Any:
        srv = self.org.servers.get(self.active_server) if self.active_server else None
        return srv.version if srv else None

    # -Status properties
    @property
    def Mounted(self) -> bool | None:
        if not self.status:
            return None
        return self.mount_state == "Mounted"

    @property
    def MountedOnServer(self) -> str | None:
        if not self.status:
            return None
        srv = self.org.servers.get(self.active_server) if self.active_server else None
        return srv.fqdn if srv else None

    @property
    def DatabaseSize(self) -> ByteQuantifiedSize | None:
        return _bqs(self.database_size()) if self.status else None

    @property
    def AvailableNewMailboxSpace(self) -> ByteQuantifiedSize | None:
        return _bqs(self.whitespace) if self.status else None

    def ps_to_string(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"MailboxDatabase({self.name} on {self.active_server}, {self.mount_state})"


class DatabaseCopy:
    """A copy of a database on a server: the AD DatabaseCopy plus its replication state."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.SystemConfiguration.DatabaseCopy",
                     "Microsoft.Exchange.Data.Directory.ADConfigurationObject",
                     "Microsoft.Exchange.Data.Directory.ADObject", "System.Object")
    PS_PROPERTIES = ("DatabaseName", "HostServerName", "ActivationPreference", "ParentObjectClass",
                     "ReplayLagTime", "TruncationLagTime", "AdminDisplayName", "ExchangeVersion",
                     "DistinguishedName", "Identity", "Guid", "ObjectCategory", "ObjectClass", "WhenChanged",
                     "WhenCreated", "WhenChangedUTC", "WhenCreatedUTC", "OrganizationId", "OriginatingServer",
                     "IsValid", "ObjectState")

    __slots__ = ("db", "server_name", "guid", "activation_preference", "replay_lag", "truncation_lag",
                 "state", "activation_suspended", "suspend_comment", "action_initiator", "error_message",
                 "copied", "resync_from", "resync_t0", "next_state", "next_at", "timer_seq",
                 "content_index_state", "when_created", "logs_copied_since_start", "seeding_network",
                 "error_event_id", "is_active", "timer_order", "timer_event", "seed_source")

    def __init__(self, db: MailboxDatabase, server_name: str, activation_preference: int,
                 guid: uuid.UUID | None = None):
        self.db = db
        self.server_name = server_name
        self.guid = guid or uuid.UUID(int=db.org.random.getrandbits(128))
        self.activation_preference = activation_preference
        self.replay_lag = EnhancedTimeSpan(0)
        self.truncation_lag = EnhancedTimeSpan(0)
        self.state = "Healthy"
        self.activation_suspended = False
        self.suspend_comment: str | None = None
        self.action_initiator = "Unknown"
        self.error_message: str | None = None
        self.error_event_id: int | None = None
        self.copied: int | None = None  # None = keeping up with the active copy
        self.resync_from: int | None = None
        self.resync_t0: datetime | None = None
        self.next_state: str | None = None
        self.next_at: datetime | None = None
        self.timer_seq = 0
        self.content_index_state = "Healthy"
        self.when_created = db.org.clock.now()
        self.logs_copied_since_start = 0
        self.seeding_network = None
        self.is_active = False
        self.timer_order = 0  # clock sequence of the pending transition (keeps ties in order on reload)
        self.timer_event: Any = None
        self.seed_source: str | None = None  # a passive copy seeding this one (Update -SourceServer)

    @property
    def server(self) -> "Server":
        return self.db.org.servers[self.server_name]

    @property
    def name(self) -> str:
        return f"{self.db.name}\\{self.server_name}"

    # ------------------------------------------------------------ replication numbers
    COPY_RATE = 50.0  # logs per second while resynchronizing

    def last_copied(self, now: datetime | None = None) -> int:
        now = now or self.db.org.clock.now()
        gen = self.db.generation(now)
        if self.is_active:
            return gen
        if self.copied is None:
            return gen
        if self.state == "Resynchronizing" and self.resync_t0 is not None and self.copy_source_ok():
            done = int((now - self.resync_t0).total_seconds() * self.COPY_RATE)
            return min(gen, self.copied + done)
        return min(gen, self.copied)

    def copy_queue(self, now: datetime | None = None) -> int:
        if self.is_active:
            return 0
        now = now or self.db.org.clock.now()
        return max(0, self.db.generation(now) - self.last_copied(now))

    def replay_queue(self, now: datetime | None = None) -> int:
        if self.is_active:
            return 0
        lag = self.replay_lag.TotalSeconds
        if lag <= 0:
            return 0
        now = now or self.db.org.clock.now()
        held = int(self.db.log_rate * lag / 3600.0)
        return min(held, max(0, self.last_copied(now) - 1))

    def copy_source_ok(self) -> bool:
        """The active copy's server can ship logs (up, Replication service running)."""
        if self.db.active_server is None:
            return False
        src = self.db.org.servers.get(self.db.active_server)
        return src is not None and src.replication_running

    # ------------------------------------------------------------ status
    @property
    def status(self) -> str:
        srv = self.server
        if self.is_active:
            if not srv.replication_running:
                return "ServiceDown"
            return self.db.mount_state if srv.store_running else "Dismounted"
        if not srv.replication_running:
            return "ServiceDown"
        st = self.state
        if st == "Healthy" and self.copied is not None and not self.copy_source_ok():
            return "DisconnectedAndHealthy"
        if st == "Resynchronizing" and not self.copy_source_ok():
            return "DisconnectedAndResynchronizing"
        return st

    def status_entry(self, connection_status: bool = False) -> "DatabaseCopyStatusEntry":
        return DatabaseCopyStatusEntry(self, connection_status)

    # ------------------------------------------------------------ DatabaseCopy (AD) properties
    DatabaseName = property(lambda self: self.db.name)
    HostServerName = property(lambda self: self.server_name)
    ActivationPreference = property(lambda self: self.activation_preference)
    ReplayLagTime = property(lambda self: self.replay_lag)
    TruncationLagTime = property(lambda self: self.truncation_lag)
    ParentObjectClass = "msExchPrivateMDB"
    AdminDisplayName = property(lambda self: self.db.name)
    ExchangeVersion = "0.10 (14.0.100.0)"
    DistinguishedName = property(lambda self: f"CN={self.server_name},{self.db.dn}")
    Identity = property(lambda self: self.name)
    Guid = property(lambda self: self.guid)
    ObjectCategory = property(lambda self: f"{self.db.org.domain}/Configuration/Schema/ms-Exch-MDB-Copy")
    ObjectClass = property(lambda self: MultiValuedProperty(["top", "msExchMDBCopy"]))
    WhenChanged = property(lambda self: self.when_created)
    WhenCreated = property(lambda self: self.when_created)
    WhenChangedUTC = property(lambda self: self.db.org.to_utc(self.when_created))
    WhenCreatedUTC = property(lambda self: self.db.org.to_utc(self.when_created))
    OrganizationId = None
    OriginatingServer = property(lambda self: self.db.org.dc_fqdn)
    IsValid = True
    ObjectState = "Unchanged"

    def ps_to_string(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"DatabaseCopy({self.name}, {self.status}, AP={self.activation_preference})"


class DatabaseCopyStatusEntry:
    """Get-MailboxDatabaseCopyStatus output: a snapshot taken when the cmdlet ran."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Management.SystemConfigurationTasks.DatabaseCopyStatusEntry",
                     "System.Object")
    PS_PROPERTIES = (
        "Identity", "Name", "DatabaseName", "Status", "MailboxServer", "ActiveDatabaseCopy",
        "ActivationSuspended", "ActionInitiator", "ErrorMessage", "ErrorEventId", "ExtendedErrorInfo",
        "SuspendComment", "SinglePageRestore", "ContentIndexState", "ContentIndexErrorMessage",
        "CopyQueueLength", "ReplayQueueLength", "LatestAvailableLogTime", "LastCopyNotificationedLogTime",
        "LastCopiedLogTime", "LastInspectedLogTime", "LastReplayedLogTime", "LastLogGenerated",
        "LastLogCopyNotified", "LastLogCopied", "LastLogInspected", "LastLogReplayed",
        "LogsReplayedSinceInstanceStart", "LogsCopiedSinceInstanceStart", "LatestFullBackupTime",
        "LatestIncrementalBackupTime", "LatestDifferentialBackupTime", "LatestCopyBackupTime",
        "SnapshotBackup", "SnapshotLatestFullBackup", "SnapshotLatestIncrementalBackup",
        "SnapshotLatestDifferentialBackup", "SnapshotLatestCopyBackup", "LogReplayQueueIncreasing",
        "LogCopyQueueIncreasing", "OutstandingDumpsterRequests", "OutgoingConnections",
        "IncomingLogCopyingNetwork", "SeedingNetwork", "ActiveCopy")
    __slots__ = PS_PROPERTIES + ("copy",)

    def __init__(self, copy: DatabaseCopy, connection_status: bool = False):
        db = copy.db
        org = db.org
        now = org.clock.now()
        self.copy = copy
        self.Identity = copy.name
        self.Name = copy.name
        self.DatabaseName = db.name
        status = copy.status
        self.Status = status
        self.MailboxServer = copy.server_name
        self.ActiveDatabaseCopy = (db.active_server or "").lower()
        self.ActivationSuspended = copy.activation_suspended
        self.ActionInitiator = copy.action_initiator
        self.ErrorMessage = copy.error_message
        self.ErrorEventId = copy.error_event_id
        self.ExtendedErrorInfo = None
        self.SuspendComment = copy.suspend_comment
        self.SinglePageRestore = 0
        self.ContentIndexState = copy.content_index_state if status != "ServiceDown" else "Unknown"
        self.ContentIndexErrorMessage = None
        self.OutstandingDumpsterRequests = []
        self.OutgoingConnections = None
        self.IncomingLogCopyingNetwork = None
        self.SeedingNetwork = None
        if connection_status:
            dag = db.dag
            net = dag.networks[0]["name"] if dag is not None and dag.networks else "MapiDagNetwork"
            prefix = f"{dag.name}\\{net}" if dag is not None else net
            if copy.is_active:
                self.OutgoingConnections = [f"{{{prefix},{c.server_name}}}" for c in db.copy_list
                                            if not c.is_active and c.server.replication_running]
            elif status not in ("ServiceDown",):
                self.IncomingLogCopyingNetwork = f"{{{prefix},{db.active_server}}}"
                if status == "Seeding":
                    self.SeedingNetwork = self.IncomingLogCopyingNetwork
        self.LatestFullBackupTime = db.last_full_backup
        self.LatestIncrementalBackupTime = None
        self.LatestDifferentialBackupTime = None
        self.LatestCopyBackupTime = None
        self.SnapshotBackup = None
        self.SnapshotLatestFullBackup = None
        self.SnapshotLatestIncrementalBackup = None
        self.SnapshotLatestDifferentialBackup = None
        self.SnapshotLatestCopyBackup = None
        self.LogReplayQueueIncreasing = False
        self.LogCopyQueueIncreasing = False
        self.ActiveCopy = copy.is_active
        if copy.is_active or status == "ServiceDown":
            self.CopyQueueLength = 0
            self.ReplayQueueLength = 0
            for p in ("LatestAvailableLogTime", "LastCopyNotificationedLogTime", "LastCopiedLogTime",
                      "LastInspectedLogTime", "LastReplayedLogTime"):
                setattr(self, p, None)
            for p in ("LastLogGenerated", "LastLogCopyNotified", "LastLogCopied", "LastLogInspected",
                      "LastLogReplayed", "LogsReplayedSinceInstanceStart", "LogsCopiedSinceInstanceStart"):
                setattr(self, p, 0)
            if status == "ServiceDown" and not copy.is_active:
                self.CopyQueueLength = copy.copy_queue(now)
            return
        gen = db.generation(now)
        copied = copy.last_copied(now)
        rq = copy.replay_queue(now)
        self.CopyQueueLength = max(0, gen - copied)
        self.ReplayQueueLength = rq
        gen_time = db.last_log_time(now)
        copied_time = gen_time if copied >= gen else _time_of(db, copied)
        self.LatestAvailableLogTime = gen_time
        self.LastCopyNotificationedLogTime = gen_time
        self.LastCopiedLogTime = copied_time
        self.LastInspectedLogTime = copied_time
        self.LastReplayedLogTime = _time_of(db, copied - rq) if rq else copied_time
        self.LastLogGenerated = gen
        self.LastLogCopyNotified = gen
        self.LastLogCopied = copied
        self.LastLogInspected = copied
        self.LastLogReplayed = copied - rq
        self.LogsReplayedSinceInstanceStart = copy.logs_copied_since_start
        self.LogsCopiedSinceInstanceStart = copy.logs_copied_since_start
        self.LogCopyQueueIncreasing = self.CopyQueueLength > 0 and status not in ("Healthy", "Resynchronizing")

    def ps_to_string(self) -> str:
        return self.Name

    def __repr__(self) -> str:
        return f"DatabaseCopyStatusEntry({self.Name}: {self.Status})"


def _time_of(db: MailboxDatabase, generation: int) -> datetime:
    """Approximate creation time of a log generation (linear in the log rate)."""
    rate = max(db.log_rate, 0.1)
    behind = max(0, db.generation() - generation)
    return db.last_log_time() - timedelta(seconds=behind * 3600.0 / rate)


class DatabaseMoveResult:
    """Move-ActiveMailboxDatabase output (reference §12). ``error`` holds the ModelError of
    a failed move (the cmdlet writes it as an error record)."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Management.SystemConfigurationTasks.DatabaseMoveResult",
                     "System.Object")
    PS_PROPERTIES = ("Identity", "ActiveServerAtStart", "ActiveServerAtEnd", "Status", "ErrorMessage",
                     "Exception", "MountStatusAtMoveStart", "MountStatusAtMoveEnd", "NumberOfLogsLost",
                     "RecoveryPointObjective")
    __slots__ = PS_PROPERTIES + ("error",)

    def __init__(self, identity: Any, start: str | None, mount_start: str):
        self.Identity = identity
        self.ActiveServerAtStart = start
        self.ActiveServerAtEnd = start
        self.Status = "Unknown"
        self.ErrorMessage = None
        self.Exception = None
        self.MountStatusAtMoveStart = mount_start
        self.MountStatusAtMoveEnd = mount_start
        self.NumberOfLogsLost = None
        self.RecoveryPointObjective = None
        self.error = None

    def ps_to_string(self) -> str:
        return str(self.Identity)

    def __repr__(self) -> str:
        return f"DatabaseMoveResult({self.Identity}: {self.ActiveServerAtStart}->{self.ActiveServerAtEnd} {self.Status})"
