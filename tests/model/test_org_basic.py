"""The built-in organization matches issue 4, and the seed scenario works on the model."""
from ems.model.load import load_default


def test_builtin_org_shape():
    org = load_default()
    assert org.name == "First Organization" and org.domain == "contoso.com"
    names = {s.name for s in org.exchange_servers()}
    assert names == {"E1401", "E1402", "E1403", "HUB01", "HUB02", "EDGE01"}
    assert {s.name for s in org.servers} - names == {"OCS01", "FS01", "DC01"}
    for s in org.exchange_servers():
        assert str(s.AdminDisplayVersion) == "Version 14.0 (Build 639.21)"
        assert "2008 R2" in s.os_name
    assert org.servers["HUB01"].ServerRole == "ClientAccess, HubTransport"
    assert org.servers["E1401"].ServerRole == "Mailbox"
    dag = org.dags["DAG1"]
    assert dag.members == ["E1401", "E1402", "E1403"]
    assert dag.witness_server == "FS01" and dag.WitnessDirectory == "C:\\DAG1"
    assert [str(x) for x in dag.with_status().OperationalServers] == ["E1401", "E1402", "E1403"]
    assert str(dag.with_status().PrimaryActiveManager) == "E1401"
    assert dag.OperationalServers is None
    firsts = {}
    for db in org.databases:
        assert len(db.copy_list) == 3 and db.is_mounted
        assert db.active_copy.activation_preference == 1
        firsts.setdefault(db.active_server, []).append(db.name)
        assert db.ReplicationType == "Remote"
    assert {k: len(v) for k, v in firsts.items()} == {"E1401": 2, "E1402": 2, "E1403": 2}
    assert org.mailboxes["user01"].database.name == "DB01"
    assert str(org.mailboxes["user01"].PrimarySmtpAddress) == "user01@contoso.com"
    assert len(org.mailboxes) == 61
    counts = [len([m for m in db.mailboxes.values() if m.name != "Administrator"]) for db in org.databases]
    assert counts == [10] * 6
    for n in ("E1401", "E1402", "E1403"):
        assert not org.has_hotfix(org.servers[n], "KB981002")
    assert org.has_hotfix(org.servers["OCS01"], "KB974571")
    assert org.servers["OCS01"].products["ocs"]["activated"] is False
    assert [str(a.DomainName) for a in org.accepted_domains] == ["contoso.com"]


def test_activation_preference_prints():
    org = load_default()
    db = org.databases["DB01"]
    assert [kv.ps_to_string() for kv in db.ActivationPreference] == ["[E1401, 1]", "[E1402, 2]", "[E1403, 3]"]
    assert db.ActivationPreference[1].Key.Name == "E1402" and db.ActivationPreference[1].Value == 2
    assert [s.Name for s in db.Servers] == ["E1401", "E1402", "E1403"]


def test_services_per_role():
    org = load_default()
    e = org.servers["E1402"]
    for n in ("MSExchangeIS", "MSExchangeRepl", "ClusSvc", "MSExchangeADTopology", "MSExchangeSearch"):
        assert e.service(n).Status == "Running"
    hub = org.servers["HUB01"]
    assert hub.service("MSExchangeTransport").Status == "Running" and hub.service("MSExchangeIS") is None
    edge = org.servers["EDGE01"]
    assert edge.service("ADAM_MSExchange") is not None and edge.service("MSExchangeTransport") is not None
    assert org.servers["OCS01"].service("RTCSRV").Status == "Stopped"


def test_seed_scenario():
    org = load_default()
    am = org.am
    e1402 = org.servers["E1402"]
    for entry in org.copy_status(server=e1402):
        am.suspend(entry.copy, activation_only=True, comment="Install  SP1 for Exchange 2010")
    results = am.move_all_from(e1402)
    assert [(str(r.Identity), r.ActiveServerAtStart, r.Status) for r in results] == [
        ("DB03", "E1402", "Succeeded"), ("DB04", "E1402", "Succeeded")]
    assert all(r.ActiveServerAtEnd != "E1402" and r.MountStatusAtMoveEnd == "Mounted" for r in results)
    assert not e1402.active_copies()
    for entry in org.copy_status(server=e1402):
        assert entry.Status == "Healthy" and entry.ActivationSuspended
        assert entry.SuspendComment == "Install  SP1 for Exchange 2010"
    for entry in org.copy_status(server=e1402):
        assert am.resume(entry.copy)
    assert all(not e.ActivationSuspended for e in org.copy_status(server=e1402))
    assert org.history.outages() == []
    assert am.check_invariants() == []


