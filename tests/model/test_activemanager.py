"""Active Manager rules: switchover checks and texts (reference §14c), failover, seeding."""
from datetime import timedelta

import pytest

from ems.model import faults
from ems.model.errors import ActiveManagerError, ArgumentError, InvalidOperationError, ReplayServiceError
from ems.model.load import load_default

PREFIX = "An Active Manager operation failed. Error: The database action failed. Error: "
VALIDATE = "An error occurred while trying to validate the specified database copy for possible activation. Error: "


@pytest.fixture
def org():
    return load_default()


def copy(org, name):
    db, srv = name.split("\\")
    return org.databases[db].copy_on(srv)


def test_switchover_to_server(org):
    r = org.am.move_active(org.databases["DB01"], org.servers["E1403"])
    assert (r.Status, r.ActiveServerAtStart, r.ActiveServerAtEnd) == ("Succeeded", "E1401", "E1403")
    assert (r.MountStatusAtMoveStart, r.MountStatusAtMoveEnd, r.NumberOfLogsLost) == ("Mounted", "Mounted", 0)
    assert org.databases["DB01"].active_server == "E1403"
    assert copy(org, "DB01\\E1401").status == "Healthy"
    assert copy(org, "DB01\\E1403").status == "Mounted"
    assert [e.kind for e in org.history.of_kind("Switchover")] == ["Switchover"]
    assert org.history.outages() == []


def test_switchover_already_hosted(org):
    r = org.am.move_active(org.databases["DB01"], "E1401")
    assert r.Status == "Failed"
    assert r.ErrorMessage == PREFIX + "Database 'DB01' is already hosted on target server 'E1401'."


def test_switchover_refuses_activation_suspended(org):
    org.am.suspend(copy(org, "DB01\\E1402"), activation_only=True, comment="maintenance")
    r = org.am.move_active(org.databases["DB01"], "E1402")
    assert r.Status == "Failed" and isinstance(r.error, ActiveManagerError)
    assert r.ErrorMessage == PREFIX + VALIDATE + (
        "Database copy 'DB01' has been blocked from automatic activation on server 'E1402' by an administrative "
        "action. Reason: maintenance. If you need to activate this database copy, you can use the "
        "Move-ActiveMailboxDatabase cmdlet with the -SkipHealthChecks parameter to forcibly activate the database.")
    r = org.am.move_active(org.databases["DB01"], "E1402", skip_health_checks=True)
    assert r.Status == "Succeeded" and r.ActiveServerAtEnd == "E1402"


def test_switchover_refuses_suspended_and_blocked(org):
    org.am.suspend(copy(org, "DB01\\E1402"), comment="reseed")
    r = org.am.move_active(org.databases["DB01"], "E1402")
    assert "Database copy 'DB01' is suspended on server 'E1402'. Reason: reseed." in r.ErrorMessage
    org.set_mailbox_server(org.servers["E1403"], activation_policy="Blocked")
    r = org.am.move_active(org.databases["DB01"], "E1403")
    assert r.ErrorMessage.endswith("Server 'E1403' has database copy auto activation policy configuration of 'Blocked'.")
    r = org.am.move_active(org.databases["DB01"])
    assert r.Status == "Failed"
    assert "The database 'DB01' was not mounted because errors occurred either while validating database copies" \
        in r.ErrorMessage
    assert "E1402:" in r.ErrorMessage and "E1403:" in r.ErrorMessage


def test_switchover_lag_and_content_index(org):
    faults.lag_copy(org, copy(org, "DB02\\E1403"), 40)
    r = org.am.move_active(org.databases["DB02"], "E1403", skip_health_checks=True)
    assert "has a copy queue length of 40 logs, which is higher than the maximum allowed copy queue length of 10" \
        in r.ErrorMessage
    faults.fail_content_index(org, copy(org, "DB03\\E1401"))
    r = org.am.move_active(org.databases["DB03"], "E1401")
    assert "has content index catalog files in the following state: 'Failed'" in r.ErrorMessage
    assert org.am.move_active(org.databases["DB03"], "E1401", skip_client_experience_checks=True).Status == "Succeeded"


