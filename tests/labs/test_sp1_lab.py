"""Lab 1 (SP1 rolling upgrade of DAG1): a correct solution meets every objective, wrong paths
leave the matching objective unmet, nothing is met at the start; the servicing simulations
(setup.com, wusa.exe, cluster.exe) and the maintenance scripts in $exscripts."""
from __future__ import annotations

import pytest

from ems.model.servicing import SP1_VERSION
from tests.labs.support import LabShell

MSU = "C:\\Updates\\Windows6.1-KB981002-x64.msu"


def met(sh: LabShell) -> dict[str, bool]:
    return {o.Name: o.Met for o in sh.values("Get-LabObjective")}


def upgrade_by_hand(sh: LabShell, name: str) -> None:
    sh.ok(f"""
Get-MailboxDatabaseCopyStatus -Server {name} | Suspend-MailboxDatabaseCopy -ActivationOnly -Confirm:$False -SuspendComment "Install  SP1 for Exchange 2010"
Move-ActiveMailboxDatabase -Server {name} | Out-Null
Enter-LabServer {name}
wusa.exe {MSU} /quiet /norestart | Out-Null
Restart-Computer
Step-LabClock -Minutes 3
""")
    code, out, err = sh.run(f"Enter-LabServer {name}; D:\\setup.com /mode:Upgrade")
    assert code == 0, out + err
    assert "The Exchange Server setup operation completed successfully." in out
    sh.ok(f"""
Exit-LabServer; Exit-LabServer
Step-LabClock -Minutes 2
Get-MailboxDatabaseCopyStatus -Server {name} | Resume-MailboxDatabaseCopy
Step-LabClock -Minutes 1
""")


@pytest.fixture
def sh() -> LabShell:
    s = LabShell()
    s.ok("Start-Lab SP1RollingUpgrade")
    return s


def test_nothing_met_at_start(sh):
    assert met(sh) == {"AllMembersAtSP1": False, "NoDatabaseOutage": False, "MembersBackInService": False,
                       "DatabasesOnPreferredServers": False}
    assert "Suspend-MailboxDatabaseCopy -ActivationOnly" in sh.values("Get-LabHint")[0]


def test_manual_runbook_meets_every_objective(sh):
    for name in ("E1401", "E1402", "E1403"):
        upgrade_by_hand(sh, name)
    assert met(sh)["AllMembersAtSP1"]
    assert not met(sh)["DatabasesOnPreferredServers"]
    assert "RedistributeActiveDatabases" in sh.values("Get-LabHint")[0]
    sh.ok("& $exscripts\\RedistributeActiveDatabases.ps1 -DagName DAG1 -BalanceDbsByActivationPreference "
          "-Confirm:$false | Out-Null")
    assert met(sh) == dict.fromkeys(met(sh), True)
    assert [str(v) for v in sh.values("Get-ExchangeServer E14* | % { $_.AdminDisplayVersion.ToString() }")] == \
        [SP1_VERSION] * 3
    assert sh.org.history.outages() == []


def test_maintenance_scripts_meet_every_objective(sh):
    for name in ("E1402", "E1401", "E1403"):
        sh.ok(f"& $exscripts\\StartDagServerMaintenance.ps1 -serverName {name} | Out-Null")
        assert not sh.org.servers[name].active_copies()
        assert sh.org.servers[name].cluster_paused
        sh.ok(f"Enter-LabServer {name}; wusa.exe {MSU} /quiet | Out-Null; Step-LabClock -Minutes 3")
        code, out, err = sh.run(f"Enter-LabServer {name}; setup.com /m:upgrade; Exit-LabServer; Exit-LabServer")
        assert code == 0, out + err
        sh.ok(f"Step-LabClock -Minutes 2; & $exscripts\\StopDagServerMaintenance.ps1 -serverName {name} | Out-Null")
    sh.ok("cd $exscripts; .\\RedistributeActiveDatabases.ps1 DAG1 -BalanceDbsByActivationPreference -Confirm:$false")
    assert all(met(sh).values()), met(sh)


