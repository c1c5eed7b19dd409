# File-system cmdlets. Windows paths are in the emulator's in-memory file system, seeded with
# C:\Windows\system32, C:\Temp, C:\ExchangeSetupLogs and the Exchange install folders.

#### Set-Content then Get-Content
Set-Content -Path C:\Temp\servers.txt -Value "MBX1", "MBX2", "HUB1"
Get-Content C:\Temp\servers.txt
## STDOUT:
MBX1
MBX2
HUB1
## END

#### Get-Content -TotalCount, -Tail and -Raw
"one", "two", "three" | Set-Content C:\Temp\n.txt
Get-Content C:\Temp\n.txt -TotalCount 2
Get-Content C:\Temp\n.txt -Tail 1
(Get-Content C:\Temp\n.txt).Count
(Get-Content C:\Temp\n.txt -Raw).Length
## STDOUT:
one
two
three
3
17
## END

#### Get-Content of a missing file is a non-terminating error
Get-Content C:\Temp\nope.txt
"after"
## STDERR-CONTAINS: Cannot find path 'C:\Temp\nope.txt' because it does not exist.
## STDERR-CONTAINS: PathNotFound
## STDOUT:
after
## END

#### Add-Content appends lines
Set-Content C:\Temp\log.txt "start"
Add-Content C:\Temp\log.txt "middle", "end"
Get-Content C:\Temp\log.txt
## STDOUT:
start
middle
end
## END

#### Test-Path with -PathType and -IsValid
Test-Path C:\Windows\system32
Test-Path C:\Windows\system32 -PathType Leaf
Test-Path C:\Windows\system32 -PathType Container
Test-Path C:\nowhere\x.txt
Test-Path C:\nowhere\x.txt -IsValid
Test-Path Q:\x
## STDOUT:
True
False
True
False
True
False
## END

#### Join-Path and Split-Path
Join-Path C:\Temp report.csv
Join-Path C:\Temp\ \report.csv
Split-Path C:\Temp\Logs\a.log
Split-Path C:\Temp\Logs\a.log -Leaf
Split-Path C:\Temp\Logs\a.log -Qualifier
Split-Path C:\Temp\Logs\a.log -NoQualifier
Split-Path C:\Temp -Parent
Split-Path C:\Temp\a.log -IsAbsolute
Split-Path Logs\a.log -IsAbsolute
## STDOUT:
C:\Temp\report.csv
C:\Temp\report.csv
C:\Temp\Logs
a.log
C:
\Temp\Logs\a.log
C:\
True
False
## END

#### Set-Location, Get-Location, Push-Location and Pop-Location
Set-Location C:\Windows\system32
(Get-Location).Path
cd ..
$pwd.Path
Push-Location C:\Temp
(Get-Location).Path
Pop-Location
(Get-Location).Path
## STDOUT:
C:\Windows\system32
C:\Windows
C:\Temp
C:\Windows
## END

#### Set-Location to a missing folder
Set-Location C:\nowhere
"still here"
## STDERR-CONTAINS: Cannot find path 'C:\nowhere' because it does not exist.
## STDOUT:
still here
## END

#### Relative paths follow the current location
Set-Location C:\Temp
"x" | Set-Content rel.txt
Test-Path C:\Temp\rel.txt
Get-Content .\rel.txt
## STDOUT:
True
x
## END

#### New-Item, Get-ChildItem -Name, Remove-Item
New-Item -ItemType Directory C:\Reports | Out-Null
New-Item C:\Reports\b.txt -ItemType File -Value "bbb" | Out-Null
New-Item C:\Reports\a.log -ItemType File | Out-Null
New-Item C:\Reports\sub -ItemType Directory | Out-Null
Get-ChildItem C:\Reports -Name
Get-ChildItem C:\Reports -Filter *.txt | ForEach-Object { $_.Length }
Remove-Item C:\Reports\*.log
Get-ChildItem C:\Reports -File -Name
Remove-Item C:\Reports -Recurse
Test-Path C:\Reports
## STDOUT:
sub
a.log
b.txt
3
b.txt
False
## END

#### New-Item on an existing folder
New-Item -ItemType Directory C:\Temp | Out-Null
"after"
## STDERR-CONTAINS: An item with the specified name C:\Temp already exists.
## STDOUT:
after
## END

#### Get-Item properties of a file
"hello" | Set-Content C:\Temp\h.txt
$f = Get-Item C:\Temp\h.txt
$f.Name
$f.FullName
$f.Extension
$f.BaseName
$f.DirectoryName
$f.PSIsContainer
$f.Mode
(Get-Item C:\Temp).PSIsContainer
## STDOUT:
h.txt
C:\Temp\h.txt
.txt
h
C:\Temp
False
-a----
True
## END