def test_opath_on_model_objects():
    from ems.model.opath import compile_filter
    org = load_default()
    f = compile_filter("Name -like 'user0*' -and Database -eq 'DB01'")
    assert sorted(m.name for m in org.mailboxes if f(m)) == [f"user0{i}" for i in range(1, 10)]
    f = compile_filter("ServerName -eq 'e1402' -and ItemCount -gt 0")
    assert {m.db_name for m in org.mailboxes if f(m)} == {"DB03", "DB04"}
    f = compile_filter("PrimarySmtpAddress -eq 'user33@contoso.com'")
    assert [m.name for m in org.mailboxes if f(m)] == ["user33"]
    f = compile_filter("EmailAddresses -like 'smtp:user4*'")
    assert len([m for m in org.mailboxes if f(m)]) == 10


def test_mailbox_values():
    from ems.model.mailboxes import MailboxStatistics, Recipient, User
    org = load_default()
    m = org.mailboxes["user01"]
    assert m.ProhibitSendQuota.ps_to_string() == "unlimited" and m.UseDatabaseQuotaDefaults
    assert m.ServerName == "e1401"
    assert str(m.Identity) == "contoso.com/Users/user01"
    assert str(m.Database) == "DB01"
    assert m.RecipientTypeDetails == "UserMailbox"
    stats = MailboxStatistics(m)
    assert stats.ItemCount == m.item_count and stats.TotalItemSize.Value.ToBytes() == m.total_size
    assert stats.StorageLimitStatus == "BelowLimit" and stats.DisplayName == "User 01"
    org.set_mailbox_quotas(m, issue_warning="1MB", prohibit_send="2MB", prohibit_send_receive="3MB",
                           use_database_quota_defaults=False)
    assert MailboxStatistics(m).StorageLimitStatus == "MailboxDisabled"
    assert str(m.ProhibitSendQuota) == "2 MB (2,097,152 bytes)"
    assert Recipient(m).PrimarySmtpAddress == "user01@contoso.com" and User(m).FirstName == "User"
    for cls in (type(m), type(stats)):
        for p in cls.PS_PROPERTIES:
            getattr(m if cls is type(m) else stats, p)


def test_every_ps_property_readable():
    from ems.model.dag import DatabaseAvailabilityGroupNetwork
    from ems.model.directory import ADServerSettings
    from ems.model.mailboxes import MoveRequestStatistics
    from ems.model.servers import MailboxServer
    org = load_default()
    mr = org.new_move_request(org.mailboxes["user05"], org.databases["DB06"])
    dag = org.dags["DAG1"]
    objs = [org.servers["E1401"], MailboxServer(org.servers["E1401"]), org.databases["DB01"],
            org.databases["DB01"].with_status(), org.databases["DB01"].copy_list[0],
            org.databases["DB01"].copy_list[1].status_entry(), dag, dag.with_status(),
            DatabaseAvailabilityGroupNetwork(dag, dag.networks[0]), org.mailboxes["user01"], mr,
            MoveRequestStatistics(mr), next(iter(org.accepted_domains)), org.config, ADServerSettings(org),
            org.servers["E1401"].service("MSExchangeIS"), next(iter(org.servers["E1401"].hotfixes.values())),
            org.am.move_active(org.databases["DB02"], "E1402"),
            *org.test_replication_health(org.servers["E1401"]), *org.test_service_health(org.servers["E1401"])]
    for o in objs:
        assert o.PS_TYPE_NAMES and o.PS_PROPERTIES, o
        for p in o.PS_PROPERTIES:
            getattr(o, p)
        assert isinstance(o.ps_to_string(), str)


def test_setters():
    import pytest
    from ems.model.errors import ArgumentError
    org = load_default()
    db = org.databases["DB01"]
    org.set_database(db, ProhibitSendQuota="5GB", DeletedItemRetention="30.00:00:00", CircularLoggingEnabled=True)
    assert str(db.ProhibitSendQuota) == "5 GB (5,368,709,120 bytes)" and str(db.DeletedItemRetention) == "30.00:00:00"
    org.set_database(db, IssueWarningQuota="unlimited")
    assert db.IssueWarningQuota.IsUnlimited
    dag = org.dags["DAG1"]
    org.set_dag(dag, WitnessDirectory="C:\\DAG1W", NetworkCompression="enabled")
    assert dag.WitnessDirectory == "C:\\DAG1W" and dag.NetworkCompression == "Enabled"
    with pytest.raises(ArgumentError):
        org.set_dag(dag, DatacenterActivationMode="Sometimes")
    org.stop_dag_servers(dag, [org.servers["E1403"]])
    r = org.am.move_active(org.databases["DB01"], "E1403")
    assert "Server 'E1403' has been stopped. To start this server, use Start-DatabaseAvailabilityGroup." in r.ErrorMessage
    org.start_dag_servers(dag, [org.servers["E1403"]])
    assert org.am.move_active(org.databases["DB01"], "E1403").Status == "Succeeded"
