#### setup refuses to upgrade a DAG member without KB981002
Enter-LabServer E1402
D:\setup.com /mode:Upgrade
"exit code $LASTEXITCODE"
(Get-ExchangeServer E1402).AdminDisplayVersion.ToString()
## STDOUT:

Welcome to Microsoft Exchange Server 2010 Service Pack 1 Unattended Setup

Preparing Exchange Setup

    Copying Setup Files                                       COMPLETED

The following server roles will be upgraded
Languages
Management Tools
Mailbox Role

Performing Microsoft Exchange Server Prerequisite Check

    Organization Prerequisites        ......................... COMPLETED
    Language Pack Checks              ......................... COMPLETED
    Mailbox Role Prerequisites        ......................... FAILED
     The Windows Server 2008 R2 hotfix KB981002 is required on members of a database availability group before they are upgraded to Exchange Server 2010 SP1. Install it from http://support.microsoft.com/?kbid=981002, restart the computer, and then run Setup again.


The Exchange Server setup operation didn't complete. More details can be found in ExchangeSetup.log located in the <SystemDrive>:\ExchangeSetupLogs folder.
exit code 1
Version 14.0 (Build 639.21)
## END

#### wusa leaves a restart pending with /norestart
Enter-LabServer E1402
wusa.exe C:\Updates\Windows6.1-KB981002-x64.msu /quiet /norestart
"exit code $LASTEXITCODE"
Get-HotFix -Id KB981002 -ErrorAction SilentlyContinue | Measure-Object | ForEach-Object { $_.Count }
Restart-Computer
Step-LabClock -Minutes 3
(Get-HotFix -Id KB981002).HotFixID
## STDOUT:
exit code 3010
0
KB981002
## END

#### the seed's runbook on one member
Get-MailboxDatabaseCopyStatus -Server E1402 | Suspend-MailboxDatabaseCopy -ActivationOnly -Confirm:$False -SuspendComment "Install  SP1 for Exchange 2010"
Move-ActiveMailboxDatabase -Server E1402 | Out-Null
Enter-LabServer E1402
wusa.exe C:\Updates\Windows6.1-KB981002-x64.msu /quiet
Step-LabClock -Minutes 3
setup.com /m:upgrade
Exit-LabServer
Step-LabClock -Minutes 2
Get-MailboxDatabaseCopyStatus -Server E1402 | Resume-MailboxDatabaseCopy
Get-ExchangeServer | Select-Object Name, AdminDisplayVersion
## STDOUT:

Welcome to Microsoft Exchange Server 2010 Service Pack 1 Unattended Setup

Preparing Exchange Setup

    Copying Setup Files                                       COMPLETED

The following server roles will be upgraded
Languages
Management Tools
Mailbox Role

Performing Microsoft Exchange Server Prerequisite Check

    Organization Prerequisites        ......................... COMPLETED
    Language Pack Checks              ......................... COMPLETED
    Mailbox Role Prerequisites        ......................... COMPLETED

Configuring Microsoft Exchange Server

    Organization Preparation          ......................... COMPLETED
    Preparing Setup                   ......................... COMPLETED
    Stopping Services                 ......................... COMPLETED
    Language Files                    ......................... COMPLETED
    Removing Exchange Files           ......................... COMPLETED
    Preparing Files                   ......................... COMPLETED
    Copying Exchange Files            ......................... COMPLETED
    Language Files                    ......................... COMPLETED
    Restoring Services                ......................... COMPLETED
    Languages                         ......................... COMPLETED
    Management Tools                  ......................... COMPLETED
    Mailbox Server Role               ......................... COMPLETED
    Finalizing Setup                  ......................... COMPLETED

The Exchange Server setup operation completed successfully.


Name   AdminDisplayVersion        
----   -------------------        
E1401  Version 14.0 (Build 639.21)
E1402  Version 14.1 (Build 218.15)
E1403  Version 14.0 (Build 639.21)
HUB01  Version 14.0 (Build 639.21)
HUB02  Version 14.0 (Build 639.21)
EDGE01 Version 14.0 (Build 639.21)


## END

