"""Transport settings objects: TransportConfig (the organization-wide singleton), the
per-server TransportServer settings, and the Send/Receive connectors of the built-in topology.

Defaults are the Exchange 2010 **RTM** ones where RTM and SP1 differ (the built-in organization
runs RTM, build 639.21): ShadowHeartbeatTimeoutInterval 00:05:00 and ShadowHeartbeatRetryCount 3
(SP1: 00:15:00 and 12) — reference §7. Ranges follow the current documentation (§7, cmdlets.json
``range_current_doc``).
"""
from __future__ import annotations

import uuid
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ems.model.errors import ArgumentError
from ems.model.values import ADObjectId, ByteQuantifiedSize, EnhancedTimeSpan, MultiValuedProperty, Unlimited

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization
    from ems.model.servers import Server

_MB = 1 << 20


def _ts(**kw: float) -> EnhancedTimeSpan:
    return EnhancedTimeSpan(timedelta(**kw))


def out_of_range(value: Any, low: Any, high: Any) -> ArgumentError:
    """[K] The Exchange DataValidationException text for a property constraint violation
    (DataStrings.ConstraintViolationValueOutOfRange; exact 2010 wording not confirmed)."""
    return ArgumentError(f"The value must be between {low} and {high}, inclusive. Actual value: {value}.",
                         dotnet_type="Microsoft.Exchange.Data.DataValidationException",
                         category="InvalidArgument", error_id="DataValidationException")


def _span(value: Any, name: str, low: timedelta, high: timedelta) -> EnhancedTimeSpan:
    ts = EnhancedTimeSpan.parse(value)
    if not (low <= ts._td <= high):
        raise out_of_range(ts, EnhancedTimeSpan(low), EnhancedTimeSpan(high))
    return ts


def _int(value: Any, low: int, high: int) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise ArgumentError(f'Cannot convert value "{value}" to type "System.Int32". Error: "Input string was '
                            f'not in a correct format."', category="InvalidArgument") from None
    if not low <= n <= high:
        raise out_of_range(n, low, high)
    return n


def _size(value: Any, low: int, high: int) -> ByteQuantifiedSize:
    s = ByteQuantifiedSize.parse(value)
    if not low <= s._bytes <= high:
        raise out_of_range(s, ByteQuantifiedSize(low), ByteQuantifiedSize(high))
    return s


def _unlimited_size(value: Any) -> Unlimited:
    return Unlimited.parse(value)


def _unlimited_int(value: Any) -> Unlimited:
    if isinstance(value, Unlimited):  # the binder already made one from "500" or "unlimited"
        if value.IsUnlimited:
            return Unlimited(None, "System.Int32")
        value = value.Value
    if isinstance(value, str) and value.strip().lower() == "unlimited":
        return Unlimited(None, "System.Int32")
    return Unlimited(_int(value, 0, 2147483647), "System.Int32")


def _bool(value: Any) -> bool:
    return bool(value)


