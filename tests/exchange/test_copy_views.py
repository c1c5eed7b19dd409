"""The copy status and move result views against the reference (exchange2010-objects.md §5,
§12), through the CLI entry."""
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


def test_copy_status_view(tmp_path):
    lines = render("Get-MailboxDatabaseCopyStatus DB01\n", tmp_path)
    # reference §5, the real sample's three header lines
    assert lines[0] == ("Name                                          Status          CopyQueue ReplayQueue "
                        "LastInspectedLogTime   ContentIndex")
    assert lines[1] == ("                                                              Length    Length      "
                        "                       State")
    assert offsets(lines[2]) == [0, 46, 62, 72, 84, 107]
    active = lines[3]
    assert active.split() == ["DB01\\E1401", "Mounted", "0", "0", "Healthy"]
    passive = lines[4]
    assert passive[46:53] == "Healthy" and passive[84:106].strip() == "11/15/2010 9:00:00 AM"


def test_move_result_view_wraps_long_headers(tmp_path):
    lines = render("Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1402\n", tmp_path)
    assert lines[0].split()[:4] == ["Identity", "ActiveServerAtS", "ActiveServerAtE", "Status"]
    assert lines[1].split()[:2] == ["tart", "nd"]
    assert lines[3].split()[:4] == ["DB01", "E1401", "E1402", "Succeeded"]
