# Database copies and switchovers. The copy status view follows the real EMS layout
# (reference §5: columns at 0/46/62/72/84/107, headers "CopyQueue"/"Length",
# "ReplayQueue"/"Length", "ContentIndex"/"State"; active copies show Mounted and no
# LastInspectedLogTime). In the built-in organization E1401 is preferred for DB01 and DB02,
# E1402 for DB03 and DB04, E1403 for DB05 and DB06.

#### Get-MailboxDatabaseCopyStatus -Server default view
Get-MailboxDatabaseCopyStatus -Server E1402
## STDOUT:

Name                                          Status          CopyQueue ReplayQueue LastInspectedLogTime   ContentIndex
                                                              Length    Length                             State       
----                                          ------          --------- ----------- --------------------   ------------
DB01\E1402                                    Healthy         0         0           11/15/2010 9:00:00 AM  Healthy     
DB02\E1402                                    Healthy         0         0           11/15/2010 9:00:00 AM  Healthy     
DB03\E1402                                    Mounted         0         0                                  Healthy     
DB04\E1402                                    Mounted         0         0                                  Healthy     
DB05\E1402                                    Healthy         0         0           11/15/2010 9:00:00 AM  Healthy     
DB06\E1402                                    Healthy         0         0           11/15/2010 9:00:00 AM  Healthy     


## END

#### Get-MailboxDatabaseCopyStatus for one database lists its copies by preference
Get-MailboxDatabaseCopyStatus DB02 | ForEach-Object { "{0} {1} {2}" -f $_.Name, $_.Status, $_.ActiveDatabaseCopy }
## STDOUT:
DB02\E1401 Mounted e1401
DB02\E1403 Healthy e1401
DB02\E1402 Healthy e1401
## END

#### Get-MailboxDatabaseCopyStatus with wildcards and -Active
Get-MailboxDatabaseCopyStatus 'DB0*\E1403' | ForEach-Object { $_.Name }
Get-MailboxDatabaseCopyStatus * -Active | ForEach-Object { $_.Name }
## STDOUT:
DB01\E1403
DB02\E1403
DB03\E1403
DB04\E1403
DB05\E1403
DB06\E1403
DB01\E1401
DB02\E1401
DB03\E1402
DB04\E1402
DB05\E1403
DB06\E1403
## END

#### Get-MailboxDatabaseCopyStatus for an unknown copy
Get-MailboxDatabaseCopyStatus DB01\E1409
Get-MailboxDatabaseCopyStatus DB99\E1401
## STDERR-CONTAINS: The operation couldn't be performed because object 'DB01\E1409' couldn't be found on 'DC01.contoso.com'.
## STDERR-CONTAINS: Couldn't find database "DB99". Make sure you have typed it correctly.
## STDOUT:
## END

#### Suspend-MailboxDatabaseCopy -WhatIf texts
Suspend-MailboxDatabaseCopy DB01\E1402 -WhatIf
Suspend-MailboxDatabaseCopy DB01\E1402 -ActivationOnly -WhatIf
## STDOUT:
What if: Suspending mailbox database copy "DB01" on server "E1402".
What if: Suspending activation of mailbox database copy "DB01" on server "E1402".
## END

#### The active copy cannot be suspended
Suspend-MailboxDatabaseCopy DB01\E1401 -Confirm:$false
## STDERR-CONTAINS: The suspend operation can't proceed because database 'DB01' on Exchange Mailbox server 'E1401' is the active mailbox database copy.
## STDOUT:
## END

#### Suspend and resume a passive copy over simulated time
Suspend-MailboxDatabaseCopy DB01\E1402 -SuspendComment "Disk check" -Confirm:$false
Get-MailboxDatabaseCopyStatus DB01\E1402 | Format-List Status,ActivationSuspended,SuspendComment
Resume-MailboxDatabaseCopy DB01\E1402
(Get-MailboxDatabaseCopyStatus DB01\E1402).Status
Step-LabClock -Minutes 1
(Get-MailboxDatabaseCopyStatus DB01\E1402).Status
## STDOUT:


Status              : Suspended
ActivationSuspended : True
SuspendComment      : Disk check



Initializing
Healthy
## END

#### The seed scenario: activation-suspend E1402, move its databases, resume
Get-MailboxDatabaseCopyStatus -Server E1402 | Suspend-MailboxDatabaseCopy -ActivationOnly -Confirm:$False -SuspendComment "Install  SP1 for Exchange 2010"
Move-ActiveMailboxDatabase -Server E1402
## STDOUT:

Identity        ActiveServerAtS ActiveServerAtE Status     NumberOfLogsLost   RecoveryPoint MountStatus MountStatus
                tart            nd                                            Objective     AtMoveStart AtMoveEnd  