# Set-TransportConfig parameters the model validates: name -> (converter, default)
_DAY = timedelta(days=1)
TRANSPORT_CONFIG_SETTINGS: dict[str, tuple[Any, Any]] = {
    "ShadowRedundancyEnabled": (_bool, True),
    "ShadowHeartbeatTimeoutInterval": (
        lambda v: _span(v, "ShadowHeartbeatTimeoutInterval", timedelta(seconds=1), _DAY), _ts(minutes=5)),
    "ShadowHeartbeatRetryCount": (lambda v: _int(v, 1, 15), 3),
    "ShadowMessageAutoDiscardInterval": (
        lambda v: _span(v, "ShadowMessageAutoDiscardInterval", timedelta(seconds=5), timedelta(days=90)),
        _ts(days=2)),
    "MaxDumpsterSizePerDatabase": (lambda v: _size(v, 0, 2147483647 * 1024), ByteQuantifiedSize(18 * _MB)),
    "MaxDumpsterTime": (lambda v: _span(v, "MaxDumpsterTime", timedelta(0), timedelta(days=24855)), _ts(days=7)),
    "MaxReceiveSize": (_unlimited_size, Unlimited(ByteQuantifiedSize(10 * _MB))),
    "MaxSendSize": (_unlimited_size, Unlimited(ByteQuantifiedSize(10 * _MB))),
    "MaxRecipientEnvelopeLimit": (_unlimited_int, Unlimited(5000, "System.Int32")),
    "ClearCategories": (_bool, True),
    "ConvertDisclaimerWrapperToEml": (_bool, False),
    "DSNConversionMode": (str, "UseExchangeDSNs"),
    "ExternalDelayDsnEnabled": (_bool, True),
    "ExternalDsnDefaultLanguage": (str, None),
    "ExternalDsnLanguageDetectionEnabled": (_bool, True),
    "ExternalDsnMaxMessageAttachSize": (lambda v: _size(v, 0, 2147483647), ByteQuantifiedSize(10 * _MB)),
    "ExternalDsnReportingAuthority": (str, None),
    "ExternalDsnSendHtml": (_bool, True),
    "ExternalPostmasterAddress": (str, None),
    "GenerateCopyOfDSNFor": (lambda v: MultiValuedProperty(list(v) if isinstance(v, (list, tuple)) else [v]),
                             MultiValuedProperty()),
    "HeaderPromotionModeSetting": (str, "NoCreate"),
    "InternalDelayDsnEnabled": (_bool, True),
    "InternalDsnDefaultLanguage": (str, None),
    "InternalDsnLanguageDetectionEnabled": (_bool, True),
    "InternalDsnMaxMessageAttachSize": (lambda v: _size(v, 0, 2147483647), ByteQuantifiedSize(10 * _MB)),
    "InternalDsnReportingAuthority": (str, None),
    "InternalDsnSendHtml": (_bool, True),
    "InternalSMTPServers": (lambda v: MultiValuedProperty(list(v) if isinstance(v, (list, tuple)) else [v]),
                            MultiValuedProperty()),
    "JournalingReportNdrTo": (str, None),
    "LegacyJournalingMigrationEnabled": (_bool, False),
    "MigrationEnabled": (_bool, False),
    "OpenDomainRoutingEnabled": (_bool, False),
    "OrganizationFederatedMailbox": (str, None),
    "Rfc2231EncodingEnabled": (_bool, False),
    "SupervisionTags": (lambda v: MultiValuedProperty(list(v) if isinstance(v, (list, tuple)) else [v]),
                        MultiValuedProperty(["Reject", "Allow"])),
    "TLSReceiveDomainSecureList": (lambda v: MultiValuedProperty(list(v) if isinstance(v, (list, tuple)) else [v]),
                                   MultiValuedProperty()),
    "TLSSendDomainSecureList": (lambda v: MultiValuedProperty(list(v) if isinstance(v, (list, tuple)) else [v]),
                                MultiValuedProperty()),
    "VerifySecureSubmitEnabled": (_bool, False),
    "VoicemailJournalingEnabled": (_bool, True),
    "Xexch50Enabled": (_bool, True),
}


