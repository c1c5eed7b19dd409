"""The seed scenario of issue 4, verbatim, end to end through the CLI entry (in process), and
the model state it must leave: after the move no database is active on E1402, the moves
return DatabaseMoveResult rows, and after the resume no copy is activation-suspended."""
from __future__ import annotations

import io
import json

import pytest

from ems.host.cli import main


SEED = [
    'Get-MailboxDatabaseCopyStatus -Server E1402 | Suspend-MailboxDatabaseCopy -ActivationOnly -Confirm:$False '
    '-SuspendComment "Install  SP1 for Exchange 2010"',
    "Move-ActiveMailboxDatabase -Server E1402",
    "Get-MailboxDatabaseCopyStatus -Server E1402 | Resume-MailboxDatabaseCopy",
]


def run(script: str, tmp_path, *extra: str) -> tuple[int, str, str]:
    path = tmp_path / "case.ps1"
    path.write_text(script, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["-NoProfile", "-NonInteractive", *extra, "-File", str(path)],
                stdin=io.StringIO(""), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_seed_scenario_verbatim(tmp_path):
    code, out, err = run("\n".join(SEED) + "\n", tmp_path)
    assert code == 0 and err == ""
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("Identity "))
    assert lines[header].split() == ["Identity", "ActiveServerAtS", "ActiveServerAtE", "Status", "NumberOfLogsLost",
                                     "RecoveryPoint", "MountStatus", "MountStatus"]
    rows = [line.split() for line in lines[header + 3:] if line.strip()]
    # E1402 was preference 1 (active) for DB03 and DB04; both move to their next preference.
    assert [(r[0], r[1], r[3]) for r in rows] == [("DB03", "E1402", "Succeeded"), ("DB04", "E1402", "Succeeded")]
    assert all(r[2] in ("E1401", "E1403") for r in rows)


def test_seed_scenario_state(tmp_path):
    probe = "\n".join(SEED[:2]) + "\n" + r"""
'after-move'
(Get-MailboxDatabaseCopyStatus -Server E1402 -Active).Count
(Get-MailboxDatabaseCopyStatus -Server E1402 | Where-Object { $_.ActivationSuspended }).Count
(Get-MailboxDatabaseCopyStatus -Server E1402 | Where-Object { $_.SuspendComment -eq 'Install  SP1 for Exchange 2010' }).Count
Get-MailboxDatabase -Status | Where-Object { $_.Mounted } | Measure-Object | ForEach-Object { $_.Count }
""" + SEED[2] + r"""
'after-resume'
(Get-MailboxDatabaseCopyStatus -Server E1402 | Where-Object { $_.ActivationSuspended }).Count
(Get-MailboxDatabaseCopyStatus -Server E1402 -Active).Count
"""
    code, out, err = run(probe, tmp_path)
    assert code == 0, err
    text = out[out.index("after-move"):].split()
    assert text == ["after-move", "0", "6", "6", "6", "after-resume", "0", "0"]


def test_seed_scenario_with_a_state_file(tmp_path):
    """`ems -State FILE` keeps the result between runs."""
    state = tmp_path / "org.json"
    code, _, err = run("\n".join(SEED[:2]) + "\n", tmp_path, "-State", str(state))
    assert code == 0, err
    assert state.exists() and json.loads(state.read_text(encoding="utf-8"))
    code, out, err = run("(Get-MailboxDatabaseCopyStatus -Server E1402 -Active).Count\n"
                         "(Get-MailboxDatabaseCopyStatus -Server E1402 | ? { $_.ActivationSuspended }).Count\n",
                         tmp_path, "-State", str(state))
    assert code == 0, err
    assert out.split() == ["0", "6"]


@pytest.mark.parametrize("line", SEED[:2])
def test_each_seed_line_runs_alone(line, tmp_path):
    code, _, err = run(line + "\n", tmp_path)
    assert code == 0 and err == ""


def test_resume_alone_refuses_the_active_copies(tmp_path):
    """Without the move, E1402 still holds the active copies of DB03 and DB04: resuming them
    gives Exchange's refusal, the passive copies resume quietly."""
    code, _, err = run(SEED[2] + "\n", tmp_path)
    assert code == 0
    assert err.count("because you can't suspend or resume replication on an active database copy.") == 2
    assert "'DB03\\E1402'" in err and "'DB04\\E1402'" in err
