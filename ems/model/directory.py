"""Directory objects that are not servers, databases or mailboxes, and the indexed
collections the organization keeps its objects in.

* ``NamedCollection``: objects by case-insensitive name (``coll["e1401"]``, ``coll.get(x)``,
  ``x in coll``, iteration in insertion order, ``len``), plus GUID lookup. O(1).
* ``MailboxCollection``: also by alias, SMTP address (any proxy address), UPN and GUIDs, and
  per database (``by_database(name)``), kept up to date by ``add/remove/move``.
* ``OrganizationConfig`` (Get-OrganizationConfig), ``AcceptedDomain`` (Get-AcceptedDomain),
  ``ADServerSettings`` (Get-ADServerSettings).
"""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, Iterator, TypeVar

from ems.model.values import ADObjectId, MultiValuedProperty

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.mailboxes import Mailbox
    from ems.model.org import Organization

T = TypeVar("T")


class NamedCollection(Generic[T]):
    def __init__(self) -> None:
        self._by_name: dict[str, T] = {}
        self._by_guid: dict[uuid.UUID, T] = {}

    def add(self, obj: T) -> T:
        self._by_name[obj.name.lower()] = obj  # type: ignore[attr-defined]
        g = getattr(obj, "guid", None)
        if g is not None:
            self._by_guid[g] = obj
        return obj

    def remove(self, obj: T) -> None:
        self._by_name.pop(obj.name.lower(), None)  # type: ignore[attr-defined]
        g = getattr(obj, "guid", None)
        if g is not None:
            self._by_guid.pop(g, None)

    def rename(self, obj: T, new_name: str) -> None:
        self._by_name.pop(obj.name.lower(), None)  # type: ignore[attr-defined]
        obj.name = new_name  # type: ignore[attr-defined]
        self._by_name[new_name.lower()] = obj

    def get(self, name: Any, default: Any = None) -> T | None:
        if name is None:
            return default
        if isinstance(name, uuid.UUID):
            return self._by_guid.get(name, default)
        return self._by_name.get(str(name).lower(), default)

    def by_guid(self, guid: uuid.UUID) -> T | None:
        return self._by_guid.get(guid)

    def __getitem__(self, name: str) -> T:
        return self._by_name[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._by_name

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._by_name.values()))

    def __len__(self) -> int:
        return len(self._by_name)

    def names(self) -> list[str]:
        return [o.name for o in self._by_name.values()]  # type: ignore[attr-defined]


class MailboxCollection(NamedCollection["Mailbox"]):
    def __init__(self) -> None:
        super().__init__()
        self._by_alias: dict[str, Mailbox] = {}
        self._by_address: dict[str, Mailbox] = {}
        self._by_exchange_guid: dict[uuid.UUID, Mailbox] = {}

    def add(self, mbx: "Mailbox") -> "Mailbox":
        super().add(mbx)
        self._by_alias[mbx.alias.lower()] = mbx
        self._by_exchange_guid[mbx.exchange_guid] = mbx
        for a in [mbx.smtp, mbx.upn, *mbx.extra_addresses]:
            self._by_address[a.lower()] = mbx
        mbx.database.mailboxes[mbx.name.lower()] = mbx
        return mbx

    def remove(self, mbx: "Mailbox") -> None:
        super().remove(mbx)
        self._by_alias.pop(mbx.alias.lower(), None)
        self._by_exchange_guid.pop(mbx.exchange_guid, None)
        for a in [mbx.smtp, mbx.upn, *mbx.extra_addresses]:
            if self._by_address.get(a.lower()) is mbx:
                del self._by_address[a.lower()]
        db = mbx.org.databases.get(mbx.db_name)
        if db is not None:
            db.mailboxes.pop(mbx.name.lower(), None)

    def reindex_addresses(self, mbx: "Mailbox", old: list[str]) -> None:
        for a in old:
            if self._by_address.get(a.lower()) is mbx:
                del self._by_address[a.lower()]
        for a in [mbx.smtp, mbx.upn, *mbx.extra_addresses]:
            self._by_address[a.lower()] = mbx

    def move(self, mbx: "Mailbox", new_db_name: str) -> None:
        old = mbx.org.databases.get(mbx.db_name)
        if old is not None:
            old.mailboxes.pop(mbx.name.lower(), None)
        mbx.db_name = new_db_name
        mbx.database.mailboxes[mbx.name.lower()] = mbx

    def by_alias(self, alias: str) -> "Mailbox | None":
        return self._by_alias.get(alias.lower())

    def by_address(self, address: str) -> "Mailbox | None":
        a = address.lower()
        if a.startswith("smtp:"):
            a = a[5:]
        return self._by_address.get(a)

    def by_exchange_guid(self, g: uuid.UUID) -> "Mailbox | None":
        return self._by_exchange_guid.get(g)

    def by_database(self, db_name: str, org: "Organization") -> list["Mailbox"]:
        db = org.databases.get(db_name)
        return list(db.mailboxes.values()) if db is not None else []


