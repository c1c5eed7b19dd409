"""Lab 3 (OCS 2007 R2 activation blocked by KB974571): LcsCmd.exe, wusa.exe, OCSASNFix.exe."""
from __future__ import annotations

import pytest

from ems.model.servicing import ocs
from tests.labs.support import LabShell

ACTIVATE = "LcsCmd.exe /Server:OCS01.contoso.com /Action:Activate /Role:EEFE /PoolName:pool01 /Password:P@ssw0rd"
MSU = "C:\\Updates\\Windows6.1-KB974571-x64.msu"


def met(sh: LabShell) -> dict[str, bool]:
    return {o.Name: o.Met for o in sh.values("Get-LabObjective")}


@pytest.fixture
def sh() -> LabShell:
    s = LabShell()
    s.ok("Start-Lab OcsActivation; Enter-LabServer OCS01")
    return s


def test_nothing_met_at_start(sh):
    assert not any(met(sh).values())


def test_activation_fails_while_kb974571_is_installed(sh):
    code, out, err = sh.run(ACTIVATE)
    assert code == 1
    assert ocs.VERSION_ERROR in out
    assert sh.values("$LASTEXITCODE") == [1]
    assert not ocs.is_activated(sh.org.servers["OCS01"])
    assert "KB974571" in sh.values("Get-LabHint")[0]


def test_correct_solution_meets_every_objective(sh):
    assert [h.HotFixID for h in sh.values("Get-HotFix -Id KB974571")] == ["KB974571"]
    sh.ok("wusa.exe /uninstall /kb:974571 /quiet /norestart")
    # removed, but still loaded until the restart
    code, out, err = sh.run(ACTIVATE)
    assert code == 1 and "0xC3EC78D8" in out
    sh.ok("Restart-Computer; Step-LabClock -Minutes 3")
    out = sh.ok(ACTIVATE)
    assert "Success" in out
    assert met(sh)["OcsActivated"] and not met(sh)["SecurityUpdateReinstalled"]
    sh.ok(f"wusa.exe {MSU} /quiet /norestart; Restart-Computer; Step-LabClock -Minutes 3")
    m = met(sh)
    assert m["SecurityUpdateReinstalled"] and not m["AsnFixApplied"] and not m["FrontEndRunning"]
    assert [s.Status for s in sh.values("Get-Service RTCSRV")] == ["Stopped"]
    assert "OCSASNFix" in sh.values("Get-LabHint")[0]
    assert "completed successfully" in sh.ok("OCSASNFix.exe")
    assert all(met(sh).values()), met(sh)
    # and it survives a restart
    sh.ok("Restart-Computer; Step-LabClock -Minutes 3")
    assert all(met(sh).values())


def test_skipping_ocsasnfix_breaks_the_front_end(sh):
    sh.ok("wusa.exe /uninstall /kb:974571 /quiet; Step-LabClock -Minutes 3")  # /quiet restarts by itself
    sh.ok(ACTIVATE)
    assert [s.Status for s in sh.values("Get-Service RTCSRV")] == ["Running"]
    sh.ok(f"wusa.exe {MSU} /quiet; Step-LabClock -Minutes 3")
    m = met(sh)
    assert m["OcsActivated"] and m["SecurityUpdateReinstalled"]
    assert not m["AsnFixApplied"] and not m["FrontEndRunning"]
    assert [s.Status for s in sh.values("Get-Service RTCSRV")] == ["Stopped"]


def test_ocsasnfix_refuses_without_ocs_or_before_activation(sh):
    code, out, err = sh.run("OCSASNFix.exe")
    assert code == 1 and "not activated" in out
    code, out, err = sh.run("Enter-LabServer E1401; OCSASNFix.exe")
    assert code == 1 and "not installed" in out
    assert not (ocs.product(sh.org.servers["OCS01"]) or {}).get("asn_fix_applied")


def test_lcscmd_check_state_and_bad_pool(sh):
    out = sh.ok("LcsCmd.exe /Server:OCS01.contoso.com /Action:CheckLCServerState /Role:EEFE")
    assert "Activated: No" in out
    code, out, err = sh.run("LcsCmd.exe /Action:Activate /Role:EEFE /PoolName:pool99")
    assert code == 1 and "pool99" in out


def test_pending_removal_survives_a_saved_state(sh, tmp_path):
    from ems.model import persist
    from ems.model.servicing import hotfix
    sh.ok("wusa.exe /uninstall /kb:974571 /quiet /norestart")
    path = tmp_path / "lab.json"
    persist.save(sh.org, path)
    back = persist.load(path)
    srv = back.servers["OCS01"]
    assert "KB974571" not in srv.hotfixes and hotfix.in_effect(srv, "KB974571")
    back.restart_computer(srv)
    back.advance(300)
    assert not hotfix.in_effect(back.servers["OCS01"], "KB974571")