#### StartDagServerMaintenance.ps1 moves everything off the member
& $exscripts\StartDagServerMaintenance.ps1 -serverName E1403.contoso.com
Get-MailboxDatabaseCopyStatus -Server E1403 | Format-Table Name, Status, ActivationSuspended -AutoSize
cluster.exe /cluster:DAG1 node
## STDOUT:
[StartDagServerMaintenance] Blocking automatic activation on E1403.
[StartDagServerMaintenance] Suspending activation of DB01\E1403.
[StartDagServerMaintenance] Suspending activation of DB02\E1403.
[StartDagServerMaintenance] Suspending activation of DB03\E1403.
[StartDagServerMaintenance] Suspending activation of DB04\E1403.
[StartDagServerMaintenance] Suspending activation of DB05\E1403.
[StartDagServerMaintenance] Suspending activation of DB06\E1403.
[StartDagServerMaintenance] Pausing cluster node E1403.
[StartDagServerMaintenance] Moving the active copy of DB05 off E1403.
[StartDagServerMaintenance] Moving the active copy of DB06 off E1403.
[StartDagServerMaintenance] E1403 is in maintenance: no active databases, activation blocked, cluster node paused.

Name       Status  ActivationSuspended
----       ------  -------------------
DB01\E1403 Healthy                True
DB02\E1403 Healthy                True
DB03\E1403 Healthy                True
DB04\E1403 Healthy                True
DB05\E1403 Healthy                True
DB06\E1403 Healthy                True


Listing status for all available nodes:

Node           Node ID Status
-------------- ------- ---------------------
E1401                1 Up
E1402                2 Up
E1403                3 Paused
## END

#### StopDagServerMaintenance.ps1 brings it back
& $exscripts\StartDagServerMaintenance.ps1 -serverName E1403 6> $null
& $exscripts\StopDagServerMaintenance.ps1 -serverName E1403
Get-MailboxServer E1403 | Format-Table Name, DatabaseCopyAutoActivationPolicy -AutoSize
## STDOUT:
[StopDagServerMaintenance] Resuming DB01\E1403.
[StopDagServerMaintenance] Resuming DB02\E1403.
[StopDagServerMaintenance] Resuming DB03\E1403.
[StopDagServerMaintenance] Resuming DB04\E1403.
[StopDagServerMaintenance] Resuming DB05\E1403.
[StopDagServerMaintenance] Resuming DB06\E1403.
[StopDagServerMaintenance] Resuming cluster node E1403.
[StopDagServerMaintenance] Allowing automatic activation on E1403 again.
[StopDagServerMaintenance] E1403 is back in service. Run RedistributeActiveDatabases.ps1 to rebalance the active databases.

Name  DatabaseCopyAutoActivationPolicy
----  --------------------------------
E1403 Unrestricted                    


## END

#### RedistributeActiveDatabases.ps1 moves with Move-ActiveMailboxDatabase -Confirm:$Confirm ($true by default)
# The Exchange 2010 SP1 script declares [switch] $Confirm = $true and passes it to each
# Move-ActiveMailboxDatabase, so an unattended run cannot answer the cmdlet's prompt: the move fails
# with PowerShell's NonInteractive error and the database stays where it was (MoveFailed).
Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1402 | Out-Null
$r = & $exscripts\RedistributeActiveDatabases.ps1 -DagName DAG1 -BalanceDbsByActivationPreference 6> $null
$r | Format-Table DbName, ActiveServerAtStart, ActiveServerAtEnd, MoveStatus -AutoSize
(Get-MailboxDatabase DB01 -Status).MountedOnServer
## STDERR-CONTAINS: Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.
## STDOUT:

DbName ActiveServerAtStart ActiveServerAtEnd MoveStatus     
------ ------------------- ----------------- ----------     
DB01   E1402               E1402             MoveFailed     
DB02   E1401               E1401             NoMoveAttempted
DB03   E1402               E1402             NoMoveAttempted
DB04   E1402               E1402             NoMoveAttempted
DB05   E1403               E1403             NoMoveAttempted
DB06   E1403               E1403             NoMoveAttempted


E1402.contoso.com
## END

