# Transport: mail flow, queues, Shadow Redundancy, message tracking (cmdlets/exchange/transport.py,
# model ems/model/transport). Expected outputs checked against the reference
# (../shared/reference/exchange2010-objects.md):
# - Get-Queue's table: columns at 0/44/57/64/77, values cut with "...", the Submission queue
#   "Undefined Ready 0 Submission" (§8); shadow queues have DeliveryType ShadowRedundancy and the
#   primary server as NextHopDomain (§8, [K] in the reference);
# - Get-MessageTrackingLog's table: columns at 0/9/18/43/64, Recipients as {a, b} (§10);
# - TransportConfig: the Exchange 2010 RTM defaults (§7: 00:05:00 and 3; SP1 00:15:00 and 12);
# - queue viewer messages and confirmations (§14d); WhatIf shape (§14b);
# - Send-MailMessage's SmtpException text is .NET's "Unable to connect to the remote server".
# Simulated times: a message sent to EDGE01 reaches a hub after 3 s, is delivered after 5 s;
# the Edge's XQUERYDISCARD heartbeat comes ShadowHeartbeatTimeoutInterval after the hand-off.

#### Get-Queue on an idle organization shows the Submission queues
Get-Queue
## STDOUT:

Identity                                    DeliveryType Status MessageCount NextHopDomain                              
--------                                    ------------ ------ ------------ -------------                              
HUB01\Submission                            Undefined    Ready  0            Submission                                 
HUB02\Submission                            Undefined    Ready  0            Submission                                 
EDGE01\Submission                           Undefined    Ready  0            Submission                                 


## END

#### A message from the Internet: the Edge keeps a shadow copy for the hub
Send-MailMessage -To user01@contoso.com -From partner@fabrikam.com -Subject "Quarterly report" -SmtpServer EDGE01
Start-Sleep -Seconds 4
Get-Queue -Server EDGE01
## STDOUT:

Identity                                    DeliveryType Status MessageCount NextHopDomain                              
--------                                    ------------ ------ ------------ -------------                              
EDGE01\Submission                           Undefined    Ready  0            Submission                                 
EDGE01\3                                    SmartHost... Ready  0            edgesync - inbound to default-first-site...
EDGE01\Shadow\4                             ShadowRed... Ready  1            hub01.contoso.com                          


## END

#### Message tracking on the hub: RECEIVE, HAREDIRECT, DELIVER
Send-MailMessage -To user01@contoso.com -From partner@fabrikam.com -Subject "Quarterly report" -SmtpServer EDGE01
Start-Sleep -Seconds 10
Get-MessageTrackingLog -Server HUB01
## STDOUT:

EventId  Source   Sender                   Recipients           MessageSubject                                          
-------  ------   ------                   ----------           --------------                                          
RECEIVE  SMTP     partner@fabrikam.com     {user01@contoso.com} Quarterly report                                        
HARED... SMTP     partner@fabrikam.com     {user01@contoso.com} Quarterly report                                        
DELIVER  STORE... partner@fabrikam.com     {user01@contoso.com} Quarterly report                                        


## END

#### Shadow redundancy and dumpster defaults (Exchange 2010 RTM)
Get-TransportConfig | Format-List ShadowRedundancyEnabled,ShadowHeartbeatTimeoutInterval,ShadowHeartbeatRetryCount,ShadowMessageAutoDiscardInterval,MaxDumpsterSizePerDatabase,MaxDumpsterTime
## STDOUT:


ShadowRedundancyEnabled          : True
ShadowHeartbeatTimeoutInterval   : 00:05:00
ShadowHeartbeatRetryCount        : 3
ShadowMessageAutoDiscardInterval : 2.00:00:00
MaxDumpsterSizePerDatabase       : 18 MB (18,874,368 bytes)
MaxDumpsterTime                  : 7.00:00:00



## END

#### Suspend-Queue -WhatIf
Suspend-Queue -Identity HUB01\Submission -WhatIf
## STDOUT:
What if: Suspending the queue "HUB01\Submission".
## END

#### A queue that does not exist
Get-Queue -Identity HUB01\99
## STDERR-CONTAINS: The object with identity HUB01\99 wasn't found.

#### The queue viewer filter refuses -or
Get-Queue -Filter {MessageCount -gt 0 -or Status -eq 'Retry'}
## STDERR-CONTAINS: An unsupported operator was used in the filter. The logical Or (-or) and logical Not (-not) operators are currently not supported.

#### Nothing leaves the machine: other SMTP servers cannot be reached
Send-MailMessage -To user01@contoso.com -From a@contoso.com -Subject x -SmtpServer smtp.fabrikam.com
## STDERR-CONTAINS: Unable to connect to the remote server
## STDERR-CONTAINS: SmtpException,Microsoft.PowerShell.Commands.SendMailMessage

