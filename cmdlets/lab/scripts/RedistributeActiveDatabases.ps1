<#
.SYNOPSIS
Shows how the active databases of a DAG are spread over its members and moves them back to their most
preferred copies (ems's own implementation of the documented behaviour of the Exchange 2010 SP1 script of the
same name; only the parameter sets below are simulated).

.DESCRIPTION
-BalanceDbsByActivationPreference walks the databases, servers with the most active databases first. For each
database whose active copy is not the most preferred one, it tries the copies with a lower ActivationPreference
number than the current active copy's, best first, with Move-ActiveMailboxDatabase; before each move it reads
the database again and moves it only if it is still active where it was. Each move is made by
Move-ActiveMailboxDatabase -Confirm:$Confirm, so it asks for confirmation with that cmdlet's own prompt unless
-Confirm:$false is given (the script's -Confirm switch defaults to $true, as in Exchange 2010 SP1). -WhatIf moves
nothing. The script prints a report (Balance DAG DBs, the starting server distribution, each move, the summary
of moves) and writes one move status per database (DbName, ActiveOnPreferenceAtStart, ActiveServerAtStart,
ActiveOnPreferenceAtEnd, ActiveServerAtEnd, IsOnMostPreferredCopy, MoveStatus) to the pipeline.
Written for Windows PowerShell 2.0, the shell of Exchange 2010.
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
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [string] $DagName,
    [switch] $BalanceDbsByActivationPreference,
    [switch] $ShowDatabaseDistributionByServer,
    [switch] $ShowDatabaseCurrentActives,
    [switch] $ShowFinalDatabaseDistribution,
    # as in the Exchange script: plain switches, -Confirm on by default
    [switch] $WhatIf = $false,
    [switch] $Confirm = $true
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

# PowerShell 2.0 has no [ordered]: build the object, then fix the property order with Select-Object.
function New-Row([hashtable] $values, [string[]] $order) {
    New-Object PSObject -Property $values | Select-Object $order
}

function Get-DistributionByServer {
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
        New-Row @{ ServerName = $m; ActiveDbs = $active; PassiveDbs = $passive; MountedDbs = $mounted
                   DismountedDbs = $dismounted; PreferenceCountList = $counts } `
                ServerName, ActiveDbs, PassiveDbs, MountedDbs, DismountedDbs, PreferenceCountList
    }
    $rows | Sort-Object ServerName
}

function Show-DistributionByServer {
    Get-DistributionByServer | Format-Table -AutoSize
}

function Show-CurrentActives {
    $rows = foreach ($db in (Get-DagDatabases | Sort-Object Name)) {
        $a = Get-ActiveServer $db
        New-Row @{ DatabaseName = $db.Name; ActiveOnServer = $a; ActivationPreference = (Get-PreferenceOf $db $a)
                   IsOnMostPreferredCopy = ((Get-PreferenceOf $db $a) -eq 1); Mounted = $db.Mounted } `
                DatabaseName, ActiveOnServer, ActivationPreference, IsOnMostPreferredCopy, Mounted
    }
    $rows | Format-Table -AutoSize
}

function Write-Distribution([string] $startStop) {
    $table = (Get-DistributionByServer | Format-Table -AutoSize -Wrap | Out-String) -replace "\s+$"
    Write-Host ""
    Write-Host "----------------------------"
    Write-Host "$startStop Server Distribution"
    Write-Host "----------------------------"
    Write-Host $table
    Write-Host ""
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
$dbs = Get-DagDatabases
$copies = 0
foreach ($db in $dbs) { $copies += @($db.ActivationPreference).Count }
Write-Host ""
Write-Host "***************************************"
Write-Host "Balance DAG DBs"
Write-Host $start.DateTime
Write-Host "***************************************"
Write-Host "Dag                                :   $($dag.Name)"
Write-Host "ServerCount                        :   $($members.Count)"
Write-Host "DatabaseCount                      :   $($dbs.Count)"
Write-Host "CopiesCount                        :   $copies"
Write-Distribution "Starting"
Write-Host ""
Write-Host "-----------------------"
Write-Host "Starting Database Moves"
Write-Host "-----------------------"
Write-Host ""

# servers with the most active databases first
$load = @{}
foreach ($m in $members) { $load[$m] = 0 }
foreach ($db in $dbs) { $a = Get-ActiveServer $db; if ($load.ContainsKey($a)) { $load[$a]++ } }
$ordered = $dbs | Sort-Object @{ Expression = { $load[(Get-ActiveServer $_)] }; Descending = $true }, Name

$statuses = @()
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
            Write-Host "Moving database '$name' from server '$was' (activation preference $current) to server '$to' (activation preference $([int] $candidate.Value))."
            if ($WhatIf) {
                $status = 'MoveSucceeded'; $target = $to
                break
            }
            $status = 'MoveFailed'
            $result = Move-ActiveMailboxDatabase -Identity $name -ActivateOnServer $to `
                -MoveComment "Moved by RedistributeActiveDatabases.ps1" -Confirm:$Confirm -ErrorAction Continue
            if ($result -ne $null -and "$($result.Status)" -eq 'Succeeded' -and "$($result.ActiveServerAtEnd)" -eq $to) {
                $status = 'MoveSucceeded'; $target = $to
                Write-Host "Successfully moved database '$name' from '$was' to '$to'." -ForegroundColor Green
                $load[$was]--; $load[$to]++
                break
            }
        }
        if ($status -eq 'MoveFailed') {
            Write-Host "Failed to move database '$name' to any of its more preferred copies." -ForegroundColor Red
        }
    }
    $endPref = Get-PreferenceOf $db $target
    $statuses += New-Row @{ DbName = $name; ActiveOnPreferenceAtStart = $current; ActiveServerAtStart = $was
                            ActiveOnPreferenceAtEnd = $endPref; ActiveServerAtEnd = $target
                            IsOnMostPreferredCopy = ($endPref -eq 1); MoveStatus = $status } `
                          DbName, ActiveOnPreferenceAtStart, ActiveServerAtStart, ActiveOnPreferenceAtEnd,
                          ActiveServerAtEnd, IsOnMostPreferredCopy, MoveStatus
}

if ($ShowFinalDatabaseDistribution) {
    Write-Distribution "Ending"
}

$succeeded = @($statuses | Where-Object { $_.MoveStatus -eq 'MoveSucceeded' }).Count
$failed = @($statuses | Where-Object { $_.MoveStatus -eq 'MoveFailed' }).Count
$notMoved = @($statuses | Where-Object { $_.MoveStatus -eq 'NoMoveAttempted' }).Count
$less = 0
if ($succeeded -gt 0) {
    $less = @($statuses | Where-Object { $_.ActiveOnPreferenceAtStart -lt $_.ActiveOnPreferenceAtEnd }).Count
}
$end = Get-Date
Write-Host ""
Write-Host "----------------"
Write-Host "Summary of Moves"
Write-Host "----------------"
Write-Host "Successfully moved      : $succeeded"
Write-Host "Moved to less preferred : $less"
Write-Host "Failed to move          : $failed"
Write-Host "Not moved               : $notMoved"
Write-Host ""
Write-Host "Start time              : $($start.DateTime)"
Write-Host "End time                : $($end.DateTime)"
Write-Host "Duration                : $(($end - $start).ToString())"
Write-Host ""

$statuses | Sort-Object DbName
