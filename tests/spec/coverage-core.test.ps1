# Coverage of core session cmdlets that no other transcript exercises: history, snap-ins,
# modules, host input in a non-interactive run, credentials, transcripts, Invoke-Command,
# Invoke-Item, Get-ItemProperty, Format-Custom. Expected output is what Windows PowerShell
# prints; errors are checked by their documented message texts.

#### Add-History appends an entry; Clear-History empties the history
$h = New-Object PSObject -Property @{CommandLine = 'Get-Mailbox'; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2010-06-15 10:00'; EndExecutionTime = [datetime]'2010-06-15 10:00:01'}
$h | Add-History
Get-History | ForEach-Object { "$($_.Id) $($_.CommandLine) $($_.ExecutionStatus)" }
($h | Add-History -Passthru).Id
Clear-History
(Get-History | Measure-Object).Count
## STDOUT:
1 Get-Mailbox Completed
2
0
## END

#### Get-History -Count and -Id; a history saved to CSV comes back with Add-History
$e = 'Get-Mailbox', 'Get-Queue', 'Get-MailboxDatabase' | ForEach-Object { New-Object PSObject -Property @{CommandLine = $_; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2010-06-15 10:00'; EndExecutionTime = [datetime]'2010-06-15 10:00:05'} }
$e | Add-History
Get-History -Count 2 | ForEach-Object { "$($_.Id) $($_.CommandLine)" }
(Get-History -Id 1).CommandLine
Get-History | Export-Csv C:\Temp\history.csv -NoTypeInformation
Clear-History
Import-Csv C:\Temp\history.csv | Add-History
Get-History | ForEach-Object { "$($_.Id) $($_.CommandLine) $($_.EndExecutionTime - $_.StartExecutionTime)" }
## STDOUT:
2 Get-Queue
3 Get-MailboxDatabase
Get-Mailbox
1 Get-Mailbox 00:00:05
2 Get-Queue 00:00:05
3 Get-MailboxDatabase 00:00:05
## END

#### Get-History of an Id that is not in the history
Get-History -Id 99
## STDERR-CONTAINS: Cannot locate history for Id 99.

#### Add-History refuses an object without a CommandLine
'Get-Mailbox' | Add-History
'after'
## STDERR-CONTAINS: Cannot add history because the input object has a format that is not valid.
## STDOUT:
after
## END

#### Clear-History -CommandLine removes only the matching entries
$e = 'Get-Mailbox', 'Get-Queue', 'Get-MailboxDatabase' | ForEach-Object { New-Object PSObject -Property @{CommandLine = $_; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2010-06-15'; EndExecutionTime = [datetime]'2010-06-15'} }
$e | Add-History
Clear-History -CommandLine 'Get-Mailbox*'
Get-History | ForEach-Object { $_.CommandLine }
## STDOUT:
Get-Queue
## END

#### Get-PSSnapin -Registered lists the Exchange snap-ins
Get-PSSnapin -Registered | ForEach-Object { $_.Name }
## STDOUT:
Microsoft.Exchange.Management.PowerShell.E2010
Microsoft.Exchange.Management.PowerShell.Setup
Microsoft.Exchange.Management.Powershell.Support
## END

#### Get-PSSnapin lists the core snap-ins of Windows PowerShell 2.0
Get-PSSnapin | ForEach-Object { $_.Name }
## STDOUT:
Microsoft.PowerShell.Diagnostics
Microsoft.WSMan.Management
Microsoft.PowerShell.Core
Microsoft.PowerShell.Utility
Microsoft.PowerShell.Host
Microsoft.PowerShell.Management
Microsoft.PowerShell.Security
## END

#### Get-PSSnapin of a name that matches nothing
Get-PSSnapin -Name Contoso.Tools
## STDERR-CONTAINS: No Windows PowerShell snap-ins matching the pattern 'Contoso.Tools' were found. Check the pattern and then try again.
## STDERR-CONTAINS: NoPSSnapInsFound,Microsoft.PowerShell.Commands.GetPSSnapinCommand

#### Add-PSSnapin of a snap-in that is not installed
Add-PSSnapin Contoso.Tools
'after'
## STDERR-CONTAINS: The Windows PowerShell snap-in 'Contoso.Tools' is not installed on this machine.
## STDOUT:
after
## END

#### Add-PSSnapin the Exchange snap-in, then Remove-PSSnapin
Add-PSSnapin Microsoft.Exchange.Management.PowerShell.E2010
Get-PSSnapin -Name *Exchange* | ForEach-Object { $_.Name }
Remove-PSSnapin Microsoft.Exchange.Management.PowerShell.E2010
(Get-PSSnapin -Name *Exchange* | Measure-Object).Count
## STDOUT:
Microsoft.Exchange.Management.PowerShell.E2010
0
## END

#### Add-PSSnapin of the E2010 and Support snap-ins, as maintenance scripts do
Add-PSSnapin Microsoft.Exchange.Management.PowerShell.E2010
Add-PSSnapin Microsoft.Exchange.Management.Powershell.Support -PassThru | ForEach-Object { $_.Name }
@(Get-PSSnapin -Name Microsoft.Exchange.*).Count
## STDOUT:
Microsoft.Exchange.Management.Powershell.Support
2
## END

#### Add-PSSnapin of a snap-in already added
Add-PSSnapin Microsoft.Exchange.Management.PowerShell.E2010
Add-PSSnapin Microsoft.Exchange.Management.PowerShell.E2010
## STDERR-CONTAINS: Cannot add Windows PowerShell snap-in Microsoft.Exchange.Management.PowerShell.E2010 because it is already added.

#### Remove-PSSnapin of a snap-in that is not loaded
Remove-PSSnapin Contoso.Tools
## STDERR-CONTAINS: No Windows PowerShell snap-ins matching the pattern 'Contoso.Tools' were found. Check the pattern and then try again.

#### Remove-PSSnapin refuses a system snap-in
Remove-PSSnapin Microsoft.PowerShell.Core
## STDERR-CONTAINS: Cannot remove Windows PowerShell snap-in Microsoft.PowerShell.Core because it is a system snap-in.

#### Read-Host fails in NonInteractive mode
$server = Read-Host 'Server to put in maintenance'
'after'
## STDERR-CONTAINS: Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.
## STDERR-CONTAINS: [Read-Host], PSInvalidOperationException
## STDOUT:
after
## END

#### Read-Host -AsSecureString fails in NonInteractive mode too
Read-Host -Prompt 'Password' -AsSecureString
## STDERR-CONTAINS: Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.

#### Get-Credential cannot prompt in NonInteractive mode
$cred = Get-Credential CONTOSO\Administrator
## STDERR-CONTAINS: Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.

#### Get-Credential returns a PSCredential it is given; GetNetworkCredential
$pw = ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText -Force
$c = New-Object System.Management.Automation.PSCredential('CONTOSO\Administrator', $pw)
$c2 = Get-Credential -Credential $c
$c2.UserName
$c2 -is [System.Management.Automation.PSCredential]
$n = $c2.GetNetworkCredential()
$n.UserName
$n.Domain
$n.Password
## STDOUT:
CONTOSO\Administrator
True
Administrator
CONTOSO
P@ssw0rd1
## END

#### New-Object PSCredential with a missing argument
New-Object System.Management.Automation.PSCredential('CONTOSO\Administrator')
## STDERR-CONTAINS: Cannot find an overload for "PSCredential" and the argument count: "1".

#### ConvertFrom-SecureString gives a DPAPI string that ConvertTo-SecureString reads back
$pw = ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText -Force
$enc = ConvertFrom-SecureString $pw
$enc.GetType().FullName
$enc.StartsWith('01000000d08c9ddf0115d1118c7a00c04fc297eb')
$back = ConvertTo-SecureString $enc
(New-Object System.Management.Automation.PSCredential('x', $back)).GetNetworkCredential().Password
## STDOUT:
System.String
True
P@ssw0rd1
## END

#### ConvertFrom-SecureString takes only a SecureString
ConvertFrom-SecureString -SecureString 'P@ssw0rd1'
## STDERR-CONTAINS: Cannot convert the "P@ssw0rd1" value of type "System.String" to type "System.Security.SecureString".

#### Start-Transcript and Stop-Transcript record into a file
Start-Transcript -Path C:\Temp\upgrade.txt
'inside the transcript'
Stop-Transcript
$t = Get-Content C:\Temp\upgrade.txt
$t[0]
$t[1]
$t -contains 'inside the transcript'
$t -contains 'Windows PowerShell Transcript End'
## STDOUT:
Transcript started, output file is C:\Temp\upgrade.txt
inside the transcript
Transcript stopped, output file is C:\Temp\upgrade.txt
**********************
Windows PowerShell Transcript Start
True
True
## END

#### Stop-Transcript when no transcript runs
Stop-Transcript
## STDERR-CONTAINS: An error occurred stopping transcription: The host is not currently transcribing.

#### Start-Transcript twice
Start-Transcript -Path C:\Temp\one.txt | Out-Null
Start-Transcript -Path C:\Temp\two.txt
Stop-Transcript | Out-Null
## STDERR-CONTAINS: Transcription has already been started. Use the Stop-Transcript command to stop transcription.

#### Start-Transcript -NoClobber refuses an existing file; -Append keeps what it holds
Set-Content C:\Temp\log.txt 'earlier'
Start-Transcript -Path C:\Temp\log.txt -NoClobber
Start-Transcript -Path C:\Temp\log.txt -Append | Out-Null
'appended'
Stop-Transcript | Out-Null
$t = Get-Content C:\Temp\log.txt
$t[0]
$t -contains 'appended'
## STDERR-CONTAINS: File C:\Temp\log.txt already exists and NoClobber was specified.
## STDOUT:
appended
earlier
True
## END

#### Import-Module -ArgumentList binds the module's param() block
Set-Content C:\Temp\Greeter.psm1 -Value @(
  'param($Greeting, $Punctuation = "!")',
  'function Get-Greeting { param($n) "$Greeting $n$Punctuation" }')
Import-Module C:\Temp\Greeter.psm1 -ArgumentList 'Hello'
Get-Greeting MBX1
## STDOUT:
Hello MBX1!
## END

#### Import-Module of a .psm1; Export-ModuleMember keeps the helper private
Set-Content C:\Temp\DagTools.psm1 -Value @(
  'function Get-Greeting { param($n) "Hello $n" }',
  'function Get-Helper { "helper" }',
  'Export-ModuleMember -Function Get-Greeting')
Import-Module C:\Temp\DagTools.psm1
Get-Greeting MBX1
Get-Module | ForEach-Object { "$($_.Name) $($_.ModuleType) $($_.ExportedCommands)" }
Get-Helper
## STDERR-CONTAINS: The term 'Get-Helper' is not recognized as the name of a cmdlet
## STDOUT:
Hello MBX1
DagTools Script Get-Greeting
## END

#### Import-Module -PassThru; a module without Export-ModuleMember exports all its functions
Set-Content C:\Temp\Tools.psm1 -Value @('function Get-A { "a" }', 'function Get-B { "b" }')
$m = Import-Module C:\Temp\Tools.psm1 -PassThru
$m.Name
$m.ModuleType
Get-A
Get-B
## STDOUT:
Tools
Script
a
b
## END

#### Remove-Module removes the module and its functions
Set-Content C:\Temp\DagTools.psm1 -Value 'function Get-Greeting { "Hello" }'
Import-Module C:\Temp\DagTools.psm1
Remove-Module DagTools
(Get-Module | Measure-Object).Count
Get-Greeting
## STDERR-CONTAINS: The term 'Get-Greeting' is not recognized as the name of a cmdlet
## STDOUT:
0
## END

#### Get-Module | Remove-Module removes every module
Set-Content C:\Temp\A.psm1 'function Get-A { 1 }'
Set-Content C:\Temp\B.psm1 'function Get-B { 2 }'
Import-Module C:\Temp\A.psm1, C:\Temp\B.psm1
Get-Module | ForEach-Object { "$($_.Name) $($_.Path)" }
Get-Module | Remove-Module
(Get-Module | Measure-Object).Count
## STDOUT:
A C:\Temp\A.psm1
B C:\Temp\B.psm1
0
## END

#### Remove-Module of a module that is not loaded
Remove-Module DagTools
## STDERR-CONTAINS: No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.
## STDERR-CONTAINS: Modules_NoModulesRemoved,Microsoft.PowerShell.Commands.RemoveModuleCommand

#### Import-Module of a module that does not exist
Import-Module ContosoTools
## STDERR-CONTAINS: The specified module 'ContosoTools' was not loaded because no valid module file was found in any module directory.

#### Get-Module -ListAvailable and Import-Module of a Windows module
Import-Module ServerManager
(Get-Module -ListAvailable | Where-Object { $_.Name -eq 'ServerManager' }).Name
(Get-Module ServerManager).Name
## STDOUT:
ServerManager
ServerManager
## END

#### Export-ModuleMember outside a module
Export-ModuleMember -Function Get-Greeting
## STDERR-CONTAINS: The Export-ModuleMember cmdlet can only be called from inside a module.

#### Invoke-Command runs a script block with -ArgumentList
Invoke-Command -ScriptBlock { param($a, $b) $a * $b } -ArgumentList 6, 7
Invoke-Command { $args[0].ToUpper() } -ArgumentList 'mbx1'
## STDOUT:
42
MBX1
## END

#### Invoke-Command gets pipeline input as $input
1, 2, 3 | Invoke-Command { ($input | Measure-Object -Sum).Sum }
## STDOUT:
6
## END

#### Invoke-Command -ComputerName adds PSComputerName
Invoke-Command -ComputerName E1402 -ScriptBlock { $env:COMPUTERNAME } | ForEach-Object { "$_ $($_.PSComputerName)" }
## STDOUT:
E1402 E1402
## END

#### Invoke-Command -NoNewScope runs in the caller's scope
$n = 1
Invoke-Command -ScriptBlock { $n = 2 }
$n
Invoke-Command -ScriptBlock { $n = 3 } -NoNewScope
$n
## STDOUT:
1
3
## END

#### Invoke-Command -ComputerName with several servers, and localhost
Invoke-Command -ComputerName E1402, E1403 -ScriptBlock { $env:COMPUTERNAME } | ForEach-Object { "$_ $($_.PSComputerName)" }
Invoke-Command -ComputerName localhost -ScriptBlock { 'here' } | ForEach-Object { "$_ $($_.PSComputerName)" }
## STDOUT:
E1402 E1402
E1403 E1403
here localhost
## END

#### Invoke-Command -ComputerName of a computer that cannot be reached
Invoke-Command -ComputerName NOSUCHSERVER -ScriptBlock { 1 }
'after'
## STDERR-CONTAINS: Connecting to remote server NOSUCHSERVER failed with the following error message
## STDERR-CONTAINS: PSSessionStateBroken,Microsoft.PowerShell.Commands.InvokeCommandCommand
## STDOUT:
after
## END

#### Invoke-Item is refused: the emulator opens nothing on the host
Set-Content C:\Temp\report.htm '<html></html>'
Invoke-Item C:\Temp\report.htm
'after'
## STDERR-CONTAINS: Invoke-Item is not available in the Exchange Management Shell emulator
## STDOUT:
after
## END

#### Get-ItemProperty of a file and of a missing path
Set-Content C:\Temp\a.txt 'hello'
(Get-ItemProperty C:\Temp\a.txt).Name
Get-ItemProperty C:\Temp\missing.txt
## STDERR-CONTAINS: Cannot find path 'C:\Temp\missing.txt' because it does not exist.
## STDOUT:
a.txt
## END

#### Invoke-Item of a missing file, and -WhatIf
Set-Content C:\Temp\report.htm '<html></html>'
Invoke-Item C:\Temp\missing.htm
Invoke-Item -LiteralPath C:\Temp\report.htm -WhatIf
## STDERR-CONTAINS: Cannot find path 'C:\Temp\missing.htm' because it does not exist.
## STDOUT:
What if: Performing the operation "Invoke Item" on target "Item: C:\Temp\report.htm".
## END

#### Get-ItemProperty -Name, and a property the item does not have
Set-Content C:\Temp\a.txt 'hello'
$p = Get-ItemProperty C:\Temp\a.txt -Name Length
$p.Length
$p.PSChildName
Get-ItemProperty C:\Temp\a.txt -Name Owner
## STDERR-CONTAINS: Property Owner does not exist at path C:\Temp\a.txt.
## STDOUT:
7
a.txt
## END

#### Format-Custom shows the object as a class block
Get-Date -Date '2010-06-15' | Format-Custom -Property Year, Month
## STDOUT:

class DateTime
{
  Year = 2010
  Month = 6
}


## END

#### Format-Custom of a custom object
New-Object PSObject -Property @{Name = 'DB01'} | Format-Custom
## STDOUT:

class PSCustomObject
{
  Name = DB01
}


## END