--------        --------------- --------------- ------     ----------------   ------------- ----------- -----------
DB03            E1402           E1403           Succeeded  0                  11/15/2010... Mounted     Mounted    
DB04            E1402           E1401           Succeeded  0                  11/15/2010... Mounted     Mounted    


## END

#### After the seed scenario no copy on E1402 is active or activation-suspended
Get-MailboxDatabaseCopyStatus -Server E1402 | Suspend-MailboxDatabaseCopy -ActivationOnly -Confirm:$False -SuspendComment "Install  SP1 for Exchange 2010"
(Get-MailboxDatabaseCopyStatus -Server E1402 | Where-Object { $_.ActivationSuspended }).Count
(Get-MailboxDatabaseCopyStatus DB03\E1402).SuspendComment
Move-ActiveMailboxDatabase -Server E1402 | Out-Null
(Get-MailboxDatabaseCopyStatus -Server E1402 -Active).Count
Get-MailboxDatabaseCopyStatus -Server E1402 | Resume-MailboxDatabaseCopy
(Get-MailboxDatabaseCopyStatus -Server E1402 | Where-Object { $_.ActivationSuspended }).Count
## STDOUT:
6
Install  SP1 for Exchange 2010
0
0
## END

#### Move-ActiveMailboxDatabase -WhatIf texts
Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1402 -WhatIf
Move-ActiveMailboxDatabase DB01 -WhatIf
Move-ActiveMailboxDatabase -Server E1401 -WhatIf
Move-ActiveMailboxDatabase -Server E1401 -ActivateOnServer E1403 -WhatIf
## STDOUT:
What if: Moving mailbox database "DB01" from server "E1401" to server "E1402".
What if: Moving mailbox database "DB01" from server "E1401" to another Mailbox server in the database availability group.
What if: Moving all active mailbox databases from server "E1401" to one or more other Mailbox servers in the database availability group.
What if: Moving all active mailbox databases from server "E1401" to server "E1403".
## END

#### Switchover of one database
Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1403 -Confirm:$false | ForEach-Object { "{0} {1} {2} {3}" -f $_.Identity, $_.ActiveServerAtStart, $_.ActiveServerAtEnd, $_.Status }
(Get-MailboxDatabase DB01).Server.Name
## STDOUT:
DB01 E1401 E1403 Succeeded
E1403
## END

#### Switchover refused: the target is activation-suspended
Suspend-MailboxDatabaseCopy DB01\E1402 -ActivationOnly -SuspendComment Maintenance -Confirm:$false
Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1402
## STDERR-CONTAINS: An Active Manager operation failed. Error: The database action failed. Error: An error occurred while trying to validate the specified database copy for possible activation. Error: Database copy 'DB01' has been blocked from automatic activation on server 'E1402' by an administrative action. Reason: Maintenance.
## STDOUT:
## END

#### Switchover refused: the target server is Blocked, unless health checks are skipped
Set-MailboxServer E1402 -DatabaseCopyAutoActivationPolicy Blocked
Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1402
Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1402 -SkipHealthChecks | ForEach-Object { $_.ActiveServerAtEnd }
## STDERR-CONTAINS: Server 'E1402' has database copy auto activation policy configuration of 'Blocked'.
## STDOUT:
E1402
## END

#### Switchover refused: already active there
Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1401
## STDERR-CONTAINS: Database 'DB01' is already hosted on target server 'E1401'.
## STDOUT:
## END

#### Move-ActiveMailboxDatabase rejects a bad mount dial
Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1402 -MountDialOverride Sometimes
## STDERR-CONTAINS: The possible enumeration values are "None, Lossless, GoodAvailability, BestAvailability, BestEffort".
## STDOUT:
## END

#### Remove-MailboxDatabaseCopy -WhatIf, and the active copy cannot be removed
Remove-MailboxDatabaseCopy DB01\E1403 -WhatIf
Remove-MailboxDatabaseCopy DB01\E1401 -Confirm:$false
## STDERR-CONTAINS: can't be removed because it is the active copy
## STDOUT:
What if: Removing database copy for database "DB01" on server "E1403".
## END

#### Remove and add a copy; the new copy seeds over simulated time
Remove-MailboxDatabaseCopy DB01\E1403 -Confirm:$false
(Get-MailboxDatabaseCopyStatus DB01).Count
Add-MailboxDatabaseCopy -Identity DB01 -MailboxServer E1403 -ActivationPreference 2
Get-MailboxDatabaseCopyStatus DB01 | ForEach-Object { "{0} {1}" -f $_.Name, $_.Status }
Step-LabClock -Minutes 10
(Get-MailboxDatabaseCopyStatus DB01\E1403).Status
(Get-MailboxDatabase DB01).ActivationPreference | ForEach-Object { "$($_.Key.Name)=$($_.Value)" }
## STDOUT:
2
DB01\E1401 Mounted
DB01\E1403 Seeding
DB01\E1402 Healthy
Healthy
E1401=1
E1403=2
E1402=3
## END

