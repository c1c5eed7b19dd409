"""Session cmdlets through the engine: history, transcripts, modules, snap-ins, host input,
Invoke-Command, refused process starters; plus the interactive start location."""
from __future__ import annotations

import cmdlets
from ems.runtime.engine import Engine
from ems.runtime.host import BufferHost


def session(inputs=None, interactive=None):
    host = BufferHost(inputs, interactive)
    eng = Engine(host, None, cmdlets.all_cmdlets())
    return eng, host


def run(text, inputs=None, interactive=None):
    eng, host = session(inputs, interactive)
    eng.run_script(text, None, as_file=False)
    return host


def test_interactive_session_starts_in_system32():
    eng, host = session(interactive=True)
    eng.run_script("(Get-Location).Path", None, as_file=False)
    assert host.objects == ["C:\\Windows\\system32"]


def test_read_host_and_secure_string():
    host = run('$a = Read-Host "Server"; "got $a"; $s = Read-Host -AsSecureString "Pwd"; "$s"',
               inputs=["MBX1", "secret"])
    assert "Server: MBX1" in host.stdout
    assert host.objects == ["got MBX1", "System.Security.SecureString"]


def test_read_host_non_interactive_fails():
    host = run('Read-Host "x"; "after"', interactive=False)
    assert "NonInteractive mode" in host.stderr


def test_get_credential():
    host = run('$c = Get-Credential CONTOSO\\admin; $c.UserName; $c.GetNetworkCredential().Password',
               inputs=["pw1"])
    assert host.objects == ["CONTOSO\\admin", "pw1"]


def test_snapins():
    host = run("Add-PSSnapin Microsoft.Exchange.Management.PowerShell.E2010;"
               "(Get-PSSnapin Microsoft.Exchange.Management.PowerShell.E2010).Name;"
               "Add-PSSnapin Microsoft.Exchange.Management.PowerShell.Admin;"
               "Add-PSSnapin Bogus.SnapIn; Remove-PSSnapin Microsoft.PowerShell.Core")
    assert host.objects == ["Microsoft.Exchange.Management.PowerShell.E2010"]
    assert "The Windows PowerShell snap-in 'Bogus.SnapIn' is not installed on this machine." in host.stderr
    assert "because it is a system snap-in" in host.stderr


def test_import_module_script_file():
    host = run("Set-Content C:\\Temp\\Tools.psm1 'function Get-Six { 6 }';"
               "Import-Module C:\\Temp\\Tools.psm1; Get-Six; (Get-Module Tools).ExportedCommands;"
               "Import-Module WebAdministration; Import-Module NoSuchModule")
    assert host.objects[:2] == [6, "Get-Six"]
    assert ("The specified module 'NoSuchModule' was not loaded because no valid module file was found in "
            "any module directory.") in host.stderr
    assert host.stderr.count("Import-Module : ") == 1


def test_invoke_command_as_if_on_server():
    host = run("Invoke-Command -ComputerName MBX2 -ScriptBlock { $env:COMPUTERNAME };"
               "(Invoke-Command -ComputerName MBX2 { 1 }).PSComputerName; $env:COMPUTERNAME;"
               "Invoke-Command { param($a, $b) $a + $b } -ArgumentList 2, 3")
    from ems.runtime.conversion import to_string
    assert [to_string(o) for o in host.objects] == ["MBX2", "MBX2", "EX01", "5"]


def test_transcript_records_output():
    host = run('Start-Transcript C:\\Temp\\t.txt | Out-Null; "recorded"; Stop-Transcript | Out-Null;'
               '"not recorded"; Get-Content C:\\Temp\\t.txt')
    lines = [o for o in host.objects if isinstance(o, str)]
    assert "Windows PowerShell Transcript Start" in lines
    assert "recorded" in lines and "Windows PowerShell Transcript End" in lines
    assert lines.count("not recorded") == 1


def test_start_process_refused():
    host = run("Start-Process notepad.exe; Invoke-Item C:\\Temp")
    assert host.stderr.count("is not available in the Exchange Management Shell emulator") == 2


def test_history_cmdlets():
    eng, host = session()
    for line in ('"one"', '"two"', "Get-History | ForEach-Object { $_.CommandLine }"):
        eng.run_interactive_line(line)
    assert host.objects[-2:] == ['"one"', '"two"']


def test_session_state_drives():
    host = run("$x = 5; function Get-Foo { 1 }\n"
               "Test-Path env:COMPUTERNAME; Test-Path Env:\\NOPE; Test-Path variable:x; Test-Path function:Get-Foo\n"
               "Get-Content env:COMPUTERNAME; (Get-Item variable:x).Value\n"
               "Remove-Item variable:x; Test-Path variable:x\n"
               "(Get-ChildItem alias:gci).Definition\n"
               "Get-Item env:NOPE")
    assert host.objects == [True, False, True, True, "EX01", 5, False, "Get-ChildItem"]
    assert "Cannot find path 'NOPE' because it does not exist." in host.stderr


def test_write_error_at_the_prompt_has_no_suffix():
    # a script file adds its name (`...WriteErrorException,x.ps1`); the prompt adds nothing
    host = run("Write-Error 'top' -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId")
    assert host.stdout.splitlines() == ["Microsoft.PowerShell.Commands.WriteErrorException"]