def test_switchover_needs_replicated_database(org):
    db = org.new_mailbox_database("DB07", org.servers["E1401"])
    r = org.am.move_active(db, "E1402")
    assert r.ErrorMessage == ('Database "DB07" has only one copy hosted on server "E1401". The '
                              'Move-ActiveMailboxDatabase cmdlet can only work with databases that are enabled '
                              'for replication.')


def test_move_all_from_server_picks_best_copy(org):
    res = org.am.move_all_from(org.servers["E1401"])
    assert [(str(r.Identity), r.ActiveServerAtEnd) for r in res] == [("DB01", "E1402"), ("DB02", "E1403")]
    with pytest.raises(InvalidOperationError):
        org.am.move_all_from(org.servers["HUB01"])


def test_suspend_active_copy_refused(org):
    with pytest.raises(ReplayServiceError) as ex:
        org.am.suspend(copy(org, "DB01\\E1401"))
    assert ex.value.message == ("The suspend operation can't proceed because database 'DB01' on Exchange Mailbox "
                                "server 'E1401' is the active mailbox database copy.")
    org.am.suspend(copy(org, "DB01\\E1401"), activation_only=True)  # allowed
    assert copy(org, "DB01\\E1401").activation_suspended
    assert org.am.resume(copy(org, "DB01\\E1401"))
    with pytest.raises(ReplayServiceError) as ex:
        org.am.resume(copy(org, "DB01\\E1401"))
    assert ex.value.message == ("Couldn't resume database copy 'DB01\\E1401' because you can't suspend or resume "
                                "replication on an active database copy.")


def test_suspend_resume_states_over_time(org):
    c = copy(org, "DB01\\E1402")
    org.am.suspend(c, comment="x")
    assert c.status_entry().Status == "Suspended" and c.status_entry().ActivationSuspended
    org.advance(timedelta(hours=2))
    assert c.status_entry().CopyQueueLength > 0
    org.am.resume(c)
    assert c.status == "Initializing"
    org.advance(16)
    assert c.status == "Resynchronizing"
    org.advance(60)
    e = c.status_entry()
    assert e.Status == "Healthy" and e.CopyQueueLength == 0 and not e.ActivationSuspended


def test_failover_on_crash_skips_suspended_and_blocked(org):
    org.am.suspend(copy(org, "DB01\\E1402"), activation_only=True)
    org.set_mailbox_server(org.servers["E1403"], activation_policy="Blocked")
    org.stop_server(org.servers["E1401"])
    db1, db2 = org.databases["DB01"], org.databases["DB02"]
    # DB01: E1402 activation-suspended, E1403 blocked -> nothing can take it
    assert db1.active_server == "E1401" and not db1.is_mounted
    assert db2.active_server == "E1402" and db2.is_mounted  # DB02's pref 2 E1403 is blocked: E1402 takes it
    kinds = [(e.kind, e.database) for e in org.history.outages()]
    assert ("FailoverFailed", "DB01") in kinds and ("Failover", "DB02") in kinds
    assert org.am.check_invariants() == []
    # unblocking E1403 lets Active Manager recover DB01 there
    org.set_mailbox_server(org.servers["E1403"], activation_policy="Unrestricted")
    assert db1.active_server == "E1403" and db1.is_mounted


def test_failover_respects_mount_dial(org):
    org.am.suspend(copy(org, "DB01\\E1402"), comment="x")
    org.advance(timedelta(hours=3))
    org.am.resume(copy(org, "DB01\\E1402"), replication_only=True)  # still behind, activation suspended
    faults.lag_copy(org, copy(org, "DB01\\E1403"), 8)
    org.set_mailbox_server(org.servers["E1403"], mount_dial="Lossless")
    org.stop_server(org.servers["E1401"])
    db = org.databases["DB01"]
    assert not db.is_mounted and db.active_server == "E1401"
    org.set_mailbox_server(org.servers["E1403"], mount_dial="BestAvailability")
    assert db.is_mounted and db.active_server == "E1403"
    fo = [e for e in org.history.of_kind("Failover") if e.database == "DB01"][-1]
    assert fo.details["logs_lost"] == 8