class TransportConfig:
    """Get-TransportConfig: the organization's TransportConfigContainer (reference §7)."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.SystemConfiguration.TransportConfigContainer",
                     "Microsoft.Exchange.Data.Directory.ADConfigurationObject",
                     "Microsoft.Exchange.Data.Directory.ADObject", "System.Object")
    PS_PROPERTIES = tuple(sorted(TRANSPORT_CONFIG_SETTINGS)) + (
        "AdminDisplayName", "ExchangeVersion", "Name", "DistinguishedName", "Identity", "Guid",
        "ObjectCategory", "ObjectClass", "WhenChanged", "WhenCreated", "WhenChangedUTC", "WhenCreatedUTC",
        "OrganizationId", "OriginatingServer", "IsValid", "ObjectState")
    __slots__ = ("org", "values", "when_changed")

    def __init__(self, org: "Organization"):
        self.org = org
        self.values: dict[str, Any] = {k: d for k, (_, d) in TRANSPORT_CONFIG_SETTINGS.items()}
        self.when_changed = org.created

    def __getattr__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, "values")[name]
        except KeyError:
            raise AttributeError(name) from None

    def set(self, **fields: Any) -> None:
        """Validate every value first, then apply (a failed Set changes nothing)."""
        new: dict[str, Any] = {}
        for k, v in fields.items():
            conv = TRANSPORT_CONFIG_SETTINGS.get(k)
            if conv is None:
                raise ArgumentError(f"A parameter cannot be found that matches parameter name '{k}'.")
            new[k] = conv[0](v)
        self.values.update(new)
        self.when_changed = self.org.clock.now()

    # typed accessors used by the engine
    @property
    def shadow_enabled(self) -> bool:
        return bool(self.values["ShadowRedundancyEnabled"])

    @property
    def heartbeat_interval(self) -> timedelta:
        return self.values["ShadowHeartbeatTimeoutInterval"]._td

    @property
    def heartbeat_retries(self) -> int:
        return int(self.values["ShadowHeartbeatRetryCount"])

    @property
    def auto_discard(self) -> timedelta:
        return self.values["ShadowMessageAutoDiscardInterval"]._td

    @property
    def dumpster_bytes(self) -> int:
        return self.values["MaxDumpsterSizePerDatabase"]._bytes

    @property
    def dumpster_time(self) -> timedelta:
        return self.values["MaxDumpsterTime"]._td

    AdminDisplayName = None
    ExchangeVersion = "0.1 (8.0.535.0)"
    Name = "Transport Settings"
    DistinguishedName = property(lambda self: (
        f"CN=Transport Settings,CN={self.org.name},CN=Microsoft Exchange,CN=Services,CN=Configuration,"
        f"{self.org.domain_dn}"))
    Identity = property(lambda self: ADObjectId("Transport Settings", self.DistinguishedName,
                                                uuid.UUID(int=self.org.guid.int ^ 0x7157)))
    Guid = property(lambda self: uuid.UUID(int=self.org.guid.int ^ 0x7157))
    ObjectCategory = property(lambda self: f"{self.org.domain}/Configuration/Schema/ms-Exch-Transport-Settings")
    ObjectClass = property(lambda self: MultiValuedProperty(["top", "container", "msExchTransportSettings"]))
    WhenChanged = property(lambda self: self.when_changed)
    WhenCreated = property(lambda self: self.org.created)
    WhenChangedUTC = property(lambda self: self.org.to_utc(self.when_changed))
    WhenCreatedUTC = property(lambda self: self.org.to_utc(self.org.created))
    OrganizationId = None
    OriginatingServer = property(lambda self: self.org.dc_fqdn)
    IsValid = True
    ObjectState = "Unchanged"

    def to_json(self) -> dict[str, Any]:
        out = {}
        for k, (_, d) in TRANSPORT_CONFIG_SETTINGS.items():
            v = self.values[k]
            if v is not d:
                out[k] = v if isinstance(v, (bool, int, str)) or v is None else (
                    list(v) if isinstance(v, MultiValuedProperty) else str(v))
        return out

    def ps_to_string(self) -> str:
        return "Transport Settings"


# Set-TransportServer: the settings the engine uses, with hub/edge defaults (reference §8)
def _server_defaults(edge: bool) -> dict[str, Any]:
    return {
        "MessageExpirationTimeout": _ts(days=2),
        "MessageRetryInterval": _ts(minutes=1),
        "TransientFailureRetryCount": 6,
        "TransientFailureRetryInterval": _ts(minutes=10 if edge else 5),
        "OutboundConnectionFailureRetryInterval": _ts(minutes=30 if edge else 10),
        "DelayNotificationTimeout": _ts(hours=4),
        "MaxOutboundConnections": Unlimited(1000, "System.Int32"),
        "MaxPerDomainOutboundConnections": Unlimited(20, "System.Int32"),
        "MaxConcurrentMailboxDeliveries": 20,
        "MaxConcurrentMailboxSubmissions": 20,
        "PoisonThreshold": 2,
        "PoisonMessageDetectionEnabled": True,
        "QueueMaxIdleTime": _ts(minutes=3),
        "MessageTrackingLogEnabled": True,
        "MessageTrackingLogMaxAge": _ts(days=30),
        "MessageTrackingLogMaxDirectorySize": Unlimited(ByteQuantifiedSize(250 * _MB)),
        "MessageTrackingLogMaxFileSize": ByteQuantifiedSize(10 * _MB),
        "MessageTrackingLogPath": "C:\\Program Files\\Microsoft\\Exchange Server\\V14\\TransportRoles\\Logs\\MessageTracking",
        "MessageTrackingLogSubjectLoggingEnabled": True,
        "ConnectivityLogEnabled": True,
        "PipelineTracingEnabled": False,
        "ContentConversionTracingEnabled": False,
        "AntispamAgentsEnabled": edge,
        "RecipientValidationCacheEnabled": edge,
        "ReceiveProtocolLogPath": "C:\\Program Files\\Microsoft\\Exchange Server\\V14\\TransportRoles\\Logs\\ProtocolLog\\SmtpReceive",
        "SendProtocolLogPath": "C:\\Program Files\\Microsoft\\Exchange Server\\V14\\TransportRoles\\Logs\\ProtocolLog\\SmtpSend",
        "PickupDirectoryPath": "C:\\Program Files\\Microsoft\\Exchange Server\\V14\\TransportRoles\\Pickup",
        "ReplayDirectoryPath": "C:\\Program Files\\Microsoft\\Exchange Server\\V14\\TransportRoles\\Replay",
        "PickupDirectoryMaxMessagesPerMinute": 100,
        "PickupDirectoryMaxHeaderSize": ByteQuantifiedSize(64 * 1024),
        "PickupDirectoryMaxRecipientsPerMessage": 100,
        "MaxConnectionRatePerMinute": 1200,
        "IntraOrgConnectorSmtpMaxMessagesPerConnection": 20,
        "ExternalDNSAdapterEnabled": True,
        "InternalDNSAdapterEnabled": True,
    }


def _span_any(v: Any) -> EnhancedTimeSpan:
    return EnhancedTimeSpan.parse(v)


TRANSPORT_SERVER_CONVERTERS: dict[str, Any] = {
    "MessageExpirationTimeout": lambda v: _span(v, "", timedelta(seconds=5), timedelta(days=90)),
    "MessageRetryInterval": lambda v: _span(v, "", timedelta(seconds=1), timedelta(days=1)),
    "TransientFailureRetryCount": lambda v: _int(v, 0, 15),
    "TransientFailureRetryInterval": lambda v: _span(v, "", timedelta(seconds=1), timedelta(hours=12)),
    "OutboundConnectionFailureRetryInterval": lambda v: _span(v, "", timedelta(seconds=1), timedelta(days=20)),
    "DelayNotificationTimeout": lambda v: _span(v, "", timedelta(seconds=1), timedelta(days=30)),
    "PoisonThreshold": lambda v: _int(v, 1, 10),
    "QueueMaxIdleTime": lambda v: _span(v, "", timedelta(seconds=5), timedelta(hours=1)),
    "MaxConcurrentMailboxDeliveries": lambda v: _int(v, 1, 256),
    "MaxConcurrentMailboxSubmissions": lambda v: _int(v, 1, 256),
    "MaxOutboundConnections": _unlimited_int,
    "MaxPerDomainOutboundConnections": _unlimited_int,
    "MessageTrackingLogMaxAge": _span_any,
    "MaxConnectionRatePerMinute": lambda v: _int(v, 1, 2147483647),
}


class TransportServer:
    """Get-TransportServer: the transport settings of a Hub Transport or Edge Transport server."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.SystemConfiguration.TransportServer",
                     "Microsoft.Exchange.Data.Directory.ADConfigurationObject",
                     "Microsoft.Exchange.Data.Directory.ADObject", "System.Object")
    __slots__ = ("server", "values")

    def __init__(self, server: "Server", values: dict[str, Any]):
        self.server = server
        self.values = values

    @staticmethod
    def defaults(server: "Server") -> dict[str, Any]:
        return _server_defaults(server.has_role("Edge"))

    PS_PROPERTIES = ("Name",) + tuple(_server_defaults(False)) + (
        "Identity", "Guid", "DistinguishedName", "ExchangeVersion", "WhenChanged", "WhenCreated", "IsValid")

    def __getattr__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, "values")[name]
        except KeyError:
            raise AttributeError(name) from None

    Name = property(lambda self: self.server.name)
    Identity = property(lambda self: self.server.id)
    Guid = property(lambda self: self.server.guid)
    DistinguishedName = property(lambda self: self.server.dn)
    ExchangeVersion = "0.1 (8.0.535.0)"
    WhenChanged = property(lambda self: self.server.when_changed)
    WhenCreated = property(lambda self: self.server.when_created)
    IsValid = True

    def set(self, **fields: Any) -> None:
        new = {}
        for k, v in fields.items():
            conv = TRANSPORT_SERVER_CONVERTERS.get(k)
            if conv is not None:
                new[k] = conv(v)
            elif isinstance(v, bool) or k in self.values:
                new[k] = v
            else:
                new[k] = v
        self.values.update(new)

    def ps_to_string(self) -> str:
        return self.server.name


