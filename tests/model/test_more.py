"""Smaller behaviours: quorum checks, move request suspension, generated orgs, services."""
from datetime import timedelta

import pytest

from ems.model.errors import InvalidOperationError, ServerUnavailableError
from ems.model.generate import generate_org
from ems.model.load import load_default
from ems.model.mailboxes import MoveRequestStatistics


def test_quorum_and_witness_checks():
    org = load_default()
    for n in ("E1402", "E1403"):
        org.stop_server(org.servers[n])
    res = {c.Check: (c.Result, c.Error) for c in org.test_replication_health(org.servers["E1401"])}
    assert res["DagMembersUp"][0] == "Failed" and "E1402, E1403" in res["DagMembersUp"][1]
    assert res["QuorumGroup"][0] == "Failed"
    # every database is on the only member left
    assert all(db.active_server == "E1401" and db.is_mounted for db in org.databases)


def test_move_request_suspend_resume_and_statistics():
    org = load_default()
    m = org.mailboxes["user21"]
    mr = org.new_move_request(m, org.databases["DB01"], batch_name="B1", suspend_when_ready=True)
    org.advance(timedelta(hours=1))
    assert mr.status() == "AutoSuspended" and m.db_name == "DB03"
    st = MoveRequestStatistics(mr)
    assert st.PercentComplete == 95 and st.BatchName == "B1" and st.TotalMailboxSize.ToBytes() == m.total_size
    org.set_move_request_suspended(mr, False)
    org.advance(timedelta(hours=1))
    assert mr.status() == "Completed" and m.db_name == "DB01" and MoveRequestStatistics(mr).PercentComplete == 100
    org.remove_move_request(mr)
    assert m.move_request is None and m.MailboxMoveStatus == "None"


def test_move_waits_for_dismounted_target():
    org = load_default()
    m = org.mailboxes["user31"]
    org.am.dismount(org.databases["DB02"])
    mr = org.new_move_request(m, org.databases["DB02"])
    org.advance(timedelta(hours=1))
    assert m.db_name == "DB04" and mr.status() == "CompletionInProgress"
    org.am.mount(org.databases["DB02"])
    org.advance(120)
    assert m.db_name == "DB02" and mr.status() == "Completed"


def test_down_computer_refuses_service_queries():
    org = load_default()
    hub = org.servers["HUB02"]
    org.stop_server(hub)
    with pytest.raises(ServerUnavailableError):
        org.stop_service(hub, "MSExchangeTransport")
    assert hub.service("MSExchangeTransport").Status == "Stopped"
    assert not org.ping(hub)
    org.start_server(hub)
    assert hub.service("MSExchangeTransport").Status == "Running"
    with pytest.raises(InvalidOperationError) as ex:
        org.start_service(hub, "NoSuchService")
    assert ex.value.message == "Cannot find any service with service name 'NoSuchService'."


def test_generated_org_failover_and_invariants():
    org = generate_org(members=16, databases=48, mailboxes=4800)
    assert len(org.databases) == 48 and len(org.mailboxes) == 4800
    assert all(len(db.mailboxes) == 100 for db in org.databases)
    org.stop_server(org.servers["MBX05"])
    org.stop_server(org.servers["MBX06"])
    assert org.am.check_invariants() == []
    assert not org.servers["MBX05"].active_copies()
    org.advance(timedelta(minutes=30))
    org.start_server(org.servers["MBX05"])
    org.advance(timedelta(minutes=5))
    assert all(e.Status in ("Healthy", "Mounted") for e in org.copy_status(server=org.servers["MBX05"]))
