# Positional binding as Windows PowerShell 5.1 does it (about_Functions_Advanced_Parameters: Position,
# PositionalBinding; parameters of an advanced function without Position get positions in declaration order).

#### explicit positions
function f { [CmdletBinding()] param([Parameter(Position=1)][string]$B, [Parameter(Position=0)][string]$A) "A=$A B=$B" }
f one two
## STDOUT:
A=one B=two
## END

#### implicit positions follow declaration order
function f { [CmdletBinding()] param([string]$First, [string]$Second) "$First|$Second" }
f x y
## STDOUT:
x|y
## END

#### named and positional mixed
function f { [CmdletBinding()] param([string]$A, [string]$B) "A=$A B=$B" }
f -B two one
## STDOUT:
A=one B=two
## END

#### named parameter after the positional argument
function f { [CmdletBinding()] param([string]$A, [string]$B) "A=$A B=$B" }
f one -B two
## STDOUT:
A=one B=two
## END

#### comma list as one positional argument
function f { [CmdletBinding()] param([Parameter(Position=0)][string[]]$Names) $Names.Count }
f a,b,c
## STDOUT:
3
## END

#### switch parameters are not positional
function f { [CmdletBinding()] param([switch]$Force, [string]$Name) "F=$Force N=$Name" }
f abc
## STDOUT:
F=False N=abc
## END

#### positional binding off still allows explicit positions
function f { [CmdletBinding(PositionalBinding=$false)] param([Parameter(Position=0)][string]$Name, [string]$Other) "[$Name][$Other]" }
f abc -Other x
## STDOUT:
[abc][x]
## END

#### simple function parameters are positional
function f($a, $b, $c) { "$a-$b-$c" }
f 1 2 3
## STDOUT:
1-2-3
## END

#### simple function with fewer arguments
function f($a, $b) { "[$a][$b]" }
f 1
## STDOUT:
[1][]
## END

#### expression argument in parentheses
function f { [CmdletBinding()] param([int]$N) $N }
f (2 + 3)
## STDOUT:
5
## END

#### bare word argument is a string
function f { [CmdletBinding()] param($V) $V.GetType().Name; $V }
f hello
## STDOUT:
String
hello
## END

#### numeric bare argument is a number
function f { [CmdletBinding()] param($V) $V.GetType().Name }
f 42
## STDOUT:
Int32
## END

#### positional argument to a cmdlet
Write-Output 'via position'
## STDOUT:
via position
## END

#### cmdlet with two positional parameters
Join-Path 'C:\a' 'b'
## STDOUT:
C:\a\b
## END

#### Select-Object first positional is Property
[pscustomobject]@{A=1;B=2} | Select-Object B | ForEach-Object { $_.B }
## STDOUT:
2
## END
