<#
.SYNOPSIS
Shows how the active databases of a DAG are spread over its members and moves them back to their most
preferred copies (ems's own implementation of the documented behaviour of the Exchange 2010 SP1 script of the
same name; only the parameter sets below are simulated).

.DESCRIPTION
-BalanceDbsByActivationPreference walks the databases, servers with the most active databases first. For each
database whose active copy is not the most preferred one, it tries the copies with a lower ActivationPreference
number than the current active copy's, best first, with Move-ActiveMailboxDatabase; before each move it reads
the database again and moves it only if it is still active where it was. Each move asks for confirmation
unless -Confirm:$false is given (the script's -Confirm defaults to $true).
-ShowDatabaseDistributionByServer prints, per server: ServerName, ActiveDbs, PassiveDbs, MountedDbs,
DismountedDbs, PreferenceCountList (how many copies of each preference number the server holds).
-ShowDatabaseCurrentActives lists each database with its active server and that copy's preference.

.PARAMETER DagName
The database availability group.

.EXAMPLE
.\RedistributeActiveDatabases.ps1 -DagName DAG1 -BalanceDbsByActivationPreference -Confirm:$false

.EXAMPLE
.\RedistributeActiveDatabases.ps1 -DagName DAG1 -ShowDatabaseDistributionByServer
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Position = 0)]
    [string] $DagName,
    [switch] $BalanceDbsByActivationPreference,
    [switch] $ShowDatabaseDistributionByServer,
    [switch] $ShowDatabaseCurrentActives,
    [switch] $ShowFinalDatabaseDistribution
)

if (-not ($BalanceDbsByActivationPreference -or $ShowDatabaseDistributionByServer -or $ShowDatabaseCurrentActives)) {
    throw ("RedistributeActiveDatabases.ps1: choose what to do: -BalanceDbsByActivationPreference, " +
           "-ShowDatabaseDistributionByServer or -ShowDatabaseCurrentActives.")
}
if (-not $DagName) {
    $DagName = @(Get-DatabaseAvailabilityGroup)[0].Name
}
$dag = Get-DatabaseAvailabilityGroup -Identity $DagName -ErrorAction Stop
$members = @($dag.Servers | ForEach-Object { "$_" })

function Get-ActiveServer($db) {
    if ($db.MountedOnServer) { return ("$($db.MountedOnServer)").Split('.')[0] }
    return "$($db.Server)"
}

function Get-PreferenceOf($db, [string] $server) {
    foreach ($p in $db.ActivationPreference) {
        if ("$($p.Key.Name)" -eq $server) { return [int] $p.Value }
    }
    return 0
}

function Get-DagDatabases {
    @(Get-MailboxDatabase -Status | Where-Object {
            $db = $_
            @($db.ActivationPreference | Where-Object { $members -contains "$($_.Key.Name)" }).Count -gt 0 })
}

function Show-DistributionByServer {
    $dbs = Get-DagDatabases
    $maxPref = 0
    foreach ($db in $dbs) { if (@($db.ActivationPreference).Count -gt $maxPref) { $maxPref = @($db.ActivationPreference).Count } }
    $rows = foreach ($m in $members) {
        $active = 0; $passive = 0; $mounted = 0; $dismounted = 0
        $counts = @(0) * $maxPref
        foreach ($db in $dbs) {
            $pref = Get-PreferenceOf $db $m
            if ($pref -eq 0) { continue }
            $counts[$pref - 1]++
            if ((Get-ActiveServer $db) -eq $m) {
                $active++
                if ($db.Mounted) { $mounted++ } else { $dismounted++ }
            }
            else { $passive++ }
        }
        New-Object PSObject -Property ([ordered]@{
                ServerName = $m; ActiveDbs = $active; PassiveDbs = $passive; MountedDbs = $mounted
                DismountedDbs = $dismounted; PreferenceCountList = $counts })
    }
    $rows | Sort-Object ServerName | Format-Table -AutoSize
}

