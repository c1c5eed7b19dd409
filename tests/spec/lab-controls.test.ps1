# Emulator-only lab controls: the simulated clock, moving the console between computers,
# crashing and starting computers, and the EMS profile conventions.

#### Get-LabClock and Step-LabClock
Get-LabClock
Step-LabClock -Hours 1 -Minutes 30 -PassThru
(Get-LabClock).ToString('yyyy-MM-dd HH:mm:ss')
## STDOUT:

Monday, November 15, 2010 9:00:00 AM
Monday, November 15, 2010 10:30:00 AM
2010-11-15 10:30:00


## END

#### Step-LabClock runs what falls due: a reboot completes
Restart-Computer -ComputerName E1403 -Force
Test-Connection E1403 -Count 1 -Quiet
Step-LabClock -Seconds 149
Test-Connection E1403 -Count 1 -Quiet
Step-LabClock -Seconds 1
Test-Connection E1403 -Count 1 -Quiet
## STDOUT:
False
False
True
## END

#### Enter-LabServer moves the console; Exit-LabServer comes back
$env:COMPUTERNAME
Enter-LabServer E1402
$env:COMPUTERNAME
Get-Service MSExchangeRepl | ForEach-Object { $_.MachineName }
(Get-HotFix | Select-Object -First 1).Source
Exit-LabServer
$env:COMPUTERNAME
## STDOUT:
E1401
E1402
E1402
E1402
E1401
## END

#### Enter-LabServer refuses unknown and stopped computers
Enter-LabServer NOPE
Stop-LabServer E1401
Enter-LabServer E1401
$env:COMPUTERNAME
## STDERR-CONTAINS: Exchange server "NOPE" wasn't found.
## STDERR-CONTAINS: Cannot enter computer 'E1401' because it is not running.
## STDOUT:
E1401
## END

#### RemoteExchange.ps1 and Connect-ExchangeServer, as the EMS shortcut runs them
. 'C:\Program Files\Microsoft\Exchange Server\V14\bin\RemoteExchange.ps1'; Connect-ExchangeServer -auto
$exscripts
$exbin
$env:ExchangeInstallPath
Connect-ExchangeServer -ServerFqdn E1401.contoso.com -Verbose
## STDERR-CONTAINS: VERBOSE: Connecting to E1401.contoso.com
## STDOUT:
C:\Program Files\Microsoft\Exchange Server\V14\scripts
C:\Program Files\Microsoft\Exchange Server\V14\bin
C:\Program Files\Microsoft\Exchange Server\V14\
## END

#### Connect-ExchangeServer to an unknown server
Connect-ExchangeServer -ServerFqdn NOPE.contoso.com
## STDERR-CONTAINS: Connecting to remote server NOPE.contoso.com failed
## STDOUT:
## END

#### Export-LabState to a Windows path writes to the emulator's drive, Import-LabState reads it back
Set-MailboxServer E1401 -DatabaseCopyAutoActivationPolicy Blocked
Export-LabState C:\Temp\lab.json
Test-Path C:\Temp\lab.json
Set-MailboxServer E1401 -DatabaseCopyAutoActivationPolicy Unrestricted
Import-LabState C:\Temp\lab.json
(Get-MailboxServer E1401).DatabaseCopyAutoActivationPolicy
## STDOUT:
True
Blocked
## END
