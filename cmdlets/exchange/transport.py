"""Transport cmdlets: Send-MailMessage into the simulated organization, Test-Mailflow, the queue
viewer (Get-/Suspend-/Resume-/Retry-Queue, Get-/Suspend-/Resume-/Remove-Message), the transport
settings (Get-/Set-TransportServer, Get-/Set-TransportConfig), Get-SendConnector,
Get-ReceiveConnector and Get-MessageTrackingLog. The model is ems.model.transport.

Decisions where the reference is silent: without -Server, Get-Queue, Get-Message and
Get-MessageTrackingLog look at every transport server of the organization (the real cmdlets
ask the local server; the emulator has no local transport server); a queue or message identity
without a server name is looked up on every transport server.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, Iterable

import cmdlets.exchange.transport_views  # noqa: F401  (registers the views)
from cmdlets.exchange.base import ExchangeCmdlet
from ems.errors import ErrorCategory, ErrorRecord
from ems.model import identity as idn
from ems.model.errors import FilterError, ModelError
from ems.model.opath import compile_filter
from ems.model.transport import transport_of
from ems.model.transport.engine import MailItem, Node, Queue, Transport
from ems.model.transport.objects import MessageInfo, MessageTrackingEvent, QueueInfo
from ems.model.values import EnhancedTimeSpan
from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter
from ems.runtime.psobject import base_object

QV_EXCEPTION = "Microsoft.Exchange.Data.QueueViewer.QueueViewerException"
UNSUPPORTED_FILTER = ("An unsupported operator was used in the filter. The logical Or (-or) and logical Not (-not) "
                      "operators are currently not supported.")


def _text(v: Any) -> str:
    v = base_object(v)
    if isinstance(v, QueueInfo):
        return v.Identity
    if isinstance(v, MessageInfo):
        return v.Identity
    if hasattr(v, "ps_to_string"):
        return v.ps_to_string()
    return str(v)


def _list(v: Any) -> list[Any]:
    v = base_object(v)
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return [base_object(x) for x in v]
    return [v]


class _TransportCmdlet(ExchangeCmdlet):
    @property
    def transport(self) -> Transport:
        return transport_of(self.model)

    def fail(self, message: str, target: Any = None, dotnet: str = QV_EXCEPTION,
             category: str = "InvalidOperation") -> None:
        self.report(ModelError(message, dotnet_type=dotnet, category=category), target)

    def nodes_for(self, server: Any, quiet: bool = False) -> list[Node]:
        """The transport servers named by -Server (all of them when not given)."""
        t = self.transport
        if server is None:
            return [n for n in t.nodes.values() if n.alive]
        name = _text(server).split(".")[0]
        try:
            srv = idn.get_server(self.model, name)
        except ModelError as e:
            self.report(e, name)
            return []
        node = t.node(srv)
        if node is None or not node.alive:
            if not quiet:
                self.fail(f"Exchange can't connect to the Microsoft Exchange Transport service on computer "
                          f"\"{srv.fqdn}\". Verify that the service is started.", name)
            return []
        return [node]

    def compile(self, text: Any, props: Iterable[str]) -> Any:
        if text is None:
            return None
        s = _text(text)
        if re.search(r"(?i)(^|[\s(])-(or|not)\b", s):
            self.fail(UNSUPPORTED_FILTER, s)
            return False
        try:
            return compile_filter(s, properties=list(props))
        except FilterError as e:
            self.report(e, s)
            return False


# ============================================================================ queues
def _split_queue_identity(text: str) -> tuple[str | None, str]:
    parts = text.split("\\")
    if len(parts) == 1:
        return None, parts[0]
    if len(parts) == 2 and parts[0].lower() == "shadow":
        return None, text
    return parts[0], "\\".join(parts[1:])


def _queue_matches(q: Queue, local: str) -> bool:
    low = local.lower()
    ident = q.identity.split("\\", 1)[1].lower()
    if any(c in low for c in "*?"):
        import fnmatch
        return fnmatch.fnmatchcase(ident, low)
    return ident == low


class _QueueCmdlet(_TransportCmdlet):
    def find_queues(self, identity: Any, server: Any = None) -> list[Queue] | None:
        text = _text(identity)
        srv, local = _split_queue_identity(text)
        nodes = self.nodes_for(srv or server)
        if srv is not None and not nodes:
            return None
        found = [q for n in nodes for q in self.transport.all_queues(n) if _queue_matches(q, local)]
        if not found:
            self.fail(f"The object with identity {text} wasn't found.", text)
            return None
        return found

    def filtered_queues(self, filter_text: Any, server: Any) -> list[Queue]:
        pred = self.compile(filter_text, QueueInfo.PS_PROPERTIES)
        if pred is False:
            return []
        out = []
        for n in self.nodes_for(server):
            for q in self.transport.all_queues(n):
                if pred is None or pred(QueueInfo(q)):
                    out.append(q)
        return out


class GetQueue(_QueueCmdlet):
    name = "Get-Queue"
    implemented = ("Identity", "Server", "Filter", "ResultSize")
    synopsis = "Use the Get-Queue cmdlet to view configuration information for queues on a transport server."
    description = (
        "Get-Queue lists the queues of the Hub Transport and Edge Transport servers of the simulated "
        "organization: the Submission queue, one MapiDelivery queue per mailbox database with mail waiting, "
        "the relay queues to the Edge and to the Internet, and the shadow queues (DeliveryType "
        "ShadowRedundancy, NextHopDomain the primary server) holding shadow copies. Without -Server it "
        "shows the queues of every transport server that is running. -Filter takes the queue viewer's "
        "filter syntax (-and only).")
    examples = (
        ("Get-Queue -Server HUB01", "Lists the queues on HUB01."),
        ("Get-Queue -Identity HUB01\\Submission", "Shows the Submission queue of HUB01."),
        ("Get-Queue -Filter {MessageCount -gt 0}", "Lists the queues that hold messages."),
        ("Get-Queue -Filter {DeliveryType -eq 'ShadowRedundancy'}", "Lists the shadow redundancy queues."),
    )

    def process(self) -> None:
        if self.Identity is not None:
            queues = self.find_queues(self.Identity) or []
        else:
            queues = self.filtered_queues(self.Filter, self.Server)
        limit = _result_size(self.ResultSize)
        for i, q in enumerate(queues):
            if limit is not None and i >= limit:
                break
            self.write_object(QueueInfo(q))


# the reference gives DefaultParameterSetName "Filter" (2013's name); the 2010 sets are Identity
# and Server, the latter being the default
GetQueue.default_parameter_set = "Server"


def _result_size(v: Any) -> int | None:
    v = base_object(v)
    if v is None:
        return None
    if getattr(v, "IsUnlimited", False):
        return None
    inner = getattr(v, "Value", v)
    if isinstance(inner, str) and inner.lower() == "unlimited":
        return None
    try:
        return int(inner)
    except (TypeError, ValueError):
        return None


def act_on_identity_or_filter(cmdlet: Any, noun: str, by_identity: Any, by_filter: Any,
                              identity_of: Any, usable: Any) -> None:
    """The flow every queue and message action shares (Queue Viewer's): act on what -Identity
    names, each confirmed on its own, or on what -Filter matches, with one confirmation."""
    if cmdlet.Identity is not None:
        for target in by_identity():
            if usable(target, True) and cmdlet.should_process(
                    f'{cmdlet.verb_text} the {noun} "{identity_of(target)}".'):
                cmdlet.act(target)
    elif cmdlet.Filter is not None:
        targets = by_filter()
        if targets and cmdlet.should_process(cmdlet.filter_message()):
            for target in targets:
                if usable(target, False):
                    cmdlet.act(target)
    else:
        cmdlet.fail("You must specify either an identity or a filter for this operation.")


class _QueueAction(_QueueCmdlet):
    verb_text = ""
    filter_text = ""

    def act(self, q: Queue) -> None:
        raise NotImplementedError

    def allowed(self, q: Queue) -> bool:
        return True

    def _usable(self, q: Queue, named: bool) -> bool:
        if self.allowed(q):
            return True
        if named:
            self.fail(f"The requested operation can't be performed for the object with identity "
                      f"{q.identity}.", q.identity)
        return False

    def process(self) -> None:
        act_on_identity_or_filter(self, "queue", lambda: self.find_queues(self.Identity, self.Server) or [],
                                  lambda: self.filtered_queues(self.Filter, self.Server),
                                  lambda q: q.identity, self._usable)

    def filter_message(self) -> str:
        return f'{self.verb_text} the queue "{_text(self.Filter)}".'


class SuspendQueue(_QueueAction):
    name = "Suspend-Queue"
    implemented = ("Identity", "Filter", "Server")
    verb_text = "Suspending"
    synopsis = "Use the Suspend-Queue cmdlet to stop processing for a queue on a transport server."
    description = ("Suspend-Queue stops the delivery of the messages in a queue; they stay there until "
                   "Resume-Queue. The cmdlet asks for confirmation (ConfirmImpact High).")
    examples = (("Suspend-Queue -Identity HUB01\\3 -Confirm:$false", "Suspends the queue HUB01\\3."),
                ("Suspend-Queue -Filter {Status -eq 'Retry'} -Server HUB01",
                 "Suspends every queue of HUB01 in Retry."))

    def filter_message(self) -> str:
        return f'Suspending the queues that match filter "{_text(self.Filter)}".'

    def allowed(self, q: Queue) -> bool:
        return q.key != "poison"

    def act(self, q: Queue) -> None:
        self.transport.suspend_queue(q)


class ResumeQueue(_QueueAction):
    name = "Resume-Queue"
    implemented = ("Identity", "Filter", "Server")
    verb_text = "Resuming"
    synopsis = "Use the Resume-Queue cmdlet to restart processing for a suspended queue on a transport server."
    description = "Resume-Queue lets a suspended queue deliver its messages again."
    examples = (("Resume-Queue -Identity HUB01\\3", "Resumes the queue HUB01\\3."),)

    def allowed(self, q: Queue) -> bool:
        return q.key != "poison"

    def act(self, q: Queue) -> None:
        self.transport.resume_queue(q)


class RetryQueue(_QueueAction):
    name = "Retry-Queue"
    implemented = ("Identity", "Filter", "Server", "Resubmit")
    verb_text = "Retrying"
    synopsis = "Use the Retry-Queue cmdlet to force a connection attempt for a queue on a transport server."
    description = ("Retry-Queue ends the Retry wait of a queue and tries its next hop at once. With "
                   "-Resubmit $true the messages go back through the categorizer (Submission queue).")
    examples = (("Retry-Queue -Identity HUB01\\3", "Tries the next hop of HUB01\\3 now."),
                ("Retry-Queue -Filter {Status -eq 'Retry'} -Server HUB01", "Retries every queue in Retry."))

    def allowed(self, q: Queue) -> bool:
        return q.key not in ("poison", "submission") and not q.is_shadow

    def act(self, q: Queue) -> None:
        self.transport.retry_queue(q, bool(self.Resubmit))


# ============================================================================ messages
def _split_message_identity(text: str) -> tuple[str | None, str | None, str]:
    parts = text.split("\\")
    msg = parts[-1]
    rest = parts[:-1]
    if not rest:
        return None, None, msg
    if len(rest) == 1:
        if rest[0] == "*":
            return None, None, msg
        if rest[0].isdigit() or rest[0].lower() in ("submission", "unreachable", "poison"):
            return None, rest[0], msg
        return rest[0], None, msg
    srv = rest[0]
    q = "\\".join(rest[1:])
    return srv, (None if q == "*" else q), msg


class _MessageCmdlet(_TransportCmdlet):
    def info(self, item: MailItem) -> MessageInfo:
        exp = None
        q = item.queue
        if q is not None and not q.is_shadow:
            exp = item.arrived + q.node.settings.values["MessageExpirationTimeout"]._td
        return MessageInfo(item, exp)

    def items_of(self, nodes: list[Node], queue_local: str | None = None) -> list[MailItem]:
        out = []
        for n in nodes:
            for q in self.transport.all_queues(n):
                if queue_local is not None and not _queue_matches(q, queue_local):
                    continue
                out.extend(q.items.values())
        return out

    def find_messages(self, identity: Any, server: Any = None) -> list[MailItem]:
        text = _text(identity)
        srv, qpart, mid = _split_message_identity(text)
        nodes = self.nodes_for(srv or server)
        found = [i for i in self.items_of(nodes, qpart) if str(i.id) == mid]
        if not found:
            self.fail(f"The object with identity {text} wasn't found.", text)
        return found

    def filtered(self, filter_text: Any, server: Any, queue: Any = None) -> list[MailItem]:
        pred = self.compile(filter_text, MessageInfo.PS_PROPERTIES)
        if pred is False:
            return []
        qlocal = None
        if queue is not None:
            qtext = _text(queue)
            srv, qlocal = _split_queue_identity(qtext)
            nodes = self.nodes_for(srv or server)
            if not any(_queue_matches(q, qlocal) for n in nodes for q in self.transport.all_queues(n)):
                self.fail(f"The object with identity {qtext} wasn't found.", qtext)
                return []
        else:
            nodes = self.nodes_for(server)
        items = self.items_of(nodes, qlocal)
        if pred is None:
            return items
        return [i for i in items if pred(self.info(i))]


class GetMessage(_MessageCmdlet):
    name = "Get-Message"
    implemented = ("Identity", "Queue", "Server", "Filter", "ResultSize", "IncludeRecipientInfo")
    synopsis = "Use the Get-Message cmdlet to view the details of one or more messages in a queue on a transport server."
    description = (
        "Get-Message lists the messages waiting in the queues of the simulated transport servers, shadow "
        "copies included. Message identities are Server\\Queue\\Number (HUB01\\3\\1234); the server or the "
        "queue may be left out (1234, HUB01\\*\\1234).")
    examples = (
        ("Get-Message -Queue HUB01\\3", "Lists the messages in queue HUB01\\3."),
        ("Get-Message -Server EDGE01 -Filter {Status -eq 'Retry'}", "Lists the messages in Retry on EDGE01."),
        ("Get-Message -Identity HUB01\\3\\12 | Format-List", "Shows every property of one message."),
    )

    def process(self) -> None:
        if self.Identity is not None:
            items = self.find_messages(self.Identity, self.Server)
        else:
            items = self.filtered(self.Filter, self.Server, self.Queue)
        limit = _result_size(self.ResultSize)
        for i, item in enumerate(items):
            if limit is not None and i >= limit:
                break
            self.write_object(self.info(item))


class _MessageAction(_MessageCmdlet):
    verb_text = ""

    def act(self, item: MailItem) -> None:
        raise NotImplementedError

    def check(self, item: MailItem) -> bool:
        return True

    def process(self) -> None:
        act_on_identity_or_filter(self, "message", lambda: self.find_messages(self.Identity, self.Server),
                                  lambda: self.filtered(self.Filter, self.Server),
                                  lambda item: self.info(item).Identity, lambda item, named: self.check(item))

    def filter_message(self) -> str:
        return f'{self.verb_text} the message "{_text(self.Filter)}".'


class SuspendMessage(_MessageAction):
    name = "Suspend-Message"
    implemented = ("Identity", "Filter", "Server")
    verb_text = "Suspending"
    synopsis = "Use the Suspend-Message cmdlet to prevent delivery of a message in a queue on a transport server."
    description = "Suspend-Message holds a message in its queue until Resume-Message."
    examples = (("Suspend-Message -Identity HUB01\\3\\12 -Confirm:$false", "Suspends message 12 of HUB01\\3."),)

    def act(self, item: MailItem) -> None:
        self.transport.suspend_message(item)


class ResumeMessage(_MessageAction):
    name = "Resume-Message"
    implemented = ("Identity", "Filter", "Server")
    verb_text = "Resuming"
    synopsis = "Use the Resume-Message cmdlet to enable delivery of a previously suspended message in a queue on a transport server."
    description = "Resume-Message lets a suspended message be delivered again."
    examples = (("Resume-Message -Identity HUB01\\3\\12", "Resumes message 12 of HUB01\\3."),)

    def act(self, item: MailItem) -> None:
        self.transport.resume_message(item)


class RemoveMessage(_MessageAction):
    name = "Remove-Message"
    implemented = ("Identity", "Filter", "Server", "WithNDR")
    verb_text = "Removing"
    synopsis = "Use the Remove-Message cmdlet to delete a message from a queue on a transport server."
    description = ("Remove-Message deletes a message from its queue. With -WithNDR $true (the default) the "
                   "sender gets a non-delivery report (DSN in the message tracking log).")
    examples = (("Remove-Message -Identity HUB01\\3\\12 -WithNDR $false -Confirm:$false",
                 "Deletes message 12 of HUB01\\3 without a non-delivery report."),)

    def filter_message(self) -> str:
        return f'Removing the messages that match filter "{_text(self.Filter)}".'

    def act(self, item: MailItem) -> None:
        ndr = True if self.WithNDR is None else bool(self.WithNDR)
        self.transport.remove_message(item, ndr)


# ============================================================================ settings
class GetTransportConfig(_TransportCmdlet):
    name = "Get-TransportConfig"
    synopsis = "Use the Get-TransportConfig cmdlet to view organization-wide transport configuration settings."
    description = (
        "Get-TransportConfig shows the organization's transport settings, among them Shadow Redundancy "
        "(ShadowRedundancyEnabled, ShadowHeartbeatTimeoutInterval, ShadowHeartbeatRetryCount, "
        "ShadowMessageAutoDiscardInterval) and the transport dumpster (MaxDumpsterSizePerDatabase, "
        "MaxDumpsterTime). The built-in organization runs Exchange 2010 RTM, so the heartbeat defaults "
        "are the RTM ones: 00:05:00 and 3.")
    examples = (("Get-TransportConfig | Format-List Shadow*", "Shows the shadow redundancy settings."),)

    def process(self) -> None:
        self.write_object(self.transport.config)


class SetTransportConfig(_TransportCmdlet):
    name = "Set-TransportConfig"
    implemented = ("ShadowRedundancyEnabled", "ShadowHeartbeatTimeoutInterval", "ShadowHeartbeatRetryCount",
                   "ShadowMessageAutoDiscardInterval", "MaxDumpsterSizePerDatabase", "MaxDumpsterTime",
                   "MaxReceiveSize", "MaxSendSize", "MaxRecipientEnvelopeLimit")
    synopsis = "Use the Set-TransportConfig cmdlet to modify the transport configuration settings for the whole Exchange organization."
    description = (
        "Set-TransportConfig changes the organization's transport settings. Switching "
        "ShadowRedundancyEnabled off makes every transport server delete its copy of a message as soon as "
        "the next hop accepted it; a hub that then dies with its queue database loses what it held. "
        "Values out of range are refused (ShadowHeartbeatRetryCount 1 to 15, ShadowHeartbeatTimeoutInterval "
        "00:00:01 to 1.00:00:00, ShadowMessageAutoDiscardInterval 00:00:05 to 90.00:00:00).")
    examples = (
        ("Set-TransportConfig -ShadowRedundancyEnabled $false", "Turns Shadow Redundancy off."),
        ("Set-TransportConfig -ShadowHeartbeatTimeoutInterval 00:15:00 -ShadowHeartbeatRetryCount 12",
         "Uses the Exchange 2010 SP1 heartbeat defaults."),
        ("Set-TransportConfig -MaxDumpsterSizePerDatabase 25MB -MaxDumpsterTime 10.00:00:00",
         "Makes the transport dumpster larger."),
    )

    _SKIP = {"Identity", "DomainController", "WhatIf", "Confirm", "Verbose", "Debug", "ErrorAction",
             "WarningAction", "ErrorVariable", "WarningVariable", "OutVariable", "OutBuffer"}

    def process(self) -> None:
        fields = {k: base_object(v) for k, v in self.bound_parameters.items() if k not in self._SKIP}
        from ems.model.transport.config import TRANSPORT_CONFIG_SETTINGS
        fields = {k: v for k, v in fields.items() if k in TRANSPORT_CONFIG_SETTINGS}
        if not self.should_process('Setting Transport configuration.'):
            return
        try:
            self.transport.config.set(**fields)
        except ModelError as e:
            self.report(e, "Transport Settings")
            return
        self.model.touch()


class GetTransportServer(_TransportCmdlet):
    name = "Get-TransportServer"
    synopsis = "Use the Get-TransportServer cmdlet to view the configuration information for Hub Transport servers and Edge Transport servers."
    description = ("Get-TransportServer shows the transport settings of the Hub Transport and Edge Transport "
                   "servers (message retry and expiration, queue and tracking log settings).")
    examples = (("Get-TransportServer", "Lists the transport servers."),
                ("Get-TransportServer HUB01 | Format-List *Retry*", "Shows the retry settings of HUB01."))

    def process(self) -> None:
        t = self.transport
        if self.Identity is None:
            for n in t.nodes.values():
                self.write_object(n.settings)
            return
        text = _text(self.Identity)
        try:
            servers = idn.find_servers(self.model, text)
        except ModelError as e:
            self.report(e, text)
            return
        nodes = [t.node(s) for s in servers if t.node(s) is not None]
        if not nodes:
            self.fail(f"The operation couldn't be performed because object '{text}' couldn't be found on "
                      f"'{self.model.dc_fqdn}'.", text,
                      dotnet="Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException",
                      category="ObjectNotFound")
        for n in nodes:
            self.write_object(n.settings)


class SetTransportServer(_TransportCmdlet):
    name = "Set-TransportServer"
    implemented = ("Identity", "MessageExpirationTimeout", "MessageRetryInterval", "TransientFailureRetryCount",
                   "TransientFailureRetryInterval", "OutboundConnectionFailureRetryInterval", "QueueMaxIdleTime",
                   "MessageTrackingLogEnabled", "PoisonThreshold")
    synopsis = "Use the Set-TransportServer cmdlet to set the transport configuration information for Hub Transport servers and Edge Transport servers."
    description = ("Set-TransportServer changes a transport server's settings; the retry and expiration "
                   "settings drive the simulated queues.")
    examples = (("Set-TransportServer HUB01 -TransientFailureRetryInterval 00:01:00",
                 "Makes HUB01 retry a failed next hop every minute."),)

    _SKIP = SetTransportConfig._SKIP

    def process(self) -> None:
        text = _text(self.Identity)
        t = self.transport
        try:
            srv = idn.get_server(self.model, text)
        except ModelError as e:
            self.report(e, text)
            return
        node = t.node(srv)
        if node is None:
            self.fail(f"The operation couldn't be performed because object '{text}' couldn't be found on "
                      f"'{self.model.dc_fqdn}'.", text,
                      dotnet="Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException",
                      category="ObjectNotFound")
            return
        fields = {k: base_object(v) for k, v in self.bound_parameters.items() if k not in self._SKIP}
        if not self.should_process(f'Setting transport server "{srv.name}".'):
            return
        try:
            node.settings.set(**fields)
        except ModelError as e:
            self.report(e, text)
            return
        self.model.touch()


class GetSendConnector(_TransportCmdlet):
    name = "Get-SendConnector"
    synopsis = "Use the Get-SendConnector cmdlet to view a Send connector configuration."
    description = ("Get-SendConnector lists the Send connectors: the EdgeSync connectors that take mail from "
                   "the site to the Internet through the Edge and from the Edge into the site.")
    examples = (("Get-SendConnector", "Lists the Send connectors."),)

    def process(self) -> None:
        import fnmatch
        pat = _text(self.Identity).lower() if self.Identity is not None else "*"
        found = [c for c in self.transport.send_connectors if fnmatch.fnmatchcase(c.name.lower(), pat)]
        if not found and self.Identity is not None:
            self.fail(f"The operation couldn't be performed because object '{_text(self.Identity)}' couldn't be "
                      f"found on '{self.model.dc_fqdn}'.", _text(self.Identity),
                      dotnet="Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException",
                      category="ObjectNotFound")
        for c in found:
            self.write_object(c)


class GetReceiveConnector(_TransportCmdlet):
    name = "Get-ReceiveConnector"
    synopsis = "Use the Get-ReceiveConnector cmdlet to view a Receive connector on a Hub Transport server or an Edge Transport server."
    description = ("Get-ReceiveConnector lists the Receive connectors of the transport servers (Default and "
                   "Client on each hub, the default internal connector on the Edge).")
    examples = (("Get-ReceiveConnector -Server HUB01", "Lists the Receive connectors of HUB01."),)

    def process(self) -> None:
        import fnmatch
        conns = self.transport.receive_connectors
        if self.Server is not None:
            name = _text(self.Server).split(".")[0].lower()
            conns = [c for c in conns if c.values["Server"].lower() == name]
        if self.Identity is not None:
            text = _text(self.Identity).lower()
            conns = [c for c in conns if fnmatch.fnmatchcase(c.values["Identity"].lower(), text)
                     or fnmatch.fnmatchcase(c.name.lower(), text)]
            if not conns:
                self.fail(f"The operation couldn't be performed because object '{_text(self.Identity)}' couldn't "
                          f"be found on '{self.model.dc_fqdn}'.", _text(self.Identity),
                          dotnet="Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException",
                          category="ObjectNotFound")
        for c in conns:
            self.write_object(c)


# ============================================================================ tracking
class GetMessageTrackingLog(_TransportCmdlet):
    name = "Get-MessageTrackingLog"
    implemented = ("Server", "Start", "End", "EventId", "Sender", "Recipients", "MessageSubject", "MessageId",
                   "InternalMessageId", "ResultSize")
    synopsis = "Use the Get-MessageTrackingLog cmdlet to search for message delivery information stored in the message tracking log."
    description = (
        "Get-MessageTrackingLog searches the message tracking logs of the transport servers. Events: RECEIVE, "
        "SUBMIT, SEND, DELIVER, FAIL, DSN, DEFER, RESOLVE, EXPAND, REDIRECT, TRANSFER, RESUBMIT, "
        "DUPLICATEDELIVER, BADMAIL, POISONMESSAGE and the shadow redundancy events HARECEIVE (the shadow "
        "server took a shadow copy), HAREDIRECT (the primary acknowledged it) and HADISCARD (the shadow copy "
        "was dropped after the discard notification). -MessageSubject matches part of the subject. At most "
        "-ResultSize entries (1000 by default) are returned.")
    examples = (
        ("Get-MessageTrackingLog -Server HUB01 -EventId DELIVER", "Lists the deliveries made by HUB01."),
        ("Get-MessageTrackingLog -MessageSubject 'Quarterly' | Sort-Object Timestamp | "
         "Format-Table Timestamp,ServerHostname,EventId,Source", "Follows one message through the organization."),
        ("Get-MessageTrackingLog -Server EDGE01 -EventId HADISCARD -ResultSize Unlimited",
         "Lists the shadow copies EDGE01 dropped."),
    )

    def process(self) -> None:
        t = self.transport
        nodes = self.nodes_for(self.Server) if self.Server is not None else list(t.nodes.values())
        start = _as_dt(self.Start)
        end = _as_dt(self.End)
        event = _text(self.EventId).upper() if self.EventId is not None else None
        sender = _text(self.Sender).lower() if self.Sender is not None else None
        rcpts = {_text(r).lower() for r in _list(self.Recipients)} if self.Recipients is not None else None
        subject = _text(self.MessageSubject).lower() if self.MessageSubject is not None else None
        mid = _text(self.MessageId).strip("<>").lower() if self.MessageId is not None else None
        iid = str(_text(self.InternalMessageId)) if self.InternalMessageId is not None else None
        limit = _result_size(self.ResultSize)
        if limit is None and self.ResultSize is None:
            limit = 1000
        n_out = 0
        for n in nodes:
            for row in n.log:
                ts, ev, _src, msg, rc, item_id, _rel, _ctx = row
                if start is not None and ts < start:
                    continue
                if end is not None and ts > end:
                    continue
                if event is not None and ev != event:
                    continue
                if sender is not None and msg.sender.lower() != sender:
                    continue
                if rcpts is not None and not any(r.lower() in rcpts for r in rc):
                    continue
                if subject is not None and subject not in msg.subject.lower():
                    continue
                if mid is not None and msg.message_id.strip("<>").lower() != mid:
                    continue
                if iid is not None and str(item_id) != iid:
                    continue
                if limit is not None and n_out >= limit:
                    return
                self.write_object(MessageTrackingEvent(row, n.server))
                n_out += 1


def _as_dt(v: Any) -> datetime | None:
    v = base_object(v)
    if v is None:
        return None
    if isinstance(v, datetime):
        return v
    from ems.runtime.conversion import convert_to
    try:
        return convert_to(v, "System.DateTime")
    except Exception:
        return None


# ============================================================================ Test-Mailflow
class TestMailflowOutput:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Monitoring.TestMailflowOutput", "System.Object")
    PS_PROPERTIES = ("TestMailflowResult", "MessageLatencyTime", "IsRemoteTest", "Identity", "IsValid")
    __slots__ = ("TestMailflowResult", "MessageLatencyTime", "IsRemoteTest")

    def __init__(self, result: str, latency: EnhancedTimeSpan, remote: bool):
        self.TestMailflowResult = result
        self.MessageLatencyTime = latency
        self.IsRemoteTest = remote

    Identity = None
    IsValid = True


class TestMailflow(_TransportCmdlet):
    name = "Test-Mailflow"
    implemented = ("Identity", "TargetMailboxServer", "TargetDatabase", "TargetEmailAddress",
                   "AutoDiscoverTargetMailboxServer", "ExecutionTimeout")
    synopsis = "Use the Test-Mailflow cmdlet to diagnose whether mail can be successfully sent from and delivered to the system mailbox on a computer that has the Mailbox server role installed."
    description = (
        "Test-Mailflow submits a test message from the system mailbox of a Mailbox server, through a Hub "
        "Transport server of the site, to the system mailbox of a database (on the same server, the "
        "-TargetMailboxServer, the -TargetDatabase) or to -TargetEmailAddress, and lets the simulated clock "
        "run until it is delivered or -ExecutionTimeout seconds (240) have passed. The test message is not "
        "counted in any user mailbox.")
    examples = (("Test-Mailflow E1401", "Tests mail flow from E1401 to itself."),
                ("Test-Mailflow E1401 -TargetMailboxServer E1402", "Tests mail flow from E1401 to E1402."))

    def process(self) -> None:
        org = self.model
        t = self.transport
        try:
            if self.Identity is not None:
                src = idn.get_server(org, _text(self.Identity))
            else:
                src = next(s for s in org.servers if s.exchange and s.has_role("Mailbox"))
        except (ModelError, StopIteration) as e:
            if isinstance(e, ModelError):
                self.report(e, _text(self.Identity))
            return
        if not src.has_role("Mailbox"):
            self.fail(f"The Mailbox server role isn't installed on server {src.name}.", src.name)
            return
        target_addr: str | None = None
        db = None
        remote = False
        if self.TargetEmailAddress is not None:
            target_addr = _text(self.TargetEmailAddress)
            remote = True
        else:
            if self.TargetDatabase is not None:
                try:
                    db = idn.get_database(org, _text(self.TargetDatabase))
                except ModelError as e:
                    self.report(e, _text(self.TargetDatabase))
                    return
                remote = True
            else:
                tgt = src
                if self.TargetMailboxServer is not None:
                    try:
                        tgt = idn.get_server(org, _text(self.TargetMailboxServer))
                    except ModelError as e:
                        self.report(e, _text(self.TargetMailboxServer))
                        return
                    remote = tgt is not src
                dbs = sorted((c.db for c in tgt.copies.values() if c.is_active), key=lambda d: d.name.lower())
                if not dbs:
                    self.fail(f"No mailbox database is mounted on server {tgt.name}.", tgt.name)
                    return
                db = dbs[0]
            target_addr = t.system_address(db)
        src_db = next((c.db for c in src.copies.values() if c.is_active), None)
        sender = t.system_address(src_db) if src_db is not None else f"MicrosoftExchange@{org.domain}"
        timeout = int(base_object(self.ExecutionTimeout) or 240)
        started = org.clock.now()
        msg = t.new_message(sender, [target_addr], "Test-Mailflow " + started.strftime("%m/%d/%Y %H:%M:%S"), 1200)
        if not src.up or not src.store_running or not t.store_submit(src, msg):
            self.write_object(TestMailflowOutput("*FAILURE*", EnhancedTimeSpan(0), remote))
            return
        step = 0.5
        waited = 0.0
        while waited < timeout:
            org.clock.advance(step)
            waited += step
            if t.was_delivered(msg):
                break
        if t.was_delivered(msg):
            self.write_object(TestMailflowOutput("Success", EnhancedTimeSpan(timedelta(seconds=waited)), remote))
        else:
            self.write_object(TestMailflowOutput("*FAILURE*", EnhancedTimeSpan(timedelta(seconds=waited)), remote))


# ============================================================================ Send-MailMessage
_ADDR = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def _address(text: str) -> str | None:
    s = text.strip()
    m = re.search(r"<([^<>]+)>\s*$", s)
    if m:
        s = m.group(1).strip()
    return s if _ADDR.match(s) else None


class SendMailMessage(Cmdlet):
    name = "Send-MailMessage"
    module = "Microsoft.PowerShell.Utility"
    parameters = (
        Parameter("Attachments", "System.String[]", pipeline=True, aliases=("PsPath",)),
        Parameter("Bcc", "System.String[]"),
        Parameter("Body", "System.String", position=2),
        Parameter("BodyAsHtml", SWITCH, aliases=("BAH",)),
        Parameter("Encoding", "System.Text.Encoding", aliases=("BE",)),
        Parameter("Cc", "System.String[]"),
        Parameter("DeliveryNotificationOption", "System.Net.Mail.DeliveryNotificationOptions", aliases=("DNO",),
                  enum_values=("None", "OnSuccess", "OnFailure", "Delay", "Never")),
        Parameter("From", "System.String", mandatory=True),
        Parameter("SmtpServer", "System.String", position=3, aliases=("ComputerName",)),
        Parameter("Priority", "System.Net.Mail.MailPriority", enum_values=("Normal", "Low", "High")),
        Parameter("Subject", "System.String", position=1, mandatory=True, aliases=("sub",)),
        Parameter("To", "System.String[]", position=0, mandatory=True),
        Parameter("Credential", "System.Management.Automation.PSCredential"),
        Parameter("UseSsl", SWITCH),
    )
    synopsis = "Sends an e-mail message."
    description = (
        "Send-MailMessage hands a message to an SMTP server of the simulated organization (a Hub Transport "
        "server such as HUB01, or the Edge EDGE01 as mail from the Internet would arrive). Nothing leaves "
        "the machine: any other SMTP server cannot be reached. Attachments are only measured (their size is "
        "added to the message). Without -SmtpServer the $PSEmailServer preference variable is used.")
    examples = (
        ("Send-MailMessage -To user01@contoso.com -From admin@contoso.com -Subject 'Hello' -SmtpServer HUB01",
         "Submits a message to HUB01 for user01."),
        ("Send-MailMessage -To user01@contoso.com -From partner@fabrikam.com -Subject 'From outside' "
         "-SmtpServer EDGE01", "Sends a message that arrives from the Internet at the Edge."),
        ("1..50 | ForEach-Object { Send-MailMessage -To user02@contoso.com -From a@fabrikam.com "
         "-Subject \"Test $_\" -SmtpServer EDGE01 }", "Sends fifty messages."),
    )

    def _smtp_error(self, message: str, target: Any = "System.Net.Mail.SmtpClient") -> None:
        self.write_error(ErrorRecord(message=message, category=ErrorCategory.InvalidOperation,
                                     fully_qualified_error_id="SmtpException,Microsoft.PowerShell.Commands.SendMailMessage",
                                     exception_type="SmtpException", target_object=target,
                                     command_name=self.name, category_target="System.Net.Mail.SmtpClient",
                                     category_target_type="SmtpClient"))

    def process(self) -> None:
        org = self.model
        server_text = self.SmtpServer
        if server_text is None:
            server_text = self.context.get_variable("PSEmailServer") if hasattr(self.context, "get_variable") else None
        if not server_text:
            self.write_error(ErrorRecord(
                message="The SMTP host was not specified.", category=ErrorCategory.InvalidOperation,
                fully_qualified_error_id="System.InvalidOperationException,Microsoft.PowerShell.Commands.SendMailMessage",
                exception_type="InvalidOperationException", command_name=self.name))
            return
        rcpts: list[str] = []
        for group in (self.To, self.Cc, self.Bcc):
            for r in _list(group):
                a = _address(str(r))
                if a is None:
                    self.write_error(ErrorRecord(
                        message="The specified string is not in the form required for an e-mail address.",
                        category=ErrorCategory.NotSpecified,
                        fully_qualified_error_id="System.FormatException,Microsoft.PowerShell.Commands.SendMailMessage",
                        exception_type="FormatException", command_name=self.name))
                    return
                rcpts.append(a)
        sender = _address(str(self.From))
        if sender is None:
            self.write_error(ErrorRecord(
                message="The specified string is not in the form required for an e-mail address.",
                category=ErrorCategory.NotSpecified,
                fully_qualified_error_id="System.FormatException,Microsoft.PowerShell.Commands.SendMailMessage",
                exception_type="FormatException", command_name=self.name))
            return
        size = 1024 + len(str(self.Body or "").encode("utf-8"))
        for a in _list(self.Attachments):
            n = self._attachment_size(str(a))
            if n is None:
                return
            size += (n * 4 + 2) // 3
        host = str(server_text).strip()
        srv = None
        if org is not None:
            short = host.split(".")[0]
            srv = org.servers.get(short) if not short.isdigit() else None
            if srv is None:
                srv = next((s for s in org.servers if s.ip_address == host), None)
        if srv is None:
            self._smtp_error("Unable to connect to the remote server")
            return
        t = transport_of(org)
        msg = t.new_message(sender, rcpts, str(self.Subject or ""), size)
        try:
            t.submit(srv, msg)
        except ModelError:
            self._smtp_error("Unable to connect to the remote server")

    def _attachment_size(self, text: str) -> int | None:
        fs = getattr(self.context, "fs", None)
        try:
            path = fs.resolve(text)
            item = fs.item(path, text)
            n = getattr(item, "Length", None)
            if n is not None:
                return int(n)
        except Exception:
            pass
        self.write_error(ErrorRecord(
            message=f"Could not find file '{text}'.", category=ErrorCategory.NotSpecified,
            fully_qualified_error_id="System.IO.FileNotFoundException,Microsoft.PowerShell.Commands.SendMailMessage",
            exception_type="FileNotFoundException", command_name=self.name, target_object=text))
        return None
