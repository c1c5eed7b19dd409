# Mailbox databases: Get-/New-/Set-/Remove-MailboxDatabase, Mount-/Dismount-Database. The
# default view follows the real Exchange 2010 layout (reference §3: columns at 0/31/47/63).

#### Get-MailboxDatabase default view
Get-MailboxDatabase
## STDOUT:

Name                           Server          Recovery        ReplicationType
----                           ------          --------        ---------------
DB01                           E1401           False           Remote         
DB02                           E1401           False           Remote         
DB03                           E1402           False           Remote         
DB04                           E1402           False           Remote         
DB05                           E1403           False           Remote         
DB06                           E1403           False           Remote         


## END

#### Get-MailboxDatabase -Server lists the databases with a copy there
Get-MailboxDatabase -Server E1401 | ForEach-Object { $_.Name }
## STDOUT:
DB01
DB02
DB03
DB04
DB05
DB06
## END

#### The -Status properties are $null without -Status
$db = Get-MailboxDatabase DB01
$null -eq $db.Mounted
$null -eq $db.MountedOnServer
## STDOUT:
True
True
## END

#### Get-MailboxDatabase -Status
Get-MailboxDatabase -Status | ForEach-Object { "{0} {1} {2}" -f $_.Name, $_.Mounted, $_.MountedOnServer }
## STDOUT:
DB01 True E1401.contoso.com
DB02 True E1401.contoso.com
DB03 True E1402.contoso.com
DB04 True E1402.contoso.com
DB05 True E1403.contoso.com
DB06 True E1403.contoso.com
## END

#### Replication properties
$db = Get-MailboxDatabase DB02
"$($db.Servers)"
$db.ActivationPreference | ForEach-Object { "$($_.Key.Name)=$($_.Value)" }
$db.ReplicationType
$db.MasterServerOrAvailabilityGroup.Name
## STDOUT:
E1401 E1403 E1402
E1401=1
E1403=2
E1402=3
Remote
DAG1
## END

#### Get-MailboxDatabase for an unknown database
Get-MailboxDatabase DB99
## STDERR-CONTAINS: Couldn't find database "DB99". Make sure you have typed it correctly.
## STDOUT:
## END

#### Dismount-Database -WhatIf
Dismount-Database DB01 -WhatIf
## STDOUT:
What if: Dismounting database "DB01". This may result in reduced availability for mailboxes in the database.
## END

#### Set-MailboxDatabase quotas
Set-MailboxDatabase DB01 -ProhibitSendQuota 3GB -IssueWarningQuota 2900MB -ProhibitSendReceiveQuota unlimited
Get-MailboxDatabase DB01 | Format-List IssueWarningQuota,ProhibitSendQuota,ProhibitSendReceiveQuota
## STDOUT:


IssueWarningQuota        : 2.832 GB (3,040,870,400 bytes)
ProhibitSendQuota        : 3 GB (3,221,225,472 bytes)
ProhibitSendReceiveQuota : unlimited



## END

#### Set-MailboxDatabase -WhatIf
Set-MailboxDatabase DB02 -DeletedItemRetention 30.00:00:00 -WhatIf
"$((Get-MailboxDatabase DB02).DeletedItemRetention)"
## STDOUT:
What if: Setting mailbox database "DB02".
14.00:00:00
## END

#### Set-MailboxDatabase rejects a bad size
Set-MailboxDatabase DB01 -ProhibitSendQuota lots
## STDERR-CONTAINS: Cannot bind parameter 'ProhibitSendQuota'.
## STDOUT:
## END

#### New-MailboxDatabase creates a dismounted database
New-MailboxDatabase -Name DB07 -Server E1401
## STDERR-CONTAINS: WARNING: Please restart the Microsoft Exchange Information Store service on server E1401 after adding new mailbox databases.
## STDOUT:

Name                           Server          Recovery        ReplicationType
----                           ------          --------        ---------------
DB07                           E1401           False           None           


## END

#### A new database is dismounted and has one copy
New-MailboxDatabase -Name DB07 -Server E1401 -WarningAction SilentlyContinue | Out-Null
(Get-MailboxDatabase DB07 -Status).Mounted
"$((Get-MailboxDatabase DB07).Servers)"
## STDOUT:
False
E1401
## END

#### Remove-MailboxDatabase refuses a database with mailboxes
Remove-MailboxDatabase DB01 -Confirm:$false
## STDERR-CONTAINS: This mailbox database contains one or more mailboxes
## STDOUT:
## END

#### Remove-MailboxDatabase -WhatIf
Remove-MailboxDatabase DB03 -WhatIf
## STDOUT:
What if: Removing mailbox database "DB03".
## END

#### -DumpsterStatistics is $null without the switch
$db = Get-MailboxDatabase DB01
$null -eq $db.DumpsterStatistics
$null -eq $db.DumpsterServersNotAvailable
## STDOUT:
True
True
## END

#### -DumpsterStatistics asks every hub of the site; an empty dumpster prints Server(items;sizeKB)
# DumpsterStatisticsEntry.ToString: "{0}({1};{2};{3}KB)" with the oldest item, "{0}({1};{2}KB)"
# without one (X13 decompiled class). -DumpsterStatistics does not fill the -Status properties.
$db = Get-MailboxDatabase DB02 -DumpsterStatistics
$db.DumpsterStatistics | ForEach-Object { "$_" }
$db.DumpsterServersNotAvailable.Count
$null -eq $db.Mounted
## STDOUT:
HUB01.contoso.com(0;0KB)
HUB02.contoso.com(0;0KB)
0
True
## END

#### A delivered message stays in the delivering hub's dumpster; a stopped hub is listed as not available
Send-MailMessage -SmtpServer HUB01 -From administrator@contoso.com -To user01@contoso.com -Subject "dumpster" -Body "x"
Step-LabClock -Minutes 2 | Out-Null
$e = (Get-MailboxDatabase DB01 -DumpsterStatistics).DumpsterStatistics | Where-Object { $_.NumberOfItems }
$e.Server
$e.NumberOfItems
$e.OldestItem -is [datetime]
$e.QueueSize -gt 0
"$e" -like "HUB01.contoso.com(11/15/2010 9:0?:?? AM;1;*KB)"
Stop-LabServer HUB02
$db = Get-MailboxDatabase DB01 -DumpsterStatistics -Status
$db.DumpsterStatistics | ForEach-Object { $_.Server }
$db.DumpsterServersNotAvailable
$db.Mounted
## STDOUT:
HUB01.contoso.com
1
True
True
True
HUB01.contoso.com
HUB02.contoso.com
True
## END
