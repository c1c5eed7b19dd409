# Local mailbox moves: New-/Get-/Set-/Suspend-/Resume-/Remove-MoveRequest and
# Get-MoveRequestStatistics. Moves progress over simulated time (Step-LabClock): Queued, then
# InProgress, CompletionInProgress and Completed, when the mailbox is in the target database
# (RequestStatus values, reference §11). The New-MoveRequest confirmation is reference §14c.

#### New-MoveRequest queues the move; it completes over simulated time
$r = New-MoveRequest user01 -TargetDatabase DB02
$r.Status
$r.PSObject.TypeNames[0]
(Get-MoveRequest user01).TargetDatabase.Name
Step-LabClock -Seconds 40 | Out-Null
(Get-MoveRequest user01).Status
Step-LabClock -Minutes 10 | Out-Null
(Get-MoveRequest user01).Status
(Get-Mailbox user01).Database.Name
(Get-MoveRequestStatistics user01).PercentComplete
## STDOUT:
Queued
Microsoft.Exchange.Management.RecipientTasks.MoveRequest
DB02
InProgress
Completed
DB02
100
## END

#### New-MoveRequest -WhatIf (reference §14c text)
New-MoveRequest user02 -TargetDatabase DB03 -WhatIf
(Get-MoveRequest).Count
## STDOUT:
What if: Creating move request "user02".
0
## END

#### A mailbox has one move request until it is removed
New-MoveRequest user03 -TargetDatabase DB04 | Out-Null
New-MoveRequest user03 -TargetDatabase DB05
## STDERR-CONTAINS: already has a move request
## STDOUT:
## END

#### Moving to the database the mailbox is in
New-MoveRequest user01 -TargetDatabase DB01
## STDERR-CONTAINS: is already in the target database 'DB01'
## STDOUT:
## END

#### Get-MoveRequestStatistics while the move runs
New-MoveRequest user04 -TargetDatabase DB03 | Out-Null
Step-LabClock -Seconds 45 | Out-Null
$s = Get-MoveRequestStatistics user04
$s.Status
$s.StatusDetail
$s.PercentComplete -gt 0 -and $s.PercentComplete -lt 100
$s.TotalMailboxSize.ToBytes() -eq (Get-MailboxStatistics user04).TotalItemSize.Value.ToBytes()
$s.SourceDatabase.Name
$s.TargetDatabase.Name
## STDOUT:
InProgress
CopyingMessages
True
True
DB01
DB03
## END

#### Suspend-MoveRequest stops a move; Resume-MoveRequest finishes it
New-MoveRequest user05 -TargetDatabase DB06 | Out-Null
Suspend-MoveRequest user05
(Get-MoveRequest user05).Status
Step-LabClock -Hours 1 | Out-Null
(Get-MoveRequest user05).Status
(Get-Mailbox user05).Database.Name
Resume-MoveRequest user05
Step-LabClock -Hours 1 | Out-Null
(Get-MoveRequest user05).Status
(Get-Mailbox user05).Database.Name
## STDOUT:
Suspended
Suspended
DB01
Completed
DB06
## END

#### -SuspendWhenReadyToComplete stops at AutoSuspended
New-MoveRequest user06 -TargetDatabase DB02 -SuspendWhenReadyToComplete | Out-Null
Step-LabClock -Hours 1 | Out-Null
(Get-MoveRequest user06).Status
(Get-MoveRequestStatistics user06).PercentComplete
Get-MoveRequest user06 | Resume-MoveRequest
Step-LabClock -Hours 1 | Out-Null
(Get-MoveRequest user06).Status
## STDOUT:
AutoSuspended
95
Completed
## END

#### Get-MoveRequest filters: -MoveStatus, -BatchName, -TargetDatabase
Get-Mailbox -Database DB02 | New-MoveRequest -TargetDatabase DB05 -BatchName B1 | Out-Null
New-MoveRequest user01 -TargetDatabase DB03 -Suspend | Out-Null
(Get-MoveRequest -BatchName B1).Count
(Get-MoveRequest -MoveStatus Suspended).Count
(Get-MoveRequest -TargetDatabase DB03 | ForEach-Object { $_.Alias }) -join ","
(Get-MoveRequest -Suspend $true).Alias
## STDOUT:
10
1
user01
user01
## END

#### Remove-MoveRequest: completed requests are cleared, the mailbox can move again
New-MoveRequest user07 -TargetDatabase DB02 | Out-Null
Step-LabClock -Hours 1 | Out-Null
Get-MoveRequest -MoveStatus Completed | Remove-MoveRequest -Confirm:$false
(Get-MoveRequest).Count
(New-MoveRequest user07 -TargetDatabase DB01).Status
## STDOUT:
0
Queued
## END

#### Remove-MoveRequest cancels a move in progress
New-MoveRequest user08 -TargetDatabase DB04 | Out-Null
Remove-MoveRequest user08 -Confirm:$false
Step-LabClock -Hours 1 | Out-Null
(Get-Mailbox user08).Database.Name
Get-MoveRequest user08
## STDERR-CONTAINS: The operation couldn't be performed because object 'user08' couldn't be found on 'DC01.contoso.com'.
## STDOUT:
DB01
## END

#### Set-MoveRequest -BatchName
New-MoveRequest user09 -TargetDatabase DB04 | Out-Null
Set-MoveRequest user09 -BatchName Night1
(Get-MoveRequest user09).BatchName
## STDOUT:
Night1
## END
