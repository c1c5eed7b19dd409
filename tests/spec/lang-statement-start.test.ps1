#### a number followed by / at statement start is division
7/2
## STDOUT:
3.5
## END

#### a number followed by * at statement start is multiplication
2*3
## STDOUT:
6
## END

#### size multipliers divide at statement start
1GB/1MB
## STDOUT:
1024
## END

#### a number glued to letters is a command name
5x
## status: 0
## STDERR-CONTAINS: The term '5x' is not recognized as the name of a cmdlet

#### a string naming a type can stand left of ::
$t = 'System.Math'
$t::Round(2.5)
## STDOUT:
2
## END

#### $null left of :: is a type-not-found error, not a crash
$r = $null
$r::Foo
'after'
## STDOUT:
after
## END
## STDERR-CONTAINS: Unable to find type

#### a static method called with a wrong argument count is a PowerShell error
$n = 5
[int]::TryParse('x', 'x', [ref]$n)
[int]::TryParse('42', [ref]$n)
$n
## STDOUT:
True
42
## END
## STDERR-CONTAINS: Cannot find an overload for "TryParse" and the argument count: "3".

#### a regex static method with too few arguments is a PowerShell error
[regex]::Match('hello')
[regex]::Match('hello', 'l+').Value
## STDOUT:
ll
## END
## STDERR-CONTAINS: Cannot find an overload for "Match" and the argument count: "1".

#### a wildcard set may contain an opening bracket
'[x' -like '[[a]x'
'bx' -like '[[a]x'
## STDOUT:
True
False
## END
