<#
.SYNOPSIS
Takes a DAG member out of service for maintenance (ems's own implementation of the steps of the
Exchange 2010 SP1 script of the same name).

.DESCRIPTION
1. Blocks automatic activation on the server (Set-MailboxServer -DatabaseCopyAutoActivationPolicy Blocked).
2. Suspends activation of every replicated database copy on it (Suspend-MailboxDatabaseCopy -ActivationOnly).
3. Pauses its cluster node (cluster.exe node <server> /pause), so it cannot take the Primary Active Manager role.
4. Moves the critical resources off the server: its active databases (Move-ActiveMailboxDatabase) and the
   cluster group (the Primary Active Manager).
5. Checks that none are left. If some are, or a step fails, what was done is rolled back (the node is resumed,
   the copies are resumed, the policy goes back to Unrestricted); databases already moved stay where they are.

.PARAMETER serverName
The DAG member (a fully qualified name is cut to the short name).

.PARAMETER overrideMinimumTwoCopies
Allows the maintenance even when a database would be left with a single healthy copy.

.EXAMPLE
.\StartDagServerMaintenance.ps1 -serverName E1402
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    [Parameter(Mandatory = $true, Position = 0)]
    [string] $serverName,
    [switch] $overrideMinimumTwoCopies
)

$server = $serverName.Split('.')[0]
$stamp = Get-Date -Format 's'
$comment = "Suspended ActivationOnly by StartDagServerMaintenance.ps1 at $stamp"

function Write-Step([string] $text) {
    Write-Host "[StartDagServerMaintenance] $text"
}

$mailboxServer = Get-MailboxServer -Identity $server -ErrorAction SilentlyContinue
if ($mailboxServer -eq $null) {
    throw "StartDagServerMaintenance.ps1: '$serverName' is not a Mailbox server of this organization."
}
if ($mailboxServer.DatabaseAvailabilityGroup -eq $null) {
    throw "StartDagServerMaintenance.ps1: server '$server' is not a member of a database availability group."
}
$dagName = $mailboxServer.DatabaseAvailabilityGroup.Name
$dagMembers = @((Get-DatabaseAvailabilityGroup -Identity $dagName).Servers)

# the replicated database copies of the server
$copies = @(Get-MailboxDatabaseCopyStatus -Server $server | Where-Object {
        (Get-MailboxDatabase -Identity $_.DatabaseName).ReplicationType -eq 'Remote' })

# a database must keep at least one other healthy copy (two, in a DAG of more than two members,
# unless -overrideMinimumTwoCopies)
$needed = 2
if ($overrideMinimumTwoCopies -or $dagMembers.Count -le 2) { $needed = 1 }
foreach ($c in $copies) {
    $others = @(Get-MailboxDatabaseCopyStatus -Identity $c.DatabaseName | Where-Object {
            $_.MailboxServer -ne $server -and ($_.Status -eq 'Healthy' -or $_.Status -eq 'Mounted') })
    if ($others.Count -lt $needed) {
        throw ("StartDagServerMaintenance.ps1: database '$($c.DatabaseName)' has only $($others.Count) healthy " +
               "copies on other servers; maintenance of '$server' would leave it without redundancy. " +
               "Use -overrideMinimumTwoCopies to go on anyway.")
    }
}

$done = @{ Policy = $false; Suspended = @(); Paused = $false }

function Undo-Maintenance {
    Write-Step "Rolling back the changes made to $server."
    if ($done.Paused) { cluster.exe /cluster:$dagName node $server /resume | Out-Null }
    foreach ($name in $done.Suspended) {
        Resume-MailboxDatabaseCopy -Identity "$name\$server" -Confirm:$false -ErrorAction SilentlyContinue
    }
    if ($done.Policy) { Set-MailboxServer -Identity $server -DatabaseCopyAutoActivationPolicy Unrestricted }
}

try {
    # 1. no automatic activation on this server
    if ($PSCmdlet.ShouldProcess($server, "Set DatabaseCopyAutoActivationPolicy to Blocked")) {
        Write-Step "Blocking automatic activation on $server."
        Set-MailboxServer -Identity $server -DatabaseCopyAutoActivationPolicy Blocked -ErrorAction Stop
        $done.Policy = $true
    }

    # 2. suspend activation of each replicated copy
    foreach ($c in $copies) {
        $id = "$($c.DatabaseName)\$server"
        if ($PSCmdlet.ShouldProcess($id, "Suspend-MailboxDatabaseCopy -ActivationOnly")) {
            Write-Step "Suspending activation of $id."
            Suspend-MailboxDatabaseCopy -Identity $id -ActivationOnly -Confirm:$false -SuspendComment $comment -ErrorAction Stop
            $done.Suspended += $c.DatabaseName
        }
    }

    # 3. pause the cluster node
    if ($PSCmdlet.ShouldProcess($server, "cluster.exe node $server /pause")) {
        Write-Step "Pausing cluster node $server."
        cluster.exe /cluster:$dagName node $server /pause | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "cluster.exe could not pause node $server (exit code $LASTEXITCODE)." }
        $done.Paused = $true
    }

    # 4. move the critical resources away
    $active = @(Get-MailboxDatabaseCopyStatus -Server $server | Where-Object { $_.Status -eq 'Mounted' })
    foreach ($a in $active) {
        if ($PSCmdlet.ShouldProcess($a.DatabaseName, "Move-ActiveMailboxDatabase away from $server")) {
            Write-Step "Moving the active copy of $($a.DatabaseName) off $server."
            $result = Move-ActiveMailboxDatabase -Identity $a.DatabaseName -Confirm:$false -ErrorAction Continue
            if ($result -ne $null -and $result.Status -eq 'Failed') {
                Write-Warning "Could not move $($a.DatabaseName): $($result.ErrorMessage)"
            }
        }
    }
    $pam = (Get-DatabaseAvailabilityGroup -Identity $dagName -Status).PrimaryActiveManager
    if ($pam -ne $null -and "$pam" -eq $server) {
        if ($PSCmdlet.ShouldProcess($server, "Move the cluster group (Primary Active Manager) to another node")) {
            Write-Step "Moving the cluster group (Primary Active Manager) off $server."
            cluster.exe /cluster:$dagName group "Cluster Group" /move | Out-Null
        }
    }

    # 5. nothing critical may be left here
    if (-not $WhatIfPreference) {
        $left = @(Get-MailboxDatabaseCopyStatus -Server $server | Where-Object { $_.Status -eq 'Mounted' })
        $pam = (Get-DatabaseAvailabilityGroup -Identity $dagName -Status).PrimaryActiveManager
        if ($left.Count -gt 0 -or ($pam -ne $null -and "$pam" -eq $server)) {
            $names = ($left | ForEach-Object { $_.DatabaseName }) -join ', '
            throw "Server $server still hosts critical resources (active databases: $names; Primary Active Manager: $pam)."
        }
    }
}
catch {
    Undo-Maintenance
    throw
}

Write-Step "$server is in maintenance: no active databases, activation blocked, cluster node paused."
