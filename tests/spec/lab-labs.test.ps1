#### Get-Lab lists the labs
Get-Lab | Format-Table Name, Title -AutoSize
## STDOUT:

Name              Title                                     
----              -----                                     
SP1RollingUpgrade Exchange 2010 SP1 rolling upgrade of DAG1 
ShadowRedundancy  Exchange 2010 Shadow Redundancy           
OcsActivation     OCS 2007 R2 activation blocked by KB974571


## END

#### objectives are all unmet when a lab starts
Start-Lab SP1RollingUpgrade | Out-Null
Get-LabObjective | Format-Table Name, Met -AutoSize
## STDOUT:
Lab 'SP1RollingUpgrade' started: Exchange 2010 SP1 rolling upgrade of DAG1.
Upgrade E1401, E1402 and E1403 from Exchange 2010 RTM to SP1, one member at a time, without users ever losing a database: suspend activation on the member, switch its active databases over, install hotfix KB981002 with wusa.exe and restart, run setup.com /mode:Upgrade, resume the copies, and at the end put every database back on its preference-1 server. The maintenance scripts in $exscripts (StartDagServerMaintenance.ps1, StopDagServerMaintenance.ps1, RedistributeActiveDatabases.ps1) automate the DAG steps.
Get-LabObjective shows the objectives; Get-LabHint gives the next step.

Name                          Met
----                          ---
AllMembersAtSP1             False
NoDatabaseOutage            False
MembersBackInService        False
DatabasesOnPreferredServers False


## END

#### Start-Lab tells what the lab is about
Start-Lab OcsActivation
## STDOUT:
Lab 'OcsActivation' started: OCS 2007 R2 activation blocked by KB974571.
Activating Office Communications Server 2007 R2 on OCS01 into its Enterprise pool fails with [0xC3EC78D8] 'Failed to read the Office Communications Server version information...'. Diagnose it (Get-HotFix), remove the CryptoAPI update KB974571 (wusa.exe /uninstall /kb:974571) and restart, activate the server (LcsCmd.exe /Action:Activate /Role:EEFE), reinstall KB974571, restart, and run OCSASNFix.exe so the OCS services keep working.
Get-LabObjective shows the objectives; Get-LabHint gives the next step.
## END

#### the first hint of the SP1 lab
Start-Lab 1 6> $null
Get-LabHint
## STDOUT:
Upgrade E1401 next. Every member hosts active databases, so any will do. First stop Active Manager from activating copies there: Get-MailboxDatabaseCopyStatus -Server E1401 | Suspend-MailboxDatabaseCopy -ActivationOnly -Confirm:$False -SuspendComment "Install SP1 for Exchange 2010" (StartDagServerMaintenance.ps1 -serverName E1401 in $exscripts does this, the switchover and more).
## END

#### Get-LabObjective without a lab
Get-LabObjective
## STDERR-CONTAINS: Get-LabObjective : No lab is running. Start one with Start-Lab -Name <name>; Get-Lab lists the labs.
## STDOUT:
## END

#### Stop-Lab -PassThru returns the final objectives
Start-Lab ShadowRedundancy 6> $null
Stop-Lab -PassThru | ForEach-Object { "$($_.Name)=$($_.Met)" }
## STDOUT:
ShadowCopyKept=False
ResubmittedAfterHubLoss=False
MessageLostWithoutShadow=False
ShadowRedundancyRestored=False
## END

#### unknown lab
Start-Lab NoSuchLab
## STDERR-CONTAINS: Start-Lab : Cannot find a lab with the name 'NoSuchLab'. Get-Lab lists the labs.
## STDOUT:
## END

#### the maintenance scripts are in $exscripts
Get-ChildItem $exscripts\*.ps1 | Sort-Object Name | ForEach-Object { $_.Name }
## STDOUT:
RedistributeActiveDatabases.ps1
StartDagServerMaintenance.ps1
StopDagServerMaintenance.ps1
## END

#### database distribution by server
& $exscripts\RedistributeActiveDatabases.ps1 -DagName DAG1 -ShowDatabaseDistributionByServer
## STDOUT:

Database distribution of DAG1 by server:

ServerName ActiveDbs PassiveDbs MountedDbs DismountedDbs PreferenceCountList
---------- --------- ---------- ---------- ------------- -------------------
E1401              2          4          2             0 {2, 2, 2}          
E1402              2          4          2             0 {2, 2, 2}          
E1403              2          4          2             0 {2, 2, 2}          


## END

#### after suspending activation the hint asks for the switchover
Start-Lab SP1RollingUpgrade 6> $null
'DB01', 'DB02', 'DB03', 'DB04', 'DB05', 'DB06' | ForEach-Object { Suspend-MailboxDatabaseCopy "$_\E1402" -ActivationOnly -Confirm:$False -SuspendComment "Install SP1" }
Get-LabHint
## STDOUT:
E1402 still hosts active databases (DB03, DB04). Switch them over before touching it: Move-ActiveMailboxDatabase -Server E1402.
## END

#### tips about the seeded topics
@(Get-Tip -All | Where-Object { $_ -like '*KB974571*' }).Count -ge 1
## STDOUT:
True
## END
