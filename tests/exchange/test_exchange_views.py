"""The EMS default views against the real console samples of the reference
(exchange2010-objects.md): column offsets and wrapped header lines."""
from __future__ import annotations

import io

from ems.host.cli import main


def render(script: str, tmp_path) -> list[str]:
    path = tmp_path / "v.ps1"
    path.write_text(script, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["-NoProfile", "-NonInteractive", "-File", str(path)], stdin=io.StringIO(""),
                stdout=out, stderr=err) == 0, err.getvalue()
    return [line.rstrip() for line in out.getvalue().splitlines() if line.strip()]


def offsets(line: str) -> list[int]:
    """Start columns of the dash groups of a table's separator line."""
    out, prev = [], " "
    for i, ch in enumerate(line):
        if ch == "-" and prev == " ":
            out.append(i)
        prev = ch
    return out


def test_exchange_server_view(tmp_path):
    lines = render("Get-ExchangeServer\n", tmp_path)
    # reference §1: "Name  Site  ServerRole  Edition  AdminDisplayVe" / "rsion" at 0/20/41/53/65
    assert lines[0].split() == ["Name", "Site", "ServerRole", "Edition", "AdminDisplayVe"]
    assert lines[1].strip() == "rsion" and lines[1].index("rsion") == 65
    assert offsets(lines[2]) == [0, 20, 41, 53, 65]
    assert lines[2].split()[-1] == "-" * 14
    assert "Version 14...." in lines[3]


def test_mailbox_database_view(tmp_path):
    lines = render("Get-MailboxDatabase DB01\n", tmp_path)
    assert lines[0] == "Name                           Server          Recovery        ReplicationType"
    assert offsets(lines[1]) == [0, 31, 47, 63]
    assert lines[2].split() == ["DB01", "E1401", "False", "Remote"]


def test_replication_health_view(tmp_path):
    lines = render("Test-ReplicationHealth E1401\n", tmp_path)
    assert lines[0].split() == ["Server", "Check", "Result", "Error"]
    assert offsets(lines[1]) == [0, 16, 43, 54]
    assert [ln.split()[1] for ln in lines[2:4]] == ["ClusterService", "ReplayService"]
    assert "ServerLocatorService" not in "\n".join(lines)


def test_service_and_hotfix_views(tmp_path):
    lines = render("Get-Service -ComputerName E1401 MSExchangeIS\n", tmp_path)
    assert lines[0].split() == ["Status", "Name", "DisplayName"]
    assert offsets(lines[1]) == [0, 9, 28]
    lines = render("Get-HotFix -ComputerName OCS01\n", tmp_path)
    assert lines[0].split() == ["Source", "Description", "HotFixID", "InstalledBy", "InstalledOn"]
    assert offsets(lines[1]) == [0, 14, 31, 45, 66]
    assert any("KB974571" in ln for ln in lines)
