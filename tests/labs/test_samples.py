"""The samples/ scripts run in ems without errors; the runbook meets lab 1's objectives."""
from __future__ import annotations

from pathlib import Path

from tests.labs.support import LabShell

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_rolling_upgrade_runbook_meets_lab_1():
    sh = LabShell()
    sh.ok("Start-Lab SP1RollingUpgrade")
    code, out, err = sh.run(f"& '{SAMPLES / 'sp1-rolling-upgrade.ps1'}' -DagName DAG1")
    assert err == "" and code == 0, err
    assert out.count("The Exchange Server setup operation completed successfully.") == 3
    assert all(o.Met for o in sh.values("Get-LabObjective"))


def test_dag_health_report_shows_problems():
    sh = LabShell()
    out = sh.ok(f"& '{SAMPLES / 'dag-health-report.ps1'}'")
    assert "Primary Active Manager" in out and out.count("  none") == 3
    sh.ok("Stop-LabServer E1401")
    out = sh.ok(f"& '{SAMPLES / 'dag-health-report.ps1'}'")
    assert "ServiceDown" in out and "DB01" in out and "DagMembersUp" in out


def test_queue_report():
    sh = LabShell()
    sh.ok("Send-MailMessage -SmtpServer EDGE01 -From a@fabrikam.com -To user01@contoso.com -Subject x -Body y; "
          "Step-LabClock -Seconds 3")
    out = sh.ok(f"& '{SAMPLES / 'queue-report.ps1'}'")
    assert "Shadow redundancy: on" in out and "ShadowRedundancy" in out
