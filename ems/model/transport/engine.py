"""The transport engine: messages moving hop by hop through the simulated organization.

Topology (the built-in organization): mail from the Internet arrives at the Edge (EDGE01),
which relays it to a Hub Transport server of the site (HUB01 or HUB02, round robin among
those whose MSExchangeTransport runs); the hub's categorizer resolves the recipients and puts
one copy per destination mailbox database in a MapiDelivery queue; the store driver delivers
it, through ``org.deliver``, into the database on whichever server holds its active copy.
Mail to other domains goes hub -> Edge -> Internet. ``submit`` is an SMTP client (Send-MailMessage)
handing a message to a transport server: clients do not support shadow redundancy.

Simulated time: categorizing takes CATEGORIZE_SECONDS, an SMTP hop SMTP_HOP_SECONDS, a store
delivery STORE_SECONDS. Queues are drained in batches (one clock event per queue, not per
message), so 100,000 messages cost a few hundred events.

Shadow Redundancy (Exchange 2010, hop by hop): when a transport server hands a message to
the next transport server and both support it, the *sender* keeps a shadow copy in its
``Shadow\\<n>`` queue (DeliveryType ShadowRedundancy, NextHopDomain the primary). The primary
remembers, in its queue database, which shadow copies it may release once it has delivered
the message to *its* next hop (mailbox store, Edge, Internet). The shadow server asks with an
XQUERYDISCARD heartbeat every ShadowHeartbeatTimeoutInterval (and on every connection it opens
to the primary); the primary answers with the discard notifications and the shadow copies go
(HADISCARD). When ShadowHeartbeatRetryCount heartbeats in a row fail, or the primary answers
from a new queue database (it lost mail.que), the shadow server resubmits its shadow copies
(RESUBMIT, Source REDUNDANCY) to the next available server. The mailbox store drops a second
copy of a message it already holds (``org.deliver`` returns False: DUPLICATEDELIVER).
Shadow copies older than ShadowMessageAutoDiscardInterval are dropped. With
ShadowRedundancyEnabled $false the sender deletes its copy as soon as the next hop accepted it.

Transport dumpster: a hub keeps what it delivered to a replicated database, per database, up to
MaxDumpsterSizePerDatabase and MaxDumpsterTime. After a lossy failover (Active Manager's
activation listener with logs lost) the messages whose logs were lost are gone from the
mailboxes, and every running hub resubmits from its dumpster what it delivered since the last
surviving log (RESUBMIT, Source DUMPSTER); duplicates are dropped at the store.

Failures: a queue whose next hop is unreachable (database dismounted, server or service down)
goes to Retry with a LastError and is retried after TransientFailureRetryInterval (then
OutboundConnectionFailureRetryInterval after TransientFailureRetryCount tries). A server that
is down or whose MSExchangeTransport is stopped does nothing; it keeps its queue database and
resumes when it comes back, unless it crashed with ``lose_transport_database`` (then what it
held is gone: queues, shadow copies, discard notifications owed, dumpster).
"""
from __future__ import annotations

import itertools
import uuid
from collections import deque
from datetime import datetime
from typing import TYPE_CHECKING, Any, Iterable

from ems.model.errors import InvalidOperationError
from ems.model.transport.config import (TransportConfig, TransportServer, build_connectors)

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.databases import MailboxDatabase
    from ems.model.org import Organization
    from ems.model.servers import Server

TRANSPORT_SERVICE = "MSExchangeTransport"
CATEGORIZE_SECONDS = 1.0
SMTP_HOP_SECONDS = 2.0
STORE_SECONDS = 1.0
FIRST_QUEUE_ROW = 3  # the first delivery queue of a server is Server\3 (1 and 2: Submission, Unreachable)
FIRST_MESSAGE_ID = 1

EVENT_IDS = ("RECEIVE", "SUBMIT", "SEND", "DELIVER", "FAIL", "DSN", "DEFER", "RESOLVE", "EXPAND", "REDIRECT",
             "TRANSFER", "RESUBMIT", "DUPLICATEDELIVER", "BADMAIL", "POISONMESSAGE", "HARECEIVE", "HAREDIRECT",
             "HADISCARD")

# [K] LastError texts (2010 shapes; exact strings not confirmed in the reference)
ERR_MDB_OFFLINE = ("432 4.2.0 STOREDRV.Deliver.Exception:StorageTransientException.MapiExceptionMdbOffline; "
                   "Failed to process message due to a transient exception with message Database {db} is "
                   "offline.")
