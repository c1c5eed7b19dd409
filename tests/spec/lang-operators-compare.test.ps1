#### eq numbers
5 -eq 5
## STDOUT:
True
## END

#### ne numbers
5 -ne 5
## STDOUT:
False
## END

#### gt ge lt le
3 -gt 2
3 -ge 3
3 -lt 2
2 -le 2
## STDOUT:
True
True
False
True
## END

#### eq is case-insensitive for strings
'ABC' -eq 'abc'
## STDOUT:
True
## END

#### ieq is explicitly case-insensitive
'ABC' -ieq 'abc'
## STDOUT:
True
## END

#### ceq is case-sensitive
'ABC' -ceq 'abc'
## STDOUT:
False
## END

#### cne is case-sensitive
'ABC' -cne 'abc'
## STDOUT:
True
## END

#### number equals numeric string
1 -eq '1'
## STDOUT:
True
## END

#### numeric string equals number
'1' -eq 1
## STDOUT:
True
## END

#### int equals double with same value
1 -eq 1.0
## STDOUT:
True
## END

#### left string operand compares as strings
'10' -lt 9
## STDOUT:
True
## END

#### left number operand compares as numbers
10 -lt '9'
## STDOUT:
False
## END

#### string gt with left number string
'10' -gt 9
## STDOUT:
False
## END

#### string ordering is case-insensitive
'B' -gt 'a'
## STDOUT:
True
## END

#### string less-than alphabetic
'apple' -lt 'banana'
## STDOUT:
True
## END

#### collection on the left filters with eq
@(1, 2, 2, 3) -eq 2
## STDOUT:
2
2
## END

#### collection filter result count
(@(1, 2, 2, 3) -eq 2).Count
## STDOUT:
2
## END

#### collection on the left filters with ne
(1, 2, 3 -ne 2) -join ','
## STDOUT:
1,3
## END

#### collection on the left filters with gt
(1, 5, 10 -gt 3) -join ','
## STDOUT:
5,10
## END

#### collection filter with no match is empty
$r = @(1, 2) -eq 5
$r.Count
## STDOUT:
0
## END

#### collection filter with strings is case-insensitive
('a', 'B', 'c') -eq 'b'
## STDOUT:
B
## END

#### null on the left tests for null
$x = $null
$null -eq $x
## STDOUT:
True
## END

#### null on the left with a non-null value
$null -eq 0
## STDOUT:
False
## END

#### zero is not null
0 -eq $null
## STDOUT:
False
## END

#### empty string is not null
'' -eq $null
$null -eq ''
## STDOUT:
False
False
## END

#### array with null on the left filters out nulls
$a = @(1, $null, 2, $null)
($a -eq $null).Count
## STDOUT:
2
## END

#### null on the left of an array is false
$a = @(1, 2)
$null -eq $a
## STDOUT:
False
## END

#### array ne null filters nulls
$a = @(1, $null, 2)
($a -ne $null) -join ','
## STDOUT:
1,2
## END

#### null ne null is false
$null -ne $null
## STDOUT:
False
## END

#### boolean compared with string converts string to bool
$true -eq 'false'
## STDOUT:
True
## END

#### false equals empty string
$false -eq ''
## STDOUT:
True
## END

#### contains
1, 2, 3 -contains 2
## STDOUT:
True
## END

#### contains is false for missing element
1, 2, 3 -contains 5
## STDOUT:
False
## END

#### contains is case-insensitive
'a', 'B' -contains 'b'
## STDOUT:
True
## END

#### ccontains is case-sensitive
'a', 'B' -ccontains 'b'
## STDOUT:
False
## END

#### notcontains
1, 2, 3 -notcontains 5
## STDOUT:
True
## END

#### contains on a string is not substring search
'abc' -contains 'a'
## STDOUT:
False
## END

#### contains converts types
1, 2, 3 -contains '2'
## STDOUT:
True
## END

#### in
2 -in 1, 2, 3
## STDOUT:
True
## END

#### notin
'x' -notin 'a', 'b'
## STDOUT:
True
## END

#### in is case-insensitive
'A' -in 'a', 'b'
## STDOUT:
True
## END

#### and
$true -and $false
## STDOUT:
False
## END

#### or
$false -or $true
## STDOUT:
True
## END

#### xor
$true -xor $true
$true -xor $false
## STDOUT:
False
True
## END

#### not
-not $true
## STDOUT:
False
## END

#### exclamation not
!$false
## STDOUT:
True
## END

#### not on zero
!0
## STDOUT:
True
## END

#### not on empty string
-not ''
## STDOUT:
True
## END

#### not on non-empty string zero
-not '0'
## STDOUT:
False
## END

#### and short-circuits
$script:called = $false
function Mark { $script:called = $true; $true }
$false -and (Mark)
$script:called
## STDOUT:
False
False
## END

#### or short-circuits
$script:called = $false
function Mark { $script:called = $true; $true }
$true -or (Mark)
$script:called
## STDOUT:
True
False
## END

#### and and or have equal precedence left to right
$true -or $true -and $false
## STDOUT:
False
## END

#### comparison binds tighter than logical
1 -lt 2 -and 3 -gt 2
## STDOUT:
True
## END

#### arithmetic binds tighter than comparison
1 + 1 -eq 2
## STDOUT:
True
## END

#### comparison result type is Boolean
(1 -eq 1).GetType().Name
## STDOUT:
Boolean
## END

#### is with int
5 -is [int]
## STDOUT:
True
## END

#### is with string of digits
'5' -is [int]
## STDOUT:
False
## END

#### isnot
5 -isnot [string]
## STDOUT:
True
## END

#### is with array
@(1) -is [array]
## STDOUT:
True
## END

#### null is not an object
$null -is [object]
## STDOUT:
False
## END

#### is with base type
'x' -is [object]
## STDOUT:
True
## END

#### eq between datetimes
([datetime]'2010-06-15') -eq ([datetime]'2010-06-15 00:00:00')
## STDOUT:
True
## END

#### lt between datetimes
([datetime]'2010-06-15') -lt ([datetime]'2010-06-16')
## STDOUT:
True
## END

#### ge with equal strings different case
'abc' -ge 'ABC'
## STDOUT:
True
## END

#### cgt and clt exist
'a' -ceq 'a'
'b' -cne 'B'
## STDOUT:
True
True
## END

#### comparison in if with left null
$v = $null
if ($null -eq $v) { 'is null' } else { 'not null' }
## STDOUT:
is null
## END

#### equality of a hashtable with itself
$h = @{}
$g = $h
$h -eq $g
## STDOUT:
True
## END

#### different hashtables are not equal
@{ a = 1 } -eq @{ a = 1 }
## STDOUT:
False
## END

#### boolean equals number converts number to bool
$true -eq 5
## STDOUT:
True
## END

#### number equals boolean converts boolean to number
1 -eq $true
## STDOUT:
True
## END