#### Add-MailboxDatabaseCopy where a copy exists
Add-MailboxDatabaseCopy -Identity DB01 -MailboxServer E1402
## STDERR-CONTAINS: The database "DB01" already has a copy hosted on server "E1402". Choose a different server.
## STDOUT:
## END

#### Set-MailboxDatabaseCopy renumbers the activation preferences
Set-MailboxDatabaseCopy DB01\E1403 -ActivationPreference 1
(Get-MailboxDatabase DB01).ActivationPreference | ForEach-Object { "$($_.Key.Name)=$($_.Value)" }
Set-MailboxDatabaseCopy DB01\E1403 -ActivationPreference 4
## STDERR-CONTAINS: The value of the ActivationPreference specified, "4", is invalid. Specify an integer between 1 and 3.
## STDOUT:
E1403=1
E1401=2
E1402=3
## END

#### Update-MailboxDatabaseCopy needs a suspended copy
Update-MailboxDatabaseCopy DB02\E1402 -Confirm:$false
## STDERR-CONTAINS: Couldn't seed the mailbox database copy because it is not suspended. Please suspend the mailbox database copy, and then retry the seed operation.
## STDOUT:
## END

#### Update-MailboxDatabaseCopy reseeds a suspended copy
Suspend-MailboxDatabaseCopy DB02\E1402 -Confirm:$false
Update-MailboxDatabaseCopy DB02\E1402 -DeleteExistingFiles -Confirm:$false
(Get-MailboxDatabaseCopyStatus DB02\E1402).Status
Step-LabClock -Minutes 10
(Get-MailboxDatabaseCopyStatus DB02\E1402).Status
## STDOUT:
Seeding
Healthy
## END

#### Test-ReplicationHealth
Test-ReplicationHealth E1402
## STDOUT:

Server          Check                      Result     Error                                                             
------          -----                      ------     -----                                                             
E1402           ClusterService             Passed                                                                       
E1402           ReplayService              Passed                                                                       
E1402           ActiveManager              Passed                                                                       
E1402           TasksRpcListener           Passed                                                                       
E1402           TcpListener                Passed                                                                       
E1402           DagMembersUp               Passed                                                                       
E1402           ClusterNetwork             Passed                                                                       
E1402           QuorumGroup                Passed                                                                       
E1402           FileShareQuorum            Passed                                                                       
E1402           DBCopySuspended            Passed                                                                       
E1402           DBCopyFailed               Passed                                                                       
E1402           DBInitializing             Passed                                                                       
E1402           DBDisconnected             Passed                                                                       
E1402           DBLogCopyKeepingUp         Passed                                                                       
E1402           DBLogReplayKeepingUp       Passed                                                                       


## END

#### Test-ReplicationHealth reports a suspended copy
Suspend-MailboxDatabaseCopy DB01\E1402 -Confirm:$false
Test-ReplicationHealth E1402 | Where-Object { $_.Result -ne 'Passed' } | ForEach-Object { "{0} {1}" -f $_.Check, $_.Result }
## STDOUT:
DBCopySuspended Failed
## END

#### Test-ServiceHealth
Test-ServiceHealth -Server HUB01
## STDOUT:


Role                    : Client Access Server Role
RequiredServicesRunning : True
ServicesRunning         : {IISAdmin, MSExchangeAB, MSExchangeADTopology, MSExchangeFBA...}
ServicesNotRunning      : {}

Role                    : Hub Transport Server Role
RequiredServicesRunning : True
ServicesRunning         : {IISAdmin, MSExchangeADTopology, MSExchangeEdgeSync, MSExchangeServiceHost...}
ServicesNotRunning      : {}



## END
#### Dismount-Database and Mount-Database
Dismount-Database DB01 -Confirm:$false
(Get-MailboxDatabase DB01 -Status).Mounted
(Get-MailboxDatabaseCopyStatus DB01\E1401).Status
Mount-Database DB01
(Get-MailboxDatabase DB01 -Status).Mounted
## STDOUT:
False
Dismounted
True
## END

#### Get-MailboxDatabaseCopyStatus -Local with an identity
Enter-LabServer E1403
Get-MailboxDatabaseCopyStatus DB01 -Local | ForEach-Object { $_.Name }
Test-ServiceHealth | ForEach-Object { $_.Role }
## STDOUT:
DB01\E1403
Mailbox Server Role
## END

#### Stop-LabServer crashes a DAG member: its databases fail over
Stop-LabServer E1401
Get-MailboxDatabaseCopyStatus DB01 | ForEach-Object { "{0} {1}" -f $_.Name, $_.Status }
Start-LabServer E1401
Step-LabClock -Minutes 1
(Get-MailboxDatabaseCopyStatus DB01\E1401).Status
## STDOUT:
DB01\E1401 ServiceDown
DB01\E1402 Mounted
DB01\E1403 Healthy
Healthy
## END