ERR_SMTP_UNREACHABLE = ("451 4.4.0 Primary target IP address responded with: \"421 4.2.1 Unable to connect.\" "
                        "Attempted failover to alternate host, but that did not succeed. Either there are no "
                        "alternate hosts, or delivery failed to all alternate hosts.")
ERR_NO_MAILBOX = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
ERR_EXPIRED = "550 4.4.7 QUEUE.Expired; message expired"
ERR_REMOVED = "550 4.3.2 QUEUE.Admin; message deleted by administrative action"


class Message:
    """One message as submitted (shared by every server's copy of it)."""

    __slots__ = ("message_id", "sender", "recipients", "subject", "size", "sent", "client_ip")

    def __init__(self, message_id: str, sender: str, recipients: tuple[str, ...], subject: str, size: int,
                 sent: datetime, client_ip: str = "10.0.0.100"):
        self.message_id = message_id
        self.sender = sender
        self.recipients = recipients
        self.subject = subject
        self.size = size
        self.sent = sent
        self.client_ip = client_ip


class MailItem:
    """A server's copy of a message for some of its recipients (in a queue, or a shadow copy)."""

    __slots__ = ("msg", "id", "queue", "status", "rcpts", "last_error", "retry_count", "arrived", "origin",
                 "shadow_of", "shadow_epoch", "crashes")

    def __init__(self, msg: Message, item_id: int, rcpts: tuple[str, ...], arrived: datetime,
                 origin: Any = None):
        self.msg = msg
        self.id = item_id
        self.queue: Queue | None = None
        self.status = "Ready"
        self.rcpts = rcpts
        self.last_error: str | None = None
        self.retry_count = 0
        self.arrived = arrived
        # origin: [shadow server name, shadow item id, outstanding copies] shared by the copies
        # split from one received message; None when the previous hop keeps no shadow
        self.origin = origin
        self.shadow_of: str | None = None  # primary server name, for a shadow copy
        self.shadow_epoch = 0
        self.crashes = 0  # times its server crashed while processing it (poison message detection)


class Queue:
    __slots__ = ("node", "row", "key", "delivery_type", "next_hop", "items", "status", "last_error",
                 "retry_count", "last_retry", "next_retry", "event", "suspended", "idle_since", "hb_failures",
                 "hb_event", "seen_epoch", "is_shadow")

    def __init__(self, node: "Node", row: int | None, key: Any, delivery_type: str, next_hop: str):
        self.node = node
        self.row = row
        self.key = key
        self.delivery_type = delivery_type
        self.next_hop = next_hop
        self.items: dict[int, MailItem] = {}
        self.status = "Ready"  # Ready | Retry (Suspended shown from .suspended)
        self.last_error: str | None = None
        self.retry_count = 0
        self.last_retry: datetime | None = None
        self.next_retry: datetime | None = None
        self.event: Any = None
        self.suspended = False
        self.idle_since: datetime | None = None
        self.hb_failures = 0
        self.hb_event: Any = None
        self.seen_epoch = 0  # shadow queue: the primary's queue database its copies were made with
        self.is_shadow = isinstance(key, tuple) and key[0] == "shadow"

    @property
    def identity(self) -> str:
        srv = self.node.name
        if self.key == "submission":
            return f"{srv}\\Submission"
        if self.key == "unreachable":
            return f"{srv}\\Unreachable"
        if self.key == "poison":
            return f"{srv}\\Poison"
        if isinstance(self.key, tuple) and self.key[0] == "shadow":
            return f"{srv}\\Shadow\\{self.row}"
        return f"{srv}\\{self.row}"

    def shown_status(self) -> str:
        if self.suspended or self.key == "poison":
            return "Suspended"
        if self.status == "Retry":
            return "Retry"
        if self.items and not self.is_shadow and any(i.status != "Suspended" for i in self.items.values()):
            return "Active"
        return "Ready"


class DumpsterEntry:
    __slots__ = ("msg", "rcpts", "at", "gen")

    def __init__(self, msg: Message, rcpts: tuple[str, ...], at: datetime, gen: int):
        self.msg = msg
        self.rcpts = rcpts
        self.at = at
        self.gen = gen