def test_setup_on_a_server_with_active_databases_is_an_outage(sh):
    # hotfix first, but no switchover: setup stops the services and the databases fail over
    for name in ("E1401", "E1402", "E1403"):
        sh.ok(f"Enter-LabServer {name}; wusa.exe {MSU} /quiet /norestart | Out-Null; Restart-Computer; "
              f"Exit-LabServer")
    # the restarts themselves were failovers already: this is the careless path all along
    sh.ok("Step-LabClock -Minutes 3")
    for name in ("E1401", "E1402", "E1403"):
        code, out, err = sh.run(f"Enter-LabServer {name}; setup.com /mode:upgrade; Exit-LabServer")
        assert code == 0
        sh.ok("Step-LabClock -Minutes 2")
    sh.ok("& $exscripts\\RedistributeActiveDatabases.ps1 -DagName DAG1 -BalanceDbsByActivationPreference "
          "-Confirm:$false | Out-Null")
    m = met(sh)
    assert m["AllMembersAtSP1"] and not m["NoDatabaseOutage"]
    assert m["DatabasesOnPreferredServers"] and m["MembersBackInService"]


def test_setup_alone_on_an_active_server_fails_databases_over(sh):
    sh.org.servers["E1402"].hotfixes.setdefault("KB981002", sh.org.servers["E1401"].hotfixes.get("KB976902"))
    code, out, err = sh.run("Enter-LabServer E1402; setup.com /mode:Upgrade")
    assert code == 0
    kinds = {(e.kind, e.database) for e in sh.org.history.outages()}
    assert ("Failover", "DB03") in kinds and ("Failover", "DB04") in kinds


def test_forgetting_to_resume_leaves_members_in_maintenance(sh):
    upgrade_by_hand(sh, "E1401")
    upgrade_by_hand(sh, "E1402")
    for name in ("E1403",):  # the last one is never resumed
        sh.ok(f"""
Get-MailboxDatabaseCopyStatus -Server {name} | Suspend-MailboxDatabaseCopy -ActivationOnly -Confirm:$False
Move-ActiveMailboxDatabase -Server {name} | Out-Null
Enter-LabServer {name}; wusa.exe {MSU} /quiet /norestart | Out-Null; Restart-Computer; Exit-LabServer
Step-LabClock -Minutes 3
""")
        assert sh.run(f"Enter-LabServer {name}; setup.com /mode:Upgrade; Exit-LabServer")[0] == 0
        sh.ok("Step-LabClock -Minutes 2")
    m = met(sh)
    assert m["AllMembersAtSP1"] and m["NoDatabaseOutage"]
    assert not m["MembersBackInService"]
    assert "Resume-MailboxDatabaseCopy" in sh.values("Get-LabHint")[0]


def test_setup_refuses_without_kb981002_and_changes_nothing(sh):
    code, out, err = sh.run("Enter-LabServer E1402; D:\\setup.com /mode:Upgrade")
    assert code == 1
    assert "Mailbox Role Prerequisites        ......................... FAILED" in out
    assert "KB981002" in out
    assert "The Exchange Server setup operation didn't complete." in out
    assert str(sh.org.servers["E1402"].version) == "Version 14.0 (Build 639.21)"
    assert all(s.running for s in sh.org.servers["E1402"].services.values() if s.start_type == "Automatic")
    assert sh.values("$LASTEXITCODE") == [1]


def test_setup_refuses_while_a_restart_is_pending(sh):
    sh.ok(f"Enter-LabServer E1402; wusa.exe {MSU} /quiet /norestart")
    assert sh.values("$LASTEXITCODE") == [3010]
    assert "KB981002" not in [h.HotFixID for h in sh.values("Get-HotFix")]
    code, out, err = sh.run("setup.com /mode:Upgrade")
    assert code == 1 and "A reboot from a previous installation is pending" in out
    sh.ok("Restart-Computer; Step-LabClock -Minutes 3")
    assert "KB981002" in [h.HotFixID for h in sh.values("Get-HotFix")]