_SEND_PROPS = ("Name", "Identity", "AddressSpaces", "Enabled", "DNSRoutingEnabled", "SmartHosts",
               "SourceTransportServers", "MaxMessageSize", "Port", "Fqdn")
_RECEIVE_PROPS = ("Name", "Identity", "Server", "Bindings", "RemoteIPRanges", "Enabled", "Fqdn",
                  "MaxMessageSize", "MaxAcknowledgementDelay", "PermissionGroups")


class _Connector:
    __slots__ = ("values", "name")

    def __init__(self, name: str, values: dict[str, Any]):
        self.name = name
        self.values = values

    def __getattr__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, "values")[name]
        except KeyError:
            raise AttributeError(name) from None

    def ps_to_string(self) -> str:
        return self.name


class SendConnector(_Connector):
    """Get-SendConnector object."""
    __slots__ = ()
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig",
                     "Microsoft.Exchange.Data.Directory.ADConfigurationObject", "System.Object")
    PS_PROPERTIES = _SEND_PROPS


class ReceiveConnector(_Connector):
    """Get-ReceiveConnector object."""
    __slots__ = ()
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.SystemConfiguration.ReceiveConnector",
                     "Microsoft.Exchange.Data.Directory.ADConfigurationObject", "System.Object")
    PS_PROPERTIES = _RECEIVE_PROPS

    def ps_to_string(self) -> str:
        return self.values["Identity"]


