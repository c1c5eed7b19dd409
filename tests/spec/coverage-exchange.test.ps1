# Coverage of Exchange and lab cmdlets that no other transcript exercises: Resume-Queue,
# Retry-Queue, Resume-Message (Queue Viewer texts, ../shared/reference/exchange2010-objects.md
# §14d), Set-TransportServer (§8 defaults and ranges), Restart-Service on the model's services,
# Restore-DatabaseAvailabilityGroup (§14c), and the emulator's Export-LabState/Import-LabState.

#### Resume-Queue -WhatIf, then Resume-Queue puts a suspended queue back to Ready
Suspend-Queue -Identity HUB01\Submission -Confirm:$false
(Get-Queue HUB01\Submission).Status
Resume-Queue -Identity HUB01\Submission -WhatIf
(Get-Queue HUB01\Submission).Status
Resume-Queue -Identity HUB01\Submission
(Get-Queue HUB01\Submission).Status
## STDOUT:
Suspended
What if: Resuming the queue "HUB01\Submission".
Suspended
Ready
## END

#### Resume-Queue -Filter on one server, and from the pipeline
Suspend-Queue -Identity HUB01\Submission -Confirm:$false
Suspend-Queue -Identity HUB02\Submission -Confirm:$false
Resume-Queue -Server HUB01 -Filter {Status -eq 'Suspended'}
Get-Queue | ForEach-Object { "$($_.Identity) $($_.Status)" }
Get-Queue HUB02\Submission | Resume-Queue
(Get-Queue HUB02\Submission).Status
## STDOUT:
HUB01\Submission Ready
HUB02\Submission Suspended
EDGE01\Submission Ready
Ready
## END

#### Resume-Queue of a queue that does not exist
Resume-Queue -Identity HUB01\99
## STDERR-CONTAINS: The object with identity HUB01\99 wasn't found.
## STDERR-CONTAINS: [Resume-Queue], QueueViewerException

#### Retry-Queue makes a queue in Retry try again at once
Dismount-Database DB01 -Confirm:$false
Send-MailMessage -To user01@contoso.com -From admin@contoso.com -Subject "Offline" -SmtpServer HUB01
Step-LabClock -Seconds 5
(Get-Queue HUB01\3).Status
Mount-Database DB01
Retry-Queue -Identity HUB01\3 -WhatIf
Retry-Queue -Identity HUB01\3
Step-LabClock -Seconds 5
(Get-MessageTrackingLog -MessageSubject "Offline" | ForEach-Object { $_.EventId }) -join ","
Get-Queue HUB01\3 | ForEach-Object { "$($_.Status) $($_.MessageCount)" }
## STDOUT:
Retry
What if: Retrying the queue "HUB01\3".
RECEIVE,DEFER,DELIVER
Ready 0
## END

#### Retry-Queue of a queue that does not exist
Retry-Queue -Identity HUB01\99
## STDERR-CONTAINS: The object with identity HUB01\99 wasn't found.
## STDERR-CONTAINS: [Retry-Queue], QueueViewerException

#### Resume-Message lets a suspended message go on
Send-MailMessage -To user01@contoso.com -From admin@contoso.com -Subject "Hold me" -SmtpServer HUB01
Suspend-Message -Identity HUB01\Submission\1 -Confirm:$false
Get-Message -Identity HUB01\Submission\1 | ForEach-Object { "$($_.Identity) $($_.Status)" }
Resume-Message -Identity HUB01\Submission\1 -WhatIf
Resume-Message -Identity HUB01\Submission\1
Step-LabClock -Seconds 5
(Get-MessageTrackingLog -MessageSubject "Hold me" | ForEach-Object { $_.EventId }) -join ","
## STDOUT:
HUB01\Submission\1 Suspended
What if: Resuming the message "HUB01\Submission\1".
RECEIVE,DELIVER
## END

#### Resume-Message of a message that does not exist
Resume-Message -Identity HUB01\Submission\99
## STDERR-CONTAINS: The object with identity HUB01\Submission\99 wasn't found.
## STDERR-CONTAINS: [Resume-Message], QueueViewerException

#### Transport server defaults, then Set-TransportServer changes the retry interval and expiration
Get-TransportServer HUB01 | Format-List MessageExpirationTimeout,MessageRetryInterval,TransientFailureRetryCount,TransientFailureRetryInterval,PoisonThreshold
Set-TransportServer HUB01 -MessageRetryInterval 00:05:00
Set-TransportServer HUB01 -MessageExpirationTimeout 1.00:00:00 -PoisonThreshold 5
$t = Get-TransportServer HUB01
"$($t.MessageRetryInterval) $($t.MessageExpirationTimeout) $($t.PoisonThreshold)"
## STDOUT:


MessageExpirationTimeout      : 2.00:00:00
MessageRetryInterval          : 00:01:00
TransientFailureRetryCount    : 6
TransientFailureRetryInterval : 00:05:00
PoisonThreshold               : 2



00:05:00 1.00:00:00 5
## END

