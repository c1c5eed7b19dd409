"""Every core cmdlet of the object/members/write/out/format/utility families carries help
metadata and its real aliases."""
from __future__ import annotations

import pytest

from cmdlets.core import format as F, members as M, object as O, out as OU, utility as U, write as W
from ems.runtime.cmdlet import Cmdlet

MODULES = (O, M, W, OU, F, U)
CMDLETS = sorted({c for m in MODULES for c in vars(m).values()
                  if isinstance(c, type) and issubclass(c, Cmdlet) and c.name and c.__module__ == m.__name__},
                 key=lambda c: c.name)


@pytest.mark.parametrize("cls", CMDLETS, ids=[c.name for c in CMDLETS])
def test_help_metadata(cls):
    assert cls.synopsis and cls.description
    assert cls.examples and all(cmd and text for cmd, text in cls.examples)
    names = [p.name.lower() for p in cls.parameters]
    assert len(names) == len(set(names)), "duplicate parameter"


def test_expected_cmdlets_and_aliases():
    by_name = {c.name: c for c in CMDLETS}
    expected = {
        "Where-Object": ("?", "where"), "ForEach-Object": ("%", "foreach"), "Select-Object": ("select",),
        "Sort-Object": ("sort",), "Group-Object": ("group",), "Measure-Object": ("measure",),
        "Tee-Object": ("tee",), "Get-Member": ("gm",), "Write-Output": ("echo", "write"),
        "Format-Table": ("ft",), "Format-List": ("fl",), "Format-Wide": ("fw",), "Out-Host": ("oh",),
        "Clear-Host": ("cls",), "Start-Sleep": ("sleep",), "Get-Variable": ("gv",), "Set-Variable": ("sv",),
        "New-Variable": ("nv",), "Remove-Variable": ("rv",), "Clear-Variable": ("clv",), "Get-Alias": ("gal",),
        "Set-Alias": ("sal",), "New-Alias": ("nal",), "Invoke-Expression": ("iex",), "Out-GridView": ("ogv",),
    }
    for name, aliases in expected.items():
        assert name in by_name, name
        assert set(aliases) <= set(by_name[name].aliases), name
    for name in ("Get-Unique", "Compare-Object", "Add-Member", "New-Object", "Write-Host", "Write-Warning",
                 "Write-Error", "Write-Verbose", "Write-Debug", "Write-Information", "Write-Progress", "Out-Null",
                 "Out-Default", "Out-String", "Out-File", "Format-Custom", "Get-Date", "New-TimeSpan",
                 "Get-Random", "Set-StrictMode", "Set-PSDebug", "Get-Host"):
        assert name in by_name, name
