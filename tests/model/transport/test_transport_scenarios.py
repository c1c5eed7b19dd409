"""A hub fails at each step of a message's life, with Shadow Redundancy on and off.

Timeline of a message from the Internet (Send-MailMessage -SmtpServer EDGE01 at t=0): the Edge
categorizes it at t=1, relays it to a hub at t=3 (the hub RECEIVEs it, the Edge keeps a shadow
copy), the hub categorizes it at t=4 and delivers it at t=5; the Edge's next XQUERYDISCARD
heartbeat (t=3 + ShadowHeartbeatTimeoutInterval) drops the shadow copy.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from ems.model import faults, load
from ems.model.transport import transport_of

HEARTBEAT = 300  # RTM ShadowHeartbeatTimeoutInterval (00:05:00)
RETRIES = 3  # RTM ShadowHeartbeatRetryCount


@pytest.fixture
def org():
    return load.load_default()


def _setup(org, shadow: bool):
    t = transport_of(org)
    t.config.set(ShadowRedundancyEnabled=shadow)
    mbx = org.mailboxes["user01"]
    return t, mbx


def _send(org, t, mbx, subject="hello"):
    msg = t.new_message("partner@fabrikam.com", [mbx.smtp], subject, 4096)
    t.submit(org.servers["EDGE01"], msg)
    return msg


def _holder(t, msg):
    """The hub whose queues hold a copy of ``msg`` (not counting shadows)."""
    for n in t.hubs():
        for q in n.queues.values():
            if not q.is_shadow and any(i.msg is msg for i in q.items.values()):
                return n
    return None


def _events(t, msg, event):
    return [(n.name, r) for n in t.nodes.values() for r in n.log if r[3] is msg and r[1] == event]


def _copies(mbx, msg):
    return 1 if mbx.received_ids and msg.message_id in mbx.received_ids else 0


@pytest.mark.parametrize("shadow", [True, False])
def test_hub_down_before_it_accepts(org, shadow):
    t, mbx = _setup(org, shadow)
    before = mbx.item_count
    org.stop_server(org.servers["HUB01"], crash=True, lose_transport_database=True)
    msg = _send(org, t, mbx)
    org.advance(3600)
    assert mbx.item_count == before + 1
    assert [n for n, _ in _events(t, msg, "DELIVER")] == ["HUB02"]
    assert not _events(t, msg, "DUPLICATEDELIVER")


def test_both_hubs_down_edge_queue_retries_then_delivers(org):
    t, mbx = _setup(org, True)
    before = mbx.item_count
    for h in ("HUB01", "HUB02"):
        org.stop_server(org.servers[h], crash=True)
    msg = _send(org, t, mbx)
    org.advance(5)
    q = t.node("EDGE01").queues[("hubsite",)]
    assert q.shown_status() == "Retry" and q.last_error and "421 4.2.1" in q.last_error
    assert mbx.item_count == before
    org.start_server(org.servers["HUB02"])
    org.advance(timedelta(minutes=11))
    assert mbx.item_count == before + 1
    assert len(_events(t, msg, "DELIVER")) == 1


@pytest.mark.parametrize("shadow", [True, False])
def test_hub_dies_with_its_queue_database_after_accepting(org, shadow):
    t, mbx = _setup(org, shadow)
    before = mbx.item_count
    msg = _send(org, t, mbx)
    org.advance(3.5)  # accepted by a hub, not yet delivered
    hub = _holder(t, msg)
    assert hub is not None and mbx.item_count == before
    org.stop_server(hub.server, crash=True, lose_transport_database=True)
    org.advance(timedelta(minutes=5) * (RETRIES + 1))
    if shadow:
        assert mbx.item_count == before + 1, "the Edge resubmitted its shadow copy"
        assert _events(t, msg, "RESUBMIT")
        assert [n for n, _ in _events(t, msg, "DELIVER")] != [hub.name]
    else:
        assert mbx.item_count == before, "without shadow redundancy the message is lost"
        assert not _events(t, msg, "DELIVER")


@pytest.mark.parametrize("shadow", [True, False])
def test_hub_crash_keeping_its_queue_database_delivers_after_restart(org, shadow):
    t, mbx = _setup(org, shadow)
    before = mbx.item_count
    msg = _send(org, t, mbx)
    org.advance(3.5)
    hub = _holder(t, msg)
    org.stop_server(hub.server, crash=True)
    org.advance(60)
    org.start_server(hub.server)
    org.advance(3600)
    assert mbx.item_count == before + 1
    assert _copies(mbx, msg) == 1
    if shadow:  # the shadow copy went once the restarted hub delivered and answered the heartbeat
        assert _events(t, msg, "HADISCARD")
        assert t.shadow_count() == 0


@pytest.mark.parametrize("shadow", [True, False])
def test_hub_dies_after_delivery_before_the_discard_notification(org, shadow):
    t, mbx = _setup(org, shadow)
    before = mbx.item_count
    msg = _send(org, t, mbx)
    org.advance(6)  # delivered; the Edge has not asked for discards yet
    assert mbx.item_count == before + 1
    hub = _holder(t, msg) or next(n for n, _ in _events(t, msg, "DELIVER"))
    hub_node = t.node(hub) if isinstance(hub, str) else hub
    org.stop_server(hub_node.server, crash=True, lose_transport_database=True)
    org.advance(timedelta(minutes=5) * (RETRIES + 1))
    assert mbx.item_count == before + 1, "the user never sees two copies"
    if shadow:
        assert _events(t, msg, "RESUBMIT")
        assert _events(t, msg, "DUPLICATEDELIVER"), "the resubmitted copy was caught at the store"
    else:
        assert not _events(t, msg, "DUPLICATEDELIVER")
    assert t.shadow_count() == 0


def test_stopping_the_transport_service_keeps_the_queue(org):
    t, mbx = _setup(org, True)
    before = mbx.item_count
    msg = _send(org, t, mbx)
    org.advance(3.5)
    hub = _holder(t, msg)
    org.stop_service(hub.server, "MSExchangeTransport", force=True)
    org.advance(30)
    assert mbx.item_count == before
    org.start_service(hub.server, "MSExchangeTransport")
    org.advance(10)
    assert mbx.item_count == before + 1


def test_dismounted_database_puts_the_delivery_queue_in_retry(org):
    t, mbx = _setup(org, True)
    before = mbx.item_count
    db = mbx.database
    org.am.dismount(db)
    msg = _send(org, t, mbx)
    org.advance(10)
    hub = _holder(t, msg)
    q = hub.queues[("mapi", db.name.lower())]
    assert q.shown_status() == "Retry"
    assert "MdbOffline" in q.last_error
    assert q.next_retry is not None
    item = next(iter(q.items.values()))
    assert item.status == "Retry" and item.last_error == q.last_error
    assert _events(t, msg, "DEFER")
    org.am.mount(db)
    org.advance(timedelta(minutes=6))
    assert mbx.item_count == before + 1


def test_shadow_auto_discard(org):
    t, mbx = _setup(org, True)
    t.config.set(ShadowMessageAutoDiscardInterval="00:02:00")
    msg = _send(org, t, mbx)
    org.advance(6)
    edge = t.node("EDGE01")
    # the hub never answers (its transport stopped), but the shadow copy ends anyway
    hub = next(t.node(n) for n, _ in _events(t, msg, "DELIVER"))
    org.stop_service(hub.server, "MSExchangeTransport", force=True)
    org.advance(HEARTBEAT + 1)
    assert not any(q.items for q in edge.queues.values() if q.is_shadow)
    assert any(r[7] == "AutoDiscard" for _, r in _events(t, msg, "HADISCARD"))


def test_internal_submission_to_a_hub_and_mail_to_the_internet(org):
    t, mbx = _setup(org, True)
    before = mbx.item_count
    msg = t.new_message("admin@contoso.com", [mbx.smtp, "x@fabrikam.com", "nobody@contoso.com"], "mixed", 2048)
    t.submit(org.servers["HUB01"], msg)
    org.advance(20)
    assert mbx.item_count == before + 1
    assert [n for n, _ in _events(t, msg, "SEND") if _[4] == ("x@fabrikam.com",)]
    assert _events(t, msg, "FAIL") and _events(t, msg, "DSN")
    # the hub keeps a shadow of what it relayed to the Edge until the Edge says it was sent
    org.advance(HEARTBEAT + 5)
    assert _events(t, msg, "HADISCARD")
    assert t.shadow_count() == 0


def test_lossy_failover_resubmits_from_the_transport_dumpster(org):
    t, mbx = _setup(org, True)
    db = mbx.database
    before = mbx.item_count
    msgs = [_send(org, t, mbx, f"m{i}") for i in range(5)]
    org.advance(10)
    assert mbx.item_count == before + 5
    stats, missing = t.dumpster_statistics(db)
    assert sum(s.NumberOfItems for s in stats) == 5 and not missing
    for c in db.copy_list:
        if not c.is_active:
            faults.lag_copy(org, c, 3)
    old = db.active_server
    org.stop_server(org.servers[old], crash=True)
    assert db.active_server != old, "failed over"
    fo = next(e for e in org.history.events if e.kind == "Failover" and e.database == db.name)
    assert fo.details["logs_lost"] == 3
    assert mbx.item_count == before + 2, "the last three messages were in the lost logs"
    org.advance(10)
    assert mbx.item_count == before + 5, "the dumpster gave back what the lost logs held"
    assert all(_copies(mbx, m) for m in msgs)
    assert sum(bool(_events(t, m, "RESUBMIT")) for m in msgs) >= 3
    assert sum(len(_events(t, m, "DELIVER")) for m in msgs) == 8  # 5 first deliveries, 3 again


def test_lost_transport_database_empties_the_dumpster(org):
    t, mbx = _setup(org, True)
    _send(org, t, mbx)
    org.advance(10)
    db = mbx.database
    stats, _ = t.dumpster_statistics(db)
    holder = next(s for s in stats if s.NumberOfItems)
    name = holder.Server.split(".")[0]
    org.stop_server(org.servers[name], crash=True, lose_transport_database=True)
    stats, missing = t.dumpster_statistics(db)
    assert missing == [org.servers[name].fqdn]
    org.start_server(org.servers[name])
    stats, missing = t.dumpster_statistics(db)
    assert sum(s.NumberOfItems for s in stats) == 0


def test_heartbeat_settings_drive_resubmission_time(org):
    t, mbx = _setup(org, True)
    t.config.set(ShadowHeartbeatTimeoutInterval="00:01:00", ShadowHeartbeatRetryCount=2)
    msg = _send(org, t, mbx)
    org.advance(3.5)
    hub = _holder(t, msg)
    org.stop_server(hub.server, crash=True, lose_transport_database=True)
    org.advance(60 * 2 - 5)
    assert not _events(t, msg, "RESUBMIT")
    org.advance(10)
    assert _events(t, msg, "RESUBMIT")


def test_state_round_trip(org, tmp_path):
    from ems.model import persist
    t, mbx = _setup(org, True)
    for h in ("HUB01", "HUB02"):
        org.stop_server(org.servers[h], crash=True)
    _send(org, t, mbx)
    org.advance(5)
    path = tmp_path / "state.json"
    persist.save(org, path)
    org2 = persist.load(path)
    t2 = transport_of(org2)
    q = t2.node("EDGE01").queues[("hubsite",)]
    assert len(q.items) == 1 and q.shown_status() == "Retry"
    before = org2.mailboxes["user01"].item_count
    org2.start_server(org2.servers["HUB01"])
    org2.advance(timedelta(minutes=15))
    assert org2.mailboxes["user01"].item_count == before + 1


def test_poison_message_after_two_crashes_while_processing(org):
    t, mbx = _setup(org, True)
    before = mbx.item_count
    hub = org.servers["HUB01"]
    msg = t.new_message("admin@contoso.com", [mbx.smtp], "poison", 1024)
    t.submit(hub, msg)
    for _ in range(2):  # the hub crashes twice while the categorizer works on the message
        org.advance(0.5)
        org.stop_server(hub, crash=True)
        org.start_server(hub)
    node = t.node(hub)
    pq = node.queues["poison"]
    assert len(pq.items) == 1 and pq.shown_status() == "Suspended"
    assert _events(t, msg, "POISONMESSAGE")
    org.advance(60)
    assert mbx.item_count == before
    t.resume_message(next(iter(pq.items.values())))
    org.advance(10)
    assert mbx.item_count == before + 1


def test_secondary_address_resolves_to_the_primary(org):
    t, mbx = _setup(org, True)
    old = list(mbx.extra_addresses)
    mbx.extra_addresses.append("u1.alias@contoso.com")
    org.mailboxes.reindex_addresses(mbx, old)
    before = mbx.item_count
    msg = t.new_message("admin@contoso.com", ["u1.alias@contoso.com"], "alias", 1024)
    t.submit(org.servers["HUB02"], msg)
    org.advance(5)
    assert mbx.item_count == before + 1
    (_, row), = _events(t, msg, "RESOLVE")
    assert row[4] == (mbx.smtp,) and row[6] == "u1.alias@contoso.com"