function Show-CurrentActives {
    $rows = foreach ($db in (Get-DagDatabases | Sort-Object Name)) {
        $a = Get-ActiveServer $db
        New-Object PSObject -Property ([ordered]@{
                DatabaseName = $db.Name; ActiveOnServer = $a; ActivationPreference = (Get-PreferenceOf $db $a)
                IsOnMostPreferredCopy = ((Get-PreferenceOf $db $a) -eq 1); Mounted = $db.Mounted })
    }
    $rows | Format-Table -AutoSize
}

if ($ShowDatabaseDistributionByServer) {
    Write-Host ""
    Write-Host "Database distribution of $DagName by server:"
    Show-DistributionByServer
}
if ($ShowDatabaseCurrentActives) {
    Show-CurrentActives
}
if (-not $BalanceDbsByActivationPreference) { return }

$start = Get-Date
Write-Host ""
Write-Host "Balancing the active databases of $DagName by activation preference."
Write-Host ""
Write-Host "Initial database distribution:"
Show-DistributionByServer

# servers with the most active databases first
$dbs = Get-DagDatabases
$load = @{}
foreach ($m in $members) { $load[$m] = 0 }
foreach ($db in $dbs) { $a = Get-ActiveServer $db; if ($load.ContainsKey($a)) { $load[$a]++ } }
$ordered = $dbs | Sort-Object @{ Expression = { $load[(Get-ActiveServer $_)] }; Descending = $true }, Name

$moved = 0; $movedLess = 0; $failed = 0; $notMoved = 0
$report = @()
foreach ($db in $ordered) {
    $name = $db.Name
    $was = Get-ActiveServer $db
    $current = Get-PreferenceOf $db $was
    $status = 'NoMoveAttempted'
    $target = $was
    if ($current -gt 1) {
        $better = @($db.ActivationPreference | Where-Object { [int] $_.Value -lt $current } | Sort-Object { [int] $_.Value })
        foreach ($candidate in $better) {
            $to = "$($candidate.Key.Name)"
            $fresh = Get-MailboxDatabase -Identity $name -Status
            if ((Get-ActiveServer $fresh) -ne $was) { break }
            $go = $false
            try { $go = $PSCmdlet.ShouldProcess($name, "Move the active copy of $name from $was to $to") }
            catch { throw "RedistributeActiveDatabases.ps1 needs a confirmation for each move; run it with -Confirm:`$false where nobody can answer. $_" }
            if (-not $go) { break }
            $result = Move-ActiveMailboxDatabase -Identity $name -ActivateOnServer $to -Confirm:$false -ErrorAction SilentlyContinue
            if ($result -ne $null -and $result.Status -ne 'Failed') {
                $status = 'MoveSucceeded'; $target = $to
                if ([int] $candidate.Value -eq 1) { $moved++ } else { $movedLess++ }
                break
            }
            $status = 'MoveFailed'
        }
        if ($status -eq 'MoveFailed') { $failed++ }
        elseif ($status -eq 'NoMoveAttempted') { $notMoved++ }
    }
    else { $notMoved++ }
    $report += New-Object PSObject -Property ([ordered]@{
            DatabaseName = $name; ActiveServerAtStart = $was; ActiveServerAtEnd = $target
            PreferenceAtStart = $current; PreferenceAtEnd = (Get-PreferenceOf $db $target); Status = $status })
}
$end = Get-Date

$report | Sort-Object DatabaseName | Format-Table -AutoSize
Write-Host "Final database distribution:"
Show-DistributionByServer
Write-Host "Successfully moved      : $moved"
Write-Host "Moved to less preferred : $movedLess"
Write-Host "Failed to move          : $failed"
Write-Host "Not moved               : $notMoved"
Write-Host ""
Write-Host "Start time              : $start"
Write-Host "End time                : $end"
Write-Host "Duration                : $($end - $start)"
