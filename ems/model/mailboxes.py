"""Mailboxes, their statistics, recipients/users views and move requests.

``Mailbox``: the Get-Mailbox object (reference §11), stored compactly (__slots__, plain
ints; value objects are built on access) so 100,000 of them stay small. Quotas are
``Unlimited`` values; with ``UseDatabaseQuotaDefaults`` $true the mailbox shows
``unlimited`` and the database's quotas apply (``effective_quota``).

``MailboxStatistics(mailbox)``: the Get-MailboxStatistics snapshot.
``Recipient`` / ``User``: the Get-Recipient / Get-User views of a mailbox.
``MoveRequest``: a local move (New-MoveRequest) that progresses over simulated time:
Queued (QUEUE_SECONDS) -> InProgress (size / MOVE_RATE) -> CompletionInProgress
(COMPLETION_SECONDS) -> Completed, when the mailbox's database changes.
``MoveRequestStatistics(request)``: its statistics snapshot.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ems.model.values import (ADObjectId, ByteQuantifiedSize, EnhancedTimeSpan, MultiValuedProperty,
                              ProxyAddressCollection, SmtpAddress, Unlimited)

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.databases import MailboxDatabase
    from ems.model.org import Organization

RECIPIENT_TYPE_DETAILS = ("UserMailbox", "SharedMailbox", "RoomMailbox", "EquipmentMailbox", "LinkedMailbox",
                          "DiscoveryMailbox", "ArbitrationMailbox")

_MAILBOX_PROPS = (
    "Database", "DeletedItemFlags", "UseDatabaseRetentionDefaults", "RetainDeletedItemsUntilBackup",
    "DeliverToMailboxAndForward", "LitigationHoldEnabled", "SingleItemRecoveryEnabled", "RetentionHoldEnabled",
    "EndDateForRetentionHold", "StartDateForRetentionHold", "RetentionComment", "RetentionUrl",
    "LitigationHoldDate", "LitigationHoldOwner", "ManagedFolderMailboxPolicy", "RetentionPolicy",
    "CalendarRepairDisabled", "ExchangeGuid", "ExchangeUserAccountControl", "MessageTrackingReadStatusEnabled",
    "ExternalOofOptions", "ForwardingAddress", "ForwardingSmtpAddress", "RetainDeletedItemsFor",
    "IsMailboxEnabled", "Languages", "OfflineAddressBook", "ProhibitSendQuota", "ProhibitSendReceiveQuota",
    "RecoverableItemsQuota", "RecoverableItemsWarningQuota", "DowngradeHighPriorityMessagesEnabled",
    "ProtocolSettings", "RecipientLimits", "IsResource", "IsLinked", "IsShared", "LinkedMasterAccount",
    "ResetPasswordOnNextLogon", "ResourceCapacity", "ResourceCustom", "ResourceType", "SamAccountName",
    "SCLDeleteThreshold", "SCLDeleteEnabled", "SCLRejectThreshold", "SCLRejectEnabled", "SCLQuarantineThreshold",
    "SCLQuarantineEnabled", "SCLJunkThreshold", "SCLJunkEnabled", "AntispamBypassEnabled", "ServerLegacyDN",
    "ServerName", "UseDatabaseQuotaDefaults", "IssueWarningQuota", "RulesQuota", "Office", "UserPrincipalName",
    "UMEnabled", "WindowsLiveID", "ThrottlingPolicy", "RoleAssignmentPolicy", "SharingPolicy",
    "RemoteAccountPolicy", "MailboxPlan", "ArchiveDatabase", "ArchiveGuid", "ArchiveName", "ArchiveQuota",
    "ArchiveWarningQuota", "ArchiveDomain", "ArchiveStatus", "RemoteRecipientType", "DisabledArchiveDatabase",
    "DisabledArchiveGuid", "QueryBaseDNRestrictionEnabled", "MailboxMoveTargetMDB", "MailboxMoveSourceMDB",
    "MailboxMoveFlags", "MailboxMoveRemoteHostName", "MailboxMoveBatchName", "MailboxMoveStatus",
    "IsPersonToPersonTextMessagingEnabled", "IsMachineToPersonTextMessagingEnabled", "UserSMimeCertificate",
    "UserCertificate", "CalendarVersionStoreDisabled", "Extensions", "HasPicture", "HasSpokenName",
    "AcceptMessagesOnlyFrom", "AcceptMessagesOnlyFromDLMembers", "AcceptMessagesOnlyFromSendersOrMembers",
    "AddressListMembership", "Alias", "ArbitrationMailbox", "BypassModerationFromSendersOrMembers",
    "OrganizationalUnit", "CustomAttribute1", "CustomAttribute10", "CustomAttribute11", "CustomAttribute12",
    "CustomAttribute13", "CustomAttribute14", "CustomAttribute15", "CustomAttribute2", "CustomAttribute3",
    "CustomAttribute4", "CustomAttribute5", "CustomAttribute6", "CustomAttribute7", "CustomAttribute8",
    "CustomAttribute9", "ExtensionCustomAttribute1", "ExtensionCustomAttribute2", "ExtensionCustomAttribute3",
    "ExtensionCustomAttribute4", "ExtensionCustomAttribute5", "DisplayName", "EmailAddresses",
    "GrantSendOnBehalfTo", "HiddenFromAddressListsEnabled", "LastExchangeChangedTime", "LegacyExchangeDN",
    "MaxSendSize", "MaxReceiveSize", "ModeratedBy", "ModerationEnabled", "EmailAddressPolicyEnabled",
    "PrimarySmtpAddress", "RecipientType", "RecipientTypeDetails", "RejectMessagesFrom",
    "RejectMessagesFromDLMembers", "RejectMessagesFromSendersOrMembers", "RequireSenderAuthenticationEnabled",
    "SimpleDisplayName", "SendModerationNotifications", "UMDtmfMap", "WindowsEmailAddress", "MailTip",
    "MailTipTranslations", "Identity", "IsValid", "ExchangeVersion", "Name", "DistinguishedName", "Guid",
    "ObjectCategory", "ObjectClass", "WhenChanged", "WhenCreated", "WhenChangedUTC", "WhenCreatedUTC",
    "OrganizationId", "OriginatingServer", "ObjectState")

_NONE_PROPS = {
    "DeletedItemFlags": "DatabaseDefault", "UseDatabaseRetentionDefaults": True, "DeliverToMailboxAndForward": False,
    "SingleItemRecoveryEnabled": False, "RetentionHoldEnabled": False, "EndDateForRetentionHold": None,
    "StartDateForRetentionHold": None, "RetentionComment": None, "RetentionUrl": None, "LitigationHoldDate": None,
    "LitigationHoldOwner": None, "ManagedFolderMailboxPolicy": None, "RetentionPolicy": None,
    "CalendarRepairDisabled": False, "ExchangeUserAccountControl": "None", "MessageTrackingReadStatusEnabled": True,
    "ExternalOofOptions": "External", "ForwardingAddress": None, "ForwardingSmtpAddress": None,
    "IsMailboxEnabled": True, "OfflineAddressBook": None, "DowngradeHighPriorityMessagesEnabled": False,
    "ProtocolSettings": (), "RecipientLimits": "unlimited", "IsLinked": False, "IsShared": False,
    "LinkedMasterAccount": None, "ResetPasswordOnNextLogon": False, "ResourceCapacity": None,
    "ResourceCustom": (), "ResourceType": None, "SCLDeleteThreshold": None, "SCLDeleteEnabled": None,
    "SCLRejectThreshold": None, "SCLRejectEnabled": None, "SCLQuarantineThreshold": None,
    "SCLQuarantineEnabled": None, "SCLJunkThreshold": None, "SCLJunkEnabled": None, "AntispamBypassEnabled": False,
    "Office": "", "UMEnabled": False, "WindowsLiveID": None, "ThrottlingPolicy": None,
    "RoleAssignmentPolicy": "Default Role Assignment Policy", "SharingPolicy": "Default Sharing Policy",
    "RemoteAccountPolicy": None, "MailboxPlan": None, "ArchiveDatabase": None,
    "ArchiveGuid": uuid.UUID(int=0), "ArchiveName": (), "ArchiveDomain": None, "ArchiveStatus": "None",
    "RemoteRecipientType": "None", "DisabledArchiveDatabase": None, "DisabledArchiveGuid": uuid.UUID(int=0),
    "QueryBaseDNRestrictionEnabled": False, "MailboxMoveFlags": "None", "MailboxMoveRemoteHostName": "",
    "IsPersonToPersonTextMessagingEnabled": False, "IsMachineToPersonTextMessagingEnabled": False,
    "UserSMimeCertificate": (), "UserCertificate": (), "CalendarVersionStoreDisabled": False, "Extensions": (),
    "HasPicture": False, "HasSpokenName": False, "AcceptMessagesOnlyFrom": (), "AcceptMessagesOnlyFromDLMembers": (),
    "AcceptMessagesOnlyFromSendersOrMembers": (), "ArbitrationMailbox": None,
    "BypassModerationFromSendersOrMembers": (), "GrantSendOnBehalfTo": (), "LastExchangeChangedTime": None,
    "MaxSendSize": "unlimited", "MaxReceiveSize": "unlimited", "ModeratedBy": (), "ModerationEnabled": False,
    "EmailAddressPolicyEnabled": True, "RecipientType": "UserMailbox", "RejectMessagesFrom": (),
    "RejectMessagesFromDLMembers": (), "RejectMessagesFromSendersOrMembers": (),
    "RequireSenderAuthenticationEnabled": False, "SimpleDisplayName": "", "SendModerationNotifications": "Always",
    "MailTip": None, "MailTipTranslations": (), "IsValid": True, "ExchangeVersion": "0.10 (14.0.100.0)",
    "OrganizationId": None, "ObjectState": "Unchanged", "RulesQuota": None,
    **{f"CustomAttribute{i}": "" for i in range(1, 16)},
    **{f"ExtensionCustomAttribute{i}": () for i in range(1, 6)},
}


class Mailbox:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.Management.Mailbox",
                     "Microsoft.Exchange.Data.Directory.Management.MailEnabledOrgPerson",
                     "Microsoft.Exchange.Data.Directory.Management.MailEnabledRecipient",
                     "Microsoft.Exchange.Data.Directory.ADPresentationObject",
                     "Microsoft.Exchange.Data.ConfigurableObject", "System.Object")
    PS_PROPERTIES = _MAILBOX_PROPS
    PS_SETTABLE = ("DisplayName", "IssueWarningQuota", "ProhibitSendQuota", "ProhibitSendReceiveQuota",
                   "UseDatabaseQuotaDefaults", "HiddenFromAddressListsEnabled", "LitigationHoldEnabled",
                   "RetainDeletedItemsFor")
    FILTER_PROPERTIES = ("ItemCount", "TotalItemSize", "FirstName", "LastName")

    __slots__ = ("org", "name", "alias", "display_name", "db_name", "guid", "exchange_guid", "smtp",
                 "extra_addresses", "_issue_warning", "_prohibit_send", "_prohibit_send_receive",
                 "use_db_quota_defaults", "item_count", "total_size", "deleted_count", "deleted_size",
                 "associated_count", "last_logon", "last_logoff", "recipient_type_details", "when_created",
                 "when_changed", "hidden", "litigation_hold", "first_name", "last_name", "retain_deleted_for",
                 "recoverable_quota", "recoverable_warning", "move_request", "ou", "upn", "legacy_dn",
                 "received_ids", "disconnect_date")

    def __init__(self, org: "Organization", name: str, db_name: str, alias: str | None = None,
                 display_name: str | None = None, smtp: str | None = None, guid: uuid.UUID | None = None,
                 item_count: int = 0, total_size: int = 0, when_created: datetime | None = None,
                 recipient_type_details: str = "UserMailbox", exchange_guid: uuid.UUID | None = None):
        self.org = org
        self.name = name
        self.alias = alias or name.replace(" ", "")
        self.display_name = display_name or name
        self.db_name = db_name
        self.guid = guid or uuid.UUID(int=org.random.getrandbits(128))
        self.exchange_guid = exchange_guid or uuid.UUID(int=org.random.getrandbits(128))
        self.smtp = smtp or f"{self.alias}@{org.domain}"
        self.extra_addresses: list[str] = []
        self._issue_warning: Unlimited | None = None
        self._prohibit_send: Unlimited | None = None
        self._prohibit_send_receive: Unlimited | None = None
        self.use_db_quota_defaults = True
        self.item_count = item_count
        self.total_size = total_size
        self.deleted_count = 0
        self.deleted_size = 0
        self.associated_count = 0
        self.last_logon: datetime | None = None
        self.last_logoff: datetime | None = None
        self.recipient_type_details = recipient_type_details
        self.when_created = when_created or org.clock.now()
        self.when_changed = self.when_created
        self.hidden = False
        self.litigation_hold = False
        self.first_name = ""
        self.last_name = ""
        self.retain_deleted_for: EnhancedTimeSpan | None = None
        self.recoverable_quota: Unlimited | None = None
        self.recoverable_warning: Unlimited | None = None
        self.move_request: MoveRequest | None = None
        self.ou = "Users"
        self.upn = f"{self.alias}@{org.domain}"
        self.legacy_dn = None
        self.received_ids: set[str] | None = None  # Internet message ids delivered (duplicate detection)
        self.disconnect_date = None

    def __getattr__(self, name: str) -> Any:
        try:
            v = _NONE_PROPS[name]
        except KeyError:
            raise AttributeError(name) from None
        return MultiValuedProperty() if v == () else v

    # ------------------------------------------------------------ model helpers
    @property
    def database(self) -> "MailboxDatabase":
        return self.org.databases[self.db_name]

    @property
    def dn(self) -> str:
        return f"CN={self.name},CN={self.ou},{self.org.domain_dn}"

    @property
    def canonical_name(self) -> str:
        return f"{self.org.domain}/{self.ou}/{self.name}"

    @property
    def id(self) -> ADObjectId:
        return ADObjectId(self.name, self.dn, self.guid, display=self.canonical_name)

    def effective_quota(self, which: str) -> Unlimited:
        """The quota that applies ('IssueWarningQuota', 'ProhibitSendQuota', 'ProhibitSendReceiveQuota')."""
        if self.use_db_quota_defaults:
            return getattr(self.database, which)
        return getattr(self, which)

    def storage_limit_status(self) -> str:
        if self.use_db_quota_defaults:
            db = self.database
            iw, ps, psr = db.issue_warning, db.prohibit_send, db.prohibit_send_receive
        else:
            iw, ps, psr = self.IssueWarningQuota, self.ProhibitSendQuota, self.ProhibitSendReceiveQuota
        size = ByteQuantifiedSize(self.total_size)
        if not psr.IsUnlimited and size >= psr.Value:
            return "MailboxDisabled"
        if not ps.IsUnlimited and size >= ps.Value:
            return "ProhibitSend"
        if not iw.IsUnlimited and size >= iw.Value:
            return "IssueWarning"
        if iw.IsUnlimited and ps.IsUnlimited and psr.IsUnlimited:
            return "NoChecking"
        return "BelowLimit"

    def set_quota(self, which: str, value: Unlimited) -> None:
        attr = {"IssueWarningQuota": "_issue_warning", "ProhibitSendQuota": "_prohibit_send",
                "ProhibitSendReceiveQuota": "_prohibit_send_receive"}[which]
        setattr(self, attr, value)
        self.when_changed = self.org.clock.now()

    # ------------------------------------------------------------ PS properties
    Name = property(lambda self: self.name)
    Alias = property(lambda self: self.alias)
    DisplayName = property(lambda self: self.display_name)
    Identity = property(lambda self: self.id)
    Guid = property(lambda self: self.guid)
    ExchangeGuid = property(lambda self: self.exchange_guid)
    DistinguishedName = property(lambda self: self.dn)
    SamAccountName = property(lambda self: self.alias[:20])
    UserPrincipalName = property(lambda self: self.upn)
    WindowsEmailAddress = property(lambda self: SmtpAddress(self.smtp))
    PrimarySmtpAddress = property(lambda self: SmtpAddress(self.smtp))
    RecipientTypeDetails = property(lambda self: self.recipient_type_details)
    IsResource = property(lambda self: self.recipient_type_details in ("RoomMailbox", "EquipmentMailbox"))
    HiddenFromAddressListsEnabled = property(lambda self: self.hidden)
    LitigationHoldEnabled = property(lambda self: self.litigation_hold)
    UseDatabaseQuotaDefaults = property(lambda self: self.use_db_quota_defaults)
    RetainDeletedItemsUntilBackup = property(lambda self: False)
    OrganizationalUnit = property(lambda self: f"{self.org.domain}/{self.ou}")
    WhenChanged = property(lambda self: self.when_changed)
    WhenCreated = property(lambda self: self.when_created)
    WhenChangedUTC = property(lambda self: self.org.to_utc(self.when_changed))
    WhenCreatedUTC = property(lambda self: self.org.to_utc(self.when_created))
    OriginatingServer = property(lambda self: self.org.dc_fqdn)
    ObjectCategory = property(lambda self: f"{self.org.domain}/Configuration/Schema/Person")
    ObjectClass = property(lambda self: MultiValuedProperty(["top", "person", "organizationalPerson", "user"]))
    FirstName = property(lambda self: self.first_name)
    LastName = property(lambda self: self.last_name)
    ItemCount = property(lambda self: self.item_count)
    TotalItemSize = property(lambda self: ByteQuantifiedSize(self.total_size))

    @property
    def Database(self) -> ADObjectId:
        return self.database.id

    @property
    def ServerName(self) -> str:
        """The short name of the server holding the database's active copy, lower-case as 2010 shows it."""
        return (self.database.active_server or "").lower()

    @property
    def ServerLegacyDN(self) -> str:
        return (f"/o={self.org.name}/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration"
                f"/cn=Servers/cn={self.database.active_server}")

    @property
    def LegacyExchangeDN(self) -> str:
        return self.legacy_dn or (f"/o={self.org.name}/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)"
                                  f"/cn=Recipients/cn={self.alias}")

    @property
    def EmailAddresses(self) -> ProxyAddressCollection:
        return ProxyAddressCollection.of(f"SMTP:{self.smtp}", *(f"smtp:{a}" for a in self.extra_addresses))

    @property
    def IssueWarningQuota(self) -> Unlimited:
        return self._issue_warning or Unlimited()

    @property
    def ProhibitSendQuota(self) -> Unlimited:
        return self._prohibit_send or Unlimited()

    @property
    def ProhibitSendReceiveQuota(self) -> Unlimited:
        return self._prohibit_send_receive or Unlimited()

    @property
    def RecoverableItemsQuota(self) -> Unlimited:
        return self.recoverable_quota or Unlimited()

    @property
    def RecoverableItemsWarningQuota(self) -> Unlimited:
        return self.recoverable_warning or Unlimited()

    @property
    def RetainDeletedItemsFor(self) -> EnhancedTimeSpan:
        return self.retain_deleted_for or EnhancedTimeSpan.parse("14.00:00:00")

    @property
    def ArchiveQuota(self) -> Unlimited:
        return Unlimited(ByteQuantifiedSize(50 << 30))

    @property
    def ArchiveWarningQuota(self) -> Unlimited:
        return Unlimited(ByteQuantifiedSize(45 << 30))

    @property
    def Languages(self) -> MultiValuedProperty:
        return MultiValuedProperty()

    @property
    def AddressListMembership(self) -> MultiValuedProperty:
        return MultiValuedProperty(["\\Mailboxes(VLV)", "\\All Mailboxes(VLV)", "\\All Recipients(VLV)",
                                    "\\Default Global Address List", "\\All Users"])

    @property
    def UMDtmfMap(self) -> MultiValuedProperty:
        return MultiValuedProperty()

    @property
    def MailboxMoveTargetMDB(self) -> ADObjectId | None:
        mr = self.move_request
        return mr.target_db.id if mr is not None and mr.target_db.name in self.org.databases else None

    @property
    def MailboxMoveSourceMDB(self) -> ADObjectId | None:
        mr = self.move_request
        return mr.source_db.id if mr is not None and mr.source_db.name in self.org.databases else None

    @property
    def MailboxMoveBatchName(self) -> str | None:
        return self.move_request.batch_name if self.move_request is not None else None

    @property
    def MailboxMoveStatus(self) -> str:
        return self.move_request.status() if self.move_request is not None else "None"

    def ps_to_string(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"Mailbox({self.name} on {self.db_name})"


class MailboxStatistics:
    """Get-MailboxStatistics output (snapshot)."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics",
                     "Microsoft.Exchange.Data.Mapi.MailboxStatistics", "Microsoft.Exchange.Data.Mapi.MapiObject",
                     "Microsoft.Exchange.Data.ConfigurableObject", "System.Object")
    PS_PROPERTIES = ("AssociatedItemCount", "DeletedItemCount", "DisconnectDate", "DisplayName", "ItemCount",
                     "LastLoggedOnUserAccount", "LastLogoffTime", "LastLogonTime", "LegacyDN", "MailboxGuid",
                     "ObjectClass", "StorageLimitStatus", "TotalDeletedItemSize", "TotalItemSize", "Database",
                     "ServerName", "DatabaseName", "MoveHistory", "IsArchiveMailbox", "IsQuarantined", "Identity",
                     "MapiIdentity", "OriginatingServer", "IsValid", "ObjectState")
    __slots__ = PS_PROPERTIES + ("mailbox",)

    def __init__(self, mbx: Mailbox):
        db = mbx.database
        self.mailbox = mbx
        self.AssociatedItemCount = mbx.associated_count
        self.DeletedItemCount = mbx.deleted_count
        self.DisconnectDate = mbx.disconnect_date
        self.DisplayName = mbx.display_name
        self.ItemCount = mbx.item_count
        self.LastLoggedOnUserAccount = f"{mbx.org.netbios}\\{mbx.alias}" if mbx.last_logon else None
        self.LastLogoffTime = mbx.last_logoff
        self.LastLogonTime = mbx.last_logon
        self.LegacyDN = mbx.LegacyExchangeDN.upper()
        self.MailboxGuid = mbx.exchange_guid
        self.ObjectClass = "Mailbox"
        self.StorageLimitStatus = mbx.storage_limit_status()
        # Unlimited<ByteQuantifiedSize>, hence the well-known `.TotalItemSize.Value.ToMB()`
        self.TotalDeletedItemSize = Unlimited(ByteQuantifiedSize(mbx.deleted_size))
        self.TotalItemSize = Unlimited(ByteQuantifiedSize(mbx.total_size))
        self.Database = db.id
        self.ServerName = db.active_server
        self.DatabaseName = db.name
        self.MoveHistory = None
        self.IsArchiveMailbox = False
        self.IsQuarantined = False
        self.Identity = mbx.exchange_guid
        self.MapiIdentity = mbx.exchange_guid
        self.OriginatingServer = (mbx.org.servers[db.active_server].fqdn if db.active_server else None)
        self.IsValid = True
        self.ObjectState = "Unchanged"

    def ps_to_string(self) -> str:
        return str(self.MailboxGuid)


class Recipient:
    """Get-Recipient view (ReducedRecipient) of a mailbox."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.Management.ReducedRecipient",
                     "Microsoft.Exchange.Data.Directory.ADPresentationObject", "System.Object")
    PS_PROPERTIES = ("Alias", "ArchiveGuid", "Database", "DisplayName", "EmailAddresses", "ExchangeGuid",
                     "HiddenFromAddressListsEnabled", "LastExchangeChangedTime", "OrganizationalUnit",
                     "PrimarySmtpAddress", "RecipientType", "RecipientTypeDetails", "ServerLegacyDN",
                     "ServerName", "Name", "Identity", "DistinguishedName", "Guid", "WhenChanged", "WhenCreated",
                     "IsValid", "ObjectState")
    __slots__ = ("mailbox",)

    def __init__(self, mbx: Mailbox):
        self.mailbox = mbx

    def __getattr__(self, name: str) -> Any:
        return getattr(self.mailbox, name)

    def ps_to_string(self) -> str:
        return self.mailbox.name


