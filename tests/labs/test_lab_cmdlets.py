"""Get-Lab / Start-Lab / Stop-Lab, the lab state in saved organizations, Get-Tip."""
from __future__ import annotations

from ems.model import labs, persist
from tests.labs.support import LabShell


def test_get_lab_lists_three_labs():
    sh = LabShell()
    names = [l.Name for l in sh.values("Get-Lab")]
    assert names == ["SP1RollingUpgrade", "ShadowRedundancy", "OcsActivation"]
    assert [l.Name for l in sh.values("Get-Lab *Ocs*")] == ["OcsActivation"]
    code, out, err = sh.run("Get-Lab NoSuchLab")
    assert "Cannot find a lab with the name 'NoSuchLab'" in err


def test_start_lab_resets_the_organization():
    sh = LabShell()
    sh.ok("Stop-LabServer E1401")
    old = sh.org
    sh.ok("Start-Lab SP1RollingUpgrade")
    assert sh.org is not old
    assert sh.org.servers["E1401"].up
    assert labs.current_lab(sh.org).name == "SP1RollingUpgrade"
    code, out, err = sh.run("Start-Lab Nope")
    assert "Cannot find a lab" in err
    assert labs.current_lab(sh.org).name == "SP1RollingUpgrade"


def test_stop_lab_and_no_lab_errors():
    sh = LabShell()
    sh.ok("Start-Lab 3")
    final = sh.values("Stop-Lab -PassThru")
    assert [o.Name for o in final][0] == "OcsActivated"
    code, out, err = sh.run("Get-LabObjective")
    assert "No lab is running" in err


def test_lab_state_is_saved_with_the_organization(tmp_path):
    org = labs.start_lab("SP1RollingUpgrade")
    path = tmp_path / "state.json"
    persist.save(org, path)
    back = persist.load(path)
    assert labs.current_lab(back).name == "SP1RollingUpgrade"
    assert labs.lab_state(back).started == labs.lab_state(org).started
    assert [o.Met for o in labs.objectives(back)] == [False] * 4


def test_start_lab_whatif_changes_nothing():
    sh = LabShell()
    old = sh.org
    sh.ok("Start-Lab SP1RollingUpgrade -WhatIf")
    assert sh.org is old


def test_get_tip():
    sh = LabShell()
    all_tips = sh.values("Get-Tip -All")
    assert len(all_tips) > 10
    assert any("KB974571" in t for t in all_tips)
    assert sh.values(f"Get-Tip {len(all_tips)}")[0] == all_tips[-1]
    assert sh.values("Get-Tip")[0] in all_tips
    assert "There is no tip number 999" in sh.run("Get-Tip 999")[2]
