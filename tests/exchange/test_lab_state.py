"""Export-LabState / Import-LabState, and the console's current server (Enter-LabServer)."""
from __future__ import annotations

import io

from ems.host.session import Session


def session():
    out, err = io.StringIO(), io.StringIO()
    s = Session.create(out, err, location="C:\\Windows\\system32")
    return s, out, err


def test_export_and_import_round_trip(tmp_path):
    s, out, err = session()
    path = tmp_path / "lab.json"
    s.run_command(f"Set-MailboxServer E1402 -DatabaseCopyAutoActivationPolicy Blocked; Export-LabState '{path}'")
    assert path.exists(), err.getvalue()
    s.run_command("Set-MailboxServer E1402 -DatabaseCopyAutoActivationPolicy Unrestricted; Step-LabClock -Minutes 5")
    s.run_command("(Get-MailboxServer E1402).DatabaseCopyAutoActivationPolicy")
    assert out.getvalue().split()[-1] == "Unrestricted"
    s.run_command(f"Import-LabState '{path}'; (Get-MailboxServer E1402).DatabaseCopyAutoActivationPolicy; "
                  "(Get-LabClock).ToString('HH:mm')")
    assert out.getvalue().split()[-2:] == ["Blocked", "09:00"], err.getvalue()


def test_import_of_a_corrupt_file_keeps_the_organization(tmp_path):
    s, out, err = session()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    before = s.engine.context.model
    s.run_command(f"Import-LabState '{bad}'")
    assert s.engine.context.model is before
    assert "Import-LabState" in err.getvalue()
    assert bad.read_text(encoding="utf-8") == "{not json"


def test_enter_lab_server_moves_this_computer():
    s, out, err = session()
    s.run_command("Enter-LabServer E1403; Enter-LabServer HUB01; $env:COMPUTERNAME; Exit-LabServer; "
                  "$env:COMPUTERNAME; Exit-LabServer; $env:COMPUTERNAME; Exit-LabServer; $env:COMPUTERNAME")
    assert out.getvalue().split() == ["HUB01", "E1403", "E1401", "E1401"]
    assert err.getvalue() == ""
