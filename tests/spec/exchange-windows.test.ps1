# Windows services, hotfixes, restarts and pings on the simulated computers (never the host).
# Views are Windows PowerShell's: ServiceController `Status Name DisplayName`, and
# Win32_QuickFixEngineering `Source Description HotFixID InstalledBy InstalledOn` (columns at
# 0/14/31/45/66, as real Get-HotFix output shows).

#### Get-Service on another computer
Get-Service -ComputerName E1401 MSExchangeIS,MSExchangeRepl,ClusSvc
## STDOUT:

Status   Name               DisplayName                           
------   ----               -----------                           
Running  MSExchangeIS       Microsoft Exchange Information Store  
Running  MSExchangeRepl     Microsoft Exchange Replication Service
Running  ClusSvc            Cluster Service                       


## END

#### Get-Service with wildcards, dependents and an unknown name
Get-Service -ComputerName HUB01 MSExchangeTrans* | ForEach-Object { $_.Name }
Get-Service -ComputerName E1401 MSExchangeADTopology -DependentServices | Measure-Object | ForEach-Object { $_.Count -gt 5 }
Get-Service -ComputerName E1401 NoSuchService
## STDERR-CONTAINS: Cannot find any service with service name 'NoSuchService'.
## STDOUT:
MSExchangeTransport
MSExchangeTransportLogSearch
True
## END

#### Get-Service on a computer that is down
Stop-LabServer E1403
Get-Service -ComputerName E1403
## STDERR-CONTAINS: Cannot open Service Control Manager on computer 'E1403'.
## STDOUT:
## END

#### Stopping a service with running dependents needs -Force
Get-Service -ComputerName E1401 MSExchangeADTopology | Stop-Service
## STDERR-CONTAINS: Cannot stop service 'Microsoft Exchange Active Directory Topology (MSExchangeADTopology)' because it has dependent services. It can only be stopped if the Force flag is set.
## STDOUT:
## END

#### Stop-Service -WhatIf
Get-Service -ComputerName E1401 MSExchangeIS | Stop-Service -WhatIf
## STDOUT:
What if: Performing the operation "Stop-Service" on target "Microsoft Exchange Information Store (MSExchangeIS)".
## END

#### Stopping the Information Store fails the databases over
Get-Service -ComputerName E1401 MSExchangeIS | Stop-Service
(Get-Service -ComputerName E1401 MSExchangeIS).Status
Get-MailboxDatabase DB01,DB02 | ForEach-Object { $_.Server.Name }
Get-Service -ComputerName E1401 MSExchangeIS | Start-Service -PassThru | ForEach-Object { $_.Status }
## STDOUT:
Stopped
E1402
E1403
Running
## END

#### Get-HotFix on the OCS server
# InstalledOn has only the date on Windows Server 2008 R2 (PowerShell 2.0 parses WMI's "6/9/2010"),
# so every row shows 12:00:00 AM. KB974571 is the MS09-056 CryptoAPI security update.
Get-HotFix -ComputerName OCS01
## STDOUT:

Source        Description      HotFixID      InstalledBy          InstalledOn                                           
------        -----------      --------      -----------          -----------                                           
OCS01         Update           KB976902      CONTOSO\Administr... 6/9/2010 12:00:00 AM                                  
OCS01         Security Update  KB2079403     CONTOSO\Administr... 10/13/2010 12:00:00 AM                                
OCS01         Security Update  KB974571      CONTOSO\Administr... 10/20/2010 12:00:00 AM                                


## END

#### Get-HotFix -Id finds, or reports, an update
Get-HotFix -Id KB979744 -ComputerName E1401 | ForEach-Object { $_.HotFixID }
Get-HotFix -Id KB981002 -ComputerName E1401
## STDERR-CONTAINS: This command cannot find hot-fix on the machine 'E1401'. Verify the input and Run your command again.
## STDOUT:
KB979744
## END

#### Test-Connection
Test-Connection E1402 -Count 1 | ForEach-Object { "{0} {1}" -f $_.Destination, $_.IPV4Address }
Stop-LabServer E1402
Test-Connection E1402,E1401 -Count 1 -Quiet
Test-Connection E1402 -Count 1
## STDERR-CONTAINS: Testing connection to computer 'E1402' failed: Error due to lack of resources
## STDOUT:
E1402 10.0.0.12
False
True
## END

#### Restart-Computer takes a computer down until it has booted
Restart-Computer -ComputerName E1403 -Force
Test-Connection E1403 -Count 1 -Quiet
Step-LabClock -Minutes 3
Test-Connection E1403 -Count 1 -Quiet
## STDOUT:
False
True
## END

#### Restart-Computer -Wait waits until the computer is back
Restart-Computer -ComputerName E1402 -Wait
Test-Connection E1402 -Count 1 -Quiet
## STDOUT:
True
## END

#### Stop-Computer
Stop-Computer -ComputerName E1403 -Force
Test-Connection E1403 -Count 1 -Quiet
## STDOUT:
False
## END

#### A hotfix installed by wusa.exe shows the day of its installation at midnight
Enter-LabServer E1401
wusa.exe Windows6.1-KB981002-x64.msu /quiet | Out-Null
Restart-Computer -Force
Step-LabClock -Minutes 10 | Out-Null
$h = Get-HotFix -Id KB981002 -ComputerName E1401
$h.InstalledOn.ToString()
## STDOUT:
11/15/2010 12:00:00 AM
## END

#### Get-HotFix -Id without -ComputerName reports 'localhost' (PowerShell 2.0 text, no target object)
# PowerShell 2.0 (Windows 7 / Server 2008 R2) prints "This command cannot find hot-fix on the machine
# 'localhost'. Verify the input and Run your command again." with CategoryInfo ObjectNotFound: (:).
Enter-LabServer E1402
Get-HotFix -Id KB981002 -ErrorVariable err -ErrorAction SilentlyContinue
$err[0].Exception.Message
$err[0].CategoryInfo.ToString()
$err[0].FullyQualifiedErrorId
(Get-HotFix -Id KB9797*).Count
## STDOUT:
This command cannot find hot-fix on the machine 'localhost'. Verify the input and Run your command again.
ObjectNotFound: (:) [Get-HotFix], ArgumentException
GetHotFixNoEntriesFound,Microsoft.PowerShell.Commands.GetHotFixCommand
1
## END
