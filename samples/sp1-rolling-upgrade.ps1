<#
.SYNOPSIS
The field notes' runbook as a script: upgrade every member of a DAG from Exchange 2010 RTM to SP1,
one member at a time, without users losing a database.

.DESCRIPTION
For each member (members that host no active database first):
  1. suspend activation of its database copies, so Active Manager does not pick them;
  2. switch its active databases over to the other members;
  3. install hotfix KB981002 (needed by SP1 setup on Windows Server 2008 R2 DAG members) and restart;
  4. run setup /mode:Upgrade on it;
  5. resume its copies once they are healthy again.
At the end every database goes back to its preference-1 server (RedistributeActiveDatabases.ps1).

In ems this runs against the simulated organization: Enter-LabServer moves the console to the member
(setup.com, wusa.exe and Restart-Computer act on "this computer") and Step-LabClock lets simulated time
pass. On real servers, run the per-member part on the member itself and wait for the restart instead.

.EXAMPLE
ems -File samples/sp1-rolling-upgrade.ps1 -DagName DAG1
#>
param(
    [string] $DagName = 'DAG1',
    [string] $HotfixPackage = 'C:\Updates\Windows6.1-KB981002-x64.msu',
    [string] $Setup = 'D:\setup.com'
)

$inEms = [bool](Get-Command Enter-LabServer -ErrorAction SilentlyContinue)

function Wait-Minutes([int] $minutes) {
    if ($inEms) { Step-LabClock -Minutes $minutes } else { Start-Sleep -Seconds ($minutes * 60) }
}

$dag = Get-DatabaseAvailabilityGroup -Identity $DagName -ErrorAction Stop
$members = @($dag.Servers | ForEach-Object { "$_" })

# members with only passive copies first: nothing to switch over there
$order = $members | Sort-Object { @(Get-MailboxDatabaseCopyStatus -Server $_ | Where-Object { $_.Status -eq 'Mounted' }).Count }, { $_ }

foreach ($server in $order) {
    $version = (Get-ExchangeServer -Identity $server).AdminDisplayVersion
    if ("$version" -like 'Version 14.1*' -or "$version" -like 'Version 14.[2-9]*') {
        Write-Host "$server already runs $version; skipping."
        continue
    }
    Write-Host "=== $server ($version) ==="

    Write-Host "Suspending activation of the copies on $server"
    Get-MailboxDatabaseCopyStatus -Server $server |
        Suspend-MailboxDatabaseCopy -ActivationOnly -Confirm:$False -SuspendComment "Install SP1 for Exchange 2010"

    Write-Host "Switching the active databases of $server over"
    Move-ActiveMailboxDatabase -Server $server -Confirm:$False | Format-Table Identity, ActiveServerAtStart, ActiveServerAtEnd, Status -AutoSize

    if ($inEms) { Enter-LabServer $server }
    try {
        if (-not (Get-HotFix -Id KB981002 -ErrorAction SilentlyContinue)) {
            Write-Host "Installing KB981002 on $server"
            wusa.exe $HotfixPackage /quiet /norestart
            Restart-Computer -Force
            Wait-Minutes 3
        }
        Write-Host "Running Exchange setup on $server"
        & $Setup /mode:Upgrade
        if ($LASTEXITCODE -ne 0) { throw "Setup failed on $server (exit code $LASTEXITCODE); the copies stay suspended." }
    }
    finally {
        if ($inEms) { Exit-LabServer }
    }

    Wait-Minutes 2
    Write-Host "Resuming the copies on $server"
    Get-MailboxDatabaseCopyStatus -Server $server | Resume-MailboxDatabaseCopy
    Wait-Minutes 1
}

Write-Host "Putting every database back on its preferred server"
& "$exscripts\RedistributeActiveDatabases.ps1" -DagName $DagName -BalanceDbsByActivationPreference -Confirm:$false | Out-Null

Get-ExchangeServer | Where-Object { $members -contains $_.Name } | Select-Object Name, AdminDisplayVersion
Get-MailboxDatabase -Status | Sort-Object Name | Format-Table Name, Server, Mounted -AutoSize
