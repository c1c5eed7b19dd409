"""The EMS default views of the recipient, move-request and organization objects.

Column widths: a column starting at offset N followed by one at offset M is M-N-1 wide.
Where a real console sample was found it is cited; views marked [K] follow the reference's
[K] column lists (widths are a guess in the EMS style).
"""
from __future__ import annotations

from ems.format import register_list_view, register_table_view

import cmdlets.exchange.converters  # noqa: F401  (the value-type converters register on import)

# Mailbox: offsets 0/26/47/64 in the Exchange docs' real sample (`Get-Mailbox TestUser1`, the
# header `ProhibitSendQuota` wrapping on a narrow console) and in several real 2010 transcripts.
register_table_view("Microsoft.Exchange.Data.Directory.Management.Mailbox", [
    ("Name", "Name", 25, None), ("Alias", "Alias", 20, None), ("ServerName", "ServerName", 16, None),
    ("ProhibitSendQuota", "ProhibitSendQuota", None, None)])

# MailboxStatistics: offsets 0/26/39 in a real 2010 sample (Get-MailboxStatistics -Database of a
# recovery database: ItemCount left-aligned, StorageLimitStatus right-aligned in 18 columns) and
# 0/26/39/124 in a wide console; LastLogonTime takes the rest.
register_table_view("Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics", [
    ("DisplayName", "DisplayName", 25, None), ("ItemCount", "ItemCount", 12, "left"),
    ("StorageLimitStatus", "StorageLimitStatus", 18, "right"),
    ("LastLogonTime", "LastLogonTime", None, None)])

# ReducedRecipient (Get-Recipient) [K]: Name and RecipientType.
register_table_view("Microsoft.Exchange.Data.Directory.Management.ReducedRecipient", [
    ("Name", "Name", 35, None), ("RecipientType", "RecipientType", None, None)])

# User (Get-User) [K]: Name and RecipientType.
register_table_view("Microsoft.Exchange.Data.Directory.Management.User", [
    ("Name", "Name", 35, None), ("RecipientType", "RecipientType", None, None)])

# MoveRequest [K]: DisplayName, Status, TargetDatabase (reference §11).
register_table_view("Microsoft.Exchange.Management.RecipientTasks.MoveRequest", [
    ("DisplayName", "DisplayName", 25, None), ("Status", "Status", 20, None),
    ("TargetDatabase", "TargetDatabase", None, None)])

# MoveRequestStatistics [K]: DisplayName, Status, TotalMailboxSize, TotalArchiveSize,
# PercentComplete (reference §11).
register_table_view("Microsoft.Exchange.Management.RecipientTasks.MoveRequestStatistics", [
    ("DisplayName", "DisplayName", 25, None), ("Status", "Status", 20, None),
    ("TotalMailboxSize", "TotalMailboxSize", 30, None), ("TotalArchiveSize", "TotalArchiveSize", 16, None),
    ("PercentComplete", "PercentComplete", None, None)])

# AcceptedDomain: offsets 0/31/62/91 in a real on-premises sample (`[PS] >Get-AcceptedDomain`).
register_table_view("Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain", [
    ("Name", "Name", 30, None), ("DomainName", "DomainName", 30, None),
    ("DomainType", "DomainType", 28, None), ("Default", "Default", None, None)])

# OrganizationConfig and ADServerSettings show as lists [K].
register_list_view("Microsoft.Exchange.Data.Directory.RunspaceServerSettingsPresentationObject", [
    "DefaultGlobalCatalog", "DefaultConfigurationDomainController", "DefaultPreferredDomainControllers",
    "UserPreferredGlobalCatalog", "UserPreferredConfigurationDomainController",
    "UserPreferredDomainControllers", "RecipientViewRoot", "ViewEntireForest"])