#### Set-TransportServer -WhatIf changes nothing
# (the confirmation text of Set-TransportServer is not in the reference: only the effect is checked)
Set-TransportServer HUB01 -MessageRetryInterval 00:05:00 -WhatIf
if ("$((Get-TransportServer HUB01).MessageRetryInterval)" -ne '00:01:00') { throw 'changed by -WhatIf' }

#### Set-TransportServer refuses values out of range
Set-TransportServer HUB01 -TransientFailureRetryCount 16
(Get-TransportServer HUB01).TransientFailureRetryCount
## STDERR-CONTAINS: The value must be between 0 and 15, inclusive. Actual value: 16.
## STDOUT:
6
## END

#### Set-TransportServer of a server that does not exist
Set-TransportServer NOPE -PoisonThreshold 3
## STDERR-CONTAINS: [Set-TransportServer], ManagementObjectNotFoundException

#### Restart-Service -WhatIf and Restart-Service -PassThru on this computer
Restart-Service MSExchangeRepl -WhatIf
Restart-Service MSExchangeRepl -PassThru | ForEach-Object { "$($_.Name) $($_.Status)" }
## STDOUT:
What if: Performing the operation "Restart-Service" on target "Microsoft Exchange Replication Service (MSExchangeRepl)".
MSExchangeRepl Running
## END

#### Restart-Service on another server through Get-Service -ComputerName
Get-Service MSExchangeTransport -ComputerName HUB01 | Restart-Service -PassThru | ForEach-Object { "$($_.Name) $($_.Status) $($_.MachineName)" }
## STDOUT:
MSExchangeTransport Running HUB01
## END

#### Restart-Service of a service with dependents needs -Force
Restart-Service MSExchangeADTopology
(Get-Service MSExchangeADTopology).Status
## STDERR-CONTAINS: Cannot stop service 'Microsoft Exchange Active Directory Topology (MSExchangeADTopology)' because it has dependent services. It can only be stopped if the Force flag is set.
## STDOUT:
Running
## END

#### Restart-Service of a service that does not exist
Restart-Service NoSuchService
## STDERR-CONTAINS: Cannot find any service with service name 'NoSuchService'.
## STDERR-CONTAINS: NoServiceFoundForGivenName,Microsoft.PowerShell.Commands.RestartServiceCommand

#### Restore-DatabaseAvailabilityGroup needs DatacenterActivationMode DagOnly
Restore-DatabaseAvailabilityGroup DAG1 -ActiveDirectorySite Default-First-Site-Name
## STDERR-CONTAINS: You can run this command on a database availability group (DAG) only when the DatacenterActivationMode parameter for the DAG is set to DagOnly

#### Restore-DatabaseAvailabilityGroup with an alternate witness
Set-DatabaseAvailabilityGroup DAG1 -DatacenterActivationMode DagOnly
Restore-DatabaseAvailabilityGroup DAG1 -ActiveDirectorySite Default-First-Site-Name -AlternateWitnessServer HUB02 -AlternateWitnessDirectory C:\DAG1 -Confirm:$false
Get-DatabaseAvailabilityGroup DAG1 | ForEach-Object { "$($_.WitnessServer) $($_.WitnessDirectory)" }
## STDOUT:
hub02.contoso.com C:\DAG1
## END

#### Restore-DatabaseAvailabilityGroup of a DAG that does not exist
Restore-DatabaseAvailabilityGroup NODAG -ActiveDirectorySite Default-First-Site-Name
## STDERR-CONTAINS: The operation couldn't be performed because object 'NODAG' couldn't be found on 'DC01.contoso.com'.

#### Export-LabState and Import-LabState bring back a saved organization
$state = Join-Path (Split-Path $MyInvocation.MyCommand.Path) 'lab.json'
Set-Mailbox user01 -DisplayName 'Before'
Export-LabState $state
Set-Mailbox user01 -DisplayName 'After'
(Get-Mailbox user01).DisplayName
Import-LabState $state
(Get-Mailbox user01).DisplayName
## STDOUT:
After
Before
## END

#### Import-LabState of a missing file keeps the organization
$state = Join-Path (Split-Path $MyInvocation.MyCommand.Path) 'nothing.json'
Set-Mailbox user01 -DisplayName 'Kept'
Import-LabState $state
(Get-Mailbox user01).DisplayName
## STDERR-CONTAINS: doesn't exist.
## STDERR-CONTAINS: ImportLabStateFailed
## STDOUT:
Kept
## END

#### Export-LabState -WhatIf writes no state file
$state = Join-Path (Split-Path $MyInvocation.MyCommand.Path) 'whatif.json'
Export-LabState $state -WhatIf
Import-LabState $state
## STDERR-CONTAINS: whatif.json' doesn't exist.

#### A DAG change survives Export-LabState and Import-LabState
$state = Join-Path (Split-Path $MyInvocation.MyCommand.Path) 'dag.json'
Set-DatabaseAvailabilityGroup DAG1 -DatacenterActivationMode DagOnly
Export-LabState $state
Set-DatabaseAvailabilityGroup DAG1 -DatacenterActivationMode Off
Import-LabState $state
(Get-DatabaseAvailabilityGroup DAG1).DatacenterActivationMode
## STDOUT:
DagOnly
## END
