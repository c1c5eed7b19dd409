#### int cast rounds half to even down
[int]2.5
## STDOUT:
2
## END

#### int cast rounds half to even up
[int]3.5
## STDOUT:
4
## END

#### int cast of negative half
[int]-2.5
## STDOUT:
-2
## END

#### int cast rounds non-half values normally
[int]2.6
[int]2.4
## STDOUT:
3
2
## END

#### int cast of numeric string
[int]'42' + 1
## STDOUT:
43
## END

#### int cast of hex string
[int]'0x1F'
## STDOUT:
31
## END

#### int cast of null is zero
[int]$null
## STDOUT:
0
## END

#### int cast of booleans
[int]$true
[int]$false
## STDOUT:
1
0
## END

#### int cast of non-numeric string fails
[int]'abc'
'after'
## STDERR-CONTAINS: Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."
## STDOUT:
after
## END

#### long cast of large string
[long]'9223372036854775807'
## STDOUT:
9223372036854775807
## END

#### byte cast out of range fails
[byte]256
'after'
## STDERR-CONTAINS: Cannot convert value "256" to type "System.Byte".
## STDOUT:
after
## END

#### byte cast in range
[byte]255
## STDOUT:
255
## END

#### double cast of string
[double]'1.5' + 1
## STDOUT:
2.5
## END

#### double cast of exponent string
[double]'1e3'
## STDOUT:
1000
## END

#### decimal cast of string
[decimal]'0.1' + [decimal]'0.2'
## STDOUT:
0.3
## END

#### string cast of number
([string]42).GetType().Name
## STDOUT:
String
## END

#### string cast of null is empty string
([string]$null).Length
## STDOUT:
0
## END

#### string cast of double
[string]1.5
## STDOUT:
1.5
## END

#### string cast of array joins with space
[string](1, 2, 3)
## STDOUT:
1 2 3
## END

#### string cast of boolean
[string]$false
## STDOUT:
False
## END

#### bool cast of numbers
[bool]0
[bool]1
[bool]-1
[bool]0.0
## STDOUT:
False
True
True
False
## END

#### bool cast of strings
[bool]''
[bool]'False'
[bool]'0'
[bool]' '
## STDOUT:
False
True
True
True
## END

#### bool cast of null
[bool]$null
## STDOUT:
False
## END

#### bool cast of arrays
[bool]@()
[bool]@(0)
[bool]@(1)
[bool]@(0, 0)
## STDOUT:
False
False
True
True
## END

#### bool cast of a nested empty array in an array
[bool]@(, @())
## STDOUT:
False
## END

#### bool cast of hashtable
[bool]@{}
## STDOUT:
True
## END

#### char cast of one-character string
[char]'x'
## STDOUT:
x
## END

#### char cast of longer string fails
[char]'xy'
'after'
## STDERR-CONTAINS: Cannot convert value "xy" to type "System.Char".
## STDOUT:
after
## END

#### as operator success
'5' -as [int]
## STDOUT:
5
## END

#### as operator failure gives null
$r = 'abc' -as [int]
$null -eq $r
## STDOUT:
True
## END

#### as operator rounds like a cast
2.5 -as [int]
## STDOUT:
2
## END

#### as string
(5 -as [string]).GetType().Name
## STDOUT:
String
## END

#### as datetime
('2010-06-15' -as [datetime]).ToString('yyyy-MM-dd')
## STDOUT:
2010-06-15
## END

#### as with bad datetime is null
$null -eq ('not a date' -as [datetime])
## STDOUT:
True
## END

#### is checks runtime type
1 -is [int]
1.0 -is [double]
'1' -is [string]
1 -is [long]
## STDOUT:
True
True
True
False
## END

#### is ValueType
5 -is [ValueType]
'x' -is [ValueType]
## STDOUT:
True
False
## END

#### typed array cast converts elements
$a = [int[]]('1', '2', '3')
$a[0] + $a[1]
## STDOUT:
3
## END

#### string array cast
$a = [string[]](1, 2)
$a[0].GetType().Name
## STDOUT:
String
## END

#### cast of scalar to array
$a = [int[]]5
$a.Count
$a.GetType().Name
## STDOUT:
1
Int32[]
## END

#### array cast of pipeline output
$a = [array](1..3 | Where-Object { $_ -eq 2 })
$a.Count
## STDOUT:
1
## END

#### datetime cast of ISO string
([datetime]'2010-06-15T14:35:00').ToString('yyyy-MM-dd HH:mm')
## STDOUT:
2010-06-15 14:35
## END

#### timespan cast of string
([timespan]'02:15:00').TotalMinutes
## STDOUT:
135
## END

#### left string operand compares as string
'1.0' -eq 1
## STDOUT:
False
## END

#### double equal after conversion
'5' -eq 5.0
## STDOUT:
True
## END

#### addition result type follows widening
(1 + 1).GetType().Name
(1 + 1L).GetType().Name
(1 + 1.0).GetType().Name
(1L + 1.5d).GetType().Name
## STDOUT:
Int32
Int64
Double
Decimal
## END

#### string to number in multiplication on the right
3 * '4'
## STDOUT:
12
## END

#### array to string in concatenation
'list: ' + (1, 2, 3)
## STDOUT:
list: 1 2 3
## END

#### number to string via expansion keeps invariant decimal point
$v = 1234.5
"$v"
## STDOUT:
1234.5
## END

#### pscustomobject cast from ordered keeps order
$o = [pscustomobject][ordered]@{ b = 1; a = 2 }
($o.PSObject.Properties | ForEach-Object { $_.Name }) -join ','
## STDOUT:
b,a
## END

#### switch parameter value converts to bool
function F([switch]$S) { [bool]$S }
F -S
## STDOUT:
True
## END

#### type of a cast to long
([long]5).GetType().Name
## STDOUT:
Int64
## END

#### cast to int of large double fails
[int]1e20
'after'
## STDERR-CONTAINS: Cannot convert value "1E+20" to type "System.Int32".
## STDOUT:
after
## END

#### enum value from string
[System.DayOfWeek]'Monday'
## STDOUT:
Monday
## END

#### enum to int
[int][System.DayOfWeek]::Friday
## STDOUT:
5
## END

#### invalid enum value fails
[System.DayOfWeek]'Someday'
'after'
## STDERR-CONTAINS: Cannot convert value "Someday" to type "System.DayOfWeek".
## STDOUT:
after
## END
