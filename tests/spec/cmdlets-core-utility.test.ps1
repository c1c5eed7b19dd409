# Utility cmdlets: dates, time spans, sleep, random numbers, Invoke-Expression, variables,
# aliases, strict mode, host. Expected output is what Windows PowerShell 5.1 prints (en-US).

#### Get-Date -Format and -UFormat
Get-Date -Date '2010-06-15 14:35:00' -Format 'yyyy-MM-dd HH:mm'
Get-Date -Date '2010-06-15' -UFormat '%Y/%m/%d %A'
Get-Date -Year 2012 -Month 3 -Day 4 -Hour 5 -Minute 6 -Second 7 -Format 'yyyy-MM-dd HH:mm:ss'
(Get-Date -Date '2010-06-15 14:35').DayOfWeek
## STDOUT:
2010-06-15 14:35
2010/06/15 Tuesday
2012-03-04 05:06:07
Tuesday
## END

#### Get-Date displays the long date and time
Get-Date -Date '2010-06-15 14:35:00'
## STDOUT:

Tuesday, June 15, 2010 2:35:00 PM


## END

#### Get-Date -DisplayHint
Get-Date -Date '2010-06-15 14:35:00' -DisplayHint Date
## STDOUT:

Tuesday, June 15, 2010


## END

#### Get-Date returns a DateTime
(Get-Date).GetType().FullName
(Get-Date -Format 'yyyy').GetType().FullName
## STDOUT:
System.DateTime
System.String
## END

#### Start-Sleep lets time pass
$before = Get-Date
Start-Sleep -Seconds 2
Start-Sleep -Milliseconds 500
((Get-Date) - $before).TotalSeconds -ge 2.5
sleep 1
'slept'
## STDOUT:
True
slept
## END

#### New-TimeSpan
(New-TimeSpan -Start '2010-06-15 08:00' -End '2010-06-15 10:30').TotalMinutes
(New-TimeSpan -Days 1 -Hours 2).ToString()
(New-TimeSpan -Hours 36).Days
## STDOUT:
150
1.02:00:00
1
## END

#### Get-Random ranges
Get-Random -Minimum 5 -Maximum 6
Get-Random -Maximum 1
(1..10 | Get-Random -Count 10 | Measure-Object -Sum).Sum
(Get-Random -Minimum 1.0 -Maximum 2.0).GetType().Name
(Get-Random).GetType().Name
## STDOUT:
5
0
55
Double
Int32
## END

#### Get-Random minimum not below maximum
Get-Random -Minimum 5 -Maximum 5
## STDERR-CONTAINS: The Minimum value (5) cannot be greater than or equal to the Maximum value (5).

#### Invoke-Expression
iex '1 + 2'
Invoke-Expression '$x = 5'
$x
'"a" * 3' | Invoke-Expression
## STDOUT:
3
5
aaa
## END

#### New-Set-Get-Clear-Remove-Variable
New-Variable -Name days -Value 7
$days
Set-Variable -Name days -Value 8
Get-Variable days -ValueOnly
(Get-Variable days).Value
Clear-Variable days
$null -eq $days
Remove-Variable days
Test-Path variable:days
## STDOUT:
7
8
8
True
False
## END

#### New-Variable on an existing variable
$dup = 1
New-Variable dup 2
$dup
## STDERR-CONTAINS: A variable with name 'dup' already exists.
## STDOUT:
1
## END

#### Get-Variable of a missing variable
Get-Variable nosuchvariable
'after'
## STDERR-CONTAINS: Cannot find a variable with the name 'nosuchvariable'.
## STDOUT:
after
## END

#### Remove-Variable of a missing variable
Remove-Variable nosuchvariable
## STDERR-CONTAINS: Cannot find a variable with the name 'nosuchvariable'.

#### Get-Variable with wildcards
$zz1 = 1
$zz2 = 2
(Get-Variable zz* | ForEach-Object Name) -join ','
## STDOUT:
zz1,zz2
## END

#### read-only variable
New-Variable -Name ro -Value 1 -Option ReadOnly
$ro = 2
$ro
## STDERR-CONTAINS: Cannot overwrite variable ro because it is read-only or constant.
## STDOUT:
1
## END

#### Set-Alias, New-Alias and Get-Alias
Set-Alias gdt Get-Date
(Get-Alias gdt).Definition
gdt -Date '2010-06-15' -Format 'MM/dd'
New-Alias gdt Get-Host
(Get-Alias where).Definition
(Get-Alias ? | ForEach-Object Name) -join ','
(Get-Alias -Definition Where-Object | ForEach-Object Name) -join ','
## STDERR-CONTAINS: Alias not allowed because an alias with the name 'gdt' already exists.
## STDOUT:
Get-Date
06/15
Where-Object
%,?,h,r
?,where
## END

#### Set-StrictMode
Set-StrictMode -Version 2
try { $undefinedVar } catch { 'strict' }
Set-StrictMode -Off
"[$undefinedVar]"
## STDOUT:
strict
[]
## END

#### Set-PSDebug -Strict
Set-PSDebug -Strict
try { $notSetYet } catch { 'caught' }
Set-PSDebug -Off
"[$notSetYet]"
## STDOUT:
caught
[]
## END

#### Get-Host
(Get-Host).Name
## STDOUT:
ConsoleHost
## END

#### Clear-Host prints nothing when output is redirected
Clear-Host
cls
'x'
## STDOUT:
x
## END

#### Get-Variable table
Get-Variable -Name true, false
## STDOUT:

Name                           Value                                                                                    
----                           -----                                                                                    
true                           True                                                                                     
false                          False                                                                                    


## END
