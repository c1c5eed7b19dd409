# Default console output (Out-Default), Out-String and Format-Wide as in Windows PowerShell 5.1.
# source: Dictionary view of DotNetTypes.format.ps1xml (Name column 30 wide, then Value), as console transcripts show:
#   "Name                           Value" / "----                           -----" (e.g. PowerShell issue #12175).
# Table and list blank lines: see format-table / format-list.

#### strings print one per line
'a', 'b'
## STDOUT:
a
b
## END

#### array of numbers prints one per line
1, 22, 333
## STDOUT:
1
22
333
## END

#### number formatting of a double
0.5
1e3
## STDOUT:
0.5
1000
## END

#### booleans and null
$true
$null
$false
## STDOUT:
True
False
## END

#### hashtable default output is a Name Value table
@{ a = 1 } | Out-String -Stream | ForEach-Object { $_.TrimEnd() }
## STDOUT:

Name                           Value
----                           -----
a                              1


## END

#### ordered hashtable keeps its order
[ordered]@{ z = 'last'; a = 'first' } | Out-String -Stream | ForEach-Object { $_.TrimEnd() }
## STDOUT:

Name                           Value
----                           -----
z                              last
a                              first


## END

#### hashtable entries through GetEnumerator
$h = [ordered]@{ k = 'v' }
$h.GetEnumerator() | Out-String -Stream | ForEach-Object { $_.TrimEnd() }
## STDOUT:

Name                           Value
----                           -----
k                              v


## END

#### Out-String of strings keeps one line each
$s = 'x', 'y' | Out-String
$s -split "`r?`n" | Where-Object { $_ } | ForEach-Object { "<$_>" }
## STDOUT:
<x>
<y>
## END

#### Out-String -Stream of a table
[pscustomobject]@{Name='x'; Value=1} | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[Name Value]
[---- -----]
[x        1]
[]
[]
## END

#### Out-String -Stream of a list
[pscustomobject]@{A=1; B=2; C=3; D=4; E=5} | Out-String -Stream | ForEach-Object { "[$_]" }
## STDOUT:
[]
[]
[A : 1]
[B : 2]
[C : 3]
[D : 4]
[E : 5]
[]
[]
[]
## END

#### Out-String returns a single string
$t = [pscustomobject]@{A=1} | Out-String
$t.GetType().FullName
@($t).Count
## STDOUT:
System.String
1
## END

#### Format-Wide -Property
1..4 | ForEach-Object { [pscustomobject]@{Name="n$_"} } | Format-Wide -Property Name -Column 4 | Out-String -Stream | ForEach-Object { ($_ -replace '\s+', ' ').Trim() } | Where-Object { $_ }
## STDOUT:
n1 n2 n3 n4
## END

#### a DateTime prints in the long en-US form
Get-Date -Year 2010 -Month 6 -Day 15 -Hour 14 -Minute 35 -Second 0
## STDOUT:

Tuesday, June 15, 2010 2:35:00 PM


## END

#### a DateTime inside a string uses the invariant short form
$d = Get-Date -Year 2010 -Month 6 -Day 15 -Hour 14 -Minute 35 -Second 0
"$d"
## STDOUT:
06/15/2010 14:35:00
## END

#### Select-Object of a date property
Get-Date -Year 2010 -Month 6 -Day 15 | Select-Object Year, Month
## STDOUT:

Year Month
---- -----
2010     6


## END

#### Write-Output of a custom object formats it
Write-Output ([pscustomobject]@{Q=9})
## STDOUT:

Q
-
9


## END

#### objects of one type share one table
[pscustomobject]@{N=1}, [pscustomobject]@{N=22}
## STDOUT:

 N
 -
 1
22


## END

#### Out-Host prints like the console
[pscustomobject]@{N=3} | Out-Host
'after'
## STDOUT:

N
-
3


after
## END

#### Out-Null discards formatting too
[pscustomobject]@{N=3} | Format-Table | Out-Null
'only this'
## STDOUT:
only this
## END

#### a type prints as the RuntimeType table
[int] | Out-String -Stream | ForEach-Object { $_.TrimEnd() }
## STDOUT:

IsPublic IsSerial Name                                     BaseType
-------- -------- ----                                     --------
True     True     Int32                                    System.ValueType


## END

#### a method without parentheses lists its overload definitions
[math]::Round | Out-String -Stream | ForEach-Object { $_.TrimEnd() } | Where-Object { $_ }
## STDOUT:
OverloadDefinitions
-------------------
static double Round(double a)
static double Round(double value, int digits)
static double Round(double value, System.MidpointRounding mode)
static double Round(double value, int digits, System.MidpointRounding mode)
static decimal Round(decimal d)
static decimal Round(decimal d, int decimals)
static decimal Round(decimal d, System.MidpointRounding mode)
static decimal Round(decimal d, int decimals, System.MidpointRounding mode)
## END