def test_server_start_brings_copies_back(org):
    org.stop_server(org.servers["E1402"])
    assert all(e.Status == "ServiceDown" for e in org.copy_status(server=org.servers["E1402"]))
    org.advance(600)
    org.start_server(org.servers["E1402"])
    assert {e.Status for e in org.copy_status(server=org.servers["E1402"])} == {"Initializing"}
    org.advance(120)
    assert {e.Status for e in org.copy_status(server=org.servers["E1402"])} == {"Healthy"}
    assert org.am.check_invariants() == []


def test_stopping_information_store_fails_over(org):
    org.stop_service(org.servers["E1403"], "MSExchangeIS")
    assert not org.servers["E1403"].active_copies()
    assert [e.kind for e in org.history.outages()].count("Failover") == 2
    with pytest.raises(InvalidOperationError) as ex:
        org.stop_service(org.servers["E1403"], "MSExchangeADTopology")
    assert "because it has dependent services" in ex.value.message
    org.stop_service(org.servers["E1403"], "MSExchangeRepl")
    assert all(e.Status == "ServiceDown" for e in org.copy_status(server=org.servers["E1403"]))
    org.start_service(org.servers["E1403"], "MSExchangeRepl")
    org.start_service(org.servers["E1403"], "MSExchangeIS")
    org.advance(60)
    assert {e.Status for e in org.copy_status(server=org.servers["E1403"])} == {"Healthy"}


def test_add_copy_seeds_over_time(org):
    db = org.new_mailbox_database("DB07", org.servers["E1401"])
    with pytest.raises(InvalidOperationError) as ex:
        org.am.add_copy(db, org.servers["E1402"])
    assert ex.value.message == "Database 'DB07' is not mounted. Use Mount-Database before adding any database copies."
    org.am.mount(db)
    c = org.am.add_copy(db, org.servers["E1402"])
    assert c.status == "Seeding" and c.activation_preference == 2
    with pytest.raises(InvalidOperationError) as ex:
        org.am.add_copy(db, org.servers["E1402"])
    assert ex.value.message == ('The database "DB07" already has a copy hosted on server "E1402". '
                                'Choose a different server.')
    org.advance(20)
    assert c.status == "Initializing"
    org.advance(20)
    assert c.status == "Healthy"
    assert db.ReplicationType == "Remote"
    kinds = [e.kind for e in org.history.events if e.database == "DB07"]
    assert "SeedStarted" in kinds and "SeedCompleted" in kinds


def test_reseed_requires_suspension(org):
    c = copy(org, "DB05\\E1402")
    with pytest.raises(ReplayServiceError) as ex:
        org.am.update_copy(c)
    assert ex.value.message.startswith("Couldn't seed the mailbox database copy because it is not suspended.")
    faults.fail_copy(org, c)
    assert c.status == "FailedAndSuspended"
    org.am.update_copy(c)
    assert c.status == "Seeding"
    org.advance(120)
    assert c.status == "Healthy" and not c.activation_suspended


def test_set_activation_preference_renumbers(org):
    db = org.databases["DB01"]
    org.am.set_copy(db.copy_on("E1403"), activation_preference=1)
    assert [kv.ps_to_string() for kv in db.ActivationPreference] == ["[E1403, 1]", "[E1401, 2]", "[E1402, 3]"]
    with pytest.raises(ArgumentError) as ex:
        org.am.set_copy(db.copy_on("E1403"), activation_preference=4)
    assert ex.value.message == ('The value of the ActivationPreference specified, "4", is invalid. Specify an '
                                'integer between 1 and 3.')
    org.am.set_copy(db.copy_on("E1402"), replay_lag="1.00:00:00")
    assert str(db.copy_on("E1402").ReplayLagTime) == "1.00:00:00"
    org.advance(timedelta(hours=2))
    assert db.copy_on("E1402").status_entry().ReplayQueueLength > 0


def test_remove_copy(org):
    db = org.databases["DB01"]
    with pytest.raises(InvalidOperationError):
        org.am.remove_copy(db.copy_on("E1401"))
    org.am.remove_copy(db.copy_on("E1402"))
    assert [c.server_name for c in db.copy_list] == ["E1401", "E1403"]
    assert [c.activation_preference for c in db.copy_list] == [1, 2]
    assert "db01" not in org.servers["E1402"].copies