#### An unknown recipient in an accepted domain gets a non-delivery report
Send-MailMessage -To nobody@contoso.com -From admin@contoso.com -Subject "Lost" -SmtpServer HUB01
Start-Sleep -Seconds 5
Get-MessageTrackingLog -MessageSubject "Lost" | ForEach-Object { "{0} {1} {2}" -f $_.EventId, $_.Source, $_.ServerHostname }
## STDOUT:
RECEIVE SMTP HUB01
FAIL ROUTING HUB01
DSN DSN HUB01
## END

#### Out-of-range shadow settings are refused; the SP1 values are accepted
Set-TransportConfig -ShadowHeartbeatRetryCount 16 -ErrorAction SilentlyContinue
Set-TransportConfig -ShadowHeartbeatTimeoutInterval 2.00:00:00 -ErrorAction SilentlyContinue
$c = Get-TransportConfig
$c.ShadowHeartbeatRetryCount
"$($c.ShadowHeartbeatTimeoutInterval)"
Set-TransportConfig -ShadowHeartbeatTimeoutInterval 00:15:00 -ShadowHeartbeatRetryCount 12
$c = Get-TransportConfig
$c.ShadowHeartbeatRetryCount
"$($c.ShadowHeartbeatTimeoutInterval)"
## STDOUT:
3
00:05:00
12
00:15:00
## END

#### Without shadow redundancy the Edge keeps no copy
Set-TransportConfig -ShadowRedundancyEnabled $false
Send-MailMessage -To user01@contoso.com -From partner@fabrikam.com -Subject "No shadow" -SmtpServer EDGE01
Start-Sleep -Seconds 4
(Get-Queue -Server EDGE01 -Filter {DeliveryType -eq 'ShadowRedundancy'} | Measure-Object).Count
Get-MessageTrackingLog -Server EDGE01 | ForEach-Object { $_.EventId }
## STDOUT:
0
RECEIVE
SEND
## END

#### The shadow copy goes at the next heartbeat after delivery
Send-MailMessage -To user01@contoso.com,user02@contoso.com -From partner@fabrikam.com -Subject "Shadow life" -SmtpServer EDGE01
Start-Sleep -Seconds 10
Get-Message -Server EDGE01 | ForEach-Object { "$($_.Queue) $($_.Status) $($_.Subject)" }
Start-Sleep -Seconds 300
(Get-Message -Server EDGE01 | Measure-Object).Count
Get-MessageTrackingLog -Server EDGE01 -EventId HADISCARD | ForEach-Object { "$($_.EventId) $($_.Recipients)" }
## STDOUT:
EDGE01\Shadow\4 Ready Shadow life
0
HADISCARD user01@contoso.com user02@contoso.com
## END

#### Suspend-Message, Get-Message -Identity, Remove-Message -WithNDR $false
Send-MailMessage -To user01@contoso.com -From admin@contoso.com -Subject "Hold me" -SmtpServer HUB01
Suspend-Message -Identity HUB01\Submission\1 -Confirm:$false
Start-Sleep -Seconds 5
Get-Message -Identity HUB01\Submission\1 | ForEach-Object { "$($_.Identity) $($_.Status)" }
Remove-Message -Identity HUB01\Submission\1 -WithNDR $false -Confirm:$false
(Get-Queue HUB01\Submission).MessageCount
Get-MessageTrackingLog -MessageSubject "Hold me" | ForEach-Object { $_.EventId }
## STDOUT:
HUB01\Submission\1 Suspended
0
RECEIVE
FAIL
## END

#### Test-Mailflow, connectors and transport server settings
(Test-Mailflow E1401).TestMailflowResult
Get-SendConnector | ForEach-Object { $_.Name }
Get-ReceiveConnector -Server HUB01 | ForEach-Object { "$($_.Identity)" }
(Get-TransportServer HUB01).MessageExpirationTimeout.ToString()
## STDOUT:
Success
EdgeSync - Default-First-Site-Name to Internet
EdgeSync - Inbound to Default-First-Site-Name
HUB01\Default HUB01
HUB01\Client HUB01
2.00:00:00
## END

#### Shadow redundancy: HUB01 dies with its queue database before delivering; the Edge resubmits after 3 heartbeats
$before = (Get-MailboxStatistics user01).ItemCount
Send-MailMessage -To user01@contoso.com -From partner@fabrikam.com -Subject "Survives" -SmtpServer EDGE01
Step-LabClock -Seconds 4
Stop-LabServer HUB01 -LoseTransportDatabase
Get-Queue -Server EDGE01 -Filter {DeliveryType -eq 'ShadowRedundancy'} | Format-List Identity,DeliveryType,MessageCount,NextHopDomain
Step-LabClock -Minutes 16
(Get-MailboxStatistics user01).ItemCount - $before
Get-MessageTrackingLog -MessageSubject "Survives" -EventId RESUBMIT | ForEach-Object { "$($_.EventId) $($_.Source) $($_.ServerHostname)" }
Get-MessageTrackingLog -MessageSubject "Survives" -EventId DELIVER | ForEach-Object { "$($_.EventId) $($_.ServerHostname)" }
## STDOUT:


Identity      : EDGE01\Shadow\4
DeliveryType  : ShadowRedundancy
MessageCount  : 1
NextHopDomain : hub01.contoso.com



1
RESUBMIT REDUNDANCY EDGE01
DELIVER HUB02
## END

#### Without shadow redundancy the same failure loses the message
Set-TransportConfig -ShadowRedundancyEnabled $false
$before = (Get-MailboxStatistics user01).ItemCount
Send-MailMessage -To user01@contoso.com -From partner@fabrikam.com -Subject "Lost" -SmtpServer EDGE01
Step-LabClock -Seconds 4
Stop-LabServer HUB01 -LoseTransportDatabase
Step-LabClock -Hours 1
(Get-MailboxStatistics user01).ItemCount - $before
(Get-MessageTrackingLog -MessageSubject "Lost" -EventId DELIVER | Measure-Object).Count
## STDOUT:
0
0
## END

#### HUB01 dies after delivering, before the discard notification: the store drops the second copy
$before = (Get-MailboxStatistics user01).ItemCount
Send-MailMessage -To user01@contoso.com -From partner@fabrikam.com -Subject "Twice?" -SmtpServer EDGE01
Step-LabClock -Seconds 6
Stop-LabServer HUB01 -LoseTransportDatabase
Step-LabClock -Minutes 16
(Get-MailboxStatistics user01).ItemCount - $before
Get-MessageTrackingLog -MessageSubject "Twice?" | Where-Object { $_.Source -eq 'STOREDRIVER' } | ForEach-Object { "$($_.EventId) $($_.ServerHostname)" }
## STDOUT:
1
DELIVER HUB01
DUPLICATEDELIVER HUB02
## END

#### No hub running: the Edge's queue waits in Retry, then delivers through the hub that came back
Stop-LabServer HUB01,HUB02
Send-MailMessage -To user01@contoso.com -From partner@fabrikam.com -Subject "Waiting" -SmtpServer EDGE01
Step-LabClock -Seconds 5
$q = Get-Queue EDGE01\3
$q.Status
$q.LastError -like "451 4.4.0*"
Start-LabServer HUB02
Step-LabClock -Minutes 11
(Get-MessageTrackingLog -MessageSubject "Waiting" -EventId DELIVER).ServerHostname
## STDOUT:
Retry
True
HUB02
## END

#### A dismounted database: the hub's MapiDelivery queue retries until the database is mounted
Dismount-Database DB01 -Confirm:$false
Send-MailMessage -To user01@contoso.com -From admin@contoso.com -Subject "Offline" -SmtpServer HUB01
Step-LabClock -Seconds 5
Get-Queue -Server HUB01 -Filter {DeliveryType -eq 'MapiDelivery'} | ForEach-Object { "$($_.Identity) $($_.DeliveryType) $($_.Status) $($_.MessageCount)" }
Mount-Database DB01
Step-LabClock -Minutes 6
(Get-MessageTrackingLog -MessageSubject "Offline" | ForEach-Object { $_.EventId }) -join ","
## STDOUT:
HUB01\3 MapiDelivery Retry 1
RECEIVE,DEFER,DELIVER
## END

#### MessageInfo properties in the order of Exchange's QueueViewer MessageInfo class
# Identity ... RetryCount, Queue, Recipients, ComponentLatency, MessageLatency (X13 MessageInfo; no DeferReason).
Send-MailMessage -SmtpServer EDGE01 -From partner@fabrikam.com -To user01@contoso.com -Subject "props" -Body test
Step-LabClock -Seconds 3 | Out-Null
$m = Get-Message -Server EDGE01 | Select-Object -First 1
($m.PSObject.Properties | ForEach-Object { $_.Name }) -join ','
## STDOUT:
Identity,Subject,InternetMessageId,FromAddress,Status,Size,MessageSourceName,SourceIP,SCL,DateReceived,ExpirationTime,LastError,RetryCount,Queue,Recipients,ComponentLatency,MessageLatency,IsValid,ObjectState
## END

#### Set-TransportConfig -WhatIf shows the fixed confirmation message
# ConfirmationMessageSetTransportConfig takes no argument: "Setting Transport configuration."
Set-TransportConfig -ShadowRedundancyEnabled $false -WhatIf
(Get-TransportConfig).ShadowRedundancyEnabled
## STDOUT:
What if: Setting Transport configuration.
True
## END

#### Set-TransportServer takes a number or unlimited for connection limits
Set-TransportServer HUB01 -MaxOutboundConnections 500
(Get-TransportServer HUB01).MaxOutboundConnections.Value
Set-TransportServer HUB01 -MaxPerDomainOutboundConnections unlimited
(Get-TransportServer HUB01).MaxPerDomainOutboundConnections.IsUnlimited
## STDOUT:
500
True
## END