def test_organization_preparation_runs_on_the_first_server_only(sh):
    for s in ("E1402", "E1403"):
        sh.org.servers[s].hotfixes["KB981002"] = sh.org.servers[s].hotfixes["KB976902"]
    sh.ok("Move-ActiveMailboxDatabase -Server E1402 | Out-Null; Move-ActiveMailboxDatabase -Server E1403 -ActivateOnServer E1401 | Out-Null")
    first = sh.run("Enter-LabServer E1402; setup.com /mode:upgrade; Exit-LabServer")[1]
    second = sh.run("Enter-LabServer E1403; setup.com /mode:upgrade; Exit-LabServer")[1]
    assert "Organization Preparation" in first and "Organization Preparation" not in second
    again = sh.run("Enter-LabServer E1403; setup.com /mode:upgrade")
    assert again[0] == 1 and "already at version 14.1.218.15" in again[1]


def test_wusa_uninstall_and_exit_codes(sh):
    sh.ok("Enter-LabServer OCS01")
    assert sh.run("wusa.exe /uninstall /kb:974571 /quiet /norestart")[0] == 1  # 3010: $? false, exit code 1
    assert sh.values("$LASTEXITCODE") == [3010]
    assert sh.run("wusa.exe /uninstall /kb:974571 /quiet")[1] == "Security Update for Windows (KB974571) is not installed on this computer.\n"
    assert sh.values("$LASTEXITCODE") == [2359303]
    sh.run("wusa.exe C:\\Temp\\Windows6.0-KB123456-x64.msu /quiet")
    assert sh.values("$LASTEXITCODE") == [-2145124329]


def test_cluster_exe_pause_and_resume(sh):
    out = sh.ok("cluster.exe /cluster:DAG1 node E1402 /pause")
    assert "E1402" in out and "Paused" in out
    assert sh.org.servers["E1402"].cluster_paused
    sh.ok("cluster.exe /cluster:DAG1 node E1402 /resume")
    assert not sh.org.servers["E1402"].cluster_paused
    assert "Cluster Group" in sh.ok("cluster.exe /cluster:DAG1 group")


def test_start_maintenance_rolls_back_when_it_cannot_finish(sh):
    # E1401 and E1403 down: the databases on E1402 have no other healthy copy
    sh.ok("Stop-LabServer E1403")
    code, out, err = sh.run("& $exscripts\\StartDagServerMaintenance.ps1 -serverName E1402")
    assert code == 1 and "healthy" in err
    s = sh.org.servers["E1402"]
    assert s.activation_policy == "Unrestricted" and not s.cluster_paused
    assert not any(c.activation_suspended for c in s.copies.values())


def test_setup_runs_on_the_console_computer():
    # The console starts on E1401 (the built-in organization's console_computer).
    s = LabShell()
    code, out, err = s.run("setup.com /mode:Upgrade")
    assert code == 1 and "KB981002" in out


def test_setup_writes_its_log(sh):
    sh.run("Enter-LabServer E1402; setup.com /mode:Upgrade")
    log = sh.ok("Get-Content C:\\ExchangeSetupLogs\\ExchangeSetup.log")
    assert "Starting Microsoft Exchange Server 2010 Setup on E1402" in log
    assert "End of Setup (exit code 1)" in log


def test_setup_reports_progress_to_the_host(sh):
    records = []
    sh.session.host.write_progress = lambda r: records.append((r.StatusDescription, r.RecordType))
    sh.run("Enter-LabServer HUB01; setup.com /mode:Upgrade | Out-Null")
    assert ("Copying Exchange Files", "Processing") in records
    assert records[-1][1] == "Completed"
    records.clear()
    sh.run("$ProgressPreference = 'SilentlyContinue'; Enter-LabServer HUB02; setup.com /mode:Upgrade | Out-Null")
    assert records == []


def test_hint_says_when_no_database_outage_is_lost(sh):
    """A restart of a member that still hosts active databases fails them over: the hint says the
    NoDatabaseOutage objective is lost (naming the databases) before the next step."""
    assert "Too late" not in sh.values("Get-LabHint")[0]
    sh.ok(f"Enter-LabServer E1401; wusa.exe {MSU} /quiet /norestart | Out-Null; Restart-Computer; Exit-LabServer")
    hint = sh.values("Get-LabHint")[0]
    assert hint.startswith("Too late for NoDatabaseOutage: DB01, DB02 became unavailable to users")
    assert "Start-Lab SP1RollingUpgrade" in hint
    sh.ok("Start-Lab SP1RollingUpgrade")
    assert "Too late" not in sh.values("Get-LabHint")[0]