def build_connectors(org: "Organization") -> tuple[list[SendConnector], list[ReceiveConnector]]:
    """The connectors a site with two hubs and a subscribed Edge has: the EdgeSync send
    connectors and the default receive connectors of every transport server."""
    site = org.site
    edges = [s for s in org.servers if s.exchange and s.has_role("Edge")]
    hubs = [s for s in org.servers if s.exchange and s.has_role("HubTransport")]
    sends: list[SendConnector] = []
    if edges:
        name = f"EdgeSync - {site} to Internet"
        sends.append(SendConnector(name, {
            "Name": name, "Identity": name, "AddressSpaces": MultiValuedProperty(["smtp:*;100"]),
            "Enabled": True, "DNSRoutingEnabled": True, "SmartHosts": MultiValuedProperty(),
            "SourceTransportServers": MultiValuedProperty([e.name for e in edges]),
            "MaxMessageSize": Unlimited(ByteQuantifiedSize(10 * _MB)), "Port": 25, "Fqdn": None}))
        name = f"EdgeSync - Inbound to {site}"
        sends.append(SendConnector(name, {
            "Name": name, "Identity": name, "AddressSpaces": MultiValuedProperty(["smtp:--;100"]),
            "Enabled": True, "DNSRoutingEnabled": False, "SmartHosts": MultiValuedProperty(["--"]),
            "SourceTransportServers": MultiValuedProperty([e.name for e in edges]),
            "MaxMessageSize": Unlimited(ByteQuantifiedSize(10 * _MB)), "Port": 25, "Fqdn": None}))
    receives: list[ReceiveConnector] = []
    for s in hubs + edges:
        names = [f"Default {s.name}", f"Client {s.name}"] if s.has_role("HubTransport") else [
            f"Default internal receive connector {s.name}"]
        for i, name in enumerate(names):
            receives.append(ReceiveConnector(name, {
                "Name": name, "Identity": f"{s.name}\\{name}", "Server": s.name,
                "Bindings": MultiValuedProperty(["0.0.0.0:587" if i else "0.0.0.0:25", "[::]:587" if i else "[::]:25"]),
                "RemoteIPRanges": MultiValuedProperty(["0.0.0.0-255.255.255.255", "::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"]),
                "Enabled": True, "Fqdn": s.fqdn, "MaxMessageSize": ByteQuantifiedSize(10 * _MB),
                "MaxAcknowledgementDelay": _ts(seconds=30),
                "PermissionGroups": "AnonymousUsers, ExchangeUsers, ExchangeServers, ExchangeLegacyServers"
                if s.has_role("HubTransport") and not i else "ExchangeUsers"}))
    return sends, receives