class AcceptedDomain:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain",
                     "Microsoft.Exchange.Data.Directory.ADConfigurationObject", "System.Object")
    PS_PROPERTIES = ("DomainName", "DomainType", "Default", "AddressBookEnabled", "MatchSubDomains",
                     "PendingRemoval", "AdminDisplayName", "ExchangeVersion", "Name", "DistinguishedName",
                     "Identity", "Guid", "ObjectCategory", "ObjectClass", "WhenChanged", "WhenCreated",
                     "WhenChangedUTC", "WhenCreatedUTC", "OrganizationId", "OriginatingServer", "IsValid",
                     "ObjectState")
    __slots__ = ("org", "name", "domain", "domain_type", "default", "guid", "when_created")

    def __init__(self, org: "Organization", name: str, domain: str, domain_type: str = "Authoritative",
                 default: bool = False, guid: uuid.UUID | None = None):
        self.org = org
        self.name = name
        self.domain = domain
        self.domain_type = domain_type
        self.default = default
        self.guid = guid or uuid.UUID(int=org.random.getrandbits(128))
        self.when_created = org.clock.now()

    DomainName = property(lambda self: self.domain)
    DomainType = property(lambda self: self.domain_type)
    Default = property(lambda self: self.default)
    AddressBookEnabled = property(lambda self: self.domain_type == "Authoritative")
    MatchSubDomains = False
    PendingRemoval = False
    AdminDisplayName = property(lambda self: None)
    ExchangeVersion = "0.1 (8.0.535.0)"
    Name = property(lambda self: self.name)
    DistinguishedName = property(lambda self: (
        f"CN={self.name},CN=Accepted Domains,CN=Transport Settings,CN={self.org.name},CN=Microsoft Exchange,"
        f"CN=Services,CN=Configuration,{self.org.domain_dn}"))
    Identity = property(lambda self: ADObjectId(self.name, self.DistinguishedName, self.guid))
    Guid = property(lambda self: self.guid)
    ObjectCategory = property(lambda self: f"{self.org.domain}/Configuration/Schema/ms-Exch-Accepted-Domain")
    ObjectClass = property(lambda self: MultiValuedProperty(["top", "msExchAcceptedDomain"]))
    WhenChanged = property(lambda self: self.when_created)
    WhenCreated = property(lambda self: self.when_created)
    WhenChangedUTC = property(lambda self: self.org.to_utc(self.when_created))
    WhenCreatedUTC = property(lambda self: self.org.to_utc(self.when_created))
    OrganizationId = None
    OriginatingServer = property(lambda self: self.org.dc_fqdn)
    IsValid = True
    ObjectState = "Unchanged"

    def ps_to_string(self) -> str:
        return self.name


