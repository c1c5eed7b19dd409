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
