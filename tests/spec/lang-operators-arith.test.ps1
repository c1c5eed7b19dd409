#### addition
2 + 3
## STDOUT:
5
## END

#### subtraction giving negative
2 - 5
## STDOUT:
-3
## END

#### multiplication
6 * 7
## STDOUT:
42
## END

#### division with fractional result
7 / 2
## STDOUT:
3.5
## END

#### exact division result stays integer
(6 / 2).GetType().Name
## STDOUT:
Int32
## END

#### inexact integer division gives Double
(7 / 2).GetType().Name
## STDOUT:
Double
## END

#### division of negative numbers
-7 / 2
## STDOUT:
-3.5
## END

#### modulus
7 % 3
## STDOUT:
1
## END

#### modulus keeps sign of dividend
-7 % 3
## STDOUT:
-1
## END

#### precedence of multiplication over addition
2 + 3 * 4
## STDOUT:
14
## END

#### parentheses override precedence
(2 + 3) * 4
## STDOUT:
20
## END

#### left to right for same precedence
10 - 4 - 3
## STDOUT:
3
## END

#### division and multiplication left to right
12 / 4 * 3
## STDOUT:
9
## END

#### number plus numeric string converts to number
1 + "2"
## STDOUT:
3
## END

#### string plus number concatenates
"1" + 2
## STDOUT:
12
## END

#### numeric string minus number subtracts
"10" - 2
## STDOUT:
8
## END

#### numeric string times number repeats string
"3" * 2
## STDOUT:
33
## END

#### number times numeric string multiplies
2 * "3"
## STDOUT:
6
## END

#### numeric strings divide
"10" / "4"
## STDOUT:
2.5
## END

#### int plus double gives double
1 + 1.5
## STDOUT:
2.5
## END

#### int plus long gives Int64
(2 + 3L).GetType().Name
## STDOUT:
Int64
## END

#### int plus decimal gives Decimal
(1d + 1).GetType().Name
## STDOUT:
Decimal
## END

#### decimal arithmetic is exact
[decimal]'1.1' + [decimal]'2.2'
## STDOUT:
3.3
## END

#### int overflow widens to double
$r = [int]::MaxValue + 1
$r
$r.GetType().Name
## STDOUT:
2147483648
Double
## END

#### double sum prints with 15 significant digits
0.1 + 0.2
## STDOUT:
0.3
## END

#### double sum is not exactly equal
(0.1 + 0.2) -eq 0.3
## STDOUT:
False
## END

#### division by zero variable is an error
$zero = 0
1 / $zero
'after'
## STDERR-CONTAINS: Attempted to divide by zero.
## STDOUT:
after
## END

#### modulus by zero is an error
$zero = 0
5 % $zero
'after'
## STDERR-CONTAINS: Attempted to divide by zero.
## STDOUT:
after
## END

#### array plus scalar appends
$a = @(1, 2) + 3
$a -join ','
## STDOUT:
1,2,3
## END

#### array plus array concatenates
$a = (1, 2) + (3, 4)
$a.Count
## STDOUT:
4
## END

#### array multiplication repeats elements
$a = @(1, 2) * 2
$a -join ','
## STDOUT:
1,2,1,2
## END

#### hashtable addition merges
$h = @{ a = 1 } + @{ b = 2 }
$h.Count
$h.b
## STDOUT:
2
2
## END

#### hashtable plus hashtable with duplicate key is an error
$h = @{ a = 1 } + @{ a = 2 }
'after'
## STDERR-CONTAINS: Item has already been added.
## STDOUT:
after
## END

#### unary minus on string number
-"5"
## STDOUT:
-5
## END

#### plus-equals on number
$x = 5
$x += 3
$x
## STDOUT:
8
## END

#### minus-equals
$x = 5
$x -= 3
$x
## STDOUT:
2
## END

#### times-equals
$x = 5
$x *= 3
$x
## STDOUT:
15
## END

#### divide-equals
$x = 9
$x /= 2
$x
## STDOUT:
4.5
## END

#### modulus-equals
$x = 9
$x %= 4
$x
## STDOUT:
1
## END

#### plus-equals on undefined variable
$undefinedCounter += 5
$undefinedCounter
## STDOUT:
5
## END

#### post-increment
$i = 1
$i++
$i
## STDOUT:
2
## END

#### post-increment as statement produces no output
$i = 1
$i++
'done'
## STDOUT:
done
## END

#### post-increment returns old value in expression
$i = 5
$j = $i++
$j
$i
## STDOUT:
5
6
## END

#### pre-increment returns new value
$i = 5
$j = ++$i
$j
## STDOUT:
6
## END

#### decrement
$i = 5
$i--
--$i
$i
## STDOUT:
3
## END

#### parenthesized increment outputs value
$i = 1
($i++)
$i
## STDOUT:
1
2
## END

#### increment of undefined variable
$newCount++
$newCount
## STDOUT:
1
## END

#### band
5 -band 3
## STDOUT:
1
## END

#### bor
5 -bor 3
## STDOUT:
7
## END

#### bxor
5 -bxor 3
## STDOUT:
6
## END

#### bnot
-bnot 0
## STDOUT:
-1
## END

#### shl
1 -shl 4
## STDOUT:
16
## END

#### shr
256 -shr 2
## STDOUT:
64
## END

#### hex literal with band
0xFF -band 0x0F
## STDOUT:
15
## END

#### multiplier literal arithmetic
1gb / 1mb
## STDOUT:
1024
## END

#### math with variables of type string converted by left number
$a = '4'
$b = '5'
[int]$a + $b
## STDOUT:
9
## END

#### string subtraction from non-number is an error
'abc' - 1
'after'
## STDERR-CONTAINS: Cannot convert value "abc" to type "System.Int32".
## STDOUT:
after
## END

#### null plus number
$null + 5
## STDOUT:
5
## END

#### number plus null
5 + $null
## STDOUT:
5
## END

#### null plus string
($null + 'x')
## STDOUT:
x
## END

#### unary comma creates one-element array
$a = ,5
$a.Count
$a.GetType().Name
## STDOUT:
1
Object[]
## END

#### large integer arithmetic to long
$a = 3000000000 * 2
$a
$a.GetType().Name
## STDOUT:
6000000000
Int64
## END

#### integer division and remainder keep PowerShell's rules
7 % -3
-7 % 3
7 / 2
(6 / 3).GetType().Name
[int]::MinValue / -1
try { 5 % 0 } catch { $_.Exception.InnerException.GetType().Name; $_.Exception.Message }
## STDOUT:
1
-1
3.5
Int32
2147483648
DivideByZeroException
Attempted to divide by zero.
## END

#### a Double with an integer is Double arithmetic
$s = [int]::MaxValue
$s += 1
$s.GetType().Name
$s + 1
1 + 0.5
0.5 - 1
(2 * 1.5).GetType().Name
## STDOUT:
Double
2147483649
1.5
-0.5
Double
## END
