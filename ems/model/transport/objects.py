"""What the queue viewer and message tracking cmdlets return: QueueInfo, MessageInfo,
MessageTrackingEvent and DumpsterStatisticsEntry (reference §8–10). Built on demand from the
engine's compact state, so holding 100,000 messages costs no presentation objects."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ems.model.values import ByteQuantifiedSize, MultiValuedProperty

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.transport.engine import MailItem, Queue


class QueueInfo:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.QueueViewer.QueueInfo",
                     "Microsoft.Exchange.Data.QueueViewer.PagedDataObject", "System.Object")
    PS_PROPERTIES = ("Identity", "DeliveryType", "NextHopDomain", "TlsDomain", "NextHopConnector", "Status",
                     "MessageCount", "LastError", "RetryCount", "LastRetryTime", "NextRetryTime", "IsValid",
                     "ObjectState")
    __slots__ = ("queue", "Identity", "DeliveryType", "NextHopDomain", "Status", "MessageCount", "LastError",
                 "RetryCount", "LastRetryTime", "NextRetryTime")

    def __init__(self, q: "Queue"):
        self.queue = q
        self.Identity = q.identity
        self.DeliveryType = q.delivery_type
        self.NextHopDomain = q.next_hop
        self.Status = q.shown_status()
        self.MessageCount = len(q.items)
        self.LastError = q.last_error
        self.RetryCount = q.retry_count if not q.is_shadow else q.hb_failures
        self.LastRetryTime = q.last_retry
        self.NextRetryTime = q.next_retry

    TlsDomain = None
    NextHopConnector = "00000000-0000-0000-0000-000000000000"
    IsValid = True
    ObjectState = "Unchanged"

    def ps_to_string(self) -> str:
        return self.Identity


class RecipientInfo:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.QueueViewer.RecipientInfo", "System.Object")
    PS_PROPERTIES = ("Address", "Type", "FinalDestination", "Status", "LastError")
    __slots__ = ("Address", "Status", "LastError")

    def __init__(self, address: str, status: str, last_error: str | None):
        self.Address = address
        self.Status = status
        self.LastError = last_error

    Type = "Mailbox"
    FinalDestination = property(lambda self: self.Address)

    def ps_to_string(self) -> str:
        return self.Address


class MessageInfo:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.QueueViewer.MessageInfo",
                     "Microsoft.Exchange.Data.QueueViewer.PagedDataObject", "System.Object")
    PS_PROPERTIES = ("Identity", "Subject", "InternetMessageId", "FromAddress", "Status", "Size",
                     "MessageSourceName", "SourceIP", "SCL", "DateReceived", "ExpirationTime", "LastError",
                     "RetryCount", "Queue", "Recipients", "ComponentLatency", "MessageLatency",
                     "IsValid", "ObjectState")  # the order of Exchange's MessageInfo class (X13); no DeferReason
    __slots__ = ("item", "Identity", "Queue", "Status", "ExpirationTime")

    def __init__(self, item: "MailItem", expiration: datetime | None):
        self.item = item
        q = item.queue
        self.Identity = f"{q.identity}\\{item.id}" if q is not None else str(item.id)
        self.Queue = q.identity if q is not None else None
        st = item.status
        if q is not None and q.suspended and st != "Suspended":
            st = "Suspended"
        elif q is not None and not q.is_shadow and st == "Ready" and q.event is not None:
            st = "Active"
        self.Status = st
        self.ExpirationTime = expiration

    Subject = property(lambda self: self.item.msg.subject)
    InternetMessageId = property(lambda self: self.item.msg.message_id)
    FromAddress = property(lambda self: self.item.msg.sender)
    Size = property(lambda self: ByteQuantifiedSize(self.item.msg.size))
    MessageSourceName = property(lambda self: "FromLocal" if self.item.origin is None else "SMTP:Default")
    SourceIP = property(lambda self: self.item.msg.client_ip)
    SCL = -1
    DateReceived = property(lambda self: self.item.arrived)
    LastError = property(lambda self: self.item.last_error)
    RetryCount = property(lambda self: self.item.retry_count)
    Recipients = property(lambda self: MultiValuedProperty(
        [RecipientInfo(r, self.item.status if self.item.status != "Suspended" else "Ready", self.item.last_error)
         for r in self.item.rcpts]))
    ComponentLatency = None
    MessageLatency = None
    IsValid = True
    ObjectState = "Unchanged"

    def ps_to_string(self) -> str:
        return self.Identity


class MessageTrackingEvent:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent",
                     "System.Object")
    PS_PROPERTIES = ("Timestamp", "ClientIp", "ClientHostname", "ServerIp", "ServerHostname", "SourceContext",
                     "ConnectorId", "Source", "EventId", "InternalMessageId", "MessageId", "Recipients",
                     "RecipientStatus", "TotalBytes", "RecipientCount", "RelatedRecipientAddress", "Reference",
                     "MessageSubject", "Sender", "ReturnPath", "MessageInfo", "MessageLatency",
                     "MessageLatencyType", "EventData")
    __slots__ = ("Timestamp", "ServerHostname", "ServerIp", "Source", "EventId", "InternalMessageId", "msg",
                 "Recipients", "ctx", "related", "ClientHostname")

    def __init__(self, row: tuple, server: Any):
        ts, event, source, msg, rcpts, iid, related, ctx = row
        self.Timestamp = ts
        self.ServerHostname = server.name
        self.ServerIp = getattr(server, "ip_address", None)
        self.Source = source
        self.EventId = event
        self.InternalMessageId = iid
        self.msg = msg
        self.Recipients = MultiValuedProperty(list(rcpts))
        self.ctx = ctx
        self.related = related
        self.ClientHostname = ctx if event in ("RECEIVE", "HARECEIVE") and ctx not in (None, "client") else (
            server.name if event == "RECEIVE" else None)

    ClientIp = property(lambda self: self.msg.client_ip if self.EventId == "RECEIVE" and self.ctx == "client"
                        else None)
    SourceContext = property(lambda self: self.ctx)
    ConnectorId = property(lambda self: (f"{self.ServerHostname}\\Default {self.ServerHostname}"
                                         if self.EventId == "RECEIVE" and self.Source == "SMTP" else None))
    MessageId = property(lambda self: self.msg.message_id)
    RecipientStatus = property(lambda self: MultiValuedProperty(
        [self.related] if self.related and self.EventId != "RESOLVE" else []))
    TotalBytes = property(lambda self: self.msg.size)
    RecipientCount = property(lambda self: len(self.Recipients))
    RelatedRecipientAddress = property(lambda self: self.related if self.EventId == "RESOLVE" else None)
    Reference = None
    MessageSubject = property(lambda self: self.msg.subject)
    Sender = property(lambda self: self.msg.sender)
    ReturnPath = property(lambda self: self.msg.sender)
    MessageInfo = property(lambda self: self.msg.sent.strftime("%Y-%m-%dT%H:%M:%S.000Z"))
    MessageLatency = None
    MessageLatencyType = "None"
    EventData = None

    def ps_to_string(self) -> str:
        return "Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent"


class DumpsterStatisticsEntry:
    """One hub's transport dumpster for one database (Get-MailboxDatabase -DumpsterStatistics).

    Shape of the Exchange class (X13 decompiled ``DumpsterStatisticsEntry``): Server, OldestItem
    (nullable local time), QueueSize (KB, a long) and NumberOfItems; ToString gives
    ``Server(OldestItem;NumberOfItems;QueueSizeKB)``, or ``Server(NumberOfItems;QueueSizeKB)``
    when the dumpster has no oldest item."""

    PS_TYPE_NAMES = ("Microsoft.Exchange.Data.Directory.SystemConfiguration.DumpsterStatisticsEntry",
                     "System.Object")
    PS_PROPERTIES = ("Server", "OldestItem", "QueueSize", "NumberOfItems")
    __slots__ = ("Server", "OldestItem", "NumberOfItems", "bytes")

    def __init__(self, server: str, oldest: datetime | None, count: int, nbytes: int):
        self.Server = server
        self.OldestItem = oldest
        self.NumberOfItems = count
        self.bytes = nbytes

    @property
    def QueueSize(self) -> int:
        """Size of the dumpster in KB (whole kilobytes, as the hub reports it)."""
        return (self.bytes + 1023) // 1024

    def ps_to_string(self) -> str:
        oldest = self.OldestItem
        if oldest is None:
            return f"{self.Server}({self.NumberOfItems};{self.QueueSize}KB)"
        hour = oldest.hour % 12 or 12
        when = (f"{oldest.month}/{oldest.day}/{oldest.year} {hour}:{oldest.minute:02d}:{oldest.second:02d} "
                f"{'AM' if oldest.hour < 12 else 'PM'}")
        return f"{self.Server}({when};{self.NumberOfItems};{self.QueueSize}KB)"

    def __str__(self) -> str:
        return self.ps_to_string()

