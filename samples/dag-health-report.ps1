<#
.SYNOPSIS
A DAG health report: members and their versions, the Primary Active Manager, copy status problems,
databases that are not on their preferred server, and Test-ReplicationHealth failures.

.EXAMPLE
ems -File samples/dag-health-report.ps1 -DagName DAG1
#>
param([string] $DagName = 'DAG1')

$dag = Get-DatabaseAvailabilityGroup -Identity $DagName -Status -ErrorAction Stop
$members = @($dag.Servers | ForEach-Object { "$_" })

Write-Host "DAG $($dag.Name): $($members.Count) members, Primary Active Manager $($dag.PrimaryActiveManager)"
Write-Host "Operational servers: $(($dag.OperationalServers | ForEach-Object { "$_" }) -join ', ')"
Write-Host ""

Write-Host "Members"
$rows = foreach ($m in $members) {
    $srv = Get-ExchangeServer -Identity $m
    $mbx = Get-MailboxServer -Identity $m
    $copies = @(Get-MailboxDatabaseCopyStatus -Server $m)
    # PowerShell 2.0 (the shell of Exchange 2010) has no [ordered]: Select-Object fixes the column order
    New-Object PSObject -Property @{
            Server           = $m
            Version          = "$($srv.AdminDisplayVersion)"
            ActivationPolicy = "$($mbx.DatabaseCopyAutoActivationPolicy)"
            Active           = @($copies | Where-Object { $_.Status -eq 'Mounted' }).Count
            Passive          = @($copies | Where-Object { $_.Status -ne 'Mounted' }).Count
            Suspended        = @($copies | Where-Object { $_.ActivationSuspended -or $_.Status -like '*Suspended*' }).Count
        } | Select-Object Server, Version, ActivationPolicy, Active, Passive, Suspended
}
$rows | Format-Table -AutoSize

Write-Host "Copies that are neither Mounted nor Healthy"
$bad = @(foreach ($m in $members) {
        Get-MailboxDatabaseCopyStatus -Server $m | Where-Object { $_.Status -ne 'Mounted' -and $_.Status -ne 'Healthy' }
    })
if ($bad.Count -eq 0) { Write-Host "  none" }
else { $bad | Format-Table Name, Status, CopyQueueLength, ReplayQueueLength, ContentIndexState -AutoSize }

Write-Host "Databases not active on their preference-1 server"
$off = @(foreach ($db in (Get-MailboxDatabase -Status | Sort-Object Name)) {
    $first = ($db.ActivationPreference | Sort-Object { [int] $_.Value } | Select-Object -First 1).Key.Name
    $active = ("$($db.MountedOnServer)").Split('.')[0]
    if (-not $active) { $active = "$($db.Server)" }
    if ($active -ne $first -or -not $db.Mounted) {
        New-Object PSObject -Property @{ Database = $db.Name; ActiveOn = $active; Preferred = $first; Mounted = $db.Mounted } |
            Select-Object Database, ActiveOn, Preferred, Mounted
    }
})
if ($off.Count -eq 0) { Write-Host "  none" } else { $off | Format-Table -AutoSize }

Write-Host "Replication health checks that did not pass"
$failed = @(foreach ($m in $members) {
        if ((Get-ExchangeServer -Identity $m) -and (Test-Connection -ComputerName $m -Count 1 -Quiet)) {
            Test-ReplicationHealth -Identity $m | Where-Object { "$($_.Result)" -ne 'Passed' }
        }
        else {
            New-Object PSObject -Property @{ Server = $m; Check = 'Reachable'; Result = 'Failed'; Error = 'The server does not answer.' } |
                Select-Object Server, Check, Result, Error
        }
    })
if ($failed.Count -eq 0) { Write-Host "  none" } else { $failed | Format-Table Server, Check, Result, Error -AutoSize -Wrap }