class Node:
    """The transport state of one server: its queue database (mail.que) and its logs."""

    __slots__ = ("t", "server", "name", "queues", "rows", "ids", "owed", "epoch", "dumpster", "dumpster_bytes",
                 "log", "settings", "is_edge")

    def __init__(self, t: "Transport", server: "Server"):
        self.t = t
        self.server = server
        self.name = server.name
        self.queues: dict[Any, Queue] = {}
        self.rows = itertools.count(FIRST_QUEUE_ROW)
        self.ids = itertools.count(FIRST_MESSAGE_ID)
        # discard notifications owed: shadow server name -> set of its item ids
        self.owed: dict[str, set[int]] = {}
        self.epoch = 1  # identifies the queue database; a lost mail.que gets a new one
        self.dumpster: dict[str, deque[DumpsterEntry]] = {}
        self.dumpster_bytes: dict[str, int] = {}
        self.log: list[tuple] = []  # message tracking log (compact rows, see tracking.py)
        self.settings = TransportServer(server, TransportServer.defaults(server))
        self.is_edge = server.has_role("Edge")

    @property
    def alive(self) -> bool:
        s = self.server
        return s.up and s.service_running(TRANSPORT_SERVICE)

    def queue(self, key: Any) -> Queue:
        q = self.queues.get(key)
        if q is not None:
            return q
        if key == "submission":
            q = Queue(self, None, key, "Undefined", "Submission")
        elif key == "unreachable":
            q = Queue(self, None, key, "Unreachable", "Unreachable Domain")
        elif key == "poison":
            q = Queue(self, None, key, "Undefined", "Poison Message")
        else:
            kind = key[0]
            if kind == "mapi":
                db = self.t.org.databases.get(key[1])
                q = Queue(self, next(self.rows), key, "MapiDelivery", (db.name if db else key[1]).lower())
            elif kind == "hubsite":
                q = Queue(self, next(self.rows), key, "SmartHostConnectorDelivery",
                          f"edgesync - inbound to {self.t.org.site}".lower())
            elif kind == "edge":
                q = Queue(self, next(self.rows), key, "SmtpRelayWithinAdSiteToEdge",
                          f"edgesync - {self.t.org.site} to internet".lower())
            elif kind == "dns":
                q = Queue(self, next(self.rows), key, "DnsConnectorDelivery", key[1].lower())
            elif kind == "shadow":
                srv = self.t.org.servers.get(key[1])
                q = Queue(self, next(self.rows), key, "ShadowRedundancy",
                          (srv.fqdn if srv else key[1]).lower())
            else:  # pragma: no cover
                raise KeyError(key)
        self.queues[key] = q
        return q

    def new_id(self) -> int:
        return next(self.ids)


