"""Lab 2: Shadow Redundancy (the seed's core teaching).

Start state: the built-in organization, shadow redundancy on (RTM defaults: heartbeat every
00:05:00, 3 retries).

Mail from the Internet enters at EDGE01, which hands it to a hub (HUB01 or HUB02); with shadow
redundancy the Edge keeps a shadow copy until the hub reports delivery. Internal mail sent
with Send-MailMessage -SmtpServer HUBxx comes from an SMTP client, which keeps no shadow.

Objectives (read from the transport's message tracking logs, its queues and the history;
the transport model is ems/model/transport, ``transport_of(org)``):
* ``ShadowCopyKept``: a transport server kept a shadow copy of a message (HARECEIVE).
* ``ResubmittedAfterHubLoss``: a hub crashed and a shadow copy was resubmitted (RESUBMIT from
  REDUNDANCY) and then delivered.
* ``MessageLostWithoutShadow``: a message was lost -- accepted by transport, never delivered or
  returned, and held nowhere any more -- which only happens with shadow redundancy off when a
  hub loses its queue database.
* ``ShadowRedundancyRestored``: after that, shadow redundancy is on again.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ems.model.labs import Lab, LabState, Objective

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization


def _transport(org: "Organization") -> Any:
    from ems.model.transport import transport_of
    return transport_of(org)


def _events(org: "Organization", st: LabState) -> list[tuple]:
    """(time, event, source, message_id, node name) of every tracking entry since the lab started."""
    t = _transport(org)
    out = []
    for node in t.nodes.values():
        for entry in node.log:
            time, event, source, msg = entry[0], entry[1], entry[2], entry[3]
            if time >= st.started:
                out.append((time, event, source, getattr(msg, "message_id", None), node.name))
    out.sort(key=lambda e: e[0])
    return out


def shadow_kept(org: "Organization", st: LabState) -> bool:
    return any(e[1] == "HARECEIVE" for e in _events(org, st))


def _hub_crashes(org: "Organization", st: LabState) -> list[Any]:
    return [e for e in org.history.since(st.started)
            if e.kind == "ServerCrash" and e.server and org.servers.get(e.server) is not None
            and org.servers[e.server].has_role("HubTransport")]


def resubmitted(org: "Organization", st: LabState) -> bool:
    crashes = _hub_crashes(org, st)
    if not crashes:
        return False
    first = crashes[0].time
    evs = _events(org, st)
    for i, (time, event, source, mid, _) in enumerate(evs):
        if event == "RESUBMIT" and source == "REDUNDANCY" and time >= first:
            if any(e[1] == "DELIVER" and e[3] == mid and e[0] >= time for e in evs[i:]):
                return True
    return False


def lost_messages(org: "Organization", st: LabState) -> list[str]:
    if not any(e.kind == "ServerCrash" and e.details.get("lose_transport_database")
               for e in org.history.since(st.started)):
        return []
    evs = _events(org, st)
    received = {e[3] for e in evs if e[1] in ("RECEIVE", "SUBMIT") and e[3]}
    finished = {e[3] for e in evs if e[1] in ("DELIVER", "FAIL", "DSN", "DUPLICATEDELIVER") and e[3]}
    held: set[str] = set()
    for node in _transport(org).nodes.values():
        for q in node.queues.values():
            for item in q.items.values():
                held.add(item.msg.message_id)
    return sorted(received - finished - held)


def lost(org: "Organization", st: LabState) -> bool:
    return bool(lost_messages(org, st))


def restored(org: "Organization", st: LabState) -> bool:
    return lost(org, st) and _transport(org).config.shadow_enabled


def prepare(org: "Organization") -> None:
    _transport(org)  # transport listens to the organization from the start


def hint(org: "Organization", st: LabState) -> str:
    if not shadow_kept(org, st):
        return ("Send a message from the Internet through the Edge server and watch the hops: "
                "Send-MailMessage -SmtpServer EDGE01 -From partner@fabrikam.com -To user01@contoso.com "
                "-Subject \"Shadow test\" -Body test; Step-LabClock -Seconds 3; Get-Queue -Server EDGE01 "
                "(a Shadow\\n queue with DeliveryType ShadowRedundancy and a hub as NextHopDomain).")
    if not resubmitted(org, st):
        hubs = [s for s in org.servers if s.has_role("HubTransport")]
        if _hub_crashes(org, st) and hubs and not any(s.up for s in hubs):
            return ("Every hub is down, so the Edge has no hub to resubmit its shadow copies to (Get-MessageTrackingLog "
                    "-Server EDGE01 shows DEFER). Bring one back and let the clock run: Start-LabServer "
                    f"{sorted(s.name for s in hubs)[0]}; Step-LabClock -Minutes 20.")
        if _hub_crashes(org, st):
            return ("A hub is down. Shadow copies wait for ShadowHeartbeatTimeoutInterval x "
                    "ShadowHeartbeatRetryCount (Get-TransportConfig | fl Shadow*) before they are resubmitted: "
                    "Step-LabClock -Minutes 20; Get-MessageTrackingLog -Server EDGE01 -EventId RESUBMIT; "
                    "Get-MailboxStatistics user01.")
        return ("Lose a hub while it holds a message: send mail through EDGE01, Step-LabClock -Seconds 3, find the "
                "hub that holds it (Get-Queue -Server HUB01; Get-Queue -Server HUB02) and crash it with its queue "
                "database before it delivers: Stop-LabServer HUB01 -LoseTransportDatabase. (Tip: Suspend-Queue on "
                "the hub's delivery queue keeps the message there while you look.)")
    if not lost(org, st):
        return ("Now see what shadow redundancy prevents: Set-TransportConfig -ShadowRedundancyEnabled $false; "
                "Start-LabServer for any stopped hub; send another message through EDGE01, Step-LabClock -Seconds 3 "
                "and crash the hub that holds it with -LoseTransportDatabase; Step-LabClock -Minutes 20: the message "
                "never arrives (Get-MessageTrackingLog shows no DELIVER).")
    if not restored(org, st):
        return "Turn the feature back on: Set-TransportConfig -ShadowRedundancyEnabled $true"
    return "Every objective is met: check them with Get-LabObjective."


LAB = Lab(
    name="ShadowRedundancy",
    title="Exchange 2010 Shadow Redundancy",
    description=("Send mail from the Internet through EDGE01 and watch the Edge keep a shadow copy until the hub "
                 "reports delivery. Crash the hub (Stop-LabServer -LoseTransportDatabase) while it holds the "
                 "message and watch the Edge resubmit it after the heartbeat timeout, with no duplicate for the "
                 "user. Then switch shadow redundancy off (Set-TransportConfig -ShadowRedundancyEnabled $false), do "
                 "it again and see the message lost, and switch it back on."),
    prepare=prepare,
    objectives=[
        Objective("ShadowCopyKept", "A transport server kept a shadow copy of a message it handed on.", shadow_kept),
        Objective("ResubmittedAfterHubLoss", "A hub was lost in delivery; its shadow copy was resubmitted and delivered.", resubmitted),
        Objective("MessageLostWithoutShadow", "With shadow redundancy off, a message was lost with its hub.", lost),
        Objective("ShadowRedundancyRestored", "After that, shadow redundancy is on again.", restored),
    ],
    hint=hint,
    aliases=("2", "Shadow"),
)