#### RedistributeActiveDatabases.ps1 rebalances and writes one move status per database
# DatabaseMoveStatus of the Exchange script: DbName, ActiveOnPreferenceAtStart, ActiveServerAtStart,
# ActiveOnPreferenceAtEnd, ActiveServerAtEnd, IsOnMostPreferredCopy, MoveStatus (7 properties: a list).
Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1402 | Out-Null
& $exscripts\RedistributeActiveDatabases.ps1 -DagName DAG1 -BalanceDbsByActivationPreference -Confirm:$false 6> $null | Select-Object -First 1
Get-MailboxDatabase DB01 -Status | Format-Table Name, Server -AutoSize
## STDOUT:


DbName                    : DB01
ActiveOnPreferenceAtStart : 2
ActiveServerAtStart       : E1402
ActiveOnPreferenceAtEnd   : 1
ActiveServerAtEnd         : E1401
IsOnMostPreferredCopy     : True
MoveStatus                : MoveSucceeded




Name Server
---- ------
DB01 E1401 


## END

#### RedistributeActiveDatabases.ps1 prints the Exchange report: header, moves, summary of moves
Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1402 | Out-Null
$out = & $exscripts\RedistributeActiveDatabases.ps1 -DagName DAG1 -BalanceDbsByActivationPreference -Confirm:$false *>&1 | Out-String
$out -match "Balance DAG DBs"
$out -match "Starting Server Distribution"
$out -match "Starting Database Moves"
$out -match "Successfully moved      : 1"
$out -match "Moved to less preferred : 0"
$out -match "Not moved               : 5"
## STDOUT:
True
True
True
True
True
True
## END

#### OCS activation fails while KB974571 is installed
Enter-LabServer OCS01
LcsCmd.exe /Server:OCS01.contoso.com /Action:Activate /Role:EEFE /PoolName:pool01 /Password:P@ssw0rd
"exit code $LASTEXITCODE"
## STDOUT:
Activate Enterprise Edition Server: OCS01.contoso.com in pool pool01.contoso.com
Failure [0xC3EC78D8] Failed to read the Office Communications Server version information. This can happen if the computer clock is not set to correct date and time.
Detailed results can be found at "C:\Users\Administrator\AppData\Local\Temp\Activate[2010_11_15][09_00_00].html".
exit code 1
## END

#### OCSASNFix.exe needs an activated OCS server
Enter-LabServer OCS01
OCSASNFix.exe
Enter-LabServer E1401
OCSASNFix.exe
## STDOUT:
OCSASNFix: Office Communications Server 2007 R2 on OCS01 is not activated. Activate the server first, then run OCSASNFix.exe. Nothing was changed.
OCSASNFix: Office Communications Server 2007 R2 is not installed on E1401. This fix applies only to computers running Office Communications Server 2007 R2. Nothing was changed.
## END

#### the OCS lab end to end
Start-Lab OcsActivation 6> $null
Enter-LabServer OCS01
wusa.exe /uninstall /kb:974571 /quiet
Step-LabClock -Minutes 3
LcsCmd.exe /Server:OCS01.contoso.com /Action:Activate /Role:EEFE /PoolName:pool01 /Password:P@ssw0rd | Select-Object -First 1
wusa.exe C:\Updates\Windows6.1-KB974571-x64.msu /quiet
Step-LabClock -Minutes 3
(Get-Service RTCSRV).Status
OCSASNFix.exe
(Get-Service RTCSRV).Status
Get-LabObjective | ForEach-Object { "$($_.Name)=$($_.Met)" }
## STDOUT:
Activate Enterprise Edition Server: OCS01.contoso.com in pool pool01.contoso.com
Stopped
OCSASNFix: updating the Office Communications Server 2007 R2 certificate handling for KB974571...
OCSASNFix: completed successfully.
Running
OcsActivated=True
SecurityUpdateReinstalled=True
AsnFixApplied=True
FrontEndRunning=True
## END

#### wusa.exe /quiet restarts the console's computer and the console is back when it is
# Without /norestart, wusa /quiet restarts the computer by itself; as with Restart-Computer on this
# computer, simulated time passes until it is back, so the next command runs on the restarted server.
Move-ActiveMailboxDatabase -Server E1402 | Out-Null
Enter-LabServer E1402
wusa.exe C:\Updates\Windows6.1-KB981002-x64.msu /quiet
(Get-HotFix -Id KB981002).HotFixID
Test-Connection E1402 -Count 1 -Quiet
## STDOUT:
KB981002
True
## END