def test_dismount_mount_records_planned_unavailability(org):
    db = org.databases["DB04"]
    org.am.dismount(db)
    assert db.copy_on("E1402").status == "Dismounted"
    org.stop_server(org.servers["E1403"])
    assert not db.is_mounted  # an administrator's dismount is left alone
    org.am.mount(db)
    periods = org.history.unavailable_periods("DB04")
    assert len(periods) == 1 and periods[0][2] is True and periods[0][1] is not None


def test_restart_computer_completes_hotfix(org):
    e = org.servers["E1401"]
    org.install_hotfix(e, "KB981002")
    assert e.pending_reboot and not org.has_hotfix(e, "KB981002")
    org.restart_computer(e)
    assert not e.up
    assert org.databases["DB01"].active_server != "E1401"
    org.advance(300)
    assert e.up and not e.pending_reboot and org.has_hotfix(e, "KB981002")
    assert e.service("MSExchangeIS").Status == "Running"


def test_pam_moves(org):
    dag = org.dags["DAG1"]
    org.stop_server(org.servers["E1401"])
    assert str(dag.with_status().PrimaryActiveManager) == "E1402"
    assert [s.Name for s in dag.with_status().OperationalServers] == ["E1402", "E1403"]


def test_health(org):
    checks = org.test_replication_health(org.servers["E1402"])
    assert [c.Check for c in checks][:3] == ["ClusterService", "ReplayService", "ActiveManager"]
    assert all(c.Result == "Passed" for c in checks)
    org.am.suspend(copy(org, "DB01\\E1402"))
    res = {c.Check: c.Result for c in org.test_replication_health(org.servers["E1402"])}
    assert res["DBCopySuspended"] == "Failed"
    sh = org.test_service_health(org.servers["HUB01"])
    assert [s.Role for s in sh] == ["Client Access Server Role", "Hub Transport Server Role"]
    assert all(s.RequiredServicesRunning for s in sh)
    org.stop_service(org.servers["HUB01"], "MSExchangeTransport")
    sh = org.test_service_health(org.servers["HUB01"])
    assert sh[1].ServicesNotRunning == ["MSExchangeTransport"]


def test_move_request_progresses(org):
    m = org.mailboxes["user01"]
    mr = org.new_move_request(m, org.databases["DB02"])
    assert mr.status() == "Queued"
    org.advance(40)
    assert mr.status() == "InProgress"
    org.advance(timedelta(hours=2))
    assert mr.status() == "Completed" and m.db_name == "DB02"
    assert "user01" in org.databases["DB02"].mailboxes and "user01" not in org.databases["DB01"].mailboxes
    with pytest.raises(InvalidOperationError):
        org.new_move_request(m, org.databases["DB03"])


def test_reseed_from_passive_source_shows_seeding_source(org):
    target = copy(org, "DB01\\E1403")
    source = copy(org, "DB01\\E1402")
    org.am.suspend(target)
    org.am.update_copy(target, source_server=org.servers["E1402"])
    assert target.status == "Seeding" and source.status == "SeedingSource"
    # a seeding source can still be activated (a "possibly healthy" state)
    assert source in org.am.failover_candidates(org.databases["DB01"])
    org.advance(120)
    assert target.status == "Healthy" and source.status == "Healthy"


def test_failed_copy_is_not_activated(org):
    c = copy(org, "DB02\\E1403")
    faults.fail_copy(org, c, suspend=False)
    assert c.status == "Failed" and not c.activation_suspended
    r = org.am.move_active(org.databases["DB02"], "E1403")
    assert "Database copy 'DB02' is in a Failed state on server 'E1403'. Reason: The log file is damaged or " \
           "corrupted." in r.ErrorMessage
    faults.heal_copy(org, c)
    org.advance(60)
    assert c.status == "Healthy"


def test_pause_node_moves_pam(org):
    dag = org.dags["DAG1"]
    org.pause_cluster_node(org.servers["E1401"])
    assert dag.pam == "E1402"
    org.stop_server(org.servers["E1402"])
    assert dag.pam == "E1403"
    org.move_pam(dag, org.servers["E1401"])
    assert str(dag.with_status().PrimaryActiveManager) == "E1401"
