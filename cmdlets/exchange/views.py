"""The EMS default table views of the server, DAG, database and copy objects, and of the
Windows objects the Exchange labs use (services, hotfixes, ping results).

Widths come from the real console samples in the reference (exchange2010-objects.md): a
column that starts at offset N and is followed by one at offset M is M-N-1 wide; a header
longer than its column wraps onto a second line, as the EMS shows ``CopyQueue`` / ``Length``.
Views marked [K] have no real sample in the reference; their columns follow the reference's
[K] notes (or PowerShell's own format files for the Windows types).
"""
from __future__ import annotations

from ems.format import register_list_view, register_table_view

import cmdlets.exchange.converters  # noqa: F401  (the value-type converters register on import)

# ExchangeServer: offsets 0/20/41/53/65 [R2010 exchangeserverpro sample].
register_table_view("Microsoft.Exchange.Data.Directory.Management.ExchangeServer", [
    ("Name", "Name", 19, None), ("Site", "Site", 20, None), ("ServerRole", "ServerRole", 11, None),
    ("Edition", "Edition", 11, None), ("AdminDisplayVersion", "AdminDisplayVersion", 14, None)])

# MailboxServer: no real sample [K]; Get-MailboxServer lists Name and the DAG settings.
register_table_view("Microsoft.Exchange.Data.Directory.Management.MailboxServer", [
    ("Name", "Name", 19, None), ("DatabaseAvailabilityGroup", "DatabaseAvailabilityGroup", 25, None),
    ("DatabaseCopyAutoActivationPolicy", "DatabaseCopyAutoActivationPolicy", 32, None),
    ("AutoDatabaseMountDial", "AutoDatabaseMountDial", 21, None)])

# DatabaseAvailabilityGroup: `Name  Member Servers  Operational Servers` [K].
register_table_view("Microsoft.Exchange.Data.Directory.SystemConfiguration.DatabaseAvailabilityGroup", [
    ("Name", "Name", 12, None), ("Member Servers", "Servers", 38, None),
    ("Operational Servers", "OperationalServers", None, None)])

register_table_view(
    "Microsoft.Exchange.Management.SystemConfigurationTasks.DatabaseAvailabilityGroupNetwork", [
        ("Identity", "Identity", 29, None), ("ReplicationEnabled", "ReplicationEnabled", 18, None),
        ("Subnets", "Subnets", None, None)])

# MailboxDatabase: offsets 0/31/47/63 [R2010].
register_table_view("Microsoft.Exchange.Data.Directory.SystemConfiguration.MailboxDatabase", [
    ("Name", "Name", 30, None), ("Server", "Server", 15, None), ("Recovery", "Recovery", 15, None),
    ("ReplicationType", "ReplicationType", 15, None)])

# DatabaseCopyStatusEntry: offsets 0/46/62/72/84/107, split headers [R sample, reference §5].
register_table_view("Microsoft.Exchange.Management.SystemConfigurationTasks.DatabaseCopyStatusEntry", [
    ("Name", "Name", 45, None), ("Status", "Status", 15, None),
    ("CopyQueueLength", "CopyQueueLength", 9, None), ("ReplayQueueLength", "ReplayQueueLength", 11, None),
    ("LastInspectedLogTime", "LastInspectedLogTime", 22, None),
    ("ContentIndexState", "ContentIndexState", 12, None)])

# DatabaseMoveResult: the [K] column list of reference §12, long headers wrapped.
register_table_view("Microsoft.Exchange.Management.SystemConfigurationTasks.DatabaseMoveResult", [
    ("Identity", "Identity", 15, None), ("ActiveServerAtStart", "ActiveServerAtStart", 15, None),
    ("ActiveServerAtEnd", "ActiveServerAtEnd", 15, None), ("Status", "Status", 10, None),
    ("NumberOfLogsLost", "NumberOfLogsLost", 18, None),
    ("RecoveryPointObjective", "RecoveryPointObjective", 13, None),
    ("MountStatusAtMoveStart", "MountStatusAtMoveStart", 11, None),
    ("MountStatusAtMoveEnd", "MountStatusAtMoveEnd", 11, None)])

# Test-ReplicationHealth: offsets 0/16/43/54 [R VitalSigns sample].
register_table_view("Microsoft.Exchange.Monitoring.ReplicationCheckOutputObject", [
    ("Server", "Server", 15, None), ("Check", "Check", 26, None), ("Result", "Result", 10, None),
    ("Error", "Error", None, None)])

# Test-ServiceHealth: one list per role, as the real shell shows it.
register_list_view("Microsoft.Exchange.Monitoring.ExchangeServicesStatus",
                   ["Role", "RequiredServicesRunning", "ServicesRunning", "ServicesNotRunning"])

# PowerShell's own views (DotNetTypes / Win32 format files).
register_table_view("System.ServiceProcess.ServiceController", [
    ("Status", "Status", 8, None), ("Name", "Name", 18, None), ("DisplayName", "DisplayName", 38, None)])

register_table_view("System.Management.ManagementObject#root\\cimv2\\Win32_QuickFixEngineering", [
    ("Source", "Source", 13, None), ("Description", "Description", 16, None),
    ("HotFixID", "HotFixID", 13, None), ("InstalledBy", "InstalledBy", 20, None),
    ("InstalledOn", "InstalledOn", None, None)])

register_table_view("System.Management.ManagementObject#root\\cimv2\\Win32_PingStatus", [
    ("Source", "Source", 13, None), ("Destination", "Destination", 15, None),
    ("IPV4Address", "IPV4Address", 16, None), ("IPV6Address", "IPV6Address", 40, None),
    ("Bytes", "BufferSize", 8, None), ("Time(ms)", "ResponseTime", 9, None)])