#### Copy-Item, Move-Item and Rename-Item
"data" | Set-Content C:\Temp\src.txt
Copy-Item C:\Temp\src.txt C:\Temp\copy.txt
Rename-Item C:\Temp\copy.txt renamed.txt
Move-Item C:\Temp\renamed.txt C:\Users
Test-Path C:\Temp\src.txt, C:\Temp\copy.txt, C:\Users\renamed.txt
Get-Content C:\Users\renamed.txt
## STDOUT:
True
False
True
data
## END

#### Resolve-Path with wildcards and -Relative
"a" | Set-Content C:\Temp\r1.log
"b" | Set-Content C:\Temp\r2.log
(Resolve-Path C:\Temp\r*.log) | ForEach-Object { $_.Path }
Set-Location C:\Windows
Resolve-Path C:\Windows\system32 -Relative
## STDOUT:
C:\Temp\r1.log
C:\Temp\r2.log
.\system32
## END

#### Select-String on piped strings
"alpha", "beta", "gamma" | Select-String -Pattern "a$" | ForEach-Object { $_.Line }
"alpha", "beta" | Select-String -Pattern "ALPHA" -CaseSensitive | Measure-Object | ForEach-Object { $_.Count }
"a.b", "axb" | Select-String -SimpleMatch "a.b" | ForEach-Object { $_.Line }
"one", "two" | Select-String -NotMatch "one" | ForEach-Object { $_.Line }
## STDOUT:
alpha
beta
gamma
0
a.b
two
## END

#### Select-String in a file gives file:line:text
"first", "second error", "third" | Set-Content C:\Temp\s.log
Set-Location C:\Temp
Select-String -Path C:\Temp\s.log -Pattern error | ForEach-Object { $_.LineNumber; $_.Filename; $_.Line }
(Select-String -Path C:\Temp\s.log -Pattern error).ToString()
## STDOUT:
2
s.log
second error
C:\Temp\s.log:2:second error
## END

#### Remove-Item of a missing file
Remove-Item C:\Temp\missing.txt
"after"
## STDERR-CONTAINS: Cannot find path 'C:\Temp\missing.txt' because it does not exist.
## STDOUT:
after
## END

#### Unknown drive
Get-ChildItem Q:\
"after"
## STDERR-CONTAINS: Cannot find drive. A drive with the name 'Q' does not exist.
## STDOUT:
after
## END

#### Remove-Item -WhatIf changes nothing
"x" | Set-Content C:\Temp\keep.txt
Remove-Item C:\Temp\keep.txt -WhatIf
Test-Path C:\Temp\keep.txt
## STDOUT:
What if: Performing the operation "Remove File" on target "C:\Temp\keep.txt".
True
## END

#### Host files next to the script are real files
Set-Location $PSScriptRoot
"on the host" | Set-Content host-file.txt
Get-Content (Join-Path $PSScriptRoot host-file.txt)
(Get-Item host-file.txt).Length -gt 0
Remove-Item host-file.txt
Test-Path host-file.txt
## STDOUT:
on the host
True
False
## END

#### Test-Path, Get-Item and Remove-Item on the Variable: and Function: drives
$limit = 5
function Get-Limit { $limit }
Test-Path variable:limit
Test-Path function:Get-Limit
(Get-Item variable:limit).Value
Remove-Item function:Get-Limit
Test-Path function:Get-Limit
Test-Path variable:nothing
## STDOUT:
True
True
5
False
False
## END

#### Piped files bind -LiteralPath from PSPath, also outside the current folder
New-Item C:\Temp\pipe -ItemType Directory | Out-Null
Set-Content C:\Temp\pipe\a.log x
Set-Content C:\Temp\pipe\b.log y
Set-Location C:\Windows
Get-ChildItem C:\Temp\pipe\*.log | Copy-Item -Destination C:\Temp
Get-ChildItem C:\Temp\pipe\a.log | Move-Item -Destination C:\Temp\pipe\c.log
Get-ChildItem C:\Temp\pipe | ForEach-Object Name
Get-ChildItem C:\Temp\pipe\*.log | Remove-Item
@(Get-ChildItem C:\Temp\pipe).Count
Test-Path C:\Temp\a.log, C:\Temp\b.log
## STDOUT:
b.log
c.log
0
True
True
## END

#### a PowerShell drive the emulator does not have is DriveNotFound, not a host path
Get-ItemProperty HKLM:\SOFTWARE\Microsoft\ExchangeServer\v14\Setup
## STDERR-CONTAINS: Cannot find drive. A drive with the name 'HKLM' does not exist.
## STDERR-CONTAINS: DriveNotFound