class User:
    """Get-User view of a mailbox user."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.Management.User",
                     "Microsoft.Exchange.Data.Directory.Management.OrgPerson",
                     "Microsoft.Exchange.Data.Directory.ADPresentationObject", "System.Object")
    PS_PROPERTIES = ("IsSecurityPrincipal", "SamAccountName", "Sid", "UserPrincipalName", "ResetPasswordOnNextLogon",
                     "City", "Company", "CountryOrRegion", "Department", "DisplayName", "FirstName", "Initials",
                     "LastName", "Office", "Phone", "PostalCode", "StateOrProvince", "StreetAddress", "Title",
                     "WindowsEmailAddress", "RecipientType", "RecipientTypeDetails", "OrganizationalUnit",
                     "Name", "Identity", "DistinguishedName", "Guid", "WhenChanged", "WhenCreated", "IsValid",
                     "ObjectState")
    __slots__ = ("mailbox",)
    _EMPTY = {"City": "", "Company": "", "CountryOrRegion": None, "Department": "", "Initials": "", "Office": "",
              "Phone": "", "PostalCode": "", "StateOrProvince": "", "StreetAddress": "", "Title": "",
              "IsSecurityPrincipal": True}

    def __init__(self, mbx: Mailbox):
        self.mailbox = mbx

    def __getattr__(self, name: str) -> Any:
        if name in User._EMPTY:
            return User._EMPTY[name]
        return getattr(self.mailbox, name)

    @property
    def Sid(self) -> str:
        return f"S-1-5-21-1004336348-1177238915-682003330-{1100 + (self.mailbox.guid.int % 100000)}"

    @property
    def has_mailbox(self) -> bool:
        return self.mailbox.org.disabled_users.get(self.mailbox.name.lower()) is not self.mailbox

    @property
    def RecipientType(self) -> str:
        return "UserMailbox" if self.has_mailbox else "User"

    @property
    def RecipientTypeDetails(self) -> str:
        return self.mailbox.recipient_type_details if self.has_mailbox else "User"

    def ps_to_string(self) -> str:
        return self.mailbox.name


# ---------------------------------------------------------------- move requests

QUEUE_SECONDS = 30
MOVE_RATE = 4 << 20  # bytes per second
COMPLETION_SECONDS = 30


class MoveRequest:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Management.RecipientTasks.MoveRequest",
                     "Microsoft.Exchange.Data.Directory.ADPresentationObject", "System.Object")
    PS_PROPERTIES = ("DisplayName", "Alias", "ExchangeGuid", "SourceDatabase", "TargetDatabase",
                     "SourceArchiveDatabase", "TargetArchiveDatabase", "Flags", "RemoteHostName", "BatchName",
                     "Status", "Protect", "Suspend", "SuspendWhenReadyToComplete", "Direction", "IsOffline",
                     "RequestStyle", "Name", "Identity", "IsValid", "ObjectState")
    __slots__ = ("mailbox", "source_db", "target_db", "batch_name", "queued_at", "suspended", "suspend_when_ready",
                 "completed_at", "size", "items", "failed", "_done", "event", "suspended_at")

    def __init__(self, mailbox: Mailbox, target_db: "MailboxDatabase", batch_name: str | None, now: datetime,
                 suspend: bool = False, suspend_when_ready: bool = False):
        self.mailbox = mailbox
        self.source_db = mailbox.database
        self.target_db = target_db
        self.batch_name = batch_name
        self.queued_at = now
        self.suspended = suspend
        self.suspended_at = now if suspend else None
        self.suspend_when_ready = suspend_when_ready
        self.completed_at: datetime | None = None
        self.size = mailbox.total_size
        self.items = mailbox.item_count
        self.failed = False
        self._done = False
        self.event: Any = None

    # timeline
    def duration(self) -> timedelta:
        return timedelta(seconds=QUEUE_SECONDS + max(10.0, self.size / MOVE_RATE) + COMPLETION_SECONDS)

    def finish_time(self) -> datetime:
        return self.queued_at + self.duration()

    def percent(self, now: datetime | None = None) -> int:
        now = now or self.mailbox.org.clock.now()
        if self._done:
            return 100
        if self.suspended:
            now = self.suspended_at or now
        t = (now - self.queued_at).total_seconds()
        copy_secs = max(10.0, self.size / MOVE_RATE)
        if t < QUEUE_SECONDS:
            return 0
        if t < QUEUE_SECONDS + copy_secs:
            return min(94, 10 + int(85 * (t - QUEUE_SECONDS) / copy_secs))
        if self.suspend_when_ready:
            return 95
        return min(99, 95 + int(5 * (t - QUEUE_SECONDS - copy_secs) / COMPLETION_SECONDS))

    def status(self, now: datetime | None = None) -> str:
        now = now or self.mailbox.org.clock.now()
        if self._done:
            return "Completed"
        if self.failed:
            return "Failed"
        if self.suspended:
            return "Suspended"
        t = (now - self.queued_at).total_seconds()
        copy_secs = max(10.0, self.size / MOVE_RATE)
        if t < QUEUE_SECONDS:
            return "Queued"
        if t < QUEUE_SECONDS + copy_secs:
            return "InProgress"
        if self.suspend_when_ready:
            return "AutoSuspended"
        return "CompletionInProgress"

    # PS properties
    DisplayName = property(lambda self: self.mailbox.display_name)
    Alias = property(lambda self: self.mailbox.alias)
    ExchangeGuid = property(lambda self: self.mailbox.exchange_guid)
    SourceDatabase = property(lambda self: self.source_db.id)
    TargetDatabase = property(lambda self: self.target_db.id)
    SourceArchiveDatabase = None
    TargetArchiveDatabase = None
    Flags = "IntraOrg, Pull"
    RemoteHostName = None
    BatchName = property(lambda self: self.batch_name)
    Status = property(lambda self: self.status())
    Protect = False
    Suspend = property(lambda self: self.suspended)
    SuspendWhenReadyToComplete = property(lambda self: self.suspend_when_ready)
    Direction = "Pull"
    IsOffline = False
    RequestStyle = "IntraOrg"
    Name = property(lambda self: self.mailbox.name)
    Identity = property(lambda self: self.mailbox.id)
    IsValid = True
    ObjectState = "Unchanged"

    def ps_to_string(self) -> str:
        return self.mailbox.canonical_name


class MoveRequestStatistics:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Management.RecipientTasks.MoveRequestStatistics",
                     "Microsoft.Exchange.Data.ConfigurableObject", "System.Object")
    PS_PROPERTIES = ("MailboxIdentity", "DistinguishedName", "DisplayName", "Alias", "ExchangeGuid", "Status",
                     "StatusDetail", "SyncStage", "Flags", "RequestStyle", "Direction", "IsOffline", "Protect",
                     "DoNotPreserveMailboxSignature", "Suspend", "SuspendWhenReadyToComplete", "IgnoreRuleLimitErrors",
                     "RecipientTypeDetails", "SourceVersion", "SourceDatabase", "SourceServer", "TargetVersion",
                     "TargetDatabase", "TargetServer", "BatchName", "BadItemLimit", "BadItemsEncountered",
                     "QueuedTimestamp", "StartTimestamp", "LastUpdateTimestamp", "CompletionTimestamp",
                     "SuspendedTimestamp", "OverallDuration", "TotalSuspendedDuration", "TotalFailedDuration",
                     "TotalQueuedDuration", "TotalInProgressDuration", "TotalStalledDueToHADuration",
                     "TotalTransientFailureDuration", "MRSServerName", "TotalMailboxSize", "TotalMailboxItemCount",
                     "TotalArchiveSize", "TotalArchiveItemCount", "BytesTransferred", "BytesTransferredPerMinute",
                     "ItemsTransferred", "PercentComplete", "FailureCode", "FailureType", "Message", "Identity",
                     "IsValid", "ObjectState")
    __slots__ = PS_PROPERTIES + ("request",)

    def __init__(self, mr: MoveRequest):
        org = mr.mailbox.org
        now = org.clock.now()
        mbx = mr.mailbox
        pct = mr.percent(now)
        st = mr.status(now)
        self.request = mr
        self.MailboxIdentity = mbx.id
        self.DistinguishedName = mbx.dn
        self.DisplayName = mbx.display_name
        self.Alias = mbx.alias
        self.ExchangeGuid = mbx.exchange_guid
        self.Status = st
        self.StatusDetail = {"Queued": "Queued", "InProgress": "CopyingMessages", "Completed": "Completed",
                             "CompletionInProgress": "Completing", "Suspended": "Suspended",
                             "AutoSuspended": "AutoSuspended", "Failed": "Failed"}.get(st, st)
        self.SyncStage = {"Queued": "None", "InProgress": "CopyingMessages"}.get(st, "SyncFinished")
        self.Flags = mr.Flags
        self.RequestStyle = "IntraOrg"
        self.Direction = "Pull"
        self.IsOffline = False
        self.Protect = False
        self.DoNotPreserveMailboxSignature = False
        self.Suspend = mr.suspended
        self.SuspendWhenReadyToComplete = mr.suspend_when_ready
        self.IgnoreRuleLimitErrors = False
        self.RecipientTypeDetails = mbx.recipient_type_details
        src = org.servers.get(mr.source_db.active_server) if mr.source_db.active_server else None
        tgt = org.servers.get(mr.target_db.active_server) if mr.target_db.active_server else None
        self.SourceVersion = src.version if src else None
        self.SourceDatabase = mr.source_db.id
        self.SourceServer = src.fqdn if src else None
        self.TargetVersion = tgt.version if tgt else None
        self.TargetDatabase = mr.target_db.id
        self.TargetServer = tgt.fqdn if tgt else None
        self.BatchName = mr.batch_name
        self.BadItemLimit = 0
        self.BadItemsEncountered = 0
        self.QueuedTimestamp = mr.queued_at
        started = mr.queued_at + timedelta(seconds=QUEUE_SECONDS)
        self.StartTimestamp = started if st != "Queued" else None
        self.LastUpdateTimestamp = now if not mr._done else mr.completed_at
        self.CompletionTimestamp = mr.completed_at
        self.SuspendedTimestamp = mr.suspended_at
        end = mr.completed_at or now
        self.OverallDuration = EnhancedTimeSpan(end - mr.queued_at)
        self.TotalSuspendedDuration = EnhancedTimeSpan(0)
        self.TotalFailedDuration = EnhancedTimeSpan(0)
        self.TotalQueuedDuration = EnhancedTimeSpan(min(end - mr.queued_at, timedelta(seconds=QUEUE_SECONDS)))
        self.TotalInProgressDuration = EnhancedTimeSpan(max(timedelta(0), end - started))
        self.TotalStalledDueToHADuration = EnhancedTimeSpan(0)
        self.TotalTransientFailureDuration = EnhancedTimeSpan(0)
        self.MRSServerName = org.mrs_server_name()
        self.TotalMailboxSize = ByteQuantifiedSize(mr.size)
        self.TotalMailboxItemCount = mr.items
        self.TotalArchiveSize = None
        self.TotalArchiveItemCount = None
        done = min(mr.size, int(mr.size * max(0, pct - 10) / 85)) if pct < 95 else mr.size
        self.BytesTransferred = ByteQuantifiedSize(done)
        self.BytesTransferredPerMinute = ByteQuantifiedSize(MOVE_RATE * 60 if st == "InProgress" else 0)
        self.ItemsTransferred = int(mr.items * done / mr.size) if mr.size else (mr.items if pct >= 95 else 0)
        self.PercentComplete = pct
        self.FailureCode = None
        self.FailureType = None
        self.Message = ""
        self.Identity = mbx.id
        self.IsValid = True
        self.ObjectState = "Unchanged"

    def ps_to_string(self) -> str:
        return self.request.mailbox.canonical_name
