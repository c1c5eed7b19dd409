#### subexpression in string
"sum: $(1 + 2)"
## STDOUT:
sum: 3
## END

#### variable followed by property text is not a member access
$s = 'abc'
"$s.Length"
## STDOUT:
abc.Length
## END

#### subexpression for member access in string
$s = 'abc'
"len $($s.Length)"
## STDOUT:
len 3
## END

#### braced variable in string delimits the name
$a = 'x'
"${a}yz"
## STDOUT:
xyz
## END

#### variable name stops at non-name character
$a = 'x'
"$a-y"
## STDOUT:
x-y
## END

#### array expands with spaces in string
$a = 1, 2, 3
"items: $a"
## STDOUT:
items: 1 2 3
## END

#### OFS changes array expansion separator
$a = 1, 2, 3
$OFS = '-'
"$a"
## STDOUT:
1-2-3
## END

#### OFS applies to string cast of array
$OFS = ','
[string](1, 2, 3)
## STDOUT:
1,2,3
## END

#### array index text after variable is literal
$a = 1, 2
"$a[0]"
## STDOUT:
1 2[0]
## END

#### array element via subexpression
$a = 'p', 'q'
"$($a[1])"
## STDOUT:
q
## END

#### hashtable in string expands to type name
$h = @{ a = 1 }
"$h.a"
## STDOUT:
System.Collections.Hashtable.a
## END

#### hashtable value via subexpression
$h = @{ a = 1 }
"value=$($h.a)"
## STDOUT:
value=1
## END

#### undefined variable expands to empty
"[$nosuchvariable]"
## STDOUT:
[]
## END

#### null expands to empty
$n = $null
"<$n>"
## STDOUT:
<>
## END

#### boolean expands as True
"flag=$true"
## STDOUT:
flag=True
## END

#### double expands with dot decimal separator
$d = 2.5
"d=$d"
## STDOUT:
d=2.5
## END

#### subexpression with multiple statements
"$(1; 2; 3)"
## STDOUT:
1 2 3
## END

#### nested quotes inside subexpression
"result: $("inner" + 'x')"
## STDOUT:
result: innerx
## END

#### scope-qualified variable in string
$script:v = 'sv'
"is $script:v"
## STDOUT:
is sv
## END

#### env variable in string
$env:EMS_SPEC_VAR = 'envval'
"e=$env:EMS_SPEC_VAR"
## STDOUT:
e=envval
## END

#### string concatenation with plus
'ab' + 'cd'
## STDOUT:
abcd
## END

#### string multiplication
'ab' * 3
## STDOUT:
ababab
## END

#### string multiplied by zero is empty
('ab' * 0).Length
## STDOUT:
0
## END

#### string plus number concatenates
'a' + 1
## STDOUT:
a1
## END

#### string indexing
$s = 'hello'
$s[1]
## STDOUT:
e
## END

#### string negative index
'hello'[-1]
## STDOUT:
o
## END

#### string slice with range gives chars
('hello'[0..2]) -join ''
## STDOUT:
hel
## END

#### string is enumerated as one object in pipeline
'hello' | Measure-Object | ForEach-Object { $_.Count }
## STDOUT:
1
## END

#### string equality is case-insensitive
'Hello' -eq 'hello'
## STDOUT:
True
## END

#### Length of expanded string
$x = 'abc'
"$x$x".Length
## STDOUT:
6
## END

#### plus-equals on string
$s = 'a'
$s += 'b'
$s += 1
$s
## STDOUT:
ab1
## END

#### expression with string in command argument mode
Write-Output "x$(2 * 3)y"
## STDOUT:
x6y
## END

#### bare word argument is a string
Write-Output hello
## STDOUT:
hello
## END

#### bare word with dash is one argument
Write-Output a-b
## STDOUT:
a-b
## END

#### bare word with backslash is one argument
Write-Output DB01\E1402
## STDOUT:
DB01\E1402
## END

#### number-like argument in command mode is a number
Write-Output 7 | ForEach-Object { $_ + 1 }
## STDOUT:
8
## END

#### variable expansion in bare word argument
$n = 'srv'
Write-Output $n-01
## STDOUT:
srv-01
## END

#### here-string with subexpression over lines
$items = 'a', 'b'
$t = @"
Count: $($items.Count)
First: $($items[0])
"@
$t
## STDOUT:
Count: 2
First: a
## END

#### escape sequences in double-quoted here-string
$t = @"
a`tb
"@
$t -eq ("a" + [char]9 + "b")
## STDOUT:
True
## END

#### ToString of integer
(42).ToString()
## STDOUT:
42
## END

#### string comparison with -ceq
'Hello' -ceq 'hello'
## STDOUT:
False
## END

#### Write-Host joins arguments with spaces
Write-Host 'a' 'b' 3
## STDOUT:
a b 3
## END

#### Write-Host with NoNewline
Write-Host 'a' -NoNewline
Write-Host 'b'
## STDOUT:
ab
## END

#### Write-Host of array joins with spaces
Write-Host (1, 2, 3)
## STDOUT:
1 2 3
## END

#### Write-Output of array prints each element
Write-Output 1, 2
## STDOUT:
1
2
## END

#### dollar followed by non-name char is literal
"cost: $ 5"
## STDOUT:
cost: $ 5
## END

#### trailing dollar is literal
"end$"
## STDOUT:
end$
## END