class Transport:
    """The organization's transport (``org.extensions["transport"]``); see the module docstring."""

    def __init__(self, org: "Organization"):
        self.org = org
        self._clock = org.clock
        self.config = TransportConfig(org)
        self.nodes: dict[str, Node] = {}
        self._rr = 0
        self._domains: set[str] = set()
        self._domains_n = -1
        self.messages_submitted = 0
        self.delivered = 0
        self.duplicates = 0
        self.failed = 0
        # Test-Mailflow: system mailbox addresses (lower case) -> database name, and the
        # Internet message ids of the probes delivered
        self.system_addresses: dict[str, str] = {}
        self.probes_delivered: set[str] = set()
        for s in org.servers:
            if s.exchange and (s.has_role("HubTransport") or s.has_role("Edge")):
                self.nodes[s.name.lower()] = Node(self, s)
        self.send_connectors, self.receive_connectors = build_connectors(org)
        org.listeners["server_down"].append(self._on_server_down)
        org.listeners["server_up"].append(self._on_server_up)
        org.listeners["service"].append(self._on_service)
        org.am.activation_listeners.append(self._on_activation)

    # ------------------------------------------------------------ helpers
    @property
    def now(self) -> datetime:
        return self._clock.now()

    def node(self, server: "Server | str") -> Node | None:
        name = server if isinstance(server, str) else server.name
        return self.nodes.get(name.lower())

    def hubs(self) -> list[Node]:
        return [n for n in self.nodes.values() if n.server.has_role("HubTransport")]

    def edges(self) -> list[Node]:
        return [n for n in self.nodes.values() if n.is_edge]

    def is_internal(self, address: str) -> bool:
        n = len(self.org.accepted_domains)
        if n != self._domains_n:
            self._domains = {d.domain.lower() for d in self.org.accepted_domains}
            self._domains_n = n
        return address.rpartition("@")[2].lower() in self._domains

    def track(self, node: Node, event: str, source: str, item_or_msg: Any, rcpts: Any = None,
              related: str | None = None, ctx: str | None = None) -> None:
        if not node.settings.values["MessageTrackingLogEnabled"]:
            return
        if isinstance(item_or_msg, MailItem):
            msg, iid = item_or_msg.msg, item_or_msg.id
            if rcpts is None:
                rcpts = item_or_msg.rcpts
        else:
            msg, iid = item_or_msg, 0
            if rcpts is None:
                rcpts = msg.recipients
        node.log.append((self._clock.now(), event, source, msg, rcpts, iid, related, ctx))

    def touch(self) -> None:
        self.org.touch()

    # ------------------------------------------------------------ submission
    def new_message(self, sender: str, recipients: Iterable[str], subject: str, size: int,
                    message_id: str | None = None) -> Message:
        if message_id is None:
            message_id = f"<{uuid.UUID(int=self.org.random.getrandbits(128))}@{self.org.domain}>"
        return Message(message_id, sender, tuple(recipients), subject, int(size), self.now)

    def submit(self, server: "Server", msg: Message) -> MailItem:
        """An SMTP client hands ``msg`` to ``server`` (Send-MailMessage -SmtpServer). Raises
        InvalidOperationError when nothing accepts SMTP there."""
        node = self.node(server)
        if node is None or not node.alive:
            raise InvalidOperationError("Unable to connect to the remote server",
                                        dotnet_type="System.Net.Mail.SmtpException", category="InvalidOperation",
                                        error_id="SmtpException", target=server.name)
        self.messages_submitted += 1
        item = MailItem(msg, node.new_id(), msg.recipients, self.now)
        self.track(node, "RECEIVE", "SMTP", item, ctx="client")
        self._enqueue(node, "submission", item)
        self.touch()
        return item

    def system_address(self, db: "MailboxDatabase") -> str:
        """The address of a database's system mailbox (Test-Mailflow's sender and target)."""
        addr = f"SystemMailbox{{{db.guid}}}@{self.org.domain}"
        self.system_addresses[addr.lower()] = db.name
        return addr

    def store_submit(self, mailbox_server: "Server", msg: Message) -> bool:
        """The store on ``mailbox_server`` submits ``msg`` to a running hub of the site (the
        Mail Submission service): SUBMIT then RECEIVE (Source STOREDRIVER). False when no hub runs."""
        hubs = [n for n in self.hubs() if n.alive]
        if not hubs:
            return False
        node = hubs[self._rr % len(hubs)]
        self._rr += 1
        self.messages_submitted += 1
        item = MailItem(msg, node.new_id(), msg.recipients, self.now)
        self.track(node, "SUBMIT", "STOREDRIVER", item, ctx=mailbox_server.name)
        self.track(node, "RECEIVE", "STOREDRIVER", item, ctx=mailbox_server.name)
        self._enqueue(node, "submission", item)
        self.touch()
        return True

    def was_delivered(self, msg: Message) -> bool:
        return msg.message_id in self.probes_delivered

    # ------------------------------------------------------------ queues
    def _enqueue(self, node: Node, key: Any, item: MailItem) -> None:
        q = node.queue(key)
        item.queue = q
        if item.status != "Suspended":
            item.status = "Ready"
        q.items[item.id] = item
        q.idle_since = None
        if q.is_shadow:
            self._ensure_heartbeat(q)
        elif q.status != "Retry":
            self._schedule(q, self._delay(q))

    def _delay(self, q: Queue) -> float:
        if q.key == "submission":
            return CATEGORIZE_SECONDS
        if q.key[0] == "mapi":
            return STORE_SECONDS
        return SMTP_HOP_SECONDS

    def _schedule(self, q: Queue, delay: float) -> None:
        if q.event is not None and not q.event.cancelled:
            return
        q.event = self.org.clock.schedule_in(delay, self._drain, q)

    def _remove(self, item: MailItem) -> None:
        q = item.queue
        if q is not None:
            q.items.pop(item.id, None)
            if not q.items:
                q.idle_since = self.now
        item.queue = None

    def _complete(self, node: Node, item: MailItem) -> None:
        """``node`` is done with ``item`` (delivered, handed on, failed or removed): the
        previous hop may drop its shadow once every copy split from it is done."""
        self._remove(item)
        o = item.origin
        if o is not None:
            o[2] -= 1
            if o[2] <= 0:
                node.owed.setdefault(o[0].lower(), set()).add(o[1])
            item.origin = None

    def _drain(self, q: Queue) -> None:
        q.event = None
        node = q.node
        if node.queues.get(q.key) is not q or not node.alive or q.suspended or q.key == "poison":
            return
        ready = [i for i in q.items.values() if i.status != "Suspended"]
        if not ready:
            return
        if q.key == "submission":
            for item in ready:
                self._categorize(node, item)
        else:
            kind = q.key[0]
            if kind == "mapi":
                self._deliver_store(q, ready)
            elif kind in ("hubsite", "edge"):
                self._relay(q, ready)
            elif kind == "dns":
                for item in ready:
                    self.track(node, "SEND", "SMTP", item, ctx="internet")
                    self._complete(node, item)
        self.touch()

    def _retry(self, q: Queue, error: str, items: list[MailItem]) -> None:
        node = q.node
        now = self.now
        q.status = "Retry"
        q.last_error = error
        q.retry_count += 1
        q.last_retry = now
        s = node.settings.values
        interval = (s["TransientFailureRetryInterval"] if q.retry_count <= s["TransientFailureRetryCount"]
                    else s["OutboundConnectionFailureRetryInterval"])._td
        q.next_retry = now + interval
        expiry = s["MessageExpirationTimeout"]._td
        for item in items:
            if now - item.arrived >= expiry:
                self._fail(node, item, ERR_EXPIRED)
                continue
            item.status = "Retry"
            item.last_error = error
            item.retry_count += 1
            if item.retry_count == 1:
                self.track(node, "DEFER", "SMTP" if q.key[0] != "mapi" else "STOREDRIVER", item)
        if q.event is not None:
            q.event.cancel()
        q.event = self.org.clock.schedule(q.next_retry, self._retry_due, q)

    def _retry_due(self, q: Queue) -> None:
        q.event = None
        self._clear_retry(q)
        self._drain(q)

    def _clear_retry(self, q: Queue) -> None:
        if q.status == "Retry":
            q.status = "Ready"
            q.next_retry = None
        for i in q.items.values():
            if i.status == "Retry":
                i.status = "Ready"

    def _fail(self, node: Node, item: MailItem, error: str, ndr: bool = True) -> None:
        self.track(node, "FAIL", "SMTP" if error != ERR_NO_MAILBOX else "ROUTING", item, related=error)
        if ndr:
            self.track(node, "DSN", "DSN", item, rcpts=(item.msg.sender,))
        self.failed += 1
        self._complete(node, item)

    # ------------------------------------------------------------ categorizer
    def _categorize(self, node: Node, item: MailItem) -> None:
        groups: dict[Any, list[str]] = {}
        bad: list[str] = []
        for r in item.rcpts:
            if self.is_internal(r):
                if node.is_edge:
                    groups.setdefault(("hubsite",), []).append(r)
                    continue
                mbx = self.org.mailboxes.by_address(r)
                if mbx is not None and mbx.smtp.lower() != r.lower():
                    # a secondary proxy address resolves to the mailbox's primary SMTP address
                    self.track(node, "RESOLVE", "ROUTING", item, rcpts=(mbx.smtp,), related=r)
                    r = mbx.smtp
                if mbx is None:
                    sysdb = self.system_addresses.get(r.lower())
                    if sysdb is not None:
                        groups.setdefault(("mapi", sysdb.lower()), []).append(r)
                        continue
                    bad.append(r)
                else:
                    groups.setdefault(("mapi", mbx.db_name.lower()), []).append(r)
            else:
                if node.is_edge:
                    groups.setdefault(("dns", r.rpartition("@")[2].lower()), []).append(r)
                else:
                    groups.setdefault(("edge",), []).append(r)
        self._remove(item)
        if bad:
            self.track(node, "FAIL", "ROUTING", item, rcpts=tuple(bad), related=ERR_NO_MAILBOX)
            self.track(node, "DSN", "DSN", item, rcpts=(item.msg.sender,))
            self.failed += 1
        if not groups:
            item.queue = None
            self._complete(node, item)
            return
        if item.origin is not None:
            item.origin[2] += len(groups) - 1
        first = True
        for key, rcpts in groups.items():
            if first:
                part = item
                part.rcpts = tuple(rcpts)
                first = False
            else:
                part = MailItem(item.msg, node.new_id(), tuple(rcpts), item.arrived, item.origin)
            self._enqueue(node, key, part)

    # ------------------------------------------------------------ store driver
    def _deliver_store(self, q: Queue, items: list[MailItem]) -> None:
        node = q.node
        org = self.org
        db = org.databases.get(q.key[1])
        if db is None:
            for item in items:
                self._fail(node, item, ERR_NO_MAILBOX)
            return
        srv = org.servers.get(db.active_server) if db.active_server else None
        if not db.is_mounted or srv is None or not srv.store_running:
            self._retry(q, ERR_MDB_OFFLINE.format(db=db.name), items)
            return
        self._clear_retry(q)
        q.retry_count = 0
        q.last_error = None
        now = self.now
        keep = db.replicated
        by_addr = org.mailboxes.by_address
        for item in items:
            msg = item.msg
            moved: list[str] = []
            for r in item.rcpts:
                mbx = by_addr(r)
                if mbx is None and r.lower() in self.system_addresses:
                    self.probes_delivered.add(msg.message_id)
                    self.track(node, "DELIVER", "STOREDRIVER", item, rcpts=(r,), ctx=srv.name)
                    continue
                if mbx is None or mbx.db_name.lower() != db.name.lower():
                    moved.append(r)  # moved or removed since categorization: route again
                    continue
                if org.deliver(mbx, msg.size, msg.message_id):
                    self.delivered += 1
                    self.track(node, "DELIVER", "STOREDRIVER", item, rcpts=(r,), ctx=srv.name)
                else:
                    self.duplicates += 1
                    self.track(node, "DUPLICATEDELIVER", "STOREDRIVER", item, rcpts=(r,), ctx=srv.name)
            if keep:
                self._to_dumpster(node, db, DumpsterEntry(msg, item.rcpts, now, db.generation(now)))
            if moved:
                again = MailItem(msg, node.new_id(), tuple(moved), item.arrived, item.origin)
                if item.origin is not None:
                    item.origin[2] += 1
                self.track(node, "RESUBMIT", "ROUTING", again)
                self._enqueue(node, "submission", again)
            self._complete(node, item)

    # ------------------------------------------------------------ SMTP relay between transport servers
    def _targets(self, q: Queue) -> list[Node]:
        if q.key[0] == "hubsite":
            return [n for n in self.hubs() if n.alive]
        return [n for n in self.edges() if n.alive]

    def _relay(self, q: Queue, items: list[MailItem]) -> None:
        node = q.node
        targets = self._targets(q)
        if not targets:
            self._retry(q, ERR_SMTP_UNREACHABLE, items)
            return
        self._clear_retry(q)
        q.retry_count = 0
        q.last_error = None
        shadow = self.config.shadow_enabled
        n = len(targets)
        for t in targets:
            self._query_discards(node, t)
        for item in items:
            target = targets[self._rr % n]
            self._rr += 1
            self._hand_off(node, target, item, shadow)

    def _hand_off(self, node: Node, target: Node, item: MailItem, shadow: bool) -> None:
        copy = MailItem(item.msg, target.new_id(), item.rcpts, self.now,
                        [node.name, item.id, 1] if shadow else None)
        self.track(target, "RECEIVE", "SMTP", copy, ctx=node.name)
        if shadow:
            self._remove(item)
            item.status = "Ready"
            item.shadow_of = target.name
            item.shadow_epoch = target.epoch
            item.arrived = self.now
            self.track(node, "HARECEIVE", "SMTP", item, ctx=target.name)
            self.track(target, "HAREDIRECT", "SMTP", copy, ctx=node.name)
            self._enqueue(node, ("shadow", target.name.lower()), item)
            if not item.queue.seen_epoch:
                item.queue.seen_epoch = target.epoch
            self.track(node, "SEND", "SMTP", item, ctx=target.name)
        else:
            self.track(node, "SEND", "SMTP", item, ctx=target.name)
            self._complete(node, item)
        self._enqueue(target, "submission", copy)

    # ------------------------------------------------------------ shadow redundancy
    def _ensure_heartbeat(self, q: Queue) -> None:
        if q.hb_event is not None and not q.hb_event.cancelled:
            return
        q.hb_event = self.org.clock.schedule_in(self.config.heartbeat_interval, self._heartbeat, q)

    def _query_discards(self, node: Node, primary: Node) -> int:
        """XQUERYDISCARD from ``node`` (shadow) to ``primary``; returns shadow copies dropped."""
        q = node.queues.get(("shadow", primary.name.lower()))
        if q is None:
            return 0
        q.hb_failures = 0
        if q.seen_epoch != primary.epoch:
            # the primary answers from a new queue database: the copies made before are lost there
            stale = [i for i in q.items.values() if i.shadow_epoch != primary.epoch]
            if stale:
                self._resubmit_shadows(node, q, stale)
            q.seen_epoch = primary.epoch
        owed = primary.owed.pop(node.name.lower(), None)
        n = 0
        if owed:
            for iid in owed:
                item = q.items.get(iid)
                if item is not None:
                    self.track(node, "HADISCARD", "SMTP", item, ctx=primary.name)
                    self._remove(item)
                    n += 1
        return n

    def _heartbeat(self, q: Queue) -> None:
        q.hb_event = None
        node = q.node
        if node.queues.get(q.key) is not q or not q.items:
            return
        if not node.alive:
            return  # resumes when the server comes back
        self._auto_discard(q)
        primary = self.nodes.get(q.key[1])
        if primary is not None and primary.alive:
            self._query_discards(node, primary)
        else:
            q.hb_failures += 1
            q.last_error = ERR_SMTP_UNREACHABLE
            if q.hb_failures >= self.config.heartbeat_retries:
                q.hb_failures = 0
                self._resubmit_shadows(node, q, list(q.items.values()))
        if q.items:
            self._ensure_heartbeat(q)
        self.touch()

    def _auto_discard(self, q: Queue) -> None:
        limit = self.now - self.config.auto_discard
        for item in [i for i in q.items.values() if i.arrived <= limit]:
            self.track(q.node, "HADISCARD", "SMTP", item, ctx="AutoDiscard")
            self._remove(item)

    def _resubmit_shadows(self, node: Node, q: Queue, items: list[MailItem]) -> None:
        for item in items:
            self._remove(item)
            item.shadow_of = None
            item.status = "Ready"
            self.track(node, "RESUBMIT", "REDUNDANCY", item, ctx=q.key[1])
            self._enqueue(node, "submission", item)

    # ------------------------------------------------------------ dumpster
    def _to_dumpster(self, node: Node, db: "MailboxDatabase", entry: DumpsterEntry) -> None:
        key = db.name.lower()
        dq = node.dumpster.get(key)
        if dq is None:
            dq = node.dumpster[key] = deque()
            node.dumpster_bytes[key] = 0
        dq.append(entry)
        node.dumpster_bytes[key] += entry.msg.size
        self._trim_dumpster(node, key)

    def _trim_dumpster(self, node: Node, key: str) -> None:
        dq = node.dumpster.get(key)
        if not dq:
            return
        limit = self.config.dumpster_bytes
        oldest = self.now - self.config.dumpster_time
        while dq and (node.dumpster_bytes[key] > limit or dq[0].at < oldest):
            e = dq.popleft()
            node.dumpster_bytes[key] -= e.msg.size

    def _on_activation(self, db: "MailboxDatabase", source: str | None, target: str, lost: int,
                       planned: bool) -> None:
        if lost <= 0:
            # the database is reachable again: kick the delivery queues waiting for it
            self._kick_database(db)
            return
        survived = db.gen_base  # generation of the last log the new active copy has
        org = self.org
        # what the lost logs held is gone from the mailboxes
        for node in self.hubs():
            for e in node.dumpster.get(db.name.lower(), ()):
                if e.gen > survived:
                    for r in e.rcpts:
                        mbx = org.mailboxes.by_address(r)
                        if mbx is not None and mbx.received_ids and e.msg.message_id in mbx.received_ids:
                            mbx.received_ids.discard(e.msg.message_id)
                            mbx.item_count = max(0, mbx.item_count - 1)
                            mbx.total_size = max(0, mbx.total_size - e.msg.size)
        for node in self.hubs():
            if not node.alive:
                continue
            key = db.name.lower()
            self._trim_dumpster(node, key)
            for e in list(node.dumpster.get(key, ())):
                if e.gen >= survived:
                    item = MailItem(e.msg, node.new_id(), e.rcpts, self.now)
                    self.track(node, "RESUBMIT", "DUMPSTER", item, ctx=db.name)
                    self._enqueue(node, ("mapi", key), item)
        self._kick_database(db)
        self.touch()

    def _kick_database(self, db: "MailboxDatabase") -> None:
        for node in self.hubs():
            q = node.queues.get(("mapi", db.name.lower()))
            if q is not None and q.items and node.alive:
                self._clear_retry(q)
                if q.event is not None:
                    q.event.cancel()
                    q.event = None
                self._schedule(q, STORE_SECONDS)

    def dumpster_statistics(self, db: "MailboxDatabase") -> tuple[list[Any], list[str]]:
        from ems.model.transport.objects import DumpsterStatisticsEntry
        entries, missing = [], []
        for node in self.hubs():
            if not node.alive:
                missing.append(node.server.fqdn)
                continue
            key = db.name.lower()
            self._trim_dumpster(node, key)
            dq = node.dumpster.get(key) or ()
            entries.append(DumpsterStatisticsEntry(node.server.fqdn, dq[0].at if dq else None, len(dq),
                                                   node.dumpster_bytes.get(key, 0)))
        return entries, missing

    # ------------------------------------------------------------ server events
    def _on_server_down(self, server: "Server", crash: bool, lose: bool) -> None:
        node = self.node(server)
        if node is None:
            return
        if not lose:
            if crash:
                # messages being processed when the server crashed count towards PoisonThreshold
                for q in node.queues.values():
                    if q.is_shadow or q.key == "poison" or q.event is None or q.event.cancelled \
                            or q.suspended or q.status == "Retry":
                        continue
                    for item in q.items.values():
                        if item.status != "Suspended":
                            item.crashes += 1
            return
        for q in node.queues.values():
            if q.event is not None:
                q.event.cancel()
            if q.hb_event is not None:
                q.hb_event.cancel()
            for item in q.items.values():
                item.queue = None
        node.queues.clear()
        node.owed.clear()
        node.dumpster.clear()
        node.dumpster_bytes.clear()
        node.epoch += 1
        self.org.history.add(self.now, "TransportDatabaseLost", server.name, None, False)

    def _on_server_up(self, server: "Server") -> None:
        node = self.node(server)
        if node is not None:
            self.kick(node)

    def _on_service(self, server: "Server", name: str, running: bool) -> None:
        if name.lower() != TRANSPORT_SERVICE.lower() or not running:
            return
        node = self.node(server)
        if node is not None:
            self.kick(node)

    def kick(self, node: Node) -> None:
        """The server's transport (re)starts: every queue resumes."""
        if not node.alive:
            return
        self._detect_poison(node)
        for q in list(node.queues.values()):
            if q.key == "poison":
                continue
            if q.is_shadow:
                if q.items:
                    self._ensure_heartbeat(q)
            elif q.items and q.status != "Retry":
                self._schedule(q, self._delay(q))
            elif q.items and q.status == "Retry" and (q.event is None or q.event.cancelled):
                q.event = self.org.clock.schedule(max(q.next_retry or self.now, self.now), self._retry_due, q)

    def _detect_poison(self, node: Node) -> None:
        s = node.settings.values
        if not s["PoisonMessageDetectionEnabled"]:
            return
        threshold = int(s["PoisonThreshold"])
        for q in list(node.queues.values()):
            if q.is_shadow or q.key == "poison":
                continue
            for item in [i for i in q.items.values() if i.crashes >= threshold]:
                self._remove(item)
                self.track(node, "POISONMESSAGE", "QUEUE", item)
                self._enqueue(node, "poison", item)
                item.status = "Suspended"

    # ------------------------------------------------------------ administration (queue viewer)
    def all_queues(self, node: Node | None = None) -> list[Queue]:
        out: list[Queue] = []
        for n in ([node] if node is not None else list(self.nodes.values())):
            n.queue("submission")
            idle_limit = n.settings.values["QueueMaxIdleTime"]._td
            for key, q in list(n.queues.items()):
                if not q.items and key not in ("submission",) and q.idle_since is not None \
                        and self.now - q.idle_since >= idle_limit and q.event is None:
                    del n.queues[key]
                    continue
                if key in ("unreachable", "poison") and not q.items:
                    continue
                out.append(q)
        return out

    def suspend_queue(self, q: Queue) -> None:
        q.suspended = True
        self.touch()

    def resume_queue(self, q: Queue) -> None:
        q.suspended = False
        if q.items and q.status != "Retry" and not q.is_shadow:
            self._schedule(q, self._delay(q))
        self.touch()

    def retry_queue(self, q: Queue, resubmit: bool = False) -> None:
        if q.event is not None:
            q.event.cancel()
            q.event = None
        self._clear_retry(q)
        if resubmit:
            for item in list(q.items.values()):
                self._remove(item)
                self.track(q.node, "RESUBMIT", "QUEUE", item)
                self._enqueue(q.node, "submission", item)
        elif q.items and not q.is_shadow:
            self._schedule(q, 0)
        self.touch()

    def suspend_message(self, item: MailItem) -> None:
        item.status = "Suspended"
        self.touch()

    def resume_message(self, item: MailItem) -> None:
        q = item.queue
        if q is not None and q.key == "poison":
            # releasing a poison message sends it through the categorizer again
            self._remove(item)
            item.crashes = 0
            item.status = "Ready"
            self.track(q.node, "RESUBMIT", "QUEUE", item)
            self._enqueue(q.node, "submission", item)
            self.touch()
            return
        if item.status == "Suspended":
            item.status = "Ready"
            q = item.queue
            if q is not None and not q.is_shadow and q.status != "Retry" and not q.suspended:
                self._schedule(q, self._delay(q))
        self.touch()

    def remove_message(self, item: MailItem, with_ndr: bool = True) -> None:
        q = item.queue
        if q is None:
            return
        node = q.node
        if q.is_shadow:
            self.track(node, "HADISCARD", "SMTP", item, ctx="Admin")
            self._remove(item)
        else:
            self._fail(node, item, ERR_REMOVED, ndr=with_ndr)
        self.touch()

    # ------------------------------------------------------------ statistics
    def in_flight(self) -> int:
        return sum(len(q.items) for n in self.nodes.values() for q in n.queues.values() if not q.is_shadow)

    def shadow_count(self) -> int:
        return sum(len(q.items) for n in self.nodes.values() for q in n.queues.values() if q.is_shadow)
