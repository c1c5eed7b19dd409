<#
.SYNOPSIS
A transport queue report: per transport server, the queues with messages, the shadow redundancy
queues, and the queues in Retry with their last error.

.EXAMPLE
ems -File samples/queue-report.ps1
#>
param([int] $Threshold = 0)

$servers = @(Get-ExchangeServer | Where-Object { $_.IsHubTransportServer -or $_.IsEdgeServer })
$config = Get-TransportConfig
Write-Host "Shadow redundancy: $(if ($config.ShadowRedundancyEnabled) { 'on' } else { 'off' }) (heartbeat $($config.ShadowHeartbeatTimeoutInterval) x $($config.ShadowHeartbeatRetryCount))"
Write-Host ""

function Get-MessageTotal($queues) {
    $n = 0
    foreach ($q in $queues) { $n += [int] $q.MessageCount }
    $n
}

$summary = foreach ($s in $servers) {
    $queues = @(Get-Queue -Server $s.Name -ErrorAction SilentlyContinue)
    $shadow = @($queues | Where-Object { "$($_.DeliveryType)" -eq 'ShadowRedundancy' })
    $normal = @($queues | Where-Object { "$($_.DeliveryType)" -ne 'ShadowRedundancy' })
    # PowerShell 2.0 (the shell of Exchange 2010) has no [ordered]: Select-Object fixes the column order
    New-Object PSObject -Property @{
            Server         = $s.Name
            Queues         = $queues.Count
            Messages       = Get-MessageTotal $normal
            ShadowMessages = Get-MessageTotal $shadow
            Retry          = @($queues | Where-Object { "$($_.Status)" -eq 'Retry' }).Count
        } | Select-Object Server, Queues, Messages, ShadowMessages, Retry
}
Write-Host "Summary"
$summary | Format-Table -AutoSize

Write-Host "Queues holding more than $Threshold messages"
$busy = @(foreach ($s in $servers) {
        Get-Queue -Server $s.Name -ErrorAction SilentlyContinue | Where-Object { $_.MessageCount -gt $Threshold }
    })
if ($busy.Count -eq 0) { Write-Host "  none" }
else { $busy | Format-Table Identity, DeliveryType, Status, MessageCount, NextHopDomain -AutoSize }

Write-Host "Queues in Retry"
$retry = @(foreach ($s in $servers) {
        Get-Queue -Server $s.Name -ErrorAction SilentlyContinue | Where-Object { "$($_.Status)" -eq 'Retry' }
    })
if ($retry.Count -eq 0) { Write-Host "  none" }
else { $retry | Format-List Identity, NextHopDomain, MessageCount, LastError }
