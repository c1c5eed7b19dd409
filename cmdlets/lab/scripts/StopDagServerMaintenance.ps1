<#
.SYNOPSIS
Brings a DAG member back into service after maintenance (ems's own implementation of the steps of the
Exchange 2010 SP1 script of the same name).

.DESCRIPTION
1. Resumes every suspended database copy on the server (Resume-MailboxDatabaseCopy), which also lifts
   activation suspension.
2. Resumes its cluster node (cluster.exe node <server> /resume).
3. Sets DatabaseCopyAutoActivationPolicy back to Unrestricted.
The databases stay where they are: run RedistributeActiveDatabases.ps1 to rebalance them.

.PARAMETER serverName
The DAG member (a fully qualified name is cut to the short name).

.EXAMPLE
.\StopDagServerMaintenance.ps1 -serverName E1402
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    [Parameter(Mandatory = $true, Position = 0)]
    [string] $serverName
)

$server = $serverName.Split('.')[0]

function Write-Step([string] $text) {
    Write-Host "[StopDagServerMaintenance] $text"
}

$mailboxServer = Get-MailboxServer -Identity $server -ErrorAction SilentlyContinue
if ($mailboxServer -eq $null) {
    throw "StopDagServerMaintenance.ps1: '$serverName' is not a Mailbox server of this organization."
}
if ($mailboxServer.DatabaseAvailabilityGroup -eq $null) {
    throw "StopDagServerMaintenance.ps1: server '$server' is not a member of a database availability group."
}
$dagName = $mailboxServer.DatabaseAvailabilityGroup.Name

foreach ($c in @(Get-MailboxDatabaseCopyStatus -Server $server)) {
    if ($c.ActivationSuspended -or $c.Status -eq 'Suspended' -or $c.Status -eq 'FailedAndSuspended') {
        if ($PSCmdlet.ShouldProcess($c.Name, "Resume-MailboxDatabaseCopy")) {
            Write-Step "Resuming $($c.Name)."
            Resume-MailboxDatabaseCopy -Identity $c.Name -Confirm:$false
        }
    }
}

if ($PSCmdlet.ShouldProcess($server, "cluster.exe node $server /resume")) {
    Write-Step "Resuming cluster node $server."
    cluster.exe /cluster:$dagName node $server /resume | Out-Null
}

if ($PSCmdlet.ShouldProcess($server, "Set DatabaseCopyAutoActivationPolicy to Unrestricted")) {
    Write-Step "Allowing automatic activation on $server again."
    Set-MailboxServer -Identity $server -DatabaseCopyAutoActivationPolicy Unrestricted
}

Write-Step "$server is back in service. Run RedistributeActiveDatabases.ps1 to rebalance the active databases."