class OrganizationConfig:
    """Get-OrganizationConfig (the properties scripts usually read)."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.Management.OrganizationConfig",
                     "Microsoft.Exchange.Data.Directory.ADPresentationObject", "System.Object")
    PS_PROPERTIES = ("DefaultPublicFolderAgeLimit", "DefaultPublicFolderIssueWarningQuota",
                     "DefaultPublicFolderProhibitPostQuota", "DefaultPublicFolderMaxItemSize",
                     "DefaultPublicFolderDeletedItemRetention", "DefaultPublicFolderMovedItemRetention",
                     "PublicFoldersLockedForMigration", "PublicFolderMigrationComplete", "ActivityBasedAuthenticationTimeoutInterval",
                     "ActivityBasedAuthenticationTimeoutEnabled", "ActivityBasedAuthenticationTimeoutWithSingleSignOnEnabled",
                     "AppsForOfficeEnabled", "EwsEnabled", "EwsAllowOutlook", "EwsAllowMacOutlook",
                     "EwsAllowEntourage", "EwsApplicationAccessPolicy", "EwsAllowList", "EwsBlockList",
                     "MailTipsExternalRecipientsTipsEnabled", "MailTipsLargeAudienceThreshold",
                     "MailTipsMailboxSourcedTipsEnabled", "MailTipsGroupMetricsEnabled", "MailTipsAllTipsEnabled",
                     "ReadTrackingEnabled", "DistributionGroupDefaultOU", "DistributionGroupNameBlockedWordsList",
                     "DistributionGroupNamingPolicy", "ExchangeNotificationEnabled", "ExchangeNotificationRecipients",
                     "HierarchicalAddressBookRoot", "IsMixedMode", "MaxAddressBookPolicies", "MaxOfflineAddressBooks",
                     "ShowAdminAccessWarning", "SCLJunkThreshold", "ByteEncoderTypeFor7BitCharsets",
                     "AdminDisplayName", "ExchangeVersion", "Name", "DistinguishedName", "Identity", "Guid",
                     "ObjectCategory", "ObjectClass", "WhenChanged", "WhenCreated", "WhenChangedUTC",
                     "WhenCreatedUTC", "OrganizationId", "OriginatingServer", "IsValid", "ObjectState")
    __slots__ = ("org",)

    _VALUES: dict[str, Any] = {
        "DefaultPublicFolderAgeLimit": None, "DefaultPublicFolderIssueWarningQuota": "1.9 GB (2,040,109,440 bytes)",
        "DefaultPublicFolderProhibitPostQuota": "2 GB (2,147,483,648 bytes)",
        "DefaultPublicFolderMaxItemSize": "10 MB (10,485,760 bytes)",
        "DefaultPublicFolderDeletedItemRetention": "14.00:00:00", "DefaultPublicFolderMovedItemRetention": "7.00:00:00",
        "PublicFoldersLockedForMigration": False, "PublicFolderMigrationComplete": False,
        "ActivityBasedAuthenticationTimeoutInterval": "06:00:00", "ActivityBasedAuthenticationTimeoutEnabled": True,
        "ActivityBasedAuthenticationTimeoutWithSingleSignOnEnabled": True, "AppsForOfficeEnabled": True,
        "EwsEnabled": None, "EwsAllowOutlook": None, "EwsAllowMacOutlook": None, "EwsAllowEntourage": None,
        "EwsApplicationAccessPolicy": None, "EwsAllowList": None, "EwsBlockList": None,
        "MailTipsExternalRecipientsTipsEnabled": False, "MailTipsLargeAudienceThreshold": 25,
        "MailTipsMailboxSourcedTipsEnabled": True, "MailTipsGroupMetricsEnabled": True, "MailTipsAllTipsEnabled": True,
        "ReadTrackingEnabled": False, "DistributionGroupDefaultOU": None,
        "DistributionGroupNameBlockedWordsList": (), "DistributionGroupNamingPolicy": "",
        "ExchangeNotificationEnabled": True, "ExchangeNotificationRecipients": (), "HierarchicalAddressBookRoot": None,
        "IsMixedMode": False, "MaxAddressBookPolicies": 250, "MaxOfflineAddressBooks": 250,
        "ShowAdminAccessWarning": False, "SCLJunkThreshold": 4, "ByteEncoderTypeFor7BitCharsets": 0,
        "AdminDisplayName": "", "ExchangeVersion": "0.10 (14.0.100.0)", "OrganizationId": None,
        "IsValid": True, "ObjectState": "Unchanged",
    }

    def __init__(self, org: "Organization"):
        self.org = org

    def __getattr__(self, name: str) -> Any:
        try:
            v = OrganizationConfig._VALUES[name]
        except KeyError:
            raise AttributeError(name) from None
        return MultiValuedProperty() if v == () else v

    Name = property(lambda self: self.org.name)
    DistinguishedName = property(lambda self: f"CN={self.org.name},CN=Microsoft Exchange,CN=Services,"
                                              f"CN=Configuration,{self.org.domain_dn}")
    Identity = property(lambda self: ADObjectId(self.org.name, self.DistinguishedName, self.org.guid))
    Guid = property(lambda self: self.org.guid)
    ObjectCategory = property(lambda self: f"{self.org.domain}/Configuration/Schema/ms-Exch-Organization-Container")
    ObjectClass = property(lambda self: MultiValuedProperty(["top", "container", "msExchOrganizationContainer"]))
    WhenChanged = property(lambda self: self.org.created)
    WhenCreated = property(lambda self: self.org.created)
    WhenChangedUTC = property(lambda self: self.org.to_utc(self.org.created))
    WhenCreatedUTC = property(lambda self: self.org.to_utc(self.org.created))
    OriginatingServer = property(lambda self: self.org.dc_fqdn)

    def ps_to_string(self) -> str:
        return self.org.name


class ADServerSettings:
    """Get-ADServerSettings (the session's directory scope)."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.RunspaceServerSettingsPresentationObject", "System.Object")
    PS_PROPERTIES = ("DefaultGlobalCatalog", "DefaultConfigurationDomainController", "DefaultPreferredDomainControllers",
                     "UserPreferredGlobalCatalog", "UserPreferredConfigurationDomainController",
                     "UserPreferredDomainControllers", "DefaultConfigurationDomainControllersForAllForests",
                     "DefaultGlobalCatalogsForAllForests", "DefaultPreferredDomainControllersForAllForests",
                     "RecipientViewRoot", "ViewEntireForest", "WriteOriginatingChangeTimestamp",
                     "WriteShadowProperties", "Identity", "IsValid")
    __slots__ = ("org", "view_entire_forest", "recipient_view_root", "preferred_server")

    def __init__(self, org: "Organization"):
        self.org = org
        self.view_entire_forest = False
        self.recipient_view_root = org.domain
        self.preferred_server = None

    DefaultGlobalCatalog = property(lambda self: self.org.dc_fqdn)
    DefaultConfigurationDomainController = property(lambda self: self.org.dc_fqdn)
    DefaultPreferredDomainControllers = property(lambda self: MultiValuedProperty([self.org.dc_fqdn]))
    UserPreferredGlobalCatalog = property(lambda self: self.preferred_server)
    UserPreferredConfigurationDomainController = property(lambda self: self.preferred_server)
    UserPreferredDomainControllers = property(lambda self: MultiValuedProperty(
        [self.preferred_server] if self.preferred_server else []))
    DefaultConfigurationDomainControllersForAllForests = property(lambda self: MultiValuedProperty([self.org.dc_fqdn]))
    DefaultGlobalCatalogsForAllForests = property(lambda self: MultiValuedProperty([self.org.dc_fqdn]))
    DefaultPreferredDomainControllersForAllForests = property(lambda self: MultiValuedProperty([self.org.dc_fqdn]))
    RecipientViewRoot = property(lambda self: None if self.view_entire_forest else self.recipient_view_root)
    ViewEntireForest = property(lambda self: self.view_entire_forest)
    WriteOriginatingChangeTimestamp = False
    WriteShadowProperties = False
    Identity = None
    IsValid = True

    def ps_to_string(self) -> str:
        return "Microsoft.Exchange.Data.Directory.RunspaceServerSettingsPresentationObject"


def utc_offset_hours() -> int:
    return -8  # Pacific Standard Time in November 2010 (the lab's servers)


def to_utc(t: datetime, offset_hours: int) -> datetime:
    from datetime import timedelta
    return t - timedelta(hours=offset_hours)
