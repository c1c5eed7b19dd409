#### assignment and read
$x = 10
$x
## STDOUT:
10
## END

#### assignment produces no output
$x = 10
'only this'
## STDOUT:
only this
## END

#### parenthesized assignment outputs the value
($x = 7)
## STDOUT:
7
## END

#### chained assignment
$a = $b = 3
$a
$b
## STDOUT:
3
3
## END

#### undefined variable is null
$null -eq $neverAssigned
## STDOUT:
True
## END

#### typed variable converts on assignment
[int]$n = '42'
$n + 1
## STDOUT:
43
## END

#### typed variable keeps converting later assignments
[int]$n = 1
$n = '7'
$n.GetType().Name
## STDOUT:
Int32
## END

#### typed variable rejects unconvertible value
[int]$n = 1
$n = 'abc'
'after'
$n
## STDERR-CONTAINS: Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."
## STDOUT:
after
1
## END

#### typed variable rounds doubles
[int]$n = 2.5
$n
## STDOUT:
2
## END

#### string typed variable
[string]$s = 5
$s.GetType().Name
## STDOUT:
String
## END

#### function reads a parent scope variable
$x = 5
function Show { $x }
Show
## STDOUT:
5
## END

#### function assignment does not change the parent
$x = 1
function Change { $x = 2 }
Change
$x
## STDOUT:
1
## END

#### increment in a child scope makes a local copy
$x = 1
function Inc { $x++; $x }
Inc
$x
## STDOUT:
2
1
## END

#### script modifier changes the script scope
$count = 0
function Inc { $script:count++ }
Inc
Inc
$count
## STDOUT:
2
## END

#### global modifier
function SetG { $global:gv = 'g' }
SetG
$gv
## STDOUT:
g
## END

#### script modifier assignment from function
function SetS { $script:sv = 'set' }
SetS
$sv
## STDOUT:
set
## END

#### local modifier reads the local scope only
$x = 'outer'
function Show { "[$local:x]" }
Show
## STDOUT:
[]
## END

#### variable defined in function is not visible outside
function Def { $inner = 5 }
Def
$null -eq $inner
## STDOUT:
True
## END

#### script block with call operator gets a child scope
$x = 1
& { $x = 2 }
$x
## STDOUT:
1
## END

#### dot-sourced script block runs in the current scope
$x = 1
. { $x = 2 }
$x
## STDOUT:
2
## END

#### dot-sourcing a function runs it in the current scope
function SetIt { $y = 'dot' }
. SetIt
$y
## STDOUT:
dot
## END

#### if block does not create a scope
if ($true) { $inIf = 'yes' }
$inIf
## STDOUT:
yes
## END

#### foreach variable remains after the loop
foreach ($i in 1..3) { }
$i
## STDOUT:
3
## END

#### for loop variable remains after the loop
for ($j = 0; $j -lt 4; $j++) { }
$j
## STDOUT:
4
## END

#### nested function scopes read through the chain
$a = 'top'
function Outer { $b = 'mid'; function Inner { "$a $b" }; Inner }
Outer
## STDOUT:
top mid
## END

#### Set-Variable and Get-Variable
Set-Variable -Name sv1 -Value 42
$sv1
(Get-Variable -Name sv1).Value
## STDOUT:
42
42
## END

#### Get-Variable ValueOnly
$gvx = 'val'
Get-Variable gvx -ValueOnly
## STDOUT:
val
## END

#### Set-Variable with Scope Global from function
function SetIt { Set-Variable -Name fromFn -Value 9 -Scope Global }
SetIt
$fromFn
## STDOUT:
9
## END

#### Set-Variable with Scope Script from function
function SetIt { Set-Variable -Name fromFn2 -Value 8 -Scope Script }
SetIt
$fromFn2
## STDOUT:
8
## END

#### Get-Variable of missing variable is an error
Get-Variable -Name noSuchVariableHere
'after'
## STDERR-CONTAINS: Cannot find a variable with the name 'noSuchVariableHere'.
## STDOUT:
after
## END

#### Get-Variable Name property
$gvn = 1
(Get-Variable gvn).Name
## STDOUT:
gvn
## END

#### true is read-only
$true = 1
'after'
## STDERR-CONTAINS: Cannot overwrite variable true because it is read-only or constant.
## STDOUT:
after
## END

#### Set-Variable ReadOnly then assignment fails
Set-Variable -Name ro -Value 1 -Option ReadOnly
$ro = 2
$ro
## STDERR-CONTAINS: Cannot overwrite variable ro because it is read-only or constant.
## STDOUT:
1
## END

#### null assignment discards output
$null = 'discarded'
'kept'
## STDOUT:
kept
## END

#### void cast discards output
[void]'discarded'
'kept'
## STDOUT:
kept
## END

#### Out-Null discards output
'discarded' | Out-Null
'kept'
## STDOUT:
kept
## END

#### env variable assignment and read
$env:EMS_SPEC_TEST = 'hello'
$env:EMS_SPEC_TEST
## STDOUT:
hello
## END

#### unset env variable is null
$null -eq $env:EMS_SPEC_SURELY_UNSET_VARIABLE
## STDOUT:
True
## END

#### dollar-question after success
Write-Output 'x' | Out-Null
$?
## STDOUT:
True
## END

#### dollar-question after a failed command
Write-Error 'bad' -ErrorAction SilentlyContinue
$?
## STDOUT:
False
## END

#### dollar-question after unknown command
Get-NoSuchThing
$?
## STDERR-CONTAINS: The term 'Get-NoSuchThing' is not recognized as the name of a cmdlet, function, script file, or operable program.
## STDOUT:
False
## END

#### args in a script block
& { $args.Count; $args[1] } 'a' 'b' 'c'
## STDOUT:
3
b
## END

#### MyInvocation MyCommand Name in a function
function Get-Thing { $MyInvocation.MyCommand.Name }
Get-Thing
## STDOUT:
Get-Thing
## END

#### PSCommandPath names the script file
$PSCommandPath -like '*.ps1'
## STDOUT:
True
## END

#### PSScriptRoot is the folder of the script
$PSCommandPath.StartsWith($PSScriptRoot)
## STDOUT:
True
## END

#### PSVersionTable has a PSVersion
$PSVersionTable.PSVersion.Major -ge 2
## STDOUT:
True
## END

#### null variable is constant null
$null = 5
$null -eq $null
## STDOUT:
True
## END

#### dollar underscore and PSItem are the same
1, 2 | ForEach-Object { $_ -eq $PSItem }
## STDOUT:
True
True
## END

#### OFS default is a space
$a = 'x', 'y'
"$a"
## STDOUT:
x y
## END

#### ErrorActionPreference default is Continue
$ErrorActionPreference
## STDOUT:
Continue
## END

#### variable in child scope shadows parent
$v = 'parent'
function F { $v = 'child'; $v }
F
$v
## STDOUT:
child
parent
## END

#### script scope variable read inside nested function
$script:level = 'script'
function A { function B { $script:level }; B }
A
## STDOUT:
script
## END

#### script scope of a -File script shadows the global scope
$script:gs = 1
$global:gs = 2
$gs
## STDOUT:
1
## END

#### variable with colon drive syntax
${env:EMS_SPEC_BRACED} = 'b'
$env:EMS_SPEC_BRACED
## STDOUT:
b
## END

#### variable:drive read
$vd = 'via drive'
${variable:vd}
## STDOUT:
via drive
## END

#### assignment of pipeline result
$r = 'a', 'b' | ForEach-Object { $_.ToUpper() }
$r -join ''
## STDOUT:
AB
## END
